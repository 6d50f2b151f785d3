# Self-harm and suicide (English).
#
# Harm sub-categories: intent (first-person ideation, plans, behaviour), instructions (methods,
# doses, how-to), promotion (encouraging someone else; usually target: other).
# Non-harm sub-categories: help_seeking, recovery, awareness, hyperbole. They are scored low and
# let the scorer route a message to support instead of blocking it.
#
# Weights: explicit first-person phrases 0.75-0.9; algospeak with common benign or joking use
# ("kms", "unalive", "sh") 0.45-0.6; weak distress signals 0.25-0.45. Leetspeak, spacing,
# repeated letters, zero-width characters and homoglyphs are folded by the engine, so only real
# spelling and algospeak variants are written here (sewerslide, sooicide, unalive, ctb).
# Hyperbole ("this homework is killing me") is mostly cancelled by allow.lex; the few hyperbole
# entries below only name the topic.

lexicon: self_harm
language: en
version: 2026.11.29

# ---------------------------------------------------------------------------------------------
# intent: explicit first-person statements
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
note: "kill myself"; mostly hyperbole among teens, and also kilometres, so a medium weight that context must raise

[en.self_harm.intent.unalive-myself]
sub: intent
weight: 0.85
target: self
pattern: (unalive|unaliving|unalived) myself
match: i want to unalive myself
nomatch: the villain was unalived in the finale
note: algospeak for "kill myself"

[en.self_harm.intent.unalive]
sub: intent
weight: 0.45
pattern: (unalive|unaliving|unalived)
match: been thinking about unaliving lately
nomatch: i am still alive and well
note: algospeak for suicide or death; also used for news and fiction ("he was unalived"), so weak alone

[en.self_harm.intent.unalive-me]
sub: intent
weight: 0.5
target: self
pattern: unalivemeplease
pattern: unalive me (please|pls|plz|now)
match: unalive me please
match: this is so me unalivemeplease
note: TikTok tag and phrase; often dark humour, sometimes a real request

[en.self_harm.intent.self-deletion]
sub: intent
weight: 0.5
pattern: self (deletion|delete)
pattern: (selfdelete|selfdeletion)
match: been thinking about self deletion again
nomatch: the messages are set to self destruct
note: algospeak for suicide; "self-delete" also appears in software talk, hence the medium weight

[en.self_harm.intent.sue-decide]
sub: intent
weight: 0.45
pattern: sue (decide|decided|deciding)
match: i keep thinking about sue decide
note: algospeak spelling "sue-decide"; "let sue decide" (a name) is a rare false positive

[en.self_harm.intent.suicide-word]
sub: intent
weight: 0.3
pattern: (suicide|sewerslide|sooicide|suicde|sucide|suiside|suecide|soocide)
pattern: sewer slide
match: sewerslide has been on my mind
match: i think about suicide a lot
nomatch: the sewer pipes were replaced
note: the topic word and its algospeak spellings; weak alone (news, awareness, film titles), context cues decide

[en.self_harm.intent.commit-suicide]
sub: intent
weight: 0.8
target: self
pattern: (i|im|ill|gonna|wanna|want|going|will|should|might) ~2 (commit|committing|comit) (suicide|sewerslide|sooicide|suicde|sucide|suiside)
match: i might commit suicide
match: im going to commit sewerslide
nomatch: the character commits suicide in act three

[en.self_harm.intent.suicidal-first-person]
sub: intent
weight: 0.8
target: self
pattern: (im|am|feel|feeling|felt|been|getting|so|become|becoming) suicidal
match: im feeling suicidal again
match: i am suicidal
nomatch: the report covers suicidal ideation in teens

[en.self_harm.intent.suicidal]
sub: intent
weight: 0.45
pattern: suicidal
match: suicidal again tonight
nomatch: the suicide squad sequel flopped
note: the adjective alone: also used in awareness and clinical talk, so weaker than the first-person entry

[en.self_harm.intent.suicidal-thoughts]
sub: intent
weight: 0.7
target: self
pattern: (having|have|had|getting|get|my) ~2 suicidal (thoughts|thought|ideation|feelings|urges)
match: ive been having suicidal thoughts
match: my suicidal thoughts are back
nomatch: teachers learn about suicidal ideation

[en.self_harm.intent.thinking-about-suicide]
sub: intent
weight: 0.65
pattern: (thinking|thought|think|considering|contemplating|planning) (about|of|) (suicide|sewerslide|sooicide|suicde|sucide|suiside|unaliving|dying)
match: lately ive been thinking about suicide
match: i keep contemplating sewerslide
nomatch: i was thinking about dinner

[en.self_harm.intent.end-my-life]
sub: intent
weight: 0.85
target: self
pattern: (end|ending|ended|take|taking|took) my (own|) life
match: i want to end my life
match: tonight im taking my own life
nomatch: this job will take my whole weekend

[en.self_harm.intent.end-it-all]
sub: intent
weight: 0.7
pattern: (end|ending|ended) it all
match: im ready to end it all
nomatch: ending it with him was hard

[en.self_harm.intent.off-myself]
sub: intent
weight: 0.8
target: self
pattern: (off|offing) myself
pattern: (end|ending) myself
match: thinking of offing myself
match: i just want to end myself
nomatch: i took the day off myself and rested
note: the nomatch keeps "off" + "myself" apart by a word; "took the day off myself" style phrasing is rare

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

[en.self_harm.intent.better-off-dead]
sub: intent
weight: 0.75
target: self
pattern: (im|i|id|am) ~2 better off dead
match: honestly id be better off dead
nomatch: youd be better off asking the teacher
note: the other-directed form ("you'd be better off dead") is promotion.better-off-dead-you

