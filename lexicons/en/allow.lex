# Allowlist: idioms and benign phrases that contain harm words.
# An allow hit cancels every harm hit (of the categories in `cancels`, default all) whose words
# overlap it. An allow pattern must therefore never cover the words of a real harm phrase:
# - "to die for" is written with the verb before it, because "deserve to die for that" contains it;
# - "im starving" needs a food or casual word after it, because "im starving myself" contains it;
# - bare "kill it", "dead", "cut", "hang" are not listed: only fixed phrases are.
# Identity algospeak ("le dollar bean", "lesbean") is listed so that it is never treated as a slur.

lexicon: allow
language: en
version: 2026.11.30.1

# ---------------------------------------------------------------------------------------------
# kill
# ---------------------------------------------------------------------------------------------

[en.allow.killing-it]
pattern: (killing|killin|killed|kills|slaying|slayed) it
pattern: (gonna|go|youll|totally|will|gon|finna|to) kill it
match: you are killing it
match: she killed it on stage
match: go kill it at the audition
nomatch: i will kill you
note: praise for a performance

[en.allow.youre-killing-me]
cancels: self_harm harassment cyberbullying
pattern: (youre|ur|are) killing me (lol|lmao|haha|hahaha|smalls|with|dude|bro|lmfao|rn)
pattern: (this|that|it|he|she|thats|shes|hes) (is|s|) killing me (lol|lmao|haha|hahaha|lmfao)
match: youre killing me lol
match: this is killing me lmao
nomatch: you are killing me slowly and i want out
note: laughter; without a laughter word the phrase is left to the scorer

[en.allow.killing-me-softly]
pattern: killing me softly
match: killing me softly is a classic
note: song title

[en.allow.kill-time]
pattern: (kill|killing|killed) (some|) time
match: just killing time before class
match: we killed some time at the mall
nomatch: ill kill you next time

[en.allow.kill-the-lights]
cancels: harassment self_harm cyberbullying
pattern: (kill|killed|killing) the (lights|light|music|engine|motor|power|noise|mood|vibe|buzz|sound|mic|volume)
match: kill the lights
match: you killed the vibe
note: switch off / ruin the mood

[en.allow.kill-process]
cancels: harassment self_harm cyberbullying
pattern: (kill|killed|killing) (the|this|that|a|my|all) (process|processes|task|job|app|server|tab|program|thread|container|pod|session|query)
pattern: kill (9|pid|process|task)
pattern: (kill|killswitch) switch
pattern: killswitch
match: kill the process and restart
match: kill 9 the pid
match: flip the kill switch
match: the killswitch engaged
note: computing; "kill -9" becomes "kill 9"

[en.allow.dressed-to-kill]
pattern: dressed to kill
match: she showed up dressed to kill

[en.allow.kill-two-birds]
pattern: kill two birds
match: kill two birds with one stone

[en.allow.could-kill-for]
pattern: (could|would) (kill|murder) for (a|an|some|one|pizza|coffee|tacos|sleep|chocolate)
pattern: (could|would) murder (a|an|some) (pizza|coffee|burger|drink|beer|curry|kebab|sandwich|pint|steak|tea)
match: i could kill for a coffee
match: i would murder a curry right now
nomatch: i would kill for you
note: craving

[en.allow.killer-thing]
pattern: killer (app|apps|workout|feature|deal|view|views|smile|outfit|track|song|beat|instinct|combo|look|heels|playlist|bod|idea|move|moves)
pattern: lady (killer|killers)
match: what a killer workout
match: this is the killer app
match: hes a real lady killer

[en.allow.kill-pests]
cancels: harassment self_harm cyberbullying
pattern: (kill|kills|killed|killing) (the|all|) (spider|spiders|bug|bugs|mosquito|mosquitoes|fly|flies|weeds|germs|bacteria|virus|viruses|ants|roaches|wasp|wasps|mold)
match: kills germs on contact
match: kill the spider please
nomatch: kill the girl
note: pests and germs

[en.allow.game-kills]
cancels: harassment self_harm cyberbullying
pattern: (killed|shot|slaughtered|destroyed|wrecked) ~1 (in|at) ~1 (match|round|fortnite|minecraft|roblox|cod|warzone|valorant|apex|overwatch|chess|lobby|finals|final)
pattern: (kill|killing|shoot|shooting) ~1 (in|on) (fortnite|minecraft|roblox|cod|warzone|valorant|apex|overwatch|chess)
pattern: (slaughtered|destroyed|murdered|crushed|smoked|wrecked|annihilated|demolished|bodied) (them|us|em|him|her|you|u) (in|at|lol|lmao)
match: he killed me in fortnite
match: ill kill you in minecraft
match: we slaughtered them in the final
match: we bodied them lol
note: games and sport

# ---------------------------------------------------------------------------------------------
# die / dead / death
# ---------------------------------------------------------------------------------------------

[en.allow.dying-of-laughter]
cancels: harassment cyberbullying
pattern: (dying|died|dead|die|dies) (of|from|with|laughing) (laughter|laughing|embarrassment|cringe|boredom|cuteness)
pattern: (died|dying|die) laughing
match: i was dying of laughter
match: i literally died laughing
match: dead from cringe
note: self_harm models these as hyperbole itself, so self_harm is not cancelled here

[en.allow.dying-to]
cancels: self_harm harassment cyberbullying
pattern: dying to (see|know|meet|try|hear|go|watch|get|tell|read|visit|eat|find|play|show)
match: im dying to see that movie
match: dying to know what happened

[en.allow.to-die-for]
cancels: harassment cyberbullying
pattern: (is|was|are|were|looks|look|smells|tastes|sounds|s) (absolutely|literally|just|) to die for
pattern: (could|would) die for (a|an|some|that|this|one|pizza|coffee|chocolate)
match: this cake is to die for
match: her shoes are absolutely to die for
match: i could die for a pizza right now
nomatch: you deserve to die for that
note: the verb before "to die for" keeps "deserve to die for" out; self_harm models the phrase as hyperbole itself, so self_harm is not cancelled here

[en.allow.die-hard]
cancels: self_harm harassment cyberbullying
pattern: die hard (fan|fans|movie|movies|film|series|christmas|supporter|supporters)
pattern: (diehard|diehards)
pattern: (watch|watched|watching|is) die hard
match: im a die hard fan
match: the die hard movies
match: watching die hard again
match: diehard supporters
nomatch: i hope you die hard

