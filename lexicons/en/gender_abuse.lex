# Gender-based abuse: misogynist and anti-LGBTQ slurs, sexual violence, sextortion,
# image-based abuse, prejudiced claims about women, attacks on gender identity and sexuality.
#
# Reviewer notes
# - Identity words (women, woman, girls, gay, lesbian, trans, queer, nonbinary, feminist) are never a
#   pattern on their own: they name a protected group, and they are group cues in cues.lex.
#   Identity algospeak ("le dollar bean", "lesbean") is in allow.lex, never here.
# - Weights: explicit threats, sextortion and image abuse 0.85-0.95; slurs 0.6-0.85; prejudiced
#   claims 0.55-0.8; weak signals that are often benign 0.3-0.45. Default thresholds are about 0.35
#   (child), 0.5 (teen) and 0.65 (adult), so a 0.35 entry alone only flags for children.
# - "grape" (algospeak for rape, also the grape emoji) is only matched in threat phrases
#   ("get graped", "i will grape you"): on its own it is fruit.
# - Disclosures ("i was raped", "i got raped") are deliberately NOT patterns: they are survivors
#   speaking and must not be scored as abuse.

lexicon: gender_abuse
language: en
version: 2026.11.30.9

# ---------------------------------------------------------------------------------------------
# slur: misogynist, transphobic and homophobic slurs and dehumanising words
# ---------------------------------------------------------------------------------------------

[en.gender_abuse.slur.bitch]
sub: slur
weight: 0.35
pattern: (bitch|biatch|biotch|bitchy|bitchass)
match: she is being a bitch about it
nomatch: that movie was bitchin
note: weak alone: also casual profanity between friends; plural, third-person and insult forms are separate entries

[en.gender_abuse.slur.bitches-plural]
sub: slur
weight: 0.5
pattern: (bitches|biatches|bitchez)
match: ugh bitches be trippin
match: these bitches think they run the place
note: the plural nearly always names women as a group; "bitches get stitches" and friendly "my bitches" also match

[en.gender_abuse.slur.bitch-third]
sub: slur
weight: 0.55
pattern: (that|this|dat|the|da|some|her|his) (bitch|biatch)
match: that bitch blocked me
match: this bitch thinks shes better than everyone
nomatch: karma is a bitch
note: "that bitch" names a (usually female) person; idioms with "a bitch" (karma, life) do not match

[en.gender_abuse.slur.bitch-insult]
sub: slur
weight: 0.65
target: other
pattern: (stupid|dumb|fat|ugly|fucking|fuckin|little|dirty|crazy|psycho|worthless|useless|annoying|whiny|lazy|ungrateful|jealous|nasty|lying|entitled) (bitch|bitches|biatch|bitchass)
pattern: (you|u) (bitch|biatch|bitchass)
pattern: (youre|ur|your|shes|u) (a|such) (bitch|biatch)
pattern: (youre|ur|your|shes|u) such a (bitch|biatch)
pattern: (stfu|off) (bitch|biatch)
pattern: shut up (bitch|biatch)
match: shut up you stupid bitch
match: you bitch i hate you
match: ur such a bitch
match: your a bitch and everyone knows it
match: stfu bitch
match: shut up bitch
nomatch: karma is a bitch sometimes
note: "you bitch about everything" (verb) also matches the second pattern; kept because the insult use dominates

[en.gender_abuse.slur.beyotch]
sub: slur
weight: 0.35
pattern: (beyotch|beyatch|biyotch|biyatch|beotch)
match: move it beyotch
note: joking spelling of bitch; weak alone

[en.gender_abuse.slur.slut]
sub: slur
weight: 0.7
pattern: (slut|sluts|slutty|sluttish|slutbag|sloot|sloots|slore|slores)
match: she is such a slut
match: dressed all slutty again
nomatch: stop the slutshaming please
note: "slut shaming" as a topic is cancelled in allow.lex

[en.gender_abuse.slur.whore]
sub: slur
weight: 0.75
pattern: (whore|whores|whorish|whorebag|manwhore|hoebag)
match: she is a dirty whore
match: all they do is act whorish
nomatch: the shell has a whorl pattern

[en.gender_abuse.slur.hoe]
sub: slur
weight: 0.4
pattern: (hoe|hoes|hoochie)
pattern: (dumb|stupid|fucking|you|that|this) ho
match: she is a hoe
match: bros before hoes
match: look at that ho over there
note: low: also a garden tool ("garden hoe" is in allow.lex)

[en.gender_abuse.slur.hoe-insult]
sub: slur
weight: 0.6
target: other
pattern: (dumb|stupid|fucking|dirty|nasty|lil|little|broke|ugly|fat|cheap|lying) (hoe|hoes|thot|thots|ho)
pattern: (youre|ur|your|shes|u) (a|such) (hoe|thot|ho)
pattern: (youre|ur|your|shes|u) such a (hoe|thot|ho)
match: ur just a dumb hoe lol
match: shes such a thot
match: your a hoe
note: directed forms of hoe/thot

[en.gender_abuse.slur.thot]
sub: slur
weight: 0.5
pattern: (thot|thots|thotty)
match: ok thot whatever
match: thots be like
note: a slur with no other sense; "i thot so" (misspelt thought) is in allow.lex

[en.gender_abuse.slur.cunt]
sub: slur
weight: 0.75
pattern: (cunt|cunts|cuntface|cunting)
match: what a stupid cunt
match: shut up cunts
nomatch: scunthorpe united won

[en.gender_abuse.slur.twat]
sub: slur
weight: 0.5
pattern: (twat|twats|twatface)
match: you absolute twat

[en.gender_abuse.slur.skank]
sub: slur
weight: 0.65
pattern: (skank|skanks|skanky)
match: skanky little girl
match: she looks like a skank

[en.gender_abuse.slur.slag]
sub: slur
weight: 0.55
pattern: (slag|slags|slaggy)
match: she is a right slag
nomatch: the furnace produced a lot of waste
note: British slur for women; "slag heap" and "slag off" are in allow.lex

[en.gender_abuse.slur.archaic]
sub: slur
weight: 0.45
pattern: (harlot|harlots|strumpet|strumpets|trollop|trollops|floozy|floozie|hussy|hussies)
pattern: loose (woman|women)
match: she is nothing but a harlot
match: a loose woman like her
note: dated words for promiscuous women (Hurtlex PR category)

[en.gender_abuse.slur.hag]
sub: slur
weight: 0.4
pattern: (old|ugly|fat|nasty|crusty|dried|bitter) (hag|hags|crone|crones)
match: shut up you old hag
match: bitter hags on twitter

[en.gender_abuse.slur.gendered-insult]
sub: slur
weight: 0.5
pattern: (stupid|dumb|useless|worthless|fucking|hysterical|crazy|psycho|brainless) (woman|women|female|females|cow|heifer)
match: typical stupid woman
match: shut it you stupid cow
match: dumb females
nomatch: a strong woman
note: gendered insult; "fat cow" also overlaps appearance shaming

[en.gender_abuse.slur.cum-dump]
sub: slur
weight: 0.85
pattern: (cumdumpster|cumdump|cumbucket|cumslut|cumrag)
pattern: cum (dumpster|dump|bucket|slut|rag|sock)
match: she is just a cum dumpster
match: cumslut
note: sexualised dehumanising words

[en.gender_abuse.slur.femoid]
sub: slur
weight: 0.85
target: group
pattern: (femoid|femoids|foid|foids|femoidz|foidz)
match: foids have no soul
match: typical femoid behaviour
note: incel dehumanising word for women (Harper's 2020, incel.blog)

[en.gender_abuse.slur.roastie]
sub: slur
weight: 0.6
target: group
pattern: (roastie|roasties)
match: used up roasties
note: incel slur (from "roast beef"); British "roasties" (roast potatoes) with food words is in allow.lex

[en.gender_abuse.slur.landwhale]
sub: slur
weight: 0.65
pattern: (landwhale|landwhales)
pattern: land (whale|whales)
match: look at that landwhale
match: land whales everywhere
note: incel archetype for fat women; also appearance shaming

[en.gender_abuse.slur.noodle-whore]
sub: slur
weight: 0.85
target: group
pattern: noodle (whore|whores)
pattern: (noodlewhore|noodlewhores)
match: noodle whores only date white guys
match: typical noodlewhore
note: ethnic-misogynist compound used on incel forums against Asian women

[en.gender_abuse.slur.gold-digger]
sub: slur
weight: 0.35
pattern: gold (digger|diggers|digging)
pattern: (golddigger|golddiggers)
match: she is a gold digger
match: golddigger alert
note: weak: also a song title and a common gossip phrase

[en.gender_abuse.slur.bimbo]
sub: slur
weight: 0.3
pattern: (bimbo|bimbos)
match: what a bimbo
note: weak: partly reclaimed on social media

[en.gender_abuse.slur.pussy-insult]
sub: slur
weight: 0.35
target: other
pattern: (youre|ur|such) (a|) (pussy|pussies)
pattern: (dont|stop) (be|being) (a|such) (pussy|sissy)
match: dont be such a pussy
match: ur a pussy
match: stop being a sissy
nomatch: my pussycat is asleep
note: gendered insult for weakness; weak alone

[en.gender_abuse.slur.tranny]
sub: slur
weight: 0.8
pattern: (tranny|trannies|trannys|trannie|tranney)
match: look at that tranny
match: trannies in the bathroom
note: transphobic slur; car "tranny" (transmission) phrases are in allow.lex

[en.gender_abuse.slur.shemale]
sub: slur
weight: 0.75
pattern: (shemale|shemales|heshe|shehe)
match: he looks like a shemale
nomatch: is she male or female
note: "she male" (two words) is not a pattern: it occurs in "is she male or female"

[en.gender_abuse.slur.troon]
sub: slur
weight: 0.75
pattern: (troon|troons|troid|troids|trooner|trooners)
match: troons are taking over
note: transphobic slur; the Scottish town (Royal Troon) is in allow.lex

[en.gender_abuse.slur.ladyboy]
sub: slur
weight: 0.45
pattern: (ladyboy|ladyboys)
match: he is dating a ladyboy lol
note: weak: used as a self-description in Thailand, derogatory elsewhere

[en.gender_abuse.slur.chick-with-dick]
sub: slur
weight: 0.6
pattern: (chick|chicks|girl|girls) with (a|) (dick|dicks|cock|cocks|penis)
match: thats a chick with a dick
match: chicks with dicks

[en.gender_abuse.slur.dyke]
sub: slur
weight: 0.45
pattern: (dyke|dykes|bulldyke|bulldykes)
match: look at those dykes
note: weak alone: partly reclaimed ("dyke march" is in allow.lex) and a surname (Van Dyke); insult forms are dyke-insult

[en.gender_abuse.slur.dyke-insult]
sub: slur
weight: 0.7
target: other
pattern: (you|u|ya|fucking|fuckin|stupid|dumb|dirty|fat|ugly|filthy|nasty|disgusting|ew|butch|bull|shes|youre|ur) (a|) (dyke|dykes)
pattern: (lesbo|lesbos|lezzie|lezzies|lezza|lezbo|lezbos)
match: fucking dyke
match: shes a dyke lol
match: ew a lesbo
nomatch: she is a proud lesbian
nomatch: dick van dyke was great in mary poppins
note: directed dyke and lesbo/lezzie forms; "lesbos" only after an insult word or as a noun for people

[en.gender_abuse.slur.faggot]
sub: slur
weight: 0.8
pattern: (faggot|faggots|fagot|fagots|faggy|fagget)
match: shut up faggot
note: homophobic slur; the harassment lexicon may score it too

[en.gender_abuse.slur.fag]
sub: slur
weight: 0.6
pattern: (fag|fags)
match: what a fag
note: British "fag" (cigarette) phrases are in allow.lex

[en.gender_abuse.slur.homo]
sub: slur
weight: 0.55
pattern: (homo|homos)
match: ew homos
note: "homo sapiens" and other species names are in allow.lex

[en.gender_abuse.slur.sexuality-slurs]
sub: slur
weight: 0.65
pattern: (poof|poofs|poofter|poofters|sodomite|sodomites|fudgepacker|fudgepackers)
pattern: fudge (packer|packers)
pattern: (carpet|rug) (muncher|munchers)
match: bunch of poofters
match: filthy sodomites
match: fudge packer
match: shes a carpet muncher
note: homophobic and lesbophobic slurs

[en.gender_abuse.slur.broad]
sub: slur
weight: 0.4
pattern: (dumb|stupid|fat|ugly|crazy|old|silly) (broad|broads)
match: some dumb broad
note: dated; "broad daylight" does not match

# ---------------------------------------------------------------------------------------------
# sexual_violence: rape threats, rape wishes and jokes, victim blaming, drink spiking
# ---------------------------------------------------------------------------------------------

[en.gender_abuse.sexual_violence.rape-threat]
sub: sexual_violence
weight: 0.95
target: other
pattern: (ill|imma|gonna|going|will|wanna|want|finna|lemme|gon) ~2 (rape|raping|gangrape) (you|u|ya|your|ur|her|him|them)
pattern: (i|we) (will|would|could|should) (rape|gangrape) (you|u|ya|her|him|them)
also: harassment.threat
match: i will rape you
match: im going to rape you
match: imma rape ur mom
match: i could rape you and no one would know
note: first-person threat of rape aimed at a person

[en.gender_abuse.sexual_violence.grape-threat]
sub: sexual_violence
weight: 0.85
target: other
pattern: (ill|imma|gonna|going|will|wanna|finna|gon) ~2 grape (you|u|ya|her|him|them)
pattern: (i|we) (will|would) grape (you|u|ya|her|him|them)
also: harassment.threat
match: i will grape you
match: gonna grape u
nomatch: i will eat a grape with you later
note: "grape" algospeak (and the grape emoji) for rape, only in first-person threat frames

[en.gender_abuse.sexual_violence.graped]
sub: sexual_violence
weight: 0.7
pattern: (get|got|getting|gets|be|been|being) graped
pattern: (go|hope) ~3 graped
match: go get graped
match: you got graped lmao
match: hope she gets graped
nomatch: grape juice for everyone
note: algospeak for "raped"; "graped" is not an ordinary word

[en.gender_abuse.sexual_violence.rape-wish]
sub: sexual_violence
weight: 0.9
pattern: (hope|should|deserve|deserves|deserved|needs|need|ought|go) ~3 (raped|gangraped|raping)
pattern: (hope|wish) ~3 (rapes|rape) (you|u|her|ya)
also: harassment.death_wish
match: she deserved to be raped
match: you should be raped
match: hope you get raped
match: go get raped
match: women like her need raping
match: i hope someone rapes you
note: wishing or endorsing rape; a survivor disclosure ("i was raped") does not match

[en.gender_abuse.sexual_violence.get-raped]
sub: sexual_violence
weight: 0.6
pattern: (get|gets) (raped|gangraped)
match: lol get raped
nomatch: i was raped last year and im still healing
note: weaker than rape-wish: "afraid i will get raped" is a fear statement, not abuse

[en.gender_abuse.sexual_violence.rape-and-kill]
sub: sexual_violence
weight: 0.95
pattern: (rape|raping|raped) and (kill|murder|murdered|killed|kill*)
pattern: (kill|murder) and (rape|raping)
also: harassment.threat
match: i would rape and kill her
match: gonna kill and rape you
note: combined sexual and lethal violence

[en.gender_abuse.sexual_violence.rape-target]
sub: sexual_violence
weight: 0.75
pattern: (rape|raping) (her|him|that|this|those|these|dat) (bitch|hoe|slut|whore|girl|woman|thot|ass|one|)
match: rape her
match: raping that bitch
note: imperative or descriptive "rape her"; reporting cues ("he tried to rape her") lower the score

[en.gender_abuse.sexual_violence.corrective-rape]
sub: sexual_violence
weight: 0.75
target: group
pattern: corrective (rape|raping)
pattern: (rape|fuck|screw|beat) ~2 (gay|lesbian|trans) out of
match: corrective rape will fix her
match: she just needs someone to fuck the gay out of her
note: violence against lesbians and trans people; news reporting uses the term too (awareness cues lower it)

[en.gender_abuse.sexual_violence.rape-joke]
sub: sexual_violence
weight: 0.75
pattern: (rape|raping) (is|was) (funny|hilarious|fine|ok|okay|fun|based)
pattern: rape jokes (are|r) (funny|hilarious|fine|ok|okay|based)
pattern: (rape|raping) (is|was) (a|) compliment
match: rape is funny
match: rape jokes are hilarious
match: rape is a compliment if you are ugly
nomatch: rape is never funny
note: a negation between the words ("rape is never funny") does not match

[en.gender_abuse.sexual_violence.asking-for-it]
sub: sexual_violence
weight: 0.65
pattern: (she|shes|girls|women|they|you) (was|were|are|is|) (basically|totally|clearly|just|obviously|literally|lowkey|kinda|practically|pretty much|def|definitely|honestly|so|lowkey was|) asking for it
pattern: (she|shes|girls|women|they|you) (was|were|are|is|) (basically|totally|clearly|just|obviously|literally|lowkey|kinda|practically|pretty much|def|definitely|honestly|so|) begging for it
pattern: (skirt|dress|outfit|clothes|dressed|wearing|wore|drunk) ~5 (asking|begging) for it
pattern: (skirt|dress|outfit|clothes|dressed|wearing|wore) ~5 (deserved|deserves|wanted) it
match: she was asking for it
match: look what she was wearing she deserved it
match: in that skirt she was basically begging for it
note: victim blaming

[en.gender_abuse.sexual_violence.no-means-yes]
sub: sexual_violence
weight: 0.65
pattern: no means (yes|maybe)
pattern: (silence|hesitation) (means|is) (yes|consent)
match: no means yes and yes means anal
match: silence is consent
nomatch: no means no
note: rape-apologist slogans

[en.gender_abuse.sexual_violence.unconscious-fair-game]
sub: sexual_violence
weight: 0.75
pattern: (drunk|asleep|unconscious|wasted|passed|blackout) ~4 fair game
pattern: (drunk|asleep|unconscious|wasted|passed|blackout) ~4 (cant|didnt) say no
match: drunk girls are fair game
match: she passed out so she cant say no
note: sex with someone unable to consent

[en.gender_abuse.sexual_violence.drink-spiking]
sub: sexual_violence
weight: 0.85
pattern: (drug|drugged|roofie|roofied|spike|spiked) (her|your|ur|their|a|some) (drink|drinks)
pattern: slip (her|them|you|u|someone|a|that) (a|some|) (roofie|roofies|mickey|ghb|rohypnol)
pattern: (roofie|roofied) (her|them|you|u|someone|a|that|the)
match: just spike her drink
match: slip her a roofie
match: i roofied her at the party
nomatch: who spiked the punch at prom
note: drink spiking for sexual assault

[en.gender_abuse.sexual_violence.forced-sex-threat]
sub: sexual_violence
weight: 0.85
target: other
pattern: (force|forcing|forced) (you|her|u|him|them) (to|) (suck|blow|fuck|strip|undress)
pattern: (bend|pin|tie|hold) (you|her|u) (over|down|up) (and|) (fuck|rape|take)
pattern: (fuck*|pound*|rail*|wreck*) ~3 (until|till|til) ~3 (bleed|bleeds|cry|cries|scream|screams|pass)
also: harassment.threat
match: ill force you to suck it
match: i will hold you down and fuck you
match: gonna fuck you till you bleed
note: threats of forced sexual acts

[en.gender_abuse.sexual_violence.grope-threat]
sub: sexual_violence
weight: 0.7
pattern: (molest|molesting|grope|groping) (you|her|u|him|them|ya)
pattern: sexually (assault|assaulting) (you|her|u|him|them)
match: i wanna grope her so bad
match: ill sexually assault you
note: reporting cues ("he tried to grope her") lower the score

[en.gender_abuse.sexual_violence.too-ugly-to-rape]
sub: sexual_violence
weight: 0.8
pattern: (too|so) (ugly|fat|old|gross) ~3 (raped|rape)
match: she is too ugly to be raped
match: relax ur too fat to get raped
note: rape "joke" aimed at a woman's looks

[en.gender_abuse.sexual_violence.rape-denial]
sub: sexual_violence
weight: 0.45
pattern: rape culture (is|isnt) (a|) (myth|fake|hoax|made|lie)
pattern: (women|girls|she|females) (lie|lies|lied|lying) about (rape|being|sexual|assault|getting)
pattern: metoo (is|was) ~2 (hoax|scam|lie|joke|witchhunt)
pattern: me too (is|was) ~2 (hoax|scam|lie|joke|witchhunt)
match: rape culture is a myth
match: women lie about rape for attention
match: metoo was a hoax
match: me too was a joke
note: denial of sexual violence; weak, also debate

[en.gender_abuse.sexual_violence.child-sexual-content]
sub: sexual_violence
weight: 0.95
pattern: (child|kiddie|kiddy|underage|preteen|toddler) (porn|corn|nudes|nude|sex)
match: where can i find child porn
match: trading underage nudes
note: child sexual abuse material; awareness cues ("child porn is illegal") lower the score

# ---------------------------------------------------------------------------------------------
# sextortion: coercion with intimate images, threats to send them to family or school
# ---------------------------------------------------------------------------------------------

[en.gender_abuse.sextortion.send-nudes-or]
sub: sextortion
weight: 0.9
target: other
pattern: send ~3 (nud*|nood*|lewds) ~2 or (ill|i|im|imma|else|everyone|your|youll)
pattern: (dm|snap|text|send) ~3 (nud*|nood*|lewds) ~2 or (ur|youre|your|ill|im|imma|else|everyone|youll) ~1 (done|dead|finished|over|regret|post|leak|send|sending|posting|leaking|tell|telling)
pattern: send ~3 (pic*|phot*|vid*|more) ~2 or (ill|i|im|imma|ima|iam) ~2 (post*|leak*|shar*|send*|show*|tell*|expos*|releas*|upload*|spread*|forward*)
also: harassment.threat
match: send me nudes or ill tell everyone
match: send more pics or i will post the ones i have
match: send nudes or else
match: dm me ur nudes or ur done
match: send me nudes or im sending your pics to your family
nomatch: send pics or it didnt happen
note: coercing a person into sending intimate images

[en.gender_abuse.sextortion.pay-or-post]
sub: sextortion
weight: 0.9
target: other
pattern: (pay*|venmo|cashapp|bitcoin|money|dollars|crypto) ~6 or ~2 (post*|leak*|shar*|expos*|releas*|upload*) ~1 (nud*|nood*|pic*|vid*|them|everything)
pattern: (pay*|venmo|cashapp|bitcoin|money|dollars|crypto) ~6 or ~2 send (them|these|those|everything|your|ur) (to|)
pattern: (pay*|venmo|cashapp|bitcoin|money|dollars|crypto) ~6 or (everyone|everybody|your|ur) ~2 (sees|see|seeing|gets|get|finds)
pattern: (pay*|venmo|cashapp|bitcoin|money|crypto) ~6 before ~3 (post*|leak*|shar*|send*|expos*) ~1 (nud*|nood*|pic*|vid*|them|everything)
also: harassment.threat
match: pay me 500 dollars or ill post your pics
match: send 200 on cashapp or i will leak everything
match: pay in bitcoin before i send the video to everyone
match: venmo me 100 or ill send them to your school
match: pay 300 dollars or everyone sees them
note: money demand with a threat to publish

[en.gender_abuse.sextortion.send-to-family]
sub: sextortion
weight: 0.75
target: other
pattern: (send|show|leak|post) (them|these|those|everything) to ~1 (parents|mom|mum|dad|family|school|boss|teacher*|friends|followers|contacts|classmates|principal|coach|dean|pastor|church|employer|grandparents)
pattern: (sending|showing|leaking|posting) ~1 (them|these|those|everything|pics|pictures|photos|vids|videos|nud*|nood*) to ~2 (parents|mom|mum|dad|family|school|boss|teacher*|friends|followers|contacts|classmates)
pattern: (send|show|leak|post|forward) ~1 (nud*|nood*|lewds|sextape) to ~2 (parents|mom|mum|dad|family|school|boss|teacher*|friends|followers|contacts|classmates)
also: harassment.threat
match: ill send them to your parents
match: i will show these to ur mom
match: im going to send your nudes to your whole family
match: im sending your pics to your whole family
nomatch: ill send the recipe to your mom
note: threat to send intimate images to people the victim knows

[en.gender_abuse.sextortion.or-ill-post]
sub: sextortion
weight: 0.8
target: other
pattern: (or|otherwise|unless) ~2 (leak*|expos*|releas*|upload*|post*) ~1 (nud*|nood*|pic*|phot*|vid*|lewds|screenshots|chats)
pattern: (or|otherwise|unless) ~2 (send|share|show) (your|ur|these|those) (nud*|nood*|pic*|vid*|lewds|screenshots)
pattern: (or|otherwise|unless) ~2 (post|leak|expose|release|upload|share) (them|these|those|everything)
also: harassment.threat
match: do it or ill post your nudes
match: reply or i will leak them
match: otherwise i share everything
match: answer me or ill show your pics to everyone
note: conditional threat to publish

[en.gender_abuse.sextortion.if-you-dont]
sub: sextortion
weight: 0.85
target: other
pattern: if (you|u) (dont|block|tell|stop|report) ~4 (ill|i|everyone) ~1 (post|leak|share|send|expose|release|upload|sees)
also: harassment.threat
match: if you block me ill post everything
match: if u dont send more i will leak them
match: if you tell anyone everyone sees your pics
note: sextortion scripts punishing blocking, refusing or telling

[en.gender_abuse.sextortion.i-have-nudes]
sub: sextortion
weight: 0.8
target: other
pattern: (i|ive|weve|we) (still|) (have|got|saved|kept|screenshotted|recorded) (your|ur|ya) (nud*|nood*|lewds|sextape)
pattern: (video|recording|vid|footage|clip|pics|pictures|photos) of (you|u) ~2 (naked|nude|masturbating|jerking|touching)
match: i still have your nudes
match: i have your nudes
match: ive got your nudes
match: i got a video of you naked
note: claim of holding intimate images of the target

[en.gender_abuse.sextortion.i-have-pics]
sub: sextortion
weight: 0.5
target: other
pattern: i (still|) (have|got|saved|kept|screenshotted) (your|ur|all|ya|all your|all ur) (pic*|phot*|vid*|screenshots|chats|snaps)
pattern: ive (still|) got (your|ur|all|ya) (pic*|phot*|vid*|screenshots|chats|snaps)
pattern: i (screenshotted|recorded) (everything|all|it|that)
match: i still have all your pics
match: i have your pictures
match: i screenshotted your snaps
match: i screenshotted everything
nomatch: i have your jacket
note: weak alone ("i have your photos from the party"); strong next to a demand

[en.gender_abuse.sextortion.do-what-i-say]
sub: sextortion
weight: 0.8
target: other
pattern: do (what|as) i (say|tell|want) ~3 or ~4 (see*|post*|leak*|send*|share*|expose*|upload*|know*)
pattern: (everyone|everybody|followers|parents|family|school) ~2 (see|sees|seeing) (your|ur) (nud*|nood*|lewds|sextape|tits|dick)
also: harassment.threat
match: do what i say or everyone sees
match: do as i tell you or i will post it
match: everyone will see your nudes
note: coercion with exposure

[en.gender_abuse.sextortion.dont-tell]
sub: sextortion
weight: 0.65
target: other
pattern: (dont|never) tell (your|ur|) (parents|mom|mum|dad|anyone|anybody|nobody|teacher|teachers) ~3 or (ill|i|else|everyone)
pattern: (our|this) (little|) secret ~3 (or|dont) ~2 (tell|ill|else)
match: dont tell your parents or ill post them
match: this is our little secret dont tell
note: secrecy demands typical of grooming and sextortion

[en.gender_abuse.sextortion.delete-if-pay]
sub: sextortion
weight: 0.85
target: other
pattern: (delete|remove|destroy) ~4 (if|when|once) (you|u) (pay*|send*|venmo|transfer*)
pattern: (pay*|venmo|cashapp) ~4 and ~2 (delete|destroy) ~2 (pic*|vid*|nud*|phot*|them|everything)
match: ill delete them if you pay
match: pay me and i will delete the video
note: "pay and I delete" sextortion scripts

[en.gender_abuse.sextortion.webcam-scam]
sub: sextortion
weight: 0.75
target: other
pattern: (hacked|accessed|infected) (your|ur) (webcam|camera|cam|device|phone|computer|laptop)
pattern: recorded (you|u) (through|on|via|with) (your|ur) (webcam|camera|cam)
match: i hacked your webcam and recorded you
match: i recorded you through your webcam
note: mass sextortion e-mail scripts

[en.gender_abuse.sextortion.deadline]
sub: sextortion
weight: 0.45
pattern: (24|48|12|72) (hours|hrs|hour) (to|or|before) ~2 (pay|everyone|leak|expose)
match: you have 24 hours to pay
match: 48 hours or i leak them
note: deadline pressure; weak alone

[en.gender_abuse.sextortion.undress-request]
sub: sextortion
weight: 0.85
target: other
pattern: (send|show) ~4 (pic*|phot*|vid*) ~2 (in|without) (your|ur|no) (bra|underwear|panties|clothes|shirt|top|bikini)
pattern: (take|pull) ~1 off (your|ur) (shirt|top|bra|clothes|panties|underwear)
match: send me a pic in your underwear
match: show me a pic without your shirt
match: take off your bra for me
nomatch: take off your shoes before you come in
note: solicitation of sexual images; with a child profile this is grooming

[en.gender_abuse.sextortion.grooming-markers]
sub: sextortion
weight: 0.4
pattern: (so|really|very|super) mature for (your|ur) age
pattern: (are|r) (you|u) (home|alone) ~3 (cam|camera|facetime|video|pics|pic)
match: you are so mature for your age
match: r u home alone can u facetime
note: weak grooming markers; strong next to image requests or secrecy demands

# ---------------------------------------------------------------------------------------------
# image_abuse: non-consensual intimate images, leaks, deepfakes, voyeurism
# ---------------------------------------------------------------------------------------------

[en.gender_abuse.image_abuse.leak-nudes]
sub: image_abuse
weight: 0.9
target: other
pattern: (leak*|post*|shar*|send*|spread*|upload*|expos*|drop|dropping|dropped|releas*|airdrop*) (her|his|your|ur|their|the|my) (nud*|nood*|lewds|sextape)
also: harassment.threat
match: leak her nudes
match: im gonna post your nudes
match: my ex posted my nudes everywhere
note: publishing intimate images without consent

[en.gender_abuse.image_abuse.leak-pics]
sub: image_abuse
weight: 0.55
target: other
pattern: (leak*|expos*) (her|his|your|ur) (pic*|phot*|vid*|body|snaps)
pattern: (anyone|anybody|who|whos|someone) ~1 (got|has|have) the (pics|pictures|photos|vids|videos|snaps) of her
pattern: (post|drop|share|dump|airdrop) (those pics|her pics|her nudes|her vids|his pics|his nudes) (in|on|to) the (server|gc|groupchat|group chat|chat|discord|group)
also: harassment.threat
match: lets expose her pics
match: im gonna leak your photos
match: anyone got the pics of her from the party
match: post her pics in the server
nomatch: post the pics in the group chat please
nomatch: the gallery will expose their photos to the public next month
note: weaker than leak-nudes: the images named are not said to be intimate, and safety advice ("if someone threatens to leak your photos, report it") quotes the threat, so it stays under the teen threshold; asking for "the pics of her" and posting them in a group chat together reach the flag threshold

[en.gender_abuse.image_abuse.intimate-video-threat]
sub: image_abuse
weight: 0.8
target: other
pattern: (video|vid|vids|videos|pics|pictures|photos|clip|recording|footage) of (you|u|her|ya) (in the shower|showering|in the bathroom|changing|undressing|naked|nude|in your underwear|in ur underwear)
pattern: (post|leak|share|send|expose|upload) ~4 (if|when|unless) (you|u) (block|report|ignore|unadd|unfollow|leave|tell)
also: harassment.threat
match: ill post the video of you in the shower if you block me
match: i have pics of her changing
match: ill leak it if you block me
note: threatened or held intimate recordings; "if you block me" makes a posting threat coercive

[en.gender_abuse.image_abuse.nudes-leaked]
sub: image_abuse
weight: 0.75
pattern: (her|his|your|ur|their) (nud*|nood*|lewds|sextape) ~2 (leaked|out|everywhere|around|circulating)
pattern: (leaked|leak) (nud*|nood*|sextape|lewds)
match: her nudes got leaked
match: your nudes are everywhere now
match: anyone got leaked nudes
note: circulation of leaked intimate images

[en.gender_abuse.image_abuse.share-her-pics]
sub: image_abuse
weight: 0.45
target: other
pattern: (share|post|send|spread|drop|airdrop) (her|his|your|ur) (pics|pictures|photos|vids|videos|snaps)
match: share her pics in the gc
match: drop her pics
note: weak alone: sharing photos is usually benign; rises with sexual or exposure context

[en.gender_abuse.image_abuse.who-has-nudes]
sub: image_abuse
weight: 0.85
target: other
pattern: (anyone|anybody|who|someone|whos) ~2 (her|his|their|the) (nud*|nood*|lewds|sextape)
pattern: (nud*|nood*|sextape|lewds) of (my|her|his|your|ur) (ex|exgf|exbf|girlfriend|gf|classmate|sister|teacher)
match: anyone have her nudes
match: who has the nudes of jess
match: got nudes of my ex
note: soliciting or trading someone's intimate images

[en.gender_abuse.image_abuse.nude-trading]
sub: image_abuse
weight: 0.8
pattern: (trade|trading|swap|swapping|sell|selling) (nud*|nood*|lewds) (of|from)
pattern: (nud*|nood*|lewds) (trading|swapping) (group|server|chat|gc)
match: trading nudes of girls from school
match: join the nudes trading server
note: trading intimate images of others

[en.gender_abuse.image_abuse.revenge-porn]
sub: image_abuse
weight: 0.75
pattern: revenge (porn|corn|pics|nudes)
match: post revenge porn of her
note: also an awareness term ("revenge porn is illegal"); awareness cues lower it

[en.gender_abuse.image_abuse.deepfake]
sub: image_abuse
weight: 0.8
target: other
pattern: deepfake (her|him|you|u|them)
pattern: deepfake (my|your|ur|that|this) (ex|classmate|teacher|crush|gf|bf|girlfriend|boyfriend|sister|coworker|bitch|hoe|slut)
pattern: deepfake (nud*|porn|corn|sex|lewds)
pattern: (make|made|making) (a|some|) deepfake* of (her|him|you|u|them|my|your|ur)
match: lets deepfake her
match: deepfake my ex into a porn video
nomatch: i want to deepfake my voice for a project
match: deepfake nudes of my teacher
match: i made a deepfake of her
note: synthetic sexual images of a real person

[en.gender_abuse.image_abuse.nudify]
sub: image_abuse
weight: 0.85
pattern: (nudify|nudifying|nudified|nudifier|undressapp)
pattern: (undress|undressing|unclothe) (her|him|them|this|your|ur|my) ~3 (ai|app|bot|pic|photo|pics|photos|selfie|selfies|insta|tiktok)
pattern: (clothes|clothing|cloth) (remover|removal) (app|ai|bot|tool)
match: ai undress her insta pics
match: nudify her pic
match: undress her with ai
match: use the clothes remover app on her
note: AI "undress" tools

[en.gender_abuse.image_abuse.voyeurism]
sub: image_abuse
weight: 0.8
pattern: (upskirt|upskirts|upskirting|creepshot|creepshots|downblouse)
match: upskirt pics from the mall
match: post your creepshots here
note: covert sexual images

[en.gender_abuse.image_abuse.hidden-camera]
sub: image_abuse
weight: 0.7
pattern: (hidden|spy) (cam|camera|cams|cameras) ~4 (changing|locker|bathroom|shower|showers|toilet|toilets|girls|her)
pattern: (filmed|recorded|photographed|filming|recording) (her|him|them|you) ~3 (changing|showering|shower|naked|undressing|peeing)
match: hidden cam in the girls locker room
match: i filmed her changing
nomatch: hidden camera in the bird box
note: voyeurism

[en.gender_abuse.image_abuse.expose-slur]
sub: image_abuse
weight: 0.65
pattern: (expose|exposing) (her|this|that|these|dat) (hoe|hoes|thot|thots|slut|sluts|bitch|whore)
match: exposing this hoe
note: "exposing" posts usually publish private images or chats

[en.gender_abuse.image_abuse.content-leaks]
sub: image_abuse
weight: 0.6
pattern: (leak|leaks|leaked) (onlyfans|fansly|patreon)
pattern: (onlyfans|fansly) (leak|leaks|leaked)
pattern: (her|his|ur|your|their|that girls|this girls) (of|onlyfans|fansly|ppv) (leak|leaks|leaked|link|folder|mega|drive)
match: her onlyfans leaks are up
match: free leaked onlyfans
note: redistribution of paid sexual content without consent

[en.gender_abuse.image_abuse.cyberflashing]
sub: image_abuse
weight: 0.55
pattern: (send|sent|sending|airdrop*) (her|them|you|u|random|strangers|girls) (a|) (dick|cock) (pic|pics)
match: i airdropped her a dick pic
match: sent her a dick pic lol
note: unsolicited sexual images

[en.gender_abuse.image_abuse.secret-photos]
sub: image_abuse
weight: 0.65
pattern: (sneaky|secret|hidden|creep|creepy) (pic*|phot*|vid*) of (her|girls|women|my|this|that|some)
match: got some sneaky pics of her at the gym
match: secret vids of girls in class
note: covert images of women and girls

# ---------------------------------------------------------------------------------------------
# prejudice: prejudiced claims about women, misogynist ideology markers
# ---------------------------------------------------------------------------------------------

[en.gender_abuse.prejudice.belong-in-kitchen]
sub: prejudice
weight: 0.7
target: group
pattern: (women|woman|girls|females|she|wife|wives|bitches|hoes|girl) (belong|belongs) (in|) (the|) kitchen
pattern: kitchen (is|) where (she|you|women|they|girls|bitches) (belong|belongs)
pattern: (womans|womens|woman|girls) place is (in|at) (the|) (home|kitchen|bedroom)
match: women belong in the kitchen
match: kitchen is where you belong
match: a womans place is in the kitchen
nomatch: a womans place is in the house and the senate

[en.gender_abuse.prejudice.back-to-kitchen]
sub: prejudice
weight: 0.55
target: other
pattern: (get|go) back (in|into|to) (the|ur|your) kitchen
pattern: (should|shouldve|better) (have|) (stay|stayed) in (the|your|ur) kitchen
match: get back in the kitchen
match: go back to the kitchen
match: you should have stayed in the kitchen
note: aimed at a woman taking part in a game or discussion; "go back to the kitchen and check the oven" also matches

[en.gender_abuse.prejudice.make-me-a-sandwich]
sub: prejudice
weight: 0.35
pattern: make me a (sandwich|sammich|sandwhich)
match: make me a sandwich
note: weak alone: children ask for sandwiches too

[en.gender_abuse.prejudice.sandwich-woman]
sub: prejudice
weight: 0.6
target: other
pattern: (woman|women|bitch|girl|girls|hoe|female|females|lady|sweetheart|sweetie|honey|sugartits) ~3 (make|get|fetch) me a (sandwich|sammich)
match: woman go make me a sandwich
match: shut up bitch and make me a sandwich

[en.gender_abuse.prejudice.women-inferior]
sub: prejudice
weight: 0.8
target: group
pattern: (women|females|girls|foids) (are|r) (naturally|just|all|) (inferior|subhuman|property|objects|animals|worthless|lesser)
pattern: (woman|female|wife) (is|are) (a|) (property|object|possession|inferior)
pattern: (women|females|girls|foids) (are|r) (not|never) (human|humans|people|persons)
pattern: (women|females|foids) (arent|aint) (human|humans|people)
match: women are inferior
match: females are just property
match: a wife is property
match: women are not human
match: foids arent human
nomatch: women are not inferior

[en.gender_abuse.prejudice.women-stupid]
sub: prejudice
weight: 0.6
target: group
pattern: (women|females|girls) (are|r) (naturally|just|all|too|) (stupid|dumb|emotional|hysterical|irrational|illogical|weak|useless)
pattern: (women|females|girls) (are|r) (not|never) (funny|smart|capable|logical|rational)
match: women are too emotional
match: girls are dumb
match: women are not funny
nomatch: are women emotional

[en.gender_abuse.prejudice.women-cant]
sub: prejudice
weight: 0.65
target: group
pattern: (women|females|girls|woman) (just|simply|literally|really|genuinely|honestly|naturally|biologically|) (cant|shouldnt|cannot|mustnt) ~3 (vote|drive|lead|reason|think|code|govern|president|do math|do maths|park|navigate)
pattern: (girls|women|females) (cant|shouldnt) (play|game) (games|videogames|video|fortnite|valorant)
pattern: (girls|women|females|chicks) (cant|cannot|can never|shouldnt) (aim|shotcall|igl|clutch|play fps|play shooters|play ranked|play comp|play support|play tank|play jungle|play competitive|play esports)
pattern: (women|females|girls) should (not|never) ~3 (vote|drive|lead|work|govern|speak|president)
pattern: repeal the (19th|nineteenth)
match: women cant aim lol
match: women shouldnt vote
match: women cant drive
match: girls cant play games
match: women should not be allowed to vote
match: repeal the 19th
note: "women can" is not a pattern

[en.gender_abuse.prejudice.women-should-stay-home]
sub: prejudice
weight: 0.6
target: group
pattern: (women|females|girls|wives) should (stay|be|remain) (at|) (home|quiet|silent|seen|barefoot|submissive|obedient|pregnant)
pattern: (women|woman|girls|females|wives|wife) (should|must) (obey|submit|serve) ~2 (men|man|husband*|him|males)
match: women should stay home
match: women should be seen and not heard
match: wives must obey their husbands

[en.gender_abuse.prejudice.women-for-sex]
sub: prejudice
weight: 0.75
target: group
pattern: (women|females|girls|foids|bitches) ~3 (only|just) (good|) for (sex|breeding|cooking|cleaning|fucking|one)
pattern: (women|females|foids|bitches) (are|r|exist) for (sex|breeding|cooking|cleaning|fucking)
match: women are only good for one thing
match: females exist for breeding
note: reduces women to sexual or domestic function

[en.gender_abuse.prejudice.women-no-rights]
sub: prejudice
weight: 0.7
target: group
pattern: (women|females|foids|girls) (have|got|possess) no (soul|souls|brains|value)
pattern: (women|females|foids) (dont|shouldnt) deserve (any|equal|) (rights|souls|respect|vote)
pattern: (women|females|foids) shouldnt have (any|equal|the|) (rights|vote|jobs)
pattern: (women|females|foids) (do not|dont|dont even|shouldnt|should not) deserve (the|a|to|) (vote|right to vote|rights|equal rights|an education|education)
nomatch: girls do not get an education under the taliban
match: women do not deserve to vote
match: foids have no soul
match: women dont deserve rights
match: women shouldnt have the vote

[en.gender_abuse.prejudice.all-women-are]
sub: prejudice
weight: 0.75
target: group
pattern: (all|most) ~1 (women|girls|females|foids) (are|r) ~1 (whore*|slut*|hoes|thots|skank*|bitch*|cheaters|liars|manipulative|hypergamous|evil)
pattern: (every|each) (woman|girl|female) (is|s) (a|just|) (whore|slut|hoe|thot|bitch|cheater|liar)
pattern: (all|most) (women|girls|females) (are|r) gold diggers
pattern: (women|girls|females) ~3 (are|r) (all|just|mostly) (hoes|whores|sluts|thots|skanks|gold diggers|golddiggers|cheaters|liars)
match: all women are whores
match: most girls are just sluts
match: every woman is a cheater
match: all women are gold diggers
match: women these days are all hoes
nomatch: all women are welcome here

[en.gender_abuse.prejudice.awalt]
sub: prejudice
weight: 0.55
target: group
pattern: awalt
pattern: all (women|girls|females) (are|r) like (that|this)
pattern: all (women|girls|females) (are|r) the same
pattern: (women|girls|females|bitches|hoes|ladies) (are|r) all (the same|alike|like that|like this)
match: awalt bro
match: all women are like that
match: all girls are the same
match: you women are all the same
note: "All Women Are Like That", manosphere marker

[en.gender_abuse.prejudice.women-ruin]
sub: prejudice
weight: 0.55
target: group
pattern: (women|females|feminists|feminism|foids) (ruin|ruins|ruined|destroy|destroyed|destroys) (everything|society|civilization|civilisation|gaming|men|the world|the west|the family|the country|the economy|the workplace|the internet|the industry)
pattern: (women|females|feminists|feminism|foids|wahmen) (have|has|are|is|) (ruin*|destroy*|wreck*|poison*) (everything|society|civilization|civilisation|gaming|games|video|men|marriage|families|family|this country|our country|our society|western|america|culture|dating|sports|movies|comics|star)
match: women ruin everything
match: feminism destroyed society
match: women have ruined this country
match: women are ruining video games
nomatch: women ruined by the war rebuilt their lives
nomatch: women are destroying the competition at the olympics this year
nomatch: us women destroy the field in the 4x400 relay
note: women or feminism as what ruins a shared thing; widened 2026-11-30 to perfect and progressive forms

[en.gender_abuse.prejudice.women-loyalty]
sub: prejudice
weight: 0.55
target: group
pattern: (hoes|bitches) (aint|arent|are|r|never) (loyal|shit)
pattern: (women|females|girls) (aint|arent) (loyal|shit)
match: hoes aint loyal
match: females arent loyal
match: bitches aint shit

[en.gender_abuse.prejudice.females-are]
sub: prejudice
weight: 0.35
target: group
pattern: (females|foids) (are|r) (all|just|always|only|nothing|never|literally|basically|so|too)
match: females are all the same
nomatch: female spiders are larger than males
note: "females" as the noun for women is a manosphere marker; biology texts also match (weak)

[en.gender_abuse.prejudice.men-superior]
sub: prejudice
weight: 0.55
target: group
pattern: (men|males) (are|r) (naturally|just|) (superior|better) (to|than) (women|females|girls)
match: men are naturally superior to women
match: males are better than females

[en.gender_abuse.prejudice.feminazi]
sub: prejudice
weight: 0.6
pattern: (feminazi|feminazis|feminazi*)
match: shut up feminazi
match: typical feminazis

[en.gender_abuse.prejudice.feminists-are]
sub: prejudice
weight: 0.6
target: group
pattern: (feminists|feminism|feminist) (are|is|r) (a|) (cancer|ugly|fat|whores|cringe|stupid|retarded|disease|mental|evil|cancerous|poison)
pattern: feminists (are|r) (all|just|always)
match: feminism is cancer
match: feminists are ugly
match: feminists are all the same
nomatch: feminists are fighting for equal pay

[en.gender_abuse.prejudice.only-got-the-job]
sub: prejudice
weight: 0.55
target: other
pattern: (she|her) only (got|gets|was) (the|that|this) (job|promotion|role|position|award|scholarship|spot|seat|part) because ~3 (woman|female|girl|gender|sex|tits|boobs|looks|pretty|hot|diversity|dei|quota|token|slept|sleeps|sleeping|fucked|sucked|feminist|affirmative|vagina|pussy)
nomatch: she only got the job because she was qualified
pattern: (hired|promoted|elected|picked|chosen) ~2 because (shes|she|of) ~2 (woman|female|girl|gender|tits|looks)
pattern: (slept|sleeping|sucked|blew|fucked) (her|their) way (to|up|into)
pattern: (diversity|dei|token|quota) hire
match: she only got the job because she is a woman
match: she slept her way to the top
match: obvious diversity hire
match: she was promoted only because shes a woman
note: credit denied to women; "diversity hire" is also used about race

[en.gender_abuse.prejudice.typical-woman]
sub: prejudice
weight: 0.4
pattern: typical (woman|women|female|females|girl|girls)
pattern: (female|woman|women|girl) logic
pattern: women drivers
pattern: typical (female|woman|women|girl|foid) (behaviour|behavior|logic|move|brain|mindset|bs|nonsense|tactic|tactics|hypocrisy|entitlement)
match: typical woman
match: thats female logic for you
match: women drivers smh
note: weak stereotype markers

[en.gender_abuse.prejudice.for-a-girl]
sub: prejudice
weight: 0.4
pattern: (good|bad|smart|strong|funny|fast|decent|impressive|talented|tough|brave|clever) for a (girl|woman|chick|female)
match: not bad for a girl
match: youre pretty smart for a woman
nomatch: gift ideas for a girl
note: backhanded compliment

[en.gender_abuse.prejudice.like-a-girl]
sub: prejudice
weight: 0.3
pattern: (throw|throws|throwing|run|runs|running|cry|cries|crying|fight|fights|fighting|scream|screams|screaming|hit|hits) like a (little|) (girl|woman|bitch)
match: you throw like a girl
match: stop crying like a little girl
nomatch: she dressed like a girl from the eighties
note: weak: gendered put-down

[en.gender_abuse.prejudice.man-up]
sub: prejudice
weight: 0.3
pattern: man up
pattern: grow a (pair|set)
pattern: (stop|quit) being (a|such|) (a|) (little|) (girl|woman)
match: just man up
match: grow a pair dude
match: stop being such a little girl
note: weak: gender-policing put-downs aimed at boys and men

[en.gender_abuse.prejudice.mock-spelling]
sub: prejudice
weight: 0.4
pattern: (wahmen|wimmin|wimminz|wamen|wahmyn)
match: typical wahmen
note: mocking spellings of "women"; "womyn" is a feminist spelling and not listed

[en.gender_abuse.prejudice.know-her-place]
sub: prejudice
weight: 0.6
pattern: (put|keep) (women|them|her|girls|females|bitches) in (their|her) place
pattern: (women|girls|bitches|females|she|woman) ~3 (know|learn|remember) (her|their) place
match: someone needs to put her in her place
match: women need to know their place
note: "know your place" without a gendered target is left to harassment

[en.gender_abuse.prejudice.violence-endorse]
sub: prejudice
weight: 0.75
pattern: (women|wife|wives|bitches|females|she) ~2 (needs|need|deserves|deserve|deserved) ~3 (beating|beaten|slapped|slap|smacked|smack|punched|choked)
pattern: (slap|slapping|smack|smacking|punch|punching|choke|choking) (your|ur|my|his|that) (wife|girlfriend|gf|woman|bitch|hoe)
also: harassment.threat
match: she needs a good beating
match: women deserve to be slapped sometimes
match: slap your wife
note: endorsement of violence against women and partners

[en.gender_abuse.prejudice.body-count]
sub: prejudice
weight: 0.35
pattern: (high|her|ur|your|their) body count
pattern: (riding|ride|rode|rides|off) the (cock|dick) carousel
pattern: alpha (widow|widows)
match: she has a high body count
match: done riding the cock carousel
match: beta bucks for alpha widows
note: slut-shaming and manosphere markers; "body count" alone is used about violence statistics

[en.gender_abuse.prejudice.hypergamy]
sub: prejudice
weight: 0.35
pattern: (hypergamy|hypergamous)
match: its just female hypergamy
note: manosphere vocabulary; weak alone

[en.gender_abuse.prejudice.blackpill]
sub: prejudice
weight: 0.45
pattern: (blackpill|blackpilled|blackpilling)
pattern: black (pilled|pilling)
pattern: (take|took|taking|swallow|swallowed) the black pill
match: the blackpill is truth
match: i got black pilled
match: time to take the black pill
note: incel fatalist ideology marker; also discussed by researchers and journalists, so it needs a second signal

[en.gender_abuse.prejudice.80-20]
sub: prejudice
weight: 0.4
pattern: (women|females|foids|girls) ~5 80 20
pattern: 80 20 (rule|) ~5 (women|females|foids|chads|chad)
match: women all follow the 80 20 rule
match: the 80 20 rule means women only want chads
nomatch: the 80 20 rule says most sales come from a few clients
note: incel "80/20" claim about women's choices; the business Pareto rule does not match

[en.gender_abuse.prejudice.going-er]
sub: prejudice
weight: 0.6
pattern: (go|going|went|goes|gone) er
pattern: (beta|incel) (uprising|rebellion|revolution)
also: harassment.threat
match: im about to go er
match: the beta uprising has begun
note: glorification of the 2014 Isla Vista killings; "going to the er" (hospital) does not match

[en.gender_abuse.prejudice.saint-elliot]
sub: prejudice
weight: 0.75
pattern: (saint|st) (elliot|eliot)
pattern: supreme gentleman
pattern: (elliot|eliot) (rodger|rodgers) ~4 (hero|saint|king|legend|icon|god)
match: saint elliot was right
match: praise the supreme gentleman
match: elliot rodger is a hero
note: glorification of a misogynist mass killer

[en.gender_abuse.prejudice.not-a-real-woman-if]
sub: prejudice
weight: 0.45
pattern: (isnt|arent) (a|) real (women|woman|wife|wives) (if|unless|until)
match: she isnt a real woman if she cant cook
note: gender-role policing of women

[en.gender_abuse.prejudice.kill-women]
sub: prejudice
weight: 0.9
target: group
pattern: (kill|shoot|murder|gas) (all|the|) (women|females|foids|feminists|roasties|stacies|thots|hoes|sluts)
pattern: (killing|shooting|murdering|gassing) (all|) (the|) (foids|feminists|roasties|stacies|thots|hoes|sluts)
pattern: (killing|shooting|murdering|gassing) all (the|) (women|females)
pattern: (women|females|foids|feminists|bitches|wives) ~3 (should|must|need to|needs to|deserve to|deserves to|ought to) ~2 (die|killed|shot|stoned|executed|beaten|gassed|hanged|burned)
also: harassment.threat
match: feminists need to be shot
match: kill all women
match: feminists should be shot
match: shooting foids tomorrow
nomatch: the regime is accused of killing women protesters
note: calls for violence against women (incel and extremist rhetoric); "killing women" without "all" is left out: news reports use it

[en.gender_abuse.prejudice.women-dehumanised]
sub: prejudice
weight: 0.65
target: group
pattern: (women|females|feminists|girls) (are|r) (a|) (cancer|disease|plague|parasites|leeches|vermin|trash|garbage)
match: women are parasites
match: feminists are a plague
note: "girls are trash" can be teen venting (moderate)

[en.gender_abuse.prejudice.domestic-violence-ok]
sub: prejudice
weight: 0.6
pattern: domestic (violence|abuse) (is|was) (fine|justified|deserved|ok|okay|based|good)
pattern: (women|woman|wives|wife) (belong|belongs) to (men|man|their|husband*)
match: domestic violence is justified sometimes
match: women belong to their husbands

[en.gender_abuse.prejudice.pms]
sub: prejudice
weight: 0.35
target: other
pattern: (you|she|shes|youre|ur|u|must|is) ~2 (pmsing|pmsin)
pattern: on the rag
match: are you pmsing or something
match: she must be on the rag
note: weak: dismisses a woman's views as hormonal

[en.gender_abuse.prejudice.only-want-chad]
sub: prejudice
weight: 0.4
target: group
pattern: (women|females|girls|foids) (only|just) (want|like|care|date) (chad|chads|money|rich|tall|alphas)
pattern: (women|females|girls|foids|roasties|stacies) (only|just|all) (want|like|date|go for|choose|fuck) ~2 (chad|chads|alpha|alphas|6ft|6 ft|six foot|tall guys|rich guys|tall men|rich men|chadlites|gigachads)
pattern: (women|she|roasties|foids|females|girls) ~4 (hit|hits|hitting) the wall
match: women only want chads
match: roasties hit the wall at 30
note: manosphere claims; weak alone

[en.gender_abuse.prejudice.cant-take-a-joke]
sub: prejudice
weight: 0.4
target: group
pattern: (women|girls|females) (cant|dont|cannot) (take|handle) (a|the|any) (joke|jokes|criticism|pressure)
match: women cant take a joke

# --- prejudice additions (2026-12): generalisations and prescriptions about women and girls ---
# Each needs a group word and a hostile or prescriptive predicate; identity words alone never match.

[en.gender_abuse.prejudice.women-are-hostile-adj]
sub: prejudice
weight: 0.6
target: group
pattern: (women|females|female|ladies) (are|r) (all|just|so|too|really|literally|basically|always|naturally|) (manipulative|deceitful|shallow|selfish|entitled|spoiled|spoilt|lazy|vain|greedy|materialistic|fickle|untrustworthy|treacherous|hypocrites|hypocritical|petty|vile|toxic|disgusting|brainless|clueless|incompetent|incapable|unintelligent|childish|childlike|hypergamous|degenerate|degenerates|cheaters|liars|snakes|submissive|subservient|obedient|crazy|insane|psycho|psychos|nuts|hormonal|naggy|nags)
pattern: (wives|bitches|hoes|thots) (are|r) (all|just|so|too|really|literally|basically|always|naturally|) (manipulative|deceitful|shallow|selfish|entitled|spoiled|spoilt|lazy|vain|greedy|materialistic|fickle|untrustworthy|treacherous|hypocrites|hypocritical|petty|vile|toxic|disgusting|brainless|clueless|incompetent|incapable|unintelligent|childish|hypergamous|degenerate|cheaters|liars|snakes|crazy|insane|psycho|psychos)
pattern: (women|females|female|girls|ladies) (are|r) (all|just|so|too|really|literally|basically|always|) (stupid|dumb|idiots|morons|retarded|retards|useless|worthless|weak|evil|trash|garbage)
pattern: (women|females|ladies|wives) (are|r) (all|just|basically|always|) (gold diggers|golddiggers|attention whores|attention seekers|whores|sluts|property)
match: women are manipulative
match: females are so entitled
match: western women are lazy
match: bitches are all liars
match: women are naturally submissive
match: girls are so stupid
match: female are stupid
match: women are gold diggers
nomatch: women are not manipulative
nomatch: women are strong
nomatch: are women more emotional than men
note: generalisation with a clearly hostile adjective; negation inside ("are not") does not match

[en.gender_abuse.prejudice.women-bad-at]
sub: prejudice
weight: 0.6
target: group
pattern: (women|females|girls|ladies) (are|r|make) (bad|terrible|horrible|awful|shit|shitty|crap|worse|useless|incompetent|the worst) (drivers|leaders|bosses|managers|engineers|programmers|coders|gamers|pilots|presidents|politicians|scientists|comedians|referees|commentators|surgeons|soldiers)
pattern: (women|females|girls|ladies) (are|r) (so|just|always|) (bad|terrible|horrible|awful|shit|trash|useless|hopeless) at (math|maths|science|driving|parking|logic|physics|coding|games|gaming|sports|leading|everything|business|engineering)
pattern: (women|females|bitches|hoes|foids) (are|r) the worst
pattern: (female|woman|women|girl|lady) (drivers|driver) (are|r|is) (the|so|such|always|just|) (worst|bad|terrible|horrible|awful|dangerous|menace|menaces|useless|trash|idiots|stupid|hopeless|joke|clueless)
match: women are bad drivers
match: girls are terrible at math
match: women make terrible leaders
match: female drivers are the worst
match: females are the worst
nomatch: female drivers pay less for insurance
nomatch: women drivers are statistically safer
note: stereotype about competence

[en.gender_abuse.prejudice.women-objects]
sub: prejudice
weight: 0.7
target: group
pattern: (women|females|girls|wives|bitches|hoes|foids) (are|r) (just|only|nothing but|simply|) (sex|) (objects|holes|meat|livestock|cattle|incubators|breeders|toys|pets|trophies|fuckdolls|fucktoys|appliances|baby machines|breeding stock|wombs|commodities|possessions)
pattern: (she|shes|her|woman|wife|girl) (is|s|) (just|only|nothing but|simply) (a|an|my) (sex object|object|hole|piece of meat|piece of ass|fuckdoll|fucktoy|sex toy|trophy|incubator|breeder|womb|possession)
pattern: (womans|womens|woman|girls|females|wifes) (only|sole|main|real|true) (value|worth|purpose|job|role|use|function) (is|are|lies|comes)
pattern: only (value|worth|purpose) (is|are|comes from) (her|their) (body|bodies|looks|pussy|womb|uterus|fertility|virginity|tits)
match: women are just sex objects
match: she is just a hole
match: women are meat
match: a womans only value is her body
match: women are baby machines
nomatch: women are not objects
note: dehumanisation: women reduced to objects, bodies or breeding

[en.gender_abuse.prejudice.girls-cant-do]
sub: prejudice
weight: 0.6
target: group
pattern: (women|females|girls|chicks|ladies) (cant|cannot) (play|do|compete in) (football|soccer|sports|sport|basketball|chess|baseball|hockey|cricket|rugby|shooters|fps|ranked|competitive)
pattern: (women|females|girls|chicks|ladies) (cant|cannot) (do|understand|handle|learn|grasp|get) (math|maths|science|physics|engineering|logic|politics|economics|finance|money|pressure|stress|power|responsibility|leadership|criticism|competition)
pattern: (women|females|girls|chicks|ladies) (cant|cannot) (be|become) (leaders|engineers|pilots|president|presidents|ceos|bosses|surgeons|scientists|programmers|mechanics|soldiers|priests|funny|logical|objective|rational|trusted)
pattern: (women|females|girls|chicks|ladies) (cant|cannot) (park|parallel park|read maps|read a map|fix anything|think logically|think straight|control their emotions|keep a secret)
match: girls cant play football
match: girls cant do math
match: women cant handle stress
match: women cant be engineers
match: females cant park
nomatch: girls can play football
nomatch: why do people think girls cant code
note: "can" is never a pattern; a one-off circumstance ("the girls cant play football today") also matches, accepted

[en.gender_abuse.prejudice.women-shouldnt-be]
sub: prejudice
weight: 0.6
target: group
pattern: (women|females|girls|woman) (shouldnt|should not|should never|mustnt|must not) (be|become|ever be) (in charge|leaders|president|presidents|bosses|managers|pilots|surgeons|priests|pastors|soldiers|cops|in combat|in politics|in power|in government|in the military|engineers|ceos|referees|commentators|educated|in the workforce)
pattern: (women|females|girls) (shouldnt|should not|should never) be allowed to (vote|drive|work|lead|speak|talk|compete|own|serve|fight|run|hold|teach|preach|study|divorce)
pattern: (women|females|girls) (shouldnt|should not|should never) (play|do|compete in) (sports|sport|football|soccer|basketball|esports|games|videogames)
pattern: (women|she|shes|girls|females|woman) (is|are|r|) too (emotional|hormonal|sensitive|irrational) (to|for) (be|lead|run|handle|make|vote|drive|understand|serve|office|leadership|president|politics)
match: women shouldnt be in charge
match: hormonal women should not be leaders
match: girls shouldnt play sports
match: she is too emotional to be president
match: women should never be allowed to divorce
nomatch: girls shouldnt have to deal with harassment
nomatch: women shouldnt have to choose between career and family
note: prescriptions that exclude women from roles and rights

[en.gender_abuse.prejudice.women-should-prescribe]
sub: prejudice
weight: 0.6
target: group
pattern: (women|girls|females|wives|ladies|bitches) (should|must|need to|needs to|ought to|gotta) (just|) (shut up|be quiet|keep quiet|stay quiet|stay silent|be silent|shut their mouths|know their place|stay in their lane|stay in the kitchen|stay at home|be submissive|submit|obey|serve men|serve their husbands|cook and clean|be obedient|be controlled|be disciplined|be tamed|be punished|be put in their place|be paid less|earn less|get paid less|be housewives|be homemakers|cover up|not work|not vote|not drive|not speak|stop working|quit their jobs|be barefoot)
pattern: (a woman|a wife|woman|wife) (should|must|needs to) (just|always|) (shut up|be quiet|stay quiet|know her place|stay in the kitchen|stay at home|stay home|be submissive|submit|obey|serve|cook and clean|be obedient|be controlled|be disciplined)
pattern: (women|females|wives|bitches|girls) (need|needs) (discipline|disciplining|to be controlled|to be tamed|to be broken|to be corrected|a firm hand|a leash|controlling)
match: women should shut up
match: women should just shut up
match: wives should submit
match: women need discipline
match: women need to be controlled
match: a woman should stay in the kitchen
nomatch: women should stay hydrated during pregnancy
nomatch: nobody should tell women to stay quiet
note: prescriptions of silence, obedience and domestic roles

[en.gender_abuse.prejudice.women-dont-belong]
sub: prejudice
weight: 0.6
target: group
pattern: (women|girls|females|ladies|bitches) (dont|do not) belong (in|on|at) (the|a|) (military|army|navy|combat|gaming|games|esports|politics|government|office|power|stem|tech|science|engineering|math|sports|sport|football|soccer|workplace|boardroom|business|leadership|charge|work|universities|university|college|school|church|pulpit|ring|octagon|field|pitch|gym|congress|parliament|senate|cockpit|lobby|ranked|industry)
pattern: (women|girls|females|ladies|woman) (have|has) no (place|business) (in|at|on|being|doing|running|playing|leading) 
pattern: (ladies|lady|wench|wenches) (belong|belongs) (in|) (the|) kitchen
pattern: (you|u|she|shes|ya) (belong|belongs) in (the|a) kitchen
match: women dont belong in the military
match: girls dont belong in stem
match: women have no place in politics
match: women have no business in tech
match: ladies belong in the kitchen
match: you belong in the kitchen
nomatch: women belong in every room where decisions are made
note: exclusion of women from a field; "kitchen" in the first pattern is left out so "women dont belong in the kitchen" (a rebuttal) does not match

[en.gender_abuse.prejudice.women-need-a-man]
sub: prejudice
weight: 0.62
target: group
pattern: (women|girls|females|woman) (need|needs) (a|) (man|husband|men|male) (to|in) ~3 (complete|happy|protect|provide|lead|guide|control|tell|manage|fulfilled|whole|think|decide|discipline)
pattern: (every|any) (woman|girl|female) (needs|wants) a (man|husband|strong man) (to|in|who)
pattern: (women|woman|wives|females) (were|was) happier (when|before|in) ~3 (home|kitchen|housewives|vote|feminism|1950s|50s)
match: women need a man to be happy
match: women need men to protect them
match: every woman needs a man to lead her
match: women were happier when they stayed at home
nomatch: women need access to healthcare
note: dependence and domesticity tropes

[en.gender_abuse.prejudice.women-only-want]
sub: prejudice
weight: 0.55
target: group
pattern: (women|females|bitches|hoes|foids|thots) (only|just|all) (want|care about|like|go for|date|chase) (money|rich|tall|chad|chads|alphas|bad boys|thugs|your money|status|attention|clout|looks|six packs|the top|bad guys|assholes)
pattern: (women|females|bitches|hoes) (want|wanted|demand|demanded) (equal rights|equality|equal pay) but
match: women only want money
match: women just want attention
match: females only go for bad boys
match: women want equal rights but not equal responsibilities
nomatch: women only want to be treated equally
note: hypergamy and "wants equality but" tropes

[en.gender_abuse.prejudice.women-always-lie]
sub: prejudice
weight: 0.5
target: group
pattern: (women|females|bitches|hoes|foids) (always|all|just) (cheat|lie|manipulate|nag|use men|play the victim|play victim|cry rape)
pattern: (women|females|girls|bitches|hoes) (always|) (lie|cheat|manipulate) (about everything|all the time|constantly|for attention|for money)
pattern: (never|dont|cant|cannot) trust (a|any|) (woman|women|female|females|bitch|bitches|hoe|hoes|thot|thots)
match: women always cheat
match: women lie about everything
match: never trust a woman
match: dont trust women
match: you cant trust females
nomatch: women lie awake worrying more than men
note: untrustworthiness trope

[en.gender_abuse.prejudice.men-smarter]
sub: prejudice
weight: 0.6
target: group
pattern: (men|males|guys|boys) (are|r) (naturally|just|always|) (smarter|more intelligent|more logical|more rational|more capable|wiser|more competent|better leaders|better drivers|better at everything) (than|to) (women|females|girls|chicks)
pattern: (women|females|girls) (are|r) (not as|less|never as) (smart|intelligent|capable|logical|rational|competent|talented|funny) (as|than) (men|males|guys|boys)
pattern: (the|) (weaker|inferior|lesser) (sex|gender)
pattern: (women|females|feminism|feminists|foids) (are|is|r) the (root|source|cause) of (all|) (evil|problems|our problems|societys problems)
match: men are smarter than women
match: women are not as smart as men
match: women are less intelligent than men
match: women are the weaker sex
match: women are the root of all evil
nomatch: men are stronger than women on average
note: claims of male superiority

[en.gender_abuse.prejudice.women-meant-to]
sub: prejudice
weight: 0.55
target: group
pattern: (women|females|girls|wives) (are|were|r) (meant|designed|created|built|born|supposed|made) (to|for) (have babies|bear children|breed|breeding|serve|obey|cook|clean|stay home|submit|please men|please their|make babies|make sandwiches|be mothers|be wives|be housewives|raise kids|be submissive)
pattern: (women|females|girls) (are|r) (biologically|genetically|naturally|evolutionarily) (wired|programmed|hardwired|inferior|weaker|dumber|incapable|worse|less intelligent)
match: women are meant to have babies
match: females are designed to serve
match: women are biologically inferior
nomatch: women were made to feel unwelcome
note: immutable-difference and biological-destiny claims

[en.gender_abuse.prejudice.systemic-discrimination]
sub: prejudice
weight: 0.65
target: group
pattern: (giving|letting|allowing) (women|females|girls) (the vote|vote|to vote|rights|the right to vote|jobs|credit cards|equal rights|an education) (was|is) (a|the|) (mistake|bad idea|disaster|error|worst|biggest mistake)
pattern: (womens suffrage|female suffrage|womens rights|womens liberation|feminism) (was|is) (a|the|) (mistake|disaster|biggest mistake|downfall) 
pattern: (women|females) (should|deserve to) (be|get) paid less
pattern: (women|females) (dont|do not|dont even) deserve (equal|the same) (pay|wages|salary|salaries|rights)
match: giving women the vote was a mistake
match: womens suffrage was a mistake
match: women should be paid less
match: women dont deserve equal pay
nomatch: women should be paid equally
note: support for removing women's rights

[en.gender_abuse.prejudice.feminists-hostile]
sub: prejudice
weight: 0.6
target: group
pattern: (feminists|feminist|feminazis|feminism) (are|is|r) (all|just|so|such|a bunch of|) (crazy|insane|hysterical|man haters|manhaters|lesbians|dykes|hairy|landwhales|harpies|bitches|sluts|losers|clowns|hypocrites|delusional|toxic|obnoxious|annoying|joke|cult|plague|mentally ill|bitter|miserable|unfuckable|trash|garbage|idiots|morons|hags|lie|scam|hate|brainwashed|parasites)
pattern: (feminists|feminist|feminazis|feminism) (hate|hates) (men|males|boys|man)
pattern: (feminism|feminists) (is|are) (a|) (cult|lie|scam|joke|plague|mental illness|hate movement|hate group|poison|virus)
match: feminists are crazy
match: feminists are man haters
match: feminists hate men
match: feminism is a cult
match: feminists are a bunch of hypocrites
nomatch: feminism is about equality
nomatch: feminists are fighting for equal pay
note: hostility to feminists as a stand-in for women

[en.gender_abuse.prejudice.no-man-wants]
sub: prejudice
weight: 0.55
target: group
pattern: no (man|guy|men|guys|one|dude) (wants|will want|would want|likes|will date|would date|wants to date|will marry|would marry|wants to marry|respects|will respect) (a|an|) (woman|women|girl|girls|female|wife|single mother|single mom|used|feminist|fat|tattooed|hoe|slut|whore|roastie|feminists)
pattern: (real|good|proper|decent) (women|woman|wives|wife|ladies|girls) (dont|never|cook|clean|obey|submit|serve|know their|stay home|stay at home|keep quiet|shut up|respect their man|dont complain|dont talk back)
pattern: (too|so) (ugly|fat|old) ~2 (to get|to find|to keep|for) (a|any) (man|husband|boyfriend|bf|guy)
match: no man wants a woman who has been around
match: real women cook for their men
match: she is too ugly to get a man
nomatch: no man wants to lose his job
nomatch: real women come in all sizes
note: "real woman" gender-role policing and marriage-market shaming

[en.gender_abuse.prejudice.womens-sports]
sub: prejudice
weight: 0.55
target: group
pattern: (womens|female) (sports|sport|football|soccer|basketball|tennis|cricket|hockey|golf|rugby|mma|chess|esports|league|team) (is|are) (so|just|a|) (boring|worthless|trash|garbage|joke|pointless|unwatchable|dogshit|shit|crap|cringe|irrelevant|embarrassing|laughable|useless)
pattern: (wnba|nwsl|wsl) (is|are) (so|just|a|) (boring|worthless|trash|garbage|joke|pointless|unwatchable|dogshit|shit|crap|cringe|irrelevant|embarrassing|laughable|useless)
pattern: (nobody|no one|noone) (watches|cares about|wants to watch|pays to watch|gives a shit about|gives a fuck about) (womens|the wnba|wnba|female|girls) (sports|sport|football|soccer|basketball|tennis|cricket|hockey|golf|rugby|chess|)
match: womens sports are boring
match: womens football is worthless
match: nobody watches womens sports
match: the wnba is a joke
nomatch: womens sports are growing fast
note: dismissal of women's sport

[en.gender_abuse.prejudice.females-be]
sub: prejudice
weight: 0.55
target: group
pattern: (females|hoes|thots|bitches|women) be (crazy|lying|lyin|trippin|tripping|cheating|fake|dumb|stupid|messy|thirsty|petty|hoeing|hoein|thotting|wildin|wilding|actin up|acting up|so dumb|so stupid|so fake|manipulating|playing|gold digging)
match: females be crazy
match: hoes be lying
match: bitches be trippin
note: AAVE-style habitual "be" generalisation about women

[en.gender_abuse.prejudice.slut-shaming]
sub: prejudice
weight: 0.55
target: other
pattern: (she|shes|her|women|girls|females|hoes) ~2 (used goods|damaged goods|dirty goods|the town bike|a town bike|the village bike|the office bike)
pattern: (been|getting|gets|got) (passed around|ran through|run through)
pattern: (slept|sleeps|sleeping|fucked|fucks) (with|) (half the|the whole|every guy|everyone|everybody|all the) (school|team|town|class|city|guys|boys|men|office|frat|football|)
match: shes used goods
match: she has been passed around
match: she slept with half the school
match: she fucked every guy in town
nomatch: the used goods store is open
note: slut-shaming of women and girls

[en.gender_abuse.prejudice.friendzone-grievance]
sub: prejudice
weight: 0.55
target: other
pattern: (friendzoned|friendzone|friendzones|friendzoning|friend zoned|friend zone) ~4 (bitch|bitches|hoe|hoes|slut|sluts|whore|whores|thot|thots|cunt|cunts|foid|foids)
pattern: (bitch|bitches|hoe|hoes|slut|sluts|whore|whores|thot|thots|cunt|cunts|foid|foids) ~4 (friendzoned|friendzone|friendzones|friend zoned|friend zone)
pattern: (women|females|girls|bitches|hoes) (always|only|just) (friendzone|friend zone) (nice guys|good guys|men|guys)
pattern: (she|women|girls|females) (owes|owe) (me|us|men|guys|him) (sex|a date|a chance|a kiss|her body)
match: she friendzoned me the bitch
match: women always friendzone nice guys
match: she owes me sex
nomatch: she friendzoned me lol oh well
note: sexual entitlement and friendzone grievance; "friendzone" alone is teen small talk

[en.gender_abuse.prejudice.rejection-violence]
sub: prejudice
weight: 0.8
pattern: (if|when) (she|women|girls|a girl) (wont|doesnt|dont|rejects|rejected|says no|refuses|turns me down) ~6 (deserves|deserve|deserved) ~3 (hurt|beaten|hit|slapped|killed|die|raped|punished|suffer|pain)
pattern: (she|women|girls|females|bitches|hoes) (deserves|deserve|deserved) to (get|be) (hurt|beaten|hit|slapped|smacked|choked|punched)
pattern: (women|females|girls|bitches|hoes) (secretly|all|really|) (want|like|love|crave|enjoy|need) (to be|being|getting) (hit|beaten|slapped|choked|raped|dominated|forced|abused|owned|smacked)
also: harassment.threat
match: if she wont date me she deserves to get hurt
match: she deserves to get hit
match: women like being hit
match: women secretly want to be raped
match: all women want to be dominated
nomatch: nobody deserves to get hurt
note: violence as punishment for rejection, and "women want it" rape myths

[en.gender_abuse.prejudice.victim-blaming]
sub: prejudice
weight: 0.6
pattern: (she|girls|women|you) (deserved|deserves|deserve) it (wearing|dressing|dressed|going|getting drunk|walking|drinking|flirting|sleeping|in that)
pattern: (deserved|deserves|deserve) it (for|by) (wearing|dressing|going out|getting drunk|walking|drinking|flirting|sleeping)
pattern: (dress|dresses|dressed|dressing) like (that|this) ~4 (expect|expects|deserve|deserves|deserved|asking|fault|wanted|happens|asked)
pattern: what (did|do|does) (she|you|they|girls|women) expect ~4 (dress*|wearing|wore|skirt|drunk|outfit|going)
pattern: (her|your|ur|their) own fault for (wearing|dressing|drinking|getting drunk|going out|walking|flirting|being)
pattern: (thats|that is|this is) what (she|you|they|girls|women|sluts|hoes) (get|gets) for (wearing|dressing|going|drinking|flirting|walking|being|sleeping)
match: she deserved it wearing that dress
match: she deserved it for dressing like that
match: if you dress like that what do you expect
match: her own fault for getting drunk
match: thats what she gets for flirting
match: what did she expect going out dressed like that
nomatch: she deserved it after all that hard work
note: victim blaming around clothing, drinking and going out; reporting cues lower it

[en.gender_abuse.prejudice.silence-woman]
sub: prejudice
weight: 0.55
target: other
pattern: (shut up|sit down|shush|hush|be quiet|stfu|calm down|pipe down|know your place|stay in your lane|nobody asked|go cook|go clean) (woman|female|little lady|missy|wench)
pattern: (woman|women|bitch|female|hoe|wench) ~3 (do|wash|fold) (the|my|your|ur) (dishes|laundry)
pattern: let the (men|man|grown men|adults|grown ups) (talk|handle it|speak|decide|do the thinking|take care of it)
match: shut up woman
match: sit down woman
match: know your place woman
match: woman go wash my dishes
match: sweetie let the men talk
note: silencing a woman for her gender

[en.gender_abuse.prejudice.sandwich-imperative]
sub: prejudice
weight: 0.5
target: other
pattern: (go|now|then|just|shut up and|shut up) make me a (sandwich|sammich|sandwhich)
pattern: make me a (sandwich|sammich|sandwhich) (woman|bitch|hoe|female|wench|slave|sweetheart|sweetie)
match: go make me a sandwich
match: make me a sandwich woman
nomatch: can you make me a sandwich please mom
note: the imperative forms of the kitchen meme; a plain request stays weak (make-me-a-sandwich)

[en.gender_abuse.prejudice.call-me-sexist]
sub: prejudice
weight: 0.55
target: group
pattern: (call me|im not|i am not|not to be|not being|im no|i aint|dont mean to be|dont wanna sound) (a|) (sexist|misogynist|misogynistic) but
pattern: notsexist
pattern: (not|im not|not being|aint) sexist (just|its|it is|lol|though|tho|im just)
pattern: (no offense|no offence) (to|) (women|girls|ladies|females|feminists) but
pattern: (proud|based) (sexist|misogynist|misogyny)
pattern: (misogyny|sexism) (is|was) (based|good|justified|correct|right|deserved|earned)
match: call me sexist but women cant drive
match: im not sexist but girls cant play football
match: misogyny is based
match: no offense to women but they cant lead
match: not sexist just saying
nomatch: call out sexism when you see it
note: disclaimers that introduce sexism ("I'm not sexist but") and open endorsement of misogyny

[en.gender_abuse.prejudice.manosphere-terms]
sub: prejudice
weight: 0.5
target: group
pattern: (pussy|vagina) pass
pattern: divorce (rape|raped|raping)
pattern: (women|females|foids) (have|got) it (so|too|) easy
match: she got the pussy pass again
match: he got divorce raped
match: women have it so easy
note: manosphere vocabulary framing women as unfairly privileged

[en.gender_abuse.slur.mangina]
sub: slur
weight: 0.5
pattern: (mangina|manginas|pussywhipped|pussy whipped)
match: shut up mangina
match: hes so pussy whipped
note: gendered insult for men who support women

[en.gender_abuse.prejudice.single-mothers]
sub: prejudice
weight: 0.55
target: group
pattern: single (mothers|moms|mums|mom|mother|mum) (are|r|is) (just|all|) (trash|whores|sluts|the worst|worthless|leeches|parasites|used goods|damaged goods|baggage|failures|a plague|cancer|losers)
pattern: (never|dont) (date|marry|wife up) (a|) single (mother|mom|mum|mothers|moms)
match: single mothers are leeches
match: never date a single mom
note: contempt for single mothers

[en.gender_abuse.prejudice.women-in-field-mistake]
sub: prejudice
weight: 0.55
target: group
pattern: (women|females|girls) in (gaming|games|esports|stem|tech|politics|the military|the army|combat|sports|science|comedy|power|charge|the workplace|leadership) (is|are|was) (a|) (mistake|joke|disaster|ruining|cringe|trash|pointless|useless|the problem|cancer)
pattern: (female|woman|women) (president|presidents|ceo|ceos|boss|bosses|pilot|pilots|leader|leaders|referee|referees|soldiers|comedians) (would be|will be|is|are|r) (a|) (joke|disaster|mistake|useless|trash|the worst|terrible|dangerous|unfunny)
pattern: fake gamer (girl|girls|gurl)
match: women in gaming is a mistake
match: a female president would be a disaster
match: female comedians are unfunny
match: fake gamer girl
nomatch: women in stem is a great scholarship program
note: women's presence in a field framed as harmful

[en.gender_abuse.prejudice.women-weak-adj]
sub: prejudice
weight: 0.4
target: group
pattern: (women|females|girls|ladies|wives) (are|r) (so|too|all|just|always|) (annoying|dramatic|whiny|needy|clingy|bossy|catty|nagging|complicated|confusing|sensitive|moody)
match: women are so dramatic
match: girls are so annoying
note: weak: often venting; needs a second signal

[en.gender_abuse.prejudice.violence-sense]
sub: prejudice
weight: 0.65
pattern: (smack|slap|beat|knock) (some|the) sense into (her|women|that bitch|them|ur wife|your wife|my wife)
pattern: (keep|make|kept) (her|them|women|your wife|ur wife|my wife|wives) barefoot and pregnant
pattern: (woman|women|girl|wife) with two black eyes
also: harassment.threat
match: someone needs to smack some sense into her
match: keep her barefoot and pregnant
match: what do you call a woman with two black eyes
note: violence and domestic-abuse "jokes"

[en.gender_abuse.prejudice.manosphere-markers]
sub: prejudice
weight: 0.35
pattern: (betabux|beta bux)
pattern: (post wall|postwall|past the wall) (women|woman|roastie|roasties|hags|females)
pattern: (women|females|foids|she|her) ~2 (smv|sexual market value) (drops|plummets|tanks|is zero|is low|hits)
match: beta bux for the single mom
match: post wall women
match: her smv drops after 30
note: weak manosphere vocabulary; needs a second signal

# ---------------------------------------------------------------------------------------------
# identity_attack: attacks on gender identity and sexuality
# ---------------------------------------------------------------------------------------------

[en.gender_abuse.identity_attack.trans-women-are-men]
sub: identity_attack
weight: 0.65
target: group
pattern: (trans|transgender) (women|woman) (are|is) (just|still|really|biological|biologically|actually|) (men|males|man|male)
pattern: (trans|transgender) (men|man) (are|is) (just|still|really|biological|biologically|actually|) (women|females|woman|female)
pattern: (transwomen|transwoman|transwomyn) (are|is|r) (just|still|really|biologically|actually|) (men|males|man|male)
match: trans women are men
match: trans men are still women
match: transwomen are biologically male
nomatch: trans women are women
nomatch: trans women are not men

[en.gender_abuse.identity_attack.two-genders]
sub: identity_attack
weight: 0.45
target: group
pattern: (theres|there|are) only (two|2) (genders|sexes)
pattern: only (two|2) genders
match: theres only two genders
match: there are only 2 genders
note: moderate: hostile in replies to trans people, also appears in debate

[en.gender_abuse.identity_attack.not-a-real-woman]
sub: identity_attack
weight: 0.65
target: other
pattern: (youre|ur|your|shes|hes|theyre) (not|never|aint) (a|) real (man|woman|girl|boy)
pattern: never be a real (woman|man|girl|boy)
pattern: (ywnbaw|ywnbam)
match: youre not a real woman
match: you will never be a real woman
match: ywnbaw
note: misgendering attack; "not a real man if you cry" (gender policing) also matches

[en.gender_abuse.identity_attack.mentally-ill]
sub: identity_attack
weight: 0.8
target: group
pattern: mentally ill (trannies|trannys|tranny|trans|troons|freaks|gays)
pattern: (trans|transgender|transgenderism|transgenders) ~2 (is|are) (a|just|) (delusion*|fetish*|sickness|disease*|degenerate*|groomer*|pervert*|perversion*|abomination*|mentally)
pattern: (trans|transgender|transgenderism|transgenders) ~2 (is|are) (a|) mental (illness|disorder|disease|condition)
match: mentally ill trannies
match: trans people are mentally ill
match: transgenderism is a mental illness
match: being trans is a fetish
nomatch: trans people are more likely to face discrimination

[en.gender_abuse.identity_attack.groomer]
sub: identity_attack
weight: 0.7
target: group
pattern: (gay|gays|lgbt|lgbtq|queer|queers|trans|drag|homos|homosexuals|transgender|transgenders) ~3 groomer*
pattern: (gays|lgbt|lgbtq|queers|trans|drag|homos|homosexuals|transgender) ~3 (pedos|pedophiles|paedos|paedophiles|predators)
match: trans women are predators
pattern: (ok|okay|stfu|bye|lol|shut) (groomer|groomers)
pattern: (pedo|pedophile|paedo|groomer) (flag|flags|agenda)
match: drag queens are all groomers
match: ok groomer
match: the pride flag is a pedo flag
nomatch: i took my dog to the groomer
note: "groomer" aimed at LGBTQ people; a dog groomer does not match

[en.gender_abuse.identity_attack.death-wish-group]
sub: identity_attack
weight: 0.9
target: group
pattern: (gays|trans|queers|lesbians|homos|faggots|trannies|troons|lgbt) ~3 (should|deserve*|must) ~2 (die|burn|hang|shot|killed|gassed|exterminated|executed|stoned)
pattern: (join|joined|joining) the 41 (percent|)
pattern: god hates (fags|gays|queers|trans|homos|faggots|lesbians)
also: harassment.death_wish
match: trans people should all die
match: gays deserve to burn
match: just join the 41 percent
match: god hates fags
note: "join the 41%" references the suicide-attempt rate among trans people: encouragement to suicide

[en.gender_abuse.identity_attack.sin-disgusting]
sub: identity_attack
weight: 0.55
target: group
pattern: (gay|gays|homosexuality|lesbians|trans|transgenderism|queers|homos) (is|are) (a|an|) (sin|abomination|perversion|disease)
pattern: (gay|gays|homosexuality|lesbians|trans|transgenderism|queers|homos) (is|are) (so|) (disgusting|unnatural|gross|degenerate)
match: being gay is a sin
match: gays are disgusting
nomatch: being gay is not a sin

[en.gender_abuse.identity_attack.thing-is-a-man]
sub: identity_attack
weight: 0.55
target: other
pattern: (that|this) (thing|creature|freak) (is|was) (still|really|actually|just|) a (man|dude|male|guy)
pattern: (she|it|that) (has|got) a (dick|penis|cock)
pattern: shes (still|really|actually|just|) a (man|dude|bloke|male)
match: that thing is a man
match: this freak is still a dude
match: it has a penis
match: shes a man lol
note: dehumanising "it/thing" and misgendering; "she's a man eater" is in allow.lex

[en.gender_abuse.identity_attack.man-in-a-dress]
sub: identity_attack
weight: 0.5
target: other
pattern: (man|men|dude|dudes|guy|guys) in (a|) (dress|dresses|wig|wigs|skirt|skirts|lipstick)
pattern: (man|men|dude|guy|males) (pretending|larping|cosplaying) ~3 (woman|women|girl|girls|female|lady)
pattern: (woman|women|girl|girls|females) (pretending|larping|cosplaying) ~3 (man|men|boy|boys|male|dude)
match: its just a man in a dress
match: a man pretending to be a woman
match: girls larping as men
note: misgendering framing; drag or comedy contexts also match (moderate)

[en.gender_abuse.identity_attack.born-a-man]
sub: identity_attack
weight: 0.45
target: other
pattern: (you|u|ur|youre) (was|were|are|) born (a|) (man|woman|male|female|boy|girl)
match: you were born a man and always will be
note: misgendering aimed at a trans person

[en.gender_abuse.identity_attack.not-real]
sub: identity_attack
weight: 0.5
target: group
pattern: (nonbinary|enby|enbies|genderfluid|binary|trans|transgender|pronouns|genders) ~2 (isnt|arent|not) (a|) (real|thing)
pattern: (made|fake|imaginary|invented) (up|) (genders|pronouns)
pattern: (pronouns|pronoun) (are|is) (stupid|cringe|fake|retarded|dumb)
match: non binary isnt real
match: trans people arent real
match: stop making up fake pronouns
match: made up genders
match: pronouns are cringe
note: denial of gender identities

[en.gender_abuse.identity_attack.attack-helicopter]
sub: identity_attack
weight: 0.5
target: group
pattern: identify as (an|a) (attack|apache|toaster)
pattern: (pronouns|pronoun) (are|r|is) (attack|apache|helicopter|toaster|tank|fighter|jet|chicken|nugget|skibidi|rizz|sigma|yeet|yee) ~2 (helicopter|helicopters|heli|toaster|tank|jet|nugget|nuggets|skibidi|rizz|sigma|haw)
match: i identify as an attack helicopter
match: my pronouns are apache/helicopter lol
match: their pronouns are chicken/nugget
nomatch: my pronouns are she/her
nomatch: we flew an apache helicopter in the sim
note: meme mocking non-binary and trans identities; the speaker says "i" but the target is the group, so target is set (r6: weight raised 0.4 to 0.5, mock-pronoun pattern)

[en.gender_abuse.identity_attack.just-a-phase]
sub: identity_attack
weight: 0.3
pattern: (its|thats|is|this) (just|only) a phase
match: its just a phase
match: it is only a phase sweetie
note: weak: dismissal of a coming-out; also said about toddlers

[en.gender_abuse.identity_attack.trender]
sub: identity_attack
weight: 0.5
pattern: (transtrender|transtrenders|trender|trenders|tucute|tucutes)
pattern: (trans|transgender|transgenderism) ~3 (contagion|fad)
match: shes just a transtrender
match: trans is a social contagion
note: "trend" framings of trans identity

[en.gender_abuse.identity_attack.alphabet-people]
sub: identity_attack
weight: 0.5
target: group
pattern: alphabet (people|mafia|crowd|gang|soup|cult)
match: the alphabet mafia is at it again
note: derogatory name for LGBTQ people

[en.gender_abuse.identity_attack.mutilation]
sub: identity_attack
weight: 0.4
pattern: (mutilating|mutilate|mutilated|sterilizing|sterilising|castrating|castrate) (kids|children|minors|teens)
match: they are mutilating kids
note: anti-trans rhetoric about gender-affirming care; weak, also political debate

[en.gender_abuse.identity_attack.kill-lgbt]
sub: identity_attack
weight: 0.9
target: group
pattern: (kill|killing|beat|beating|shoot|shooting|gas) (all|) (the|) (gays|trannies|fags|queers|troons|homos|faggots|dykes|lesbians)
also: harassment.threat
match: kill all the gays
match: beating queers is fun
note: calls for violence against LGBTQ people

[en.gender_abuse.identity_attack.shouldnt-exist]
sub: identity_attack
weight: 0.5
target: group
pattern: (gays|gay|trans|queer|queers|lesbians|transgender) ~2 (shouldnt|cant|mustnt) ~3 (exist|adopt|marry|teach|serve)
match: gay people shouldnt be allowed to adopt
match: trans people shouldnt exist
note: denial of rights or existence

[en.gender_abuse.identity_attack.thats-so-gay]
sub: identity_attack
weight: 0.3
pattern: thats so gay
pattern: (this|that|it) is so gay
match: ugh thats so gay
match: this is so gay
note: weak: "gay" as a pejorative; describing a person ("he is so gay") does not match

[en.gender_abuse.identity_attack.agenda]
sub: identity_attack
weight: 0.35
target: group
pattern: (gay|lgbt|lgbtq|trans|transgender|pride) (agenda|propaganda|indoctrination)
pattern: (pick|choose) (a|one) gender
match: stop pushing the gay agenda
match: just pick a gender
note: weak conspiracy framings

[en.gender_abuse.identity_attack.trans-not-real-women]
sub: identity_attack
weight: 0.65
target: group
pattern: (trans|transgender) (women|woman) (are|is|r) (not|never) (real|actual|biological|) (women|woman|females|female|ladies)
pattern: (trans|transgender) (women|woman) (arent|isnt|aint) (real|actual|biological|) (women|woman|females|female|ladies)
pattern: (trans|transgender) (men|man) (are|is|r) (not|never) (real|actual|biological|) (men|man|males|male)
pattern: (trans|transgender) (men|man) (arent|isnt|aint) (real|actual|biological|) (men|man|males|male)
pattern: (transwomen|transwoman|transmen|transman) (are|is|r) (not|never) (real|actual|) (women|woman|men|man|female|male)
pattern: (transwomen|transwoman|transmen|transman) (arent|isnt|aint) (real|actual|) (women|woman|men|man|female|male)
pattern: (trans|transgender) (women|woman|men|man|people|kids) will never be (a|) (real|actual|) (women|woman|men|man|female|male|girls|boys)
match: trans women are not women
match: trans women arent real women
match: transwomen arent women
match: trans men will never be real men
nomatch: trans women are women
nomatch: trans women are not men
note: denial that trans women are women (and trans men men); "trans women are not men" does not match

[en.gender_abuse.identity_attack.ideology-mental-illness]
sub: identity_attack
weight: 0.6
target: group
pattern: (gender ideology|trans ideology|transsexualism|transsexuals|transsexual|trannyism|being trans|transitioning|nonbinary|non binary|genderfluid|gender fluid|pronouns|being nonbinary|being gay|homosexuality|lgbt|lgbtq) (is|are) (a|just a|literally a|clearly a|) mental (illness|disorder|disease|problem|sickness)
pattern: (youre|ur|you are|hes|shes|theyre|just) (a|) (mentally ill|delusional|confused|sick) (man|men|male|males|dude|guy|woman|girl|female|females) (in a|pretending|larping|cosplaying|who thinks)
pattern: (youre|ur|you are) (a|) (mentally ill|delusional) (man|dude|guy|male)
match: gender ideology is a mental illness
match: being nonbinary is a mental disorder
match: youre a mentally ill man
match: just a delusional man in a dress
nomatch: depression is a mental illness
note: pathologising gender identity and sexuality; the subject must name the identity

[en.gender_abuse.identity_attack.its-a-mental-illness]
sub: identity_attack
weight: 0.3
pattern: (its|it is|thats|that is|this is) (a|just a|literally a|clearly a) mental (illness|disorder|disease)
match: its a mental illness
note: weak: with no identity word it is as often said about depression or addiction; needs a second signal

[en.gender_abuse.identity_attack.stop-pretending]
sub: identity_attack
weight: 0.55
target: other
pattern: stop pretending (to be|youre|ur|your|you are) (a|) (woman|girl|man|boy|female|male|lady|women|girls)
pattern: (youre|ur|you are) (still|just|) a (man|dude|guy|male|bloke|boy) ~2 stop pretending
pattern: (your|ur|their|his|her) pronouns (are|is) (a|) (joke|lie|delusion|fake|made up|bullshit|nonsense|cringe)
pattern: (youre|ur|you are|shes|hes) (still|just|) a (man|dude|guy|male|bloke) (in a|in) (dress|wig|skirt|makeup)
match: youre a man stop pretending
match: your pronouns are a joke
match: stop pretending to be a woman
match: shes just a man in a dress
nomatch: stop pretending to be a doctor
note: misgendering and mocking a trans person's pronouns

# ---------------------------------------------------------------------------------------------
# additions 2026-11-30: generalisations, prescriptions, manosphere vocabulary, rape myths,
# misgendering. Every pattern needs a group word AND a hostile predicate, or a slur; identity
# words alone never match. Negation inside a gap ("women are not ... stupid") is discounted.
# ---------------------------------------------------------------------------------------------

[en.gender_abuse.prejudice.hate-women]
sub: prejudice
weight: 0.6
target: group
pattern: (i|we|i fucking|i really|i just|i absolutely|i genuinely|i honestly) (hate|despise|loathe|detest) (all|) (women|females|foids|wahmen|roasties|femoids|feminists|thots)
pattern: fuck (all|these|those|modern|western|american) (women|females|feminists|foids|bitches|hoes|thots)
pattern: fuck (feminists|foids|femoids|roasties|feminazis|wahmen)
match: i hate women
match: i fucking hate all women
match: fuck all women
match: fuck feminists
nomatch: i hate it when women are talked over
nomatch: i dont hate women
note: stated hatred of women as a group; "i hate women who lie" also matches (still a generalisation). Bare "fuck women" is left out (also sexual)

[en.gender_abuse.prejudice.women-like-children]
sub: prejudice
weight: 0.6
target: group
pattern: (women|females|girls|foids|wives|bitches) (are|r) (just|basically|literally|all|really|) (like|no better than|no different than|no different from|nothing more than) (children|kids|toddlers|animals|dogs|cattle|pets|monkeys|livestock|chimps|apes|kids)
pattern: (should|must|need to|gotta|have to|ought to) (treat|train|discipline) (women|females|wives|your wife|ur wife|bitches|hoes) (like|as) (children|kids|dogs|pets|animals|property|slaves|cattle)
match: women are like children
match: females are no better than animals
match: you should treat women like dogs
nomatch: the regime treats women like property
nomatch: women are like men in most ways
nomatch: you should treat them like pets, not livestock (backyard chickens)
note: women likened to children or animals

[en.gender_abuse.prejudice.women-hostile-adj-wide]
sub: prejudice
weight: 0.6
target: group
pattern: (women|females|foids|femoids|wahmen|wives) (are|r) (inherently|innately|naturally|generally|mostly|usually|typically|fundamentally|simply|emotionally|mentally|intellectually|biologically|all|just|so|too|way too|far too|really|literally|basically|always|) (unstable|unhinged|emotionally unstable|mentally unstable|illogical|irrational|hysterical|stupid|dumb|inferior|incompetent|incapable|weak minded|feeble|gullible|naive|immature|unreliable|untrustworthy|deceptive|manipulative|evil|wicked|sinful|sluttish|promiscuous|easy to manipulate|easily manipulated|easily led|easily fooled|fragile|delicate|hopeless|pathetic|worthless|unfit|retarded|narcissistic|narcissists|sociopaths|sociopathic|psychopaths|bitchy|whiny|attention seeking|attention seekers)
pattern: (women|females|girls|foids) (are|r) (all|just|so|too|really|) (easy to|easily) (manipulate|manipulated|led|fooled|brainwashed|control|controlled|swayed|impress|impressed)
match: women are emotionally unstable
match: women are inherently illogical
match: women are easy to manipulate
match: females are naturally gullible
match: wives are unreliable
nomatch: women are not inherently irrational
nomatch: women are underrepresented in tech
note: widens women-are-hostile-adj and women-stupid with adverbs (inherently, generally, emotionally) and more adjectives; "girls" is only in the easy-to-manipulate pattern (teen venting "girls are so whiny" stays with women-weak-adj)

[en.gender_abuse.prejudice.women-are-the-problem]
sub: prejudice
weight: 0.55
target: group
pattern: (women|females|feminists|feminism|foids|wahmen|modern women|western women) (are|is|r) the (problem|enemy|real problem|biggest problem|cancer)
pattern: (women|females|feminists|feminism|foids|wahmen) (are|is|r) the (reason|cause|root|source) (for|of|why|) ~3 (problems|decline|downfall|collapse|everything wrong|miserable|unhappy|divorce|divorces|suicide|suicides|depressed|lonely|single|broke|fall|wrong|bad)
match: women are the problem
match: feminism is the enemy
match: women are the reason men are miserable
match: feminism is the cause of the decline of the west
nomatch: women are the reason i get up in the morning
nomatch: women are the backbone of this community
note: women or feminism blamed for social ills; "the reason" needs a problem word after it

[en.gender_abuse.prejudice.women-never-equal]
sub: prejudice
weight: 0.6
target: group
pattern: (women|females|girls|woman) (will|can|could|should) never (be|become) (equal to|as good as|as smart as|as strong as|as capable as|as intelligent as|as competent as|as talented as|as good at|good leaders|real leaders|real engineers|real scientists) (men|males|a man|us|guys|boys|anything|leading|math|science|)
pattern: (women|females|girls|woman) can never (lead|drive|understand|compete|think|reason|do math|be trusted)
pattern: (dumber|stupider|less intelligent|less capable|less competent|less rational|less logical|intellectually inferior|mentally inferior|inferior) (than|to) (men|males|a man|the average man|guys|boys)
match: women will never be equal to men
match: women can never be trusted
match: the average woman is dumber than the average man
match: females are intellectually inferior to men
nomatch: women will never be equal until the pay gap closes
nomatch: he said women will never be equal to men and i told him he was wrong
nomatch: women could never drive in saudi arabia until 2018
note: claims of permanent inferiority; "equal" needs "to" so a complaint ("never be equal until ...") does not match

[en.gender_abuse.prejudice.never-vote-hire-woman]
sub: prejudice
weight: 0.5
target: group
pattern: (i|id|ill|we|i will|i would|i|never) (never|wont|will not|would never|dont|do not|wouldnt|would not|refuse to|aint|aint never) (ever|) (vote for|hire|promote|obey|take orders from|work under) (a|any|) (woman|women|female|females|girl|chick|bitch)
pattern: never (vote for|hire|promote|obey|take orders from) (a|any) (woman|female|girl|chick|bitch)
pattern: (never|dont|do not) (let|allow) (a|any|) (woman|women|female|females) (lead|run|drive|vote|speak|decide|be in charge|handle)
match: i would never vote for a woman
match: never hire a woman
nomatch: companies dont hire women over forty
match: dont let women be in charge
nomatch: i dont trust a woman who lies to me
note: refusal to vote for, hire or take orders from women as such; "never trust a woman" is in women-always-lie; "trust" is left out here so personal complaints ("i dont trust a woman who lies to me") do not match

[en.gender_abuse.prejudice.good-for-only]
sub: prejudice
weight: 0.65
target: group
pattern: (women|girls|females|bitches|hoes|foids|wives) (are|r|) (only|just) good (for|at) (making|cooking|cleaning|sex|fucking|sucking|breeding|one thing|the kitchen|sandwiches|babies|laundry|dishes|spreading|opening|lying|spending)
pattern: (only|just) good for (sex|breeding|fucking|sucking dick|making sandwiches|making babies|one thing|the kitchen|popping out babies)
pattern: (she|shes|she is) (only|just) good for (sex|fucking|sucking|breeding|one thing|spreading|opening|the kitchen|making sandwiches)
pattern: (only thing|one thing|all) (women|girls|females|bitches|hoes|foids|she|shes|wives|woman|a woman|a girl) (are|is|r|re|) (good for|useful for|good at|useful at|exist for) ~2 (cooking|cleaning|sex|fucking|sucking|breeding|kitchen|sandwiches|babies|laundry|dishes|spreading|lying|spending|housework|making babies)
match: the only thing women are good for is cooking and sex
match: girls are only good for making sandwiches
match: shes only good for one thing
match: women just good for breeding
nomatch: this pan is only good for making pancakes
nomatch: she's just good at making people feel welcome
nomatch: this pan is only good for cooking eggs
nomatch: she's only good at cooking pasta, her baking is a disaster lol
note: reduction of women to domestic or sexual use; the second pattern needs a sexual or domestic object

[en.gender_abuse.prejudice.womans-duty]
sub: prejudice
weight: 0.6
target: group
pattern: (a womans|womans|womens|a wifes|wifes|the wifes|a girls) (job|duty|role|purpose|place|function|only job|main job) (is|) to (please|serve|obey|cook|clean|breed|have babies|bear children|make babies|make sandwiches|satisfy|submit|stay home|stay at home|shut up|be quiet|look pretty|be pretty|raise|support her husband)
pattern: (women|females|wives) (exist|were made|were created|are here) (to|for) (serve|please|breed|obey|cook|pleasure|satisfy) (men|man|us|their)
match: a womans job is to please her husband
match: a wifes duty is to obey
match: women exist to serve men
nomatch: a womans job is hers to choose
nomatch: in lions, the females' role is to raise the cubs and hunt
note: prescribed female role

[en.gender_abuse.prejudice.men-control-women]
sub: prejudice
weight: 0.65
target: group
pattern: (men|husbands|a man|a husband|the man) (should|must|need to|needs to|have to|has to|ought to|gotta) (control|discipline|own|rule over|dominate|tame|beat|hit|punish|chastise|break) (women|their wives|their women|wives|his wife|his woman|her|females|their girls)
pattern: (women|wives|females|girls) (should|must|need to|have to) (be|get) (owned|controlled|dominated|tamed|disciplined|broken|beaten|chastised|punished) by (men|a man|their husbands|their husband|males)
match: men should control women
match: a husband must discipline his wife
match: women need to be controlled by men
nomatch: men should control their tempers
nomatch: a husband should keep his wife laughing, my grandpa said
note: male control over women prescribed

[en.gender_abuse.prejudice.legs-closed]
sub: prejudice
weight: 0.55
pattern: (keep|kept|close|closed|keeping) (your|ur|her|their|her damn|your damn|ur damn|their damn|them|those) legs (closed|shut)
pattern: (shouldnt|should not|shouldve|shouldnt have) (opened|spread) (her|your|ur|their) legs
match: keep your legs closed
match: dumb slut should have kept her legs closed
match: she shouldnt have spread her legs
nomatch: keep your legs together during the dive
note: slut-shaming, often in abortion and single-mother threads; "legs together" (sport, yoga) is left out

[en.gender_abuse.prejudice.belong-home-bedroom]
sub: prejudice
weight: 0.6
target: group
pattern: (women|woman|girls|females|wives|bitches|hoes) (belong|belongs) (in|at) (the|my|a|) (bedroom|bed|home|house|stove|sink|laundry room|nursery)
pattern: (women|females|wives) (belong|belongs) (barefoot|pregnant|on their knees|on her knees|under men|beneath men|to men)
match: women belong in the bedroom
match: women belong at home
match: females belong on their knees
nomatch: these shoes belong in the house
nomatch: my cat she belongs at home
note: domestic or sexual confinement prescribed for women

[en.gender_abuse.prejudice.women-dont-know]
sub: prejudice
weight: 0.5
target: group
pattern: (women|females|girls|woman|chicks) (dont|do not|never|cant|cannot) (know|understand|grasp|comprehend) (how to drive|how to park|how to think|how to lead|anything about|logic|math|maths|sports|football|games|politics|money|economics|science|basic|what they want)
pattern: (women|females|girls|chicks) (dont|do not|cant|cannot) (think|argue|reason|debate) (logically|rationally|properly|straight|for themselves)
match: women dont know how to drive
match: females dont understand logic
match: women cant think for themselves
nomatch: women dont know how to negotiate because nobody taught them
note: incompetence stereotype; only fixed objects are listed, so a skill with a reason ("how to negotiate because nobody taught them") does not match

[en.gender_abuse.prejudice.women-incapable-of]
sub: prejudice
weight: 0.65
target: group
pattern: (women|females|foids|girls) (are|r) (incapable|not capable|unable) of (logic|logical|love|loving|loyalty|being loyal|leadership|leading|reason|reasoning|thinking|rational|critical thinking|empathy|honesty|gratitude|monogamy|commitment)
pattern: (women|females|foids) (lack|have no|dont have) (logic|empathy|morals|honor|honour|loyalty|integrity|intelligence|common sense|self control)
match: women are incapable of love
match: females lack logic
match: women have no morals
nomatch: women lack access to credit in many countries
nomatch: women have no reason to fear
note: claims that women lack moral or mental capacities

[en.gender_abuse.prejudice.women-attracted-to-jerks]
sub: prejudice
weight: 0.45
target: group
pattern: (women|females|girls|foids|bitches|hoes|stacies|stacy) (love|like|prefer|want|choose|chase|crave|fall for|go for|flock to|are attracted to|only date|always pick|always choose) (bad boys|assholes|jerks|thugs|abusers|chads|chad|alphas|alpha males|tall guys|rich guys|rich men|douchebags|criminals|wife beaters|the top|the top 20)
pattern: (women|females|girls|foids) (hate|ignore|reject|use) (nice guys|good guys|beta males|betas|short guys|average guys)
match: women love bad boys and hate nice guys
match: women are attracted to assholes
match: females only date chads
nomatch: women love bad boy characters in romance novels
note: manosphere "hypergamy" and "nice guy" tropes; weak alone, adds to other signals

[en.gender_abuse.prejudice.women-only-after-money]
sub: prejudice
weight: 0.55
target: group
pattern: (women|females|wives|bitches|hoes|foids|girls) (are|r) (only|just|all) (after|in it for|interested in|there for) (money|our money|your money|the money|his money|a paycheck|a meal ticket|resources|status)
pattern: (women|females|wives|bitches|hoes|foids) (only|just) (care about|love|want|see) (your|ur|a mans|mens|our) (money|wallet|bank account|paycheck|status|height|looks)
match: women are only after money
match: bitches only care about your money
match: females only see your wallet
nomatch: scammers are only after money
note: gold-digger generalisation

[en.gender_abuse.prejudice.wall]
sub: prejudice
weight: 0.5
target: group
pattern: the wall (is|) (undefeated|always wins)
pattern: (roasties|foids|females|stacies|hoes|thots) ~4 (hit|hits|hitting|past) the wall
pattern: (women|woman|girls|females|foids|roasties) ~3 (hit|hits|hitting|hitted) the wall (at|by|after|around|before) (25|26|27|28|29|30|31|32|33|35|thirty|their 30s|their thirties|30s|her 30s)
pattern: (women|woman|females|female|she|shes|girls) (over|past|after) (25|28|30|35|40|thirty|forty) (are|is|r|) (worthless|used up|useless|hags|expired|spoiled|unmarriageable|undateable|trash|garbage|leftovers|damaged goods|past their prime|dried up)
pattern: (expired|spoiled) (women|woman|females|milk women|roasties)
match: roasties hit the wall at 30
match: the wall is undefeated
nomatch: the car hit the wall at 30 mph
match: women over 30 are worthless
match: a woman over 30 is worthless
nomatch: she hit the wall at mile 20 in the marathon
note: manosphere "the wall" (a woman's age-related loss of value); a plain "hit the wall" needs a manosphere subject (marathons, crashes do not match)

[en.gender_abuse.prejudice.stacy-chad]
sub: prejudice
weight: 0.5
target: group
pattern: (stacies|stacys|beckies|roasties|femoids) (only|just|all|always) (want|wants|go for|date|fuck|chase|love)
pattern: (stacy|stacies|becky|stacys) (only|just|always|all) (want|wants|fucks|fuck|dates|date|goes for|go for|chases|chase|loves|love|ride|rides) (chad|chads|tyrone|tyrones|chadlite|the chad|alpha)
pattern: (cock|dick|chad) (carousel|carousels)
pattern: (riding|rode|ride|rides) (the|) (alpha|chad) (cock|dick|carousel)
match: stacies only want chads
match: stacy only wants chad
match: done with the cock carousel
nomatch: stacy and chad went to the park
note: incel archetypes; Stacy and Chad as plain names do not match, only with a hypergamy verb between them

[en.gender_abuse.prejudice.body-count-shaming]
sub: prejudice
weight: 0.5
target: group
pattern: (women|girls|females|hoes|foids|roasties|shes|she|wives) (with|has|have|got) (a|) (high|huge|double digit|triple digit|big) (body count|bodycount|n count|partner count)
pattern: (high|double digit|triple digit) (body count|bodycount) (women|girls|females|hoes|is|are|means|equals|roasties|wife|wives)
pattern: (her|a girls|a womans|girls with a|women with a|shes got a|she has a) (body count|bodycount) (over|above|higher than) (3|5|10|two|three|five|ten)
match: never marry girls with a high body count
match: high body count women are used goods
match: her body count over 10 lol
nomatch: the body count in the movie was high
nomatch: body count over 10 in the first ten minutes, great action movie
note: sexual-history shaming; the film sense needs "high" after the noun and does not match

[en.gender_abuse.prejudice.manosphere-ideology]
sub: prejudice
weight: 0.4
pattern: (redpilled|red pilled|redpill|red pill|blackpilled|black pilled) (on|about) (women|females|girls|feminism|dating|hypergamy|marriage|foids)
pattern: (mgtow|mgtows)
pattern: (go|going|went|gone) (mgtow|monk mode)
pattern: (women|females|foids|wahmen) ~3 (red pill|redpill|blackpill|black pill) (truth|truths|is right|was right)
match: once you get redpilled on women you see it everywhere
match: going mgtow
nomatch: the red pill scene in the matrix
note: manosphere ideology markers; weak alone (also used by researchers)

[en.gender_abuse.prejudice.false-accusations]
sub: prejudice
weight: 0.55
target: group
pattern: (women|females|girls|bitches|hoes|she) (always|just|all|love to|like to|will|) (cry|crying|cries|scream|screams|yell|yells) rape
pattern: (most|all|half|many) (rape|sexual assault|metoo|harassment) (accusations|claims|allegations|accusers|victims|cases) (are|r) (false|fake|lies|liars|made up|fabricated|attention seekers)
pattern: (women|females|girls|bitches|hoes) (always|just|all|) (lie|lying|lied) about (being raped|getting raped|rape|assault|abuse|being assaulted|being abused)
pattern: (false rape|false accusations|fake rape) ~3 (all|is what|thats what) (women|females|they|bitches) (do|are)
match: women cry rape when they regret sex
match: most rape accusations are false
match: false rape accusations are all women do
match: women lie about being raped
nomatch: she was accused of lying about the car crash
note: framing women as false accusers; overlaps rape-denial at a higher weight because a generalisation is named

[en.gender_abuse.prejudice.pay-gap-denial]
sub: prejudice
weight: 0.4
target: group
pattern: (women|females) (get|are|earn) (paid|) less because (they|women|females) (work less|are lazy|are lazier|are worse|choose|dont work|arent as|produce less|deserve)
pattern: (pay|wage|gender pay|gender wage) gap (is|) (a|the|) (myth|lie|hoax|fake|scam|fairy tale)
match: women get paid less because they work less
match: the wage gap is a myth
nomatch: women get paid less because of discrimination
note: weak: debated claim, scores only with another signal

[en.gender_abuse.prejudice.violence-against-women-ok]
sub: prejudice
weight: 0.65
target: group
pattern: (ok|okay|fine|acceptable|justified|allowed|alright) to (hit|slap|punch|beat|smack|choke) (a|your|ur|) (woman|women|girl|girls|wife|wives|gf|girlfriend)
pattern: equal rights (means|mean|) equal (fights|lefts)
pattern: (women|she|bitches|wives) ~3 (need|needs|deserve|deserves) (a|) (good|) (slap|slapping|smack|smacking|beating|backhand|back hand)
also: harassment.threat
match: its ok to hit a woman if she hits first
match: equal rights equal lefts
match: she needs a good slap
nomatch: its never ok to hit a woman
note: justifying violence against women; a negation before "ok" ("never ok") is discounted

[en.gender_abuse.prejudice.women-why-so]
sub: prejudice
weight: 0.5
target: group
pattern: why (are|r|do) (women|females|feminists|foids|wahmen) (so|always|all|such) (stupid|dumb|annoying|entitled|crazy|emotional|whiny|irrational|fragile|bitchy|shallow|retarded|ugly|fat|insufferable|useless|illogical|manipulative|evil|hypocritical)
match: why are women so stupid
match: why are feminists so ugly
nomatch: why are women so underpaid
note: rhetorical question as generalisation; the question cue lowers it (0.5 × 0.85) so alone it stays weak

[en.gender_abuse.prejudice.men-natural-leaders]
sub: prejudice
weight: 0.45
target: group
pattern: (men|males) (are|r) (the|) (natural|born|rightful) (leaders|rulers|heads|head|providers|masters|superiors)
pattern: (the man|a man|the husband|husband) (is|should be|must be) (the|) (head|master|ruler|boss) of (the|his) (house|household|family|home|wife|woman)
pattern: (men|males) (are|r) (superior|better) in (every|every single) way
pattern: (male|men) (supremacy|superiority) (is|) (natural|real|a fact|based)
match: men are natural leaders
match: the man should be the head of the household
match: males are superior in every way
nomatch: both men and women are natural leaders
note: male-headship claims; weak-moderate because some religious discussion uses them descriptively

[en.gender_abuse.prejudice.single-mothers-wide]
sub: prejudice
weight: 0.5
target: group
pattern: single (mothers|moms|mums|mommas|mamas) (raise|produce|breed|create|make|churn out) (criminals|thugs|losers|degenerates|serial killers|school shooters|failures|delinquents)
pattern: single (mothers|moms|mums|mom|mum|mother) (with|and their) (baggage|bastards|bastard kids|spawn|other mens kids|another mans kid|someone elses kids)
pattern: (raising|raise) (another mans|other mens|someone elses|chads) (kid|kids|child|children|spawn)
match: single mothers raise criminals
match: single moms and their bastard kids
match: no way im raising another mans kid
nomatch: single mothers raise amazing kids
note: contempt for single mothers; raising "another man's kid" is a manosphere phrase, weak-moderate

[en.gender_abuse.prejudice.women-should-obey-wide]
sub: prejudice
weight: 0.6
target: group
pattern: (women|females|wives) (should|must|need to|ought to|better) (be|stay|remain|learn to be) (silent|quiet|obedient|submissive|subservient|pregnant|in the kitchen|at home|home|seen and not heard|in their place|barefoot)
pattern: (woman|wife|she|girls|a woman|a wife) (should|must|needs to|need to|ought to|better) (be|stay|remain|learn to be) (obedient|submissive|subservient|in the kitchen|seen and not heard|in her place|in their place|barefoot and pregnant)
pattern: (women|females|wives|girls) (should|must|need to) (learn to|learn their) (obey|submit|place|shut up|serve)
match: women should be silent
match: a wife must be obedient
match: she should stay in the kitchen
match: women need to learn their place
nomatch: she should stay home if she has a fever
note: widens women-should-stay-home with more predicates; singular subjects ("she", "a wife") only with unambiguous role words, so "she should stay home if sick" does not match

[en.gender_abuse.prejudice.femcel]
sub: prejudice
weight: 0.4
pattern: (femcel|femcels|femcelism)
match: shes such a femcel
match: femcels are seething
note: pejorative for women (mirroring incel); also used self-descriptively, so weak

[en.gender_abuse.prejudice.wife-jokes]
sub: prejudice
weight: 0.5
target: group
pattern: (women|womans|a womans|wives|females) (opinion|opinions|opinon|vote|votes) (dont|doesnt|do not|does not) (matter|count)
pattern: (women|wives|females) ~2 (should|must|need to) (ask|get) (permission|their husbands permission|her husbands permission|his permission)
pattern: (women|wives|females) ~2 (need|needs) (their|a) (husbands|husband|mans|fathers) (permission|approval)
match: a womans opinion doesnt matter
match: women should ask their husbands permission
nomatch: my opinion doesnt matter here
note: denial of women's voice or autonomy

# ---------------------------------------------------------------------------------------------
# slur additions 2026-11-30
# ---------------------------------------------------------------------------------------------

[en.gender_abuse.slur.what-a-thot]
sub: slur
weight: 0.55
target: other
pattern: (what|such|shes|youre|ur|u) (a|an) (thot|hoe|skank|slore|hussy|floozy|harlot)
pattern: (thot|hoe|skank|slut|whore) (ass|azz) (bitch|hoe|girl|ho)
match: what a thot
match: shes a hussy
match: hoe ass bitch
nomatch: what a tramp stamp design
note: directed forms; "tramp" is left out ("tramp stamp", "lady and the tramp")

[en.gender_abuse.slur.sexual-object-words]
sub: slur
weight: 0.75
pattern: (cocksleeve|cocksleeves|cumguzzler|cumguzzlers|fuckhole|fuckholes|fuckdoll|fuckdolls|fucktoy|fucktoys|fuckmeat|slore|slores)
pattern: (cock|dick|cum) (sleeve|sleeves|guzzler|guzzlers|holster|receptacle|warmer)
pattern: fuck (hole|holes|doll|dolls|toy|toys|meat)
pattern: fuck (slave|slaves|sow|sows)
pattern: sex slave
pattern: breeding (slave|slaves)
match: shes just a cock sleeve
match: dumb fuckdoll
match: sex slave
nomatch: sex slavery is a crime against humanity
nomatch: breeding sows need extra protein in late gestation
nomatch: isis held yazidi women as sex slaves, the report says
note: sexualised dehumanising words for women; "sex slave" also names a trafficking victim (reporting cues lower it)

[en.gender_abuse.slur.gendered-insult-wide]
sub: slur
weight: 0.5
target: other
pattern: (ugly|dumb|stupid|lazy|nasty|filthy|disgusting) (wench|wenches|gash|skank|bint|bints|trollop|tart|tarts)
pattern: (dumb|stupid|silly|daft|useless|lying|nagging|crazy|psycho|mad) (bint|bints|tart|tarts|wench|wenches|harpy|harpies|shrew|shrews|fishwife|minger|mingers)
pattern: (sugartits|sugar tits|trollops|bimbette)
pattern: (you|u|ya|youre|ur|shes|she is|such a|a filthy|a lying|dirty|filthy) (jezebel|jezebels)
match: shut up you filthy skank
match: silly bint
match: nagging shrew
match: listen here sugar tits
nomatch: the farmer sold a fat sow at market
nomatch: a thick tart crust holds up better for custard
nomatch: i read it on jezebel this morning
note: gendered insults with an insult adjective; livestock words (sow, cow, heifer) are left out of this entry (farm talk), "stupid cow" is in gendered-insult

[en.gender_abuse.slur.female-dog]
sub: slur
weight: 0.5
target: other
pattern: (you|she|shes|youre|ur|u) (a|an|such a|just a|nothing but a) (female dog|b word|bish|bytch|biiitch|beech)
pattern: (stupid|dumb|fat|ugly|fucking|fuckin|little|dirty|crazy|psycho|worthless|useless|annoying|basic) (bish|bytch|beeyatch)
match: shes a female dog
match: stupid bish
nomatch: she is a female dog trainer
note: euphemistic and misspelt forms of "bitch" aimed at a woman

# ---------------------------------------------------------------------------------------------
# sexual_violence additions 2026-11-30: rape myths, consent denial, sexual-slavery talk
# ---------------------------------------------------------------------------------------------

[en.gender_abuse.sexual_violence.she-wanted-it]
sub: sexual_violence
weight: 0.6
pattern: (she|you|u|they) (said|says|say) no but (she|you|u|they|her body|ur body|your body) (meant|means|wanted|want|wants|liked|was wet|were wet|said yes)
pattern: (her|your|ur|their) body (said|says|wanted) (yes|it)
pattern: (she|you|u) (secretly|really|obviously|clearly|totally|lowkey|deep down) (wanted|liked|enjoyed|loved) (being raped|getting raped|being forced|getting forced)
pattern: (she|you|u) (secretly|deep down|lowkey) (wanted|liked|enjoyed|loved) it
pattern: (she|you|u|they) (wanted|liked|enjoyed|loved) (being raped|getting raped|being forced|getting forced|being groped|getting groped)
match: she said no but she meant yes
match: her body said yes
match: she secretly wanted it
match: she enjoyed being raped
nomatch: she said no but then changed her mind about the movie
nomatch: she really loved it! thanks for the gift
nomatch: you totally loved it, admit it, the movie was great
note: rape myth: consent read from silence, arousal or "secret" desire

[en.gender_abuse.sexual_violence.rape-her-fault]
sub: sexual_violence
weight: 0.7
pattern: (its|it is|was|thats|its all|it was|all) (her|their|your|ur) (own|) fault (she|they|you|u|for|if|that|when) ~3 (raped|assaulted|attacked|groped|harassed|rape|molested)
pattern: (raped|assaulted|groped|molested) ~4 (her|their|your|ur) (own|) fault
pattern: (if|when) (she|a girl|a woman|you|u|women|girls) (gets|get|got) (raped|assaulted|groped) ~3 (her|their|your|ur) (own|) fault
match: if she gets raped its her fault
match: she got raped and its her own fault
match: its her fault she was raped
nomatch: being raped is never your fault
nomatch: its not her fault she was raped
note: rape victim blaming; negation inside the gap or before is discounted

[en.gender_abuse.sexual_violence.rape-joke-wide]
sub: sexual_violence
weight: 0.65
pattern: (rape|raping|gangrape|gang rape) (is|was|would be) (a|) (joke|so funny|kinda funny|funny af|lowkey funny|hot|sexy|good for her|what she needs|what she deserves|what they need|what they deserve)
pattern: (needs|need|deserves|deserve|needed|deserved) (a|) (good|) (raping|rape|dicking|hate fuck|hatefuck)
pattern: (raped|rape|raping) (her|them|you|u|women|bitches|females|wives|) into (submission|obedience|silence)
match: rape is hot
match: she needs a good raping
match: she deserves a hate fuck
match: rape them into submission
nomatch: rape isnt a joke
nomatch: the dough needs a good pounding before it rests
note: rape endorsement and jokes; "is a joke" names rape as a joke; "rape isnt a joke" does not match

[en.gender_abuse.sexual_violence.rape-threat-wide]
sub: sexual_violence
weight: 0.9
target: other
pattern: (i|we|ima|imma|ill|gonna|going to|will|would|should|gon|finna) (gangbang|gang bang|gangrape|gang rape|run a train on|rail|violate|molest) (you|u|ya|her|ur|your) (till|until|til|and|against|without|no matter|whether|even if)
pattern: (hope|wish) (you|u|she|her) (get|gets|got|are) (gangbanged|gang banged|gangraped|gang raped|molested|violated|sexually assaulted|groped|trafficked)
pattern: (someone|somebody|a man|men|guys|dudes) (should|needs to|need to|gotta|ought to) (rape|gangrape|molest|violate|rail) (her|you|u|ya|that|this|them)
also: harassment.threat
match: i will gang rape you till you cry
match: hope you get gangbanged
match: someone should rape her
match: somebody needs to violate that bitch
nomatch: i will gang bang on the drums until morning
nomatch: someone should breed this dog, perfect temperament
nomatch: we will breed her and keep one puppy
note: rape threats and wishes in wider wording; "gangbang on the drums" needs "you/her" and does not match

[en.gender_abuse.sexual_violence.unconscious-wide]
sub: sexual_violence
weight: 0.7
pattern: (drunk|drugged|passed out|blacked out|asleep|sleeping|unconscious|wasted) (girls|chicks|women|bitches|hoes|sluts) (are|r) (easy pickings|easy lays|an easy lay|the easiest lays|up for grabs|free game|fair game|free real estate)
pattern: (get|got|getting|make|make her|get her|got her) (her|them|the girls|a girl|some chick) (drunk|wasted|blackout|blacked out|passed out) (and|then|so|first) ~3 (fuck|smash|bang|rape|take|have)
pattern: (fuck|fucked|smash|smashed|bang|banged) (her|them|a girl|some girl|chicks) (while|when) (she|they) (was|were|is|are|) (passed|asleep|unconscious|sleeping|drunk|blacked)
match: drunk girls are easy pickings
match: get her drunk and then fuck her
match: i smashed her while she was asleep
nomatch: drunk girls are easy to spot at the bar
note: sex without capacity to consent; plain "easy" is left out ("easy to spot", "easy targets for predators" is safety talk)

# ---------------------------------------------------------------------------------------------
# identity_attack additions 2026-11-30: misgendering, dehumanising "it", LGBTQ generalisations
# ---------------------------------------------------------------------------------------------

[en.gender_abuse.identity_attack.lgbt-people-are]
sub: identity_attack
weight: 0.65
target: group
pattern: (gay|gays|trans|transgender|transgenders|queer|queers|lgbt|lgbtq|homosexual|homosexuals|transsexual|transsexuals|lesbians|bisexuals|nonbinary) (people|folk|folks|men|community|persons|individuals|activists|) (are|is|r) (all|just|so|nothing but|) (an abomination|abominations|abomination|disgusting|gross|unnatural|perverts|perverted|degenerates|degenerate|freaks|vile|evil|sinful|sinners|demonic|satanic|pedophiles|pedos|paedos|predators|groomers|subhuman|animals|vermin|filth|filthy|a disease|a plague|a cancer|cancer|a sickness|an illness|a mental illness|mentally ill|delusional|sick in the head|deranged|confused freaks|a cult|a menace|a threat to children|dangerous to children|unholy|godless|going to hell|trash|garbage)
match: trans people are an abomination
match: gay people are perverts
match: lgbt people are groomers
match: homosexuals are a disease
nomatch: trans people are not freaks
nomatch: gay people are more likely to be bullied
note: hostile generalisation about LGBTQ people with "people/folk" between subject and verb (sin-disgusting needs the verb right after)

[en.gender_abuse.identity_attack.hate-lgbt]
sub: identity_attack
weight: 0.6
target: group
pattern: (i|we|i fucking|i really|i just) (hate|despise|loathe|detest) (all|) (gays|queers|fags|faggots|lesbians|dykes|homos|trannies|troons|transgenders|homosexuals|transsexuals)
pattern: (i|we|i fucking|i really|i just) (hate|despise|loathe|detest) (all|) (trans|gay|queer|transgender|lgbt|lgbtq) (people|folk|folks|community|freaks|men|women)
pattern: fuck (all|) (the|) (trannies|troons|fags|faggots|dykes|homos|queers|gays|transgenders)
match: i hate trans people
match: i hate gays
match: fuck all the trannies
nomatch: i dont hate gay people
nomatch: i hate gay jokes
note: stated hatred of LGBTQ people

[en.gender_abuse.identity_attack.it-dehumanise]
sub: identity_attack
weight: 0.6
target: other
pattern: (it|that thing|this thing|the thing|that creature|this creature) (calls|called|identifies|thinks|considers) itself (a|an|as a|as an|as) (woman|girl|lady|female|man|boy|male|nonbinary|they|she|he)
pattern: (whatever|what ever) (it|that thing) (calls itself|identifies as)
pattern: (its|it is|its still) a (man|dude|guy|male|bloke) baby
pattern: (it|that thing|that creature) (still has|still got) (a|) (penis|dick|cock|adams apple)
pattern: (that thing|that creature) (has|got) (a|) (penis|dick|cock|adams apple)
match: it calls itself a woman
match: whatever it calls itself
match: its a man baby
match: that thing still has a dick
nomatch: the robot calls itself a helper
nomatch: the company calls itself a woman-owned business
note: "it" and "thing" for a trans person; bare "whatever it is" is left out (ordinary uncertainty)

[en.gender_abuse.identity_attack.misgendering-taunt]
sub: identity_attack
weight: 0.55
target: other
pattern: (he|you|u) (will|can) never be a (woman|girl|lady|female)
pattern: (she|you|u) (will|can) never be a (man|boy|male|guy)
pattern: he (thinks|believes|pretends|claims) (hes|he is|its|it is) a (woman|girl|lady|female)
pattern: she (thinks|believes|pretends|claims) (shes|she is|its|it is) a (man|boy|male|guy)
pattern: (he|she|it) will (always|forever) be a (man|dude|male|guy|woman|female|girl) (no matter|regardless|whatever|lol|lmao|period|biologically|deep down)
pattern: (hes|he is|shes|she is) (biologically|genetically|chromosomally) (a|) (male|female|man|woman|dude)
match: you will never be a woman
match: lol he thinks hes a woman
match: he will always be a man no matter what
match: he is biologically male
nomatch: he will always be a man of his word
nomatch: he thinks he's a man now that he turned 13 lol
nomatch: he's still a man of his word after all these years
note: misgendering of a trans person; "always be a man" needs a dismissive continuation so "a man of his word" does not match

[en.gender_abuse.identity_attack.dilate]
sub: identity_attack
weight: 0.65
target: other
pattern: (cope|seethe|mald|seeth|cry) (and|n|) dilate
pattern: (go|just|now|lol|stfu and) dilate
pattern: (dilate|dilating) (tranny|troon|freak|bro|sweaty|sweetie|lol|harder)
match: cope and dilate
match: seethe and dilate
match: go dilate
nomatch: the doctor will dilate your pupils
note: transphobic taunt referring to post-surgery dilation

[en.gender_abuse.identity_attack.trans-cant-change]
sub: identity_attack
weight: 0.45
target: group
pattern: (men|males|man|a man) (cant|cannot|can never|will never|could never) (become|be|turn into|change into) (women|a woman|females|a female|girls)
pattern: (women|females|woman|a woman) (cant|cannot|can never|will never|could never) (become|be|turn into|change into) (men|a man|males|a male|boys)
pattern: (you|u|they) (cant|cannot|can never) change (your|ur|their) (gender|sex|biology|chromosomes|dna)
pattern: (mutilated|castrated|butchered|chopped) (men|man|dudes|guys|freaks|women|girls)
pattern: (biological|bio) (males|men|man|male) (in|invading|in the|using) (a dress|womens|girls|female|the womens|the girls)
match: men cant become women
match: you cant change your chromosomes
match: mutilated men in dresses
match: biological males in womens sports
nomatch: men cant become pregnant
note: gender-critical denial aimed at trans people; moderate because it also appears as debate

[en.gender_abuse.identity_attack.trans-slur-compounds]
sub: identity_attack
weight: 0.6
target: group
pattern: (trans|tranny|troon|trannie) (cult|mafia|lobby|freaks|freak|agenda pushers|degenerates|menace|plague|trash|filth|garbage|scum|pedos|perverts)
pattern: (troonism|trannyism|transtrenderism|troonery|troonjak)
pattern: traps (are|r|arent) (gay|not gay)
match: the trans cult is coming for kids
match: tranny freaks
match: traps are gay
match: troonery everywhere
nomatch: trans rights are human rights
note: trans-hostile compounds and memes

[en.gender_abuse.identity_attack.grooming-kids]
sub: identity_attack
weight: 0.6
target: group
pattern: (drag|trans|gay|lgbt|lgbtq|queer|homo|homos|tranny|trannies|pride) (queens|people|teachers|folks|community|activists|agenda|flag|month|) ~3 (groom*|molest*|recruit*|indoctrinat*|sexualiz*|sexualis*|prey on|preying on|corrupt*|brainwash*) (kids|children|our kids|our children|minors|boys|girls|the youth)
pattern: (keep|get) ~2 (gays|trans|trannies|troons|drag queens|fags|faggots|queers|homos|tranny|groomers) away from (our|my|the) (kids|children)
match: drag queens are grooming kids
match: the lgbt agenda is brainwashing our kids
match: keep those trannies away from our children
nomatch: parents are grooming kids for college applications
note: "grooming"/corruption conspiracy about LGBTQ people; the subject must name the group

# ---------------------------------------------------------------------------------------------
# additions 2026-11-30 (2): domestic-role, "women never love/respect", sport and media
# commentators, objectification, misgendering descriptions
# ---------------------------------------------------------------------------------------------

[en.gender_abuse.prejudice.women-never-love]
sub: prejudice
weight: 0.45
target: group
pattern: (women|females|foids|a woman|woman|bitches|hoes) (will never|never|dont|do not|cant|cannot|will not|wont|are incapable of|dont actually|dont really) (love|respect|appreciate|value|care about) (you|men|a man|a weak man|weak men|betas|nice guys|their husbands|anyone|beta males|short men|short guys|broke men|broke guys|a broke man)
pattern: (women|females|foids) (only|just) (love|respect|value|care about) (what you|what men|what a man|your money|your status|resources|men with|strong men|alpha|alphas)
match: women dont love men
match: a woman will never respect a weak man
match: women only love what you can provide
nomatch: women dont love being catcalled
note: manosphere generalisation that women cannot love or respect men; weak-moderate

[en.gender_abuse.prejudice.female-commentators]
sub: prejudice
weight: 0.55
target: group
pattern: (hate|cant stand|despise|annoyed by|sick of|tired of|fed up with) (female|women|woman) (commentators|commentator|referees|referee|refs|pundits|pundit|announcers|announcer|presenters|presenter|sportscasters|broadcasters|comedians|comics|bosses|pilots|gamers|streamers|politicians|rappers|drivers|voices|scientists|engineers|doctors|surgeons|coaches|managers|journalists|reporters|anchors|mechanics|priests)
pattern: (female|woman) (commentators|commentator|referees|referee|refs|pundits|pundit|announcers|announcer|presenters|sportscasters|broadcasters|comedians|coaches|anchors) (shouldnt|should not|should never|ruin|ruins|ruined|dont know|cant|cannot|are so annoying|are annoying|are terrible|are useless|are awful|are shit|are trash|are crap|are unbearable|are the worst|are a joke|have no place|annoy|need to go|need to shut up)
match: i hate female commentators
match: female referees shouldnt be allowed in mens football
match: female pundits ruin the game
nomatch: female referees are getting more matches this season
note: hostility to women in sport and broadcasting roles (a frequent "call me sexist but" form)

[en.gender_abuse.prejudice.domestic-role]
sub: prejudice
weight: 0.55
target: group
pattern: (women|females|girls|wives) (are|r) (just|naturally|simply|) (better|good|made|meant|built|designed) (at|for) (cooking|cleaning|housework|laundry|dishes|the kitchen|the home|homemaking|making sandwiches|making babies|looking pretty|being pretty|serving men|pleasing men)
pattern: (women|females|girls|wives) (should|ought to|need to|must|should just) be (cooking|cleaning|doing the dishes|doing dishes|doing laundry|doing my laundry|making sandwiches|making me a sandwich|making me dinner|making dinner|in the kitchen|barefoot)
pattern: (she|you|u) (should|ought to|need to|must|should just) be (doing my laundry|making sandwiches|making me a sandwich|making me dinner|in the kitchen|barefoot and pregnant)
pattern: (women|females|girls|wives) (these days|nowadays|today|now) (cant|dont|wont|cannot|refuse to|cant even|dont even|dont know how to) (cook|clean|make a sandwich|iron|sew|keep a home|keep house)
pattern: modern (women|girls|wives|females) (cant|dont|wont|cannot|refuse to) (cook|clean|make a sandwich|iron|sew|keep a home|keep house|submit|respect)
match: women are better at cooking and cleaning
match: you should be in the kitchen
nomatch: you should be cooking more at home
match: women nowadays cant even cook
match: modern women refuse to submit
nomatch: women are better at negotiating salaries for others
note: domestic-role stereotypes and the kitchen put-down aimed at a person

[en.gender_abuse.prejudice.women-not-suited]
sub: prejudice
weight: 0.6
target: group
pattern: (women|females|girls) (are|r) (not|never) (good|great|any good|very good) (at|in) (math|maths|science|leading|leadership|driving|politics|sports|engineering|coding|programming|business|logic|combat|war|comedy|games|gaming|chess|management|physics|stem|thinking|anything)
pattern: (women|females|girls) (are|r) (not|never) (meant|made|built|designed|suited|fit|cut out) (to|for) (lead|leading|work|working|fight|fighting|think|thinking|vote|voting|be leaders|be in charge|combat|leadership|politics|the military|war|science|math|stem|engineering|power|office|the workplace|this job|sports)
pattern: (women|females|girls) (arent|aint) (funny|smart|capable|logical|rational|intelligent)
pattern: (women|females|girls) (arent|aint) good (at|for|enough)
pattern: (women|females|girls) (arent|aint) (meant|made|built|suited|cut out) (to|for) (lead|leading|work|working|fight|fighting|think|thinking|vote|voting|be leaders|be in charge|combat|leadership|politics|the military|war|science|math|stem|engineering|power|office|the workplace|this job|sports|drive|driving)
match: women are not good at math
match: women are not meant to lead
match: women arent funny
nomatch: women are not meant to be silenced
nomatch: women arent safe walking home at night
nomatch: women aren't meant to suffer in silence
nomatch: girls aren't good or bad at math, it's practice
note: competence and suitability stereotypes; "not meant to be silenced" has no listed role after it

[en.gender_abuse.prejudice.women-more-emotional]
sub: prejudice
weight: 0.5
target: group
pattern: (women|females|girls|woman) (are|r|is) (way|much|far|a lot|so much|) (more|too) (emotional|irrational|hormonal|hysterical|illogical|sensitive|dramatic|petty|shallow|manipulative|fickle|unstable) (than|to) (men|males|guys|a man|boys|be)
pattern: (women|females) (talk|talks|nag|nags|complain|complains|whine|whines|bitch|gossip|gossips|cry|cries) (too much|all the time|constantly|about everything|non stop|nonstop)
pattern: (women|females|wives|girls|feminists) (should|need to|must|gotta) (stop|quit) (complaining|whining|crying|nagging|bitching|moaning|playing the victim|working|voting|driving)
match: honestly women are way more irrational than guys
match: women are too emotional to be trusted
match: women talk too much
match: feminists need to stop whining
nomatch: women are more likely than men to be underpaid
nomatch: women should stop talking themselves down in interviews
note: emotionality and nagging stereotypes

[en.gender_abuse.prejudice.men-better-at]
sub: prejudice
weight: 0.5
target: group
pattern: (men|guys|males|boys) (are|r) (just|simply|always|naturally|objectively|inherently|) (better|superior) (at|than|in) (everything|driving|math|maths|science|leading|leadership|sports|games|gaming|business|logic|thinking|engineering|chess|women|females|girls|every way|comedy|politics|coding)
pattern: (men|males) (should|must) (always|) (be in charge|rule over women|make the decisions|be the leaders|run things|run the world|have the final say)
match: men are just better at everything
match: guys are better than girls at gaming
match: men should be in charge
nomatch: men are better at hiding their feelings
note: male superiority and headship claims

[en.gender_abuse.prejudice.looks-not-merit]
sub: prejudice
weight: 0.5
target: other
pattern: (only|just) ~5 because (of her|of their|shes|she has|she got|they have) (tits|titties|boobs|ass|looks|body|gender|vagina|pussy|pretty face|cleavage)
pattern: (tits|titties|boobs|ass|rack|cleavage) (streamer|streamers|gamer|gamers|journalist|journalists)
pattern: (e thot|ethot|ethots|e thots|titty streamer|titty streamers|hot tub streamer|hot tub streamers)
match: she only has followers because of her tits
match: another titty streamer
nomatch: she only won because she trained harder
note: a woman's success put down to her body or sex

[en.gender_abuse.prejudice.objectification]
sub: prejudice
weight: 0.45
target: other
pattern: (tits|titties|boobs) on (her|that|this|dat)
pattern: ass on her
pattern: (id|i would|would|wanna|gonna|ima|imma|wud|would def) (fuck|smash|bang|rail|breed|pound|plow) (her|that|this|dat|them) (ass|pussy|hoe|bitch|thot|slut|so hard|raw|senseless|till)
pattern: (she|shes|her) (is|) (only|just) (a|) (good|useful|worth) (for|as) (a|) (fuck|fucking|lay|smash|hole|one night|pump and dump|a fuck)
match: damn the ass on her
match: id smash her so hard
match: shes only good for a fuck
nomatch: id destroy her in chess
nomatch: put the cans on this shelf
nomatch: put the rack on her bike before the trip
nomatch: gonna pound this chicken breast flat for schnitzel
nomatch: gonna smash this workout today
note: sexual objectification of a woman; weak alone; "destroy" is left out (games, debates)

[en.gender_abuse.identity_attack.man-who-thinks]
sub: identity_attack
weight: 0.6
target: other
pattern: (a|the|that|this|some|just a) (man|dude|guy|male|bloke) (who|that) (thinks|believes|pretends|claims|says) (hes|he is|its|he|hes really) a (woman|girl|lady|female)
pattern: (men|dudes|guys|males) who (think|pretend|claim|believe) (they are|theyre|to be) (women|girls|ladies|female)
pattern: (a|the|that|this|some|just a) (mentally ill|delusional|confused|deranged|sick|disturbed|crazy) (man|dude|male|guy|bloke) (in a dress|in a skirt|in a wig|in lipstick|in makeup|in heels|wearing a dress|wearing a skirt|wearing a wig|wearing makeup|wearing lipstick|who thinks|pretending|claiming)
match: a man who thinks hes a woman
match: men who think theyre women
match: some deranged man in a wig
nomatch: a man who thinks hes a genius
nomatch: a mentally ill man in crisis was shot by police, the report says
nomatch: a confused man wearing pajamas wandered out of the care home
note: misgendering descriptions of trans women; "biological males in womens sports" (also policy debate) is in trans-cant-change at a lower weight

[en.gender_abuse.sexual_violence.needs-dick]
sub: sexual_violence
weight: 0.6
pattern: (she|her|that bitch|this bitch|that hoe|you|u|feminists|women|lesbians|dykes) (just|really|all|only|) (needs|need|needed) (a|some) (good|hard|real|big|) (dicking|fucking|dick|cock|pounding|hate fuck|railing|dicking down)
pattern: (slap|punch|smack|beat|hit|knock) (the shit|the fuck|the hell|the piss) out of (her|that bitch|that hoe|that cunt|his wife|my wife|that woman|the bitch|this bitch|that slut|that whore)
also: harassment.threat
match: she just needs a good dicking
match: lesbians just need some dick
match: id slap the shit out of that bitch
nomatch: she needs a good doctor
note: "needs dick" corrective framing and violence aimed at a woman

# ---------------------------------------------------------------------------------------------
# additions 2026-11-30 (3): slurs aimed at a named woman, entitlement tropes, rights and
# property claims, more misgendering forms
# ---------------------------------------------------------------------------------------------

[en.gender_abuse.slur.she-is-a-slur]
sub: slur
weight: 0.65
target: third
pattern: (she|shes|she is|my ex|his wife|ur wife|your wife|my wife|the wife|his gf|ur mom|your mom|his ex|that woman|that girl|this woman|this girl|ur gf|your gf|my gf|my girlfriend) (is|) (a|such a|a total|a real|a fucking|a complete|an absolute|one|a dumb|a stupid|a lying|a dirty|a nasty|a fat|an ugly|nothing but a|just a|just another|another) (bitch|whore|slut|skank|hoe|thot|cunt|twat|slag|tramp)
match: she is a bitch
match: my ex is a bitch
match: his wife is a total bitch
match: that woman is a whore
match: shes nothing but a whore
nomatch: she said life is a bitch
note: a misogynist slur predicated of a woman; reporting cues ("he said she is a ...") lower it

[en.gender_abuse.slur.feminist-slurs]
sub: slur
weight: 0.6
target: group
pattern: (feminut|feminuts|femcunt|femcunts|femitwit|femitwits|feminazism|fembot|fembots)
pattern: (ugly|fat|hairy|crazy|psycho|hysterical|dumb|stupid|screeching|unfuckable|landwhale|blue haired|purple haired) (feminist|feminists|feminazi|feminazis|lesbian feminist|lesbian feminists)
pattern: (feminist|feminists) (cunt|cunts|whore|whores|bitch|bitches|hag|hags|dyke|dykes|harpy|harpies|landwhale|landwhales|slut|sluts)
match: shes a feminut
match: fat ugly feminists
match: feminist cunts
nomatch: feminist scholars wrote the report
note: slurs and insult compounds for feminists as a stand-in for women

[en.gender_abuse.slur.succubus]
sub: slur
weight: 0.5
pattern: (shes|she is|women are|females are|foids are|wife is|ex is|wives are|girls are|women r) (a|an|all|just|) (succubus|succubi|succubuses|harpy|harpies|banshee|banshees)
match: she is a succubus
match: women are all harpies
nomatch: the succubus is a demon in the game
note: demonising words predicated of women (incel "succubus")

[en.gender_abuse.prejudice.women-entitled]
sub: prejudice
weight: 0.45
target: group
pattern: (women|females|wives|girls) (get|gets) away with (everything|anything|murder|it all|abuse|cheating|assault|hitting men)
pattern: (women|females) (get|have) a free pass
pattern: (women|females|girls|bitches|hoes|foids|wives) (think|believe) (they deserve|theyre owed|they are owed|they are entitled to|theyre entitled to|they can have) (everything|the world|a rich man|a millionaire|a six figure|6 figures|a tall|better than|special treatment|a man who|whatever they want|anything they want)
pattern: (women|females|bitches|hoes|foids) (think|believe) (theyre|they are) (queens|princesses|goddesses|special|entitled|owed|gods gift|better than men|superior)
pattern: (entitled|spoiled|spoilt|vapid|shallow|greedy|bitter|hysterical|nagging|selfish) (women|females|bitches|wives|broads|foids|princesses|thots|hoes)
pattern: (women|females|feminists|foids) (are|r) the (ultimate|biggest|worst|real|true) (hypocrites|liars|manipulators|cheaters|parasites|enemy|narcissists|predators|abusers)
match: women get away with everything
match: entitled women
match: women think they deserve everything
match: females are the ultimate hypocrites
nomatch: women get away with less than men in court
nomatch: women think they deserve less because society taught them that
note: entitlement and double-standard tropes

[en.gender_abuse.prejudice.women-nothing]
sub: prejudice
weight: 0.6
target: group
pattern: (women|females|foids|girls|wives) (are|r) (nothing|worthless|useless) (without|but|more than|compared to) (men|a man|their husbands|us|trouble|holes|wombs|bodies|objects)
pattern: (women|females|girls|foids) (dont|do not|dont even) have (brains|a brain|souls|a soul|morals|logic|empathy|honor|honour|feelings)
pattern: (female|womens|womans) (brain|brains) (is|are|) (smaller|tiny|inferior|weaker|underdeveloped|incapable)
pattern: (women|females|girls|foids) (have|got) (smaller|tiny|inferior|weaker|underdeveloped|smooth) (brains|brain)
match: women are nothing without men
match: women dont have brains
match: the female brain is smaller
match: women have smaller brains
nomatch: women are nothing like the stereotypes say
note: worthlessness and "no brain/soul" claims

[en.gender_abuse.prejudice.women-no-work-rights]
sub: prejudice
weight: 0.6
target: group
pattern: (women|females|wives|mothers|girls) (shouldnt|should not|should never|must not|mustnt) (have jobs|have careers|have a career|go to college|go to university|get an education|be educated|own property|own anything|have money|have credit|have bank accounts|have opinions|have an opinion|vote|wear pants)
pattern: (women and children|women and girls|wives and daughters|women and slaves) (are|r|is) (property|possessions|chattel|objects)
pattern: (woman|women|wife|wives|she|shes|her|girls|daughters) ~3 (a|her|their|) (mans|husbands|fathers|mens) (property|possession)
pattern: (needs|need|deserves|deserve|ought) to be put in (her|their) place
match: women shouldnt have careers
match: women should not have opinions
match: women and children are property
match: a woman is a mans property
match: she needs to be put in her place
nomatch: women shouldnt work in unsafe conditions
nomatch: my husband's possessions are in storage until we move
nomatch: sorting through the man's possessions after the funeral was hard
note: denial of women's rights and autonomy; bare "shouldnt work" is left out (work conditions, "this shouldnt work")

[en.gender_abuse.identity_attack.misgendering-you]
sub: identity_attack
weight: 0.55
target: other
pattern: (you|u) will (always|forever) be a (man|dude|male|guy|bloke)
pattern: (you|u) (are|r|were|re) (biologically|genetically|chromosomally|actually|really) a (man|dude|guy|male|bloke)
pattern: (stop|quit) (calling|referring to) (him|it|that man|that dude) (she|her|a woman|a girl|a lady|as she|as her|as a woman)
match: you will always be a man
match: you are biologically a man
match: stop calling him she
nomatch: you are still a man of your word
nomatch: you will always be a boy to me, son
note: misgendering aimed at a trans person; "hes not a woman" is left out (literal about a cis man, and "its never her fault")

# ---------------------------------------------------------------------------------------------
# 2026.11.30.2 recall additions: sextortion "or your family sees them", AI nudes and deepfakes,
# deadnaming threats, gaming misogyny, consent-ignoring boasts (hand-written probe set)
# ---------------------------------------------------------------------------------------------

[en.gender_abuse.sextortion.or-they-go-to]
sub: sextortion
weight: 0.85
target: other
also: harassment.threat
pattern: or (your|ur) (nud*|nood*|pics|pictures|photos|vids|videos|lewds|sextape|snaps|naked pics|body pics) ~1 (go|goes|get|gets|going|end up|are going|will go|will be|gonna be|are|get sent|get posted|get leaked) (to|on|out|everywhere|online|public|viral)
pattern: (send|pay|venmo|cashapp|more|another) ~4 or (your|ur) ~1 (family|parents|mom|mum|dad|friends|followers|school|classmates|boyfriend|bf|girlfriend|gf|teachers|boss|contacts|church|coach|whole school|whole class) ~1 (gets|get|sees|see|will see|finds out|find out|receives|gonna see|is gonna see|are gonna see)
pattern: (send|pay|venmo|cashapp|more|another) ~4 or (everyone|everybody|the whole school|the whole grade|all your followers|all ur followers) ~1 (sees|see|gets|get|will see|finds out|gonna see|is gonna see)
match: pay me or your nudes go to all your followers
match: send more or your family gets these
match: send another one or everyone sees them
nomatch: send me the recipe or your mom's version
note: sextortion ultimatums where the pictures "go" to the victim's family or followers

[en.gender_abuse.image_abuse.ai-nudes]
sub: image_abuse
weight: 0.85
target: other
also: harassment.threat
pattern: (make|made|making|generate|generated|generating|create|created|do|did) (an|a|some|) (ai|fake|deepfake|deepfaked|photoshopped|edited) (nude|nudes|naked|porn|lewd|lewds|nood|noods|naked pic|naked pics|sex video|sextape) (of|pic of|pics of|picture of|photo of|video of) (her|him|you|u|them|my|your|ur|this|that|a classmate|our teacher)
pattern: (ai|fake|deepfake|deepfaked|photoshopped) (nudes|nude|naked pics|porn|lewds|noods) of (her|him|you|u|my|your|ur|that|this|a classmate|our teacher)
pattern: (deepfake|deepfaking|photoshop|photoshopping|edit|editing|put|putting|paste|pasting) (your|ur|her|his) (face|head|pic|pics|photo|photos|selfie|body) ~2 (into|onto|in|on) (porn|a porn|a porno|porno|nudes|a nude|corn|a naked|naked|a sex|sex)
pattern: deepfake (your|ur|her|his)
match: someone make an ai nude of her lol
match: i'll deepfake your face into porn
match: gonna put your face on a naked body
nomatch: deepfakes are a growing problem for women online
nomatch: put your face on the poster for the play
note: AI-generated or edited sexual images of a real person

[en.gender_abuse.image_abuse.who-has-naked-pics]
sub: image_abuse
weight: 0.8
pattern: (who|anyone|anybody|someone|somebody|whos) (has|got|have|selling|sells|sell|got the|has the|have the) ~1 (naked|nude|private|spicy|lewd|leaked nude|leaked naked) (pics|pictures|photos|vids|videos|snaps|content|tape|video)
match: who has the naked pics of jess
match: anyone got her spicy pics
nomatch: who has the pics from the trip
note: asking a group for someone's intimate images

[en.gender_abuse.sexual_violence.whether-she-wants-or-not]
sub: sexual_violence
weight: 0.85
target: other
also: harassment.threat
pattern: (smash|fuck|bang|rail|hit|screw|pound|breed) (her|you|u|them|it|that|ya) ~3 (whether|even if|no matter if|regardless if|regardless of whether) ~2 (she|you|u|they|ya) ~1 (wants|wanted|want|likes|liked|like|agrees|agreed|consents|consented|says no|said no|say no|says yes|or not|scream|screams|cry|cries)
pattern: (smash|fuck|bang|rail|screw|pound) (her|you|u|them|ya) ~2 (anyway|anyways|regardless) (lol|lmao|tho|though|)
match: i'd smash her whether she wanted to or not lol
match: gonna fuck you even if you say no
nomatch: take her to school whether she wants to go or not
note: boasting about ignoring consent; sexual verbs only, so "take her to school whether she wants to or not" does not match

[en.gender_abuse.sexual_violence.whether-she-wants-or-not-bare]
sub: sexual_violence
weight: 0.4
pattern: (whether|even if) (she|you|u|they|ya) (wants|wanted|want|likes|liked|like) (it|to) or not
match: whether she likes it or not
nomatch: whether it rains or not
note: weak alone ("she has to go to school whether she wants to or not"); counts with a sexual word nearby

[en.gender_abuse.prejudice.girls-bad-at-games]
sub: prejudice
weight: 0.65
target: group
pattern: (girls|women|females|chicks|ladies|girl gamers|female gamers|e girls|egirls) (are|r|is|) (so|just|always|all|literally|) (bad|trash|terrible|garbage|ass|shit|awful|horrible|useless|dogshit|hopeless|worse) at (video games|videogames|games|gaming|fps|shooters|ranked|competitive|valorant|fortnite|cod|league|minecraft|overwatch|apex|csgo|cs|esports|chess|sports)
pattern: (girls|women|females|chicks|ladies) (dont|do not|never|cant|cannot) (belong|play|get good) (in|at|on) (ranked|comp|competitive|esports|my team|my lobby|the lobby|this game|video games|gaming)
match: girls are bad at video games, stick to candy crush
match: females dont belong in ranked
nomatch: girls are great at video games
note: gaming-lobby sexism about girls and women as a group

[en.gender_abuse.prejudice.girl-in-lobby]
sub: prejudice
weight: 0.4
pattern: (stick to|go back to|go play|go play with) (candy crush|animal crossing|the sims|sims|barbie|barbies|your barbies|ur barbies|your dolls|ur dolls|makeup|your makeup|the kitchen)
pattern: (a girl|girls|females|a female|women|a woman) (playing|in|on) (ranked|comp|competitive|valorant|cod|my lobby|the lobby|my team|our team) (lol|lmao|go back|get back|go make|uninstall|ew|eww|gg|throw|kitchen)
match: stick to candy crush
match: a girl in ranked lol
nomatch: i play animal crossing every night
note: weak gaming-chat put-downs of girls; only add up with another hit

[en.gender_abuse.identity_attack.deadname-threat]
sub: identity_attack
weight: 0.7
target: other
also: harassment.identity_attack
pattern: (ill|i will|imma|ima|gonna|im gonna|im going to|keep|will|always|lets|everyone|gonna keep|im just gonna|we will) (deadname|deadnaming|dead name|dead naming) (you|u|her|him|them)
pattern: (ill|i will|imma|ima|gonna|im gonna|im going to|keep|will|always|lets|everyone|gonna keep|im just gonna|we will) call (you|u|her|him|them) (by your|by ur|by her|by his|by their) (deadname|dead name|old name|real name|birth name|boy name|girl name)
pattern: (everyone|everybody|the whole school|ill tell|ill post|gonna tell|gonna post|im telling|im posting|telling everyone|posting|ill leak|leaking) ~3 (your|ur|her|his|their) (real|birth|dead|old|legal|actual|boy|girl) name
pattern: (your|ur) (real|birth|old|legal|actual) name (is|was) ~2 (lol|lmao|tho|though|stop pretending|everyone knows|and everyone|and everybody|and ill tell|and we all know|we all know|and thats|not)
match: i'll deadname you in front of everyone
match: your real name is david and everyone will know
nomatch: deadnaming someone is hurtful, please use their name
nomatch: my name used to be david before i transitioned
note: deadnaming threats and exposing a trans person's birth name

[en.gender_abuse.identity_attack.its-a-he]
sub: identity_attack
weight: 0.55
target: other
pattern: (its|it is|thats|that is|shes|she is) (a|still a|just a|really a|obviously a|clearly a) (he|him)
pattern: (its|it is|thats|that is) (still|just|obviously|clearly|) a (man|dude|guy|male|bloke) (lol|lmao|stop pretending|bro|period|in a dress|in a wig|in makeup)
match: it's a he, stop pretending
match: thats clearly a man in a wig lol
nomatch: it's a boy! gender reveal was so fun
note: misgendering a trans woman as "it" or "a he"

[en.gender_abuse.sexual_violence.rape-threat-gap]
sub: sexual_violence
weight: 0.9
target: other
also: harassment.threat
pattern: (ill|imma|ima|gonna|im gonna|i will|we will|were gonna|finna|i swear ill) ~4 (rape|gangrape|grape|molest) (you|u|ya|her|your|ur)
pattern: (nobody|noone|no one) (would|will|wants to|would even|would ever|would wanna|even wants to) (rape|grape|touch|fuck|smash) (you|u|ya|her) ~3 (ugly|fat|gross|nasty|disgusting|old|hideous)
match: i'll find you and rape you
match: nobody would rape you ur too ugly
nomatch: i will never hurt you
note: rape threats with words between the subject and the verb; "too ugly to rape" taunts in the other order

[en.gender_abuse.prejudice.typical-female-victim]
sub: prejudice
weight: 0.35
pattern: (always|constantly|forever) (playing|play|plays) (the|) (victim|victim card|woman card|gender card)
pattern: (playing|play|plays|pulling|pull) the (woman|women|gender|girl|female) card
match: typical female, always playing victim
nomatch: he plays the victim in the movie
note: weak alone; with "typical female" it adds to a flag

[en.gender_abuse.prejudice.women-drivers-taunt]
sub: prejudice
weight: 0.6
target: group
pattern: (women|female|woman|girl|asian women) (drivers|driver) ~3 (lol|lmao|lmfao|smh|strike again|be like|are a menace|are the worst|should be banned|banned|cant drive|cant park|bruh|ffs)
match: women drivers lol should be banned
nomatch: women drivers are statistically safer
note: the "women drivers" joke with a sneer after it

[en.gender_abuse.prejudice.go-cook-instead]
sub: prejudice
weight: 0.6
target: other
pattern: (go|get|back to|get back to|you should|u should) (cook|cooking|clean|cleaning|do the dishes|do the laundry|make a sandwich|make dinner|make me dinner|wash the dishes|make me a sandwich|do my laundry) ~2 (instead of|rather than) (typing|talking|gaming|playing|posting|commenting|tweeting|speaking|voting|thinking|having opinions|arguing|streaming)
match: go cook something instead of typing
nomatch: go cook something instead of ordering takeout
note: sending a woman back to housework instead of speaking or gaming

[en.gender_abuse.image_abuse.leaked-video-link]
sub: image_abuse
weight: 0.75
target: other
pattern: (link|links|drive|mega|folder|dropbox) (to|for|of) (her|his|the|that|this|ur|your) (leaked|leak|nude|naked|private|spicy) (video|vid|vids|pics|tape|nudes|content|photos|sextape)
pattern: (dropping|dropped|drop|posting|sharing|leaking|airdropping|spreading) (her|his|your|ur|their|the) (nudes|noods|nude pics|naked pics|lewds|sextape|spicy pics)
pattern: (made|make|making|did|do) (a|some|) (deepfake|deepfakes|deepfake porn|deepfake nudes|ai nudes|fake nudes) (of|with) (ms|mr|mrs|miss|my|our|a classmate|this girl|that girl|her|him|you|u|your|ur)
match: anyone have the link to her leaked video
match: dropping her nudes in the discord tonight
match: i made a deepfake of ms johnson lol
nomatch: deepfake detection tools are improving
note: seeking or spreading someone's intimate images, and deepfakes of a named person

[en.gender_abuse.identity_attack.always-be-a-man]
sub: identity_attack
weight: 0.55
target: other
pattern: (youll|ull|you will|u will) (always|forever|only ever|never be anything but|still) be a (man|dude|male|guy|boy|bloke) (lol|lmao|no matter|regardless|period|whatever|deep down|biologically|in a dress|in a wig|to me|to everyone|stop|and|dude|bro|)
pattern: (youre|ur|you are|u r) (nothing but|only ever|always gonna be|forever) a (man|dude|male|guy|boy|bloke)
pattern: (youre|ur|you are|u r|hes|he is|shes|she is) (a|still a|just a) (man|dude|guy|boy|male|bloke) (and|n) (always|forever) (will be|gonna be|be|will|has been)
pattern: (freak|freaks|thing|creature|weirdo|psycho|man|dude|guy|male|it|he|tranny|troon) (pretending|larping|cosplaying|playing dress up) (to be|as) (a|) (woman|girl|lady|female|women|girls)
match: you're a man and always will be
match: you're a man, you'll always be a man
match: mentally ill freak pretending to be a woman
nomatch: you'll always be my little boy
note: misgendering a trans woman

[en.gender_abuse.prejudice.walking-wombs]
sub: prejudice
weight: 0.7
target: group
pattern: (women|females|girls|wives|foids|bitches) (are|r) (just|only|nothing but|simply|all|) (walking|glorified|baby|breeding) (wombs|incubators|ovens|machines|baby machines|holes|vaginas|uteruses|sex dolls|factories)
pattern: (no|not a single) (woman|female|girl) (should|must|will|can|could) (ever|) (be|become|run for|lead|fly|serve as) (president|a president|in charge|a leader|a ceo|a pilot|a boss|a pastor|a priest|a general|in the military|a soldier|a judge|a surgeon|a referee)
pattern: (women|females|girls|a woman|a girl) (in|on) (the military|combat|the army|the navy|esports|politics|charge|the nfl|football|stem|ranked|power|office|tech|leadership|the senate|gaming|congress) ~3 (what a joke|is a joke|are a joke|thats a joke|laughable|yeah right|what a clown show|hilarious|cringe|lmaooo|never work|will never work)
match: women are just walking wombs
match: no woman should ever be president
match: lol women in the military, what a joke
nomatch: a woman can be president
nomatch: women in stem scholarship applications open
note: women reduced to reproduction, or barred from roles

[en.gender_abuse.identity_attack.lesbians-need-a-man]
sub: identity_attack
weight: 0.7
target: group
pattern: (lesbians|lesbian|dykes|lesbos|gay girls) ~4 (havent|hasnt|never|just need|need|needs|just havent) ~3 (real man|good dick|dick|good man|right man|real dick|good fuck|the right guy|a real guy|real men|a man)
pattern: (you|u|she|shes|youre|ur) (just|only) (havent|hasnt|need to|needs to) (met|had|find|found|meet|get) (the right|a real|a good) (guy|man|dick|boy)
match: lesbians are just girls who haven't had a real man yet
match: you just haven't met the right guy
nomatch: lesbians have been fighting for equal rights for decades
note: "corrective" dismissal of lesbian identity

[en.gender_abuse.identity_attack.post-deadname]
sub: identity_attack
weight: 0.7
target: other
also: harassment.identity_attack
pattern: (find|found|finding|post|posting|leak|leaking|expose|exposing|share|sharing|know|tell everyone|telling everyone|dig up|found out|find out) ~3 (your|ur|her|his|their) (deadname|dead name|birth name|old name|real name)
match: i'll find out your deadname and post it
nomatch: what name do you go by?
note: threats to find or post a trans person's birth name

[en.gender_abuse.sextortion.send-body-pic-or]
sub: sextortion
weight: 0.9
target: other
also: harassment.threat
pattern: send ~3 (pic|pics|photo|photos|vid|video|nudes|nude|noods|lewds|tits|boobs|ass|body|more|another) ~3 or (ill|i|im|imma|else|everyone|your|ur) ~2 (post|leak|share|send|show|tell|expose|release|upload|see|sees)
pattern: (post|leak|drop|share|send|spread) (her|his|their) ~3 (and|n|with|plus) (her|his|their) (nudes|noods|nude pics|naked pics|lewds|pics)
match: send me a pic of your tits or i'll leak our chat
match: post her address and her nudes
nomatch: send me the recipe or i'll just buy cookies
note: sextortion demands with a longer object, and doxxing combined with leaking images

[en.gender_abuse.slur.dumb-blonde]
sub: slur
weight: 0.58
pattern: (dumb|stupid|ditzy|brainless|airheaded|retarded|braindead) (blonde|blond|blondie|bimbo|chick|broad|airhead|girl|girls|bimbos|chicks)
match: she's just a dumb blonde, ignore her
nomatch: that was a dumb move
note: gendered "stupid woman" insults; third-person use scores x0.9, hence 0.58

[en.gender_abuse.prejudice.women-ruin-every]
sub: prejudice
weight: 0.6
target: group
pattern: (women|females|feminists|girls|foids|wahmen|bitches) (ruin|ruins|ruined|destroy|destroys|destroyed|wreck|wrecks|wrecked|poison|poisons|poisoned|infect|infects) (every|all|any|each|whatever) ~1 (game|games|show|shows|franchise|franchises|movie|movies|team|teams|sport|sports|industry|company|thing|things|hobby|hobbies|community|communities|fandom|relationship|relationships|man|men|workplace|server)
pattern: all (women|females|girls|bitches|hoes|foids) (want|care about|think about|see|look for|chase) (is|are|) (money|your money|a rich|attention|clout|chad|status|a wallet|likes|a meal ticket|cash|rich men|rich guys)
match: women ruin every game they touch
match: all women want is money
nomatch: women run every department here
note: group claims that women ruin things or only want money

[en.gender_abuse.prejudice.promoted-because-slept]
sub: prejudice
weight: 0.6
target: other
pattern: (she|her) (only|just) (got|was|gets|is) (promoted|hired|the job|the role|the part|the promotion|a raise|elected|picked|chosen|the grade|an a|famous|verified|the scholarship) (because|cause|cuz|bc|by|cos) (she|shes|of) ~2 (slept|sleeping|sleeps|fucked|sucked|blew|flirted|is a woman|is a girl|is pretty|is hot|has tits|has boobs|showed|shows|her tits|her boobs|her looks|her body)
match: she only got promoted because she slept with the boss
nomatch: she only got promoted because she worked so hard
note: claiming a woman's success came from sex or looks

[en.gender_abuse.sexual_violence.slur-deserved-it]
sub: sexual_violence
weight: 0.7
pattern: (hoe|slut|whore|bitch|thot|skank|cunt|sluts|hoes|whores|bitches|thots) (deserves|deserved|deserve|had it coming|got what she deserved|asked for it|was asking for it) (it|what she got|what happened|to be raped|to get raped|everything that happened|what happened to her|to get hit|to be hit|to get beat|a slap|to die)
match: that hoe deserves what she got
nomatch: she deserves an award
note: victim-blaming with a slur for the victim

[en.gender_abuse.prejudice.typical-woman-cant]
sub: prejudice
weight: 0.55
pattern: typical (woman|female|girl|women|females|wahmen|foid|thot|bitch|girls) (cant|cannot|couldnt|always|never|drivers|driver|driving|parking|logic|crying|nagging|lol|lmao|smh|move|behavior|behaviour|mentality|shit|bs)
match: typical woman, can't park
nomatch: typical female lifespan is longer than male
note: "typical woman" followed by a sneer

[en.gender_abuse.prejudice.control-women]
sub: prejudice
weight: 0.6
target: group
pattern: (take back|take|regain|retake|restore) (control|power|dominance|authority) (from|over) (women|females|wives|the women|feminists|foids|our women|females)
pattern: (never|wouldnt|would never|doesnt|dont|do not|wont|shouldnt|should never|cant|not|aint) (let|allow|letting) (his|your|ur|a|their|my|her) (wife|wives|woman|women|gf|girlfriend|daughters) (to|) (work|vote|have a job|wear pants|speak|talk back|leave the house|have friends|have a career|make decisions|handle money|have money|have male friends|have an opinion)
match: men need to take back control from women
match: a real man would never let his wife work
nomatch: i would never let my daughter walk home alone at night
note: men controlling women's work, money or speech

[en.gender_abuse.identity_attack.forty-one-percent]
sub: identity_attack
weight: 0.85
target: other
also: harassment.death_wish
pattern: (enjoy|enjoying|congrats on) (your|ur|the) 41 (percent|percenter|stat|statistic)
pattern: 41 (incoming|loading|speedrun|arc|era|awaits|is calling|any percent|soon|coming soon|coming)
pattern: (do|doing|pull|pulling|join|joining|hurry up and do|speedrun|speedrunning|go do|just do) (a|the|) 41 (percent|percenter|percenters|already|lol|lmao|soon|tranny|troon|freak|bro|pls|please|kys|yet|speedrun|challenge|any)
pattern: (youre gonna be|ur gonna be|youll be|ull be|you will be|u will be|soon to be|gonna end up) (part of the|one of the|in the|a part of the) 41 (percent|percenter|percenters|statistic|stat|)
match: enjoy your 41 percent
match: just do the 41% already
match: you're gonna be part of the 41%
nomatch: do 41 pushups a day
nomatch: the battery is at 41%
note: the "41%" suicide-attempt statistic turned into a taunt at trans people

[en.gender_abuse.identity_attack.youre-a-man-lol]
sub: identity_attack
weight: 0.55
target: other
pattern: (nice try|try again|newsflash|face it|sorry bud|sorry buddy|sorry sweetie|buddy|sweetie|sweaty|sir|cope|wig or not|dress or not|makeup or not|surgery or not) ~2 (youre|ur|you are|u r) (still|just|literally|only) (a|) (man|dude|guy|boy|bloke|male|biological male)
pattern: (youre|ur|you are|u r) (a|just a|still a|literally a|obviously a|clearly a) (man|dude|guy|boy|bloke) (lol|lmao|bro|sweetie|sweaty|period|in a dress|in a wig|stop|pretending|deal with it|get over it|accept it|cope|sir|buddy|pal)
match: you're a man lol
match: ur still a dude in a wig
match: nice try buddy, you're still a man
match: wig or not you're still a dude
nomatch: you're a man now, son
nomatch: crying doesnt make you weak, youre still a man
note: misgendering aimed at a trans woman

[en.gender_abuse.sextortion.block-me-and]
sub: sextortion
weight: 0.8
target: other
also: harassment.threat
pattern: (block|report|unadd|ignore|unfollow) (me|this|my account) ~2 (and|n|then) (everyone|everybody|ur|your|i|ill|im) ~2 (sees|see|gets|get|post|posting|leak|leaking|send|sending|finds|knows|gonna see)
pattern: if (you|u|ya) (block|report|unadd|ignore|tell|leave|stop) ~4 (im|imma|ima|gonna|im gonna|i swear) ~1 (post|posting|leak|leaking|send|sending|share|sharing|expose|exposing|show|showing)
match: block me and everyone sees ur pics
match: if u block me im posting them
nomatch: block me if you want, i don't care
note: sextortion threats tied to the victim blocking or telling

[en.gender_abuse.sexual_violence.id-rape-you]
sub: sexual_violence
weight: 0.9
target: other
also: harassment.threat
pattern: (id|i would|i wud|i'd|wed|we would) ~2 (rape|gangrape|grape|molest) (you|u|ya|her|that|this|your|ur)
match: i'd rape you lol
match: i would totally rape her
nomatch: i would never hurt you
note: conditional rape threats and "jokes" aimed at someone

[en.gender_abuse.sextortion.show-everyone-your-nudes]
sub: sextortion
weight: 0.85
target: other
also: harassment.threat
pattern: (show|showing|send|sending|post|posting|leak|leaking|share|sharing|airdrop|forward|forwarding) (everyone|everybody|the whole school|the whole grade|the school|ur parents|your parents|ur mom|your mom|ur dad|your dad|ur family|your family|ur bf|your bf|ur friends|your friends|ur boyfriend|your boyfriend) (your|ur|her|his) (nudes|nude|noods|lewds|naked pics|sextape|body pics|private pics|spicy pics|nude pics|tits|dick pics|video)
pattern: (leak|leaks|leaked|leaking|drop|post|share|send) (her|his|ur|your|their) (onlyfans|fansly|only fans|spicy content|private story|private snap|private snaps)
match: i'll show everyone your nudes if you don't talk to me
match: someone leak her onlyfans
nomatch: show your mom your pics from the trip
note: threats to show intimate images to people around the victim, and calls to leak paid content

[en.gender_abuse.identity_attack.dude-with-a-wig]
sub: identity_attack
weight: 0.6
target: other
pattern: (youre|ur|you are|u r|shes|she is|hes) (a|just a|still a|only a|literally a) (man|dude|guy|boy|bloke|male) (with|in|wearing) (a|) (wig|wigs|dress|makeup|lipstick|skirt|fake tits|fake boobs|heels|tits)
pattern: (youre|ur|you are|u r) not a (woman|girl|lady|female) (youre|ur|you are|lol|lmao|and never|and you never|and u never|never will be|sweetie|sir|bro|dude|period|just a|ur a|youre a|stop)
match: ur not a woman ur a dude with a wig
nomatch: you're not a woman yet, you're only 15
note: misgendering a trans woman

[en.gender_abuse.prejudice.women-suited-to-home]
sub: prejudice
weight: 0.55
target: group
pattern: (women|females|girls|wives) (are|r) (naturally|biologically|just|simply|) (more|better) (suited|built|designed|made|wired) (to|for) (raising kids|raising children|the home|home|housework|caring|cooking|motherhood|homemaking|the kitchen|being mothers|being moms|staying home|domestic)
pattern: (women|females|girls|wives) (shouldnt|should not|should never|should have never|shouldve never|never should) (have|) (been|) (given|allowed|granted|had|gotten|got) (the right to|the|a|to|) (vote|voting|rights|suffrage|jobs|careers|credit cards)
pattern: (make|making) (women|wives|females) (property|obedient|submissive|slaves|subservient|housewives|quiet|barefoot and pregnant) again
match: Women are naturally more suited to raising kids than having careers
match: Women shouldn't have been given the right to vote
match: Make women property again
nomatch: women have been voting since 1920
note: prescriptive claims that women belong at home, and rolling back women's rights

[en.gender_abuse.prejudice.problem-with-women]
sub: prejudice
weight: 0.6
target: group
pattern: (the|) problem with (women|females|girls|modern women|western women|feminists|foids|wahmen) (today|these days|nowadays|is that they|is they|is that theyre|are they|in general|is they think|is they want)
pattern: (shes|she is|women|woman|a woman|females|girls|any woman|a girl) (over|past|after) (25|28|30|35|40|thirty|forty) and (still|) (single|unmarried|childless) ~3 (reason|lol|lmao|expired|used up|leftover|cats|hit the wall|damaged goods|red flag|something wrong)
pattern: (women|females|feminists|bitches|hoes|foids|wahmen) (always|constantly|all) (have to make|gotta make|need to make|have to ruin|have to complain|have to cry|have to be so|make everything|complain|whine|cry|nag|lie|cheat|ruin|overreact|exaggerate|play the victim)
pattern: (women|females|feminists|girls|bitches) (love|like|always|just|) (to|) (play|playing|plays) the victim
match: The problem with women today is that they don't know how to be feminine
match: If she's over 30 and single there's a reason
match: Why do women always have to make everything about themselves
match: Women love to play the victim
nomatch: the problem with women's healthcare is underfunding
note: group generalisations about women

[en.gender_abuse.prejudice.every-woman-is-a]
sub: prejudice
weight: 0.6
target: group
pattern: (every|each|any) (woman|girl|female|chick|bitch) ~4 (is|are|s) (a|an|just a|nothing but a|such a) ~1 (liar|manipulator|whore|slut|hoe|gold digger|golddigger|cheater|bitch|snake|user|parasite|psycho)
pattern: (any|a|every) (woman|girl|female|chick) (who|that) (sleeps around|has slept around|sleeps with|has a high body count|does onlyfans|dresses like that|wears that|has tattoos|has kids) ~3 (is|are) (worthless|trash|garbage|a whore|a slut|a hoe|used goods|damaged goods|disgusting|worth nothing|unmarriageable|a ho|not wife material)
pattern: (girls|women|females|hoes|thots|bitches) (just|only|all) (want|crave|need|live for|post for|do it for|care about) (attention|validation|likes|clout|male attention)
match: Every woman I've ever met is a manipulative liar
match: Any woman who sleeps around is worthless
match: Girls just want attention, that's why they post those pics
nomatch: every woman i know is a hero
note: "every woman is a liar" style generalisations

[en.gender_abuse.prejudice.women-in-power-fail]
sub: prejudice
weight: 0.6
target: group
pattern: (women|females|a woman|female) (in|with) (power|charge|politics|leadership|office|government|control|authority|stem|tech|sports|gaming) (always|just|only|) (mess|messes|ruin|ruins|screw|screws|fuck|fucks|destroy|destroys|ruined|fail|fails|failed) (it|things|everything|up|shit)
pattern: (another|typical|yet another) (female|woman|women) (ceo|boss|president|leader|manager|director|politician|driver|referee|ref|commentator|engineer|gamer|streamer|coach|pilot|prime minister) ~3 (running|ran|driving|drove|ruining|ruined|destroying|destroyed|screwing|failing|failed|crashing|crashed|into the ground|messing|fucking)
pattern: keep (women|females|girls|bitches|woman) out of (politics|the military|combat|gaming|esports|sports|stem|tech|office|power|government|leadership|the workplace|the boardroom|my|our|the)
pattern: (feminism|feminists|the feminist movement|womens lib|womens liberation) (ruined|ruins|destroyed|destroys|poisoned|poisons|corrupted|corrupts) (women|girls|wives|the family|families|marriage|dating|society|everything|men|the west|relationships|modern women)
match: Women in power always mess things up
match: Another female CEO running the company into the ground
match: Keep women out of politics
match: Feminism ruined women
nomatch: keep women safe in politics
note: claims that women fail when they lead or compete

[en.gender_abuse.prejudice.she-needs-to-shut-up]
sub: prejudice
weight: 0.6
target: other
pattern: (bitch|hoe|slut|whore|woman|cunt|thot|skank|women|females|bitches) (needs|need|should|better|gotta|has to|have to) (to|) (learn to|learn how to|) (shut her mouth|shut up|shut her trap|keep her mouth shut|know her place|learn her place|be quiet|stay quiet|stay in her lane|stay in their lane|shut their mouths)
pattern: (only|just) ~5 (because|cause|cuz|bc) (she|they) (shows|show|showed|flaunts|flaunt|sells|sell|sold|sexualizes|uses) (her|their) (body|bodies|tits|boobs|ass|cleavage|skin|looks)
pattern: typical (feminist|feminists|feminazi|sjw|woman|female|girl|women) ~3 (ugly|fat|angry|bitter|hairy|unfuckable|crazy|lonely|miserable|hysterical|stupid|dumb|entitled|whiny|emotional|cat lady)
match: That bitch needs to learn to shut her mouth
match: She's only famous because she shows her body
match: She's a typical feminist, ugly and angry
nomatch: my teacher needs to learn to relax
note: silencing and looks-not-merit claims about a woman

[en.gender_abuse.prejudice.hit-her-until]
sub: prejudice
weight: 0.85
target: other
also: harassment.threat
pattern: (hit|beat|slap|smack|punch|choke) (her|them|your wife|ur wife|your gf|ur gf|your girlfriend|the bitch|that bitch|your woman|ur woman|women|bitches) (until|till|til|so|when) (she|they) (learns|learn|listens|listen|obeys|obey|behaves|behave|shuts up|shut up|respects|respect|knows|know|talks back|talk back|disobeys)
match: Hit her until she learns
nomatch: hit the ball until it goes over
note: endorsing violence against women to "teach" them

[en.gender_abuse.image_abuse.nudes-are-on-the-server]
sub: image_abuse
weight: 0.8
pattern: (her|his|your|ur|their) (nudes|noods|lewds|nude pics|naked pics|sextape|nude video|nude vid|spicy pics) (are|r|is|got|been|just got) (on|in|up on|posted|leaked|posted in|up in|dropped in) ~1 (server|gc|discord|chat|reddit|twitter|telegram|pins|group|drive|site|groupchat|snap|everywhere)
match: her nudes are on the server, check pins
nomatch: her paintings are on the website
note: announcing that someone's intimate images are circulating in a group

[en.gender_abuse.identity_attack.lgbt-deserve-beating]
sub: identity_attack
weight: 0.85
target: group
also: harassment.threat
pattern: (gay|gays|trans|queer|queers|lesbians|fags|faggots|homos|trannies|dykes|troons) (boys|girls|kids|people|men|women|guys|) (deserve|deserves|should|need to|needs to|ought to) (to|) (get|be) (beat|beaten|beat up|jumped|hurt|killed|shot|bashed|punched|hanged|stoned|burned|lynched|gassed)
pattern: (youre|ur|shes|she is|you are|u r) (a|) (lesbian|dyke|lesbo|gay|lez|lezzie) (because|cause|cuz|bc|since|coz) (no|nobody|noone|no one) ~2 (man|guy|men|guys|one|dude|boy|boys) ~2 (wants|want|would|will|likes|date|fuck|touch)
match: gay boys deserve to get beat
match: you're a lesbian because no man wants you
nomatch: gay boys deserve to feel safe at school
note: violence against LGBT people, and "lesbian because no man wants you" taunts

[en.gender_abuse.slur.just-a-hole]
sub: slur
weight: 0.75
target: other
pattern: (youre|ur|you are|u r|shes|she is|women are|girls are|females are|bitches are|hoes are) (just|only|nothing but|nothin but) (a|) (hole|holes|cum dump|fucktoy|fuck toy|toy|piece of meat|piece of ass|sex object|body|set of holes|warm hole) (to|for) (use|fuck|be used|breed|play with|fill|pass around)
match: you're just a hole to use
nomatch: that's just a hole to plant the tree in
note: reducing a woman to a sexual object

[en.gender_abuse.sexual_violence.should-get-gangbanged]
sub: sexual_violence
weight: 0.85
target: other
also: harassment.threat
pattern: (should|deserve|deserves|hope|needs|need|ought to|gonna|oughta) ~3 (gangbanged|gang banged|gangraped|gang raped|molested|violated|groped|sexually assaulted)
match: you should get gangbanged
nomatch: she was groped on the bus and reported it
note: wishing sexual violence on someone

[en.gender_abuse.prejudice.bitch-deserves-slap]
sub: prejudice
weight: 0.75
target: other
also: harassment.threat
pattern: (bitch|bitches|hoe|hoes|slut|whore|woman|women|cunt|females|girls|wife|wives) (like you|like her|like that|like them|) (deserves|deserve|needs|need) (a|to be|to get|) (slap|slapped|smack|smacked|beating|beaten|punch|punched|backhand|backhanded|choked|hit|good slap|good beating)
match: a bitch like you deserves a slap
nomatch: women deserve to be heard
note: endorsing violence against a woman

[en.gender_abuse.identity_attack.youll-never-pass]
sub: identity_attack
weight: 0.6
target: other
pattern: (youll|ull|you will|u will|you|u|she|he|shell|hell) (never|wont|will not|cant|will never) (pass|passing|ever pass) (as a woman|as a girl|as a man|as a guy|as female|as a female|lol|lmao|give up|sweetie|sweaty|bro|dude|buddy|stop trying|period|tranny|troon|freak|just give up|no matter)
match: you'll never pass, give up
nomatch: you'll never pass the exam if you don't study
note: telling a trans person they will never pass

[en.gender_abuse.sextortion.veiled-threats]
sub: sextortion
weight: 0.8
target: other
also: harassment.threat
pattern: (would be|be|itd be|it would be|itll be|be a) (a|) (shame|pity|real shame) if (your|ur) ~1 (dad|mom|mum|parents|family|friends|bf|boyfriend|gf|girlfriend|boss|school|teacher|principal|followers|everyone|husband|wife|coach|church|classmates) (saw|sees|found|finds|got|gets|heard|hears|received)
pattern: (send|show|leak|post|forward) (them|these|those|everything|it|this|all of it) to (every|each) (contact|follower|friend|family member|classmate) (in|on|of) (your|ur)
pattern: (send|show|leak|post|forward) (them|these|those|everything|it|this|all of it) to (all|all of|everyone in) (your|ur) (contacts|followers|friends|family|classmates|phone|contact list)
pattern: (your|ur|her|his) (nudes|noods|lewds|nude pics|naked pics|sextape|pics|video|vids) (are|r|is) (going|gonna go|going up|gonna be|about to go|bout to go) (on|up on|to|in|public|viral|online|everywhere) (reddit|twitter|the internet|online|tonight|everywhere|insta|tiktok|the gc|the server|public|viral|)
pattern: unless (you|u|ya) (send|pay|do|give) ~3 (your|ur|everyone|the whole|ur parents|your parents|ur mom|your mom) ~2 (is getting|gets|sees|will see|is gonna see|will get|gonna get|finds out|are getting|get)
pattern: (dont|do not) make me (post|leak|share|send|show|expose|release) (what i have|everything|them|those|these|the pics|the video|your pics|ur pics|it|what i got)
match: remember those pics you sent me? would be a shame if your dad saw them
match: i'll send these to every contact in your phone
match: your nudes are going on reddit tonight
match: unless u send me more ur bf is getting these
match: don't make me post what i have
nomatch: it would be a shame if you missed the party
note: veiled sextortion threats: "would be a shame if your dad saw them", "don't make me post what I have"

[en.gender_abuse.sextortion.i-still-have-the-video]
sub: sextortion
weight: 0.5
target: other
pattern: i (still|) (have|got|kept|saved) (the|that|those|ur|your) (video|vid|pics|photos|recording|clip|screenshots|snaps|nudes) (from that night|of you|of u|you sent|u sent|from last night|from the party)
pattern: (you|u) know what (i want|happens next|happens if|ill do)
match: i still have the video from that night. you know what to do
nomatch: his address is on the envelope, you know what to do, mail it
nomatch: i still have the video from our trip, want me to send it?
note: implied sextortion: holding on to intimate material; weak alone

[en.gender_abuse.image_abuse.send-me-her-pics]
sub: image_abuse
weight: 0.75
target: other
pattern: (send|show|forward|drop|airdrop) (me|us) (her|his|the) (pics|nudes|snaps|vids|videos|noods|lewds) (she|he) (sent|gave|sends|gives) (u|you|him|her|them)
pattern: (rate|rating) (these|those|the|my) ~1 (pics|nudes|photos|snaps|vids|noods) of (my|her|his) (ex|girlfriend|gf|classmate|crush|sister|teacher|coworker)
pattern: (ai|fake|photoshopped|edited|deepfake|deepfaked) (pic|pics|photo|photos|picture|image|images|video|vid) of (you|u|her|him|my|your|ur) ~1 (naked|nude|topless|undressed|in lingerie|having sex|without clothes)
pattern: (photoshopped|deepfaked|edited|put|pasted|stuck) (your|ur|her|his) (face|head) (on|onto|into) (a|an|some) ~1 (porn star|pornstar|naked body|nude body|naked woman|naked girl|onlyfans model|porn video|porno|nude)
pattern: (using|use|used|try|trying|tried|download|downloaded|found) (an|a|this|that|the) (app|ai|bot|website|site|tool) (to|that|which) (undress|undresses|strip|strips|nudify|nudifies|remove clothes|removes clothes) (girls|women|her|people|classmates|anyone|teachers)
match: bro send me her pics she sent u
match: rate these pics of my ex i got 😏
match: made an ai pic of u naked, want to see?
match: i photoshopped her face on a porn star lmao
match: they're using an app to undress girls from our school
nomatch: made an ai pic of my cat as a superhero
note: passing on, rating, faking or "undressing" someone's images

[en.gender_abuse.identity_attack.not-a-woman-its-a-dude]
sub: identity_attack
weight: 0.6
target: other
pattern: (its|it is|thats|that is|shes|she is|he is|hes) (not a|no) (woman|girl|lady|female) ~2 (its|it is|thats|hes|just|but|its just) (a|) ~2 (man|dude|guy|male|bloke)
pattern: (gay|gays|trans|queer|queers|lesbians|homos|fags|trannies|lgbt|lgbtq|transgender|transgenders|bisexuals) (people|folks|men|women|guys|couples|kids|) (make|makes) me (sick|want to puke|wanna puke|want to vomit|wanna vomit|nauseous|throw up|gag|disgusted)
pattern: (u|you|ya) (gay|a fag|a faggot|a homo|a lesbian|a dyke|a tranny) or (something|what|smth|sum)
match: it's not a woman it's a mentally ill dude
match: gay people make me sick
match: u gay or what lol
nomatch: trans people make me so happy to be an ally
note: misgendering, disgust at LGBT people, and "you gay or what" sneers

[en.gender_abuse.prejudice.act-like-a-woman]
sub: prejudice
weight: 0.4
pattern: (disgrace|embarrassment|shame) to (men|all men|mankind|your gender|the male gender|manhood|real men|the male race)
pattern: (you|u|ya) (act|acts|talk|talks|walk|walks|cry|cries|scream|screams|throw|throws|fight|fights|dress|dresses) like a (woman|chick|lady|female|little bitch)
pattern: (you|u|ya) (little|lil|fucking|stupid|big|fat) (pussy|sissy|bitch boy|bitchboy|little girl)
match: you're a disgrace to men, you act like a woman
match: man up you little pussy
nomatch: she is a credit to women everywhere
note: weak gendered put-downs of men ("you act like a woman"); they add up with each other or "man up"

[en.gender_abuse.slur.used-up-hoe]
sub: slur
weight: 0.65
pattern: (used up|worn out|ran through|run through|passed around|beat up|busted|loose|washed up) (hoe|hoes|slut|sluts|whore|whores|thot|thots|roastie|roasties|bitch|skank|pussy)
pattern: no (man|guy|dude|real man|decent man|good man) (wants|will want|would want|will ever want|would ever want|will marry|would marry|will date|would date|will ever date|will ever love|would ever love|will ever touch) (her|you|u|ya)
match: she's a used up hoe, no man wants her
nomatch: no man is an island
note: slut-shaming a woman as "used up" and unwanted

[en.gender_abuse.sexual_violence.asking-to-be-touched]
sub: sexual_violence
weight: 0.65
pattern: (girls|women|she|you|u|females|chicks|hoes|sluts) (who|that) ~4 (are|is|r) (asking|begging) (to be|to get|for) (touched|groped|raped|harassed|assaulted|grabbed|fucked|it)
pattern: (asking|begging) to (be|get) (touched|groped|raped|grabbed|assaulted|harassed|fucked)
match: girls who wear crop tops are asking to be touched
nomatch: she asked to be touched up in the photos
note: victim-blaming: clothing or behaviour as "asking" for assault

[en.gender_abuse.prejudice.sucked-off-for-role]
sub: prejudice
weight: 0.6
target: other
pattern: (sucked|blew|fucked|slept with|screwed|banged|sucking|blowing) (someone|somebody|the boss|the director|the teacher|the coach|her boss|him|his|them|a guy|her way|the producer|the manager) ~2 (to get|for|to land|to win|to earn|to make) (that|the|this|her|a|it|his|into) ~1 (role|part|job|promotion|grade|spot|position|raise|scholarship|award|title|deal|contract|team|top)
pattern: (if|when) (ur|youre|you are|u r|shes|she is|ur a|youre a) (a|) (girl|woman|female|chick) (u|you|she|ya) (cant|can not|cannot|will never|shouldnt|dont|wont) (be good|be any good|play|game|win|compete|lead|drive|be smart|understand|code|belong|be taken seriously)
match: bet she sucked someone off to get that role
match: if ur a girl u can't be good at fortnite
nomatch: she worked with the director to get that role
note: sexual-favours explanations of a woman's success, and "if you're a girl you can't ..."

[en.gender_abuse.prejudice.casual-sexism]
sub: prejudice
weight: 0.6
target: group
pattern: (women|girls|females|bitches|hoes) (are|r|is) (only|just|) good for (two|2|one|1|only one|three|3) (things|thing)
pattern: (stop|quit|never|dont) (letting|let|allowing|allow) (women|girls|females|a woman|bitches|chicks) (run|lead|vote|drive|make decisions|be in charge|speak|talk|play|decide|handle|ref|referee|coach|commentate)
pattern: (this is|thats|that is) what (happens|you get) when (you|u|we|they|people) (let|allow|give) (women|girls|females|a woman|bitches|chicks) (vote|run|lead|drive|work|speak|play|decide|the vote|power|rights|opinions)
pattern: the only thing (a woman|women|she|girls|a girl|females|a female|bitches) (should|needs to|has to|is supposed to) (be making|make|be doing|do|be cooking|cook) is
pattern: (imagine|never|dont|why would you|why would anyone) (listening to|taking advice from|taking orders from|trusting|asking|listen to|take advice from|trust) (a|any) (woman|girl|female|chick|bitch) (about|on|for|with) (cars|football|sports|games|gaming|money|politics|science|math|business|anything|investing|tech|engineering|fixing|directions)
match: women are good for two things and neither is thinking
match: stop letting women run things, look what happens
match: this is what happens when you let women vote
match: the only thing a woman should be making is a sandwich
match: imagine listening to a woman about cars lmao
nomatch: this is what happens when you let kids plan the party lol
nomatch: listening to a woman mechanic explain cars is so helpful
note: everyday sexist one-liners about women's roles and competence

[en.gender_abuse.prejudice.cant-handle-pressure]
sub: prejudice
weight: 0.6
target: group
pattern: (women|females|girls|chicks|ladies|bitches) (cant|cannot|can never|could never|dont know how to) (handle|take|deal with|cope with) (real|any|the|) (pressure|stress|criticism|responsibility|power|leadership|competition|a real job|real jobs|the heat|hard work|math|logic|the truth)
pattern: (female|womens|womans|a womans|a female|girls|the female|a girls) (brain|brains|mind|minds|biology|hormones) (just|simply|) (isnt|arent|is not|are not|wasnt|werent|cant|cannot) (wired|built|made|designed|capable|meant|suited|equipped) (for|to)
pattern: (women|girls|females|wives|ladies|a woman|a girl) (should|must|need to|ought to|are supposed to|are meant to) (just|only|always|) (be|look|stay) (pretty|quiet|silent|cute|pretty and quiet|seen and not heard|submissive|obedient|in the kitchen|barefoot)
pattern: (women|females|girls|chicks|ladies) (are|r) (just|way|far|all|always|) too (sensitive|emotional|weak|fragile|soft|hormonal|dramatic|delicate|stupid|dumb) (for|to|lol|lmao|smh|)
pattern: (hot|pretty|cute|smart|good|funny|decent|not bad) for a (female|woman|girl|chick) (engineer|gamer|driver|doctor|scientist|coder|programmer|pilot|boss|streamer|comedian|player|athlete|ceo|lawyer|mechanic|ref|referee|coach|developer)
match: chicks can't handle real pressure
match: the female brain just isn't wired for leadership
match: girls should be pretty and quiet
match: if she cries at work she should be fired, women are too sensitive
match: she's hot for a female engineer
nomatch: girls should stay home when they're sick
note: claims that women cannot handle pressure or lead, and "good for a girl" backhanded praise

# ---------------------------------------------------------------------------------------------
# Round 3 (h6): tokenism, period jokes, obedience tropes, ex-partner image abuse, objectifying
# fragments, slur plus hostile predicate, "no woman ever", backhanded "for a girl" with an
# intensifier, and "hit her and she'll learn".
# ---------------------------------------------------------------------------------------------

[en.gender_abuse.prejudice.h6-tokenism]
sub: prejudice
weight: 0.6
pattern: (only|just) (there|here|hired|got hired|got the job|got in|got promoted|got picked|got chosen|picked|chosen|on the team|in the role|on the board|in the room|on the panel) ~3 (for|because of|cause of|cuz of|bc of|to fill|to meet|to tick|to check) (diversity|dei|the diversity|a quota|the quota|quotas|her gender|being a woman|being a girl|being female|her looks|affirmative action|a box|the box|optics|the optics|appearances)
match: she's only there for diversity, she didnt earn it
match: she only got hired to fill a quota
nomatch: she's only there for the snacks lol
nomatch: she was hired through the diversity fellowship and has excelled
note: claims a woman's place was not earned, only given for diversity or looks

[en.gender_abuse.prejudice.h6-period-dismissal]
sub: prejudice
weight: 0.6
pattern: (must|probably|gotta|musta) (be|) (on|having) (her|the|your|ur|their) (period|periods|rag|monthlies|time of the month|monthly)
pattern: (is she|are you|are u|r u|is he|is ur gf|is your gf|is ur wife|is your wife) (on|having) (her|the|your|ur) (period|periods|rag|monthlies) (or something|or smth|or what|again|lol|lmao|bro|or)
pattern: (that|her|your|ur) time of the month (or something|or smth|again|lol|lmao|huh|or what|bro|dude|sweetie|honey|hun|calm down|chill)
pattern: (calm down|chill|relax|stop crying|stop whining|quit whining) ~3 (pmsing|on your period|on ur period|hormones|hormonal|time of the month)
pattern: (shes|she is|youre|ur|you are|u r|she must be|you must be) (on|having) (her|the|your|ur|their) (period|periods|rag) ~3 (thats why|why shes|why ur|why youre|mad|angry|crazy|bitchy|moody|salty|pissed|tilted|dramatic|psycho|unhinged|hysterical)
pattern: (is it|must be|musta been) (that|her|your|ur) time of the month
match: shes on her period thats why shes so mad
match: is it that time of the month
match: she must be on her period
match: is it that time of the month or something
match: calm down, are you on your period or what
nomatch: is it normal to be emotional on my period
nomatch: she's on her period so we brought her a heating pad
nomatch: period cramps are killing me
note: dismissing a woman's anger or opinion as hormonal; care talk about periods must not match

[en.gender_abuse.prejudice.h6-obey-husband]
sub: prejudice
weight: 0.6
pattern: (woman|women|wife|wives|girl|girls|girlfriend|gf|females|a woman|a wife|a girl) ~3 (obey|obeys|submit|submits|serve|serves|listen to|listens to) ~2 (husband|husbands|man|men|bf|boyfriend|him|master|males|her man|their men|their husbands)
pattern: (a|any) (real|good|proper|true|decent|traditional) (woman|wife|girl|lady|girlfriend) (obeys|submits|serves|knows her place|stays home|stays in the kitchen|cooks and cleans|keeps quiet|shuts up|never talks back|doesnt talk back)
match: a real woman obeys her husband
match: wives should submit to their husbands and keep quiet
nomatch: the old vows asked the bride to obey, most couples drop that line now
nomatch: my girlfriend listens to podcasts on the drive
note: obedience and submission tropes; a traditional-vows discussion names no obeying woman

[en.gender_abuse.image_abuse.h6-ex-nudes]
sub: image_abuse
weight: 0.85
target: third
pattern: (posting|post|leak|leaking|leaked|sharing|share|dropping|drop|upload|uploading|uploaded|selling|sell|sold|sending|send|spreading|airdropping|airdrop) (my|his|her|ur|your|the|this|that|some) (exs|ex|ex gfs|ex girlfriends|girlfriends|gfs|wifes|sisters|classmates|teachers|bitchs|hoes|ex wifes|crushs) ~1 (nudes|noods|naked pics|nude pics|naked photos|nude photos|sex tape|sextape|nsfw pics|private pics|spicy pics|onlyfans|naked video|nude video|titty pics|tit pics)
pattern: (pic|pics|photo|photos|video|vid|vids|picture|pictures|snap|snaps) of (my|his|her|ur|your|this|that|the) (ex|girl|gf|girlfriend|sister|classmate|teacher|ex gf|bitch|hoe|slut|crush|wife|ex wife) ~2 (naked|nude|topless|in the shower|undressed|changing|without clothes|with no clothes|in her underwear|in her bra)
match: posting my ex's nudes since she dumped me
match: check out this pic of my ex naked lmao
match: selling my classmate's nudes dm me
nomatch: posting my girlfriend's pics from our trip
nomatch: a photo of my ex in her graduation gown
note: non-consensual sharing of an identifiable person's intimate images

[en.gender_abuse.slur.h6-reduced-to-body]
sub: slur
weight: 0.65
pattern: (shes|she is|youre|ur|you are|u r|women are|girls are|females are|bitches are|hoes are|shes nothing but|youre nothing but|ur nothing but) (just|only|nothing but|nothin but|basically|literally|) (a|) (walking incubators|walking incubator|pair of tits|pair of boobs|set of tits|nice pair of tits|piece of ass|piece of meat|walking vagina|walking pussy|fleshlight|sex toy|cum dump|cumdump|cum rag|cum bucket|hole|holes|set of holes|pussy on legs|incubator|incubators|breeding stock|baby machine|baby machines|kitchen appliance)
pattern: (youre|ur|you are|u r|shes|she is|women are|girls are|females are|bitches are|hoes are|she|you|u|women|girls|females) ~1 (only|just) good for (one thing|sex|fucking|breeding|cooking and cleaning|making sandwiches|their bodies|her body|your body|ur body|a fuck|a quick fuck|a nut)
match: she's just a pair of tits
match: women are just walking incubators
match: ur only good for one thing
nomatch: she's just a piece of my heart
nomatch: this pan is only good for cooking eggs
note: reducing a woman to her body or a sexual use

[en.gender_abuse.identity_attack.h6-only-gay-because]
sub: identity_attack
weight: 0.65
target: other
pattern: (only|just) (gay|lesbian|trans|bi|queer|a lesbian|a dyke|a fag|a tranny) (cuz|cause|because|bc|since|coz) (no|nobody|noone|no one|you|u|ur|youre|she|he|shes|hes|ya|your|her|his) ~4 (wants|want|would|will|likes|like|date|dates|fuck|touch|ugly|fat|cant|couldnt|never|rejected|dumped)
pattern: (you|u|she|he|ya) (turned|went|became|is|are|r) (gay|lesbian|trans|a lesbian|a dyke) (cuz|cause|because|bc|coz) ~3 (ugly|fat|no guy|no man|no girl|no boy|no one|nobody|noone|couldnt get|cant get|rejected|dumped)
match: ur only gay cuz no girl wants u
match: she turned lesbian bc no guy would date her
nomatch: i'm only bi because that's who i am, not a phase
nomatch: he came out as gay and we're all so proud of him
note: mocking sexuality as a failure to attract the other sex

[en.gender_abuse.identity_attack.h6-slur-group-hostile]
sub: identity_attack
weight: 0.68
target: group
pattern: (dykes|fags|faggots|trannies|trannys|troons|homos|lesbos|shemales|sluts|whores|hoes|thots|femoids|foids|feminazis|roasties|skanks|trannie) (are|r|be|is) (all|so|just|such|literally|fucking|always|) (ugly|gross|disgusting|nasty|stupid|dumb|annoying|freaks|weird|trash|garbage|sick|mentally ill|degenerates|degenerate|worthless|useless|evil|vile|cancer|a disease|pathetic|mental|crazy|psychos|pedos|groomers|predators|abominations|an abomination|subhuman|animals|parasites|ruining|the worst)
match: dykes are so ugly
match: trannies are all mentally ill
nomatch: dyke march is this weekend, so excited
nomatch: the word faggot is a slur and should not be used
note: slur plural with a hostile predicate; adds a group claim above the lone slur weight

[en.gender_abuse.prejudice.h6-no-woman-ever]
sub: prejudice
weight: 0.6
target: group
pattern: (no|not one|not a single|name one|name a single) (woman|women|female|females|girl|girls) (has|have|had|ever|could|can|will|ever has|has ever|have ever|in history) ~2 (invented|created|built|achieved|accomplished|contributed|made|discovered|written|painted|composed|led) ~2 (anything|something|nothing|a single thing) (useful|important|worthwhile|of value|good|great|meaningful|significant|that matters)
pattern: (men|males) (are|r) (naturally|just|simply|obviously|clearly|biologically|) (superior|the superior sex|better|smarter|stronger and smarter) (thats|that is|its|it is|period|end of|deal with it|facts|fact|sorry|lol)
pattern: (men|males) (built|invented|created|made) (everything|civilization|civilisation|the world|society) ~3 (women|females|girls) (just|only|did|have|contributed|complain|nothing)
match: no woman has ever invented anything useful
match: men are superior, that's just a fact
match: men built civilization, women just complain
nomatch: no woman has ever been president of the united states
nomatch: men are better represented in the senate than women
note: sweeping claims that women achieve nothing or that men are superior; "been president" and "better represented" do not fit the slots

[en.gender_abuse.prejudice.h6-know-your-place]
sub: prejudice
weight: 0.62
pattern: (ladies|lady|girls|girl|women|woman|females|female|bitch|bitches|hoe|hoes|sweetie|sweetheart|honey|hun|little girl|missy|princess|sweetcheeks|toots) ~2 (know|learn|remember|stay in|get back in|back in) (your|ur|their) (place|place sweetie|place honey|lane)
pattern: (know|learn|remember|stay in|get back in|back in) (your|ur) place (ladies|lady|girls|girl|women|woman|females|female|bitch|bitches|hoe|hoes|sweetie|sweetheart|honey|hun|little girl|missy|princess|toots|sugar|babe)
match: ladies, know your place
match: know your place sweetheart
nomatch: the women's team had to fight to earn their place in the league
nomatch: girls, save your place in line for the photo
note: "know your place" aimed at a woman; "earn their place" and "save your place" do not match

[en.gender_abuse.prejudice.h6-backhanded-for-a-girl]
sub: prejudice
weight: 0.55
pattern: (pretty|very|really|quite|surprisingly|actually|kinda|kind of|not|not that|so|too|lowkey|decent|ok|okay) (good|bad|smart|strong|funny|fast|decent|impressive|talented|tough|brave|clever|skilled|cracked|competent|logical|rational|good at math|good at games) for a (girl|woman|chick|female|gurl)
pattern: (good|bad|smart|strong|funny|fast|decent|impressive|talented|tough|brave|clever|skilled|cracked|competent|logical|rational) for a (girl|woman|chick|female|gurl) (lol|lmao|lmfao|tho|though|i guess|ig|ngl|honestly|haha|i suppose)
match: she's pretty smart for a girl
match: not bad for a girl lol
match: ur actually cracked for a girl
nomatch: strong for a woman her age, her bones are healthy
nomatch: gift ideas for a girl who likes art
note: backhanded compliments that treat skill in a woman as a surprise; with an intensifier or a shrug word they are clear enough to flag

[en.gender_abuse.prejudice.h6-hit-her-learn]
sub: prejudice
weight: 0.75
pattern: (hit|slap|smack|beat|punch|choke|backhand|discipline) (her|them|women|your wife|ur wife|your gf|ur gf|the bitch|that bitch|your woman|ur woman|your girl|ur girl|the hoe|that hoe|your bitch|ur bitch) ~1 (shell|she will|shes gonna|she gonna|theyll|they will|she|they) ~1 (learn|listen|behave|obey|shut up|know her place|stop talking|stop nagging|respect you|respect u|fall in line)
pattern: (a|some|one) (good|little|quick) (slap|smack|beating|backhand|punch) ~3 (teach|teaches|fix|fixes|shut|shuts|put) (her|them|women|a woman|females|bitches) ~2 (lesson|up|place|straight|right)
match: hit her and she'll learn
match: a good slap will teach her a lesson
nomatch: hit her up and she'll listen to your mixtape
nomatch: a good nap will fix her mood
note: endorsing violence to control a woman; one word at most between the target and "she'll", so "hit her up and she'll" does not match

[en.gender_abuse.prejudice.h6-girls-suck-at]
sub: prejudice
weight: 0.6
target: group
pattern: (women|girls|females|chicks|ladies|woman|a girl|gurls|egirls|e girls) (suck|sucks|are bad|are trash|are terrible|are garbage|are shit|cant play|cannot play|cant do|are hopeless|are useless|always suck|always throw|always die) (at|in) ~2 (gaming|games|video games|fps|shooters|ranked|comp|math|maths|science|physics|driving|parking|sports|coding|programming|chess|leading|anything|everything|business|engineering|logic|strategy|valorant|fortnite|cod|league|minecraft)
pattern: (girls|women|females|chicks|a girl|egirls) (dont|do not|cant|cannot|shouldnt|should not) (play|game|do) (real|competitive|ranked|fps|shooter|video) (games|gaming|)
match: girls suck at gaming go back to animal crossing
match: women are trash at strategy games
match: girls dont play real games
nomatch: girls are great at math, this study shows no gender gap
nomatch: i suck at gaming lol
note: competence stereotypes about girls in games, school subjects and driving

# ---------------------------------------------------------------------------------------------
# Round 3 (h6), second batch: gold-digger and competence claims, domestic-role prescriptions,
# "like all women", street-harassment "smile", body ownership, victim blaming, drink spiking,
# trading and taking intimate images, misgendering, disgust at LGBTQ people.
# ---------------------------------------------------------------------------------------------

[en.gender_abuse.prejudice.h6-want-rich-man]
sub: prejudice
weight: 0.6
target: group
pattern: (women|girls|females|chicks|bitches|hoes|thots|foids|modern women) (just|only|all|) (want|wants|care about|cares about|look for|looks for|go for|goes for|chase|chases|need|needs) (a|) (rich|wealthy|sugar|provider) (man|men|guy|guys|husband|husbands|dude|daddy|daddies|simp|simps|wallet|atm|boyfriend|bf) ~3 (to pay|to buy|for|and|so|lol|smh|who|that|bills)
pattern: (women|girls|females|chicks|bitches|hoes|foids) (see|treat|use) (men|guys|us|a man) (as|like) (a|an|) (wallet|wallets|atm|atms|walking wallet|walking wallets|meal ticket|paycheck|bank)
match: women just want a rich man to pay their bills
match: females see men as walking wallets
nomatch: my aunt married a rich man and they're happy
nomatch: women want equal pay for equal work
note: gold-digger generalisations about women

[en.gender_abuse.prejudice.h6-women-worse-at]
sub: prejudice
weight: 0.62
target: group
pattern: (women|girls|females|ladies|woman) (are|r|is) (just|simply|always|obviously|clearly|) (naturally|biologically|inherently|) (worse|inferior|weaker|dumber|less capable|less competent|less intelligent|less logical|not as good|not as smart|not as capable|not cut out|unfit|unqualified) (at|in|than|for|when it comes to|as)
pattern: (a|any) (woman|female|girl|lady) (president|leader|boss|ceo|pilot|surgeon|commander|general|prime minister|pm|manager|captain|referee|coach) ~7 (period|pms|pmsing|hormones|emotional|cry|crying|mood swings|time of the month|hysterical|moody|would ruin|would destroy|would crash)
match: girls are just naturally worse at leadership
match: a woman president would start a war during her period
nomatch: girls are not worse at math, the data shows
nomatch: a woman president was elected in mexico
note: claims that women are naturally less able; "not worse" is negated in the cue window

[en.gender_abuse.prejudice.h6-woman-driver-taunt]
sub: prejudice
weight: 0.55
target: group
pattern: (ugh|smh|ofc|typical|figures|classic|of course|obviously|must be a|must have been a|probably a|another|damn|bloody|fucking|stupid|dumb) (woman|women|female|girl|lady|asian woman) (driver|drivers)
pattern: (crashed|crash|crashes|parked|cant park|cant drive|scratched|dented|rear ended|hit) ~3 (woman|women|female|girl|lady) (driver|drivers)
pattern: (woman|women|female|lady|girl) (driver|drivers) (lol|lmao|smh|strikes again|strike again|moment|behavior|behaviour|things|figures|typical|ofc|again smh|am i right|amirite|never fails|every time|everytime)
match: ofc she crashed, woman driver
match: ugh female drivers again
match: women drivers lol
nomatch: women drivers are statistically safer than men
nomatch: the first woman driver to win the race
note: "woman driver" as a punchline

[en.gender_abuse.prejudice.h6-domestic-prescription]
sub: prejudice
weight: 0.62
pattern: (woman|women|wife|wives|she|girls|a woman|a wife|females) (should|shouldnt|should not|must|must not|mustnt|can never|cant|may not) (never|not|ever|) (earn|make|be paid|get paid) more (than|then) (her|their|a|the|men|man|husband|husbands|him|his|boyfriend|bf)
pattern: (she|women|woman|wife|wives|mothers|moms|mums|females|girls) (should|belongs|belong|must|better) (be|stay) (at|) home ~4 (kids|children|husband|husbands|family|babies|baby) ~2 (instead|not|rather)
pattern: (women|mothers|moms|mums|wives|mom|mothers who) (who|that) (work|have careers|have jobs|work full time|work outside|put careers first|choose careers) ~2 (are|r|is) (neglecting|selfish|bad|failing|ruining|abandoning|terrible|horrible|the problem|destroying)
match: a woman should never earn more than her husband
match: she should be home taking care of her kids instead of working
match: women who work are neglecting their families
nomatch: she should be home by six, her shift ends early
nomatch: women who work night shifts are at higher risk of sleep problems
note: prescriptions that women stay home and earn less

[en.gender_abuse.prejudice.h6-like-all-women]
sub: prejudice
weight: 0.6
target: group
pattern: (dumb|stupid|crazy|emotional|psycho|dramatic|irrational|gold digger|golddigger|gold diggers|slut|whore|hoe|bitch|airhead|useless|annoying|fake|shallow|lying|liar|liars|manipulative|hysterical|bitter|greedy|cheating|cheater|cheaters|hypocrite|hypocrites|entitled|spoiled) (like|as|just like) (all|every|most|the rest of the|the other) (blondes|women|girls|females|other women|other girls|bitches|hoes|chicks|woman|girl|female|blonde)
pattern: (ur|youre|you are|u r|shes|she is|ur just|youre just) (a|just a|only a) (girl|woman|female|chick) (u|you|she|so|ya|ur|youre) (wouldnt|would not|cant|cannot|could not|couldnt|dont|doesnt|will never|wont) (understand|get it|know|comprehend|handle|do it|play|get this|know anything)
pattern: (diversity|dei|token|quota) (tokens|token|picks|pick|fillers|filler|hires)
match: she's hot but dumb like all blondes
match: ur a girl u wouldn't understand
match: women in stem are just diversity tokens
nomatch: like all women in my family, she loves to cook
nomatch: she's a girl who would understand this better than me
note: generalising a put-down to all women, telling a girl she cannot understand, and calling women token hires

[en.gender_abuse.sexual_violence.h6-street-harassment]
sub: sexual_violence
weight: 0.6
target: other
pattern: (smile|smiling) (more|sweetheart|honey|sweetie|darling|babe|baby|love|hun|beautiful|gorgeous|for me) ~3 (prettier|pretty|cuter|hotter|nicer|ugly|face|for daddy)
pattern: (you|youd|ud|ur|youre|u) (be|look|would be|would look|d be|d look) (so|much|a lot|alot|way|) (prettier|cuter|hotter|sexier) if (you|u|ya) ~3 (smiled|smile|lost|lose|shut|wore|put|did|had|werent|stopped|dressed|showed|sucked)
pattern: (nice|great|big|huge|fat|perfect|sexy|juicy|thick) (rack|tits|titties|boobs|booty|ass|bum|cans|jugs|melons|knockers|thighs) (send|show|let me see|can i see|lemme see|dm|pics|ngl|tho|babe|girl|baby|bby|lady|mama|shawty|sweetheart)
pattern: (your|ur|her) (body|pussy|ass|tits|boobs) (is|belongs|belong|r|are) (mine|to me|my property|property)
match: smile more sweetheart you'd be prettier
match: nice rack, send pics
match: ur body is mine
nomatch: smile more, it's good for your mood
nomatch: nice rack of lamb you cooked
nomatch: your body is yours and only yours
note: unwanted sexual and appearance comments aimed at a woman, and claims of ownership over her body

[en.gender_abuse.sexual_violence.h6-victim-blame-wide]
sub: sexual_violence
weight: 0.62
target: third
pattern: (got|gets|get|getting) what (she|they|girls|women|sluts|hoes|u|you) (deserved|deserves|deserve|had coming|asked for|was asking for) ~4 (going|wearing|dressing|drinking|walking|dressed|partying|getting drunk|flirting|at that party|at the party|being a slut|being a hoe|in that skirt|in that dress)
pattern: (if|when) (she|they|girls|women|u|you) (didnt|did not|dont|doesnt|do not) (want|want it|want to get|wanted it|wanna) ~4 (shouldnt|should not|shouldve|should have|shoulda) (have|) (gotten|got|been|drank|drink|worn|wear|wore|dressed|gone|go|flirted|went|walked|drunk|shut|kept quiet|listened|obeyed|behaved|stayed|talked back|mouthed off)
pattern: (put|slip|slipped|drop|dropped|add|added|sneak|sneaked|snuck) (something|a pill|a roofie|roofies|pills|molly|xanax|stuff|shit|some stuff|a little something) (in|into) (her|their|ur|your|a girls|a girl s|that girls|her friends) (drink|drinks|cup|soda|water|beer|juice|shot)
match: she got what she deserved going to that party
match: if she didnt want it she shouldnt have gotten drunk
match: i'd put something in her drink
nomatch: she got what she deserved, a promotion after years of work
nomatch: can you put some ice in her drink
note: blaming victims of sexual assault and spiking drinks

[en.gender_abuse.image_abuse.h6-trading-taking]
sub: image_abuse
weight: 0.78
target: third
pattern: (saved|screenshotted|screenshot|ss|ssd|recorded|kept|got|have|stole) (her|his|ur|your|their|that girls|this girls) (snaps|snapchats|private pics|nudes|noods|spicy pics|nsfw pics|nsfw|naked pics|sexts|private snaps|onlyfans pics|of pics) ~3 (want|wants|anyone|anybody|who wants|dm|for|sell|selling|trade|trading|send|drop|share|post|lol|lmao|gc|for sale)
pattern: (anyone|anybody|who|whos|who got|who has|somebody|someone) (got|has|have|got the|has the|selling|sell) (the|her|that|those|a|his) (leak|leaks|leaked pics|leaked vid|leaked video|leaked nudes|nudes|noods|sex tape|nsfw|private pics|spicy pics|folder|mega|drive) (of|from) (that|the|this|a|her|my|our|his) ~2 (girl|chick|teacher|classmate|ex|school|class|gc|grade|cheerleader|girls)
pattern: (took|taking|take|got|snapped|filmed|recorded|record|film|filming|recording|sneak) (pics|pictures|photos|a pic|a photo|video|videos|a video|vids|a vid|upskirts|creepshots|creep shots) of (her|them|girls|the girls|women|my teacher|my classmate|my sister|her friend|that girl|this girl) ~2 (in the shower|changing|showering|locker room|in the bathroom|in the toilet|undressing|changing room|naked|sleeping|asleep|without her knowing|without them knowing|without knowing|up her skirt|in the stall|through the window|in her room)
match: i saved her snaps, want them?
match: anyone got the leak of that girl from school
match: i took pics of her in the changing room
nomatch: i saved her number, want it?
nomatch: i took pics of her at graduation
note: collecting, trading and secretly taking intimate images of a girl; the writer is in the sentence, so the target is set to third

[en.gender_abuse.identity_attack.h6-misgender-no-matter]
sub: identity_attack
weight: 0.65
target: third
pattern: (he|she|they|u|you|it|hell|shell|youll|ull) ~2 (always|still|forever) (be|is|are) (a|) (man|dude|guy|boy|woman|girl|male|female|bloke) (no matter how much|no matter what surgery|regardless of|even with|even after|with or without) ~1 (surgery|hormones|makeup|pretending|dresses|hrt|transitioning|pronouns)
pattern: (he|she|they|u|you|it|hell|shell|youll|ull) ~2 (always|still|forever) (be|is|are) (a|) (man|dude|guy|boy|woman|girl|male|female|bloke) ~4 (surgery|surgeries|hormones|pretend|pretending|dress|dresses|wig|makeup|pronouns|cut off|chop|hrt|estrogen|testosterone|transition|transitioning|mutilation)
pattern: (pronouns|pronoun|they them|she her|he him|they/them) ~3 (mental illness|mentally ill|mental disorder|a disorder|delusion|delusional|degenerate|degenerates|freak|freaks|clown|clowns|groomer|groomers|cringe lol)
pattern: (only|just) (two|2) (genders|sexes) (cope|deal with it|lol|lmao|period|sorry|stfu|snowflake|facts|get over|seethe|clown|freak|freaks|tranny|weirdo|libtard|idiot|bozo)
match: he'll always be a man no matter how much surgery
match: pronouns in bio = mental illness
match: theres only two genders cope
nomatch: he will always be a man i look up to, no matter what
nomatch: she'll always be a girl at heart no matter how old she gets
nomatch: please share your pronouns in the intro round
note: misgendering and treating pronouns or trans identity as illness

[en.gender_abuse.identity_attack.h6-disgust-lgbt]
sub: identity_attack
weight: 0.6
pattern: (ew|eww|ewww|gross|yuck|disgusting|nasty|ick|yikes|barf|vomit|🤮) (a|an|the|two|some|) (lesbian|lesbians|gay|gays|trans|tranny|homo|homos|queer|queers|dyke|dykes|fag|fags|enby|nonbinary|gay couple|gay guys|lesbian couple|gay kiss|trans girl|trans guy|faggot)
pattern: (lesbian|lesbians|gay|gays|homos|trannies|dykes|fags|gay couple|gay couples|gay kiss|two guys kissing|two girls kissing|trans people) (gross|ew|eww|yuck|disgusting|ick|nasty|🤮|make me sick|makes me sick|make me puke|makes me puke|make me wanna puke)
match: ew a lesbian, gross
match: two guys kissing makes me sick
nomatch: the gay couple next door threw a great party
nomatch: that gross sandwich made me sick lol
note: disgust aimed at LGBTQ people

[en.gender_abuse.prejudice.h6-purity-shaming]
sub: prejudice
weight: 0.45
target: group
pattern: (used goods|damaged goods|used up|worn out|ridden|carousel riders|secondhand pussy|second hand pussy) ~3 (trash|garbage|worthless|ew|eww|lol|lmao|women|girls|hoes|females|sluts|nobody wants|no man wants|no one wants|not wife material|arent wife material)
pattern: (only|just) (date|dating|marry|marrying|wife up|wifing up) (virgins|a virgin|pure girls|girls with low body count|low body count girls|girls with a low count|tradwives)
match: i only date virgins, used goods are trash
match: used up hoes nobody wants
nomatch: the store sells used goods and antiques
nomatch: we're saving ourselves for marriage, it's our choice
note: purity and "body count" shaming of women; each pattern is weak, the two together flag

[en.gender_abuse.prejudice.h6-feminists-adj]
sub: prejudice
weight: 0.6
target: group
pattern: (femcels|feminists|feminazis|feminist|femcel|feminazi|radfems|libfems|modern women) (are|r|is|be) (all|so|just|such|always|literally|) (bitter|jealous|miserable|insufferable|crazy|psycho|psychos|delusional|hysterical|toxic|entitled|ugly|fat|lonely|whiny|man haters|manhaters|cancer|a cancer|a disease|cringe|unfuckable|ugly hags|hags|landwhales|sluts|whores|dumb|stupid|retarded|mentally ill|unhinged)
match: femcels are so bitter lol
match: feminists are all ugly hags
nomatch: feminists are angry about the ruling
nomatch: feminists are organising a march on sunday
note: hostile generalisations about feminists and femcels; "angry about" is news language and is left out

# ---------------------------------------------------------------------------------------------
# Round 3 (h6), third batch: "women are like" jokes, equality gotchas, loyalty-to-money claims,
# mocking feminists, condescension ("ask your husband", "a man's game"), streamer and grade
# tokenism, pressure for nudes, threats from saved nudes, wife-beating, trans and bi erasure,
# "keep the gays away from kids".
# ---------------------------------------------------------------------------------------------

[en.gender_abuse.prejudice.h6-women-are-like-jokes]
sub: prejudice
weight: 0.6
target: group
pattern: (women|girls|females|chicks|bitches|wives|hoes) (are|r|be) like ~4 (handicapped|trash|used cars|garbage|dogs|toilets|buses|parking spots|public toilets|appliances|cattle|property|hurricanes|tornados|tornadoes|bacteria|parasites|leeches|pets|children|kids|animals|monkeys)
pattern: (if|since) (women|girls|females|feminists) (are|r|want to be|wanna be|claim to be) (so|) (equal|independent|strong|empowered) (why|then|how come|whys)
pattern: (women|females|girls|bitches|hoes|chicks) be like ~6 (then|but|and then) ~3 (ask|asks|want|wants|expect|expects|need|needs|cry|cries|beg|begs|demand|demands|run to|runs to)
pattern: (women|females|girls|bitches|hoes|thots) (are|r) (only|just|all) (loyal|attracted|interested|faithful|devoted) to (money|cash|status|the bag|rich men|wealth|whoever pays|the highest bidder|a paycheck|clout)
pattern: (females|bitches|hoes|thots) (are|r|be) (all|) like that
match: women are like parking spots, all the good ones are taken and the rest are handicapped
match: if women are so equal why don't they pay for dinner
match: women be like "i'm independent" then ask for money
match: females are only loyal to money
match: she only likes u for ur car bro females are like that
nomatch: women are like men in most ways, the study found
nomatch: if women are equal citizens, the law should say so
note: sexist jokes and gotchas about women as a group

[en.gender_abuse.prejudice.h6-condescension]
sub: prejudice
weight: 0.6
target: other
pattern: (another|some|a|typical|dumb|stupid|crazy|random|bitter|ugly|fat) (feminist|feminists|feminazi|sjw|woman|female|karen|femcel) (crying|whining|bitching|complaining|screeching|ranting|moaning|triggered|shrieking|nagging) (about|over|again|lol|lmao|because|bc|cuz)
pattern: (ask|get|have) (your|ur) (husband|boyfriend|bf|dad|father|man|brother|hubby|daddy) to (explain|help|do|fix|read|handle|check|do it|sort) ~3 (sweetie|sweetheart|honey|hun|dear|darling|babe|little lady|missy|love|princess|girl|lady|for you|for u)
pattern: (boyfriend|husband|dad|brother|man|hubby) ~6 (someone|somebody|a man|a guy) who (knows|understands|actually knows|really knows|knows about) (cars|this|tech|computers|math|sports|games|engines|money|business|stuff|what)
pattern: (a|) (mans|mens) (game|world|job|sport|work|business|field|profession|club|hobby|space|lobby) ~3 (girl|girls|women|woman|ladies|sweetie|honey|females|go back|get out|stay out|leave)
pattern: stay in (your|ur) lane (girl|sweetie|honey|woman|ladies|sweetheart|missy|little girl|princess|hun|female|toots)
pattern: (whats|what is|why is|whys|why s|what s) (a|this|that) (girl|woman|female|chick) (doing|on|in) ~2 (server|game|lobby|team|my team|discord|here|ranked|comp|vc|chat|call|forum|sub|subreddit)
pattern: (shes|she is|ur|youre|you are|u r|ur just|youre just) (a|just a|only a) (girl|woman|female|chick) (she|u|you|so|ya|ur|youre) (cant|cannot|can not|shouldnt|should not|will never|wont|couldnt) (lead|run|manage|drive|fight|understand|handle|be trusted|win|code|fix|think|decide|play|compete|get it)
match: ugh another feminist crying about nothing
match: ask your husband to explain it to you sweetie
match: hey sweetie, is your boyfriend around so i can talk to someone who knows cars
match: stay in your lane girl, this is a man's game
match: what's a girl doing on this server lol
match: she's a woman she cant lead a team
nomatch: stay in your lane, i'm trying to merge
nomatch: ask your dad to help you move the couch
nomatch: she's a woman who can lead any team
note: talking down to women: "ask your husband", "a man's game", "what's a girl doing here"

[en.gender_abuse.prejudice.h6-looks-not-merit]
sub: prejudice
weight: 0.6
target: third
pattern: (she|her) (got|gets|won|landed|only got|only gets|only won) (the|that|this|her|a) (job|promotion|role|position|award|scholarship|spot|part|grade|contract|deal|internship|sponsorship) (bc|because|cuz|cause|due to|thanks to) (of|) (her|she|shes) (looks|body|tits|boobs|ass|face|a woman|a girl|female|pretty|hot|sleeping|slept|cleavage)
pattern: (only|just) (popular|famous|successful|rich|getting views|getting subs|has followers|has fans|getting donations|winning|got views|got popular|got famous|has subs|gets views|gets donations) (because|bc|cuz|cause|since) (shes|she is|she has|of her|her|shes a) ~2 (girl|woman|female|boobs|tits|body|looks|ass|cleavage|hot|pretty|streamer|egirl)
pattern: (slept|sleeping|sleep|sucked|blew|fucked|hooked up) (with|) (the|your|ur|her|a) (teacher|boss|prof|professor|manager|coach|director|producer|judge|principal|ta|tutor) (to get|for|to win|to pass|so|to land|to keep)
pattern: (e girl|egirl|egirls|e girls|girl streamers|girl gamers|female streamers|thots) ~3 (simp bait|simps|for money|for attention|for donations|onlyfans|only fans|beg|begging|titty streamer|titty streamers)
pattern: (she|shes|her|girls|egirls) ~4 (for simps|for the simps|simp money|simp bait|simpbait|simp donations|for simp money)
match: shes only streaming for simps with that top
match: she's only popular because she's a girl streamer
match: lol she got the job bc of her looks
match: you probably slept with the teacher to get that grade
match: e girl simp bait lol she only streams for the money
nomatch: she got the job because of her experience
nomatch: girl streamers are growing on twitch this year
note: crediting a woman's success to looks or sex instead of merit; the writer is often present, so the target is third

[en.gender_abuse.sextortion.h6-nude-pressure]
sub: sextortion
weight: 0.72
target: other
pattern: (dont be|stop being|quit being|why u being|why are you being|why you being) (a|such a|so) (prude|prudish|tease|cocktease|baby|boring|shy|frigid|uptight) ~3 (send|show|pic|pics|nudes|noods|it|something|one|me)
pattern: (screenshots|screenshot|copies|copy|recordings|recording|backups|backup|saved|a folder) of (your|ur|all your|all ur) (nudes|noods|pics|videos|vids|snaps|body|sexts|naked pics|photos|private pics|spicy pics)
pattern: (you|u) (owe|owe me|promised) ~2 (a pic|pics|nudes|noods|a nude|a video|something spicy)
match: dont be a prude send a pic
match: i have screenshots of your nudes, do what i say
match: you owe me nudes after i paid for dinner
nomatch: consent means no pressure to send pics
nomatch: i have screenshots of your texts from the trip
note: pressure for nudes and holding someone's intimate images as leverage

[en.gender_abuse.prejudice.h6-wife-beating]
sub: prejudice
weight: 0.75
target: third
pattern: (beat|hit|slap|smack|punch|choke|backhand|knock out) (my|your|ur|his|a|the) (wife|gf|girlfriend|woman|girl|missus|bitch|ex|wifey|old lady) (if|when|for|every time|everytime|whenever) (she|her)
pattern: (women|woman|girls|wives|females|bitches|hoes|sluts|she|girlfriends|gfs) (who|that) ~3 (deserve|deserves|should|need|needs|get|gets) (to get|to be|a|) (hit|beaten|slapped|smacked|punched|beat|beating|hurt|killed|acid|stoned|choked|what they get)
match: i'd beat my wife if she talked to me like that
match: women who cheat deserve to get hit
nomatch: women who cheat deserve honesty about it from their partners
nomatch: i beat my wife at chess when she was tired
note: endorsing violence against women and partners; "beat my wife at chess" does not match since no gap is allowed before "when she"

[en.gender_abuse.identity_attack.h6-erasure]
sub: identity_attack
weight: 0.62
target: group
pattern: (lesbians|bisexuals|bi people|bis|gays|gay people|trans people|trans kids|enbies|nonbinary people|pansexuals|asexuals|bi girls|bi guys|trans teens|gay kids|lesbian|bisexual|nonbinary|trans) (are|r|is) (just|all|only|) (confused|greedy|attention seekers|attention seeking|faking|fake|going through a phase|in a phase|a phase|sluts|cheaters|indecisive|lying|liars|doing it for attention|brainwashed|groomed|broken|damaged|traumatized|mentally ill|a trend|a fad|not real|made up|tiktok brainrot)
pattern: (stop|quit) (trying to be|pretending to be|acting like|playing|larping as) (a|) (girl|woman|boy|man|lady|female|male) ~3 (ur|youre|you are|u r|ur just|youre just|ur still|youre still|you were|u were|ur literally) (a|) (dude|man|guy|boy|girl|woman|male|female)
pattern: (keep|get) (the|those|all|) (gays|gay people|trans people|trannies|homos|queers|lgbt people|drag queens|fags|faggots|lesbians|trans women|trans|lgbtq people|the lgbt) (away|out) (from|of) (kids|children|our kids|our children|schools|our schools|my kids|the kids|bathrooms|our bathrooms|sports|womens sports)
match: lesbians are just confused
match: bisexuals are just greedy
match: stop trying to be a girl ur a dude
match: keep the gays away from kids
nomatch: lesbians are just as likely to be bullied, the survey found
nomatch: bisexuals are often erased in media
note: denying or mocking LGBTQ identities and pushing them away from children

# ---------------------------------------------------------------------------------------------
# Round 3 (h6), fourth batch: wider "women are ..." claims with a modifier or a gap, benevolent
# sexism (delicate, need protecting, nurturing so stay home), "no values", blaming women for
# failures, role and opinion denial, the wall, false rape claims, "not sexist but".
# ---------------------------------------------------------------------------------------------

[en.gender_abuse.prejudice.h6-women-are-gap]
sub: prejudice
weight: 0.6
target: group
pattern: (most|modern|all|many|these|todays|today s|western|american|so many|most of these|all these) (women|girls|females|chicks|wives|ladies) ~2 (are|r|have become|became|got) ~2 (spoiled|spoilt|entitled|manipulative|shallow|selfish|greedy|materialistic|lazy|vain|fickle|petty|toxic|childish|hysterical|irrational|illogical|stupid|dumb|useless|worthless|inferior|weak|evil|crazy|psycho|dramatic|whiny|gold diggers|golddiggers|sluts|whores|hoes|liars|cheaters|hypocrites|untrustworthy|insufferable|ungrateful|disloyal|snakes|parasites|leeches|brainless|clueless|unstable|delusional|narcissistic|attention whores|attention seekers|money hungry|unmarriageable|used up|worthless)
pattern: (women|females|girls|modern women|most women|wives|bitches|hoes) (have|has|got) (no|zero) (values|morals|loyalty|standards|brains|logic|self respect|sense of humor|shame|integrity|worth|honor|dignity|class|common sense)
pattern: (women|females|girls|bitches|hoes|wives) (love|loves|live for|thrive on|crave|are addicted to|always start|always cause|always create|always make) (drama|gossip|chaos|being victims|playing the victim|attention|causing drama) (its|it s|lol|smh|thats|that s|and|they|bc|because|always|period|every time|in their nature|so much|tbh|ngl|fr)
pattern: (women|females|girls|feminists) (always|all|just|love to|love) (play|playing) the victim
match: honestly most women today are spoiled and entitled, they want everything handed to them
match: modern women have no values, they just sleep around and then complain no good men are left
match: women love drama, it's in their nature
match: ever notice how women always play the victim
nomatch: most women today are working full time, the census shows
nomatch: women love drama series more than men, according to netflix data
note: hostile generalisations about women with a modifier (most, modern) or a gap before the predicate

[en.gender_abuse.prejudice.h6-benevolent]
sub: prejudice
weight: 0.52
target: group
pattern: (women|girls|females|she|shes|they|theyre|ladies|a woman|a girl) ~3 (too|so) (delicate|fragile|weak|soft|sensitive|emotional|dainty|innocent|pure|pretty|gentle) (for|to) (the real world|work|politics|combat|leadership|the military|this job|that job|sports|hard work|the workforce|business|the battlefield|engineering|science|math|football|physical work|manual labor|decisions|make decisions|lead|handle|fight|vote|be in charge|run)
pattern: (woman|women|girls|females|a woman|a girl|she|wives) (needs|need) (to be|a man to|a husband to|someone to|men to) (taken care of|protected|provided for|looked after|led|guided|controlled|take care of her|take care of them|protect her|protect them|lead her|lead them)
pattern: (cant|cannot|can not|couldnt) (survive|live|function|cope|make it|manage|think) (on her own|on their own|alone|without a man|without men|without a husband|for themselves|for herself)
pattern: (should|ought to|need to|needs to|meant to|supposed to) (be the ones|be the one) (staying|who stay|to stay|who stays|that stay) (home|at home)
pattern: (women|girls|females|mothers|wives) (are|r) (naturally|biologically|just|inherently) (more|better) (nurturing|emotional|caring|submissive|maternal|suited to|suited for|at cooking|at cleaning|at housework|at raising)
match: women should be protected and cherished, they're too delicate for the real world
match: a woman needs to be taken care of, she can't survive on her own
match: girls are naturally more nurturing so they should be the ones staying home with the kids
nomatch: the orchid is too delicate for the real world outside the greenhouse
nomatch: she needs to be taken to the hospital
note: "benevolent" sexism that sexism datasets label: women as fragile, dependent or made for the home; each pattern is moderate and two together flag

[en.gender_abuse.prejudice.h6-blame-and-roles]
sub: prejudice
weight: 0.6
target: group
pattern: (women|girls|females|wives|feminists|feminism|woman) (are|is|r) (the reason|why|the cause|to blame for|the problem with) ~4 (fail|failing|fails|failed|divorce|divorces|broken|ruined|men are|society|everything|depressed|lonely|single|unhappy|suicide)
pattern: (women|females|girls|wives|woman) (are|r|is) (basically|just|like|literally|nothing but|no better than) (children|kids|toddlers|babies|pets|property|animals|objects|cattle|dogs|livestock|furniture)
pattern: (wives|women|girls|females|a wife|a woman|woman|wife) (should|need to|needs to|must|better|gotta|have to) (know|learn|remember|accept|stick to) (their|her|your|ur) (role|roles|position|duties|duty|purpose)
pattern: (womens|women s|a womans|a woman s|female|wives|girls|her|your|ur) (opinions|opinion|voices|voice|thoughts|input|say|views|feelings) (dont|doesnt|do not|does not|will never|never) (matter|count|mean anything)
pattern: (thats|that is|this is) what (you|u|he|they|men) (get|gets) for (marrying|dating|trusting|hiring|listening to|letting|electing|voting for) (a|) (woman|women|girl|female|bitch|hoe|feminist)
pattern: (women|females|feminists|girls|woman) ~3 (ruin|ruins|ruined|destroy|destroys|destroyed|kill|kills|lower|lowers|wreck|wrecks) (everything|productivity|morale|teams|the team|the workplace|the office|gaming|the industry|society|marriages|men|the economy|the vibe|the game|the culture|companies|the military|sports|the hobby|the fandom)
match: women are the reason marriages fail
match: women are basically children, you have to tell them what to do
match: wives should know their role
match: women's opinions don't matter in this house
match: that's what you get for marrying a woman
match: women in the workplace ruin productivity
nomatch: women are the reason our club won the cup
nomatch: my wife's opinion matters most in our house
nomatch: women in the workplace improve team performance
note: blaming women, denying their voice, and reducing them to children or property

[en.gender_abuse.prejudice.h6-wall-and-false-claims]
sub: prejudice
weight: 0.6
target: group
pattern: (once|after|when|if) (a|) (girl|woman|she|women|girls|females|chick) (hits|hit|turns|turn|reaches|reach|is over|are over|passes|gets past) (25|28|30|35|thirty|the wall|her 30s|their 30s|thirty five) ~4 (value|worth|looks|eggs|smv|no man|nobody|expires|expire|drops|drop|declines|decline|worthless|done|over|useless|unmarriageable)
pattern: (wall hitting|wall hitter|wall hitters|post wall|past her prime|past their prime|hit the wall) ~3 (hags|hag|women|roasties|she|lol|lmao|desperate|bitches|hoes|no man|nobody|females|spinster|cat lady)
pattern: (women|girls|females|bitches|she|hoes|sluts) (cry|cries|yell|yells|scream|screams|claim|claims|call|calls) rape (when|because|bc|cuz|if|after|to|for|every)
pattern: (metoo|me too) ~6 (ruin|ruining|ruined|destroy|destroying|lying|liars|lies|attention|money|cancel|witch hunt|hoax|scam) ~2 (men|mens|guys|lives|careers|life)
pattern: (gold digger|golddigger|slut|whore|hoe|bitch|thot|skank|liar|cheater|drama queen) like (the rest of them|all of them|the rest|all the others|every other girl|every other woman|all the other girls|all women|every woman|all females|the rest of em)
match: once a girl hits 30 her value drops, men know this
match: wall hitting hags are so desperate lol
match: women cry rape when they regret it
match: metoo was just women trying to ruin men's lives
match: she's a gold digger like the rest of them
nomatch: when a woman turns 30 her risk of certain conditions changes, ask your doctor
nomatch: metoo helped survivors speak up
note: age-value claims, "the wall", claims that women lie about rape, and slurs generalised to all women

[en.gender_abuse.prejudice.h6-not-sexist-but]
sub: prejudice
weight: 0.6
target: group
pattern: (not|im not|i am not|i m not|not being|not to be|no offense|no offence) (sexist|a sexist|misogynist|a misogynist|to women|to girls|to females) (but|though|tho) ~6 (women|girls|females|ladies|a woman|a girl|woman|she|they)
pattern: (women|girls|females|ladies) (just|simply|really|honestly|) (arent|are not|aint|cant ever be|will never be) (as good|as smart|as capable|as strong|as funny|as talented|as logical|as skilled|good enough|smart enough|strong enough|cut out|built|meant|made) (at|as|for|to|in)
pattern: (too|so) (pretty|cute|hot|sexy|girly) to be (a|an) (engineer|scientist|doctor|programmer|coder|gamer|mechanic|lawyer|ceo|pilot|surgeon|physicist|mathematician|developer|nerd|boss|leader|professor|real gamer|good gamer|streamer)
pattern: (pretty|cute|hot|attractive|smart|good|decent) for a (girl|woman|chick) who (plays|games|codes|is|likes|works|does|streams|lifts)
pattern: (i dont|i do not|never|i would never|id never|i wouldnt) (trust|hire|follow|respect|listen to|work for|vote for|date) (a|) (female|woman|women|girl) (doctors|doctor|drivers|driver|pilots|pilot|surgeons|surgeon|bosses|boss|mechanics|mechanic|engineers|engineer|cops|cop|politicians|politician|leaders|leader|referees|referee|scientists|scientist|managers|manager|gamers|gamer|streamers|streamer|president|presidents)
match: not sexist but girls just aren't as good at chess
match: you're too pretty to be an engineer
match: she's pretty for a girl who plays video games
match: i don't trust female doctors
nomatch: i'm not sexist and i think women make great leaders
nomatch: i trust my female doctor completely
note: "not sexist but", "too pretty to be an engineer" and distrust of women in skilled jobs

[en.gender_abuse.slur.h6-misc-degrading]
sub: slur
weight: 0.6
pattern: walking (std|stds|std factory|petri dish|cum dump|disease|mattress|bicycle|fleshlight|onlyfans ad)
pattern: (she|shes|women|girls|woman|bitch|hoe|wife|wives|females|ladies|her) ~4 (needs|need|has|have|gotta|should) to (learn to be|learn to stay|learn to keep|learn how to be|learn to shut) (quiet|silent|her mouth shut|in her place|submissive|obedient|up)
pattern: (girls|women|females|she|chicks|hoes) (who|that) (wear|wears|dress in|post|posts|show|shows|wearing) ~3 (are|is|r) (asking for|begging for|looking for|want|wants) (attention|it|trouble|to be|what they get|male attention)
pattern: (nah|no|naw|na) let (her|them|the girls|women) (clean|do the dishes|make a sandwich|do laundry|do the laundry|sweep|mop|iron|cook dinner|make me a sandwich)
pattern: (sandwich|sammich) (bitch|slave|whore|hoe|wench|maid)
match: she's a walking std
match: shes a 10 but she talks too much, needs to learn to be quiet
match: girls who wear crop tops are asking for attention
match: let her cook? nah let her clean
nomatch: girls who wear crop tops are following summer fashion
nomatch: let her cook, this recipe is amazing
nomatch: the teacher needs to learn to be quiet during the test lol
note: degrading names and put-downs of women in chat slang

# ---------------------------------------------------------------------------------------------
# Round 3 (h6), fifth batch: "she's a female so", body count, clocking trans women, "she wants
# it", female gamers, "another woman who thinks", women in charge "gonna crash", wishing harm on
# LGBTQ people, slur plus laughter.
# ---------------------------------------------------------------------------------------------

[en.gender_abuse.prejudice.h6-female-so]
sub: prejudice
weight: 0.6
target: group
pattern: (shes|she is|ur|youre|you are|u r) (a|) (female|woman|girl|chick) (so|thats why|which is why|of course|obviously|no wonder|duh) ~3 (bad|cant|sucks|suck|terrible|stupid|dumb|emotional|crying|lost|wrong|worse|useless|clueless|confused|cries)
pattern: (female|girl|women|woman|lady|girl gamer|e girl) (gamers|drivers|streamers|coders|engineers|players|pilots|doctors|bosses|comedians|referees|commentators|scientists|leaders|politicians|managers|cops|athletes|mechanics) (are|r|is) (all|just|so|always|) (bad|trash|terrible|garbage|useless|worse|the worst|shit|awful|a joke|annoying|fake|attention seekers|overrated|unfunny|incompetent|clueless|dumb|stupid|corrupt|emotional|hysterical|crazy|weak|irrational|unqualified)
pattern: (another|some|a|typical|every) (woman|girl|female|chick|feminist|lady) (who|that) (thinks|think) (shes|she s|she is|she can|they are|theyre|they can) ~2 (funny|smart|equal|a gamer|pretty|a comedian|better|special|important|qualified|a man|strong|tough|good at|engineer)
pattern: (a|any|female|woman|girl|lady) (ceo|boss|president|pilot|captain|leader|manager|driver|engineer|coach|referee|surgeon|prime minister) ~4 (gonna crash|will crash|going to crash|gonna fail|will fail|is doomed|doomed|bankrupt|going under|gonna go under|crash and burn|will sink|gonna sink|rip company|rip the company|pray for)
match: she's a female so obviously she's bad at directions
match: female gamers are all bad
match: female politicians are all corrupt and emotional
match: lol another woman who thinks she's funny
match: a girl ceo? company's gonna crash
nomatch: female gamers are a growing market, the survey says
nomatch: a woman ceo took over and the stock doubled
note: sexist competence claims about women in roles and hobbies

[en.gender_abuse.identity_attack.h6-clocking-and-wishes]
sub: identity_attack
weight: 0.65
pattern: (thats|that s|its|it s|shes|she s|she is|this is) (a|clearly a|obviously a|definitely a) (man|dude|guy|male|boy|bloke) ~4 (adams apple|adam s apple|man hands|jaw|shoulders|bulge|beard|stubble|wig|clocked)
pattern: (adams apple|adam s apple|man hands|man jaw|manjaw|five o clock shadow|5 o clock shadow) ~5 (man|dude|guy|male|tranny|troon|clocked|its a|thats a|not a woman|not a girl|not a real)
pattern: (hope|wish|pray) (all|) (the|those|these|) (lesbians|gays|fags|trannies|dykes|faggots|homos|queers|trans people|gay people|trans kids|feminists|sluts|hoes|whores|lesbian|gay kids|trans) ~4 (get whats coming|get what s coming|get what they deserve|die|burn|suffer|get raped|get beat|get beaten|get hurt|get killed|rot|get shot|get jumped|go to hell)
pattern: (dyke|fag|faggot|tranny|lesbo|troon|shemale|trannie) (lol|lmao|lmfao|ew|eww|haha|xd|go away|get out|stfu|shut up|alert|spotted|detected)
match: thats a man, look at the adams apple
match: i hope all the lesbians in this school get what's coming
match: dyke lol
nomatch: that's a man i'd trust, look at his record
nomatch: dyke march was amazing this year
nomatch: no homo lol but that was a great game
note: "clocking" trans women, wishing harm on LGBTQ people, and slurs thrown with laughter

[en.gender_abuse.sexual_violence.h6-wants-it-dressed]
sub: sexual_violence
weight: 0.58
target: third
pattern: (she|they|girls|u|you) (wants|want|wanted|is asking for|was asking for|asked for|is begging for|was begging for) (it|this|that) ~2 (look how shes dressed|look how she dresses|look at how she dresses|look at what shes wearing|look what shes wearing|the way she dresses|the way shes dressed|dressed like that|dressing like that|in that skirt|in that dress|look at her outfit|look at her skirt|look at those shorts)
pattern: (body count|bodycount|count) ~3 (100|50|1000|hundreds|triple digits|double digits|sky high|crazy high|through the roof|higher than|bigger than|over 9000|a football team|the whole team)
pattern: (nice|great|big|huge|fat|perfect|sexy|juicy|thick) (rack|tits|titties|boobs|booty|ass|bum|cans|jugs|melons|knockers|thighs|legs|body) (wanna|want to|come over|come sit|sit on|dm me|hmu|slide|pull up|u single|you single|are you single|whats ur snap|add me|lemme|let me|can i|send)
match: she wants it, look how she's dressed
match: she probably has a body count of 100
match: nice thighs, wanna come over
nomatch: she wants it done by friday, look how the deadline moved
nomatch: nice legs on that table, can i see the rest of the set
note: rape-excusing "she wants it", body-count shaming and sexual comments to women

[en.gender_abuse.prejudice.h6-chat-generalisations]
sub: prejudice
weight: 0.6
target: group
pattern: (women|females|bitches|hoes|chicks) (are|r) (so|such|literally|lowkey|hella|mad|always|just) (annoying|irritating|insufferable|dramatic|loud|dumb|stupid|fake|toxic|emotional|crazy|clingy|needy|whiny|petty|shallow|two faced|mean) (fr|lol|lmao|ngl|tbh|smh|bro|istg|i swear|honestly|af|asf|man|dude)
pattern: (make|get|bring) me a (samich|sammich|sammy|samwich|sandwhich|sandwitch|sammie)
pattern: (she|her|shes) (got|gets|won|landed|only got) (the|that|this|her|a) (job|promotion|role|position|award|scholarship|spot|part|contract|internship) (bc|because|cuz|cause|since) (she|shes|she s|of her|her) (a|is a|being a|) (female|woman|girl|chick|diversity hire|token)
match: females r so annoying fr
match: go make me a samich
match: she got that job cuz she a female lmao
nomatch: the girls are so loud lol, best party ever
nomatch: she got the job because she is a great engineer
note: chat-style generalisations about women and merit denial

[en.gender_abuse.identity_attack.h6-lgbt-ppl-are]
sub: identity_attack
weight: 0.65
target: group
pattern: (gay|trans|lesbian|bi|queer|lgbt|lgbtq|nonbinary|enby) (ppl|peeps|folks|kids|guys|men|women|people|teens|couples) (are|r|is) (so|all|just|literally|fucking|) (disgusting|gross|nasty|mentally ill|sick|freaks|weird|pedos|groomers|abominations|mental|crazy|delusional|perverts|degenerates|evil|trash|cringe|confused|attention seekers|a plague|a disease)
match: gay ppl r disgusting
match: trans ppl r mentally ill
nomatch: gay ppl r the best at karaoke lol
nomatch: trans people are more likely to face violence
note: chat spellings ("ppl", "r") of hostile claims about LGBTQ people

# ---------------------------------------------------------------------------------------------
# Round 3 (h6), seventh batch: women barred from roles and votes, "typical woman" after an
# insult, feminism as hatred, "nobody wants to see women play", "no man will marry you".
# ---------------------------------------------------------------------------------------------

[en.gender_abuse.prejudice.h6-bar-women]
sub: prejudice
weight: 0.62
target: group
pattern: (women|girls|females|woman|a woman|a girl|chicks) (shouldnt|should not|shudnt|mustnt|must not|should never|cant|cannot) (be|become|work as|play|coach|ref|referee|lead|fight|serve|commentate|run|manage) ~3 (refs|referees|ref|allowed|pilots|soldiers|leaders|bosses|presidents|president|ceos|priests|engineers|doctors|coaches|mens|combat|politics|in charge|the military|the army|commentators|surgeons|captains|cops)
pattern: (women|females|girls|wives|woman) (shouldnt|should not|dont deserve|do not deserve|never should have|shouldve never|should never|never deserved) (have|get|be given|had|gotten|been given|) (the right to|rights|the vote|to vote|voting rights|a vote|a say|equal rights|a voice|suffrage)
pattern: (nobody|no one|noone) (wants to|wanna|cares to|pays to|would pay to|wants) (see|watch) (women|girls|females|chicks|a woman|a girl) (play|playing|in|do|on|doing|commentate|ref)
pattern: (women|girls|females|woman|these women|those women) ~2 (should|need to|needs to|gotta|ought to) just (stay|go) (home|at home|back home|in the kitchen)
match: women shouldnt be refs in mens sports
match: this is why women shouldn't have the right to vote
match: nobody wants to see women play football
match: these women athletes should just stay home
nomatch: women gained the right to vote in 1920
nomatch: women's football viewership broke records
note: claims that women should be kept out of roles, sport or the vote

[en.gender_abuse.prejudice.h6-feminism-hatred]
sub: prejudice
weight: 0.6
target: group
pattern: (hysterical|emotional|crazy|dramatic|irrational|psycho|nagging|overreacting|bossy|moody|shrill|whiny|clueless) ~3 typical (woman|female|girl|women|females|chick|wife|bitch)
pattern: (feminists|feminism|women|females) (want|wants|demand|demands|only want|just want) (special treatment|privileges|superiority|free stuff|female supremacy|to rule|to dominate|power over men|men to pay|handouts|to be men|to replace men)
pattern: (feminism|feminists|feminist) (is|are|r) (just|all about|only|basically|literally|nothing but|all) (hating men|man hating|hate|misandry|cancer|a cancer|a disease|a cult|a joke|a scam|propaganda|bullshit|garbage|trash|toxic|evil|ugly women)
pattern: (women|females|girls) (only|just|always) (complain|whine|cry|bitch|moan) (about|abt) ~4 (pay gap|rights|equality|sexism|men|catcalling|harassment|everything)
pattern: (no|not a|not one) (man|guy|dude|boy|husband) (will|would|is gonna|is going to|is ever gonna) (ever|) (marry|date|want|love|wife up|touch) (you|u|her|ya) ~3 (with that|with those|if you|if u|looking like|acting like|attitude|mouth|body count)
pattern: (youre|ur|you are|u r|shes|she is) (a|just a|only a) (girl|woman|female|chick) ~2 (stick to|go back to|stay in|get back to|go do|go play with|go make|stay out of)
match: she's hysterical, typical woman
match: feminists want special treatment not equality
match: feminism is just hating men
match: women only complain about the pay gap bc they choose easy jobs
match: no man will ever marry you with that attitude
match: you're a girl, stick to makeup tutorials
nomatch: feminists want equal pay and safe streets
nomatch: you're a girl who loves makeup tutorials, share some
note: contempt for feminism and women's complaints, "typical woman" after an insult, marriage threats

# ---------------------------------------------------------------------------------------------
# Round 3 (h6), eighth batch: veiled sextortion ("i still have it"), holding images until a
# visit, trading and rating leaked images, face-swapped porn, consent denial, LGBTQ taunts.
# ---------------------------------------------------------------------------------------------

[en.gender_abuse.sextortion.h6-veiled-leverage]
sub: sextortion
weight: 0.72
target: other
pattern: (know|seen|saw) what (u|you|ya) look like (naked|nude|without clothes|undressed|with no clothes)
pattern: (i still have|i still got|i kept|i saved|i have copies of|still got|still have) (it|them|the video|the vid|the pics|ur pics|your pics|those pics|that video|everything|ur nudes|your nudes) ~4 (be nice|do what i say|or else|unless|so answer|so reply|dont block|behave|careful|be good|dont ignore)
pattern: (not|never|wont|won t|aint) (deleting|delete|gonna delete|removing|remove|taking down|take down|getting rid of) (them|it|the pics|the video|ur pics|your pics|the vid|the nudes|ur nudes|your nudes) (until|unless|till|til|if) (u|you|ya)
match: i know what u look like naked and soon everyone will too
match: remember that video? i still have it. be nice to me
match: i'm not deleting them until u come over
nomatch: i still have the video from your birthday, so cute
nomatch: i know what you look like in a suit, very sharp
note: veiled threats that use intimate images as leverage

[en.gender_abuse.image_abuse.h6-trade-rate-fake]
sub: image_abuse
weight: 0.8
target: third
pattern: (who wants|anyone want|anybody want|who want|wanna see|want to see|who needs) (her|his|my exs|ur|the|these|those|some) (leaked|private|nude|naked|spicy|nsfw) (snaps|pics|nudes|vids|videos|photos|noods|pictures)
pattern: (rate|ranking|rank|judge|rating) (my|her|his|this|these|the|that) (exs|ex|gfs|girlfriends|classmates|sisters|crushs|ex gfs) ~1 (nudes|noods|naked pics|tits|boobs|body pics)
pattern: (photoshopped|edited|shopped|put|pasted|deepfaked|faceswapped|face swapped|swapped) (her|his|ur|your|their|my exs|my classmates) (face|head) (on|onto|into) (a|some|the) ~1 (porn|naked|nude|nsfw|sex|xxx|stripper|pornstar|hentai)
pattern: (sent|send|sends) me (pics|nudes|noods|a nude|snaps|a pic|naked pics) ~4 (forwarded|forward|showed|shared|posted|airdropped|sent them|passed) ~3 (squad|boys|the boys|homies|guys|everyone|everybody|the whole school|the team)
match: who wants her leaked snaps, dm me
match: rate my ex's nudes lol
match: i photoshopped her face on a porn pic and sent it around
match: she sent me pics so i forwarded them to the squad
nomatch: who wants to see the pics from the trip
nomatch: i photoshopped her face onto a birthday card
note: trading, rating and faking intimate images of a real person

[en.gender_abuse.sexual_violence.h6-consent-denial]
sub: sexual_violence
weight: 0.7
pattern: (girls|women|she|females|chicks|hoes) (who|that) (say|says|said) no ~3 (need|needs|just need|want|wants|mean|means|dont mean|dont really mean|really mean yes|mean yes|convincing|persuading|pushing|to be pushed)
pattern: (teach|show) (her|that bitch|that girl|that slut|that hoe|them) a lesson ~3 (if you know what i mean|if u know what i mean|iykwim|wink|if ya know what i mean)
match: girls who say no just need convincing
match: someone should teach her a lesson if u know what i mean
nomatch: girls who say no should be respected
nomatch: teach her a lesson in chess, she's getting cocky lol
note: denying that "no" means no and veiled sexual threats

[en.gender_abuse.identity_attack.h6-family-gay-taunt]
sub: identity_attack
weight: 0.62
target: other
pattern: (ur|your|her|his) (dad|mom|mum|parents|brother|sister|family|moms|dads|uncle|aunt) (is|are|r) (gay|lesbian|trans|a fag|a dyke|queer|a tranny|lesbians|gays|a homo) (thats why|which is why|so thats why|no wonder|lol|lmao|ew|eww|and|so)
pattern: (why|stop) (do|does|) (u|you|ya|he|she) (walk|walks|talk|talks|run|runs|act|acts|dress|dresses|sit|sits|dance|dances) like a (girl|fag|gay|sissy|woman|lady|dude|man|boy|lesbian|dyke)
match: ur dad is gay thats why ur so weird
match: why u walk like a girl, u gay?
nomatch: my dad is gay and he's the best
nomatch: why do you dance like a pro, teach me
note: mocking a classmate's family for being LGBTQ and policing how boys and girls move

# ---------------------------------------------------------------------------------------------
# Round 3 (hg): sextortion and image-based abuse (conditional leak threats, "or it goes to your
# contacts", "dm for her nudes", drive/mega links, ex-revenge posting, upskirts, face-swaps onto
# porn) and manosphere prejudice ("age like milk", "after 25 women lose value", "a real woman
# weighs ...", 304, single mothers as leftovers).
# ---------------------------------------------------------------------------------------------

[en.gender_abuse.sextortion.or-i-send-them-to-your-family]
sub: sextortion
weight: 0.9
target: other
also: harassment.threat
pattern: (or|unless|otherwise|or else) ~3 (im|ill|imma|ima|i will|i am|we|well|we will|i) (gonna|going to|) (send|sending|post|posting|show|showing|leak|leaking|share|sharing|forward|forwarding|give|giving) ~4 (to|with) (your|ur) ~1 (parents|mom|mum|dad|family|school|friends|followers|boss|class|teachers|brother|sister|bf|boyfriend|gf|girlfriend|husband|wife|church|coworkers|everyone)
match: send me more pics or im sending the ones i have to your parents and your whole school
match: unless you pay ill forward the video to ur whole family
nomatch: send me the photos or i'll just ask your mom for them
note: the sextortion threat: images held over the victim, sent to family, school or followers unless they comply; the condition ("or", "unless") is what makes sending a threat

[en.gender_abuse.image_abuse.leaked-what-she-sent]
sub: image_abuse
weight: 0.85
target: third
pattern: (leaked|leak|leaking|leaks|exposed|expose|exposing) (the|her|his|my exs|my ex|those|these|all|) ~1 (vid|vids|video|videos|pics|pictures|photos|nudes|noods|tape|sextape|snaps|lewds) (she|he|they|u|you) (sent|gave|made|took|recorded|snapped|sends)
pattern: (posted|posting|shared|sharing|forwarded|forwarding|sold|selling|spread|spreading|dropped|dropping) (the|her|his|those|these|all) ~1 (vid|vids|video|videos|pics|photos|nudes|noods|tape|sextape|snaps|lewds) (she|he|they|u|you) (sent|gave|snapped) (me|us|him|her)
match: leaked the vid she sent me, shes gonna regret dumping me
match: shared the pics she sent me with the whole team
nomatch: posted the video she made for class
note: private images a partner sent, passed on or published: image-based abuse whatever the motive

[en.gender_abuse.image_abuse.ex-nudes-for-access]
sub: image_abuse
weight: 0.6
target: third
pattern: (my exs|my ex|ex|exs|ex girlfriends|ex gf|ex gfs|ex boyfriends|ex bf) (nudes|noods|nude pics|naked pics|sextape|sex tape|lewds|spicy pics|private pics)
pattern: (dm|message|msg|hmu|text) (me|) (for|4) (the|) (access|drive|folder|mega|pics|nudes|her nudes|noods)
match: got my ex's nudes in a drive link, dm for access
match: who wants my ex gf nudes
nomatch: dm me for the link to the stream
note: an ex's intimate images offered around, or access to a folder of them sold or traded; each half is weak alone and the two together flag

[en.gender_abuse.sextortion.r3hg-if-you-dont-media]
sub: sextortion
weight: 0.85
target: other
also: harassment.threat
pattern: if (you|u|ya) (dont|do not|wont|will not|refuse to|block|report|tell|stop|ignore|unadd|leave|break up|say no|delete|unfollow|try to|cant) ~5 (ill|i|im|imma|ima|i will|im gonna|gonna|everyone|everybody|we|well|were) ~2 (post|posting|leak|leaking|share|sharing|send|sending|expose|exposing|release|releasing|upload|uploading|show|showing|forward|forwarding|airdrop|airdropping|spread|spreading|drop|dropping|dump|dumping) ~3 (pics|pictures|photos|nudes|noods|video|vid|videos|vids|screenshots|recording|recordings|clip|clips|tape|lewds|snaps|pic|photo|content|sextape|them|everything|ones|the ones|what i have|what i got)
match: if u don't pay $500 i'm sending your video to all your followers
match: if you break up with me i'm posting your pics
match: if u dont send me more i'm posting the ones i have on ur insta
nomatch: if you don't like it i'll send it back
nomatch: if you don't come i'm sending you the notes anyway
note: conditional threat to release images or recordings
source: r3 hg fresh probes

[en.gender_abuse.sextortion.r3hg-pay-or-it-goes]
sub: sextortion
weight: 0.8
target: other
also: harassment.threat
pattern: (pay|send|venmo|cashapp|money|dollars|bucks|gift card|gift cards|giftcards|crypto|bitcoin|nudes|more|another|paypal|zelle|cash|btc) ~7 or (it|they|these|this|the video|the pics|the vid|the clip|the tape|the vids|the photos|the footage|the videos|everything|them|those|the recording|the screenshots|the nudes|your pics|ur pics|your nudes|ur nudes|your video|ur video) ~1 (goes|go|gets|get|will go|gonna go|going|ends up|end up|is getting|are getting|will be|gonna be|get sent|gets sent|gets posted|get posted|gets leaked|get leaked|is going|are going) (public|viral|online|everywhere|live|out|up|to your|to ur|to everyone|to everybody|to all|to every|to the internet|on the internet|on twitter|on reddit|on insta|on tiktok|on snap|to the whole|to ya)
match: i recorded our call, send money or it goes to your contacts
match: pay me or the video gets posted online
nomatch: send the form or it goes to the wrong office
note: payment or more images demanded under threat of release
source: r3 hg fresh probes

[en.gender_abuse.sextortion.r3hg-recorded-call]
sub: sextortion
weight: 0.4
target: other
pattern: (i|ive|we) (recorded|screen recorded|screenrecorded|saved|captured|have|got|kept) (our|the|your|ur|that|this) (call|facetime|video call|videocall|cam|session|skype|zoom|snap|snaps|live)
match: i recorded our call
nomatch: we recorded the lecture
note: weak alone: a recording held over the target; counts with a demand
source: r3 hg fresh probes

[en.gender_abuse.sextortion.r3hg-unless-you-send]
sub: sextortion
weight: 0.8
target: other
also: harassment.threat
pattern: unless (you|u|ya) (send|pay|do|give|come|reply|answer|respond|meet|keep|unblock|call|facetime|sext|show|take|get back) ~4 (ill|i|im|imma|ima|i will|im gonna|gonna|everyone|everybody|your|ur) ~2 (post|posting|leak|leaking|share|sharing|send|sending|expose|exposing|release|releasing|upload|uploading|show|showing|forward|forwarding|airdrop|spread|spreading|drop|dropping|sees|see|gets|get)
match: unless you send another one, i'll share these with everyone
nomatch: unless you need them, i'll keep the chairs
note: conditional release threat introduced by "unless"
source: r3 hg fresh probes

[en.gender_abuse.sextortion.r3hg-about-to-see-them]
sub: sextortion
weight: 0.4
target: other
also: harassment.threat
pattern: (your|ur|yo) (boyfriend|boyfriends|bf|bfs|girlfriend|girlfriends|gf|gfs|mom|moms|mum|mums|dad|dads|parents|family|familys|husband|husbands|wife|wifes|boss|bosses|school|teacher|teachers|principal|principals|friends|followers|classmates|coach|pastor|church|whole school|entire school|whole class|grandma|grandmas) (is|are|s|r|gonna|about to|bout to|will|finna|is about to|is gonna|are gonna|are about to|is going to|are going to|is finna) ~1 (see|seeing|receive|receiving) (them|these|those|it all|everything|the pics|your pics|ur pics|the video|your nudes|ur nudes|all of it|all of them|every single one|your body|ur body|what you sent|what u sent|the nudes|the screenshots|your video|ur video)
match: your boyfriend's about to see them
nomatch: your mom is going to see the new kitchen tomorrow
nomatch: your family will love the video from the wedding
note: threat that a partner, parent or school will receive the images
source: r3 hg fresh probes

[en.gender_abuse.sextortion.r3hg-remember-those-pics]
sub: sextortion
weight: 0.35
target: other
pattern: remember (those|the|that|these|all those|all the|what) (pics|photos|videos|vids|nudes|snaps|pictures|video|noods) (you|u) (sent|took|made|gave)
match: remember those pics you sent?
nomatch: remember when we went to the beach
note: weak alone (friends reminisce): a reminder of intimate images; counts with a threat
source: r3 hg fresh probes

[en.gender_abuse.image_abuse.r3hg-dm-for-her-nudes]
sub: image_abuse
weight: 0.8
target: third
pattern: (dm|pm|message|msg|hmu|hit me up|text|snap|add|inbox|comment|reply) (me|us|) (for|to get|to see|4|if you want|if u want|if you wanna|if u wanna) (her|his|their|my exs|my ex|this girls|that girls|more of her|all her|the girls|these girls|my gfs|my classmates) ~1 (nudes|noods|nude|lewds|nsfw|sextape|sex tape|naked pics|nude pics|naked vids|leaked pics|leaked vids|leaked nudes|private pics|spicy pics|onlyfans|pics|vids|videos|photos|snaps|content|drive|folder|link|mega)
pattern: (dm|pm|message|msg|hmu|hit me up|text|snap|inbox) (me|us|) (for|to get|to see|4) (the|some|) (nudes|noods|lewds|nsfw pics|sextape|sex tape|naked pics|nude pics|leaked nudes|leaked pics)
match: dm for her nudes
match: hmu for my ex's pics
nomatch: dm me for the pics from the trip
nomatch: dm me for the drive link to the lecture slides
note: offering someone's intimate images on request
source: r3 hg fresh probes

[en.gender_abuse.image_abuse.r3hg-drive-link]
sub: image_abuse
weight: 0.75
target: third
pattern: (drive|mega|dropbox|folder|link|links|gdrive|telegram) ~6 (leaked|stolen|hacked|nude|naked|nsfw|private|spicy) (pics|nudes|vids|videos|photos|snaps|pictures|content|clips|tape)
pattern: (drive|mega|dropbox|folder|link|links|gdrive|telegram) ~8 (my|his|her) (exs|ex|ex gfs|exgfs|ex girlfriends|ex wifes|classmates|crushs) ~1 (pics|nudes|noods|vids|videos|photos|snaps|content|lewds|stuff|tape)
match: drive link in bio, leaked pics of @lily_x
match: dm me for the drive link, got all of my ex's pics
nomatch: drive link in bio for the free sheet music
nomatch: drive link for the leaked album
note: links to folders of leaked or ex-partner images
source: r3 hg fresh probes

[en.gender_abuse.image_abuse.r3hg-ex-content-sharing]
sub: image_abuse
weight: 0.75
target: third
pattern: (sharing|posting|leaking|dropping|uploading|selling|airdropping|spreading|share|post|leak|drop|upload|sell|spread|exposing|expose|dumping|dump|releasing|release) (all|all of|some of|every|) (my|his|her|your|ur) (exs|ex|ex gfs|ex girlfriends|ex wifes|exgfs|exgf|ex bfs|ex boyfriends|baby mamas|baby mommas) ~1 (videos|vids|pics|photos|pictures|snaps|content|tape|private|stuff|folder|drive|sexts|body|nsfw)
pattern: (you|u|ya) (wants|want|wanna|tryna|trying) (to|) see (what|the pics|the nudes|the vids|the video|the stuff|the snaps|those pics|the videos) (my|his|her|this|that|ur|your) ~1 (ex|gf|girlfriend|exgf|girl|chick|classmate|crush|ex girlfriend|bitch|hoe|thot|wife|sister|ex gf|teacher|coworker) ~1 (sent|sends|gave|showed|snapped|dmed|texted)
pattern: (who|anyone|anybody|yall) (wants|want|wanna|tryna|trying) (to|) see (what|the pics|the nudes|the vids|the video|the stuff|the snaps|those pics|the videos) (my|his|her|this|that|ur|your) ~1 (ex|gf|girlfriend|exgf|girl|chick|classmate|crush|ex girlfriend|bitch|hoe|thot|wife|sister|ex gf|teacher|coworker) ~1 (sent|sends|gave|showed|snapped|dmed|texted)
pattern: (here are|heres|here is|dropping|enjoy|behold|look at|check out|peep|rate|leaked|leaking|posting|sharing) (her|his|my exs|this girls|that girls|some of her|all her|these|those|my gfs|my girlfriends|ur moms|your moms) (nudes|noods|lewds|nude pics|naked pics|sextape|sex tape|tits|boobs|nsfw|nude|naked photos|titty pics|nude photos|naked video|nude video)
match: sharing my ex's videos, she should've thought before she left
match: leaking all my ex's content tonight, link in bio
match: who wants to see what my ex sent me 😂 dm
match: here are her nudes boys enjoy
nomatch: my ex and i are still friends, she sent me pics of her new puppy
nomatch: sharing my experience with the new diet
note: revenge posting of an ex's images and passing images around
source: r3 hg fresh probes

[en.gender_abuse.image_abuse.r3hg-sex-tape]
sub: image_abuse
weight: 0.85
target: third
pattern: (leak|leaks|leaking|leaked|post|posting|posted|share|sharing|shared|send|sending|spread|spreading|upload|uploading|uploaded|expose|exposing|drop|dropping|dropped|release|releasing|airdrop|airdropping|sell|selling) (her|his|your|ur|their|my exs) (sex|naked|nude|intimate) (tape|video|vid|vids|videos|pics|photos|pictures|clips|clip|footage|recording|snaps)
pattern: (leak|leaks|leaking|leaked|post|posting|posted|share|sharing|shared|send|sending|spread|spreading|upload|uploading|uploaded|expose|exposing|drop|dropping|dropped|release|releasing|airdrop|airdropping|sell|selling) (the|that|this|our) (sex|naked) (tape|video|vid|vids|videos|footage|recording)
match: posting her sex tape tomorrow, she deserves it
match: leaking our sex video
nomatch: the museum posted the nude sculpture exhibit hours
nomatch: posting the bedroom photos for the listing
note: releasing a sex tape or nude recording
source: r3 hg fresh probes

[en.gender_abuse.image_abuse.r3hg-upskirt]
sub: image_abuse
weight: 0.85
target: third
pattern: (took|taking|take|got|snapped|filmed|recorded|record|film|filming|recording|sneak|sneaked|snuck|shot) ~2 (pics|pictures|photos|a pic|a photo|video|videos|a video|vids|a vid|shots|pic) (up|under|down) (her|their|a girls|the girls|girls|womens|my teachers|the teachers|that girls|this girls) (skirt|skirts|dress|dresses|shirt|top|blouse)
pattern: (pic|pics|photo|photos|video|vid|vids|shots|snap|snaps|picture|pictures) (up|under|down) (her|their|a girls|the girls|girls|womens|teachers|my teachers) (skirt|skirts|dress|dresses|shirt|top|blouse)
match: took pics up her skirt in class lmao
match: snuck a pic down her shirt
nomatch: took pics up the mountain trail
nomatch: took a video down her driveway
note: upskirt and downblouse images
source: r3 hg fresh probes

[en.gender_abuse.image_abuse.r3hg-trading-girls-pics]
sub: image_abuse
weight: 0.7
target: third
pattern: (trade|trading|swap|swapping|sell|selling|buying|buy|collect|collecting) (pics|nudes|noods|lewds|vids|videos|photos|snaps|nsfw|pictures) (of|from) ~2 (girls|girl|chicks|classmates|freshmen|sophomores|juniors|seniors|cheerleaders|hoes|thots|sluts|bitches)
match: trading pics of girls from my school, dm
nomatch: selling photos of my dog
nomatch: buying photos from my class for the yearbook
note: trading or selling images of girls or classmates
source: r3 hg fresh probes

[en.gender_abuse.image_abuse.r3hg-face-on-porn]
sub: image_abuse
weight: 0.85
target: third
also: harassment.threat
pattern: (photoshopped|photoshop|photoshopping|edited|deepfaked|pasted|put|stuck|faceswapped|swapped|shopped|edit) (your|ur|her|his|their|my exs|my teachers|my classmates|that girls|this girls) (face|head|pic|pics|photo|selfie|body) ~3 (on|onto|into|in) ~1 (porn|porno|pornstar|nudes|nude|naked|sex|hentai|nsfw|xxx|stripper)
match: i photoshopped her face on porn and sent it to her class
match: put her face on a naked body
nomatch: i edited her face into the group photo
note: sexual image manipulation of a real person
source: r3 hg fresh probes

[en.gender_abuse.prejudice.r3hg-age-like-milk]
sub: prejudice
weight: 0.7
target: group
pattern: (women|woman|females|female|girls|chicks|bitches|hoes|thots|foids|femoids|roasties|ladies|she|shes|wives|modern women|feminists) (just|all|really|literally|) (age|ages|aging|aged|ageing) like (milk|spoiled milk|sour milk|bananas|avocados|fruit|fish|rotten|cheese|trash|garbage|a banana|an avocado|expired milk)
pattern: (women|females|girls|foids|roasties|chicks|bitches|hoes) (expire|expires|expired|have an expiration date|have an expiry date|come with an expiration date|hit their expiration date|are expired|r expired|are past their prime|past their sell by|have a shelf life)
match: women age like milk
match: females have an expiration date
nomatch: this take aged like milk
nomatch: women age like fine wine
note: manosphere "women age like milk / expire" claims
source: r3 hg fresh probes

[en.gender_abuse.prejudice.r3hg-wall-eggs]
sub: prejudice
weight: 0.6
pattern: (wall|the wall) (hit|hitter|hitters|hitting) ~4 (eggs|egg|ovaries|womb) ~1 (rotten|rotting|dried|dried up|expired|old|dead|shriveled|dying|done)
pattern: (her|their|them|those|roasties|hoes) (eggs|ovaries|womb) (are|r|is|) (rotten|rotting|dried up|drying up|expired|shriveled|shrivelled|dying|dead|old|past) ~3 (she|shes|women|hoes|roastie|no man|nobody|lol|lmao|done|wall|too late|desperate|worthless|useless)
match: wall hit, eggs rotten, she's done
nomatch: my eggs are frozen at the clinic
note: manosphere "wall" and fertility mockery aimed at women
source: r3 hg fresh probes

[en.gender_abuse.prejudice.r3hg-after-25-women]
sub: prejudice
weight: 0.7
target: group
pattern: (after|past|over|at|by) (25|28|30|35|thirty|their 30s|30s|the wall|thirty five|twenty five) ~2 (women|girls|females|a woman|a girl|chicks|she|they|foids|roasties) ~2 (lose|loses|lost|have no|has no|arent worth|are worthless|are useless|are done|is done|are expired|expire|become worthless|become|turn into|are unmarriageable|nobody wants|no man wants|hit the wall|hits the wall) ~2 (value|worth|worthless|useless|done|expired|leftovers|spinsters|cat ladies|hags|nothing|smv|wall)
match: after 25 women lose all value
match: past 30 a woman has no value
nomatch: after 30 women lose bone density faster
note: age-based devaluation of women
source: r3 hg fresh probes

[en.gender_abuse.prejudice.r3hg-no-woman-as-smart]
sub: prejudice
weight: 0.7
target: group
pattern: (no|not one|not a single) (woman|girl|female|chick) ~2 (as|half as) (smart|intelligent|strong|capable|logical|talented|good|funny|competent|rational|skilled|clever) (as|than) (a|any|the|) (man|men|male|males|guy|guys|boy|boys|dude|dudes)
match: no woman is as smart as a man, facts
nomatch: no man is as smart as he thinks
nomatch: no, women are just as smart as men
note: claims that women are categorically inferior to men
source: r3 hg fresh probes

[en.gender_abuse.prejudice.r3hg-single-mothers]
sub: prejudice
weight: 0.6
target: group
pattern: (single moms|single mothers|single mums|single mom|single mother|baby mamas|baby mommas|divorcees|divorced women|women with kids|women with children) (are|r|is) ~2 (used up|leftovers|damaged goods|used goods|trash|garbage|worthless|burdens|parasites|leeches|whores|sluts|hoes|rejects|losers|failures|unlovable|undateable|unmarriageable|red flag|red flags|baggage|leftover|rejected)
match: single mothers are used up leftovers
nomatch: single mothers are heroes
note: contempt for single mothers and divorced women as a class
source: r3 hg fresh probes

[en.gender_abuse.prejudice.r3hg-body-count-shaming]
sub: prejudice
weight: 0.6
pattern: (your|ur|yo) (body count|bodycount|n count|partner count) ~3 (queen|too high|higher than|double digits|triple digits|is high|whore|slut|hoe|used|ran through|nobody wants|no man wants|not wife material|disgusting|gross|trash|used up)
pattern: (her|a girls|a womans|womens|girls|females|their|hoes|shes a|she a) (body count|bodycount|n count|partner count) ~3 (queen|too high|higher than|double digits|triple digits|is high|whore|slut|hoe|used|ran through|nobody wants|no man wants|not wife material|disgusting|gross|trash|used up)
pattern: (bodycount|body count) (queen|whore|slut|hoe)
pattern: (ran through|run through|passed around|ridden) by ~3 (half|all|every|the whole|the entire|the) ~1 (town|city|school|team|football team|class|campus|dudes|guys|men|frat|squad|block|hood|gym|basketball team)
match: she's a bodycount queen, nobody wants that
match: she's a 304, ran through by half the town
nomatch: my body count in halo is insane
nomatch: the body count is higher than reported, officials say
nomatch: she ran through the entire class material in ten minutes
note: sexual-history shaming
source: r3 hg fresh probes

[en.gender_abuse.prejudice.r3hg-real-woman-weighs]
sub: prejudice
weight: 0.65
target: group
also: cyberbullying.appearance_shaming
pattern: (a|any|every) (real|proper|true|good|decent|acceptable|attractive|hot|feminine) (woman|women|girl|girls|wife|lady|female|gf|girlfriend) (weighs|weigh|should weigh|is under|is below|stays under|never weighs|is never over|should be under|should never weigh|has to weigh|must weigh|shouldnt weigh|doesnt weigh) ~3 (under|less|below|no more|max|at most|100|105|110|115|120|125|130|kg|lbs|pounds|more than|over)
pattern: (real|proper|true) (women|woman|girls) (dont|do not|never|shouldnt) (eat|gain|weigh|get fat|have) ~2 (carbs|fat|fatter|more than|over|cellulite|rolls|stretch marks|weight|anything|belly)
match: a real woman weighs under 120 and keeps her mouth shut
match: real women don't eat carbs
nomatch: real women have curves
nomatch: a real woman is whoever she says she is
note: prescriptive body-weight standards for women
source: r3 hg fresh probes

[en.gender_abuse.sextortion.r3hg-media-or-family-sees]
sub: sextortion
weight: 0.85
target: other
also: harassment.threat
pattern: (video|vid|pics|nudes|noods|recording|clip|screenshots|photos|tape|footage) ~8 or (your|ur) (family|parents|mom|mum|dad|friends|followers|school|boss|girlfriend|boyfriend|gf|bf|wife|husband|contacts|classmates|church|teachers|coach) (gets|get|sees|see|will see|finds out|receives|gonna see|get it|gets it|gets them|get them)
pattern: (pay|pay up|send|venmo|cashapp|money|cash|btc|bitcoin|crypto|paypal|zelle|gift cards) ~4 or (everyone|everybody|all|the whole|every) ~4 (sees|see|gets|get|will see|finds out|find out|gonna see|hears|knows|know)
pattern: (got|have|saved|kept|recorded) (the|a|that) (video|vid|recording|clip|pics|screenshots|footage|screen recording) of (you|u|ya) ~1 (on call|on cam|on camera|on facetime|on skype|on video|naked|nude|jerking|masturbating|touching|undressing|on the call)
match: i've got the video of you on call, $200 or your family gets it
match: pay up or everyone from ur school sees what u did on cam
nomatch: i've got the video of the recital, your family will love it
note: recording held over the target with payment or exposure demanded
source: r3 hg fresh probes batch 2

[en.gender_abuse.sextortion.r3hg-see-what-happens-to-pics]
sub: sextortion
weight: 0.85
target: other
also: harassment.threat
pattern: (ignoring me|ignore me|block me|blocking me|leave me on read|dont reply|dont answer|keep ignoring|unadd me|report me|ghost me|ghosting me) ~3 (and|n|then|an) (see|watch|find out) what happens (to|with) (those|these|the|your|ur) (pics|photos|nudes|noods|videos|vids|screenshots|snaps|pictures|video|vid)
pattern: (think|thought|u think|you think) i (deleted|got rid of|erased|removed|destroyed) (them|the pics|the video|ur pics|your pics|those|the nudes|the screenshots|your nudes|ur nudes|the vid|those pics) ~4 (think again|lol|nope|nah|wrong|answer|reply|text me|respond|pick up)
pattern: send ~3 (feet|foot|feet pics|toes|bra|panties|underwear|thong|bikini|butt|booty|chest|cleavage|body|tits|boobs) ~3 or (ill|i|im|imma|else|everyone|your|ur) ~2 (post|leak|share|send|show|tell|expose|release|upload|see|sees|telling|posting|sending|leaking|exposing)
match: keep ignoring me and see what happens to those pics
match: you think i deleted them? think again, answer my texts
match: send feet or i tell your bf what u said about him
nomatch: you think i deleted the photos from the trip? no they're in the drive
note: coercion with held images: "see what happens to those pics", "think I deleted them?"
source: r3 hg fresh probes batch 2

[en.gender_abuse.image_abuse.r3hg-nudes-thread]
sub: image_abuse
weight: 0.7
target: third
pattern: (nudes|noods|lewds|nsfw pics|leaked pics|nude pics|naked pics) (thread|folder|drive|channel|server|gc|group|chat|mega|dump|collection|leaks|link|album)
pattern: (girls|women|chicks|hoes|thots|sluts|bitches|cheerleaders|students|teachers) (from|at|in) ~3 (nudes|noods|lewds|leaks|naked pics|nude pics)
match: girls from jefferson high nudes thread, drop what u got
nomatch: report any nude photo scams to the school
note: threads and folders collecting intimate images of girls
source: r3 hg fresh probes batch 2

[en.gender_abuse.image_abuse.r3hg-everyone-has-seen]
sub: image_abuse
weight: 0.75
target: third
pattern: (everyone|everyones|everybody|everybodys|the whole school|the whole class|the whole team|all the boys|the boys|all my friends|the whole internet|the internet|half the school|the entire school) ~2 (seen|see|saw|seeing|watched|got) (her|his|your|ur) (body|nudes|tits|boobs|pussy|dick|naked|noods|ass|nude pics|naked pics|sextape|nude video|naked body)
match: my ex thought she could leave, now everyone's seen her body lol
nomatch: everyone has seen her new painting
note: boasting that intimate images were spread
source: r3 hg fresh probes batch 2

[en.gender_abuse.image_abuse.r3hg-upload-to-porn-site]
sub: image_abuse
weight: 0.75
target: third
pattern: (upload|uploading|uploaded|post|posting|posted|putting|put|sell|selling|sold|share|sharing) ~5 (to|on|onto) (pornhub|xvideos|xhamster|reddit nsfw|porn site|porn sites|a porn site|motherless)
pattern: (anyone|anybody|who|yall|who else) (want|wants|wanna|tryna|need) (the|a|this|that|my) (vid|video|pics|tape|clip|recording|snaps|photos|pictures) (of|from) (her|him|my ex|this girl|that girl|them|the girl|my gf|ur gf|your gf|my girlfriend|the chick|my exgf)
match: uploading the video she sent me to pornhub, tag her name
nomatch: posting my story about addiction to porn
match: anyone want the vid of her from last night lol
nomatch: anyone want the vid of the game from last night?
note: uploading a person's images to porn sites or offering them around
source: r3 hg fresh probes batch 2

[en.gender_abuse.image_abuse.r3hg-voyeur-pics-of-relative]
sub: image_abuse
weight: 0.8
target: third
pattern: (pic|pics|photo|photos|video|vid|vids|videos|picture|pictures|snaps|clip|recording|recordings) of (my|his|her|ur|your|this|that|the|our) ~1 (stepsis|stepsister|sis|sister|roommate|neighbor|neighbour|classmate|coworker|cousin|babysitter|teacher|mom|friend|crush|ex|gf|girlfriend|wife|girl|bitch|landlady|tutor|maid|stepmom|aunt) ~2 (in the shower|showering|changing|undressing|naked|nude|topless|in the bathroom|on the toilet|in her underwear|in her bra|without clothes|getting dressed|in the changing room|in the locker room)
pattern: (caught|saw|seen|watched|filmed|recorded|screenshotted) (her|him|them|my stepsis|my sister|that girl|this girl|my roommate|my neighbor) (changing|undressing|naked|in the shower|showering|topless|getting dressed|in her underwear)
pattern: (creep shots|creep shot|creep pics|creeper shots|creeper pics|creep vids|creep videos)
match: i have pics of my stepsis in the shower, who wants
match: caught her changing on the facetime and screenshotted it, sharing with the boys
match: creep shots from the gym, that girl in the pink leggings
nomatch: pics of my sister at her graduation
nomatch: pics of my sister asleep on the couch lol
note: voyeuristic images of relatives, roommates or strangers
source: r3 hg fresh probes batch 2

[en.gender_abuse.prejudice.r3hg-women-peak-young]
sub: prejudice
weight: 0.7
target: group
pattern: (women|females|girls|chicks|a woman|a girl|foids|she|woman) (peak|peaks|peaked|hit their peak|hit her peak|are at their peak|are prime) (at|around|by|before) (16|17|18|19|20|21|22|23|24|25|sixteen|eighteen|twenty|twenty one|twenty two) ~5 (downhill|wall|worthless|value|expired|useless|done|over|decline|declines|rot|nobody|no man|hag|hags)
pattern: (women|ladies|girls|females|chicks|a woman|a girl|woman|girl) (over|past|above|older than|after) (25|27|28|29|30|35|40|thirty|forty|the wall) (are|r|is) ~2 (leftovers|leftover|expired|worthless|useless|hags|spinsters|used up|past it|trash|garbage|unwanted|rejects|desperate|dried up|unmarriageable|cat ladies|irrelevant|invisible)
pattern: (womans|womens|woman|women|girls|females) (value|worth|smv|market value|sexual market value) (drops|drop|declines|decline|plummets|plummet|falls|fall|goes down|go down|decreases|tanks|expires|crashes|disappears) ~5 (after|past|once|when|at|by|every) ~2 (25|27|28|29|30|35|thirty|wall|age|year|birthday|they|she)
match: women peak at 22, after that it's downhill
match: ladies over 30 are just leftovers nobody picked
match: a woman's value drops every year after 25
nomatch: women peak in strength later than people think, in their 30s
nomatch: many women over 30 report higher job satisfaction
note: manosphere age-devaluation of women
source: r3 hg fresh probes batch 2

[en.gender_abuse.prejudice.r3hg-damaged-goods]
sub: prejudice
weight: 0.55
target: group
pattern: (girls|women|females|hoes|a girl|a woman|every girl|every woman|any girl|any woman|chicks) ~6 (are|is|r|becomes|become|s) ~2 (damaged goods|used goods|secondhand|second hand|tainted|spoiled goods|worn out|a used car|unmarriageable|not wife material|not wifey material|a walking std|walking std)
pattern: (shes|she is|she a|shes a|she just|shes just|your gf|ur gf|your girl|ur girl) ~2 (damaged goods|used goods|secondhand|tainted|spoiled goods|worn out|a used car|unmarriageable|not wife material|not wifey material|a walking std|walking std)
match: every girl with a high count is damaged goods
match: she's a walking std with that body count
nomatch: the shipment arrived as damaged goods
nomatch: she returned the damaged goods to the store
note: sexual-history shaming of women
source: r3 hg fresh probes batch 2

[en.gender_abuse.prejudice.r3hg-only-exist-to]
sub: prejudice
weight: 0.75
target: group
pattern: (women|females|girls|wives|a woman|a wife|woman) (only|just|) (exist|exists|are here|are only here|are just here|live|were made|were only made|were created|are born|were born) (to|for) ~2 (have babies|make babies|bear children|breed|breeding|serve|cook|clean|please|pleasure|obey|sex|fuck|make sandwiches|be fucked|birth|serve men|make men happy|please men|make us happy|satisfy men|serve us|pleasure men|make their husbands happy)
pattern: (a|any|every) (woman|girl|female|wife|lady|gf|girlfriend|chick) (over|above|heavier than|who weighs|weighing|more than|past) ~4 (disgrace|disgusting|gross|unattractive|whale|a whale|a cow|cow|a pig|pig|worthless|unfuckable|undateable|nasty|lazy|a heifer|heifer|ugly|embarrassing|hideous|landwhale)
pattern: (hoes|women|bitches|females|girls|sluts|thots|whores|she|wives) (get|gets|got|deserve|deserves|deserved) (what|whatever) (they|she) (deserve|deserves|deserved|asked for|had coming) ~4 (hit|beaten|beat|slapped|smacked|punched|choked|raped|hurt|killed|abused)
pattern: no (self respecting|real|sane|smart|decent|high value|alpha|sigma) (man|men|guy|dude) (marries|would marry|will marry|dates|would date|wants|wifes up|would wife up|should marry|should date|touches) (a|an|) (single mom|single mother|single mum|woman with kids|divorcee|roastie|hoe|slut|thot|feminist|woman over 30|used|fat chick|fat girl)
match: women only exist to have babies and cook
match: women are only here to make men happy
match: a woman over 150 pounds is a disgrace
match: any female over 140lbs is a whale
match: hoes get what they deserve when they get hit
match: no self respecting man marries a single mom
nomatch: a woman over 150 pounds can still run marathons, look at my aunt
nomatch: no self respecting man ghosts a single mom, be decent
note: women as breeders or servants; weight standards; violence as deserved; single mothers as unmarriageable
source: r3 hg fresh probes batch 2

[en.gender_abuse.sextortion.r3hg-or-mom-sees-the-vid]
sub: sextortion
weight: 0.8
target: other
also: harassment.threat
pattern: or (your|ur|yo) (mom|mum|dad|parents|family|boyfriend|bf|girlfriend|gf|husband|wife|boss|school|teacher|principal|friends|followers|classmates|coach|pastor|church|contacts|whole school|grandma) (sees|see|gets|get|will see|is gonna see|are gonna see|gonna see|finds|receives) (the|your|ur|those|these|my|that|this) (vid|video|pics|nudes|noods|videos|vids|photos|recording|clip|tape|screenshots|pictures|snaps|sextape)
match: $$ or ur mom sees the vid
nomatch: hurry or your mom sees the surprise
note: threat that family or partner receive the images, demand left implicit
source: r3 hg fresh probes batch 3

[en.gender_abuse.image_abuse.r3hg-whole-squad-has-it]
sub: image_abuse
weight: 0.75
target: third
pattern: (sent|send|sends|showed) (me|us|him) (her|his) (body|nudes|noods|tits|boobs|ass|pussy|naked pics|nude pics|body pics|nude|naked body) ~6 (whole|all|everyone|everybody|the boys|squad|gc|group|team|server|everyones|everybodys) ~2 (has|have|got|seen|saw|sees)
pattern: (anyone|anybody|who|whos|someone|somebody|yall) (got|has|have|selling|sell|need|want) (the|that|this|a|her|those) ~2 (girl|girls|chick|teacher|classmate|cheerleader|cheerleaders|hoe|thot|ex|gf|sister|bitch|chicks) ~4 (leaks|nudes|noods|lewds|nsfw|sextape|nude pics|naked pics|pics|vids)
pattern: (got|have|selling|sell|trading|trade|buy|dm|dm me|hmu|who wants|anyone want) ~3 (the|a|my) (folder|drive|mega|dropbox|collection|stash|vault) (of|on|with) ~2 (cheerleaders|girls|chicks|classmates|teachers|hoes|thots|sluts|exs|ex|gf|girlfriend|sister|crush|neighbor|cheerleader|girl)
pattern: (your|ur|yo) (exs|ex gfs|exgfs|ex girlfriends|ex wifes|girlfriends|gfs|classmates|sisters|teachers|crushs|bitchs|hoes) (nudes|noods|nude pics|naked pics|sextape|lewds|pics|vids|videos|body) (are|r|is|going|go|now|just went|went) ~2 (on|up|in|online|public|viral|live)
pattern: (my|his|her) (exs|ex gfs|exgfs|ex girlfriends|ex wifes|girlfriends|gfs|classmates|sisters|teachers|crushs|bitchs|hoes) (nudes|noods|nude pics|naked pics|sextape|lewds|pics|vids|videos|body) (are|r|is|going|go|now|just went|went) ~2 (on|up|in|online|public|viral|live)
match: she sent me her body so now the whole squad has it
match: anyone got the girl from 3rd period's leaks
match: dm me i got the folder of the cheerleaders
match: my ex's nudes r on my story for 24h
nomatch: anyone got the notes from 3rd period?
nomatch: dm me for the folder of practice sheets
note: passing a girl's images around a group, folders and "leaks" of named girls
source: r3 hg fresh probes batch 3

[en.gender_abuse.prejudice.r3hg-walking-wombs]
sub: prejudice
weight: 0.75
target: group
pattern: (women|females|girls|wives|foids|woman) (are|r|is) (basically|just|nothing but|only|simply|literally|) (walking|) (wombs|womb|incubators|baby machines|breeding machines|uteruses|holes|fuckholes|sex dolls|breeders|cumdumps|meat|pieces of meat|fleshlights|baby factories|breeding stock|sex toys|walking sex toys|fuck toys|fucktoys|sex objects|cumdumpsters)
pattern: (women|females|girls|foids|chicks|she) (hit|hits|reach|reaches|turn|turns) (25|28|30|35|thirty|the wall|their 30s|30s) (and|n|then) ~2 (become|becomes|are|turn|turns|get|gets|go) ~1 (useless|worthless|ugly|undateable|unfuckable|expired|trash|garbage|invisible|irrelevant|hags|hag|spinsters|bitter|desperate|done|unmarriageable)
pattern: (a man|men|guys|a guy|a dude) (can|could|get to|gets to) (have a past|sleep around|be a player|have a body count|be a hoe) ~2 (a woman|women|girls|a girl|females|she) (cant|cannot|shouldnt|isnt allowed|arent allowed)
pattern: typical (female|woman|girl|women|females|chick|bitch|hoe|thot|foid) ~4 (cries|crying|cry|whining|whines|emotional|hysterical|cant|dramatic|overreacting|complaining|nagging|drama|mad|lying|lies|crazy)
pattern: (the wall|wall) (hit|hits|got|caught up with|took|destroyed|ruined|claimed) (her|them|she|those|these|em) ~1 (hard|bad|good|fast|early|like|lmao|lol|already|finally|badly|too)
match: women r basically walking wombs
match: women are just walking sex toys
match: females hit 30 and become useless
match: a man can have a past, a woman can't, thats just facts
match: typical female, cries when she loses
match: she's old and dried up, wall hit her hard
nomatch: a man can have a past, a woman can too, that's equality
nomatch: women hit 30 and become more confident, studies say
nomatch: typical fall weather, cold and rainy
note: women as reproductive objects, age devaluation, sexual double standards, "typical female", "the wall hit her"
source: r3 hg fresh probes batch 3

[en.gender_abuse.sextortion.r3hg-or-pics-go-everywhere]
sub: sextortion
weight: 0.8
target: other
also: harassment.threat
pattern: or ~3 (those|these|the|your|ur|my|all the|all your|all ur) (pics|photos|nudes|noods|videos|vids|video|vid|screenshots|recordings|pictures|snaps|clips|sextape) (go|goes|get|gets|will go|will be|are going|is going|gonna go|end up|are|r) ~1 (everywhere|online|public|viral|out|posted|leaked|sent|up)
pattern: (thought|think|thinking) (you|u|ya) (could|can) (dump|leave|break up with|block|ghost|cheat on|ignore|unadd|unfollow|get away from) me ~4 (post|leak|share|send|expose|nudes|pics|video|vids)
pattern: (until|till|til|by) (midnight|tonight|tomorrow|noon|friday|monday|morning|the end of the day|end of day|sunday|saturday) ~5 or (its|it is|ur|youre|you are|your life is|ur life is|everything is|its all) ~1 (over|done|finished|ruined|dead|gone)
match: answer me or i swear those pics go everywhere
match: you've got until midnight to send 500 or its over for you
nomatch: answer me or i'll assume you're asleep lol
nomatch: submit by midnight or the portal closes
note: image-release threats and deadlines
source: r3 hg fresh probes batch 4

[en.gender_abuse.image_abuse.r3hg-passed-out-pics]
sub: image_abuse
weight: 0.75
target: third
pattern: (passed out|blacked out|was unconscious|was knocked out|was out cold) ~4 (took|taking|take|got|snapped|filmed|recorded|drew on|drew) (pics|pictures|photos|videos|a video|vids|a pic|a photo|snaps|nudes)
pattern: (passed out|blacked out|unconscious|knocked out|out cold|so drunk|too drunk|so wasted) ~4 (took|taking|got|snapped|filmed|recorded|passed|shared|sent|posted|spread|passing|sharing) (her|his|their) (pics|pictures|photos|videos|vids|snaps|nudes)
pattern: (send|sending|sent|show|showing|showed|airdrop|airdropping|airdropped|forward|forwarding) (the whole|all the|everyone|everybody|my|the) ~1 (team|boys|squad|class|school|gc|chat|group|friends|homies|guys|grade) (the|that|this) (vid|video|pics|tape|clip|photos|snaps|nudes) of (my ex|her|my exgf|my gf|that girl|this girl|his ex|my girlfriend|ur mom|your mom|ur sister|your sister|ur gf|your gf)
pattern: (undress|undressing|nudify|nudifying|nudifier|clothes remover|strip|stripping) (app|ai|bot|tool|filter|website|site) ~3 (on|of|with) (that|this|her|my|a|the) ~2 (girl|girls|classmate|classmates|teacher|crush|ex|sister|pics|pic|photos|insta)
pattern: (leak|leaked|leaks|leaking) (that|this|her|his) ~1 (of|onlyfans|fansly|ppv)
match: she passed out so we took pics lol
match: she was so drunk we passed her pics around
match: sending the whole team the vid of my ex, she deserves it
match: ai undress app on that girl from bio class 😭
match: someone leak that influencer's of already
nomatch: she passed out from the heat so we took her to the nurse
nomatch: she was so drunk we drove her home and put her to bed
nomatch: we got drunk and took pics at the bar lol
nomatch: the baby fell asleep so i took pics
nomatch: sending the whole team the vid of the game winner
nomatch: the school held an assembly on ai undress apps and why they're illegal
note: images of incapacitated people, passing an ex's video around, nudify apps on real girls, leaking paid content
source: r3 hg fresh probes batch 4

[en.gender_abuse.prejudice.r3hg-lose-value-not-virgins]
sub: prejudice
weight: 0.7
target: group
pattern: (women|woman|girls|a girl|a woman|females|she) ~2 (lose|loses|lost|have no|has no) ~1 (value|worth) (once|when|after|if|because|since) ~3 (virgin|virgins|virginity|body count|slept|sleeps|sex|fuck|fucked|bodies|wall|30|25|old|older|ran through|used)
pattern: (women|girls|females|chicks|bitches|wives|hoes) (are|r|be) like (cars|a car|used cars|a used car|lockers|keys|locks|gum|chewed gum|chewing gum|a lollipop|lollipops|roses|tape|toilets|property|cattle|dogs) ~8 (driven|used|worth less|worthless|value|opened|chewed|licked|ruined|nobody|no one|no man|master key|sticky|mileage)
pattern: (hoes|thots|bitches|sluts|girls|women|females) (are|r|is|be) (for the streets|for the boys|community property|community pussy|public property)
pattern: men (are|r) (superior|the superior sex|naturally superior|inherently superior|biologically superior|above women)
pattern: (women|girls|females) (are|r) (just|only|merely) (support|supporting roles|side characters|accessories|decoration|decorations|eye candy|arm candy|trophies)
match: women are like cars, once they've been driven they're worth less
match: all these hoes are for the streets
match: men are superior, women are just support
nomatch: women lose value in the job market because of bias, the study says
nomatch: all these shoes are for the streets, not the gym
note: purity and "used" metaphors, male-superiority claims
source: r3 hg fresh probes batch 4

[en.gender_abuse.prejudice.r3hg-just-a-woman]
sub: prejudice
weight: 0.6
target: other
pattern: (youre|ur|you are|u r) (just|only|merely|nothing but) (a|some) (woman|girl|female|chick|broad|housewife|little girl) ~3 (go|so|shut|stay|get back|know|cry|sit down|what do you know|who cares|your opinion|ur opinion|nobody cares|no one cares|dont|leave)
pattern: (shes|she is) (just|only|merely|nothing but) (a|some) (woman|girl|female|chick|broad|housewife|little girl) ~3 (go|so|shut|stay|get back|know|cry|sit down|what do you know|who cares|your opinion|ur opinion|nobody cares|no one cares|dont|leave)
pattern: (a|any|every) (real|good|proper|true|decent|traditional) (woman|wife|girl|lady|girlfriend|gf) ~3 (cooks|cleans|obeys|submits|serves|shuts up|stays home|stays quiet|never talks back|doesnt talk back|never argues|knows her place|listens to her man|makes sandwiches|keeps her mouth shut|keeps quiet|does what shes told|does as shes told)
pattern: (rest of us|the rest of us|normal guys|nice guys|average guys|short guys|us incels|regular guys) ~3 (get nothing|get nothin|are invisible|get ignored|dont exist|rot|never get|get scraps|get leftovers)
match: you're just a woman, go cry to your husband
match: a real woman cooks, cleans and never talks back
match: girls only want chad, the rest of us get nothing
nomatch: you're just a kid, go have fun
note: dismissing a woman for her gender; traditional-role prescriptions; incel grievance
source: r3 hg fresh probes batch 4

[en.gender_abuse.prejudice.r3hg-not-virgins-explicit]
sub: prejudice
weight: 0.7
target: group
pattern: (women|woman|girls|a girl|a woman|females|she) ~2 (lose|loses|lost|have no|has no) ~1 (value|worth) (once|when|after|if|because|since) (theyre|they are|shes|she is|they|she|youre|ur) (not|no longer|arent|isnt) (virgins|a virgin|virgin|pure)
match: women lose all value once they're not virgins
nomatch: women lose value in the job market
note: separate entry so that the pattern's own "not" is a slot, not a gap-skipped negation (see report)
source: r3 hg fresh probes batch 4

[en.gender_abuse.sextortion.r3hg-thought-i-wouldnt-post]
sub: sextortion
weight: 0.8
target: other
also: harassment.threat
pattern: (thought|think|thinking) (you|u|ya) (could|can) (dump|leave|break up with|block|ghost|cheat on|ignore|unadd|unfollow|get away from) me (and|that|n) (i|id) (wouldnt|would not|wont|will not|couldnt|didnt|dont) (post|leak|share|send|expose|release|show)
match: u really thought u could dump me and i wouldnt post ur nudes?
nomatch: i thought you could come over and i would cook
note: rhetorical "you thought I wouldn't post": the negation is part of the threat; separate entry so the gap variant's negation does not win
source: r3 hg fresh probes batch 4

[en.gender_abuse.sextortion.r3hg-you-know-what-to-do]
sub: sextortion
weight: 0.3
target: other
pattern: (you|u|ya) know what (to do|you have to do|u have to do|you gotta do|u gotta do)
pattern: (i|we|ive) (screenshotted|saved|screenrecorded|screen recorded|recorded|ssd) (ur|your|all your|all ur|all of your|all of ur) (snap|story|facetime|video|live|stream|call|pic|snaps|stories|pics)
pattern: (wanna|want to|if you want to|if u want to|if you wanna|if u wanna|unless you want|to) (keep|keeping) (it|this|them|that) (between us|between you and me|between me and you|our secret|our little secret|private|off the internet|offline)
match: i screenshotted ur snap, wanna keep it between us? then u know what to do
nomatch: do you know what time it is
note: weak alone (very common benign phrase); moved out of i-still-have-the-video (0.5) so it only counts next to a held image or a demand
source: r3 hg FP review

[en.gender_abuse.sextortion.r3hg-dont-want-school-seeing]
sub: sextortion
weight: 0.7
target: other
also: harassment.threat
pattern: (you|u|ya) (dont|do not|wouldnt|would not) (want|wanna) (your|ur) ~1 (school|mom|mum|dad|parents|family|boyfriend|bf|girlfriend|gf|friends|followers|boss|teachers|classmates|church|husband|wife|coach|principal) (seeing|to see|see|finding|to find|getting|to get|reading|to read) (them|these|those|what you|what u|your pics|ur pics|your nudes|ur nudes|the pics|the video|the vid|your snaps|ur snaps|the screenshots|your video|ur video)
pattern: (blocking|block|blocked|deleting|delete|reporting|unadding|ignoring) (me|this|my account|the chat|our chat) (wont|will not|doesnt|does not|cant|aint gonna|isnt gonna) (delete|erase|remove|undo|change|make) (what i have|what i got|the pics|the video|the screenshots|the nudes|them|my copies|everything i have|what i saved)
match: i saved all your snaps, you don't want your school seeing them right
match: blocking me won't delete what i have of you
nomatch: you don't want your mom seeing the mess in here
note: leverage over held images: "you don't want your school seeing them"
source: r3 hg fresh probes batch 5

[en.gender_abuse.image_abuse.r3hg-spicy-pics-leak]
sub: image_abuse
weight: 0.8
target: third
pattern: (leak|leaking|leaked|post|posting|drop|dropping|sharing|share|selling|sell|giving away|give away|handing out|trading|sending out|dumping) ~2 (spicy|nsfw|lewd|topless) (pics|photos|vids|videos|content|snaps|pictures|clips)
pattern: (her|his|their|my exs|this girls|that girls|that teachers) (onlyfans|of|fansly|only fans|premium snap|ppv|nudes) (is|are|for) (free|leaked|out|available) (if|now|here|in|at|dm|to)
pattern: (got|have|has|selling|sell|sharing|share|posting|post|dm for|dm me for|hmu for) (a|the|some|) (deepfake|deepfakes|deepfake porn|deepfake nudes|ai nudes|ai nude|fake nudes|nude edit|nude edits) (of|with) ~1 (our|my|her|that|this|the|ms|mrs|miss|mr|a)
pattern: (filmed|recorded|photographed|filming|recording|taped|snapped|pics of|video of|vid of) (her|him|them|girls|women|my|that girl|this girl) ~3 (dressing room|changing room|locker room|fitting room|shower|showers|bathroom|restroom|toilet|stall|bedroom window)
pattern: (nudes|noods|lewds|nude pics|naked pics|nsfw pics) of (every|all the|all|half the|the|these|those|some) ~1 (girl|girls|chicks|cheerleaders|classmates|teachers|women|hoes|thots|students|freshmen|juniors|seniors|sophomores)
match: leaking @jess's spicy pics at 100 likes
match: giving away my ex's spicy pics, first 10 dms
match: her onlyfans is free if u know where to look 😏 dm
match: got a deepfake of our english teacher, dm for it
match: filmed her in the dressing room lmao
match: nudes of every girl in our grade in one drive
nomatch: took a video of the locker room renovation for the school paper
nomatch: sharing explicit pics of minors is a crime
nomatch: the school banned deepfakes after the incident, good
note: leaking explicit content, paid content, deepfakes, voyeur recordings and collections of girls' nudes
source: r3 hg fresh probes batch 5

[en.gender_abuse.prejudice.r3hg-grateful-men-talk]
sub: prejudice
weight: 0.7
target: group
pattern: (women|females|girls|foids|chicks|wives) (should|need to|must|ought to|better) (be|feel) (grateful|thankful|lucky|happy) (that|) (men|guys|a man|any man|we) (even|still|would|ever) ~1 (talk|look|date|notice|touch|marry|want|speak)
pattern: (over|past) (30|32|33|34|35|36|38|40|thirty|thirty five|forty) ~3 (no kids|childless|single|unmarried|no husband|no man) ~4 (time is up|clock|expired|too late|done|wall|hag|leftover|nobody|no man|cat lady|cat ladies|tick tock)
pattern: (ladies|chicks|hoes|bitches|thots|modern women|most women|these women|roasties|females|foids) (all|) (hit|hits|hitting|have hit|will hit|gonna hit) the wall
pattern: (hit|hits) the wall (and|then|n) ~2 (cry|cries|complain|complains|wonder|wonders|blame|blames|want|wants|look for|settle|settles|beg|begs|chase|chases)
pattern: (high|big|double digit|triple digit) (body count|bodycount|bodycounts|body counts|n count|count) ~4 (cant|cannot|can not|unable to|no longer|never) ~1 (pair bond|pairbond|bond|be loyal|be faithful|commit|love|settle down)
pattern: (cant|cannot|can no longer|unable to|lost the ability to) (pair bond|pairbond)
match: women should be grateful men even talk to them
match: she's over 35 with no kids, her time is up
match: ladies hit the wall and then cry about no good men
match: chicks with high bodycounts can't pair bond
nomatch: she's over 35 with no kids and loving life
nomatch: she hit the wall in the last mile but finished strong
note: manosphere talking points: gratitude, age deadlines, the wall, pair bonding
source: r3 hg fresh probes batch 5

[en.gender_abuse.prejudice.r3hg-womans-job]
sub: prejudice
weight: 0.65
target: group
pattern: (a womans|womans|womens|a wifes|wifes|a girls) (job|role|duty|purpose|place|function|responsibility) (is|is to) ~1 (keep|make|please|serve|cook|clean|obey|satisfy|stay|take care of) ~2 (her man|her husband|men|man|him|happy|home|kitchen|quiet|pretty|babies|kids|satisfied|house)
pattern: (women|wives|girls|females|bitches|hoes|a wife|a woman|a girl) (who|that) (dont|wont|never) (obey|listen|submit|cook|clean|behave) ~2 (deserve|deserves|get|gets|need|needs) ~2 (what they get|it|hit|beaten|slapped|smacked|punished|a beating|a slap|the belt|disciplined)
pattern: (women|females|girls|foids|chicks|bitches) (are|r) (literally|basically|just|all|) (npcs|npc|bots|robots|sheep|cattle|objects|props|furniture)
pattern: (every|all|any) (woman|women|girl|girls|female|females|chick|hoe|bitch) (has|have|got) (a|their|her) (price|price tag)
match: a woman's job is to keep her man happy, period
match: wives who don't obey deserve what they get
match: females are literally npcs
match: every woman has a price
nomatch: a woman's place is wherever she wants to be
nomatch: every woman deserves respect
note: women as servants, punishment for disobedience, dehumanising labels
source: r3 hg fresh probes batch 5

[en.gender_abuse.image_abuse.r3hg-who-wants-ex-nudes]
sub: image_abuse
weight: 0.8
target: third
pattern: (who wants|anyone want|anybody want|who want|wanna see|want to see|who needs|who tryna see|yall want|u want|you want) (her|his|my exs|my ex|ur|your|the|these|those|some|my gfs|my girlfriends|this girls|that girls|my girlfriends) (nudes|noods|lewds|sextape|sex tape|naked pics|nude pics|nsfw)
pattern: (secretly|secret|hidden|without her knowing|without him knowing|without them knowing|behind her back) (recorded|filmed|taped|photographed|recording|filming) (us|her|him|them|it) ~4 (post|posting|share|sharing|send|sending|upload|uploading|leak|leaking|sell|selling|show|showing)
pattern: (secretly|secret) (recorded|filmed|taped) (us|her|him|them) (having sex|fucking|in bed|hooking up|naked|together|doing it)
pattern: (put|hid|hide|hidden|installed|install|placed|planted|set up|setting up) (a|the|some|) ~1 (camera|cam|cameras|cams|spy cam|spycam|hidden camera|gopro|phone) (in|inside|under|behind|above) (the|her|their|his|a) ~1 (bathroom|shower|showers|locker room|changing room|dressing room|bedroom|toilet|stall|restroom)
match: who wants my ex's nudes lol
match: i secretly recorded us and i'm posting it
match: i put a camera in the bathroom lol
nomatch: i put a camera in the nursery to watch the baby
nomatch: he secretly recorded me and i reported him to police
note: offering an ex's nudes, secret recordings, hidden cameras
source: r3 hg fresh probes batch 6

[en.gender_abuse.sextortion.r3hg-if-you-block-pics-go]
sub: sextortion
weight: 0.85
target: other
also: harassment.threat
pattern: if (you|u|ya) (block|report|ignore|unadd|leave|unfollow|tell|dont|stop|ghost) ~3 (your|ur) (pics|photos|nudes|noods|videos|vids|video|vid|snaps|pictures|sextape|screenshots) (go|goes|get|gets|will go|will be|are going|end up|are|r) ~1 (on|to|up|online|everywhere|public|viral|out|in)
pattern: (ex|exgf|ex gf|she|girl|gf|girlfriend) (sent|send|gave|showed) (me|us) (her|his|their) (nudes|noods|pics|lewds|body pics|nude pics|naked pics|videos|vids|sextape) ~5 (dropping|posting|leaking|sharing|selling|sending|uploading|airdropping|spreading|forwarding|drop|post|leak|share|sell|upload|forward) (them|it|em|those|these|everything)
match: if you block me your pics go on reddit
match: ex sent me her nudes years ago, dropping them now 😂
nomatch: if you block me on words with friends i'll be sad
note: release threats tied to blocking; re-sharing images an ex sent
source: r3 hg fresh probes batch 7

[en.gender_abuse.prejudice.r3hg-used-up-hag]
sub: prejudice
weight: 0.65
target: group
pattern: (after|past|over) (25|28|30|35|40|thirty|forty|the wall) ~1 (shes|she is|women are|girls are|they are|theyre|a woman is|a girl is|females are|she becomes|women become|she|women) ~2 (used up|hag|old hag|leftover|leftovers|worthless|expired|dried up|washed up|roastie|spinster|cat lady|undateable|unmarriageable|garbage|trash|useless)
pattern: no (man|men|guy|guys|dude) (should|would|will|wants to) (marry|date|wife up|commit to|trust) (a|any) (woman|girl|female|chick) (with a past|with a body count|with kids|over 30|who sleeps around|with tattoos|with opinions)
pattern: (past her prime|past their prime|hit the wall|wall hit) ~6 (settle|settling|beta|betas|beta bux|provider|simp|cats|cat lady|desperate|leftover|nobody|no man)
match: after 30 she's just a used up hag
match: no man should marry a woman with a past
match: she's past her prime, time to settle for a beta
nomatch: after 30 she started her own company
nomatch: after 30 minutes the dough is useless
note: manosphere "used up / past her prime / settle for a beta"
source: r3 hg fresh probes batch 7

[en.gender_abuse.sextortion.r3hg-or-i-share]
sub: sextortion
weight: 0.8
target: other
also: harassment.threat
pattern: (or|otherwise|else|or else) (i|ill|im|imma|ima|i will|im gonna|we|well) ~1 (share|sharing|send|sending|show|showing|forward|forwarding|spread|spreading|drop|dropping|airdrop|airdropping|dump|dumping) (the|your|ur|these|those|all the|all your|her|his|my) (pics|photos|nudes|noods|videos|vids|video|vid|screenshots|recording|recordings|clip|clips|tape|sextape|lewds|snaps|pictures)
pattern: (send|sending|post|posting|share|sharing|show|showing|leak|leaking|forward|forwarding|expose|exposing) (your|ur|the|these|those|her|his) ~1 (pics|photos|nudes|noods|videos|vids|video|vid|screenshots|recording|recordings|clip|tape|sextape|lewds|snaps) ~4 (if|unless) (you|u|ya) (dont|do not|wont|refuse|stop|block|leave|ignore|say no)
pattern: (sent|showed|forwarded|airdropped|texted|emailed|dmed|gave) (your|ur|her|his|their) (nudes|noods|naked pics|nude pics|sextape|lewds|nude video) (to|around)
pattern: (thinks|think|thought|u think|you think) i (deleted|got rid of|erased|removed|destroyed) (them|the pics|the video|her pics|his pics|her nudes|the nudes|the vid|those pics|ur pics|your pics|the screenshots) ~4 (posting|post|leaking|leak|sharing|share|sending|send|dropping|drop|lol|lmao|nope|think again)
match: give me 100 or i share the pics
match: i'll send your video to your job if you don't do what i say
match: sent ur nudes to ur whole family lol
match: she thinks i deleted the pics 😂 posting tonight
nomatch: hurry or i'll miss the bus
note: release threats with share/send/show; already-sent nudes; "she thinks I deleted them"
source: r3 hg fresh probes batch 8

[en.gender_abuse.image_abuse.r3hg-nudes-for-sale]
sub: image_abuse
weight: 0.8
target: third
pattern: (my exs|her|his|their|this girls|that girls|my ex gfs|my girlfriends|my gfs|ur moms|your moms) (nudes|noods|lewds|naked pics|nude pics|sextape|pics|vids|videos|content|snaps) (for sale|4 sale|on sale|for trade|up for grabs|in bio|link in bio|in my bio)
pattern: (link|links|drive|folder|mega) (to|for) (her|his|their|my exs|this girls|that girls) (leak|leaks|nudes|noods|onlyfans|sextape|tape|lewds)
pattern: (putting|put|plastering|plaster|printing|print|hanging|hang) (her|his|your|ur|their|my exs) (nudes|noods|naked pics|nude pics|lewds|sextape|tits) (on|all over|around|in|up)
pattern: (added|add|adding|submitted|submit|posted|post|uploaded|upload) (my exs|her|his|their|my ex gfs) ~1 (pics|nudes|noods|photos|vids|videos|content|lewds) (to|on|onto) (that|the|a|this) ~1 (reddit|subreddit|sub|site|server|thread|discord|telegram|group|page|board|forum|chan)
match: my ex's nudes for sale, 20 each
match: here's the link to her leak, enjoy boys
match: i'm putting her nudes on a billboard basically lol
match: i added my ex's pics to that reddit
nomatch: here's the link to her new album, enjoy
note: selling, linking and publishing a person's nudes
source: r3 hg fresh probes batch 8

[en.gender_abuse.prejudice.r3hg-looks-fade-value]
sub: prejudice
weight: 0.65
target: group
pattern: (a womans|womans|womens|a girls|girls|her|their) (looks|beauty) (fade|fades|drop|drops|decline|declines|go|goes|are gone) ~4 (value|worth|so does|nobody|no man|wall|useless|worthless)
pattern: (body count|bodycount|n count) ~5 (worth|value|tells you everything|says everything|defines|determines)
pattern: (a woman|women|a wife|wives|a girl|girls) (who|that) (earns|earn|makes|make|works|work|has|have|sleeps|sleep|wears|wear|speaks|speak|talks|talk) ~5 (is|are|s|r) (a disgrace|disgusting|trash|a joke|emasculating|unwifeable|not wife material|a failure|unnatural|liars|frauds|fake|catfish|catfishing|deceptive|lying|false advertising|whores|sluts|hoes|worth nothing|worthless|garbage|used goods|damaged goods|unmarriageable)
pattern: (feminists|feminist|women|girls|wives|females|these women|these hoes|hoes|bitches) ~2 (need|needs|deserve|deserves|should get) (a|some|) (good|hard|real|proper|) (slap|slapping|beating|smack|backhand|punch|kick|belt|whooping|ass whooping)
pattern: (every|all|most|any) (woman|women|girl|girls|female|females) (over|past|above) (25|28|30|35|40|thirty|forty) (is|are|r) ~2 (bitter|alone|lonely|miserable|desperate|crazy|leftovers|hags|spinsters|cat ladies|used up|expired|worthless|unwanted|jealous)
match: after 28 a woman's looks fade and so does her value
match: a girl's body count tells you everything about her worth
match: a woman who earns more than her husband is a disgrace
match: all feminists need a good slap
match: women who wear makeup are liars
match: girls who sleep around are worth nothing
match: every woman over 30 is bitter and alone
nomatch: a woman who earns more than her husband is still an equal partner
nomatch: every woman over 30 i know is thriving
note: looks and value, body-count worth, earning more as disgrace, slaps for feminists, women over 30
source: r3 hg fresh probes batch 8

[en.gender_abuse.image_abuse.r3hg-revenge-porn-of-ex]
sub: image_abuse
weight: 0.85
target: third
pattern: revenge (porn|corn|pics|nudes|video|vid) (of|on|against) (my|her|his|your|ur|this|that) (ex|exgf|ex gf|girlfriend|gf|ex wife|wife|girl|bitch|hoe|classmate|teacher|bf|boyfriend)
match: revenge porn of my ex coming soon
nomatch: revenge porn laws in my state
note: announced revenge porn of a named person
source: r3 hg short-phrasing sweep

[en.gender_abuse.prejudice.r3hg-less-pay]
sub: prejudice
weight: 0.65
target: group
pattern: (women|females|girls|wives) (deserve|should get|should be paid|should earn|dont deserve equal|should make) (less|lower) (pay|money|wages|salary|than men)
match: women deserve less pay
nomatch: women get less pay for the same work, which is unfair
note: claims that women should be paid less
source: r3 hg short-phrasing sweep

[en.gender_abuse.image_abuse.r3hg-pics-of-that-girl]
sub: image_abuse
weight: 0.7
target: third
pattern: (anyone|anybody|who|whos|someone|somebody|yall) (got|has|have|selling|sell|need|want) (the|those|her|them) (pics|vids|videos|nudes|noods|photos|snaps|leaks|tape) (of|from) (that|this|the) ~1 (girl|chick|freshman|sophomore|junior|senior|cheerleader|teacher|classmate|thot|hoe)
pattern: (took|taking|take|got|snapped|filmed|recorded) (pics|pictures|photos|a pic|a video|videos|vids|video) of (her|him|them|his|that girl|this girl) ~4 (passed out|blacked out|unconscious|knocked out|out cold|in the shower|changing|undressing|naked)
pattern: (leaked|leak|leaking) (my exs|her|his|their|ur|your) ~1 (video|vid|videos|vids|pics|nudes|noods|tape|sextape|photos|snaps) to (her|his|their|your|ur) (new|) (boyfriend|bf|girlfriend|gf|husband|wife|parents|mom|dad|boss|family|friends|school|job|kids|fiance|fiancee)
pattern: (sent|showed|forwarded) (my exs) ~1 (video|vid|videos|vids|pics|nudes|noods|tape|sextape|photos|snaps) to
match: anyone got the pics of that freshman girl
match: i took pics of her when she was passed out
match: i leaked my ex's video to her new boyfriend
nomatch: i took pics of her when she won the race
nomatch: took pics of my baby sleeping
note: asking for a girl's pics, images of incapacitated people, leaking an ex's video to her new partner
source: r3 hg fresh probes batch 10

[en.gender_abuse.prejudice.r3hg-no-woman-can-lead]
sub: prejudice
weight: 0.7
target: group
pattern: (no|not one|not a single) (woman|girl|female) (can|could|will ever|would ever|is able to|can ever) (be|become|make) (a|) (good|great|real|decent|competent|successful|) (leader|president|ceo|boss|engineer|pilot|scientist|doctor|surgeon|coach|referee|gamer|programmer|comedian|mechanic|soldier|cop|driver|manager)
pattern: (past|passed|hit|reached|beyond|over) (her|their) (expiration date|expiry date|expiration|expiry|sell by date|sell by|best before|shelf life)
match: no woman can be a good leader
match: a woman over 25 is past her expiration date
nomatch: no woman should be afraid to lead
note: categorical incompetence claims; women as expiring goods
source: r3 hg fresh probes batch 10

[en.gender_abuse.image_abuse.r3hg-passed-around]
sub: image_abuse
weight: 0.75
target: third
pattern: (your|ur|yo) (pics|nudes|noods|photos|videos|vids|video|snaps|sextape) (are|is|r|got|been|are being|is being|getting|are getting) ~1 (passed around|spread around|shared around|sent around|going around|circulating|airdropped|all over)
pattern: (her|his|their|my exs) (pics|nudes|noods|photos|videos|vids|video|snaps|sextape) (are|is|r|got|been|are being|is being|getting|are getting) ~1 (passed around|spread around|shared around|sent around|going around|circulating|airdropped|all over)
pattern: (sent|send|showed|forwarded|gave) (me|us) (his|her|their) (gfs|girlfriends|exs|ex gfs|wifes|sisters|bfs|boyfriends|moms|classmates) (nudes|noods|naked pics|nude pics|lewds|sextape|pics|vids|tits)
pattern: (sell|selling|sold|trade|trading|buy|buying|collect|collecting|got|have) (leaked|stolen|hacked) (nudes|noods|pics|videos|vids|content|lewds) (of|from)
pattern: (made|make|making|created|create|set up|opened) (her|him|them|my ex|my exgf) (an|a) (onlyfans|of|fansly|porn account|nsfw account|fake account|fake profile|escort ad)
match: her pics are being passed around the whole school now 😂
match: my buddy sent me his gf's nudes, want them?
match: i sell leaked nudes of tiktok girls
match: i made her an onlyfans without her knowing lol
nomatch: her pics from the art show are being passed around, she's so talented
nomatch: my buddy sent me his gf's cookie recipe, want it?
note: images passed around, forwarded partner nudes, leaked-nude sales, fake accounts in a woman's name
source: r3 hg fresh probes batch 11

[en.gender_abuse.sextortion.r3hg-cant-stop-me-sharing]
sub: sextortion
weight: 0.8
target: other
also: harassment.threat
pattern: (cant|can not|cannot|wont|will never) (stop|prevent) me (from|) (sharing|posting|leaking|sending|showing|spreading|uploading|share|post|leak|send|show) (them|it|your|ur|these|those|the)
match: i'm keeping your pics forever, you can't stop me from sharing them
nomatch: you can't stop me from singing
note: own entry: the negation is part of the threat
source: r3 hg fresh probes batch 11

[en.gender_abuse.prejudice.r3hg-happier-couldnt-vote]
sub: prejudice
weight: 0.7
target: group
pattern: (women|wives|females|girls) (were|was) (happier|better off) (when|before) (they|women|she) (couldnt|could not|didnt|did not|werent|were not) (vote|work|have rights|drive|have jobs|go to school|own property)
pattern: (only|just) (ugly|fat|bitter|lonely|unattractive|undateable|unfuckable|crazy|single) (women|girls|chicks|females|bitches) (become|are|turn into|join|end up) (feminists|feminist|lesbians|lesbian)
pattern: (a womans|womans|womens|a girls|girls|a females|females) (opinion|opinions|voice|vote|word|input|thoughts|view|views) (is|are|r) (worthless|irrelevant|meaningless|useless|trash|garbage|invalid|nothing|worth nothing|dont matter|doesnt matter|dont count|doesnt count)
pattern: (nobody|no one|noone|no man|no guy|no dude) (wants|will want|would want|is gonna want|dates|will date|would date|marries|will marry) (a|an) (single mom|single mother|single mum|woman with kids|divorcee|roastie)
pattern: (no|not one|not a single) (woman|girl|female) (is|deserves|has ever been|is ever) (worth|worthy of|) (respecting|respect|trusting|trust|listening to)
match: women were happier when they couldn't vote
match: only ugly women become feminists
match: a woman's opinion is worthless
match: she's done, nobody wants a single mom of 3
match: no woman is worth respecting
nomatch: women were fighting for the vote for decades
nomatch: a woman's opinion matters
note: own entry: negations here belong to the claim ("couldn't vote", "doesn't count")
source: r3 hg fresh probes batch 11

[en.gender_abuse.prejudice.r3hg-304]
sub: prejudice
weight: 0.6
pattern: (shes|she is|she a|shes a|youre a|ur a|you are a|such a|certified|what a|all these|bunch of|like a|look like a|a whole|a total|a straight|straight up|lowkey a|def a|literally a|a certified) (304|304s)
match: u look like a 304 in that fit
nomatch: room 304 is down the hall
note: "304" = "hoe" on a calculator display. With the binary before 07:25 this single pattern added 16 "more than 256 live phrase states" lint failures on "ur a ..." texts; fine with the current binary
source: r3 hg fresh probes batch 3

[en.gender_abuse.sextortion.r3hg-if-i-dont-get-another-pic]
sub: sextortion
weight: 0.85
target: other
also: harassment.threat
pattern: if (i|we) (dont|do not|dont get|wont get|do not get|dont receive|never get) ~4 (pic|pics|nude|nudes|video|vid|photo|photos|one|reply|answer|money|payment) ~4 (your|ur) (dad|mom|mum|parents|family|bf|boyfriend|gf|girlfriend|husband|wife|boss|school|friends|followers) (sees|see|gets|get|will see|finds out|receives)
pattern: (making|make|set|setting|use|using|put|putting) (your|ur|her|his) (nudes|noods|pics|naked pics|nude pics|video|sextape|lewds) (my|as my|as the|the) (profile pic|pfp|banner|wallpaper|header|avatar|lock screen|status|story)
match: if i don't get another pic by tonight ur dad sees the first one
match: send me 50 or i'm making your nudes my profile pic
nomatch: if i don't get another pic of the puppy i'll be sad
note: own entry: the negation is part of the demand
source: r3 hg fresh probes batch 12

[en.gender_abuse.image_abuse.r3hg-screen-recorded-her]
sub: image_abuse
weight: 0.75
target: third
pattern: (screen recorded|screenrecorded|recorded|screenshotted|filmed) (her|him|them|my ex|my gf|this girl|that girl) (on|over|during) (facetime|snap|snapchat|call|video call|cam|skype|zoom|the call|omegle) ~4 (who wants|anyone want|dm|sharing|posting|selling|want it|want them|lol|lmao)
pattern: (my exs|her|his|their|this girls|that girls|my ex gfs) (spicy|nsfw|private|nude|naked|secret|lewd) (folder|drive|album|vault|collection|stash|vids|content)
match: i screen recorded her on facetime, who wants it
match: just got my ex's spicy folder, dm if you want in
nomatch: i screen recorded the lecture for you
note: covert recordings of video calls; folders of an ex's images
source: r3 hg fresh probes batch 12

[en.gender_abuse.prejudice.r3hg-batch12-prejudice]
sub: prejudice
weight: 0.65
target: group
pattern: (she|shes|her) ~5 (expired milk|spoiled milk|sour milk|rotten fruit|expired goods|spoiled goods)
pattern: (a real man|real men|a man|men) (keeps|keep|puts|put) (his|their|her|a) (woman|women|wife|wives|girl|girls|gf|girlfriend|bitch|bitches|hoe) (in line|in check|in her place|in their place|on a leash|under control|quiet|in the kitchen|barefoot)
pattern: (got|gets|get) (the job|hired|promoted|the promotion|the role|the position|the part|the scholarship) ~2 (for her looks|because of her looks|cuz of her looks|bc of her looks|because shes a woman|cuz shes a woman|bc shes a woman|because shes hot|on her back|by sleeping|for being a woman|for being pretty|diversity hire)
pattern: (before|once|after|when) (they|she|women|girls) (lose|loses|lost) (their|her|all) (value|worth|looks|youth|beauty|smv)
match: she's 32 and single, expired milk
match: a real man keeps his woman in line
match: she's a woman, of course she got the job for her looks
match: women should get married young before they lose their value
nomatch: she got the job because she's the most qualified
nomatch: the incel forums call women expired milk, its disgusting
note: manosphere "expired milk", control of women, merit denial, value loss
source: r3 hg fresh probes batch 12

# ---------------------------------------------------------------------------------------------
# r4: families found by blind probes (round 4): "sa" algospeak, coercion, "or i'll expose you",
# who-has-her-pics requests, pronoun mockery, "a woman's place", incel entitlement, gaming sexism
# ---------------------------------------------------------------------------------------------

[en.gender_abuse.sexual_violence.r4-sa-algospeak]
sub: sexual_violence
weight: 0.8
target: other
also: harassment.threat
pattern: (ill|imma|ima|gonna|im gonna|i will|i would|id|finna|gon|wanna|lemme|i swear ill|we will|were gonna|i could) ~2 (sa|s a|r word|rword|sexually assault|sexually abuse) (you|u|ya|yo|her|ur|your)
pattern: (hope|hopes|hoping|wish|deserve|deserves|deserved) ~2 (get|gets|getting|got) (sa|saed|sa d|s a d|sexually assaulted)
pattern: (deserve|deserves|deserved) to get sad
pattern: (get|gets|got|getting|be|been) (saed|sa ed)
pattern: (needs|need|should|oughta|gotta|gonna) (to|) (get|be) (sad|saed) (to|so|and|till|until|for) ~3 (humble*|learn*|respect|shut|quiet|lesson|place|attitude)
pattern: (hope|hoping|wish) (you|u|ya|she|her|they|that bitch|that hoe|that slut) (get|gets|getting) sad
match: gonna sa you after school
match: i'll SA u when i find you
match: hope you get SA'd
match: she deserves to get sa'd
nomatch: im gonna be sad if you leave
nomatch: i hope you dont get sad about it
nomatch: i will see you in SA next summer
nomatch: i was sa'd last year and im getting help
note: "SA" (sexual assault) and "r word" used as algospeak in threat and wish frames; plain "sad" only after hope/deserve + get, so feeling sad does not match
source: r4 blind probes

[en.gender_abuse.sexual_violence.r4-coercion-no-escape]
sub: sexual_violence
weight: 0.65
target: other
also: harassment.threat
pattern: (wont|will not|wouldnt|would not|cant) be able to (fight me off|push me off|scream for help|get me off)
pattern: (when|once|after) (i|we) (see|find|get|catch|meet|corner) (you|u|ya|her) ~4 (wont|will not|cant|wouldnt|aint) ~3 (say no|fight me off|scream|resist|push me off|stop me)
pattern: (make|making|turn|turning) (you|u|ya|her) (into|) my (little|own|personal|) (slut|whore|hoe|toy|sex toy|fuck toy|fucktoy|sex slave|slave|cumdump|cum dump|plaything)
match: when i see you irl you won't be able to say no
match: you wont be able to fight me off
match: ill make you my slut
match: im gonna make her my little fucktoy
nomatch: you wont be able to say no to this pizza deal
nomatch: i couldnt say no to my grandma
nomatch: i will not be able to fight back the tears
note: threats that remove the victim's ability to refuse, and threats to make someone a sexual possession
source: r4 blind probes

[en.gender_abuse.sextortion.r4-or-ill-expose-you]
sub: sextortion
weight: 0.75
target: other
pattern: (or|else|otherwise|or else) (im|ill|imma|ima|i will|im gonna|i|we|well|were) ~1 (expose|exposing|leak|leaking) (you|u|ya|yo|everything|it all|all of it|ur|your)
pattern: or (these|those|they|them|the pics|the vids|the video|the photos|it|this|ur pics|your pics) (go|goes|get|gets|going|are going|is going|gonna go|will go|end up) (on|up on|to|in|into) (your|ur|my|the) ~1 (insta|instagram|story|snap|snapchat|tiktok|twitter|page|feed|finsta|gc|groupchat|school|reddit|discord|server|facebook|fb|telegram)
match: you better send a vid or im exposing you
match: do what i say or these go on ur insta
match: reply or ill expose everything
nomatch: you better practice or the other team will expose you lol
nomatch: save the file or it goes to the recycle bin
note: demand-or-expose threats without a named nude word; "expose you" after "or i" is the threat itself
source: r4 blind probes

[en.gender_abuse.sextortion.r4-remember-i-have]
sub: sextortion
weight: 0.7
target: other
pattern: (remember|dont forget|never forget|just remember|keep in mind) (that|) (i|ive|we) (still|) (have|got|saved|kept) (ur|your|those|these|the|all|all your|all ur) (pic*|phot*|vid*|nud*|nood*|screenshots|snaps|lewds|recordings)
pattern: (remember|dont forget|know) what i (have|got) (on you|of you|on u|of u|on ya)
match: remember i still have your pics
match: dont forget what i have on you
match: just remember i've got ur nudes
nomatch: remember to send me the photos from the trip
nomatch: remember that i have your charger
note: veiled reminders of held images, a standard sextortion pressure line
source: r4 blind probes

[en.gender_abuse.image_abuse.r4-who-has-her-pics]
sub: image_abuse
weight: 0.7
target: third
pattern: (who|whos|anyone|anybody|someone|somebody|yall) ~1 (has|have|got|selling|sell|saved) (her|ur exs|your exs|my exs|that girls|this girls) (pics|pictures|photos|vids|videos|snaps|leaks|content|private pics|priv pics)
pattern: (who|whos|anyone|anybody|someone|somebody|yall) ~1 (has|have|got|selling|sell|saved) (pics|vids|videos|leaks|content|snaps|pictures) (of|from) (her|that girl|this girl|that chick|ur ex|your ex|my ex|the new girl|that thot|that hoe)
pattern: (mega|mega link|drive link|leaks|leaked pics|leaked vids|vault|stash) (of|for|from) (her|that girl|this girl|that chick|my ex|ur ex|your ex|the new girl|that thot|that hoe)
pattern: (link|links|mega|drive) (to|for|of) (her|that girls|this girls|my exs) (vids|videos|pics|leaks|content|stuff|folder|mega|drive|onlyfans|of)
pattern: (dm|dm me|hmu|message me|text me|snap me) (for|4) (the|her|his|my exs) (vid|video|vids|videos|pics|nudes|leaks|tape|folder|mega|link) (of|from) (her|that girl|this girl|my ex|the party|last night)
match: dm me for the vid of her
match: who has her pics? drop them
match: anyone got pics of that girl from the party
match: drop the leaks of that girl from 10th grade
match: anyone got the mega link of her
nomatch: who has the pics from prom
nomatch: anyone got pics of the sunset from last night
nomatch: link to her youtube channel is in bio
note: requests for or offers of a named girl's images (the nude word is usually left out); prom and trip photo requests do not name her. 0.7 because the question cue discounts these requests
source: r4 blind probes

[en.gender_abuse.image_abuse.r4-trade-ex-pics]
sub: image_abuse
weight: 0.75
target: third
pattern: (trade|trading|swap|swapping|sell|selling|buy|buying) (pics|vids|videos|photos|snaps|content|leaks|body pics|nudes|noods|lewds) (of|from) (ur|your|my|her|his|their|our|yall|ya) (ex|exes|exs|exgf|exgfs|ex gf|gf|gfs|girlfriend|girlfriends|classmate|classmates|sister|sisters|crush|crushes|teacher|teachers)
pattern: (rate|rating|rank|ranking) (her|my exs|ur exs|your exs|this girls|that girls|my classmates|these girls) (body|bodies|tits|boobs|ass|nudes|noods|naked pics|titties)
pattern: (she|my ex|ex|gf|girl|girlfriend|this girl|that girl|classmate|my exgf) (sent|send|sends|gave|showed) (me|us|him) ~1 (nud*|nood*|lewds|body pics|naked pics|nude pics|spicy pics|tits|boobs) ~5 (share|sharing|post|posting|leak|leaking|drop|dropping|send|sending|forward|forwarding|airdrop|airdropping|spread|spreading|sell|selling|upload|uploading|show|showing) (them|em|it|those|these|everything|all)
match: trade pics of ur ex?
match: rate her body in the pics i sent
match: she sent me nudes ill share them in the server
match: my ex sent me her nudes, dropping them tonight
nomatch: selling photos of my art online
nomatch: my girlfriend sent me pics of the dog, ill share them
nomatch: she sent me nudes and i deleted them, im not sharing anything
note: trading images of exes and classmates, rating a girl's body, and passing on nudes someone was sent privately
source: r4 blind probes

[en.gender_abuse.identity_attack.r4-pronoun-mockery]
sub: identity_attack
weight: 0.62
pattern: (they them|theythem|pronouns|pronoun|neopronouns|xe xir|ze zir|xe xem|she they|he they) ~4 (freak|freaks|freakshow|attention seeker|attention seekers|attention seeking|attention whore|mental illness|mentally ill|delusional|clown|clowns|snowflake|snowflakes|retarded|retard|lunatic|lunatics|psycho|psychos)
pattern: (they them|she her|he him|xe xir|ze zir|pronouns) more like (it|it its|attention|attention seeker|dumb|stupid|mental|delusional|fake|freak|clown|he|she|a man|a woman|a dude|a guy|he him|she her)
match: they/them more like attention/seeker, freak
match: pronouns in bio = mentally ill
match: she/her more like he/him lol
nomatch: my pronouns are they/them
nomatch: the horror movie had a freakshow scene and my friend uses they/them
nomatch: you can ask people for their pronouns
note: mocking someone's pronouns as a mental illness or attention seeking; a bare pronoun mention does not match
source: r4 blind probes

[en.gender_abuse.prejudice.r4-womans-place]
sub: prejudice
weight: 0.7
target: group
pattern: (a|the|every|) (womans|womens|females|girls|wifes|wives|ladies) place (is|was|should be|belongs|belong) ~2 (kitchen|home|bed|bedroom|under|beneath|below|behind|knees|barefoot|sink|nursery|laundry|stove)
pattern: (women|woman|girls|females|wives|bitches|hoes|she) ~4 (knew|learned|remembered) (their|her) place
match: a woman's place is under her man
match: back in the day women knew their place
match: a wifes place is at home with the kids
nomatch: a woman's place is in the house and the senate
nomatch: a woman's place is wherever she wants it to be
nomatch: the girls found their place in the team
note: "a woman's place is in the kitchen/home/under her man" and nostalgia for when women "knew their place"; the feminist slogan (house and senate) does not match
source: r4 blind probes

[en.gender_abuse.prejudice.r4-incel-entitlement]
sub: prejudice
weight: 0.7
target: group
pattern: (women|females|foids|girls|gfs|girlfriends|wives|a gf|a wife) (should|need to|must|ought to|needs to|have to|has to) (be|get) (assigned|distributed|allocated|given out|handed out|rationed|redistributed|owned)
pattern: (enforced|forced|mandatory) monogamy
pattern: (redistribut*|distribut*|allocat*|assign*|hand out|give out) (women|females|foids|gfs|girlfriends|wives) (to|among|for)
pattern: (government|state|govt) (issued|assigned|mandated|provided|funded) (gf|gfs|girlfriend|girlfriends|wife|wives)
pattern: (men|incels|guys|we) (are|r|is) (owed|entitled to) (sex|a gf|a girlfriend|women|a woman|females|pussy|a wife|girls)
pattern: (incels|every incel|each incel) ~3 (get|gets|deserve|deserves|owed|be given|be assigned|should get) (a|) (gf|girlfriend|wife|woman|foid|female|women)
match: bring back arranged marriage so incels get a gf
match: women should be assigned to men
match: men are owed sex and women refuse
match: we need enforced monogamy
nomatch: tasks should be assigned to each team member
nomatch: the government issued new id cards
note: incel entitlement: women as goods to be distributed to men; "enforced monogamy" and "government-issued girlfriend"
source: r4 blind probes

[en.gender_abuse.prejudice.r4-career-women]
sub: prejudice
weight: 0.55
target: group
pattern: (career women|careerwomen|careerwoman|career woman|career girls|working women|corporate women|independent women|modern women|feminist women|girlbosses) (are|r|is|become|end up|will end up) ~2 (worthless|useless|miserable|bitter|unhappy|pathetic|childless|unwifeable|unmarriageable|a joke|masculine|lonely|cat ladies|failures|trash|garbage|selfish|ruined|leftovers|unlovable)
match: tradwife or nothing, careerwomen are worthless
match: modern women are so bitter and miserable
match: career women end up lonely with cats, cat ladies
nomatch: career women are inspiring
nomatch: working women are tired of the pay gap
note: contempt for women who work or are independent, a manosphere/tradwife talking point
source: r4 blind probes

[en.gender_abuse.prejudice.r4-gaming-girl-blame]
sub: prejudice
weight: 0.5
pattern: (ofc|of course|obviously|typical|naturally|always) ~2 (the|its the|its a|a|our|that) (girl|female|woman|chick|egirl|e girl) (is|was|who|thats|that|being|) ~2 (bottom frag|bottom fragging|last|feeding|feeds|fed|throwing|throws|threw|trolling|useless|hardstuck|boosted|carried|crying|tilted|trash|garbage|dead weight)
pattern: (shes|she is|she was|she got|girls|girl|females|egirls|egirl) (only|just|def|definitely|obviously|prob|probably|) ~1 (boosted|carried) (by|cuz of|because of|bc of) ~1 (her|a|their|the) (bf|boyfriend|duo|simps|simp|orbiters|orbiter|daddy)
match: ofc the girl is bottom frag
match: typical, the girl was feeding again
match: shes only plat cuz she got boosted by her bf
nomatch: of course the girl won the tournament
nomatch: she carried the team by herself
note: gaming chat: blaming the girl on the team or crediting her rank to a boyfriend
source: r4 blind probes

[en.gender_abuse.prejudice.r4-women-in-field-mock]
sub: prejudice
weight: 0.55
target: group
pattern: (women|woman|girls|females|a woman|a girl|chicks) in (stem|tech|gaming|esports|politics|science|engineering|f1|charge|power|the military|combat|ranked|comp|coding|sports|leadership|finance) (lmao|lmfao|kek|kekw|skull|clown|bruh|lul|yikes|cringe|smh|lmaooo|ew|eww|cope)
match: women in stem lmao
match: girls in ranked 💀
match: a woman in charge bruh
nomatch: women in stem scholarships are open
nomatch: girls in ranked are underrepresented, we should support them
nomatch: girls in stem lol we love to see it
note: a woman-in-field phrase followed only by a laughing or eye-roll reaction: mockery of women in the field
source: r4 blind probes

[en.gender_abuse.slur.r4-looks-like-sex-worker]
sub: slur
weight: 0.6
pattern: (look|looks|looking|lookin|dress|dresses|dressed|dressing|dressin|act|acts|acting) like a (prostitute|hooker|stripper|escort|streetwalker|tramp|pornstar|porn star|cheap whore|crack whore|camgirl|call girl|hoe|ho|slut|thot|whore|skank|slag)
pattern: how much (per|an|a|for an|for a|for the) (hour|night|hr) (sweetie|sweetheart|babe|baby|hun|honey|darling|girl|toots|doll|princess|mama|shawty|shorty)
pattern: (whats|what is|whats ur|whats your) (your|ur|) (rate|price|hourly rate) (sweetie|babe|baby|hun|honey|darling|girl|toots|doll|princess|shawty|mama)
match: u look like a prostitute in that pfp
match: how much per hour sweetie
match: she dresses like a cheap whore
nomatch: how much per hour do babysitters make
nomatch: the lady looked like a princess at the ball
note: calling a woman a sex worker by her looks or clothes, and the "how much per hour, sweetie" insinuation
source: r4 blind probes

[en.gender_abuse.sextortion.r4-body-demand]
sub: sextortion
weight: 0.6
target: other
pattern: (tits|boobs|bobs|vagene|titties|feet|feet pics|nudes|noods|bra pic|bra pics|body pic|body pics) or (gtfo|get out|leave|kick|kicked|ban|banned|fuck off|uninstall|ur lying|youre lying|ur a dude|youre a dude|its a dude|ur fake|youre fake|ur a guy)
pattern: (show|send|flash|post) (bobs|vagene|boobs|tits|titties|nips|ur boobs|your boobs|ur tits|your tits|feet pics|ur bra|your bra)
pattern: (prove|proof) (ur|youre|you are|u are|that you are|that ur|that youre) (a|) (girl|female|woman|chick) ~3 (send|show|pic|pics|selfie|cam|tits|boobs|bra|feet)
match: u a girl? send feet pics or gtfo
match: show bobs and vagene
match: prove ur a girl, send a pic
nomatch: send pics of the map or we cant help
nomatch: show your work on the test
nomatch: show me your pet pics
nomatch: show your feet to the doctor
note: demands for body images, typical in gaming chat towards girls ("tits or gtfo", "show bobs", "prove you're a girl"); coercive sexual requests, often aimed at minors
source: r4 blind probes

[en.gender_abuse.prejudice.r4-stacy-femcel-insult]
sub: prejudice
weight: 0.5
target: other
pattern: (just another|such a|ur a|youre a|you are a|u r a|ur such a|being a|imagine being a|dumb|stupid|shallow|braindead|entitled|bitter|ugly) (stacy|stacey|stacie|stacies|stacys|becky|beckies|femcel|femcels|roastie)
match: just another stacy who thinks shes better than us
match: imagine being a femcel this ugly
match: ur such a femcel
nomatch: stacy from math class lent me a pencil
nomatch: my friend becky is coming over
nomatch: typical stacy move, she always brings snacks
note: incel archetype names and "femcel" turned on a specific woman as an insult; a girl named Stacy or Becky does not match
source: r4 blind probes

[en.gender_abuse.prejudice.r4-manosphere-slang]
sub: prejudice
weight: 0.55
target: group
pattern: carousel (rider|riders|era|queen|queens|hoe|hoes|years)
pattern: (postwall|wall hitter|wall hitters|wallhitter|wall hitting|wallhitting|past the wall|post wall women|post wall hag|post wall hags)
pattern: (rode|ridden|riding|ride|rides) the (cock carousel|chad carousel|dick carousel|carousel) ~5 (settle|settles|settling|beta|betas|provider|providers|wall|chads|chad)
match: wall-hitting carousel rider
match: she rode the carousel and now wants a beta provider
match: postwall single moms
nomatch: my little sister loved the carousel ride at the fair
nomatch: i hit the wall at mile 20 of the marathon
note: manosphere slang for women's sexual past and age ("carousel", "the wall"); a carousel ride or a marathon wall does not match
source: r4 blind probes

[en.gender_abuse.prejudice.r4-on-her-knees]
sub: prejudice
weight: 0.55
pattern: (belongs|belong|should be|needs to be|meant to be|only good|stay|stays|kept) ~1 on (her|their|your|ur) (knees|back) (for|where|serving|like)
pattern: (women|woman|girls|females|bitches|hoes|she|shes) (belong|belongs|should be|are meant to be|is meant to be) on (her|their) (knees|back|backs)
pattern: (belongs|belong) on (her|their) knees
match: she belongs on her knees
match: women belong on their backs
match: bitches should be on their knees serving men
nomatch: the baby should be on her back when sleeping
nomatch: she belongs on the team
note: sexual degradation: women "belong on their knees/backs"; safe-sleep advice does not match the group pattern
source: r4 blind probes

[en.gender_abuse.identity_attack.r4-passing-mockery]
sub: identity_attack
weight: 0.55
target: other
pattern: (ur|your|youre|his|her|that) (voice|adams apple|jaw|jawline|shoulders|hands|brow|hairline|bone structure) (screams man|screams male|screams dude|scream man|scream male|scream dude|is a mans|says man|says male|is so masculine|gives it away sir|gives it away buddy|gives it away tranny|gave it away sir|clocks you sir|is a dead giveaway sir)
pattern: (shes|she is|ur|youre|you are|u r|hes|he is) (a|just a|obviously a|clearly a) trap
pattern: traps (are|arent|r) (gay|men|not gay|dudes|guys|still men)
match: ur voice gives it away sir
match: your adam's apple screams male lol
match: shes a trap bro
nomatch: it's a trap!
nomatch: your voice gives it away when you lie
note: "clocking" a trans woman by her body or voice, and the "trap" slur; Star Wars "it's a trap" does not match
source: r4 blind probes

[en.gender_abuse.prejudice.r4-go-play-with-dolls]
sub: prejudice
weight: 0.55
pattern: (go|stick to|go back to|go play with|go play|back to) (the|) (barbies|your dolls|ur dolls|your makeup|ur makeup|your barbies|ur barbies|your kitchen set|ur kitchen set|your nails|ur nails)
pattern: no (girls|females|women|chicks|gurls|girlies) allowed (go|lol|lmao|gtfo|ew|eww|bye|get out|leave|sorry sweetie|kick)
match: no girls allowed, go play with barbies
match: stick to your makeup and leave ranked to us
match: go back to ur dolls
nomatch: my little brother likes to play with dolls
nomatch: ima go play with my barbies now
nomatch: i collect barbie dolls from the 90s
note: gendered put-downs telling a girl to leave the game or chat for dolls or makeup; a child playing with dolls does not match the imperative
source: r4 blind probes

[en.gender_abuse.prejudice.r4-pregnancy-hiring]
sub: prejudice
weight: 0.6
target: group
pattern: (never|dont|wont|not|shouldnt|stop|why) ~3 (hire|hiring|promote|promoting|employ|employing) (women|woman|females|girls|a woman|a girl|moms|mothers) ~4 (pregnant|pregnancy|babies|baby|maternity|kids|quit|leave|emotional|period|periods)
pattern: (shell|she will|theyll|they will|women|females|girls) (just|only|eventually|all) (quit|leave|get pregnant) ~3 (babies|baby|kids|pregnant|husband|anyway|maternity)
match: not hiring women, they just get pregnant
match: she'll just quit to have babies anyway
match: never promote a woman, she'll go on maternity
nomatch: we're hiring women and men for the summer camp
nomatch: she will quit her job next month to start a bakery
note: hiring and promotion discrimination justified by pregnancy and motherhood
source: r4 blind probes

[en.gender_abuse.prejudice.r4-partner-violence]
sub: prejudice
weight: 0.75
target: third
also: harassment.threat
pattern: (if|when) (my|ur|your|a|the|his) (gf|girlfriend|wife|woman|girl|missus|bitch|hoe|shorty|wifey) ~3 (talked back|talks back|talk back|disrespects|disrespected|disrespect|mouths off|mouthed off|back talks|disobeys|disobeyed|nags|nagged|cheats|cheated|sasses) ~4 (smack|slap|hit|beat|backhand|punch|choke|whoop|knock)
pattern: (woman|women|wife|wives|girl|girls|gf|girlfriend|bitch|bitches) (who|that) (talks back|talk back|disrespects|disrespect|mouths off|nags|nag|disobeys|disobey|doesnt listen|dont listen|wont listen) ~3 (deserve|deserves|needs|need|gets|get) ~2 (slap|smack|beating|hit|backhand|punch|beat|whooping)
match: if my gf talked back i'd smack her
match: when a wife disrespects you, you backhand her
match: a woman who talks back deserves a slap
nomatch: if my sister talks back my mom takes her phone
nomatch: when my girlfriend cheated on me i cried for a week
note: endorsing violence against a partner for "talking back", nagging or disobedience
source: r4 blind probes

[en.gender_abuse.sexual_violence.r4-sexual-threat-alone]
sub: sexual_violence
weight: 0.7
target: other
also: harassment.threat
pattern: (ill|imma|ima|gonna|im gonna|i will|i could|id|i would|i want to|i wanna) ~2 (force myself|force my self|have my way) (on|with) (you|u|ya|her)
pattern: (get|catch|have|find|got) (you|u|her|ya) alone ~4 (touch|force|strip|undress|grope|pin|do whatever|do what i want|take what|have my way|rape|grape|molest)
pattern: (no one|nobody|noone) (will|would|gonna|is gonna|is going to|can) (hear|believe) (you|u|ya|her) (scream|screaming|when|if|cry|crying)
pattern: (do|doing) (whatever|what) i want (to|with) (you|u|her|ur body|your body|that body)
match: i'll force myself on u
match: wait til i get you alone, ill touch you wherever i want
match: nobody will hear you scream
match: ill do whatever i want with your body
nomatch: i'll do whatever i want with my weekend
nomatch: when i get you alone i want to tell you a secret
note: threats of sexual assault framed around isolation and overpowering the victim
source: r4 blind probes

[en.gender_abuse.prejudice.r4-who-let-her-talk]
sub: prejudice
weight: 0.55
pattern: who let (the|a|this|that|these|those) (woman|women|girl|girls|female|females|chick|chicks|bitch|bitches|hoe|hoes|thot|thots|foid|foids|femoid) (talk|speak|have an opinion|have opinions|on the mic|on mic|on comms|in vc|in here|vote|drive|have a phone|out of the kitchen|on the internet|have rights|play|in ranked)
match: who let the woman talk
match: who let the females out of the kitchen
match: who let this girl on comms lmao
nomatch: who let the dogs out
nomatch: who let the girl borrow my charger
note: "who let the woman talk/vote/drive" mockery of women speaking or taking part
source: r4 blind probes

[en.gender_abuse.prejudice.r4-past-shaming]
sub: prejudice
weight: 0.5
target: group
pattern: (never|wouldnt|dont|wont|cant) (wife|wife up|marry|date|commit to|settle for) (a|any|no) (girl|woman|female|chick|hoe|thot|roastie) (with|who has|who had|that has) (a|) ~1 (body count|bodycount|past|onlyfans|only fans|been around|baby daddies|baby daddy)
pattern: (nobody|no one|no man|no guy|noone|no dude) (wants|will want|would want|is gonna want) (a|an|your|ur|her|some) ~2 (single mom|single mother|damaged goods|roastie|baby mama|single mum)
pattern: (nobody|no one|no man|no guy|noone|no dude) (wants|will want|would want|is gonna want) (a|an|your|ur|her|some) (used up|ran through|run through|washed up) (hoe|hoes|roastie|single mom|girl|woman|female|thot|slut|whore|bitch|chick|single mother)
match: i'd never wife a girl with a body count
match: nobody wants a used up single mom
match: no man wants a ran through roastie
nomatch: i would never date a girl who doesn't like dogs
nomatch: no one wants a used up battery
note: slut-shaming and single-mother contempt framed as unmarriageability
source: r4 blind probes

[en.gender_abuse.image_abuse.r4-wanna-see-my]
sub: image_abuse
weight: 0.55
target: other
pattern: (wanna|want to|want 2|u want to|you want to|do you want to|do u wanna|do you wanna|u wanna|you wanna|want me to show you|should i show you) see my (dick|cock|d|penis|eggplant|junk|bulge|boner)
pattern: (want|wanna|want me to send|should i send|can i send) (you|u|ya|) (a|my|) (dick pic|dick pics|pic of my dick|pic of my d|pic of my cock)
match: want to see my d?
match: wanna see my dick
match: can i send you a dick pic
nomatch: want to see my drawings?
nomatch: you wanna see my dog
note: offers of unsolicited genital images (cyberflashing), often to minors; the question form is the offer, so the weight allows for the question discount
source: r4 blind probes

[en.gender_abuse.sextortion.r4-theyll-see-what-you-sent]
sub: sextortion
weight: 0.75
target: other
pattern: (everyone|everyones|everybody|everybodys|ur parents|your parents|ur mom|your mom|ur dad|your dad|ur family|your family|ur friends|your friends|ur bf|your bf) (is|are|) (gonna|going to|will|bout to) (see|know) what (you|u) (sent|showed|sent me|did on cam)
pattern: (bet|i bet|imagine if|what if|wonder if|wonder what) (ur|your) (parents|mom|mum|dad|family|school|bf|boyfriend|teacher|principal|coach|friends|followers) ~3 (see|saw|seeing|seen) (these|those|this|them|what you sent|what u sent|ur pics|your pics|the pics|ur nudes|your nudes)
pattern: (send|pay|reply|answer|facetime) (or|or else) (i|ill|im|imma|ima|i will) (post|leak|share|expose|upload|drop|posting|leaking|sharing|exposing)
pattern: (one more|another|1 more) (pic|pics|vid|video|photo|nude|nudes|noods) (or|or else) (i|ill|im|imma|everyone|ur|your)
match: everyone's gonna see what you sent me
match: bet ur parents would love to see these
match: u send or i post
match: one more pic or im done keeping quiet
nomatch: everyone is going to see what you made in art class, its great
nomatch: i bet your mom would love to see the drawing
nomatch: send the form or i cant register you
note: sextortion pressure lines that leave the images implicit ("what you sent", "these")
source: r4 blind probes

[en.gender_abuse.image_abuse.r4-fake-account-with-pics]
sub: image_abuse
weight: 0.7
target: other
pattern: (made|make|making|created|create|opened|open) (a|an) (finsta|fake account|fake acc|fake profile|fake page|burner|tinder|onlyfans|dating profile|porn account) (with|of|using|for) (your|ur|her|his) (pics|photos|face|nudes|pictures|selfies)
pattern: (made|make|making|created|opened) (your|ur|her) (a|an) (tinder|onlyfans|dating profile|porn account|escort ad|fake account|finsta)
match: i made a finsta with your pics
match: lets make her an onlyfans with her selfies
match: created a fake profile of her pics on tinder lol
nomatch: i made a finsta with my pics from the beach
nomatch: make a fake account to test the app
note: impersonation accounts built from someone's photos (dating, porn or fake profiles), a form of image-based abuse
source: r4 blind probes

[en.gender_abuse.identity_attack.r4-never-seen-as]
sub: identity_attack
weight: 0.7
target: other
pattern: (no one|nobody|noone|no man|no guy) (will|would|is gonna) (ever|) (see|accept|treat|date|love) (you|u|her|him|them) as a (woman|girl|man|boy|lady|real woman|real man|real girl)
pattern: (youll|ull|you will|u will|she will|shell|he will|hell) never (look|sound|pass) (like|as) a (woman|girl|lady|real woman|man|real man|female)
match: no one will ever see you as a woman
match: you'll never look like a real woman
match: nobody is gonna treat him as a man
nomatch: no one will ever see you as a failure
nomatch: you will never look like a model and thats fine
note: telling a trans person they will never be seen or pass as their gender
source: r4 blind probes

[en.gender_abuse.identity_attack.r4-ideology-child-abuse]
sub: identity_attack
weight: 0.55
target: group
pattern: (gender ideology|trans ideology|transgenderism|trans people|trans folks|trannies|drag queens|drag shows|pride month|the lgbt|lgbt people|gay people|gays) (is|are) (just|literally|basically|) (child abuse|grooming|groomers|pedophilia|pedos|pedophiles|abusing kids|predators)
match: gender ideology is child abuse
match: drag queens are literally groomers
match: trans people are predators
nomatch: grooming is a form of child abuse, report it
nomatch: drag shows are on tonight at the theater
note: equating trans and LGBTQ people or their existence with child abuse or predation
source: r4 blind probes

[en.gender_abuse.prejudice.r4-silence-woman-vocative]
sub: prejudice
weight: 0.6
target: other
pattern: (shut up|shut ur mouth|shut your mouth|stfu|cry more|cry about it|sit down|nobody asked|cope|seethe|go cry|stay mad|quiet) (woman|female|females|little girl|lil girl|girly|missy|foid|femoid|sweetie|sweetheart|toots)
pattern: (the|) men are (talking|speaking) (sweetie|woman|little girl|missy|girly|honey|hun|sweetheart|females|ladies)
pattern: (let|leave it to) the (men|man|guys|boys) (talk|speak|handle it|decide|do the talking)
pattern: (sit down|quiet|shush|hush) (little girl|lil girl|missy|girly|sweetie|woman) ~2 (men|man|adults|the grown ups) (are|r|is) (talking|speaking)
match: shut ur mouth woman
match: cry more, woman
match: sit down little girl, men are talking
nomatch: my grandma said sit down sweetie, dinner is ready
nomatch: let the men's team warm up first
note: silencing a woman with a gendered vocative ("shut up woman", "men are talking")
source: r4 blind probes

[en.gender_abuse.sexual_violence.r4-rape-myths]
sub: sexual_violence
weight: 0.7
pattern: (girls|women|she|females|chicks|bitches|hoes) (say|says|said) no (but|when they|and) (mean|means|meant|really mean|want|wants|wanted) (yes|it)
pattern: if (she|you|u) (didnt|did not|doesnt) want it (she|you|u|then) (wouldnt|shouldnt|would not|should not|wouldnt have|shouldnt have)
pattern: (rape|it|its|thats) (isnt|is not|aint|not|cant be) (real|rape) (if|when) (she|shes|ur|youre|they|theyre|its|its your|its ur) ~2 (drunk|high|wasted|passed out|asleep|dating|married|wife|gf|girlfriend|flirting|into it|sleeping)
match: girls say no but mean yes
match: if she didnt want it she wouldnt have gone to his room
match: rape isn't real if she was drunk
match: its not rape if shes your wife
nomatch: its not okay even if she was drunk
nomatch: if she didnt want it she should be able to say no and be respected
note: rape myths that deny consent matters (drunk, married, "no means yes")
source: r4 blind probes

[en.gender_abuse.sexual_violence.r4-minor-sexualised]
sub: sexual_violence
weight: 0.75
target: third
pattern: (shes|she is|ur|youre|you are|u r|shes only|shes just|she only) (11|12|13|14|15|16|17|twelve|thirteen|fourteen|fifteen|sixteen|seventeen) (but|and|yet) (she|u|you|) (looks|look|acts|act|has|got) (18|19|20|21|older|grown|legal|like a woman|mature|thicc|thick|a body|the body)
pattern: (age is just a number|age aint nothing but a number) ~4 (baby|babe|shawty|sweetie|cutie|princess|13|14|15|16|kitten)
match: she's 14 but looks 18
match: ur 15 but u got the body of a grown woman
match: age is just a number baby
nomatch: she's 14 but acts like she's 40 with her taxes lol
nomatch: age is just a number, my grandma ran a marathon at 80
note: sexualising a minor's body or waving away age, a grooming marker
source: r4 blind probes

# ---------------------------------------------------------------------------------------------
# r6 blind-probe round (2026.11.30.6): victim blaming questions, consent myths, coercion,
# leverage threats, manosphere rating talk, tokenism, pronoun and partner misgendering
# ---------------------------------------------------------------------------------------------

[en.gender_abuse.sexual_violence.r6-what-was-she-wearing]
sub: sexual_violence
weight: 0.7
target: third
pattern: (raped|rape|assaulted|assault|groped|attacked|harassed|molested|touched|sa|saed|grabbed) ~6 what (was|were|is) (she|her|the girl|the victim) (even|actually|really|) wearing
pattern: what (was|were) (she|her|the girl|the victim) (even|actually|really|) wearing ~6 (raped|rape|assaulted|assault|groped|attacked|harassed|molested|touched|grabbed|it happened|that happened)
pattern: (raped|rape|assaulted|groped|attacked|harassed|molested) ~6 what (did|does) (she|the girl|the victim) (expect|think would happen|think was gonna happen)
match: she says she got groped but what was she even wearing
match: what was she wearing when she got assaulted tho
match: she got attacked on the way home, what did she expect
nomatch: what was she wearing at the met gala, the gown was insane
nomatch: it doesnt matter what she was wearing, assault is never the victims fault
note: victim-blaming questions about an assault ("what was she wearing", "what did she expect") when the assault is named nearby

[en.gender_abuse.sexual_violence.r6-what-was-she-wearing-bare]
sub: sexual_violence
weight: 0.45
target: third
pattern: what (was|were) (she|the girl|the victim) (even|actually|really|evn) wearing
pattern: (but|ok but|okay but|and|so|like|be real|real question|genuine question|honest question|just saying) what (was|were) (she|the girl|the victim) wearing (tho|though|then|that night|when|at the time)
match: ok but what was she even wearing tho
match: real question what was she wearing that night
nomatch: what was she wearing at the awards, i need that jacket
nomatch: what she was wearing is irrelevant
note: weak: the skeptical "what was she EVEN wearing" is victim blaming in assault threads but also fashion talk; flags only with a second signal or for children

[en.gender_abuse.sexual_violence.r6-what-did-she-expect]
sub: sexual_violence
weight: 0.68
target: third
pattern: (alone|drunk|wasted|his place|his room|his house|his dorm|his apartment|his car|a frat|frat party|that party|the party|a club|the club|by herself|with strangers) ~6 what (did|does|do) (she|they|girls|women|u|you) (expect|think would happen|think was gonna happen|think was going to happen)
pattern: what (did|does|do) (she|they|girls|women|u|you) (expect|think would happen|think was gonna happen) ~5 (alone|drunk|wasted|his place|his room|his house|his dorm|his apartment|frat|a party|that party|the party|his car|a club|dressed|skirt|by herself|with strangers)
pattern: (girls|women|she|they|females) (need|needs|gotta|have|has) (to|) (be smarter|learn|stop|stay home|not go out|not walk) ~4 (alone|at night|late|drunk|party|parties|his place|frat|dressed|skirt|skirts|short)
match: if shes out alone at 2am what did she expect
match: she went to his place drunk, what did she think would happen
match: girls need to be smarter about walking alone at night
nomatch: she stayed up till 3am gaming, what did she expect, shes exhausted
nomatch: what did she expect from the new season
note: blaming a victim for being out late, alone, drunk or at a man's place; a bare "what did she expect" does not match

[en.gender_abuse.sexual_violence.r6-asking-for-it-after]
sub: sexual_violence
weight: 0.62
target: third
pattern: (asking|begging) for it ~5 (dressed|dressing|dresses|wearing|wore|skirt|skirts|outfit|short shorts|drunk|wasted|in that|crop top|low cut)
pattern: (invited|invites|inviting|provoked|provoking|encouraged|encouraging) (it|that|the attention|trouble) ~5 (dressed|dressing|dresses|wearing|wore|skirt|outfit|short shorts|drunk|wasted|in that|crop top|low cut|flirting)
pattern: (dressed|dressing|dresses|wearing|wore|skirt|skirts|outfit|short shorts|crop top|low cut) ~5 (invited|invites|inviting|provoked|provoking|encouraged) (it|that|them|him|the attention|trouble)
match: she was literally asking for it dressed like that
match: with a skirt that short she kinda invited it
match: she provoked it wearing that crop top to his house
nomatch: my dog is begging for it, he wants the ball
nomatch: she invited them to the party dressed as a pirate lol
note: victim blaming where the clothing or drinking comes after "asking for it" or is said to have "invited it"

[en.gender_abuse.sexual_violence.r6-doesnt-count-as-rape]
sub: sexual_violence
weight: 0.65
pattern: (so|then|which means) (it|its|that|thats|) (doesnt|does not|dont|isnt|is not|aint|wasnt|was not|cant be|cannot be|not) (count|really|technically|actually|even|) (as|) (rape|assault|sa|sexual assault|raping)
pattern: (wasnt|isnt|is not|was not|aint|not|cant be|never) (rape|assault|sa) (if|when|since|cuz|cause|because|bc) (she|u|you|they|shes|ur|youre|the girl|her) ~2 (didnt|did not|never|dont|doesnt|couldnt) ~1 (fight|scream|resist|struggle|say no|said no|push|run|report|stop)
pattern: (doesnt|does not|dont|wont|wouldnt|didnt) count (as|) (rape|assault|sa) (if|when|since|cuz|cause|bc|because) (she|u|you|they|shes|ur|youre|ur the|your|her) ~2 (drunk|high|wasted|passed out|asleep|sleeping|dating|married|wife|gf|girlfriend|flirting|into it|my|his|consented|said yes|came)
match: she was drunk so it doesnt count as rape lol
match: it wasnt rape if she didnt fight back
match: it doesnt count as rape if shes your girlfriend
nomatch: it still counts as rape even if she was drunk
nomatch: is it rape if i was drunk and didnt say no? i dont know what to call it
note: rape myths that deny an assault counts because the victim was drunk, did not fight, or was a partner

[en.gender_abuse.sexual_violence.r6-rape-sense-into]
sub: sexual_violence
weight: 0.8
target: other
also: harassment.threat
pattern: (rape|raping|fuck|fucking|grape|sa) ~2 (some|the|that|a little) (sense|respect|attitude|manners|humility|lesson|sass|feminism|lesbian|gay) (into|out of) (her|u|you|ya|that bitch|that hoe|them|this bitch|those)
pattern: (rape|grape|sa) (her|u|you|ya|them) (into|until|till|til) (submission|shes quiet|she shuts up|u shut up|you shut up|silence|obedience)
match: someone should rape some sense into her
match: i swear someone needs to r4pe that attitude out of her
match: grape her into submission
nomatch: beat the heat with some grape juice
nomatch: talk some sense into her, she is making a mistake
note: sexual violence as punishment or correction of a woman's attitude ("rape some sense into her")

[en.gender_abuse.sexual_violence.r6-what-men-do-to-girls]
sub: sexual_violence
weight: 0.78
target: other
also: harassment.threat
pattern: (show|teach) (u|you|ya|her|them) what (real|a real|grown|) (men|man|guys) (do|does) (to|with) (girls|women|bitches|sluts|hoes|females|chicks|u|you|her)
pattern: what (real|grown|) (men|guys|we|i) (do|does|did|will do|gonna do) to (girls|women|bitches|sluts|hoes|chicks|thots|females) like (u|you|her|ya)
pattern: (make sure|make|so) (u|you|ya|she|her) (cant|wont|can not|cannot|aint gonna) (walk|sit|stand) (straight|right|properly|for a week|for days) ~3 (after|when) ~2 (done|finished|through)
match: ill find where u live and show u what real men do to girls like u
match: you know what we do to girls like you
match: ill make sure u cant walk straight after im done with u
nomatch: show your daughter what real men do for girls, they respect them
nomatch: after the marathon i cant walk straight lol
note: sexual threats phrased as what "real men" do to girls, or as injury after sex

[en.gender_abuse.sextortion.r6-send-or-tell]
sub: sextortion
weight: 0.85
target: other
also: harassment.threat
pattern: (send|dm|snap|show|give|facetime) ~4 (pic*|phot*|nud*|nood*|body|bodies|vid*|lewds|selfie*|tits|boobs|bra|feet|more) ~3 (or|otherwise|unless|else) (ill|im|imma|ima|i will|i am|i) ~2 (tell*|post*|leak*|shar*|send*|show*|expos*|spread*|releas*|upload*|forward*|screenshot*)
pattern: if (u|you|ya) (dont|wont|stop|refuse) (send|sending|show|showing|sext|sexting|facetime|snap) (me|) (one|pics|pic|nudes|noods|more|photos|vids|boobs|tits|feet|selfies) ~3 (ill|im|imma|ima|i|everyone|everybody) ~1 (tell*|say*|spread*|post*|leak*|shar*|know|think|hear|lie)
match: send more pics or im posting the ones i already have
match: dm me ur body or im telling everyone what u did
match: if u dont send one ill just tell everyone u did anyway
nomatch: send the pics of the trip or ill forget what the hotel looked like lol
nomatch: if you dont send the homework im telling mr lee you copied
note: demands for images backed by a threat to post, spread, or tell lies; covers "im posting", "im telling", rumour threats

[en.gender_abuse.sextortion.r6-or-pics-go-public]
sub: sextortion
weight: 0.8
target: other
also: harassment.threat
pattern: or ~1 (these|those|the|ur|your|her|my|all|all the|all ur|all your|every|each) ~1 (pic*|phot*|screenshot*|ss|vid*|nud*|nood*|snaps|lewds|chats|messages|dms|texts|recording*|clips) ~6 (go|goes|going|get|gets|will|end|ends|are|is) ~1 (public|viral|online|everywhere|posted|leaked|sent|shared|around|out)
pattern: (pay|pay up|send|venmo|cashapp|reply|answer|respond) ~3 or (it|they|this|everything|the video|the vid|the recording|the call) (goes|go|gets|get|ends up|will go|is going|going|will be) ~1 (on|up on|to) (youtube|pornhub|porn sites|xvideos|reddit|the internet|ur school|your school|twitter|insta|tiktok|onlyfans)
pattern: (better|u better|you better|ud better|youd better) (be nice|behave|listen|answer|reply|respond|do what i say|not block me|not ignore me|keep talking|stay) ~4 (ur pics|your pics|ur nudes|your nudes|ur noods|those pics|those nudes|what i have|what i got|what u sent|what you sent|the pics u sent|the pics you sent|i still have|i have ur|i have your|i got ur|i got your|i saved ur|i saved your)
match: better be nice or those screenshots of u in ur bra go public
match: reply or ur pics get posted tonight
match: i recorded our call, pay or it goes on youtube
nomatch: pay or it goes to collections, thats how bills work
match: you better answer, i still have ur pics
nomatch: hurry or the tickets go public sale tomorrow
nomatch: you better reply to mom, she sent the pics from the trip
note: threats that images or chats will go public unless the person complies

[en.gender_abuse.sextortion.r6-love-test-pressure]
sub: sextortion
weight: 0.62
target: other
pattern: (pic|pics|photo|photos|nude|nudes|noods|body|selfie|vid|video) ~6 if (u|you|ya) (really|actually|truly|) (loved|love|liked|cared about|care about|trusted|trust|wanted) me
pattern: if (u|you|ya) (really|actually|truly|) (loved|love|cared about|care about|trusted|trust) me ~3 (send|show|sext|facetime) ~2 (pic|pics|nudes|noods|a nude|it|one|ur body|your body|something|a pic|a selfie)
pattern: if (u|you|ya) (really|actually|truly|) (loved|love|cared about|care about|trusted|trust) me ~3 (pic|pics|nudes|noods|sleep with me|have sex|take it off|put out)
pattern: (everyone|every girl|all the girls|all girls|all my exes|my ex|everybody|every couple|all couples) (does|do|sends|send|did|sent) (it|them|that|nudes|noods|pics|one) ~4 (just one|one pic|a pic|nudes|noods|pics|its not a big deal|no big deal|why wont you|why cant you|whats the big deal)
match: cmon just one pic, everyone does it, if u really loved me u would
match: if you loved me youd send it
match: all the girls send them, whats the big deal
nomatch: if you loved me you would remember my birthday
nomatch: everyone does it, just send the form to the office before friday
nomatch: if you loved me you would send me that recipe
note: emotional coercion for intimate images ("if you loved me you would", "everyone does it")

[en.gender_abuse.sextortion.r6-you-owe-me]
sub: sextortion
weight: 0.6
target: other
pattern: (ur|youre|you are|u r|shes|she is) my (gf|girlfriend|wife|wifey|bf|boyfriend|girl) ~4 (u|you|ya|she) (owe|owes|have to|has to|gotta|must|need to|needs to) (me|send|do it|give it up|put out|sleep with me|have sex|show me)
pattern: (frigid|prude|prudish|cocktease|cock tease|tease|ice queen) ~5 (come over|just do it|put out|send|sleep with me|ur my gf|youre my gf|you owe|u owe|give it up|let me)
pattern: (stop|quit|dont) (being|be) (a|such a|so) (frigid|prude|prudish|cocktease|cock tease|tease) ~4 (you know you want|u know u want|just do it|put out|give it up|its not a big deal)
match: stop being a frigid prude and just come over, ur my gf u owe me
match: stop being a tease and just do it already
match: youre my girlfriend you have to send me one
nomatch: ur my gf so u have to come to my birthday lol
nomatch: she was a tease in the trailer, the movie looks so good
note: sexual coercion from a partner: owed sex or images, shaming a refusal as prudish or teasing

[en.gender_abuse.image_abuse.r6-video-of-her-drunk]
sub: image_abuse
weight: 0.75
target: third
pattern: (share*|post*|send*|drop*|upload*|airdrop*|spread*|leak*|forward*|show*) ~2 (the|that|this|a|my|his|her|these|those) ~1 (video|vid|vids|videos|clip|clips|pics|pictures|photos|snaps|footage|recording) (of|w|with) (her|him|that girl|this girl|my ex|the girl|ur gf|your gf|u|you|them) ~6 (drunk|wasted|passed out|out of it|blacked out|naked|nude|topless|undressed|in the shower|hooking up|giving head|in her bra|in her underwear|throwing up|unconscious)
pattern: (recorded|filmed|taped|snapped|screenshotted) (her|him|that girl|this girl|my ex|the girl) (when|while|cuz|bc|since) (she|he|they) (was|were) ~2 (drunk|wasted|passed out|out of it|blacked out|asleep|naked|changing|showering|hooking up)
match: ima share the video of her from the party, she was so out of it
match: recorded her when she was drunk, gonna post it
match: sending the vid of that girl passed out in the bathroom
nomatch: share the video of her graduation speech
nomatch: i recorded her when she was singing at the talent show
note: recording or spreading images of a girl drunk, passed out, undressed or in a sexual act

[en.gender_abuse.prejudice.r6-high-value-rhetoric]
sub: prejudice
weight: 0.55
pattern: high value (men|man|male|males|guy|guys) (dont|do not|never|dont have to|dont need to|wont) (chase|simp|pay|commit|marry|beg|settle|date|text|wife)
pattern: (females|foids|femoids|women|girls|hoes|she|shell|they) ~3 (chase|chasing|will chase|flock to|throw themselves at|leave you for|dump you for|branch swing to|monkey branch to|upgrade to) ~2 (high value|higher value|a higher value|chad|chads|rich guy|taller guy|better provider)
pattern: (branch swing*|monkey branch*|branchswing*|monkeybranch*)
pattern: (beta|betas) (provider|providers|bux|buxx|orbiter|orbiters) ~3 (women|females|foids|girls|she|her|they|hit the wall|settle|wall)
pattern: (settle|settles|settling|settled|lock down|locks down|looking for|look for|looks for|wants|want|wanting|needs|hunting for|hunt for) (for|down|) (a|the|some|) (beta|betas) (provider|providers|bux|buxx)
match: high value men dont chase, females chase us
match: she'll branch swing the second a higher value guy shows up
match: she wants a beta provider now that she hit the wall
match: foids settle for beta bux after partying with chads
nomatch: high value items drop in this raid
nomatch: the monkey swung from branch to branch
note: manosphere "high value man", branch swinging and beta-provider talk that reduces women to mercenary hypergamy

[en.gender_abuse.prejudice.r6-smv-rating-grateful]
sub: prejudice
weight: 0.6
pattern: (shes|she is|ur|youre|you are|u r|she a|shes like|ur like|she looks like|u look like) (a|an|) (1|2|3|4|5|one|two|three|four|five) (out of 10|outta 10|10|at best|max|on a good day|tops) ~6 (grateful|lucky|thankful|should be happy|be happy|anyone|any man|any guy|i even|we even|nobody|no one|no man)
pattern: (should|better|needs to|need to|ought to) be (grateful|thankful|lucky|happy|glad) (anyone|any man|any guy|someone|a guy|a man|men|guys|i|we) (even|would|still|ever|at all|) ~1 (talks|talk|talked|looks|look|looked|replies|replied|reply|texts|texted|text|dates|date|wants|want|touches|touched|notices|noticed|gives|gave|likes|liked)
match: shes a 4 at best, should be grateful anyone talks to her
match: ur a 3/10 at best, be thankful i even replied
match: she should be grateful a guy even looks at her
nomatch: he should be grateful his coach even noticed the effort lol
nomatch: the movie is a 5 out of 10 at best
note: rating a girl's looks and saying she should be grateful for male attention (incel and manosphere contempt)

[en.gender_abuse.prejudice.r6-walking-wallets]
sub: prejudice
weight: 0.55
pattern: (women|females|foids|femoids|girls|bitches|hoes|wives|she|they) ~4 (walking wallets|walking wallet|walking atms|meal ticket|meal tickets|sugar daddies|free dinners|free meals)
pattern: (men|guys|we|us|betas|simps|husbands) (are|r) (just|only|nothing but|) (walking wallets|wallets|atms|meal tickets|paychecks|providers) (to|for) (women|females|girls|foids|them|her|these hoes|bitches|modern women|wives)
match: women r just walking wallets for chads
match: men are just walking wallets to modern women
nomatch: my dad calls himself a walking atm at christmas lol
nomatch: i lost my wallet walking to school
note: incel and manosphere framing of women as exploiting men for money

[en.gender_abuse.prejudice.r6-body-count-disqualifies]
sub: prejudice
weight: 0.6
pattern: (body count|bodycount|n count|partner count) ~6 (unmarriageable|not wifey|not wife material|not wifeable|used goods|damaged goods|ran through|run through|disqualified|worthless|no man|nobody wants|not marriage material|used up)
pattern: (unmarriageable|not wife material|not wifey material|used goods|damaged goods) ~4 (body count|bodycount|n count|partner count|if she|past|slept with|been with)
match: body count over 10 = unmarriageable, sorry not sorry
match: a girl with a high body count is damaged goods
match: used goods if she has been with more than 3 guys
nomatch: the body count in this horror movie is insane
nomatch: the used goods section has cheap textbooks
note: body-count shaming that declares women used, damaged or unmarriageable

[en.gender_abuse.prejudice.r6-single-mom-prediction]
sub: prejudice
weight: 0.5
pattern: (be|end up|ends up|becoming|become) (a|an) single (mom|mother|mum) (with|w) (like|) (2|3|4|5|6|two|three|four|five|multiple|several|many) (kids|children|baby daddies|baby daddys|different dads|dads|babies)
pattern: (be|end up|ends up|become) (a|an) single (mom|mother|mum) ~3 (by|before|at) (18|19|20|21|22|23|24|25|26|27|28|29|30|senior year|graduation|prom)
match: she'll be a single mom with 3 kids by 25, classic
match: ur gonna end up a single mother before graduation
nomatch: my mom ended up a single mother with two kids and she did amazing
nomatch: she became a single mom at 30 and wrote a book about it
note: contemptuous predictions that a girl will be a single mother, slut-shaming

[en.gender_abuse.prejudice.r6-girl-gamer-attention]
sub: prejudice
weight: 0.58
pattern: (girl gamer|girl gamers|gamer girl|gamer girls|e girl|egirl|egirls|e girls|female gamer|female gamers|girl streamer|girl streamers|female streamer|female streamers|girls on twitch|girls on discord) (are|r|is|equals|means|just|only|all|always|are all|are just|r just) ~2 (attention seek*|attention whores|attention hoes|pick me|pickmes|pick mes|simp bait|thirst traps|for attention|fake gamers|fake|boosted|carried|clout chasers|chasing clout)
pattern: (girl gamer|girl gamers|gamer girl|gamer girls|female gamer|female gamers|girl streamer|girl streamers|female streamer|female streamers|egirl|egirls|e girl|e girls) (attention seek*|attention whore*|attention hoes|pick me|pickmes|simp bait|thirst trap|thirst traps|clout chaser*)
match: girl gamer = attention seeker every single time
match: female streamers are just boosted simp bait
nomatch: girl gamers are building great communities on twitch
nomatch: this female streamer got carried by her team in the tourney and said so herself
note: dismissing girls who game or stream as attention seekers, fake or boosted

[en.gender_abuse.prejudice.r6-imagine-a-woman]
sub: prejudice
weight: 0.55
pattern: imagine (listening to|taking advice from|taking orders from|getting bossed by|being bossed by|being bossed around by|being coached by|losing to|working for|getting told by) (a|an) (woman|girl|female|chick|broad|bitch) ~4 (talk|talking|about|lol|lmao|lmfao|boss|president|coach|manager|captain|skull|politics|cars|sports|games)
pattern: imagine (listening to|taking advice from|taking orders from|being bossed by|losing to|voting for|getting bossed by) (a|an) (woman|girl|female|chick|broad) (lol|lmao|lmfao|skull|bro|fr|dude)
match: imagine listening to a woman talk about politics lmfao
match: imagine losing to a girl lmao
nomatch: imagine having a woman as president, that would be historic and exciting
nomatch: i learned so much listening to a woman scientist talk about bees
note: mocking the idea of a woman speaking, leading or winning ("imagine losing to a girl")

[en.gender_abuse.prejudice.r6-needed-a-woman]
sub: prejudice
weight: 0.6
pattern: (only|just) ~4 (because|bc|cuz|cause|since|coz|cos) (they|the company|the school|the team|he|someone|we|the board|the producers|coach|the coach|management|hr|the league|the devs) (needed|need|had to have|had to hire|had to pick|needed to have|had to fill|had to include) (a|an|another|some|one|their) (woman|girl|female|token|chick|diversity)
pattern: (only|just) ~5 (wanted|needed|had to have|had to hire|had to pick) (a|an|another|some|one) (woman|girl|female|chick|token) (on|in|for) (the|their|our) (roster|team|board|panel|ticket|stream|photo|lineup|cast|quota|optics|squad)
match: shes only on the board because they needed a woman for the photo
match: she only got captain bc coach wanted a girl on the roster
nomatch: she was only late because they needed a ride
nomatch: we needed a woman on the medical team who speaks spanish, so we hired maria
note: tokenism: claims a woman holds a role only because a woman was needed

[en.gender_abuse.prejudice.r6-sandwich-silence]
sub: prejudice
weight: 0.6
target: other
pattern: make me a (sandwich|sammich|sandwhich) ~3 (and|n|then|now|while) ~1 (shut|stfu|be quiet|hush)
pattern: (shut up|stfu|shut ur mouth|shut your mouth|be quiet|hush|stop talking|get off the mic|get off mic) ~3 (and|n|then|now|go|just) ~1 make me a (sandwich|sammich|sandwhich)
match: make me a sandwich and shut ur mouth
match: stfu and go make me a sandwich
nomatch: make me a sandwich please mom
nomatch: make me a sandwich and stop talking about school lol, im starving
nomatch: be quiet, your brother is sleeping, and make me a sandwich if youre up
note: "make me a sandwich" with a silencing order: the misogynist taunt, not a lunch request

[en.gender_abuse.prejudice.r6-hit-deserved]
sub: prejudice
weight: 0.68
also: harassment.threat
pattern: (woman|women|girl|girls|she|wife|wives|gf|girlfriend|her|bitch|bitches|hoe|hoes) ~3 (gets|got|get|getting|was|being|is|were) (hit|slapped|smacked|beat|beaten|punched|backhanded|choked|hit by) ~6 (deserve*|had it coming|asked for it|provoked|said something|did something|her fault|their fault|earned it|her mouth|running her mouth|ran her mouth|mouthed off)
pattern: (she|her|bitch|wife|gf|girlfriend|woman) (deserved|deserves|deserve) (to get|to be|a|the|that|every) ~1 (hit|slapped|smacked|beat|beaten|punched|backhanded|slap|smack|beating|backhand|punch|hiding)
pattern: (deserved|deserves|deserve) (to get|to be|a|the) ~1 (hit|slapped|smacked|beat|beaten|punched|backhanded|slap|smack|beating|backhand|punch) ~3 (running|ran|for running|mouthing|talking back|nagging|disrespecting) ~1 (her|that|his)
match: if a woman gets hit she probably said something to deserve it
match: she deserved to get slapped honestly, running her mouth like that
match: his gf deserved a smack for nagging
nomatch: she deserves a break after that week
nomatch: she got hit by a car and it wasnt her fault at all
note: saying a woman deserved to be hit; justifying violence against women

[en.gender_abuse.identity_attack.r6-partner-is-a-dude]
sub: identity_attack
weight: 0.58
target: third
pattern: (his|ur|your|their|that|her) (wife|gf|girlfriend|wifey|missus|fiancee|bride) (is|s|was|is literally|is clearly|is obviously|is just|is actually) (a|just a|actually a|really a|clearly a|obviously a|literally a|still a|a whole|a biological) (dude|man|guy|bloke|male|boy|dude in a wig|man in a wig|man in a dress)
pattern: (his|ur|your|their|that|her) (husband|bf|boyfriend|hubby|fiance) (is|s|was|is literally|is clearly|is obviously|is just|is actually) (a|just a|actually a|really a|clearly a|obviously a|literally a|still a|a biological) (chick|girl|woman|female|girl in a binder)
match: his wife is a dude lmao look at those hands
match: her boyfriend is clearly a girl in a binder lol
match: ur gf is literally a dude in a wig
nomatch: his wife is a doctor and his husband is a chef
nomatch: look at the hands in this painting, so detailed
note: misgendering a trans person's partner or clocking a trans woman by body features

[en.gender_abuse.slur.r6-sex-work-insult]
sub: slur
weight: 0.6
target: other
pattern: (ur|your|yo|ya) (mom|mum|mother|momma|mama|sister|sis|gf|girlfriend) (is|s|was|is a|is such a|works as|is just) (a|an|such a|just a|a cheap|a dirty|) (prostitute|hooker|streetwalker|crackwhore|crack whore|hoe)
pattern: (youre|ur|u r|you are|shes|she is) (a|such a|just a|nothing but a|a lil|a little) (cheap|dirty|fucking|stupid|filthy|) (prostitute|hooker|streetwalker|crackwhore|crack whore)
pattern: (take|takes|took|taking) after (her|ur|your|yo) (mom|mum|mother|momma|mama) ~2 (hoe|hoeing|whore|whoring|slut|sluttin|prostitute|hooker|on the corner)
match: heard ur mom is a prostitute and u take after her
match: youre just a cheap hooker
match: she takes after her mom, whoring around
nomatch: my mom works with former prostitutes at a shelter
nomatch: the film is about a hooker who becomes a detective
note: sex-work words thrown as insults at a girl or her female relatives; neutral talk about sex work does not match

[en.gender_abuse.sexual_violence.r6-grape-rword-wish]
sub: sexual_violence
weight: 0.75
target: other
also: harassment.threat
pattern: (someone|somebody|some guy|sum|they|he|hope|hopefully|gonna|should) ~2 (grapes|grape) (u|you|ya|her|that|this|them)
pattern: (deserve|deserves|deserved|needs|need|should|hope|hoping|gonna|will|wanna) ~2 (be|get|gets|getting) (r worded|rworded|r word|r wordded|r worded lol)
pattern: (hope|hoping|wish|pray) (u|you|ya|she|her|they) (get|gets|getting|be|are) (r worded|rworded|grape|graped|rapped|rap ed)
match: hope someone grapes u on the way home
match: u deserve to be r-worded
match: i hope she gets r worded
nomatch: my grandma grapes taste better than store ones
nomatch: the r word is a slur you shouldnt use
note: algospeak rape wishes ("hope someone grapes you", "deserve to be r-worded") outside the first-person threat frames of grape-threat

[en.gender_abuse.sexual_violence.r6-consent-denial-claims]
sub: sexual_violence
weight: 0.65
pattern: (slut|sluts|hoe|hoes|whore|whores|thot|thots|shes|she|a wife|wives|ur wife|your wife|ur gf|your gf|prostitutes|hookers|strippers) ~4 (cant|cannot|can not|aint able to|impossible to) (be|get) (raped|rape|assaulted|sa ed|saed)
pattern: (her|a womans|a girls|girls|womens|ur|your) (no|nos) (doesnt|dont|does not|do not|never|aint) (mean|means|count|counts|matter|matters) (anything|nothing|shit|a thing|no|much)
pattern: (not|isnt|aint|cant be|never|wasnt) (harassment|sexual harassment|assault|creepy|rape) (if|when) (she|shes|ur|youre|u r|the girl|they|theyre) ~2 (hot|cute|pretty|likes it|liked it|into it|enjoyed|enjoys|flirting|smiled|my gf|wants it|wanted it|secretly)
pattern: (cant|cannot|can not) say no (if|when) (shes|she is|ur|youre|u r|they are|theyre) ~2 (passed out|asleep|unconscious|drunk|wasted|knocked out|blacked out|out cold)
match: she sleeps around so she cant be raped lol
match: a womans no doesnt mean anything
match: its not harassment if shes hot
match: she cant say no if shes passed out
nomatch: her no means no, full stop
nomatch: a person who is passed out cannot consent, that is the law
note: rape myths: promiscuous women or wives "cannot be raped", "her no means nothing", harassment excused by looks, unconscious women cannot refuse

[en.gender_abuse.sexual_violence.r6-led-him-on]
sub: sexual_violence
weight: 0.62
target: third
pattern: (led him on|leading him on|leads guys on|leading guys on|led them on|teased him|was flirting|flirted with him|was a tease|is a tease) ~5 (her fault|had it coming|deserved|deserves|asked for it|what did she expect|fair game|wanted it|cant complain|cant cry|no right)
pattern: (she|girls|women|her) (had it coming|asked for it|was asking for it) ~3 (going|drinking|wearing|dressing|flirting|walking|his house|his place|his room|the party|that party|a party|drunk|alone|sleeping over)
match: she's a tease, she led him on, so it's her fault
match: she had it coming for going to his house
nomatch: he led him on a wild chase through the mall
nomatch: she had it coming for years, that promotion was earned
note: blaming a girl for an assault because she flirted, "led him on" or went to his place

[en.gender_abuse.sexual_violence.r6-cry-rape]
sub: sexual_violence
weight: 0.62
pattern: (women|girls|she|females|bitches|hoes|they|these hoes|chicks) ~2 (cry|cried|cries|crying|yell|yelled|yells|scream|screamed|screams) (rape|sa|assault|metoo)
pattern: (cry|cried|cries|crying) (rape|sa|assault) (because|bc|cuz|cause|when|after|since|for|whenever|every time|if) ~3 (regret*|attention|money|clout|revenge|mad|dumped|bored|dont like|didnt like|ugly|wake up|woke up)
match: she cried rape because she regretted it
match: women cry rape whenever they regret a hookup
match: these hoes scream sa for clout
nomatch: the boy who cried wolf is a fable about lying
nomatch: i cried after the assault and my counselor helped
note: claims that women invent rape accusations out of regret, revenge or for attention

[en.gender_abuse.sexual_violence.r6-bend-over-threat]
sub: sexual_violence
weight: 0.7
target: other
pattern: (bend|bending|bent) (u|you|ya|her) over ~4 (make|and make|take it|whether|till|until|like it|scream|beg|cry|no choice)
pattern: (pin|pinning|hold|holding|tie|tying) (u|you|ya|her) down ~4 (and|n|then) ~2 (fuck|rape|grape|take it|make u|make you|make her|do what i want|have my way|have fun)
pattern: make (u|you|ya|her) my (bitch|slut|whore|hoe|sex slave|toy|fucktoy|fuck toy|little bitch|property)
match: gonna bend u over and make u take it
match: ill make you my bitch
match: ill hold u down and do what i want
nomatch: bend your knees and hold it until the timer ends
nomatch: hold her hand until she stops crying, she is scared of the vet
note: sexual domination threats ("bend you over and make you take it", "make you my bitch")

[en.gender_abuse.sextortion.r6-held-images-reminder]
sub: sextortion
weight: 0.72
target: other
pattern: (ur|your) (nudes|noods|nude pics|naked pics|lewds|bra pics|spicy pics|private pics|sexts|nude vids) (are|r|is|still|stay|r still|are still) (in|on|saved in|saved on) my (camera roll|phone|gallery|laptop|drive|icloud|pc|computer|files|cloud|vault)
pattern: (want|wanna|want me to keep) (them|these|those|the pics|the screenshots|the screenshot|the video|the vid|ur pics|your pics|ur nudes|your nudes|the nudes) (deleted|gone|removed|erased|private|off the internet|secret) ~3 (send|pay|then|venmo|cashapp|cash app|gift card|another|more|one more)
pattern: (want|wanna) it (deleted|gone|removed|erased|private|off the internet) ~3 (pay|venmo|cashapp|cash app|gift card|another pic|one more pic|more pics|nudes|noods)
pattern: (or|else|otherwise|unless) (ill|im|imma|ima|i will|i am gonna|i) ~1 (send|show|forward|airdrop) (them|these|those|it|this|the pics|the vid|the video|ur pics|your pics|ur nudes|your nudes|everything) to (ur|your) (principal|teacher|teachers|coach|dean|pastor|school|boss|grandma|grandparents|brother|sister|dad|mom|parents|family|bf|boyfriend|class)
match: your nudes are in my camera roll, remember that
match: i screenshot your snap, you want it deleted? send another pic
match: answer me or ill send them to your principal
nomatch: your pics are on my phone from the beach trip, want me to send them
nomatch: want the pics deleted from the shared album? just ask the admin
nomatch: i screenshot the recipe, want it deleted from the chat? send another one
note: leverage over held intimate images: reminders, delete-for-more deals, threats to forward to school or family

[en.gender_abuse.identity_attack.r6-have-a-dick]
sub: identity_attack
weight: 0.65
target: other
pattern: (have|has|got|still have|still has|still got) (a|) (dick|penis|cock|balls|vagina|pussy|y chromosome|xy chromosomes|xx chromosomes|xy|xx) ~3 (not a|never be a|never a|still a|aint a|isnt a|cant be a|so ur a|so youre a|so hes a|so shes a|so its a|means ur a|means youre a) (girl|woman|boy|man|lady|dude|guy|female|male)
pattern: (not a|never be a|aint a|isnt a|cant be a) (real|) (girl|woman|boy|man|lady|female|male) ~3 (have|has|got|still have|still got) (a|) (dick|penis|cock|balls|vagina|pussy|y chromosome|xy chromosomes|xx chromosomes)
pattern: (stop|quit) (calling|pretending|saying) (yourself|urself|ur self|to be|youre|ur) (a|) (girl|woman|boy|man|lady|female|male|she|he)
match: stop calling yourself a girl, you have a dick
match: u still got a penis so ur not a woman
match: you're not a real man, you have a vagina
nomatch: stop calling yourself a failure, you passed the test
nomatch: a man has balls in football, it is the best sport lol
note: denying a trans person's gender by naming their genitals or chromosomes, or ordering them to stop calling themselves a girl or a boy

[en.gender_abuse.identity_attack.r6-hes-a-she-now]
sub: identity_attack
weight: 0.6
pattern: (hes|he is|shes|she is|hes a|its a) (a|) (she|he|girl|boy|woman|man) now ~4 (lol|lmao|lmfao|clown|freak|sure|okay|ok|whatever|cringe|delusional|ew|eww|honk|joke|yeah right|sure jan|right|apparently)
pattern: (clown world|honk honk|what a time to be alive) ~4 (hes a she|shes a he|he is a she|she is a he|a man|a dude|pronouns|they them|trans|tranny|trannies)
pattern: (hes a she|shes a he|he is a she|she is a he) (lol|lmao|lmfao|apparently|or whatever|or something)
match: he's a she now? lol clown world
match: so shes a he now apparently
match: clown world where a dude in a dress is a woman
nomatch: my cat is a she now that the vet checked lol
nomatch: hes a senior now lol time flies
note: sarcastic "he's a she now", "clown world" mockery of transition

[en.gender_abuse.identity_attack.r6-therapy-not-hormones]
sub: identity_attack
weight: 0.62
pattern: (get|need|needs|getting|requires|require) (help|therapy|a therapist|a psychiatrist|meds|medication|treatment|counseling|a shrink|jesus|god) ~3 (not|instead of|rather than|not more|not fake) (hormones|hrt|surgery|surgeries|transition|transitioning|puberty blockers|blockers|pronouns|affirmation|a new name|dresses)
pattern: (just|only|really|actually|still|simply) (a|) (confused|delusional|mixed up|mentally ill|sad|brainwashed) (boy|girl|man|woman|dude|guy|little boy|little girl|teenage boy|teenage girl|men|women|boys|girls) ~3 (in a dress|in a wig|with a binder|pretending|playing dress up|on hormones|on hrt|with pronouns)
match: you're mentally ill, get help, not hormones
match: ur just a confused boy in a dress lmao
match: trans kids need therapy not puberty blockers
nomatch: get help, not more caffeine, if youre that tired
nomatch: she was just a confused girl lol after the movie ended
note: framing trans identity as illness needing therapy instead of transition, or as a "confused boy in a dress"

[en.gender_abuse.identity_attack.r6-identity-made-up]
sub: identity_attack
weight: 0.55
target: group
pattern: (nonbinary|non binary|enby|enbies|genderfluid|gender fluid|agender|xenogender|xenogenders|neopronouns|neopronoun|demigirl|demiboy|genderqueer|trans) (people|ppl|kids|teens|folks|peeps|identities|identity|genders|stuff|thing|crap|nonsense|bs|) (are|is|r|be) (just|all|only|literally|basically|) (making it up|making stuff up|made up|make believe|pretend|pretending|larping|cosplay|cosplaying|a trend|a fad|for attention|for clout|a costume|a phase|a tiktok thing|fake)
pattern: (pronouns|pronoun people|pronoun ppl|pronoun users|pronouns in bio|pronouns in ur bio|pronouns in your bio) (are|r|is|means|equals|) (for|) (losers|cringe|weirdos|freaks|clowns|a red flag|red flag|instant block|an instant block|the ick|a joke|mental)
match: nonbinary people are just making it up
match: pronouns are for losers
match: pronouns in bio means instant block
nomatch: nonbinary people are just people, let them live
nomatch: pronouns are for english class, i hate grammar
note: calling nonbinary and trans identities made up, a trend or a costume; pronouns as a marker of losers or an instant block

[en.gender_abuse.prejudice.r6-why-do-girls-even]
sub: prejudice
weight: 0.5
pattern: why (do|does|would|should|are|is) (girls|women|females|chicks|a girl|a woman|she|e girls|egirls) (even|evn|ever) (play|playing|try|trying|bother|stream|streaming|comment|commenting|talk|talking|speak|vote|voting|work|drive|driving|coach|commentate|get to|join|joining|allowed)
pattern: (women|girls|females|chicks) (shouldnt|should not|dont get to|shouldnt be allowed to|arent allowed to) (even|) (play|stream|comment|talk|speak|commentate|coach|ref|referee|vote|drive|be on mic|be in comms) ~3 (just|go|stick to|stay|kitchen|netflix|sims|makeup|shopping|cook)
match: why do girls even play valorant, just go watch netflix
match: why are women even allowed to commentate
nomatch: why do girls even get periods, science class question
nomatch: why do women even get paid less, it makes no sense
note: weak alone: "why do girls even play/talk/vote" sneering at girls taking part; adds up with a second signal

[en.gender_abuse.prejudice.r6-wired-differently]
sub: prejudice
weight: 0.6
pattern: (women|girls|females|chicks|womens brains|female brains) (are|r) (wired|built|programmed|hardwired|made|designed) (differently|different|for|to) ~4 (cant|can not|cannot|incapable|bad at|not good at|no good at|dont do|dont understand|not logic|not logical|emotions|feelings|kitchen|kids|home|babies|serve|serving|obey|submit)
pattern: (female|womens|a womans|girls|women) (brain|brains|mind|minds) (cant|can not|cannot|arent|are not|isnt|dont|doesnt|is too|are too) ~2 (handle|process|understand|do|built for|made for|capable|logic|logical|math|strategy|emotional|small)
match: females are wired differently, they cant do logic
match: the female brain cant handle strategy games
nomatch: men and women are wired differently in some studies but the effects are tiny
nomatch: her brain cant handle spicy food lol
note: biological-essentialist claims that women's brains cannot do logic, math or leadership

[en.gender_abuse.prejudice.r6-just-a-girl-expect]
sub: prejudice
weight: 0.6
pattern: (shes|she is|ur|youre|you are|u r|shes only|shes just|its) (just|only) a (girl|woman|female|chick) ~1 (what do|what did|what else|cant expect|dont expect|lol|lmao|duh|typical|smh)
pattern: (what do|what did|what else do|what else did) (u|you|ya|we|they) expect ~3 (from a|shes a|its a|she is a) (girl|woman|female|chick) (lol|lmao|lmfao|tho|bro|honestly|smh|anyway|driver|gamer|ref|streamer|duh)
match: she's just a girl what do u expect
match: what did you expect from a girl lmao
nomatch: shes just a girl who loves horses, what do you expect, her room is full of them
nomatch: what did you expect from a girl who trains 6 hours a day, she crushed it
note: dismissing a girl's mistake or opinion as what you'd expect of a girl

[en.gender_abuse.prejudice.r6-knew-their-role]
sub: prejudice
weight: 0.6
pattern: (women|girls|wives|females|woman|a woman|bitches|hoes) ~3 (knew|know|knows|remembered|learned|learnt|understood|understand) (their|her) (role|roles|place|station|purpose)
pattern: (1950s|50s|fifties|back then|back in the day|the old days|olden days) ~3 (when|where|cause|bc|because) (they|women|wives|girls) (knew|stayed|kept|respected|obeyed|listened|served|shut up|were quiet) ~2 (place|role|roles|kitchen|home|husband|husbands|mouths)
pattern: (back when|in the 50s|in the 1950s|when) (women|girls|wives|females) ~3 (knew|stayed|kept|respected|obeyed|listened|served|shut up|were quiet) ~2 (place|role|kitchen|home|husband|husbands|mouths)
match: women peaked in the 1950s when they knew their role
match: back when wives knew their place
nomatch: the actors knew their roles by heart on opening night
nomatch: my grandma told me in the 1950s women had few rights and it was awful
note: nostalgia for women "knowing their role or place"; gendered subject required

[en.gender_abuse.prejudice.r6-deserve-comments-posting]
sub: prejudice
weight: 0.6
target: third
pattern: (girls|women|females|thots|hoes|egirls|e girls) (who|that) (post|posts|wear|wears|show|shows|dress|dresses|upload|uploads) ~4 (deserve whatever|deserves whatever|deserve what|deserves what|asked for|ask for|asking for|cant complain|shouldnt complain|shouldnt be surprised|get what they|had it coming|fair game|cant cry)
pattern: (if|when) (she|they|girls|women|u|you) (post|posts|wear|wears|show|shows|dress|dresses|upload|uploads) ~4 (deserve whatever|deserves whatever|deserve what|deserves what|asked for|asking for|cant complain|shouldnt complain|shouldnt be surprised|get what they|gets what she|had it coming|fair game|cant cry)
match: girls who post bikini pics deserve whatever comments they get
match: if she posts that she cant complain about the dms
nomatch: girls who post study vlogs deserve more views
nomatch: women who wear scrubs all day deserve a raise
note: blaming girls for harassment or sexual comments because of what they post or wear online

[en.gender_abuse.prejudice.r6-look-pretty-silent]
sub: prejudice
weight: 0.58
target: other
pattern: (sit|stand|stay) (down|there|still|quiet|quietly|pretty) (and|n) (look|be) (pretty|cute|hot|sexy)
pattern: (just|) (look|be) (pretty|cute|hot) (and|n) (shut up|be quiet|stay quiet|dont talk|let the men|let the boys|let the guys|leave it to|stfu)
pattern: (smile|smile more|smile for me) (sweetie|sweetheart|honey|hun|darling|babe|princess|doll|sugar|girl) ~3 (prettier|pretty|cuter|nicer|ugly|would kill you|wont kill you)
match: sit down and look pretty sweetheart
match: just look pretty and let the men handle it
match: smile more sweetie youd be prettier
nomatch: sit down and be quiet, the movie is starting
nomatch: the bride looked pretty and let the men carry the cake
note: telling women and girls to be decorative and silent ("sit down and look pretty", "smile more sweetie")

[en.gender_abuse.prejudice.r6-girl-gtfo-lobby]
sub: prejudice
weight: 0.58
target: other
pattern: (ur|youre|you are|u r|its|shes|wait ur|wait youre|omg ur|bro its) (a|an|) (girl|female|chick|woman) ~2 (uninstall|gtfo|get out|kick her|kick|log off|mute her|muted|ew|eww|ewww)
pattern: no (girls|women|females|chicks|bitches|hoes|foids|egirls) allowed ~4 (get out|leave|kick|kicked|gtfo|uninstall|lobby|server|team|squad|game|ranked|vc|voice|comms|mic)
match: you're a girl? uninstall
match: no girls allowed in this lobby, get out
match: its a girl lol kick her
nomatch: no girls allowed in the boys changing room, it is school policy
nomatch: ur a girl scout? leave the cookies here
note: gaming-chat exclusion of girls once their gender is known ("you're a girl? uninstall", "no girls allowed in this lobby")

[en.gender_abuse.prejudice.r6-regret-being-woman]
sub: prejudice
weight: 0.75
target: other
also: harassment.threat
pattern: make (u|you|ya|her) regret (being|ever being|that ur|that youre|being born|ever being born) (a|) (woman|girl|female|born a girl|born a woman|a girl|a woman)
pattern: (ill|imma|ima|gonna|we will|well) (show|teach|remind) (u|you|ya|her) (what|why) (happens|it means|women|girls) ~3 (talk back|mouth off|speak up|dont listen|disrespect|step out of line|forget their place)
match: i'll find you and make you regret being a woman
match: ill show you what happens to girls who talk back
nomatch: dont make me regret buying this game
nomatch: ill show you what happens when you add too much salt
note: threats aimed at a woman for her gender or for speaking up

# ---------------------------------------------------------------------------------------------
# round r7 (2026.11.30.8): families missed by earlier rounds
# ---------------------------------------------------------------------------------------------

[en.gender_abuse.prejudice.r7-classic-female-behaviour]
sub: prejudice
weight: 0.55
pattern: (classic|peak|textbook|such a|so|standard|usual|another|average) (woman|women|female|females|girl|girls|chick|chicks|wife|foid|womanly) (behaviour|behavior|moment|moments|logic|brain|mindset|move|moves|drama|tactic|tactics|antics|nonsense|bs|hypocrisy|thing to do)
pattern: (girls|women|females|chicks|woman|female|she|her) (being|acting) (so|such a|typical|classic|) (woman|women|female|females|girl|girls|chick|chicks) (again|lol|lmao|smh|as usual|as always|ugh)
match: she cried over feedback, classic female moment
match: peak woman logic right there lmao
match: another girl moment in ranked smh
nomatch: classic girl dinner tonight, cheese and crackers
nomatch: that was a classic move by the striker
note: casual dismissal of behaviour as typical of women ("classic female moment", "peak woman logic"); "typical woman" itself is prejudice.typical-woman

[en.gender_abuse.prejudice.r7-period-blame]
sub: prejudice
weight: 0.55
pattern: time of the month ~4 (for her|for you|for u|thats why|thats y|why shes|why she|why ur|why youre|why you|explains)
pattern: (her|the|your|ur|their) (hormones|period|pms|periods|estrogen) (are|is|) (talking|speaking|are talking|is talking|acting up|kicking in|again)
pattern: (shes|she is|youre|ur|you are|u r|she must be|women are|girls are) ~2 (hormonal|pmsing|on the rag) ~3 (again|thats why|lol|lmao|ignore|as usual|calm down|chill|crazy|mad|bitchy)
match: its that time of the month for her again, ignore her
match: ignore it, thats just her hormones talking
match: shes hormonal again lol just leave it
nomatch: its that time of the month for me, cramps are awful
nomatch: hormones during puberty are normal, talk to the nurse
note: dismissing a woman's anger, opinion or behaviour as her period or hormones

[en.gender_abuse.prejudice.r7-let-the-men]
sub: prejudice
weight: 0.55
pattern: (sweetheart|sweetie|sweety|honey|hun|hunny|darling|babe|love|girl|girls|ladies|lady|women|mute yourself|mute urself|shut up|be quiet|go make|stay quiet|sit down|sit this out) ~6 (let|leave it to) the (men|boys|real men|males|guys|lads|big boys|grown men) (play|handle|talk|speak|do|deal|work|think|decide|lead|take over|sort|fix|drive|talk business)
pattern: leave (the|) (real work|thinking|talking|decisions|serious stuff|driving|gaming|politics|leading|business) to the (men|boys|real men|males|guys|lads)
match: sweetie let the men handle this
match: mute yourself and let the boys play
match: leave the thinking to the men, hun
nomatch: let the boys play, ref, stop blowing the whistle
nomatch: leave it to the lads to forget the ball
note: telling women or girls to step aside so the men can play, talk or decide

[en.gender_abuse.prejudice.r7-girl-on-team]
sub: prejudice
weight: 0.6
target: third
pattern: (a|another|the|theres a|got a|have a|with a|some) (girl|female|woman|chick|egirl|e girl) (on|in) (my|our|the|this) (team|lobby|squad|vc|voice|voice chat|comms|game|party|duo|match|ranked game|queue) ~4 (go next|ff|uninstall|throwing|throw|gonna lose|we lose|lost|mute|kick|rip|its over|figures|great|ugh|ew|eww|sigh|thats why|of course|bruh)
pattern: why (is there|are there|tf is there|the hell is there|does there have to be) (a|) (girl|girls|female|females|woman|women|chick|egirl) (in|on) (the|my|our|this|) ~2 (vc|voice|voice chat|chat|lobby|team|server|game|comms|mic|ranked|squad|party)
match: a girl on my team again, go next
match: why is there a girl in vc
match: theres a girl in our squad lol its over
nomatch: a girl on my team carried the whole game
nomatch: why is there a girl in the trailer, is she the new agent
note: gaming chat treating a girl on the team or in voice as a reason to lose, mute or leave

[en.gender_abuse.prejudice.r7-gamer-girl-mock]
sub: prejudice
weight: 0.45
pattern: (she|shes|girls|women|females|chicks|egirls|her) ~2 (thinks|think|calls herself|call themselves|calling herself|pretends to be|pretending to be|pretend to be|claims to be) (shes|she is|theyre|they are|) (a|) (gamer|gamers|real gamer|pro|pro gamer|athlete|engineer|coder|programmer|mechanic|ceo|boss)
pattern: (back to|go back to|stick to|go play|stick with) (the sims|sims|candy crush|animal crossing|stardew|roblox|barbie|your barbies|ur barbies|makeup|tiktok|your dolls|ur dolls) (sweetie|sweety|honey|hun|girl|sweetheart|babe|darling|lol|lmao)
match: lol she thinks shes a gamer
match: back to the sims sweetie
match: she calls herself a pro gamer lmao
nomatch: i think my daughter might be a gamer like me
nomatch: going back to the sims tonight, building a new house
note: weak alone: mocking a girl's claim to be a gamer or professional and sending her back to "girl games"; adds up with a second signal

[en.gender_abuse.prejudice.r7-woman-value-looks]
sub: prejudice
weight: 0.65
target: group
pattern: (woman|womans|women|womens|female|females|a girls|girls|her|a wifes) (value|worth|only value|only worth|whole value|sexual market value|smv) (is|are|comes from|lies in|depends on|is all|is just) ~3 (youth|young|looks|body|beauty|fertility|womb|virginity|face|age|tits|ass|appearance|pretty|sex|purity|eggs)
pattern: (women|females|girls|a woman|a girl) (have|has|got) (no|zero|nothing) (value|worth) (except|besides|beyond|other than|but|outside) ~2 (looks|youth|body|sex|beauty|their bodies|her body|cooking|kids|babies)
match: a womans value is her youth and looks
match: women have no value beyond their bodies
match: a girls worth comes from her body count honestly
nomatch: a womans value is not her looks, it is who she is
nomatch: the value of a woman's pension is lower on average
note: reducing women's worth to youth, looks, fertility or sex

[en.gender_abuse.prejudice.r7-useless-if-not-domestic]
sub: prejudice
weight: 0.6
pattern: (woman|women|girl|girls|wife|gf|female|females|she|shes|chick) ~4 (cant|doesnt|dont|wont|cannot|does not|do not|can not) (even|) (cook|clean|iron|do laundry|do the dishes|do dishes|keep house|make a sandwich|make sandwiches|make dinner) ~5 (worthless|useless|pointless|not wife material|isnt wife material|aint wife material|no use|trash|whats the point|not a real woman|not a woman|get rid|what is she good for|what good is she|what use)
match: a woman who cant cook is worthless
match: she doesnt even clean, whats the point of her
match: girls who cant cook arent wife material, useless
nomatch: my dad cant cook and its useless trying to teach him
nomatch: she doesnt cook but she is brilliant at everything else
note: a woman declared worthless or not "wife material" for failing domestic roles

[en.gender_abuse.prejudice.r7-female-streamer-body]
sub: prejudice
weight: 0.5
pattern: (female|girl|girls|women|woman|egirl|egirls|e girl|e girls|chick|chicks) (streamers|streamer|gamers|gamer|creators|creator|twitch streamers|cosplayers|youtubers|tiktokers) ~5 (tits|boobs|titties|titty|cleavage|begging|beg|only fans|onlyfans|sell their bodies|selling their body|whores|hoes|sluts|thots|show skin|showing skin|half naked|ass out|body for)
pattern: (titty|boob|cleavage|hot tub|bikini) (streamer|streamers|streaming|streamer girl)
match: another female streamer begging for subs with her tits out
match: girl gamers just show cleavage for donos
match: titty streamer got banned again lol
nomatch: female streamers face harassment in chat and need better tools
nomatch: she is a female streamer who speedruns zelda
note: dismissing female streamers and gamers as selling their bodies for attention

[en.gender_abuse.prejudice.r7-needs-a-man-to]
sub: prejudice
weight: 0.55
pattern: (she|shes|her|women|girls|females|feminists|u|you|ya) ~6 (needs|need|needed|gotta get|should get) (a man|a husband|a bf|a boyfriend|some dick|a good dick|a good fuck|a good man|a real man|to get laid|to get fucked|a good pounding) ~4 (calm|shut|fix|sort|put|tame|control|chill|straighten|settle|humble|quiet)
pattern: (hysterical|crazy|psycho|emotional|mental|unhinged|moody) ~4 (needs|need|needed) (a man|a husband|some dick|a good dick|a good fuck|to get laid|a real man)
match: shes hysterical again, probably needs a man to calm her down
match: feminists just need a good man to put them in line
match: she needs to get laid to chill out
nomatch: she needs a man to help carry the sofa upstairs
nomatch: my sister needs a good man, she deserves someone kind
note: women's anger or independence blamed on lacking a man or sex

[en.gender_abuse.sexual_violence.r7-coercion-dm]
sub: sexual_violence
weight: 0.5
target: other
pattern: (you|u|ya) know (you|u|ya) (want|wanna|like|love|need) (it|this|me|my dick|to really|it really)
pattern: (stop|quit|dont|no point) (pretending|acting|playing|lying) ~2 (you|u|ya|like) ~2 (dont|dont want|arent|not|aint|didnt) ~2 (want|wanna|into|like|enjoy) (it|this|me|to)
pattern: (come over|come here|come to mine|come to my room|meet me|get in the car|sneak out) ~5 (no one|nobody|noone) (will|would|gonna|has to|needs to|is gonna) (know|find out|see)
match: stop pretending you dont want it
match: you know you want it babe
match: come over, nobody will know
nomatch: i don't know if you want it, the last slice is yours
nomatch: no one would believe me at first but i told my teacher
note: coercive pressure in DMs: "you know you want it", "stop pretending", "no one will know / believe you"; a phrase alone is weak-to-moderate, two flag

[en.gender_abuse.sexual_violence.r7-make-you-whether]
sub: sexual_violence
weight: 0.7
target: other
pattern: (make|force|making|forcing|gonna make|will make) (you|u|her|ya) ~4 (whether|if|even if) (you|u|she|ya) (like|likes|want|wants|wanna|agree|agrees|say no|says no) (it|to|) (or not|or no|)
pattern: (do|doing|gonna do|will do|ill do) (what|whatever|anything) (i|ill|im gonna|imma) (want|wanna|like|please) (to|with) (you|u|her|ya|ur body|your body|her body)
match: ill make you do it whether you like it or not
match: ill find u and do what i want to u
match: i'll do whatever i want with her body
nomatch: do whatever you want with the leftovers
nomatch: you can do what you want to the room, its yours
note: threats to force someone into sex or to do as the speaker wants with her body

[en.gender_abuse.sexual_violence.r7-what-happens-to-girls]
sub: sexual_violence
weight: 0.7
target: other
pattern: (what happens|whats gonna happen|what will happen|happens) to (girls|women|bitches|hoes|females|sluts|little girls|girls like you|girls like u|women like you|bitches like you) (who|that|when they|if they) ~3 (say no|reject|refuse|turn down|ignore|talk back|dont listen|disobey|block|mouth off|speak up|snitch|tell|lie|ghost|cheat|dont answer)
match: ill show you what happens to girls who say no
match: you know what happens to bitches who ignore me
nomatch: what happens to girls who play sports in their teens, a study
nomatch: research on what happens to women when they leave abusive partners
note: threat aimed at a girl for refusing, ignoring or speaking up

[en.gender_abuse.sexual_violence.r7-innuendo-threat]
sub: sexual_violence
weight: 0.6
target: third
pattern: (shut|fill|stuff|occupy|plug|teach|put something in|keep busy|shut up) ~4 (her|that|your|ur|them) ~2 (mouth|mouths|place|lesson|holes|hole) ~5 (if you know what i mean|iykwim|if u know what i mean|wink|with my dick|with something|with my cock|if ya know what i mean)
pattern: (shut|fill|stuff|plug|occupy) ~3 (it|her|that|them) ~3 (if you know what i mean|iykwim|if u know what i mean|wink wink|with my dick|with my cock)
pattern: (she|shes|her|bitches|women|girls|hoes) ~4 (needs|need|deserves|deserve) (a good|a hard|some|to be|a) (pounding|railing|dicking|raping|bending over|gangbang|fucking|fucked|railed|dicked down|put in her place) ~4 (shut|teach|learn|lesson|humble|fix|sort|quiet|respect)
match: someone should shut her mouth for her if you know what i mean
match: she needs a good pounding to humble her
nomatch: shut your mouth when you chew, it is rude
nomatch: teach her a lesson about fractions tomorrow
note: sexualised threats framed as innuendo or as "teaching her a lesson"

[en.gender_abuse.prejudice.r7-slap-fixes-her]
sub: prejudice
weight: 0.65
target: third
pattern: (good|little|few|quick|proper|hard|couple of|couple) (slap|slaps|smack|smacks|beating|backhand|backhands|hiding|punch|punches|kick|kicks|slapping|smacking) ~4 (fix|fixes|sort|sorts|teach|teaches|shut|straighten|correct|would help|would do|knock) ~3 (her|she|women|them|your wife|ur wife|your gf|ur gf|that attitude|her attitude|her mouth|bitches|the bitch|that bitch)
pattern: (she|her|women|wife|wives|gf|girlfriend|the missus|bitches|that bitch|hoes) ~3 (needs|need|deserves|deserve|deserved|could use|should get) (a|some|) (good|hard|proper|) (slap|smack|backhand|beating|hiding|punch|slapping|smacking|beatdown|kick)
pattern: (if|when) (you|u|ya) (were|was|are|r) (my|mine) (wife|gf|girlfriend|woman|bitch|missus|girl|daughter) ~4 (beat|hit|slap|smack|punch|choke|whip|backhand|knock|discipline|smack)
pattern: (your|ur|my|the|a) (girl|wife|gf|girlfriend|woman|missus|bitch) (talks|talk|talked|talking|mouths|mouthed|answers) back ~4 (beat|hit|slap|smack|punch|backhand|discipline|teach|fix|put her|check her|correct)
match: a good slap would fix her attitude
match: if you were my wife id beat you
match: if your girl talks back you discipline her
nomatch: a good slap of bass would fix this mix
nomatch: she needs a good rest after that shift
note: endorsing hitting a woman or partner to "fix" or "discipline" her

[en.gender_abuse.sexual_violence.r7-victim-blame-gap]
sub: sexual_violence
weight: 0.7
target: third
pattern: (she|girls|women|you|u|they) (deserved|deserves|deserve|had it coming|asked for it|was asking for it) ~6 (going to|going over|went to|at his|his place|his room|his house|his car|alone|at night|that late|2am|3am|midnight|drunk|drinking|wearing|dressed|flirting|sending him|posting|in that)
pattern: (if|since) (she|you|u|they|a girl) (didnt|did not|never|really didnt) (want|like|wanna) it ~4 (she|they|you|u) (would|wouldve|should|shouldve|could|couldve|coulda|woulda|shoulda|would have|should have) ~2 (fought|fight|screamed|scream|said no|left|leave|run|ran|stopped|resisted|pushed|kicked|called|reported)
pattern: (if|since|cause|because|bc|so) (she|you|u|they|he) (didnt|did not|never) (scream|fight back|fight|say no|resist|struggle|run|report it|tell anyone|push him off) (then|so|) (it|its|that) (wasnt|isnt|aint|was not|is not|doesnt count|dont count|cant be|cannot be|aint really)
pattern: (she|you|u|they|girls|women) (was|were|is|are|got|get) (drunk|wasted|high|smashed|alone|out alone|at his|in his room|dressed like that|half naked) ~4 what (did|do|does|was|were) (she|you|u|they|girls|women) (think|expect|thought|expecting)
pattern: why (was|is|were|would|did) (she|you|u|they|a girl|girls) ~2 (walking|walk|out|alone|drinking|drunk|going|go|wearing|dressed|at his|in his) ~6 (on her|her fault|your fault|ur fault|their fault|on you|asking for|deserved|expect|thats on)
match: she deserved it for going to his place at 2am
match: if she didnt want it she shouldve fought back
match: if she didnt scream then it wasnt rape
match: she was drunk what did she think would happen
match: why was she walking alone at night, thats on her
nomatch: just because she didnt fight back doesnt mean it wasnt rape
nomatch: why was she walking alone at night, her car had broken down and she needed help
note: blaming a victim of sexual violence for where she went, what she wore or drank, or for not fighting back

[en.gender_abuse.sexual_violence.r7-asking-to-be]
sub: sexual_violence
weight: 0.7
pattern: (asking|begging|asked|begged|practically asking|basically asking) (to be|to get) (harassed|raped|assaulted|groped|touched|grabbed|catcalled|stalked|sexualised|sexualized|abused|hit on|followed|molested|leered at|felt up)
pattern: (boys will be boys|men will be men|guys will be guys|thats just how men are|men are men) ~6 (she|girls|women|her|you|u) ~4 (should|shouldve|should have|known better|fault|asking|expect|dressed|wearing|drinking|went)
match: girls who post bikini pics are asking to be harassed
match: boys will be boys, she should have known better
nomatch: no one is ever asking to be harassed, whatever they wear
nomatch: boys will be boys is a lazy excuse and we talked about it in class
note: claims a girl or woman invited harassment or assault, and "boys will be boys" excuses

[en.gender_abuse.sexual_violence.r7-lying-about-assault]
sub: sexual_violence
weight: 0.6
target: third
pattern: (she|shes|her|girls|women|they|u|you|ur|youre|females|bitches) ~3 (lying|lied|lies|made up|making up|makes up|faking|faked|exaggerating|exaggerated|inventing) ~4 (rape|raped|assault|assaulted|sa|abuse|abused|harassed|harassment|metoo|groped|molested) ~5 (attention|money|clout|fame|likes|followers|revenge|payout|sympathy|views|a payday|pay day|cash|a check)
pattern: (metoo|me too|women|females|girls|bitches|feminists|hoes) ~3 (ruin|ruining|ruins|destroy|destroying|destroys|ruined) ~2 (mens|men|a mans|guys|innocent mens|good mens|innocent men) (lives|life|careers|career|reputations|reputation)
pattern: (attention seeking|attention seeker|liar|lying|attention whore|clout chasing|clout chaser) ~4 (nobody|no one|noone|no man|no guy) (ever|even|) (raped|assaulted|groped|touched|harassed|molested|sa d|sad) (her|you|u|ya)
match: shes lying about the assault for attention and money
match: metoo is just women ruining mens lives for clout
match: attention seeking liar, nobody assaulted her
nomatch: she was afraid people would say she was lying about the assault
nomatch: men's lives matter too, we need better mental health care
note: dismissing assault reports as lies for money or attention, and "women ruin men's lives" claims

[en.gender_abuse.sexual_violence.r7-stayed-so-fine]
sub: sexual_violence
weight: 0.45
target: third
pattern: (she|u|you|they|her) (stayed|went back|kept seeing|kept dating|keeps going back|still with|stayed with|married) ~3 (so|then|means|must mean) ~3 (wasnt|isnt|cant have been|couldnt have been|not that|liked|likes|wanted|wants|enjoyed|deserves|deserved|asked for|loved)
match: she stayed with him so obviously it wasnt that bad
match: u went back to him so u must have liked it
nomatch: she stayed at her moms so she could rest
nomatch: they stayed for dinner then left
note: weak alone: "she stayed, so it wasn't abuse" victim blaming; adds up with a second signal

[en.gender_abuse.prejudice.r7-incel-forced-dating]
sub: prejudice
weight: 0.8
target: group
pattern: (should|must|need to|needs to|ought to|have to|has to|gotta) be (forced|made|required|obligated|compelled) to (date|marry|sleep with|fuck|have sex with|breed|be with|go out with|give) (us|me|incels|men|nice guys|short guys|virgins|incel|guys like me|guys like us)
pattern: (every|all|each) (stacy|stacies|foid|foids|roastie|roasties|femoid|femoids|woman|women|female|females|girl|girls) ~3 (deserve|deserves) (to|) (suffer|die|be punished|burn|rot|be raped|be hurt|pay|be killed|be beaten|be tortured)
pattern: (stacies|foids|roasties|femoids|normies|chads) ~2 (will|shall|gonna|are gonna|must|are going to) (suffer|pay for|be punished|burn|rot|regret|learn their place|learn)
match: they should be forced to date us
match: every stacy deserves to suffer
match: the foids will learn, they will pay for what they did
nomatch: girls will learn to code at the new club
nomatch: all women deserve to be safe on the walk home
note: incel calls for women to be forced into dating, or to suffer and be punished

[en.gender_abuse.identity_attack.r7-misgender-on-purpose]
sub: identity_attack
weight: 0.6
target: other
pattern: (will|ill|gonna|going to|im gonna|i will|imma|ima) (keep|always|never stop|forever|still) ~2 (calling|call|refer to|referring to|misgender|misgendering|using) (you|u|him|her|them|it|ya) (he|him|she|her|sir|maam|mister|miss|a man|a woman|a boy|a girl|a dude|by)
pattern: (misgender|misgendering|misgendered|deadname|deadnaming|deadnamed) (you|u|him|her|them|it|ya) ~2 (on purpose|purposely|forever|every day|all day|because|cause|bc|till|until|for fun|lol|lmao)
pattern: (deadname|dead name|old name|birth name|real name|boy name|girl name) (suits|fits|was better|is better|sounds better|better|prettier|more fitting) ~2 (you|u|him|her|them|it|ya|lol)
pattern: (calling|call|calls|use|using) (him|her|you|u|them|it) (by) (his|her|ur|your|their|its) (real|old|birth|actual|original|dead|true) name
match: ill keep calling you he because thats what you are
match: i'm gonna misgender you on purpose
match: ur deadname suits u better lol
nomatch: i'll always call you bestie no matter what
nomatch: he misgendered me on purpose and i reported it
note: deliberate misgendering and deadnaming of a trans or nonbinary person

[en.gender_abuse.identity_attack.r7-transition-mockery]
sub: identity_attack
weight: 0.6
pattern: (that|it|this|hormones|surgery|a dress|dresses|makeup|a wig|binding|a binder|pronouns|hrt|estrogen|testosterone|a skirt|heels|lipstick|cutting your hair|short hair) ~3 (doesnt|dont|wont|does not|will never|never|cant|cannot|will not) (make|turn) (you|u|him|her|them|it|that|someone|anyone) (a|into a|) (woman|girl|man|boy|female|male|real woman|real man|lady|real girl|real boy|guy|dude)
pattern: (think|thinks|thinking|thought) (that|it|this|a dress|surgery|hormones|pronouns|a wig) (makes|made) (you|u|him|her|them|it) (a|) (woman|girl|man|boy|female|male|lady)
pattern: (chop|chopping|chopped|cut|cutting|lop|lopping|lopped|slice|slicing) ~2 (off|) (your|ur|his|their|ya) (dick|cock|penis|pp|junk|balls|tits|boobs|breasts|titties)
pattern: (mutilating|mutilate|mutilated|butchering|butchered) (yourself|urself|himself|herself|themselves|your body|ur body|his body|her body|their bodies) ~6 (normal|freak|surgery|hormones|transition|tranny|troon|detransition|detrans|real man|real woman|born|trans|gender)
match: a wig doesnt make you a woman lol
match: imagine chopping your dick off and thinking that makes you a girl
match: stop mutilating yourself and go back to being normal, freak
nomatch: being a dad makes you a man they say
nomatch: my top surgery went great, so happy
note: mocking transition: "hormones/a dress won't make you a woman", jeers at surgery and bodies

[en.gender_abuse.identity_attack.r7-pretends-valid]
sub: identity_attack
weight: 0.6
pattern: (trans|tranny|troon|nonbinary|non binary|enby|they them|pronouns|femboy|transgender|mtf|ftm) ~4 (thinks|think|thinking|pretend|pretends|pretending|claims|claiming|acts like) (shes|hes|theyre|they are|she is|he is|ur|youre|it is|its) (valid|a woman|a girl|a man|a boy|a lady|female|male|real|a real woman|a real man|a real girl|passing)
pattern: (play along|playing along|go along|going along|affirm|affirming|validate|validating|indulge|indulging|humor|humour|feed|feeding|cater to) (with|) (their|his|her|your|ur|this|a|the|trans|that) (delusion|delusions|mental illness|fantasy|larp|lie|lies|cosplay|pretend game)
match: zesty trans girl thinks shes valid
match: why should we play along with their delusion
nomatch: my trans sister thinks shes not ready to come out at work
nomatch: dont play along with the scam caller
note: mocking a trans or nonbinary person's identity as fake, or framing respect as "playing along with a delusion"

[en.gender_abuse.identity_attack.r7-nonbinary-not-real]
sub: identity_attack
weight: 0.6
pattern: (nonbinary|non binary|enby|enbies|genderfluid|gender fluid|they them|agender|demigirl|demiboy|xenogender|neopronouns|genderqueer|bigender) (ppl|people|folks|kids|teens|) ~3 (isnt real|isnt a thing|arent real|not real|not a thing|doesnt exist|dont exist|made up|fake|a trend|attention seeking|attention seekers|special snowflakes|snowflakes|quirky|cringe|a joke|mental illness|mentally ill|delusional|pick one|pick a side|choose one|just confused|tiktok trend|tumblr)
pattern: (your|ur|his|her|their|them|yo) pronouns (are|r|is|should be) (was|were|dead|died|deleted|cancelled)
pattern: (confused|mixed up|delusional|mentally ill) (gay|lesbian|tomboy|femboy) (boy|girl|man|woman|guy|dude|kid|teen|lad)
match: nonbinary isnt real, pick one
match: non binary ppl are just special snowflakes
match: your pronouns are was/were
nomatch: nonbinary people are real and valid
nomatch: my nonbinary friend made a joke about the quiz
note: denying nonbinary identities, death-wish pronoun jokes ("was/were"), "just a confused gay boy"

[en.gender_abuse.slur.r7-respellings]
sub: slur
weight: 0.65
pattern: (slvt|slvts|sluut|slutt|sluts|skank|skanky|sket|skets|sketty|hoee|hoez|thotty|thotties|bihh|bihhh|biyatch|bytch|bytches|biatch|whoe|whorey|hoebag|hoebags|cumbucket|cumslut|fuckdoll|fuckhole|cvnt|cvnts|kunt|kunts|slaag|slagg)
match: shes a slvt lol
match: dumb bihh thinks shes smart
match: look at this sket
nomatch: he slapped the table and laughed
nomatch: i love my bestie
note: misogynist slurs in respellings and UK/US slang the base entries do not list (slvt, bihh, sket)

[en.gender_abuse.prejudice.r7-opinion-invalid]
sub: prejudice
weight: 0.6
pattern: (youre|ur|you are|u r|shes|she is|as|because ur|cause ur|bc ur) (a|) (girl|woman|female|chick|lady|roastie|foid|femoid) ~4 (opinion|opinions|say|vote|voice|input|take|thoughts) ~3 (doesnt count|dont count|doesnt matter|dont matter|irrelevant|is irrelevant|invalid|means nothing|worthless|nobody cares|no one cares|discarded|void)
pattern: (no one|nobody|noone|who) (wants to hear|asked for|asked|cares about|needs|wants) (a|) (womans|womens|women|girls|females|female|her|a girls|chicks) (opinion|opinions|take|takes|input|voice|thoughts|perspective)
pattern: (woman|women|girl|female|roastie|foid|femoid|feminist|femcel) (detected|spotted|alert) ~3 (opinion|opinions|take|argument) (invalid|discarded|rejected|doesnt count|irrelevant|dismissed|void)
match: youre a girl, ur opinion on cars doesnt count
match: no one wants to hear a womans opinion on this
match: roastie detected, opinion invalid
nomatch: your opinion doesnt count if you havent played the game
nomatch: we want to hear women's opinions in the survey
note: dismissing a view because a woman or girl said it

[en.gender_abuse.prejudice.r7-imagine-deserving-rights]
sub: prejudice
weight: 0.6
pattern: imagine ~3 (woman|women|girl|girls|female|females|foid|foids|feminist|feminists) ~4 (thinking|think|thinks|believing|wanting|want|demanding|asking for) ~3 (deserve|deserves|should have|should get|get|have|are owed) ~2 (rights|a vote|the vote|equal pay|respect|a say|a voice|an opinion|opinions|equality)
pattern: (women|females|girls|foids|they) (shouldnt|should not|shouldnt even|should never|should not even) (get|have|be given) (a say|the vote|to vote|rights|an opinion|a voice|equal rights)
pattern: (women|females|girls|foids) (dont|do not|shouldnt|should not|never|dont even) (deserve|deserved|earn|earned) (rights|equal rights|a vote|the vote|to vote|respect|a say|an opinion|equality|equal pay)
match: imagine being a woman and thinking you deserve rights lol
match: females dont deserve rights
nomatch: imagine a woman in 1900 fighting for the vote, so brave
nomatch: women dont get equal pay in most industries yet
note: sneering that women do not deserve rights, a vote or respect

[en.gender_abuse.sextortion.r7-send-or-consequence]
sub: sextortion
weight: 0.75
target: other
pattern: send ~3 (feet pics|pics|pic|nudes|noods|a pic|pictures|a vid|videos|video|body pics|ur body|your body|more|another) ~2 (or|or else|otherwise|unless) ~2 (you|ur|youre|u|u r|your) ~3 (off|kicked|out|banned|blocked|done|dead|over|regret|sorry|finished|exposed|screwed)
pattern: (just one|one|one more|only one|one little|a quick|one quick) (pic|pics|photo|picture|nude|selfie|snap|vid|video|nude pic) ~6 (everyone does|every girl does|all girls do|nobody will see|no one will see|i wont show|i promise|i swear|ill delete|delete it|dont be a prude|dont be shy|wont tell|wont show|just for me|only for me)
pattern: (pic|pics|photo|photos|vid|video|nude|nudes|snap|snaps) ~6 (ill|i will|i promise|promise|i swear|swear) ~2 (delete|delete it|wont show|wont save|wont screenshot|wont share|no one will see|nobody will see|wont ss|wont leak|wont post|just for me|only for me|keep it private)
pattern: (take|taking|pull) (ur|your|it|that|those|off) (top|shirt|bra|clothes|pants|skirt|underwear|dress|hoodie|undies) (off|) (on cam|on camera|on facetime|on ft|for me|on call|on video|on snap|on stream|while we call)
match: send feet pics or you're off the team chat
match: come on just one pic, everyone does it
match: send a vid of you in the shower, ill delete it i promise
match: take ur top off on cam
nomatch: send pics from the trip or youll regret missing them in the album lol
nomatch: just one pic of the whole class please, everyone squeeze in
note: pressure for intimate images in DMs: "send or you're out", "just one pic, I'll delete it", undressing on camera

[en.gender_abuse.sextortion.r7-saved-leverage]
sub: sextortion
weight: 0.75
target: other
pattern: (saved|screenshotted|screenshot|screenshots|ss|ssd|screen recorded|screenrecorded|recorded|kept|have|got|still have) ~3 (your|ur|all your|all ur|those|ur private|your private|ur spicy|your spicy) ~2 (pics|photos|snaps|story|stories|vids|videos|nudes|sexts|msgs|messages|dms|chats|pictures) ~6 (or else|be nice|do what i say|unless|if you dont|if u dont|or i|or ill|everyone will|want them|want these|would be a shame|careful|behave|dont make me)
pattern: (pics|photos|screenshots|vids|videos|screenshot|recording|recordings|pictures|snaps) of (you|u|ya|her|ur|your) (naked|nude|topless|in ur underwear|in your underwear|undressed|in the shower|changing|in ur bra|in your bra|without clothes|with no clothes)
match: i saved your private story pics, be nice to me or else
match: ill expose u, i have the screenshots of u naked
nomatch: i saved your story pics from the beach, so cute
nomatch: i still have your messages from the group project if you need them
note: holding saved private images or chats over someone to control them

[en.gender_abuse.sextortion.r7-quid-pro-quo]
sub: sextortion
weight: 0.75
target: other
pattern: (sit on my lap|come to my office alone|come to my room|come over alone|sleep with me|give me a kiss|kiss me|be nice to me|go out with me|blow me|suck me off|touch me|show me your body|send me nudes|stay after class alone|come see me alone) ~4 (or|unless|if you want|if u want|and you get|and ill|and i ll|and u get) ~4 (job|promotion|grade|grades|raise|role|part|fail|fire|fired|pass|spot|position|contract|shift|lead|scholarship|place on the team)
pattern: (if you want|if u want|wanna keep|want to keep) ~2 (job|promotion|grade|raise|role|part|pass|position|spot|scholarship|place) ~5 (sleep with me|sit on my lap|come to my|be nice to me|kiss me|blow me|show me|send me|come over|alone|on your knees|on ur knees)
pattern: (fail|failing|fire|firing|bench|drop|cut) (you|u|your assignment|ur assignment|your grade|ur grade) ~4 (unless|if you dont|if u dont|if you wont|if u wont) ~3 (come to my|sleep with|kiss|sit on|be nice|show me|send me|come over|meet me|alone)
match: come sit on my lap or you're not getting the job
match: i'll fail your assignment unless you come to my office alone
match: if you want the promotion you know you have to sleep with me
nomatch: come to my office if you want the job description
nomatch: ill fail you unless you hand in the essay
note: sexual favours demanded in exchange for a job, grade, role or place

[en.gender_abuse.image_abuse.r7-ai-porn-edit]
sub: image_abuse
weight: 0.8
pattern: (ai|photoshop|photoshopped|edited|ai edited|faceswap|faceswapped|face swapped|nudify|nudified|undress app|morphed|deepfaked) ~4 (her|him|them|ur|your|my ex|that girl|ms|miss|mrs|teacher|classmate|she) ~3 (into|in|to|onto) ~2 (porn|porno|nude|naked|nudes|sex|a sex tape|hentai|lingerie)
pattern: (revenge porn|revenge p0rn|leaking nudes|leaking her nudes|posting her nudes|sharing nudes|leaking pics|leaking her pics|posting nudes) ~3 (is|are|was) ~2 (fair game|justified|deserved|earned|hilarious|funny|valid|based|fair|what she gets|karma)
pattern: (drop|post|send|leak|share|link|whats) (her|his|their|that girls|that girl s) (handle|insta|snap|socials|ig|addy|address|number|acc|account) ~4 (pics|nudes|vids|pictures|content|noods|videos)
match: someone ai edited her into porn
match: revenge porn is fair game if she cheated
match: drop her insta and the pics
nomatch: the ai edited her photo to remove the background
nomatch: revenge porn is a crime and we reported it
note: AI or photo edits that put a real person into sexual images, endorsing revenge porn, and asking for a girl's handle with her pics

[en.gender_abuse.slur.r7-look-like-a-dude]
sub: slur
weight: 0.4
target: other
pattern: (you|u|she|ya|her|ur|youre|shes) (look|looks|looking|lookin) like a (dude|man|boy|guy|bloke|lad|dyke|lesbian|tranny|he she|shemale|dude in a wig|man in a wig) ~4 (with|in) ~3 (hair|haircut|clothes|outfit|face|jaw|shoulders|voice|body|makeup|fit)
match: u look like a dude with that short hair
match: she looks like a man in that outfit lol
nomatch: you look like a dude who knows his way around a grill
nomatch: i look like a man with this beard
note: weak alone: gender-policing a girl's or woman's appearance; adds up with a slur or second signal

[en.gender_abuse.sexual_violence.r7-nobody-will-believe]
sub: sexual_violence
weight: 0.35
target: other
pattern: (no one|nobody|noone) (will|would|gonna|is gonna|is going to|ever) (believe you|believe u|believe ya|take your word|find out what we)
match: nobody will believe you anyway
match: no one is gonna believe u
nomatch: she was afraid nobody would believe her about it
nomatch: nobody believed me at first but my teacher did
note: weak alone: silencing lines used by abusers and groomers ("nobody will believe you"); adds up with a sexual threat or coercion
