# Harassment: abuse aimed at a person or a group.
#
# Sub-categories: insult, threat, death_wish, doxxing, identity_attack, sexual.
#
# How the weights are meant to be read (see lexicons/README.md):
# - a lone insult word is weak evidence (0.2-0.55): it is said about oneself, about a film,
#   quoted, reported ("he called me a loser"). The scorer raises it when a second-person cue
#   stands next to it;
# - a second-person insult phrase ("you are an idiot") is direct evidence (0.6-0.8);
# - explicit threats and death wishes are strong (0.85-0.95);
# - slurs are strong alone (0.7-0.9); reclaimed or in-group forms are kept low.
# Bare profanity ("fuck", "shit") is never an entry by itself: it is not harassment.
# Identity words (gay, trans, muslim, black, jewish, women, ...) are never patterns alone; they
# only appear inside a phrase that attacks (a slur, a dehumanising noun, a call to violence).
# Self-directed harm ("kill yourself", "kys") lives in self_harm.lex; slurs about women and
# gender identity ("tranny", "whore") live in gender_abuse.lex.
#
# Slot conventions used below: (you|u|ya) for "you"; (youre|ur|your) for "you're", since "your"
# is the common misspelling ("your an idiot") and "ur" stands for both. Phrases that begin with
# (youre|ur|your) require an article or intensifier after it so that the possessive
# ("your idiot brother", "ur bot is down") does not match. After "you are", the next word is a
# closed list (article or intensifier), never a free gap: support messages such as "you are not a
# loser" or "you're not worthless" must not match.
#
# `target:` is set when the pattern names its victim (you, your, an imperative such as "stfu"),
# and on threats, death wishes, doxxing and sexual remarks, whose first-person subject ("i will",
# "i hope", "let me") would otherwise be read as a self-target. Entries whose words are also said
# about oneself ("go die", "drop dead", "get a life", "go back to china") leave it out, so that
# "i just want to go die" is read with its own pronoun. Group statements and slurs use `group`.

lexicon: harassment
language: en
version: 2026.11.30.3

# ---------------------------------------------------------------------------------------------
# insult: second-person insult phrases (direct, targeted)
# ---------------------------------------------------------------------------------------------

[en.harassment.insult.you-idiot]
sub: insult
weight: 0.7
also: cyberbullying.humiliation
target: other
pattern: (you|u|ya) (stupid|dumb|fucking|fuckin|absolute|total|little|a|an|) (idiot|idiots|moron|morons|imbecile|dumbass|dipshit|halfwit)
pattern: (youre|ur|your) (a|an|such|the|so) ~2 (idiot|idiots|moron|morons|imbecile|dumbass|dipshit|halfwit)
pattern: (you|u) (are|r) (a|an|such|the|literally|just|being) ~2 (idiot|idiots|moron|morons|imbecile|dumbass|dipshit|halfwit)
match: you idiot, that was my kill
match: ur such a moron lmao
match: you are literally the biggest dumbass here
match: your a idiot
match: shut up you stupid dipshit
nomatch: im such an idiot, forgot my keys again
nomatch: my idiot brother ate my fries
note: the core second-person insult; "your" stands in for "you're" only with an article after it

[en.harassment.insult.you-dimwit]
sub: insult
weight: 0.55
also: cyberbullying.humiliation
target: other
pattern: (you|u|ya) (stupid|dumb|fucking|absolute|total|little|a|an|) (dimwit|nitwit|cretin|dunce|numbskull|bonehead|airhead|smoothbrain)
pattern: (youre|ur|your) (a|an|such|the|so) ~2 (dimwit|nitwit|cretin|dunce|numbskull|bonehead|airhead|smoothbrain)
pattern: (you|u) (are|r) (a|an|such|the|literally|just|being) ~2 (dimwit|nitwit|cretin|dunce|numbskull|bonehead|airhead|smoothbrain)
match: you absolute cretin
match: youre such a smoothbrain
match: u r a total airhead
note: milder, old-fashioned or online stupidity nouns aimed at the reader

[en.harassment.insult.you-asshole]
sub: insult
weight: 0.7
also: cyberbullying.humiliation
target: other
pattern: (you|u|ya) (stupid|dumb|fucking|fuckin|absolute|total|little|a|an|) (asshole|arsehole|dickhead|prick|jackass|douchebag|douche|dick)
pattern: (youre|ur|your) (a|an|such|the|so) ~2 (asshole|arsehole|dickhead|prick|jackass|douchebag|douche|dick)
pattern: (you|u) (are|r) (a|an|such|the|literally|just|being) ~2 (asshole|arsehole|dickhead|prick|jackass|douchebag|douche|dick)
match: you fucking asshole
match: ur such a dick
match: you are being a total prick about this
nomatch: he is a prick and everyone knows it
note: profane insult nouns aimed at the reader

[en.harassment.insult.you-cunt]
sub: insult
weight: 0.8
also: cyberbullying.humiliation
target: other
pattern: (you|u|ya) (stupid|dumb|fucking|fuckin|absolute|total|little|a|an|) (cunt|twat|motherfucker|cocksucker|fuckface|fuckwit|shithead|bastard)
pattern: (youre|ur|your) (a|an|such|the|so) ~2 (cunt|twat|motherfucker|cocksucker|fuckface|fuckwit|shithead|bastard)
pattern: (you|u) (are|r) (a|an|such|the|literally|just|being) ~2 (cunt|twat|motherfucker|cocksucker|fuckface|fuckwit|shithead|bastard)
match: you stupid cunt
match: shut it you little shithead
match: youre a fucking bastard
note: the strongest profane insult nouns aimed at the reader

[en.harassment.insult.you-wanker]
sub: insult
weight: 0.55
also: cyberbullying.humiliation
target: other
pattern: (you|u|ya) (stupid|dumb|fucking|absolute|total|little|massive|an|a|) (wanker|tosser|bellend|knobhead|pillock|muppet|plonker|numpty)
pattern: (youre|ur|your) (a|an|such|the|so) ~2 (wanker|tosser|bellend|knobhead|pillock|muppet|plonker|numpty)
pattern: (you|u) (are|r) (a|an|such|the|literally|just|being) ~2 (wanker|tosser|bellend|knobhead|pillock|muppet|plonker|numpty)
match: ya absolute bellend
match: you are such a wanker mate
match: youre a numpty
note: British and Irish insults aimed at the reader; "muppet", "numpty" are mild banter alone

[en.harassment.insult.you-loser]
sub: insult
weight: 0.6
also: cyberbullying.humiliation
target: other
pattern: (you|u|ya) (stupid|dumb|fucking|absolute|total|little|pathetic|a|an|) (loser|losers|failure|disgrace|bozo|clown|nonce)
pattern: (youre|ur|your) (a|an|such|the|so) ~2 (loser|losers|failure|disgrace|bozo|clown|nobody|nonce)
pattern: (you|u) (are|r) (a|an|such|the|literally|just|being) ~2 (loser|losers|failure|disgrace|bozo|clown)
match: you pathetic loser
match: ur a clown fr
match: you are a complete failure
match: ur such a 🤡
nomatch: you are talking to nobody
nomatch: you are not a loser
nomatch: thank you nobody else helped
nomatch: the loser bracket starts at noon
note: worth-attacks aimed at the reader; the clown emoji folds to "clown"

[en.harassment.insult.you-scum]
sub: insult
weight: 0.65
also: cyberbullying.humiliation
target: other
pattern: (you|u|ya) (filthy|dirty|fucking|absolute|little|worthless|human|a|an|) (scum|scumbag|lowlife|degenerate|parasite|maggot|dirtbag|sleazebag)
pattern: (youre|ur|your) (a|an|such|the|so) ~2 (scum|scumbag|lowlife|degenerate|parasite|maggot|dirtbag|sleazebag)
pattern: (you|u) (are|r) (a|an|such|the|literally|just|being) ~2 (scum|scumbag|lowlife|degenerate|parasite|maggot|dirtbag|sleazebag)
match: you filthy scum
match: ur a lowlife and everyone knows it
match: you are a parasite on this server
note: contempt nouns aimed at the reader

[en.harassment.insult.you-bitch]
sub: insult
weight: 0.7
also: cyberbullying.humiliation
target: other
pattern: (you|u|ya) (stupid|dumb|fucking|fuckin|little|ugly|fat|lil|weak|a|) (bitch|biatch)
pattern: (youre|ur|your) (a|an|such|the|so) ~2 (bitch|biatch)
pattern: (you|u) (are|r) (a|an|such|the|literally|just|being) ~2 (bitch|biatch)
match: you stupid bitch
match: ur such a little bitch
match: shut up you bitch
nomatch: life is a bitch sometimes
nomatch: love you bitches, see you saturday
note: gendered but used at everyone; gender_abuse.lex carries the misogynist uses

[en.harassment.insult.you-retard]
sub: insult
weight: 0.8
also: cyberbullying.identity_attack
target: other
pattern: (you|u|ya) (stupid|dumb|fucking|fuckin|absolute|little|a|fat|) (retard|retards|tard|fucktard)
pattern: (youre|ur|your) (a|an|such|the|so|literally|fucking) ~2 (retard|retarded|tard|fucktard)
pattern: (you|u) (are|r) (a|an|such|the|literally|just|being) ~2 (retard|retarded|tard|fucktard)
match: you fucking retard
match: ur so retarded
match: you are a tard
nomatch: the fire retardant worked
note: ableist slur used as an insult; the disability slur family is also in identity_attack

[en.harassment.insult.you-freak]
sub: insult
weight: 0.5
also: cyberbullying.humiliation
target: other
pattern: (you|u|ya) (stupid|fucking|little|sick|weird|creepy|a) (freak|creep)
pattern: (you|u|ya) (stupid|fucking|little|sick|weird|creepy|a|) (weirdo|psycho|creepo|sicko|nutjob|lunatic)
pattern: (youre|ur|your) (a|an|such|the|so) ~2 (freak|weirdo|creep|psycho|creepo|sicko|nutjob|lunatic)
pattern: (you|u) (are|r) (a|an|such|the|literally|just|being) ~2 (freak|weirdo|creep|psycho|creepo|sicko|nutjob|lunatic)
match: you sick freak
match: ur such a weirdo
match: you are a creep, stay away from her
nomatch: she is a control freak about her desk
nomatch: did you freak out when you saw it
note: othering insults aimed at the reader

[en.harassment.insult.you-trash]
sub: insult
weight: 0.5
also: cyberbullying.humiliation
target: other
pattern: (youre|ur|your) (a|an|such|the|so|absolute|literally|actually|pure|complete) ~1 (trash|garbage|dogshit|dogwater|rubbish|filth)
pattern: (you|u) (are|r) (a|an|such|the|literally|just|so|absolute|actually) ~1 (trash|garbage|dogshit|dogwater|rubbish|filth)
pattern: (you|u) (are|r) (trash|garbage|dogshit|dogwater|rubbish|filth)
pattern: youre (trash|garbage|dogshit|dogwater|rubbish|filth)
pattern: (you|u|ya) (little|absolute|fucking|worthless) (shit|trash|garbage)
match: ur so trash at this game
match: you are garbage
match: youre literally dogwater
match: get out of here you little shit
nomatch: did you take out the trash
nomatch: your trash can is full
note: gamer and general "you are worthless" framing; "you're the shit" (praise) is why "shit" only appears after an insulting adjective

[en.harassment.insult.you-stupid]
sub: insult
weight: 0.55
also: cyberbullying.humiliation
target: other
pattern: (youre|ur) (so|such|literally|just|really|fucking|actually|genuinely|too|) (stupid|dumb|dense|braindead|brainless|clueless|stoopid|dumber)
pattern: your (so|such|literally|just|really|fucking|actually|genuinely|too) (stupid|dumb|dense|braindead|brainless|clueless|stoopid)
pattern: (you|u) (are|r) (so|such|literally|really|fucking|actually|genuinely|) (stupid|dumb|dense|braindead|brainless|clueless|stoopid|dumber)
pattern: (you|u) (sound|look|seem|sounded|looked) (so|really|) (stupid|dumb|braindead|brainless|clueless|stoopid)
match: ur so dumb omg
match: your so stupid
match: you sound braindead rn
match: you are genuinely clueless
nomatch: your stupid phone died again
nomatch: that movie was so dumb lol
nomatch: you are not stupid for asking
note: adjective insults aimed at the reader; closed intensifier list so "you are not stupid" stays clean. Bare "stupid" is a separate weak entry

[en.harassment.insult.you-worthless]
sub: insult
weight: 0.6
also: cyberbullying.humiliation
target: other
pattern: (youre|ur|your) (so|such|literally|just|really|fucking|completely|totally|absolutely|truly|) (worthless|useless|pathetic|hopeless|disgusting|repulsive|vile)
pattern: (you|u) (are|r) (so|such|literally|just|really|fucking|completely|totally|) (worthless|useless|pathetic|hopeless|disgusting|repulsive|vile)
pattern: (you|u) (sound|look|seem|sounded|looked) (so|really|) (worthless|useless|pathetic|hopeless|disgusting|repulsive|vile)
match: ur useless, just leave
match: you are so pathetic
match: youre literally worthless
nomatch: you are not worthless, you matter
note: worth-attacks aimed at the reader. The intensifier slot is a closed list (no gap) so that the support message "you are not worthless" does not match

[en.harassment.insult.you-gamer-taunt]
sub: insult
weight: 0.35
also: cyberbullying.humiliation
target: other
pattern: (you|u|ya) (a|an|) (bot|npc|noob|newb|bum|bums)
pattern: (youre|ur|your) (a|an|such|so|the) ~1 (bot|npc|noob|newb|scrub|bum)
pattern: (you|u) (are|r|re) (a|an|such|so) ~1 (bot|npc|noob|newb|scrub|bum)
match: you bot, how did you miss that
match: ur such a noob
match: u r a scrub
nomatch: ur bot is down again
nomatch: can you scrub the pan
note: trash talk in games; weak alone, adds up with other hits

[en.harassment.insult.you-are-the-dumbest]
sub: insult
weight: 0.6
target: other
pattern: (youre|ur) the (dumbest|stupidest|ugliest|worst|weirdest|most) ~1 (person|human|kid|player|girl|guy|idiot|loser|people|thing)
pattern: (you|u) (are|r) the (dumbest|stupidest|ugliest|worst|weirdest|most) ~1 (person|human|kid|player|girl|guy|idiot|loser|people|thing)
match: you are the dumbest person i have ever met
match: ur the most annoying kid in this class
nomatch: you are the best person i know
note: superlative put-down aimed at the reader

[en.harassment.insult.are-you-stupid]
sub: insult
weight: 0.45
also: cyberbullying.humiliation
target: other
pattern: (are|r) (you|u|ya) (stupid|dumb|retarded|slow|braindead|blind|thick|daft)
match: are you stupid or something
match: r u blind, he was right there
nomatch: are you ready
note: rhetorical question insult; the question cue should not cancel it

[en.harassment.insult.absolute-idiot]
sub: insult
weight: 0.45
also: cyberbullying.humiliation
pattern: (absolute|total|complete|utter|massive|fucking|fuckin|bloody|stupid) (idiot|moron|imbecile|cretin|clown|muppet|dumbass|twat|prick|wanker|tosser|knob|pillock|plank)
match: what an absolute muppet
match: he is a total clown
match: this fucking idiot just crashed into me
note: intensified insult noun, often third person or self ("im such a fucking idiot"), so below the phrase weights

# ---------------------------------------------------------------------------------------------
# insult: lone insult words (weak alone)
# ---------------------------------------------------------------------------------------------

[en.harassment.insult.idiot]
sub: insult
weight: 0.43
also: cyberbullying.humiliation
pattern: (idiot|idiots|idiotic)
match: what an idiot
match: idiots everywhere
note: very common self-deprecation ("im such an idiot"); weak alone

[en.harassment.insult.moron]
sub: insult
weight: 0.43
also: cyberbullying.humiliation
pattern: (moron|morons|moronic)
match: morons like him ruin every lobby
nomatch: the book of mormon
note: lone insult word

[en.harassment.insult.imbecile]
sub: insult
weight: 0.4
also: cyberbullying.humiliation
pattern: (imbecile|imbeciles|cretin|cretins|halfwit|halfwits|dimwit|dimwits|nitwit|nitwits|numbskull)
match: a bunch of halfwits run this server
note: dated stupidity nouns

[en.harassment.insult.dumbass]
sub: insult
weight: 0.5
also: cyberbullying.humiliation
pattern: (dumbass|dumbasses|dumass|dumbfuck|dumbfucks|dumbshit)
match: dumbass cant even aim
nomatch: grab the dumbbell from the rack
note: profane compound; "dumbbell" stays clean because words match whole

[en.harassment.insult.compound-profane]
sub: insult
weight: 0.55
also: cyberbullying.humiliation
pattern: (dipshit|dipshits|shithead|shitheads|shitstain|fuckface|fuckwit|fuckwits|fuckhead|dickwad|dickweed|assclown|asswipe|cumstain|cumstains|fuckboy)
match: some dipshit stole my spot
match: listen here fuckface
note: profane compound insult nouns; rarely used for anything but a person

[en.harassment.insult.asshole]
sub: insult
weight: 0.45
also: cyberbullying.humiliation
pattern: (asshole|assholes|arsehole|arseholes|asshat|asshats|jackass|jackasses)
match: what an asshole
nomatch: he is an assassin in the game
note: lone insult word; "ass" alone is never an entry (class, assassin)

[en.harassment.insult.dickhead]
sub: insult
weight: 0.5
also: cyberbullying.humiliation
pattern: (dickhead|dickheads|douchebag|douchebags|douche|douches|douchecanoe|cocksucker|cocksuckers)
match: the ref is a douchebag
note: lone insult word

[en.harassment.insult.prick]
sub: insult
weight: 0.45
also: cyberbullying.humiliation
pattern: (such|what|being|is|hes|youre|ur|absolute|little|smug|arrogant|fucking|total|massive) (a|an|) (prick|pricks)
match: he is such a prick
match: stop being a prick
nomatch: prick your finger for the blood test
nomatch: a prick of pain in my knee
note: needs a determiner or adjective before it; nomatch shows the medical sense

[en.harassment.insult.twat]
sub: insult
weight: 0.5
also: cyberbullying.humiliation
pattern: (twat|twats|twatwaffle)
match: some twat parked across my drive
note: lone insult word, stronger in US than UK

[en.harassment.insult.cunt]
sub: insult
weight: 0.6
also: cyberbullying.humiliation
pattern: (cunt|cunts)
match: the cunt blocked me
nomatch: we drove through scunthorpe
note: strongest lone profanity-insult; affectionate use in AU/UK keeps it below 0.7

[en.harassment.insult.motherfucker]
sub: insult
weight: 0.45
also: cyberbullying.humiliation
pattern: (motherfucker|motherfuckers|muthafucka|muthafuckas|mothafucka|mofo|mofos)
match: that motherfucker stole my loot
note: lone word; also an exclamation, so moderate

[en.harassment.insult.bastard]
sub: insult
weight: 0.4
also: cyberbullying.humiliation
pattern: (bastard|bastards)
match: lucky bastard got the last one
note: often affectionate or about luck; weak alone

[en.harassment.insult.bitch]
sub: insult
weight: 0.42
also: cyberbullying.humiliation
pattern: (bitch|biatch|beyotch)
match: she is being a bitch about it
note: extremely common in casual speech ("life's a bitch"); weak alone, strong in you-bitch. The plural is a separate, weaker entry because friends greet each other with it ("love you bitches")

[en.harassment.insult.bitches]
sub: insult
weight: 0.3
pattern: (bitches|biatches)
match: these bitches are fake
note: the plural is often friendly ("love you bitches"); kept under the threshold even with a second-person cue

[en.harassment.insult.son-of-a-bitch]
sub: insult
weight: 0.45
also: cyberbullying.humiliation
pattern: son of a (bitch|whore)
pattern: sons of (bitches|whores)
match: that son of a bitch lied to me
note: classic insult, also an exclamation