[en.allow.dead-tired]
cancels: self_harm harassment cyberbullying
pattern: dead (tired|serious|set|last|center|centre|silent|quiet|wrong|right|even|ahead|asleep|heat|giveaway|ringer|broke)
pattern: (deadass|deadline|deadlines|deadlift|deadlifts|deadlifting|deadpan|deadbolt|deadlock|deadpool)
match: im dead tired
match: dead serious
match: the deadline is friday
nomatch: you are dead to me

[en.allow.drop-dead-gorgeous]
pattern: drop (dead|deadly) (gorgeous|beautiful|stunning|sexy)
match: she looks drop dead gorgeous

[en.allow.dead-end]
cancels: self_harm harassment cyberbullying
pattern: dead (end|ends|zone|zones|spot|battery|batteries|link|links|pixel|pixels|leaves|skin|space|air)
match: this job is a dead end
match: my phone has a dead battery

[en.allow.phone-died]
cancels: self_harm harassment cyberbullying
pattern: (phone|battery|laptop|car|charger|tablet|ipad|computer|wifi|headphones|airpods|controller|console) (is|s|was|just|) (dead|dying|died)
pattern: (my|the) (phone|battery|laptop|car|plant|plants|ipad|wifi|controller) (died|dies)
match: my phone died
match: battery is dying
match: sorry my phone was dead

[en.allow.to-death]
cancels: self_harm harassment cyberbullying
pattern: (bored|scared|worried|tickled|loved|sick|tired|annoyed|embarrassed) to death
match: im bored to death
match: she was scared to death
note: "sick to death of you" is irritation, not a threat

[en.allow.over-my-dead-body]
cancels: harassment cyberbullying
pattern: over my dead body
match: over my dead body
note: refusal idiom; self_harm models it as hyperbole, so self_harm is not cancelled

[en.allow.death-titles]
pattern: death (metal|star|note|stranding|valley|row|cab|grip)
pattern: death by (chocolate|powerpoint|meetings|meeting)
match: death note is my favourite anime
match: death by powerpoint
note: titles and idioms

# ---------------------------------------------------------------------------------------------
# shoot / shot / gun / bomb / bullet
# ---------------------------------------------------------------------------------------------

[en.allow.shoot-me-a-message]
cancels: self_harm harassment cyberbullying
pattern: shoot (me|us|him|her|them) (a|an|your) (message|text|dm|email|line|pm|note|msg|call|reply)
match: shoot me a message later
match: shoot us an email
nomatch: just shoot me already

[en.allow.shoot-for-the-moon]
pattern: shoot for the (moon|stars)
pattern: shoot (some|) (hoops|pool|baskets)
pattern: shoot the (breeze|shit)
pattern: shooting (star|stars|range|guard)
match: shoot for the moon
match: wanna shoot some hoops
match: saw a shooting star
match: just shoot the breeze

[en.allow.photo-shoot]
cancels: harassment self_harm cyberbullying
pattern: (photo|fashion|video|film|music|product|engagement|wedding|magazine|promo) (shoot|shoots|shooting)
pattern: (photoshoot|photoshoots)
match: we had a photo shoot today
match: the music video shoot
match: photoshoot vibes

[en.allow.shot-of-espresso]
cancels: harassment self_harm cyberbullying
pattern: (shot|shots) of (espresso|tequila|vodka|whiskey|whisky|coffee|rum|gin|wheatgrass|ginger|sunshine)
pattern: (flu|covid|booster|vaccine|allergy|mug|jump|screen|tetanus|trick|slap|bank|free|penalty|parting|cheap|big|long) (shot|shots)
pattern: shot (clock|glass|glasses|put)
match: add a shot of espresso
match: got my flu shot
match: nice trick shot
match: the shot clock ran out

[en.allow.take-a-shot]
cancels: harassment self_harm cyberbullying
pattern: (take|took|taking|give|gave|have) (a|another|my|your) shot (at|of|every|in|on|with)
pattern: (give|gave) it a shot
pattern: worth a shot
match: take a shot every time he says it
match: give it a shot
match: its worth a shot
nomatch: i will take a gun and shoot you

[en.allow.toy-guns]
cancels: harassment self_harm cyberbullying
pattern: (water|nerf|glue|nail|heat|staple|spray|paint|finger|squirt|bubble|radar|top) (gun|guns)
match: bring your water guns
match: i need the glue gun
note: tools and toys; also the folded gun emoji after these words

[en.allow.bombed-the-exam]
cancels: harassment self_harm cyberbullying
pattern: (bombed|bomb|bombing) (the|my|that|this|an|a) (exam|test|quiz|interview|audition|presentation|midterm|final|finals|essay|assignment|gig|set|show)
match: i totally bombed the exam
match: bombed my interview lol

[en.allow.bath-bomb]
cancels: harassment self_harm cyberbullying
pattern: (bath|glitter|photo|seed|calorie|flavor|flavour|truth|love) (bomb|bombs|bombed)
pattern: (photobomb|photobombed|photobombing|lovebomb|lovebombing)
pattern: (is|was|looks|tastes|smells) (the|da) bomb
match: lush bath bombs
match: he photobombed us
match: this pizza is the bomb

[en.allow.bullet-journal]
cancels: harassment self_harm cyberbullying
pattern: bullet (journal|journals|journaling|points|point|proof|train|list|hell)
pattern: (bite|dodged|dodge) the bullet
match: my bullet journal
match: we dodged the bullet there
match: list the bullet points

[en.allow.blow-up-my-phone]
cancels: harassment self_harm cyberbullying
pattern: (blow|blowing|blew|blown) up (my|your|ur|his|her|the) (phone|dms|notifications|inbox|mentions|chat|gc|group)
pattern: (blow|blew|blowing) (my|your|ur) mind
pattern: mind (blown|blowing)
match: stop blowing up my phone
match: that blew my mind
match: mind blown

# ---------------------------------------------------------------------------------------------
# cut / hang / rope / pills (self-harm look-alikes)
# ---------------------------------------------------------------------------------------------

[en.allow.cut-food]
cancels: self_harm harassment cyberbullying
pattern: (cut|cutting|cuts) ~1 (the|some|a|up) (onions|onion|cake|vegetables|veggies|paper|grass|lawn|fabric|wood|pizza|bread|steak|carrots|tomatoes|fruit|apple|cheese|meat|chicken|wire)
match: cut the onions
match: i was cutting the cake
match: cut up the carrots

