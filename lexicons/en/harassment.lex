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
version: 2026.11.30.9

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
pattern: (and|then|n|an|to) make (you|u|ya) (regret it|regret|pay|suffer|bleed|cry|beg)
match: ill make you regret this
match: im going to make you suffer
match: i will make your life hell
match: i'll come to your house and make you regret it
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
pattern: (someone|somebody|sb|pls|please|just|should|gotta|needs to|need to|i should|ill|imma|lemme|let me|i want to|i wanna) ~2 put (you|u|ya) out of (your|ur) misery
match: someone should kill him
match: somebody please shoot this guy
match: someone needs to assassinate him
match: someone should put you out of your misery
nomatch: the vet said we should put him out of his misery, rip buddy
nomatch: please put me out of my misery, this lecture is endless
note: incitement by proxy

[en.harassment.death_wish.deserve-to-die]
sub: death_wish
weight: 0.85
target: other
pattern: (you|u|ya|he|she|they) (deserve|deserves|deserved) (to|2) (die|suffer|rot|burn)
pattern: (you|u|ya) (deserve|deserves) to be dead
pattern: (may|hope) (you|u|ya) (die|rot|burn|suffer|perish)
match: you deserve to die
match: u deserve 2 die
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
pattern: (expose|exposed|exposing|publish|published|publishing|post|posted|posting|drop|dropped|dropping|leak|leaked|leaking|spread|spreading) (your|ur) (home|real|full|irl|) (address|addy|ip|location)
pattern: (post|posted|posting|publish|drop|dropped|dropping|leak|leaked|leaking|spread|spreading) (his|her|their) (home|) (address|addy|ip)
pattern: (shared|sharing|sent|sending|put|putting) (your|ur) (home|real|full|irl|) (address|addy|ip|location) (in|on|to|all over) (the|a|every|) (discord|server|gc|group chat|groupchat|chat|twitter|reddit|tiktok|internet|web|forum|forums|story|stories|channel|everyone)
match: im posting your address on twitter
match: someone posted her home address
match: posted your address in the discord, have fun
match: shared ur address in the gc lol
note: publishing an address; "post your address" in a shop context is a rare false positive

[en.harassment.threat.someone-should-kill-them]
sub: threat
weight: 0.8
target: third
pattern: (someone|somebody|we|yall|people|ppl) (should|needs to|need to|gotta|ought to|oughta|has to) (shoot|stab|kill|murder|beat|hang|lynch|execute|strangle|choke|behead|run over|jump|bomb) (him|her|them|em|that|this|those|these)
pattern: (put|putting|puts) (a|one|some) (bullet|bullets|round|slug) (in|into|through|between) (his|her|their|that|this|ur|your) ~2 (head|skull|face|chest|brain|eyes)
match: someone should put a bullet in that journalist's head tbh
match: somebody needs to run over him
match: someone should strangle her honestly
nomatch: someone should kill the lights
nomatch: put a bullet in the chamber before you aim
note: a call for someone else to kill or hurt a named or pointed-at person; "this/that" may point at a thing, so the weight stays below the threats aimed at "you"

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
pattern: (hes|shes|he is|she is|theyre|they are|hes just|shes just|this guy is|that guy is|this guys|that guys|this dudes|that dudes|this dude is|that dude is|this kids|that kids|this kid is|that kid is) (a|an|such a|such an|the biggest|a total|a complete|an absolute|a fucking) ~1 (creep|pervert|perv|predator|groomer|nonce|idiot|moron|imbecile|dumbass|asshole|dickhead|douchebag|jackass|loser|bozo|prick|cunt|twat|bastard|scumbag|lowlife|joke|retard|fuckwit|dipshit|wanker|tosser|liar|hypocrite|coward|disgrace|embarrassment|scum|degenerate|dick|ass|arse|hag|pos|dumbfuck|dimwit|halfwit|nitwit|cretin|buffoon|fascist|bigot|racist|shill|grifter|crook|con artist|cuck|wanker|pedo|pedophile)
pattern: (hes|shes|he is|she is|theyre|they are|this guy is) (a|an|such a|such an|the|a total|a complete|an absolute|a fucking) ~1 (piece|waste|sack) of (shit|garbage|trash|space|oxygen)
match: he's a total idiot
match: she is such a fucking moron
match: this guy is a bozo
match: this guy's a fucking creep and a pedo
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
pattern: (dumb|stupid|ugly|fat|lazy|broke|weak|lame|punk|corny|goofy|clown|sorry|bitch|sad|pathetic|ignorant|racist|sick|nasty|lyin|lying|fake|bum|cheap|petty|soft|retarded|crusty|musty|dusty|ashy|ratchet|ghetto|hoe|thot|creepy|weird|annoying|pussy|snitch|scary|cornball|weirdo|trifling|triflin|busted|dirty|hating|jealous|simp|cuck|perverted|pedo|whiny|salty) (ass|azz|arse) (nigga|niggas|bitch|bitches|hoe|hoes|mf|mfs|fool|clown|loser|losers|motherfucker|fucker|bastard|idiot|moron|mofo|fuck|hater|haters|troll|cracker|punk|niggaz|hoe|fatass|fatso|freak|freaks|creep|creeps|slut|sluts|whore|whores|skank|retard|weirdo|pig|cow|whale|virgin|incel|goblin)
match: stupid ass bitch
match: you corny ass loser
match: bitch ass nigga
match: pussy ass bitch
match: ugly ass fatass lmao look at her
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
pattern: (send|show) ~6 or (ill|i will|imma|ima|im gonna|else ill|i swear ill) (leak|post|send|expose|share|tell|spread|screenshot|forward|show|drop|release|text|message|dm|ruin)
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
pattern: (look|looks|be) (better|good|hotter|sexier|great) ~5 (and|n) (on your knees|on ur knees|bent over|under me|in my bed)
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
pattern: (nobody|no one|noone) (would|will|wud) (miss|care|notice|cry) (about|for|) (you|u|ya|) (if|when) (you|u|ya) (died|die|were gone|was gone|are gone|disappeared|killed yourself|kys|were dead|was dead|stopped breathing|never came back|got hit|get hit|got run over|got killed|got shot|got stabbed|got hit by|got jumped|got murdered)
match: the world would be better without you
match: the world is better off without people like you
match: nobody would miss you if you died
match: the world would be a much better place without you
match: nobody would care if you got hit by a bus tbh
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
pattern: (youre|ur|you are|u r|you r|u are|your) (so|such|literally|actually|genuinely|honestly|really|fucking|fkn|fuckin|just|truly|completely|totally|absolutely|lowkey|highkey|deadass|fr|kinda|beyond|too|still|always|the most|sooo|soo|rly|legit|straight up|mad|hella|simply|clearly|obviously|pure) (so|such|fucking|fkn|fuckin|really|truly|completely|totally|absolutely|beyond|too|fr|) (fucking|fkn|fuckin|damn|goddamn|) (pathetic|worthless|useless|disgusting|stupid|dumb|gross|repulsive|vile|braindead|brainless|retarded|irrelevant|insufferable|unlovable|revolting|talentless|spineless|delusional|unbearable|trash|garbage|dogshit|subhuman|pitiful|a loser|a joke|a waste|a failure|a disgrace|an idiot|a moron|a clown|a bitch|a cunt|an embarrassment|mentally slow|mentally challenged|mentally deficient|slow in the head|brain damaged|dense)
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
pattern: (go|get|crawl|slither|run|scurry|creep) back (to|into|under|in) (whatever|the|which|wherever) ~1 (hole|rock|sewer|gutter|swamp|cave|pit|dumpster|cesspool|bridge|trailer|basement)
pattern: (hole|rock|sewer|gutter|swamp|cave|pit|dumpster|cesspool|trailer park|basement|swamp) (you|u|ya|he|she|they) (crawled|crawl|slithered|came|climbed|crept|spawned) (out of|outta|from)
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
pattern: (shame|pity|sad|terrible|awful) if (your|ur|yo) ~2 (address|addy|number|ip|info|real name|face|pics|photos|nudes|location|dox|details|phone number|socials|messages|dms|chats|search history) ~2 (ended up|end up|ends up|wound up|showed up|popped up|made it|landed|appeared|got dropped|got sent) (in|on|into|at|online|everywhere|around)
match: would be a shame if your address got out
match: it'd be a shame if your little address ended up in the discord
match: shame if ur nudes ended up on every group chat
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

# ---------------------------------------------------------------------------------------------
# Round 3 (hg): doxxing/exposure, persistent stalking, veiled and third-party threats.
# Families modelled: exposing someone to their boss/parents/school with screenshots, getting a
# person fired, "I will be in your replies until you delete", ban evasion, surveillance, threats
# against family, "someone should <violent act> him", "deserves a bullet".
# ---------------------------------------------------------------------------------------------

[en.harassment.doxxing.r3hg-expose-to-boss]
sub: doxxing
weight: 0.75
target: other
pattern: (i|ill|im|imma|ima|gonna|we|well|were|already|just|i will|i am|ive|i have|weve|i just|i already|about to|bout to) ~3 (send|sent|sending|show|showed|showing|forward|forwarded|forwarding|email|emailed|emailing|dm|dmed|dming|message|messaged|messaging|tag|tagged|tagging|mail|mailed|give|gave|giving|text|texted|texting) (your|ur|yo) (boss|manager|employer|hr|principal|school|job|work|company|supervisor|coworkers|pastor|coach|dean|university|college|uni|teachers|church|followers|sponsors|landlord) ~3 (screenshots|screenshot|ss|receipts|messages|msgs|texts|dms|chats|tweets|posts|comments|everything|evidence|recordings|recording|proof|what you said|what u said|what you wrote|what u wrote|what you posted|what u posted|what you did|what u did|what you sent|what u sent|what you say|what u say|all of it|all this|all of this|thread|the thread|whole thread|convo|conversation|chat logs|logs|history|whole thing)
pattern: (sent|emailed|forwarded|showed|texted|dmed|messaged|mailed|tagged) (your|ur|yo) (boss|manager|employer|hr|principal|school|job|work|company|supervisor|coworkers|pastor|coach|dean|university|college|teachers|church|followers|sponsors|landlord) ~3 (screenshots|screenshot|ss|receipts|messages|msgs|texts|dms|chats|tweets|posts|comments|everything|evidence|recordings|recording|proof|what you said|what u said|what you wrote|what u wrote|what you posted|what u posted|what you did|what u did|what you sent|what u sent|all of it|all of this)
pattern: (screenshots|screenshot|receipts|messages|texts|dms|chats|tweets|comments|recordings|recording|evidence|proof|everything you said|everything u said) ~6 (going|goes|go|sent|getting sent|headed|on the way|straight|are going|is going|gonna go|will go) (to|) (your|ur|yo) (boss|manager|employer|hr|principal|school|job|work|company|parents|mom|mum|dad|wife|husband|family|pastor|dean|university|college|sponsors|landlord|girlfriend|boyfriend)
pattern: (contacting|contacted|emailing|emailed|calling|called|reporting|reported|messaging|messaged|dming|tagging|tagged|ringing|rang) (your|ur|yo) (boss|manager|employer|hr|principal|parents|mom|mum|dad|school|job|work|company|supervisor|dean|university|college|landlord|sponsors|wife|husband) ~4 (showing|show|sending|send|with|and telling|tell|telling|forward|forwarding|and showing|giving)
pattern: (show up|come|pull up|turn up|stop by|drop by|go|coming|showing up) (at|to) (your|ur) (work|job|school|office|house|home|church|class|workplace|gym|college|uni|graduation|wedding|funeral|party|game|recital|prom|birthday|event|practice|interview|office party|baby shower|reunion) ~3 (tell|telling|show|showing) (everyone|everybody|them|your boss|ur boss|your coworkers|ur coworkers|your friends|the whole|all)
match: im contacting your parents and showing them your messages
match: i'll show up at your work tomorrow and tell everyone what you are
match: im gonna show up at ur graduation and tell everyone what u did
match: sent ur manager everything u said, enjoy unemployment
match: i'm sending your boss the screenshots
match: i emailed ur dean the whole thread, expulsion incoming
match: these screenshots are going straight to your employer
nomatch: screenshot everything and show your parents so they can help
nomatch: i'll email your teacher about the homework
nomatch: i sent your mom the pics from the party
nomatch: i'm sending your mom the screenshots of the flight times
note: first-person threat to expose someone to their employer, school or family with their messages
source: r3 hg fresh probes

[en.harassment.doxxing.r3hg-employer-will-love]
sub: doxxing
weight: 0.6
target: other
pattern: (your|ur|yo) (boss|manager|employer|hr|principal|company|school|university|college|dean|sponsors|pastor|church|coworkers|landlord|bosses|employers|managers|principals) ~3 (love|enjoy|like|interested|curious) (to see|to hear|to read|to know|in|seeing|hearing|reading) (these|those|what|how|all|your|ur|the) ~1 (screenshots|tweets|posts|comments|messages|dms|texts|videos|receipts|recordings|clips|takes|rants|you|u|opinions)
pattern: (found|located|tracked down|looked up|pulled up|dug up|have|got) (your|ur) (linkedin|employer|workplace|job|company|boss|work|work email|work number|manager|principal|school) ~6 (gonna love|will love|would love|is gonna love|will be interested|would be interested|will be hearing|will hear from|is about to hear|bout to hear|gets a call|getting a call|getting an email|gets an email|will get a call|will get an email|is getting a call|gonna hear|gonna get a call|is gonna hear)
match: your employer would love to see these tweets
match: already found your linkedin, your employer is gonna love this
nomatch: your boss is gonna love this presentation
nomatch: your mom would love to see this picture
note: sarcastic exposure threat aimed at the target's employer or school
source: r3 hg fresh probes

[en.harassment.doxxing.r3hg-found-your-school]
sub: doxxing
weight: 0.4
target: other
pattern: (found|located|tracked down|traced|figured out|found out|dug up|tracked) (your|ur|yo) (school|workplace|job|office|employer|work address|dorm|apartment|building|class schedule|schedule|license plate|campus|route|real name|parents)
match: found ur school
nomatch: i found your keys under the couch
note: telling someone their school or workplace has been found, or pointing a crowd at a person's school
source: r3 hg fresh probes

[en.harassment.doxxing.r3hg-get-them-fired]
sub: doxxing
weight: 0.7
target: other
pattern: (lets|let us|we need to|we should|everyone|everybody|yall|someone|somebody|time to|go|we gonna|were gonna|lets all|help me|i will|ill|imma|ima|im gonna) ~1 (get|have|make sure) (him|her|them|this guy|this girl|that guy|that girl|this dude|that dude|this bitch|that bitch|this teacher|that teacher|this idiot|her ass|his ass|this person|this woman|this man|that woman|that man) (fired|sacked|expelled|kicked out|blacklisted|unemployed|deported|evicted)
pattern: (say goodbye|kiss goodbye|wave goodbye|say bye|kiss) (to|) (your|ur) (job|career|scholarship|channel|account|reputation|marriage|license|licence|sponsorship|sponsors|kids|custody|degree|future)
match: lets get him fired, his employer is tagged below
match: say goodbye to your career
nomatch: let's get him a birthday cake
nomatch: say goodbye to your old job, congrats on the new one
note: organising to get a person fired or expelled; "say goodbye to your career"
source: r3 hg fresh probes

[en.harassment.doxxing.r3hg-enjoy-unemployment]
sub: doxxing
weight: 0.4
target: other
pattern: (expulsion|suspension|getting fired|termination|unemployment|firing|lawsuit|divorce papers) (incoming|loading|coming|is coming|soon)
pattern: (enjoy|have fun|hope you enjoy|hope u enjoy) (being|) (unemployed|unemployment|jobless|the unemployment line|homeless)
pattern: better start (looking for|updating|polishing) (a new job|another job|your resume|ur resume|a new school|your cv|ur cv)
match: enjoy unemployment
match: better start updating your resume
nomatch: you should start updating your resume every year
note: weak alone: taunt that the target will lose their job; counts with an exposure threat
source: r3 hg fresh probes

[en.harassment.threat.r3hg-persistent-until-delete]
sub: threat
weight: 0.75
target: other
pattern: (wont|will not|not|never|aint|im not|i will not|i wont|i aint|not gonna|aint gonna|never gonna|im not gonna|not going to) (stop|stopping|leave|leaving|quit|quitting|going anywhere|go anywhere|backing off|back off|letting up|let up|going away|go away) ~6 (until|till|til|untill) (you|u|ya) (delete|deactivate|leave|quit|log off|get off|go private|kill|die|cry|break|snap|disappear|drop out|transfer|shut down|delete your|delete ur|quit the|leave the|talk to me|respond|answer|reply|unblock|forgive me|take me back|see me|meet me|text me back|call me back|admit it)
pattern: (every|each) (day|single day|post|video|tweet|stream|upload|morning|night|hour|time) ~5 (until|till|til|untill) (you|u|ya) (delete|deactivate|quit|log off|get off|go private|kill|die|cry|break|snap|disappear|shut down|drop out)
pattern: (in|all over) (your|ur) (replies|mentions|comments|dms|inbox|notifications|notifs|comment section|messages|texts|page|streams|chat|timeline) ~6 (until|till|til|untill) (you|u|ya) (delete|deactivate|leave|quit|log off|get off|go private|kill|die|cry|break|snap|disappear|block|respond|reply|answer|admit|apologize|apologise|shut down|drop out)
match: i will be in your replies every single day until you delete your account
match: i'm not stopping until you delete ur acc, every post every day
match: every day until you quit, i'll be here
match: i'm not leaving you alone until you talk to me
nomatch: i'll be in your replies every day cheering you on!
nomatch: i won't stop until you get better
nomatch: every day until you leave for college i'll make you breakfast
note: persistent harassment: campaigns that continue until the target deletes, quits or breaks
source: r3 hg fresh probes

[en.harassment.threat.r3hg-ban-evasion]
sub: threat
weight: 0.75
target: other
pattern: (accounts|accs|alts|numbers|profiles|burners|burner|alt|new account|new acc|new number|another account|another acc|another number|fake account|fake acc|fake accounts) ~4 (keep|just keep|still|so i can keep|to keep|and keep|and still) ~1 (messaging|texting|dming|calling|following|watching|finding|harassing|contacting|reaching|stalking|talking to|commenting|seeing|tagging|emailing|spamming) (you|u|ya)
pattern: (blocking|block|blocked|blocks|banning|ban|banned|reporting|report|muting|mute) me (wont|will not|doesnt|does not|aint|isnt|not gonna|never|cant|can not|cannot|is not gonna|will never|aint gonna) ~1 (work|help|stop|save|do|change|keep|matter|protect)
pattern: (you|u|ya) (cant|can not|cannot|will never|wont|will not|aint gonna|can never) (block|escape|hide from|run from|get away from|avoid) me (forever|bitch|everywhere|no matter|for long)
match: i made 5 new accounts to keep messaging you, blocking me won't work
match: you can't block me forever
match: blocking me doesn't stop anything
nomatch: blocking spam numbers won't work on this phone
nomatch: i made a new account because i forgot my password
note: ban evasion and "you cannot escape me": persistent unwanted contact
source: r3 hg fresh probes

[en.harassment.threat.r3hg-surveillance]
sub: threat
weight: 0.6
target: other
pattern: (i|we|ive|weve|i have|just|i just) (saw|seen|spotted|watched|see|been watching|was watching|followed|been following) (you|u|ya) ~8 (watch yourself|watch urself|watch your back|watch ur back|im watching|i am watching|ill be watching|always watching|you didnt see me|u didnt see me|didnt notice me|you looked scared|u looked scared|i know where)
pattern: (in|wearing|with) (the|that|your|ur|a) ~2 (hoodie|jacket|dress|shirt|skirt|outfit|top|shorts|jeans|uniform|hat|coat|backpack|car) ~4 (be careful|watch out|watch yourself|watch urself|watch your back|watch ur back|im watching|i was watching|didnt see me|didnt notice me|i know where)
pattern: (waiting|parked|standing|sitting|camped|camping|lurking|hiding|waitin) (right|) outside (your|ur|yo) (house|home|door|window|bedroom|room|apartment|place|dorm|crib)
match: i saw you at the gym today in the red hoodie, you should be careful
match: waiting outside your house rn
match: i've been watching you at school, watch your back
nomatch: i saw you at the gym today, nice deadlift!
nomatch: i saw you at the concert, it was so fun
nomatch: i saw you at the mall, you should be careful with that cast on your arm
note: surveillance talk: watched, followed or waited for, with a warning
source: r3 hg fresh probes

[en.harassment.threat.r3hg-know-your-schedule]
sub: threat
weight: 0.35
target: other
pattern: (i|we|ik) (know|found|found out|know exactly|figured out) (what time|when|exactly when|the time) (you|u|ya) (leave|get off|finish|get home|go home|walk|come home|get out|are alone|r alone|sleep|go to bed|walk home|leave work|leave school|take the bus|walk your dog|walk ur dog)
pattern: (and|n|plus|also|even) (what time|exactly when|when) (you|u|ya|they|he|she|the kids|your kids|ur kids) (leave|get off|finish|get home|go home|walk|come home|get out|are alone|r alone|sleep|go to bed|walk home|leave work|leave school|take the bus|get picked up|get out of school|gets out|get out|finish school)
pattern: (know|found|found out|got) (the|your|ur|his|her) (kids|kid|childrens|daughters|sons|babys) (school|schools|daycare|bus stop|route|schedule|address)
pattern: (got|have|know|found|ran) (his|her|their) (license plate|plate|plates|plate number|tags)
match: i know what time you leave work
match: i know which car is yours and what time you leave work
nomatch: what time do you leave work tomorrow?
note: weak alone (partners say it): knowing someone's schedule; counts together with other surveillance signals
source: r3 hg fresh probes

[en.harassment.threat.r3hg-family-not-safe]
sub: threat
weight: 0.7
target: other
pattern: (your|ur|yo) (family|kids|kid|children|son|daughter|mom|mum|dad|parents|wife|husband|sister|brother|little sister|little brother|baby|loved ones|girlfriend|boyfriend|gf|bf|whole family|friends) ~1 (wont|will not|isnt gonna|arent gonna|is not gonna|are not gonna|will never|aint gonna|not gonna|is never gonna|are never gonna) (be|stay|) (safe|protected|around|alive|breathing) (for long|much longer|anymore|i promise|i swear|trust me|bitch|ever again|from me|from us)
pattern: (your|ur|yo) (family|kids|kid|children|son|daughter|mom|mum|dad|parents|wife|husband|sister|brother|little sister|little brother|baby|loved ones|girlfriend|boyfriend|gf|bf|whole family|friends) (better|should|gotta|need to|needs to|had better) (watch herself|watch himself|watch themselves|mind herself|mind himself|watch her step|watch his step|watch their backs|watch their back|watch her back|watch his back|sleep with one eye open|stay inside|lock the doors|lock their doors|start running|hide|pray|be scared|be afraid)
pattern: (your|ur|yo) (family|kids|kid|children|son|daughter|mom|mum|dad|parents|wife|husband|sister|brother|little sister|little brother|baby|whole family) better be careful
match: your family won't be safe, i promise
match: ur kids better watch their backs
match: ur mom better watch herself
match: your little sister better be careful
nomatch: your family will be safe with us during the storm
note: veiled threats naming the target's family
source: r3 hg fresh probes

[en.harassment.threat.r3hg-whats-coming]
sub: threat
weight: 0.7
target: other
pattern: (hope|hoping|pray|praying|wish) ~3 (gets|get|getting|receive|receives) (whats|what is|what|everything thats|all thats) coming (to|for) (them|him|her|you|u|ya|em|yall)
pattern: (your|ur|yo) (kid|kids|family|son|daughter|mom|mum|dad|wife|husband|sister|brother|baby|children|parents|whole family) ~1 (gets|get|will get|gonna get|is gonna get|are gonna get|deserve|deserves|is going to get|are going to get) (whats|what is|what) coming
match: hope your kid gets what's coming to them
match: your family is gonna get what's coming
nomatch: hope your kid gets better soon
note: "gets what's coming" wished on the target or their family
source: r3 hg fresh probes

[en.harassment.threat.r3hg-whats-coming-third]
sub: threat
weight: 0.6
target: third
pattern: (he|she|they|hes|shes|theyre|him|her|them|that bitch|this bitch|that guy|this guy|that dude|this dude) ~2 (deserves|deserve|gonna get|will get|is gonna get|are gonna get|is going to get|gets|get) (whats|what is) coming (to him|to her|to them|for him|for her|for them|)
match: find this girls address she deserves what's coming
nomatch: he got what he deserved, a trophy
note: third-person "deserves what's coming"
source: r3 hg fresh probes

[en.harassment.doxxing.r3hg-find-their-address]
sub: doxxing
weight: 0.7
target: other
pattern: (someone|somebody|anyone|pls|please|plz|can someone|who can|help me|lets|we need to|gotta|go|everyone|yall|time to) (find|get|dig up|track down|pull|locate|post|drop|leak|look up|figure out) (his|her|their|this guys|this girls|that guys|that girls|this dudes|that dudes|this bitchs|that bitchs|this kids|that kids|this womans|that womans|this mans|that mans) ~1 (address|addy|home address|ip|location|school|workplace|job|real name|info|dox|house|employer|parents|full name|personal info|details)
match: someone find this girls address she deserves what's coming
match: lets find his real name and workplace
nomatch: someone find the address of the venue please
note: crowdsourcing a person's address, school or workplace
source: r3 hg fresh probes

[en.harassment.doxxing.r3hg-ip-is]
sub: doxxing
weight: 0.7
target: other
pattern: (your|ur|yo) (ip|ip address|ip addy|home address|address|addy) (is|be|was|isss) ~6 (have fun|see you|see u|gg|enjoy|good luck|say bye|bye|run|boot|booted|ddos|ddosed|swat|swatted|knock knock|cya|see ya|were coming|im coming|you know what to do|do your thing|sleep tight|see you soon|see u soon|watch out)
pattern: (his|her|their) (ip|ip address|ip addy|home address|address|addy) (is|be|was|isss) ~6 (have fun|see you|see u|gg|enjoy|good luck|say bye|bye|run|boot|booted|ddos|ddosed|swat|swatted|knock knock|cya|see ya|were coming|im coming|you know what to do|do your thing|sleep tight|see you soon|see u soon|watch out)
match: ur ip is 192.168.4.22 , have fun
match: his address is 22 oak lane, you know what to do
nomatch: your ip address is probably dynamic, restart the router
note: posting someone's IP or address with a taunt or a call to act
source: r3 hg fresh probes

[en.harassment.doxxing.r3hg-full-name-and-address]
sub: doxxing
weight: 0.7
target: other
pattern: (ive|i|we|weve|i have|i already|already|just|now|now i) (got|have|know|found|pulled|dug up) (your|ur|his|her|their) (full|real|legal|irl|actual) (name|names) ~3 (address|addy|home address|school|workplace|job|employer|number|phone number|location|parents|moms|dads|family|ip|house|street)
pattern: (ive|i|we|weve|i have|i already|already|just|now) (got|have|know|found) (your|ur) (address|addy|home address) (and|n|plus) ~2 (number|school|workplace|job|employer|parents|moms|dads|family|workplace|real name|ip|kids|car)
pattern: (post|posting|posted|drop|dropping|dropped|leak|leaking|leaked|share|sharing|shared|spread|spreading) (his|her|their|your|ur) ~3 (and|n|plus|with) (home|real|full|) (address|addy|number|phone number|location|workplace|school|employer|ip|name)
match: i've got your full name, address and your moms workplace
match: posted his workplace and home addy on the forum
match: we have your address and your moms number
nomatch: please enter your full name and address below
note: listing the personal data one holds about the target
source: r3 hg fresh probes

[en.harassment.doxxing.r3hg-relative-school]
sub: doxxing
weight: 0.5
target: other
pattern: (i|we|ik|i already|we already|also|and) ~1 (know|found|found out|tracked down|knw|figured out) (your|ur|yo) (little|lil|baby|younger|older|big|) (sisters|brothers|kids|sons|daughters|childs|childrens|moms|mums|dads|parents|wifes|husbands|girlfriends|boyfriends|gfs|bfs|familys|grandmas|nephews|nieces) (school|workplace|job|daycare|schedule|route|bus stop|office|room|class|address|addy|work)
match: i know ur little sister's school too
match: we found your kids daycare
nomatch: do you know your sister's address for the card?
note: knowing where the target's relatives study or work
source: r3 hg fresh probes

[en.harassment.doxxing.r3hg-relative-public]
sub: doxxing
weight: 0.6
target: other
pattern: (your|ur|yo) (moms|mums|dads|parents|wifes|husbands|girlfriends|boyfriends|bosses|bosss|sisters|brothers|familys|grandmas|kids|daughters|sons|employers) (facebook|fb|insta|instagram|ig|linkedin|number|email|twitter|tiktok|account|profile|page|address|snap|socials) (is|are|looks|seems|r|was) ~2 (public|easy to find|not private|right here|open|on google|searchable|findable)
pattern: (his|her|their) (moms|mums|dads|parents|wifes|husbands|girlfriends|boyfriends|bosses|bosss|sisters|brothers|familys|grandmas|kids|daughters|sons|employers) (facebook|fb|insta|instagram|ig|linkedin|number|email|twitter|tiktok|account|profile|page|address|snap|socials) (is|are|looks|seems|r|was) ~2 (public|easy to find|not private|right here|open|on google|searchable|findable)
pattern: (shall|should|want me to|maybe ill|i might|i could|time to|lemme|let me) (i|) (message|dm|text|email|contact|tag|show|send) (your|ur) (mom|mum|dad|parents|boss|wife|husband|gf|bf|girlfriend|boyfriend|family|school|principal|employer|manager|coach|pastor) (these|everything|those|the screenshots|the pics|the video|the messages|the texts|what you|what u)
match: your mom's facebook is public btw, shall i message her
match: his wife's insta is public, everybody go comment
match: should i send your boss these screenshots
nomatch: should i text your mom about the sleepover
nomatch: should i send your mom this recipe?
note: pointing out that a relative can be reached, as leverage
source: r3 hg fresh probes

[en.harassment.threat.r3hg-veiled-see-what-happens]
sub: threat
weight: 0.5
target: other
pattern: (youll|you will|u will|ull|youre gonna|ur gonna|you gonna|u gonna|youre going to|just wait and|wait and|then youll) (see|find out|learn|know) (what happens|what happens next|what happens to you|what happens to u|what ill do|what i do|what im capable of|what we do)
match: you'll see what happens
nomatch: you won't believe it
note: bare veiled threat; weak enough that context (lol, a show) keeps it under the line
source: r3 hg fresh probes

[en.harassment.threat.r3hg-pull-up-and-see]
sub: threat
weight: 0.75
target: other
pattern: (pull up|come|show up|touch me|step up|come outside|step outside|walk up|run up|mess with me|fuck with me|talk shit|talk crap|say something|say sum|say smth|show your face|show ur face|come near me|try me|talk again) ~3 (and|n|then|an) (see|find out|watch) (what happens|what happens next|what happens to you|what happens to u|what ill do|what i do)
match: pull up and see what happens
match: come outside and find out what happens
nomatch: add the baking soda and see what happens
note: dares that promise violence
source: r3 hg fresh probes

[en.harassment.threat.r3hg-third-party-violence]
sub: threat
weight: 0.8
target: third
pattern: (someone|somebody|sb|anyone|smb) (should|needs to|need to|has to|gotta|oughta|ought to|better|pls|please|plz|is gonna|gonna|will|can|could|hopefully|must) (just|finally|really|go|) (kill|stab|murder|hang|strangle|choke|behead|lynch|torch|firebomb|poison|jump|punch|curbstomp|stomp|bash|knife|shank|gut|drown|rape|kidnap|snipe|execute|gas|merk|whack|smoke|unalive|beat up|knock out|put down|assassinate|slap|smack|deck|run over) (him|her|them|that guy|this guy|that dude|this dude|that man|this man|that woman|this woman|that bitch|this bitch|that kid|this kid|that girl|this girl|that streamer|this streamer|that clown|this clown|that idiot|this idiot|that bastard|this bastard|that judge|this judge|the judge|that cop|this cop|that teacher|this teacher|that creep|this creep|that freak|this freak|that loser|this loser|that fucker|this fucker|that prick|this prick|his ass|her ass|em|that politician|this politician|that ceo|this ceo)
pattern: (someone|somebody|sb|anyone|smb) (should|needs to|need to|has to|gotta|oughta|ought to|better|pls|please|plz|is gonna|gonna|will|can|could|hopefully|must) (just|finally|really|go|) run (him|her|them|that guy|this guy|that dude|this dude|that bitch|this bitch|that streamer|this streamer|that clown|that kid|this kid|em|his ass|her ass|that idiot|that man|that woman) over
pattern: (someone|somebody|sb|anyone|should|needs to|need to|gonna|imma|ima|ill|i will|i wanna|i want to|lets|id|i would|i could|go) ~1 (slit|slash|cut|slice|snap|break|smash|bash|cave in|crack|wring|blow off|rip out) (his|her|their|that guys|this guys|that bitchs|this bitchs|the judges|that judges|his fucking|her fucking) (throat|neck|head|skull|face|legs|jaw|spine|knees|kneecaps|brains|teeth|wrists|jugular)
match: someone needs to run that streamer over
match: someone should slit her throat
match: somebody should just stab that guy
nomatch: someone should run this over to the post office
nomatch: someone should take her out on a date
nomatch: police say the attacker slit her throat
note: calls for violence against a third person
source: r3 hg fresh probes

[en.harassment.threat.r3hg-hope-someone-hurts-them]
sub: threat
weight: 0.85
target: third
also: harassment.death_wish
pattern: (hope|hoping|pray|praying|wish|wishing) (someone|somebody|sb|a cop|the cops|karma|god|a truck|a bus|a car|a train|some guy|some dude|his ex|her ex|they|he|she) ~1 (kills|shoots|stabs|murders|hangs|strangles|chokes|runs over|rapes|kidnaps|slits|slashes|tortures|bombs|poisons|drowns|stomps|curbstomps|unalives|snipes|executes|mugs|beheads|lynches|shanks|guts|kill|stab|murder|run over|rape|torture|strangle|jumps|jump|beats up|beat up|shoot) (him|her|them|his|their|that|this|em)
match: i hope someone stabs him
match: praying a truck runs over her
nomatch: i hope he beats her in the final
nomatch: hope someone shoots me a text later
note: wishing a third party would violently attack someone
source: r3 hg fresh probes

[en.harassment.threat.r3hg-deserves-a-bullet]
sub: threat
weight: 0.75
target: third
pattern: (deserves|deserve|deserved|earned|has earned|have earned) (a|one|the|some|) (bullet|bullets|round|slug|beating|bat to the head|noose|rope|firing squad|bullet to the head|bullet in the head|bullet between the eyes|curb stomp|curbstomp|slow death|painful death|ass whooping|ass beating|brick to the head|pipe to the head|lobotomy|hanging|lynching|bullet in his head|bullet in her head)
pattern: (needs|need) (a|one) (bullet|bullets|bullet in the head|bullet to the head|bullet between the eyes|good beating|beating|ass whooping|ass beating|brick to the head|bat to the head|noose)
match: that judge deserves a bullet
match: he needs a bullet in the head
nomatch: she deserves a raise
nomatch: this bullet journal deserves a spot on my desk
note: "deserves a bullet/the noose": a call for violence against whoever it names
source: r3 hg fresh probes

[en.harassment.threat.r3hg-careful-walking-alone]
sub: threat
weight: 0.75
target: other
pattern: (be careful|watch yourself|watch urself|watch your back|watch ur back|watch out|careful) ~3 (walking|going|driving|coming|leaving|walk|go|drive|come|being|biking|jogging|running) ~2 (home|alone|outside|out|at night|tonight|to school|to work|to your car|to ur car) ~4 (if i were you|if i was you|just saying|just sayin|youve been warned|ur been warned|u been warned|accidents happen|anything could happen|anything can happen|hint hint|wink|bitch|i know where|i know your|i know ur|we know where)
match: i'd be careful walking home alone if i were you
nomatch: be careful walking home alone at night, text me when you get there
note: safety "advice" with a threatening tag
source: r3 hg fresh probes

[en.harassment.threat.r3hg-make-you-disappear]
sub: threat
weight: 0.8
target: other
pattern: (i|we) (know|have|got) (people|guys|some people|a guy|friends|connections|some guys|some friends|a few people|cousins|boys|a few guys) (who|that|whod|who would|who will|that will|that would|who can|that can|who could|who do) ~2 (make you disappear|make u disappear|hurt you|hurt u|kill you|kill u|deal with you|deal with u|end you|end u|jump you|jump u|fuck you up|fuck u up|mess you up|mess u up|ruin your life|ruin ur life|pay you a visit|pay u a visit|track you down|track u down|break your legs|break ur legs)
pattern: make (you|u|ya|him|her|them) (disappear|vanish) (forever|permanently|for good|without a trace|and nobody|and no one|and noone|off the face)
match: i know people who can make you disappear
match: we can make him disappear for good
nomatch: i know people who can help you find a job
nomatch: i know people who can find you a job
nomatch: i have friends who can take care of you while i'm away
nomatch: the magician made the rabbit disappear
note: implied hired violence
source: r3 hg fresh probes

[en.harassment.threat.r3hg-see-how-tough]
sub: threat
weight: 0.65
target: other
pattern: (see|lets see|well see|we will see|ill see|we gonna see|gonna see) how (tough|brave|hard|cocky|mouthy|loud|gangster|gangsta|bad) (you|u|ya) (are|r|really are|talk|act|is) (then|now|irl|in person|when|once|after|face to face|without|outside|tomorrow)
pattern: (waiting|wait|ill be waiting|ill wait) (for|on) (you|u|ya) (outside|after school|after class|after practice|at the gate|at your car|at ur car|by your car|by ur car|at your locker|at ur locker|behind the school|in the parking lot) ~3 (bitch|pussy|coward|punk|see how|well see|we will see|lets see|and we|dont be late|come alone|alone)
match: i'll be waiting for you outside, we'll see how tough u are then
nomatch: i'll be waiting for you outside the restaurant
nomatch: let's see how smart you are now, quiz time!
note: waiting for the target to fight them
source: r3 hg fresh probes

[en.harassment.threat.r3hg-dont-be-surprised-if]
sub: threat
weight: 0.7
target: other
pattern: (dont be surprised|dont be shocked|wouldnt be surprised|dont act surprised|accidents happen|things happen|stuff happens|shit happens) (if|when) (your|ur|yo) ~1 (car|house|home|tires|windows|dog|cat|family|kids|mom|shop|store|business|place|pets|stuff|face) ~2 (gets|get|got|goes|ends up|catches|burns|disappears|breaks|is|are|go|end up) ~1 (torched|burned|burnt|smashed|keyed|slashed|trashed|firebombed|shot|vandalized|egged|bricked|blown|missing|fire|hurt|broken|poisoned|dead|vanishes|stabbed)
pattern: (dont be surprised|dont be shocked|dont act surprised|accidents happen|things happen|stuff happens|shit happens) (if|when) (you|u|ya) ~2 (get|gets|end up|wake up|go|disappear|never) ~1 (hurt|jumped|beat|beaten|stabbed|shot|missing|dead|in the hospital|in a ditch|in a body bag|run over)
match: don't be surprised if ur car gets torched
match: accidents happen when you end up missing
nomatch: don't be surprised if your car needs new tires
note: veiled threats dressed as predictions
source: r3 hg fresh probes

[en.harassment.doxxing.r3hg-post-work-contact]
sub: doxxing
weight: 0.65
target: other
pattern: (post|posting|posted|drop|dropping|dropped|leak|leaking|leaked|sharing|share|shared|spreading) (this guys|this girls|that guys|that girls|his|her|their|this dudes|that dudes|this womans|this mans) (work|personal|home|private|cell|) (email|number|phone|cell|address|addy|location|schedule)
pattern: (post|posting|posted|drop|dropping|dropped|leak|leaking|leaked|sharing|share|shared|heres|here is|found) (his|her|their|this guys|this girls) (managers|bosss|bosses|moms|mums|dads|wifes|husbands|parents|employers|schools|principals|girlfriends|boyfriends|familys|kids) (number|email|phone|contact|address|addy|phone number|work number|insta|facebook|fb)
match: posting this guys work email and his managers number, tell them what he did
match: here is her dads phone number
nomatch: posting the venue's address here so everyone can find it
note: posting a person's or their relatives' contact details
source: r3 hg fresh probes batch 2

[en.harassment.doxxing.r3hg-everyone-message-his-wife]
sub: doxxing
weight: 0.7
target: other
also: cyberbullying.pile_on
pattern: (everyone|everybody|yall|lets|go|lets all|someone|somebody|pls|please|guys) (message|dm|text|call|email|tag|contact|spam|harass|inform|flood) (his|her|their) (wife|husband|gf|bf|girlfriend|boyfriend|mom|mum|dad|parents|boss|employer|manager|family|kids|sister|brother|school|principal|work|job|landlord|church|pastor|coworkers)
match: everyone message his wife, her name is jessica and shes on fb
nomatch: everyone message me if you need a ride
note: directing a crowd at a target's family or employer
source: r3 hg fresh probes batch 2

[en.harassment.doxxing.r3hg-imagine-if-your-boss-saw]
sub: doxxing
weight: 0.55
target: other
pattern: (imagine|what if|wonder what|what would happen if|bet|i bet) (if|) (your|ur) (principal|boss|manager|employer|parents|mom|mum|dad|wife|husband|gf|bf|girlfriend|boyfriend|school|teacher|teachers|coach|pastor|church|family|followers|sponsors|hr|coworkers|grandma) (saw|sees|found|read|reads|got|gets|heard|hears|knew|found out|would think|would say|would do) (these|those|this|that|about|what you|what u|all these|all those) ~1 (dms|messages|texts|pics|photos|screenshots|tweets|posts|chats|videos|vids|snaps|comments|said|post|posted|wrote|did|say|do|sent)
pattern: (your|ur|yo) (mom|mum|dad|parents|boss|wife|husband|gf|bf|girlfriend|boyfriend|school|principal|family|employer|teachers|pastor|church|coach) (doesnt|dont|does not|do not|has no idea|have no idea|doesnt even|dont even) (know|approve of|see) (what|how|that|about|the) (you|u|stuff you|things you|shit you) (post|posted|say|said|do|did|write|wrote|send|sent|talk|act)
match: lol imagine if your principal saw these dms
match: bet your mom doesnt know what you post here. she will soon
nomatch: imagine if your mom saw your room lol
note: hinting that the target's messages will reach their family, school or employer
source: r3 hg fresh probes batch 2

[en.harassment.doxxing.r3hg-mail-your-tweets-to-church]
sub: doxxing
weight: 0.75
target: other
pattern: (ill|im|imma|ima|gonna|going to|we|well|about to|bout to|i will|finna|i) ~1 (send|mail|print|forward|email|show|give|hand|read|post) ~3 (your|ur) (tweets|posts|dms|messages|texts|comments|screenshots|pics|nudes|chats|videos|search history|browser history|onlyfans|sexts|texts) ~1 (to|with) (your|ur) (church|school|boss|employer|parents|mom|mum|dad|family|principal|wife|husband|pastor|coach|teachers|job|work|gf|bf|followers|friends|classmates|congregation|grandma)
match: im literally going to mail printed copies of your tweets to your church
match: i'll forward your dms to your wife
nomatch: show your texts to your parents so they can help
note: first-person threat to expose a person's posts or messages to their community
source: r3 hg fresh probes batch 2

[en.harassment.threat.r3hg-schedule-memorized]
sub: threat
weight: 0.6
target: other
pattern: (your|ur|yo) (schedule|routine|route|movements|every move|whole routine|daily routine|class schedule|work schedule|running route|jogging route) (memorized|down|figured out|mapped|mapped out|tracked|on lock|written down)
pattern: (his|her) (schedule|routine|route|movements|every move|whole routine|daily routine|class schedule|work schedule|running route|jogging route) (memorized|down|figured out|mapped|mapped out|tracked|on lock|written down)
pattern: (found|found out|know|figured out|tracked down) (which|what) (dorm|room|house|apartment|building|locker|floor|unit|hotel|cabin) (she|he|they|you|u|shes|hes|theyre|ur|youre) ~4 (go|lets|everyone|yall|you know|have fun|pay|visit|say hello|say hi|spam|pull up|show up|knock)
match: i have ur schedule memorized
match: we found out which dorm she's in, room 214, go say hello
nomatch: i have your schedule, we have chem together
nomatch: we found out which dorm she's in so we can surprise her for her birthday
note: surveillance of the target's routine or room
source: r3 hg fresh probes batch 2

[en.harassment.threat.r3hg-parking-lot-watch]
sub: threat
weight: 0.5
target: other
pattern: (sitting|parked|waiting|watching|standing|been sitting|been parked|been waiting|camped|camping) (in|outside|across from|by|near|at) (the|) ~1 (parking lot|lot|garage|entrance|street|lobby|door|front) (of|at|outside|by) (your|ur) (job|work|house|school|apartment|dorm|office|gym|building|place|work place)
match: i've been sitting in the parking lot of your job for an hour
note: staking out the target's workplace or home
source: r3 hg fresh probes batch 2

[en.harassment.threat.r3hg-keep-making-accounts]
sub: threat
weight: 0.65
target: other
pattern: (ill keep|will keep|gonna keep|im gonna keep|imma keep|ima keep|i will keep|ill just keep|just gonna keep) (making|creating|opening|coming back on|coming back with|coming back|using) ~2 (accounts|accs|alts|alt|burners|numbers|profiles|new accounts|new numbers|fake accounts)
pattern: (block|blocked|blocking) me ~6 (but|and|i|ill) ~3 (have|got|know|still have|still got) (your|ur) (number|email|address|addy|snap|insta|other account|main|alt|phone|location|home|family|moms number|work email)
pattern: (until|till|til|untill) (you|u|ya) (crack|break down|lose it|give in|go insane|go crazy|fold|snap|break|cry|quit|delete)
match: i'll keep making accounts til you crack
match: you can block me on here but i have your number and your email
nomatch: i keep making accounts because i forget passwords lol
nomatch: stir until it thickens
note: ban evasion and persistence "until you crack"
source: r3 hg fresh probes batch 2

[en.harassment.threat.r3hg-every-time-you-post]
sub: threat
weight: 0.4
target: other
pattern: every (time|single time) (you|u|ya) (post|stream|upload|tweet|go live|log on|comment|open your mouth|open ur mouth|speak|type|show your face|show ur face) ~3 (ill|i will|imma|ima|im|we|well|i) ~1 (be there|be here|show up|comment|remind|report|be watching|find|spam|reply|tag|follow|be waiting)
match: every time you post ill be there
nomatch: every time you post i get so inspired, keep going
note: weak alone (fans say it too): promise to follow every post
source: r3 hg fresh probes batch 2

[en.harassment.threat.r3hg-didnt-make-it-home]
sub: threat
weight: 0.8
target: other
pattern: (wouldnt it be|wouldnt that be|would not it be|wouldnt it be a|wouldnt it be so|wouldnt it be really) (sad|shame|pity|terrible|tragic|awful|tragedy|unfortunate|bad) if (your|ur|yo) ~3 (didnt|did not|never|doesnt|wont|couldnt) (make it|come|get|return|wake) (home|back|up|out|alive)
pattern: (sad|shame|pity|terrible|tragic|awful|tragedy|unfortunate|bad) if (your|ur|yo) ~3 (didnt|did not|never|doesnt|wont|couldnt) (make it|come|get|return|wake) (home|back|up|out|alive)
pattern: (sad|terrible|tragic|awful|unfortunate|tragedy|bad) if (something|anything|someone|somebody|an accident) ~2 (happened|happens|were to happen|was to happen|happen) (to|) (your|ur|you|u)
match: wouldn't it be sad if your little brother didn't make it home from school
match: would be terrible if something happened to your kids
nomatch: my little brother didn't make it home from school on time, bus broke down
note: mock-concern threats about the target's family
source: r3 hg fresh probes batch 2

[en.harassment.threat.r3hg-keep-it-up-and]
sub: threat
weight: 0.75
target: other
pattern: (keep it up|keep talking|keep going|keep ignoring me|keep this up|one more word|do it again|try it again|say it again|keep pushing|keep testing me|keep running your mouth|keep running ur mouth|ignore me again|block me again) ~3 (and|n|or) (your|ur|yo|you|u) ~1 (family|kids|mom|mum|dad|parents|wife|husband|sister|brother|friends|dog|cat|pets|) ~1 (pays|pay|will pay|gonna pay|suffers|suffer|gets hurt|get hurt|will regret|are next|is next|gets it|is done|are done|is dead|are dead|is finished|are finished|bleeds|will bleed)
pattern: (ignoring me|ignore me|block me|blocking me|leave me on read|dont reply|dont answer|keep ignoring|unadd me|report me) ~3 (and|n|then|an) (see|watch|find out) (what happens|what ill do|what i do|what im gonna do)
match: keep it up and your family pays for it
match: keep ignoring me and see what happens
nomatch: keep it up and you will see results
note: escalation threats: continued behaviour will be punished
source: r3 hg fresh probes batch 2

[en.harassment.threat.r3hg-third-party-knows-where]
sub: threat
weight: 0.75
target: other
pattern: (he|she|they|my boys|my guy|my cousin|my brother|someone|somebody|people|my friends|my people|a guy) (knows|know|found out|knew|finds out) (exactly|) where (you|u|ya) (live|stay|sleep|work|go to school|hang out|park)
pattern: (remember|dont forget|just remember|keep in mind|never forget) ~2 (i|we) (know|knw) (where|what) (you|u|ya|your|ur) ~2 (live|lives|work|works|stay|stays|sleep|sleeps|go|goes|park|parks)
pattern: (better|should) (hope|pray) (i|we) (never|dont|do not|dont ever|wont) (find out|figure out|learn|discover) (where|who) (you|u|ya) (live|are|stay|work|go to school|really are)
match: i got a guy who owes me a favor, he knows where you stay
match: remember i know where your mom works
match: u better pray i dont find out where u live
nomatch: do you know where you parked?
note: threats built on knowing where the target lives, via a third party or a reminder
source: r3 hg fresh probes batch 2

[en.harassment.threat.r3hg-hope-psycho-breaks-in]
sub: threat
weight: 0.8
target: third
also: harassment.death_wish
pattern: (hope|hoping|wish|pray|praying) (someone|somebody|some psycho|some guy|some creep|a psycho|a burglar|a stalker|a maniac|a serial killer|some random|they|some crackhead|some junkie|a rapist) ~2 (breaks into|break into|burns down|burn down|robs|rob|trashes|torches|firebombs|invades|sets fire to|kicks in|kick in) (her|his|their|your|ur) (house|home|apartment|place|car|room|shop|store|door|dorm)
pattern: (love|like|want|wanna|would love|cant wait|id love|i would love) (to see|to watch|seeing|watching) (someone|somebody|sb) (smash|break|kick|punch|knock|bash|cave|stomp|beat|kill|shoot|stab|hurt|run over|slap|murder|end|jump|rape|knock out|curbstomp) (his|her|their|him|them|you|u|your|ur)
pattern: (hope|hoping|wish|pray|praying) (someone|somebody|sb|some psycho|a shooter|a terrorist|a psycho) (shoots up|shoot up|bombs|bomb|blows up|blow up|burns down|burn down|torches|attacks|raids) (your|ur|his|her|their|that|this|the) (office|school|house|home|church|mosque|synagogue|workplace|job|store|shop|building|party|wedding|concert|class|family|funeral)
match: i hope some psycho breaks into her house
match: hope someone shoots up your office
match: i'd love to see someone smash his teeth in
nomatch: i hope someone breaks the record this year
note: wishing violence on a person through someone else
source: r3 hg fresh probes batch 2

[en.harassment.threat.r3hg-if-i-see-them-again]
sub: threat
weight: 0.75
target: third
pattern: (if|when|next time|the next time|once) (i|we|my boys) (see|catch|find|spot) (that|this|him|her|them|the) ~2 (hes|shes|theyre|he is|she is|they are|its|he|she|they) ~1 (dead|done|finished|getting stabbed|getting shot|getting jumped|getting beat|getting hurt|getting it|gonna get it|gonna get hurt|getting smacked|getting punched|getting rocked|catching hands|in trouble|getting beat up|getting killed|eating a bullet|getting merked)
match: if i see that ref again he's getting stabbed
nomatch: if i see that movie again i'm gonna cry
note: third-person version of "next time I see you you're dead"
source: r3 hg fresh probes batch 2

[en.harassment.threat.r3hg-teach-a-lesson]
sub: threat
weight: 0.6
pattern: (teach|teaching) (her|him|them|that girl|that guy|this girl|this guy|that bitch|this bitch|that kid|you|u|ya|that hoe|this hoe|that boy|this boy) a lesson (she|he|they|you|u|ya) (wont|will not|will never|never|aint gonna|wont ever) (forget|soon forget)
pattern: (someone|somebody|sb) (should|needs to|need to|gotta|has to|oughta|ought to) (teach|put) (her|him|them|that|this) ~2 (a lesson|in her place|in his place|in their place)
match: somebody gotta teach that girl a lesson she won't forget
nomatch: the quiz taught them a lesson about studying
note: veiled threat of punishment
source: r3 hg fresh probes batch 2

[en.harassment.threat.r3hg-hit-list]
sub: threat
weight: 0.7
target: other
pattern: (hit list|kill list|death list|murder list)
pattern: (your|ur|yo) (whole|entire|) (family|kids|mom|mum|parents|house|friends|little sister|little brother|sister|brother) (is|are|r|s) (on|next on|at the top of|top of|first on) my (list|radar)
match: your whole family is on my list
match: you're on my hit list
nomatch: you're on my list of people to invite
note: naming the target or their family as targets
source: r3 hg fresh probes batch 2

[en.harassment.threat.r3hg-car-bomb-hint]
sub: threat
weight: 0.35
target: other
pattern: check under (your|ur|his|her|their) (car|truck|seat|hood|bed) (before|when|every|tonight|tomorrow)
match: tell your dad to check under his car before he drives
note: car-bomb insinuation; weak alone (winter animal-safety advice uses the same words)
source: r3 hg fresh probes batch 2

[en.harassment.threat.r3hg-no-idea-whats-coming]
sub: threat
weight: 0.5
target: other
pattern: (you|u|ya) (have|got|have got) no (idea|clue) (whats|what is|what) (coming|about to happen|gonna happen|going to happen|in store) (for you|to you|for u|to u|for ya|)
pattern: (im|i am|this is|consider this|im only|i am only) (warning|telling) (you|u|ya) (for the last time|one last time|for the final time|one more time)
pattern: (wait|just wait) (till|until|til|for) (monday|tomorrow|tonight|school|after school|next week|friday|the weekend|i see you|i see u|i find you|i catch you|i get there|i get you) ~3 (youre|ur|you are|u r) (done|dead|finished|over|so done|so dead|dead meat)
match: you have no idea what's coming for you
match: i'm warning you for the last time
match: just wait till monday, ur done
nomatch: wait till monday, the results come out
note: veiled threats; weak enough that a surprise or a parent's warning in context can stay under the line
source: r3 hg fresh probes batch 2

[en.harassment.doxxing.r3hg-this-is-where-they-live]
sub: doxxing
weight: 0.6
target: other
pattern: (this is|heres|here is|thats|that is|found|we found|i found) where (the|this|that) (snitch|rat|bitch|hoe|pedo|creep|loser|freak|clown|idiot|fatass|slut|whore|scammer|liar|cheater|groomer|predator|guy|girl|kid|dude|man|woman|teacher|streamer|one|bastard|pig|nonce|weirdo|narc) (lives|live|stays|sleeps|works|goes to school|hangs out|parks)
pattern: (lmk|let me know|dm me|hmu|ask me|message me|text me) (if|for|) ~3 (his|her|their|this guys|this girls) (home address|home addy|address|addy|ip|real name|location|workplace|dox)
match: yo everyone this is where the snitch lives 412 elm
match: lmk if u want his home addy, got it from a friend
nomatch: this is where the magic happens
note: pointing a crowd at a named person's home
source: r3 hg fresh probes batch 3

[en.harassment.doxxing.r3hg-make-sure-they-know]
sub: doxxing
weight: 0.75
target: other
pattern: (make sure|ensure) (your|ur|yo) ~2 (school|boss|employer|job|work|church|parents|family|wife|husband|kids|principal|coworkers|neighbors|neighbours|followers|friends|community|everyone|congregation|team|coach) (knows|know|finds out|find out|hears|hear|sees|see|learns|learn) (what|who|about|how|that) ~1 (you|u|kind|type|youre|ur|a)
pattern: (sent|sending|forwarded|forwarding|emailed|emailing|showed|showing|mailed|gave|giving|dropped|posted) (the|those|these|all the|all|your|ur|my) (screenshots|screenshot|receipts|messages|texts|dms|chats|tweets|recordings|evidence|proof|pics|video|videos|recording) (to|with) (your|ur) (boss|manager|employer|hr|principal|school|job|work|company|parents|mom|mum|dad|wife|husband|family|pastor|dean|university|college|sponsors|landlord|girlfriend|boyfriend|gf|bf|church|coach)
pattern: (tag|tagging|tagged|email|emailing|message|messaging|dm|dming|call|calling|contact|contacting|report|reporting|spam|spamming) (your|ur) (employer|boss|job|work|company|school|principal|sponsors|hr|manager|university|college|dean) ~6 (until|till|til|untill) (they|he|she|it) ~1 (fire|fires|expel|expels|drop|drops|ban|bans|kick|kicks|cut|cuts|suspend|suspends|let go|lets go)
pattern: (until|till|til|untill) (they|he|she|your boss|ur boss|your school|ur school|your job|ur job) (fire|fires|expel|expels|drop|drops|sack|sacks) (you|u|ya|your ass|ur ass)
match: i'll make sure your kids school knows what kind of parent you are
match: already sent the screenshots to ur boss, good luck monday
match: tagging your employer in every post until they fire you
nomatch: the school knows what kind of parent you are: an amazing one
nomatch: send the screenshots to your school counselor
note: exposure campaigns aimed at the target's employer, school or family
source: r3 hg fresh probes batch 3

[en.harassment.threat.r3hg-regret-ever]
sub: threat
weight: 0.6
target: other
pattern: (youll|you will|ull|youre gonna|ur gonna|u will|you gonna|u gonna|youre going to|you are going to) regret (ever|the day|opening|messing|talking|saying|crossing|coming|being born|posting|snitching|telling|fucking|effing|starting|disrespecting|mouthing)
match: you'll regret ever opening your mouth, trust me
nomatch: you'll regret not coming to the party, it was amazing
note: threat of retaliation for speaking
source: r3 hg fresh probes batch 3

[en.harassment.threat.r3hg-put-them-in-the-ground]
sub: threat
weight: 0.8
target: third
pattern: (someone|somebody|someones|somebodys|sb|i|ill|imma|ima|gonna|im gonna|i will|i swear ill) ~2 (put|putting|send|sending|lay|laying) (him|her|them|that kid|this kid|that guy|this guy|you|u|ya|that bitch|this bitch|his ass|her ass|your ass|ur ass|em|that dude|this dude) (in the ground|six feet under|in a grave|in the grave|in a coffin|in a body bag|in a bodybag|in the dirt|in a ditch|in the morgue|in an early grave)
pattern: (put|putting|send|sending|leave|leaving|stuff|stuffing) (him|her|them|that kid|this kid|that guy|this guy|that bitch|this bitch|his ass|her ass|em|that dude|this dude) (in a|in the|into a|into the) (body bag|bodybag|coffin|casket|morgue|ditch|trunk|dumpster)
match: one day someone's gonna put that kid in the ground
match: put him in a body bag
nomatch: we put him in the car seat
note: killing threats phrased as burial, aimed at anyone
source: r3 hg fresh probes batch 3

[en.harassment.threat.r3hg-needs-to-get-hurt]
sub: threat
weight: 0.75
target: third
pattern: (needs to|need to|should|deserves to|deserve to|ought to|oughta|better|hope he|hope she|hope they|hope that|hope this|hoping he|hoping she) ~2 (get|be|gets) (swatted|doxxed|doxed|jumped|shot|stabbed|beaten|beat up|curbstomped|raped|killed|murdered|run over|lynched|hanged|hung|unalived|strangled|beheaded|punched|slapped|smacked|knocked out|bodied|merked)
pattern: (someone|somebody|sb|pls|please|plz|gotta|needs to|should) ~1 (beat|whoop|kick|whip|bust) (that|this|his|her|their) ~2 (ass|butt|face|head in|teeth in|teeth)
match: that streamer needs to get swatted fr
match: somebody pls beat that teacher's ass
nomatch: the streamer got swatted last night, police apologized, this is terrible
nomatch: my dog needs to get his shots
note: wishing or calling for violence against a third person
source: r3 hg fresh probes batch 3

[en.harassment.death_wish.r3hg-hope-your-pet-dies]
sub: death_wish
weight: 0.85
pattern: (hope|hoping|wish|pray|praying) (your|ur|yo|his|her|their) ~2 (dog|cat|pet|pets|family|kids|kid|mom|mum|dad|parents|sister|brother|wife|husband|baby|son|daughter|grandma|grandpa|car|house) ~1 (gets|get|got|is|are) (run over|hit by a car|hit by a truck|hit by a bus|killed|shot|stabbed|murdered|raped|kidnapped|cancer|hurt|poisoned|burned|put down|eaten|mauled|run down|crushed|aids|ebola)
pattern: (hope|hoping|wish|pray|praying) (your|ur|yo) ~2 (dog|cat|pet|family|kids|kid|mom|mum|dad|parents|sister|brother|wife|husband|baby|son|daughter|grandma|grandpa) (dies|die|chokes|choke|drowns|drown|burns|burn|rots|rot|suffers|suffer|starves|starve|overdoses|crashes|bleeds out)
match: hope your dog gets run over
match: hope ur kid chokes
nomatch: hope your dog gets better soon
note: wishing harm on the target's pets or family
source: r3 hg fresh probes batch 3

[en.harassment.threat.r3hg-catch-me-outside]
sub: threat
weight: 0.6
target: other
pattern: catch me (outside|after school|behind|at|by) ~2 (your|ur) (school|house|work|job|gym|gate|bus stop|locker|class|place|crib)
pattern: (you|u|ya) (got|have|get) (24|48|12|72|one|two|three|a few|till|until|til) ~2 (hours|hrs|hour|days|minutes|mins|day|seconds) (before|or|until|till|then) (i|we|my boys|ill|well|imma|everyone|the whole|your|ur|they) ~2 (pull up|come|show up|find|post|leak|send|release|drop|expose|visit|knock|come for|come after|hurt|kill|sees|see)
match: catch me outside your school tmrw and see
match: u got 24 hours before i pull up
nomatch: catch me outside the school at 3 for pickup
nomatch: you got 24 hours before the sale ends
note: deadlines and meet-ups that promise a confrontation
source: r3 hg fresh probes batch 3

[en.harassment.threat.r3hg-every-move]
sub: threat
weight: 0.7
target: other
pattern: (watching|tracking|monitoring|following|stalking|watch|track|monitor|follow|know|see|seeing) (your|ur|yo) every (move|step|post|word|breath|story|login|location)
pattern: (walks|walk|goes|go|drives|jogs|runs|bikes|gets) (home|to school|to work|out) (alone|by herself|by himself|by themselves) (right|huh|dont she|doesnt she|dont they|isnt it|eh|yeah)
match: ill be watching ur every move
match: tell your sister i said hi, she walks home alone right?
nomatch: my daughter walks home alone now that she's 12
note: surveillance and probing of when a relative is alone
source: r3 hg fresh probes batch 3

[en.harassment.doxxing.r3hg-post-relatives-address]
sub: doxxing
weight: 0.75
target: other
pattern: (post|posting|posted|drop|dropping|dropped|leak|leaking|leaked|sharing|share|shared|spreading|spread) (your|ur|his|her|their) (parents|moms|mums|dads|familys|wifes|husbands|sisters|brothers|kids|grandmas|bosss|bosses|gfs|bfs|girlfriends|boyfriends|daughters|sons) (home|work|) (address|addy|number|phone number|email|location|workplace|house|school)
pattern: (screenshotting|screenshotted|screenshot|recording|archiving|documenting|ssing) ~4 (for|to show|to send to|to forward to) (your|ur) (employer|boss|job|work|school|principal|dean|parents|mom|mum|dad|wife|husband|gf|bf|hr|manager|church|pastor|family|followers|sponsors|university|college)
pattern: (your|ur|yo) (wife|husband|gf|bf|girlfriend|boyfriend|fiance|fiancee|boss|mom|mum|dad|parents|family|employer|church) (deserves|deserve|needs|need|has a right|ought) to (know|see|hear|find out|learn) (who|what) (she|he|they|you|u) (married|is dating|are dating|really|did|said|wrote|is|are)
match: posting ur parents address in the replies so everyone can thank them for raising a clown
match: i'm screenshotting all of this for your employer
match: your wife deserves to know who she married, sending her everything tonight
nomatch: your wife deserves to know how much you love her, tell her tonight
nomatch: screenshotting this recipe for later
note: exposing relatives' details; documenting messages for the target's employer or family
source: r3 hg fresh probes batch 4

[en.harassment.threat.r3hg-never-work-again]
sub: threat
weight: 0.75
target: other
pattern: make sure (you|u|ya) (never|cant|wont|will never|dont ever|can never|wont ever) (work|teach|play|stream|coach|perform|get hired|be hired|find a job|get a job|show your face|show ur face|step foot|set foot|graduate|date|feel safe|sleep|sleep peacefully|sleep well|rest|have peace|walk alone|go outside) ~4 (again|in this town|in this city|in this industry|anywhere|ever)
match: i will personally make sure you never work in this town again
match: i'll make sure you never sleep peacefully again
nomatch: i will make sure you never feel alone again
note: threat to destroy the target's livelihood
source: r3 hg fresh probes batch 4

[en.harassment.threat.r3hg-alone-on-the-way-home]
sub: threat
weight: 0.6
target: other
pattern: (long|dark|lonely|quiet) (walk|drive|ride|way) (home|back) (from|after) ~3 (isnt it|right|huh|innit|aint it|alone|by yourself|by urself)
pattern: (dont|better not|wouldnt|shouldnt|do not) (walk|go|drive|come) (to your car|to ur car|home|out|outside) alone (anymore|ever again|if i were you|bitch|just saying)
pattern: (you|u|ya) (wont|will not|arent gonna|cant) (always|forever) (have|be with|be around|hide behind) (people|someone|friends|your friends|ur friends|your boys|ur boys|your mom|ur mom|bodyguards|security|the teacher|teachers|witnesses|your parents|ur parents) ~2 (to protect|protecting|to save|to hide behind|to help you|to help u|bitch)
match: it's a long walk home from practice isn't it
match: dont walk to your car alone if i were you
match: you won't always have your friends around to protect you
nomatch: it's a long walk home from practice, want a ride?
note: veiled threats about the target being alone
source: r3 hg fresh probes batch 4

[en.harassment.threat.r3hg-hate-for-something-to-happen]
sub: threat
weight: 0.5
target: other
pattern: (would hate|wouldnt want|hate|would be a shame|be a shame|be a pity|would be a pity|itd be a shame) (for|if) (anything|something|someone|somebody) ~2 (to happen|happened|happen|happens)
pattern: (your|ur|yo) (little girl|little boy|daughter|son|kid|kids|baby girl|baby boy|little one|little ones|children|little sister|little brother) (goes|go|attends|attend|is at) (to|) ~3 (right|huh|yeah|dont she|doesnt she|doesnt he|isnt it|correct)
match: your kids are so cute, would hate for anything to happen
match: your little girl goes to lincoln elementary right
nomatch: your little girl goes to lincoln elementary? so does my son
note: mock-concern threats about the target's children
source: r3 hg fresh probes batch 4

[en.harassment.threat.r3hg-if-i-see-your-mom]
sub: threat
weight: 0.8
target: other
pattern: (if|when|next time) (i|we) (ever|) (see|catch|find|spot|run into) (your|ur|yo) (mom|mum|dad|sister|brother|wife|husband|girlfriend|gf|boyfriend|bf|kids|kid|family|son|daughter|parents|little sister|little brother) ~2 (im|ill|imma|ima|i will|i swear|i am|hes|shes|theyre|its|we) ~2 (spitting|spit|punching|punch|slapping|slap|beating|beat|hitting|hit|stabbing|stab|kill|killing|jumping|jump|fighting|fight|dead|done|smacking|smack|kidnapping|kidnap|hurting|hurt|raping|rape|shooting|shoot)
match: if i ever see your mom i'm spitting on her
nomatch: if i ever see your mom i'm hugging her
note: threats against the target's relatives on sight
source: r3 hg fresh probes batch 4

[en.harassment.threat.r3hg-violence-on-third-person]
sub: threat
weight: 0.75
target: third
pattern: run (that|this) (guy|cop|kid|dude|man|woman|bitch|girl|boy|clown|idiot|streamer|teacher|judge|ref|loser|freak|creep|fucker|bastard|prick|pig|karen|protester|cyclist|biker|politician|officer|jogger|snitch) over
pattern: (break|snap|smash|cut off|chop off|crush|bash in|cave in|rip off|stomp on) (his|her|their|this guys|that guys|this bitchs|that bitchs) (hands|fingers|legs|knees|kneecaps|arms|jaw|neck|teeth|skull|face|spine|ribs|nose)
pattern: take (him|her|them|em|that guy|this guy|that dude|that bitch|this bitch|that politician|this politician|that judge|the judge|that cop|that ceo|the ceo|that kid|that streamer) out (permanently|for good|for real|forever|once and for all|already|with a|with one|execution style|like a dog)
match: somebody should run that cop over with a truck
match: whoever finds this guy first, break his hands
match: i wish someone would just take that politician out permanently
nomatch: someone should take her out on a date
nomatch: somebody should run that cop show again
note: violence against a third person or their property
source: r3 hg fresh probes batch 4

[en.harassment.threat.r3hg-hunt-down-family]
sub: threat
weight: 0.8
target: other
pattern: (hunt|track) down ~2 (your|ur) (family|kids|friends|mom|mum|parents|whole family|loved ones|sister|brother|wife|husband|children)
pattern: (hunt|track) down (everyone|everybody|every one|each|all) (in|of) (your|ur)
pattern: (i|ive|we|weve) (got|have|put|sent|hired) (people|someone|somebody|guys|my boys|eyes|a guy|friends|cameras) (watching|outside|following|tracking|parked outside) (your|ur|yo) (house|home|place|every move|kids|family|school|work|job|car|apartment|dorm)
pattern: count (your|ur) (days|hours|last days|remaining days|breaths)
match: i'm gonna hunt down everyone in your family
match: i've got people watching your house
match: count your days
nomatch: count your blessings
note: hunting the target's family, surveillance by proxy, "count your days"
source: r3 hg fresh probes batch 4

[en.harassment.threat.r3hg-keep-coming-back]
sub: threat
weight: 0.75
target: other
pattern: (keep|keeps) (blocking|block|reporting|ignoring|deleting|muting) ~4 (i|ill|and i) ~1 (keep|will keep|just|always) (coming back|come back|finding|making|returning|find you|find u)
pattern: (changing|change|new|moving|deleting|deactivating) (your|ur) (number|phone number|address|name|username|account|acc|school|socials|insta|email|house) ~1 (wont|will not|doesnt|does not|aint gonna|isnt gonna|cant) (help|save|stop|protect|work|hide|keep)
match: you keep blocking and i keep coming back. i have all the time in the world
match: changing your number won't help
nomatch: you keep blocking the ball and i keep scoring lol
note: persistence despite blocking
source: r3 hg fresh probes batch 4

[en.harassment.threat.r3hg-burn-house-down]
sub: threat
weight: 0.8
target: other
pattern: (burn|torch|firebomb|bomb|shoot up|light up) (your|ur|yo|his|her|their) ~2 (house|home|car|shop|store|place|apartment|office|business|crib|restaurant) (down|up|to the ground|with)
match: i'll burn your whole family's house down
nomatch: i'll burn the whole batch of cookies if i'm not careful lol
note: arson threats against the target's or a third person's home
source: r3 hg fresh probes batch 4

[en.harassment.threat.r3hg-find-your-body]
sub: threat
weight: 0.75
target: other
pattern: (find|found|finding|finds) (your|ur|yo) (body|corpse|remains|bones) (in|floating|at|under|in a|in the|behind|by)
pattern: watch what happens (to|with) (your|ur|yo) (car|house|home|family|kids|dog|cat|mom|mum|stuff|face|job|sister|brother|pets|tires|windows) (tonight|tomorrow|next|if|bitch|when i|now|soon)
pattern: (shame|pity|sad|terrible) if (it|they|that|this|your|ur) ~2 (burned|burnt|burns|caught fire|got burned|got broken|went missing|disappeared|got hurt|got smashed|got keyed|exploded|blew up|burned down|burnt down|got torched)
match: they'll find your body in the river
match: watch what happens to your car tonight
match: nice house. would be a shame if it burned down
nomatch: watch what happens to your bread when you add more yeast
nomatch: watch what happens to your dog when you say walk
note: veiled threats: the target's body found, property damaged
source: r3 hg ad-hoc families

[en.harassment.doxxing.r3hg-found-your-school-taunt]
sub: doxxing
weight: 0.6
target: other
pattern: (found|located|tracked down|traced|figured out|found out|tracked) (your|ur|yo) (school|workplace|job|office|dorm|apartment|house|home|class schedule|schedule|campus) ~6 (see you|see u|see ya|cya|watch out|be ready|were coming|im coming|coming for you|coming for u|monday|tomorrow|tmrw|tonight|soon|i know|we know|bitch|loser)
pattern: (she|he|they|her|his) (goes|go|attends|attend|works|work|lives|live|is at|studies|study) (to|at|in|on) ~5 (go find|find her|find him|find them|go get|go visit|pull up|show up|you know what to do|have fun|do your thing|go say hi|spam|flood|harass|get her|get him|handle it|make her|make him|teach her|teach him|pay her a visit|pay him a visit)
match: found ur school bro, westview middle right? see u monday
match: she goes to lincoln high, 10th grade, go find her
nomatch: we found your school on the map, it's huge
nomatch: she goes to lincoln high and loves soccer
note: finding the target's school or home, with a visit promised
source: r3 hg FP review

[en.harassment.doxxing.r3hg-expose-to-family]
sub: doxxing
weight: 0.4
target: other
pattern: (i|ill|im|imma|ima|gonna|we|well|were|already|just|i will|i am|ive|i have|weve|i just|i already|about to|bout to) ~3 (send|sent|sending|show|showed|showing|forward|forwarded|forwarding|email|emailed|emailing|dm|dmed|dming|message|messaged|messaging|tag|tagged|tagging|give|gave|giving|text|texted|texting) (your|ur|yo) (parents|mom|mum|dad|wife|husband|family|girlfriend|boyfriend|gf|bf|grandma|kids|sister|brother) ~3 (screenshots|screenshot|receipts|messages|texts|dms|chats|tweets|everything|evidence|recordings|proof|what you said|what u said|what you did|what u did|what you sent|what u sent|all of it|thread|convo|conversation)
pattern: (good luck|have fun|enjoy) (explaining|talking your way out of|talking ur way out of|getting out of|explaining yourself|explaining urself) (that|this|it|those|these)
match: i'm sending your mom the screenshots
match: i sent your dad the screenshots, good luck explaining that
nomatch: i'll text your mom about the sleepover
note: weak alone (relatives share screenshots innocently): exposure to family; counts with a threat or insult
source: r3 hg FP review

[en.harassment.doxxing.r3hg-address-going-in-chats]
sub: doxxing
weight: 0.5
target: other
pattern: (your|ur|yo) (home|real|full|) (address|addy|number|phone number|ip|location|info|dox|socials) (is|are|r|s|gonna|will|about to|bout to|is about to|are about to|is going|are going) ~2 (in|on|to|into|up|out|around) ~2 (every|all|group|gc|chat|chats|server|discord|twitter|reddit|internet|everywhere|4chan|telegram)
pattern: (his|her|their) (home|real|full|) (address|addy|number|phone number|ip|location|info|dox|socials) (is|are|r|s|gonna|will|about to|bout to|is about to|are about to|is going|are going) ~2 (in|on|to|into|up|out|around) ~2 (every|all|group|gc|chat|chats|server|discord|twitter|reddit|internet|everywhere|4chan|telegram)
pattern: (give|giving|send|sending|dm|dming|drop|dropping|post|posting|share|sharing) (yall|you guys|everyone|u guys|you all|the gc|the chat|the group|the server|everybody) (his|her|their) (home|) (address|addy|number|location|info|ip|socials|workplace|school)
pattern: (dropping|drop|posting|post|leaking|leak|sharing|share|heres|here is) (the|) (address|addy|home address|number|ip|location|info|dox|socials|workplace) (of|for) (the|that|this) ~2 (guy|girl|kid|dude|man|woman|teacher|streamer|snitch|bitch|family|one|lady|rat|pedo|creep)
match: ur home address is going in every group chat i'm in
match: that teacher lives in my neighborhood, i'll give yall her address
match: dropping the address of the mosque guy in the gc, yall know what to do
nomatch: posting the address of the venue in the chat
note: spreading a person's address in group chats
source: r3 hg fresh probes batch 5

[en.harassment.doxxing.r3hg-review-bomb-clients]
sub: doxxing
weight: 0.6
target: other
pattern: (leaving|leave|left|posting|post|writing|write) ~2 (1 star|one star|fake|bad|negative|terrible) (reviews|review) ~4 (your|ur|his|her|their)
pattern: (telling|tell|told|emailing|email|contacting|contact|messaging|message) (his|her|your|ur|their) (clients|customers|patients|students|followers|sponsors|congregation|coworkers|colleagues|employees|investors|partners|subscribers|fans) (about you|about u|about him|about her|about them|about what|what you did|what u did|what he did|what she did|what you said|what u said|what you really are|who you really are|who he really is|who she really is)
pattern: (review bomb|review bombing|review bombed|mass review)
match: i looked up ur dad's business, leaving 1 star reviews and telling his clients about u
nomatch: i left a 5 star review for your dad's business, great service
nomatch: i'll tell your coworkers what a great job you did
note: attacking the target's livelihood through reviews and clients
source: r3 hg fresh probes batch 5

[en.harassment.doxxing.r3hg-need-his-home]
sub: doxxing
weight: 0.45
target: other
pattern: (need|looking for|tryna find|trying to find|just need|now need|still need) (his|her|their) (home|house|address|addy|home address|location|workplace|real name)
match: we got his license plate, now we just need his home
nomatch: he needs his house keys
nomatch: lmk if you want his home address for the wedding invite
note: weak alone: collecting pieces of a person's identity
source: r3 hg fresh probes batch 5

[en.harassment.doxxing.r3hg-make-sure-mom-sees]
sub: doxxing
weight: 0.7
target: other
pattern: make sure (your|ur) (mom|mum|dad|parents|boss|wife|husband|gf|bf|girlfriend|boyfriend|family|school|principal|employer|followers|friends|teachers|church|pastor|coach|kids) (sees|see|reads|read|hears|hear|finds out|find out|knows|know|gets|get) (everything|all of it|it all|these|those|the pics|the video|the screenshots|the messages|what you|what u|every)
pattern: (or|else|otherwise) (i|ill|im|imma|ima|i will|i keep|ill keep|im gonna) ~1 (call|calling|email|emailing|text|texting|message|messaging|contact|contacting|show up at|visit|visiting|tell|telling) (your|ur) (work|job|boss|mom|mum|dad|parents|school|family|wife|husband|gf|bf|employer|office|house|friends)
match: keep talking and i'll make sure your mom sees everything
match: message me back or i keep calling ur work
nomatch: make sure your mom sees this recipe
note: threats to pull the target's family or employer in
source: r3 hg fresh probes batch 5

[en.harassment.threat.r3hg-driving-past]
sub: threat
weight: 0.5
target: other
pattern: (driving|drove|walk|walking|walked|going|went|drive|been driving|been walking|been going) (past|by|around) (your|ur|yo) (house|home|place|school|work|job|apartment|dorm|window) ~2 (every night|all night|at night|at 2am|at 3am|late at night|so many times|every single night|at midnight)
pattern: (watched|watching|was watching|been watching|followed|was following|been following) (you|u|ya) (leave|walk|get|go|come|enter|sleep|change|shower|undress|eat|cry|park|lock)
match: ive been driving past your house every night
match: i watched u leave the library today, u looked tired
nomatch: i drive past your house every day on my way to work
note: stalking behaviour described to the target
source: r3 hg fresh probes batch 5

[en.harassment.threat.r3hg-shame-if-she-got-hurt]
sub: threat
weight: 0.8
target: other
pattern: (shame|pity|sad|terrible) if (she|he|they|your|ur) ~2 (got|gets|get|were to get|was to get|ended up|end up|happened to get) (hurt|attacked|raped|killed|kidnapped|taken|missing|run over|stabbed|shot|beaten|jumped)
pattern: (youre|ur|you are|u r) (getting|gonna get|bout to get|finna get) (hurt|fucked up|messed up|it|beat|smoked|dropped|popped|clapped|handled|violated) (when|once|if|after|the moment) (i|we) (find|see|catch|get|meet) (you|u|ya)
pattern: (you|u|ya) (think|thought|really think) (youre|ur|you are|u r|your) (safe|protected|untouchable|hidden|anonymous) (in|at|behind|because|cuz|with|there|now|here)
pattern: next time (youre|ur|you are|u r|your) ~4 (look behind|watch your back|watch ur back|watch out|look over your shoulder|look over ur shoulder)
pattern: (sleep tight|sleep well|night night|sweet dreams|goodnight|good night) ~3 (ill|i will|we will|well) (be seeing|be watching|be visiting|come for|be coming for) (you|u|ya)
match: your girlfriend's pretty, be a shame if she got hurt
match: i swear on my life ur getting hurt when i find u
match: u think ur safe in ur little house?
match: next time ur at the mall, look behind u
match: sleep tight, i'll be seeing you real soon
nomatch: next time you're at the mall, try the new ramen place
nomatch: sleep tight, see you tomorrow at breakfast
note: veiled threats of harm to the target or their partner
source: r3 hg fresh probes batch 5

[en.harassment.threat.r3hg-third-person-getting-hurt]
sub: threat
weight: 0.75
target: third
pattern: or (hes|shes|theyre|he is|she is|they are|hes gonna|shes gonna|he|she) (getting|gonna get|going to get|bout to get|finna get|about to get|gets) (smoked|dropped|jumped|stabbed|shot|merked|popped|beat up|beaten|fucked up|rocked|clapped|slumped|handled|killed|hurt|wet up|curbstomped)
pattern: (needs|need|deserves|deserve) (his|her|their) (legs|arms|neck|jaw|face|teeth|knees|kneecaps|hands|fingers|skull|nose|ribs|spine) (broken|broke|snapped|smashed|bashed in|kicked in|caved in|cut off|ripped off)
pattern: (hope|wish|pray|hoping|praying) (someone|somebody|sb|they|he|she|karma|life) ~1 (beats|beat|kicks|knocks|smacks|slaps|punches|chokes) the (shit|crap|hell|living daylights|life|fuck|piss|living shit) out of (him|her|them|that|this|his|her)
pattern: (someone|somebody|sb) (should|needs to|need to|gotta|oughta|has to) (drop|smoke|body|clap|pop|off|merk|wet|waste|ice|slump|cap|blast|unalive|end) (that|this) (ceo|guy|dude|man|woman|bitch|judge|cop|politician|streamer|clown|kid|teacher|ref|senator|president|landlord|snitch|rat|pedo)
pattern: (give|gimme|hand) (him|her|them|this man|that man|this guy|that guy|this woman|that woman|this bitch|that bitch) (a|one) (bullet|bullets|round|noose|rope|slug)
pattern: (if|since) (the cops|the police|cops|police|the law|the courts|the system|nobody|no one) (wont|will not|cant|cannot|dont|arent gonna|aint gonna|refuse to) (handle|deal with|do anything about|stop|punish|touch|arrest|lock up) (him|her|them|this guy|that guy) ~2 (we|i|the people|ill|well|our boys|my boys)
match: he better not show up monday or he's getting smoked
match: that ref needs his legs broken
match: i pray someone beats the life out of that man
match: somebody needs to drop that ceo
match: someone give this man a bullet
match: if the cops won't handle him we will
nomatch: someone give this man a medal
nomatch: if he doesn't show up monday he'll miss the test
note: threats and calls for violence against a third person
source: r3 hg fresh probes batch 5

[en.harassment.threat.r3hg-better-not-or-else]
sub: threat
weight: 0.75
pattern: (better not|dont|do not|better never|shouldnt|should not) ~4 or (hes|shes|theyre|he is|she is|they are|hes gonna|shes gonna|he|she|youre|ur|you are|u r|you|u) (getting|gonna get|going to get|bout to get|finna get|about to get|gets|get) (smoked|dropped|jumped|stabbed|shot|merked|popped|beat up|beaten|fucked up|rocked|clapped|slumped|handled|killed|hurt|wet up|curbstomped)
match: he better not show up monday or he's getting smoked
match: dont come back or ur getting jumped
nomatch: don't forget your jacket or you'll get cold
note: conditional violence after "better not / don't"; its own entry so the leading negation is part of the phrase, not a cue (see report)
source: r3 hg fresh probes batch 5

[en.harassment.doxxing.r3hg-info-getting-dropped]
sub: doxxing
weight: 0.6
target: other
pattern: (your|ur|yo) (info|information|address|addy|dox|ip|number|details|personal info|real name|face|location|nudes) (is|are|r|s|gonna|will|about to|bout to) ~1 (getting|get|be|go) (dropped|leaked|exposed|doxxed)
match: your info is getting dropped tonight
nomatch: your info is safe with us
note: announced release of the target's details
source: r3 hg fresh probes batch 6

[en.harassment.threat.r3hg-family-will-pay]
sub: threat
weight: 0.85
target: other
pattern: (your|ur|yo) (son|daughter|kids|kid|family|mom|mum|dad|wife|husband|sister|brother|children|baby|parents|whole family|girlfriend|boyfriend) (is|are|s|r|will|gonna|is gonna|are gonna|is going to|are going to) ~1 (pay|suffer|regret|answer|bleed) (for what|for your|for ur|for everything|for all|the price|too|with his life|with her life|with their lives|with their life|dearly)
pattern: (shame|pity|sad|terrible|awful) if (your|ur|yo|she|he|they) ~2 (had|has|have|got|gets|get|was in|were in|met with|suffered) (an accident|a little accident|an unfortunate accident|a fall|a bad fall|an incident)
match: your son is gonna pay for what you did
match: it would be a real shame if your mom had an accident
nomatch: your son is gonna pay for dinner tonight
note: making the target's family answer for them
source: r3 hg fresh probes batch 6

[en.harassment.threat.r3hg-beat-until]
sub: threat
weight: 0.8
pattern: (beat|beating|stomp|stomping|hit|hitting|kick|kicking|punch|punching|choke|choking|whip|whipping) (him|her|them|you|u|that kid|that guy|that bitch|this kid|this guy|this bitch|his ass|her ass|that boy|that girl|em) ~2 (until|till|til|untill) (he|she|they|you|u|his|her|their) ~2 (cant|can not|cannot|stops|stop|dies|die|bleeds|bleed|passes out|is dead|are dead|breaks|dead|unconscious|begs|cries)
match: someone should beat that kid until he can't walk
nomatch: beat the eggs until they are fluffy
note: beating someone until they are maimed
source: r3 hg fresh probes batch 6

[en.harassment.threat.r3hg-coming-to-your-house]
sub: threat
weight: 0.4
target: other
pattern: (were|we are|im|i am|theyre|my boys are|were all) (coming|comin|headed|heading|on our way|on my way|pulling up) (to|over to|by) (your|ur|yo) (house|home|place|crib|door|apartment|school|work|job) (tonight|tomorrow|now|rn|right now|soon|later|bitch)
pattern: (ill be|im|i am|ill|we will be|well be|ive been|were|been) (waiting|hiding|standing|parked|lurking) (by|at|near|next to|outside|behind|in) (your|ur|yo) (car|truck|house|door|locker|window|apartment|dorm|building|gate|bus stop|workplace|job|office|school) ~2 (after|tonight|tomorrow|every|when|at|bitch)
match: we're coming to your house tonight
match: i'll be waiting by your car after work
nomatch: we're coming to the beach tonight
nomatch: i'll be waiting for the bus after work
note: announced visits and lurking at the target's home or car (weak-ish: friends say the first two too)
source: r3 hg fresh probes batch 6

[en.harassment.threat.r3hg-no-matter-how-many-blocks]
sub: threat
weight: 0.75
target: other
pattern: (keep|keeps|ill keep|will keep|just keep) (coming back|making accounts|finding you|finding u|messaging you|texting you|showing up|coming) ~2 (no matter|whatever|regardless|however many|how many times|even if) ~4 (block|blocks|report|reports|ignore|ignores|ban|bans|delete|deletes)
pattern: no matter how many (times|accounts|numbers) (you|u|ya) (block|report|ban|delete|ignore|change)
pattern: (message|messaging|dm|dming|email|emailing|contact|contacting|text|texting|tag|tagging) (every|all|each|every single one of|all of) ~2 (your|ur) (followers|friends|contacts|fans|subscribers|classmates|coworkers|family|relatives|sponsors)
pattern: (until|till|til) (they|everyone|everybody|all of them) (unfollow|block|leave|hate|drop|stop following|turn on|unsubscribe from) (you|u|ya)
pattern: (post|upload|say|tweet|stream|make|write|comment|send) (one more|another|1 more|again) ~2 (and|n|then) (see|find out|watch) (what happens|what happens next|what ill do|what i do)
match: i'll keep coming back no matter how many times you block me
match: i'll message every single one of your followers until they unfollow you
match: post one more video and see what happens
nomatch: post one more video of your cat please
note: persistent contact despite blocks; turning the target's followers against them; "post again and see"
source: r3 hg fresh probes batch 6

[en.harassment.threat.r3hg-sleep-with-lights-on]
sub: threat
weight: 0.6
target: other
pattern: (better|should|might wanna|gonna wanna|might want to|better start|start|id start|would start) (sleep|sleeping) with (the lights on|a knife|a bat|a gun|your door locked|ur door locked|your doors locked|ur doors locked|one eye open|1 eye open)
match: you better sleep with the lights on
match: i'd start sleeping with one eye open if i was you
nomatch: i sleep with the lights on since i was a kid
note: veiled threat; horror-film jokes are allowlisted
source: r3 hg fresh probes batch 6

[en.harassment.doxxing.r3hg-telling-your-parents-everything]
sub: doxxing
weight: 0.35
target: other
pattern: (telling|tell|told) (your|ur) (parents|mom|mum|dad|boss|wife|husband|gf|bf|teacher|principal|school|family|employer) (everything|all of it|what you did|what u did|what you said|what u said|the truth about you)
pattern: (sending|send|sent|showing|show|forwarding|forward) (them|him|her) (the|your|ur|all the|all your|these|those) (screenshots|receipts|messages|texts|dms|chats|recordings|evidence|proof)
match: im telling your parents everything and sending them the screenshots
nomatch: i'm going to tell your mom happy birthday
note: weak alone (siblings and friends say it): exposure to parents with screenshots; the two halves together flag
source: r3 hg fresh probes batch 6

[en.harassment.threat.r3hg-found-out-where-you-work]
sub: threat
weight: 0.75
target: other
pattern: (found out|figured out|tracked down|learned|worked out|just found out|finally found) where (you|u|ya|your|ur) ~1 (live|lives|work|works|stay|stays|sleep|sleeps|go to school|park|parks|hang out)
pattern: (nowhere|no where|no place|nowhere on earth) (you|u|ya) (can|could|will be able to|gonna be able to) (hide|run|go) (from me|from us|that i wont|that i cant|where i cant|i wont find)
pattern: (you|u|ya) (better|should|gotta|had better) (watch|keep an eye on|protect|lock up|hide) (your|ur) (kids|kid|children|family|daughter|son|wife|husband|mom|sister|little sister|little brother|dog)
pattern: (sending|send|sent|bringing|bring|brought|gonna send|ill send) (my|the|some of my|a few of my) (boys|gang|crew|homies|cousins|brothers|people|guys|goons|shooters|opps|squad|hitters) (to|over to|after|at|by|for) (your|ur|yo|his|her|their) (crib|house|home|place|door|school|job|work|block|way|ass|family)
pattern: (surprise|present|gift|visit) ~3 (and not a good one|not a good one|and not the good kind|you wont like|u wont like|youre not gonna like|ur not gonna like)
match: found out where u work lol see u at ur shift
match: there's nowhere you can hide from me
match: you better watch your kids
match: i'm sending my boys to your crib
match: you'll wake up to a surprise tomorrow and not a good one
nomatch: there's nowhere you can hide from the sun at the beach lol
nomatch: i'm sending my boys to your party
note: found the target's workplace, no escape, watch your kids, sending people, a bad surprise
source: r3 hg fresh probes batch 7

[en.harassment.threat.r3hg-nobody-will-find-your-body]
sub: threat
weight: 0.85
target: other
pattern: (nobody|no one|noone|they|cops|police|the cops|the police) (will|would|wont|gonna|is gonna|will ever|would ever|will never|would never|are never gonna|aint gonna|aint never gonna) (ever|) (find|identify|recover) (your|ur|his|her|the) (body|corpse|remains|bones)
pattern: (hope|wish|pray|hoping|praying) ~3 (house|home|car|office|shop|store|place|apartment|church|school) (burns|burn|catches fire|goes up in flames|burns down|explodes|blows up) (with|while) (him|her|them|you|u|his family|her family|the family|everyone) (in it|inside|in there|still in it|trapped)
match: nobody will ever find your body
match: hope that judge's house burns with him in it
nomatch: nobody will ever find this easter egg lol
note: killing threats; its own entry so a "never" in the phrase is not read as negation
source: r3 hg fresh probes batch 7

[en.harassment.doxxing.r3hg-bounty-on-address]
sub: doxxing
weight: 0.75
target: other
pattern: (whoever|first person|first one|anyone who|anybody who|if someone|if anyone) (posts|post|finds|find|drops|drop|gets|leaks|leak|gives me|sends me|dms me) (his|her|their|this guys|this girls) (address|addy|home address|number|ip|location|real name|dox|info|workplace|school)
pattern: (swat|dox|doxx|hunt down|track down) (this|that) (dude|guy|girl|kid|man|woman|bitch|streamer|clown|loser|creep|idiot|person|account|user)
pattern: (post|posting|posted|drop|dropping|leak|leaking|sharing|share) (his|her|their|your|ur) (dorm|room|apartment|house|unit|locker|door|gate|building) (number|code|key code|address|location)
pattern: make sure (everyone|everybody|all|the whole|people) ~3 (knows|know|finds out|find out|hears|hear|sees|see|learns|learn) (what|who) ~2 (freak|loser|creep|liar|cheater|pedo|predator|fraud|fake|slut|whore|bitch|psycho|snake|rat|scammer|abuser|groomer|pervert|weirdo|joke|monster) (you|u|ur|youre)
pattern: (wonder|i wonder|imagine|bet) (what|how) (his|her|your|ur|their) (boss|employer|manager|hr|principal|parents|mom|dad|wife|husband|church|pastor|coworkers|company) (would|will|gonna|is gonna|might) (think|say|do|react|feel) (of|about|if|when) (u|you|ya|these|those|what)
pattern: (screenshot|screenshotting|screenshotted|ss|ssing|recording|saving) (this|that|it|all of this|everything|all this|these) ~3 (send|sending|show|showing|forward|forwarding) (it|them|this) to (your|ur|yo) (mom|mama|mum|dad|parents|boss|wife|husband|gf|bf|school|principal|teacher|family|employer|pastor|church|coach|grandma)
match: whoever posts her address gets 50 bucks
match: someone swat this dude already
match: posting her dorm number so the whole campus can visit
match: i'll make sure everyone at your church knows what a freak you are
match: ur dads linkedin says he works at boeing, wonder what his boss would think of u
match: ima screenshot this and send it to ur mama
nomatch: whoever posts the best meme gets 50 bucks
nomatch: ima screenshot this meme and send it to my mama
note: bounties for a person's address, swatting calls, exposure to family, church and employer
source: r3 hg fresh probes batch 7

[en.harassment.threat.r3hg-blocked-so-new-accounts]
sub: threat
weight: 0.8
target: other
pattern: (blocked|block|blocking|reported|banned) me ~3 (so|and|then|but) ~2 (made|make|got|created|opened|have) ~2 (more|new|another|other|alt|fake|burner|extra) (accounts|account|accs|acc|alts|alt|numbers|number|profiles|profile)
pattern: (until|till|til) (you|u) (answer|pick up|reply|respond) (or|n) (your|ur) (mom|mum|dad|parents|boss|wife|husband|gf|bf|family|sister|brother) (does|do|will)
match: you blocked me so i made 3 more accounts, hi again
match: i'm gonna keep calling until you answer or your mom does
nomatch: i made 3 more accounts for my business pages
note: ban evasion after a block; pressure through family
source: r3 hg fresh probes batch 7

[en.harassment.threat.r3hg-family-not-safe-bare]
sub: threat
weight: 0.4
target: other
pattern: (your|ur|yo) (family|kids|kid|children|son|daughter|mom|mum|dad|parents|wife|husband|sister|brother|little sister|little brother|baby|loved ones|girlfriend|boyfriend|gf|bf|whole family|friends) ~1 (wont|will not|isnt gonna|arent gonna|will never|aint gonna|not gonna) (be|stay) (safe|protected)
match: your family won't be safe
nomatch: your family is safe
note: weak alone (political and safety talk says it too); counts with a threatening signal
source: r3 hg FP review

[en.harassment.threat.r3hg-watching-through-window]
sub: threat
weight: 0.8
target: other
pattern: (watching|watched|watch|see|seeing|saw|seen|looking at|spying on|filming|recording|staring at) (you|u|ya) (through|thru|from|outside|in) (your|ur|the) (window|windows|bedroom window|blinds|curtains|door|peephole)
match: i've been watching you through your window
nomatch: i've been watching the birds through my window
note: voyeuristic surveillance of the target
source: r3 hg fresh probes batch 6

[en.harassment.doxxing.r3hg-name-and-workplace]
sub: doxxing
weight: 0.6
target: other
pattern: (his|her|their) (name|real name|full name) is ~4 (and|n) (he|she|they) (works|work|lives|live|goes|go|studies) (at|in|to|on)
pattern: (drop|leak|dox|doxx) (this|that) ~1 (address|addy|number|ip|location|info|socials|real name)
pattern: (dm me|hmu with|someone get me|get me|find me|someone find me) (this|that|his|her) ~1 (address|addy|ip|location|real name|home address)
pattern: (emailing|email|emailed|messaging|message|sending|send|sent|forwarding|forward|showing|show) (every|all|each|all the|all of) ~1 (teacher|teachers|coworker|coworkers|parent|parents|family member|member|manager|boss|employee|friend|follower|classmate|classmates) ~6 (screenshots|screenshot|receipts|messages|texts|dms|chats|tweets|recordings|evidence|proof|the thread)
pattern: (tag|tagging|tagged) (your|ur) (boss|employer|job|work|company|school|principal|mom|dad|parents|wife|husband|gf|bf|pastor|church|sponsors|hr|manager|family) (in|on) (all of these|all of this|every|all these|all those|these|those|each one|all of them|the comments|the replies|everything)
match: everyone this is the guy from the video, his name is mark davis and he works at home depot
match: yo drop this mf's address i got something for him
match: im emailing every teacher at ur school with the screenshots
match: gonna tag ur boss in all of these
nomatch: gonna tag your boss in this post so she sees your award
note: naming a person and their workplace; asking for or dropping an address; emailing a school or workplace with screenshots
source: r3 hg fresh probes batch 8

[en.harassment.doxxing.r3hg-could-happen-to-you]
sub: doxxing
weight: 0.35
target: other
pattern: (could|might|will|gonna|can) happen to (you|u|ya) (soon|next|real soon|any day|tomorrow|tonight)
pattern: imagine (losing|getting kicked out of|getting fired from|losing all) (your|ur) (job|career|scholarship|kids|house|family|friends|reputation|license|spot|place)
match: imagine losing ur job over a tweet, could happen to u soon
nomatch: this could happen to anyone
note: weak alone: hinting that the target will lose their job; the two halves together flag
source: r3 hg fresh probes batch 8

[en.harassment.threat.r3hg-hate-to-be-you]
sub: threat
weight: 0.7
target: other
pattern: (id|i would) (hate|not want) to be (you|u|ya|him|her|them) (when|once|after|if) (i|we|they) ~2 (get out|find|see|catch|get there|show up|find out)
pattern: (my|his|her) (brother|brothers|cousin|cousins|boys|dad|uncle|boyfriend|bf|friends|homies|gang|crew|big brother) (is|are|s|gonna|will|r) ~1 (handle|deal with|beat|jump|fight|hurt|visit|fuck up|mess up|smoke|whoop|beat up|stomp|pull up on) (you|u|ya|your ass|ur ass)
pattern: (you|u|ya) (gonna|going to|will|finna) (disappear|vanish|go missing|end up missing) ~4 (nobody|no one|noone|and|one day|soon|without a trace)
pattern: (youre|ur|you are|u r) (gonna|going to|will|finna) (disappear|vanish|go missing|end up missing) ~4 (nobody|no one|noone|and|one day|soon|without a trace)
pattern: (sleep|sleeping|breathe|breathing|walk|walking|hide|run|talk|smile|laugh) ~2 (while|whilst) (you|u|ya) (still|) (can|have the chance)
pattern: (ill be|im|i am|i will be|we will be|well be|ill always be|ill keep) (watching|following|tracking|monitoring) (you|u|ya|your every|ur every) (from now on|always|forever|everywhere|24/7|day and night|every day|closely|wherever you go|wherever u go)
pattern: (you|u|ya) (gonna|will) (have to|need to|wanna) (move|change|switch|transfer|leave|quit) (schools|school|towns|town|cities|states|jobs|countries) (after|when|once) (what i do|i do|im done|i post|i tell)
pattern: (youre|ur|you are|u r) (gonna|will) (have to|need to|wanna) (move|change|switch|transfer|leave|quit) (schools|school|towns|town|cities|states|jobs|countries) (after|when|once) (what i do|i do|im done|i post|i tell)
match: i'd hate to be you when i get out
match: my brother is gonna handle you after school
match: you're gonna disappear one day and nobody will notice
match: keep sleeping peacefully while you still can
match: i'll be watching you from now on
match: ur gonna have to move schools after what i do
nomatch: i'd hate to be you when mom sees the kitchen lol
nomatch: my brother is gonna help you with math after school
nomatch: enjoy the summer while you still can
note: veiled threats: what happens when I get out, relatives sent to fight, disappearing, surveillance from now on
source: r3 hg fresh probes batch 8

[en.harassment.threat.r3hg-dont-know-who-youre-messing-with]
sub: threat
weight: 0.6
target: other
pattern: (you|u|ya) (dont|do not|dont even|clearly dont|have no idea|got no idea) (know|realize) (who|what) (youre|ur|you are|u r|your|you r) (messing|fucking|dealing|playing|fuckin|effing|screwing) (with|to)
pattern: (pray|hope|better pray|better hope) (i|we) (never|dont|do not|dont ever|wont) (see|find|catch|meet|run into|bump into) (you|u|ya) (in person|irl|outside|in public|alone|on the street|again)
match: you don't know who you're messing with, i have people
match: pray i never see you in person
nomatch: you don't know who you're talking to? it's me, your cousin
note: own entry: the negation is part of the threat, not a context cue
source: r3 hg fresh probes batch 8

[en.harassment.threat.r3hg-violence-wish-third]
sub: threat
weight: 0.75
target: third
pattern: (head|heads) on a (pike|spike|stick|platter)
pattern: (pop|break|bust|shatter|snap|smash|cap|shoot) (his|her|their|that|this) ~2 (kneecaps|knees|kneecap|ankles|jaw|skull|spine)
pattern: (want|wanna|love|like|would love|cant wait) to see (him|her|them|that guy|this guy|that bitch|this bitch|that man|that woman) ~2 (hang|hanged|hung|burn|burned|bleed|executed|beheaded|lynched|in a coffin|in a body bag|dead|die|suffer)
match: i want to see that guy's head on a pike
match: someone needs to pop that streamer's kneecaps
match: i'd love to see him hang
nomatch: i want to see that painting in person
note: violence wished on a third person
source: r3 hg fresh probes batch 8

[en.harassment.threat.r3hg-hurt-your-kids]
sub: threat
weight: 0.85
target: other
pattern: (i|ill|im|imma|ima|gonna|we|well|i will|im gonna|i swear ill) ~2 (hurt|kill|stab|shoot|punch|rape|kidnap|touch|harm|poison|drown|strangle|choke|torture|come for|go after|snatch) (your|ur|yo) (kids|kid|children|family|son|daughter|baby|wife|husband|mom|mum|dad|parents|sister|brother|little sister|little brother|girlfriend|boyfriend|gf|bf|grandma)
pattern: (someone|somebody|sb) (pls|please|plz|just|) (shoot|stab|kill|murder|hang|lynch|smoke) (this|that) (guy|dude|man|woman|bitch|kid|clown|idiot|streamer|girl|boy|cop|judge|politician|mf|fucker|bastard|creep|pedo)
pattern: (youre|ur|you are|u r) (getting|gonna get|going to get|about to get|bout to get) (fired|expelled|suspended|kicked out|evicted|banned|sacked|deported|arrested|cancelled|canceled) ~4 (i|we|made sure|trust me|watch|i promise|count on it|just wait)
pattern: (stop|quit) (ignoring|blocking|avoiding|ghosting) me ~2 (or else|or youll|or ur|or you will|or i|or im|or imma)
pattern: (answer|reply|respond|pick up|text me back|call me back|open the door|come out) ~2 or (im|i am|ill|imma|ima|i will|were|well) ~1 (coming over|coming to your|coming to ur|showing up|pulling up|gonna come|come over|break|kick)
match: i'll hurt your kids
match: someone shoot this guy
match: you're getting fired, i made sure of it
match: stop ignoring me or else
match: answer me or i'm coming over
nomatch: i'll beat your brother at chess
nomatch: i'll pick up your kids from school
note: threats against the target's relatives; calls to shoot a named third person; pressure to answer
source: r3 hg short-phrasing sweep

[en.harassment.threat.r3hg-family-is-next]
sub: threat
weight: 0.6
target: other
pattern: (your|ur|yo) (family|kids|kid|mom|mum|dad|parents|wife|husband|sister|brother|children|son|daughter|whole family|girlfriend|boyfriend) (is|are|r|s) next
pattern: (im|i am|were|we are|ive been|i have been|weve been) (watching|watchin|tracking|stalking) (you|u|ya) (always|24/7|every day|everywhere|right now|rn|closely|from my car|from across the street|from here|all day|all night|sleep|sleeping|every night)
pattern: (im|i am|were|we are|ive been|i have been|weve been) (stalking|tracking) (you|u|ya)
match: ur family is next
match: i've been watching you every night
nomatch: your family is welcome here
nomatch: i've been following you since 2019, love your content
nomatch: i'm watching you grow up so fast
note: short veiled threats (weak enough that context like a game or a show can keep them under the line)
source: r3 hg short-phrasing sweep

[en.harassment.threat.r3hg-better-not-come-to-school]
sub: threat
weight: 0.7
target: other
pattern: (you|u|ya) (better|had better|should) (not|never) (go|come|show up|show your face|show ur face) (to|at|in) (school|work|class|practice|the party|the game|the mall|church) (tomorrow|monday|again|ever|today|tonight)
match: you better not go to school tomorrow
nomatch: you should go to school tomorrow
note: own entry so the negation is part of the threat
source: r3 hg short-phrasing sweep

[en.harassment.doxxing.r3hg-boss-getting-a-call]
sub: doxxing
weight: 0.45
target: other
pattern: (your|ur|yo) (boss|employer|job|work|school|principal|manager|hr|dean|landlord|pastor|church|coach|wife|husband) (is|are|s|r) (getting|gonna get|about to get) (a call|an email|a letter|a visit|a message|the screenshots|a dm) (from me|from us|about you|about u|tomorrow|tonight|soon)
pattern: (ill|i will|im gonna|imma|ima|gonna|im going to) (tell|call|email|contact|report you to|message|inform|notify) (your|ur) (employer|boss|manager|hr|principal|dean|sponsors|parole officer|probation officer)
pattern: (your|ur|yo) (address|addy|home address) is ~3 (lane|street|st|road|rd|ave|avenue|drive|dr|blvd|court|ct|way|apt|apartment|unit)
pattern: (his|her|their) (address|addy|home address) is ~3 (lane|street|st|road|rd|ave|avenue|drive|dr|blvd|court|ct|way|apt|apartment|unit)
match: your boss is getting a call from me
match: i'll tell your employer
match: your address is 14 birch lane
nomatch: your boss called about the schedule
nomatch: i'm gonna call your school to ask about the field trip
note: moderate: contacting the target's employer or school; reciting someone's street address
source: r3 hg short-phrasing sweep

[en.harassment.doxxing.r3hg-report-you-to-school-with]
sub: doxxing
weight: 0.6
target: other
pattern: (reporting|report|reported) (you|u|ya) to (your|ur) (school|boss|employer|job|work|principal|parents|mom|dad|church|university|college|dean|hr|coach|landlord|parole officer) (with|and|showing|and sending|and show) ~2 (everything|screenshots|the screenshots|receipts|proof|evidence|what you|what u|all of it|all the)
pattern: (keep|ill keep|gonna keep|will keep|im gonna keep) (texting|calling|messaging|emailing|dming|contacting) (your|ur) (mom|mum|dad|parents|boss|wife|husband|gf|bf|family|sister|brother|friends|school|work|job) (until|till|til) (you|u|ya)
pattern: (i|we) (know|have) (your|ur) (schedule|routine|every move|movements|daily routine|route) (better than you|by heart|memorized|down|inside out)
match: i'm reporting you to your school with everything you sent
match: i'll keep texting your mom until you answer me
match: i know your schedule better than you do
nomatch: i'll keep texting your mom until she answers about the carpool
nomatch: i know your schedule is busy, let's meet next week
note: exposure to school or family as leverage; pressure through relatives; surveillance of routine
source: r3 hg fresh probes batch 10

[en.harassment.threat.r3hg-pay-to-see-her-hurt]
sub: threat
weight: 0.8
pattern: (pay|paying|give) (good money|money|anything|a lot|everything|big money|so much|100|1000|a million) to see (him|her|them|you|u|that|this) ~2 (get|getting|be) (hurt|beaten|beat up|killed|shot|stabbed|raped|punched|slapped|jumped|run over|suffer|dead|hit by|hit with|smacked|knocked out|destroyed|mauled)
pattern: (someone|somebody|sb|ill|imma|ima|gonna|im gonna|i will|we will|well) ~3 (put|send|sending|putting) (him|her|them|that|this|his ass|her ass) ~1 (in the hospital|in a wheelchair|in the icu|in a coma|in a cast|in the er|in traction|six feet under)
pattern: (should|needs to|deserves to|deserve to|ought to|must) (be|get) (dragged out|dragged into the street|dragged through the streets|strung up|tarred and feathered|curb stomped|beaten to death|beaten up|beaten senseless|flogged|whipped|stoned|burned alive|castrated|skinned alive|publicly executed|executed)
pattern: (if i) (was|were) (you|u|your|ur) ~2 (id|i would) (be|) (scared|afraid|terrified|watching my back|sleeping with one eye open|looking over my shoulder|hiding|running)
match: i'd pay good money to see her get hurt
match: someone needs to put that teacher in the hospital
match: that man should be dragged out and beaten
match: if i was your kids i'd be scared
nomatch: the doctor put her in the hospital for observation
nomatch: this record should be beaten soon
note: violence wished or called for; "if I were your kids I'd be scared"
source: r3 hg fresh probes batch 10

[en.harassment.threat.r3hg-wish-you-never-met-me]
sub: threat
weight: 0.6
target: other
pattern: (you|u|ya) (gonna|going to|will|) (wish|regret) (you|u) (never|hadnt|had never|didnt) (met me|crossed me|messed with me|fucked with me|started this|opened your mouth|opened ur mouth|were born)
pattern: (youre|ur|you are|u r) (gonna|going to|will|) (wish|regret) (you|u) (never|hadnt|had never|didnt) (met me|crossed me|messed with me|fucked with me|started this|opened your mouth|opened ur mouth|were born)
pattern: youll (gonna|going to|will|) (wish|regret) (you|u) (never|hadnt|had never|didnt) (met me|crossed me|messed with me|fucked with me|started this|opened your mouth|opened ur mouth|were born)
match: you're going to wish you never met me
nomatch: you'll wish you had more time
note: own entry: the negation belongs to the threat
source: r3 hg fresh probes batch 10

[en.harassment.threat.r3hg-see-u-soon-address]
sub: threat
weight: 0.7
target: other
pattern: (your|ur|yo) (address|addy|house|home) ~8 (see you soon|see u soon|see ya soon|see you tonight|see u tonight|coming for you|coming for u|pulling up|knock knock|were coming|im coming)
pattern: (everyone|everybody|yall|lets|go|guys|pls) (send|forward|show|tag|dm) (this|it|these|the screenshots|the video|the pics) to (his|her|their) (wife|husband|gf|bf|girlfriend|boyfriend|mom|dad|parents|boss|employer|school|principal|kids|family|church|pastor)
pattern: (people like you|ppl like you|people like u|your kind|snitches|rats|guys like you|girls like you) (get|always get|will get|end up|eventually get) ~1 (found|found out|handled|dealt with|hurt|in a ditch|dead|buried|taken care of)
pattern: (your|ur|yo) (kids|kid|children|son|daughter|baby|family) (are|is|will|r|gonna|are gonna|is gonna|will be) ~2 (grow up|growing up|be|left) (without|with no) (a|their|) (parent|father|mother|dad|mom|daddy|mommy)
pattern: (you|u|ya) know i can see (you|u) (right|rn|right now)
pattern: (your|ur|yo) (family|mom|mum|dad|parents|boss|wife|husband|kids|school|employer|job|friends) (will|is gonna|are gonna|gonna|is going to|are going to|will be) (hearing from|hear from) (me|us|my lawyer|my boys)
pattern: (send|sending|sent) (someone|somebody|people|a guy|guys|my boys|my cousin|my brother|some people|some friends) (to|over to|after|by) (your|ur|yo) (house|home|place|crib|door|school|work|job|apartment|family)
pattern: (burn|burning|torch|torching) (down|up) (your|ur|yo|his|her|their) ~1 (house|home|car|shop|store|place|apartment|office|business|crib|restaurant|school|church)
pattern: (you|u|ya) (and|n) (your|ur) ~2 (better|should|gotta|had better) (watch it|watch out|watch yourselves|be careful|watch your backs|watch ur backs|hide|run|pray)
pattern: (make|making) (you|u|ya|her|him) (famous|viral|go viral|infamous|a meme|a laughing stock|known) (for all the wrong reasons|for the wrong reasons|for what you did|in the worst way)
pattern: (your|ur|yo) days (at|in|on|here) ~3 (are|r|is) numbered
pattern: (i|we) (know|found out|learned|have) (everything|all|so much|a lot) about (you|u|ya|your family|ur family) ~4 (your|ur) (school|job|work|address|house|mom|mum|dad|family|kids|parents|workplace|schedule|real name|sister|brother|moms|dads)
match: ur address is literally on google maps street view lmao, see u soon
match: everyone send this to his wife lol
match: people like you get found eventually
match: your kids are gonna grow up without a parent
match: u know i can see u right
match: keep posting and your family will hear from me
match: i'll send someone to your house
match: we'll burn down your shop
match: you and your mom better watch it
match: i'm gonna make you famous for all the wrong reasons
match: your days at this school are numbered
match: i know everything about you now, your school, your job, your mom's name
nomatch: we'll burn down the leaderboard this season lol
nomatch: you know i can see your screen right? lol
note: veiled threats and exposure, fresh batch 11 families
source: r3 hg fresh probes batch 11

[en.harassment.threat.r3hg-dont-let-me-catch-you]
sub: threat
weight: 0.75
target: other
pattern: (dont|do not|better not|never) (let me|let us|make me) (catch|see|find|run into) (you|u|ya) (alone|outside|slipping|lacking|again|after school|irl|in person|walking)
pattern: (changing|change|new|deleting|making a new|creating a new) ~2 (name|names|username|account|accounts|number|profile|handle|school|schools|address) ~1 (wont|will not|cant|cannot|aint gonna|isnt gonna|doesnt|does not) (save|protect|hide|help) (you|u|ya)
match: don't let me catch you alone
match: i found your new account, changing names won't save you
nomatch: don't let me catch you skipping leg day lol
note: own entry: the negation is part of the threat
source: r3 hg fresh probes batch 11

[en.harassment.threat.r3hg-batch12-families]
sub: threat
weight: 0.7
target: other
pattern: (your|ur|yo) (boss|employer|manager|school|principal|parents|mom|dad|wife|husband|gf|bf|family|church|pastor|coach|followers|teachers|hr|dean|job) (is|are|s|r|will|gonna|is gonna|are gonna|is going to|are going to) ~1 (see|read|hear|get) (every|all|each|everything) ~3 (comment|comments|post|posts|message|messages|text|texts|tweet|tweets|dm|dms|word|screenshot|screenshots|thing)
pattern: (someone|somebody|anyone|pls|lets|we need to|help me|can someone|who can|yall) (find out|figure out|look up|dig up|track down) (where|what school|which school) (this|that) (clown|guy|dude|bitch|kid|girl|boy|man|woman|idiot|loser|creep|freak|snitch|rat|streamer|teacher|fucker|mf|pedo|person|hoe|thot) (lives|live|works|work|goes|stays|sleeps)
pattern: (wait|waiting|meet|meet me) ~8 (come alone|dont bring|no friends|no teachers|just you and me)
pattern: (i|we) (know|knw) (your|ur|yo) (car|route|schedule|routine|address|house|school|job|workplace|locker|bus stop|gym|license plate|plate) ~4 (i|we) (know|knw) (your|ur|yo) (car|route|schedule|routine|address|house|school|job|workplace|locker|bus stop|gym|license plate|plate|mom|kids|family|sister)
pattern: (post|posting|send|sending|share|sharing|leak|leaking|show|showing|forward|forwarding) (the|these|those|your|ur|all the) (screenshots|receipts|messages|texts|dms|chats|recordings|pics|video|videos) ~4 (if|unless) (you|u|ya) (keep|continue|ever|block|lie|say)
pattern: (mass report|report|reporting|email|emailing|call|calling|contact|contacting|flood|spam) (her|him|them) to (her|his|their) (job|boss|employer|school|work|principal|company|manager|hr)
match: ur boss is gonna see every single comment u made, count on it
match: somebody find out where this clown lives so we can teach him
match: i'll wait for you after school by the bike racks, come alone
match: i know your car, i know your route, i know your schedule
match: i'll post the screenshots on your school's page if you keep lying
match: we should mass report her to her job until she's gone
nomatch: somebody find out where this dog lives, he's lost
nomatch: i'll wait for you after school by the bike racks, we can ride home together
note: exposure and surveillance families from fresh batch 12
source: r3 hg fresh probes batch 12

[en.harassment.threat.r3hg-batch12-violence]
sub: threat
weight: 0.8
pattern: (set|setting|light|lighting) (his|her|their|your|ur|yo|that|this) ~2 (car|house|home|truck|shop|store|hair|apartment|door|office|dorm) (on fire|ablaze|alight)
pattern: (hope|hoping|wish|pray) (your|ur) ~2 (dad|mom|mum|parents|family|husband|wife) (loses|lose|gets fired|goes broke|ends up|end up) ~4 (street|homeless|everything|broke|job|jobs|house)
match: someone oughta set his car on fire
match: i hope your dad loses his job and your family ends up on the street
nomatch: someone oughta wash his car, it's filthy
note: arson and ruin wished on a person or their family
source: r3 hg fresh probes batch 12

[en.harassment.threat.r3hg-batch12-negated-threats]
sub: threat
weight: 0.75
target: other
pattern: (you|u|ya|youre|ur|you are) (wont|will not|aint gonna|not gonna|arent gonna) (be|) (laughing|smiling|talking|so tough|so brave|so funny|so cocky|so loud) (when|once|after) (i|we) (find|see|catch|get|meet) (you|u|ya)
pattern: (youre|ur|you are|u r|you|u|youll|ull) (never|not|aint) (gonna|going to|ever gonna|) (feel|be|sleep) (safe|at peace|peacefully|secure) ~3 (again|anywhere|online|offline|ever)
pattern: (you|u) (have no idea|dont know|do not know|have no clue) how easy (it is|its) to (find|track|locate|dox|doxx|trace) (people|you|u|anyone|someone)
match: you won't be laughing when i find you
match: ur never gonna feel safe online or offline again
match: you have no idea how easy it is to find people
nomatch: you won't be laughing when you see my new haircut lol
note: own entry: the negation is part of the threat
source: r3 hg fresh probes batch 12

[en.harassment.threat.r3hg-everyone-will-know]
sub: threat
weight: 0.35
target: other
pattern: (everyone|everybody|the whole school|the world|your parents|ur parents|your boss|ur boss|your mom|ur mom) (will|is gonna|is going to|gonna|about to|bout to) (know|find out|see|learn|hear) (soon|tomorrow|tonight|everything|about it|what you did|what u did|the truth)
match: i know what you did and everyone will know soon
nomatch: everyone loves you
note: weak alone (thanks and praise use it too); counts with "i know what you did"
source: r3 hg regression review

[en.harassment.threat.r3hg-weak-alone-outside]
sub: threat
weight: 0.4
target: other
pattern: (dont|better not|do not) (walk|go|drive|come) (to your car|to ur car|home|out|outside) alone (tonight|today)
pattern: (waiting|parked|standing|sitting|camped|lurking|hiding) (right|) outside (your|ur|yo) (school|work|job|office|class)
match: dont walk to your car alone tonight
nomatch: walk me to my car tonight
note: weak alone: caring messages say the same ("don't walk home alone tonight, text me"); counts with another threat signal
source: r3 hg regression review

# ---------------------------------------------------------------------------------------------
# insult: everyday targeted insults, dismissals and taunts (round-3 review)
# ---------------------------------------------------------------------------------------------

[en.harassment.insult.ins-you-are-annoying]
sub: insult
weight: 0.46
target: other
pattern: (youre|ure) (so|such|literally|actually|genuinely|honestly|really|fucking|fkn|fuckin|freaking|frickin|friggin|fricking|freakin|effing|flipping|fucken|fcking|fking|fkin|fckin|frigging|bloody|sooooo|soooo|hecking|just|truly|completely|totally|absolutely|lowkey|highkey|deadass|fr|too|sooo|soo|rly|legit|hella|mad|super|very|extremely|incredibly|unbelievably|always|still|being|beyond|ridiculously|painfully|seriously|damn|insanely|stupidly|annoyingly|ngl|tbh|lowk|lwk|sm|most|straight|clearly|obviously|simply|pretty|realistically|objectively|officially|certifiably|) (so|fucking|fkn|fuckin|freaking|damn|goddamn|bloody|really|truly|most|up|completely|totally|utterly|literally|just|that|this|beyond|too|) (annoying|irritating|obnoxious|insufferable|unbearable|intolerable|disgusting|pathetic|useless|worthless|hopeless|trash|garbage|dogshit|dogwater|cringe|cringey|cringy|cringeworthy|repulsive|revolting|braindead|brainless|stupid|dumb|idiotic|moronic|talentless|clueless|dense|unlikeable|unlikable|unlovable|unloveable|irrelevant|vile|despicable|spineless|delusional|pitiful|laughable|insufferably|nauseating|sickening|creepy)
pattern: (you|u|yall) (are|r|re) (so|such|literally|actually|genuinely|honestly|really|fucking|fkn|fuckin|freaking|frickin|friggin|fricking|freakin|effing|flipping|fucken|fcking|fking|fkin|fckin|frigging|bloody|sooooo|soooo|hecking|just|truly|completely|totally|absolutely|lowkey|highkey|deadass|fr|too|sooo|soo|rly|legit|hella|mad|super|very|extremely|incredibly|unbelievably|always|still|being|beyond|ridiculously|painfully|seriously|damn|insanely|stupidly|annoyingly|ngl|tbh|lowk|lwk|sm|most|straight|clearly|obviously|simply|pretty|realistically|objectively|officially|certifiably|) (so|fucking|fkn|fuckin|freaking|damn|goddamn|bloody|really|truly|most|up|completely|totally|utterly|literally|just|that|this|beyond|too|) (annoying|irritating|obnoxious|insufferable|unbearable|intolerable|disgusting|pathetic|useless|worthless|hopeless|trash|garbage|dogshit|dogwater|cringe|cringey|cringy|cringeworthy|repulsive|revolting|braindead|brainless|stupid|dumb|idiotic|moronic|talentless|clueless|dense|unlikeable|unlikable|unlovable|unloveable|irrelevant|vile|despicable|spineless|delusional|pitiful|laughable|insufferably|nauseating|sickening|creepy)
pattern: (ur|your|yur) (so|such|literally|actually|genuinely|honestly|really|fucking|fkn|fuckin|freaking|frickin|friggin|fricking|freakin|effing|flipping|fucken|fcking|fking|fkin|fckin|frigging|bloody|sooooo|soooo|hecking|just|truly|completely|totally|absolutely|lowkey|highkey|deadass|fr|too|sooo|soo|rly|legit|hella|mad|super|very|extremely|incredibly|unbelievably|always|still|being|beyond|ridiculously|painfully|seriously|damn|insanely|stupidly|annoyingly|ngl|tbh|lowk|lwk|sm|most|straight|clearly|obviously|simply|pretty|realistically|objectively|officially|certifiably) (so|fucking|fkn|fuckin|freaking|damn|goddamn|bloody|really|truly|most|up|completely|totally|utterly|literally|just|that|this|beyond|too|) (annoying|irritating|obnoxious|insufferable|unbearable|intolerable|disgusting|pathetic|useless|worthless|hopeless|trash|garbage|dogshit|dogwater|cringe|cringey|cringy|cringeworthy|repulsive|revolting|braindead|brainless|stupid|dumb|idiotic|moronic|talentless|clueless|dense|unlikeable|unlikable|unlovable|unloveable|irrelevant|vile|despicable|spineless|delusional|pitiful|laughable|insufferably|nauseating|sickening|creepy)
pattern: (ur|your|yur) (annoying|irritating|obnoxious|insufferable|unbearable|intolerable|disgusting|pathetic|useless|worthless|hopeless|trash|garbage|dogshit|dogwater|cringe|cringey|cringy|cringeworthy|repulsive|revolting|braindead|brainless|stupid|dumb|idiotic|moronic|talentless|clueless|dense|unlikeable|unlikable|unlovable|unloveable|irrelevant|vile|despicable|spineless|delusional|pitiful|laughable|insufferably|nauseating|sickening|creepy) (af|asf|lol|lmao|lmfao|bro|bruh|dude|fr|ngl|tbh|honestly|istg|omg|stfu|nobody|everyone|bye|ong|frfr|seriously|ugh|ew|eww|bozo|loser|clown|bitch|ratio|cope|asl|icl|noone|shut|skull)
pattern: (you|u|ya|yu) (so|such|mad|hella|too|really|fucking|fkn|lowkey|always|sooo|soo|just|literally|actually|deadass|straight|be|being|acting|sm|lwk) (so|fucking|fkn|fuckin|freaking|damn|goddamn|bloody|really|truly|most|up|completely|totally|utterly|literally|just|that|this|beyond|too|) (annoying|irritating|obnoxious|insufferable|unbearable|intolerable|disgusting|pathetic|useless|worthless|hopeless|trash|garbage|dogshit|dogwater|cringe|cringey|cringy|cringeworthy|repulsive|revolting|braindead|brainless|stupid|dumb|idiotic|moronic|talentless|clueless|dense|unlikeable|unlikable|unlovable|unloveable|irrelevant|vile|despicable|spineless|delusional|pitiful|laughable|insufferably|nauseating|sickening|creepy)
pattern: (you|u|ya|yu) (annoying|irritating|obnoxious|insufferable|unbearable|intolerable|disgusting|pathetic|useless|worthless|hopeless|trash|garbage|dogshit|dogwater|cringe|cringey|cringy|cringeworthy|repulsive|revolting|braindead|brainless|stupid|dumb|idiotic|moronic|talentless|clueless|dense|unlikeable|unlikable|unlovable|unloveable|irrelevant|vile|despicable|spineless|delusional|pitiful|laughable|insufferably|nauseating|sickening|creepy) (af|asf|fr|frfr|ngl|lol|lmao|lmfao|bro|bruh|dude|ong|istg|as|asl|ass|bitch|loser|kid)
match: you're so annoying
match: ur so annoying
match: u r so irritating
match: ur pathetic af
match: you are literally so cringe
match: your so useless
match: youre insufferable
nomatch: you're not annoying at all
nomatch: ur annoying brother called
nomatch: i dont think you are annoying
nomatch: im so annoying
note: second-person negative evaluation of the person: 'you're (so) annoying/pathetic/useless/cringe'; 'ur'/'your' need an intensifier or a closing word (af, lol, bro) so the possessive does not match

[en.harassment.insult.ins-you-are-weak-eval]
sub: insult
weight: 0.36
target: other
pattern: (youre|ure) (so|such|literally|actually|genuinely|honestly|really|fucking|fkn|fuckin|freaking|frickin|friggin|fricking|freakin|effing|flipping|fucken|fcking|fking|fkin|fckin|frigging|bloody|sooooo|soooo|hecking|just|truly|completely|totally|absolutely|lowkey|highkey|deadass|fr|too|sooo|soo|rly|legit|hella|mad|super|very|extremely|incredibly|unbelievably|always|still|being|beyond|ridiculously|painfully|seriously|damn|insanely|stupidly|annoyingly|ngl|tbh|lowk|lwk|sm|most|straight|clearly|obviously|simply|pretty|realistically|objectively|officially|certifiably|) (so|fucking|fkn|fuckin|freaking|damn|goddamn|bloody|really|truly|most|up|completely|totally|utterly|literally|just|that|this|beyond|too|) (weird|lame|corny|unfunny|boring|embarrassing|slow|toxic|entitled|spoiled|spoilt|lazy|bad|soft|weak|clingy|needy|dramatic|immature|childish|rude|nasty|gross|ignorant|arrogant|cocky|selfish|fake|desperate|thirsty|sus|awkward|ugly|fat)
pattern: (you|u|yall) (are|r|re) (so|such|literally|actually|genuinely|honestly|really|fucking|fkn|fuckin|freaking|frickin|friggin|fricking|freakin|effing|flipping|fucken|fcking|fking|fkin|fckin|frigging|bloody|sooooo|soooo|hecking|just|truly|completely|totally|absolutely|lowkey|highkey|deadass|fr|too|sooo|soo|rly|legit|hella|mad|super|very|extremely|incredibly|unbelievably|always|still|being|beyond|ridiculously|painfully|seriously|damn|insanely|stupidly|annoyingly|ngl|tbh|lowk|lwk|sm|most|straight|clearly|obviously|simply|pretty|realistically|objectively|officially|certifiably|) (so|fucking|fkn|fuckin|freaking|damn|goddamn|bloody|really|truly|most|up|completely|totally|utterly|literally|just|that|this|beyond|too|) (weird|lame|corny|unfunny|boring|embarrassing|slow|toxic|entitled|spoiled|spoilt|lazy|bad|soft|weak|clingy|needy|dramatic|immature|childish|rude|nasty|gross|ignorant|arrogant|cocky|selfish|fake|desperate|thirsty|sus|awkward|ugly|fat)
pattern: (ur|your|yur) (so|such|literally|actually|genuinely|honestly|really|fucking|fkn|fuckin|freaking|frickin|friggin|fricking|freakin|effing|flipping|fucken|fcking|fking|fkin|fckin|frigging|bloody|sooooo|soooo|hecking|just|truly|completely|totally|absolutely|lowkey|highkey|deadass|fr|too|sooo|soo|rly|legit|hella|mad|super|very|extremely|incredibly|unbelievably|always|still|being|beyond|ridiculously|painfully|seriously|damn|insanely|stupidly|annoyingly|ngl|tbh|lowk|lwk|sm|most|straight|clearly|obviously|simply|pretty|realistically|objectively|officially|certifiably) (so|fucking|fkn|fuckin|freaking|damn|goddamn|bloody|really|truly|most|up|completely|totally|utterly|literally|just|that|this|beyond|too|) (weird|lame|corny|unfunny|boring|embarrassing|slow|toxic|entitled|spoiled|spoilt|lazy|bad|soft|weak|clingy|needy|dramatic|immature|childish|rude|nasty|gross|ignorant|arrogant|cocky|selfish|fake|desperate|thirsty|sus|awkward|ugly|fat)
pattern: (ur|your|yur) (weird|lame|corny|unfunny|boring|embarrassing|slow|toxic|entitled|spoiled|spoilt|lazy|bad|soft|weak|clingy|needy|dramatic|immature|childish|rude|nasty|gross|ignorant|arrogant|cocky|selfish|fake|desperate|thirsty|sus|awkward|ugly|fat) (af|asf|lol|lmao|lmfao|bro|bruh|dude|fr|ngl|tbh|honestly|istg|omg|stfu|nobody|everyone|bye|ong|frfr|seriously|ugh|ew|eww|bozo|loser|clown|bitch|ratio|cope|asl|icl|noone|shut|skull)
pattern: (you|u|ya|yu) (so|such|mad|hella|too|really|fucking|fkn|lowkey|always|sooo|soo|just|literally|actually|deadass|straight|be|being|acting|sm|lwk) (so|fucking|fkn|fuckin|freaking|damn|goddamn|bloody|really|truly|most|up|completely|totally|utterly|literally|just|that|this|beyond|too|) (weird|lame|corny|unfunny|boring|embarrassing|slow|toxic|entitled|spoiled|spoilt|lazy|bad|soft|weak|clingy|needy|dramatic|immature|childish|rude|nasty|gross|ignorant|arrogant|cocky|selfish|fake|desperate|thirsty|sus|awkward|ugly|fat)
pattern: (you|u|ya|yu) (weird|lame|corny|unfunny|boring|embarrassing|slow|toxic|entitled|spoiled|spoilt|lazy|bad|soft|weak|clingy|needy|dramatic|immature|childish|rude|nasty|gross|ignorant|arrogant|cocky|selfish|fake|desperate|thirsty|sus|awkward|ugly|fat) (af|asf|fr|frfr|ngl|lol|lmao|lmfao|bro|bruh|dude|ong|istg|as|asl|ass|bitch|loser|kid)
match: you're so weird
match: ur so lame
match: you are so boring
match: ur lame af
nomatch: you're not boring
nomatch: ur lame excuse
note: milder second-person put-downs (weird, lame, boring, embarrassing, toxic): weak alone, they add up with a second insult or taunt

[en.harassment.insult.ins-you-are-mid]
sub: insult
weight: 0.46
target: other
pattern: (youre|ure) (so|such|literally|actually|genuinely|honestly|really|fucking|fkn|fuckin|freaking|frickin|friggin|fricking|freakin|effing|flipping|fucken|fcking|fking|fkin|fckin|frigging|bloody|sooooo|soooo|hecking|just|truly|completely|totally|absolutely|lowkey|highkey|deadass|fr|too|sooo|soo|rly|legit|hella|mad|super|very|extremely|incredibly|unbelievably|always|still|being|beyond|ridiculously|painfully|seriously|damn|insanely|stupidly|annoyingly|ngl|tbh|lowk|lwk|sm|most|straight|clearly|obviously|simply|pretty|realistically|objectively|officially|certifiably) (so|fucking|fkn|fuckin|freaking|damn|goddamn|bloody|really|truly|most|up|completely|totally|utterly|literally|just|that|this|beyond|too|) (mid|washed)
pattern: (you|u) (are|r) (so|such|literally|actually|genuinely|honestly|really|fucking|fkn|fuckin|freaking|frickin|friggin|fricking|freakin|effing|flipping|fucken|fcking|fking|fkin|fckin|frigging|bloody|sooooo|soooo|hecking|just|truly|completely|totally|absolutely|lowkey|highkey|deadass|fr|too|sooo|soo|rly|legit|hella|mad|super|very|extremely|incredibly|unbelievably|always|still|being|beyond|ridiculously|painfully|seriously|damn|insanely|stupidly|annoyingly|ngl|tbh|lowk|lwk|sm|most|straight|clearly|obviously|simply|pretty|realistically|objectively|officially|certifiably) (so|fucking|fkn|fuckin|freaking|damn|goddamn|bloody|really|truly|most|up|completely|totally|utterly|literally|just|that|this|beyond|too|) (mid|washed)
pattern: (ur|your|yur) (so|such|literally|actually|genuinely|honestly|really|fucking|fkn|fuckin|freaking|frickin|friggin|fricking|freakin|effing|flipping|fucken|fcking|fking|fkin|fckin|frigging|bloody|sooooo|soooo|hecking|just|truly|completely|totally|absolutely|lowkey|highkey|deadass|fr|too|sooo|soo|rly|legit|hella|mad|super|very|extremely|incredibly|unbelievably|always|still|being|beyond|ridiculously|painfully|seriously|damn|insanely|stupidly|annoyingly|ngl|tbh|lowk|lwk|sm|most|straight|clearly|obviously|simply|pretty|realistically|objectively|officially|certifiably) (so|fucking|fkn|fuckin|freaking|damn|goddamn|bloody|really|truly|most|up|completely|totally|utterly|literally|just|that|this|beyond|too|) (mid|washed)
pattern: (ur|your|yur|youre|ure|u) (mid|washed) (af|asf|lol|lmao|lmfao|bro|bruh|dude|fr|ngl|tbh|honestly|istg|omg|stfu|nobody|everyone|bye|ong|frfr|seriously|ugh|ew|eww|bozo|loser|clown|bitch|ratio|cope|asl|icl|noone|shut|skull)
pattern: (ur|your|yur|youre|ure) (mid|washed) (at best|asf|af|as hell|as fuck|at everything|at this game)
pattern: (youre|ure|ur) (so|such|literally|actually|genuinely|honestly|really|fucking|fkn|fuckin|freaking|frickin|friggin|fricking|freakin|effing|flipping|fucken|fcking|fking|fkin|fckin|frigging|bloody|sooooo|soooo|hecking|just|truly|completely|totally|absolutely|lowkey|highkey|deadass|fr|too|sooo|soo|rly|legit|hella|mad|super|very|extremely|incredibly|unbelievably|always|still|being|beyond|ridiculously|painfully|seriously|damn|insanely|stupidly|annoyingly|ngl|tbh|lowk|lwk|sm|most|straight|clearly|obviously|simply|pretty|realistically|objectively|officially|certifiably|) (washed up|a has been|a hasbeen)
match: you're mid af
match: ur so mid
match: you are literally mid
match: ur mid bro
match: youre washed up
nomatch: you're mid lane this game
nomatch: ur mid section
nomatch: i play mid
note: 'you're mid' / 'you're washed': teen and gaming put-downs; 'mid' needs an intensifier or a closing word because 'mid lane', 'mid game', 'midsection' are not insults

[en.harassment.insult.ins-youre-a-noun]
sub: insult
weight: 0.5
target: other
pattern: (youre|ure|ur|your|yur) (such|just|kind|sort|kinda|sorta|literally|actually|genuinely|honestly|lowkey|deadass|truly|really|clearly|obviously|basically|officially|still|always|nothing|fr|ngl|tbh|lowk|lwk|being|straight|certifiably|so|) (but|up|much|) (of|) (a|an|one|the) (biggest|total|complete|absolute|fucking|fkn|fuckin|literal|massive|huge|real|actual|certified|proper|utter|giant|freaking|damn|goddamn|bloody|whole|little|lil|big|walking|living|straight|known|typical|classic|such|) (stupid|dumb|lying|fake|ugly|fat|sad|pathetic|annoying|creepy|weird|useless|worthless|disgusting|filthy|dirty|gross|smelly|lazy|entitled|spoiled|crazy|miserable|bitter|insecure|arrogant|cocky|selfish|greedy|backstabbing|desperate|broke|sorry|sneaky|whiny|toxic|braindead|brainless|clueless|spineless|gutless|cowardly|snivelling|sniveling|insufferable|embarrassing|delusional|bald|short|ignorant|jealous|salty|bitchy|goofy|corny|cringe|cringey|cringy|talentless|irrelevant|washed|hopeless|unfunny|faded|friendless|lonely|virgin|incel|simp|nerdy|sweaty|greasy|ratchet|trashy|cheap|slimy|sleazy|weak|soft|two|attention|wannabe|fraudulent|grifting|dishonest|manipulative|evil|vile|nasty|rotten|failed|bum|scummy|sick|twisted|psycho|crusty|musty|dusty|ashy|mid|basic|obnoxious|irritating|unbearable|hideous|repulsive|balding|skinny|obese|little|lil|faced|seeking|timing|ass|old|fucking|fkn|beta|soy|basement|spoilt|dumbass|bratty|stuck|up|) (stupid|dumb|lying|fake|ugly|fat|sad|pathetic|annoying|creepy|weird|useless|worthless|disgusting|filthy|dirty|gross|smelly|lazy|entitled|spoiled|crazy|miserable|bitter|insecure|arrogant|cocky|selfish|greedy|backstabbing|desperate|broke|sorry|sneaky|whiny|toxic|braindead|brainless|clueless|spineless|gutless|cowardly|snivelling|sniveling|insufferable|embarrassing|delusional|bald|short|ignorant|jealous|salty|bitchy|goofy|corny|cringe|cringey|cringy|talentless|irrelevant|washed|hopeless|unfunny|faded|friendless|lonely|virgin|incel|simp|nerdy|sweaty|greasy|ratchet|trashy|cheap|slimy|sleazy|weak|soft|two|attention|wannabe|fraudulent|grifting|dishonest|manipulative|evil|vile|nasty|rotten|failed|bum|scummy|sick|twisted|psycho|crusty|musty|dusty|ashy|mid|basic|obnoxious|irritating|unbearable|hideous|repulsive|balding|skinny|obese|little|lil|faced|seeking|timing|ass|old|fucking|fkn|beta|soy|basement|spoilt|dumbass|bratty|stuck|up|) (stupid|dumb|lying|fake|ugly|fat|sad|pathetic|annoying|creepy|weird|useless|worthless|disgusting|filthy|dirty|gross|smelly|lazy|entitled|spoiled|crazy|miserable|bitter|insecure|arrogant|cocky|selfish|greedy|backstabbing|desperate|broke|sorry|sneaky|whiny|toxic|braindead|brainless|clueless|spineless|gutless|cowardly|snivelling|sniveling|insufferable|embarrassing|delusional|bald|short|ignorant|jealous|salty|bitchy|goofy|corny|cringe|cringey|cringy|talentless|irrelevant|washed|hopeless|unfunny|faded|friendless|lonely|virgin|incel|simp|nerdy|sweaty|greasy|ratchet|trashy|cheap|slimy|sleazy|weak|soft|two|attention|wannabe|fraudulent|grifting|dishonest|manipulative|evil|vile|nasty|rotten|failed|bum|scummy|sick|twisted|psycho|crusty|musty|dusty|ashy|mid|basic|obnoxious|irritating|unbearable|hideous|repulsive|balding|skinny|obese|little|lil|faced|seeking|timing|ass|old|fucking|fkn|beta|soy|basement|spoilt|dumbass|bratty|stuck|up|) (loser|losers|failure|disgrace|embarrassment|disappointment|nobody|nuisance|fraud|creep|weirdo|freak|bozo|crybaby|cry baby|manchild|man child|parasite|leech|coward|liar|hypocrite|degenerate|lowlife|scumbag|dumbass|idiot|moron|dickhead|prick|twat|asshole|arsehole|jackass|douchebag|douche|simp|cuck|incel|neckbeard|pick me|pickme|tryhard|try hard|wannabe|poser|phony|phoney|attention seeker|attention whore|sellout|snitch|fatass|fatso|laughingstock|laughing stock|reject|outcast|buffoon|nitwit|dimwit|halfwit|imbecile|cretin|numpty|muppet|plonker|pillock|tosser|wanker|bellend|knobhead|dipshit|shithead|dumbfuck|fuckwit|dweeb|loner|brokie|peasant|pleb|hobo|sleazebag|sleazeball|slimeball|creeper|psycho|lunatic|nutjob|backstabber|snake|rat|joke|clown|goblin|troll|gremlin|mistake|burden|waste of space|waste of oxygen|waste of air|waste of skin|waste of time|waste of life|piece of shit|piece of trash|piece of garbage|sack of shit|bum|brat|karen|letdown|let down|zero|nothing|headache|pest|slob|swine|cockroach|roach|maggot|worm|vermin|subhuman|mongrel|goon|clown show|circus|npc|bot|lost cause|basket case|charity case|hopeless case|gold digger|golddigger|deadbeat|cheater|perv|pervert|weasel|sore loser|walking disaster|disaster|trainwreck|train wreck|dumpster fire|keyboard warrior|follower)
pattern: (you|u) (are|r) (such|just|literally|actually|genuinely|honestly|lowkey|deadass|truly|really|clearly|obviously|basically|officially|still|always|nothing|fr|ngl|tbh|lowk|lwk|being|straight|certifiably|so|) (but|up|much|) (a|an|one|the) (biggest|total|complete|absolute|fucking|fkn|fuckin|literal|massive|huge|real|actual|certified|proper|utter|giant|freaking|damn|goddamn|bloody|whole|little|lil|big|walking|living|straight|known|typical|classic|such|) (stupid|dumb|lying|fake|ugly|fat|sad|pathetic|annoying|creepy|weird|useless|worthless|disgusting|filthy|dirty|gross|smelly|lazy|entitled|spoiled|crazy|miserable|bitter|insecure|arrogant|cocky|selfish|greedy|backstabbing|desperate|broke|sorry|sneaky|whiny|toxic|braindead|brainless|clueless|spineless|gutless|cowardly|snivelling|sniveling|insufferable|embarrassing|delusional|bald|short|ignorant|jealous|salty|bitchy|goofy|corny|cringe|cringey|cringy|talentless|irrelevant|washed|hopeless|unfunny|faded|friendless|lonely|virgin|incel|simp|nerdy|sweaty|greasy|ratchet|trashy|cheap|slimy|sleazy|weak|soft|two|attention|wannabe|fraudulent|grifting|dishonest|manipulative|evil|vile|nasty|rotten|failed|bum|scummy|sick|twisted|psycho|crusty|musty|dusty|ashy|mid|basic|obnoxious|irritating|unbearable|hideous|repulsive|balding|skinny|obese|little|lil|faced|seeking|timing|ass|old|fucking|fkn|beta|soy|basement|spoilt|dumbass|bratty|stuck|up|) (stupid|dumb|lying|fake|ugly|fat|sad|pathetic|annoying|creepy|weird|useless|worthless|disgusting|filthy|dirty|gross|smelly|lazy|entitled|spoiled|crazy|miserable|bitter|insecure|arrogant|cocky|selfish|greedy|backstabbing|desperate|broke|sorry|sneaky|whiny|toxic|braindead|brainless|clueless|spineless|gutless|cowardly|snivelling|sniveling|insufferable|embarrassing|delusional|bald|short|ignorant|jealous|salty|bitchy|goofy|corny|cringe|cringey|cringy|talentless|irrelevant|washed|hopeless|unfunny|faded|friendless|lonely|virgin|incel|simp|nerdy|sweaty|greasy|ratchet|trashy|cheap|slimy|sleazy|weak|soft|two|attention|wannabe|fraudulent|grifting|dishonest|manipulative|evil|vile|nasty|rotten|failed|bum|scummy|sick|twisted|psycho|crusty|musty|dusty|ashy|mid|basic|obnoxious|irritating|unbearable|hideous|repulsive|balding|skinny|obese|little|lil|faced|seeking|timing|ass|old|fucking|fkn|beta|soy|basement|spoilt|dumbass|bratty|stuck|up|) (stupid|dumb|lying|fake|ugly|fat|sad|pathetic|annoying|creepy|weird|useless|worthless|disgusting|filthy|dirty|gross|smelly|lazy|entitled|spoiled|crazy|miserable|bitter|insecure|arrogant|cocky|selfish|greedy|backstabbing|desperate|broke|sorry|sneaky|whiny|toxic|braindead|brainless|clueless|spineless|gutless|cowardly|snivelling|sniveling|insufferable|embarrassing|delusional|bald|short|ignorant|jealous|salty|bitchy|goofy|corny|cringe|cringey|cringy|talentless|irrelevant|washed|hopeless|unfunny|faded|friendless|lonely|virgin|incel|simp|nerdy|sweaty|greasy|ratchet|trashy|cheap|slimy|sleazy|weak|soft|two|attention|wannabe|fraudulent|grifting|dishonest|manipulative|evil|vile|nasty|rotten|failed|bum|scummy|sick|twisted|psycho|crusty|musty|dusty|ashy|mid|basic|obnoxious|irritating|unbearable|hideous|repulsive|balding|skinny|obese|little|lil|faced|seeking|timing|ass|old|fucking|fkn|beta|soy|basement|spoilt|dumbass|bratty|stuck|up|) (loser|losers|failure|disgrace|embarrassment|disappointment|nobody|nuisance|fraud|creep|weirdo|freak|bozo|crybaby|cry baby|manchild|man child|parasite|leech|coward|liar|hypocrite|degenerate|lowlife|scumbag|dumbass|idiot|moron|dickhead|prick|twat|asshole|arsehole|jackass|douchebag|douche|simp|cuck|incel|neckbeard|pick me|pickme|tryhard|try hard|wannabe|poser|phony|phoney|attention seeker|attention whore|sellout|snitch|fatass|fatso|laughingstock|laughing stock|reject|outcast|buffoon|nitwit|dimwit|halfwit|imbecile|cretin|numpty|muppet|plonker|pillock|tosser|wanker|bellend|knobhead|dipshit|shithead|dumbfuck|fuckwit|dweeb|loner|brokie|peasant|pleb|hobo|sleazebag|sleazeball|slimeball|creeper|psycho|lunatic|nutjob|backstabber|snake|rat|joke|clown|goblin|troll|gremlin|mistake|burden|waste of space|waste of oxygen|waste of air|waste of skin|waste of time|waste of life|piece of shit|piece of trash|piece of garbage|sack of shit|bum|brat|karen|letdown|let down|zero|nothing|headache|pest|slob|swine|cockroach|roach|maggot|worm|vermin|subhuman|mongrel|goon|clown show|circus|npc|bot|lost cause|basket case|charity case|hopeless case|gold digger|golddigger|deadbeat|cheater|perv|pervert|weasel|sore loser|walking disaster|disaster|trainwreck|train wreck|dumpster fire|keyboard warrior|follower)
pattern: (you|u|ya) (such|just|literally|really|actually|honestly|lowkey|deadass|straight|nothing|fr|) (but|up|) (a|an|one) (biggest|total|complete|absolute|fucking|fkn|fuckin|literal|massive|huge|real|actual|certified|proper|utter|giant|freaking|damn|goddamn|bloody|whole|little|lil|big|walking|living|straight|known|typical|classic|such|) (stupid|dumb|lying|fake|ugly|fat|sad|pathetic|annoying|creepy|weird|useless|worthless|disgusting|filthy|dirty|gross|smelly|lazy|entitled|spoiled|crazy|miserable|bitter|insecure|arrogant|cocky|selfish|greedy|backstabbing|desperate|broke|sorry|sneaky|whiny|toxic|braindead|brainless|clueless|spineless|gutless|cowardly|snivelling|sniveling|insufferable|embarrassing|delusional|bald|short|ignorant|jealous|salty|bitchy|goofy|corny|cringe|cringey|cringy|talentless|irrelevant|washed|hopeless|unfunny|faded|friendless|lonely|virgin|incel|simp|nerdy|sweaty|greasy|ratchet|trashy|cheap|slimy|sleazy|weak|soft|two|attention|wannabe|fraudulent|grifting|dishonest|manipulative|evil|vile|nasty|rotten|failed|bum|scummy|sick|twisted|psycho|crusty|musty|dusty|ashy|mid|basic|obnoxious|irritating|unbearable|hideous|repulsive|balding|skinny|obese|little|lil|faced|seeking|timing|ass|old|fucking|fkn|beta|soy|basement|spoilt|dumbass|bratty|stuck|up|) (stupid|dumb|lying|fake|ugly|fat|sad|pathetic|annoying|creepy|weird|useless|worthless|disgusting|filthy|dirty|gross|smelly|lazy|entitled|spoiled|crazy|miserable|bitter|insecure|arrogant|cocky|selfish|greedy|backstabbing|desperate|broke|sorry|sneaky|whiny|toxic|braindead|brainless|clueless|spineless|gutless|cowardly|snivelling|sniveling|insufferable|embarrassing|delusional|bald|short|ignorant|jealous|salty|bitchy|goofy|corny|cringe|cringey|cringy|talentless|irrelevant|washed|hopeless|unfunny|faded|friendless|lonely|virgin|incel|simp|nerdy|sweaty|greasy|ratchet|trashy|cheap|slimy|sleazy|weak|soft|two|attention|wannabe|fraudulent|grifting|dishonest|manipulative|evil|vile|nasty|rotten|failed|bum|scummy|sick|twisted|psycho|crusty|musty|dusty|ashy|mid|basic|obnoxious|irritating|unbearable|hideous|repulsive|balding|skinny|obese|little|lil|faced|seeking|timing|ass|old|fucking|fkn|beta|soy|basement|spoilt|dumbass|bratty|stuck|up|) (loser|losers|failure|disgrace|embarrassment|disappointment|nuisance|fraud|creep|weirdo|freak|bozo|crybaby|cry baby|manchild|man child|parasite|leech|coward|liar|hypocrite|degenerate|lowlife|scumbag|dumbass|idiot|moron|dickhead|prick|twat|asshole|arsehole|jackass|douchebag|douche|simp|cuck|incel|neckbeard|pick me|pickme|tryhard|try hard|wannabe|poser|phony|phoney|attention seeker|attention whore|sellout|snitch|fatass|fatso|laughingstock|laughing stock|reject|outcast|buffoon|nitwit|dimwit|halfwit|imbecile|cretin|numpty|muppet|plonker|pillock|tosser|wanker|bellend|knobhead|dipshit|shithead|dumbfuck|fuckwit|dweeb|loner|brokie|peasant|pleb|hobo|sleazebag|sleazeball|slimeball|creeper|psycho|lunatic|nutjob|backstabber|snake|rat|clown|goblin|troll|gremlin|waste of space|waste of oxygen|waste of air|waste of skin|waste of life|piece of shit|piece of trash|piece of garbage|sack of shit|bum|brat|karen|pest|slob|swine|cockroach|roach|maggot|worm|vermin|subhuman|mongrel|goon|lost cause|basket case|charity case|hopeless case|gold digger|golddigger|deadbeat|cheater|perv|pervert|weasel|sore loser|walking disaster|disaster|trainwreck|train wreck|dumpster fire|keyboard warrior|follower)
match: you're a clown
match: ur a joke
match: you are such a fraud
match: ur a fucking simp
match: you're a lying little snake
match: your an absolute waste of space
match: ur a broke loser
match: you're such a pathetic little incel
match: you are nothing but a leech
match: ur a two faced snake
nomatch: you're not a loser
nomatch: you're a clown fish in the play
nomatch: you're a gym rat
nomatch: i'm such a loser
nomatch: you're a good friend
nomatch: you're a beach bum
note: you are + article/intensifier + insult noun (clown, joke, fraud, simp, incel, snake, waste of space...); every slot between 'you're' and the noun is a closed list, so 'you're a gym rat', 'you're not a loser' stay clean

[en.harassment.insult.ins-youre-a-weak-noun]
sub: insult
weight: 0.36
target: other
pattern: (youre|ure|ur|your|yur) (such|just|literally|actually|genuinely|honestly|lowkey|deadass|truly|really|clearly|obviously|basically|officially|still|always|nothing|fr|ngl|tbh|lowk|lwk|being|straight|certifiably|so|) (but|up|much|) (of|) (a|an|one|the) (biggest|total|complete|absolute|fucking|fkn|fuckin|literal|massive|huge|real|actual|certified|proper|utter|giant|freaking|damn|goddamn|bloody|whole|little|lil|big|walking|living|straight|known|typical|classic|such|) (stupid|dumb|lying|fake|ugly|fat|sad|pathetic|annoying|creepy|weird|useless|worthless|disgusting|filthy|dirty|gross|smelly|lazy|entitled|spoiled|crazy|miserable|bitter|insecure|arrogant|cocky|selfish|greedy|backstabbing|desperate|broke|sorry|sneaky|whiny|toxic|braindead|brainless|clueless|spineless|gutless|cowardly|snivelling|sniveling|insufferable|embarrassing|delusional|bald|short|ignorant|jealous|salty|bitchy|goofy|corny|cringe|cringey|cringy|talentless|irrelevant|washed|hopeless|unfunny|faded|friendless|lonely|virgin|incel|simp|nerdy|sweaty|greasy|ratchet|trashy|cheap|slimy|sleazy|weak|soft|two|attention|wannabe|fraudulent|grifting|dishonest|manipulative|evil|vile|nasty|rotten|failed|bum|scummy|sick|twisted|psycho|crusty|musty|dusty|ashy|mid|basic|obnoxious|irritating|unbearable|hideous|repulsive|balding|skinny|obese|little|lil|faced|seeking|timing|ass|old|fucking|fkn|beta|soy|basement|spoilt|dumbass|bratty|stuck|up|) (stupid|dumb|lying|fake|ugly|fat|sad|pathetic|annoying|creepy|weird|useless|worthless|disgusting|filthy|dirty|gross|smelly|lazy|entitled|spoiled|crazy|miserable|bitter|insecure|arrogant|cocky|selfish|greedy|backstabbing|desperate|broke|sorry|sneaky|whiny|toxic|braindead|brainless|clueless|spineless|gutless|cowardly|snivelling|sniveling|insufferable|embarrassing|delusional|bald|short|ignorant|jealous|salty|bitchy|goofy|corny|cringe|cringey|cringy|talentless|irrelevant|washed|hopeless|unfunny|faded|friendless|lonely|virgin|incel|simp|nerdy|sweaty|greasy|ratchet|trashy|cheap|slimy|sleazy|weak|soft|two|attention|wannabe|fraudulent|grifting|dishonest|manipulative|evil|vile|nasty|rotten|failed|bum|scummy|sick|twisted|psycho|crusty|musty|dusty|ashy|mid|basic|obnoxious|irritating|unbearable|hideous|repulsive|balding|skinny|obese|little|lil|faced|seeking|timing|ass|old|fucking|fkn|beta|soy|basement|spoilt|dumbass|bratty|stuck|up|) (stupid|dumb|lying|fake|ugly|fat|sad|pathetic|annoying|creepy|weird|useless|worthless|disgusting|filthy|dirty|gross|smelly|lazy|entitled|spoiled|crazy|miserable|bitter|insecure|arrogant|cocky|selfish|greedy|backstabbing|desperate|broke|sorry|sneaky|whiny|toxic|braindead|brainless|clueless|spineless|gutless|cowardly|snivelling|sniveling|insufferable|embarrassing|delusional|bald|short|ignorant|jealous|salty|bitchy|goofy|corny|cringe|cringey|cringy|talentless|irrelevant|washed|hopeless|unfunny|faded|friendless|lonely|virgin|incel|simp|nerdy|sweaty|greasy|ratchet|trashy|cheap|slimy|sleazy|weak|soft|two|attention|wannabe|fraudulent|grifting|dishonest|manipulative|evil|vile|nasty|rotten|failed|bum|scummy|sick|twisted|psycho|crusty|musty|dusty|ashy|mid|basic|obnoxious|irritating|unbearable|hideous|repulsive|balding|skinny|obese|little|lil|faced|seeking|timing|ass|old|fucking|fkn|beta|soy|basement|spoilt|dumbass|bratty|stuck|up|) (noob|newb|nerd|geek|baby|child|sheep|hater|mess|toddler|kid|boomer|snowflake|tool|know it all|knowitall|smartass|smart ass)
pattern: (you|u) (are|r) (such|just|literally|actually|genuinely|honestly|lowkey|deadass|truly|really|clearly|obviously|basically|officially|still|always|nothing|fr|ngl|tbh|lowk|lwk|being|straight|certifiably|so|) (but|up|much|) (a|an|one|the) (biggest|total|complete|absolute|fucking|fkn|fuckin|literal|massive|huge|real|actual|certified|proper|utter|giant|freaking|damn|goddamn|bloody|whole|little|lil|big|walking|living|straight|known|typical|classic|such|) (stupid|dumb|lying|fake|ugly|fat|sad|pathetic|annoying|creepy|weird|useless|worthless|disgusting|filthy|dirty|gross|smelly|lazy|entitled|spoiled|crazy|miserable|bitter|insecure|arrogant|cocky|selfish|greedy|backstabbing|desperate|broke|sorry|sneaky|whiny|toxic|braindead|brainless|clueless|spineless|gutless|cowardly|snivelling|sniveling|insufferable|embarrassing|delusional|bald|short|ignorant|jealous|salty|bitchy|goofy|corny|cringe|cringey|cringy|talentless|irrelevant|washed|hopeless|unfunny|faded|friendless|lonely|virgin|incel|simp|nerdy|sweaty|greasy|ratchet|trashy|cheap|slimy|sleazy|weak|soft|two|attention|wannabe|fraudulent|grifting|dishonest|manipulative|evil|vile|nasty|rotten|failed|bum|scummy|sick|twisted|psycho|crusty|musty|dusty|ashy|mid|basic|obnoxious|irritating|unbearable|hideous|repulsive|balding|skinny|obese|little|lil|faced|seeking|timing|ass|old|fucking|fkn|beta|soy|basement|spoilt|dumbass|bratty|stuck|up|) (stupid|dumb|lying|fake|ugly|fat|sad|pathetic|annoying|creepy|weird|useless|worthless|disgusting|filthy|dirty|gross|smelly|lazy|entitled|spoiled|crazy|miserable|bitter|insecure|arrogant|cocky|selfish|greedy|backstabbing|desperate|broke|sorry|sneaky|whiny|toxic|braindead|brainless|clueless|spineless|gutless|cowardly|snivelling|sniveling|insufferable|embarrassing|delusional|bald|short|ignorant|jealous|salty|bitchy|goofy|corny|cringe|cringey|cringy|talentless|irrelevant|washed|hopeless|unfunny|faded|friendless|lonely|virgin|incel|simp|nerdy|sweaty|greasy|ratchet|trashy|cheap|slimy|sleazy|weak|soft|two|attention|wannabe|fraudulent|grifting|dishonest|manipulative|evil|vile|nasty|rotten|failed|bum|scummy|sick|twisted|psycho|crusty|musty|dusty|ashy|mid|basic|obnoxious|irritating|unbearable|hideous|repulsive|balding|skinny|obese|little|lil|faced|seeking|timing|ass|old|fucking|fkn|beta|soy|basement|spoilt|dumbass|bratty|stuck|up|) (stupid|dumb|lying|fake|ugly|fat|sad|pathetic|annoying|creepy|weird|useless|worthless|disgusting|filthy|dirty|gross|smelly|lazy|entitled|spoiled|crazy|miserable|bitter|insecure|arrogant|cocky|selfish|greedy|backstabbing|desperate|broke|sorry|sneaky|whiny|toxic|braindead|brainless|clueless|spineless|gutless|cowardly|snivelling|sniveling|insufferable|embarrassing|delusional|bald|short|ignorant|jealous|salty|bitchy|goofy|corny|cringe|cringey|cringy|talentless|irrelevant|washed|hopeless|unfunny|faded|friendless|lonely|virgin|incel|simp|nerdy|sweaty|greasy|ratchet|trashy|cheap|slimy|sleazy|weak|soft|two|attention|wannabe|fraudulent|grifting|dishonest|manipulative|evil|vile|nasty|rotten|failed|bum|scummy|sick|twisted|psycho|crusty|musty|dusty|ashy|mid|basic|obnoxious|irritating|unbearable|hideous|repulsive|balding|skinny|obese|little|lil|faced|seeking|timing|ass|old|fucking|fkn|beta|soy|basement|spoilt|dumbass|bratty|stuck|up|) (noob|newb|nerd|geek|baby|child|sheep|hater|mess|toddler|kid|boomer|snowflake|tool|know it all|knowitall|smartass|smart ass)
pattern: (you|u|ya) (such|just|literally|really|actually|honestly|lowkey|deadass|straight|nothing|fr|) (but|up|) (a|an|one) (biggest|total|complete|absolute|fucking|fkn|fuckin|literal|massive|huge|real|actual|certified|proper|utter|giant|freaking|damn|goddamn|bloody|whole|little|lil|big|walking|living|straight|known|typical|classic|such|) (stupid|dumb|lying|fake|ugly|fat|sad|pathetic|annoying|creepy|weird|useless|worthless|disgusting|filthy|dirty|gross|smelly|lazy|entitled|spoiled|crazy|miserable|bitter|insecure|arrogant|cocky|selfish|greedy|backstabbing|desperate|broke|sorry|sneaky|whiny|toxic|braindead|brainless|clueless|spineless|gutless|cowardly|snivelling|sniveling|insufferable|embarrassing|delusional|bald|short|ignorant|jealous|salty|bitchy|goofy|corny|cringe|cringey|cringy|talentless|irrelevant|washed|hopeless|unfunny|faded|friendless|lonely|virgin|incel|simp|nerdy|sweaty|greasy|ratchet|trashy|cheap|slimy|sleazy|weak|soft|two|attention|wannabe|fraudulent|grifting|dishonest|manipulative|evil|vile|nasty|rotten|failed|bum|scummy|sick|twisted|psycho|crusty|musty|dusty|ashy|mid|basic|obnoxious|irritating|unbearable|hideous|repulsive|balding|skinny|obese|little|lil|faced|seeking|timing|ass|old|fucking|fkn|beta|soy|basement|spoilt|dumbass|bratty|stuck|up|) (stupid|dumb|lying|fake|ugly|fat|sad|pathetic|annoying|creepy|weird|useless|worthless|disgusting|filthy|dirty|gross|smelly|lazy|entitled|spoiled|crazy|miserable|bitter|insecure|arrogant|cocky|selfish|greedy|backstabbing|desperate|broke|sorry|sneaky|whiny|toxic|braindead|brainless|clueless|spineless|gutless|cowardly|snivelling|sniveling|insufferable|embarrassing|delusional|bald|short|ignorant|jealous|salty|bitchy|goofy|corny|cringe|cringey|cringy|talentless|irrelevant|washed|hopeless|unfunny|faded|friendless|lonely|virgin|incel|simp|nerdy|sweaty|greasy|ratchet|trashy|cheap|slimy|sleazy|weak|soft|two|attention|wannabe|fraudulent|grifting|dishonest|manipulative|evil|vile|nasty|rotten|failed|bum|scummy|sick|twisted|psycho|crusty|musty|dusty|ashy|mid|basic|obnoxious|irritating|unbearable|hideous|repulsive|balding|skinny|obese|little|lil|faced|seeking|timing|ass|old|fucking|fkn|beta|soy|basement|spoilt|dumbass|bratty|stuck|up|) (noob|newb|nerd|geek|hater|toddler|boomer|snowflake|know it all|knowitall|smartass|smart ass)
match: ur such a noob
match: you're a useless nerd
match: you're a baby
match: you're a braindead noob
nomatch: you're not a baby
note: weak teasing nouns (noob, nerd, baby, boomer): weak alone, they count with a second signal

[en.harassment.insult.ins-you-vocative-noun]
sub: insult
weight: 0.5
target: other
pattern: (you|u|ya|yu) (simp|cuck|incel|neckbeard|crybaby|manchild|tryhard|poser|fatass|fatso|brokie|loner|peasant|pleb|hobo|lowlife|sleazebag|sleazeball|slimeball|dumbo|degenerate|weirdo|karen|pickme|hypocrite|psycho|bellend|knobhead|tosser|wanker|pillock|plonker|numpty|muppet|twat|dickhead|asshole|arsehole|scumbag|dipshit|shithead|bozo|dweeb|goon|cretin|imbecile|nitwit|dimwit|halfwit|buffoon|jackass|douchebag|sellout|backstabber|laughingstock|loser|losers|idiot|moron|dumbass|creep|weirdos|clowns|bozos|simps|incels|cucks|degenerates|lowlifes|scumbags)
pattern: (you|u|ya|yu) (absolute|total|complete|utter|fucking|fkn|fuckin|stupid|dumb|little|lil|pathetic|sad|lying|fake|ugly|fat|useless|worthless|disgusting|filthy|dirty|broke|annoying|creepy|weird|braindead|brainless|clueless|spineless|gutless|desperate|bitter|insecure|miserable|washed|entitled|spoiled|whiny|salty|sorry|talentless|toxic|smelly|greasy|lazy|cringe|cringey|embarrassing|goofy|corny|backstabbing|sneaky|snivelling|sniveling|cowardly|unfunny|irrelevant|massive|sick|twisted|crusty|musty|dusty|ashy|bald|greedy|inbred|sweaty|nerdy|virgin|incel|friendless|lonely|obese|hideous|rotten|vile|evil|slimy|sleazy|trashy|ratchet|failed|mouthbreathing|illiterate|uneducated|ignorant|arrogant|smug|pompous|delusional|obnoxious|insufferable|scummy|bitchass|punkass|dumbass|lameass|goofyass|weirdass) (absolute|total|complete|utter|fucking|fkn|fuckin|stupid|dumb|little|lil|pathetic|sad|lying|fake|ugly|fat|useless|worthless|disgusting|filthy|dirty|broke|annoying|creepy|weird|braindead|brainless|clueless|spineless|gutless|desperate|bitter|insecure|miserable|washed|entitled|spoiled|whiny|salty|sorry|talentless|toxic|smelly|greasy|lazy|cringe|cringey|embarrassing|goofy|corny|backstabbing|sneaky|snivelling|sniveling|cowardly|unfunny|irrelevant|massive|sick|twisted|crusty|musty|dusty|ashy|bald|greedy|inbred|sweaty|nerdy|virgin|incel|friendless|lonely|obese|hideous|rotten|vile|evil|slimy|sleazy|trashy|ratchet|failed|mouthbreathing|illiterate|uneducated|ignorant|arrogant|smug|pompous|delusional|obnoxious|insufferable|scummy|bitchass|punkass|dumbass|lameass|goofyass|weirdass|ass|faced|old|) (simp|cuck|incel|neckbeard|crybaby|manchild|tryhard|poser|fatass|fatso|brokie|loner|peasant|pleb|hobo|lowlife|sleazebag|sleazeball|slimeball|dumbo|degenerate|weirdo|karen|pickme|hypocrite|psycho|bellend|knobhead|tosser|wanker|pillock|plonker|numpty|muppet|twat|dickhead|asshole|arsehole|scumbag|dipshit|shithead|bozo|dweeb|goon|cretin|imbecile|nitwit|dimwit|halfwit|buffoon|jackass|douchebag|sellout|backstabber|laughingstock|loser|losers|idiot|moron|dumbass|creep|weirdos|clowns|bozos|simps|incels|cucks|degenerates|lowlifes|scumbags|snitch|bum|wannabe|rat|snake|scrub|troll|leech|parasite|mess|fraud|liar|coward|failure|reject|sheep|prick|pig|slob|cow|brat|hater|freak|virgin|nobody|worm|swine|maggot|roach|cockroach|vermin|subhuman|mongrel|walrus|whale|hog|donkey|ape|troglodyte|neanderthal|caveman|rats|snakes|pigs|bums)
match: you simp
match: u absolute tryhard
match: you broke loser
match: ya lying snake
match: you stupid little rat
match: you pathetic little manchild
match: you broke ass bum
nomatch: did you snitch on me
nomatch: can you bum me a smoke
nomatch: did you rat me out
nomatch: you nerd lol
nomatch: you absolute animal in the gym
note: vocative insults: 'you simp', 'you lying snake', 'you broke bum'; words that are also verbs (snitch, bum, rat, scrub, troll) need an adjective so 'did you rat me out' stays clean

[en.harassment.insult.ins-you-vocative-weak]
sub: insult
weight: 0.36
target: other
pattern: (you|u|ya|yu) (absolute|total|complete|utter|fucking|fkn|stupid|dumb|little|lil|pathetic|sad|useless|worthless|braindead|brainless|clueless|massive|big|giant|fat|ugly|whiny|sweaty|smelly|lonely|virgin|) (little|lil|fat|ugly|sad|stupid|dumb|whiny|sweaty|smelly|crying|baby|) (baby|bot|child|clown|dork|geek|goblin|gremlin|gremlins|joke|nerd|noob|npc|toddler)
match: you absolute goblin
match: u npc
match: you useless bot
nomatch: thank you nerds for the help
note: teasing vocatives (nerd, dork, goblin, bot, npc, baby): banter as often as abuse, weak alone

[en.harassment.insult.ins-third-person-noun]
sub: insult
weight: 0.57
target: third
pattern: (hes|shes) (just|literally|actually|honestly|lowkey|deadass|truly|really|clearly|obviously|basically|such|nothing|always|still|being|genuinely|officially|straight|so|) (but|up|much|) (a|an|one|the) (such|biggest|total|complete|absolute|fucking|fkn|literal|massive|huge|certified|proper|utter|whole|goddamn|bloody|straight|known|walking|typical|classic|giant|colossal|raging|pathetic|sad|) (stupid|dumb|lying|fake|ugly|fat|sad|pathetic|annoying|creepy|weird|useless|worthless|disgusting|filthy|dirty|gross|smelly|lazy|entitled|spoiled|crazy|miserable|bitter|insecure|arrogant|cocky|selfish|greedy|backstabbing|desperate|broke|sorry|sneaky|whiny|toxic|braindead|brainless|clueless|spineless|gutless|cowardly|snivelling|sniveling|insufferable|embarrassing|delusional|bald|short|ignorant|jealous|salty|bitchy|goofy|corny|cringe|cringey|cringy|talentless|irrelevant|washed|hopeless|unfunny|faded|friendless|lonely|virgin|incel|simp|nerdy|sweaty|greasy|ratchet|trashy|cheap|slimy|sleazy|weak|soft|two|attention|wannabe|fraudulent|grifting|dishonest|manipulative|evil|vile|nasty|rotten|failed|bum|scummy|sick|twisted|psycho|crusty|musty|dusty|ashy|mid|basic|obnoxious|irritating|unbearable|hideous|repulsive|balding|skinny|obese|little|lil|faced|seeking|timing|ass|old|fucking|fkn|beta|soy|basement|spoilt|dumbass|bratty|stuck|up|) (stupid|dumb|lying|fake|ugly|fat|sad|pathetic|annoying|creepy|weird|useless|worthless|disgusting|filthy|dirty|gross|smelly|lazy|entitled|spoiled|crazy|miserable|bitter|insecure|arrogant|cocky|selfish|greedy|backstabbing|desperate|broke|sorry|sneaky|whiny|toxic|braindead|brainless|clueless|spineless|gutless|cowardly|snivelling|sniveling|insufferable|embarrassing|delusional|bald|short|ignorant|jealous|salty|bitchy|goofy|corny|cringe|cringey|cringy|talentless|irrelevant|washed|hopeless|unfunny|faded|friendless|lonely|virgin|incel|simp|nerdy|sweaty|greasy|ratchet|trashy|cheap|slimy|sleazy|weak|soft|two|attention|wannabe|fraudulent|grifting|dishonest|manipulative|evil|vile|nasty|rotten|failed|bum|scummy|sick|twisted|psycho|crusty|musty|dusty|ashy|mid|basic|obnoxious|irritating|unbearable|hideous|repulsive|balding|skinny|obese|little|lil|faced|seeking|timing|ass|old|fucking|fkn|beta|soy|basement|spoilt|dumbass|bratty|stuck|up|) (loser|losers|idiot|moron|imbecile|dumbass|creep|weirdo|bozo|crybaby|manchild|man child|simp|cuck|incel|neckbeard|pickme|tryhard|try hard|wannabe|poser|phony|attention seeker|attention whore|sellout|fatass|fatso|laughingstock|laughing stock|buffoon|dimwit|halfwit|nitwit|dweeb|brokie|sleazebag|sleazeball|slimeball|creeper|backstabber|dickhead|asshole|arsehole|jackass|douchebag|douche|prick|twat|tosser|wanker|bellend|knobhead|dipshit|shithead|dumbfuck|fuckwit|scumbag|lowlife|hypocrite|liar|coward|fraud|joke|disgrace|nutjob|psycho|lunatic|degenerate|parasite|leech|snake|rat|slob|troll|waste of space|waste of oxygen|waste of air|piece of shit|piece of trash|sack of shit|red flag|karen|failure|reject|swine|maggot|cockroach|vermin|subhuman|perv|pervert|weasel|lost cause)
pattern: (hes|shes) (just|literally|actually|honestly|lowkey|deadass|truly|really|clearly|obviously|basically|such|nothing|always|still|being|genuinely|officially|straight|so|) (but|up|much|) (a|an|one|the) (such|biggest|total|complete|absolute|fucking|fkn|literal|massive|huge|certified|proper|utter|whole|goddamn|bloody|straight|known|walking|typical|classic|giant|colossal|raging|pathetic|sad|stupid|dumb|lying|fake|ugly|fat|annoying|creepy|weird|useless|worthless|disgusting|filthy|dirty|gross|smelly|lazy|entitled|spoiled|crazy|miserable|bitter|insecure|arrogant|cocky|selfish|greedy|backstabbing|desperate|broke|sorry|sneaky|whiny|toxic|braindead|brainless|clueless|spineless|gutless|cowardly|snivelling|sniveling|insufferable|embarrassing|delusional|bald|short|ignorant|jealous|salty|bitchy|goofy|corny|cringe|cringey|cringy|talentless|irrelevant|washed|hopeless|unfunny|faded|friendless|lonely|virgin|incel|simp|nerdy|sweaty|greasy|ratchet|trashy|cheap|slimy|sleazy|weak|soft|two|attention|wannabe|fraudulent|grifting|dishonest|manipulative|evil|vile|nasty|rotten|failed|bum|scummy|sick|twisted|psycho|crusty|musty|dusty|ashy|mid|basic|obnoxious|irritating|unbearable|hideous|repulsive|balding|skinny|obese|little|lil|faced|seeking|timing|ass|old|beta|soy|basement|spoilt|dumbass|bratty|stuck|up) (stupid|dumb|lying|fake|ugly|fat|sad|pathetic|annoying|creepy|weird|useless|worthless|disgusting|filthy|dirty|gross|smelly|lazy|entitled|spoiled|crazy|miserable|bitter|insecure|arrogant|cocky|selfish|greedy|backstabbing|desperate|broke|sorry|sneaky|whiny|toxic|braindead|brainless|clueless|spineless|gutless|cowardly|snivelling|sniveling|insufferable|embarrassing|delusional|bald|short|ignorant|jealous|salty|bitchy|goofy|corny|cringe|cringey|cringy|talentless|irrelevant|washed|hopeless|unfunny|faded|friendless|lonely|virgin|incel|simp|nerdy|sweaty|greasy|ratchet|trashy|cheap|slimy|sleazy|weak|soft|two|attention|wannabe|fraudulent|grifting|dishonest|manipulative|evil|vile|nasty|rotten|failed|bum|scummy|sick|twisted|psycho|crusty|musty|dusty|ashy|mid|basic|obnoxious|irritating|unbearable|hideous|repulsive|balding|skinny|obese|little|lil|faced|seeking|timing|ass|old|fucking|fkn|beta|soy|basement|spoilt|dumbass|bratty|stuck|up|) (stupid|dumb|lying|fake|ugly|fat|sad|pathetic|annoying|creepy|weird|useless|worthless|disgusting|filthy|dirty|gross|smelly|lazy|entitled|spoiled|crazy|miserable|bitter|insecure|arrogant|cocky|selfish|greedy|backstabbing|desperate|broke|sorry|sneaky|whiny|toxic|braindead|brainless|clueless|spineless|gutless|cowardly|snivelling|sniveling|insufferable|embarrassing|delusional|bald|short|ignorant|jealous|salty|bitchy|goofy|corny|cringe|cringey|cringy|talentless|irrelevant|washed|hopeless|unfunny|faded|friendless|lonely|virgin|incel|simp|nerdy|sweaty|greasy|ratchet|trashy|cheap|slimy|sleazy|weak|soft|two|attention|wannabe|fraudulent|grifting|dishonest|manipulative|evil|vile|nasty|rotten|failed|bum|scummy|sick|twisted|psycho|crusty|musty|dusty|ashy|mid|basic|obnoxious|irritating|unbearable|hideous|repulsive|balding|skinny|obese|little|lil|faced|seeking|timing|ass|old|fucking|fkn|beta|soy|basement|spoilt|dumbass|bratty|stuck|up|) (bitch|brat|bum|clown|deadbeat|fake|freak|goblin|gold digger|golddigger|hoe|mess|nobody|npc|pick me|pig|worm)
pattern: (hes|shes) (just|literally|actually|honestly|lowkey|deadass|truly|really|clearly|obviously|basically|such|nothing|always|still|being|genuinely|officially|straight|so|) such (a|an) (stupid|dumb|lying|fake|ugly|fat|sad|pathetic|annoying|creepy|weird|useless|worthless|disgusting|filthy|dirty|gross|smelly|lazy|entitled|spoiled|crazy|miserable|bitter|insecure|arrogant|cocky|selfish|greedy|backstabbing|desperate|broke|sorry|sneaky|whiny|toxic|braindead|brainless|clueless|spineless|gutless|cowardly|snivelling|sniveling|insufferable|embarrassing|delusional|bald|short|ignorant|jealous|salty|bitchy|goofy|corny|cringe|cringey|cringy|talentless|irrelevant|washed|hopeless|unfunny|faded|friendless|lonely|virgin|incel|simp|nerdy|sweaty|greasy|ratchet|trashy|cheap|slimy|sleazy|weak|soft|two|attention|wannabe|fraudulent|grifting|dishonest|manipulative|evil|vile|nasty|rotten|failed|bum|scummy|sick|twisted|psycho|crusty|musty|dusty|ashy|mid|basic|obnoxious|irritating|unbearable|hideous|repulsive|balding|skinny|obese|little|lil|faced|seeking|timing|ass|old|fucking|fkn|beta|soy|basement|spoilt|dumbass|bratty|stuck|up|) (stupid|dumb|lying|fake|ugly|fat|sad|pathetic|annoying|creepy|weird|useless|worthless|disgusting|filthy|dirty|gross|smelly|lazy|entitled|spoiled|crazy|miserable|bitter|insecure|arrogant|cocky|selfish|greedy|backstabbing|desperate|broke|sorry|sneaky|whiny|toxic|braindead|brainless|clueless|spineless|gutless|cowardly|snivelling|sniveling|insufferable|embarrassing|delusional|bald|short|ignorant|jealous|salty|bitchy|goofy|corny|cringe|cringey|cringy|talentless|irrelevant|washed|hopeless|unfunny|faded|friendless|lonely|virgin|incel|simp|nerdy|sweaty|greasy|ratchet|trashy|cheap|slimy|sleazy|weak|soft|two|attention|wannabe|fraudulent|grifting|dishonest|manipulative|evil|vile|nasty|rotten|failed|bum|scummy|sick|twisted|psycho|crusty|musty|dusty|ashy|mid|basic|obnoxious|irritating|unbearable|hideous|repulsive|balding|skinny|obese|little|lil|faced|seeking|timing|ass|old|fucking|fkn|beta|soy|basement|spoilt|dumbass|bratty|stuck|up|) (bitch|brat|bum|clown|deadbeat|fake|freak|goblin|gold digger|golddigger|hoe|mess|nobody|npc|pick me|pig|worm)
pattern: (he|she) (is|s) (just|literally|actually|honestly|lowkey|deadass|truly|really|clearly|obviously|basically|such|nothing|always|still|being|genuinely|officially|straight|so|) (but|up|much|) (a|an|one|the) (such|biggest|total|complete|absolute|fucking|fkn|literal|massive|huge|certified|proper|utter|whole|goddamn|bloody|straight|known|walking|typical|classic|giant|colossal|raging|pathetic|sad|) (stupid|dumb|lying|fake|ugly|fat|sad|pathetic|annoying|creepy|weird|useless|worthless|disgusting|filthy|dirty|gross|smelly|lazy|entitled|spoiled|crazy|miserable|bitter|insecure|arrogant|cocky|selfish|greedy|backstabbing|desperate|broke|sorry|sneaky|whiny|toxic|braindead|brainless|clueless|spineless|gutless|cowardly|snivelling|sniveling|insufferable|embarrassing|delusional|bald|short|ignorant|jealous|salty|bitchy|goofy|corny|cringe|cringey|cringy|talentless|irrelevant|washed|hopeless|unfunny|faded|friendless|lonely|virgin|incel|simp|nerdy|sweaty|greasy|ratchet|trashy|cheap|slimy|sleazy|weak|soft|two|attention|wannabe|fraudulent|grifting|dishonest|manipulative|evil|vile|nasty|rotten|failed|bum|scummy|sick|twisted|psycho|crusty|musty|dusty|ashy|mid|basic|obnoxious|irritating|unbearable|hideous|repulsive|balding|skinny|obese|little|lil|faced|seeking|timing|ass|old|fucking|fkn|beta|soy|basement|spoilt|dumbass|bratty|stuck|up|) (stupid|dumb|lying|fake|ugly|fat|sad|pathetic|annoying|creepy|weird|useless|worthless|disgusting|filthy|dirty|gross|smelly|lazy|entitled|spoiled|crazy|miserable|bitter|insecure|arrogant|cocky|selfish|greedy|backstabbing|desperate|broke|sorry|sneaky|whiny|toxic|braindead|brainless|clueless|spineless|gutless|cowardly|snivelling|sniveling|insufferable|embarrassing|delusional|bald|short|ignorant|jealous|salty|bitchy|goofy|corny|cringe|cringey|cringy|talentless|irrelevant|washed|hopeless|unfunny|faded|friendless|lonely|virgin|incel|simp|nerdy|sweaty|greasy|ratchet|trashy|cheap|slimy|sleazy|weak|soft|two|attention|wannabe|fraudulent|grifting|dishonest|manipulative|evil|vile|nasty|rotten|failed|bum|scummy|sick|twisted|psycho|crusty|musty|dusty|ashy|mid|basic|obnoxious|irritating|unbearable|hideous|repulsive|balding|skinny|obese|little|lil|faced|seeking|timing|ass|old|fucking|fkn|beta|soy|basement|spoilt|dumbass|bratty|stuck|up|) (loser|losers|idiot|moron|imbecile|dumbass|creep|weirdo|bozo|crybaby|manchild|man child|simp|cuck|incel|neckbeard|pickme|tryhard|try hard|wannabe|poser|phony|attention seeker|attention whore|sellout|fatass|fatso|laughingstock|laughing stock|buffoon|dimwit|halfwit|nitwit|dweeb|brokie|sleazebag|sleazeball|slimeball|creeper|backstabber|dickhead|asshole|arsehole|jackass|douchebag|douche|prick|twat|tosser|wanker|bellend|knobhead|dipshit|shithead|dumbfuck|fuckwit|scumbag|lowlife|hypocrite|liar|coward|fraud|joke|disgrace|nutjob|psycho|lunatic|degenerate|parasite|leech|snake|rat|slob|troll|waste of space|waste of oxygen|waste of air|piece of shit|piece of trash|sack of shit|red flag|karen|failure|reject|swine|maggot|cockroach|vermin|subhuman|perv|pervert|weasel|lost cause)
pattern: (he|she) (is|s) (just|literally|actually|honestly|lowkey|deadass|truly|really|clearly|obviously|basically|such|nothing|always|still|being|genuinely|officially|straight|so|) (but|up|much|) (a|an|one|the) (such|biggest|total|complete|absolute|fucking|fkn|literal|massive|huge|certified|proper|utter|whole|goddamn|bloody|straight|known|walking|typical|classic|giant|colossal|raging|pathetic|sad|stupid|dumb|lying|fake|ugly|fat|annoying|creepy|weird|useless|worthless|disgusting|filthy|dirty|gross|smelly|lazy|entitled|spoiled|crazy|miserable|bitter|insecure|arrogant|cocky|selfish|greedy|backstabbing|desperate|broke|sorry|sneaky|whiny|toxic|braindead|brainless|clueless|spineless|gutless|cowardly|snivelling|sniveling|insufferable|embarrassing|delusional|bald|short|ignorant|jealous|salty|bitchy|goofy|corny|cringe|cringey|cringy|talentless|irrelevant|washed|hopeless|unfunny|faded|friendless|lonely|virgin|incel|simp|nerdy|sweaty|greasy|ratchet|trashy|cheap|slimy|sleazy|weak|soft|two|attention|wannabe|fraudulent|grifting|dishonest|manipulative|evil|vile|nasty|rotten|failed|bum|scummy|sick|twisted|psycho|crusty|musty|dusty|ashy|mid|basic|obnoxious|irritating|unbearable|hideous|repulsive|balding|skinny|obese|little|lil|faced|seeking|timing|ass|old|beta|soy|basement|spoilt|dumbass|bratty|stuck|up) (stupid|dumb|lying|fake|ugly|fat|sad|pathetic|annoying|creepy|weird|useless|worthless|disgusting|filthy|dirty|gross|smelly|lazy|entitled|spoiled|crazy|miserable|bitter|insecure|arrogant|cocky|selfish|greedy|backstabbing|desperate|broke|sorry|sneaky|whiny|toxic|braindead|brainless|clueless|spineless|gutless|cowardly|snivelling|sniveling|insufferable|embarrassing|delusional|bald|short|ignorant|jealous|salty|bitchy|goofy|corny|cringe|cringey|cringy|talentless|irrelevant|washed|hopeless|unfunny|faded|friendless|lonely|virgin|incel|simp|nerdy|sweaty|greasy|ratchet|trashy|cheap|slimy|sleazy|weak|soft|two|attention|wannabe|fraudulent|grifting|dishonest|manipulative|evil|vile|nasty|rotten|failed|bum|scummy|sick|twisted|psycho|crusty|musty|dusty|ashy|mid|basic|obnoxious|irritating|unbearable|hideous|repulsive|balding|skinny|obese|little|lil|faced|seeking|timing|ass|old|fucking|fkn|beta|soy|basement|spoilt|dumbass|bratty|stuck|up|) (stupid|dumb|lying|fake|ugly|fat|sad|pathetic|annoying|creepy|weird|useless|worthless|disgusting|filthy|dirty|gross|smelly|lazy|entitled|spoiled|crazy|miserable|bitter|insecure|arrogant|cocky|selfish|greedy|backstabbing|desperate|broke|sorry|sneaky|whiny|toxic|braindead|brainless|clueless|spineless|gutless|cowardly|snivelling|sniveling|insufferable|embarrassing|delusional|bald|short|ignorant|jealous|salty|bitchy|goofy|corny|cringe|cringey|cringy|talentless|irrelevant|washed|hopeless|unfunny|faded|friendless|lonely|virgin|incel|simp|nerdy|sweaty|greasy|ratchet|trashy|cheap|slimy|sleazy|weak|soft|two|attention|wannabe|fraudulent|grifting|dishonest|manipulative|evil|vile|nasty|rotten|failed|bum|scummy|sick|twisted|psycho|crusty|musty|dusty|ashy|mid|basic|obnoxious|irritating|unbearable|hideous|repulsive|balding|skinny|obese|little|lil|faced|seeking|timing|ass|old|fucking|fkn|beta|soy|basement|spoilt|dumbass|bratty|stuck|up|) (bitch|brat|bum|clown|deadbeat|fake|freak|goblin|gold digger|golddigger|hoe|mess|nobody|npc|pick me|pig|worm)
pattern: (he|she) (is|s) (just|literally|actually|honestly|lowkey|deadass|truly|really|clearly|obviously|basically|such|nothing|always|still|being|genuinely|officially|straight|so|) such (a|an) (stupid|dumb|lying|fake|ugly|fat|sad|pathetic|annoying|creepy|weird|useless|worthless|disgusting|filthy|dirty|gross|smelly|lazy|entitled|spoiled|crazy|miserable|bitter|insecure|arrogant|cocky|selfish|greedy|backstabbing|desperate|broke|sorry|sneaky|whiny|toxic|braindead|brainless|clueless|spineless|gutless|cowardly|snivelling|sniveling|insufferable|embarrassing|delusional|bald|short|ignorant|jealous|salty|bitchy|goofy|corny|cringe|cringey|cringy|talentless|irrelevant|washed|hopeless|unfunny|faded|friendless|lonely|virgin|incel|simp|nerdy|sweaty|greasy|ratchet|trashy|cheap|slimy|sleazy|weak|soft|two|attention|wannabe|fraudulent|grifting|dishonest|manipulative|evil|vile|nasty|rotten|failed|bum|scummy|sick|twisted|psycho|crusty|musty|dusty|ashy|mid|basic|obnoxious|irritating|unbearable|hideous|repulsive|balding|skinny|obese|little|lil|faced|seeking|timing|ass|old|fucking|fkn|beta|soy|basement|spoilt|dumbass|bratty|stuck|up|) (stupid|dumb|lying|fake|ugly|fat|sad|pathetic|annoying|creepy|weird|useless|worthless|disgusting|filthy|dirty|gross|smelly|lazy|entitled|spoiled|crazy|miserable|bitter|insecure|arrogant|cocky|selfish|greedy|backstabbing|desperate|broke|sorry|sneaky|whiny|toxic|braindead|brainless|clueless|spineless|gutless|cowardly|snivelling|sniveling|insufferable|embarrassing|delusional|bald|short|ignorant|jealous|salty|bitchy|goofy|corny|cringe|cringey|cringy|talentless|irrelevant|washed|hopeless|unfunny|faded|friendless|lonely|virgin|incel|simp|nerdy|sweaty|greasy|ratchet|trashy|cheap|slimy|sleazy|weak|soft|two|attention|wannabe|fraudulent|grifting|dishonest|manipulative|evil|vile|nasty|rotten|failed|bum|scummy|sick|twisted|psycho|crusty|musty|dusty|ashy|mid|basic|obnoxious|irritating|unbearable|hideous|repulsive|balding|skinny|obese|little|lil|faced|seeking|timing|ass|old|fucking|fkn|beta|soy|basement|spoilt|dumbass|bratty|stuck|up|) (bitch|brat|bum|clown|deadbeat|fake|freak|goblin|gold digger|golddigger|hoe|mess|nobody|npc|pick me|pig|worm)
pattern: (this|that|ur|your|my|her|his|our|the|their) (guy|girl|dude|kid|man|woman|bitch|chick|friend|bf|gf|boyfriend|girlfriend|boss|teacher|ex|brother|sister|coworker|roommate|stepdad|stepmom|manager|coach|ref|referee|streamer|jungler|teammate|player|husband|wife|cousin|neighbor|neighbour|classmate|bestie|crush|mate|bro|sis|lad|boy|idiot|clown|loser|ho|hoe|weirdo|creep|landlord|professor|tutor|support|healer|tank|adc|carry|duo|top|mid|jg|jungle|goalie|keeper|striker|team|squad|teammates|randoms|random) (is|s) (just|literally|actually|honestly|lowkey|deadass|truly|really|clearly|obviously|basically|such|nothing|always|still|being|genuinely|officially|straight|so|) (but|up|much|) (a|an|one|the) (such|biggest|total|complete|absolute|fucking|fkn|literal|massive|huge|certified|proper|utter|whole|goddamn|bloody|straight|known|walking|typical|classic|giant|colossal|raging|pathetic|sad|) (stupid|dumb|lying|fake|ugly|fat|sad|pathetic|annoying|creepy|weird|useless|worthless|disgusting|filthy|dirty|gross|smelly|lazy|entitled|spoiled|crazy|miserable|bitter|insecure|arrogant|cocky|selfish|greedy|backstabbing|desperate|broke|sorry|sneaky|whiny|toxic|braindead|brainless|clueless|spineless|gutless|cowardly|snivelling|sniveling|insufferable|embarrassing|delusional|bald|short|ignorant|jealous|salty|bitchy|goofy|corny|cringe|cringey|cringy|talentless|irrelevant|washed|hopeless|unfunny|faded|friendless|lonely|virgin|incel|simp|nerdy|sweaty|greasy|ratchet|trashy|cheap|slimy|sleazy|weak|soft|two|attention|wannabe|fraudulent|grifting|dishonest|manipulative|evil|vile|nasty|rotten|failed|bum|scummy|sick|twisted|psycho|crusty|musty|dusty|ashy|mid|basic|obnoxious|irritating|unbearable|hideous|repulsive|balding|skinny|obese|little|lil|faced|seeking|timing|ass|old|fucking|fkn|beta|soy|basement|spoilt|dumbass|bratty|stuck|up|) (stupid|dumb|lying|fake|ugly|fat|sad|pathetic|annoying|creepy|weird|useless|worthless|disgusting|filthy|dirty|gross|smelly|lazy|entitled|spoiled|crazy|miserable|bitter|insecure|arrogant|cocky|selfish|greedy|backstabbing|desperate|broke|sorry|sneaky|whiny|toxic|braindead|brainless|clueless|spineless|gutless|cowardly|snivelling|sniveling|insufferable|embarrassing|delusional|bald|short|ignorant|jealous|salty|bitchy|goofy|corny|cringe|cringey|cringy|talentless|irrelevant|washed|hopeless|unfunny|faded|friendless|lonely|virgin|incel|simp|nerdy|sweaty|greasy|ratchet|trashy|cheap|slimy|sleazy|weak|soft|two|attention|wannabe|fraudulent|grifting|dishonest|manipulative|evil|vile|nasty|rotten|failed|bum|scummy|sick|twisted|psycho|crusty|musty|dusty|ashy|mid|basic|obnoxious|irritating|unbearable|hideous|repulsive|balding|skinny|obese|little|lil|faced|seeking|timing|ass|old|fucking|fkn|beta|soy|basement|spoilt|dumbass|bratty|stuck|up|) (loser|losers|idiot|moron|imbecile|dumbass|creep|weirdo|bozo|crybaby|manchild|simp|cuck|incel|neckbeard|pickme|tryhard|wannabe|poser|phony|attention seeker|attention whore|sellout|fatass|fatso|laughingstock|laughing stock|buffoon|dimwit|halfwit|nitwit|dweeb|brokie|sleazebag|sleazeball|slimeball|creeper|backstabber|dickhead|asshole|arsehole|jackass|douchebag|douche|prick|twat|tosser|wanker|bellend|knobhead|dipshit|shithead|dumbfuck|fuckwit|scumbag|lowlife|hypocrite|liar|coward|fraud|disgrace|nutjob|psycho|lunatic|degenerate|parasite|leech|snake|rat|slob|troll|waste of space|waste of oxygen|waste of air|piece of shit|piece of trash|sack of shit|red flag|karen|failure|reject|swine|maggot|cockroach|vermin|subhuman|perv|pervert|weasel|lost cause)
pattern: (this|that|ur|your|my|her|his|our|the|their) (guy|girl|dude|kid|man|woman|bitch|chick|friend|bf|gf|boyfriend|girlfriend|boss|teacher|ex|brother|sister|coworker|roommate|stepdad|stepmom|manager|coach|ref|referee|streamer|jungler|teammate|player|husband|wife|cousin|neighbor|neighbour|classmate|bestie|crush|mate|bro|sis|lad|boy|idiot|clown|loser|ho|hoe|weirdo|creep|landlord|professor|tutor|support|healer|tank|adc|carry|duo|top|mid|jg|jungle|goalie|keeper|striker|team|squad|teammates|randoms|random) (is|s) (just|literally|actually|honestly|lowkey|deadass|truly|really|clearly|obviously|basically|such|nothing|always|still|being|genuinely|officially|straight|so|) (but|up|much|) (a|an|one|the) (such|biggest|total|complete|absolute|fucking|fkn|literal|massive|huge|certified|proper|utter|whole|goddamn|bloody|straight|known|walking|typical|classic|giant|colossal|raging|pathetic|sad|stupid|dumb|lying|fake|ugly|fat|annoying|creepy|weird|useless|worthless|disgusting|filthy|dirty|gross|smelly|lazy|entitled|spoiled|crazy|miserable|bitter|insecure|arrogant|cocky|selfish|greedy|backstabbing|desperate|broke|sorry|sneaky|whiny|toxic|braindead|brainless|clueless|spineless|gutless|cowardly|snivelling|sniveling|insufferable|embarrassing|delusional|bald|short|ignorant|jealous|salty|bitchy|goofy|corny|cringe|cringey|cringy|talentless|irrelevant|washed|hopeless|unfunny|faded|friendless|lonely|virgin|incel|simp|nerdy|sweaty|greasy|ratchet|trashy|cheap|slimy|sleazy|weak|soft|two|attention|wannabe|fraudulent|grifting|dishonest|manipulative|evil|vile|nasty|rotten|failed|bum|scummy|sick|twisted|psycho|crusty|musty|dusty|ashy|mid|basic|obnoxious|irritating|unbearable|hideous|repulsive|balding|skinny|obese|little|lil|faced|seeking|timing|ass|old|beta|soy|basement|spoilt|dumbass|bratty|stuck|up) (stupid|dumb|lying|fake|ugly|fat|sad|pathetic|annoying|creepy|weird|useless|worthless|disgusting|filthy|dirty|gross|smelly|lazy|entitled|spoiled|crazy|miserable|bitter|insecure|arrogant|cocky|selfish|greedy|backstabbing|desperate|broke|sorry|sneaky|whiny|toxic|braindead|brainless|clueless|spineless|gutless|cowardly|snivelling|sniveling|insufferable|embarrassing|delusional|bald|short|ignorant|jealous|salty|bitchy|goofy|corny|cringe|cringey|cringy|talentless|irrelevant|washed|hopeless|unfunny|faded|friendless|lonely|virgin|incel|simp|nerdy|sweaty|greasy|ratchet|trashy|cheap|slimy|sleazy|weak|soft|two|attention|wannabe|fraudulent|grifting|dishonest|manipulative|evil|vile|nasty|rotten|failed|bum|scummy|sick|twisted|psycho|crusty|musty|dusty|ashy|mid|basic|obnoxious|irritating|unbearable|hideous|repulsive|balding|skinny|obese|little|lil|faced|seeking|timing|ass|old|fucking|fkn|beta|soy|basement|spoilt|dumbass|bratty|stuck|up|) (stupid|dumb|lying|fake|ugly|fat|sad|pathetic|annoying|creepy|weird|useless|worthless|disgusting|filthy|dirty|gross|smelly|lazy|entitled|spoiled|crazy|miserable|bitter|insecure|arrogant|cocky|selfish|greedy|backstabbing|desperate|broke|sorry|sneaky|whiny|toxic|braindead|brainless|clueless|spineless|gutless|cowardly|snivelling|sniveling|insufferable|embarrassing|delusional|bald|short|ignorant|jealous|salty|bitchy|goofy|corny|cringe|cringey|cringy|talentless|irrelevant|washed|hopeless|unfunny|faded|friendless|lonely|virgin|incel|simp|nerdy|sweaty|greasy|ratchet|trashy|cheap|slimy|sleazy|weak|soft|two|attention|wannabe|fraudulent|grifting|dishonest|manipulative|evil|vile|nasty|rotten|failed|bum|scummy|sick|twisted|psycho|crusty|musty|dusty|ashy|mid|basic|obnoxious|irritating|unbearable|hideous|repulsive|balding|skinny|obese|little|lil|faced|seeking|timing|ass|old|fucking|fkn|beta|soy|basement|spoilt|dumbass|bratty|stuck|up|) (bitch|brat|bum|clown|deadbeat|fake|freak|goblin|gold digger|golddigger|hoe|npc|pig|worm)
pattern: (this|that|ur|your|my|her|his|our|the|their) (guy|girl|dude|kid|man|woman|bitch|chick|friend|bf|gf|boyfriend|girlfriend|boss|teacher|ex|brother|sister|coworker|roommate|stepdad|stepmom|manager|coach|ref|referee|streamer|jungler|teammate|player|husband|wife|cousin|neighbor|neighbour|classmate|bestie|crush|mate|bro|sis|lad|boy|idiot|clown|loser|ho|hoe|weirdo|creep|landlord|professor|tutor|support|healer|tank|adc|carry|duo|top|mid|jg|jungle|goalie|keeper|striker|team|squad|teammates|randoms|random) (is|s) (just|literally|actually|honestly|lowkey|deadass|truly|really|clearly|obviously|basically|such|nothing|always|still|being|genuinely|officially|straight|so|) such (a|an) (stupid|dumb|lying|fake|ugly|fat|sad|pathetic|annoying|creepy|weird|useless|worthless|disgusting|filthy|dirty|gross|smelly|lazy|entitled|spoiled|crazy|miserable|bitter|insecure|arrogant|cocky|selfish|greedy|backstabbing|desperate|broke|sorry|sneaky|whiny|toxic|braindead|brainless|clueless|spineless|gutless|cowardly|snivelling|sniveling|insufferable|embarrassing|delusional|bald|short|ignorant|jealous|salty|bitchy|goofy|corny|cringe|cringey|cringy|talentless|irrelevant|washed|hopeless|unfunny|faded|friendless|lonely|virgin|incel|simp|nerdy|sweaty|greasy|ratchet|trashy|cheap|slimy|sleazy|weak|soft|two|attention|wannabe|fraudulent|grifting|dishonest|manipulative|evil|vile|nasty|rotten|failed|bum|scummy|sick|twisted|psycho|crusty|musty|dusty|ashy|mid|basic|obnoxious|irritating|unbearable|hideous|repulsive|balding|skinny|obese|little|lil|faced|seeking|timing|ass|old|fucking|fkn|beta|soy|basement|spoilt|dumbass|bratty|stuck|up|) (stupid|dumb|lying|fake|ugly|fat|sad|pathetic|annoying|creepy|weird|useless|worthless|disgusting|filthy|dirty|gross|smelly|lazy|entitled|spoiled|crazy|miserable|bitter|insecure|arrogant|cocky|selfish|greedy|backstabbing|desperate|broke|sorry|sneaky|whiny|toxic|braindead|brainless|clueless|spineless|gutless|cowardly|snivelling|sniveling|insufferable|embarrassing|delusional|bald|short|ignorant|jealous|salty|bitchy|goofy|corny|cringe|cringey|cringy|talentless|irrelevant|washed|hopeless|unfunny|faded|friendless|lonely|virgin|incel|simp|nerdy|sweaty|greasy|ratchet|trashy|cheap|slimy|sleazy|weak|soft|two|attention|wannabe|fraudulent|grifting|dishonest|manipulative|evil|vile|nasty|rotten|failed|bum|scummy|sick|twisted|psycho|crusty|musty|dusty|ashy|mid|basic|obnoxious|irritating|unbearable|hideous|repulsive|balding|skinny|obese|little|lil|faced|seeking|timing|ass|old|fucking|fkn|beta|soy|basement|spoilt|dumbass|bratty|stuck|up|) (bitch|brat|bum|clown|deadbeat|fake|freak|goblin|gold digger|golddigger|hoe|npc|pig|worm)
pattern: (this|that|ur|your|my|her|his|our|the|their) (new|old|stupid|dumb|fat|ugly|annoying|fucking|little|lil) (guy|girl|dude|kid|man|woman|bitch|chick|friend|bf|gf|boyfriend|girlfriend|boss|teacher|ex|brother|sister|coworker|roommate|stepdad|stepmom|manager|coach|ref|referee|streamer|jungler|teammate|player|husband|wife|cousin|neighbor|neighbour|classmate|bestie|crush|mate|bro|sis|lad|boy|idiot|clown|loser|ho|hoe|weirdo|creep|landlord|professor|tutor|support|healer|tank|adc|carry|duo|top|mid|jg|jungle|goalie|keeper|striker|team|squad|teammates|randoms|random) (is|s) (just|literally|actually|honestly|lowkey|deadass|truly|really|clearly|obviously|basically|such|nothing|always|still|being|genuinely|officially|straight|so|) (a|an|one|the) (such|biggest|total|complete|absolute|fucking|fkn|literal|massive|huge|certified|proper|utter|whole|goddamn|bloody|straight|known|walking|typical|classic|giant|colossal|raging|pathetic|sad|) (stupid|dumb|lying|fake|ugly|fat|sad|pathetic|annoying|creepy|weird|useless|worthless|disgusting|filthy|dirty|gross|smelly|lazy|entitled|spoiled|crazy|miserable|bitter|insecure|arrogant|cocky|selfish|greedy|backstabbing|desperate|broke|sorry|sneaky|whiny|toxic|braindead|brainless|clueless|spineless|gutless|cowardly|snivelling|sniveling|insufferable|embarrassing|delusional|bald|short|ignorant|jealous|salty|bitchy|goofy|corny|cringe|cringey|cringy|talentless|irrelevant|washed|hopeless|unfunny|faded|friendless|lonely|virgin|incel|simp|nerdy|sweaty|greasy|ratchet|trashy|cheap|slimy|sleazy|weak|soft|two|attention|wannabe|fraudulent|grifting|dishonest|manipulative|evil|vile|nasty|rotten|failed|bum|scummy|sick|twisted|psycho|crusty|musty|dusty|ashy|mid|basic|obnoxious|irritating|unbearable|hideous|repulsive|balding|skinny|obese|little|lil|faced|seeking|timing|ass|old|fucking|fkn|beta|soy|basement|spoilt|dumbass|bratty|stuck|up|) (stupid|dumb|lying|fake|ugly|fat|sad|pathetic|annoying|creepy|weird|useless|worthless|disgusting|filthy|dirty|gross|smelly|lazy|entitled|spoiled|crazy|miserable|bitter|insecure|arrogant|cocky|selfish|greedy|backstabbing|desperate|broke|sorry|sneaky|whiny|toxic|braindead|brainless|clueless|spineless|gutless|cowardly|snivelling|sniveling|insufferable|embarrassing|delusional|bald|short|ignorant|jealous|salty|bitchy|goofy|corny|cringe|cringey|cringy|talentless|irrelevant|washed|hopeless|unfunny|faded|friendless|lonely|virgin|incel|simp|nerdy|sweaty|greasy|ratchet|trashy|cheap|slimy|sleazy|weak|soft|two|attention|wannabe|fraudulent|grifting|dishonest|manipulative|evil|vile|nasty|rotten|failed|bum|scummy|sick|twisted|psycho|crusty|musty|dusty|ashy|mid|basic|obnoxious|irritating|unbearable|hideous|repulsive|balding|skinny|obese|little|lil|faced|seeking|timing|ass|old|fucking|fkn|beta|soy|basement|spoilt|dumbass|bratty|stuck|up|) (loser|losers|idiot|moron|imbecile|dumbass|creep|weirdo|bozo|crybaby|manchild|man child|simp|cuck|incel|neckbeard|pickme|tryhard|try hard|wannabe|poser|phony|attention seeker|attention whore|sellout|fatass|fatso|laughingstock|laughing stock|buffoon|dimwit|halfwit|nitwit|dweeb|brokie|sleazebag|sleazeball|slimeball|creeper|backstabber|dickhead|asshole|arsehole|jackass|douchebag|douche|prick|twat|tosser|wanker|bellend|knobhead|dipshit|shithead|dumbfuck|fuckwit|scumbag|lowlife|hypocrite|liar|coward|fraud|joke|disgrace|nutjob|psycho|lunatic|degenerate|parasite|leech|snake|rat|slob|troll|waste of space|waste of oxygen|waste of air|piece of shit|piece of trash|sack of shit|red flag|karen|failure|reject|swine|maggot|cockroach|vermin|subhuman|perv|pervert|weasel|lost cause)
pattern: (this|that|ur|your|my|her|his|our|the|their) (new|old|stupid|dumb|fat|ugly|annoying|fucking|little|lil) (guy|girl|dude|kid|man|woman|bitch|chick|friend|bf|gf|boyfriend|girlfriend|boss|teacher|ex|brother|sister|coworker|roommate|stepdad|stepmom|manager|coach|ref|referee|streamer|jungler|teammate|player|husband|wife|cousin|neighbor|neighbour|classmate|bestie|crush|mate|bro|sis|lad|boy|idiot|clown|loser|ho|hoe|weirdo|creep|landlord|professor|tutor|support|healer|tank|adc|carry|duo|top|mid|jg|jungle|goalie|keeper|striker|team|squad|teammates|randoms|random) (is|s) (just|literally|actually|honestly|lowkey|deadass|truly|really|clearly|obviously|basically|such|nothing|always|still|being|genuinely|officially|straight|so|) (a|an|one|the) (such|biggest|total|complete|absolute|fucking|fkn|literal|massive|huge|certified|proper|utter|whole|goddamn|bloody|straight|known|walking|typical|classic|giant|colossal|raging|pathetic|sad|stupid|dumb|lying|fake|ugly|fat|annoying|creepy|weird|useless|worthless|disgusting|filthy|dirty|gross|smelly|lazy|entitled|spoiled|crazy|miserable|bitter|insecure|arrogant|cocky|selfish|greedy|backstabbing|desperate|broke|sorry|sneaky|whiny|toxic|braindead|brainless|clueless|spineless|gutless|cowardly|snivelling|sniveling|insufferable|embarrassing|delusional|bald|short|ignorant|jealous|salty|bitchy|goofy|corny|cringe|cringey|cringy|talentless|irrelevant|washed|hopeless|unfunny|faded|friendless|lonely|virgin|incel|simp|nerdy|sweaty|greasy|ratchet|trashy|cheap|slimy|sleazy|weak|soft|two|attention|wannabe|fraudulent|grifting|dishonest|manipulative|evil|vile|nasty|rotten|failed|bum|scummy|sick|twisted|psycho|crusty|musty|dusty|ashy|mid|basic|obnoxious|irritating|unbearable|hideous|repulsive|balding|skinny|obese|little|lil|faced|seeking|timing|ass|old|beta|soy|basement|spoilt|dumbass|bratty|stuck|up) (stupid|dumb|lying|fake|ugly|fat|sad|pathetic|annoying|creepy|weird|useless|worthless|disgusting|filthy|dirty|gross|smelly|lazy|entitled|spoiled|crazy|miserable|bitter|insecure|arrogant|cocky|selfish|greedy|backstabbing|desperate|broke|sorry|sneaky|whiny|toxic|braindead|brainless|clueless|spineless|gutless|cowardly|snivelling|sniveling|insufferable|embarrassing|delusional|bald|short|ignorant|jealous|salty|bitchy|goofy|corny|cringe|cringey|cringy|talentless|irrelevant|washed|hopeless|unfunny|faded|friendless|lonely|virgin|incel|simp|nerdy|sweaty|greasy|ratchet|trashy|cheap|slimy|sleazy|weak|soft|two|attention|wannabe|fraudulent|grifting|dishonest|manipulative|evil|vile|nasty|rotten|failed|bum|scummy|sick|twisted|psycho|crusty|musty|dusty|ashy|mid|basic|obnoxious|irritating|unbearable|hideous|repulsive|balding|skinny|obese|little|lil|faced|seeking|timing|ass|old|fucking|fkn|beta|soy|basement|spoilt|dumbass|bratty|stuck|up|) (stupid|dumb|lying|fake|ugly|fat|sad|pathetic|annoying|creepy|weird|useless|worthless|disgusting|filthy|dirty|gross|smelly|lazy|entitled|spoiled|crazy|miserable|bitter|insecure|arrogant|cocky|selfish|greedy|backstabbing|desperate|broke|sorry|sneaky|whiny|toxic|braindead|brainless|clueless|spineless|gutless|cowardly|snivelling|sniveling|insufferable|embarrassing|delusional|bald|short|ignorant|jealous|salty|bitchy|goofy|corny|cringe|cringey|cringy|talentless|irrelevant|washed|hopeless|unfunny|faded|friendless|lonely|virgin|incel|simp|nerdy|sweaty|greasy|ratchet|trashy|cheap|slimy|sleazy|weak|soft|two|attention|wannabe|fraudulent|grifting|dishonest|manipulative|evil|vile|nasty|rotten|failed|bum|scummy|sick|twisted|psycho|crusty|musty|dusty|ashy|mid|basic|obnoxious|irritating|unbearable|hideous|repulsive|balding|skinny|obese|little|lil|faced|seeking|timing|ass|old|fucking|fkn|beta|soy|basement|spoilt|dumbass|bratty|stuck|up|) (bitch|brat|bum|clown|deadbeat|fake|freak|goblin|gold digger|golddigger|hoe|mess|nobody|npc|pick me|pig|worm)
pattern: (this|that|ur|your|my|her|his|our|the|their) (new|old|stupid|dumb|fat|ugly|annoying|fucking|little|lil) (guy|girl|dude|kid|man|woman|bitch|chick|friend|bf|gf|boyfriend|girlfriend|boss|teacher|ex|brother|sister|coworker|roommate|stepdad|stepmom|manager|coach|ref|referee|streamer|jungler|teammate|player|husband|wife|cousin|neighbor|neighbour|classmate|bestie|crush|mate|bro|sis|lad|boy|idiot|clown|loser|ho|hoe|weirdo|creep|landlord|professor|tutor|support|healer|tank|adc|carry|duo|top|mid|jg|jungle|goalie|keeper|striker|team|squad|teammates|randoms|random) (is|s) (just|literally|actually|honestly|lowkey|deadass|truly|really|clearly|obviously|basically|such|nothing|always|still|being|genuinely|officially|straight|so|) such (a|an) (stupid|dumb|lying|fake|ugly|fat|sad|pathetic|annoying|creepy|weird|useless|worthless|disgusting|filthy|dirty|gross|smelly|lazy|entitled|spoiled|crazy|miserable|bitter|insecure|arrogant|cocky|selfish|greedy|backstabbing|desperate|broke|sorry|sneaky|whiny|toxic|braindead|brainless|clueless|spineless|gutless|cowardly|snivelling|sniveling|insufferable|embarrassing|delusional|bald|short|ignorant|jealous|salty|bitchy|goofy|corny|cringe|cringey|cringy|talentless|irrelevant|washed|hopeless|unfunny|faded|friendless|lonely|virgin|incel|simp|nerdy|sweaty|greasy|ratchet|trashy|cheap|slimy|sleazy|weak|soft|two|attention|wannabe|fraudulent|grifting|dishonest|manipulative|evil|vile|nasty|rotten|failed|bum|scummy|sick|twisted|psycho|crusty|musty|dusty|ashy|mid|basic|obnoxious|irritating|unbearable|hideous|repulsive|balding|skinny|obese|little|lil|faced|seeking|timing|ass|old|fucking|fkn|beta|soy|basement|spoilt|dumbass|bratty|stuck|up|) (stupid|dumb|lying|fake|ugly|fat|sad|pathetic|annoying|creepy|weird|useless|worthless|disgusting|filthy|dirty|gross|smelly|lazy|entitled|spoiled|crazy|miserable|bitter|insecure|arrogant|cocky|selfish|greedy|backstabbing|desperate|broke|sorry|sneaky|whiny|toxic|braindead|brainless|clueless|spineless|gutless|cowardly|snivelling|sniveling|insufferable|embarrassing|delusional|bald|short|ignorant|jealous|salty|bitchy|goofy|corny|cringe|cringey|cringy|talentless|irrelevant|washed|hopeless|unfunny|faded|friendless|lonely|virgin|incel|simp|nerdy|sweaty|greasy|ratchet|trashy|cheap|slimy|sleazy|weak|soft|two|attention|wannabe|fraudulent|grifting|dishonest|manipulative|evil|vile|nasty|rotten|failed|bum|scummy|sick|twisted|psycho|crusty|musty|dusty|ashy|mid|basic|obnoxious|irritating|unbearable|hideous|repulsive|balding|skinny|obese|little|lil|faced|seeking|timing|ass|old|fucking|fkn|beta|soy|basement|spoilt|dumbass|bratty|stuck|up|) (bitch|brat|bum|clown|deadbeat|fake|freak|goblin|gold digger|golddigger|hoe|mess|nobody|npc|pick me|pig|worm)
pattern: (is|was) (just|literally|actually|honestly|lowkey|deadass|truly|really|clearly|obviously|basically|such|nothing|always|still|being|genuinely|officially|straight|so|) (a|an|one|the) (such|biggest|total|complete|absolute|fucking|fkn|literal|massive|huge|certified|proper|utter|whole|goddamn|bloody|straight|known|walking|typical|classic|giant|colossal|raging|pathetic|sad) (stupid|dumb|lying|fake|ugly|fat|sad|pathetic|annoying|creepy|weird|useless|worthless|disgusting|filthy|dirty|gross|smelly|lazy|entitled|spoiled|crazy|miserable|bitter|insecure|arrogant|cocky|selfish|greedy|backstabbing|desperate|broke|sorry|sneaky|whiny|toxic|braindead|brainless|clueless|spineless|gutless|cowardly|snivelling|sniveling|insufferable|embarrassing|delusional|bald|short|ignorant|jealous|salty|bitchy|goofy|corny|cringe|cringey|cringy|talentless|irrelevant|washed|hopeless|unfunny|faded|friendless|lonely|virgin|incel|simp|nerdy|sweaty|greasy|ratchet|trashy|cheap|slimy|sleazy|weak|soft|two|attention|wannabe|fraudulent|grifting|dishonest|manipulative|evil|vile|nasty|rotten|failed|bum|scummy|sick|twisted|psycho|crusty|musty|dusty|ashy|mid|basic|obnoxious|irritating|unbearable|hideous|repulsive|balding|skinny|obese|little|lil|faced|seeking|timing|ass|old|fucking|fkn|beta|soy|basement|spoilt|dumbass|bratty|stuck|up|) (stupid|dumb|lying|fake|ugly|fat|sad|pathetic|annoying|creepy|weird|useless|worthless|disgusting|filthy|dirty|gross|smelly|lazy|entitled|spoiled|crazy|miserable|bitter|insecure|arrogant|cocky|selfish|greedy|backstabbing|desperate|broke|sorry|sneaky|whiny|toxic|braindead|brainless|clueless|spineless|gutless|cowardly|snivelling|sniveling|insufferable|embarrassing|delusional|bald|short|ignorant|jealous|salty|bitchy|goofy|corny|cringe|cringey|cringy|talentless|irrelevant|washed|hopeless|unfunny|faded|friendless|lonely|virgin|incel|simp|nerdy|sweaty|greasy|ratchet|trashy|cheap|slimy|sleazy|weak|soft|two|attention|wannabe|fraudulent|grifting|dishonest|manipulative|evil|vile|nasty|rotten|failed|bum|scummy|sick|twisted|psycho|crusty|musty|dusty|ashy|mid|basic|obnoxious|irritating|unbearable|hideous|repulsive|balding|skinny|obese|little|lil|faced|seeking|timing|ass|old|fucking|fkn|beta|soy|basement|spoilt|dumbass|bratty|stuck|up|) (loser|losers|idiot|moron|imbecile|dumbass|creep|weirdo|bozo|crybaby|manchild|man child|simp|cuck|incel|neckbeard|pickme|tryhard|try hard|wannabe|poser|phony|attention seeker|attention whore|sellout|fatass|fatso|buffoon|dimwit|halfwit|nitwit|dweeb|brokie|sleazebag|sleazeball|slimeball|creeper|backstabber|dickhead|asshole|arsehole|jackass|douchebag|douche|prick|twat|tosser|wanker|bellend|knobhead|dipshit|shithead|dumbfuck|fuckwit|scumbag|lowlife|nutjob|psycho|lunatic|degenerate|subhuman|perv|pervert|weasel|lost cause)
pattern: (is|was) (just|literally|actually|honestly|lowkey|deadass|truly|really|clearly|obviously|basically|such|nothing|always|still|being|genuinely|officially|straight|so|) (a|an|one|the) (stupid|dumb|lying|fake|ugly|fat|sad|pathetic|annoying|creepy|weird|useless|worthless|disgusting|filthy|dirty|gross|smelly|lazy|entitled|spoiled|crazy|miserable|bitter|insecure|arrogant|cocky|selfish|greedy|backstabbing|desperate|broke|sorry|sneaky|whiny|toxic|braindead|brainless|clueless|spineless|gutless|cowardly|snivelling|sniveling|insufferable|embarrassing|delusional|bald|short|ignorant|jealous|salty|bitchy|goofy|corny|cringe|cringey|cringy|talentless|irrelevant|washed|hopeless|unfunny|faded|friendless|lonely|virgin|incel|simp|nerdy|sweaty|greasy|ratchet|trashy|cheap|slimy|sleazy|weak|soft|two|attention|wannabe|fraudulent|grifting|dishonest|manipulative|evil|vile|nasty|rotten|failed|bum|scummy|sick|twisted|psycho|crusty|musty|dusty|ashy|mid|basic|obnoxious|irritating|unbearable|hideous|repulsive|balding|skinny|obese|little|lil|faced|seeking|timing|ass|old|fucking|fkn|beta|soy|basement|spoilt|dumbass|bratty|stuck|up) (stupid|dumb|lying|fake|ugly|fat|sad|pathetic|annoying|creepy|weird|useless|worthless|disgusting|filthy|dirty|gross|smelly|lazy|entitled|spoiled|crazy|miserable|bitter|insecure|arrogant|cocky|selfish|greedy|backstabbing|desperate|broke|sorry|sneaky|whiny|toxic|braindead|brainless|clueless|spineless|gutless|cowardly|snivelling|sniveling|insufferable|embarrassing|delusional|bald|short|ignorant|jealous|salty|bitchy|goofy|corny|cringe|cringey|cringy|talentless|irrelevant|washed|hopeless|unfunny|faded|friendless|lonely|virgin|incel|simp|nerdy|sweaty|greasy|ratchet|trashy|cheap|slimy|sleazy|weak|soft|two|attention|wannabe|fraudulent|grifting|dishonest|manipulative|evil|vile|nasty|rotten|failed|bum|scummy|sick|twisted|psycho|crusty|musty|dusty|ashy|mid|basic|obnoxious|irritating|unbearable|hideous|repulsive|balding|skinny|obese|little|lil|faced|seeking|timing|ass|old|fucking|fkn|beta|soy|basement|spoilt|dumbass|bratty|stuck|up|) (loser|losers|idiot|moron|imbecile|dumbass|creep|weirdo|bozo|crybaby|manchild|man child|simp|cuck|incel|neckbeard|pickme|tryhard|try hard|wannabe|poser|phony|attention seeker|attention whore|sellout|fatass|fatso|buffoon|dimwit|halfwit|nitwit|dweeb|brokie|sleazebag|sleazeball|slimeball|creeper|backstabber|dickhead|asshole|arsehole|jackass|douchebag|douche|prick|twat|tosser|wanker|bellend|knobhead|dipshit|shithead|dumbfuck|fuckwit|scumbag|lowlife|nutjob|psycho|lunatic|degenerate|subhuman|perv|pervert|weasel|lost cause)
pattern: (is|was) (just|literally|actually|honestly|lowkey|deadass|truly|really|clearly|obviously|basically|such|nothing|always|still|being|genuinely|officially|straight|so|) (such|) (a|an) (fake|stupid|dumb|ugly|fat|lying|annoying|cheating|manipulative|psycho|crazy|jealous|bitter|nasty|dirty|miserable|snobby|spoiled|basic|broke|two|attention|entitled|toxic|bitchy|evil|petty|selfish|rude|creepy|weird|gross|smelly|lazy|cringe|mean|snooty|stuckup) (faced|seeking|ass|little|lil|old|up|) (bitch|hoe|ho|bitches|cow|witch|brat|pig)
match: he's such a fucking idiot
match: she is a lying snake
match: that guy is a creep
match: my brother is a worthless loser
match: hes such a clown
match: jake is a total tryhard
match: she's a fake little pick me
match: this kid is an absolute bozo
nomatch: she's a gym rat
nomatch: he's a nice guy to me
nomatch: he called me a loser and i cried
nomatch: he's a nice guy
nomatch: life is such a bitch
nomatch: this system is a total joke
nomatch: my car is a piece of shit
nomatch: my dog is a little goblin
note: insults about a named or third person (he/she/this guy/my boss is a ...); ambiguous nouns (clown, brat, bitch, pig) need an intensifier or a listed adjective; after a bare 'is' (a name, an @mention) only nouns that cannot describe a thing. target third: 'my roommate is a slob' names its victim, the 'my' must not read it as self-talk

[en.harassment.insult.ins-third-person-adj]
sub: insult
weight: 0.56
target: third
pattern: (hes|shes) (so|such|literally|actually|genuinely|honestly|really|fucking|fkn|fuckin|truly|completely|totally|absolutely|deadass|fr|beyond|straight|just|too|hella|mad|insanely|unbelievably|incredibly|extremely|painfully|the|most|clearly|obviously) (so|fucking|fkn|damn|most|up|goddamn|freaking|) (pathetic|useless|worthless|disgusting|insufferable|unbearable|braindead|brainless|stupid|dumb|retarded|trash|garbage|dogshit|dogwater|cringe|cringey|cringy|repulsive|revolting|vile|despicable|talentless|clueless|obnoxious|delusional|spineless|irrelevant|mid|washed)
pattern: (he|she) (is|s) (so|such|literally|actually|genuinely|honestly|really|fucking|fkn|fuckin|truly|completely|totally|absolutely|deadass|fr|beyond|straight|just|too|hella|mad|insanely|unbelievably|incredibly|extremely|painfully|the|most|clearly|obviously) (so|fucking|fkn|damn|most|up|goddamn|freaking|) (pathetic|useless|worthless|disgusting|insufferable|unbearable|braindead|brainless|stupid|dumb|retarded|trash|garbage|dogshit|dogwater|cringe|cringey|cringy|repulsive|revolting|vile|despicable|talentless|clueless|obnoxious|delusional|spineless|irrelevant|mid|washed)
pattern: (this|that|ur|your|my|her|his|our|the|their) (guy|girl|dude|kid|man|woman|bitch|chick|friend|bf|gf|boyfriend|girlfriend|boss|teacher|ex|brother|sister|coworker|roommate|stepdad|stepmom|manager|coach|ref|referee|streamer|jungler|teammate|player|husband|wife|cousin|neighbor|neighbour|classmate|bestie|crush|mate|bro|sis|lad|boy|idiot|clown|loser|ho|hoe|weirdo|creep|landlord|professor|tutor|support|healer|tank|adc|carry|duo|top|mid|jg|jungle|goalie|keeper|striker|team|squad|teammates|randoms|random) (is|s) (so|such|literally|actually|genuinely|honestly|really|fucking|fkn|fuckin|truly|completely|totally|absolutely|deadass|fr|beyond|straight|just|too|hella|mad|insanely|unbelievably|incredibly|extremely|painfully|the|most|clearly|obviously) (so|fucking|fkn|damn|most|up|goddamn|freaking|) (pathetic|useless|worthless|disgusting|insufferable|unbearable|braindead|brainless|stupid|dumb|retarded|trash|garbage|dogshit|dogwater|cringe|cringey|cringy|repulsive|revolting|vile|despicable|talentless|clueless|obnoxious|delusional|spineless|irrelevant|mid|washed)
pattern: (this|that|ur|your|my|her|his|our|the|their) (new|old|stupid|dumb|fat|ugly|annoying|fucking|little|lil) (guy|girl|dude|kid|man|woman|bitch|chick|friend|bf|gf|boyfriend|girlfriend|boss|teacher|ex|brother|sister|coworker|roommate|stepdad|stepmom|manager|coach|ref|referee|streamer|jungler|teammate|player|husband|wife|cousin|neighbor|neighbour|classmate|bestie|crush|mate|bro|sis|lad|boy|idiot|clown|loser|ho|hoe|weirdo|creep|landlord|professor|tutor|support|healer|tank|adc|carry|duo|top|mid|jg|jungle|goalie|keeper|striker|team|squad|teammates|randoms|random) (is|s) (so|such|literally|actually|genuinely|honestly|really|fucking|fkn|fuckin|truly|completely|totally|absolutely|deadass|fr|beyond|straight|just|too|hella|mad|insanely|unbelievably|incredibly|extremely|painfully|the|most|clearly|obviously) (so|fucking|fkn|damn|most|up|goddamn|freaking|) (pathetic|useless|worthless|disgusting|insufferable|unbearable|braindead|brainless|stupid|dumb|retarded|trash|garbage|dogshit|dogwater|cringe|cringey|cringy|repulsive|revolting|vile|despicable|talentless|clueless|obnoxious|delusional|spineless|irrelevant|mid|washed)
pattern: (hes|shes) (so|such|literally|actually|genuinely|honestly|really|fucking|fkn|fuckin|truly|completely|totally|absolutely|deadass|fr|beyond|straight|just|too|hella|mad|insanely|unbelievably|incredibly|extremely|painfully|the|most|clearly|obviously|) (annoying|weird|creepy|lame|boring|fake|ugly|fat|gross|nasty|toxic|rude|lazy|entitled|spoiled|cringe|cringey|cringy|stupid|useless|corrupt|biased|clueless|brainless|braindead) (and|n|plus) (so|also|just|really|fucking|kinda|) (pathetic|useless|worthless|disgusting|insufferable|unbearable|braindead|brainless|stupid|dumb|retarded|trash|garbage|dogshit|dogwater|cringe|cringey|cringy|repulsive|revolting|vile|despicable|talentless|clueless|obnoxious|delusional|spineless|irrelevant|mid|washed|annoying|weird|creepy|fake|ugly|fat|gross|nasty|toxic|rude|lazy|entitled|spoiled|a loser|a creep|a weirdo|a freak|a clown|a joke|a liar|a bitch|an idiot)
pattern: (he|she) (is|s) (so|such|literally|actually|genuinely|honestly|really|fucking|fkn|fuckin|truly|completely|totally|absolutely|deadass|fr|beyond|straight|just|too|hella|mad|insanely|unbelievably|incredibly|extremely|painfully|the|most|clearly|obviously|) (annoying|weird|creepy|lame|boring|fake|ugly|fat|gross|nasty|toxic|rude|lazy|entitled|spoiled|cringe|cringey|cringy|stupid|useless|corrupt|biased|clueless|brainless|braindead) (and|n|plus) (so|also|just|really|fucking|kinda|) (pathetic|useless|worthless|disgusting|insufferable|unbearable|braindead|brainless|stupid|dumb|retarded|trash|garbage|dogshit|dogwater|cringe|cringey|cringy|repulsive|revolting|vile|despicable|talentless|clueless|obnoxious|delusional|spineless|irrelevant|mid|washed|annoying|weird|creepy|fake|ugly|fat|gross|nasty|toxic|rude|lazy|entitled|spoiled|a loser|a creep|a weirdo|a freak|a clown|a joke|a liar|a bitch|an idiot)
pattern: (this|that|ur|your|my|her|his|our|the|their) (guy|girl|dude|kid|man|woman|bitch|chick|friend|bf|gf|boyfriend|girlfriend|boss|teacher|ex|brother|sister|coworker|roommate|stepdad|stepmom|manager|coach|ref|referee|streamer|jungler|teammate|player|husband|wife|cousin|neighbor|neighbour|classmate|bestie|crush|mate|bro|sis|lad|boy|idiot|clown|loser|ho|hoe|weirdo|creep|landlord|professor|tutor|support|healer|tank|adc|carry|duo|top|mid|jg|jungle|goalie|keeper|striker|team|squad|teammates|randoms|random) (is|s) (so|such|literally|actually|genuinely|honestly|really|fucking|fkn|fuckin|truly|completely|totally|absolutely|deadass|fr|beyond|straight|just|too|hella|mad|insanely|unbelievably|incredibly|extremely|painfully|the|most|clearly|obviously|) (annoying|weird|creepy|lame|boring|fake|ugly|fat|gross|nasty|toxic|rude|lazy|entitled|spoiled|cringe|cringey|cringy|stupid|useless|corrupt|biased|clueless|brainless|braindead) (and|n|plus) (so|also|just|really|fucking|kinda|) (pathetic|useless|worthless|disgusting|insufferable|unbearable|braindead|brainless|stupid|dumb|retarded|trash|garbage|dogshit|dogwater|cringe|cringey|cringy|repulsive|revolting|vile|despicable|talentless|clueless|obnoxious|delusional|spineless|irrelevant|mid|washed|annoying|weird|creepy|fake|ugly|fat|gross|nasty|toxic|rude|lazy|entitled|spoiled|a loser|a creep|a weirdo|a freak|a clown|a joke|a liar|a bitch|an idiot)
pattern: (this|that|ur|your|my|her|his|our|the|their) (new|old|stupid|dumb|fat|ugly|annoying|fucking|little|lil) (guy|girl|dude|kid|man|woman|bitch|chick|friend|bf|gf|boyfriend|girlfriend|boss|teacher|ex|brother|sister|coworker|roommate|stepdad|stepmom|manager|coach|ref|referee|streamer|jungler|teammate|player|husband|wife|cousin|neighbor|neighbour|classmate|bestie|crush|mate|bro|sis|lad|boy|idiot|clown|loser|ho|hoe|weirdo|creep|landlord|professor|tutor|support|healer|tank|adc|carry|duo|top|mid|jg|jungle|goalie|keeper|striker|team|squad|teammates|randoms|random) (is|s) (so|such|literally|actually|genuinely|honestly|really|fucking|fkn|fuckin|truly|completely|totally|absolutely|deadass|fr|beyond|straight|just|too|hella|mad|insanely|unbelievably|incredibly|extremely|painfully|the|most|clearly|obviously|) (annoying|weird|creepy|lame|boring|fake|ugly|fat|gross|nasty|toxic|rude|lazy|entitled|spoiled|cringe|cringey|cringy|stupid|useless|corrupt|biased|clueless|brainless|braindead) (and|n|plus) (so|also|just|really|fucking|kinda|) (pathetic|useless|worthless|disgusting|insufferable|unbearable|braindead|brainless|stupid|dumb|retarded|trash|garbage|dogshit|dogwater|cringe|cringey|cringy|repulsive|revolting|vile|despicable|talentless|clueless|obnoxious|delusional|spineless|irrelevant|mid|washed|annoying|weird|creepy|fake|ugly|fat|gross|nasty|toxic|rude|lazy|entitled|spoiled|a loser|a creep|a weirdo|a freak|a clown|a joke|a liar|a bitch|an idiot)
pattern: (hes|shes) (pathetic|useless|worthless|disgusting|insufferable|braindead|brainless|talentless|cringe|cringey|cringy|repulsive|vile|despicable|trash|garbage|dogshit|dogwater|delusional)
pattern: (this|that) (guy|girl|kid|dude|bitch|loser|idiot|clown|weirdo|creep|chick|boy|man|woman) (is|s) (braindead|brainless|talentless|cringe|cringey|cringy|trash|garbage|dogshit|dogwater|insufferable|pathetic|useless|worthless)
match: she's so pathetic
match: he is literally braindead
match: this kid is trash
match: that girl is so fucking pathetic
match: my teammate is so useless
nomatch: he's so talented
nomatch: this game is trash
nomatch: she's not pathetic
nomatch: my sister is so annoying
note: negative evaluation of a third person (he/she/this kid is pathetic, braindead, trash); 'annoying' is left out (a sibling complaint is not abuse), looks belong to cyberbullying

[en.harassment.insult.ins-shut-up-hostile]
sub: insult
weight: 0.44
target: other
pattern: (just|maybe|now|needa|gotta|and) (shutup|stfu|stfuu)
pattern: learn to (shutup|stfu|stfuu)
pattern: (can|could|will|would|cant|wont) (you|u|ya) (just|please|pls|plz|kindly|fucking|fkn|ever|) (just|please|) (shutup|stfu|stfuu)
pattern: (why|how) (dont|cant|wont|about) (you|u|ya) (just|ever|fucking|) (shutup|stfu|stfuu)
pattern: (pls|please|plz|god|omg|ugh|bitch|jesus|lord) just (shutup|stfu|stfuu)
pattern: (shutup|stfu|stfuu) (already|forever|ffs|kid|boy|child|son|buddy|pal|mate|sweetie|hun|honey|karen|boomer|grandpa|grandma|peasant|pleb|noob|bot|junior|kiddo|sunshine|princess|sweetheart|cupcake|bucko|before|lil|little|old|clown|loser|bozo|idiot|moron|nerd|weirdo|freak|creep|dork|dumbass|bitch|fatso|fatass|incel|simp|virgin|troll|hater)
pattern: (shutup|stfu|stfuu) for (once|good|real|life)
pattern: (shutup|stfu|stfuu) and (leave|go|sit|get|stop|log|learn|die|disappear|delete|quit|never|fuck|piss)
pattern: (shutup|stfu|stfuu) (nobody|noone|no) (one|) (cares|asked|likes|wants|gives|cared)
pattern: (just|maybe|now|needa|gotta|and) shut up
pattern: learn to shut up
pattern: (can|could|will|would|cant|wont) (you|u|ya) (just|please|pls|plz|kindly|fucking|fkn|ever|) (just|please|) shut up
pattern: (why|how) (dont|cant|wont|about) (you|u|ya) (just|ever|fucking|) shut up
pattern: (pls|please|plz|god|omg|ugh|bitch|jesus|lord) just shut up
pattern: shut up (already|forever|ffs|kid|boy|child|son|buddy|pal|mate|sweetie|hun|honey|karen|boomer|grandpa|grandma|peasant|pleb|noob|bot|junior|kiddo|sunshine|princess|sweetheart|cupcake|bucko|before|lil|little|old|clown|loser|bozo|idiot|moron|nerd|weirdo|freak|creep|dork|dumbass|bitch|fatso|fatass|incel|simp|virgin|troll|hater)
pattern: shut up for (once|good|real|life)
pattern: shut up and (leave|go|sit|get|stop|log|learn|die|disappear|delete|quit|never|fuck|piss)
pattern: shut up (nobody|noone|no) (one|) (cares|asked|likes|wants|gives|cared)
pattern: (just|maybe|now|needa|gotta|and) shut (the|tf) (fuck|hell|fk|fuk|heck|) up
pattern: learn to shut (the|tf) (fuck|hell|fk|fuk|heck|) up
pattern: (can|could|will|would|cant|wont) (you|u|ya) (just|please|pls|plz|kindly|fucking|fkn|ever|) (just|please|) shut (the|tf) (fuck|hell|fk|fuk|heck|) up
pattern: (why|how) (dont|cant|wont|about) (you|u|ya) (just|ever|fucking|) shut (the|tf) (fuck|hell|fk|fuk|heck|) up
pattern: (pls|please|plz|god|omg|ugh|bitch|jesus|lord) just shut (the|tf) (fuck|hell|fk|fuk|heck|) up
pattern: shut (the|tf) (fuck|hell|fk|fuk|heck|) up (already|forever|ffs|kid|boy|child|son|buddy|pal|mate|sweetie|hun|honey|karen|boomer|grandpa|grandma|peasant|pleb|noob|bot|junior|kiddo|sunshine|princess|sweetheart|cupcake|bucko|before|lil|little|old|clown|loser|bozo|idiot|moron|nerd|weirdo|freak|creep|dork|dumbass|bitch|fatso|fatass|incel|simp|virgin|troll|hater)
pattern: shut (the|tf) (fuck|hell|fk|fuk|heck|) up for (once|good|real|life)
pattern: shut (the|tf) (fuck|hell|fk|fuk|heck|) up and (leave|go|sit|get|stop|log|learn|die|disappear|delete|quit|never|fuck|piss)
pattern: shut (the|tf) (fuck|hell|fk|fuk|heck|) up (nobody|noone|no) (one|) (cares|asked|likes|wants|gives|cared)
pattern: (just|maybe|now|needa|gotta|and) (pipe|simmer) down
pattern: learn to (pipe|simmer) down
pattern: (can|could|will|would|cant|wont) (you|u|ya) (just|please|pls|plz|kindly|fucking|fkn|ever|) (just|please|) (pipe|simmer) down
pattern: (why|how) (dont|cant|wont|about) (you|u|ya) (just|ever|fucking|) (pipe|simmer) down
pattern: (pls|please|plz|god|omg|ugh|bitch|jesus|lord) just (pipe|simmer) down
pattern: (pipe|simmer) down (already|forever|ffs|kid|boy|child|son|buddy|pal|mate|sweetie|hun|honey|karen|boomer|grandpa|grandma|peasant|pleb|noob|bot|junior|kiddo|sunshine|princess|sweetheart|cupcake|bucko|before|lil|little|old|clown|loser|bozo|idiot|moron|nerd|weirdo|freak|creep|dork|dumbass|bitch|fatso|fatass|incel|simp|virgin|troll|hater)
pattern: (pipe|simmer) down for (once|good|real|life)
pattern: (pipe|simmer) down and (leave|go|sit|get|stop|log|learn|die|disappear|delete|quit|never|fuck|piss)
pattern: (pipe|simmer) down (nobody|noone|no) (one|) (cares|asked|likes|wants|gives|cared)
pattern: (just|maybe|now|needa|gotta|and) zip it
pattern: learn to zip it
pattern: (can|could|will|would|cant|wont) (you|u|ya) (just|please|pls|plz|kindly|fucking|fkn|ever|) (just|please|) zip it
pattern: (why|how) (dont|cant|wont|about) (you|u|ya) (just|ever|fucking|) zip it
pattern: (pls|please|plz|god|omg|ugh|bitch|jesus|lord) just zip it
pattern: zip it (already|forever|ffs|kid|boy|child|son|buddy|pal|mate|sweetie|hun|honey|karen|boomer|grandpa|grandma|peasant|pleb|noob|bot|junior|kiddo|sunshine|princess|sweetheart|cupcake|bucko|before|lil|little|old|clown|loser|bozo|idiot|moron|nerd|weirdo|freak|creep|dork|dumbass|bitch|fatso|fatass|incel|simp|virgin|troll|hater)
pattern: zip it for (once|good|real|life)
pattern: zip it and (leave|go|sit|get|stop|log|learn|die|disappear|delete|quit|never|fuck|piss)
pattern: zip it (nobody|noone|no) (one|) (cares|asked|likes|wants|gives|cared)
pattern: (just|maybe|now|needa|gotta|and) shut (ur|your|yo|that) (mouth|trap|face|hole|mouf|gob|piehole|yap)
pattern: learn to shut (ur|your|yo|that) (mouth|trap|face|hole|mouf|gob|piehole|yap)
pattern: (can|could|will|would|cant|wont) (you|u|ya) (just|please|pls|plz|kindly|fucking|fkn|ever|) (just|please|) shut (ur|your|yo|that) (mouth|trap|face|hole|mouf|gob|piehole|yap)
pattern: (why|how) (dont|cant|wont|about) (you|u|ya) (just|ever|fucking|) shut (ur|your|yo|that) (mouth|trap|face|hole|mouf|gob|piehole|yap)
pattern: (pls|please|plz|god|omg|ugh|bitch|jesus|lord) just shut (ur|your|yo|that) (mouth|trap|face|hole|mouf|gob|piehole|yap)
pattern: shut (ur|your|yo|that) (mouth|trap|face|hole|mouf|gob|piehole|yap) (already|forever|ffs|kid|boy|child|son|buddy|pal|mate|sweetie|hun|honey|karen|boomer|grandpa|grandma|peasant|pleb|noob|bot|junior|kiddo|sunshine|princess|sweetheart|cupcake|bucko|before|lil|little|old|clown|loser|bozo|idiot|moron|nerd|weirdo|freak|creep|dork|dumbass|bitch|fatso|fatass|incel|simp|virgin|troll|hater)
pattern: shut (ur|your|yo|that) (mouth|trap|face|hole|mouf|gob|piehole|yap) for (once|good|real|life)
pattern: shut (ur|your|yo|that) (mouth|trap|face|hole|mouf|gob|piehole|yap) and (leave|go|sit|get|stop|log|learn|die|disappear|delete|quit|never|fuck|piss)
pattern: shut (ur|your|yo|that) (mouth|trap|face|hole|mouf|gob|piehole|yap) (nobody|noone|no) (one|) (cares|asked|likes|wants|gives|cared)
pattern: (just|maybe|now|needa|gotta|and) close (ur|your|yo|that) (mouth|trap|piehole|yap)
pattern: learn to close (ur|your|yo|that) (mouth|trap|piehole|yap)
pattern: (can|could|will|would|cant|wont) (you|u|ya) (just|please|pls|plz|kindly|fucking|fkn|ever|) (just|please|) close (ur|your|yo|that) (mouth|trap|piehole|yap)
pattern: (why|how) (dont|cant|wont|about) (you|u|ya) (just|ever|fucking|) close (ur|your|yo|that) (mouth|trap|piehole|yap)
pattern: (pls|please|plz|god|omg|ugh|bitch|jesus|lord) just close (ur|your|yo|that) (mouth|trap|piehole|yap)
pattern: close (ur|your|yo|that) (mouth|trap|piehole|yap) (already|forever|ffs|kid|boy|child|son|buddy|pal|mate|sweetie|hun|honey|karen|boomer|grandpa|grandma|peasant|pleb|noob|bot|junior|kiddo|sunshine|princess|sweetheart|cupcake|bucko|before|lil|little|old|clown|loser|bozo|idiot|moron|nerd|weirdo|freak|creep|dork|dumbass|bitch|fatso|fatass|incel|simp|virgin|troll|hater)
pattern: close (ur|your|yo|that) (mouth|trap|piehole|yap) for (once|good|real|life)
pattern: close (ur|your|yo|that) (mouth|trap|piehole|yap) and (leave|go|sit|get|stop|log|learn|die|disappear|delete|quit|never|fuck|piss)
pattern: close (ur|your|yo|that) (mouth|trap|piehole|yap) (nobody|noone|no) (one|) (cares|asked|likes|wants|gives|cared)
match: just shut up
match: shut up already
match: shut up nobody asked
match: can you shut up for once
match: shut your mouth kid
match: stfu already
match: why dont you just shut up
match: shut up and leave
nomatch: shut up and take my money
nomatch: shut up omg i love this
nomatch: close the window and shut the door
nomatch: he told me to shut up and i cried
note: hostile 'shut up' with a frame that makes it an attack (just / can you / already / for once / kid / nobody asked); bare 'shut up' stays weak since friends say it laughing

[en.harassment.insult.ins-sit-down]
sub: insult
weight: 0.44
target: other
pattern: sit (yo|your|ur|the|tf|yourself|urself|) (ass|fuck|hell|) down (kid|lil|little|boy|son|junior|kiddo|buddy|pal|mate|child|sweetie|honey|hun|karen|boomer|nobody|noone|ratio|clown|bozo|loser|nerd|noob|bot|already|peasant|pleb|grandpa|sunshine|princess|cupcake|bro)
pattern: sit (yo|your|ur|the|tf|) (ass|fuck|hell|) down and (shut|stfu|be|cry|cope|let|learn|stay|watch) (up|quiet|humble|the|adults|grownups|real|ur|your|in|)
pattern: sit (yo|your|ur|the|tf) (ass|fuck|hell|) down
match: sit down kid
match: sit tf down
match: sit down lil bro nobody asked you
match: sit your ass down boomer
match: sit down and be humble
nomatch: please sit down dinner is ready
nomatch: sit down and relax
nomatch: can everyone sit down
nomatch: sit down and eat
note: dismissive 'sit down (kid/lil bro)' and 'sit tf down'; a plain 'sit down' is an instruction

[en.harassment.insult.ins-should-be-ashamed]
sub: insult
weight: 0.5
target: other
pattern: (you|u|ya|yu|yall) (guys|people|all|) (should|shud|shld|oughta|needa|need) (to|) (honestly|really|seriously|actually|genuinely|truly|all|) (be|feel) (so|very|really|fucking|deeply|absolutely|thoroughly|completely|totally|truly|) (ashamed|embarrassed|disgusted|mortified|humiliated)
pattern: (you|u|ya|yu) (have|got|has) (no|zero|0) (shame|selfrespect|dignity|decency|morals|personality|rizz|aura|bitches|hoes|spine|backbone|integrity|honor|honour|braincells|brain|brains)
pattern: (you|u|ya|yu) (have|got|has) (no|zero|0) (life|friends|talent|skill|skills|standards|balls|manners|game|clue|respect|job|future|gf|bf|girlfriend|boyfriend|girl|mates) (lol|lmao|lmfao|bro|kid|loser|bozo|whatsoever|fr|ngl|dude|seriously|get|go|just|stfu|shut|sad|pathetic|omg|nerd|virgin|incel|and|no|nobody|ur|youre|u|you|at|bruh|its|honestly|clown|ratio|haha|hahaha|man|mate|cause|because|bc|cuz|thats|that|why|skull)
pattern: (you|u|ya|yu) (have|got|has) (no|zero|0) self respect
pattern: (have|got) (you|u|ya|yu) no (shame|dignity|decency|life|selfrespect|morals|self)
pattern: (youre|ure|ur|your|yur) (so|such|completely|totally|truly|absolutely|literally|just|fucking|) shameless
pattern: (you|u|ya|yu) (only|just|always|literally|) (bring|brought|bringing|brings) (shame|dishonor|dishonour|disgrace|embarrassment) (to|on|upon) (your|ur|the|this|our|everyone|us|yourself|urself)
match: you should be ashamed of yourself
match: u should be embarrassed
match: have you no shame
match: you have no self respect
match: youre shameless
match: you have no friends lol
match: you have no life loser
nomatch: you should not be ashamed of asking for help
nomatch: you shouldnt be ashamed
nomatch: you have no idea
nomatch: nobody should be ashamed
nomatch: you have no class today
nomatch: it's ok if you have no friends right now
note: moral condemnation aimed at the reader: 'you should be ashamed of yourself', 'you have no shame/life/self respect/personality'

[en.harassment.insult.ins-shame-on-you]
sub: insult
weight: 0.38
target: other
pattern: shame on (you|u|ya|yu|yall) (all|guys|people|lot|)
pattern: (you|u|ya|yu) (disgrace|shame) (yourself|urself|yourselves|everyone|us|this|the|your|ur) (team|family|parents|school|all|name|country|race|gender|sport|game|kind|server|)
match: shame on you
match: you disgrace your family
nomatch: shame on me for forgetting
note: 'shame on you': condemnation, also said in jest ('shame on you for not inviting me lol'), so weak alone

[en.harassment.insult.ins-your-mom-insult]
sub: insult
weight: 0.48
target: other
pattern: (your|ur|yo|yer|youre) (whole|entire|ugly|fat|dumb|stupid|little|lil|broke|crusty|) (mom|mum|mama|momma|mamma|mother|moms|mums|mommy|dad|daddy|father|sister|grandma|granny|family|nan|sis|stepmom|stepdad|gf|bf|girlfriend|boyfriend|wife|husband|brother|bro|kids|son|daughter|friends|homies|squad|crew) (is|s|so|be|was|looks|look|smells|smell|r|are|got|must|probably|hella|mad|too|a|an|such|kinda|lowkey|fr|literally|acts|sounds|dresses) (is|s|so|be|was|looks|look|smells|smell|r|are|got|must|probably|hella|mad|too|a|an|such|kinda|lowkey|fr|literally|acts|sounds|dresses|) (so|such|a|an|mad|hella|fucking|really|too|fat|ugly|dirty|cheap|old|big|fkn|literally|) (fat|ugly|stupid|dumb|hairy|nasty|smelly|stinky|hoe|easy|loose|slutty|slut|whore|broke|poor|bald|bitch|cow|whale|pig|crackhead|trash|garbage|loser|joke|bum|deadbeat|homeless|prostitute|hooker|thot|skank|retarded|dumber|fatter|uglier|obese|gross|trashy|ratchet|dusty|crusty|musty|ashy|ghetto|inbred|alcoholic|drunk|junkie|tranny|dyke|beast|hippo|walrus|bimbo|slag|tramp|hag|witch|clown|failure)
pattern: (your|ur|yo|yer) (mom|mum|mama|momma|mamma|mother|moms|mums|mommy|dad|daddy|father|sister|grandma|granny|family|nan|sis|stepmom|stepdad|gf|bf|girlfriend|boyfriend|wife|husband|brother|bro|kids|son|daughter|friends|homies|squad|crew) so (fat|ugly|stupid|dumb|poor|broke|hairy|nasty|old|short|bald|smelly|stinky|easy|loose|lazy|dirty|skinny|hoe) (she|he|that|they|when|her|his|it|the|even|i)
pattern: (yo|your|ur) (mama|momma|mamma|mom|mum) so (fat|ugly|stupid|dumb|poor|broke|hairy|nasty|old|bald|easy|loose)
match: ur mom so fat
match: your mom is a hoe
match: yo mama so ugly
match: ur mom is so fat she needs two zip codes
match: your family is trash
match: ur dad is a deadbeat
nomatch: your mom is so nice
nomatch: yo mama jokes were popular
nomatch: my mom is fat and i love her
nomatch: your mom is so old school lol
note: 'your mom' insults: the family member is the proxy, the reader is the target

[en.harassment.insult.ins-who-asked]
sub: insult
weight: 0.46
target: other
pattern: (nobody|noone) (even|fucking|fkn|actually|literally|really|ever|) (asked|askd|axed) (lol|lmao|lmfao|bro|bruh|dude|kid|tho|though|bozo|ratio|l|clown|loser|nerd|buddy|pal|sweetie|hun|honey|karen|boomer|lil|go|stfu|shut|sit|cope|next|bye|ok|okay|fr|ngl|seriously|whatsoever|weirdo|creep|incel|simp|noob|dawg|gang|twin|skull|cry|mate|sis|girl|boy|son|chief|champ|bestie|babe|hunny|you|u|ya|ur|your|youre|btw)
pattern: no one (even|fucking|fkn|actually|literally|really|ever|) (asked|askd|axed) (lol|lmao|lmfao|bro|bruh|dude|kid|tho|though|bozo|ratio|l|clown|loser|nerd|buddy|pal|sweetie|hun|honey|karen|boomer|lil|go|stfu|shut|sit|cope|next|bye|ok|okay|fr|ngl|seriously|whatsoever|weirdo|creep|incel|simp|noob|dawg|gang|twin|skull|cry|mate|sis|girl|boy|son|chief|champ|bestie|babe|hunny|you|u|ya|ur|your|youre|btw)
pattern: who (asked|askd|axed) (lol|lmao|lmfao|bro|bruh|dude|kid|tho|though|bozo|ratio|l|clown|loser|nerd|buddy|pal|sweetie|hun|honey|karen|boomer|lil|stfu|cope|bye|ok|okay|fr|ngl|seriously|whatsoever|weirdo|creep|incel|simp|noob|dawg|gang|twin|skull|mate|sis|girl|boy|son|chief|champ|bestie|babe|hunny)
pattern: who (even|tf|fuck|hell|actually|fucking|fkn) (even|asked|fucking|) (asked|askd|axed)
pattern: who the (fuck|hell|heck|fk) (even|) (asked|askd|axed)
pattern: (and|ok|okay|k|aaand|ight) who (even|tf|) asked
pattern: (i|we|nobody|noone|) (didnt|dont|never|did|do) (not|) ask (for|what|your|ur) (your|ur|you|u|) (opinion|opinions|input|take|thoughts|life|sob|advice|two|2|think|thought|comment|comments|nonsense|bullshit|essay|ted)
pattern: (didnt|never) ask (you|u|ya|lol|lmao|bro|bozo|kid|loser|clown)
match: nobody asked lol
match: who asked bozo
match: ok and who asked
match: who tf asked you
match: didnt ask for your opinion
match: no one asked bro
match: nobody asked you
nomatch: nobody asked for this update
nomatch: who asked for extra fries
nomatch: she asked who asked me to the dance
note: 'nobody asked' / 'who asked': dismissing a person; needs a closing word, an intensifier or 'you' so that 'nobody asked for this update' stays clean

[en.harassment.insult.ins-cope-seethe-taunt]
sub: insult
weight: 0.42
target: other
pattern: cope (harder|seethe|mald|louder|bozo|loser|kid|lil|nerd|ratio|clown|incel|simp)
pattern: cope and (seethe|mald|cry)
pattern: (seethe|mald) (harder|more|seethe|mald|louder|bozo|loser|kid|lil|nerd|ratio|lol|lmao|cope|clown|incel|simp|bro)
pattern: (seethe|mald) and (cope|mald|seethe|cry)
pattern: (lol|lmao|lmfao|go|ok|okay|haha|aww|awww|aw|ratio) (cope|seethe|mald)
pattern: cry more (loser|bozo|kid|lil|baby|lol|lmao|noob|nerd|bitch|clown|incel|simp|virgin|bro)
pattern: (lol|lmao|lmfao|go|just|now|ok|okay|haha|aww|awww|aw|ratio) cry (more|harder|louder|about)
pattern: (keep|stay|go) (seething|malding|coping)
pattern: (stay|keep) (mad|pressed|salty|big) (bozo|loser|kid|lil|nerd|noob|clown|incel|simp|virgin|lol|lmao|lmfao|ratio|baby|bitch|mad|cope|brokie|fatty)
pattern: (you|u|ya|yu) (mad|pressed|malding|seething|salty|tight|heated|tilted) (lol|lmao|lmfao|bro|bozo|kid|ratio|huh|cope|again|lil|skull|clown)
match: cope harder
match: seethe and cope
match: cry more loser
match: lol cry harder
match: keep seething
match: u mad bro
match: stay mad bozo
match: ratio cope
nomatch: i cry more than i used to
nomatch: learning to cope with stress
nomatch: i keep crying lol
nomatch: stay mad at him for a day then forgive
nomatch: i cry about it sometimes
note: taunts aimed at someone who is upset ('cope harder', 'seethe', 'cry more loser', 'u mad bro', 'stay mad bozo'); 'stay mad', 'keep crying', 'womp womp' alone are left out: people say them about themselves

[en.harassment.insult.ins-i-hate-you-strong]
sub: insult
weight: 0.5
target: other
pattern: (i|we|everyone|everybody) (fucking|fkn|fuckin|genuinely|seriously|truly|actually|absolutely|deeply|sincerely|legit|fr|just|honestly|really|all|literally|so|) (despise|loathe|detest) (you|u|ya|yu|yall)
pattern: (i|we|everyone|everybody) (fucking|fkn|fuckin|genuinely|seriously|truly|actually|absolutely|just|honestly|really|literally|all|) (cant|cannot) (fucking|fkn|even|) stand (you|u|ya|yu|yall)
pattern: (i|we) (fucking|fkn|fuckin|fking|fcking) (hate|despise) (you|u|ya|yu|yall|your|ur)
pattern: (i|we) (fucking|fkn|really|genuinely|seriously|honestly|just|all|literally|so|) (hate|despise) (your|ur|yo) (fucking|ugly|stupid|fat|whole|entire|dumb|annoying|) (guts|existence|face|voice|personality|everything|soul)
pattern: (i|we) (really|genuinely|seriously|honestly|just|literally|so|fucking|) (hate|despise|loathe) (you|u|ya|yu) (so|with|more|sm|) (much|every|than|fucking|) (loser|bitch|idiot|die|kys|stfu|shut|leave|disgusting|pathetic|asshole|cunt|fuck|freak|weirdo|creep|moron|bozo|clown|ugly)
match: i fucking hate you
match: i despise you
match: i cant stand you
match: i hate your guts
match: i hate you so much loser
match: everyone cant stand you
nomatch: i hate you for making me cry at this movie lol love you
nomatch: i cant stand spiders
nomatch: i dont hate you
note: strong personal hate aimed at the reader (fucking hate, despise, can't stand you, hate your guts); a bare 'i hate you' is left to the weaker existing entry, friends say it laughing

[en.harassment.insult.ins-you-play-like-trash]
sub: insult
weight: 0.46
target: other
pattern: (you|u|ya|yu|yall) (play|plays|played|playing|aim|aims|drive|drives|fight|fights|type|types|rap|raps|shoot|shoots|talk|talks) like (a|an|my|some|ur|your|a fucking|) (trash|garbage|shit|dogshit|dogwater|ass|bot|bots|noob|npc|child|baby|toddler|grandma|grandmother|nan|granny|blind|monkey|potato|bitch|girl|retard|donkey|clown|brick|drunk|chimp|hamster|dumbass|idiot|moron|loser|grandpa|5|five|2|two|3|three|disabled|toaster)
pattern: (bro|dude|man|bruh|lol|lmao|lmfao|nah|ngl|tbh|honestly|kid|boy|damn|dawg|fam|yo|sheesh|wow|omg|jesus|fr|gg|ew|ur|sorry|imagine|yeah|yea|ya|cuz|because|bc|cause) (ur|youre|ure|u) (so|literally|actually|fucking|fkn|just|straight|hot|pure|complete|absolute|) (trash|garbage|dogwater|dogshit|doodoo|dookie|washed)
pattern: (bro|dude|man|bruh|lol|lmao|lmfao|nah|ngl|tbh|honestly|kid|boy|damn|dawg|fam|yo|sheesh|wow|omg|jesus|fr|gg) (youre|ure) (so|literally|actually|fucking|fkn|just|straight|) (ass|buns|booty|cheeks)
pattern: (youre|ure|ur) (so|such|literally|actually|fucking|fkn|just|straight|hot|pure|complete|absolute|) (trash|garbage|dogwater|dogshit|doodoo|dookie|mid|washed|buns|cheeks|booty|ass|shit|pathetic|useless|hopeless|worthless) at (this|the|that|everything|life|gaming|games|video|aiming|shooting|basketball|football|soccer|rocket|fortnite|valorant|league|minecraft|roblox|it|every|ranked|being|literally|cod|apex|overwatch|chess|school|math|sports|singing|dancing|drawing)
pattern: (you|u) (are|r) (so|such|literally|actually|fucking|fkn|just|straight|hot|pure|complete|absolute|) (trash|garbage|dogwater|dogshit|doodoo|dookie|mid|washed|buns|cheeks|booty|ass|shit|pathetic|useless|hopeless|worthless) at (this|the|that|everything|life|gaming|games|video|aiming|shooting|basketball|football|soccer|rocket|fortnite|valorant|league|minecraft|roblox|it|every|ranked|being|literally|cod|apex|overwatch|chess)
pattern: (youre|ure|ur) (so|such|literally|actually|fucking|fkn|just|straight|really|genuinely|) (bad|terrible|awful|horrible|atrocious) at (this game|the game|gaming|games|video games|everything|life|ranked|literally everything|every game|every single)
pattern: (you|u) (are|r) (so|such|literally|actually|fucking|fkn|just|straight|really|genuinely|) (bad|terrible|awful|horrible|atrocious) at (this game|the game|gaming|games|video games|everything|life|ranked|literally everything|every game|every single)
pattern: (uninstall|unistall|uninstal) (and|n|then) (go|touch|log|get|quit|delete|never|kys|die|cry|leave|find|try) (outside|grass|off|a|a life|a job|the|back|yourself|urself|another|minecraft|roblox|fortnite|crying|and|home)
pattern: (uninstall|unistall|uninstal) (the|this|ur|your|) (game|app|) (bro|dude|kid|lil|noob|loser|bozo|trash|bot|lol|lmao|already|honestly|fr|nobody|clown|garbage|dogwater|nerd|ong|ratio|idiot|moron|dumbass|retard|bitch) (bro|kid|noob|loser|bozo|trash|nobody|go|kys|die|touch|never|quit|delete|you|u|ur|youre|please|pls|nerd|clown|seriously|honestly|fr|lol|lmao|and|its|thats|bot|now|)
match: you play like my grandma
match: bro ur trash
match: you're so ass at this game
match: uninstall bro
match: ur garbage at everything
match: lol ur so washed
match: uninstall the game kid
nomatch: you play like a pro
nomatch: i'm so bad at this game lol
nomatch: bro your ass is hanging out lmao
nomatch: how do i uninstall the app
note: gaming and competition put-downs: 'you play like my grandma', 'bro ur trash', 'ur ass at this game', 'uninstall kid'

[en.harassment.insult.ins-worst-teammate-ever]
sub: insult
weight: 0.56
pattern: (worst|dumbest|stupidest|trashest|shittiest|ugliest|weakest|lamest|saddest|cringiest|cringest) (teammate|teammates|player|players|support|jungler|healer|tank|carry|adc|laner|midlaner|toplaner|duo|squad|gamer|streamer|sniper|goalie|keeper|striker|defender|captain|mod|admin|coach|friend|girlfriend|boyfriend|gf|bf|person|human|kid|student|teacher|boss|influencer|youtuber|rapper|singer|guy|girl|dude|man|woman|creature|individual) (ever|alive|of all time|on earth|on the planet|on this planet|ive ever|i have ever|i ever|known to man|in existence|in the world|in history|in the game|in this game|in the lobby|in this lobby|in the server|in this server|in the school|in this school|in the class|lmao|lol|fr|ngl|istg|omg|bro|to exist|in the history|in the history of|in all of|to ever|on the internet|on this app|on twitter|on tiktok)
pattern: most (useless|braindead|annoying|pathetic|toxic|insufferable|worthless|cringe|clueless|incompetent|delusional|irritating|obnoxious|embarrassing|unfunny|talentless|disgusting|unlikable|unlikeable) (teammate|player|support|jungler|person|human|kid|guy|girl|dude|man|woman|streamer|gamer|friend|creature|individual|clown|loser|idiot) (ever|alive|of all time|on earth|on the planet|on this planet|ive ever|i have ever|i ever|known to man|in existence|in the world|in history|in the game|in this game|in the lobby|in this lobby|in the server|in this server|in the school|in this school|in the class|lmao|lol|fr|ngl|istg|omg|bro|to exist|in the history|in the history of|in all of|to ever|on the internet|on this app|on twitter|on tiktok)
match: worst teammate ever
match: dumbest person in the world
match: most useless support ive ever seen
nomatch: im the worst teammate ever lol sorry guys
nomatch: i'm the worst friend ever, i forgot your birthday
nomatch: he was the worst player in the league last season
note: superlative put-down of a person ('worst teammate ever', 'dumbest person alive'); the context decides who: said about oneself it is discounted

[en.harassment.insult.ins-you-fell-off]
sub: insult
weight: 0.42
pattern: (you|u|ya|yu|yall|youve|uve|bro|blud|twin|bra|lilbro) (have|really|actually|so|lowkey|truly|def|definitely|totally|completely|hella|fr|just|) (fell|fallen|falling|fall) (tf|so|) off (lol|lmao|lmfao|hard|big|fr|ngl|tbh|bro|twin|ratio|l|bozo|cope|honestly|ong|frfr|sm|asf|af|skull|clown|fam|dawg|gang|nobody|everyone|smh|man|dude|kid|lil|so|since)
match: you fell off hard
match: u fell off lol
match: you've fallen off so much since the album
match: bro fell off hard
nomatch: you fell off your bike
nomatch: i fell off hard
nomatch: the shelf fell off the wall
nomatch: did you fall off the ladder
note: 'you fell off': a creator or player has lost relevance; weak but aimed at the reader

[en.harassment.insult.ins-you-act-like-a-child]
sub: insult
weight: 0.44
target: other
pattern: (you|u|ya|yu|yall) (always|still|literally|really|just|seriously|honestly|fucking|) (act|acting|behave|behaving|talk|talking|whine|whining|cry|crying|sound|sounding|type|typing|throw|throwing) like (a|an|some|such|the|ur|your|) (little|lil|spoiled|fucking|big|whiny|crying|fat|dumb|stupid|entitled|5|12|five|twelve|old|sad|crazy|desperate|attention|) (year|yo|seeking|) (old|) (child|baby|toddler|brat|bitch|clown|animal|caveman|psycho|lunatic|maniac|dickhead|prick|asshole|loser|weirdo|freak|creep|crackhead|karen|incel|virgin|simp|cuck|girl|boy|manchild|goblin|rat|npc|bot|idiot|moron|retard|dumbass|hoe|whore|slut|pig|cow|monkey|nerd|dork|tryhard|pickme|wannabe|poser|hobo|homeless|bum|degenerate|boomer|grandma|grandpa|mess|zombie|nutjob|peasant)
pattern: grow up (loser|kid|idiot|clown|bozo|ffs|omg|nobody|pathetic|bitch|karen|incel|virgin|simp|crybaby|manchild|weirdo|creep|freak|already|seriously|dude|bro|jesus|bruh|fr|please|pls|plz) (loser|idiot|clown|bozo|bitch|baby|child|nobody|ffs|omg|lol|lmao|already|seriously|pathetic|)
pattern: grow (a|some|) (pair|spine|backbone|balls) (loser|kid|idiot|clown|bozo|ffs|omg|pathetic|bitch|incel|virgin|simp|crybaby|manchild|weirdo|coward|pussy|wimp|already|seriously|dude|bro|you|u|bruh|fr|man|lol|lmao|and)
pattern: grow (the|tf) (fuck|hell|) up
pattern: (you|u|ya|yu|yall) (always|still|literally|really|just|seriously|honestly|fucking|) (act|acting|behave|behaving|talk|talking|whine|whining|sound|sounding|type|typing|argue|arguing|write|writing) like (a|an|some) (5|6|7|8|9|10|11|12|13|five|six|seven|eight|nine|ten|eleven|twelve|thirteen) (year|yr|yo) (old|)
pattern: get over (yourself|urself|ur|your) (self|fucking|already|seriously|)
match: you act like a child
match: u acting like a little bitch
match: grow up loser
match: grow tf up
match: get over yourself
match: you sound like a 12 year old
nomatch: my son acts like a child when tired
nomatch: i want to grow up to be a vet
nomatch: kids grow up so fast
nomatch: when you grow up you can be anything
nomatch: i need to grow up lol
nomatch: you look like a kid in that photo lol
note: 'you act like a child/brat', 'grow up loser', 'get over yourself': condescension aimed at the reader

[en.harassment.insult.ins-lone-insult-addressed]
sub: insult
weight: 0.42
pattern: (loser|losers|bozo|bozos|crybaby|crybabies|fatass|fatasses|fatso|tryhard|tryhards)
match: @jake loser
match: bozo
nomatch: i feel like such a loser
nomatch: he called me a loser and i cried
nomatch: you're not a loser
note: lone names that are insults in almost every use; 0.42 stays under the flag line alone (x0.9 third person) and crosses it when the context aims it at 'you' or an @mention (x1.2)

[en.harassment.insult.ins-your-takes-are-trash]
sub: insult
weight: 0.46
target: other
pattern: (your|ur|yo) (takes|take|opinions|opinion|tweets|jokes|personality|existence|face|voice|brain|brains|iq|logic|argument|arguments|comments|comment|whole|entire|life|mindset|vibe|energy|aura|rizz|presence|laugh|breath|attitude) (is|are|r|s|was|were|must|gotta|literally|actually|just|so|be|) (so|literally|actually|just|fucking|fkn|straight|pure|complete|absolute|hot|such|be|the|a|) (trash|garbage|dogwater|dogshit|mid|cringe|shit|pathetic|embarrassing|unfunny|worthless|irrelevant|braindead|retarded|dumb|stupid|annoying|cancer|aids|insufferable|unbearable|ass|buns|laughable|a joke|a waste|repulsive|disgusting|revolting|smooth|empty|nonexistent|non existent|a crime|an insult|a disgrace|offensive|gross|nasty|vile|exhausting|draining|toxic)
pattern: (your|ur|yo) (takes|opinions|opinion|tweets|jokes|personality|existence|logic) (dogwater|trash|garbage|mid|cringe|ass|buns|dogshit) (just|like|lol|lmao|bro|kid|af|asf|fr|ngl|bozo|ratio|loser|clown)
match: ur takes are dogwater
match: your personality is so annoying
match: your existence is a joke
match: your voice is literally cancer
match: ur face is a crime
nomatch: your essay is good
nomatch: your voice is so pretty
nomatch: your take is interesting
nomatch: your personality is so sweet
note: attacks on a person's traits and presence (takes, jokes, personality, face, voice, existence); work products (code, essay, art) are left out, criticism of work is not abuse

[en.harassment.insult.ins-left-for-a-reason]
sub: insult
weight: 0.55
target: other
pattern: (your|ur|yo) (dad|father|mom|mum|mother|parents|bf|gf|boyfriend|girlfriend|ex|friends|wife|husband|family) (left|leave|dumped|abandoned|ditched|hates|hate|cheated|dipped|ran|bailed|moved|blocked) ~3 (for a reason|because of you|cause of you|bc of you|cuz of you|because of u|cause of u|bc of u|because ur|because youre|cause ur|bc ur|because you are|cuz ur)
pattern: (no|its|it is|thats|that is|and) (wonder|obvious|clear) (why|) (your|ur|yo) (dad|father|mom|mum|mother|parents|bf|gf|boyfriend|girlfriend|ex|friends|wife|husband) (left|dumped|abandoned|ditched|hates|hate|cheated|ran|bailed|blocked|never)
match: ur dad left for a reason
match: your gf dumped you because you're boring
match: no wonder your dad left
nomatch: my dad left when i was 5
nomatch: your mom left her keys
note: blaming the reader for being abandoned ('your dad left for a reason'); said to wound

[en.harassment.insult.ins-lower-than-dirt]
sub: insult
weight: 0.5
target: other
pattern: (youre|ur|ure) (literally|actually|just|so|fucking|even|honestly|) (lower|worse|dumber|uglier|smellier|lazier|more useless|more pathetic|less useful|less important|less valuable|less interesting) than (dirt|shit|dogshit|trash|garbage|pond scum|scum|roadkill|a worm|a rat|a snake|a cockroach|a roach|a slug|a rock|a potato|a brick|a doorknob|a toddler|a bot|a dog|a pig|a sewer rat|a bug|mold|mould|a parasite|gum|a stain|nothing|a fly)
pattern: (you|u) (are|r) (literally|actually|just|so|fucking|even|honestly|) (lower|worse|dumber|uglier|smellier|lazier|more useless|more pathetic|less useful) than (dirt|shit|dogshit|trash|garbage|pond scum|scum|roadkill|a worm|a rat|a snake|a cockroach|a roach|a slug|a rock|a potato|a brick|a doorknob|a toddler|a bot|a dog|a pig|a sewer rat|a bug|mold|mould|a parasite|gum|a stain|nothing|a fly)
pattern: (you|u|ya) (have|got|has) the (personality|iq|brain|brains|charisma|intelligence|attention span|social skills|emotional range|humor|humour|rizz|aura|face|looks|body|fashion sense|vibe|energy|conversation skills|work ethic|spine|backbone) of (a|an|) (wet|soggy|damp|stale|dry|empty|old|used|moldy|mouldy|rotten|burnt|dead|expired|broken|half|cardboard|paper|plain|unseasoned|boiled|sad|single|brain|brick|rock|) (towel|paper towel|napkin|rock|brick|potato|doorknob|houseplant|plank|spoon|toaster|bag|sack|fish|goldfish|wall|sock|sponge|box|bread|toast|loaf|cucumber|carrot|turnip|peanut|walnut|lettuce|tissue|mop|bucket|chair|door|stick|pebble|gnat|fly|slug|worm|snail|rat|pig|cabbage|raisin|grape|pea|dead|damaged|cell|cells|lobotomy|lobotomized|toddler|fruit fly|squirrel|hamster|chicken|brick wall)
match: you're lower than dirt
match: ur dumber than a rock
match: you have the personality of a wet paper towel
match: you have the iq of a potato
nomatch: you're better than this
nomatch: you have the heart of a lion
nomatch: you have the patience of a saint
nomatch: you have the personality of a golden retriever
note: comparisons that put the reader below an object or vermin ('lower than dirt', 'personality of a wet paper towel', 'iq of a potato')

[en.harassment.insult.ins-dumb-or-something]
sub: insult
weight: 0.46
target: other
pattern: (are|r|) (you|u|ya) (actually|just|fucking|fkn|like|really|literally|) (dumb|stupid|slow|retarded|braindead|deaf|blind|illiterate|special|dense|thick|mental|brain dead) or (something|smth|sum|what|somethin|sumn)
pattern: (is|was) (your|ur) (brain|braincell|brain cell|last braincell|only braincell|single braincell) (even|like|ever|just|) (on|working|turned on|switched on|functioning|awake|plugged in|there|loading|buffering)
match: u dumb or something
match: are you stupid or what
match: is your brain even turned on
nomatch: are you free or something later
nomatch: is your brain tumor treatable
note: rhetorical questions that call the reader stupid ('u dumb or something', 'is your brain even on')

[en.harassment.insult.ins-quit-whining]
sub: insult
weight: 0.3
target: other
pattern: (quit|stop|cut|enough) (the|with|ur|your|all|yo|that|) (whining|bitching|moaning|sulking|crybaby|whinging|simping|yapping|yappin|glazing|dickriding|meatriding|crying like)
pattern: (skill issue|skill diff|get good|git gud|get gud|cry more)
match: quit whining
match: stop bitching
match: stop yapping
nomatch: stop crying, it's going to be ok
note: 'quit whining', 'stop yapping': dismissive, weak alone, counts with a second put-down

[en.harassment.insult.ins-you-are-x-and-y]
sub: insult
weight: 0.46
target: other
pattern: (youre|ure) (so|such|literally|actually|genuinely|honestly|really|fucking|fkn|fuckin|freaking|frickin|friggin|fricking|freakin|effing|flipping|fucken|fcking|fking|fkin|fckin|frigging|bloody|sooooo|soooo|hecking|just|truly|completely|totally|absolutely|lowkey|highkey|deadass|fr|too|sooo|soo|rly|legit|hella|mad|super|very|extremely|incredibly|unbelievably|always|still|being|beyond|ridiculously|painfully|seriously|damn|insanely|stupidly|annoyingly|ngl|tbh|lowk|lwk|sm|most|straight|clearly|obviously|simply|pretty|realistically|objectively|officially|certifiably|) (annoying|arrogant|awkward|bad|boring|braindead|brainless|childish|clingy|clueless|cocky|corny|creepy|cringe|cringeworthy|cringey|cringy|delusional|dense|desperate|despicable|disgusting|dogshit|dogwater|dramatic|dumb|embarrassing|entitled|fake|fat|garbage|gross|hopeless|idiotic|ignorant|immature|insufferable|insufferably|intolerable|irrelevant|irritating|lame|laughable|lazy|moronic|nasty|nauseating|needy|obnoxious|pathetic|pitiful|repulsive|revolting|rude|selfish|sickening|slow|soft|spineless|spoiled|spoilt|stupid|sus|talentless|thirsty|toxic|trash|ugly|unbearable|unfunny|unlikable|unlikeable|unlovable|unloveable|useless|vile|weak|weird|worthless) (and|n|plus|but|also) (so|also|just|really|fucking|kinda|a|) (annoying|arrogant|awkward|bad|boring|braindead|brainless|childish|clingy|clueless|cocky|corny|creepy|cringe|cringeworthy|cringey|cringy|delusional|dense|desperate|despicable|disgusting|dogshit|dogwater|dramatic|dumb|embarrassing|entitled|fake|fat|garbage|gross|hopeless|idiotic|ignorant|immature|insufferable|insufferably|intolerable|irrelevant|irritating|lame|laughable|lazy|moronic|nasty|nauseating|needy|obnoxious|pathetic|pitiful|repulsive|revolting|rude|selfish|sickening|slow|soft|spineless|spoiled|spoilt|stupid|sus|talentless|thirsty|toxic|trash|ugly|unbearable|unfunny|unlikable|unlikeable|unlovable|unloveable|useless|vile|weak|weird|worthless|loser|creep|weirdo|freak|clown|joke|liar|failure|mess|bitch|idiot|moron)
pattern: (you|u) (are|r) (so|such|literally|actually|genuinely|honestly|really|fucking|fkn|fuckin|freaking|frickin|friggin|fricking|freakin|effing|flipping|fucken|fcking|fking|fkin|fckin|frigging|bloody|sooooo|soooo|hecking|just|truly|completely|totally|absolutely|lowkey|highkey|deadass|fr|too|sooo|soo|rly|legit|hella|mad|super|very|extremely|incredibly|unbelievably|always|still|being|beyond|ridiculously|painfully|seriously|damn|insanely|stupidly|annoyingly|ngl|tbh|lowk|lwk|sm|most|straight|clearly|obviously|simply|pretty|realistically|objectively|officially|certifiably|) (annoying|arrogant|awkward|bad|boring|braindead|brainless|childish|clingy|clueless|cocky|corny|creepy|cringe|cringeworthy|cringey|cringy|delusional|dense|desperate|despicable|disgusting|dogshit|dogwater|dramatic|dumb|embarrassing|entitled|fake|fat|garbage|gross|hopeless|idiotic|ignorant|immature|insufferable|insufferably|intolerable|irrelevant|irritating|lame|laughable|lazy|moronic|nasty|nauseating|needy|obnoxious|pathetic|pitiful|repulsive|revolting|rude|selfish|sickening|slow|soft|spineless|spoiled|spoilt|stupid|sus|talentless|thirsty|toxic|trash|ugly|unbearable|unfunny|unlikable|unlikeable|unlovable|unloveable|useless|vile|weak|weird|worthless) (and|n|plus|but|also) (so|also|just|really|fucking|kinda|a|) (annoying|arrogant|awkward|bad|boring|braindead|brainless|childish|clingy|clueless|cocky|corny|creepy|cringe|cringeworthy|cringey|cringy|delusional|dense|desperate|despicable|disgusting|dogshit|dogwater|dramatic|dumb|embarrassing|entitled|fake|fat|garbage|gross|hopeless|idiotic|ignorant|immature|insufferable|insufferably|intolerable|irrelevant|irritating|lame|laughable|lazy|moronic|nasty|nauseating|needy|obnoxious|pathetic|pitiful|repulsive|revolting|rude|selfish|sickening|slow|soft|spineless|spoiled|spoilt|stupid|sus|talentless|thirsty|toxic|trash|ugly|unbearable|unfunny|unlikable|unlikeable|unlovable|unloveable|useless|vile|weak|weird|worthless|loser|creep|weirdo|freak|clown|joke|liar|failure|mess|bitch|idiot|moron)
pattern: (ur|your|yur) (so|such|literally|actually|genuinely|honestly|really|fucking|fkn|fuckin|freaking|frickin|friggin|fricking|freakin|effing|flipping|fucken|fcking|fking|fkin|fckin|frigging|bloody|sooooo|soooo|hecking|just|truly|completely|totally|absolutely|lowkey|highkey|deadass|fr|too|sooo|soo|rly|legit|hella|mad|super|very|extremely|incredibly|unbelievably|always|still|being|beyond|ridiculously|painfully|seriously|damn|insanely|stupidly|annoyingly|ngl|tbh|lowk|lwk|sm|most|straight|clearly|obviously|simply|pretty|realistically|objectively|officially|certifiably) (annoying|arrogant|awkward|bad|boring|braindead|brainless|childish|clingy|clueless|cocky|corny|creepy|cringe|cringeworthy|cringey|cringy|delusional|dense|desperate|despicable|disgusting|dogshit|dogwater|dramatic|dumb|embarrassing|entitled|fake|fat|garbage|gross|hopeless|idiotic|ignorant|immature|insufferable|insufferably|intolerable|irrelevant|irritating|lame|laughable|lazy|moronic|nasty|nauseating|needy|obnoxious|pathetic|pitiful|repulsive|revolting|rude|selfish|sickening|slow|soft|spineless|spoiled|spoilt|stupid|sus|talentless|thirsty|toxic|trash|ugly|unbearable|unfunny|unlikable|unlikeable|unlovable|unloveable|useless|vile|weak|weird|worthless) (and|n|plus|also) (so|also|just|really|fucking|kinda|a|) (annoying|arrogant|awkward|bad|boring|braindead|brainless|childish|clingy|clueless|cocky|corny|creepy|cringe|cringeworthy|cringey|cringy|delusional|dense|desperate|despicable|disgusting|dogshit|dogwater|dramatic|dumb|embarrassing|entitled|fake|fat|garbage|gross|hopeless|idiotic|ignorant|immature|insufferable|insufferably|intolerable|irrelevant|irritating|lame|laughable|lazy|moronic|nasty|nauseating|needy|obnoxious|pathetic|pitiful|repulsive|revolting|rude|selfish|sickening|slow|soft|spineless|spoiled|spoilt|stupid|sus|talentless|thirsty|toxic|trash|ugly|unbearable|unfunny|unlikable|unlikeable|unlovable|unloveable|useless|vile|weak|weird|worthless|loser|creep|weirdo|freak|clown|joke|liar|failure|mess|bitch|idiot|moron)
match: you are so weird and creepy
match: you're lazy and entitled
match: ur so boring and fake
nomatch: you're weird and wonderful
nomatch: you're boring and i love you
note: two put-downs joined ('weird and creepy', 'lazy and entitled'): each is weak, together aimed at the reader they are an attack

[en.harassment.insult.ins-everything-you-say-is-stupid]
sub: insult
weight: 0.46
target: other
pattern: (everything|anything|whatever|all|every|each) (single|word|thing|time|lil|little|damn|) (you|u|ya) (say|says|said|post|posts|posted|do|does|write|writes|type|types|think|touch|make|makes|upload|tweet|tweets|comment|comments|talk) (is|s|sounds|turns|becomes|are|was|seems|looks|gets) (so|just|literally|fucking|straight|pure|complete|absolute|to|into|like|) (stupid|trash|garbage|dumb|cringe|bullshit|shit|idiotic|pathetic|annoying|irrelevant|worthless|dogshit|dogwater|retarded|moronic|braindead|a joke|nonsense|crap|mid|dumber|worse)
pattern: (every|each|whenever|when) (time|single|day|) (you|u|ya|this|he|she) (open|opens|talk|talks|speak|speaks|post|posts|type|types|comment|comments|say|says|tweet|tweets|) (your|ur|his|her|their|mouth|anything|something|) ~3 (lose|lost|losing|lower|lowers|lowered|drop|drops|dropped|kill|kills|killed|fry|fries|fried|die|dies|melt|melts) ~2 (brain cells|braincells|brain cell|braincell|iq|iq points|brain|brains|neurons)
pattern: (every|each|whenever|when|anytime|everytime) (time|single|) (you|u|ya) (open|opens) (your|ur|yo|that) (big|fat|dumb|stupid|ugly|) mouth ~4 (stupid|dumb|bullshit|shit|garbage|trash|nonsense|lies|cringe|embarrassing|idiotic|retarded|moronic|crap|annoying|lose|lost|die|regret|ears|bleed|bleeds)
pattern: (nobody|noone|no one) (laughs|laughed|likes|liked|reads|watches|listens|cares|wants|finds) (at|to|about|for|) (your|ur|yo) (stupid|dumb|unfunny|lame|cringe|corny|shitty|boring|trash|garbage|mid|awful|terrible|bad|weird|crappy|annoying|pathetic|sad|little|cringey|cringy|) (jokes|joke|posts|post|videos|vids|content|music|songs|stories|takes|opinions|opinion|tweets|streams|art|edits|comments|memes|puns|bars|raps|poems|poetry|channel)
pattern: (reading|hearing|listening to|watching|seeing) (your|ur|his|her|this guys|this dudes) ~3 (lowered|lowers|dropped|drops|killed|kills|fried|fries|lost|cost|costs|melted|rotted|rots|damaged|lose|lost me) ~2 (iq|brain cells|braincells|brain cell|braincell|iq points|brain|neurons)
match: everything you say is stupid
match: every time you talk i lose brain cells
match: reading your comments lowered my iq
match: whatever u post is cringe
nomatch: everything you say is so kind
nomatch: every time you talk i learn something
nomatch: reading your book made me smarter
note: sweeping contempt for everything the reader says or posts ('everything you say is stupid', 'every time you talk i lose brain cells')

[en.harassment.insult.ins-piece-of-work]
sub: insult
weight: 0.5
pattern: (youre|ure|ur|hes|shes|theyre) (such|a|one|literally|really|just|honestly|) (a|one) (nasty|real|right|proper|vile|sick|nice|evil|twisted|total|nasty little|piece) (piece|little|) (of|) work
pattern: (you|u|he|she|they) (are|r|is) (such|a|one|literally|really|just|honestly|) (a|one) (nasty|real|right|proper|vile|sick|evil|twisted|total) piece of work
match: you're a nasty piece of work
match: she's a real piece of work
nomatch: you're a hard worker
nomatch: that's a nice piece of work on the bridge
note: 'a (nasty/real) piece of work': contempt for the person's character

[en.harassment.insult.ins-go-outside-nerd]
sub: insult
weight: 0.46
target: other
pattern: (go outside|log off|logoff|touch grass|go touch grass|get off the internet|get offline|go shower|take a shower|go to bed|get off reddit|get off discord|get off tiktok|go get some sun|go see the sun|go get a life|go get laid|get laid) (you|u|ya|already|lil|little|) (absolute|sad|lonely|virgin|fat|greasy|sweaty|smelly|pathetic|stupid|little|lil|basement|ugly|unemployed|chronically|online|) (nerd|nerds|loser|losers|virgin|virgins|incel|incels|weirdo|weirdos|freak|freaks|bozo|bozos|dork|dorks|neckbeard|neckbeards|goblin|creep|creeps|loner|basement dweller|gamer|redditor|redditors|kid|kiddo|bro|dweeb|geek|simp|simps|nolifer|no lifer|degenerate|degenerates|neet|mouthbreather|tryhard|sweat|sweats|cuck)
match: go outside nerd
match: log off loser
match: touch grass you sad virgin
nomatch: go outside and enjoy the sun
nomatch: log off and rest, you deserve it
note: 'go outside nerd', 'log off loser': telling someone they have no life

[en.harassment.insult.ins-weak-little-man]
sub: insult
weight: 0.5
target: other
pattern: (youre|ure|ur|your|yur) (such|just|literally|nothing|actually|really|) (but|a|) (a|an|one) (weak|sad|pathetic|insecure|bitter|fragile|tiny|miserable|spineless|angry|lonely|petty|small|jealous|salty|whiny|scared|soft|bitchy|gutless|spiteful|desperate|broke|balding|short|fat|ugly|weird|sorry|cowardly|creepy|sweaty) (little|lil|small|old|ass|angry|bitter|insecure|lonely|sad|weak|pathetic|) (man|boy|girl|boi|manlet|dude|woman|lady|guy|bitch|child|baby|person|creature|insect|bug|shell)
pattern: (you|u) (are|r) (such|just|literally|nothing|actually|really|) (but|a|) (a|an|one) (weak|sad|pathetic|insecure|bitter|fragile|tiny|miserable|spineless|angry|lonely|petty|small|jealous|salty|whiny|scared|soft|bitchy|gutless|spiteful|desperate) (little|lil|small|old|ass|angry|bitter|insecure|lonely|sad|weak|pathetic|) (man|boy|girl|boi|manlet|dude|woman|lady|guy|bitch|child|baby|person|creature)
pattern: (you|u|ya) (weak|sad|pathetic|insecure|bitter|fragile|tiny|miserable|spineless|petty|jealous|salty|whiny|gutless|spiteful|desperate|cowardly|creepy) (little|lil|small|old) (man|boy|girl|boi|manlet|dude|woman|lady|guy|person|creature|insect|bug)
match: you're a weak little man
match: you are such a sad lonely person
match: you pathetic little boy
nomatch: you're a brave little man
nomatch: you're a strong woman
note: contempt for the reader as a person ('weak little man', 'sad lonely person')

[en.harassment.insult.ins-people-like-you]
sub: insult
weight: 0.5
target: other
pattern: (i|we) (fucking|really|genuinely|just|honestly|so|literally|) (hate|despise|loathe|detest|cant stand) (people|ppl|guys|girls|men|women|kids|losers|idiots|freaks|clowns|bitches|dudes) like (you|u|ya|yourself|urself)
pattern: (people|ppl|guys|girls|kids|losers|idiots|freaks|clowns|bitches|dudes|trash|scum|morons|creeps|weirdos) like (you|u|ya) (are|r|is|should|shouldnt|need|needs|deserve|dont|ruin|ruined|disgust|make|makes|belong|never) (the|a|what|why|just|literally|so|all|be|not|to|me|deserve|everything|exactly|honestly|fucking|) (problem|problems|reason|wrong|disgusting|pathetic|trash|garbage|scum|cancer|worst|sick|die|banned|exist|existing|locked|shot|everything|vile|parasites|leeches|idiots|morons|losers|clowns|freaks|embarrassing|cringe|annoying|ruining|ruin|jail|gone|leave|shut|stfu|rot|suffer|kys|burn|hell|deported)
match: i hate people like you
match: people like you are the problem
match: losers like you should just leave
nomatch: i love people like you
nomatch: people like you make the world better
nomatch: people like you deserve happiness
note: contempt for the reader as a type ('i hate people like you', 'people like you are the problem')

[en.harassment.insult.ins-ok-and-nobody-asked]
sub: insult
weight: 0.46
target: other
pattern: (and|ok|okay|k|kk|sooo|lol|lmao|lmfao|bro|yeah|yea|cool|great|anyway|anyways|k and|ok and|okay and|and so|congrats|wow|cool story|sure|whatever|ight|aight|mhm|so what|nice) (nobody|noone) (even|fucking|really|actually|literally|) (asked|askd|axed)
pattern: (and|ok|okay|k|kk|sooo|lol|lmao|lmfao|bro|yeah|yea|cool|great|anyway|anyways|congrats|wow|sure|whatever|ight|aight|mhm|so what|nice) no one (even|fucking|really|actually|literally|) (asked|askd|axed)
match: ok and? nobody asked
match: cool story nobody asked
match: lol no one asked
nomatch: she asked if anyone wanted pizza and nobody answered
note: 'ok and? nobody asked': a framing word before 'nobody asked' makes it a reply to a person

[en.harassment.insult.ins-uninstall-lone]
sub: insult
weight: 0.3
pattern: (uninstall|uninstal|unistall|uninstal)
match: uninstall
nomatch: reinstall the app
note: gaming 'uninstall': weak alone (people uninstall apps), adds up with a second put-down

[en.harassment.insult.ins-stop-being-a-loser]
sub: insult
weight: 0.52
pattern: (stop|quit) being (so|such|a|an|that|this|the|) (a|an|fucking|damn|little|lil|big|huge|total|complete|absolute|) (obnoxious|insufferable|unbearable|intolerable|disgusting|pathetic|useless|worthless|hopeless|trash|garbage|dogshit|dogwater|cringe|cringey|cringy|cringeworthy|repulsive|revolting|braindead|brainless|stupid|dumb|idiotic|moronic|talentless|clueless|dense|unlikeable|unlikable|unlovable|unloveable|irrelevant|vile|despicable|spineless|delusional|pitiful|laughable|insufferably|nauseating|sickening|creepy|fake|toxic|loser|creep|weirdo|freak|clown|joke|bitch|pussy|crybaby|simp|tryhard|pickme|pick me|snake|rat|liar|coward|hypocrite|karen|dickhead|prick|asshole|dumbass|idiot|moron|cunt|twat|retard|retarded)
match: stop being such a loser
match: quit being a pussy
match: stop being so pathetic
nomatch: how do i stop being so pathetic
nomatch: stop being so hard on yourself
nomatch: stop being dramatic and come eat
note: 'stop being (such) a loser/so pathetic': an order that labels the reader; no target so that 'how do i stop being so pathetic' reads as self-talk

[en.harassment.insult.ins-sick-of-you]
sub: insult
weight: 0.46
target: other
pattern: (everyone|everybody|we|were|weve|everyones|yall|people|literally|honestly|ppl|everyone here|the whole) ~4 (is|are|r|re|s|were|all|getting|been) (so|really|fucking|just|literally|all|getting|genuinely|actually|honestly|) (sick|tired|done|fed) (up|) (of|with) (you|u|ya|your|ur|yo)
pattern: (im|i am|iam|i|ive|i have) (so|really|fucking|just|literally|genuinely|actually|honestly|getting|been|sooo|officially|) (so|fucking|sick|tired|) (sick|tired|done|fed) (up|and|tired|) (of|with) (you|u|ya|yall|your|ur|yo) (bullshit|shit|crap|drama|nonsense|whining|attitude|face|existence|voice|bs|lies|ass|stupid|dumb|annoying|fake|constant|entitled|pathetic|ugly|fucking|lol|lmao|bitch|loser|idiot|and|so|honestly|bro|dude|forever|already|every|always|like|man)
pattern: (im|i am|iam) (so|really|fucking|just|literally|genuinely|actually|honestly|officially|sooo|) (sick|tired|done|fed) (up|) (of|with) (you|u|ya|yall)
match: everyone in this chat is sick of your bullshit
match: we're all tired of you
match: im so done with you
nomatch: i'm sick of this weather
nomatch: everyone is tired of mondays
nomatch: im so done with this homework
note: collective rejection of the reader ('everyone is sick of your bullshit', 'we're all tired of you')

[en.harassment.insult.ins-something-wrong-with-you]
sub: insult
weight: 0.46
target: other
pattern: (something|sumn|smth|somethin|sum) (is|s|) (seriously|really|deeply|so|very|fundamentally|genuinely|clearly|obviously|definitely|actually|truly|mentally|fucking|) wrong with (you|u|ya)
pattern: (something|sumn|smth|somethin|sum) (is|s|) (seriously|really|deeply|so|very|fundamentally|genuinely|clearly|obviously|definitely|actually|truly|mentally|fucking|) wrong with (ur|your|yo) (head|brain|brains|mind|dumb|stupid|ass|face)
pattern: (whats|what is|what the fuck is|wtf is|tf is|what tf is) wrong with (you|u|ya|ur|your) (head|brain|brains|people|family|)
pattern: (you|u|ya) (fail|failed|suck|sucked|ruin|ruined|screw|screwed|fuck|fucked|mess|messed|ruins) (up|at|) (everything|every single thing|literally everything|all of it|everything you touch|everything u touch|everything lol|everything lmao)
pattern: (must|gotta|it must|must really|musta) (suck|be sad|be hard|be embarrassing|be miserable|be pathetic|be awful|be depressing|be lonely) (to be|being) (you|u|ya)
pattern: imagine being (you|u|ya) (lol|lmao|lmfao|bro|loser|bozo|skull|honestly|fr|ngl|tho|though|clown|omg|ew|eww|smh|cringe)
pattern: get out of my (face|dms|mentions|replies|comments)
match: there's something seriously wrong with you
match: whats wrong with you
match: you failed at everything
match: must suck to be you
match: imagine being you lmao
match: get out of my face
nomatch: there's nothing wrong with you
nomatch: something is wrong with your phone
nomatch: you failed? that's ok
note: contempt for the reader's worth ('something is wrong with you', 'you fail at everything', 'must suck to be you', 'get out of my sight')

[en.harassment.insult.ins-you-and-your-friends]
sub: insult
weight: 0.5
target: other
pattern: (you|u) and (your|ur|yo) (little|lil|stupid|dumb|ugly|fat|whole|fake|loser|weird|broke|) (friends|family|mom|mum|squad|crew|team|kind|people|friend group|gang|homies|followers|fans|stans|boyfriend|girlfriend|bf|gf|sister|brother|dad) (are|r|is|can|should) (all|such|so|literally|just|fucking|a|nothing|the|) (a|an|but|bunch|pack|of|) (joke|jokes|losers|clowns|trash|garbage|pathetic|a joke|idiots|morons|weirdos|freaks|cringe|embarrassing|fake|ugly|annoying|disgusting|lame|irrelevant|nobodies|worthless|useless|creeps|rats|snakes|fakes|dumb|stupid|broke|a mess|fuck|go|suck|rot)
match: you and your friends are a joke
match: u and ur family are trash
nomatch: you and your friends are always welcome here
note: 'you and your friends are a joke': the reader and their circle

[en.harassment.insult.ins-fatherless-behavior]
sub: insult
weight: 0.5
pattern: (fatherless|motherless|parentless|dadless|brainless|friendless|maidenless|bitchless|jobless|virgin|incel|beta|loser|crybaby|pickme|simp|cuck|karen|weirdo|creep|bozo|peasant|cornball|soyboy) (behavior|behaviour|energy|vibes|activity|mentality|moment|ass|mf|looking|lookin|type) (lol|lmao|fr|ngl|bro|detected|spotted|again|right|here|there|from|smh|)
pattern: (youre|ur|you are|u r|you|u|hes|shes) (so|such|literally|actually|just|a|clearly|obviously|lowkey|deadass|fr|) (a|) (fatherless|motherless|parentless|dadless|maidenless|bitchless)
pattern: (you|u|ya|she|he) (have|got|has|with) (such|major|serious|huge|big|massive|so many|bad|the worst|) (daddy|mommy|father|mother|dad|mom) issues
pattern: (your|ur|yo) (dad|father|pops|old man|daddy) (really|never|still|just|prolly|probably|) (went|left|gone|out|never came back|still getting|still buying|still out) (to|for|out|back|getting|buying|to get|to buy|for some|) (get|buy|some|the|a|) (milk|cigarettes|cigs|smokes|bread|juice|groceries)
match: fatherless behavior
match: you have daddy issues
match: ur dad went to get milk
match: loser energy
match: you're maidenless
nomatch: my dad left when i was young and it still hurts
nomatch: she has a lot of energy
nomatch: i have daddy issues lol
note: teen put-downs about absent parents and 'X behavior' labels ('fatherless behavior', 'loser energy', 'ur dad went to get milk')

[en.harassment.insult.ins-sarcastic-put-downs]
sub: insult
weight: 0.46
target: other
pattern: (youre|ur|ure|you are|u r) (about|just|literally|honestly|actually|) as (useful|sharp|smart|bright|helpful|funny|interesting|attractive|relevant|talented|fun|popular|needed|wanted|welcome) as (a|an) (screen door on a submarine|chocolate teapot|marble|bag of rocks|bag of hammers|box of rocks|rock|brick|potato|wet noodle|doorknob|sack of potatoes|glass hammer|fork in soup|solar powered flashlight|ashtray on a motorbike|inflatable dartboard|paper umbrella|broken pencil|one legged man in|fart in|white crayon|expired coupon|wet paper towel|traffic cone|houseplant|pile of bricks|spoon|hole in the head|rash|kidney stone|root canal|tumor|migraine|parking ticket|pothole|cold sore)
pattern: (youre|ur|you are|u r) (a|such a|just a|nothing but a|) (complete|total|absolute|fucking|huge|massive|) waste of (everyones|everybodys|my|our|peoples|ur|your|their|his|her) (time|energy|oxygen|space|air|life|attention)
pattern: (youre|ur|you are|u r|maybe youre|maybe ur|maybe you are|clearly youre|clearly ur|honestly youre|honestly ur|face it youre|face it ur|newsflash youre) (literally|clearly|obviously|always|just|actually|honestly|the|one|) (the|only|) (problem|issue|common denominator|reason nobody|reason no one|reason everyone|reason we lost|reason we keep losing|worst part|weakest link|dead weight|deadweight)
pattern: (you|u|ya|yu) (always|literally|just|honestly|fucking|seriously|) (ruin|ruined|ruins|spoil|spoiled|spoilt|poison|poisoned|kill|killed|kills) (every|everything|each|all|literally|the|this|our) (single|group|vibe|chat|party|game|conversation|convo|time|thing|mood|gc|server|team|) (chat|group|you|u|we|of|thing|time|vibe|mood|party|)
pattern: (aww|aw|awww|oh|ohh|lol|lmao|haha) (is|does|did|will|) (the|lil|little|widdle|da|) (baby|babie|crybaby|snowflake|princess|sweetie|bubba|diva|karen|incel|simp) (gonna|going|about|finna|want|wanna|need|needs|have|has|feeling|) (to|a|) (cry|whine|tattle|tantrum|throw|sad|mad|upset|hurt|triggered|offended|sob|bawl|crying|whining|tissue|hug|nap|bottle|pacifier|binky)
pattern: (mad|salty|tilted|malding|pressed|crying|sad) (cuz|cause|bc|because|coz|cos) (ur|youre|you|u|ya|) (are|r|so|) (bad|trash|garbage|suck|dogwater|ass|mid|washed|broke|ugly|single|a loser|lost|losing|bronze|iron|hardstuck)
pattern: (youre|ur|you are|u r|you r) (just|literally|such|honestly|) (a|an|one) ~2 (with|w|wit) (no|zero|0|negative) (brain|brains|braincells|brain cells|personality|life|talent|spine|backbone|rizz|aura|skill|skills|iq|common sense|dignity|self respect|shame|morals|friends|bitches|hoes|job|future|game|style|taste)
match: you're about as useful as a screen door on a submarine
match: you're the problem
match: you ruin every group chat
match: aww is the baby gonna cry
match: mad cuz bad
match: ur a follower with no brain
nomatch: you're as sharp as a tack
nomatch: you're the best
nomatch: you're not the problem
nomatch: maybe it's the problem with the wifi
nomatch: you're a girl with no fear
note: sarcasm and blame aimed at the reader: 'as useful as a screen door on a submarine', 'you're the problem', 'you ruin everything', 'is the baby gonna cry', 'mad cuz bad', 'a follower with no brain'

[en.harassment.insult.ins-the-most-irritating-human]
sub: insult
weight: 0.5
target: other
pattern: (youre|ur|ure) (genuinely|literally|honestly|actually|truly|easily|probably|officially|legit|lowkey|definitely|seriously|clearly|obviously|still|just|fr|deadass|by|hands|) (far|down|) (the|one) (of|) (the|) (most|biggest|single|worst) (most|) (annoying|irritating|obnoxious|insufferable|unbearable|intolerable|disgusting|pathetic|useless|worthless|hopeless|trash|garbage|dogshit|dogwater|cringe|cringey|cringy|cringeworthy|repulsive|revolting|braindead|brainless|stupid|dumb|idiotic|moronic|talentless|clueless|dense|unlikeable|unlikable|unlovable|unloveable|irrelevant|vile|despicable|spineless|delusional|pitiful|laughable|insufferably|nauseating|sickening|creepy|fake|toxic|selfish|entitled|boring|unfunny|ugly|lazy|arrogant|two faced|evil|manipulative|narcissistic|embarrassing) (person|people|human|humans|human being|kid|kids|guy|girl|man|woman|thing|creature|being|individual|player|players|teammate|teammates|loser|losers|idiot|idiots|clown|clowns|mf|bitch|dude|soul|student|member|user|streamer|friend|friends|boyfriend|girlfriend|coworker|roommate|mod|admin)
pattern: (you|u) (are|r) (genuinely|literally|honestly|actually|truly|easily|probably|officially|legit|lowkey|definitely|seriously|clearly|obviously|still|just|fr|deadass|) (the|one) (of|) (the|) (most|biggest|single|worst) (most|) (annoying|irritating|obnoxious|insufferable|unbearable|intolerable|disgusting|pathetic|useless|worthless|hopeless|trash|garbage|dogshit|dogwater|cringe|cringey|cringy|cringeworthy|repulsive|revolting|braindead|brainless|stupid|dumb|idiotic|moronic|talentless|clueless|dense|unlikeable|unlikable|unlovable|unloveable|irrelevant|vile|despicable|spineless|delusional|pitiful|laughable|insufferably|nauseating|sickening|creepy|fake|toxic|selfish|entitled|boring|unfunny|ugly|lazy|arrogant|evil|manipulative|narcissistic|embarrassing) (person|people|human|humans|human being|kid|kids|guy|girl|man|woman|thing|creature|being|individual|player|players|teammate|teammates|loser|losers|idiot|idiots|clown|clowns|mf|bitch|dude|soul|student|member|user|streamer|friend|friends|boyfriend|girlfriend|coworker|roommate|mod|admin)
match: ur genuinely the most irritating human
match: you are the most pathetic person
match: you're one of the most annoying people
nomatch: you're the most annoying little brother ever but i love you
nomatch: you're the most helpful person here
note: superlative contempt for the reader ('the most irritating human', 'one of the most pathetic people'); the person noun must follow the adjective directly

[en.harassment.insult.ins-fun-at-parties]
sub: insult
weight: 0.38
target: other
pattern: (you|u|ya) (must|gotta) be (fun|a blast|a joy|a delight|so much fun|great|real fun|super fun|the life) (at|of|to|) (parties|party|the party|the parties|be around|hang out with|date|talk to|live with)
match: you must be fun at parties
nomatch: you must be tired after the party
note: sarcastic 'you must be fun at parties': almost always a put-down, but weak alone since it can be meant literally

# ---------------------------------------------------------------------------------------------
# identity_attack: attacks on a person or group for race, nationality, religion, disability, orientation or age (round-3 review)
# ---------------------------------------------------------------------------------------------

[en.harassment.identity_attack.id-group-dehumanised-wide]
sub: identity_attack
weight: 0.8
target: group
also: cyberbullying.identity_attack
pattern: (muslims|moslems|jews|christians|catholics|atheists|hindus|sikhs|mormons|buddhists|blacks|whites|mexicans|asians|arabs|africans|indians|pakistanis|chinese|latinos|hispanics|somalis|gypsies|roma|black people|white people|brown people|asian people|jewish people|muslim people|chinese people|indian people|mexican people|arab people|african people|black ppl|white ppl|brown ppl|asian ppl|chinese ppl|indian ppl|mexican ppl|jewish ppl|muslim ppl|immigrants|migrants|refugees|foreigners|illegals|asylum seekers|gays|lesbians|homosexuals|queers|bisexuals|gay people|gay men|gay ppl|disabled people|the disabled|autistic people|retarded people|retards|cripples|autists|the mentally ill|niggers|kikes|spics|beaners|wetbacks|chinks|gooks|pakis|towelheads|ragheads|muzzies|fags|faggots|dykes|homos) (are|r) (all|just|so|fucking|literally|nothing but|basically|all just|a bunch of|such|straight up|filthy|dirty|disgusting|stinking|nothing more than|no better than|worse than|like|all fucking|honestly|a pack of|) (animals|vermin|rats|cockroaches|roaches|parasites|leeches|savages|subhuman|subhumans|a disease|a cancer|a plague|a virus|an infestation|a pestilence|filth|scum|trash|garbage|monkeys|apes|pigs|goatfuckers|goat fuckers|inbred|inferior|terrorists|rapists|pedophiles|pedos|groomers|invaders|degenerates|demons|devils|a curse|a blight|a stain|worthless|not human|less than human|abominations|an abomination|the enemy|maggots|lice|termites|locusts|swine|beasts|barbarians|freaks|mutants|genetic trash|genetic waste|a waste of oxygen|a waste of space|useless eaters|leeching scum|thieves|liars|thugs|pirates|beggars|scammers|looters|gangsters|illegals|illegal aliens|criminals|pedophile rapists|camel fucking savages|dirty thieves)
match: muslims are goatfuckers
match: immigrants r all just parasites
match: atheists are a disease
match: autists are subhuman
nomatch: muslims are my neighbours and friends
nomatch: jews are not vermin, that propaganda killed millions
nomatch: immigrants are essential workers
note: group noun + are + dehumanising noun or predicate: wider group and predicate lists than the older entries, with intensifiers

[en.harassment.identity_attack.id-group-invading]
sub: identity_attack
weight: 0.65
target: group
also: cyberbullying.identity_attack
pattern: (immigrants|migrants|refugees|foreigners|illegals|asylum seekers|muslims|moslems|jews|christians|catholics|atheists|hindus|sikhs|mormons|buddhists|blacks|whites|mexicans|asians|arabs|africans|indians|pakistanis|chinese|latinos|hispanics|somalis|gypsies|roma|black people|white people|brown people|asian people|jewish people|muslim people|chinese people|indian people|mexican people|arab people|african people|black ppl|white ppl|brown ppl|asian ppl|chinese ppl|indian ppl|mexican ppl|jewish ppl|muslim ppl) (are|r|keep|just keep) (invading|infesting|swarming|overrunning|outbreeding|colonizing|colonising|breeding like rats|breeding like rabbits|breeding like cockroaches|multiplying like rats|taking over) (our|us|the|this|my|everything|europe|america|britain|england|the west|the country|white|like)
pattern: (immigrants|migrants|refugees|foreigners|illegals|asylum seekers|muslims|moslems|jews|christians|catholics|atheists|hindus|sikhs|mormons|buddhists|blacks|whites|mexicans|asians|arabs|africans|indians|pakistanis|chinese|latinos|hispanics|somalis|gypsies|roma|black people|white people|brown people|asian people|jewish people|muslim people|chinese people|indian people|mexican people|arab people|african people|black ppl|white ppl|brown ppl|asian ppl|chinese ppl|indian ppl|mexican ppl|jewish ppl|muslim ppl|they|them|these people|those people|invaders|these invaders|hordes|browns|brown invaders) (are|r|is) (replacing|outbreeding|breeding out|wiping out) (us|whites|white people|our people|the white race|natives|real americans)
pattern: (invasion|invaders|horde|hordes|infestation|swarm|swarms|plague|flood) of (immigrants|migrants|refugees|foreigners|illegals|asylum seekers|muslims|moslems|jews|christians|catholics|atheists|hindus|sikhs|mormons|buddhists|blacks|whites|mexicans|asians|arabs|africans|indians|pakistanis|chinese|latinos|hispanics|somalis|gypsies|roma|black people|white people|brown people|asian people|jewish people|muslim people|chinese people|indian people|mexican people|arab people|african people|black ppl|white ppl|brown ppl|asian ppl|chinese ppl|indian ppl|mexican ppl|jewish ppl|muslim ppl|third worlders)
match: immigrants are invading our country
match: muslims are taking over europe
match: swarm of migrants at the border again
match: they are replacing us
nomatch: the aliens are invading in this movie
nomatch: a swarm of bees in the garden
nomatch: immigrants are joining the workforce
note: invasion and replacement rhetoric about a group

[en.harassment.identity_attack.id-great-replacement]
sub: identity_attack
weight: 0.7
target: group
also: cyberbullying.identity_attack
pattern: white genocide (is|iz) (real|happening|coming|here|not a myth)
pattern: (great replacement|the great replacement|the replacement) (is|iz) (real|happening|here|coming|not a theory|not a myth|a fact)
pattern: (jews|jewish people|the jews|zionists|kikes|globalists|the elites) ~2 (behind|orchestrating|planning|pushing|engineering) ~1 (the great replacement|white genocide|the replacement|mass immigration|immigration)
pattern: (stop|end) the (white genocide|great replacement)
match: white genocide is real theyre replacing us
match: the great replacement is happening
match: the jews are behind mass immigration
nomatch: white genocide is a white supremacist myth
nomatch: the great replacement theory is a racist conspiracy theory
note: great replacement / white genocide claims stated as fact

[en.harassment.identity_attack.id-antisemitic-tropes-wide]
sub: identity_attack
weight: 0.75
target: group
also: cyberbullying.identity_attack
pattern: (jews|jewish people|the jews|zionists|kikes|jewish elites|jewish bankers|jew bankers|the jew) (control|controls|run|runs|own|owns|rule|rules|are running|are controlling|secretly control|secretly run) (the|our|all the|all|) (media|banks|banking|world|government|governments|hollywood|everything|america|congress|money|finance|economy|news|slave trade|fed|federal reserve|politicians|west|usa|porn industry|porn|weather|globe|country|system)
pattern: (jews|the jews|jewish people|zionists|kikes|mossad|israel) (did|planned|caused|orchestrated|engineered|started|faked|funded|staged|were behind|are behind|was behind) (9 11|911|covid|the virus|the pandemic|the war|wars|communism|slavery|the holocaust|it all|everything|this|the riots|blm|the plague)
pattern: (jews|the jews|jewish people|jew) (killed|murdered) (jesus|christ|our lord)
pattern: (jews|the jews|jewish people|zionists|kikes|jewish elites|jewish bankers) (are|were|r) (behind|responsible for|the cause of|the reason for|the cause behind) (every|all|all the|most|everything|it all|this|our|the war|the wars|wars|communism|capitalism)
pattern: (jewish|jew|zionist|kike) (greed|cabal|tricks|lies|parasites|supremacy|puppet masters|puppet master|world order|filth|scum|rats|vermin|pigs|swine|snakes|bastard|bastards|rat|pig|snake|cockroach|roach|roaches|leech|leeches|parasite)
pattern: typical (jew|kike|jewboy|yid|heeb)
pattern: (jewish|jew|zionist|zionists|kike) (bankers|banker|money lenders|moneylenders|elites|globalists) (bleed|bleeding|control|controls|own|owns|run|runs|rule|rules|steal|stealing|rob|robbing|leech|leeching|suck|sucking|destroy|destroying)
pattern: (shekel|shekels) (grabber|grabbers|grabbing|hoarder|hoarders|counting|lover|lovers|merchant|merchants)
pattern: (happy merchant|oven dodger|oven dodgers|ovendodger|ovendodgers)
pattern: (jews|jew|kikes|jewish people) (always|just) (counting|count|chasing|love|loves|want|wants) (money|the money|their money|his money|shekels|pennies|gold)
match: jews control the banks and the government
match: the jews did 9/11 everyone knows it
match: typical jew always counting his money
match: jewish greed is destroying this country
match: jew rat
nomatch: my jewish grandmother taught me to bake challah
nomatch: the jewish community center is hosting a food drive
nomatch: the myth that jews killed jesus fuelled centuries of pogroms, the lecturer said
note: antisemitic tropes and dehumanising compounds stated as fact (control, blame, greed, deicide)

[en.harassment.identity_attack.id-holocaust-mockery]
sub: identity_attack
weight: 0.85
target: group
also: cyberbullying.identity_attack
pattern: (6|six) (million|gorillion|mil) (wasnt|was not|werent|were not|isnt|is not|not|aint) enough
pattern: (holocaust|shoah) (wasnt|was not) enough
pattern: (holocaust|shoah) (is|was) (a|an|the|) ~2 (lie|hoax|myth|fabrication|scam|fairytale|fairy tale|jewish lie|jewish hoax|made up|exaggeration|psyop)
pattern: (should have|shouldve|should of|shoulda) (gassed|killed|burned|burnt|finished off|exterminated) (more|them all|all of them|the rest|u all|you all|all of you|your family|ur family|your grandparents|ur grandparents|every last one)
pattern: (put|throw|shove|toss|send) (you|u|ya|yall|your family|ur family|your kind|ur kind) (in|into|to) (the|an|a) (oven|ovens|gas chamber|gas chambers|camps)
pattern: (do|finish|need|bring) (the|another|a) (holocaust|shoah) (again|2|two|part two|round two)
match: 6 million wasnt enough
match: the holocaust is a jewish lie
match: they should have gassed more
match: put you in the oven where you belong
nomatch: six million jews died in the holocaust
nomatch: the holocaust was a tragedy we must remember
nomatch: put the tray in the oven for 20 minutes
note: holocaust denial / 'not enough' mockery and oven threats

[en.harassment.identity_attack.id-group-should-violence]
sub: identity_attack
weight: 0.85
target: group
also: cyberbullying.identity_attack
pattern: (muslims|moslems|jews|christians|catholics|atheists|hindus|sikhs|mormons|buddhists|blacks|whites|mexicans|asians|arabs|africans|indians|pakistanis|chinese|latinos|hispanics|somalis|gypsies|roma|black people|white people|brown people|asian people|jewish people|muslim people|chinese people|indian people|mexican people|arab people|african people|black ppl|white ppl|brown ppl|asian ppl|chinese ppl|indian ppl|mexican ppl|jewish ppl|muslim ppl|immigrants|migrants|refugees|foreigners|illegals|asylum seekers|gays|lesbians|homosexuals|queers|bisexuals|gay people|gay men|gay ppl|disabled people|the disabled|autistic people|retarded people|retards|cripples|autists|the mentally ill|niggers|kikes|spics|beaners|wetbacks|chinks|gooks|pakis|towelheads|ragheads|muzzies|fags|faggots|dykes|homos|boomers|old people|trans people) ~2 (should|must|need to|needs to|ought to|deserve to|deserves to|gotta|oughta|should all|must all|need to all|deserve to all) (all|just|) (be thrown off buildings|be thrown off roofs|be thrown off a roof|be jailed|be imprisoned|be thrown in jail|be hunted|be hunted down|be tortured|be beheaded|be raped|die|burn|rot|hang|suffer|be shot|be hanged|be hung|be gassed|be killed|be lynched|be exterminated|be wiped out|be burned|be burnt|be burned alive|get shot|get gassed|get killed|get lynched|get hanged|burn in hell|rot in hell|be stoned|be beaten|be executed|be slaughtered|be nuked|be bombed|be sterilized|be sterilised|be castrated|be put down|be drowned|be eradicated|be purged|be euthanized|be euthanised)
pattern: (kill|shoot|gas|hang|lynch|burn|exterminate|wipe out|nuke|bomb|behead|stone|beat up|round up) (all|every|all the|every last|every single) (one of|) (the|those|these|) (muslims|moslems|jews|christians|catholics|atheists|hindus|sikhs|mormons|buddhists|blacks|whites|mexicans|asians|arabs|africans|indians|pakistanis|chinese|latinos|hispanics|somalis|gypsies|roma|black people|white people|brown people|asian people|jewish people|muslim people|chinese people|indian people|mexican people|arab people|african people|black ppl|white ppl|brown ppl|asian ppl|chinese ppl|indian ppl|mexican ppl|jewish ppl|muslim ppl|immigrants|migrants|refugees|foreigners|illegals|asylum seekers|gays|lesbians|homosexuals|queers|bisexuals|gay people|gay men|gay ppl|disabled people|the disabled|autistic people|retarded people|retards|cripples|autists|the mentally ill|niggers|kikes|spics|beaners|wetbacks|chinks|gooks|pakis|towelheads|ragheads|muzzies|fags|faggots|dykes|homos)
pattern: (muslims|moslems|jews|christians|catholics|atheists|hindus|sikhs|mormons|buddhists|blacks|whites|mexicans|asians|arabs|africans|indians|pakistanis|chinese|latinos|hispanics|somalis|gypsies|roma|black people|white people|brown people|asian people|jewish people|muslim people|chinese people|indian people|mexican people|arab people|african people|black ppl|white ppl|brown ppl|asian ppl|chinese ppl|indian ppl|mexican ppl|jewish ppl|muslim ppl|immigrants|migrants|refugees|foreigners|illegals|asylum seekers|gays|lesbians|homosexuals|queers|bisexuals|gay people|gay men|gay ppl|disabled people|the disabled|autistic people|retarded people|retards|cripples|autists|the mentally ill|niggers|kikes|spics|beaners|wetbacks|chinks|gooks|pakis|towelheads|ragheads|muzzies|fags|faggots|dykes|homos) (deserve|deserves) (death|to be killed|a bullet|the rope|the gas chamber|the ovens|hell|to suffer|to burn|to rot)
match: atheists deserve to burn
match: muslims should all be shot
match: kill all the gays
match: autists should be euthanized
nomatch: christians believe sinners will be judged
nomatch: should immigrants be shot? of course not, what a disgusting idea
nomatch: the movie shows the nazis wanted jews killed
note: call for killing, burning, sterilising a group (wide group and verb lists)

[en.harassment.identity_attack.id-group-should-be-excluded]
sub: identity_attack
weight: 0.6
target: group
also: cyberbullying.identity_attack
pattern: (muslims|moslems|jews|christians|catholics|atheists|hindus|sikhs|mormons|buddhists|blacks|whites|mexicans|asians|arabs|africans|indians|pakistanis|chinese|latinos|hispanics|somalis|gypsies|roma|black people|white people|brown people|asian people|jewish people|muslim people|chinese people|indian people|mexican people|arab people|african people|black ppl|white ppl|brown ppl|asian ppl|chinese ppl|indian ppl|mexican ppl|jewish ppl|muslim ppl|immigrants|migrants|refugees|foreigners|illegals|asylum seekers|gays|lesbians|homosexuals|queers|bisexuals|gay people|gay men|gay ppl|disabled people|the disabled|autistic people|retarded people|retards|cripples|autists|the mentally ill|niggers|kikes|spics|beaners|wetbacks|chinks|gooks|pakis|towelheads|ragheads|muzzies|fags|faggots|dykes|homos) ~1 (should|must|need to|needs to|ought to|have to|gotta|should all|must all|all need to|should just) (be deported|get deported|be kicked out|get kicked out|be banned|be sent back|get sent back|be locked up|be put in camps|be rounded up|be expelled|be thrown out|go back where they came from|go back to their countries|go back to their country|leave our country|leave this country|not be allowed here|not be allowed in|be segregated|be banned from entering)
pattern: (deport|ban|kick out|get rid of|send back|round up|lock up|expel|throw out) (all|every|all the|every last|every single|those|these|them) (fucking|filthy|dirty|damn|) (muslims|moslems|jews|christians|catholics|atheists|hindus|sikhs|mormons|buddhists|blacks|whites|mexicans|asians|arabs|africans|indians|pakistanis|chinese|latinos|hispanics|somalis|gypsies|roma|black people|white people|brown people|asian people|jewish people|muslim people|chinese people|indian people|mexican people|arab people|african people|black ppl|white ppl|brown ppl|asian ppl|chinese ppl|indian ppl|mexican ppl|jewish ppl|muslim ppl|immigrants|migrants|refugees|foreigners|illegals|asylum seekers|gays|lesbians|homosexuals|queers|bisexuals|gay people|gay men|gay ppl|disabled people|the disabled|autistic people|retarded people|retards|cripples|autists|the mentally ill|niggers|kikes|spics|beaners|wetbacks|chinks|gooks|pakis|towelheads|ragheads|muzzies|fags|faggots|dykes|homos)
match: all muslims should be deported
match: immigrants need to go back where they came from
match: deport all the fucking immigrants
nomatch: should immigrants be deported? the senate debates it tonight
nomatch: the law says refugees should be protected
nomatch: my parents are immigrants and they should be proud
note: call for deporting, banning, segregating a group

[en.harassment.identity_attack.id-fuck-all-group]
sub: identity_attack
weight: 0.75
target: group
also: cyberbullying.identity_attack
pattern: (fuck|fuk|fck|fuq|screw|death to|down with) (all|all the|all these|all those|these|those|them|the fucking|these fucking|those fucking|all you|all u|you|the|) (muslims|moslems|jews|christians|catholics|atheists|hindus|sikhs|mormons|buddhists|blacks|whites|mexicans|asians|arabs|africans|indians|pakistanis|chinese|latinos|hispanics|somalis|gypsies|roma|black people|white people|brown people|asian people|jewish people|muslim people|chinese people|indian people|mexican people|arab people|african people|black ppl|white ppl|brown ppl|asian ppl|chinese ppl|indian ppl|mexican ppl|jewish ppl|muslim ppl|immigrants|migrants|refugees|foreigners|illegals|asylum seekers|gays|lesbians|homosexuals|queers|bisexuals|gay people|gay men|gay ppl|disabled people|the disabled|autistic people|retarded people|retards|cripples|autists|the mentally ill|niggers|kikes|spics|beaners|wetbacks|chinks|gooks|pakis|towelheads|ragheads|muzzies|fags|faggots|dykes|homos|infidels|kafirs|kuffar|apostates|unbelievers)
match: fuck all the immigrants
match: death to infidels
match: fuck all you gays
nomatch: fuck all the homework this week
nomatch: screw these taxes
note: fuck / death to a group (covers 'all the', 'these' forms)

[en.harassment.identity_attack.id-belong-in-chains]
sub: identity_attack
weight: 0.75
target: other
also: cyberbullying.identity_attack
pattern: (belong|belongs|shouldve stayed|should have stayed|should of stayed|shoulda stayed|go back|get back|should be|should still be|need to be|needs to be|were better|was better) ~1 (in|on|to) (the|a|your|ur|their|them|) (cotton field|cotton fields|plantation|plantations|chains|shackles|slave ship|slave ships|auction block|fields picking cotton|cotton|slave quarters)
pattern: (bring|bringing) back (slavery|segregation|jim crow|apartheid|the slave trade|slave auctions|lynchings|lynching|the kkk|the klan|whites only)
pattern: (you|u|ya|yu|yall|they|blacks|black people|niggers|your people|ur people|your kind|ur kind) ~2 (should|shouldve|should have|should still|need to|deserve to|belong|go back to|gotta|oughta|were meant to) ~1 (be slaves|be a slave|be enslaved|been slaves|being slaves|be owned|be property|be picking cotton|pick cotton|be in chains|be on the plantation)
pattern: (pick|picking|picked|pickin|pick me|picks) (my|me some|me|our|his|her) cotton
pattern: (you|u|ya|yu|dirty|stupid|fucking|lazy|filthy|dumb|little|ugly) (cotton picker|cotton pickers|cottonpicker|cottonpickers)
match: your people shouldve stayed in the cotton fields
match: blacks belong in chains
match: bring back slavery for you
match: pick my cotton boy
nomatch: we toured the old cotton fields on the plantation tour
nomatch: slavery was abolished in 1865
nomatch: the cotton picker machine broke down on the farm
note: slavery / plantation taunts aimed at black people

[en.harassment.identity_attack.id-kkk-nazi-approval]
sub: identity_attack
weight: 0.75
target: group
also: cyberbullying.identity_attack
pattern: (the k|kkk|klan|the klan|hitler|adolf|the nazis|nazis|the confederacy|slavery|apartheid|segregation|jim crow|the holocaust|the third reich) (was|were|is|are) (right|based|good|a good thing|justified|not that bad|the good old days|a blessing|a good idea|necessary|onto something)
pattern: (k|kkk|klan|the klan|hitler|adolf|nazis|the nazis) (had|has) (the|a) (right idea|point|good point|good idea)
pattern: (k|kkk|klan|the klan|nazis|the nazis|slavery|apartheid|segregation) did nothing wrong
pattern: (white power forever|white power brother|white power worldwide|white power 1488|white power 88|white pride world wide|wpww|rahowa|racial holy war|1488|14 88|heil victory|sieg heil|seig heil|gas chamber time)
pattern: (13 do 50|13 percent do 50|despite being 13|despite being thirteen|despite making up 13)
match: the kkk had the right idea
match: slavery was a good thing
match: wpww 1488
match: despite being 13% of the population lol
nomatch: the kkk was founded after the civil war
nomatch: apartheid was abolished in 1994
nomatch: hitler was a monster
note: approval of white-supremacist movements and their slogans or number codes

[en.harassment.identity_attack.id-go-back-wide]
sub: identity_attack
weight: 0.7
target: other
also: cyberbullying.identity_attack
pattern: (go|get|fuck off|piss off|sod off|bugger off|swim|crawl|run|hop|fly|walk|fuck) (back|off back|home) to (your|ur|yo|their) (shitty|shithole|third world|dirty|poor|stinking|filthy|backwards|ching chong|curry|taco|terrorist|sand|desert|muslim|african|own shitty|dumb|rice|fucking|own fucking|little|shit) (country|countries|homeland|land|village|hut|cave|desert|jungle|tribe|island|continent|hole|nation|slum|slums)
pattern: (fuck off|piss off|sod off|bugger off|fuck back off|get the fuck|gtfo) (back|home|) to (africa|mexico|china|india|pakistan|poland|romania|syria|somalia|nigeria|iraq|iran|afghanistan|bangladesh|israel|the middle east|the desert|the jungle|your|ur|where)
pattern: (go|get|crawl|swim) back (to|) where (you|u|ya|they|yall|you people|he|she) (belong|belongs|came from|crawled out of|crawled from)
pattern: back to (the|your|ur) (zoo|cage|jungle|trees|tree|banana tree) (you|u|ya|) (fucking|dirty|stupid|black|filthy|) (monkey|monkeys|ape|apes|gorilla|chimp|baboon|coon|coons|nigger|niggers|nigga|savage|savages)
pattern: (go|get|crawl|stumble|run|fuck off) back to the (rez|reservation)
pattern: (go|get|swim|crawl|walk|hop|run|fly) back to (mexico|africa|china|india|pakistan|syria|somalia|poland|romania|nigeria|iraq|iran|afghanistan|haiti|jamaica|the philippines|puerto rico|cuba|bangladesh) (where you belong|where u belong|where you came from|you|u|ya|yall|and stay there|already|immigrant|foreigner|dumbass|bitch|idiot|loser)
match: go back to your shithole country
match: fuck off back to pakistan
match: go back where you belong
match: go back to the zoo monkey
match: go back to the rez you drunk
nomatch: i cant wait to go back to my country for the holidays
nomatch: we went back to mexico for my grandmas birthday
nomatch: go back to the zoo tomorrow?
note: go back to your country and its slurred variants, aimed at a person

[en.harassment.identity_attack.id-your-kind-wide]
sub: identity_attack
weight: 0.7
target: other
also: cyberbullying.identity_attack
pattern: (dont|do not|doesnt|dont even|never|wont|nobody|no one|noone|aint) (want|wants|need|needs|accept|accepts|tolerate|serve|allow|welcome|like|likes) (your|ur|their|yo) (kind|lot|people|type) (here|in|around|anywhere|near|on|at|no more|anymore)
pattern: (nobody|no one|noone|nobody ever|no one ever|nobody even) (wants|likes|wanna|will|would|is gonna|is going to) ~4 (the|that|this|a|some|your|ur) (retarded|retarted|sped|crippled|paki|fob|faggot|fag|dyke|tard|spaz|downie|mong|chink|spic|beaner|gyppo|mongoloid|spastic) (kid|girl|boy|guy|dude|chick|freak|loser|weirdo|kids|girls|boys|people|one|bitch|family)
pattern: (your|ur|yo|their) (whole|entire|filthy|dirty|disgusting|stinking|) (race|people|kind|tribe|religion|culture|ethnicity|bloodline) (is|are|r|iz) (all|just|so|fucking|literally|nothing but|basically|all just|a bunch of|such|straight up|filthy|dirty|disgusting|stinking|nothing more than|no better than|worse than|like|all fucking|honestly|a pack of|) (animals|vermin|rats|cockroaches|roaches|parasites|leeches|savages|subhuman|subhumans|a disease|a cancer|a plague|a virus|an infestation|a pestilence|filth|scum|trash|garbage|monkeys|apes|pigs|goatfuckers|goat fuckers|inbred|inferior|terrorists|rapists|pedophiles|pedos|groomers|invaders|degenerates|demons|devils|a curse|a blight|a stain|worthless|not human|less than human|abominations|an abomination|the enemy|maggots|lice|termites|locusts|swine|beasts|barbarians|freaks|mutants|genetic trash|genetic waste|a waste of oxygen|a waste of space|useless eaters|leeching scum|thieves|liars|thugs|pirates|beggars|scammers|looters|gangsters|illegals|illegal aliens|criminals|pedophile rapists|camel fucking savages|dirty thieves|evil|a joke|pathetic|backwards|primitive|uncivilized|criminals|dirty|filthy|disgusting|retarded|stupid|dumb|should die|should be wiped out|should be exterminated|dogs)
match: we dont want your kind in this neighborhood
match: your whole race is trash
match: their culture is primitive
nomatch: thanks for your kind words
nomatch: we want your kind of energy in the team
nomatch: your people skills are great
note: exclusion of 'your kind' and attacks on a person's whole race or people

[en.harassment.identity_attack.id-send-back-boats]
sub: identity_attack
weight: 0.6
target: group
also: cyberbullying.identity_attack
pattern: (send|ship|put|throw|kick|load) (them|em|those people|these people|you people|yall|you|u|the lot|all of them|them all) (all|) back (on|in|to|into) (the|their|a|your|ur) (boats|boat|dinghies|dinghy|rafts|raft|desert|jungle|shithole|huts|caves|shitholes)
pattern: (sink|torpedo|shoot|bomb|ram|capsize|burn) (the|their|those|these|all the) (migrant|refugee|immigrant) (boats|dinghies|rafts)
pattern: let (them|em|those people|the migrants|the refugees|the immigrants|them all|those migrants|those refugees) (all|) (drown|drown at sea|die at sea|rot at sea)
match: send them back on the boats
match: sink the boats and let them drown
nomatch: we should send them back to the store for a refund
nomatch: sink the boat in battleship
note: boat push-back and drowning calls against migrants

[en.harassment.identity_attack.id-country-was-better]
sub: identity_attack
weight: 0.6
target: group
also: cyberbullying.identity_attack
pattern: (country|town|city|neighborhood|neighbourhood|school|america|britain|england|europe|uk|france|germany|sweden|canada|australia|this place|the us) (was|were|used to be) (so|much|way|a lot|so much|way more|) better (before|without|until) ~4 (immigrants|migrants|refugees|muslims|mexicans|blacks|brown people|black people|foreigners|asians|arabs|africans|indians|pakis|illegals|jews|gays|the immigrants|they came)
match: this country was better before they let all these brown people in
match: britain was so much better before the immigrants
nomatch: the town was better before the new highway
nomatch: school was better before exams
note: nostalgia framed as exclusion of a group

[en.harassment.identity_attack.id-invasion-taunts]
sub: identity_attack
weight: 0.6
target: other
also: cyberbullying.identity_attack
pattern: (your|ur) (mom|mum|dad|family|parents|grandma|grandpa|whole family|ancestors) (swam|hopped|jumped|snuck|crawled|climbed|waded) (here|over the border|across the border|the border|the rio grande)
pattern: (rapefugee|rapefugees|rapeugee|rapeugees|third worlder|third worlders|thirdworlder|thirdworlders)
match: ur mom swam here lol
match: rapefugees everywhere
nomatch: my mom swam across the lake in the race
nomatch: third world countries need debt relief
note: immigration taunts aimed at a person or a slur compound

[en.harassment.identity_attack.id-racial-slur-compounds]
sub: identity_attack
weight: 0.8
target: group
also: cyberbullying.identity_attack
pattern: (ghetto|hood|fried chicken eating|watermelon eating|kool aid drinking|cotton picking|jungle|yellow|dune|sand|prairie|welfare) (monkey|monkeys|ape|apes|coon|coons|nigger|niggers|negro|negroes)
pattern: (fried chicken|watermelon|kool aid|koolaid) (eating|eatin|loving|lovin|munching|stealing|sucking) (nigger|niggers|nigga|niggas|monkey|monkeys|ape|apes|coon|coons|negro|negroes|ass)
pattern: (niqqer|niqqers|niqqa|nibba|nibbas|kneegrow|kneegrows|knee grow|knee grows|neeger|niggur|niggr|nigr|negroid|negroids|nigglet|nigglets)
pattern: (ching chongs|ching changs|chingchong|chingchongs|chinky|chinkies|chinkys|gooky|gookie)
pattern: (chinks|the chinks|those chinks|these chinks|fucking chinks|dirty chinks) (are|r|brought|spread|started|made|eat|ate|smell|stink|everywhere|ruin|ruined|should|need|go|get|lol|lmao|cant|always)
pattern: (full of|bunch of|team of|lobby of|server full of|team full of|overrun by|infested with) (chinks|ching chongs|pakis|pajeets|spics|beaners|niggers|kikes|gooks|wetbacks|towelheads|ragheads|muzzies|fags|faggots)
pattern: (street shitter|street shitters|designated shitting street|shitting street|poo in the loo|poo in loo)
pattern: (goatfucker|goatfuckers|camelfucker|camelfuckers|goatshagger|goatshaggers|goat humper|goat humpers|camel humper|camel humpers)
pattern: (gypo|gypos|gippo|gippos|gyppos|pikeys)
pattern: (rice|bean|taco|curry) (nigger|niggers|picker|pickers|monkey|monkeys|muncher|munchers)
pattern: (fgt|fgts|faqqot|faqqots|faqqit|fagit|fagits|phaggot|phaggots|phag|phags|fagg0t)
pattern: (flied lice|so solly|me so solly|velly nice|velly good|ching chang chong|ling long|bobs and vegana|bobs and vagene|show bobs|speaka english|no speaka|me no speak)
match: ghetto monkey
match: you fried chicken eating monkey
match: chinks brought the virus
match: ur team is full of ching chongs
match: goatfuckers
match: kys fgt
nomatch: there is a chink in his armor
nomatch: a chink of light came through the curtains
nomatch: my grandmother grows beans and rice
note: slur compounds, algospeak spellings and mock-accent phrases

[en.harassment.identity_attack.id-slur-noun-singular]
sub: identity_attack
weight: 0.65
target: group
also: cyberbullying.identity_attack
pattern: (jew|muslim|mexican|arab|paki|immigrant|negro|gypsy|hindu|refugee|migrant|foreigner|sikh|somali|latino|hispanic) (rat|rats|scum|filth|vermin|parasite|parasites|cockroach|cockroaches|roach|roaches|leech|leeches|trash|garbage|maggot|maggots|goatfucker|bitch|bastard|cunt|pig|pigs)
pattern: (indian|chinese|asian|african) (scum|filth|vermin|parasite|parasites|cockroach|cockroaches|roach|roaches|maggot|maggots|goatfucker|bastard|cunt)
pattern: (what do you|what did you|what else do you|wat do u|what do u|what can you|what would you|what did u|what else did you) expect from (a|an|the|these|those|them|that|some) (jew|jews|muslims|mexicans|blacks|immigrants|indians|arabs|asians|gypsy|gypsies|paki|pakis|chinaman|spic|spics|beaner|beaners|kike|kikes|nigger|niggers|gays|homo|homos|fag|fags|africans|foreigner|foreigners|refugees|autist|retard|retards|cripple|boomers|muzzie|muzzies|nigga|niggas)
pattern: typical (muslim|black|mexican|indian|paki|asian|arab|immigrant|nigga|nigger|chinese|african|gypsy|jewish|negro|spic|beaner|autistic|retarded|sped) (behavior|behaviour|move|moves|shit|crap|mentality|trash|scum|thing to do)
match: muslim scum
match: what do you expect from a chinaman
match: typical black behavior
nomatch: indian cuisine is amazing
nomatch: what do you expect from a new phone these days
nomatch: african elephants are huge
note: identity noun fused with a dehumanising noun, and 'what do you expect from a X' stereotyping

[en.harassment.identity_attack.id-lgbt-disgust]
sub: identity_attack
weight: 0.65
target: other
also: cyberbullying.identity_attack
pattern: (two men|two guys|two women|two girls|gay couples|gay couple|same sex couples|gay men|lesbians|gays|homos|fags|dykes|queers|gay people) (kissing|holding hands|together|being together|getting married|adopting|raising kids|existing) (is|are|r|makes me|make me) ~1 (disgusting|gross|wrong|sick|unnatural|vile|an abomination|a sin|nasty|revolting|repulsive|puke|vomit|sick to my stomach|throw up)
pattern: (gays|gay people|gay couples|homos|fags|faggots|lesbians|dykes|queers|gay men) (make|makes) me (sick|want to puke|wanna puke|want to throw up|wanna throw up|vomit|puke|sick to my stomach)
pattern: (gays|gay people|homos|fags|faggots|queers|lesbians|gay teachers|gay men|dykes) (should|need to|must|gotta|have to) (stay|be kept) away from (kids|children|our kids|our children|schools)
pattern: adam and (eve|even) not adam and steve
pattern: (you|u|ya|yu|he|she|they|gays|gay people|homos) (need|needs|should get|should go to|should be sent to|deserve|deserves) (conversion therapy|to be cured|curing|to be fixed|fixing|to be straightened out|gay conversion)
pattern: (ok|okay|shut up|stfu|hey|sup|bye|nice try|sick|fucking|disgusting|you|u|ya|filthy|dirty) (groomer|groomers|pedo groomer)
pattern: (your|ur) (two dads|two moms|two mums|gay dads|gay dad|lesbian moms|lesbian mom|lesbian mum|gay parents|gay brother|gay uncle) (are|is|r) ~1 (freaks|freak|disgusting|gross|perverts|pervert|sick|going to hell|abominations|an abomination|groomers|pedos|fags|faggots|dykes|queers|unnatural|sinners|weird|nasty|creeps)
pattern: (hey|yo|sup|oi|ew|eww|stfu|shut up|bye|look its|look at the|lol|lmao|ha) (lesbo|lesbos|lezbo|lezbos|lezzie|lezzies|homo|homos|fag|faggot|poof|dyke|gaylord)
match: two men kissing is disgusting
match: gays make me sick
match: your two dads are freaks
match: hey lesbo get out
nomatch: i came out as gay to my parents
nomatch: my two dads are the best
nomatch: conversion therapy is harmful and should be banned
note: anti-LGBT disgust, groomer slurs and taunts at people with gay parents

[en.harassment.identity_attack.id-race-mixing-and-mutts]
sub: identity_attack
weight: 0.65
target: group
also: cyberbullying.identity_attack
pattern: (race mixing|racemixing|race mixers|miscegenation|interracial marriage|interracial dating|interracial couples|interracial relationships|interracial babies|interracial kids|interracial sex|mixed couples|mixed babies|mixed kids|mixed race babies|mixed race kids|mixed race people|coal burners|coalburners|coal burning) (is|are|r|should be|iz) ~1 (disgusting|gross|wrong|a sin|degenerate|degeneracy|unnatural|sick|an abomination|abominations|genocide|white genocide|vile|filth|illegal|banned|a crime|treason|mutts|mongrels|mistakes)
pattern: (mixed|halfbreed|half breed|half caste|halfcaste|mixed race|interracial|biracial) (babies|kids|children|baby|kid|people|child) (are|r|is) ~1 (mutts|mongrels|abominations|an abomination|mistakes|a mistake|disgusting|impure|degenerate|confused|freaks|unnatural|trash)
pattern: (coal burner|coal burners|coalburner|coalburners|mud shark|mud sharks|mudshark|mudsharks|race traitor|race traitors|wigger|wiggers)
pattern: (you|u|ya|youre|ur|you are|u r|youre just a|ur just a) (a|such a|just a|nothing but a|) (mongrel|half breed|halfbreed|half caste|halfcaste)
match: race mixing is disgusting
match: your mixed babies are mutts
match: coal burner
match: youre just a mongrel
nomatch: im mixed race and proud
nomatch: my dog is a mutt and i love him
nomatch: interracial marriage became legal in 1967
note: anti race-mixing statements and slurs for mixed-race people or couples

[en.harassment.identity_attack.id-ghetto-and-short-bus]
sub: identity_attack
weight: 0.6
also: cyberbullying.identity_attack
pattern: (ghetto|hood|fatherless|daddyless|welfare) (rat|rats|trash|monkey|monkeys|coon|coons|ape|apes|thug|thugs|bastard|bastards|scum|animal|animals|queen|queens|baby mama)
pattern: (your|ur|yo) (short|special|sped|retard|tard|little yellow|special ed) bus
pattern: (missed|miss|late for|get back on|back on|go back to|get on|belong on|escaped from|fell off|fall off) the (short|special|sped|retard|tard) bus
pattern: (you|u|ya|did you|did u|do you|do u|he|she) (ride|rode|ridin|riding|take|took|rides) the (short|special|sped|retard|tard) bus
match: fatherless ghetto rat
match: special ed kid lmao go back to your short bus
match: did you ride the short bus
nomatch: my son rides the short bus and loves his driver
nomatch: the short bus to the airport was late
note: ghetto/welfare slurs and short-bus taunts

[en.harassment.identity_attack.id-group-ruining-and-predicates]
sub: identity_attack
weight: 0.65
target: group
also: cyberbullying.identity_attack
pattern: (muslims|moslems|jews|christians|catholics|atheists|hindus|sikhs|mormons|buddhists|blacks|whites|mexicans|asians|arabs|africans|indians|pakistanis|chinese|latinos|hispanics|somalis|gypsies|roma|black people|white people|brown people|asian people|jewish people|muslim people|chinese people|indian people|mexican people|arab people|african people|black ppl|white ppl|brown ppl|asian ppl|chinese ppl|indian ppl|mexican ppl|jewish ppl|muslim ppl|immigrants|migrants|refugees|foreigners|illegals|asylum seekers|gays|lesbians|homosexuals|queers|bisexuals|gay people|gay men|gay ppl|disabled people|the disabled|autistic people|retarded people|retards|cripples|autists|the mentally ill|niggers|kikes|spics|beaners|wetbacks|chinks|gooks|pakis|towelheads|ragheads|muzzies|fags|faggots|dykes|homos) ~3 (are|r|keep|just keep|always|are always|r always) (ruining|destroying|wrecking|polluting|infesting|trashing|stinking up|invading) (everything|our|this|the|my|america|britain|england|europe|the country|the neighborhood|the neighbourhood|the city|society|it|every)
pattern: all (those|these|) (muslims|moslems|jews|christians|catholics|atheists|hindus|sikhs|mormons|buddhists|blacks|whites|mexicans|asians|arabs|africans|indians|pakistanis|chinese|latinos|hispanics|somalis|gypsies|roma|black people|white people|brown people|asian people|jewish people|muslim people|chinese people|indian people|mexican people|arab people|african people|black ppl|white ppl|brown ppl|asian ppl|chinese ppl|indian ppl|mexican ppl|jewish ppl|muslim ppl|immigrants|migrants|refugees|foreigners|illegals|asylum seekers|gays|lesbians|homosexuals|queers|bisexuals|gay people|gay men|gay ppl|disabled people|the disabled|autistic people|retarded people|retards|cripples|autists|the mentally ill|niggers|kikes|spics|beaners|wetbacks|chinks|gooks|pakis|towelheads|ragheads|muzzies|fags|faggots|dykes|homos) (do|ever do) (is|are) (steal|stealing|sell|selling|rape|raping|breed|breeding|leech|leeching|mooch|mooching|bomb|bombing|commit crime|commit crimes|cause trouble|riot|rioting|scam|scamming|beg|begging|complain|loot|looting|take our jobs|steal jobs)
pattern: (muslims|moslems|jews|christians|catholics|atheists|hindus|sikhs|mormons|buddhists|blacks|whites|mexicans|asians|arabs|africans|indians|pakistanis|chinese|latinos|hispanics|somalis|gypsies|roma|black people|white people|brown people|asian people|jewish people|muslim people|chinese people|indian people|mexican people|arab people|african people|black ppl|white ppl|brown ppl|asian ppl|chinese ppl|indian ppl|mexican ppl|jewish ppl|muslim ppl|immigrants|migrants|refugees|foreigners|illegals|asylum seekers|gays|lesbians|homosexuals|queers|bisexuals|gay people|gay men|gay ppl|disabled people|the disabled|autistic people|retarded people|retards|cripples|autists|the mentally ill|niggers|kikes|spics|beaners|wetbacks|chinks|gooks|pakis|towelheads|ragheads|muzzies|fags|faggots|dykes|homos) (are|r) ~1 (idiots|morons|retards|freaks|scum|savages|animals|pigs|dogs|monkeys|apes|thieves|liars|criminals|rapists|terrorists|pedos|pedophiles|degenerates|parasites|leeches|cockroaches|rats|vermin|trash|garbage|filth|devils|demons|subhuman|inbred|worthless|retarded|cow worshipping idiots|of satan|robots|npcs|zombies|brainwashed sheep|mindless sheep|delusional sheep|stupid sheep|drones)
pattern: (synagogue of satan|children of the devil|children of satan)
pattern: (muslims|moslems|jews|christians|catholics|atheists|hindus|sikhs|mormons|buddhists|blacks|whites|mexicans|asians|arabs|africans|indians|pakistanis|chinese|latinos|hispanics|somalis|gypsies|roma|black people|white people|brown people|asian people|jewish people|muslim people|chinese people|indian people|mexican people|arab people|african people|black ppl|white ppl|brown ppl|asian ppl|chinese ppl|indian ppl|mexican ppl|jewish ppl|muslim ppl|immigrants|migrants|refugees|foreigners|illegals|asylum seekers|gays|lesbians|homosexuals|queers|bisexuals|gay people|gay men|gay ppl|disabled people|the disabled|autistic people|retarded people|retards|cripples|autists|the mentally ill|niggers|kikes|spics|beaners|wetbacks|chinks|gooks|pakis|towelheads|ragheads|muzzies|fags|faggots|dykes|homos) (are|r) (all|so|just|always|literally|fucking|such|all so|so fucking|just so|always so) (ghetto|loud and ghetto|smelly|stinky|dirty|lazy|violent|stupid|dumb|ugly|disgusting|gross|nasty|greedy|sneaky|filthy|retarded)
pattern: (muslims|moslems|jews|christians|catholics|atheists|hindus|sikhs|mormons|buddhists|blacks|whites|mexicans|asians|arabs|africans|indians|pakistanis|chinese|latinos|hispanics|somalis|gypsies|roma|black people|white people|brown people|asian people|jewish people|muslim people|chinese people|indian people|mexican people|arab people|african people|black ppl|white ppl|brown ppl|asian ppl|chinese ppl|indian ppl|mexican ppl|jewish ppl|muslim ppl|immigrants|migrants|refugees|foreigners|illegals|asylum seekers|gays|lesbians|homosexuals|queers|bisexuals|gay people|gay men|gay ppl|disabled people|the disabled|autistic people|retarded people|retards|cripples|autists|the mentally ill|niggers|kikes|spics|beaners|wetbacks|chinks|gooks|pakis|towelheads|ragheads|muzzies|fags|faggots|dykes|homos) (eat|eats|ate|eating) (bats|dogs|cats|dog|cat|bat|rats|bugs|monkeys)
pattern: (theyre|they are|they r|countries are|mexico is|africa is|they keep) sending (us|) (their|) (rapists|criminals|terrorists|drug dealers|thugs|killers|scum)
pattern: (crackers|honkies|whiteys|rednecks|hillbillies|white people|whites) (are|r) (all|just|) (inbred|subhuman|devils|evil|trash|white trash|a disease|a plague|cancer|vermin|parasites|demons)
match: the blacks in my city are ruining everything
match: all those mexicans do is steal jobs and sell drugs
match: hindus are cow worshipping idiots
match: chinese ppl eat bats
match: jews are the synagogue of satan
nomatch: muslims are not terrorists
nomatch: tourists are ruining venice
nomatch: crackers are all stale in this box
nomatch: immigrants are doctors, nurses and teachers
note: group noun with a ruin/invade verb, a 'all they do is' stereotype, or a short-gap dehumanising predicate

[en.harassment.identity_attack.id-lynching]
sub: identity_attack
weight: 0.7
target: other
also: cyberbullying.identity_attack
pattern: (hang|lynch|string up|hanging|lynching) (that|this|the|those|these|every|all|all the|some) (n word|nword|nigger|niggers|nigga|niggas|coon|coons|monkey|monkeys|spic|spics|beaner|beaners|fag|fags|faggot|faggots|kike|kikes|chink|chinks|negro|negroes|paki|pakis|muzzie|muzzies)
pattern: (hang|hanging|hung|lynch|lynching|string|stringing) ~4 (like the old days|like old times|like the good old days|strange fruit)
pattern: (string|strung|stringing) (you|u|ya|yu|him|her|em|that boy|that nigger|that nword) (up|all up) (like|by|from|on|in)
pattern: (gas chamber|gas chambers|concentration camp|concentration camps) (for|is for|are for|awaits|await) (you|u|ya|yall|jews|the jews|kikes|your family|ur family|your kind|ur kind|him|her|them|people like you)
pattern: (oven|ovens) for (you|u|ya|yall|jews|the jews|kikes|your kind|ur kind) (jew|jews|kike|kikes|jewboy|rat|rats)
match: hang that nigger from a tree
match: they should hang from trees like the old days
match: string him up like the old days
match: gas chamber for you jew
nomatch: we hung the lights on the tree
nomatch: string the fairy lights up by the window
nomatch: the lesson covered lynching in the jim crow south
note: lynching and gas-chamber threats against a person or a group

[en.harassment.identity_attack.id-shut-up-you-identity]
sub: identity_attack
weight: 0.7
target: other
also: cyberbullying.identity_attack
pattern: (shut up|stfu|fuck you|fuck off|bye|get lost|piss off|go away|shut ur mouth|shut your mouth|nobody asked|cry more|cope|seethe) (you|u|ya|yu) (fucking|stupid|dumb|little|filthy|disgusting|dirty|smelly|fat|ugly|retarded|) (homo|lesbo|dyke|retard|autist|sped|spaz|paki|chink|terrorist|cripple|spic|beaner|kike|fag|faggot|tard|mong|downie|gyppo|illegal|negro|coon|wetback|towelhead|raghead|muzzie|gook)
pattern: (shut up|stfu|fuck you|fuck off|bye|get lost|piss off|go away|shut ur mouth|shut your mouth|nobody asked|cry more|cope|seethe) (you|u|ya|yu) (fucking|stupid|dumb|filthy|disgusting|dirty|smelly|retarded|ugly) (gay|gays|queer|lesbian|jew|muslim|mexican|immigrant|boomer|foreigner|indian|arab|gypsy|refugee|chinese|asian|african|hindu|jewish|autistic)
pattern: (monkey|ape|gorilla|coon|jungle|porch monkey|cotton picking) ass (nigga|niggas|nigger|niggers|negro|nigguh|boy)
pattern: (did|do|does|will|gonna|are|r) (you|u|ya|yu|he|she) (bring|bringing|brought|pack|packed|have|got|carry|carrying|hiding) (your|ur|his|her|a|the) (bomb|bombs|suicide vest|bomb vest|explosives)
pattern: (youre|ur|you are|u r|you r|yur|shes|hes|she is|he is) (so|too) (black|dark) (you|u|ya|yu|she|he|that|nobody|no one|cant|i cant|even)
match: shut up you fucking gay
match: monkey ass nigga
match: did u bring ur bomb to school today
match: ur so black u blend in with the night
nomatch: shut up you are so funny
nomatch: you look like a model
nomatch: did you bring your bath bomb
note: a dismissal aimed at a person followed by an identity label, and racial taunts aimed at a person

[en.harassment.identity_attack.id-looks-like-a-terrorist]
sub: identity_attack
weight: 0.5
also: cyberbullying.identity_attack
pattern: (you|u|ya|yu|he|she|they|ur dad|your dad|ur mom|your mom) (look|looks|looking|lookin) like (a|an|some|) (terrorist|terrorists|suicide bomber|bomber|jihadi|isis member|taliban|osama|bin laden|al qaeda)
match: you look like a terrorist with that beard
nomatch: you look like a movie star
nomatch: he looks like a pilot in that uniform
note: terrorist taunt aimed at a person's looks (beard, hijab, skin); weak, counts with 'you'

[en.harassment.identity_attack.id-disability-mock-wide]
sub: identity_attack
weight: 0.6
target: other
also: cyberbullying.identity_attack
pattern: (talk|talks|talking|walk|walks|walking|type|types|run|runs|dance|dances|write|writes) like (he|she|you|u|ya|they|hes|shes|youve|youre|ur|theyre) (has|have|got|hes got|shes got|has got|) (down syndrome|downs|autism|the tism|cerebral palsy|tourettes|brain damage|a disability|a learning disability|retarded|autistic|disabled|handicapped|crippled|special|on the spectrum|brain damaged|a stroke|a seizure)
pattern: (walk|walks|walking|talk|talks|run|runs|look|looks|act|acts|sound|sounds) like (a|an|some|) (crip|gimp|spastic|mong|mongo|downie|sped|autist|tard|window licker|vegetable|cripple|retard|mongoloid|spaz)
pattern: (youre|ur|you are|u r|you r|yur|hes|shes|he is|she is|theyre|they are) (an actual|a real|a literal|literally an|an|a actual|actually a|actually an) (autist|sped|spaz|retard|tard|mong|downie|cripple|sperg|aspie|mongoloid|spastic|window licker)
pattern: (wheelchair bound|bed bound|deformed|one legged|one armed|crippled|brain dead|drooling|deaf and dumb|deaf dumb) (freak|freaks|loser|losers|retard|bitch|cunt|idiot|moron|weirdo|monster|creature|goblin)
pattern: (autism|autistic|autists|tism) (screech|screeches|screeching)
pattern: (so|too) old ~4 (should be|belong|need to be|needs to be|ought to be) (in the ground|six feet under|6 feet under|in a coffin|in a grave|in the grave)
pattern: (grandpa|grandma|gramps|granny|old man|old lady|boomer|boomers|old people|geezer|geezers|oldies|old fart|old farts) ~2 (should have been|shouldve been|should of been|should be|needs to be|need to be) (euthanized|euthanised|put down|put to sleep|gassed|killed|culled)
pattern: (rez|reservation|trailer park|ghetto|hood|favela) (trash|rats|scum|nigger|niggers|monkey|monkeys|rat|filth)
match: he talks like hes got down syndrome lol
match: look at him walk like a crip lmao
match: ur an actual autist holy shit
match: wheelchair bound freak
match: autism screeches lmao
match: youre so old you should be in the ground
match: grandpa should have been euthanized years ago
match: rez trash
nomatch: he walks like a duck lol
nomatch: my grandpa should be home from hospital by friday
nomatch: she talks like she has a cold
note: mocking disability by imitation or label, ageist death wishes, place-based slurs

[en.harassment.identity_attack.id-deport-them-all]
sub: identity_attack
weight: 0.6
target: group
also: cyberbullying.identity_attack
pattern: (deport|deporting|expel) (them|em|those people|these people|yall|you people|all of them|every last one|every single one|all of you|u all|you all) (all|) ~2 (every last|every single|all of them|every one|every last one|illegal|immigrant|migrant|refugee|muslim|mexican|of them)
pattern: (send|ship|deport|kick|throw) (every|all|all those|all these|every last|every single) ~3 (muslims|moslems|jews|christians|catholics|atheists|hindus|sikhs|mormons|buddhists|blacks|whites|mexicans|asians|arabs|africans|indians|pakistanis|chinese|latinos|hispanics|somalis|gypsies|roma|black people|white people|brown people|asian people|jewish people|muslim people|chinese people|indian people|mexican people|arab people|african people|black ppl|white ppl|brown ppl|asian ppl|chinese ppl|indian ppl|mexican ppl|jewish ppl|muslim ppl|immigrants|migrants|refugees|foreigners|illegals|asylum seekers|gays|lesbians|homosexuals|queers|bisexuals|gay people|gay men|gay ppl|disabled people|the disabled|autistic people|retarded people|retards|cripples|autists|the mentally ill|niggers|kikes|spics|beaners|wetbacks|chinks|gooks|pakis|towelheads|ragheads|muzzies|fags|faggots|dykes|homos) (home|back|out) (on|in|to|now|asap|already|where|lol|tbh)
pattern: (hope|hoping|wish|pray) (all|) (the|those|these|) (muslims|moslems|jews|christians|catholics|atheists|hindus|sikhs|mormons|buddhists|blacks|whites|mexicans|asians|arabs|africans|indians|pakistanis|chinese|latinos|hispanics|somalis|gypsies|roma|black people|white people|brown people|asian people|jewish people|muslim people|chinese people|indian people|mexican people|arab people|african people|black ppl|white ppl|brown ppl|asian ppl|chinese ppl|indian ppl|mexican ppl|jewish ppl|muslim ppl|immigrants|migrants|refugees|foreigners|illegals|asylum seekers|gays|lesbians|homosexuals|queers|bisexuals|gay people|gay men|gay ppl|disabled people|the disabled|autistic people|retarded people|retards|cripples|autists|the mentally ill|niggers|kikes|spics|beaners|wetbacks|chinks|gooks|pakis|towelheads|ragheads|muzzies|fags|faggots|dykes|homos) (drown|drowns|die|burn|rot|get shot|get killed|all die|all drown|starve)
pattern: (you|u|ya|yu|yall|you people|they|them) ~3 (ruining|destroying|wrecking|invading|infesting) (america|britain|england|europe|our country|this country|the country|our town|our neighborhood|the west) ~2 (go back|go home|get out|leave|gtfo|fuck off)
match: deport them all, every last illegal
match: send every single one of those migrants home on a raft
match: hope all the immigrants drown
match: yall are ruining america, go back
nomatch: we cant deport them all, that is the point of the article
nomatch: we send care packages to refugees back home
note: mass deportation and drowning wishes against migrants

[en.harassment.identity_attack.id-supremacy-and-eugenics]
sub: identity_attack
weight: 0.75
target: group
also: cyberbullying.identity_attack
pattern: (muslims|moslems|jews|christians|catholics|atheists|hindus|sikhs|mormons|buddhists|blacks|whites|mexicans|asians|arabs|africans|indians|pakistanis|chinese|latinos|hispanics|somalis|gypsies|roma|black people|white people|brown people|asian people|jewish people|muslim people|chinese people|indian people|mexican people|arab people|african people|black ppl|white ppl|brown ppl|asian ppl|chinese ppl|indian ppl|mexican ppl|jewish ppl|muslim ppl|immigrants|migrants|refugees|foreigners|illegals|asylum seekers|gays|lesbians|homosexuals|queers|bisexuals|gay people|gay men|gay ppl|disabled people|the disabled|autistic people|retarded people|retards|cripples|autists|the mentally ill|niggers|kikes|spics|beaners|wetbacks|chinks|gooks|pakis|towelheads|ragheads|muzzies|fags|faggots|dykes|homos|aryans|the white race|white race|our race|my race|whites|white people|white men) (are|r|is) (the|a|) (superior|master|supreme|dominant|higher|better) (race|people|breed|species|beings|bloodline)
pattern: (muslims|moslems|jews|christians|catholics|atheists|hindus|sikhs|mormons|buddhists|blacks|whites|mexicans|asians|arabs|africans|indians|pakistanis|chinese|latinos|hispanics|somalis|gypsies|roma|black people|white people|brown people|asian people|jewish people|muslim people|chinese people|indian people|mexican people|arab people|african people|black ppl|white ppl|brown ppl|asian ppl|chinese ppl|indian ppl|mexican ppl|jewish ppl|muslim ppl|immigrants|migrants|refugees|foreigners|illegals|asylum seekers|gays|lesbians|homosexuals|queers|bisexuals|gay people|gay men|gay ppl|disabled people|the disabled|autistic people|retarded people|retards|cripples|autists|the mentally ill|niggers|kikes|spics|beaners|wetbacks|chinks|gooks|pakis|towelheads|ragheads|muzzies|fags|faggots|dykes|homos) (are|r|is) (genetically|racially|biologically|naturally|inherently|intellectually|mentally|evolutionarily|scientifically) (inferior|subhuman|stupid|violent|criminal|lesser|primitive|dumber|less intelligent|less evolved|defective|retarded|savage|animals|closer to apes|closer to monkeys|inferior beings)
pattern: the only good ~2 is a dead (muslim|jew|immigrant|migrant|refugee|mexican|arab|black|gay|illegal|foreigner|paki|indian|chinese|asian|african|somali|gypsy|nigger|spic|kike|fag|faggot|retard|cripple|jewish|hindu|sikh|lesbian|homo|chink|beaner|wetback|muzzie|towelhead|raghead|negro)
pattern: (can|cant|can not|cannot) (you|u|ya|yu|she|he|they) (even|) see (out of|through|with) (those|these|your|ur|them|that|their|his|her) (eyes|slits|slanty eyes|squinty eyes|chink eyes|tiny eyes|little eyes)
match: whites are the superior race, accept it
match: black ppl are genetically less intelligent its science
match: the only good indian is a dead indian
nomatch: the only good thing is a dead battery joke
nomatch: identical twins look the same
nomatch: black people are genetically diverse, the study found
note: racial-supremacy claims, genetic-inferiority claims, the 'only good X is a dead X' formula

[en.harassment.identity_attack.id-singular-group-targets]
sub: identity_attack
weight: 0.7
target: group
also: cyberbullying.identity_attack
pattern: (deport|kick out|get rid of|round up|expel|throw out|gas|kill|shoot|hang|lynch|beat up|stab|bomb) (every|every single|every last|each and every|any|each) (muslim|jew|immigrant|migrant|refugee|mexican|arab|gay|illegal|foreigner|paki|somali|gypsy|nigger|spic|kike|fag|faggot|retard|cripple|jewish|hindu|sikh|lesbian|homo|chink|beaner|wetback|muzzie|towelhead|raghead|negro)
pattern: (muslim|jew|immigrant|migrant|refugee|mexican|arab|black|gay|illegal|foreigner|paki|indian|chinese|asian|african|somali|gypsy|nigger|spic|kike|fag|faggot|retard|cripple|jewish|hindu|sikh|lesbian|homo|chink|beaner|wetback|muzzie|towelhead|raghead|negro) (family|families|kid|kids|guy|girl|people|neighbors|neighbours|neighbor|neighbour|couple|man|woman|dude|boy|lady|student|students|coworker|teacher) ~3 (should|need to|needs to|must|can|gotta|oughta) (go back where|go back to their|go back to his|go back to her|go back to africa|go back to mexico|go back to pakistan|go back to india|go back to china|fuck off|get out|be deported|piss off|be kicked out|go die|die|be shot|be killed|be gassed|burn)
pattern: (hope|hoping|wish|pray|praying) (they|someone|somebody|the army|israel|we|the police|the military|trump|ice|our troops) ~1 (bomb|bombs|nuke|nukes|shoot|shoots|gas|gasses|burn|burns|kill|kills|raid|raids) (every|all|all the|the|that|those|these) (refugee|migrant|immigrant|muslim|jewish|gay|black|mexican|arab|palestinian|romani|gypsy) (camp|camps|kid|kids|family|families|neighborhood|neighbourhood|mosque|mosques|synagogue|synagogues|shelter|shelters|boat|boats|people|village|villages|school|schools|club|clubs|bar|bars)
pattern: (muzlim|muzlims|moozlim|moozlims|mozlem|mozlems|muzzy|muzzys|mussie|mussies|christcuck|christcucks|christfag|christfags|jewfag|jewfags|jewish rat|heebs|hebes|sheeny|sheenies|kyke|kykes)
pattern: (put|lock|keep|send|ship) (all|) (the|those|these|them) (autistic|disabled|retarded|special needs|sped|handicapped|downs|crippled|gay|black|muslim|jewish|mexican|immigrant) (kids|people|children|students|ones|freaks) (in camps|in cages|in a cage|in a ghetto|on an island|in the ovens|in gas chambers)
pattern: (cripples|retards|spastics|spazzes|mongoloids|downies|autists|speds|tards|gimps|handicapped people|the disabled|autistic kids|disabled kids|retarded kids|disabled people|crippled people) (shouldnt|should not|dont deserve to|dont get to|should never) (even|ever|) (be allowed out|be allowed in public|be allowed outside|go out|leave the house|be seen|be in public|be out in public|be allowed to go out|exist|breed|reproduce|be born|have kids|vote|date|marry)
pattern: (nobody|no one|noone) (wants|likes|needs|will date|would date|wants to date|would marry|wants to marry) (a|your|ur|that|the|some) ~2 (disabled|autistic|retarded|crippled|sped|handicapped|wheelchair|fob|special needs|paki|spic|chink|fag|dyke|retard|cripple|tard|autist) (gf|bf|girlfriend|boyfriend|ass|freak|loser|here|around|bitch)
pattern: imagine (being|having) (born|) (autistic|retarded|disabled|a cripple|crippled|gay|a fag|a jew|a muslim|a paki|a retard|an autist|a sped|a mexican|a spic|a chink|a downie|down syndrome|downs) (couldnt be me|lol|lmao|lmfao|skull|ew|eww|cringe|yikes|haha|bro|smh)
match: deport every single muslim
match: the muslim family next door should go back to pakistan where they belong
match: i hope they bomb every refugee camp
match: muzlim terrorists
match: cripples shouldnt even be allowed out in public
match: nobody wants ur fat disabled ass here
match: imagine being born autistic couldnt be me
match: christcuck
nomatch: the muslim family next door brought us food
nomatch: imagine being this good at chess
nomatch: i hope they fix the refugee camp water supply
nomatch: we should go back to the beach where we were yesterday
note: singular identity targets for deport/kill calls, neighbour exclusion, eugenic exclusion of disabled people, 'imagine being X lol'

[en.harassment.identity_attack.id-no-x-allowed]
sub: identity_attack
weight: 0.6
target: group
also: cyberbullying.identity_attack
pattern: (no|ban|banned|keep out|keep the|keep all|get the|get all the) (muslims|moslems|jews|christians|catholics|atheists|hindus|sikhs|mormons|buddhists|blacks|whites|mexicans|asians|arabs|africans|indians|pakistanis|chinese|latinos|hispanics|somalis|gypsies|roma|black people|white people|brown people|asian people|jewish people|muslim people|chinese people|indian people|mexican people|arab people|african people|black ppl|white ppl|brown ppl|asian ppl|chinese ppl|indian ppl|mexican ppl|jewish ppl|muslim ppl|immigrants|migrants|refugees|foreigners|illegals|asylum seekers|gays|lesbians|homosexuals|queers|bisexuals|gay people|gay men|gay ppl|disabled people|the disabled|autistic people|retarded people|retards|cripples|autists|the mentally ill|niggers|kikes|spics|beaners|wetbacks|chinks|gooks|pakis|towelheads|ragheads|muzzies|fags|faggots|dykes|homos|homos|fags|niggers|niggas|spics|kikes|chinks|pakis|trannies|muzzies) (allowed|permitted|welcome|in here|out of)
pattern: (dont|do not|wont|will not|never|aint gonna|not gonna|cant) (let|allow|want|accept|have) (muslims|moslems|jews|christians|catholics|atheists|hindus|sikhs|mormons|buddhists|blacks|whites|mexicans|asians|arabs|africans|indians|pakistanis|chinese|latinos|hispanics|somalis|gypsies|roma|black people|white people|brown people|asian people|jewish people|muslim people|chinese people|indian people|mexican people|arab people|african people|black ppl|white ppl|brown ppl|asian ppl|chinese ppl|indian ppl|mexican ppl|jewish ppl|muslim ppl|immigrants|migrants|refugees|foreigners|illegals|asylum seekers|gays|lesbians|homosexuals|queers|bisexuals|gay people|gay men|gay ppl|disabled people|the disabled|autistic people|retarded people|retards|cripples|autists|the mentally ill|niggers|kikes|spics|beaners|wetbacks|chinks|gooks|pakis|towelheads|ragheads|muzzies|fags|faggots|dykes|homos|homos|fags|niggers|spics|kikes|chinks|pakis|muzzies|gay kids|black kids|muslim kids|disabled kids|autistic kids|sped kids|retarded kids) (on|in|into|near|at|around|join|joining|play|playing|sit|sitting) (our|my|the|this|with)
pattern: (brown|black|muslim|mexican|african|foreign|third world|islamic|arab|immigrant|migrant|asian|chinese|jewish|somali) (invaders|hordes|vermin|parasites|cockroaches|savages|filth|scum|subhumans|rapists|locusts|leeches|infestation|invasion)
pattern: (call center|callcenter|scam call|scammer|tech support) (monkeys|monkey|rats|pajeets|jeets|apes|niggers|scum|animals)
pattern: (jeet|jeets|street jeets)
pattern: (smell|smells|stink|stinks|reek|reeks|smelling|stinking) like (a|the|) (mosque|synagogue|gurdwara|ghetto|reservation|refugee camp|camel|jew|paki|mexican|immigrant|curry house|towelhead|terrorist|nigger|spic|beaner|gypsy)
pattern: (your|ur|yo) (dad|dads|father|mom|mum|uncle|uncles|brother|cousin|family|grandpa|people) ~5 (blows up|blew up|blowing up|bombs|bombed|hijacks|hijacked|straps bombs|builds bombs) (buses|planes|schools|the school|the bus|the plane|buildings|towers|the towers|people|markets|the mall|infidels|himself|herself)
pattern: (vegetable|cripple|gimp|retard|spaz|sped|freak|waste of space|waste of oxygen) (in a wheelchair|on wheels|with a helmet)
pattern: (deaf|autistic|retarded|sped|disabled|stuttering|crippled|downs|down syndrome|special needs|handicapped) (kid|girl|boy|guy|one|bitch|freak|retard|loser) (sounds|talks|walks|looks|acts|smells|runs|eats) like (a|an|some) (dying|retard|retarded|monkey|goat|seal|dolphin|whale|zombie|animal|robot|pig|cow|freak|vegetable)
pattern: (shouldnt|should not|arent|why arent|why are not|why aint) (you|u|ya|yu|he|she|they|ya) (be|) (dead|in the ground|in a coffin|in a grave|six feet under) (by now|yet|already)
match: whites only, no blacks allowed in our group chat
match: no homos allowed in the locker room
match: we dont let gays on our team
match: these brown invaders
match: indian call center monkeys
match: u smell like a mosque
match: ur dad drives a taxi and blows up buses lol
match: ur a fucking vegetable in a wheelchair
match: lmao the deaf kid sounds like a dying whale
match: hey grandpa shouldnt u be dead by now
nomatch: no dogs allowed in the locker room
nomatch: our team has two gay players and they are the best
nomatch: the brown rats in the subway
nomatch: the room smells like a temple, so much incense
nomatch: there are no dogs allowed on the beach
note: identity-based exclusion rules ('no X allowed'), colour + invader compounds, slurs for call-centre workers, terror taunts about family, disability mockery

[en.harassment.identity_attack.id-chat-labels-and-go-home]
sub: identity_attack
weight: 0.6
target: other
also: cyberbullying.identity_attack
pattern: (why dont|why not) (you|u|ya|yall|they|he|she|you people) (just|) (go|fuck off|piss off|swim|crawl|walk|fly) back to (africa|mexico|china|india|pakistan|syria|somalia|poland|romania|nigeria|iraq|iran|afghanistan|haiti|israel|your country|ur country|your own country|ur own country|your shithole|ur shithole|the desert|the jungle)
pattern: (go|get|fuck off|piss off|sod off) home (you|u|ya|) (dirty|filthy|fucking|stupid|illegal|) (immigrant|immigrants|refugee|refugees|foreigner|foreigners|migrant|migrants|illegal|illegals|paki|pakis|wetback|beaner|spic|chink|terrorist|muzzie|towelhead|raghead|gypsy|pikey|polack|fob)
pattern: (youre|your|ur|you are|u r) (not|never) (even|) (american|british|english|french|german|canadian|australian|aussie|one of us|italian|irish|scottish) (lol|lmao|lmfao|go back|get out|gtfo|immigrant|stop pretending|fob|paki|chink|spic|beaner|foreigner|go home|bitch|dumbass)
pattern: (bro|bros|this guy|that guy|this kid|that kid|this dude|that dude|homie|this girl|that girl|my teammate|our teammate|this player|the ref|ur friend|your friend|ur bf|ur gf|this mf|bro is|dude|our jungler|our support|this streamer|ur boyfriend|ur girlfriend) (is|iz|s|) (so|literally|actually|lowkey|deadass|fully|clearly|) (autistic|retarded|retarted|autist|sped|r worded|spastic|special needs|downs) (skull|lmao|lmfao|asf|af|fr|ong|bruh|istg|💀|😭|🤣)
pattern: (autistic|retarded|retarted|sped|down syndrome|downs|special needs|autism|spastic) (ahh|ass) (reply|comment|post|take|kid|face|behavior|behaviour|energy|move|voice|laugh|walk|typing|spelling|question|answer|response|haircut|outfit|play|gameplay|aim|team|teammate|teammates|dude|guy|girl|boy|friend|friends|idea)
pattern: (play|plays|playing|drive|drives|driving|type|types|typing|talk|talks|walk|walks|aim|aims|think|thinks|dress|dresses|write|writes|run|runs|spell|spells) like (a|an|some|) (autistic|retarded|special needs|downs|down syndrome|disabled|handicapped|crippled|sped|special ed) (kid|person|child|guy|girl|boy|retard|monkey|grandma|grandpa|toddler|freak|monkey)
pattern: (you|u|ya|yu|he|she|bro) (got|have|has|gots) the (downs|tism|autism|retard|sped|retardation|gay|aids)
match: why dont u go back to africa
match: go home immigrant
match: your not even american lol
match: bro is autistic 💀
match: this guy is autistic lmao
match: autistic ahh reply
match: you play like an autistic kid
match: u got the downs
nomatch: why dont you go back home and rest
nomatch: my son is autistic and loves trains
nomatch: youre not even american? i thought you were from ohio
nomatch: go home early if you feel sick
note: chat-register identity taunts: 'why dont u go back to X', 'go home immigrant', 'bro is autistic 💀', 'autistic ahh', 'play like a sped'

[en.harassment.identity_attack.id-wish-group-dead-and-better-without]
sub: identity_attack
weight: 0.7
target: group
also: cyberbullying.identity_attack
pattern: (wish|hope|pray) (every|all|all the|all of the|each|every single|every last) (muslim|jew|immigrant|migrant|refugee|mexican|arab|gay|illegal|foreigner|paki|somali|gypsy|nigger|spic|kike|fag|faggot|retard|cripple|hindu|sikh|lesbian|homo|chink|beaner|wetback|muzzie|towelhead|raghead|negro|black person|white person|asian|chinese person|indian|muslims|moslems|jews|christians|catholics|atheists|hindus|sikhs|mormons|buddhists|blacks|whites|mexicans|asians|arabs|africans|indians|pakistanis|chinese|latinos|hispanics|somalis|gypsies|roma|black people|white people|brown people|asian people|jewish people|muslim people|chinese people|indian people|mexican people|arab people|african people|black ppl|white ppl|brown ppl|asian ppl|chinese ppl|indian ppl|mexican ppl|jewish ppl|muslim ppl|immigrants|migrants|refugees|foreigners|illegals|asylum seekers|gays|lesbians|homosexuals|queers|bisexuals|gay people|gay men|gay ppl|disabled people|the disabled|autistic people|retarded people|retards|cripples|autists|the mentally ill|niggers|kikes|spics|beaners|wetbacks|chinks|gooks|pakis|towelheads|ragheads|muzzies|fags|faggots|dykes|homos) (was|were|would|is|are|got|gets|would get|would just|would all) (dead|gone|killed|gassed|shot|deported|wiped out|die|dies|burned|exterminated|disappear|drop dead|hang|hanged)
pattern: (would be|will be|is|was|were|be) (so|much|way|a lot|so much|) better (without|with no|minus) (the|all the|those|these|any|all) (muslims|moslems|jews|christians|catholics|atheists|hindus|sikhs|mormons|buddhists|blacks|whites|mexicans|asians|arabs|africans|indians|pakistanis|chinese|latinos|hispanics|somalis|gypsies|roma|black people|white people|brown people|asian people|jewish people|muslim people|chinese people|indian people|mexican people|arab people|african people|black ppl|white ppl|brown ppl|asian ppl|chinese ppl|indian ppl|mexican ppl|jewish ppl|muslim ppl|immigrants|migrants|refugees|foreigners|illegals|asylum seekers|gays|lesbians|homosexuals|queers|bisexuals|gay people|gay men|gay ppl|disabled people|the disabled|autistic people|retarded people|retards|cripples|autists|the mentally ill|niggers|kikes|spics|beaners|wetbacks|chinks|gooks|pakis|towelheads|ragheads|muzzies|fags|faggots|dykes|homos)
pattern: why (do|does|would|should|did) (we|they|you|u|anyone|the school|this school|schools|they even) (even|) (let|allow|accept|hire|serve|invite) (muslims|moslems|jews|christians|catholics|atheists|hindus|sikhs|mormons|buddhists|blacks|whites|mexicans|asians|arabs|africans|indians|pakistanis|chinese|latinos|hispanics|somalis|gypsies|roma|black people|white people|brown people|asian people|jewish people|muslim people|chinese people|indian people|mexican people|arab people|african people|black ppl|white ppl|brown ppl|asian ppl|chinese ppl|indian ppl|mexican ppl|jewish ppl|muslim ppl|immigrants|migrants|refugees|foreigners|illegals|asylum seekers|gays|lesbians|homosexuals|queers|bisexuals|gay people|gay men|gay ppl|disabled people|the disabled|autistic people|retarded people|retards|cripples|autists|the mentally ill|niggers|kikes|spics|beaners|wetbacks|chinks|gooks|pakis|towelheads|ragheads|muzzies|fags|faggots|dykes|homos) (in|into|on|to|here|join|play|vote|come|near|around)
pattern: (muslims|moslems|jews|christians|catholics|atheists|hindus|sikhs|mormons|buddhists|blacks|whites|mexicans|asians|arabs|africans|indians|pakistanis|chinese|latinos|hispanics|somalis|gypsies|roma|black people|white people|brown people|asian people|jewish people|muslim people|chinese people|indian people|mexican people|arab people|african people|black ppl|white ppl|brown ppl|asian ppl|chinese ppl|indian ppl|mexican ppl|jewish ppl|muslim ppl|immigrants|migrants|refugees|foreigners|illegals|asylum seekers|gays|lesbians|homosexuals|queers|bisexuals|gay people|gay men|gay ppl|disabled people|the disabled|autistic people|retarded people|retards|cripples|autists|the mentally ill|niggers|kikes|spics|beaners|wetbacks|chinks|gooks|pakis|towelheads|ragheads|muzzies|fags|faggots|dykes|homos|boomers|old people|old folks|oldies|geezers|old farts|the elderly|elderly people|old ppl|seniors|old men|old women|old hags|grannies) ~2 (should|need to|needs to|can|must|gotta) (just|) (stop|quit) (breathing|existing|living|reproducing|breeding|having kids|wasting our air|wasting oxygen|taking up space)
pattern: (jew|kike|paki|chink|spic|muzzie|gook|beaner|wetback|nigger|coon|towelhead|raghead|gyppo|pikey|wog) (boy|boys|girl|girls|bitch|bitches|boi|kid|kids|lover|lovers|baby|babies|cunt|cunts|whore|whores)
pattern: (you|u|ya|yu) (fucking|stupid|dumb|dirty|smelly|little) (fob|fobs|fobby|foreigner|immigrant|illegal)
pattern: (the|that|this|ur|your) (gay|lesbian|queer|autistic|retarded|black|muslim|jewish|disabled|sped|deaf|mexican|indian|paki|immigrant) (kid|girl|boy|guy|dude|freak|brother|sister|friend) ~4 (should|needs to|ought to|gotta|better|can go) (kill|hang|kys|unalive|off|shoot|go kill|just kill) (himself|herself|themself|themselves|urself|yourself)
match: i wish every jew was dead
match: this school would be better without the immigrants
match: why do we even let cripples into school
match: old people should stop breathing our air
match: jew boy cant even afford lunch lmao
match: cant understand a word u dumb fob
match: the gay kid in my class should kill himself
nomatch: i wish every student got a free lunch
nomatch: school would be better without homework
nomatch: why do we even let kids stay up this late
nomatch: my jewish boyfriend cooked dinner
nomatch: old people should stop driving at night, my grandpa agrees
note: wishes that a whole group were dead, 'better without X', 'why do we let X in', group-directed self-harm encouragement

[en.harassment.identity_attack.id-religion-attacks]
sub: identity_attack
weight: 0.7
target: group
also: cyberbullying.identity_attack
pattern: (burn|bomb|torch|blow up|firebomb|shoot up|nuke|raze|destroy) (down|) (every|all|all the|all of the|every single) (mosque|mosques|synagogue|synagogues|temple|temples|gurdwara|gurdwaras|church|churches)
pattern: (should|gonna|will|lets|we need to|someone should|someone needs to|somebody should|im gonna|imma|going to) (burn|bomb|torch|blow up|firebomb|shoot up) (down|) (the|that|their|a|every|all|all the|your|ur) ~1 (mosque|mosques|synagogue|synagogues|temple|gurdwara|church)
pattern: (ban|outlaw|eradicate|destroy|wipe out|exterminate|purge) (islam|judaism|the quran|the koran|mosques|all mosques|synagogues|hinduism|sikhism|all muslims|all jews)
pattern: (islam|judaism|hinduism|sikhism|your religion|ur religion|their religion) (is|iz) (a|an|the) (horrible|evil|disgusting|violent|backwards|hateful|satanic|barbaric|vile|pathetic|retarded|demonic|cancerous|savage|filthy|dirty|primitive) (religion|cult|ideology|belief|faith|death cult)
pattern: (islam|muslims|judaism|jews) (is|are) (a|the) (religion|religions|cult|cults) of (violence|terror|terrorism|war|death|hate|rape|pedophiles|pedos|murder|evil|greed|money)
pattern: (kill|behead|slaughter|shoot|gas|hang|burn) (the|all|all the|every) (infidels|kafirs|kuffar|unbelievers|apostates)
pattern: (your|ur|yo) (dad|dads|father|fathers|mom|moms|mum|mums|family|familys|uncle|uncles|brother|brothers|cousin|cousins|grandpa|people|whole family|parents) ~1 (is|was|are|were|s|works for|joined|in|looks like|probably|prolly|builds|makes|make|made|built|an|a|still|gonna) ~2 (terrorist|terrorists|isis|taliban|suicide bomber|bombers|jihadi|jihadist|jihadis|osama|bin laden|al qaeda|hamas|a bomb|bombs|suicide vest|bomb vest|blow himself up|blow herself up)
match: burn every mosque
match: we need to burn down the synagogue
match: islam is a religion of violence
match: your dads a terrorist lol
match: did ur uncle make a bomb today
nomatch: the mosque was burned down last year and rebuilt by the community
nomatch: my uncle was in the army fighting the taliban
nomatch: we visited the synagogue on the heritage tour
note: threats against places of worship, religion-of-violence tropes, terrorist taunts about a person's family

[en.harassment.identity_attack.id-disability-insult-wide]
sub: identity_attack
weight: 0.65
target: other
also: cyberbullying.identity_attack
pattern: (handicapped|disabled|crippled|retarded|retarted|autistic|sped|special needs|special ed|deaf|wheelchair|aspie|aspergers|downs|down syndrome|spastic|mongoloid|schizo|brain damaged|braindead|mental) (losers|loser|freaks|freak|idiots|idiot|morons|moron|scum|trash|garbage|bitches|bitch|fucks|fuckers|fucker|retards|retard|weirdos|weirdo|rejects|reject|mongs|mong|cunts|cunt|bastard|bastards|vegetable|vegetables|goblin|goblins|mutant|mutants|creature|creatures|burden|burdens|waste of space|subhumans)
pattern: (dumb|stupid|fucking|useless|pathetic|lazy|ugly|worthless|little|filthy|dirty|fat|gross|disgusting|smelly|braindead|bitch ass|dumbass|drooling) (cripple|cripples|crip|gimp|gimps|spaz|spazz|spastic|mong|mongs|retard|retards|tard|tards|autist|autists|sped|speds|downie|downies|aspie|aspies|sperg|spergs|schizo|schizos|mongoloid)
pattern: (autists|aspies|speds|spazzes|tards|retards|cripples|gimps|mongs|downies|spergs|sperglords|schizos|downs kids|retarded people|autistic people|disabled people) like (you|u|ya|him|her|them|yourself|urself)
pattern: (the|that|this|ur|your|his|her|some|a) (retarded|retarted|sped|crippled|tard|spastic|spaz|mongoloid|mong|downie|window licking) (girl|boy|kid|guy|dude|freak|chick|bitch|loser|kids|girls|boys|brother|sister|cousin|friend|friends|people|one|ass|nerd|weirdo|baby)
pattern: (handicapped|disabled|crippled|retarded|retarted|autistic|sped|special needs|special ed|deaf|wheelchair|aspie|aspergers|downs|down syndrome|spastic|mongoloid|schizo|brain damaged|braindead|mental) (kid|girl|boy|guy|dude|student|chick|person|people|kids) (is|was|are|iz|r) (a|such a|so|an|literally a|literally|) (freak|freaks|weirdo|weirdos|loser|losers|retard|retards|idiot|creep|creeps|waste|waste of space|mistake|burden|joke|embarrassment|disgusting|gross|retarded|useless|worthless|vegetable|subhuman|goblin)
pattern: (sperg|sperging|sperged|sperglord|sperglords|spergo|spergs|autismo|autismos|tard wrangler|autistic screeching|autistic screech|autistic noises|autistic shrieking|retard strength|full retard|full on retard)
pattern: (autistic|retarded|retarted|sped|spastic|aspie) (ass|take|moment|post|comment|opinion|reply|looking|lookin)
match: handicapped losers shouldnt be allowed to play
match: dumb cripple cant even walk straight lol
match: autists like you ruin every game
match: nobody wants to sit with the retarded girl
match: that autistic kid is a freak
match: stop sperging out
match: aspie freak
nomatch: my autistic son loves trains
nomatch: the disabled kid in my class won the science fair
nomatch: special ed teacher here, my kids are amazing
nomatch: im autistic and i love trains
note: disability word used as an insult noun, adjective or label for a person

[en.harassment.identity_attack.id-disability-existence]
sub: identity_attack
weight: 0.8
target: group
also: cyberbullying.identity_attack
pattern: (disabled|autistic|retarded|handicapped|downs|down syndrome|deformed|crippled|special needs|mentally ill|mentally retarded|deaf|blind) (people|kids|children|babies|folks|persons|ppl|freaks|losers) (shouldnt|should not|dont deserve to|dont get to) (even|) (exist|existing|be born|live|breed|reproduce|have kids|have children|be alive|be allowed to live|be allowed to exist|be allowed to breed|be allowed to reproduce|be allowed to have kids|be allowed to play|be allowed to vote|be in public|be in school|be in our school)
pattern: (disabled|autistic|retarded|handicapped|downs|down syndrome|deformed|crippled|special needs|mentally retarded) (people|kids|children|babies|folks|ppl|freaks) (should|must|need to|ought to|deserve to) (all|just|) (be aborted|be put down|be euthanized|be euthanised|be gassed|be sterilized|be sterilised|be locked away|die|be killed|be culled|be drowned|be thrown away)
pattern: (kids|people|children|babies|ppl|freaks) with (down syndrome|downs|autism|disabilities|a disability|cerebral palsy|special needs) (shouldnt|should not|dont deserve to) (even|ever|) (exist|be born|live|breed|reproduce|have kids|be alive|be allowed to live|be allowed to exist|be allowed to breed)
pattern: like (you|u|ya|yu|yall|them|him|her|yourself|urself) ~1 (shouldnt|should not|should never|dont deserve to|do not deserve to|must not|mustnt) (be allowed to|ever|even|) (breed|reproduce|procreate|exist|live|have kids|have children|be born|vote|be in public|be around kids|be around children|be alive)
match: down syndrome kids shouldnt even exist
match: disabled people should be euthanized
match: cockroaches like you shouldnt be allowed to breed
nomatch: disabled people deserve accessible buildings
nomatch: disabled people should be allowed to live independently
nomatch: people like you should be proud
note: eugenic statements that disabled or targeted people should not exist or breed

[en.harassment.identity_attack.id-meds-and-labels]
sub: identity_attack
weight: 0.55
target: other
also: cyberbullying.identity_attack
pattern: (take|go take|did you take|did u take|forgot to take|forgot your|forgot ur|off your|off ur|forget your|forget ur|go back on your|go back on ur|take ur) (your|ur|yo|his|her|the|) (meds|medication|pills|lithium|antipsychotics) ~2 (schizo|psycho|retard|freak|lunatic|weirdo|nutjob|nutcase|loon|looney|loony|spaz|sped|autist|maniac)
pattern: (schizo|psycho|retard|nutjob|nutcase|loon|lunatic|spaz|autist) ~2 (take|took|forgot|forget|go take|on) (your|ur|yo|his|her) (meds|medication|pills)
pattern: (youre|ur|you are|u r|you r|yur|hes|shes|he is|she is|theyre|they are|is|are|being so|acting) ~2 (r worded|r slurred|rworded|r tarded|rtarded|r tard|rtard|r wordy|rslurred)
pattern: (is|was|hes|shes|he is|she is|youre|ur|you are|u r|theyre|they are) (such a|a total|a complete|literally a|a fucking|a lil|a little|a dumb|a stupid|a big|the biggest|an absolute) (sped|speds|autist|spaz|spastic|mong|downie|sperg|tard|cripple|gimp|window licker|mongoloid)
match: go take your meds schizo
match: youre literally r-worded
match: lol this kid is such a sped
nomatch: remember to take your meds after breakfast
nomatch: he takes meds for his schizophrenia
nomatch: she is a sped teacher at my school
note: mental-health and disability labels thrown at a person

[en.harassment.identity_attack.id-ageist-wide]
sub: identity_attack
weight: 0.6
target: group
also: cyberbullying.identity_attack
pattern: (boomers|old people|old folks|oldies|geezers|old farts|the elderly|elderly people|old ppl|seniors|old men|old women|old hags|grannies) ~1 (should|need to|needs to|must|deserve to|ought to|gotta|can just|should just|should all|need to all) (all|just|all just|just all|) (die|die off|croak|drop dead|be put down|be euthanized|be euthanised|go extinct|die already|fuck off and die|kick the bucket|be culled|be gassed|hurry up and die)
pattern: (boomers|old people|old folks|oldies|geezers|old farts|the elderly|elderly people|old ppl|seniors|old men|old women|old hags|grannies) (are|r) (all|just|so|fucking|literally|nothing but|basically|all just|a bunch of|such|straight up|filthy|dirty|disgusting|stinking|nothing more than|no better than|worse than|like|all fucking|honestly|a pack of|) (useless|worthless|a waste|a waste of space|a waste of oxygen|a burden|parasites|leeches|vermin|trash|garbage|scum|subhuman|leeching|a drain|senile idiots|braindead|evil|disgusting|a plague|the problem|useless eaters)
pattern: (boomer|boomers|geezer|geezers|old fart|old farts|old hag|dinosaur|fossil|grandpa|grandma|gramps|granny|oldie|old man|old lady|old timer|old bag|old bat) ~3 (log off and die|go die|just die|die already|hurry up and die|drop dead|croak already|die off|die in a home|rot in a home|rot in your nursing home|go rot|go back to your nursing home|back to the nursing home)
pattern: (you|u|ya|yall|boomers|boomer|your|ur|old people|geezers|oldies) ~2 (should have|shouldve|should of|shoulda) (died|croaked|been taken|gone) (in|from|of|with|during) (covid|the pandemic|corona|the plague|the war|the lockdown)
match: boomers should all just die off already
match: old people are useless and should be put down
match: boomer dinosaur log off and die
match: ur grandma should have died in covid lol boomer
nomatch: old people deserve respect
nomatch: my grandpa is a boomer and he just learned tiktok
nomatch: many seniors died during the pandemic, a tragedy
note: ageist death wishes and dehumanisation of older people

[en.harassment.identity_attack.id-mock-accent-wide]
sub: identity_attack
weight: 0.6
target: other
also: cyberbullying.identity_attack
pattern: (you|u|ya|yu|he|she|they|ur|your|his|her) ~2 (accent|english|talk|talks|speak|speaks|sound|sounds|voice|type|types) ~2 (ching chong|chinky|like apu|like a terrorist|like a paki|like a fob|like a beaner|like a retard|like a sped|like a monkey|like an ape|like a slave|like a chink|like a spic|like a wetback|like a downie|like an autist)
pattern: (learn|speak|talk|use) (english|proper english|real english|american) (bitch|dumbass|idiot|moron|stupid|retard|immigrant|foreigner|fob|monkey|and go back|or leave|or go home|or get out|or fuck off|or gtfo|or die|chink|spic|beaner|paki|terrorist)
pattern: (cant|can not|cannot|can't) (even|) (speak|talk|write|spell) (english|proper english) (dumb|stupid|fucking|immigrant|foreigner|fob|go back|monkey|retard|idiot|moron)
match: you talk like apu lol
match: speak english or go home
match: cant even speak english dumb fob
nomatch: do you speak english?
nomatch: english isnt my first language sorry
nomatch: he has a thick accent and i love it
note: mocking a person's accent or English, demanding they speak English

# ---------------------------------------------------------------------------------------------
# round 4 (r4hr): families found missing with blind probes of DMs, school chat, comments and
# gaming; each entry covers a family of phrasings, not one probe line
# ---------------------------------------------------------------------------------------------

[en.harassment.doxxing.r4hr-everyone-will-know-your]
sub: doxxing
weight: 0.7
target: other
pattern: (everyone|everybody|everyones|everybodys|the whole school|whole school|the whole grade|whole grade|the whole class|the whole internet|whole internet|all of twitter|all of tiktok|the whole server|all ur friends|all your friends|your whole school|ur whole school) ~3 (gonna|going to|will|about to|bout to|finna|gon) (know|see|have|get|find out) (your|ur|yo) (address|addy|home address|number|phone number|cell|real name|full name|location|ip|school|workplace|nudes|dms|secrets)
pattern: (your|ur|yo) (address|addy|home address|phone number|real name|full name|location|ip|nudes|dox|personal info) (is|are|goes|go|gets|get|will be|will go|is going|are going|gonna be|gonna go|about to be|about to go|bout to go|is gonna be|are gonna be|is gonna go|is going to be|are going to be|is about to be|is bout to be) (public|viral|everywhere|online|leaked|posted)
match: everyone's gonna know your phone number by tonight
match: the whole school is about to see your nudes
match: keep talking and your address goes public
match: ur real name is gonna be everywhere tomorrow
nomatch: everyone will know your name when you win the award
nomatch: your number is up next at the deli counter
nomatch: your pics are up on the class website, they look great
note: threats that the target's address, number, real name or private images will be exposed to an audience; "your name" and "your pics" stay out

[en.harassment.threat.r4hr-jump-you]
sub: threat
weight: 0.65
pattern: (ill|imma|ima|im gonna|im going to|were gonna|were going to|we gonna|well|we will|we finna|gonna|finna|they gonna|theyre gonna|my boys gonna|we bout to|im bout to|about to) (jump|rush|stomp|curbstomp|ambush) (you|u|ya|him|her|that kid|this kid)
pattern: (youre|ur|you are|u r|your|you|u) (gonna|going to|about to|bout to|finna|gon|will) (get|be) (jumped|rushed|stomped|curbstomped|ambushed|beat up|beaten up|smoked|merked|dropped)
pattern: (youre|ur|you are|u r|your|you|u) (getting|gonna get|going to get|about to get|bout to get|finna get|gon get|will get|get) (your|ur|yo|that) (ass|face|head|teeth) (kicked|beat|beaten|whooped|whupped|stomped|smashed|knocked in|kicked in|caved in|handed to you|bashed in)
match: we'll jump you at the park friday
match: we're gonna jump him after practice
match: you're getting your ass kicked tomorrow
match: ur gonna get jumped walking home
nomatch: we're gonna jump in the pool
nomatch: i'll jump your car battery in the morning
nomatch: we're about to jump on the call
note: group-beating threats ("jump", "rush", "stomp" a person) and "you're getting your ass kicked / gonna get jumped"; a person object is required, so "jump in", "jump on the call" stay clean; no fixed target since "jump him" names a third person

[en.harassment.threat.r4hr-get-my-hands-on-you]
sub: threat
weight: 0.6
target: other
pattern: (wait till|wait until|wait til|just wait till|just wait until|when|once|if|soon as|as soon as|the second|the minute|next time) (i|we) (get|lay|put|got) (my|our) (hands|hand) on (you|u|ya|yall|that kid|this kid)
pattern: (wait till|wait until|wait til|just wait till|just wait until) (i|we|my brother|my dad|my boys) (catch|catches|find|finds) (you|u|ya) (alone|outside|after school|walking home|by yourself|at school|irl|lol|bitch|)
match: wait till i get my hands on you
match: when i get my hands on u you're done
match: just wait till i catch you alone
nomatch: wait till i get my hands on that new game
nomatch: once i get my hands on the recipe i'll send it to you
nomatch: wait till i see you tomorrow, i have a surprise
note: "wait till I get my hands on / catch you": threatened violence announced for later; a person object is required ("get my hands on the recipe" stays clean), and "see" needs "wait till I catch"

[en.harassment.threat.r4hr-wont-walk-again]
sub: threat
weight: 0.65
target: other
pattern: (you|u|ya|youll|ull) (will never|wont ever|aint gonna|aint never|never gonna|never) (walk|breathe|eat solid food|use your hands|use ur hands|have kids) (again|straight again|right again)
pattern: (touch|talk to|text|look at|go near|come near|come by|mess with|step to|speak to|message|dm) (my|her|him|them) ~2 (again|one more time|ever again) (and|n|an) (you|u|ya|youre|ur|ill|im|i will|we|imma|ima|it) ~2 (wont|dead|done|regret|break|end|kill|hurt|finished|never|pay|bleed|lose|gonna)
match: touch my sister again and you won't walk again
match: you'll never walk straight again after i'm done
match: talk to my girl one more time and you're dead
nomatch: after the accident doctors said he might never walk again
nomatch: text my mom again and remind her about dinner
nomatch: you won't be able to talk again until the anaesthetic wears off
note: promised lasting injury ("you won't walk again") and "touch/talk to my X again and you're dead" warnings

[en.harassment.death_wish.r4hr-may-you-suffer]
sub: death_wish
weight: 0.75
target: other
pattern: may (you|u|ya|your family|ur family|your kids|ur kids|your mom|ur mom|your whole family|your children|your bloodline) (rot|burn|suffer|die|choke|perish|drown|starve|bleed|get cancer|never wake up|never know peace|be cursed|die alone|die slowly|rot in hell|burn in hell)
pattern: may (god|satan|karma|the devil|allah) (curse|punish|strike|destroy|torture|smite|damn) (you|u|ya|your|ur)
match: may you choke in your sleep
match: may your family suffer like i did
match: may god curse you and your children
nomatch: may you rest in peace
nomatch: may your days be merry and bright
nomatch: may god bless you and your family
note: "may you rot / burn / choke": curse-form death wishes aimed at the reader

[en.harassment.death_wish.r4hr-go-drink-bleach]
sub: death_wish
weight: 0.75
also: cyberbullying.self_harm_encouragement
pattern: (go|just go|pls go|please go|now go|then go|so go|go and|go n|go ahead and|go ahead) (drink|chug|sip|swallow|gargle|eat|inject|snort) (some|a|a bottle of|a gallon of|a cup of|) (bleach|drano|antifreeze|tide pods|tide pod|rat poison|poison|lighter fluid|battery acid|cyanide|arsenic|rust|glass)
pattern: go (play|run|walk|lie down|lay down|sleep|nap|skip|dance) (in|on|into|across) (traffic|the highway|the freeway|the motorway|the interstate|the train tracks|the tracks|the rail|the road)
pattern: go (jump|leap|throw yourself|throw urself|fling yourself) (off|in front of|under|from) (a|the|some|an) (bridge|cliff|roof|rooftop|building|skyscraper|train|bus|truck|car|balcony|window|overpass)
pattern: go (rope|neck|noose|hang|off|unalive) (yourself|urself|ur self|your self|yoself|yaself)
match: go drink bleach
match: go play in traffic
match: just go jump off a bridge already
match: go rope urself
nomatch: don't drink bleach, call poison control
nomatch: go play in the park with your brother
nomatch: go jump off the diving board, it's fun
note: imperative "go (drink bleach / play in traffic / jump off a bridge / rope yourself)": a death wish told to another person; no target set, so "i'm gonna go jump off a bridge" is read by its own pronoun

[en.harassment.death_wish.r4hr-drink-bleach-bare]
sub: death_wish
weight: 0.5
also: cyberbullying.self_harm_encouragement
pattern: (drink|chug|gargle|swallow) (some|a bottle of|a gallon of|) (bleach|drano|antifreeze|rat poison|lighter fluid|battery acid)
match: drink bleach
match: chug some bleach, nobody would notice
nomatch: never drink bleach or mix it with ammonia
nomatch: i would rather drink bleach than sit through that class again
note: bare "drink bleach" told to someone: weaker than the "go ..." form since it is also said of oneself as hyperbole, where the first-person cue discounts it


[en.harassment.insult.r4hr-everyone-hates-you]
sub: insult
weight: 0.4
target: other
pattern: (everyone|everybody|everyones|literally everyone|the whole school|the whole class|the whole team|the whole server|your own family|ur own family|even your|even ur) ~2 (hates|hate|despises|despise|cant stand|can not stand|is sick of|are sick of|is tired of) (you|u|ya|yu)
pattern: (nobody|no one|noone|not one person|not a single person|literally nobody|not even your|not even ur) ~3 (likes|wants|cares about|cares abt|loves|will ever love|would ever love|would miss|will miss|is gonna miss|would notice|would care if) (you|u|ya|yu)
pattern: (everyone|everybody|everyones|literally everyone|the whole school|the whole class|the whole grade|even your|even ur|even the teachers|people|ppl) ~2 (laughs|laugh|laughing|laughed|talks shit|talk shit|talks crap|makes fun) (at|about|of) (you|u|ya|yu) (behind|when|every|all|lol|lmao|bro|loser|everyday|)
match: everyone laughs at you behind your back
match: everyone hates you, even your teachers laugh at you
match: no one in our grade likes u
match: no one would miss you if you left
nomatch: everyone loves you, don't forget that
nomatch: nobody hates you, you're just tired and overthinking
nomatch: nobody likes me at my new school
note: "everyone hates you / nobody likes you / no one would miss you": weak alone because generic "you" is common in venting and support ("when everyone hates you it hurts"); adds up with a second insult or threat

[en.harassment.insult.r4hr-we-all-hate-you-here]
sub: insult
weight: 0.6
target: other
pattern: (we all|all of us|everyone here|everybody here|everyone in this server|everyone in this chat|everyone in this class|everyone in this gc|everyone at this school|the whole gc|the whole chat|the whole server|the whole grade|the whole group) (all|literally|genuinely|honestly|fucking|just|) (hate|hates|despise|despises|cant stand) (you|u|ya|yu)
pattern: we (literally|genuinely|honestly|fucking|fkn|seriously|truly|all) (hate|despise|cant stand) (you|u|ya|yu)
pattern: (nobody|no one|noone|literally nobody) (wants|likes|needs|asked for|invited) (you|u|ya|yu) (here|around|in this|in our|in the group|in the gc|at this school|at our|on this team|on the team|anymore)
match: honestly we all hate you and always did
match: nobody wants you here, just disappear forever
match: no one likes you in this server
match: we literally hate you
nomatch: we don't hate you, we missed you
nomatch: nobody wants you to leave, stay here
nomatch: i hate when you leave early lol
note: the speaker's group telling the target it hates them or that they are unwanted "here": aimed at the reader, not generic venting

[en.harassment.insult.r4hr-you-slut]
sub: insult
weight: 0.6
pattern: (you|u|ya) (dumb|stupid|fat|ugly|dirty|filthy|fucking|fkn|little|lil|nasty|cheap|worthless|desperate|disgusting|) (whore|slut|skank|slag|thot|sluts|whores|skanks)
pattern: (youre|ur|you are|u r|you r) (a|an|such a|such an|just a|nothing but a|a dumb|a dirty|a fucking|a stupid|a fat|a little|an ugly|a nasty|a cheap|an attention|a desperate|a total|a complete|the biggest|a lil|a filthy) (whore|slut|skank|slag|thot|hoe|tramp)
pattern: (shes|she is|shes just|this girl is|that girl is|this bitch is|your mom is|ur mom is|your sister is|ur sister is|your gf is|ur gf is|your girl is|ur girl is) (a|an|such a|such an|just a|nothing but a|a dumb|a dirty|a fucking|a stupid|a fat|a little|an ugly|a nasty|a cheap|an attention|a desperate|a total|a complete|the biggest|a filthy) (whore|slut|skank|slag|thot|hoe|tramp)
match: @emma you're such a whore everyone knows
match: shes a dumb slut who sleeps with everyone
match: you dirty skank
match: ur mom is a hoe
nomatch: my ex called me a slut in front of everyone
nomatch: stop calling girls sluts, it's gross
nomatch: slut shaming is a real problem at our school
note: gendered sexual slurs used as an insult at a specific person ("you're such a whore", "she's a dumb slut"); the slur itself is scored in gender_abuse, this entry counts the targeted insult for harassment

[en.harassment.insult.r4hr-you-ugly]
sub: insult
weight: 0.5
target: other
also: cyberbullying.appearance_shaming
pattern: (youre|you are|u r|you r|ure) (so|such|really|fucking|fkn|literally|actually|genuinely|hella|mad|too|just|that|beyond|disgustingly|butt|straight up|) (ugly|hideous|fugly|repulsive|grotesque|unattractive|uggo)
pattern: (youre|you are|u r|ure|ur|your) (so|such|really|fucking|fkn|literally|hella|mad|too|that|disgustingly) (fat|obese|fatass|chunky|morbidly obese) (you|u|that|it|lol|lmao|af|asf|bro|ew|no|nobody|even)
pattern: (ur|your|yur) (so|such|really|fucking|fkn|literally|actually|genuinely|hella|mad|too|that|beyond|disgustingly|butt) (ugly|hideous|fugly|repulsive|grotesque|unattractive)
pattern: (ur|your|yur) (ugly|hideous|fugly|repulsive) (af|asf|lol|lmao|lmfao|bro|bruh|fr|ngl|tbh|omg|ew|eww|bitch|loser|kid|it hurts|no wonder|nobody|and|ur|your|lmaooo)
pattern: (you|u|ya) (look|looks|lookin|looking) (so|really|fucking|fkn|hella|mad|like|) (ugly|hideous|fugly|repulsive|disgusting)
match: ur so ugly ur parents must be ashamed
match: you're ugly af
match: you are literally hideous
match: you look disgusting in that pic lol
match: you're so fat you can't even see your feet
nomatch: your ugly christmas sweater is the best one here
nomatch: you're not ugly, you're gorgeous
nomatch: ur ugly cat is so cute
nomatch: you look terrible, are you sick? go rest
note: direct appearance insults ("you're so ugly", "ur ugly af", "you look disgusting"); "your/ur ugly" possessive stays clean without an intensifier or closing word

[en.harassment.identity_attack.r4hr-n-word-at-someone]
sub: identity_attack
weight: 0.7
also: cyberbullying.identity_attack
pattern: (you|u|ya|youre|ur|you are|u r|stupid|dumb|dirty|filthy|fucking|fkn|lil|little|ugly|shut up|stfu|bye|sup|hey|ok|okay|fuck you|fuck off) (n word|nword|nwords|n words|n wrd|n bomb)
pattern: (n word|nword|n wrd) (monkey|monkeys|ape|apes|bitch|boy|ass|kid|lover|loving)
match: you're a stupid n word monkey
match: shut up n word
match: fuck off you dirty n-word
nomatch: he called me the n word in class
nomatch: is it ever okay to say the n word in a song
nomatch: the n word is a slur and shouldn't be used
note: "n word" written out as a stand-in slur aimed at someone ("you n word", "shut up n word", "n word monkey"); "the n word" (mentioning the word) has no slot before it

[en.harassment.sexual.r4hr-under-your-clothes]
sub: sexual
weight: 0.6
target: other
pattern: (see|peek|touch|feel|show me|put my hand|put my hands|get my hands|stick my hand) ~3 (under|beneath|underneath|up) (your|ur|that|ya) (skirt|dress|shirt|top|clothes|hoodie|towel|pants|shorts|uniform|skirt sweetie|bra|panties|underwear)
pattern: (sit|ride|bounce) (on|on top of) my (face|dick|cock|lap baby|lap girl|lap sweetie|lap princess|lap babygirl)
match: let me see what's under that skirt sweetie
match: i wanna put my hand up your skirt
match: come sit on my face
nomatch: put your phone under your pillow
nomatch: the nurse had to look under her shirt to check the rash
nomatch: he is reaching for something under the table
note: unwanted sexual remarks about what is under someone's clothes and "sit on my face" invitations

[en.harassment.sexual.r4hr-pic-in-your-underwear]
sub: sexual
weight: 0.55
target: other
pattern: (send|show|snap|post|dm|text|sc|take) (me|) ~3 (pic|pics|picture|pictures|photo|photos|selfie|selfies|vid|video|snap|snaps|nudes) ~4 (in|wearing|without|in just|in only|with no|with nothing but) (your|ur|ya|a|that|some|those|) (bikini|underwear|bra|panties|swimsuit|lingerie|thong|boxers|undies|bathing suit|nightie|pajamas|pjs|towel|nothing|no clothes|no shirt|no bra|no pants)
match: send a pic of you in your bikini
match: snap me a selfie in just a towel
match: show me pics wearing nothing
nomatch: send pics of the bikini you ordered so i can see the color
nomatch: post the photo of the beach, not the one in the hotel
nomatch: take a picture of the underwear aisle for me
note: requests for images of a person in underwear, swimwear or undressed: sexual harassment and a grooming signal

[en.harassment.threat.r4hr-give-you-reason-to-cry]
sub: threat
weight: 0.55
target: other
pattern: (ill|imma|ima|i will|im gonna|im going to|i can|gonna|lemme|let me|i could) give (you|u|ya) (a reason|something|smth|sumn|a lot|plenty) to (cry|scream|fear|be scared|be afraid|worry|be sorry|regret|be crying) (about|for|over|)
pattern: (ill|imma|ima|i will|im gonna|im going to|gonna|well|were gonna) (make|have) (you|u|ya) (bleed|beg|scream|piss yourself|shit yourself|wish you were dead|wish u were dead|wish youd never been born|regret being born|regret ever being born) (for|like|until|till|bitch|lol|)
match: i'll give you a reason to cry
match: keep whining and i'll give you something to cry about
match: i'm gonna make you bleed
match: imma make u regret being born
nomatch: this movie will give you a reason to cry, bring tissues
nomatch: the onions will make you cry lol
nomatch: i'll make you laugh i promise
note: "I'll give you something to cry about" and "I'll make you bleed / beg / regret being born": intimidation aimed at the reader

[en.harassment.death_wish.r4hr-just-end-it]
sub: death_wish
weight: 0.35
pattern: (pls|please|plz|go|so|then|why dont you|why not|just) end it (lol|lmao|loser|bitch|pls|please|for everyone|for us|for all of us|and do us|and spare us)
pattern: (pls|please|plz|go|so|then|why dont you|why not|just) end it already
match: just end it already nobody cares about you
match: why dont you end it already lol
nomatch: we should end it here and start fresh tomorrow
nomatch: please don't end it, talk to me first
note: "just end it already" told to someone: weak alone since it is also said of relationships and TV series, adds up with an insult or "nobody cares about you"

[en.harassment.threat.r4hr-wont-make-it-home]
sub: threat
weight: 0.6
target: other
pattern: (you|u|ya) (wont|will not|aint gonna|aint|not gonna|never gonna|are not gonna|arent gonna) (make it home alive|make it home in one piece|make it out alive|make it out of here alive|live to see|live past|live much longer|see tomorrow|see another day|see your next birthday|see ur next birthday|make it to graduation|make it to your birthday|last the week|walk out of here)
pattern: (youll|you will|u will|ull|youre gonna|ur gonna|you gonna|u gonna) (never|not) (make it home|see tomorrow|see another day|see your family again|see ur family again|see the light of day|wake up tomorrow|live to see)
match: you won't make it home alive tonight
match: you'll never see your family again
match: you ain't gonna live to see graduation
nomatch: you won't see the weekend forecast change much
nomatch: this weather, you won't make it home before dark
nomatch: you'll never see tomorrow's episode coming lol
note: "you won't make it home alive / live to see / see tomorrow": threats on the target's life phrased as a forecast

[en.harassment.death_wish.r4hr-laugh-at-your-funeral]
sub: death_wish
weight: 0.6
target: other
pattern: (laugh|laughing|dance|dancing|spit|spitting|piss|pissing|shit|shitting|party|partying|celebrate|celebrating|throw a party) (at|on|over|after) (your|ur|yo) (funeral|grave|corpse|casket|coffin|dead body|wake|death)
pattern: (cant wait|cannot wait|cant wait for the day|looking forward) (to|for) (your|ur|yo) (funeral|death|obituary|wake)
match: i'd laugh at your funeral
match: i'll piss on your grave
match: can't wait for your funeral
nomatch: we laughed at grandma's funeral because she would have wanted it
nomatch: don't dance on his grave, it's disrespectful
nomatch: i cried at her funeral
note: gloating over the target's death ("I'd laugh at your funeral", "piss on your grave", "can't wait for your funeral")

[en.harassment.insult.r4hr-failed-abortion]
sub: insult
weight: 0.7
target: other
also: cyberbullying.humiliation
pattern: (you|u|ya) (should have|shouldve|should of|shoulda|shouldve just|should have just|should of just) (been|got) (aborted|swallowed|a miscarriage|a stillbirth|drowned at birth|flushed|a blowjob)
pattern: (you|u|ya|youre|ur|you are|u r) (a|an|such a|just a|one big|walking|) (failed|botched|walking|unsuccessful|late term|post birth) (abortion|abortions|miscarriage)
pattern: (your|ur|yo) (mom|mum|mother|parents|dad|father|family) (should have|shouldve|should of|shoulda) (aborted|swallowed|drowned|flushed|miscarried) (you|u|ya)
match: you should've been aborted
match: you failed abortion
match: ur a walking miscarriage
nomatch: the article is about abortion access in texas
nomatch: she had a miscarriage last year and still grieves
nomatch: abortion should be legal
note: "you should have been aborted / failed abortion": wishing the target had never been born

[en.harassment.doxxing.r4hr-screenshots-to-your-boss]
sub: doxxing
weight: 0.6
target: other
pattern: (your|ur|yo) (boss|bosses|parents|mom|mum|dad|teacher|teachers|principal|employer|job|work|wife|husband|gf|bf|girlfriend|boyfriend|family|school|coach|pastor|church) (is|are|will be|gonna be|about to be|bout to be|is about to be|is gonna be|are gonna be|will|are about to|is about to|are gonna|is gonna|gonna|about to|bout to) (getting|seeing|receiving|reading|get|see|receive|read) (these|those|all|all ur|all your|every|all these|all of these|all of your) (screenshots|screenshot|messages|dms|chats|texts|nudes|recordings|tweets|receipts|convos)
pattern: (sending|send|sent|forwarding|forwarded|dmd|dming|emailing|emailed|showing|mailing) (these|those|all|all ur|all your|every|all these|all of your|all of these) ~2 (screenshots|screenshot|messages|dms|chats|texts|nudes|tweets|receipts|convos) to (your|ur|yo) (boss|parents|mom|mum|dad|teacher|teachers|principal|employer|job|work|wife|husband|gf|bf|girlfriend|boyfriend|family|school|coach|church|pastor|whole family|grandma)
match: your boss is getting these screenshots
match: forwarding all your dms to your boss tonight
match: your parents are about to see these dms
nomatch: your mom is getting the photos from the wedding next week
nomatch: sending the photos to your mom now, she asked for them
nomatch: your teacher will see the comments on your essay
note: threats to expose a person's messages, posts or images to their boss, family or school

[en.harassment.doxxing.r4hr-ill-find-your-address]
sub: doxxing
weight: 0.45
target: other
pattern: (ill|imma|ima|im gonna|im going to|i will|gonna|watch me|i bet i can|wont take long to) (find|track down|dig up|figure out|trace|look up) (your|ur|yo) (address|addy|home address|location|real name|full name|ip|school|workplace|family|parents) (trust me|watch|easy|bitch|lol|lmao|dont|just|soon|believe|i promise|you|u|ur|bet|then|n|and then|so|idiot|loser|kid|by tonight|tonight|tomorrow|no cap|fr|frfr)
pattern: (i|we) (know|found|figured out|got|have|saw) (what|which|where) (car|bus|route|gym|bus stop) (you|u|ya) (drive|take|park|go to|use|get off|walk)
match: i'll find your address trust me
match: watch me track down ur real name by tonight
match: i know what car you drive
nomatch: i'll find your address in our system and update the order
nomatch: i know which school you go to, we met at the fair
nomatch: i can get your address from your mom for the invites
note: promises to dig up a person's address, real name or school, and "I know what car you drive / which bus you take": weak-ish since friends say it too, scored up by any threat or insult nearby

[en.harassment.insult.r4hr-your-parents-regret-you]
sub: insult
weight: 0.5
target: other
also: cyberbullying.humiliation
pattern: (your|ur|yo) (parents|mom|mum|mother|dad|father|family|own mom|own mother|own dad|own parents|own family) (regret|regrets|regretted|are ashamed of|is ashamed of|are embarrassed by|is embarrassed by|wish they never had|wishes she never had|wishes he never had|wish they aborted|wishes she aborted|wish you were|wishes you were) (you|u|ya|having you|having u|dead|never born|gone|someone else)
pattern: (no wonder|thats why|that is why|explains why) (your|ur|yo) (dad|father|mom|mum|mother|parents) (left|leave|abandoned|walked out|doesnt love|dont love|hates|hate|ran off)
match: your parents regret having you
match: no wonder your dad left lol
match: ur own mom is ashamed of you
nomatch: your parents are proud of you, trust me
nomatch: your mom never wanted you to feel alone
nomatch: my dad left when i was five and it still hurts
note: "your parents regret having you / no wonder your dad left": attacks on the target's family bonds, a common bullying put-down

[en.harassment.insult.r4hr-you-smell-like]
sub: insult
weight: 0.45
target: other
also: cyberbullying.humiliation
pattern: (you|u|ya|yu) (smell|smells|stink|stinks|reek|reeks) (like|of) (shit|ass|piss|garbage|trash|a dumpster|a sewer|a toilet|rotten eggs|hot garbage|death|fish|ball sweat|balls|sweat|onions|cat piss|a homeless|shit and|a landfill|a pig|pigs|a farm|a corpse|roadkill)
pattern: (you|u|ya|yu) (smelly|stinky|stinking|filthy|unwashed|greasy|crusty) (bitch|loser|pig|rat|freak|goblin|hobo|bum|fuck|cunt|bastard|kid|mf|troll|weirdo)
match: you smell like shit
match: u stink like a dumpster
match: you smelly goblin
nomatch: you smell like vanilla today
nomatch: this room smells like garbage
nomatch: i smell like sweat after practice lol
note: "you smell like shit / a dumpster", "you smelly X": hygiene put-downs aimed at a person

[en.harassment.sexual.r4hr-body-remark]
sub: sexual
weight: 0.55
target: other
pattern: (your|ur|yo) (boobs|tits|titties|breasts|ass|butt|booty|thighs|chest|body|rack|cleavage|lips) (got|getting|look|looks|are|is|r|lookin|looking) (so|really|hella|mad|damn|fucking|fkn|real|) (big|bigger|huge|juicy|thicc|thick|perky|bouncy|squishy|tasty|suckable|fuckable|grabbable|edible|delicious|sexy|hot|fine|tight|plump|round|wet)
pattern: (bet|betcha|i bet|ik|i know) (you|u|ur|youre|ya) (tight|wet|taste good|taste so good|a freak|freaky|a screamer|moan|moan loud|love it rough|like it rough|a virgin|good in bed|easy|into that)
match: your boobs got so big
match: bet you're tight
match: your ass looks so juicy
nomatch: your lips look chapped, try vaseline
nomatch: your body is changing during puberty and that's normal
nomatch: i bet you're tired after that game
note: sexual remarks about a person's body ("your ass looks so juicy", "bet you're tight")

[en.harassment.threat.r4hr-have-my-brother-beat-you]
sub: threat
weight: 0.7
target: other
pattern: (ill|imma|ima|im gonna|im going to|i will|gonna|i can|i could|i should|watch me) (have|get|send|make|call|tell) my (brother|brothers|big brother|boys|cousin|cousins|dad|uncle|friends|boyfriend|bf|homies|gang|older brother|people|guys) (to|) (beat|jump|fight|hurt|handle|deal with|fuck up|mess up|whoop|beat up|smoke|stomp|visit|find|come for|come after) (you|u|ya|your ass|ur ass|yo ass)
pattern: run (your|ur|yo|my|the) (fade|fades|fair ones|fair one) (bitch|pussy|then|now|after school|tomorrow|rn|right now|lil|kid|boy|bro|)
match: i'll have my brother beat you up
match: imma get my cousins to jump you
match: run ur fade after school
nomatch: i'll have my brother help you move on saturday
nomatch: i'll get my dad to call you about the job
nomatch: run your hands under cold water for ten minutes
note: threats to send relatives or friends to beat someone up, and the fight challenge "run your fade"

[en.harassment.doxxing.r4hr-ill-expose-you]
sub: doxxing
weight: 0.55
target: other
pattern: (ill|imma|ima|im gonna|im going to|i will|gonna|watch me|im about to|im bout to|bout to|about to|finna|im finna|gonna go) (expose|exposing) (you|u|ya|ur|your|yo) (for|as|lol|lmao|bitch|tomorrow|tonight|online|publicly|rn|now|soon|to everyone|to the whole school|to ur parents|to your parents|on|lies|secrets|ass|dms|texts|cheating)
pattern: (ill|imma|ima|im gonna|im going to|i will|gonna|watch me|im about to|im bout to|bout to|about to|finna|im finna) (out|leak|dox|doxx) (you|u|ya|ur|your|yo)
pattern: (ill|imma|ima|im gonna|i will|gonna|watch me|im about to|bout to|finna) (tell|show|send) (everyone|everybody|the whole school|the whole class|the whole grade|the gc|the group chat|all ur friends|all your friends|your parents|ur parents|your mom|ur mom) (your|ur|yo|about your|about ur|what you|what u) (secret|secrets|little secret|did|said|sent me|look like|texted)
pattern: (sending|posting|showing|forwarding|dropping|send|post|show|forward|drop) (these screenshots|the screenshots|these pics|the pics|the video|the vid|ur pics|your pics|ur dms|your dms|ur nudes|your nudes|ur texts|your texts) to (everyone|everybody|the whole school|the whole class|the whole grade|the gc|the group chat|all ur friends|all your friends|ur followers|your followers)
match: i'll expose you for what you did
nomatch: i'll expose you to some good music
match: i'll tell everyone your secret
match: sending the screenshots to everyone at school
nomatch: the sun will expose you to uv rays so wear sunscreen
nomatch: i'll tell everyone you said hi
nomatch: sending this to everyone who signed up for the trip
note: threats to expose, out or leak a person or their secrets, and spreading screenshots or images of them to everyone they know

[en.harassment.threat.r4hr-know-where-your-family-works]
sub: threat
weight: 0.5
target: other
pattern: (i|we|ik|i already|we already) (know|found out|figured out|found) (where|what time|when|which school|what school) (your|ur|yo) (mom|mum|mother|dad|father|sister|little sister|brother|little brother|wife|husband|kids|kid|son|daughter|family|parents|girlfriend|gf|boyfriend|bf|grandma) (works|work|lives|live|goes|go|sleeps|gets off|walks|plays|parks|shops|drops|leaves|goes to school)
pattern: (i|we) (know|have|got) (your|ur|yo) (moms|mums|dads|sisters|brothers|wifes|parents|grandmas) (name|number|address|workplace|job|email|phone number|facebook|insta) (and|n|an|lol|bitch|so|now)
match: i know where your mom works
match: we know what time your little sister walks home
match: i know your mom's name and where she works
nomatch: i don't know where your mom works anymore
nomatch: do you know where your sister is
nomatch: i have your mom's number if you need a ride
note: "I know where your mom works / what time your sister walks home": threats through the target's family; 0.5 because a neighbour can say the first plainly, so it needs the aimed-at-you context

[en.harassment.threat.r4hr-or-else]
sub: threat
weight: 0.55
target: other
pattern: (keep your mouth shut|keep ur mouth shut|keep quiet|keep this quiet|keep it quiet|say nothing|dont tell anyone|dont tell nobody|dont snitch) ~3 (or else|or youll regret it|or youre dead|or ur dead|or youll be sorry|or you will regret it|or else bitch|or you get hurt|or u get hurt|or ill hurt you|or ill end you)
pattern: (stay away from|keep away from|back off|leave|dont talk to|stop talking to|dont touch|stop texting|dont text|stop messaging|dont tell|dont snitch|stay off|get away from|stop looking at) (my|her|him|them|me|us|anyone|anybody|nobody|my girl|my man|my sister|my brother) ~3 (or else|or youll regret it|or youre dead|or ur dead|or youll be sorry|or you will regret it|or else bitch|or you get hurt|or u get hurt|or ill hurt you|or ill end you)
pattern: (if|when) (you|u|ya) (know|knew) (whats|what is|what was) good for (you|u|ya)
pattern: (come closer|say it again|say that again|say that to my face|try me|touch me again|keep talking|keep it up|open your mouth|open ur mouth|test me|touch her again|touch him again) (and|n|an) (find out|see what happens|watch what happens)
match: stay away from my girl or else
match: dont come to school tomorrow if you know whats good for you
match: come closer and find out
match: tell anyone and you're dead, keep your mouth shut or else
nomatch: stay away from the stove, it's hot
nomatch: stay away from the edge or else you might fall
nomatch: keep talking, i'm listening
nomatch: try it and tell me what you think
note: warnings backed by an unnamed consequence: "stay away from her or else", "if you know what's good for you", "come closer and find out"

[en.harassment.death_wish.r4hr-go-get-raped]
sub: death_wish
weight: 0.8
also: gender_abuse.sexual_violence
pattern: (go|just go|pls go|go and|go n|hope u|hope you|i hope u|i hope you|hope ya) get (raped|gang raped|gangraped|molested|assaulted|groped)
pattern: get (raped|gang raped|gangraped|molested) (bitch|loser|lol|lmao|hoe|slut|whore|idiot|kid|nerd|cunt|fag|incel|stupid|dumbass|retard|clown|bozo)
match: go get raped
match: get raped lol
match: i hope you get gang raped
nomatch: she was scared she would get raped walking home alone
nomatch: how to help a friend who got raped
nomatch: he said i should go get raped and i reported him
note: "go get raped" and "get raped + insult": a wish of sexual violence on the target

[en.harassment.sexual.r4hr-mature-for-your-age]
sub: sexual
weight: 0.4
target: other
pattern: (youre|ur|you are|u r|you r|u seem|you seem|you look) (so|really|very|such|super|) (mature|grown|developed|grown up) for (your|ur|a) (age|12|13|14|15|16|twelve|thirteen|fourteen|fifteen|sixteen|year old|grade|kid)
pattern: (age|ur age|your age) (is just a number|is only a number|doesnt matter to me|dont matter to me|means nothing to me)
match: how old r u? ur so mature for your age
match: age is just a number to me babe
nomatch: the puppy is small for its age
nomatch: my son is tall for his age
note: grooming lines ("you're so mature for your age", "age is just a number"): weak alone since teachers and parents say the first, strong with a picture request or a sexual remark

[en.harassment.doxxing.r4hr-found-your-location]
sub: doxxing
weight: 0.6
target: other
pattern: (found|got|saw|seen|checked|pulled up|tracked|tracking|watching) (your|ur|yo) (snap map|snapmap|location on snap|live location|life360|house on google maps|house on street view|house on maps|street view|ip address|ip|home on maps)
pattern: (your|ur|yo) (address|addy|location|ip|house|home address) (is|r|are|s) (on my screen|up on my screen|in my notes|saved in my phone|pinned|on google maps|on street view|in my phone)
match: found ur snap map lol, nice house
match: ur address is on my screen rn
match: i pulled up your house on street view
nomatch: turn off your snap map so strangers can't see where you are
nomatch: your address is saved in the app for faster checkout
nomatch: i found your location in the group itinerary, see you at the hotel
note: showing the target that their live location, house or IP has been found ("found ur snap map", "your address is on my screen")

# ---------------------------------------------------------------------------------------------
# round 2026.11.30.6 (r6hr): blind-probe round 2; insults without a listed noun, intelligence
# mockery, taunt chains, veiled threats, game-to-real-life threats
# ---------------------------------------------------------------------------------------------

[en.harassment.insult.r6hr-reason-parents-split]
sub: insult
weight: 0.6
target: other
also: cyberbullying.humiliation
pattern: (youre|ur|you are|u r|your) (literally|actually|honestly|probably|prolly|clearly|obviously|lowkey|) (the|da) (reason|only reason|whole reason) (why|) (your|ur|yo) (parents|mom|mum|dad|father|mother|family|folks) (got divorced|divorced|are divorced|split|split up|broke up|left|drinks|drink|fight|fought|cry|cries|hate eachother|are unhappy|gave up|moved out|walked out)
pattern: (your|ur|yo) (dad|father|mom|mum|mother|parents|family|folks) (left|divorced|split|split up|walked out|gave up|moved out|ran off|drinks|started drinking) (because of|cuz of|cause of|bc of|thanks to) (you|u|ya)
match: you're the reason your parents got divorced
match: ur literally the reason ur dad drinks
match: your mom left because of you lol
nomatch: you're the reason my parents met, thank you
nomatch: my dad left because of work, he travels a lot
nomatch: your mom left because of the storm warning
note: blaming the target for their family breaking up ("you're the reason your parents divorced", "your dad left because of you"), a wounding put-down in school chats

[en.harassment.death_wish.r6hr-better-if-never-existed]
sub: death_wish
weight: 0.75
target: other
also: cyberbullying.self_harm_encouragement
pattern: (everyone|everybody|world|we|wed|school|class|server|planet|family|parents|mom|mum|everybody|earth|humanity) (would|d|will|wud|) (all|honestly|literally|genuinely|really|) be ~2 (better off|better|happier|calmer|nicer|safer) (if|when) (you|u|ya) (never existed|didnt exist|didnt exsist|werent born|were never born|was never born|were gone|was gone|disappeared|died|were dead|was dead|left forever|stopped existing|ceased to exist|never came back|werent here|wasnt here|never woke up)
match: everyone would be happier if you never existed
match: honestly the world would be so much better if you were never born
nomatch: my life would be better if you were never around, we're done
match: we'd all be better off if you were gone
match: your family would honestly be happier if u died
nomatch: everyone would be happier if you came to the party
nomatch: we'd all be better off if you got some sleep
nomatch: i feel like everyone would be better off if i was gone
note: death wishes phrased as others being better off if the target had never existed or were gone; the first-person form ("if i was gone") is an at-risk statement for self_harm, not this entry

[en.harassment.death_wish.r6hr-you-should-disappear]
sub: death_wish
weight: 0.7
target: other
also: cyberbullying.self_harm_encouragement
pattern: (you|u|ya) (should|need to|needa|ought to|oughta|gotta) (just|honestly|really|literally|) (stop existing|cease to exist|not exist|not be alive|never have been born|leave this earth|leave this planet|delete yourself|erase yourself|unexist)
pattern: (you|u|ya) (should|need to|needa|ought to) (just|honestly|really|literally|) (disappear|vanish|go away|leave) (forever|for good|permanently|off the face of the earth|from this earth) 
pattern: (you|u|ya) (should|need to|needa|ought to) (just|honestly|really|literally|) (disappear|vanish|go away|leave) ~4 (world|everyone|everybody|nobody|no one|noone|planet|earth) (would|will|wud|d|is|wont|wouldnt) (be|care|notice|miss)
pattern: (pls|please|go|go and|kindly|just go|can you|can u|could you|why dont you|why dont u) (stop existing|cease to exist|cease existing|unexist yourself|delete yourself from existence)
pattern: (stop existing|cease to exist|cease existing) (loser|freak|bozo|kid|ffs|nobody|no one|noone|thanks|weirdo|creep|bitch|idiot|clown)
match: you should just disappear, the world would be better
match: u need to stop existing
match: you should leave forever, nobody wants you
match: just stop existing loser
match: can you stop existing
nomatch: you should just disappear for a weekend, you deserve a break
nomatch: my headache should just disappear already
nomatch: sometimes i wish i could just stop existing
note: telling the target to stop existing or vanish for good; a plain "you should disappear for a weekend" does not match, the first-person "i wish i could stop existing" is left to self_harm

[en.harassment.insult.r6hr-must-suck-being]
sub: insult
weight: 0.55
target: other
also: cyberbullying.humiliation
pattern: (must|gotta|it must|musta|must really|has to|must be hard to|must be sad to) (suck|be sad|be hard|be rough|be tough|be embarrassing|be exhausting|be lonely|be awful) (to be|being|having|to have|to look) (that|so|this|as|such a) (ugly|dumb|stupid|fat|annoying|hated|lonely|unfunny|irrelevant|broke|boring|short|useless|worthless|pathetic|mid|unlikeable|unlikable|unlovable|forgettable|dense|slow|clueless|cringe|insufferable|miserable|weird|creepy|gross|hideous|talentless|friendless|desperate|face|body|brain|personality|laugh|voice)
pattern: (must|gotta|musta) (suck|be sad|be hard|be rough|be embarrassing) (being|to be) (the|da) (ugliest|dumbest|stupidest|fattest|most annoying|most hated|weirdest|worst|biggest loser|slowest|lamest|most irrelevant|most boring|least liked|least popular) ~3 (in|at|on|of|alive)
match: must suck to be that ugly
match: must suck being the ugliest kid in the grade
match: must be embarrassing being that dumb
nomatch: must suck to be that tired after a double shift
nomatch: must be hard being the oldest of five kids
nomatch: it must be hard to be so far from home
note: "must suck being that ugly / the dumbest kid in class": mock pity aimed at someone's looks, brains or standing; the closed contempt list keeps "must be hard being far from home" clean

[en.harassment.insult.r6hr-that-face]
sub: insult
weight: 0.55
also: cyberbullying.appearance_shaming
pattern: imagine ~4 (having|with|rocking|looking like|waking up with|being born with) (that|a|your|ur|such a) (face|mug|forehead|hairline|body|nose|haircut|head|face like that|ugly face|busted face) ~3 (and still|and posting|and then posting|and showing|and leaving|and going|and thinking|and calling|and talking|and acting|lol|lmao|skull|ew|eww|yikes|couldnt be me|cant relate|bro|gross)
pattern: imagine (having|with|being born with) (a face that ugly|that ugly face|a face only a mother could love)
pattern: (who|whoever|tf|who tf|who the hell) (let|allowed|lets|told) (you|u|ya|him|her|them|this guy|that guy) ~4 (with that face|with a face like that|looking like that|with that hairline|with that head)
pattern: (the|da) (ugliest|dumbest|stupidest|fattest|grossest|weirdest|smelliest|most annoying|most hated|most irrelevant|biggest loser) (kid|person|girl|guy|boy|human|dude|student|thing|mf|loser) (in|at|on|of) (the|this|our|my|your|ur) (school|grade|class|server|app|planet|world|earth|team|building|discord|lobby|chat|gc|group chat|year)
match: imagine having a face like that and still posting selfies
match: who let you out of the house with that face
match: imagine showing up to prom with that face, couldnt be me
match: she's the ugliest girl in the grade
match: you're the dumbest kid in our class fr
nomatch: imagine having that face card, ur gorgeous
nomatch: the ugliest sweater in the store won the contest
nomatch: imagine having your face on a billboard, so cool
note: appearance and ranking put-downs: "imagine having that face", "who let you out with that face", "the ugliest/dumbest kid in the school"; objects ("ugliest sweater") and praise ("face card") do not match

[en.harassment.insult.r6hr-how-do-you-breathe]
sub: insult
weight: 0.6
also: cyberbullying.humiliation
pattern: how (do|does|did|can|is) (you|u|ya|he|she|they|someone|somebody|anyone|this guy|that guy|bro|blud|this kid|that kid) ~4 even (remember to breathe|breathe on your own|breathe on ur own|breathe unassisted|tie your shoes|tie ur shoes|tie his shoes|tie her shoes|tie their shoes|tie your shoelaces|dress yourself|dress urself|dress himself|dress herself|feed yourself|feed urself|walk and talk|walk and chew gum|pass kindergarten|pass first grade|pass 1st grade|pass the first grade|find your way home|use a fork|operate a phone|work a phone)
pattern: (surprised|amazed|shocked) (you|u|ya|he|she) (can|could|even|can even|could even) (remember to breathe|breathe on your own|breathe unassisted|tie your shoes|tie ur shoes|tie his shoes|tie her shoes|dress yourself|dress urself|dress himself|dress herself|spell your name|spell ur name|spell your own name|spell his name|read|count to ten|count to 10|find the door|walk and talk)
pattern: (someone|somebody|anyone|a person|people|ppl|sb) as (dense|dumb|stupid|slow|thick|braindead|clueless|dim|brainless|retarded|simple|dimwitted|dull|illiterate|hopeless) as (you|u|ya|him|her|them|this guy|that guy)
match: how does someone as dense as @noah even remember to breathe
match: how do you even tie your shoes in the morning
match: honestly surprised you can read
match: someone as thick as him shouldnt be allowed to vote
nomatch: how do you tie your shoes with a double knot
nomatch: how does she remember to breathe during the long solo
nomatch: surprised you can still read without glasses at 80
note: mocking someone's intelligence with "how do you even remember to breathe / tie your shoes", "surprised you can read", "someone as dense as you"; a literal "how do you tie your shoes with a double knot" follows with a method, which only the nomatch examples show

[en.harassment.insult.r6hr-brain-cells-fighting]
sub: insult
weight: 0.6
also: cyberbullying.humiliation
pattern: (brain cells|braincells|brain cell|braincell|neurons|iq points) (fighting|fight|fought|competing|racing|battling|arguing) (for|over) (third|3rd|second|2nd|last|first) place
pattern: (your|ur|yo|his|her|their) (last|only|one|single|remaining|lone) (brain cell|braincell|neuron|working brain cell) (is|must be|r|just|has|took|went|died|quit|left|gave up|clocked out|is lonely|on vacation)
pattern: (your|ur|yo|his|her) (brain|brains|head|mind) (is|are|r|must be|runs|is running|running) (on|) (windows 95|windows xp|dial up|dialup|airplane mode|1 percent|low battery|lag|a potato|a calculator|battery saver|3g|2g|internet explorer|hamster wheel|a hamster|one hamster|empty|emptier than)
pattern: (you|u|ya|he|she) (have|got|has) the (reading comprehension|attention span|critical thinking|memory|common sense|problem solving skills|listening skills|awareness|self awareness|logic) of (a|an) (goldfish|toddler|potato|rock|brick|peanut|squirrel|fruit fly|gnat|houseplant|doorknob|sponge|golden retriever|carrot|fish|ant|brick wall|banana)
pattern: (do|did|does) (you|u|ya|he|she) (practice|try|train|rehearse|work at|study|get paid|have to try) (being|to be) (this|that|so) (dumb|stupid|dense|slow|thick|annoying|ugly|clueless|braindead|useless|unfunny|cringe|weird|lame|bad)
match: two brain cells fighting for third place
match: your last brain cell just clocked out
match: ur brain is running on windows 95
match: you have the reading comprehension of a goldfish
match: do you practice being this dumb
nomatch: my brain is running on zero sleep rn
nomatch: goldfish have a memory of months not seconds
nomatch: do you practice every day before the recital
note: set-phrase mockery of someone's intelligence: brain cells fighting for third place, last brain cell, brain running on windows 95, reading comprehension of a goldfish, "do you practice being this dumb"

[en.harassment.insult.r6hr-human-version-of]
sub: insult
weight: 0.55
target: other
also: cyberbullying.humiliation
pattern: (youre|ur|you are|u r|your) (literally|actually|basically|just|honestly|genuinely|lowkey|) the (human|living|walking|real life|irl) (version|equivalent|embodiment|definition|personification) of (a|an|the|) (wet|soggy|damp|stale|participation|headache|migraine|mosquito|rash|cold|papercut|paper cut|rock|brick|npc|buffering|loading|skip|mute|unskippable|expired|beige|plain|bland|splinter|stubbed|pop up|popup|ad|typo|fart|hangnail|wedgie|sock|napkin|trophy|disappointment|cringe|l|dumpster|red flag|traffic jam|root canal|tax|spam|virus|parking ticket|lego|cockroach|mold|rash|stain|allergy)
pattern: (youre|ur|you are|u r|your) (about|exactly|literally|) as (interesting|fun|funny|exciting|entertaining|smart|useful|attractive|likeable|likable|sharp|bright|charming|relevant|important|needed|wanted) as (a|an|) (wall|brick|rock|brick wall|wet sock|sock|doorknob|potato|plank|bag of rocks|box of rocks|dial tone|tax form|dishwater|cardboard|spoon|paperweight|screen door on a submarine|rash|stain|pothole|fart|traffic cone|cold|headache)
pattern: everything about (you|u|ya) (is|r|are) (annoying|cringe|cringey|fake|pathetic|disgusting|gross|ugly|embarrassing|irritating|unbearable|insufferable|mid|trash|garbage|wrong|lame|repulsive|off putting|offputting)
pattern: (you|u|ya) (bring|brings|add|contribute|offer) (absolutely|literally|) (nothing|zero|nada|0) (to the table|to this group|to this team|to this server|to the conversation|to anyone|to society|to the world)
match: you're the human version of a headache
match: ur literally the human equivalent of a participation trophy
match: you're about as interesting as a wall
match: everything about you is annoying
match: you bring absolutely nothing to the table
nomatch: you're the human version of sunshine
nomatch: everything about you is amazing
nomatch: the new update brings nothing to the table honestly
note: noun-less insults aimed at the reader: "the human version of a headache", "as interesting as a wall", "everything about you is annoying", "you bring nothing to the table"

[en.harassment.insult.r6hr-taunt-chain]
sub: insult
weight: 0.55
target: other
also: cyberbullying.pile_on
pattern: (fell off|fallen off|ratio|ratiod|l|bozo|cope|seethe|mald|malding|nobody asked|touch grass|skill issue|cry about it|stay mad|ur mid|youre mid|who asked|didnt ask|dont care|no bitches|no maidens|hold this l|take the l|get ratiod|washed|npc|clown|ur irrelevant|youre irrelevant|cry more|cry harder|rent free) (plus|and|n|) (fell off|you fell off|u fell off|ratio|ratiod|l|bozo|cope|seethe|mald|malding|nobody asked|touch grass|skill issue|cry about it|stay mad|ur mid|youre mid|who asked|didnt ask|dont care|no bitches|no maidens|hold this l|take the l|washed|ur washed|youre washed|npc|clown|ur irrelevant|youre irrelevant|cry more|cry harder|rent free)
match: fell off + ratio
match: L + ratio + you fell off + nobody asked
match: cope + seethe + skill issue
match: ratio + ur washed
nomatch: he fell off his bike and cried
nomatch: the flour to water ratio and the bake time matter
nomatch: touch grass and drink water this weekend, you earned it
note: the pile-on chain of taunt tokens ("L + ratio + you fell off + cope"); two tokens in a row, so a lone "ratio" or "fell off" stays to its own weak entry

[en.harassment.insult.r6hr-nobody-invited-you-noun]
sub: insult
weight: 0.6
target: other
also: cyberbullying.exclusion
pattern: (nobody|no one|noone|nobody here|no one here|literally nobody|not a single person) (invited|asked|wants|wanted|likes|liked|needs|called|cares about|missed|begged) (you|u|ya) (here|lol|lmao|bro|tho|though|) (freak|loser|weirdo|creep|bozo|clown|nerd|dork|loner|reject|idiot|moron|freak show|pick me|pickme|tryhard|simp|incel|fatass|ugly|stinky|crybaby|npc|goblin|rat|snake|virgin|lil bro|kid|dweeb|geek|retard|bitch|hoe|whore)
match: nobody invited you, freak
match: no one wants you here loser
match: literally nobody asked you bozo
nomatch: nobody invited you? i'll add you to the chat
nomatch: no one likes you more than your dog lol
note: exclusion line closed with a vocative insult ("nobody invited you, freak"); the vocative noun is what makes it an attack, so "nobody invited you?" alone stays clean

[en.harassment.insult.r6hr-hygiene-taunt]
sub: insult
weight: 0.55
target: other
also: cyberbullying.humiliation
pattern: (do|did|does) (you|u|ya) (ever|even|actually|evn) (shower|bathe|wash yourself|wash ur ass|wash your ass|brush your teeth|brush ur teeth|wear deodorant|use deodorant|use soap|take a shower|take showers|own soap) (lol|lmao|bro|fr|tho|though|skull|at all|bc|cuz|because|dude|seriously|ngl|tbh|honestly|or is|or nah|or what|you stink|u stink|you smell|u smell|ew|eww|nasty|smelly|stinky|like ever|ever)
pattern: (ever|have you ever|have u ever|u ever|you ever) heard of (soap|deodorant|a shower|showers|a toothbrush|toothpaste|mouthwash|shampoo|hygiene|a bath|personal hygiene)
pattern: (the|your|ur|yo) (smell|stench|stank|odor|odour|bo) (is|must be|became|r) (your|ur|a) (whole|entire|only|) (personality|personality trait|trait|brand|identity|aura)
match: be honest do u ever shower or is the smell like a personality trait for you
match: ever heard of deodorant
match: have you ever heard of soap
nomatch: do you ever shower at the gym or at home
nomatch: never heard of that soap brand, is it good
nomatch: do you even wash the pan after searing
note: hygiene taunts aimed at the reader ("do you ever shower", "ever heard of soap", "the smell is your personality")

[en.harassment.insult.r6hr-look-better-with-bag]
sub: insult
weight: 0.55
target: other
also: cyberbullying.appearance_shaming
pattern: (you|u|ya|youd|ud|youll|she|shed|he|hed|your face|ur face) ~2 (look|looks|be|sound|sounds) (better|prettier|cuter|hotter|smarter|less ugly|more attractive) (with|if) (a bag|a paper bag|a paper bag over|a mask|your mouth shut|ur mouth shut|your mouth closed|ur mouth closed|you shut up|u shut up|you stopped talking|u stopped talking|you kept your mouth shut|u kept ur mouth shut|your face covered|ur face covered|the lights off|a different face|a new face|no face|someone elses face)
match: you'd look better with a bag over your head
match: you'd be prettier if you shut up
match: ud look better with the lights off
nomatch: you'd look better with a haircut, go see my barber
nomatch: the room would look better with the lights off and candles
nomatch: you'd sound better with a mic upgrade
note: "you'd look better with a bag over your head / if you shut up": insults dressed as advice

[en.harassment.threat.r6hr-if-i-were-you]
sub: threat
weight: 0.6
target: other
pattern: (id|i would|i wud|ida) (start|be|) (watching my back|watch my back|look over my shoulder|looking over my shoulder|sleep with one eye open|sleeping with one eye open|change schools|not come to school|not come back|not show my face) ~2 if i (was|were|where) (you|u|ya)
pattern: if i (was|were|where) (you|u|ya) (id|i would|i wud|ida) (start|be|) (watching my back|watch my back|look over my shoulder|looking over my shoulder|sleep with one eye open|sleeping with one eye open|change schools|not come to school|not come back|not show my face)
pattern: (id|i would|i wud|ida|ill|i will) (be|start|stay) (careful|real careful|really careful|very careful) if i (was|were|where) (you|u|ya) ~3 (saturday|sunday|monday|tuesday|wednesday|thursday|friday|tonight|tomorrow|tmrw|after school|this weekend|at the|at school|walking home|thats all|just saying|justsaying|is all|nothing will|not saying)
pattern: (just saying|justsaying|jus saying) ~2 (id|i would) (be careful|watch my back|watch out|lay low) if i (was|were) (you|u|ya)
match: if i were you i'd watch my back
match: i'd start looking over my shoulder if i was you
match: not saying anything will happen to you at the meet saturday. just saying i'd be careful if i was you
match: if i was u i'd not come to school monday
nomatch: i'd be careful if i were you, that dog bites
nomatch: if i were you i'd be careful with that stock, it's volatile
nomatch: if i were you i'd stay home and rest, you sound sick
note: veiled warnings "if I were you I'd watch my back / lay low / not come to school"; "be careful" counts only next to a day, a place or a "just saying" so that real safety advice ("that dog bites") stays clean

[en.harassment.threat.r6hr-not-saying-something-will-happen]
sub: threat
weight: 0.65
target: other
pattern: (not saying|im not saying|i aint saying|not sayin|im not sayin|i aint sayin|not that|i wont say|i didnt say|who said) (anything|something|smth|sum|nothing|somethin|stuff) (will|is gonna|gonna|is going to|might|could|would|is bout to|bout to) happen (to you|to u|to ya|to your family|to ur family|to your mom|to ur mom|to your car|to ur car|to your house|to ur house|to your dog|to ur dog|to your sister|to ur sister|to your face|to ur face)
pattern: (anything|something|smth|stuff|things|accidents) (could|can|might|may) (happen|happen to you|happen to u) (to|) (you|u|ya|your|ur|people|anyone|anybody|kids|girls) ~2 (who|that|if|when|you know|u know|just saying|just sayin|at school|on the way|walking home|alone|after dark)
match: not saying anything will happen to you, but
match: im not sayin something gonna happen to u if u show up
match: things can happen to people who talk too much, just saying
nomatch: not saying anything will happen to your grade if you skip one quiz
nomatch: accidents can happen to anyone, wear your seatbelt
note: the deniable threat "not saying anything will happen to you" and "things can happen to people who..."; safety advice ("accidents can happen to anyone, wear a seatbelt") is the near miss the examples guard

[en.harassment.threat.r6hr-things-happen-to-snitches]
sub: threat
weight: 0.65
pattern: (bad things|things|accidents|stuff|bad stuff|shit|ugly things|funny things) (happen|happens|tend to happen) to (people|ppl|kids|girls|guys|boys|snitches|rats|narcs|those|folks|anyone|anybody|nosy people|little girls|little boys) (who|that|like) (snitch|snitches|talk|talks|tell|tells|run their mouth|runs their mouth|say too much|says too much|dont listen|cross me|report|reports|post|posts|tattle|tattles|run their mouths|stick their nose|stick their noses|mess with me|fuck with me|keep talking|you|u|ya)
match: things happen to snitches who talk, remember that
match: accidents happen to people who run their mouth
match: bad things happen to people like you
nomatch: bad things happen to good people, it's not your fault
nomatch: funny things happen to people who travel alone, my best stories
note: mafia-style veiled threat: "accidents happen to people who talk", "bad things happen to people like you"; "bad things happen to good people" (comfort) does not have a snitch verb or "like you"

[en.harassment.threat.r6hr-i-know-people]
sub: threat
weight: 0.7
target: other
pattern: i (know|got|have) (people|ppl|some people|some ppl|guys|a guy|a few people|friends|connections|cousins|brothers|my boys|people nearby) (who|that|whod|thatll|who will|who would|who can|who could) ~2 (find|hurt|handle|deal with|take care of|visit|pay you|pay u|beat|jump|smoke|dox|track|shut you up|shut u up|make you|make u|get to you|get to u|get you|get u|fuck you up|mess you up|know where you)
pattern: (watch|careful|mind) (what|how|your|ur|yo) ~4 i (know|got) (people|ppl|some people|some ppl|a guy|a few people|connections)
match: i know people who can find you
match: you better watch what you say, i know people
match: be careful how you talk to me i got people
nomatch: i know people who can help you with your resume
nomatch: keep me posted, i know people at the venue who could get us in
note: the "I know people" threat, either naming what those people will do or following a warning ("watch what you say, i know people")

[en.harassment.threat.r6hr-watch-your-mouth]
sub: threat
weight: 0.4
target: other
pattern: (you|u|ya) (better|betta|bttr|had better|best) (watch|mind) (your|ur|yo) (mouth|tone|words|language|attitude|mouth bitch|mouth kid)
pattern: (you|u|ya) (better|betta|bttr|had better|best) (watch|mind) what (you|u|ya) (say|said|type|post|posting|saying|typing)
match: you better watch your mouth
match: u better watch what u say
nomatch: you better watch your step, the floor is wet
nomatch: you should watch your language around grandma
nomatch: you should watch your back posture when lifting
note: "you better watch your mouth / what you say": a warning that needs a second signal (a threat, an insult, "or else") to flag, since parents and teachers say it too

[en.harassment.threat.r6hr-game-to-irl]
sub: threat
weight: 0.75
target: other
pattern: (after|outside|outside of|once|when|after i finish|after we finish|when we finish) (this|the|that|our) (game|match|round|stream|lobby|map|raid|set|scrim|tournament|ranked game|comp game) ~4 (pull up on you|pull up on u|pulling up on you|pulling up on u|find you irl|find u irl|finding you irl|find where you live|find out where you live|find your house|come for you|coming for you|come for u|coming for u|beat your ass|beat ur ass|jump you|jump u|knock you out|knock u out|hurt you|hurt u|end you|end u|dox you|dox u|swat you|swat u|catch you outside|catch u outside)
pattern: (irl|in real life|in person|offline|off the game|off discord|outside the game|outside of the game|outside discord|outside of discord) (im|i am|ill|imma|ima|i will|were|we will|gonna|im gonna|im going to|i swear ill|i promise ill) ~2 (find you and|find u and|find where you|find out where|pull up on|come for|coming for|beat your ass|beat ur ass|beat the|jump you|jump u|hurt you|hurt u|smack you|smack u|knock you out|knock u out|stab|dox|swat|break your|break ur|fuck you up|fuck u up|mess you up|mess u up)
match: mid game but real talk after this match i'm pulling up on you
match: after this game im coming for you, i know your school
match: irl i'm gonna find you and beat your ass
nomatch: after this game i'm pulling up to the party, you coming?
nomatch: after this round we should find you a better loadout
nomatch: after this game im finding you a better duo
nomatch: after the match im coming to your house for pizza
nomatch: irl i'll shoot you a text when i'm home
nomatch: in person i'm way more shy than in voice chat
note: gaming trash talk that leaves the game: "after this match I'm coming for you", "irl I'm gonna beat your ass"; bare "find you" / "coming to your house" are left out because friends plan real meetups and loadouts the same way ("after this game I'm finding you a better duo")

[en.harassment.threat.r6hr-hospital-food]
sub: threat
weight: 0.6
target: other
pattern: (hope|hoping|i hope) (you|u|ya) (like|enjoy|love) (hospital food|eating through a straw|eating through a tube|wheelchairs|crutches|the icu|breathing through a tube|your last meal|ur last meal)
pattern: (you|u|ya) (better|betta|had better|should|might want to|might wanna|gonna wanna) (lock|check|keep) (your|ur|yo|all your|all ur) (doors|door|windows|car) (locked tonight|tonight)
pattern: (enjoy|savor|hope you enjoyed|hope u enjoyed) (your|ur|yo) (last|final) (breath|breaths|moments|days alive|day alive|night alive|days on earth|meal|sleep)
match: i hope you like hospital food
match: you better lock your doors tonight
match: enjoy your last breaths, kid
nomatch: you better lock your doors at night, there have been break ins
nomatch: enjoy your last day of school!!
note: classic veiled threats: "hope you like hospital food", "better lock your doors tonight", "enjoy your last breaths"; the first is also a joke to someone already in hospital, where the context cues (get well soon) must carry it

[en.harassment.doxxing.r6hr-family-member-identity]
sub: doxxing
weight: 0.55
target: other
pattern: (found|know|got|have|found out|looked up|pulled up|tracked down|figured out) (your|ur|yo) (dads|moms|mums|fathers|mothers|sisters|brothers|parents|familys|grandmas|little sisters|little brothers|stepdads|stepmoms) (real name|full name|names|workplace|job|work|address|facebook|fb|insta|instagram|linkedin|school|house|church|car)
pattern: (your|ur|yo) (dads|moms|mums|fathers|mothers|sisters|brothers|parents|familys) (real name|full name|name|names|workplace|address|number|job|school) (is|s|was|are|r|showed up|shows up|popped up) (on|in) (the|my|your|ur|this|his) (lobby|lobby list|server|discord|steam|profile|screen|notes|doc|spreadsheet|list|stream)
match: real talk your dad's name is on the lobby list lol
match: found ur moms facebook, she'd love to see these messages
match: i know your sisters school now
nomatch: your mom's name is on the cake, so cute
nomatch: i found your dad's wallet in the car, i'll bring it
nomatch: got your moms number? i need to ask about carpool
note: showing the target that their family members' names, workplace, school or accounts have been found, a doxxing pressure move in games and DMs; "got your mom's number for carpool" and found wallets stay clean

[en.harassment.death_wish.r6hr-nobody-at-your-funeral]
sub: death_wish
weight: 0.65
target: other
also: cyberbullying.exclusion
pattern: (no one|nobody|noone|not a single person|not even your mom|not even ur mom|not even your family|not even ur family|literally nobody) (would|will|is gonna|gonna|wud|is going to|would even|will even|would ever|will ever) (come to|show up to|show up at|go to|attend|cry at|be at|cry over|visit) (your|ur|yo) (funeral|grave|wake|memorial)
pattern: (your|ur|yo) (funeral|wake|memorial) (would be|will be|gonna be|is gonna be|is going to be|would prob be) (so|totally|completely|) (empty|a party|lit|a celebration|the best day|a vibe)
pattern: (no one|nobody|noone|literally nobody) (would|will|is gonna|gonna|wud|would even|will even) (miss|mourn|remember|notice) (you|u|ya) (lol|lmao|lmfao|bro|fr|tbh|loser|freak|bozo|kid|honestly|at all|either|when youre gone|when ur gone|after youre gone)
match: no one would come to your funeral lol
match: ur funeral would be empty
match: nobody would miss you lol
nomatch: i feel like nobody would come to my funeral
nomatch: nobody will miss you more than me when you move 😭
nomatch: you think nobody would miss you but that's not true, we would
note: taunts that no one would mourn the target ("no one would come to your funeral", "your funeral would be empty", "nobody would miss you lol"); the first-person form is an at-risk statement handled by self_harm

[en.harassment.doxxing.r6hr-leak-content-of-you]
sub: doxxing
weight: 0.65
target: other
also: cyberbullying.humiliation
pattern: (leak|leaking|leakin|expose|exposing|spread|spreading) (the|all the|all|those|these|every|ur|your|my) (pics|pictures|photos|screenshots|screenies|ss|videos|video|vids|clip|clips|recordings|texts|messages|dms|convo|chats|audio|voice notes|diary|journal|search history) (of|from|in) (you|u|your|ur|yo)
pattern: (post|posting|send|sending|show|showing|airdrop|airdropping|share|sharing|spread|spreading|leak|leaking) ~4 (of|with) (you|u) (crying|naked|changing|in the shower|in the bathroom|in your underwear|in ur underwear|sleeping|throwing up|puking|peeing|begging|on the toilet|undressed) ~4 (to|with|on|in) (the|your|ur|everyone|every) (whole|entire|) (school|grade|class|team|gc|group chat|server|family|internet|feed|story|socials)
match: gonna leak the pics of your diary
match: imma leak the screenshots of ur dms
match: i'm posting the video of you crying to the whole grade
nomatch: dropping the pics from your party in the gc!
nomatch: leak the air from your tires slowly before winter
nomatch: sending the video of you singing to mom, she'll love it
note: threats to leak or spread private content or humiliating footage of the target ("leak the screenshots of your dms", "posting the video of you crying to the whole grade")

# ---------------------------------------------------------------------------------------------
# r7hr: third blind-probe round (harassment). Indirect insults without a listed noun,
# condescension, veiled or conditional threats, stalking-style observation, repeated unwanted
# contact, doxxing calls and sexual pressure.
# ---------------------------------------------------------------------------------------------

[en.harassment.insult.r7hr-explain-slowly]
sub: insult
weight: 0.6
also: cyberbullying.humiliation
target: other
pattern: (explain|say|type|spell|repeat|put) (it|this|that|things) ~2 (slowly|slower|more slowly|in small words|in smaller words|in simple words|with small words) (so|for|since) ~2 (you|u|ya|your|ur|even you|even u)
pattern: (use|using|need|needs) (small|smaller|tiny|little|one syllable|short|simpler) words (for|so) (you|u|ya|him|her|even you|even u)
pattern: (big|long|hard) words (are|r|must be|seem) (hard|difficult|tough|confusing|scary|too much) (for|huh|right|hm|arent|i know|innit) (you|u|ya|)
pattern: (crayons|puppets|a picture book|a diagram|sock puppets|finger puppets|a coloring book|pictures) (for|so) (you|u|ya|him|her) (to|can|could|) (understand|get it|follow|keep up|understands)
pattern: (left|forgot|lost) my (crayons|puppets|sock puppets|picture book|coloring book) (at home|in the car|somewhere)
pattern: (let me|lemme|ill|i will|gotta|have to) dumb (it|this|that|things) down (for|so) (you|u|ya|him|her)
pattern: (type|talk|speak|go|explain|read|say it) (slower|slowly|more slowly|real slow|extra slow) (so|for) (you|u|ya|even you|even u) (can|could|to|) (keep up|follow|understand|get it|catch up|follow along)
pattern: (draw|make) (you|u|ya) (a|some) (picture|diagram|drawing|chart|pictures) (so|to|since|cause|bc) (you|u|ya|it|maybe) (understand|can understand|get it|can follow|cant read|can keep up|makes sense)
match: ok let me say it slower so even you can keep up
match: should i type slower so u can keep up
match: i'll dumb it down for you since reading is hard
match: do you need me to use smaller words for you
match: i'd draw you a diagram but i left my crayons at home
match: should i get sock puppets so you can understand
nomatch: can you explain it slowly please i'm new to this
nomatch: the teacher explained it slowly so everyone could follow
nomatch: i need crayons for my art class
note: condescension that mocks someone's intelligence: "explain it slowly so even you can follow", "use small words for you", "left my crayons at home", "dumb it down for you"

[en.harassment.insult.r7hr-adults-are-talking]
sub: insult
weight: 0.55
also: cyberbullying.humiliation
target: other
pattern: (shh|shush|hush|quiet|be quiet|shut up|sweetie|honey|kiddo|hun|ok|okay|its ok|its okay|run along|go away) ~2 (the|) (adults|grownups|grown ups|big kids|big boys|real adults) (are|r|were) (talking|trying to talk|speaking|having a conversation|trying to have|busy)
pattern: (adults|grownups|grown ups|big kids|big boys) (are|r) (talking|speaking|having a conversation|trying to have a conversation) ~1 (sweetie|honey|kiddo|kid|little one|buddy|champ|hush|shush|shh|be quiet|shut up|run along|go play|little boy|little girl)
pattern: let the (adults|grownups|grown ups|big kids|big boys) (talk|speak|handle|do the|deal|take it|take over)
pattern: (go|run along|go back) (and|to|n|) (play|color|colour|your crayons|your sandbox|the kids table|kids table|your coloring book) ~2 (sweetie|sweetheart|kiddo|little one|honey|hun|buddy|champ|kid|little boy|little girl|child|princess)
pattern: (sit|go sit) (at|with) the (kids table|kiddie table|children)
match: shh the grown ups are talking
match: let the big kids handle it, ok?
match: run along and color, sweetie
match: go sit at the kids table
nomatch: the adults are talking about the trip in the kitchen
nomatch: go play outside, it's sunny
nomatch: we let the professionals handle the wiring
note: talking down to someone as a child ("the adults are talking", "let the big kids handle it", "go color, sweetie")

[en.harassment.insult.r7hr-cute-that-you-think]
sub: insult
weight: 0.55
also: cyberbullying.humiliation
target: other
pattern: (its|thats|it is|that is|how|so) (cute|adorable|sweet|precious|funny|hilarious|pathetic|sad|embarrassing) (that|how|when) (you|u|ya) (think|thought|believe|believed|actually think|really think|still think|assume|pretend|imagine) (you|u|ur|youre|your|anyone|anybody|people|someone|this|that|its|thats|we|they|he|she|i|ill|id|im)
pattern: (oh|aww|aw|awww) (honey|sweetie|sweetheart|hun|babe|bless|buddy|kiddo) ~3 (did|do|you|u) ~2 (think|thought|really|actually|try|tried)
pattern: (you|u) (really|actually|truly|honestly) (tried|thought|believed|think) ~4 (didnt you|did you|huh|bless|thats cute|how cute|adorable)
pattern: (wow|omg|look at you|woah|whoa) (you|u) (actually|even|really) (managed|remembered) to
match: it's adorable that you think anyone reads your posts
match: aww sweetie did you really think that would work
match: you really tried your best huh, adorable
match: wow you actually managed to read the whole thing
nomatch: it's cute how you think of your grandma every sunday
nomatch: wow you finally learned to ride a bike, so proud!!
nomatch: you really tried so hard on this, i'm proud of you
note: sarcastic praise and mock affection ("it's cute that you think", "aww sweetie did you really think", "wow you actually managed to"); genuine praise is kept out by the nomatch examples

[en.harassment.insult.r7hr-lost-brain-cells]
sub: insult
weight: 0.5
also: cyberbullying.humiliation
target: other
pattern: (you|u|your|ur|yo|his|her|their|this guys|this kids) ~4 (made|makes|make|making) me (lose|lost|losing) ~2 (brain cells|braincells|iq points|iq|brain cell|braincell)
pattern: (lost|lose|losing|killed|kill|fried) ~2 (brain cells|braincells|iq points|brain cell|braincell) (reading|listening to|hearing|talking to|watching) (your|ur|yo|you|u|this guy|his|her|their)
pattern: (talking|arguing|speaking|debating) (to|with) (you|u|ya) (is like|feels like|is|lowers|drops|costs) ~3 (brick wall|wall|toddler|goldfish|iq|brain cells|braincells|rock)
match: every comment you post makes me lose iq points
match: i lost 10 brain cells reading your take
match: talking to you is like talking to a brick wall with wifi
nomatch: i lost brain cells watching that movie lol
nomatch: this heat is making me lose brain cells
nomatch: talking to you is like therapy honestly
note: "you make me lose brain cells", "lost iq points reading your post", "talking to you is like talking to a wall": mocking someone's intelligence without an insult noun

[en.harassment.insult.r7hr-born-this-way-dumb]
sub: insult
weight: 0.6
also: cyberbullying.humiliation
target: other
pattern: (were|was|did|get|got) (you|u|ya|he|she|they) (get|got|) (dropped|drop) (on|as|when) ~2 (head|baby|kid|child|infant)
pattern: (did|does|do) (your|ur|yo|his|her|their) (mom|mum|mother|parents|dad|father|nurse|doctor) (drop|dropped|droped) (you|u|ya|him|her|them)
pattern: (dropped|dropped you|dropped u) (on your head|on ur head|on his head|on her head) (as a|when you were|when u were|as|at birth)
pattern: (were|was) (you|u|ya|he|she) (born|always|raised) (this|that|so) (dumb|stupid|slow|dense|ugly|annoying|thick|useless|clueless|braindead|brain dead|incompetent|pathetic|weird|special)
match: did your mom drop you as a kid or something
match: were you dropped on your head at birth
match: was he born this dense or did he practice
nomatch: my little cousin dropped her phone on her head lol
nomatch: the baby was dropped off at daycare
nomatch: were you born in march
note: "were you dropped as a baby", "did your mom drop you", "were you born this stupid": intelligence mockery with no insult noun

[en.harassment.insult.r7hr-someone-this-dumb]
sub: insult
weight: 0.5
also: cyberbullying.humiliation
pattern: (you|u|someone|somebody|anyone|anybody|a person|one person|he|she|they|ppl|people|a human) (can|could|manage to|managed to|is able to|are able to|even) ~2 be (this|that|so) (dumb|stupid|slow|dense|clueless|thick|braindead|brain dead|incompetent|useless|ignorant|dim|brainless|idiotic|oblivious)
pattern: (youre|ur|you are|u r|you r|you were|u were|youve been|you being|u being) (this|that) (dumb|stupid|slow|dense|clueless|thick|braindead|brain dead|incompetent|useless|ignorant|dim|brainless|idiotic|incapable|helpless|oblivious)
pattern: (can|could|does|do|did) (you|u|someone|somebody|anyone|anybody|a person|one person|he|she|people|ppl) (even|really|possibly|actually|) be (this|that|so) (dumb|stupid|slow|dense|clueless|thick|braindead|brain dead|incompetent|useless|ignorant|dim|brainless|idiotic|oblivious)
pattern: (incapable|unable) of (basic|simple|rational|independent|critical|any|even basic) (thought|thinking|logic|reasoning|math|tasks|english|reading|comprehension|human decency|decency)
pattern: (a|any|the) (parent|mom|dad|teacher|boss|manager|person|adult|grown man|grown woman) (this|that|so) (braindead|brain dead|dumb|stupid|clueless|dense|incompetent|useless)
match: how can somebody be this dense and still have a job
match: i didn't know you were that clueless
match: a manager this incompetent should not be allowed near people
match: you seem incapable of basic reasoning
nomatch: i can be so dumb sometimes
nomatch: how can i be this stupid, i forgot my passport
nomatch: this phone is so slow
note: "how can someone be this dumb", "you're this clueless", "incapable of basic thought": mocking someone's intelligence without an insult noun

[en.harassment.insult.r7hr-worth-less-than]
sub: insult
weight: 0.6
also: cyberbullying.humiliation
target: other
pattern: (your|ur|yo) (opinion|opinions|take|takes|life|existence|word|words|vote|input|thoughts|feelings|presence|voice) (is|are|r|matters|matter) (as|about as|worth about as|worth as|less) ~2 (valuable|useful|important|relevant|needed|wanted|much) (as|than) ~3 (dirt|gum|dog shit|dogshit|trash|garbage|a rock|a fart|a napkin|toilet paper|nothing|a brick|mud|zero|a potato)
pattern: (not|never|isnt|arent|aint) (even|) worth (the|my|any) (oxygen|air|breath|space|effort|spit|time of day|dirt|bullet|paper|skin)
pattern: (your|ur|yo) (opinion|opinions|take|takes|life|existence|word|vote|input|thoughts|feelings|words) (is|are|r) worth (less|nothing|zero|jack|jackshit|squat|even less|absolutely nothing)
pattern: (you|u|youre|ur|your|like|as) ~3 (dirt|gum|dog shit|dogshit|mud|poop|shit) (under|on|stuck to|on the bottom of) (my|the bottom of my|the|a) (shoe|shoes|boot|boots|sole|heel)
pattern: (lower|less|worse) than (the|) (dirt|gum|dog shit|dogshit|mud) (under|on) (my|a) (shoe|shoes|boot)
match: you're not worth the air you breathe
match: ur opinion matters about as much as a fart in the wind
match: you are the gum on the bottom of my shoe
nomatch: the view was worth the effort
nomatch: i stepped in gum on my shoe ugh
nomatch: is it even worth the time to upgrade
note: telling someone they are worthless without the word: "not worth the oxygen", "your opinion is as valuable as dirt", "gum on my shoe"

[en.harassment.insult.r7hr-nobody-would-notice]
sub: insult
weight: 0.55
also: cyberbullying.exclusion
target: other
pattern: (nobody|no one|noone|not one person|not a soul) ~3 (would|will|wud|wld) (even|ever|actually|) (notice|care|miss you|miss u|realize|remember you|remember u|cry|mourn) (if|when|once|that) (you|u|ya) ~2 (left|leave|disappeared|disappear|died|die|gone|vanished|vanish|moved|quit|stopped|stop|transferred|dropped out|didnt exist|never came back|went missing|never existed)
pattern: (everyone|everybody|we|world|group|server|class|team|family|school|people|chat) (would|will|d) ~3 (happier|better|relieved|celebrate|cheer) ~1 (if|when|once) (you|u|ya) (left|leave|quit|stopped|stop|disappeared|disappear|were gone|was gone|moved|transferred|went away|just left|just quit|never came|never existed|didnt exist)
pattern: (would|will) (anyone|anybody|someone) (even|actually|really|) (notice|care|miss|miss you|miss u) (if|when) (you|u|ya) (left|disappeared|died|were gone|stopped|vanished|quit)
match: nobody in class would even notice if you moved away
match: the team would be so much better off if you quit
match: would anyone even notice if you disappeared
nomatch: nobody would notice if i left early right?
nomatch: everyone would be happier if we left at 5 instead
nomatch: we will miss you so much when you leave
note: telling someone they would not be missed or that everyone would be happier without them (short of a death wish): exclusion that cuts at worth

[en.harassment.insult.r7hr-nobody-likes-you]
sub: insult
weight: 0.55
also: cyberbullying.exclusion
target: other
pattern: (thinking|think|thinks|thought|believe|believing|pretend|pretending|acting like|act like) (anyone|anybody|a single person|someone|one person|any girl|any guy|anyone here|anybody here) (actually|really|genuinely|even|ever|truly|) (likes|like|liked|care about|cares about|want|wants|respect|respects|love|loves|enjoys|enjoy) (you|u|ya|having you|your company)
pattern: (they|we|people|everyone|ppl|your friends|ur friends|she|he) (only|just|literally only|just only) (feel|feels|felt) (sorry|bad) for (you|u|ya)
pattern: (they|we|people|everyone|ppl|your friends|ur friends|she|he) (only|just) (hang|hangs|talk|talks|sit|sits|invite|invites|hang out|hangs out|tolerate|tolerates|put up) ~3 (you|u|ya) (because|cause|cuz|bc|out of|since) ~2 (pity|sorry|feel bad|have to|are forced|its required|nobody else)
match: lmao you really think anyone actually likes you
match: your friends only hang out with you out of pity
match: they just feel sorry for you
nomatch: i think people really like you, don't worry
nomatch: i feel sorry for you that the trip got cancelled
nomatch: do you think people like the new logo
note: "thinking anyone actually likes you", "they only talk to you out of pity": tells someone they are unliked; support ("i think people like you") is kept out by the nomatch examples

[en.harassment.insult.r7hr-family-mockery]
sub: insult
weight: 0.55
also: cyberbullying.humiliation
target: other
pattern: (your|ur|yo) (whole|entire|) (family|fam|bloodline|household|parents|family tree) (is|are|r) (a|an|such a|one big|just a|literally a) (joke|disgrace|embarrassment|mess|circus|trainwreck|laughingstock|failure|disappointment|clownshow|freakshow)
pattern: (your|ur|yo) (mom|mum|mother|dad|father|parents|mama) should (have|of|ve|) (stopped|quit|stuck) (at|after|with) (your|ur|one|the first|the dog)
pattern: (what|such|a|the) (a|) (disappointment|letdown|let down|failure|embarrassment|disgrace) (you|u|ya) (turned out|turned|grew up|ended up|are|r) ~2 (to be|to your|to ur|for your|for ur|)
pattern: (i feel|feel) (bad|sorry) for (your|ur|yo) (kids|children|parents|mom|mum|dad|wife|husband|family|future kids|gf|bf|girlfriend|boyfriend|teachers|coworkers|team) (having|for having|dealing with|stuck with|who have|that have|to have|because|cuz|bc|lol|lmao|honestly|ngl|fr)
pattern: (your|ur|yo) (kids|children|future kids|family|parents|grandkids) ~4 (embarrassed|ashamed|disgusted|humiliated) (of|by) (you|u|ya|having you)
pattern: (even|not even) (your|ur|yo) (own|) (mom|mum|mother|dad|father|parents|family|grandma|dog) (doesnt|dont|didnt|cant|could not|couldnt|wont) (want|love|like|stand|care about|visit) (you|u|ya)
match: your entire family is one big embarrassment
match: your parents should have stuck with the dog
match: what a letdown you turned out to be
match: honestly i feel sorry for your future kids lol
match: even your own dad can't stand you
nomatch: my whole family is a mess at christmas lol
nomatch: i feel bad for your mom, hope her surgery goes ok
nomatch: your parents should have stopped at the gas station, we'd have made it
note: contempt through someone's family: "your whole family is a joke", "your mom should have stopped at one", "what a disappointment you turned out to be", "even your own mom doesn't want you"

[en.harassment.insult.r7hr-job-mockery]
sub: insult
weight: 0.58
also: cyberbullying.humiliation
pattern: (cashier|janitor|burger flipper|fry cook|shelf stacker|walmart greeter|dishwasher|bagger|barista|waitress|waiter|delivery boy|mall cop|uber driver|doordasher) (at|still at) (25|30|35|40|45|50|55|60|your age|ur age|his age|her age|their age)
pattern: (works|working|still works|still working|work|flips burgers|flipping burgers|stocks shelves|stocking shelves) (at|in|for) ~2 (mcdonalds|walmart|wendys|burger king|a gas station|taco bell|kfc|subway|dollar general|dollar tree|the gas station|target|a call center|costco) (at|and|but|yet|with) ~2 (30|35|40|45|50|your age|ur age|his age|her age|thinks|think|talks|talk|acts|act|still|opinion|opinions)
pattern: (you|u|ya|he|she|bro|blud) (just|only|literally|) (stock|stocks|flip|flips|bag|bags|mop|mops|clean|cleans) (shelves|burgers|groceries|floors|toilets) (lol|lmao|lmfao|bro|loser|for a living|and|so|sit down|shut up)
pattern: (got|getting|get) fired (from|at) ~2 (mcdonalds|walmart|wendys|burger king|a gas station|taco bell|kfc|subway|dollar general|dollar tree|target|a call center) (how|lol|lmao|lmfao|bro|imagine|of all)
pattern: (thinking|think|thinks|believe|believes|still thinking|still think) (you|u|ya|he|she|they|your job|ur job|his job|her job) (matter|matters|are important|is important|are relevant|is relevant|are somebody|is somebody|count|counts)
pattern: (thinks|thinking|still thinks|really thinks|actually thinks) (his|her|their|your|ur) (opinion|opinions|take|takes|vote|voice|feelings|existence) (matters|matter|counts|count|is important|are important|is relevant|means something)
match: lmao bro is a cashier at 40 and talks like a ceo
match: he still works at walmart at 35 and wants us to respect him
match: you stock shelves for a living, sit down
match: she got fired from taco bell how is that even possible lol
match: imagine still thinking your job matters
nomatch: i'm a barista at 30 and i love my job
nomatch: i work at target and it's honestly fine
nomatch: always remember you matter
note: contempt for someone's job, wage or age ("a cashier at 40", "stocks shelves for a living", "thinks he matters"); not set to a target since it is said about a third person too

[en.harassment.insult.r7hr-appearance-looks-like]
sub: insult
weight: 0.55
also: cyberbullying.appearance_shaming
target: other
pattern: (your|ur|yo) (face|head|body|nose|teeth|forehead|hairline|hair|skin|smile|fit|outfit|legs|feet) (looks|look|is|resembles) (like|) (a|an|some|the) ~2 (foot|feet|potato|thumb|toe|rat|pig|goblin|troll|melted|burnt|dumpster|shrek|gremlin|raisin|mop|bag|knee|elbow|thumbnail|frog|toad|horse|camel|alien|skeleton|ballsack|ass|butt|accident|car crash|crime scene)
pattern: (you|u|ya) (look|looks|dress|dresses) like (a|an|some) ~2 (thumb|foot|toe|potato|goblin|troll|gremlin|raisin|thumbnail|melted candle|wet rat|rat|toad|frog|thumb|ballsack|homeless|crackhead|walking l|discount|knockoff|bootleg|mop|cautionary)
pattern: (dresses|dress|dressed|looks|look) like (he|she|they|you|u) ~3 (goodwill|a dumpster|the dumpster|a thrift store|the trash|a clown|the 90s|a homeless|got lost|raided)
pattern: (you|u|ya|he|she) (smell|smells|stink|stinks|reek|reeks) like (a|an|the|some|) ~2 (dumpster|sewer|garbage|trash|fish|onions|feet|rotten|ass|shit|wet dog|corpse|landfill|pig)
pattern: (your|ur|yo) (acne|skin|face|teeth|breath|hair|body|nose|forehead|hairline|feet|armpits|pimples|zits|voice|laugh) (is|are|r) (so|that|really|hella|mad|soo) (bad|gross|ugly|nasty|greasy|crusty|disgusting|yellow|busted|rough|oily|crooked|annoying|ugly) (it|that|they|i|even|people|everyone|nobody)
match: your face looks like a melted candle
match: you look like a discount goblin
match: bro dresses like he got lost in a goodwill
match: she smells like a dumpster fire
match: ur skin is so greasy it reflects the lights
nomatch: your face looks like you need some sleep, go rest
nomatch: that costume looks like a potato lol
nomatch: you look like a model in this pic
nomatch: my skin is so bad this week, any tips
note: appearance shaming by comparison, aimed at someone ("your face looks like a foot", "you look like a thumb", "dresses like he got lost at goodwill", "smells like a dumpster")

[en.harassment.insult.r7hr-never-amount]
sub: insult
weight: 0.6
also: cyberbullying.humiliation
target: other
pattern: (you|u|ya|youll|ull|yall|he|she) (will|wil|are gonna|r gonna|is gonna|are going to|is going to|) never (amount to|be worth|make anything|make it|achieve|accomplish|become) (anything|shit|nothing|much|a thing|something|of|in life|anywhere)
pattern: (youre|ur|you are|u r|hes|shes|he is|she is) (never|not ever|not) (gonna|going to|gon|ever gonna) (amount to|be anything|be anybody|be somebody|make it|be worth|achieve|get anywhere|go anywhere)
pattern: (you|u|ya|youll|ull|he|she) (will|are gonna|is gonna|are going to|) (always|never) (be|stop being) (a|an|such a|) (nobody|failure|loser|disappointment|joke|nothing|burden|embarrassment|letdown|screwup|fuckup|mistake|waste)
pattern: (why|why do|why even|why would) (you|u|ya) (even|) (try|bother|bother trying|keep trying) ~2 (nobody|no one|pointless|youll never|ull never|you will never|youre never|ur never|youre hopeless|ur hopeless|youre useless|ur useless|nobody cares)
match: you'll never amount to anything in life
match: ur never gonna amount to anything
match: you will always be a disappointment
match: why do you even bother, you'll never get it
nomatch: you will never be alone, we're here
nomatch: why do you even try that recipe lol it never works
nomatch: never be a stranger ok?
note: predicting someone's failure or worthlessness ("you'll never amount to anything", "you will always be a nobody", "why do you even try")

[en.harassment.threat.r7hr-hope-we-never-meet]
sub: threat
weight: 0.6
target: other
pattern: (better|should|had better|betta|gotta) (hope|pray) (we|i|that we|that i|you|u) (never|dont|do not|dont ever|wont|never ever) ~2 (meet|see you|see u|run into|cross paths|find you|find u|catch you|catch u|bump into)
pattern: (pray|hope|praying|hoping) (i|we) (never|dont|dont ever|wont ever|do not) (find|see|catch|meet|run into|bump into) (you|u|ya) (irl|in person|outside|in real life|alone|on the street|after school|offline)
pattern: (lucky|good thing|thank god|better be glad) (we|i|you|u) (dont|do not|dont ever|never|arent|cant|cannot) ~2 (meet|live close|live near|go to the same|know where|see each other|in the same room|face to face)
match: you better pray we never cross paths
match: hope i never see you outside, for your sake
match: good thing we don't live close, that's all i'll say
nomatch: i hope we never have to meet that awful client again
nomatch: you should hope it doesn't rain tomorrow
nomatch: lucky we live close so we can carpool
note: veiled threat that a meeting in person would go badly ("better hope we never meet", "lucky we don't live close")

[en.harassment.threat.r7hr-make-your-life]
sub: threat
weight: 0.6
target: other
pattern: (ill|i will|i can|i could|im gonna|imma|ima|we will|well|we can|they can|they will|who can|who could|who will|gonna|going to|i swear ill|i promise ill|i promise to) ~2 (make|turn) (your|ur|yo|his|her|their) (life|life at school|days|school year|year|time here|every day|existence) ~2 (hell|a living hell|miserable|very difficult|difficult|unbearable|a nightmare|torture|hard|very hard|so hard|a misery)
pattern: (ruin|ruining|destroy|destroying|wreck|end) (your|ur|yo) (life|career|reputation|future|marriage|relationship|whole life) (if|unless|when|for|over|trust|i swear|watch|just wait)
match: i will make your life a living hell
match: i can make ur school year very hard, remember that
match: keep lying and i'll ruin your career for this
nomatch: these stairs make my life hell
nomatch: this app will make your life so much easier
nomatch: a bad manager can make your job miserable, here's how to cope
note: threat to make someone's life miserable or ruin it, said directly or through people ("i know people who can make your life difficult")

[en.harassment.threat.r7hr-cant-hide-from-me]
sub: threat
weight: 0.6
target: other
pattern: (you|u|ya) (cant|cannot|can not|wont be able to|will never be able to) (hide|run|escape|get away|hide from me|run from me|avoid me|get rid of me|shake me|ignore me) ~2 (from me|forever|for long|for ever|much longer|anywhere|that easily|so easily|easily|lol|lmao)
pattern: (i will|ill|i|im gonna|imma) (always|eventually|still) (find|track|get to|reach|come for|catch up with|catch) (you|u|ya)
pattern: (nowhere|no where|no place) (to|you can|u can|youll be able to) (hide|run|go)
pattern: (you|u) (can|could) (block|ignore|delete|report|change your number|move|run|hide) ~3 (but|and) (ill|i will|i|im gonna|imma) (always|still|) (find|get to|reach|track) (you|u|ya)
match: you can't get rid of me that easily
match: change your number all you want, i'll still find you
match: there's nowhere to hide sweetheart
match: i'll always find you
nomatch: you can't hide from your problems forever
nomatch: we played hide and seek and she always found me
nomatch: i'll always find you a seat at our table
note: pursuit that cannot be escaped ("you can't hide from me", "i'll always find you", "nowhere to hide", "block me but i'll find you")

[en.harassment.threat.r7hr-i-know-where-you]
sub: threat
weight: 0.6
target: other
pattern: (i|we|ik) (always|) (know|knows|found out|figured out|learned) (exactly|) (where|what time|which) (you|u|ya) (hang|hang out|go|park|walk|eat|shop|train|work out|study|sit|take|live now|moved|go after|are at|are right now|are rn|r rn|are staying|are tonight|will be|usually go|usually are|usually sit|usually park|like to go|go every)
pattern: (funny|crazy|weird|interesting|wild) how (i|we) (always|) (know|find|see|end up) (where|near|at|next to|behind) (you|u|ya)
pattern: (i|we|ik|ive|weve|i have|already) (memorized|learned|figured out|tracked|mapped|mapped out|studied|written down|wrote down|know all of|know all) (your|ur|yo) (schedule|routine|route|timetable|class schedule|daily routine|shifts|shift schedule|bus route|walk home|running route|habits)
match: i know exactly where you hang out after class
match: funny how i always end up behind you
match: i memorized your running route btw
match: i know what time you park every morning
nomatch: i know where you are coming from, that makes sense
nomatch: i know your schedule is busy so no rush
nomatch: i know when you sleep you snore lol
note: stalking talk that shows the writer tracks someone's movements, places or routine; "i know where you are coming from" (understanding) and a shared schedule are kept out by the nomatch examples

[en.harassment.threat.r7hr-observed-details]
sub: threat
weight: 0.55
target: other
pattern: (saw|seen|noticed|see) (your|ur|yo) (light|lights|window|curtains|blinds|tv|car|bedroom light|porch light) (was|were|is|are|still|) ~2 (on|open|off|closed|parked|in the driveway|still on) ~3 (last night|at|tonight|this morning|again|am|pm|midnight)
pattern: (i|ive|i have|i was|just|been|ive been|i been|been out here) (been|was|) (watching|watched|following|followed|tracking|tracked|checking|checked) (you|u|ya|your house|ur house|your place|ur place|your window|ur window|your car|ur car|where you go|where u go|your location|ur location|your every move) ~4 (for weeks|for months|for days|every day|every night|all week|every morning|again|since|lately|for a while|from across|from my car|from the car)
pattern: (parked|waiting|sitting|standing|lurking|was|been) (outside|near|by|across from|across the street from|down the street from) (your|ur|yo) (work|job|office|school|gym|class|building|place|apartment|dorm|house|home|window|car) (again|every day|all night|for hours|today|this morning|last night|tonight|you never|u never|and you|and u|didnt see|didnt notice)
match: saw your bedroom light was still on at 3am
match: i've been watching your place for weeks now
match: was sitting outside your office again, you never looked up
nomatch: your car is parked in my spot again lol
nomatch: i've been watching your videos for months, love them
nomatch: you looked tired at the meeting today, get some rest
note: surveillance details that show someone is being watched: their window light at night, watching their place for weeks, waiting outside their work again

[en.harassment.threat.r7hr-answer-me-now]
sub: threat
weight: 0.5
target: other
pattern: (answer|reply|respond|text|call|talk) (to|) me (right now|now|already|asap|immediately|this instant|this second|rn|right fucking now|bitch|damn it|dammit|goddammit)
pattern: answer me ~3 answer me
pattern: (pick up|pickup|answer) (the|your|ur|my) (phone|call|calls|fucking phone) ~4 (pick up|pickup|answer|pick the phone|i know youre there|i know ur there|i know you see|i can see)
pattern: (why|why tf|why the fuck|why the hell) (are|r|do|did|would) (you|u|ya) (keep|still|) (ignoring|ignore|ignored|avoiding|avoid|dodging|ghosting|ghost|not answering|not replying|blocking|block) (me|my)
pattern: (you|u|ya) (cant|cannot|can not|wont be able to) (ignore|avoid|ghost|dodge|block) (me|my messages|my texts|my calls) (forever|much longer|for long|for ever|any longer|all day|all week)
pattern: (stop|quit) (ignoring|avoiding|ghosting|dodging|pretending) (me|my|you didnt|u didnt|you cant|u cant) 
match: answer me right now
match: why tf are you still ignoring me
match: you can't avoid me forever
match: pick up your phone, i know you're there
match: stop ghosting me
nomatch: you can't avoid the dentist forever
nomatch: answer the phone when you can, no rush
nomatch: i'm sorry for ignoring you yesterday
note: demanding contact from someone who is not answering ("answer me now", "why are you ignoring me", "you can't ignore me forever"); a single one is weak in a couple's chat, so the weight sits at the flag line

[en.harassment.threat.r7hr-keep-contacting-until]
sub: threat
weight: 0.65
target: other
pattern: (keep|keeps|ill keep|will keep|gonna keep|im gonna keep|imma keep|not gonna stop|wont stop|will not stop|dont stop|never stop) (texting|messaging|calling|dming|emailing|spamming|writing|contacting|ringing|snapping|tagging|showing up) (you|u|ya|your phone|ur phone|here|) (until|till|til|untill|unless|no matter|whether) (you|u|ya|how|what|i|ur|your)
pattern: (until|till|til|untill) (you|u|ya) (answer|reply|respond|talk to me|pick up|unblock me|text me back|text back|call me back|see me|meet me|give me another chance|give me a chance|take me back|forgive me|say yes|agree)
pattern: (read|seen|opened|saw|have seen|viewed) (my|all my|every one of my|every) (messages|texts|msgs|dms|message|snaps|emails) ~4 (stop pretending|dont pretend|dont act like|i know|so answer|so reply|answer me|reply|why wont|why dont|ignoring)
pattern: (new|another|different|fresh|other) (account|acc|number|alt|profile|burner) ~3 (guess who|its me again|remember me|miss me|cant block|you cant|u cant|cant get rid|still here|thought you blocked|thought u blocked|nice try blocking)
pattern: (block|blocked|blocking) me (again|all you want|as much as you want|all u want|as many times|forever) ~4 (doesnt|wont|cute|lol|lmao|i|ill|im|new|still|doesnt matter|wont matter|wont help|wont work)
pattern: (dont|do not|you dont|u dont) (get to|get too|get a) ~1 (leave|ignore|block|ghost|walk away from|leave me) ~2 (me|on read|on delivered)
match: im not gonna stop messaging you until you talk to me
match: i'll keep calling till you pick up
match: i know you read my texts, stop pretending
match: blocked me again? lol new acc, guess who
match: you don't get to just ghost me
nomatch: keep stirring until the sauce thickens
nomatch: i'll keep texting you updates until the flight lands
nomatch: i got a new account for school, hi again everyone
note: persistent unwanted contact: will keep messaging until they answer, came back on a new account after a block, "i know you read my messages"

[en.harassment.threat.r7hr-reply-or-else]
sub: threat
weight: 0.7
target: other
pattern: (if|unless) (you|u|ya) (dont|wont|refuse to|keep ignoring|ignore|block|stop ignoring|dont ever|never) (reply|answer|respond|text|call|pick|unblock|talk|message|meet|me) ~4 (ill|imma|ima|im|gonna) (come|show|drive|go|be|tell|post|send|find|visit|knock|wait|call|text|leak|expose|share|sending|posting|coming|telling)
pattern: (reply|answer|respond|text back|text me back|call me back|pick up|unblock me|talk to me|answer me) or (else|ill|i will|imma|ima|im gonna|your|ur|you will|youll|u will|watch what|see what) ~1 (post|tell|send|leak|come|show|expose|share|find|call|go|drive|be|ruin|pull|pay|regret|happens|mom|dad|parents|boss|family|everyone|else)
pattern: (ill|i will|im gonna|imma|im going to) (show up|come|be|turn up|pop up) (at|to|outside) (your|ur|yo) (door|house|place|work|school|job|apartment|dorm|window|parents) (if|unless|till|until|since) (you|u|ya) (dont|wont|keep|ignore|block|refuse|do not|never|still|cant|cannot|keep ignoring|keep blocking)
match: unblock me or i'll post everything
match: if you don't text me back tonight i'm gonna come to your place
match: i'll show up at your work if you keep ignoring me
nomatch: reply or i'll assume you're coming
nomatch: answer the door or i'll leave the package
nomatch: i'll show up at your place if you need help moving
nomatch: i'll drop her at school tomorrow
note: conditional threat that forces contact: "reply or else", "if you don't answer i'll come to your house"

[en.harassment.doxxing.r7hr-spread-their-info]
sub: doxxing
weight: 0.65
target: third
pattern: (everyone|everybody|yall|guys|chat|someone|somebody|go|lets) ~2 (spam|call|text|flood|prank call|prank|blow up|harass|raid|message|email|bomb) (his|her|their|this guys|this girls|this kids) (personal|cell|home|work|private|real|) (number|phone|line|dms|inbox|email|address|insta|snap|tiktok|socials|discord|phone number|cell number|cell|celly|mentions)
pattern: (someone|somebody|anyone|who wants to|lets|go|yall|everyone) ~2 (post|drop|leak|dig up|pull up|find) (her|his|their|this guys|this girls) (address|addy|real name|last name|full name|number|phone number|moms number|dads number|location|classes|schedule|dox|info|school and|ip|workplace|house)
pattern: (pulled|grabbed|dug up|scraped|traced|looked up) (her|his|their|your|ur) (info|details|information|personal info|personal details|dox|address|records|data|location) (from|off|through|using|via|with) (the|a|her|his|their|your|ur|) ~2 (directory|yearbook|records|database|ip|voter|property|school|linkedin|people search|lookup|registry|public records)
pattern: (have|got|found|dug up) (her|his|their) ~4 (real name|full name|address|addy|number|school|workplace|location|leaks|nudes) ~3 (posting|dropping|leaking|sharing|releasing|going public|going up|going out|everywhere) (both|it|them|tonight|soon|tomorrow|now|everywhere|online|at)
pattern: (heres|here is|heres his|this is where|dropping|posting|leaking) (her|his|their|this guys|this girls|the kids) ~2 (address|addy|number|location|school|workplace|house) (since|cause|because|bc|cuz|now|lol|lmao|so|yall|go|for anyone|if anyone|incase|in case)
match: everyone go blow up his cell lol
match: can someone drop her last name and school
match: i pulled his address from the voter records
match: got his full name and school, dropping it tonight
match: heres her address since she wants to talk big
nomatch: can someone share her school's address for the carpool
nomatch: everyone call grandma for her birthday
nomatch: i got her info from the school directory to send the invite
note: calls to spread or use a person's private details (spam his number, post her school and classes, pulled info from records)

[en.harassment.sexual.r7hr-pic-of-you-in]
sub: sexual
weight: 0.6
target: other
also: gender_abuse.sextortion
pattern: (send|show|post|snap|dm|give) (me|us|) (a|some|more|another|one|) (pic|pics|picture|pictures|photo|photos|selfie|selfies|vid|video|vids|videos) (of you|of u|of yourself|of urself|of ya) (in|wearing|without|with nothing|with no|naked|nude|in bed|in the shower|laying|lying|bent|from behind) ~2 (uniform|bikini|underwear|shower|bed|towel|swimsuit|pajamas|pjs|leggings|skirt|thong|lingerie|bra|panties|nothing|shirt|clothes|bath|tub|mirror|yoga pants|school uniform)
pattern: (whats|what is|what you got|what u got|what youre hiding|what ur hiding|what are you hiding|what r u hiding|what are u hiding|what you hiding|show me whats|lemme see whats|let me see whats) under (the|that|your|ur|those|this) (hoodie|shirt|dress|skirt|towel|clothes|jacket|top|sweater|blanket|sheets|uniform|shorts|jeans|pants|bikini)
pattern: (nobody|no one|noone) (has to|needs to|will ever|will|would ever|gotta) (know|find out|see it|see them) ~4 (send|pic|pics|photo|photos|meet|come over|our secret|between us|just us|touch)
pattern: (send|pic|pics|photo|photos|meet me|come over|snap me|show me|touch) ~4 (nobody|no one|noone) (has to|needs to|will ever|will|would ever|gotta) (know|find out)
match: send me a pic of you in your school uniform
match: what are you hiding under that towel
match: send one, no one has to know
nomatch: send me a pic of you in your graduation gown!!
nomatch: what's under the hood of your car
nomatch: nobody has to know you ate the last cookie lol
note: requests for a picture of someone in underwear, a uniform or the shower, "what's under your shirt", and secrecy ("no one has to know") around a picture or meeting

[en.harassment.sexual.r7hr-what-id-do-to-you]
sub: sexual
weight: 0.6
target: other
pattern: (thinking|think|thought|dream|dreaming|imagine|imagining|fantasize|fantasizing|picture|picturing|know) (about|of|) (what|things|everything|stuff) (id|i would|i wanna|i want to|ill|i will|i could|im gonna|imma) (do|be doing) (to|with) (you|u|ya|your body|ur body|that body|that ass|them lips|those lips)
pattern: (all|) the (things|stuff) (id|i would|i wanna|i want to|ill|i could|im gonna|imma) (do|be doing) (to|with) (you|u|ya|your body|ur body|that body|that ass)
pattern: (cant wait|cannot wait|dying|waiting) (until|till|til|for) (were|we are|we get|i get you|i have you|youre|ur) ~1 (alone|naked|in bed|in my bed|in my car|in my room|all to myself|on top of me|under me)
pattern: (bet|i bet|betcha) (you|u|ya|youre|ur|she|shes|he|hes) ~2 (a freak|freaky|wild|an animal|kinky|good|amazing|loud|a beast|nasty|a screamer) in (bed|the sheets|the bedroom)
pattern: (sit|sat|sitting|come sit|hop|bounce) on (my|daddys|uncles) (lap|dick|d|cock|pole)
match: i keep thinking about all the things i'd do to you
match: i think about what i wanna do to your body
match: bet you're a freak in the sheets
match: come sit on daddy's lap
match: can't wait until we're alone in my car
nomatch: what i'd do to you in ranked is illegal lol
nomatch: sit on my knee and i'll read you a story, said grandpa
nomatch: once we get home alone we can watch a movie
note: sexual remarks aimed at someone: "the things i'd do to you", "bet you're a freak in bed", "sit on my lap", "when we're alone in my car"

[en.harassment.sexual.r7hr-nude-pressure]
sub: sexual
weight: 0.65
target: other
also: gender_abuse.sextortion
pattern: (everyone|everybody|all the girls|other girls|all the guys|all my exes|every girl|every other girl|everybody else) (sends|send|sent|has sent|have sent|already sent|already sends) (nudes|them|pics|one|pictures|those) ~4 (so|why|just|dont|stop|prude|big deal|normal|you|u|whats|its)
pattern: (stop|quit|dont) (being|be) (a|such a|so|a little|) (prude|prudish|shy|baby|tease|boring|uptight|scared|frigid|innocent) ~4 (send|pic|pics|nudes|show|picture|photo|take it off|come over|me|just)
pattern: (stop|quit) being (a|such a|so|so much of a|such) (prude|prudish|frigid|tease|cocktease|cock tease)
pattern: (tell|telling|ill tell|i will tell|gonna tell|imma tell) (everyone|everybody|the whole school|your friends|ur friends|your parents|ur parents|the school) (you|u|ya|that you|that u) (slept with|fucked|sucked|hooked up with|sent me|sent nudes|had sex|blew|went down on|did stuff with)
pattern: (rate|rating|check out|look at|open|see) (my|this|the) (dick|cock|d|pp|bulge|junk|package|meat|dick pic|nudes)
pattern: (wear|wearing|should wear|gotta wear|need to wear) (less|nothing|less clothes|fewer clothes|less next time|nothing next time)
match: everyone sends them, stop being such a prude and send one
match: i'll tell the whole school you hooked up with me
match: rate my d real quick
match: you should wear less next time ;)
nomatch: everyone does it, don't stress about the exam
nomatch: stop being shy and come to the party!
nomatch: can you rate my outfit
note: pressure to send nudes ("everyone does it", "stop being a prude"), sexual rumours used as threats, unsolicited "rate my dick", "you should wear less"

[en.harassment.threat.r7hr-keep-talking-might]
sub: threat
weight: 0.6
target: other
pattern: (keep running|keep talking|keep running your mouth|keep running ur mouth|keep snitching|keep testing me|one more word|say that again|talk shit again|keep talking shit|keep lying|keep mouthing off|open your mouth again|open ur mouth again|run your mouth again|snitch again|tell anyone|tell anybody|tell someone|say a word) ~6 (might|may|could|would) (have|get|end up|wake up|not make|find|lose|regret|disappear|go missing|see|meet|need)
pattern: (your|ur|yo) (little|baby|) (sister|brother|mom|mum|dad|kids|kid|daughter|son|girlfriend|boyfriend|wife|husband|grandma|family) (might|may|could|would|will) (have|get|meet with|suffer|end up|run into) (a|an|some|in|with) ~1 (bad day|very bad day|really bad day|unfortunate accident|tragic accident|little accident|nasty fall|bad fall|hospital|the hospital|visit)
pattern: (remember|dont forget|just so you know|just so u know|fyi|btw|keep in mind|never forget|dont you forget) ~2 (i|we|that i|that we) (know|have|got|see|saw) (your|ur|yo|where you|where u|who you|who u) ~1 (routine|address|route|school|job|workplace|kids|family|car|location|live|sleep|drive|work|hang out|park|love)
match: say that again and your brother might need a doctor
match: your mom could have a little accident on her way home
match: just so you know, i know your routine
match: tell anyone and you might go missing
nomatch: keep talking to your teacher, she might help
nomatch: your dog might have a bad day after the vet, that's normal
nomatch: remember i know your schedule is packed so no pressure
nomatch: remember i know where you are coming from
nomatch: keep practicing and you might win
note: veiled conditional threats: "keep running your mouth and you might have a bad day", "your sister might have a little accident", "remember, i know your routine"

[en.harassment.threat.r7hr-names-their-place]
sub: threat
weight: 0.55
target: other
pattern: (nice|cute|lovely|pretty|big|fancy|love the|like the|love your|like your|nice little|cute little) (house|home|place|apartment|door|car|porch|garden|yard|window|mailbox|fence|driveway|room|school|neighborhood|street) ~2 (on|at|off) ~1 (street|st|avenue|ave|road|rd|lane|ln|drive|dr|court|ct|blvd|boulevard|way|circle) ~3 (saw|see|love|like|noticed|i know|your|ur|red|blue|white|black|green|yellow|door|window|car|bedroom|curtains|lights|porch)
pattern: (i|ik|we) (know|found|found out|figured out|saw) (which|what) (house|apartment|building|car|room|window|door|unit|dorm|floor|locker|bus|seat|class|desk|bedroom) (is|was|you|u) (yours|urs|your|ur|live|sleep|take|sit|drive|use|in)
pattern: (which|what) (window|bedroom|bedroom window|room|bed) (do|does) (you|u|ya|she|he) (sleep|sleep in|shower|shower in|change|change in|undress)
pattern: (which|what) (window|bedroom|bedroom window) (is|was) (yours|urs|your|ur|hers|his)
match: nice little house over on oak street, saw the blue door
match: i know which window is yours
match: i found out which dorm you live in
match: which bedroom window do you sleep in
nomatch: nice house! love the garden
nomatch: nice house on park avenue, is it a rental?
nomatch: i know which bus you mean, the 42
nomatch: which room is yours at the hotel? we're in 402
note: naming or probing where someone lives or sleeps ("nice house on oak street", "i know which window is yours", "which room do you sleep in"): stalking that doubles as doxxing

[en.harassment.insult.r7hr-who-let-you]
sub: insult
weight: 0.5
also: cyberbullying.humiliation
target: other
pattern: who (let|allowed|gave) (you|u|ya|this kid|this guy|bro|blud) (have|use|on|out of|near|online|post|speak|talk|type|vote|drive|breed|reproduce|out|a phone|a keyboard|internet|wifi|an account|a mic)
pattern: (did|does) (mommy|mummy|daddy|your mommy|ur mommy|your mummy|your daddy|ur daddy) (say|let|allow|know) (you|u|ya) (could|can|use|have|go|on|to|were|are)
pattern: (go|get|run|crawl) back (to|in|into) (your|ur|the) (sandbox|playpen|crib|crayons|coloring book|high chair|daycare|nursery|kiddie pool)
pattern: (raised|brought up|parented) by (wolves|animals|a pack|apes|monkeys|the internet|tiktok|ipads|an ipad|wild dogs|a tv|youtube|raccoons)
match: who let you have a keyboard
match: did mommy say you could be on the computer this late
match: go back to your playpen
match: were you raised by wolves or something
nomatch: who let the dogs out
nomatch: who let him cook?? this song is fire
nomatch: did your mom say you can come to the sleepover
note: treating the target as a small child or an animal: "who let you have a phone", "did mommy say you could", "go back to your sandbox", "raised by wolves"

[en.harassment.insult.r7hr-not-your-strong-suit]
sub: insult
weight: 0.55
also: cyberbullying.humiliation
target: other
pattern: (reading|thinking|math|logic|comprehension|reading comprehension|basic math|spelling|common sense|critical thinking|self awareness|hygiene|intelligence|brains|literacy|listening|grammar) (clearly|obviously|really|definitely|sure|certainly|) (isnt|is not|aint|was never|not|arent|are not) (your|ur|yo|his|her) (strong suit|strength|strong point|thing|forte|strongest suit)
pattern: (leave|leaving) (the|all the) (thinking|brain work|smart stuff) to (us|the adults|the grownups|others|people with|smarter|someone|the smart)
pattern: (lot of|big|bold|tough|brave|strong|loud|much|awful lot of) (confidence|talk|words|opinions|attitude|mouth|energy|audacity|opinion|trash talk) for (someone|somebody|a guy|a girl|a kid|a person|a dude|a man|a woman) (with|who|that|whos|thats|so|on)
pattern: (learn|go learn|try learning|maybe learn|first learn) (how|) (to|) (read|spell|count|think|use your brain|use a dictionary)
match: reading comprehension obviously isn't your strong suit
match: leave the thinking to the adults ok
match: big talk for someone who failed gym
match: go learn to read then come back
nomatch: math isn't my strong suit either haha
nomatch: leave the talking to me at the interview, you just smile
nomatch: my little brother is learning to read
note: condescension about someone's abilities: "reading isn't your strong suit", "leave the thinking to us", "a lot of talk for someone who...", "learn to read"

[en.harassment.insult.r7hr-peaked-definition-of]
sub: insult
weight: 0.55
also: cyberbullying.humiliation
target: other
pattern: (peaked|peeked) in (middle school|high school|hs|highschool|8th grade|7th grade|6th grade|5th grade|elementary|kindergarten|freshman year|grade school|the womb|preschool|primary school)
pattern: (youre|you are|ur|u r|he is|hes|she is|shes|theyre) (the|a|an|literally the|literally a) (definition|poster child|embodiment|textbook example|walking definition|living proof|prime example|human definition) of (a|an|) ~1 (wasted|failure|loser|disappointment|waste|mistake|pathetic|cringe|fail|mediocrity|mediocre|nobody|loneliness|stupidity|incompetence|ugly|trash|garbage|clown|why|natural selection|a participation trophy)
pattern: (the|a) (family|familys|class|schools|groups|teams|servers|world) (disappointment|embarrassment|failure|disgrace|screwup|fuckup|black sheep|reject|laughingstock|burden|punchline)
pattern: (your|ur|yo) (brain|brains|head|skull|iq|only brain cell|single brain cell|last brain cell) (is|are|runs|running|run|must run|must be) (on|literally|just|a|an|like|running on) ~3 (screensaver|windows|dial up|loading screen|empty|hollow|echo|buffering|one bar|low battery|hamster|spinning wheel|airplane mode|power saving|two percent|ads)
match: he peaked in 8th grade and never recovered
match: you're the walking definition of a wasted life
match: everyone knows you're the family disappointment
match: ur only brain cell is running on low battery
nomatch: my brother is the definition of a good person
nomatch: the song peaked in march at number two
nomatch: my brain is running on two hours of sleep
note: worth and intelligence put-downs without an insult noun: "peaked in middle school", "the definition of a loser", "the family disappointment", "your brain runs on a screensaver"

[en.harassment.threat.r7hr-not-over-last-days]
sub: threat
weight: 0.6
target: other
pattern: (hope|hoping) (you|u|ya) (enjoyed|enjoy|liked) (your|ur) (last|final) (peaceful|quiet|normal|safe|good|happy|free|calm) (day|days|night|weekend|week|nights)
pattern: enjoy (your|ur) (last|final) (peaceful|quiet|normal|safe|happy|free|calm|breath|breaths|moments|days|day on earth|night alive|weekend alive) (day|days|night|weekend|week|)
pattern: (this|it|we) (isnt|is not|aint|s not|are not|arent|are far from) (over|finished|done) ~3 (youll see|u will see|you will see|trust me|not by a long shot|believe me|bitch|for you|watch|i promise|i swear|mark my words)
pattern: (laugh|laugh it up|smile|breathe|sleep tight|keep laughing|keep smiling|talk|keep talking) ~2 (while you can|while u can|while you still can|while u still can|while you still have teeth|while u still have teeth)
pattern: (things|this|it|shit|stuff) (could|might|will|can|are gonna|is gonna|are about to|is about to) get (really|very|real|) (ugly|messy|bad|nasty|violent|bloody) (for you|for u|for ya|real fast|fast|quick|if you|if u|if ya|soon)
match: hope you enjoyed your last quiet weekend
match: this isn't over, mark my words
match: laugh it up while you still can
match: things could get ugly for you real fast
nomatch: this isn't over, the sequel is coming next year
nomatch: enjoy the sunshine while it lasts
nomatch: be careful what you post online, employers look
nomatch: hope you enjoyed your last day at work, congrats on retiring
note: veiled threats about what is coming: "enjoy your last peaceful weekend", "this isn't over, you'll see", "laugh while you can", "be careful where you walk", "things could get ugly for you"

[en.harassment.threat.r7hr-watching-home]
sub: threat
weight: 0.55
target: other
pattern: (drove|walked|went|rode|biked|driving|walking|drive|walk|drives) (past|by) (your|ur|yo) (house|place|work|school|apartment|window|job|parents house|moms house|building|dorm|room) (again|every day|every night|a few times|twice|three times|every morning|at night|all the time|every weekend|every single)
pattern: (i|we|ik) (know|can tell|noticed|see) (you|u|ya|youre|ur) (are|re|r|were|) (in the shower|getting changed|changing|undressing|in your bedroom|in ur bedroom|in bed right now|in bed rn)
pattern: (check|checking|checked|watching|watch|tracking|track|stalking|stalk|following|follow) (your|ur|yo) (snap map|snapmap|location|life360|live location|find my|last seen|online status|activity status|every location) (every|all|constantly|24/7|nonstop|daily|always|each|lol|so i|to see|and i)
pattern: (wait|waiting|ill wait|ill be waiting|be waiting|im waiting|gonna wait|stay|staying|sit|sitting) (outside|at|by|in front of|downstairs from) (your|ur|yo) (building|house|door|place|school|work|car|class|locker|job|apartment|dorm|window|parents house) (until|till|til|all night|every day|every night|as long as|forever)
pattern: (i|we|ik) (know|found out|figured out|see) (where|how) to (find|reach|get to|locate) (you|u|ya)
match: drove by your place again last night
match: i know you're in the shower right now
match: i check your snap map every night lol
match: i'll wait outside your dorm until you come talk to me
match: don't worry, i know where to find you
nomatch: i drove by your house to drop off the casserole
nomatch: i drove past your house last night but you weren't home so i kept going
nomatch: i know you're home alone tonight so call if you need anything, love mom
nomatch: i'll wait at your car, take your time
note: watching someone's home or movements: driving past their house again, "i know you're home alone", checking their location every night, waiting outside until they come out, "i know where to find you"

[en.harassment.threat.r7hr-owe-me-contact]
sub: threat
weight: 0.4
target: other
pattern: (you|u|ya) (owe|owes) me (an explanation|an answer|a reply|a conversation|a response|your time|that much|a call|a chance|another chance|closure)
pattern: (messaged|texted|called|dmd|emailed|snapped|rang) (you|u|ya) ~1 (times|messages|texts|calls)
pattern: (messaged|texted|called|dmd|emailed|snapped|rang|messaging|texting|calling) (you|u|ya) ~2 (times|messages|texts|calls) (today|tonight|this week|already|now|and|why|since|but|yet|u|you|still)
pattern: (regret|be sorry for|be sorry about) (ignoring|blocking|leaving|rejecting|dumping|reporting|ghosting|unfriending|unadding|unfollowing|breaking up with) (me|my)
match: you owe me an answer and you know it
match: i've texted you 50 times today and nothing
match: you'll regret ghosting me
nomatch: you owe me ten bucks lol
nomatch: i called you twice today, call back when you can
nomatch: why won't you talk to me about what's bothering you
note: weak signs of pursuit that adds to a second signal: "you owe me an explanation", "texted you 50 times today", "you'll regret ignoring me"

[en.harassment.doxxing.r7hr-raid-their-account]
sub: doxxing
weight: 0.62
target: third
also: cyberbullying.pile_on
pattern: (go|lets|everyone|everybody|yall|guys|chat|squad) ~3 (flood|spam|raid|brigade|swarm|mass report|mass dm|bomb|blow up) (her|him|them|his|their) ~1 (dms|inbox|comments|page|account|profile|mentions|acc|posts|phone|notifications|)
pattern: (drop|post|send|leak) (his|her|their|this guys|this girls) (socials|ig|insta|snap|tiktok|handle|discord|twitter|fb|facebook|accounts|account) (in the chat|in chat|here|below|so we|so i|in the gc|in the group)
pattern: (her|his|their) (at|handle|account|insta|ig|acc|snap|tiktok) (is|s) (in|on) (the|my|her|his|their) (bio|comments|replies|story|pinned|description) ~3 (go|flood|spam|raid|do your thing|you know what to do|have fun)
match: everyone go flood her dms lol
match: drop his insta in the chat so we can get him
match: her tiktok is in my bio, go have fun
nomatch: go flood her comments with love for her birthday
nomatch: drop your insta in the chat so we can follow each other
nomatch: let's spam him with birthday wishes
note: calls to swarm a named person's accounts (flood her dms, drop his socials so we can get him); a birthday pile of good wishes is kept out by the nomatch examples

[en.harassment.doxxing.r7hr-i-know-your-identity]
sub: doxxing
weight: 0.6
target: other
pattern: (i|we|ik) (know|found|found out|have|got) (your|ur|yo) (real|full|last|legal|irl|moms|dads|parents|middle) (name|names|maiden name)
pattern: (your|ur|yo) (home address|address|addy|real address|exact address|house number) (is|s) ~5 (dont make me|want me to|wanna bet|should i|ill|i will|imma|right|isnt it|correct|post|share|everyone)
pattern: (ill|i will|imma|im gonna|im going to|gonna|or ill|or i will) (post|leak|share|publish|drop|spread|put out) (your|ur|yo) (address|addy|home address|number|phone number|real name|full name|location|info|face|school|workplace|parents info)
match: i know your real name, jessica, don't test me
match: your addy is 22 maple, want me to share it with everyone?
match: keep talking and i'll post your address
nomatch: i don't know your last name, can you tell me for the form
nomatch: your address is on the package, double check it
nomatch: i'll send your address to the florist for the delivery
note: doxxing threats and shows of knowing private identity: "i know your real name", "your address is ... don't make me", "i'll post your address"

[en.harassment.sexual.r7hr-secret-between-us]
sub: sexual
weight: 0.6
target: other
pattern: (dont|do not|never|dont ever|better not) (tell|show|let) (your|ur|yo) (parents|mom|mum|dad|teacher|teachers|friends|bf|boyfriend|family|sister|brother|counselor) ~2 (we talk|we talked|about us|about me|we chat|we text|we met|were talking|about our|i sent|what i sent|about this|we hang|we meet|know)
pattern: (our|my|a) (little|lil|special|) secret ~3 (ok|okay|right|baby|babe|sweetie|princess|cutie|dont|do not|promise|nobody|no one|yeah)
pattern: (this|it|everything) (stays|stay|has to stay|needs to stay) between (us|you and me|u and me|me and you) ~2 (sweetie|baby|babe|princess|cutie|dont tell|no one|nobody|your parents|ur parents|your mom|ur mom|little one|kiddo|beautiful|gorgeous)
pattern: (delete|clear|hide) (our|these|the|my|this) (chat|chats|messages|texts|dms|convo|conversation|pics) (so|before|incase|in case|or) ~2 (your|ur|nobody|no one|parents|mom|dad|they)
match: don't tell your mom we talk ok
match: it's our little secret, promise?
match: this stays between you and me, okay sweetie
match: delete our chats so your parents don't see
nomatch: don't tell your mom about the surprise party
nomatch: our secret recipe uses brown butter
nomatch: what's said in therapy stays between us, that's the rule
nomatch: it stays between us, i promise i won't tell anyone your crush
note: secrecy demanded around contact with a young person (don't tell your parents we talk, our little secret, delete the chats so your parents don't see): a grooming sign

[en.harassment.sexual.r7hr-undress-remarks]
sub: sexual
weight: 0.6
target: other
pattern: (see|seeing|picture|imagine|imagining|want to see|wanna see|love to see|like to see) (you|u|ya) (without|with no|out of) (that|your|ur|the|any|those) ~1 (shirt|top|dress|clothes|bra|towel|pants|skirt|jeans|bikini|underwear|panties|hoodie|uniform)
pattern: (youd|you would|u would|ud|you will|youll) (look|be|feel) (better|good|great|amazing|so good|perfect|hotter) (in|on|under|next to me in) (my|our) (bed|lap|sheets|arms|room|car|backseat|bedroom)
pattern: (bend over|get on your knees|get on ur knees|on your knees|on ur knees|spread your legs|spread ur legs|open your legs|open ur legs) (for me|baby|babe|bitch|slut|for daddy|daddy|like a good)
pattern: (nice|great|huge|big|perfect|sexy|hot) (tits|boobs|rack|ass|butt|booty|thighs|titties|cleavage) ~3 (show|send|more|baby|babe|let me|can i|i want|wanna)
match: wanna see you without that hoodie
match: you'd look better in my bed
match: get on your knees for me
match: nice tits, show more
nomatch: i can't picture you without your glasses lol
nomatch: you'd look great in my bridesmaid dress, try it on
nomatch: bend over and touch your toes, hold for 30 seconds
note: sexual remarks aimed at someone: "see you without that shirt", "you'd look better in my bed", "on your knees for me", "nice tits, show more"
