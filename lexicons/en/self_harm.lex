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

lexicon: self_harm
language: en
version: 2026.11.29

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
pattern: (hope|hoping|pray|praying|wish) (that|) i (dont|never|wont) wake up
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
pattern: wish i could (disappear|vanish)
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
pattern: (take|took|taking|swallow|swallowed) the whole (bottle|pack|packet|box)
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
also: cyberbullying.self_harm_encouragement
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
also: cyberbullying.self_harm_encouragement
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
also: cyberbullying.self_harm_encouragement
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
also: cyberbullying.self_harm_encouragement
pattern: (hang|hanging|neck|rope) (yourself|urself)
match: go hang yourself
match: rope yourself loser
nomatch: hang your coat up

[en.self_harm.promotion.unalive-yourself]
sub: promotion
weight: 0.85
target: other
also: harassment.death_wish
also: cyberbullying.self_harm_encouragement
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
also: cyberbullying.self_harm_encouragement
pattern: (kill|hang|unalive|neck|rope|off|end) (yourselves|urselves|yourselfs)
match: all of you should kill yourselves
nomatch: enjoy yourselves tonight

[en.self_harm.promotion.go-die]
sub: promotion
weight: 0.4
target: other
also: harassment.death_wish
also: cyberbullying.self_harm_encouragement
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
also: cyberbullying.self_harm_encouragement
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
match: do everyone a favour and die
match: do the world a favor and kys
nomatch: do me a favor and grab milk

[en.self_harm.promotion.drink-bleach]
sub: promotion
weight: 0.8
target: other
also: cyberbullying.self_harm_encouragement
pattern: (go|just|pls|please|plz|should|you) ~1 (drink|chug|eat|swallow|gargle) (bleach|antifreeze|drano)
match: go drink bleach
match: you should drink bleach
nomatch: dont drink bleach it is toxic

[en.self_harm.promotion.cut-yourself]
sub: promotion
weight: 0.75
target: other
also: cyberbullying.self_harm_encouragement
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
weight: 0.6
also: cyberbullying.self_harm_encouragement
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
also: cyberbullying.self_harm_encouragement
pattern: (go|just|pls|please|plz) rope
match: just rope already
nomatch: we need more rope
note: "just rope" is incel and gamer slang for "hang yourself"

[en.self_harm.promotion.meme-slang]
sub: promotion
weight: 0.65
also: cyberbullying.self_harm_encouragement
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
also: cyberbullying.self_harm_encouragement
pattern: (you|u) ~2 (considered|consider|try|tried|trying) (suicide|sewerslide|sooicide|unaliving)
match: have you considered sewerslide
nomatch: have you tried cutting back on sugar
note: also a screening question ("have you ever considered suicide?"); the support and question cues lower it

[en.self_harm.promotion.join-the-41]
sub: promotion
weight: 0.85
target: other
also: cyberbullying.self_harm_encouragement
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
also: cyberbullying.self_harm_encouragement
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
pattern: my (therapist|counselor|counsellor|psychiatrist|psychologist)
pattern: (psych|psychiatric) (ward|hospital|unit|hold|inpatient)
pattern: (inpatient|outpatient|iop|php) (program|treatment|stay)
pattern: (dbt|cbt) (skills|therapy|group|skill)
pattern: distress tolerance
match: my therapist helped me today
match: i just got out of the psych ward
match: my dbt skills helped
nomatch: my teacher helped me today
note: generic mental-health care, shared with other topics

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
pattern: suicidal ideation
match: suicide rates rose last year
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
pattern: (tw|cw) (suicide|sh|selfharm|sewerslide|suicidal)
pattern: (tw|cw) self harm
pattern: trigger warning ~2 (suicide|harm|selfharm|sh|suicidal)
match: tw suicide mention
match: trigger warning for self harm
nomatch: tw for food
note: marks a post as about the topic; vents often start with it, so the harm entries still score

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
