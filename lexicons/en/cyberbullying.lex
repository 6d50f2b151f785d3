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
version: 2026.11.30.1

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
weight: 0.55
pattern: (nobody|noone) (sits|sat|will|would|wants) ~2 (near|with|next) ~1 (you|u|her|him)
pattern: no one (sits|sat|will|would|wants) ~2 (near|with|next) ~1 (you|u|her|him)
match: no one sits near you at lunch
match: nobody wants to sit next to her
note: lunch-table and classroom isolation

[en.cyberbullying.exclusion.no-friends]
sub: exclusion
weight: 0.6
pattern: (you|u|ya|she|he) (have|has|got|) (no|zero|0) (friends|frens|mates|friend)
pattern: (nobody|noone) (wants|wanna|would) ~2 (friends|hang|sit|play|talk) ~2 (you|u|her|him)
pattern: no one (wants|wanna|would) ~2 (friends|hang|sit|play|talk) ~2 (you|u|her|him)
match: you have no friends
match: u got 0 friends lol
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
weight: 0.5
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
pattern: cry (about|abt|bout) it
pattern: cry (more|harder)
pattern: (go|) cry (to|for) (your|ur|ya) (mommy|mom|mum|mama|momma|daddy|mommie)
pattern: cry to (mommy|mommie|mama|daddy)
match: cry about it
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
pattern: (screenshot|screenshotted|ss|screenie) ~4 (send|sent|post|posted|share|spread|leak) ~4 (everyone|everybody|gc|groupchat|story|school|grade|class|group)
match: screenshot this and send it to everyone
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
weight: 0.5
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
pattern: (whole|entire) (school|class|grade|team|internet|server) ~2 (see|seen|saw|know|knows|watch|watched|laugh|laughing)
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
pattern: (you|u|ya|fat|ugly|disgusting|stupid|nasty) (pig|piggy|hog|whale|hippo|heifer|sow|oinker|cow|blimp)
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
match: go on a diet
match: you need to lose weight fatty
match: put down the fork
match: ever heard of a salad
nomatch: set the fork next to the plate
nomatch: you should drop some hints
note: diet-shaming; first-person "i need to go on a diet" is matched only by the first pattern and is lowered by the first-person cue. Meanspo aimed at someone with an eating disorder is eating_disorder.promotion

[en.cyberbullying.appearance_shaming.pizza-face]
sub: appearance_shaming
weight: 0.55
pattern: (pizza|crater|pimple|zit|acne|pepperoni|pig|horse|rat) (face|faced)
pattern: (brace|metal|tin) (face|mouth)
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
match: a face only a mother could love
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
pattern: (you|u|ya) (look|looks) like (a|an) (pig|troll|goblin|gremlin|rat|horse|potato|thumb|cow|whale|monkey|ogre|boy|freak)
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
pattern: (you|u|she|he) (smell|smells|stink|stinks|reek) like ~1 (shit|piss|poop|garbage|trash|fish|ass|sweat|pee|onions|bo|feet)
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
weight: 0.6
pattern: mass (report|reporting|reported|reports|flag|flagging|dm|dming|tag|tagging|unfollow)
pattern: (massreport|massreporting)
match: lets mass report her
match: mass dming him rn
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
pattern: (a|the|her|his|their|our) (hate|burn|exposed|exposing|roast) (page|account|acc|book|gc|thread)
match: we made a hate page for her
match: she is in the burn book
nomatch: i hate book reports
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
weight: 0.75
also: self_harm.promotion
pattern: do (everyone|the|everybody|humanity|society) ~2 (favor|favour) (and|n)
pattern: do us all a (favor|favour)
match: do everyone a favor and
match: do us all a favour and disappear
match: do the world a favor and just leave
nomatch: do me a favor and grab the milk
nomatch: do us a favor and bring snacks
note: a formula that usually ends in "kill yourself" or "disappear"

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
match: you are a waste of oxygen
match: stop wasting oxygen
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
pattern: (nobody|noone) (wants|wanna|needs|asked|likes) (to|) (see|hear|read|watch|look at) (your|ur|you|u|her|his) ~1 (face|selfies|selfie|pics|posts|post|videos|tiktoks|voice|body|opinion|opinions|singing|content|bs|ugly)
pattern: no one (wants|wanna|needs|asked|likes) (to|) (see|hear|read|watch|look at) (your|ur|you|u|her|his) ~1 (face|selfies|selfie|pics|posts|post|videos|tiktoks|voice|body|opinion|opinions|singing|content|bs|ugly)
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
pattern: (youre|ur|you are|u r) (the|) reason (your|ur) (parents|mom|mum|dad|family) (divorced|split|split up|fight|left|hate|drink|drinks|cry|cries)
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