[en.self_harm.intent.better-off-without-me]
sub: intent
weight: 0.75
target: self
pattern: better off without me
pattern: (world|everyone|everybody|family|they) ~3 better without me
match: everyone would be better off without me
match: the world is better without me
nomatch: she is better off without him

[en.self_harm.intent.no-reason-to-live]
sub: intent
weight: 0.7
target: self
pattern: (no|nothing|zero) (reason|reasons|point) ~2 (live|living|alive|existing)
match: there is no reason to live
match: no point in living anymore
nomatch: i see no reason to leave early
note: "no reason to live in the city" is a known false positive

[en.self_harm.intent.dont-want-to-live]
sub: intent
weight: 0.55
target: self
pattern: (dont|not|never) (want|wanna) (to|) (live|exist)
match: i dont want to live
nomatch: i dont want to leave
note: weaker than the "anymore" form: "i don't want to live in a city" also matches

[en.self_harm.intent.dont-want-to-be-alive]
sub: intent
weight: 0.8
target: self
pattern: (dont|not) (want|wanna) (to|) be alive
pattern: (dont|not) (want|wanna) (to|) (live|exist) anymore
pattern: (dont|not) (want|wanna) (to|) be here anymore
match: i dont want to be alive anymore
match: i dont wanna exist anymore
nomatch: i dont want to be late

[en.self_harm.intent.never-wake-up]
sub: intent
weight: 0.7
target: self
pattern: (hope|hoping|pray|praying|wish) (that|) i (dont|never|wont) wake up
pattern: (sleep|sleeping) and never wake up
pattern: (dont|not) (want|wanna) (to|) wake up (anymore|again|tomorrow)
match: i hope i dont wake up tomorrow
match: i want to go to sleep and never wake up
nomatch: i hope i wake up on time

[en.self_harm.intent.hope-i-die]
sub: intent
weight: 0.75
target: self
pattern: (hope|hoping|pray|praying) (that|) i (just|) (die|croak)
match: i hope i die in my sleep
nomatch: i hope i did well

[en.self_harm.intent.deserve-to-die]
sub: intent
weight: 0.75
target: self
pattern: i (should|deserve|need|must) (to|) (just|) die
pattern: i (should|deserve) (to|) be dead
match: i deserve to die
match: i should just die
nomatch: i should just diet
note: "i should just die of embarrassment" is also caught by hyperbole.die-of-embarrassment and its cues

[en.self_harm.intent.dont-deserve-to-live]
sub: intent
weight: 0.7
target: self
pattern: (dont|not) deserve to (live|exist)
pattern: (dont|not) deserve to be alive
match: i dont deserve to live
nomatch: you dont deserve to lose

[en.self_harm.intent.life-not-worth-living]
sub: intent
weight: 0.7
target: self
pattern: not worth living
pattern: (life|lifes) (isnt|aint) worth (living|it)
pattern: life is not worth it
match: my life isnt worth living
match: life is not worth living
nomatch: this city is not worth visiting

[en.self_harm.intent.tired-of-living]
sub: intent
weight: 0.55
target: self
pattern: (tired|sick|exhausted) of (living|existing)
pattern: (tired|sick) of being alive
match: im so tired of living
nomatch: im tired of waiting

[en.self_harm.intent.done-with-life]
sub: intent
weight: 0.5
target: self
pattern: done (with|) (living|existing)
pattern: done with (this|) life
match: im done with life
match: honestly im done existing
nomatch: im done with my homework

[en.self_harm.intent.want-it-to-end]
sub: intent
weight: 0.5
target: self
pattern: (want|wish|need) (it|everything) all to (end|stop)
pattern: (want|wish) everything to (end|stop)
match: i just want it all to end
nomatch: i want this meeting to end

[en.self_harm.intent.cant-go-on]
sub: intent
weight: 0.35
target: self
pattern: (cant|cannot) (go|keep) (on|going) (anymore|like)
match: i cant go on anymore
nomatch: we cant go on the trip
note: weak distress signal

[en.self_harm.intent.cant-do-this-anymore]
sub: intent
weight: 0.3
target: self
pattern: (cant|cannot) (do|take|handle) (this|it) anymore
match: i cant take it anymore
nomatch: i cant do this puzzle
note: weak distress signal, also said about jobs and chores

[en.self_harm.intent.burden]
sub: intent
weight: 0.45
target: self
pattern: (im|am|being|just|such) a burden
pattern: burden (to|on) (everyone|everybody|them|people)
match: i feel like im a burden to everyone
nomatch: the tax burden is high
note: perceived burdensomeness is a documented risk factor, weak alone

[en.self_harm.intent.hate-my-life]
sub: intent
weight: 0.3
target: self
pattern: (hate|hating|despise) my (life|existence)
match: i hate my life
nomatch: i hate my job
note: weak signal, very common venting

[en.self_harm.intent.hate-myself]
sub: intent
weight: 0.35
target: self
pattern: (hate|hating|despise|loathe) myself
match: i hate myself so much
nomatch: i hate mondays
note: weak signal; strengthens other hits nearby

[en.self_harm.intent.want-to-disappear]
sub: intent
weight: 0.35
target: self
pattern: (want|wanna) (to|) (disappear|vanish) (forever|)
pattern: wish i could (disappear|vanish)
match: i just want to disappear
nomatch: the stain will disappear
note: weak signal

[en.self_harm.intent.tired-of-everything]
sub: intent
weight: 0.3
target: self
pattern: (tired|exhausted) of everything
pattern: (tired|exhausted) of it all
match: so tired of everything
nomatch: tired of everyone lying
note: weak signal

[en.self_harm.intent.depressed]
sub: intent
weight: 0.25
target: self
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

[en.self_harm.intent.nobody-cares]
sub: intent
weight: 0.3
target: self
pattern: (nobody|noone) (cares|loves) (about|) me
match: nobody cares about me
nomatch: nobody cares about the score
note: weak signal