[en.allow.cut-idioms]
cancels: self_harm harassment cyberbullying
pattern: (cut|cutting) (corners|class|classes|ties|costs|school)
pattern: cut it out
pattern: cut (it|things) (close|short)
pattern: cut (me|him|her|them|us|you|u) (some|a) slack
pattern: (cut|cuts|cutting) (the|a) (deal|check|cheque|line|queue|cord|chase|mustard)
match: stop cutting corners
match: you cut it close
match: cut it out you two
match: cut me some slack
match: we cut class
match: cut the line

[en.allow.cutting-board]
cancels: self_harm harassment cyberbullying
pattern: cutting (board|boards|edge|room|mat|tool|machine|costs)
pattern: (paper|price|tax|hair|budget|pay|power|rate|short|crew|pixie|bob|directors|final|tree) (cut|cuts)
pattern: (haircut|haircuts|cutscene|cutscenes|cutout|cutouts|shortcut|shortcuts)
pattern: cut (my|your|her|his|the) (hair|bangs|fringe|nails)
match: hand me the cutting board
match: got a paper cut
match: i cut my hair
match: skip the cutscene

[en.allow.hang-out]
cancels: self_harm
pattern: (hang|hangs|hanging|hung) (out|up|around|with)
pattern: hang on (tight|there|lol|please|wait|sec)
pattern: (hangout|hangouts|hangover|hangovers|hanger|hangers)
match: wanna hang out
match: she hung up on me
match: hanging out tonight
match: worst hangover ever
match: hang on tight
note: "hang in there" is separate; "hang yourself" never contains these words

[en.allow.hang-in-there]
cancels: self_harm harassment cyberbullying
pattern: hang in there
match: hang in there it gets better
note: also a support cue

[en.allow.hang-things]
cancels: self_harm harassment cyberbullying
pattern: (hang|hanging|hung) (the|a|my|your|some) (picture|pictures|painting|paintings|laundry|clothes|coat|coats|lights|poster|posters|decorations|flag|curtains|mirror|washing|stockings)
pattern: (hanging|hang) (plants|plant|baskets|basket|gliding|glider|ten|loose)
pattern: (the|get) hang of
match: help me hang the pictures
match: i hung my coat
match: getting the hang of it
match: hanging baskets on the porch

[en.allow.rope]
cancels: self_harm harassment cyberbullying
pattern: (jump|jumping|skipping|skip|climbing|tow|tight|tug) rope
pattern: (learn|learning|learned|know|knows) the ropes
pattern: on the ropes
pattern: rope (swing|bridge|course|climb|access|lights|ladder|tricks)
match: jump rope at recess
match: still learning the ropes
match: the rope swing at the lake
match: the champ is on the ropes

[en.allow.chill-pill]
cancels: self_harm harassment cyberbullying
pattern: (chill|happy) pill
pattern: bitter pill (to|)
pattern: (vitamin|vitamins|birth|allergy|fish|iron) (pill|pills)
pattern: pill (box|organizer|organiser|bug|bugs)
match: take a chill pill
match: a bitter pill to swallow
match: my vitamin pills
match: a weekly pill organizer
note: "sleeping pills", "diet pills" and "pill bottle" are deliberately absent: they occur inside overdose and eating-disorder phrases

[en.allow.jump-off-the-diving-board]
cancels: self_harm
pattern: (jump|jumped|jumping) (off|from) (the|a) (diving|swing|trampoline|dock|couch|bed)
pattern: (jump|jumped|jumping) (off|from) (the|a) high (dive|board)
match: jump off the diving board
match: we jumped off the dock
match: jumping off the high dive
nomatch: i want to jump off the bridge
nomatch: jump off the high bridge

[en.allow.drowning-in-work]
cancels: self_harm harassment cyberbullying
pattern: (drowning|drowned|drown) in (homework|work|emails|assignments|paperwork|laundry|debt|tasks|notifications|deadlines)
pattern: drown (my|our|your) sorrows
match: im drowning in homework
match: drowning in emails
match: drown my sorrows in ice cream

[en.allow.choke]
cancels: self_harm harassment cyberbullying
pattern: choking hazard
pattern: (choked|choke|choking) (in|at|under|during) (the|) (final|finals|playoffs|clutch|pressure|exam|game|end|interview)
pattern: (choked|choke|choking) on (my|a|the|his|her) (food|water|drink|coffee|gum|spit|popcorn)
match: small parts choking hazard
match: they choked in the final
match: i choked on my water
nomatch: i will choke you

[en.allow.take-a-stab]
cancels: self_harm harassment cyberbullying
pattern: (take|took|taking|have|had) a stab (at|in)
pattern: stab in the dark
match: ill take a stab at it
match: just a stab in the dark

# ---------------------------------------------------------------------------------------------
# food, body and exercise (eating-disorder and appearance look-alikes)
# ---------------------------------------------------------------------------------------------

[en.allow.im-starving]
cancels: eating_disorder self_harm
pattern: starving (lets|lol|lmao|rn|bro|whats|grab|order|dinner|lunch|breakfast|haha|omg|when)
pattern: (starving|hungry) (artist|artists|student|students)
pattern: starve a fever
match: im starving lets get pizza
match: so starving whats for dinner
match: the life of a starving artist
match: feed a cold starve a fever
nomatch: im starving myself again
note: hunger; "starving myself" and "starving for days" are never covered

[en.allow.fat-chance]
cancels: eating_disorder cyberbullying harassment
pattern: fat chance
pattern: (chew|chewing) the fat
pattern: (low|reduced|non|full) fat
pattern: fat (free|content|cat|cats|tire|tyre|tires|stacks|bike)
pattern: (trans|saturated|unsaturated|healthy|animal|goose|duck|bacon|pork) (fat|fats)
pattern: big fat (lie|deal|greek|zero)
match: fat chance of that
match: low fat yogurt
match: healthy fats like avocado
match: my big fat greek wedding
match: just chewing the fat
match: sugar and fat free

[en.allow.body-fat]
cancels: cyberbullying harassment
pattern: body fat (percentage|percent|scale|test|measurement)
pattern: (fatty|omega) (acid|acids|liver)
match: whats your body fat percentage
match: omega 3 fatty acids
note: fitness and nutrition vocabulary; cancels bullying look-alikes only, not eating-disorder entries

[en.allow.skinny-things]
cancels: eating_disorder cyberbullying harassment
pattern: skinny (jeans|latte|lattes|dip|dipping|fries|tie|margarita|syrup|pop)
match: my skinny jeans
match: a skinny latte please
match: lets go skinny dipping

