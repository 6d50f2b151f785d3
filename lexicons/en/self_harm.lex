# Self-harm and suicide (English).
#
# Harm sub-categories: intent (first-person ideation, plans, behaviour), instructions (methods,
# doses, how-to), promotion (encouraging someone else; usually target: other).
# Non-harm sub-categories: help_seeking, recovery, awareness, hyperbole. They never raise the
# category score; they let the scorer report the framing and route to support.
#
# Weights: explicit first-person phrases 0.75-0.9; algospeak with common benign or joking use
# ("kms", "unalive", "sh") 0.45-0.6; weak distress signals 0.25-0.45. Leetspeak, spacing,
# repeated letters, zero-width characters and homoglyphs are folded by the engine, so only real
# spelling and algospeak variants are written here (sewerslide, sooicide, unalive, ctb).
# `target: self` is set only where the pattern itself names the writer (myself, my, i, me);
# elsewhere the pronoun cues decide. Hyperbole ("this homework is killing me") is mostly
# cancelled by allow.lex; the few hyperbole entries below only name the figure of speech.
# Telling someone to kill themselves ("kys", "go unalive yourself") is self_harm promotion and,
# through harassment.lex, harassment. It counts as cyberbullying too (`also:`) only where the
# pattern itself casts the target as unwanted by the group ("nobody would miss you", "do everyone
# a favour", a crowd daring them); cyberbullying.lex holds the other peer forms.

lexicon: self_harm
language: en
version: 2026.11.30.9

# ---------------------------------------------------------------------------------------------
# intent: first-person ideation, plans and behaviour
# ---------------------------------------------------------------------------------------------

[en.self_harm.intent.kill-myself]
sub: intent
weight: 0.85
target: self
pattern: (kill|killing|killed) myself
match: i want to kill myself
match: been thinking about killing myself all week
nomatch: i killed it at the gym today
note: the central first-person phrase; jokes ("gonna kill myself if they cancel the show") are left to the hyperbole cues

[en.self_harm.intent.kms]
sub: intent
weight: 0.55
target: self
pattern: kms
match: honestly im gonna kms
nomatch: kmsl that video was so funny
note: "kill myself"; mostly hyperbole among teens (and kilometres), so a medium weight that context must raise

[en.self_harm.intent.unalive-myself]
sub: intent
weight: 0.85
target: self
pattern: (unalive|unaliving|unalived) myself
pattern: unalive me (please|pls|plz|now)
match: i want to unalive myself
match: unalive me please
nomatch: the villain was unalived in the finale
note: algospeak for "kill myself"

[en.self_harm.intent.unalive]
sub: intent
weight: 0.45
pattern: (unalive|unaliving|unalived|unalivemeplease)
match: been thinking about unaliving lately
match: this is so me unalivemeplease
nomatch: i am still alive and well
note: algospeak for suicide or death; also used for news, fiction and dark-humour tags, so weak alone

[en.self_harm.intent.suicide-algospeak]
sub: intent
weight: 0.5
pattern: self (deletion|delete)
pattern: (selfdelete|selfdeletion)
pattern: sue (decide|decided|deciding)
match: been thinking about self deletion again
match: i keep thinking about sue decide
nomatch: the messages are set to self destruct
note: "self-deletion" and "sue-decide" (hyphens split words); "self-delete" also appears in software talk and "let sue decide" is a name, hence the medium weight

[en.self_harm.intent.suicide-word]
sub: intent
weight: 0.3
pattern: (suicide|sewerslide|sooicide|suicde|sucide|suiside|suecide|soocide)
pattern: sewer slide
match: sewerslide has been on my mind
match: i think about suicide a lot
nomatch: the sewer pipes were replaced
note: the topic word and its algospeak spellings; weak alone (news, awareness, film titles), the cues decide

[en.self_harm.intent.commit-suicide]
sub: intent
weight: 0.8
pattern: (i|im|ill|gonna|wanna|want|going|will|should|might) ~2 (commit|committing|comit) (suicide|sewerslide|sooicide|suicde|sucide|suiside)
match: i might commit suicide
match: im going to commit sewerslide
nomatch: the character commits suicide in act three

[en.self_harm.intent.suicidal-feelings]
sub: intent
weight: 0.75
pattern: (im|am|feel|feeling|felt|been|getting|so|become|becoming) suicidal
pattern: (having|have|had|getting|get|my) ~2 suicidal (thoughts|thought|ideation|feelings|urges)
match: im feeling suicidal again
match: ive been having suicidal thoughts
nomatch: the report covers suicidal ideation in teens

[en.self_harm.intent.suicidal]
sub: intent
weight: 0.45
pattern: suicidal
match: suicidal again tonight
nomatch: the suicide squad sequel flopped
note: the adjective alone: also used in awareness and clinical talk, so weaker than suicidal-feelings

[en.self_harm.intent.thinking-about-suicide]
sub: intent
weight: 0.65
pattern: (thinking|thought|think|contemplating|planning) (about|of|) (suicide|sewerslide|sooicide|suicde|sucide|suiside|unaliving|dying)
pattern: (im|been|am|keep|seriously|was) (considering|contemplating) (suicide|sewerslide|sooicide|unaliving)
pattern: (cant|cannot) stop thinking (about|of) (suicide|sewerslide|dying|death|unaliving)
match: lately ive been thinking about suicide
match: i keep contemplating sewerslide
match: i cant stop thinking about dying
nomatch: i was thinking about dinner
nomatch: a teen might be considering suicide

[en.self_harm.intent.end-my-life]
sub: intent
weight: 0.85
target: self
pattern: (end|ending|ended|take|taking|took) my (own|) life
match: i want to end my life
match: tonight im taking my own life
nomatch: this job will take my whole weekend

[en.self_harm.intent.end-it]
sub: intent
weight: 0.65
pattern: (end|ending|ended) it all
pattern: (end|ending) it tonight
pattern: (i|im|ill) ~2 die tonight
match: im ready to end it all
match: im going to end it tonight
nomatch: ending it with him was hard
nomatch: the show will end at nine tonight
nomatch: my battery is going to die tonight

[en.self_harm.intent.off-myself]
sub: intent
weight: 0.8
target: self
pattern: (off|offing) myself
pattern: (end|ending) myself
match: thinking of offing myself
match: i just want to end myself
nomatch: i showed off my new shoes

[en.self_harm.intent.want-to-die]
sub: intent
weight: 0.8
target: self
pattern: i (just|really|) (want|wanna) (to|) die
pattern: i (just|really|) (want|wanna) (to|) be dead
pattern: i (just|really|) (wna|wana|wnna|wan|want2|wanta|wanaa|wannna|wannaa) (to|2|) (die|be dead|b dead)
pattern: i (just|really|) (want|wanna) (to|2|) b dead
match: i wna die
match: i wanna b dead
match: i just want to die
match: i really want to be dead
nomatch: i want to dye my hair

[en.self_harm.intent.wish-i-was-dead]
sub: intent
weight: 0.75
target: self
pattern: wish i (was|were|could|would) (just|) (dead|die)
pattern: wish i (was|were|had) never (been|) born
pattern: wish i (never|wasnt|werent) (existed|alive)
match: i wish i was dead
match: sometimes i wish i never existed
nomatch: i wish i was there

[en.self_harm.intent.better-off-without-me]
sub: intent
weight: 0.75
target: self
pattern: (im|i|id|am) ~2 better off dead
pattern: better off without me
pattern: (world|everyone|everybody|family|they) ~3 better without me
match: honestly id be better off dead
match: everyone would be better off without me
nomatch: she is better off without him
note: the other-directed form ("you'd be better off dead") is promotion.better-off-without-you

[en.self_harm.intent.suicide-appeals]
sub: intent
weight: 0.65
pattern: (suicide|sewerslide|dying|unaliving) ~1 (is|looks|looking|sounds|seems) (pretty|so|really|) good
pattern: (suicide|sewerslide|death|dying|unaliving) ~3 (appealing|tempting|inviting)
match: sewerslide is looking really good
match: death seems so tempting lately
nomatch: the pizza is looking really good

[en.self_harm.intent.on-the-ledge]
sub: intent
weight: 0.4
pattern: (stood|standing|stand|sat|sitting) on (the|a) (ledge|railing)
pattern: (edge|railing|ledge) of (the|a) (bridge|roof|overpass)
match: i stood on the ledge for an hour
match: sitting on the edge of the bridge
nomatch: sitting on the edge of my seat
note: weak: an at-risk report with no stated intent; also climbing and photography talk

[en.self_harm.intent.no-reason-to-live]
sub: intent
weight: 0.7
pattern: (no|nothing|zero) (reason|reasons|point) ~2 (live|living|alive|existing)
pattern: not worth living
pattern: (life|lifes) (isnt|aint) worth (living|it)
pattern: life is not worth it
match: there is no reason to live
match: my life isnt worth living
nomatch: i see no reason to leave early
note: "no reason to live in the city" is a known false positive

[en.self_harm.intent.dont-want-to-live]
sub: intent
weight: 0.55
pattern: (dont|not|never) (want|wanna) (to|) (live|exist)
match: i dont want to live
nomatch: i dont want to leave
note: weaker than dont-want-to-be-alive: "i don't want to live in a city" also matches

[en.self_harm.intent.dont-want-to-be-alive]
sub: intent
weight: 0.8
pattern: (dont|not) (want|wanna) (to|) be alive
pattern: (dont|not) (want|wanna) (to|) (live|exist) anymore
pattern: (dont|not) (want|wanna) (to|) be here anymore
match: i dont want to be alive anymore
match: i dont wanna exist anymore
nomatch: i dont want to be late

[en.self_harm.intent.hope-i-dont-wake-up]
sub: intent
weight: 0.7
pattern: (hope|hoping|pray|praying|wish) (that|) i (just|simply|finally|) (dont|never|wont) wake up
pattern: (hope|hoping|pray|praying) (that|) i (just|) (die|croak)
pattern: (sleep|sleeping) and never wake up
pattern: (dont|not) (want|wanna) (to|) wake up (anymore|again|tomorrow)
match: i hope i dont wake up tomorrow
match: i hope i die in my sleep
nomatch: i hope i wake up on time

[en.self_harm.intent.deserve-to-die]
sub: intent
weight: 0.7
pattern: i (should|deserve|need|must) (to|) (just|) die
pattern: i (should|deserve) (to|) be dead
pattern: (dont|not) deserve to (live|exist)
pattern: (dont|not) deserve to be alive
match: i deserve to die
match: i dont deserve to live
nomatch: i should just diet
note: "you don't deserve to live" is also matched here and by promotion.you-should-die; the pronoun cue sets the target

[en.self_harm.intent.tired-of-living]
sub: intent
weight: 0.5
pattern: (tired|sick|exhausted) of (living|existing)
pattern: (tired|sick) of being alive
pattern: done (with|) (living|existing)
pattern: done with (this|) life
match: im so tired of living
match: im done with life
nomatch: im tired of waiting

[en.self_harm.intent.want-it-to-end]
sub: intent
weight: 0.5
pattern: (want|wish|need) (it|everything) all to (end|stop)
pattern: (want|wish) everything to (end|stop)
match: i just want it all to end
nomatch: i want this meeting to end

[en.self_harm.intent.cant-go-on]
sub: intent
weight: 0.3
pattern: (cant|cannot) (go|keep) (on|going) (anymore|like)
pattern: (cant|cannot) (do|take|handle) (this|it) anymore
pattern: (tired|exhausted) of everything
pattern: (tired|exhausted) of it all
match: i cant go on anymore
match: so tired of everything
nomatch: we cant go on the trip
note: weak distress signals, also said about jobs and chores; they only add to stronger hits

[en.self_harm.intent.burden]
sub: intent
weight: 0.45
pattern: (im|am|being|just|such) a burden
pattern: burden (to|on) (everyone|everybody|them|people)
match: i feel like im a burden to everyone
nomatch: the tax burden is high
note: perceived burdensomeness is a documented risk factor, weak alone

[en.self_harm.intent.self-loathing]
sub: intent
weight: 0.3
target: self
pattern: (hate|hating|despise|loathe) myself
pattern: (hate|hating|despise) my (life|existence)
pattern: (nobody|noone) (cares|loves) (about|) me
match: i hate myself so much
match: nobody cares about me
nomatch: i hate mondays
note: weak signals, very common venting

[en.self_harm.intent.want-to-disappear]
sub: intent
weight: 0.35
pattern: (want|wanna) (to|) (disappear|vanish) (forever|)
pattern: wish i could (just|) (disappear|vanish)
match: i just want to disappear
nomatch: the stain will disappear
note: weak signal

[en.self_harm.intent.depressed]
sub: intent
weight: 0.25
pattern: (im|so|feel|feeling|been|really|severely) depressed
match: im so depressed
nomatch: the market is depressed
note: weak signal; depression alone is not self-harm, it only adds to other evidence

[en.self_harm.intent.nobody-would-miss-me]
sub: intent
weight: 0.65
target: self
pattern: (nobody|noone|no) (one|) (would|will|wouldnt) (even|) (miss|notice|mourn) me
pattern: (nobody|noone) (would|will) (even|) (care|notice) if i ~1 (died|die|gone|dead|disappeared)
pattern: no one (would|will) (even|) (care|notice) if i ~1 (died|die|gone|dead|disappeared)
match: nobody would even miss me
match: no one would care if i died
nomatch: nobody would miss the old bus route

[en.self_harm.intent.goodbye]
sub: intent
weight: 0.45
pattern: (writing|wrote|write|written|leaving|left) (goodbye|farewell) (letters|notes|note|letter)
pattern: (my|a|the) (final|last) goodbye
pattern: goodbye (cruel|forever)
match: i wrote goodbye letters to my family
match: this is my final goodbye
nomatch: goodbye everyone see you monday
note: warning sign; also retirement or moving away, hence medium weight

[en.self_harm.intent.suicide-note]
sub: intent
weight: 0.85
pattern: (my|a) (suicide|sewerslide) (note|letter)
match: i wrote my suicide note
nomatch: the suicide squad movie was long

[en.self_harm.intent.wont-be-alive]
sub: intent
weight: 0.6
pattern: (wont|not) be alive (tomorrow|much|for|by|next|anymore|when)
pattern: (wont|not) b (here|around|alive) (much longer|for long|anymore|tomorrow|by)
pattern: (wont|not) be (here|around) (much|for) (longer|long)
match: i wont be alive by then
match: i wont be around much longer
nomatch: i wont be here tomorrow because of the dentist

[en.self_harm.intent.giving-away-things]
sub: intent
weight: 0.4
target: self
pattern: (giving|gave|give) away (all|) my (stuff|things|belongings|possessions|pets)
match: i gave away all my stuff
nomatch: we are giving away free pizza
note: a known warning sign; also decluttering, so weak

[en.self_harm.intent.plan]
sub: intent
weight: 0.7
pattern: (picked|chose|chosen|set|planned|decided) (a|the|my) (date|day) ~3 (die|kill|end|unalive|ctb|suicide|sewerslide)
pattern: (have|got|made|making) a plan (to|for) (kill|end|unalive|die|suicide|ending|killing)
match: i picked a date to die
match: i made a plan to end it
nomatch: we set a date for the wedding

[en.self_harm.intent.stockpiling-pills]
sub: intent
weight: 0.6
pattern: (stockpiling|stockpiled|stockpile|hoarding|hoarded|saving|saved|collecting) (my|up|) (pills|meds|tablets|medication)
pattern: (pills|meds|tablets) ~1 (saved|stockpiled|hoarded|stashed)
match: ive been stockpiling my pills
match: got enough pills stashed now
nomatch: saving money for a trip

[en.self_harm.intent.overdose]
sub: intent
weight: 0.65
pattern: (gonna|going|want|wanna|will|plan|planning|try|trying|tried|about) to (overdose|od)
pattern: (gonna|wanna|might) (overdose|od)
pattern: (took|taking|take) an overdose
pattern: i (overdosed|oded)
match: im going to overdose tonight
match: i took an overdose last night
nomatch: he tried to help
note: "od" also means "overdoing it" in slang, context decides

[en.self_harm.intent.took-all-pills]
sub: intent
weight: 0.6
pattern: (took|swallowed|swallow|taking|take) (all|every) (my|of) ~2 (pills|pill|meds|tablets|medication)
match: i took all my pills at once
nomatch: did you take your pills
nomatch: he took all the pills out to count them
note: "forgot to take all my meds" is a known false positive

[en.self_harm.intent.cut-myself]
sub: intent
weight: 0.7
target: self
pattern: (cut|cutting|cuts|slit|slitting|slice|slicing) myself
match: i cut myself again last night
nomatch: i cut my finger cooking
note: accidents ("cut myself shaving", "cut myself cooking") also match; they are candidates for allow.lex

[en.self_harm.intent.cutting-again]
sub: intent
weight: 0.65
pattern: cutting again
pattern: (started|start|starting) cutting (myself|again)
pattern: (cant|cannot) stop (cutting|selfharming)
pattern: (relapsed|relapse) ~3 (cut|cutting|sh|selfharm)
pattern: cut (deeper|deep) (than|tonight|again|last|this)
match: ive been cutting again
match: i cant stop cutting
match: relapsed last night and cut deep again
nomatch: ive been cutting coupons

[en.self_harm.intent.cut-wrists]
sub: intent
weight: 0.8
target: self
pattern: (slit|slitting|slice|slicing|slash|slashing|cut|cutting) (my|me) (wrist|wrists)
pattern: (slit|slitting|slash|slashing) my (throat|arms|veins)
match: i want to slit my wrists
nomatch: i sprained my wrist

[en.self_harm.intent.cutting]
sub: intent
weight: 0.5
pattern: (cut|cutting|carve|carving|carved) (into|) my (arm|arms|thigh|thighs|hips|stomach|skin)
pattern: (im|am|was|be) a cutter
match: i cut my thighs again
match: i think im a cutter
nomatch: hand me the box cutter
note: accidents ("cut my arm on a fence") also match, hence 0.5

[en.self_harm.intent.hurt-myself]
sub: intent
weight: 0.6
target: self
pattern: (hurt|hurting|harm|harming|injure|injuring) myself
match: i want to hurt myself
nomatch: i hurt my back lifting
note: accidents ("hurt myself playing football") also match, hence 0.6

[en.self_harm.intent.self-harm-topic]
sub: intent
weight: 0.35
pattern: self (harm|harming|harmed|injury|injuring|mutilation|mutilate)
pattern: (selfharm|selfharming|nssi)
match: self harm has been on my mind
nomatch: self care sunday
note: the topic words; weak alone (awareness and recovery talk use them too)

[en.self_harm.intent.i-self-harm]
sub: intent
weight: 0.75
pattern: (i|ive|im) ~1 self (harm|harmed|harming)
match: i still self harm
match: ive been self harming
nomatch: talking about self harm at school
nomatch: she has been self harming

[en.self_harm.intent.did-sh]
sub: intent
weight: 0.6
pattern: (did|do|doing|done) sh (again|today|tonight|yesterday|last)
pattern: (want|wanna|need) to sh
match: i did sh again
match: i really want to sh
nomatch: shh the baby is asleep
note: "sh" = self-harm; never matched alone (it is also "shh")

[en.self_harm.intent.sh-urges]
sub: intent
weight: 0.55
pattern: (sh|cutting) (urges|urge)
pattern: (urge|urges) to (sh|cut|selfharm)
pattern: (fresh|new|deep|my) (sh|selfharm) (scars|cuts|wounds|marks)
match: the sh urges are bad tonight
match: my sh scars are itching
nomatch: he resisted the urge to shout

[en.self_harm.intent.cuts]
sub: intent
weight: 0.55
pattern: (fresh|new|deep|open) cuts on my (arm|arms|wrist|wrists|thigh|thighs|hips|stomach|legs)
pattern: (hide|hiding|hid|cover|covering|covered) (my|up) (cuts|wounds|bandages)
pattern: (wear|wearing|wore) long sleeves ~3 (hide|cover) ~2 (cuts|scars|arms|wrists)
pattern: (arms|arm|thighs|thigh|wrists|wrist|legs) ~2 covered (in|with) (cuts|scars)
pattern: (hid|hide|hiding|hidden|stash|stashed|stashing) ~2 (razor|razors|blade|blades)
match: i have fresh cuts on my arms
match: my thighs are covered in cuts
match: i hid my blades under the mattress
match: wearing long sleeves to hide my cuts
nomatch: fresh cuts of beef on sale

[en.self_harm.intent.sh-slang]
sub: intent
weight: 0.5
pattern: (say|said|tell|told|telling|saying|claim|claimed|pretend|pretended|blame|blamed) ~4 cat (scratches|scratch|scratched)
pattern: (arm|arms|thigh|thighs|legs|wrist|wrists|skin) ~3 (barcode|barcodes|barcoded)
pattern: barcode (arm|arms|thighs|scars|cuts)
pattern: (hit|hitting|reached|reach) (styro|styrofoam|beans)
match: i told my mom they were cat scratches
match: my arm looks like a barcode
match: i hit styro last night
nomatch: the cat scratched the sofa
nomatch: scan the barcode on the box
note: "cat scratches" (the usual excuse for cuts, so an excuse verb is required), "barcode" (rows of parallel cuts), "styro"/"beans" (wound depth)

[en.self_harm.intent.burn-myself]
sub: intent
weight: 0.6
target: self
pattern: (burn|burning|burned|burnt) myself (again|deliberately|intentionally)
pattern: (burn|burning|burned|burnt) myself ~1 on purpose
pattern: (burn|burning|burned|burnt) myself with (a|my|) (lighter|cigarette|cigarettes)
match: i burned myself on purpose
match: burning myself with a lighter
nomatch: i burned myself on the stove
note: kitchen accidents are excluded by requiring intent words

[en.self_harm.intent.other-self-injury]
sub: intent
weight: 0.4
pattern: (hit|hitting|punch|punching|slap|slapping) myself
pattern: (scratch|scratching|scratched|pick|picking|bite|biting|hit|hitting) ~2 (until|till|til) (i|it) (bleed|bleeds|bled)
match: i keep hitting myself when im angry
match: i scratch myself until i bleed
nomatch: i hit my head on the door
note: weak: "could punch myself for forgetting" is an idiom

[en.self_harm.intent.hang-myself]
sub: intent
weight: 0.9
target: self
pattern: (hang|hanging|hung|hanged) myself
match: i want to hang myself
nomatch: i hung my coat up

[en.self_harm.intent.rope-neck-myself]
sub: intent
weight: 0.75
pattern: (rope|neck) myself
pattern: (im|ill|gonna|wanna|might|finally) ~2 rope (tonight|today|soon|now)
match: im gonna rope tonight
match: im gonna neck myself
nomatch: we need rope for the tent
note: "rope" as a verb and UK "neck" are slang for hanging; the noun alone is far too common

[en.self_harm.intent.noose]
sub: intent
weight: 0.7
pattern: (tied|tying|tie|made|making|make|bought|buy) (a|my|the) noose
match: i tied a noose today
nomatch: the western film had a hanging scene

[en.self_harm.intent.jump-off]
sub: intent
weight: 0.6
pattern: (gonna|want|wanna|will|going|planning) ~2 (jump|jumping) (off|from) ~2 (bridge|roof|building|balcony|cliff|overpass|tower|window)
match: i want to jump off a bridge
nomatch: we jumped off the dock into the lake
note: cliff diving and similar talk can match

[en.self_harm.intent.in-front-of-traffic]
sub: intent
weight: 0.6
pattern: (jump|jumping|step|stepping|throw|lie|lay) ~2 in front of (a|the) (train|bus|truck|car|lorry|subway)
pattern: (walk|walking|step|stepping|run|running) into (traffic|oncoming)
match: i keep thinking about stepping in front of a train
match: i want to walk into traffic
nomatch: park in front of the house

[en.self_harm.intent.catch-the-bus]
sub: intent
weight: 0.45
pattern: ctb
pattern: (ready|planning|decided) to catch the bus
match: i plan to ctb next week
match: i think im ready to catch the bus
nomatch: i need to catch the bus to school
note: "catch the bus" (ctb) is pro-suicide forum slang for suicide; the literal phrase is common, so only "ready/planning/decided to"

[en.self_harm.intent.sleep-forever]
sub: intent
weight: 0.4
pattern: (sleep|rest) forever
pattern: (eternal|permanent|endless) sleep
match: i just want to sleep forever
nomatch: i slept for ages

[en.self_harm.intent.rather-be-dead]
sub: intent
weight: 0.45
pattern: (id|would) rather be dead
pattern: (im|i) ~1 ready to die
pattern: (just|pls|please) let me die
match: honestly id rather be dead
match: please let me die
nomatch: let me dye your hair
note: often hyperbole ("rather be dead than wear that", "ready to die on this hill"), context decides

[en.self_harm.intent.attempt]
sub: intent
weight: 0.6
pattern: (i|ive|im) ~2 (attempted|attempting|attempt) (suicide|sewerslide|sooicide)
pattern: (tried|trying) to (kill|unalive|hang) myself
match: i attempted suicide last year
match: i tried to hang myself
nomatch: i attempted the exam twice
nomatch: teens who attempt suicide need support
note: first person only; past attempts are also disclosed in recovery talk (recovery.survived)

[en.self_harm.intent.drink-bleach-self]
sub: intent
weight: 0.45
pattern: (im|ill|gonna|i) ~2 (drink|drinking|chug) (bleach|antifreeze)
match: im gonna drink bleach
nomatch: never drink anything under the sink
note: often dark humour; the other-directed form is promotion.drink-bleach

[en.self_harm.intent.shoot-myself]
sub: intent
weight: 0.8
target: self
pattern: (shoot|shooting|shot) myself (in|) (the|) (head|tonight|dead)
match: i want to shoot myself in the head
nomatch: i shot myself in the foot with that email
note: excludes the idiom "shot myself in the foot"

[en.self_harm.intent.gun-to-head]
sub: intent
weight: 0.5
target: self
pattern: (gun|pistol) to my (head|temple)
match: i held a gun to my head
nomatch: the gun show was cancelled
note: also the figure "if you held a gun to my head"

[en.self_harm.intent.drown-myself]
sub: intent
weight: 0.5
target: self
pattern: (drown|drowning|drowned) myself
match: i want to drown myself
nomatch: i drowned my sorrows in ice cream
note: also the idiom "drown myself in work"

[en.self_harm.intent.crash-car]
sub: intent
weight: 0.7
target: self
pattern: (crash|crashing|crashed|wreck|wrecking) my car on purpose
match: thinking of crashing my car on purpose
nomatch: i crashed my car on the ice

[en.self_harm.intent.bleed-out]
sub: intent
weight: 0.7
pattern: (let|letting) myself bleed out
pattern: (want|wanna) to bleed out
match: i want to bleed out
nomatch: the paint will bleed through

# ---------------------------------------------------------------------------------------------
# instructions: methods, doses, how-to
# ---------------------------------------------------------------------------------------------

[en.self_harm.instructions.how-to-kill-myself]
sub: instructions
weight: 0.9
pattern: how (to|do|can|should|would|could) ~2 (kill|killing|unalive|hang|hanging|off|end) (myself|yourself|oneself|urself)
pattern: how ~3 (end|take) (my|your|ones) (own|) life
match: how do i kill myself
match: how can i end my life
nomatch: how to kill weeds
nomatch: how to take your time

[en.self_harm.instructions.how-to-commit-suicide]
sub: instructions
weight: 0.85
pattern: how ~3 (commit|do|attempt) (suicide|sewerslide|sooicide|suicde|sucide|suiside)
match: how do people commit suicide
match: how to commit sewerslide
nomatch: how suicide affects families

[en.self_harm.instructions.best-way-to-die]
sub: instructions
weight: 0.85
pattern: (best|easiest|quickest|fastest|painless|surest|simplest|quietest) (way|ways|method|methods) to (die|commit|unalive|overdose|od)
pattern: (best|easiest|quickest|fastest|painless|surest|simplest|quietest) (way|ways|method|methods) of (dying|suicide|sewerslide)
pattern: (least|less) painful (way|ways|method|methods) to (die|commit|unalive|overdose|od)
pattern: (best|easiest|quickest|fastest|painless|surest|simplest) (way|ways|method|methods) to (kill|hang|unalive|off|end) myself
pattern: (best|easiest|quickest|fastest|painless|surest|simplest) (way|ways|method|methods) to (kill|hang|unalive|off|end) yourself
match: whats the easiest way to die
match: least painful way to die
match: best way to kill myself
nomatch: the best way to dye fabric
nomatch: best way to treat yourself
note: game talk ("best way to die in minecraft") is a known false positive

[en.self_harm.instructions.painless-method]
sub: instructions
weight: 0.6
pattern: painless (death|suicide|sewerslide|exit)
pattern: which (method|way) ~3 (painful|painless|lethal|fatal)
match: looking for a painless death
match: which method is least painful
nomatch: the procedure is painless
note: also euthanasia and execution debates

[en.self_harm.instructions.lethal-dose]
sub: instructions
weight: 0.6
pattern: (lethal|fatal|deadly) (dose|doses|dosage|amount)
match: what is the lethal dose of tylenol
nomatch: take the recommended dose
note: also pharmacology and curiosity questions

[en.self_harm.instructions.how-many-pills]
sub: instructions
weight: 0.85
pattern: how (many|much) (pills|tablets|paracetamol|tylenol|ibuprofen|advil|xanax|insulin|sleeping|benadryl|melatonin|acetaminophen) ~5 (die|dying|kill|od|overdose|fatal|lethal|dead)
match: how many tylenol does it take to die
match: how much insulin is fatal
nomatch: how many tablets do i take for a headache

[en.self_harm.instructions.pills-not-wake-up]
sub: instructions
weight: 0.75
pattern: (pills|pill|meds|tablets) ~6 (dont|never|not|wont) wake up
pattern: (take|took|taking|swallow|swallowed) the whole (bottle|pack|packet|box) (tonight|now|right now|already|and|then|of pills|of meds|of tablets|of sleeping pills|of painkillers|lol|pussy|coward|nobody|no one|at once|next time|this time|its easy|its painless)
pattern: (just|go|then|pls|please|u should|you should) (take|swallow|down) the whole (bottle|pack|packet)
match: what pills make it so i never wake up
match: take the whole bottle tonight
nomatch: melatonin helps me not wake up at night
note: "the whole bottle" also comes up with wine; "take/swallow" keeps most of those out

[en.self_harm.instructions.how-to-overdose]
sub: instructions
weight: 0.7
pattern: how (to|do|can|should|would) ~1 (overdose|od)
match: how do i overdose
match: how to od
nomatch: how to prevent an overdose
note: "how to prevent overdose" still matches; the awareness cues lower it

[en.self_harm.instructions.how-to-tie-noose]
sub: instructions
weight: 0.85
pattern: how ~3 (tie|make) (a|the|) noose
match: how do you tie a noose
nomatch: how to tie a tie

[en.self_harm.instructions.method-agents]
sub: instructions
weight: 0.65
pattern: (exit|suicide) bag
pattern: sodium nitrite ~5 (die|dying|lethal|suicide|kill|painless|ctb|death|myself)
pattern: (buy|get|order|ordering|source|sourcing|where) ~3 (nembutal|pentobarbital|barbiturates)
match: where to get an exit bag
match: how much sodium nitrite to die
match: where can i buy nembutal
nomatch: sodium nitrite is used to cure bacon
note: agents and devices discussed on pro-suicide forums; sodium nitrite is also a curing salt and barbiturates a veterinary drug

[en.self_harm.instructions.carbon-monoxide]
sub: instructions
weight: 0.55
pattern: carbon monoxide ~4 (die|suicide|painless|myself|ctb|sewerslide)
pattern: (charcoal|exhaust) ~4 (suicide|painless|ctb|myself|sewerslide)
match: is carbon monoxide a painless way
match: charcoal burning suicide
nomatch: the carbon monoxide alarm went off

[en.self_harm.instructions.how-high-to-jump]
sub: instructions
weight: 0.75
pattern: how (high|tall|far|many) ~5 (jump|fall|drop) ~3 (die|fatal|kill|death)
match: how high do i need to jump to die
nomatch: how high can a kangaroo jump

[en.self_harm.instructions.does-it-hurt]
sub: instructions
weight: 0.65
pattern: (does|would|is|will) ~3 (hurt|painful) ~3 (hang|hanging|overdose|overdosing|od|jumping|drowning|bleeding)
pattern: how long ~4 (die|dying) (from|by|after)
match: does it hurt to hang yourself
match: how long does it take to die from hanging
nomatch: does it hurt to get a tattoo
note: the "how long ... to die from" form is also asked in medical and grief contexts

[en.self_harm.instructions.method-guides]
sub: instructions
weight: 0.8
pattern: (suicide|sewerslide|sooicide) (method|methods|tips|guide|instructions|techniques)
pattern: (sh|selfharm) (tips|tricks|tutorial|guide|methods)
pattern: self harm (tips|tricks|tutorial|guide|methods)
match: suicide methods that work
match: any sh tips
nomatch: suicide prevention tips
nomatch: sharp tips for knives
note: "suicide prevention tips" does not match: the word order differs

[en.self_harm.instructions.cut-deeper]
sub: instructions
weight: 0.8
pattern: how ~3 cut (deeper|styro|beans)
pattern: how deep ~4 (cut|cutting) ~2 (bleed|die|wrist|wrists|vein|veins|arm|scar)
match: how do i cut deeper
match: how deep do i need to cut my wrist
nomatch: how to cut a mango

[en.self_harm.instructions.hide-self-harm]
sub: instructions
weight: 0.55
pattern: how ~3 (hide|cover|hiding|covering) ~3 (cuts|sh|selfharm|burns)
pattern: (hide|hiding|cover|covering) ~3 (cuts|sh|selfharm) from (my|) (parents|mom|mum|dad|family|teacher|teachers|school|therapist)
match: how do i hide my cuts
match: hiding my cuts from my parents
nomatch: how to cover a cake with fondant
note: covering old scars is also recovery talk

[en.self_harm.instructions.sharpener-blade]
sub: instructions
weight: 0.55
pattern: (get|take|pop|remove|getting|taking) ~2 (blade|blades) (out|from|off) ~3 (sharpener|sharpeners|razor|razors|shaver|shavers)
match: how to get the blade out of a sharpener
nomatch: replace the blade in the lawn mower
note: a classic self-harm search

[en.self_harm.instructions.avoid-rescue]
sub: instructions
weight: 0.5
pattern: so (nobody|noone) (can|will|) (find|finds|notice|notices|stop|stops) (you|u|me)
pattern: so no one (can|will|) (find|finds|notice|notices|stop|stops) (you|u|me)
match: do it at night so nobody finds you
nomatch: so nobody can see the surprise
note: timing an attempt to avoid rescue; hide-and-seek talk is a rare false positive

[en.self_harm.instructions.look-like-accident]
sub: instructions
weight: 0.55
pattern: make (it|my|death) ~1 look like (an|) accident
match: how do i make my death look like an accident
nomatch: make it look like new
note: also crime fiction

[en.self_harm.instructions.which-vein]
sub: instructions
weight: 0.75
pattern: (which|what) (vein|veins|artery|arteries) ~4 (cut|slit|die|bleed)
match: which vein do i cut
nomatch: which vein do they use for blood tests

[en.self_harm.instructions.what-happens-if-pills]
sub: instructions
weight: 0.5
pattern: what (happens|would|will) ~2 if (i|you) (take|took|swallow|swallowed|drink|drank) ~3 (pills|tablets|bleach|antifreeze|bottle)
match: what happens if i take 30 pills
nomatch: what happens if i take the train
note: also poison-safety questions from parents

[en.self_harm.instructions.safe-way-to-sh]
sub: instructions
weight: 0.7
pattern: (safe|safer|safest|safely) ~2 (sh|selfharm)
pattern: (safe|safer|safest) way to self harm
match: whats the safest way to sh
match: safe way to self harm
nomatch: safest way to cut a mango
note: harm-reduction questions also match

# ---------------------------------------------------------------------------------------------
# promotion: encouraging someone else (target: other / group)
# ---------------------------------------------------------------------------------------------

[en.self_harm.promotion.kys]
sub: promotion
weight: 0.9
target: other
also: harassment.death_wish
pattern: (kys|gkys)
match: just kys
match: you should kys
nomatch: i lost my keys
note: "kill yourself"; spaced "k y s" and "ky5" are folded by the engine

[en.self_harm.promotion.kill-yourself]
sub: promotion
weight: 0.9
target: other
also: harassment.death_wish
pattern: (kill|killing|killed) (yourself|urself|yoself|youself)
match: go kill yourself
match: pls kill urself
match: everyone would be happier if you killed yourself
nomatch: dont wear yourself out
note: the idiom "don't kill yourself over it" is handled by the negation cue

[en.self_harm.promotion.why-dont-you]
sub: promotion
weight: 0.9
target: other
also: harassment.death_wish
pattern: (why|y) (dont|not|cant|wont) (you|u|ya) (just|) (go|) (kill yourself|kill urself|kys|die|unalive yourself|hang yourself|end it|off yourself)
match: why dont you just kill urself
match: y dont u go die
nomatch: why dont you come over
note: the rhetorical "why don't you ..." is a suggestion, not a negation: the hit starts at "why" so the negation cue inside it does not discount it

[en.self_harm.promotion.hang-yourself]
sub: promotion
weight: 0.9
target: other
also: harassment.death_wish
pattern: (hang|hanging|neck|rope) (yourself|urself)
match: go hang yourself
match: rope yourself loser
nomatch: hang your coat up

[en.self_harm.promotion.unalive-yourself]
sub: promotion
weight: 0.85
target: other
also: harassment.death_wish
pattern: (unalive|off|end) (yourself|urself)
pattern: (go|pls|please|plz|just) (unalive|sewerslide)
pattern: go end it
match: you should unalive yourself
match: just go unalive already
match: just off yourself already
nomatch: off you go then

[en.self_harm.promotion.kill-yourselves]
sub: promotion
weight: 0.85
target: group
also: harassment.death_wish
pattern: (kill|hang|unalive|neck|rope|off|end) (yourselves|urselves|yourselfs)
match: all of you should kill yourselves
nomatch: enjoy yourselves tonight

[en.self_harm.promotion.go-die]
sub: promotion
weight: 0.4
target: other
also: harassment.death_wish
pattern: (go|pls|please|plz) die
pattern: die (irl|rl)
pattern: die in real life
match: just go die already
match: die irl noob
nomatch: go dye your hair
note: mostly a death wish rather than a push toward suicide, so low here (harassment carries it); "i'm gonna go die on the couch" (tired) also matches

[en.self_harm.promotion.you-should-die]
sub: promotion
weight: 0.85
target: other
also: harassment.death_wish
pattern: (you|u) (should|deserve|need|ought|better|must) (to|) (just|) (die|unalive|rope|sewerslide)
pattern: (you|u) (should|deserve) (to|) be dead
pattern: why (are|r) (you|u) (still|even) alive
match: you should just die
match: why are you even alive
nomatch: you should just diet

[en.self_harm.promotion.better-off-without-you]
sub: promotion
weight: 0.75
target: other
also: cyberbullying.self_harm_encouragement
pattern: (youd|youre|you|ur|u) ~2 better off dead
pattern: (world|everyone|everybody|we|earth|planet|family) ~4 better (off|) without (you|u)
match: youd be better off dead
match: the world would be better without you
nomatch: she is better off without you
note: breakup talk ("she's better off without you") is kept out by requiring a collective subject

[en.self_harm.promotion.nobody-would-miss-you]
sub: promotion
weight: 0.75
target: other
also: cyberbullying.self_harm_encouragement
pattern: (nobody|noone|no one) (would|will) ~2 (miss|notice|mourn|care) ~2 (you|u|ur|your|youre) ~3 (died|die|dead|killed|gone)
match: nobody would miss you if you died
nomatch: no one would notice if i was gone
match: no one would care if you died
nomatch: nobody would miss you at the party
note: the bare "nobody would miss you" is exclusion and belongs to cyberbullying; this entry needs the death

[en.self_harm.promotion.do-everyone-a-favour]
sub: promotion
weight: 0.85
target: other
also: harassment.death_wish
also: cyberbullying.self_harm_encouragement
pattern: do (us|everyone|everybody|the|world|humanity) ~2 (favor|favour) ~2 (die|kys|rope|unalive|neck)
pattern: do (us|everyone|everybody|the|world|humanity) ~2 (favor|favour) ~2 (stop breathing|stop existing|end it|end it all|end yourself|end your life|disappear forever|disappear permanently|never wake up|off yourself)
match: do the world a favor and stop breathing
match: do everyone a favor and end it
match: do everyone a favour and die
match: do the world a favor and kys
nomatch: do me a favor and grab milk

[en.self_harm.promotion.drink-bleach]
sub: promotion
weight: 0.8
target: other
pattern: (go|just|pls|please|plz|should|you) ~1 (drink|chug|eat|swallow|gargle) (bleach|antifreeze|drano)
match: go drink bleach
match: you should drink bleach
nomatch: dont drink bleach it is toxic

[en.self_harm.promotion.cut-yourself]
sub: promotion
weight: 0.75
target: other
pattern: (cut|slit|slice|slash|carve) (yourself|urself)
pattern: (slit|slice|slash|cut) (your|ur) (wrists|wrist)
pattern: cut deeper (next|this) time
pattern: (you|u) should (cut|go) deeper
pattern: go (sh|selfharm)
pattern: go self harm
match: go cut yourself
match: go self harm like the rest of them
match: cut deeper next time
nomatch: careful you dont cut your finger
nomatch: cut deeper into the budget
note: "cut deeper next time" is a recurring taunt at people who self-harm; "cut yourself a slice of cake" is a known false positive

[en.self_harm.promotion.jump-off-bridge]
sub: promotion
weight: 0.45
pattern: (go|just|pls|please) (jump|jumping) (off|from) (a|the) (bridge|cliff|roof|building|window)
pattern: jump off (a|the) (bridge|cliff|roof)
match: go jump off a bridge
match: jump off a cliff loser
nomatch: we jumped off the dock
note: the bare imperative also matches "i want to jump off a bridge" (then intent.jump-off hits too); the pronoun cues set the target

[en.self_harm.promotion.go-rope]
sub: promotion
weight: 0.75
target: other
pattern: (go|just|pls|please|plz) rope
match: just rope already
nomatch: we need more rope
note: "just rope" is incel and gamer slang for "hang yourself"

[en.self_harm.promotion.meme-slang]
sub: promotion
weight: 0.65
pattern: an hero
pattern: (go|pls|please|plz|just|should) commit (die|suicide|sewerslide|toaster|neck|rope|unalive)
pattern: toaster bath
match: go commit die
match: take a toaster bath
match: go an hero
nomatch: please commit the code
nomatch: he is a hero
note: meme phrasings for suicide ("an hero", "commit die", "toaster bath"), mostly aimed at others

[en.self_harm.promotion.suggest-suicide]
sub: promotion
weight: 0.6
target: other
pattern: (you|u) ~2 (considered|consider|try|tried|trying) (suicide|sewerslide|sooicide|unaliving)
match: have you considered sewerslide
nomatch: have you tried cutting back on sugar
note: also a screening question ("have you ever considered suicide?"); the support and question cues lower it

[en.self_harm.promotion.join-the-41]
sub: promotion
weight: 0.85
target: other
also: gender_abuse.identity_attack
pattern: (join|joining) the 41
pattern: (join|joining) the 41 (percent|percents)
match: just join the 41 percent already
nomatch: join the 4 of us for lunch
note: transphobic suicide encouragement citing the 41% attempt statistic

[en.self_harm.promotion.end-it-you]
sub: promotion
weight: 0.75
target: other
pattern: (you|u) should (just|) end (it|your) (all|life)
match: you should just end it all
nomatch: you should just end the call

[en.self_harm.promotion.suicide-pact]
sub: promotion
weight: 0.7
pattern: suicide pact
pattern: (ctb|unalive|kms|sewerslide) together
pattern: (who|anyone|somebody|someone) ~3 (die|ctb|unalive|kms) with me
pattern: (sh|selfharm|suicide|sewerslide) (buddy|buddies|partner|partners)
match: anyone wanna die with me
match: looking for an sh buddy
nomatch: who wants to dine with me

[en.self_harm.promotion.share-wounds]
sub: promotion
weight: 0.6
pattern: rate (my|your|these|our) (cuts|scars|sh|wounds)
pattern: (post|show|send) (your|ur|me|us) ~1 (cuts|sh|wounds)
pattern: (sh|selfharm|suicide) (pics|photos|pictures|vids|videos|content|aesthetic|edits)
pattern: (shtwt|selfharmtwt)
match: rate my cuts
match: sh pics in my dms
nomatch: rate my outfit
note: sharing, rating and collecting wound pictures normalises self-harm

[en.self_harm.promotion.romanticise]
sub: promotion
weight: 0.6
pattern: (sh|selfharm|suicide|sewerslide) (is|are) (beautiful|pretty|aesthetic|romantic|poetic|art|freedom)
pattern: (suicide|sewerslide|death) is the (only|best|) (answer|solution|option|escape|cure)
pattern: (cutting|sh|selfharm|suicide|sewerslide) (is|was) the only (thing|way|option|answer|solution)
pattern: (cutting|sh|selfharm) ~6 should try it
match: suicide is beautiful
match: cutting is the only thing that helps
match: sh helps so much you should try it
match: suicide is the only answer
nomatch: the sunset is beautiful

[en.self_harm.promotion.pro-suicide]
sub: promotion
weight: 0.6
pattern: pro (suicide|sewerslide|selfharm|sh)
pattern: (prosuicide|prosh)
pattern: sanctioned suicide
pattern: (ropefuel|ropemaxx|ropemaxxing|ropemax)
match: a pro suicide forum
match: this is pure ropefuel
nomatch: a pro tennis player
note: pro-suicide communities (one forum is named "sanctioned suicide") and incel slang for content that pushes toward suicide

# ---------------------------------------------------------------------------------------------
# help_seeking (non-harm)
# ---------------------------------------------------------------------------------------------

[en.self_harm.help_seeking.need-help]
sub: help_seeking
weight: 0.3
pattern: i (really|) need (help|support)
match: i really need help
nomatch: we need help moving
note: generic; only meaningful near a harm hit

[en.self_harm.help_seeking.someone-to-talk-to]
sub: help_seeking
weight: 0.45
pattern: (need|want|wish) (someone|somebody|anyone) to talk to
pattern: (anyone|someone|somebody) i (can|could) talk to
match: i need someone to talk to
nomatch: i want to talk to the manager

[en.self_harm.help_seeking.how-to-stop]
sub: help_seeking
weight: 0.55
pattern: how ~3 stop (cutting|selfharming|sh)
pattern: how ~3 stop (hurting|harming|cutting) myself
pattern: how ~3 stop self (harming|harm)
pattern: how ~3 stop (wanting|trying) to (die|kms)
pattern: how ~3 stop (suicidal|intrusive|dark) (thoughts|feelings)
pattern: (want|wanna|trying|need|tryna) to stop (cutting|sh|selfharming)
pattern: (want|wanna|trying|need|tryna) to stop (hurting|harming) myself
match: how do i stop cutting
match: i really want to stop cutting
nomatch: how do i stop snoring

[en.self_harm.help_seeking.hotline]
sub: help_seeking
weight: 0.45
pattern: (call|calling|text|texting|called|texted|contact|contacted|ring|rang) (a|the|) (hotline|helpline|lifeline|samaritans)
pattern: (suicide|crisis|samaritans|prevention) (hotline|helpline|lifeline|line|text)
match: should i call a hotline
match: is the suicide hotline free
nomatch: call the help desk

[en.self_harm.help_seeking.helpline-numbers]
sub: help_seeking
weight: 0.45
pattern: (call|text|called|texted|dial|dialed|dialled|calling|texting) 988
pattern: 988 (lifeline|crisis|hotline)
pattern: samaritans
pattern: 116 123
pattern: (text|texting|texted) ~2 741741
pattern: (shout|text) 85258
match: should i call 988
match: text home to 741741
nomatch: i scored 988 points
nomatch: the good samaritan helped
note: US 988 lifeline, UK and Ireland Samaritans (116 123), US Crisis Text Line (741741), UK Shout (85258)

[en.self_harm.help_seeking.scared-ill-hurt-myself]
sub: help_seeking
weight: 0.55
pattern: (scared|afraid|worried|terrified|frightened) ~3 (hurt|kill|harm|cut|unalive) myself
match: im scared i might hurt myself
nomatch: im scared of heights
note: disclosure with help-seeking framing; the intent entries also hit

[en.self_harm.help_seeking.tell-someone]
sub: help_seeking
weight: 0.45
pattern: (tell|told|talk|talking) ~3 (therapist|counselor|counsellor|psychiatrist|doctor|parents|mom|dad) ~4 (suicidal|cutting|sh|selfharm|harm)
match: should i tell my therapist im suicidal
match: how do i talk to my parents about self harm
nomatch: i told my mom about the party

[en.self_harm.help_seeking.help-a-friend]
sub: help_seeking
weight: 0.5
pattern: (help|helping|support|supporting) ~2 (friend|sister|brother|son|daughter|partner|girlfriend|boyfriend|student) ~5 (suicidal|suicide|selfharm|cutting|harm)
pattern: (friend|sister|brother|son|daughter|girlfriend|boyfriend|cousin) ~6 (kill|hurt|unalive|harm|cut|hang) (herself|himself|themself|themselves)
match: how do i help my friend who is suicidal
match: my friend said she wants to kill herself
nomatch: help my friend move house
note: third-person concern, usually a request for advice

[en.self_harm.help_seeking.where-to-get-help]
sub: help_seeking
weight: 0.4
pattern: where (can|do|should|could) (i|someone|you) (get|find) (help|support|therapy)
match: where can i get help
nomatch: where can i get pizza

[en.self_harm.help_seeking.how-to-cope]
sub: help_seeking
weight: 0.45
pattern: how ~3 (cope|deal) with ~3 (suicidal|urges|sh|selfharm|harm)
pattern: is it normal ~4 (suicidal|die|harm|sh|selfharm|dead)
match: how do you cope with suicidal thoughts
match: is it normal to want to die
nomatch: how do you cope with stress

# ---------------------------------------------------------------------------------------------
# recovery (non-harm)
# ---------------------------------------------------------------------------------------------

[en.self_harm.recovery.days-clean]
sub: recovery
weight: 0.45
pattern: (days|weeks|months|years|day|week|month|year) (clean|free) (from|of) (sh|selfharm|cutting)
pattern: (days|weeks|months|years|day|week|month|year) (clean|free) (from|of) self harm
pattern: (days|weeks|months|years|day|week|month|year) (sh|selfharm|cutting) (free|clean)
pattern: (days|weeks|months|years|day|week|month|year) self harm (free|clean)
pattern: (sh|selfharm) clean
match: 100 days clean from sh today
match: six months self harm free
nomatch: 30 days clean from sugar

[en.self_harm.recovery.recovering-from-sh]
sub: recovery
weight: 0.45
pattern: (recovering|recovery|recovered|healing) from ~2 (sh|selfharm|cutting|harm|suicidal|attempt|suicide)
match: im recovering from self harm
match: still healing from my attempt
nomatch: recovering from the flu

[en.self_harm.intent.relapsed]
sub: intent
weight: 0.55
pattern: (relapsed|relapse|relapsing|slipped) ~3 (sh|selfharm|cutting|cut|harm)
match: i relapsed and cut last night
nomatch: i relapsed on sugar
note: a relapse is a disclosure of self-harm: at risk, routed to support

[en.self_harm.recovery.resisting-urges]
sub: recovery
weight: 0.45
pattern: (resisting|resisted|resist|fighting|fought|beat|beating|ignoring|ignored|riding|rode) ~3 (urge|urges) to (cut|sh|hurt|harm|relapse|selfharm)
match: i resisted the urge to cut today
nomatch: resisting the urge to buy shoes

[en.self_harm.recovery.scars]
sub: recovery
weight: 0.35
pattern: (my|the|old) (scars|scar) (are|is|have|has|) (healing|fading|faded|healed)
pattern: (proud|accepting|accept|embrace|embracing|ashamed) ~2 (scars|scar)
pattern: (tattoo|tattoos|tattooed) ~4 (scars|scar)
match: my scars are fading
match: im proud of my scars
match: got a tattoo over my scars
nomatch: the scarf is faded
note: healing, acceptance and cover-up tattoos; also surgical scars

[en.self_harm.recovery.safety-plan]
sub: recovery
weight: 0.4
pattern: (my|a|our) (safety|crisis) plan
match: i followed my safety plan
nomatch: the fire safety drill
note: a clinical tool for suicide risk; also building safety talk

[en.self_harm.recovery.treatment]
sub: recovery
weight: 0.3
pattern: my (therapist|counselor|counsellor|psychiatrist|psychologist) (helped|helps|has helped|is helping|says|said|taught|teaches|recommended|suggested|reminded|gave me|and i worked|and i talked|and i made|is proud|was proud|asked|asks|checked in|checks in|wanted to know|talked to me|talks to me)
pattern: (psych|psychiatric) (ward|hospital|unit|hold|inpatient)
pattern: (inpatient|outpatient|iop|php) (program|treatment|stay)
pattern: (dbt|cbt) (skills|therapy|group|skill)
pattern: distress tolerance
match: my therapist helped me today
match: i just got out of the psych ward
match: my dbt skills helped
nomatch: my teacher helped me today
nomatch: i lied to my therapist about eating
note: generic mental-health care, shared with other topics; "my therapist" only with a helping verb, since at-risk posts name the therapist too ("lied to my therapist")

[en.self_harm.recovery.stopped-sh]
sub: recovery
weight: 0.4
pattern: (stopped|quit) (sh|selfharming)
pattern: (stopped|quit) cutting (myself|for)
match: i stopped cutting for a year now
nomatch: stop cutting corners

[en.self_harm.recovery.survived]
sub: recovery
weight: 0.45
pattern: (survived|surviving|survivor) ~2 (attempt|attempts)
pattern: attempt survivor
pattern: (since|after) (my|the) (last|first) (suicide|sewerslide) attempt
pattern: glad i (didnt|never) (die|succeed|succeeded)
pattern: glad (im|am) still alive
match: i survived my attempt
match: so glad im still alive
match: three years since my last suicide attempt
nomatch: i survived the exam
note: "survived an attempt on his life" in news also matches

[en.self_harm.recovery.alternatives]
sub: recovery
weight: 0.35
pattern: butterfly project
pattern: (snap|snapping|snapped) ~2 (rubber|elastic) (band|bands)
pattern: (marker|pen|ice) ~4 instead of (cutting|sh|selfharming)
match: i draw for the butterfly project
match: i use a red pen instead of cutting
nomatch: the butterfly flew away
note: distraction and substitution techniques used in self-harm recovery

[en.self_harm.recovery.recovery-is-worth-it]
sub: recovery
weight: 0.35
pattern: recovery (is|isnt) (worth|possible|hard|linear|messy)
match: recovery is worth it
nomatch: the market recovery was slow

# ---------------------------------------------------------------------------------------------
# awareness (non-harm)
# ---------------------------------------------------------------------------------------------

[en.self_harm.awareness.suicide-prevention]
sub: awareness
weight: 0.4
pattern: (suicide|sewerslide|selfharm) (prevention|awareness)
pattern: self harm (prevention|awareness)
match: september is suicide prevention month
match: self harm awareness day
nomatch: fire prevention week

[en.self_harm.awareness.mental-health-awareness]
sub: awareness
weight: 0.3
pattern: mental health (awareness|month|week|day|matters|campaign)
pattern: (depression|mental) (awareness|stigma)
pattern: mental illness (awareness|stigma)
match: may is mental health awareness month
match: end the mental illness stigma
nomatch: mental math practice

[en.self_harm.awareness.warning-signs]
sub: awareness
weight: 0.45
pattern: (warning|) signs (of|that) ~3 (suicide|suicidal|selfharm|harm|cutting)
pattern: (risk|risks) factors (for|of) (suicide|selfharm|suicidal)
match: warning signs of suicide
match: risk factors for suicide
nomatch: warning signs of a stroke

[en.self_harm.awareness.suicide-loss]
sub: awareness
weight: 0.45
pattern: (suicide|sewerslide) (loss|losses|survivor|survivors|bereavement|grief)
pattern: (lost|losing) ~3 to suicide
pattern: survivors of suicide
match: a group for survivors of suicide loss
match: i lost my brother to suicide
nomatch: the team lost to the visitors
note: bereavement; still the topic, so it may route to support

[en.self_harm.awareness.statistics]
sub: awareness
weight: 0.35
pattern: (suicide|selfharm) (rate|rates|statistics|stats|risk|research|study|studies|data)
pattern: self harm (rate|rates|statistics|stats|research|study|studies|data)
pattern: (non|nonsuicidal) ~1 self (injury|harm)
pattern: suicidal ideation (in|among|rates|rate|screening|research|study|studies|prevalence|scale|questionnaire|is common)
pattern: (rates|rate|prevalence|screening|study|studies|research|assessment|risk) (of|for|on) suicidal ideation
match: suicide rates rose last year
match: screening for suicidal ideation in primary care
match: research on nonsuicidal self injury
nomatch: the interest rate rose
note: research, statistics and clinical terms

[en.self_harm.awareness.semicolon]
sub: awareness
weight: 0.4
pattern: semicolon (project|tattoo)
pattern: project semicolon
match: i got a semicolon tattoo
nomatch: use a semicolon here

[en.self_harm.awareness.content-warning]
sub: awareness
weight: 0.35
pattern: (tw|cw|trigger warning|content warning) ~2 (suicide|sh|selfharm|sewerslide|suicidal|self harm) (mention|mentions|mentioned|discussion|discussions|themes|theme|topics|talk|content|references|reference|depiction|depictions|imagery|ahead|below|in this|in the)
pattern: (tw|cw|trigger warning|content warning) (for|) (mentions|discussion|discussions|depictions|themes|references) of (suicide|self harm|selfharm|sh|suicidal)
match: tw suicide mention
match: trigger warning for self harm themes
match: cw discussion of suicide
nomatch: tw for food
nomatch: tw sh. i relapsed last night
note: marks a post as discussing the topic (mention, themes, discussion); a bare "tw sh" heads first-person vents too, so it is not awareness framing on its own

[en.self_harm.awareness.talking-about-suicide]
sub: awareness
weight: 0.35
pattern: (talking|talk|talks|conversations|discuss|discussing|talked|speak|speaking) about (suicide|selfharm|sewerslide)
pattern: (talking|talk|talks|conversations|discuss|discussing|talked|speak|speaking) about self harm
match: we need to talk about suicide more openly
nomatch: we need to talk about money

[en.self_harm.awareness.gatekeeper-training]
sub: awareness
weight: 0.35
pattern: (qpr|gatekeeper|asist|safetalk) training
pattern: mental health first aid
pattern: suicide (intervention|first)
match: our staff did qpr training
match: mental health first aid course
nomatch: basic first aid course

[en.self_harm.awareness.died-by-suicide]
sub: awareness
weight: 0.4
pattern: (died|dies|death|deaths) by suicide
pattern: took (his|her|their) own life
match: the singer died by suicide
match: he took his own life in 2019
nomatch: she died of cancer
note: recommended reporting language; third person

# ---------------------------------------------------------------------------------------------
# hyperbole (non-harm): figures of speech that name the topic
# ---------------------------------------------------------------------------------------------

[en.self_harm.hyperbole.die-of-embarrassment]
sub: hyperbole
weight: 0.3
pattern: (die|died|dying|dead) (of|from) (embarrassment|shame|cringe|boredom|laughter|laughing|cuteness)
match: i could die of embarrassment
nomatch: he died of cancer

[en.self_harm.hyperbole.kill-me-now]
sub: hyperbole
weight: 0.35
pattern: kill me now
pattern: (someone|somebody|pls|please|just) (kill|end) me
match: monday again kill me now
match: someone end me
nomatch: dont kill the vibe

[en.self_harm.hyperbole.is-killing-me]
sub: hyperbole
weight: 0.3
pattern: (homework|exam|exams|class|school|work|finals|traffic|heat|job|meeting|meetings|monday|commute|assignment|essay|math|maths|boss|cramps) (is|are|) killing me
match: this homework is killing me
match: my cramps are killing me
nomatch: the heat is unbearable

[en.self_harm.hyperbole.im-dead-lol]
sub: hyperbole
weight: 0.3
pattern: (im|literally|lowkey) (dead|deceased|dying|ded) (lol|lmao|lmfao|skull|haha|xd|crying)
match: im dead lmao
match: literally dying lol
nomatch: im done lol

[en.self_harm.hyperbole.to-die-for]
sub: hyperbole
weight: 0.3
pattern: to die for
match: this cake is to die for
nomatch: i want to die
note: "i want to die for real" also contains the words; the intent entry still hits there

[en.self_harm.hyperbole.over-my-dead-body]
sub: hyperbole
weight: 0.3
pattern: over my dead body
match: over my dead body will i wear that
nomatch: over my head

# ---------------------------------------------------------------------------------------------
# intent (added): passive ideation, goodbyes, plans and behaviour phrasings missing above
# ---------------------------------------------------------------------------------------------

[en.self_harm.intent.dont-want-to-wake-up]
sub: intent
weight: 0.7
target: self
pattern: (dont|never|do not) (want|wanna) (to|) wake up (again|anymore|ever|ever again)
pattern: (wish|hope) i (never|didnt|wouldnt) (wake|woke) up (again|anymore|ever|)
match: i dont want to wake up anymore
match: i wish i never woke up again
nomatch: i dont want to wake up early for school tomorrow
note: passive ideation about not waking up; bare "dont want to wake up" is in the weak entry below

[en.self_harm.intent.dont-want-to-wake-up-weak]
sub: intent
weight: 0.4
target: self
pattern: i (just|really|honestly|) (dont|never|do not) (want|wanna) (to|) wake up
match: i dont want to wake up
nomatch: i dont want to get up yet
note: weak alone: teens also say it about school mornings; context and other hits raise it

[en.self_harm.intent.whats-the-point-of-living]
sub: intent
weight: 0.6
pattern: (whats|what is|wats|wuts) (even|) the point (of|in) (living|life|being alive|existing|staying alive|going on|me being here|my life)
pattern: (whats|what is|wats|wuts) (even|) the point (of|in) (anything|trying) anymore
match: whats the point of living
match: what is even the point of being alive
nomatch: whats the point of this homework
note: passive ideation question

[en.self_harm.intent.whats-the-point-anymore]
sub: intent
weight: 0.35
pattern: (whats|what is|wats) (even|) the point anymore
pattern: (there is|theres) no point (anymore|in anything)
match: whats the point anymore
nomatch: whats the point of the meeting
note: weak hopelessness signal

[en.self_harm.intent.cant-keep-going]
sub: intent
weight: 0.4
target: self
pattern: i (just|really|honestly|) (cant|cannot|can not) (keep going|go on|keep living|do life|keep doing this)
pattern: (cant|cannot) (live|keep living|go on living) like this
match: i cant keep going
match: i cannot live like this anymore
nomatch: we cant go on the trip this year
note: weak exhaustion or hopelessness; context decides

[en.self_harm.intent.give-up-on-life]
sub: intent
weight: 0.55
target: self
pattern: (giving|give|gave|given) up on (life|living|myself|everything|staying alive|being alive)
pattern: (ready|want|wanna) to give up (for good|on everything|on life)
match: i give up on everything
match: im giving up on life
nomatch: i gave up on that tv show after season two
note: hopelessness, stronger than "give up" alone

[en.self_harm.intent.no-future]
sub: intent
weight: 0.45
target: self
pattern: (dont|cant|do not|never) see (a|any) future (for me|for myself|anymore|ahead|at all|)
pattern: no future for me
pattern: (dont|cant|do not) see myself (living|alive|being alive|making it|being here) (past|to|until|till|another|much)
pattern: (i have|ive got|i got|theres) no future
match: i dont see a future for myself
match: i cant see myself living past 18
nomatch: i see a bright future for this team
note: hopelessness; relationship uses ("no future with him") are possible, hence medium

[en.self_harm.intent.hate-being-alive]
sub: intent
weight: 0.6
target: self
pattern: (hate|hating|despise|sick of) (being alive|my existence|staying alive)
pattern: (regret|hate) (being born|that i was born|ever being born)
match: i hate being alive
match: honestly sick of being alive
nomatch: i hate living in this town
note: passive ideation

[en.self_harm.intent.stop-existing]
sub: intent
weight: 0.6
pattern: (want|wanna|wish i could|need) (to|) (stop|cease) (existing|exist|living|breathing)
pattern: i (wish|want) i (didnt|did not|never) (exist|existed)
match: i want to stop existing
match: i wish i didnt exist
nomatch: i want to stop eating junk food
note: passive ideation

[en.self_harm.intent.want-out]
sub: intent
weight: 0.35
target: self
pattern: i (just|really|) (want|wanna|need) out
match: i just want out
nomatch: i want to go out tonight
note: weak: "want out of this group chat" is common; counts with other signals

[en.self_harm.intent.want-out-of-life]
sub: intent
weight: 0.65
target: self
pattern: (want|wanna|need|looking for) (out of|a way out of|an exit from) (this life|life|existence|this world|being alive)
pattern: (want|wanna|need) (a|the) (permanent|final) (way out|exit|escape|solution)
match: i want out of this life
match: i need a permanent way out
nomatch: i want out of this group chat
note: exit framing of ideation

[en.self_harm.intent.pain-to-stop]
sub: intent
weight: 0.4
target: self
pattern: (want|need|wish|just want) (the|this|all the|all this) pain to (stop|end|go away|be over)
pattern: (want|need|wish) (it|everything) to (stop|end) forever
match: i just want the pain to stop
nomatch: take ibuprofen if the pain in your knee does not stop
note: weak: also said about physical pain

[en.self_harm.intent.would-anyone-care]
sub: intent
weight: 0.6
target: self
pattern: (would|does|will) (anyone|anybody|people|someone|they) (even|) (care|notice|miss me|cry) if i (was|were|died|disappeared|left|killed|vanished|wasnt|went)
pattern: (nobody|no one|noone) (would|will) (even|) (care|notice) if i (was gone|were gone|died|disappeared|vanished|wasnt here|left forever)
match: would anyone care if i was gone
match: would anybody even notice if i disappeared
nomatch: would anyone care if i skipped the party
note: ideation question about being missed

[en.self_harm.intent.nothing-to-live-for]
sub: intent
weight: 0.7
target: self
pattern: (i have|i got|ive got|theres|there is|have|got) (nothing|noone|no one|nobody) (left|) to live for
pattern: no (reason|reasons) to (stay|stick around|keep going|be here|keep living|wake up)
match: i have nothing to live for
match: i have no reason to stay
nomatch: i have nothing to wear for the party
nomatch: warning signs: giving away belongings, talking about having nothing to live for
note: hopelessness

[en.self_harm.intent.last-post]
sub: intent
weight: 0.45
target: self
pattern: (this is|this will be|this might be|this may be|this could be) my (last|final) (post|message|video|tweet|text|snap|story|upload)
pattern: my (last|final) (post|message|video|tweet|words) (ever|goodbye|before i go)
match: this is my last post
match: my final message before i go
nomatch: my last post got so many likes
note: farewell post; weak alone because of "last post of the year"

[en.self_harm.intent.goodbye-everyone]
sub: intent
weight: 0.4
pattern: (goodbye|bye|farewell) (everyone|everybody|world|all|yall|guys) (forever|for good|for real|)
pattern: (this is|its|it is) (goodbye|farewell|the end) (for me|forever|for good|)
match: goodbye everyone
match: this is goodbye
nomatch: see you tomorrow everyone
note: weak alone ("bye everyone see you tomorrow"); strong with the combinations below

[en.self_harm.intent.done-goodbye]
sub: intent
weight: 0.65
target: self
pattern: (im|i am|im so) done ~3 (goodbye|bye|farewell)
pattern: (thank you|thanks|thank u|ty) (all|everyone|) for (trying|everything|putting up with me) ~3 (goodbye|bye|farewell|im sorry|sorry)
pattern: (goodbye|bye|farewell) ~4 (thank you|thanks|thank u) (all|everyone|) for (trying|everything|putting up with me)
pattern: (sorry|im sorry) for (everything|being a burden|being like this) ~3 (goodbye|bye|i love you|love you all)
match: im done. goodbye everyone, thank you for trying
match: thank you all for everything. goodbye
nomatch: thanks for the help, bye
note: farewell messages

[en.self_harm.intent.by-the-time-you-read]
sub: intent
weight: 0.5
pattern: by the time (you|u|anyone|someone|yall|you guys) (read|reads|see|sees|find|finds) this (ill|i will|i ll|im|i am|i|) (be gone|be dead|not be here|wont be|gone|dead|already)
pattern: (if|when) (you|u|anyone|someone) (read|reads|find|finds) this (im|i am|ill be|i will be) (gone|dead|not here)
match: by the time you read this ill be gone
match: if you read this im gone
nomatch: by the time you read this im on the plane
note: suicide-note framing

[en.self_harm.intent.wrote-my-note]
sub: intent
weight: 0.45
target: self
pattern: (wrote|written|writing|finished|left|leave|leaving) (my|a) (note|letter) (for|to) (my family|my parents|my mom|my mum|my dad|everyone|them|you all)
pattern: (wrote|written|finished) my (note|notes) (already|last night|tonight|today)
pattern: i (wrote|have written|finished|already wrote|just wrote) my note
match: i wrote my note already
match: im leaving a letter for my family
nomatch: i wrote a note to my teacher about the test
note: note-writing; "suicide note" itself is the strong entry above

[en.self_harm.intent.mind-made-up]
sub: intent
weight: 0.55
target: self
pattern: (made up my mind|my mind is made up|ive decided|i decided|decision is made) ~4 (goodbye|to end it|to do it|to end things|to go through with it)
pattern: tonight (is|will be) (when i do it|my last night)
pattern: (its|it is) (finally|) time (for me|) to (end it|end things|say goodbye forever)
match: ive made up my mind. goodbye
match: i decided to go through with it
nomatch: my mind is made up, no going back to that restaurant
nomatch: its time for me to go, bye guys
note: decision or timing statements; weaker alone than an explicit plan

[en.self_harm.intent.plan-weak]
sub: intent
weight: 0.35
target: self
pattern: i (have|got|made|ve got) (a|my) plan (now|ready|figured out|already|and)
pattern: tonight (is|will be) the night
pattern: (planning|planned|plan) my (exit|death|suicide|sewerslide|way out|last day)
match: i have a plan now
match: been planning my exit
nomatch: i have a plan for the science project
note: "tonight is the night" is also concerts and dates; the generic "i have a plan" is weak; the method or date entries above are strong

[en.self_harm.intent.planning-my-exit]
sub: intent
weight: 0.7
target: self
pattern: (planning|planned|plan|planing) my (exit|death|suicide|sewerslide|last day|own death)
pattern: counting down (the days|my days|the hours) (until|till|til|before) (i|im) (die|gone|can die|end it|go|can go)
match: im planning my exit
match: counting down the days until im gone
nomatch: counting down the days until summer break
note: planning language

[en.self_harm.intent.means-ready]
sub: intent
weight: 0.65
target: self
pattern: (rope|noose|pills|razor|razors|blade|blades|gun) (is|are|) (ready|set up|tied|waiting|hidden) (for me|tonight|under my bed|in my room|)
pattern: (bought|got|buying|ordered|have|found) (a|the|some|my|) (rope|noose) ~3 (tonight|for me|to hang|ready|for myself)
pattern: (have|got|bought|saved) (enough|all the|the) (pills|meds|tablets) (ready|now|saved|to do it|to end it)
match: i have the rope ready
match: the pills are ready for tonight
nomatch: the pizza is ready for tonight
note: access to means with readiness

[en.self_harm.intent.bridge-standing]
sub: intent
weight: 0.6
target: self
pattern: (stood|standing|stand|sat|sitting|went) (on|at|to) (the|a) (bridge|roof|rooftop|overpass|cliff|edge|train tracks|tracks) ~4 (hour|hours|alone|again|thinking|ready|jump|staring|tonight|forever|wanting)
pattern: (looked|looking|stared|staring) (down|over) (from|off) (the|a) (bridge|roof|rooftop|overpass|cliff|edge) ~3 (jump|wanting|thinking|end|die)
match: i stood on the bridge last night for an hour
match: was sitting on the roof again thinking about it
nomatch: we stood on the bridge taking pictures of the sunset
note: lingering at a height or tracks, a common disclosure

[en.self_harm.intent.took-pills]
sub: intent
weight: 0.7
target: self
pattern: (took|taken|swallowed|downed|popped) (a bunch of|a lot of|all my|all of my|too many|a handful of|a whole bottle of|the whole bottle of|handfuls of) (pills|meds|tablets|sleeping pills|paracetamol|tylenol|advil|ibuprofen|painkillers|xanax)
match: i took a bunch of pills
match: i swallowed a handful of sleeping pills
nomatch: i took my pills with breakfast
note: possible overdose in progress

[en.self_harm.intent.cut-again-short]
sub: intent
weight: 0.6
target: self
pattern: i (cut|cutted|sh|shed|self harmed) (again|last night|tonight|yesterday|earlier|today)
pattern: (i|) (want|wanna|need|needing|craving|crave) (to|) (cut|sh|selfharm) (so bad|so badly|again|tonight|right now|rn|myself)
match: i cut again
match: i want to cut so bad
nomatch: i cut my hair again
note: short behaviour and urge statements

[en.self_harm.intent.streak-broken]
sub: intent
weight: 0.65
target: self
pattern: (months|days|weeks|year|years|streak) (clean|free|sh free|cut free) ~2 (down the drain|gone|ruined|broken|wasted|over|for nothing)
pattern: (broke|lost|ruined|reset|ended) my (clean streak|sh streak|clean time|sh free streak|cut free streak|self harm free streak)
pattern: (broke|lost|ruined|ended|reset) my streak ~3 (months|days|weeks|year|years) (clean|of nothing|without|of no|sh free|cut free|free)
match: been cutting again, 3 months clean down the drain
match: i broke my clean streak last night
nomatch: i broke my streak on duolingo again
nomatch: 6 months clean today and i am so proud
note: relapse after a clean streak (context words like "clean" discount, so a separate hit helps)

[en.self_harm.intent.relapsed-bare]
sub: intent
weight: 0.4
target: self
pattern: i (relapsed|slipped up|relapse) (again|last night|tonight|today|yesterday|)
match: i relapsed
nomatch: i am proud i have not relapsed
note: bare relapse, could be drugs or ED, so weak

[en.self_harm.intent.covered-in-cuts]
sub: intent
weight: 0.7
target: self
pattern: covered (in|with) (cuts|fresh cuts|scars and cuts|sh scars|self harm scars|bandages)
pattern: (fresh|new|deep|open) (cuts|wounds|gashes) (again|tonight|today|on me|everywhere)
match: my arms are covered in cuts and i cant stop
match: fresh cuts again
nomatch: the cake was covered with sprinkles
note: second hit for visible cuts ("my arms" is also a hyperbole cue, which halves the other entry)

[en.self_harm.intent.hiding-scars]
sub: intent
weight: 0.45
target: self
pattern: (hide|hiding|hid|cover|covering) (my|up my|the) (scars|marks|burns|bruises) (from|with|under|so)
pattern: (hide|hiding|hid|cover|covering) (my|up my) (scars|burns)
match: hiding my scars from my mom
nomatch: using concealer to cover my acne
note: concealment; old scars in recovery are possible, so medium

[en.self_harm.intent.keep-hurting-myself]
sub: intent
weight: 0.55
target: self
pattern: (keep|kept|started|been|cant stop|cannot stop) (burning|hitting|punching|scratching|cutting|hurting|bruising|biting) myself
pattern: (burn|burned|burnt|burning) (myself|my skin|my arm|my wrist) (with|on purpose) (a|the|my|) (lighter|lighters|cigarette|cigarettes|iron|hot)
match: i keep burning myself
match: been hitting myself again
nomatch: i burned myself on the oven by accident
note: repeated self-injury

[en.self_harm.intent.need-to-feel-pain]
sub: intent
weight: 0.45
target: self
pattern: i (need|deserve) to (feel pain|hurt|suffer|be punished|be in pain)
pattern: i (want|need|crave) to (feel pain|watch myself bleed|feel the blade)
pattern: i (deserve|need) (the|this|all this) pain
match: i need to feel pain
match: i deserve to hurt
nomatch: i need to feel the burn at the gym
nomatch: i need to bleed the brakes on my bike
note: punishment or pain-seeking

[en.self_harm.intent.blade-attachment]
sub: intent
weight: 0.55
target: self
pattern: (miss|missing|need|want|crave|craving) (the|my) (blade|blades) (so much|so bad|so badly|again|rn|right now|tonight)
pattern: (blade|blades|razor|razors) (is|are) my (friend|best friend|only friend|comfort|therapy)
match: i miss the blade so much
match: the blade is my only friend
nomatch: i miss the blade runner soundtrack
note: attachment to a cutting tool

[en.self_harm.intent.carved-into-skin]
sub: intent
weight: 0.6
target: self
pattern: (carved|carve|carving|scratched|etched|cut) ~4 into my (arm|arms|skin|wrist|wrists|thigh|thighs|leg|legs|hand|stomach|hip|hips)
match: i carved his name into my arm
nomatch: i carved a pumpkin with my little sister
note: cutting words into skin

# ---------------------------------------------------------------------------------------------
# instructions (added): method seeking without an explicit "to die"
# ---------------------------------------------------------------------------------------------

[en.self_harm.instructions.how-many-pills-bare]
sub: instructions
weight: 0.6
pattern: how (many|much) (pills|tablets|sleeping pills|paracetamol|tylenol|ibuprofen|advil|xanax|benadryl|melatonin|insulin|painkillers) (does it take|would it take|is too many|is too much|is lethal|is fatal|is an overdose|would kill|to not wake up|until)
match: how many pills does it take
match: how much tylenol is too much
nomatch: how many pills should i take for a cold
note: dose seeking

[en.self_harm.instructions.most-painless-way]
sub: instructions
weight: 0.55
pattern: (whats|what is|which is) the (most painless|least painful|quickest|fastest|easiest) (way|method) (to go|out|to do it|to end it|to end things)
pattern: (whats|what is|which is) the (most painless|least painful) (way|method)
pattern: painless (way|ways|method|methods) (to go|out|to do it|to end it)
match: whats the most painless way
match: what is the quickest way to end it
nomatch: whats the quickest way to the station
note: method seeking

[en.self_harm.instructions.how-deep-cut]
sub: instructions
weight: 0.65
pattern: how deep (do|should|would|does|to|can|must) ~3 (cut|cuts|slit)
pattern: how (hard|deep) ~3 (slit|slice) (my|your|a) (wrist|wrists|vein|veins)
match: how deep do you have to cut
nomatch: how deep should i plant tulip bulbs
note: cutting severity question

[en.self_harm.instructions.does-method-hurt]
sub: instructions
weight: 0.55
pattern: (does|would|is|will) (drowning|hanging|overdosing|bleeding out|jumping|suffocating|od|oding|carbon monoxide|slitting) (hurt|painful|quick|fast|peaceful|painless)
pattern: (is|would) (dying|death) (by|from) (drowning|hanging|overdose|jumping|pills|bleeding out) (painful|painless|quick|peaceful)
pattern: how long (does it take|would it take|until|till) (you|i|to|) (bleed out|die from an overdose|pass out from hanging|die from hanging)
match: does drowning hurt
match: how long does it take to bleed out
nomatch: does swimming hurt your ears
nomatch: how long does it take to drown a plant with overwatering
note: method-pain questions

# ---------------------------------------------------------------------------------------------
# promotion (added)
# ---------------------------------------------------------------------------------------------

[en.self_harm.promotion.go-method-yourself]
sub: promotion
weight: 0.85
target: other
pattern: (go|just|pls|please|should) (drown|overdose|od|suffocate|electrocute|starve|strangle|burn) (yourself|urself|ur self|yourselves|urselves)
match: go drown yourself
nomatch: go treat yourself
note: method-specific "go X yourself"

[en.self_harm.promotion.never-been-born]
sub: promotion
weight: 0.6
target: other
pattern: (you|u|ur) (should|shouldve|should have|shoulda) (never|not) (been born|existed|exist)
pattern: (nobody|no one|noone) wants (you|u) (alive|here|to live|around anymore|to exist)
match: you should have never been born
match: nobody wants you alive
nomatch: you should never give up
note: telling someone they should not exist

[en.self_harm.promotion.do-it-right]
sub: promotion
weight: 0.75
target: other
pattern: (try|do it) (harder|right|properly|better) next time ~3 (cut|kill|rope|die|pills|jump|attempt|kys)
pattern: (cut|kill|rope|jump|attempt|try again) ~3 (but|and) (do it right|do it properly|actually finish|succeed this time)
pattern: (next time|this time) (actually|) (finish the job|do it right|go deeper|take more)
match: you should try again but do it right
match: next time finish the job
nomatch: try harder next time on your homework
note: mocking a failed attempt, encouraging another

[en.self_harm.promotion.take-pills-and-sleep]
sub: promotion
weight: 0.7
target: other
pattern: (take|swallow|down) (a bunch of|a handful of|all your|all ur|the whole bottle of|all the) (pills|meds|tablets|sleeping pills) (and|then) (sleep|go to sleep|never wake up|die|wait)
match: take a bunch of pills and sleep
nomatch: take your meds and get some sleep
note: overdose encouragement

# ---------------------------------------------------------------------------------------------
# intent (added, second pass): more passive ideation, plans and method research
# ---------------------------------------------------------------------------------------------

[en.self_harm.intent.want-to-be-gone]
sub: intent
weight: 0.5
target: self
pattern: i (just|really|) (wish i was|wish i were|wish i could be) (gone|dead)
pattern: (want|wanna) to be (gone|dead) (forever|for good|already|by now|and done)
match: i want to be gone forever
match: i wish i was gone
nomatch: i want to be gone before traffic starts
note: wish to be gone or dead; "want to be gone by 5" is the look-alike, hence medium

[en.self_harm.intent.done-with-everything]
sub: intent
weight: 0.4
target: self
pattern: (im|i am) (so|just|literally|) done with (everything|it all|all of this|this life|existing|living|trying)
pattern: (my|) life is (so|just|) (pointless|meaningless|hopeless|not worth it)
match: im done with everything
match: life is pointless
nomatch: im done with my homework
note: weak hopelessness

[en.self_harm.intent.not-exist]
sub: intent
weight: 0.6
target: self
pattern: i (just|) (want|wanna|wish i could|need) (to|) (not exist|not be alive|not be here anymore|fade away|cease to exist)
pattern: i (feel|felt) like dying (every day|all the time|inside|again|for real)
match: i just want to not exist
match: i want to fade away
nomatch: i want to not be late again
note: passive ideation

[en.self_harm.intent.tired-of-fighting]
sub: intent
weight: 0.4
target: self
pattern: (im|i am|so) (tired|exhausted|sick) of (surviving|trying to stay alive|pretending to be okay|pretending im okay|holding on)
pattern: (im|i am|so) (tired|exhausted|sick) of (fighting|struggling) (anymore|every day|to stay alive|my own mind|my brain|for nothing|to live)
match: im so tired of fighting every day
nomatch: im tired of fighting with my brother about chores
note: weak exhaustion signal

[en.self_harm.intent.ending-everything]
sub: intent
weight: 0.6
target: self
pattern: (thinking|think|thought|planning|want|wanna) (about|of|to|) (ending|end) (my suffering|my pain|this pain|my existence)
pattern: (im|i am) ready to end (it all|my life)
match: im ready to end it all
match: i just want to end my suffering
nomatch: thinking about ending things with my boyfriend
nomatch: im ready to end it with him
note: ending as euphemism for suicide

[en.self_harm.intent.od-soon]
sub: intent
weight: 0.6
target: self
pattern: (od|overdose|oding|overdosing) (tonight|tomorrow|today|again|soon|this weekend|on purpose)
match: od tonight
nomatch: i did not overdo it at the gym today
note: overdose timing

[en.self_harm.intent.danger-to-myself]
sub: intent
weight: 0.5
target: self
pattern: (im|i am|i might be|i feel like im|i think im) a (danger|threat) to myself
match: im a danger to myself
nomatch: im a danger to my wallet at the mall
note: self-risk disclosure; jokes carry laughter cues

[en.self_harm.intent.happier-without-me]
sub: intent
weight: 0.65
target: self
pattern: (everyone|everybody|they|my family|people|the world|my parents|my friends|my mom|my dad) (would|will|d) be (happier|better|fine|relieved|glad) if i (was|were|wasnt|werent|died|disappeared|left) (gone|dead|here|around|alive|)
pattern: my death would (make|be) (everyone|people|them|my family) (happy|happier|relieved|a relief|better)
pattern: my death would be (a relief|a gift|better for everyone)
match: everyone would be happier if i was gone
match: my death would make everyone happy
nomatch: everyone would be happier if i made cookies
note: perceived burdensomeness

[en.self_harm.intent.shouldnt-be-alive]
sub: intent
weight: 0.6
target: self
pattern: i (shouldnt|should not|dont deserve to|do not deserve to) be (alive|breathing|on this earth|in this world)
pattern: (im|i am) (worthless|useless|a waste of space|pathetic|a mistake) ~3 (should|deserve to) (just|) (die|not exist|not be alive)
match: i should not be alive
match: im worthless and should die
nomatch: i should not be awake this late
note: self-directed death-worthiness

[en.self_harm.intent.bleeding-wounds]
sub: intent
weight: 0.55
target: self
pattern: my (wrists|wrist|arms|thighs|cuts|wounds) (are|is|wont|keep|keeps|started) (stop|) (bleeding|still bleeding)
pattern: (bleeding|bled) (and|but) i (dont|do not) (care|want to stop)
match: my wrists are bleeding
match: im bleeding and i dont care
nomatch: my nose is bleeding from the dry air
note: active self-injury

[en.self_harm.intent.fall-asleep-never-wake]
sub: intent
weight: 0.7
target: self
pattern: (fall|falling|drift|drifting|close my eyes) (asleep|off|) and (never|not) (wake|open them) (up|again|)
pattern: (sleep|go to sleep|go to bed|lie down|lay down) and (never|not) wake (up|again)
match: i wish i could fall asleep and never wake up
nomatch: i fell asleep and didnt wake up until noon
note: passive ideation

[en.self_harm.intent.wish-for-death]
sub: intent
weight: 0.55
target: self
pattern: (hope|hoping|wish|pray|praying) (i|that i) (get|gets|got) (hit|run over) by (a|the) (car|bus|truck|train)
pattern: (wish|hope|pray) i (had|get|got|have) (cancer|a terminal illness|a disease) (so|and) (i|) (could|can|would|will|) (die|finally die)
pattern: (wish|hope|pray|praying) (something|someone|a car|a truck|god) (would|will|could) (just|) (kill me|end me|take me)
pattern: (hope|hoping|wish|pray) (the|my) (plane|car|bus) (crashes|crash) (with me|so i|and i|)
match: hope i get hit by a car
match: wish i had cancer so i could die
nomatch: i hope i get picked for the team
note: wishing for an accidental or natural death

[en.self_harm.intent.crash-car-thoughts]
sub: intent
weight: 0.55
target: self
pattern: (thinking|think|thought|urge|tempted|want|wanna|easy) ~3 (crash|crashing|swerve|swerving) (my car|into a tree|into a wall|into traffic|off the road|off a bridge|off a cliff)
pattern: (thinking|think|thought|urge|tempted|want|wanna|easy) ~3 (drive|driving) (into a tree|into a wall|into traffic|off the road|off a bridge|off a cliff)
match: i keep thinking about crashing my car
match: it would be so easy to just drive off the road
nomatch: i keep thinking about driving my car to the coast
note: vehicle ideation

[en.self_harm.intent.last-occasion]
sub: intent
weight: 0.45
target: self
pattern: (wont|will not|not going to|not gonna|dont think ill) (make it|live|be alive|be here|be around) (to|until|till|past) (my birthday|christmas|next year|the end of the year|new year)
pattern: (this|it) (will be|is going to be|is) my last (birthday|christmas|new year|thanksgiving|halloween) (alive|ever|on earth|here)
match: im not going to make it to my birthday
match: this will be my last birthday alive
nomatch: i wont make it to your birthday party sorry
nomatch: this will be my last summer before college
note: weak alone ("last birthday as a teen")
note: foreshortened future

[en.self_harm.intent.giving-away-pets]
sub: intent
weight: 0.6
target: self
pattern: (giving|gave|give|giving away|gave away) (away|) (my|all my) (cat|dog|pets|belongings|stuff|things) ~5 (wont need|will not need|not going to need|dont need|wont be here|will not be here)
match: im giving my cat to my friend because i wont need her
nomatch: giving my old clothes to charity because they dont fit
nomatch: giving away my clothes because i wont need them in college
note: giving away possessions is a warning sign

[en.self_harm.intent.access-to-means]
sub: intent
weight: 0.45
target: self
pattern: (found|know where|got access to|have access to|took) (my|) (dads|moms|parents|fathers|mothers|grandpas|brothers) (gun|guns|pills|meds|sleeping pills|razor|razors|pistol)
pattern: (i know|know) where (my|) (mom|mum|dad|parents|grandma) (keeps|keep|hides|hide) (her|his|their|the) (pills|meds|gun|guns|razors)
match: i found my dads gun
match: i know where my mom keeps her pills
nomatch: i found my dads keys
note: access to lethal means; weak alone

[en.self_harm.intent.researching-methods]
sub: intent
weight: 0.65
target: self
pattern: (researching|research|researched|looking up|looked up|googling|googled|searching|searched|reading about) (suicide methods|methods to die|ways to die|how to end it|painless ways|the easiest way to die|lethal doses)
pattern: (search history|google history|browser history|my searches|my history|my fyp|my feed) ~5 (ways to die|how to die|ways to kill myself|how to kill myself|painless ways|suicide methods|lethal doses|lethal dose|how to end it|how many pills)
match: googling painless ways
match: i looked up ways to die
match: my search history is just ways to die at this point
nomatch: ive been researching methods for my science fair project
nomatch: my search history is just recipes at this point
nomatch: i looked up how to die my hair blue
note: method research; bare "researching methods" is left out (school projects)

[en.self_harm.intent.sh-again]
sub: intent
weight: 0.55
target: self
pattern: (i|) (sh|shed|selfharmed) (again|last night|tonight|today) (tonight|last night|after|)
match: sh again tonight
match: i shed last night
nomatch: shh again the baby is sleeping
note: algospeak "sh" with a time word; "sh" alone is the weak entry above

[en.self_harm.intent.live-or-die]
sub: intent
weight: 0.6
target: self
pattern: (no one|nobody|noone) (cares|would care|will care|gives a damn) ~2 (if|whether) i (live or die|lived or died|die|died|disappear|disappeared)
pattern: (tired|sick|exhausted) of being a burden
match: no one cares if i live or die
match: im tired of being a burden
nomatch: no one cares if i skip practice
note: perceived burdensomeness and not mattering

[en.self_harm.intent.never-come-back]
sub: intent
weight: 0.55
target: self
pattern: (disappear|vanish|fade away) (forever|) and never (come back|return|be found|wake up)
match: i want to disappear forever and never come back
nomatch: i want to move to japan and never come back
note: disappearance as a death wish

# ---------------------------------------------------------------------------------------------
# intent, instructions and promotion (added, third pass): teen slang and algospeak
# ---------------------------------------------------------------------------------------------

[en.self_harm.intent.idw-to-live]
sub: intent
weight: 0.75
target: self
pattern: idw (to|) (live|be alive|exist|be here|wake up) (anymore|)
pattern: (idwtl|idwtbh|idwtla)
match: idw to live anymore
match: idwtl
nomatch: idk what to wear
note: "i don't want to (live|be here)" abbreviations

[en.self_harm.intent.want-suicide-algospeak]
sub: intent
weight: 0.7
target: self
pattern: (want|wanna|gonna|going to|planning to|plan to|about to|ready to) (commit|) (sewerslide|sooicide|suicide|sucide|suiside|suecide|soocide|unalive|ctb)
pattern: (im|i am|ima|imma|gonna|going to|want to|wanna) rope (myself|tonight|fr|soon|rn|today)
match: i wanna sewerslide
match: im gonna rope fr
nomatch: gonna rope in some friends to help move
note: intent with an algospeak method word

[en.self_harm.intent.easy-way-out]
sub: intent
weight: 0.45
target: self
pattern: (take|taking|took|taken|want|wanna) (the|) (easy|cowards|coward|permanent) way out
match: i want to take the easy way out
nomatch: i took the long way home
note: idiom ("took the easy way out and bought a cake"), so weak alone; the tonight form is stronger

[en.self_harm.intent.easy-way-out-tonight]
sub: intent
weight: 0.65
target: self
pattern: (taking|take|gonna take|going to take) the (easy|cowards|permanent) way out (tonight|soon|tomorrow|for good|now)
pattern: (permanent|final) solution to (my|a temporary|these) (problems|pain|life)
match: taking the easy way out tonight
nomatch: i took the easy way out on this essay
note: timed exit statement

[en.self_harm.intent.coffin-heaven]
sub: intent
weight: 0.55
target: self
pattern: (want|wanna|belong|ready) (to be|to be put|to lie|) in (a|my) (coffin|grave|casket|body bag)
pattern: (want|wanna|going|ready) to (be with|join|go be with|go join|go see) (my|) (grandma|grandpa|nan|nana|mom|mum|dad|brother|sister|best friend|friend|baby) (in heaven|up there|in the afterlife|on the other side)
match: i want to be put in a coffin
match: i want to join my dad in heaven
nomatch: i want to visit my grandma soon
nomatch: i want to be with my mom soon, she's coming home from her trip
note: reunion-in-death and burial wishes

[en.self_harm.intent.been-cutting]
sub: intent
weight: 0.65
target: self
pattern: (been|started|keep|kept|still) (shing|sh|selfharming|self harming) (for|since|again|every|more|a lot|daily)
pattern: (been|started|keep|kept|still) cutting (again|since|every night|every day|daily|more)
pattern: (been|started|kept|still) cutting for ~1 (years|months|weeks|year|month)
pattern: (bit|bite|biting|pulled|hit|punched|banged) (myself|my arm|my arms|my skin|my wrist|my wrists|my head|my thighs) ~4 (until|till|til) (it|i) (bled|bleeds|bleed|bruised|bruises|broke)
match: ive been cutting for 2 years
match: i bit myself until it bled
nomatch: ive been cutting carbs for a month
nomatch: been cutting for the school play costumes
nomatch: i scratched my arm until it bled, mosquito bites are the worst
note: ongoing self-injury

[en.self_harm.intent.going-to-the-bridge]
sub: intent
weight: 0.5
target: self
pattern: (going|go|walking|driving|heading|walked|drove) (to|back to) the (bridge|tracks|train tracks|rooftop|cliff|cliffs) (one last time|to end it|to end things|to say goodbye|alone to jump)
match: im going to the bridge one last time
nomatch: im going to the bridge club tonight
nomatch: im going to the bridge tonight to see the fireworks
note: going to a height or the tracks at night

[en.self_harm.intent.conditional-ending]
sub: intent
weight: 0.55
target: self
pattern: (if|when|once) ~6 (im|i am|ill|i will|ima|imma) (ending it|ending it all|ending my life|ending myself|done living|gone for good)
pattern: (one more|another) (bad day|thing|fight|insult) (and|then) (im|i am|ill be|i will be) (done|gone|ending it)
pattern: (nobody|no one|noone) (would|will) (even|) (notice|care|realize) (im|i was|i am|that im|that i was) gone
match: if i fail this test im ending it
match: one more bad day and im done
match: nobody would even notice im gone
nomatch: if it rains tomorrow im staying home
note: conditional intent and unnoticed absence

[en.self_harm.instructions.method-details]
sub: instructions
weight: 0.65
pattern: how (much|long) ~2 (rope|cord|belt) ~4 (hang myself|hang yourself|a noose|for a noose)
pattern: (is it|would it be|is dying) (painless|painful|quick|peaceful) to die (from|by|with|of) (pills|hanging|drowning|overdose|an overdose|jumping|cutting|bleeding)
match: how long of a rope do i need to hang myself
match: is it painless to die from pills
nomatch: how much rope do i need for a tire swing
note: method logistics; bare "how much rope do i need" is DIY talk and left out

[en.self_harm.promotion.just-die]
sub: promotion
weight: 0.65
target: other
pattern: (you|u|ur|youre|pls|please|should|so) just die (already|pls|please|alone|now|loser|nobody|no one)
pattern: (jump|do it|rope|cut) already (pussy|coward|nobody cares|no one cares|we are waiting|were waiting|loser)
match: nobody likes you so just die already
match: jump already coward
nomatch: i just died laughing
nomatch: you just die inside when the teacher calls on you
note: telling someone to die or goading an attempt

[en.self_harm.promotion.dare-attempt]
sub: promotion
weight: 0.4
target: other
pattern: (do it|jump|go ahead) (you wont|u wont|pussy|coward|no balls|nobody will stop you|no one will stop you)
pattern: (jump|go) already
match: do it you wont
match: jump already
nomatch: go ahead and start without me
note: goading; also an everyday dare meme ("do it you won't"), so weak alone

# ---------------------------------------------------------------------------------------------
# 2026.11.30: indirect first-person ideation, attempt history, means at hand, hopelessness
# markers (weak, they add up), and supportive-reply framing (support/recovery entries act as
# cues that lower nearby intent hits, so a reply to someone at risk reads as support).
# ---------------------------------------------------------------------------------------------

[en.self_harm.intent.thinking-about-ending-it]
sub: intent
weight: 0.45
pattern: (thinking|thought|think|considering|considered|contemplating|contemplated|obsessing|fantasizing|fantasising|daydreaming) (about|of|) (ending|end) (it|things)
match: ive been thinking about ending it for weeks now
match: i keep considering ending things
nomatch: thinking about ending my lease early
note: "ending it/things" is also said of relationships, so medium alone; the strong forms follow in ending-it-for-good

[en.self_harm.intent.ending-it-for-good]
sub: intent
weight: 0.7
pattern: (end|ending) (it|things|everything) (for good|permanently|this weekend|on my birthday|before christmas|before new year)
pattern: (thinking|considering|contemplating|planning|want|wanna|going|ready) (about|of|on|to|) (ending|end) everything
pattern: (thinking|thought|considering|contemplating) (about|of|) (ending|end) (it|things) (for weeks|for months|for a while|every day|every night|constantly|all the time|a lot|lately|more and more|seriously|tonight)
match: im ending it for good this time
match: ive been thinking about ending it for weeks now
match: i keep thinking about ending everything
nomatch: we are ending the promo this weekend
nomatch: ending the subscription for good
nomatch: let's end it once and for all, pineapple belongs on pizza
note: ending it with a finality word or "everything": hard to read as a break-up

[en.self_harm.intent.so-close-to-ending-it]
sub: intent
weight: 0.55
pattern: (so|really|very|this|too) close to (just|) (ending|end|killing|unaliving|hanging) (it|things|everything|myself|my life|it all)
pattern: (so|really|very|this|too) close to (just|) (doing it|going through with it|giving up on life|giving up for good)
match: im so close to just ending it
match: i came really close to going through with it last night
nomatch: we are so close to ending the season on top
note: near-action; the break-up reading ("close to ending things with him") stays possible, hence 0.55

[en.self_harm.intent.attempted-before]
sub: intent
weight: 0.75
target: self
pattern: (i|ive|i have|i had|id|im) (attempted|attempt) (before|twice|once|three times|several times|multiple times|many times|a few times|in the past|last year|years ago|when i was|at)
match: ive attempted before, twice
match: i attempted when i was 15
nomatch: they attempted the climb twice
note: attempt history told in the first person ("attempted" with no object), a strong risk factor

[en.self_harm.intent.my-attempt]
sub: intent
weight: 0.35
target: self
pattern: (my|i made my) (first|second|third|fourth|last|previous|recent|latest|most recent|failed|botched|only) attempt (was|in|when|i|and|left|landed|put|ended|nearly|almost|happened|scared|years|months|last)
match: my last attempt was in march
match: my second attempt landed me in the icu
nomatch: their last attempt failed
nomatch: my last attempt at the bar exam failed
nomatch: their first attempt was a disaster
note: "my last attempt" is usually a suicide attempt in these posts but also "my last attempt at baking", so medium; survivor framing ("3 years out from my last attempt") is a recovery cue and lowers it
note: weight 0.35 (precision review): "my first attempt was ..." is everyday talk (baking, exams, driving tests), so the bare phrase only counts together with another signal; "my suicide attempt" keeps its own weight in suicide-attempt-word

[en.self_harm.intent.attempt-aftermath]
sub: intent
weight: 0.65
target: self
pattern: (hospitalized|hospitalised|admitted|sectioned|committed|institutionalized) (after|for|because of) (my|an|a|the) (attempt|overdose|od|suicide attempt)
pattern: (after|since|before) my (first|second|third|last|previous|recent|latest|failed) attempt
pattern: (got|had|have) my stomach pumped
pattern: my (overdose|od) (didnt work|failed|wasnt enough)
match: i was hospitalized after my second attempt
match: my overdose didnt work
match: they had my stomach pumped
nomatch: she was admitted after a fall
nomatch: my attempt failed miserably, the cake sank
note: consequences of an attempt; a survivor talking years later meets recovery cues and is lowered

[en.self_harm.intent.si]
sub: intent
weight: 0.6
target: self
pattern: my (ideation|suicidality|suicidal ideation|suicidal urges)
pattern: my si (has been|is getting|is so|is really bad|got worse|gets worse|is back|has gotten|is bad|is worse|been bad|keeps|comes back)
pattern: (passive|active|chronic|constant|intrusive) (si|ideation|suicidality|suicidal ideation)
pattern: ideation (has|have|is|got|gets) (been|getting|worse|bad|back|really|so|stronger)
match: my si has been really bad lately
match: i deal with chronic passive si
nomatch: si you want to come, say so
nomatch: my si joint is killing me after that deadlift
nomatch: my si units homework is due tomorrow
nomatch: si is really useful once you learn the prefixes
note: "SI" (suicidal ideation) as written by people with it; "my suicidal ideation" needs this entry since "suicidal ideation" alone is awareness talk

[en.self_harm.intent.ctb-algospeak]
sub: intent
weight: 0.7
pattern: (want|need|going|trying|planning|ready|decided|deciding|about|tempted|wanting) to (ctb|sewerslide|unalive|selfdelete)
pattern: (thinking|thought|think|considering|contemplating) (about|of|) (ctb|ctbing|self deleting|selfdeleting)
pattern: (suicide|sewerslide|ctb|unalive) (thoughts|urges|plans|plan|ideation)
match: i want to ctb tonight
match: been thinking about ctb a lot
match: sewerslide thoughts are back
nomatch: i need to catch the bus at 7
nomatch: thinking about catching the bus to work instead of driving
note: "ctb" (catch the bus) and other algospeak after a verb of wanting or thinking; "catch the bus" itself is everyday, so only after "to"

[en.self_harm.intent.burden-feel]
sub: intent
weight: 0.55
target: self
pattern: (i feel|feel|feeling) like (such|just|only|nothing but|) a (burden|huge burden|massive burden|constant burden)
pattern: (im|i am|ive become|ive always been|ive been) (such|just|only|nothing but) a (burden|huge burden|massive burden|constant burden)
pattern: (im|i am|ive become|ive always been) (a huge burden|a massive burden|a constant burden)
pattern: (im|i am) nothing but a burden
pattern: (being|im|i am) a burden (to|on|for) (everyone|everybody|my family|my parents|my friends|my partner|my husband|my wife|my kids|the people i love|those around me|everyone around me|the world)
match: i feel like such a burden on everyone
match: im nothing but a burden to my family
nomatch: you are not a burden
nomatch: im a burden? no youre not
nomatch: i felt like a burden for years but it was a lie my brain told me
nomatch: the tax burden is heavy
note: perceived burdensomeness, a core risk marker; stronger than intent.burden when the writer names it

[en.self_harm.intent.better-place-without-me]
sub: intent
weight: 0.7
target: self
pattern: (better|happier|easier|safer) (place|off|life|lives|world) without me
pattern: (better|easier|happier) for (everyone|everybody|them|my family|my parents|my kids|my friends) (if|when|once) i (was|were|am|died|die|disappeared|disappear|left|leave|wasnt|werent|didnt exist|was gone|were gone|wasnt here)
pattern: (theyd|theyll|everyone|everybody|people|theyre|shed|hed|family|parents|friends) (would|will|) be (happier|better off|better|fine|relieved|glad|okay) (if|when|once) (i|im) (was|were|wasnt|werent|died|die|disappeared|gone|dead|left|not here|not around)
match: the world would be a better place without me
match: theyd be happier if i was gone
match: it would be easier for everyone if i died
nomatch: the world would be a better place without war
note: the writer's death as a relief to others (widens better-off-without-me and happier-without-me)

[en.self_harm.intent.easier-if-i-died]
sub: intent
weight: 0.65
target: self
pattern: (easier|better|simpler) if i (just|) (died|was dead|were dead|didnt exist|wasnt here|wasnt around|wasnt alive|killed myself|ended it|never woke up|was never born)
pattern: (death|dying|being dead|not existing|not being alive) (would|will|must|sounds|seems|feels) (be|like|) (a relief|such a relief|a release|so peaceful|peaceful|a mercy|welcome|easier|so much easier|like freedom|like the only option)
pattern: (i|) (look forward to|long for|crave|yearn for|welcome) (death|dying|the day i die|being dead)
match: everything would be so much easier if i just died
match: death would be such a relief
match: dying sounds so peaceful
nomatch: it would be easier if i just drove
note: death as relief or escape for the writer: passive ideation

[en.self_harm.intent.wish-not-exist]
sub: intent
weight: 0.65
target: self
pattern: (wish|wishing) i could (just|) (not exist|stop existing|cease to exist|not be here|not be alive|fall asleep forever|disappear forever|die)
pattern: i (wish|want) (to|) (not|never) (exist|have existed|have been born|be alive)
pattern: (wish|wishing) i (wasnt|werent|was not|were not) (alive|here|born|breathing|in this world|around anymore|around any more)
match: i wish i could just not exist
match: i wish i wasnt alive
nomatch: i wish i could just not work on mondays
nomatch: i wish i wasn't around when the fight happened
note: passive ideation phrased as a wish (widens not-exist and wish-i-was-dead)

[en.self_harm.intent.my-life-over]
sub: intent
weight: 0.7
target: self
pattern: (want|need|wish|wishing) my life (to be over|to end|was over|were over|would end|to stop)
pattern: (want|need|wish) (it|this|everything|all of this) to (be over|finally end|just end|be done) (forever|for good|permanently)
match: i just want my life to be over
match: i want it to be over for good
nomatch: i want this week to be over
note: the end of one's own life as a wish

[en.self_harm.intent.want-it-over]
sub: intent
weight: 0.35
pattern: (just|really|) (want|need|wish) (it|this|everything|all of this|all of it) to (be over|finally end|just end|just stop)
match: i just want it to be over
nomatch: i want this week to be over
note: weak alone (exams, illness, a bad day); adds up with other distress markers

[en.self_harm.intent.lost-will-to-live]
sub: intent
weight: 0.7
target: self
pattern: (lost|losing|lose) (the|my|all|any) (will|desire|reason) to (live|keep living|go on|stay alive|exist|keep going)
pattern: (i have|ive got|i got|theres|there is) no (will|desire) to (live|keep living|go on|stay alive|exist)
pattern: (no|zero) (will|desire) (left|) to (live|keep living|stay alive)
match: ive lost the will to live
match: i have no will to live anymore
nomatch: i lost the will to study
nomatch: i lost all motivation to keep going with the diet
note: loss of the will to live: passive ideation; "lost the will to live" about a boring meeting meets the hyperbole cues

[en.self_harm.intent.waiting-to-die]
sub: intent
weight: 0.5
target: self
pattern: (im|i am|im just|just|been) (waiting|waitin) (to die|for death|for the day i die|for it all to end|for my death|to be dead|for something to kill me)
match: im just waiting to die at this point
match: just waiting for something to kill me
nomatch: just waiting for the bus
note: passive ideation; "waiting to die in this queue lol" is left to the hyperbole cues

[en.self_harm.intent.dont-care-if-i-die]
sub: intent
weight: 0.55
target: self
pattern: (dont|do not|wouldnt|would not|honestly dont|really dont|no longer) (care|mind) (if|whether|that) i (die|died|live or die|lived or died|dont wake up|didnt wake up|was dead|were dead|never wake up|disappear|disappeared|stop breathing)
pattern: (dont|do not|no longer) care (what happens to me|about living|about my life|if i live)
match: i honestly dont care if i die
match: i wouldnt mind if i didnt wake up tomorrow
nomatch: i dont care if it rains
nomatch: i don't care if i get hit, i'm going for the ball
note: indifference to one's own death: passive ideation (the negation is part of the phrase)

[en.self_harm.intent.not-around-much-longer]
sub: intent
weight: 0.55
target: self
pattern: (dont think|doubt|not sure|dont know if) (ill|i will|i can|id|i would|im going to|im gonna) (be here|be around|be alive|stay alive|survive|live|hold on|make it) (much longer|another year|another month|another week|another day|another night|through the night|through tonight|past tonight|till morning|until morning)
pattern: (im|i am) not (going to|gonna) (be here|be around|be alive|survive|live) (much longer|another year|another month|another week|another day|past tonight|through the night)
match: i dont think ill be around much longer
match: im not going to be here much longer
nomatch: im not going to be here for the meeting
nomatch: i doubt i'll last much longer at this job
nomatch: i'm not gonna be around for long, just popping in to say hi
note: foreshortened future, often a late warning sign

[en.self_harm.intent.how-much-longer]
sub: intent
weight: 0.45
target: self
pattern: (dont|do not|dunno) know how (much|) (longer|long) i (can|will|could) (keep going|go on|hold on|last|take it|do this|keep doing this|survive|keep fighting|hang on|stay|keep living|live like this)
pattern: (i|) (cant|cannot|can not|dont want to|too tired to|no longer want to) (fight|keep fighting|fight this|fight it|hold on|hang on|keep trying|keep holding on) (anymore|any longer|much longer)
match: i dont know how much longer i can keep going like this
match: i cant fight anymore
nomatch: i dont know how much longer the meeting will last
note: exhaustion of coping; medium, adds up with other markers

[en.self_harm.intent.no-way-out]
sub: intent
weight: 0.45
target: self
pattern: (dont|cant|do not|cannot|can not|dont even) see (a|any|another|a single) (way out|other way out|solution|end to this|light at the end)
pattern: (theres|there is|i see|i have|ive got) no (other|) (way out|escape|exit) (for me|anymore|except|but|other than|left)
pattern: (only|last|one) way out (for me|left|is to die|is death|is dying|is suicide|is ending it)
match: i dont see a way out other than dying
match: theres no way out for me
match: the only way out for me is to die
nomatch: the only way out is through
nomatch: there is no way out of the escape room
note: entrapment, a core marker; "the only way out is through" is a recovery saying and is not matched

[en.self_harm.intent.made-peace-with-dying]
sub: intent
weight: 0.45
target: self
pattern: (made|making|make|come to) (my|) peace with (dying|death|my death|my decision|leaving this world|going|ending it|not being here|not waking up)
match: ive made my peace with dying
match: im making peace with my decision
nomatch: she made peace with her sister
note: resolution before an act; philosophical uses meet the awareness cues

[en.self_harm.intent.hopeless]
sub: intent
weight: 0.35
target: self
pattern: (im|i am|i feel|feeling|i felt|ive been feeling) (so|completely|totally|utterly|very|just|) hopeless
pattern: (everything|life|my life|my situation|it all|the future) (is|feels|seems) (so|completely|totally|utterly|) hopeless
pattern: (its|its all|its just|its so) hopeless
pattern: (ive|i have|i) (lost|given up) (all|any|every) hope
pattern: (theres|there is|i have|ive got) no hope (left|for me|anymore)
match: i feel so hopeless
match: ive lost all hope
nomatch: our team is hopeless this season
note: hopelessness: weak alone, one of the markers that add up

[en.self_harm.intent.never-get-better]
sub: intent
weight: 0.35
target: self
pattern: (nothing|it|things|life|my life) (will|is going to|is gonna|is ever going to) (never|not ever|ever) (get|be|change) (better|okay|ok|anything else|for the better)
pattern: (nothing|it|things|life|my life) (will|is going to|is gonna) never (get|be) (better|okay|ok|any better)
pattern: (i|ill|i will) (never|not ever) (be|feel|get) (happy|better|okay|ok|normal) (again|ever|)
match: nothing will ever get better
match: i will never be happy again
nomatch: it will get better
note: hopelessness about the future: weak alone, adds up

[en.self_harm.intent.empty-numb]
sub: intent
weight: 0.3
target: self
pattern: (feel|feeling|felt|im|i am|so|just) (empty|numb|hollow|dead) inside
pattern: (i|) (feel|am|im|feeling) (so|completely|totally|just) (empty|numb|hollow) (all the time|every day|anymore|constantly|lately)
pattern: (i|) (dont|cant|do not|can not) feel anything (anymore|at all)
match: i feel so empty inside
match: i dont feel anything anymore
nomatch: my lip is still numb from the dentist
note: emptiness and numbness: depression markers, weak alone; "dead inside lol" meets hyperbole cues

[en.self_harm.intent.worthless]
sub: intent
weight: 0.35
target: self
pattern: (im|i am|i feel|i feel like|im just|im such|ive always been) (so|completely|totally|utterly|just|) (worthless|a waste of space|a waste of air|a waste of oxygen|a waste of life|unlovable|a worthless piece of)
match: im worthless
match: i feel like a waste of space
nomatch: you are not worthless
note: worthlessness: weak alone; supportive "you're not worthless" does not name the writer

[en.self_harm.intent.failure-self]
sub: intent
weight: 0.25
target: self
pattern: (im|i am|i feel like|ive always been) (such|just|nothing but|) (a failure|a disappointment|a mistake|a disgrace) (to everyone|to my family|to my parents|at everything|at life|in every way|as a person|as a human)
match: im such a failure at life
match: i feel like a disappointment to my family
nomatch: the launch was a failure
note: self-worth marker: weak, counts only with others

[en.self_harm.intent.lonely]
sub: intent
weight: 0.25
target: self
pattern: (i|) (feel|am|im|feeling) (so|completely|totally|utterly|very) (alone|lonely|isolated) (all the time|in this world|every day|anymore|and|)
pattern: (i have|ive got|i got|i have absolutely) no (one|friends|one left|body) (to talk to|left|anymore|who cares|in my life|)
match: i feel so alone
match: i have no one to talk to
nomatch: you are not alone
note: loneliness and isolation: weak alone (thwarted belongingness), adds up

[en.self_harm.intent.nothing-matters]
sub: intent
weight: 0.3
target: self
pattern: nothing (matters|makes me happy|brings me joy|feels real|feels worth it) anymore
pattern: (i|) (dont|do not|cant|cannot) (enjoy|care about|feel joy in|find joy in) anything anymore
pattern: (i|) (cry|cried) myself to sleep (every night|again|most nights|every day|tonight)
match: nothing matters anymore
match: i cry myself to sleep every night
nomatch: nothing matters more than family
note: anhedonia and despair: weak markers that add up

[en.self_harm.intent.tired-of-life]
sub: intent
weight: 0.45
target: self
pattern: (tired|sick|exhausted|weary) of (life|this life|my life|being me|waking up|being here|being in this world|breathing)
pattern: (im|i am|so|just) done with (life|this world|being alive|being me|breathing)
match: im so tired of life
match: sick of waking up every morning
nomatch: im tired of this rain
note: weariness with life itself (widens tired-of-living)

[en.self_harm.intent.not-worth-it-anymore]
sub: intent
weight: 0.35
target: self
pattern: (its|it is|nothing is|none of this is|living is|life is|being alive is) (not|no longer|just not) worth it (anymore|any more)
pattern: (its|it is|life is|living is) not worth (living|the pain|the effort|fighting for) (anymore|any more|)
match: its just not worth it anymore
match: living is not worth the pain anymore
nomatch: the subscription is worth it
note: worthlessness of going on; "not worth it anymore" also said of games and jobs, so weak alone

[en.self_harm.intent.dont-trust-myself]
sub: intent
weight: 0.5
target: self
pattern: (dont|do not|cant|cannot) trust myself (tonight|anymore|right now|to stay safe|to be alone)
pattern: (scared|afraid|terrified|worried) (im|i am|ill|i will|i might|that i|that im) (going to|gonna|) (do something stupid|do something drastic|act on it|act on the thoughts|act on my thoughts)
pattern: (scared|afraid|terrified) of what i (might|will|could|would|am going to|m going to) do (to myself|tonight|)
match: i dont trust myself to be alone tonight
match: im scared im going to do something stupid tonight
match: im terrified of what i might do to myself
nomatch: i dont trust myself with a credit card
nomatch: i don't trust myself alone with a bag of chips
nomatch: scared i might not make it to the gym before it closes
note: fear of acting on urges: at risk now; also help-seeking, so the action still routes to support

[en.self_harm.intent.go-through-with-it]
sub: intent
weight: 0.45
pattern: (go|going|gone|went|finally go) through with it (tonight|this time|soon|tomorrow|this weekend|for real|finally|)
pattern: (finally|actually) (do|doing) it (tonight|this time|for real)
pattern: (tonight|tomorrow|this weekend|friday|saturday|sunday|next week) (is|will be) (when|the day|the night) i (do it|end it|go through with it|finally do it)
match: im going to go through with it tonight
match: this time im actually doing it for real
match: this weekend is when i do it
nomatch: we went through with the merger
note: resolve toward an act; generic alone ("go through with the wedding"), so medium and needs other signals

[en.self_harm.intent.imagining-funeral]
sub: intent
weight: 0.4
target: self
pattern: (imagine|imagining|picture|picturing|planning|plan|think about|thinking about|fantasize about|fantasizing about|daydream about) my (own|) funeral
pattern: (fantasize|fantasizing|daydream|daydreaming|dream|dreaming) about (dying|death|being dead|killing myself|my death|not existing|not waking up)
match: i keep picturing my own funeral
match: i fantasize about dying every day
nomatch: planning my wedding
note: death fantasies: passive ideation

[en.self_harm.intent.means-at-hand]
sub: intent
weight: 0.65
target: self
pattern: (rope|noose|razor|blade|blades|gun) (are|is|) (right|) (in front of me|in my hand|in my hands|next to me|beside me|in my lap|on my desk|on my bed)
pattern: (razor|blade|knife) (to|against|on) my (wrist|wrists|throat|arm|thigh)
pattern: (rope|belt|noose) (around|round|on) my (neck|throat)
pattern: (belt|noose) ~3 (from|to|over|around) (the|a|my) (beam|ceiling|rafter|rafters|closet rod|banister|door frame|doorframe|ceiling fan)
pattern: pills (are|is|) (right|) (in front of me|in my hand|in my hands|in my lap)
pattern: rope ~3 (from|over|around) (the|a|my) (beam|ceiling|rafter|rafters|closet rod|banister|door frame|doorframe|ceiling fan)
match: i have the pills in front of me right now
match: i held the blade to my wrist for an hour
match: i tied the belt to the closet rod
nomatch: the knife is in front of me on the cutting board
nomatch: pills are on my desk, remind me to take them at 8
nomatch: razor on my skin gives me bumps, any tips?
nomatch: the headphone cord around my neck keeps tangling
nomatch: ran the extension cord to the ceiling fan
nomatch: tied the rope to the beam for the kids' swing
note: means in hand or set up: imminent risk

[en.self_harm.intent.swallowed-bottle]
sub: intent
weight: 0.7
target: self
pattern: (took|taken|swallowed|downed|popped|ate|take|taking|swallow) (a bottle of|half a bottle of|half the bottle of|two bottles of|an entire bottle of|the entire bottle of|a whole pack of|a whole box of|all of the|all the|like 20|like 30|like 50|20|30|40|50|60|100) (pills|meds|tablets|sleeping pills|paracetamol|tylenol|advil|ibuprofen|painkillers|xanax|benadryl|melatonin|antidepressants)
match: i just swallowed a bottle of pills
match: took like 30 tylenol an hour ago
nomatch: i took my vitamins this morning
note: overdose in progress or just done (widens took-pills)

[en.self_harm.intent.researching-ways]
sub: intent
weight: 0.6
target: self
pattern: (looking|looked|look|searching|searched|googling|googled|reading|read|researching|researched) (up|into|at|about|for|) (ways|methods|how) (to|of) (die|dying|kill myself|end it|end my life|end things|overdose|od|hang myself|unalive myself)
pattern: (ways|how) to do it (painlessly|without pain|quickly|without anyone knowing|without it hurting)
match: ive been looking at ways to end it
match: i keep googling how to die
match: ways to do it painlessly
nomatch: looking up ways to end the war
note: searching for methods: planning behaviour (widens researching-methods)

[en.self_harm.intent.said-goodbyes]
sub: intent
weight: 0.45
target: self
pattern: (said|saying|say) my (goodbyes|last goodbyes|final goodbyes|goodbye)
pattern: (wrote|written|writing|left|leaving) (goodbye|) (letters|notes) (to|for) (my family|my parents|my kids|my friends|my loved ones|everyone|each of them|my mom|my dad)
match: ive already said my goodbyes
match: i wrote letters to my family last night
nomatch: we said goodbye at the airport
note: settling affairs; also said when moving away, so medium

[en.self_harm.intent.giving-away-belongings]
sub: intent
weight: 0.45
target: self
pattern: (started|been|am|im) (giving|gave) away (my|all my) (stuff|things|belongings|possessions|games|clothes|books|pets|cat|dog)
pattern: (giving|gave|give) (my|all my) (stuff|things|belongings|possessions|pets|cat|dog) away
match: i started giving away my stuff
match: im giving all my things away so my family wont have to
nomatch: we gave our old sofa to the neighbours
note: a warning sign when the writer disposes of belongings (widens giving-away-things)

[en.self_harm.intent.not-okay]
sub: intent
weight: 0.3
target: self
pattern: (im|i am|im really|im just|im so) not (ok|okay|alright|fine) (anymore|at all|right now|rn|lately)
pattern: (im|i am) (barely|not) (holding on|hanging on|surviving|coping)
match: im really not okay right now
match: im barely holding on
nomatch: im not okay with that plan
note: distress disclosure: weak alone, adds up

[en.self_harm.intent.scars-on-arms]
sub: intent
weight: 0.3
target: self
pattern: (scars|cuts|wounds|scar|burns) (on|all over|across|covering) my (arms|arm|wrists|wrist|thighs|thigh|legs|hips|forearm|forearms|stomach)
pattern: (look at|looking at|stare at|staring at|hate|ashamed of) my (scars|cuts)
match: the scars on my arms will never fade
match: i keep staring at my scars
nomatch: the scars from surgery are healing
note: self-harm marks: weak alone (surgery, accidents), adds up with other markers

[en.self_harm.intent.sh-depth-slang]
sub: intent
weight: 0.55
target: self
pattern: (cut|cuts|cutting|went|got|hit|going) (to|into|down to|through to|past) (beans|styro|styrofoam)
pattern: (beans|styro|styrofoam) (deep|level)
pattern: (styro|styrofoam) (cut|cuts)
match: cut to beans last night
match: styro cuts again
nomatch: i cut the beans for dinner
nomatch: score the pork belly and cut into the fat layer but not the meat
nomatch: green beans cut into 2 inch pieces, then blanch
note: self-harm depth algospeak ("styro" white dermis, "beans" fat layer), widens sh-slang

[en.self_harm.intent.suicide-attempt-word]
sub: intent
weight: 0.6
target: self
pattern: my (suicide|sewerslide|ctb) (attempt|attempts|plan|plans|thoughts|urges)
pattern: (failed|botched|unsuccessful) (a|my|) (suicide|sewerslide|ctb) attempt
pattern: my (first|second|third|fourth|last|previous|recent|latest|most recent|failed|botched|only) (suicide|sewerslide) attempt
match: my suicide attempt was two months ago
match: after a failed suicide attempt i was put on meds
match: my second suicide attempt was last year
nomatch: the suicide attempt rate among teens rose
note: the writer's own attempt, plan or urges named with the topic word

# support and recovery framing: these hits do not score; they act as cues that lower nearby
# intent hits (a reply to someone at risk, a survivor's story)

[en.self_harm.support.been-there]
sub: support
weight: 0.3
pattern: (ive|i have|i was|weve|we have|i too have|i also) been (there|where you are|in your shoes|in your position|in the same place|in the same boat|exactly where you are|through the same thing)
pattern: (i|) (know|understand) (exactly|) (how|what) (you|youre|u) (feel|are feeling|re feeling|are going through|going through|mean)
match: ive been where you are
match: i know exactly how you feel
nomatch: i know how it works
note: peer support in a reply

[en.self_harm.support.you-are-not]
sub: support
weight: 0.3
pattern: (you|youre|ur|u) (are|) (not|never) (a burden|worthless|a failure|broken|too much|a waste|selfish|weak|a mistake|a waste of space)
pattern: (your|ur) (life|feelings|pain|story|existence) (is|are|matters|matter) (valid|real|important|worth living|matters|worth it)
pattern: (you|u|youre|ur) (are|re|) (worth|worthy of) (living|saving|love|help|fighting for|being here)
match: you are not a burden
match: your feelings are valid
match: youre worth fighting for
nomatch: your life choices are weird
note: reassurance to someone at risk; keeps "you are not a burden" from reading as intent

[en.self_harm.support.not-your-fault]
sub: support
weight: 0.3
pattern: (its|it is|this is|thats|that is) not your fault
pattern: (its|it is) (ok|okay|alright) (to not be|not to be|to feel) (ok|okay|sad|this way|like this|alright)
match: its not your fault
match: its okay to not be okay
nomatch: its not my fault
note: validation in a reply

[en.self_harm.support.dm-me]
sub: support
weight: 0.3
pattern: (pm|dm|message|msg|inbox) me (anytime|any time|if|whenever|please)
pattern: feel free to (pm|dm|message|msg|reach out|talk|vent|send)
pattern: (my|the) (inbox|dms|pms) (is|are) (open|always open)
match: feel free to dm me
match: pm me anytime
nomatch: dm me the file
note: offering to talk

[en.self_harm.support.hope-you-feel-better]
sub: support
weight: 0.3
pattern: (hope|hoping) (things|it|everything|life) (get|gets|will get|start to get|starts to get|starts getting) better for (you|u)
pattern: (hope|hoping) (you|u) (feel|get|find|start feeling|are feeling|can find) (better|help|peace|the help|some peace|some relief)
pattern: (thank you|thanks|thank u) for (sharing|reaching out|posting|opening up|telling us|being brave)
match: i hope things get better for you
match: hope you find some peace
match: thank you for reaching out
nomatch: i hope things get better for the team
note: wishes and thanks in a reply

[en.self_harm.support.have-you-tried]
sub: support
weight: 0.3
pattern: have (you|u) (tried|talked|spoken|reached out|thought about|considered|looked into|been to|seen) (to|about|into|) (a|your|ur|some|any|) (therapy|therapist|counselor|counsellor|counseling|counselling|doctor|psychiatrist|professional|medication|meds|someone|anyone|hotline)
pattern: (are|r) (you|u) (ever|currently|) (thinking|having thoughts|considering|planning) (about|of|on|) (killing|hurting|harming|ending|suicide|self harm|taking your)
pattern: have (you|u) (been|ever|recently) (thinking|thought|having thoughts|considering|considered|planning) (about|of|on|) (killing|hurting|harming|ending|suicide|self harm|taking your)
pattern: have (you|u) (thought|had thoughts|been thinking) (about|of) (killing|hurting|harming|ending|suicide|self harm|taking your)
pattern: if (you|youre|u) (are|ever|) (feel|feeling|thinking|struggling|having thoughts) ~4 (please|call|text|reach|talk)
match: have you talked to a therapist
match: are you thinking about killing yourself
match: if youre thinking about suicide please reach out
nomatch: have you tried the new cafe
note: suggesting help or asking the screening question: support framing, not promotion

[en.self_harm.support.glad-youre-here]
sub: support
weight: 0.3
pattern: (im|i am|so|really) glad (you|youre|your|u|ur) (still here|here|reached out|posted|reaching out|shared|are still here|are here|alive|made it)
pattern: (the|this) world (is|would be) (better|a better place) with (you|u)
pattern: (we|i) (want|need) (you|u) (here|to stay|alive|around)
pattern: (you|u) have (so much|a lot|everything|plenty) to live for
pattern: (stay|be) strong
pattern: (please|pls) (hold on|keep going|stay alive|keep fighting|get help|call someone)
match: im so glad youre still here
match: you have so much to live for
match: please hold on
nomatch: im glad the weather is nice
note: supportive reply to someone at risk

[en.self_harm.support.things-get-better]
sub: support
weight: 0.3
pattern: (things|life|it) (will|can|do|does|really does|did) (get|gets|got) better
pattern: (theres|there is) (always|still) hope
match: things do get better
match: there is always hope
nomatch: things never get better
note: hope offered in a reply

[en.self_harm.recovery.glad-i-survived]
sub: recovery
weight: 0.35
pattern: (glad|grateful|thankful|happy) (that|) (i|im) (failed|survived|am still here|still here|didnt die|didnt succeed|lived|made it|stayed|am alive|still alive)
pattern: (so|really|very) (glad|grateful|thankful) (to be|im|i am) (alive|still alive|still here|here)
match: im so glad i failed
match: grateful im still here
nomatch: glad i made it to the concert
note: a survivor looking back: lowers the intent hits of the story around it

[en.self_harm.recovery.used-to-feel]
sub: recovery
weight: 0.35
pattern: (i|) used to (feel|be|think|believe) (suicidal|the same way|like that|that way|exactly like you|the same|like you|that everyone|everyone|nobody|no one|i was|i had|there was)
pattern: (when|back when) i was (suicidal|at my lowest|in that place|in a dark place|in a really dark place)
pattern: (years|months) (since|after) my (last|) (attempt|overdose|od)
pattern: (years|months) (out|clean|free) from my
match: i used to think everyone would be better off without me
match: when i was at my lowest i felt the same
match: its been 3 years since my last attempt
match: im 3 years out from my last attempt
nomatch: i used to play guitar
note: past-tense framing: a survivor or supporter telling their story

[en.self_harm.intent.my-note-written]
sub: intent
weight: 0.6
target: self
pattern: (wrote|written|finished|drafted|rewrote|rewriting|rewritten|writing|hid) my (note|goodbye note|last note|final note|suicide letter|letter to my family|goodbye letter)
match: i wrote my note last night
match: ive been rewriting my note for days
nomatch: i wrote my notes for the exam
note: "my note" with no recipient in a first-person post is a suicide note; "notes" (study notes) is not matched

[en.self_harm.intent.cant-stop-thinking]
sub: intent
weight: 0.8
target: self
pattern: (cant|cannot|can not|couldnt) (stop|help) (thinking|dreaming|obsessing|fantasizing) (about|of) (killing myself|ending it|ending my life|ending things|hanging myself|overdosing|unaliving myself|dying|not existing|being dead|jumping)
pattern: (cant|cannot|can not) (get|shake) (the|these|my) (thoughts|urge|urges) (of|about) (killing myself|dying|suicide|ending it|ending my life|cutting|hurting myself)
match: i cant stop thinking about killing myself
match: i cannot shake the thoughts of ending it
nomatch: i cant stop thinking about the finale
note: obsessive ideation; the negation is part of the phrase, so it is not read as "not killing myself"

[en.self_harm.intent.why-am-i-alive]
sub: intent
weight: 0.5
target: self
pattern: why (am i|do i|should i) (still|even|) (alive|living|exist|existing|breathing|keep living|keep going|bother living|stay alive|wake up)
pattern: (whats|what is) (even|) the point of (any of this|all this|it all|all of this|me|my existence)
match: why am i even alive
match: why do i keep living
match: whats the point of any of this
nomatch: why am i still here at work at 9pm
nomatch: what's the point of waking up early if the gym is closed
note: questioning one's own existence; "why am i still here" is also said at work, so the "here" form is left out of the match examples and the weight is medium

[en.self_harm.intent.dont-think-i-can-go-on]
sub: intent
weight: 0.45
target: self
pattern: (dont|do not) think i can (keep going|go on|do this anymore|keep living|survive this|hold on|last much longer|take much more|take it anymore|keep doing this)
match: i dont think i can keep going
nomatch: i dont think i can make it to the party
note: exhaustion of coping; the negation is part of the phrase

[en.self_harm.support.if-you-kill-yourself]
sub: support
weight: 0.3
pattern: if (you|u) (kill|end|hurt|unalive|off|harm) (yourself|your life|urself)
pattern: (killing|hurting|harming|ending|cutting|unaliving) (yourself|your life|urself) (wont|will not|isnt|is not|doesnt|does not|wouldnt|would not|never) (fix|solve|help|make|be|end|bring|change)
pattern: (suicide|self harm|cutting|killing yourself) (is|isnt|is not|wont be|will never be) (never|not) (the answer|the solution|a solution|the way|the only way)
match: if you kill yourself your family will be devastated
match: killing yourself wont fix anything
nomatch: you should kill yourself
note: a reply arguing someone out of suicide; the support cue lowers the "kill yourself" hit it contains

[en.self_harm.support.depression-lies]
sub: support
weight: 0.3
pattern: (thats|that is|its|it is) (the|your) (depression|illness|brain|disorder|anxiety|mind) (talking|lying)
pattern: (your|the) (depression|brain|mind|illness) (is|are|keeps) (lying|telling you lies)
pattern: (i know|i understand|i get that) (it|that) (feels|seems|might feel) like
pattern: (have|did) (you|u) (told|tell|talked to|spoken to|reached out to|talk to|speak to) (anyone|someone|anybody|your|a)
match: thats the depression talking
match: i know it feels like nobody cares
match: have you told anyone how you feel
nomatch: thats the radio talking
note: reframing in a reply ("I know it feels like everyone would be better off without you, but that's the depression talking")

[en.self_harm.intent.going-to-end-it]
sub: intent
weight: 0.45
target: self
pattern: (im|i am|ill|i will|im going to|im gonna|i want to|i wanna|i need to|i just want to|i might|i should|i tried to|i almost) (just|finally|) end it
match: im going to end it
match: i just want to end it
nomatch: we should end it here and go home
note: "end it" in the first person; also said of relationships ("i want to end it with him"), so medium

[en.self_harm.intent.should-have-died]
sub: intent
weight: 0.7
target: self
pattern: i (should have|shouldve|shoulda|should of) (died|been dead|finished it)
pattern: (wish|wished|wishing) (it|the overdose|my attempt|the pills|the rope|my od) (had worked|would have worked|had killed me|killed me)
pattern: (wish|wished) i (had|would have) died
pattern: (wish|wished) i (hadnt|had not) (survived|woken up)
match: i should have died that night
match: i wish it had worked
match: i wish i hadnt woken up
nomatch: i should have studied more
nomatch: i should have taken more photos on that trip
nomatch: i should've done it right the first time, ikea shelf fell over
nomatch: i wish it worked on mac, only windows
nomatch: wish i had succeeded at the audition but next year
note: regret at surviving an attempt: high risk

[en.self_harm.intent.after-my-overdose]
sub: intent
weight: 0.55
target: self
pattern: (after|since|before|during|from) my (overdose|od|ods|overdoses|hanging attempt|suicide attempt)
pattern: (woke|waking) up in (the|a) (hospital|icu|er|ambulance) after (swallowing|taking|trying|overdosing|cutting|my attempt|my overdose|my od|the overdose|the pills|i tried|i took)
pattern: (woke|waking) up in (the|a) (psych ward|psych unit|psych hospital)
match: since my overdose i cant feel anything
match: i woke up in the hospital after swallowing everything
nomatch: after my workout i feel great
nomatch: woke up in the hospital after my appendix surgery
nomatch: woke up in the er after a car accident, i'm okay now
note: history of an overdose or attempt told in the first person

[en.self_harm.intent.want-to-die-bare]
sub: intent
weight: 0.7
pattern: (want|wanna) (to|) die (so bad|so badly|every day|everyday|all the time|so much|right now|rn|tonight|honestly|again)
pattern: (i|) (feel|felt|feeling) like (dying|ending it all|giving up on life) (every day|everyday|all the time|again|lately|every night)
match: want to die so bad
match: feeling like dying again
nomatch: i want to dye my hair so bad
nomatch: i feel like dying, this flu is brutal
note: the wish to die without a leading "i" (post titles, fragments); "feel like dying" with the flu meets no tail word but stays possible, the hyperbole cues lower "lol" forms

[en.self_harm.intent.thoughts-of-suicide]
sub: intent
weight: 0.5
pattern: (thoughts|thought|urges|urge) (of|about) (suicide|killing myself|ending it|ending my life|dying|hanging myself|overdosing|jumping|sewerslide|unaliving)
match: the thoughts of killing myself came back
match: constant thoughts of dying
nomatch: thoughts of you make me smile
nomatch: images of death in medieval art are fascinating
nomatch: thoughts about death in stoic philosophy help me live better
note: intrusive ideation; also used in awareness text, where the awareness cues lower it

[en.self_harm.intent.cant-handle-life]
sub: intent
weight: 0.4
target: self
pattern: (cant|cannot|can not) (handle|take|do|deal with|bear|stand) (life|living|existing|being alive|being me|this life|my life) (anymore|any longer|any more)
pattern: (it|) hurts (to|so much to) (be alive|exist|live|breathe|wake up|be me)
pattern: (dont|do not) (want|wanna) to do (this|life|it) anymore
match: i cant handle life anymore
match: it hurts to exist
match: i dont want to do this anymore
nomatch: i cant handle spicy food anymore
note: life as unbearable: medium, adds up with other markers

[en.self_harm.intent.dont-belong]
sub: intent
weight: 0.35
target: self
pattern: (i|) (dont|do not|never) (belong|fit) (in this world|on this earth|anywhere|here anymore)
pattern: (i|) (was|wasnt|was never|wasnt ever) (never|) (meant|supposed) to (be born|exist|be alive|be here|live this long)
pattern: (theres|there is) nothing (left|) (for me|here for me) (anymore|here|in this world|)
match: i dont belong in this world
match: i was never meant to be born
match: theres nothing left for me anymore
nomatch: i dont belong to any club
note: thwarted belongingness and futility: weak alone, adds up

[en.self_harm.intent.want-to-give-up]
sub: intent
weight: 0.35
target: self
pattern: i (just|really|) (want|wanna) to give up
pattern: (ive|i have|i) (given|gave) up (on everything|on myself|completely|on getting better)
match: i just want to give up
match: ive given up on everything
nomatch: i gave up sugar for lent
note: giving up: weak alone (studies, diets), adds up with other markers

[en.self_harm.intent.have-the-means]
sub: intent
weight: 0.5
target: self
pattern: (i have|ive got|i got|i now have|i finally have) the (means|pills|rope|gun) (to do it|to end it|now|ready|to go through)
match: i have the means to do it
match: ive got the pills now
nomatch: i have the means to pay rent
nomatch: i got the pills and the pharmacist explained the dosing
nomatch: i got the rope and the carabiners for climbing saturday
note: access to means stated by the writer

# ---------------------------------------------------------------------------------------------
# 2026.11.30.2 additions (h2): passive ideation, planning, goodbyes, self-injury slang, taunts
# ---------------------------------------------------------------------------------------------

[en.self_harm.intent.h2-disappear-forever]
sub: intent
weight: 0.55
target: self
pattern: (want|wanna|wish i could|need) (to|) (just|) (disappear|vanish|fade away) (forever|permanently|and never come back)
pattern: (should|deserve to|gonna|going to|will|ill) (just|) (disappear|vanish|fade away) (forever|permanently)
match: i want to disappear forever
match: wish i could just vanish permanently
match: im so worthless i should just disappear forever
nomatch: i want to disappear for a week on a beach
note: permanent disappearance is passive ideation; a trip or a nap is not ("for a week" does not match)

[en.self_harm.intent.h2-cant-do-this-anymore]
sub: intent
weight: 0.5
target: self
pattern: i (just|really|honestly|literally|seriously|) (cant|cannot|can not) (do|take|handle|bear) (this|it|any of this) (anymore|any more|any longer)
match: i cant do this anymore
match: i honestly cannot take it any longer
nomatch: i cant do this alone, can you help me move the couch
nomatch: i can do this
note: first-person exhaustion said as a whole statement; hyperbole cues (lol, this homework) halve it

[en.self_harm.intent.h2-thinking-about-ending]
sub: intent
weight: 0.7
target: self
pattern: (thinking|thought|think|thinkin|considering|contemplating|planning) (about|of|on|) ending (it|it all|things|everything|my life|my own life)
pattern: (keep|kept|cant stop|been|always) (thinking|thinkin) (about|of) (jumping|hanging myself|overdosing|drowning myself|slitting|the rope|the pills)
match: ive been thinking about ending it
match: i keep thinking about jumping
match: been contemplating ending things
nomatch: thinking about ending it with my boyfriend
nomatch: i keep thinking about jumping into the pool
note: "ending it" with no object named; relationship endings ("ending it with him") and pool jumps are cancelled by the allowlist proposals (h2 allow.lex)

[en.self_harm.intent.h2-end-things]
sub: intent
weight: 0.6
target: self
pattern: (im|i am|ill|i will|gonna|going to|want to|wanna|need to|ready to|just want to|decided to|about to) (just|finally|) end (things|everything|it all)
pattern: (it all|everything) ends (tonight|today|tomorrow|soon|this weekend)
match: im going to end things
match: it all ends tonight
nomatch: im going to end things with him tonight
nomatch: the festival ends tonight
note: ending "things/everything" as a first-person decision; "end things with X" is a breakup (allowlisted)

[en.self_harm.intent.h2-suicidal-gap]
sub: intent
weight: 0.7
pattern: (im|am|feel|feeling|felt|been|getting) ~2 suicidal
pattern: suicidal (again|tonight|today|rn|lately|af|asf|as hell|all day|every day|everyday)
match: feeling really suicidal tonight
match: suicidal again. same as always
nomatch: im not suicidal just tired
note: widens the adjacent "feeling suicidal" to an adverb or two between; negation discounts "not suicidal"; no target, so "shes feeling really suicidal" is read as third person

[en.self_harm.intent.h2-never-born]
sub: intent
weight: 0.7
target: self
pattern: (wish|wished|wishing) (id|i had|i would have|i would|i) never (been born|existed|lived)
match: i wish id never been born
nomatch: i wish id never started that show
note: contracted forms ("i'd") of the never-born wish

[en.self_harm.intent.h2-fantasize-dying]
sub: intent
weight: 0.6
target: self
pattern: (keep|kept|always|constantly|been|cant stop|i) (fantasize|fantasizing|fantasise|fantasising|daydreaming|daydream) about (dying|death|being dead|killing myself|not existing|my death|ending it|ending my life)
match: i keep fantasizing about dying
match: been daydreaming about being dead
nomatch: i keep fantasizing about the beach
note: recurrent fantasies of death are ideation

[en.self_harm.intent.h2-no-future-me]
sub: intent
weight: 0.55
target: self
pattern: (dont|cant|do not|cannot|never) see (a|any) future for (me|myself)
pattern: (dont|cant|do not|cannot) see myself (alive|being alive|being here|here|living) (in|next|by|past|after) ~1 (year|years|month|months|week|summer|christmas|birthday)
match: i dont see a future for myself
match: i cant see myself alive next year
nomatch: i dont see a future for this team
note: hopelessness about the writer's own future

[en.self_harm.intent.h2-plan-and-date]
sub: intent
weight: 0.6
target: self
pattern: (have|got|set|picked|chose|made) (a|the|my) plan and (a|the|my) (date|time|method|way)
pattern: (have|got|set|picked|chose) (a|the|my) (date|time|method) and (a|the|my) (plan|method|place)
match: i have a plan and a date
match: i picked the date and the method
nomatch: we have a plan for the weekend
note: plan plus date or method is a planning marker

[en.self_harm.intent.h2-enough-pills]
sub: intent
weight: 0.65
target: self
pattern: (saved|saving|stockpiled|collected|hoarded|stashed) (up|) enough (pills|meds|tablets|sleeping pills|painkillers|insulin)
pattern: enough (pills|meds|tablets|painkillers|insulin) to (do it|die|end it|end things|kill me|kill myself|overdose|od|not wake up)
match: saved up enough pills to do it
match: i have enough pills to not wake up
nomatch: do we have enough tablets for the trip
note: stockpiling a lethal amount

[en.self_harm.instructions.h2-how-many-it-takes]
sub: instructions
weight: 0.6
pattern: how (many|much) (pills|tablets|sleeping pills|paracetamol|tylenol|ibuprofen|advil|xanax|benadryl|melatonin|insulin|painkillers) (it takes|it would take|to die|to od|to overdose)
pattern: (story|storey|stories|storeys|floor|floors) ~3 (enough to|high enough to) (die|kill|be fatal|not survive)
pattern: (jump|jumping|fall|falling) (off|from) ~4 (enough|high enough) ~2 (die|kill|be fatal|to not survive)
pattern: (is|would) (jumping|a jump|a fall|falling) (off|from) ~4 (enough|fatal|lethal)
match: i looked up how many pills it takes
match: is jumping off a 10 story building enough
match: how many floors are high enough to die
nomatch: how many pills to take for a headache is in the leaflet
note: lethality questions about doses and heights

[en.self_harm.intent.h2-goodbye-sorry]
sub: intent
weight: 0.6
target: self
pattern: (goodbye|bye|farewell) ~5 (sorry for everything|im sorry for everything|please forgive me|forgive me|sorry for being a burden|sorry for being like this)
pattern: (i love you all|love you all|sorry for everything|forgive me) ~4 (goodbye|farewell|this is goodbye)
pattern: my (last|final) (post|message|words|tweet|video) ~6 (thank you|thanks|goodbye|love you|im sorry|forgive me)
match: goodbye everyone, sorry for everything
match: this is my last post. thank you for everything
nomatch: bye guys see you tomorrow
note: farewell combined with apology or thanks reads as a goodbye message

[en.self_harm.intent.h2-read-this-gone]
sub: intent
weight: 0.75
target: self
pattern: (by the time|when|if|once) (you|u|anyone|someone|yall) (read|reads|see|sees|find|finds|get|gets) this ~1 (ill|i will|im|i am) (already|) (be gone|be dead|not be here|gone|dead)
pattern: (read|reads|find|finds|see|sees) this ~2 (wont be here|be in a better place|be gone already)
match: by the time you read this ill be gone
match: when you find this i will be dead
nomatch: by the time you read this ill be on the plane
note: classic note wording; target self because the "you" is the reader, not the person at risk

[en.self_harm.intent.h2-sorry-couldnt-go-on]
sub: intent
weight: 0.65
target: self
pattern: (sorry|forgive me|im sorry) (mom|mum|dad|mother|father|everyone|everybody|guys|all|family|yall|babe|to everyone) ~2 (i|) (couldnt|cant|cannot|could not) (do it|take it|go on|keep going|do this|keep fighting|stay) (anymore|any longer|any more)
match: sorry mom. i couldnt do it anymore
nomatch: sorry i cant make it anymore to practice
note: apology plus giving up reads as a final message

[en.self_harm.intent.h2-wont-be-a-problem]
sub: intent
weight: 0.45
target: self
pattern: (i|soon i|then i|and i) (wont|will not|wont ever|will never|never) be a (problem|burden|bother|nuisance) (for|to) (anyone|anybody|you|u|everyone|everybody|you all|yall|my family) (anymore|much longer|for long|soon|ever again|)
pattern: (wont|will not|dont) have to (deal with|worry about|put up with|see) me (much longer|anymore|for much longer|ever again|soon)
match: soon i wont be a problem for anyone
match: you wont have to deal with me much longer
nomatch: that wont be a problem for anyone
note: implied departure ("you won't have to deal with me") is a goodbye marker; weak, since internships and moves end too

[en.self_harm.intent.h2-sleep-forever]
sub: intent
weight: 0.6
target: self
pattern: (want|wanna|wish|just want|need) (to|i could|i could just) (fall asleep|close my eyes) (forever|for good|permanently|and never wake|and not wake)
pattern: (want|wanna|wish|just want|need) (to|i could|i could just) (sleep|go to sleep|rest) (and never wake|and not wake|permanently)
match: i want to fall asleep forever
nomatch: i could sleep forever
nomatch: i want to sleep forever this weekend
note: wish for endless sleep; "i could sleep forever" (tiredness) has no wish verb

[en.self_harm.intent.h2-how-long-hold-on]
sub: intent
weight: 0.55
target: self
pattern: (dont know|idk|not sure|no idea) how (much|) (longer|long) i (can|could|will|am going to) (hold on|keep going|do this|take this|last|go on|survive|keep living)
match: idk how much longer i can hold on
nomatch: idk how long i can stay at the party
note: "stay" is left out on purpose; holding on and surviving are the marker

[en.self_harm.intent.h2-bullet-head]
sub: intent
weight: 0.75
target: self
pattern: (bullet|gun|pistol|barrel) (in|through|to|into|against) my (head|brain|skull|mouth|temple)
pattern: (put|putting|shoot|shooting) (a|one) bullet (in|through) my
match: gonna put a bullet in my head
nomatch: the bullet hit the target
note: firearm method named against the writer

[en.self_harm.intent.h2-family-means]
sub: intent
weight: 0.5
target: self
pattern: (have|got|took|holding|found|grabbed|stole) (my|) (dads|moms|mums|parents|fathers|brothers|grandpas|stepdads) (gun|guns|pistol|revolver|rifle|pills|meds|sleeping pills|painkillers)
match: i have my dads gun and im thinking about it
nomatch: my dads gun collection is locked up
note: access to a family member's firearm or medication

[en.self_harm.intent.h2-thinking-about-it]
sub: intent
weight: 0.3
target: self
pattern: (and|) (im|i am|ive been|been) (seriously|really|) (thinking|thinkin) about (it|doing it) (again|tonight|now|)
match: i have the pills and im thinking about it
nomatch: im thinking about the exam
note: weak; counts only next to means or plans

[en.self_harm.intent.h2-self-injury-until]
sub: intent
weight: 0.65
target: self
pattern: (scratch|scratching|scratched|pick|picking|picked|bite|biting|bit|hit|hitting|punch|punching|bang|banging|banged|claw|clawing) ~6 (until|till|til|untill) (i|it|they|my knuckles|my skin|my hands|my fingers|my arms|my legs|my head) (bleed|bleeds|bled|bruise|bruises|bruised)
pattern: (scratch|scratching|pick|picking|bite|biting|hit|hitting|punch|punching|bang|banging|burn|burning|bruise|bruising) (myself|my skin|my arms|my arm|my legs|my thighs|my head) ~4 on purpose
match: i scratch myself until i bleed
match: i bang my head against the wall till it bleeds
match: i keep picking at my skin till it bleeds on purpose
match: i punch walls till my knuckles bleed
nomatch: the dog keeps scratching the door
note: non-cutting self-injury to the point of bleeding or bruising

[en.self_harm.intent.h2-hit-myself-when]
sub: intent
weight: 0.55
target: self
pattern: (hit|hitting|punch|punching|slap|slapping|bite|biting|scratch|scratching|burn|burning|pinch|pinching) myself (when|whenever|every time|everytime|until|till|because|to punish|as punishment|so i)
pattern: (burn|burning|burned|burnt) myself ~4 (bad|feel|feeling|punish|cope|numb|sad|angry|upset|overwhelmed|anxious|deserve)
match: i hit myself when im angry at myself
match: i burn myself when it gets bad
nomatch: i always burn myself on the oven tray
note: self-hitting or burning as a habit or punishment

[en.self_harm.intent.h2-deserve-pain]
sub: intent
weight: 0.6
target: self
pattern: i (deserve|need|want) to (bleed|hurt|suffer|feel pain|be in pain|be punished|feel the pain)
pattern: i deserve (the|this|all the|all this|every bit of|the) pain
match: i deserve the pain
match: i deserve to bleed
nomatch: you deserve to feel better
note: self-punishment beliefs that drive self-harm

[en.self_harm.intent.h2-cuts-worse]
sub: intent
weight: 0.65
target: self
pattern: my (cuts|wounds|scars) (are|keep|have been|keep on) (getting|) (deeper|worse|infected|bleeding)
pattern: (cut|cuts|cutting|went) (too|so|way too) deep ~6 (stitches|tell|hospital|bleeding|stop|scared|hide)
pattern: (my|both) (wrists|wrist|arms|arm|thighs|thigh|legs) (are|is) (all|so|completely|) (cut up|sliced up|torn up|scarred up)
pattern: (my|both) (wrists|wrist|thighs|thigh) (are|is) (all|so|completely|still|) bleeding
match: my cuts are getting deeper
match: cut too deep, might need stitches but cant tell anyone
match: my wrists are all cut up
nomatch: my cuts are healing nicely
nomatch: my arm is bleeding because the cat scratched me
note: escalating or medically serious self-injury

[en.self_harm.intent.h2-blade-new-cuts]
sub: intent
weight: 0.4
target: self
pattern: (new|fresh|sharp|sharper|sharpest) (blade|blades|razor blades)
pattern: (new|fresh|more) (cuts|wounds|gashes) (tonight|today|again|on my|lol|ugh|hurt|sting)
match: got a new blade
nomatch: i bought a new razor for shaving
note: blades and fresh wounds: weak alone, adds up

[en.self_harm.intent.h2-new-blade-new-cuts]
sub: intent
weight: 0.6
target: self
pattern: (new|fresh|sharp) (blade|blades|razor) ~2 (new|fresh|more|deep|deeper) (cuts|wounds|scars)
match: new blade, new cuts
nomatch: new blade on the mower, clean cuts on the lawn
note: acquiring a blade and new wounds together

[en.self_harm.instructions.h2-sharpener]
sub: instructions
weight: 0.55
pattern: (took apart|take apart|taking apart|unscrewed|unscrew|broke open|smashed open|breaking open|break open) ~2 (sharpener|sharpeners|pencil sharpener)
pattern: (sharpener|sharpeners|razor|razors|shaver) ~3 (for|to get) the (blade|blades)
match: took apart my sharpener for the blade
nomatch: my sister broke the pencil sharpener
nomatch: took apart my razor to clean it
note: getting a blade out of a sharpener or razor is a self-harm marker

[en.self_harm.intent.h2-cat-scratches]
sub: intent
weight: 0.6
target: self
pattern: cat (scratches|scratch|scratched) ~6 (dont tell|do not tell|hide|hiding|sleeves|again|relapsed|relapse|deeper|iykyk|if you know|wink|not a cat|no cat|dont have a cat|dont own a cat)
pattern: (gave myself|got new|new|fresh|more|deep|deeper) cat (scratches|scratch)
match: got new cat scratches lol dont tell anyone
match: gave myself cat scratches again
nomatch: my cat scratches everything in the house
note: "cat scratches" is a cover story and algospeak for self-harm wounds

[en.self_harm.intent.h2-ctb-when]
sub: intent
weight: 0.7
target: self
pattern: ctb (soon|tonight|tomorrow|today|rn|now|this week|this weekend|next week|when|after|before|method|plan|date)
pattern: catch the bus ~6 (iykyk|if you know you know|forever|one way|final|last stop|permanently)
match: ctb soon
match: might catch the bus tonight if you know you know
nomatch: catch the bus at 7 tomorrow
note: "ctb" (catch the bus) timing and the coded "one way" bus

[en.self_harm.intent.h2-birthday]
sub: intent
weight: 0.55
target: self
pattern: (not gonna|not going to|wont|will not|dont think ill|dont think i will) (make it|live|be alive|be here|be around|survive) (to|until|till|til|past|through) my (next|) birthday
match: im not gonna make it to my birthday
nomatch: im not gonna make it to your birthday sorry
note: not expecting to live to a date of one's own

[en.self_harm.intent.h2-pain-stop-forever]
sub: intent
weight: 0.6
target: self
pattern: (pain|it|everything|this|all of it) to (stop|end|go away) (forever|for good|permanently)
match: i just want the pain to stop forever
nomatch: the pain went away after the surgery
note: permanence marks the wish as ending life, not pain relief

[en.self_harm.intent.h2-feel-like-dying]
sub: intent
weight: 0.5
target: self
pattern: i (feel|felt|am feeling) like dying
match: i feel like dying
nomatch: you feel like dying after leg day lol
note: first-person only; hyperbole cues (workout, lol) halve it

[en.self_harm.intent.h2-casual-want-to-die]
sub: intent
weight: 0.7
target: self
pattern: (lowkey|highkey|ngl|tbh|honestly|fr|deadass|genuinely|seriously|rlly|really) ~1 (wanna|want to|wana) (die|be dead|unalive|kms|not exist)
match: lowkey wanna die
match: ngl i wanna die
nomatch: ngl i wanna dye my hair
note: teen register of "i want to die" without the pronoun

[en.self_harm.intent.h2-pointless-out]
sub: intent
weight: 0.55
target: self
pattern: (life|lifes|living|everything) (is|feels) (so|just|completely|) (pointless|meaningless|hopeless) ~4 (im out|im done|goodbye|bye|give up|giving up|end it|why bother|want out)
match: life is pointless, im out
nomatch: this meeting is pointless, im out
note: hopelessness plus an exit statement

[en.self_harm.intent.h2-wish-hit-by]
sub: intent
weight: 0.6
target: self
pattern: (hope|hoping|wish|pray|praying) (i|that i) (get|gets|got) (hit|run over|killed) by (a|the|an) (car|bus|truck|train|lorry|drunk driver)
match: i hope i get hit by a car
nomatch: i hope i dont get hit by a car on this bike lane
note: passive death wish; restates the existing entry at a weight that flags

[en.self_harm.promotion.h2-do-it-coward]
sub: promotion
weight: 0.75
target: other
pattern: (do it|just do it|then do it|go do it|go on do it) (coward|cowards|pussy|already coward|you coward|u coward|you wont|u wont|attention seeker|attention whore|nobody cares)
pattern: (you|u|ya) (wont|will never|would never|dont have the balls to|are too scared to|r too scared to) (actually|even|) (do it|go through with it|kill yourself|kys|jump)
pattern: stop (talking|posting|crying|whining) about it and (just|) (do it|jump|kys)
match: do it coward
match: you wont actually do it
match: stop talking about it and just do it
nomatch: just do it already, the deadline is friday
note: taunting a suicidal person to act

[en.self_harm.promotion.h2-flip-off-building]
sub: promotion
weight: 0.7
target: other
pattern: (do|go do) a (flip|backflip|front flip) (off|from) (a|the|your|ur) (building|roof|bridge|cliff|balcony|skyscraper|window)
match: do a flip off a building
nomatch: he did a flip off the diving board
note: meme phrasing telling someone to jump

[en.self_harm.promotion.h2-romanticise-self-harm]
sub: promotion
weight: 0.65
pattern: self harm (is|are) (beautiful|pretty|aesthetic|romantic|poetic|art|freedom)
pattern: (cutting|sh|selfharm|self harm|burning myself|burning yourself) is (a|the) (great|good|best|only|perfect|easy) (way|coping|cope|method|fix|release)
pattern: (cutting|sh|selfharm|self harm) ~6 (try it|you should try|u should try)
match: self harm is beautiful
match: cutting is a great way to cope, try it
nomatch: self harm is never the answer
note: presenting self-harm as attractive or as a good coping method

[en.self_harm.intent.h2-wont-be-here]
sub: intent
weight: 0.6
target: self
pattern: (dont think|doubt|not sure|dont know if) (ill|i will|im gonna|im going to|i am going to|i) (be here|be alive|be around|make it|survive|still be here) (next|by|much|tomorrow|for|past|until|till|to see|after)
match: i dont think ill be here next week
nomatch: i dont think ill be late
note: doubting one's own survival; travel plans ("i dont think ill be here next week, visiting my aunt") are a known ambiguity
source: h2 probe set 2

[en.self_harm.intent.h2-last-message-to]
sub: intent
weight: 0.55
target: self
pattern: (this is|this will be|this may be|this might be|heres) my (last|final) (message|text|words|goodbye|letter) (to|for) (you|u|you guys|yall|everyone|you all|my|all)
match: this will be my last message to you guys
nomatch: this is my last post for the year
note: a final message addressed to people
source: h2 probe set 2

[en.self_harm.intent.h2-cant-live-like-this]
sub: intent
weight: 0.45
target: self
pattern: i (just|really|honestly|) (cant|cannot|can not) (keep living|go on living|live|keep going) like this (anymore|any longer|any more|)
match: i cant keep living like this
nomatch: we cant keep doing it like this
note: unbearable life; hyperbole cues discount jokes about wifi or weather
source: h2 probe set 2

[en.self_harm.intent.h2-scars-fresh]
sub: intent
weight: 0.55
target: self
pattern: my (scars|cuts|wounds|marks) (are|look|feel|got) (fresh|open|new|raw|bleeding) (again|now|today|)
pattern: (reopened|re opened|opened up|picked open) my (scars|cuts|wounds|old cuts)
match: my scars are fresh again
match: i reopened my cuts
nomatch: my scars are faded now
note: fresh or reopened self-harm wounds
source: h2 probe set 2

[en.self_harm.instructions.h2-which-pills-kill]
sub: instructions
weight: 0.75
pattern: (which|what) (pills|meds|drugs|medication|medicine|method|methods|way|poison|household chemicals) (would|will|could|can|is|are) (kill|end|finish) (me|you|someone|a person|myself) (fastest|quickest|painlessly|fast|quickly|quick|for sure|)
match: which pills would kill me fastest
nomatch: which pills would help me sleep
note: asking for a lethal method
source: h2 probe set 2

[en.self_harm.promotion.h2-you-should-honestly-die]
sub: promotion
weight: 0.85
target: other
pattern: (you|u|ya) (should|need to|ought to|deserve to|better) (honestly|really|literally|seriously|fr|actually|probably|just|go) ~1 (die|kys|unalive|rope|kill yourself|hang yourself)
match: you should honestly just die
nomatch: you should honestly just try it
note: widens "you should just die" with an adverb between
source: h2 probe set 2

[en.self_harm.intent.h2-at-height-going-to-jump]
sub: intent
weight: 0.75
target: self
pattern: (on|at|in) (the|a|this|my) (roof|bridge|ledge|rooftop|balcony|cliff|edge|overpass|tracks|train tracks|top floor|parking garage) ~5 (gonna|going to|about to|ready to|want to|wanna|will) (jump|do it|end it|let go)
match: im on the roof and im going to jump
nomatch: were on the roof and im going to grill burgers
note: at a height or on tracks with stated intent to act
source: h2 probe set 2

[en.self_harm.intent.h2-noose-up]
sub: intent
weight: 0.7
target: self
pattern: (put|putting|hung|hanging|set|setting|tied|tying) (up|) (a|my|the) noose (up|today|tonight|ready|again|)
pattern: (the|my) noose (is|s) (up|ready|tied|hanging|waiting)
match: i put the noose up today
match: my noose is ready
nomatch: the noose in the western movie looked fake
note: prepared ligature
source: h2 probe set 2

[en.self_harm.intent.h2-drive-into]
sub: intent
weight: 0.7
target: self
pattern: (gonna|going to|want to|wanna|will|might|about to|thinking about|tempted to|urge to|ready to) ~2 (drive|swerve|steer|crash|jump) (my car|) (into|in front of) (oncoming traffic|traffic|a truck|a tree|a wall|a pole|the river|the lake|a train|an oncoming car)
match: im going to drive into oncoming traffic
nomatch: im going to drive into town later
note: vehicle as a method, stated as intent
source: h2 probe set 2

[en.self_harm.intent.h2-tonight-i-end-it]
sub: intent
weight: 0.65
target: self
pattern: (tonight|today|tomorrow|this weekend) (i|im gonna|ill|im going to) (end it|end things|do it|die|go through with it|kill myself|finally do it)
match: ive decided. tonight i end it
nomatch: tonight i do laundry
note: dated decision to act
source: h2 probe set 2

[en.self_harm.intent.h2-saying-goodbye]
sub: intent
weight: 0.55
target: self
pattern: (saying|said|say|sending) (goodbye|goodbyes|my goodbyes|my last goodbyes) to (everyone|everybody|all|the people|my family|my friends) (i love|i care about|who matters|i know|)
pattern: (if|when) i (dont|do not|stop) (post|reply|respond|answer|text|come online|show up|wake up) ~3 (you know why|youll know why|thats why|know what happened|im gone|im dead|i did it)
match: im saying goodbye to everyone i love
match: if i dont post tomorrow, you know why
nomatch: if i dont reply tomorrow its because my phone died
note: farewell and "you'll know why" messages
source: h2 probe set 2

[en.self_harm.intent.h2-happier-without-me]
sub: intent
weight: 0.7
target: self
pattern: (everyone|everybody|they|family|people|world|parents|friends|yall|theyd|theyll|everyones) ~3 (happier|easier|relieved|more peaceful|so much better) without me
match: everyone would be happier without me
nomatch: the pizza would taste better without me burning it
note: perceived burdensomeness
source: h2 probe set 2

[en.self_harm.intent.h2-want-it-over]
sub: intent
weight: 0.45
target: self
pattern: (want|wish|need) (it|it all|everything|all of it|all of this|my life) to be over (already|forever|for good|)
match: i just want it to be over
nomatch: i just want this semester to be over
note: weak alone (exams, bad days); adds up with pain or hopelessness
source: h2 probe set 2

[en.self_harm.intent.h2-in-so-much-pain]
sub: intent
weight: 0.25
target: self
pattern: (im|i am|i|been) (in|living in) (so much|constant|unbearable|too much) (pain|emotional pain|agony)
match: im in so much pain
nomatch: my knee was in pain
note: weak signal that only counts together with a wish for it to end
source: h2 probe set 2

[en.self_harm.intent.h2-wanna-be-gone]
sub: intent
weight: 0.45
target: self
pattern: i (just|really|honestly|) (want|wanna) (to|) be gone
match: i just wanna be gone
nomatch: i want to be good at this
note: bare "be gone"; trips with a time are a known ambiguity left at the flag line
source: h2 probe set 2

[en.self_harm.intent.h2-point-of-trying]
sub: intent
weight: 0.55
target: self
pattern: (whats|what is|wats) (even|) the point (of|in) (even|) (trying|living|going on|anything|fighting) ~3 (im done|done|give up|giving up|goodbye|anymore|no one cares)
pattern: (tired|sick|exhausted) of waking up (every day|everyday|each day|every morning|in this body|alive|at all)
match: whats the point of even trying, im done
match: tired of waking up every day
nomatch: whats the point of trying to fix the printer
note: futility with a giving-up statement
source: h2 probe set 2

[en.self_harm.intent.h2-blade-only-thing]
sub: intent
weight: 0.6
target: self
pattern: (blade|blades|razor|razors|cutting|sh|selfharm|self harm) (is|are) the only (thing|one|friend) (that|who|which) (understands|helps|gets|calms|works|keeps)
pattern: i (miss|crave|am craving|need) (cutting|sh|selfharm|self harm|the blade|my blade|bleeding) (so much|so bad|so badly|again|rn|right now|tonight|lately|every day)
pattern: (cutting|sh|selfharm|self harm|bleeding|burning myself) (makes|make|made) me (feel alive|feel better|feel something|feel real|feel calm|feel in control|calm)
match: the blade is the only thing that understands me
match: i miss cutting so much
match: cutting makes me feel alive
nomatch: cutting carbs makes me feel better
note: attachment to self-harm as a coping method
source: h2 probe set 2

[en.self_harm.intent.h2-drank-poison]
sub: intent
weight: 0.7
target: self
pattern: i (drank|swallowed|drunk|chugged|ingested) (some|a bottle of|a cup of|the|) (bleach|antifreeze|drano|rat poison|poison|weed killer)
match: i drank bleach
nomatch: i drank coffee
note: ingestion of a poison reported by the writer
source: h2 probe set 2

[en.self_harm.intent.h2-gone-no-one-cares]
sub: intent
weight: 0.65
target: self
pattern: (nobody|noone|no one) (will|would|is going to|gonna) (even|) (notice|care|miss me|cry) (when|once|after|if) (im|i am|i was|i|ive) (gone|dead|die|died|disappeared|disappear)
pattern: (nobody|noone|no one) (will|would) (even|) (notice|care|miss me|cry) (when|once|after|if) i (left|leave) (forever|for good|this world|this earth)
pattern: (if|when|once) i (disappeared|died|was gone|were gone|killed myself|disappear|die|vanished) ~4 (no one|nobody|noone) (would|will|wouldnt|even) (care|notice|miss me|cry|even notice|even care)
match: nobody will even notice when im gone
match: if i disappeared tomorrow no one would care
nomatch: nobody will notice when i leave the party early
nomatch: nobody would notice if i left the party early
note: perceived insignificance of one's death or disappearance
source: h2 probe set 3

[en.self_harm.intent.h2-funeral-daydream]
sub: intent
weight: 0.55
target: self
pattern: (keep|kept|always|constantly|been|cant stop|i) (imagining|picturing|planning|thinking about|daydreaming about|imagine|picture) my (own|) funeral
match: i keep imagining my own funeral
nomatch: i keep imagining my wedding
note: recurrent funeral imagery about oneself
source: h2 probe set 3

[en.self_harm.intent.h2-wrote-goodbye-letter]
sub: intent
weight: 0.65
target: self
pattern: (wrote|written|writing|write|left|leaving|finished|drafted) (a|my|the|some|all my) (suicide|final|last) (letter|note|letters|notes|message|messages|video|text)
match: i wrote my last letter to my sister
nomatch: i wrote a thank you letter to my teacher
note: farewell writing by the writer
source: h2 probe set 3

[en.self_harm.intent.h2-only-option]
sub: intent
weight: 0.7
pattern: (suicide|sewerslide|killing myself|ending it|unaliving|ctb|ending my life|dying by suicide) (is|seems|feels|looks) (like|) (the|my) (only|best|last|easiest|one) (option|answer|way|solution|choice|way out|escape|thing left)
pattern: (the|my) (only|last) (way out|option|escape|solution|answer|choice) (is|would be|left is) (death|dying|suicide|to die|killing myself|sewerslide|ending it|ending my life|ctb)
match: sewerslide seems like the only option
match: the only way out is death
nomatch: the only way out is through the back door
nomatch: death is the only option in this video game level, you have to respawn
note: suicide framed as the only option; bare "death is the only option" is left out (games)
source: h2 probe set 3

[en.self_harm.promotion.h2-relieved-if-you-died]
sub: promotion
weight: 0.8
target: other
pattern: (would|will|d|gonna) be (happier|relieved|better|glad|better off|thrilled|so happy) (if|when) (you|u) (died|were dead|was dead|killed yourself|disappeared|were gone|kys|just died|unalived)
match: your parents would be relieved if you died
nomatch: your parents would be relieved if you called them
note: telling someone their death would be welcome
source: h2 probe set 3

[en.self_harm.intent.h2-scars-from-cutting]
sub: intent
weight: 0.55
target: self
pattern: (scars|cuts|marks|wounds) ~5 from (cutting|sh|selfharm|self harm|self harming|cutting myself|the blade|my blade|burning myself)
match: i have scars all over my thighs from cutting
nomatch: i have scars on my knee from a bike crash
note: self-harm scars disclosed; recovery framing discounts old, healed scars
source: h2 probe set 3

[en.self_harm.intent.h2-considering-suicide]
sub: intent
weight: 0.7
target: self
pattern: (im|been|am|keep|seriously|was|really|actually|i|honestly) ~2 (considering|contemplating) (suicide|sewerslide|killing myself|ending my life|ending it|unaliving|ctb|an overdose|overdosing)
match: im really considering suicide
nomatch: im really considering a new job
note: widens "im considering suicide" with adverbs between
source: h2 probe set 3

[en.self_harm.intent.h2-want-it-to-end]
sub: intent
weight: 0.55
target: self
pattern: i (just|really|honestly|) (want|wish|need) (it|it all|everything|my life|life) to (end|stop) (forever|for good|now|already|)
pattern: (life|my life) has no (meaning|point|purpose) (for me|anymore|to me|at all)
match: life has no meaning for me anymore and i want it to end
match: i just want it all to stop
nomatch: i want the noise to stop
note: wish for life to end; "the noise" or a named thing does not match
source: h2 probe set 3

[en.self_harm.intent.h2-cant-wait-to-die]
sub: intent
weight: 0.7
target: self
pattern: (cant|cannot|can not) wait to (die|be dead|not exist|unalive|kms|be gone|finally die)
match: cant wait to die honestly
nomatch: cant wait to dive in the ocean
note: longing for death
source: h2 probe set 3

[en.self_harm.intent.h2-hidden-means]
sub: intent
weight: 0.55
target: self
pattern: (hid|hide|hiding|stashed|stash|hidden) (a|the|my) (knife|razor|blade|blades|pills|rope|gun|belt) (under|in|inside|behind) my (pillow|bed|mattress|room|drawer|closet|bag|desk) (for tonight|tonight|just in case|for later|for when|for after)
match: i hid a knife under my pillow for tonight
nomatch: i keep a knife in my bag for cutting fruit
note: concealed means kept close
source: h2 probe set 3

[en.self_harm.intent.h2-ending-it]
sub: intent
weight: 0.6
target: self
pattern: (im|i am|ill be|i will be) (just|finally|seriously|really|) ending it (all|tonight|today|now|soon|for good|)
pattern: (cant|cannot|can not) take (the|this|my|all this|all the) pain (anymore|any longer|any more)
match: i cant take the pain anymore, im ending it
nomatch: the pain anymore is worse at night
note: present-tense decision to end it; "ending it with him" is allowlisted
source: h2 probe set 3

[en.self_harm.intent.h2-sh-helps-cope]
sub: intent
weight: 0.6
target: self
pattern: (self harming|selfharming|self harm|selfharm|cutting|sh|shing|burning myself|hurting myself|cutting myself) (helps|help|is how i|makes|lets) (me|) (cope|deal|calm down|feel better|relax|feel in control|breathe)
match: self harming helps me cope
nomatch: talking helps me cope
note: self-harm as a coping tool
source: h2 probe set 3

[en.self_harm.intent.h2-stopped-existing-no-one-cares]
sub: intent
weight: 0.65
target: self
pattern: (no one|nobody|noone) (would|will|wouldnt) (even|) (care|notice|miss me|realize) ~1 (if|when) i ~5 (forever|gone|dead|died|die|disappeared|existing|vanished|for good|breathing)
match: no one would care if i just stopped showing up forever
nomatch: no one would care if i just stopped showing up to practice
note: perceived insignificance with a permanent absence
source: h2 probe set 4

[en.self_harm.intent.h2-how-easy-to-end]
sub: intent
weight: 0.7
target: self
pattern: (how easy|how simple|how quick|how quickly|how painless) it (would be|is|could be|would have been) to (just|) (end it|die|kill myself|jump off|end my life|end things|let go|step off|step in front|swerve|overdose|disappear forever)
pattern: (cant|cannot) stop (thinking|thinkin) about how (easy|simple|quick|painless) it (would be|is) ~2 (end it|die|kill myself|end things)
match: cant stop thinking about how easy it would be to just end it
nomatch: i cant stop thinking about how easy it would be to bake this
nomatch: how easy it would be to just jump on a train to paris
note: rumination on the ease of a method; "jump on a train" does not match (only "jump off"). The "cant stop thinking" pattern exists so that its "cant" is inside the hit and is not read as a negation
source: h2 probe set 4

[en.self_harm.intent.h2-do-it-this-time]
sub: intent
weight: 0.45
target: self
pattern: (im|i|ill) (gonna|going to|will) (actually|really|finally|) (do it|go through with it) (this time|tonight|for real|for good)
pattern: (one day|someday|eventually|this time) (im|i|ill) (actually|really|finally|) (going to|gonna|will) (do it|go through with it)
match: im gonna do it this time, im not scared anymore
match: one day im actually going to do it
nomatch: im gonna try it this time
note: an unnamed "it" stated as a decision; this is context-dependent and sits on the flag line
source: h2 probe set 4

[en.self_harm.intent.h2-counting-down-to-die]
sub: intent
weight: 0.7
target: self
pattern: counting down ~4 (until|till|til|to) ~3 (die|dead|death|end it|kill myself|leave this world|ctb|my last day)
match: im counting down the days until i can finally die
nomatch: counting down the days until i can finally go home
note: anticipating one's own death
source: h2 probe set 4

[en.self_harm.intent.h2-stash-of-pills]
sub: intent
weight: 0.45
target: self
pattern: (stash|supply|stockpile|collection|hoard|pile) of (pills|meds|tablets|painkillers|sleeping pills|razors|blades|razor blades)
match: i have a stash of pills for when im ready
nomatch: i have a stash of candy for movie night
note: stockpiled means
source: h2 probe set 4

[en.self_harm.intent.h2-for-when-ready]
sub: intent
weight: 0.3
target: self
pattern: (for|until) when (im|i am|i) (ready|decide|do it|finally do it|go through with it)
match: saving them for when im ready
nomatch: im not ready
note: weak; counts only next to means
source: h2 probe set 4

[en.self_harm.intent.h2-wish-id-die]
sub: intent
weight: 0.7
target: self
pattern: (wish|hope|hoping|pray|praying) (id|i would|i could|i will|i) (just|) (die|drop dead|be dead|get killed|not wake up) (in|from|during|of|tonight|soon|already)
match: sometimes i wish id just die in a car crash
nomatch: i wish i could dive in the ocean more
note: contracted wishes for death by accident or illness
source: h2 probe set 4

[en.self_harm.intent.h2-welcome-death]
sub: intent
weight: 0.55
target: self
pattern: (i|) (welcome|welcoming|embrace|am ready for|look forward to|looking forward to) (death|dying|the end|my death)
match: i welcome death
nomatch: i welcome feedback
note: acceptance of one's death as a goal; the negation in "not scared of death" is part of the pattern
source: h2 probe set 4

[en.self_harm.intent.h2-pretend-to-want-life]
sub: intent
weight: 0.7
target: self
pattern: pretending (i want to|to want to|i wanna|that i want to) (be alive|live|be here|exist|keep going|stay)
match: im tired of pretending i want to be alive
nomatch: tired of pretending i want to go to the gym
note: concealed wish not to live
source: h2 probe set 4

[en.self_harm.intent.h2-no-point-living]
sub: intent
weight: 0.65
target: self
pattern: (dont|cant|do not|no longer|never) see (the|any) point (in|of) (living|life|being alive|existing|going on|staying alive|waking up|my life)
pattern: (idk|dont know|do not know|not sure) why (im|i am|i) (still|even) (alive|living|breathing|exist|existing|bother living)
match: i honestly dont see the point in living anymore
match: idk why im still alive tbh
nomatch: idk why im still here at work
nomatch: i dont see the point in this meeting
note: futility about one's own life
source: h2 probe set 5

[en.self_harm.intent.h2-sh-got-bad]
sub: intent
weight: 0.6
target: self
pattern: (sh|selfharm|self harm|cutting|my cutting|the cutting|the urges|my urges) (got|is getting|has gotten|getting|has been|is) (so|really|) (bad|worse|out of hand|deeper|worse again)
pattern: (need|want|crave|craving|miss) (to feel|feeling) the (blade|razor|sting|cut|pain) (again|so bad|rn|tonight|)
pattern: (scratched|cut|sliced|carved|dragged|slashed) (my|both) (arms|arm|wrists|wrist|thighs|thigh|legs|skin|stomach|hips) (with|using) (a|the|my) (razor|blade|knife|scissors|glass|compass|sharpener blade|broken glass)
match: my arms are a mess rn, sh got bad
match: i need to feel the blade again
match: i scratched my arms with a razor last night
nomatch: the cutting board is getting worse
note: escalation of self-harm and self-injury with a tool
source: h2 probe set 5

[en.self_harm.intent.h2-relapse-days-gone]
sub: intent
weight: 0.6
target: self
pattern: relapsed ~4 (days|weeks|months|streak|year|years|clean time) (gone|wasted|down the drain|reset|ruined|for nothing|lost)
match: i relapsed. 200 days gone
nomatch: relapsed on sugar, my diet streak is ruined lol
note: a broken self-harm streak; other relapses are ambiguous and may also match
source: h2 probe set 5

[en.self_harm.intent.h2-whole-bottle]
sub: intent
weight: 0.7
target: self
pattern: (took|swallowed|downed|ate|popped|taking|swallowing) (my|the|a|an) (whole|entire|full) (bottle|pack|packet|box|strip|prescription) of (pills|meds|tablets|antidepressants|sleeping pills|painkillers|tylenol|advil|paracetamol|ibuprofen|xanax|insulin|medication|prozac|zoloft|lexapro|melatonin|benadryl|aspirin|lithium|seroquel)
match: i took my whole bottle of antidepressants
nomatch: i took my whole bottle of vitamins with me on the trip
note: ingestion of an entire supply
source: h2 probe set 5

[en.self_harm.promotion.h2-party-if-you-died]
sub: promotion
weight: 0.75
target: other
pattern: (party|celebrate|celebrating|celebration|cheer|dance) ~4 (if|when) (you|u) (died|die|were dead|kys|killed yourself|disappeared|unalived|roped)
match: ur family would throw a party if u died
nomatch: we will throw a party if you win
note: telling someone their death would be celebrated
source: h2 probe set 5

[en.self_harm.intent.h2-sh-shorthand]
sub: intent
weight: 0.6
target: self
pattern: (went|going|go|got|cut|cutting|reached|reaching) (styro|styrofoam|beans)
pattern: i (shd|shed|shd again) (again|tonight|today|last night|yesterday|earlier)
pattern: (gonna|going to|about to|wanna|want to|need to|finna|ima|imma) sh (tonight|again|now|rn|today|later|so bad|)
pattern: doing sh (for|since|again|every|daily|a lot|more)
pattern: (want|wanna) (to|) be unalive
match: i went styro last night
match: im gonna sh
match: been doing sh for 2 years
match: i wanna be unalive
nomatch: the dog shed again
note: self-harm shorthand ("sh", "styro", "beans") in the forms teens use
source: h2 algospeak battery

[en.self_harm.intent.h2-habitual-self-injury]
sub: intent
weight: 0.55
target: self
pattern: i (burn|cut|hit|scratch|bruise|punch|carve) myself (sometimes|often|regularly|every day|every night|daily|when|whenever|at night|most nights|to cope|to feel)
match: i burn myself sometimes
match: i cut myself when im sad
nomatch: i burned myself on the stove
note: present-tense habitual self-injury
source: h2 algospeak battery

[en.self_harm.intent.h2-goodbye-letter-weak]
sub: intent
weight: 0.45
target: self
pattern: (wrote|written|writing|write|left|leaving|finished|drafted) (a|my|the|some|all my) (goodbye|farewell) (letter|note|letters|notes|message|messages|video|text)
match: i wrote a goodbye letter to my sister
nomatch: i wrote a thank you letter to my teacher
note: goodbye letters are also written when leaving a job or school, so this is weak alone
source: h2 benign battery

[en.self_harm.intent.h2-not-scared-of-death]
sub: intent
weight: 0.35
target: self
pattern: (not|no longer|not even) (scared|afraid) (of death|of dying|to die) (anymore|now|at all|)
match: im not scared of death anymore
nomatch: im scared of spiders
note: weak alone (near-death experiences, faith); adds up with "i welcome it"
source: h2 benign battery

[en.self_harm.intent.h2-cant-keep-living]
sub: intent
weight: 0.5
target: self
pattern: i (just|really|honestly|) (cant|cannot|can not) (keep living|go on living|live anymore|keep on living|keep existing)
match: the pain is too much, i cant keep living
nomatch: i cant keep lying to her
note: on the flag line; "like this" continuations (apartments, jobs) are a known ambiguity
source: h2 probe set 4

[en.self_harm.intent.h2-feel-like-ending-it]
sub: intent
weight: 0.6
target: self
pattern: (feel|feeling|felt) like (ending it|ending it all|ending things|ending my life|giving up on life|disappearing forever|unaliving|killing myself)
pattern: (urge|urges|temptation|need) to (end it|end it all|end my life|kill myself|die|unalive|overdose|od) (is|are|has been|was|keeps|getting)
pattern: (suicide|killing myself|ending it|sewerslide|unaliving|ending my life) (is|has been|was|keeps being) (always|constantly|all|) on my mind
match: i just feel like ending it
match: the urge to end it is so strong today
match: suicide is on my mind constantly
nomatch: i feel like ending the call
note: present urges and preoccupation; "ending it with him" is allowlisted
source: h2 probe set 6

[en.self_harm.intent.h2-cut-every-day]
sub: intent
weight: 0.6
target: self
pattern: (ive|i|been|i have) (cut|shed|sh|been cutting|been shing) (every day|everyday|every night|daily|all week|multiple times today|twice today|again today|three times)
pattern: (harder|hard|impossible|struggling|difficult) (to|) not (to|) (hurt|cut|harm|kill|burn) myself
match: ive cut every day this week
match: its getting harder to not hurt myself
nomatch: i cut coupons every day
note: frequent self-harm, and losing the struggle not to (the "not" sits inside the hit so it is not read as a negation)
source: h2 probe set 6

[en.self_harm.intent.h2-funeral-nobody]
sub: intent
weight: 0.6
target: self
pattern: (nobody|no one|noone) (would|will) (even|) (come to|go to|show up to|show up at|attend|cry at|care about) my funeral
match: nobody would even come to my funeral
nomatch: nobody came to my party
note: imagined funeral with nobody there
source: h2 probe set 6

[en.self_harm.intent.h2-never-wake-wish]
sub: intent
weight: 0.65
target: self
pattern: (want|wanna|wish|hope|hoping) ~4 (and never wake up|and not wake up|never wake up again|and never wake again|to never wake up)
match: i just want to stop feeling and never wake up
nomatch: i never wake up on time
note: wish not to wake, with a few words between
source: h2 probe set 6

[en.self_harm.instructions.h2-hide-self-harm-noticing]
sub: instructions
weight: 0.7
pattern: (cut|cutting|sh|selfharm|self harm|burn|burning|hurt yourself|hurt myself) ~2 without (anyone|people|parents|my parents|them|your parents|family|anybody|teachers) (noticing|knowing|seeing|finding out)
match: how do people cut without anyone noticing
nomatch: how do people cut hair without a mirror
note: concealment of self-harm
source: h2 probe set 6

[en.self_harm.intent.h2-ready-to-die]
sub: intent
weight: 0.6
target: self
pattern: (im|i am|i feel|i think im) (so|just|finally|really|honestly|) ready to (die|leave this world|end it|be dead)
pattern: (im|i am|i feel|i think im) (so|just|finally|really|honestly|) ready to go (forever|for good|now goodbye|to sleep forever|to the other side|home to god)
match: im ready to die
nomatch: i'm ready to go, are you guys coming?
nomatch: im ready to dye my hair
note: readiness for death; "die on this hill" and "ready to go (somewhere)" are allowlisted or out of pattern
source: h2 probe set 6

# ---------------------------------------------------------------------------------------------
# h4 (round 2): indirect at-risk writing - veiled goodbyes, means, hiding, relapse, dares
# ---------------------------------------------------------------------------------------------

[en.self_harm.intent.h4-veiled-goodbye-thanks]
sub: intent
weight: 0.5
target: self
pattern: (thank you|thanks|thank u|ty) (so much|) for everything ~3 (i mean it|i really mean it|i mean that|i mean everything|truly i mean it|take care of yourself|take care of yourselves|take care of each other|look after yourself|look after each other|please remember me|remember me)
pattern: (take care of yourself|take care of yourselves|take care of each other|look after each other) ~3 (i love you all|love you all|i mean it|for me|when im gone|after im gone|goodbye)
match: thank you for everything, i mean it. take care of yourselves
match: take care of each other for me ok
nomatch: thank you for everything coach, best season ever
note: veiled goodbye: gratitude framed as a last word ("i mean it", "take care of each other"); weak alone, sincere-sounding farewells
source: h4 probes

[en.self_harm.intent.h4-care-for-my-pet-after]
sub: intent
weight: 0.6
target: self
pattern: (if anything happens|if something happens|if anything happens to me|when im gone|after im gone|once im gone|if im gone|if im not here|when im not here|if im not around|if i dont make it|if i dont come back|after i go) ~6 (take care of|look after|feed|watch over|love|keep) (my|mom|dad|mum)
pattern: (take care of|look after|feed|watch over|keep) my (cat|dog|cats|dogs|pets|pet|fish|hamster|bunny|rabbit|plants|little sister|little brother|sister|brother|mom|mum) ~4 (if anything happens|when im gone|after im gone|once im gone|if im gone|if im not here|if im not around|for me when|after i go|if i dont come back)
match: if anything happens pls take care of my cat for me
match: please look after my dog when im gone
nomatch: can you take care of my cat while im on vacation
note: arranging care for pets or siblings "if anything happens" / "when I'm gone" is a classic veiled-goodbye warning sign
source: h4 probes

[en.self_harm.intent.h4-tell-them-im-sorry]
sub: intent
weight: 0.5
target: self
pattern: (tell|please tell|pls tell|make sure) (my|to my) (mom|mum|dad|parents|family|sister|brother|little sister|little brother|friends|kids|grandma|grandpa|boyfriend|girlfriend) (im sorry|i love them|i love her|i love him|i said goodbye|that im sorry|that i love them|that i love her|that i love him|it wasnt their fault|it wasnt her fault|it wasnt his fault|it wasnt their fault)
match: tell my mom i'm sorry
match: please tell my family i love them
nomatch: tell my mom dinner is ready
note: asking someone to pass on an apology or love to family reads as a last message
source: h4 probes

[en.self_harm.intent.h4-if-i-die-dont]
sub: intent
weight: 0.55
target: self
pattern: (if|when|once) (i die|i died|im gone|im dead|i go|i dont wake up|anything happens to me|something happens to me|i do it|im not here anymore) ~4 (dont be sad|dont cry|dont blame yourself|dont blame yourselves|its not your fault|it wasnt your fault|dont miss me|please forgive me|forgive me|remember i loved|know that i loved|i love you|i loved you)
pattern: whatever happens ~3 (its not your fault|it is not your fault|dont blame yourself|dont blame yourselves|know that i love you|remember i love you|i love you all|please forgive me)
match: if i die tomorrow dont be sad
match: whatever happens, its not your fault
nomatch: if i die in the zombie apocalypse its your fault lol
note: pre-emptive reassurance of survivors ("don't blame yourself") is a veiled goodbye
source: h4 probes

[en.self_harm.intent.h4-favor-if-i-disappeared]
sub: intent
weight: 0.65
target: self
pattern: (doing|do|id be doing) (everyone|everybody|the world|my family|my parents|them|you all|yall|the planet|this world) a (favor|favour|service) (if|by|when) (i|just|) ~1 (disappeared|disappearing|died|dying|was gone|were gone|wasnt here|wasnt around|killed myself|killing myself|ended it|ending it|vanished|not existing|stopped existing|left forever|jumped|offed myself)
match: i'd be doing everyone a favor if i disappeared
match: honestly doing the world a favor by dying
nomatch: i'd be doing everyone a favor if i brought snacks
note: "a favour to everyone if I died" is burden ideation
source: h4 probes

[en.self_harm.intent.h4-shouldnt-exist]
sub: intent
weight: 0.6
target: self
pattern: i (shouldnt|should not|dont deserve to|do not deserve to|was never meant to|wasnt meant to) (exist|have been born|be born|be alive|still be alive|still be here|be on this earth)
pattern: i (feel like|think|know) i (shouldnt|should not) (exist|be here|be alive)
match: i feel like i shouldnt exist
match: i was never meant to be born
nomatch: dinosaurs shouldnt exist in this movie
note: belief one should not exist; sits between worthlessness and ideation
source: h4 probes

[en.self_harm.intent.h4-no-reason-to-keep-going]
sub: intent
weight: 0.6
pattern: (no|zero|not a single|not one|not any|no more) (reason|reasons|point) (for me|left|anymore|) to (keep going|go on|keep living|stay alive|be here|wake up|get up anymore|keep fighting|keep trying|hold on|exist)
pattern: (cant|cannot|dont) (find|see|think of) (a|any|one|a single) (reason|reasons) to (keep going|go on|keep living|stay alive|be here|live|exist|wake up)
match: theres no reason for me to keep going
match: i cant find a single reason to stay alive
nomatch: there's no reason to stay late today, the boss is out
note: loss of reasons to live, phrased around "keep going" and "stay"; "stay" alone is ambiguous, weight kept moderate
source: h4 probes

[en.self_harm.intent.h4-cant-even-die-right]
sub: intent
weight: 0.75
pattern: (cant|couldnt|cannot|could not) (even|) (die|kill myself|end it|off myself|unalive myself|overdose|od|hang myself) (right|properly|correctly|successfully)
pattern: (cant|couldnt) even (die|kill myself|end it|do that) (right|properly) ~3 (hospital|woke up|still here|survived|again|attempt|pills)
pattern: (hospital|woke up|still here|survived|pills|overdose|od|attempt) ~6 (cant|couldnt) even do (that|this|it) (right|properly)
match: woke up in the hospital again. cant even do that right
match: i cant even die right
nomatch: i cant even do that right, my cake collapsed
note: self-reproach for a failed attempt ("can't even die right") is a recent-attempt disclosure
source: h4 probes

[en.self_harm.intent.h4-hospital-again]
sub: intent
weight: 0.35
target: self
pattern: (woke|waking|wake) up in (the|a) (hospital|icu|er|emergency room|psych ward|ward) (again|once again|with tubes|with my stomach pumped|and im still here|and im still alive)
match: woke up in the hospital again
nomatch: woke up in the hospital after my appendix surgery
note: weak alone (chronic illness), adds up with attempt words
source: h4 probes

[en.self_harm.intent.h4-hide-arms-sleeves]
sub: intent
weight: 0.6
pattern: (long sleeves|longsleeves|sleeves|hoodie|hoodies|jacket|sweater|sweaters|sweatshirt|bracelets|bandaids|band aids|makeup|concealer|jeans|leggings) ~8 (so|so that) (no one|nobody|noone|people|my parents|my mom|my mum|my dad|anyone|teachers|they|nobody will|no one will) (can|will|wont|doesnt|dont|) (see|sees|notice|notices|ask|asks|find|finds|question) (my|about my) (arms|arm|wrists|wrist|thighs|thigh|legs|cuts|scars|marks|burns|skin)
pattern: (long sleeves|hoodie|hoodies|sweater|sweaters|jacket) (in|during|all) (summer|july|august|june|the summer|the heat|a heatwave|90 degrees|100 degrees|pe|gym class) ~6 (arms|wrists|cuts|scars|marks|hide|hiding|cover|covering|notice|see|sees)
match: wearing long sleeves in july so no one sees my arms
match: bracelets so my mom doesnt notice my wrists
nomatch: wearing long sleeves in july because the office ac is freezing
note: concealing arms, wrists or thighs from others (sleeves in summer, bracelets) is a common self-harm concealment disclosure
source: h4 probes

[en.self_harm.intent.h4-not-wake-up-wish]
sub: intent
weight: 0.7
target: self
pattern: (wish|hope|hoping|pray|praying|want) (i could|to|i would|id|that i|i) (just|) (not|never) wake up (tomorrow|again|anymore|ever|in the morning|)
pattern: (does anyone else|anyone else|do you ever|does anybody else) ~6 (hope|wish|want|pray) ~3 (not wake up|dont wake up|never wake up|wont wake up|to die|they were dead|they were never born|to disappear forever|to not exist|they didnt exist)
match: i wish i could just not wake up tomorrow
match: does anyone else just lie in bed and hope they dont wake up
nomatch: i hope i dont wake up late tomorrow
note: "wish I could not wake up"; vent posts often ask "does anyone else ..." about their own wish to die
source: h4 probes

[en.self_harm.intent.h4-tallest-bridges]
sub: intent
weight: 0.6
target: self
pattern: (tallest|highest|biggest) (bridge|bridges|building|buildings|cliff|cliffs|parking garage|parking garages|rooftop|rooftops|roof|roofs|overpass|overpasses) (near me|around me|around here|nearby|close to me|in my town|in my city|i can get to|i can access|to jump|to jump from|to jump off)
pattern: (looking up|looked up|googling|googled|searching|searched|researching|scouting|checking out) ~3 (bridges|bridge|rooftops|roof|cliffs|parking garages|train tracks|tall buildings) ~3 (near me|nearby|jump|to jump|high enough|fatal|around me)
match: been looking up the tallest bridges near me
match: googling which parking garages near me are high enough
nomatch: the tallest buildings in the world are in dubai
note: researching nearby heights is method research
source: h4 probes

[en.self_harm.intent.h4-pills-lined-up]
sub: intent
weight: 0.6
target: self
pattern: (pills|meds|tablets|painkillers|sleeping pills|blades|razors|razor blades) ~2 (lined up|laid out|counted out|all counted|spread out|sorted out|in a pile|piled up|out on my desk|out on my bed|in my hand|in my hands)
pattern: (counted|counting|lined up|lining up|laid out|laying out) (out|up|) (my|the|all my|all the) (pills|meds|tablets|painkillers|sleeping pills|blades|razors)
match: i have the pills lined up on my desk
match: counted out all my pills tonight
nomatch: lined up the chairs in the hall
note: means laid out and ready
source: h4 probes

[en.self_harm.intent.h4-miss-the-blade]
sub: intent
weight: 0.65
target: self
pattern: (miss|missing|crave|craving|want|need|love) (the|that) (feeling|feel|sting|sight|rush|relief) of (the|my|a|) (blade|blades|razor|razors|cutting|blood|bleeding|cuts|burning)
pattern: (only thing|only way|one thing|nothing else|nothing) (that|which|) (helps|works|calms me|calms me down|makes me feel|numbs it|stops it) ~2 (is|but|except|other than) (cutting|sh|selfharm|self harm|bleeding|burning myself|hurting myself|the blade|my blade|cutting myself|hitting myself)
match: i miss the feeling of the blade ngl
match: the only thing that helps is cutting
nomatch: i miss the feeling of the sun on my skin
note: longing for self-harm and naming it as the only coping
source: h4 probes

[en.self_harm.intent.h4-wont-see-age]
sub: intent
weight: 0.6
target: self
pattern: (dont|do not|not) (plan|planning|expect|expecting|intend) (on|to) (seeing|see|making it to|make it to|living to|live to|reaching|reach|turning|turn|being alive at|being here at|being alive for|being around for) (16|17|18|19|20|21|25|30|sixteen|seventeen|eighteen|twenty|twenty one|thirty|adulthood|my next birthday|next year|next christmas|my birthday|the new year|summer)
pattern: (i|) (wont|will not|will never|never gonna|not gonna) (see|make it to|live to see|live to|turn|reach) (16|17|18|19|20|21|25|30|sixteen|seventeen|eighteen|twenty|twenty one|thirty|adulthood)
match: i dont plan on seeing 18
match: i wont make it to 20 anyway
nomatch: i dont plan on seeing that movie
note: not expecting to reach an age or date is a timed intent signal
source: h4 probes

[en.self_harm.intent.h4-quieter-if-i-wasnt-here]
sub: intent
weight: 0.6
target: self
pattern: (easier|better|simpler|quieter|calmer|happier|lighter|nicer|cheaper|peaceful) (for everyone|for everybody|for them|for my family|for my parents|) (if|once|when) i (just|) (wasnt|werent|was not|were not) (around|here|alive|existing) (anymore|any more|at all|)
pattern: (easier|better|simpler|quieter|calmer|happier|lighter|nicer|cheaper|peaceful) (if|once|when) i (wasnt|werent|was not|were not) (in the picture|in the way|in their lives|in this world)
match: it would be so much quieter if i wasnt around anymore
match: everything would be easier if i just wasnt here
nomatch: the meeting would be quieter if i wasnt presenting
note: perceived burdensomeness: the home/world would be better without the writer
source: h4 probes

[en.self_harm.intent.h4-car-in-garage]
sub: intent
weight: 0.7
pattern: (sit|sat|sitting|sleep|lie|lay|lying) in (my|the) car in (the|a|my) (garage|closed garage|shut garage) ~6 (engine|motor|car) (running|on|idling)
pattern: (engine|motor|car) (running|on|idling) ~6 (not|never|dont) (turn|turning|switch|switching) it off
match: i sit in my car in the garage with the engine running and just think about not turning it off
nomatch: sitting in my car in the garage listening to music
note: idling car in a closed garage is a carbon monoxide method
source: h4 probes

[en.self_harm.intent.h4-masking-fine]
sub: intent
weight: 0.3
target: self
pattern: (telling|tell|told|keep telling|keep saying|say|said) (everyone|everybody|people|them|my parents|my mom|my friends|my therapist) (im|i am|that im|that i am) (fine|okay|ok|good|alright) (but|when) (honestly|really|actually|in reality|im not|i am not|inside|i)
pattern: (asking|ask|asks|asked) (if|whether) (im|i am) (okay|ok|fine|alright) (and|but) (i|) (keep|just|always) (lying|lie|say yes|say im fine|pretend)
pattern: (cant|cannot|can not|tired of|sick of|done) (keep|keeping|) (pretending|faking|acting like) (im|i am|to be|that im|like im) (okay|ok|fine|alright|happy|good)
match: i keep telling everyone im fine but honestly i'm not
nomatch: i told everyone im fine and i really am
note: masking distress; weak, adds up with plan or method words
source: h4 probes

[en.self_harm.intent.h4-planning-how]
sub: intent
weight: 0.3
target: self
pattern: (planning|planned|plan|figured out|figuring out|worked out|working out|decided) (how|when|where) (to|ill|i will|im going to|im gonna|i am going to|i) (do it|end it|end things|go|die|finally do it|kill myself)
pattern: i (finally|) (know|decided|figured out) (how|when|where) (im going to|ill|i will|im gonna|to) (do it|end it|end things|die)
match: ive been planning how to do it
match: i think i finally know how im going to do it
nomatch: we are planning how to do the fundraiser
note: planning "how to do it" without naming it; weak (it may be anything), adds up with masking or distress
source: h4 probes

[en.self_harm.intent.h4-waste-of-oxygen]
sub: intent
weight: 0.55
target: self
pattern: (im|i am|im just|im such|i feel like|i feel like im|im nothing but|i am nothing but|ive always been) (a|such a|) waste of (oxygen|air|breath|life|a life|skin)
pattern: (im|i am|im just|im such|i feel like im) (a|such a) waste of (space and oxygen|space and air|air and space|oxygen and space)
match: i'm just a waste of space and oxygen
match: im such a waste of oxygen
nomatch: that meeting was a waste of oxygen
note: "waste of oxygen/air" about oneself implies not deserving to breathe; stronger than plain "waste of space"
source: h4 probes

[en.self_harm.intent.h4-relapse-after-clean]
sub: intent
weight: 0.85
pattern: (clean|sh free|cut free|free) (for|) ~3 (days|weeks|months|day|week|month|year|years) ~6 (relapsed|relapse|slipped|slipped up|cut again|did it again|broke it|gone|ruined|messed it up|reset)
pattern: (relapsed|cut again|slipped up) ~6 (after|) ~2 (days|weeks|months|year|years) (clean|free|sh free)
match: clean for 30 days and i relapsed tonight
match: relapsed after 3 months clean
nomatch: 30 days clean and still going strong
note: a broken clean streak is a current self-harm disclosure; the weight offsets the recovery cue the streak words themselves trigger
source: h4 probes

[en.self_harm.intent.h4-cuts-deep]
sub: intent
weight: 0.6
target: self
pattern: (the|my|these|those) (cuts|cut|wounds|scratches|burns) (are|were|was|is|got) (so|really|too|way too|pretty|) (deep|deeper|bad|worse) (this time|tonight|again|now|today|than before|than last time)
pattern: i (cut|burned|burnt|scratched|hit|hurt) (myself|) (again|tonight|last night|yesterday) ~4 (worse|deeper|than before|than last time)
match: i relapsed and the cuts are deep this time
match: i cut again last night its worse than before
nomatch: the cuts in the budget are deep this time
note: escalating self-injury
source: h4 probes

[en.self_harm.intent.h4-decided-done]
sub: intent
weight: 0.5
target: self
pattern: (ive decided|i decided|ive made up my mind|i made up my mind|my mind is made up|decision made|ive made my decision|i made my decision) ~4 (done fighting|done|giving up|letting go|its time|not fighting|no more fighting|this is it|im going)
pattern: (im|i am) (done|finished|through) fighting (this|it|anymore|any more|for my life|to stay alive|to live|myself)
match: i've decided. i'm done fighting
match: im done fighting this
nomatch: i've decided to go to the party, i'm done studying
note: resolved decision to stop fighting (for life)
source: h4 probes

[en.self_harm.intent.h4-last-day-alive]
sub: intent
weight: 0.7
target: self
pattern: my last (day|night|week|weekend|birthday|christmas) (on earth|alive|on this earth|of living|in this world|here on earth|breathing)
pattern: (today|tonight|tomorrow|friday|saturday|sunday|monday|this) (is|will be|might be) my last (day|night) (on earth|alive|on this earth|of living|in this world|breathing)
match: tomorrow is my last day on earth
nomatch: friday is my last day at this job
note: timed last day, named as the last day alive
source: h4 probes

[en.self_harm.promotion.h4-nobody-would-stop-you]
sub: promotion
weight: 0.75
target: other
pattern: (do it|just do it|jump|go ahead|go on|then do it) (already|then|) ~4 (nobody|no one|noone) (would|will|is gonna|is going to|gonna|wants to|even wants to) (stop|miss|save|mourn|cry for) (you|u|ya)
pattern: (do it|just do it|jump|go ahead|go on) (already|then|) ~4 (nobody|no one|noone) (cares|would care|will care) (if|whether|when) (you|u|ya) (die|died|do|did|jump|jumped|live|lived|kill|killed|go)
pattern: (nobody|no one|noone) (cares|would care|will care) (if|whether|when) (you|u|ya) (die|died|live or die|kill yourself|kys|jump) ~4 (just do it|do it already|jump already|go do it|do it then|so do it)
match: just do it already nobody would stop you
match: nobody cares if you die just do it
nomatch: just do it already, nobody cares about the typos
nomatch: nobody cares if you fail, just do it
note: egging someone on to act on suicidal talk ("just do it, nobody would stop you")
source: h4 probes

[en.self_harm.intent.h4-wouldnt-mind-dying]
sub: intent
weight: 0.6
target: self
pattern: (wouldnt|would not|wouldn|dont|do not|honestly wouldnt|really wouldnt) (mind|care about) (dying|being dead|not waking up|if i died|if i didnt wake up|if i never woke up|death|getting hit by a car|getting hit by a bus|a fatal accident)
pattern: (if|when) i (died|die) (tomorrow|tonight|today|soon) ~2 (id be|ill be|im|i d be|i would be) (ok|okay|fine|happy|relieved|glad|cool|good|at peace) (with that|with it|)
pattern: (if|when) i (didnt wake up|dont wake up|never woke up) ~2 (id be|ill be|im|i would be) (ok|okay|fine|happy|relieved|glad|cool|good|at peace) (with that|with it|)
match: i'm not suicidal but i wouldn't mind dying
match: honestly if i died tomorrow i'd be ok with that
nomatch: i wouldn't mind a pizza right now
note: passive death wish ("wouldn't mind dying", "fine if I died tomorrow")
source: h4 probes batch 2

[en.self_harm.intent.h4-think-about-not-being-here]
sub: intent
weight: 0.6
pattern: (think|thinking|thought|dream|dreaming|fantasize|fantasizing) about (just|) (not being here anymore|not being here at all|not existing|not being alive|not waking up|disappearing forever|being dead|no longer existing|not being around|no longer being here|never waking up)
match: sometimes i think about just not being here anymore
nomatch: i think about not being here next year since we are moving
note: rumination on not existing (passive ideation)
source: h4 probes batch 2

[en.self_harm.intent.h4-cant-wait-over-for-good]
sub: intent
weight: 0.5
target: self
pattern: (cant wait|waiting|wait) (for|until|till|til) (it all|all of this|all this|everything|this life|my life|the day i die|it) (to be over|to end|is over|ends) (for good|forever|permanently)
pattern: (cant wait|waiting) (for|until|till) (it all|all of this|all this|everything|my life|this life) (to|) (end|be over|is over)
match: cant wait for all of this to be over for good
nomatch: cant wait for the exam to be over
note: waiting for life itself to be over
source: h4 probes batch 2

[en.self_harm.intent.h4-voices-telling-me]
sub: intent
weight: 0.7
target: self
pattern: (voices|voice|my brain|my head|my mind|something|my thoughts|the thoughts|my depression|it) (keep|keeps|are|is|kept|keeps on|wont stop) (telling|saying|screaming|whispering|yelling|begging) (me|) (to|that i should|i should|i need to) (end it|die|kill myself|jump|cut|hurt myself|do it|end my life|overdose|disappear|end things|hang myself|unalive myself)
pattern: (voices|voice|my brain|my head|my mind|my thoughts|the thoughts|my depression|intrusive thoughts) (say|says|said|tell|tells|told|whisper|whispers) (me|) (to|that i should|i should|i need to|i have to|i must|i deserve to) (end it|die|kill myself|jump|cut|hurt myself|end my life|overdose|end things|hang myself|unalive myself|bleed)
match: the voices say i should end it and i think theyre right
match: the voices keep telling me to end it
match: my brain keeps telling me to kill myself
nomatch: my brain keeps telling me to eat cake
note: command-like intrusive thoughts towards self-harm or suicide
source: h4 probes batch 2

[en.self_harm.intent.h4-do-something-stupid]
sub: intent
weight: 0.5
target: self
pattern: (going to|gonna|might|about to|will|afraid ill|scared ill|afraid i will|scared i will|worried ill|feel like ill|think ill) do something (stupid|drastic|permanent|dangerous|irreversible|i cant undo|bad) (tonight|soon|today|to myself|right now|rn|i can feel it|if)
match: i'm going to do something stupid tonight i can feel it
nomatch: i'm going to do something stupid: karaoke with the team on friday
note: veiled warning of imminent self-harm ("do something stupid tonight")
source: h4 probes batch 2

[en.self_harm.intent.h4-dont-trust-myself-with]
sub: intent
weight: 0.7
target: self
pattern: (dont|do not|cant|cannot|no longer) trust myself (with|around|near|alone with|to be near|to be around) (the|my|a|any|those|these) (knives|knife|pills|meds|medication|razor|razors|blades|blade|gun|guns|rope|belt|car|balcony|bridge|bottle|sharp things|scissors)
match: i dont trust myself with the knives in the kitchen right now
nomatch: i dont trust myself with a credit card lol
note: fear of acting on urges around means
source: h4 probes batch 2

[en.self_harm.intent.h4-if-you-see-this-sorry]
sub: intent
weight: 0.6
target: self
pattern: (mom|mum|dad|mother|father|family|everyone|guys|yall|babe|sis|bro|grandma|grandpa) ~2 (if|when) (you|u|yall|anyone) (see|read|find|sees|reads|finds) this ~3 (im sorry|im so sorry|i love you|forgive me|goodbye|sorry|please forgive|it wasnt your fault)
match: mom if you see this im sorry
nomatch: mom if you see this happy birthday!!
note: a message addressed to family "if you see this" with an apology is a goodbye
source: h4 probes batch 2

[en.self_harm.intent.h4-affairs-in-order]
sub: intent
weight: 0.4
target: self
pattern: (put|putting|getting|got|get|have|had) (my|all my) (affairs|things|life|stuff|papers) in order ~4 (before i|for when|so nobody|so no one|for my family|just in case|in case|for after|goodbye)
pattern: (put|putting) my affairs in order
match: i put my affairs in order
nomatch: getting my things in order for the move
note: weak alone (wills, surgery), adds up with goodbye or plan words
source: h4 probes batch 2

[en.self_harm.instructions.h4-poisonous-enough]
sub: instructions
weight: 0.65
pattern: (poisonous|toxic|lethal|deadly|strong) enough to (kill|end) (a person|someone|me|you|a human|myself|a human being|an adult|a teenager)
pattern: (what|which) ~3 (would|will|could|can) (kill|end) (a person|someone|me|myself|a human) (fast|quickly|painlessly|instantly|in my sleep|without pain|for sure)
match: what household stuff is poisonous enough to kill a person
nomatch: is this plant poisonous enough to hurt my dog
note: researching lethality of substances
source: h4 probes batch 2

[en.self_harm.intent.h4-saving-meds]
sub: intent
weight: 0.6
target: self
pattern: (saving|saved|stockpiling|stockpiled|hoarding|hoarded|collecting|collected|stashing|stashed) (up|) (my|all my|all of my|the|some of my) (pills|meds|tablets|medication|antidepressants|sleeping pills|painkillers|insulin|prescription|xanax|lithium|oxy|oxys|benzos|seroquel|adderall) (for|instead|in a|under|just in case|until|so i|to)
pattern: (saving|saved|stockpiling|stockpiled|hoarding|hoarded|collecting|stashing|stashed) (up|) (my|all my|all of my|the) (antidepressants|sleeping pills|painkillers|insulin|xanax|lithium|benzos|seroquel|meds|pills)
match: been saving up my antidepressants
match: hoarding my sleeping pills under my bed
nomatch: saving my allowance for a switch
note: stockpiling prescribed medication is a means-access warning sign
source: h4 probes batch 2

[en.self_harm.intent.h4-took-many-pills]
sub: intent
weight: 0.7
target: self
pattern: (took|taken|swallowed|downed|popped|ate|chugged|take|taking) (like|about|around|over|almost|) (10|12|14|15|16|18|20|25|30|40|50|60|100|ten|twelve|fifteen|twenty|thirty|forty|fifty) (of my|of the|of|my|) (pills|sleeping pills|meds|tablets|advil|tylenol|ibuprofen|paracetamol|xanax|painkillers|benadryl|melatonin|antidepressants|aspirin|pain pills|seroquel|lithium)
pattern: i (odd|oded|odeed|overdosed|overdose) on (my|her|his|the|some|all my|all the) (meds|pills|antidepressants|tablets|medication|sleeping pills|painkillers|insulin)
match: i took 20 of my sleeping pills an hour ago
match: i od'd on my meds last week and nobody knows
nomatch: i took 2 advil for my headache
note: large pill counts or an overdose on one's own medication (recent attempt)
source: h4 probes batch 2

[en.self_harm.intent.h4-found-me-before]
sub: intent
weight: 0.65
target: self
pattern: (found|caught|stopped|interrupted|walked in on) me before i (could|got to|managed to) (finish it|finish the job|do it|go through with it|die|end it|jump|take them|take the pills|get it done)
match: my friends found me before i could finish it
nomatch: my mom found me before i could finish my homework
note: interrupted attempt
source: h4 probes batch 2

[en.self_harm.intent.h4-still-want-to-die]
sub: intent
weight: 0.75
target: self
pattern: i (kinda|kind of|literally|actually|sometimes|often|legit) (want|wanna|wish) (to|i could|i was|i were|) (die|be dead|kill myself|disappear forever|stop existing|not exist|end it)
pattern: i (just|) (want|wanna) to die (still|again|even now|anyway|and nobody)
match: i literally want to die
nomatch: i kinda want to dye my hair pink
note: adverb-modified wish to die; hedged adverbs (kinda, literally) stay below the persistent ones

[en.self_harm.intent.h4-persistent-want-to-die]
sub: intent
weight: 0.85
target: self
pattern: i (still|seriously|always|constantly|genuinely|truly|honestly still|really still) (want|wanna|wish) (to|i could|i was|i were|) (die|be dead|kill myself|stop existing|not exist|end it|end my life)
match: i got out of the psych ward yesterday and i still want to die
match: i genuinely want to die
nomatch: i still want to dine there
note: persistent or sincere wish to die, strong enough to survive a treatment mention nearby
source: h4 probes batch 2

[en.self_harm.intent.h4-almost-did-it]
sub: intent
weight: 0.65
pattern: (almost|nearly|so close to|came close to|was about to) (jumped|jumping) (tonight|today|last night|yesterday|off|from|in front)
pattern: i (almost|nearly) (did it|went through with it|killed myself|ended it|overdosed|hung myself|took the pills|took them all|cut too deep|let go|stepped off|swallowed them|ended it all|od|odd|pulled the trigger)
match: i almost jumped tonight
match: i nearly went through with it last night
nomatch: i almost jumped out of my seat lol
note: near-attempt disclosure
source: h4 probes batch 2

[en.self_harm.intent.h4-head-banging]
sub: intent
weight: 0.5
target: self
pattern: (hit|hitting|bang|banging|banged|bash|bashing|slam|slamming|slammed|punch|punching) my head (on|against|into) (the|a|my) (wall|walls|floor|desk|door|mirror|table) (until|till|again|so hard|when|whenever|every time|everytime|over and over|to feel|because)
pattern: (pulling|pulled|pull|ripping|ripped) (my|out my) hair (out|) (again|until|till|to feel|when|whenever|every night) ~4 (hitting|hit|banging|scratching|bleed|bleeds|bald|hurt)
match: started pulling my hair out again and hitting my head on the wall
match: i bang my head against the wall until it hurts
nomatch: banging my head against the wall over this bug
note: head-banging and hair-pulling as self-injury (with repetition or pain words; the idiom stays clean)
source: h4 probes batch 2

[en.self_harm.intent.h4-sharpener-razor]
sub: intent
weight: 0.6
target: self
pattern: (razor|razors|blade|blades) (from|out of|outta) (my|a|the|pencil) (sharpener|sharpeners|pencil sharpener|shaver|shavers|disposable razor)
pattern: (use|using|used) (a|the|my) (sharpener|shaver) (blade|blades|razor) (to|on|for)
match: i use a razor from my sharpener
nomatch: a razor from the drugstore
note: improvised blades (pencil sharpener) are a self-harm tell
source: h4 probes batch 2

[en.self_harm.intent.h4-covering-story]
sub: intent
weight: 0.6
target: self
pattern: (band aids|bandaids|bandages|scars|cuts|marks|bruises|burns|my arms|my wrists) ~6 (thinks|think|thought|believes|believe|believed|assume|assumes) (i|it was|its|they were|theyre|it was just) (fell|the cat|a cat|an accident|from the cat|clumsy|tripped|from sports|from the dog)
pattern: (told|tell|telling|said|say|lied|lie|lying) ~3 (it was|its|they were|theyre|they are) (the cat|a cat|my cat|an accident|from the cat|from falling|from a fall|from sports) ~4 (arms|wrists|cuts|scars|marks|thighs|burns|bruises)
match: im covered in band aids and my mom thinks i fell
match: i told everyone it was the cat but my wrists are from me
nomatch: covered in band aids after the hike
note: cover stories for injuries
source: h4 probes batch 2

[en.self_harm.intent.h4-relapsed-after-time]
sub: intent
weight: 0.6
pattern: (relapsed|relapse|slipped up|cut again|sh again|shed again) (after|) (almost|nearly|like|) (a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|1|2|3|4|5|6|7|8|9|10|11|12|30|60|90|100) (days|weeks|months|years|day|week|month|year)
pattern: (cut|sh|shed|relapsed|burned myself|burnt myself|hurt myself) (again|) for the first time in (months|weeks|a year|years|ages|a while|forever|days|so long|a long time)
match: relapsed after 6 months, i feel so stupid
match: just cut for the first time in months
nomatch: relapse rates after 6 months were lower in the study
note: a relapse counted in time is a current self-harm disclosure
source: h4 probes batch 2

[en.self_harm.intent.h4-urges-bad-tonight]
sub: intent
weight: 0.5
target: self
pattern: (the|my|these|those) (urges|urge) (are|is|were|was|have been|keep|keeps getting|are getting|is getting) (so|really|too|super|way too|getting|) (bad|strong|loud|intense|unbearable|overwhelming|worse|hard to fight|hard to resist) (tonight|today|rn|right now|lately|again|this week|and)
pattern: (might|going to|gonna|about to|will|probably|scared ill|afraid ill) give in (to the urges|to the urge|tonight|and cut|and sh|and relapse)
match: the urges are so bad tonight i might give in
nomatch: the urge to eat the whole pizza is real lol
note: acute urges (self-harm vocabulary: "the urges")
source: h4 probes batch 2

[en.self_harm.intent.h4-cut-to-feel]
sub: intent
weight: 0.6
target: self
pattern: (feel something|feel anything|feel pain|feel real|feel alive|stop feeling|the numbness|numb|punish myself|calm down) ~4 (so i|i|then i|so ill|so i just) (cut|sh|burn|burned|burnt|bleed|hurt myself|hit myself|scratch|carve)
pattern: i (cut|burn|hurt|hit|scratch) (myself|) (to|so i can|so i) (feel something|feel anything|feel alive|feel real|stop feeling|punish myself|calm down|cope)
match: i need to feel something so i cut
match: i burn myself to feel something
nomatch: i cut the cake to calm down before the party
note: self-injury as emotion regulation
source: h4 probes batch 2

[en.self_harm.intent.h4-picking-scars]
sub: intent
weight: 0.5
target: self
pattern: (picking|pick|picked|scratching|scratch|scratched|ripping|reopening|reopen|tearing) (at|open|) my (scars|scabs|cuts|wounds) (until|till|til|open|again|so they|on purpose|every night|to make them)
pattern: (cant|cannot|can not|couldnt) stop (picking|scratching|ripping|tearing|reopening) (at|open|) my (scars|scabs|cuts|wounds)
match: i cant stop picking at my scars until they open
nomatch: stop picking at your scabs or theyll scar
note: reopening wounds deliberately
source: h4 probes batch 2

[en.self_harm.intent.h4-sleep-stay-asleep]
sub: intent
weight: 0.6
target: self
pattern: (sleep|go to sleep|fall asleep|asleep) and (stay asleep|never wake|not wake|stay that way|never come back|not come back|stay there|never open my eyes|not open my eyes)
match: i want to go to sleep and stay asleep
nomatch: i want to go to sleep and stay in bed until noon
note: wish for permanent sleep

[en.self_harm.intent.h4-want-to-sleep-forever]
sub: intent
weight: 0.45
target: self
pattern: (want|wanna|wish i could|just want to|need to) (just|) sleep forever
pattern: (want|wanna|wish i could|just want to|need to) (go to|fall) (sleep|asleep) forever
match: i'm so tired i just want to sleep forever
match: i just wanna go to sleep forever man
nomatch: i could sleep forever after that hike
note: weak alone ("after finals I want to sleep forever"); adds up with distress words
source: h4 probes batch 2

[en.self_harm.intent.h4-no-point-in-anything]
sub: intent
weight: 0.5
pattern: (dont|cant|do not|cannot|no longer) see (the|any) point (in|of) (anything|everything|any of it|any of this|trying|life|going on|doing anything) (anymore|any more|at all|)
pattern: (whats|what is|wats) (even|) the point (in|of) (staying|sticking around|hanging on|holding on|being here|still being here|waking up|getting up)
match: i dont see the point in anything anymore
match: nothing is ever going to change so whats the point in staying
nomatch: i dont see the point of this meeting
note: anhedonia and hopelessness about staying or waking up
source: h4 probes batch 2

[en.self_harm.intent.h4-life-is-pain]
sub: intent
weight: 0.4
target: self
pattern: (life|living|existing|my life|everything|being alive) (is|feels like|has been) (just|only|nothing but|constant|pure) (pain|suffering|torture|hell|misery|agony)
match: life is just pain and i want out
nomatch: leg day is just pain lol
note: weak alone; adds up with "i want out", "i'm done"
source: h4 probes batch 2

[en.self_harm.intent.h4-leave-this-world]
sub: intent
weight: 0.7
pattern: (want|wanna|ready|going|need|about|planning|plan|deserve) to (leave|exit|escape|depart) (this world|this earth|this life|earth|the world|this planet|life) (for good|forever|behind|now|tonight|soon|already|)
pattern: (planning|thinking|thought|decided|dreaming) (on|about|of) (leaving|exiting|departing) (this world|this earth|this life|the world) (for good|forever|soon|tonight|)
match: im planning on leaving this world
match: i want to leave this world
nomatch: i want to leave this town
note: euphemism for dying
source: h4 probes batch 2

[en.self_harm.intent.h4-disappointed-still-alive]
sub: intent
weight: 0.7
target: self
pattern: (disappointed|upset|sad|angry|mad|annoyed|pissed|devastated|gutted|bummed) (that|) (im|i am|i was|i) (still alive|still here|alive|still breathing|survived|didnt die|made it through the night)
pattern: (disappointed|upset|sad|angry|mad|annoyed|pissed) (to|i|that i) (woke|wake|waking) up (again|alive|this morning|every morning|today|another day)
match: everyday i wake up disappointed that i'm still alive
match: disappointed i woke up again
nomatch: disappointed i woke up late and missed the bus
note: dismay at surviving the night
source: h4 probes batch 2

[en.self_harm.intent.h4-hoping-something-kills-me]
sub: intent
weight: 0.6
target: self
pattern: (hoping|hope|praying|wish|wishing|waiting for) (something|someone|anything|a car|a truck|god|the universe|cancer|an accident|a bus|a disease|the cancer) (will|would|could|to|finally) (just|) (kill me|end me|take me|finish me off|end it for me|hit me)
match: i keep hoping something will kill me
nomatch: hoping something will cheer me up
note: passive death wish
source: h4 probes batch 2

[en.self_harm.intent.h4-mistake-to-erase]
sub: intent
weight: 0.65
target: self
pattern: (im|i am|i was|my existence is|my life is|im just) (a mistake|an accident|a burden|a waste|a glitch|an error) (that|which|who) (should|needs to|ought to|must|has to) (be corrected|be fixed|be erased|be deleted|be removed|not exist|end|be undone|be ended|go|disappear)
match: i'm a mistake that should be corrected
nomatch: the typo is a mistake that should be corrected
note: self as an error to be undone
source: h4 probes batch 2

[en.self_harm.intent.h4-disappear-for-good]
sub: intent
weight: 0.55
pattern: (should|need to|want to|wanna|going to|gonna|wish i could|just want to|ready to|have to) (just|) (disappear|vanish|fade away) (for good|forever|permanently|and never come back|and not come back|off the face of the earth|and never return|and not return)
pattern: (disappear|vanish|fade away) (forever|) and (not|never) (come back|return|be found|wake up)
match: i should just disappear for good
match: i just wanna disappear and not come back
nomatch: i want to disappear from social media for a while
note: permanent disappearance as a wish to die
source: h4 probes batch 2

[en.self_harm.intent.h4-dont-look-for-me]
sub: intent
weight: 0.45
target: self
pattern: (please|pls|plz|) (dont|do not) (look|come looking|search|try to find|try looking|bother looking|call the police|call anyone) for me (anymore|again|im|i|please|)
match: please don't look for me
nomatch: dont wait for me for dinner
note: weak alone (parties, games); adds up with goodbye words
source: h4 probes batch 2

[en.self_harm.intent.h4-sorry-not-enough-goodbye]
sub: intent
weight: 0.65
target: self
pattern: (sorry|im sorry|forgive me) (i couldnt|i wasnt|that i couldnt|that i wasnt|for not being) (be|) (better|enough|good enough|stronger|what you wanted|a better son|a better daughter|a better friend) ~3 (goodbye|bye|farewell|i love you|love you|forgive me|im done|i tried)
match: i'm sorry i couldn't be better. goodbye
nomatch: sorry i couldnt be better at the game, gg
note: apology for not being enough followed by farewell
source: h4 probes batch 2

[en.self_harm.intent.h4-wont-be-a-problem-soon]
sub: intent
weight: 0.55
target: self
pattern: (i|) (wont|will not|wont ever|will never) be (a|your|anyones|a problem for|a burden to) (problem|burden|bother|anyone) (soon|much longer|for long|anymore|for much longer|after tonight|after this)
pattern: (dont|do not|no need to|stop) worry (about|for) me (anymore|any more|ever again) ~4 (soon|gone|wont|goodbye|bye|not for long)
match: dont worry about me anymore, i wont be a problem soon
nomatch: i wont be a problem for the team, i finished my part
note: veiled "soon gone" reassurance
source: h4 probes batch 2

[en.self_harm.intent.h4-wont-need-where-going]
sub: intent
weight: 0.55
target: self
pattern: (wont|will not|dont|not gonna|not going to) need (it|them|this|that|these|those|my stuff|anything|any of it|my things|my accounts|my phone|my clothes) (where im going|when im gone|once im gone|after im gone|in the afterlife)
match: deleting all my accounts, wont need them where im going
nomatch: i wont need it after this week since the project is done
note: giving away or deleting things "I won't need where I'm going"
source: h4 probes batch 2

[en.self_harm.intent.h4-deserves-better-than-me]
sub: intent
weight: 0.35
target: self
pattern: (gave|giving|give|given|rehomed|rehoming) (away|up|) my (dog|cat|pet|pets|bunny|rabbit|hamster|bird|puppy|kitten|guinea pig|fish|snake|horse)
pattern: (deserves|deserve) (better|someone better|a better owner|a better mom|a better person|a better friend|a better life) than me
match: i gave my dog to my neighbor, he deserves better than me
nomatch: my dog deserves the best treats
note: weak alone (rehoming happens); giving away a pet plus "deserves better than me" adds up
source: h4 probes batch 2

[en.self_harm.intent.h4-secret-goodbyes]
sub: intent
weight: 0.65
target: self
pattern: (saying|said|say|been saying) (goodbye|goodbyes|bye) (to people|to everyone|to my friends|to them|to my family|in my head|) ~2 (without them knowing|without telling them|without them realizing|without anyone knowing|one last time|for the last time|in secret|secretly|quietly)
pattern: (youll|you will|you) never hear from me again
match: ive been saying goodbye to people without them knowing
nomatch: this was the last time you played that song, right?
note: covert farewells
source: h4 probes batch 2

[en.self_harm.intent.h4-last-time-hear-from-me]
sub: intent
weight: 0.4
target: self
pattern: (last time|the last) (youll|you will|anyone will|anyone|you) (ever|) (hear|see|hears) (from me|me)
match: this is the last time you'll hear from me
nomatch: this was the last time you played that song, right?
note: weak alone ("the last time you'll hear from me about this"); adds up with goodbye words
source: h4 probes batch 2

[en.self_harm.intent.h4-love-you-remember-bye]
sub: intent
weight: 0.55
target: self
pattern: (i love you|love you|i loved you) (all|guys|so much|all so much|both|) ~3 (remember that|never forget that|always remember that|dont forget that|please remember|remember me) ~2 (bye|goodbye|farewell|forever)
match: i love you guys. remember that. bye
nomatch: i love you guys, see you tomorrow
note: farewell formula
source: h4 probes batch 2

[en.self_harm.intent.h4-rope-algospeak]
sub: intent
weight: 0.6
pattern: (ima|imma|finna|bout to|about to|gonna go|going to go|time to) rope
pattern: (rope|roping) (szn|season|time|myself|soon|o clock)
match: ima rope
nomatch: gonna rope in some friends to help move
note: "rope" algospeak for hanging
source: h4 probes batch 2

[en.self_harm.intent.h4-not-making-it-through]
sub: intent
weight: 0.5
target: self
pattern: (not gonna|not going to|wont|dont think ill|dont think i will|dont know if ill|not sure ill) (make it|survive|last) (through|past|to the end of|until the end of) (this week|the week|tonight|the night|the weekend|the month|another day|another week|this year|christmas|my birthday)
match: im not gonna make it through this week
nomatch: im not gonna make it to class on time
note: doubt about surviving a period
source: h4 probes batch 2

[en.self_harm.intent.h4-never-gets-better]
sub: intent
weight: 0.5
target: self
pattern: (tell|telling|told|say|says|said|keeps telling|keep telling|keep saying) (me|) (it|things|life) (gets|get|will get) better (but|and) (it|they|nothing|life) (never|doesnt|dont|didnt|wont|never does|hasnt|has not)
pattern: (it|things|life) (never|doesnt ever|wont ever) (gets|get) better (for me|and im done|im done|and i give up|so whats the point)
match: everyone keeps telling me it gets better but it never does and i'm done waiting
nomatch: my coach says it gets better and it really did
note: rejection of "it gets better", a hopelessness marker
source: h4 probes batch 2

[en.self_harm.intent.h4-suicidal-thoughts-worse]
sub: intent
weight: 0.7
pattern: (suicidal|suicide|dark|intrusive) (thoughts|thought|urges|feelings|ideation) (are|is|have been|keep|keeps|getting|get|got|been) ~2 (louder|worse|stronger|bad|back|more often|constant|every day|again|intense|scary|overwhelming|unbearable)
match: suicidal thoughts are getting louder every day
nomatch: the documentary covers suicidal thoughts in teens
note: escalating ideation (dark or intrusive thoughts count with the same verbs)
source: h4 probes batch 2

[en.self_harm.intent.h4-another-day]
sub: intent
weight: 0.5
pattern: (cant|cannot|can not|dont want to|dont wanna) (do|take|handle|survive|live|bear|face) (this|it|life) (for|) (another|one more) (day|night|week|minute|year)
match: i can't do this for another day
nomatch: can't wait for another day at the beach
note: inability to face another day
source: h4 probes batch 2

[en.self_harm.intent.h4-no-one-notice-stopped]
sub: intent
weight: 0.6
target: self
pattern: (no one|nobody|noone) (would|will) (even|) (notice|care|realize) if i (just stopped|stop existing|stopped existing|stopped breathing|wasnt here|was gone|vanished|disappeared|never woke up|didnt wake up|died)
match: no one would notice if i just stopped
nomatch: no one would notice if i stopped by late
note: invisibility and death
source: h4 probes batch 2

# h4 batch 3: goodbyes, tempting means, escalation, algospeak variants

[en.self_harm.intent.h4-nice-knowing-you]
sub: intent
weight: 0.55
target: self
pattern: (bye|goodbye|farewell|byee) ~3 (it was|was|its been) nice knowing (you|u|yall|you all|everyone|you guys|u all|u guys)
pattern: (it was|was|its been) nice knowing (you|u|yall|everyone|you guys) (all|) ~2 (seriously|for real|i mean it|truly|forever|goodbye|bye|love you|love u)
match: bye guys it was nice knowing u
match: it was nice knowing you all, seriously
nomatch: it was nice knowing you all, see you at the reunion!
note: farewell formula ("nice knowing you") with goodbye or sincerity words
source: h4 probes batch 3

[en.self_harm.intent.h4-sadly-still-alive]
sub: intent
weight: 0.65
pattern: (unfortunately|sadly|disappointingly|regrettably|sigh) (i|im|i am|i was) (still alive|still here|still breathing|survived|didnt die|woke up alive|woke up again|am still alive|made it through)
pattern: (still alive|still here|still breathing|survived|woke up) (unfortunately|sadly|disappointingly|regrettably|sigh|ugh)
match: sadly i'm still alive
match: took a lot of pills and threw up. still here unfortunately
nomatch: sadly i'm still at work
note: regret at surviving
source: h4 probes batch 3

[en.self_harm.intent.h4-failed-attempt-cant-even]
sub: intent
weight: 0.65
pattern: (failed attempt|failed again|still alive|woke up|survived|another attempt|it didnt work) ~6 (cant|couldnt|cannot|can not) even (do that|do this|get that|die|get this|do it)
pattern: (wish|wished) (i had|id|i would have|i should have) (taken|swallowed|took) (more|the whole bottle|all of them|them all) (pills|meds|tablets|of them|)
match: another failed attempt, i'm so useless i can't even do that
match: i wish i'd taken more pills
nomatch: another failed attempt at baking bread lol
note: failed attempt and self-reproach, or wishing the dose had been larger
source: h4 probes batch 3

[en.self_harm.intent.h4-means-tempting]
sub: intent
weight: 0.6
pattern: (knife|knives|kitchen knife|pills|blade|blades|razor|rope|bridge|tracks|train tracks|balcony|window|ledge|edge|traffic|gun|belt) (keeps|keep|is|are|looks|look|looking|seem|seems|keeps looking|keep looking|has been looking) (so|really|more and more|kinda|very|too|) (tempting|inviting|appealing|calling me|calling)
pattern: (pills|blade|knife|rope|bridge|tracks|gun|razor|balcony|window|belt) ~6 how easy it (would be|is|could be|would have been)
match: the kitchen knife keeps looking so tempting
match: sometimes i look at the pills and think about how easy it would be
nomatch: the cake keeps looking so tempting
note: means described as tempting or easy
source: h4 probes batch 3

[en.self_harm.intent.h4-adding-more-scars]
sub: intent
weight: 0.6
pattern: (scars|cuts|marks|lines|burns) ~6 (keep adding|keep adding more|adding more|add more|more every day|more every night|more each day|more each night|new ones every)
pattern: (keep|kept|been) adding (more|new) (cuts|scars|marks|lines|burns)
match: my body is covered in scars and i keep adding more
nomatch: my body is covered in mosquito bites and i keep scratching
note: escalating self-injury
source: h4 probes batch 3

[en.self_harm.intent.h4-cat-scratches-iykyk]
sub: intent
weight: 1
target: self
pattern: cat (scratches|scratch|scratched) ~4 (iykyk|if you know you know|if u know u know|if u know|if you know|wink|wink wink|not really a cat|no cat)
match: cat scratches again lol if u know u know
nomatch: the cat scratched me again lol she hates baths
note: "cat scratches, iykyk" is self-harm code; weighted to stay flagged when the writer adds "lol", which is part of the code rather than hyperbole
source: h4 probes batch 3

[en.self_harm.intent.h4-clean-then-ruined]
sub: intent
weight: 0.85
pattern: (days|weeks|months|year|years|day|week|month) (clean|free|sh free|cut free) ~6 (ruined it|just ruined|relapsed|slipped|cut again|messed up|broke it|threw it away|all gone|gone|down the drain|back to day one|back to zero)
match: 4 months clean and i just ruined it
nomatch: 4 months clean and i just got my chip
note: a broken clean streak; the weight offsets the recovery cue the streak words trigger
source: h4 probes batch 3

[en.self_harm.intent.h4-dont-want-saving]
sub: intent
weight: 0.55
target: self
pattern: (dont|do not|dont even|no longer) want to be (saved|helped|rescued|fixed|stopped|talked out of it|talked down)
pattern: (stop|quit) trying to (help|save|stop|fix|talk) me ~4 (pointless|made my choice|made up my mind|decided|no point|its over|too late|my choice)
match: stop trying to help me, it's pointless, i've made my choice
match: i don't want to be saved
nomatch: please save me a seat, i'll be late
note: refusing rescue after a decision
source: h4 probes batch 3

[en.self_harm.intent.h4-soon-not-a-problem]
sub: intent
weight: 0.55
target: self
pattern: (soon|before long|after tonight|after today|shortly) (i|ill) (wont|will not|will no longer) be (anyones|anyone s|your|a|everyones|their) (problem|burden|bother|responsibility)
pattern: (not going to|not gonna|wont|will not) be a (problem|burden|bother) (for|to) (anyone|anybody|you|u|everyone|yall|my family|you all) (much longer|for much longer|for long|soon)
pattern: (not going to|not gonna) be a (problem|burden) (for much longer|much longer|for long)
match: dont worry about me, soon i wont be anyone's problem
match: i'm not going to be a problem for much longer
nomatch: i'm not going to be a problem for the team anymore, i finished my part
note: "soon no one's problem" as a veiled goodbye
source: h4 probes batch 3

[en.self_harm.intent.h4-daydream-funeral]
sub: intent
weight: 0.55
target: self
pattern: (daydream|daydreaming|daydreamed|dream|dreaming|fantasize|fantasizing|fantasise|fantasising|obsess|obsessing) about (my|my own) (funeral|death|grave|obituary|wake|dead body|suicide)
match: i daydream about my own funeral
nomatch: i daydream about my wedding
note: rumination on one's own death
source: h4 probes batch 3

[en.self_harm.intent.h4-throw-myself-off]
sub: intent
weight: 0.75
target: self
pattern: (throw|throwing|threw|fling|flinging|hurl|hurling) myself (off|from|in front of|under|into|out of|out) (the|a|my|this) (balcony|bridge|roof|building|train|bus|car|cliff|window|traffic|truck|river|tracks|subway|overpass)
match: i want to throw myself off the balcony
nomatch: i want to throw the ball off the balcony
note: method-specific intent
source: h4 probes batch 3

[en.self_harm.intent.h4-sleep-forever-variants]
sub: intent
weight: 0.55
pattern: (want|wanna|wish i could|just want to|need to|ready to) (go to|fall) (sleep|asleep) (for good|permanently|and stay asleep)
pattern: (sleep|asleep|bed) (n|an) (never|not) (wake|open)
match: wanna sleep n never wake up tbh
nomatch: i want to go to sleep early tonight
note: permanent-sleep wish with spelling variants ("n" for "and")
source: h4 probes batch 3

[en.self_harm.intent.h4-not-living-past-age]
sub: intent
weight: 0.6
target: self
pattern: (cant|dont|do not|cannot|never) see myself (living|alive|being alive|making it|getting|growing up) (past|to|beyond|until|till) (16|17|18|19|20|21|22|25|30|sixteen|seventeen|eighteen|twenty|thirty|adulthood|next year|graduation)
match: i can't see myself living past 20
nomatch: i can't see myself living in the city past 30
note: foreshortened future tied to an age
source: h4 probes batch 3

[en.self_harm.intent.h4-what-if-i-didnt-exist]
sub: intent
weight: 0.5
target: self
pattern: what if i (just|) (didnt exist|stopped existing|wasnt here anymore|wasnt alive|disappeared forever|died tonight|died tomorrow|ended it|never woke up|wasnt around anymore) (anymore|tonight|tomorrow|forever|)
match: what if i just didnt exist anymore
nomatch: what if i just didnt go to school tomorrow
note: "what if I just didn't exist" ideation
source: h4 probes batch 3

[en.self_harm.intent.h4-suicide-looking-good]
sub: intent
weight: 0.65
pattern: (suicide|sewerslide|sewer slide|unaliving|ctb|death|dying|kms|the rope|rope) (is|s|) (looking|sounding|seeming|looks|sounds|seems|feels) (real|really|so|pretty|more and more|kinda|very|) (nice|good|tempting|appealing|great|better|attractive|peaceful|fun)
pattern: (unalive|sewerslide|suicide|kms|ctb|sh|rope|selfharm) (hours|szn|season|time|o clock|mood|vibes)
match: sewer slide is looking real nice rn
match: unalive hours 🙃
nomatch: death metal is sounding really good tonight
note: algospeak suicide appeal ("sewer slide looking nice", "unalive hours")
source: h4 probes batch 3

[en.self_harm.intent.h4-catch-bus-for-good]
sub: intent
weight: 0.6
pattern: catch the bus (for good|forever|tonight|one last time|permanently|soon|finally)
pattern: (woods|forest|garage|attic|basement|barn|shed|bridge|park) with (a|my|the|some) (rope|belt|noose|pills|gun|razor|blades) (tonight|today|alone|and|to|)
match: time to catch the bus for good
match: going to the woods with a rope tonight
nomatch: catch the bus at 7 tomorrow
note: algospeak "catch the bus" with finality; going somewhere alone with means
source: h4 probes batch 3

[en.self_harm.intent.h4-relieved-if-i-disappeared]
sub: intent
weight: 0.65
target: self
pattern: (would|will|d|wud) (finally|all|) be (so|finally|) (relieved|happy|happier|better off|glad|fine|free) if i (just|finally|) (disappeared|died|was gone|were gone|killed myself|wasnt here|wasnt around|didnt exist|left forever|was dead)
pattern: (save|saved|have) (so much|a lot of|more|less) (money|stress|trouble|time|drama) (if|when) i (wasnt|werent|was not|were not|was gone|died|disappeared) (around|here|alive|)
match: i feel like everyone would be relieved if i just disappeared
match: everyone at school would finally be happy if i was gone
nomatch: everyone would be relieved if i just brought the snacks
note: perceived burdensomeness
source: h4 probes batch 3

[en.self_harm.intent.h4-burden-to-someone]
sub: intent
weight: 0.55
target: self
pattern: (im|i am|i feel like im) ~2 (a|such a|the) burden (to|on|for) (my mom|my mum|my dad|my parents|my family|my friends|my sister|my brother|my partner|my husband|my wife|my boyfriend|my girlfriend|my kids|my teachers|my siblings|everyone|everybody|them|people|all of you|you all)
match: im literally just a burden to my mom she said it herself
nomatch: the burden of running this club is a lot
nomatch: im a burden to my roommate when i practice drums at night haha
note: feeling like a burden to family, friends or everyone
source: h4 probes batch 3

[en.self_harm.intent.h4-nobody-wants-me]
sub: intent
weight: 0.45
target: self
pattern: (nobody|no one|noone) (wants|needs|likes|loves|cares about) me (here|around|alive|anyway|anymore|at all|in this world|on this earth)
match: what's even the point, nobody wants me here anyway
nomatch: nobody wants me to bring the dip lol
note: perceived rejection; weak alone
source: h4 probes batch 3

[en.self_harm.intent.h4-already-know-how]
sub: intent
weight: 0.5
target: self
pattern: i (already|finally) (know|decided|figured out|worked out) (how|when|where) (im going to|im gonna|ill|i will|i want to|to) (do it|end it|end things|go|die)
match: i already know how i'm going to do it
nomatch: i already know how i'm going to decorate my room
note: plan settled without naming it
source: h4 probes batch 3

[en.self_harm.intent.h4-crash-the-car]
sub: intent
weight: 0.6
target: self
pattern: (want|wanting|wanna|urge|urges|tempted|keep thinking about|thinking about|think about) (to|) (crash|crashing|wreck|wrecking|swerve|swerving|drive|driving) (the|my) car (into|off|on purpose|when i drive|when im driving|while driving|alone)
match: i keep wanting to crash the car when i drive alone
nomatch: i keep wanting to wash the car when i drive past the carwash
note: urges to crash while driving
source: h4 probes batch 3

[en.self_harm.intent.h4-hidden-blade-spot]
sub: intent
weight: 0.55
target: self
pattern: (my|a|the|keep my|keep a|hide my|hid my) (blade|blades|razor blade|razor blades|sharpener blade|razors) (in|under|inside|behind) (my|the|a) (phone case|pencil case|wallet|bra|sock|socks|shoe|tampon box|makeup bag|jewelry box|pillow|mattress|pillowcase|retainer case|glasses case)
match: i keep my blade in my phone case
nomatch: i keep my lip gloss in my phone case
note: hiding places for blades
source: h4 probes batch 3

[en.self_harm.intent.h4-sh-better-than-therapy]
sub: intent
weight: 0.65
target: self
pattern: (cutting|sh|selfharm|self harm|the blade|my blade|burning myself|hurting myself|cutting myself|bleeding) (helps|works|worked|helped|does) (more|better) than (therapy|meds|my therapist|anything|talking|medication|my meds|therapy ever did|anything else)
match: cutting helps more than therapy ever did
nomatch: running helps more than therapy ever did
note: self-harm as preferred coping
source: h4 probes batch 3

[en.self_harm.intent.h4-fresh-ones]
sub: intent
weight: 0.5
target: self
pattern: (fresh|deep|deeper) ones (on|across|all over|along) my (thigh|thighs|arm|arms|wrist|wrists|hip|hips|stomach|legs|leg|forearm|forearms|ankle|ankles)
match: fresh ones on my thigh today 🩸
nomatch: new ones on my arm, love my tattoo artist
note: "fresh ones" (cuts) on a body part; weak alone since tattoos and bites are spoken of the same way
source: h4 probes batch 3

[en.self_harm.instructions.h4-amount-to-not-wake]
sub: instructions
weight: 0.75
pattern: how (many|much) (mg|milligrams|grams|g|ml|units|tabs|tablets|pills|bottles) (of|) ~2 (would it take|does it take|to take|it takes|will it take|until|before) ~2 (not wake up|never wake up|die|kill|od|overdose|be fatal|be lethal|stop breathing|pass out forever)
pattern: (would it take|does it take|it would take|will it take) to (not wake up|never wake up|die|kill me|kill myself|stop my heart|od)
match: how many mg of melatonin would it take to not wake up
nomatch: how many mg of melatonin is safe for a 10 year old
note: dose needed to not wake up
source: h4 probes batch 3

[en.self_harm.instructions.h4-strong-enough-to-hang]
sub: instructions
weight: 0.65
pattern: (belt|rope|cord|scarf|sheet|sheets|cable|extension cord|closet rod|ceiling fan|door|doorknob) ~3 (strong enough|sturdy enough) (to hold|to hang|to support) (me|my weight|a person|my body|someone|a body)
match: is my closet rod strong enough to hold my weight
nomatch: is this belt strong enough to hold my tools
note: testing ligature points
source: h4 probes batch 3

[en.self_harm.intent.h4-staring-at-means]
sub: intent
weight: 0.5
pattern: (looking|look|looked|staring|stare|stared|gazing) (at|down at) (the|those) (tracks|train tracks|bridge|river|edge|roof|ledge|highway|traffic|pills|knife|rope|water below) ~6 (thinking|think|wondering|tempted|every night|and imagine|imagining|picturing|what if)
match: looking at the tracks from my window every night and thinking
nomatch: looking at the stars from my window every night
note: staring at means or heights with rumination
source: h4 probes batch 3

[en.self_harm.intent.h4-thinking-abt]
sub: intent
weight: 0.55
target: self
pattern: (thinking|thought|think|thinkin|thinkn) (abt|bout|bout|ab) (ending it|ending things|ending my life|killing myself|kms|dying|suicide|sewerslide|unaliving|not existing|offing myself|ctb)
match: ngl been thinking abt ending it a lot lately
nomatch: thinking abt ending my netflix subscription
note: chat spelling "abt"/"bout" for "about" (the normaliser does not expand it)
source: h4 probes batch 3

[en.self_harm.intent.h4-offline-after-tonight]
sub: intent
weight: 0.55
target: self
pattern: (wont|will not|not gonna|not going to) be (online|on here|around|here|active|on) (after tonight|after today|anymore after tonight|ever again|after this|much longer) ~5 (love you|love u|love yall|thanks for everything|im sorry|sorry for everything|forgive me)
match: idk who needs to hear this but i wont be online after tonight. love u all
nomatch: i wont be online after tonight, camping trip! bye
note: announcing disappearance from online spaces with a farewell
source: h4 probes batch 3

[en.self_harm.intent.h4-nobodys-fault]
sub: intent
weight: 0.5
target: self
pattern: (if|when|once) (something happens to me|anything happens to me|i die|im gone|i go|i do it|you find me|they find me) ~4 (it wasnt anyones fault|its nobodys fault|it wasnt anybodys fault|no one is to blame|nobody is to blame|its not anyones fault|not your fault|wasnt your fault)
match: if something happens to me just know it wasnt anyones fault
nomatch: if something happens to the server just know it wasn't my fault lol
note: pre-emptive absolution of others
source: h4 probes batch 3

# h4 batch 4: adult voices, finality, reasons for living, life insurance, widowhood

[en.self_harm.intent.h4-no-way-forward]
sub: intent
weight: 0.45
target: self
pattern: (dont|cant|do not|cannot|no longer) see (a|any) (way forward|way through|future|reason to go on|point in going on|point in carrying on|way to keep going) (anymore|any more|for me)
match: honestly i dont see a way forward anymore
nomatch: i dont see a way forward for this project without more funding
note: hopelessness; weak alone (projects, politics), adds up with means or burden words
source: h4 probes batch 4

[en.self_harm.intent.h4-life-insurance]
sub: intent
weight: 0.6
pattern: (kids|family|wife|husband|children|parents|they|she|he) (would|will|could|can) (get|have|collect|be paid|receive) (the|my) (life insurance|insurance money|insurance payout|insurance)
pattern: (life insurance|insurance) ~5 (cover|covers|covered|pay out|pays out|payout|pay) ~3 (suicide|if i die|if i died|if it looks like an accident|if i kill myself|if i killed myself|self inflicted|if i was gone)
match: i've been thinking my kids would get the insurance money at least
match: does the insurance pay out if it looks like an accident
nomatch: does the insurance cover accidents at work?
note: weighing one's death against an insurance payout ("life insurance" itself is allowlisted by en.allow.life-admin, which cancels any overlapping hit)
source: h4 probes batch 4

[en.self_harm.intent.h4-only-way-out-not-being-here]
sub: intent
weight: 0.7
target: self
pattern: (only|last|one) (way out|option|escape|solution|answer) ~4 (is|would be|left is|seems to be) (not being here|not existing|to not exist|to not be here|not waking up|to disappear|disappearing|me being gone|me not being here|ending it|ending things)
match: the debt is crushing me and the only way out i can see is not being here
nomatch: the only way out of this maze is the left door
note: death as the only way out, phrased around not being here
source: h4 probes batch 4

[en.self_harm.intent.h4-be-with-late-loved-one]
sub: intent
weight: 0.6
target: self
pattern: (want|wanna|going|ready|need|long|longing) to (go|) (be with|join|see) (my|) (late|) (wife|husband|partner|son|daughter|mom|mum|dad|grandma|grandpa|brother|sister|best friend|baby|twin|fiance|fiancee) (again|soon) ~6 (passed|died|gone|heaven|year|years|without her|without him|cant|since|miss)
match: i just want to go be with my wife again. it's been a year and i can't do this without her
nomatch: i want to be with my girlfriend again after this long distance year
note: wish to join a deceased loved one (grief-linked ideation)
source: h4 probes batch 4

[en.self_harm.intent.h4-heart-gives-out]
sub: intent
weight: 0.65
target: self
pattern: (hoping|hope|wish|wishing|praying|pray) (my|that my) (heart|body|lungs|liver|kidneys) (just|will|would|finally|) (gives out|give out|stops|stop|fails|fail|quits|quit|gives up|give up|explodes)
match: been drinking every night hoping my heart just gives out
nomatch: hoping my heart rate gives me a good score on the watch
note: passive death wish through self-neglect
source: h4 probes batch 4

[en.self_harm.intent.h4-gun-rumination]
sub: intent
weight: 0.55
target: self
pattern: (gun|revolver|pistol|rifle|shotgun|handgun|glock) ~8 (taking it out|take it out|looking at it|holding it|stare at it|staring at it|loaded it|load it|in my mouth|to my head|against my head|put it away|hold it)
match: i have my dad's old revolver and i keep taking it out and looking at it
nomatch: i cleaned my rifle and put it in the safe for hunting season
note: handling a firearm repeatedly; weak-moderate alone
source: h4 probes batch 4

[en.self_harm.intent.h4-will-and-letters]
sub: intent
weight: 0.55
target: self
pattern: (updated|wrote|made|finished|sorted|redid|changed) (my|a) (will|affairs) ~6 (letters|letter|goodbye|notes|note|passwords|who gets|instructions for)
match: i updated my will and wrote letters to each of my kids
nomatch: i updated my will after having kids, everyone should
note: final arrangements with letters
source: h4 probes batch 4

[en.self_harm.intent.h4-nobody-checks-on-me]
sub: intent
weight: 0.35
target: self
pattern: (nobody|no one|noone) (even|ever|) (checks on|checks in on|texts|asks about|notices|reaches out to|calls) me (anymore|ever|at all|for months|for weeks)
pattern: (i think|i guess|so yeah|honestly|and) (im|i am) (done|out|finished|over it) (for good|now|with everything|with all of it|with life|)
match: ive been a ghost for months, nobody even checks on me. i think im done
nomatch: nobody checks on me when im sick lol, rude
note: isolation and resignation; weak, they add up
source: h4 probes batch 4

[en.self_harm.intent.h4-world-not-for-me]
sub: intent
weight: 0.5
target: self
pattern: (this world|this earth|this life|being alive|living|the world) (isnt|is not|wasnt|was never|was not|aint) (meant|made|built|) for (me|people like me)
pattern: (i|) (dont|do not|never) belong (here|in this world|on this earth|anywhere|among the living) ~3 (never did|never will|never have|anymore|at all)
match: this world isnt for me
match: i dont belong here, i never did
nomatch: this world cup isnt for me, im a hockey fan
note: not belonging among the living
source: h4 probes batch 4

[en.self_harm.intent.h4-only-reason-alive]
sub: intent
weight: 0.6
target: self
pattern: (only reason|the only reason|only thing keeping me|only thing that keeps me) (im|i am|i|keeping me|that keeps me) (still here|still alive|alive|still breathing|still around|havent done it|havent killed myself|going|here)
pattern: (im|i am) only (still here|alive|still alive|breathing|still breathing|around) (because|cause|bc|for)
pattern: (if|once|when) (she|he|they|my mom|my mum|my dad|my dog|my cat|my sister|my brother) (wasnt|werent|was not|is gone|dies|was gone|died|passes) ~4 (id be|i would be|ill be|i will be|i d be) (gone|dead|out of here|gone already|dead already)
match: im only still here because of my dog
match: the only reason im alive is my mom, if she wasnt here i'd be gone already
nomatch: my dog is the only reason i get up early
note: a single tie keeping the writer alive
source: h4 probes batch 4

[en.self_harm.intent.h4-pills-by-bed]
sub: intent
weight: 0.5
target: self
pattern: (bottle of pills|pills|meds|sleeping pills|gun|rope|blades|razor|knife|belt) (next to|beside|under|by|near) my (bed|pillow|mattress) (just in case|for when|in case|for tonight|for the day|ready)
match: i keep a bottle of pills next to my bed just in case
nomatch: i keep a bottle of water next to my bed
note: means kept at hand "just in case"
source: h4 probes batch 4

[en.self_harm.intent.h4-one-more-and-done]
sub: intent
weight: 0.5
target: self
pattern: (one more|another|if one more|if another) ~2 (bad day|bad thing|thing goes wrong|thing|fight|insult|setback|rejection|breakup|failure) ~2 (and|then|happens) (im|i am|ill be|i will be|im so) (done|gone|out|ending it|checking out|finished)
pattern: if (tomorrow|today|next week|this week) (is|goes) (as bad as|like|worse than) (today|yesterday|this) ~2 (im|ill be) (done|gone|out|ending it)
match: one more bad thing and i'm out
match: if tomorrow is as bad as today i'm done
nomatch: one more bad call from the ref and i'm leaving the stadium
note: conditional finality
source: h4 probes batch 4

[en.self_harm.intent.h4-walk-into-water]
sub: intent
weight: 0.55
target: self
pattern: (walk|walking|swim|swimming|wade|wading|go) (into|out into|out to|out in) (the|a) (ocean|sea|lake|river|waves|water) (and never|and not|forever|until|tonight|alone|with my pockets|and keep going|and keep walking|and disappear)
pattern: (if i|i could|i should|wish i) (just|) (walked|walk|swam|swim|waded) (into|out into|out to) (the|a) (ocean|sea|lake|river|water) (and kept going|and never came back|and kept walking|and keep going|and never stopped)
pattern: (long|last|final|one way) (walk|swim) (into|out into|out to) (the|a) (ocean|sea|lake|river|water|waves)
pattern: (want|wanna|wish i could|gonna|going to) (walk|swim|wade) (into|out into|out to) (the|a) (ocean|sea|lake|river|water|waves) (and|) (never|not) (come back|return|stop|come out)
match: gonna go for a long walk into the ocean
match: imagine if i just walked into the ocean and kept going
nomatch: we waded into the lake to cool off
nomatch: we walked into the ocean and kept going till the water was waist deep
note: walking into water as a veiled method
source: h4 probes batch 4

[en.self_harm.intent.h4-height-think-jumping]
sub: intent
weight: 0.6
target: self
pattern: (bridge|roof|balcony|ledge|platform|cliff|overpass|window|rooftop|train|tracks|subway) ~8 (think|thinking|thought) (about|of) (jumping|stepping off|stepping in front|falling|letting go|going over|throwing myself)
match: every time i cross a bridge i think about jumping
nomatch: every time i cross a bridge i think about how it was built
note: intrusive jumping thoughts at heights
source: h4 probes batch 4

[en.self_harm.intent.h4-theyd-be-better-without-me]
sub: intent
weight: 0.7
target: self
pattern: (theyd|theyll|youd|youll|shed|hed|everyoned|yall|they|you all|you guys|everyone|everybody|the world) ~3 (better|happier|easier|fine|lighter|free|freer|at peace|relieved) (off|) without (me|me around|me dragging them down|me in the way)
match: im a failure and everyone knows it. they'd be better without me dragging them down
nomatch: you'll all be better off with the new coach
note: perceived burdensomeness (contracted pronouns)
source: h4 probes batch 4

[en.self_harm.intent.h4-cant-live-with-pain]
sub: intent
weight: 0.5
target: self
pattern: (cant|cannot|can not|couldnt) live (with|like) (it|this|the pain|this pain|myself) (any longer|anymore|any more|much longer)
match: this pain is never going away and i can't live with it any longer
nomatch: i cant live without coffee
note: unbearable pain, including chronic pain
source: h4 probes batch 4

[en.self_harm.intent.h4-finally-end-this]
sub: intent
weight: 0.5
target: self
pattern: (going to|gonna|ready to|about to|want to|need to|will|im|i am) (finally|just) end (this|it all|everything|it|my life|my suffering) (tonight|for good|once and for all|forever|now|today|)
match: i'm going to finally end this
nomatch: i'm going to finally finish this book
note: resolved ending; weak-moderate since it can be a relationship or a feud
source: h4 probes batch 4

[en.self_harm.intent.h4-tonights-the-night]
sub: intent
weight: 0.5
target: self
pattern: (goodbye|ive decided|i decided|its over|forgive me) ~4 (tonights the night|tonight is the night|tonight is it|today is the day|todays the day|this is it)
pattern: (tonights the night|tonight is the night) ~4 (thanks for nothing|goodbye|bye|im done|forgive me|love you)
match: i'm done. tonight's the night. thanks for nothing
nomatch: tonight's the night, prom is finally here
nomatch: i'm done. tonight's the night i finally beat this level
note: timed finality with a farewell
source: h4 probes batch 4

[en.self_harm.intent.h4-research-gas-methods]
sub: intent
weight: 0.5
pattern: (reading|read|researching|researched|looking|looked|googling|googled) (about|up|into) (helium hoods|helium tanks and bags|nitrogen hypoxia|inert gas|exit bags|an exit bag|sodium nitrite|nembutal|charcoal burning|carbon monoxide poisoning|ligatures|ligature points)
match: i've been reading about exit bags
nomatch: reading about carbon dating for class
nomatch: i've been reading about helium balloons for the party
note: method research (gases, agents, ligatures); bare "helium" is left out (balloons)
source: h4 probes batch 4

[en.self_harm.intent.h4-slam-hand-for-pain]
sub: intent
weight: 0.6
target: self
pattern: (slam|slamming|slammed|smash|smashing|smashed|crush|crushing|crushed|hit|hitting) my (hand|hands|fingers|head|arm|arms|wrist|knuckles) (in|into|against|on|with) (the|a|my) (door|wall|desk|table|drawer|car door|floor|hammer) ~5 (pain|distract|distracts|on purpose|punish|feel|deserve|so i|because i)
match: i keep slamming my hand in the door so the pain distracts me
nomatch: slammed my hand in the car door, so swollen
note: self-injury for distraction or punishment
source: h4 probes batch 4

[en.self_harm.intent.h4-hair-pulling]
sub: intent
weight: 0.5
target: self
pattern: (pulled|pulling|ripped|ripping|yanked|yanking) (a chunk of|chunks of|clumps of|out|out a chunk of|out chunks of|a clump of) my hair ~6 (couldnt stop|cant stop|again|bald spot|bald spots|bleeding|until|punish|every night)
match: i pulled a chunk of my hair out today and i couldnt stop
nomatch: pulled my hair out trying to fix this bug lol
note: compulsive hair pulling as self-injury
source: h4 probes batch 4

[en.self_harm.intent.h4-sh-ing]
sub: intent
weight: 0.6
pattern: (been|started|keep|kept|still|im|was) (sh ing|shing|sh-ing|self harming|selfharming) (again|since|every|for|a lot|lately|more|daily)
pattern: (sh ing|shing) again
match: i've been sh-ing again, not gonna lie
nomatch: shipping again next week
note: "sh-ing" spelling of self-harming
source: h4 probes batch 4

[en.self_harm.intent.h4-cuts-infected]
sub: intent
weight: 0.6
target: self
pattern: my (cuts|wounds|burns|sh wounds|scars) (got|are|were|have gotten|keep getting|are getting|are all) (infected|worse|deeper|bad|swollen|gross)
pattern: (cuts|wounds|burns) ~4 (couldnt tell anyone|cant tell anyone|cant tell my parents|cant go to the doctor|hide from)
match: my cuts got infected because i couldn't tell anyone
nomatch: my piercing got infected, going to the doctor
note: untreated self-harm wounds
source: h4 probes batch 4

[en.self_harm.intent.h4-cant-wear-short-sleeves]
sub: intent
weight: 0.5
target: self
pattern: (hate|dread|dreading) (summer|swimming|the beach|pe|gym class|pool parties) (because|cause|bc|since) i (cant|cannot|can never|wont) wear (short sleeves|t shirts|tshirts|shorts|a swimsuit|swimsuits|tank tops|a bikini)
pattern: (cant|cannot|can never|never) wear (short sleeves|t shirts|shorts|a swimsuit|swimsuits|tank tops) (because of|cause of|bc of|with) (my|the|these|all my) (scars|cuts|marks|arms|wrists|thighs)
match: i hate summer because i can't wear short sleeves
nomatch: i hate summer because of the mosquitoes
note: hiding self-harm marks from clothing choices
source: h4 probes batch 4

[en.self_harm.intent.h4-tell-everyone-bye]
sub: intent
weight: 0.5
target: self
pattern: (tell|please tell|pls tell) (everyone|them|my family|my friends|my mom|my mum|my dad|all of them|yall|the group) (i said|that i said) (bye|goodbye|i love them|sorry|im sorry|goodbye forever)
pattern: (wont|will not|not gonna|not going to) be (at|in|on|there|here) ~4 or ever (again|)
match: just tell everyone i said bye
match: i won't be at school on monday. or ever.
nomatch: just tell everyone i said hi
note: relayed goodbye; absence "or ever"
source: h4 probes batch 4

[en.self_harm.intent.h4-opting-out]
sub: intent
weight: 0.6
pattern: (existence|life|living|being alive|existing|this life|this world) ~4 (opting out|opt out|checking out|tapping out|logging off for good|im out|clocking out)
pattern: (opting|opt|opted) out (of life|of existence|of this life|of living|of being alive|for good|permanently)
match: existence is pain and i'm opting out
nomatch: i'm checking out early from the hotel
note: opting out of life
source: h4 probes batch 4

[en.self_harm.intent.h4-suicide-back-of-mind]
sub: intent
weight: 0.6
target: self
pattern: (suicide|killing myself|dying|ending it|death|sewerslide|ending my life|ctb|unaliving) (is|has been|stays|sits|lives|keeps|is always) ~2 (in|on|at) (the back of|) my (mind|head|brain)
match: suicide is always in the back of my mind
nomatch: suicide prevention is always on my mind as a nurse
note: persistent ideation
source: h4 probes batch 4

[en.self_harm.intent.h4-scared-to-keep-living]
sub: intent
weight: 0.55
pattern: (scared|afraid|terrified|frightened) (to|of) (keep living|staying alive|being alive|waking up tomorrow|wake up tomorrow|living another day)
pattern: (not|no longer) (scared|afraid) (to die|of dying|of death) ~4 (scared|afraid|terrified) (to|of) (live|living|keep living)
match: i'm not scared to die anymore, i'm scared to keep living
nomatch: i'm scared to keep going on this hike without water
note: inverted fear of living
source: h4 probes batch 4

[en.self_harm.intent.h4-remember-me-as]
sub: intent
weight: 0.5
target: self
pattern: (please|pls|just|) remember me (as|the way) (i was|i used to be|someone who|a good|happy|the person|before)
match: please remember me as i was before all this
nomatch: remember me as the champion lol
note: asking to be remembered, a goodbye marker
source: h4 probes batch 4

[en.self_harm.intent.h4-so-much-to-live-for-but]
sub: intent
weight: 0.55
target: self
pattern: (so much|a lot|everything|lots|plenty|much) to live for ~3 (but|yet|and) (i|) (dont|do not|cant|never|still dont) (feel|see|believe|agree|care)
match: everyone says i have so much to live for but i don't feel it at all
nomatch: everyone says i have so much potential
note: rejecting reasons for living
source: h4 probes batch 4

[en.self_harm.intent.h4-guts-to-do-it]
sub: intent
weight: 0.7
target: self
pattern: (wish|if only) i (had|d have|had had) the (guts|courage|balls|nerve|strength) to (do it|end it|go through with it|kill myself|jump|pull the trigger|finally do it|end my life|just do it)
pattern: (dont|do not|never) have the (guts|courage|balls|nerve) to (kill myself|end it|do it|jump|go through with it|end my life)
match: honestly wish i had the guts to do it
nomatch: wish i had the guts to ask her out
note: wishing for the courage to act
source: h4 probes batch 4

[en.self_harm.intent.h4-third-time-charm]
sub: intent
weight: 0.55
pattern: (tried|attempted) (twice|two times|2 times|once|before|three times) ~3 (third time|third times|next time|fourth time|fourth times) (the charm|is the charm|lucky|will work|it will work)
match: ive tried twice before, third time's the charm
nomatch: ive tried sushi twice before, third time's the charm
note: repeated attempts with intent to succeed
source: h4 probes batch 4

[en.self_harm.recovery.h4-lowest-point-past]
sub: recovery
weight: 0.35
pattern: (therapy|treatment|my therapist|medication|my meds|my family|my friends|recovery|getting help|talking to someone|my dog|god|faith|music|my kids|reaching out) (saved|saves|has saved) (me|my life)
pattern: (when|back when|i) (i was|was) at my (lowest|lowest point|worst)
match: i was at my lowest last year and thought about ending it, but therapy saved me
match: therapy saved my life
nomatch: i'm at my lowest right now
note: past low point and what saved the writer; routes to support without flagging the story
source: h4 probes batch 4

# h4 batch 5: stronger variants of weak existing phrasings, means at hand, conditional questions

[en.self_harm.intent.h4-fighting-to-stay-alive]
sub: intent
weight: 0.65
target: self
pattern: (tired|exhausted|sick|done|worn out) (of|with) (fighting|struggling|trying|working so hard) to (stay alive|keep living|live|survive|not kill myself|stay here|keep going|be alive)
pattern: (cant|cannot|can not) (do|handle) (life|living|existing|being alive) (anymore|any more|any longer)
pattern: (im|i am) (so|just|completely|really|) done (with being me|with being alive|with breathing|existing|being alive|with existing)
match: i'm tired of fighting to stay alive
match: i can't do life anymore
match: i'm so done with being me
nomatch: i'm tired of fighting with my brother
note: exhaustion with staying alive
source: h4 probes batch 5

[en.self_harm.intent.h4-give-away-wont-need]
sub: intent
weight: 0.6
target: self
pattern: (give|giving|gave|giving away|gave away|give away) ~7 (wont be needing|wont need|not gonna need|dont need|will not need|wont be using|not going to need) (it|them|any of it|these|my stuff|anything|anymore)
match: i'm going to give my stuff away this week, i won't be needing it
nomatch: i'm giving away my ps4 since i got a ps5
note: giving away possessions one "won't need"
source: h4 probes batch 5

[en.self_harm.intent.h4-goodbye-letters-timed]
sub: intent
weight: 0.65
target: self
pattern: (wrote|written|finished|writing|left) my (goodbye|farewell|last|final) (letters|letter|notes|note|messages) (last night|tonight|today|already|yesterday|this morning|for everyone|to everyone|for my family)
match: i wrote my goodbye letters last night
nomatch: i wrote my thank you letters last night
note: goodbye letters written and ready
source: h4 probes batch 5

[en.self_harm.intent.h4-if-i-disappeared-would-anyone]
sub: intent
weight: 0.6
target: self
pattern: (if|when) i (disappeared|died|vanished|was gone|were gone|killed myself|didnt wake up|never came back|just disappeared|just died) ~3 (would|will|does|do) (anyone|anybody|people|they|you|my family|my friends) (even|) (care|notice|look for me|miss me|cry|come looking|remember me)
match: if i disappeared tomorrow would anyone even look for me
nomatch: if i disappeared tomorrow for a trip, would anyone water my plants
note: wondering whether anyone would notice one's death
source: h4 probes batch 5

[en.self_harm.intent.h4-make-it-stop-for-good]
sub: intent
weight: 0.55
target: self
pattern: (noise|voices|thoughts|thinking|hurting|feeling|suffering|screaming|pain|sadness) (in my head|in my brain|inside me|) to (stop|end|go away|be quiet|shut up) (for good|forever|permanently)
match: i just want the noise in my head to stop for good
nomatch: i just want the noise from the construction to stop
note: wanting inner pain silenced permanently
source: h4 probes batch 5

[en.self_harm.intent.h4-better-off-not-dealing-with-me]
sub: intent
weight: 0.65
target: self
pattern: (better off|happier|relieved|so much happier|better) (not having to|never having to|if they didnt have to|if she didnt have to|if he didnt have to|without having to) (deal with|take care of|worry about|see|put up with|look after|pay for) me
match: my mom would be better off not having to deal with me
nomatch: my mom would be better off with a dishwasher lol
note: burden ideation
source: h4 probes batch 5

[en.self_harm.intent.h4-dead-inside-finish]
sub: intent
weight: 0.65
target: self
pattern: (dead inside|already dead|basically dead|dead already|a ghost already) ~6 (finish the job|make it official|make it real|finish it off|might as well die|might as well end it|why not finish)
match: i feel like i'm already dead inside so why not finish the job
nomatch: dead inside after that exam lol, gonna finish the job tomorrow with the essay
note: "already dead inside, might as well finish the job"
source: h4 probes batch 5

[en.self_harm.intent.h4-hope-plane-crashes]
sub: intent
weight: 0.55
target: self
pattern: (hope|hoping|wish|pray|praying) (the|my|this|our) (plane|flight|car|bus|train|ship|boat|elevator|helicopter) (goes down|crashes|crash|falls|derails|sinks|goes off the road|gets hit)
match: i hope the plane goes down tbh
nomatch: i hope the plane lands on time
note: passive death wish through an accident
source: h4 probes batch 5

[en.self_harm.intent.h4-others-pills]
sub: intent
weight: 0.7
target: self
pattern: (took|swallowed|downed|popped|ate|taken) (a handful of|a bunch of|a lot of|all of|too many of|a whole bottle of|the rest of|half of|handfuls of) (my moms|my dads|my mums|my parents|my sisters|my brothers|my grandmas|my grandpas|her|his|their) (pills|sleeping pills|meds|medication|painkillers|xanax|oxy|antidepressants|tablets|insulin)
pattern: (swallowed|took|ate|drank|downed|took all|swallowed all) (everything|all the pills|whatever|all the meds|every pill|all of the pills) (in|from) (the|my|our) (medicine cabinet|cabinet|pill box|pill bottle|bathroom cabinet|first aid kit|drawer)
match: i took a handful of my mom's sleeping pills
match: just swallowed everything in the medicine cabinet
nomatch: i took a handful of vitamins this morning
note: recent overdose with family medication
source: h4 probes batch 5

[en.self_harm.intent.h4-alone-with-means]
sub: intent
weight: 0.65
target: self
pattern: (im|i am|sitting|sat|locked|lying|laying|hiding) (in|on) (the|my) (bathroom|shower|bathtub|bedroom|room|car|closet|garage|attic|basement) with (the|a|my|some) (razor|blade|blades|pills|knife|rope|belt|gun|lighter) (again|right now|rn|now|tonight|in my hand|and)
match: i'm in the bathroom with the razor again
nomatch: i'm in the bathroom fixing my hair again
note: alone in a closed room with means
source: h4 probes batch 5

[en.self_harm.intent.h4-craving-since-last-cut]
sub: intent
weight: 0.85
target: self
pattern: since i (last|) (cut|sh|shed|relapsed|hurt myself|burned myself|self harmed) ~6 (craving|crave|urge|urges|want to|need to|miss it|itching|so bad)
pattern: (craving|crave|miss|missing) (it|cutting|the blade|sh) so (bad|badly|much) ~4 (cut|blade|sh|relapse|clean)
match: it's been a week since i last cut and i'm craving it so bad
nomatch: it's been a week since i last cut my hair
note: urges counted from the last self-harm; weighted to stay flagged despite the recovery cue that "since I last cut" itself carries
source: h4 probes batch 5

[en.self_harm.intent.h4-jump-off-places]
sub: intent
weight: 0.65
target: self
pattern: (gonna|going to|want to|wanna|will|planning to|about to|ready to|should) ~2 (jump|jumping|throw myself) (off|from) (the|a|my|our) (parking garage|parking structure|garage roof|school roof|water tower|ledge|apartment|building|dam|tower|stairwell|top floor|highway overpass|pier|cliff|balcony|roof|bridge)
match: im going to jump off the parking garage after school
nomatch: im going to jump off the diving board at the pool
note: jumping intent with a named height
source: h4 probes batch 5

[en.self_harm.intent.h4-tonight-finally-do-it]
sub: intent
weight: 0.55
target: self
pattern: (tonight|today|tomorrow|this weekend|on friday|this time) (im|i am|i) (finally|really|actually|seriously) (going to|gonna|will) (do it|end it|go through with it|end things|end everything)
match: tonight i'm finally going to do it
nomatch: tonight i'm finally going to clean my room
note: timed intent without naming the act
source: h4 probes batch 5

# h4 batch 6

[en.self_harm.intent.h4-goodbye-message-drafts]
sub: intent
weight: 0.6
target: self
pattern: (writing and deleting|wrote and deleted|typing and deleting|typed and deleted|drafting|drafted|rewriting|rewrote|rewritten) (my|a) (goodbye|farewell|last|final|suicide) (message|letter|note|post|text|video)
match: i keep writing and deleting my goodbye message
nomatch: i keep writing and deleting my resignation letter lol
note: drafting a goodbye
source: h4 probes batch 6

[en.self_harm.instructions.h4-how-high-needed]
sub: instructions
weight: 0.6
pattern: how (high|tall|far) (does|do|would|should|must) (a|the) (bridge|building|roof|fall|balcony|cliff|drop|jump|window|floor) (need to|have to|has to) be
match: how high does a bridge need to be
nomatch: how high does a fence need to be for a husky
note: lethality of a fall
source: h4 probes batch 6

[en.self_harm.intent.h4-do-it-on-date]
sub: intent
weight: 0.5
target: self
pattern: (ill|i will|im gonna|im going to|i think ill|i want to) do it (on my birthday|on christmas|on new years|on the anniversary|when everyone is asleep|when my parents are asleep|when no one is home|when nobody is home|before christmas|before my birthday)
match: i think i'll do it on my birthday, seems fitting
nomatch: i'll do it on monday when i'm back at the office
note: choosing a date or moment for "it"
source: h4 probes batch 6

[en.self_harm.intent.h4-wont-miss-me]
sub: intent
weight: 0.5
target: self
pattern: (world|earth|nobody|no one|anyone|anybody|they|everyone|life|it) (wont|will not|wouldnt|would not|doesnt|does not|never|isnt going to|is not going to) (even|) miss me
match: the world keeps spinning, it won't miss me
nomatch: the dog won't miss me while i'm at work
note: conviction of not being missed
source: h4 probes batch 6

[en.self_harm.intent.h4-scared-of-myself]
sub: intent
weight: 0.55
target: self
pattern: (scared|afraid|terrified|frightened) of (myself|what i might do|what ill do|what im going to do|what i could do|what im capable of) (tonight|right now|rn|today|again|lately|to myself|)
match: i'm scared of myself tonight
nomatch: i'm scared of the dark tonight lol
note: fear of acting on urges
source: h4 probes batch 6

[en.self_harm.intent.h4-me-included]
sub: intent
weight: 0.6
target: self
pattern: (want|wish|need|just want) (it|everything|all of it|this|all of this|it all) (to be over|to end|to stop|to be gone|gone|over) ~4 (me included|including me|myself included|and me with it|and me too)
match: i want it to be over, all of it, me included
nomatch: the party is over, everyone left, me included
note: wanting everything to end, including oneself
source: h4 probes batch 6

[en.self_harm.intent.h4-barcode-arms]
sub: intent
weight: 1
target: self
pattern: (my|his|her) (arms|arm|thighs|thigh|wrists|wrist|legs|leg|hips|stomach) (look|looks|looking|are|is|lowkey look|literally look) like (a|) (barcode|barcodes|a barcode)
match: my arms look like a barcode lol
nomatch: my barcode scanner broke lol
note: "barcode" arms is self-harm slang; weighted to stay flagged when the writer adds "lol", which is part of the slang use
source: h4 probes batch 6

[en.self_harm.intent.h4-wont-see-holiday]
sub: intent
weight: 0.55
target: self
pattern: (dont think ill|dont think i will|wont|will not|not gonna|never gonna|doubt ill|doubt i will) (see|live to see|make it to|be here for|be around for|be alive for) (christmas|my birthday|next year|new year|new years|summer|the new year|another birthday|another christmas|18|16|20|21|spring|thanksgiving)
match: i dont think ill see christmas
nomatch: i dont think ill see my cousins this christmas
note: not expecting to live to a date
source: h4 probes batch 6

[en.self_harm.intent.h4-funeral-imagining]
sub: intent
weight: 0.55
target: self
pattern: (imagine|imagining|picture|picturing|think about|thinking about|wonder|wondering) (everyone|people|my family|my friends|them|who would come|who would cry|who would show up|how many people) (at|coming to|crying at|would come to|would be at|would cry at|would go to) my funeral
match: i keep imagining everyone at my funeral
nomatch: i keep imagining everyone at my wedding
note: rumination on one's own funeral
source: h4 probes batch 6

[en.self_harm.intent.h4-gone-by-choice]
sub: intent
weight: 0.6
target: self
pattern: (gone|dead|not here|not around) (tomorrow|tonight|soon|by morning|next week) ~3 (because i chose to be|i chose to be|it was my choice|it was my decision|because i wanted to be|i decided to be)
match: if i'm gone tomorrow, it's because i chose to be
nomatch: if i'm gone tomorrow it's because i chose to go to the lake early
note: pre-announcing death as a choice
source: h4 probes batch 6

[en.self_harm.intent.h4-done-trying-to-get-better]
sub: intent
weight: 0.55
target: self
pattern: (done|tired of|sick of|gave up|giving up|give up|stopped|quit|quitting) (trying|fighting|trying so hard) to (get better|recover|stay alive|stay clean|be okay|heal|stay safe|keep going|feel better)
match: i'm done trying to get better
nomatch: i'm done trying to fix this car
note: abandoning recovery
source: h4 probes batch 6

[en.self_harm.intent.h4-idc-live-or-die]
sub: intent
weight: 0.6
target: self
pattern: (idc|idgaf|i dont care|i dont even care|dont care|dont even care|i do not care) (if|whether) i (live or die|die|wake up|make it|survive|live|live or not|am alive|stay alive)
match: idc if i live or die at this point
nomatch: idc if we win or lose at this point, it's just for fun
note: indifference to survival (with "idc")
source: h4 probes batch 6

[en.self_harm.intent.h4-thinking-a-lot-about-dying]
sub: intent
weight: 0.6
target: self
pattern: (thinking|thought|think|thinkin) (a lot|so much|constantly|all the time|more and more|every day|lately|nonstop|way too much) (about|abt|of) (dying|death|suicide|killing myself|ending it|not existing|not being here|being dead|my death)
match: been thinking a lot about dying lately and it doesn't scare me
nomatch: been thinking a lot about moving abroad lately
note: frequent death rumination
source: h4 probes batch 6

[en.self_harm.recovery.h4-clinician-screening]
sub: recovery
weight: 0.3
pattern: (nurse|doctor|therapist|counselor|counsellor|psychiatrist|gp|pediatrician|paediatrician|psychologist|school nurse) (asked|asks|asking|screened|checked) (me|) (if|whether|about) (i|my)
match: the nurse asked if i had thoughts of harming myself and i said no
nomatch: my friend asked if i had thoughts of harming myself
note: routine clinical screening questions; routes to support without flagging the report
source: h4 probes batch 6

# h4 batch 7: recovery framings (past tense) and more at-risk variants

[en.self_harm.recovery.h4-past-behaviour]
sub: recovery
weight: 0.35
pattern: i used to (wear|hide|cover|write|take|hurt|burn|scratch|hit|starve|purge|skip|lie|hate|plan|pray|hope|wish|sit|stand|google|search)
pattern: (years|a year|two years|three years|four years|five years|ten years|many years|several years|months|several months) ago (i|when i|today i|my)
pattern: (days|weeks|months|years) since (i|my) last (self harmed|self harm|cut|sh|relapse|purge|purged|binge|attempt|hurt myself)
match: i used to wear long sleeves all summer to hide my arms. now i wear t-shirts proudly
match: three years ago i took a bunch of pills. today i graduated nursing school
match: it's been 500 days since i last self harmed 🎉
nomatch: last night i took a bunch of pills
note: past-tense recovery narratives (used to, years ago, days since) route to support without flagging the story
source: h4 probes batch 7

[en.self_harm.intent.h4-thinking-how-to-do-it]
sub: intent
weight: 0.5
target: self
pattern: (thinking|thought|think|planning|imagining|imagine|wondering) (about|of|) how (i would|id|i could|i will|ill|i should|i might|to) (do it|end it|die|go|kill myself|end things|end my life)
pattern: (wait|waiting|waited) for the right (night|moment|time|day|opportunity) ~4 (do it|end it|go|plan|nobody|no one|alone)
pattern: (have|got) a plan now ~6 (wait|waiting|right night|right time|ready|soon)
match: i've been thinking about how i would do it
match: i have a plan now. i just need to wait for the right night
nomatch: i've been thinking about how i would decorate it
note: method or timing rumination without naming the act
source: h4 probes batch 7

[en.self_harm.intent.h4-secret-self-harm]
sub: intent
weight: 0.6
target: self
pattern: (nobody|no one|noone) knows (i|that i|about my|ive been|i have been|im) (cut myself|cutting myself|sh|self harm|selfharm|self harming|purge|purging|starve myself|starving myself|throw up|burn myself|hurt myself|tried to kill myself|attempted)
pattern: (nobody|no one|noone) knows (i|that i) (cut|sh|purge) (and|but|so|because|or) (i|im|it|nobody|no one)
pattern: (havent told|never told|didnt tell|cant tell) (anyone|anybody|a soul|my parents|my family) ~5 (tried before|tried to|attempted|i cut|i sh|im cutting|i hurt myself|my scars|my cuts)
match: nobody knows i cut and i want to keep it that way
match: i haven't told anyone but i've tried before
nomatch: nobody knows i cut my own hair
note: concealed self-harm or past attempts
source: h4 probes batch 7

[en.self_harm.intent.h4-tired-of-waking-up]
sub: intent
weight: 0.45
target: self
pattern: (so|really|just|im|i am|literally) (tired|sick|exhausted) of waking up
match: i'm so tired of waking up
nomatch: tired of waking up at 5 for practice
note: weariness with each new day; weak alone ("so tired of waking up early"), adds up with other distress
source: h4 probes batch 7

[en.self_harm.intent.h4-need-new-scars]
sub: intent
weight: 0.85
target: self
pattern: (scars|cuts|marks|burns) ~5 (need|want|make|get|add) (new ones|fresh ones|new cuts|new marks|more cuts|more scars)
match: my scars are fading so i need new ones
nomatch: my shoes are fading so i need new ones
note: renewing self-harm marks; weighted to stay flagged despite the recovery cue that "scars are fading" carries
source: h4 probes batch 7

[en.self_harm.intent.h4-all-i-think-about-dying]
sub: intent
weight: 0.65
target: self
pattern: all i (think|can think|ever think|dream) about is (dying|death|suicide|killing myself|ending it|ending my life|not existing|being dead|cutting|the blade)
match: all i think about is dying
nomatch: all i think about is dinner
note: constant death rumination
source: h4 probes batch 7

[en.self_harm.intent.h4-means-right-here]
sub: intent
weight: 0.55
target: self
pattern: (the|my) (pills|blade|blades|razor|rope|gun|knife|noose) (are|is) (right here|here with me|next to me|in reach|within reach|in my pocket|on my lap|beside me)
match: the pills are right here
nomatch: the scissors are right here on the desk
note: means within reach
source: h4 probes batch 7

# ---------------------------------------------------------------------------------------------
# round 3 (r3sh): chat spellings of "yourself", masked and slashed forms, concealment, staged
# means, veiled goodbyes, dares and "ending it is rational" talk aimed at others
# ---------------------------------------------------------------------------------------------

[en.self_harm.promotion.r3sh-method-yourself-spellings]
sub: promotion
weight: 0.9
target: other
pattern: (kill|kil|kll|unalive|unalived|unalve|hang|neck|rope|knife|stab|gas|behead|gun) (urself|urslf|urslef|ursef|ursel|yoself|yourslef|yourselff|youself|yaself|yerself|yurself|yrself|uself|urselfs|yourselfs|ur self|your self|yo self|u self|ya self|you self|yourself|yourselves|urselves|urselff|ur selff|ur slef|your slef|ur sef|yo selff|urseif|yourseif|yoseif|ur seif)
pattern: (killyourself|killurself|killyoself|kilurself|kilyourself|unaliveyourself|unaliveurself|hangyourself|neckyourself|ropeyourself)
match: kill urslef loser
match: kil urslf nobody cares
match: go kill ur self
match: unalive urslf
match: go 🔪 urself
match: rope urself
nomatch: i will never kill myself
note: encouraging suicide with the chat spellings of "yourself" (urself, urslf, urslef, yoself, ur self) and typo'd verbs; 🔪 folds to knife, 🪢 to rope
source: r3 self_harm helper, fresh probes

[en.self_harm.promotion.r3sh-go-method-yourself]
sub: promotion
weight: 0.85
target: other
pattern: (go|just|pls|please|plz|should|shud|better|fr|honestly|gonna) ~1 (shoot|drown|poison|suffocate|strangle|electrocute|overdose|starve|burn|bleed|slit|cut|delete|stab) (yourself|urself|urslf|urslef|yoself|yourslef|youself|uself|ur self|your self|yo self|u self)
pattern: (shoot|slit|cut) (urself|urslf|urslef|yoself|yourslef|ur self|yourself) (in the head|already|lol|lmao|pls|loser|nobody|no one|deeper|again)
match: go shoot yourself in the head
match: just drown urslf
match: go delete yourself
match: u should cut urself again
nomatch: shoot yourself a reminder email
note: "go/just/should" + a method + yourself (any spelling); the bare verb+yourself is too often benign (shoot yourself a text, drown yourself in work)
source: r3 self_harm helper

[en.self_harm.promotion.r3sh-delete-yourself]
sub: promotion
weight: 0.6
target: other
pattern: delete (yourself|urself|urslf|yoself|ur self|your self)
pattern: (go|just|pls|please|plz|should|u should|you should) (self delete|selfdelete|self deletion|self terminate|sewerslide|sewer slide)
match: delete yourself
match: go self delete
nomatch: delete the app yourself
note: algospeak "delete yourself" / "go self delete"; "delete yourself from the group" is allowlisted
source: r3 self_harm helper

[en.self_harm.promotion.r3sh-livestream-it]
sub: promotion
weight: 0.8
target: other
also: cyberbullying.self_harm_encouragement
pattern: (do it|kys|jump|rope|cut|end it|hang) (and|then|n) (livestream|livestreaming|live stream|stream|film|record|facetime) (it|yourself|urself|that)
pattern: (do it|kys|jump|rope|cut|end it|hang) (livestream|livestreaming|film|record) (it|yourself|urself|that)
pattern: (kys|jump|rope|cut|end it|hang|kill yourself|kill urself) (on|in) (live|stream|camera|cam|insta live|ig live|tiktok live|twitch)
pattern: do it (on|in) (live|stream|camera|cam|insta live|ig live|tiktok live) (so we can watch|so everyone can see|so we can all watch|so we can see|lol|lmao|pussy|coward|loser|then|already)
pattern: (livestream|live stream|stream|film|record|post) (it|yourself|urself) (when|while|as) (you|u|ya) (do it|kys|jump|die|cut|rope|hang)
pattern: (do it|jump|kys|rope) ~3 (were watching|we are watching|were all watching|we are all watching|everyones watching|everyone is watching)
match: do it, livestream it
match: kys on live
match: do it on live so we can watch
match: livestream it when you do it
match: do it, we're all watching, go live
nomatch: livestream it so we can all watch the speedrun
nomatch: do it live! stream it on twitch
note: egging someone on to broadcast their suicide or self-harm
source: r3 self_harm helper

[en.self_harm.promotion.r3sh-go-through-with-it]
sub: promotion
weight: 0.6
target: other
pattern: (just|then|so|pls|please|go ahead and|go on and|finally) go (through|thru) with it
pattern: go (through|thru) with it (then|already|lol|lmao|pussy|coward|loser|nobody|no one|bro|for once|we|everyone|idc|i dare|this time|nobodys stopping you|no ones stopping you|nobody will stop you)
pattern: (saying|said|say|talking about|threatening) (you|u|youll|ull|youd|youre|ur) ~3 (do it|kill yourself|kys|end it|jump) ~5 (just do it|do it already|then do it|so do it|go through with it)
pattern: (next time|this time) (cut|slit|do it|go) (the right way|deeper|vertically|properly|down the road|right)
pattern: (you|u|ya) (should|better|need to|ought to|might as well) (just|actually|finally|) go (through|thru) with it
pattern: (why|y) (dont|wont|didnt|cant) (you|u|ya) (just|) go (through|thru) with it
match: go through with it then
match: you should just go thru with it
match: why dont u go through with it
nomatch: should i go through with the purchase
note: telling someone who talks about suicide to carry it out; the first person "i will go through with it" is an intent entry
source: r3 self_harm helper

[en.self_harm.promotion.r3sh-algospeak-when]
sub: promotion
weight: 0.7
pattern: (sewerslide|sewer slide|sooicide|soocide|suecide|kys|unalive|selfdelete|self delete|neck yourself|rope yourself|rope urself) (when|wen|time|arc|speedrun|yet|already|asap|challenge|pls|plz|please)
pattern: (suicide|kys|sewerslide|rope|unalive|an hero) speedrun
match: sewer slide when?
match: kys speedrun
nomatch: sewer slide is what tiktok says instead of suicide
note: meme taunts asking when someone will kill themselves ("sewerslide when", "kys speedrun")
source: r3 self_harm helper

[en.self_harm.promotion.r3sh-cut-deeper-taunt]
sub: promotion
weight: 0.8
target: other
pattern: (cut|slit|slice) (deeper|vertically|vertical|lengthwise|longways) (lol|lmao|lmfao|already|next time|this time|pls|please|plz|loser|bro|then|coward|pussy|nobody|u|you|ya|youre|ur|idiot|freak|haha|kid|emo|xd|skull|clown|and die|till|until|for real|fr)
pattern: (go|pls|please|plz|shouldve|should have|should of|u should|you should|ya should|just|then) (cut|slice|slit|cutting|slicing) (deeper|vertically|vertical|lengthwise|longways|the right way|properly|harder)
pattern: (down the road|down the street) not across (the street|the road)
match: cut deeper lol
match: you should have cut deeper
match: go down the road not across the street
nomatch: cut deeper into the fabric with the rotary cutter
note: telling a person who self-harms to cut deeper or to cut "the right way"
source: r3 self_harm helper

[en.self_harm.promotion.r3sh-ending-it-rational]
sub: promotion
weight: 0.75
pattern: (ending it|suicide|killing yourself|killing yourselves|kys|ending your life|ending your lives|sewerslide|roping|unaliving|dying) (is|would be|seems|sounds|really is|honestly is) ~2 (rational|logical|reasonable|sensible|smart|correct|right|best|only|obvious|kindest|humane|smartest) (choice|option|move|thing|answer|solution|decision|call|way out|path|thing to do)
pattern: (the|your|ur) (only|) (rational|logical|reasonable|sensible|smart|correct|obvious|best) (choice|option|move|thing|answer|solution|decision) ~3 (is|would be) (to|) (end it|suicide|kys|die|rope|kill yourself|kill yourselves|end your life|unalive)
match: ending it is the rational choice for people like you
match: the logical move is to kill yourself
nomatch: suicide is never the right choice
note: framing suicide as the rational or correct choice, usually aimed at a person or a group
source: r3 self_harm helper

[en.self_harm.promotion.r3sh-you-all-should-end-it]
sub: promotion
weight: 0.85
target: other
pattern: (you|u|yall|you all|you guys|all of you|people like you|ppl like you|ppl like u|your kind|ur kind|you people|losers like you|freaks like you|all of yall) ~3 (should|shud|need to|ought to|better|might as well|deserve to) (just|honestly|all|really|seriously|literally|go|fr|) (end it|end it all|kill yourselves|kill urselves|kys|unalive|rope|end yourselves|off yourselves|end your lives|end your life|not exist|an hero|sewerslide)
match: honestly you all should just end it, its the logical thing
match: people like you should rope
nomatch: you should end it with him if he treats you like that
note: telling a person or group to end their lives; "end it with him" (a relationship) is allowlisted
source: r3 self_harm helper

[en.self_harm.promotion.r3sh-dare-we-are-waiting]
sub: promotion
weight: 0.7
target: other
also: cyberbullying.self_harm_encouragement
pattern: (go ahead and|go on and|just|then) (jump|do it|end it|kys|rope|cut|slit) ~4 (were waiting|we are waiting|were all waiting|we are all waiting|everyone is waiting|everyones waiting|nobody will stop you|no one will stop you|nobody cares|no one cares|nobody will miss you|no one will miss you|coward|pussy|attention seeker|you wont)
pattern: (we|were|everyone|everybody|everyones|all) ~2 waiting (for you to|for u to|for ya to|on you to) (jump|do it|kys|die|end it|rope|cut|kill yourself)
pattern: (overdose|od|rope|neck|kys|unalive|sewerslide) already
match: go ahead and jump, we're all waiting
match: everyone is waiting for you to do it
match: overdose already
nomatch: go ahead and jump in the pool, the water is warm
note: daring someone who has talked about suicide; the taunt words carry it
source: r3 self_harm helper

[en.self_harm.intent.r3sh-covering-marks]
sub: intent
weight: 0.55
target: self
pattern: (hoodie|hoodies|long sleeves|longsleeves|sleeves|sweater|sweaters|jacket|bracelet|bracelets|bandaids|band aids|bandages|wristbands|sweatbands|concealer|makeup|leggings|jeans) ~6 (hide|hiding|cover|covering|covers|hides|bc of|because of|cause of|cuz of|so nobody sees|so no one sees|so nobody can see|so no one can see|so nobody notices|so no one notices|so people dont see|so my parents dont see|so my mom doesnt see) ~2 (my|the) (wrists|wrist|arms|arm|scars|cuts|marks|thighs|thigh|burns|wounds)
pattern: (hide|hiding|hid|cover|covering|covered) (my|the) (scars|cuts|marks|burns|wounds) (with|under) (bracelets|bracelet|sleeves|long sleeves|hoodies|a hoodie|bandaids|band aids|makeup|concealer|a watch|wristbands|jackets|sweaters|bandages)
pattern: (its|it is) (90|100|hot|so hot|summer|boiling) ~6 (hoodie|long sleeves|sweater|jacket) ~4 (wrists|arms|scars|cuts|thighs)
match: its 90 degrees and im in a hoodie bc of my wrists
match: hiding the scars with bracelets until they fade
nomatch: i wear long sleeves at the gym because im cold
note: concealing self-harm marks with clothing or bracelets; "i used to hide my scars" is recovery framing (discounted)
source: r3 self_harm helper

[en.self_harm.intent.r3sh-hidden-places]
sub: intent
weight: 0.55
target: self
pattern: (thighs|thigh|hips|hip|stomach|ankles|ribs|upper arms) ~5 (nobody|no one|noone) (checks|looks|sees|notices|will see|can see|would see|ever sees|ever checks) (there|them)
pattern: (cut|cutting|sh|shing) (on|in) (places|spots) (nobody|no one|noone) (can|will|would|ever|else can) (see|check|notice|look)
pattern: (cut|cutting|sh|shing) (on|in) (places|spots) (people|they|my parents|my mom|teachers) (cant|can not|wont|dont|will not|never) (see|check|notice|look)
match: my thighs are covered, nobody checks there
match: i only cut in places nobody can see
nomatch: nobody checks there anyway, the alarm is broken
note: choosing hidden places for self-harm so it is not noticed
source: r3 self_harm helper

[en.self_harm.intent.r3sh-masked-cut-again]
sub: intent
weight: 0.55
target: self
pattern: (cut|sh|shed|s h|cutted) again ~4 (dont tell|do not tell|nobody knows|no one knows|dont judge|pls dont|please dont|im sorry|i relapsed|ugh|fml|idk why|i hate myself|i couldnt stop|couldnt help it|days clean|my bad)
pattern: (back to|reset to|at) (day 0|day zero|day one|day 1|zero days) ~4 (cut|cutting|sh|s h|selfharm|self harm|relapsed|relapse|blade|clean)
pattern: (cut|cutting|sh|s h|selfharm|self harm|relapsed|relapse) ~4 (back to|reset to) (day 0|day zero|day one|day 1|zero)
pattern: (day 0|day zero) again ~4 (cut|cutting|sh|s h|relapsed|blade)
match: c*t again last night dont tell anyone
match: relapsed, back to day 0
nomatch: day 0 of learning guitar
note: relapse talk in masked or shorthand form (c*t, s/h, day 0)
source: r3 self_harm helper

[en.self_harm.intent.r3sh-slashed-sh]
sub: intent
weight: 0.55
pattern: s h (urges|urge|again|relapse|relapsed|scars|scar|cuts|wounds|tonight|rn|so bad)
pattern: (urges|urge|want|wanna|need|needing|craving) to s h
pattern: (relapsed|relapse|relapsing|clean from|free from|days clean of) ~2 s h
match: s/h urges wont stop i need to feel something
match: i want to s.h so bad
nomatch: s h ipping costs
note: "s/h" and "s.h" are read as the two words "s h" (not joined like "s h" spacing); mirrors sh-urges and did-sh
source: r3 self_harm helper

[en.self_harm.intent.r3sh-clean-counter-reset]
sub: intent
weight: 0.6
target: self
pattern: (reset|resetting|restarted|restarting|lost|broke|ruined) ~2 (my|the) (clean|sh|s h|sh free|cut free|self harm free|selfharm) (counter|count|streak|days|badge|time|app|tracker)
pattern: (clean|sh|sh free|cut free) (counter|streak|badge|tracker) ~3 (reset|back to zero|back to 0|gone|is zero|at zero|at 0|broken)
match: reset my clean counter to zero again
match: my sh free streak is gone
nomatch: my therapist says my clean streak is inspiring
note: a self-harm clean streak ending (relapse)
source: r3 self_harm helper

[en.self_harm.intent.r3sh-staring-at-means]
sub: intent
weight: 0.55
target: self
pattern: (staring|stared|holding|held|playing) (at|with) (the|my|a|this) (blade|blades|razor blade|razor blades|rope|noose|box cutter|pencil sharpener blade)
pattern: (staring|stared) at (the|my|a|this|all my|all the) (pills|pill bottle|bottle of pills|meds|medication|prescription|sleeping pills|painkillers|antidepressants)
pattern: (got|get|getting|took|taking|pulled|have) (my|the) (blade|blades|razor|razors|box cutter|rope|noose) out ~4 (staring|looking|thinking|holding|again|rn|tonight|just)
pattern: (the|my) (blade|blades|razor) (is|are) out (again|rn|tonight|now|already|and im|and i)
match: got my razor out, just staring at it
match: the blade is out again
nomatch: got my razor out to shave
note: sitting with the means (blade, pills, rope) in hand
source: r3 self_harm helper

[en.self_harm.intent.r3sh-rope-stashed]
sub: intent
weight: 0.55
target: self
pattern: (the|a|my) (rope|noose) (is|s|sits|hangs|stays|waiting) ~1 (in|under|inside|behind) my (closet|bed|drawer|room|backpack|bag|wardrobe|desk|car|mattress) (ready|waiting|already|just in case|for when|for tonight|for later|rn|now|again|still)
pattern: (the|my) (blades|razor blades) (are|stay|live) (in|under|inside|behind) my (closet|bed|drawer|room|backpack|pencil case|wardrobe|desk|mattress|phone case)
match: the rope is in my closet, ready
match: the blades are in my pencil case
nomatch: the jump rope is in the garage
note: means stored and ready
source: r3 self_harm helper

[en.self_harm.intent.r3sh-no-point-anymore]
sub: intent
weight: 0.5
target: self
pattern: (theres|there is|theres just|there really is) (no|zero) point (anymore|any more|in anything anymore|in anything|in trying anymore|in going on|in me|left)
match: theres no point anymore. none
nomatch: theres no point in arguing with him
note: hopelessness statement; "whats the point anymore" stays a weak signal
source: r3 self_harm helper

[en.self_harm.intent.r3sh-secret-goodbye]
sub: intent
weight: 0.6
target: self
pattern: (doesnt|dont|didnt|wont|does not|do not|nobody|no one) (know|knows|realize|realizes|realise) (its|it is|it was|this is|that its|that this is|its gonna be|this will be) (goodbye|a goodbye|my goodbye|the last time|our last|my last)
pattern: (one|the) last (time|hug|look|walk) ~3 (before i go|before im gone|before i leave for good|goodbye)
match: i told my best friend i love her. she doesnt know its goodbye
match: hugged my mom one last time before i go
nomatch: the last time i saw the ocean was in june
note: a veiled goodbye the recipient does not recognise
source: r3 self_harm helper

[en.self_harm.intent.r3sh-deleting-accounts-goodbye]
sub: intent
weight: 0.5
target: self
pattern: (deleting|delete|deleted|deactivating|deactivated) (all|) my (accounts|account|socials|profiles|everything) ~5 (its been real|been real|goodbye|bye|forever|for good|wont be back|love you|love yall|take care|thank you for everything|remember me)
match: deleting all my accounts tomorrow, its been real
nomatch: deleting my old account, follow my new one
note: leaving-for-good message with account deletion
source: r3 self_harm helper

[en.self_harm.intent.r3sh-ledge-now]
sub: intent
weight: 0.55
target: self
pattern: (standing|sitting|stood|sat|standin|sittin) on (the|a|this) (ledge|railing|edge of the bridge|edge of the roof|bridge railing) (rn|right now|now|again|tonight|alone)
pattern: (im|i am) on (the|a) (ledge|bridge|roof|tracks|train tracks|cliff|edge) (rn|right now|now|tonight|alone)
pattern: (im|i am) at (the|a) (train tracks|tracks|edge of the bridge|edge of the roof|edge of the cliff) (rn|right now|now|tonight|alone|again)
match: standing on the ledge rn
match: im on the bridge right now
nomatch: standing on the ledge of the climbing wall
note: at a height or on tracks right now
source: r3 self_harm helper

[en.self_harm.intent.r3sh-final-post-love]
sub: intent
weight: 0.55
target: self
pattern: (final|last) (post|message|tweet|video|upload|snap|story) ~3 (love you|love yall|love u|i love you all|goodbye|bye forever|im sorry|forgive me|take care|remember me)
pattern: my (last|final) (message|words|goodbye|letter) (to|for) (all of you|all of u|all of yall|everyone|everybody|you all|yall|you guys|u guys|my family|the world)
match: final post. love you guys
match: my last message to all of u
nomatch: final post of the year, thanks for following
note: last-post goodbye; "of the year / before the holidays" is allowlisted
source: r3 self_harm helper

[en.self_harm.intent.r3sh-not-planning-alive]
sub: intent
weight: 0.7
target: self
pattern: (dont|do not|not|dont really|no longer) (plan|planning|intend|intending|expect|expecting) (on|to) (being|be|stay|staying) (alive|breathing) (by|after|past|for|next|much|tomorrow|this|on|until|till|when|anymore)
pattern: (wont|will not|not gonna|not going to) be (alive|around|breathing) (by|after|past|on) (friday|saturday|sunday|monday|tuesday|wednesday|thursday|tomorrow|tonight|the weekend|next week|then|the end of)
match: i dont plan on being alive by friday
match: i wont be alive by friday
nomatch: i dont plan on being here by friday, moving out
note: stated deadline for being alive
source: r3 self_harm helper

[en.self_harm.intent.r3sh-sleep-forever]
sub: intent
weight: 0.55
target: self
pattern: (want|wanna|wish i could|just want|need|i could just) (to|) (go to sleep|sleep|fall asleep|close my eyes|lie down) (forever|permanently|for good|and never wake|and not wake|and not come back)
match: i want to go to sleep forever
nomatch: i could sleep for ten hours
note: passive wish to die expressed as sleep ("lol" halves it)
source: r3 self_harm helper

[en.self_harm.intent.r3sh-thinking-about-place]
sub: intent
weight: 0.5
target: self
pattern: (keep|kept|cant stop|always|been|constantly) (thinking|thinkin|dreaming) (about|of) (the|that) (bridge|tracks|train tracks|railroad|overpass|cliff|ledge|roof|rooftop|parking garage|rope|pills|blade|razor|noose)
match: i keep thinking about the bridge near my house
nomatch: i keep thinking about the concert last night
note: rumination about a place or means
source: r3 self_harm helper

[en.self_harm.intent.r3sh-wont-need-it]
sub: intent
weight: 0.55
target: self
pattern: (can have|can keep|gets|get|take|keep|can take|can split|split|can share|can divide) (my|all my) ~3 (wont be needing|wont need|wont be using) (it|them|any of it|anything|these|those) (anymore|soon|after tonight|)
pattern: (wont|will not|not gonna|dont) need (it|them|any of it|anything|my stuff|money|stuff) where im going
match: my sister can have my xbox, i wont be needing it
match: wont need it where im going
nomatch: my sister can have my old phone since i upgraded
note: giving away belongings with a "won't need it" explanation (warning sign)
source: r3 self_harm helper

[en.self_harm.intent.r3sh-wont-be-here-anyway]
sub: intent
weight: 0.55
target: self
pattern: (wont|will not|not gonna|not going to|wont even) be (here|around|alive) ~4 (so it doesnt matter|so whatever|so who cares|anyway|anyways|so it wont matter|doesnt matter|so dont worry)
pattern: (doesnt|wont|does not) matter ~2 (ill|i will|im gonna|im going to) be (gone|dead|not here) (soon|anyway|anyways|by then|soon anyway)
match: i wont be here next week so it doesnt matter
match: doesnt matter ill be gone soon anyway
nomatch: i wont be here next week, im on vacation
note: dismissing the future because the writer won't be alive
source: r3 self_harm helper

[en.self_harm.intent.r3sh-done-for-good]
sub: intent
weight: 0.5
target: self
pattern: (im|i am) (so|just|really|finally|) done ~1 (for good|forever)
pattern: (tired|exhausted|sick) of (fighting|fighting it|fighting this|trying) (i cant|i cannot|cant) (do this|do it|anymore|keep)
match: im done. for good this time
match: im so tired of fighting, i cant do this anymore
nomatch: im done with this game for good, uninstalling
note: exhaustion and finality ("done for good this time")
source: r3 self_harm helper

[en.self_harm.promotion.r3sh-jump-already]
sub: promotion
weight: 0.65
target: other
pattern: (jump|jumping) (off|from) (a|the|ur|your|that) (bridge|cliff|roof|building|balcony|skyscraper|overpass|tower|ledge) (already|pls|please|plz|loser|bro|then|and die|coward|pussy|nobody|no one|idiot|freak|u|you|ya)
match: jump off a building already
match: jump off the roof and die
nomatch: we jumped off a bridge into the lake
note: telling someone to jump from a height, with the taunt that makes it aimed
source: r3 self_harm helper

[en.self_harm.intent.r3sh-self-injury-on-purpose]
sub: intent
weight: 0.6
target: self
pattern: (burned|burnt|burn|burning|scratched|scratch|scratching|cut|hit|hitting|punched|bit|bruised|stabbed|carved) (myself|my skin|my arm|my arms|my wrist|my wrists|my leg|my legs|my thigh|my thighs|my hand|my hands|my stomach|my face|my head) ~5 (on purpose|deliberately|intentionally|because i deserve|cause i deserve|bc i deserve|to punish myself|to feel something|as punishment)
pattern: (pick|picking|picked|scratch|scratching|scratched|peel|peeling|peeled) (at|) my (scabs|skin|cuts|wounds|scars|arms) ~6 (on purpose|because i deserve|bc i deserve|to punish myself)
pattern: (punched|punch|punching|hit|hitting|kicked|banged|bang|banging|slammed) (the|a|my) (wall|walls|door|mirror|head|fist) ~6 (because i deserve|cause i deserve|bc i deserve|to punish myself|as punishment|on purpose|i deserved it|i deserve it|to feel something)
match: i burned my arm with a cig on purpose
match: punched the wall till my knuckles bled because i deserve it
match: i pick at my scabs on purpose so it hurts
nomatch: i burned my arm on the oven rack
note: deliberate self-injury other than cutting, marked by "on purpose" or self-punishment
source: r3 self_harm helper

[en.self_harm.intent.r3sh-covering-marks-more]
sub: intent
weight: 0.55
target: self
pattern: (watch|bracelet|bracelets|bandaids|band aids|bandages|concealer|makeup|foundation|wristband|scrunchies|hair ties) (over|on|covering|covers|to cover|to hide) (the|my) (fresh ones|new ones|fresh cuts|new cuts|wrists|wrist|thighs|hips|marks|scars|cuts|burns)
pattern: (long sleeves|longsleeves|hoodie|hoodies|sweater|sweaters|jacket|jackets|jeans) (in|during|all) (july|june|august|summer|the summer|this heat|a heatwave|the heat|90 degrees|100 degrees|pe|gym) ~4 (you know why|u know why|iykyk|again|to hide|for a reason|nobody asks|no one asks)
pattern: (arms|thighs|wrists|legs|hips|stomach) (are|r|look|looks) (a mess|wrecked|destroyed|shredded|torn up|cut up|covered) (under|beneath|underneath) (this|my|the|these) (sweater|hoodie|sleeves|jacket|jeans|clothes|shirt|bandaids)
match: wore my watch over the fresh ones today
match: put concealer on my wrists before school
match: long sleeves in july, u know why
match: my arms are a mess under this sweater
nomatch: put concealer on my pimples before school
note: concealing self-harm marks (more forms)
source: r3 self_harm helper

[en.self_harm.intent.r3sh-blades-just-in-case]
sub: intent
weight: 0.55
target: self
pattern: (kept|keep|keeping|saved|saving|hid|hiding|stashed|still have) (my|the|some|a|a few|an) (old|spare|extra|) (blade|blades|razor|razors|razor blades) ~3 (just in case|in case i need|for emergencies|for bad nights|for later|for when i need|for a bad day)
pattern: (found|finding) my old (blades|razor blades|blade) ~4 (kept|keep|just in case|again|cant throw|couldnt throw|staring|want to)
match: found my old blades, i kept them just in case
nomatch: found my old blades for the razor scooter
note: keeping self-harm tools "just in case"
source: r3 self_harm helper

[en.self_harm.intent.r3sh-dont-stop-me]
sub: intent
weight: 0.6
target: self
pattern: (cutting|sh|shing|ending it|ending things|jumping|doing it) (tonight|again tonight|rn|right now|later tonight|today) ~3 (dont try to stop me|dont stop me|nobody can stop me|no one can stop me|you cant stop me|u cant stop me|dont bother|goodbye|im sorry|dont try)
match: cutting tonight, dont try to stop me
nomatch: cutting the cake tonight, dont try to stop me
note: announced self-harm or attempt with a refusal of help
source: r3 self_harm helper

[en.self_harm.intent.r3sh-no-fight-left]
sub: intent
weight: 0.5
target: self
pattern: (tired|exhausted|sick|worn out) of fighting (this|it|myself|my mind|my brain|my head|these thoughts|the thoughts|the urges|to stay alive|to live|to be here|for my life|every day|every single day|alone|anymore)
pattern: (have|got|theres) (no|zero) fight left (in me|in myself|anymore)
pattern: (cant|cannot|tired of|sick of|done) (keep pretending|keep faking|pretending|faking) (im|i am|to be|that im) (ok|okay|fine|alright|happy) ~3 (im done|done|anymore|any longer|goodbye|cant anymore)
match: im so tired of fighting this every single day
match: i have no fight left in me
match: i cant keep pretending im ok, im done
nomatch: im so tired of fighting with my brother every single day
note: exhaustion of the will to keep going
source: r3 self_harm helper

[en.self_harm.intent.r3sh-wont-last]
sub: intent
weight: 0.55
target: self
pattern: (dont think|doubt|not sure|dont know if) (ill|i will|i can|i) (make it|last|survive|hold on) (to|till|until|through|past) (the weekend|tomorrow|friday|monday|morning|next week|tonight|the night|my birthday|christmas)
pattern: (soon|then|after tonight|after today|after this|tomorrow|in a few days) ~4 (wont|will not|dont|never) have to (worry about|deal with|put up with|see|hear from|think about) me
pattern: (last time|last thing) (youll|you will|anyone will|yall will|u will|youll ever|you guys will|you ever) (hear|see|get) (from me|of me|me)
match: dont think ill make it to the weekend
match: soon you guys wont have to worry about me
match: this is the last time youll hear from me
nomatch: dont think ill make it to the party this weekend
note: veiled statements that the writer will soon be gone
source: r3 self_harm helper

[en.self_harm.intent.r3sh-goodbye-dont-be-sad]
sub: intent
weight: 0.55
target: self
pattern: (i|we|) (love you all|love yall|love you guys|love u all|love u guys|love everyone) ~3 (please dont be sad|dont cry for me|dont blame yourselves|dont blame yourself|its not your fault|not your fault|forgive me|remember me)
pattern: (tell|please tell|pls tell) my (mom|mum|dad|sister|brother|family|friends|parents|girlfriend|boyfriend|kids|wife|husband) (i loved|that i loved|i always loved) (her|him|them|you) (so much|more than anything|im sorry|and im sorry|goodbye|always|forever|no matter what)
pattern: (who gets|who will get|who should get|who can have) (my|all my) (stuff|things|games|clothes|belongings|room|pets|dog|cat|phone|money) (when|after|once) (im gone|i die|im dead|i go|im not here)
match: i love you all. please dont be sad
match: decided who gets my stuff when im gone
nomatch: love you all, see you at thanksgiving
note: goodbye messages that absolve others or hand over belongings
source: r3 self_harm helper

[en.self_harm.instructions.r3sh-lethal-dose-question]
sub: instructions
weight: 0.65
pattern: how (many|much) ~3 (pills|meds|tablets|antidepressants|sleeping pills|paracetamol|tylenol|insulin|painkillers|xanax|benadryl|melatonin|ibuprofen|advil|aspirin|lithium|seroquel|zoloft|prozac|acetaminophen) ~3 (lethal|fatal|deadly|kill me|kill you|kill someone|kill a person|to die|an overdose|enough to die|to not wake up)
pattern: (is it|would it be|does it|will it) (painful|painless|quick|peaceful|hurt|fast) to (bleed out|hang|drown|overdose|od|jump|suffocate|slit|die by|die from|die of)
pattern: (which|what|how high|is the|is this) (bridge|building|roof|cliff|balcony|overpass|parking garage|tower) ~4 (high enough|tall enough) (to|) (die|kill|jump|not survive|)
match: how many of my antidepressants would be lethal
match: is it painful to bleed out
match: which bridge in town is high enough
nomatch: how many antidepressants is a normal dose
note: method research: lethal doses, pain of methods, heights
source: r3 self_harm helper

[en.self_harm.intent.r3sh-means-beside-me]
sub: intent
weight: 0.55
target: self
pattern: (knife|razor|blade|blades|pills|rope|gun|noose|box cutter) (is|are|sits|lies|laying|lying) (on|in|under) my (bed|lap|pillow|nightstand) ~2 (next to me|beside me|with me|rn|right now|tonight|again|waiting)
pattern: (keep|kept|been|always) (going|walking|driving|sitting|standing) (to|on|at|by) the (train tracks|tracks|railroad|railway|cliff|cliffs|edge|ledge) (at night|alone|every night|again|lately|late at night)
match: the knife is on my bed next to me
match: i keep going to the train tracks at night
nomatch: the knife is in the dishwasher
note: means within reach, or returning to a place to jump
source: r3 self_harm helper

[en.self_harm.intent.r3sh-courage-to-end-it]
sub: intent
weight: 0.65
target: self
pattern: (have|got|found|finally have|gathered|get|getting|working up) (the|enough) (courage|guts|nerve|balls|strength) to (end it|end it all|go through with it|kill myself|end my life|end things|jump|pull the trigger|take the pills)
match: i finally have the courage to end it
nomatch: i finally have the courage to quit my job
note: resolve to act on suicidal intent
source: r3 self_harm helper

[en.self_harm.promotion.r3sh-group-should-die]
sub: promotion
weight: 0.8
target: group
pattern: (everyone|everybody|all of you|yall|you all|all you|all of yall|this whole server|this whole chat|this whole class) ~3 (should|needs to|need to|ought to|deserves to|deserve to|better) (just|all|honestly|really|go|) (kill themselves|kill yourselves|kill urselves|kys|rope|end it|unalive|hang themselves|hang yourselves|off themselves|off yourselves|end themselves|sewerslide)
match: everyone here should just kill themselves
match: all of you should go kys
nomatch: everyone should call their mom this weekend
note: telling a group to kill themselves
source: r3 self_harm helper

[en.self_harm.promotion.r3sh-hope-you-cut-too-deep]
sub: promotion
weight: 0.8
target: other
pattern: (hope|hoping|wish|pray) (you|u|ya|he|she|they) (cut|cuts|slit|slits|slice|go|went|od|ods|overdose|overdoses) (too deep|deeper|deep enough|too far|your wrists|ur wrists|yourself|urself|for real|successfully|next time)
pattern: (hope|hoping) (you|u|ya) (succeed|get it right|do it right|finish the job) (this time|next time)
match: i hope you cut too deep
match: hope you succeed this time
nomatch: i hope you cut the cake soon
note: wishing that someone's self-harm or attempt is fatal
source: r3 self_harm helper

[en.self_harm.intent.r3sh-love-you-goodbye]
sub: intent
weight: 0.6
target: self
pattern: (i|we|) love (you|u|yall|ya|you all|you guys|u guys|everyone|you mom|you dad|you mum) ~6 (sorry for everything|im sorry for everything|forgive me|please forgive me|goodbye forever|bye forever|this is goodbye|its goodbye|my last post|my last message|my final post|cant do this anymore|cant go on|cant take it anymore|dont cry for me|please dont be sad|not your fault|dont blame yourself|dont blame yourselves|wont be here|ill be gone|remember me|see you on the other side|couldnt do it anymore|couldnt do this anymore|couldnt take it anymore|couldnt go on|cant do it anymore)
pattern: (sorry for everything|please forgive me|goodbye forever|this is goodbye|cant do this anymore|cant go on anymore|my last post|my final post|my last message) ~6 (i|we|) love (you|u|yall|ya|you all|you guys|everyone) (all|guys|so much|forever|always|)
match: i love you all. this is my last post
match: i love you mom. im sorry for everything. goodbye forever
match: sorry mom, i cant do this anymore. i love you
nomatch: i love you so much, im sorry i forgot your birthday
note: goodbye notes say "i love you": written as one phrase so the support cue "i love you" inside it does not discount the goodbye
source: r3 self_harm helper

[en.self_harm.instructions.r3sh-way-to-go]
sub: instructions
weight: 0.65
pattern: (way|ways|method|methods) to go (painlessly|peacefully|without pain|without any pain|without hurting|without it hurting|in my sleep|for good|quickly and painlessly)
pattern: (most peaceful|least painful|painless|gentlest|cleanest|surest|quickest painless) (way|method|ways|methods) to (end things|end it|go|die|check out|not wake up|leave this world)
pattern: (quickest|fastest|easiest|best|simplest) way out (that doesnt hurt|that wont hurt|without pain|painlessly|for good|of this life|of life|of existence|of this world)
pattern: (tylenol|paracetamol|acetaminophen|pills|meds|tablets) ~4 (shut down|destroy|fry) (my|your|the) (liver|kidneys)
match: ways to go painlessly?
match: most peaceful way to end things
match: quickest way out that doesnt hurt
match: how much tylenol to shut down your liver
nomatch: the quickest way out of the mall is the east exit
note: method research phrased as "ways to go" and "way out"
source: r3 self_harm helper

[en.self_harm.intent.r3sh-means-against-skin]
sub: intent
weight: 0.6
target: self
pattern: (razor|blade|knife|box cutter|scissors|shard|glass) (to|against|on|over|above|across|pressed to|pressed against|hovering over) my (wrist|wrists|throat|arm|arms|thigh|thighs|skin|neck|veins)
match: holding the razor over my wrist
nomatch: holding the razor to shave my legs
note: a blade held to the body
source: r3 self_harm helper

[en.self_harm.intent.r3sh-urges-bad-now]
sub: intent
weight: 0.5
target: self
pattern: (the|my|these|) (urges|urge) (are|r|is|s|have been|been) (so|really|rly|too|getting|super|) (bad|strong|loud|intense|unbearable|much|overwhelming) (rn|right now|tonight|today|again|lately|i cant|cant)
pattern: (clean streak|clean|sh free|cut free|days clean|months clean|weeks clean) ~3 (gonna|going to|about to|bout to|will) (end|ruin|break|lose|throw away|relapse) (it|tonight|today|rn|soon)
pattern: (havent|have not|hadnt|didnt) (cut|sh|shed|self harmed|hurt myself|burned myself) (in|for|since) ~3 (but|and) (i|) (want|wanna|need|crave) (to|it) (so bad|so badly|tonight|rn|right now|again|so much)
match: urges r so bad rn i cant
match: day 47 clean and im about to ruin it
match: i havent cut in 2 months but i want to so bad tonight
nomatch: i havent eaten in hours and i want pizza so bad
note: strong self-harm urges and an imminent relapse
source: r3 self_harm helper

[en.self_harm.intent.r3sh-covering-story]
sub: intent
weight: 0.55
target: self
pattern: (almost|nearly) (saw|noticed|found|caught|seen|see) (my|the) (arms|wrists|thighs|cuts|scars|marks|blades|razor|burns|fresh ones)
pattern: (lie|lied|lying|lies|make up|made up|making up) (about|for|an excuse for|excuses for) (the|my) (marks|cuts|scars|burns|bandages|wounds|arms|wrists) (again|every time|to|at|lol|)
pattern: (told|tell|telling|said|say) (the|my) (nurse|doctor|teacher|mom|mum|dad|parents|friends|coach|counselor|counsellor) (it was|its|they were|they are|theyre) (my|the|a) (cat|dog|kitten|pet|neighbors cat)
pattern: (blaming|blame|blamed|blamed it on) the cat (for|again) (my|the) (cuts|scratches|marks|arms|wrists)
match: my mom almost saw my arms today
match: had to lie about the marks again
match: told the nurse it was my cat lol
nomatch: my mom almost saw my report card
note: excuses and near-discovery of self-harm marks
source: r3 self_harm helper

[en.self_harm.intent.r3sh-done-tired]
sub: intent
weight: 0.55
target: self
pattern: not (sleepy|physically|that kind of|regular|normal) tired ~3 (done|soul|existence|life|dead|existing|emotionally) tired
pattern: (disappear|vanish|be gone|die|go) (and|) (nobody|no one|noone) (will|would|is going to|gonna) (even|) (notice|care|miss me)
pattern: (this is|heres|here is) my (suicide|sewerslide) (letter|note|message|video)
pattern: (this is|heres|here is) my (goodbye|farewell|final) (letter|note) (to everyone|to all of you|to the world|to my family|im sorry|i love you|forgive me)
pattern: (dont|do not|please dont|pls dont|plz dont) (look|come looking|search) for me (please|pls|anymore|im gone|ill be gone|its too late|when im gone|ever again)
match: i'm tired. not sleepy tired. done tired
match: im gonna disappear and nobody will notice
match: this is my goodbye letter to everyone
match: dont look for me, its too late
nomatch: i'm tired. not sleepy, just need coffee
note: exhaustion with life, disappearing unnoticed, goodbye letters, "don't look for me"
source: r3 self_harm helper

[en.self_harm.promotion.r3sh-if-i-were-you]
sub: promotion
weight: 0.85
target: other
also: cyberbullying.self_harm_encouragement
pattern: if i (were|was) (you|u|ya) ~2 (id|i would|i d|ida|i would have) (just|already|honestly|) (end it|end it all|kms|kill myself|rope|jump|unalive|off myself|hang myself|kys|an hero)
pattern: (why|y|whyd) (dont|not|cant|wont|dont you|dontcha) (you|u|ya|) (just|) (go|) (rope|neck|jump off|sewerslide|unalive|end it all|od|overdose|end yourself|kill urself|kill yoself|end urself|cut deeper)
pattern: (nobody|no one|noone) (cares|would care|will care|gives a damn|gives a fuck|gives a shit) ~2 (if|whether) (you|u|ya) (die|died|live or die|kill yourself|kys|jump|rope|unalive|od)
match: if i were u id just end it
match: why dont u just rope
match: nobody cares if u die, so go ahead
nomatch: if i were you id just quit the job
note: suggesting suicide to someone ("if i were you id", "why dont you just rope", "nobody cares if you die")
source: r3 self_harm helper

[en.self_harm.promotion.r3sh-end-your-life]
sub: promotion
weight: 0.8
target: other
pattern: (end|ending) (your|ur|yo|ya) (own|) (life|lives)
pattern: (take|taking) (your|ur|yo|ya) own (life|lives)
pattern: (you|u|ya) (should|need to|better|gotta|ought to) (just|go|honestly|) (overdose|od|kys|neck|hang yourself|hang urself|jump off something)
pattern: (hope|hoping) (you|u|ya) (rope|kys|neck|unalive|sewerslide|od|overdose|hang yourself|hang urself|jump off|end it|end your life|end ur life)
pattern: (killing yourself|killing urself|kys|suicide|ending it|unaliving) ~2 (u should|you should|ya should|u really should|you really should)
pattern: have (you|u) (ever|) (thought about|considered|tried) (killing yourself|killing urself|kys|suicide|ending it|unaliving) ~1 (u should|you should|ya should|u really should|you really should)
match: end ur life
match: take your own life loser
match: you should overdose
match: hope u rope
match: have u ever thought about killing urself? u should
nomatch: take your life back from anxiety
note: telling or wishing someone to end their life
source: r3 self_harm helper

[en.self_harm.promotion.r3sh-method-taunts]
sub: promotion
weight: 0.75
target: other
pattern: (take|swallow|down|eat) (all|all of) (your|ur|yo) (pills|meds|tablets|sleeping pills|antidepressants) (lol|lmao|already|loser|and die|and sleep|nobody|no one|coward|pussy|and never wake up)
pattern: (eat|drink|chug|swallow) (a|some|the) (tide pod|tidepod|bleach|rat poison|poison|cyanide|antifreeze) (and die|already|lol|loser|pls|and kys|and never wake up)
pattern: (bath|bathtub|shower) with (a|the|your|ur) (toaster|hairdryer|hair dryer|radio)
pattern: (take|swallow|down) (all|all of) (your|ur|yo) (pills|meds|tablets|sleeping pills) ~2 (and see what happens|see what happens|and never wake up)
pattern: (the rope|rope|suicide|sewerslide|death|kys|an overdose|the noose) (is|s) (your|ur) (best|only|last) (option|choice|bet|answer|solution|way out)
pattern: (youd|you would|u would|ud|you d) look (better|good|great) (in a|in your|in ur) (casket|coffin|grave|body bag)
pattern: (jump|jumping) off (the|a) (nearest|closest|tallest|highest|next) (bridge|building|cliff|roof|skyscraper|balcony)
pattern: (go|just|pls|please|plz) (stand|lie|lay|walk|step|jump) in front of (a|the) (train|bus|truck|car|semi)
pattern: (scars|cuts) ~4 (cut deeper|go deeper|do it properly|do it right)
pattern: (attention seeking|attention seeker|attention whore|for attention) ~4 (actually do it|just do it|do it already|kys|go through with it|actually kys)
pattern: (your|ur|yo) (only|last|best) (way out|option|escape|solution|answer|choice) (is|would be|left is) (death|dying|suicide|to die|sewerslide|kys|to kys|the rope|rope|ending it|killing yourself|to kill yourself)
pattern: end it already (loser|nobody cares|no one cares|pussy|coward|attention seeker|we are waiting|were waiting|lmao|freak)
pattern: (do it|jump|go ahead) (no balls|no guts|you have no balls|u have no balls|u got no balls)
match: take all ur pills and die
match: eat a tide pod and die
match: go take a bath with a toaster
match: ur only way out is suicide
match: do it no balls
match: maybe the rope is your best option
match: you'd look better in a casket
match: jump off the nearest bridge
match: go stand in front of a train
match: your scars are pathetic, cut deeper
match: stop attention seeking and actually do it
nomatch: take all your pills with food
note: method taunts and dares aimed at a person
source: r3 self_harm helper

[en.self_harm.intent.r3sh-sincere-want-to-die]
sub: intent
weight: 0.8
target: self
pattern: (no seriously|not joking|not kidding|no joke|no cap|deadass|frfr|for real|im serious|im not joking|not even joking) (i|) (just|really|) (want|wanna|need) (to|) (die|kms|kill myself|be dead|end it|unalive|not exist|end my life)
pattern: (want|wanna|need) (to|) (die|kms|kill myself|be dead|end it|unalive|not exist|end my life) ~2 (not joking|not kidding|no joke|no cap|no seriously|im serious|im not joking|not even joking|im being serious|deadass|frfr)
match: no seriously i want to die
match: wanna die lol not joking
nomatch: i want to die my hair, not joking
note: the sincere frame "no seriously" / "not joking" starts with a negation particle, which the scorer would read as negating the wish; written inside the phrase so it does not count as context
source: r3 self_harm helper

[en.self_harm.intent.r3sh-plan-soon]
sub: intent
weight: 0.6
target: self
pattern: (planning|plan|planned|going|gonna|decided|deciding|ready|about) (to|) (end it|end it all|end things|end everything|kill myself|ctb|kms|unalive myself|sewerslide|sewer slide|commit sewer slide) (soon|tonight|tomorrow|this weekend|this week|on friday|after|before|when)
pattern: (tonight|tonights|today|todays) (is|) the (night|day) (i|im gonna|ill|im going to) (end it|die|kill myself|ctb|kms|go through with it|end things)
pattern: (planning|plan|planned|planing) my (ctb|sewerslide|sewer slide|unaliving|way out|final day)
pattern: (want to|wanna|gonna|going to|planning to|ready to|about to|need to) (commit|) (sewer slide|sooicide|soocide|suecide)
match: i'm planning to end it soon
match: tonight's the night i end it
match: planning my ctb
match: i want to sewer slide
nomatch: im planning to end the lease soon
note: stated timing or plan for suicide, and the two-word "sewer slide"
source: r3 self_harm helper

[en.self_harm.intent.r3sh-marks-from-me]
sub: intent
weight: 0.55
target: self
pattern: (scars|cuts|marks|burns) ~4 (are|were) (from me|self inflicted|my own doing|from myself|from my blade|from the blade|not from my cat|not from a cat)
pattern: (wear|wearing|wore) ~4 (over|on|to cover) my (thighs|wrists|arms|hips|wrist) (so|because|bc|cause) (no one|nobody|noone|people|my parents|my mom) (sees|see|can see|will see|notices|wont see|dont see|cant see)
pattern: (new|fresh|more) (cuts|marks|scars|burns|wounds) ~6 (scared|afraid|worried|terrified|hope|praying) ~3 (see|notice|find out|find them|see them)
pattern: (parents|mom|mum|dad|teacher|teachers|friends|sister|brother) (will|might|are gonna|gonna|could|are going to|almost) (see|notice|find) (my|the) (cuts|scars|marks|arms|wrists|blades|thighs|burns)
match: the scars on my thighs are from me
match: i have to wear shorts over my thighs so no one sees
match: i have new cuts and i'm scared my parents will see
nomatch: the scars on my knee are from a bike crash
note: owning self-inflicted marks and fear of discovery
source: r3 self_harm helper

[en.self_harm.intent.r3sh-acts-and-means]
sub: intent
weight: 0.65
target: self
pattern: (use|using|used|turn|turning|point|pointing) (it|the gun|a gun|my gun|my dads gun|the knife|the blade) on myself
pattern: (took|taken|swallowed|downed|popped|just took) (a bunch of|a lot of|a handful of|too many of|handfuls of|all of|half of) my (pills|meds|tablets|sleeping pills|painkillers|antidepressants|medication|prescription)
pattern: (overdosed|oded) (last night|yesterday|today|again|this morning|on purpose|on my meds|on my pills)
pattern: (go|went|get|gone|got|going|cut|cutting) (to|into) (beans|styro|styrofoam)
match: i have a gun and i'm thinking about using it on myself
match: just took a bunch of my sleeping pills
match: overdosed last night and woke up in the er
match: i want to go to beans
nomatch: i used the knife on the steak
note: acting on means: a gun or blade on oneself, pills taken, self-harm depth slang
source: r3 self_harm helper

[en.self_harm.intent.r3sh-passive-wish-more]
sub: intent
weight: 0.6
target: self
pattern: (would love|would like|want|wanna|id love|id like|just want|i wish) to (not exist|stop existing|disappear forever|not be alive|never wake up|not wake up|cease to exist|not be here anymore)
pattern: (way out|escape|solution|option) (except|but|other than|besides|apart from) (dying|death|suicide|to die|killing myself|ending it|the rope)
pattern: (dont|cant|do not|cannot|can not) see (a|any|another|no|any other) (way out|escape|solution|option|other way|choice) (except|but|other than|besides|apart from) (dying|death|suicide|to die|killing myself|ending it|the rope)
pattern: (death|dying|suicide|sewerslide|ending it) (is|seems|feels like|looks like) (the|my) (only|last|one) way out
pattern: (ill|i will|im gonna|im going to) be (gone|dead) (forever|for good|by morning|by tomorrow|soon anyway|before christmas|before my birthday)
pattern: (birthday|bday|christmas) ~5 (its my last one|my last one ever|the last one ill have|my last one alive)
pattern: (gave|giving|give|given) (away|) my (cat|dog|pets|bunny|rabbit|hamster|fish|pet) ~6 (better care|better home|better owner|better than me|wont be here|wont be around|when im gone|better off)
match: i would love to not exist
match: i don't see a way out except dying
match: death is the only way out
match: happy birthday to me, it's my last one
match: i gave my cat to my friend, she'll take better care of her
nomatch: i would love to not go to school tomorrow
note: passive death wishes, no way out but death, last birthday, rehoming pets as a warning sign
source: r3 self_harm helper

[en.self_harm.intent.r3sh-want-to-self-harm]
sub: intent
weight: 0.65
target: self
pattern: (want to|need to|going to|about to|tempted to|urge to|urges to|trying not to|wanna|gonna|needa|tryna|craving to|want to go|wanna go) (self harm|selfharm|self injure|s h)
pattern: (self harm|selfharm) (urges|urge|again|tonight|relapse|so bad|rn|right now|thoughts)
pattern: (knife|stab|gun|stabbing|knifing) myself (tonight|again|rn|now|so bad|in the|today|)
match: i want to s3lf h4rm
match: self h@rm urges again
match: i want to 🔪 myself
nomatch: how to help a friend who wants to stop self harming
note: first-person self-harm urge with the full words (leet and symbols are folded), and 🔪/🔫 + myself
source: r3 self_harm helper

[en.self_harm.intent.r3sh-tired-of-fighting-bare]
sub: intent
weight: 0.5
target: self
pattern: (tired|exhausted|worn out) of (fighting|fightin|holding on|hangin on|hanging on)
pattern: (tired|exhausted|sick|worn out) of (trying|tryin|fighting|fightin|struggling|strugglin) (to stay alive|to live|to keep living|to keep going|to stay here|to not die|to get better|to be okay|to be ok)
pattern: (life|everything|it all|existing|living|being alive) (is|s|has gotten|got) (too much|too hard|unbearable) ~3 (im done|im out|i give up|giving up|cant anymore|i cant anymore|i cant do it)
match: im so tired of fightin
match: tired of tryin to stay alive
match: life is too much, i'm done
nomatch: im so tired of fixing this printer
note: exhaustion with staying alive; fights with people, traffic or illness are cancelled by the proposed allow entry en.allow.sh-tired-of-fighting-with (round-3 allow.lex)
source: r3 self_harm helper

[en.self_harm.intent.r3sh-tools-out]
sub: intent
weight: 0.55
target: self
pattern: (the|my) (blade|blades|razor blade|razor blades) (is|are|r|s) (out|back out)
pattern: (blade|blades|razor blade|razor blades) (is|are|r|s|) (out|back out) (again|rn|tonight|now|already|lol|ugh|dont judge|and)
pattern: (razor|razors) (is|are|r|s|) out (again|rn|tonight|dont judge|ugh)
pattern: (got|get|getting|took|taking|pulled|have) (my|the) (blade|blades|razor blade|razor blades) (back out|out again|out)
pattern: i (need|want|crave|miss|am craving|am missing|really need|really miss) (the|my) (blade|blades|razor blade|razor blades) (so bad|so badly|rn|right now|tonight|again|back|so much|lol|ugh|to feel)
pattern: (itching|itchin|dying|aching|craving|desperate|tempted) to (sh|s h|self harm|selfharm|bleed|relapse)
pattern: (itching|itchin|dying|aching|craving|desperate|tempted) to cut (rn|right now|so bad|so badly|again|tonight|today|myself|lately|all day|but)
match: the blades r out again
match: got my blade back out
match: razor's out, dont judge
match: i need the blade so bad
match: itching to cut rn
nomatch: itching to cut my hair short
note: self-harm tools out or craved
source: r3 self_harm helper

[en.self_harm.intent.r3sh-relapse-urge]
sub: intent
weight: 0.55
target: self
pattern: (want|wanna|need|needa|itching|craving|tempted) (to|) relapse (so bad|so badly|rn|tonight|again|today|right now|)
pattern: (days|weeks|months|day|week|month|year) clean (and|but|) (already|still|now|) (wanna|want to|need to|about to|gonna|going to|so close to|tempted to|itching to) (relapse|cut|sh)
pattern: (nobody|no one|noone) (noticed|saw|sees|notices|asked about|asks about) (the|my) (cuts|scars|marks|burns|bandages|wounds|fresh ones) (today|again|at school|yet|lol|)
pattern: (bracelets|bracelet|sleeves|long sleeves|hoodie|hoodies|wristbands|watch|bandaids) (hide|hides|cover|covers|hid|covered|hiding|covering) (it|them|everything|the marks|the cuts|the scars|my wrists|my arms) (pretty well|well|for now|mostly|again|enough|so far|lol)
pattern: (idk|dont know|do not know|dunno) how to stop (cutting|sh|selfharming|self harming|hurting myself|burning myself)
pattern: (cant|cannot|can not) stop thinking (about|of) (cutting|sh|self harm|the blade|hurting myself|burning myself|bleeding|the pills)
pattern: (been|ive been|keep|i keep|i was|i am|im) (reading|researching|looking up|googling|searching) (about|up|into|for|) (methods|ways to die|lethal doses|how to tie a noose|suicide methods|painless methods)
pattern: (cant|cannot) wait to (not be alive|stop existing|leave this world|not exist anymore|not wake up)
match: 3 days clean and already wanna relapse
match: i want to relapse so bad
match: nobody noticed the cuts today
match: bracelets hide it pretty well
match: idk how to stop cutting
match: i cant stop thinking about cutting
match: i've been reading about methods
match: i cant wait to stop existing
nomatch: im scared i might relapse, calling my sponsor
note: relapse urges, unnoticed marks, concealment that works, rumination and method research
source: r3 self_harm helper

[en.self_harm.intent.r3sh-giving-away]
sub: intent
weight: 0.5
target: self
pattern: (giving|gave) away (all|most of|) my (stuff|things|belongings|possessions|favorite things|favourite things|prized possessions)
pattern: (giving|gave|give) (all|) my (stuff|things|belongings|possessions) (away|to my friends|to my sister|to my brother|to people|to everyone|to my family)
match: giving away my things
match: i'm giving my stuff to my friends
nomatch: giving away old clothes to charity
note: giving belongings away is a warning sign; moving, decluttering and charity are allowlisted
source: r3 self_harm helper

[en.self_harm.intent.r3sh-hiding-marks-from]
sub: intent
weight: 0.55
target: self
pattern: (hide|hiding|hid|covering|cover|covered) (my|the) (marks|cuts|scars|burns|bandages|arms|wrists|thighs|fresh ones) from (my mom|my mum|my dad|my parents|my family|my friends|my teacher|my teachers|my therapist|my boyfriend|my girlfriend|everyone|everybody|people|them|the nurse|the school|teachers|my sister|my brother|my coach)
match: hiding my marks from my mom
nomatch: hiding my scars from surgery with makeup
note: concealing self-harm from people around the writer
source: r3 self_harm helper

[en.self_harm.intent.r3sh-just-cant-anymore]
sub: intent
weight: 0.5
target: self
pattern: i (just|literally|honestly|really|genuinely|seriously) (cant|cannot|can not) (anymore|any more|do it anymore|go on)
match: i just cant anymore
nomatch: i just cant believe it
note: exhaustion statement; "cant anymore with this weather" is allowlisted
source: r3 self_harm helper

[en.self_harm.intent.r3sh-hidden-and-noticed]
sub: intent
weight: 0.55
target: self
pattern: (hide|hiding) my (arms|wrists|thighs|legs|cuts|scars|marks) (in|at|during|for|from) (pe|gym|gym class|school|class|swim|swimming|the pool|practice)
pattern: (cover|covering) my (cuts|scars|marks|wrists) (in|at|during|for|from) (pe|gym|gym class|school|class|swim|swimming|the pool|practice)
pattern: (hoodie|hoodies|sleeves|long sleeves|sweater|jacket) ~8 (even though|although|despite|when) (its|it is|it was) (hot|boiling|summer|so hot|90|100|warm) ~6 (nobody can|no one can|nobody can know|no one can know|cant know|so they dont|you know why|u know why|iykyk|my arms|my wrists|my scars|my cuts)
pattern: (asked|asks|asking|noticed|saw|sees|found) (about|) (the|my) (marks|cuts|scars|bandages|burns|bandaids) (and|but|so) (i|) (said it was|said they were|said its|told them it was|told him it was|told her it was|told them they were|lied|pretended|made up|blamed it on)
pattern: (new|fresh) (cuts|wounds|burns) (sting|stings|hurt|hurts|burn|burns|bleed|bleeding|itch|itching|are stinging)
pattern: (how|too|so) deep i (went|cut|go|got|went this time) (last night|tonight|today|this time|yesterday|again)
pattern: (days|weeks|months|month|week|year|day) clean ~3 (want to|wanna|about to|going to|gonna|ready to) (throw it all away|throw it away|ruin it|relapse|break it|give it up)
pattern: (wrists|arms|thighs|wrist) (are|r|look|is) (a mess|wrecked|destroyed|shredded|torn up|cut up) ~2 (bracelets|bandaids|hide|hiding|nobody|no one)
pattern: (urges|urge) (tonight|today|rn|lately|again|this week) (are|r|is|have been|has been) (so|really|) (bad|strong|unbearable|loud|intense|overwhelming)
match: school starts tomorrow and i have to figure out how to hide my arms in pe again
match: ive been wearing my hoodie all week even though its hot, nobody can know
match: my boyfriend asked about the marks and i said it was from the gym
match: just got out of the shower and the new cuts sting so bad
match: im scared of how deep i went last night
match: its been a month clean and i want to throw it all away
match: my wrists are a mess, wearing bracelets to school
match: the urges tonight are unbearable, i dont think i can fight them
nomatch: my boyfriend asked about my scars and i told him the truth, he was so supportive
note: concealment, fresh wounds, depth and relapse urges in the forms teens write them
source: r3 self_harm helper

[en.self_harm.intent.r3sh-final-arrangements]
sub: intent
weight: 0.6
target: self
pattern: (ive decided|i decided|decision made|mind is made up|my mind is made up) ~3 (this weekend|tonight|tomorrow|friday|saturday|sunday|next week) is it
pattern: (wrote|written|writing|left) (letters|a letter|notes|a note) (to|for) ~4 (my parents|my mom|my dad|my family|everyone|my sister|my brother|my friends) ~6 (in my desk|in my drawer|under my pillow|for when|for after|theyll find|they will find|on my bed|when im gone)
pattern: last time (im|i am|i will be|ill be|i) (posting here|post here|on here|online|writing here|posting on here) ~3 (thank you for everything|thanks for everything|goodbye|bye forever|take care|love you all)
pattern: (bought|got|ordered|buying) (a|the|some) (rope|noose|belt|extension cord) ~6 (know what im doing with it|for myself|for me|to use tonight|im going to use|for tonight|not for camping|to hang)
pattern: (car|engine) ~4 (running|on) ~3 (in the garage|garage door closed|closed garage|the garage closed)
pattern: (have|got|laid out|lined up) (all|all of|) my (pills|sleeping pills|meds|antidepressants|painkillers) (in front of me|next to me|on my bed|in my hand|lined up|ready|on the table|on my desk)
match: i've decided. this weekend is it
match: wrote letters to my parents and my sister, they're in my desk
match: this is the last time i'm posting here. thank you for everything
match: i bought a rope today, i think i know what i'm doing with it
match: i'm sitting in the car with the engine running in the garage
match: i have all my sleeping pills in front of me
nomatch: my plan is set for the marathon, 16 weeks of training
note: final arrangements: decided date, letters, last post, means bought or laid out
source: r3 self_harm helper

[en.self_harm.intent.r3sh-research-and-wishes]
sub: intent
weight: 0.6
target: self
pattern: how (many|much) (of|) (my|the|these|those) (pills|meds|tablets|sleeping pills|antidepressants|painkillers) (it would take|would it take|it takes|to die|to od|would kill|would be enough|are enough|to not wake up)
pattern: (researching|googling|looking up|reading about|searched|searching) (the|) (fastest|quickest|easiest|most painless|painless|surest|best|least painful) (methods|method|ways|way) (all night|again|for hours|to die|to go|to do it|tonight|to end it|to kill myself|of suicide)
pattern: (lose consciousness|pass out|die|black out) (when|from|while|by) (hanging|drowning|bleeding out|overdosing|suffocating|strangling)
pattern: (wishing|hoping|praying|wish|hope|pray) (i|that i) (wouldnt|wont|would not|will not|never|dont) wake up
pattern: (never|nothing|not) ~3 (get|getting|going to get|gonna get) better ~1 (why keep trying|why keep going|why bother living|why even try|whats the point|im done|i give up|so why bother)
pattern: (family|parents|everyone|everybody|they|friends|mom|dad|world) (would|will|d) ~2 (be|feel) (happier|better|relieved|glad|better off|fine|at peace) (if|when|once) (i|im) (was|were|am|wasnt|werent|died|disappeared|gone|dead|left)
pattern: (dont|do not|please dont|pls dont|plz dont) try to (find|look for|save|reach) me
match: i googled how many of my pills it would take
match: been researching the fastest methods all night
match: how long does it take to lose consciousness when hanging
match: every night i lie awake wishing i wouldn't wake up
match: nothing is ever going to get better so why keep trying
match: my family would honestly be relieved if i was gone
match: please don't try to find me
nomatch: i googled how many pills of ibuprofen are safe per day
note: method research, wishes not to wake up, hopelessness, "family relieved if I was gone", refusing rescue
source: r3 self_harm helper

[en.self_harm.intent.r3sh-discovery-and-craving]
sub: intent
weight: 0.55
target: self
pattern: (checks|check|sees|see|finds|find|looks at) my (arms|wrists|thighs|cuts|scars|blades) ~2 (im screwed|im dead|im done|im so dead|its over|ill die|shes gonna|hes gonna|theyll know|im finished)
pattern: (bracelets|sleeves|bandaids|band aids|hoodie|long sleeves|wristbands) ~6 so (nobody|no one|noone|people dont|they dont) (asks|ask|sees|see|notices|notice|questions|can tell)
pattern: (days|weeks|months|day|week|month|year|years) clean ~4 (back to 0|back to zero|back to day 0|back to day zero|back to day one|back to day 1)
pattern: (want|wanna|need|crave|miss|craving|missing) (to see|seeing|the sight of|to watch) (blood|myself bleed|me bleed|the blood) (again|so bad|rn|tonight|)
pattern: i deserve (every|each|all of these|all the|all my) (cut|cuts|scar|scars|mark|marks|burn|burns)
pattern: (tired|exhausted|sick|worn out|drained) from (being alive|living|existing|staying alive)
pattern: (cant|cannot) (be here|stay here|do this|exist) anymore ~3 (im so sorry|im sorry|sorry|forgive me|goodbye|bye)
match: if my mom checks my arms im screwed
match: i wear two bracelets on each wrist now so nobody asks
match: i counted 40 days clean and now im back to 0
match: i want to see blood again
match: i deserve every cut
match: i'm so exhausted from being alive
match: i can't be here anymore, i'm so sorry
nomatch: i wear two bracelets on each wrist because i love them
note: fear of discovery, concealment, relapse reset, craving blood, exhaustion with life
source: r3 self_harm helper

[en.self_harm.intent.r3sh-arrangements-research]
sub: intent
weight: 0.6
target: self
pattern: (thank you|thanks|thank u|ty) for (being my friend|being there|everything you did|always being there|being in my life|putting up with me) ~4 (goodbye|remember me|forgive me|bye forever|take care of yourself|please forgive me)
pattern: (if|when) (something|anything) happens to me ~6 (password|passwords|passcode|my stuff|my things|tell my|give my|my journal|my diary|my savings)
pattern: (looking at|checking|looked up|googling|looked at|researching) how (high|tall) (the|that|this) (parking garage|bridge|building|roof|cliff|balcony|overpass|tower|water tower) (is|was)
pattern: (what|which|how much) (dose|amount|number) of (my|the|these|those) (meds|pills|tablets|medication|sleeping pills|antidepressants|insulin) (would be|is|would|will be) (fatal|lethal|deadly|enough to die|enough)
pattern: (until|before|till) (someone|anyone|they|my parents|my mom|my family) (finds|find|found|notices) (you|me|the body|my body) (after|if|when) (an overdose|overdosing|you die|i die|it)
pattern: (pills|meds|vodka|rope|blade|razor|noose) ~6 (tonights the night|tonight is the night|tonight is it|tonights it)
pattern: (thinking|think|thought|urge|tempted|want|wanna|keep thinking) about ~1 (driving|swerving|crashing) (off|into|in front of) (the|a) (bridge|cliff|overpass|river|lake|wall|tree|truck|oncoming traffic|barrier)
pattern: (list of|list of the) (people|everyone|friends) (to say goodbye to|to say bye to|to write goodbye letters to|to write letters to)
pattern: (giving|gave) away my ~4 to (friends|my friends|people i love|everyone i love)
pattern: (everyone|everybody|they|my family|my friends|people|the world|yall|you all|you guys) (will|would|d|is going to|are going to|gonna) (be|do) (okay|ok|fine|alright|better|happier) without me
match: thank you for being my friend. i mean it. goodbye
match: if something happens to me, my password is in the notebook
match: i've been looking at how high the parking garage is
match: what dose of my meds would be fatal
match: how long until someone finds you after an overdose
match: i have a bottle of vodka and all my pills, tonight's the night
match: i keep thinking about driving off the bridge on my way home
match: i'm making a list of people to say goodbye to
match: i think everyone will be okay without me
match: i've been giving away my books and clothes to friends
nomatch: thank you for being my friend all these years, happy birthday
note: veiled goodbyes, arrangements for after death, method and height research, staged means
source: r3 self_harm helper

[en.self_harm.promotion.r3sh-taunts-more]
sub: promotion
weight: 0.8
target: other
pattern: (why|y) (havent|hasnt|didnt|dont|do) (you|u|ya) (killed yourself|kill yourself|killed urself|kys|roped|hung yourself|ended it|unalived|done it) (yet|already)
pattern: (sewerslide|suicide|the rope|rope|death|the bridge|the noose) (is|s) calling (your|ur|you|u)
pattern: (jump|jumping) off (something|anything) (tall|high)
pattern: (hope|hoping) (you|u|ya) (jump|jumps) (off|lol|already|loser|fr|bro|nobody|coward|and die)
pattern: (make sure|be sure) (you|u|ya) (go|cut) (deep|deeper|vertical|vertically|the right way|all the way)
pattern: (i dare you|dare you|i dare u|dare u) (to|) (kys|kill yourself|kill urself|cut yourself|end it|rope|slit your wrists)
match: why haven't you killed yourself yet
match: sewerslide is calling your name
match: jump off something tall
match: if u cut again make sure u go deep
match: i dare you to kill yourself
nomatch: i dare you to jump in the cold lake
note: taunts pushing someone toward suicide
source: r3 self_harm helper

[en.self_harm.intent.r3sh-chat-register]
sub: intent
weight: 0.6
target: self
pattern: (blade|blades|razor|cutting|sh|selfharm) (s been|has been|been|is|s) (my|the) (only|best|one true) (friend|comfort|escape|therapy|coping|thing)
pattern: (relapsed|cut|sh|shed) (again|) ~3 (nobody|no one|noone) (even|) (noticed|knows|cares|asked|notices) (lol|lmao|haha|)
pattern: my (cuts|wounds|burns|scars) (r|are|got|is|look) (infected|so bad|bleeding|swollen|gross|deep) ~6 (cant tell|can not tell|cannot tell|dont tell|hide)
pattern: (i|) (fr|really|honestly|just|seriously|lowkey|genuinely|) (dont|do not) (wanna|want to) (be alive|live|exist) (no more|any more)
pattern: (thinking|thinkin|think|thought) (about|bout|abt|of) (jumping|jumpin) (off|from|out) (my|the|a|our) (balcony|roof|bridge|building|window|cliff|overpass|parking garage|apartment)
pattern: (take|swallow|down|taking|swallowing) (every|all the|all of the) (pill|pills|meds|tablets) in (the house|my house|the cabinet|the medicine cabinet|the bathroom)
pattern: (already|just|finally) (wrote|written|finished) my (note|letter|goodbye note|last note) (lol|lmao|haha|)
pattern: (got|have|bought|ive got) the (rope|pills|blade|gun|noose) ~4 (need the nerve|need the courage|need the guts|need to do it|just need to)
match: ngl the blade's been my only friend lately
match: lowkey relapsed again n nobody even noticed lol
match: my cuts r infected and i cant tell my mom
match: i fr dont wanna live no more
match: thinking bout jumping off my balcony
match: gonna take every pill in the house tonight
match: already wrote my note lol
match: ive got the rope, just need the nerve
nomatch: ngl pizza has been my only friend lately
note: chat-register at-risk talk; a trailing "lol" is written into the phrase where the statement is specific (note written, relapse unnoticed), since the hyperbole cue would otherwise halve it
source: r3 self_harm helper

[en.self_harm.intent.r3sh-after-im-gone]
sub: intent
weight: 0.6
target: self
pattern: (dont|please dont|pls dont|plz dont|do not) (be mad|be sad|cry|blame yourself|blame yourselves|hate me|be angry) ~3 (when im gone|after im gone|once im gone|when i go|after i go|when im dead)
pattern: (want|want you|need) (everyone|you all|yall|them|my family|you guys|u guys|my friends) to know (that|) i (loved|always loved|really loved) (them|you|yall|everyone|you all)
pattern: my (last|final|dying) (wish|request|words) (is|are|would be|will be)
pattern: (theres|there is|nothing) (nothing|really nothing|) left for me (here|anymore|in this world|in this life|on this earth)
pattern: (dont|do not) (wanna|want to) (fight|keep fighting|try|keep trying|keep going) (anymore|any more|no more) ~3 (so tired|too tired|exhausted|worn out|done living|tired of living|tired of everything)
pattern: (cant|cannot|can not) (even|) look at my (arms|wrists|thighs|scars|cuts) (anymore|any more) ~1 (so bad|too bad|disgusting|ruined)
match: pls dont be mad at me when im gone
match: i want everyone to know i loved them
match: my last wish is for you guys to be happy
match: theres nothing left for me here
match: i dont wanna fight anymore, im so tired
match: bro i cant even look at my arms anymore theyre so bad
nomatch: i want everyone to know i love them, happy thanksgiving
note: veiled goodbyes (past-tense "loved", "when im gone"), emptiness, giving up the fight
source: r3 self_harm helper

[en.self_harm.promotion.r3sh-group-should-kill-themselves]
sub: promotion
weight: 0.75
target: group
pattern: (should|need to|ought to|deserve to|must) (just|all|honestly|really|) (kill themselves|rope|hang themselves|unalive themselves|off themselves|end themselves|commit suicide|kys|neck themselves|an hero)
match: trans people should just kill themselves
match: every incel should rope
nomatch: nobody should ever feel like they have to kill themselves
note: telling a group to kill themselves; the group word is not the harm, the instruction is
source: r3 self_harm helper

[en.self_harm.intent.r3sh-coded-concealment]
sub: intent
weight: 0.55
target: self
pattern: (watch|bracelet|bracelets|sleeves|long sleeves|hoodie|bandaids|band aids|wristband|wristbands|sharpener|sharpeners|blade|blades|cat scratches) ~6 (iykyk|if you know you know|you know why|u know why)
pattern: (watch|bracelet|bracelets|wristband|wristbands|bandaids|band aids) ~4 (wrist|wrists|thigh|thighs|arm|arms) ~3 (for a reason|iykyk|you know why|u know why)
pattern: another (night|day) another (cut|scar|relapse|blade|burn)
pattern: (using|used|stole|stealing|been taking) (my|his|her) (dads|moms|mums|brothers|sisters|parents) (razor blades|blades|sleeping pills|pills|meds)
pattern: (only place|only time|only way|only room) i can (cut|sh|s h) (without|where|when)
pattern: (only place|only time|only way|only room) i can do it without (anyone|anybody|people|my parents) (knowing|noticing|hearing|finding out|seeing)
pattern: (want|need|miss|crave|craving) ~2 (feel|feeling) the (sting|blade|razor|cut) (again|so bad|so badly|rn|tonight)
pattern: (keep|kept|been|always) (looking|staring) at (the|my) (pills|meds|pill bottle|razor|blades|rope|noose)
match: i wear a watch on my left wrist 24/7 for a reason
match: another night another cut
match: ive been using my dads razor blades
match: my pencil sharpener is missing its blade, iykyk
match: the bathroom is the only place i can do it without anyone knowing
match: all i want is to feel the sting again
match: i keep looking at the pills in the cabinet
nomatch: i wear a watch on my left wrist because i'm right handed
note: coded self-harm talk ("for a reason", "iykyk"), routine cutting, tools taken from family, hidden place
source: r3 self_harm helper

[en.self_harm.intent.r3sh-quiet-goodbyes]
sub: intent
weight: 0.6
target: self
pattern: no light at the end of (the|my|this) tunnel (for me|anymore|at all|ever)
pattern: goodbye (message|note|letter|post|text|video) (in my drafts|in my notes|scheduled|in my notes app)
pattern: (giving|gave|give) (my|all my) (friends|family|sister|brother|best friend|mom|mum) (my|all my) (favorite things|favourite things|most prized possessions|prized possessions|special things|stuff|things|belongings)
pattern: (can|gets to|will) have my (room|stuff|things|clothes|phone|games|xbox|ps5|switch|bed) (when im gone|after im gone|once im gone|after tonight|when im dead)
pattern: (have|got) (everything|all) (i need|i need now) to (end it|die|kill myself|go through with it|end things|end my life)
pattern: (looked up|googled|googling|searching|researching|wondering|wonder) how long (it takes|it would take|does it take) to (drown|bleed out|die|suffocate|od|overdose|hang)
pattern: (wonder|wondering|wonder if|curious|i wonder) ~2 (anyone|anybody|people|someone|anyone at all) (would|will) (come|show up|go|cry) (to|at) my funeral
pattern: (made|make|making) (my|) peace with it ~3 (ready to go|ready to die|its time|goodbye)
pattern: (never|not) have to wake up (to this|ever again|to this again|again to this)
pattern: (im|i am) (so|just|) done ~4 (not coming back|never coming back|wont be back|wont be coming back)
pattern: (its|this is|tonight is) my last night ~5 (thank you|thanks|goodbye|love you|sorry|im sorry)
pattern: (not okay|not ok|not alright|not fine) ~3 (dont|do not) (want|wanna) (to|) be here
pattern: (ill|i will) be (gone|dead) (before|by the time) (anyone|anybody|they|you|my parents|someone) (notices|notice|finds out|realizes|can stop me|misses me)
match: there is no light at the end of the tunnel for me
match: i wrote a goodbye message in my drafts
match: i've started giving my friends my favorite things
match: i have everything i need to end it now
match: i looked up how long it takes to drown
match: i wonder if anyone would come to my funeral
match: i've made peace with it, i'm ready to go
match: i want to sleep and never have to wake up to this again
match: i'm so done. done done. not coming back
match: it's my last night, i just wanted to say thank you
match: i'm not okay and i don't want to be here
match: i'll be gone before anyone notices
nomatch: it's my last night in london, i just wanted to say thank you
note: quiet goodbyes, final arrangements, funeral and drowning thoughts, "last night"
source: r3 self_harm helper

[en.self_harm.intent.r3sh-subtle-ideation]
sub: intent
weight: 0.6
target: self
pattern: (ive|i have|i|i ve) (wanted|been wanting|wished|been wishing) to (die|be dead|kill myself|end it|not exist|disappear forever) (for|since|every|all|my whole)
pattern: (bout to|about to|finna|ima|imma|gonna|going to) (ctb|kms|sewerslide|unalive|off myself|od on|rope tonight|rope myself)
pattern: why (do i|should i|would i|am i) (even|) (bother|keep) (staying alive|living|existing|trying to live|breathing|going on|waking up)
pattern: sorry for being (such|so much of|) (a burden|a disappointment|so much trouble|a waste of space|a waste)
pattern: (want|wanna|need) out (for good|forever|permanently|of this life|of life|of everything|of existence)
pattern: (getting hit by a car|hit by a car|dying|not waking up|a car crash|an accident|cancer|never waking up|the plane crashing) ~3 (would|will) (honestly|really|actually|) be (a relief|a blessing|a mercy|welcome|a gift|so nice|peaceful)
pattern: (tired|sick|exhausted) of waking up
pattern: (have|got|made) a plan ~2 (not telling anyone|not telling anybody|nobody knows|no one knows|wont tell anyone)
pattern: (picked|chose|chosen|found|scouted) the (spot|place) (to do it|for it|where ill do it|where i will do it)
pattern: (enough|all the) (pills|meds|tablets) to (make sure|be sure|finish it|do it right|not fail|not wake up)
pattern: (said|told|say) everything i (needed|wanted|had) to say ~1 (goodbye|farewell|goodbye forever|bye forever)
pattern: (worthless|waste of space|a burden|a waste of air|a waste of oxygen) ~5 (time to go|time for me to go|i should go|should disappear|should die|i should leave)
pattern: (cant|cannot|dont think i can|not sure i can) (promise|guarantee) (ill|i will|i can) (be|stay) (safe|alive) (tonight|today|anymore|)
match: i've wanted to die for years and now i'm ready
match: bout to ctb
match: why do i even bother staying alive
match: sorry for being such a burden all these years
match: everything hurts and i want out for good
match: getting hit by a car would honestly be a relief
match: i'm so tired of waking up
match: i have a plan and i'm not telling anyone
match: i bought enough pills to make sure this time
match: ive said everything i needed to say. goodbye
match: i'm a waste of space and everyone knows it, time to go
match: i cant promise i'll be safe tonight
nomatch: i'm so tired of waiting for the bus
note: quieter ideation: long-held wish to die, wanting out for good, death as relief, plan kept secret, unable to stay safe
source: r3 self_harm helper

[en.self_harm.intent.r3sh-subtle-self-harm]
sub: intent
weight: 0.55
target: self
pattern: (doesnt|dont|does not|nobody|no one|noone) (know|knows|realize|realizes) how bad (its|it has|it s|things have|the cutting|my cutting|the urges|my sh|my self harm) (gotten|got|become|been)
pattern: (back at|back to) (square one|zero|day one|day 0|day 1) ~3 (cutting|sh|s h|self harm|the blade|blades)
pattern: (slipped up|slipped|messed up) (last night|again|tonight|today) ~6 (cutting|sh|s h|blade|cut|self harm)
pattern: (keep|kept|been) (writing|drafting|typing) (goodbye|farewell|suicide) (letters|notes|messages|letter|note|message)
pattern: (writing|wrote|typing|typed) (goodbye|farewell|suicide) (letters|notes|messages|letter|note|message) (and deleting|and deleted|then deleting|and tearing)
pattern: (harder|hard|impossible|difficult) to hide (the cuts|the scars|the marks|my arms|my cuts|my scars|my wrists|the burns|them from my parents|them from my mom)
pattern: (scratched|scratch|scratching|picked) my (arms|skin|wrists|legs|thighs) (raw|bloody|until it bled|til it bled|open) (again|last night|tonight|on purpose)
pattern: (when|if) i (cant|can not|cannot|dont) (find|have) (a|my|the) (blade|razor|blades)
pattern: (cuts|burns) on my (stomach|thighs|arms|wrists|hips|legs) (are|r|were|look) (the worst|worse|deeper|so deep|infected)
pattern: (thought|hoped) i was (done|over|finished) with (the blade|cutting|sh|s h|self harm|the razor|burning myself)
pattern: (dont tell|do not tell|pls dont tell|please dont tell) ~4 (i started again|started cutting again|i relapsed|im cutting|i cut again|im doing it again)
pattern: (if|when) i (dont|do not|stop) (text|reply|answer|respond|post) ~4 (call my mom|call my parents|call 911|call someone|check on me|send help|call the police|tell my)
match: my therapist doesnt know how bad it's gotten
match: i slipped up last night, back at square one with the cutting
match: i keep writing goodbye letters and deleting them
match: i scratched my arms raw last night
match: i use my nails when i cant find a blade
match: the cuts on my stomach are the worst yet
match: i really thought i was done with the blade
match: if i dont text back by tomorrow, call my mom
nomatch: i keep writing cover letters and deleting them
note: subtle self-harm relapse and concealment talk, drafts of goodbye letters, check-on-me requests
source: r3 self_harm helper

[en.self_harm.intent.r3sh-concealment-and-tools-more]
sub: intent
weight: 0.55
target: self
pattern: (so|so that) (coach|my coach|my mom|my mum|my dad|my parents|nobody|no one|people|my teacher|teachers|they|he|she) (doesnt|dont|wont|cant|does not|can not|cannot|will not|never) (see|notice|ask about) my (legs|arms|wrists|thighs|cuts|scars|marks|burns)
pattern: (sh|cut|self harm|selfharm|cutting) (free|clean) (for|) ~3 (until|till|til|untill) (tonight|today|last night|yesterday|this morning|now)
pattern: (broke open|smashed|took apart|take apart|broken open|cracked open|breaking open|taking apart) (a|my|the|another) (disposable|plastic|pink|safety|) (razor|razors|shaver|sharpener)
pattern: (think|thinking) about (the|my) (blade|razor|rope|pills|noose) (all day|all the time|constantly|every day|24/7|nonstop|at school|every night|all night)
pattern: (bathroom floor|bedroom floor|shower floor|closet floor|the floor) with (a|the|my) (blade|razor|knife|pills|rope|lighter) (again|rn|right now|tonight|in my hand|)
pattern: (punching|hitting|slapping|scratching|biting|burning|pinching|hurting|cutting) myself ~4 (helps|calms|makes me feel|is the only)
pattern: (gun|pistol|rifle|rope|pills|blade|razor|noose) ~6 (cant stop thinking about it|keep thinking about it|cant stop looking at it|keep looking at it|keeps calling me|is calling me)
pattern: (swallow|take|down|eat) (everything|all the pills|every pill|all the meds|every pill i have) in (my|the) (medicine cabinet|cabinet|bathroom|house)
match: i have to wear jeans to swim practice now so coach doesn't see my legs
match: sh free for 60 days until tonight
match: i broke open a disposable razor last night
match: i think about the blade all day at school
match: im sitting on my bathroom floor with a blade again
match: punching myself in the face helps me calm down
match: i found my grandpa's old gun in the garage and i cant stop thinking about it
match: i'm going to swallow everything in my medicine cabinet
nomatch: i'm going to clean out everything in my medicine cabinet
note: concealment from people, relapse after a clean streak, taking apart razors, fixation on means
source: r3 self_harm helper

[en.self_harm.intent.r3sh-passive-and-arrangements-more]
sub: intent
weight: 0.6
target: self
pattern: (dont|do not|no longer) (have|) (the|any) (energy|strength|will|reason) (to keep living|to live|to stay alive|to go on|left to live|to keep existing)
pattern: (want|wanna|need) to (stop feeling|not feel anything|feel nothing|stop existing|stop hurting) ~2 (permanently|forever|for good)
pattern: (pretending|pretend) (i have|theres|there is|that i have) a future
pattern: (planning|plan|planned) (on|to) not (being|be) (here|around|alive) (by|after|past|for|next|at|on)
pattern: (told|showed|tell|show) ~3 where my (diary|journal|passwords|password|letters|note|notes|will) (is|are) ~2 (just in case|in case|for after|when im gone)
pattern: (want|plan|planning|planned|picked|choosing) (my|the) (funeral|burial|cremation) (to|songs|song|music|flowers|outfit|playlist)
pattern: (goodbye|farewell|last|final) (texts|messages|letters|notes|posts|videos) (ready|drafted|written|scheduled|done) (to send|to go|to post|for|)
pattern: (would|will|d|theyd|theyll|shed|hed|they would|they will) (cope|be fine|be okay|be ok|move on|get over it|get over me|forget me|forget about me) (eventually|after a while|in time|soon enough)
pattern: (10|20|25|30|40|50|60|100) (tylenol|paracetamol|pills|advil|ibuprofen|sleeping pills|xanax|benadryl|aspirin|melatonin|tablets) (enough|a lot|lethal|fatal|too many|gonna do it|going to do it)
pattern: (quickest|fastest|easiest|best|painless|simplest|surest) way to (stop breathing|stop my heart|not wake up|never wake up|stop existing|disappear forever|leave this world)
pattern: (walking|driving|heading|going|on my way) to the (bridge|tracks|train tracks|cliff|cliffs|rooftop|overpass|parking garage) (right now|rn|now|tonight)
pattern: no reason (for me|) to (stay|stick around|keep going|be here|live) (anymore|any more|alive|in this world)
pattern: (was never|wasnt|was not|werent) (meant|supposed) to (live this long|be born|exist|be alive|make it this far)
pattern: (itll|it will|this will|thisll|thatll) be my last (one|birthday|christmas|summer|year)
pattern: (birthday|bday|christmas) ~6 (itll|it will|this will|thisll) be my last
pattern: (tired|exhausted|sick) of surviving ~3 (want to rest|wanna rest|want it to end|want to sleep|want to stop|im done|want to go)
match: i don't have the energy to keep living
match: i just want to stop feeling anything, permanently
match: i'm done pretending i have a future
match: i'm planning on not being here by summer
match: i told my best friend where my diary is, just in case
match: i want my funeral to have sunflowers
match: i have my goodbye texts ready to send
match: my family would cope, they'd be fine eventually
match: is 50 tylenol enough
match: what's the quickest way to stop breathing
match: i'm walking to the bridge right now
match: there's no reason for me to stay anymore
match: i was never meant to live this long
match: i'm counting down the days till my birthday, it'll be my last
match: i'm tired of surviving, i want to rest
nomatch: i'm tired of surviving on ramen, i want real food
note: passive ideation, arrangements and method questions in quiet wording
source: r3 self_harm helper

[en.self_harm.intent.r3sh-late-additions]
sub: intent
weight: 0.55
target: self
pattern: (sleep|go to sleep|fall asleep|lie down|close my eyes) and (just|simply|) (never|not) wake (up|again)
pattern: (prayed|prayin|praying|prays|hoped|wished|begged) (i|that i|id|to) (wouldnt|would not|wont|never|not|dont) wake (up|again)
pattern: (want|wanna|wish i could|just want|need) (to|) rest (forever|permanently|for good|and never wake up)
pattern: (holding|have|got) (all|all of) my (pills|meds|sleeping pills|antidepressants) (right now|rn|in my hand|in my hands|in my lap)
pattern: (hid|hide|hiding|stashed|stash|hidden) (a bottle of|a pack of|some|my|the|a box of) (pills|meds|sleeping pills|blades|razor blades|razors) ~4 (for later|for tonight|just in case|for when|for the weekend)
pattern: (told|tell|telling) (my|the) (therapist|counselor|counsellor|psychiatrist) (i was|im|i am|that i was|that im) (fine|okay|ok|safe|better) (but|even though) (i|im) (already|still|actually|really) (have|am|want|cut|planning|made)
pattern: (scared|afraid|worried|terrified) (i|that i|im) (wont|will not|cant|cannot|not going to) (stop myself|stop|control myself|keep myself safe|stay safe) (this time|tonight|anymore)
pattern: (brain|head|mind|voice|voices|thoughts|depression) ~3 (everyone|everybody|they|my family|the world) (would|will|d) be better off (without me|if i|if im|dead)
pattern: (dont worry|do not worry|stop worrying) ~4 (wont|will not|not) be around (to bother|to annoy|to burden|to bug) ~2 (much longer|for long|anymore|soon)
pattern: (cant|cannot|can not) keep fighting (my brain|myself|these thoughts|my own mind|the urges|to stay alive)
pattern: (marks|cuts|scars|burns) on my (wrist|wrists|arms|arm|thighs|thigh|legs|stomach|hips) ~4 (hard to explain|harder to explain|hard to hide|harder to hide|impossible to explain|running out of excuses)
pattern: (blade|blades|razor|razor blade|razor blades) (taped|hidden|stashed|hid) (under|inside|behind|in)
pattern: (swimming|the pool|the beach|pe|gym class|changing rooms) ~6 (because of|bc of|cause of) my (arms|thighs|wrists|scars|cuts)
pattern: (deleted|deleting|wiped) (all|) my (photos|posts|pictures|accounts|account) ~4 (last post|final post|goodbye|one last)
match: i want to go to sleep and just not wake up
match: i cried myself to sleep and prayed i wouldn't wake up
match: i just want to rest forever
match: i'm holding all of my pills right now
match: i hid a bottle of pills in my backpack for later
match: i told my therapist i was fine but i already have a plan
match: i'm scared i won't stop myself this time
match: my brain keeps telling me everyone would be better off without me
match: dont worry about me, i won't be around to bother you much longer
match: i can't keep fighting myself, i'm tired and i want to go
match: the marks on my wrist are getting hard to explain
match: i keep a blade taped under my desk drawer
match: i deleted all my photos and wrote one last post
nomatch: i told my therapist i was fine and we talked about school
note: late round-3 additions from the final fresh batch: quiet wishes not to wake, staged means, lying to clinicians, hidden blades
source: r3 self_harm helper

[en.self_harm.intent.arms-a-mess]
sub: intent
weight: 0.45
target: self
pattern: (my) (arms|wrists|thighs|forearms) (are|r|is|look|looks) (such|so|) (a mess|a wreck|destroyed|shredded|cut up|torn up|ruined|disgusting)
match: my arms are a mess but its the only thing that helps
nomatch: my arms look great after the gym
note: the writer's own cut-up arms or thighs; weak alone ("a mess" may be paint or bruises), it flags with a second sign such as "the only thing that helps"

[en.self_harm.intent.only-thing-that-helps]
sub: intent
weight: 0.4
target: self
pattern: (its|it is|cutting is|hurting myself is|sh is|self harm is|the pain is|pain is) (the|my) only (thing|way|way out|release|relief|outlet) (that|which|) (helps|works|calms me|makes me feel|keeps me)
pattern: (its|it is|cutting is|hurting myself is|sh is|self harm is|the pain is|pain is) the only (thing|way) (i can|to) (cope|feel|breathe|calm down|feel something)
match: my arms are a mess but its the only thing that helps
match: cutting is the only thing that helps
nomatch: music is the only thing that helps
note: self-harm described as the only relief; "it" often points back at the act, so weak alone

# ---------------------------------------------------------------------------------------------
# round 5 (r5sh): general families from blind probes; each entry covers a family of phrasings
# ---------------------------------------------------------------------------------------------

[en.self_harm.intent.r5sh-fresh-wounds-on-body]
sub: intent
weight: 0.6
target: self
pattern: (fresh|new|open|bleeding|todays|tonights) (cuts|cut|slashes|lines|wounds) (on|across|all over|up|down) my (arm|arms|wrist|wrists|thigh|thighs|leg|legs|hip|hips|stomach|tummy|ankle|ankles|forearm|forearms|shoulder|shoulders|chest|ribs)
pattern: (cuts|wounds|lines|marks) on my (arm|arms|wrist|wrists|thigh|thighs|leg|legs|hip|hips|stomach|ankle|ankles|forearm|forearms) (are|r|is|look|looks|got|keep|started) (fresh|open|new|bleeding|deeper|worse|infected|reopening|opening|raw) (again|now|today|tonight|)
pattern: scars on my (arm|arms|wrist|wrists|thigh|thighs|leg|legs|hip|hips|stomach|ankle|ankles|forearm|forearms) (are|r|is|look|looks|got) (fresh|open|bleeding|reopening|opening|new) again
pattern: my (arm|arms|wrist|wrists|thigh|thighs|leg|legs|hips|stomach|forearm|forearms) (are|r|is|got|look) (covered in|full of|covered with) (fresh|new|) (cuts|slashes|wounds|fresh scars|new scars|fresh marks)
match: fresh cuts on my thighs again
match: scars on my thighs are fresh again
match: the cuts on my wrist are bleeding again
match: my forearms are covered in cuts
nomatch: my scars on my arms are fading, two years clean
nomatch: new scratches on my hands from the rose bushes
nomatch: deep cuts on my leg from the bike crash, had stitches
nomatch: new burns on my arm from the oven
nomatch: my legs are covered in scars from eczema
nomatch: my scars on my arm are fresh from surgery
note: the writer's own wounds described as fresh, open or new on a body part where people self-harm; hands, knees and faces (accidents, sport) are left out, and old or fading scars do not match

[en.self_harm.intent.r5sh-blade-to-body]
sub: intent
weight: 0.6
target: self
pattern: (took|take|taking|put|putting|pressed|press|pressing|dragged|drag|dragging|ran|run|running|used|using|use) (a|the|my|that) (blade|blades|razor blade|razor blades|sharpener blade|box cutter|boxcutter|compass|scissors|knife|shard|glass) (to|on|across|into|against|over|along) my (arm|arms|wrist|wrists|thigh|thighs|leg|legs|hip|hips|stomach|skin|forearm|forearms|ankle|ankles|chest)
pattern: my (wrist|wrists|thigh|thighs|arm|arms|forearm|forearms) (are|r|is|look|looks) (a mess|a wreck|destroyed|wrecked|shredded|ruined|cut up) ~3 (blade|blades|razor|razors|razor blade|sharpener)
match: took the blade to my wrist again
match: dragged the blade across my arm
match: my wrists are a mess, used a razor blade
nomatch: used a razor on my legs to shave
nomatch: the knife slipped and cut my finger
nomatch: put the knife on the cutting board
note: the writer applying a blade or sharp object to their own body; plain "razor" is left out (shaving) except next to wrecked arms or wrists

[en.self_harm.intent.r5sh-not-the-cat]
sub: intent
weight: 0.55
target: self
pattern: (scratches|scratch marks|marks|cuts|lines|scars) ~6 (not a cat|dont have a cat|dont own a cat|dont even have a cat|dont even own a cat|no cat involved|no cats involved|we dont have a cat)
pattern: (cat scratches|cat scratch) (lol|lmao|haha|) (but|except|only) ~2 (no cat|dont have a cat|dont own a cat|i dont have a cat|i dont own a cat)
match: i have scratches everywhere lmao (not a cat)
match: got scratches on my wrist again, i dont even have a cat
match: cat scratches but i dont own a cat
nomatch: my cat scratches the couch every night
nomatch: the scratches on my hand are from my cat
nomatch: these scratches are not from a cat, it was my dog
note: "cat scratches" algospeak turned around: the writer says the marks are not from a cat (the cover story and the wink); widens h2-cat-scratches, which needs the word "cat" first

[en.self_harm.intent.r5sh-depth-seen]
sub: intent
weight: 0.6
target: self
pattern: (deep|deeper|deepest) ~4 (saw|see|seen|seeing|hit|reached|reach|showing|showed|to) (beans|styro|styrofoam)
pattern: (cut|cuts|cutting|went) (so|too|really|way) deep ~3 (saw|see|seen|seeing|showed|hit) (fat|bone|the fat|the bone|white|beans|styro)
match: went deeper than ever, saw beans
match: cut so deep i saw fat
match: deepest one yet, hit styro
nomatch: score the pork deep enough to see the fat
nomatch: deep dish pizza with beans
note: wound-depth algospeak ("styro" = white dermis, "beans" = fat layer) after a depth word; widens sh-depth-slang, which needs "cut to beans"

[en.self_harm.intent.r5sh-barcode-on-body]
sub: intent
weight: 1
target: self
pattern: (barcode|barcodes|barcoded) on (my|both) (arm|arms|wrist|wrists|thigh|thighs|leg|legs|hip|hips|stomach|forearm|forearms) (now|again|lol|lmao|rn|tonight|getting|is getting|are getting|from)
pattern: (barcode|barcodes|barcoded) (across|all over|up|down|along) (my|both) (arm|arms|wrist|wrists|thigh|thighs|leg|legs|hip|hips|stomach|forearm|forearms)
pattern: (got|have|gave myself|made|added|new|fresh|growing|cut|carved) (a|another|my|) (barcode|barcodes) (on|across|tonight|again|lol) (my|both|) (arm|arms|wrist|wrists|thigh|thighs|leg|legs|hip|hips|stomach|forearm|forearms|)
match: got a barcode on my thigh now
match: barcode on my arm now lol
match: barcode across my wrist lol
match: gave myself a barcode again
nomatch: got a barcode tattoo on my neck
nomatch: the barcode on my arm tattoo is healing nicely
nomatch: scan the barcode on the box
note: "barcode" (rows of parallel cuts) placed on the writer's body; weighted to stay flagged with the "lol" that belongs to the slang, like h4-barcode-arms

[en.self_harm.promotion.r5sh-die-together]
sub: promotion
weight: 0.65
pattern: (lets|let us|we should|we could|we can|wanna|want to|should we|shall we|we will|we gonna) ~2 (end it all|kill ourselves|unalive ourselves|ctb|end our lives|jump) together
pattern: (die|end it|end it all|end things|kill ourselves|unalive ourselves|end our lives) together (tonight|on|next|when|pact|soon)
pattern: (lets|let us|we should|we could|should we|we can) (all|all just) (kill ourselves|end it|end it all|unalive ourselves|ctb)
pattern: (make|made|making|do|have|start|want) (a|) pact ~4 (die|end it|end it all|end our lives|kill ourselves|unalive|ctb|not wake up|never wake up)
pattern: pact ~6 (do it|end it|die|go) together
pattern: (someone|anyone|somebody|partner|buddy|people) to (die|ctb|unalive|end it all|end my life) with
match: lets end it together tonight
match: let's all kill ourselves
match: anyone wanna make a pact, we could do it together on friday
match: want to make a pact to end it
match: looking for someone to end it all with
nomatch: we made a pact to study together
nomatch: let's go to the gym together
nomatch: let's end it together, this toxic friendship group chat
nomatch: romeo and juliet die together at the end
nomatch: let's die together in this raid lol
note: suicide pacts written without the word "suicide": dying or "ending it" together, a pact to die, looking for a partner to die with; widens suicide-pact

[en.self_harm.promotion.r5sh-sh-is-valid]
sub: promotion
weight: 0.6
pattern: (sh|selfharm|self harm|self harming|cutting yourself|hurting yourself|cutting urself|hurting urself|burning yourself) (is|are) (valid|a valid|healthy|harmless|not that bad|a good thing|the best|good for you|okay to do)
pattern: cutting (is|are) (valid|harmless)
pattern: (sh|selfharm|self harm|self harming|cutting yourself|cutting urself) (isnt|is not|aint|isnt even) (that bad|bad|a big deal|wrong|harmful|dangerous)
pattern: (dont let|never let) (anyone|them|people|nobody|your parents|ur parents|therapists) ~4 (stop|quit) (sh|selfharming|self harming|hurting yourself|cutting yourself|cutting urself)
pattern: (cutting|sh|selfharm|self harm) ~6 (dont let|never let) (anyone|them|people|nobody) ~3 (stop|quit)
pattern: (keep|dont stop|never stop) (cutting|bleeding|hurting) ~3 (you deserve|u deserve|deserve it)
match: cutting is valid, dont let anyone tell u to stop
match: sh isnt that bad honestly everyone should try it
match: dont let them make you stop self harming
match: keep cutting, you deserve it
nomatch: self harm is not okay and you deserve help
nomatch: cutting is a valid way to propagate succulents
nomatch: your feelings are valid, please reach out
nomatch: cutting isnt that bad if you eat enough protein
nomatch: don't let anyone make you stop cutting your hair short if you like it
note: pro self-harm talk that calls cutting valid, harmless or not a big deal, or tells people not to stop; "your feelings are valid" and plant "cuttings" stay clean

[en.self_harm.promotion.r5sh-rope-for-you]
sub: promotion
weight: 0.75
target: other
pattern: (get|grab|buy|find|tie|make) (yourself|urself|ur self|your self) (a|some|the|) (noose|bleach)
pattern: (get|grab|buy|find) (yourself|urself|ur self|your self) (a|some|the) rope (already|and hang|loser|lol|lmao|bro|kid|now|idiot)
pattern: (tie|make|get|grab) (ur|your) (own|) (noose|rope) (already|and|now|lol|loser|kid|bro)
match: buy yourself a rope already
match: go tie yourself a noose
match: go tie ur noose already
nomatch: grab a rope for tug of war
nomatch: you should get a new jump rope
nomatch: buy yourself some rope and climbing gear
note: telling someone to fetch a rope or noose for themselves; a climbing or camping context is the known false positive of the first pattern

[en.self_harm.promotion.r5sh-offed-yourself]
sub: promotion
weight: 0.85
target: other
pattern: (offed|offing) (yourself|urself|ur self|your self|yourselves|urselves|yoself)
pattern: (should|shouldve|should have|just|pls|please|plz|gonna|hope you|hope u|why dont you|why dont u|need to) (off|neck|rope|unalive) (yourself|urself|ur self|your self|yourselves|urselves|yoself)
match: the world would be better if you just offed yourself
match: why dont u off urself
match: you should neck yourself
nomatch: take the pressure off yourself
nomatch: show off yourself in the talent show
nomatch: youd be better off yourself doing it
note: "off yourself" in past tense and after a modal or plea ("offed yourself", "should off yourself", "hope you neck yourself"); bare "off yourself" follows phrasal verbs too often ("take the pressure off yourself")

[en.self_harm.promotion.r5sh-stop-existing]
sub: promotion
weight: 0.45
pattern: (just|should|could you|would you|why dont you|why dont u|y dont u|y dont you|need to|can you) ~1 (stop|quit) existing
pattern: stop breathing (already|forever|permanently|for good|and die|loser|you waste|u waste|nobody wants|nobody needs)
match: why dont you just stop existing
match: stop breathing already loser
nomatch: stop breathing so loud lol
nomatch: hold your breath and stop breathing for 10 seconds
nomatch: please stop existing in my notifications lol jk love you
nomatch: why dont you stop breathing through your mouth
note: wishing someone out of existence ("stop existing", "do everyone a favour and disappear"); weak alone since friends joke "pls stop existing", it flags when aimed at "you" or with a second sign


[en.self_harm.intent.r5sh-wont-be-here]
sub: intent
weight: 0.6
target: self
pattern: (i|ill|i will|im|i am|prob|probably|soon i) (wont|will not|not gonna|not going to|wont even) be (here|around|alive) (much longer|by morning|by tomorrow|when you wake up|when u wake up|after tonight|to see it)
pattern: (i|ill|i will|im|i am|prob|probably|soon i) (wont|will not|not gonna|not going to|wont even) be alive (anymore|next year|for christmas|for my birthday|to see)
pattern: (i|ill) (wont|will not) be (here|around|alive) (tomorrow|tmrw|tmr) ~3 (love you|ily|goodbye|bye|sorry|take care|remember me|forgive me)
match: i won't be here tomorrow, love you all
match: i wont be around much longer
match: i won't be alive when you wake up
nomatch: i won't be here tomorrow, dentist appointment
nomatch: i wont be at practice tomorrow
nomatch: im not gonna be here next year, transferring schools
note: the writer announcing they will not be alive or around; "won't be here tomorrow" alone is an absence note, so it needs a farewell after it

[en.self_harm.intent.r5sh-whole-bottle]
sub: intent
weight: 0.7
target: self
pattern: (swallowed|downed|popped|overdosed on) (a|the|my|her|his|) (whole|entire|full) (bottle|pack|packet|strip|box|blister) (of pills|of meds|of tablets|of sleeping pills|of painkillers|of tylenol|of paracetamol|of advil|of ibuprofen|of xanax|of benadryl|of melatonin|of antidepressants|idk|and now|now|an hour ago|last night|of my)
pattern: (took|ate|take|taking|swallow) (a|the|my|my moms|my mums|my dads|her|his|) (whole|entire|full) (bottle|pack|packet|strip|box|blister) of (pills|meds|tablets|sleeping pills|painkillers|paracetamol|tylenol|ibuprofen|advil|xanax|benadryl|melatonin|antidepressants|my meds|her meds|his meds|my pills)
pattern: (took|ate|swallowed|downed|popped) (a|the) (whole|entire|full) (bottle|pack|packet|strip|box) of (my|my moms|my mums|my dads|her|his|my sisters|my brothers|my nans|my grandmas) (pills|meds|tablets|medication|antidepressants|painkillers|sleeping pills|prescription)
pattern: (took|swallowed|downed|popped) all (my|of my|my moms|my mums|my dads|the) (pills|meds|tablets|medication|sleeping pills|antidepressants|painkillers) (at once|together|tonight|just now|an hour ago)
match: swallowed a whole bottle idk what happens now
match: took a whole pack of my moms pills
match: i took all my meds at once
nomatch: took the whole pack of gum to school
nomatch: drank a whole bottle of water
nomatch: swallowed a whole bottle of water after practice
note: an overdose in progress or just taken: a whole bottle or pack swallowed; widens swallowed-bottle and took-all-pills

[en.self_harm.instructions.r5sh-method-specs]
sub: instructions
weight: 0.7
pattern: (fastest|quickest|deadliest|most lethal) (vein|veins|artery|arteries)
pattern: (which|what) (vein|veins|artery|arteries) ~3 (fastest|quickest|deadliest|bleeds most|bleed out|most blood)
pattern: (what|which|how many) (height|floor|floors|storey|story|stories|storeys|feet|ft|meters|metres) ~5 (jump|fall|drop|jumping|falling) ~3 (die|fatal|guarantee|guaranteed|lethal|deadly|instantly|kill you|kill me|not survive)
pattern: (what|which) (height|floor|fall) (is|would be|counts as|is always) (fatal|lethal|deadly|guaranteed)
pattern: (how|what) (high|tall) ~4 (guarantee|guaranteed|fatal|lethal|not survive)
match: which veins are the fastest
match: what height do you need to jump from to guarantee it
match: what floor do i need to jump from to die
match: what height is fatal
nomatch: which vein do they draw blood from
nomatch: what height is the eiffel tower
note: method questions about which blood vessel or what fall height kills; widens which-vein and how-high-to-jump

[en.self_harm.instructions.r5sh-conceal-self-harm]
sub: instructions
weight: 0.6
pattern: (hide|hiding|cover|covering|conceal|concealing|cover up) ~3 (self harm|selfharm|sh|cuts|cutting|scars|marks|burns|wounds) ~2 from (my|the|) (parents|mom|mum|dad|family|teacher|teachers|school|therapist|friends|everyone|boyfriend|girlfriend|nurse|doctor)
pattern: (hide|hiding|conceal|concealing) ~2 (my|the|) (self harm|selfharm|sh) (scars|cuts|marks|wounds|burns)
pattern: (places|place|spots|spot|where) to (cut|sh|selfharm|self harm|burn) ~5 (no one|nobody|noone|parents|people|anyone) ~2 (see|sees|notice|notices|find|check|will see|can see)
pattern: (cuts|marks|scars|wounds) ~3 (heal|fade|disappear|go away) ~4 (no one|nobody|noone|parents|mom|dad|anyone) ~2 (see|sees|notice|notices|finds out|find out|knows)
pattern: how (to|do i|do you|can i) (cut|slit) (deep|deeper|deeply) (without|enough|so|but|to|and)
pattern: how (to|do i|do you|can i) (cut|sh|self harm|selfharm) without (anyone|people|my parents|parents|scars|scarring|leaving marks|leaving scars|it showing)
match: how do i hide my self harm from my parents
match: tips for hiding scars from my mom
match: how to hide self harm scars in summer
match: best places to cut where no one can see
match: how to make cuts heal faster so no one sees
match: how to cut deep without hitting anything
nomatch: how to cover a cake with fondant
nomatch: hiding the presents from my parents
nomatch: covering my old self harm scars with a tattoo, so proud of my recovery
nomatch: how to cut onions without crying
note: concealing self-harm from carers (a risk sign for children) and how-to for cutting unseen or deeper; widens hide-self-harm, whose patterns miss "self harm" written as two words

[en.self_harm.intent.r5sh-crash-on-purpose]
sub: intent
weight: 0.6
target: self
pattern: (thinking|think|thought|fantasize|fantasizing|fantasise|imagine|imagining|picture|picturing|urge|urges|tempted|want|wanna|going|gonna|should|could) ~3 (swerve|swerving|drive|driving|crash|crashing|steer|steering|veer|veering) ~2 (into|off|in front of) (the|a|an|some|) (oncoming|traffic|tree|wall|pole|bridge|cliff|river|lake|truck|semi|train|guardrail|barrier|overpass)
pattern: (cant|cannot) stop (thinking|fantasizing|imagining|picturing) (about|of) (swerving|driving|crashing|steering|jumping|walking) ~2 (into|off|in front of)
pattern: (crash|crashing|wreck|wrecking|total|totaling) my car ~2 (on purpose|and not survive|so i die|so it looks like an accident|and die)
match: i keep thinking about swerving into oncoming traffic
match: cant stop thinking about driving into a tree
match: wanna crash my car on purpose
nomatch: i keep crashing into the wall in mario kart lol
nomatch: i crashed my car into a pole, nobody hurt
nomatch: thinking about driving to the lake this weekend
note: the urge to crash a car or step in front of traffic; "can't stop thinking" is written inside the pattern so its "can't" is not read as a negation

[en.self_harm.intent.r5sh-attempt-failed]
sub: intent
weight: 0.4
target: self
pattern: (my|suicide|my suicide|my last|my latest|my first|my second|my third) attempt (failed|didnt work|did not work|wasnt enough|was a failure|didnt kill me)
pattern: (they|doctors|nurses|had to|got my|they had to) (pumped|pump) my stomach
pattern: (even|cant even|couldnt even|failed at) (kill|killing|unalive|unaliving|end|ending) (myself|my life|it) (right|properly|correctly)
match: my attempt failed, next time it wont
match: they pumped my stomach
match: i cant even kill myself right
nomatch: my attempt at baking bread failed
nomatch: the rescue attempt failed
note: a failed or survived suicide attempt told as failure (not as survival); "my attempt at ..." and third-party attempts do not match; weak alone ("my attempt failed, the cake sank"), it counts with a second sign such as "next time it won't"

[en.self_harm.intent.r5sh-next-time-it-works]
sub: intent
weight: 0.4
target: self
pattern: next time (it wont fail|i wont fail|ill make sure|i will make sure|it will work|itll work|i wont mess up|i wont wake up|i wont survive|i wont be found|ill take more|ill cut deeper|ill go deeper|it wont|nobody will stop me|no one will stop me|ill do it properly)
match: next time i'll make sure it works
match: next time i won't fail
nomatch: next time i'll study harder
nomatch: see you next time
note: a promise that the next attempt will succeed; weak alone ("next time it won't rain"), counts with a mention of an attempt or means

[en.self_harm.intent.r5sh-sh-diary]
sub: intent
weight: 0.65
target: self
pattern: (self harmed|selfharmed|shd|self injured|self harming|selfharming|sh ed|shing) (again|last night|tonight|today|this morning|earlier|yesterday|twice|bc|because|cuz)
pattern: (cut|burned|burnt|hurt myself) again (tonight|last night|today|this morning|after|bc|because|cuz) ~3 (relapsed|relapse|streak|clean|blade|sh|deep|deeper)
pattern: (broke|lost|ruined|reset|ended) (my|the) (streak|clean streak) ~3 (cut|cutting|cuts|sh|relapsed|burned|blade)
match: self harmed again
match: sh'd last night
match: broke my streak, cut again
nomatch: self harming is not your fault, you deserve support
nomatch: i lost my streak on duolingo
note: diary-style reports of self-harm without a subject ("self harmed again", "sh'd last night", "broke my streak, cut again")

[en.self_harm.intent.r5sh-wound-self-injury]
sub: intent
weight: 0.6
target: self
pattern: (bite|biting|bit|bitten|claw|clawing|clawed|dig|digging|dug|punch|punching|punched|slap|slapping|slapped) (myself|my skin|my arms|my arm|my wrists|my wrist|my legs|my thighs|my face|my nails into) ~4 (bleed|bleeds|bled|bleeding|blood|bruise|bruises|bruised|marks|scars)
pattern: (scratch|scratching|scratched) myself ~4 (bleed|bleeds|bled|bleeding|blood|scars)
match: i bite myself so hard it bleeds
match: i clawed my arms until they bled
nomatch: my dog bit me and it bled
nomatch: i scratched my mosquito bite
nomatch: i scratched my arm until it bled, mosquito bites are the worst
note: biting, clawing, punching or slapping oneself until bleeding or bruising; other people or animals biting the writer do not match

[en.self_harm.intent.r5sh-craving-to-cut]
sub: intent
weight: 0.55
target: self
pattern: (craving|crave|craved|cravings for) (the|my) (blade|blades|razor blade|sharpener|cutting)
pattern: (craving|crave|craved|itching|dying) (to|for) (cut|sh|selfharm|self harm|bleed|burn myself|hurt myself|a cut)
match: craving the blade
match: itching to cut again
nomatch: craving a cut of steak
nomatch: dying for a haircut
nomatch: craving the sting of wasabi
note: the writer's craving for cutting or the blade ("craving the blade", "itching to cut"); widens sh-urges and h4-miss-the-blade

[en.self_harm.intent.r5sh-scared-ill-do-it]
sub: intent
weight: 0.55
target: self
pattern: (scared|afraid|worried|terrified) (ill|i will|i might|im gonna|im going to|i am going to) (do|go through with) (something|it) (tonight|today|soon|this time|rn|right now|if|again)
match: i'm scared i'll do something tonight
match: im scared im gonna go through with it tonight
nomatch: i'm scared i'll do badly on the test
nomatch: i think ill do it tomorrow after school
note: fear of acting on the urge, or a plain "going to do it tonight" in a distress thread; at-risk writers use "it" and "something" for the act

[en.self_harm.intent.r5sh-dead-by-date]
sub: intent
weight: 0.45
target: self
pattern: (ill|i will|im gonna|im going to|i am going to|i should) be dead (by|before|on) (monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|morning|the weekend|next week|new year|new years|christmas|my birthday|the end of the week|the end of the month|summer)
match: i'll be dead by friday
match: i should be dead before christmas
nomatch: my phone will be dead by tomorrow
nomatch: the plant will be dead by friday
note: the writer dating their own death; weak alone since exam and sleep jokes ("i'll be dead by friday if i don't sleep") use the same words

[en.self_harm.intent.r5sh-wanting-to-die]
sub: intent
weight: 0.6
target: self
pattern: (im|i am|ive been|been|keep|still|tired of|sick of|always|constantly|stop|cant stop|i keep|i was|i started|started|all i do is|ashamed of|scared of) wanting to (die|be dead|kill myself|unalive myself|not exist|stop existing|end it all|end my life)
pattern: (want|wanna|wanted|wanting) (to|) die (24/7|all the time|every day|everyday|constantly|nonstop|every single day|so much|so bad|so badly|more every day)
match: wanting to die 24/7
match: tired of wanting to die
match: wanna die all the time
nomatch: wanting to dye my hair purple
nomatch: if you're wanting to die, please call 988
nomatch: wanting to die is a symptom, please talk to a doctor
note: the participle and constant-wish forms of "want to die" that do not start with "i"

[en.self_harm.intent.r5sh-never-been-born]
sub: intent
weight: 0.55
target: self
pattern: (i|me|i really) (shouldve|should have|shoulda|shouldnt have|should not have) (never|not) been born
pattern: (i|me) (shouldnt have|should not have|shouldnt of) been born
pattern: (should have|shouldve|shoulda|wish she had|wish they had|wish she|wish they) aborted me
pattern: (i|me) should (never|not) have been born
match: i should've never been born
match: my mom should have aborted me
nomatch: you should never have been born
nomatch: you never shouldve been born
nomatch: the calf should have been born by now
nomatch: i should have been born in the 80s
note: the writer wishing away their own birth; widens h2-never-born, which needs "wish"

[en.self_harm.intent.r5sh-fix-it-permanently]
sub: intent
weight: 0.3
target: self
pattern: (fix|solve|end|fix all of|solve all of) (that|this|it|everything|things|my problems|everyones problems|all of this|the problem) (permanently|for good|once and for all|forever)
pattern: (problem|burden|burdens) ~4 (gone|solved|fixed) (permanently|for good|forever|soon)
match: i'm a burden and i'm going to fix that permanently
match: soon i'll solve everyones problems for good
nomatch: i ended the relationship for good
nomatch: fix the leak with tape
note: a burden "fixed" for good; weak alone (repairs, bugs), it counts next to burden or farewell talk

[en.self_harm.instructions.r5sh-can-you-die-from]
sub: instructions
weight: 0.55
pattern: (can|could|will|would|do|does) (you|i|u|someone|a person|people|ppl) (die|die from an overdose) (from|on|off|by taking|if you take|if i take) ~3 (pills|sleeping pills|tylenol|paracetamol|acetaminophen|ibuprofen|advil|aspirin|benadryl|melatonin|xanax|insulin|antidepressants|painkillers|my meds|tablets|bleach|antifreeze)
pattern: (is|are|would|will) ~3 (pills|tablets|tylenol|paracetamol|benadryl|sleeping pills) (enough|a lethal|lethal|fatal|deadly) (to die|to kill|to kill me|to not wake up|dose|amount)
pattern: (is|are|would|will) ~3 (pills|tablets|tylenol|paracetamol|benadryl|sleeping pills) (lethal|fatal|deadly)
pattern: how (much|many) (tylenol|paracetamol|acetaminophen|pills|tablets|sleeping pills|benadryl|insulin|ibuprofen|advil|xanax|melatonin|antidepressants) ~3 (kills|kill|would kill|to kill|to die|is lethal|is fatal|until you die|till you die)
match: can you die from 20 sleeping pills
match: could i die from taking all my antidepressants
match: is 30 pills enough to die
match: i googled how much tylenol kills you
nomatch: can you die from eating too much sugar
nomatch: are these pills safe to take with food
nomatch: are 2 tylenol enough for a headache
nomatch: can i overdose on melatonin gummies? asking because my kid ate three
note: whether a number of pills or a household poison would kill; widens lethal-dose and how-many-pills

[en.self_harm.promotion.r5sh-share-cut-pics]
sub: promotion
weight: 0.6
pattern: (drop|post|send|share|show|dm) (your|ur|me|us|yo|me your|me ur|us your) (sh|self harm|selfharm|cutting|wound|wounds|blood|burn|burns|fresh wounds) (pics|pic|photos|pictures|vids|selfies|pix)
pattern: (who else|anyone else|anybody else) (sh|shs|self harms|selfharms|burns themselves|cuts themselves|cuts too|cuts here) ~3 (show|post|send|drop|pics|share)
match: drop your sh pics
match: who else self harms, show me yours
nomatch: drop your outfit pics
nomatch: drop your fresh cuts pics (haircuts)
nomatch: share your recovery story
nomatch: who else cuts their own hair? post pics
note: requests to post or swap pictures of cuts and wounds, the pro self-harm community habit; widens share-wounds

[en.self_harm.intent.r5sh-algospeak-timed]
sub: intent
weight: 0.6
pattern: (sewerslide|sewer slide|sooicide|soocide|suecide|unalive|unaliving|self deletion) (tonight|today|tomorrow|soon|this weekend|rn|right now|later|next week|is calling|calling me|looks good|looking good|sounds nice|sounds good|looking nice|on my mind|hours|time|o clock)
match: sewer slide tonight
match: self deletion is calling me
match: unalive hours
nomatch: the sewer slide at the water park is closed today
nomatch: the villain got unalived in the finale
nomatch: the messages self delete tomorrow
note: suicide algospeak tied to a time or to wanting it ("sewerslide tonight", "unalive hours"); the bare words stay weak in suicide-word and unalive

[en.self_harm.intent.r5sh-od-shorthand]
sub: intent
weight: 0.55
target: self
pattern: (i|ive|i have|i just|just|almost|nearly) (odd|oded|odded|odd again|od again) (last night|yesterday|again|this morning|earlier|tonight|and woke|and ended|on purpose|on my meds|on pills|on tylenol|on sleeping pills)
match: i od'd last night
match: i od'd on purpose
match: almost odded on my meds
nomatch: i od'd on coffee today lol
nomatch: that was odd last night
note: "OD'd" folds to "odd", so the past tense of overdosing is matched here after a subject and a time or drug

[en.self_harm.intent.r5sh-blood-soothes]
sub: intent
weight: 0.55
target: self
pattern: (blood|bleeding|the blade|cutting|the sting|the pain|seeing blood|watching it bleed|watching myself bleed) (calms|soothes|relaxes|comforts|grounds|relieves) me
pattern: (love|like|miss|crave) (the way|watching|seeing) (it|the blood|my blood|my arm|my skin|my cuts|myself) (bleed|bleeds|bleeding|drip|drips|dripping)
match: the sight of blood calms me down
match: i love the way it bleeds
nomatch: the sight of the ocean calms me down
nomatch: i love watching the rain drip
note: the writer finding relief in their own bleeding or in cutting

[en.self_harm.promotion.r5sh-eat-poison-imperative]
sub: promotion
weight: 0.75
pattern: (go|just|pls|please|plz|should|hope you|hope u|why dont you|why dont u|gonna|better) (eat|swallow|drink|chug|gargle) (broken glass|rat poison|bleach|antifreeze|tide pods|a tide pod|a bullet|lead|cyanide|drain cleaner)
pattern: (put|stick|take) a bullet (in|through) (your|ur|yo) (head|brain|skull|mouth)
match: go eat broken glass
match: put a bullet in your head
match: hope you chug rat poison
nomatch: the toddler tried to eat glass marbles, we took them away
nomatch: go eat glass noodles they're good
nomatch: i put a bullet point in your essay
note: telling someone to swallow glass or poison or shoot themselves; widens drink-bleach and go-method-yourself

[en.self_harm.instructions.r5sh-getting-means]
sub: instructions
weight: 0.7
pattern: (get|buy|find|order|steal|getting|buying) (pills|meds|sleeping pills|tablets|a gun|a rope|rope|helium|a blade|razor blades|blades|barbiturates|opioids) ~5 (to|so i can|for|enough to) (overdose|od|kill myself|end it|hang myself|die|end my life|not wake up)
match: how to get pills without a prescription to overdose
match: where can i buy a rope strong enough to hang myself
nomatch: where can i buy sleeping pills for my flight
nomatch: buy rope for the tent
note: getting hold of the means together with the stated purpose

[en.self_harm.intent.r5sh-commit-die-meme]
sub: intent
weight: 0.5
pattern: (want|wanna|gonna|going|about|should|might|ready|finna|tryna) (to|) commit (die|toaster bath|neck|rope|unalive|not alive|sewer slide)
match: i want to commit die
match: finna commit toaster bath
nomatch: i want to commit to the gym
nomatch: gonna commit my code tonight
note: meme suicide phrasing ("commit die", "commit toaster bath") in the first person; a joke register, so medium

[en.self_harm.intent.r5sh-ctb-forms]
sub: intent
weight: 0.6
pattern: (catching|catch|caught|gonna catch|ready to catch|wanna catch) the (bus|ctb) (for good|iykyk|ifykyk|forever|permanently|and never come back|one way)
pattern: (permanent|eternal|endless|forever) (nap|dirt nap|sleep) (soon|tonight|sounds nice|sounds good|is calling|looks good|time)
pattern: (nap|naps|napping|dirt nap) (forever|permanently|for good|and never wake up)
match: catching the bus for good
match: gonna take a long nap forever
match: permanent nap sounds nice
nomatch: catching the bus at 8 tomorrow
nomatch: catching the bus for real this time, no more car rides
nomatch: gonna take a long nap after this
note: "catch the bus" and "permanent nap" as suicide algospeak, with the marker that makes them non-literal (for good, forever, iykyk)

[en.self_harm.intent.r5sh-rather-die-than-live]
sub: intent
weight: 0.65
target: self
pattern: (rather|prefer to|sooner) (die|be dead|not exist|not be here) than (keep living|live like this|keep going|go on|live another day|wake up|keep doing this|continue|live|spend another day|feel like this)
pattern: (so|then|and) (why|whats the point|what is the point|what point is there) (live anymore|bother living|stay alive|keep living|be alive|even be alive|am i alive|am i still alive|keep going)
match: i'd rather die than keep living like this
match: nobody loves me so why bother living
nomatch: i'd rather die than eat olives
nomatch: so why live in the city when rent is that high
note: preferring death to going on living, or asking why live after a reason; "rather die than <chore>" is hyperbole and does not match

[en.self_harm.intent.r5sh-tonight-shorthand]
sub: intent
weight: 0.65
target: self
pattern: (end it all|ending it all|ending everything|ending my life|end my life|kms|ctb|unaliving|unalive|overdosing|od|roping|sewerslide) (tn|tonite|2nite|2night)
match: ending it all tn
match: od tn
nomatch: forgot my pills tn
nomatch: pizza tn
nomatch: tn is the finale, so hyped
nomatch: end it tn, we're closing the stream
nomatch: tn is the night, concert time!
note: plans for tonight written with the chat shorthand "tn"/"tonite" that the tonight entries do not list

[en.self_harm.instructions.r5sh-cutting-howto]
sub: instructions
weight: 0.65
pattern: (sh|self harm|selfharm|self harming|cutting yourself|cutting myself|cutting urself) (tips|tricks|guide|tutorial|hacks|tools|kit|advice for beginners)
pattern: (best|sharpest|which|what) (razor|razors|blade|blades|sharpener) (to cut myself|to cut myself with|for sh|to sh with|for self harm|for cutting myself|cuts deepest|for deep cuts|to cut deep)
pattern: (buy|get|find|order) (razor blades|blades|a blade|razors|sharpener blades) ~2 (for|to) (sh|self harm|cut myself|cutting myself)
pattern: how (to|do i|do you|can i) (sh|self harm|selfharm|cut myself|cut my wrists|cut my wrist|cut my arm|cut my arms|cut my thighs) (without|so) (it|the|that it) (hurting|hurts|pain|hurt|doesnt hurt|dont hurt)
match: sh tips pls
match: best blade to cut myself with
match: how to cut myself without it hurting
match: where do i buy razor blades to cut myself with
nomatch: cutting tips for quilting beginners
nomatch: best blade for my circular saw
nomatch: how to cut without it hurting my hands, knife tips
nomatch: if you need self harm advice please see our support page
note: how-to requests for self-harm: tips, the best blade, buying blades for it, cutting without pain

[en.self_harm.intent.r5sh-means-in-hand]
sub: intent
weight: 0.45
target: self
pattern: (holding|have|got|ive got|im holding|i have|staring at) (the|a|my) (knife|blade|razor|razor blade|pills|rope|noose|gun|bottle of pills) (in my hand|in my hands|right now|rn|next to me|in front of me|against my skin|against my wrist|to my wrist|to my throat)
pattern: (the|my) (pills|blade|razor|rope|noose|gun) (is|are) (in front of me|next to me|beside me|in my hand|in my lap|on my bed)
match: holding the pills right now
match: i have the knife in my hand
match: the blade is in my hand
nomatch: i have the knife in my drawer for cooking
nomatch: the remote is in my hand
note: the means held or laid out now; weak alone (cooking, medication), it flags with a second sign of intent

# ---------------------------------------------------------------------------------------------
# round 6 (r6sh): blind probes of 2026-11-30, second round
# ---------------------------------------------------------------------------------------------

[en.self_harm.intent.r6sh-keep-myself-safe]
sub: intent
weight: 0.7
target: self
pattern: (cant|cannot|can not|couldnt|dont think i can|not sure i can|idk if i can|dont know if i can|unable to|struggling to|hard to|no longer) keep myself (safe|alive)
pattern: (dont know|idk|not sure|no idea|unsure) how (much|) (longer|long) i (can|could|will) (keep myself alive|keep myself safe|stay alive|stay safe|keep breathing)
pattern: (dont|not) (feel|think im) safe (with|around) myself (tonight|right now|rn|anymore|today)
match: i cant keep myself safe tonight
match: idk how much longer i can keep myself alive
match: i dont feel safe with myself tonight
nomatch: i need to keep myself safe on the hike, bringing bear spray
nomatch: i cant keep myself awake in class
nomatch: if you cant keep yourself safe, call 988
note: the crisis-line phrase for imminent risk ("can't keep myself safe", "how much longer I can stay alive"); widens h2-how-long-hold-on, which leaves out "stay"

[en.self_harm.intent.r6sh-start-again]
sub: intent
weight: 0.6
target: self
pattern: (starting|started|start|began|beginning|gonna start|going to start|back|went back|going back) (to|) (cut|cutting|sh|shing|self harm|self harming|selfharm|burn myself|burning myself|hurt myself|hurting myself|scratching myself) again
pattern: (back to|went back to|going back to) cutting (again|tonight|last night|now|myself)
pattern: (back to|went back to|going back to) (sh|shing|self harm|self harming|selfharm|hurting myself|burning myself|cutting myself)
match: im starting to cut again
match: went back to hurting myself
match: back to sh again i guess
nomatch: started to cut my hair again
nomatch: im starting to cut carbs again
nomatch: going back to cutting out sugar
note: restarting self-harm in the infinitive or "back to" forms; cutting-again has only "started cutting again"

[en.self_harm.intent.r6sh-relapse-with-means]
sub: intent
weight: 0.6
pattern: (relapsed|relapse|relapsing|slipped up) ~5 (blade|blades|razor|razors|sharpener|lighter|scissors|cuts|wounds|scars|marks|bled|bleeding)
pattern: (blade|blades|razor|sharpener|cuts|wounds) ~5 (relapsed|relapse|relapsing)
match: relapsed last night, the blade was right there
match: relapsed again, three cuts this time
match: another relapse, the razor won
nomatch: i relapsed on vaping, day 1 again
nomatch: relapsed on my diet, ate a whole pizza
note: a relapse told together with the blade or the wounds; bare "relapsed" is weak (drugs, diets) in relapsed-bare

[en.self_harm.intent.r6sh-arms-covered-again]
sub: intent
weight: 0.45
target: self
pattern: (my|) (arms|arm|wrists|wrist|thighs|thigh|legs|hips|stomach|skin) (are|is|r) (covered|full|a mess|messed up|torn up|wrecked) again
pattern: (new|fresh|more) (cuts|marks|scratches|burns) (every|each) (night|day|morning|week)
match: my arms are covered again
match: new cuts every night
nomatch: my arms are covered in mosquito bites
nomatch: my arms are sunburnt again
nomatch: new haircuts every week at the salon
note: renewed wounds on the body ("arms covered again", "new cuts every night"); weak alone, it adds to hiding and relapse talk

[en.self_harm.intent.r6sh-sleeves-in-heat]
sub: intent
weight: 0.35
target: self
pattern: (hoodie|hoodies|long sleeves|longsleeves|sweater|sweaters|sweatshirt|jacket|jackets|arm warmers|sweatbands) (in|during|all) (july|june|august|summer|the summer|this heat|a heatwave|the heat)
pattern: (hoodie|hoodies|long sleeves|sweater|jacket|arm warmers|bracelets) ~4 (so|to|that) (nobody|no one|noone|my mom|my parents|they|people) (sees|see|notices|notice|can see|asks|ask) (my|the) (arms|wrists|marks|cuts|scars|thighs)
match: wearing hoodies in july
match: wearing long sleeves in pe so nobody sees my arms
nomatch: forgot my jacket in pe
nomatch: wearing a sweater in the snow
nomatch: wear long sleeves so the mosquitos cant bite
note: covering arms in hot weather or in PE, the concealment habit of cutting; weak alone (cold classrooms), it adds to wound talk

[en.self_harm.intent.r6sh-my-goodbye]
sub: intent
weight: 0.45
target: self
pattern: (this is|heres|here is|consider this|take this as|this post is|this message is) my (goodbye|farewell|goodbye post|goodbye message|last goodbye|final goodbye|goodbye note)
pattern: see (yall|you all|you guys|u guys|everyone|ya|you|u|everybody) (never|never again|in another life|in the next life)
match: this is my goodbye
match: consider this my goodbye post
match: see yall never
nomatch: this is my goodbye to the old house, moving on saturday
nomatch: goodbye everyone see you monday
nomatch: see you in the next round
note: a farewell framed as the writer's own last goodbye; also retirements and moves, so weak alone and strong with a second sign

[en.self_harm.intent.r6sh-goodbye-with-last-words]
sub: intent
weight: 0.6
target: self
pattern: (this is|heres|here is|consider this) my (goodbye|farewell) ~6 (thank you|thanks|take care of|look after|i love you|love you all|im sorry|forgive me|remember me|be happy|dont be sad)
pattern: (i|) (love|luv) (you|u|yall|you all) ~2 (im sorry|sorry|forgive me) ~2 (goodbye|bye|farewell)
pattern: (please|pls|plz|promise me) (take care of|look after|feed) my (cat|dog|cats|dogs|pets|pet|bunny|rabbit|hamster|fish|little sister|little brother) ~3 (goodbye|bye|i love you|ily|love you|for me|forever|always)
match: this is my goodbye. thank you for being my friend
match: i love you. i'm sorry. goodbye
match: please take care of my dog for me. goodbye
nomatch: please take care of my dog this weekend
nomatch: my goodbye party is on friday, thank you for coming
nomatch: i love you, sorry i was late, see you soon
note: a goodbye joined to thanks, apology or handing over a pet: a last message; widens h2-goodbye-sorry, which lacks "i love you" and "my goodbye"

[en.self_harm.intent.r6sh-when-im-gone]
sub: intent
weight: 0.55
target: self
pattern: (when|after|once|if) (im|i am) (dead|not here anymore|not around anymore|no longer here) (please|pls|plz|can you|can u|could you|could u|make sure|promise me|you can|u can|ya can|give|delete|tell|take|dont|just)
pattern: (when|after|once) (im|i am) gone ~2 (give|delete|you can have|u can have|tell my|make sure my|promise me|dont cry|dont be sad|remember me|dont blame)
pattern: (give|delete|take|you can have|u can have|keep|tell) ~6 (after|once) (im|i am) (gone|dead|no longer here)
pattern: (give|delete|take|you can have|u can have|keep|tell) ~6 when (im|i am) (dead|no longer here|not here anymore)
match: when im gone can you give my xbox to my cousin
match: hey can u guys delete my account after i'm gone
match: after im gone tell my mom i love her
nomatch: when im gone on vacation can you feed my cat
nomatch: when im gone please water the plants, back sunday
nomatch: when im gone for the weekend the dog needs walks
nomatch: give it back when im done with it
note: requests about belongings, accounts or messages for after the writer's death, a veiled goodbye; "gone" has to be followed by the request so trips stay clean

[en.self_harm.instructions.r6sh-fatal-height]
sub: instructions
weight: 0.6
pattern: (what|which|how high|how many) (floor|floors|story|stories|storey|storeys|height|feet|meters|metres) ~6 (fatal|lethal|to die|kill you|kill me|kill someone|kill a person|not survive|unsurvivable|die instantly|guaranteed)
pattern: (floor|floors|story|stories|height|high|feet|meters) ~8 (for it|for the fall|for a fall|for the jump) to be (fatal|lethal|deadly|guaranteed)
match: what floor do you need to be on for it to be fatal
match: how many stories for it to be fatal
nomatch: what floor is the dentist on
nomatch: which building has the best rooftop bar
nomatch: the highest floor has a great view
note: height questions that stand in for "how high to jump": the floor or number of stories that would be fatal; roof-access questions are the weak entry r6sh-roof-access

[en.self_harm.instructions.r6sh-most-dangerous-meds]
sub: instructions
weight: 0.55
pattern: (which|what|whats|what are the) ~3 (meds|medicine|medicines|medication|medications|pills|drugs|tablets|otc|over the counter|household|chemicals) ~5 (most dangerous|deadliest|most deadly|most lethal|most toxic|dangerous enough|deadly enough|lethal enough|toxic enough) (if you take|if i take|if u take|to take|to swallow|to overdose on|to od on|in large amounts|to kill|to kill yourself|to kill me|to kill a person|to kill someone)
pattern: (most|more|really) (dangerous|deadly|lethal|toxic) (to take|if you take|if i take|to swallow|to overdose on|to od on) (a lot|too many|too much|all|lots|a bunch|the whole)
match: which over the counter meds are the most dangerous if you take a lot
match: which pills are the most deadly if you take too many
match: what household stuff is toxic enough to kill a person
nomatch: which meds are the most dangerous for dogs to eat? need to puppy proof
nomatch: what are the most dangerous drugs on the street
nomatch: which medicine works best for a cold
nomatch: which meds are the most dangerous if a toddler swallows a lot
note: "which pills are deadliest in a large amount" asked without "overdose" or "lethal dose"; parents asking what to lock away name a pet or child and need a second sign to flag

[en.self_harm.instructions.r6sh-would-i-die-if]
sub: instructions
weight: 0.6
pattern: would i (die|survive|be dead|be killed|break my neck) if i (jumped|jump|fell|took|swallowed|drank|hanged|hung|cut|stepped|walked|drove|crashed)
pattern: (feel|feels|hurt|hurts) (nothing|no pain|anything) if (you|u|i|someone|a person) (jump from|jump off|fall from|fall off|jumped from|jumped off|fell from|fell off|hang yourself|hang myself|overdose|od|drown|bleed out)
pattern: would it (hurt|be quick|be painless|be fast|kill me|be instant|work) if i (jumped|jump|took|take|hung|hanged|hang|cut|drank|swallowed|od|oded|overdosed|drowned|stepped|walked|drove|crashed|fell)
pattern: (does|would|will|is) (a|an|) (tylenol|paracetamol|acetaminophen|ibuprofen|advil|aspirin|insulin|pill|pills|sleeping pill|benadryl|xanax) (overdose|od) (hurt|painful|quick|painless|peaceful|slow)
pattern: (does|would|will) overdosing on ~2 (tylenol|paracetamol|pills|meds|my meds|sleeping pills|insulin|advil|ibuprofen) (hurt|be painful|be quick|be painless|be peaceful)
pattern: is (drowning|hanging|bleeding out|overdosing|an overdose|jumping|suffocating|carbon monoxide) a (painful|painless|quick|peaceful|easy|fast|slow|good|bad) (way|death)
match: would it hurt if i jumped from the 5th floor
match: would i die if i jumped off my balcony
match: does tylenol overdose hurt
match: is drowning a painful way to go
match: is it true you feel nothing if you jump from high enough
nomatch: would i die if i ate raw cookie dough
nomatch: would it hurt if i got my ears pierced
nomatch: is drowning a common cause of death in kids
nomatch: you feel nothing if you jump on a trampoline
note: method-pain and survivability questions in the first person; widens does-method-hurt, which needs the method right after "does"

[en.self_harm.intent.r6sh-wouldnt-mind-if]
sub: intent
weight: 0.55
target: self
pattern: (wouldnt|would not|honestly wouldnt|really wouldnt) (mind|care|be sad|be upset|complain) if (a|the|some) (car|bus|truck|train|plane|drunk driver|bullet) ~3 (hit me|hits me|killed me|kills me|crashed|crashes|went down|goes down|ran me over|runs me over|took me out|got me)
pattern: (wouldnt|would not) (mind|care) if i (got|get|was|were) (hit|run over|killed|shot|stabbed|in a crash|in an accident)
pattern: (wouldnt|would not) (be sad|be upset|care|mind) if i (died|die|was dead|were dead|didnt wake up|never woke up|dont wake up)
pattern: if i (died|die|was gone|disappeared) (tomorrow|tonight|today|right now|rn) (i|) (wouldnt|would not|dont|do not|honestly wouldnt) (care|mind)
match: i wouldnt mind if a car hit me on the way home
match: wouldnt mind if the plane went down tbh
match: i wouldnt be sad if i died
match: if i died tomorrow i wouldnt care
nomatch: i wouldnt mind if it rained tomorrow
nomatch: i wouldnt mind a nap right now
nomatch: i wouldnt mind if the bus was late
nomatch: i wouldnt mind if a car hit the pothole and fixed it
note: passive death wish through an accident or indifference to dying; widens h4-wouldnt-mind-dying

[en.self_harm.intent.r6sh-hope-harm-happens]
sub: intent
weight: 0.5
target: self
pattern: (hope|hoping|wish|pray|praying) (i|that i) (get|got|end up|die) in (a|an) (car accident|car crash|accident|crash|fatal accident|plane crash|fire)
pattern: (hope|hoping|wish|pray|praying) (something|anything) (bad|terrible|fatal|awful) (happens|will happen|would happen) to me
pattern: (pray|praying|hope|hoping|wish|wishing) ~3 (that|) i (dont|wont|never|do not|will not) wake up
match: sometimes i hope i get in a car accident
match: i kinda hope something bad happens to me
match: i pray every night that i dont wake up
nomatch: i hope nothing bad happens to me on the trip
nomatch: i hope i get a good grade
nomatch: i hope i dont wake up late tomorrow
note: passive death wishes through an accident or not waking; widens wish-for-death and hope-i-dont-wake-up (which need the words adjacent)

[en.self_harm.intent.r6sh-practice-hanging]
sub: intent
weight: 0.6
target: self
pattern: (practicing|practiced|practice|practise|practising|testing|tested|test|tried|trying) ~3 (belt|rope|noose|cord|ligature|scarf) ~4 (closet|door|doorknob|door handle|beam|fan|ceiling|banister|rod|hook|neck|my weight|hold me|pass out|blacked out|almost easy|easier)
pattern: (practicing|practiced|practice|practise|practising) (tying|to tie) (a|the|my) (noose|rope|belt)
pattern: (belt|rope|noose|cord|ligature) ~6 (passed out|pass out|blacked out|black out|went dark|almost easy|easier every time|getting easier|held my weight|hold my weight|took my weight)
match: ive been practicing with the belt, its almost easy now
match: tested the belt on the closet door last night
match: been practicing tying a noose
nomatch: practicing knots for scouts, the bowline is so easy
nomatch: tried the belt on, fits great
nomatch: testing the rope on the tire swing
nomatch: practicing with the belt for my karate grading
note: rehearsal of hanging: trying a belt or rope on a door or beam, blacking out, "getting easier"; rehearsal is a strong warning sign

[en.self_harm.promotion.r6sh-you-should-try-sh]
sub: promotion
weight: 0.6
pattern: (you|u|ya|yall|you guys|everyone) (should|gotta|need to|have to|oughta|should really) (try|start) (cutting yourself|cutting urself|sh|shing|self harm|self harming|selfharm|burning yourself|hurting yourself)
pattern: (you|u|ya|yall|you guys|everyone) (should|gotta|need to|have to|oughta|should really) (try|start) cutting (it helps|helps|trust me|too|with stress|for stress|fr|when you|when u)
pattern: (cutting|sh|self harm|selfharm|the blade|blades|burning myself) ~6 (makes me feel|feel anything|feel something|numbs|calms me|helps me cope|the only way i cope) ~8 (you|u|ya) (should|gotta|need to) try
match: you should try cutting it helps
match: you should try sh, it really helps with stress
match: cutting is honestly the only thing that makes me feel anything, u should try it
nomatch: you should try cutting carbs
nomatch: cutting sugar is the only thing that worked, you should try it
nomatch: you should try cutting it shorter
note: recommending self-harm to someone else as a coping method; widens romanticise and h2-romanticise-self-harm, whose gap is too short for a reason between

[en.self_harm.intent.r6sh-body-found]
sub: intent
weight: 0.55
target: self
pattern: (my|) body (will|would|wont|might|is gonna|gonna|will never|wont ever|will probably) (be|get) (found|discovered) (eventually|someday|one day|soon|tomorrow|in the morning|by my mom|by my parents|by someone|too late|in the woods|in the river|in the water|for days|for weeks|at all|anyway)
pattern: (nobody|no one|noone|they|someone|somebody|anyone|my mom|my parents|my family) (will|would|wont|might|is gonna|gonna|will probably) (ever|) find my body
pattern: (where|somewhere) (nobody|no one|noone|they) (will|would|can|could|wont) (ever|) find (me|my body) ~3 (die|dead|end it|alone|for days)
pattern: by the time (they|anyone|someone|my mom|my parents|my family) (find|finds|found) me ~4 (too late|gone|dead|already)
match: my body will be found eventually
match: nobody will find my body for days
match: by the time they find me it'll be too late
nomatch: they found the body of the missing hiker
nomatch: my body will be sore tomorrow after leg day
nomatch: my body will be found guilty of eating all the cookies
nomatch: by the time they find me ill have finished the game
note: the writer picturing their body being found, or finding them too late

[en.self_harm.intent.r6sh-forever-nap]
sub: intent
weight: 0.5
pattern: (thinking|think|thought|dreaming|dream|craving|wanting|want|need) (about|of|) (the|a|my) (forever|permanent|eternal|endless|final|dirt) (nap|sleep|rest|dirt nap|snooze)
pattern: (forever|permanent|eternal|endless|final) (nap|dirt nap|snooze) (again|sounds|soon|tonight|is calling|calling|looks|time|hours)
match: thinking about the forever nap again
match: i need a permanent nap
match: forever nap sounds nice
nomatch: thinking about my nap after school
nomatch: grandma is at eternal rest now, may she rest in peace
note: "forever nap" and "permanent sleep" as suicide algospeak after a verb of wanting or thinking; widens sleep-forever and r5sh-ctb-forms

[en.self_harm.intent.r6sh-easier-for-everyone]
sub: intent
weight: 0.65
target: self
pattern: (easier|better|simpler|lighter|happier|calmer|cheaper) for (everyone|everybody|them|my family|my parents|my mom|my dad|you all|yall|all of you|you guys|the world|people) if i (just|) (didnt exist|wasnt here|wasnt around|was gone|were gone|died|disappeared|was dead|were dead|never existed|wasnt alive|was never born|left for good)
pattern: (theyd|everyoned|yalld|youd) (all|) (be|) (better off|happier|better|fine|relieved) if i (just|) (disappeared|vanished|was gone|were gone|died|left|wasnt here|didnt exist|never existed) (forever|for good|permanently|)
pattern: (everyone|everybody|they|theyd|my family|my parents|my mom|my dad|people|the world) (would|will|d|) (have|be|get) (an easier|a better|a happier|easier|better|happier|less stress|more money|so much more|a lot more|their lives back) ~3 if i (was|were|wasnt|werent|didnt|died|disappeared|was gone|never)
match: it would be easier for everyone if i just didnt exist
match: everyone would have an easier life if i was gone
match: they'd have more money if i wasnt around
match: theyd all be better off if i just disappeared forever
nomatch: it would be easier for everyone if i just drove
nomatch: everyone would have an easier time if i sent the notes early
nomatch: they would be happier if i came to the party
note: perceived burdensomeness with the writer's absence as the fix; widens happier-without-me and easier-if-i-died, which need the words adjacent

[en.self_harm.intent.r6sh-everyones-problem]
sub: intent
weight: 0.5
target: self
pattern: (tired|sick|exhausted) of being (everyones|everybodys|their|a|my familys|my parents) (problem|burden|disappointment|mistake|inconvenience|charity case|pity project)
pattern: (i|im|i just|just|all i do is) (take up|taking up|waste|wasting|use up|using up) (space|oxygen|air|everyones time|resources)
pattern: (im|i am|i feel like) (just|only) (a|the) (problem|drain|weight|inconvenience|mistake) (for|to|on) (everyone|everybody|my family|my parents|them|people)
match: im tired of being everyones problem
match: i just take up space
match: i feel like im just a drain on everyone
nomatch: tired of being the problem solver at work
nomatch: this couch takes up space
nomatch: this app is just a drain on my battery
note: burden talk that does not say "burden": being everyone's problem, taking up space; weak alone (self-deprecation), it adds up with a death wish

[en.self_harm.intent.r6sh-nice-not-to-exist]
sub: intent
weight: 0.55
target: self
pattern: (would be|itd be|it would be|itll be|its gonna be|must be) (nice|good|easier|peaceful|a relief|so nice|so peaceful|great) (to|if i could|if i) (just|) (not exist|stop existing|not be alive|be dead|die|never wake up|disappear forever|didnt exist|was dead)
pattern: (would be|itd be|it would be) (nice|good|easier|peaceful|a relief) to (just|) (not be here|disappear) (anymore|forever|permanently|for good)
match: it would be nice to just not be here anymore
match: itd be so peaceful to never wake up
match: must be nice to be dead
nomatch: it would be nice to not be here right now, this meeting is long
nomatch: it would be nice to not wake up at 6am for once
nomatch: it would be nice to sleep in
note: passive ideation phrased as how nice not existing would be; "must be nice to be dead" also appears as dark humour, the hyperbole cue halves it

[en.self_harm.intent.r6sh-not-around-for]
sub: intent
weight: 0.45
target: self
pattern: (not gonna|not going to|wont|will not|im not gonna|probably wont|prob wont|might not) be (here|around|alive) (next year|for graduation|by summer|by christmas|by my birthday|next christmas|to graduate|at graduation|by then)
pattern: (might not|may not|probably wont|prob wont|dont think ill|not gonna) (make it|live) to (christmas|my birthday|graduation|next year|summer|new year|new years|18|16|20|21|prom|the weekend|friday)
match: im not gonna be here next year
match: won't be around for graduation
match: might not make it to christmas, we'll see
nomatch: im not gonna be here for christmas, visiting my aunt in ohio
nomatch: i wont be around next week, family trip
nomatch: might not make it to the party on friday
note: not expecting to be alive at a coming date; moves and trips say the same words, so weak alone; widens h4-wont-see-holiday

[en.self_harm.intent.r6sh-over-soon]
sub: intent
weight: 0.4
target: self
pattern: (this|it|everything|all of this|it all|my pain|the pain) (will|is gonna|ll|will all) (all|) be over (soon|tonight|tomorrow|in a few days|by friday|by morning|for good)
pattern: one way or another (this|it|everything|all of this|it all|the pain) ~4 (over|end|ends|stop|stops)
pattern: (just|only) ~2 more (days|day|nights|night|hours|sleeps|weeks) (and|until|till|til) (its|it is|i am|im|this is|everything is|then its|ill be) (all|) (over|done|gone|finally over|free)
match: one way or another this will all be over soon
match: just 3 more days and its all over
match: it will all be over soon, i promise
nomatch: the movie will be over soon
nomatch: the storm will be over by morning
nomatch: only 2 more weeks until summer break
note: a countdown to an end that names nothing; finals and holidays use it too, so weak alone, with goodbye or burden talk it flags

[en.self_harm.intent.r6sh-can-have-my-stuff]
sub: intent
weight: 0.45
target: self
pattern: (you|u|ya|he|she|they|yall|you guys|u guys|someone) (can|could) (have|keep|take) (all|) my (stuff|things|skins|account|games|items|inventory|clothes|collection|cards|room|pets|cat|dog) ~6 (wont|will not|not gonna|dont|wont be|not going to) (need|be needing|be using|be playing|use|play|be here|be around)
pattern: (give|gave|giving|leave|leaving) my (stuff|things|skins|account|games|xbox|switch|ps5|guitar|clothes|collection|pets|cat|dog) to (my|him|her|them|whoever) ~6 (ok|okay|promise|after|when|if anything|i wont|i dont)
pattern: (want|wants|take|grab|come get) (all|) my (stuff|things|skins|games|clothes|collection) ~8 (wont|dont|not gonna|will not) (need|be needing) (it|them|any of it|anymore|any more)
match: you can have my skins, i wont be playing anymore
match: give my stuff to my little brother ok
match: lmk if you want my stuff, im clearing out everything. wont need it
match: leave my cat to my sister if anything happens
nomatch: you can have my old phone when i get the new one
nomatch: give my stuff to the charity shop on saturday
nomatch: you can have my fries, im full
note: handing belongings to named people with a hint of not needing them; a known warning sign, weak alone since upgrades and decluttering say the same

[en.self_harm.promotion.r6sh-pact-together]
sub: promotion
weight: 0.55
pattern: (do it|end it|die|ctb|jump|unalive|go out|leave this world|kill ourselves) together ~5 (same night|same day|same time|at the same time|so nobody|so no one|so neither|neither of us|not alone|a pact|pact|on the)
pattern: (pact|do it together|die together|end it together|ctb together) ~5 (neither of us|nobody|no one|noone|none of us) (is|has to be|will be|goes|dies|gets left|are) alone
pattern: (anyone|anybody|someone|who|somebody) (wanna|want to|wants to|willing to) (end it|ctb|die|go out|leave this world|end it all|sewerslide) (with me|together)
match: lets do it together, same night, so neither of us is alone
match: we should do it together on the same night
match: anyone wanna end it with me
nomatch: lets go together at the same time to the dance
nomatch: we should do the homework together on the same night
nomatch: anyone wanna go with me tonight to the mall
nomatch: anyone wanna do it with me on friday? the group project
note: suicide pacts without the word: doing "it" together on the same night so neither is alone; widens suicide-pact and r5sh-die-together

[en.self_harm.promotion.r6sh-sh-aesthetic]
sub: promotion
weight: 0.5
pattern: (my cuts|fresh cuts|new cuts|sh|self harm|selfharm|cutting|blood|bleeding|wounds|fresh wounds|scars and cuts) (is|are|r|look|looks) (so|really|just|) (an|) (aesthetic|pretty|beautiful|gorgeous|hot|cute|sexy|poetic|romantic)
pattern: (sh|self harm|selfharm|cutting|blood|cuts) (aesthetic|core|is art|is my art)
match: cutting is an aesthetic
match: blood is beautiful
match: my cuts look so pretty
nomatch: your scars are beautiful and so are you
nomatch: this haircut is so pretty
nomatch: cutting boards look so aesthetic in white
note: pro self-harm aesthetics (cuts or blood as pretty, "sh aesthetic", "bloodcore"); scars as beauty is recovery talk and does not match

[en.self_harm.instructions.r6sh-my-meds-too-much]
sub: instructions
weight: 0.55
pattern: how (much|many) (of my|of these|of her|of his) (insulin|meds|medication|pills|tablets|prescription|antidepressants|sleeping pills|xanax|lithium|seroquel|tylenol) (would|is|would be|are|to) ~3 (too much|too many|enough|lethal|fatal|dangerous|kill)
pattern: (hold|holding) my breath ~3 (to|until i|till i|so i) (pass out|black out|drown|die|dont wake up)
pattern: (see|test|find out|know|check) how (much|many) (tylenol|paracetamol|pills|meds|sleeping pills|benadryl|advil|ibuprofen|insulin|xanax|melatonin) i (can|could) (take|swallow|handle|survive|get down)
match: how much of my insulin would be too much
match: how many of my antidepressants would be enough
match: kinda want to see how much tylenol i can take
match: how long to hold my breath underwater to pass out
nomatch: how much of my insulin should i take before lunch
nomatch: how long can you hold your breath underwater for freediving
nomatch: hold my breath to pop my ears
note: dose questions about the writer's own prescription ("too much", "enough") and breath-holding to black out, method questions without the word "lethal"

[en.self_harm.intent.r6sh-log-off-life]
sub: intent
weight: 0.55
target: self
pattern: (log off|log out|logout|logoff|uninstall|alt f4|rage quit|ragequit|unsubscribe|disconnect|exit|quit) (from|of|) (life|irl|real life|existence|this world|my life)
pattern: (want to|wanna|ready to|time to|gonna|going to|need to|about to|finna) (log off|log out|logoff|uninstall|disconnect|delete|despawn|alt f4) (myself|permanently|forever|for good|irl|from existence)
pattern: (uninstall|uninstalling|delete|deleting|despawn|despawning) myself (irl|fr|for real|permanently|forever|for good|from existence|from this world|tonight)
pattern: game over for me (soon|irl|for real|fr|for good|forever)
match: i wanna log out of life
match: ready to uninstall myself
match: time to rage quit life
match: i want to log off permanently
match: i wanna delete myself fr
nomatch: time to rage quit this game
nomatch: log off permanently from twitter, its toxic
nomatch: game over for me, i lost all my lives
nomatch: i want to delete my tiktok fr
note: gaming and tech algospeak for suicide (log off life, uninstall myself, rage quit life, despawn irl); the same verbs about apps and games name the app and do not match

[en.self_harm.intent.r6sh-in-the-ground]
sub: intent
weight: 0.55
target: self
pattern: (better off|belong|id be better) (in the ground|six feet under|6 feet under|in a coffin|in a casket|in a body bag|in a grave|dead and buried)
pattern: (rather|cant wait to|want to|wanna|ready to) (be|) (six feet under|6 feet under|in a coffin|in a casket|in a body bag|in a grave|dead and buried|pushing up daisies)
pattern: (put|throw|bury) me in (a|the|my) (body bag|coffin|grave|casket|ground) (already|now|pls|please|tonight|)
match: honestly id be better off in the ground
match: id rather be six feet under
match: i belong in a coffin
match: put me in a body bag
nomatch: six feet under is a great tv show
nomatch: we put the time capsule in the ground
nomatch: id rather be at the beach
nomatch: id rather be in the ground floor apartment
nomatch: the seeds need to be in the ground by april
note: wishing to be buried (better off in the ground, six feet under, body bag); exam jokes carry a hyperbole cue and are halved

[en.self_harm.intent.r6sh-reasons-to-stay]
sub: intent
weight: 0.6
target: self
pattern: (dont have|dont got|havent got|do not have|cant find|cant think of|lost) (anything|any reason|any reasons|a reason|a single reason) (left|) to (live for|stay for|stay alive|keep going|keep living|be here|stick around|wake up for)
pattern: (running out of|ran out of|out of|lost all my|lost my|no more) (reasons|reason) to (live|keep going|be here|stay alive|keep living|stick around|stay here|stay on this earth)
pattern: (nothing|no one|nobody|noone) (left|) (keeping|holding) me (alive|on this earth|in this world|here anymore)
match: i dont have anything left to live for
match: i feel like im running out of reasons to keep going
match: theres nothing keeping me here anymore
nomatch: nothing keeping me here, heading home early from the party
nomatch: i dont have anything left to do today
nomatch: running out of reasons to stay at this job
nomatch: you have so much to live for
note: losing one's reasons to live or stay; widens nothing-to-live-for ("nothing left to live for"); "reasons to stay" at a job is the known ambiguity

[en.self_harm.instructions.r6sh-enclosed-gas]
sub: instructions
weight: 0.5
pattern: (how long|how fast|how quickly|how much time) ~4 (carbon monoxide|car exhaust|exhaust fumes|the exhaust|helium) ~5 (garage|closed room|small room|car|sealed|tent|bag|to die|to kill|to work)
pattern: (mix|mixing|mixed) (bleach and ammonia|bleach and vinegar|ammonia and bleach|chemicals|cleaning products) ~4 (in a|in my|in the) (small|closed|sealed|locked|tiny) (room|space|bathroom|car|closet)
pattern: (car|engine) (running|on) ~3 (in the|in a|in my) (closed|shut) garage ~4 (how long|die|pass out|sleep|end it)
match: how long does it take for carbon monoxide in a garage
match: wat happens if u mix bleach and ammonia in a small room
match: car running in a closed garage, how long until you pass out
nomatch: never mix bleach and ammonia, open a window
nomatch: how long does the exhaust fan run after a shower
nomatch: we installed a carbon monoxide detector in the garage
nomatch: how long does it take for the gas to heat the garage
note: gas in a closed space (car exhaust in a garage, bleach and ammonia in a small room) asked about as a process; detector and cleaning-safety talk does not ask how long

[en.self_harm.promotion.r6sh-try-the-rope]
sub: promotion
weight: 0.65
target: other
pattern: (you|u|ya|yall) (should|gotta|need to|oughta) (try|use|get) (the|a|some) (noose|rope|belt|bleach|blade) (it works|works great|lol|lmao|fr|bro|already|next|tonight|and do us)
pattern: (just|go|pls|please|plz|then|so) (ctb|rope|sewerslide|sewer slide|unalive|neck) (already|then|lol|lmao|bro|nobody|noone|no one|pls|fr|urself|yourself)
match: u should try the rope, it works great
match: bro just ctb already nobody is stopping u
match: go rope already
nomatch: you should try the rope swing at the lake
nomatch: you should get a rope for the tent
nomatch: just catch the bus already, you'll be late
note: recommending a hanging rope or poison to someone and the algospeak imperatives ("just ctb already", "go rope lol")

[en.self_harm.intent.r6sh-cutting-escalation]
sub: intent
weight: 0.55
target: self
pattern: (cutting|cut|cuts|burning|burns|going) (deeper|worse|more|longer) (every|each) (time|night|day|week)
pattern: (got|found|took|stole|getting) (my|the) (blades|razor blades|sharpener blades|sh blades) back
pattern: (my|the) (blades|blade|razors|razor) ~5 (where|that) (my mom|my dad|my parents|mom|dad|they|my therapist|she|he) (hid|hidden|took|confiscated|threw away)
pattern: (starving|purging|restricting) (myself|) (and|n) (sh|shing|self harming|burning myself|hurting myself|cutting myself|cutting again|cutting every day|cutting every night)
match: ive been cutting deeper every time
match: i got my blades back from where my mom hid them
match: been starving and cutting again
nomatch: i got my skates back from the repair shop
nomatch: the storm is getting worse every day
nomatch: my dad hid the remote again
nomatch: i got my razor back from my brother, he kept borrowing it
nomatch: starving and cutting onions for the soup
note: escalating cuts, recovering confiscated blades, and self-harm told together with restriction

[en.self_harm.intent.r6sh-if-not-here-tomorrow]
sub: intent
weight: 0.6
target: self
pattern: (if|incase) (im|i) (not here|gone|not around|not alive) (tomorrow|tmrw|tmr|anymore|after tonight|by morning) ~4 (meant|mean|love|loved|sorry|remember|fault|proud|blame)
pattern: (if|in case) i (dont|do not|never) (post|answer|reply|text|come online|log on|show up|wake up) ~3 (you know why|u know why|yk why|youll know why|its not your fault|dont blame yourself|i love you|ily|im sorry|goodbye)
match: if i'm not here tomorrow, you meant a lot to me
match: in case i dont wake up, i love you
match: if i dont answer tomorrow you know why
nomatch: if im not here tomorrow its because of the dentist
nomatch: if i dont answer, im probably asleep
nomatch: in case im not here tomorrow the keys are under the mat
nomatch: if im not here tomorrow, thank the host for me, im sick
note: conditional farewells that tie not being here tomorrow to a last word of love, thanks or blame

[en.self_harm.intent.r6sh-letter-when-time]
sub: intent
weight: 0.45
target: self
pattern: (letter|letters|note|notes|message|video) ~6 (when its time|when the time comes|once im gone|when im gone|after im gone|after im dead|when im dead|after tonight|when they find me|for after)
pattern: (wrote|writing|written|finished) (letters|a letter|notes|a note) (for|to) (everyone|my family|my mom|my parents|my friends|my sister|my brother|my best friend|each of you) ~6 (time|gone|after|read|find|understand)
match: wrote a letter for my best friend, she'll get it when it's time
match: i finished notes for everyone, theyll understand after
nomatch: i wrote a letter to my grandma for her birthday
nomatch: i'll send the note when its time for the meeting
note: letters written to be found or delivered after the writer is gone; weak alone (time capsules), strong with a goodbye

[en.self_harm.intent.r6sh-urge-to-go-over]
sub: intent
weight: 0.55
target: self
pattern: (bridge|roof|rooftop|balcony|ledge|overpass|railing|tracks|platform|window) ~6 (wanna|want to|urge to|tempted to|i want to|feel the urge to|i just wanna) (just|) (climb over|jump|step off|go over|lean over|let go|throw myself|step in front|fall)
pattern: (how easy|easy|tempting|tempted) ~5 (drive off|swerve off|swerve into|drive into|steer into) (the road|a tree|a wall|the bridge|oncoming|oncoming traffic|a cliff|traffic|the river|a truck)
match: everytime im on the bridge i wanna just climb over
match: i keep thinking how easy it would be to just drive off the road
match: on the roof again and i want to jump
nomatch: the bridge at the park is where we watch fireworks
nomatch: its easy to drive into town from here
nomatch: the window is stuck, i want to open it
note: the pull toward a height or a crash ("on the bridge i wanna climb over", "easy to drive off the road"); widens h4-height-think-jumping, which needs "think about"

[en.self_harm.intent.r6sh-stop-trying-to-live]
sub: intent
weight: 0.6
target: self
pattern: (stop|stopped|quit|done|tired of) trying to (stay alive|exist|keep myself alive|keep living|be alive)
pattern: (rather|want to|wanna|ready to|gonna) (stop|quit) trying to (live|survive)
pattern: (giving|given|give|gave) up on (living|staying alive|being alive|life itself|my life|existing)
match: id rather stop trying to live
match: im giving up on living
match: done trying to stay alive
nomatch: stop trying to live in the past
nomatch: quit trying to survive on instant noodles
nomatch: dont give up on your dreams
note: giving up on staying alive; "stop trying to live in the past" and "survive on noodles" are the near misses

[en.self_harm.intent.r6sh-nothing-helps-done]
sub: intent
weight: 0.45
target: self
pattern: (therapy|meds|medication|pills|my meds|my therapist|treatment|my antidepressants) (doesnt help|dont help|isnt helping|wont help|does nothing|doesnt work|dont work|isnt working|never helps|never help) ~8 (im done|im just done|im so done|i give up|done trying|cant do this|cant anymore|no point|whats the point|done done|cant keep going)
match: nothing helps. therapy doesnt help. im just done
match: meds dont help, whats the point
nomatch: nothing helps my allergies, im done with spring
nomatch: therapy helps, im done hiding
note: treatment failure followed by giving up; weak alone, it adds to any death wish

[en.self_harm.intent.r6sh-misspelt-kill-myself]
sub: intent
weight: 0.8
target: self
pattern: (i|im|wanna|want to|wana|gonna|going to|should|will|could|might|ima|imma|finna|bouta|about to|ready to|gotta|just) (kill|kil|kll|off|unalive|hang) (my self|myslef|mysefl|mysel|mself|myelf|myseld|mysellf)
pattern: (i|im|wanna|want to|gonna|going to|ima|imma|finna|bouta|about to) (kil|kll|kilk|klil) myself
pattern: i (just|really|) (wnat|wnt|watn|whant|wamt|wanr) (to|too|2) die
pattern: i (just|really|) (want|wanna) (too|ot|tp) die
match: i want to kill my self
match: im going to off my self
match: i wanna kil myself
match: i want too die
match: i wnat to die
nomatch: this job is killing my self esteem
nomatch: i need to end my self doubt
nomatch: i want to dye my hair
note: "kill my self" written as two words and common typos of "kill myself" and "want to die"; the verb needs a subject or modal before it so "killing my self esteem" stays clean

[en.self_harm.intent.r6sh-suicidal-spellings]
sub: intent
weight: 0.55
pattern: (suicidel|sucidal|suicidle|suisidal|suicdal|suacidal|suicial|suiciadal|sucicidal|suicidial|sucidial|suicedal|suicidall|suecidal|sewercidal)
match: suicidel thoughts again
match: feeling suicidial tonight
match: im so sewercidal rn
nomatch: the suicide squad sequel flopped
nomatch: the sewer flooded
note: misspellings of "suicidal"; clinical and news writing spells it right, so the misspelt forms lean personal and weigh more than the bare "suicidal"

[en.self_harm.intent.r6sh-end-it-sincere]
sub: intent
weight: 0.6
target: self
pattern: (ima|imma|im gonna|gonna|finna|bouta|going to|about to|ready to|i will|ill|i wanna|wanna|i want to) (end it|end it all|end things|end everything) (fr|for real|no cap|ong|on god|frfr|istg|tn|tonite|this week|this weekend|on friday|on saturday|after school|for good)
match: ima end it fr no cap
match: bouta end it all fr
match: gonna end things this weekend
nomatch: ima end it with him fr, hes toxic
nomatch: gonna end the stream soon
nomatch: im gonna end things with my boyfriend
note: "end it" with a sincerity marker or a near date (fr, no cap, this weekend); breakups name the partner after "it" and do not match

[en.self_harm.promotion.r6sh-method-imperative]
sub: promotion
weight: 0.6
pattern: (go|just|pls|please|plz|why dont you|why dont u|should|hope you|hope u) (touch|lick|grab|hug|pee on) (a|the) (live wire|power line|powerline|electric fence|third rail|outlet|toaster in the bath)
pattern: (eat|swallow|suck on|suck) (a|the) (bullet|shotgun|glock|barrel|gun) (already|loser|lol|lmao|bro|pls|please|nobody|no one|and do us)
pattern: (stop being|dont be|quit being) (a|such a) (coward|pussy|wuss|chicken|baby) (and|n|just) (jump|end it|kys|kill yourself|kill urself|pull the trigger|cut deeper|do it already|take the pills)
match: go touch a live wire
match: eat a bullet loser
match: stop being a coward and jump
nomatch: dont touch the live wire, call an electrician
nomatch: stop being a coward and ask her out
nomatch: the knight will bite the bullet
note: telling someone to electrocute or shoot themselves, and coward taunts that name the act; widens r5sh-eat-poison-imperative and h2-do-it-coward

[en.self_harm.instructions.r6sh-hide-tips]
sub: instructions
weight: 0.55
pattern: (tips|tricks|ways|advice|hacks|help|tutorial) (on|for|to|with) (hiding|hide|covering|cover|concealing|conceal) (my|your|ur|the|our|fresh|new|) (cuts|sh|self harm|selfharm|fresh cuts|sh marks|sh scars|sh burns)
pattern: (share|swap|trade|give|drop) (tips|tricks|hacks) ~3 (hiding|hide|cover|covering) ~2 (cuts|sh|self harm|wounds|burns|marks)
match: we can share tips on hiding cuts
match: any tips for covering fresh cuts
match: tutorial on hiding sh marks
nomatch: tips for hiding acne scars with makeup
nomatch: tips on covering burns in first aid class
nomatch: any tips for covering burns with makeup for a costume
nomatch: tips for hiding a cut on your finger while cooking
note: asking for or swapping ways to conceal fresh self-harm, the pro self-harm community habit; scar camouflage after recovery names scars and does not match

[en.self_harm.intent.r6sh-emoji-codes]
sub: intent
weight: 0.5
target: self
pattern: (knife|blade|razor) blood (again|tonight|time|rn|on my|arms|thighs|wrists|every night)
pattern: (new|fresh|more) blood on my (arms|arm|wrists|wrist|thighs|thigh|legs|hips|sheets)
pattern: pill pill ~3 (coffin|goodbye|bye forever|no more pain|never wake|sleep forever|its over|end it|rip me)
pattern: (arms|arm|thighs|wrists|legs) (look like|looking like|looks like|r|are) (a zebra|zebra|zebra stripes|a barcode|barcodes)
match: 🔪🩸 again
match: new 🩸 on my arms
match: 💊💊💊 no more pain
match: my arms look like a zebra
nomatch: knife blood in the horror movie
nomatch: new blood on the team
nomatch: zebra print leggings are back
note: self-harm written in emoji (🔪🩸, new 🩸 on my arms, 💊💊 goodbye) and "zebra arms"; the normaliser turns 🔪 🩸 💊 into words

[en.self_harm.instructions.r6sh-roof-access]
sub: instructions
weight: 0.4
pattern: (highest|tallest|top) (floor|building|bridge|parking garage|garage|roof|rooftop) ~5 (roof access|unlocked|no fence|no railing|no railings|no barrier|no barriers|no nets|can get onto|without security)
pattern: (which|what|any) (building|buildings|parking garage|garages|hotel|hotels|tower|bridge|bridges) ~4 (roof access|unlocked roof|rooftop access|roof is open|roof open|no fence|no railing)
match: whats the highest floor in the building that has roof access
match: which building downtown has roof access that isnt locked
nomatch: what floor is the dentist on
nomatch: the view from the highest floor is great
note: asking where one can get onto a high roof or a bridge without a fence; photographers and party plans ask the same, so weak alone, it flags next to a second sign

# ---------------------------------------------------------------------------------------------
# round 7 (r7sh): families missed by a blind probe: notes and wills, veiled handoffs, timing,
# "then i wont have to", relapse counters, concealment from family, self-injury until it bleeds,
# pacts, pro self-harm advice and taunts
# ---------------------------------------------------------------------------------------------

[en.self_harm.intent.r7sh-notes-for-family]
sub: intent
weight: 0.5
target: self
pattern: (wrote|written|writing|finished|drafted|drafting|left|leaving|hid|hidden) (the|all the|all my|my last|the last|goodbye|the goodbye|last) (notes|letters) (for|to) (everyone|each|all my|my family|my parents|my mom|my mum|my dad|my sister|my brother|my friends|my bf|my gf|the people)
pattern: (where|when|how) to (leave|put|hide|send) (the|my) (notes|letters|note|letter)
pattern: (writing|wrote|making|made|drafting|drafted|finished) (a|my) will (at|and|already|lol|lmao|at age|before|just in case|for when)
match: i already wrote the letters to my family
match: just need to figure out where to leave the notes
match: started writing a will at 16 lmao
nomatch: i wrote notes for my friend who missed class
nomatch: my grandpa is writing his will with a lawyer
note: letters to family, where to leave them, a teenager writing a will; weak alone (class notes, thank-you letters), flags with a second sign
source: r7 probe families

[en.self_harm.intent.r7sh-pet-handoff-past-tense]
sub: intent
weight: 0.4
pattern: (take care of|look after|feed|be good to|love) my (cat|cats|dog|dogs|pets|pet|bunny|hamster|fish|bird|plants) (ok|okay|for me|pls|please|when|after|once|forever)
pattern: (tell|remind) (my|him|her|them) ~2 (i love|i loved|ily) (them|him|her|u|you) (for me|always|ok|okay)
match: take care of my cat ok
match: tell my mom i love her for me
nomatch: can you feed my cat while im on vacation next week
nomatch: tell my mom i said hi
note: veiled goodbye: handing over a pet, passing on love through someone else; weak alone, flags next to a second sign
source: r7 probe families

[en.self_harm.intent.r7sh-past-tense-farewell]
sub: intent
weight: 0.35
target: self
pattern: (you were|u were|youve been|uve been|you always were) (a real one|the best|always there for me|my best friend|the only one who|a good friend|so good to me|the realest)
pattern: (just|) (wanted|want|needed) to (say|tell you|let you know) (thank you|thanks|you mattered|you meant|i appreciated|ily|i love you) (for everything|to me|a lot|so much|always)
match: you were a real one fr
match: just wanted to say thank you for everything
nomatch: you are a real one
nomatch: just wanted to say thanks for the ride
note: farewell in the past tense to a living friend, thanks for everything out of the blue; the writer is the one at risk, so target self (else the "you" reads as support); weak alone, flags next to a second sign
source: r7 probe families

[en.self_harm.intent.r7sh-calm-after-giving-away]
sub: intent
weight: 0.35
target: self
pattern: (feels|feel|feeling|felt) (weirdly|strangely|oddly) (peaceful|calm|at peace|light) (now|about it|since i decided|after deciding|for once|)
match: gave away my switch and my hoodies this week, feels weirdly peaceful
match: feeling weirdly calm now that i know
nomatch: gave away my old clothes to goodwill because im moving
nomatch: feeling so peaceful after yoga
note: sudden calm after a decision, a classic warning sign; weak alone
source: r7 probe families

[en.self_harm.intent.r7sh-gave-away-and-calm]
sub: intent
weight: 0.55
target: self
pattern: (gave|giving|given|handed) (away|out) my (favorite|favourite|best|switch|ps5|xbox|phone|hoodies|hoodie|clothes|books|stuff|things|games|jewelry|plushies|art|guitar|cat|dog) ~7 (peaceful|calm|at peace|relieved|ready|wont need|dont need|wont be needing|not gonna need)
match: gave away my switch and my hoodies this week, feels weirdly peaceful
match: giving away my games since i wont need them
nomatch: gave away my old clothes to goodwill because im moving
nomatch: gave away my hoodies because they dont fit anymore
note: giving away prized belongings together with calm or "won't need them", the classic warning-sign pair
source: r7 probe families

[en.self_harm.intent.r7sh-this-is-the-day]
sub: intent
weight: 0.4
target: self
pattern: (think|guess|decided|know|feel like|pretty sure) (this weekend|tonight|tomorrow|today|friday|saturday|sunday|monday|this week|next week) (is it|is the night|is the day|is when|will be it|is gonna be it|is going to be it)
pattern: (tonight|today|tomorrow|this weekend) (is|will be) my last (night|day|time)
pattern: (keep|keeping|cant keep|tired of|done) (pretending|acting|faking|lying) (im|that im|to be|i am|like im) (ok|okay|fine|alright|happy|good)
match: i think this weekend is it
match: tonight will be my last night
match: idk how much longer i can keep pretending im ok
nomatch: i think this weekend is the game
nomatch: tonight is the last night of the festival
note: a chosen day ("this weekend is it") and tiring of pretending to be okay; weak alone, flags with a second sign
source: r7 probe families

[en.self_harm.instructions.r7sh-all-of-these-painless]
sub: instructions
weight: 0.6
pattern: (took|take|swallowed|swallow|downed|ate) (all|every one|the whole bottle|the whole pack|the rest|a handful) (of these|of them|of my|of the|these|my|the) ~3 (painless|hurt|die|work|kill me|enough|fatal|wake up)
pattern: (would|will|could) (it|that) (be|feel) painless
match: if i took all of these would it be painless
match: if i swallowed the whole bottle of my meds would i wake up
nomatch: take all of these with food, said the doctor
nomatch: would the surgery be painless
note: asking whether taking a whole supply would be painless or fatal
source: r7 probe families

[en.self_harm.intent.r7sh-wont-have-to-deal-with-me]
sub: intent
weight: 0.6
pattern: (wont|will not|dont|never|not gonna|wont ever) have to (deal with|worry about|put up with|look at|hear from|see|take care of|bother with) me (after|anymore|again|ever again|soon|much longer|for long|after tonight|after today|after this)
pattern: (sorry|im sorry) for everything (guys|everyone|all|mom|mum|dad|yall|y all|) ~3 (goodbye|bye|after tonight|wont|last|never|forever|gone)
pattern: (dont worry|no worries) (you|u|yall|guys|everyone|mom|mum|dad) (wont|will not|wont ever|dont|never) have to (deal with|put up with|worry about|see|hear from) me
match: you wont have to deal with me after tonight
match: dont worry, you wont have to put up with me much longer
match: sorry for everything guys, bye
match: dont worry you wont have to put up with me after today
nomatch: you wont have to deal with me at practice till monday lol
nomatch: im sorry for everything i said yesterday
note: telling others they will soon be rid of the writer, often with an apology for everything
source: r7 probe families

[en.self_harm.intent.r7sh-waiting-for-alone]
sub: intent
weight: 0.35
target: self
pattern: (waiting|wait|waiting until|waiting till) (for|until|till|) (my|the) (parents|mom|mum|dad|family|roommate|sister|brother|folks) to (leave|be asleep|fall asleep|go to sleep|go to bed|go away|be gone|go on)
pattern: (already|finally|ive|i have|i) (decided|made my decision|made the decision) (im|i am|i|and|so|thats it|its happening|dont try)
match: just waiting for my parents to go on their trip
match: i've already decided, i'm just waiting
nomatch: waiting for my mom to go to the store so i can bake her a cake
nomatch: finally decided what college to go to
note: waiting to be alone, a decision already taken; weak alone (surprises, college choices), flags with a second sign
source: r7 probe families

[en.self_harm.intent.r7sh-nobody-would-notice]
sub: intent
weight: 0.5
target: self
pattern: (nobody|no one|noone|none of them) (would|will|wud|d) (even|ever|actually|) (notice|care|realise|realize|know|miss me|look for me) if i (stopped|stop|disappeared|vanished|left|was gone|were gone|wasnt here|didnt show|never showed|died|quit)
pattern: if i (died|die|was gone|killed myself|disappeared|was dead) (tmrw|tomorrow|today|tonight|next week|rn) (would|will|wud) (u|you|anyone|anybody|they|people) ~2 (come|care|cry|notice|miss|show up|go)
match: nobody would even notice if i stopped showing up
match: if i died tmrw would u even come to the funeral
nomatch: nobody would notice if i changed the font lol
nomatch: nobody would know if we skipped practice
note: the writer testing whether anyone would notice their absence or death; widens nobody-would-miss-me and h4-if-i-disappeared-would-anyone
source: r7 probe families

[en.self_harm.intent.r7sh-then-i-wont-have-to-feel]
sub: intent
weight: 0.55
target: self
pattern: (then|and then|after that|after this|soon|finally) (i|ill) (dont|wont|will never|never|will not|wont ever) (have to|need to|) (feel|be|live|wake up|deal with|hurt|suffer) (like this|this way|this pain|anything|again|anymore|ever again|with this|through this)
pattern: (counting down|count down) (the|) (days|hours|weeks|sleeps) ~4 (then|until|till|before) (i|its|it is|it ends|im)
match: 6 more and then i dont have to feel like this
match: soon i wont have to wake up again
match: counting down the days until i'm free of this
nomatch: then i dont have to feel guilty about the cake
nomatch: counting down the days until summer break
note: an end date after which the writer will not have to feel or live this way
source: r7 probe families

[en.self_harm.intent.r7sh-sh-streak-broken]
sub: intent
weight: 0.85
target: self
pattern: (since|after) (i|my) (last|) (cut|cutting|sh|selfharm|self harm|hurt myself|burned|relapse) ~5 (ruined it|ruined|broke it|broke my streak|lost it|reset|back to day|did it again|relapsed|messed it up)
pattern: (back to|reset to|resetting to|restarting at|starting over at|starting from) day (0|zero|one|1) ~4 (cut|cutting|sh|blade|selfharm|self harm|relapsed)
pattern: (cut|sh|relapsed|burned myself|hurt myself) ~4 (back to|reset to) day (0|zero|one|1)
match: been 47 days since i last cut and i just ruined it
match: back to day 0 after i cut last night
match: relapsed, back to day 1
nomatch: 47 days since i last cut my hair
nomatch: back to day 1 of no sugar
note: a self-harm clean streak broken ("back to day 0"); the clean-days count around it reads as recovery and discounts the hit, hence the high weight; recovery milestones without a relapse do not match
source: r7 probe families

[en.self_harm.intent.r7sh-drive-into]
sub: intent
weight: 0.6
target: self
pattern: (plan|planning|plan is|gonna|going|want|wanna|thought about|thinking about|think about|keep thinking|tempted|urge) ~3 (drive|driving|swerve|swerving|steer|steering|crash|crashing) (my car|the car|) (into|off) (the|a) (river|lake|ocean|tree|wall|cliff|bridge|pole|barrier|ditch|median|divider|truck|guardrail|overpass)
match: my plan is to drive into the river after work
match: keep thinking about swerving into a tree on the highway
nomatch: we drove into the city for dinner
nomatch: he drove into the parking lot
note: driving into water, a tree or off a bridge on purpose; widens h2-drive-into
source: r7 probe families

[en.self_harm.intent.r7sh-escalating-self-injury]
sub: intent
weight: 0.65
target: self
pattern: (been|im|i am|keep|started|start|cant stop|ive been) ~3 (cutting|burning|hurting myself|scratching|carving|hitting myself) (deeper|worse|harder|more often|every day|every night)
pattern: (hit|hitting|punch|punching|slap|slapping|bang|banging) myself ~4 (until|till|til) (it|i|the|my|everything)
pattern: (cant stop|keep|been|started|always) (scratching|picking|hitting|punching|biting|burning|cutting) ~4 (until|till|til|untill) (they|it|i|my skin|the skin) (bleed|bleeds|bled|bleeding|break|breaks|split|splits|scar)
pattern: (punched|punch|punching|hit|hitting|slammed|slam) (the|a|my) (wall|walls|mirror|door|desk) (till|until|until my|and) (my|) (knuckles|hands|hand|fist|fists) (bled|bleed|split|broke|bruised|were bleeding)
match: ive been cutting deeper
match: i hit myself in the head until it goes quiet
match: cant stop scratching my arms until they bleed
match: i punched the wall till my knuckles split
nomatch: im cutting deeper into the budget this year
nomatch: i keep scratching my mosquito bites
note: self-injury getting worse or done until the skin breaks; leading "cant stop" is part of the hit so the negation cue does not discount it
source: r7 probe families

[en.self_harm.intent.r7sh-one-less-me]
sub: intent
weight: 0.65
target: self
pattern: (world|earth|planet|everyone|everybody|life|this school|my family) ~3 better (off|) (with one less me|with me gone|without me in it|once im gone|when im gone|if i was gone|if i were gone|if i wasnt here|if i werent here|if i didnt exist)
pattern: one less (me|of me) (in the world|on earth|around|to deal with|is better)
pattern: (throw a party|celebrate|throw a parade|party|be relieved|be happier) if i (disappeared|died|was gone|were gone|left|vanished|wasnt here|killed myself|didnt exist)
match: the world is better with one less me in it
match: theyd throw a party if i disappeared
match: everyone would be better off if i wasnt here
nomatch: the world is better with more dogs in it
nomatch: they would throw a party if i got an a
note: the world or the people around the writer better off with them gone; widens better-off-without-me
source: r7 probe families

[en.self_harm.intent.r7sh-keeping-the-tools]
sub: intent
weight: 0.55
target: self
pattern: (my|a|the|little|secret) (box|stash|kit|tin|case|pouch|bag|drawer|pencil case|hiding spot) (with|of|for|full of) (my|the) (blades|razors|razor|blade|pills|sharps|sharpener blades)
pattern: (cant|couldnt|wont|not ready to) (bring myself to|) (throw|give|get rid of) ~2 (my|the|them|it) ~1 (blades|razors|blade|razor|away|out)
pattern: (got|have|keep|kept|bought|hid|hidden) (the|my) rope (in|under|hidden in|ready in|in the back of) (my|the) (closet|room|drawer|wardrobe|bed)
pattern: (got|have|keep|kept|bought|tied|hid|hidden|made) (a|the|my) noose
match: i keep a box with my blades in it
match: i cant throw away my blades
match: ive got the rope in my closet
nomatch: a box with razors for shaving at the store
nomatch: i have a rope in my car for camping
note: keeping a kit of blades or pills, being unable to throw the tools away, a rope kept ready; "threw away my blades" (recovery) does not match
source: r7 probe families

[en.self_harm.instructions.r7sh-hide-from-family]
sub: instructions
weight: 0.6
pattern: (cuts|cut|marks|burns|wounds|sh|selfharm|bruises) ~6 so (my|our|ur|your|the|) (mom|mum|dad|parents|family|teacher|teachers|friends|nobody|no one|noone|bf|gf|coach|therapist|nurse|people) (doesnt|dont|wont|cant|never|will not|wouldnt|doesnt ever) (find out|see|notice|know|ask|find them|see them)
pattern: (cut|cutting|sh) ~4 (thighs|thigh|hips|hip|stomach|upper arms|upper arm|ankles|feet|ribs) so (nobody|no one|noone|people|your parents|ur parents|they|it) (sees|see|can see|notices|notice|wont see|finds out|doesnt show)
pattern: (best|good|easy|easiest|smart) (way|ways|tips|trick|tricks) to (hide|cover|conceal|cover up) (sh|selfharm|self harm|cuts|fresh cuts|burns|wounds)
match: how do i make the cuts not scar so my mom doesnt find out
match: pro tip: cut horizontally on the upper thighs so nobody sees
match: best way to hide sh
nomatch: so my mom doesnt find out i ate the last cookie
nomatch: best way to hide scars from acne
note: concealing self-harm from family, or where to cut so nobody sees; acne and surgery scars are not in the slots
source: r7 probe families

[en.self_harm.intent.r7sh-relieved-if-hit]
sub: intent
weight: 0.6
target: self
pattern: (if|when) i (got|get|was|were|gets) (hit|run over|killed|struck) by (a|the) (car|bus|truck|train|drunk driver|plane) ~4 (relieved|happy|glad|fine|wouldnt mind|thankful|grateful|welcome it|be okay|finally)
pattern: (hope|hoping|wish|praying) (i|im) (get|gets|got) (hit|run over|killed) by (a|the) (car|bus|truck|train)
match: if i got hit by a car tomorrow id be relieved
match: lowkey hoping i get hit by a bus
nomatch: if i got hit by a car my mom would sue
nomatch: i almost got hit by a car today, so scary
note: passive death wish by accident; widens h2-wish-hit-by
source: r7 probe families

[en.self_harm.intent.r7sh-not-making-it-to]
sub: intent
weight: 0.4
target: self
pattern: (not|never|wont be|not gonna be|not going to be|dont think im|dont think ill) (making it|gonna make it|going to make it|make it|be around|be alive|be here|around|alive|here) (to|till|until|for|by) (graduation|my birthday|christmas|summer|next year|18|senior year|new year|new years|thanksgiving|spring)
match: pretty sure im not making it to graduation
match: i wont be around for christmas
nomatch: im not making it to practice today
nomatch: not gonna make it to the party, sorry
note: the writer not expecting to live to a date; makes it to a party or a shift stay out by the slot
source: r7 probe families

[en.self_harm.intent.r7sh-this-time-no-stopping]
sub: intent
weight: 0.5
target: self
pattern: (no one|nobody|noone|you|u) (can|will|is going to|gonna|could|cant) (stop|save) me (this time|anymore)
pattern: (no one|nobody|noone|you|u) (can|will|is going to|gonna|could|cant) talk me out of it (this time|anymore|now)
pattern: (ive|i have|i|already) (made up my mind|made my mind up) (this time|for real|fr|its over|dont try|no one|nobody)
match: no one can stop me this time
match: i've made up my mind this time
nomatch: nothing can stop me now, grinding till diamond
nomatch: i made up my mind to go vegan
note: resolve that no one can stop the writer this time; gamers say it too, so weak alone
source: r7 probe families

[en.self_harm.intent.r7sh-going-to-jump-now]
sub: intent
weight: 0.65
target: self
pattern: (standing|stood|sitting|sat|up) (on|at) (the|a|this) (bridge|ledge|edge|railing|overpass|tracks|train tracks|roof edge) (rn|right now|now|atm|as we speak|tonight)
pattern: (im|i am|i m) (going to|gonna|about to|ready to) jump (now|rn|tonight|right now|soon|off)
match: i'm standing on the bridge rn
match: im about to jump rn
nomatch: im going to jump in the pool
nomatch: standing on the balcony rn the sunset is insane
nomatch: im gonna jump in the pool now
note: at a height right now, or announcing a jump; the pool and jumping jacks stay out of the slots
source: r7 probe families

[en.self_harm.intent.r7sh-want-more-scars]
sub: intent
weight: 0.55
target: self
pattern: (scars|cuts|marks|wounds|burns) (and|but|yet) i (still|just|) (want|need|crave|wanna) (more|another|new ones|fresh ones|to add more)
pattern: (want|need|crave|craving|wanna) (more|new|fresh|deeper) (scars|cuts|wounds|marks|burns) (on|for) (my|me)
match: my body is covered in scars and i still want more
match: i crave new cuts on my arms
nomatch: my scars are healing and i still want more ice cream
nomatch: want more cuts of steak for the bbq
note: wanting more self-harm wounds; widens h4-need-new-scars
source: r7 probe families

[en.self_harm.intent.r7sh-disappear-forever]
sub: intent
weight: 0.5
target: self
pattern: (cant wait|want|wanna|going|gonna|ready|just want|wish i could|need) (to|) (finally|just|) (disappear|vanish|fade away|be gone|go away|not exist|stop existing) (forever|for good|permanently|for ever|and never come back)
match: cant wait to finally disappear forever
match: i just want to vanish for good
nomatch: i want to disappear for the weekend and go camping
nomatch: gonna disappear from twitter for a bit
note: wanting to be gone for good; a break from social media stays out of the slots
source: r7 probe families

[en.self_harm.intent.r7sh-said-to-someone-know]
sub: intent
weight: 0.35
target: self
pattern: (i|just) (wanted|want|needed) (someone|somebody|one person|at least one person) to know before (i|im|it|this)
match: i just wanted someone to know before i go
nomatch: i just wanted someone to know i passed my driving test
nomatch: i wanted someone to know how hard i worked
note: a disclosure framed as letting one person know; weak alone, flags with a second sign
source: r7 probe families

[en.self_harm.intent.r7sh-end-it-disclosure]
sub: intent
weight: 0.65
target: self
pattern: (im|i am|im gonna|going to|gonna|ima|about to) (end it|end it all|do it|end things) ~4 (just wanted|wanted|just want|needed) (someone|somebody|you|one person) to know
match: i'm gonna end it. i just wanted someone to know
match: im about to do it, just wanted you to know
nomatch: i just wanted someone to know i passed my driving test
nomatch: im gonna end it with him, just wanted you to hear it first
note: announcing the act to one person so someone knows; the announcement and the disclosure together

# promotion

[en.self_harm.promotion.r7sh-jump-imperative]
sub: promotion
weight: 0.6
target: other
pattern: (go|just|pls|please|plz|then|now|pls just) (jump|jumping) (off|from) ~2 (bridge|cliff|roof|building|window|balcony|overpass|skyscraper)
pattern: jump off (a|the) (bridge|cliff|roof|building) (loser|idiot|already|bro|noob|pls|then|you|u|ur|retard|moron|clown|freak|nobody|no one)
match: go jump off a bridge
match: jump off a bridge you worthless loser
nomatch: i would jump off a bridge for those tickets
nomatch: we jumped off the dock at the lake
note: telling someone to jump; takes the second-person forms of promotion.jump-off-bridge, whose bare pattern also fires on first-person jokes and was lowered
source: r7 probe families

[en.self_harm.promotion.r7sh-better-if-you-ended-it]
sub: promotion
weight: 0.7
target: other
pattern: (world|everyone|everybody|we|people|earth|planet|your family|ur family|the server|this school) ~3 better (off|) if (you|u|ya) (just|) (ended it|died|killed yourself|kys|were dead|was dead|were gone|didnt exist|disappeared|unalived|offed yourself|stopped breathing)
pattern: (you|u) (should|need to|better|oughta) (just|) (end it|end it all|end things) (already|now|tonight|lol|lmao|loser|bro|honestly)
match: the world would be better if you just ended it
match: u should just end it already
nomatch: everyone would be better off if you just apologised
nomatch: you should end it with him already
note: telling someone the world would be better with them dead; a breakup "end it with him" stays out
source: r7 probe families

[en.self_harm.promotion.r7sh-pact-on]
sub: promotion
weight: 0.6
pattern: (the|our|suicide|group|group chat|gc|death) pact (is|still|is still|stays) (on|happening|a go|planned)
pattern: (we|lets|let s|we should|we could|should we) (all|both|) (end it|ctb|die|leave this world|go out|end it all) together (on|at|tonight|this|same|next|after|before)
pattern: (same|the same) (night|day|time) (same|and) (time|place|method|way) ~3 (pact|together|deal|ok|okay|promise)
match: the group chat pact is still on
match: we should all end it together on the 14th
match: same night, same time. pact?
nomatch: our study pact is still on for finals
nomatch: lets go together on friday to the mall
nomatch: we should do it together on the group project
note: a suicide pact being arranged or confirmed; study and gym pacts need the slot words that follow
source: r7 probe families

[en.self_harm.promotion.r7sh-sh-tools-and-coping]
sub: promotion
weight: 0.65
pattern: (cutting|sh|selfharm|self harm|self harming|burning) (is|are|can be) (a|) (valid|healthy|fine|good|okay|ok|legit) (coping|way to cope|coping mechanism|coping skill|way to deal|outlet)
pattern: (best|good|favorite|favourite|sharpest|cleanest) (tools|blades|razors|things|stuff) (for|to) (sh|selfharm|self harm|cut yourself|cut urself|cut myself)
pattern: (keep|keep on|dont stop|never stop) (cutting|bleeding|burning) (yourself|urself|ur self|deeper|bro|loser|emo|freak|you)
pattern: (you|u) (deserve|deserved) (to bleed|the scars|those scars|every cut|your cuts|ur cuts|to cut)
match: cutting is a valid coping mechanism
match: here are the best tools for sh
match: you deserve to bleed, keep cutting yourself
nomatch: the best tools for cutting tile
nomatch: keep cutting the onions until they are fine
note: pro self-harm content: self-harm as valid coping, tool recommendations, telling someone to keep cutting or that they deserve to bleed
source: r7 probe families

[en.self_harm.instructions.r7sh-pills-fastest]
sub: instructions
weight: 0.65
pattern: (which|what) (pills|meds|medication|medications|drugs|otc|over the counter|medicine) ~3 (fastest|quickest|best|work) (for|to) (an overdose|overdose|od|an od|overdosing|die|dying|not wake up)
pattern: (list|list of|ranking) (of|) (pills|meds|drugs|medications) ~3 (overdose|od|lethal|to die|fatal|kill)
match: which pills work fastest for an overdose
match: what meds work best for an od
match: need a list of meds that are lethal
nomatch: which pills work fastest for a headache
nomatch: a list of meds to bring to the doctor
note: asking which medication overdoses fastest; widens h2-which-pills-kill
source: r7 probe families

[en.self_harm.promotion.r7sh-rope-and-chair]
sub: promotion
weight: 0.6
target: other
pattern: (get|grab|buy|find|order) (urself a|yourself a|ur self a|urself some|yourself some) (rope|noose)
pattern: (get|grab|buy|find) (a|some|the) (rope|noose) (and a chair|n a chair|and a stool) (bro|loser|lol|lmao|already|u|you|then|and|fr|idiot|noob)
pattern: (rope|noose) (and|n) (a|) (chair|stool) (bro|loser|lol|lmao|time|for you|u|you|already)
match: get a rope and a chair bro
match: rope and a chair for you loser
nomatch: get a rope and a chair for the camping trip
nomatch: grab some rope for the tent
note: the rope and chair taunt to hang oneself; the camping trip stays out of the closing slot
source: r7 probe families

[en.self_harm.promotion.r7sh-do-it-properly-attention]
sub: promotion
weight: 0.6
target: other
pattern: (if|when) (ur|you|u|youre|your) (gonna|going to|gon) (do it|kys|kill yourself|cut|jump) ~3 (do it right|do it properly|actually do it|finish it|go deeper|dont fail)
pattern: (crying|begging|doing it|cutting|attempting|posting) for (attention|clout|views|likes) ~5 (do it|kys|end it|actually|just|next time|deeper)
pattern: (do it|kys|end it|actually do it|just do it|cut deeper) ~5 (attention seeker|attention whore|for attention|for clout)
match: if ur gonna do it do it right this time
match: stop crying for attention and just do it
nomatch: if you're gonna bake it, bake it right
nomatch: he is crying for attention, ignore him
note: telling someone whose self-harm is dismissed as attention-seeking to do it "properly"; widens do-it-right
source: r7 probe families