[en.self_harm.intent.suicide-note]
sub: intent
weight: 0.85
target: self
pattern: (my|a) (suicide|sewerslide) (note|letter)
match: i wrote my suicide note
nomatch: the suicide squad movie was long

[en.self_harm.intent.goodbye-letters]
sub: intent
weight: 0.45
pattern: (writing|wrote|write|written|leaving|left) (goodbye|farewell) (letters|notes|note|letter)
match: i wrote goodbye letters to my family
nomatch: she wrote a farewell speech
note: warning sign; also retirement or moving away, hence medium weight

[en.self_harm.intent.wont-be-alive]
sub: intent
weight: 0.75
target: self
pattern: (wont|not) be alive (tomorrow|much|for|by|next|anymore|when)
match: i wont be alive by then
nomatch: the plant wont be around by then

[en.self_harm.intent.wont-be-around]
sub: intent
weight: 0.5
target: self
pattern: (wont|not) be (here|around) (much|for) (longer|long)
match: i wont be around much longer
nomatch: i wont be here tomorrow because of the dentist

[en.self_harm.intent.final-goodbye]
sub: intent
weight: 0.45
pattern: (my|a|the) (final|last) goodbye
pattern: goodbye (cruel|forever)
match: this is my final goodbye
match: goodbye cruel world
nomatch: goodbye everyone see you monday

[en.self_harm.intent.giving-away-things]
sub: intent
weight: 0.4
target: self
pattern: (giving|gave|give) away (all|) my (stuff|things|belongings|possessions|pets)
match: i gave away all my stuff
nomatch: we are giving away free pizza
note: a known warning sign; also decluttering, so weak

[en.self_harm.intent.picked-a-date]
sub: intent
weight: 0.7
target: self
pattern: (picked|chose|chosen|set|planned|decided) (a|the|my) (date|day) ~3 (die|kill|end|unalive|ctb|suicide|sewerslide)
match: i picked a date to die
nomatch: we set a date for the wedding

[en.self_harm.intent.have-a-plan]
sub: intent
weight: 0.7
target: self
pattern: (have|got|made|making) a plan (to|for) (kill|end|unalive|die|suicide|ending|killing)
match: i made a plan to end it
nomatch: we have a plan to win

[en.self_harm.intent.stockpiling-pills]
sub: intent
weight: 0.6
target: self
pattern: (stockpiling|stockpiled|stockpile|hoarding|hoarded|saving|saved|collecting) (my|up|) (pills|meds|tablets|medication)
match: ive been stockpiling my pills
nomatch: saving money for a trip

[en.self_harm.intent.overdose-intent]
sub: intent
weight: 0.7
target: self
pattern: (gonna|going|want|wanna|will|plan|planning|try|trying|tried|about) to (overdose|od)
pattern: (gonna|wanna|might) (overdose|od)
match: im going to overdose tonight
match: i tried to od last year
nomatch: he tried to help
note: "od" also means "overdoing it" in slang, context decides

[en.self_harm.intent.took-an-overdose]
sub: intent
weight: 0.65
target: self
pattern: (took|taking|take) an overdose
pattern: i (overdosed|oded)
match: i took an overdose last night
nomatch: the overdose crisis in the city

[en.self_harm.intent.took-all-pills]
sub: intent
weight: 0.6
target: self
pattern: (took|swallowed|swallow|taking|take) (all|every) (my|of|the) ~2 (pills|pill|meds|tablets|medication)
match: i took all my pills at once
nomatch: did you take your pills
note: "forgot to take all my meds" is a known false positive

[en.self_harm.intent.cut-myself]
sub: intent
weight: 0.75
target: self
pattern: (cut|cutting|cuts|slit|slitting|slice|slicing) myself
match: i cut myself again last night
nomatch: i cut my finger cooking
note: "cut myself shaving" is an accident; context and cues decide

[en.self_harm.intent.cutting-again]
sub: intent
weight: 0.65
target: self
pattern: cutting again
pattern: (started|start|starting) cutting (myself|again)
match: ive been cutting again
nomatch: ive been cutting coupons

[en.self_harm.intent.cut-wrists]
sub: intent
weight: 0.8
target: self
pattern: (slit|slitting|slice|slicing|slash|slashing|cut|cutting) (my|me) (wrist|wrists)
pattern: (slit|slitting|slash|slashing) my (throat|arms|veins)
match: i want to slit my wrists
nomatch: i sprained my wrist

[en.self_harm.intent.cut-body]
sub: intent
weight: 0.5
target: self
pattern: (cut|cutting|carve|carving|carved) (my|into) (arm|arms|thigh|thighs|hips|stomach|skin)
match: i cut my thighs again
match: i carved into my skin
nomatch: i cut my hair
note: accidents ("cut my arm on a fence") also match

[en.self_harm.intent.im-a-cutter]
sub: intent
weight: 0.6
target: self
pattern: (im|am|was|be) a cutter
match: i think im a cutter
nomatch: hand me the box cutter

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
target: self
pattern: (i|ive|been|still|started) self (harm|harmed|harming)
match: i still self harm
nomatch: talking about self harm at school

[en.self_harm.intent.did-sh]
sub: intent
weight: 0.6
target: self
pattern: (did|do|doing|done) sh (again|today|tonight|yesterday|last)
pattern: (want|wanna|need) to sh
match: i did sh again
match: i really want to sh
nomatch: shh the baby is asleep
note: "sh" = self-harm; never matched alone (it is also "shh")

[en.self_harm.intent.sh-urges]
sub: intent
weight: 0.55
target: self
pattern: (sh|cutting) (urges|urge)
pattern: (urge|urges) to (sh|cut|selfharm)
match: the sh urges are bad tonight
match: i have the urge to cut
nomatch: he resisted the urge to shout