[en.allow.thin-things]
cancels: eating_disorder cyberbullying
pattern: thin (crust|mint|mints|ice|air|line|film|slice|slices|walls|wall|paper|layer|sheet|skin|blue)
pattern: (thin|thinner) (the|your) (paint|sauce|batter|mixture)
match: thin crust pizza
match: girl scout thin mints
match: skating on thin ice
match: vanished into thin air
match: thin the paint with water

[en.allow.pig-out]
cancels: eating_disorder cyberbullying harassment
pattern: (pig|pigging|pigged) out
pattern: (guinea|peppa|pot|piggy) (pig|pigs|bank)
pattern: pig latin
pattern: pigs in (a|) (blanket|blankets)
pattern: when pigs fly
match: lets pig out on pizza
match: my guinea pig
match: we speak pig latin
match: pigs in a blanket
match: yeah when pigs fly

[en.allow.binge-watch]
cancels: eating_disorder
pattern: (binge|binged|binging|bingeing) (watch|watched|watching|watchable|read|reading|listen|listening|play|playing)
pattern: (binge|binged|binging|bingeing) (the|this|that|a) (series|show|season|anime|podcast|shows|seasons|books|episodes)
pattern: (bingewatch|bingewatched|bingewatching|bingeworthy|bingeable)
match: binge watch the whole season
match: i binged that show
match: so bingeable
nomatch: i binge and then purge
note: screen time, not eating

[en.allow.purge-files]
cancels: eating_disorder
pattern: (purge|purged|purging) (the|my|your|old|all) (cache|closet|files|data|emails|inbox|queue|logs|history|wardrobe|clothes|photos|drafts|bookmarks|followers)
pattern: (closet|email|inbox|data|digital|wardrobe|spring) purge
pattern: (watch|watched|watching) the purge
match: purge the cache
match: doing a closet purge
match: watching the purge tonight

[en.allow.restricted-access]
cancels: eating_disorder
pattern: (restricted|restrict|restricting|restricts) (access|area|areas|mode|content|account|permissions|substance|substances|zone|use|settings|list)
match: restricted mode is on
match: restrict access to the folder
note: settings and permissions

[en.allow.religious-fasting]
cancels: eating_disorder
pattern: (fast|fasting|fasted|fasts) (for|during|on|in) (ramadan|lent|yom|bloodwork|blood|surgery|eid|passover|tisha|ekadashi|navratri)
pattern: (ramadan|lent|yom|kippur|eid|navratri|religious|iftar|suhoor) ~2 (fast|fasting|fasts)
pattern: break (the|our|my) fast
match: fasting for ramadan
match: im fasting for bloodwork
match: yom kippur fast
match: we break the fast at sunset

[en.allow.you-ate]
cancels: eating_disorder harassment cyberbullying
pattern: (you|u|she|he|yall|they) (ate|eat) that (up|)
pattern: ate and left no crumbs
pattern: (you|u|she|they) (slay|slayed|slaying|slays)
pattern: slay (queen|girl|bestie|sis|king|mama|mom|diva)
match: you ate that
match: she ate and left no crumbs
match: you slay
match: slay queen
nomatch: i will slay you
note: praise slang

# ---------------------------------------------------------------------------------------------
# beat / hit / punch / slap / murder (violence look-alikes)
# ---------------------------------------------------------------------------------------------

[en.allow.beat-the-game]
cancels: harassment cyberbullying
pattern: (beat|beating|beaten|beats) (the|this|that) (game|boss|level|record|heat|traffic|rush|odds|system|clock|buzzer|crowd|deadline|final)
pattern: (beat|beating|beaten|beats) (my|your|his|her|their|the) (record|score|time|highscore|pr|pb|best)
pattern: (beat|beating|beats|beaten) ~1 (at|in) ~1 (chess|checkers|tennis|cards|poker|scrabble|monopoly|uno|basketball|soccer|football|fortnite|minecraft|golf|smash|mario|trivia)
pattern: (beat|beating|beaten) (the|some|two|three|four) (eggs|egg|batter|cream|butter|mixture|whites)
match: i finally beat the game
match: beating the heat at the pool
match: she beat me at chess again
match: beat the eggs until fluffy
match: i beat my record
nomatch: i will beat you up

[en.allow.knock-em-dead]
cancels: harassment self_harm cyberbullying
pattern: knock (em|them|him|her) dead
pattern: break a leg
match: knock em dead tonight
match: break a leg

[en.allow.hit-me-up]
cancels: harassment cyberbullying
pattern: hit (me|us|her|him|them) up
pattern: hit the (road|gym|books|sack|hay|town|spot|button|jackpot|like|subscribe|showers|slopes|beach|mall|club|bell)
pattern: hit (it|them) off
pattern: (hit|hits|hitting) (a|the|my|your) (homerun|jackpot|note|target|milestone|goal|snooze|high)
pattern: (hit|hits|hitting) a home run
pattern: (smash|smashing) (that|the) (like|subscribe|button)
pattern: smash (bros|brothers|ultimate|burger)
match: hit me up later
match: time to hit the gym
match: they really hit it off
match: she hit the high note
match: he hit a home run
match: smash that like button
match: wanna play smash bros
note: "hit me" (violent) never contains "up" or "the road"

[en.allow.nailed-it]
pattern: nailed (it|that|the)
match: nailed it
note: listed for completeness; a harm lexicon may use "nail" in threats

[en.allow.punch-line]
cancels: harassment cyberbullying
pattern: (fruit|hawaiian|rum|fruity|party) punch
pattern: punch (line|lines|card|cards|bowl|hole|holes|clock|list)
pattern: (punch|punched|punching) (in|out) (at|for|early|late)
pattern: (punchline|punchlines)
pattern: beat (me|you|him|her|them) to the punch
match: more fruit punch please
match: the punch line was great
match: i punch in at nine
match: worst punchline ever
match: you beat me to the punch

[en.allow.song-slaps]
cancels: harassment cyberbullying
pattern: (this|that|it|song|beat|track|album|playlist|remix|chorus|bass) (slaps|slapped|bangs|banged)
pattern: slap (bracelet|bracelets|shot|bass|stick)
match: this song slaps
match: that album slapped
match: remember slap bracelets

