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
version: 2026.11.29

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
pattern: (slut|sluts|slutty|sluttish|slutbag)
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
pattern: (she|shes|girls|women|they|you) (was|were|are|is|) (basically|totally|clearly|just|obviously|) asking for it
pattern: (she|shes|girls|women|they|you) (was|were|are|is|) (basically|totally|clearly|just|obviously|) begging for it
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
pattern: send ~3 (pic*|phot*|vid*|more) ~2 or (ill|i) ~1 (post|leak|share|send|show|tell|expose|release|upload)
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
pattern: (send|show|leak|post) (them|these|those|everything) to ~1 (parents|mom|mum|dad|family|school|boss|teacher*|friends|followers|contacts|classmates)
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
pattern: (i|ive|weve|we) (have|got|saved|kept|screenshotted|recorded) (your|ur|ya) (nud*|nood*|lewds|sextape)
pattern: (video|recording|vid|footage|clip|pics|pictures|photos) of (you|u) ~2 (naked|nude|masturbating|jerking|touching)
match: i have your nudes
match: ive got your nudes
match: i got a video of you naked
note: claim of holding intimate images of the target

[en.gender_abuse.sextortion.i-have-pics]
sub: sextortion
weight: 0.5
target: other
pattern: i (have|got|saved|kept|screenshotted) (your|ur|all|ya) (pic*|phot*|vid*|screenshots|chats|snaps)
pattern: i (screenshotted|recorded) (everything|all|it|that)
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
pattern: (leak*|post*|shar*|send*|spread*|upload*|expos*|drop|releas*) (her|his|your|ur|their|the|my) (nud*|nood*|lewds|sextape)
also: harassment.threat
match: leak her nudes
match: im gonna post your nudes
match: my ex posted my nudes everywhere
note: publishing intimate images without consent

[en.gender_abuse.image_abuse.leak-pics]
sub: image_abuse
weight: 0.55
target: other
pattern: (leak|leaking|expose|exposing) (her|his|your|ur|their) (pic*|phot*|vid*|body|snaps)
pattern: (anyone|anybody|who|whos|someone) ~1 (got|has|have) the (pics|pictures|photos|vids|videos|snaps) of her
pattern: (post|drop|share|dump|airdrop) (them|those|the pics|her pics|it) (in|on|to) the (server|gc|groupchat|group chat|chat|discord|group)
also: harassment.threat
match: lets expose her pics
match: im gonna leak your photos
match: anyone got the pics of her from the party
match: post them in the server
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
pattern: (undress|undressing|unclothe) (her|him|them|this|your|ur|my) ~3 (ai|app|bot|pic|photo)
pattern: (clothes|clothing|cloth) (remover|removal) (app|ai|bot|tool)
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
weight: 0.55
pattern: (leak|leaks|leaked) (onlyfans|fansly|patreon)
pattern: (onlyfans|fansly) (leak|leaks|leaked)
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
pattern: (women|females|girls|woman) (cant|shouldnt|cannot|mustnt) ~3 (vote|drive|lead|reason|think|code|govern|president)
pattern: (girls|women|females) (cant|shouldnt) (play|game) (games|videogames|video|fortnite|valorant)
pattern: (women|females|girls) should (not|never) ~3 (vote|drive|lead|work|govern|speak|president)
pattern: repeal the (19th|nineteenth)
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
pattern: (women|females|feminists|feminism|foids) (ruin|ruins|ruined|destroy|destroyed|destroys) (everything|society|civilization|civilisation|gaming|men|the)
match: women ruin everything
match: feminism destroyed society

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
weight: 0.55
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
pattern: (she|her) only (got|gets|was) (the|that|this) (job|promotion|role|position|award|scholarship|spot|seat|part) because
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
pattern: (women|females|foids|feminists|bitches|wives) ~3 (should|must) ~2 (die|killed|shot|stoned|executed|beaten|gassed|hanged|burned)
also: harassment.threat
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
weight: 0.55
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
weight: 0.4
pattern: identify as (an|a) (attack|apache|toaster)
match: i identify as an attack helicopter
note: meme mocking non-binary and trans identities

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