[en.self_harm.intent.sh-wounds]
sub: intent
weight: 0.55
target: self
pattern: (fresh|new|deep|my) (sh|selfharm) (scars|cuts|wounds|marks)
match: my sh scars are itching
nomatch: new shoes hurt my feet

[en.self_harm.intent.fresh-cuts]
sub: intent
weight: 0.55
target: self
pattern: (fresh|new|deep|open) cuts on my (arm|arms|wrist|wrists|thigh|thighs|hips|stomach|legs)
match: i have fresh cuts on my arms
nomatch: fresh cuts of beef on sale

[en.self_harm.intent.hide-cuts]
sub: intent
weight: 0.55
target: self
pattern: (hide|hiding|hid|cover|covering|covered) (my|up) (cuts|wounds|bandages)
pattern: (wear|wearing|wore) long sleeves ~3 (hide|cover) ~2 (cuts|scars|arms|wrists)
match: wearing long sleeves to hide my cuts
match: i keep hiding my cuts
nomatch: cover the pan with a lid

[en.self_harm.intent.cat-scratches]
sub: intent
weight: 0.5
target: self
pattern: (say|said|tell|told|telling|saying|claim|claimed|pretend|pretended|blame|blamed) ~4 cat (scratches|scratch|scratched)
match: i told my mom they were cat scratches
nomatch: the cat scratched the sofa
note: the usual excuse for cuts; the bare phrase is about real cats, so an excuse verb is required

[en.self_harm.intent.barcode]
sub: intent
weight: 0.55
target: self
pattern: (arm|arms|thigh|thighs|legs|wrist|wrists|skin) ~3 (barcode|barcodes|barcoded)
pattern: barcode (arm|arms|thighs|scars|cuts)
match: my arm looks like a barcode
nomatch: scan the barcode on the box
note: rows of parallel cuts

[en.self_harm.intent.cut-depth-slang]
sub: intent
weight: 0.5
target: self
pattern: (hit|hitting|reached|reach) (styro|styrofoam|beans)
match: i hit styro last night
nomatch: we grew green beans
note: self-harm community slang for wound depth ("styro" dermis, "beans" fat layer)

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

[en.self_harm.intent.hit-myself]
sub: intent
weight: 0.35
target: self
pattern: (hit|hitting|punch|punching|slap|slapping) myself
match: i keep hitting myself when im angry
nomatch: i hit my head on the door
note: weak: also idiom ("could punch myself for forgetting")

[en.self_harm.intent.scratch-until-bleed]
sub: intent
weight: 0.5
target: self
pattern: (scratch|scratching|scratched|pick|picking|bite|biting|hit|hitting) ~2 (until|till|til) (i|it) (bleed|bleeds|bled)
match: i scratch myself until i bleed
nomatch: my mosquito bites itch so much

[en.self_harm.intent.hang-myself]
sub: intent
weight: 0.9
target: self
pattern: (hang|hanging|hung|hanged) myself
match: i want to hang myself
nomatch: i hung my coat up

[en.self_harm.intent.noose]
sub: intent
weight: 0.7
target: self
pattern: (tied|tying|tie|made|making|make|bought|buy) (a|my|the) noose
match: i tied a noose today
nomatch: the western film had a hanging scene

[en.self_harm.intent.rope-myself]
sub: intent
weight: 0.8
target: self
pattern: rope myself
pattern: (im|ill|gonna|wanna|might|finally) ~2 rope (tonight|today|soon|now)
match: im gonna rope tonight
match: i want to rope myself
nomatch: we need rope for the tent
note: "rope" as a verb is slang for hanging; the noun alone is far too common

[en.self_harm.intent.neck-myself]
sub: intent
weight: 0.75
target: self
pattern: neck myself
match: im gonna neck myself
nomatch: my neck hurts
note: UK slang for hanging

[en.self_harm.intent.jump-off]
sub: intent
weight: 0.6
target: self
pattern: (gonna|want|wanna|will|going|planning) ~2 (jump|jumping) (off|from) ~2 (bridge|roof|building|balcony|cliff|overpass|tower|window)
match: i want to jump off a bridge
nomatch: we jumped off the dock into the lake
note: cliff diving and similar talk can match

[en.self_harm.intent.in-front-of-train]
sub: intent
weight: 0.65
target: self
pattern: (jump|jumping|step|stepping|throw|lie|lay) ~2 in front of (a|the) (train|bus|truck|car|lorry|subway)
match: i keep thinking about stepping in front of a train
match: i want to throw myself in front of a bus
nomatch: park in front of the house

[en.self_harm.intent.walk-into-traffic]
sub: intent
weight: 0.5
target: self
pattern: (walk|walking|step|stepping|run|running) into (traffic|oncoming)
match: i want to walk into traffic
nomatch: dont walk into the road

[en.self_harm.intent.ctb]
sub: intent
weight: 0.5
pattern: ctb
match: i plan to ctb next week
note: "catch the bus", pro-suicide forum shorthand for suicide

[en.self_harm.intent.catch-the-bus]
sub: intent
weight: 0.35
pattern: (ready|planning|decided) to catch the bus
match: i think im ready to catch the bus
nomatch: i need to catch the bus to school
note: algospeak for suicide from pro-suicide forums; the literal meaning is very common, so only "ready/planning/decided to"

[en.self_harm.intent.sleep-forever]
sub: intent
weight: 0.4
target: self
pattern: (sleep|rest) forever
pattern: (eternal|permanent|endless) sleep
match: i just want to sleep forever
nomatch: i slept for ages

[en.self_harm.intent.let-me-die]
sub: intent
weight: 0.5
target: self
pattern: (just|pls|please) let me die
match: please let me die
nomatch: let me dye your hair
note: also hyperbole after a long day