[en.allow.murder-mystery]
cancels: harassment self_harm cyberbullying
pattern: murder (mystery|mysteries|hornets|hornet|podcast|board|ballad|ballads|drones)
pattern: murder she wrote
pattern: murder on the dance floor
pattern: (a|an) murder of crows
match: murder mystery party
match: a murder of crows
match: watching murder she wrote
match: murder on the dance floor is a bop
note: titles, games and true-crime vocabulary

[en.allow.murdered-that-song]
cancels: harassment self_harm cyberbullying
pattern: (murdered|slaughtered|destroyed) (that|this|the|it) ~2 (song|cover|performance|verse|beat|track|set|stage|look|outfit|solo|dance|routine|rap|note|notes)
match: she murdered that song
match: he absolutely murdered the verse
match: you destroyed the stage
nomatch: he murdered his wife
note: praise for a performance

[en.allow.suicide-squad]
cancels: self_harm
pattern: suicide (squad|doors|door|sprints|sprint|drills|drill|lines|burpees|run|runs|wings|king|blonde|sauce)
match: watching suicide squad
match: the car has suicide doors
match: coach made us run suicide sprints
note: "suicide prevention" is an awareness cue, not an allow entry

[en.allow.sick-burn]
cancels: harassment cyberbullying
pattern: sick (burn|trick|beat|move|moves|shot|goal|save|play|drop|kicks|ride|setup|build|clip|edit|riff|combo|jump|flip|fit)
pattern: (thats|so|looks|sounds|super|pretty|mad|hella) sick
match: sick burn
match: that is a sick trick
match: thats sick bro
note: "sick" as praise

[en.allow.stupid-simple]
cancels: harassment cyberbullying
pattern: stupid (simple|easy|good|cheap|fast|expensive|hot|fun|funny|rich|busy|long)
pattern: (stupidly|ridiculously) (simple|easy|good|cheap|fast|expensive|hot|fun|rich)
pattern: (dumbbell|dumbbells|dumbwaiter|dumbfounded|dumbstruck)
pattern: dumb (luck|phone|phones|waiter|bell|bells)
pattern: (stupid|dumb) (question|questions|mistake|mistakes) (but|here|i)
match: this recipe is stupid simple
match: stupidly easy to make
match: grab the dumbbells
match: pure dumb luck
match: stupid question but how do i do this
note: "stupid question but" is self-directed modesty

[en.allow.idiot-proof]
cancels: harassment cyberbullying
pattern: (idiot|fool|fools) (proof|gold|errand|day)
pattern: (foolproof|idiotproof)
pattern: (april|aprils) (fools|fool)
match: this setup is idiot proof
match: a foolproof plan
match: april fools
note: "fools gold", "april fools"

[en.allow.loser-game]
cancels: harassment cyberbullying
pattern: (sore|good|gracious) (loser|losers)
pattern: (loser|losers) (bracket|brackets|round|final)
pattern: (losers|loser) (buy|buys|pay|pays|drinks)
match: dont be a sore loser
match: we dropped to losers bracket
match: loser buys pizza
note: game vocabulary; "sore loser" is mild teasing

[en.allow.ugly-sweater]
cancels: cyberbullying harassment
pattern: ugly (sweater|sweaters|christmas|jumper|jumpers|duckling|truth|crying|cry|betty)
match: ugly sweater party
match: the ugly truth
match: i was ugly crying
note: idioms; "ugly" aimed at a person is untouched

# ---------------------------------------------------------------------------------------------
# gendered words with benign senses
# ---------------------------------------------------------------------------------------------

[en.allow.life-is-a-bitch]
cancels: gender_abuse harassment cyberbullying
pattern: (life|lifes|karma|karmas|mondays|monday|traffic|parking|payback) (is|s|are) (a|such) (bitch|biatch)
pattern: (life|lifes|karma|karmas|mondays) (is|s|are) such a (bitch|biatch)
match: life is a bitch
match: karma is a bitch
match: mondays are such a bitch
note: complaints about circumstances

[en.allow.son-of-a-bitch]
cancels: gender_abuse
pattern: (son|sons) of a (bitch|biatch|gun)
match: son of a bitch i stubbed my toe
note: generic profanity, not misogyny; harassment still scores it as an insult

[en.allow.dog-breeding]
cancels: gender_abuse harassment cyberbullying
pattern: (bitch|bitches) (had|has|whelped|whelping) ~2 (puppies|pups|litter)
pattern: (bitch|bitches) (is|was) in season
pattern: (brood|maiden) (bitch|bitches)
match: our bitch had puppies last week
match: the bitch is in season
match: a maiden bitch from champion lines
note: dog-breeding vocabulary

[en.allow.slut-shaming]
cancels: gender_abuse harassment cyberbullying
pattern: slut (shaming|shamed|shame|shamer|shamers)
pattern: (slutshaming|slutshame|slutshamed)
pattern: (fat|body|skinny|mom|victim) (shaming|shamer|shamers|shamed)
match: stop slut shaming
match: slutshaming is gross
match: body shaming hurts
nomatch: she is a slut
note: naming the harm is counter-speech; the bare word "slut" elsewhere in the message still counts

[en.allow.garden-hoe]
cancels: gender_abuse harassment cyberbullying
pattern: (garden|rake|dutch|stirrup|draw|scuffle|collinear|weeding) (hoe|hoes)
pattern: (hoe|hoes|hoed|hoeing) (the|my|your|our) (garden|weeds|beds|rows|soil|field|plot|potatoes|corn)
pattern: (hoedown|hoedowns)
pattern: hoe down
pattern: tally ho
match: use the garden hoe
match: hoeing the potatoes
match: barn hoedown saturday
match: square dance hoe down
match: tally ho chaps
note: gardening tool and dance

[en.allow.i-thot]
cancels: gender_abuse harassment cyberbullying
pattern: (i|we|u|you|he|she|they) thot (so|it|that|you|u|he|she|we|they|about|abt|i|was|this)
match: i thot so
match: i thot you were coming
note: misspelt "thought"

[en.allow.car-tranny]
cancels: gender_abuse harassment cyberbullying
pattern: tranny (fluid|cooler|mount|mounts|rebuild|rebuilt|swap|shifts|slipping|pan|filter|shop|problems|issues|case|gear|gears|jack)
pattern: (manual|automatic|auto|rebuilt|rebuild|replace|replaced|slipping|cvt|five|six) tranny
match: change the tranny fluid
match: my car needs a rebuilt tranny
note: car slang for transmission