[en.harassment.insult.loser]
sub: insult
weight: 0.38
also: cyberbullying.humiliation
pattern: (loser|losers)
match: what a loser lol
note: calibration is disputed (rustrict PR #54); weak alone, adds up with targeting

[en.harassment.insult.uk-profane]
sub: insult
weight: 0.45
also: cyberbullying.humiliation
pattern: (wanker|wankers|tosser|tossers|bellend|bellends|knobhead|knobheads|nobhead|nobheads|knobend)
match: absolute bellends the lot of them
note: British profane insults

[en.harassment.insult.uk-mild]
sub: insult
weight: 0.2
pattern: (pillock|plonker|numpty|prat|muppet|nincompoop|dingbat|dipstick)
match: what a numpty
note: mild banter words; only add up with other evidence. "git" is left out (the VCS)

[en.harassment.insult.scumbag]
sub: insult
weight: 0.45
also: cyberbullying.humiliation
pattern: (scumbag|scumbags|scumbucket|lowlife|lowlifes|dirtbag|dirtbags|slimeball|slimeballs|sleazebag)
match: that landlord is a scumbag
note: lone contempt nouns

[en.harassment.insult.scum]
sub: insult
weight: 0.55
also: cyberbullying.humiliation
pattern: (human|absolute|filthy|dirty|fucking|worthless|utter|pure|total) scum
pattern: scum of the earth
match: absolute scum, reported
match: they are the scum of the earth
nomatch: clean the soap scum off the tiles
nomatch: pond scum grows in summer
note: "scum" alone has a literal sense (soap scum), so it needs an insulting neighbour

[en.harassment.insult.retard]
sub: insult
weight: 0.55
also: cyberbullying.identity_attack
pattern: (retard|retards|retarded|tard|tards|fucktard|fucktards|retardation)
match: what a retard lol
match: this is so retarded
nomatch: fire retardant gel
note: ableist slur; "retardant" is a different word. Cyberbullying.lex does not repeat it

[en.harassment.insult.piece-of-shit]
sub: insult
weight: 0.6
also: cyberbullying.humiliation
pattern: (piece|pieces) of (shit|crap|garbage|trash|filth|dogshit)
pattern: (you|u|ya|fucking|absolute|worthless|little|useless) pos
match: you worthless piece of trash
match: what a piece of shit
match: shut up you pos
nomatch: the pos terminal at checkout is down
note: "pos" needs a hostile neighbour (point-of-sale is common)

[en.harassment.insult.waste-of-space]
sub: insult
weight: 0.6
also: cyberbullying.humiliation
pattern: waste of (space|oxygen|skin|sperm|air|flesh|carbon|cum|genes)
match: you absolute waste of oxygen
match: hes a waste of space
nomatch: that meeting was a waste of time
note: existence-devaluing insult, also seen before self-harm encouragement

[en.harassment.insult.human-garbage]
sub: insult
weight: 0.55
also: cyberbullying.humiliation
pattern: human (garbage|trash|filth|excrement|debris|sewage|refuse)
pattern: (trash|garbage|dogshit|worthless|useless|disgusting) (human|person|people|humans)
match: people like you are human garbage
match: what a disgusting human
nomatch: human waste treatment plant
note: dehumanising framing of a person

[en.harassment.insult.excuse-for-a-human]
sub: insult
weight: 0.55
also: cyberbullying.humiliation
pattern: (sorry|poor|pathetic|sad|miserable|shitty) excuse (for|of) (a|an) ~1 (human|person|man|woman|being|player|mother|father|parent|friend)
match: you pathetic excuse for a human being
match: sorry excuse of a father
note: classic insult formula

[en.harassment.insult.profane-combo]
sub: insult
weight: 0.65
also: cyberbullying.humiliation
pattern: (stupid|dumb|ugly|fat|lazy|dirty|filthy|worthless|useless|pathetic|little) (bitch|cunt|fuck|fucker|twat|prick|dick|motherfucker|bastard|shit)
match: shut up stupid bitch
match: that fat fuck took my seat
match: lazy bastard never shows up
note: adjective plus profane noun: almost always aimed at a person

[en.harassment.insult.fuck-you]
sub: insult
weight: 0.55
also: cyberbullying.humiliation
target: other
pattern: (fuck|fuk|fck|fuq|fk|fuckk) (you|u|yu|yall|off)
match: fuck you and your team
match: just fuck off already
match: 🖕 you
nomatch: fuck yeah we won
nomatch: fuck this traffic
note: directed profanity; the middle-finger emoji folds to "fuck"

[en.harassment.insult.go-fuck-yourself]
sub: insult
weight: 0.7
also: cyberbullying.humiliation
target: other
pattern: go (fuck|screw|fk|fuk) (yourself|urself|yourselves|ur)
pattern: (gfy|gtfoh)
match: go fuck yourself
match: gfy loser
note: "kys" and "kill yourself" are not here: they are self_harm.promotion

[en.harassment.insult.stfu]
sub: insult
weight: 0.45
also: cyberbullying.humiliation
target: other
pattern: (stfu|stfd|sybau|shutup|stfuu)
match: stfu nobody cares
match: sybau
note: shut-up acronyms; sybau (teen slang) is the ruder form

[en.harassment.insult.shut-the-fuck-up]
sub: insult
weight: 0.5
also: cyberbullying.humiliation
target: other
pattern: shut (the|) (fuck|fuckin|fucking|fk|hell|heck) up
pattern: shut (your|ur|yo|that) (mouth|face|trap|piehole|gob|yap|mouf|dumb|stupid|fat|ugly|bitch)
pattern: shut (the|) (f|eff|fk|fck|fuk|fuq|frick|effing|fkn|fking) up
match: shut the fuck up
match: shut your fat mouth
match: shut ur bitch ass up
nomatch: shut the door please
note: stronger shut-up forms

[en.harassment.insult.shut-up]
sub: insult
weight: 0.25
pattern: shut up
match: shut up already
note: very often playful ("shut up no way!"); only adds up with other evidence

[en.harassment.insult.nobody-asked]
sub: insult
weight: 0.35
pattern: (nobody|noone) asked
pattern: no one asked
pattern: who (even|tf|) asked
pattern: (dont|didnt) care (didnt|dont) ask
match: nobody asked lol
match: ok and who asked
match: dont care didnt ask
note: dismissal taunt; "nobody asked me to the dance" also matches, a mild false positive kept low

[en.harassment.insult.ratio]
sub: insult
weight: 0.3
pattern: ratio (l|bozo|plus|you|ur)
pattern: l ratio
pattern: (ratioed|ratiod)
match: ratio plus you fell off
match: L + ratio
match: get ratioed
nomatch: the aspect ratio is 16 by 9
nomatch: ratio of flour to water
note: quote-post pile-on taunt; bare "ratio" is not an entry (maths, photography)

[en.harassment.insult.bozo]
sub: insult
weight: 0.35
pattern: (bozo|bozos)
match: L bozo
note: online dismissive insult

[en.harassment.insult.take-the-l]
sub: insult
weight: 0.25
pattern: (hold|holding|take|took) (this|that|these|an|the|ur|your) l
match: hold this L
match: take the l and leave
note: "L" = loss; "take the L train" is a rare false positive kept low

[en.harassment.insult.get-a-life]
sub: insult
weight: 0.35
pattern: get a life
pattern: (go|) touch (some|) grass
match: get a life nerd
match: go touch grass
note: dismissive taunts aimed at someone online

[en.harassment.insult.you-suck]
sub: insult
weight: 0.43
also: cyberbullying.humiliation
target: other
pattern: (you|u|ya|yall) (suck|sucks)
pattern: (youre|ur) the worst
match: you suck at this game
match: ur the worst
nomatch: my little brother sucks at chess
note: mild direct insult; "you're the worst lol" is often affectionate

[en.harassment.insult.kiss-my-ass]
sub: insult
weight: 0.45
also: cyberbullying.humiliation
target: other
pattern: kiss (my|mine) (ass|arse|butt)
pattern: eat (shit|dick)
pattern: eat a (dick|cock|bag)
match: you can kiss my ass
match: eat shit and die
match: go eat a dick
note: dismissive obscene imperatives

[en.harassment.insult.piss-off]
sub: insult
weight: 0.43
target: other
pattern: (piss|bugger|sod|naff) off
pattern: screw (you|u|ya|yall)
match: piss off mate
match: screw you, i'm done
nomatch: i am so pissed off today
note: milder directed dismissals; "screw you over" (cheating) is a rare false positive

[en.harassment.insult.gtfo]
sub: insult
weight: 0.4
target: other
pattern: (gtfo|foh)
pattern: get (the|) (fuck|fk) (out|outta|away|off)
match: gtfo of my lobby
match: get the fuck out of here
nomatch: get the hell out of here, that is amazing
note: "foh" is also theatre shorthand (front of house); kept modest

[en.harassment.insult.no-brain-cells]
sub: insult
weight: 0.4
pattern: (no|zero|0|1|2|one|two|single) brain (cells|cell)
pattern: (no|zero|0|1|2|one|two|single) (braincell|braincells)
pattern: (pea|peanut|smooth|tiny|bird) (brain|brained|brains)
pattern: (smoothbrain|smoothbrained|birdbrain|peabrain)
match: you have two brain cells and they are fighting
match: peanut brained take
nomatch: there was no brain damage after the fall
note: stupidity taunts

[en.harassment.insult.mouth-breather]
sub: insult
weight: 0.4
pattern: mouth (breather|breathers)
pattern: knuckle (dragger|draggers|dragging)
pattern: (knuckledragger|knuckledraggers)
match: mouth breathers on the forum again
match: some knuckle dragger cut me off
nomatch: mouth breathing at night can mean apnea
note: stupidity insults

[en.harassment.insult.clown]
sub: insult
weight: 0.3
pattern: (clown|clowns)
match: 🤡🤡🤡
match: what a clown
note: the clown emoji used as mockery folds here; weak alone (circus, class clown)

[en.harassment.insult.stupid]
sub: insult
weight: 0.38
also: cyberbullying.humiliation
pattern: (stupid|stoopid|stupidest)
match: stupid kid
note: everyday word ("stupid bug"); only adds up with a target or other hits

[en.harassment.insult.dumb]
sub: insult
weight: 0.38
also: cyberbullying.humiliation
pattern: (dumb|dumber|dumbest)
match: so dumb
nomatch: grab the dumbbell
note: everyday word; weak alone

[en.harassment.insult.pathetic]
sub: insult
weight: 0.35
also: cyberbullying.humiliation
pattern: (pathetic|patheticly|pathetically)
match: pathetic honestly
note: weak alone; cyberbullying.lex carries the targeted humiliation form

[en.harassment.insult.worthless]
sub: insult
weight: 0.3
also: cyberbullying.humiliation
pattern: (worthless|useless) (piece|pile|sack|bag|waste|loser|idiot|bitch|human|person|excuse|trash|garbage|scum|nobody)
match: worthless piece of shit
match: useless sack of garbage
nomatch: i feel worthless today
note: worth-attack with a noun; bare "worthless" is left to self_harm (first-person distress)

[en.harassment.insult.fuck-that-guy]
sub: insult
weight: 0.4
pattern: fuck (this|that|these|those) (guy|bitch|kid|dude|loser|clown|idiot|retard|cunt|bozo|bitches|people)
pattern: (fuck|screw|fck|fk) (him|her|them|em)
match: fuck that guy seriously
match: fuck him, he lied
nomatch: fuck this traffic
note: contempt aimed at a third person

[en.harassment.insult.your-mom]
sub: insult
weight: 0.35
pattern: (ur|yo|your) (mom|mum|mama|momma|mother) ~2 (fat|ugly|hoe|whore|slut|stupid|dumb|easy|poor)
pattern: (fucked|banged|boned|smashed|railed) (your|ur|yo) (mom|mum|mama|momma|mother|sister|sis|gf|girlfriend)
match: ur mom is so fat
match: i banged your mom last night
nomatch: your mom made pizza
note: "your mom" trash talk; playful among friends, so modest

[en.harassment.insult.delete-your-account]
sub: insult
weight: 0.3
pattern: (just|go|pls|please|plz) uninstall
pattern: (just|go|pls|please|plz) delete (your|ur|this) (account|acc|channel|life)
match: just uninstall bro
match: pls delete your account
nomatch: how do i uninstall the game
nomatch: i just quit my job
note: gamer and social-media dismissals

[en.harassment.insult.simp]
sub: insult
weight: 0.25
pattern: (you|u|ya|youre|ur|fucking|stupid|a|such) (simp|simps|cuck|cuckold)
match: you simp lol
match: such a cuck
note: manosphere-flavoured taunts, mild alone

[en.harassment.insult.incel]
sub: insult
weight: 0.4
pattern: (you|u|ya|youre|ur|fucking|virgin|ugly|a|an|such) (incel|incels|neckbeard|neckbeards)
pattern: (you|u|ya|fucking|ugly|fat|loser|basement|incel) (virgin|virgins)
pattern: (youre|ur) (a|such|so) virgin
pattern: basement (dweller|dwellers|dwelling)
match: you virgin incel
match: cope harder neckbeard basement dweller
match: ur a virgin lol
nomatch: extra virgin olive oil
nomatch: im still a virgin and thats fine
note: sexual-status and loner taunts; gender_abuse.lex carries incel ideology terms

[en.harassment.insult.degenerate]
sub: insult
weight: 0.25
pattern: (degenerate|degenerates)
match: degenerates everywhere in this chat
note: weak alone (also maths, crypto self-description)

# ---------------------------------------------------------------------------------------------
# threat: statements of intent to harm someone
# ---------------------------------------------------------------------------------------------

[en.harassment.threat.kill-you]
sub: threat
weight: 0.9
target: other
pattern: (i|ill|im|imma|ima) ~3 (kill|murder|stab|strangle|choke|shank|knife|behead|unalive) (you|u|ya|yall)
pattern: (we|well|were) ~3 (kill|murder|stab|strangle|shank) (you|u|ya|yall)
pattern: (i|ill|imma|gonna) ~3 (kill|murder|stab|strangle) (your|ur) (family|mom|mum|dad|kids|sister|brother|whole)
match: i will kill you
match: im gonna fucking stab you
match: ill literally murder u
match: imma stab ya
match: i swear ill kill your whole family
match: im going to unalive you
nomatch: i could kill for a pizza
nomatch: kill the process and restart
nomatch: the boss will kill you if you dont dodge
note: first-person intent to kill or wound the reader; the subject slot is first person only, so warnings ("the cold will kill you") stay clean. Hyperbole ("i could kill you lol") is lowered by the hyperbole cue. "shoot" has its own entry

[en.harassment.threat.shoot-you]
sub: threat
weight: 0.85
target: other
pattern: (shoot|blast|smoke) (you|u|ya|yall) (dead|in|between|right|if|when|twice|again|tonight|tomorrow|gun|knife|skull|bitch|dumbass|fr)
pattern: (i|ill|im|imma|ima) ~3 shoot (your|ur) (family|mom|dad|kids|whole)
match: ill shoot you dead
match: imma shoot u in the face
match: i will shoot you 🔫
match: i swear ill shoot your whole family
nomatch: i will shoot you a text later
nomatch: shoot me a message later
note: shooting threat with a following word that rules out "shoot you a text/message/email"; the bare form is in shoot-you-bare

[en.harassment.threat.shoot-you-bare]
sub: threat
weight: 0.43
target: other
pattern: (i|ill|im|imma|ima|we|well|were) ~3 (shoot|blast) (you|u|ya|yall)
match: ill shoot you
match: im gonna blast u
note: bare "i'll shoot you" also covers "i'll shoot you a text"; allow.lex cancels "shoot you a (message|text|email|dm|link)", so it sits just above the flag line aimed at "you" (0.52) and adds up with other hits

[en.harassment.threat.hurt-you]
sub: threat
weight: 0.8
target: other
pattern: (ill|imma|ima|im gonna|im going to|im about to|im bout to|im finna|i will|i swear ill|i swear i will|i wanna|i want to|gonna|finna) ~2 (hurt|beat|punch|slap|smack|kick|deck|headbutt|backhand|throttle|pummel|clobber|bitchslap) (you|u|ya)
pattern: (id|i would) ~2 (hurt|punch|slap|smack|kick|deck|headbutt|backhand|throttle|pummel|clobber|bitchslap) (you|u|ya)
pattern: (ill|imma|ima|im gonna|im going to|were gonna|we gonna|gonna|finna) jump (you|u|ya) (after school|outside|tomorrow|tonight|when|bitch|fr|behind)
match: ill hurt you if you say that again
match: im gonna beat u
match: imma smack ya
nomatch: i hit you with the ball by accident
nomatch: i'm sorry i hurt you, i was wrong to say that
nomatch: i beat you last time so you're buying lunch
nomatch: i'll jump you a start if your car won't go
nomatch: i'd beat you in a sprint but not a marathon
note: physical harm intent; "hit" is left out (game talk, accidents). Negated forms ("i would never hurt you") are lowered by the negation cue

[en.harassment.threat.beat-the-shit-out]
sub: threat
weight: 0.8
target: other
pattern: (beat|knock|kick|slap|smack|punch) the (shit|crap|hell|living|fuck|piss) (out|outta) ~1 (you|u|ya)
pattern: (break|smash|bash|cave|snap|rip|punch|kick) (your|ur) (face|head|skull|legs|arms|jaw|teeth|nose|spine)
pattern: (snap|wring|slit) (your|ur) ~1 (neck|throat)
match: i will beat the shit out of you
match: ill smash your face in
match: gonna break your legs
nomatch: dont break your neck on those stairs
note: graphic beating threats; "break your neck" is left out (common safety warning), "snap your neck" is in

[en.harassment.threat.kick-your-ass]
sub: threat
weight: 0.55
target: other
pattern: (kick|beat|whoop|whip|tap) (your|ur|yo) (ass|arse|butt)
match: ill kick your ass after school
note: common in friendly game trash talk ("kick your butt at chess lol"), so moderate; the hyperbole cue lowers the playful form

[en.harassment.threat.you-are-dead]
sub: threat
weight: 0.6
target: other
pattern: (youre|ur) (so|) (dead|finished)
pattern: (you|u) (are|r|re) (so|) (dead|finished)
pattern: (youre|ur|you|u) (a|) dead (man|meat|boy|girl|bitch)
match: youre so dead when i find you
match: you are dead meat
match: ur a dead man
nomatch: we swam in the dead sea
note: "you're dead to me", "you're dead right/wrong" and in-game "you're dead" also match, so 0.6, not 0.9. Candidates for allow.lex: "dead right", "dead wrong", "dead serious", "dead to me"

[en.harassment.threat.watch-your-back]
sub: threat
weight: 0.7
target: other
pattern: (watch|mind) (your|ur|yo) back
pattern: (better|should|gotta) watch (yourself|urself)
match: watch your back at school tomorrow
match: you better watch yourself
nomatch: you should check out this video
note: veiled threat; "watch your back when lifting" (posture) is a rare false positive, hence 0.7

[en.harassment.threat.know-where-you-live]
sub: threat
weight: 0.8
target: other
pattern: (know|found|learned|knw) (exactly|) where (you|u|ya) (live|stay|sleep|work)
pattern: (know|found) where (your|ur) (house|family|kids|mom) (is|are|lives|live)
match: i know where you live
match: we found where u sleep
nomatch: i know where you can buy that
note: the classic intimidation line; 0.8 rather than 0.9 because a neighbour can say it kindly ("i know where you live, i'll drop off the cake")

[en.harassment.threat.coming-for-you]
sub: threat
weight: 0.65
target: other
pattern: (im|were|theyre|i|we|hes) ~1 (coming|comin) (for|after) (you|u|ya)
pattern: (pull|pulling|pullin) up on (you|u|ya|yo|yall)
pattern: (slide|sliding|slidin) on (you|u|ya|yo|yall)
match: im coming for you
match: we are coming after you
match: finna pull up on you
nomatch: coming to your house for the party
nomatch: pull on your boots
note: approach threats; "i'm coming for you at 5" (a lift) is a false positive, so 0.65. Plain "coming to your house" is not an entry

[en.harassment.threat.sleep-with-one-eye]
sub: threat
weight: 0.85
target: other
pattern: sleep with one eye open
pattern: (you|u|youll|ull) ~2 never (be|feel|sleep) safe
match: better sleep with one eye open
match: you will never be safe again
note: veiled threat

[en.harassment.threat.make-you-regret]
sub: threat
weight: 0.8
target: other
pattern: (i|ill|im|imma|ima|we|well) ~2 make (you|u|ya) (regret|pay|suffer|bleed|disappear)
pattern: make (your|ur) life (hell|miserable|a)
match: ill make you regret this
match: im going to make you suffer
match: i will make your life hell
nomatch: this song will make you cry
note: threat of retaliation

[en.harassment.threat.youll-pay]
sub: threat
weight: 0.5
target: other
pattern: (youll|ull) pay (for this|for that|for it|for what|for everything|dearly|with)
pattern: (youll|ull) regret (this|that|it)
pattern: (you|u) (will|gonna|shall) pay (for this|for that|for it|for what|for everything|dearly|with)
pattern: (you|u) (will|gonna|shall) regret (this|that|it)
pattern: (youre|ur|you are|u r|you r) (gonna|going to|finna|bout to|about to) pay (for this|for that|for it|for what|for everything|dearly|with)
pattern: (youll|ull) be sorry
pattern: (you|u) (will|gonna) be sorry
match: you'll pay for this
match: you're going to pay for this
nomatch: you'll pay for dinner next time
match: you will regret this
match: youll be sorry
note: vaguer retaliation; also said in jest

[en.harassment.threat.catch-these-hands]
sub: threat
weight: 0.55
target: other
pattern: (catch|catching|catchin) (these|the|my|some|) hands
pattern: (fight|1v1) me (irl|outside)
pattern: square up
pattern: meet me (outside|behind)
pattern: meet me after school
match: u wanna catch these hands
match: square up
match: meet me outside
nomatch: 1v1 me after dinner
note: fight challenges; mostly bravado, so moderate

[en.harassment.threat.shoot-up-school]
sub: threat
weight: 0.95
target: group
pattern: (shoot|shooting|shootin) up (the|your|ur|this|that|our|my) (school|class|classroom|mosque|church|synagogue|mall)
pattern: (blow|blowing) up (the|your|ur|this|that|our|my) (school|mosque|church|synagogue|mall)
pattern: (bomb|bombing|nuke|nuking) (the|your|ur|this|that|our) (school|mosque|church|synagogue|mall|temple)
pattern: (bring|bringing|brought|bringin) ~2 (gun|guns|rifle|ar|glock|shotgun) to (school|class)
match: im going to shoot up the school tomorrow
match: someone should bomb that mosque
match: bringing my dads gun to school monday
nomatch: he shot the photo at the school
nomatch: lets blow up the class gc with memes
note: mass-violence threat against a place; always escalate. "blow up the class (chat)" is slang for flooding a chat, so "blow up" only takes buildings

[en.harassment.threat.bullet-in-your-head]
sub: threat
weight: 0.9
target: other
pattern: (bullet|bullets|knife|blade) (in|through|into) (your|ur|yo) (head|skull|brain|chest|face|throat|back)
pattern: (pop|cap|put) (a|one) (cap|bullet|round) in (your|ur|yo) (ass|head|dome)
pattern: (got|have) a (bullet|gun|knife|glock) with (your|ur) name on it
match: put a bullet in your head
match: i got a bullet with your name on it
match: pop a cap in yo ass
note: weapon-explicit threats

[en.harassment.threat.put-you-in-hospital]
sub: threat
weight: 0.85
target: other
pattern: put (you|u|ya) (in|into) (the|a) (hospital|grave|ground|ditch|morgue|icu)
pattern: send (you|u|ya) (to|into) (the|an|a|your) (early|) (grave|morgue)
pattern: (put|send) (you|u|ya) six feet under
pattern: (leave|leaving|send|put) (you|u|ya) in a (body|bodybag) (bag|)
match: ill put you in the hospital
match: ima send u six feet under
nomatch: we will send you to the hospital for a checkup
note: graphic harm outcome; "send you to the hospital" is left out (care)

[en.harassment.threat.find-you]
sub: threat
weight: 0.8
target: other
pattern: (hunt|track) (you|u|ya) down
pattern: (find|catch) (you|u|ya) (irl|outside|alone)
pattern: get (you|u|ya) alone
pattern: (find|catch) (you|u|ya) after school
pattern: (ill|will|gonna|imma|ima) find (you|u|ya) (and|irl)
match: ill hunt you down
match: gonna find you irl
match: we will find you and make you pay
nomatch: i will find you a seat
note: pursuit threats

[en.harassment.threat.find-you-bare]
sub: threat
weight: 0.35
target: other
pattern: (i|ill|we|well|gonna) ~2 find (you|u|ya)
match: i will find you
note: "i will find you" at the end of a message is a threat, but "i'll find you a seat" matches too, so it is weak alone; the strong form is find-you

[en.harassment.threat.days-are-numbered]
sub: threat
weight: 0.8
target: other
pattern: (your|ur) days (are|r) numbered
pattern: (you|u|ya) (wont|aint|not|never) ~1 (live|survive) (to|till|until|past|through)
match: your days are numbered
match: you wont live to see friday
note: veiled death threat

[en.harassment.threat.outside-your-house]
sub: threat
weight: 0.8
target: other
pattern: (im|were|i|we|theyre|hes) ~1 outside (your|ur) (house|home|door|window|school|work|place)
pattern: (waiting|wait) (for|) (you|u|ya) outside (your|ur) (house|home|school)
match: im outside your house right now
match: ill be waiting for you outside your school
nomatch: see you after school
note: presence threats

[en.harassment.threat.burn-your-house]
sub: threat
weight: 0.85
target: other
pattern: (burn|torch|bomb|firebomb|smash|trash) (your|ur|yo) (house|home|car|shop|store|place)
pattern: blow up (your|ur) (house|home|car|shop|place)
match: ill burn your house down
match: gonna torch ur car
note: property attack threats aimed at a person

[en.harassment.threat.run-you-over]
sub: threat
weight: 0.7
target: other
pattern: (run|mow) (you|u|ya) (over|down)
match: ill run you over with my car
note: vehicle threat; game talk ("run you down") keeps it below 0.8

[en.harassment.threat.get-you-jumped]
sub: threat
weight: 0.8
target: other
pattern: (get|getting) (you|u|ya) (jumped|beaten|stabbed|whacked|merked|clapped)
pattern: my (boys|people|friends|cousins|brothers|homies|gang) ~2 (jump|beat|stab|shoot|handle) (you|u|ya)
match: imma get you jumped
match: my boys will jump you
nomatch: that attitude will get you killed
nomatch: have you killed the boss yet
note: third-party violence threats; "get you killed" is left out (a warning idiom)

[en.harassment.threat.swat-you]
sub: threat
weight: 0.85
target: other
also: harassment.doxxing
pattern: (swat|swatted|swatting) (you|u|ya|him|her|them)
pattern: get (you|u|ya|him|her) swatted
match: ill swat you tonight
match: gonna get him swatted
note: false emergency call to someone's address: a threat built on doxxing

[en.harassment.threat.end-you]
sub: threat
weight: 0.65
target: other
pattern: (ill|will|gonna|imma|ima|can) (end|wreck) (you|u|ya)
pattern: (ruin|ruining) (your|ur) (life|career|reputation)
match: ill end you
match: i will ruin your life
nomatch: our team got destroyed
note: ruin threats; "destroy you" in a game is banter, hence 0.65

[en.harassment.threat.last-warning]
sub: threat
weight: 0.4
target: other
pattern: (your|ur) (last|final) warning
pattern: (you|u) better (run|hide)
match: this is your last warning
match: you better run
nomatch: you should run a test first
note: warning language; moderate alone

# ---------------------------------------------------------------------------------------------
# death_wish: wishing death or serious harm on someone (not instructions to self-harm)
# ---------------------------------------------------------------------------------------------

[en.harassment.death_wish.hope-you-die]
sub: death_wish
weight: 0.9
target: other
pattern: (hope|hoping|pray) (you|u|ya) (just|fucking|all|literally|) (die|croak|perish)
pattern: (hope|hoping|praying) (he|she|they|yall) (just|fucking|literally|all|) (die|dies|croak|croaks)
pattern: (i|) (want|need) (you|u|ya) dead
pattern: (hope|wish) (you|u|ya|he|she) choke on (it|your|ur|my|a|this)
pattern: choke on ~2 (and|n) die
pattern: (hope|wish) (someone|somebody|sb) (kills|shoots|stabs|murders|hurts|beats|runs) (you|u|ya)
match: i hope you die
match: hope u croak
nomatch: hope you choke in the finals lol
nomatch: hope you drown in money
match: i really hope you fucking die
match: praying he dies slowly
match: i want you dead
match: hope somebody stabs you
match: i hope you choke on your food and die
nomatch: i hope you feel better soon
nomatch: i hope he doesnt die, the surgery is tomorrow
note: the central death wish. The slot between "you" and "die" is a closed list so that worry ("i hope he doesn't die") stays clean

[en.harassment.death_wish.hope-you-get-hurt]
sub: death_wish
weight: 0.85
target: other
pattern: (hope|wish) (you|u|ya) (get|catch|got) (cancer|aids|ebola|covid|shot|stabbed|killed|murdered|hit|run|hanged|lynched|tortured)
pattern: (hope|wish) (you|u|ya) (have|get) a (slow|painful|horrible|agonizing|agonising|miserable) death
pattern: (wish|wishing) (you|u|ya) a (slow|painful|horrible|agonizing|agonising|miserable) death
match: hope you get cancer
match: i hope you get hit by a bus
match: wish u a slow death
match: hope you have a painful death
nomatch: i hope you get the job
note: wish of disease or violence; the "get better" forms do not match

[en.harassment.death_wish.hope-family-dies]
sub: death_wish
weight: 0.9
target: other
pattern: (hope|wish) (your|ur) ~2 (family|mom|mum|dad|kids|sister|brother|dog|parents) ~2 (die|dies|died|dead|burns|rots)
pattern: (hope|wish) (your|ur) ~2 (family|mom|mum|dad|kids|parents) (gets|get) (cancer|killed|shot|murdered|aids)
match: hope your whole family dies
match: i hope ur mom gets cancer
match: wish your dog would die
nomatch: i hope your mom feels better
note: death wish against relatives (lichess "kys family" tier)

[en.harassment.death_wish.die-in-a-fire]
sub: death_wish
weight: 0.85
pattern: die in a (fire|ditch|hole|gutter)
pattern: (burn|die|rot) irl
match: go die in a fire
match: die irl
nomatch: i always die slowly to poison in this game
note: stock death wishes

[en.harassment.death_wish.go-die]
sub: death_wish
weight: 0.75
pattern: (go|pls|please|plz) die
pattern: just die (already|pls|please|plz|bitch|loser|lol|then)
pattern: die (already|bitch|loser|cunt|scum|pig|nerd|noob)
pattern: die (you|u) (useless|stupid|fucking|worthless|little|dumb|fat|ugly|filthy)
match: go die
match: just die already
match: die bitch
match: die you worthless rat
nomatch: i always just die to that boss
note: imperative death wishes; "i just die to that boss" (gaming) does not match

[en.harassment.death_wish.drop-dead]
sub: death_wish
weight: 0.6
pattern: (go|just|pls|please|can|could|should|will) drop dead
match: just drop dead
match: why dont you go drop dead
nomatch: she looks drop dead gorgeous
note: needs an imperative or modal before it: "drop dead gorgeous" is a compliment

[en.harassment.death_wish.rot-in-hell]
sub: death_wish
weight: 0.7
pattern: (rot|burn|suffer|roast) in hell
pattern: (see|meet) (you|u|ya) in hell
match: rot in hell
match: burn in hell you monster
nomatch: what a hell of a game
note: damnation wish

[en.harassment.death_wish.go-to-hell]
sub: death_wish
weight: 0.45
pattern: go to hell
pattern: (go|goto) straight to hell
match: go to hell
note: a curse more than a real wish; moderate

[en.harassment.death_wish.get-cancer]
sub: death_wish
weight: 0.75
pattern: (go|just|pls|please) (get|catch) (cancer|aids|ebola|covid|tumor|tumour)
pattern: (cancer|aids|ebola) and die
pattern: (you|u|ya) (should|deserve|need|deserves) (to|) (get|catch) (cancer|aids)
match: go get cancer
match: catch aids and die
match: you deserve to get cancer
nomatch: how did he get cancer so young
note: disease wish (lichess "cancer" wishes)

[en.harassment.death_wish.should-be-shot]
sub: death_wish
weight: 0.8
target: other
pattern: (you|u) (should|deserve|need) (to|) (be|get) (shot|hanged|hit|lynched|gassed|stabbed|beheaded|murdered|killed|euthanized)
pattern: should all (be|get) (shot|hanged|lynched|gassed)
pattern: (he|she|they|people|ppl|him|her|them) should (be|get) (shot|hanged|lynched|gassed|stabbed|beheaded|euthanized|euthanised)
match: you should be shot
match: u deserve to get stabbed
match: people like him should be hanged
match: they should all be shot
nomatch: the scene should be shot at night
nomatch: the script should be executed daily
nomatch: the tests should all be executed first
note: a death wish in modal form; needs a person subject so film and code senses stay clean

[en.harassment.death_wish.someone-should-kill]
sub: death_wish
weight: 0.8
target: other
pattern: (someone|somebody) (should|pls|please|needs|gotta) ~1 (kill|shoot|stab|murder|hang) (you|u|him|her|this)
pattern: (someone|somebody) (should|pls|please|needs|gotta|has to|oughta) ~1 (assassinate|poison|lynch|behead|strangle|unalive|run over|bomb|torch|firebomb|curbstomp|punch|slap|smack|deck|sucker punch|bitchslap) (you|u|him|her|them)
match: someone should kill him
match: somebody please shoot this guy
match: someone needs to assassinate him
note: incitement by proxy

[en.harassment.death_wish.deserve-to-die]
sub: death_wish
weight: 0.85
target: other
pattern: (you|u|ya|he|she|they) (deserve|deserves) to (die|suffer|rot|burn)
pattern: (you|u|ya) (deserve|deserves) to be dead
pattern: (may|hope) (you|u|ya) (die|rot|burn|suffer|perish)
match: you deserve to die
match: may you rot
note: "you deserve to die" / curse formula

[en.harassment.death_wish.wish-you-were-dead]
sub: death_wish
weight: 0.8
target: other
pattern: (wish|wished) (you|u|ya|he|she) (were|was|would|wouldve|had) (dead|die|died)
pattern: (wish|wished) (you|u|ya|he|she) (were|was|had) never (been|) born
pattern: cant wait (for|till|until|til) (you|u|ya) (die|dies|croak)
match: i wish you were dead
match: wish you were never born
match: cant wait till you die
nomatch: i wish you were here
nomatch: i wish you would never leave
note: wish of death or non-existence

[en.harassment.death_wish.never-wake-up]
sub: death_wish
weight: 0.8
target: other
pattern: (hope|wish) (you|u|ya) never wake up
pattern: (hope|wish) (you|u|ya) dont wake up (tomorrow|again|ever)
pattern: (hope|wish) (you|u|ya) (die|croak|go) in (your|ur) sleep
match: i hope you never wake up
match: hope u die in your sleep
nomatch: i hope you dont wake up the baby
note: death wish; "dont" in the phrase must not be read as negation of the harm

[en.harassment.death_wish.dance-on-your-grave]
sub: death_wish
weight: 0.7
target: other
pattern: (dance|piss|spit|shit|party) on (your|ur) grave
pattern: rest in piss
match: i will dance on your grave
match: rest in piss
note: celebration of someone's death

[en.harassment.death_wish.hope-you-suffer]
sub: death_wish
weight: 0.65
target: other
pattern: (hope|wish) (you|u|ya) (suffer|rot|burn|bleed|starve)
pattern: (hope|wish) (you|u|ya) (lose|lost) (everything|everyone)
match: i hope you suffer
match: hope u lose everything
note: suffering wish; weaker than a death wish

[en.harassment.death_wish.skull-coffin]
sub: death_wish
weight: 0.5
target: other
pattern: (you|u|ya|ur|youre) (next|gonna|going|will) ~2 (coffin|grave|casket)
pattern: (coffin|grave) (for|4) (you|u|ya)
match: ur next ⚰️
match: 🪦 for you
note: emoji death wishes (⚰ folds to coffin, 🪦 to grave); modest because the emoji is ambiguous

# ---------------------------------------------------------------------------------------------
# doxxing: exposing or threatening to expose private, identifying information
# ---------------------------------------------------------------------------------------------

[en.harassment.doxxing.leak-your-info]
sub: doxxing
weight: 0.85
target: other
pattern: (leak|leaks|leaking|leaked) (your|ur|his|her|their) ~2 (address|addy|ip|location|info|details|dox|docs|identity|number|name)
match: ill leak your address
match: leaking her home address tonight
match: leaked his ip lol
note: threat or act of exposing private details

[en.harassment.doxxing.post-your-address]
sub: doxxing
weight: 0.7
target: other
pattern: (expose|exposing|publish|publishing|post|posting) (your|ur) (home|real|full|irl|) (address|addy|ip|location)
pattern: (post|posted|posting|publish|drop|dropped|dropping) (his|her|their) (home|) (address|addy|ip)
match: im posting your address on twitter
match: someone posted her home address
note: publishing an address; "post your address" in a shop context is a rare false positive

[en.harassment.doxxing.found-your-ip]
sub: doxxing
weight: 0.75
target: other
pattern: (found|have|got|know|traced|tracked|pulled|grabbed|grab|pull|trace|track|logged|leaked) (your|ur|his|her) ip
pattern: ip (grabbed|logged|grabber|logger|pulled|traced|lookup)
match: i know your ip
match: pulled ur ip in 2 seconds
match: sent him an ip grabber
note: IP tracing threats common in gaming; server admins also say "i have your ip whitelisted", hence 0.75

[en.harassment.doxxing.found-your-address]
sub: doxxing
weight: 0.65
target: other
pattern: (found|know|traced|tracked|pulled|got|have) (your|ur|his|her) (home|real|) (address|addy|location)
match: i found your address
match: got his addy
nomatch: can you send me your address for the invite
note: possession of an address used as intimidation; friendly "i have your address" keeps it at 0.65

[en.harassment.doxxing.her-address-is]
sub: doxxing
weight: 0.35
target: other
pattern: (his|her|their) (home|) (address|addy) is
match: her address is 12 main street
nomatch: what is her address
note: split from found-your-address (2026.11.30.2): "her address is on the invitation" is everyday; alone this is weak, and the posting-with-a-call-to-action forms are in heres-her-address

[en.harassment.doxxing.real-name-is]
sub: doxxing
weight: 0.7
target: other
pattern: (your|ur|his|her|their) (real|full|irl|actual|legal) name (is|isnt)
pattern: (know|found) (out|) (your|ur|his|her) (real|full|irl|legal) name
match: your real name is jake thompson
match: i found out her full name
nomatch: what is your real name
note: revealing someone's identity

[en.harassment.doxxing.dox]
sub: doxxing
weight: 0.45
pattern: (dox|doxx|doxed|doxxed|doxing|doxxing|doxes|doxxes|doxbin)
match: he got doxxed last week
nomatch: i was not doxxed, just hacked
note: the word itself is often talk about doxxing (news, advice, victims); it stays below the flag line alone and adds up with a target or a second hit. Calls to dox are in r2-lets-dox and dox-you

[en.harassment.doxxing.drop-his-dox]
sub: doxxing
weight: 0.8
target: other
pattern: (drop|dropping|post|posting|leak|leaking) (his|her|their|this|that|the) ~2 (dox|doxx|docs|ip)
pattern: (real|full|legal) name (and|n) ~1 (address|workplace|school|job|number|employer|location|addy)
match: someone drop this guys dox
match: his real name and home address are in the doc
nomatch: drop your address below for the giveaway
nomatch: post the address of the party
note: calls to publish someone's identifying details, and listing them together. "drop your address" (a giveaway) and "post the address" (an event) do not match

[en.harassment.doxxing.dox-you]
sub: doxxing
weight: 0.85
target: other
pattern: (dox|doxx) (you|u|ya|him|her|them|ur|this|that|the)
pattern: get (you|u|ya|him|her|them) (doxed|doxxed)
match: ill dox you
match: lets doxx this guy
match: gonna get you doxxed
note: threat or call to dox

[en.harassment.doxxing.find-out-where-you-live]
sub: doxxing
weight: 0.85
target: other
pattern: find (out|) where (you|u|ya|he|she) (live|lives|stay|stays|sleep|sleeps|work|works)
pattern: (know|found) (what|which) school (you|u|ya|he|she) (go|goes|attend|attends)
pattern: (know|found|found out) (what|which|where) school (your|ur|his|her) (kids|kid|son|daughter|children|child|sister|brother|little sister|little brother|baby) (go|goes|attend|attends|is at)
match: ill find out where you live
match: i know which school you go to
match: i know what school your kids go to
nomatch: i cant find where you put the keys
note: locating someone offline

[en.harassment.doxxing.contact-your-employer]
sub: doxxing
weight: 0.45
target: other
pattern: (call|calling|email|emailing|contact|contacting) (your|ur) (boss|employer|workplace|job|principal|manager|hr)
pattern: report (you|u|ya) to (your|ur) (boss|employer|school|principal|job)
match: ill email your employer about this
match: im calling your boss
note: targeted offline escalation (getting someone fired or punished)

[en.harassment.doxxing.face-reveal]
sub: doxxing
weight: 0.6
target: other
pattern: (leak|leaking|leaked|expose|exposing|reveal|revealing) (your|ur|his|her) (face|identity|irl|pics|parents)
pattern: (we|i) know who (you|u) (really|) (are|r)
match: im gonna leak your face
match: we know who you really are
note: de-anonymisation threats

[en.harassment.doxxing.phone-number]
sub: doxxing
weight: 0.6
target: other
pattern: (leak|leaked|leaking|spread|spreading) (your|ur|his|her|their) (number|phone|cell|socials|snap|insta|digits)
pattern: (post|posted|posting|drop|dropped|dropping) (his|her|their) (number|phone|cell|phone number|cell number|digits|socials|snap|insta)
pattern: spam (this|his|her) number
match: leaked her phone number in the gc
match: posted his number so everyone can call him
match: everyone spam this number
nomatch: call this number if you need to talk
nomatch: post your number in the group chat so we can coordinate
note: spreading contact details for harassment

# ---------------------------------------------------------------------------------------------
# identity_attack: slurs and dehumanising attacks on race, ethnicity, religion, disability,
# sexual orientation. Slurs for women and gender identity are in gender_abuse.lex.
# ---------------------------------------------------------------------------------------------

[en.harassment.identity_attack.n-word-hard-r]
sub: identity_attack
weight: 0.9
also: cyberbullying.identity_attack
target: group
pattern: (nigger|niggers|niggerz|nigguh|nig|nigs|niglet|niglets)
match: nigger
nomatch: the niger river
note: the hard-r slur and its variants; always strong

[en.harassment.identity_attack.n-word-soft]
sub: identity_attack
weight: 0.35
also: cyberbullying.identity_attack
target: group
pattern: (nigga|niggas|niggaz|niggah)
match: my nigga
note: in-group use is common; kept low so that it flags only with other hostile evidence

[en.harassment.identity_attack.anti-black-slurs]
sub: identity_attack
weight: 0.8
also: cyberbullying.identity_attack
target: group
pattern: (jigaboo|jigaboos|darkie|darkies|sambo|pickaninny|spearchucker|sheboon|jiggaboo)
pattern: (you|u|ya|dirty|stupid|fucking|filthy) (coon|coons)
pattern: coon (ass|bitch|boy)
pattern: (porch|jungle) (monkey|monkeys|bunny|bunnies)
pattern: mud (people|race)
match: shut up you coon
match: go home porch monkey
nomatch: a raccoon got into the bin
nomatch: our maine coon sheds everywhere
note: anti-black slurs; "coon" needs a hostile neighbour (Maine Coon cats, coon hounds)

[en.harassment.identity_attack.ape-monkey]
sub: identity_attack
weight: 0.75
also: cyberbullying.identity_attack
target: group
pattern: (black|dirty|filthy) (monkey|monkeys|ape|apes)
match: shut up you black monkey
note: dehumanising animal comparisons of black people

[en.harassment.identity_attack.antisemitic-slurs]
sub: identity_attack
weight: 0.85
also: cyberbullying.identity_attack
target: group
pattern: (kike|kikes|heeb|heebs|hymie|hymies|yid|yids|christkiller|christkillers)
pattern: christ (killer|killers)
match: kikes run everything
match: christ killers
note: antisemitic slurs; "yid" is reclaimed by some football fans, kept in the family

[en.harassment.identity_attack.gas-the]
sub: identity_attack
weight: 0.95
also: cyberbullying.identity_attack
target: group
pattern: (gas|burn|kill|exterminate|hang|lynch|nuke) (the|all) (the|) (jews|kikes|muslims|blacks|niggers|gays|fags|immigrants|mexicans)
match: gas the jews
match: kill all muslims
match: exterminate all the immigrants
nomatch: gas the car before we leave
note: calls for violence against a group (lichess "gas the")

[en.harassment.identity_attack.group-should-die]
sub: identity_attack
weight: 0.9
also: cyberbullying.identity_attack
target: group
pattern: (gays|homos|fags|faggots|jews|kikes|muslims|niggers|blacks|mexicans|immigrants) (should|deserve|must) (to|) (die|burn|hang)
pattern: (jews|muslims|blacks|gays|immigrants|mexicans|arabs) (are|r) (subhuman|animals|vermin|rats|cockroaches|parasites|savages)
pattern: (jews|muslims|blacks|gays|immigrants|mexicans|arabs) (are|r) not (human|people)
pattern: (jews|muslims|blacks|gays|immigrants|mexicans|arabs) (arent|aint) (human|people)
match: gays should die
match: muslims are animals
nomatch: jews are human beings like everyone
note: eliminationist and dehumanising statements about a group

[en.harassment.identity_attack.nazi-slogans]
sub: identity_attack
weight: 0.85
also: cyberbullying.identity_attack
target: group
pattern: (heil|seig|sieg) (hitler|heil)
pattern: hitler (was|is) right
pattern: hitler did nothing wrong
pattern: (holohoax|gorillion|gorillions)
pattern: holocaust (hoax|myth)
pattern: the goyim know
match: heil hitler
match: hitler was right
match: six gorillion lol
note: neo-Nazi slogans and holocaust denial memes

[en.harassment.identity_attack.holocaust-denial]
sub: identity_attack
weight: 0.7
also: cyberbullying.identity_attack
target: group
pattern: holocaust (never|didnt) (happened|happen)
pattern: holocaust (is|was) (a|) (lie|hoax|myth|fake|fabricated|exaggerated)
pattern: (jews|jew|zionists) (control|run|own|rule) (the|) (media|banks|world|government|hollywood|everything)
match: the holocaust never happened
match: jews control the media
note: antisemitic conspiracy claims

[en.harassment.identity_attack.hispanic-slurs]
sub: identity_attack
weight: 0.85
also: cyberbullying.identity_attack
target: group
pattern: (spic|spics|spick|spicks|beaner|beaners|wetback|wetbacks|greaser|greasers)
pattern: border (hopper|hoppers|jumper|jumpers|bunny)
match: spics taking over
match: dumb wetback
note: anti-Hispanic slurs

[en.harassment.identity_attack.east-asian-slurs]
sub: identity_attack
weight: 0.85
also: cyberbullying.identity_attack
target: group
pattern: (gook|gooks|zipperhead|zipperheads|slanty|slopehead|slopeheads|chinamen)
pattern: (you|u|ya|dirty|fucking|stupid|filthy|little|ching) (chink|chinks)
pattern: (chink|chinks) (eyes|eyed|bitch|ass|food)
pattern: (slant|slanty) (eye|eyes|eyed)
pattern: ching (chong|chang)
match: shut up you chink
match: ching chong
match: gooks everywhere
nomatch: there is a chink in his armor
note: anti-East-Asian slurs; "chink" needs a hostile neighbour because of "chink in the armour"

[en.harassment.identity_attack.south-asian-slurs]
sub: identity_attack
weight: 0.8
also: cyberbullying.identity_attack
target: group
pattern: (paki|pakis|pajeet|pajeets|dothead|dotheads)
pattern: curry (muncher|munchers|nigger|niggers|monster)
pattern: (currymuncher|currymunchers)
pattern: poo in (the|) loo
match: filthy paki
match: poo in loo
match: curry munchers
nomatch: chicken curry for dinner
note: anti-South-Asian slurs and memes

[en.harassment.identity_attack.arab-muslim-slurs]
sub: identity_attack
weight: 0.85
also: cyberbullying.identity_attack
target: group
pattern: (towelhead|towelheads|raghead|ragheads|muzzie|muzzies|muzrat|muzrats|pisslam)
pattern: (towel|rag|diaper) (head|heads)
pattern: (sand|desert) (nigger|niggers|monkey|monkeys|rat|rats)
pattern: (camel|goat) (jockey|jockeys|fucker|fuckers)
match: go home towelhead
match: sand monkeys
match: camel jockey
nomatch: wrap a towel around your head
note: anti-Arab and anti-Muslim slurs

[en.harassment.identity_attack.muslims-terrorists]
sub: identity_attack
weight: 0.85
also: cyberbullying.identity_attack
target: group
pattern: (all|most) (muslims|arabs|pakistanis|muzzies|moslems) (are|r) (terrorists|bombers|jihadis|pedos|pedophiles)
pattern: every (muslim|arab) is (a|) (terrorist|bomber|jihadi)
pattern: religion of (pieces|hate)
pattern: (go|just) blow (yourself|urself) up
match: all muslims are terrorists
match: every arab is a terrorist
match: go blow yourself up
nomatch: most muslims are not terrorists
note: collective terrorism accusation; "religion of pieces" is the mocking form

[en.harassment.identity_attack.you-terrorist]
sub: identity_attack
weight: 0.55
also: cyberbullying.identity_attack
target: other
pattern: (you|u|ya|youre|ur) (a|an|fucking|dirty|little|such|) (terrorist|jihadi|bomber)
pattern: (your|ur) (dad|father|mom|family|uncle) ~2 (terrorist|terrorists|isis|taliban|bomber)
match: shut up you terrorist
match: ur dad is a terrorist lol
note: terrorism slur aimed at a Muslim or Arab person

[en.harassment.identity_attack.other-ethnic-slurs]
sub: identity_attack
weight: 0.7
also: cyberbullying.identity_attack
target: group
pattern: (wog|wogs|dago|dagos|wop|wops|polack|polacks|gyppo|gyppos|pikey|pikeys|boong|boongs|injun|injuns|squaw|kraut|krauts|jap|japs|halfbreed)
pattern: (dirty|fucking|lazy|drunk|filthy) (abo|abos|redskin|redskins)
pattern: half (breed|breeds)
match: bloody pikeys
match: polacks stealing jobs
nomatch: abo blood groups explained
note: assorted ethnic slurs; some (kraut) are milder, the family weight is an average. "abo" (blood groups) and "redskins" (sports history) need a hostile neighbour

[en.harassment.identity_attack.anti-white]
sub: identity_attack
weight: 0.45
also: cyberbullying.identity_attack
target: group
pattern: (honky|honkies|honkey|whitey|cracka|crackas|peckerwood)
pattern: (white|dumb|stupid|inbred|fucking) (cracker|crackers)
pattern: (white|inbred) trash
match: shut up dumb cracker
match: dumb white trash
nomatch: cheese and crackers
note: slurs for white people; "cracker" alone is food, so it needs a hostile neighbour

[en.harassment.identity_attack.degrading-adjective]
sub: identity_attack
weight: 0.7
also: cyberbullying.identity_attack
target: group
pattern: (dirty|filthy|stinking|smelly|stinky|disgusting) (immigrant|immigrants|mexicans|arab|arabs|jew|jews|muslim|muslims|gypsy|gypsies|indians|asians|africans|foreigner|foreigners|paki|pakis)
match: dirty jew
match: smelly indians on the bus
nomatch: we ate at the indian restaurant
nomatch: that was some disgusting chinese takeaway
note: degrading adjective plus an identity noun: the identity word is never a pattern alone. Singular cuisine adjectives (chinese, indian, mexican) are left out: "disgusting mexican food"

[en.harassment.identity_attack.subhuman]
sub: identity_attack
weight: 0.75
target: group
also: cyberbullying.identity_attack
pattern: (subhuman|subhumans|untermensch|untermenschen)
match: subhuman filth
note: dehumanisation (lichess "subhuman")

[en.harassment.identity_attack.savages]
sub: identity_attack
weight: 0.5
also: cyberbullying.identity_attack
target: group
pattern: (fucking|dirty|filthy|stinking|uncivilized|uncivilised) (savages|animals|barbarians)
pattern: bunch of (savages|barbarians)
pattern: (they|those|these|yall) (people|) (are|r) (vermin|cockroaches|rats|parasites|savages|apes|monkeys|subhuman)
match: fucking savages the lot of them
match: those people are vermin
note: dehumanising collective nouns; "animals" alone is left out

[en.harassment.identity_attack.go-back-to-your-country]
sub: identity_attack
weight: 0.75
also: cyberbullying.identity_attack
target: other
pattern: go back to (your|ur) (own|) (country|countries|shithole|village|cave|jungle|desert|hut|tribe)
pattern: (swim|walk|crawl) back to (mexico|africa|china|india|pakistan|syria|somalia|cuba|haiti)
match: go back to your country
match: go back to ur own shithole
match: swim back to mexico
note: telling someone they do not belong because of their origin; cyberbullying.lex has "where you came from"

[en.harassment.identity_attack.go-back-to-named]
sub: identity_attack
weight: 0.3
also: cyberbullying.identity_attack
pattern: (go|get) back to (africa|mexico|china|india|pakistan|syria|somalia|poland)
pattern: (go|get|swing) back to the (jungle|trees)
match: go back to africa
match: go back to the jungle
nomatch: i want to visit china next year
note: lower than the "your country" form: travellers say "go back to china" too

[en.harassment.identity_attack.shithole-countries]
sub: identity_attack
weight: 0.5
also: cyberbullying.identity_attack
target: group
pattern: shithole (country|countries|nation|nations)
pattern: third world (shithole|trash|garbage|rat|rats|monkey|monkeys)
match: they come from shithole countries
note: contempt for people's countries of origin

[en.harassment.identity_attack.illegals]
sub: identity_attack
weight: 0.5
also: cyberbullying.identity_attack
target: group
pattern: (dirty|fucking|filthy|stupid|you|fuckin) illegals
pattern: (anchor) (baby|babies)
match: fucking illegals everywhere
match: anchor babies
nomatch: you made an illegal move
note: dehumanising immigration terms aimed at people

[en.harassment.identity_attack.faggot]
sub: identity_attack
weight: 0.8
also: cyberbullying.identity_attack
target: group
pattern: (faggot|faggots|fagot|faggit|fagg|fagget|faggy)
match: shut up faggot
note: homophobic slur used at everyone online. May overlap gender_abuse.lex if it covers orientation

[en.harassment.identity_attack.fag]
sub: identity_attack
weight: 0.6
also: cyberbullying.identity_attack
target: group
pattern: (you|u|ya|fucking|stupid|dumb|little|such|dirty|gay|fuckin) (fag|fags)
pattern: (fag|fags) (boy|lord|ass|shit)
pattern: (youre|ur|you are|u r|hes|shes|such|what) (a|such a|so|an|) (fag|fags|gay fag|little fag)
match: you fag
match: youre such a fag
match: stupid fag
nomatch: a pack of fags and a lighter
note: short slur; UK "fag" (cigarette) needs the hostile neighbour to stay clean, so "a fag" is not a pattern

[en.harassment.identity_attack.homo]
sub: identity_attack
weight: 0.5
also: cyberbullying.identity_attack
target: group
pattern: (you|u|ya|fucking|stupid|dumb|little|dirty|fuckin|such) homo
pattern: (you|u|ya|fucking|stupid|dirty|fat|ugly|filthy|fuckin|dumb) (dyke|dykes|lesbo|lesbos)
pattern: (poofter|poofters|battyboy|shirtlifter|shirtlifters|carpetmuncher|carpetmunchers)
pattern: batty (boy|boys|man)
match: shut up you homo
match: dirty dyke
nomatch: no homo bro
nomatch: homo sapiens evolved in africa
nomatch: dick van dyke was great in that film
note: homophobic slurs; "dyke" and "lesbo" need a hostile neighbour: reclaimed use (dyke march), names (Dick Van Dyke) and place names (Offa's Dyke)

[en.harassment.identity_attack.disability-slurs]
sub: identity_attack
weight: 0.6
also: cyberbullying.identity_attack
target: group
pattern: (spaz|spazz|spazzes|mongoloid|mongoloids|downie|downies)
pattern: window (licker|lickers)
pattern: (you|u|ya|fucking|stupid|dirty) (cripple|crip|cripples|gimp)
match: you fucking spaz
match: window licker
match: shut up you cripple
note: ableist slurs; "retard" is in insult (its most common use online). "spastic" (medical) and "mong" (also a spelling of Hmong) are left out

# ---------------------------------------------------------------------------------------------
# sexual: unwanted sexual remarks and requests aimed at a person
# (sexual violence, sextortion and image abuse are in gender_abuse.lex)
# ---------------------------------------------------------------------------------------------

[en.harassment.sexual.send-nudes]
sub: sexual
weight: 0.8
target: other
pattern: send (me|us|) (your|ur|some|a|) (nudes|nude|noods|nudies|tits|boobs|titties|nips|nipples|dick|cock|pussy)
pattern: send ~3 (naked|nude|nudes|topless|shirtless|noods)
match: send nudes
match: send me ur tits
match: send me a naked pic
nomatch: can you send me the pictures from the party
note: requests for sexual images; with a child this is grooming

[en.harassment.sexual.show-me-your]
sub: sexual
weight: 0.8
target: other
pattern: (show|flash) (me|us) (your|ur|them|those) (tits|boobs|titties|body|bod|ass|pussy|dick|cock|nipples|bra|panties|underwear|feet)
pattern: (show|send) (bobs|vagene)
match: show me your tits
match: flash us ur boobs
match: show bobs
nomatch: show me your drawing when its done
note: exposure requests

[en.harassment.sexual.take-it-off]
sub: sexual
weight: 0.65
target: other
pattern: (take|pull|rip|lift) (off|up) (your|ur|her) (shirt|top|bra|skirt|panties|clothes|dress|underwear)
pattern: (take|pull) (your|ur|her) (shirt|top|bra|skirt|panties|clothes|dress|underwear) (off|up|down)
match: take off your bra
match: pull your skirt up
nomatch: take off your shoes at the door
nomatch: pull up your pants kid
note: undressing requests

[en.harassment.sexual.suck-my-dick]
sub: sexual
weight: 0.7
target: other
pattern: (suck|ride|lick|blow|stroke|choke|gobble) (my|this|on) (dick|cock|balls|penis|dong|pp)
pattern: suck (a|some) (dick|cock|dicks|cocks)
match: suck my dick
match: go suck a dick
match: ride this cock
note: also used as a generic insult, but the content is sexual

[en.harassment.sexual.want-to-fuck-you]
sub: sexual
weight: 0.75
target: other
pattern: (wanna|want|lemme|let|gonna|imma|id|would) ~2 (fuck|bang|rail|pound|breed) (you|u|ya|her|him)
pattern: (wanna|lets|lemme) (fuck|bang|sext|seggs|hookup)
match: i want to fuck you
match: id rail u
match: wanna sext
match: lemme bang her
nomatch: i wanna smash bros later
note: unsolicited sexual propositions. "smash" (slang for sex) is left out: "i'll smash you" is ordinary game talk

[en.harassment.sexual.touch-your-body]
sub: sexual
weight: 0.75
target: other
pattern: (touch|grab|lick|suck|squeeze|smack|spank|taste|bite) (your|ur) (tits|boobs|titties|ass|pussy|dick|cock|nipples|thighs|booty|butt)
pattern: (touch|grab|lick|suck|squeeze|spank|bite) (her|his) (tits|boobs|titties|ass|pussy|dick|cock|nipples|booty)
match: i want to grab your ass
match: let me lick ur nipples
match: ill spank her ass
nomatch: squat low and feel your thighs burn
note: explicit touching intent; "feel" is left out (workout instructions)

[en.harassment.sexual.see-you-naked]
sub: sexual
weight: 0.7
target: other
pattern: (see|seeing|picture|imagine|imagining|touch|want) (you|u|ya|her) (naked|nude|undressed|topless)
pattern: (eat|eating) (you|u|ya|her|ur|your) (out|pussy|ass)
match: i want to see you naked
match: imagining u naked rn
match: id eat you out
nomatch: a great night to see naked eye planets
note: sexualised fantasy addressed to the reader

[en.harassment.sexual.body-comments]
sub: sexual
weight: 0.45
target: other
pattern: (nice|sexy|juicy|perky) (tits|boobs|titties|booty|ass)
pattern: (big|huge|fat) (tits|boobs|titties)
match: nice tits
match: juicy booty
note: unsolicited sexual body comments; "huge ass" (intensifier, "huge ass spider") and "rack" (antlers, lamb) are excluded. Bra-shopping talk ("bras for big boobs") keeps it below 0.5

[en.harassment.sexual.are-you-horny]
sub: sexual
weight: 0.55
target: other
pattern: (are|r) (you|u|ya) (horny|naked|dtf)
pattern: (u|you) (dtf|horny)
match: are you horny
match: u dtf
nomatch: r u hard stuck in gold
note: sexual questions aimed at the reader

[en.harassment.sexual.what-are-you-wearing]
sub: sexual
weight: 0.35
target: other
pattern: what (are|r) (you|u|ya) wearing (rn|now|tonight|under)
pattern: what (are|r) (you|u|ya) wearing right now
pattern: (whats|what) (your|ur) (bra|cup) size
pattern: (size|big) (are|r|is) (your|ur) (boobs|tits|dick|cock|breasts)
match: what r u wearing rn
match: whats your bra size
match: how big is your dick
nomatch: what are you wearing to the wedding
note: intrusive sexual questions; "wearing right now" is ambiguous, so low

[en.harassment.sexual.dick-pic]
sub: sexual
weight: 0.55
target: other
pattern: (dick|cock|nude|naked|tit|boob) (pic|pics|picture|pictures|photo|photos|selfie|selfies|vid|video)
pattern: (wanna|want) ~2 see my (dick|cock|penis|boobs|tits|pussy)
match: want a dick pic
match: wanna see my cock
note: unsolicited explicit images; reports ("he sent me a dick pic") are lowered by the reporting cue

[en.harassment.sexual.bet-you-taste]
sub: sexual
weight: 0.7
target: other
pattern: bet (you|u|ya|she|her) (taste|tastes|moan|moans|swallow|swallows|squirt|squirts)
pattern: (your|ur) (pussy|dick|cock|tits) (tastes|taste|must|prolly|probably)
match: i bet you taste good
match: bet she moans loud
nomatch: i bet you suck at chess lol
note: sexualised speculation about the reader's body

[en.harassment.sexual.sit-on-my-face]
sub: sexual
weight: 0.75
target: other
pattern: (sit|ride) on my (face|dick|cock|lap)
pattern: (spread|open) (your|ur|those|them|her) (legs|thighs|cheeks)
pattern: (bend|bent) (you|u|ya|her|ur) over
match: come sit on my face
match: spread your legs
match: id bend you over
note: explicit sexual demands

[en.harassment.sexual.cum-on-you]
sub: sexual
weight: 0.8
target: other
pattern: (cum|cumming|nut|nutted|fap|fapped|fapping|masturbate|masturbating|wank|wanking) ~2 (to|on|over|in) (you|u|your|ur|her)
pattern: (jerk|jerked|jerking|jack|jacked|jacking|beat|beating) (off|it) (to|on|over) (you|u|your|ur|her)
match: i jerked off to your pic
match: i wanna cum on you
match: fapping to ur selfies
nomatch: that jerk on your team
note: sexual acts described about the reader

[en.harassment.sexual.feet-pics]
sub: sexual
weight: 0.45
target: other
pattern: (send|sell|show|post) ~2 (feet|foot) (pics|pictures|photos|vids|content)
pattern: (pic|pics|picture|photo) of (your|ur) (tits|boobs|ass|pussy|dick|cock|feet|body|butt)
match: send me feet pics
match: pic of your ass
note: sexualised image requests

[en.harassment.sexual.blowjob]
sub: sexual
weight: 0.6
target: other
pattern: (give|gimme|want|wanna) ~2 (blowjob|bj|handjob|blowie|rimjob|footjob|titjob)
pattern: give (me|us) head
pattern: gimme head
match: give me a blowjob
match: gimme head
note: sexual act requests

[en.harassment.sexual.fuckable]
sub: sexual
weight: 0.55
target: other
pattern: (fuckable|smashable|bangable|fuckible)
match: shes so fuckable
nomatch: is this plan doable
nomatch: breedable animals in minecraft
note: objectifying rating of a person

# ---------------------------------------------------------------------------------------------
# insult: third-person and exclamative insults ("he's a total idiot", "what a moron")
# ---------------------------------------------------------------------------------------------

[en.harassment.insult.third-person-insult]
sub: insult
weight: 0.6
also: cyberbullying.humiliation
pattern: (hes|shes|he is|she is|theyre|they are|hes just|shes just|this guy is|that guy is) (a|an|such a|such an|the biggest|a total|a complete|an absolute|a fucking) ~1 (idiot|moron|imbecile|dumbass|asshole|dickhead|douchebag|jackass|loser|bozo|prick|cunt|twat|bastard|scumbag|lowlife|joke|retard|fuckwit|dipshit|wanker|tosser|liar|hypocrite|coward|disgrace|embarrassment|scum|degenerate|dick|ass|arse|hag|pos|dumbfuck|dimwit|halfwit|nitwit|cretin|buffoon|fascist|bigot|racist|shill|grifter|crook|con artist|cuck|wanker|pedo|pedophile)
pattern: (hes|shes|he is|she is|theyre|they are|this guy is) (a|an|such a|such an|the|a total|a complete|an absolute|a fucking) ~1 (piece|waste|sack) of (shit|garbage|trash|space|oxygen)
match: he's a total idiot
match: she is such a fucking moron
match: this guy is a bozo
match: hes a piece of shit
match: he is such a dick
nomatch: he is not an idiot, he just made a mistake
nomatch: she is a friend of mine
nomatch: he's a fraud investigator at the bank
nomatch: she's the bully in mean girls and she plays it perfectly
nomatch: he's a nazi hunter in that documentary
nomatch: she's a puppet maker
note: insults about someone else; third-person context lowers them (×0.9), so 0.6 still crosses the teen threshold. "clown" is left out ("she is a clown at parties")

[en.harassment.insult.what-a-insult]
sub: insult
weight: 0.62
also: cyberbullying.humiliation
pattern: (what|such) (a|an) (fucking|absolute|total|complete|pathetic|stupid|dumb|massive|utter|little|) (idiot|moron|imbecile|dumbass|asshole|dickhead|douchebag|jackass|loser|clown|bozo|prick|cunt|twat|bastard|scumbag|lowlife|retard|fuckwit|dipshit|wanker|tosser|dumbfuck|creep|weirdo|hypocrite|liar|coward|crybaby|muppet|knobhead|traitor|fraud|grifter|bigot|racist|pervert|degenerate|sleazebag|dumbfuck|halfwit|nitwit|cretin|buffoon)
match: what a moron
match: what an absolute clown
match: such a pathetic loser
nomatch: im such an idiot lol
nomatch: what a stupid idea
nomatch: what a hack! using a muffin tin to freeze soup
note: exclamative insults; "what" reads as a question cue (×0.85), hence 0.62. First person ("im such an idiot") is discounted by the self cue. "tool" is left out (the drill kind)

# ---------------------------------------------------------------------------------------------
# insult: liars, cowards, hypocrites, jerks
# ---------------------------------------------------------------------------------------------

[en.harassment.insult.you-liar]
sub: insult
weight: 0.6
target: other
also: cyberbullying.humiliation
pattern: (you|u|ya) (fucking|lying|little|dirty|filthy|damn|absolute|pathological|compulsive|spineless|gutless|a|an|) (liar|liars|hypocrite|hypocrites|coward|cowards|fraud|frauds|traitor|snake|weasel)
pattern: (youre|ur|your) (a|an|such|the|so) ~2 (liar|hypocrite|coward|fraud|traitor|snake|weasel)
pattern: (you|u) (are|r) (a|an|such|the|literally|just|being) ~2 (liar|hypocrite|coward|fraud|traitor|snake|weasel)
match: you fucking liar
match: ur such a hypocrite
match: you are a spineless coward
match: @user you lying snake
nomatch: you are not a liar
nomatch: im such a liar lol
note: character attacks aimed at the reader

[en.harassment.insult.you-jerk]
sub: insult
weight: 0.45
target: other
also: cyberbullying.humiliation
pattern: (you|u|ya) (stupid|fucking|selfish|little|big|old|a) (jerk|jerks|fool|fools|git|sod|twit|buffoon|oaf)
pattern: (you|u|ya) (jerk|buffoon|oaf|twit)
pattern: (youre|ur|your) (a|an|such|the|so) ~2 (jerk|fool|buffoon|oaf|twit)
pattern: (you|u) (are|r) (a|an|such|the|literally|just|being) ~2 (jerk|fool|buffoon|oaf|twit)
match: you stupid fool
match: you are being such a jerk
match: ur a buffoon
nomatch: you are not a fool
nomatch: you fool me once
note: milder insults that friends also trade ("you jerk lol"); 0.45 crosses with the second-person cue but not with a hyperbole cue

[en.harassment.insult.liar]
sub: insult
weight: 0.42
pattern: (liar|liars|hypocrite|hypocrites|coward|cowards|traitor|traitors)
match: liar liar pants on fire
note: lone character words; weak alone (0.42), a second-person cue or a mention (x1.2) takes them just over the threshold, as for other lone insults aimed at someone

[en.harassment.insult.lying-noun]
sub: insult
weight: 0.65
also: cyberbullying.humiliation
pattern: (lying|lyin) (sack|piece|bitch|bastard|scumbag|asshole|cunt|snake|fuck|fucker|pos|weasel|ass|motherfucker|prick|dog|rat|traitor|coward|hypocrite|scum|sob|twat|dick|dickhead|shit)
pattern: (lying|lyin) sack of (shit|crap|garbage)
match: you lying piece of shit
match: lying sack of crap
match: that lying bastard
nomatch: lying in bed all day
note: "lying" as an attack adjective before a person noun; "lying in bed" has no such noun

# ---------------------------------------------------------------------------------------------
# insult: profane compounds aimed at a person ("stupid ass bitch", "you fucker")
# ---------------------------------------------------------------------------------------------

[en.harassment.insult.adj-ass-noun]
sub: insult
weight: 0.65
also: cyberbullying.humiliation
pattern: (dumb|stupid|ugly|fat|lazy|broke|weak|lame|punk|corny|goofy|clown|sorry|bitch|sad|pathetic|ignorant|racist|sick|nasty|lyin|lying|fake|bum|cheap|petty|soft|retarded|crusty|musty|dusty|ashy|ratchet|ghetto|hoe|thot|creepy|weird|annoying|pussy|snitch|scary|cornball|weirdo|trifling|triflin|busted|dirty|hating|jealous|simp|cuck|perverted|pedo|whiny|salty) (ass|azz|arse) (nigga|niggas|bitch|bitches|hoe|hoes|mf|mfs|fool|clown|loser|losers|motherfucker|fucker|bastard|idiot|moron|mofo|fuck|hater|haters|troll|cracker|punk|niggaz|hoe)
match: stupid ass bitch
match: you corny ass loser
match: bitch ass nigga
match: pussy ass bitch
nomatch: a big ass pizza
nomatch: this goofy ass dog keeps stealing socks
nomatch: that weird ass dude at the bus stop was actually really nice
note: "<adjective> ass <person>" is almost always an insult; size and praise words (big, bad) are left out

[en.harassment.insult.your-lazy-ass]
sub: insult
weight: 0.5
target: other
also: cyberbullying.humiliation
pattern: (your|ur|yo) (dumb|stupid|ugly|fat|lazy|broke|weak|lame|punk|sorry|bitch|sad|pathetic|retarded|ignorant|bald|crusty|musty|ashy|corny|goofy|racist|old|pussy) (ass|arse|azz)
match: shut your dumb ass up
match: nobody wants ur ugly ass here
nomatch: i hurt my ass at the gym
note: possessive profane insult; friends say "get your lazy ass over here" too, so it stays near the threshold

[en.harassment.insult.fucker]
sub: insult
weight: 0.42
also: cyberbullying.humiliation
pattern: (fucker|fuckers|fucka|fuckas|smartass|smartasses|asskisser|asskissers|asslicker|asslickers|butthole|buttholes|bootlicker|bootlickers)
pattern: (smart|kiss) (ass|arse)
match: smartass
match: look at this fucker
note: profane person nouns; lone, they stay under the threshold without a target

[en.harassment.insult.you-fucker]
sub: insult
weight: 0.7
target: other
also: cyberbullying.humiliation
pattern: (you|u|ya) (fucker|fuckers|fucka)
pattern: (you|u|ya) (stupid|dumb|little|sick|ugly|fat|dirty|filthy|lazy|worthless|useless|pathetic|absolute|crazy|weird|sad|sorry|dumbass|miserable|twisted|disgusting) (fuck|fucker|fuckers|fuckface|fuckboy)
match: you stupid fuck
match: you sick fucker
match: u fucker
nomatch: you fuck up every time lol
note: "you fuck" is left out: "you fuck up" / "you fuck around" are verbs

[en.harassment.insult.full-of-shit]
sub: insult
weight: 0.5
also: cyberbullying.humiliation
pattern: (youre|ur|you are|u r|hes|shes|he is|she is|theyre|they are) (so|just|such|) full of (shit|crap|it|bullshit|yourself|urself)
pattern: (stop|quit) (talking|spewing|spouting|chatting) (shit|crap|bullshit|out of your ass|out ur ass)
pattern: talking out (of|) (your|ur|his|her) (ass|arse)
match: you are so full of shit
match: stop talking shit
match: hes talking out of his ass
nomatch: the bin is full of crap
note: calling someone a liar or a bluffer with profanity

[en.harassment.insult.who-do-you-think-you-are]
sub: insult
weight: 0.5
target: other
also: cyberbullying.humiliation
pattern: who (the fuck|tf|the hell|the heck|) (do|d) (you|u|ya) think (you are|u are|youre|ur|you r|u r|you talking|youre talking|your talking)
match: who the fuck do you think you are
match: who do u think ur talking to
note: contempt aimed at the reader

[en.harassment.insult.you-disgust-me]
sub: insult
weight: 0.55
target: other
also: cyberbullying.humiliation
pattern: (you|u|ya) (disgust|sicken|repulse) me
pattern: (you|u|ya) (make|makes|made) me (sick|puke|vomit|wanna puke|want to puke|wanna vomit|want to vomit|cringe)
pattern: (you|u) (are|r) (a|an|such a|so|) (disgusting|revolting|nauseating|sickening) (person|human|human being|pig|creature|excuse)
match: you disgust me
match: u make me sick
nomatch: the smell makes me sick
note: revulsion aimed at the reader

[en.harassment.insult.i-hate-you]
sub: insult
weight: 0.4
target: other
also: cyberbullying.exclusion
pattern: (i|we) (fucking|really|truly|honestly|genuinely|just|all|) (hate|despise|loathe|detest) (you|u|ya|yall|your guts|ur guts)
pattern: (i|we) ~1 (hate|despise) (your|ur) (guts|face|existence|voice)
match: i fucking hate you
match: we all despise you
nomatch: i dont hate you
note: friends say "i hate you lol" as a joke; weak alone, adds up with insults

[en.harassment.insult.bunch-of-idiots]
sub: insult
weight: 0.5
also: cyberbullying.humiliation
pattern: (bunch|pack|gang|herd|load) of (fucking|stupid|dumb|brainless|braindead|absolute|pathetic|lying|) (idiots|morons|imbeciles|clowns|losers|retards|hypocrites|liars|cowards|dumbasses|assholes|cunts|twats|pricks|wankers|bozos|degenerates|lowlifes|scumbags|crybabies)
match: a bunch of idiots
match: pack of lying hypocrites
note: insults of a group of people; "bunch of clowns" at a circus is the rare benign case

[en.harassment.insult.group-are-idiots]
sub: insult
weight: 0.6
also: cyberbullying.humiliation
pattern: (liberals|libs|leftists|lefties|democrats|dems|republicans|conservatives|trumpers|maga|antifa|sjws|progressives|socialists|commies|communists|leftards|libtards|snowflakes) (are|r) ~1 (idiots|morons|imbeciles|retards|retarded|stupid|dumb|clowns|losers|hypocrites|liars|scum|trash|garbage|cowards|sheep|pathetic|disgusting|brainless|braindead|dumbasses|assholes|cunts|animals|snakes|crooks|traitors|frauds|nutjobs|lunatics|vile|deranged|mentally ill|insane|evil|worthless|terrorists|domestic terrorists|nazis|fascists|racists|bigots|thugs|pedophiles|pedos|groomers|criminals|cultists|a cult|a cancer|a disease|a joke|vermin|parasites|demonic|garbage people|trash people|scumbags|lowlifes|degenerates|clowns|commies)
pattern: (they|yall|you guys|you people|all of you|these people|those people) (are|r) (all|just|such|so|fucking|complete|total|literally|nothing but|) (idiots|morons|imbeciles|retards|clowns|losers|hypocrites|liars|scum|cowards|dumbasses|assholes|cunts|pricks|lowlifes|scumbags|degenerates|animals)
match: liberals are idiots
match: antifa are domestic terrorists
match: conservatives are fucking morons
match: you guys are all losers
match: they are nothing but liars
nomatch: liberals are not idiots
note: insults of political camps and of "they/you people"; the group cue lowers them (×0.85), so 0.6 crosses 0.5. Political groups are not protected identities, so this is insult, not identity_attack

[en.harassment.insult.political-slurs]
sub: insult
weight: 0.45
pattern: (libtard|libtards|leftard|leftards|libturd|libturds|demonrat|demonrats|democrap|democraps|dumbocrat|dumbocrats|rethuglican|rethuglicans|repuglican|repuglicans|retardican|retardicans|trumptard|trumptards|magat|magats|trumpanzee|trumpanzees|cuckservative|cuckservatives|feminazi|feminazis)
pattern: (you|u|ya|liberal|libtard|little|special|fucking|precious|leftist|triggered|such a|typical) (snowflake|snowflakes)
match: typical libtard
match: triggered snowflakes
nomatch: the snowflakes are falling
note: partisan name-calling; "snowflake" only with an insulting neighbour since it is also weather

[en.harassment.insult.you-racist]
sub: insult
weight: 0.55
target: other
pattern: (you|u|ya) (fucking|dirty|stupid|little|ignorant|disgusting|racist|a|an|) (nazi|nazis|fascist|bigot|bigots|racist|racists|pedo|pedophile|nonce|rapist|commie|kkk)
pattern: (youre|ur|your) (a|an|such|the|so) ~1 (nazi|fascist|bigot|racist|pedo|pedophile|rapist|commie)
pattern: (you|u) (are|r) (a|an|such|the|literally|just|being) ~1 (nazi|fascist|bigot|racist|pedo|pedophile|rapist|commie)
pattern: (racist|nazi|fascist|commie|bigoted) (pig|pigs|scum|bastard|bastards|asshole|assholes|cunt|prick|fuck|trash|piece)
match: you racist pig
match: ur a nazi
match: you are literally a pedophile
nomatch: you are not a racist for asking
note: accusations used as insults; the same words in discussion ("racism is bad") do not match

# ---------------------------------------------------------------------------------------------
# identity_attack: a protected group with a hostile predicate or adjective
# ---------------------------------------------------------------------------------------------

[en.harassment.identity_attack.group-are-vermin]
sub: identity_attack
weight: 0.8
target: group
also: cyberbullying.identity_attack
pattern: (muslims|moslems|jews|christians|catholics|atheists|hindus|sikhs|mormons|blacks|whites|mexicans|asians|arabs|africans|indians|pakistanis|chinese|immigrants|migrants|refugees|gays|lesbians|homosexuals|trannies|latinos|hispanics|somalis|gypsies|black people|white people|muslim people|jewish people) (are|r) (animals|terrorists|subhuman|disgusting|vermin|trash|garbage|scum|savages|filth|rats|cockroaches|parasites|pigs|dogs|idiots|stupid|dumb|retarded|morons|evil|inferior|criminals|rapists|pedophiles|pedos|thugs|lazy|dirty|filthy|monkeys|apes|an abomination|unnatural|perverts|mentally ill|a disease|a cancer|a plague|the enemy|inbred|worthless|useless|disgusting|sick)
pattern: (muslims|moslems|jews|christians|catholics|atheists|hindus|blacks|whites|mexicans|asians|arabs|immigrants|gays|homosexuals|trannies|black people|white people) are (all|just|so|fucking|literally|nothing but|basically) (animals|terrorists|subhuman|disgusting|vermin|trash|garbage|scum|savages|rats|parasites|pigs|idiots|stupid|dumb|retarded|evil|criminals|rapists|pedophiles|thugs|lazy|dirty|monkeys|inbred)
match: muslims are terrorists
match: immigrants are vermin
match: jews are evil
match: black people are lazy
match: gays are an abomination
nomatch: muslims are not terrorists
nomatch: my muslim neighbour is lovely
nomatch: black history month starts today
note: a group word alone is never a pattern; only the group plus a dehumanising or hostile predicate. A negation ("are not terrorists") is discounted by the negation cue

[en.harassment.identity_attack.adjective-group]
sub: identity_attack
weight: 0.65
target: group
also: cyberbullying.identity_attack
pattern: (dumb|stupid|fucking|fuckin|retarded|lazy|ignorant|idiot|idiotic|worthless|evil|inbred|disgusting|smelly|stinking|damn|goddamn|bloody|savage|nasty|ugly) (muslims|moslems|jews|christians|catholics|atheists|hindus|sikhs|mormons|blacks|whites|mexicans|asians|arabs|africans|pakistanis|immigrants|migrants|refugees|gays|lesbians|homosexuals|latinos|hispanics|somalis|gypsies|black people|white people|brown people|muslim people|jewish people|christian people)
pattern: (christian|muslim|jewish|catholic|atheist|hindu|mexican|arab|asian|african|immigrant|gay) (idiots|morons|scum|trash|pigs|dogs|retards|bastards|bitches|terrorists|freaks|losers|filth|vermin|rats|savages|animals|cunts|assholes|whores|sluts)
match: dumb blacks
match: stupid christians
match: fucking muslims
match: christian idiots
nomatch: stupid black cat knocked my cup over
nomatch: gay pride parade
note: hostile adjective on a plural group; singular "black"/"white" are left out because they are also colours

[en.harassment.identity_attack.muslim-terrorist]
sub: identity_attack
weight: 0.6
target: group
also: cyberbullying.identity_attack
pattern: (muslim|muslims|moslem|moslems|muzzie|arab|arabs|paki|pakis) (terrorist|terrorists|bomber|bombers|jihadi|jihadis|pedo|pedos|rapist|rapists|goatfucker|goatfuckers)
pattern: (terrorist|terrorists) (muslim|muslims|religion|prophet)
pattern: (islam|muhammad|mohammed) (is|was) (a|the) ~1 (cancer|disease|plague|cult|terrorist|pedophile|pedo|evil|virus|poison|death cult|religion of hate|religion of violence)
pattern: (muhammad|mohammed|mohammad) (the|was a|is a) (pedo|pedophile|warlord|terrorist)
match: muslim terrorists
match: islam is a cancer
match: mohammed was a pedophile
nomatch: muslim leaders condemned the attack
note: equating Muslims with terrorism or abuse; neutral news wording ("muslim leaders") does not match

[en.harassment.identity_attack.religion-is-a-joke]
sub: identity_attack
weight: 0.5
target: other
also: cyberbullying.identity_attack
pattern: (your|ur) (religion|god|prophet|allah|jesus|bible|quran|koran|torah|faith|church|mosque) (is|are) (a|an|) ~1 (joke|lie|fake|bullshit|stupid|trash|garbage|made up|fairytale|fairy tale|myth|cult|retarded|dumb|evil|pathetic)
pattern: (christianity|islam|judaism|hinduism|catholicism|mormonism) (is|are) (a|an|) (joke|cancer|disease|plague|poison|cult|evil|garbage|trash|bullshit|virus)
match: your religion is a joke
match: ur god is fake
match: islam is a cult
nomatch: your religion is interesting to learn about
note: mocking someone's faith; academic wording does not use these predicates

[en.harassment.identity_attack.get-out-of-our-country]
sub: identity_attack
weight: 0.7
also: cyberbullying.identity_attack
pattern: (get|go|fuck) (the fuck|tf|) out (of|) (my|our|this) (country|nation|town|neighborhood|neighbourhood)
pattern: (immigrants|migrants|refugees|muslims|mexicans|foreigners|illegals) (go|get|fuck) (home|out|back)
match: get the fuck out of my country
match: immigrants go home
nomatch: they get out of town every summer
note: telling someone they do not belong because of origin

[en.harassment.identity_attack.dumb-nigga]
sub: insult
weight: 0.6
also: cyberbullying.identity_attack
pattern: (dumb|stupid|ignorant|lazy|broke|ugly|fat|fake|punk|weak|lame|corny|goofy|bum|clown|bitch|sorry|ashy|musty|crusty|ghetto|trash|sucka|sucker|hoe) (nigga|niggas|niggaz|niggah)
match: dumb nigga
match: broke niggas
note: the in-group form of the slur with an insulting adjective: still an insult aimed at a person

[en.harassment.insult.you-delusional]
sub: insult
weight: 0.5
target: other
also: cyberbullying.humiliation
pattern: (youre|ur|your) (so|such|really|fucking|literally|completely|totally|clearly|obviously|just|truly|) (delusional|deranged|ignorant|evil|brainwashed|unhinged|spineless|gutless|psychotic|moronic|idiotic|despicable|contemptible|insufferable|deplorable|a disgrace|an embarrassment)
pattern: (you|u) (are|r) (so|such|really|fucking|literally|completely|totally|clearly|obviously|just|truly|) (delusional|deranged|ignorant|evil|brainwashed|unhinged|spineless|gutless|psychotic|moronic|idiotic|despicable|contemptible|insufferable|deplorable)
match: you are so delusional
match: ur clearly brainwashed
match: youre despicable
nomatch: you are not ignorant for asking
note: character adjectives aimed at the reader; "crazy", "insane" and "nuts" are left out because they are also praise ("you're insane at this game")

[en.harassment.insult.third-person-adjective]
sub: insult
weight: 0.56
also: cyberbullying.humiliation
pattern: (hes|shes|he is|she is|theyre|they are) (so|such|really|fucking|literally|completely|totally|clearly|obviously|just|truly|an absolute|a complete|a total|) (stupid|dumb|pathetic|disgusting|evil|vile|delusional|deranged|ignorant|retarded|worthless|spineless|gutless|brainless|braindead|despicable|insufferable|deplorable|moronic|idiotic|repulsive|a disgrace|an embarrassment)
match: she is so pathetic
match: hes fucking retarded
match: they are spineless
nomatch: he is not stupid
note: contempt for someone else; third-person context lowers it (×0.9) to just over the threshold. "useless" is left out: "they are useless" is said of chargers and tools

[en.harassment.insult.sick-bastard]
sub: insult
weight: 0.55
also: cyberbullying.humiliation
pattern: (sick|twisted|perverted|disgusting|vile|evil|spineless|gutless|miserable|pathetic|sad|despicable|deranged|psycho) (bastard|bastards|fuck|fucks|fucker|fuckers|freak|freaks|pervert|perverts|individual|creature|bitch|monster|scumbag|prick|cunt|loser|losers|excuse)
match: sick bastard
match: spineless prick
nomatch: a sick day off work
note: contempt adjective plus a person noun

[en.harassment.insult.scum-lone]
sub: insult
weight: 0.42
also: cyberbullying.humiliation
pattern: (scum|scummy|scumbags|sleazeball|sleazeballs|degenerates)
match: these people are scum
note: contempt nouns; weak alone, cross the threshold with a second-person cue

[en.harassment.insult.political-adjective]
sub: insult
weight: 0.45
also: cyberbullying.humiliation
pattern: (stupid|dumb|fucking|retarded|brainless|braindead|brainwashed|idiotic|lying|deranged|pathetic|ignorant|delusional|dumbass|moronic|crybaby|whiny|snowflake) (liberals|libs|leftists|lefties|democrats|dems|republicans|conservatives|trumpers|antifa|sjws|progressives|socialists|commies|liberal|leftist|democrat|republican|conservative|lib|progressive|maga)
pattern: (maga|trump|liberal|leftist|democrat|republican|conservative|lefty|lib|antifa|woke) (idiots|idiot|morons|moron|clowns|retards|retard|trash|scum|sheep|losers|snowflakes|nutjobs|lunatics|thugs|cucks|cuck|dumbasses|hypocrites|cunts|assholes|libtards|zombies|sheeple)
match: stupid liberals
match: maga morons
match: lying democrats
nomatch: liberal arts degree
note: partisan insults; a party word alone is never a pattern

[en.harassment.insult.sack-of-shit]
sub: insult
weight: 0.6
also: cyberbullying.humiliation
pattern: (sack|bag|pile|lump|bucket) of (shit|crap|dicks|trash|garbage|scum|dogshit)
pattern: (shit|turd|dirt) (for|4) (brains|brain)
pattern: (shitbag|shitbags|scumbucket|douchenozzle|turdburglar|cockwomble|shitgibbon|fucknugget|twatwaffle)
match: you sack of shit
match: shit for brains
nomatch: a bag of crisps
note: profane contempt for a person

[en.harassment.insult.is-a-liar]
sub: insult
weight: 0.55
also: cyberbullying.humiliation
pattern: (is|was|hes|shes|being) (a|an|such a|such an|the biggest|a total|a complete|an absolute|a fucking|a lying|a pathetic|a stupid|a dumb|a huge|a massive|a known) (idiot|moron|imbecile|dumbass|asshole|dickhead|douchebag|jackass|loser|prick|cunt|twat|bastard|scumbag|lowlife|retard|fuckwit|dipshit|liar|hypocrite|fraud|coward|traitor|bitch|piece of shit|sack of shit|psycho|lunatic|nutjob|crook|con man|conman|grifter|racist|bigot|pedophile|pedo)
pattern: (are|were|theyre) (a bunch of|such|all|just|bunch of|nothing but|complete|total|absolute|fucking) (idiots|morons|imbeciles|dumbasses|assholes|losers|pricks|cunts|twats|bastards|scumbags|retards|liars|hypocrites|frauds|cowards|traitors|clowns|crooks|grifters|racists|bigots)
match: the president is a liar
match: my boss is a complete idiot
match: they were a bunch of hypocrites
nomatch: she is not a liar
nomatch: lying is a bad habit
note: a name or noun phrase followed by an insult noun ("<name> is a liar"); the subject is not part of the pattern, so the context decides the target

[en.harassment.identity_attack.fuck-group]
sub: identity_attack
weight: 0.75
target: group
also: cyberbullying.identity_attack
pattern: (fuck|fuk|fck|screw|death to) (all|the|) (muslims|moslems|islam|jews|judaism|christians|christianity|catholics|hindus|atheists|blacks|whites|mexicans|asians|arabs|immigrants|migrants|refugees|gays|lesbians|homos|trannies|black people|white people|gay people|trans people|the gays)
match: fuck all muslims
match: fuck islam
match: death to the jews
nomatch: fuck this traffic
note: profanity or a death call aimed at a protected group; bare profanity without a group word is not matched

[en.harassment.identity_attack.adjective-singular]
sub: identity_attack
weight: 0.6
also: cyberbullying.identity_attack
pattern: (dumb|stupid|retarded|lazy|ignorant|idiot|worthless|inbred|disgusting|smelly|stinking|filthy|dirty|greasy) (muslim|moslem|jew|christian|catholic|atheist|hindu|mexican|arab|paki|immigrant|gay|lesbian|homo|indian|chinese|asian|african|jewish|negro|spic|beaner)
pattern: (dumb|stupid|lazy|fat|ugly|ignorant|retarded) (ass|azz) (muslim|jew|christian|mexican|arab|immigrant|gay|indian|chinese|asian|african|white|black|cracker)
match: stupid muslim
match: dumb ass mexican
nomatch: a stupid black cat
note: hostile adjective on a single person's identity; colour words are only taken in the "dumb ass" form

# ---------------------------------------------------------------------------------------------
# 2026.11.29 recall additions: teen, gamer and troll phrasings
# ---------------------------------------------------------------------------------------------

[en.harassment.threat.gonna-get-jumped]
sub: threat
weight: 0.8
target: other
pattern: (youre|ur|you|u) (gonna|going to|bout to|about to|finna|will|r gonna|are gonna|are going to) get (jumped|beat up|beaten up|smacked|slapped|punched|fucked up|your ass beat|ur ass beat|your ass kicked|ur ass kicked|your ass whooped|ur ass whooped)
pattern: (youre|ur|you|u) (gonna|going to|finna|bout to) get it (after school|tomorrow|bitch|when i see you|when i see u|when i catch you|when i catch u)
match: ur gonna get jumped
match: you're gonna get your ass beat after school
match: u finna get it after school
nomatch: you're gonna get the job for sure
nomatch: you're not gonna get jumped, relax
nomatch: you're gonna get shot if you walk there at night, be careful
note: predicted violence aimed at the reader; "get hurt", "get shot", "get beat" are left out (warnings, sports: "you're gonna get hurt on that ramp")

[en.harassment.threat.gonna-regret]
sub: threat
weight: 0.6
target: other
pattern: (youre|ur) (gonna|going to|finna|bout to) regret (this|that|it|ever|messing|talking|saying|crossing|the day|everything)
pattern: (you|u) (are|r) (gonna|going to) regret (this|that|it|ever|messing|talking|saying|crossing|the day)
match: ur gonna regret this
match: you're going to regret messing with me
nomatch: you're gonna regret not buying this game on sale
note: veiled threat; "regret not buying" does not match

[en.harassment.death_wish.hope-you-choke]
sub: death_wish
weight: 0.85
target: other
pattern: (hope|wish) (you|u|ya) (choke|drown|chokes|drowns) (on|in|to|and|bitch|loser|slowly)
pattern: (go|) choke (on|to) (it|death|your|ur) (and die|bitch|loser|own|blood|vomit|)
match: hope you choke on it
match: i hope u drown in ur own blood
nomatch: hope you dont choke in the finals
note: wish that the reader chokes or drowns; "don't choke" (fail under pressure) does not match

[en.harassment.threat.leak-your-pics]
sub: threat
weight: 0.75
target: other
pattern: (post|posting|leak|leaking|send|sending|share|sharing|spread|spreading|expose|exposing) (ur|your|her|his) (pics|pictures|photos|nudes|videos|vids|texts|dms|messages|screenshots|secrets) (everywhere|to everyone|to everybody|to the whole|to ur|to your|all over|on my story)
match: i'm posting ur pics everywhere
match: ill send your texts to everyone
nomatch: i'm sharing your photos with grandma
note: threat to spread the reader's pictures or messages; sharing with a named person does not match

[en.harassment.sexual.send-or-else]
sub: sexual
weight: 0.85
target: other
also: gender_abuse.sextortion
pattern: send ~3 (pics|pic|photos|photo|nudes|nude|noods|vids|videos|pictures) ~3 or else
pattern: (send|show) ~4 or (ill|i will|imma|ima|im gonna) (leak|post|send|expose|share|tell|spread)
match: send pics or else
match: send me a pic rn or ill leak ur texts
nomatch: send pics of the dog or i'll cry
note: coerced image requests; a playful "or i'll cry" does not match

[en.harassment.insult.youre-trash-at]
sub: insult
weight: 0.55
target: other
also: cyberbullying.humiliation
pattern: (ur|your) (trash|garbage|dogshit|dogwater|ass) (at|lol|lmao|kid|bro|dude|loser|bozo|af|noob|bruh|honestly|tbh|fr|ngl|uninstall|bitch|lil bro)
pattern: (you|u|ya) (trash|garbage|dogwater) (noob|kid|loser|bozo|player|bitch|ass)
match: ur trash lmao
match: your garbage at this game uninstall
match: u trash noob
nomatch: ur trash can is full
note: gamer "you are worthless" forms without an article; "ur trash can" (possessive) does not match

[en.harassment.insult.nobody-asked-you]
sub: insult
weight: 0.6
target: other
pattern: (nobody|noone) asked (you|u|ya|for your|for ur|bozo|loser|clown|bitch|kid|dumbass|lil bro)
pattern: no one asked (you|u|ya|for your|for ur|bozo|loser|clown|bitch|kid|dumbass|lil bro)
match: nobody asked u
match: no one asked for your opinion bozo
nomatch: nobody asked him to help
note: "nobody asked" aimed at the reader or tagged with an insult; the bare form stays weak

[en.harassment.insult.get-a-life-loser]
sub: insult
weight: 0.6
target: other
pattern: get a (life|job) (you|u|ya|) (loser|bozo|nerd|freak|virgin|weirdo|bitch|neckbeard|incel|creep|dork|fatass|loner)
pattern: (go|) touch (some|) grass (you|u|ya|) (loser|bozo|nerd|freak|virgin|weirdo|bitch|neckbeard|incel|creep|dork|fatass|loner)
match: get a life loser
match: go touch grass u virgin
nomatch: i need to get a life lol
note: "get a life" tagged with an insult; bare "get a life" is also said about oneself and stays weak

[en.harassment.insult.stay-mad]
sub: insult
weight: 0.55
target: other
also: cyberbullying.humiliation
pattern: stay (mad|pressed|salty|crying|malding|seething|broke|ugly) (loser|bozo|lil bro|kid|bitch|clown|brokie|nerd|ratio|virgin|fatty|cope)
pattern: ratio (plus|and|) (l|bozo) (plus|and|) (l|bozo|cope|seethe|stay mad|nobody asked|skill issue|fell off|cry about it|dont care|ratio|)
pattern: (l|bozo) (plus|and|) ratio
match: stay mad loser
match: ratio + L + bozo
match: L + ratio
nomatch: stay mad at the refs all you want, we still won
nomatch: the aspect ratio looks wrong on my screen
note: stacked dismissals of the troll reply; each word alone is weak (see ratio, cope-seethe)

# ---------------------------------------------------------------------------------------------
# 2026.11.30 recall additions: dehumanising nouns, character attacks, third-person contempt,
# explicit threats with body parts, harm wishes, slur compounds, sexual demands
# ---------------------------------------------------------------------------------------------

[en.harassment.insult.you-vermin]
sub: insult
weight: 0.6
target: other
also: cyberbullying.humiliation
pattern: (you|u|ya) (filthy|dirty|disgusting|fucking|fuckin|stupid|greedy|lying|vile|racist|sexist|sick|worthless|pathetic|corrupt|slimy|miserable|ugly|spineless|gutless|evil|twisted|) (swine|vermin|cockroach|cockroaches|maggot|maggots|rodent|subhuman|mongrel|parasite|filth)
pattern: (you|u|ya) (filthy|disgusting|fucking|fuckin|stupid|greedy|lying|vile|racist|sexist|worthless|pathetic|corrupt|slimy|miserable|ugly|spineless|gutless|evil|twisted) (pig|pigs|rat|rats|snake|worm|leech|hyena|weasel|slug|vulture)
pattern: (you|u|ya) (filthy|disgusting|vile|rabid|twisted|evil|worthless|heartless|deranged) (animal|animals|monster|monsters|creature|dog|dogs|mutt)
match: you vermin
match: you filthy swine
match: you lying rat
match: you disgusting animal
match: get out of here you cockroach
nomatch: you dirty dog lol you won again
nomatch: you little monster, go to bed
nomatch: you leech off everyone
nomatch: i'll call you. sick dog needs the vet first
nomatch: i'll text you. dirty rat in the garage again
note: dehumanising animal and pest nouns aimed at the reader. "pig", "rat", "snake", "worm", "leech" need a hostile adjective ("you leech off", "you worm out of" are verbs); "animal", "monster", "dog" need one too because they are praise or banter bare ("you animal!", "you dirty dog")

[en.harassment.insult.youre-a-rat]
sub: insult
weight: 0.6
target: other
also: cyberbullying.humiliation
pattern: (youre|ur|your|you are|u r) (a|an|such a|such an|nothing but a|just a|a fucking|a filthy|a dirty|a disgusting|a greedy|a lying|a vile|a racist|a sick|a worthless|a pathetic|a corrupt|a slimy|an ugly|an evil|a spineless|a little) (pig|swine|rat|cockroach|vermin|parasite|leech|maggot|worm|weasel|slug|vulture|rodent|hyena|subhuman)
pattern: (youre|ur|you are|u r) (a|an|such a|such an|nothing but a|just a) (filthy|disgusting|vile|sick|rabid|twisted|evil|worthless|heartless|deranged|soulless) (animal|monster|creature|dog|mutt|beast)
match: you're a rat
match: ur nothing but a parasite
match: you are a disgusting animal
match: your a filthy pig
nomatch: you're an animal in the gym
nomatch: you're a beast at this game
nomatch: you are not a pig for eating that
note: "you are a <vermin noun>"; "animal", "monster", "beast" only with a hostile adjective (bare they are praise). cyberbullying.lex scores the appearance sense of "pig"

[en.harassment.insult.third-person-vermin]
sub: insult
weight: 0.58
also: cyberbullying.humiliation
pattern: (hes|shes|he is|she is|theyre|they are|this guy is|that guy is|he was|she was|this man is|this woman is) (a|an|such a|such an|nothing but a|just a|a total|a complete|an absolute) (swine|rat|snake|cockroach|vermin|parasite|leech|maggot|weasel|vulture|pervert|psychopath|sociopath|degenerate|groomer|pedo|pedophile|paedo|creep|sleazebag|sleazeball|narcissist|lunatic|psycho|nutjob)
pattern: (hes|shes|he is|she is|theyre|they are|this guy is|that guy is|he was|she was|this man is|this woman is) (a|an|such a|such an|nothing but a|just a) (fucking|filthy|dirty|disgusting|greedy|lying|vile|racist|sick|worthless|pathetic|corrupt|slimy|evil|spineless|sexual|fat|ugly|sexist|twisted|heartless) (pig|swine|rat|snake|cockroach|vermin|parasite|leech|maggot|weasel|slug|vulture|rodent|pervert|psychopath|sociopath|degenerate|groomer|pedo|pedophile|creep|predator|narcissist|monster|animal|thug)
match: he's a disgusting pig
match: she is a lying snake
match: this guy is a total creep
match: he is a sexual predator
match: shes a psychopath
nomatch: he's not a creep, he's shy
nomatch: she is a pig farmer
nomatch: he is a monster on defense
note: dehumanising and predatory nouns about someone else; third-person context lowers it (x0.9) to just over the threshold. "pig", "predator", "monster", "animal" only count with a hostile adjective ("a sexual predator", "a vile monster") so that pig farmers, cats and linebackers stay clean

[en.harassment.insult.you-terrible-person]
sub: insult
weight: 0.62
target: other
also: cyberbullying.humiliation
pattern: (youre|ur|your|you are|u r|you r) (a|an|such a|such an|such|one|the most) (terrible|horrible|awful|disgusting|vile|evil|nasty|pathetic|miserable|despicable|repulsive|wretched|hateful|shitty|crappy|garbage|trash|toxic|worthless|useless|rotten|twisted|horrid|abhorrent|deplorable|contemptible|loathsome|spiteful|vindictive|cruel|heartless|soulless|vicious|bad|fake|ugly) ~1 (person|human|human being|individual|man|woman|creature|specimen|soul|mother|father|parent|friend|people)
match: you are a terrible person
match: you're a horrible human being
match: ur such a disgusting human being
match: your a vile person
nomatch: you are a good person
nomatch: you're not a bad person for feeling this way
note: "you are a <bad> person"; the adjective list is closed so that praise and the support message ("you're not a bad person") do not match

[en.harassment.insult.third-person-terrible-person]
sub: insult
weight: 0.58
also: cyberbullying.humiliation
pattern: (hes|shes|he is|she is|theyre|they are|this guy is|that guy is|this man is|this woman is) (a|an|such a|such an|such|one|the most) (terrible|horrible|awful|disgusting|vile|evil|nasty|pathetic|miserable|despicable|repulsive|wretched|hateful|shitty|garbage|trash|worthless|rotten|twisted|horrid|abhorrent|deplorable|contemptible|loathsome|spiteful|vindictive|cruel|heartless|soulless|vicious) ~1 (person|human|human being|individual|man|woman|creature|specimen|soul|people)
match: she is a horrible person
match: he's a disgusting human being
match: they are such vile people
nomatch: she is a wonderful person
nomatch: he is not a terrible person
note: the same about someone else; third-person context (x0.9) leaves it just over the threshold

[en.harassment.insult.sad-little-man]
sub: insult
weight: 0.5
also: cyberbullying.humiliation
pattern: (sad|pathetic|miserable|bitter|insecure|angry|pitiful|disgusting|nasty|creepy) little (man|boy|girl|person|troll|loser|bitch|creature|prick|worm|weasel|incel|keyboard warrior)
match: you sad little man
match: what a pathetic little troll
nomatch: a tiny little dog
nomatch: our tiny little man arrived at 3am
note: belittling "<adjective> little <person>"; weak alone (0.5), aimed at the reader it crosses

[en.harassment.insult.youre-a-disgrace]
sub: insult
weight: 0.6
target: other
also: cyberbullying.humiliation
pattern: (youre|ur|your|you are|u r|you r) (a|an|the biggest|a fucking|an absolute|a complete|a total|a bloody|a walking|a living|a national|a pathetic|a sick|a sad|such a fucking|an utter|a goddamn) (embarrassment|laughingstock|laughing stock|disgrace|abomination|disappointment|failure)
pattern: (youre|ur|your|you are|u r|you r) (the biggest|a fucking|an absolute|a complete|a total|a bloody|a walking|a living|a national|a pathetic|a sick|a sad|such a fucking|an utter|a goddamn) joke
match: you're a fucking embarrassment
match: you are an absolute disgrace
match: ur a walking joke
nomatch: you are a joke teller
nomatch: you're not a failure
nomatch: you are not a joke, you matter
note: worth attacks with an intensifier; cyberbullying.lex has the plain "you're a joke". The slot after "you are" is closed so that "you're not a failure" stays clean

[en.harassment.insult.disgrace-to-humanity]
sub: insult
weight: 0.5
also: cyberbullying.humiliation
pattern: (disgrace|embarrassment|cancer|plague|disease|parasite|parasites) (to|on|upon|of|for) (humanity|the human race|mankind|society|this country|our country|the country|the nation|your country|your family|your profession|the profession|the uniform|the badge|the presidency|your party|your race|the planet|this planet|the earth|women|men|america|the world|this world|the species)
pattern: waste (of|to) (humanity|the human race|mankind|your family|the species)
match: disgrace to humanity
match: you are a cancer on society
match: he is a plague on this country
nomatch: cancer of the lung
nomatch: a waste of water
nomatch: the amount of plastic waste on the planet is staggering
nomatch: potholes are a blight on this country
note: "a disgrace to humanity" and kin; weak alone since it is said of events too, enough with a mention or a pronoun

[en.harassment.threat.fuck-you-up]
sub: threat
weight: 0.8
target: other
pattern: (i|ill|im|imma|ima|we|well|were|id) ~3 (fuck|fk|mess|rough|jack|beat|fuckin) (you|u|ya|yall|your ass|ur ass|your shit|ur shit|your face|ur face) up
match: i'll fuck you up
match: im gonna fuck your shit up
match: we will mess u up after school
nomatch: this drink will fuck you up
nomatch: that movie is gonna mess you up emotionally
note: first-person "fuck/mess/beat you up"; "this drink will fuck you up" has no first-person subject. "fuck you up" is also read by sexual.want-to-fuck-you, which this entry outranks as the threat reading

[en.harassment.threat.break-your-neck]
sub: threat
weight: 0.85
target: other
pattern: (i|ill|im|imma|ima|we|well|were|id) ~3 (break|snap|smash|shatter|bash|cave|fracture|rip|tear|cut|chop|slit|blow|knock|stomp|curbstomp|gouge|pull) (your|ur|yo) (fucking|) (neck|jaw|nose|legs|arms|face|skull|head|spine|fingers|ribs|kneecaps|knees|teeth|throat|eyes|tongue|balls|dick)
pattern: (i|ill|im|imma|ima|we|well|were|id) ~3 crack (your|ur|yo) (fucking|) (jaw|skull|head|ribs|teeth|face|kneecaps)
match: i'll break your neck
match: im gonna rip your fucking head off
match: i'll slit your throat
match: imma knock ur teeth out
nomatch: i will knock your socks off with this recipe
nomatch: i'll crack your back if you want
nomatch: dont break your neck on those stairs
nomatch: lie down and i'll crack your neck, my chiropractor says it helps
note: first-person violence on a body part; the safety warning ("don't break your neck") has no first-person subject and "back", "heart", "mind", "socks" are not in the list

[en.harassment.threat.end-your-life]
sub: threat
weight: 0.85
target: other
pattern: (i|ill|im|imma|ima|we|well|were) ~3 (end|ending|snuff) (your|ur) (fucking|miserable|pathetic|worthless|sorry|) (life|existence)
pattern: (i|ill|im|imma|ima|we|well|were) ~3 take (your|ur) (miserable|pathetic|worthless|sorry|fucking) life
match: i will end your life
match: im going to end your miserable existence
match: ill take your pathetic life
nomatch: please dont end your life, call 988
nomatch: i will take your life advice seriously
note: first-person intent to kill; "don't end your life" (support) has no first-person subject and "take your life" needs an insulting adjective so that "take your life advice" stays clean

[en.harassment.threat.find-you-and]
sub: threat
weight: 0.9
target: other
pattern: find (you|u|ya) (and|n|then|an) (kill|hurt|beat|stab|murder|shoot|rape|fuck|gut|skin|strangle|choke|slap|punch|smack|cut|torture|bury|destroy|slit|unalive|jump)
pattern: (come|coming|going|gonna come|pull up|pulling up|show up|showing up) ~2 (your|ur) (house|home|school|work|job|place|crib|address|door) ~3 (kill|hurt|beat|stab|shoot|murder|burn|rape|slap|punch|jump|fuck you up|mess you up)
match: i'm going to find you and kill you
match: we will find u and hurt you
match: im coming to your house to beat your ass
nomatch: we will find you and help you
nomatch: coming to your house to watch the game
nomatch: once the results are in we'll find you and break the news gently
note: pursuit followed by violence; "find you and help you" and friendly visits do not match

[en.harassment.threat.id-hurt-you]
sub: threat
weight: 0.65
target: other
pattern: (id|i would|i wanna|i want to|i should|i need to|im tempted to|im about to|im bout to|im finna|i swear ill|i swear i will) ~2 (punch|slap|smack|strangle|choke|stab|deck|headbutt|throttle|bitchslap|backhand|uppercut|curbstomp|shank|pummel) (you|u|ya|yo|your face|ur face)
match: i'd punch you
match: i swear ill slap you
match: i want to punch you in the face
nomatch: i want to punch the wall
nomatch: i'd drown you in kisses if you were here
nomatch: i could smack you for spoiling the finale lol
note: wish or conditional to hit the reader; "hit" and "kick" are left out ("kick you from the team"). The plain first-person forms are in hurt-you

[en.harassment.threat.wont-see-tomorrow]
sub: threat
weight: 0.7
target: other
pattern: (you|u|ya|youll|ull) (wont|will not|aint gonna|are not gonna|not gonna|arent gonna|will never|never) (see|live to see|make it to) (tomorrow|the morning|another day|next week|your next birthday|the weekend|another year)
pattern: (youre|ur|you are|u r) (gonna|going to|finna|about to|bout to) die (tonight|today|tomorrow|slowly|bitch|by my hand|by my hands|painfully|screaming)
match: you won't see tomorrow
match: ur gonna die tonight bitch
nomatch: you will see tomorrow if you wait
nomatch: you're gonna die laughing at this
nomatch: if you take the night shift you won't see daylight for weeks
note: veiled death threats; the negation is part of the phrase, and "gonna die laughing" does not match

[en.harassment.threat.make-sure-never]
sub: threat
weight: 0.75
target: other
pattern: make sure (you|u|ya) (never|cant|cannot|wont|will never|dont ever|can never) ~1 (walk|see|breathe|talk|speak|wake up|show your face|use your hands|use your legs|have kids|eat solid food) again
match: i'll make sure you never walk again
match: ill make sure u cant breathe again
nomatch: the doctor said you will never walk again but you proved him wrong
nomatch: make sure you never forget your keys again
note: maiming threats; "make sure" marks intent, so the prognosis "you will never walk again" is not a pattern

[en.harassment.threat.shame-if-something-happened]
sub: threat
weight: 0.75
target: other
pattern: (shame|pity) if (something|anything|someone|somebody|an accident) ~2 (happened|happens|were to happen|was to happen|happen) (to|) (you|u|your|ur|it)
match: would be a shame if something happened to your family
match: nice car, be a shame if anything happened to it
nomatch: it would be a shame if you missed the show
nomatch: it'd be a shame if something happened to them, back up your photos
note: the mafia-style veiled threat; "a shame if you missed the show" has no harm verb

[en.harassment.death_wish.deserve-to-be-beaten]
sub: death_wish
weight: 0.8
pattern: (you|u|ya|he|she|they|him|her|them|this guy|that guy|this bitch|that bitch|people like you|people like him|people like her|ppl like you) (deserve|deserves|ought to|oughta) (to be|to get|be|get) (punched|beaten|beat|slapped|smacked|tortured|burned|burnt|killed|murdered|shot|hanged|stabbed|lynched|beheaded|strangled|run over|curbstomped|unalived|gassed|castrated|beaten up|beat up|burned alive|skinned alive|shot dead)
pattern: (you|u|ya|he|she|this guy|that guy|people like you|people like him|ppl like you) (need|needs|should|must) (to be|to get|be|get) (tortured|killed|murdered|lynched|beheaded|strangled|unalived|gassed|castrated|burned alive|burnt alive|skinned alive|shot dead|run over|curbstomped|punched in the face)
match: you deserve to be punched
match: he deserves to get beaten
match: people like you should be gassed
match: she needs to be burned alive
nomatch: you deserve to be happy
nomatch: you dont deserve to be beaten
nomatch: they need to get beat in the playoffs
note: wish of violence in modal form; should-be-shot has "shot/hanged/stabbed". "need to get beat" (sports) is left out: the "need/should" slot only takes killing and torture words

[en.harassment.death_wish.hope-third-gets-hurt]
sub: death_wish
weight: 0.85
pattern: (hope|hoping|praying|pray|wish) (he|she|they|him|her|them|that bitch|this bitch|that bastard|that guy|this guy|that man|that woman|this clown|that clown|your family|ur family|your kids|ur kids) (gets|get|catches|catch) (cancer|aids|ebola|shot|stabbed|killed|murdered|lynched|hanged|tortured|unalived|run over|hit by a car|hit by a bus|hit by a truck|hit by a train|brain cancer|a bullet|beheaded|raped|burned alive|a painful death|a slow death)
match: i hope he gets cancer
match: praying that bitch gets hit by a bus
match: hope your family gets killed
nomatch: i hope he gets better soon
nomatch: hope she gets the part
nomatch: i hope they get beaten in the semis, go team
note: harm wish about someone else (public figures get many); hope-you-get-hurt has the second-person form

[en.harassment.death_wish.hope-you-get-unalived]
sub: death_wish
weight: 0.85
target: other
pattern: (hope|wish|pray) (you|u|ya) (get|gets|catch|got) (unalived|beaten|beat up|curbstomped|beheaded|strangled|burned alive|burnt alive|a bullet|a disease|an std|brain cancer|ran over|run over|hit by a car|hit by a truck|hit by a train|hit by a bus|raped|tortured|mauled)
pattern: (hope|wish|pray) (you|u|ya) (get|gets) (whats coming|whats coming to you|karma)
match: hope you get unalived
match: i hope u catch a bullet
match: i wish you get burned alive
nomatch: hope you get the job
nomatch: hope you get better soon
nomatch: you've worked so hard, i hope you get what you deserve
note: algospeak and extra harm words for the second-person wish; "get what you deserve" is a veiled wish, often at public figures

[en.harassment.death_wish.hope-house-burns]
sub: death_wish
weight: 0.7
pattern: (hope|wish|pray) (your|ur|his|her|their) ~1 (house|home|car|business|shop|store|restaurant|office|family) (burns|burn|catches fire|gets burned|gets torched|gets bombed|goes up in flames|burns down|burn down|gets destroyed|gets robbed|gets raided)
match: i hope your house burns down
match: hope his restaurant goes up in flames
nomatch: i hope your house sale goes well
nomatch: i hope your business blows up this year, you deserve it
note: wish of harm to someone's home or property

[en.harassment.death_wish.third-person-should-die]
sub: death_wish
weight: 0.75
pattern: (lynch|behead|decapitate|string up) (him|her|them|this guy|that guy|these people|that bitch|this bitch|the bastard)
pattern: hang (him|her|them) (publicly|in public|for treason|by the neck|from a tree|from the nearest tree)
pattern: (he|she|they|this guy|that guy) (should|needs to|need to|must|deserves to|deserve to) (hang|burn|rot|suffer|die) (for|in|slowly|painfully|already|like)
match: lynch him
match: hang them for treason
match: she should hang for this
nomatch: hang them on the wall above the couch
nomatch: hang in there
nomatch: hang them high so the cat can't reach the ornaments
nomatch: we're going to castrate him next month, the vet says it's healthier
note: calls to execute someone, often at public figures; "hang them on the wall" needs one of the listed execution words after it

[en.harassment.death_wish.deserve-the-hate]
sub: death_wish
weight: 0.55
target: other
also: cyberbullying.humiliation
pattern: (you|u|ya) (deserve|deserved|deserves) (all|every bit of|every ounce of|) (the|this|that|all the) (hate|hatred|abuse|bullying|harassment|death threats|pain|misery|suffering|torture)
pattern: (you|u|ya) (deserve|deserved) (nothing but|) (pain|misery|suffering|to be alone|to be miserable|to be bullied|to be hated)
match: you deserve all the hate you get
match: u deserve nothing but pain
nomatch: you deserve all the love in the world
nomatch: you dont deserve this pain
note: telling the reader they deserve abuse or suffering; the negated support form is discounted

[en.harassment.identity_attack.go-back-where-you-came-from]
sub: identity_attack
weight: 0.65
target: other
also: cyberbullying.identity_attack
pattern: go back (to|) where (you|u|ya|they|yall|he|she|you people) (came|come|crawled|climbed) from
pattern: (go|get|fuck off) back (to|) (your|ur) (own|) (shithole|third world|hut|cave|jungle|desert|tribe|camel|rice field|rice paddy)
match: go back to where you came from
match: go back where they crawled from
match: fuck off back to your own shithole
nomatch: go back to where you started the level
note: telling someone they do not belong because of their origin

[en.harassment.identity_attack.you-monkey]
sub: identity_attack
weight: 0.55
target: other
also: cyberbullying.identity_attack
pattern: (you|u|ya) (fucking|stupid|dumb|ugly|filthy|dirty|black|) (monkey|monkeys|ape|apes|gorilla|baboon|chimp|orangutan)
pattern: (youre|ur|you are|u r) (just a|nothing but a|a fucking|a dumb|a stupid|an ugly|a filthy|a dirty) (monkey|ape|gorilla|baboon|chimp|orangutan)
match: you monkey
nomatch: you are a monkey in the photo lol
match: shut up you dirty ape
match: ur nothing but a gorilla
nomatch: you cheeky monkey
nomatch: you little monkey, get down from there
note: ape comparisons aimed at a person, the classic anti-black dehumanisation; "cheeky" and "little" (said to children) are not in the adjective slot

[en.harassment.identity_attack.slur-compounds]
sub: identity_attack
weight: 0.85
target: group
also: cyberbullying.identity_attack
pattern: (sandnigger|sandniggers|porchmonkey|porchmonkeys|junglebunny|junglebunnies|jewboy|jewboys|wigger|wiggers|wigga|wiggas|niggerlover|niggerlovers|jewrat|jewrats|kikelover|muzrat|muzrats|mudslime|mudslimes|shitskin|shitskins|darky|negroid|negroids|zipperhead)
pattern: nigger (lover|lovers|loving)
pattern: (dirty|filthy|greedy|stinking|fucking) (jewboy|kike|hebe|heeb)
pattern: (dirty|filthy|stupid|fucking|you|u|ya|slanty|yellow) chinaman
nomatch: kuldeep bowled a beautiful chinaman to get the wicket
match: sandniggers
match: typical shitskin behaviour
match: nigger lover
note: compound and misspelt racial slurs not in the families above

[en.harassment.identity_attack.anti-lgbt-slurs]
sub: identity_attack
weight: 0.7
target: group
also: cyberbullying.identity_attack
pattern: (fudgepacker|fudgepackers|pillowbiter|pillowbiters|buttpirate|buttpirates|homofag|homofags|fagboy|fagboys|faglord|cumguzzler|cumguzzlers)
pattern: (fudge|fudgie) (packer|packers)
pattern: (pillow|pillo) (biter|biters)
pattern: butt (pirate|pirates|muncher|munchers)
pattern: (you|u|ya|dirty|filthy|disgusting|stupid|sick) (queer|queers|poof|poofs|sodomite|sodomites)
match: fudge packers
match: shut up you queer
match: filthy sodomites
nomatch: a queer studies course
nomatch: im queer and proud
note: homophobic slurs; "queer" (reclaimed) and "sodomite" (scripture) need a hostile neighbour

[en.harassment.identity_attack.lgbt-group-predicate]
sub: identity_attack
weight: 0.75
target: group
also: cyberbullying.identity_attack
pattern: (gays|homosexuals|homos|fags|faggots|lesbians|gay people|queers|dykes|gay men|bisexuals) (are|r) (all|just|so|fucking|literally|nothing but|) (groomers|degenerates|freaks|sinners|abominations|disgusting|sick|perverts|pedophiles|pedos|paedos|mentally ill|an abomination|a disease|going to hell|unnatural|vile|gross|filth|demons|satanic|evil|predators|subhuman|animals|mistakes|diseased)
pattern: (homosexuality|being gay|gayness|being a lesbian) is (a|an|) (sin|abomination|perversion|disease|mental illness|mental disorder|sickness|disorder|degeneracy|filth|disgusting|unnatural|evil)
match: gays are groomers
match: homosexuals are all going to hell
match: homosexuality is a mental illness
nomatch: gays are welcome here
nomatch: homosexuality is not a sin
nomatch: until 1973 homosexuality was a mental disorder in the dsm
note: hostile predicates on gay and lesbian people (gender identity is in gender_abuse.lex); a negation ("is not a sin") does not match the closed slot

[en.harassment.identity_attack.group-predicate-extra]
sub: identity_attack
weight: 0.75
target: group
also: cyberbullying.identity_attack
pattern: (muslims|moslems|jews|blacks|arabs|mexicans|immigrants|migrants|refugees|africans|pakistanis|indians|chinese|asians|latinos|hispanics|somalis|gypsies|black people|brown people|muslim people|jewish people|hindus|sikhs) (are|r) (all|just|so|fucking|literally|nothing but|) (thieves|invaders|leeches|barbarians|roaches|goblins|snakes|demons|devils|primitive|uncivilized|uncivilised|smelly|stinky|filthy animals|dirty animals|breeding like rats|a virus|a curse|less than human|not human|inbred|retards|stupid animals|criminals|rapists|pedophiles)
pattern: (muslims|moslems|jews|blacks|arabs|mexicans|immigrants|africans|pakistanis|somalis|black people|muslim people|jewish people) (breed|breeding) like (rats|rabbits|cockroaches|roaches|animals|vermin)
match: muslims are invaders
match: jews are all snakes
match: blacks are nothing but criminals
match: immigrants breed like rats
nomatch: muslims are welcome here
nomatch: jews are not snakes
note: dehumanising predicates not already in group-are-vermin; the identity word is never a pattern alone

[en.harassment.identity_attack.group-should-be-killed]
sub: identity_attack
weight: 0.9
target: group
also: cyberbullying.identity_attack
pattern: (gays|homosexuals|homos|fags|faggots|jews|kikes|muslims|moslems|blacks|niggers|mexicans|immigrants|migrants|refugees|arabs|pakistanis|pakis|africans|asians|chinese|indians|hindus|sikhs|christians|catholics|black people|muslim people|jewish people|gay people|gypsies) ~2 (should|must|need to|needs to|ought to|deserve to) ~1 (be|get) (killed|shot|hanged|gassed|exterminated|eradicated|wiped out|burned|burnt|sterilized|sterilised|lynched|executed|stoned|massacred|slaughtered|nuked|bombed|put in camps|put down)
pattern: (kill|shoot|gas|exterminate|eradicate|wipe out|slaughter|massacre|purge|nuke|bomb|behead|lynch) (all|every|the) (the|) (arabs|moslems|homos|faggots|migrants|refugees|africans|pakis|hindus|sikhs|christians|catholics|gypsies|black people|jewish people|gay people|muslim people|jews|muslims|blacks|gays|immigrants|mexicans)
match: muslims should all be killed
match: gays need to be exterminated
match: wipe out all the refugees
nomatch: muslims should not be killed for their faith
nomatch: jews should be safe everywhere
note: eliminationist calls against a protected group; a negation inside the gap ("should not be") is discounted by the negation cue

[en.harassment.identity_attack.disability-insult-noun]
sub: identity_attack
weight: 0.65
also: cyberbullying.identity_attack
pattern: (retarded|retarted|autistic|spastic|mongoloid|downie|sped|brain damaged|braindamaged) (fuck|fucker|fuckers|cunt|cunts|bitch|bitches|idiot|idiots|moron|morons|piece of shit|prick|twat|bastard|loser|losers|asshole|faggot|fag|clown|freak|monkey|pig|trash|garbage|cuck|retard|dumbass|shit|fucking|ass|cunt)
pattern: (you|u|ya) (fucking|stupid|little|dumb|) (spastic|spacker|spakka|mong|mongo|mongoloid)
pattern: (you|u|ya) (fucking|stupid|little|dumb) (sped|speds)
match: you retarded fuck
match: autistic piece of shit
match: shut up you mong
nomatch: my autistic son loves trains
nomatch: an autistic adult can live independently
nomatch: you sped up the video too much, slow it down
note: disability words used as an insult adjective before a profane or insulting noun; neutral uses ("autistic son") have no insulting noun after them

[en.harassment.insult.retard-misspelt]
sub: insult
weight: 0.55
also: cyberbullying.identity_attack
pattern: (retarted|retart|retarts|retardo|retardos|reetard|reetarded|retardd|rtard|rtarded|tardo|libtarded)
pattern: (you|u|ya|such a|what a|youre a|ur a|youre|ur|so) (retarted|retardo|reetard|reetarded)
match: thats so retarted
match: you retardo
note: misspellings of the ableist slur that the retard entry misses; same weight

[en.harassment.insult.fool-adjective]
sub: insult
weight: 0.45
also: cyberbullying.humiliation
pattern: (ignorant|stupid|old|senile|lying|arrogant|pompous|pathetic|damn|damned|fucking|complete|utter|absolute|total|doddering|clueless|incompetent|useless|blithering|gullible|delusional|bumbling|brainless|spineless|corrupt|crooked|racist) (fool|fools|buffoon|buffoons|oaf|oafs|simpleton|simpletons|dolt|dolts|dunce|dunces|clown|clowns|moron|morons|idiot|idiots|hack|hacks|nutcase|nutjob|nutjobs|crook|crooks)
match: ignorant fool
match: what an incompetent buffoon
match: lying crooks
nomatch: the fool on the hill
note: insulting adjective plus a fool/clown noun, often about public figures; weak alone, crosses with a mention or a second-person cue. absolute-idiot covers "absolute/total idiot"

[en.harassment.insult.you-sheep]
sub: insult
weight: 0.5
target: other
also: cyberbullying.humiliation
pattern: (you|u|ya) (brainwashed|mindless|stupid|dumb|braindead|brainless|blind|gullible|fucking|pathetic|) (sheeple|bootlicker|bootlickers|cultist|cultists|cuck|cucks)
pattern: (you|u|ya) (brainwashed|mindless|stupid|dumb|braindead|brainless|blind|gullible|fucking|pathetic) (sheep|lemming|lemmings)
pattern: (youre|ur|you are|u r) (a|such a|just a|nothing but a|a brainwashed|a mindless|a brainless|a fucking) (sheep|sheeple|lemming|bootlicker|cultist|cuck)
match: you brainwashed sheep
match: ur just a bootlicker
nomatch: have you seen the sheep
nomatch: are you sheep farming this year or just goats
note: political "sheep" taunts aimed at the reader

[en.harassment.insult.brainwashed-sheep]
sub: insult
weight: 0.4
also: cyberbullying.humiliation
pattern: (brainwashed|mindless|braindead|brainless|gullible|liberal|maga|leftist|woke|trumpist|stupid|dumb) (sheep|sheeple|lemmings|cultists|zombies|drones|bootlickers)
pattern: (sheeple|bootlicker|bootlickers)
match: mindless sheep
match: sheeple
nomatch: a flock of sheep grazing
note: political contempt for a crowd; weak alone

[en.harassment.insult.dumber-than]
sub: insult
weight: 0.45
also: cyberbullying.humiliation
pattern: (dumber|stupider|denser) than (a|an|dirt|rocks|shit|dogshit|bricks|a rock|a brick|a doorknob|a box of rocks|a bag of rocks|a bag of hammers|a sack of)
pattern: (iq|brain|brains) (of|like) (a|an) (rock|potato|brick|goldfish|peanut|toddler|houseplant|carrot|doorknob|turnip|squirrel|gnat|walnut|pea|ant|banana|sponge|fruit fly)
pattern: (room temperature|negative|single digit|double digit|two digit|2 digit|1 digit|low) iq
match: dumber than a box of rocks
match: you have the iq of a potato
match: low iq individual
nomatch: this movie is dumber than the first one
note: stupidity comparisons; weak alone ("low iq" is also a clinical phrase), stronger with a target

[en.harassment.insult.you-brain-dead]
sub: insult
weight: 0.55
target: other
also: cyberbullying.humiliation
pattern: (youre|ur|you are|u r) (so|fucking|literally|completely|totally|clearly|obviously|just|truly|) (brain dead|demented|senile|sick in the head|not right in the head|off your meds|off ur meds|a mental case|a nutcase|a head case|a headcase|a basket case|a lunatic|a nut job|a psychopath|a sociopath|a narcissist)
pattern: (you|u) (have|got|has) (no|zero|negative|half a) (brains|braincells|brain cells|common sense|self awareness|dignity|morals|soul|spine)
match: you're brain dead
match: ur clearly off your meds
match: you have no brain cells
match: you have zero self awareness
nomatch: you have no shame in asking for help
nomatch: you are not a psychopath for feeling numb
nomatch: you have no idea how much i love this
nomatch: in pinball you have no balls left and it's game over
note: mental and character attacks aimed at the reader; the slot is closed so that "you are not a psychopath" stays clean

[en.harassment.insult.third-person-senile]
sub: insult
weight: 0.56
also: cyberbullying.humiliation
pattern: (hes|shes|he is|she is|theyre|they are|this guy is) (so|clearly|obviously|completely|totally|fucking|just|) (senile|demented|unhinged|brain dead|braindead|sick in the head|off his meds|off her meds|a lunatic|a nutjob|a nutcase|a psychopath|a sociopath)
pattern: (he|she) has (no|zero) (brains|braincells|brain cells|shame|morals|dignity|spine|soul|integrity)
match: he is clearly senile
match: she is unhinged
match: he has no shame
nomatch: he has no brain injury
nomatch: he is not senile
nomatch: jellyfish are wild, they have no brains at all
note: mental and character attacks on someone else, mostly public figures; third-person context (x0.9) leaves it just over the threshold

[en.harassment.insult.go-away-insult]
sub: insult
weight: 0.6
target: other
also: cyberbullying.humiliation
pattern: (go away|get lost|piss off|fuck off|fuck outta here|get outta here|get out of here|go home|beat it|bugger off|sod off|shove off|back off|sit down|sit the fuck down|go cry|crawl back under your rock|go back under your bridge|go back to your basement|log off|shut it) (you|u|ya|) (loser|idiot|moron|creep|freak|bitch|clown|bozo|weirdo|troll|dumbass|cunt|twat|prick|asshole|pig|retard|scum|fool|imbecile|dipshit|jackass|virgin|incel|hater|hypocrite|liar|lowlife|scumbag|dickhead|wanker|tosser|bastard|muppet|fraud|coward|shill)
match: get lost loser
match: go away you creep
match: sit down clown
match: fuck off you fraud
nomatch: get lost in the music
nomatch: go away for the weekend
nomatch: time to log off bot raids are flooding chat again
nomatch: go home nerd, we won lol (love you man)
note: dismissal tagged with an insult noun; each half alone is weak

[en.harassment.insult.nothing-but-a]
sub: insult
weight: 0.6
target: other
also: cyberbullying.humiliation
pattern: (youre|ur|you are|u r|your) (nothing|nothin) but (a|an|) ~2 (idiot|moron|loser|liar|fraud|joke|clown|coward|hypocrite|bully|troll|bitch|whore|slut|cunt|prick|thug|criminal|crook|failure|disgrace|leech|parasite|pig|rat|snake|waste|burden|pest|nuisance|puppet|shill|grifter|racist|bigot|parasite|piece of shit|sack of shit|bum)
pattern: (youre|ur|you are|u r) (a|an) (nobody|nothing)
match: you are nothing but a liar
match: ur nothing but a sad little troll
match: youre a nobody
nomatch: you are nothing but kind to me
nomatch: you are a zero waste hero for bringing your own cup
note: "you're nothing but a ..." and "you're a nobody"; the "nothing but" slot only takes insulting nouns, so praise ("nothing but kind") does not match

[en.harassment.insult.nobody-cares-about-you]
sub: insult
weight: 0.55
target: other
also: cyberbullying.exclusion
pattern: (nobody|noone|no one) (gives a fuck|gives a shit|gives a damn|gives af|gaf|gives a rats ass) (about|abt|what) (you|u|ya|your|ur)
pattern: (nobody|noone|no one) (cares|cared) (what|wat) (you|u|ya) (think|say|said|thought)
pattern: (nobody|noone|no one) (cares|cared) about (your|ur) (opinion|opinions|take|takes|feelings|views|bullshit|crap|existence|sob story)
match: nobody gives a fuck about you
match: no one cares what you think
match: nobody cares about your opinion
nomatch: nobody cares what other people think, just dance
note: dismissal of the reader's voice; "what other people think" (reassurance) does not match

[en.harassment.insult.your-opinion-is-trash]
sub: insult
weight: 0.45
target: other
also: cyberbullying.humiliation
pattern: (your|ur) (opinion|opinions|argument|arguments|logic|comments|comment|existence|brain|iq|tweets|tweet|posts) (is|are|r) (so|just|fucking|literally|completely|) (trash|garbage|worthless|stupid|dumb|irrelevant|retarded|pathetic|dogshit|shit|a joke|laughable|idiotic|moronic|braindead|invalid|irrelevant|cancer)
match: your opinion is trash
match: ur existence is irrelevant
nomatch: your opinion is valid
note: contempt for the reader's views or existence; weak alone, common in arguments

[en.harassment.insult.fuck-your]
sub: insult
weight: 0.5
target: other
also: cyberbullying.humiliation
pattern: (fuck|fuk|fck|screw) (your|ur|yo) (mom|mum|mother|family|dad|father|sister|kids|wife|life|existence|feelings|opinion|opinions|god|religion|prophet|race|people|country|kind|whole family|bloodline|ancestors|dead grandma|dead mom)
pattern: (up|shove it up|stick it up) (yours|your ass|ur ass|your arse)
pattern: shove (it|that|this|your|ur) ~2 up (your|ur) (ass|arse)
match: fuck your family
match: up yours
match: shove your opinion up your ass
nomatch: fuck yeah your team won
note: directed profanity at the reader's family, beliefs or feelings; bare profanity does not match

[en.harassment.insult.profane-compounds-extra]
sub: insult
weight: 0.5
also: cyberbullying.humiliation
pattern: (numbnuts|numbnut|shitbird|shitweasel|fucktwat|cumdumpster|cumbucket|jizzbag|shitlord|fuckstick|dickbag|dickface|cuntface|twatface|assface|shitface|knobjockey|jizzstain|thundercunt|fucknut|fucknuts|fuckweasel|dickweasel|wankstain|cocknose|douchenugget|shitheel|cuntbag|dickless|fuckboi|fucktards|assmunch|asswipes|cockbag|cocksucka|dickwads)
match: shut up numbnuts
match: absolute thundercunt
note: profane compound person nouns missing from compound-profane; rarely said about anything but a person

[en.harassment.insult.you-gross]
sub: insult
weight: 0.45
target: other
also: cyberbullying.humiliation
pattern: (youre|ur|you are|u r) (so|such|really|fucking|literally|just|truly|absolutely|) (gross|revolting|sickening|nauseating|creepy|toxic|insufferable|unbearable|a creep|a pest|a nuisance|a parasite|trash human)
match: you're so creepy
match: ur insufferable
nomatch: you're not gross for asking
note: mild revulsion aimed at the reader; near the threshold alone, friends say "ew you're gross"

[en.harassment.threat.drill-slang]
sub: threat
weight: 0.7
target: other
pattern: (wet|wetting|wettin) (you|u|ya|him|her|yall) up
pattern: (air|airing|airin) (you|u|ya|him|yall) out
pattern: (slump|slumping|slumpin) (you|u|ya|him|her|yall)
pattern: put (you|u|ya|him|her) on a (shirt|tee|tshirt|rip shirt)
pattern: (catch|catching) (a|the) (fade|fades|bullet|hollow|hollowpoint)
match: we gon wet you up
match: ima air u out
match: ill put you on a shirt
match: you finna catch a fade
nomatch: wet your hair before the conditioner
note: drill and street slang for stabbing, shooting or fighting ("wet up", "air out", "put you on a shirt" = memorial t-shirt). "catch a stray" is left out: it is mostly verbal banter

[en.harassment.threat.lucky-its-the-internet]
sub: threat
weight: 0.6
target: other
pattern: (youre|ur|you are|u r|your) lucky (this is|its|this is only|were|we are|im) (the internet|behind a screen|not irl|not in person)
pattern: (youre|ur|you are|u r|your) lucky (i|im) (not there|not next to you|cant reach you|dont know where you live|not near you|cant see you|wasnt there)
pattern: (better|should) (hope|pray) (i|we) (never|dont|dont ever|do not|wont) (see|find|catch|meet|run into) (you|u|ya)
match: you're lucky this is the internet
match: ur lucky im not there
match: you better pray i never find you
nomatch: you're lucky i don't charge you for this
nomatch: you're lucky it's online, the in-person exam is way harder
note: violence withheld only by distance; the negation inside "pray i never find you" belongs to the threat

[en.harassment.sexual.dm-me-nudes]
sub: sexual
weight: 0.75
target: other
pattern: (dm|snap|text|sc|kik|message|inbox|pm) (me|us) (your|ur|some|a|) (nudes|noods|nude|tits|boobs|titties|pussy|dick|cock|nips|naked pics|naked pic|lewds|nude pics|body pics)
match: dm me your nudes
match: snap me ur tits
nomatch: dm me your address for the shipping
note: requests for sexual images by private message

[en.harassment.sexual.see-your-body]
sub: sexual
weight: 0.7
target: other
pattern: (see|feel|taste|smell|squeeze|play with|suck on|bite|motorboat|lick|fondle|grope) (your|ur|her|those|them) (tits|boobs|titties|pussy|nipples|cock|dick|booty|cooch|coochie|vag|vagina|penis|nips)
pattern: (taste|play with|suck on|bite|motorboat|lick|fondle|grope) (your|ur|her|his) (balls|breasts)
pattern: (choke|gag|bounce|get) on (my|this|his) (dick|cock|balls|nuts|penis|pp|dong)
pattern: (make|making) (you|u|ya|her) my (bitch|slave|sex slave|whore|slut|cumdump|fucktoy|toy|pet)
match: i want to see your tits
match: choke on my dick
match: ill make you my bitch
nomatch: i want to see your drawings
nomatch: once a month, feel your breasts for lumps and see a doctor
nomatch: see those balls by the net? pick them up before practice ends
note: explicit sexual remarks aimed at the reader; "ass" is left out ("see your ass in court")

[en.harassment.sexual.look-better-naked]
sub: sexual
weight: 0.6
target: other
pattern: (you|u|ya|youd|ud|youll|she|shed|her) ~2 (look|looks|be) (better|good|hotter|sexier|great) (naked|nude|without clothes|without your clothes|without ur clothes|on your knees|on ur knees|bent over|in my bed|under me)
pattern: (get|go) on (your|ur) knees (and beg|and suck|and open|and blow|and worship|bitch|slut|whore|for me|for daddy|hoe)
match: you would look better naked
match: get on your knees bitch
nomatch: get on your knees for the stretch
nomatch: gym goal: look good naked by summer
nomatch: the new quilt looks great in my bed
nomatch: get on your knees and lean back into camel pose
note: degrading sexual remarks; the stretching cue ("get on your knees for the stretch") does not match

[en.harassment.insult.you-pervert]
sub: insult
weight: 0.6
target: other
also: cyberbullying.humiliation
pattern: (you|u|ya) (sick|fucking|dirty|disgusting|old|filthy|creepy|) (pervert|perverts|groomer|groomers|predator|degenerate|degenerates)
pattern: (youre|ur|you are|u r) (a|an|such a|a fucking|a sick|a disgusting|a dirty|a filthy|a creepy|an old) (pervert|perv|groomer|predator|degenerate)
match: you sick pervert
match: you are a groomer
match: ur such a degenerate
nomatch: you are not a pervert for asking about puberty
note: sexual-deviance accusations aimed at the reader; "pedo" and "pedophile" are in you-racist

[en.harassment.insult.youre-a-tool]
sub: insult
weight: 0.45
target: other
also: cyberbullying.humiliation
pattern: (youre|ur|you are|u r) (a|such a|a complete|a total|an absolute|a fucking|a massive|a huge|such a fucking) (tool|knob|plank|melt|bellend|nonce|mug|wet wipe|clown shoe)
match: you're such a tool
match: ur a complete melt
nomatch: you are not a tool, they used you
note: mild insult nouns aimed at the reader; friends trade them, so close to the threshold

[en.harassment.insult.you-ass]
sub: insult
weight: 0.5
also: cyberbullying.humiliation
pattern: (youre|ur|you are|u r|what|such|being|hes|shes|he is|she is|stop being|dont be) (an|a|such an|a complete|a total|a fucking|an absolute|a real|a smug|an arrogant) (ass|arse|asshat|ass clown|assclown)
pattern: (you|u|ya) (stupid|dumb|fat|lazy|smug|arrogant|pompous|fucking|pretentious) (ass|arse)
match: you're an ass
match: what a smug ass
match: stop being such an ass
nomatch: a pain in the ass
nomatch: what a nice ass
note: "ass" is never an entry alone (class, assassin, "kick ass"); it needs an insulting frame before it. "what a nice ass" (sexual) is body-comments

[en.harassment.insult.spaced-compounds]
sub: insult
weight: 0.45
also: cyberbullying.humiliation
pattern: (scum bag|scum bags|low life|low lifes|dirt bag|dirt bags|douche bag|douche bags|dick head|dick heads|ass hole|ass holes|jack ass|jack asses|dumb fuck|dumb fucks|shit head|shit heads|dip shit|dip shits|mother fucker|mother fuckers|cock sucker|cock suckers|scum sucker|scum suckers|slime ball|slime balls|sleaze bag|sleaze bags|dumb shit)
match: what a scum bag
match: you low life
note: two-word spellings of the profane compound nouns, which the one-word entries miss because words match whole

[en.harassment.insult.stupid-old-man]
sub: insult
weight: 0.5
also: cyberbullying.humiliation
pattern: (stupid|dumb|ignorant|ugly|vile|disgusting|pathetic|senile|evil|nasty|lying|corrupt|bitter|miserable|creepy|dirty|sad|grumpy|racist) old (man|woman|lady|bastard|bitch|hag|fool|goat|witch|coot|git|cunt|prick|fart|geezer|creep|pervert|fuck|men|women)
match: senile old fool
match: you dirty old man
nomatch: my sweet old grandma
note: insulting adjective plus "old <person>", often aimed at public figures; weak alone

[en.harassment.insult.lying-through-teeth]
sub: insult
weight: 0.45
also: cyberbullying.humiliation
pattern: (lying|lie|lies|lied) through (his|her|your|ur|their) (teeth|ass|arse|fucking teeth)
pattern: (you|u|he|she) (lie|lies|lied) (constantly|every time|all the time|about everything|like you breathe|like he breathes|like she breathes|out of your ass|out of his ass)
pattern: (you|u|he|she) (lies|lied) again
match: she is lying through her teeth
match: you lie constantly
nomatch: the lie detector test
nomatch: then you lie again face down for the next stretch
note: liar accusations; weak alone, common in political replies

[en.harassment.insult.hope-you-get-fired]
sub: insult
weight: 0.5
target: other
also: cyberbullying.humiliation
pattern: (hope|wish|pray) (you|u|ya) (get|gets|got) (fired|arrested|jailed|deported|banned|cancelled|canceled|doxxed|doxed|sued|evicted|dumped|divorced|expelled|locked up)
pattern: (hope|wish|pray) (you|u|ya) (lose|lost) (your|ur) (job|house|home|kids|family|friends|career|wife|husband|channel)
match: i hope you get fired
match: hope u lose your job
nomatch: hope you get the promotion
nomatch: you've worked so hard, i hope you get what you deserve
note: malicious wishes short of violence aimed at the reader; "hope you get what you deserve" is also in hope-you-get-unalived at the stronger weight

# ---------------------------------------------------------------------------------------------
# 2026.11.30.2 additions (recall pass on chat, gaming, DM and comment phrasings).
# ---------------------------------------------------------------------------------------------

[en.harassment.insult.you-absolute-noun]
sub: insult
weight: 0.5
target: other
also: cyberbullying.humiliation
pattern: (you|u|ya) (absolute|total|complete|utter|fucking|fuckin|fkn|stupid|dumb|brainless|braindead|brain dead|massive|useless|worthless|pathetic|ignorant|inbred) (donkey|melt|weapon|muppet|rat|cabbage|potato|walnut|spanner|plank|tool|knob|mug|turnip|sausage|numpty|dunce|dolt|simpleton|neanderthal|caveman|troglodyte|peasant|pleb|hick|redneck|hillbilly|brainlet|manchild|degenerate|mongrel|goon|bellend|mong|crybaby|snowflake|karen|ape|dumbo|dingus|doofus|nonce|neckbeard|incel)
pattern: (you|u|ya) (inbred|hick|redneck|hillbilly|brainlet|simpleton|neanderthal|troglodyte|dolt|manchild|dumbo|doofus|dingus) (hick|redneck|hillbilly|freak|loser|idiot|moron|fuck|bastard|bitch|mutant|)
pattern: (you|u|ya) (stupid|dumb|filthy|dirty|useless|pathetic|lying|sneaky|greedy|ugly|fat|worthless|disgusting|slimy) little (rat|worm|shit|pig|maggot|weasel|snake|cockroach|roach|goblin|gremlin|toad|troll|cunt|prick|twat|bitch|freak|creep|loser|runt|brat)
match: you absolute donkey
match: you absolute melt
match: you inbred hick
match: you stupid little rat
match: u fkn muppet
match: you brain dead muppet
nomatch: you absolute legend
nomatch: the stupid little rat ate my cheese
nomatch: you little angel
note: "you" + contempt adjective + noun that is an insult in chat (UK and gaming slang included); each word alone is harmless ("potato", "tool", "rat"), only the vocative shape with a contempt adjective is abuse

[en.harassment.insult.youre-a-slang-noun]
sub: insult
weight: 0.5
target: other
also: cyberbullying.humiliation
pattern: (youre|ur|your|you are|u r|you r) (a|an|such a|such an|just a|nothing but a|the biggest|a complete|a total|an absolute|a fucking|a fkn|a massive|a literal) (brainlet|simpleton|neanderthal|troglodyte|dolt|hick|redneck|hillbilly|donkey|muppet|melt|manchild|crybaby|dumbo|doofus|dingus|inbred|mongrel|mong|degenerate|pleb|peasant|clown|bozo|joke)
pattern: (youre|ur|you are|u r|you r) (a|such a|an absolute|a complete|a total|a fkn|a fking|a fckn|a fucken|a fuckn|a fuckin|a freaking|a walking|a living|a sad|a pathetic|a massive|a huge|a bloody) joke
match: ur a brainlet
match: u r a fkn joke
match: you're such a crybaby
match: your a complete muppet
nomatch: you are not a joke
nomatch: ur a legend
nomatch: you're a beast at this
note: "you're a/an" + slang insult noun missing from the other you-are entries; "your" as misspelt "you're" needs the article after it so the possessive does not match

[en.harassment.insult.you-are-genuinely-the-dumbest]
sub: insult
weight: 0.6
target: other
also: cyberbullying.humiliation
pattern: (youre|ur|you are|u r|you r) (genuinely|literally|honestly|actually|truly|easily|probably|officially|legit|lowkey|definitely|seriously|hands down|by far|so far|clearly|obviously|still|just|fr) (the|one of the) (dumbest|stupidest|ugliest|worst|weirdest|most pathetic|most annoying|most useless|most worthless|most disgusting|biggest idiot|biggest loser|biggest joke|biggest clown|dumbest fucking|stupidest fucking)
pattern: (youre|ur|you are|u r) one of the (dumbest|stupidest|ugliest|worst|weirdest|most pathetic|most annoying|most useless|most worthless|most disgusting|biggest) ~1 (person|people|human|humans|kid|kids|player|players|idiot|idiots|loser|losers|clown|clowns|morons)
pattern: (dumbest|stupidest|ugliest|most pathetic|most annoying|most useless|most worthless|most disgusting|biggest idiot|biggest loser|biggest moron|biggest clown) (person|human|human being|idiot|loser|kid|player|guy|girl|individual|moron|clown|creature|excuse for a human) (i|ive|i have|weve|i|we) (ever|) (met|seen|known|encountered|dealt with|played with|talked to|had the displeasure)
pattern: (youre|ur) the (dumbest|stupidest|ugliest|most pathetic|most annoying|most useless|most worthless|most disgusting|most insufferable|most obnoxious|most toxic|biggest|worst|creepiest|laziest|saddest|weirdest) ~3 (ive|i have|weve) (ever|) (met|seen|known|encountered|dealt with|talked to)
pattern: (you are|you r|u r|u are) the (dumbest|stupidest|ugliest|most pathetic|most annoying|most useless|most worthless|most disgusting|most insufferable|most obnoxious|most toxic|biggest|worst|creepiest|laziest|saddest|weirdest) ~3 (ive|weve) (ever|) (met|seen|known|encountered|dealt with|talked to)
match: you are genuinely the dumbest person i have ever met
match: ur literally the worst player
match: dumbest person ive ever met
match: u r the most annoying piece of shit ive ever met
nomatch: you are genuinely the best person i have ever met
nomatch: that's the dumbest thing i have ever seen
note: superlative insults with an adverb between "you are" and "the", which the older you-are-the-dumbest entry does not allow; "thing" is left out so opinions about objects stay clean

[en.harassment.insult.what-a-braindead-idiot]
sub: insult
weight: 0.6
also: cyberbullying.humiliation
pattern: (what|such) (a|an) (braindead|brainless|clueless|absolute fucking|complete fucking|total fucking|insufferable|smug|arrogant|ignorant|delusional|entitled|spineless|dense|fkn|fucken|fuckin|sad|miserable|ugly|fat|gormless|thick|inbred|retarded|mouthbreathing|useless|worthless|disgusting) (idiot|moron|imbecile|dumbass|asshole|dickhead|douchebag|jackass|loser|clown|bozo|prick|cunt|twat|bastard|scumbag|lowlife|retard|fuckwit|dipshit|wanker|tosser|dumbfuck|creep|weirdo|hypocrite|liar|coward|crybaby|muppet|knobhead|fraud|buffoon|cretin|halfwit|nitwit|dimwit|simpleton|bellend|pig|rat|snake|freak|fool|brat|karen|incel|neckbeard|virgin|manchild|troll|bitch)
pattern: (what|which) (kind|sort|type) of (idiot|moron|imbecile|dumbass|loser|clown|retard|degenerate|freak|creep|psycho|weirdo|lunatic|sicko|pervert|cretin|fucking idiot|absolute idiot|braindead|brainless|dumb fuck|dumbfuck|lowlife|scumbag|bitch|cunt|asshole|dickhead|clown) (posts|says|writes|thinks|does|would|believes|types|comments|tweets|are|is|r|even|actually|talks|acts)
match: what a braindead moron
match: what kind of idiot posts this
match: such a smug prick
nomatch: what a clever idea
nomatch: what kind of dog is that
note: "what a <adjective> <insult>" with adjectives missing from what-a-insult, and "what kind of idiot says/posts ..." rhetorical contempt

[en.harassment.insult.you-talk-like-a]
sub: insult
weight: 0.5
target: other
also: cyberbullying.humiliation
pattern: (you|u|ya) (talk|talking|sound|sounding|type|typing|write|act|acting|look|looking|think|argue|behave|smell) like (a|an|some) ~3 (idiot|moron|retard|toddler|caveman|neanderthal|clown|imbecile|dumbass|simpleton|crackhead|methhead|junkie|hobo|whore|slut|creep|pedo|pedophile|psycho|lunatic|maniac|monkey|ape|pig|donkey|dumbfuck|degenerate|virgin|incel|loser|bitch|pussy|troglodyte|goblin|serial killer|school shooter|rapist|dog|cow|whale|hippo|potato|braindead|sewer rat|rat|cockroach|homeless person|hooker|prostitute|tranny)
pattern: (you|u) (talk|type|write|sound|argue) like (you|u) (have|got|had) (brain damage|down syndrome|downs|no brain|no brains|half a brain|a brain injury|an iq of|no braincells|no brain cells)
match: you talk like a mentally deficient toddler
match: u sound like a crackhead
match: you type like you have brain damage
nomatch: you look like a princess
nomatch: you sound like a professional singer
note: "you talk/look/act like a <contempt noun>"; the contempt noun list excludes words said in affection (baby, angel, star) and the ones that are neutral (child, kid)

[en.harassment.insult.your-mom-is-a]
sub: insult
weight: 0.6
target: other
also: cyberbullying.humiliation
pattern: (your|ur|yo|youre) (mom|mum|mother|mama|momma|sister|sis|girlfriend|gf|wife|grandma|mommy|moms|mums|mamas|sisters) (is|s|was|a|is such|is just|is a|was a|) (a|an|such a|the|the biggest|a fucking|a dirty|a cheap|a filthy|) (whore|slut|hoe|thot|skank|slag|prostitute|hooker|cumdump|cumdumpster|bitch|cunt|tramp|crackhead|crackwhore)
pattern: (your|ur|yo) (mom|mum|mother|mama|momma) (sucks|sucked|blows|blew|gives) (dick|dicks|cock|cocks|head|good head)
pattern: (your|ur|yo) (mom|mum|mother|mama|momma) (should have|shouldve|should of) (swallowed|aborted|pulled out|used a condom|had an abortion)
match: your mom is a whore
match: ur mom should have swallowed you
match: yo mama a hoe
match: ur mum's a slag
nomatch: your mom is a nurse
nomatch: my mom is a hard worker
note: insults aimed at the reader through their mother or sister (the "yo mama" family, "should have swallowed you")

[en.harassment.insult.youre-a-cancer]
sub: insult
weight: 0.6
target: other
also: cyberbullying.humiliation
pattern: (youre|ur|you are|u r|you r|your) (a|the|such a|an absolute|a fucking|literal|literally) (cancer|plague|disease|virus|tumor|tumour|blight|stain|infection|parasite) (on|to|of|in|for|upon) (this|the|our|society|humanity|everyone|everybody|mankind|earth|chat|server|team|community|sub|subreddit|game|lobby|world|planet|internet|gene pool)
pattern: (youre|ur|you are|u r|you r) (literal|literally|actual|pure|fucking|fkn|straight up|absolute|such) (cancer|aids)
match: you're a cancer on this server
match: ur literal cancer
match: you are a plague to society
nomatch: your cancer is in remission
nomatch: you are a cancer survivor
nomatch: you are cancer free
note: "you are (a) cancer/plague (on this server/society)"; "your cancer" without an article (the illness) does not match

[en.harassment.insult.f-you-masked]
sub: insult
weight: 0.5
target: other
also: cyberbullying.humiliation
pattern: (f|eff|fk|fck|fuk|fuc|fuq|fuckk|fucc|fak) (you|u|yu|off|urself|yourself|yall|ur|your)
pattern: (fuck|fuk|fck|fk|fuq) (you|u|yu) (and|n|an) (your|ur|yo) (mom|mum|family|whole|friends|mother|dad|kind|people|team|bitch)
match: f*** you
match: f off
match: fuck you and your whole family
nomatch: i got an f on my test
nomatch: grade f
note: "f*** you": the normaliser folds a run of asterisks to one or two, so "f***" reads as "f" and no longer matches "fuck"; this entry catches the masked and abbreviated forms. "f you" is rare in benign text outside of reports

[en.harassment.death_wish.world-better-without-you]
sub: death_wish
weight: 0.8
target: other
also: cyberbullying.self_harm_encouragement
pattern: (world|earth|planet|everyone|everybody|society|humanity|gene pool|everyone here|we all|this server|this family) (would be|will be|is|d be|would|wud be|is gonna be|would honestly be|would genuinely be|would literally be) ~3 better ~2 without (you|u|ya|people like you|ppl like you|people like u|your kind|ur kind|you in it|u in it|scum like you|trash like you)
pattern: (world|earth|planet|gene pool|society) (needs|needs less|could do with|would be better with) (less|fewer) (people like you|ppl like you|of you|of your kind|people like u)
pattern: (nobody|no one|noone) (would|will|wud) (miss|care|notice|cry) (about|for|) (you|u|ya|) (if|when) (you|u|ya) (died|die|were gone|was gone|are gone|disappeared|killed yourself|kys|were dead|was dead|stopped breathing|never came back)
match: the world would be better without you
match: the world is better off without people like you
match: nobody would miss you if you died
match: the world would be a much better place without you
nomatch: the world would be better without war
nomatch: my life is better without you in it
nomatch: the world would be worse without you
note: death wishes phrased as the world being better off without the reader; "my life is better without you" (a breakup) does not match because "life" and "I" are not subjects here

[en.harassment.death_wish.do-everyone-a-favor]
sub: death_wish
weight: 0.85
target: other
also: cyberbullying.self_harm_encouragement
pattern: (do|doing) (everyone|us|us all|the world|humanity|society|your family|the gene pool|everybody|me) (a|) (favor|favour) (and|n|an) ~1 (die|drop dead|kys|kill yourself|kill urself|disappear|jump|off yourself|end it|stop breathing|unalive yourself|hang yourself|neck yourself|rope|delete yourself|fall off a cliff|cease to exist|go die|just die|walk into traffic)
pattern: (just|) (shut up|stfu|fuck off|piss off|go away|get lost) (and|n|an) (die|drop dead|rot|go die)
match: do everyone a favor and drop dead
match: do us all a favour and just die
match: shut up and die
nomatch: do everyone a favor and bring snacks
nomatch: do me a favor and call me back
note: "do everyone a favour and die / drop dead": a death wish dressed as a request

[en.harassment.death_wish.hope-plane-crashes]
sub: death_wish
weight: 0.75
target: other
pattern: (hope|hoping|wish|pray) (your|ur) ~1 (plane|flight|car|bus|train|ship|boat|helicopter|elevator) (crashes|crash|explodes|explode|blows up|sinks|goes down|falls|derails|burns|catches fire|breaks down on a highway)
pattern: (hope|hoping|wish|pray) (you|u|ya) (never|dont|do not) (make it home|make it back|make it out alive|come home alive|come back alive|get home alive|come out alive|survive)
pattern: (hope|hoping|wish|pray) (you|u|ya) never (recover|heal|walk again|wake up from)
match: i hope your plane crashes
match: hope you never make it home
match: i hope you never recover
nomatch: i hope your flight goes smoothly
nomatch: hope you get home safe
nomatch: hope you dont get better at chess than me
note: wishes for a crash, for the reader not to come home or not to recover

[en.harassment.threat.see-what-happens]
sub: threat
weight: 0.7
target: other
pattern: (keep talking|keep running your mouth|keep running ur mouth|run your mouth|run ur mouth|try me|say that again|say it again|say that shit again|say that to my face|say it to my face|do that again|touch me again|touch her again|touch him again|talk to her again|talk to him again|come near me|come near her|come near my|one more word|say one more word|open your mouth again|show your face|show ur face|show up here|test me|cross me) ~4 (see|find out) (what happens|what happens next|what happens to you|what ill do|what i do|what im capable of|what i will do)
pattern: (you|u) (have|got) no (idea|clue) (who|what) (youre|ur|you are|u r|your|you r) (messing|fucking|dealing|talking|playing|fuckin|effing) (with|to)
match: keep talking and see what happens to you
match: say that to my face and see what happens
match: run your mouth again and see what happens
match: you have no idea who you're messing with
nomatch: let's wait and see what happens
nomatch: try it and see what happens, the recipe is forgiving
note: veiled threats that dare the reader ("keep talking and see what happens", "say that to my face"); "try it and see what happens" (advice) is not in the list of dares

[en.harassment.threat.shut-you-up-for-good]
sub: threat
weight: 0.75
target: other
pattern: shut (you|u|ya|your mouth|ur mouth|that mouth|you up|u up|your ass) (up|) (for good|permanently|forever|once and for all|for life|myself)
pattern: (someone|somebody) (is|are|) (going to|gonna|will|needs to|should|finally gonna) (shut you up|shut u up|end you|teach you a lesson|put you in your place|put you down|put u down|make you pay|silence you|shut your mouth)
match: one day someone is going to shut you up for good
match: i'll shut you up permanently
match: somebody needs to teach you a lesson
nomatch: shut up and take my money
nomatch: someone is going to take care of you at the hospital
note: veiled threats of silencing or retribution; "hurt you", "get you" and "take care of you" are left out since they are also said as warnings or care

[en.harassment.threat.gonna-find-you]
sub: threat
weight: 0.5
target: other
pattern: (im gonna|im going to|imma|ima|ill|i will|i swear ill|were gonna|were going to|we will|well|i promise ill|im coming to|i am going to|gonna) (come and|come|eventually|one day|) find (you|u|ya)
pattern: (when|once|if|the day) (i|we) (find|catch|get) (you|u|ya) (youre|ur|you are|your|its|you will|youll|you r) (dead|done|finished|over|dead meat)
match: im gonna find you
match: i'll find you
match: when i catch you you're dead
nomatch: i found you a good dentist
nomatch: did you find your keys
note: "I'm gonna find you" alone is a threat in DMs; the benign uses continue with an object or a place ("find you a dentist", "find you at the party"), which the allowlist proposal (HN-find-you-a) cancels. Medium weight: it flags alone only when aimed at "you"

[en.harassment.threat.end-you-ext]
sub: threat
weight: 0.65
target: other
pattern: (im|i am|were|we are|im gonna|imma|ima|ill|i will|i swear ill) ~1 (going to|gonna|finna|about to|bout to|) (fucking|fkn|fuckin|literally|actually|personally|gladly|) (end|wreck|unalive|ruin) (you|u|ya|yall|your life|ur life|your whole life|ur whole life|your existence)
match: i'm going to fucking end you
match: im gonna personally ruin your life
match: imma end u
nomatch: i'm going to end the meeting early
nomatch: i'll end your subscription today
note: "I'm going to (fucking) end/destroy/ruin you (your life)"; gaming forms ("end you in smash") are cancelled by the allowlist proposal (HN-beat-you-at-game)

[en.harassment.threat.wont-see-it-coming]
sub: threat
weight: 0.4
target: other
pattern: (you|u|ya|youll|ull) (wont|will never|never|aint gonna|are not gonna|arent gonna|wont even) (see|hear) (it|me|us|them|this|what) (coming|hit you|hits you)
match: you won't see it coming
match: you'll never see me coming
nomatch: you won't believe it
nomatch: you won't see the difference
note: veiled threat "you won't see it/me coming"; weak alone (0.48 aimed at "you", below the teen flag line) because it is also said about plot twists; it adds up with any insult or threat beside it

[en.harassment.threat.watch-yourself-walking-home]
sub: threat
weight: 0.6
target: other
pattern: (watch|mind) (yourself|urself|your back|ur back|your step|ur step) (when|while|as|on) (you|u|ya|your|ur) ~1 (walk|walking|walks|go|going|leave|leaving|get|getting|drive|driving|sleep|sleeping|take|taking) (home|out|to school|to work|alone|tonight|the bus|the train|from school|from work)
pattern: (i|we|ill|well) (know|found|saw|see|seen|watched|followed) (what|which) (time|bus|route|car|way) (you|u|ya) (leave|take|get|walk|go|drive|finish|come)
pattern: (i|we|ive|weve|im|i have|we have) (followed|been following|have been following|am following|was following|been watching|have been watching|am watching) (you|u|ya) (home|to school|to work|from school|from work|to your house|to ur house)
match: better watch yourself when you walk home tonight
match: i know what time you leave work
match: i've been following you home
nomatch: watch your step when you go down the stairs
nomatch: i followed you on instagram
note: stalking-style threats: watching the reader's routine, following them home; "watch your step when you go down the stairs" has no place word from the list

[en.harassment.doxxing.heres-her-address]
sub: doxxing
weight: 0.7
target: other
pattern: (heres|here is|this is|found|dropping|posting|leaking|leaked|posted|dropped) (his|her|their|this guys|this girls|the kids) (home|real|full|irl|exact|actual|parents|moms|dads|personal) (address|addy|phone number|cell number|number|ip|location|ip address)
pattern: (his|her|their) (home address|address|addy|phone number|number|cell|location|ip|socials|school|schedule|workplace|house|car|job|route) ~4 (go visit|go visit him|go visit her|go knock|pay him a visit|pay her a visit|pay them a visit|go pay a visit|spam him|spam her|spam them|spam it|flood it|harass him|harass her|harass them|you know what to do|go get him|go get her|go get them|send him pizzas|send her pizzas|make him regret|make her regret)
pattern: (dm|pm|message|text|hit) (me|us) (up|) (for|to get) (his|her|their|this guys|this girls) ~1 (address|addy|home address|ip|dox|location|real name|school|workplace)
pattern: (post|posting|drop|dropping|share|sharing|spread|spreading|leak|leaking|put|putting) (your|ur) (number|phone number|cell|address|addy|home address|ip|location|real name|full name|personal info|info|details) (everywhere|online|all over|on every|on twitter|on reddit|on 4chan|on the internet|for everyone|in every|on my story|on tiktok|on insta|on discord)
pattern: (his|her|their) (phone number|number|cell|real name|full name) (and|n|plus) ~1 (address|addy|home address|school|workplace|job|location|parents)
match: here's her home address: 14 elm street, go say hi
match: everyone dm me for his phone number and address
match: her address is 12 main street, go visit
match: his address is up, pay him a visit
match: i'm going to post your number everywhere
match: this is his school, his schedule, go get him
nomatch: here is the address for the party
nomatch: i got her new number, she changed it
nomatch: can you send me your address for the wedding invite?
nomatch: dm me for the recipe
nomatch: dm me for her number, she's selling her bike
note: posting or offering someone's personal details to an audience, often with a call to "go say hi" or "pay a visit"; sharing an address for an invite does not name a third person's home

[en.harassment.sexual.what-are-you-wearing-underneath]
sub: sexual
weight: 0.7
target: other
pattern: what (color|colour|kind of|type of|style of|size) (panties|underwear|bra|thong|knickers|undies|lingerie|bras|thongs) (are|r|do|is) (you|u|ya|your|ur)
pattern: (are|r) (you|u|ya) (wearing|even wearing|wearin) (panties|underwear|a bra|any panties|any underwear|a thong|anything under|anything underneath|any bra)
pattern: (take|send|show) (me|us) ~2 (a pic|pics|a picture|pictures|a photo|photos) (of|in) (your|ur|you in your|u in ur) (panties|underwear|bra|thong|lingerie|bikini|undies)
match: what color panties are you wearing
match: r u wearing a bra
match: send me a pic of you in your underwear
nomatch: what color dress are you wearing
nomatch: what kind of underwear is best for running
note: questions and demands about someone's underwear, common in unwanted DMs to teens

[en.harassment.sexual.suck-me-off]
sub: sexual
weight: 0.7
target: other
pattern: (suck|blow|jerk|jack|toss) (me|him) off
pattern: (eat|lick) (me|my ass|my pussy) out
pattern: (you|u|ya) (know|) (you|u|ya) (want|wanted|like|love|liked) (it|this|my dick|my cock|daddy) (baby|babe|slut|bitch|whore|girl|sweetie|deep down)
pattern: (nice|great|sexy|hot|fat|juicy|big|phat|thicc|thick|tight) (ass|tits|rack|booty|body|butt|titties|boobs|thighs|legs) (baby|babe|girl|sweetie|sweetheart|mami|shawty|hun|honey|gorgeous|sexy|darling|cutie|mama|lady|miss)
pattern: (wanna|want to|gonna|let me|lemme|i will|ill|id|i would) (grab|squeeze|slap|smack|spank|grope|feel|lick|bite|touch) (that|dat|this) (ass|booty|butt|pussy|body|rack|titties|tits)
match: suck me off
match: you know you want it baby
match: nice ass baby
match: id grab that ass
nomatch: the vacuum sucks up dust
nomatch: nice legs on that table
note: sexual demands and catcalls aimed at a person: "suck me off", "you know you want it", "nice ass baby", "id grab that ass"

[en.harassment.identity_attack.finish-the-job]
sub: identity_attack
weight: 0.9
target: group
also: cyberbullying.identity_attack
pattern: (hitler|the nazis|nazis|he|they|adolf) (should have|shouldve|should of|shoulda|should have just|shouldve just) (finished|completed|done) (the|his|their) (job|work|task)
pattern: (finish|finishing|complete|completing) what (hitler|adolf|the nazis|the holocaust|the kkk) (started|began)
pattern: (bring|bringing) back (the|) (ovens|gas chambers|gas chamber|concentration camps|death camps|lynching|lynchings|the rope|nooses)
pattern: (send|put|throw|shove|toss|round up) (them|em|those people|these people|you people|the lot of them|you|u|yall|your kind|their kind) (all|) (in|into|to|back to) (the|) (ovens|gas chambers|gas chamber|concentration camps|death camps)
match: hitler should have finished the job
match: bring back the gas chambers
match: put them all in the ovens
nomatch: put them in the oven for 20 minutes at 180
nomatch: the gas chambers at auschwitz killed over a million people
note: genocidal references: "Hitler should have finished the job", "bring back the ovens", "put them in the gas chambers"; only the plural "ovens" is listed, so a recipe ("put them in the oven") does not match

[en.harassment.identity_attack.group-should-be-exterminated]
sub: identity_attack
weight: 0.85
target: group
also: cyberbullying.identity_attack
pattern: (cripples|retards|autistics|spastics|spazzes|mongoloids|trannies|fags|faggots|queers|dykes|jews|kikes|muslims|moslems|muzzies|blacks|niggers|immigrants|migrants|refugees|illegals|mexicans|beaners|arabs|pakis|asians|chinese|indians|gypsies|gays|homos|lesbians|africans|foreigners) ~4 (should|must|need to|needs to|ought to|deserve to|oughta) (all|just|simply|) (be|get) (put down|gassed|exterminated|eradicated|wiped out|sterilized|sterilised|euthanized|euthanised|culled|lined up and shot|shot on sight|burned alive|thrown in camps|put in camps|rounded up|put to sleep|drowned|nuked|purged|removed from society|wiped off the earth|wiped off the map)
pattern: (disabled people|the disabled|autistic people|retarded people|trans people|gay people|black people|brown people|jewish people|muslim people|the mentally ill|mentally ill people|people like you|people like u|people like them|ppl like you|ppl like u|your kind|their kind|these animals|those animals|these savages|those savages|these vermin|these people|those people|you people) ~4 (should|must|need to|needs to|ought to|deserve to) (all|just|) (be|get) (put down|gassed|exterminated|eradicated|wiped out|sterilized|sterilised|euthanized|euthanised|culled|lined up and shot|shot on sight|burned alive|put in camps|rounded up|put to sleep|purged|wiped off the earth)
pattern: (wipe|wiping|exterminate|exterminating|eradicate|eradicating|cull|culling|purge|purging|gas|gassing) (those people|these people|you people|your kind|their kind|the lot of them) (out|all|off the map|off the earth|from the earth|from this country|like the vermin|like rats|like cockroaches|)
match: disabled people are a drain and should be put down
match: these people should all be gassed
match: your kind should be exterminated
match: these people need to be wiped out
nomatch: my old dog should be put to sleep, the vet says
nomatch: the weeds need to be wiped out before spring
nomatch: cockroaches need to be exterminated
note: calls for the extermination of a group; the subject must be a group or identity noun ("your kind", "these people", "disabled people"), so pets and pests do not match

[en.harassment.identity_attack.your-kind-not-welcome]
sub: identity_attack
weight: 0.7
target: other
also: cyberbullying.identity_attack
pattern: (your kind|ur kind|their kind|you people) (isnt|is not|arent|are not|aint|not|r not|are never|will never be|is never|will never be) (welcome|wanted|allowed|accepted|tolerated)
pattern: (we|i|nobody|no one|noone) (dont|do not|doesnt|does not) (want|need|serve|accept|tolerate) (your|ur|their|you|u) (kind|lot|type|sort) (here|in this country|around here|in our country|in our town|in our neighborhood|in our neighbourhood|in this town|in our school)
pattern: (your|ur|their) kind (dont|doesnt|do not|does not) belong (here|in this country|in our country|anywhere|in our school)
match: your kind isn't welcome here
match: we don't want your kind here
match: their kind don't belong here
nomatch: your kind words meant so much
nomatch: dogs are not allowed in this store
nomatch: your type is not allowed in this function
note: "your kind is not welcome", "we don't want your kind here": exclusion of a person by the group they belong to

[en.harassment.identity_attack.breed-like-rats]
sub: identity_attack
weight: 0.7
target: group
also: cyberbullying.identity_attack
pattern: (these people|those people|you people|these animals|those animals|their kind|your kind|these savages|those savages|these vermin|they all|the lot of them|these foreigners|these immigrants|those immigrants|these migrants|these muslims|those muslims) (breed|breeding|multiply|multiplying|reproduce|reproducing|spread|spreading) like (rats|cockroaches|roaches|vermin|animals|a disease|a virus|the plague|lice|maggots|parasites)
pattern: (disabled people|the disabled|cripples|retards|autistic people|immigrants|migrants|refugees|muslims|jews|gays|trans people|trannies|black people|blacks|mexicans|arabs|foreigners|illegals|gypsies) (are|r) (a|an|just a|nothing but a|such a) (drain|burden|leech|stain|blight|infestation|invasion|waste of space|waste of oxygen|waste of money|waste of resources|waste of taxpayer money|parasite|tumor|tumour|plague|cancer|disease)
match: these people breed like cockroaches
match: disabled people are a drain on society
match: immigrants are an infestation
nomatch: rabbits breed like rabbits
nomatch: disabled people are not a burden
nomatch: mice breed like crazy
note: vermin metaphors and "a drain / burden / infestation" said of an identity group; the group must be named or pointed at ("these people"), so talk about pests does not match

[en.harassment.threat.say-it-to-my-face]
sub: threat
weight: 0.4
target: other
pattern: (say|tell|repeat) (that|it|this|that shit|that again|it again|this again|that to me) to my face
pattern: (come|say it|talk) (to my face|say it to my face|and say it irl)
match: say that to my face
match: say it to my face coward
nomatch: he would never say that to my face
nomatch: she said it to my face
note: a dare to fight; weak alone (0.48 aimed at "you", below the teen flag line), it adds up with an insult or a threat beside it

[en.harassment.threat.bullet-in-you]
sub: threat
weight: 0.85
target: other
pattern: (put|pump|empty|unload|send|lodge) (a|one|some|ten|two|three|six|every|my|the whole|a few|this) ~1 (bullet|bullets|round|rounds|clip|mag|magazine|lead|slug|slugs|shells) (in|into|through) (you|u|ya|your|ur|yo|yall)
pattern: (break|snap|shatter|crush|smash) every (bone|single bone|last bone) in (your|ur|yo) (body|face|hand|hands)
pattern: (i|ill|we|well|imma|ima|gonna|im gonna|i will|were gonna) ~2 (find|visit|go after|come for|come after|hunt down|target) (your|ur) (family|mom|mum|kids|children|sister|little sister|brother|little brother|parents|wife|dad|grandma|girlfriend|gf|whole family)
match: i'll put a bullet in you
match: i'll break every bone in your body
match: i will find your family
nomatch: put a bullet point in your essay
nomatch: did you find your mom at the mall
note: explicit threats of shooting or beating, and threats aimed at the reader's family

[en.harassment.insult.youre-adverb-pathetic]
sub: insult
weight: 0.55
target: other
also: cyberbullying.humiliation
pattern: (youre|ur|you are|u r|you r|u are|your) (so|such|literally|actually|genuinely|honestly|really|fucking|fkn|fuckin|just|truly|completely|totally|absolutely|lowkey|highkey|deadass|fr|kinda|beyond|too|still|always|the most|sooo|soo|rly|legit|straight up|mad|hella|simply|clearly|obviously|pure) (so|such|fucking|fkn|fuckin|really|truly|completely|totally|absolutely|beyond|too|fr|) (fucking|fkn|fuckin|damn|goddamn|) (pathetic|worthless|useless|disgusting|stupid|dumb|gross|repulsive|vile|braindead|brainless|retarded|irrelevant|insufferable|unlovable|revolting|talentless|spineless|delusional|unbearable|trash|garbage|dogshit|subhuman|pitiful|a loser|a joke|a waste|a failure|a disgrace|an idiot|a moron|a clown|a bitch|a cunt|an embarrassment)
match: ur actually so pathetic lmao
match: you're honestly so fucking useless
match: you are literally such a loser
nomatch: you're actually so talented
nomatch: you're not pathetic at all
note: "you're" + one or two adverbs + contempt word; the older entries allow only one adverb from a shorter list. The adverb slots are closed lists (no free gap), so "your dog is pathetic" (possessive) does not match, and "you're not pathetic" does not match either

[en.harassment.threat.snitches-get-stitches]
sub: threat
weight: 0.55
target: other
pattern: snitches get (stitches|ditches|shot|killed|dealt with|found)
pattern: (you|u|ya|yall|people) (know|remember) what happens to (snitches|rats|people who talk|people who snitch)
match: snitches get stitches, remember that
match: you know what happens to snitches
nomatch: he's a snitch
note: intimidation of witnesses and "snitches"; the saying is also quoted as a joke, so it weighs moderately

[en.harassment.sexual.daddys-lap]
sub: sexual
weight: 0.65
target: other
pattern: (sit|ride|bounce|come sit|get) on (daddys|daddy|papas|zaddys|my big|this big) (lap|face|dick|cock|pp|meat|knee)
pattern: (your|ur) (body|bod|figure|curves) (is|looks|look|so|got) (so|really|damn|fucking|fkn|mad|) (hot|sexy|fine|thicc|thick|tight|fuckable|bangable|juicy|delicious|tasty)
pattern: (i|) (wanna|want to|wan|would love to|need to|gonna) (touch|feel|grab|squeeze|lick|taste|bite|rub) (it|that|your body|ur body|you all over|u all over|you everywhere|your curves|those curves|your thighs|ur thighs) (so bad|so badly|rn|right now|tonight|baby|babe)
match: come sit on daddy's lap
match: ur body is so hot i wanna touch it
match: i wanna touch you all over baby
nomatch: sit on the lap of luxury
nomatch: your body is so strong after all that training
note: sexual remarks and demands aimed at someone ("daddy's lap", comments on their body, wanting to touch them)

[en.harassment.identity_attack.belong-in-a-cage]
sub: identity_attack
weight: 0.7
target: other
also: cyberbullying.identity_attack
pattern: (like you|like u|you people|your kind|ur kind|their kind|you|u|ya|yall|them|those people|these people) (belong|belongs|should be|need to be|needs to be|deserve to be) (in a cage|in cages|in a zoo|in the zoo|in the jungle|back in the jungle|in the trees|back in the trees|on a leash|on a plantation|in chains|back in chains|in the fields|picking cotton|in an oven|in the ovens)
match: niggas like you belong in a cage
match: you people belong in a zoo
match: your kind should be back in chains
nomatch: animals belong in the wild, not in a zoo
nomatch: these birds belong in a cage at night
note: dehumanising placement of a person or group in a cage, zoo, jungle, chains or plantation; the subject must be a person ("you", "your kind", "these people"), not an animal

[en.harassment.insult.imagine-being-this]
sub: insult
weight: 0.5
also: cyberbullying.humiliation
pattern: imagine being (this|so|that|such a|this much of a|this big of a|as|such) (much|big|) (of|) (a|an|) (failure|loser|ugly|stupid|pathetic|dumb|fat|retarded|braindead|brainless|broke|irrelevant|worthless|useless|desperate|cringe|lonely|unfunny|bald|short|friendless|unlovable|clueless|bad|trash|garbage|insecure|mid|a loser|a failure|a joke|a virgin|an incel)
match: imagine being this much of a failure lmaooo
match: imagine being so ugly
match: imagine being this pathetic
nomatch: imagine being so talented
nomatch: imagine being this happy
note: mocking "imagine being this pathetic/ugly/broke"; the contempt word is a closed list so "imagine being so talented" stays clean

[en.harassment.death_wish.cant-wait-till-youre-dead]
sub: death_wish
weight: 0.8
target: other
pattern: (cant|cannot|cant fucking) wait (till|until|til|for|for the day|for the day when|to see) (youre|ur|you are|you r|u r|you|u) (dead|six feet under|in the ground|in a coffin|in your grave|in ur grave|buried|gone for good|rotting|die|croak|finally die|drop dead|in hell)
pattern: (the day|when|once) (you|u|ya) (finally|) (die|dies|croak|drop dead|kick the bucket|are dead|r dead) ~3 (party|celebrate|celebrating|throw a party|throwing a party|dance|dancing|champagne|pop bottles|popping bottles|happiest day)
match: can't wait till you're six feet under
match: the day you die i'm throwing a party
nomatch: i can't wait till you're back home
nomatch: when you die, your will decides who gets the house
note: looking forward to the reader's death

[en.harassment.death_wish.hope-someone-beats-you]
sub: death_wish
weight: 0.8
target: other
pattern: (hope|wish|pray|hoping|praying) (someone|somebody|sb|they|he|she|karma|a truck|a bus|a car|life) ~1 (beats|beat|kicks|knocks|smacks|slaps|punches) the (shit|crap|hell|living daylights|life|fuck|piss) out of (you|u|ya)
pattern: (hope|wish|pray|hoping|praying) (someone|somebody|sb) (beats|beat|jumps|jump|punches|punch|slaps|slap|rapes|rape|kidnaps|kidnap|tortures|torture|hits|hit|breaks|break|runs over|run over|curbstomps|mugs|robs) (you|u|ya|your|ur)
match: i hope someone beats the crap out of you
match: hope somebody jumps you
nomatch: i hope someone beats my high score
nomatch: hope someone hits me up later
note: wishing violence on the reader through someone else

[en.harassment.threat.slit-your-throat]
sub: threat
weight: 0.85
target: other
pattern: (slash|slit|slice) ~4 (your|ur|yo) (throat|neck|face|wrists|jugular)
pattern: (i|ill|im|imma|ima|we|well|were|gonna|im gonna|i will) ~2 (slash|key|smash|trash|bust|egg|torch) (your|ur|yo) (tires|tyres|car|windows|windshield|house|mailbox)
match: i'll slash your tires and then your throat
match: imma slit ur throat
match: ill key your car
nomatch: slash your grocery bill with these coupons
nomatch: i'll wash your car tomorrow
note: knife threats and property-damage threats ("slash your tires", "key your car")

[en.harassment.threat.know-where-you-go-to-school]
sub: threat
weight: 0.7
target: other
pattern: (i|we|ik|i already|we already) (know|knw|found out|found) where (you|u|ya|your|ur) (go to school|hang out|park|walk your dog|kids go|kid goes|kids go to school|family lives|parents live|little sister lives|little brother lives)
pattern: (dont|better not|wouldnt|shouldnt) (walk|go|drive|come) (home|out|outside|back) alone ~3 (just saying|if i were you|youve been warned|ur been warned|or else|tonight bitch|i know where you live|thats all im saying)
match: i know where u go to school, see u tomorrow
match: don't walk home alone tonight, just saying
nomatch: don't walk home alone tonight, it's not safe, text me when you get there
nomatch: i know where you can get good pizza
note: stalking-style intimidation (knowing the reader's school or routine, "don't walk home alone, just saying"); the caring warning has no menacing tail

[en.harassment.threat.whats-coming-to-you]
sub: threat
weight: 0.65
target: other
pattern: (youre|ur|you are|u r|you|u|youll|ull) (gonna|going to|will|finna|bout to|about to|) get (whats|what is|what) coming (to you|to u|for you|to ya|)
pattern: (youll|you will|youre gonna|ur gonna|you gonna|u gonna|youre going to|you are going to) (end up|wind up) (in a ditch|in a body bag|in a bodybag|six feet under|at the bottom of a lake|at the bottom of the river|floating in the river|in a shallow grave|in pieces|missing)
pattern: (you|u) (and|n) (your|ur) (family|whole family|kids|mom|mum|friends|little sister|parents) (are|r|is|will be|gonna be|are gonna be) (dead|next|finished|so dead|dead meat|done for)
match: you're gonna get what's coming to you
match: keep running your mouth and you'll end up in a ditch
match: you and your family are dead
nomatch: you're gonna get what you ordered
nomatch: you and your family are invited
note: veiled and explicit threats: "you'll get what's coming", "you'll end up in a ditch", "you and your family are dead"

[en.harassment.sexual.bra-size]
sub: sexual
weight: 0.55
target: other
pattern: (whats|what is|what|how big|hows) (your|ur|is your|is ur) (bra size|cup size|bust|bust size|dick size|cock size|body count|boob size|tit size)
pattern: (pay|buy|give|venmo|cashapp) (you|u|ya) ~3 (for|4) (nudes|noods|nude pics|naked pics|lewds|spicy pics|pics of your body|pics of ur body|feet pics|pics of you|pictures of you|a video of you|a vid of you|your nudes|ur nudes)
pattern: (youre|ur|you are|shes|she is|u r) (just|only|nothing but|nothin but) (a|an|my) (hole|holes|cumdump|cumdumpster|fleshlight|sex toy|sex object|piece of meat|set of holes|warm hole|fucktoy|cum rag|sex doll)
pattern: (sexy|hot|fine|thicc|juicy|tight) (lil|little) (thing|mama|bitch|slut|ass|hoe|body|piece|whore|booty|shawty)
match: what's your bra size sweetie
match: i'll pay you for nudes, you're 14 right?
match: you're just a hole to use
match: sexy lil thing come here
nomatch: what's your shoe size
nomatch: i'll pay you for the pics from the wedding
note: sexual questions about someone's body, offers to buy nude images, and objectifying remarks aimed at a person

[en.harassment.threat.rape-you]
sub: threat
weight: 0.9
target: other
also: gender_abuse.sexual_violence
pattern: (i|ill|id|i would|imma|ima|gonna|wanna|want to|could|will|im gonna|im going to|we|well|were gonna|i should|ill fucking) ~2 (rape|molest|gangrape|gang rape|sexually assault|grape) (you|u|ya|yall|her|ur|your|this)
match: ur so hot i'd rape u
match: i'm going to rape you
match: we will gang rape you
nomatch: i would never rape you, that is disgusting
nomatch: how to report a rape
note: rape threats aimed at the reader or a named third person; "grape" is the algospeak spelling; negation skipped by the gap ("i would never rape you") discounts it

[en.harassment.identity_attack.you-illegal]
sub: identity_attack
weight: 0.55
target: other
also: cyberbullying.identity_attack
pattern: (you|u|ya) (dirty|filthy|fucking|stupid|lazy|smelly|) (illegal|illegal alien|illegal immigrant|alien|anchor baby|border hopper|wetback|beaner|foreigner|immigrant|refugee|migrant) (go home|go back|get out|bitch|scum|trash|rat|leech|parasite|)
match: go back to mexico you illegal
match: you filthy foreigner
nomatch: are you an immigrant? me too
nomatch: you illegally parked
note: calling the reader "illegal", "alien", "foreigner" as an insult, usually with "go back"; "are you an immigrant" (article) does not match

[en.harassment.identity_attack.genetically-inferior]
sub: identity_attack
weight: 0.8
target: group
also: cyberbullying.identity_attack
pattern: (blacks|black people|whites|white people|jews|jewish people|muslims|arabs|mexicans|asians|africans|indians|immigrants|latinos|hispanics|women|gays|gay people|trans people|disabled people|autistic people|they|those people|these people|their race|your race|your kind|their kind) (are|r|is) (genetically|racially|biologically|naturally|inherently|intellectually|mentally|evolutionarily) (inferior|subhuman|stupid|violent|criminal|lesser|primitive|dumber|less intelligent|less evolved|defective|retarded|savage|animals)
pattern: (theyre|they are|those people are|these people are|you people are) (just|nothing but|literally|all|) (filthy|dirty|disgusting|stinking|worthless|fucking|disease ridden|) (vermin|cockroaches|subhuman|parasites|rats|roaches|an infestation|a plague|a disease)
match: blacks are genetically inferior
match: those people are vermin
match: those people are filthy cockroaches
nomatch: cats are naturally curious
nomatch: they are just kids
note: biological-inferiority claims about a group, and "they're vermin / parasites / subhuman" (the strong dehumanising nouns)

[en.harassment.identity_attack.not-even-human]
sub: identity_attack
weight: 0.45
target: group
also: cyberbullying.identity_attack
pattern: (theyre|they are|those people are|these people are|youre|you are|you people are|your kind is|their kind is) not (even|) (human|humans|people|a human|a person|real people)
pattern: (theyre|they are|those people are|these people are|you people are) (just|nothing but|literally|all|) (savages|apes|monkeys|animals|beasts|barbarians)
match: they're not even human, they're animals
match: they are animals
nomatch: they are humans too
note: weak dehumanisation signals: "they're not even human", "they're animals" are also said of robots in a film, of athletes or of criminals, so each is weak alone (0.45) and two together flag

[en.harassment.threat.if-i-see-you-again]
sub: threat
weight: 0.7
target: other
pattern: (if|when|next time|the next time|once) (i|we|my boys) (see|catch|find|spot) (you|u|ya) ~4 (youre|ur|you are|u r|you|u|its|youll|you will) (dead|done|finished|so dead|dead meat|getting stomped|getting jumped|getting beat|getting beat up|getting hurt|gonna get hurt|getting it|gonna get it|gonna regret|getting smacked|getting slapped|getting punched|getting rocked|getting stabbed|getting shot|in trouble|over|catching hands|catching these hands)
pattern: (youre|ur|you are|u r) (getting|gonna get|going to get|bout to get|finna get|about to get) (jumped|stabbed|shot|merked|slumped|popped|wet up|beat up|your ass beat|ur ass beat|stomped out|curbstomped|pressed|hurt bad|fucked up|fucked up bad|your shit rocked|ur shit rocked)
match: i swear to god if i see you at the mall again ur getting stomped
match: you're getting jumped after school
match: next time i see you you're dead
nomatch: if i see you at the mall again i'll buy you a coffee
nomatch: you're getting stomped in ranked lol
note: conditional threats ("if I see you again you're dead / getting stomped") and "you're getting jumped/stabbed"; gaming "stomped" without "if I see you" does not match

[en.harassment.threat.coming-for-you-tonight]
sub: threat
weight: 0.6
target: other
pattern: (coming|comin|cumin) (for|after|to get) (you|u|ya|yall) (bitch|irl|after school|and your|and ur|when you least|when u least|in your sleep|in ur sleep|hoe|pussy|soon bitch|tonight bitch)
pattern: (you|u|ya) (better|should|gotta) (run|hide|pray|watch out|start running|lock your doors|lock ur doors) (knife|gun|skull|coffin|bitch|now|fast|while you can|while u can|and hide|for your life|for ur life|before i|before we)
pattern: (knife|gun) (knife|gun|skull|coffin|blood) ~3 (you|u|ya|your|ur|yall)
match: 🔪🔪 coming for u tonight
match: you better run 🔫
match: you better run while you can
nomatch: you better run if you want to catch the bus
nomatch: the storm is coming for the coast tonight
note: threats without a subject ("coming for u tonight") and weapon emoji pairs aimed at the reader; the emoji become words (knife, gun, skull, coffin) in the normaliser

[en.harassment.insult.shut-up-noun]
sub: insult
weight: 0.6
target: other
also: cyberbullying.humiliation
pattern: (shut up|shutup|stfu|shut it|shut ur mouth|shut your mouth|quiet|be quiet|zip it) (you|u|ya|) (loser|idiot|moron|creep|freak|bitch|clown|bozo|weirdo|troll|dumbass|cunt|twat|prick|asshole|pig|retard|scum|fool|imbecile|dipshit|jackass|virgin|incel|hater|hypocrite|liar|lowlife|scumbag|dickhead|wanker|tosser|bastard|muppet|fraud|coward|boomer|karen|simp|cuck|fag|faggot|slut|whore|hoe|nerd|fatass|fatty|ugly|dork|peasant|pleb|noob|npc|bot|kid|child|brat|snowflake|nonce|pedo)
match: shut up incel
match: stfu loser
match: shut up you fatass
nomatch: shut up and dance with me
nomatch: shut up and take my money
note: "shut up" + insult noun; "shut up" alone is weak (shut-up, 0.25)

[en.harassment.insult.waste-of-a-human]
sub: insult
weight: 0.6
target: other
also: cyberbullying.humiliation
pattern: (youre|ur|you are|u r|your|such a|what a|hes|shes|he is|she is|just a|nothing but a) (a|) (complete|total|absolute|fucking|pathetic|) waste of (a human|a human being|a person|a life|life|a body|a womb|an existence|sperm|oxygen|air|good air|a soul|a perfectly good|a birth|a uterus|a seat|a man|a woman|a mother|a father|breath|time and space)
match: you're a waste of a human being
match: what a waste of sperm
nomatch: what a waste of time
nomatch: that movie was a waste of money
note: "you're a waste of a human being / of a life"; "a waste of time/money" about things stays clean

[en.harassment.threat.send-pics-to-your-school]
sub: threat
weight: 0.7
target: other
also: gender_abuse.sextortion
pattern: (send|post|show|leak|share|spread|forward|airdrop) (these|those|the|this|that|ur|your|her|his) (pics|pictures|photos|nudes|videos|vids|screenshots|texts|messages|dms|video|pic|photo|screenshot|chats) (to|with|around) (your|ur|his|her) (whole|entire|) (school|class|grade|church|boyfriend|girlfriend|bf|gf|school gc|crush)
pattern: (send|post|show|leak|share|spread|forward) (these|those|ur|your|her|his|the) (nudes|nude|naked pics|screenshots|texts|messages|dms|chats|video|vids) (to|with) (your|ur|his|her) (mom|mum|dad|parents|family|grandma|pastor|teachers|principal|wife|husband)
match: i'll send these pics to your whole school
match: i'll send your nudes to your parents
match: imma post the screenshots to your school gc
nomatch: i'll send these pics to your mom, she'll love them
nomatch: share this photo with your friends
nomatch: screenshot this and send it to your group chat
note: threats to expose images or messages to the reader's school, partner or family (sextortion and humiliation); holiday photos sent to "your mom" are not in the family form, which needs nudes, screenshots or messages

[en.harassment.sexual.suck-my-d]
sub: sexual
weight: 0.65
target: other
pattern: (suck|lick|ride|blow|gobble|slob on) (my|this|on my) (d|pp|peen|peepee|wiener|weiner|johnson|eggplant|knob|schlong|ding dong|nuts|dih|deez)
pattern: (sit|ride|suck|choke|bounce|gag) ~3 eggplant
pattern: (send|dm|snap|show) (me|us|) (noodz|nudez|nudz|nuds|newds|nooods|noodes|nudies|n00ds)
pattern: (let me|lemme|i wanna|i want to|wanna|can i) (touch|feel|finger|grope|rub|squeeze|lick|fondle) (you|u|ya|yu) (all over|everywhere|down there|baby|babe|sexy|there|rn|tonight|)
pattern: (id|i would|ill|imma|ima|i will|i wanna|wanna|gonna|i could) (fuck|bang|bone|smash|rail|pipe|plow|pound) (your|ur|yo) (mom|mum|mother|sister|sis|gf|girlfriend|mama|momma|wife|grandma)
match: suck my d
match: sit on it baby 🍆
match: send n00dz
match: come over here and let me touch u
match: i'd smash ur mom
nomatch: let me touch up your photo
nomatch: send noodles pls i'm hungry
nomatch: lick this sausage roll recipe
note: sexual demands in slang and masked spellings; "let me touch you" (end of message or with "all over") is unwanted touching, "let me touch up the photo" does not match

[en.harassment.threat.capable-of]
sub: threat
weight: 0.4
target: other
pattern: (you|u) (have|got) no (idea|clue) what (im|i am|were|we are|ill|i will|i would|id) (capable of|do to you|do to u)
pattern: (dont|do not|never) (test|underestimate|push) me ~2 (youll|you will|ull|or|i will|ill|im|i swear)
match: you have no idea what im capable of
match: don't test me or you'll regret it
nomatch: you have no idea what you're capable of, believe in yourself
note: veiled menace, weak alone (also said as a joke about coffee or cooking); it adds up with any threat or insult beside it

[en.harassment.insult.youre-a-adjective-noun]
sub: insult
weight: 0.6
target: other
also: cyberbullying.humiliation
pattern: (youre|ur|you are|u r|your|you r) (a|an|such a|such an|just a|nothing but a|one) (braindead|brain dead|brainless|useless|worthless|pathetic|dumb|stupid|fucking|fkn|fuckin|filthy|dirty|disgusting|ugly|fat|lazy|sad|miserable|smelly|greasy|inbred|slimy|talentless|spineless) (npc|bot|muppet|donkey|clown|bozo|joke|rat|pig|worm|loser|failure|nobody|waste|cow|whale|slob|creep|freak|weirdo|degenerate|parasite|leech|idiot|moron|retard|bitch|cunt|twat|prick|dickhead|asshole|hoe|slut|whore|mess|virgin|incel|troll|goblin|troglodyte|neanderthal|sack|lump|blob|hog|walrus|hippo)
match: ur a braindead npc
match: you're a fat pig and no one will ever want you
match: your such a useless lump
nomatch: you're a lazy cat on sundays
nomatch: you're a dirty player, respect
note: "you're a <contempt adjective> <insult noun>"; catches adjective + noun pairs that the single-noun you-are entries miss because of the adjective between the article and the noun

[en.harassment.threat.living-daylights]
sub: threat
weight: 0.8
target: other
pattern: (beat|knock|kick|slap|smack|punch|choke|scare) the (living daylights|life|living shit|living hell|stuffing|snot|tar|teeth|piss|dogshit) (out of|outta|outa) (you|u|ya|yall)
pattern: (bend|bent) over (for me|for daddy|bitch|baby|babe|slut|whore|so i can|and spread|and take it|and beg)
match: ill beat the living daylights out of u
match: bend over for me
nomatch: that horror movie scared the living daylights out of me
nomatch: bend over and touch your toes to stretch
note: beating threats with idioms missing from beat-the-shit-out ("the living daylights"), and the sexual demand "bend over for me"; "scare" stays in the list because "I'll scare the life out of you" aimed at the reader is menacing, and "out of me" (the writer) does not match

[en.harassment.death_wish.wish-you-would-get-cancer]
sub: death_wish
weight: 0.8
target: other
pattern: (hope|wish|pray|hoping|praying) (you|u|ya) (would|will|could|gonna|eventually|one day|someday|finally) (get|catch|develop|die of|die from|get terminal|get stage four|get stage 4) (cancer|aids|ebola|a tumor|a tumour|brain cancer|covid|a disease|leukemia|terminal cancer|hiv|the plague|smallpox|a stroke|a heart attack)
pattern: (hope|wish) (you|u|ya) (die|dies|end up|rot|get killed|get murdered|get shot) (alone|alone and miserable|miserable and alone|in a ditch|in prison|in jail|in agony|screaming|painfully|slowly|soon|young|tonight|tomorrow)
match: i wish you would get cancer
match: i hope you die alone
nomatch: i hope you would get the job
nomatch: i hope you get the cancer screening soon
note: death and illness wishes with a modal ("would get cancer") or an adverb after the verb ("die alone", "die slowly")

[en.harassment.doxxing.spam-her-insta]
sub: doxxing
weight: 0.7
target: other
also: cyberbullying.pile_on
pattern: (go|lets|everyone|everybody|yall|guys|pls|please|we should|someone) (spam|flood|mass report|raid|brigade|bomb|harass|attack|mass dm|mass message|swarm) (her|his|their|this|that|the) (insta|ig|twitter|tiktok|dms|inbox|account|page|profile|comments|comment section|phone|number|snap|snapchat|youtube|channel|discord|email|x)
pattern: (heres|here is|this is|found) (his|her|their) (insta|ig|snap|snapchat|tiktok|twitter|handle|account|main|alt|finsta|discord) (go|everyone|spam|flood|report|lets|yall|do your thing|you know what to do)
match: everyone go spam her insta, here's her @
match: lets mass report his account
nomatch: go follow her insta, she makes great art
nomatch: let's flood the zone with good reviews
note: calls to brigade a person's accounts (spam, mass-report, raid); "go follow her insta" is a recommendation

[en.harassment.insult.belong-in-asylum]
sub: insult
weight: 0.5
target: other
also: cyberbullying.humiliation
pattern: (you|u|ya|yall|youre|ur) (belong|belongs|should be|need to be|needs to be|ought to be) (in a mental hospital|in a mental institution|in an asylum|in a psych ward|in the psych ward|in the nuthouse|in a nuthouse|in a loony bin|in the loony bin|in a straitjacket|in a padded cell|locked up in a|in a zoo|in a cage|in the trash|in a dumpster|in the garbage)
match: you belong in a mental hospital you freak
match: u belong in the trash
nomatch: you belong in a museum, you're a classic
nomatch: the papers belong in the trash
note: "you belong in an asylum / in the trash": contempt aimed at the reader

[en.harassment.doxxing.do-what-you-want-with-that]
sub: doxxing
weight: 0.4
target: other
pattern: (do|doing) (what|whatever) (you|u|yall|ya) (want|will|like|wish) with (that|this|it|that info|this info|the info|that information|this information|his info|her info)
pattern: (happy hunting|have fun with that info|have fun with this info|use it wisely|use that info wisely|do your worst|go wild with it|you didnt get it from me|you didnt hear it from me)
match: do what you want with that
match: happy hunting
nomatch: do what you want with your weekend
note: the hand-off line after posting someone's details; weak alone, it adds up with an address or a school named beside it

[en.harassment.doxxing.his-kids-go-to]
sub: doxxing
weight: 0.35
target: other
pattern: (his|her|their) (kids|kid|children|child|son|daughter|wife|husband|family|parents|mom|dad|sister|brother|girlfriend|boyfriend) (go|goes|attend|attends|live|lives|work|works|walk|walks|drive|drives) (to|at|on|in|home)
match: his kids go to lincoln elementary
nomatch: my kids go to lincoln elementary
note: naming where a third person's family goes; weak alone (family talk), strong next to an address or a hand-off line ("do what you want with that")

[en.harassment.sexual.hard-for-you]
sub: sexual
weight: 0.7
target: other
pattern: (im|i am|got me|makes me|making me|ur making me|youre making me|you make me|u make me) (so|really|rock|fucking|) (hard|wet|horny|throbbing|dripping) (thinking about|looking at|for|over|because of|when i see|just thinking about) (you|u|ya|ur|your|yo)
pattern: (around|on|wrapped around|down on|choking on|gagging on) (my|this|his) (cock|dick|penis|pp)
pattern: (want|need|gonna have|will have|wanna have|want to have|gonna get) (you|u|ya) (in my bed|in bed with me|naked in my bed|under me|on top of me|on your knees|on ur knees|bent over)
pattern: (whether|if) (you|u|ya) (like it|want it|want to|consent|agree) or not
match: i'm hard thinking about you
match: your lips would look great around my cock
match: i want you in my bed tonight whether you like it or not
nomatch: it's hard thinking about you now that you're gone
nomatch: i want you in my life
nomatch: save it on my d drive
note: sexual remarks about arousal aimed at the reader, oral-sex remarks and coercive "whether you like it or not"

[en.harassment.threat.weapon-at-your-door]
sub: threat
weight: 0.85
target: other
pattern: (outside|at|to|near|by) (your|ur|yo) (house|home|school|work|job|place|door|class|car|crib|locker) ~4 (with|bringing|got|and|holding|carrying) (a|my|the|some|) (bat|knife|gun|blade|machete|crowbar|glock|pistol|rifle|shotgun|strap|brass knuckles|baseball bat|shank|switchblade)
pattern: (shoot|shooting|shootin|spray|spraying|light|lighting) up (your|ur|yo|his|her|their) (house|home|crib|party|block|car|work|job|workplace|office|funeral|family)
pattern: (beat|knock|punch|slap|kick|stomp|smack) (you|u|ya) (senseless|unconscious|to death|black and blue|half to death|bloody|to a pulp|into next week|into a coma|within an inch|into the ground|into the hospital)
pattern: (i|ill|imma|ima|we|well|gonna|im gonna|i will|i swear ill|im going to) ~2 (hurt|kill|poison|stab|shoot|drown|kidnap|strangle|skin|run over) (your|ur|yo) (dog|cat|pet|puppy|kitten|horse|dogs|cats|pets|bird|hamster|bunny)
match: i'll be waiting outside your school at 3 with a bat
match: i'm gonna shoot up your house
match: i'll drive over there and beat you senseless
match: i'll hurt your dog
nomatch: i'll be waiting outside your school at 3 to pick you up
nomatch: i'll beat you at chess
nomatch: how to kill your cat's fleas
note: threats with a weapon at a named place, drive-by ("shoot up your house"), beatings ("beat you senseless") and threats to the reader's pet

[en.harassment.threat.know-your-mom-works]
sub: threat
weight: 0.5
target: other
pattern: (i|we|ik|i already|we already) (know|found out|know exactly) (where|that|) (your|ur) (mom|mum|dad|mother|father|parents|sister|brother|wife|husband|girlfriend|boyfriend|kids|family|grandma) (works|work|lives|live|goes|go|parks|shops) (at|on|in|to)
pattern: (would be|be|itd be|it would be|would|gonna be) (a|such a) (shame|pity) if (something|anything|someone|somebody) (happened|happens|were to happen|bad happened|happened to them|happened to her|happened to him)
match: we know your mom works at walmart on 5th street
match: your little sister is cute, would be a shame if something happened
nomatch: we know your mom works hard, tell her thanks
note: intimidation by showing knowledge of the reader's family, and the mafia line "would be a shame if something happened"; moderate alone (0.6 aimed at "you")

[en.harassment.threat.know-which-car]
sub: threat
weight: 0.35
target: other
pattern: (i|we) (know|found|found out) (which|what) (car|house|room|locker|bus|seat|desk|door|window|apartment|building|route) (is yours|is urs|you drive|u drive|you live in|u live in|you sleep in|you take|u take)
match: i know which car is yours
nomatch: i know which one is yours
note: knowing the reader's car, house or route: often innocent ("the red one, right?"), so weak alone (0.42 aimed at "you"); it adds up with a threat or an insult beside it

# ---------------------------------------------------------------------------------------------
# round 2 (h5): families found missing with fresh probes of comment, reply, gaming and DM abuse
# ---------------------------------------------------------------------------------------------

[en.harassment.insult.r2-this-idiot]
sub: insult
weight: 0.5
pattern: (this|that) (absolute|fucking|fuckin|stupid|dumb|complete|total|utter|) (idiot|moron|imbecile|dumbass|dipshit|cretin|bozo|buffoon|jackass|halfwit|dimwit|twat|prick|wanker|tosser|bellend|dickhead|asshole|cunt|retard|fuckwit|dumbfuck|clown)
pattern: (these|those) (absolute|fucking|fuckin|stupid|dumb|complete|total|utter) (idiots|morons|imbeciles|dumbasses|cretins|bozos|clowns|retards|twats|pricks|wankers|dickheads|assholes|cunts|fuckwits)
match: this idiot again
match: this clown has no idea what he's talking about
match: can someone ban that moron already
nomatch: he told me i was an idiot
nomatch: i'm such an idiot
note: a demonstrative before an insult noun names a person being insulted ("this idiot again", "that moron"); 0.5 so a bare "this clown" in a reply flags while "he called me an idiot" (reported) does not
source: h5 fresh probes

[en.harassment.insult.r2-no-idea-talking-about]
sub: insult
weight: 0.3
pattern: (has|have|got) (no|zero|not a) (idea|clue) what (hes|shes|theyre|youre|ur|he is|she is|you are|u r|they are) (talking|on) about
pattern: (doesnt|dont|does not|do not) know what (hes|shes|theyre|youre|ur|he is|she is|you are|u r) (talking|on) about
match: this guy has no idea what he's talking about
nomatch: i have no idea what i'm talking about lol
note: dismissive put-down; weak alone, adds up with an insult beside it ("this clown has no idea what he's talking about")

[en.harassment.insult.r2-get-fucked]
sub: insult
weight: 0.5
target: other
pattern: (go|just|) get (fucked|fukd|fuckd|fked|fuckt)
pattern: get (fucked|fukd|fked|fuckt) (loser|idiot|bitch|mate|m8|cunt|kid|nerd|noob|bozo|clown|moron|retard|twat|dickhead|prick|wanker|lol|lmao|you|u)
match: get fucked loser
match: just get fucked
nomatch: let's get wasted tonight
note: imperative "get fucked" is a profane brush-off aimed at the reader; "get fucked up" (drunk) and wanting sex are allowlisted in the round-2 allow proposal
source: h5 fresh probes

[en.harassment.insult.r2-are-you-actually-stupid]
sub: insult
weight: 0.55
target: other
pattern: (are|r) (you|u|ya) (actually|really|literally|fucking|fkn|seriously|genuinely|just|deadass|fr|being|this|that|so) (this|that|so|) (stupid|dumb|retarded|braindead|brain dead|brainless|dense|thick|daft|slow|illiterate|mental|special|delusional|clueless)
pattern: how (are|r|can) (you|u|ya|someone|somebody|anyone|one person) (be|) (this|so|that) (dense|stupid|dumb|thick|slow|braindead|retarded|clueless|ignorant|delusional|brainless|incompetent|useless)
pattern: do (you|u|ya) (even|actually|fucking|really|seriously) (have|got|own) (a|any|one|two) (brain|brains|braincell|braincells|brain cell|brain cells|functioning brain|working brain|iq|clue)
pattern: (is|was) there (even|) (a|any) (brain|braincell|brain cell) in (there|that head|your head|ur head|that skull|your skull)
match: are you actually brain dead
match: how are you this dense
match: do you even have a brain
match: r u fr this stupid
nomatch: are you free this weekend
nomatch: do you have a brain scan booked
note: rhetorical questions that insult the reader's intelligence; the question cue (x0.85) still leaves them above the flag line when aimed at "you"
source: h5 fresh probes

[en.harassment.insult.r2-as-worthless-as-you]
sub: insult
weight: 0.55
target: other
pattern: as (worthless|useless|stupid|dumb|pathetic|ugly|irrelevant|fake|dense|empty|boring|miserable|braindead) as (you|u|ya|your|ur) (are|r|look|face|life|brain|head|mom|mum)
pattern: as (worthless|useless|stupid|dumb|pathetic|ugly|irrelevant|dense|braindead) as (you|u|ya)
match: your opinion is as worthless as you are
match: that take is as dumb as u
nomatch: as dumb as it sounds, it worked
note: comparison that turns a put-down onto the reader ("as worthless as you are")
source: h5 fresh probes

[en.harassment.insult.r2-crawl-back-under-rock]
sub: insult
weight: 0.5
target: other
pattern: (crawl|slither|go|get|run|scurry|creep) back (under|into|to|in) (your|ur|the|yo) (rock|hole|cave|sewer|gutter|swamp|bridge|cesspool|pit|dumpster)
pattern: (go|get|crawl|run) back (to|in|into) (your|ur|yo) (moms|mums|mothers|parents|grandmas|mamas) (basement|attic|garage|house)
match: crawl back under your rock
match: go back to your mom's basement
nomatch: go back to your room and finish homework
note: dismissive brush-offs telling the reader to retreat where they came from
source: h5 fresh probes

[en.harassment.insult.r2-sit-down-shut-up]
sub: insult
weight: 0.45
target: other
pattern: sit (down|the fuck down|tf down|yo ass down|your ass down|ur ass down) (and|n) (shut|stfu|be quiet)
pattern: (sit|be) (down|quiet) (loser|idiot|clown|bozo|kid|bitch|lil bro|little bro|nerd|boomer|child)
match: sit down and shut up
match: sit down bozo
nomatch: please sit down, class is starting
note: "sit down and shut up" aimed at a poster; 0.54 aimed at "you", so it flags alone
source: h5 fresh probes

[en.harassment.insult.r2-total-loser]
sub: insult
weight: 0.56
pattern: (absolute|total|complete|utter|massive|huge|colossal|fucking|pathetic|sad|miserable|lonely) (loser|losers|bozo|dork|nerd|creep|weirdo|failure of a|degenerate|incel|virgin|dweeb|clown|clowns)
pattern: (clown|bozo|loser|idiot|moron|cuck|simp|incel|psycho|retard|dumbass) (behavior|behaviour|shit|energy|move|moves|antics|take|takes|logic|mentality)
match: total loser
match: absolute clown behavior from this dude
match: what sad loser energy
nomatch: the losers bracket is brutal
nomatch: the clown costume was great
note: an intensified insult noun said as a verdict on someone ("total loser", "clown behavior"); 0.5 flags alone in a reply
source: h5 fresh probes

[en.harassment.insult.r2-walking-l]
sub: insult
weight: 0.6
target: other
pattern: (youre|ur|you are|u r|you r|your|hes|shes|he is|she is) (a|an|such a|one) (walking|living|human|breathing) (l|ls|joke|meme|disaster|red flag|cringe|embarrassment|disappointment|mistake|failure|trainwreck|train wreck|dumpster fire|abortion|stain|skidmark|punchline|cautionary tale|ad for birth control|advertisement for birth control)
pattern: (youre|ur|you are|u r) (the|a) (reason|proof|evidence) ~3 (shampoo|warning labels|warning label|instructions|gene pool|natural selection|evolution|abortion|birth control|contraception|condoms|aliens|bleach)
pattern: (evolution|natural selection) ~3 (reverse|backwards|missed you|skipped you|forgot you|gave up|went wrong)
pattern: (dropped|drop) on (your|ur|his|her) head (as|when) (a|u|you|he|she) (baby|child|kid|were|was)
pattern: (if|when) (brains|stupidity|ignorance|ugliness|being ugly|being dumb) (were|was) ~2 (dynamite|taxed|painful|a crime|illegal|a sport)
match: you're a walking L
match: you're the reason shampoo has instructions
match: proof that evolution can go in reverse
match: were you dropped on your head as a baby
nomatch: you're the reason i smile
nomatch: the evolution of the game went backwards
note: stock roast lines and "walking L / walking red flag" put-downs used in replies and gaming chat
source: h5 fresh probes

[en.harassment.insult.r2-not-even-human]
sub: insult
weight: 0.5
target: other
pattern: (youre|ur|you are|u r|you r) not (even|evn|really|) (a|) (human|human being|real human|real person|person|people)
pattern: (youre|ur|you are|u r|you r) (just|nothing but|literally|such|absolute|fucking|pure|) (vermin|subhuman|sub human|scum|filth|a leech|a cockroach|a roach|a maggot|a parasite|a waste of space|a waste of oxygen)
match: you're not even a human being
match: you are vermin
match: ur literally subhuman
nomatch: you are a cancer survivor and an inspiration
nomatch: you're not even a day older
nomatch: you're not a mistake
note: dehumanising verdicts on the reader ("you are vermin", "you're not even human"); "not a mistake" does not match the "not even" form and the noun form needs an article or nothing after "you are"
source: h5 fresh probes

[en.harassment.insult.r2-you-fat-pig]
sub: insult
weight: 0.7
target: other
pattern: (you|u|ya) (fat|ugly|lazy|stupid|dumb|useless|worthless|disgusting|filthy|dirty|greasy|smelly|gross|nasty|obese|fatass|sweaty) (fat|ugly|lazy|useless|worthless|disgusting|stupid|dumb|little|old|) (pig|pigs|cow|cows|slob|whale|hog|sow|swine|rat|mutt|worm|slug|toad|goblin|troll|walrus|hippo|blob|lump|heifer|beast|monkey|ape|donkey|dog|animal|rodent)
match: you fat useless pig
match: u ugly goblin
nomatch: you fat cat owners know what i mean
note: "you" + degrading adjective + animal noun, a body-shaming insult aimed at the reader
source: h5 fresh probes

[en.harassment.threat.r2-get-you-fired]
sub: threat
weight: 0.75
target: other
pattern: (i|ill|im|imma|ima|we|well|were|i will|i am going to|im going to|im gonna|i swear ill) ~2 (get|have) (you|u|ya) (fired|sacked|expelled|kicked out|arrested|deported|evicted|blacklisted|banned from)
pattern: make sure (you|u|ya) (lose|get|never) ~2 (job|jobs|fired|career|everything|kids|license|licence|scholarship|custody|work again|sacked|expelled)
pattern: (i|ill|imma|ima|gonna|will|we|well|im gonna|im going to|i will) ~2 (tell|show|email|message|inform|send it to) (everyone|everybody|all|the whole|your|ur) ~2 (at|in|of) (your|ur) (work|job|office|school|church|company|family|class|workplace)
match: i'll make sure you lose your job
match: i'm gonna get you fired
match: i'll tell everyone at your work what you did
match: we will have you arrested you lying fraud
nomatch: that attitude will get you fired
nomatch: make sure you never forget your keys
note: threats to wreck the reader's livelihood or standing offline (fired, expelled, exposed at work); a subject "i/we" is required so advice ("that will get you fired") does not match
source: h5 fresh probes

[en.harassment.threat.r2-wont-see-it-coming]
sub: threat
weight: 0.7
target: other
pattern: (you|u|ya|youll|ull) (wont|will not|will never|never|aint gonna|not gonna) (see|hear) (me|us|them|him|my boys) coming
pattern: (you|u|ya|youll|ull) (wont|will not|will never|never|aint gonna|not gonna) (see|know) (it|what) coming ~3 (bitch|loser|dead|watch|sleep|soon|hit you|trust me|i promise|i swear|ill|im|we)
match: you won't see me coming
match: you won't see it coming bitch
nomatch: the plot twist, you won't see it coming
note: ambush threats; the bare "won't see it coming" is common in reviews, so it needs a menacing word after it
source: h5 fresh probes

[en.harassment.threat.r2-wont-see-it-coming-bare]
sub: threat
weight: 0.4
target: other
pattern: (you|u|ya|youll|ull) (wont|will not|will never|never) see it coming
match: you won't see it coming
nomatch: you saw it coming
note: weak alone (0.48 aimed at "you"), adds up with another threat or insult
source: h5 fresh probes

[en.harassment.threat.r2-bullet-in-his-head]
sub: threat
weight: 0.85
pattern: (put|pump|send|lodge) (a|one|some|two|three) (bullet|bullets|round|rounds|slug) (in|into|through) (his|her|their|this guys|that guys|this bitchs|that bitchs) (head|skull|brain|face|chest|dome)
pattern: (put|pump|send|lodge) (a|one|some) (bullet|bullets|round|rounds|slug) (in|into|through) (him|her|them|that guy|this guy|that bitch|this bitch|that man|that woman)
pattern: (bullet|bullets|knife|blade) (in|through|into) (his|her|their) (head|skull|brain|chest|face|throat)
match: someone needs to put a bullet in her head
match: put one bullet in him
nomatch: the bullet was found in the wall
note: calls to shoot a named third person (public figures, streamers); pairs with the second-person bullet entries above
source: h5 fresh probes

[en.harassment.death_wish.r2-die-slow]
sub: death_wish
weight: 0.6
pattern: die (slow|painfully|screaming|in agony|alone and miserable|a slow death|a painful death)
pattern: (choke|rot|suffer) (slow|slowly|painfully|forever)
match: die slow
match: rot slowly you piece of shit
nomatch: the plant will die slowly without water
note: wishes of a painful death; about oneself or plants the context (first-person cue) lowers it
source: h5 fresh probes

[en.harassment.death_wish.r2-hope-you-choke]
sub: death_wish
weight: 0.6
target: other
pattern: (hope|wish|pray|hoping|praying) (you|u|ya) (choke|chokes|drown|drowns|rot|croak|suffocate|burn)
match: i hope you choke
match: hope u rot
nomatch: i hope you don't choke on the exam
note: short ill-wish with the object left off ("i hope you choke"); 0.72 aimed at "you"
source: h5 fresh probes

[en.harassment.death_wish.r2-hopefully-a-truck]
sub: death_wish
weight: 0.7
pattern: (hit|hits|hitting|run over|runs over|flatten|flattens|hit by) ~4 (hopefully|preferably|ideally) ~2 (truck|bus|train|car|bullet|meteor|semi|tank)
pattern: (hopefully|preferably|ideally) ~2 (truck|bus|train|semi) ~2 (hits|hit|runs over|run over|flattens|flatten|takes out|take out)
match: karma's gonna hit you hard, hopefully a truck
match: hopefully a bus hits him
nomatch: hopefully a bus comes soon
note: sarcastic death wish ("karma will hit you, hopefully a truck")
source: h5 fresh probes

[en.harassment.doxxing.r2-shame-if-address-got-out]
sub: doxxing
weight: 0.8
target: other
pattern: (shame|pity) if (your|ur|yo) ~3 (got|get|gets|were|was|went|ended|ends|happened to) (out|leaked|posted|public|exposed|around|online|shared|sent|up online|found)
pattern: (your|ur) (number|address|addy|ip|dox|info|details|nudes|home address|real name|phone number|location|phone|socials|face) (is|are|r|gonna|will|about to|bout to) ~2 (going on|going out|going public|going everywhere|going up on|getting leaked|getting posted|getting out|get leaked|get posted|get out|be leaked|be posted|be public|be everywhere|on every|all over|out there)
match: would be a shame if your address got out
match: your number is going on every forum tonight
match: ur nudes are gonna be everywhere
nomatch: shame if your team lost
nomatch: your number is going up every season
note: veiled doxxing threats: the "shame if" line and announcing that the reader's details are about to be spread
source: h5 fresh probes

[en.harassment.doxxing.r2-found-relatives-accounts]
sub: doxxing
weight: 0.65
target: other
pattern: (found|have|got|know|found out) (his|her|their|your|ur) (mom|moms|mum|mums|dad|dads|parents|wife|wifes|husband|husbands|kids|sister|sisters|brother|brothers|boss|bosses|family|familys|employer|employers|girlfriend|girlfriends|boyfriend|boyfriends|grandma|grandmas) ~1 (facebook|fb|insta|instagram|ig|linkedin|number|phone|address|addy|workplace|snap|tiktok|twitter|account|profile|socials|email|house)
pattern: (your|ur|his|her|their) (parents|moms|mums|dads|familys|grandmas|wifes|husbands|girlfriends|boyfriends|sisters|brothers|kids) (home|house|) (address|addy) (is|at)
match: found his mom's facebook lol, let's message her
match: your parents' address is 44 Elm, want me to post it?
nomatch: found my mom's facebook from 2009 lol
note: digging up the target's relatives' accounts or address, a doxxing and pile-on step
source: h5 fresh probes

[en.harassment.doxxing.r2-find-out-who-you-are]
sub: doxxing
weight: 0.7
target: other
pattern: (ill|im gonna|imma|ima|i will|we will|well|gonna|were gonna|im going to|i can|we can|i could) (find out|figure out|learn|work out|track down) (who|where) (you|u|ya) (are|r|really are|live|work|go to school|stay)
pattern: (im|were|i am|we are|been|ive been|weve been) (tracking|stalking|monitoring|tracing) (you|u|ya|your location|ur location|your phone|ur phone|your every|ur every|your ip|ur ip|your car|ur car)
match: i'll find out who you are
match: i'm tracking you
nomatch: you'll find out who you are in college
nomatch: i'm tracking your package for you
note: threats to unmask or locate the reader; the "tracking your package" sense is allowlisted
source: h5 fresh probes

[en.harassment.doxxing.r2-fake-hostage-call]
sub: doxxing
weight: 0.75
target: other
pattern: (fake|false|bogus|prank) (hostage|bomb|911|shooting|murder|swat|active shooter) ~1 (call|calls|report|threat|tip) ~4 (your|ur|his|her|their) (house|home|address|place|door|parents|crib)
pattern: (call|calling|send|sending) (the|) (cops|police|swat|feds) (on|to) (your|ur|his|her|their) (house|home|address|place|door|crib) ~4 (fake|false|bogus|prank) (hostage|bomb|911|shooting|murder|call|report|tip)
match: gonna call the cops on your house with a fake hostage call
nomatch: he was arrested for a fake bomb threat
note: swatting described as a plan against the target's home
source: h5 fresh probes

[en.harassment.identity_attack.r2-nobody-wants-your-kind]
sub: identity_attack
weight: 0.7
target: other
pattern: (nobody|no one|noone) (wants|needs|likes) (your|ur|their|you|u) (kind|lot|type|people) (here|around|in this country|in our country|in this town)
pattern: (nobody|no one|noone) (wants|needs|likes) (your kind|ur kind|their kind|you people)
match: nobody wants your kind here
nomatch: nobody wants your advice here
note: exclusion by identity ("your kind"); pairs with your-kind-not-welcome
source: h5 fresh probes

[en.harassment.sexual.r2-send-something-sexy]
sub: sexual
weight: 0.7
target: other
pattern: send (me|us|) (something|smth|sth|somethin|a pic|pics|a picture|a photo|photos|a vid|a video|a selfie|selfies|snaps) (sexy|hot|spicy|naughty|dirty|lewd|revealing|slutty|nsfw)
pattern: (send|show|snap|dm) (me|us) ~2 (sexy|spicy|naughty|lewd|dirty|slutty|nsfw|revealing|bikini) (pics|pictures|photos|vids|videos|selfie|selfies|snaps|pic)
pattern: send (pics|pic|a pic|me pics|me a pic) (babe|baby|sexy|hot stuff|mami|mama|shawty|girl|sweetheart|honey|doll|princess)
match: u up? send me something sexy
match: send me some spicy pics
match: send pics baby
nomatch: send pics of your dog!
nomatch: send me the pics from the trip
note: unsolicited sexual image requests in DMs
source: h5 fresh probes

[en.harassment.sexual.r2-asking-for-it]
sub: sexual
weight: 0.75
target: other
pattern: (asking|begging) (for it|to be raped|to get raped|to be grabbed|to be touched|to get grabbed) ~3 (dressed|wearing|dress|skirt|outfit|clothes|top|shorts|looking|leggings)
pattern: (dressed|dressing|dress|wearing|wear) ~4 (asking|begging) (for it|to be raped|to get raped|to be grabbed|to be touched)
pattern: (asking|begging) (to be raped|to get raped|to be assaulted|to get assaulted)
match: you're asking for it dressed like that
match: wearing that skirt she was asking for it
nomatch: leaving your door unlocked is asking for it
note: victim-blaming remarks about clothing and sexual assault
source: h5 fresh probes

[en.harassment.threat.r2-slap-taste-out]
sub: threat
weight: 0.75
target: other
pattern: (slap|knock|punch|smack|kick|beat) (the|that|this) (taste|teeth|spit|smile|smirk|words|grin|black|color|colour|attitude) (out|off|right out|right off) (of|) (your|ur|yo|you|u|ya|his|her)
match: i'll slap the taste out your mouth
match: gonna knock that smirk off your face
nomatch: knock the dust off your shoes
note: stock violent threats ("slap the taste out your mouth")
source: h5 fresh probes

[en.harassment.threat.r2-expect-a-visit]
sub: threat
weight: 0.75
target: other
pattern: expect (a|) (visit|visitors|knock|a knock|company) (soon|tonight|bitch|from me|from us|from my boys|from my friends|at your door|at ur door|at your house|at ur house|very soon)
pattern: (we|im|were|i|ill|well|imma|ima|my boys|my friends|theyll|they will) ~2 (pay|paying|paid) (you|u|ya|your|ur) (house|family|mom|parents|) (a visit|a little visit|a visit soon|a visit tonight|a visit irl)
match: expect a visit soon
match: we'll pay you a visit
nomatch: expect a visit from the technician tomorrow
note: veiled visit threats; "expect a visit" alone stays below the flag line (see the bare entry)
source: h5 fresh probes

[en.harassment.threat.r2-expect-a-visit-bare]
sub: threat
weight: 0.4
target: other
pattern: expect a visit
match: expect a visit
nomatch: expected a visitor
note: weak alone (0.48 aimed at "you"), adds up with another threat or insult
source: h5 fresh probes

[en.harassment.doxxing.r2-lets-dox]
sub: doxxing
weight: 0.75
target: other
pattern: (lets|let us|we should|someone|somebody|time to|go|pls|please|can someone|someone should|we need to|were gonna|we will|yall|everyone) (dox|doxx)
pattern: (dox|doxx) (him|her|them|this|that|the|these|those|his|her|yourself|the guy|the girl|this dude|that dude|every)
match: lets doxx him
match: can someone dox this guy
nomatch: how do i protect myself from doxxing
nomatch: i'll dox my own old account lol
note: calls to dox someone; the bare word is weak (see dox)
source: h5 fresh probes

[en.harassment.insult.r2-never-seen-anyone-so-stupid]
sub: insult
weight: 0.62
pattern: (never|ever) (seen|met|heard|known|encountered|come across) (anyone|someone|somebody|a person|anybody|a human|a man|a woman|a guy|a girl) (so|this|as|more|that) (stupid|dumb|dense|braindead|brainless|clueless|ignorant|pathetic|ugly|retarded|thick|useless|delusional|annoying|insufferable|incompetent)
pattern: (stupidest|dumbest|ugliest|most pathetic|most annoying|most useless|most braindead|most delusional) (person|human|human being|thing|take|comment|man|woman|guy|girl|creature) (ive|i have|i've|i) (ever|) (seen|met|read|heard|known|encountered)
match: honestly i have never seen anyone so stupid in my entire life
match: dumbest person i've ever met
nomatch: i've never seen anyone so happy
note: superlative put-downs of a poster ("never seen anyone so stupid", "dumbest person i've ever met")
source: h5 fresh probes batch 2

[en.harassment.insult.r2-face-could-curdle-milk]
sub: insult
weight: 0.6
target: other
pattern: (your|ur|yo) face (could|would|can|will|probably) (curdle|crack|break|scare|stop|sink|melt|frighten|kill)
pattern: face (only a mother could love|for radio|made for radio|like a smashed|like a slapped|like a dropped|like a bag of)
pattern: (your|ur|yo|his|her) (brain|brains) (is|are|r|must be) ~2 (smooth|smoother|empty|emptier|tiny|smaller|a raisin|a pea|a peanut|mush|soup|rotting|rotten|fried|the size of a pea|the size of a peanut|the size of a raisin|the size of a walnut|the size of a grape)
pattern: (your|ur|yo|his|her) iq (is|must be|r|cant be|is probably|is like|is lower than|is below) ~2 (room temperature|single digit|single digits|negative|lower|below|smaller|less|shoe size|the same as|that of|a potato|a rock|a houseplant)
match: your face could curdle milk
match: dude ur brain is smoother than a bowling ball
match: your iq is room temperature
nomatch: your face could use some sunscreen
nomatch: the brain is made of soft tissue
nomatch: his brain is the size of a planet, genius
note: stock roasts of the reader's face or intelligence
source: h5 fresh probes batch 2

[en.harassment.sexual.r2-suck-a-fat-one]
sub: sexual
weight: 0.6
target: other
pattern: suck (a|my|this) (fat|big|huge|massive) (one|dick|cock|d)
pattern: (go|just) suck (a|my|some) (dick|cock|d|dicks|cocks)
match: suck a fat one
match: go suck a dick loser
nomatch: suck it up
note: profane brush-offs phrased as a sexual command
source: h5 fresh probes batch 2

[en.harassment.insult.r2-spineless-worm]
sub: insult
weight: 0.56
pattern: (spineless|gutless|slimy|pathetic|disgusting|miserable|sniveling|snivelling|lying|greasy|useless|worthless|smarmy|sleazy|vile|filthy|cowardly|treacherous|backstabbing|two faced) (worm|worms|weasel|weasels|rat|rats|snake|snakes|toad|slug|maggot|maggots|rodent|leech|cockroach|coward|cowards|scumbag|sleazeball|jellyfish|invertebrate)
match: he's a spineless worm
match: lying snake
nomatch: the garden has slimy slugs
note: contempt adjective + vermin noun said about a person; 0.56 so it flags about a third person (x0.9), lowered by reporting
source: h5 fresh probes batch 2

[en.harassment.insult.r2-they-are-all-morons]
sub: insult
weight: 0.6
pattern: (theyre|they are|yall are|yall|you are all|youre all|ur all|you guys are|u guys are|you people are|these people are|those people are|you lot are|everyone here is|everybody here is) (all|just|such|nothing but|a bunch of|bunch of|a pack of|literally|absolute|complete|total|) ~1 (idiots|morons|imbeciles|retards|clowns|losers|dumbasses|assholes|cunts|pricks|lowlifes|scumbags|degenerates|animals|sheep|muppets|bozos|cretins|halfwits|dimwits|inbreds|hillbillies|rednecks|weirdos|freaks|incels|virgins|simps|trash|garbage|scum|parasites|leeches)
match: they're all inbred morons
match: you guys are such pathetic losers
nomatch: they are all winners in my eyes
note: group insult of the people being addressed or discussed ("you guys are all idiots")
source: h5 fresh probes batch 2

[en.harassment.insult.r2-youre-irrelevant]
sub: insult
weight: 0.5
target: other
pattern: (youre|ur|you are|u r|you r) (so|literally|completely|totally|just|utterly|such|) (irrelevant|insignificant|a nobody|forgettable|unlikeable|unlovable|a nonentity|a non entity|nothing|beneath me|a zero|a nothing)
pattern: (your|ur) (opinion|opinions|thoughts|vote|voice|feelings|existence|life|take|input) (doesnt|dont|does not|do not|will never|wont|dont even|doesnt even) (matter|count)
match: you're irrelevant go away
match: your opinion doesn't matter you're a nobody
nomatch: you're not irrelevant to me
note: dismissals of the reader's worth; "doesn't matter" here is part of the insult, not a negation of it
source: h5 fresh probes batch 2

[en.harassment.insult.r2-imagine-being-gap]
sub: insult
weight: 0.5
pattern: imagine being ~5 (this|so|that) (pathetic|stupid|dumb|ugly|fat|braindead|brainless|bad|insecure|desperate|lonely|broke|miserable|cringe|unfunny|retarded|useless|worthless|delusional|clueless|soft|weak|sensitive|fragile|salty)
match: imagine being a grown man and this pathetic
match: imagine being 30 years old and this stupid
nomatch: imagine being this happy on a monday
note: the gaming and reply-guy "imagine being X and this Y" taunt
source: h5 fresh probes batch 2

[en.harassment.insult.r2-youre-an-absolute-weapon]
sub: insult
weight: 0.55
target: other
pattern: (youre|ur|you are|u r|you r|what|such|hes|shes|he is|she is) (a|an|such a|such an|) (absolute|utter|total|complete|actual|proper|fucking|massive) (weapon|melt|bellend|knob|knobhead|plank|spanner|mug|roaster|muppet|walnut|gimp|wet wipe|wetwipe|numpty|pillock|plonker|nonce|helmet|nob|tit|mong|wrongun|wrong un)
pattern: thick as (shit|fuck|mince|pigshit|two short planks|pig shit|two planks|pig muck)
match: you're an absolute weapon mate
match: what an absolute melt
match: he's thick as mince
nomatch: what an absolute banger
note: British and Irish put-downs ("absolute weapon", "thick as mince")
source: h5 fresh probes batch 2

[en.harassment.death_wish.r2-go-rot]
sub: death_wish
weight: 0.6
pattern: (go|just|pls|please|plz) rot (in|away|alone|bitch|loser|somewhere|forever|in hell|in jail|in prison|)
pattern: uninstall (life|ur life|your life|yourself|urself|irl|existence|reality)
pattern: log off (forever|permanently|for good|for life|and never come back|and never return|and stay off)
match: go rot
match: uninstall life
match: log off forever
nomatch: let the compost rot in the bin
note: short death-wish and "leave forever" taunts from gaming chat and replies
source: h5 fresh probes batch 2

[en.harassment.insult.r2-family-ashamed]
sub: insult
weight: 0.6
target: other
pattern: (your|ur|yo) (family|parents|mom|mum|dad|mother|father|grandparents|kids|ancestors) (should|must|would|will|gotta) (be|feel) (so|really|deeply|fucking|) (ashamed|embarrassed|disgusted|disappointed|mortified) (of|by|in|to|that) (you|u|ya|have|having|call)
pattern: (your|ur|yo) (family|parents|mom|mum|dad|mother|father|ancestors) (are|is|r|must be) (so|really|deeply|fucking|) (ashamed|embarrassed|disgusted|disappointed|mortified) (of|by|in|that) (you|u|ya)
pattern: (your|ur|yo) (parents|mom|mum|dad|mother|father) (must|should) (regret|hate) (having|making|raising|birthing) (you|u|ya)
match: your family should be ashamed of you
match: your parents must regret having you
nomatch: your family should be proud of you
note: shaming the reader through their family
source: h5 fresh probes batch 2

[en.harassment.identity_attack.r2-youre-an-ape]
sub: identity_attack
weight: 0.6
target: other
pattern: (youre|ur|you are|u r|you r) (a|an|such a|such an|just a|nothing but a|a fucking|a dirty|a filthy|an ugly|a stupid|a dumb) (ape|chimp|gorilla|baboon|orangutan|primate|monkey)
match: you're an ape
nomatch: you're a cheeky monkey
note: apes and monkeys as a verdict on the reader are a common racist dehumanisation; "cheeky monkey" keeps its adjective and does not match
source: h5 fresh probes batch 2

[en.harassment.insult.r2-look-like-you-smell]
sub: insult
weight: 0.55
target: other
pattern: (you|u|ya|he|she|they) (look|looks|sound|sounds) like (you|u|he|she|they) (smell|stink|smells|stinks|never shower|dont shower|dont wash|havent showered|eat crayons|eats crayons|eat glue|eats glue|sniff glue|sniffs glue|peaked|got dressed in the dark|still live with|live in your|live in ur|live in a basement|have no friends|dont have friends|never had a girlfriend|never been touched|never been kissed|were dropped|cut your own hair|cut ur own hair)
match: you look like you smell
match: he looks like he eats crayons
nomatch: you look like you had fun
note: appearance roasts of the form "you look like you smell"
source: h5 fresh probes batch 2

[en.harassment.death_wish.r2-pray-for-the-day]
sub: death_wish
weight: 0.8
target: other
pattern: (pray|praying|wait|waiting|looking forward|long|longing|living) (for|to) the day (you|u|ya|he|she|they) (die|dies|croak|croaks|drop dead|kick the bucket|stop breathing|get what|gets what|rot|burn|suffer)
pattern: (cant|cannot|cant fucking|can not) wait to (hear|see|read|find out|learn|know) (that|) (youre|ur|you are|you|u|ya|he is|hes|she is|shes) ~1 (dead|died|gone for good|in the ground|in a coffin|six feet under|in hell)
match: i pray for the day you die
match: cant wait to hear ur dead
nomatch: i can't wait to hear you sing
note: longing for the reader's death
source: h5 fresh probes batch 2

[en.harassment.death_wish.r2-someone-should-off]
sub: death_wish
weight: 0.8
pattern: (someone|somebody|sb|anyone) (should|needs to|need to|pls|please|gotta|has to|oughta|ought to|better) (just|finally|really|) (off|unalive|end|take out|put down|get rid of|shut up forever|silence|assassinate|whack|clip|smoke|merk|body) (this|that|him|her|them|you|u) (guy|dude|bitch|clown|man|woman|idiot|loser|lunatic|fool|one|)
pattern: (he|she|they|him|her|them|this guy|that guy|this man|that man|this woman|that woman|this bitch|that bitch|you|u|this clown|that clown|people like) ~3 (need|needs|should|deserve|deserves|ought|oughta|must) (to be|be|to get|get) put down
pattern: put (him|her|them|you|u|ya|this guy|that guy) down like (a|an|the) (dog|rabid dog|animal|horse|mutt|pig|beast)
pattern: (he|she|they|you|u|this bitch|that bitch|this guy|that guy) (should|needs to|need to|deserve to|deserves to|ought to) (be|get) (locked in a cage|caged|starved|tortured|chained up|whipped|flogged|stoned|burned|burnt|castrated|skinned|waterboarded|beaten to death|beaten|thrown off a roof|thrown off a bridge|shot in the head|executed|publicly executed|put in a cage)
match: someone should just off this guy
match: this guy needs to be put down like a dog
match: she should be locked in a cage and starved
nomatch: the old dog needs to be put down, the vet said
nomatch: someone should take out the trash
note: calls for violence against a named or discussed person (public figures, streamers)
source: h5 fresh probes batch 2

[en.harassment.threat.r2-ruin-your-entire-life]
sub: threat
weight: 0.7
target: other
pattern: (i|ill|im|imma|ima|we|well|were|gonna|i will|im gonna|im going to|we will) ~2 (ruin|ruining|destroy|destroying|wreck|end|fuck up) (your|ur|yo) (entire|whole|fucking|miserable|pathetic|little|) (life|career|reputation|future|marriage|family|business|channel|account|name|world|existence)
pattern: drag (your|ur|yo|his|her) (name|family|reputation|family name) through the (mud|dirt|shit|gutter)
pattern: (youll|you will|u will|ull) never (work|play|stream|post|teach|coach|perform|be hired|get hired|get a job|show your face|show ur face|be welcome) ~4 again ~3 (ill|i will|we will|well|i|im gonna|i promise|i swear)
pattern: (ill|i will|we will|well|imma|ima) make sure of (it|that)
match: i will ruin your entire life
match: i'll drag your name through the mud everywhere
match: you'll never work in this industry again i'll make sure of it
nomatch: smoking will ruin your health
note: threats to destroy the reader's life, name or career
source: h5 fresh probes batch 2

[en.harassment.threat.r2-false-report]
sub: threat
weight: 0.7
target: other
pattern: (report|reporting|call|calling|turn|turning|rat) (you|u|ya|your family|ur family|your parents|ur parents|your mom|ur mom|your dad|ur dad) (in|) (to|on) (immigration|ice|border patrol|homeland security|the border patrol|customs)
pattern: call (ice|immigration|border patrol) on (you|u|ya|your|ur)
pattern: (report|reporting|accuse|accusing|tell everyone|telling everyone) (you|u|ya) ~3 (for being|of being|as|that youre|that ur|youre|ur) (a|an|) (pedo|pedophile|paedo|paedophile|rapist|predator|groomer|terrorist|nonce|abuser|child molester|molester)
match: i'm reporting you to immigration
match: i'm going to report you to the police for being a pedo, everyone will know
nomatch: i'm reporting you to the mods for spam
note: threats of false accusations or of calling immigration on the reader
source: h5 fresh probes batch 2

[en.harassment.threat.r2-send-everyone-the-video]
sub: threat
weight: 0.7
target: other
pattern: (ill|i will|imma|ima|im gonna|gonna|we will|well|im going to|i can|i could) (send|show|post|leak|forward|share|airdrop|spread) (everyone|everybody|the whole school|all your friends|all ur friends|your friends|ur friends|your family|ur family|your parents|ur parents|your boss|ur boss|your mom|ur mom|your wife|your husband|your gf|your bf) (the|your|ur|that|this|those|these|what) (video|vid|vids|nudes|screenshots|texts|messages|chats|recording|recordings|ss|receipts|dms)
match: i'll send everyone the video
match: imma show your parents the screenshots
nomatch: i'll send everyone the photos from the party
note: exposure threats in DMs; the party-photos sense is the nomatch, so "photos" is not a listed object
source: h5 fresh probes batch 2

[en.harassment.threat.r2-last-days]
sub: threat
weight: 0.65
target: other
pattern: enjoy (your|ur) (last|final) (days|breaths|breath|moments|hours|days alive|night alive|day alive)
pattern: (sleep tight|sleep well|goodnight|good night|night night|sweet dreams) ~3 (might|may|could|will|gonna) be (your|ur) (last|final)
pattern: (your|ur|yo) (kids|children|daughter|son|little sister|little brother|sister|family|wife|husband|dog|cat|mom|mum|parents|car|house) (are|is|r|look|looks) (cute|lovely|beautiful|pretty|sweet|nice|adorable) ~4 (would be a shame|would be a pity|be a shame|itd be a shame|if something happened|if anything happened|be careful|watch out|keep them safe|keep an eye on them)
match: enjoy your last days
match: sleep tight, it might be your last
match: your kids are cute, would be a shame
nomatch: enjoy your last day at work!
nomatch: your kids are cute, what a pity i missed the party
note: veiled death threats and mafia-style threats to the reader's family; "your last days of summer" is allowlisted
source: h5 fresh probes batch 2

[en.harassment.threat.r2-stalk-you]
sub: threat
weight: 0.6
target: other
pattern: (i|ill|im|imma|ima|we|well|were|gonna|i will|im gonna|im going to) ~2 (stalk|stalking|follow|following|tail|tailing) (you|u|ya) (home|irl|everywhere|around|to school|to work|after school|after work|when)
pattern: (i|ill|im|imma|ima|we|well|were|gonna|i will|im gonna|im going to) ~2 (stalk|stalking) (you|u|ya)
pattern: (ik|iknow|i kno|ikno) where (you|u|ya) (live|stay|sleep|work|go to school)
match: i'm gonna stalk you
match: ik where u live
nomatch: i'll follow you on insta
note: stalking threats and showing the reader their home was found
source: h5 fresh probes batch 2

[en.harassment.identity_attack.r2-take-your-virus]
sub: identity_attack
weight: 0.65
target: other
pattern: take (your|ur|yo) (virus|disease|diseases|filth|stink|smell|bombs|terrorism|rats|kind|culture|religion|curry|tacos|family|people) (with|back with) (you|u|ya)
pattern: (kung flu|china virus|chinese virus|wuhan virus|chink virus|china flu|bat eater|bat eaters|dog eater|dog eaters)
pattern: speak (english|american|proper english) or ~2 (get out|go back|leave|go home|fuck off|gtfo|get lost|die)
pattern: (get|go|get the fuck|gtfo) (out of|outta|out) (my|our) (country|nation|land|town|neighborhood|neighbourhood|school)
pattern: (go|get|swing|fly|crawl|swim) back to the (desert|cave|caves|jungle|trees|village|slums|rice fields|rice paddies|plantation|reservation)
match: go back to china and take your virus with you
match: speak english or get out of my country
match: you're a dirty terrorist go back to the desert
nomatch: speak english or spanish, both are fine here
note: xenophobic abuse aimed at the reader (virus slurs, "speak english or get out", "back to the desert")
source: h5 fresh probes batch 2

[en.harassment.identity_attack.r2-should-be-deported]
sub: identity_attack
weight: 0.7
target: other
pattern: (like you|like u|your kind|you people|ur kind|people like you|ppl like you|people like u|you and your family|u and ur family|scum like you|trash like you) (should|need to|needs to|must|ought to|deserve to|gotta) (all|just|) (be|get) (deported|kicked out|sent back|banned|removed|thrown out|rounded up|shipped back|expelled)
pattern: (you|u|ya) (should|need to|must|ought to|deserve to|gotta) (be|get) (deported|shipped back|sent back)
pattern: (youre|ur|you are|u r) (a|an|such a|) (fucking|dirty|filthy|stinking|little|stupid|) (terrorist|jihadi|suicide bomber|bomber)
match: muslims like you should be deported
match: you're a dirty terrorist
nomatch: people like you should be celebrated
note: deportation wishes and the "terrorist" label aimed at the reader
source: h5 fresh probes batch 2

[en.harassment.sexual.r2-body-part-comment]
sub: sexual
weight: 0.7
target: other
pattern: (your|ur|yo) (pussy|ass|dick|cock|tits|boobs|titties|booty|pussy lips|nipples) (is|are|looks|look|must be|prolly|probably|gotta be|bet|would be|feels|feel) (so|real|really|hella|mad|) (tight|wet|big|small|juicy|soft|perky|sweet|tasty|fat|phat|good|fine|delicious|bouncy|suckable|fuckable)
pattern: (what|which) (color|colour|kind|type|style) (are|is|of) (your|ur) (panties|underwear|bra|thong|knickers|lingerie|undies)
pattern: (are|r) (you|u|ya) (wearing|wearin) (panties|a bra|any panties|any underwear|underwear|a thong|anything under)
match: i bet ur pussy is tight
match: what color are your panties
nomatch: your dog is so soft
note: unsolicited sexual comments and questions about the reader's body and underwear
source: h5 fresh probes batch 2

[en.harassment.death_wish.r2-deserve-everything-bad]
sub: death_wish
weight: 0.6
target: other
pattern: (you|u|ya|he|she|they) (deserve|deserves|deserved) (everything|every) ~1 (bad|terrible|horrible|awful|shitty) ~3 (happens|happened|happening|coming|you get|u get|he gets|she gets|to you|to u)
pattern: (you|u|ya|he|she|they) (deserve|deserves|deserved) (all|every bit of|every ounce of) (the|) (hate|abuse|bullying|pain|suffering|misery|bad things|harassment|death threats)
match: you deserve everything bad that happens to you
match: you deserve all the hate
nomatch: you deserve all the love
note: saying the reader deserves harm
source: h5 fresh probes batch 2

[en.harassment.doxxing.r2-found-your-house-on-maps]
sub: doxxing
weight: 0.7
target: other
pattern: (found|find|located|spotted|saw|looked up|pulled up) (your|ur|his|her) (house|home|address|place|street|car|school|work|job|apartment|dorm|workplace) (on|with|using|via|thru|through|from) (google|maps|google maps|street view|zillow|the internet|your|ur|his|her|the pics|ur pics|your pics|a pic|the background|the photo|the window|the reflection|exif|metadata)
match: found your house on google maps lmao nice car
match: found ur school from the background of ur pic
nomatch: found your car keys on the table
note: showing the reader that their home or school was located from their posts; doxxing, so laughter does not soften it
source: h5 fresh probes batch 2

[en.harassment.insult.r2-third-person-complete-airhead]
sub: insult
weight: 0.56
pattern: (is|was|hes|shes|he is|she is|theyre|they are|thats|that is) (a|an|such a|such an) (complete|total|absolute|utter|fucking|massive|huge|colossal|giant|proper|certified|certifiable|raging|bumbling|brainless|clueless|useless|pathetic) (airhead|airheads|bimbo|dimwit|nitwit|halfwit|numpty|muppet|simpleton|dolt|buffoon|clown|bozo|dunce|ignoramus|nincompoop|lunatic|nutcase|nutjob|psycho|weirdo|creep|loser|tool|jerk|fool|moron|idiot|imbecile|cretin|dumbass|twat|knob|plank|donkey|waste of space|embarrassment|disgrace)
match: this chick is a complete airhead
match: he's such a massive tool
nomatch: this hammer is a useful tool
note: intensified insult verdict on a third person; needs the intensifier so "is a clown" at a circus does not match
source: h5 fresh probes batch 2

[en.harassment.insult.r2-why-are-you-so-stupid]
sub: insult
weight: 0.55
target: other
pattern: (why|how|how the fuck|why the fuck|how tf|why tf|how the hell|why the hell) (are|r) (you|u|ya) (always|still|even|really|actually|) (so|this|that|such a) (fucking|fkn|fuckin|damn|goddamn|bloody|) (stupid|dumb|dense|thick|slow|braindead|retarded|clueless|ignorant|delusional|brainless|incompetent|useless|annoying|pathetic|ugly|fat|disgusting|stupid|idiotic|moronic|gross)
pattern: (are|r) (you|u|ya) (always|still|usually|normally|naturally|born|just|really|actually) (this|so|that) (stupid|dumb|dense|thick|slow|braindead|retarded|clueless|ignorant|delusional|brainless|incompetent|useless|pathetic|ugly|fat|disgusting|idiotic|moronic)
pattern: how do (you|u|ya) ~3 (being|when youre|when ur|when you are) (this|so) (dumb|stupid|dense|braindead|retarded|ugly|fat|slow|thick|useless|clueless|brainless)
pattern: who (the fuck|tf|the hell|) raised (you|u|ya) ~2 (wolves|animals|pigs|apes|monkeys|a pack|trash|idiots|morons|hyenas|rats|a zoo|a barn|a dumpster)
pattern: (parents|mom|mum|mother|dad|father|they|someone|somebody|nurse|doctor) (drop|dropped) (you|u|ya|him|her) ~3 (as a|when you were a|when u were a|on your head|on ur head|on his head|on her head|at birth)
match: why are you so fucking stupid
match: are you always this stupid or are you making a special effort today
match: how do you even function being this dumb
match: who raised you, wolves?
match: did your parents drop you as a kid
nomatch: why are you so quiet today
nomatch: how do you even function on four hours of sleep
note: rhetorical insulting questions about the reader's intelligence or upbringing
source: h5 fresh probes batch 3

[en.harassment.insult.r2-you-fucking-suck]
sub: insult
weight: 0.5
target: other
pattern: (you|u|ya|yall) (fucking|fuckin|fkn|so|really|literally|actually|truly|just|honestly|genuinely|absolutely|seriously) (suck|sucks)
pattern: (youre|ur|you are|u r) (so|such|literally|actually|fucking|fkn|just|) (ass|dogshit|dogwater|trash|garbage|shit|dookie|booty) at (this|the|that|everything|life|every|video|gaming|games|it|ranked)
match: you fucking suck at everything
match: ur so ass at the game bro get off
nomatch: you really suckered me with that one
note: "you suck" with an intensifier, and "you're (ass|trash) at this" from gaming chat
source: h5 fresh probes batch 3

[en.harassment.insult.r2-you-adjective-animal]
sub: insult
weight: 0.65
target: other
pattern: (you|u|ya) (illiterate|uneducated|ignorant|inbred|braindead|brainless|mouth breathing|smelly|stinking|cowardly|spineless|gutless|slimy|sniveling|snivelling|greasy|toothless|useless|worthless|pathetic) (swine|pig|pigs|rat|worm|slug|goblin|troglodyte|neanderthal|peasant|pleb|buffoon|ape|monkey|animal|mutt|cretin|imbecile|moron|idiot|clown|fool|dog|hog|cow|sheep|cuck|simp|coward|weasel|snake|hick|redneck|hillbilly)
pattern: (you|u|ya) (absolute|fucking|total|complete|utter|) (mouth breather|mouthbreather|knuckle dragger|knuckledragger|troglodyte|neanderthal|bottom feeder|window licker|oxygen thief|waste of sperm)
pattern: grow a (pair|spine|backbone|set) (you|u|ya) (spineless|gutless|little|fucking|pathetic|) (cuck|coward|pussy|bitch|wimp|simp|worm|loser|baby|snowflake)
match: read a book you illiterate swine
match: you absolute mouth breather
match: grow a pair you spineless cuck
nomatch: you illiterate? no worries, audiobooks exist
note: "you" + contempt adjective + animal or subhuman noun
source: h5 fresh probes batch 3

[en.harassment.insult.r2-brush-off-noun]
sub: insult
weight: 0.55
target: other
pattern: (bite me|blow me|suck it|cope|seethe|cry more|stay mad|keep crying|keep coping|keep seething|get lost|get bent|eat dirt|go cry|cry harder|cry about it|whatever|go away|cope harder|seethe harder|mald|malding) (you|u|ya|) (freak|loser|idiot|moron|creep|weirdo|snowflake|bozo|clown|nerd|dork|incel|virgin|simp|cuck|crybaby|baby|karen|boomer|bitch|troll|fatass|noob|kid|lil bro|little bro|lil bitch|little bitch|pussy|retard|dumbass|brokie|ugly|peasant|pleb)
match: bite me, freak
match: keep crying snowflake
match: cope harder incel
nomatch: keep crying if you need to, it helps
note: dismissive taunt + insult noun from replies and gaming chat
source: h5 fresh probes batch 3

[en.harassment.insult.r2-trash-player]
sub: insult
weight: 0.4
pattern: (dogwater|trash|garbage|dogshit|braindead|brainless|useless|worthless|shit|cancer|retarded|washed|bot) (player|players|teammate|teammates|support|jungler|healer|tank|adc|carry|gamer|streamer|streamers|mod|mods|admin|admins|randoms|random|team)
pattern: uninstall (and|n|then) (go|kys|die|touch|get|quit|never|delete|leave|cry|log)
pattern: (talentless|washed|grifting|no talent|untalented|fraudulent) (hack|hacks|fraud|frauds|grifter|grifters|bum|bums|clown|clowns|has been|hasbeen|nobody|loser|losers)
pattern: (full of|bunch of|army of|herd of) (braindead|brainless|retarded|dumb|stupid|inbred|mouth breathing|smoothbrained) (kids|people|morons|idiots|sheep|fans|followers|npcs|losers|simps|children|bots|drones|zombies|teens|viewers|stans)
match: dogwater player, uninstall and go outside
match: this streamer is a talentless hack and his chat is full of braindead kids
nomatch: the trash bags are under the sink
note: weak gaming and streamer put-downs; each adds up with another hit
source: h5 fresh probes batch 3

[en.harassment.insult.r2-imagine-virgin-like-you]
sub: insult
weight: 0.55
pattern: imagine being ~6 (virgin|simp|loser|incel|failure|nobody|clown|bozo|cuck|nerd|weirdo|creep|fatass|neckbeard|manchild) like (you|u|him|her|this|them|that)
match: imagine being a 40 year old virgin simp like you
nomatch: imagine being a famous chef like her
note: the "imagine being a (loser) like you" taunt
source: h5 fresh probes batch 3

[en.harassment.identity_attack.r2-look-at-the-cripple]
sub: identity_attack
weight: 0.6
pattern: (look at|lmao look at|lol look at|imagine|check out|laugh at) (this|that|the|these|those) (cripple|cripples|retard|retards|spaz|spastic|tranny|trannies|faggot|faggots|fag|dyke|midget|mongoloid|gimp|downie|tard|freak|fatass|landwhale|whale|hambeast|schizo|psycho)
match: look at the cripple trying to walk lmao
nomatch: look at this crippling debt
note: mocking a disabled or queer person in a post about them
source: h5 fresh probes batch 3

[en.harassment.identity_attack.r2-group-like-you]
sub: identity_attack
weight: 0.65
target: other
pattern: (jews|muslims|blacks|gays|immigrants|mexicans|arabs|asians|indians|christians|hindus|queers|trannies|fags|faggots|dykes|lesbians|feminists|foreigners|refugees|migrants|illegals|pakis|gay people|trans people|black people|jewish people|muslim people|disabled people|autistic people|retarded people|retards|cripples) like (you|u|ya|him|her|them|yourself) (ruin|ruined|ruining|destroy|destroyed|are going to hell|are going to burn|will burn|will rot|belong in|make me sick|disgust me|are a disease|are a plague|are a cancer|are disgusting|are the problem|arent welcome|are not welcome|dont belong|shouldnt exist|should not exist|shouldnt be allowed|should not be allowed|are vermin|are animals|are subhuman|are parasites|deserve|need to|should|must|cant|are why|are the reason)
match: jews like you ruin everything
match: gay people like you are going to hell, burn
match: retarded people like you shouldn't be allowed online
nomatch: gay people like you are so brave
note: identity noun + "like you" + a hostile predicate aimed at the reader; "are so brave" and other praise do not match
source: h5 fresh probes batch 3

[en.harassment.threat.r2-end-your-bloodline]
sub: threat
weight: 0.8
target: other
pattern: end (your|ur|yo|his|her|their) (bloodline|blood line|family line|lineage|line|family tree|whole family)
pattern: (pay|paying|hire|hiring|send|sending|get|getting) (someone|somebody|people|a guy|a hitman|guys|my boys|some guys|thugs|a crew|my cousins) to (hurt|beat|kill|jump|stab|shoot|rough up|break|attack|find|visit|take care of|deal with|handle|smash|end) (you|u|ya|your|ur|him|her)
pattern: make (you|u|ya) (beg|wish|pray|scream|cry|crawl) (for|you|u|that|to) ~2 (death|mercy|dead|never born|had never|were dead|your life|ur life|die)
pattern: (want|wanna|love|gonna|going|would love|cant wait|like|need) (to|) (watch|see) (you|u|ya) (suffer|bleed|die|burn|rot|beg|scream|choke|drown|bleed out|writhe)
match: i will end your bloodline
match: i'll pay someone to hurt you
match: i'll make you beg for death
match: i want to watch you suffer
nomatch: i want to see you succeed
note: violent threats: hiring someone, ending the reader's line, making them beg or suffer
source: h5 fresh probes batch 3

[en.harassment.threat.r2-ill-cut-you]
sub: threat
weight: 0.6
target: other
pattern: (ill|imma|ima|i will|im gonna|gonna|i swear ill|i will fucking|ill fucking|i'll|finna|bout to|about to) (cut|shank|stab|slice|knife|gut|slash) (you|u|ya|yo ass|your ass|ur ass|your face|ur face)
match: bitch i'll cut you
nomatch: i'll cut your hair tomorrow
note: knife threats; "cut you a slice / some slack / a deal" is in the round-2 allow proposal
source: h5 fresh probes batch 3

[en.harassment.threat.r2-your-friends-better-watch-out]
sub: threat
weight: 0.7
target: other
pattern: (you|u) (and|n) (your|ur) (little|lil|stupid|fucking|) (friends|family|crew|boys|mom|kids|squad|gang|girlfriend|boyfriend|buddies|posse) (better|should|gonna|will|are gonna|r gonna) (watch out|watch your backs|watch ur backs|be scared|be afraid|pay|regret|run|hide|pray)
pattern: make an example (out of|of) (you|u|ya)
pattern: (see|lets see|well see|we will see|ill see) how (tough|brave|big|hard|bad|funny|smart|cocky|confident|mouthy|loud) (you|u|ya) (are|r|really are|talk|act) (when|once|after|irl|in person|face to face)
pattern: (show up|come|pull up|turn up) (at|to) (your|ur) (graduation|wedding|funeral|job|work|school|house|home|party|office|game|recital|prom|birthday|church|kids school) ~3 (ruin|and ruin|embarrass|expose|make a scene|beat|hurt|fuck you up|kill|stab)
match: you and your little friends better watch out
match: i'm going to make an example out of you
match: we'll see how tough you are when i'm at your door
match: i'll show up at your graduation and ruin it
nomatch: i'll show up at your graduation with flowers
note: intimidation aimed at the reader and their circle
source: h5 fresh probes batch 3

[en.harassment.threat.r2-creepy-watching]
sub: threat
weight: 0.4
target: other
pattern: look (outside|out) (your|ur) (window|door|front door|back door|bedroom window)
pattern: i (can|could) see (you|u|ya) (right now|rn|from here|through your window|through ur window|in your room|in ur room|sleeping)
pattern: i know what (you|u) did
pattern: (im|i am|ill|i will|im gonna|imma|ima|im going to) (telling|tell|gonna tell|going to tell) (everyone|everybody|the whole school|your parents|ur parents|your mom|ur mom|your boss|ur boss|your wife|your gf|your bf|your husband)
match: look outside your window
match: i can see you right now
match: i know what you did and i'm telling everyone
nomatch: look outside, it's snowing
note: creepy surveillance lines; each is weak alone (also said in fun), two together flag
source: h5 fresh probes batch 3

[en.harassment.threat.r2-legal-intimidation]
sub: threat
weight: 0.6
target: other
pattern: sue (you|u|ya) (into oblivion|into the ground|for everything|for every penny|so hard|into bankruptcy|to death|until you|till you|for all youre worth|for all you are worth|back to the stone age)
pattern: (take|taking|have|get) everything (you|u) (own|have|love|ever had)
pattern: (my|our) (lawyer|lawyers|attorney|attorneys|legal team) (will|gonna|are going to|is going to|is gonna|are gonna) (destroy|bury|ruin|end|crush|eat|annihilate) (you|u|ya|your|ur)
pattern: (youre|ur|you are|u r) (done|finished|dead|over) in this (town|city|industry|business|school|community|county|state|scene)
pattern: (have|get) (your|ur) (license|licence|visa|green card|kids|children|degree|scholarship|permit|passport) (revoked|taken|taken away|pulled|cancelled|canceled|suspended)
match: i'll sue you into oblivion and take everything you own
match: my lawyers will destroy you and your family
match: i'll have your license revoked, you're done in this town
nomatch: my lawyer will contact you about the lease
note: legal-sounding intimidation meant to frighten rather than resolve a dispute
source: h5 fresh probes batch 3

[en.harassment.doxxing.r2-go-to-his-house]
sub: doxxing
weight: 0.75
target: other
pattern: (everyone|everybody|yall|you guys|lets|lets all|someone|somebody|we should all|we should) (go|head|pull up|show up|drive|swing by) (to|at|by) (his|her|their) (house|home|place|work|job|school|address|office|workplace|door|apartment|parents)
pattern: (post|posting|posted|drop|dropping|leak|leaking|leaked) (his|her|their|your|ur) ~3 (and|n|plus|with) (address|addy|home address|number|phone number|location|workplace|school|employer)
pattern: (raid|raiding|spam|spamming|flood|flooding) ~4 (slurs|hate|death threats|n words|gore|porn|threats|kys)
match: everyone go to his house 221 oak lane and show him what we think
match: posting his mugshot and address, do what you want
match: lets raid her stream and spam slurs
nomatch: let's raid the fridge
note: calls to mob a target at home or online
source: h5 fresh probes batch 3

[en.harassment.doxxing.r2-her-wifes-name]
sub: doxxing
weight: 0.45
pattern: (his|her|their) (wifes|husbands|kids|moms|mums|dads|sisters|brothers|daughters|sons|girlfriends|boyfriends|parents|familys|childrens) (name|names|school|address|number|workplace|job|phone|instagram|insta|facebook)
pattern: (heres|here is|this is|found|got) (his|her|their) (phone number|number|cell|cell number|address|addy|home address|email|work number|work address|personal number|personal email)
pattern: (go|yall|everyone|everybody|lets) (say hi|say hello|give him a call|give her a call|pay him a visit|pay her a visit|do your thing|do ur thing|you know what to do|have fun with him|have fun with her|tell him what you think|tell her what you think)
match: his wife's name is sarah and she works at the bank on main, go say hi
match: here's her phone number, call her and tell her what a slut she is
nomatch: his wife's birthday is next week
note: exposing a target's family details or contact and inviting others to act; weak alone, two flag
source: h5 fresh probes batch 3

[en.harassment.death_wish.r2-find-you-hanging]
sub: death_wish
weight: 0.85
target: other
pattern: (hope|wish|pray|hoping|praying) ~4 (find|finds|found) (you|u|ya|him|her) (hanging|dead|in a ditch|lifeless|cold|with a rope|in pieces|floating|overdosed)
pattern: (shoot|kill|stab|punch|beat|attack|jump|hang|smack|slap) ~3 on sight
pattern: (hang|shoot|execute|lynch|behead) (all|every|all of|all the|every last one of|every single one of) (these|those|the|them|those fucking|these fucking) ~1 (traitors|politicians|democrats|republicans|liberals|conservatives|journalists|reporters|cops|libs|leftists|commies|fascists|senators|judges|teachers|doctors)
pattern: (like you|like u|like him|like her|like them) (should|need to|must|deserve to|ought to) (be|get) (lined up|shot|hanged|hung|executed|gassed|killed|beaten|put against a wall|put down|strung up|tortured)
pattern: (should|needs to|need to|deserves to|deserve to|ought to) (be|get) (beaten|beat up|punched|slapped|smacked|assaulted|curbstomped|stomped|whipped|flogged|tortured|lined up and shot|lined up against a wall|put against a wall) (for|until|till|to death|senseless|up|bloody|and|in)
match: i hope ur family finds u hanging
match: shoot this guy on sight
match: we should hang all these traitors, starting with him
match: politicians like you should be lined up and shot
match: this reporter should be beaten for writing that garbage
nomatch: people like you should be celebrated
note: death wishes and calls for violence against the reader or a named public person
source: h5 fresh probes batch 3

[en.harassment.sexual.r2-want-to-taste-you]
sub: sexual
weight: 0.65
target: other
pattern: (want|wanna|need|gonna|would love|love|dying|cant wait) (to|) (taste|lick|devour) (you|u|ya) (so bad|all over|up|tonight|baby|babe|rn|right now|everywhere|)
pattern: (cum|cumming|nut|nutting|jerk off|jack off|jerking off|jacking off|touch myself|touching myself|masturbate|masturbating|fap|fapping|wank|wanking) (thinking about|to|over|while thinking of|to pics of|to the thought of|thinking of|imagining) (you|u|ya|your|ur)
pattern: bend over ~3 (show you|what a real man|daddy|take it|real man|make you|teach you|give you)
pattern: (i know|i can tell|we both know|admit) (you|u) (want|like|love|liked|loved) (it|this|my|this dick|my dick|my cock|it rough|it too|me too)
pattern: (you|u) want it ~2 i know (you|u) (do|want it)
pattern: (stop|quit) playing hard to get
pattern: (sexy|hottie|baby|babe|sweetheart|honey|mami|shawty|cutie|beautiful|gorgeous) ~2 how much (for|4)
pattern: how much (for|4) (a bj|a blowjob|head|sex|your body|ur body|a night with you|a night with u|your nudes|ur nudes|a pic of your|a pic of ur|a hand job|a handjob)
pattern: (dm|send|drop|give|link|whats) (me|us|) (your|ur) (onlyfans|fansly|nudes|lewds|spicy account|spicy acc|finsta|private snap|private story)
match: i want to taste you
match: i'm gonna cum thinking about you tonight
match: bend over and i'll show you what a real man is
match: you want it, i know you do
match: stop playing hard to get, i know you want me
match: hey sexy, how much for a night
match: dm me your onlyfans or you're a prude
nomatch: how much for a night at the hotel?
nomatch: bend over and touch your toes
note: unwanted sexual remarks, pressure and solicitation in DMs
source: h5 fresh probes batch 3

[en.harassment.threat.r2-know-where-kids-play]
sub: threat
weight: 0.7
target: other
pattern: (know|knw|found out|found|ik) where (your|ur|yo) (kids|kid|children|son|daughter|family|wife|mom|little sister|little brother|parents|dog|baby) (play|plays|live|lives|sleep|sleeps|hang|hangs|go|goes|walk|walks|stay|stays|catch the bus|get the bus|wait)
match: i have a gun and i know where your kids play
nomatch: i know where your kids' toys are
note: menacing knowledge of the reader's family's whereabouts
source: h5 fresh probes batch 3

[en.harassment.death_wish.r2-who-should-be-hanged]
sub: death_wish
weight: 0.7
pattern: (who|that) (should|needs to|deserves to|ought to|must|oughta) (be|get) (shot|hanged|hung|lynched|beheaded|gassed|strung up|put down|shot dead|lined up and shot|burned at the stake|tarred and feathered)
pattern: (see|put|send|leave|stuff) (you|u|ya) in a (body bag|bodybag|coffin|casket|shallow grave|morgue drawer)
pattern: (dead|die|dies|kill|killed|shoot|stab|end) (skull|) (gun|knife|coffin|guns|knives)
match: this senator is a traitor who should be hanged
match: i'd love to see you in a body bag
match: ur dead 💀🔫
nomatch: the law says who should be paid first
note: calls to execute a discussed person, body-bag wishes, and death words followed by weapon emoji
source: h5 fresh probes batch 4

[en.harassment.insult.r2-run-together]
sub: insult
weight: 0.6
target: other
pattern: (stupidbitch|dumbbitch|fatbitch|uglybitch|urafuckingidiot|urafuckinidiot|uranidiot|uridiot|urstupid|ursostupid|ursodumb|urdumb|urtrash|uraloser|fuckyou|fuckoff|gofuckyourself|stfuidiot|stfubitch|dumbfuck|fuckface|shutupbitch|urugly|ursougly)
match: stupidbitch
match: urafuckingidiot
nomatch: stupid bitcoin fees
note: insults typed without spaces to slip past word filters
source: h5 fresh probes batch 4

[en.harassment.insult.r2-mom-should-have-swallowed]
sub: insult
weight: 0.65
target: other
pattern: (mom|mum|mother|mama|momma|dad|father|parents) (should have|shouldve|should of|shoulda|had|wouldve|would have|should) (swallowed|aborted|pulled out|used a condom|used protection|kept her legs closed|drowned you|flushed you|swallowed you)
pattern: (you|u) (were|was|are) (a|an|the|such a) (mistake|accident|abortion|failed abortion|broken condom) (your|ur) (parents|mom|mum|dad|family) ~2 (regret|regrets|hate|hates|wish|wishes)
match: wish your mom had swallowed you
match: you were a mistake your parents regret
nomatch: my mom should have called first
note: existence-shaming ("your mom should have swallowed")
source: h5 fresh probes batch 4

[en.harassment.insult.r2-group-chat-to-mock]
sub: insult
weight: 0.65
target: other
pattern: (group chat|groupchat|gc|server|discord|chat|page|account|thread) ~5 (make fun of|laugh at|roast|talk shit about|trash talk|mock|rate|rank) (you|u|ya|ur|your)
pattern: (made|make|started|created) (a|an|this) ~2 (group chat|groupchat|gc|server|page|account|thread) (just|only|) (to|for) (make fun of|laugh at|roast|mock|hate on|talk about|trash) (you|u|ya)
match: we made a group chat just to make fun of you lol
nomatch: we made a group chat for the trip
note: organised mockery of the reader (cyberbullying pile-on told to the target)
source: h5 fresh probes batch 4

[en.harassment.insult.r2-you-look-like-a-burnt]
sub: insult
weight: 0.6
target: other
pattern: (you|u|ya) (look|looks|lookin|looking) like (a|an|the) (burnt|burned|melted|deflated|smashed|sweaty|hairless|bald|rotten|moldy|mouldy|expired|microwaved|crusty|greasy|shaved|overcooked|inbred|malnourished|botched|failed|discount|off brand|knockoff|rejected|thumb|foot|potato|rat|pig|goblin|gremlin|troll|ogre|toad)
pattern: (seen|met) (better looking|prettier|cuter|hotter|smarter|more attractive) (roadkill|corpses|dead bodies|garbage|trash|rats|dogs|monkeys|potatoes|rocks|toilets|shit|pigs|cows|warts)
match: you look like a burnt chicken nugget
match: i've seen better looking roadkill
nomatch: you look like a model
note: appearance roasts of the reader
source: h5 fresh probes batch 4

[en.harassment.insult.r2-braindead-person]
sub: insult
weight: 0.56
pattern: (braindead|brain dead|brainless|retarded|moronic|mouthbreathing|mouth breathing|knuckle dragging|inbred|cave dwelling|illiterate) (person|people|human|humans|individual|loser|losers|creature|adult|boomer|zoomer|troglodyte|troglodytes|neanderthal|neanderthals|moron|morons|idiot|idiots|hick|hicks|redneck|rednecks|peasant|peasants|npc|npcs)
match: he's a mouthbreathing troglodyte
match: what a braindead take from a braindead person
nomatch: the brain dead patient was kept on support
note: contempt adjective + person noun
source: h5 fresh probes batch 4

[en.harassment.threat.r2-shut-up-before-i-make-you]
sub: threat
weight: 0.7
target: other
pattern: shut (up|it|your mouth|ur mouth|your face|ur face|your trap) (before|or|else) (i|ill|we|imma) (make|shut|do|come|beat|hit|slap|smack|punch|knock)
pattern: (got|have|know|ran|found) (your|ur) (license plate|plate|plates|tags|plate number|car) ~3 (see you|see u|watch|coming|soon|bitch|waiting|ill find|we know|i know where)
pattern: (watching|watch|see|seeing|recording|record|recorded|spying on) (you|u|ya) (through|thru|on|with|via|from) (your|ur|the) (webcam|camera|cam|phone camera|laptop camera|baby monitor|ring camera|doorbell)
pattern: (hacked|hack|got into|broke into|accessed|cracked) (your|ur) (account|acc|phone|email|insta|snap|discord|computer|laptop|icloud|cloud|pc|router|webcam|camera|socials|accounts)
match: shut up before i make you
match: i got your license plate, see you soon
match: i'm watching you through your webcam
match: i hacked your account and i'm reading all your messages
nomatch: i think someone hacked my account
note: intimidation by force or by showing access to the reader's car, camera or accounts
source: h5 fresh probes batch 4

[en.harassment.threat.r2-send-them-to-your-wife]
sub: threat
weight: 0.75
target: other
pattern: (screenshots|screenshot|recordings|recording|receipts|evidence|pics|nudes|video|videos|texts|messages|chats|dms|proof) ~6 (send|show|forward|leak|post|give) (them|it|this|these|those|that|everything) to (your|ur) (wife|husband|boss|mom|mum|dad|parents|family|girlfriend|boyfriend|gf|bf|employer|church|school|principal|kids|pastor|coworkers|friends)
match: i have screenshots of everything and i'll send them to your wife
nomatch: send the pics to your mom, she'll love them
note: exposure threats (blackmail set-up)
source: h5 fresh probes batch 4

[en.harassment.identity_attack.r2-go-back-to-africa-monkey]
sub: identity_attack
weight: 0.8
target: other
pattern: (go|get|swim|crawl|fly) back to (africa|mexico|china|india|pakistan|syria|somalia|the jungle|your jungle|the trees|your country|ur country) (you|u|ya|) (monkey|ape|monkeys|apes|wetback|beaner|chink|terrorist|savage|animal|rat|nigger|coon|bitch|scum|trash|filth|roach|cockroach|paki|towelhead|raghead|spic)
match: go back to africa monkey
nomatch: go back to africa for the safari next year
note: "go back to X" followed by a racial insult
source: h5 fresh probes batch 4

[en.harassment.sexual.r2-looking-at-your-legs]
sub: sexual
weight: 0.6
target: other
pattern: (like|love|enjoy|loved|liked) (looking at|staring at|watching|checking out|seeing) (your|ur) (legs|ass|butt|tits|boobs|chest|body|thighs|booty|cleavage|bum|rack|curves)
pattern: (look|looks|would look|d look|will look) (even|so much|) (better|good|hotter|sexier|great|amazing) (naked|nude|without clothes|with no clothes|without your clothes|topless|in nothing|with nothing on)
match: wear the short skirt tomorrow, i like looking at your legs
match: bet you look even better naked
nomatch: i love looking at your art
note: leering comments on the reader's body
source: h5 fresh probes batch 4

[en.harassment.insult.r2-biggest-idiot-in]
sub: insult
weight: 0.56
pattern: (the|) (biggest|dumbest|stupidest|worst|most useless|most pathetic|most corrupt) (idiot|moron|clown|loser|liar|fraud|joke|embarrassment|disgrace|imbecile|dumbass|asshole|prick|bozo|piece of shit|hypocrite|grifter|coward|dipshit|cunt|twat) (in|on|of|alive|ever|to ever|that ever)
match: another braindead tweet from the biggest idiot in congress
nomatch: the biggest game of the year
note: superlative insult of a public figure ("the biggest idiot in congress")
source: h5 fresh probes batch 5

[en.harassment.insult.r2-fat-disgusting-pig]
sub: insult
weight: 0.6
pattern: (hes|shes|he is|she is|theyre|they are|youre|ur|you are|u r|what|such) (a|an|such a|such an|just a) (fat|ugly|disgusting|filthy|dirty|greasy|smelly|gross|nasty|lazy|stupid|dumb|sweaty|vile|fucking|slimy|obese|useless|worthless) (fat|ugly|disgusting|filthy|dirty|greasy|smelly|gross|nasty|lazy|stupid|dumb|sweaty|vile|fucking|slimy|obese|useless|worthless|) (pig|swine|cow|slob|whale|hog|sow|rat|worm|slug|toad|goblin|troll|walrus|hippo|beast|heifer|landwhale)
pattern: (you|u|ya) (absolute|fucking|total|little|stupid|dumb|) (spastic|spaz|spazz|mong|mongoloid|window licker|downie|sped)
match: hes a fat disgusting pig
match: you absolute spastic
nomatch: he's a guinea pig in this study
note: degrading adjective + animal noun about a person, and disability slurs aimed at the reader
source: h5 fresh probes batch 5

[en.harassment.death_wish.r2-no-one-will-care]
sub: death_wish
weight: 0.75
target: other
pattern: (hit|run over|killed|die|dead|gone) ~6 (no one|nobody|noone) (will|would|is gonna|gonna|is going to) (care|miss you|miss u|notice|cry|come to your funeral|come to ur funeral|mourn|give a shit|give a fuck)
pattern: (ill|imma|ima|im gonna|i will|gonna|we will|well|i swear ill|im going to) ~1 (put|send|leave) (you|u|ya) in (a|the) (wheelchair|coma|body cast|hospital bed|neck brace|icu|grave|ground)
pattern: catch (you|u|ya|him|her) (slipping|lacking|slippin|lackin|off guard|alone)
match: you'll get hit by a car one day and no one will care
match: i'll put you in a wheelchair
match: one day i'll catch you slipping
nomatch: no one will care if you skip the meeting
note: death wishes with "no one will care", and injury threats
source: h5 fresh probes batch 5

[en.harassment.threat.r2-coming-with-my-boys]
sub: threat
weight: 0.7
target: other
pattern: (coming|comin|pulling up|pullin up|showing up|going|headed|heading|rolling) (to|at|by) (your|ur|yo) (house|home|school|work|job|place|crib|door|spot|block) (with|and) (my|the|a|some) (boys|gang|crew|homies|bros|cousins|brothers|gun|knife|bat|strap|glock|blade|machete|opps)
pattern: (better|should|gotta) lock (your|ur) (doors|door|windows) (tonight|bitch|now|while|before)
match: i'm coming to your house with my boys tonight
match: better lock your doors tonight
nomatch: i'm coming to your house with pizza tonight
note: arriving at the reader's home with a crew or a weapon
source: h5 fresh probes batch 5

[en.harassment.doxxing.r2-make-private-pics-public]
sub: doxxing
weight: 0.75
target: other
pattern: make (your|ur) (private|personal|intimate|secret|spicy|naked|nude) (pics|pictures|photos|videos|vids|messages|texts|chats|life|info|information|stuff) (public|go viral|viral|known|everyones business)
match: i'll make your private pics public
nomatch: make your private repo public on github
note: threats to expose private images or messages
source: h5 fresh probes batch 5

[en.harassment.sexual.r2-send-one-without-shirt]
sub: sexual
weight: 0.7
target: other
pattern: (send|show|post|take) ~3 (without|with no|minus) (the|your|ur|a|any) (shirt|top|bra|clothes|pants|panties|underwear|bikini|towel)
pattern: (dick|cock) (sucking|suckin|sucker|suckers) (lips|mouth)
pattern: (id|i would|imma|ima|i wanna|wanna|gonna|i want to|i will) (smash|bang|clap|pipe|rail|pound|bone) (you|u|ya|that|dat) (so hard|all night|till|until|raw|from the back|from behind|cheeks|ass|booty|tonight|senseless)
pattern: (put|stick|slide|shove) it (in|inside) (you|u|ya)
pattern: (your|ur|yo) (tits|boobs|titties|ass|booty|butt|cleavage|rack) (look|looks|looking) (amazing|great|nice|huge|hot|sexy|perfect|incredible|delicious|so good|fuckable|juicy|fat|big) (in|on|today|rn|tonight)
match: cute pic, now send one without the shirt
match: you have dick sucking lips
match: i'd smash you so hard
match: your tits look amazing in that top
nomatch: your legs look great in those running photos, strong
note: unwanted sexual comments and requests in DMs
source: h5 fresh probes batch 5

[en.harassment.identity_attack.r2-belong-in-ovens]
sub: identity_attack
weight: 0.85
target: group
pattern: (belong|belongs|should be|need to be|needs to be|deserve to be|deserves to be|go back|back) (in|into|to) (the|) (ovens|gas chamber|gas chambers|concentration camps|camps|showers|the showers)
match: jews belong in ovens
nomatch: the trays go in the ovens
note: genocidal references (ovens, gas chambers, camps)
source: h5 fresh probes batch 5

[en.harassment.insult.r2-nobody-will-ever-want-you]
sub: insult
weight: 0.6
target: other
pattern: (nobody|no one|noone) (is|will|would|is ever|will ever|would ever) (ever|) (going to|gonna|) (want|love|date|like|marry|kiss|touch|respect|hire|fuck|choose|pick) (you|u|ya)
match: nobody is ever going to want you, face it
match: no one will ever love you
nomatch: nobody is going to judge you here
note: telling the reader they are unlovable or unwanted
source: h5 fresh probes batch 5