[en.self_harm.intent.ready-to-die]
sub: intent
weight: 0.45
target: self
pattern: (im|i) ~1 ready to die
match: im ready to die
nomatch: are you ready to dine
note: also the idiom "ready to die on this hill"

[en.self_harm.intent.rather-be-dead]
sub: intent
weight: 0.5
target: self
pattern: (id|would) rather be dead
match: honestly id rather be dead
nomatch: id rather be early
note: often hyperbole ("than wear that"), context decides

[en.self_harm.intent.attempt]
sub: intent
weight: 0.6
target: self
pattern: (attempted|attempting|attempt) (suicide|sewerslide|sooicide)
pattern: (tried|trying) to (kill|unalive|hang) myself
pattern: (my|last|first|second|third) (suicide|sewerslide) attempt
match: i attempted suicide last year
match: this was my second suicide attempt
nomatch: i attempted the exam twice
note: past attempts are also disclosed in recovery talk

[en.self_harm.intent.drink-bleach-self]
sub: intent
weight: 0.45
target: self
pattern: (im|ill|gonna|i) ~2 (drink|drinking|chug) (bleach|antifreeze)
match: im gonna drink bleach
nomatch: never drink anything under the sink
note: often dark humour; the other-directed form is promotion.drink-bleach

[en.self_harm.intent.end-it-tonight]
sub: intent
weight: 0.55
target: self
pattern: (going|gonna|want|wanna|will|to) (die|end) (it|) tonight
match: im going to end it tonight
nomatch: the show will end at nine tonight

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
target: self
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
match: how do i kill myself
match: how would someone hang themselves or hang oneself
nomatch: how to kill weeds

[en.self_harm.instructions.how-to-end-life]
sub: instructions
weight: 0.85
pattern: how ~3 (end|take) (my|your|ones) (own|) life
match: how can i end my life
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
weight: 0.8
pattern: (best|easiest|quickest|fastest|painless|surest|simplest|quietest) (way|ways|method|methods) to (die|commit|unalive|overdose|od)
pattern: (best|easiest|quickest|fastest|painless|surest|simplest|quietest) (way|ways|method|methods) of (dying|suicide|sewerslide)
pattern: (least|less) painful (way|ways|method|methods) to (die|commit|unalive|overdose|od)
match: whats the easiest way to die
match: least painful way to die
nomatch: the best way to dye fabric
note: game talk ("best way to die in minecraft") is a known false positive

[en.self_harm.instructions.best-way-to-kill-myself]
sub: instructions
weight: 0.9
pattern: (best|easiest|quickest|fastest|painless|surest|simplest) (way|ways|method|methods) to (kill|hang|unalive|off|end) myself
pattern: (best|easiest|quickest|fastest|painless|surest|simplest) (way|ways|method|methods) to (kill|hang|unalive|off|end) yourself
match: best way to kill myself
match: quickest way to end yourself
nomatch: best way to treat yourself

[en.self_harm.instructions.painless-death]
sub: instructions
weight: 0.65
pattern: painless (death|suicide|sewerslide|exit)
match: looking for a painless death
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

[en.self_harm.instructions.exit-bag]
sub: instructions
weight: 0.75
pattern: (exit|suicide) bag
match: where to get an exit bag
nomatch: put it in the exit bin

[en.self_harm.instructions.sodium-nitrite]
sub: instructions
weight: 0.7
pattern: sodium nitrite ~5 (die|dying|lethal|suicide|kill|painless|ctb|death|myself)
match: how much sodium nitrite to die
nomatch: sodium nitrite is used to cure bacon
note: a method discussed on pro-suicide forums; also a meat-curing salt

[en.self_harm.instructions.barbiturates]
sub: instructions
weight: 0.6
pattern: (buy|get|order|ordering|source|sourcing|where) ~3 (nembutal|pentobarbital|barbiturates)
match: where can i buy nembutal
nomatch: the vet used a sedative
note: also veterinary and assisted-dying debates

[en.self_harm.instructions.how-high-to-jump]
sub: instructions
weight: 0.75
pattern: how (high|tall|far|many) ~5 (jump|fall|drop) ~3 (die|fatal|kill|death)
match: how high do i need to jump to die
nomatch: how high can a kangaroo jump

[en.self_harm.instructions.does-it-hurt]
sub: instructions
weight: 0.7
pattern: (does|would|is|will) ~3 (hurt|painful) ~3 (hang|hanging|overdose|overdosing|od|jumping|drowning|bleeding)
match: does it hurt to hang yourself
match: is it painful to overdose
nomatch: does it hurt to get a tattoo

[en.self_harm.instructions.how-long-to-die]
sub: instructions
weight: 0.45
pattern: how long ~4 (die|dying) (from|by|after)
match: how long does it take to die from hanging
nomatch: how long does it take to dry
note: also medical and grief questions

[en.self_harm.instructions.suicide-methods]
sub: instructions
weight: 0.8
pattern: (suicide|sewerslide|sooicide) (method|methods|tips|guide|instructions|techniques)
match: suicide methods that work
nomatch: suicide prevention tips
note: "suicide prevention tips" does not match: the word order differs

[en.self_harm.instructions.self-harm-tips]
sub: instructions
weight: 0.8
pattern: (sh|selfharm) (tips|tricks|tutorial|guide|methods)
pattern: self harm (tips|tricks|tutorial|guide|methods)
match: any sh tips
match: self harm tips pls
nomatch: sharp tips for knives

[en.self_harm.instructions.cut-deeper]
sub: instructions
weight: 0.8
pattern: how ~3 cut (deeper|styro|beans)
pattern: how deep ~3 (cut|cutting) ~2 (bleed|die|wrist|wrists|vein|veins|arm|scar)
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

