# Cyberbullying: repeated, social or group abuse of a person, most often among young people.
#
# Sub-categories: exclusion, humiliation, appearance_shaming, pile_on, self_harm_encouragement,
# identity_attack.
#
# What sets this file apart from harassment.lex: the harm is social. Telling someone that nobody
# likes them, organising others against them, mocking how they look, or telling them the world
# would be better without them. Plain insults ("idiot", "loser") and threats are in
# harassment.lex; "kys" and "kill yourself" are in self_harm.lex. Some entries here carry
# `also: self_harm.promotion` when the words push someone toward self-harm.
#
# Weights follow lexicons/README.md: a phrase that names the reader ("nobody likes you") is
# direct evidence (0.6-0.85); weak words ("cringe", "ugly", "boomer") stay at 0.15-0.35 and only
# add up with a target or with other hits. Third-person forms ("nobody likes her") are kept:
# bullying is often talk about a victim in a group chat.
#
# Slot conventions: (you|u|ya) for "you"; (youre|ur|your) for "you're" with an article or
# intensifier after it, so the possessive ("your shirt") does not match on its own.
# "no one" is two words, so it gets its own pattern next to (nobody|noone).
#
# `target: other` is set only where every pattern names the reader ("you", "your", "yourself").
# Everything else leaves it out and lets the scorer read the nearest pronoun: many of these
# phrases are also what a struggling person says about themselves ("nobody cares about me",
# "i wish i could just disappear", "i should never have been born"), and forcing `other` on them
# would score a cry for help as bullying.

lexicon: cyberbullying
language: en
version: 2026.11.30.9

# ---------------------------------------------------------------------------------------------
# exclusion: shutting someone out, telling them they are unwanted
# ---------------------------------------------------------------------------------------------

[en.cyberbullying.exclusion.nobody-likes-you]
sub: exclusion
weight: 0.75
pattern: (nobody|noone|nobdy) (likes|like|loves|love|wants|cares|needs) (you|u|ya|her|him)
pattern: no one (likes|like|loves|love|wants|cares|needs) (you|u|ya|her|him)
match: nobody likes you
match: no one loves u
match: noone likes her anyway
nomatch: nobody likes mondays
note: the core exclusion message; third-person forms are kept (talk about a victim in a group)

[en.cyberbullying.exclusion.everyone-hates-you]
sub: exclusion
weight: 0.7
pattern: (everyone|everybody|all|literally|whole) ~2 (hates|hate) (you|u|ya|her|him)
pattern: (we|they) (all|) (hate|hates) (you|u|ya|her|him)
match: everyone hates you
match: we all hate u
match: the whole class hates her
nomatch: we all hate mondays
note: collective rejection; "i hate you" alone is not here (it is a common, mutual, often playful line)

[en.cyberbullying.exclusion.nobody-sits-with-you]
sub: exclusion
weight: 0.58
pattern: (nobody|noone) (sits|sat|will|would|wants) ~2 (near|with|next) ~1 (you|u|her|him)
pattern: no one (sits|sat|will|would|wants) ~2 (near|with|next) ~1 (you|u|her|him)
match: no one sits near you at lunch
match: nobody wants to sit next to her
note: lunch-table and classroom isolation

[en.cyberbullying.exclusion.no-friends]
sub: exclusion
weight: 0.6
pattern: (you|u|ya|she|he) (literally|actually|really|still|just|) (have|has|got|) (no|zero|0) (friends|frens|mates|friend)
pattern: (nobody|noone) (wants|wanna|would) ~2 (friends|hang|sit|play|talk) ~2 (you|u|her|him)
pattern: no one (wants|wanna|would) ~2 (friends|hang|sit|play|talk) ~2 (you|u|her|him)
match: you have no friends
match: u got 0 friends lol
match: u literally have no friends
match: nobody wants to sit with you
match: no one wants to be friends with her
nomatch: i have no friends lol
note: friendlessness taunts; first person ("i have no friends") is not matched

[en.cyberbullying.exclusion.not-wanted-here]
sub: exclusion
weight: 0.7
pattern: (nobody|noone) (wants|want|needs|asked) (you|u|ya|her|him) (here|around|in|at|back|on)
pattern: no one (wants|want|needs|asked) (you|u|ya|her|him) (here|around|in|at|back|on)
pattern: we (dont|didnt) (want|need) (you|u|ya|her|him) (here|around|anymore|back|in|at|lol|loser|bitch|there|no)
pattern: we do not (want|need) (you|u|ya|her|him) (here|around|anymore|back|in|at)
match: nobody wants you here
match: nobody asked u back
match: we dont want you here
match: we dont need u around
nomatch: we dont want to be late
nomatch: we dont want you to worry
nomatch: we do want you here
note: the word "dont" is part of the phrase and must not be read as negating the harm

[en.cyberbullying.exclusion.we-dont-want-you-bare]
sub: exclusion
weight: 0.35
pattern: we (dont|didnt) (want|need) (you|u|ya|her|him)
match: we dont want you
note: the bare form also covers "we don't want you to worry", so it is weak alone; the strong form with "here", "around", "anymore" is not-wanted-here

[en.cyberbullying.exclusion.not-welcome]
sub: exclusion
weight: 0.6
pattern: (youre|ur|you|u|shes|hes|she|he) (are|r|is|) (not|arent|isnt) welcome
pattern: (you|u|she|he) (dont|doesnt) belong (here|with|in)
pattern: (youre|ur|shes|hes) not one of us
match: youre not welcome here
match: u dont belong here
match: shes not one of us
nomatch: thanks, you're welcome
note: "not" is part of the phrase; "you're welcome" (thanks) does not match

[en.cyberbullying.exclusion.leave-the-group]
sub: exclusion
weight: 0.55
pattern: (you|u|ya|just|pls|please|plz|go|she|he) leave the (group|gc|chat|server|squad|discord|team|groupchat)
pattern: leave (our|this) (group|gc|server|squad|table|groupchat)
pattern: leave the (group|gc|groupchat|chat|server) (loser|bitch|freak|weirdo|nobody|already|now|lol|pls|nerd)
pattern: get out (of|) (our|this) (group|gc|chat|server|squad|table|groupchat)
match: just leave the gc
match: u leave the server now
nomatch: you should leave the group if it makes you uncomfortable
match: leave our group loser
nomatch: i will leave the group chat, too many notifications
note: pushing someone out of a group space

[en.cyberbullying.exclusion.kick-her-out]
sub: exclusion
weight: 0.6
pattern: (kick|remove|boot|ban) (her|him|them) (out|from) ~2 (group|gc|chat|server|squad|team|discord)
match: kick her out of the gc
match: everyone kick him from the server
note: removing a member from a group space; usually said about the victim in the third person

[en.cyberbullying.exclusion.dont-invite]
sub: exclusion
weight: 0.55
pattern: (dont|nobody|never|stop) (invite|inviting|invites|add|adding) (her|him|them)
pattern: (dont|never) let (her|him|them) (join|sit|play|come|in)
pattern: (dont|never) let (the|that) ~1 (kid|girl|boy|loser|freak|weirdo) (join|sit|play|in)
pattern: (you|u|she|he) (werent|wasnt|arent|isnt) invited
pattern: (you|u|she|he) (were|was|are|is) not invited
pattern: (who|why) ~2 (added|add|invited|invite) (her|him|them|this|that)
match: dont invite him
match: nobody invite her to the party
match: you werent invited
match: dont let him join
match: who even added this weirdo
nomatch: you were invited, come over
note: deliberate leaving-out; "dont" is part of the phrase. "why did you invite him" is also plain curiosity, so the entry stays near the flag line

[en.cyberbullying.exclusion.cant-sit-with-us]
sub: exclusion
weight: 0.6
pattern: (you|u|she|he) (cant|cannot) sit (with|near) (us|me|them)
pattern: (sit|eat) somewhere else
match: you cant sit with us
match: go eat somewhere else
note: lunch-table exclusion

[en.cyberbullying.exclusion.go-away]
sub: exclusion
weight: 0.3
pattern: go away
pattern: (leave|away) ~2 (never|dont) come back
match: go away
match: just leave and never come back
nomatch: the weekend trip went away fast
note: very common and often harmless alone; stronger with "never come back"

[en.cyberbullying.exclusion.ignore-her]
sub: exclusion
weight: 0.5
pattern: (lets|everyone|everybody|yall) ~2 (ignore|ghost|exclude|shun|avoid|blank) (her|him|them)
pattern: (nobody|noone) (talk|speak|sit|play|hang) (to|with|near) (her|him|them)
match: lets all ignore her
match: everyone ghost him from now on
match: nobody talk to her tomorrow
nomatch: ignore him hes just trolling
nomatch: we should just ignore him, hes a troll
note: coordinated silent treatment; "ignore him, he's trolling" (advice) is not matched because it lacks a group subject

[en.cyberbullying.exclusion.unfriend-her]
sub: exclusion
weight: 0.56
pattern: (unfriend|unfollow|unadd|unfriending|unfollowing) (her|him|them)
match: unfriend her
match: im unfollowing him and so should you
note: social-media exclusion

[en.cyberbullying.exclusion.behind-your-back]
sub: exclusion
weight: 0.5
pattern: (talks|talk|talking|laughing|laugh|laughs|trash|shit) ~3 behind (your|ur|her|his) back
match: everyone talks shit behind your back
match: they laugh at you behind ur back
nomatch: put your hands behind your back
note: telling the victim they are talked about

[en.cyberbullying.exclusion.family-hates-you]
sub: exclusion
weight: 0.7
target: other
pattern: (your|ur) ~1 (mom|mum|mother|parents|family|dad|father|friends) (hate|hates|hated|regret|regrets) (you|u)
pattern: (regret|regrets|regretted) having (you|u)
pattern: (your|ur) ~1 (mom|mum|mother|parents|family|dad|father|friends) (dont|doesnt) (love|like|want) (you|u)
match: even your own mom hates you
match: your parents regret having you
match: ur family doesnt want you
note: rejection by the victim's own family or friends

[en.cyberbullying.exclusion.no-one-would-date-you]
sub: exclusion
weight: 0.55
pattern: (nobody|noone) (will|would|could) (ever|) (date|love|kiss|marry|want) (you|u|her|him)
pattern: no one (will|would|could) (ever|) (date|love|kiss|marry|want) (you|u|her|him)
match: nobody will ever date you
match: no one would want u
note: romantic rejection taunt

[en.cyberbullying.exclusion.no-one-would-notice]
sub: exclusion
weight: 0.55
pattern: (nobody|noone) (would|will) ~1 (notice|care) (if|when) (you|u|she|he) (left|leave|quit)
pattern: no one (would|will) ~1 (notice|care) (if|when) (you|u|she|he) (left|leave|quit)
match: nobody would notice if you left
match: no one would care if u quit the team
note: telling someone they do not matter to the group; the "if you died" form is self_harm_encouragement

[en.cyberbullying.exclusion.friendless]
sub: exclusion
weight: 0.45
pattern: (friendless|friendles)
pattern: (you|u|youre|ur) (so|such|a|) (lonely|alone) (loser|freak|weirdo|lol|lmao)
match: friendless loser
match: ur a lonely freak
note: isolation taunts; "loner" (a common self-description) is only in humiliation.youre-a-nerd, after "you're a"

[en.cyberbullying.exclusion.gc-without-you]
sub: exclusion
weight: 0.55
pattern: (made|make|making|started|start|new) ~2 (gc|group|groupchat|chat|server|squad) without (you|u|her|him|them)
match: we made a new gc without her
match: lets start a group chat without him
note: the group chat that leaves one person out, a common teen exclusion

# ---------------------------------------------------------------------------------------------
# humiliation: mocking, shaming and making a spectacle of someone
# ---------------------------------------------------------------------------------------------

[en.cyberbullying.humiliation.laughing-at-you]
sub: humiliation
weight: 0.65
pattern: (everyone|everybody|literally|whole|all|we|they|people) ~2 (laughing|laughs|laugh|laughed) at (you|u|ya|her|him)
match: everyone is laughing at you
match: the whole school laughed at her
match: people r laughing at u
nomatch: we laughed at your joke
note: public ridicule

[en.cyberbullying.humiliation.youre-a-joke]
sub: humiliation
weight: 0.6
target: other
pattern: (youre|ur|your) (such|) (a|an|the) (joke|laughingstock|embarrassment|disgrace|meme|disappointment)
pattern: (you|u) (are|r) (such|) (a|an|the) (joke|laughingstock|embarrassment|disgrace|meme|disappointment)
pattern: (laughing|laughin) stock
match: youre a joke
match: you are such an embarrassment
match: ur the laughing stock of the school
nomatch: youre joking right
note: "you're a joke" and friends

[en.cyberbullying.humiliation.youre-embarrassing]
sub: humiliation
weight: 0.5
target: other
pattern: (youre|ur|your) (so|such|literally|just|really|actually|lowkey|) (embarrassing|cringe|cringey|cringy|cringeworthy|pathetic|embarassing)
pattern: (you|u) (are|r) (so|such|literally|just|really|actually|lowkey|) (embarrassing|cringe|cringey|cringy|pathetic|embarassing)
match: youre so embarrassing
match: ur literally cringe
match: you are pathetic
nomatch: your post is so cringe but i love it
nomatch: you are not pathetic for crying
note: mocking the reader; closed intensifier list so that "your post is cringe" and "you are not pathetic" do not match

[en.cyberbullying.humiliation.cringe]
sub: humiliation
weight: 0.2
pattern: (cringe|cringey|cringy|cringeworthy)
match: so cringe
note: weak alone: everyday reaction to content, not a person

[en.cyberbullying.humiliation.pathetic]
sub: humiliation
weight: 0.3
pattern: (pathetic|pitiful|embarrassing) (loser|kid|girl|boy|freak|bitch|person|human|weirdo|nerd)
match: pathetic loser
match: embarrassing kid
note: humiliating noun phrase, usually about a person

[en.cyberbullying.humiliation.nobody-cares]
sub: humiliation
weight: 0.35
pattern: (nobody|noone) cares
pattern: no one cares
match: nobody cares
match: no one cares lol
note: dismissal; weak alone (often said about news or a film)

[en.cyberbullying.humiliation.nobody-cares-about-you]
sub: humiliation
weight: 0.6
pattern: (nobody|noone) cares (about|abt|bout) (you|u|ya|her|him|ur|your)
pattern: no one cares (about|abt|bout) (you|u|ya|her|him|ur|your)
pattern: (nobody|noone) cares what (you|u) (think|say|want|feel)
pattern: no one cares what (you|u) (think|say|want|feel)
pattern: (nobody|noone) gives a (shit|fuck|damn|crap|rats) (about|abt) (you|u|ur|your|her|him)
match: nobody cares about you
match: no one cares what u think
match: nobody gives a shit about your feelings
nomatch: nobody cares what you wear to the gym, just come
note: dismissal aimed at the person; "nobody cares what you wear" (reassurance) does not match

[en.cyberbullying.humiliation.crybaby]
sub: humiliation
weight: 0.4
pattern: (crybaby|crybabies|crybabie)
pattern: cry (baby|babies)
match: stop being such a crybaby
match: cry baby
note: mocking distress

[en.cyberbullying.humiliation.cry-about-it]
sub: humiliation
weight: 0.5
pattern: cry (more|harder)
pattern: (go|) cry (to|for) (your|ur|ya) (mommy|mom|mum|mama|momma|daddy|mommie)
pattern: cry to (mommy|mommie|mama|daddy)
match: cry more noob
match: go cry to your mommy
nomatch: i cry for mom every night since she passed
note: taunts that mock someone for being upset; "cry for mom" without "your" (grief) does not match

[en.cyberbullying.humiliation.go-cry]
sub: humiliation
weight: 0.3
pattern: go cry (lol|lmao|then|somewhere|loser|baby|bitch|now)
pattern: (are|r|is) (you|u|ya|bro|he|she) (crying|cryin|malding|seething)
pattern: cry me a river
match: go cry lol
match: is bro crying
note: weak taunts; "i'm gonna go cry" (self) is not matched because the next word is required

[en.cyberbullying.humiliation.cope-seethe]
sub: humiliation
weight: 0.3
target: other
pattern: (cope|seethe|mald) (and|harder|more|seethe|mald)
pattern: (stay|keep) (mad|crying|seething|malding|pressed)
pattern: (seethe|seething|mald|malding)
match: cope and seethe
match: stay mad
match: mald harder
nomatch: healthy ways to cope with stress
note: online mockery of someone who is upset; "cope" alone means coping (support talk), so it only counts when followed by "harder", "and seethe" etc.

[en.cyberbullying.humiliation.screenshot-and-send]
sub: humiliation
weight: 0.6
pattern: (screenshot|screenshots|screenshotted|screenshotting|ss|screenie|screenied) ~4 (send|sent|sending|post|posted|posting|share|shared|sharing|spread|spreading|leak|leaked|leaking|show|showing) ~4 (everyone|everybody|gc|groupchat|group chat|story|school|grade|whole class|whole group|every group|boys|girls)
match: screenshot this and send it to everyone
nomatch: screenshot the instructions and send them to the group
match: ss her texts and post them on your story
nomatch: screenshot the error and send it to support
note: spreading someone's private messages to shame them

[en.cyberbullying.humiliation.post-her-texts]
sub: humiliation
weight: 0.55
pattern: (post|share|spread|leak|leaked|expose|exposing|exposed) (her|his|their) (texts|messages|dms|chats|convo|diary|secrets|screenshots)
match: lets post her dms
match: leak his texts in the gc
nomatch: share his photos from the trip
note: exposing private messages or secrets. Photos and videos are in embarrassing-video; intimate images are image_abuse in gender_abuse.lex

[en.cyberbullying.humiliation.embarrassing-video]
sub: humiliation
weight: 0.45
pattern: (embarrassing|ugly|cringe|funny|nasty|humiliating) (video|vid|pic|photo|pics|photos|clip|picture) of (her|him|you|u)
pattern: (leak|leaked|post|posted|posting|spread) (the|that) (video|vid|clip) of (her|him|you|u)
match: i have an embarrassing video of you
match: post the ugly pic of her
match: who leaked that video of her
note: images used to humiliate; "funny video of you" is often friendly, the scorer weighs it with the rest

[en.cyberbullying.humiliation.make-fun-of]
sub: humiliation
weight: 0.5
pattern: (lets|should|gonna|wanna|go|all) ~1 make fun of (her|him|them)
pattern: (lets|should|gonna|wanna) ~1 (roast|humiliate|embarrass|expose|prank|bully|troll) (her|him|them)
match: lets make fun of him
match: we should humiliate her tomorrow
match: lets all expose him
nomatch: lets roast marshmallows
nomatch: lets make fun of the movie
note: planning to mock someone; a friendly roast also matches and is weighed with other hits

[en.cyberbullying.humiliation.rumour]
sub: humiliation
weight: 0.58
pattern: (spread|spreading|start|starting|started|spreadin) (a|the|) (rumor|rumour|rumors|rumours) (about|that)
pattern: (tell|telling|told) (everyone|everybody) ~3 (slut|whore|pregnant|pedo|liar|virgin|thot|hoe)
match: lets spread a rumor about her
match: tell everyone she is a slut
note: rumour-spreading, a core relational-bullying tactic. Identity words (gay, lesbian) are left out: "you don't have to tell everyone you're gay" is support

[en.cyberbullying.humiliation.you-look-stupid]
sub: humiliation
weight: 0.45
target: other
pattern: (you|u|ya) (look|looked|sound|sounded) (so|) (stupid|dumb|ridiculous|pathetic|desperate|cringe|retarded)
pattern: (you|u|ya) (look|sound) like (a|an) (idiot|clown|loser|moron|fool|retard|freak|child)
match: you look so stupid
match: u sound like a clown
nomatch: you look like a princess
note: appearance-of-foolishness mockery

[en.cyberbullying.humiliation.imagine-being]
sub: humiliation
weight: 0.4
pattern: imagine ~2 (dumb|stupid|pathetic|cringe|broke|lonely|friendless|single|bad|short|poor|annoying)
match: imagine being this dumb
match: imagine being so broke lmao
nomatch: imagine a world without war
note: "imagine being ..." taunt; the looks version is in appearance_shaming.imagine-being-ugly

[en.cyberbullying.humiliation.youre-a-nerd]
sub: humiliation
weight: 0.4
pattern: (youre|ur) (such|so|literally|) (a|an|the) (nerd|dork|geek|weirdo|tryhard|loner|reject|outcast|virgin|freak)
pattern: (you|u) (are|r) (such|literally|) (a|an) (nerd|dork|geek|weirdo|tryhard|loner|reject|outcast|virgin|freak)
pattern: (what|such) (a|an) (loser|freak|weirdo|nerd|dork|creep|tryhard|reject)
match: ur such a nerd lol
match: you are a reject
match: what a weirdo
nomatch: you are not a freak for liking anime
nomatch: your teacher is a nerd
nomatch: what a joke of a patch
note: labelling someone an outsider; "nerd" and "geek" are also proud self-labels, so 0.4

[en.cyberbullying.humiliation.you-were-a-mistake]
sub: humiliation
weight: 0.65
target: other
pattern: (you|u) (were|was|are|r) (a|an|just|such|) (a|) (mistake|accident)
pattern: (youre|ur) (a|just a|such a|literally a) (mistake|accident)
pattern: (your|ur) (birth|existence) (was|is) (a|) (mistake|waste|accident|joke)
pattern: (parents|mom|mum|dad|mother|father) ~3 (ashamed|embarrassed|disappointed) (of|in|by) (you|u)
match: you were a mistake
match: you're a mistake
match: your birth was a mistake
match: your parents must be so ashamed of you
nomatch: you made a mistake, its ok
nomatch: you were in an accident last year
note: attacks on the person's worth or existence

[en.cyberbullying.humiliation.your-life-is-a-joke]
sub: humiliation
weight: 0.55
pattern: (your|ur) (whole|) (life|existence) is ~2 (joke|pathetic|worthless|meaningless|pointless|waste)
pattern: no wonder ~1 (you|u|youre|ur|she|he|shes|hes|nobody|noone) ~3 (single|alone|lonely|virgin|friendless|bullied|hated|dumped|likes|friends)
match: your whole life is a joke
match: no wonder you have no friends
match: no wonder nobody likes you
note: contempt for the person's life; "no wonder ..." explains away rejection

[en.cyberbullying.humiliation.youre-poor]
sub: humiliation
weight: 0.4
pattern: (youre|ur) (so|such|a|) (poor|broke|brokie)
pattern: (you|u) (are|r) (so|) (poor|broke)
pattern: (brokie|brokies|brokeboy)
pattern: (your|ur) (shoes|clothes|outfit|fit|jacket|shirt|backpack) ~2 (from|at) (walmart|goodwill|payless|shein|temu|kmart|primark|aldi)
pattern: broke (ass|boy|bitch|loser|joke)
match: ur so poor lmao
match: brokie
match: broke ass loser
match: ur shoes are from payless lmao
nomatch: you poor thing
nomatch: i cant afford new shoes this month
note: class and money shaming, common among teens

[en.cyberbullying.humiliation.whole-school-will-see]
sub: humiliation
weight: 0.45
pattern: (whole|entire) (school|class|grade|team|internet|server) ~2 (see|seen|saw|sees|know|knows|watch|watched|laugh|laughing|hears|finds out)
match: the whole school is gonna see it
match: the entire grade saw it lol
note: threat of public exposure; often combined with posting a video or screenshots

[en.cyberbullying.humiliation.impersonation]
sub: humiliation
weight: 0.5
pattern: (fake|parody) (account|acc|profile|page|insta|tiktok) (of|pretending|as|about) ~2 (you|u|her|him)
pattern: pretending to be (you|u|her|him) (online|on|lol|lmao|and)
match: i made a fake account pretending to be you
match: we run a parody page of him
note: impersonation accounts used to mock a person

[en.cyberbullying.humiliation.everyone-knows]
sub: humiliation
weight: 0.45
target: other
pattern: (everyone|everybody) (knows|saw|seen) ~2 (you|u|ur|your) ~2 (pissed|cried|crying|peed|shit|failed|fell|dumped|rejected)
match: everyone saw you crying in the bathroom
match: everybody knows ur dad dumped your mom
note: broadcasting a humiliating moment

[en.cyberbullying.humiliation.youre-so-annoying]
sub: humiliation
weight: 0.3
target: other
pattern: (youre|ur) (so|such|literally|lowkey) (weird|annoying|creepy|irritating|obnoxious|gross|disgusting|desperate)
pattern: (you|u) (are|r) (so|such|literally|lowkey) (weird|annoying|creepy|irritating|obnoxious|gross|disgusting|desperate)
pattern: (youre|ur|you are|u r) (annoying|irritating|obnoxious|creepy) (af|asf|as hell|as fuck|lol|lmao|bitch|loser|stfu|shut up|go away|ngl|fr)
match: ur so annoying omg
match: you are so desperate
match: ur annoying af
nomatch: you are not weird for that
note: everyday put-downs; often friendly between siblings or friends, so low

[en.cyberbullying.humiliation.not-funny]
sub: humiliation
weight: 0.3
pattern: (youre|ur) (not|never) (funny|cool|relevant|special|pretty|smart)
pattern: (nobody|noone) (laughs|laughed|laughing) at (your|ur) (jokes|joke)
pattern: (unfunny|irrelevant) (loser|bitch|kid|clown|nobody)
match: ur not funny
match: nobody laughs at your jokes
match: irrelevant loser
note: deflating put-downs; the "not" belongs to the put-down

[en.cyberbullying.humiliation.no-rizz]
sub: humiliation
weight: 0.3
pattern: (no|zero|0) (bitches|maidens|rizz|aura|drip)
pattern: (you|u) (have|got|has) (no|zero|0) (rizz|aura|drip|life|bitches)
match: no bitches?
match: u got zero rizz
match: you have no life
nomatch: there is no life on mars
note: teen status taunts (meme formats); weak alone

[en.cyberbullying.humiliation.moms-basement]
sub: humiliation
weight: 0.4
pattern: (your|ur|his) (moms|mommys|mums|parents|grandmas) basement
match: go back to your moms basement
note: loser stereotype taunt

[en.cyberbullying.humiliation.make-memes-of]
sub: humiliation
weight: 0.5
pattern: (make|making|made|post|posting) ~1 (memes|meme|edits|tiktoks|tiktok|stickers) (of|about) (her|him|you|u)
match: lets make memes of him
match: posting a tiktok about her lmao
note: turning a person into a joke for a wider audience

# ---------------------------------------------------------------------------------------------
# appearance_shaming: mocking someone's body, face, weight, hygiene
# ---------------------------------------------------------------------------------------------

[en.cyberbullying.appearance_shaming.youre-ugly]
sub: appearance_shaming
weight: 0.6
target: other
pattern: (youre|ur|your) (so|such|literally|just|really|actually|fucking|too|an|) (ugly|hideous|repulsive|unattractive|uggo|fugly)
pattern: (you|u) (are|r|look|looked) (so|such|literally|really|fucking|too|) (ugly|hideous|repulsive|fugly)
match: youre so ugly
match: you look ugly af
match: your so ugly
nomatch: i feel so ugly today
nomatch: you are not ugly, dont listen to them
note: the core appearance insult

[en.cyberbullying.appearance_shaming.imagine-being-ugly]
sub: appearance_shaming
weight: 0.5
pattern: imagine ~2 (ugly|fat|obese|chubby|hideous|skinny|short|bald)
pattern: (the|ur|youre|shes|hes) ugliest (girl|boy|person|kid|thing|one|bitch)
match: imagine being that fat and posting pics
match: ur the ugliest girl here
nomatch: imagine a world without war
note: looks-based taunts

[en.cyberbullying.appearance_shaming.ugly]
sub: appearance_shaming
weight: 0.2
pattern: (ugly|uggo|uggos|fugly|ugliest)
match: ugly lol
note: weak alone ("ugly sweater", "the ugly truth")

[en.cyberbullying.appearance_shaming.ugly-ass]
sub: appearance_shaming
weight: 0.55
pattern: (ugly|fugly) (ass|bitch|fuck|cunt|fat|face|loser|girl|boy|kid|hoe|thing|creature|troll|pig|bastard|dog|mutt)
match: ugly ass bitch
match: ugly fat pig
match: look at this ugly kid
note: ugly plus a noun for a person; "ugly sweater" does not match

[en.cyberbullying.appearance_shaming.youre-fat]
sub: appearance_shaming
weight: 0.55
target: other
pattern: (youre|ur) (so|such|a|literally|actually|really|getting|too|) (fat|obese|fatty|chubby|chunky|fatter)
pattern: your (so|such|literally|actually|really|too) (fat|obese|chubby|chunky)
pattern: (you|u) (are|r|look|got|getting|gotten|be) (so|really|) (fat|obese|fatter|chubby|chunky)
match: ur so fat
match: you got fat
match: youre getting chubby lol
nomatch: fat free milk only
nomatch: ur huge bro, gains are real
note: weight shaming aimed at the reader; bare "fat" is never an entry, and "huge" is left out (gym praise)

[en.cyberbullying.appearance_shaming.fat-insults]
sub: appearance_shaming
weight: 0.55
pattern: fat (ass|fuck|bitch|pig|cow|whale|loser|slob|shit|freak|cunt|bastard|tub|blob|hog|lard|ugly|pos|kid|hoe|nerd)
pattern: (fatass|fatasses|fatso|fatsos|lardass|lardasses|landwhale|landwhales|lardo|porker|fatfuck|tubbo|tubby)
match: shut up fatass
match: fat fuck
match: move fat cow
nomatch: fat free milk only
note: fat-shaming nouns; "fat free", "fat content" do not match

[en.cyberbullying.appearance_shaming.fatty]
sub: appearance_shaming
weight: 0.45
pattern: (you|u|ya|hey|lol|stfu|fat|big|little|ok|shut up|weight|diet|salad|ugly|stupid|dumb|bye|move|lmao|ew|eww|bitch|loser|okay) (fatty|fatties|chubs|piggy|porky|lardo)
pattern: fatty fatty
match: ok fatty
match: hey piggy
match: lose some weight fatty
nomatch: fatty liver disease
nomatch: omega 3 fatty acids
note: "fatty" needs a neighbour: fatty acids and fatty liver are common

[en.cyberbullying.appearance_shaming.you-pig]
sub: appearance_shaming
weight: 0.5
pattern: (you|u|ya|fat|ugly|disgusting|stupid|nasty) (pig|piggy|whale|hippo|heifer|oinker|cow|blimp)
pattern: (youre|ur|your) (a|such) ~2 (pig|piggy|hog|whale|hippo|heifer|sow|cow|blimp)
pattern: (you|u) (are|r) (a|such) ~2 (pig|piggy|hog|whale|hippo|heifer|sow|cow|blimp)
pattern: oink oink
match: you fat pig
match: ur a whale
match: oink oink 🐷
nomatch: we had a pig roast on sunday
nomatch: whale watching trip
nomatch: holy fucking cow that was close
note: animal fat-shaming; 🐷 folds to "pig", 🐋 to "whale". "pig roast" and "whale watching" do not match

[en.cyberbullying.appearance_shaming.beached-whale]
sub: appearance_shaming
weight: 0.55
pattern: (like|youre|ur|you) (a|) (beached|beach) (whale|whales)
pattern: thunder (thighs|thigh)
pattern: (cankles|cankle)
match: you look like a beached whale
match: thunder thighs
nomatch: a beached whale was rescued today
note: body-part fat shaming; the news sense of "beached whale" needs "like a" or "you" to match

[en.cyberbullying.appearance_shaming.go-on-a-diet]
sub: appearance_shaming
weight: 0.45
pattern: (go|get) on a diet
pattern: (you|u|ya) (need|should|gotta|better) (to|) (lose|drop) (weight|pounds|lbs)
pattern: (you|u|ya) (need|should|gotta|better) (to|) (stop|quit) (eating|eatin)
pattern: (put|drop|lay|set) down the (fork|burger|donut|donuts|cake|chips|twinkie|fries)
pattern: (put|drop) the (fork|burger|donut|donuts|cake|twinkie) down
pattern: ever heard of (a|the|) (diet|salad|gym|treadmill|dieting|exercise)
pattern: (eat|try|have) a salad (fatty|fatass|lol|lmao|for once|once in a while|maybe|bro|pig|whale|piggy|lardass|chunky|tubby)
match: go on a diet
match: you need to lose weight fatty
match: put down the fork
match: ever heard of a salad
nomatch: set the fork next to the plate
nomatch: you should drop some hints
match: eat a salad fatty
note: diet-shaming; first-person "i need to go on a diet" is matched only by the first pattern and is lowered by the first-person cue. Meanspo aimed at someone with an eating disorder is eating_disorder.promotion

[en.cyberbullying.appearance_shaming.pizza-face]
sub: appearance_shaming
weight: 0.55
pattern: (pizza|crater|pimple|zit|acne|pepperoni|pig|horse|rat) (face|faced)
pattern: (brace|tin) (face|mouth)
pattern: metal face
pattern: four eyes
match: shut up pizza face
match: hey brace face
match: four eyes cant see the ball
note: childhood nickname taunts

[en.cyberbullying.appearance_shaming.unibrow]
sub: appearance_shaming
weight: 0.3
pattern: (unibrow|monobrow|fivehead|fiveheads|sixhead)
match: nice fivehead lol
nomatch: use the forehead thermometer
note: feature nicknames; weak alone ("i need to wax my unibrow" is first person)

[en.cyberbullying.appearance_shaming.face-only-a-mother]
sub: appearance_shaming
weight: 0.6
pattern: face only a (mother|mom|mum|mama) (could|would|can) love
pattern: bag (over|on) (your|ur) (face|head)
pattern: (your|ur) (ugly|) face (ruins|ruined|ruining|hurts|broke|breaks|scares)
pattern: land a (plane|helicopter|jet) on (it|her|his|your|ur|that|this)
match: you have a face only a mum could love
match: put a bag over your face
match: your ugly face ruins my feed
match: you could land a plane on that forehead
note: classic ugliness taunts

[en.cyberbullying.appearance_shaming.body-part-gross]
sub: appearance_shaming
weight: 0.55
target: other
pattern: (your|ur) ~1 (face|acne|skin|teeth|nose|hair|body|forehead|eyebrows|unibrow|braces|glasses|thighs|belly) ~2 (gross|disgusting|nasty|ugly|hideous|horrible|repulsive|revolting)
match: your face is disgusting
match: ur teeth are so nasty
match: your hair looks ugly
nomatch: your face looks so happy in this pic
note: mocking a specific feature; support messages ("your body isn't ugly") rely on the negation cue

[en.cyberbullying.appearance_shaming.looks-like-a]
sub: appearance_shaming
weight: 0.45
target: other
pattern: (you|u|ya) (look|looks) like (a|an) (pig|troll|goblin|gremlin|rat|horse|cow|whale|monkey|ogre|boy|freak)
pattern: (your|ur) face (looks|look) like (a|an|) (butt|ass|potato|pizza|foot|thumb|horse|rat|pug|troll|goblin|shrek)
match: you look like a goblin
match: ur face looks like a potato
nomatch: you look like a princess
nomatch: you look like a dog person
note: comparison taunts; "look like a man/boy" aimed at girls is also gendered

[en.cyberbullying.appearance_shaming.nose-job]
sub: appearance_shaming
weight: 0.45
pattern: (get|need|needs) (a|some) (nose|plastic|face) (job|surgery|transplant|lift)
match: you need a nose job
match: get some plastic surgery
note: surgery taunts

[en.cyberbullying.appearance_shaming.built-like-a]
sub: appearance_shaming
weight: 0.4
pattern: (built|shaped) like a (fridge|refrigerator|whale|potato|pear|lightbulb|dumpster|barrel|blob|boy|toothpick)
pattern: (flat|pancake) (chest|chested|ass)
match: she is built like a fridge
match: flat chested lol
nomatch: he is built like a tank
note: body-shape taunts; "built like a tank" (praise) does not match

[en.cyberbullying.appearance_shaming.too-skinny]
sub: appearance_shaming
weight: 0.45
pattern: (youre|ur) (so|such|a|too) (skinny|bony|anorexic|scrawny|twig|toothpick|skeleton)
pattern: (go|just|pls|please) eat a (sandwich|burger|cheeseburger)
pattern: (manlet|manlets)
pattern: (you|u|ya|little|fucking|stupid) (midget|midgets)
match: ur so skinny its gross
match: go eat a sandwich
match: shut up manlet
nomatch: i want to eat a sandwich
nomatch: ur stick drift is bad
note: thinness and height shaming; "midget" is also a disability slur

[en.cyberbullying.appearance_shaming.rating]
sub: appearance_shaming
weight: 0.4
pattern: (youre|ur|your|shes|hes|she|he|face) (a|is|) (0|1|2|3|4) (10|out)
pattern: (rate|rated|rating) (her|him|you|u|them) (a|) (0|1|2|3|4)
pattern: (youre|ur|shes|hes) (so|) mid
match: ur a 2/10
match: shes a 3 out of 10
match: ur so mid
match: rate her 2/10 lol
nomatch: he is 4 years old
note: rating someone's looks low ("3/10" reads as the words 3 and 10). "mid" = unremarkable

[en.cyberbullying.appearance_shaming.smell]
sub: appearance_shaming
weight: 0.5
pattern: (you|u|she|he) (smell|smells|stink|stinks|reek) like ~1 (shit|piss|poop|garbage|trash|fish|ass|sweat|pee|onions|bo|feet|dumpster|sewer|wet dog|dog|gym sock|gym socks|armpit|armpits|cheese|rotten eggs|death|fart|farts|hot garbage|zoo|barn|pig|goat|toilet|vomit|puke|cat piss|mothballs)
pattern: (you|u|she|he) (smell|smells) (bad|gross|nasty|disgusting|horrible|terrible|awful|weird)
pattern: (you|u|she|he) (stink|stinks|reek|reeks)
pattern: (your|ur) (breath|feet|pits|armpits) (smell|smells|stink|stinks|reek|reeks)
pattern: (smelly|stinky) (kid|girl|boy|bitch|loser|ass|freak|pig)
pattern: ever heard of (a|) (shower|soap|deodorant|showering|shampoo|toothbrush)
match: you smell like shit
match: smelly kid sits alone
match: ever heard of deodorant
nomatch: you smell nice
note: hygiene shaming, a frequent school-bullying theme

[en.cyberbullying.appearance_shaming.big-nose]
sub: appearance_shaming
weight: 0.4
target: other
pattern: (your|ur) (teeth|nose|ears|forehead|head) ~2 (yellow|crooked|huge|massive|gigantic|enormous)
match: your nose is huge
match: ur teeth are so yellow
nomatch: your nose looks fine
note: mocking a feature's size or colour

[en.cyberbullying.appearance_shaming.yo-mama]
sub: appearance_shaming
weight: 0.25
pattern: (yo|your|ur) (mama|mamma|momma|mom) (is|) so (fat|ugly)
match: yo mama so fat
note: joke format; playful among friends, so low

# ---------------------------------------------------------------------------------------------
# pile_on: organising others against a person
# ---------------------------------------------------------------------------------------------

[en.cyberbullying.pile_on.everyone-report]
sub: pile_on
weight: 0.55
pattern: (everyone|everybody|yall|guys|lets) ~1 (report|reporting) (her|him|them|his|their|account|acc|page|profile)
match: everyone report her
match: yall go report his account
nomatch: we should report this bug to the devs
nomatch: go report him to a teacher
note: organised false reporting; "report this bug" and advice ("go report him to a teacher") do not match

[en.cyberbullying.pile_on.mass-report]
sub: pile_on
weight: 0.85
pattern: mass (report|reporting|reports|flag|flagging|dm|dming|tag|tagging|unfollow|unfollowing)
pattern: mass (reported|flagged|tagged|dmd|unfollowed) (her|him|his|their|this|that|them|ur|your|the girl|the kid)
pattern: (we|we all|everyone|everybody|yall|they) (mass reported|mass flagged|mass dmd)
pattern: (massreport|massreporting)
match: lets mass report her
match: mass report this acc guys
match: mass dming him rn
match: we mass reported her acc lol
nomatch: how do i help my friend who is getting mass-reported by trolls
note: coordinated action against an account

[en.cyberbullying.pile_on.spam-her]
sub: pile_on
weight: 0.55
pattern: (spam|spamming|flood|flooding|brigade|brigading) (her|his|him|them|their)
match: spam her
match: everyone flood his comments
note: flooding a person's accounts

[en.cyberbullying.pile_on.go-to-his-page]
sub: pile_on
weight: 0.45
pattern: (everyone|everybody|yall|lets) (go|get|hop|all) ~1 (his|her) (page|profile|account|insta|ig|tiktok|comments|dms)
match: everyone go to his page
match: yall go in her comments
nomatch: lets check out his page for the recipe
note: directing a crowd at one person's account; "lets check out his page" does not match

[en.cyberbullying.pile_on.ratio-him]
sub: pile_on
weight: 0.5
pattern: ratio (him|her|them|this|that)
pattern: (lets|everyone|everybody|yall|go|pls) ratio
match: ratio him
match: everyone ratio this clown
note: calling a crowd to out-reply someone

[en.cyberbullying.pile_on.gang-up]
sub: pile_on
weight: 0.55
pattern: (gang|ganging|ganged) up on (her|him|them|you|u)
pattern: (dogpile|dogpiling|dogpiled) (on|) (her|him|them)
pattern: pile on (her|him|them)
match: lets gang up on him
match: dogpile her
note: group attack language

[en.cyberbullying.pile_on.everyone-dm-her]
sub: pile_on
weight: 0.35
pattern: (everyone|everybody|yall|lets) (all|) (dm|message|text|call|comment|reply) (her|him|them)
match: everyone dm her and tell her
match: yall text him
note: coordinated messaging at a target; "everyone text him happy birthday" also matches, so low

[en.cyberbullying.pile_on.everyone-roast-her]
sub: pile_on
weight: 0.6
pattern: (everyone|everybody|yall|lets) ~1 (harass|roast|flame|troll|attack|bully|cancel|expose|downvote|dislike|clown) (her|him|them|his)
match: lets all roast her
match: everyone cancel him
note: calling others to attack; a friendly group roast also matches and is weighed with other hits

[en.cyberbullying.pile_on.hate-page]
sub: pile_on
weight: 0.6
pattern: (a|the|her|his|their|our) (hate|exposed|exposing|roast) (page|account|acc|book|gc|thread)
pattern: (a|her|his|their|our|in the|into the|to the|made a|started a) burn (page|account|acc|book|gc|thread)
match: we made a hate page for her
match: she is in the burn book
nomatch: i hate book reports
nomatch: the burn book scene in mean girls is iconic
note: accounts and chats created to mock one person

[en.cyberbullying.pile_on.send-to-everyone]
sub: pile_on
weight: 0.35
pattern: (send|sent|spread|share|shared) (this|it|that) ~3 (everyone|everybody|school|gc|groupchat)
match: send this to everyone
match: share it with the whole school
nomatch: forward this to everyone in your team
note: spreading content about a person; chain messages keep it low. "forward" (work email) is left out

[en.cyberbullying.pile_on.everyone-comment]
sub: pile_on
weight: 0.4
pattern: (everyone|everybody|yall|lets) ~2 (comment|spam|reply) ~2 (on|under|in) (her|his)
match: everyone go comment ugly on her post
match: yall spam under his video
note: directing a crowd to a person's posts; also matches friendly "everyone comment on her post", hence 0.4

[en.cyberbullying.pile_on.vote-off]
sub: pile_on
weight: 0.5
pattern: (everyone|yall|lets) vote (her|him|them) (off|out)
pattern: (comment|say|post|write) (something|) (mean|nasty|hateful) (on|under|to|about)
match: lets vote her off the team
match: go comment something mean under her post
note: group actions to push a person out or hurt them

[en.cyberbullying.pile_on.lets-jump-him]
sub: pile_on
weight: 0.6
also: harassment.threat
pattern: (lets|should|gonna|finna|boutta) (jump|stomp|corner) (her|him|them)
match: lets jump him after school
match: we finna corner her at lunch
note: planned group physical attack; also a threat

[en.cyberbullying.pile_on.everyone-block-her]
sub: pile_on
weight: 0.55
pattern: (everyone|everybody|yall|lets) (all|) (block|unfollow|unadd|unfriend|mute|ignore) (her|him|them)
match: everyone block her
match: lets all unfollow her at once
nomatch: just block him if he bothers you
note: calls to the crowd to cut someone off at once; "block him" as advice has no group subject

[en.cyberbullying.pile_on.screenshot-before-delete]
sub: pile_on
weight: 0.35
pattern: (screenshot|ss|screenie|screenshotted|record) (it|this|that) before (she|he|they) (deletes|delete|deleted)
pattern: (save|saved|saving) (it|this|that) before (she|he|they) (deletes|delete)
pattern: (screenshot|ss) (this|it|that) and (send|post|share|spread)
match: ss this before she deletes it
match: screenshot it before he deletes
match: screenshot this and send it
note: collecting a post to spread it; mild alone, common before a pile-on. "screenshot this and send it" without a destination is also a help request, hence low

# ---------------------------------------------------------------------------------------------
# self_harm_encouragement: telling someone they should not exist or should hurt themselves
# (explicit "kys"/"kill yourself" is in self_harm.lex)
# ---------------------------------------------------------------------------------------------

[en.cyberbullying.self_harm_encouragement.no-one-would-care-if-you-died]
sub: self_harm_encouragement
weight: 0.85
target: other
also: self_harm.promotion
pattern: (nobody|noone) (would|will) ~1 (care|notice|cry) ~2 (you|u) ~1 (died|dead|gone|disappeared)
pattern: no one (would|will) ~1 (care|notice|cry) ~2 (you|u) ~1 (died|dead|gone|disappeared)
match: no one would care if you died
match: nobody would even notice if u were gone
note: devaluing the person's life in a way that invites self-harm

[en.cyberbullying.self_harm_encouragement.nobody-would-miss-you]
sub: self_harm_encouragement
weight: 0.75
target: other
also: self_harm.promotion
pattern: (nobody|noone) (would|will|gonna) (miss|mourn) (you|u|ya)
pattern: no one (would|will|gonna) (miss|mourn) (you|u|ya)
pattern: (nobody|noone) ~3 (your|ur) funeral
pattern: no one ~3 (your|ur) funeral
match: nobody would miss you
match: no one would come to your funeral
note: "nobody would miss you" and funeral taunts

[en.cyberbullying.self_harm_encouragement.do-everyone-a-favor]
sub: self_harm_encouragement
weight: 0.45
also: self_harm.promotion
pattern: do (everyone|the|everybody|humanity|society) ~2 (favor|favour) (and|n)
pattern: do us all a (favor|favour)
match: do everyone a favor and
match: do us all a favour and disappear
match: do the world a favor and just leave
nomatch: do me a favor and grab the milk
nomatch: do us a favor and bring snacks
note: a formula that often ends in "kill yourself" or "disappear"; weak alone (0.4) since "do everyone a favor and bring snacks" is common; harmful endings are scored by h6-better-if-you-left

[en.cyberbullying.self_harm_encouragement.world-better-without-you]
sub: self_harm_encouragement
weight: 0.85
target: other
also: self_harm.promotion
pattern: world (would|will|is|d) be (a|) better (place|off|) without (you|u|ya|her|him)
pattern: world (is|was) better (off|) without (you|u|ya|her|him)
pattern: (everyone|everybody|we|school) (would|will) be (so|much|) better (off|) without (you|u|her|him)
pattern: (were|everyones) better (off|) without (you|u|her|him)
match: the world would be better without you
match: everyone would be better off without u
match: the world would be a better place without you
nomatch: im better off without you
nomatch: the world would not be better without you
note: the classic push toward self-harm; "i'm better off without you" (a breakup) and the support line "the world would not be better without you" do not match

[en.cyberbullying.self_harm_encouragement.better-off-dead]
sub: self_harm_encouragement
weight: 0.85
target: other
also: self_harm.promotion
pattern: (you|u|youd|ud|youre|ur|she|he|shed|hed) (would|d|are|r|be|re|) (be|) better off dead
match: youd be better off dead
match: you are better off dead honestly
match: you would be better off dead
nomatch: id be better off dead
nomatch: you are not better off dead, please stay
note: aimed at another person; the first-person form is self_harm.intent, not this entry. No free gap after "you": the crisis-support line "you are not better off dead" must not match

[en.cyberbullying.self_harm_encouragement.just-end-it]
sub: self_harm_encouragement
weight: 0.6
also: self_harm.promotion
pattern: (you|u|ya) (should|could|might) (just|honestly|) end it
pattern: why (dont|not) (you|u|ya) (just|) end it
pattern: (just|pls|please|go) end it (already|all|now|lol|pls)
match: you should just end it
match: why dont you just end it
match: just end it already
nomatch: i just want to end it with my ex
nomatch: you should not end it, things get better
note: "end it" aimed at the reader; first-person "i want to end it" is self_harm.intent. "you should end it with him" (relationship advice) also matches, hence 0.6

[en.cyberbullying.self_harm_encouragement.just-end-it-bare]
sub: self_harm_encouragement
weight: 0.4
also: self_harm.promotion
pattern: (just|pls|please|go) end it
match: just end it
note: bare "just end it" is also relationship advice ("just end it with him"), so weak alone; just-end-it has the targeted forms

[en.cyberbullying.self_harm_encouragement.just-disappear]
sub: self_harm_encouragement
weight: 0.6
pattern: (you|u|ya) (should|could|can) (just|) (disappear|vanish)
pattern: (just|pls|please|go) (disappear|vanish)
pattern: (stop|quit) existing
pattern: (you|u|ya) (should|need) ~2 (not|stop) (exist|existing)
match: you should just disappear
match: just disappear
match: stop existing
nomatch: i want to disappear for a weekend
nomatch: you should never disappear like that again
note: telling someone to stop existing; no `also` because it does not name self-harm explicitly

[en.cyberbullying.self_harm_encouragement.jump-off-a-bridge]
sub: self_harm_encouragement
weight: 0.75
also: self_harm.promotion
pattern: (go|just|pls|please|should|can) (jump|leap) off (a|the|ur|your) (bridge|cliff|building|roof|balcony)
pattern: (go|pls|please) play (in|on) ~1 (traffic|highway|freeway|tracks)
match: go jump off a bridge
match: you can jump off a cliff for all i care
match: go play in traffic
note: suicide-method taunts aimed at another person

[en.cyberbullying.self_harm_encouragement.drink-bleach]
sub: self_harm_encouragement
weight: 0.65
also: self_harm.promotion
pattern: (drink|drinking|chug|swallow|eat) (some|) (bleach|drano|antifreeze|poison|lysol)
pattern: (go|pls|please|just) (overdose|od)
match: go drink bleach
match: chug some antifreeze
nomatch: dont let the kids near the bleach
note: telling someone to poison themselves; safety warnings ("don't drink bleach") are lowered by the negation cue

[en.cyberbullying.self_harm_encouragement.cut-your-wrists]
sub: self_harm_encouragement
weight: 0.85
target: other
also: self_harm.promotion
pattern: (cut|slit|slice) (your|ur) (wrists|wrist|throat|veins)
pattern: (should|go|just|pls|please) (take|end) (your|ur) own life
pattern: (should|go|just|pls|please) end (your|ur) life
match: go slit your wrists
match: you should take your own life
nomatch: i cut my finger cooking
nomatch: you should take your life seriously
note: explicit method or suicide instruction aimed at someone

[en.cyberbullying.self_harm_encouragement.should-never-have-been-born]
sub: self_harm_encouragement
weight: 0.65
pattern: (should|shouldve|shoulda) (never|not) ~1 (been|be) born
pattern: (should|shouldve|shoulda) ~2 (aborted|swallowed) (you|u|ya)
match: you should never have been born
match: your mom shouldve aborted you
note: non-existence wishes; invites self-harm without naming it

[en.cyberbullying.self_harm_encouragement.dont-deserve-to-live]
sub: self_harm_encouragement
weight: 0.8
target: other
also: self_harm.promotion
pattern: (you|u|ya) ~1 (dont|not) deserve to (live|exist|breathe)
pattern: (you|u|ya) ~1 (dont|not) deserve to be alive
match: you dont deserve to live
match: you do not deserve to exist
nomatch: you do deserve to live and you matter
note: the negation here is part of the attack; the negation cue must not cancel it. Support wording "you don't deserve to live like this" also matches and needs the support cue

[en.cyberbullying.self_harm_encouragement.why-are-you-still-alive]
sub: self_harm_encouragement
weight: 0.6
pattern: why (are|r|is) (you|u|she|he) (still|even) (alive|breathing|living)
match: why are you still alive
match: why is he even breathing
nomatch: how is she still alive after that crash
note: rhetorical devaluation of someone's life

[en.cyberbullying.self_harm_encouragement.everyone-wants-you-dead]
sub: self_harm_encouragement
weight: 0.8
target: other
also: harassment.death_wish
pattern: (everyone|everybody|we|they|world) (wants|want) (you|u|ya|her|him) (dead|gone)
pattern: (everyone|everybody|we|they) (wants|want) (you|u|ya|her|him) to die
match: everyone wants you dead
match: we want u to die
note: collective death wish

[en.cyberbullying.self_harm_encouragement.might-as-well-die]
sub: self_harm_encouragement
weight: 0.7
target: other
also: self_harm.promotion
pattern: (you|u|ya) (might|may) as well ~2 (die|disappear|unalive|kys|end)
match: you might as well just die
nomatch: i might as well die lol
note: aimed at another person; the first-person hyperbole is not matched

[en.cyberbullying.self_harm_encouragement.family-better-without-you]
sub: self_harm_encouragement
weight: 0.75
target: other
also: self_harm.promotion
pattern: (family|parents|friends|mom|mum|dad|everyone) (would|will) be (happier|better) (off|) without (you|u)
pattern: (family|parents|friends|mom|mum|dad|everyone) (would|will) be (happier|better) ~1 if (you|u) (were|was|died|left)
match: your family would be happier without you
match: ur parents would be better off if u were gone
nomatch: your family would not be happier without you
note: burden framing, a known suicide risk message

[en.cyberbullying.self_harm_encouragement.hope-you-relapse]
sub: self_harm_encouragement
weight: 0.75
target: other
also: self_harm.promotion
pattern: (hope|wish) (you|u|ya) (relapse|relapses|starve|overdose|od)
pattern: (go|pls|please|just) rope (yourself|urself|)
match: i hope you relapse
match: go rope
note: wishing relapse or self-harm on someone; 🪢 folds to "rope"

[en.cyberbullying.self_harm_encouragement.go-hurt-yourself]
sub: self_harm_encouragement
weight: 0.8
target: other
also: self_harm.promotion
pattern: (go|should|just|pls|please) (starve|hurt) (yourself|urself)
pattern: (go|pls|please) cut (yourself|urself)
match: go starve yourself
match: you should hurt yourself
match: pls cut urself
nomatch: cut yourself some slack
nomatch: dont hurt yourself lifting that
note: self-harm named and aimed at someone; "cut yourself some slack" does not match, "don't hurt yourself" is not preceded by an imperative or modal

[en.cyberbullying.self_harm_encouragement.waste-of-oxygen]
sub: self_harm_encouragement
weight: 0.55
target: other
pattern: (you|youre|ur) (are|r|) (such|just|literally|) (a|) waste of (oxygen|air|space)
pattern: (stop|quit) (wasting|stealing) (oxygen|air)
pattern: (stop|quit) (breathing|wasting|stealing|using up) (my|our) (oxygen|air)
match: you are a waste of oxygen
match: stop wasting oxygen
match: stop breathing my air
nomatch: you are not a waste of space
note: existence as a waste; harassment.lex has the plain insult, this form is aimed at the reader's right to exist

# ---------------------------------------------------------------------------------------------
# identity_attack: bullying someone for origin, religion, disability, age
# (slurs themselves are in harassment.lex identity_attack)
# ---------------------------------------------------------------------------------------------

[en.cyberbullying.identity_attack.go-back-where-you-came-from]
sub: identity_attack
weight: 0.7
pattern: go back (to|) where (you|u|ya|they|she|he) (came|come) (from|)
pattern: (go|get) back home (immigrant|immigrants|refugee|refugees|foreigner|foreigners)
match: go back to where you came from
match: go back where u came from
note: telling someone they do not belong because of their origin

[en.cyberbullying.identity_attack.dumb-immigrant]
sub: identity_attack
weight: 0.55
pattern: (dumb|stupid|dirty|illegal|smelly|fucking) (immigrant|immigrants|foreigner|foreigners|refugee|refugees|fob|fobs)
pattern: fresh off the boat
match: shut up dumb immigrant
match: smelly fob
note: origin-based bullying; "fresh off the boat" is also a TV title, carried at the entry weight with context

[en.cyberbullying.identity_attack.you-people]
sub: identity_attack
weight: 0.25
target: group
pattern: you people
match: you people are all the same
nomatch: i love you guys
note: weak alone; "you people are amazing" exists. Adds up with other hits

[en.cyberbullying.identity_attack.you-people-are]
sub: identity_attack
weight: 0.65
target: group
also: harassment.identity_attack
pattern: (you people|your people|your kind|ur kind|you lot) (are|r) ~1 (disgusting|animals|savages|vermin|trash|garbage|scum|filth|subhuman|parasites|rats|cockroaches|pigs|dogs|monkeys|apes|criminals|thieves|terrorists|rapists|inferior|dirty|filthy|stupid|idiots|retarded|the problem|a plague|a disease|a cancer|worthless)
pattern: (you people|your kind|ur kind) (should|need to|must|can) (go back|leave|die|be deported|get out|fuck off|go home)
match: you people are disgusting
match: your kind are all animals
match: you people should go back
nomatch: you people are amazing
note: "you people" with a dehumanising predicate; the bare phrase stays at you-people's low weight

[en.cyberbullying.identity_attack.your-kind]
sub: identity_attack
weight: 0.5
target: group
pattern: (your|ur) kind (is|are|isnt|arent|not|dont|should)
pattern: (people|ppl) like (you|u) (dont|shouldnt|should|need|deserve)
match: your kind is not welcome here
match: people like you should leave
nomatch: your kind words mean a lot
nomatch: people like you are amazing
note: othering "your kind"; "your kind words" does not match

[en.cyberbullying.identity_attack.speak-english]
sub: identity_attack
weight: 0.6
pattern: (speak|learn) english or
pattern: (america|england|britain|australia|canada) speak english
pattern: (your|ur) (accent|english) (is|sounds) ~1 (funny|weird|stupid|dumb|broken|retarded|disgusting)
match: speak english or get out
match: this is america speak english
match: ur accent sounds so stupid
note: language-based bullying; "learn english" alone is a normal study topic

[en.cyberbullying.identity_attack.group-smells]
sub: identity_attack
weight: 0.7
target: group
pattern: (indians|asians|chinese|mexicans|blacks|arabs|pakis|gypsies|jews|muslims|immigrants|foreigners|indian|asian|mexican|arab) (people|) (smell|smells|stink|stinks)
match: indians smell
match: asian people stink
nomatch: the indian food smells amazing
note: ethnic hygiene stereotype; "indian food smells" has a word between and does not match

[en.cyberbullying.identity_attack.eat-dogs]
sub: identity_attack
weight: 0.55
pattern: (go|you|u|they) (eat|eats|ate) (a|your|) (dog|dogs|cat|cats|bats)
pattern: (dog|cat|bat) (eater|eaters)
pattern: (dog|cat|bat) eating (chink|chinese|asian|bitch|bastard)
match: go eat a dog
match: you eat cats
match: dog eater
nomatch: my dog ate the cat food
nomatch: the dog eating its dinner
note: anti-Asian food stereotype

[en.cyberbullying.identity_attack.such-a-jew]
sub: identity_attack
weight: 0.5
pattern: (youre|ur) (such|so|a) ~1 (jew|gypsy|gyppo)
pattern: (you|u) (are|r) (such|so|a) ~1 (jew|gypsy|gyppo)
pattern: jew (him|her|them|me|you|u|it) down
match: ur such a jew with money
match: dont jew me down
note: antisemitic and anti-Roma stereotypes used as insults

[en.cyberbullying.identity_attack.religious-dress]
sub: identity_attack
weight: 0.6
pattern: (take|rip|pull|tear|yank) (off|) (your|ur|her) (hijab|headscarf|turban|yarmulke|kippah|burqa|niqab)
pattern: (diaper|tablecloth|rag) on (your|ur|her|his) head
match: take off your hijab
match: rip her hijab off
match: nice tablecloth on your head
nomatch: put a towel on your head to dry your hair
note: harassment over religious dress

[en.cyberbullying.identity_attack.you-are-autistic]
sub: identity_attack
weight: 0.45
target: other
pattern: (you|u) (are|r|) (so|literally|actually|) autistic
pattern: (youre|ur) (so|literally|actually|such|an|) (autistic|autist)
pattern: (you|u|ya) (got|have) downs
pattern: (you|u|ya|such|an|fucking) autist
match: you are so autistic
match: ur autistic lol
match: you got downs or something
nomatch: my brother is autistic and proud
note: disability as insult; only second-person phrases, never the bare word. A sincere "are you autistic?" also matches and is lowered by the question cue

[en.cyberbullying.identity_attack.sped]
sub: identity_attack
weight: 0.5
pattern: sped (kid|kids|class|student|bus|ed|room|boy|girl)
pattern: (youre|ur) (a|such|so) ~1 sped
pattern: (you|u) (are|r) (a|so|such) ~1 sped
pattern: (ride|rides|rode|on) the (short|special|retard|sped) bus
pattern: retard bus
match: go back to the sped class
match: ur such a sped
match: you ride the short bus
nomatch: its a short bus ride away
nomatch: he sped away in his car
note: special-education taunts; "sped" is also the past tense of speed, so it needs a neighbour

[en.cyberbullying.identity_attack.walk-like-a]
sub: identity_attack
weight: 0.6
pattern: (walk|walks|talk|talks|run|runs|sound|sounds|look|looks|act|acts) like (a|an|) (retard|cripple|spaz|sped|downie|autist|mongoloid)
match: you walk like a cripple
match: he talks like a retard
note: mocking disability

[en.cyberbullying.identity_attack.boomer]
sub: identity_attack
weight: 0.15
pattern: (boomer|boomers)
match: typical boomer
note: age-based dismissal; very weak alone

[en.cyberbullying.identity_attack.ok-boomer]
sub: identity_attack
weight: 0.25
pattern: (ok|okay|k) boomer
pattern: (old|ancient) (geezer|fart|coot|hag|crone|bat)
match: ok boomer
match: shut up old fart
note: ageist dismissal; low

[en.cyberbullying.identity_attack.colourism]
sub: identity_attack
weight: 0.35
target: other
pattern: (youre|ur) (so|too) (dark|black|brown)
pattern: (you|u) (are|r) (so|too) (dark|black|brown)
match: ur too dark to be pretty
note: colourism; low because "too dark" is also about photos and rooms

# ---------------------------------------------------------------------------------------------
# humiliation: schoolyard names and social put-downs
# ---------------------------------------------------------------------------------------------

[en.cyberbullying.humiliation.schoolyard-names]
sub: humiliation
weight: 0.38
pattern: (weirdo|weirdos|dweeb|dweebs|dork|dorks|wannabe|wannabes|poser|posers|loner|loners|gaylord|gaylords|crybabies|tattletale|snitch|snitches|teachers pet|pick me|pickme|pickmes|tryhard|tryhards|creepo|creepos|freakshow|uggo|uggos|fatso|fatsos)
pattern: emo (freak|freaks|loser|losers|weirdo|bitch|fag|trash|cutter|cutters|kid lol|kid lmao)
match: such a weirdo
match: what a wannabe
match: emo freak
match: tryhard
nomatch: i was an emo kid in 2008 and loved it
note: names kids call each other; weak alone (friends say "dork" fondly), with a second-person cue they cross the threshold

[en.cyberbullying.humiliation.hey-loser]
sub: humiliation
weight: 0.6
target: other
also: harassment.insult
pattern: (go away|get lost|talking to me|talk to me|away from me|nobody asked|no one asked|nobody cares|no one cares|calm down|whatever|cry more|get a life|sit down|move it|keep crying) (loser|losers|freak|weirdo|dork|fatso|fatty|uggo|retard|creep|psycho|virgin|nerd|clown|bozo|weirdos|freaks|crybaby|emo|tryhard|pick me|loner|dweeb|skank|brokie)
pattern: (hey|yo|oi|sup|hi|bye|bye bye|move|shut up|stfu|ew|eww|look at|look at the|look at this|look its) (loser|losers|freak|weirdo|dork|fatso|fatty|ugly|uggo|retard|fag|faggot|gaylord|loner|dweeb|four eyes|midget|pizza face|crybaby|skank|slut|whore|creep|freak show|psycho|virgin|brokie|retards|freaks)
match: hey loser
match: bye bye freak
match: ew look at the weirdo
match: look its pizza face
match: stop talking to me freak
nomatch: hey buddy how are you
nomatch: it makes me freak out
note: a put-down name used as the form of address, the way a bully calls someone in a corridor or a comment

[en.cyberbullying.humiliation.youre-so-fake]
sub: humiliation
weight: 0.5
target: other
also: harassment.insult
pattern: (youre|ur|your) (so|such a|a|an|such an|the biggest|just a|literally a) (fake|two faced|twofaced|attention seeker|attention whore|wannabe|poser|try hard|tryhard|stuck up|conceited|snob|drama queen|pick me|fake bitch|backstabber|user)
pattern: (you|u) (are|r) (so|such a|a|an|such an|the biggest|just a|literally a|) (fake|two faced|twofaced|attention seeker|attention whore|wannabe|poser|try hard|tryhard|stuck up|conceited|snob|drama queen|pick me|backstabber)
pattern: youre (fake|two faced|twofaced|conceited|stuck up)
pattern: attention (seeker|seekers|whore|whores|hog)
pattern: (ur|youre|u r|you are|you|u) (fake|two faced|twofaced) (af|asf|as hell|as fuck|bitch|ass|loser|and everyone|and everybody|lol|lmao|friend)
match: ur so fake
match: you are such a two faced bitch
match: youre a wannabe
match: attention seeker
match: ur fake af
nomatch: your fake tan looks great
nomatch: you are not fake
note: social put-downs typical of anonymous question sites; "your fake tan" (possessive) needs the adjective last, so it does not match

[en.cyberbullying.humiliation.you-think-youre]
sub: humiliation
weight: 0.45
target: other
also: harassment.insult
pattern: (you|u) (think|thinks|thought) (youre|ur|you are|u are|u r|your) (so|all that|hot|cute|pretty|cool|better|special|funny|smart|popular|tough|perfect|gods gift|the shit|hot shit|all|the best|something)
pattern: get over (yourself|urself)
pattern: (full|fulla) of (yourself|urself)
match: you think youre so cool
match: u think ur all that
match: get over yourself
nomatch: do you think you are ready for the test
note: mocking someone's self-image; weak alone because friends tease the same way

[en.cyberbullying.humiliation.everyone-thinks-youre]
sub: humiliation
weight: 0.6
target: other
also: harassment.insult
pattern: (everyone|everybody|the whole school|we all|people) (thinks|think|says|knows) (youre|ur|you are|u r|your) ~2 (loser|freak|weirdo|ugly|fat|slut|whore|joke|weird|annoying|creep|stupid|fake|hoe|liar|psycho|retarded|gross|disgusting|pathetic|lesbian|gay|dyke|fag|emo|cringe|skank|virgin)
match: everyone thinks youre a loser
match: the whole school knows ur a slut
match: we all think you are so annoying
nomatch: everyone thinks you are so talented
note: the crowd is invoked to make the insult feel unanimous

[en.cyberbullying.humiliation.no-wonder-dad-left]
sub: humiliation
weight: 0.65
target: other
also: harassment.insult
pattern: no wonder (your|ur) (dad|father|mom|mum|mother|parents|bf|boyfriend|gf|girlfriend|husband|wife|friends) (left|leave|divorced|hates|hate|dumped|abandoned|cheated|ditched)
pattern: (your|ur) (dad|father|mom|mum|mother|parents) (left|abandoned|ditched) (you|u) (because|cuz|cause|bc|for)
match: no wonder your dad left
match: ur mom abandoned you cuz ur ugly
note: attacks through family loss

[en.cyberbullying.humiliation.slut-shaming]
sub: humiliation
weight: 0.6
target: other
also: gender_abuse.slur
pattern: (youre|ur|you are|u r|shes|she is) (a|such a|so|an|the school|the biggest|the class|just a|) (slut|whore|hoe|skank|thot|slag|tramp|easy|slutty)
pattern: (you|u|she) (sleep|slept|sleeps|sleeping) (with|around) (everyone|everybody|anyone|half|the whole|every|the entire|all)
pattern: (you|u|she) ~1 (sucked|blew|fucked|banged|slept with) (half|the whole|every|the entire|all) ~2 (school|class|team|grade|guys|boys|town)
match: ur such a slut
match: the school slut, she is a slut
match: you slept with the whole team
nomatch: she is a whole mood
note: sexual-reputation bullying; the gender_abuse file carries the slur family, this is the targeted form aimed at a schoolmate

[en.cyberbullying.humiliation.die-alone]
sub: humiliation
weight: 0.55
target: other
also: harassment.insult
pattern: (you|u|youll|ull|she|he|shell|hell) (will|gonna|are going to|going to|r gonna|is gonna|) die (alone|a virgin|lonely|single|unloved)
pattern: forever (alone|single) (loser|lol|lmao|freak|bitch)
match: you will die alone
match: youll die a virgin lol
nomatch: i will die alone with my cats lol
note: predicted loneliness aimed at the reader

[en.cyberbullying.humiliation.wimp]
sub: humiliation
weight: 0.45
target: other
also: harassment.insult
pattern: (you|u|ya) (sissy|pansy|wuss|wimp|sissies|wusses|wimps|scaredy cat|crybaby)
pattern: (youre|such a|what a|dont be a|stop being a|stop being such a|hes a|shes a|hes such a|shes such a|youre such a|ur such a|ur a|youre a) (sissy|pansy|wuss|wimp|big baby|baby|little baby|scaredy cat|chicken|coward)
match: you wimp
match: stop being such a baby
match: hes a sissy
nomatch: love you baby
note: cowardice and baby taunts; "such a baby" can be fond, so it stays near the threshold

[en.cyberbullying.humiliation.dress-like]
sub: appearance_shaming
weight: 0.5
target: other
pattern: (you|u|she|he) (dress|dresses|dressed|look|looks) like (a|an) (slut|hobo|homeless|bum|clown|whore|hooker|hoe|skank|tramp|lesbian|dyke|boy|man|grandma|granny|crackhead|trash|prostitute|stripper)
pattern: (your|ur) (clothes|outfit|outfits|shoes|hair|haircut|style|fashion|shirt|jacket|glasses) (is|are|look|looks|r) ~1 (ugly|stupid|cheap|gross|trashy|disgusting|dumb|hideous|horrible|tacky|poor|busted|nasty|ratchet)
pattern: (did|does) (your|ur) (mom|mum|mommy|grandma|blind) ~2 (dress|dresses|cut|pick)
match: you dress like a hobo
match: ur shoes are so cheap
match: did your mom dress you
nomatch: you look like a million dollars
note: clothes and style as a target; "look like a" plus praise does not match

[en.cyberbullying.appearance_shaming.ugly-fat-you]
sub: appearance_shaming
weight: 0.55
target: other
also: harassment.insult
pattern: (you|u|ya) (ugly|fat|fugly|disgusting|gross|nasty|smelly|stinky|hairy|greasy|pimply|skinny|anorexic) (pig|bitch|cow|loser|freak|whale|slob|creature|troll|thing|dog|hoe|slut|fuck|cunt|kid|nerd|weirdo|skank)
match: you ugly freak
match: u fat slob
note: second-person appearance insult with a person noun

# ---------------------------------------------------------------------------------------------
# identity_attack: age, nationality, sexuality, disability, race and religion taunts
# ---------------------------------------------------------------------------------------------

[en.cyberbullying.identity_attack.age-taunts]
sub: identity_attack
weight: 0.45
also: harassment.insult
pattern: (ok|okay|shut up|stfu|sit down|cope|whatever|bye|calm down|go to bed|go to sleep|nobody asked) (grandpa|grandma|gramps|granny|old man|old lady|boomer|kid|little kid|child|little boy|little girl|zoomer|millennial|oldie|geezer)
pattern: (dumb|stupid|annoying|bratty|retarded|fucking|spoiled|entitled|ignorant|braindead|senile|useless|pathetic) (kid|kids|brat|brats|teenager|teenagers|millennial|millennials|boomer|boomers|zoomer|zoomers|old man|old woman|old lady|old people|geezer|geezers|oldies|old farts)
pattern: (senile|demented|decrepit|wrinkly|crusty|dried up) (old|) (fool|man|woman|bitch|hag|bastard|idiot|geezer|fart|bat|cunt|cow|prune)
pattern: (youre|ur|you are|u r) (too|so) old (to|for|lol|lmao|and)
match: ok grandpa
match: shut up kid
match: stupid millennials
match: senile old fool
nomatch: my kid loves the park
nomatch: the kids are alright
note: age as a put-down; "kid" only with a dismissive verb or adjective

[en.cyberbullying.identity_attack.nationality-stereotype]
sub: identity_attack
weight: 0.65
target: group
also: harassment.identity_attack
pattern: (americans|brits|british|french|germans|russians|indians|mexicans|canadians|australians|aussies|nigerians|chinese|koreans|japanese|filipinos|polish|poles|irish|italians|arabs|africans|europeans|turks|albanians|romanians|pakistanis|somalis|syrians|afghans|iranians|haitians|jamaicans|puerto ricans|dominicans|venezuelans|colombians|brazilians|ukrainians|gypsies) (are|r) ~1 (stupid|dumb|fat|lazy|idiots|morons|retarded|disgusting|dirty|thieves|criminals|animals|savages|ugly|smelly|trash|garbage|scum|rapists|terrorists|inbred|subhuman|uncivilized|backwards|filthy|vermin)
match: mexicans are lazy
match: americans are so fat
match: brits are all ugly
nomatch: mexicans are the largest group in the city
note: nationality stereotypes stated about the whole group

[en.cyberbullying.identity_attack.your-race]
sub: identity_attack
weight: 0.7
target: other
also: harassment.identity_attack
pattern: (your|ur) (race|people|culture|country|religion|tribe) (is|are|r) (so|just|all|such|) (disgusting|inferior|trash|garbage|animals|stupid|savages|subhuman|dirty|filthy|backwards|uncivilized|a joke|pathetic|worthless|vermin|terrorists|a disease|dumb)
pattern: (go|get) back to (your|ur) (reservation|rez|res|rice fields|rice paddy|jungle|farm)
match: your people are animals
match: ur race is inferior
match: go back to your reservation
nomatch: your people are so welcoming
note: someone's origin as the target

[en.cyberbullying.identity_attack.kung-flu]
sub: identity_attack
weight: 0.55
target: group
also: harassment.identity_attack
pattern: (kung flu|kungflu|chinese virus|china virus|wuhan virus|chink virus|bat eater|bat eaters)
match: kung flu
match: chinese virus spreaders
note: anti-Asian pandemic taunts

[en.cyberbullying.identity_attack.gay-as-insult]
sub: identity_attack
weight: 0.45
also: harassment.identity_attack
pattern: (thats|that is|this is|its|it is|thats so|so|how) (so|) gay (lol|lmao|dude|bro|man|af|)
pattern: (youre|ur|you are|u r) (so|such a|a|fucking|) (gay|homo|queer|fairy|fruit|fruitcake|poof|lesbo|dyke|gaylord)
pattern: gay (ass|boy|bitch|fuck|loser|faggot|fag|retard|bastard|cunt|twat|freak|shit)
pattern: no homo
match: thats so gay
match: ur so gay lol
match: gay ass bitch
nomatch: the gay pride parade was great
nomatch: my brother is gay and his husband is lovely
note: "gay" as a put-down; neutral and proud uses ("gay pride", "my brother is gay") do not match. "you're gay?" asked sincerely matches the second pattern and is lowered by the question cue

[en.cyberbullying.identity_attack.tranny]
sub: identity_attack
weight: 0.7
also: harassment.identity_attack
pattern: (tranny|trannies|trannys|troon|troons|shemale|shemales|heshe)
match: look at that tranny
match: troons
note: anti-trans slurs; the gender_abuse file has its own entry, this one makes the same hit count as bullying

[en.cyberbullying.identity_attack.religion-taunts]
sub: identity_attack
weight: 0.45
also: harassment.identity_attack
pattern: (bible|jesus|god|quran|koran) (thumper|thumpers|basher|bashers|freak|freaks|nut|nuts|nutjob|nutjobs|humper|humpers)
pattern: (sky daddy|skydaddy|magic sky man|imaginary friend in the sky|invisible sky)
pattern: (your|ur) (imaginary|fake|made up|pretend) (god|friend|sky|prophet|jesus|allah)
pattern: (goat|camel|pig) (fucker|fuckers|shagger|shaggers|humper|humpers)
match: bible thumper
match: ur imaginary god
match: goat fucker
note: mocking someone's faith

[en.cyberbullying.identity_attack.disability-taunts]
sub: identity_attack
weight: 0.55
target: other
also: harassment.identity_attack
pattern: (you|u|youre|ur|you are|u r) (mentally|mental) (retarded|challenged|ill|handicapped|disabled|deficient|unstable)
pattern: (are|r) (you|u|ya) (autistic|special|mental|handicapped|disabled|special needs|on the spectrum|a retard)
pattern: (you|u|ya) (special needs|window licking|mouth breathing|inbred|brain damaged|braindamaged) (freak|loser|idiot|retard|kid|bitch|moron|fuck)
pattern: (ride|riding|belong on|belong in) the (short bus|special bus|retard bus|sped bus|special class|special ed)
match: you mentally retarded freak
match: are you autistic or something
match: you belong in the special class
nomatch: my brother is autistic
note: disability as a put-down aimed at the reader; a sincere question is lowered by the question cue

# ---------------------------------------------------------------------------------------------
# 2026.11.29 recall additions: group-chat and school-corridor phrasings
# ---------------------------------------------------------------------------------------------

[en.cyberbullying.exclusion.dont-let-her-sit]
sub: exclusion
weight: 0.65
pattern: (dont|never|nobody|noone) (let|lets) (her|him|them) (sit|eat|hang|hang out|play|stand) (with|near|next to|at) (us|our|me|them)
pattern: no one (let|lets) (her|him|them) (sit|eat|hang|hang out|play|stand) (with|near|next to|at) (us|our|me|them)
pattern: (dont|never) let (her|him|them) (join|in|into) (the|our|my) (group|gc|groupchat|chat|squad|server|team|party|table|club)
match: dont let her sit with us
match: never let him in our group
nomatch: dont let him play with the stove
note: organised lunch-table and group exclusion; the strong form next to dont-invite

[en.cyberbullying.exclusion.dont-invite-to]
sub: exclusion
weight: 0.7
pattern: (dont|never|nobody|noone|stop) (invite|inviting|add|adding) (her|him|them) (to|on|in|into) (the|our|my|ur|your) (gc|groupchat|group chat|group|chat|server|squad|table|discord|lunch table)
match: don't invite her to the gc, she's so annoying lol
match: nobody add him to the group chat
nomatch: why wouldn't we invite her to the party
nomatch: don't invite him to the party, he has covid
note: leaving someone out of a named group space; parties and birthdays are left out: "don't invite him to the party, he has covid" is practical

[en.cyberbullying.exclusion.leave-the-gc-bare]
sub: exclusion
weight: 0.5
pattern: leave the (group chat|groupchat|gc)
pattern: (get out|gtfo|get the fuck out) (of|) (the|our|this|my) (group chat|groupchat|gc|server|discord)
match: leave the group chat
match: gtfo of our gc
nomatch: i might leave the group chat, too many notifications
note: pushing someone out of a chat; first-person "i might leave" is read with its own pronoun

[en.cyberbullying.pile_on.lets-all-unfollow]
sub: pile_on
weight: 0.65
pattern: (lets|everyone|everybody|yall|we should|we all|we gotta) (all|) (unfollow|unfriend|unadd|block|mute|ghost|ignore|remove) (her|him|them)
pattern: (lets|everyone|everybody|yall) (all|) (go|) (report|mass report) (her|his|him) (account|page|acc|insta|tiktok|post|)
match: lets all unfollow him
match: let's all unfollow her at the same time and see if she notices
nomatch: you should all unfollow me if spoilers bother you
note: coordinated social withdrawal against one person

[en.cyberbullying.humiliation.make-fun-of-you]
sub: humiliation
weight: 0.6
pattern: (were|we are|we|everyone|everybody|theyre|they|yall|the whole class|the whole school) ~3 (make|making|made|gonna make) fun of (you|u|ya|her|him)
pattern: (everyone|everybody|the whole class|the whole school|whole grade) (is|was|gonna|will) ~2 (laughing at|roasting|clowning|clowning on|mocking) (you|u|ya|her|him)
match: we're all gonna make fun of you tomorrow
match: the whole school is laughing at you
nomatch: we would never make fun of you, promise
nomatch: everyone is talking about you, your speech was amazing
note: announcing a group mockery; "never" before the phrase lowers it

[en.cyberbullying.pile_on.screenshot-before-she-deletes]
sub: pile_on
weight: 0.7
pattern: (screenshot|ss|screenie|record) (it|this|that|everything|her post|his post|this post|that post) (before|b4) (she|he|they) (deletes|delete|deleted|takes it down|removes)
pattern: (screenshot|ss|screenie) (her|his) ~1 (post|story|pfp|selfie|pic|tweet|video|vid) (and|to) ~1 (send|post|share|spread|repost|laugh)
match: screenshot this before she deletes
match: ss her story and send it lmao
match: screenshot his cringe post and send it to the whole grade
nomatch: screenshot this before you forget the code
note: collecting a victim's post to spread it; the weaker generic form is screenshot-before-delete

[en.cyberbullying.pile_on.everyone-go-comment]
sub: pile_on
weight: 0.7
pattern: (everyone|everybody|yall|lets|guys) (go|all|all go|) (comment|reply|write|type|post|spam) (ugly|fat|gross|cringe|loser|kys|die|ew|eww|clown|pig|whale|mid|l|ratio|trash|skull|cow|fatty|slut|whore|hoe|ugly ass|loser ass) ~2 (on|under) (her|his|their) ~1 (post|pic|selfie|video|vid|page|story|tiktok|insta|reel|tweet)
pattern: (everyone|everybody|yall|lets|guys) (go|all|all go|) (spam|flood|hate on|hate comment|dislike) (her|his|their) ~1 (post|pic|selfie|video|vid|page|story|tiktok|insta|reel|tweet|comments)
pattern: (rate|rank) (her|him|them) (a|) (0|1|2|3|4|zero|one|two|three|four) ~2 (in|on) (the|) (comments|replies|gc|groupchat|chat)
match: everyone go comment 'ugly' on her new post 😂
match: rate her 1/10 in the comments guys
nomatch: everyone go comment on my new post pls
nomatch: everyone go comment on her post to wish her happy birthday
nomatch: rate him in the comments if you liked the recipe
note: directing a crowd to one person's post; commenting on one's own post does not match

[en.cyberbullying.humiliation.cried-in-class]
sub: humiliation
weight: 0.45
pattern: (he|she|u|you) (cried|cries|crying|was crying|started crying|peed|pissed|shit|pooped) (in|at|during|himself|herself|yourself|urself|his pants|her pants|ur pants|your pants) ~2 (class|school|gym|the bus|lunch|practice|front)
pattern: (what a|such a|hes a|shes a|big) (crybaby|baby|cry baby) (lol|lmao|lmfao|haha)
match: lol he cried in class again, what a baby
match: she peed her pants in gym lmao
nomatch: she cried at the wedding, it was beautiful
note: retelling a classmate's embarrassing moment; weak alone, adds up with a put-down

[en.cyberbullying.humiliation.shopping-shame]
sub: humiliation
weight: 0.55
target: other
pattern: (your|ur) (shoes|clothes|outfit|fit|jacket|shirt|backpack|phone|house) ~2 (from|at) (walmart|goodwill|payless|shein|temu|kmart|primark|aldi|the dollar store|dollar tree|the trash)
pattern: (your|ur) (family|parents|mom|mum|dad) (is|are|r) (so|too|) (poor|broke)
pattern: (you|u|ya) (live|lives|living) in a (trailer|dumpster|shelter|box|dump)
match: lol your shoes are from walmart, poor kid
match: ur family is so broke
nomatch: we went shopping at walmart for your birthday
note: poverty taunts aimed at the reader; the shop name must follow the reader's own things

[en.cyberbullying.appearance_shaming.cant-even-run]
sub: appearance_shaming
weight: 0.45
pattern: (cant|cannot|couldnt) even (run|walk|climb|fit|jog|touch|see) ~3 (lap|laps|mile|stairs|step|steps|door|doorway|chair|seat|desk|toes|feet)
match: fatty fatty can't even run one lap 😂
match: he cant even fit through the door
nomatch: i can't even run one lap since i got sick
note: body mocking in the third person; weak alone, adds up with fatty and whale names. First person is read with its own pronoun

# ---------------------------------------------------------------------------------------------
# 2026.11.30 recall additions: anonymous-ask taunts, exposure threats, looks, family, identity
# ---------------------------------------------------------------------------------------------

[en.cyberbullying.appearance_shaming.why-are-you-so-ugly]
sub: appearance_shaming
weight: 0.62
pattern: why (are|r|is) (you|u|ya|she|he) (so|this|that|always|even|such|) (ugly|fugly|hideous|fat|obese|chubby|gross|nasty|disgusting|smelly|stinky|greasy|crusty|musty|ashy|ugly ass|fat ass|an uggo|a fatty|a pig|a whale|a cow)
pattern: why (is|does) (your|ur|her|his) (face|nose|head|hair|forehead|body|teeth|skin|voice|laugh|eyebrows|ears) (look|looks|sound|sounds|so|like|always) ~2 (like that|ugly|big|huge|fat|gross|greasy|crusty|annoying|squeaky|disgusting|nasty)
pattern: why (is|does) (your|ur|her|his) (face|nose|head|hair|forehead|body|teeth|skin|voice|laugh|eyebrows|ears) (like that|look like that|looking like that|sound like that)
match: why are you so ugly
match: why r u so fat lol
match: why is your face like that
match: why does your nose look so big
nomatch: why are you so tall
nomatch: why is your face so happy today
nomatch: why are you so hairy buddy, time for a trim
nomatch: why does your voice sound funny, are you sick?
note: the anonymous-question taunt (ask.fm, formspring, tellonym); the question cue lowers it a little, which the weight allows for. The pattern names the target, so the pronoun cue decides self or other

[en.cyberbullying.humiliation.why-are-you-so-annoying]
sub: humiliation
weight: 0.5
pattern: why (are|r) (you|u|ya) (so|such|always so|like this|this|always) (annoying|weird|dumb|stupid|cringe|cringy|creepy|desperate|fake|pathetic|obsessed|irritating|obnoxious|thirsty|retarded|slow|useless)
pattern: why (are|r) (you|u|ya) (such|always|even|) (a|an) (loser|weirdo|freak|creep|nerd|tryhard|pick me|clown|joke|bitch|hoe|slut|fake|loner|reject|nobody|crybaby|baby)
pattern: why (do|does) (you|u|ya) (talk|act|dress|look|smell|laugh|type) (like that|like a|like an|so weird|so dumb|so stupid|so gay|so ugly|so annoying)
pattern: how (are|r|is) (you|u|ya|she|he) (so|this|that) (ugly|stupid|dumb|fat|annoying|retarded|cringe|cringy|weird|pathetic|desperate|clueless)
pattern: how (do|does|did) (you|u|she|he) even (have|get|got|make|keep) (friends|a boyfriend|a girlfriend|a bf|a gf|followers)
pattern: why (do|does) (you|u|ya) walk (like a|like an|so weird|so gay|so ugly|so dumb|like that freak|like that loser|like that lol|like that lmao|like that weirdo)
match: why are you so annoying
match: why r u such a loser
match: why do you dress like that
match: how are you this stupid
match: how do you even have friends
match: why do you walk like that freak
nomatch: why are you so quiet today
nomatch: why do you talk about football so much
nomatch: how are you so good at this
nomatch: why are you so clingy today buddy, the storm scared you?
nomatch: why do you walk like that? did you hurt your ankle?
nomatch: how do you make friends as an adult after moving?
nomatch: omg how did you get a boyfriend, tell me everything!!
note: rhetorical "why are you so ..." put-downs from anonymous ask sites; the question cue lowers them, so they count most with another hit

[en.cyberbullying.self_harm_encouragement.why-do-you-exist]
sub: self_harm_encouragement
weight: 0.65
pattern: why (do|does) (you|u|ya|she|he) (even|still|) (exist|exists|breathe|breathes)
pattern: why (are|r|is) (you|u|ya|she|he) (even|still|) (alive|breathing|living|born)
pattern: why (were|was) (you|u|ya|she|he) (even|ever|) born
match: why do you even exist
match: why are you alive
match: why were u even born
nomatch: why is she still here at 10pm
note: devaluing someone's existence; "why are you still alive" (already in why-are-you-still-alive) overlaps and counts once. "here" is left out: "why is she still here" is about lateness

[en.cyberbullying.self_harm_encouragement.you-shouldnt-exist]
sub: self_harm_encouragement
weight: 0.72
target: other
also: self_harm.promotion
pattern: (you|u|ya) (shouldnt|should not|should never) (exist|even exist|be alive|be breathing|have existed)
pattern: (the|this) (world|earth|planet) (doesnt|does not|dont) (need|want) (you|u|ya)
pattern: (youre|ur|you are|u r) (such|just|only|) (a|) burden (to|on|for) (everyone|everybody|your|ur|us|the|society|this)
match: you shouldn't exist
match: the world doesnt need you
match: you are a burden to everyone
nomatch: you are not a burden to us, we love you
nomatch: the world doesnt need another superhero movie
note: existence as the target; "not" is part of the first two patterns. Burden framing aimed at someone is a known suicide-risk message; the supportive negation "you are not a burden" is discounted

[en.cyberbullying.humiliation.youre-nothing]
sub: humiliation
weight: 0.58
target: other
pattern: (you|u) (are|r) (a|just a|such a|literally a) nobody
pattern: (youre|ur|you are|u r) (nothing|nobody) (lol|lmao|bitch|loser|to me|to anyone|to us|to everyone|without|compared|special|at all|anymore|but a loser|but a joke|but trash|but a waste|but a slut|but a whore|but a bitch|but a failure|but a burden|but a nobody|but garbage)
pattern: (you|u|youll|ull) (will|are gonna|r gonna|gonna|) never (be|amount to|become) (anything|shit|nothing|somebody|someone|good enough|enough|loved|liked|popular|pretty)
pattern: (youre|ur|you are|u r) (so|such|literally|just|) (unlovable|unloveable|unwanted|unlikeable|forgettable)
match: you are a nobody
match: you're nothing but a joke
match: you'll never amount to anything
match: ur unlovable
nomatch: you're nothing like your sister, you're so kind
nomatch: you are nothing short of amazing
nomatch: you're nothing but kind to everyone
nomatch: you will never be alone, we are here
nomatch: you'll never be happy if you compare yourself to others
nomatch: you'll never be successful without failing first
note: attacks on a person's worth; "you're nothing like ..." (comparison) and "you'll never be alone" do not match

[en.cyberbullying.exclusion.who-would-date-you]
sub: exclusion
weight: 0.6
target: other
pattern: who (would|tf would|the fuck would|is gonna|is going to|would ever|would even|would actually|could ever|tf is gonna) (date|love|like|want|kiss|marry|touch|befriend|miss|be friends with|hang out with|sit with|talk to) (you|u|ya)
pattern: who (would|could|is gonna) (ever|even|actually|) (date|love|kiss|marry|want) (someone|somebody|anyone|a girl|a guy|a person) (like you|like u|as ugly|as fat|that ugly|that fat)
match: who would ever date you
match: who would even date u
match: who would want someone like you
nomatch: who would you date out of the cast
nomatch: who would like to join the call
nomatch: who will miss you the most when you move abroad?
nomatch: who will sit with you at lunch? i will!
nomatch: who could love you more than me
note: rhetorical romantic and social rejection; the reader must be the object ("date you"), so "who would you date" does not match

[en.cyberbullying.exclusion.nobody-wants-to-see]
sub: exclusion
weight: 0.6
pattern: (nobody|noone) (wants|wanna|needs|asked|likes) (to|) (see|hear|read|watch|look at) (your|ur|you|u|her|his) ~1 (face|selfies|selfie|pics|posts|post|videos|tiktoks|voice|body|opinion|opinions|singing|content|bs|ugly|rolls|fat rolls|belly|gut|thighs|stomach|tummy|legs|arms|ass|muffin top|cellulite|acne|teeth|fat)
pattern: no one (wants|wanna|needs|asked|likes) (to|) (see|hear|read|watch|look at) (your|ur|you|u|her|his) ~1 (face|selfies|selfie|pics|posts|post|videos|tiktoks|voice|body|opinion|opinions|singing|content|bs|ugly|rolls|fat rolls|belly|gut|thighs|stomach|tummy|legs|arms|ass|muffin top|cellulite|acne|teeth|fat)
match: nobody wants to see your face
match: no one wants to hear your voice
match: noone wants to see ur ugly selfies
nomatch: nobody wants to see your spoilers before the finale
note: telling someone their presence online is unwanted; the thing must be the person (face, voice, posts), so spoilers and news do not match

[en.cyberbullying.exclusion.stop-posting]
sub: exclusion
weight: 0.55
target: other
pattern: (stop|quit) (posting|uploading|showing|sharing) (your|ur|yourself|urself|that|those|these) (ugly|fat|cringe|cringy|gross|nasty|disgusting|busted|crusty|ugly ass|fat ass|stupid|dumb|face|body|selfies|thirst traps)
match: stop posting your ugly face
match: quit uploading ur cringe videos
nomatch: stop posting spoilers please
note: telling someone to disappear from a feed; the bare "stop posting" is stop-posting-bare

[en.cyberbullying.exclusion.stop-posting-bare]
sub: exclusion
weight: 0.25
pattern: (stop|quit) (posting|uploading|tweeting)
pattern: get off (the internet|the app|social media|this app|my timeline|my tl|the server|tiktok|twitter|insta)
match: stop posting
match: get off the internet loser
note: weak alone (also said about spoilers, spam and late-night posting); adds up with an insult or exclusion hit

[en.cyberbullying.exclusion.we-dont-like-you]
sub: exclusion
weight: 0.62
pattern: (we|they|everyone|everybody) (all|really|honestly|literally|) (dont|do not|never|didnt|dont even|do not even) (like|liked|want|wanted|trust|need) (you|u|ya) (lol|lmao|here|around|anymore|bitch|loser|thats why|at all|either|anyway|anyways|freak|weirdo|nobody|no one)
pattern: (nobody|noone|no one) (here|even|really|actually|ever|at school|in class|in this school|in the group) (likes|like|wants|loves|cares about|needs|trusts) (you|u|ya|her|him)
match: we don't like you lol
match: nobody even likes you
match: no one here likes u
nomatch: we dont like you to walk home alone at night
nomatch: we don't want you so stressed about the deadline
note: collective rejection next to nobody-likes-you; the "dont" is part of the attack. A word must follow "you" so that "we don't like you to ..." (care) does not match; the bare line is we-dont-like-you-bare

[en.cyberbullying.exclusion.fake-friends]
sub: exclusion
weight: 0.62
target: other
pattern: (your|ur) (friends|friend|bf|gf|boyfriend|girlfriend) (only|just) (pretend|pretends|pretending|act|acts|fake|talk|talks|like|likes|text|texts|invite|invites) ~6 (pity|feel sorry|dare|bet|joke|use|using|laughing)
pattern: (everyone|everybody|they|we) (only|just) (pretend|pretends|pretended|act|acts) (to|) (like|care|be friends|be nice|be your friend|be ur friend|likes) ~2 (you|u)
pattern: (you|u) (dont|do not) (have|got) (any|a single|one|real) (friends|friend|mates)
pattern: (you|u) (have|got) no (real|actual|true) (friends|mates)
match: your friends only talk to you out of pity
match: everyone just pretends to like you
match: you dont have any friends
match: u have no real friends
nomatch: i dont have any friends here yet
note: telling someone their friendships are fake or absent; first person ("i dont have any friends") does not match. "hang out" is left out: allow.lex en.allow.hang-out cancels cyberbullying hits that overlap it

[en.cyberbullying.exclusion.nobody-invited-you]
sub: exclusion
weight: 0.5
target: other
pattern: (nobody|noone|no one) (invited|asked|wanted|added) (you|u|ya) ~2 (here|to|in|lol|lmao|loser|bitch|so|go|get|leave)
pattern: who (invited|added) (you|u|ya|this|that) (loser|freak|weirdo|clown|creep|bozo|pick me|lol|lmao|here)
match: nobody invited you here
match: who invited this loser
nomatch: nobody invited you? come with us then
nomatch: who added you to the group chat? welcome!
nomatch: who invited you to the wedding, bride's side?
note: the uninvited-guest taunt; a question form is lowered by the question cue

[en.cyberbullying.humiliation.you-fell-off]
sub: humiliation
weight: 0.3
pattern: (ratio|l|plus|bozo|lol|lmao|cope|honestly|ngl|bro|blud|and) (you|u|ya|bro|blud|he|she|) (fell|fallen) off
pattern: (you|u|ya|bro|blud|he|she) (fell|fallen) off (lol|lmao|hard|bad|big|fr|ngl|bro|twin|so hard|ratio|l|bozo|plus|and|cope)
match: ratio + L + you fell off
match: u fell off hard lol
nomatch: you fell off your bike
note: online "you are no longer relevant" taunt; weak alone, adds up with ratio and L (harassment.insult.stay-mad)

[en.cyberbullying.humiliation.touch-grass]
sub: humiliation
weight: 0.25
pattern: (go|pls|please|bro|just|u need to|you need to|need to) touch (some|) grass
pattern: (log off|logoff|go outside) (loser|nerd|freak|weirdo|virgin|bozo|lol|lmao|bro)
match: go touch grass
match: log off loser
nomatch: the kids touched the grass barefoot
note: mild online dismissal; very weak alone. harassment.insult.get-a-life-loser has the tagged form

[en.cyberbullying.humiliation.gonna-cry]
sub: humiliation
weight: 0.45
pattern: (is|are|r) (the|lil|little|) (baby|babies|you|u|ya|bro|he|she) (gonna|going to|about to|bout to|finna) (cry|cri|crying|tell|snitch)
pattern: (aww|aw|awww) (is|are|did) (the|lil|little) (baby|babies|crybaby)
pattern: (go|run|running) (tell|crying to|cry to|and tell|n tell) (your|ur|ya) (mommy|mom|mum|mama|momma|daddy|teacher)
pattern: (mommas|mamas|mummys|mommys|daddys) (boy|boys|girl|girls)
match: aww is the baby gonna cry
match: r u gonna cry
match: go tell your mommy
match: mommas boy
nomatch: is the baby going to sleep now
note: mocking someone for being upset or telling an adult; a sincere "are you going to cry at the wedding?" also matches and is lowered by the question cue, so the weight stays below the line alone

[en.cyberbullying.humiliation.youre-adopted]
sub: humiliation
weight: 0.3
pattern: (youre|ur|you are|u r|you were|u were|shes|hes) (adopted|a foster kid|a charity case)
pattern: (fatherless|fatherles|dadless)
pattern: (no|zero|0) (dad|father|daddy) (behavior|behaviour|energy|vibes|ahh)
match: you're adopted lol
match: fatherless behavior
nomatch: i was adopted and my parents are great
note: family taunts (meme "fatherless" included); weak alone, adoption is also neutral talk. The strong forms are youre-adopted-taunt and family-hates-you

[en.cyberbullying.humiliation.youre-adopted-taunt]
sub: humiliation
weight: 0.6
target: other
pattern: (youre|ur|you are|u r|you were|u were) adopted (lol|lmao|loser|haha|thats why|nobody|no one|bitch)
pattern: (your|ur) (real|own|birth|actual) (parents|mom|mum|mother|dad|father) (didnt|did not|dont|never) (want|wanted|love|loved|like|liked) (you|u)
pattern: (thats|that is|its) why (you|u) (got|were|was) (adopted|abandoned|left)
pattern: (your|ur) (dad|father|mom|mum|mother) (left|walked out|abandoned|ran away) ~2 (because of|cuz of|cause of|bc of) (you|u)
pattern: (your|ur) (dad|father) (went|left) ~3 (milk|cigarettes|smokes|cigs) (and|n) ~1 never
match: ur adopted lol
match: your real parents didnt want you
match: your dad left because of you
match: your dad went to get milk and never came back
nomatch: your dad left because of work
nomatch: you were adopted because your parents wanted you so much
note: taunts through the reader's family and abandonment; "because of work" does not match, only "because of you"

[en.cyberbullying.exclusion.parents-ashamed]
sub: exclusion
weight: 0.62
target: other
pattern: (even|) (your|ur) (own|) (mom|mum|mother|parents|family|dad|father|siblings|sister|brother) (cant|cannot|can not|couldnt) (stand|love|look at) (you|u)
pattern: (your|ur) (mom|mum|mother|parents|dad|father) (wish|wishes|wished) (you|u) ~2 (never|werent|wasnt|were not|aborted|had not|hadnt|different|dead)
pattern: (your|ur) (mom|mum|mother|parents|dad|father) (wish|wishes|wished) (she|they|he) (had|would have|hadnt|had not|) (aborted|never had|never had you) ~1 (you|u)
match: even your own mom cant stand you
match: your parents wish you were never born
match: ur mom wishes you were aborted
match: ur mom wishes she aborted you
nomatch: your mom wishes you a happy birthday
nomatch: your mom wished she had never sold the old house
nomatch: your dad wishes he never missed your games
note: rejection by the reader's family; "wishes you a happy birthday" does not reach the last slot

[en.cyberbullying.humiliation.expose-threat]
sub: humiliation
weight: 0.65
target: other
pattern: (ill|i will|imma|ima|im gonna|im going to|im about to|im finna|gonna|watch me|or ill|or i will|i swear ill|im) (tell|show|send|forward|telling|showing|sending) (everyone|everybody|the whole school|the whole class|the whole grade|the gc|the groupchat|the group chat|ur mom|your mom|ur parents|your parents|the teacher|ur crush|your crush) (your|ur) (secret|secrets|texts|dms|messages|diary|chats|convo|screenshots|crush|search history)
pattern: (ill|i will|imma|ima|im gonna|im going to|im about to|im finna|gonna|watch me|or ill|or i will|i swear ill|im) (post|leak|spread|expose|screenshot|posting|leaking|exposing|spreading) (all|) (your|ur) (secret|secrets|texts|dms|messages|diary|chats|convo|screenshots|crush|search history)
pattern: (ill|i will|imma|ima|im gonna|im going to|im about to|im finna|gonna|watch me|or ill|or i will|i swear ill|im) (leak|spread|leaking|spreading) (all|) (your|ur) (pics|pictures|photos|video|videos|vids)
pattern: (ill|i will|imma|ima|im gonna|im going to|im about to|im finna|gonna|about to|bout to|finna|watch me) expose (you|u|ya|her|him|them)
pattern: (youre|ur|you are|u r) (getting|gonna get|about to get) exposed
match: i'll show everyone your messages
match: imma expose you
match: ur getting exposed
nomatch: i'll send you the photos from the trip
nomatch: i'll send your photos to you tonight
nomatch: i'll show everyone your pictures from the trip, they're gorgeous!
nomatch: i'll post your photos tomorrow, editing them tonight
nomatch: you are so exposed up on that ridge, wear sunscreen
note: threat to expose someone's private texts, secrets or pictures (intimate images are gender_abuse image_abuse). Sending needs a named audience (everyone, the gc, your mom), so sending the reader their own photos does not match

[en.cyberbullying.humiliation.tell-everyone-threat]
sub: humiliation
weight: 0.5
pattern: (ill|i will|imma|ima|im gonna|im going to|gonna|or ill|im|im about to) (tell|telling|show|showing|send|sending|post|posting) (everyone|everybody|the whole school|the whole class|the whole grade|the gc|the groupchat|the group chat|the whole gc|the whole team) (what you|what u|about you|about u|what happened|what she|what he|your secret|ur secret|your secrets|ur secrets|what you did|what u did)
pattern: (ill|i will|imma|ima|im gonna|gonna|or ill|im about to) post (it|this|them|that|the video|the pics|the screenshots) (everywhere|on my story|for everyone|in the gc|all over|on every|online)
pattern: wait (till|til|until|untill) (everyone|everybody|the whole school|the whole class|ur mom|your mom|your parents|ur parents|the gc|the whole grade) (sees|see|hears|finds out|reads)
match: im telling everyone what you did
match: i'll post it everywhere
match: wait till everyone sees this
nomatch: im telling everyone about this amazing restaurant
nomatch: im gonna tell everyone you are my best friend
note: threats to broadcast something about the reader; "tell everyone about this restaurant" does not match. A surprise ("wait till everyone sees my haircut") also matches the last pattern and stays weak

[en.cyberbullying.humiliation.look-at-her-outfit]
sub: humiliation
weight: 0.45
pattern: (ew|eww|lmao|lmfao|skull|yikes|bruh|omg ew|haha) (look|looking|did you see|did u see|have you seen|seen) (at|) (her|his|their|ur|your|that|this) (outfit|face|hair|shoes|clothes|teeth|nose|body|fit|selfie|forehead|eyebrows|legs|arms|acne|skin|glasses|braces|weight|stomach|belly)
match: ew look at her outfit
match: lmao did you see his hair
nomatch: look at her outfit, so cute
note: group mockery of a person's looks in a chat; the leading "ew" or laughter carries the hostility, so plain "look at her outfit" does not match

[en.cyberbullying.appearance_shaming.dressed-in-the-dark]
sub: appearance_shaming
weight: 0.5
target: other
pattern: (did|do) (you|u) (get dressed|dress|dress yourself|dress urself) in the dark
pattern: (do|does) (you|u) (even|ever) (own|have|look in) a mirror
pattern: (do|does) (you|u) own a mirror
pattern: (whats|what is|wtf is|whats even|what the hell is) wrong with (your|ur) (face|nose|hair|teeth|eyebrows|head|forehead)
pattern: (mirrors|the mirror|ur mirror|your mirror) (must|) (hate|hates|break|breaks|crack|cracks|scream|screams) (you|u|when|every time|everytime|whenever)
match: did you get dressed in the dark
match: do you even own a mirror
match: what's wrong with your face
match: the mirror breaks when you look in it
nomatch: do you have a mirror i can borrow
nomatch: do you ever check a mirror before changing lanes? you should
nomatch: what's wrong with your eyes? they look red, allergies?
nomatch: the mirror cracked when we moved apartments
note: classic looks taunts phrased as questions; the question cue lowers them, so the weight allows for it. "do you have a mirror" needs "even" or "ever" to match

[en.cyberbullying.exclusion.we-dont-like-you-bare]
sub: exclusion
weight: 0.4
pattern: (we|they|everyone|everybody) (all|really|honestly|literally|) (dont|do not|dont even) (like|want) (you|u|ya)
match: we don't like you
note: the bare form also starts "we don't like you to walk home alone", so it is weak alone; the tagged form is we-dont-like-you

[en.cyberbullying.identity_attack.group-stereotype]
sub: identity_attack
weight: 0.65
target: group
also: harassment.identity_attack
pattern: (muslims|moslems|jews|christians|catholics|hindus|sikhs|mormons|blacks|mexicans|asians|arabs|africans|indians|pakistanis|chinese|immigrants|migrants|refugees|gays|lesbians|latinos|hispanics|somalis|gypsies|black people|brown people|muslim people|jewish people|gay people|trans people|women|girls|females) (are|r|always|just) (all|so|just|always|literally|fucking|such|all so|) (greedy|cheap|stingy|thieves|liars|violent|dangerous|ghetto|smelly|stinky|uneducated|backwards|backward|brainwashed|extremists|groomers|freaks|sluts|whores|hoes|parasites|leeches|bums|criminals|thugs|all the same|bad drivers|terrible drivers|untrustworthy|sneaky|weak|useless|inferior|a joke|a mistake|a disgrace)
pattern: (muslims|jews|blacks|mexicans|asians|arabs|africans|indians|chinese|immigrants|gays|women|girls|females|black people|gay people|trans people) (cant|cannot|can not|dont know how to|never) (drive|read|swim|speak english|think|be trusted|do math|do anything|take a joke)
match: all jews are greedy
match: asians can't drive
match: black people are all the same
match: girls are so useless
nomatch: muslims are fasting this month
nomatch: girls are so strong
nomatch: gay people are just the same as everyone else
note: a whole protected group given a stereotype; the group word alone never matches, only with the hostile predicate. Harassment's group-are-vermin holds the dehumanising predicates (animals, vermin); this entry holds the schoolyard stereotypes. A negation ("are not all the same") is discounted

[en.cyberbullying.identity_attack.terror-taunts]
sub: identity_attack
weight: 0.65
also: harassment.identity_attack
pattern: (bomb|bombs|explosives|explosive vest|suicide vest|a bomb) (in|under) (your|ur|her|his|that|the) (bag|backpack|turban|hijab|headscarf|lunchbox|locker|car|burqa)
pattern: (are|r|is) (you|u|ya|she|he) (gonna|going to|about to|finna) (blow|bomb) (us|the school|this place|something|yourself|urself|up)
pattern: (your|ur) (dad|father|uncle|brother|cousin|family|mom|grandpa) ~2 (osama|bin laden|binladen|al qaeda|alqaeda|hamas|suicide bomber|bomb maker|makes bombs|build bombs)
pattern: (allahu|allah) akbar (boom|kaboom|bomb|bang)
pattern: (hey|yo|look its|look at|shut up|sup|bye|run its) (osama|bin laden|binladen|isis|taliban|al qaeda)
match: is there a bomb in your backpack
match: are you gonna blow up the school
match: your dad is osama
match: allahu akbar boom
nomatch: the bomb squad checked the bag in the station
note: the terrorist taunt aimed at Muslim, Arab and South Asian pupils; news about a bomb in a bag has no "your/her" and does not match

[en.cyberbullying.identity_attack.god-hates]
sub: identity_attack
weight: 0.72
also: harassment.identity_attack
pattern: god hates (fags|gays|queers|homos|you|u|dykes|trannies|lesbians)
pattern: (youre|ur|you are|u r|you|u|shes|hes) (going|gonna|will go|will burn|gonna burn|goin) ~2 hell (for being|because youre|cuz ur|cause ur|for being a|for loving) ~1 (gay|lesbian|trans|muslim|jewish|atheist|bi|queer|fag|dyke|homo|a girl|a woman|a man|black)
match: god hates fags
match: you're going to hell for being gay
nomatch: god hates nobody, he loves us all
note: religion used against someone's sexuality or faith

[en.cyberbullying.identity_attack.antisemitic-stereotypes]
sub: identity_attack
weight: 0.7
target: group
also: harassment.identity_attack
pattern: (greedy|cheap|stingy|big nosed|hook nosed|money grubbing|moneygrubbing|penny pinching) (jew|jews|jewish)
pattern: (get|go|back) (in|into|to) the (oven|ovens|gas chamber|gas chambers) (jew|jews|kike|kikes|jewboy)
pattern: (jew|jews|kike|kikes|jewboy) (get|go|back) (in|into|to) the (oven|ovens|gas chamber|gas chambers)
pattern: (throw|toss|drop|dropped) (a|some|) (penny|pennies|coin|coins) ~3 (jew|jews|jewish kid|jewboy)
match: greedy jew
match: get in the oven jew
match: throw a penny and watch the jew pick it up
nomatch: my jewish grandmother baked bread in the oven
note: money and Holocaust taunts aimed at Jewish people; oven words only count next to the slur, so a recipe does not match

[en.cyberbullying.identity_attack.racist-taunts]
sub: identity_attack
weight: 0.7
also: harassment.identity_attack
pattern: (go|back to|get back to|should be|should go) (pick|picking) (cotton|some cotton|my cotton)
pattern: pick (my|some|the|more) cotton
pattern: (you|u|ya) (look|looks) like (a|an) (monkey|ape|gorilla|chimp|chimpanzee|baboon|orangutan)
pattern: nappy (hair|headed|head|ass|haired)
pattern: (squinty|slitty|chinky) (eyes|eyed|eye)
pattern: me (love|so horny|love you) (you|) long time
match: go pick cotton
match: you look like a monkey
match: nappy headed
match: me love you long time
nomatch: we went to pick strawberries
nomatch: look at that monkey at the zoo
note: race-based taunts at school and online; "look like a monkey" is aimed at the reader, which is how it is used against Black pupils (looks-like-a has the weaker generic form)

[en.cyberbullying.identity_attack.immigration-taunts]
sub: identity_attack
weight: 0.55
also: harassment.identity_attack
pattern: (where is|show me|show us) (your|ur|her|his) green card
pattern: (did|do|does) (you|u|your|ur|she|he) ~2 (swim|jump|hop|sneak|snuck|climb) (across|over|under|the) ~1 border
pattern: (are|r|is) (you|u|ya|she|he) (even|) (illegal|an illegal|undocumented|an illegal alien)
pattern: (ill|i will|imma|im gonna|gonna|lets|we should) (call|report) (ice|immigration) (on|for) (you|u|her|him|your|ur|them)
match: where is your green card
match: did your family swim across the border
match: ill call ice on you
nomatch: how long did the green card process take
nomatch: where's your green card interview scheduled? i can drive you
nomatch: do you have your green card yet? congrats
nomatch: did you climb the wall at the gym today?
nomatch: did you swim across the river at camp?
note: immigration status as a taunt or threat; "legal" alone is left out ("are you legal to drink", "is your car even legal")

[en.cyberbullying.identity_attack.culture-taunts]
sub: identity_attack
weight: 0.55
also: harassment.identity_attack
pattern: (you|u|ya|she|he|they) (smell|smells|stink|stinks|reek|reeks) (like|of) (curry|masala|kimchi|fish sauce|dog food)
pattern: (cow|cows) (piss|urine) (drinker|drinkers|drinking|lover|lovers)
pattern: (nice|that|ur|your|look at the|look at that|whats with the|what is that|whats that) (dot|red dot) on (your|ur|her|his) (head|forehead)
pattern: (dot head|dot heads|dothead|dotheads)
pattern: (are|r|is) (you|u|she|he) bald under (that|your|ur|the|her) (hijab|headscarf|turban|scarf|rag)
pattern: (go|get) back to (your|ur) (rice|curry|taco|kebab) ~1 (fields|field|shop|stand|truck|paddies|paddy)
match: you smell like curry
match: cow piss drinker
match: nice dot on your forehead
match: are you bald under that hijab
nomatch: the kitchen smells like curry, yum
nomatch: you smell like garlic, were you cooking pesto again?
nomatch: a red dot on your forehead could be a bug bite, don't panic
note: food, dress and custom taunts aimed at a person's background; the smell form needs a person as subject, so a kitchen that smells of curry does not match

[en.cyberbullying.identity_attack.too-black-to]
sub: identity_attack
weight: 0.55
target: other
pattern: (youre|ur|you are|u r|shes|hes|she is|he is) (too|so) (black|brown|dark|asian|chinese|mexican|indian|jewish|muslim|gay|foreign|ghetto) (to|for) (be|date|sit|play|join|hang|come|have|get|a|us|our|this)
pattern: (youre|ur|you are|u r) not (even|) (a real|really|real) (american|british|english|canadian|australian|aussie)
pattern: (youre|ur|you are|u r|shes|hes) (pretty|cute|smart|hot) for a (black|brown|dark|asian|indian|mexican|fat|chubby|dark skinned|darkskin) (girl|boy|guy|person|chick)
match: you're too black to sit with us
match: you're not even a real american
match: ur pretty for a dark skinned girl
nomatch: it's too dark to play outside
note: someone excluded or "complimented" by their race, religion or sexuality; the subject must be a person

[en.cyberbullying.identity_attack.gender-taunts]
sub: identity_attack
weight: 0.45
also: gender_abuse.prejudice
pattern: (you|u|ya|he|she|ur|youre) (throw|throws|run|runs|fight|fights|hit|hits|scream|screams|play|plays|cry|cries|talk|talks|punch|punches) like a (girl|little girl|bitch|pussy|sissy|gay|fag)
pattern: (stop|quit) (acting|being|talking|walking|dressing) (so|) (gay|like a fag|like a girl|like a faggot|gay af|homo|like a homo|like a lesbian|like a dyke|girly|like a bitch)
pattern: (youre|ur|you are|u r) (such a|just a|a little|a lil|such a little) girl (lol|lmao|haha|bro|dude|man|shut up|stfu|lmfao)
match: you throw like a girl
match: stop acting gay
match: ur such a girl lol
nomatch: she runs like the wind
nomatch: you're a girl lol i thought you were a guy
note: gender and sexuality used as a put-down among boys; the gender_abuse like-a-girl entry scores the prejudice, this one makes the same line count as bullying

[en.cyberbullying.identity_attack.trans-taunts]
sub: identity_attack
weight: 0.6
also: gender_abuse.identity_attack
pattern: (youre|ur|you are|u r|shes|hes|she is|he is) not (a real|an actual|really a) (girl|boy|woman|man|female|male)
pattern: (youre|ur|you are|u r|shes|hes|she is|he is) (never gonna be|never going to be|never be) (a real|a|an actual) (girl|boy|woman|man|female|male)
pattern: (what|whats) (are|is) (you|u|ya|that) (even|) (a boy or a girl|a girl or a boy|boy or girl|girl or boy)
pattern: (is|are) (that|you|u) (a boy|a girl|a man|a woman|male|female) (or|lol) (a|) (girl|boy|man|woman|female|male|what|it|thing)
match: you're not a real girl
match: what are you even, a boy or a girl
match: is that a man or a woman lol
nomatch: is the baby a boy or a girl
nomatch: she's not a woman to mess with in a negotiation
nomatch: you're not a boy anymore, son, you're 18
nomatch: what is it, a boy or a girl?! congrats!!
nomatch: is it a boy or a girl? so excited for you
note: misgendering and "what are you" taunts aimed at trans and gender-nonconforming youth; "is the baby a boy or a girl" does not match

[en.cyberbullying.identity_attack.disability-names]
sub: identity_attack
weight: 0.5
target: other
also: harassment.identity_attack
pattern: (youre|ur|you are|u r) (so|such a|a|literally|fucking|clearly|) (special needs|schizo|brain damaged|braindamaged|a vegetable|a cripple|crippled|handicapped|deformed|a spaz|spastic|slow in the head)
pattern: (cripple|crip|gimp|retard|spaz|sped|autist|downie|wheelchair) (boy|girl|kid|freak|loser|bitch)
pattern: (go|back to|go back to) (the|your|ur) (special ed|special needs|sped|retard) (class|room|school|bus|table)
pattern: (youre|ur|you are|u r) (so|literally|fucking|clearly|such a) bipolar
match: ur special needs
match: retard kid
match: go back to the special ed class
nomatch: my brother goes to a special needs school
nomatch: ur mental lol that goal was insane
nomatch: you're bipolar too? how do you manage your meds?
note: disability as a put-down aimed at the reader or a named child; "schizo" and "bipolar" are said sincerely too, so only the "you're ..." frame matches

[en.cyberbullying.identity_attack.english-mocking]
sub: identity_attack
weight: 0.5
target: other
pattern: (your|ur) (english|accent|grammar) (is|sounds|r|are) (so|really|fucking|) (terrible|bad|trash|awful|horrible|shit|garbage|broken|funny|weird|stupid|dumb|retarded)
pattern: (learn|speak) (english|proper english|real english) (you|u|ya) (idiot|moron|retard|immigrant|foreigner|bitch|dummy|loser|freak)
pattern: (no|me no) speak (english|engrish)
match: your english is terrible
match: learn english you idiot
match: me no speak english
nomatch: your english is not bad at all
note: mocking a learner's English or accent; the negated compliment is discounted. speak-english holds the "speak english or" form

[en.cyberbullying.appearance_shaming.voice]
sub: appearance_shaming
weight: 0.5
target: other
pattern: (your|ur) (voice|laugh|accent|lisp|stutter|singing|walk|chewing) (is|sounds|makes|r|so) ~2 (annoying|ugly|gross|irritating|awful|horrible|terrible|disgusting|cringe|squeaky|nasty|grating|retarded|me sick|me cringe|my ears bleed)
pattern: (you|u|ya|she|he) (sound|sounds|sing|sings|laugh|laughs) like a (dying|strangled|dead|sick|choking) ~1 (cat|whale|goat|animal|pig|cow|duck|seal|hyena|donkey)
pattern: (l l|s s|w w|b b) (loser|lisp|speak|spit|spit it out)
match: your voice is so annoying
match: ur laugh makes me sick
match: you sound like a dying cat
nomatch: your voice is so calming
nomatch: your breathing sounds weird, should we call the doctor?
nomatch: your voice sounds weird, are you coming down with something?
note: mocking voice, laugh, lisp or stutter; the copied stutter ("l l loser") is a typical school taunt

[en.cyberbullying.appearance_shaming.youre-so-short]
sub: appearance_shaming
weight: 0.35
target: other
pattern: (youre|ur|you are|u r) (so|such a|literally|too|a|fucking|really) (short|tiny|hairy|bald|balding|pale|pasty|lanky|gangly|flat|flat chested|bucktoothed|crosseyed|cross eyed|pimply)
pattern: (you|u|ya) (have|got|has) (a|such a|the|) (big|huge|giant|massive|fat|ugly|crooked|hook|pig|long|wonky) (nose|forehead|head|ears|teeth|lips|chin|gut|belly|stomach|thighs)
pattern: (your|ur|her|his) (double|triple) chin
match: you're so short
match: you have a big nose
match: ur double chin
nomatch: you have a big heart
note: a feature named at the reader; weak alone ("you're so short and cute" is fond), adds up with a put-down

[en.cyberbullying.appearance_shaming.youre-so-smelly]
sub: appearance_shaming
weight: 0.5
target: other
pattern: (youre|ur|you are|u r) (so|such a|literally|too|a|fucking|really|) (smelly|stinky|crusty|musty|dusty|ashy|greasy|unwashed)
pattern: (you|u|she|he) (smell|smells|stink|stinks) (so bad|so gross|so nasty|really bad|lol|lmao|ew|eww|funky|musty|bro|dude|go shower|take a shower)
pattern: (do|does) (you|u|she|he) (even|ever) (shower|bathe|wash|brush)
pattern: (take|go take|ever take|go have) a (shower|bath) (you|u|ya|lol|lmao|bro|dude|ur|youre) ~1 (stink|smell|pig|stinky|smelly|nasty|dirty)
match: ur so crusty
match: you smell so bad
match: do you even shower
nomatch: you smell so good
nomatch: ur so dirty ;)
note: hygiene shaming aimed at the reader; extends appearance_shaming.smell with intensifiers and the "do you even shower" question

[en.cyberbullying.appearance_shaming.look-like-shit]
sub: appearance_shaming
weight: 0.45
target: other
pattern: (you|u|ya) (look|looks|looked) like (shit|crap|trash|garbage|dogshit|a crackhead|a meth head|a methhead|a homeless person|a thumb|a foot|an egg|a rat|a toad|a frog|a caveman|an alien|a lesbian|a dude)
pattern: (your|ur) (hair|haircut) (looks|look|is) like (a|an|) (bowl|mop|birds nest|rats nest|broom|dead animal|roadkill|wig|helmet|mullet|toilet brush|poodle)
match: you look like shit
match: your hair looks like a birds nest
nomatch: you look like you had fun
nomatch: you look like a 12 year old in this pic, so cute
note: looks comparisons aimed at the reader; "you look like you had fun" does not match

[en.cyberbullying.appearance_shaming.fat-jokes]
sub: appearance_shaming
weight: 0.5
pattern: (pregnant|pregnent|preggo) or (just|) (fat|chubby|bloated|obese)
pattern: (ground|floor|earth|room|building) (shakes|shaking|shook|trembles) (when|whenever|every time|everytime) (you|u|she|he) (walk|walks|run|runs|jump|jumps|sit|sits|move|moves|step|steps|dance|dances)
pattern: (you|u|she|he) (take|takes|taking|need|needs) (up|) (two|2|three|3) (seats|chairs|spaces)
pattern: (you|u|she|he|ur mom|your mom|yo mama|yo momma) (weigh|weighs) more than (a|an|my) (car|cow|whale|elephant|truck|house|horse|fridge)
pattern: oink (lol|lmao|fatty|piggy|pig)
match: are you pregnant or just fat
match: the floor shakes when you walk
match: she takes up two seats on the bus
nomatch: my dog weighs more than a cat
nomatch: the floor creaks when you walk on it, old house problems
nomatch: a blue whale's tongue weighs more than an elephant
note: fat jokes told at or about a person; adds to fat-insults. "weighs more than a car" also describes objects and stays weak alone

[en.cyberbullying.humiliation.poverty-taunts]
sub: humiliation
weight: 0.45
pattern: (wear|wears|wearing|wore) the same (clothes|outfit|shirt|hoodie|jacket|pants|shoes) (every day|everyday|all week|again|every single day|everyday lol)
pattern: (fake|knockoff|knock off) (jordans|nikes|shoes|gucci|louis|designer|vans|airpods|iphone|yeezys|uggs)
pattern: (your|ur) (mom|family|dad|parents) (is|are) (on|using) (welfare|food stamps|ebt)
pattern: (free lunch|welfare|food stamp) (kid|kids|baby|babies|family|queen)
pattern: (did|do) (you|u) (get|buy|find) (that|those|it|them|ur|your) ~2 (from|at|in) (the dollar store|dollar tree|the trash|a dumpster|the dumpster|salvation army|a garbage can)
match: she wears the same hoodie every day
match: ur wearing fake jordans lol
match: your family is on food stamps
match: did you get that from the dollar store
nomatch: i wear the same gym shoes for every run
nomatch: if your family is on benefits you may qualify for free school meals
note: class and money shaming at school; rides with youre-poor and shopping-shame

[en.cyberbullying.humiliation.sexual-rumour]
sub: humiliation
weight: 0.55
pattern: (she|you|u) (sleeps|sleep|slept) around
pattern: (you|u|she) (act|acts|acting|talk|talks) like (a|such a) (slut|whore|hoe|skank|thot|tramp)
pattern: (heard|i heard|rumor is|rumour is|apparently|everyone knows|everybody knows|they say) (she|he|you|u) ~3 (slept with|sucked|gave head|blew|fucked|hooked up with|got pregnant|had an abortion|has herpes|has an std|has stds|has chlamydia|has lice|has fleas)
pattern: (she|he|you|u) (sent|sends|posted|leaked|sold|sells) (nudes|noods|naked pics|nude pics|her nudes|his nudes) (to|of|lol|lmao|for|on)
pattern: your (a|such a|so|the school|the biggest|just a) (slut|whore|hoe|skank|thot|slag|tramp|slutty)
match: she sleeps around
match: you act like a slut
match: i heard she slept with the whole team
match: she sent nudes to half the school lol
match: your a slut
nomatch: she sleeps all day on weekends
note: sexual-reputation rumours about a schoolmate; slut-shaming holds the direct insults, this entry the rumour forms and the "your a" spelling

[en.cyberbullying.humiliation.attention-seeker]
sub: humiliation
weight: 0.5
pattern: (youre|ur|you are|u r|shes|hes|she is|he is) (just|only|obviously|clearly|) (doing it|doing this|saying that|saying this|posting this|posting that|crying|cutting|faking it|faking) (for|4) (attention|clout|likes|views|sympathy|pity)
pattern: (you|u|she|he) (just|only|obviously|clearly) (want|wants|wanted) (attention|sympathy|pity|clout)
pattern: (youre|ur|you are|u r|shes|hes) (faking|making up|lying about) (it|ur|your|her|his) ~1 (depression|anxiety|illness|disability|autism|adhd|ptsd|trauma|sickness|eating disorder|self harm|cuts)
match: you're just doing it for attention
match: she just wants attention
match: ur faking your depression
nomatch: you're doing it for your family, that's brave
note: dismissing someone's distress as attention-seeking, harmful when aimed at a person who is struggling; the cause must be attention, likes or pity

[en.cyberbullying.pile_on.who-else-hates-her]
sub: pile_on
weight: 0.55
pattern: who (else|here|all) (hates|hate|cant stand|is sick of|is tired of|wants to punch|wants to slap) (her|him|them|that girl|that kid|this girl|this kid|this guy|that guy|that bitch|this bitch)
pattern: (like|rt|retweet|comment|repost|share|raise your hand|hands up|reply) if (you|u|ya) (also|) (think shes ugly|think hes ugly|think shes fat|think hes fat|think shes a slut|think shes annoying|think hes annoying|think hes a loser|want her gone|want him gone)
pattern: (we all|everyone|everybody|yall) (agree|agrees|know|knows) (shes|hes|she is|he is|that shes|that hes) ~2 (ugly|fat|annoying|a loser|weird|a slut|a hoe|gross|fake|a freak|cringe|a joke|disgusting|a creep|a weirdo)
pattern: (like|rt|retweet|comment|repost|share|raise your hand|hands up|reply) if (you|u|ya) (also|) (hate|cant stand) (her|him|them|that girl|that kid|this girl|this kid|this guy|that guy|that bitch|this bitch|that loser|this loser)
match: who else hates her
match: rt if you think shes ugly
match: we all know she's a slut
nomatch: who else hates mondays
nomatch: raise your hand if you hate mondays
nomatch: rt if you hate pineapple on pizza
note: recruiting a crowd against one person; "who else hates mondays" does not match

[en.cyberbullying.exclusion.single-forever]
sub: exclusion
weight: 0.5
target: other
pattern: (youre|ur|you|u|youll|ull) (gonna|going to|will|r gonna|are gonna|) (be|stay) (single|alone|a virgin|lonely|friendless) (forever|for life|your whole life|ur whole life|lol|lmao|loser)
pattern: (no wonder|thats why) (youre|ur|you are|u r) (single|still single|alone|a virgin|friendless)
match: you're gonna be single forever
match: no wonder ur single
nomatch: you will never be alone
note: loneliness taunts aimed at the reader; die-alone holds the "die alone" form

[en.cyberbullying.humiliation.cant-even-read]
sub: humiliation
weight: 0.4
target: other
pattern: (you|u) (cant|cannot|can not|couldnt) even (read|spell|count|write|do math|tie your shoes|tie ur shoes)
pattern: (you|u) (got|were|was) held back (lol|lmao|again|twice|loser|dummy|stupid)
pattern: (learn|go learn) (to|how to) (read|spell|write) (you|u|ya|lol|lmao|dummy|idiot|moron|retard|loser)
match: you cant even read lol
match: u got held back lol
match: learn to spell dummy
nomatch: my son can't even read yet
note: school-performance mockery aimed at the reader
note: weight 0.4 (precision review): "you can't even read/count" is often literal ("you can't even read the menu in here"), so alone it stays below the teen flag line unless aimed with another signal

[en.cyberbullying.humiliation.lol-loser]
sub: humiliation
weight: 0.4
pattern: (lol|lmao|lmfao|bruh|haha|ok|okay) (loser|weirdo|uggo|fatso|creep|virgin|loner|dork|crybaby|tryhard|dweeb|brokie|pick me)
match: lmao uggo
nomatch: lol ok
note: a put-down name after laughter; friends say "lol loser" fondly, so it is weak alone and counts with a second hit

[en.cyberbullying.humiliation.terrible-person]
sub: humiliation
weight: 0.5
target: other
pattern: (youre|ur|you are|u r) (a|such a|the worst|literally the worst|just a) (terrible|horrible|awful|shitty|crappy|garbage|trash|fake|useless|pathetic|worthless) (friend|person|human|human being|sister|brother|girlfriend|boyfriend|gf|bf|daughter|son|teammate)
pattern: (youre|ur|you are|u r) the (worst|ugliest|dumbest|most annoying|weirdest|fattest|stupidest|most hated) (person|girl|boy|kid|human|one) (here|in|on|at|ever|alive|i know|ive ever)
match: you're a terrible friend
match: ur the most annoying girl in our class
nomatch: you're a terrible liar, i know you planned the party
note: character put-downs aimed at the reader; "terrible liar" (fond) is not in the noun list

[en.cyberbullying.exclusion.you-dont-matter]
sub: exclusion
weight: 0.62
target: other
pattern: (you|u) (dont|do not|will never|never|dont even) matter (to|lol|lmao|anymore|at all|here|bitch|loser|nobody|no one)
pattern: (your|ur) (life|existence|feelings) (dont|doesnt|does not|do not|will never|never) matter
pattern: (nobody|noone|no one) (will|would|is gonna) (ever|even|) remember (you|u|ya)
pattern: (nobody|noone|no one) (will|would|is gonna) ever notice (you|u|ya)
match: you dont matter to anyone
match: your existence doesnt matter
match: nobody will ever remember you
nomatch: you matter to us
nomatch: nobody will even notice you left early, don't worry
note: the inverse of the support cue "you matter"; "dont" is part of the attack

[en.cyberbullying.humiliation.family-reason]
sub: humiliation
weight: 0.6
target: other
pattern: (youre|ur|you are|u r) (the|) reason (your|ur) (parents|mom|mum|dad|family) (are|r|got|is|keep|always|) (divorced|split|split up|fight|fighting|left|hate|drink|drinks|cry|cries|broke up|separated|yell|argue)
pattern: (youre|ur|you) (gonna|going to|will) end up (alone|like your mom|like ur mom|like your dad|like ur dad|on the streets|homeless|a stripper|a crackhead|pregnant at 16)
match: you're the reason your parents divorced
match: ur gonna end up like your dad
nomatch: you're the reason your mom smiles every day
nomatch: if you keep speeding you're gonna end up in jail lol slow down
note: blaming the reader for family trouble or predicting a bad end; "the reason your mom smiles" does not reach the last slot

[en.cyberbullying.exclusion.crawl-back]
sub: exclusion
weight: 0.45
pattern: (crawl|go|get|slither) back (in|into|to|under) (the|your|ur|whatever) (hole|rock|cave|sewer|gutter|trash can|dumpster|swamp) (you|u|ya|where|loser|freak|bitch|lol|lmao|and|weirdo|troll|bozo)
pattern: (whats|what is|wtf is|what the hell is|what the fuck is) wrong with (you|u|ya) (lol|lmao|bro|freak|weirdo|loser|bitch|seriously|honestly|ur|youre|like)
match: go back to the hole you crawled out of
match: whats wrong with you freak
nomatch: go back to the cave entrance for the tour
note: telling someone to go away or that something is wrong with them; the place must be followed by "you", "where" or a put-down, so a tour of a cave does not match. A concerned "what's wrong with you?" without a tag does not match

[en.cyberbullying.identity_attack.hate-the-group]
sub: identity_attack
weight: 0.7
target: group
also: harassment.identity_attack
pattern: (i|we|everyone|everybody|yall) (hate|hates|fucking hate|despise|cant stand|cannot stand) (all|) (muslims|moslems|jews|black people|blacks|mexicans|asians|arabs|immigrants|refugees|gays|lesbians|gay people|trans people|trannies|indians|pakis|chinese people|hindus|sikhs|christians|catholics|gypsies|latinos|hispanics|africans|somalis)
pattern: (deport|ban|kick out|get rid of|send back|round up|lock up) (all|the|every|all the|) (muslims|moslems|immigrants|mexicans|refugees|jews|arabs|blacks|illegals|somalis|pakis|gypsies|gays|trannies)
pattern: (muslims|jews|blacks|mexicans|immigrants|refugees|arabs|gays|asians|black people|gay people|trans people) (should|need to|must|deserve to|ought to) (go back|leave|be deported|be banned|get out|be kicked out|be locked up|be rounded up|go home)
pattern: (muslim|islamic|mexican|immigrant|refugee|migrant|african|arab) (invaders|hordes|infestation|vermin|plague)
match: i hate muslims
match: deport all the mexicans
match: refugees should go back
match: muslim invaders
nomatch: i hate that muslims face so much abuse
nomatch: the muslim invasion of spain in 711 changed europe
note: hatred or expulsion aimed at a whole protected group. "i hate that muslims ..." has "that" between and does not match; a protected group word is never a pattern alone

[en.cyberbullying.identity_attack.age-death-wish]
sub: identity_attack
weight: 0.72
also: harassment.death_wish
pattern: (hurry up and die|just die|go die|die already|die soon|die off) (old man|old lady|boomer|boomers|grandpa|grandma|gramps|granny|oldie|oldies|geezer|old timer|old hag)
pattern: (boomers|old people|old folks|oldies|geezers|old farts) (should|need to|must|gonna|will) (just|) (die|hurry up and die|die off|go die|be euthanized|croak)
match: hurry up and die old man
match: boomers should just die
nomatch: old people should get the vaccine first
nomatch: old people can die from the flu, please get vaccinated
note: age-based death wishes; the ok-boomer and age-taunts entries carry the milder dismissals

[en.cyberbullying.humiliation.made-her-cry]
sub: humiliation
weight: 0.55
pattern: (we|i|they|yall|lets|gonna|lmao we|lol we) (made|make|making) (her|him|them|you|u) (cry|cried|crying) (lol|lmao|lmfao|haha|again|in class|at school|on purpose|so hard|in front of)
match: we made her cry lol
match: lets make him cry again
nomatch: i made him cry with my wedding speech
note: boasting about reducing a peer to tears; "made him cry with my wedding speech" does not reach the last slot

[en.cyberbullying.self_harm_encouragement.ropes-are-cheap]
sub: self_harm_encouragement
weight: 0.75
also: self_harm.promotion
pattern: (ropes|rope|razors|razor blades|bleach) (are|is) (cheap|free|on sale) (lol|lmao|lmfao|bro|btw|you know|u know|just saying|loser|bitch|hint|ngl|tho|though|rope|skull|coffin|kys|go|fatty|uggo|freak)
pattern: (buy|get|borrow|grab) (a|some|) (rope|ropes|razor|razors|a noose) (loser|lol|lmao|bitch|already)
match: ropes are cheap lol
match: buy a rope loser
nomatch: ropes are cheap at the hardware store for camping
nomatch: grab some rope and tie the tarp down before the storm
nomatch: get a razor and shave before the interview
note: meme-form suicide baiting; the tag after the phrase (lol, btw, 🪢, 💀) is required so that a hardware-store remark does not match. The bare line is ropes-are-cheap-bare

[en.cyberbullying.self_harm_encouragement.ropes-are-cheap-bare]
sub: self_harm_encouragement
weight: 0.35
pattern: (ropes|rope) (are|is) cheap
match: ropes are cheap
note: weak alone (camping, hardware prices); adds up with an insult or a reader cue

# ---------------------------------------------------------------------------------------------
# 2026.11.30.2 recall additions: group-chat exclusion, exposure, pile-on commands, looks,
# outing and rumours (from a hand-written probe set of teen chat phrasings)
# ---------------------------------------------------------------------------------------------

[en.cyberbullying.exclusion.youre-not-invited]
sub: exclusion
weight: 0.6
target: other
pattern: (youre|ur|you are|u r) (not|never) (invited|welcome|one of us|part of the group|part of this group|in our group|allowed to come|allowed to sit with us)
pattern: (youre|ur|you are|u r) (not|never) coming (to|with) (the|our|my|his|her) ~1 (party|sleepover|birthday|bday|hangout|trip|lunch|table|group)
match: you're not invited, don't even ask
match: ur not coming to the sleepover lol
nomatch: you're invited to my party on saturday!
nomatch: are you coming to the party tonight?
note: telling someone to their face they are shut out of the group, the party or the sleepover

[en.cyberbullying.exclusion.dont-even-ask]
sub: exclusion
weight: 0.3
pattern: (dont|do not) even (ask|bother asking|try) (again|to come|to sit|to join|lol|loser|ok|okay|)
pattern: take the hint
pattern: (we all|everyone|everybody|we) (agreed|decided|voted) ~4 (youre|ur|you|u|shes|hes|she|he) (not|cant|arent|isnt|wont)
match: dont even ask again ok
match: why are you still here, take the hint
match: we all agreed ur not coming
nomatch: take the bus home
note: weak exclusion markers ("take the hint", "don't even ask", "we all agreed you're not ..."); they only count with another hit or aimed at the reader

[en.cyberbullying.exclusion.why-still-here]
sub: exclusion
weight: 0.52
target: other
pattern: why (are|r) (you|u|ya) (still|even) (here|in this gc|in the gc|in this group|in this chat|in this server|talking|texting us|in our group)
pattern: (who|why) (tf|the fuck|the hell|) (even|) (let|added|invited) (you|u|ya) (in|here|to this|into this)
match: why are you still here
match: who even let u in here
nomatch: why are you still at work it's 9pm
note: telling someone they should not be in the chat or group

[en.cyberbullying.exclusion.dont-sit-with-us]
sub: exclusion
weight: 0.55
pattern: (dont|do not|cant|cannot|you cant|u cant|never) (sit|eat|stand|hang) (with|near|next to|by) us
pattern: stop (trying|tryna) (to|) (hang out|hang|sit|talk|be friends|fit in|join|come) ~2 (with|) us
match: dont sit with us loser
match: stop trying to hang out with us its embarrassing
nomatch: come sit with us at lunch
note: schoolyard exclusion spoken to the person

[en.cyberbullying.exclusion.added-as-a-joke]
sub: exclusion
weight: 0.6
pattern: (added|invited|asked|befriended|talked to|dated) (you|u|ya|her|him) (out|) (as a|for a|on a|for the|cause of a|because of a) (joke|dare|bet|prank|laugh|laughs)
pattern: (only|just) (added|invited|asked|befriended) (you|u|ya|her|him) (to laugh at|to make fun of|out of pity|cause we felt bad|because we felt bad)
match: we only added you as a joke
match: he only asked her out on a dare
nomatch: we added you to the group so you get the updates
note: telling someone their inclusion was a joke or a dare

[en.cyberbullying.exclusion.nobody-asked-for-you]
sub: exclusion
weight: 0.5
pattern: (nobody|noone|no one) (asked|wanted|invited) (you|u|ya) (here|lol|lmao|loser|bitch|to come|to join|to speak|go away|stfu|bozo)
pattern: (nobody|noone|no one) asked for (you|u|ya|her|him|your|ur)
match: go away nobody asked for you
match: nobody asked you lol
nomatch: nobody asked me to the dance and i'm sad
note: dismissing a person's presence; "nobody asked me" (the writer's own sadness) does not match

[en.cyberbullying.exclusion.crowd-unfollows-you]
sub: exclusion
weight: 0.55
target: other
pattern: (we|were|we are|we r|everyone|everybody|yall|the whole class|the whole grade) (all|are all|r all|is|are|) (unfollowing|unfollowed|unfriending|unfriended|blocking|blocked|unadding|unadded|muting|ghosting|ghosted|ignoring) (you|u|ya)
pattern: (we|everyone|everybody|yall|they) (all|) voted (you|u|ya) (out|off)
match: we're all unfollowing you btw
match: we all voted you out
nomatch: we voted for pizza
note: the group cutting the reader off at once

[en.cyberbullying.exclusion.nobody-will-come]
sub: exclusion
weight: 0.6
pattern: (nobody|noone|no one) (is gonna|is going to|will|would|wants to|wanna|gonna|will ever|would ever|is ever gonna|would even|will even) (come|show up|go) (to|at) (your|ur|her|his) ~1 (party|birthday|bday|sleepover|wedding|quinceanera|graduation|funeral)
match: nobody is gonna come to your birthday lol
match: no one would even come to her party
nomatch: nobody came to the meeting because of the snow
note: mocking that nobody will show up for the person

[en.cyberbullying.exclusion.imagine-no-friends]
sub: exclusion
weight: 0.5
pattern: imagine ~2 (no|zero|0) (friends|frens|mates|bitches|life)
pattern: imagine (thinking|believing|pretending) ~3 (anyone|anybody|someone|somebody|people|we|they) ~2 (likes|like|cares|care|wants|want|loves|love|misses|miss) (you|u|ya|her|him)
pattern: (as if|like) (anyone|anybody|somebody|someone) (actually|really|even|would|) (likes|cares about|wants|loves|misses) (you|u|ya)
match: imagine having no friends at 15
match: imagine thinking anyone actually likes you lmfaooo
nomatch: imagine how many friends you can make at camp
note: "imagine ..." mockery of someone's loneliness

[en.cyberbullying.humiliation.youre-irrelevant]
sub: humiliation
weight: 0.5
pattern: (bro|he|she|hes|shes|youre|ur|you|u|this kid|this guy|this girl|she is|he is) (is|are|r|) (so|literally|actually|such|just|completely) (irrelevant|a nobody|a loser lol|a nobody lol)
match: bro is so irrelevant
match: ur literally irrelevant
nomatch: that point is so irrelevant to the question
note: status put-down aimed at a person, not a point in an argument

[en.cyberbullying.humiliation.ratio-l]
sub: humiliation
weight: 0.55
pattern: ratio (plus|and|) (l|bozo|you fell off|u fell off|fell off|cope|touch grass|who asked|no bitches|no maidens|ur mad|youre mad|stay mad|ur ugly|youre ugly|no friends)
pattern: (l|bozo) (plus|and|) ratio
match: ratio + you fell off + L
match: L + ratio
nomatch: the ratio of flour to water matters
note: the reply-chain humiliation formula ("ratio + L + you fell off"); "ratio" alone is in harassment.insult.ratio

[en.cyberbullying.humiliation.what-a-pathetic-loser]
sub: humiliation
weight: 0.62
pattern: (what|such) (a|an) (pathetic|sad|sorry|ugly|fat|stupid|dumb|disgusting|lame|worthless|useless) (little|lil|ass|fucking|) (loser|freak|weirdo|creep|nerd|dork|reject|nobody|crybaby|clown|bozo|virgin|loner)
pattern: (pathetic|pitiful) (little|lil|ass|fucking) (loser|freak|weirdo|creep|nerd|dork|reject|nobody|crybaby|clown|bozo|virgin)
match: what a pathetic little loser
match: such a sad loser
nomatch: what a sad ending to the movie
note: name-calling with a contempt adjective in front

[en.cyberbullying.humiliation.so-embarrassing-look]
sub: humiliation
weight: 0.3
pattern: (so|how|literally|actually) (embarrassing|embarassing|humiliating|pathetic) (lol|lmao|lmfao|for her|for him|for you|for u|omg|ngl|bro|)
pattern: everyone (is|was|r|are) (dying|crying|screaming|laughing|wheezing|weak) (lol|lmao|lmfao|skull|rn|at it|over it|)
match: so embarrassing lol
match: everyone is dying
nomatch: that was so embarrassing for me
note: weak laughing-at markers; they add up with a look-at-her or posted-your-pic hit

[en.cyberbullying.humiliation.recorded-and-posted]
sub: humiliation
weight: 0.65
pattern: (recorded|filmed|videoed|taped|recording|filming|snapped) (you|u|her|him|them) (crying|cry|peeing|pee|changing|falling|fall|fighting|getting beat|getting hit|getting slapped|getting jumped|puking|throwing up|naked|in the shower|showering|sleeping|snoring|tripping|freaking out|having a meltdown|breaking down|sobbing|begging|shaking) ~3 (and|then|n) ~1 (posted|post|posting|sent|send|sending|shared|share|sharing|uploaded|upload|leaked|spread|airdropped|put it)
match: we recorded you crying and posted it
nomatch: i filmed her first steps and sent it to grandma
note: filming someone in a humiliating moment and spreading it

[en.cyberbullying.humiliation.posted-your-pic-in-gc]
sub: humiliation
weight: 0.4
pattern: (posted|sent|shared|dropped|put|leaked|airdropped) (your|ur|her|his) (ugly|fat|crying|embarrassing|old|baby|) (pic|pics|photo|photos|selfie|selfies|video|vid|clip) (in|on|to) (the|our|my) (gc|groupchat|group chat|chat|finsta|server|discord)
match: posted ur pic in the gc
nomatch: posted the pics from the trip in the gc
note: weak alone (friends share photos too); with a laughing-at marker ("everyone is dying") it adds up to a flag

[en.cyberbullying.humiliation.screenshot-your-messages]
sub: humiliation
weight: 0.4
target: other
pattern: (screenshot|screenshots|screenshotted|screenshotting|ss|ssd|screenied|screencapped) (all|) (your|ur) (msgs|messages|texts|dms|chats|convo|convos|snaps)
pattern: (screenshotting|screenshoting|screenshotted|screenshot) (this|it|that|everything) ~2 (and|n) (sending|posting|sharing|showing|spreading|send|post|share|show|spread) (it|them|this|everything|) ~2 (to|with|on) (everyone|everybody|the gc|the groupchat|the whole|my story|the school|the grade|the class)
match: screenshotted ur msgs, the whole grade is gonna see them
match: i'm screenshotting this and sending it to everyone
nomatch: screenshot the error message and send it to support
note: saving someone's private messages to spread them; weak alone (0.48 aimed at the reader), it counts with "the whole grade will see" and the like

[en.cyberbullying.humiliation.everyone-will-know]
sub: humiliation
weight: 0.5
pattern: (everyone|everybody|the whole school|the whole grade|the whole class) (is gonna|will|gonna|is going to|bout to|about to|will soon|is about to) (see|know|find out|read|hear about|hear) (your secret|ur secret|your secrets|ur secrets|your texts|ur texts|your nudes|ur nudes|who you really are|the truth about you|what a freak|what a loser|what a slut|what a liar)
match: everybody is gonna know your secret
nomatch: everyone will see the fireworks from the bridge
note: threat that the whole school will see something about the reader

[en.cyberbullying.humiliation.rumour-pass-it-on]
sub: humiliation
weight: 0.6
pattern: (she|he|they|shes|hes) ~1 (cheated|cheats|lies|lied|steals|stole|stuffs|pees|peed|wets|still wets|sleeps around|slept around|has fleas|is easy|got held back|cuts herself|cuts himself|cut herself|cut himself|slept with|hooked up with|sucked|fucked|got with|gave head|has an std|has herpes|has stds|has lice|is gay|is a lesbian|is a slut|is a hoe|stuffs her bra) ~4 (pass it on|spread it|spread the word|tell everyone|tell everybody|tell ur friends|tell your friends|make sure everyone knows)
pattern: (spread|spreading|tell|telling|post|posting) (it|the word|everyone|everybody|people) ~3 (she|he|that she|that he|shes|hes) (has|have|got|is|was) (an std|stds|herpes|chlamydia|aids|hiv|lice|crabs|a slut|a hoe|a whore)
match: she cheated on him, pass it on
match: spread it around that she has an std
nomatch: spread the word about the bake sale
note: starting a rumour about a person; the spreading instruction is what marks it

[en.cyberbullying.humiliation.threat-to-leak-screenshots]
sub: humiliation
weight: 0.65
target: other
pattern: (i|we) (have|got|saved|kept|took) (screenshots|screenshot|receipts|proof|ss|your texts|ur texts|your messages|ur messages|your dms|ur dms|your pics|ur pics) ~4 (leak|expose|spread|release) (them|it|everything|all|you|u|it all|ur|your)
pattern: (ill|i will|imma|ima|im gonna|gonna|or ill|i swear ill|watch me) (leak|expose|spread) (them|it|everything|it all|all of it)
pattern: (ill|i will|imma|ima|im gonna|gonna|or ill|i swear ill|watch me) (post|drop|release|send) (them|it|everything|it all|all of it) (everywhere|online|to everyone|in the gc|on my story|for everyone to see|to the whole school|to the whole grade)
match: i have screenshots and i'll leak them
match: i got receipts and i'll post them everywhere
nomatch: i have screenshots of the bug if you want them
note: threat to spread someone's private messages or pictures

[en.cyberbullying.humiliation.share-video-of-you]
sub: humiliation
weight: 0.55
target: other
pattern: (ill|im|imma|ima|gonna|i will|about to|bout to|finna|im gonna|im going to) (send|share|post|show|leak|airdrop|sending|sharing|posting|showing|leaking|airdropping) ~1 (the|that|this|your|ur) (video|vid|pic|pics|photo|photos|clip|recording|screenshots) of (you|u) ~3 (to|with|everyone|everybody|the whole|everywhere|online)
match: i'm sharing the video of you with everyone
nomatch: can you send me the video of the concert
note: threat to spread a video or picture of the reader

[en.cyberbullying.identity_attack.outing]
sub: identity_attack
weight: 0.7
target: other
also: gender_abuse.identity_attack
pattern: (ill|i will|imma|ima|gonna|im gonna|im going to|or ill|i could|i can|i swear ill|watch me|about to|bout to) out (you|u|ya|her|him|them) (to|at|in|on|lol|)
pattern: (tell|telling|show|showing) (your|ur|his|her) (parents|mom|mum|dad|family|church|team|coach|friends) (youre|ur|you are|that youre|that ur|hes|shes|that hes|that shes) ~1 (gay|lesbian|bi|trans|queer|a lesbian|a dyke|a fag|a homo|into guys|into girls)
pattern: (whole school|everyone|everybody|the whole class|ur parents|your parents|the whole grade) ~2 (know|knows|find out|finds out|will know|gonna know) (youre|ur|you are|that youre|that ur|shes|hes|that shes|that hes) ~1 (gay|lesbian|bi|trans|queer|a lesbian|a dyke|a fag|a homo)
pattern: (hes|shes|he is|she is|youre|ur|you are) (gay|a lesbian|lesbian|bi|trans|queer|a dyke|a fag|a homo) ~3 (tell|spread|pass|spread) (everyone|everybody|it on|the word|it around|people|the school|the whole school)
match: i'll out you to your parents
match: i'll make sure the whole school knows you're a lesbian
match: he's gay, tell everyone
nomatch: my friend came out as gay and i'm proud of her
nomatch: i'll help you out with homework
note: threats to out someone's sexuality or gender identity to family or school

[en.cyberbullying.identity_attack.r-word]
sub: identity_attack
weight: 0.58
also: harassment.identity_attack
pattern: (r word|r slur|rword|rslur) (behavior|behaviour|energy|ahh|ass|kid|moment|vibes|boy|girl|from u|from you)
pattern: (youre|ur|you are|u r|hes|shes|ur so|youre so|such an|such a) (r word|r slur|rword|rslur|r worded|r slurred)
match: r-word behavior from u as usual
match: he's the r slur kid from special class haha
nomatch: please don't use the r word, it's a slur
note: the self-censored r-slur ("r-word behaviour") used as the insult itself

[en.cyberbullying.appearance_shaming.looks-names]
sub: appearance_shaming
weight: 0.5
pattern: (bucktooth|bucktoothed|buck tooth|buck toothed|snaggletooth|snaggletoothed|braceface|brace face|zitface|zit face|pimpleface|craterface|horseface|pigface|ratface|manlet|manlets|shrimp dick)
pattern: (bucktooth|bucktoothed|snaggletooth|pimply|zitty|greasy|crusty) (freak|loser|bitch|weirdo|rat|troll|goblin|cunt|fuck|creature|bastard|uggo)
match: bucktooth freak
match: manlet
nomatch: the buck stopped there
note: appearance nicknames used as insults; a single nickname is 0.5 (flags at teen), since these words have no everyday meaning

[en.cyberbullying.appearance_shaming.youre-a-midget]
sub: appearance_shaming
weight: 0.5
target: other
pattern: (youre|ur|you are|u r|your) (a|such a|just a|literally a|an) (midget|manlet|dwarf|shrimp|hobbit|oompa loompa|gremlin|goblin|troll)
pattern: (youre|ur|you are|u r|you|u) (built|shaped) like a (fridge|refrigerator|whale|potato|pear|lightbulb|dumpster|barrel|blob|boy|toothpick|thumb|bowling ball|lamp post|pencil)
match: you're a midget lol
match: you're built like a fridge
nomatch: he's built like a tank, great linebacker
note: height and body-shape taunts aimed at the reader

[en.cyberbullying.appearance_shaming.ugly-af]
sub: appearance_shaming
weight: 0.6
target: other
pattern: (youre|ur|you|u|u r|you are|shes|hes|she|he|bro|she is|he is|your face|ur face) (is|are|r|look|looks|lookin|looking|) (ugly|fugly|fat|gross|crusty|busted) (af|asf|as fuck|as hell|asl)
match: ur ugly af
match: bro is fat asf
nomatch: this sweater is ugly af lol
note: "ugly af" with a person as subject; a thing as subject does not match

[en.cyberbullying.appearance_shaming.ugly-af-bare]
sub: appearance_shaming
weight: 0.4
pattern: (ugly|fugly) (af|asf|as fuck|as hell)
match: ugly af
nomatch: ugly christmas sweater party
note: weak alone: "ugly af" is also said of clothes and food; counts with a target or another hit

[en.cyberbullying.appearance_shaming.your-body-part]
sub: appearance_shaming
weight: 0.5
target: other
pattern: (your|ur) (teeth|nose|face|skin|head|ears|forehead|chin|lips|eyebrows|gums|acne|belly|gut) (is|are|r|look|looks) (so|really|fucking|too|hella|mad|) (messed up|jacked up|fucked up|busted|crusty|rotten|wonky|funny looking|nasty|greasy|oily|hairy|bumpy|lumpy|gross|disgusting)
pattern: (your|ur) (teeth|nose|head|ears|forehead|chin|gums) (is|are|r|look|looks) (so|really|fucking|too|hella|mad) (big|huge|massive|long|wide|crooked|yellow)
pattern: (your|ur) (greasy|oily|crusty|pimply|zitty|ugly|fat|busted|crooked|yellow|rotten|wonky|nasty|huge|giant|massive) (face|ass|mug|nose|teeth|forehead|head|body|gut|belly|thighs)
match: lmao your teeth are so messed up
match: ur nose is so big u could use it as a slide
match: go wash your greasy face
nomatch: your teeth look great after the braces
note: mocking a body part of the reader

[en.cyberbullying.appearance_shaming.she-should-stop-eating]
sub: appearance_shaming
weight: 0.55
pattern: (she|he|they) (should|needs to|need to|gotta|has to|have to|better) (stop|quit|lay off) (eating|eatin) (lol|lmao|lmfao|fatty|fatass|pig|piggy|cow|ew|eww|already|fr|pls|omg|bro|ngl|honestly|tbh|forever|period|for real|jesus|damn)
pattern: (she|he|they) (should|needs to|need to|gotta|has to|have to|better) (lay off|put down) the (snacks|fries|cake|burgers|donuts|cookies|chips|pizza)
match: she should stop eating lol
nomatch: he needs to stop eating sugar, the doctor said
note: body-shaming about weight said about a person in a group chat

[en.cyberbullying.appearance_shaming.look-at-her-body]
sub: appearance_shaming
weight: 0.3
pattern: (look|looking|seen) at (her|his|ur|your|those|them) (thighs|thigh|belly|gut|stomach|rolls|arms|chins|double chin|back fat|muffin top|cankles|fat rolls)
pattern: (she|he|they) (should|needs to|need to|gotta) (stop|quit) (eating|eatin)
match: look at her thighs
match: she should stop eating
nomatch: she should stop by later
note: weak alone (also a doctor's advice or a gym comment); counts with another hit

[en.cyberbullying.appearance_shaming.rated-low]
sub: appearance_shaming
weight: 0.62
pattern: (shes|she is|youre|ur|you are|hes|he is|u r) (a|like a|maybe a|barely a|only a) (0|1|2|3|4|one|two|three|four) (at best|max|tops|out of 10|10|lol|lmao|on a good day)
pattern: (rate|rating|rank) (her|his|their|your|ur|that girls|this girls) (body|ass|tits|boobs|face|looks|butt|thighs|weight|bod) ~3 (1|10|0|out|in the gc|in the chat|in the comments)
match: she's a 4 at best
match: rate her body 1-10 in the gc
nomatch: she's a 10 at cooking
note: rating a person's looks low or asking a group to rate her body

[en.cyberbullying.appearance_shaming.get-a-load]
sub: appearance_shaming
weight: 0.55
pattern: get a load of (this|that) (whale|pig|cow|hippo|heifer|blimp|landwhale|fatty|fatso|uggo|loser|freak|weirdo|fatass|lardass|goblin|troll|midget|manlet)
pattern: (look at|lookit|check out) (this|that) (landwhale|fatty|fatso|uggo|fatass|lardass|midget|manlet|heifer|blimp)
match: get a load of this whale
nomatch: look at that whale breaching!
note: pointing the group at a person with an animal or body insult; "look at that whale" is nature talk, so look-at forms need an insult word other than whale

[en.cyberbullying.humiliation.poor-rat]
sub: humiliation
weight: 0.5
target: other
pattern: (you|u|ya) (poor|broke|dirty|smelly|stinky|homeless|trashy|ghetto) (rat|rats|bum|peasant|peasants|brokie|ass|trash|scum|hobo|pleb)
pattern: stop wearing (that|those|this|the same) ~1 (ugly|cheap|dirty|nasty|smelly|busted|crusty|raggedy|gross|same) ~1 (hoodie|shirt|jacket|shoes|clothes|outfit|pants|sweater|hat)
match: stop wearing that ugly hoodie every day you poor rat
nomatch: stop wearing shoes inside the house
note: poverty taunts aimed at the reader

[en.cyberbullying.appearance_shaming.hair-looks-like-trash]
sub: appearance_shaming
weight: 0.35
pattern: (did|do) (you|u|ya|she|he) cut (your|ur|her|his) (own|) hair
pattern: (it|that|this|your|ur|her|his|hair|face|fit|outfit) ~1 (looks|look) like (trash|shit|garbage|crap|dogshit|a mess|roadkill)
match: did u cut ur own hair
match: it looks like trash
nomatch: did you cut your hair? looks great
note: weak appearance digs; they count with a target or each other

[en.cyberbullying.pile_on.crowd-report-her]
sub: pile_on
weight: 0.85
pattern: (everyone|everybody|yall|lets|guys) (all|) (go|) (mass|) (report|reporting|flag|flagging) (her|him|his|them) (account|acc|page|profile|insta|tiktok|ig|post|posts|)
match: everyone report her account
match: lets all go report him
nomatch: report him to a teacher if he keeps doing it
note: organised mass reporting of a person. The weight is high because a crowd word is read as a group target and "report her" as a support cue, which together cut the evidence to about 0.6 of the weight; advice to report to an adult or moderator is cancelled by an allowlist entry

[en.cyberbullying.pile_on.crowd-attack]
sub: pile_on
weight: 0.62
pattern: (spam|spamming|flood|flooding|brigade|brigading) (her|his|him|them|their) (dms|dm|comments|inbox|mentions|replies|page|account|posts|phone|notifications|notifs)
pattern: (gang|ganging|ganged) up on (her|him|them|you|u)
pattern: (make|making|made) (her|his|their|your|ur) life (hell|a living hell|miserable|hell on earth|a nightmare)
pattern: hate (raid|raids|raiding|raided)
match: lets all spam his dms
match: spam her dms till she logs off
match: lets all gang up on him at lunch
match: lets make her life hell
nomatch: spam musubi recipe
note: calls to flood or gang up on a person (third-person forms score x0.9, hence 0.62)

[en.cyberbullying.pile_on.comment-taunt]
sub: pile_on
weight: 0.6
pattern: (go|all|yall|everyone|everybody|lets|and|n) (comment|reply|spam|type|write|post) ~1 (who asked|ratio|l|ugly|fat|cringe|kys|die|loser|clown|mid|fell off|ew|eww|pig|cow|whale) ~3 (on|under|to|in) ~2 (every|her|his|their|all)
pattern: (until|till|til|untill) (she|he|they) (deletes|delete|deactivates|deactivate|kills herself|kills himself|kms|moves schools|changes schools|switches schools|cries herself to sleep|cries himself to sleep|leaves the school|quits the team)
match: ok everyone go to her tiktok and comment "who asked" on every video
match: lets all tell him he's ugly until he deletes his account
nomatch: keep practicing until he gets it right
nomatch: wait until she leaves then we can start
note: telling a crowd what taunt to post on a person's content, or to keep going until the person leaves

[en.cyberbullying.self_harm_encouragement.better-without-you-short]
sub: self_harm_encouragement
weight: 0.8
target: other
also: self_harm.promotion
pattern: (world|earth|everyone|everybody|we|school|life) (is|are|would be|will be|d be|wud be|was) better (off|) wou
pattern: (world|earth|everyone|everybody|we|school|life) (is|are|would be|will be|d be|wud be|was) better (off|) (wo|wout|without) (you|u|ya)
pattern: (sewer slide|sewerslide|sewer slid|unalive|unaliving) (is|) (the|ur|your) (only|best) (option|way|answer|choice|move) (for|) (you|u|ya|)
pattern: (you|u|ya) (should|need to|gotta|oughta|better) (just|) (sewer slide|sewerslide|unalive|unalive urself|unalive yourself|go unalive)
match: the world is better w/o u fr
match: sewer slide is the only option for u lol
nomatch: the world is better with you in it
note: algospeak and shorthand forms of "the world is better without you" and "you should kill yourself"

[en.cyberbullying.humiliation.gaming-blame]
sub: humiliation
weight: 0.4
pattern: (youre|ur|you are|u r) the (reason|only reason) (we|the team|our team|i|everyone) (lost|lose|are losing|keep losing|got|throw)
pattern: (quit|uninstall) (forever|life|ur life|your life|already|pls|please|bozo|loser|noob|trash|ur account|your account)
match: youre the reason the team lost, quit forever
nomatch: uninstall the game and reinstall to fix the bug
note: gaming-chat blame and "uninstall" taunts; weak alone, counts with a target or another hit

[en.cyberbullying.identity_attack.family-smells]
sub: identity_attack
weight: 0.55
target: other
also: harassment.identity_attack
pattern: (your|ur) (family|house|mom|mum|dad|lunch|food|clothes|people|whole family) (smell|smells|stink|stinks|reek|reeks) (like|of) (curry|masala|kimchi|fish sauce|dog food|garlic|spices|onions)
match: your family smells like curry
nomatch: the kitchen smells like curry, yum
note: food-smell racial taunts aimed at the reader's family

[en.cyberbullying.exclusion.nobody-gap-likes-you]
sub: exclusion
weight: 0.6
pattern: (nobody|noone) ~4 (likes|cares about|talks to|respects|trusts|invites|texts) (you|u|ya)
pattern: no one ~4 (likes|cares about|talks to|respects|trusts|invites|texts) (you|u|ya)
pattern: (no one|nobody|noone) (takes|will take|would take|ever takes|can take|is gonna take) (you|u|ya|her|him) seriously
match: literally nobody in this class likes you, just transfer already
match: this is why no one takes you seriously
nomatch: nobody has to like you, be yourself
nomatch: nobody likes the new update
note: "nobody ... likes you" with words in between ("nobody in this class likes you"); the negation-cue phrase "nobody has to" discounts the supportive reading

[en.cyberbullying.exclusion.everyone-avoids-you]
sub: exclusion
weight: 0.6
target: other
pattern: (everyone|everybody|people|the whole class|the whole school|all of us|we all) (avoids|avoid|ignores|ignore|is avoiding|are avoiding|is ignoring|are ignoring|laughs at|is scared of|is tired of|is sick of|are sick of|are tired of|cant stand) (you|u|ya)
pattern: (moved|move|moves|switched|changed|got up from|left) (tables|seats|table|seat|the table) (when|whenever|every time|everytime|cause|because|as soon as) (you|u|ya)
pattern: (leave|leaves|left|leaving|log off|hang up) (the|) (chat|gc|call|vc|server|table|room|group|lobby|party) (when|whenever|every time|everytime|as soon as|once) (he|she|they|you|u) (joins|join|joined|comes|come|sits|sit|walks in|shows up|gets on|talks|logs on)
match: why do u even come to school everyone avoids u
match: everyone at lunch moved tables when u sat down lmao
match: let's all leave the chat when he joins
nomatch: everyone avoids the highway at rush hour
note: the group visibly avoiding a person

[en.cyberbullying.exclusion.for-a-reason]
sub: exclusion
weight: 0.55
pattern: (nobody|noone|no one) ~3 (you|u|ya) for a reason
pattern: (we|they|people|everyone|girls|guys|nobody) (dont|doesnt|never|wont|cant|do not) ~3 (you|u|ya) for a reason
pattern: (single|alone|lonely|left out|ignored|hated|bullied|picked last|last one picked|last picked|friendless|a virgin|unfollowed|blocked|dumped) for a reason
match: we don't talk to u for a reason
match: stop texting the group chat no one replies to you for a reason
match: you're always the last one picked for a reason
nomatch: everything happens for a reason
nomatch: you are here for a reason
note: "... for a reason" taunts that say the person deserves to be shut out

[en.cyberbullying.exclusion.new-group-without-you]
sub: exclusion
weight: 0.55
pattern: (new|another|different|separate|secret|second) (server|gc|group|chat|groupchat|group chat|squad|discord) ~5 (youre|ur|you are|u r|you|u|shes|hes) (not|arent|isnt) (in|on|invited|allowed)
pattern: (youre|ur|you are|u r) not allowed (at|in|to) (my|our|the) (party|house|table|sleepover|birthday|group|gc|lunch table|squad)
match: we're making a new server and you're not in it
match: ur not allowed at my party, my mom said no losers
nomatch: we made a new server for the book club
note: group spaces made to leave one person out

[en.cyberbullying.humiliation.thinks-shes-invited]
sub: humiliation
weight: 0.58
pattern: (she|he|you|u) (really|actually|genuinely|lowkey|) (thought|thinks|think) (she|he|you|u|shes|hes|youre|ur) (was|were|is|are|) (part of the squad|part of the group|part of us|one of us|cool|pretty|popular|funny|hot|our friend|my friend|wanted|liked|all that|the shit)
pattern: (she|he|you|u) (really|actually|genuinely|lowkey|) (thought|thinks|think) (she|he|you|u|shes|hes|youre|ur) (was|were|is|are|) (invited|welcome) (lol|lmao|lmfao|skull|bro|haha|omg|bruh|ha)
pattern: (lol|lmao|lmfao|skull|bruh|haha|omg|ha|imagine|bro) (she|he|you|u) (really|actually|genuinely|lowkey|) (thought|thinks|think) (she|he|you|u|shes|hes|youre|ur) (was|were|is|are|) (invited|welcome)
match: she really thought she was invited 💀
match: lmaooo she really thought she was invited
match: lol she thinks she's part of the squad
nomatch: she thought she was late but the bus was delayed
note: mocking someone for believing they belong

[en.cyberbullying.humiliation.everyone-saw-you]
sub: humiliation
weight: 0.55
target: other
pattern: (everyone|everybody|the whole school|the whole class|whole grade|the whole grade|we all) (saw|seen|watched|heard|knows|recorded) (you|u|ur|your) ~2 (trip|tripped|fall|fell|cry|crying|cried|puke|puked|pee|peed|fart|farted|sob|sobbing|get rejected|get dumped|got dumped|get slapped|get beat|got beat|get punched|fail|failed|stutter|freak out|choke|choked|wet|shit)
pattern: (everyone|everybody) (knows|knew|heard) (your|ur) (dad|mom|mum|father|mother|brother|sister|parents|family) (is|are|was|were|got) ~2 (jail|prison|crackhead|junkie|druggie|alcoholic|drunk|stripper|hoe|whore|deadbeat|broke|homeless|welfare|deported|arrested|locked up|a crackhead|a drunk|a junkie)
match: everyone saw you trip in the hallway lmaooo
match: everyone knows your dad is in jail
nomatch: everyone saw you score that goal
note: public humiliation over a mishap or a family member

[en.cyberbullying.humiliation.tell-everyone-you]
sub: humiliation
weight: 0.6
target: other
pattern: (ill|im|imma|ima|gonna|im gonna|i will|i swear ill|or ill|im going to) (tell|telling) (everyone|everybody|the whole school|the whole class|the whole grade|the gc|ur crush|your crush|him|her) (you|u|that you|that u|how you|how u|youre|ur|that youre|that ur) ~1 (in love|gay|a lesbian|lesbian|pregnant|a virgin|obsessed|adopted|poor|broke|on meds|crazy|wet|pee|peed|piss|pissed|shit|cried|cry|cut|sleep|slept|stuff|stuffed|got|still|like|liked|have|had|failed|wear|wore|smell)
pattern: (ill|im|imma|ima|gonna|im gonna|i will|i swear ill|or ill|im going to) (send|post|show|leak|share|sending|posting|showing|leaking|sharing|airdrop|airdropping) (your|ur) ~2 (diary|texts|messages|dms|pics|photos|videos|vids|secrets|search history|screenshots|notes|journal|poems|letter|selfies|chats) ~2 (to|with|in|on) (the whole school|the whole grade|the whole class|everyone|everybody|the gc|ur crush|your crush|the group|my story)
match: i'm telling everyone you wet the bed
match: i'll send your diary pics to the whole grade
nomatch: i'm telling everyone how great you were
note: threats to spread something private or shameful about the reader

[en.cyberbullying.appearance_shaming.looks-taunts-2]
sub: appearance_shaming
weight: 0.5
target: other
pattern: (you|u|ya) (have|got|has) a face (for|made for) (radio|a podcast|podcasts)
pattern: (your|ur|her|his) face (looks|look) like (a|an) ~1 (dropped|smashed|melted|squished|burnt|busted|rotten|crushed|deflated|wrinkled|moldy|chewed|stepped)
pattern: (your|ur) hairline (is|be|looks|said|r|has) ~1 (running|retreating|receding|leaving|gone|missing|crying|a joke|non existent|nonexistent|in the back|halfway)
pattern: (your|ur) (so|too) (skinny|bony|anorexic|scrawny|flat|fat|ugly)
pattern: (you|u|ya) (look|looks) like a (skeleton|twig|stick|crackhead|zombie|corpse|walking skeleton|dead body|meth addict)
pattern: (shes|she is|youre|ur|you are|u r) (so|literally|) flat (lol|lmao|chested|as a board|like a board|af|asf|ass)
match: you have a face for radio
match: ur face looks like a dropped pie
match: your hairline is running away from you
match: your so skinny u look like a skeleton
match: shes so flat lmao boards have more curves
nomatch: my hairline is receding, any tips
note: more looks taunts aimed at a person

[en.cyberbullying.appearance_shaming.weight-taunts-2]
sub: appearance_shaming
weight: 0.5
pattern: here comes the (cow|pig|whale|fatty|fatso|hippo|heifer|blimp|elephant|landwhale)
pattern: (moo|oink) (moo|oink) (lol|lmao|here|fatty|cow|pig|bitch|)
match: moo moo here comes the cow
nomatch: i need to lose weight before summer
nomatch: the cow says moo
note: weight and hygiene taunts; "moo moo" / "oink oink" alone only count with another hit

[en.cyberbullying.pile_on.hate-group-for]
sub: pile_on
weight: 0.65
pattern: (make|made|making|start|started|starting|create|created) (a|an|the) (group|gc|chat|server|page|account|groupchat|group chat|thread) (to|for|about|just to|only to) (roast|hate on|talk about|make fun of|bully|expose|mock|trash talk|talk shit about|laugh at|rate) (her|him|them)
pattern: (spam|flood|fill|bomb) (her|his|their|him|them) ~2 (with|w) (hate|hate comments|mean comments|insults|clowns|clown|death threats|threats|kys|slurs)
pattern: (send|spam|flood) (her|him|them) (hate|death threats|hate mail|hate comments)
match: let's make a group to roast her
match: everyone go spam her ask.fm with hate
nomatch: let's make a group to study for the exam
note: organising a space or a flood of hate against one person

[en.cyberbullying.pile_on.comment-on-all-posts]
sub: pile_on
weight: 0.6
pattern: (comment|reply|spam|post) (clown|clowns|l|ratio|who asked|ugly|fat|cringe|kys|die|loser|mid|ew|pig|cow|whale|fatty|slut|hoe) ~2 (on|under|to) (all|every|each) (her|his|their|of her|of his|of their|post|posts|pic|pics|video|videos)
pattern: if (you|u|ya) (also|) (hate|cant stand|think shes ugly|think hes ugly|think shes fat|think hes annoying|think shes annoying) (her|him|them|this girl|this kid|that girl|that kid|) (like|rt|retweet|comment|repost|share|reply)
match: comment 🤡 on all his posts lol
match: if you hate her like this post
nomatch: comment your favorite song below
note: crowd instructions against one person

[en.cyberbullying.pile_on.how-long-until-she-cries]
sub: pile_on
weight: 0.68
pattern: how long (until|till|til) (she|he|they|you|u) (cries|cry|breaks|snaps|quits|kills|deletes|transfers|gives up|leaves the school|moves schools|breaks down|leaves the gc|leaves the group|deactivates|cries herself|cries himself|cries again|cries in class|cries at school|starts crying)
match: let's see how long until she cries
nomatch: let's see how long it takes to bake
note: wager on breaking a person; "how" is read as a question cue (x0.85), hence 0.68

[en.cyberbullying.appearance_shaming.lose-weight-then-talk]
sub: appearance_shaming
weight: 0.6
target: other
pattern: lose (some|) weight (then talk to me|then come back|then talk|and then talk|before you talk|before u talk|before talking to me|fatty|fatass|pig|cow|loser|first loser|first fatty)
pattern: (tell|ask) (your|ur) (mom|mum|dad|parents) to (buy|get) (you|u) (deodorant|soap|shampoo|a toothbrush|mouthwash|acne cream|a mirror|new clothes|a razor|a bra|clothes that fit|a diet)
match: lose weight then talk to me
match: tell your mom to buy you deodorant
nomatch: i need to lose weight before summer
note: weight and hygiene put-downs; target is set because "me" in "talk to me" would otherwise be read as the target, and "tell your mom" as a support cue

[en.cyberbullying.self_harm_encouragement.you-should-jump]
sub: self_harm_encouragement
weight: 0.7
target: other
also: self_harm.promotion
pattern: (you|u|ya) (should|gotta|need to|better) (just|) jump (lol|lmao|already|nobody|no one|loser|ngl|fr|bitch|off something|off a building|off a cliff|in front of)
pattern: (nobody|no one|noone) (will|would|is gonna|gonna) (stop|save) (you|u|ya) (lol|lmao|so|just|loser|go)
match: you should jump, nobody will stop you
nomatch: you should jump in the pool, it's warm
note: telling someone to jump (from a height); "jump in the pool" does not match

[en.cyberbullying.identity_attack.stop-acting-disabled]
sub: identity_attack
weight: 0.55
target: other
also: harassment.identity_attack
pattern: (stop|quit) (acting|being|talking|walking|typing) (so|) (autistic|retarded|retarted|special|sped|disabled|crippled|like a retard|like a sped|like an autist|like a cripple|mental|downs|spastic|like ur disabled|like youre disabled)
match: stop acting autistic
nomatch: stop acting like a child
note: disability used as the insult

[en.cyberbullying.exclusion.nobody-would-ever-date-you]
sub: exclusion
weight: 0.6
pattern: (nobody|noone|no one) ~4 (would|will|could) (ever|even|) (date|love|kiss|marry|want|fuck|touch|notice) (you|u|ya)
pattern: (nobody|noone|no one) ~5 (notices|sees|knows) (you|u|ya) (exist|are alive|are here|exists)
match: no one at this school would ever date you lmao
match: nobody in the whole school even notices u exist
nomatch: no one would ever know, relax
note: "nobody ... would ever date you" with words between; the adjacent form is in no-one-would-date-you

[en.cyberbullying.exclusion.stop-following-us]
sub: exclusion
weight: 0.45
target: other
pattern: (stop|quit) (following|stalking|copying|bothering|clinging to) (us|me) (around|everywhere|lol|loser|freak|weirdo|we|nobody|no one|its|go)
pattern: (delete|deactivate) (ur|your) (account|acc|channel|page|tiktok|insta|twitter|socials) (nobody|no one|noone|loser|lol|lmao|bro|fatty|pls|already|cringe)
pattern: (nobody|noone|no one) (watches|reads|likes|cares about|listens to|sees|wants) (ur|your) (videos|vids|posts|tiktoks|streams|stories|music|songs|content|art|channel)
match: stop following us around, we don't want you
match: delete ur account nobody watches ur videos
nomatch: stop following me on insta if you don't like my posts, no worries
note: telling someone to stop tagging along, or that their content is unwanted

[en.cyberbullying.humiliation.in-front-of-everyone]
sub: humiliation
weight: 0.55
target: other
pattern: (you|u|ya|she|he) (got|get|getting) (dumped|rejected|slapped|punched|beat|roasted|clowned|humiliated|pantsed|embarrassed|laughed at|owned|destroyed|exposed|curved) in front of (everyone|everybody|the whole|the class|the school|the team|her friends|his friends|ur friends|your friends|ur crush|your crush)
pattern: (pic|pics|photo|photos|video|vid|clip|picture|selfie|recording) of (you|u) (is|are) (going|gonna go|getting posted|going up|going straight) (in|on|to|into) (the|my|our) (gc|groupchat|story|group chat|chat|finsta|server|everywhere)
match: lmao you got dumped in front of everyone
match: this pic of you is going in the gc 😂
nomatch: you got promoted in front of everyone, congrats
note: public humiliation and threats to post a picture of the reader in a group

[en.cyberbullying.appearance_shaming.body-looks-like]
sub: appearance_shaming
weight: 0.5
target: other
pattern: (your|ur) ~1 (legs|arms|nose|face|teeth|head|ears|body|thighs|feet|hands|skin|butt|ass|belly|lips|forehead|eyebrows|neck|chin) (look|looks) like (a|an|) ~1 (chicken|chickens|pig|whale|cow|horse|rat|toad|frog|troll|potato|thumb|sausage|sausages|toothpicks|toothpick|sticks|twigs|tree trunks|pillows|foot|gremlin|goblin|shrek|alien|monkey|ape|donkey|pug|bulldog|mashed)
match: ur legs look like chicken legs lol
nomatch: your cake looks like a cow, so cute
note: comparing a body part of the reader to an animal or object

[en.cyberbullying.pile_on.rt-if-shes-ugly]
sub: pile_on
weight: 0.62
pattern: (like|rt|retweet|repost|share|comment|reply|heart) if (shes|hes|she is|he is|u think shes|you think shes|u think hes|you think hes|u agree shes|you agree shes) ~3 (ugly|ugliest|fat|fattest|slut|hoe|annoying|weird|worst|cringe|dumbest|loser|gross|a loser|a slut|a hoe|a freak|disgusting)
pattern: (everyone|everybody|yall|lets|guys|go) (all|) (say|comment|post|write|reply|type|leave) (something|) (mean|nasty|hateful|rude|savage|ugly) (things|comments|stuff|) (on|under|to|about|in) (her|his|their|him)
pattern: (make|making|made|post|do) (a|an) (tiktok|video|vid|post|page|account|thread|story|reel|meme) (exposing|roasting|mocking|dissing|dragging|clowning|trashing|humiliating|making fun of) (her|him|them)
match: rt if she's the ugliest girl in school
match: everyone say something mean under her selfie
match: someone should make a tiktok exposing him
nomatch: rt if she's the best singer ever
note: asking a crowd to vote on, comment on, or make content against a person

[en.cyberbullying.self_harm_encouragement.world-better-if-you-werent]
sub: self_harm_encouragement
weight: 0.85
target: other
also: self_harm.promotion
pattern: (world|school|everyone|everybody|life|earth|we|family) (would be|will be|d be|is|would) (a|so much|much|) better (place|off|) (if|when) (you|u|ya) (werent|wasnt|were not|was not|didnt exist|never existed|died|were dead|were gone|disappeared|killed|never born|werent born)
match: the world would be a better place if you weren't in it
nomatch: the world would be a better place if everyone recycled
note: "the world would be better if you weren't here" in its if-clause form

[en.cyberbullying.self_harm_encouragement.hope-you-trip-and-die]
sub: self_harm_encouragement
weight: 0.75
target: other
also: harassment.death_wish
pattern: (hope|hoping|wish|pray|praying) (you|u|ya) ~4 (and|n) (die|dies|break your neck|break ur neck|never wake up|never come back|get hit by a bus|get hit by a car|drown)
match: hope you trip and die on the way to school
nomatch: hope you have fun and enjoy the trip
note: death wishes with a mishap before them ("hope you trip and die")

[en.cyberbullying.humiliation.who-even-are-you]
sub: humiliation
weight: 0.5
pattern: who (even|tf|the fuck|the hell) (are|r|is) (you|u|ya|she|he|this) (lol|lmao|lmfao|irrelevant|loser|nobody|bozo|weirdo|freak|clown|bro|fr|again|skull|ratio|cringe)
match: who even are you lol irrelevant
nomatch: who are you going to the dance with
note: status put-down ("who even are you")

[en.cyberbullying.exclusion.nobody-wants-to-hear]
sub: exclusion
weight: 0.6
pattern: (nobody|noone|no one) (wants|wanna|cares|needs|asked) (to|) (hear|know|listen|read) (about|to|) (your|ur|her|his) ~1 (problems|drama|feelings|sob story|life|excuses|opinion|opinions|trauma|issues|bs|crying|whining|complaining|story|stories|sad|stupid|dumb|pathetic)
match: nobody wants to hear about ur problems
nomatch: nobody wants to hear about my problems
note: dismissing a person's troubles; the writer's own "my problems" is distress, not bullying, and does not match

[en.cyberbullying.exclusion.family-hates-you-gap]
sub: exclusion
weight: 0.65
target: other
pattern: (your|ur) (mom|mum|dad|parents|family|mother|father) ~4 (cause|because|cuz|bc|since|coz) (she|he|they) (hates|hate|hated|doesnt love|dont love|didnt want|never wanted|is ashamed of|are ashamed of|cant stand) (you|u)
match: i heard ur mom kicked u out cause she hates u
nomatch: your mom called because she misses you
note: telling someone their own family rejects them

[en.cyberbullying.humiliation.eat-from-trash]
sub: humiliation
weight: 0.45
target: other
pattern: (you|u|ya|she|he|your family|ur family) (eat|eats|ate|eating) (out of|from) (the|a) (trash|garbage|dumpster|bin|trashcan|trash can)
match: you're so poor you eat out of the trash
nomatch: raccoons eat out of the trash
note: poverty taunt; adds up with youre-poor

[en.cyberbullying.pile_on.drag-him]
sub: pile_on
weight: 0.6
pattern: drag (her|him|them) (lol|lmao|lmfao|for filth|yall|guys|everyone|in the comments|in the replies|publicly|online|to filth|to hell|pls|please|rn|harder)
pattern: (lets|everyone|everybody|yall|time to|go|someone|somebody|we should|we gotta) (all|) drag (her|him|them|this clown|this loser|this bitch|that clown|that loser)
match: lets all drag him
match: drag her lmao
nomatch: drag him over here so he can see the cake
note: calls to publicly tear into a person; "drag him over here" does not match

[en.cyberbullying.identity_attack.are-you-gay-or-something]
sub: identity_attack
weight: 0.6
target: other
also: harassment.identity_attack
pattern: (are|r) (you|u|ya) (gay|a fag|a faggot|a homo|a lesbian|a dyke|retarded|autistic|special|slow|a retard) or (something|what|smth|sum)
match: are you gay or something
match: r u retarded or what
nomatch: are you gay or bi, if you don't mind me asking?
note: sexuality or disability as the sneer in a rhetorical question

[en.cyberbullying.exclusion.everyone-gap-hates-you]
sub: exclusion
weight: 0.7
pattern: (everyone|everybody|literally everyone|the whole school|the whole class|the whole grade) ~4 (hates|hate|despises|cant stand) (you|u|ya)
pattern: (you|u|ya|she|he) (were|was|are|r|is) never (part of|in|one of) (this|the|our|us|my) ~1 (group|friend group|squad|gc|friends|team|circle|crew|clique|family)
pattern: (you|u|ya) (were|was|are|r) not (part of|one of) (this|the|our|us|my) ~1 (group|friend group|squad|gc|friends|circle|crew|clique)
match: everyone in 9th grade hates u fr
match: u were never part of this friend group
nomatch: everyone in my family hates cilantro
note: "everyone ... hates you" with words between, and "you were never part of the group"

[en.cyberbullying.exclusion.stop-showing-up]
sub: exclusion
weight: 0.4
pattern: (nobody|noone|no one) (invited|asked|wanted) (you|u|ya)
pattern: (stop|quit) (showing up|coming around|hanging around|inviting yourself|inviting urself|tagging along|following us|sitting with us|texting us)
pattern: (sit|go sit|eat|go eat) with (the other|your|ur|the) (losers|freaks|weirdos|nerds|rejects|loners|fat kids|special kids|outcasts|sped kids|nobodies)
match: no one invited u, stop showing up
match: go sit with the other losers, not us
nomatch: nobody invited me to the party
note: weaker exclusion phrasings; "nobody invited you" alone can be sympathy, so it needs a second signal or a target

[en.cyberbullying.exclusion.left-on-read-by-all]
sub: exclusion
weight: 0.55
pattern: (left on read|ignored|muted|kicked|removed|blocked|unadded|ghosted) by (the whole|everyone|everybody|the entire|all of) ~1 (gc|group|chat|class|school|server|squad|grade|team|us)
pattern: (we|they|everyone|everybody) (talk|talks|laugh|laughs|talked|laughed|gossip|gossiped|joke|joked) (about|at) (you|u|ya) (when|behind|whenever|every time|everytime|all the time|lol|lmao|constantly)
match: bro got left on read by the whole gc 😭
match: we talk about you when you're not here lol
nomatch: i got left on read by my mom lol
note: being ignored or talked about by the whole group

[en.cyberbullying.appearance_shaming.body-of-a]
sub: appearance_shaming
weight: 0.55
target: other
pattern: (you|u|ya|she|he) (got|have|has) (the|a) (body|face|head|shape|build|hairline|teeth|nose|legs|arms|voice|walk) of (a|an) ~1 (potato|thumb|pig|whale|cow|troll|goblin|gremlin|walrus|hippo|rat|horse|toad|egg|pear|frog|child|boy|man|grandma|old man|fridge|blob|ape|monkey)
pattern: (your|ur) (acne|skin|breath|teeth|face|bo|body odor|pimples|zits|rash|forehead|nose|armpits|feet) (is|are|r) (so|really|fucking|hella|mad) (bad|gross|nasty|disgusting|ugly|horrible|terrible|awful|crusty|greasy|oily|yellow|rotten|big|huge)
pattern: (did|does|do) (a|your|ur) (blind|drunk) (person|man|guy|lady|kid|barber|mom|monkey) (do|cut|pick|dress|make|style)
match: u got the body of a potato
match: your acne is so bad it looks contagious
match: nice haircut did a blind person do it
nomatch: you have the heart of a lion
note: looks put-downs aimed at the reader

[en.cyberbullying.appearance_shaming.stop-eating-so-much]
sub: appearance_shaming
weight: 0.45
pattern: (stop|quit) (eating|eatin) (so much|lol|fatty|fatass|pig|piggy|cow|already|bro|damn|you fat|u fat|ur fat|youre fat)
pattern: (youre|ur|you are|u r) (already|literally) (huge|massive|enormous|obese|fat|a whale)
match: stop eating so much you're already huge
nomatch: i stopped eating so much sugar and feel great
note: weight taunts; weak alone ("stop eating so much sugar" is diet advice), they add up

[en.cyberbullying.humiliation.so-everyone-can-laugh]
sub: humiliation
weight: 0.55
pattern: so (everyone|everybody|the whole school|the whole class|people|we|yall|the gc) (can|could|will|gets to) (laugh|laugh at|make fun|roast|clown|mock|see how ugly|see how fat|see how stupid)
match: post it in the gc so everyone can laugh
nomatch: post it in the gc so everyone can see
note: spreading something so a group can laugh at a person

[en.cyberbullying.self_harm_encouragement.doing-everyone-a-favor-if]
sub: self_harm_encouragement
weight: 0.8
target: other
also: self_harm.promotion
pattern: (doing|do|did|be doing) (everyone|everybody|us all|the world|humanity|society|us|the world) (a|) (favor|favour|favors|huge favor|big favor) (if|by) (you|u|ya) ~2 (disappeared|disappear|died|die|dying|killed|kill|stopped existing|were gone|vanished|jumped|ended it|unalived|killing)
match: you'd be doing everyone a favor if you just disappeared
nomatch: you'd be doing everyone a favor if you brought snacks
note: "doing everyone a favour" if the person disappeared or died

[en.cyberbullying.exclusion.nobody-comes-to-your-party]
sub: exclusion
weight: 0.55
target: other
pattern: (nobody|noone|no one) (shows up|comes|showed up|came|goes|went|ever comes|ever came|ever shows up) (to|at) (your|ur) ~1 (party|parties|birthday|bday|sleepover|quinceanera|graduation|funeral|stream|streams|games)
match: bet no one shows up to your birthday again
nomatch: no one came to the meeting because of the snow
note: mocking that nobody comes for the reader

[en.cyberbullying.exclusion.even-they-hate-you]
sub: exclusion
weight: 0.62
pattern: even (the|your|ur|my|his|her) (teachers|teacher|parents|mom|mum|dad|friends|family|dog|cat|siblings|sister|brother|own mom|own parents|own family|own friends|own dog|bus driver|lunch lady) (hate|hates|cant stand|dont like|doesnt like|are embarrassed by|is embarrassed by|are ashamed of|is ashamed of|avoid|avoids) (you|u|ya|her|him)
pattern: (everyone|everybody|we all|people|ppl) (secretly|lowkey|low key|actually|honestly|really) (hates|hate|dislikes|cant stand|laughs at|talks about|makes fun of) (you|u|ya|her|him)
pattern: (the|that) (friend|girl|kid|person|one|guy) (everyone|everybody) (secretly|lowkey|) (hates|cant stand|laughs at|makes fun of|avoids)
pattern: (act|acting|pretend|pretending|think|thinks) (like|that) (everyone|people|anyone|we|they|ppl) (likes|like|cares|care|wants|want|loves|love) (you|u|ya) (when|but|lol|lmao|lmfao)
match: you're so annoying even the teachers hate you
match: you're the friend everyone secretly hates
match: why do you act like everyone likes you when they dont
nomatch: even the teachers love you, you're so sweet
note: telling someone that everyone, even adults and family, secretly dislikes them

[en.cyberbullying.exclusion.only-out-of-pity]
sub: exclusion
weight: 0.6
pattern: (only|just) (invited|invite|talk to|talks to|talked to|hang out with|hangs out with|sit with|sits with|texted|texts|added|befriended|dated|like|likes|include|included) (you|u|ya|her|him) (cause|because|cuz|bc|out of|coz) ~3 (pity|sorry|felt bad|feel bad|dare|bet|forced|had to|made them|mom made|teacher made)
pattern: (nobody|noone|no one) (wants|wanna|would|will) ~2 (be seen with|be around|be near|sit next to|partner with|work with|pick|choose|hang with|hang out with) (you|u|ya|her|him)
pattern: (get|go get|find) (some|a|any) (friends|life|personality|glowup|glow up|real friends) (loser|lol|lmao|bro|weirdo|freak|nerd|bozo|dork|fatty|then|first)
pattern: why (are|r|is) (you|u|ya|she|he) (always|still) (alone|by yourself|by urself|sitting alone|eating alone|by herself|by himself) ~2 (lol|lmao|loser|freak|weirdo|haha|lmfao|skull)
match: they only invited you cause they felt sorry for you
match: ppl only talk to u out of pity
match: ur so weird no one wants to be seen with u
match: get some friends loser
match: why are u always alone at lunch lol
nomatch: they invited you because they like you
note: telling someone their friends are fake or that nobody wants to be near them

[en.cyberbullying.humiliation.most-hated]
sub: humiliation
weight: 0.58
pattern: (youre|your|ur|you are|u r|shes|she is|hes|he is|the) (the|) (most hated|ugliest|weirdest|fattest|dumbest|most annoying|biggest loser|most disliked|grossest|smelliest|lamest) (girl|boy|kid|person|one|student|human|guy|chick) (in|at|of|on) (school|the school|class|the class|the grade|this school|the world|this app|the team|the gc|our school)
pattern: (youre|your|ur|you are|u r|shes|she is|hes|he is) (literally|honestly|actually|) the (most annoying|ugliest|weirdest|fattest|dumbest|most hated|biggest loser|grossest|smelliest|lamest|worst|most useless|most pathetic) (girl|boy|kid|person|human|guy|chick|one|thing|human being) (alive|ever|on earth|in the world|of all time|ive ever met|i know|in existence|i have ever met)
pattern: (you|u|ya|she|he) (have|has|got) the (personality|charisma|iq|brain|brains|intelligence|humor|sense of humor|social skills) of a (wet|dead|) ~1 (sock|rock|brick|potato|cardboard|doorknob|wall|paper bag|fish|spoon|toaster|goldfish|plank|sponge|carrot|mop|napkin|log|turnip)
pattern: (you|u|ya|he|she) (cant|could never|will never|couldnt|cannot) (even|ever|) (get|find|keep|pull) (a|one|any) (gf|bf|girlfriend|boyfriend|girl|guy|date|friend|friends|bitches|woman|man) (lol|lmao|lmfao|loser|bro|haha|skull|ever|)
pattern: (you|u|ya) (look|looks|smell|smells) like (you|u|ya) (havent|have not|never|dont|didnt) (showered|shower|bathed|washed|brushed|seen a mirror|seen soap|owned a mirror)
match: your the most hated girl in school and you dont even know it
match: u have the personality of a wet sock
match: you cant even get a gf lmao
match: u look like u havent showered in weeks
nomatch: i can't even get a table at that restaurant
note: status and looks put-downs aimed at a person

[en.cyberbullying.humiliation.laughing-at-your-texts]
sub: humiliation
weight: 0.58
target: other
pattern: (all|everyone|everybody|whole|gc|we|they) ~3 (laughing|laughed|laugh|laughs|cracking up|dying) at (your|ur|her|his) (texts|messages|msgs|pics|selfies|selfie|post|posts|outfit|voice|face|video|vid|tiktoks|art|dms|poem|essay|crush|love letter|nudes)
pattern: (sending|posting|leaking|showing|forwarding|screenshotting|airdropping) (ur|your|her|his) (msgs|messages|texts|dms|chats|convo|nudes|pics|diary|secrets|search history|love letter) (to|with|in|on) (everyone|everybody|the gc|the whole|the group|my story|the school|the grade)
match: we've all been laughing at your texts in the other gc
match: sending ur msgs to everyone rn lmao
nomatch: we were all laughing at your jokes last night, so funny
note: the group laughing at, or being sent, someone's private messages

[en.cyberbullying.pile_on.lets-make-him-cry]
sub: pile_on
weight: 0.62
pattern: (lets|let us|we should|gonna|im gonna|imma|try to|lets try to|bet i can|bet we can|who can) (make|making) (her|him|them|the new kid|that kid|that girl|that boy|the new girl) (cry|cried|crying|quit|leave|transfer|snap|break down)
pattern: (lets|everyone|everybody|yall|we should|we gotta) (all|) (call|calling|name) (her|him|them) (fatty|fatso|piggy|pig|cow|whale|ugly|uggo|slut|hoe|whore|retard|loser|freak|weirdo|gay|fag|lesbian|dyke|pizza face|four eyes|names|crater face|the r word)
match: the new kid is so weird lets make him cry
match: lets all call her fatty tomorrow
nomatch: lets make him a birthday card
note: planning as a group to make someone cry or to name-call them

[en.cyberbullying.exclusion.better-without-you-group]
sub: exclusion
weight: 0.6
pattern: (gc|group|chat|squad|team|server|school|class|table|party|group chat|groupchat|friend group|lunch table) (is|was|would be|will be|feels|gonna be) (so|) (much|way|a lot|) better (without|wo|w o) (you|u|ya|her|him)
pattern: (were|we are|everyone is|everybody is|everyones|we r|were all|we are all|we all) (all|) (so|) (glad|happy|relieved) (youre|ur|you are|u r|that youre|that ur|shes|hes|she is|he is) (gone|leaving|moving|not here|not coming|out|finally gone)
pattern: why would (anyone|anybody|someone|somebody|any guy|any girl) (want to|wanna|ever want to|ever) (be your friend|be ur friend|date you|date u|be with you|be with u|talk to you|talk to u|hang out with you|hang out with u|sit with you|sit with u|kiss you|kiss u|love you|love u|like you|like u)
pattern: (lucky|be grateful|be thankful) (we|they|i|anyone|anybody) (even|) (let|allow|invited|talk to|include|put up with|tolerate) (you|u|ya)
match: the gc is so much better without you in it
match: we're all glad you're gone
match: why would anyone want to be your friend
match: ur lucky we even let u sit here
nomatch: the team is better with you on it
note: telling someone the group is better off without them, or that being included is a favour

[en.cyberbullying.exclusion.nobody-would-care-if-you-left]
sub: exclusion
weight: 0.68
pattern: (nobody|noone|no one) ~4 (would|will) (care|notice|even notice|even care|miss you|miss u|cry) (if|when) (you|u|ya) ~2 (left|leave|transferred|moved|quit|disappeared|stopped coming|dropped out|switched schools|changed schools)
pattern: (dump|drop|cut|ditch) (her|him|them) (from|out of) (the|our|this) (group|gc|squad|friend group|team|chat|table|groupchat|server)
pattern: (leave|log off|hang up|mute|dip|bounce) (when|whenever|every time|everytime|as soon as|once) (she|he|they) (joins|join|comes|gets on|logs on|shows up|talks|speaks|starts talking|sits down)
match: nobody at this school would care if u transferred
match: dump her from the group, she's dead weight
match: everyone leave when she joins the call
nomatch: leave when the bell rings
note: shutting someone out of the group and saying no one would notice

[en.cyberbullying.self_harm_encouragement.nobody-will-cry-when-gone]
sub: self_harm_encouragement
weight: 0.8
target: other
also: self_harm.promotion
pattern: (nobody|noone|no one) (will|would|gonna|is gonna|is going to) (cry|care|notice|miss you|miss u|be sad|mourn|even notice|even care) (when|if|after|once) (youre|ur|you are|you|u) (gone|dead|die|kill|disappear|kms|kys|finally gone)
match: nobody will cry when you're gone
nomatch: nobody will notice when you leave early, don't worry
note: telling someone no one would grieve them

[en.cyberbullying.appearance_shaming.youre-gap-ugly]
sub: appearance_shaming
weight: 0.6
target: other
pattern: (youre|ur|you are|u r) (so|literally|actually|really|honestly|just|fucking|lowkey|genuinely|kinda|such|very|too|like|mad|hella|straight up|deadass) ~1 (ugly|hideous|repulsive|fugly|obese|an uggo|fat af|ugly af)
pattern: (your|ur) (nose|forehead|head|ears|ass|gut|belly|thighs|chin|teeth|face) (is|are|r) (bigger|larger|wider|uglier|fatter) than
pattern: (whats|what is|wtf is) (that|this) (thing|stuff|shit|crap) on (your|ur|her|his) (face|forehead|nose|head|lip|chin|neck)
pattern: (shes|hes|youre|ur|you are|he is|she is) (so|too) (short|tiny|fat|ugly|skinny|hairy|pale) (he|she|you|u) (needs|need|could|cant|cannot|should|has to|probably)
match: ur literally so ugly its sad
match: your nose is bigger than your future
match: what's that thing on your face lmao
match: he's so short he needs a booster seat lol
nomatch: you're not ugly at all, stop saying that
note: looks insults with words between ("ur literally so ugly") and comparison forms

[en.cyberbullying.appearance_shaming.her-mustache]
sub: appearance_shaming
weight: 0.58
pattern: (her|ur|your) (mustache|moustache|unibrow|monobrow|beard|chin hair|armpit hair|leg hair|man hands|adams apple|hairy arms|hairy legs|acne|pimples|zits|yellow teeth|crooked teeth|lisp|fivehead|double chin|muffin top|cellulite|stretch marks|fat rolls) (lol|lmao|lmfao|skull|ew|eww|omg|bro|tho|ugh|gross|yikes|bruh)
pattern: (look at|check out|did you see|did u see|have you seen) the size of (her|him|them|ur|your)
pattern: (shes|hes|she is|he is) (so|literally|actually|) (obese|a whale|a cow|a hippo|a blimp|a landwhale)
pattern: (tag|tagging) (her|him|them) (in|on) (every|all|all the|each) ~1 (meme|memes|post|posts|pic|pics|video|videos|tiktok|tiktoks)
match: omg her mustache 💀💀
match: look at the size of her lmao she's huge
match: tag her in every ugly meme lmao
nomatch: her mustache costume for halloween was hilarious, she won
note: pointing a group at someone's body hair, size or skin

[en.cyberbullying.humiliation.cant-afford]
sub: humiliation
weight: 0.3
pattern: (cant|cannot|couldnt|can not) (even|) afford (another|a new|new|better|real|anything|a phone|a haircut|shoes|clothes|lunch)
match: can't afford another?
match: he cant even afford lunch
nomatch: i can't afford a new phone this month
note: weak poverty taunt; counts with a same-clothes or you're-poor hit

[en.cyberbullying.identity_attack.hes-such-a-sped]
sub: identity_attack
weight: 0.58
also: harassment.identity_attack
pattern: (hes|shes|he is|she is|youre|ur|you are|u r) (such a|a|so|literally a|such an|an|a total|a complete) (spaz|retard|tard|autist|downie|mong|mongoloid|window licker)
pattern: (hes|shes|he is|she is|youre|ur|you are|u r) (such a|so|literally a|a total|a complete|a fucking|a lil|a little) sped
pattern: (you|u|ya) (have|got|has) (downs|down syndrome|autism|the tism|brain damage|aids) (or something|or what|lol|lmao|or smth|bro|fr)
match: he's such a sped
match: you have downs or something?
nomatch: he is a sped teacher and loves it
note: disability slurs aimed at a person

[en.cyberbullying.exclusion.kicked-out-of-squad]
sub: exclusion
weight: 0.6
target: other
pattern: (ur|youre|you are|u r|your) (officially|now|hereby|) (kicked|banned|removed|cut|uninvited|blocked|unfriended|voted) (out of|from|out from) (the|our|this) (squad|group|gc|friend group|chat|team|table|server|club|crew|groupchat)
pattern: (ur|youre|you are|u r) (just|so|literally|honestly|really) (annoying|exhausting|draining|insufferable|unbearable|embarrassing|awful|miserable) to be (around|with|near)
pattern: (thought|think|thinks) (we|they|we were|they were|were|theyre|we are|they are) (your|ur) (friends|friend|besties|homies)
pattern: (everyone|everybody|they|we) (was|were|is|are) (just|only) (using|pretending with|tolerating|putting up with) (you|u|ya)
match: ok so we all agreed that ur officially kicked out of the squad
match: i cant believe you actually thought we were your friends
match: everyone was just using you for rides lmao
nomatch: you're officially part of the squad now!
note: formally cutting someone from the group, or telling them their friends were fake

[en.cyberbullying.exclusion.dont-bother-messaging]
sub: exclusion
weight: 0.35
pattern: (dont|do not) bother (messaging|texting|talking to|calling|coming|sitting with|asking|dming) (any of us|us|me|anyone|anybody|the group)
pattern: (were|we are|we r) (all|) (done|so done|finished) with (you|u|your|ur) (drama|bs|shit|attitude|crap|lies|nonsense|)
match: dont bother messaging any of us again
match: we're done with your drama
nomatch: don't bother calling the store, it's closed
note: weak exclusion markers; add up with another hit

[en.cyberbullying.pile_on.if-you-sit-with-her]
sub: pile_on
weight: 0.65
pattern: if (you|u|anyone|anybody|someone|somebody|yall) (sit|sits|talk|talks|hang|hangs|invite|invites|hang out|hangs out|are friends) (with|to) (her|him|them) (youre|ur|you are|u r|they are|theyre|ur also|youre also) (out|next|dead|cut off|blocked|a loser|out too|out of the group)
pattern: (everyone|everybody|yall|guys) (look at|check out|see|come see|come look at) (this|that) (clown|loser|freak|weirdo|idiot|fatass|uggo|dork|nerd|bozo|creep|whale|pig|cow|fatty)
pattern: (this is|thats|meet|look its|heres) the (girl|boy|kid|guy|one|freak|weirdo|loser) (who|that) ~2 (pissed|peed|shit|pooped|cried|puked|threw up|wet|farted|got dumped|got rejected|sent nudes|stuffs|sucked|smells)
match: listen up everyone, tomorrow at lunch nobody sits with her, if you sit with her you're out too
match: everyone look at this clown
match: yo everyone this is the girl who pissed herself in 5th grade 😂
nomatch: this is the girl who won the spelling bee
note: threats to exclude anyone who stands with the target, and showing a person off to the crowd

[en.cyberbullying.exclusion.only-one-not-invited]
sub: exclusion
weight: 0.6
pattern: (ur|youre|you are|u r|shes|hes|she is|he is) the only (one|person|girl|boy|kid|guy) (not|who wasnt|who isnt|that wasnt|that isnt|we didnt|nobody|who didnt get|that didnt get) (invited|asked|added|picked|chosen|included|invite|an invite)
match: we're having a party and ur the only one not invited 😂
nomatch: you're the only one who can fix this
note: singling one person out as the one left out

[en.cyberbullying.pile_on.number-on-the-wall]
sub: pile_on
weight: 0.6
pattern: (put|write|wrote|posted|post|writing|spread|spreading|leaked|leak) (her|his|your|ur) (number|phone number|address|snap|snapchat|insta|name) (on|in|all over) (the|a|) (bathroom|bathroom wall|bathroom stall|stall|craigslist|porn site|reddit|4chan|everywhere|internet|hookup site)
pattern: (everyone|everybody|yall|lets|guys) (go|all|all go|) (downvote|dislike|report|spam|flag|hate on|ratio|mass report) (all|every|each|all of) (her|his|their) (posts|post|videos|vids|comments|pics|tweets|tiktoks|stories|reels|photos)
match: someone put her number on the bathroom wall lol
match: everyone go downvote all his posts
nomatch: put her number in your phone so you can call her
note: exposing someone's contact details to invite harassment, and crowd downvoting

[en.cyberbullying.humiliation.subtle-putdowns]
sub: humiliation
weight: 0.6
pattern: (she|he|you|u|shell|hell|youll|ull) (will|ll|) (never|wont ever|will never) be as (pretty|cool|smart|popular|funny|good|hot|skinny|rich|talented|liked|loved) as (us|me|her|them|we are|everyone else)
pattern: (your|ur) personality (is|r|sucks|stinks|is so) (trash|garbage|shit|crap|dogshit|awful|terrible|horrible|nonexistent|non existent|dry|boring|ugly|disgusting|worse|gross|dead)
pattern: (ur|youre|you are|u r) (kind of|kinda|sort of|lowkey|a bit of) (a|an|) (loser|freak|weirdo|creep|joke|bitch|slut|hoe|reject|nobody|clown|embarrassment|failure)
pattern: (you|u|ya) should be (embarrassed|ashamed) (to be seen|to exist|of existing|to show your face|to show ur face|to be alive|to leave the house|to be seen in public|to go outside|to be born|of your face|of ur face|of your body|of ur body)
pattern: no one (laughs|laughed|laughing) at (your|ur|his|her) (jokes|joke)
pattern: (bro|he|she|this kid|this guy|this girl) (really|actually|genuinely|lowkey|) (thinks|thought) (hes|shes|he is|she is|he was|she was) (funny|cool|cute|pretty|hot|smart|popular|the shit|all that|tough)
match: why does she even try, she'll never be as pretty as us
match: ur lucky ur pretty cuz ur personality is trash
match: no offense but ur kind of a loser and everyone knows
match: u should be embarrassed to be seen in public
match: bro thinks he's funny 💀 no one laughs at your jokes
nomatch: your personality is so warm and kind
note: subtler put-downs aimed at a person (comparisons, personality, "you should be ashamed to be seen")

[en.cyberbullying.appearance_shaming.if-i-looked-like-you]
sub: appearance_shaming
weight: 0.65
target: other
pattern: if i (looked|was|were|smelled|had your|had ur|had that) ~3 (id|i would|i wud|ill|i will) (never leave the house|kill myself|kms|die|hide|cry|wear a bag|never show my face|never go outside|stay home|never post|move away|end it|jump off a bridge|jump off a building|jump|unalive myself|off myself|drown myself|throw myself|disappear|sue my parents|sue god)
pattern: (your|ur) (voice|laugh|face|singing|breathing|chewing|existence|presence|laugh) (makes|make) me (want to|wanna) (puke|throw up|vomit|die|kms|rip my ears off|cut my ears off|kill myself|scream|gag|leave|cry)
pattern: (tried out|auditioned|signed up|applied|showed up|wore a bikini|wore a crop top|posted a selfie|posted a pic|went to prom) ~3 with (that|her|ur|your|his|this) (body|face|weight|acne|nose|voice|hair|teeth|gut|belly|thighs)
match: if i looked like u i'd never leave the house
match: your voice makes me want to rip my ears off
match: lmao she tried out for cheer with that body
nomatch: if i was you i'd take the job
note: looks put-downs in conditional or reaction form

[en.cyberbullying.exclusion.vote-to-remove]
sub: exclusion
weight: 0.66
pattern: vote (to|) (remove|kick|ban|boot|drop|exclude) (her|him|them|you|u) (from|out of|off|out)
pattern: (nobody|noone|no one) (passes to|talks to|plays with|picks|texts|replies to|calls|dms|sits by|partners with) (him|her|you|u|them) (anyway|anymore|lol|lmao|ever|at all|for a reason|cause|because|bc)
pattern: (ew|eww|ewww|gross) (she|he|they) (touched|sat on|sat in|used|breathed on|looked at) (my|our|the|me)
pattern: (need|needs|gonna need|have) to (disinfect|sanitize|bleach|burn) (it|my desk|my chair|my seat|everything|the desk|the chair|my hand|my stuff) (now|lol|lmao|after her|after him|ew|)
match: can we vote to remove her from the project group, she's useless
match: honestly he should just stop coming to practice, nobody passes to him anyway
match: ew she touched my desk, gonna need to disinfect it
nomatch: vote for her in the class election
note: treating a classmate as contaminating, or voting them out of a group

[en.cyberbullying.self_harm_encouragement.heres-a-rope]
sub: self_harm_encouragement
weight: 0.75
target: other
also: self_harm.promotion
pattern: (here|heres|here is|take|grab|use) (a|the|this|some|my) (rope|noose|razor|knife|blade|gun|pills|bleach) (use it|and use it|go|lol|do it|already|loser|have fun|for you|for u|rope|knife|skull|coffin)
pattern: (razor|razors|rope|noose|bridge|pills|knife|blade|bleach|gun|train tracks|tracks|cliff|roof) (is|are) (that way|over there|right there|in the kitchen|in the bathroom|downstairs|waiting|calling)
pattern: (nobody|no one|noone) (will|would|is gonna|gonna) (stop|save) (you|u|ya) (rope|knife|pills|pill|skull|coffin|gun|blood)
pattern: (youd|you would|u would|ud|you|u) (look|be) better (in a coffin|dead|in a grave|6 feet under|six feet under|in a body bag|hanging|coffin)
pattern: (go|just|pls|please|should) (jump|leap) off (a|the|ur|your) ~1 (bridge|cliff|building|roof|balcony|skyscraper|overpass|tower|parking garage)
match: here's a rope 🪢 use it
match: the razor is that way 👉
match: do it. nobody will stop u. 🪢
match: you'd look better in a coffin
match: go jump off the school roof
nomatch: here's a rope for the tent, use it to tie the tarp
note: handing someone the means, or pointing them to it; emoji (rope, skull, coffin) count as the words

[en.cyberbullying.self_harm_encouragement.party-if-you-died]
sub: self_harm_encouragement
weight: 0.8
target: other
also: self_harm.promotion
pattern: (everyone|everybody|we|the whole school|the world|the whole class|id|i would|ill) (would|will|gonna|is gonna|d|) (throw a party|celebrate|party|cheer|dance|be happy|rejoice|be relieved|throw a parade|laugh) (if|when) (you|u|ya|she|he) (died|die|dies|were dead|was dead|killed|kill|disappeared|were gone|was gone|kms|kys)
pattern: (you|u|ya|she|he) (should|shouldve|shoulda|should of) (have|) been (aborted|swallowed|a miscarriage|an abortion|miscarried|stillborn|a stillborn)
pattern: (world|earth|planet|school|team|we|nobody) (doesnt|does not|dont|do not) (need|want) (another|more|any more|anymore) ~2 (like you|like u|like her|like him)
pattern: (praying|pray|hoping|hope|waiting) for (your|ur|her|his) (downfall|death|demise|funeral|suicide)
match: everyone would throw a party if u died
match: you should have been aborted
match: the world doesn't need another loser like you
match: im praying for ur downfall
nomatch: we would throw a party if you visited!
note: saying the person's death or non-existence would be welcome

[en.cyberbullying.exclusion.banned-from-sitting]
sub: exclusion
weight: 0.6
pattern: leave the (group|gc|groupchat|chat|server|squad|discord|team|table) (and|n) (never|dont|do not) (come back|return|talk to us|message us|text us)
pattern: (ur|youre|you are|u r) (banned|not allowed|forbidden|blocked) (from|to) (sitting|sit|talking|talk|hanging|hang|coming|come|eating|eat|texting|text) (with|to|near|around|by) (us|me|our group|the group|anyone)
pattern: (find|get|go find|go get|make) (new|other|different|some other|some new) (friends|friend group|people|squad) ~3 (cause|because|cuz|bc|were|we are|we r|nobody|no one|we dont|were done|we hate)
match: leave the server and never come back
match: ur banned from sitting with us
match: find new friends cause we're done with u
nomatch: we left the server and never came back, it was dead
note: expelling someone from the group for good

# ---------------------------------------------------------------------------------------------
# Round 3 (h6): poverty, family, crush, rumour, disability mimicry, sarcastic compliments and
# Q&A-style taunts. Question-shaped taunts get weights near 0.65 because the question cue
# multiplies by 0.85.
# ---------------------------------------------------------------------------------------------

[en.cyberbullying.humiliation.h6-poverty-family-shops]
sub: humiliation
weight: 0.55
target: other
pattern: (your|ur|yo) (mom|mum|mama|momma|family|parents|dad|grandma) (shops|shop|buys|buy|gets|get|got|bought) ~3 (goodwill|thrift|thrift store|dollar store|dollar tree|salvation army|walmart|the dump|the trash|a dumpster|food bank|donation bin|lost and found)
pattern: (your|ur) (family|mom|mum|parents|dad) (lives|live|living|lived) in a (trailer|dumpster|shelter|car|van|motel|tent|shack|box)
pattern: (did|do|does) (you|u|ya|she|he) (get|buy|find|got|steal) (them|those|that|it|ur|your|her|his) ~2 (from|at|in|out of) (the dump|a dump|the trash|a dumpster|the dumpster|the garbage|lost and found|a donation bin|goodwill)
match: ur mom shops at goodwill thats why u dress like that
match: your family lives in a trailer thats so trashy
match: lmaooo look at her shoes did she get them from the dump
nomatch: my mom shops at goodwill and the finds are amazing
nomatch: my family lives in a trailer and we love it
note: mocking a classmate's family income, clothes or home; first-person "my mom shops at goodwill" does not match

[en.cyberbullying.humiliation.h6-so-broke]
sub: humiliation
weight: 0.5
target: other
pattern: (bro|he|she|you|u|ya|youre|ur|hes|shes|her family|his family|ur family|your family) (is|r|are|) (so|too|this|that|mad|dirt|hella|super) (broke|poor) (he|she|u|you|ya|lol|lmao|lmfao|that|they|his|her|ur|your|bro|cant|cannot)
pattern: (broke|poor|brokie) ~4 (free lunch|food stamps|ebt|welfare|hand me downs|hand me down|handmedowns)
pattern: (hand me downs|hand me down|handmedowns|secondhand clothes|thrift clothes|used clothes) ~3 (broke|poor|brokie|lol|lmao|lmfao|ew|eww|again|trash|bum)
match: bro is so broke he eats the free lunch every day
match: hand me downs again? lmao broke
match: ur so poor u cant even afford shoes
nomatch: hand me downs from my cousin are the best
nomatch: we grew up poor but my parents made it work
note: poverty shaming aimed at a classmate; "so broke" must be followed by more taunt words, so "im so broke this month" does not match

[en.cyberbullying.appearance_shaming.h6-dirty-clothes]
sub: appearance_shaming
weight: 0.55
target: other
pattern: (your|ur|her|his) (clothes|shirt|shirts|hoodie|jacket|pants|shoes|hair|socks|uniform|backpack) (are|is|r|be|always|look|looks) (always|so|too|literally|) (dirty|nasty|filthy|greasy|stained|crusty|smelly|stinky|musty|gross|raggedy|ragged|torn)
pattern: (do|does) (you|u|ya|she|he) even (have|own|know what) (a|an|any) (washing machine|washer|toothbrush|hairbrush|comb|soap|deodorant|shampoo|mirror|iron|home)
match: ur clothes are always dirty do u even have a washing machine
match: do you even own a toothbrush
nomatch: my clothes are dirty after the hike
nomatch: do you have a washing machine i can borrow
note: hygiene and poverty taunts; "even" is required so a plain question does not match

[en.cyberbullying.appearance_shaming.h6-looks-like-wide]
sub: appearance_shaming
weight: 0.58
pattern: (you|u|ya|she|he|shes|hes|youre|ur) (look|looks|looking|lookin) like (a|an|) (boiled|bald|fat|ugly|hairless|skinny|naked|deformed|) (egg|thumb|toe|worm|bug|fly|insect|owl|mosquito|cockroach|roach|goblin|gremlin|toad|frog|lizard|ferret|rat|mole|pug|troll|ogre|pig|hippo|walrus|muppet|skeleton|crackhead|methhead|smurf|oompa loompa|teletubby|minion|caveman|neanderthal|shrek|ghoul|zombie|corpse|rotten banana|chihuahua|mole rat|naked mole rat|hobbit|gnome|sloth|pufferfish|blobfish|bulldog|gorilla|ape)
pattern: (you|u|ya|she|he) (look|looks) like (a|an) ~2 with (a|an) (wig|mustache|moustache|unibrow|beard)
match: she looks like a boiled egg with a wig
match: u look like a goblin fr
match: hes looking like a naked mole rat lol
nomatch: this cake looks like a frog
nomatch: the baby looks like a little potato in that hat
note: comparison taunts with a person as subject; kept above 0.56 so a third-person "she looks like" taunt in a group chat still flags

[en.cyberbullying.appearance_shaming.h6-five-head]
sub: appearance_shaming
weight: 0.5
target: other
pattern: (a|ur|your|her|his|that|with) (five|six|5|6) head
pattern: (your|ur|her|his|that) (hairline|forehead) (is|be|looking|lookin|running|receding|said|gone|so|got|r) ~2 (away|back|ugly|huge|big|massive|gone|bye|lol|lmao|billboard|landing strip|five head|fivehead|cooked|crazy)
pattern: who let ~2 (cook|out|post|outside|leave the house|dress|go out) ~2 with (that|this|those|them|ur|your|her|his) (hairline|face|haircut|nose|teeth|forehead|body|outfit|fit|eyebrows|acne|voice|hair)
match: ur forehead is a five head lol
match: who let bro cook with that hairline
match: her hairline running away lmao
nomatch: the herd has five head of cattle
nomatch: my hairline is receding and i dont care
note: hairline and forehead mockery

[en.cyberbullying.appearance_shaming.h6-fat-food-taunt]
sub: appearance_shaming
weight: 0.6
target: other
pattern: (eat|eating|have|grab|order|get) (another|one more|some more|more) (burger|burgers|donut|donuts|cake|pizza|cheeseburger|big mac|slice|cookie|cookies|twinkie|fries|bucket) (fatty|fatso|piggy|pig|whale|lardass|fatass|cow|hippo|chubby|chunky|tubby|lol|lmao|fatty lol)
pattern: (go|just|pls|please) eat (another|one more|some more|more) (burger|burgers|donut|donuts|cake|pizza|cheeseburger|big mac|cookie|cookies)
match: go eat another burger fatty
match: have another donut fatso
nomatch: im gonna have another slice of pizza
nomatch: grab some more cookies for the party
note: food taunts aimed at weight

[en.cyberbullying.appearance_shaming.h6-looking-ass]
sub: appearance_shaming
weight: 0.6
target: other
pattern: (anorexic|skeleton|crackhead|methhead|ugly|fat|crusty|ogre|troll|goblin|shrek|oily|pimply|zitty|acne|musty|dusty|broke|bum|homeless|poor|dirty|nasty|goofy|weird|creepy|stupid|dumb|fugly|busted|greasy|ashy|bald|balding|retarded|autistic|gay|lesbian|virgin|unwashed|raggedy) (looking|lookin) (ass|bitch|hoe|loser|freak|kid|mf|dude|girl|boy|thing|clown|weirdo|nerd|ahh)
match: anorexic looking ass
match: crusty lookin ass
match: goofy looking ahh
match: ogre looking ass
nomatch: she looks good in that dress
nomatch: a weird looking bug landed on me
note: the "X looking ass" insult construction; "weird looking bug" does not reach the last slot

[en.cyberbullying.humiliation.h6-sarcastic-compliment]
sub: humiliation
weight: 0.6
target: other
pattern: (pretty|cute|smart|funny|hot|cool|talented|beautiful|attractive|handsome|gorgeous|stunning|sexy|popular|interesting|slay|amazing) ~3 said (no one|nobody|noone) ever
pattern: (talented|good|great|amazing|best|expert|pro|gifted|skilled) at (being|looking|acting) (annoying|ugly|weird|a loser|stupid|dumb|cringe|fat|a failure|useless|a joke|irrelevant|a nobody|pathetic|gross|desperate|a pick me|fake|a creep|lonely|unlikeable)
pattern: (so|very|really|soo) (brave|bold|confident) ~5 (that face|ur face|your face|that body|ur body|your body|that outfit|that fit|looking like that|look like that|with that face|face like that|in public|with those teeth|with that nose|with that hairline|at your weight|at ur weight)
pattern: (cute|nice|pretty|great|love the|love ur|love your|cool) (hairstyle|hair|outfit|fit|makeup|mustache|moustache|dress) for a (boy|dude|guy|man|grandma|granny|grandpa|clown|homeless person|hobo|boomer|five year old|blind person)
pattern: (love|nice|cute|great) (your|ur) (outfit|fit|shoes|clothes|hair|haircut|makeup|glasses|jacket) ~2 (did|does) (your|ur) (grandma|granny|mom|mum|blind|dog|little brother|little sister) (pick|choose|make|do|buy|dress)
match: omg ur so pretty... said no one ever
match: you're actually so talented at being annoying
match: ur so brave for posting that face online
match: cute outfit... for a boy
match: wow love your outfit, did your grandma pick it?
nomatch: you're so brave for sharing your story
nomatch: cute outfit for a day at the beach
nomatch: my grandma picked this outfit and i love it
note: fake compliments that turn into an insult; the turn (said no one ever, for a boy, grandma picked it) is part of every pattern

[en.cyberbullying.humiliation.h6-backhanded-for-someone]
sub: humiliation
weight: 0.5
target: other
pattern: (smart|pretty|cute|good|funny|hot|fast|decent|nice) for (a|someone|somebody) ~3 (who|that) ~1 (failed|flunked|got held back|cant read|cant spell|is so ugly|is so fat|smells|has no friends|rides the short bus)
pattern: (smart|pretty|cute|hot|decent|good looking) for (a|someone|somebody) (so|that|this|) (ugly|fat|poor|retarded|weird|short|chubby|slow|special ed)
match: wow ur smart for a kid who failed 3 times
match: ur pretty for someone so fat
nomatch: that's smart for a kid who just started coding
nomatch: pretty good for someone who just started
note: backhanded compliments with a put-down; "just started" is not a put-down slot

[en.cyberbullying.exclusion.h6-do-you-have-friends]
sub: exclusion
weight: 0.6
target: other
pattern: (do|does) (you|u|ya|she|he) even have (any|a single|) (friends|friend|mates|irl friends|real friends)
pattern: (do|does) (you|u|ya) have (any|a single|) (friends|friend|mates) (a|answer|no|nope|lol|lmao|lmfao|bc|because|cuz|cause|obviously|clearly|didnt think so|thought not)
pattern: (what|whats|how) (is|does|) it (like|feel) (to be|being|having) (the|so|such|a|an|no|zero|) ~2 (ugly|ugliest|fat|fattest|loser|hated|friendless|weird|weirdest|annoying|unpopular|poor|poorest|lonely|dumbest|stupid|stupidest|loner|reject|nobody|friends)
match: Q: do you have any friends? A: no lol
match: do u even have friends
match: whats it like being the ugliest girl in school
match: how does it feel to be so unpopular
nomatch: do you have any friends who speak spanish
nomatch: what's it like being the oldest sibling
note: Q&A and ask-site taunts about friends and status; the question cue takes off 15 percent, so the weight is set above 0.6

[en.cyberbullying.exclusion.h6-nobody-will-ever-like-you]
sub: exclusion
weight: 0.72
target: other
pattern: (nobody|noone|no one|no guy|no girl|no boy) (will|would|is gonna|is going to|could|is ever gonna) (ever|) (like|want|choose|care about|be friends with|hang out with|go out with) (you|u|ya)
pattern: (nobody|noone|no one|no guy|no girl|no boy) ~3 ask (you|u|ya) out
pattern: (accept|face) (it|the fact) ~3 (nobody|noone|no one) (likes|like|loves|wants|cares)
match: no one will ever like you, accept it
match: no guy is ever gonna ask u out
nomatch: nobody will pick you up at the airport, take a taxi
nomatch: don't listen to them, it's not true that nobody will ever like you
note: rejection predictions aimed at the reader; "want you to" is cut by the support cue

[en.cyberbullying.humiliation.h6-crush-mocking]
sub: humiliation
weight: 0.6
pattern: (like|as if|lmao|lol|imagine) (he|she|they|someone|anyone|a guy|a girl) (would|will|could|is gonna) (ever|even|actually|) (date|like|kiss|love|want|go out with|look at|notice|text back) (that|her|him|you|u|someone like|a loser|a freak|an uggo|that thing)
pattern: imagine (liking|having a crush on|crushing on|simping for|being in love with|being obsessed with) ~3 (who|that) ~2 (doesnt|dont|will never|would never|cant|never|does not|hates|is out of)
pattern: (your|ur|her|his) crush (will never|would never|doesnt|does not|laughs at|laughed at|thinks|hates|said|showed|screenshotted|is grossed|is disgusted|finds) ~3 (you|u|ya|her|him|ur|your|everyone|ugly|weird|gross|cringe|creepy|annoying|disgusting|pathetic)
pattern: (she|he|you|u|ya) (has|have|got|had) a crush on ~3 (lmao|lol|lmfao|haha|ew|eww|skull|clown|cringe|gross|disgusting|imagine|delusional|never|out of her league|out of his league|out of your league|out of ur league)
match: she has a crush on jake 😂😂 like he would ever date that
match: imagine liking someone who doesnt even know ur name lol
match: your crush will never like you
match: he has a crush on her lmaooo delusional
nomatch: i have a crush on someone in my class, how do i tell them
nomatch: just found out my crush likes me back
note: mocking someone's crush or feelings; first person "i have a crush" is not in the subject slot

[en.cyberbullying.humiliation.h6-rumour-spread]
sub: humiliation
weight: 0.6
target: third
pattern: (tell|telling|told|text|texting|tell the|tell ur|tell your) (everyone|everybody|the whole class|the whole school|the gc|the groupchat|the whole grade|the team) ~3 (has|have|got|had|caught) (lice|fleas|herpes|an std|stds|chlamydia|crabs|worms|bedbugs|bed bugs|cooties|aids|hiv|scabies|ringworm|bo)
pattern: (everyone|everybody|the whole school|the whole class|the whole grade|we all) (knows|know|saw|heard) (you|u|she|he|ya) ~3 (stuff|stuffs|stuffed|wet|wets|pee|peed|pees|pissed|cheated|sleeps|slept|lied|cried|shit|pooped|failed|flunked|sucked|kissed|likes|has a crush|got dumped|got rejected|still sleeps|wears diapers|has lice)
pattern: (i heard|apparently|rumor is|rumour is|word is|they say|people say|someone said) (she|he|you|u|ya) ~4 (cheated|slept|hooked up|kissed|got pregnant|has lice|wet|peed|stuffs|stuffed|lied|sent nudes|is pregnant|got caught|got expelled|has an std|has herpes) ~6 (pass it on|spread it|spread the word|tell everyone|tell everybody|dont tell|lol|lmao|lmfao|ew|eww|omg)
pattern: (stuff|stuffs|stuffed|stuffing) (your|ur|her) (bra|bras)
match: tell everyone mia has lice
match: everyone knows u stuff ur bra lol
match: i heard she cheated on her bf with his brother pass it on
nomatch: my sister has lice again, any shampoo recommendations
nomatch: i heard she got the job, tell everyone congrats
note: spreading gossip and humiliating rumours about a classmate

[en.cyberbullying.humiliation.h6-rumour-bodily]
sub: humiliation
weight: 0.45
pattern: (he|she|you|u|ya) (wet|peed|pissed|pooped|shit|soiled|sharted|crapped) (himself|herself|yourself|urself|his pants|her pants|ur pants|your pants|the bed) ~4 (on|at|in|during|lol|lmao|lmfao|everyone|everybody|again)
pattern: (spreading|spread|sharing|passing) (it|this|that) (now|around|everywhere|to everyone|to everybody|to the gc|to the whole)
match: spreading it now: he wet himself on the field trip
match: she peed her pants in gym lmao
nomatch: i wet myself laughing at that video
nomatch: spreading it on toast is the best
note: bodily humiliation and gossip spreading; weak alone, two together flag

[en.cyberbullying.humiliation.h6-expose-threat-wide]
sub: humiliation
weight: 0.62
target: other
pattern: (screenshotted|screenshotting|ssd|screenied) ~6 (send|sent|sending|post|posted|posting|share|shared|sharing|spread|spreading|leak|leaked|leaking|show|showing|forward|forwarding) ~3 (everyone|everybody|gc|groupchat|story|school|grade|class|ur crush|your crush|ur mom|your mom|ur parents|your parents)
pattern: make sure (everyone|everybody|the whole school|the whole class|the whole grade|the gc|ur mom|your mom|ur parents|your parents|the teacher|ur crush|your crush) (sees|see|knows|know|hears|hear|reads|read|gets) (your|ur|her|his|those|the|about|what) (diary|texts|dms|messages|pics|nudes|secret|secrets|search history|video|vid|vids|chats|screenshots|crush|letter|journal|convo|browser history|selfies|poems|notes|pictures|photos)
pattern: if (you|u|ya) (tell|snitch|say anything|tell anyone|tell anybody|tell someone|block me|report me) ~4 (ill|i will|imma|ima|im gonna|gonna|i swear)
match: i screenshotted ur texts to him and im sending them to everyone
match: if u tell anyone ill make sure the whole school sees ur diary
nomatch: i screenshotted the recipe so i don't lose it
nomatch: make sure everyone sees the announcement about the bake sale
note: threats to expose or humiliate; "make sure everyone sees" needs a private thing (diary, texts, pics) after it

[en.cyberbullying.exclusion.h6-parent-left-because]
sub: exclusion
weight: 0.72
target: other
pattern: (your|ur|yo) (dad|father|mom|mum|mother|parents|daddy) (left|walked out|abandoned|ran off|ran away|dipped|bounced) ~4 (couldnt|could not|cant|didnt|did not|never) (stand|handle|love|want|deal with|take) (you|u|ya)
pattern: (your|ur|yo) (dad|father|mom|mum|mother|parents|daddy) (left|walked out|abandoned|ran off|ran away|dipped|bounced) ~3 (hate|hates|hated|ashamed|embarrassed|disgusted|sick) (of|by|) (you|u|ya)
match: ur dad left bc he couldnt stand u
match: your mom left cuz she hated you
nomatch: my dad left when i was young and it still hurts
nomatch: your dad left the keys on the counter, can you grab them
note: blaming a child for a parent leaving

[en.cyberbullying.identity_attack.h6-disability-mimic]
sub: identity_attack
weight: 0.62
pattern: (stop|quit) (flapping|rocking|stimming|twitching|ticcing|ticking|flailing|drooling|stuttering|stammering) ~3 (freak|weirdo|retard|autistic|like a|weird|lol|lmao|ew|eww|everyone|its|it is|so)
pattern: (everyone|everybody|lets|yall|we) (all|) (copy|copying|copied|mock|mocking|mocked|imitate|imitating|imitated|mimic|mimicking|mimicked|do) (him|her|them|the way|how|his|her) ~2 (walk|walks|talk|talks|voice|stutter|lisp|limp|laugh|accent|run|runs|lol|lmao|lmfao)
pattern: (you|u|ya|she|he) (stutter|stutters|stammer|stammers|lisp|lisps|twitch|twitches|drool|drools|limp|limps) (so|like|lol|lmao|lmfao|too|every|constantly|all) ~3 (painful|annoying|cringe|spit it out|freak|weird|retarded|funny|lol|lmao|much|hard|disgusting|everyone|embarrassing)
pattern: spit it (out|out already) (loser|retard|freak|dummy|idiot|lol|lmao|already|we dont have all day)
pattern: (he|she|you|u) (walks|walk|talks|talk|runs|run) like a (penguin|duck|zombie|robot|crab|ostrich|chicken) ~3 (lol|lmao|lmfao|copy|everyone|freak|weirdo|loser|retard)
match: stop flapping ur hands like a freak everyone can see
match: he walks like a penguin everyone copy him lol
match: you stutter so much its painful lmao spit it out
nomatch: i stutter when i'm nervous, any advice for presentations?
nomatch: the toddler walks like a penguin in his snowsuit so cute
note: mocking disability, tics, stims and speech; first-person "i stutter" is not in the subject slot

[en.cyberbullying.identity_attack.h6-special-or-something]
sub: identity_attack
weight: 0.6
pattern: (you|u|ya|ur|your|she|he|brother|sister|cousin|friend|bf|gf|kid|mom|dad) ~2 (special|slow|retarded|autistic|mental|sped|special ed|special needs|disabled|handicapped|braindead|brain dead) (or something|or smth|or what|lol|lmao|lmfao|af|asf|fr)
match: is ur brother special or something
match: are u slow or something
nomatch: special ed teachers deserve more pay
nomatch: my friend is on the autism spectrum and is a genius at chess
note: mocking disability or neurodivergence; "special ed" on its own is a school programme and does not match

[en.cyberbullying.identity_attack.h6-the-special-kid]
sub: identity_attack
weight: 0.6
target: third
pattern: (lol|lmao|lmfao|ew|eww|the|that|this) (special ed|sped|retarded|slow|autistic|downie|short bus) (kid|girl|boy|freak|weirdo|loser) ~3 (tried|keeps|kept|wont|wouldnt|always|sat|stares|staring|talked|touched|followed|smells|stinks|drooled|drools|ew|eww|lol|lmao|lmfao)
match: lol the special ed kid tried to talk to me
nomatch: the special ed kids put on a great play
note: mocking a disabled classmate in talk to others; the writer is often in the sentence ("tried to talk to me"), so the target is set to third

[en.cyberbullying.humiliation.h6-why-even-try]
sub: humiliation
weight: 0.45
target: other
pattern: why (do|does|did) (you|u|ya) even (try|bother|post|talk|show up|come|speak|open your mouth|open ur mouth|exist)
pattern: imagine being (this|so|that|as) (poor|broke|ugly|fat|dumb|stupid|lonely|friendless|annoying|cringe|short|weird|irrelevant|desperate|pathetic|unlikeable)
match: why do you even try nobody cares
match: imagine being this poor and still acting like ur someone
nomatch: why do you even like that show, it's so boring lol
nomatch: imagine being this happy on a monday
note: dismissive taunts; weak alone, flags with another hit or a second-person target

[en.cyberbullying.appearance_shaming.h6-sarcastic-feature]
sub: appearance_shaming
weight: 0.5
target: other
pattern: (nice|cute|love the|great|wow|love ur|love your) (unibrow|monobrow|fivehead|double chin|muffin top|cankles|pit stains|dandruff|zits|lip hair|man boobs|moobs|camel toe)
pattern: (did|do) (you|u|ya) (lose|forget|not own|not have|run out of) (your|ur|a) (tweezers|razor|comb|hairbrush|toothbrush|deodorant|mirror|soap|shampoo)
match: nice unibrow did u lose ur tweezers
match: do u not own a razor
nomatch: did you lose your keys again
nomatch: nice haircut
note: sarcastic remarks about a feature or grooming

[en.cyberbullying.exclusion.h6-dont-invite-the]
sub: exclusion
weight: 0.6
pattern: (dont|do not|never|nobody|noone|stop|why would you|why would u|why did you|why did u|who) (invite|invited|inviting|add|added|adding|let|pick|picked|choose|chose) (the|that|this) ~1 (weird|fat|ugly|smelly|creepy|annoying|poor|special|sped|autistic|emo|gay|weirdo|loser|freak|stinky|retarded|lonely|broke|cringe) (kid|girl|boy|one|guy|loser|freak|bitch|nerd|thing)
pattern: (we|everyone|everybody|they|all of us|the whole class|the whole gc|the whole group|yall) ~2 (unfollowed|unfriended|blocked|muted|removed|kicked|unadded|left|ghosted|ditched) (you|u|ya) (lol|lmao|lmfao|did|on|from|because|bc|cuz|cause|loser|already|and)
pattern: (nobody|noone|no one) (picked|picks|chose|chooses|wanted|wants) (you|u|ya|her|him) (for|on) ~2 (team|teams|partner|partners|group|project|side)
match: don't invite the weird kid
match: lol we all unfollowed u did u notice
match: nobody picked u for the team bc u suck at everything
nomatch: don't invite the new kid to the surprise, he'll tell
nomatch: i think they blocked you by mistake, want me to ask
note: organised exclusion; "the new kid" is not an insult slot

# ---------------------------------------------------------------------------------------------
# Round 3 (h6), second batch: can't stand you, talked about behind your back, family members as
# insults, disability labels as insults, humiliating recordings, public rejection, ruining
# everything, "X ass lol" body insults, and sarcastic "as dry as ur skin" comparisons.
# ---------------------------------------------------------------------------------------------

[en.cyberbullying.exclusion.h6-cant-stand-you]
sub: exclusion
weight: 0.7
pattern: (nobody|noone|no one) ~4 (can|could) (stand|tolerate|bear) (you|u|ya|her|him)
pattern: (everyone|everybody|we all|the whole class|they all|literally everyone|the whole school|the whole team) ~3 (cant|cannot|can not|couldnt) (stand|tolerate|bear) (you|u|ya|her|him)
match: literally no one at this school can stand you
match: everyone in class cant stand her
nomatch: no one could deal with the traffic today
nomatch: i can't stand this weather
note: nobody can bear the target

[en.cyberbullying.exclusion.h6-sit-with-losers]
sub: exclusion
weight: 0.6
target: other
pattern: (go|) (sit|eat|hang|hang out|play) with (the other|your|ur|the|ur fellow|your fellow|the rest of the) (losers|freaks|weirdos|nerds|rejects|loners|outcasts|retards|sped kids|special kids|fat kids|ugly kids|nobodies|dorks|geeks)
pattern: (we|everyone|everybody|they|all of us|the whole group|people) ~2 (left|quit|leave|leaving|muted|blocked|abandoned|ditched) ~3 (bc|because|cuz|cause|coz) of (you|u|ya|her|him)
match: go sit with the other losers
match: we all left the gc bc of u
nomatch: i sat with the other new kids at lunch and made friends
nomatch: we left early because of the rain
note: pushing someone to the outcast table or telling them they made everyone leave

[en.cyberbullying.humiliation.h6-talked-about]
sub: humiliation
weight: 0.62
pattern: (everyone|everybody|people|the whole class|the whole school|we all|they all|we|they) (talks|talk|talking|talked|laughs|laugh|laughing|laughed|jokes|joke|joking|joked) about (how|ur|your|you|u|her|him|his) ~2 (weird|ugly|fat|annoying|gross|cringe|dumb|stupid|smelly|creepy|loser|poor|fake|desperate|pathetic|broke|retarded|weirdo|freak|body|face|clothes|voice|smell)
pattern: (so|such|really|literally|lowkey) (desperate|thirsty) for (friends|attention|a boyfriend|a bf|a girlfriend|a gf|validation|likes|followers|clout) (its|thats|lol|lmao|pathetic|cringe|sad|ew|eww)
match: everybody talks about how weird u are when ur not there
match: she's so desperate for friends its sad
nomatch: everyone talks about how funny you are
nomatch: the kids were desperate for a snow day lol
note: gossip about a person's flaws and mocking loneliness

[en.cyberbullying.appearance_shaming.h6-body-part-adj]
sub: appearance_shaming
weight: 0.45
target: other
pattern: (your|ur|her|his) ~1 (legs|arms|face|lip|upper lip|back|armpits|pits|eyebrows|mustache|moustache|chest|teeth|nose|ears|feet|toes|neck|chin|belly|stomach|thighs|butt|ass|skin|hairline|forehead|knees|elbows) (are|is|r|look|looks|be|always) (so|too|really|literally|lowkey|hella|super|mad|) (hairy|greasy|crusty|oily|yellow|crooked|flabby|saggy|ashy|pimply|bumpy|gross|disgusting|nasty|ugly|hideous|wonky|busted|dirty|smelly|stinky|flat|bony|lumpy|jiggly|veiny|scaly|crater|scabby|rotten|musty|funky)
pattern: (shave|wax|pluck|trim) (ur|your|those|them|that|it|ur legs|your legs|ur mustache|your mustache|ur unibrow|your unibrow|ur pits|your pits) (lol|lmao|ew|eww|omg|pls|please|gross|nasty|already|bro|sis|girl|its)
match: ew ur legs are so hairy shave
match: his teeth are so yellow lmao
nomatch: my legs are so hairy after the winter
nomatch: your skin looks so healthy
note: body-part shaming; weak alone but aimed at the reader it reaches the line

[en.cyberbullying.appearance_shaming.h6-dressed-like]
sub: appearance_shaming
weight: 0.55
target: other
pattern: (dresses|dress|dressed|dressing) (you|u|ya|her|him) like (a|an) (clown|hobo|homeless person|bum|beggar|crackhead|grandma|granny|toddler|boy|freak|weirdo|literal child|five year old|nerd|lunatic|slut|whore|hoe)
pattern: (you|u|ya|she|he) (dress|dresses) like (a|an) (bum|beggar|crackhead|freak|weirdo|lunatic|slut|whore|hoe|thrift store|dumpster|blind person)
pattern: (got dressed|get dressed|dressed) by (a|the) (blind|toddler|clown|homeless|colorblind|five year old|drunk) (person|man|woman|kid|guy|dude|lol|lmao)
pattern: (clothes|outfit|fit|shoes|shirt|hoodie|jacket|backpack|sweater) ~3 (came|come|from|out of) ~2 (a dumpster|the dumpster|the trash|a trash can|the garbage|a garbage can|the dump|a landfill|a dead person|the 1800s|a homeless)
match: ur mom dresses u like a clown
match: u look like u got dressed by a blind person
match: her clothes look like they came from a dumpster
nomatch: she dressed like a clown for the halloween party
nomatch: i got dressed in the dark this morning lol
note: clothing taunts; "dressed like a clown for the party" is a costume. The first pattern needs a person who dresses the target

[en.cyberbullying.humiliation.h6-smell-like-your]
sub: humiliation
weight: 0.55
target: other
pattern: (you|u|ya|she|he) (smell|smells|stink|stinks|reek|reeks) like (your|ur|her|his|yo) (house|home|dog|basement|grandma|cat|cats|feet|ass|trailer|car|room|mom|dad|family|moms house)
pattern: (your|ur|her|his) (house|home|apartment|room|car|trailer|place) (is|r|looks|smells|be) (so|such a|literally|lowkey|a|like a|) (tiny|ghetto|trashy|dirty|run down|dump|shack|hovel|gross|nasty|crusty|dumpster|pigsty|pig sty|trash|garbage|sty)
pattern: (do|does) (you|u|ya) (all|guys|people|) (sleep|live|share) (in|a) (one|the same|a single) (room|bed|mattress)
match: u smell like ur house lmao
match: wow ur house is so small do u all sleep in one room
match: your house is a dump lol
nomatch: your house smells like cookies
nomatch: my room is such a dump right now
note: home and family poverty taunts

[en.cyberbullying.humiliation.h6-family-member-insult]
sub: humiliation
weight: 0.62
target: other
pattern: (your|ur|yo) (dad|mom|mum|father|mother|parents|brother|sister|family|stepdad|stepmom|grandma|grandpa) (is|are|r|was|be) (a|an|such a|just a|literally a|) (drunk|alcoholic|crackhead|druggie|junkie|addict|deadbeat|bum|jailbird|criminal|whore|slut|hoe|prostitute|stripper|failure|joke|psycho|retard|loser|skank|thot|methhead|tweaker|crackwhore|hooker|welfare queen)
pattern: (your|ur|yo) (dad|mom|mum|father|mother|parents|brother|sister|family) (is|are|r) ~1 (in jail|in prison|on drugs|on crack|on meth|a drunk|on welfare)
match: ur dad is a drunk everyone knows
match: lol ur sister is a slut just like u
match: your mom is a crackhead
nomatch: my dad is an alcoholic in recovery and i'm proud of him
nomatch: your dad is a legend for fixing my bike
note: insulting a classmate's family members

[en.cyberbullying.identity_attack.h6-disability-label]
sub: identity_attack
weight: 0.6
pattern: (ur|your|that|his|her|this) (adhd|autistic|retarded|spastic|bipolar|schizo|depressed|dyslexic|ocd|special|sped|crippled|deaf|blind|disabled|handicapped) (ass|self|brain|mind|behind|butt)
pattern: (shes|hes|she is|he is|theyre|they are|ur|youre|you are|u r) (so|literally|actually|fucking|such an|an|lowkey|deadass|hella|mad) (autistic|retarded|sped|special|spastic|slow|schizo|bipolar|ocd|autist|adhd) (lmao|lol|lmfao|omg|bro|fr|af|asf|look|ew|eww|like|i swear|istg|dude|haha|bruh)
pattern: (go|get) (back|) (to|in|into) (your|ur) (special|slow|remedial|sped|retard|special needs|special ed) (class|classes|room|school|bus|table|kids|friends)
pattern: imagine (having|being|with) (a|no|that|such a|those|) ~1 (lisp|stutter|stammer|lazy eye|crossed eyes|speech impediment|limp|tics|adhd|autism|disability|hearing aid|hearing aids|wheelchair|crutches|cleft lip)
match: ur adhd ass never shuts up
match: she's so autistic lmao look at her
match: go back to ur special class
match: imagine having a lisp lmao
nomatch: my adhd brain forgot the keys again
nomatch: she is autistic and her art is incredible
nomatch: go back to your class, the bell rang
note: disability and neurodivergence used as insults or mocked; first-person "my adhd brain" does not match

[en.cyberbullying.humiliation.h6-humiliating-recording]
sub: humiliation
weight: 0.6
target: third
pattern: (post|share|send|leak|drop|spread|upload|airdrop|posting|sharing|sending|leaking|dropping|uploading) (the|that|this|a) (vid|video|clip|pic|photo|pics|recording|tiktok) of (him|her|u|you|ya|them) (crying|falling|tripping|puking|throwing up|peeing|pissing|naked|getting slapped|getting hit|getting beat up|getting jumped|on the toilet|in the shower|changing|sleeping|snoring|eating|farting|sobbing|freaking out|having a meltdown|begging)
pattern: (recorded|filmed|videoed|taped|got a video of|got a vid of|got video of|got footage of) (you|u|ya|her|him|them) (crying|falling|tripping|puking|throwing up|peeing|pissing|naked|getting slapped|getting hit|getting beat up|getting jumped|on the toilet|in the shower|changing|sleeping|snoring|farting|sobbing|freaking out|having a meltdown|begging)
match: post the vid of him crying in the gc
match: i recorded u crying lol its going on my story
nomatch: i recorded the lecture, want it?
nomatch: post the video of the concert in the gc please
note: filming or posting someone in a humiliating moment; the writer is often in the sentence, so the target is set to third

[en.cyberbullying.humiliation.h6-going-on-my-story]
sub: humiliation
weight: 0.3
pattern: (going|goes|gonna go|is going|its going|about to go) (on|up on|in) (my|the) (story|snap|tiktok|insta|finsta|gc|groupchat|group chat) (lol|lmao|lmfao|haha|everyone|for everyone)
match: its going on my story lol
nomatch: this sunset is going on my feed
note: weak: only counts next to another humiliation hit

[en.cyberbullying.humiliation.h6-public-rejection]
sub: humiliation
weight: 0.58
pattern: (rejected|dumped|curved|humiliated|embarrassed|laughed at|roasted|clowned|ratioed|exposed|pantsed|shut down|cooked) (you|u|ya|her|him|them) in front of (everyone|everybody|the whole|the class|the school|the team|all|his friends|her friends|ur friends|your friends|the gc|the entire)
pattern: (laughed|laughing|laughs|spit|spat) in (his|her|ur|your) face ~4 (loser|lol|lmao|lmfao|haha|skull|dead|deserved|pathetic|cringe|imagine)
pattern: (looked|looks|stared|stares|staring|looking) at (you|u|ya|her|him) like (u|you|she|he|a|an|ur|youre) ~2 (bug|trash|garbage|roadkill|dirt|gum|insect|rat|freak|weirdo|creep|disease|dog shit|stranger|dog|smell|joke|clown)
pattern: (lol|lmao|lmfao|imagine|bro|he|she|u|you) (actually|really|seriously|genuinely) (thought|believed|thinks) (she|he|they|someone|anyone|u|you) (liked|like|likes|wanted|would date|would like|was into|loved|cared about) (him|her|you|u|them)
match: she rejected u in front of everyone lmaooo
match: he asked her out and she laughed in his face 😂 loser
match: the way ur crush looked at u like u were a bug lol
match: lol he actually thought she liked him
nomatch: he proposed in front of everyone and she said yes
nomatch: she looked at him like he hung the moon
note: mocking someone being turned down or humiliated in public

[en.cyberbullying.exclusion.h6-call-exclusion]
sub: exclusion
weight: 0.6
pattern: (dont|do not|never|nobody|noone|no one|stop) (let|add|invite|inviting|adding|letting) (her|him|them) (in|into|to|join) (the|our|my|this) (call|vc|voice chat|party|game|lobby|server|gc|group|groupchat|squad|team|chat|sleepover|table|facetime|ft|match)
pattern: (leave|left|leaving|keep|kept) (her|him|them) on (read|delivered|seen|mute|muted) (everybody|everyone|yall|lol|lmao|guys|again|forever|from now)
pattern: (everyone|everybody|yall|lets|we|guys) (all|) (leave|ignore|ghost|mute|block) (her|him|them|his|her) (on read|messages|texts|dms|snaps|calls)
match: dont let her in the call
match: leave her on read everybody
match: lets all ignore her texts
nomatch: don't let her in the kitchen, the floor is wet
nomatch: i left her on read by accident oops
note: shutting someone out of calls and chats

[en.cyberbullying.self_harm_encouragement.h6-better-if-you-left]
sub: self_harm_encouragement
weight: 0.65
pattern: (everyone|everybody|we|the class|the school|the team|the group|people|life|school|things) (would|will|d) (be|) (so|much|a lot|alot|) (happier|better|easier|nicer|more fun|calmer) ~2 (if|when) (you|u|ya) ~2 (moved|move|left|leave|transferred|transfer|quit|switched|disappeared|were gone|died|never came|didnt exist|werent here|stopped coming|dropped out)
pattern: do (us|everyone|everybody|the world|the class|the group|the school|humanity|society) (all|) (a|) (favor|favour) (and|n) ~1 (never|leave|go|die|disappear|kys|quit|delete|switch|drop|unalive|jump|kill|end|hang|vanish|stop existing|stop breathing|disappear forever|fuck off|piss off|get lost|go away|drink bleach)
pattern: (pls|please|plz|just|should|need to|gotta) (switch|change|move|transfer) (schools|school|classes) ~3 (nobody|noone|no one|everyone|everybody|we|loser|freak|lol)
match: everyone would be happier if u moved schools
match: do us a favor and never come back
match: pls just switch schools nobody wants u here
nomatch: everyone would be happier if you got more sleep
nomatch: do me a favor and grab the milk
note: telling a classmate everyone would be better off without them

[en.cyberbullying.humiliation.h6-taunt-misc]
sub: humiliation
weight: 0.55
target: other
pattern: (you|u|ya) (ruin|ruined|ruins|destroy|destroys|mess up|messes up|make|makes) (everything|every thing|everyones day|every day|everything worse|everything awkward) ~2 (you|u|ya|lol|loser|touch|go|do|smh)
pattern: (i|we) (hope|wish) (you|u|ya) (get|gets|fail|flunk|get held back|get expelled|get kicked out|get dumped|get bullied|get beat up|get jumped|end up alone|stay alone|lose all|never find|never make|trip|choke) ~3 (again|lol|lmao|dummy|loser|idiot|freak|stupid|retard|bitch|class|friends)
pattern: (cant|cannot|can not|can t) believe (ur|youre|you are|u r|u|you|how) (this|that|so|that fucking|this fucking) (stupid|dumb|slow|dense|ugly|fat|annoying|pathetic|desperate|cringe|weird|gross|retarded)
pattern: (nice|good|great) try (loser|freak|weirdo|nerd|clown|bozo|dork|tryhard|virgin|uggo|fatty|dumbass|idiot|nobody)
pattern: (ur|youre|you are|u r|shes|hes) (trying|tryna) (way|so|too|really) (too|so|) (hard|much) (its|lol|lmao|cringe|nobody|noone|no one|ew|eww|to be|to fit|to look|)
pattern: (stop|quit) (crying|whining|begging|posting|fishing|faking it|faking|acting|cutting) (for|4) (attention|likes|clout|sympathy|pity|validation|compliments)
pattern: (ur|your|her|his) (fake|made up|fake ass|imaginary|so called|pretend) (depression|anxiety|adhd|autism|illness|disability|ptsd|trauma|eating disorder|self harm|cuts|panic attacks|mental illness|allergies)
match: u ruin everything u touch
match: i hope u get held back again lol dummy
match: i cant believe ur this stupid
match: nice try loser, nobody is impressed
match: cringe ur trying way too hard
match: stop crying for attention
match: ur fake depression is so annoying
nomatch: i hope you get the job
nomatch: i can't believe you're this talented
nomatch: nice try! almost had it
nomatch: stop crying over spilled milk
note: assorted direct taunts at the reader: ruining things, wishing failure, fake illness, attention-seeking

[en.cyberbullying.appearance_shaming.h6-as-x-as-your]
sub: appearance_shaming
weight: 0.55
target: other
pattern: as (dry|ugly|fat|flat|greasy|crusty|dead|empty|boring|useless|bad|busted|nasty|gross|dusty|musty|thin|bald|big|wide|small|fake|dumb|stupid) as (ur|your|her|his) (skin|face|hair|personality|life|grades|love life|dating life|forehead|chest|ass|mom|body|nose|hairline|teeth|friends list|future|brain|jokes)
pattern: (bald|fat|ugly|broke|short|skinny|bony|dusty|crusty|musty|ashy|nappy|greasy|pimply|hairy|bucktooth|bucktoothed|four eyed|big nose|big nosed|flat|stinky|smelly|poor|lanky|dirty|midget|fugly|bum|goofy|dorky|nerdy|weird|emo|cringe) ass (lmao|lol|lmfao|bitch|hoe|loser|kid|mf|dude|boy|girl|head|nerd|freak|clown|hairline|face|body|shoes|clothes|fit)
match: ur humor is as dry as ur skin
match: bald ass lmao
match: ur grades are as ugly as ur face
nomatch: the new phone is as small as your palm
nomatch: the desert is as dry as a bone
note: comparison insults and the "X ass lol" construction

[en.cyberbullying.pile_on.h6-rank-the-ugliest]
sub: pile_on
weight: 0.62
pattern: (poll|vote|voting|rate|rank|ranking|ranked|tier list|list) ~4 (how|who|whos|which girl|which boy|which kid) ~3 (ugly|ugliest|fat|fattest|annoying|weird|weirdest|dumb|dumbest|stupid|stupidest|cringe|cringiest|smelly|smelliest|gross|grossest|hated|most hated|loser|biggest loser|slut|sluttiest|flat)
pattern: (look|looking|seen|see|saw) (at|) (her|his) (new|latest|last|) (pfp|profile pic|pic|selfie|post|outfit|tiktok|video|fit|story) (ew|eww|🤮|lmao|lmfao|yikes|skull|gross|cringe|ugh|bruh|disgusting|nasty|😭)
match: i made a poll rate how ugly she is
match: lets vote who the ugliest in class is and put her name
match: omg look at her new profile pic 🤮 everyone go look
nomatch: let's vote on the next book for our club
nomatch: everyone go look at her new post, she looks amazing
nomatch: look at her new pic omg she's gorgeous
note: polls and rankings that single out a classmate, and calling others to look and laugh

[en.cyberbullying.humiliation.h6-everyone-will-know]
sub: humiliation
weight: 0.58
target: other
pattern: (everyone|everybody|the whole school|the whole class|the whole grade|the gc|the whole gc|ur crush|your crush|ur parents|your parents) (will|is gonna|gonna|is going to|bout to|about to|finna|gon) (know|find out|hear|see) ~2 (u|you|ur|your) (like|liked|likes|have a crush|cried|cry|peed|wet|stuff|are gay|r gay|are a|r a|sent|wrote)
match: everyone will know u like him by tomorrow
match: ur crush is gonna find out u wrote that poem
nomatch: everyone will know your name after this win
nomatch: your parents will see you graduate
note: threatening to reveal a crush or a secret

[en.cyberbullying.identity_attack.h6-gender-conformity-taunt]
sub: identity_attack
weight: 0.55
target: other
pattern: (stop|quit) (being|acting) (so|such a|a|) (gay|girly|feminine|fruity|zesty|like a girl|like a fag|girl|pussy|sissy|fairy|queer|butch|manly|like a dude|like a boy) (lol|lmao|lmfao|bro|dude|man|omg|its|u|you|ur|no one|nobody|ew|eww)
pattern: (hes|he is|ur|youre|you are|u r|bro is|bros) (such a|a|a little|such a little|literally a|a lil) (girl|little girl|sissy|pussy|fairy|princess|girly girl) (lmao|lol|lmfao|haha|he|bro|dude|for|cuz|bc|always|omg|😭)
match: stop being so gay lol
match: he's such a girl lmao he cried
nomatch: stop being so humble lol you earned it
nomatch: she's such a girl's girl, always hyping us up
note: policing boys and girls for gender non-conformity; "girl's girl" reads as "girls" and does not match

[en.cyberbullying.humiliation.h6-who-told-you]
sub: humiliation
weight: 0.62
pattern: who (told|said|lied to) (you|u|ya|her|him) (that|) (you|u|ya|she|he) (could|can|look|looked|looks) (pull off|pull|wear|rock) (that|this|those|these|a|the) ~1 (outfit|fit|dress|hat|hair|hairstyle|makeup|look|color|colour|shoes|skirt|crop top|jeans|glasses)
pattern: (you|u|ya|she|he) (cant|cannot|can not|couldnt) even (talk|speak|walk|run|read|write|spell|throw|catch|dress|eat) (properly|normal|normally|like a normal person|like a human|without stuttering|without drooling|without tripping|straight lol|right lol|right lmao)
match: who told her she could pull off that outfit
match: you cant even talk properly lol
nomatch: who told you that you could borrow my car
nomatch: you can't even talk right now, go rest
note: mocking how someone looks in clothes or how they talk or move

# ---------------------------------------------------------------------------------------------
# Round 3 (h6), third batch: fake friends, shutting out, feature comparisons, status jokes,
# showing private texts, crying taunts, parents' disappointment, poverty labels, disability
# labels, "no offense but", and rumours about a partner.
# ---------------------------------------------------------------------------------------------

[en.cyberbullying.exclusion.h6-fake-friends-wide]
sub: exclusion
weight: 0.6
target: other
pattern: (only|just) (hang|hangs|hanging|talk|talks|talking|friends|hang out|hangs out|invite|invites|inviting|text|texts|sit|sits) (out|) (with|to|) (u|you|ya) (for|bc|because|cuz|cause) (ur|your|of ur|of your) (money|car|pool|house|stuff|snacks|notes|homework|answers|brother|sister|mom|switch|ps5|xbox|games|followers)
pattern: (talks|talk|talking|talked|talkin) (crap|shit|trash|smack|mess|bad) (about|abt|bout|on) (u|you|ya) (all the time|behind|constantly|every day|everyday|lol|lmao|when|to everyone)
pattern: (going|went|goin|hanging out|partying|meeting up|eating|sitting|having fun) ~4 without (u|you|ya) (dont|lol|lmao|loser|sorry|bye|stay|stop|so dont|and)
pattern: (why|stop) (do|does|) (u|you|ya|she|he|) (keep|keeps) (trying to|tryna|trying) (sit|hang|talk|be friends|join|come|fit in|be) (with|to|near|one of) (us|me|them)
match: u know everyone only hangs out with u for ur money right
match: she's not ur friend she talks crap about u all the time
match: we're going to the mall without u dont follow us
match: why do u keep trying to sit with us
nomatch: we're going to the mall, wanna come?
nomatch: they only hang out with you for your jokes and honestly same
note: telling someone their friends are fake, talk about them, or go out without them

[en.cyberbullying.appearance_shaming.h6-feature-looks-like]
sub: appearance_shaming
weight: 0.55
target: other
pattern: (your|ur|her|his) (eyebrows|brows|teeth|nose|hair|face|head|ears|lips|legs|arms|body|feet|forehead|skin|chin|eyes|fingers|toes|neck|belly) (look|looks|be looking|r|are|is) like (a|an|two|some|) (caterpillars|caterpillar|sharpie|sharpies|worms|slugs|tombstones|tic tacs|chiclets|ski slope|beak|potato|mop|helmet|egg|shoe|pizza|dumpster|crater|rat|troll|pug|horse|dumbo|donkey|chicken|sausages|toad|frog|birds nest|bird nest|hedge|broom|bush|ramen|noodles|wig|thumb|lightbulb|light bulb|satellite dishes|dinner plates|fish lips|a toilet|toilet|moon|pancake|pepperoni pizza|roadmap|topographic map)
pattern: (you|u|ya|she|he) (look|looks) like (a|the|an) (before picture|before pic|before photo|warning label|cautionary tale|missing poster|mugshot|wanted poster|walking meme|bad photoshop|npc|discount|knockoff|bootleg|dollar store|wish version|temu version|budget version|side effect|failed experiment|science experiment)
pattern: (ur|youre|you are|u r|shes|hes) (literally|basically|just|such|) (a|an) (walking|living|human) (meme|joke|disaster|red flag|cringe compilation|embarrassment|clown|disappointment|mistake|trainwreck|train wreck|l|warning sign|stereotype)
pattern: (did|do) (u|you|ya) lose a bet
pattern: (your|ur|her|his) face ~2 (hit by|run over|caught on fire|melted|in a blender|stepped on|sat on|slammed|got hit|got ran over)
match: ur eyebrows look like caterpillars
match: u look like a before picture
match: ur literally a walking meme
match: are those ur real teeth or did u lose a bet
match: did ur face get hit by a truck
nomatch: my eyebrows look like caterpillars today lol
nomatch: your hair looks like a model's
note: comparison and grooming taunts; first-person "my eyebrows" is not in the subject slot

[en.cyberbullying.humiliation.h6-status-taunts]
sub: humiliation
weight: 0.55
target: other
pattern: imagine being ~3 and (thinking|acting|thinkin|still thinking|still acting) (ur|youre|you are|u r|youre|like)
pattern: (ur|your|her|his) (pfp|profile pic|pic|selfie|selfies|post|posts|outfit|fit|shoes|makeup|instagram|insta|tiktok|tiktoks|page|account|content|videos|vids|story|stories|bio|feed) (is|are|r|looks|look) (so|literally|actually|really|too|lowkey|hella|) (ugly|cringe|cringey|cringy|trash|garbage|gross|disgusting|embarrassing|awful|terrible|horrible|nasty|hideous|corny|tragic)
pattern: (ur|youre|shes|hes|you are|u r) (mid|a 3|a 4|a 2|a 1|a 5|a two|a three|a four) (at best|max|tops|on a good day|lol|lmao|at most|honestly|ngl)
pattern: (no offense|not to be mean|no hate|not being mean|not tryna be mean|no shade|with all due respect|respectfully|i say this with love) (but|) (ur|youre|you are|u r|u|you|shes|hes|she|he) (kinda|kind of|really|so|actually|lowkey|literally|just|a bit|pretty|) (gross|ugly|fat|weird|annoying|cringe|dumb|stupid|smelly|creepy|disgusting|a loser|unattractive|mid|boring|a freak|irrelevant|pathetic|a joke|unlikeable|obnoxious)
pattern: imagine (getting|being|having been) (dumped|rejected|curved|ghosted|cheated on|left on read|blocked|friendzoned|unfollowed) (by|lol|lmao|in front|over|on)
match: imagine being 5'2 and thinking ur tough
match: ur pfp is so ugly change it
match: ur instagram is so cringe unfollowing
match: ur mid at best
match: no offense but ur kinda gross
match: lmao imagine getting dumped by text
nomatch: no offense but you're kinda right
nomatch: imagine being this happy and thinking it will last, life is good
note: status put-downs: rating, "no offense but", mocking a post or a break-up

[en.cyberbullying.humiliation.h6-showed-everyone]
sub: humiliation
weight: 0.6
pattern: (showed|show|sent|send|forwarded|forward|posted|shared|airdropped) (everyone|everybody|the gc|the whole class|the whole school|the group|my friends|the team|them all|the groupchat|the whole grade) (ur|your|her|his) (texts|messages|dms|chats|pics|selfies|diary|letter|poem|nudes|snaps|search history|notes|journal|love letter|drawings|voice notes|voice memos)
pattern: (screenshot|ss|screenie|record|screenshot it|ss it) (before|b4) (she|he|they) (deletes|delete|deleted|takes it down|removes|archives)
pattern: (cry|cries|crying|cried) (urself|yourself|herself|himself) to sleep (loser|lol|lmao|bitch|freak|every night|at night|again|tonight|baby)
pattern: go cry ~3 (bathroom|corner|room|closet|mommy|mom|again|pillow|car)
match: i showed everyone ur texts and they all laughed
match: guys look what she posted 💀💀 screenshot before she deletes
match: i bet u cry urself to sleep loser
match: go cry in the bathroom again lol
nomatch: i cried myself to sleep last night, i'm really struggling
nomatch: i showed everyone my new puppy
note: sharing someone's private messages with a group, saving posts to mock, crying taunts

[en.cyberbullying.exclusion.h6-no-wonder-nobody]
sub: exclusion
weight: 0.6
pattern: no wonder (nobody|noone|no one|everyone|everybody|people|u|you|ur|youre|she|he) ~2 (talks|talk|likes|like|wants|sits|hangs|texts|invites|cares|hates|hate|avoids|avoid|left|leaves|ignores|ignore|has no|have no|got no|dumped|single|alone|friendless|dates|date|loves|love|misses|trusts|picks|invited|follows)
pattern: (your|ur) (parents|mom|mum|dad|family|mother|father|parent) (must|gotta|have to|probably|prolly) (be|) (so|really|very|lowkey|) (disappointed|ashamed|embarrassed|regret|regretful|mortified) (in|of|by|with|)
pattern: (pay|paid|paying|bribe|bribed|bribing) (someone|somebody|people|ppl|anyone|a kid|them) (to be|to like|to talk to|to hang out with|to date|to sit with|to go out with) (ur|your|you|u|her|him)
pattern: (nobody|noone|no one) (wants|wanted|will|would|is gonna|ever wants) (to|) (be|work with|partner with|sit with|pair with|pick|choose|pick you|choose you) (ur|your|you|u|her|his) (partner|teammate|friend|lab partner|buddy|group|as a partner|for)
match: ur so weird no wonder nobody talks to u
match: no wonder nobody dates u with that face
match: ur parents must be so disappointed
match: i'll pay someone to be ur friend lol
match: nobody wants to be ur partner for the project
nomatch: your parents must be so proud of you
nomatch: who wants to be my partner for the project?
note: rejection and disappointment aimed at the reader

[en.cyberbullying.humiliation.h6-poverty-labels]
sub: humiliation
weight: 0.55
pattern: (free lunch|welfare|food stamp|food stamps|ebt|section 8|trailer park|homeless|goodwill) (kid|kids|baby|babies|queen|trash|rat|rats|family|boy|girl|bitch|loser) (lol|lmao|lmfao|bitch|loser|ass|ew|eww|brokie|haha|go|get|cant|shut|stfu)
pattern: (are|r|is) (u|you|ya|ur family|your family|ur mom|your mom|her family|his family) (on|using|living on) (food stamps|welfare|ebt|section 8|benefits|handouts) (or|lol|lmao|bro|again|too)
pattern: (your|ur|her|his) (shoes|clothes|backpack|phone|jacket|hoodie|car|house|glasses|shirt|pants|jeans) (are|is|r) (falling apart|ripped|torn|held together|older than|from the 90s|from 2010|cracked|broken|busted|raggedy|crusty) (lol|lmao|broke|brokie|get new|poor|bum|ew|eww|bro|again|like)
pattern: (you|u|ya|she|he) (smell|smells|stink|stinks|reek|reeks) like (cigarettes|regret|sadness|loneliness|desperation|failure|weed|cat pee|old people|old lady|hot dog water|onions|mold|mildew|wet socks|poverty|a homeless|homeless|mothballs|bo|b o|expired milk|rotten|sour milk|a hamper)
match: free lunch kid lol
match: welfare baby lol
match: are u on food stamps or smth
match: ur shoes are falling apart lmao get new ones broke boy
match: u smell like cigarettes and regret
nomatch: free lunch programs are important for families
nomatch: my family used food stamps when i was young and there's no shame in that
nomatch: the candle smells like cigarettes and vanilla
note: poverty labels, hygiene and smell taunts aimed at a classmate

[en.cyberbullying.identity_attack.h6-disability-wide]
sub: identity_attack
weight: 0.6
pattern: (stop|quit) (being|acting) (a|such a|so|like a|) (sped|retard|retarded|spaz|autist|special|sped kid|downie|mongoloid|spastic|cripple|schizo)
pattern: (lmao|lol|lmfao|ew|eww|haha) (the|that) (kid|girl|boy|guy|freak|weirdo) with (the|a|) (hearing aids|hearing aid|wheelchair|crutches|lisp|stutter|lazy eye|leg brace|walker|tics|cleft lip|feeding tube|missing arm|prosthetic)
pattern: (do|does) (u|you|ya|she|he) (have|got) (brain damage|down syndrome|downs|autism|a disability|a learning disability|adhd|a mental disorder|a screw loose|a few screws loose) (or|lol|lmao|bro|fr)
pattern: (ur|your|her|his) (brain|head|skull) (is|r|are) (literally|so|just|completely|) (empty|hollow|smooth|rotten|mush|broken|damaged|fried|missing)
match: stop being a sped
match: lmao the kid with the hearing aids cant hear us talking about him
match: do u have brain damage or something
match: ur brain is literally empty
nomatch: he has hearing aids and he's the best player on our team
nomatch: my brain is fried after that exam
note: disability used as an insult or mocked

[en.cyberbullying.humiliation.h6-partner-rumour]
sub: humiliation
weight: 0.55
pattern: (everyone|everybody|the whole school|the whole class|we all|the whole grade) (knows|know|saw|heard) (ur|your|her|his) (bf|gf|boyfriend|girlfriend|crush|man|ex|dad|mom|husband) ~3 (cheated|cheats|cheating|dumped|hates|lied|likes someone|is cheating|is using|only dated|was paid|was dared|lost a bet)
pattern: (shes|hes|she is|he is) (so|such|literally|actually|lowkey|soo) (embarrassing|cringe|pathetic|annoying|desperate|disgusting|gross|weird|fake|creepy|irrelevant)
match: everyone knows ur bf cheated on u lol
match: send this to everyone lmao she's so embarrassing
nomatch: everyone knows your dad left early to pick up the cake
nomatch: she's so talented, everyone knows it
note: rumours about a classmate's partner or family, and third-person mockery in a group chat

[en.cyberbullying.exclusion.h6-not-your-friend]
sub: exclusion
weight: 0.4
target: other
pattern: (shes|hes|theyre|she is|he is|they are|they|she|he|we|were|we are) (not|arent|isnt|were never|was never|never were|never was) (ur|your|really ur|really your|even ur|even your|actually ur|actually your|real|ur real|your real) (friend|friends|bestie|bff|besties|homie)
match: she's not ur friend she talks crap about u all the time
nomatch: that's not your friend's car, it's mine
note: telling someone their friends are fake; weak alone, adds up with other exclusion talk

[en.cyberbullying.appearance_shaming.h6-who-dressed-you]
sub: appearance_shaming
weight: 0.5
target: other
pattern: who (dressed|dresses) (u|you|ya) (this morning|today|lol|lmao|bro|like that|in the dark)
match: lmaooo who dressed u this morning
nomatch: who dressed you for the wedding? you look amazing
note: mocking someone's clothes

# ---------------------------------------------------------------------------------------------
# Round 3 (h6), fourth batch: "thought he could sit with us", childish-habit mockery, "so ugly
# that" jokes, fake accounts, yearbook votes, "die alone", "ok incel", group agreement that
# someone is weird, friends bought or kept as a joke, "the ugly friend".
# ---------------------------------------------------------------------------------------------

[en.cyberbullying.exclusion.h6-only-as-a-joke]
sub: exclusion
weight: 0.62
pattern: (only|just) (let|invited|added|include|included|keep|kept|talk to|talked to|hang with|hung out with) (u|you|ya|her|him) ~4 (as a joke|as a dare|for a dare|on a dare|bc we felt bad|because we felt bad|out of pity|for laughs|to laugh at|bc we felt sorry|because we felt sorry|for the memes|as a prank)
pattern: (really|actually|seriously|lowkey|genuinely) (thought|thinks|believed) (he|she|u|you|ya) (was gonna|could|would|was going to|was allowed to|were gonna|were allowed to) (sit|hang|join|be friends|date|fit in|be invited|come|get invited|be one of us|sit with us)
pattern: (only|just) (has|have|got) (friends|a bf|a boyfriend|a gf|a girlfriend|followers) (bc|because|cuz|cause|since) (she|he|u|you|ya) (buys|pays|bribes|gives|begs|does)
pattern: (everyone|everybody|we all|they all|the whole class|the whole gc|the group) (agreed|agree|agrees|said|says|thinks|voted|decided) (ur|youre|you are|u r|that ur|that youre|shes|hes|that shes|that hes) ~2 (weird|ugly|annoying|a loser|fat|gross|cringe|creepy|a freak|fake|a joke|the worst|a weirdo|disgusting|irrelevant|boring)
match: we only let u in the group as a joke
match: bro really thought he was gonna sit at our table 💀💀💀
match: she only has friends bc she buys them stuff
match: we were talking about u and everyone agreed ur weird
nomatch: we only let him in as a guest this time
nomatch: everyone agreed ur the best captain
note: telling someone their place in the group is a joke, paid for, or agreed to be weird

[en.cyberbullying.humiliation.h6-childish-habit]
sub: humiliation
weight: 0.58
pattern: (lol|lmao|lmfao|bro|ew|eww) (he|she|u|you|bro|) still (plays with|sleeps with|wets|wears|needs|uses|sucks) (toys|dolls|barbies|a nightlight|a night light|the bed|diapers|pull ups|pullups|a pacifier|training wheels|a blankie|stuffed animals|a binky|his thumb|her thumb|ur thumb|your thumb)
pattern: (he|she|u|you|bro) still (plays with|sleeps with|wets|wears|needs|uses|sucks) (toys|dolls|barbies|a nightlight|a night light|the bed|diapers|pull ups|pullups|a pacifier|training wheels|a blankie|stuffed animals|a binky|his thumb|her thumb|ur thumb|your thumb) (lol|lmao|lmfao|at 16|at 15|at 14|at his age|at her age|at ur age|at your age|loser|baby|what a baby|ew|eww|bro)
pattern: (you|u|ya|she|he) (type|types|talk|talks|act|acts|write|writes|spell|spells|sound|sounds|think|thinks) like (a|an) (5|five|4|four|6|six|3|three|2|two|7|seven) (year old|yr old|yo|year olds|years old)
pattern: (his|her|ur|your) voice (hasnt|has not|didnt|did not|still hasnt|aint) (even|) (dropped|broken|cracked|changed) ~3 (baby|lol|lmao|lmfao|yet|squeaky|girl)
pattern: (his|her|ur|your) (mom|mum|mommy|mother|dad|daddy) (still|) (picks|drops|walks|drives|dresses|packs|cuts|feeds|bathes) (him|her|u|you) ~3 (lol|lmao|lmfao|at 16|at 15|at 14|at 17|baby|loser|still|every day)
match: lmao he still plays with toys
match: u type like a 5 year old go back to school
match: his voice hasnt even dropped yet lmao what a baby
nomatch: my daughter still plays with dolls and that's fine
nomatch: she still sleeps with a nightlight, how do i help her feel safe
nomatch: he runs like a 5 year old chasing bubbles, so cute
note: mocking someone as babyish; the age comparison needs a talking or acting verb

[en.cyberbullying.appearance_shaming.h6-so-ugly-that]
sub: appearance_shaming
weight: 0.6
pattern: (ur|youre|shes|hes|you are|u r|she is|he is|your|ur mom|yo mama|yo momma) (so|too) (ugly|fat|hideous|gross|nasty|hairy|smelly|poor|broke|dumb|stupid|short|skinny) (that|) (she|he|u|you|even|ur|your|her|his|it|the|when|that|people|everyone|mirrors|cameras|dogs|babies|the camera|the mirror) ~3 (broke|break|breaks|cracked|crack|cracks|scared|scares|made|makes|cry|cries|cried|run|runs|ran|barks|bark|look away|looks away|looked away|threw up|throws up|puke|pukes)
pattern: (y|whys|wtf|why) (are|r) (you|u|ya) (so|this|such|always) (ugly|fat|hideous|gross|nasty|annoying|weird|dumb|stupid|cringe|smelly|creepy|short)
pattern: (ur|youre|shes|hes|you are|u r|she is|he is) the (ugly|fat|weird|annoying|poor|short|dumb|extra|background|token|charity|unwanted|forgettable|smelly|stinky) (friend|one|sister|brother|kid|cousin|member|sibling) (in|of|lol|lmao|everyone|nobody|no one|tbh|ngl|fr|and|every)
pattern: (ur|youre|shes|hes|you are|u r) (so|hella|mad|lowkey|literally|) mid (its|lol|lmao|ngl|fr|bro|tbh|honestly|af|asf|at best)
match: she's so ugly she broke the camera
match: ur so ugly even ur reflection looks away
match: y r u so ugly
match: ur the ugly friend in every pic
match: ur so mid its crazy
nomatch: you're the funny friend in every pic
nomatch: that movie was so mid lol
note: "so ugly that" jokes, the "ugly friend" label and "mid"

[en.cyberbullying.humiliation.h6-fake-account-vote]
sub: humiliation
weight: 0.6
pattern: (make|made|making|create|created|creating|start|started|starting) (a|an) (fake|parody|burner|finsta|spam|hate|troll) (account|acc|insta|page|profile|tiktok|snap|ig|twitter) ~4 (mess with|messing with|troll|trolling|harass|harassing|bully|bullying|expose|exposing|pretend|pretending|roast|prank|her|him|them|about)
pattern: (vote|voting|voted|nominate|nominated|pick|elect) (for|) (her|him|them|u|you) (as|for) (the|) (ugliest|fattest|weirdest|dumbest|most hated|biggest loser|most annoying|least likely|sluttiest|smelliest|grossest|most likely to die alone|most likely to be single|cringiest|worst)
pattern: (screenshot|ss|save|record|share|repost|download|post|spread) (her|his|ur|your|the|that) (crying|fight|meltdown|falling|embarrassing|breakdown|puking|tantrum) (video|vid|clip|pic|story|tiktok)
pattern: (ok|okay|k|lol|lmao|shut up|stfu|cope|bye|cry|seethe|go away|calm down|sure|ratio) (incel|incels|virgin|neckbeard|femcel|simp|beta|cuck|soyboy|soy boy)
pattern: (ur|youre|you|u|youll|ull|she|he|shell|hell) ~2 (die|end up|grow old|be|stay) alone (with|lol|lmao|loser|and|nobody|no one|forever|bc|because|cuz|like|in)
pattern: go (be|cry|whine|complain) ~3 somewhere else
pattern: (make sure|make) (u|you|ya|she|he) (regret|regrets|pay|pays|sorry) (it|this|that|coming|showing up|for)
pattern: (the|that) (kid|girl|boy|guy) with (the|a) (lisp|stutter|hearing aids|lazy eye|unibrow|acne|braces|limp|big nose|crooked teeth) (keeps|wont|never|always|smells|ew|eww|lol|lmao|tried|talks|is talking|came)
match: lets make a fake account and mess with her
match: i made a fake insta pretending to be her and posted weird stuff
match: everyone vote for him as the ugliest in the yearbook
match: everyone screenshot her crying video
match: ok incel
match: ur gonna die alone with 50 cats
match: go be a weirdo somewhere else
match: if u come to the party we'll make sure u regret it
match: ugh that girl with the lisp keeps talking
nomatch: i'm gonna die alone with 50 cats and i'm fine with that lol
nomatch: go play somewhere else, we're mopping the floor
nomatch: we'll make sure you enjoy it
note: fake accounts, humiliating votes and videos, "ok incel", predicting a lonely end, and threats to make someone regret coming

# ---------------------------------------------------------------------------------------------
# Round 3 (h6), fifth batch: "nobody's gonna miss you", staying away from the group, only-one
# jacket, roasting calls, third-person "try hard", sitting rules, smell of lunch, pretending
# someone does not exist, parents hating you, mocking jokes and friendlessness.
# ---------------------------------------------------------------------------------------------

[en.cyberbullying.exclusion.h6-group-rules]
sub: exclusion
weight: 0.6
pattern: (nobodys|nobody s|noones|no ones|nobody is|no one is|nobodies) (gonna|going to|ever gonna) (miss|notice|care|cry|remember) ~2 (u|you|ya|her|him|when|if)
pattern: (we|they|i|nobody|no one|noone|my friends) (dont|do not|wont|will not|never) (sit|hang|eat|talk|play|hang out|associate|sit down) with (fatties|fat people|ugly people|losers|freaks|weirdos|nerds|poor people|brokies|the poor|retards|sped kids|losers like you|people like you|ppl like u|people like u|ppl like you|u|you|ugly girls|fat girls|ugly kids|fat kids)
pattern: (lets|let s|we should|everyone|everybody|yall) (all|) (pretend|act like|act as if) (she|he|they|u|you) (doesnt|dont|does not|do not|didnt|never) (exist|exists|existed)
pattern: (dont|do not|never|nobody|noone|no one) (talk|talks|sit|sits|hang|play|speak|go) (to|with|near|around) (him|her|them) (he|she|they|bc|because|cuz|hes|shes|theyre) ~2 (smells|stinks|weird|gross|a freak|a loser|creepy|ugly|fat|nasty|has lice|has cooties|is weird|is gross|smell|stink|poor)
pattern: (stay|keep) away from (us|our group|our table|our gc|my friends|our friends|our squad|me and my friends|the group) (ur|youre|u|you|loser|freak|weirdo|creep|bitch|bc|because|cuz|nobody|no one)
match: nobody's gonna miss u when u switch schools lol
match: we don't sit with fatties
match: lets all pretend she doesnt exist
match: dont talk to him he smells
match: stay away from our group ur bad vibes
nomatch: we don't sit with strangers on the bus, mom's rule
nomatch: stay away from us, we're sick with the flu
note: exclusion rules that name the target or a despised group

[en.cyberbullying.humiliation.h6-third-person-labels]
sub: humiliation
weight: 0.58
pattern: (shes|hes|she is|he is|bro is|bros) (such a|a|so|literally a|the biggest|lowkey a) (try hard|tryhard|pick me|loser|attention seeker|wannabe|poser|weirdo|freak|creep|joke|clown|snitch|crybaby|teachers pet|loner|reject|nobody) (its|it s|lol|lmao|ew|eww|omg|fr|ngl|tbh|honestly|and|bro|i swear)
pattern: (bro|blud|dude|this kid|that kid|this guy|that guy|this girl|that girl|lil bro|she|he) (has|got|have) (no|zero|0) (friends|bitches|life|rizz|aura) (and|but|lol|lmao|and still|but still)
pattern: (ur|your) (jokes|humor|memes|posts|videos|content|songs|art|drawings|singing|dancing|rapping|edits|tiktoks) (are|is|r) (so|literally|really|) (unfunny|cringe|trash|garbage|lame|corny|dead|mid|embarrassing|painful)
pattern: (what|wtf) (does|do|did) (he|she|they|anyone|anybody|u|you) (even|) (see|saw) in (her|him|u|you|that)
pattern: go back to (ur|your) (corner|cave|hole|basement|table|seat|swamp|cage|kennel) (weirdo|loser|freak|nerd|creep|lol|lmao|bitch|fatty|retard|troll|goblin|gremlin|ugly)
pattern: (add|get|invite|bring|tag) (everyone|everybody|the whole gc|the gc|all of you|yall|the whole class) ~5 (roast|flame|harass|bully|clown|jump|expose|ratio|destroy|cook) (him|her|them)
pattern: (the only|only) (one|jacket|shirt|hoodie|outfit|pair|pants|shoes|clothes|sweater|dress) (she|he|u|you) (owns|own|has|have|got|ever wears|wears)
match: she's such a try hard it's sad
match: bro has zero friends and still talks like hes popular
match: ur jokes are so unfunny stop trying
match: flat chest no ass what does he even see in her
match: go back to ur corner weirdo
match: add everyone in the gc to roast him
match: why does she always wear that ugly jacket, is it the only one she owns
nomatch: she's such a hard worker, it's inspiring
nomatch: what does she see in this book, it's so long
note: third-person labels in group chats and assorted direct mockery

[en.cyberbullying.appearance_shaming.h6-smells-like-garbage]
sub: appearance_shaming
weight: 0.55
target: other
pattern: (ur|your|her|his) (lunch|food|house|room|locker|backpack|car|clothes|hair|jacket|hoodie|shoes|feet|pits|breath) (smells|stinks|reeks|smell|stink) (like|of) (garbage|trash|shit|ass|feet|poop|dog food|vomit|puke|death|a dumpster|rotten|sewage|fish|butt|cat food|cat piss|pee|piss|bo|onions|curry|mold)
pattern: (your|ur|her|his) (parents|mom|mum|dad|family|friends|siblings|brother|sister) ~2 (hate|hates|hated|cant stand|are ashamed of|is ashamed of|regret|regrets|are embarrassed by|is embarrassed by) (you|u|her|him)
match: ur lunch smells like garbage go eat outside
match: ur parents probably hate u too
nomatch: your food smells like heaven
nomatch: her parents hate that show
note: smell taunts about a classmate's things, and telling them their family hates them

# ---------------------------------------------------------------------------------------------
# Round 3 (h6), sixth batch: hate group chats, "you're the reason the group broke up", "why would
# anyone", pity for someone's future kids, "no one wants ur cringe ass", smell stories.
# ---------------------------------------------------------------------------------------------

[en.cyberbullying.pile_on.h6-hate-gc-and-blame]
sub: pile_on
weight: 0.62
pattern: (gc|group chat|groupchat|server|page|account|club|discord|group) (called|named|titled) ~2 (people who hate|we hate|i hate|haters of|anti|everyone hates|ugly|fat|loser|losers|hate|cringe|weirdo|freaks)
pattern: (ur|youre|you are|u r|shes|hes|she is|he is) the reason (the|our|my|everyone|we|nobody|no one|people) ~3 (broke up|left|split|hates|quit|fell apart|ended|cant stand|fight|fought|stopped talking|unfollowed|leaves)
pattern: why would (anyone|anybody|someone|somebody|people|a guy|a girl) (ever|even|) (be friends with|date|like|love|want|hang out with|talk to|sit with|invite|kiss|marry) (u|you|ya|her|him)
pattern: (nobody|noone|no one) (wants|needs|asked for|likes) (ur|your|her|his) (cringe|ugly|fat|annoying|weird|dumb|stupid|broke|crusty|musty|goofy|lame|bitch|punk|nasty|smelly) (ass|self|face|opinion|presence|energy)
match: we made a gc called "people who hate emma" join
match: if ur reading this ur the reason the group broke up
match: why would anyone be friends with u
match: no one wants ur cringe ass here
nomatch: we made a gc called soccer moms, join
nomatch: you're the reason we won the game
note: hate chats and blaming someone for the group falling apart

[en.cyberbullying.humiliation.h6-pity-and-smell-stories]
sub: humiliation
weight: 0.58
pattern: (feel bad|feel sorry|pity|pray) for (ur|your|her|his) (future|) (kids|children|husband|wife|bf|gf|boyfriend|girlfriend|parents|family|friends|classmates|teachers) ~4 (ugly|dumb|stupid|fat|annoying|weird|poor|cringe|suffer|deal with|having to|put up with|stuck with)
pattern: (this|that|the) (kid|girl|boy|guy|dude|bitch|loser|freak|weirdo) (smells|stinks|reeks) (so|like|lol|lmao|ew|eww|bad|disgusting) ~6 (opened|windows|moved|move|left|everyone|teacher|throw up|puke|gag|sub|lol|lmao)
pattern: (must be|must have been|musta been|probably|gotta be|prolly) adopted (bc|because|cuz|cause|since|lol|lmao|no way|theres no way)
pattern: (special|sped|retarded|slow) (kid|girl|boy) ~4 (eats glue|eat glue|drools|licks windows|lol|lmao|ew|eww|smells|stinks)
match: i feel bad for ur future kids theyre gonna be ugly
match: this kid smells so bad the teacher opened the windows lmao
match: u must be adopted bc ur family is normal and ur not
match: the special kid in our class eats glue lol
nomatch: i feel bad for your parents, their flight got cancelled
nomatch: the special kid in our class won the spelling bee
note: pity-as-insult, smell stories, adoption taunts and mocking a disabled classmate; the writer is often in the sentence

# ---------------------------------------------------------------------------------------------
# Round 3 (h6), seventh batch: Q&A insecurity taunts, pity, "you bring everyone down", "not even
# pretty enough", laughing at a fall, makeup mockery, a partner dating you for a bet, backstabber
# warnings.
# ---------------------------------------------------------------------------------------------

[en.cyberbullying.humiliation.h6-pity-and-peak]
sub: humiliation
weight: 0.6
target: other
pattern: (insecurity|insecurities|worst feature|worst thing about|biggest flaw|worst part about) ~6 (ur|your) (face|body|weight|nose|teeth|personality|voice|existence|looks|everything|whole)
pattern: (only|just) ~4 (bc|because|cuz|cause|out of) ~3 (feels sorry for|feel sorry for|felt sorry for|pity|pities|feels bad for|feel bad for|charity) (u|you|her|him|ya)
pattern: (you|u|ya) (bring|brings|drag|drags|bringing) (everyone|everybody|the whole team|the team|the group|us|the vibe|the mood|the class) down
pattern: (not|arent|isnt|aint) even (pretty|cute|hot|smart|funny|cool|good|interesting|rich|popular|tall|thin|skinny|ugly) enough (to|for)
pattern: (ur|youre|you|u) (gonna|going to|will|already|prob gonna|probably gonna) (peak|peaked|peaking) (in|at) (middle school|high school|8th grade|7th grade|school|16|15|14)
pattern: (you|u|ya) (look|looks) like (u|you|ya) (havent|didnt|dont|never|have not|did not) (slept|showered|washed|eaten|brushed|bathed|seen the sun|been outside)
match: Q: whats ur biggest insecurity? A: probably ur face lol
match: coach only keeps u bc he feels sorry for u
match: honestly u bring everyone down
match: ur not even pretty enough to be a pick me
match: ur gonna peak in middle school lol
match: u look like u havent slept in years
nomatch: i look like i haven't slept in years lol finals week
nomatch: you bring everyone together, thank you
note: put-downs framed as pity, prediction or a Q&A answer

[en.cyberbullying.humiliation.h6-makeup-bet-backstab]
sub: humiliation
weight: 0.6
pattern: (eyebrows|brows|makeup|lips|lipstick|eyeliner|foundation|contour) ~5 (sharpie|crayon|crayons|marker|markers|in the dark|by a toddler|with a shovel|like a clown|clown makeup|with a spatula|by a blind)
pattern: (did|do) (u|you|ya|she|he) (do|put on|apply|draw) (ur|your|her|his) (makeup|eyebrows|brows|hair|eyeliner|foundation) (in the dark|blindfolded|with your eyes closed|with ur eyes closed|on the bus|with a shovel|with crayons)
pattern: (ur|your|her|his) (boyfriend|girlfriend|bf|gf|crush|date|friends|friend) (is|are|r|was|were) (only|just) (with|dating|talking to|friends with|nice to|texting) (u|you|her|him) (for|as|bc|because|cuz|on) (a bet|a dare|a joke|money|pity|clout|the money|a prank)
pattern: (dont|do not|never) (trust|believe|talk to|be friends with) (her|him|them) ~3 (shell|she will|hell|he will|she|he|they|theyll) ~2 (stab|backstab|betray|lie|use|snake|screenshot|expose)
pattern: (everyone|everybody|the whole class|the whole school|the whole team|all of us|we all|they all) ~5 (laughing|laughed|laughs|was laughing|were laughing) at (u|you|ya|her|him) (when|after|bc|because|cuz|lol|lmao)
match: lmao her eyebrows are drawn on with a sharpie
match: did u do ur makeup in the dark
match: ur boyfriend is only with u for a bet
match: dont trust her she'll stab u in the back like she did to everyone
match: everyone at the party was laughing at u when u fell
nomatch: she does her eyebrows with a pencil, so pretty
nomatch: everyone at the show laughed at the clown, he was great
note: makeup mockery, dating-as-a-bet, warnings that isolate someone and laughing at a fall

[en.cyberbullying.humiliation.h6-sexual-exposure]
sub: humiliation
weight: 0.7
also: gender_abuse.image_abuse
pattern: (everyone|everybody|the whole school|the whole class|we all|the whole grade|half the school|the whole team) (saw|seen|has seen|have seen|got|has|have) (ur|your|her|his) (nudes|noods|naked pics|nude pics|sex tape|boobs|tits|dick|pics lol|video lol)
pattern: (we all|everyone|everybody|the whole school|the whole class|whole grade) (know|knows|heard|saw) what (u|you|she|he|ya) (did|were doing|was doing) ~3 (bathroom|closet|bed|locker room|bleachers|behind the gym|with him|with her|backseat|under the)
match: everyone saw ur nudes lol ur famous now
match: we all know what u did in the bathroom at the party 😏
nomatch: everyone saw your video and loved it
nomatch: we all know what you did at the party, you saved the day
note: humiliating a classmate over shared intimate images or a sexual rumour

# ---------------------------------------------------------------------------------------------
# r3 (2026.11.30.4): humiliation by shared media, hate/fan accounts, face edits, face ratings,
# "who's gonna tell her", mocking laughter and quote-tweet pile-ons, exclusion orders.
# Entries whose pattern names the victim (a one-word gap for a peer's name, "her face", "the
# new kid") carry `target: third`, so that "dm me for ..." or "i have ..." does not turn the hit
# onto the writer. Benign look-alikes they rely on the allowlist for (proposed by this round):
# "video of me ...", "my face on a dog", costumes ("like a potato in that costume"), kind comment
# pile-ons ("comment congrats"), "roast marshmallows", "so ugly he's cute".
# ---------------------------------------------------------------------------------------------

[en.cyberbullying.humiliation.r3-media-of-peer-humiliated]
sub: humiliation
weight: 0.5
target: third
pattern: (video|videos|vid|vids|clip|clips|pic|pics|picture|pictures|photo|photos|footage|recording|snap|snaps|tiktok|reel|selfie|screenshot|screenshots) of ~1 (crying|cryin|bawling|sobbing|balling|weeping|puking|puked|vomiting|peeing|pissing|wetting|shitting|pooping|farting|naked|nude|undressed|drunk|wasted|begging|drooling|tripping|tripped|pantsed|slapped|punched|face planting|faceplanting|face planted|faceplanted|wiping out|wiped out|biffing|biffed|bawlin|sobbin)
pattern: (video|videos|vid|vids|clip|clips|pic|pics|picture|pictures|photo|photos|footage|recording|snap|snaps|tiktok|reel|screenshot|screenshots|receipts|proof) of ~1 (getting|get|got|gettin) (slapped|hit|punched|beat|beaten|jumped|dumped|rejected|pantsed|clowned|roasted|bullied|smacked|destroyed|dunked on|laughed at|pushed|shoved|tripped|wedgied)
pattern: (video|videos|vid|vids|clip|clips|pic|pics|picture|pictures|photo|photos|footage|recording|snap|snaps|tiktok|reel) of ~1 (in her|in his|in their|in the) (underwear|bra|boxers|undies|panties|towel|briefs|diaper|locker room|shower|showers|changing room)
pattern: (video|videos|vid|vids|clip|clips|pic|pics|picture|pictures|photo|photos|footage|snap|snaps|tiktok|reel|selfie) of ~1 (without|with no|w no|wo|no) (makeup|make up|her wig|his wig|a shirt|clothes)
pattern: (video|videos|vid|vids|clip|clips|pic|pics|picture|pictures|photo|photos|footage|snap|snaps|tiktok|reel|selfie|receipts|proof) of ~1 (in her|in his) (retainer|headgear|bonnet|pajamas|pjs|towel|underwear|boxers|bra|diaper|back brace)
pattern: (video|videos|vid|vids|clip|clips|pic|pics|picture|pictures|photo|photos|snap|snaps|footage) of ~1 (with his|with her|w his|w her) (pants|shorts|skirt|underwear|boxers|fly) (down|off|open)
pattern: (receipts|proof|evidence) of ~1 (crying|bawling|sobbing|begging|peeing|puking|throwing up)
pattern: (video|videos|vid|vids|clip|clips|pic|pics|photo|photos|footage|recording|tiktok|reel|snap|snaps) of ~1 (throwing|threw|throws) up
pattern: (video|videos|vid|vids|clip|clips|footage|recording|tiktok|reel) of ~1 (having|have|had|in|throwing|threw) (a|her|his) (meltdown|breakdown|panic attack|tantrum|fit|hissy fit)
pattern: (her|his|their|ur|your|yo) (crying|cry|puke|puking|breakdown|meltdown|nude|nudes|naked|embarrassing|fall|fail|tantrum) (video|vid|vids|videos|clip|clips|pics|pic|photos|tiktok|face)
pattern: (video|videos|vid|vids|clip|clips|pic|pics|picture|pictures|photo|photos|snap|snaps) of ~1 mid (sneeze|bite|blink|cry|fall|scream|yawn|chew|burp|fart|trip|puke)
match: who wants to see the vid of sam crying at lunch
match: the footage of marco face planting at the pep rally needs to be seen
match: posting the pic of jace with his pants down on my finsta tonight
match: who's got the snap of her in her retainer and no makeup lmao
pattern: (video|videos|vid|vids|clip|clips|pic|pics|picture|pictures|photo|photos|snap|snaps) of ~1 in (her|his|a) ~1 (nightgown|diaper|bra|underwear|towel|speedo|onesie|retainer|headgear|pull ups|nightie|boxers|panties)
match: y'all i have receipts of him crying to the teacher, posting at 9
match: lol the gc is blowing up over that pic of kevin in his mom's nightgown
match: airdropping the pic of her mid-sneeze to everyone
nomatch: the clip of messi falling over was funny
match: dm me for the clip of her throwing up at the party
match: posting the pic of ben in his underwear lol
match: yall gotta see the pics of her without makeup
match: send me the video of him getting slapped
match: i still have her crying video
match: i literally have 3 vids of him throwing a tantrum in class
nomatch: who wants to see the vid of my dog doing a backflip
nomatch: dm me for the video of the concert
nomatch: the video of my little brother falling asleep in his food
nomatch: pics of my cat in her bed
note: offering, posting or passing round an embarrassing video or photo of a named peer
note: (crying, throwing up, underwear, no makeup, falling, getting hit). A gap of one word takes
note: a name or pronoun, so the pattern names the victim (third); "my dog", "my brother" take two
note: words and do not match. "video of me ..." is the writer's own clip: see the allowlist proposal
note: en.allow.cb-media-of-me.

[en.cyberbullying.humiliation.r3-offer-embarrassing-media]
sub: humiliation
weight: 0.6
target: third
pattern: (who wants to see|who wanna see|who tryna see|anyone want|anybody want|anyone wanna|anybody wanna|who wants|who want|wanna see|want to see|yall need to see|yall gotta see|you gotta see|u gotta see|need to see|dm me for|dm for|hmu for|text me for|ask me for|message me for|snap me for|ill send|ima send|imma send|im posting|im gonna post|gonna post|about to post|bout to post|should i post|should i send|should i leak|i have|i got|i still have|ive got|i recorded|i filmed|we recorded|we filmed|got|look at|check out|watch|posting|leaking|sending|airdropping|spreading|posted|leaked|sent|airdropped|spread|dropped|dropping|just dropped|who has|who got|whos got|who still got|whoever got|watching|rewatching|replaying|watched|whoever has|anyone have|anyone got|does anyone have|send me|send it|share|forward|forwarding|check|peep|see) ~2 (video|videos|vid|vids|clip|clips|pic|pics|picture|pictures|photo|photos|footage|recording|snap|snaps|tiktok|reel|screenshot|screenshots) of ~1 (crying|cryin|bawling|sobbing|balling|puking|puked|vomiting|peeing|pissing|wetting|shitting|pooping|farting|naked|nude|undressed|begging|drooling|tripping|tripped|pantsed|slapped|punched|throwing up|threw up|falling off|falling over|falling down|fell off|fell over|fell down|eating shit|getting slapped|getting punched|getting jumped|getting dumped|getting rejected|getting pantsed|getting beat up|getting hit|in her underwear|in his underwear|in her bra|in his boxers|without makeup|with no makeup|having a meltdown|having a breakdown|passed out|drunk|wasted|in the locker room|in the shower|on the toilet|in the bathroom stall|tripping on|falling on|slipping|slipped|falling|fell|wiping out|face planting|eating it)
pattern: (who wants to see|who wanna see|who tryna see|whos tryna see|whos trying to see|who else wants to see|wanna see|want to see|yall wanna see|yall tryna see|u wanna see|you wanna see) ~1 (crying|bawling|sobbing|naked|nude|throwing up|puking|without makeup|with no makeup|in her bra|in her underwear|in his underwear|in his boxers|getting slapped|getting punched|getting jumped|getting dumped|getting pantsed|fall on her face|fall on his face|eat shit)
match: dm me for the video of marcus falling off the stage
match: its so funny watching the video of her falling off the stage over and over
match: whos tryna see nia without makeup, i got pics
match: i have the clip of her throwing up, should i post it
match: who wants to see the pics of jess without makeup
nomatch: who wants to see the vid of my dog doing a backflip
nomatch: dm me for the video of the concert
note: offering or posting an embarrassing video of a peer. The offer ("dm me for", "i have") names the
note: writer, so the entry names the victim (third) instead of letting "me" read as the target.

[en.cyberbullying.humiliation.r3-its-going-around]
sub: humiliation
weight: 0.3
pattern: (is|its|got|went|going|gone|been|spreading|spread) (everywhere|going around|around the school|around school|viral|in every gc|on every story|all over school|all over the school|all over tiktok|around the whole school|around the grade)
match: the video of her crying is everywhere lmao
nomatch: everywhere i go people are nice
note: weak signal: something about a peer spreading through the school; counts with a media or
note: humiliation phrase

[en.cyberbullying.humiliation.r3-found-old-account]
sub: humiliation
weight: 0.3
target: third
pattern: (found|dug up|digging up|digging through|dug through|look what i found|look what i found on|screenshotted|saved) ~2 (her|his|their|ur|your|yo) (old|) (account|acc|accounts|insta|tiktok|finsta|tweets|posts|pics|photos|diary|search history|camera roll|texts|dms|fanfic|poems|musical.ly)
match: look what i found on her old account
match: dug up his old tweets
nomatch: look what i found in the attic
note: weak signal: digging up someone's old posts; counts with a share or mock phrase

[en.cyberbullying.humiliation.r3-share-with-whole-grade]
sub: humiliation
weight: 0.35
pattern: (sharing|share|shared|send|sending|sent|post|posting|posted|airdrop|airdropping|airdropped|forward|forwarding|forwarded|spread|spreading|show|showing|showed|pass|passing|passed) ~3 (with|to|around|in) (the|our|my|) (whole|entire) (grade|school|class|year|team|gc|groupchat|group chat|internet|server|bus|cafeteria|lunchroom|floor|dorm|church)
pattern: (send|pass|spread|airdrop|post|share) (it|this|that|them|these|those) (around|everywhere) (lol|lmao|lmfao|haha|now|rn|quick|fast|asap|pls|please|)
match: sharing it with the whole grade
match: airdropped it to the entire school
match: send it around lol
nomatch: sharing the recipe with my mom
note: weak signal: spreading something to a whole year group or school; counts with a
note: humiliating media or a found-post phrase

[en.cyberbullying.pile_on.r3-screenshot-and-send-around]
sub: pile_on
weight: 0.6
pattern: (screenshot|ss|screenie|record|save|screen record|screenrecord) (this|it|that|her|his|their) ~3 (send|pass|spread|airdrop|post|share|forward) (it|this|that|them) (around|everywhere|to everyone|to everybody|to the gc|to the groupchat|to the whole)
match: everyone screenshot this and send it around lol
match: ss her story and spread it everywhere
nomatch: screenshot this and send it to me
note: copying a post or story and spreading it round

[en.cyberbullying.pile_on.r3-account-dedicated-to-mocking]
sub: pile_on
weight: 0.5
pattern: (account|acc|page|insta|ig|tiktok|finsta|twitter|story|server|gc|groupchat|group chat|discord|blog|channel|snap) (dedicated to|just to|only to|just for|only for|made to|made for|for|to) (roasting|roast|mocking|mock|exposing|expose|hating on|hate on|clowning|clowning on|clown on|dissing|humiliating|humiliate|embarrassing|embarrass|making fun of|make fun of|rating ugly|posting ugly|post ugly|laughing at|laugh at|bullying|bully|post how|posting how|show how|showing how|prove how|expose how)
pattern: (fan|stan|hate|tribute) (account|acc|page|insta|ig|tiktok|finsta|club|gc|server) (for|of|about|dedicated to|on) (the|that|this|our) (weird|ugly|fat|smelly|creepy|quiet|emo|dumb|stupid|gay|crusty|greasy|nerdy|poor|annoying|sped|autistic|cringe|loser) ~1 (girl|boy|kid|guy|one|nerd|freak|weirdo|loser|chick|dude|teacher)
pattern: (the|that|this|our) (class|school|grades|schools|classes|whole school) (freak|weirdo|loser|reject|outcast|joke|fatty|uggo|retard|loner|psycho|crybaby|pig|cow|whale|dork|dweeb|charity case|freakshow|virgin|creep)
pattern: (burner|account|acc|page|insta|tiktok|finsta|gc|server|story|blog|channel) ~4 (about how|abt how|bout how) (weird|ugly|fat|dumb|stupid|annoying|cringe|gross|nasty|creepy|pathetic|desperate|smelly|poor|slutty|retarded|weird ass|ugly ass)
pattern: (page|account|acc|insta|tiktok|finsta|burner|gc|server) (exposing|roasting|rating|ranking|mocking|clowning|dissing|posting|dedicated to) (the|all the|every|all|our) (freaks|losers|weirdos|uggos|nerds|fat kids|ugly kids|sluts|hoes|ugly girls|ugly boys|weird kids|virgins|lames|fatties|pick mes|emos|gays) ~3 (school|grade|class|year|gc|team|hallway|cafeteria|lunch|schools|grades)
pattern: (fan|hate|stan|tribute) (page|account|acc|insta|tiktok|club) (for|of|about|dedicated to) (the|that|this) (kid|girl|boy|guy|one|dude|chick) (who|that|with|whos) (smells|stinks|cries|cried|pees|peed|picks|eats|has|wears|talks|looks|never|always|sits|smell|stink)
pattern: (rate|rating|rank|ranking) (the|all the|our) (freaks|losers|weirdos|uggos|nerds|fatties|sluts|hoes|pick mes|lames|emos|fat kids|ugly kids|ugly girls|ugly boys)
match: new page dedicated to roasting emily, tag her in everything
pattern: (rate|rank|roast|expose|rating|ranking|roasting|exposing) (my|our|the) (classmates|grade|peers|schoolmates|whole grade)
match: new acc just dropped: @rate_the_freaks, first up is the girl with the braces
match: there's a page called rate_my_classmates and they just did hailey, 1/10
match: made a burner just to post stuff about how weird sophie is
match: follow the page exposing the freaks in 10th grade
match: fan page for the kid who smells like onions, go follow
match: made a fan account for the weird girl in math lol
match: started a group chat just for making fun of the new kid
match: daily pics of the class freak
nomatch: made a fan page for my favorite band
nomatch: the class clown made everyone laugh
nomatch: an account for posting recipes
nomatch: an account dedicated to rating pizza places
nomatch: the account exposing the freaks in congress is hilarious
note: an account, page or group chat set up to mock one peer; "the class freak" as a label
note: ("class clown" is an idiom and is not listed)

[en.cyberbullying.pile_on.r3-tag-her-in-everything]
sub: pile_on
weight: 0.3
pattern: (tag|tagging|tagged|mention|mentioning|at) (her|him|them) (in|on|under) (everything|every post|every pic|all of it|all of them|all the posts|the comments|all the comments|every comment)
match: tag her in everything
nomatch: tag me in the photos
note: weak signal: making sure the target sees a mocking post; counts with a mocking phrase

[en.cyberbullying.humiliation.r3-face-edited-onto-animal]
sub: humiliation
weight: 0.6
target: third
pattern: (photoshop|photoshopped|photoshopping|edited|edit|editing|put|putting|pasted|paste|pasting|stuck|morphed|faceswapped|faceswap|swapped|slapped|photoshoped) ~1 (face|head|pic|picture|photo|selfie) (onto|on|into|in|over|on top of|on to) ~2 (pig|pigs|cow|cows|monkey|monkeys|ape|apes|gorilla|chimp|baboon|dog|rat|rats|whale|whales|donkey|goat|horse|hippo|sheep|pug|toad|frog|slug|worm|rhino|walrus|seal|elephant|hog|sow|troll|goblin|shrek|potato|toilet|turd|poop|clown|cockroach|roach|pig body|cow body|monkey body|dog body|whale body|ape body|baby body|toddler body|baby|chihuahua|hamster|worm)
pattern: (faceswapped|faceswap|faceswapping|swapped|morphed|merged|blended) ~1 (with|into|onto|and) (a|an) (pig|cow|monkey|ape|gorilla|chimp|dog|rat|whale|donkey|goat|horse|hippo|pug|toad|frog|walrus|elephant|hog|troll|goblin|shrek|potato|clown|cockroach|baboon)
pattern: (edited|photoshopped|morphed|turned) ~1 (into|to look like) (a|an) (pig|cow|monkey|ape|gorilla|chimp|dog|rat|whale|donkey|goat|horse|hippo|pug|toad|frog|walrus|elephant|hog|troll|goblin|shrek|potato|clown|cockroach)
pattern: (made|make|edited|edit|photoshopped|turned|turn|filtered) (her|him|them|you|u|ya|yu) (into|look like|like) (a|an) (pig|cow|monkey|ape|gorilla|chimp|dog|rat|whale|donkey|goat|horse|hippo|pug|toad|frog|walrus|elephant|hog|troll|goblin|shrek|potato|clown|cockroach)
pattern: (her|his|ur|your|yo|their) (face|head) (onto|on|on top of) (a|an|the) (pig|cow|monkey|ape|gorilla|chimp|dog|rat|whale|donkey|goat|horse|hippo|pug|toad|frog|walrus|elephant|hog|troll|goblin|shrek|potato|toilet|cockroach)
pattern: (her|his|ur|your|yo) (face|head) (pasted|photoshopped|edited|stuck|slapped|put|glued) (on|onto|over) (a|an|the) ~1 (pig|cow|monkey|ape|gorilla|chimp|dog|rat|whale|donkey|goat|horse|hippo|pug|toad|frog|walrus|elephant|hog|troll|goblin|shrek|potato|toilet|cockroach|baboon|sumo wrestler|baby|clown)
pattern: (photoshopped|edited|pasted|faceswapped|morphed) (her|him|them) (onto|on|into|in) (a|an) ~1 (pig|cow|monkey|ape|gorilla|chimp|dog|rat|whale|donkey|goat|horse|hippo|pug|toad|frog|walrus|elephant|hog|troll|goblin|shrek|potato|toilet|cockroach|baboon|sumo wrestler|clown|fat suit|baby body)
match: i photoshopped his face onto a pig lol
match: her face pasted on a pig is our group chat icon now
match: we photoshopped her onto a sumo wrestler lmaoo
match: someone edited her pic onto a cow and its in every gc
pattern: (her|his|ur|your|yo|their) (face|head|pic|selfie) (as|into) (a|an) (pig|cow|monkey|ape|gorilla|chimp|dog|rat|whale|donkey|goat|horse|hippo|pug|toad|frog|walrus|elephant|hog|troll|goblin|shrek|potato|cockroach|baboon|rodent|roach)
match: made him look like a monkey
match: somebody edited brianna into a pig and it's the school wallpaper now
match: i made a meme of his face as a rat lmao
match: faceswapped her with a monkey
match: i faceswapped jake with a pig and it's hilarious
match: her face on a whale body 😂
nomatch: i photoshopped my face onto the mona lisa
match: i edited ella's face onto a whale and made it my pfp
nomatch: put the sticker on a dog bowl
note: editing a peer's face onto an animal or object and passing it round. The pattern names the
note: victim (the face's owner), so "i ... made it my pfp" does not turn it onto the writer; the
note: writer's own face ("my face on a dog") is the allowlist proposal en.allow.cb-my-face-on

[en.cyberbullying.appearance_shaming.r3-face-rated-low]
sub: appearance_shaming
weight: 0.55
target: third
pattern: (her|his|ur|your|yo|their) (face|body|looks|glow up|glowup|pfp|selfie|selfies|pic|pics|smile|nose|teeth|fit|outfit|hair|skin|jawline|bod) (is|was|are|r|looks|gets|) (a|like a|maybe a|barely a|generously a|honestly a|a solid|solid|a strong|an easy|a generous|) (0|1|2|3|4|zero|negative|minus) (10|outta|out of|and thats|at best|on a good day|max|tops)
pattern: (face|looks|body|glow up|glowup|selfie|pfp) (is|was|) (a solid|solid|an easy|like a solid|a generous|barely a|maybe a|like a|prob a|probably a) (0|1|2|3|zero|one|two|three)
pattern: outta (10|ten) (shes|hes|ur|youre|she is|he is|you are|her face is|his face is|her body is|she|he|u|you|ya|yu) (a|like a|maybe a|barely a|prob a|probably a|an easy|a solid|a generous|) (0|1|2|3|4|zero|one|two|three|four|negative)
pattern: (tag|name|find|show me|anyone|anybody|someone|somebody|nobody|noone|no one|is there anyone) ~2 (uglier|fatter|weirder|dumber|smellier|grosser|nastier|more annoying|more pathetic|more cringe|more disgusting) than (her|him|you|u|ya|yu|this|that|them)
match: honestly his face is a 2/10
match: ngl his face is a solid 2
match: honestly her face is like a 1
match: outta 10 she's a 3 and that's being nice
match: tag someone uglier than him
nomatch: honestly this movie is a 3/10
nomatch: her outfit is a 10/10
nomatch: his smile is a 1 in a million
note: scoring a peer's face or body low, "tag someone uglier"

[en.cyberbullying.appearance_shaming.r3-ranking-ugliest-peers]
sub: appearance_shaming
weight: 0.62
target: third
pattern: (rating|ranking|rate|rank|scoring|grading) (every|all the|all|each|the) (girl|girls|boy|boys|kid|kids|person|student|students|guy|guys|female|females) (in|at|from|on|of) (our|the|this|my) (grade|class|school|team|gc|year|groupchat|group chat)
pattern: (rate|rank|score) (her|his|their|her face|his face|her body|his body|her looks|his looks) (in|on|under) (the|) (replies|comments|gc|groupchat|group chat|chat)
pattern: (ranking|rating|roasting|exposing|rank|rate|roast|expose) (the|all the|every) (ugly|fat|weird|ugliest|fattest|smelly|dumb|slutty|poor|cringe|loser|nerdy|emo) (girls|boys|kids|people|students|ones|guys|chicks|freshmen|sophomores)
match: rating every girl in our grade and hannah got a 1/10
match: there's a tiktok acc dedicated to ranking the ugly girls at westview
match: rate her body in the replies, i'll start: 3
pattern: (ranking|ranked|rank|rating|rated|rate|list|listing|poll|vote|voting|tier list|top 10|top ten|top 5|top five) ~3 (ugliest|fattest|weirdest|dumbest|smelliest|grossest|nastiest|creepiest|sluttiest|most annoying|most hated|biggest loser|biggest losers|poorest|hairiest|flattest) ~1 (girl|girls|boy|boys|kid|kids|person|people|ppl|guy|guys|student|students|one|ones|in|at|on|of)
match: ranking the fattest kids in our class
match: poll for the ugliest girl in 8th grade
nomatch: ranking the ugliest christmas sweaters we own
note: ranking or polling peers by ugliness or rating every girl in the grade; the victims are named by
note: the pattern (third), so "our grade" does not read as the writer

[en.cyberbullying.humiliation.r3-whos-gonna-tell-her]
sub: humiliation
weight: 0.4
pattern: (whos|who is|who|who gon|somebody|someone|anybody|nobody|noone|no one|can someone|can somebody|pls someone|please someone|plz someone|someone should|somebody should|someone needs to|somebody needs to|someone gotta|somebody gotta|someone has to|somebody has to) (gonna|going to|finna|gon|wanna|) (tell|break it to) (her|him|them|this girl|this dude|this guy|bro|sis|lil bro|ol girl|shorty)
pattern: (whos|who is|who) (gonna|going to|finna|gon) tell
pattern: (someone|somebody|pls|please|can someone|can somebody|someone please|somebody please|whos gonna|who gonna|who is gonna|whos going to) (let|lemme) (her|him|them) know
match: whos gonna tell her she looks like that
match: ok but who's gonna tell sarah she looks like a boiled shrimp
match: someone tell him
nomatch: who gonna tell me the answer
note: the mocking "who's gonna tell her..." opener; weak alone (never flags by itself), adds up with the
note: put-down that follows. It ends at the pronoun so that it does not overlap the put-down.

[en.cyberbullying.appearance_shaming.r3-third-looks-like-a]
sub: appearance_shaming
weight: 0.6
pattern: (she|he|shes|hes|her|him|dude|bro|girl|this girl|this guy|that girl|that guy|lil bro|ol girl|sis|they|theyre|homie|blud|bruh) (look|looks|lookin|looking|built|shaped|resembles|resemble) like ~2 (thumb|potato|shrek|goblin|gremlin|troll|ogre|rat|pig|cow|whale|horse|monkey|ape|fridge|refrigerator|toe|foot|egg|melted candle|frog|toad|pug|hobbit|squidward|sloth|bulldog|crackhead|meth head|methhead|tweaker|shrimp|worm|hippo|walrus|boiled ham|lightbulb|bobblehead|skeleton|corpse|zombie|dumpster|thumb with hair|foot with hair|golf ball|traffic cone|lamp post|raisin|potato sack|sack of potatoes|bag of potatoes|gorilla|chimp|baboon|rhino|pig in a wig|man in a wig|hog|cockroach|roach|rodent|mole rat|naked mole rat|gollum|voldemort|grinch|sasquatch|bigfoot|yeti|toddler|noodle|stick insect|possum|opossum|rat with|pig with|cabbage patch doll|cabbage patch kid|chucky|annabelle|raccoon|panda|skunk|clown|ghost|witch|hag|troll doll|muppet|baked potato|potato head|stepsister|ugly stepsister|chipmunk|beaver|donkey|mule|camel|llama|alpaca|turtle|tortoise|pterodactyl|dinosaur|grandma|grandpa)
pattern: (she|he|shes|hes|dude|bro|this girl|this guy|that girl|that guy) (is|) (built|shaped) like ~2 (fridge|refrigerator|whale|potato|pear|lightbulb|dumpster|barrel|blob|toothpick|twig|sack|bag of potatoes|thumb|dude|trash can|toddler|child|baby|noodle|stick|minecraft character|lego|teletubby|walrus|hippo|jelly|marshmallow|pillsbury doughboy)
pattern: (makes|make|made|making) (her|him|you|u|ya|yu) (look|looks) (like|so) ~2 (boy|dude|guy|girl|lady|grandma|grandpa|old lady|toddler|pig|cow|whale|potato|thumb|egg|clown|hobo|crackhead|goblin|troll|rat|fat|ugly|fatter|uglier|bald|pregnant|hippo|walrus|fridge|horse|monkey)
match: somebody tell him he looks like a wet rat
match: who gonna tell her that haircut makes her look like a boy
match: nobody tell him hes built like a toddler lmao
match: she looks like a thumb lmao
match: why does he look like a melted candle
match: she looks like a raccoon with that eyeliner
match: dude looks like a potato with hair
match: who gonna tell her she built like a fridge
nomatch: i look like a potato in this pic
nomatch: my dog looks like a potato when he sleeps
nomatch: she looks like a princess
nomatch: that dress makes her look like a princess
note: mocking comparisons about a third person (thumb, potato, goblin, fridge); "my dog" and "i" are
note: not in the subject slot

[en.cyberbullying.pile_on.r3-everyone-laugh-at-the-loser]
sub: pile_on
weight: 0.55
target: third
pattern: (laugh|laughing|laughed|point|pointing|pointed|lmao|lmfao|clown|clowning) at (the|this|that|our) (loser|freak|weirdo|nerd|fatty|uggo|dork|retard|crybaby|virgin|fatso|creep|reject|loner|pig|whale|cow|dweeb|outcast|sped|tryhard|pick me|emo)
pattern: (laugh|laughing|laughed|point|pointing|pointed|lmao|lmfao) at (the|this|that|our) (fat|ugly|weird|smelly|gay|emo|poor|autistic|sped|new|quiet|short|chubby|skinny|greasy|crusty|dirty|nerdy|lonely) (kid|girl|boy|guy|one|dude|chick|loser|freak|nerd)
pattern: (everyone|everybody|yall|y all|lets all|we all|guys|everyone go|everybody go|all of you) (point and laugh|point n laugh|laugh at her|laugh at him|laugh at them|laugh at this|laugh at that|start laughing|clown her|clown him|clown on her|clown on him)
pattern: (everyone|everybody|yall|y all|lets all|we all|guys|all of you) (laugh|point and laugh|point n laugh|lmao|laughing) at (her|his|him|them|this|that|the) ~2 (shoes|outfit|fit|hair|face|body|voice|teeth|clothes|glasses|braces|nose|kid|kids|girl|girls|boy|loser|freak|weirdo|presentation|drawing|essay|singing|dancing|pic|selfie|haircut|acne|forehead|backpack)
match: everyone laugh at the loser in the corner
match: everybody laugh at the new kid's shoes
match: we were pointing at the fat kid lol
pattern: (look at|peep|see|lookit) (her|his|this|that|their) (face|outfit|hair|body|teeth|nose|fit|pic|selfie|forehead|shoes|clothes|makeup|eyebrows|acne) ~4 (everyone|everybody|yall|lets all|we all) (laugh|point and laugh|lmao|lmfao|dying|laughing)
match: yall point and laugh
match: look at his face in this pic everyone laugh
nomatch: everyone laugh at my terrible joke
nomatch: we laughed at the comedian all night
nomatch: the crowd laughed at the clown
note: mocking laughter aimed at a labelled peer, or a call to point and laugh

[en.cyberbullying.pile_on.r3-everyone-laugh-bare]
sub: pile_on
weight: 0.35
pattern: (everyone|everybody|yall|lets all|we all|all of you|guys) (laugh|point and laugh|point n laugh|start laughing) (lol|lmao|rn|now|)
pattern: look at how (she|he|you|u|ya|they|yu) (runs|run|walks|walk|talks|talk|dresses|dress|eats|eat|looks|look|dances|dance|laughs|laugh|types|smells|sits|stands|chews|breathes|throws|holds)
match: yall look at how he runs 😂😂 everyone laugh
nomatch: look at the sunset
note: weak signals: a bare call to laugh, "look at how he runs"; they count together or with a put-down

[en.cyberbullying.pile_on.r3-quote-tweet-ratio]
sub: pile_on
weight: 0.55
pattern: (quote tweet|quote retweet|quote|qrt|qt|reply|retweet|rt|stitch|duet|repost) ~3 (and|n|to|then|) ratio (him|her|them|this|that|the|it|ur|his)
pattern: ratio (him|her|them|this|that) (into|to|until|till|til|so hard|off|out of)
pattern: (everyone|everybody|yall|lets|lets all|go|guys) (quote tweet|quote retweet|qrt|qt|stitch|duet) (this|him|her|them|that) ~3 (and|n|to) (ratio|roast|clown|flame|cook|drag|dunk on|mock)
match: everyone quote tweet this guy and ratio him
pattern: (quote tweet|quote retweet|qrt|qt|stitch|duet) (her|him|them|this|that) ~2 (and|n|to) (tell|say|call|comment|remind)
match: ratio her into oblivion
match: everyone quote tweet her and tell her she's ugly
match: yall stitch this and roast her
nomatch: quote tweet this with your favorite album
note: organised quote-tweet / stitch pile-ons; the reporting cue "quote" sits inside the phrase
note: and does not discount it

[en.cyberbullying.pile_on.r3-raid-and-tell-him]
sub: pile_on
weight: 0.5
target: third
pattern: (tell|telling|told|remind|reminding|let) (her|him|them) (know|) (she|he|they|shes|hes|theyre|how) (sucks|suck|is trash|is ugly|is fat|is a loser|is a joke|is cringe|is mid|is garbage|is worthless|is pathetic|is annoying|should quit|should kys|should die|should leave|is a clown|aint shit|is nothing|stinks|smells|is a bozo|is dogshit|is washed|fell off|is irrelevant|is a failure|is disgusting|is gross|is so ugly|is so fat|is so cringe|should delete|should log off|should just quit|is hated|isnt wanted|is not wanted)
pattern: (tell|telling|told|remind|reminding|let) (her|him|them) (know|) (shes|hes|theyre|ur|youre) (a loser|trash|ugly|fat|a joke|cringe|mid|garbage|worthless|pathetic|annoying|a clown|nothing|a bozo|washed|irrelevant|a failure|disgusting|gross|hated|not wanted|a freak|a weirdo|a nobody|so ugly|so fat|so cringe|a pig|a cow|a whale)
match: raid his stream and tell him he sucks
match: go tell her shes a loser
match: everyone quote tweet her and tell her she's ugly
nomatch: tell him he did great
nomatch: tell her she is invited
note: sending people to tell the target a put-down

[en.cyberbullying.pile_on.r3-raid-his-stream]
sub: pile_on
weight: 0.3
pattern: (go|lets|yall|everyone|everybody|we should|we gotta|guys) (raid|brigade|invade|flood|swarm) (his|her|their) (stream|chat|server|discord|twitch|live|page|comments|replies|mentions|lobby)
match: lets raid his stream
nomatch: lets raid the fridge
note: weak signal: a raid is also a normal streaming feature ("raid his stream with love")

[en.cyberbullying.exclusion.r3-block-anyone-who-talks-to-her]
sub: exclusion
weight: 0.7
target: third
pattern: (block|unfollow|unfriend|unadd|ignore|drop|ghost|exclude|cut off|kick|remove|ban|shun|hate|jump|uninvite) (anyone|anybody|everyone|everybody|whoever|ppl|people|any of yall) ~2 (talks|talk|talking|texts|text|texting|hangs|hang|sits|sit|follows|follow|likes|like|defends|defend|sides|side|speaks|speak|replies|reply|is friends|are friends|stays friends|still friends|invites|invite|chills|chill|walks|walk|eats|eat) ~2 (her|him|them|that girl|that kid|that guy|that loser|that freak|that weirdo)
pattern: (if|anyone who|anybody who|whoever) (you|u|ya|yu|anyone|anybody|someone|any of yall|any of you|still) ~3 (her|him|them) ~3 (youre|ur|you are|u r|theyre|youll be|ull be|you will be|u will be|is|are) ~2 (dead to|out|done|blocked|cut off|uninvited|kicked out|a loser|removed|excluded|a traitor|a snake|getting blocked|getting dropped|dropped|not invited|not welcome)
pattern: (block|unfollow|unfriend|drop|ghost|ignore|exclude|unadd|kick out|remove) (anyone|anybody|everyone|everybody|whoever|people|ppl) (whos|who is|thats|that is|who|that|who are|who r) (still|) (friends with|friends w|besties with|talking to|hanging with|hanging out with|sitting with|texting|defending|dating|cool with|siding with|follows|follow)
match: unfollow and block anyone who still talks to her
match: block anyone who's still friends with madison
match: unfollow anyone who still follows ella
match: drop anybody that sits with him
match: if u still text her ur blocked
nomatch: unfollow and block anyone who posts spoilers
nomatch: block anyone who sends you creepy messages
note: ordering the group to cut off anyone who stays friends with the target

[en.cyberbullying.exclusion.r3-shes-done-here]
sub: exclusion
weight: 0.5
pattern: (shes|hes|she is|he is|theyre|ur|youre|you are|u r|she|he|yu are|ya) (so|) (done|over|cancelled|canceled|socially dead|dead|irrelevant|finished) (in|at|around|here at) (this|our|the|) (school|grade|class|gc|groupchat|group|friend group|squad|team|server|town|year)
pattern: (shes|hes|she is|he is|youre|ur|you are|u r) (socially dead|socially done|a social outcast|a social reject|social suicide|social leper|a leper) (now|lol|lmao|forever|at|in|after|)
match: hes done in this school, spread it
match: ur socially dead now
nomatch: shes done with finals
nomatch: hes done for the day
note: declaring a peer finished in the social group

[en.cyberbullying.exclusion.r3-pass-it-on]
sub: exclusion
weight: 0.3
pattern: (pass it on|spread it|spread the word|tell everyone|tell everybody|make sure everyone knows|make sure everybody knows|let everyone know) (lol|lmao|lmfao|haha|)
match: spread it
nomatch: spread the butter
note: weak signal: an order to spread a verdict about someone; counts with an exclusion or humiliation phrase

[en.cyberbullying.exclusion.r3-never-fit-in]
sub: exclusion
weight: 0.55
pattern: (you|u|ya|yu|youll|ull|she|he|shell|hell|they|theyll|youre|ur|shes|hes) (will|gonna|are gonna|r gonna|is gonna|are going to|is going to|going to|) (never|not ever|not|nvr) (fit|fitting|gonna fit|going to fit) in (here|with|at|lol|lmao|and|so|anywhere|around|)
pattern: (you|u|ya|yu|she|he) (dont|do not|doesnt|does not|dont even|will never|never|cant|cannot) (fit in|belong) (here|with us|with them|in this|lol|at this|in our|anywhere|around here|with anyone|in the group|in the gc|so)
pattern: (youre|ur|you are|u r|shes|hes|she is|he is) (never|not) (gonna|going to) (fit in|belong|belong here|be one of us|be accepted|be popular|be liked|be part of|be invited)
match: u will never fit in with us
match: ur never gonna belong here
match: you'll never fit in here just leave
match: she doesnt belong with us
nomatch: you'll fit in here just fine
nomatch: i'll never fit in
nomatch: this couch will never fit in the van
note: telling a peer they will never fit in or belong

[en.cyberbullying.exclusion.r3-nobody-invited-you]
sub: exclusion
weight: 0.5
pattern: (nobody|noone|no one|nobdy) (invited|asked for|asked|wanted|added|called|needs|requested) (you|u|ya|yu)
match: nobody invited you
match: no one asked for u
nomatch: nobody invited me
note: bare "nobody invited you" (aimed at the reader it reaches the flag line; asked as a question it
note: stays below)

[en.cyberbullying.exclusion.r3-imagine-being-friends-with-her]
sub: exclusion
weight: 0.5
pattern: imagine (being|bein|having to be|) (friends|frens|fren|seen|caught|spotted|besties|bffs) with (her|him|them|that|this|u|you|ya|yu)
pattern: imagine (sitting|hanging|hanging out|hangin|chilling|walking|partnering|partnered) with (her|him|that|this|u|you|ya|yu) (lol|lmao|lmfao|skull|ew|eww|bro|smh|)
match: imagine being friends with her lol
match: imagine being seen with him
nomatch: imagine being friends with a celebrity
note: mocking anyone who would be friends with or seen with the target

[en.cyberbullying.exclusion.r3-not-cool-enough]
sub: exclusion
weight: 0.55
pattern: (no|nah|nope|lol|lmao|sorry|) (lol|lmao|haha|) (ur|youre|you are|u r|yu are|shes|hes|she is|he is|you|u|she|he|yu|ya) (not|arent|isnt|aint|r not|are not|is not|will never be|never gonna be|never going to be) (cool|pretty|popular|skinny|hot|funny|smart|cute|thin|good looking|interesting|important|relevant|fun|attractive|tall) enough (to|for|lol|lmao|bro|sorry|and|so|)
match: sit with us? no lol ur not cool enough
match: shes not pretty enough to hang with us
nomatch: i'm not cool enough for this
note: telling a peer they are not cool / pretty / popular enough to belong; the "no" answer
note: in front of it sits inside the phrase so it is not read as a negation

[en.cyberbullying.exclusion.r3-stop-trying-to-be-our-friend]
sub: exclusion
weight: 0.5
pattern: (stop|quit) (trying|tryna|begging|trying so hard) (to|) (be our friend|be my friend|be their friend|be her friend|be his friend|be friends with us|be friends with them|be friends with her|be friends with him|fit in with us|fit in with them|sit with us|sit with them|hang with us|hang out with us|hang with them|hang out with them|join us|join our|be one of us|be cool|be popular|be us|talk to us|be part of|be in our)
match: stop trying to be our friend its embarrassing
match: quit tryna sit with us
nomatch: stop trying to be perfect, you're doing great
nomatch: stop trying to fit in, just be yourself
note: shutting out a peer who wants to join the group

[en.cyberbullying.exclusion.r3-freeze-her-out]
sub: exclusion
weight: 0.55
pattern: (freeze|froze|freezing|frozen|ice|iced|icing) (her|him|them|you|u|ya|yu) out
pattern: (dont|do not|nobody|noone|no one|never) (reply|respond|answer|react|talk back|text back|reply back|like|heart) (to|) (anything|whatever|nothing) (she|he|they) (sends|says|posts|texts|send|say|post|text|messages)
pattern: (were|we are|we|were all|we all|im|everyone is|everybody is|everyones|whole class is|whole school is) (all|) (gonna|going to|finna|will|about to|boutta|) (ignore|ignoring|ghost|ghosting|exclude|excluding|shun|shunning|freeze out|freezing out|blank|blanking|ice out|icing out|leave out|leaving out) (her|him|them|you|u|ya|yu) (from now on|forever|now|lol|lmao|for good|at lunch|at school|in class|starting|until|till|til|pass it on|spread it|)
match: freeze her out
match: dont reply to anything he sends
match: were all gonna ignore him from now on
nomatch: the pipes froze
nomatch: cut the onions out of the recipe
note: an organised silent treatment

[en.cyberbullying.exclusion.r3-dont-talk-to-the-new-kid]
sub: exclusion
weight: 0.5
pattern: (dont|nobody|noone|no one|never|do not|stop|quit) (talk|talking|speak|speaking|sit|sitting|hang|hanging|play|playing|hang out|hanging out|partner|partnering|eat|eating) (to|with|near|next to|around) (the|that|this) (new|weird|fat|ugly|smelly|quiet|emo|gay|poor|autistic|sped|dirty|short|nerdy|lonely|crusty|greasy|stinky|annoying|cringe|goth|foreign) (kid|girl|boy|student|freak|loser|one|chick|nerd|weirdo)
match: don't talk to the new kid, he's weird
match: nobody sit with the smelly girl
nomatch: go talk to the new kid, he seems nice
note: a bare order to shun a labelled classmate ("the new kid", "the weird girl")

[en.cyberbullying.exclusion.r3-if-she-comes-were-leaving]
sub: exclusion
weight: 0.5
pattern: if (she|he|they|u|you|ya|yu) (shows up|show up|comes|come|is coming|are coming|comes along|come along|joins|join|is there|are there|is going|are going|goes|go|sits with us|sit with us|gets invited|get invited|is invited) (were|we are|we|im|i am|i|everyone is|everybody is|nobody is|noone is|no one is|were all|we all) (leaving|out|not going|not coming|dipping|skipping|gone|bouncing|going home|staying home|leave|dip|bounce|moving|moving tables|switching tables|getting up|switching seats)
match: if she shows up we're leaving
match: if she sits with us i'm moving
match: if he comes im not going
nomatch: if it rains we're leaving early
note: refusing to be anywhere the target is

[en.cyberbullying.exclusion.r3-nobody-sitting-with-you]
sub: exclusion
weight: 0.55
pattern: (nobody|noone|no one|nobdy) (is|are|will be|gonna be|is ever|will ever|) (sitting|sit|eating|eat|hanging|partnering|partner|working|playing|walking|talking|going) (with|near|to|around) (you|u|ya|yu|her|him) ~2 (ever again|anymore|again|lol|lmao|loser|freak|weirdo|bitch|go away|get lost|bye|ever|at lunch|at school|so dont)
match: no one is sitting with you at lunch ever again
match: nobody is talking to her anymore
nomatch: no one is sitting in that seat, go ahead
note: announcing that nobody will sit, eat or talk with the target any more

[en.cyberbullying.appearance_shaming.r3-nobody-wants-to-see-that-body]
sub: appearance_shaming
weight: 0.55
pattern: (nobody|noone|no one) (wants|wanna|needs|asked|asked to|wanted) (to|) (see|look at|watch) (that|those|this|these) ~1 (body|belly|stomach|gut|rolls|fat|thighs|legs|arms|face|muffin top|cellulite|acne|teeth|ass|chest|back fat|love handles|stretch marks|cankles|moobs|bod)
pattern: (put|cover) (that|those|it|ur|your|yo) (body|belly|stomach|gut|rolls|fat|thighs|face|arms|legs) (away|up) (nobody|noone|no one|please|pls|plz|lol|lmao|ew|eww|gross|bro|sis|girl)
match: nobody wants to see that body, cover up
match: put that belly away nobody wants it
nomatch: nobody wants to see that movie
note: telling someone their body is not fit to be seen

[en.cyberbullying.appearance_shaming.r3-third-person-ugly]
sub: appearance_shaming
weight: 0.5
pattern: (shes|hes|she is|he is|she|he|they are|theyre) (so|such|literally|really|actually|fucking|too|lowkey|highkey|just|genuinely|honestly|kinda|mad|hella|) (ugly|hideous|repulsive|unattractive|fugly|nasty looking)
pattern: how (ugly|fat|obese|hideous|gross|nasty|disgusting|fugly|greasy|crusty|smelly) (she|he|they|you|u|ya|yu) (is|are|r|look|looks|looked|was|were|got|gets)
match: shes so ugly her mom must be disappointed
match: look how fat he is lmao
nomatch: she's ugly crying at the movie
nomatch: i can't believe how fat my cat got
note: third-person looks insults as they are passed round a group chat ("she's so ugly")

[en.cyberbullying.humiliation.r3-so-everyone-sees]
sub: humiliation
weight: 0.55
target: third
pattern: (so|and|till|until|til) (everyone|everybody|the whole school|the whole class|the whole grade|people|ppl|we all|the world|the gc|the groupchat|all|the internet) (sees|see|can see|knows|know|can laugh at|laughs at|finds out|find out|realizes) (how|what a|what an|that) (desperate|ugly|fat|pathetic|weird|dumb|stupid|crazy|cringe|gross|nasty|thirsty|fake|annoying|creepy|slutty|loser|freak|psycho|obsessed|clingy|disgusting|lame|sad|broke|poor)
match: post it on her wall so everyone sees how desperate she is
match: send it to the gc so everybody knows what a freak he is
nomatch: so everyone knows how amazing she is
note: posting something so everyone can see how pathetic the target is

[en.cyberbullying.identity_attack.r3-gay-or-just-weird]
sub: identity_attack
weight: 0.5
pattern: (gay|trans|lesbian|a lesbian|bi|queer|a fag|a dyke|a girl|a boy|a dude|a man|a woman) or (just|) (weird|retarded|stupid|ugly|a freak|autistic|confused|a loser|dumb|slow|fat|a weirdo|mental|crazy|disgusting|gross|a creep|a retard|sped|mentally ill|delusional)
match: poll: is jake gay or just weird
match: is she a girl or a freak
nomatch: is he gay or straight
note: "is he gay or just weird" polls: an identity word paired with a put-down; the identity word
note: alone does not match

[en.cyberbullying.humiliation.r3-caught-it-on-video]
sub: humiliation
weight: 0.5
target: third
pattern: (she|he|they|her|him|bro|dude|kid|girl|boy|lil bro|sis) (cried|crying|was crying|puked|threw up|was puking|peed|pissed|wet|fell|tripped|farted|sharted|got slapped|got punched|got jumped|got dumped|got rejected|got pantsed|got beat up|broke down|had a meltdown|had a breakdown|freaked out) ~5 (got it on|caught it on|have it on|got that on|caught that on|got it all on|caught it all on|have it all on|recorded it|filmed it|recorded the whole|filmed the whole|screen recorded|screenrecorded|got a vid|got a video|got the vid|got the video|got a clip|got the clip|on camera|on video)
pattern: (posting|post|posts|posted|sharing|share|shares|shared|leak|leaks|leaking|leaked|spreading|spread|spreads|airdrop|airdropped|airdropping|sending|sent|send|sends) ~3 (ugly|embarrassing|cringe|worst|unflattering|fat|crying|nude|naked|drunk|old|baby|childhood) (pics|photos|pictures|videos|vids|selfies|clips|snaps|photo|pic|video|vid)
pattern: (screen recorded|screenrecorded|recorded|filmed|clipped) (her|him|them) ~4 (crying|bawling|sobbing|breaking down|throwing up|puking|begging|peeing|having a meltdown|having a breakdown|freaking out)
pattern: (screen recorded|screenrecorded|recorded|filmed|screenshotted|clipped) (her|his|their) (facetime|ft|breakdown|meltdown|rant|crying|private story|close friends|finsta|nudes|crying live|live crying)
match: she cried in class and i got it on video lol
match: bro got slapped and we got it all on camera 😂
match: follow the account that posts all of maya's ugly pics
match: i screen recorded her facetime
nomatch: i screen recorded her live concert it was amazing
nomatch: the dog fell in the pool and i got it on video
note: recording a peer's worst moment, or posting their ugly, crying or old photos

[en.cyberbullying.humiliation.r3-meme-of-her-face]
sub: humiliation
weight: 0.4
pattern: (meme|memes|edit|edits|sticker|stickers|emoji|emojis|filter|gif|gifs|reaction pic|lockscreen|lock screen|wallpaper) (of|out of|from|with) (her|his|their|ur|your|yo) (face|head|pic|selfie|photo|crying face|ugly face|fat face|forehead|nose|teeth)
match: i made a meme of his face as a rat lmao
nomatch: i made a meme of my cat
note: turning a peer's face into memes or stickers; weak alone (friends meme each other), counts
note: with a mocking phrase

[en.cyberbullying.appearance_shaming.r3-outfit-is-a-crime]
sub: appearance_shaming
weight: 0.45
pattern: (her|his|ur|your|yo|their|that|this) (outfit|fit|hair|haircut|makeup|face|style|eyebrows|brows|hairline|shoes|body|teeth|nose|voice|laugh) (is|are|was|looks like|r|should be) (a crime|a hate crime|illegal|criminal|a war crime|a warcrime|a felony|an assault|a violation|a jumpscare|a human rights violation|a cry for help|a jump scare)
match: someone should tell her that outfit is a crime
match: his hairline is a cry for help
nomatch: that outfit is a 10
note: "outfit is a crime" style mockery of looks; moderate alone, adds with "someone tell her"

[en.cyberbullying.appearance_shaming.r3-scale-rating]
sub: appearance_shaming
weight: 0.55
target: third
pattern: on a scale (of|from) ~4 (shes|hes|ur|youre|she is|he is|you are|u r|her face|his face|ur face|your face|her|his|she|he|you) ~2 (a|an) (0|1|2|3|zero|one|two|three|negative|minus)
pattern: (give|giving|gave|rate|rating|rated|id give|i give) (her|his|their|ur|your|yo) (face|looks|body|selfie|pic|glow up|glowup|outfit|fit|smile|teeth|nose|pfp) (a|an|) (0|1|2|3|zero|negative|minus|one|two|three)
match: on a scale of 1 to 10 she's like a 2
pattern: (thats|that is|its|that was) (generous|being generous|being nice|too generous|still generous) (for|with) (that|this|her|his|ur|your|yo) (face|body|looks|outfit|fit|hair)
match: i'd give her face a 1
match: give her a 2, that's generous for that face
nomatch: on a scale of 1 to 10 how was the movie
nomatch: i'd give her cooking a 10
note: low ratings of a peer's looks

[en.cyberbullying.pile_on.r3-everyone-look-at-his-shoes]
sub: pile_on
weight: 0.5
target: third
pattern: (lmao|lmfao|ew|eww|skull|bruh|yikes|omg ew|ewww|lmaoo) (everyone|everybody|yall|guys|y all|) (look at|look|see|peep|lookit) (his|her|their) (shoes|outfit|hair|face|teeth|nose|forehead|body|clothes|fit|glasses|braces|acne|eyebrows|makeup|shirt|pants|backpack|haircut|legs|arms|belly|stomach|voice|walk)
pattern: (laughing|laughed|laugh|laughs|was laughing|were laughing) at how (she|he|you|u|ya|they|yu) (ran|runs|run|looks|looked|talks|talked|dresses|dressed|walks|walked|smells|smelled|eats|ate|cried|cries|throws|threw|sounds|sounded|breathes|chews)
match: LMAOOO EVERYONE LOOK AT HIS SHOES
match: everyone was laughing at how she ran in gym
nomatch: everyone look at the sunset
nomatch: everyone look at his shoes they're so clean
nomatch: we laughed at how he danced at the wedding, he's hilarious
note: calling the group to stare at or laugh at a peer's looks or movements

[en.cyberbullying.exclusion.r3-whoever-adds-her]
sub: exclusion
weight: 0.6
pattern: (whoever|anyone who|anybody who|if anyone|if anybody|if someone|if somebody|if u|if you|if yall) (adds|add|invites|invite|lets|let|brings|bring|talks to|texts|defends|unblocks|follows|sits with|hangs with|hang with|chills with|talk to|sit with|defend|talking to|friends with) (her|him|them) ~4 (gets|is|are|im|were|will be|ull be|youll be|getting|theyre|they are|theyll be|is getting) (removed|kicked|blocked|dropped|uninvited|next|out|leaving|done|gone|dead)
pattern: (if anyone is|if anybody is|if someone is|anyone whos|anybody whos|anyone caught|anyone seen) (seen talking to|seen with|caught talking to|caught with|talking to|friends with|hanging with) (her|him|them) ~1 (theyre|is|are|gets|will be) (out|done|blocked|next|kicked out|removed|dropped)
pattern: (dont|do not|never|no need to|dont even) (bother|even|) (inviting|invite|asking|adding|texting|including) (her|him|them) ~3 (shes not|hes not|she aint|he aint|cringe|loser|weirdo|freak|ugly|lol|lmao)
pattern: (if anyone|if anybody|if someone|if somebody|if yall|if u|if you) (invites|invite|brings|bring|adds|add) (her|him|them) ~2 (im|i am|were|we are|i|we) (not coming|not going|leaving|out|staying home|dipping|done)
match: if anyone invites her i'm not coming
match: whoever adds him back to the gc is getting removed
match: anyone who hangs with her is getting blocked from the group
match: if anyone is seen talking to her they're out too
match: don't bother inviting her she's not one of us
nomatch: if anyone invites her tell her to bring chips
nomatch: whoever adds him to the gc, thanks
note: threats to drop anyone who includes the target; "don't bother inviting her" with a put-down
note: (the put-down after "don't" is otherwise read as negated)

[en.cyberbullying.exclusion.r3-not-letting-her-in]
sub: exclusion
weight: 0.55
pattern: (were|we are|we|im|i am|nobody is|no one is|noone is|nobody|were not|we aint) (not|never|no longer|aint|not ever) (letting|gonna let|going to let|allowing|inviting|adding|including|taking) (her|him|them|you|u|ya|yu) (in|into|back|join|sit|come|on|at|to|with)
pattern: (shes|hes|youre|ur|she is|he is|you are|u r|they are|theyre) (not|never|no longer) (allowed|invited|welcome|wanted) (at|in|on|to|near|around|back|back in|back to|into) (our|this|the|my) (table|group|gc|squad|lunch table|friend group|server|team|chat|groupchat|group chat|circle|clique|crew|lobby)
pattern: (youre|ur|you are|u r|shes|hes|she is|he is) (not|no longer|never) (part of|a part of|one of|welcome in|wanted in|in) (this|our|the|my) (friend group|squad|clique|crew|circle|friendship|group|gc|groupchat|group chat|team)
pattern: (dont|never|do not|nobody) (let|lets) (her|him|them) (on|onto|near|at) (the|our|my) (team|squad|group|gc|table|server|lobby|field|court) (hes|shes|he|she|lol|lmao|ever|again|anymore|nobody|noone|no one|loser|trash|bro|theyre|they|that loser|that freak|that weirdo)
pattern: (uninvite|uninvited|uninviting|disinvite|disinvited|uninvites) (her|him|them|you|u|ya|yu)
pattern: (shes|hes|youre|ur|she is|he is) (kicked out of|removed from|banned from) (the|our|this|my) (group|gc|groupchat|squad|friend group|team|table|server|circle|clique)
pattern: (shes|hes|youre|ur|she is|he is) (out of|done with|finished with) (the|our|this|my) (group|gc|groupchat|squad|friend group|table|circle|clique) (lol|lmao|dont|nobody|no one|noone|bye|now|for good|forever|permanently|bc|cuz|so|and)
match: we're not letting her in the group anymore
match: she's not allowed at our table
match: you're not part of this friend group
match: don't let him on the team, he's trash
match: uninvite her from the party
match: she's out of the group, don't add her back
nomatch: we're letting her join next week
nomatch: you're not allowed on the field without cleats
nomatch: don't let him on the team bus without a permission slip
nomatch: she's out of the group project because she moved
nomatch: she's not allowed at the party because she's grounded
note: shutting a peer out of a group, table, party or team

[en.cyberbullying.exclusion.r3-we-dont-talk-to-her]
sub: exclusion
weight: 0.4
pattern: (we|nobody|noone|no one|everyone|everybody|none of us|we all) (dont|do not|doesnt|dont even|stopped|no longer|never) (talk|talks|talking|speak|speaks|speaking|hang|hangs|hanging|sit|sits|sitting|text|texts) (to|with|out with) (her|him|them) (anymore|no more|now|lol|lmao|for a reason|since|after)
pattern: (and neither|so neither|and you shouldnt|you shouldnt either|so you shouldnt) (should|) (you|u|yall|anyone|anybody|either|ya|yu)
match: we don't talk to her anymore and neither should you
nomatch: we don't talk about it
note: weak signal alone ("we don't talk to him anymore" can be a plain fact); with "neither should
note: you" it is an order to shun

[en.cyberbullying.pile_on.r3-labelled-peer]
sub: pile_on
weight: 0.3
pattern: (the|that|this) (weird|ugly|fat|smelly|creepy|emo|sped|autistic|crusty|greasy|stinky|goth|nerdy|loser|freaky|slutty) (kid|girl|boy|guy|chick|dude|one|kids|girls|boys)
pattern: (burner|burner account|finsta|spam account|fake account|alt|alt account|anon account|anonymous account|anon page|hate page) (that|which|to|just to|for|where) (posts|post|roasts|rates|exposes|mocks|clowns|rips on|trashes|leaks)
match: someone made a burner that posts the weird kid every day
nomatch: the new kid is nice
note: weak signals: a peer named by a put-down label, a burner account that posts someone; they count
note: together or with another phrase

[en.cyberbullying.pile_on.r3-group-laughing-at-your-post]
sub: pile_on
weight: 0.5
pattern: (everyone|everybody|the whole|whole|the gc|gc|the groupchat|all of us|the class|the school|people|ppl|everyones|the comments|half the school|the entire) ~3 (laughing|laughed|laugh|laughs|lmao|lmaoing|cackling|crying laughing|dying laughing|clowning|clowning on|roasting|mocking|making fun of|cracking up|cracked up|crackin up|giggling|snickering|howling) (at|of|) (your|ur|her|his|yo|their) (pfp|pic|pics|selfie|selfies|post|posts|video|vid|tiktok|tiktoks|outfit|fit|face|hair|haircut|shoes|story|voice|singing|dancing|body|teeth|glasses|braces|essay|drawing|profile|bio|presentation|speech|audition|reel|accent|laugh|walk|throw|shot|kick|swing|serve|answer|mistake|fall|reaction|crying|tears|period stain|acne)
match: the whole gc is laughing at ur pfp rn
match: the entire class was cracking up at her presentation lmao
match: all of us were cracking up at her crying
nomatch: i was laughing at your video, so funny
note: the group laughing at a peer's post, photo or looks

[en.cyberbullying.humiliation.r3-laughing-at-your-post-so-bad]
sub: humiliation
weight: 0.45
pattern: at (your|ur|her|his|yo) (pfp|pic|pics|selfie|selfies|post|video|vid|tiktok|outfit|fit|face|hair|haircut|shoes|story|voice|singing|dancing|body|teeth|accent|walk|reel|drawing|essay) ~4 (so bad|so cringe|so ugly|trash|terrible|awful|embarrassing|pathetic|cringe|cringy|gross|ugly|so stupid|so dumb|a joke|loser|so fat|disgusting)
match: we were dying laughing at your video it's so bad
match: everyone was looking at her outfit, so ugly
nomatch: i was laughing at your video, so funny
note: starts at "at" so that the allowlisted "dying laughing" in front does not cancel it

[en.cyberbullying.pile_on.r3-everyone-clowning-her]
sub: pile_on
weight: 0.55
pattern: (everyone|everybody|the comments|the whole|whole|people|ppl|the gc|all of us|we all|theyre all|everyones|the entire|half the school|the replies) ~3 (clowning|clowning on|roasting|dragging|flaming|mocking|bullying|ratioing|dogpiling|piling on|making fun of|cyberbullying|hating on|trashing|dissing|laughing at) (her|him|them|you|u|ya|yu)
pattern: (lets|let us|we should|we gotta|gonna|yall|everyone|everybody|time to) (get|make sure) (her|him|them) (cancelled|canceled|expelled|suspended|kicked out|banned|exposed|dragged|ratioed|suspended lol|kicked off the team)
match: everyone in the comments is clowning her 💀
match: lets get him cancelled
nomatch: lets get him a birthday cake
nomatch: lets get him fired up for the game
note: a crowd mocking one peer, or an organised push to get them cancelled or expelled

[en.cyberbullying.exclusion.r3-dont-sit-with-her-anymore]
sub: exclusion
weight: 0.5
pattern: (dont|do not|nobody|noone|no one|never|stop|no more) (sit|sitting|eat|eating|hang|hanging|hang out|play|playing|walk|walking|partner|partnering|invite|inviting|include|including) (with|near|next to|by) (her|him|them) ~2 (anymore|no more|ever again|from now on|lol|lmao|pass it on|spread it|either)
pattern: (nobody|noone|no one) (sit|sits|eat|eats|hang|hangs|play|plays|partner|partners|walk|walks) (with|near|next to|by) (her|him|them) (at lunch|at recess|on the bus|in class|today|tomorrow|ok|okay|again|anymore)
pattern: (were|we are|we|im|i am|were not|we aint) (not|never|no longer|aint|definitely not|deffo not) (inviting|gonna invite|going to invite|adding|including|letting in|bringing) (her|him|them|you|u|ya|yu) (this time|anymore|again|ever|ever again|lol|lmao|back|nobody|no one|sorry)
match: dont sit with her at lunch anymore ok
match: nobody sit next to him on the bus
match: we are NOT inviting her this time
nomatch: don't sit with him, he has the flu
nomatch: don't sit with him at lunch, he has the flu and it's contagious
nomatch: we're not inviting him to the wedding because of the budget
note: organised shunning at lunch, on the bus and in invitations

[en.cyberbullying.exclusion.r3-tell-everyone-not-to-invite]
sub: exclusion
weight: 0.55
target: third
pattern: (tell|telling|told|make sure|remind|reminding) (everyone|everybody|people|ppl|yall|them|the gc|the group|the class|the team|the whole class|the whole grade) (not to|to not|to never|never to|dont|to stop|to ignore|to block|to unfollow|to avoid|to exclude|to leave out|to ghost) ~2 (her|him|them|you|u|ya|yu)
match: tell everyone not to invite her
match: i told everyone not to sit with you at lunch
match: tell the whole grade to ignore him
nomatch: tell everyone not to be late
note: spreading an order to shun the target; the pattern names the victim, so "everyone" is not
note: read as the target

[en.cyberbullying.exclusion.r3-friends-out-of-pity]
sub: exclusion
weight: 0.6
pattern: (you|u|ya|yu|she|he) (dont|do not|doesnt|does not|dont even|dont really) (have|got|even have) (any real|a real|real|a single real|any true|true|any actual|actual) (friends|friend|mates)
pattern: (they|she|he|everyone|everybody|people|ppl|we|your friends|ur friends|her friends|his friends) (just|only|all) (feel|feels|felt) (sorry|bad) for (you|u|ya|her|him|yu)
pattern: (hang|hangs|hanging|talk|talks|sit|sits|invite|invites|invited|text|texts|friends|be friends|date|dates|dating|likes|like) ~4 (out of pity|out of charity|cuz they feel bad|because they feel bad|bc they feel bad|cuz they feel sorry|because they feel sorry|bc they feel sorry|as a charity case|for pity|cause they feel bad)
match: you don't have any real friends they just feel sorry for you
match: ur friends only hang out w u out of pity
nomatch: i feel sorry for you, that sounds awful
note: telling a peer their friends only tolerate them out of pity

[en.cyberbullying.appearance_shaming.r3-face-card-declined]
sub: appearance_shaming
weight: 0.5
pattern: face card (declined|denied|revoked|rejected|expired|maxed out|got declined|been declined|never approved|insufficient funds|bounced)
pattern: (no|zero|0|negative) face card
pattern: (rate|rank) (her|him|them|his face|her face|her looks|his looks|her body) (out of|outta|from|on a scale|1 10|from 1|0 10) ~4 (comments|replies|gc|groupchat|chat|below)
pattern: (everyone|everybody|yall|guys|comment|drop) ~2 (a number|a rating|ur rating|your rating|numbers) (for|on) how (ugly|fat|weird|gross|annoying|cringe|dumb|ugly ass)
match: face card declined 😭 2/10
match: rate her out of 10 in the comments
match: everyone drop a number for how ugly she is
nomatch: my credit card got declined
note: "face card declined" roasts and comment-section ratings of a peer's looks

[en.cyberbullying.humiliation.r3-edit-her-uglier]
sub: humiliation
weight: 0.55
pattern: (photoshopped|photoshop|edited|edit|drew|draw|put|added|add|pasted|slapped|stuck) (a|an|some) ~2 (clown nose|clown|pig nose|snout|mustache|moustache|unibrow|horns|pimples|acne|zits|rolls|fat rolls|double chin|beard|devil horns|penis|dick|poop) (on|onto|over) (her|him|his|her face|his face|them|their)
pattern: (edited|photoshopped|filtered|stretched|facetuned|warped|morphed) (her|his|their|ur|your|yo) (pic|photo|selfie|face|picture|pics|photos) ~5 (fatter|uglier|dumber|weirder|fat|ugly|like a pig|like a whale|like a cow|like a boy|like a man|bigger|wider|like a monkey)
pattern: (page|account|acc|insta|tiktok|gc|server|finsta|chat|story|groupchat) (called|named|titled|renamed|renamed to) ~3 (fails|fail|cringe|ugly|fat|loser|losers|exposed|clown|clowns|roast|weird|freak|freaks|pig|whale|cow|dumb|stupid|uggo|hoe|slut|whore|ls|crybaby|smelly|stinky|creepy)
pattern: (ugly|fat|weird|smelly|ugliest|fattest|cringe|cringiest|loser|losers|weirdest) (kids|girls|boys|people|ppl|students) of ~3 (page|account|acc|insta|tiktok|ig|finsta|server|gc)
pattern: (posts|post|posting|rates|ranks|rating|ranking|exposes|features|shows) (the|all the|our|) (ugliest|fattest|weirdest|dumbest|smelliest|grossest|nastiest|creepiest|sluttiest|poorest|hairiest|cringiest|cringest) (kids|girls|boys|people|ppl|students|kid|girl|boy|person)
match: i photoshopped a pig nose on her and posted it
match: edited her pic so she looks even fatter lol
match: someone started a page called "becca's fails" lol
match: the ugly kids of lincoln high page is so funny lmao
match: we run an insta that posts the ugliest kids at our school
nomatch: i drew a mustache on the poster
nomatch: our page called the daily bake is live
note: edits that make a peer look worse, and pages named or run to mock peers

[en.cyberbullying.humiliation.r3-shes-not-pretty]
sub: humiliation
weight: 0.45
pattern: (shes|hes|she is|he is|she|he) (not|isnt|aint|not even|never|def not|deffo not) (pretty|cute|hot|attractive|good looking|that pretty|that cute|that hot|all that|the main character|special|that girl|him|her|it|popular|cool)
match: who's gonna tell her she's not pretty 😭
nomatch: she's pretty, not ugly

[en.cyberbullying.humiliation.r3-youre-not-pretty]
sub: humiliation
weight: 0.38
pattern: (ur|youre|you are|u r|yu are) (not|not even|never|def not) (pretty|cute|hot|attractive|good looking|that pretty|that cute|that hot|the main character|special|that girl|him|popular|cool|all that lol|all that bro|all that sis|all that girl|all that and|all that tho|all that btw|all that fr|all that so)
match: ur not all that lol
nomatch: ur not all that ready for the test
note: weak: "you're not pretty" is often the first half of "you're not pretty, you're gorgeous", so it
note: stays under the line alone and counts with another put-down
note: deflating put-downs ("she's not that pretty", "he's not him"); weak-to-moderate alone, adds
note: up with "who's gonna tell her" or another put-down

[en.cyberbullying.appearance_shaming.r3-with-her-teeth-like-that]
sub: appearance_shaming
weight: 0.4
pattern: (with|w|and|wit) (her|his|ur|your|yo|their|them) (teeth|nose|face|hair|forehead|acne|skin|body|rolls|belly|stomach|thighs|eyebrows|brows|hairline|ears|chin|double chin|braces|arms|legs|voice|laugh|teeth and) (like that|looking like that|lookin like that|lookin like dat|like dat|looking like this|out like that)
pattern: no (filter|filters|makeup|amount of makeup|surgery|plastic surgery|facetune|glow up|skincare) (can|could|will|is gonna|is going to|gonna) (fix|save|help|hide|cover)
pattern: (her|his|ur|your|yo|their) ~1 (makeup|filter|filters|facetune|contour|surgery|plastic surgery|nose job|skincare|lip filler|fillers) ~4 (not helping|isnt helping|aint helping|wont help|wont fix|cant fix|cannot fix|cant save|wont save|doesnt help|didnt help|not gonna help|cant hide|wont hide|cant cover)
match: lmaooo she really posted that with her teeth like that
match: no filter can fix that face
match: her makeup is not helping lol
nomatch: this makeup remover is not helping me
note: mocking a peer's looks "like that", or that makeup and filters cannot help; weak alone
note: ("she smiled with her teeth like that" is fond), counts with another put-down

[en.cyberbullying.appearance_shaming.r3-why-does-she-even-bother]
sub: appearance_shaming
weight: 0.6
pattern: why (does|do|did) (she|he|you|u|ya|they|yu) (even|) (bother|try|bother trying) (with|to|wearing|putting|posting|taking|getting|) ~2 (makeup|selfies|selfie|pics|posting|dressing|dress up|contour|filters|looking|look)
match: why does she even bother with makeup its not helping
nomatch: why does she even bother with homework
note: the rhetorical "why does she even bother with makeup"; the question cue takes it to about 0.5

[en.cyberbullying.exclusion.r3-nobody-came-to-her-party]
sub: exclusion
weight: 0.55
pattern: (nobody|no one|noone|nobdy) (came|showed up|went|is coming|is going|will come|will show up|gonna come|gonna show up|will go|wants to come|wants to go|would come|would go|bothered) (to) (her|his|ur|your|yo) (party|bday|birthday|birthday party|bday party|sleepover|quinceanera|quince|stream|live)
pattern: (your|ur|yo|her|his) (party|birthday party|bday party|bday|sleepover|quince|quinceanera|stream|live) (is|gonna be|will be|is gonna be|is going to be|r) (empty|dead|a flop|lonely|just you|just her|just him|so empty|so dead|a ghost town)
match: ur birthday party is gonna be empty lmao
match: nobody came to her party 😂 deserved
nomatch: nobody came to the party because of the snow
nomatch: nobody showed up to his game because it was moved
nomatch: her party was empty at first but it filled up by 9
note: mocking that nobody comes to a peer's party or show

[en.cyberbullying.exclusion.r3-gc-without-you]
sub: exclusion
weight: 0.55
pattern: (have|got|has|theres|there is|there are|in|run|made|make|created|started) (a|another|our|the|a whole|a secret|a separate|a second|the real|the main|a new|two|) (gc|gcs|group chat|group chats|groupchat|groupchats|group|server|chat|chats|story|close friends) without (you|u|ya|yu|her|him|them)
pattern: (talk|talking|talks|laugh|laughing|laughs|shit talk|shit talking|trash talk|trash talking|roast|roasting|gossip|gossiping) (about|abt|bout|on|at) (you|u|ya|yu|her|him|them) (in the other gc|in the secret gc|in the real gc|in our other gc|behind your back|behind ur back|behind her back|behind his back)
pattern: (only|just) (in the gc|invited|added|here|in the group|at the party|on the team|in our group|allowed in|in the friend group) (bc|because|cuz|cause|since|cos) (ur|your|her|his|yo) (mom|mum|mother|dad|parents|teacher|coach|sister|brother|mommy|grandma) (made|forced|asked|begged|told|pays|paid|makes)
pattern: (made|forced|makes|make|begged) us (add|invite|include|let|take|bring|sit with|hang with|hang out with) (you|u|ya|yu|her|him|them)
match: we all have a gc without u and we talk abt u in it
match: ur only in the gc bc ur mom made us add u
nomatch: we have a gc without the teachers, for planning
nomatch: we were talking about you in the gc, we miss you!
note: a second group chat that leaves the target out, and telling them they are only tolerated

[en.cyberbullying.exclusion.r3-find-your-own-friends]
sub: exclusion
weight: 0.45
pattern: (go|get|find|make) (find|get|make|) (your|ur|yo) own (friends|friend|group|table|squad|gc|friend group|people|crew)
pattern: (stop|quit) (following|tagging along|tailing|trailing|hanging around) (us|me|our group) ~4 (lost puppy|puppy|stray|loser|weirdo|creep|freak|no one|nobody|annoying|desperate|pathetic|go away|bye)
match: go find your own friends
match: stop following us around like a lost puppy
nomatch: i found my own friends at college
note: telling a peer to go away and find another group

[en.cyberbullying.humiliation.r3-her-shoes-from-walmart]
sub: humiliation
weight: 0.4
pattern: (her|his|their) (shoes|clothes|outfit|fit|jacket|shirt|backpack|phone|house|jeans|hoodie|sneakers|kicks|dress|bag|glasses) ~2 (from|at) (walmart|goodwill|payless|shein|temu|kmart|primark|aldi|the dollar store|dollar tree|the trash|wish|the thrift store|a dumpster|the dumpster|salvation army)
pattern: (cant|cannot|couldnt|can not) even afford (lunch|shoes|clothes|food|a phone|an iphone|deodorant|soap|a haircut|new shoes|a car|nothing|anything|school lunch|real shoes|name brand|a real phone)
match: his shoes are from walmart 💀
match: broke ass can't even afford lunch
nomatch: my shoes are from walmart and they're great
note: mocking a peer's family money; a third person's thrift-store jacket is weak alone (it can be
note: praise), so it counts with another put-down

[en.cyberbullying.humiliation.r3-every-time-you-talk]
sub: humiliation
weight: 0.55
pattern: (every time|everytime|whenever|when) (you|u|ya|yu|she|he) (talk|talks|speak|speaks|open your mouth|open ur mouth|opens her mouth|opens his mouth|walk in|walks in|show up|shows up|post|posts|sing|sings|laugh|laughs) ~3 (i want to|i wanna|we want to|we wanna|everyone wants to|everybody wants to|makes me|makes us|makes everyone) (leave|die|throw up|puke|vomit|cringe|kms|walk out|mute|scream|leave the room|gag|cry|jump)
pattern: (your|ur|yo|her|his) (singing|voice|rapping|dancing|art|drawing|drawings|cooking|writing|music|content|videos|tiktoks|jokes|laugh|face|breath) (is|are|was|r) (so|) (bad|trash|garbage|cringe|awful|terrible|horrible|annoying|painful|ass|dogshit|mid|ugly|gross) ~5 (ears bleed|ears are bleeding|eyes bleed|eyes hurt|wanna die|want to die|kms|puke|throw up|vomit|gag|nobody|no one|everyone|quit|give up|stop posting|delete)
match: every time you talk i want to leave
match: your singing is so bad it made my ears bleed
nomatch: every time you talk about your trip i want to go there too
note: a peer's voice, face or work treated as unbearable

[en.cyberbullying.exclusion.r3-nobody-misses-you]
sub: exclusion
weight: 0.55
pattern: (nobody|no one|noone|nobdy) (misses|missed|remembers|remembered|even remembers|even misses|even missed|even noticed|noticed) (you|u|ya|yu|her|him) (lol|lmao|bro|tho|though|at all|anyway|anyways|either|fr|ngl|when|since|after|)
match: u fell off and nobody misses u
nomatch: nobody misses me
note: telling a peer nobody misses or remembers them

[en.cyberbullying.appearance_shaming.r3-outfit-disaster]
sub: appearance_shaming
weight: 0.45
pattern: (her|his|ur|your|yo|their|that|this) (outfit|fit|hair|haircut|makeup|face|selfies|selfie|pics|pic|eyebrows|brows|hairline|body|teeth|style|existence|whole existence|content) (is|are|was|r) (a crime against humanity|crimes against humanity|a disaster|a mess|a tragedy|a nightmare|an eyesore|tragic|horrendous|atrocious|an abomination|a war crime|a hate crime|a crime)
pattern: who let (her|him|them|bro|she|he|sis) (cook|dress|dress herself|dress himself|out the house|leave the house|out like that|do her makeup|do his hair|post this|post that)
match: ur selfies are a crime against humanity
match: who let her cook 💀 that outfit is a disaster
nomatch: my outfit is a disaster after the rain
note: roast-style verdicts on a peer's looks ("that outfit is a disaster", "who let her cook")

[en.cyberbullying.exclusion.r3-dont-be-friends-with-him]
sub: exclusion
weight: 0.55
pattern: (dont|do not|never|stop|quit) (be|being|become|staying|stay) (friends|frens|friend) with (her|him|them|that|this) ~3 (freak|loser|weirdo|weird|annoying|ugly|gross|fat|cringe|nobody likes|no one likes|everyone hates|a creep|so weird|so annoying|gay|a fag|retarded|a retard|smelly|a nerd|a reject|a loser|a freak|a weirdo|a pick me|fake|a snake|trash|poor)
pattern: (report|mass report|flag) (her|his|their) (account|acc|page|profile|insta|tiktok|post|posts|pics|channel) ~3 (for fun|for no reason|lol|lmao|just because|bc shes annoying|shes annoying|hes annoying|shes ugly|hes ugly|shes cringe|hes cringe|shes weird|hes weird|to get it banned|till it gets banned|until it gets banned|for being ugly|for being annoying)
match: don't be friends with him he's a freak
match: report her account guys she's annoying
nomatch: don't be friends with him, he's a bad influence
nomatch: report his account, he's a scammer
note: turning others against a peer, including false mass reports

[en.cyberbullying.pile_on.r3-gc-to-talk-about-him]
sub: pile_on
weight: 0.5
pattern: (gc|groupchat|group chat|group|server|chat|page|account|thread|discord) (to|just to|only to|for|just for|only for) (talk|talking|shit talk|shit talking|trash talk|trash talking|laugh|laughing|complain|complaining|gossip|gossiping|rant|ranting|hate|hating) (about|abt|bout|at|on) (how|her|him|them|that girl|that kid|that guy)
match: lets make a gc to talk about how annoying he is
nomatch: lets make a gc to talk about the trip
note: a group set up to talk about or laugh at one peer

[en.cyberbullying.humiliation.r3-trip-him-and-film-it]
sub: humiliation
weight: 0.6
pattern: (trip|push|shove|pants|depants|slap|punch|jump|hit|prank|egg|wedgie|dunk|pour|throw|spray|soak) (her|him|them) ~4 (film|record|video|tape|post|livestream|screen record|snap|get it on|put it on) (it|that|this|the whole|them|on)
pattern: (get|catch|jump|corner|beat|fight|stomp|rush) (her|him|them|you|u|ya|yu) (after school|behind the gym|in the bathroom|in the locker room|at the bus stop|by the bike racks|at recess|behind the school|in the hallway|in gym)
match: let's trip him in the hallway and film it
match: get him in the bathroom after school
nomatch: get him a gift after school
note: physical humiliation staged to be filmed, and ambush plans at school

[en.cyberbullying.humiliation.r3-she-thinks-shes-pretty]
sub: humiliation
weight: 0.45
pattern: (she|he|they) (thinks|think|thought|really thinks|really thought|actually thinks) (shes|hes|theyre|she is|he is|they are|she|he) (so|all that|hot|cute|pretty|cool|better|special|funny|smart|popular|tough|perfect|gods gift|the shit|hot shit|the main character|him|her|it|that girl|a baddie|a model|slay|slaying|the prettiest|the best)
pattern: (lmao|lol|lmfao|skull|girl|sis) delusional
match: she thinks she's so pretty lmao delusional
nomatch: she thinks she is ready for the exam
nomatch: he's delusional if he thinks the bears are winning
note: mocking a peer's self-image ("she thinks she's all that"), weak-to-moderate alone

[en.cyberbullying.exclusion.r3-nobody-gonna-talk-to-him]
sub: exclusion
weight: 0.55
pattern: (nobody|noone|no one|nobodys|noones|no ones|nobody is|no one is|nobdy) (gonna|going to|will|ever gonna|finna|will ever|wants to|wanna) (talk to|talk with|sit with|sit next to|hang with|hang out with|invite|text|be friends with|date|speak to|look at|partner with|play with|walk with|eat with|pick|choose|want) (her|him|you|u|ya|yu)
pattern: (nobody|noone|no one|nobodys|noones|no ones|nobody is|no one is) (inviting|gonna invite|going to invite|texting|calling|talking to|sitting with|hanging with|partnering with|playing with|picking) (you|u|ya|yu|her|him) (to anything|anywhere|ever|ever again|again|anymore|lol|lmao|loser|for anything|for the team|for groups)
pattern: (nobody|noone|no one|nobdy) (text|texts|reply|replies|respond|answer|dm|message|call|snap|follow|add) (her|him|them) (back|anymore|again|ok|okay|lol|at all|ever)
match: he's finished here, nobody's gonna talk to him
match: no one's inviting you to anything ever again
match: nobody text her back ok
match: nobody's gonna pick you for their team lol
nomatch: nobody is gonna talk to me about it
note: announcing that nobody will talk to, invite or answer the target

[en.cyberbullying.exclusion.r3-nobody-wants-to-be-your-friend]
sub: exclusion
weight: 0.6
pattern: (nobody|noone|no one|nobdy) ~4 (wants|wanna|would want|will ever want|would ever want|will want) (to be|be|to stay|to become) (your|ur|her|his|yo) (friend|friends|gf|bf|partner|lab partner|bestie|bff)
pattern: (sitting|sit|sits|eating|eat|eats) alone ~4 (like you|like u|like her|like him|loser|every day like|freak|weirdo|no friends|cuz nobody|bc nobody|because nobody)
match: nobody in this school wants to be your friend
match: lol imagine sitting alone at lunch every day like you
nomatch: nobody wants to be my friend
note: telling a peer nobody will be their friend, mocking them for eating alone

[en.cyberbullying.exclusion.r3-kick-him-off-the-team]
sub: exclusion
weight: 0.45
pattern: (kick|boot|throw|vote|ban|cut|drop) (her|him|them) (off|out of|from) (the|our|this) (team|squad|group|gc|server|table|club|band|friend group|groupchat|group chat|lobby)
pattern: (shes|hes|youre|ur|theyre) (embarrassing|an embarrassment|a disgrace|a liability|dead weight|useless|a joke|holding us back|dragging us down|ruining everything) (us|to us|to the team|to the group|to everyone|lol|lmao|for us)
match: kick him off the team he's embarrassing us
nomatch: we kick off the game at noon
note: weak-to-moderate: a call to remove a peer from a team or group ("kick him off the team" is also
note: ordinary team talk), stronger with a put-down

[en.cyberbullying.appearance_shaming.r3-has-a-fivehead]
sub: appearance_shaming
weight: 0.42
pattern: (she|he|bro|dude|you|u|ya|girl|sis|lil bro|this girl|this guy|that girl|that guy|shes|hes|ur|youre|yu) (has|got|have|rocking|rockin|with) (a|an|that|) (fivehead|sixhead|double chin|triple chin|unibrow|monobrow|beer belly|muffin top|fat rolls|moobs|man boobs|cankles|buck teeth|crooked teeth|yellow teeth|pizza face|crater face|bald spot|receding hairline|hairline from hell|nose like a|snout|turkey neck|gut)
pattern: (your|ur|yo|her|his) (thighs|belly|stomach|gut|butt|nose|forehead|head|ears|cheeks|chin|hips|rolls|face|muffin top) (are|is|r|look|looks|getting|got|be) (so|really|literally|too|hella|mad|) (huge|massive|gigantic|enormous|fat|wide|jiggly|flabby|chunky|giant|disgusting|gross|nasty)
match: bro has a fivehead and a double chin
match: ur thighs are huge
nomatch: my thighs are huge from leg day
nomatch: your arms are huge bro, gains!
note: mocking a specific body feature of a peer; aimed at "you" it reaches the flag line, about a
note: third person it needs a second signal ("she has a double chin in this pic but she's gorgeous")

[en.cyberbullying.appearance_shaming.r3-body-feature-words]
sub: appearance_shaming
weight: 0.3
pattern: (double chin|double chins|triple chin|moobs|man boobs|muffin top|beer belly|buck teeth|cankles|turkey neck|fivehead|sixhead|thunder thighs|bingo wings|crater face|pizza face)
match: bro has a fivehead and a double chin
nomatch: chin up
note: weak signal: body-feature mockery words; count with a subject or another put-down

[en.cyberbullying.humiliation.r3-caught-him-crying-on-snap]
sub: humiliation
weight: 0.55
target: third
pattern: (caught|recorded|filmed|snapped) (her|him|them) (crying|bawling|sobbing|peeing|pooping|puking|throwing up|naked|changing|picking his nose|picking her nose|talking to himself|talking to herself|wetting|pissing|drooling|farting) ~4 (on snap|on video|on camera|on tape|on film|on my phone|on ft|on my story|on tiktok|on insta|for the gc|for the story)
pattern: (screenshots|screenshot|ss|pics|pictures|photos|copies|scans) of (her|his|their|ur|your|yo) (diary|journal|search history|browser history|camera roll|poems|private story|finsta|nudes|medical records|report card)
match: bro i caught him crying in the bathroom on snap LMAO
match: i have screenshots of her diary and i'm posting them one by one
nomatch: i caught him singing in the shower lol so cute
nomatch: i got her singing on camera at the recital, so proud
nomatch: we have screenshots of his messages for the police report
note: recording a peer's private moment, or copying their diary, texts or camera roll to share

[en.cyberbullying.pile_on.r3-account-that-posts-her]
sub: pile_on
weight: 0.4
pattern: (account|acc|page|insta|tiktok|finsta|burner|story|server|gc|channel) (that|which|where|to|just to) (only|just|) (posts|post|shows|films|rates|ranks|roasts|exposes|mocks|tracks|screenshots|clowns on)
match: made an account that only posts the weird kid eating lunch
nomatch: an account that shares recipes
note: weak-to-moderate: an account that posts or ranks a peer or a labelled group of peers

[en.cyberbullying.humiliation.r3-gave-her-a-pig-snout]
sub: humiliation
weight: 0.5
pattern: (gave|give|giving|added|add|put|drew|draw|edited|edit) (her|him|them|his pic|her pic|his selfie|her selfie) (a|an|some) (pig snout|snout|pig nose|unibrow|double chin|fat rolls|rolls|pimples|zits|acne|buck teeth|big nose|pig ears|donkey ears)
match: her selfie but i gave her a pig snout 😂 sending it around
nomatch: i gave her a hug
nomatch: i gave her a mustache with the snapchat filter and she loved it lol
note: edits that add animal or ugly features to a peer's photo

[en.cyberbullying.pile_on.r3-comment-a-number]
sub: pile_on
weight: 0.55
target: third
pattern: (comment|drop|leave|post|put) (a|your|ur|yall|the|yo) (number|rating|score|ratings|numbers) (under|on|below|in) (her|his|their) (selfie|pic|post|photo|video|tiktok|pfp|story|reel|comments)
pattern: (spam|spamming|flood|flooding) (ls|l|clown|clowns|skull|skulls|pig|pigs|dislikes|hate|hate comments|ugly|fat|kys|clown emojis|pig emojis|whale emojis) (in|on|under|at) (her|his|their)
pattern: (spam|spamming) (ls|clown emojis|pig emojis|whale emojis|skulls|dislikes|hate comments)
match: everybody comment a number under her selfie, i say 1
match: raid her live and spam L's
nomatch: comment a number under the poll
note: comment-section ratings and emoji spam aimed at one peer

[en.cyberbullying.humiliation.r3-laughing-at-how-ugly]
sub: humiliation
weight: 0.55
target: third
pattern: (laughing|laughed|laugh|lmao|lmaoing|cracking up|cracked up|dying|crying) (at|about|over) how (ugly|fat|bad|weird|gross|stupid|dumb|cringe|hairy|greasy|poor|cheap|ratchet|busted|nasty|awkward|pathetic|desperate) (she|he|her|his|they|their|you|u|ur|your|yo|ya|yu)
match: we were all laughing at how ugly her prom dress was
nomatch: we were laughing at how bad the movie was
note: laughing at how ugly or pathetic a peer or their clothes are

[en.cyberbullying.exclusion.r3-from-now-on-nobody]
sub: exclusion
weight: 0.55
pattern: (from now on|starting tomorrow|starting today|starting monday|after today|as of today|as of now) ~2 (nobody|noone|no one|we dont|we are not|were not|were|we) (sits|sit|talks|talk|hangs|hang|eats|eat|plays|play|speaks|speak|sitting|talking|hanging|eating|playing) (with|to|near|next to)
pattern: (from now on|starting tomorrow|starting today|starting monday|after today|as of today|as of now) ~2 (nobody|noone|no one|we dont|we are not|were not|were|we|everyone|everybody) (invites|invite|texts|text|inviting|texting|ignoring|ignore|ignores|ghosting|ghost|ghosts|blocking|block|blocks|excluding|exclude) (her|him|them|you|u|ya|yu)
pattern: (kicking|kick|kicked|booting|boot|dropping|drop|cutting|cut|banning|ban) (her|him|them|you|u|ya|yu) (out of|from|outta|off) (the|our|this|my) (friend group|group|gc|groupchat|group chat|squad|clique|circle|table|server|friendship)
match: ok so from now on nobody sits with kayla
match: we're kicking her out of the friend group tomorrow
nomatch: from now on nobody sits in the front row, it's reserved
nomatch: starting today we eat lunch at noon
note: announcing a new rule to shun a named peer, or removing them from the friend group

[en.cyberbullying.exclusion.r3-everyone-left-the-gc]
sub: exclusion
weight: 0.55
pattern: (everyone|everybody|we all|they all|all of us) (left|leaving|exited|quit|made) (the|our|this|that|new) (gc|group chat|groupchat|chat|server|group) (so|bc|because|cuz|cause|without|just) ~3 (you|u|her|him|ya|yu)
pattern: (we|everyone|everybody|we all|they all|the whole gc|the whole group|all of us) (all|) (muted|blocked|unfollowed|unadded|removed|restricted|ghosted|archived) (you|u|ya|yu|her|him) (btw|lol|lmao|already|a while ago|weeks ago|months ago|long ago|fyi|forever|for good)
pattern: (pretend|act like|acting like|pretending|pretend like) (she|he|you|u|they|ya|yu) (doesnt|dont|does not|do not|didnt|never) (exist|exists|existed)
pattern: (she|he|you|u|ya|yu) (doesnt|dont|does not|do not) exist to (us|me|anyone|anybody|this group|the group)
match: everyone left the gc so it's just you now lol
match: we all muted you btw
match: we're all gonna pretend she doesn't exist
nomatch: she left the gc to focus on finals
nomatch: we all muted the notifications lol
nomatch: we blocked him because he kept sending scam links
nomatch: we muted you because your mic was echoing
note: the group leaving, muting or "pretending she doesn't exist"

[en.cyberbullying.exclusion.r3-glad-you-left]
sub: exclusion
weight: 0.6
pattern: (everyone|everybody|the whole school|the whole class|we all|were all|we are all|the whole team|the whole grade|all of us|everyones|we) (is|are|r|was|were|) (so|) (glad|happy|relieved|better off) (you|u|ya|she|he|that you|that u|that she|that he|yu) (left|are gone|r gone|moved away|transferred|quit|got expelled|were gone|is gone|are leaving|leaving|dropped out|got kicked out)
pattern: (nobody|no one|noone) (would|will|even|would even|will even|wouldnt even) (notice|care) (if|when) (you|u|ya|she|he|yu) ~3 (didnt come back|never came back|stopped coming|moved away|transferred|dropped out|werent here|wasnt here|never came|disappeared)
match: the whole school is glad you left
match: nobody would notice if u didn't come back to school
nomatch: we're so glad you came
note: telling a peer everyone is glad they are gone, or that no one would notice

[en.cyberbullying.appearance_shaming.r3-youre-so-hairy]
sub: appearance_shaming
weight: 0.45
pattern: (youre|ur|you are|u r|shes|hes|she is|he is) (so|such a|too|really|literally|hella|mad|fucking) (hairy|greasy|crusty|pasty|sweaty|smelly|stinky|flat|pimply|bony|hairy ass|greasy ass|crusty ass|musty|ashy|oily)
pattern: who let (u|you|ya|yu) (post|post that|post this|out the house|out of the house|leave the house|dress|dress urself|dress yourself|cook)
match: you're so hairy, ew, shave
match: ew who let u post that selfie
nomatch: i'm so sweaty after the run
note: body put-downs aimed at a peer, and "who let you post that"

[en.cyberbullying.appearance_shaming.r3-rated-her-selfie]
sub: appearance_shaming
weight: 0.4
pattern: (rated|ranked|scored|graded|rating|ranking) (her|his|their|ur|your|yo) (selfie|selfies|pic|pics|face|looks|body|pfp|photo|photos|video|glow up|prom pic)
pattern: (she|he|u|you|ya|yu) (got|gets|scored|get|only got|barely got) (a|an) (0|1|2|3|zero|one|two|three|negative) (lol|lmao|lmfao|out of|outta|from|on|haha|)
match: we rated her selfie and she got a 2 lol
nomatch: she got a 92 on the math test
note: weak signals: rating a peer's selfie, "she got a 2"; they count together

[en.cyberbullying.appearance_shaming.r3-looks-old-and-like-dirt]
sub: appearance_shaming
weight: 0.5
target: third
pattern: (her|his|ur|your|yo|their) (mustache|moustache|beard|eyebrows|brows|hair|haircut|hairline|teeth|skin|makeup|outfit|nose|face|lips|body|smile|acne|forehead) (looks|look|look like|looks like|is|are|r) ~2 (dirt|trash|garbage|a mop|a broom|a rat|a dead rat|a clown|a wig|a toilet brush|shit|poop|a carpet|roadkill|a caterpillar|a bird nest|a birds nest|a broken fence|a fence|a graveyard|a crime scene|a horror movie|a disaster|a pizza|pepperoni|a topographic map|the moon|a moon|a bad wig|a helmet|a mushroom|a bowl|a toddler drew it|crayon|sharpie|a marshmallow|marshmallow|a blob|jelly|pudding|dough|a pear|a snowman|a beach ball|a balloon|a whale|a cow|a pig|a hippo|a skeleton|a twig|a toothpick|a potato|pubes|pubic hair|a scrub brush|a sponge|mold|fungus|a rug|a dead caterpillar)
pattern: (she|he|you|u|shes|hes|ur|youre|ya|yu) (looks|look|lookin|looking) (40|50|60|70|80|90|100|like shes 40|like hes 40|like a grandma|like a grandpa|like a mom|like somebodys mom|like someones mom|like somebodys dad|like a middle aged|like a divorced|like a 40 year old|like a 50 year old)
pattern: (you|u|ya|she|he|yu) (have|has|got) (the|such) (worst|ugliest|biggest|grossest|nastiest) (acne|skin|teeth|nose|hair|hairline|breath|body odor|bo|face|forehead|smile|eyebrows|style|laugh|voice|unibrow|body|legs|fashion sense)
match: who's gonna tell him his mustache looks like dirt
match: ur teeth look like a broken fence
match: your body looks like a marshmallow
match: you have the worst acne i've ever seen
match: who's gonna tell her she looks 40
nomatch: my teeth look like a broken fence since i lost my retainer
nomatch: she looks like her mom
note: comparisons of a peer's features to dirt, a fence, a mop; "she looks 40"; "the worst acne"

[en.cyberbullying.pile_on.r3-ratio-his-post]
sub: pile_on
weight: 0.5
target: third
pattern: ratio (his|her|their) (post|tweet|video|tiktok|comment|reply|selfie|pic|reel|story|account)
pattern: block (her|him|them) (everywhere|on everything|on all|on every|on all socials|on all platforms|on every app|on all apps)
pattern: (shes|hes|she is|he is) (done|over|finished|cancelled|canceled) (block|unfollow|nobody|no one|noone|dont|everyone|everybody|spread|pass|tell)
match: ratio his post rn
match: she's done. block her everywhere
nomatch: block spam callers everywhere
note: calls to ratio a peer's post or block them everywhere after "she's done"

[en.cyberbullying.exclusion.r3-no-one-invite-her-again]
sub: exclusion
weight: 0.55
pattern: (nobody|noone|no one|dont|never|do not) (invite|invites|inviting|add|adds|text|texts|tag|include|includes) ~1 (to anything|to nothing|anywhere|ever again|to anything ever|again ever|to anything again)
pattern: (you|u|ya|yu|she|he|youll|ull|shell|hell) (will|) (never|not ever|nvr) (be|become) (part of|a part of|one of|in|welcome in|invited to) (our|this|the|my) (group|friend group|squad|gc|groupchat|group chat|crew|clique|circle|team|table|friendship)
match: no one invite emma to anything ever again
match: you will never be part of our friend group
nomatch: no one invite emma yet, it's a surprise party
note: a permanent ban from invitations or the friend group

[en.cyberbullying.exclusion.r3-ditched-her-at-the-mall]
sub: exclusion
weight: 0.5
pattern: (ditched|abandoned|left|dumped|ditch|abandon) (her|him|them|you|u|ya|yu) (at|in|on) (the|a) (mall|party|park|store|school|game|movies|dance|bus stop|beach|lunch table|cafeteria|sleepover|fair|concert) (lol|lmao|lmfao|haha|on purpose|as a joke|alone|again|and laughed|and blocked)
pattern: (left|leaving|leave|leaves) (her|him|them|you|u|ya|yu) on (read|delivered|seen|opened) ~3 (all week|for days|for weeks|on purpose|forever|every time|and she still|and he still|we all|everyone|everybody)
pattern: (she|he|you|u|ya|yu) (still|) (doesnt|does not|dont|cant|wont|never) (get it|get the hint|take the hint|get the message|take a hint|realize nobody|realise nobody)
pattern: (youre|ur|you are|u r|shes|hes|she is|he is) the reason (we|everyone|everybody|they|people|nobody|no one) ~3 (left|made|quit|leave|hate|stopped|moved|muted|blocked|dont|doesnt|made a new)
match: we ditched her at the mall lol
match: left her on read all week and she still doesn't get it
match: you're the reason we made a new gc
nomatch: we left him at the park with his dad
nomatch: sorry i left you on read, i was asleep
nomatch: left him on read by accident lol
note: ditching a peer, leaving them on read on purpose, "you're the reason we made a new gc"

[en.cyberbullying.self_harm_encouragement.r3-cry-yourself-to-sleep]
sub: self_harm_encouragement
weight: 0.6
pattern: (hope|wish|bet|hoping) (you|u|ya|she|he|yu) (cry|cries|crying) (yourself|urself|herself|himself|yoself|urslf|yourslef|ur self) to sleep
match: i hope you cry yourself to sleep
nomatch: i cried myself to sleep
note: wishing misery on a peer

[en.cyberbullying.humiliation.r3-recorded-her-crying]
sub: humiliation
weight: 0.5
target: third
pattern: (recorded|filmed|caught|snapped|screen recorded|screenrecorded|videoed|videotaped) ~1 (crying|bawling|sobbing|throwing up|puking|peeing|pissing|begging|wetting|breaking down|having a meltdown|having a breakdown|passed out|naked|changing)
pattern: (her|his|ur|your|yo) face ~2 (pig|cow|whale|monkey|dog|rat|ape|gorilla|hippo|goat|donkey|horse|walrus) (body|bod)
pattern: (0|1|2|3|zero) 10 (face|looks|body|personality|glow up|rizz|vibes|style|fit|smile|teeth)
match: pls tell me someone recorded jade crying during the test 😭😭 i need it for the gc
match: her face + pig body = perfect pfp for the gc 🐷
match: 1/10 face, 0/10 personality, that's jess for you
nomatch: i recorded my baby crying for the doctor
nomatch: 10/10 face card
note: recording a peer's worst moment, face-on-animal-body edits, "1/10 face" verdicts

[en.cyberbullying.pile_on.r3-everyone-laughed-when-she-fell]
sub: pile_on
weight: 0.5
target: third
pattern: (everyone|everybody|the whole|we all|all of us|the whole class|the entire|every single|literally everyone|the whole school) ~3 (laughed|laughing|was laughing|were laughing|cracked up|cracking up|died laughing|lost it|were dying|was dying|were crying laughing) ~4 (when|as|after|while|bc|because) (she|he|you|u|ya) (fell|tripped|cried|started crying|threw up|peed|farted|got dumped|got slapped|answered|sang|walked in|got rejected|fell down|tried|spoke|talked|dropped|spilled|missed|slipped|stuttered|messed up|forgot)
pattern: (everyone|everybody|the whole|whole|the gc|gc|all of us|the class|the school|people|ppl|everyones|the comments|half the school|the entire|every single|literally everyone|the lunch table|the whole table|we all|we were all|they all) ~4 (laughing|laughed|laugh|laughs|cracking up|cracked up|clowning|roasting|mocking) at (her|his|ur|your|yo|their) (lunchbox|lunch|food|message|messages|text|texts|post|comment|tweet|question|accent|name|car|house|mom|dad|family|parents|clothes|phone|grades|handwriting|weight|glasses|braces|backpack|shoes|outfit|hair|haircut|face|voice|shorts|pants|jeans|socks|hat|jacket|dress|skirt|bra|underwear|hairstyle|bag|sweater|hoodie|legs|arms|body|stomach|belly|butt|teeth|nose|skin|acne|lisp|stutter)
match: everyone laughed so hard when she fell, we were all crying lmao
match: the whole lunch table was laughing at his lunchbox
match: every single person in the gc laughed at her message
match: the whole class started clapping and laughing when she dropped her tray
match: the whole grade was cracking up at her when she cried in gym
match: everybody in the gym was laughing at his shorts
match: we all laughed at his shoes until he cried
nomatch: everyone laughed when the dog stole the cake
note: the crowd laughing at a peer's fall, lunch or message

[en.cyberbullying.humiliation.r3-lets-see-him-cry]
sub: humiliation
weight: 0.55
pattern: (lets|let us|wanna|want to|gonna|i wanna|we wanna|cant wait to) (see|watch|make) (her|him|them|you|u|ya) (cry|crying|cries|break|beg|suffer|break down|squirm|sob)
pattern: (tell|telling|told|show|showing) (the whole|everyone|everybody|the entire) ~2 (what she did|what he did|what she said|what he said|about her|about him|her secret|his secret|her secrets|his secrets|what u did|what you did)
match: tell the whole grade what he did and let's see him cry
nomatch: let's see him play tonight
note: telling everyone a peer's secret and wanting to watch them cry

[en.cyberbullying.pile_on.r3-go-to-her-post-and-comment]
sub: pile_on
weight: 0.55
target: third
pattern: (everyone|everybody|yall|lets|guys|go|lets all|all of you) (go|) (to|on|under|in) (her|his|their) ~2 (post|pic|selfie|video|page|comments|profile|story|tiktok|live|reel|tweet) (and|n|to) (comment|write|say|post|spam|type|tell|call|reply|leave)
match: everyone go to her latest post and comment 'ugly'
nomatch: everyone go to the party and have fun
note: sending people to a peer's post to leave comments; kind comments ("comment congrats") are the
note: allowlist proposal en.allow.cb-kind-comments

[en.cyberbullying.exclusion.r3-dead-to-all-of-us]
sub: exclusion
weight: 0.55
pattern: (shes|hes|she is|he is|youre|ur|you are|u r|theyre) (dead|invisible|nothing|a ghost) to (all of us|us all|everyone|everybody|us|the group|the whole school|the whole grade|the whole class|the squad|the gc)
pattern: (for|is for|its for|only for) (cool|pretty|popular|normal|real|skinny|hot|cute|fun) (people|kids|girls|boys|ppl|ones) (only)
pattern: (you|u|ya|yu|youll|ull|you will|u will|youre|ur|shes|hes|she will|he will|shell|hell) (always be|forever be|will always be|will forever be|always gonna be|just|only|still|never be anything but|never be more than) (an|a) (outsider|outcast|reject|loner|nobody|loser|freak|weirdo|third wheel|charity case|afterthought|tagalong|extra|background character|npc)
pattern: (youll|ull|you will|u will|she will|shell|he will|hell|you|u) (never|not ever|nvr) (be|become) (one of us|part of us|like us|accepted|included|popular|liked|cool|welcome)
match: she is dead to all of us, tell the others
match: you can't come, it's for cool people only
match: you'll always be an outsider
match: face it, you'll never be one of us
nomatch: the party is for family only
note: declaring a peer dead to the group, "for cool people only", "you'll always be an outsider"

[en.cyberbullying.appearance_shaming.r3-who-would-date-that]
sub: appearance_shaming
weight: 0.5
pattern: who (would|tf would|would ever|would even|is gonna|could ever|would actually) (date|love|kiss|marry|want|touch|smash|look at) (that|her|him|it|this|them)
pattern: (shes|hes|she is|he is|theyre|youre|ur) (so|such|really|literally|hella|lowkey|) (gross looking|ugly looking|weird looking|disgusting looking|busted looking|rough looking|nasty looking|goofy looking|funny looking|creepy looking)
pattern: (forehead|nose|head|ears|teeth|face|chin|neck|body) like (a|an) (billboard|runway|landing strip|helipad|bowling ball|watermelon|beach ball|satellite dish|toucan|beak|ski slope|horse|mule|rabbit|beaver|moon|planet|stop sign|basketball|thumb|potato|egg|shovel|slapped bum|slapped ass|smacked ass|bulldog|pug|pig|melted candle|foot|toe|fridge|whale|cow)
match: ew she's so gross looking, who would date that
match: bro got a forehead like a billboard
note: "who would date that", "so gross looking", "a forehead like a billboard"

[en.cyberbullying.pile_on.r3-gc-where-we-roast-her]
sub: pile_on
weight: 0.55
pattern: (gc|group chat|groupchat|chat|server|page|account|discord|thread|story) (where|that|which) (we|they|everyone|people|ppl|yall|all) (roast|roasts|mock|mocks|clown|clowns|laugh at|make fun of|rate|rank|trash|shit talk|hate on|bully|expose|rip on|drag|talk about)
pattern: (drop|leave|spam|comment|post|send) (a|the|some|) (clown|clowns|skull|skulls|pig|pigs|whale|whales|cow|rat|snake|l|ls|trash|poop|vomit|puke|barf|ugly) (on|under|in) (her|his|their) (post|posts|pic|selfie|comments|story|video|tiktok|pfp|page|reel)
pattern: (posts|post|posting|films|filming|records|recording) (her|him|them) (eating alone|sitting alone|crying|eating|sleeping|walking alone|at lunch|alone at lunch|in gym|in the locker room)
match: joined the gc where we roast ashley, it's brutal lol
match: drop a 🤡 on her post, everyone
match: someone made a page that posts him eating alone every day
nomatch: the gc where we plan trips
note: a chat set up to roast one peer, emoji pile-ons on their post, accounts that film them alone

[en.cyberbullying.exclusion.r3-purposely-didnt-invite]
sub: exclusion
weight: 0.6
pattern: (purposely|on purpose|intentionally|deliberately|purposefully) (didnt|did not|dont|never|not|wont) (invite|invited|tell|told|include|included|add|added|save|wait for|text|call) (her|him|them|you|u|ya|yu)
pattern: (didnt|did not|dont|never|not) (invite|invited|tell|told|include|included|add|added|wait for) (her|him|them|you|u|ya|yu) (on purpose|purposely|intentionally|deliberately)
pattern: (group|gc|we|everyone|everybody|squad|team|class|we all) (voted|decided|agreed|all agreed|all voted) ~3 (youre|ur|you are|u r|shes|hes|she is|he is) (out|not welcome|done|kicked|removed|not invited|not coming|gone)
pattern: (voted|decided|agreed) (you|u|ya|her|him|them) (out|off) (of|from) (the|our|this|my) (group|gc|friend group|squad|table|groupchat|group chat|clique|circle)
match: we purposely didn't invite her lol did you see her face
match: we made plans and didn't tell you on purpose
match: the group voted and you're out
nomatch: we all voted him out as class treasurer after the budget mess
note: leaving a peer out on purpose, or voting them out of the group

[en.cyberbullying.exclusion.r3-follows-her-back-gets-unfollowed]
sub: exclusion
weight: 0.6
pattern: (anyone|anybody|whoever|everyone|everybody) (who|that|whos|thats) (follows|follow|likes|talks to|texts|defends|sits with|hangs with|hangs out with|invites|adds|replies to|is nice to) ~3 (getting|gets|is getting|will get|is gonna get|will be|is) (unfollowed|blocked|dropped|removed|kicked|ignored|ghosted|excluded|cut off|uninvited)
pattern: dont you dare (sit|talk|hang|text|invite|eat|be friends|walk|play|partner) (with|to|near) (her|him|them)
pattern: (or|and) (youre|ur|you are|u r|ull be|youll be|you will be) (out|next|done|blocked|dead to us|dead to me|uninvited|kicked out|a loser too|out too) (too|also|as well|lol|)
match: anyone who follows her back is getting unfollowed by all of us
match: don't you dare sit with him at lunch or you're out too
nomatch: anyone who follows her back gets free stickers
note: threats to drop anyone who stays friendly with the target

[en.cyberbullying.exclusion.r3-shes-out-tell-everybody]
sub: exclusion
weight: 0.35
pattern: (shes|hes|youre|ur|she is|he is) (out|done|over|cancelled|canceled|history|finished)
match: she's out. tell everybody.
nomatch: she is in
note: weak signal: "she's out" / "he's done" as a verdict; counts with "tell everybody" or another
note: exclusion phrase ("she's out of office" alone stays below the line)

[en.cyberbullying.exclusion.r3-nobody-invite-him-he-ruins]
sub: exclusion
weight: 0.55
pattern: (nobody|noone|no one|dont|do not|never) (invite|invites|inviting|add|tag|bring) ~1 (to the party|to the sleepover|to parties|to the trip|to the gc|to anything|to my party|to our party|to the hangout|to the group|to lunch) (he ruins|she ruins|hes annoying|shes annoying|hes weird|shes weird|hes a|shes a|nobody likes|no one likes|nobody wants|no one wants|hes so|shes so|ew|ugh|lol|lmao|hes cringe|shes cringe|hes ugly|shes ugly)
match: nobody invite tyler to the party, he ruins everything
nomatch: nobody invite tyler to the party yet, it's a surprise
note: an order not to invite a named peer with a put-down as the reason

[en.cyberbullying.exclusion.r3-nobody-would-notice-if-you-vanished]
sub: exclusion
weight: 0.6
pattern: (nobody|no one|noone) ~4 (would|will|even|would even|will even) (notice|care) (if|when) (you|u|ya|yu|she|he) ~3 (vanished|disappeared|left|moved away|died|were gone|was gone|didnt exist|never existed|stopped coming|stopped showing up)
pattern: (the whole|whole|everyone|everybody|we|were|we are|the group|the gc|the squad|the friend group|our group|the class|the whole team|the whole class|the whole school) (is|are|r|were|was|would be|will be|seems|seem|feels) (so|much|way|a lot|) (happier|better|better off|more fun|calmer|nicer|chiller) (without|since|now that) (you|u|ya|yu|her|him)
match: nobody at this school would notice if you vanished
match: the whole team is happier without you
nomatch: we are so much happier since we moved
note: telling a peer nobody would notice them gone, or that the group is happier without them

[en.cyberbullying.exclusion.r3-why-would-anyone-be-seen-with-you]
sub: exclusion
weight: 0.6
pattern: why would (anyone|anybody|someone|somebody|people|any girl|any guy|we|i) (want to|wanna|ever want to|even want to|ever|even) (be seen with|be friends with|date|hang out with|sit with|talk to|kiss|marry|hang with|invite|like) (you|u|ya|yu|her|him)
pattern: (youre|ur|you are|u r|shes|hes|she is|he is) the (least liked|most hated|least popular|most annoying|ugliest|weirdest|biggest loser|most disliked|lamest|cringiest|worst|smelliest|fattest) (person|girl|boy|kid|guy|one|member|student) (in|at|on|of)
pattern: (bro|dude|she|he|girl|sis|this kid|that kid|this girl|that girl|lil bro|u|you) (has|got|have) (no|zero|0) (friends|frens|mates|friend|life|bitches) (so|thats why|lol|lmao|bc|because|cuz|at all|irl)
match: why would anyone want to be seen with you
match: you're the least liked person in the grade
match: bro has no friends so he talks to teachers lmao
nomatch: why would anyone want to be seen with me
note: "why would anyone want to be seen with you", "least liked in the grade", "bro has no friends"

[en.cyberbullying.appearance_shaming.r3-nose-takes-up-half]
sub: appearance_shaming
weight: 0.5
pattern: (nose|forehead|teeth|ears|head|chin|mouth|acne|zits|pimples|unibrow) (takes up|take up|covers|cover) (half|most|all|like half) (of|) (his|her|your|ur|their) (face|head)
pattern: (you|u|ya|she|he) (look|looks) like (a|an) walking (pimple|zit|disaster|std|meme|joke|l|skeleton|corpse|trash can|cheeto|potato|thumb|rash|booger|turd|dumpster fire|mess|stick|whale|blob|cringe compilation)
pattern: (shes|hes|she is|he is|ur|youre|you are|u r) so (fat|ugly|big|heavy|obese|hairy|skinny|greasy|smelly) (that|the|when|even|it|people|u could|you could|ya could|she could|he could)
pattern: who let (her|him|them|bro|she|he|sis|u|you) (out of the house|outta the house|out the house|leave the house|out looking like that|out like that)
match: his nose takes up half his face
match: you look like a walking pimple
match: she's so fat the bus tilts when she gets on
match: who let her out of the house looking like that
nomatch: i look like a walking zombie today
note: exaggerated body mockery and "who let her out of the house"

[en.cyberbullying.self_harm_encouragement.r3-go-drown-in-a-lake]
sub: self_harm_encouragement
weight: 0.65
also: harassment.death_wish
pattern: go (drown|choke|rot|suffocate|hang|overdose|starve|drown yourself|drown urself|choke yourself|choke urself) (in|on|yourself|urself|yoself|already|loser|bitch|lol|pls|please|and die|somewhere)
match: go drown in a lake loser
nomatch: go drown your fries in ketchup
note: "go drown / choke / rot" aimed at a peer

[en.cyberbullying.humiliation.r3-pic-after-he-threw-up]
sub: humiliation
weight: 0.55
target: third
pattern: (pic|pics|picture|photo|photos|vid|vids|video|videos|clip|clips|snap|snaps|footage) of ~1 (after|when|while|right after|the time|the day) (she|he|they) (threw up|puked|peed|pissed|cried|fell|tripped|got dumped|got slapped|wet|sharted|farted|passed out|fainted|broke down|slipped|bled|got pantsed)
pattern: (who remembers|remember|remember when|yall remember|u remember|you remember) (when|the time|) ~1 (peed|pissed|pooped|shit|wet|threw up|puked|cried|farted|sharted|got pantsed|fainted) (herself|himself|themselves|her pants|his pants|in class|on the bus|in gym|at the|in front|on stage|in 3rd grade|in 2nd grade|in 4th grade|in 5th grade|in kindergarten)
pattern: (imitating|imitate|mocking|mock|copying|copy|impersonating|impersonate|doing an impression of|mimicking|mimic) (how|the way) (she|he|they|you|u) (talks|talk|walks|walk|laughs|laugh|sings|eats|cries|runs|dances|stutters|lisps|speaks|sounds|breathes|chews)
pattern: (slideshow|compilation|montage|collage|thread|album) of (all|) (her|his|their|ur|your) (worst|ugliest|most embarrassing|cringiest|awkward|unflattering|fattest|ugly|embarrassing|cringe|old|crying|fail|fails) (pics|photos|pictures|videos|vids|selfies|moments|clips|texts|posts)
pattern: (meme page|meme account|meme acc|fan page|hate page|page|account|acc) (of|about|for) (her|his|their) (face|head|forehead|nose|teeth|body|fails|crying face|ugly face|fat face)
match: omg i still have the pic of tanner after he threw up on himself at camp
match: who remembers when mia peed herself in 3rd grade, i have the class photo lol
match: we should make a tiktok of us imitating how she talks
match: made a slideshow of all his worst pics, posting it on his birthday
match: there's a meme page of her face now and she hates it lmao
nomatch: made a slideshow of all his best pics
nomatch: remember when we went to the beach
note: old embarrassing moments dug up, mocking imitations, compilations of a peer's worst photos

[en.cyberbullying.appearance_shaming.r3-is-a-2-on-a-good-day]
sub: appearance_shaming
weight: 0.5
target: third
pattern: (is|s) (a|like a|maybe a|barely a) (0|1|2|3|one|two|three|zero) (and thats|on a good day|at best|tops|max|generously|being generous|being nice|if im being nice|if im nice)
pattern: (his|her|ur|your|yo) (voice|laugh|accent|breath|face|personality|vibe|presence|existence|whole existence|body odor|bo) (is|r) (so|really|literally|hella|mad|) (annoying|irritating|grating|ugly|gross|disgusting|cringe|unbearable|painful|obnoxious|creepy|nasty|rank)
pattern: face only (his|her|your|ur|their) (mother|mom|mum|mama|own mother|own mom|own mum|grandma) (could|would|can) love
pattern: (she|he|you|u) (should not|shouldnt|should never|has no business|have no business|needs to stop|need to stop|is not allowed to|aint allowed to) (be wearing|wear|wearing|be in|be seen in|post) (shorts|a crop top|crop tops|a bikini|bikinis|leggings|skinny jeans|a swimsuit|swimsuits|tank tops|a dress|a two piece|bathing suits|a bathing suit|spandex)
pattern: look at (her|his|their) (thighs|belly|stomach|arms|legs|rolls|gut|acne|teeth|nose|forehead|double chin|cellulite|stretch marks|muffin top|back fat)
match: sophie is a 2 and that's on a good day
match: can somebody tell him his voice is so annoying
match: he has a face only his mom could love lmao
match: look at her thighs 💀 she should not be wearing shorts
nomatch: her voice is so calming
note: low-number verdicts on a peer, "his voice is so annoying", "she shouldn't be wearing shorts"

[en.cyberbullying.pile_on.r3-everyone-laughed-at-what-she-said]
sub: pile_on
weight: 0.5
target: third
pattern: (everyone|everybody|the whole class|the whole bus|the whole school|the whole gc|we all|all of us|the entire class|literally everyone|the whole table) ~3 (laughed|laughing|cracked up|cackled|cackling|snickered|snickering) at (what|how|whatever) (she|he|you|u|ya) (said|says|wore|wears|did|does|wrote|posted|looked like|sounded like|looks|sounds|answered)
pattern: (cackling|cackled|snickering|snickered) at (her|his|ur|your|yo|their) (essay|answer|outfit|face|hair|voice|presentation|drawing|post|pic|selfie|video|shoes|clothes)
match: the whole bus went silent then everyone laughed at what she said
match: we were cackling at his essay when the teacher read it out
nomatch: everyone laughed at the movie
note: the crowd laughing at what a peer said, wore or wrote

[en.cyberbullying.exclusion.r3-were-done-with-her]
sub: exclusion
weight: 0.5
pattern: (were|we are|im|i am|everyone is|everybody is|the group is|the gc is|were all|we all are) (done|finished|over) with (her|him|them|you|u|ya|yu) (lol|lmao|forever|for good|now|tell|so|bye|dont|nobody|no one|)
pattern: (we|im|i am|were|we are|nobody is|no one is|noone is) (not|arent|aint|no longer|not even) (friends|frens|talking|speaking|hanging out) (with|to) (her|him|them|you|u) (anymore|no more|now|after what|after that|ever again)
pattern: (neither is|neither are|and neither is|and neither are) (anyone|anybody|everyone|the rest|the others|everybody|anyone else|anybody else|you|u|yall)
pattern: (nobody|no one|noone|nobodys|noones|no ones) (is coming|coming|is going|going|showing up|is showing up|gonna come|gonna show up) (to) (her|his|ur|your|yo) (party|bday|birthday|birthday party|bday party|sleepover|quinceanera|quince|stream|live|funeral)
pattern: (dont|do not) (even|) (think about|bother|try) (coming|showing up|joining|sitting|asking to come|asking to join) (to|with|at|near|) (the|our|my|us) (sleepover|party|table|gc|group|hangout|trip|lunch table|birthday|bday)
match: if she texts you don't answer, we're done with her
match: we aren't friends with her anymore and neither is anyone else
match: nobody's coming to your birthday, we all agreed
match: don't even think about coming to the sleepover
nomatch: we're done with the project
note: a group declaring it is done with a peer, a party nobody will come to

[en.cyberbullying.exclusion.r3-youre-such-an-outcast]
sub: exclusion
weight: 0.5
pattern: (youre|ur|you are|u r|yu are|shes|hes|she is|he is) (such|literally|just|) (a|an|the) (outcast|reject|loner|social reject|social outcast|outsider|friendless loser|charity case|third wheel|tagalong|leftover)
pattern: if (she|he|they|u|you|ya|yu) (shows up|show up|comes|come|goes|go) (at|to) (the|our|my|this) ~1 (were|we are|im|i am|everyone is|everybody is|were all|we all) (leaving|out|dipping|bouncing|gone|leave|going home|not staying)
pattern: (block|report|unfollow) (and|n|then) (report|block|unfollow|mass report) (her|him|them) ~3 (shes|hes|so|annoying|weird|ugly|cringe|loser|freak|for fun|lol|lmao)
match: ur such an outcast lol
match: if you show up at the party we're all leaving
match: block and report her, everyone, she's so annoying
nomatch: block and report that account, it's a scammer
nomatch: if she shows up late we're leaving without her lol jk we'll wait
note: "you're such an outcast", leaving if the target shows up, blocking and reporting for being "annoying"

[en.cyberbullying.humiliation.r3-series-about-the-weird-girl]
sub: humiliation
weight: 0.55
target: third
pattern: (series|account|acc|page|thread|videos|vids|tiktoks|memes|posts|story|stories|edits) (about|on|of|mocking|roasting|dissing|clowning|exposing) (the|that|this) (weird|ugly|fat|smelly|creepy|emo|sped|autistic|crusty|greasy|stinky|goth|nerdy|poor|slutty|gay) (kid|girl|boy|guy|chick|dude|one|kids|girls|boys)
pattern: (smelly|ugly|fat|weird|stinky|crusty|dumb|creepy|greasy|loser|cringe) ~1 (updates|exposed|fails|daily|watch|tracker|cam|archive|files) (account|acc|page|insta|tiktok|finsta)
pattern: (rate|rank|score) (her|his|their) ~1 (selfie|selfies|pic|pics|photo|photos|face|body|looks|pfp) (below|in the comments|in the replies|out of 10|1 10|0 10|from 1)
match: there's a whole tiktok series about the weird girl in our bio class
match: ok who made the @smelly_sam_updates account lmaooo i'm dying
match: everyone rate her latest selfie below, i'd say 3
nomatch: everyone rate my latest selfie below!
nomatch: rate her outfit in the comments, she asked for opinions!
note: mocking series or accounts about a labelled peer; asking the crowd to rate a peer's selfie

[en.cyberbullying.pile_on.r3-everyone-calling-her-a-cow]
sub: pile_on
weight: 0.55
target: third
pattern: (everyone|everybody|the comments|people|ppl|the whole|theyre|the gc|all of us|we all|the class|half the school|the replies) ~3 (calling|called|call|calls) (her|him|them|you|u) (a|an|the|) (cow|pig|whale|slut|whore|hoe|loser|freak|weirdo|fat|ugly|fatty|uggo|retard|thot|skank|clown|joke|pick me|creep|psycho|hippo|rat|goblin|troll|nobody)
pattern: (go|just go) (make friends|sit|hang|hang out|eat|play|be friends) with (the|your|ur|yo) (other|fellow|) (losers|freaks|weirdos|nerds|rejects|outcasts|loners|fatties|uggos|emos|dorks|misfits)
pattern: why (are|r) (you|u|ya|yu|she|he) (still|even) (in|here|on|at) (the|this|our) (gc|group chat|groupchat|group|server|chat|friend group|squad|table)
match: everyone in the comments is calling her a cow
match: go make friends with the other losers
match: why are you still in the group chat, nobody added you
nomatch: everyone in the comments is calling her a queen
note: a crowd calling a peer names, sending them to "the other losers", asking why they are still in the chat

[en.cyberbullying.exclusion.r3-not-our-friend-anymore]
sub: exclusion
weight: 0.5
pattern: (ur|youre|you are|u r|theyre|shes|hes|she is|he is) (not|no longer) (our|my) (friend|friends|bestie|homie) (anymore|no more|lol|bye|either|ever again)
pattern: (shes|hes|youre|ur|she is|he is|you are|u r) (not|never) (invited|welcome|allowed) (to anything|anywhere|anymore|ever again|to nothing|to any)
pattern: (we|everyone|everybody|we all|they all|the whole gc|all of us) (literally|) (all|) (muted|blocked|hid|unfollowed|restricted) (your|ur|her|his|yo) (story|stories|posts|account|acc|page|tiktoks|snaps)
pattern: (you|u|ya|she|he) (should|need to|gotta|have to|better) (just|honestly|) (transfer|switch|change|move|leave) (schools|school|to another school|to a different school|classes)
match: if ur still talking to jake ur not our friend anymore
match: he's not invited to anything anymore, everyone agreed
match: we literally all muted your story
match: everyone agrees you should transfer schools
nomatch: we muted the story notifications
note: "you're not our friend anymore", "not invited to anything", muting a peer's story, "transfer schools"

[en.cyberbullying.appearance_shaming.r3-embarrassed-to-post-with-that-body]
sub: appearance_shaming
weight: 0.55
pattern: (should be|should feel|shouldve been|needs to be) (embarrassed|ashamed) (to|of|about) ~3 (body|face|pics|selfies|outfit|weight|acne|teeth|herself|himself|yourself|urself|thighs|belly|stomach)
pattern: (you|u|ya|yu) (look|looks) like ~2 (stepsister|ugly stepsister|muppet|baked potato|potato head|mr potato head|goblin|gremlin|troll|ogre|thumb|toe|raccoon|possum|rat|shrek|squidward|melted candle|wet dog|hobbit|gollum)
pattern: (youre|ur|you are|u r|shes|hes) (such|just|literally|) (a|an) waste of (a friend slot|a friend|a seat|a spot|a person|skin|a human|a human being|sperm|a birth|a life|time|a uniform|a jersey|a roster spot|a locker)
match: she should be embarrassed to post pics with that body
match: you look like the ugly stepsister lol
match: you're a waste of a friend slot
nomatch: i look like the ugly stepsister in this costume lol
note: "should be embarrassed with that body", "you look like the ugly stepsister", "a waste of a friend slot"

[en.cyberbullying.humiliation.r3-posting-it-if-he-snitches]
sub: humiliation
weight: 0.6
target: third
pattern: (posting|post|leak|leaking|send|sending|show|showing|airdrop|airdropping|spreading|spread) (it|them|the screenshot|the screenshots|the pics|the video|the vid|the clip|everything) (if|unless|when|the second|the moment) (he|she|you|u|ya|they) (snitches|snitch|tells|tell|says anything|talks|breaks up|blocks|reports|tells on)
pattern: (cried|bawled|crying|puked|peed|pissed himself|pissed herself) ~6 (clipped|screen recorded|screenrecorded|airdropped) (it|that|the whole thing)
pattern: (voice crack|voice cracking|stutter|stuttering|fart|burp|lisp|snort) ~8 (ringtone|soundboard|alarm|notification sound|remix|trending sound|everyones ringtone)
pattern: (funny|hilarious|fun|entertaining|lmao|lol|lmfao) (watching|to watch|seeing|to see) (her|him|them|you|u) (get mad|get upset|cry|crying|rage|raging|freak out|freaking out|lose it|melt down|break down|suffer|squirm|get bullied|get roasted)
pattern: (told|telling|tell) (everyone|everybody|the whole school|the whole class|the whole grade|the gc|the team) (he|she|that he|that she) (still|) (sleeps with|wets|pees|sucks his thumb|sucks her thumb|cries|wears diapers|wears a diaper|plays with dolls|has lice|has fleas|doesnt shower|never showers)
match: i still have the screenshot where he said he liked her, posting it if he snitches
match: lmaooo this kid on our team cried after we lost so i clipped it and put it in the discord
match: bro got his voice crack recorded in music class and now it's everyone's ringtone 💀
match: our squad made a burner that comments on everything the new girl posts, it's so funny watching her get mad
match: i told everyone he still sleeps with a stuffed animal and now they call him baby
nomatch: it was so sweet watching him cry at the wedding
nomatch: my brother fell off his bike and i recorded it to show mom, he's fine
note: blackmail with screenshots, clipping a peer crying, turning their voice crack into a meme,
note: laughing at watching them get upset, humiliating rumours told to everyone

[en.cyberbullying.appearance_shaming.r3-forehead-own-zip-code]
sub: appearance_shaming
weight: 0.6
pattern: (forehead|head|nose|butt|ass|belly|gut|ears|teeth|chin|face|thighs|body|fivehead) ~5 (own zip code|own zipcode|own area code|own weather system|own gravity|own orbit|own postcode|own time zone|own zip|could fly|fly away|land a plane|its own country|own country|own moon|own shadow|own climate)
pattern: (0|1|2|3) 10 (would not|wouldnt|would never|do not|dont|would rather not) (befriend|date|recommend|sit with|talk to|invite|smash|kiss|be friends)
pattern: (rate|rating) (the|that|this) (new kid|new girl|weird kid|weird girl|fat kid|ugly kid|new guy|fat girl|ugly girl|emo kid|quiet kid)
match: his ears stick out so much he could fly lol
match: ok but why does her forehead need its own zip code
match: rate the new kid: 2/10 would not befriend
nomatch: rate the new movie: 2/10 would not watch again
note: exaggerated feature jokes ("forehead needs its own zip code") and rating a labelled peer

[en.cyberbullying.exclusion.r3-everyone-leaves-when-you-join]
sub: exclusion
weight: 0.55
pattern: (every time|everytime|whenever|when) (you|u|she|he|ya) (join|joins|get on|gets on|come|comes|show up|shows up|walk in|walks in|hop on|hops on|log on|logs on) ~3 (everyone|everybody|we all|people|ppl|the whole) (leaves|leave|left|logs off|log off|dips|goes quiet|goes silent|hops off|leaves the call|leaves the vc)
pattern: (so|so that) (you|u|she|he|ya) (cant|can not|cannot|wont|doesnt|dont) (see|read|know|hear) (what we|what they|what everyone|what people) (say|said|talk|think|post|write|say about)
pattern: (not|aint|never) (part of|in|one of) (the real|our real) (group|gc|friend group|squad|crew|group chat)
pattern: (removed|deleted|blocked|unadded|unfriended|kicked) (you|u|ya|her|him) (from) (the|my|our) (friend list|friends list|friends|gc|group|server|squad|discord|lobby|clan|party)
pattern: (shes|hes|youre|ur) (banned|kicked|blocked|removed) (from|out of) (our|the|this|my) (server|gc|group|discord|squad|team|lobby|clan|guild|group chat|friend group)
pattern: (dont|never|do not) let (her|him|them) back (in|on|into|)
match: every time you join the vc everyone leaves, take the hint
match: we made a separate discord so you can't see what we say about you
match: you're not part of the real group, that gc is just for pity
match: removed you from the friend list, don't message me again loser
match: he's banned from our minecraft server, don't let him back
nomatch: every time you join the vc the vibes get better
note: leaving when the target joins, a hidden discord, "not part of the real group", banning from the server

[en.cyberbullying.appearance_shaming.r3-if-i-looked-like-you]
sub: appearance_shaming
weight: 0.6
pattern: if i (looked|look|was|were) (like you|like u|like her|like him|as ugly as you|as fat as you|as ugly as u|as fat as u) ~3 (never leave|kill myself|kms|stay inside|wear a bag|hide|cry|wouldnt leave|would never leave|wouldnt show my face|stay home|move|quit|wear a mask)
pattern: (id|i would|we would|anyone would|everyone would|id honestly) (be|feel) (embarrassed|ashamed|humiliated) (to be seen|to be|to sit|to hang|to walk|to be friends) (with|next to|near) (you|u|ya|yu|her|him)
match: if i looked like you i'd never leave my house
match: i'd be embarrassed to be seen with you in public
nomatch: if i looked like you i'd take selfies all day
note: "if i looked like you i'd never leave the house", "embarrassed to be seen with you"

[en.cyberbullying.exclusion.r3-rather-eat-alone-than-sit-with-u]
sub: exclusion
weight: 0.55
target: third
pattern: (id|i would|we would|wed|id honestly|id literally|i would literally|id much) rather ~6 than (sit|hang|eat|talk|be seen|be friends|partner|work|sit next to) (with|next to|near|to) (you|u|ya|yu|her|him)
pattern: (you|u) (talk|talk to|text|sit with|hang with|invite|defend|follow|hang out with) (her|him|them) ~1 (youre|ur|you are|u r) (out|done|blocked|next|dead to us|dead to me|gone|uninvited)
pattern: (everyone|everybody|we|the whole school|the whole class|the group|all of us|the whole team) (would|will|d) be ~2 (happier|better off|better) if (you|u|ya|she|he) (just|) (left|leave|moved|transferred|disappeared|quit|died|dropped out)
pattern: (favor|favour) (and|n) (transfer|leave|move away|switch schools|quit|disappear|go away|delete|log off|drop out|stop posting|shut up|leave the gc|leave the group|kys|die)
pattern: (everyone|everybody|yall|lets all|we all|lets) (point at|point and laugh at|stare at|boo|make noises at|moo at|oink at|throw stuff at) (her|him|them) (when|as|if|tomorrow|in class|at lunch|lol|lmao)
match: i'd rather eat alone than sit with u
match: i'd rather sit alone than sit with her
match: you talk to her, you're out, simple
match: everyone would be so much happier if you just left
match: do us all a favor and transfer
match: everyone point at him when he walks in tomorrow
nomatch: i'd rather stay home than go out tonight
note: "i'd rather eat alone than sit with you", "you talk to her, you're out", "everyone would be happier
note: if you left", "do us a favor and transfer", "everyone point at him"; the pattern names the target

[en.cyberbullying.appearance_shaming.r3-whos-gonna-tell-completions]
sub: appearance_shaming
weight: 0.45
pattern: (she|he|you|u|shes|hes) (looks|look|lookin) like (her|his|your|ur) (dad|grandma|grandpa|uncle|great grandma|dog)
pattern: (she|he|you|u|shes|hes) (looks|look|lookin) (5|10|11|12|like 12|like 10|like a 12 year old|like a 10 year old|like a fetus|like a toddler)
pattern: (wig|lace|weave|extensions|toupee|hairpiece|edges|hairline|eyebrows|brows) (is|are|r|looking|look|looks) ~1 (crooked|lifting|showing|fake|busted|tragic|falling off|a mess|uneven|drawn on|crusty)
pattern: (her|his|their) (breath|feet|pits|armpits|room|car|locker|clothes|hoodie) (smell|smells|stink|stinks|reek|reeks)
pattern: (she|he|you|u) (cant|can not|cannot|really cant) (sing|dance|act|rap|draw|dress|cook|play) (lol|lmao|for shit|at all|to save|either|and|so|but|)
match: who's gonna tell her she looks like her dad
match: who's gonna tell him he looks 12
match: who's gonna tell her that wig is crooked
match: who's gonna tell her she can't sing
match: who's gonna tell him his breath stinks
nomatch: she looks like she is having fun
note: the usual completions of "who's gonna tell her...": weak-to-moderate alone, they reach the line
note: together with the opener (the opener ends at "her", so the two do not overlap)

[en.cyberbullying.exclusion.r3-gaming-exclusion-signals]
sub: exclusion
weight: 0.3
pattern: (shes|hes) (trash|dogwater|garbage|useless|a bot|washed|dead weight|hardstuck|a liability)
pattern: (stop|quit) (queuing|queueing|queing|joining|playing|duoing|partying|inviting yourself|following) (with|after) (us|me|them)
match: kick him from the lobby he's trash
match: stop queuing with us, we don't want you
nomatch: he's great at chess
nomatch: everyone laugh at my dad's jokes, they're so bad
note: weak signals from gaming chat ("he's trash", "stop queuing with us"); they count with a kick,
note: a "we don't want you" or another exclusion phrase

[en.cyberbullying.humiliation.r3-video-where-he-pees]
sub: humiliation
weight: 0.55
target: third
pattern: (video|vid|vids|clip|clips|pic|pics|photo|snap|footage|recording|tiktok) (where|when|of when|from when|from the time) ~1 (pees|peed|pisses|pissed|cries|cried|throws up|threw up|pukes|puked|wets|wet|gets slapped|got slapped|gets dumped|got dumped|trips|tripped|falls|fell|farts|farted|begs|begged|sobs|sobbed|gets pantsed|got pantsed)
pattern: (putting|put|puts|pasting|pasted|editing|edited) (her|his|their) (face|head) (on|onto|in|into) ~1 (pig|cow|whale|monkey|rat|dog|clown|ugly|fat|donkey|goat|hippo) (memes|meme|pics|pictures|bodies|body|edits|stickers)
pattern: (type|spam|send|put|drop) (l|ls|ratio|cringe|trash|ugly|fat|clown|who asked|kys|mid) (in|on|under) (the|his|her|their|) (chat|comments|replies|stream|live)
match: ayo who has the video where connor pees his pants at the sleepover
match: someone keeps putting her face on pig memes in the class chat
match: lets all go to his stream and type L in chat
nomatch: the video where he proposes is so cute
note: videos "where he pees his pants", face-on-pig memes, typing L in a peer's stream chat

[en.cyberbullying.exclusion.r3-if-youre-friends-with-her]
sub: exclusion
weight: 0.55
target: third
pattern: (if|if ur|if youre) (youre|ur|you are|u r|you|u) (friends|friend|cool|close|still friends) with (her|him|them) ~2 (dont|do not|never) (bother|talk|text|sit|come|hang)
pattern: (anyone|anybody|whoever) (still|) (talking to|friends with|texting|hanging with|sitting with|talks to|texts) ~4 (is|are|gets|will be) (out|blocked|removed|kicked|done|dropped)
pattern: (shes|hes|youre|ur) (officially|now|) (banned|kicked out|blocked|uninvited) (from|out of) (our|the|this|my) (lunch table|table|sleepover|party|group chat|gc|group|squad|friend group|sleepovers|parties)
pattern: (nobody|noone|no one|dont|do not|never) (save|saves|saving) (her|him|them|you|u) (a|any) (seat|spot|place|chair)
pattern: (we|they|everyone|everybody|people|ppl) (just|only|literally) (use|used|uses|tolerate|tolerates|put up with|deal with|pity|keep) (her|him|them|you|u|ya) (for|bc|because|cuz|cause|since|lol|lmao)
pattern: (youre|ur|you are|u r|shes|hes|she is|he is) (literally|so|basically|just|) (invisible|irrelevant|forgettable|a ghost|nonexistent) (at|in|to) (this|our|the) (school|grade|class|gc|group|team|squad)
match: if you're friends with her don't bother talking to us
match: anyone still talking to sam after today is out of the group
match: she's officially banned from the lunch table
match: nobody save her a seat
match: she thinks we're her friends lol we just use her for rides
match: everyone only tolerates you bc you have a car
match: ur literally invisible at this school
nomatch: save her a seat please, she's running late
note: conditions and rules that shut a peer out; "we just use her for rides"; "invisible at this school"

[en.cyberbullying.appearance_shaming.r3-why-are-ur-teeth-so-yellow]
sub: appearance_shaming
weight: 0.55
pattern: why (are|is|r) (your|ur|her|his|yo) (teeth|nails|feet|eyes|lips|ears|arms|legs|thighs|clothes|shoes|eyebrows|brows|nose|forehead) (so|always|that|this) (yellow|crooked|big|small|hairy|ugly|gross|dirty|greasy|fat|nasty|crusty|ashy|dry|stained|huge|weird|bushy|thin|long)
pattern: (nobody|no one|noone) (wants|wanna|needs|asked) (to|) (see|look at) (your|ur|her|his|yo) (stretch marks|cellulite|love handles|back fat|rolls|fat rolls|belly|gut|armpit hair|leg hair|unibrow|moobs|man boobs|muffin top|stomach|thighs|feet|toes|acne|pimples|zits)
match: why are ur teeth so yellow lmao
match: nobody wants to see your stretch marks
nomatch: why are my teeth so yellow, need whitening
note: "why are your teeth so yellow", "nobody wants to see your stretch marks"

[en.cyberbullying.exclusion.fit-in-never-will]
sub: exclusion
weight: 0.6
target: other
pattern: (fit in|belong|be one of us|be accepted|be popular|make friends) ~4 (you|u|ya) (never will|will never|never gonna|wont ever|aint ever|wont|never)
match: stop trying so hard to fit in, you never will. loser
match: trying to make friends? u never will
nomatch: i thought i'd never fit in but you never made me feel that way
note: telling someone their attempts to belong will fail; the reply after the attempt ("you never will") carries it

# ---------------------------------------------------------------------------------------------
# round cb4: families found missing by blind probes (exclusion via group spaces, spreading media
# to a whole year group, rumours, votes and polls, raids, peer self-harm baiting)
# ---------------------------------------------------------------------------------------------

[en.cyberbullying.exclusion.cb4-chat-so-you-cant]
sub: exclusion
weight: 0.55
pattern: (gc|gcs|groupchat|chat|server|group|discord|squad|snap) ~4 (so|so that) (you|u|ya|she|he|they) (wouldnt|couldnt|cant|wont|dont|doesnt|cannot|would not|could not|can not|aint) (be in|be on|be part|join|see|read|get in|find out|know about|hear)
pattern: (didnt|did not|never|not|wont|will not|aint|not gonna) (add|adding|invite|inviting|include|including) (you|u|ya|her|him|them) (to|in|into) (the|our|my|) (gc|groupchat|group chat|chat|server|group|squad|party|sleepover|discord|call) (on purpose|for a reason|lol|lmao|lmfao|skull|haha|and never will|and we wont|and we never will)
match: we literally made a new chat so you wouldnt be in it
match: made a server just so she couldnt join
match: we didnt add u to the gc on purpose
nomatch: we made a separate chat so you dont get spammed
nomatch: sorry we didnt add you to the group chat, it was a glitch, adding you now
note: a group space made, or a member withheld, so that one person is left out

[en.cyberbullying.exclusion.cb4-remove-name-from-gc]
sub: exclusion
weight: 0.4
pattern: (kick|kicked|kicking|remove|removed|removing|boot|booted|yeet|yeeted|ban|banned|block) ~1 (from|out of|outta|off) (the|our|this|da|) (gc|groupchat|group chat|squad|squad chat|friend group|group|chat|lunch table|table|sleepover|team chat)
match: can someone remove kayla from the chat
match: kick maddie out of the gc
nomatch: remove the bot from the server
nomatch: can someone add me to the group chat
note: weak signal: taking a (usually named) peer out of a group space; moderation talk ("ban
note: trolls from chat") reads the same, so it counts with a put-down ("shes cringe", "hes annoying")

[en.cyberbullying.exclusion.cb4-the-kid-nobody-wants]
sub: exclusion
weight: 0.58
pattern: (youre|ur|you are|u r|shes|hes|she is|he is|you|u|she|he|ya) (literally|just|always|still|really|lowkey|honestly|forever|) (the|a|that) (friend|kid|girl|guy|boy|person|loser|weirdo|freak|classmate|student|one) (nobody|noone|no one) (wants|wanted|likes|liked|invites|invited|picks|picked|chooses|talks to|sits with|asked for|cares about|remembers|would miss|misses)
match: ur literally the friend nobody wants
match: shes that girl no one invites to anything
nomatch: i always felt like the kid nobody picked for teams
nomatch: the chore nobody wants to do
note: casting a peer as the unwanted one; the pattern starts at "you're / she's", so first-person
note: memories ("i was always the kid nobody picked") do not match

[en.cyberbullying.humiliation.cb4-send-pic-to-everyone]
sub: humiliation
weight: 0.55
pattern: (pic|pics|picture|pictures|photo|photos|vid|vids|video|videos|clip|selfie|selfies|nudes|texts|msgs|messages|dms|screenshot|screenshots|recording) of (her|him|you|u|ya|them|this girl|this kid) ~3 (to|with|in|around|on) (the|our|) (whole|entire|every|all the) (class|grade|school|year|bus|internet|boys|girls|boys chat|girls chat)
pattern: (pic|pics|picture|pictures|photo|photos|vid|vids|video|videos|clip|selfie|selfies|nudes|texts|msgs|messages|dms|screenshot|screenshots|recording) of (her|him|you|u|ya|them|this girl|this kid) ~3 (to|with|around) (everyone|everybody|every gc|every chat|all my friends|the boys|the girls)
pattern: (send|sending|sent|post|posting|posted|share|sharing|shared|airdrop|airdropping|airdropped|forward|forwarding|forwarded|leak|leaking|leaked|spread|spreading) (her|his|ur|your|their) ~1 (selfie|selfies|pic|pics|photo|photos|nudes|video|vid|texts|msgs|messages|dms|diary|notes|poem|search history|drawings|private story) ~3 (to|with|around|in) (everyone|everybody|every|the whole|the entire|whole|entire|all the)
match: sending this pic of her to the whole class
match: posting this vid of him to the whole grade lol
match: airdropping her selfie to everyone on the bus
match: forwarding ur msgs to everyone
nomatch: sending this pic of her to grandma
nomatch: posted a pic of him for his birthday on the team page
nomatch: posted a pic of her to the entire team chat to congratulate her
note: spreading a peer's image or private messages to a whole year group or to everyone

[en.cyberbullying.humiliation.cb4-whole-school-talking]
sub: humiliation
weight: 0.4
pattern: (whole|entire) (school|grade|class|year|team|internet|gc|town|bus) (is|are|was|been|) (talking|laughing|gossiping|joking|talkin|laughin) (about|abt|bout|at) (you|u|ya|her|him)
pattern: (everyone|everybody|ppl|people) (is|are|r|been|) (talking|gossiping|talkin) (about|abt|bout) (you|u|ya|her|him) (now|rn|again|lately)
match: the whole school is talking about u
match: everybody is talking about her again
nomatch: everyone is talking about your song, congrats
nomatch: we were talking about the school trip
note: weak signal: a peer told they are the talk of the school; praise reads the same, so it counts
note: with a put-down. The derisive form is cb4-whole-school-talking-derisive

[en.cyberbullying.humiliation.cb4-whole-school-talking-derisive]
sub: humiliation
weight: 0.6
pattern: (whole|entire) (school|grade|class|year|team|internet|gc|town|bus) (is|are|was|been|) (talking|laughing|gossiping|joking|talkin|laughin) (about|abt|bout|at) (you|u|ya|her|him) (lol|lmao|lmfao|skull|haha|and its not good|and not in a good way|not in a good way|ew|eww|rn lol|rn lmao|bc|because|cuz|cause)
pattern: (everyone|everybody|ppl|people) (is|are|r|been|) (talking|gossiping|talkin|laughing) (about|abt|bout|at) (you|u|ya|her|him) (and its not good|and not in a good way|not in a good way|lmao|lmfao|skull)
match: the whole grade is talking about her lmao
match: the whole school is talking about u and its not good
nomatch: the whole school is talking about you after that goal
nomatch: nobody was laughing at you, the whole class was laughing at the joke
note: the talk of the school, marked as mockery by laughter or "not in a good way"

[en.cyberbullying.humiliation.cb4-rumour-that-she]
sub: humiliation
weight: 0.6
pattern: (spread|spreading|spreadin|spreads|start|starting|started) (it|the word|a rumor|a rumour|the rumor|the rumour|rumors|rumours|it around|around) ~2 (that|) (shes|hes|she is|he is|she was|he was|she|he|they are|theyre) (gay|a lesbian|lesbian|a lesbo|bi|pregnant|preggo|a slut|a hoe|a whore|a thot|easy|a virgin|a pedo|a creep|a stalker|a snitch|adopted|crazy|a psycho|dirty|homeless|a cutter|anorexic|bulimic|a druggie|a cheater|on drugs|in juvie|gonna get expelled)
pattern: (spread|spreading|spreadin|spreads) that (shes|hes|she is|he is|she was|he was|she|he|they are|theyre) (gay|a lesbian|lesbian|a lesbo|bi|pregnant|preggo|a slut|a hoe|a whore|a thot|easy|a virgin|a pedo|a creep|a stalker|a snitch|adopted|crazy|a psycho|dirty|homeless|a cutter|anorexic|bulimic|a druggie|a cheater|on drugs|in juvie)
pattern: (tell|telling) (everyone|everybody|people|ppl|the whole school|the whole grade|the gc) (that|) (shes|hes|she is|he is) (gay|a lesbian|lesbian|a lesbo|pregnant|preggo|a slut|a hoe|a whore|a thot|easy|a virgin|a pedo|a creep|a snitch|adopted|a cutter|a druggie) (lol|lmao|lmfao|haha|skull|xd|ew|eww|pass it on)
match: spread it around that hes gay lol
match: spreading that shes a lesbian around school
match: tell everyone hes gay lol
nomatch: spread the word that she is running for class president
nomatch: my sister told everyone she is pregnant, we are so happy
note: starting or spreading a rumour about a peer's sexuality, body or reputation; identity
note: words match only in the third person after a spreading verb, so coming-out support does not

[en.cyberbullying.humiliation.cb4-put-it-in-every-gc]
sub: humiliation
weight: 0.4
pattern: (put|putting|posted|post|posting|sent|send|sending|spread|spreading|dropped|drop|dropping|shared|share|sharing) (it|them|that|this|those|these) (in|to|on|around) (every|all the|all our|each|every single) (gc|gcs|group chat|group chats|chat|chats|server|servers|story|stories|account|page)
pattern: (made|making|make) (it|that|this|her|him|his face|her face|ur face|your face) (the|my|our|everyones) (lockscreen|lock screen|wallpaper|pfp|banner|server icon|gc icon|gc pic|group pic)
match: put it in every gc
match: made his face the gc icon lol
nomatch: put it in every room of the house
nomatch: post it on all the socials for the bake sale
note: weak signal: broadcasting something about a peer to every chat, or making their face a
note: group icon; counts with a meme-of-her-face or mocking phrase

[en.cyberbullying.humiliation.cb4-cheap-clothes-taunt]
sub: humiliation
weight: 0.45
pattern: (nice|cute|love the|sick|great|lovely|cool|fire|sweet) (goodwill|thrift store|thrift shop|dollar store|dollar tree|walmart|payless|hand me down|hand me downs|handmedown|handmedowns|knockoff|knock off|fake|bootleg) (clothes|shoes|fit|outfit|jacket|kicks|sneakers|shirt|hoodie|jeans|bag|backpack|jordans|nikes|airpods|dress|crocs|uggs|stanley|phone)
pattern: (ur|your|her|his) (hand me downs|hand me down|handmedowns|goodwill|thrift store|dollar store) (clothes|shoes|fit|outfit|lol|lmao|skull|are|is|again)
pattern: (lol|lmao|lmfao|haha|skull|ew|imagine being) (poor|broke|homeless|on food stamps|on welfare)
match: nice goodwill shoes lmao
match: cute hand me down shoes lol
match: he cant even afford lunch lmao poor
nomatch: i got this jacket at the thrift store for five dollars
nomatch: love my thrifted jacket
note: mocking a peer's cheap or second-hand things and poverty; weak alone, adds up with "brokie"
note: or a can't-afford taunt

[en.cyberbullying.pile_on.cb4-raid-her-page]
sub: pile_on
weight: 0.55
pattern: (raid|raiding|swarm|swarming|invade|invading|storm|storming|bomb|bombing|brigade|brigading) (her|his|their|ur|your|this girls|this guys|that girls|that guys) (comments|comment section|replies|dms|inbox|page|post|posts|tiktok|tiktoks|insta|ig|snap|account|acc|live|lives|mentions|youtube|twitter|phone|number|profile|pfp|bio|reviews)
pattern: (flood|flooding|spam|spamming|fill|filling|bomb|bombing|raid|raiding) (the|her|his|their|ur|your) (chat|comments|comment section|replies|dms|inbox|live|mentions) with (hate|clowns|clown|clown emojis|ls|ratio|pig|pigs|pig emojis|ugly|insults|mean comments|hate comments|skulls|skull|rats|rat emojis|whale|whales|cow|cows)
match: raid her live and flood the chat with clowns
match: swarm her tiktok with hate
match: raid his comments everyone
nomatch: raid his stream with love chat
nomatch: flood the fields with water
note: coordinated attacks on one peer's accounts or live; a stream raid (a normal Twitch feature)
note: does not match

[en.cyberbullying.pile_on.cb4-voted-worst]
sub: pile_on
weight: 0.6
pattern: (voted|vote|voting|named|crowned|picked|chose|chosen|ranked|nominated|nominate) (you|u|ya|her|him|them) (as|the|) (ugliest|fattest|weirdest|grossest|smelliest|dumbest|creepiest|most annoying|most hated|least liked|least popular|biggest loser|biggest freak|most likely to die alone|most likely to end up alone|most likely to be a virgin|most likely to kill himself|most likely to kill herself|worst dressed|most cringe|cringiest|ugliest girl|ugliest boy|ugliest kid)
pattern: (you|u|she|he|ur|youre|shes|hes) (won|got|win|wins|get|gets|got voted|got crowned|got named|was voted|was crowned|was named|been voted) (ugliest|fattest|weirdest|grossest|smelliest|dumbest|creepiest|most annoying|most hated|worst dressed|most cringe|cringiest|biggest loser) (in|on|at|lol|lmao|lmfao|skull|girl|boy|guy|kid|person|award|again|by a mile)
match: everyone in the class voted u ugliest
match: we voted him most likely to die alone
match: she won ugliest in the gc poll lol
match: he got crowned ugliest boy lol
nomatch: my dad won ugliest sweater at the office party
nomatch: they voted her best dressed
note: polls and votes that crown a peer the ugliest or most hated

[en.cyberbullying.appearance_shaming.cb4-ugliest-in-school]
sub: appearance_shaming
weight: 0.55
pattern: (ugliest|fattest|grossest|smelliest|hairiest|crustiest|nastiest|weirdest looking|worst looking) (girl|boy|guy|kid|person|student|one|thing|human) (in|of|at) (the|our|this|da|) (school|grade|class|year|team|gc|building|world)
match: shes the ugliest girl in our school
match: fattest kid in the grade lol
nomatch: the ugliest sweater in the store
nomatch: i felt like the ugliest girl in the world after that haircut
note: ranking a peer the ugliest; first-person forms are lowered by the first-person cue

[en.cyberbullying.identity_attack.cb4-slur-get-away]
sub: identity_attack
weight: 0.7
also: harassment.identity_attack
pattern: (dyke|dykes|fag|fags|faggot|faggots|tranny|trannies|lesbo|lesbos|homo|homos|troon|lezzie|gaylord) ~3 (stay|get|keep|go|stay the fuck|get the fuck) (away|out|outta) (from|of|) ~2 (us|me|our|the|here|my)
pattern: (stay|get|keep|go) (away|out) (from|of) (the|our|my|) (girls|boys|womens|mens|) (bathroom|bathrooms|locker room|locker rooms|changing room|changing rooms|sleepover|team|table) ~3 (dyke|fag|faggot|tranny|lesbo|homo|troon|lezzie|freak|weirdo)
match: lesbo stay away from the girls bathroom
match: fag get away from us
match: dyke stay out of the locker room
nomatch: stay away from the girls bathroom its flooded
nomatch: we all stay away from the boys locker room after practice
note: a slur with an order to keep out of shared spaces: the locker-room and bathroom exclusion
note: of LGBTQ peers

[en.cyberbullying.self_harm_encouragement.cb4-method-baiting]
sub: self_harm_encouragement
weight: 0.75
also: self_harm.promotion
pattern: (go|just|pls|please|should|gotta|need to) (jump|step|walk|run) (in front of|infront of) (a|the) (train|trains|bus|truck|car|cars|traffic|subway)
pattern: (go|just|pls|please|should) (lie|lay) (down|) on the (tracks|train tracks|road|highway|freeway)
pattern: (go|just|pls|please) (take|swallow|eat|pop|down|chug) (all|all of) (ur|your|the|ya|those|them|ur moms|your moms|ur mums|your mums) (pills|meds|medication|sleeping pills|tablets|pill|antidepressants|xanax) (lol|lmao|lmfao|already|and die|loser|skull|coffin|pill|and never wake up|and dont wake up|bitch|freak|nobody would care|no one would care|at once lol)
pattern: (cut|slice|slit) (deeper|harder|vertically|vertical|the right way|down the road) (next time|lol|lmao|lmfao|loser|already|freak|emo|bitch|skull|coffin)
pattern: (go|just|pls|please) cut (lol|lmao|already|loser|emo|freak|again|bitch|skull|coffin|blood)
pattern: (go|just|pls|please) (touch|grab|find|buy|ride) (a|some|the) (rope|noose|ropes)
pattern: (bet|i bet|betcha) (you|u|ya) (wont|wouldnt|cant|dont have the balls to|dont have the guts to|are too scared to|r too scared to|too scared to|aint got the balls to) ~4 (cut|kys|kill yourself|kill urself|hang yourself|hang urself|unalive|overdose)
match: go jump in front of a train
match: just take all ur pills and never wake up
match: cut deeper next time
match: go touch a rope
match: bet u wont do it coward, go cut
nomatch: dont jump in front of a train, call someone
nomatch: take all your pills with food, the doctor said
nomatch: just take all your pills in the morning
nomatch: go touch grass
note: peers daring someone toward a suicide or self-harm method (the "touch a rope" meme, "cut
note: deeper"); medication advice ("take all your pills") is not imperative-with-go and stays clean

[en.cyberbullying.appearance_shaming.cb4-appearance-names]
sub: appearance_shaming
weight: 0.5
pattern: (butterface|butter face|butterfaces|fugly|moonface|moon face|landwhale|land whale|thunder thighs|thunderthighs|cankles|jabba the hut)
pattern: (shes|she is|ur|youre|you are|u r|ya|she|u|you|her chest is|ur chest is) (so|literally|still|) (flat as a|flat as an|flatter than a|flatter than an) (board|ironing board|wall|plank|surfboard|pancake|tortilla|table|boy)
pattern: (lanky|gangly|scrawny|pimply|hairy|bald|balding|chubby|stumpy) (freak|loser|bitch|weirdo|rat|troll|goblin|creature|nerd|kid|ass|mf|clown|twig|stick)
match: butterface lol
match: shes flat as a board
match: lanky freak
nomatch: shrek is my favourite movie
nomatch: the lake was flat as a board this morning
note: appearance nicknames and put-downs ("butterface", "fugly", "flat as a board"); words with
note: an everyday meaning (ogre, shrek, bobblehead) are left out

[en.cyberbullying.appearance_shaming.cb4-should-shave]
sub: appearance_shaming
weight: 0.5
pattern: (needs|need|should|gotta|has to|have to|better|pls|please|go) (to|) (shave|wax|pluck|bleach|thread|laser) (her|his|ur|your|that|them|those) (arms|legs|mustache|moustache|unibrow|eyebrows|back|upper lip|lip|pits|armpits|chin|knuckles|toes)
pattern: (her|his|ur|your) (mustache|moustache|unibrow|lip hair|arm hair|leg hair|back hair|neckbeard|pit hair) (lol|lmao|lmfao|skull|ew|eww|gross|tho|is gross|is disgusting|is nasty|is so gross|is so nasty|is showing|is crazy)
match: she needs to shave her arms fr
match: ur unibrow is so gross lol
match: her mustache ew
nomatch: i need to shave my legs before the beach
nomatch: he should shave his beard for the wedding photos
nomatch: his mustache is awesome
note: body-hair shaming of a peer

[en.cyberbullying.exclusion.cb4-who-let-her-in]
sub: exclusion
weight: 0.5
pattern: (who|whoever|which one of yall|who tf|who the hell|who the fuck) (let|added|invited|brought|allowed) (her|him|them|this|that|u|you|ya) ~2 (in here|in|here|in the gc|to the gc|to the chat|into the chat|to the call|in the vc|lol|lmao|lmfao|skull|ew|eww|bruh|bro|again|loser|weirdo|freak|creep|clown|thing)
match: who let her in here
match: who added this loser
nomatch: who let the dogs out
nomatch: who added you to the project doc? just wondering so i can add the others
note: treating a peer's presence in a chat or group as an intrusion

[en.cyberbullying.exclusion.cb4-never-one-of-us]
sub: exclusion
weight: 0.55
pattern: (you|u|ya|she|he|ur|youre|shes|hes|you are|u r|she is|he is|you were|u were|she was|he was) (never|not|aint|will never be|wont ever be|isnt|arent|never was|never were|were never|was never) (one of us|part of us|part of the group|part of the squad|part of the friend group|in the group|in our group|really our friend|actually our friend|ever our friend|ever really our friend)
pattern: (we|they|everyone|everybody|the group|the squad) (already|easily|just|) (replaced|replace|forgot|forgot about|moved on from) (you|u|ya|her|him)
pattern: (youre|ur|you are|u r|shes|hes|she is|he is) (so|literally|easily|very|completely|totally|) replaceable
match: u were never one of us
match: ur so replaceable
match: we already replaced u
nomatch: youre part of the group no matter what
nomatch: we replaced the old router
nomatch: shes not my friend, shes my cousin
note: telling a peer they never belonged or have been replaced

[en.cyberbullying.exclusion.cb4-dont-talk-to-her]
sub: exclusion
weight: 0.45
pattern: (dont|do not|nobody|noone|no one|never|stop) (talk|talking|speak|speaking|text|texting|sit|sitting|hang|hanging|hang out|hanging out|reply|replying|respond|responding) (to|with|near|around) (her|him|them|that girl|that kid|that guy|the new kid|the new girl|the weird kid|ur friend) (shes|hes|theyre|she is|he is|anymore|ever again|again|at all|lol|lmao|skull|or else|or ur next|or you re next|or youre next|if you want|if u want|ew)
pattern: (pretend|act like|acting like|pretending|act as if) (she|he|u|you|they|ur|her|him) (isnt|arent|doesnt|dont|r not|is not|are not|aint|not) (there|here|exist|even there|real|in the gc|in the chat) (lol|lmao|lmfao|skull|tmr|tomorrow|at lunch|today|from now on|anymore)
match: dont talk to her shes a snitch
match: nobody talk to him anymore
match: pretend she isnt there lol
nomatch: dont talk to me like that
nomatch: if a bully bothers you just pretend he isnt there
note: telling others to freeze a peer out; "don't talk to him, he's busy" matches and stays
note: weak (0.45), so it needs a put-down next to it

[en.cyberbullying.humiliation.cb4-youre-a-burden]
sub: humiliation
weight: 0.55
pattern: (youre|ur|you are|u r) (such|just|literally|only|nothing but|always|) (a|an|) (burden|dead weight|drain) (to|on|for|lol|lmao|and|ngl|fr|honestly|tbh|loser)
pattern: (youre|ur|you are|u r) (such|just|literally|only|nothing but|always) (a|an) (burden|dead weight)
pattern: (you|u|ya|she|he|ur presence|your presence|ur existence|your existence) (make|makes|making|made) (everyone|everybody|people|us|the whole class|all of us|the whole group|the gc) (uncomfortable|sick|cringe|miserable|want to throw up|wanna throw up|wanna puke|want to puke|want to leave|wanna leave|leave|hate)
match: ur such a burden to everyone
match: ur literally a burden
match: u make everyone uncomfortable
nomatch: you're not a burden to anyone, i promise
nomatch: i feel like such a burden to my friends
nomatch: you make everyone smile
note: telling a peer they are a weight on the group or make everyone uncomfortable; first-person
note: "i feel like a burden" is not matched and belongs to self_harm support routing

[en.cyberbullying.humiliation.cb4-look-what-she-posted]
sub: humiliation
weight: 0.3
pattern: (look|lookin|looking|omg look|peep|yall see|did yall see|did u see|did you see) (at|) (what|how) (she|he|this girl|this guy|that girl|that guy|this kid|that kid|this loser|this weirdo) (posted|wrote|said|wore|texted|put|tried|sent|did|dances|dance|looks|talks|sings)
pattern: (so|such|how|sooo|lowkey|kinda|actually) (desperate|thirsty|pick me) (lol|lmao|lmfao|skull|ew|eww|omg|bro|its sad|its embarrassing|its cringe|its pathetic|cringe)
match: omg look at what she posted
match: so desperate lmao
nomatch: look at what she drew for me, so talented
nomatch: im so desperate for sleep lol
note: weak signal: holding a peer's post up for the group to mock; counts with a second put-down

[en.cyberbullying.identity_attack.cb4-boy-in-a-dress]
sub: identity_attack
weight: 0.65
also: gender_abuse.identity_attack
pattern: (just|only|really|still|literally|nothing but|always be|always gonna be) (a|an) (boy|man|guy|dude|male) (in a|wearing a|with a|in) (dress|wig|skirt|makeup|bra)
pattern: (just|only|really|still|literally|nothing but|always be|always gonna be) (a|an) (girl|woman|female) (in a|wearing a|with a|in) (binder|buzzcut|boys clothes|mens clothes|fake beard)
match: ur just a boy in a dress
match: she will always be a girl in a binder
nomatch: the boy in a dress won the costume contest
nomatch: my little brother is literally a boy in a dinosaur costume all day
note: transphobic "you're really a boy in a dress" taunts aimed at trans peers

[en.cyberbullying.identity_attack.cb4-origin-taunts]
sub: identity_attack
weight: 0.65
also: harassment.identity_attack
pattern: (ur|your|her|his) (mom|mum|dad|mother|father|parents|family|fam|whole family) (is|are|r|) (a|an|all|a bunch of|just|) (illegal|illegals|illegal alien|illegal aliens|border hopper|border hoppers|border jumper|border jumpers|wetback|wetbacks|beaner|beaners)
pattern: (youre|ur|you are|u r|shes|hes|she is|he is) (a|an|just an|just a|such an|such a) (illegal|illegal alien|border hopper|border jumper|anchor baby|fresh off the boat|fob)
pattern: (go|get|fly|swim|walk|run|hop|crawl) back to (africa|mexico|china|india|pakistan|syria|somalia|nigeria|haiti|iraq|iran|afghanistan|the middle east|asia|your country|ur country|your own country|ur own country|the jungle|the desert|the rice fields|your village|ur village|your hut|ur hut|the border|where you belong|where u belong) (you|u|ya|loser|lol|lmao|lmfao|nobody|no one|freak|bitch|immigrant|illegal|then|already|and stay|dirty|stinky|where|terrorist|monkey|ape)
pattern: (just|pls|please|why dont you|why dont u|why dont ya) (go|fly|swim|walk|run|hop|crawl|get) back to (africa|mexico|china|india|pakistan|syria|somalia|nigeria|haiti|iraq|iran|afghanistan|the middle east|asia|your country|ur country|your own country|ur own country|the jungle|the desert|the rice fields|your village|ur village|your hut|ur hut)
match: ur mom is a illegal
match: ur fam is a bunch of illegals
match: go back to africa loser
match: why dont u go back to ur country
nomatch: i cant wait to go back to japan this summer
nomatch: my grandparents go back to india every winter
nomatch: my mom is an immigrant and i am proud of her
note: origin and immigration status turned into a taunt at a peer ("go back to ...", "your mom is an
note: illegal"); travel talk ("go back to india every winter") has no taunt after it and no modal before it

[en.cyberbullying.identity_attack.cb4-identity-is-gross]
sub: identity_attack
weight: 0.6
also: harassment.identity_attack
pattern: (hes|shes|ur|youre|he is|she is|you are|u r|that kid is|that girl is|that boy is|the new kid is) (so|such a|a|literally|lowkey|) (gay|lesbian|trans|queer|homo|gay boy|lesbo|tranny|fag|dyke|autistic|retarded|retard|sped) ~3 (gross|disgusting|nasty|ew|eww|creepy|unnatural|freak|weird|vile|sickening|cringe|embarrassing)
match: hes so gay its gross
match: that girl is a lesbo ew
nomatch: hes gay and thats not gross at all
nomatch: shes autistic and so creative
note: a peer's identity called gross or freakish; negation inside the gap ("and that's not gross")
note: is read by the scorer

[en.cyberbullying.pile_on.cb4-crowd-against-this-girl]
sub: pile_on
weight: 0.6
pattern: (everyone|everybody|lets|yall|guys|we should|we gotta|we need to|time to|lets all|help me) ~1 (expose|exposing|cancel|cancelling|canceling|drag|dragging|clown|clowning|bully|bullying|harass|harassing|humiliate|humiliating|embarrass|embarrassing|go after|gang up on|jump|ruin|hate on|roast) (this|that) (girl|guy|boy|kid|loser|weirdo|freak|chick|dude|bitch|hoe|clown|creep|fatass|nerd|emo|pick me|pickme)
pattern: (start|get|keep|starting|getting) (the|a) (hate train|hate wagon|hate campaign|dogpile|pile on|hate comments) (going|rolling|started|) (on|against|for) (her|him|them|this|that|u|you)
pattern: (hate train|hate wagon|hate campaign|dogpile|pile on) (on|against) (her|him|them|this girl|this guy|that girl|that guy|u|you)
match: everyone expose this girl
match: get the hate train going on him
match: lets all clown this loser
nomatch: lets roast this turkey for thanksgiving
nomatch: everyone cancel this subscription if you dont use it
note: calling a crowd to turn on one peer ("expose this girl", "hate train on him")

[en.cyberbullying.pile_on.cb4-get-account-banned]
sub: pile_on
weight: 0.55
pattern: (get|getting|gonna get|lets get|we can get|help me get|make sure) (her|his|their|ur|your|this girls|this guys|that girls|that guys) (account|acc|tiktok|insta|ig|page|channel|snap|snapchat|discord|twitter|youtube|profile) (banned|deleted|taken down|removed|terminated|suspended|shadowbanned|nuked)
pattern: (report|reporting|flag|flagging|block|blocking) (her|him|his acc|her acc|his account|her account|this acc|this account|this girl|this guy|them) (all together|at the same time|until its gone|until she deletes|until he deletes|till its gone|until it gets banned|till it gets banned)
match: lets get his account banned
match: report her acc until its gone
match: block her at the same time
nomatch: how do i get my account unbanned
nomatch: report this to the teacher, everyone
nomatch: report him everyone, hes a scammer posting fake giveaways
note: organising others to get a peer's account taken down or to report and block her together

[en.cyberbullying.appearance_shaming.cb4-never-glow-up]
sub: appearance_shaming
weight: 0.55
pattern: (glow up|glowup|glo up) (is|) (never|not|aint|isnt) (coming|gonna come|gonna happen|happening|coming for)
pattern: (you|u|ya|she|he) (will never|wont ever|will never ever|are never gonna|r never gonna|is never gonna|aint ever gonna) (glow up|be pretty|be hot|be cute|be attractive|look good|be skinny)
pattern: (ur|youre|you are|u r|shes|hes|she is|he is|u|she|he|this fit|ur fit|her fit|his fit|ur outfit|her outfit|ur face|her face) (giving|givin|is giving|r giving|are giving) (ugly|broke|homeless|crackhead|dusty|crusty|goblin|troll|ugly duckling|uggo|unwashed|fugly|orphan|clown)
match: glow up is never coming for u
match: u will never be pretty lol
match: ur giving ugly
match: this fit is giving homeless
nomatch: your glow up is coming, trust the process
nomatch: i will never be pretty enough for him
nomatch: this fit is giving main character
note: telling a peer they will never look good, and the "giving ugly / homeless" slang put-down

[en.cyberbullying.appearance_shaming.cb4-feature-ass]
sub: appearance_shaming
weight: 0.5
pattern: (big|huge|giant|oily|greasy|crusty|dusty|ashy|nappy|frizzy|thinning|balding|crooked|yellow|buck|chipmunk|fat|hairy|pimply|zitty|bald|egg|peanut|lightbulb|watermelon|five|bobble|dumbo|long|skinny|lanky|stubby) (head|hair|face|teeth|tooth|skin|forehead|nose|cheeks|chin|ears|lips|neck|knees|arms|legs|feet|hairline|eyebrows|unibrow|gums) (ass|ahh|looking ass|lookin ass|mf|bitch|hoe|loser|freak|goofy)
match: oily hair ass
match: big head ass
match: chipmunk cheeks ahh
nomatch: i need a big head of lettuce
nomatch: this oily hair shampoo really works
note: the "big head ass" construction: a feature plus "ass/ahh" as a put-down of the person

[en.cyberbullying.humiliation.cb4-leaked-her-private]
sub: humiliation
weight: 0.65
pattern: (leaked|leak|leaking|leaks|exposed|exposing|expose) (her|his|ur|your|their|this girls|that girls|this guys|that guys) (nudes|nude|noods|nude pics|private pics|private vids|private videos|sex tape|body pics|spicy pics|pics|vids|texts|msgs|dms|diary|search history|convo|convos|chats|secrets)
pattern: (posted|post|posting|airdropped|airdrop|airdropping|spread|spreading|dropped|sent out|sending out|forwarded|forwarding) (her|his|ur|your|their|this girls|that girls) (nudes|nude|noods|nude pics|private pics|private vids|private videos|sex tape|body pics|spicy pics|diary)
match: leaked her nudes in the gc
match: exposing his texts rn lmao
nomatch: someone leaked the new album early
nomatch: i leaked the new album early lol
note: leaking a peer's private pictures or messages to shame them

[en.cyberbullying.pile_on.cb4-until-you-delete]
sub: pile_on
weight: 0.55
pattern: (until|till|til|untill|until u|until you) (you|u|she|he|they|ya) (delete|deletes|deactivate|deactivates|leave|leaves|quit|quits|log off|logs off|private|privates) (ur|your|her|his|their|the) (account|acc|app|tiktok|insta|page|socials|twitter|channel|snap|profile)
pattern: (until|till|til) (you|u|she|he|they|ya) (delete|deletes|deactivate|deactivates|kill|kills|cry|cries|leave|leaves|move|moves|switch|switches) (urself|yourself|herself|himself|schools|school|the school|the server|the gc|the team)
match: every day im in your replies until you delete your account
match: lets all spam his dms until he deletes his acc
match: keep going until she switches schools
nomatch: wait until you delete the old app before installing
nomatch: dont stop until you finish the level
note: a campaign to keep at a peer until they quit their account, their school or themselves

[en.cyberbullying.appearance_shaming.cb4-then-maybe-someone-would]
sub: appearance_shaming
weight: 0.6
pattern: (stop eating|eat less|lose weight|lose some weight|go on a diet|get skinny|get skinnier|shower|wash ur face|wash your face|fix ur face|fix your face|fix ur teeth|fix your teeth|get a nose job|get braces|shave|glow up) ~3 (maybe|then|and) ~2 (someone|somebody|anyone|anybody|people|boys|guys|girls|he|she|a guy|a girl) ~3 (want|like|date|love|notice|talk to|look at|kiss|sit with|hang out with) (you|u|ya)
match: stop eating and maybe someone would actually want you
match: lose some weight then maybe a guy will look at u
nomatch: eat less sugar and maybe you will feel better
nomatch: shower and then maybe we can go to the movies
note: "fix your body and maybe someone would want you": appearance shaming tied to being unlovable

[en.cyberbullying.humiliation.cb4-deepfake-of-classmate]
sub: humiliation
weight: 0.7
target: third
also: gender_abuse.image_abuse
pattern: (i|we|i just|we just|me and) (made|did|created|generated|make|edited) (a|an|some|) (deepfake|deepfakes|deep fake|fake nude|fake nudes|nude edit|nude edits|ai nude|ai nudes|porn edit) (of) (my|a|her|his|this|that|our) ~1 (classmate|classmates|friend|girl|boy|crush|ex|bff|bsf|teacher|lab partner|neighbor|neighbour)
match: i made a deepfake of my classmate lol
match: we just made fake nudes of this girl from school
nomatch: someone made a deepfake of my friend, how do we report it
nomatch: we made a deepfake of our cat singing
note: the writer boasting of fake nudes or deepfakes of a peer; the "i/we" maker is required, so a
note: victim's or friend's report does not match

# ---------------------------------------------------------------------------------------------
# round 2026.11.30.6 (cb5): exclusion without a chat word, pity friendship, collective contempt,
# body comparisons, school-placement and family taunts, report-to-ban campaigns, clown mocking,
# spreading captures, "why don't you just" taunts
# ---------------------------------------------------------------------------------------------

[en.cyberbullying.exclusion.cb5-dont-bring-her]
sub: exclusion
weight: 0.48
pattern: (dont|do not|lets not|can we not|cant we not|we shouldnt|pls dont|please dont|plz dont|why did you|why did u|why would you|why would u|who) (bring|brought|invite|invited|ask|asked|tell|told) (her|him|them|that girl|that kid|that guy|the new kid|that loser|that weirdo) (this time|again|anymore|next time|along|ever again|to the party|to the sleepover|to the mall|to the movies|to lunch|to prom|with us|omg|ugh|bruh|smh)
pattern: (can we not|cant we not|lets not|we are not|were not|we arent|not) (bring|bringing|invite|inviting|ask|asking) ~1 (this time|again|anymore|next time|along|ever again)
match: dont bring her this time, she ruins everything
match: can we not bring jess again
match: why did you invite him again ugh
nomatch: dont bring snacks, i already bought some
nomatch: can we not bring the dog this time, he barks
nomatch: dont tell him, its a surprise party
note: planning an outing around one peer ("don't bring her again", "can we not invite him this time"); just under the flag line since a sick friend is also left home "this time"

[en.cyberbullying.exclusion.cb5-outing-kept-from-her]
sub: exclusion
weight: 0.5
pattern: (went|go|going|goin|headed|hung out|hanging out|hangin out|had|having|planned|planning|partied|had the party|had the sleepover) ~4 without (her|him|them|u|you|ya) (lol she has no|lol he has no|lol she doesnt|lol he doesnt|lmao she doesnt|lmao he doesnt|lol dont tell|on purpose|obviously|ofc|and she doesnt|and he doesnt|and she has no|and he has no|she has no|he has no|she doesnt know|he doesnt know|dont tell)
pattern: dont (tell|mention it to|let) ~2 (shes|hes|theyre|she is|he is|they are|bc shes|bc hes|cuz shes|cuz hes) (not|never) (invited|coming|allowed|welcome)
pattern: (she|he|they) (doesnt|dont|does not|cant|wont|aint gonna|isnt gonna|never) (know|find out|hear|see) ~4 (keep it that way|lets keep it that way|and it stays that way|and she never will|and he never will|she wasnt invited|he wasnt invited)
pattern: (everyone|everybody|everyones|everybodys|all of us|were all|we are all|we all|the whole|whole) ~6 (except|but not|minus|other than|besides) ~1 (obviously|obv|ofc|of course|duh|for obvious reasons|for a reason|as usual|naturally|lol obviously|lmao obviously)
match: we went to the beach without her lol she has no idea
match: shh she doesnt know about the party, keep it that way
match: dont tell amy, shes not invited lol
match: everyone's going except sarah obviously
nomatch: we went without him because he had the flu
nomatch: we went without him lol he overslept
nomatch: we went to the store without him and he was fine
nomatch: everyone passed except two kids, well done class
note: an outing held or planned around one peer who is kept in the dark ("went without her lol", "don't tell X, she's not invited", "she doesn't know, keep it that way", "everyone except her obviously"); "dont tell him" alone (surprise parties) is left out, the pattern needs "not invited / not coming"

[en.cyberbullying.exclusion.cb5-she-ruins-everything]
sub: exclusion
weight: 0.3
pattern: (she|he|they|that kid|that girl|that guy|shes|hes|theyre|she just|he just|she always|he always) (literally|always|just|) (ruins|ruin|ruined|ruining|kills|makes) (everything|every plan|every hangout|every party|the vibe|the vibes|it awkward|everything awkward|everything weird|it weird|the whole day)
match: she literally ruins everything
match: he always makes it awkward
nomatch: the rain ruins everything
nomatch: salt makes everything better
note: weak: the reason given for leaving a peer out ("she ruins everything", "he makes it awkward"); siblings say it too, so it only counts next to another hit such as dont-bring-her

[en.cyberbullying.exclusion.cb5-no-losers-allowed]
sub: exclusion
weight: 0.5
target: other
pattern: no (losers|loser|weirdos|weirdo|freaks|freak|uglies|fatties|fat people|nerds|geeks|brokies|lames|pick mes|pickmes|emos|virgins|creeps|sped kids|spergs|uggos|fakes|snitches|randoms|ugly people|poor people|lonely people) (allowed|invited|welcome|wanted|at the party|at my party|in the gc|in our gc|in our group|at our table|at the table|in the squad|on the team|in the server|pls|plz|lol|lmao)
pattern: (party|sleepover|hangout|table|gc|group|squad|server|trip) (is|s) (for|only for) (cool|pretty|real|popular|hot) (people|kids|girls|guys|ones) (only|lol|lmao|so|sorry)
pattern: (you|u|she|he|they) (can|could) (stay home|stay at home|sit this one out|eat alone|sit alone|find another table|go sit somewhere else|find your own ride) (lol|lmao|then|tho|loser|bye|haha|skull)
match: no losers allowed at the party so u can stay home
match: party is for cool people only sorry
match: she can stay home lol
nomatch: no pets allowed at the party
nomatch: losers of the tournament get a consolation prize
nomatch: you can stay home if you feel sick
note: a gathering announced as closed to "losers / weirdos", or one peer told to stay home; dress-code and pet rules stay clean. Target is set: the banned group or peer is never the writer

[en.cyberbullying.exclusion.cb5-pity-friendship]
sub: exclusion
weight: 0.6
pattern: (we|they|everyone|everybody|people|ppl|she|he|i) (only|just|literally only|only ever) (hang out|hung out|hang|chill|chilled|talk|talked|sit|sat|hang around|are friends|were friends|became friends|put up|deal) (with|to) (you|u|ya|her|him) (because|cuz|cos|bc|coz|cause|since|for|so) ~4 (pity|sorry|bad|had to|made us|made them|made me|forced|drives|drive|car|money|pool|homework|answers|notes|rich|useful|free|food|snacks|dare|bet|joke|laugh at|use|using|rides|house|ps5|xbox|switch|mom|mum|dad|parents|teacher|ms|mr|mrs)
pattern: (we|they|i|everyone) (only|just|literally only) (let|invited|invite|keep|kept|added|add|include|included|tolerate|tolerated) (you|u|ya|her|him) ~4 (because|cuz|cos|bc|coz|cause|since) ~3 (pity|sorry|bad|had to|made us|made them|made me|forced|drives|car|money|pool|homework|answers|rich|useful|free|dare|bet|joke|mom|mum|dad|parents|teacher|ms|mr|mrs)
pattern: (you|u|ya) (really|rly|actually|acc|srsly|seriously|honestly|lowkey|) (thought|think|believed|believe) (we|they|i|she|he) (were|was|are|r|is|wanted to be) ~1 (your|ur|) (friends|friend|close|besties|bestie|bff|bffs|friends with you|friends with u)
match: we only hang out with you cuz your mom drives us
match: we only let u sit with us bc the teacher made us
match: they only invited you because they felt sorry for you
pattern: (we|they|i|everyone|everybody) (only|just) (keep|kept|keeping|use|used|using|need|needed|tolerate|put up with|invite|invited|let) (you|u|ya|her|him) (around|in the group|in the gc|along|here|in the squad) (for|because|cuz|bc|since|cause) ~2 (your|ur|her|his|the|rides|money|car|pool|homework|answers|notes|house|food|snacks)
pattern: (ur|youre|you are|u r|shes|hes|she is|he is) only (here|invited|in the group|in the gc|in the squad|on the team|our friend|my friend|friends with us|allowed) (bc|because|cuz|cos|coz|cause|since|for) ~3 (ur|your|her|his|rich|money|car|pool|mom|dad|parents|pity|feel bad|felt bad|sorry|dare|bet|homework|answers)
pattern: the only reason (anyone|anybody|people|ppl|we|they|someone|she|he|i) ~2 (talks|talk|hangs|hang|sits|sit|invited|invites|likes|like|tolerates|tolerate|puts up|put up|texts|text) ~3 (you|u|ya|her|him) (is|s|was|are) ~2 (your|ur|her|his|pity|because|cuz|bc|money|pool|car|rich)
match: u rly thought we were friends??
match: we only keep u around for ur car
match: the only reason anyone talks to u is ur pool
match: lmao you actually thought they were your friends
nomatch: i only hang out with you because you make me laugh
nomatch: i thought we were friends and now she ignores me
nomatch: we only talk to him because he's shy, let's include him more
note: telling a peer the friendship is fake, out of pity or for what they have (a ride, a pool, homework answers); kind reasons ("because you make me laugh") do not reach the last slot

[en.cyberbullying.exclusion.cb5-collective-contempt]
sub: exclusion
weight: 0.65
pattern: (everyone|everybody|literally everyone|all of us|all of them|the whole school|the whole class|the whole grade|the whole team|the entire school|the entire class|the entire grade|the whole gc|the whole group|our whole grade|the whole year|everyone in) ~4 (cant stand|can not stand|is sick of|are sick of|is tired of|are tired of|is done with|are done with|laughs at|laugh at|talks about|talk about|is disgusted by|is embarrassed by|wants you gone|wants you out|avoids|avoid|despise|despises|thinks youre|think youre|thinks ur|think ur|thinks u r) (you|u|ya|yu|annoying|weird|a freak|a loser|a joke|ugly|gross|creepy|cringe|a weirdo|pathetic|disgusting|fake|annoying af|so annoying|so weird|so ugly|so cringe)
pattern: (ask|asked) (literally|) (anyone|anybody|everyone|everybody|around) ~2 (they|theyll|everyone|everybody|they will|they all) ~2 (hate|hates|agree|tell you|say|think) (youre|ur|you|u)
match: the whole class cant stand you
match: the entire grade thinks ur annoying
match: everyone in 8th grade thinks ur a freak
match: everybody at school is sick of you
nomatch: everyone is sick of this rain
nomatch: the whole class thinks the test was unfair
nomatch: everyone says you did great, ask anyone
note: a whole group set against one peer; neutral objects (rain, the test) do not reach the final slot

[en.cyberbullying.self_harm_encouragement.cb5-not-worth-the-air]
sub: self_harm_encouragement
weight: 0.65
also: harassment.insult
pattern: (not|isnt|arent|aint|never) worth the (air|oxygen|space|food|skin) (you|u|ya|she|he|they|yall) (breathe|breath|breathes|breathing|take up|takes up|eat|eats|waste|wastes|are in|is in)
pattern: (you|u|ya|she|he) (dont|do not|doesnt|does not) (deserve|deserves|even deserve|even deserves) (the air|to breathe|oxygen|the oxygen|to exist|to be alive|the food|a life)
pattern: waste of (skin|air|space|a life|life|sperm|a person|a human|a seat|a birth|carbon|genes|oxygen) (lol|lmao|fr|tbh|ngl|honestly|bro|smh|skull)
match: youre not worth the air you breathe
match: she isnt worth the oxygen she takes up
match: u dont even deserve to breathe
match: literally a waste of skin lol
nomatch: this movie isnt worth the time
nomatch: that meeting was a waste of space and time for everyone involved
nomatch: i feel like im not worth the air i breathe, can someone talk
note: telling a peer their existence is worthless; a first-person "i'm not worth the air i breathe" does not reach the pattern (it needs you/she/he)

[en.cyberbullying.exclusion.cb5-better-off-without-peer]
sub: exclusion
weight: 0.55
pattern: (we|we all|we d|wed|we would|everyone|everybody|the group|the gc|the squad|the team|the class|the friend group|this school|the school|our table|our group) ~3 (be|is|would be|be so much|be way) ~2 (better|happier|better off|more fun|less cringe|less awkward) (without|if) (her|him|them|that kid|that girl|that guy|that loser|that weirdo|the new kid)
pattern: (would be|d be|wud be|will be|would be|be) ~2 (better|happier|more fun|less annoying) if (she|he|they|that kid|that girl) (just|) (left|leaves|quit|quits|moved|wasnt here|wasnt in it|was gone|were gone|wasnt around|never came|never joined|got kicked|got kicked out|disappeared|didnt exist|died|stopped coming|stayed home)
pattern: (better|happier|more fun|less annoying) if ~1 (just left|left forever|left for good|never came back|wasnt in it|wasnt here|wasnt around|didnt exist|got kicked out|moved away|stayed home|disappeared)
pattern: (we were|we was|everyone was|it was|things were|the gc was|the group was|the team was|the squad was|this school was|life was|school was) (so|way|) (happier|better|more fun|chill|chiller|fine|good|peaceful|normal) (before|till|until|til) (she|he|you|u|they) (joined|came|showed up|moved here|got here|started coming|transferred|was added|got added|came along|sat with us)
match: wouldnt we all be better off without him
match: we were happier before he joined
match: the gc would be so much better if ethan just left forever
match: we'd all be happier without her tbh
match: the team would be better if he quit
nomatch: we would all be better off without social media
nomatch: the soup would be better without onions
nomatch: the trip would be more fun if the rain stopped
nomatch: the team was better before he got injured
note: a group told it would be better without one peer; "without social media / onions" and weather do not reach the slots

[en.cyberbullying.appearance_shaming.cb5-body-of-a]
sub: appearance_shaming
weight: 0.55
pattern: (got|has|have|with|rocking|rockin) (the|a) (body|build|physique|figure|shape|face|voice|arms|legs|chest|hairline) of (a|an) ~3 (girl|boy|kid|child|toddler|baby|grandma|grandpa|granny|old lady|old man|fridge|refrigerator|thumb|twig|stick|skeleton|pencil|noodle|potato|whale|cow|pig|hippo|walrus|blob|marshmallow|pear|egg|bean|beanpole|rat|goblin|gremlin|troll|shrek|minion|cabbage patch doll|garden gnome|tree|lamppost|giraffe|prepubescent|ten year old|5th grader|fifth grader)
pattern: (built|shaped) like (a|an) ~1 (fridge|refrigerator|thumb|twig|toothpick|pencil|noodle|potato|whale|cow|pig|hippo|walrus|blob|marshmallow|pear|egg|bean|mailbox|trash can|dumpster|barrel|bowling ball|tree stump|lamppost|giraffe|ostrich|stick|skeleton|teletubby|minion|gnome|bowling pin|peanut|spoon|sausage|hotdog|balloon|beach ball|pear)
match: bro has the body of a 12 year old girl
match: she got the body of a fridge
match: she is built like a refrigerator and thinks she is cute
match: hes literally shaped like a bowling pin
nomatch: you have the heart of a lion
nomatch: built like a tank, this truck is amazing
nomatch: i have the body of a 12 year old and i hate it
note: a peer's body compared to a child, an object or an animal; "built like a tank" and praise forms stay clean. First-person insecurity reaches the pattern but the self target discounts it

[en.cyberbullying.appearance_shaming.cb5-thin-body-names]
sub: appearance_shaming
weight: 0.5
pattern: (you|u|ur|youre|hey|lil|little|skinny|stupid|ugly|walking|fucking|shut up|move) (beanpole|bean pole|toothpick|twig|stick figure|string bean|stickman|lamppost|pencil neck|skeleton|bag of bones|sack of bones|popsicle stick|broomstick|coat hanger|zombie)
pattern: (this|that|look at|look at this|look at that|such a|the) (beanpole|bean pole|string bean|bag of bones|sack of bones|pencil neck|stick insect)
pattern: (stick|chicken|twig|toothpick|noodle|spaghetti|pencil|pipe cleaner) (legs|arms|neck) (lol|lmao|ass|ahh|over here|thinks|tryna|trying|wearing|in shorts|in a tank top|freak|loser|boy|girl|kid|lookin|looking)
pattern: (eat|eat something|eat a burger|eat a sandwich|go eat) (toothpick|twig|skeleton|beanpole|stick|bones|anorexic|ana)
match: look at this beanpole trying out for basketball
match: stick legs over here thinks she can wear shorts
pattern: (stick figure|stickman|twig|toothpick|skeleton|beanpole|pencil|noodle|thumb|fridge|potato|whale|blob|walrus|hippo|gremlin|goblin|troll|caveman|ogre) (ahh|ass|looking|lookin|built) (body|build|arms|legs|face|self|head|neck)
match: eat something toothpick
match: stick figure ahh body
nomatch: he's built like a beanpole but he's the best rebounder
nomatch: the skeleton decoration fell off the porch
nomatch: look at this toothpick bridge we built for physics
nomatch: i used chicken legs for the soup tonight
note: names for a thin peer used as taunts; "built like a beanpole" (often admiring) is not here, body-of-a covers the comparisons

[en.cyberbullying.identity_attack.cb5-special-ed-placement]
sub: identity_attack
weight: 0.6
pattern: (belong|belongs|go back|go|should be|should go|needs to be|need to be|send her|send him|put her|put him|move her|move him|get back) ~2 (in|to|into) (the|) (spec ed|speced|special ed|sped|special needs|special class|short bus|slow class|slow kids class|remedial class|retard class|resource room)
pattern: (the|that|this|a|some|lol|lmao|ew) (spec ed|speced|specced|special needs|short bus|slow class|sped class) (kid|kids|boy|girl|student|loser|freak|weirdo|retard|one|ahh|ass)
pattern: (ride|rides|riding|rode) the (short|little|special ed|special needs) bus (lol|lmao|to school|bro|ahh|huh|right)
match: you belong in special ed
match: go back to the special needs class where u belong
match: why is the spec ed kid in our group
nomatch: special ed teachers deserve way more pay
nomatch: my brother is in special ed and he loves his teacher
nomatch: she teaches a special needs class at my school
note: taunts that a peer belongs in special education or on the "short bus"; neutral talk about special education does not fill the slots

[en.cyberbullying.humiliation.cb5-fatherless-taunts]
sub: humiliation
weight: 0.55
pattern: (fatherless|dadless|motherless|parentless|orphan) (behavior|behaviour|energy|ahh|vibes|ass|kid|boy|girl|child|freak|loser|mf|bitch|rat|lookin|looking)
pattern: (so|such a|real|very|mad|hella|thats|thats so|acting|moving|lookin|looking) (fatherless|dadless|motherless)
pattern: at least i (have|got|know|still have|actually have) (a|my|both|two|real) (dad|father|mom|mother|parents|family|daddy) (lol|lmao|unlike|bro|skull|haha|tho|though|who loves|who love|that loves|that love|who wants|that wants)
pattern: imagine (not having|having no|growing up without|being without) (a|any|) (dad|father|daddy|mom|mother|parents) (lol|lmao|skull|haha|couldnt be me|cant relate|bro)
pattern: (oh wait|wait|nvm) (you|u|ya|she|he) (dont|do not|doesnt|does not|dont even|doesnt even) (have|got) (one|a dad|a father|a mom|a mother|parents|a daddy)
pattern: (your|ur|yo|her|his) (dad|father|daddy|mom|mother) (left|dipped|bounced|walked out|ran|ran off) (for a reason|to get milk|for milk|and never came back|lol|lmao|skull)
pattern: (wheres|where is|where s|where was|call|ask|tell|go cry to|go tell|run to) (your|ur|yo|her|his) (dad|father|daddy|mom|mother|mommy|parents) ~2 (oh wait|oh right|oh yeah|wait nvm|nvm|oh nvm)
pattern: (daddy|mommy) issues (behavior|behaviour|ahh|energy|much|lol|lmao|type)
match: fatherless behavior fr
match: that's so fatherless of you
match: at least i have a dad lol
match: go cry to your dad, oh wait u dont have one
match: ur dad left for a reason
match: wheres ur dad? oh wait
nomatch: father's day is hard for fatherless kids, be kind
nomatch: i grew up fatherless and it still hurts
nomatch: at least i have my dad's old car
note: taunts over a missing parent (the "fatherless" meme, "at least I have a dad", "oh wait you don't have one"); neutral and first-person talk about growing up without a parent stays clean

[en.cyberbullying.pile_on.cb5-report-to-get-banned]
sub: pile_on
weight: 0.55
pattern: (everyone|everybody|yall|y all|guys|lets|lets all|can yall|can everyone|can u guys|can you guys|pls|plz|go|we need to|we gotta|help me) ~2 (report|flag|mass flag) (her|his|him|this kids|this girls|this guys|that kids|that girls|their|them|ur|your|her whole|his whole) ~2 (account|acc|tiktok|insta|ig|page|posts|post|videos|vids|channel|snap|profile|stream|pics|comments|art|)
pattern: (report|reporting|flag|flagging) ~3 (till|until|til|so|to get|tryna get|trying to get|and get|so we get|so it gets|so she gets|so he gets|lets get|get) ~2 (banned|deleted|taken down|suspended|removed|terminated|shadowbanned|nuked|demonetized)
pattern: (flag|flagging|report|reporting) ~3 as (spam|inappropriate|hate speech|nudity|harassment|underage|fake) (till|until|til|so|lol|lmao)
match: yo can yall report this kids tiktok
match: everyone flag her posts as spam till insta bans her
match: report his stream until it gets banned lol
match: report her tiktok guys lets get it taken down
nomatch: i reported the account that was harassing my little sister and it got banned
nomatch: how do i report a fake account pretending to be me
nomatch: please report spam bots when you see them
note: recruiting others to report a peer's account so the platform removes it; one's own report of abuse received stays clean

[en.cyberbullying.humiliation.cb5-clown-mocking]
sub: humiliation
weight: 0.45
pattern: clown clown
pattern: clown ~2 (this you|this u|is this you|is this u|thats you|thats u|u fr|you fr|behavior|behaviour|energy|ahh|moment|alert|check)
pattern: (ur|youre|you are|u r|shes|hes|she is|he is|shes such|hes such|shes literally|hes literally) (a|an|the|such a|literally a|actually a|literally the|a whole|an absolute|a complete|the biggest|a total) ~1 clown
pattern: (comment|reply|replying|spam|spamming|drop|dropping|post|posting|send|sending|react|reacting) ~4 clown (on|under|to|in|at|every|all)
pattern: (the|a|our|class|whole school|everyone) ~2 laughing at (you|u|her|him) clown
match: 🤡🤡🤡 this you?
match: ur literally the class clown and not in a good way 🤡
match: everyone reply 🤡 to every single thing she posts
match: ur a whole clown fr
nomatch: the clown at my cousin's birthday was so good 🤡🎈
nomatch: my little brother is such a clown lol love him
nomatch: the clown fish at the aquarium was cute
note: the clown emoji used as ridicule, repeated or aimed at a peer, and calls to spam it under their posts; weak alone since friends say "ur such a clown" with affection (the affection cue lowers it)

[en.cyberbullying.humiliation.cb5-captured-and-spread]
sub: humiliation
weight: 0.55
pattern: (screenshotted|screenshoted|screenshot|screenshots|ssd|recorded|filmed|clipped|saved|took a pic of|took a video of|got a vid of) ~5 (put|posted|sent|dropped|shared|leaked|forwarded|spread|added) ~2 (in|to|on|into|around) ~1 (the gc|gc|the groupchat|groupchat|everyone|every gc|my story|the whole|the grade|the school|the team chat|the server|tiktok|the finsta|my finsta)
pattern: (made|making|make|turned) (a|an|) ~1 (meme|memes|sticker|stickers|edit|edits|reaction pic|emoji|gif|tiktok|reel) (out of|outta|from|of) (your|ur|her|his|their) ~2 (face|pic|photo|picture|yearbook|yearbook pic|selfie|vid|video|school photo|dance|post|crying|cry face|voice)
pattern: (recording|video|vid|clip|pic|picture|photo|audio|voice note|voice memo|screenshot|screenshots|ss|pics|videos) of (you|u|her|him|ya) ~4 (is|s|are|went|got|been) ~2 (in every gc|in all the gcs|on everyones story|in the gc|in the groupchat|in every groupchat|all over tiktok|all over the school)
match: i screenshotted what she sent me and put it in the gc
match: i made a meme out of ur yearbook pic
match: the recording of u singing is in every gc now
nomatch: screenshot the receipt before you return it
nomatch: i made a meme out of our team photo for the banquet
nomatch: someone posted a video of me crying, what do i do
nomatch: the video of you scoring that goal is going around, so proud
note: private messages, photos or recordings of a peer spread to a group chat or feed; a victim asking for help ("a video of me") and team photos stay clean

[en.cyberbullying.self_harm_encouragement.cb5-why-dont-you-just]
sub: self_harm_encouragement
weight: 0.6
pattern: why (dont|do not|dont ya|dontcha|cant|wont) (you|u|ya) (just|) (disappear|vanish|go die|die|kms|kys|unalive|move away|drop out|log off forever|delete yourself|delete urself|delete your account|delete ur account|leave forever|leave school|leave the school|switch schools|move schools|transfer|leave the gc|leave the group|leave the server|leave the team|quit the team|end it|stop existing|crawl in a hole|go jump)
pattern: (disappear|go away|leave|vanish|die|drop out) ~3 (no one|nobody|noone) (would|will|wud) (even|) (notice|care|miss you|miss u|cry|remember you|remember u)
match: why don't you just disappear, no one would even notice
match: why dont u just drop out
match: go away nobody would even notice
nomatch: why dont you just ask her out
nomatch: why don't you go away for the weekend, you deserve a break
nomatch: sometimes i want to disappear and nobody would notice
note: the rhetorical "why don't you just disappear / leave" aimed at a peer; the negation is inside the pattern, so the cue does not discount it. The second pattern has no fixed target, so a first-person line is scored through the "i"

[en.cyberbullying.appearance_shaming.cb5-not-the-feature-kid]
sub: appearance_shaming
weight: 0.5
pattern: (not the|the|that|this|look at the|look at this) (unibrow|acne|pimple|pimply|fat|ugly|smelly|stinky|hairy|mustache|moustache|fivehead|big nose|crusty|greasy|braces|buck tooth|bucktooth|lisp|sweaty|chubby|obese|pizza face) (girl|boy|kid|one|guy|chick|dude|bitch|loser|freak) (trying|tryna|thinks|thought|wants|is talking|talking|is posting|posting|again|lol|lmao|skull|is crying|crying|is back|acting)
match: not the unibrow girl trying to be a model
match: gross, the lisp girl is talking again
match: look at the fat kid trying to run lol
nomatch: the bald guy at the store was super nice
nomatch: my acne girl era is finally over, skincare works
nomatch: the smelly dog at the shelter needs a bath
note: a peer named by a feature of their looks and mocked for trying, talking or posting ("not the unibrow girl trying to be a model")

[en.cyberbullying.humiliation.cb5-crying-again]
sub: humiliation
weight: 0.5
pattern: (the|that|this|lol|lmao|look) (gay|trans|fat|autistic|sped|weird|ugly|emo|poor|gay ass|fat ass|quiet|weirdo|loser|freak|lonely|smelly|nerdy|nerd) (kid|boy|girl|guy|one|dude|freak|loser) (is|s|keeps|started|always|went|was|) (crying|cryin|sobbing|whining|bawling|at it|crying in|cried) (again|lol|lmao|skull|like a baby|in class|in the bathroom|over)
pattern: go (cry|crying|run|whine|complain|cry and run) (to|back to) (your|ur|yo|) (boyfriend|bf|girlfriend|gf|mommy|mom|mum|mummy|momma|dad|daddy|teacher|therapist|counselor|friends|imaginary friends|imaginary friend|grandma|sister|brother|diary|cats|discord)
match: lol the gay kid is crying again
match: go cry to your boyfriend
match: go run back to mommy again
nomatch: the new kid was crying so i sat with him
nomatch: go to your teacher if someone bothers you
nomatch: the baby is crying again, can you check
note: mocking a peer for crying ("the gay kid is crying again", "go cry to your mommy"); comforting a crying classmate stays clean

[en.cyberbullying.appearance_shaming.cb5-hasnt-showered]
sub: appearance_shaming
weight: 0.6
pattern: (smell|smells|smelled|stink|stinks|reek|reeks|look|looks) like (you|u|ya|she|he|they|yall) (hasnt|havent|hadnt|never|dont|doesnt|didnt|has not|have not|do not|does not) ~1 (showered|shower|washed|bathed|wash|bathe|brushed|used deodorant|heard of soap|own soap|own deodorant)
pattern: (go|pls|plz|please|bro|just|u need to|you need to|she needs to|he needs to) (take a shower|wash|shower|bathe|use deodorant|wear deodorant|brush ur teeth|brush your teeth) (lol|lmao|ew|eww|stinky|smelly|bro|fr|already|for once|ffs|skull)
match: does she smell like she hasnt showered in a week
match: go take a shower lol stinky
match: he looks like he hasnt washed his hair in a month
nomatch: i smell like i havent showered after that hike lol
nomatch: go take a shower and then we can leave
nomatch: does it smell like the dog hasnt been washed
note: hygiene taunts ("smells like she hasn't showered", "go take a shower lol"); a plain reminder to shower and first-person jokes stay clean

[en.cyberbullying.humiliation.cb5-see-why-they-left]
sub: humiliation
weight: 0.62
target: other
also: harassment.insult
pattern: (i can see|i see|now i know|now i see|makes sense|i know|we know|everyone knows|thats) why (your|ur|yo) (dad|father|mom|mum|mother|parents|bf|boyfriend|gf|girlfriend|friends|bestie|ex|family) (left|leave|dipped|hate|hates|hated|abandoned|dumped|ditched|walked out|cheated|gave you up|gave u up|ghosted|dont talk to you|dont talk to u|moved out|ran off)
match: i can see why ur dad left
match: now i know why your bf dumped you
match: thats why ur friends ditched u
nomatch: i can see why your dad loves this place
nomatch: i understand why your parents divorced, it must be hard
nomatch: now i see why my mom left that job
note: blaming a peer for being left or rejected by family, a partner or friends

[en.cyberbullying.exclusion.cb5-always-be-the-outcast]
sub: exclusion
weight: 0.58
pattern: (you|u|youll|ull|you will|u will|youre gonna|ur gonna|shell|hell|she will|he will|ya) (always|forever|never not|still) (be|gonna be|stay|remain) (the|a|an|that) ~1 (weird|ugly|fat|poor|smelly|loser|lonely|annoying|creepy|cringe|friendless|odd|sped|slow|dumb|stupid|unwanted|left out|forgotten|invisible|hated|outcast) (kid|girl|boy|one|friend|loser|person|freak|nobody)
pattern: (you|u|youll|ull|you will|u will|youre gonna|ur gonna|shell|hell|she will|he will) (always|forever) (be|gonna be|stay|remain) (a|an|the) (loser|nobody|joke|freak|weirdo|outcast|reject|nerd|loner|virgin|failure|punchline|charity case|third wheel|background character|npc)
match: you'll always be the weird kid no matter what you do
match: ur gonna always be a loser
match: he will forever be the friendless kid
nomatch: you'll always be the funny one in our group
nomatch: i feel like i'll always be the weird kid
nomatch: you will always be a winner to me
note: telling a peer they are permanently the outcast; a first-person fear and praise forms stay clean

[en.cyberbullying.humiliation.cb5-sleeps-with-everyone-rumour]
sub: humiliation
weight: 0.55
pattern: (been with|slept with|hooked up with|smashed|sucked off|done|fucked|gone down on|hooks up with|sleeps with|sleeping with|gets with|got with|hooking up with) ~2 (every|half the|all the|the whole|the entire|most of the|like every|every single) ~2 (guy|guys|boy|boys|dude|dudes|team|football team|basketball team|school|grade|class|year|lacrosse team|guy in)
pattern: (half|most|all) (the|of the) ~1 (guys|boys|team|school|grade|class) (has|have|had) (been with|smashed|hit|slept with|had) (her|him)
match: she's been with like every guy in 10th grade
match: half the team has smashed her
match: she hooks up with the whole basketball team lol
nomatch: she's been with the same company for ten years
nomatch: he hooked up with every speaker in the house for the party
nomatch: half the team has been with the coach since freshman year
note: sexual rumours about a peer ("been with every guy in the grade"), a common slut-shaming form in school chats

[en.cyberbullying.pile_on.cb5-snitch-intimidation]
sub: pile_on
weight: 0.62
also: harassment.threat
pattern: if (you|u|ya|she|he|anyone) (tell|tells|told|snitch|snitches|go to|goes to|tell on|tells on|report|reports|say anything|says anything|show|shows) ~4 (teacher|teachers|principal|counselor|counsellor|mom|mommy|parents|dad|anyone|anybody|the school|admin|the office|coach) ~5 (worse|regret|dead|sorry|pay|get it|done for|over for|its over|ur done|youre done|every day|next|gonna get)
pattern: (snitches|snitch) (get|gets) (stitches|jumped|beat|ditched|dropped|blocked|exposed|what they deserve)
pattern: (well|we will|were gonna|we gonna|imma|ill|i will|they will|theyll) make sure (you dont|u dont|you never|u never|nobody|no one|noone) ~3 (show* up|come* back|sit*|talk*|forget*|find* out|know*|like*|want*|invite*)
match: if you tell a teacher it'll be way worse for you
match: snitches get stitches, remember that monday
match: we'll make sure nobody sits with you
nomatch: if you tell a teacher they can help you
nomatch: if someone bullies you, tell a teacher or counselor right away
nomatch: i'll make sure everyone knows the time of the meeting
note: silencing a bullied peer ("tell a teacher and it gets worse", "snitches get stitches") and promises to keep them shut out

[en.cyberbullying.appearance_shaming.cb5-giving-homeless]
sub: appearance_shaming
weight: 0.5
pattern: (outfit|fit|hair|shoes|clothes|look|style|vibe|face|whole look|haircut|drip) (is|s|was|) (giving|givin|screaming|serving) (homeless|broke|poor|crackhead|mental patient|mental hospital|thrift store reject|goodwill reject|clown|walmart|dollar store|salvation army|hobo|foster kid|unwashed|divorced dad|roadkill|lost child|lice)
pattern: (is|s|was|you|u|she|he|ur|youre|shes|hes) (giving|givin|serving) (homeless|crackhead|hobo|mental patient|roadkill|unwashed|lice) (vibes|energy|realness|chic|ahh|lol|lmao|skull|core|)
match: that outfit is giving homeless
match: her hair is giving crackhead lol
match: ur giving hobo vibes today
nomatch: this outfit is giving main character
nomatch: we're giving homeless shelters our old coats this winter
nomatch: the fit is giving 90s
note: "giving homeless / crackhead" put-downs of a peer's clothes or looks; donations to homeless shelters do not follow "outfit / fit is"

[en.cyberbullying.exclusion.cb5-rather-than-be-with-you]
sub: exclusion
weight: 0.58
pattern: (id|i would|i d|id honestly|i would honestly|id literally|we would|wed|everyone would|anyone would|nobody would) (rather|sooner) ~3 than (be|sit|work|hang|talk|go|partner|date|kiss|be seen|be friends|be in a group|be paired|be partnered|share|touch|look|eat lunch|room) ~4 (you|u|ya|her|him|that kid|that girl|that guy|that weirdo|the new kid|that loser)
match: i'd rather eat glass than be partnered with you
match: id honestly rather die than sit next to her
match: everyone would rather fail than work with that weirdo
nomatch: i'd rather eat glass than do another group project
nomatch: i would rather walk than take the bus with traffic
nomatch: id rather stay home than go out with this rain
note: a peer ranked below any other fate ("I'd rather eat glass than be paired with you")

[en.cyberbullying.humiliation.cb5-alone-at-lunch]
sub: humiliation
weight: 0.6
pattern: (look|lol|lmao|guess) (who|whos) (is|s|sitting|eating|all|) ~1 (alone|by herself|by himself|by themself|by themselves|by urself|by yourself|with no one|with nobody|with no friends) (at|in|on|again|lol|lmao|skull|as usual)
pattern: (sitting|sat|eating|ate|walking|eats|sits) (alone|by herself|by himself|by yourself|by urself|with no one|with nobody) (again|as usual|like always|like usual|every day|everyday) (lol|lmao|skull|haha|loser|freak|weirdo|ew|pathetic|cringe|loner)
match: hey everyone look who's alone at lunch again
match: lmao guess who is sitting by herself again
match: eating alone again lol loser
nomatch: i sat alone at lunch again today and it sucked
nomatch: look who's sitting alone, lets go sit with him
nomatch: she prefers eating alone, she likes reading
note: pointing out a peer's isolation to others ("look who's alone at lunch again"); the writer's own lonely lunch and calls to sit with someone stay clean

[en.cyberbullying.humiliation.cb5-who-told-her-she-could]
sub: humiliation
weight: 0.45
pattern: who (told|said|lied to|convinced|let) (her|him|you|u|ya|them) (she|he|you|u|they|that she|that he|that you|that u|) (could|can|was|were|is|are|looked|look|should) (sing|dance|rap|act|draw|model|pretty|cute|funny|hot|talented|good at|cool|fine|attractive|wear|post|try out|audition)
match: lol who told her she could sing
match: who told u u were pretty
match: who lied to him that he could rap
nomatch: who told you that you could join the team early? coach?
nomatch: who said she was sick today
nomatch: who told her she could borrow my charger without asking
note: the "who told her she could sing / was pretty" put-down of a peer's talent or looks; weak, since the same words open praise ("who told you that you could sing like that?? amazing"); plain questions about who gave permission stay clean

[en.cyberbullying.appearance_shaming.cb5-posted-with-those]
sub: appearance_shaming
weight: 0.55
pattern: (posted|post|posting|wore|wear|wearing|showed|show|showing|uploaded|went out|goes out|walks around|walked around|tried out|dancing|danced|smiling|smiled|swimming) ~4 with (those|that|them|her|his|ur|your) ~1 (arms|legs|thighs|teeth|rolls|acne|nose|forehead|body|face|gut|belly|stomach|skin|pimples|unibrow|mustache|chin|chins|double chin|muffin top|hips|ears|eyebrows|braces|lisp|voice|stretch marks|cellulite|back fat|hairline) (lol|lmao|skull|ew|eww|tho|though|bro|fr|omg|yikes|gross|is crazy|no shame|confidence|the audacity|the confidence|is wild)
match: she really posted that with those arms 💀
match: he went out in public with that hairline lol
match: imagine smiling with those teeth tho
nomatch: she posted a pic with her arms around her dog lol
nomatch: he danced with her at prom omg cute
nomatch: she went swimming with her body positive group, so proud
note: mocking a peer for posting or appearing in public "with those arms / that face"; the body word must follow "with those / that" and end in a sneer

[en.cyberbullying.identity_attack.cb5-stop-acting-identity]
sub: identity_attack
weight: 0.5
pattern: (stop|quit) (acting|being|talking|walking|dressing|sounding) (so|) (gay|trans|girly|like a girl|like a fag|feminine|fruity|zesty|lesbian|like a dyke|ghetto|autistic|retarded|like a sped|like a tranny|like a homo) (in|at|around|on|its|it s|lol|lmao|ew|eww|bro|dude|freak|weirdo|fr|you|u|nobody|its disgusting|disgusting|gross)
pattern: (acting|being|walking|talking|dressing) (so|) (gay|zesty|fruity|girly|like a girl) ~3 (disgusting|gross|nasty|ew|eww|sick|weird|creepy)
match: stop acting gay in the hallway its disgusting
match: quit walking like a girl lol
match: being so zesty is gross bro
nomatch: stop acting like being gay is a choice
nomatch: i'm gay and proud, stop being so shy about it
nomatch: stop being so special snowflake about the schedule lol
note: telling a peer to stop "acting gay / like a girl / autistic", an identity attack dressed as advice; counter-speech ("stop acting like being gay is a choice") has no sneer after it

[en.cyberbullying.identity_attack.cb5-head-covering-slurs]
sub: identity_attack
weight: 0.65
also: harassment.identity_attack
pattern: (rag|diaper|tablecloth|bedsheet|curtain|pillowcase|napkin|dishrag|trash bag|bin bag) (on|over) (her|his|ur|your|their|yo|the) (head|face)
pattern: (towelhead|towel head|raghead|rag head|diaper head|diaperhead|sheet head|tablecloth head)
pattern: (do|can|does) (you|u|ya|she|he|they) (even|evn|ever) (speak|read|understand|talk|know) english (lol|lmao|skull|bro|fr|tho|though|huh|or what|freak|weirdo|no|omg)
match: muslim girl with the rag on her head
match: lol towelhead
match: ur a raghead
match: do u even speak english lol
nomatch: my aunt wears a towel on her head after the shower
nomatch: do you even speak english? just kidding, your essay was the best in class
nomatch: my grandma wears a headscarf and it's beautiful
note: mocking a peer's hijab, turban or other head covering and their English; a towel after a shower is not in the patterns

[en.cyberbullying.pile_on.cb5-group-decided-against]
sub: pile_on
weight: 0.6
pattern: (we|we all|everyone|everybody|the group|the gc|the team|the squad|the girls|the boys|all of us|yall|the class) (all|) (agreed|voted|decided|talked|discussed) ~4 (youre|ur|you are|u r|shes|hes|she is|he is) ~1 (out|gone|kicked|done|the weakest link|the worst|the problem|not invited|not welcome|cut|annoying|a burden|dead weight)
pattern: (we|we all|everyone|everybody|the group|the gc|the team|the squad|the girls|the boys|all of us|yall) (all|) (agreed|voted|decided) (to|that we should|we should|we would|we gonna|were gonna) (kick|remove|boot|drop|ditch|block|unadd|unfriend|ignore|ghost|cut off|exclude|vote out|leave out|replace) (you|u|ya|her|him|them)
pattern: who (should|do|shall|will|gets) (we|yall|everyone|i) (kick|remove|boot|vote out|ban|block|drop|get rid of|cut|unadd|exclude|leave out|kicked|removed|ditch) (from|out of|off|next|first|lol|lmao)
match: we all agreed ur the weakest link, leave
match: the girls voted to kick her from the group
match: vote in the poll: who should we kick from the gc
nomatch: we all agreed the movie was the weakest of the series
nomatch: the team voted to keep him as captain
nomatch: we decided to drop the class, too much homework
note: the group announcing a collective decision against one peer, or polling whom to kick out

[en.cyberbullying.self_harm_encouragement.cb5-if-i-were-you-id-kms]
sub: self_harm_encouragement
weight: 0.7
target: other
also: self_harm.promotion
pattern: if i (was|were|had|looked like|acted like|sounded like) (you|u|ya|yu|ur|your) ~4 (kms|kill myself|end it all|end my life|unalive myself|off myself|rope|hang myself|jump off a bridge|jump off a building|shoot myself|slit my wrists|overdose|drink bleach|be six feet under)
pattern: (kms|kill myself|end it all|end my life|unalive myself|off myself|rope|hang myself|slit my wrists|drink bleach) ~3 if i (was|were|had|looked like|acted like|sounded like) (you|u|ya|yu|her|him)
match: might as well kms if i was you
match: if i were you id kill myself
match: id rope if i looked like u lol
match: if i had ur face id end it all
nomatch: if i were you id talk to a counselor
nomatch: if i were you i'd jump on that deal
nomatch: if i were you id end it with him, he treats you badly
note: "if I were you I'd kill myself": self-harm pushed on a peer through the first person. The target is set, since the "I" is hypothetical and the one aimed at is "you". Bare "end it", "jump" and "die" are left out (breakup advice, deals, "I'd die of embarrassment")

[en.cyberbullying.humiliation.cb5-old-pics-dug-up]
sub: humiliation
weight: 0.55
pattern: (found|find) (her|his|ur|your|their|this girls|this guys) ~1 (cringe|emo|secret|private|embarrassing|middle school|6th grade|7th grade|5th grade|elementary|baby|childhood) ~2 (pics|photos|pictures|videos|vids|posts|account|channel|tiktoks|selfies|instagram|insta|youtube|diary|poems|fanfic|fanfics|texts|dms|searches|search history|playlist|journal|love letter|finsta)
pattern: (dug up|digging up|dig up|pulled up|leaked|leaking|posting|posted|sending|sent|screenshotted|exposed|reposted|reposting|look at|lookin at|looking at) (her|his|ur|your|their|this girls|this guys) (old|ancient|middle school|6th grade|7th grade|5th grade|elementary|elementary school|baby|childhood|emo|cringe|first|secret|private|embarrassing) ~2 (pics|photos|pictures|videos|vids|posts|account|channel|tiktoks|selfies|instagram|insta|youtube|diary|poems|fanfic|fanfics|texts|dms|searches|search history|playlist|journal|love letter|finsta)
pattern: (posted|sent|dropped|shared|leaked|put|read out|read) (her|his|ur|your|their) (report card|grades|test score|test scores|diary|journal|dms|private messages|crush list|search history|browser history|weight|love letter|poem|poems|notes|therapy notes|medical records) ~3 (in|to|on|at|for) ~2 (the gc|gc|everyone|every gc|my story|tiktok|the groupchat|the whole|the class|the grade|lunch|the team)
match: guys look at her old pics from 6th grade
match: i found his old cringe youtube channel, sending it to everyone
match: posted his report card in the gc lol
match: i read her diary out to the whole class
nomatch: looking at my old pics from middle school, so cringe
nomatch: my mom found her old pics from college, so cute
nomatch: posted my report card on the fridge, so proud
note: a peer's old, childhood or private material (old pics, cringe accounts, diary, grades, DMs) dug up or shown to a group; one's own old pics and a proud parent stay clean

[en.cyberbullying.humiliation.cb5-family-gossip]
sub: humiliation
weight: 0.55
pattern: (your|ur|her|his|yo) (mom|mum|dad|mother|father|parents|brother|sister|family|momma|mama|moms|dads|mums|sisters|brothers|mamas) (is|s|are|was|were|getting|got|went|r|) ~2 (drunk|a drunk|alcoholic|an alcoholic|crackhead|a crackhead|junkie|a junkie|druggie|a druggie|in jail|in prison|locked up|a stripper|a hooker|on welfare|divorced|getting divorced|homeless|deported|on drugs|a cheater|an addict|on crack|a tweaker|a whore|a slut|broke|on food stamps|psycho|crazy|in rehab|in a mental hospital) ~3 (lol|lmao|skull|haha|everyone knows|and everyone knows|the whole school knows|everybody knows|its so funny|no wonder|thats why|like mother like daughter|like father like son|runs in the family)
pattern: (everyone|everybody|the whole school|whole school|the whole grade|the whole class) (knows|found out|heard|is talking about) (that|how|) (your|ur|her|his) (mom|mum|dad|mother|father|parents|family|brother|sister) ~3 (drunk|alcoholic|crackhead|junkie|druggie|jail|prison|locked up|stripper|hooker|welfare|divorced|divorce|getting divorced|homeless|deported|drugs|cheated|cheater|addict|crack|rehab|broke|evicted|food stamps)
match: her mom's a drunk and everyone knows
match: everyone knows ur parents are getting divorced lol
match: his dad is in jail lmao like father like son
nomatch: my friend's dad is in jail and she's really sad, how do i help
nomatch: her parents are getting divorced, be nice to her this week
nomatch: everyone knows her mom, she's the nicest lady
note: a peer shamed over a family member's addiction, prison, divorce or poverty, with a sneer or "everyone knows"; a friend's worried report stays clean

# ---------------------------------------------------------------------------------------------
# round cb6 (2026.11.30.8): indirect exclusion, shared-content humiliation, voice/clothes/poverty
# and disability mocking, rumour spreading calls, group pile-on instructions
# ---------------------------------------------------------------------------------------------

[en.cyberbullying.exclusion.cb6-dont-want-her-there]
sub: exclusion
weight: 0.55
pattern: (we|they|nobody|no one|noone|none of us) (just|really|literally|honestly|) (dont|do not|doesnt|didnt|does not|did not) (want|need) (her|him|you|u|them) (there|coming|around|along|in it|in the group|in the gc|at the party|on the trip|at lunch|with us|near us|tagging along)
pattern: (dont|do not|never|nobody) (tell|invite|add|bring|text|remind) (her|him|them) ~2 (about|abt|bout) (it|the party|the plans|the trip|the sleepover|the gc|the group|saturday|friday|tonight|this weekend)
match: we just don't want her there lol
match: dont tell her about the party
match: they dont want you coming lol
nomatch: we dont want you to come if you're sick, rest up
nomatch: don't tell her about the party, it's a surprise for her birthday
note: covert exclusion among peers: keeping someone out of plans on purpose; a surprise party or "stay home if sick" stays clean (surprise is allowlisted or below half)

[en.cyberbullying.exclusion.cb6-not-part-of-us-anymore]
sub: exclusion
weight: 0.55
pattern: (ur|youre|you are|u r|shes|hes|she is|he is) (not|no longer|never) ~2 (part of|one of|in) (the|our|this|us) ~1 (group|friend group|squad|crew|gc|friends|circle|table|clique) (anymore|any more|now|lol|lmao|sorry|bye|get over it|so stop|so leave|deal with it|never were|we|nobody|ok|okay|skull)
pattern: (we|weve|we have|we all|everyone has|everyones) (moved on|outgrown) (from|) (you|u|her|him)
pattern: (decided|agreed|voted|chose|going|doing|do) ~6 without (you|u|her|him) ~3 (easier|better|on purpose|for a reason|obviously|dont ask|sorry not sorry)
match: honestly ur not really part of the friend group anymore
match: we've moved on from you
match: we decided to do the trip without you, it's just easier
nomatch: you're not part of the group project, mr smith split us differently
nomatch: we moved on from that game, it got boring
note: telling a peer they are out of the friend group or that plans are made without them on purpose

[en.cyberbullying.exclusion.cb6-find-another-table]
sub: exclusion
weight: 0.45
pattern: (find|get|go find|go get|go sit at|sit at) (another|a different|some other) (table|seat|lunch table)
pattern: (find|get|go find|go get|go make|make) (ur own|your own|some other|other) (friends|table|group|squad|crew|gc|seat)
pattern: (you|u) (cant|cannot|can not|aint|arent) (sit|sitting) (here|with us|at this table|at our table)
match: find another table
match: go find your own friends lol
match: u cant sit here
nomatch: we found another table by the window
nomatch: if they treat you badly, find a new friend group that loves you
note: pushing someone away from the group's seat or circle; wobbly-table and support advice lines are cleared by cues or allowlist

[en.cyberbullying.exclusion.cb6-dont-talk-to-us-in-public]
sub: exclusion
weight: 0.55
target: other
pattern: (dont|do not|never|stop|pls dont|please dont) (talk|talking|speak|wave|waving|say hi|come up) (to|at) us (at school|in public|in front|in the hallway|in the halls|when|at lunch|ever again)
pattern: (embarrassing|cringe|embarrassed|ashamed|social suicide|humiliating) ~3 (to be seen|seen with|be around|hang with|hang out with|being friends with|walk with|sit with) (you|u|her|him)
match: pls dont talk to us at school
match: it's embarrassing to be seen with u
match: social suicide to hang out with her
nomatch: don't talk to me at school about the surprise, she'll hear
nomatch: i'm not embarrassed to be seen with you, i love you
note: a peer told to keep away in public because being seen with them is shameful

[en.cyberbullying.exclusion.cb6-everyone-left-when]
sub: exclusion
weight: 0.55
pattern: (everyone|everybody|we all|they all|the whole group|whole class|the room|people) ~2 (leaves|leave|left|walks away|walked away|moves|moved|goes quiet|went quiet|stops talking|stopped talking|mutes|muted|leaves the call|left the call) ~3 (when|whenever|every time|as soon as|once|bc|because) (you|u|she|he|ur|youre)
pattern: (leave|leaving|left|mute|muting|muted) (the|) (call|vc|chat|server|lobby|party|table) (every time|whenever|when|as soon as) (she|he|you|u) (joins|join|gets on|comes|shows up|talks|speaks|sits)
match: everyone literally leaves when you join
match: leave the call every time she joins
match: the whole class went quiet when u walked in
nomatch: everyone left when the fire alarm went off
nomatch: leave the call when you're done with your homework
note: the group physically or online walking out on one person as a signal they are unwanted

[en.cyberbullying.exclusion.cb6-like-you-dont-exist]
sub: exclusion
weight: 0.55
pattern: (ignore|ignoring|treat|treating|act|acting|pretend|pretending) ~4 (like|as if|that) (she|he|you|u|they) (doesnt|dont|didnt|does not|do not|never) (exist|existed|exists)
pattern: (pretend|act like|acting like) (we|u|you|i) (didnt|dont|never) (see|saw|hear|get|got) (her|his|him|ur|your) (text|texts|message|messages|dm|dms|snap|snaps)
pattern: (seat|seats|spot|spots) (is|s|are|) (saved|taken) ~1 (forever|permanently|for someone else|for anyone but you|for literally anyone else)
match: we're all gonna ignore her tomorrow, like she doesnt exist
match: just pretend u didnt see her text
match: the seat's saved... forever
nomatch: pretend you didn't see the spoiler lmao
nomatch: the seat is saved for my mom
note: coordinated ignoring and pretending a peer's messages were never seen

[en.cyberbullying.exclusion.cb6-unwanted-here-transfer]
sub: exclusion
weight: 0.6
pattern: (nobody|no one|noone|none of us) ~4 (wants|want|needs|likes|like|misses) (you|u|her|him) (here|around|back|at this school|in this school|in this class|in this server|on this team)
pattern: (you|u|she|he) (should|need to|needs to|better) ~1 (transfer|switch schools|move schools|change schools|leave this school|leave the school|drop out) ~2 (nobody|no one|noone|everyone|lol|lmao|before|bc|because|skull)
match: nobody at this school wants u here
match: you should just transfer nobody likes u
match: no one in this class wants her back
nomatch: nobody wants rain here on the weekend
nomatch: you should transfer schools if they keep bullying you, talk to your parents
note: a peer told the school, team or server does not want them and should leave it

[en.cyberbullying.exclusion.cb6-nobody-wants-to-when-youre]
sub: exclusion
weight: 0.55
pattern: (nobody|no one|noone) (wants|want|likes|likes) to (talk|play|hang|sit|be|game|chat|work|partner|stay) ~4 (when|if|while|with|cuz|bc) (ur|youre|you are|u r|she is|shes|he is|hes|you|u|her|him|the)
pattern: (ur|youre|you are|u r|shes|hes) the reason ~5 (died|dead|is dead|ruined|got ruined|left|quit|sucks|is boring|got cancelled|nobody|no one|everyone hates)
match: nobody wants to talk when ur here
match: nobody wants to partner with the smelly kid
match: ur the reason the group chat died
nomatch: nobody wants to play when it's raining
nomatch: you're the reason i smile every day
note: a peer blamed for killing the group's mood or avoided by everyone

[en.cyberbullying.self_harm_encouragement.cb6-can-you-not-exist]
sub: self_harm_encouragement
weight: 0.55
target: other
pattern: (can|could|would|pls|please|just) (you|u) ~2 (not|stop) (exist|existing)
pattern: (stop|quit) existing (pls|please|already|loser|weirdo|freak|bro|its|ur|youre)
pattern: (just|) (dont|do not) exist (near|around|in front of) (me|us)
pattern: (nobody|no one|noone|not a single person|not one person) ~4 (would|will|gonna|wud|is gonna|is going to|wont|would even) (miss|notice|care|cry|remember|mourn) (you|u|ya)
match: can u like not exist near me
match: stop existing pls
match: could you just stop existing
match: kys nobody at school would miss u
nomatch: i wish i didnt exist sometimes
nomatch: some days i just want to stop existing
note: telling a peer to stop existing; first-person "i wish i didn't exist" is left to self_harm

[en.cyberbullying.humiliation.cb6-its-on-everyones-story]
sub: humiliation
weight: 0.5
pattern: (its|it is|thats|that is|now|already|video is|vid is|pic is|clip is) (on|in) (everyones|everybodys|every|the whole schools|the whole grades|all the) (story|stories|snap|snaps|feed|fyp|phone|phones|gc|gcs|group chats|chats|lock screen)
pattern: (pic|pics|photo|photos|video|vid|clip|recording|screenshot|screenshots|meme) of (her|him|them|you|u) ~4 (has|got|hit|at|already) ~2 (views|shares|likes|reposts|retweets)
pattern: (posted|sent|shared|spread|put|dropped|uploaded|reposted) (it|them|that|the video|the vid|the clip|the pic|the pics) (everywhere|to everyone|in every gc|on every story|all over)
match: did u see the pic of jake sleeping, its on everyones story
match: clip of him falling has 2k views now
match: we posted it everywhere lol
nomatch: the new album is on everyone's story lol
nomatch: i posted the lost dog flyer everywhere
note: an embarrassing picture or clip of a peer spreading through stories and chats; event news and lost-pet posts stay below the bar

[en.cyberbullying.humiliation.cb6-page-posting-a-peer]
sub: humiliation
weight: 0.55
pattern: (finsta|burner|anon account|anon acc|anon page|fake account|fake acc|fake page|spam account|spam acc|meme page|page|account|acc|insta|tiktok) (posting|that posts|dedicated to|just for|roasting|mocking|rating|exposing|called) ~3 (her|his|him|pics|photos|videos|the ugliest|ugliest|fails|embarrassing|every|lunch|outfits|the weird)
pattern: (make|made|making|create|created|start|started|starting) (a|an|another) (fake|burner|anon|spam|parody) (account|acc|insta|snap|tiktok|page|profile) ~4 (pretending|pretend|posing|as|of|with her|with his|about|to dm|to mess)
pattern: (catfish|catfishing|catfished) (her|him|them|that kid|the new kid) ~4 (and|then|screenshot|screenshots|post|send|laugh|for the)
match: bro who made that finsta posting pics of her lunch every day
match: help me make a fake acc pretending to be ryan
match: i'm gonna catfish him and screenshot the convo
nomatch: we made an account dedicated to our dog's adventures
nomatch: someone made a fake account pretending to be me, how do i report it
note: accounts run to mock one peer, impersonation accounts and catfishing a classmate for screenshots

[en.cyberbullying.humiliation.cb6-edited-face-onto]
sub: humiliation
weight: 0.55
pattern: (photoshop|photoshopped|photoshopping|shopped|edited|editing|edit|faceswap|faceswapped|face swapped|morphed|deepfake|deepfaked|deepfaking|ai edited|put) (her|his|their|ur|your|that kids|the new kids) (face|head|pic|pics|photo|selfie|body) ~3 (onto|on|into|in|to look|to make) ~4 (pig|cow|whale|monkey|dog|rat|baby|meme|porn|video|clown|animal|fat|uglier|body|the|a)
pattern: (deepfake|deepfaked|deepfakes|deepfaking|faceswapped|faceswap) ~2 (of|with) (her|him|them|our classmate|a classmate|that kid|my classmate)
pattern: (deepfaked|faceswapped|faceswap|photoshopped|shopped|edited) (her|him|them) (into|in|onto|on) ~2 (meme|memes|video|vid|porn|pic|picture|gif|body|pig|cow|clown)
match: photoshopped her face onto a pig
match: deepfaked his face into a video
match: faceswapped her into that meme
nomatch: i photoshopped my face onto the poster for fun
nomatch: how to spot a deepfake video online
note: a peer's face or body edited into a degrading image or video

[en.cyberbullying.humiliation.cb6-stitch-mocking]
sub: humiliation
weight: 0.55
pattern: (duet|duetted|duetting|stitch|stitched|stitching|remix|remixed|reacted to|react to|mocking|mock|mocked|clowning|clowned|roasting|roasted|parody|parodied) (her|his|their|that girls|that guys|the new kids) (dance|dancing|video|vid|tiktok|post|singing|song|voice|accent|lisp|stutter|walk|outfit|selfie|speech|presentation) ~6 (mocking|cringe|ugly|lmao|skull|loser|when the|clown|funny|crying)
pattern: (duet|duets|stitch|stitches|tiktok|tiktoks|vid|video|reel|reels|meme|memes|edit|edits|song|page) (mocking|roasting|clowning|clowning on|making fun of|dissing|exposing) (her|him|his|them|their|the new kid|that kid)
match: lets make a tiktok duet mocking her dance vid
match: made a meme roasting him lol
match: stitched her video with when the ugly friend thinks she's the main character
nomatch: i duetted her dance video, she's so talented
nomatch: stitched her video with my reaction, love this song
note: reaction content and impressions built to mock one peer's video, voice, accent or looks

[en.cyberbullying.humiliation.cb6-mocking-her-voice]
sub: humiliation
weight: 0.45
pattern: (mocking|mocked|making fun of|made fun of|clowning on|clowned on|roasting|roasted|imitating|imitated|copying|copied) (her|his|their|ur|your) (dance|dancing|voice|accent|lisp|stutter|stuttering|walk|limp|laugh|singing|clothes|outfit|body|teeth|hair|speech|hearing aids|wheelchair)
match: everyone was mocking his accent
match: we were copying her lisp all lunch lol
nomatch: mocking the teacher's accent is mean, stop
nomatch: copying her homework again?
note: weak signal: a peer's voice, accent, body or disability aid made fun of; needs a second signal (pronoun, laughter, group) because "stop mocking her accent" is anti-bullying talk

[en.cyberbullying.humiliation.cb6-started-a-hashtag]
sub: humiliation
weight: 0.55
pattern: (started|made|created|start|make|making|starting) (a|an|the|this) (hashtag|trend|nickname|song|chant|meme|rap|diss track|petition|poll|list|ranking|tier list) (about|abt|on|to rate|to rank|mocking|roasting|dissing) (her|him|you|u|them|ur|your|his)
pattern: (hashtag|hashtags|tag) ~2 (trending|going around|everywhere) ~3 (school|grade|class|lol|lmao|skull)
match: we started a hashtag about him
match: we made a song about her lol
match: the hashtag is trending at school lol
nomatch: we made a song for her birthday
nomatch: we started a petition for longer lunch breaks
note: songs, nicknames, hashtags, lists and polls created about one peer; birthday songs and school petitions stay clean

[en.cyberbullying.humiliation.cb6-screenshot-her-message]
sub: humiliation
weight: 0.55
pattern: (screenshot|screenshotted|screenshotting|ss|screenie|screencap) (what|everything|the thing|the stuff|the msg|the message|the texts|the dms|the convo) (she|he|they|u|you) ~2 (wrote|sent|said|texted|posted|typed) ~5 (send|sent|post|posted|share|shared|forward|forwarded|drop|show|showed) ~3 (group|gc|groupchat|chat|story|everyone|everybody|whole|grade|class|server)
pattern: (read|reading|readin) (her|his|ur|your) (texts|messages|dms|diary|journal|love letter|msgs|chats) (out loud|aloud|to everyone|to the class|in front of)
match: everyone screenshot what she wrote to liam and send it to the group
match: read her texts out loud in the hallway
match: reading his love letter to the class lol
nomatch: screenshot what he said and send it to a trusted adult
nomatch: the teacher read the poem out loud, it was beautiful
note: a peer's private words captured and broadcast or read out to humiliate them; sending to a trusted adult is reporting

[en.cyberbullying.appearance_shaming.cb6-the-way-she-dresses]
sub: appearance_shaming
weight: 0.5
pattern: the way (she|he|you|u|they|ur|her|his) (dresses|dress|talks|talk|walks|walk|laughs|laugh|eats|eat|dances|dance|sings|sing|smells|smell|looks|look|runs|run|voice|face|hair|body|outfit|clothes) ~2 (is|are|) (so|actually|literally|just|) (tragic|cringe|embarrassing|gross|disgusting|nasty|painful|pathetic|ugly|sad|awful|weird|annoying|creepy|hideous|repulsive|a crime|unbearable)
pattern: (thrift shop|thrift store|goodwill|walmart|dollar store|dollar tree|clearance rack|salvation army|lost and found|dumpster|homeless) (reject|rejects|special|fit|outfit|kid|girl|boy|bum|clothes|ahh|ass|looking)
match: the way she dresses is so tragic
match: the way u talk is so cringe
match: thrift shop reject
nomatch: the way she dances is so beautiful
nomatch: thrift shop haul, found the cutest jacket
note: sneering at how a peer dresses, talks, moves or smells, and names for cheap or second-hand clothes

[en.cyberbullying.appearance_shaming.cb6-same-clothes-every-day]
sub: appearance_shaming
weight: 0.5
pattern: (wear|wears|wearing|wore|worn|in) (the|that|her|his|ur|your) same (hoodie|shirt|outfit|clothes|jeans|pants|shoes|sweater|jacket|fit|three shirts|3 shirts|two shirts|2 shirts) ~3 (every day|everyday|all week|days straight|days in a row|on rotation|again|every single day)
pattern: (wears|wearing|wear|in) (her|his|ur|your) (sisters|brothers|moms|dads|cousins|grandmas|grandpas|mums) (old|) (clothes|shoes|hand me downs|handmedowns|stuff|shirts|jeans)
pattern: (nice|cute|cool|love the|love ur|love your) (shoes|fit|outfit|shirt|jacket|hoodie|bag|backpack|kicks|jeans|hair) ~5 (walmart|goodwill|dollar store|dollar tree|dumpster|the trash|garbage|lost and found|salvation army|donation bin|food bank|clearance)
match: imagine showing up in the same hoodie 4 days straight
match: she wears her sisters old clothes
match: nice shoes, did u get them from walmart clearance
nomatch: i wear the same hoodie every day in winter, it's so comfy
nomatch: love the jacket, where'd you get it?
note: mocking a peer's clothes as dirty, repeated or cheap (a poverty taunt); first-person comfort talk stays clean

[en.cyberbullying.humiliation.cb6-family-cant-afford]
sub: humiliation
weight: 0.5
pattern: (does|do|can|did) (ur|your|her|his|their) (family|parents|mom|mum|dad|mother|father|folks) even (own|have|afford|pay for|buy) (a|an|any|food|shoes|soap|water|a washing machine|a car|a house|wifi|internet)
pattern: (on|gets|get|getting) (free lunch|free lunches|food stamps|welfare|foodstamps|section 8|section eight|ebt) ~3 (lol|lmao|skull|poor|broke|and|so|kid|girl|boy|bum|ahh)
pattern: (poor|broke) (af|asf|ahh|ass|as hell|as fuck|kid|girl|boy|family|bum|rat) ~3 (lol|lmao|skull|family|parents|couldnt|cant|loser|ew)
pattern: (lives|live|living) in (a|the|that) (trailer|trailer park|shelter|motel|car|van|dump|shack|projects|hood|ghetto) ~5 (smell|smells|lol|lmao|trash|poor|broke|skull|figures|gross|nasty|dirty|ew)
match: does ur family even own a washing machine
match: she's on free lunch lol
match: his family lives in a trailer and they smell like it
nomatch: does your family have a car for the field trip carpool?
nomatch: growing up on food stamps taught me a lot
note: a peer mocked for their family's poverty: free lunch, welfare, housing, things the family cannot afford

[en.cyberbullying.appearance_shaming.cb6-voice-mocking]
sub: appearance_shaming
weight: 0.5
pattern: (ur|your|her|his|that) (voice|laugh|accent|lisp|stutter|talking|singing) ~3 (sounds|sound|is) ~2 like (a|an|) ~2 (goose|chipmunk|cat|seal|duck|donkey|pig|robot|girl|dying|dolphin|hyena|mouse|squeaky|toddler|baby|helium|nails on)
pattern: (sounds|sound|sounding|talks|talk) like (he|she|u|you) (hasnt|havent|never|didnt) ~1 (hit|hitted|went through) puberty
pattern: (squeaky|squeaker|lisp|lispy|stutter|stuttering|stuttery|nasally|mouse|baby) (ahh|ass|boy|girl|kid|voice lol|voiced)
pattern: (man|mans|manly|deep) voice ~2 (is she|is she even|fr|lmao|lol|skull)
match: ur voice sounds like a dying goose
match: bro sounds like he hasn't hit puberty
match: lisp boy tried to say sister
nomatch: her voice sounds like an angel
nomatch: my voice sounds like a chipmunk on recordings lol
note: mocking how a peer speaks, laughs or sounds; first-person self-jokes are scored as self by context

[en.cyberbullying.appearance_shaming.cb6-call-him-names]
sub: appearance_shaming
weight: 0.55
pattern: (we|they|everyone|everybody|ppl|people|the whole class|the whole grade|the whole school|the boys|the girls|the team) (all|) (call|calls|called|nicknamed|named) (her|him|u|you|them) ~1 (dumbo|pizza face|four eyes|brace face|metal mouth|pig|cow|whale|horse|rat|gremlin|goblin|troll|shrek|fatty|lardo|stick|skeleton|big bird|giraffe|hobbit|elf|smelly|stinky|lice|fleas|freak|weirdo|it|the thing|beaver|bucky|unibrow|dog|monkey|zit|crater|chicken legs|toothpick|bigfoot|sasquatch)
pattern: (his|her|ur|your) (ears|teeth|nose|forehead|head|eyes|feet|legs|arms|lips|chin) (stick out|are so big|is so big|so big|so huge|are huge|is huge|are yellow|are so yellow|are crooked|are so crooked|so crooked|look like) ~4 (lol|lmao|skull|call|like a|dumbo|ew|gross|nasty|horse|bugs)
match: his ears stick out so much we call him dumbo
match: everyone calls her pig
match: ur teeth are so crooked lmao
nomatch: we call him grandpa because he loves crosswords
nomatch: my ears stick out a bit but i like them
note: a group nickname for a peer built on looks, and sneers at single features

[en.cyberbullying.identity_attack.cb6-disability-labels]
sub: identity_attack
weight: 0.55
pattern: (cripple|crippled|crip|sped|spaz|downie|window licker|short bus|retard|retarded|tard|autist|autistic|deaf|blind|wheelchair|crutch|crutches|limp|limpy|lisp|stutter|stuttering|adhd|special needs|slow) (boy|girl|kid|kids|freak|ass|ahh|loser|weirdo|idiot|bitch|squad|gang|child|dude|bro|guy|thing) ~4 (cant|can't|lol|lmao|skull|tried|trying|better not|again|even|at it|walked|keeps|is|ruining)
pattern: (cripple|crippled|spaz|downie|sped|retard|tard) (cant|couldnt|could not|wont|tried|trying) (even|) (play|walk|run|talk|read|spell|count|tie|catch|do|say|write|understand|keep up)
pattern: (talk|talking|laugh|laughing|joke|joking) about (her|him|them) (right|) in front of (her|him|them) ~3 (deaf|cant hear|blind|doesnt know|doesnt even know|lol|lmao|skull)
pattern: (she|he|hes|shes|they|theyre) (deaf|blind|autistic|slow|special|disabled|in a wheelchair) (so|lol|lmao) ~3 (we|just|can|cant|talk|mess|laugh|trick|prank|copy|do)
match: cripple can't even play tag
match: wheelchair girl better not come to prom
match: she's deaf so we just talk about her right in front of her lmao
nomatch: the autistic kids club meets on tuesdays, everyone welcome
nomatch: my brother uses a wheelchair and he's the best
note: disability used as a label for a peer while mocking or excluding them; neutral descriptions stay clean

[en.cyberbullying.identity_attack.cb6-mimic-how-they-move]
sub: identity_attack
weight: 0.5
pattern: (watch|look at|see) (him|her|them|that kid|the new kid) (walk|run|talk|eat|limp|move|read|try to talk|try to read|try to walk) ~3 (lol|lmao|skull|haha|like a|its so funny|bro)
pattern: (walks|walk|runs|run|moves|move|talks|talk) like a (penguin|duck|zombie|robot|crab|frog|monkey|chicken|broken|toddler) ~4 (cuz|bc|because|lol|lmao|skull|leg|legs|brace)
pattern: (do|does|did) the (impression|voice|walk|limp|stutter|lisp) ~1 (again|of him|of her|lol|lmao)
match: watch him walk lmao
match: he walks like a penguin cuz of his leg thing
match: do the impression again bro
nomatch: watch him walk across the stage at graduation!
nomatch: my toddler walks like a penguin in his snowsuit
note: calling others to watch or imitate how a peer walks or talks, usually a disability

[en.cyberbullying.humiliation.cb6-spread-it-call]
sub: humiliation
weight: 0.55
pattern: (spread|spreading|spreadin) (it|this|that|the word|the news) (that|around|everywhere|lol|lmao|skull|to everyone|tell everyone|pass it on)
pattern: (tell|telling) (everyone|everybody|the whole school|the whole grade|the whole class|the gc|the group) (lol|lmao|skull|haha|now|asap|rn|before|that she|that he)
pattern: (everyones|everybodys|everyone is|everybody is|people are|ppl are|the whole school is|the whole grade is|they are all|theyre all) (saying|sayin|talking about how|whispering) (that|) (you|u|she|he) (cheated|slept|stuffs|stuff|has lice|have lice|smells|smell|pissed|peed|is pregnant|got pregnant|hooked up|got caught|cried|wet|is a|are a)
pattern: (stuffs|stuffing|stuffed|stuff) (her|his|a|) (bra|bras)
match: spread it that she has lice
match: heard he stuffs his bra? tell everyone
match: everyone's saying you cheated on him
nomatch: spread the word about the bake sale
nomatch: tell everyone the party starts at 8
note: calls to spread a rumour or embarrassing claim about a peer, and rumour content framed as what everyone is saying

[en.cyberbullying.humiliation.cb6-has-lice-rumour]
sub: humiliation
weight: 0.45
pattern: (she|he|they|u|you|her|him) (has|have|got|had|caught|gave) ~1 (lice|fleas|bedbugs|bed bugs|worms|crabs|herpes|an std|stds|chlamydia|cooties|scabies|ringworm) ~4 (lol|lmao|skull|ew|gross|nasty|dont sit|nobody|everyone|so no one|stay away|pass it on|tell everyone)
match: she has lice so no one sit near her lol
match: he got fleas ew stay away
nomatch: my daughter has lice, any tips for treatment?
nomatch: the dog has fleas, vet tomorrow
note: contagion rumours used to make classmates avoid a peer

[en.cyberbullying.pile_on.cb6-everyone-say-something-mean]
sub: pile_on
weight: 0.6
pattern: (everyone|everybody|yall|y all|all of you|guys|chat|lets all|we all) ~3 (say|post|comment|send|drop|type|react|reply|spam|leave|write) ~3 (something mean|mean stuff|mean things|mean comments|hate|clown|clowns|vomit|puke|skull|skulls|ugly|loser|insults|ls|an l|trash|pig|pigs|cow|whale|rat)
pattern: (say|post|comment|write|send) something (mean|nasty|rude|evil|savage|brutal) (about|to|abt|on) (her|him|them|chloe|his|her)
pattern: (react|reacting|reply|replying) (with|w) ~2 (clown|clowns|vomit|puke|skull|skulls|pig|pigs|rat|rats|trash|l|ls) ~3 (to|on) (his|her|their) (post|pic|selfie|story|video|message|msg|text)
match: everyone in the chat say something mean about chloe
match: react with clowns to his post
match: yall spam clowns in her comments
nomatch: everyone say something nice about her for her birthday
nomatch: everyone comment your favorite song
note: a group told to flood one peer with mean comments or mocking emoji reactions

[en.cyberbullying.pile_on.cb6-taking-bets-until]
sub: pile_on
weight: 0.6
pattern: (bets|bet|betting|wager|wagers|odds) ~4 (how long|when|whether) ~4 (cries|cry|quits|quit|leaves|breaks|snaps|transfers|gives up|deletes|drops out|moves|kills|breaks down)
pattern: (all of us|the whole class|the whole group|the whole gc|the whole team|everyone|everybody|its|six of us|6 of us|five of us|5 of us|the squad|we) (vs|versus|against) (him|her|you|u|the new kid|that kid) ~3 (lol|lmao|skull|in the gc|in the chat|doesnt stand|dont stand|cant win|no chance)
pattern: (our|everyones|everybodys|groups|classes|teams|schools|squads|gcs) (punching bag|punchline|laughing stock|laughingstock|doormat|charity case|pity friend|pity case|favorite target|designated loser)
match: we're taking bets on how long till the new kid cries
match: its 6 of us vs him lol
match: ur literally the group's punching bag
nomatch: taking bets on when the snow will stop
nomatch: the punching bag at the gym broke
note: organised group cruelty: betting on a peer breaking, everyone against one, a peer cast as the group's target

[en.cyberbullying.exclusion.cb6-poll-to-remove]
sub: exclusion
weight: 0.6
pattern: (poll|vote|voting|polls|voted) ~6 (kick|kicked|remove|removed|ban|banned|boot|booted|stay|stays|let) ~4 (group|gc|groupchat|group chat|friend group|squad|chat|table|sleepover|lunch group)
pattern: should we (let|keep|kick|remove|ban|boot|allow|invite) ~2 (stay|stay in|back in|come|in the group|out of the group|in the gc|out of the gc|in the chat|in the squad|sit with us)
pattern: (the|our) (group|gc|squad|chat|team) (voted|decided|agreed) ~3 (ur|youre|you are|u r|shes|hes|she is|he is|out|off)
match: vote in the poll: should we let amy stay in the group?
match: the group voted: ur out
match: should we kick her out of the gc
nomatch: should we let the cake cool before frosting it
nomatch: the group voted for pizza
note: a friend group putting a peer's membership to a vote

[en.cyberbullying.humiliation.cb6-recorded-and-spread-wide]
sub: humiliation
weight: 0.5
pattern: (recorded|filmed|videoed|taped|snapped|clipped|took a video of|took a vid of|took a pic of|took pics of) (her|him|them|you|u) ~8 (posted it|posted them|put it|put it up|put it online|uploaded it|story|stories|gc|groupchat|everyone|everybody|tiktok|insta|server|discord|everywhere)
pattern: (posted|put|sent|uploaded|shared) (her|his|their|ur|your) ~2 (fails|fail|fall|crying|meltdown|breakdown|singing|dancing|stutter|stuttering|sleeping|snoring) ~4 (everywhere|story|tiktok|gc|everyone|online|discord|lol|lmao)
match: I recorded her singing in the choir room and posted it
match: recorded him stuttering in class and put it on my story
match: took a pic of her under the desk and sent it to the gc
nomatch: i recorded her recital and sent it to grandma
nomatch: recorded my little brother's first steps
note: filming or photographing a peer in an unguarded moment and spreading it

[en.cyberbullying.humiliation.cb6-cry-about-it-bare]
sub: humiliation
weight: 0.4
pattern: cry (about|abt|bout) it
match: cry about it
match: go cry about it loser
nomatch: i cried about it for days
nomatch: crying about it won't help, let's fix it
note: weak signal: "cry about it" is everyday gaming and sports trash talk (split from humiliation.cry-about-it, 0.5); flags with a target or next to other taunts

[en.cyberbullying.appearance_shaming.cb6-metal-mouth]
sub: appearance_shaming
weight: 0.45
pattern: (metal mouth|metalmouth|metal mouths|metalmouths)
pattern: (hey|shut up|yo|bye|move) (metal mouth|metalmouth)
match: shut up metal mouth
match: brace face, metal mouth
nomatch: my metal straws arrived
nomatch: metal music in my mouth
note: braces nickname; weak alone since kids who just got braces say it of themselves ("metal mouth era"); moved out of pizza-face and looks-names

[en.cyberbullying.appearance_shaming.cb6-so-fat-that]
sub: appearance_shaming
weight: 0.55
pattern: (ur|youre|you are|u r|shes|hes|she is|he is|u|you|she|he) (literally|actually|really|lowkey|fr|just|) (so|too|that) (fat|big|huge|heavy|obese) (u|you|she|he|that|it|the|everyone|nobody|lol|lmao|skull) ~4 (broke|break|breaks|shook|shake|shakes|cant fit|couldnt fit|blocks|block|eclipse|orbit|gravity|needs two|took up|takes up|saw|noticed|moved)
match: ur literally so fat u broke the bus seat
match: she's so fat the floor shakes when she walks
nomatch: this burrito is so big it broke my plate
nomatch: the dog is so fat lol he broke the couch
note: "so fat that..." jokes aimed at a peer, ending in broken furniture or everyone noticing

[en.cyberbullying.pile_on.cb6-tell-everyone-to-block]
sub: pile_on
weight: 0.6
pattern: (tell|told|telling|get|make|ask|asking) (everyone|everybody|all|yall|the whole class|the whole gc|the girls|the boys|the team|people|ppl) (else|) to (block|unfollow|unadd|ignore|mute|report|avoid|stop talking to|stop following|unfriend|not talk to) (her|him|them|that kid)
pattern: (everyone|everybody|literally everyone|the whole server|the whole gc|the whole class|all of us|we all|the whole team) (muted|blocked|unfollowed|unadded|removed|ignores|ignored|avoids|avoided|kicked|reported) (you|u|ya|her|him)
match: block her on everything, tell everyone else to block her too
match: literally everyone muted u
match: get everyone to unfollow him
nomatch: tell everyone to block spam accounts
nomatch: everyone blocked the shot, great defense
note: organising the whole group to block, mute, report or ignore one peer