[en.allow.royal-troon]
cancels: gender_abuse harassment cyberbullying
pattern: royal troon
pattern: troon (golf|beach|harbour|harbor|station|scotland|ayrshire|open|links|town|academy)
match: the open at royal troon
match: troon beach was lovely
note: Scottish town

[en.allow.roast-potatoes]
cancels: gender_abuse harassment cyberbullying
pattern: (crispy|homemade|fluffy|perfect|goose|duck|sunday|crunchy|leftover) (roastie|roasties)
pattern: (roastie|roasties) (and|with) (gravy|yorkshire|yorkshires|stuffing|pigs|parsnips|carrots)
match: crispy roasties
match: sunday roasties
match: roasties and gravy
note: British roast potatoes

[en.allow.fag-cigarette]
cancels: gender_abuse harassment cyberbullying
pattern: (pack|packet|box|carton|packs|packets) of fags
pattern: fag (break|end|ends|packet|packets|lighter|ash|burn)
pattern: (smoke|smoking|smoked|having|light|lit|roll|rolled|rolling|cheeky|quick) (a|) fag
match: popping out for a fag break
match: a packet of fags
match: fancy a cheeky fag
note: British "fag" = cigarette

[en.allow.slag-heap]
cancels: gender_abuse harassment cyberbullying
pattern: slag (heap|heaps|pile|piles|iron|cement|wool|glass|pot|ladle|inclusion|inclusions)
pattern: (blast|furnace|steel|mining|iron|copper|coal|welding|weld) slag
pattern: (slagging|slagged|slag|slags) off
pattern: (slagging|slagged|slag|slags) (me|him|her|them|you|us|it) off
match: the old slag heap behind the mine
match: chip the welding slag
match: stop slagging off my team
match: they slag him off constantly
note: mining waste, welding; "slag off" = criticise (British)

[en.allow.homo-sapiens]
cancels: gender_abuse harassment cyberbullying
pattern: homo (sapiens|erectus|habilis|neanderthalensis|floresiensis|naledi|heidelbergensis|ergaster|economicus|deus|ludens)
match: homo sapiens evolved in africa
note: species names

[en.allow.dyke-landform]
cancels: gender_abuse harassment cyberbullying
pattern: (sea|flood|dutch|offas|devils|river|canal|volcanic|basalt|igneous|ring|cone) (dyke|dykes)
pattern: dyke (march|marches|swarm|swarms|path)
match: walking offas dyke path
match: the basalt dyke cuts across the cliff
match: going to the dyke march
note: geology, flood defences, and the reclaimed "dyke march"

[en.allow.pussy-cat]
cancels: gender_abuse harassment cyberbullying
pattern: pussy (cat|cats|willow|willows|galore|riot)
pattern: (pussycat|pussycats|pussyfoot|pussyfooting)
match: a fluffy pussy cat
match: pussy willow in spring
match: stop pussyfooting around

[en.allow.man-eater]
cancels: gender_abuse harassment cyberbullying
pattern: man (eater|eaters|eating)
pattern: (maneater|maneaters)
match: shes a man eater
match: the maneater song
note: song title and idiom

[en.allow.nude-colour]
cancels: gender_abuse harassment
pattern: nude (lipstick|lip|lips|color|colour|colors|colours|shade|shades|palette|palettes|heels|tights|pumps|tone|tones|polish|makeup|eyeshadow|nails|gloss|liner|bra|bras|sandals|stockings|beige|pink)
match: post your nude lipstick looks
match: a nude palette
note: fashion colour name

[en.allow.gold-digger-song]
cancels: gender_abuse harassment cyberbullying
pattern: gold digger (by|song|lyrics|kanye|ye)
pattern: (kanye|kanyes|ye) ~2 gold digger
match: gold digger by kanye
match: kanye west gold digger
note: song title

[en.allow.lesbean]
pattern: (lesbean|lesbeans)
pattern: le (dollar|dolla) (bean|beans)
pattern: le bean
match: proud lesbean
match: le dollar bean pride
match: le bean energy
note: identity algospeak for "lesbian" (le$bean folds to lesbean); names an identity, not a harm

# ---------------------------------------------------------------------------------------------
# misc
# ---------------------------------------------------------------------------------------------

[en.allow.execute-plan]
cancels: harassment self_harm cyberbullying
pattern: (execute|executed|executing) (the|a|this|that|my|your) (plan|order|query|command|script|program|code|function|trade|strategy|task|move|play)
pattern: code execution
match: execute the plan
match: remote code execution bug
note: computing and planning

[en.allow.assassins-creed]
cancels: harassment
pattern: (assassins|assassin) (creed|bug|bugs)
match: playing assassins creed
note: game title

[en.allow.knife-tools]
cancels: harassment self_harm cyberbullying
pattern: (butter|bread|palette|putty) (knife|knives)
pattern: knife (skills|sharpener|block)
match: pass the butter knife
match: my knife skills are improving
note: only knives that are never weapons in threats; "pocket knife", "steak knife" are absent

[en.allow.fire-praise]
cancels: harassment cyberbullying
pattern: (is|was|looks|sounds|s|so|straight) fire
pattern: (on|under) fire (lately|today|tonight|this)
match: this beat is fire
match: shes been on fire lately
note: praise slang

[en.allow.sore-muscles]
cancels: self_harm harassment cyberbullying
pattern: (legs|arms|abs|calves|muscles|back|feet|thighs|glutes) (are|is|were|was|r) (dead|dying|killing|destroyed|wrecked)
match: my legs are dead after that run
match: my calves are killing me
note: soreness after exercise

[en.allow.beat-you-game]
cancels: harassment
pattern: beat (you|u|ya) (next time|again|tomorrow|to it|in a race|at)
match: ill beat you next time
match: i will beat you at chess
note: competition, not violence ("hurt-you" would read "ill beat you next time" as a threat)

[en.allow.find-you-help]
cancels: harassment
pattern: find (you|u) (and|n) (bring|help|save|get|take|hug)
match: we will find you and bring you home
note: rescue wording, not a threat

[en.allow.shoot-you-a-message]
cancels: harassment
pattern: shoot (you|u|ya) (a|an) (text|message|email|dm|link|msg)
match: ill shoot you a text
note: "shoot you a text" is sending a message

[en.allow.school-ed]
cancels: eating_disorder
pattern: (drivers|driver|driving|sex|phys|special|physical) ed
match: any drivers ed tips
note: "ed" as education, not eating disorder