[en.self_harm.instructions.carbon-monoxide]
sub: instructions
weight: 0.55
pattern: carbon monoxide ~4 (die|suicide|painless|myself|ctb|sewerslide)
pattern: (charcoal|exhaust) ~4 (suicide|painless|ctb|myself|sewerslide)
match: is carbon monoxide a painless way
match: charcoal burning suicide
nomatch: the carbon monoxide alarm went off

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

[en.self_harm.instructions.sanctioned-suicide]
sub: instructions
weight: 0.6
pattern: sanctioned suicide
match: i found sanctioned suicide online
note: name of a pro-suicide forum where methods are shared

[en.self_harm.instructions.safe-way-to-sh]
sub: instructions
weight: 0.7
pattern: (safe|safer|safest|safely) ~2 (sh|selfharm)
pattern: (safe|safer|safest) way to self harm
match: whats the safest way to sh
match: safe way to self harm
nomatch: safest way to cut a mango
note: harm-reduction questions also match

[en.self_harm.instructions.which-method]
sub: instructions
weight: 0.6
pattern: which (method|way) ~3 (painful|painless|lethal|fatal)
match: which method is least painful
nomatch: which method is most effective for studying

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
pattern: (kill|killing) (yourself|urself|yoself|youself)
match: go kill yourself
match: pls kill urself
nomatch: dont wear yourself out
note: the idiom "don't kill yourself over it" is handled by the negation cue

[en.self_harm.promotion.hang-yourself]
sub: promotion
weight: 0.9
target: other
also: harassment.death_wish
also: cyberbullying.self_harm_encouragement
pattern: (hang|hanging) (yourself|urself)
match: go hang yourself
nomatch: hang your coat up

[en.self_harm.promotion.unalive-yourself]
sub: promotion
weight: 0.9
target: other
also: harassment.death_wish
also: cyberbullying.self_harm_encouragement
pattern: unalive (yourself|urself)
match: you should unalive yourself
nomatch: you are still alive

[en.self_harm.promotion.neck-rope-yourself]
sub: promotion
weight: 0.85
target: other
also: harassment.death_wish
also: cyberbullying.self_harm_encouragement
pattern: (neck|rope) (yourself|urself)
match: go neck yourself
match: rope yourself loser
nomatch: rope off your yard

[en.self_harm.promotion.off-yourself]
sub: promotion
weight: 0.85
target: other
also: harassment.death_wish
also: cyberbullying.self_harm_encouragement
pattern: (off|end) (yourself|urself)
match: just off yourself already
match: go end yourself
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
weight: 0.7
target: other
also: harassment.death_wish
also: cyberbullying.self_harm_encouragement
pattern: (go|pls|please|plz) die
match: just go die already
match: please die
nomatch: go dye your hair
note: "i'm gonna go die on the couch" (tired) also matches; cues decide

[en.self_harm.promotion.die-irl]
sub: promotion
weight: 0.75
target: other
also: harassment.death_wish
pattern: die (irl|rl)
pattern: die in real life
match: die irl noob
nomatch: i died in the game lol

[en.self_harm.promotion.you-should-die]
sub: promotion
weight: 0.85
target: other
also: harassment.death_wish
also: cyberbullying.self_harm_encouragement
pattern: (you|u) (should|deserve|need|ought|better|must) (to|) (just|) (die|unalive|rope|sewerslide)
pattern: (you|u) (should|deserve) (to|) be dead
match: you should just die
match: you deserve to be dead
nomatch: you should just diet

[en.self_harm.promotion.better-off-dead-you]
sub: promotion
weight: 0.8
target: other
also: harassment.death_wish
also: cyberbullying.self_harm_encouragement
pattern: (youd|youre|you|ur|u) ~2 better off dead
match: youd be better off dead
nomatch: youd be better off asking

[en.self_harm.promotion.nobody-would-miss-you]
sub: promotion
weight: 0.8
target: other
also: cyberbullying.self_harm_encouragement
pattern: (nobody|noone|no) (one|) (would|will|wouldnt|is) (even|) (miss|notice|mourn) (you|u)
pattern: (nobody|noone) (would|will) (even|) care if (you|u) (died|die|dead|disappeared|were)
pattern: no one (would|will) (even|) care if (you|u) (died|die|dead|disappeared|were)
match: nobody would miss you if you died
match: no one would care if you died
nomatch: nobody would notice the change

[en.self_harm.promotion.world-better-without-you]
sub: promotion
weight: 0.75
target: other
also: cyberbullying.self_harm_encouragement
pattern: (world|everyone|everybody|we|earth|planet|family) ~4 better (off|) without (you|u)
match: the world would be better without you
nomatch: she is better off without you
note: breakup talk ("she's better off without you") is kept out by requiring a collective subject

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
match: go cut yourself
match: just slit your wrists
nomatch: careful you dont cut your finger
note: "cut yourself a slice of cake" is a known false positive

[en.self_harm.promotion.cut-deeper]
sub: promotion
weight: 0.8
target: other
also: cyberbullying.self_harm_encouragement
pattern: cut deeper (next|this) time
pattern: (you|u) should (cut|go) deeper
match: cut deeper next time
nomatch: cut deeper into the budget
note: a recurring taunt aimed at people who self-harm

[en.self_harm.promotion.jump-off-bridge]
sub: promotion
weight: 0.7
target: other
also: cyberbullying.self_harm_encouragement
pattern: (go|just|pls|please) (jump|jumping) (off|from) (a|the) (bridge|cliff|roof|building|window)
match: go jump off a bridge
nomatch: we jumped off the dock

[en.self_harm.promotion.go-rope]
sub: promotion
weight: 0.75
target: other
also: cyberbullying.self_harm_encouragement
pattern: (go|just|pls|please|plz) rope
match: just rope already
nomatch: we need more rope
note: "just rope" is incel and gamer slang for "hang yourself"

[en.self_harm.promotion.an-hero]
sub: promotion
weight: 0.6
pattern: an hero
match: go an hero
nomatch: he is a hero
note: old imageboard slang for suicide, mostly used at others

