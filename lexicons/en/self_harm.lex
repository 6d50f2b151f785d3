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
pattern: (broke|lost|ruined|reset|ended) my (streak|clean streak|sh streak|clean time)
match: been cutting again, 3 months clean down the drain
match: i broke my streak last night
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
match: googling painless ways
match: i looked up ways to die
nomatch: ive been researching methods for my science fair project
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