# ---------------------------------------------------------------------------------------------
# precision review (benign frames that contain new harm patterns)
# ---------------------------------------------------------------------------------------------

[en.allow.beat-you-up-the-hill]
cancels: harassment
pattern: beat (you|u|ya) up (the|that|this) (hill|mountain|stairs|climb|slope|road|trail|ladder|leaderboard|rankings|table|league)
pattern: beat (you|u|ya) up there
match: ill beat you up the hill next time
match: race you to the top, ill beat you up there
note: racing, not assault

[en.allow.chinese-zodiac]
cancels: harassment cyberbullying
pattern: (rat|ox|tiger|rabbit|dragon|snake|horse|goat|sheep|monkey|rooster|dog|pig) in the (chinese|lunar) zodiac
pattern: year of the (rat|ox|tiger|rabbit|dragon|snake|horse|goat|sheep|monkey|rooster|dog|pig)
match: youre a snake in the chinese zodiac
match: born in the year of the pig
note: zodiac signs

[en.allow.animal-trades]
cancels: harassment cyberbullying
pattern: (snake|snakes|rat|rats|pig|pigs|weasel|vulture) (handler|handlers|catcher|catchers|charmer|charmers|keeper|keepers|breeder|breeders|farmer|farmers|owner|owners|expert|experts|rescuer|rescuers|wrangler|wranglers|photographer)
match: shes a snake handler at the zoo
match: hes a rat catcher by trade
note: jobs and hobbies with animals

[en.allow.fictional-role]
cancels: harassment cyberbullying
pattern: (psychopath|psycho|sociopath|narcissist|villain|monster|lunatic|creep|killer|predator|traitor|bully|snake|rat) in (the|this|that|a) (movie|film|show|series|book|novel|game|play|episode|musical|sequel)
match: shes a psychopath in the movie and the acting is incredible
note: describing a fictional character

[en.allow.sports-praise]
cancels: harassment cyberbullying
pattern: (lunatic|animal|beast|monster|machine|menace) on the (pitch|court|field|ice|track|mic|drums|wing|ball|boards|mat)
match: he is a lunatic on the pitch
note: praise for an athlete or performer

[en.allow.terrible-to-play-with]
cancels: harassment cyberbullying
pattern: (terrible|horrible|awful|worst|bad) (person|people|friend|human|teammate) to (play|watch|travel|shop|game|cook|go|sit|share)
match: youre a terrible person to play monopoly with lol
note: teasing about a game or activity

[en.allow.killed-off]
cancels: harassment cyberbullying
pattern: (killed|kill|kills|killing) off ~2 (season|episode|show|series|book|movie|film|finale|sequel|chapter|arc|comic)
match: they deserve to be killed off in season 3
match: i hope she gets killed off next season
note: a character written out of a story

[en.allow.shot-at-title]
cancels: harassment
pattern: shot at (the|a) (title|championship|cup|trophy|playoffs|goal|record|win|gold|medal|redemption|final|crown|belt|job|role|promotion)
match: they deserve to get a shot at the title
note: an opportunity, not gunfire

[en.allow.queer-community]
cancels: harassment cyberbullying gender_abuse
pattern: (you|u|ya) queer (folks|folk|people|community|elders|friends|fam|family|kids|youth|siblings|comrades|readers|artists|creators|fans)
match: see you queer folks at pride
match: thank you queer elders for paving the way
note: address to the community, not the slur "you queer"

[en.allow.affection-monkey]
cancels: harassment cyberbullying
pattern: (love|miss) (you|u|ya) (monkey|monkeys)
pattern: ape (into|in)
match: love you monkey, sleep tight
match: did you ape into the new token
note: pet name for a child; crypto slang

[en.allow.no-shame-in-help]
cancels: harassment cyberbullying
pattern: no shame in (asking|seeking|getting|reaching|talking|admitting|needing|crying|taking)
match: she has no shame in asking for help
note: praise, not "has no shame"

[en.allow.up-yours-question]
cancels: harassment
pattern: (my|mine|mines|our|ours) ~3 up yours
pattern: up yours (is|still|too|yet|coming|done|ready|looking)
match: got my tree up, yours?
match: hurry up yours is still in the oven
note: "mine is up, yours?", not the insult "up yours"

[en.allow.barber-fade]
cancels: harassment
pattern: (fade|fades) (at|from) (the|my|a) (barber|barbers|barbershop|shop)
pattern: (fresh|skin|low|high|mid|taper|burst|drop) fade
match: gonna catch a fade at the barber before the wedding
note: haircut, not the drill slang "catch a fade"

[en.allow.fired-up]
cancels: harassment cyberbullying
pattern: (get|gets|got|getting|be|am|im|so|all|were|are|is) fired up
match: hope you get fired up for the game
note: excited, not dismissed

[en.allow.expose-to]
cancels: cyberbullying
pattern: expose (you|u|ya|her|him|them|kids|children|us) to (new|different|more|a|the sun|sunlight|peanut|peanuts|allergens|other|so|many|lots|germs|nature|music|languages|cultures|ideas|art|books)
match: this trip is gonna expose you to so many new cultures
match: were gonna expose them to peanut early
note: introduce someone to something

[en.allow.if-no-friends-yet]
cancels: cyberbullying
pattern: if (you|u) (dont|do not) (have|got) (any|real) (friends|friend|mates) (yet|there|here|in|at|nearby|who)
match: if you dont have any friends there yet, join a club
note: advice, not the taunt

[en.allow.never-let-anyone-tell-you]
cancels: cyberbullying harassment
pattern: (let|letting) (anyone|anybody|someone|people|them|others) tell (you|u) ~1 (your|ur) (feelings|life|existence|voice|opinion) (dont|doesnt|do not|does not) matter
match: never let anyone tell you your feelings dont matter
note: support that quotes the taunt to reject it

[en.allow.hate-that-women-suffer]
cancels: gender_abuse harassment cyberbullying
pattern: (hate|hates) (seeing|) (women|girls|woman|gay people|trans people|immigrants|muslims|jews) (being|getting) (underpaid|paid less|harassed|abused|attacked|assaulted|catcalled|judged|shamed|mistreated|ignored|overlooked|hurt|killed|blamed|silenced|objectified|bullied|targeted|excluded|discriminated)
pattern: (hate|hates) (that|how|) (women|girls) (have to|having to|must|still have to|need to) (fear|worry|deal|put up|live|walk|fight|prove)
match: i hate women being underpaid for the same work
match: i hate women having to fear walking home at night
note: hating what happens to a group, not hating the group