[en.self_harm.promotion.commit-die]
sub: promotion
weight: 0.75
target: other
also: cyberbullying.self_harm_encouragement
pattern: (go|pls|please|plz|just|should) commit (die|suicide|sewerslide|toaster|neck|rope|unalive)
match: go commit die
match: please commit sewerslide
nomatch: please commit the code

[en.self_harm.promotion.toaster-bath]
sub: promotion
weight: 0.6
also: cyberbullying.self_harm_encouragement
pattern: toaster bath
match: take a toaster bath
nomatch: the toaster broke
note: meme for electrocution suicide

[en.self_harm.promotion.end-it-you]
sub: promotion
weight: 0.75
target: other
also: cyberbullying.self_harm_encouragement
pattern: (you|u) should (just|) end (it|your) (all|life)
match: you should just end it all
nomatch: you should just end the call

[en.self_harm.promotion.why-are-you-alive]
sub: promotion
weight: 0.7
target: other
also: cyberbullying.self_harm_encouragement
pattern: why (are|r) (you|u) (still|even) alive
match: why are you even alive
nomatch: why are you still awake

[en.self_harm.promotion.suicide-pact]
sub: promotion
weight: 0.75
pattern: suicide pact
pattern: (ctb|unalive|kms|sewerslide) together
pattern: (who|anyone|somebody|someone) ~3 (die|ctb|unalive|kms) with me
match: anyone wanna die with me
match: lets make a suicide pact
nomatch: who wants to dine with me

[en.self_harm.promotion.sh-buddy]
sub: promotion
weight: 0.65
pattern: (sh|selfharm|suicide|sewerslide) (buddy|buddies|partner|partners)
match: looking for an sh buddy
nomatch: looking for a gym buddy

[en.self_harm.promotion.rate-my-cuts]
sub: promotion
weight: 0.65
pattern: rate (my|your|these|our) (cuts|scars|sh|wounds)
pattern: (post|show|send) (your|ur|me|us) ~1 (cuts|sh|wounds)
match: rate my cuts
match: post your cuts
nomatch: rate my outfit
note: sharing and rating wounds normalises self-harm

[en.self_harm.promotion.sh-content]
sub: promotion
weight: 0.55
pattern: (sh|selfharm|suicide) (pics|photos|pictures|vids|videos|content|aesthetic|edits)
pattern: (shtwt|selfharmtwt)
match: sh pics in my dms
match: joined shtwt yesterday
nomatch: short videos are fun

[en.self_harm.promotion.romanticise]
sub: promotion
weight: 0.6
pattern: (sh|selfharm|suicide|sewerslide) (is|are) (beautiful|pretty|aesthetic|romantic|poetic|art|freedom)
match: suicide is beautiful
nomatch: the sunset is beautiful

[en.self_harm.promotion.suicide-is-the-answer]
sub: promotion
weight: 0.65
pattern: (suicide|sewerslide|death) is the (only|best|) (answer|solution|option|escape|cure)
match: suicide is the only answer
nomatch: rest is the best cure

[en.self_harm.promotion.pro-suicide]
sub: promotion
weight: 0.6
pattern: pro (suicide|sewerslide|selfharm|sh)
pattern: (prosuicide|prosh)
match: a pro suicide forum
nomatch: a pro tennis player

[en.self_harm.promotion.ropefuel]
sub: promotion
weight: 0.5
pattern: (ropefuel|ropemaxx|ropemaxxing|ropemax)
match: this is pure ropefuel
note: incel slang for content that pushes someone toward suicide

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

[en.self_harm.help_seeking.how-to-stop-sh]
sub: help_seeking
weight: 0.55
pattern: how ~3 stop (cutting|selfharming|sh)
pattern: how ~3 stop (hurting|harming|cutting) myself
pattern: how ~3 stop self (harming|harm)
pattern: how ~3 stop (wanting|trying) to (die|kms)
pattern: how ~3 stop (suicidal|intrusive|dark) (thoughts|feelings)
match: how do i stop cutting
match: how can i stop wanting to die
nomatch: how do i stop snoring

[en.self_harm.help_seeking.want-to-stop]
sub: help_seeking
weight: 0.55
pattern: (want|wanna|trying|need|tryna) to stop (cutting|sh|selfharming)
pattern: (want|wanna|trying|need|tryna) to stop (hurting|harming) myself
match: i really want to stop cutting
nomatch: i want to stop smoking

[en.self_harm.help_seeking.call-hotline]
sub: help_seeking
weight: 0.5
pattern: (call|calling|text|texting|called|texted|contact|contacted|ring|rang) (a|the|) (hotline|helpline|lifeline|samaritans)
match: should i call a hotline
match: i texted the helpline last night
nomatch: call the help desk

[en.self_harm.help_seeking.crisis-line]
sub: help_seeking
weight: 0.45
pattern: (suicide|crisis|samaritans|prevention) (hotline|helpline|lifeline|line|text)
match: is the suicide hotline free
match: the crisis line helped
nomatch: the finish line is close

[en.self_harm.help_seeking.988]
sub: help_seeking
weight: 0.45
pattern: (call|text|called|texted|dial|dialed|dialled|calling|texting) 988
pattern: 988 (lifeline|crisis|hotline)
match: should i call 988
nomatch: i scored 988 points
note: US suicide and crisis lifeline

[en.self_harm.help_seeking.other-helplines]
sub: help_seeking
weight: 0.4
pattern: samaritans
pattern: 116 123
pattern: (text|texting|texted) ~2 741741
pattern: (shout|text) 85258
match: i rang the samaritans
match: text home to 741741
nomatch: the good samaritan helped
note: UK and Ireland Samaritans (116 123), US Crisis Text Line (741741), UK Shout (85258)

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
pattern: (tell|telling|told|talk|talking|talked) ~3 (therapist|counselor|counsellor|psychiatrist|doctor|parents|mom|dad) ~4 (suicidal|cutting|sh|selfharm|harm)
match: should i tell my therapist im suicidal
match: how do i talk to my parents about self harm
nomatch: i told my mom about the party

[en.self_harm.help_seeking.help-a-friend]
sub: help_seeking
weight: 0.5
pattern: (help|helping|support|supporting) ~2 (friend|sister|brother|son|daughter|partner|girlfriend|boyfriend|student) ~5 (suicidal|suicide|selfharm|cutting|harm)
match: how do i help my friend who is suicidal
nomatch: help my friend move house

[en.self_harm.help_seeking.friend-at-risk]
sub: help_seeking
weight: 0.5
target: group
pattern: (friend|sister|brother|son|daughter|girlfriend|boyfriend|cousin) ~6 (kill|hurt|unalive|harm|cut|hang) (herself|himself|themself|themselves)
match: my friend said she wants to kill herself
nomatch: my friend hurt her ankle
note: third-person concern, usually a request for advice; target group is not right, see the report

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
match: how do you cope with suicidal thoughts
nomatch: how do you cope with stress

[en.self_harm.help_seeking.is-it-normal]
sub: help_seeking
weight: 0.45
pattern: is it normal ~4 (suicidal|die|harm|sh|selfharm|dead)
match: is it normal to want to die
nomatch: is it normal to sleep all day

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

[en.self_harm.recovery.relapsed]
sub: recovery
weight: 0.55
pattern: (relapsed|relapse|relapsing|slipped) ~3 (sh|selfharm|cutting|cut|harm)
match: i relapsed and cut last night
nomatch: i relapsed on sugar
note: a relapse is also current behaviour; the recovery framing keeps it routed to support

[en.self_harm.recovery.resisting-urges]
sub: recovery
weight: 0.45
pattern: (resisting|resisted|resist|fighting|fought|beat|beating|ignoring|ignored|riding|rode) ~3 (urge|urges) to (cut|sh|hurt|harm|relapse|selfharm)
match: i resisted the urge to cut today
nomatch: resisting the urge to buy shoes

[en.self_harm.recovery.scars-healing]
sub: recovery
weight: 0.4
pattern: (my|the|old) (scars|scar) (are|is|have|has|) (healing|fading|faded|healed)
match: my scars are fading
nomatch: the scarf is faded

[en.self_harm.recovery.proud-of-scars]
sub: recovery
weight: 0.35
pattern: (proud|accepting|accept|embrace|embracing|ashamed) ~2 (scars|scar)
match: im proud of my scars
nomatch: proud of my team

[en.self_harm.recovery.scar-tattoo]
sub: recovery
weight: 0.3
pattern: (tattoo|tattoos|tattooed) ~4 (scars|scar)
match: got a tattoo over my scars
nomatch: got a tattoo on my arm
note: cover-up tattoos; also surgical scars

[en.self_harm.recovery.safety-plan]
sub: recovery
weight: 0.4
pattern: (my|a|our) (safety|crisis) plan
match: i followed my safety plan
nomatch: the fire safety drill
note: a clinical tool for suicide risk; also building safety talk

[en.self_harm.recovery.my-therapist]
sub: recovery
weight: 0.3
pattern: my (therapist|counselor|counsellor|psychiatrist|psychologist)
match: my therapist helped me today
nomatch: my teacher helped me today
note: generic mental-health care, shared with other topics

[en.self_harm.recovery.stopped-sh]
sub: recovery
weight: 0.4
pattern: (stopped|quit) (sh|selfharming)
pattern: (stopped|quit) cutting (myself|for)
match: i stopped cutting for a year now
nomatch: stop cutting corners

[en.self_harm.recovery.survived-attempt]
sub: recovery
weight: 0.45
pattern: (survived|surviving|survivor) ~2 (attempt|attempts)
pattern: attempt survivor
match: i survived my attempt
nomatch: i survived the exam
note: also "survived an attempt on his life" in news

[en.self_harm.recovery.glad-still-alive]
sub: recovery
weight: 0.45
pattern: glad i (didnt|never) (die|succeed|succeeded)
pattern: glad (im|am) still alive
match: im glad i didnt succeed
match: so glad im still alive
nomatch: glad i didnt go

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

[en.self_harm.recovery.dbt]
sub: recovery
weight: 0.3
pattern: (dbt|cbt) (skills|therapy|group|skill)
pattern: distress tolerance
match: my dbt skills helped
nomatch: the db skills course

[en.self_harm.recovery.recovery-is-worth-it]
sub: recovery
weight: 0.35
pattern: recovery (is|isnt) (worth|possible|hard|linear|messy)
match: recovery is worth it
nomatch: the market recovery was slow

[en.self_harm.recovery.psych-ward]
sub: recovery
weight: 0.35
pattern: (psych|psychiatric) (ward|hospital|unit|hold|inpatient)
pattern: (inpatient|outpatient|iop|php) (program|treatment|stay)
match: i just got out of the psych ward
nomatch: the children ward is busy

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
match: may is mental health awareness month
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
match: suicide rates rose last year
nomatch: the interest rate rose

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

[en.self_harm.awareness.clinical-terms]
sub: awareness
weight: 0.35
pattern: (non|nonsuicidal) ~1 self (injury|harm)
pattern: suicidal ideation
match: research on nonsuicidal self injury
match: screening for suicidal ideation
nomatch: non stick pan

[en.self_harm.awareness.mental-illness-stigma]
sub: awareness
weight: 0.3
pattern: (depression|mental) (awareness|stigma)
pattern: mental illness (awareness|stigma)
match: end the mental illness stigma
nomatch: mental arithmetic

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