[en.allow.exercise-legs-together]
cancels: gender_abuse
pattern: (legs|knees) (closed|shut|together) (and|while|during|as) ~3 (squeeze|squeezing|lift|lifting|engage|engaging|raise|raising|glutes|core|bridge|pose|press|breathe|exhale|inhale|hold)
match: keep your legs closed and squeeze your glutes during the bridge
note: exercise cue

[en.allow.house-and-senate]
cancels: gender_abuse
pattern: (belong|belongs) in the house and the senate
match: women belong in the house and the senate
note: feminist slogan

[en.allow.stay-home-health]
cancels: gender_abuse
pattern: (pregnant|sick|vulnerable|elderly|older|immunocompromised|high risk|symptomatic) (women|people|mothers|workers) should (stay|be|remain) (home|at home|inside|indoors)
match: pregnant women should stay home during heat waves
note: health advice

[en.allow.talking-themselves-down]
cancels: gender_abuse
pattern: (talking|talk|talks) (themselves|ourselves|yourself|herself|myself) down
match: women should stop talking themselves down in interviews
note: encouragement

[en.allow.treated-as-inferior]
cancels: gender_abuse harassment
pattern: (treated|seen|viewed|regarded|considered|framed|portrayed|dismissed) as (inferior|less capable|less competent|lesser)
match: women have historically been treated as inferior to men
note: describes discrimination, does not assert it

[en.allow.professionals-mistreated]
cancels: gender_abuse
pattern: (female|women|woman) ~1 being (called|overlooked|ignored|underpaid|harassed|dismissed|mistaken|treated|passed over|talked over|interrupted|judged|abused|attacked)
match: sick of female doctors being called nurses
match: tired of female engineers being overlooked for promotion
note: complaint about sexism, not about women

[en.allow.stepparent-pride]
cancels: gender_abuse
pattern: (raising|raise|raised) (another mans|other mens|someone elses) (kid|kids|child|children) (as|like) (my|our) own
match: proud to be raising another mans kid as my own
note: step-parent pride

[en.allow.dilate-medical]
cancels: gender_abuse
pattern: dilate (your|the|her|his|my|their) (pupils|pupil|eyes|eye|cervix|arteries|vessels|blood vessels|airways)
match: the doctor will just dilate your pupils
note: medical

[en.allow.end-it-with-partner]
cancels: self_harm
pattern: (end|ending|ended|ends) (it|things) ~3 with (him|her|them|my ex|my boyfriend|my girlfriend|my bf|my gf|my partner|my husband|my wife|my fiance|my fiancee)
match: im ending things for good with my ex this time
match: considering ending it with him
note: a breakup, not suicide

[en.allow.attempted-to-pass]
cancels: self_harm
pattern: (attempted|attempt) (twice|once|three times|several times|multiple times|many times|a few times|before) to (pass|get|make|climb|bake|cook|run|finish|fix|learn|write|build|win|qualify|beat|break)
match: i attempted twice to pass the bar exam
note: trying a task

[en.allow.attempt-at-task]
cancels: self_harm
pattern: attempt at (making|baking|cooking|driving|passing|writing|learning|homemade|sourdough|bread|the driving test|the bar|the exam|the test|a cake|a marathon|the recipe|this recipe|knitting|painting|drawing|coding)
match: after my first attempt at the driving test i cried
note: trying a task

[en.allow.gone-to-college]
cancels: self_harm
pattern: (im|i am|i was|when i|once i|after i) (gone|away|leave|left|move|moved) (to|for) (college|uni|university|school|work|camp|the army|basic|vacation|holiday|a trip|a week|the weekend|the summer)
match: my parents will be fine once im gone to college
note: moving away, not dying

[en.allow.pet-euthanasia]
cancels: self_harm
pattern: (mercy|relief|release|kindness) for (the|my|our|her|his|their|this) (poor|old|sweet|) (dog|cat|pet|horse|pony|rabbit|bunny|hamster|bird|animal)
match: death would be a mercy for the poor dog
note: about an animal

[en.allow.around-longer-on-server]
cancels: self_harm
pattern: (be around|be here|stay) much longer (on|in|at) (this|the|my) (server|job|team|company|game|forum|sub|subreddit|discord|channel|site|app|platform|group|city|town|house|apartment|school|project)
match: not sure ill be around much longer on this server
note: leaving a place or community

[en.allow.something-stupid-like]
cancels: self_harm
pattern: something (stupid|dumb) like (text*|call*|messag*|buy*|eat*|order*|email*|spend*|dye*|book*|tweet*|post*|quit*|shop*)
match: scared ill do something stupid like text my ex
note: everyday regret; "something stupid like hurt myself" is not listed

[en.allow.dyeing-hair]
cancels: self_harm
pattern: dying (my|her|his|your|the|their) (hair|beard|roots|clothes|shirt|fabric|eggs|jeans)
pattern: jumping out of (a|the) (plane|airplane|helicopter)
match: cant stop thinking about dying my hair pink
match: cant stop thinking about jumping out of a plane next week
note: "dying" misspelt for dyeing; skydiving

[en.allow.keep-going-back]
cancels: self_harm
pattern: keep going (back|there|out)
match: why do i keep going back to that restaurant
note: habit, not "why do i keep going"

[en.allow.pills-per-day]
cancels: self_harm
pattern: (pills|meds|tablets|capsules) (a|per|each) (day|night|morning|week)
match: i take like 20 pills a day since my transplant
note: prescribed daily medication

[en.allow.painless-procedure]
cancels: self_harm
pattern: painlessly ~3 (pierc*|tattoo*|wax*|shav*|injection*|shot|vaccine*|needle*|blood|tooth|teeth|splinter*|stitches|epilat*)
match: how to do it painlessly? getting my ears pierced tomorrow
note: a procedure

[en.allow.note-to-recipient]
cancels: self_harm
pattern: (note|notes) (to|for) (the|my|your|our) (landlord|teacher|boss|manager|neighbor|neighbour|neighbors|neighbours|doctor|team|class|professor|school|office|hr|lawyer|coworker|colleague|colleagues|babysitter|nanny|tutor)
match: wrote my note to the landlord about the leak
note: an ordinary note

[en.allow.life-admin]
cancels: self_harm
pattern: life (admin|hack|hacks|lesson|lessons|update|updates|insurance|coach|skills|goals|choices)
match: done with life admin for today
note: compound nouns with "life"
