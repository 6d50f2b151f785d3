# Allowlist: idioms and benign phrases that contain harm words.
# An allow hit cancels every harm hit (of the categories in `cancels`, default all) whose words
# overlap it. An allow pattern must therefore never cover the words of a real harm phrase:
# - "to die for" is written with the verb before it, because "deserve to die for that" contains it;
# - "im starving" needs a food or casual word after it, because "im starving myself" contains it;
# - bare "kill it", "dead", "cut", "hang" are not listed: only fixed phrases are.
# Identity algospeak ("le dollar bean", "lesbean") is listed so that it is never treated as a slur.

lexicon: allow
language: en
version: 2026.11.30.9

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
pattern: life (admin|hack|hacks|lesson|lessons|update|updates|coach|skills|goals|choices)
match: done with life admin for today
note: compound nouns with "life". "life insurance" is left out: it cancelled "does life insurance pay out if it looks like an accident"

# ---------------------------------------------------------------------------------------------
# harassment review, 2026.11.30: everyday phrases around threat and insult words
# ---------------------------------------------------------------------------------------------

[en.allow.h1-find-you-a]
cancels: harassment
pattern: find (you|u|ya) (a|an|the|some|something|someone|somebody|one|another|anything|more|better|later|at|in|on|online|when|there|again|soon|tomorrow|tonight|outside the|after class|after work|by the|near the|your|ur|guys|all|two|both|yall|lot|people|ladies|girls|boys)
pattern: find (your|ur) (family|mom|mum|kids|sister|brother|parents|wife|dad|grandma|girlfriend|gf) (a|an|the|some|something|someone|one|another|at|in|later)
match: i'm gonna find you a good dentist
match: i'll find you at the party
match: i'll find you later
match: i'll find you guys at the entrance
match: i'll find your mom a nice present
note: "find you" followed by an object, a place or a time is help or a meeting, not the threat "I'm gonna find you"

[en.allow.h1-beat-you-at-game]
cancels: harassment cyberbullying
pattern: (end|wreck|destroy|kill|murder|smoke|own|crush|demolish|body|bodied|annihilate|obliterate|bury|clap|cook) (you|u|ya|yall) (in|at|on) (chess|checkers|smash|smash bros|mario kart|mario|fortnite|valorant|cod|warzone|apex|overwatch|league|minecraft|roblox|fifa|madden|2k|rocket league|tennis|ping pong|pool|darts|cards|poker|uno|monopoly|scrabble|trivia|this game|the game|the next game|the next round|the next match|the rematch|ranked|pvp|1v1|this debate|a debate|golf|bowling|basketball|soccer|football|tekken|street fighter|game night|the court|practice|karaoke|the quiz|wordle|sports)
match: i'll kill you at chess lol
match: i'm going to end you in smash bros
match: i'll destroy you in the rematch
note: competitive trash talk about a named game or match, not a threat to a person's body

[en.allow.h1-coming-for-you-game]
cancels: harassment
pattern: coming for (you|u|ya|yall) (in|at|on) (the|this|next|our|round|ranked) ~1 (round|game|match|season|tournament|finals|final|league|leaderboard|rankings|title|crown|spot|race|game night|bracket)
pattern: coming for (your|ur) (title|crown|spot|record|high score|highscore|throne|job|position|belt)
match: i'm coming for you in the next round, good game
match: coming for your crown next season
note: competitive "I'm coming for you / your title" in games and sport

[en.allow.h1-pay-for-the-coffee]
cancels: harassment
pattern: pay for (this|that|it|the) (coffee|meal|dinner|lunch|breakfast|drinks|drink|round|tickets|ticket|pizza|food|gas|uber|taxi|cab|bill|next one|one|time|trip|movie|snacks|groceries)
match: you'll pay for this coffee next time
note: "you'll pay for this coffee" is a bill, not the threat "you'll pay for this"

[en.allow.h1-shot-on-film]
cancels: harassment
pattern: (shot|filmed) on (film|camera|location|an iphone|iphone|a phone|my phone|35mm|digital|video|tape|a drone)
match: you should be shot on film, you're so photogenic
note: photography and film making

[en.allow.h1-choke-on-laughter]
cancels: harassment
pattern: (choke|choking|choked) on (laughter|laughing|your laughter|my laughter|cuteness|the cuteness|giggles)
match: hope you choke on laughter
note: laughter idiom

[en.allow.h1-bitch-please]
cancels: harassment cyberbullying gender_abuse
pattern: bitch (please|pls|plz)
match: bitch please, you know i'll be there
note: dismissive slang exclamation among friends, not an insult on its own

[en.allow.h1-clown-show]
cancels: harassment cyberbullying
pattern: (clown|circus) (show|shoes|shoe|car|college|fiesta|world|makeup|costume|nose|wig|school|party|act|town)
match: what a clown show this government is
note: "clown show / clown car" describe a situation or an institution, not a person; the circus uses

[en.allow.h1-pet-is-such-an-idiot]
cancels: harassment cyberbullying
pattern: (my|the|our|his|her|their) (cat|dog|puppy|kitten|pup|parrot|hamster|bird|rabbit|bunny|horse|pet|cats|dogs|puppies|kittens|goldfish|budgie) (is|was|are|s|were|is being|is just) (such|so|a|an|the|being|literally)
match: my cat is such an idiot she fell off the couch
note: affectionate insults about one's own pet

[en.allow.h1-animals-on-the-floor]
cancels: harassment cyberbullying
pattern: (animals|beasts|monsters|machines|savages|legends|animal|beast|monster|machine|savage) (on|in|at) the (dance floor|floor|pitch|court|field|ice|track|gym|mic|stage|boards|mat|kitchen|grill|dancefloor)
match: you guys are animals on the dance floor
note: praise ("you're an animal in the gym"); plural forms missing from sports-praise

[en.allow.h1-watch-your-back-lifting]
cancels: harassment
pattern: (watch|mind|protect|careful with) (your|ur) (back|lower back|spine|knees) (when|while|during|as|on|with) (you|u|ur|your|) ~1 (squat|squats|squatting|lift|lifting|lifts|deadlift|deadlifts|deadlifting|bend|bending|row|rows|rowing|carry|carrying|train|training|exercise|exercising|shovel|shoveling|shovelling|pick|picking|move|moving|sit|sitting|the squat|the deadlift)
pattern: (watch|mind) (your|ur) back (posture|form|alignment|position|foot|feet|leg|legs|hand|wheel|wheels|tire|tires|pocket|pockets|door|seat|swing|line|row|garden|yard|teeth|tooth)
match: watch your back when you squat, keep it straight
match: mind your back while lifting boxes
match: watch your back foot when you serve
note: fitness and ergonomics advice; "watch your back when you walk home" is not in the list

[en.allow.h1-phrase-is-a-slur]
cancels: harassment cyberbullying gender_abuse
pattern: (country|countries|from|chong|chang|retard|retarded|faggot|fag|tranny|nigger|spic|chink|kike|terrorists|terrorist|animals|vermin|monkey|monkeys|ape|apes|cockroaches|rats|savages|illegals|bitch|whore|slut|cunt|idiot|moron|loser|freak|dyke|homo|queer|gypsy|gyp|jap|paki|raghead|towelhead|wetback|beaner|coon|subhuman|it) (is|was|are|were|isnt) (a|an|not a) (racist|homophobic|transphobic|ableist|antisemitic|xenophobic|sexist|misogynist|misogynistic|offensive|hateful|derogatory|false|harmful|dehumanising|dehumanizing|common|old|tired|slur|ugly) (phrase|slur|term|word|insult|taunt|stereotype|trope|dog whistle|meme|comment|remark|thing|myth|lie|expression|chant|joke|name)
pattern: (is|was|are|were) (a|an) (racist|sexist|homophobic|transphobic|xenophobic|antisemitic|ableist) (phrase|term|word|taunt|stereotype|trope|dog whistle|chant|expression|remark|comment|myth|slur|joke)
match: go back to your country is a racist phrase people used at me
match: ching chong is a racist taunt that was yelled at my kid
match: the article explains why "all muslims are terrorists" is a false stereotype
note: counter-speech that names the phrase just quoted as a slur or stereotype; it overlaps the last word of the quoted phrase, so the quote is cancelled. A workaround: the scorer reads reporting cues only before a hit, so a trailing "... is a racist phrase" cannot be a cue

[en.allow.h1-is-a-phrase-i-hate]
cancels: harassment cyberbullying
pattern: (you|yourself|urself|off|up|it|that|this) (is|was) (a|an) (phrase|word|saying|expression|term|line|insult) (i|that|we|people|you|my|he|she|they|nobody|no one)
pattern: (stitches|coming|back|live|regret|this|that|it|you|u|die|fire|hell) (is|was) (a|an|such a|just a) (dumb|stupid|old|common|silly|popular|famous|classic|movie|cliche|cringe|tired) (saying|phrase|expression|line|quote|meme|cliche|trope)
match: go f yourself is a phrase i hate hearing
match: snitches get stitches is a dumb saying from movies
note: the quoted insult is named as a phrase ("... is a phrase I hate hearing"); it overlaps the quote's last word so the quote is cancelled

[en.allow.h1-wiped-out-of-the-tournament]
cancels: harassment cyberbullying
pattern: (wiped|knocked|kicked|thrown|eliminated|wipe|knock|kick) out (of|in) (the|this|that|our|their) (tournament|competition|playoffs|round|league|game|cup|bracket|qualifiers|group stage|finals|contest|quiz)
match: these people need to be wiped out of the tournament lol
note: elimination from a competition

[en.allow.h1-dead-on]
cancels: harassment self_harm cyberbullying
pattern: (youre|ur|you are|thats|its|was|is) dead (on|accurate|correct|spot on)
match: you're dead on, that's exactly right
note: "dead on" means exactly right

[en.allow.h1-where-you-work-out]
cancels: harassment
pattern: where (you|u|ya) (work out|workout|train|shop)
match: i know where you work out, that gym is great
note: "where you work out" (the gym); the threat entries match "where you work"

# ---------------------------------------------------------------------------------------------
# self-harm and eating-disorder review, 2026.11.30
# ---------------------------------------------------------------------------------------------

[en.allow.h2-end-it-with-someone]
cancels: self_harm
pattern: (ending|end|ended) (it|things) (with|between) (him|her|them|my|the|this|that|us|you|u|boyfriend|girlfriend|bf|gf)
pattern: end things with
match: thinking about ending it with my boyfriend
match: im going to end things with him tonight
nomatch: ive been thinking about ending it
note: breaking up, not ending a life

[en.allow.h2-jumping-into-activity]
cancels: self_harm
pattern: jumping (into|in|on|onto) (the|a) (pool|lake|ocean|sea|water|trampoline|bed|game|call|conversation|queue|bandwagon|stream|lobby|project)
pattern: jumping ship
match: i keep thinking about jumping into the pool
match: thinking about jumping ship to another company
nomatch: i keep thinking about jumping
note: jumping into an activity, not from a height

[en.allow.h2-living-in-place]
cancels: self_harm
pattern: living (in|at|on|near) ~2 (city|town|house|apartment|flat|country|state|area|dorm|dorms|place|economy|francisco|york|angeles|suburbs|village|building|neighborhood|neighbourhood)
pattern: (living|life) paycheck to paycheck
pattern: living with (roommates|my parents|parents|my family|him|her|them|my ex|my mom|my dad|a roommate|siblings|my siblings|my in laws|strangers)
match: im tired of living in this city
match: no point in living in san francisco with these prices
match: im so sick of living with roommates
nomatch: im tired of living
note: complaints about where or how one lives

[en.allow.h2-alive-at-hour]
cancels: self_harm
pattern: (being alive|existing|living|alive) (at|before|on|during) (5am|6am|7am|8am|4am|3am|mondays|monday|this hour|school|work|coffee|finals|exam)
match: i hate being alive at 6am
nomatch: i hate being alive
note: hyperbole about mornings and mondays

[en.allow.h2-hang-yourself-a-thing]
cancels: self_harm harassment cyberbullying
pattern: hang (yourself|urself) (a|some|an) (picture|painting|poster|frame|shelf|hammock|mirror|clock|plant|curtain|curtains|tv)
match: hang yourself a picture on the wall
nomatch: go hang yourself
note: decorating, not an instruction to die

[en.allow.h2-stop-eating-specific-food]
cancels: eating_disorder
pattern: stop eating (so|junk|sugar|fast|after|late|out|meat|gluten|dairy|processed|candy|chips|takeout|sweets|snacks|at|before|my|your|that|those|these|the|red|pork|carbs|bread)
match: i need to stop eating junk food
match: i need to stop eating so much sugar
nomatch: i need to stop eating
note: cutting out a particular food or habit is ordinary diet talk

[en.allow.h2-scared-to-eat-food]
cancels: eating_disorder
pattern: (scared|afraid|nervous|terrified) (to|of) (eat|eating) (in|sushi|raw|spicy|seafood|shellfish|peanuts|nuts|street|gas|cafeteria|leftovers|chicken|oysters|mushrooms|bugs|insects|in front of|there|at|out|expired|mystery)
match: im scared to eat sushi
match: im afraid of eating in front of people at work
nomatch: im scared to eat
note: fear of a particular food or place, not of eating itself

[en.allow.h2-report-pro-ed-content]
cancels: eating_disorder
pattern: (ban|banned|banning|bans|remove|removed|removing|removes|report|reported|reporting|block|blocked|blocking|flag|flagged|flagging|moderate|moderating|crack down on|cracking down on) (all|the|) (thinspo|meanspo|bonespo|proana|pro ana|pro mia|edtwt|thinspiration) (content|posts|accounts|videos|tags|hashtags|communities|sites|pages|)
match: tiktok is removing thinspo content
match: please report proana accounts
nomatch: dm me for thinspo
note: moderation news about pro-eating-disorder content

[en.allow.h2-ribs-after-illness]
cancels: eating_disorder
pattern: (see|feel|count) my ribs (after|since|from) (the|being|my|a) (flu|sick|illness|surgery|covid|chemo|hospital|stomach bug|food poisoning)
match: i can see my ribs after the flu, need to eat more
nomatch: i can see my ribs and i love it
note: weight lost to illness, not body-checking

[en.allow.h2-talking-about-burden]
cancels: self_harm
pattern: (talking|talks|talk|talked|speaking|speaks|mentions|mentioning|mentioned) about (being|feeling like) a burden
match: warning signs include talking about being a burden
nomatch: im such a burden
note: describing a warning sign, not feeling it

[en.allow.h2-dying-after-activity]
cancels: self_harm
pattern: dying (after|from) (that|this|the|my|a|his|her) ~1 (workout|run|hike|leg day|class|practice|game|meal|ride|shift|gym|marathon|burrito|curry|wings|hangover|spin|session|match)
match: i feel like dying after that leg day
nomatch: i feel like dying after what happened
note: exhaustion after exercise or food

[en.allow.h2-dye-hair]
cancels: self_harm
pattern: die (my|her|his|your|ur|their) (hair|beard|eyebrows|clothes|shirt|shoes|jeans)
match: honestly i want to die my hair blue
nomatch: i want to die
note: misspelling of "dye"

[en.allow.h2-plan-for-event]
cancels: self_harm
pattern: (plan|date|time|method) for (the|our|my|a|this|next|his|her) ~1 (launch|wedding|party|trip|move|meeting|project|release|event|vacation|holiday|game|show|sale|exam|test|interview|birthday|reunion|concert)
match: i have a plan and a date for the launch
nomatch: i have a plan and a date
note: scheduling an event

[en.allow.h2-itchy-bleed]
cancels: self_harm
pattern: (bites|bite|mosquito|eczema|rash|itch|itchy|scab|scabs|pimple|pimples|acne|hangnail|hangnails|cuticles|blister|blisters) ~3 (until|till|til) (they|it) (bled|bleed|bleeds)
match: i scratched my mosquito bites until they bled, so itchy
nomatch: i scratch myself until i bleed
note: scratching an itch, not self-injury

[en.allow.h2-eat-meat-guilt]
cancels: eating_disorder
pattern: i (eat|ate) (out|takeout|meat|animals|animal products|pork|beef|dairy|fast food|mcdonalds|junk food|my roommates|your|his|her)
match: i feel guilty when i eat meat, thinking of going vegan
nomatch: i feel guilty every time i eat
note: ethical or social guilt, not body-driven

[en.allow.h2-cut-myself-accident]
cancels: self_harm
pattern: (cut|cutting|nicked) myself (shaving|cooking|chopping|slicing|while|by accident|accidentally|on a|on the|opening|with a kitchen|with the can|gardening)
match: i cut myself shaving this morning
nomatch: i cut myself again
note: accidental cuts

[en.allow.h2-end-on-a-note]
cancels: self_harm
pattern: end (things|it|it all|everything|the night|the day) (on a|on|with a) (high|positive|good|happy|sweet|note|bang|toast|win)
match: im going to end things on a positive note tonight with a toast
nomatch: im going to end things
note: ending an event well

[en.allow.h2-purge-files]
cancels: eating_disorder
pattern: (purged|purge|purging) (my|all my|the|all the|old|our|his|her|their) ~2 (emails|email|inbox|closet|files|photos|clothes|accounts|followers|contacts|cache|stuff|wardrobe|junk|list|messages|apps|database|records|data|playlist|camera roll|friends list|feed)
match: i purged all my old emails
nomatch: i purged all my dinner
note: decluttering

[en.allow.h2-hurt-myself-activity]
cancels: self_harm
pattern: (hurt|injured|injure|hurting|injuring) myself (playing|during|while|skiing|running|lifting|working out|snowboarding|skating|skateboarding|falling|jumping|tripping|climbing|dancing|at practice|at the gym|at work|in practice|in the game|in gym|on the trampoline|on my bike)
match: i hurt myself playing soccer
nomatch: i hurt myself again
note: sports and accidental injuries

[en.allow.h2-painless-way-to-task]
cancels: self_harm
pattern: (painless|painful) (way|method|ways|methods) to (remove|get rid of|pull|take off|wax|shave|pierce|clean|treat|fix|break up|tell|learn|give|quit|wean|stop|lose weight|get a tattoo)
match: whats the least painful way to remove a splinter
nomatch: whats the least painful way to go
note: everyday "least painful way to" questions

[en.allow.h2-pro-ed-trend-news]
cancels: eating_disorder
pattern: (thinspo|thinspiration|proana|pro ana|meanspo|bonespo|edtwt) (trend|trends|content|culture|communities|community|posts|accounts|movement|videos) ~5 (harm|harms|harming|harmful|dangerous|toxic|banned|ban|problem|damaging|linked|study|studies|research|removed|spreading|affects)
match: the thinspiration trend on social media is harming teens
nomatch: post your thinspo content here
note: news and research about pro-ED content

[en.allow.h2-cliff-jumping]
cancels: self_harm harassment cyberbullying
pattern: (jump|jumping|jumped|jumps) (off|from) (a|the|that) (cliff|bridge|rock|dock|pier|boat|board|ledge) (into|in) (the|a) (lake|water|river|ocean|sea|pool|quarry)
match: jump off a cliff into the lake, best summer ever
nomatch: go jump off a cliff
note: cliff jumping as a water sport

[en.allow.h2-end-with-event]
cancels: self_harm
pattern: end (it all|things|it|the year|the summer|the semester) with a ~1 (party|bang|celebration|trip|dinner|concert|game|win|feast|toast|bbq|sleepover)
match: gonna end it all with a huge party for graduation
nomatch: gonna end it all
note: ending an event with a celebration

[en.allow.h2-keep-going-to-place]
cancels: self_harm
pattern: keep going (to|back to) (that|the|this|my|our|a) (gym|class|school|place|store|restaurant|job|club|team|church|party|doctor|dentist|office|practice|meetings)
match: no reason to keep going to that gym, its closing
nomatch: no reason to keep going
note: going somewhere, not going on living

[en.allow.h2-religious-fasting-buddies]
cancels: eating_disorder
pattern: (fasting|fast) (buddy|buddies|partner|partners|pal|pals) ~4 (ramadan|lent|yom kippur|religious|church|iftar|suhoor|eid|god|prayer|blood test|bloodwork|surgery|colonoscopy|procedure)
pattern: (ramadan|lent|yom kippur|iftar|suhoor) ~4 (fasting|fast) (buddy|buddies|partner|partners|pal|pals)
match: fasting buddies for ramadan? lets support each other
nomatch: any1 wanna be fasting buddies? 48h
note: religious fasting

[en.allow.h2-friend-posts-pro-ed]
cancels: eating_disorder
pattern: (friend|friends|sister|daughter|son|brother|kid|student|cousin|girlfriend|boyfriend|teen|child) (posts|is posting|follows|looks at|shares|is into|got into|reposts|watches|keeps posting) (pro ana|proana|pro mia|thinspo|edtwt|meanspo|bonespo)
match: my friend posts pro ana stuff, how do i help her
nomatch: i post pro ana stuff
note: a worried third party describing someone else's pro-ED content

[en.allow.h2-disappear-from-platform]
cancels: self_harm
pattern: (disappear|vanish|disappearing|vanishing) ~3 (from|off) (twitter|social media|instagram|tiktok|the internet|online|the group chat|school|discord|snapchat|facebook|reddit)
match: i want to vanish for good from twitter, its so toxic
nomatch: i want to vanish forever
note: logging off, not dying

[en.allow.h2-suffer-through]
cancels: self_harm
pattern: (suffer|suffering) through
match: i deserve to suffer through this marathon for signing up
nomatch: i deserve to suffer
note: enduring an activity

[en.allow.h2-birthday-event]
cancels: self_harm
pattern: birthday (dinner|party|lunch|brunch|celebration|trip|drinks|event|cake|bash|sleepover)
match: im not gonna make it to my birthday dinner, flight got delayed
nomatch: im not gonna make it to my birthday
note: missing a celebration

[en.allow.h2-die-on-hill]
cancels: self_harm harassment cyberbullying
pattern: die on (this|that|the same) hill
match: im ready to die on this hill
nomatch: im ready to die
note: idiom for holding a position

# ---------------------------------------------------------------------------------------------
# cyberbullying and gender-abuse review, 2026.11.30: talk about a phrase, law, survivors, everyday uses
# ---------------------------------------------------------------------------------------------

[en.allow.h3-cry-about-it-meta]
cancels: cyberbullying harassment
pattern: cry about it (is|was) (such|a|an|so|the|not|toxic|rude|mean)
pattern: (saying|say|says|said|phrase|the words|stop saying) cry about it
match: cry about it is such a toxic phrase, don't say it
match: stop saying cry about it to people
nomatch: cry about it loser
note: talking about the phrase rather than saying it to someone

[en.allow.h3-end-it-with-partner]
cancels: cyberbullying self_harm
pattern: end (it|things) with (him|her|them|your|ur|my|that|this|the)
match: you should just end it with him, he's toxic
nomatch: you should just end it
note: ending a relationship, not a life

[en.allow.h3-loser-move]
cancels: cyberbullying harassment
pattern: (loser|losers) (move|moves|bracket|round|side|pays|buys)
match: what a loser move by the ref
nomatch: what a loser
note: sports and games: "loser's bracket", "a loser move" about a play, not a person

[en.allow.h3-fat-pig-farm]
cancels: cyberbullying harassment gender_abuse
pattern: (fat|big) (pig|pigs|cow|cows|hog|hogs) (at|on|in) (the|a|our|my) (farm|fair|barn|pen|county fair|petting zoo|zoo|show)
match: we saw a fat pig at the farm
nomatch: you fat pig
note: livestock

[en.allow.h3-threatened-to-leak]
cancels: gender_abuse harassment cyberbullying
pattern: (threatens|threatened|threatening|threaten|threat) to (leak|post|share|send|release|expose|spread) (your|my|her|his|their|the)
match: what to do if someone threatens to leak your nudes
match: my ex threatened to post my pics
nomatch: i will leak your nudes
note: reporting or asking about a sextortion threat, not making one

[en.allow.h3-image-abuse-law]
cancels: gender_abuse
pattern: (survivors|survivor|victims|victim) of (revenge porn|deepfake porn|deepfakes|image based abuse|sextortion|nonconsensual porn)
pattern: (revenge porn|deepfake porn|deepfake|image based abuse|nonconsensual porn) (law|laws|legislation|bill|bills|victims|victim|survivors|survivor|charges|case|cases|statute|ban|is a crime|is illegal|awareness|hotline|helpline|support)
match: the article about revenge porn laws
match: revenge porn victims can get images taken down
match: survivors of revenge porn can request takedowns
nomatch: post some revenge porn of her
note: law, news and support around image-based abuse

[en.allow.h3-slur-glossary]
cancels: gender_abuse harassment cyberbullying
pattern: (words|terms|slurs|slang|lingo|jargon|phrases|language) (like|such as) (foid|foids|femoid|femoids|roastie|roasties|thot|thots|stacy|stacies|chad|chads|tranny|troon|troons)
pattern: (words|terms|slurs|slang|lingo|jargon|phrases|language) (like|such as) (foid|foids|femoid|femoids|roastie|roasties|thot|thots|stacy|stacies|chad|chads|tranny|troon|troons) (and|or|) (foid|foids|femoid|femoids|roastie|roasties|thot|thots|stacy|stacies|chad|chads|tranny|troon|troons)
match: incels use words like foid and roastie, here's a glossary
nomatch: shut up foid
note: describing the vocabulary of a hate community (glossaries, research, moderation guides)

[en.allow.h3-female-dog]
cancels: gender_abuse harassment
pattern: (female dog|female dogs) ~3 (bitch|bitches)
pattern: (bitch|bitches) (in heat|and puppies|had puppies|whelped|and her puppies|and her litter)
match: female dogs are called bitches
nomatch: you stupid bitch
note: dog breeding vocabulary

[en.allow.h3-slutwalk]
cancels: gender_abuse harassment cyberbullying
pattern: (slut walk|slutwalk|slut walks|slutwalks)
pattern: slut shaming
match: a slut walk is a protest march
match: slut shaming is wrong
nomatch: you're a slut
note: the protest march and the name of the harm ("slut shaming")

[en.allow.h3-dress-for-the-play]
cancels: gender_abuse cyberbullying
pattern: in a (dress|wig|skirt) (for|in) (the|a|his|our|their|school) (play|show|role|part|panto|pantomime|musical|skit|halloween|costume|production|drag show)
match: he is a man in a dress for the play, it's hamlet
nomatch: you're just a man in a dress
note: costume and theatre

[en.allow.h3-report-to-adult]
cancels: cyberbullying
pattern: (report|reporting) (him|her|them|his|this|that) ~3 to (the|a|an|your|ur) (mods|moderators|mod|admins|admin|teacher|principal|police|cops|school|platform|counselor|counsellor|adult|parents|trust and safety)
match: everyone report him to the mods, he's posting slurs
nomatch: everyone report her account
note: advice to report abuse to someone who can act is not a mass-report pile-on

[en.allow.h3-old-joke-meta]
cancels: cyberbullying harassment
pattern: face for (radio|a podcast) (is|was) (an|a|the) (old|classic|common|oldest|) (joke|saying|line|insult|one)
match: you have a face for radio is an old joke
nomatch: you have a face for radio
note: talking about the joke rather than telling it to someone

[en.allow.h3-nobody-likes-you-more-than]
cancels: cyberbullying harassment
pattern: (nobody|no one|noone) (likes|loves|knows|gets|understands|misses) (you|u|ya) (more|better) than
match: nobody likes you more than your dog does lol
nomatch: nobody likes you
note: "nobody loves you more than ..." is affection

[en.allow.h3-man-of-your-word]
cancels: gender_abuse
pattern: (man|guy|dude|boy) of (your|ur|his|their|my|few) (word|words|honor|honour|faith|principle|principles|action)
match: you'll always be a man of your word
nomatch: you'll always be a man
note: idiom

[en.allow.h3-things-just-disappear]
cancels: cyberbullying self_harm
pattern: (or|will|would|always|seem to|seems to|tend to|tends to|it|things|money|socks|files|problems|feelings|worries|pain|snow|cookies|they) just (disappear|disappears|vanish|vanishes)
match: expect something to explode, erode, collapse or just disappear
match: my socks just disappear in the dryer
nomatch: just disappear already
nomatch: you should just disappear
note: things vanishing, not telling a person to

[en.allow.h3-screenshot-benign-object]
cancels: cyberbullying
pattern: (screenshot|screenshots|screenshotted|screenshotting|ss|screenie) (this|the|that|a|my|your|ur|his|her) (recipe|list|schedule|map|menu|address|info|deal|sale|coupon|code|link|page|answer|error|article|score|results|receipt|itinerary|ticket|tickets|homework|assignment|notes|directions|outfit|playlist|meme|bug|question|quiz|slide|slides|chart|graph|flyer|poster)
match: i'm screenshotting this recipe and sending it to everyone in my family
nomatch: i'm screenshotting this and sending it to everyone
note: sharing a useful screenshot; private messages, texts, chats and dms are not listed

[en.allow.h3-cut-yourself-a-slice]
cancels: self_harm cyberbullying harassment
pattern: cut (yourself|urself|yaself) (a|some|another) (slice|piece|break|bit|portion|wedge|chunk|sandwich|deal)
pattern: cut (yourself|urself) some slack
match: cut yourself a slice of cake
match: cut yourself some slack
nomatch: go cut yourself
note: food and the idiom "cut yourself some slack"

[en.allow.h3-snaps-of-the-event]
cancels: gender_abuse
pattern: (snaps|pics|photos|videos|vids|pictures) (of|from) (the|that|our|this|last|your|ur) (concert|game|party|trip|wedding|show|beach|match|event|recital|graduation|prom|holiday|vacation|night|weekend|festival|dance|birthday)
match: i saved your snaps of the concert, they're so good
nomatch: i saved your snaps, do what i say
note: ordinary photos of an event

[en.allow.h3-event-pics-in-gc]
cancels: gender_abuse cyberbullying
pattern: (pics|photos|pictures|vids|videos|snaps) (in|to|on) the (groupchat|gc|group chat|chat|server|discord) (from|of) (the|our|my|your|ur|his|her|last|this|that) (party|bday|birthday|trip|game|wedding|concert|dance|prom|vacation|holiday|event|match|show|night|weekend|recital|graduation|reunion)
match: post the pics in the groupchat from the bday party
nomatch: post her pics in the groupchat
note: sharing event photos with the group

[en.allow.h3-nobody-wants-you-to-leave]
cancels: cyberbullying harassment
pattern: wants (you|u|ya) to (leave|go|quit|feel bad|feel left out|get hurt|be sad|worry|change|give up|stop|suffer|hurt|feel alone|be alone|be lonely|feel excluded|cry|struggle)
match: nobody here wants you to leave!
match: no one wants you to suffer
nomatch: nobody here wants you
note: "nobody wants you to leave / to suffer" is reassurance

# ---------------------------------------------------------------------------------------------
# second harassment review, 2026.11.30
# ---------------------------------------------------------------------------------------------

[en.allow.h5-shoot-you-guys]
cancels: harassment
pattern: shoot (you|u|ya) (guys|all|two|both|over|some|my|the|an|a) (email|emails|link|links|pics|photos|info|details|invite|invites|address|number|message|text|dm|msg|note|list|file|files|video|deets|quote|update|reminder)
pattern: shoot (you|u|ya) (guys|all) (a|an|some|the)
pattern: shoot (you|u|ya) (over|) (the|some|my) (pics|photos|info|details|invite|address|number|files|link|deets|quote)
match: ill shoot you guys an email
match: i'll shoot you over the details tonight
nomatch: ill shoot you
note: "shoot you (guys) an email / the details" is sending something, not a shooting threat

[en.allow.h5-get-fucked-up]
cancels: harassment
pattern: get (fucked|fukd|fked) up (tonight|this weekend|at the party|on|off|lol|together|with)
pattern: (wanna|want to|to|gonna|lets|let's) get (fucked|fukd) up
match: let's get fucked up tonight
nomatch: get fucked loser
note: "get fucked up" as getting drunk or high, not the brush-off "get fucked"

[en.allow.h5-die-peacefully]
cancels: harassment
pattern: die (peacefully|happy|happily|old|of old age|surrounded by|in your sleep at|at a ripe old age|rich|a legend|a happy man|a happy woman)
match: i hope you die peacefully at 100 surrounded by grandkids
match: hope you die happy and old
nomatch: hope you die
note: warm wishes for a long life ("hope you die peacefully at 100") contain "hope you die"

[en.allow.h5-love-you-idiot]
cancels: harassment cyberbullying
pattern: (love|luv|ily|miss) (you|u|ya|yall) (too|) (you|u|ya) (idiot|idiots|dummy|dork|goof|goofball|weirdo|nerd|dumbass|moron|loser|nutter|muppet|numpty|clown)
match: love you, you idiot
match: miss you too you dork
nomatch: you idiot
note: affectionate teasing between friends ("love you, you idiot")

[en.allow.h5-ass-kicking]
cancels: harassment
pattern: (ass|arse|butt) (kicking|kicker|kickers|whooping|whoopin|whuppin|beating|kickin)
match: nice ass kicking in that match
nomatch: nice ass
note: "an ass kicking" is a beating or a big win; "nice ass kicking" is praise, not a body comment

[en.allow.h5-tracking-your-package]
cancels: harassment
pattern: (tracking|track|tracked) (your|ur) (package|parcel|order|delivery|shipment|progress|steps|calories|workouts|mileage|sleep|budget|spending)
match: i'm tracking your package for you
nomatch: i'm tracking your location
note: logistics and fitness tracking

[en.allow.h5-doxxing-is-illegal]
cancels: harassment
pattern: (doxxing|doxing|swatting|getting doxxed|being doxxed|getting doxed|being doxed) (is|are|was|can be) (illegal|a crime|a federal crime|dangerous|serious|not ok|not okay|wrong|scary|terrifying|against the rules|against tos|against the law|bannable)
pattern: (report|reported|reporting) (doxxing|doxing|the doxxing|the dox|swatting)
match: doxxing is illegal and you should report it
match: how do i report doxxing on discord
nomatch: doxx him
note: talk about doxxing as a harm (awareness, reporting), not a call to do it

[en.allow.h5-square-up-in-game]
cancels: harassment
pattern: square up (in|on|at) (smash|smash bros|chess|fortnite|mario kart|the game|ranked|the court|1v1|ping pong|pool|madden|fifa|2k|tekken|street fighter|valorant|cod|warzone|minecraft|roblox|apex|overwatch|league|tennis|the board)
pattern: meet me outside (the|at|by|in|of|my|our) (cinema|theater|theatre|station|mall|store|shop|building|office|library|restaurant|cafe|school at|gym|lobby|entrance|gate|front|house at|hotel|venue|stadium|church|bank)
match: square up in smash bros tonight
match: meet me outside the cinema at 7
nomatch: square up
nomatch: meet me outside
note: a match challenge in a game, and a meeting place, not a fight

[en.allow.h5-cut-you-a-slice]
cancels: harassment
pattern: cut (you|u|ya) (a|an|some|in|off|loose|slack|short|out|free|down to size|a break|a check|a deal|a piece|a slice|some slack)
match: i'll cut you a slice of cake
match: ill cut you in on the deal
nomatch: ill cut you
note: "cut you a slice / some slack / in on it" is not a knife threat

[en.allow.h5-posted-address-for-event]
cancels: harassment
pattern: (posted|post|posting|shared|share|put) (his|her|their|my|our) (address|addy) (on|in) (the|our|their|his|her) (wedding|event|party|invite|invitation|website|site|form|listing|registry|profile|flyer|sign up|signup|rsvp)
pattern: outside (your|ur) (house|place|door|building|apartment|dorm) ~3 (come down|come out|let me in|open the door|open up|in the car|pick you up|to pick you up|honk|ready when|with the pizza|with food|with coffee|with your package|with ur package)
match: he posted his address on the wedding website so guests can find it
match: i'm outside your house, come down!
nomatch: i'm outside your house
note: sharing an address for an event, and arriving to pick someone up

[en.allow.h5-cripple-creek]
cancels: harassment cyberbullying
pattern: cripple creek
match: look at the cripple creek band
note: a place name and a song

[en.allow.h5-dox-myself]
cancels: harassment
pattern: (dox|doxx|doxing|doxxing) (my|myself|me|mine|our)
match: i'll dox my own old account lol
nomatch: dox him
note: doxxing oneself (cleaning up one's own accounts) is not an attack

[en.allow.h5-beat-you-to-it]
cancels: harassment
pattern: beat (you|u|ya) to (it|the finish|the punch|the top|the end|the door|the car|the store|the line|the finish line|the bathroom|first place|the buzzer|the answer)
match: i'll beat you to the finish line
nomatch: i'll beat you to death
note: winning a race, not a beating

[en.allow.h5-clown-fish]
cancels: harassment cyberbullying
pattern: clown (fish|fishes|costume|costumes|makeup|shoes|nose|noses|car|college|show|school|act|wig|suit|outfit|party|emoji)
pattern: loser of a (day|week|year|month|morning|night|game|season)
match: that clown fish is so cute
match: total loser of a day, nothing went right
nomatch: this clown has no idea
note: the clownfish, clown costumes, and "a loser of a day" are not insults of a person

[en.allow.h5-something-sexy-to-wear]
cancels: harassment
pattern: (something|smth|sth) (sexy|hot|spicy|naughty) (to wear|to buy|to cook|to read|to watch|for the party|for date night|for the date|for valentines|to try|for my husband|for my wife|for my boyfriend|for my girlfriend)
match: send me something sexy to wear for the party
nomatch: send me something sexy
note: shopping for clothes or planning a date

# ---------------------------------------------------------------------------------------------
# second cyberbullying and gender-abuse review, 2026.11.30: stereotypes named, slurs mentioned, everyday uses
# ---------------------------------------------------------------------------------------------

[en.allow.h6-stereotype-quoted]
cancels: gender_abuse cyberbullying harassment
pattern: (stereotype|stereotypes|trope|tropes|myth|myths|cliche|cliches|sexist claims|sexist remarks|sexist comments|sexist jokes|sayings|statements|statement|remarks|phrases|quotes|claims|tropes like|claims like|examples include|example is|such as|benevolent sexism) (like|such as|that|including|include|includes|about|of|is|are|) (women|girls|females|woman)
match: the article discusses stereotypes like women are bad drivers
match: benevolent sexism examples include women are delicate
match: participants rated statements like women are too delicate for politics
nomatch: women are bad drivers
note: a sexist claim named as an example of a stereotype; the allow span reaches the first word of the claim, so the claim's hit is cancelled

[en.allow.h6-stereotype-tail]
cancels: gender_abuse
pattern: (women|girls|females|feminists|feminism) ~4 (is a|is an|are a) (stereotype|sexist stereotype|harmful stereotype|myth|trope|sexist trope|sexist myth|tired stereotype|outdated stereotype|meme|sexist meme|sexist joke|sexist saying|saying|phrase|dog whistle|talking point)
match: women are too emotional is a stereotype that needs to die
match: feminists ruin everything is a meme i'm tired of seeing
nomatch: women are too emotional to lead
note: a claim followed by "is a stereotype": the writer is rejecting it

[en.allow.h6-dumb-blonde-trope]
cancels: gender_abuse harassment cyberbullying
pattern: dumb (blonde|blond) (trope|stereotype|joke|jokes|cliche|character|archetype|meme|memes|stereotypes)
match: the dumb blonde trope is outdated
nomatch: shes such a dumb blonde
note: the trope named, not a person called it

[en.allow.h6-slur-as-word]
cancels: gender_abuse harassment cyberbullying
pattern: (the word|the term|the slur|words like|word like|the insult) (whore|slut|bitch|cunt|faggot|fag|tranny|dyke|retard|hoe|thot|skank)
pattern: (whore|slut|bitch|cunt|faggot|fag|tranny|dyke|retard|hoe|thot|skank) (is a|is an|was a|was an|are) (word|slur|term|insult|offensive|derogatory|sexist|misogynist|misogynistic|homophobic|transphobic|ableist|old|reclaimed)
pattern: (the|that) (cunt|c|f|t|n) word
match: whore is a word used in old literature
match: the cunt word is considered the most offensive
match: the word faggot is a slur
nomatch: shut up you whore
note: mention of a slur as a word, not use against a person

[en.allow.h6-dog-breeding]
cancels: gender_abuse harassment cyberbullying
pattern: (the|our|my|a|his|her|that|this) bitch ~4 (puppies|puppy|litter|pups|whelp|whelped|whelping|in heat|breeding|sire|dam|nursing)
match: the bitch pulled her puppies close
match: our bitch had a litter of six
nomatch: the bitch from accounting
note: a female dog in breeding talk

[en.allow.h6-exam-was-a-bitch]
cancels: gender_abuse harassment cyberbullying
pattern: (exam|test|final|finals|day|week|life|traffic|homework|commute|hike|workout|winter|weather|it|parking|shift|move|flight|job) (was|is|s|be|has been|been) (a|such a|a real|a total|a huge) bitch
match: that exam was a bitch
match: parking is a real bitch downtown
nomatch: she is a bitch
note: "X was a bitch" about a thing or an event

[en.allow.h6-entitled-to]
cancels: gender_abuse cyberbullying harassment
pattern: (are|is|r|be|were|was|been|feel|felt) entitled to
match: many women are entitled to maternity benefits
nomatch: women are entitled and spoiled
note: legal entitlement, not the insult "entitled"

# ---------------------------------------------------------------------------------------------
# second self-harm and eating-disorder review, 2026.11.30
# ---------------------------------------------------------------------------------------------

[en.allow.h4-point-of-me-going]
cancels: self_harm
pattern: point (of|in) me (going|coming|joining|showing up|bringing|buying|paying|studying|signing up|doing that|doing this|being there|getting up early|trying out|applying)
match: what's the point of me going if you're not coming
nomatch: whats even the point of me
note: asking whether an errand or outing is worth it, not questioning one's existence

[en.allow.h4-purge-data]
cancels: eating_disorder self_harm
pattern: purge (the|old|all the|all|my|our) ~1 (files|file|cache|caches|logs|log|database|data|records|emails|inbox|queue|backups|server|servers|history|accounts|closet|wardrobe)
match: gonna go purge the old files from the server
nomatch: gonna go purge now
note: deleting data or decluttering, not purging food

[en.allow.h4-saved-a-seat]
cancels: self_harm
pattern: (saved|save|saving) (me|you|us|him|her|them|) (a|my|your|our|the) (seat|spot|place|table|slot)
pattern: be saved (a|my|your|the) (seat|spot|place|table|slot)
match: i don't want to be saved a seat, i'll be late
match: can you save me a seat
nomatch: i don't want to be saved
note: reserving a seat, not rescue

[en.allow.h4-helium-balloons]
cancels: self_harm
pattern: helium (balloons|balloon|tank for the party|for the party|voice)
match: i've been reading about helium balloons for the party
nomatch: i've been reading about helium
note: party balloons

[en.allow.h4-kms-kilometres]
cancels: self_harm
pattern: kms (is|means|stands for|are) ~2 (kilometers|kilometres|abbreviation|short)
match: kms is an abbreviation for kilometers
nomatch: kms
note: the unit, discussed as a word

[en.allow.h4-last-message-today]
cancels: self_harm
pattern: (my|the) (last|final) (message|post|tweet|video|upload|stream|text) (today|tonight|for today|for now|of the day|for the night|this week|of the year|until|before bed|before i sleep|for a while)
match: this will be my last message today, thank you for the help
nomatch: this will be my last message, thank you for being my friend
note: last post of a day or period, not a final goodbye

[en.allow.h4-devices-stop]
cancels: self_harm
pattern: (stop|end|quit) (buzzing|ringing|beeping|lagging|crashing|glitching|loading|raining|snowing|vibrating|flashing|pinging)
match: i just want everything to stop buzzing, turning off notifications
nomatch: i just want everything to stop
note: devices and weather, not life

[en.allow.h4-nail-biting]
cancels: self_harm
pattern: (bit|bite|biting|bites|chewed|chewing|picked|picking) (my|her|his|their) (nails|nail|cuticles|cuticle|lip|lips|nail beds)
match: i bit my nails until they bled, bad habit during exams
nomatch: i bit my arm until it bled
note: nail and lip biting habits

# ---------------------------------------------------------------------------------------------
# allowlist phrases from the round-3 review (sh)
# ---------------------------------------------------------------------------------------------

[en.allow.sh-ways-to-go-lifestyle]
cancels: self_harm
pattern: (way|ways|method|methods) to go (vegan|vegetarian|plant based|keto|paperless|green|solar|electric|freelance|public|abroad|cashless|gluten free|dairy free|sugar free|zero waste|viral|part time|full time|offline|grey|gray|blonde|natural|back to school|to sleep)
match: what are the most painless ways to go vegan
nomatch: what is the most painless way to go
note: lifestyle changes, not a method question

[en.allow.sh-kys-definition]
cancels: self_harm harassment cyberbullying
pattern: kys (means|meant|stands for|is short for|is slang|is an acronym|is an abbreviation|in the chat means|meaning)
pattern: (saying|say|says|typing|type|types|telling people|tell people|telling someone) kys (is|isnt|aint|was|to people|to someone|online|in the comments|under)
pattern: (what does|what do|whats) kys (mean|stand for)
match: kys in the chat means keep yourself safe, right?
match: saying kys is not funny, stop
match: what does kys mean
nomatch: kys nobody likes you
note: talking about the acronym, not saying it to someone

[en.allow.sh-wake-up-time]
cancels: self_harm
pattern: wake up (late|early|on time|in time|too late|too early|with a hangover|hungover|sick|at|before|after|tired|grumpy|sore|for|in time for)
match: i hope i dont wake up late
nomatch: i hope i dont wake up tomorrow
note: waking up late or early is about alarms, not death

[en.allow.sh-delete-yourself-from]
cancels: self_harm cyberbullying harassment
pattern: (delete|remove) (yourself|urself) (from|off) (the|this|that|my|our|your|ur)
match: delete yourself from the group chat if you want lol
nomatch: go delete yourself
note: leaving a group chat or list

[en.allow.sh-self-delete-tech]
cancels: self_harm
pattern: self (delete|deleting|deletes|destruct|destructing) (the|a|all|your|my|old|after|in|messages|message|files|cache|feature|function|option|timer|mode|button|setting)
pattern: (self deleting|disappearing) (messages|message|photos|snaps|files)
match: self delete the cache files
match: turn on self deleting messages
nomatch: go self delete
note: disappearing messages and cleanup scripts

[en.allow.sh-final-post-of-period]
cancels: self_harm
pattern: (final|last) (post|video|message|tweet|stream|upload|story) (of|for|before) (the|this|my|today|tonight|2025|2026|2027) (year|day|night|week|month|season|series|holidays|break|trip|vacation|semester|term|decade|)
match: final post of the year, thanks for following
match: my last message before the holidays, happy new year everyone
nomatch: final post. love you guys
note: end of a period, not a goodbye note

[en.allow.sh-end-it-with-partner]
cancels: self_harm
pattern: end (it|things) with (him|her|them|my boyfriend|my girlfriend|my bf|my gf|my partner|your boyfriend|your girlfriend|ur bf|ur gf|your partner|my ex|the guy|the girl)
match: you should end it with him if he treats you like that
nomatch: you should just end it
note: ending a relationship

[en.allow.sh-whole-bottle-benign]
cancels: self_harm
pattern: (take|took|taking) the whole (bottle|pack|packet|box) (to|into|home|with|back|of wine|of water|of soda|of juice|of cookies|of donuts|of chocolates)
match: take the whole bottle to the recycling
nomatch: take the whole bottle tonight
note: carrying or sharing a container

[en.allow.sh-clean-from-substance]
cancels: self_harm
pattern: (days|weeks|months|years|day|week|month|year) (clean|free|sober) (from|of|off) (vaping|vapes|smoking|cigarettes|nicotine|alcohol|drinking|weed|sugar|caffeine|coffee|soda|social media|tiktok|porn|gambling|junk food|fast food|energy drinks|gaming)
match: 3 weeks clean from vaping and i threw it away tonight
nomatch: 3 weeks clean from cutting and i threw it away tonight
note: a clean streak from a habit that is not self-harm

[en.allow.sh-not-around-tonight]
cancels: self_harm
pattern: (here|around|on|online) (much|for) (longer|long) (tonight|today|online|on here|in chat|in the call|on discord|this evening|gotta|i have to|my battery|my phone|at the party|at work|cause|because|bc)
match: i wont be around much longer tonight, gotta sleep early
nomatch: i wont be around much longer
note: leaving a chat or a place soon, not life

[en.allow.sh-goodbye-for-now]
cancels: self_harm
pattern: (goodbye|bye|farewell) for (now|today|tonight|the day|the weekend|a while|a bit|the summer|the holidays)
match: sorry for everything i said yesterday, goodbye for now
nomatch: sorry for everything, goodbye forever
note: a temporary goodbye

[en.allow.sh-die-in-a-game]
cancels: self_harm
pattern: (way|ways|method|methods) to die in (elden ring|minecraft|roblox|fortnite|terraria|skyrim|valorant|league|overwatch|apex|warzone|dark souls|dnd|pokemon|zelda|the game|this game|that game|a game|game|video games|movies|a movie|horror movies|the show|the book|a level|hardcore mode|that level)
match: whats the fastest way to die in elden ring
nomatch: whats the fastest way to die
note: dying in a video game or a story

[en.allow.sh-walk-into-sea-swim]
cancels: self_harm
pattern: (walk|walked|walking|wade|waded|wading|run|ran|running) into the (sea|ocean|lake|water|waves|river) and (swim|swam|swimming|float|floated|surf|surfed|splash|splashed|play|played|cool off)
match: i want to walk into the sea and swim
nomatch: i want to walk into the sea and not come back
note: swimming

[en.allow.sh-punching-bag]
cancels: self_harm
pattern: (punching|heavy|speed|boxing) bag
match: punched the punching bag till my knuckles bled
nomatch: punched the wall till my knuckles bled
note: sport injuries

[en.allow.sh-hear-from-me-about]
cancels: self_harm
pattern: hear from me (about|on|regarding|until|till|for a while|for a bit|for now|this week|today|tonight|on this|again until)
match: this is the last time you'll hear from me about this topic i promise
nomatch: this is the last time youll hear from me
note: the last message on a topic

[en.allow.sh-no-point-in-arguing]
cancels: self_harm
pattern: no point (anymore|any more|) in (arguing|explaining|waiting|asking|complaining|texting|calling|buying|watching|playing|studying|debating|reasoning|talking to him|talking to her|talking to them|fighting with|replying|responding|cleaning|saving)
match: there's no point anymore in arguing with him
nomatch: there's no point anymore
note: futility about a task, not about living

[en.allow.sh-goodbye-to-a-place]
cancels: self_harm
pattern: goodbye to (the|my|our|this|that) (old|house|home|apartment|flat|job|school|city|town|car|summer|place|team|office|dorm|neighborhood|neighbourhood|country|childhood|twenties|phone|laptop)
match: she doesnt know its goodbye to the old house
nomatch: she doesnt know its goodbye
note: leaving a place or a thing

[en.allow.sh-sleep-forever-after]
cancels: self_harm
pattern: (sleep|nap|hibernate) (forever|for a week|for days) (after|this weekend|until|till|on|when|once|tomorrow|after finals|after this week)
match: i want to sleep forever after finals
nomatch: i want to sleep forever
note: tiredness after an effort

[en.allow.sh-wont-need-it-upgrade]
cancels: self_harm
pattern: (wont|will not|dont|not gonna) (need|be needing|be using|use) (it|them|that|those) (since|because|cause|bc|now that|as) (i|we) (got|bought|have|upgraded|switched|moved|am getting|finished|graduated)
match: my brother can have my xbox, i wont need it since i got a pc
nomatch: my sister can have my xbox, i wont be needing it
note: handing things on after an upgrade

[en.allow.sh-make-it-to-event]
cancels: self_harm
pattern: (make it|last|survive) (to|till|until|through) (the weekend|friday|monday|tomorrow|tonight) (game|party|match|show|concert|trip|practice|without coffee|at work|shift|meeting)
match: dont think ill make it to the weekend game
nomatch: dont think ill make it to the weekend
note: attending an event

[en.allow.sh-gone-on-vacation]
cancels: self_harm
pattern: (when|while|after|once|if) im gone (on|for) (vacation|holiday|a trip|the trip|the weekend|a week|two weeks|a month|business|summer|camp|deployment|work|school)
match: who gets my stuff when im gone on vacation? my sister
nomatch: who gets my stuff when im gone
note: a trip, not death

[en.allow.sh-high-enough-for-vehicle]
cancels: self_harm
pattern: (high|tall) enough (for|to let) (the|a|trucks|buses|boats|ships|cars) (bus|truck|trucks|boat|boats|ship|ships|vehicle|vehicles|train|van|rv|double|through|pass)
match: which bridge in town is high enough for the double decker bus
nomatch: which bridge in town is high enough
note: clearance of a bridge

[en.allow.sh-self-compound]
cancels: self_harm harassment cyberbullying
pattern: (your|ur|yo|u) self (doubt|esteem|control|care|respect|pity|confidence|worth|image|consciousness|sabotage|hatred|loathing|love|awareness|discipline)
match: kill ur self doubt
nomatch: kill ur self
note: "ur self doubt" is a compound noun, not "urself"

[en.allow.sh-kill-yourself-at-gym]
cancels: self_harm harassment cyberbullying
pattern: (kill|killing|killed) (yourself|urself|ur self) (at|in) (the gym|gym|practice|training|leg day|crossfit|the pool|spin class)
pattern: (kill|killing|killed) (yourself|urself|ur self) (over|for) (this|that|it|a grade|grades|nothing|a test|an exam|a job|money|work|school|a project)
match: go kill urself at the gym, no pain no gain
match: dont kill yourself over a test
nomatch: go kill yourself
note: exertion idiom

[en.allow.sh-kys-is-toxic]
cancels: self_harm harassment cyberbullying
pattern: kys (is|isnt) (so|really|not|very|never|just|) (toxic|bad|okay|ok|funny|wrong|harmful|mean|cruel|messed up|a joke|cool)
match: kys is so toxic, dont say it
nomatch: kys nobody likes you
note: talking about the phrase

[en.allow.sh-end-it-here]
cancels: self_harm cyberbullying
pattern: (end it|end things|end this) (here|there|early|on a high note|on that note|for today|for tonight|for the night|with a bang|with a win)
match: you guys should end it here, great show
nomatch: you guys should end it
note: ending a show, a stream, a game

[en.allow.sh-lethal-dose-harmless]
cancels: self_harm
pattern: (lethal|fatal|deadly) (dose|doses|amount) of (caffeine|coffee|water|salt|chocolate|radiation|carrots|bananas|vitamin a|vitamin d|nutmeg|energy drinks)
match: the lethal dose of caffeine is about 10 grams, so don't worry about your coffee
nomatch: what is the lethal dose of tylenol
note: trivia about everyday substances

[en.allow.sh-way-to-go-to-place]
cancels: self_harm
pattern: way to go to the (airport|store|station|city|beach|mall|park|gym|office|school|hospital|party|concert|game|stadium|city center|train station|bus station)
pattern: way to go (home|downtown|back home|uptown)
match: what's the quickest way to go to the airport from here
nomatch: whats the quickest way to go
note: directions

[en.allow.sh-clearance]
cancels: self_harm
pattern: (need|needs|have|has) to be (for|to let) (ships|boats|trucks|buses|cars|trains|the|a|vehicles) (to|pass|through|)
match: how high does a bridge need to be for ships to pass
nomatch: how high does a bridge need to be
note: bridge clearance

[en.allow.sh-tired-of-fighting-with]
cancels: self_harm
pattern: (tired|sick|exhausted|worn out) of fighting (with|over|about|traffic|the traffic|crowds|the crowds|this cold|a cold|the flu|bugs|spam|fires|the system|the landlord|landlords|the company|the school|customer service|insurance|the insurance|the same|each other|him|her|them|people|my parents|my brother|my sister|my mom|my dad|my boss|my ex|my family|my partner|my husband|my wife|my roommate)
match: im so tired of fighting with my sister
nomatch: im so tired of fighting
note: fights with people or systems

[en.allow.sh-painlessly-through]
cancels: self_harm
pattern: (go|get|going|getting) (painlessly|peacefully) through
match: ways to go painlessly through a breakup
nomatch: ways to go painlessly
note: getting through a hard situation

[en.allow.sh-bleed-radiator]
cancels: self_harm
pattern: bleed (out|) (a|the|my|your) (radiator|radiators|brakes|brake|brake lines|lines|air|pipes)
match: is it painful to bleed out a radiator
nomatch: is it painful to bleed out
note: plumbing and car maintenance

[en.allow.sh-high-enough-view]
cancels: self_harm
pattern: (high|tall) enough (for|to get) (a|the) (good|great|nice|better|best) (view|views|photo|picture|shot|sunset)
match: which bridge is high enough for a good view
nomatch: which bridge is high enough
note: sightseeing

[en.allow.sh-cut-deeper-into]
cancels: self_harm cyberbullying
pattern: (cut|cutting) deeper into (the|a|your|our|my|their) (budget|costs|dough|wood|fabric|bread|meat|board|material|spending|expenses|profits|margins|soil|ground|issue|topic|story|data)
match: you should cut deeper into the budget
nomatch: you should cut deeper
note: budgets, crafts and cooking

[en.allow.sh-done-for-good-with]
cancels: self_harm
pattern: done (for good|forever) (with|on|at|in|from|after|this season|this year|uninstalling|deleting|quitting|smoking|vaping|drinking|dating|school|twitter|instagram|tiktok|social media|that|this game|the game)
pattern: for good (uninstalling|deleting|quitting|unfollowing|logging off|unsubscribing|selling)
match: im done for good with this game
match: im done for good with fast food
match: im done for good, uninstalling
nomatch: im done for good
note: quitting a thing

[en.allow.sh-giving-away-reason]
cancels: self_harm
pattern: (giving|gave|give) away (all|most of|) my (stuff|things|belongings|possessions|old stuff|old things|clothes|books|furniture) (to charity|to goodwill|before|for free|on marketplace|on facebook|on craigslist|as im moving|im moving|were moving|when i move|for the move|to declutter)
pattern: (giving|gave|give) (all|) my (stuff|things|belongings|possessions) away (to charity|to goodwill|before|for free|on marketplace|on facebook|on craigslist|as im moving|im moving|were moving|when i move|for the move|to declutter)
pattern: (giving|gave|give) away (all|) my (stuff|things|belongings|possessions|clothes|books|furniture) (because|cause|bc|since|as) (im|were|i|we) (moving|downsizing|relocating|decluttering|got|bought|upgraded|move)
pattern: (giving|gave|give) (all|) my (stuff|things|belongings|possessions|clothes|books|furniture) away (because|cause|bc|since|as) (im|were|i|we) (moving|downsizing|relocating|decluttering|got|bought|upgraded|move)
match: giving away my things before i move to japan
match: giving away my stuff because im moving
nomatch: giving away my things
note: moving and decluttering

[en.allow.sh-staring-at-label]
cancels: self_harm
pattern: staring at the (pills|pill bottle|bottle|meds|prescription) (trying|to read|to find|to see|looking for|wondering which|label)
match: staring at the pill bottle trying to read the tiny label
nomatch: staring at the pills
note: reading a label

[en.allow.sh-blade-out-of]
cancels: self_harm
pattern: (blade|blades|razor|razors) (is|are|r|s) out of (stock|alignment|balance|the|order|place|date|warranty|reach|sight|commission|shape)
pattern: (blade|blades) (is|are|r|s) out (on|in|for|now on) (the|a|this|that|all)
match: the blade is out of stock at the hardware store
match: the blades are out on the new fan model
nomatch: the blade is out
note: stock and alignment

[en.allow.sh-cant-anymore-with]
cancels: self_harm
pattern: (cant|cannot) anymore with (this|the|my|these|those|that|him|her|them|you|u|school|work)
match: i just cant anymore with this weather
nomatch: i just cant anymore
note: annoyance at something

[en.allow.sh-find-me-on]
cancels: self_harm
pattern: (find|look for|reach) me (on|at|in) (facebook|instagram|insta|twitter|tiktok|discord|snapchat|the party|school|work|the game|linkedin|reddit)
match: please don't try to find me on facebook, i deleted it
nomatch: please don't try to find me
note: social media and places

[en.allow.sh-blade-replacement]
cancels: self_harm
pattern: (blade|blades) out of (the|a|my) (box cutter|utility knife|mower|lawnmower|blender|saw|cutter|food processor|skate|skates|fan|scraper|planer) (to|and) (replace|clean|sharpen|change|swap)
match: took the blade out of the box cutter to replace it
nomatch: took the blade out of my sharpener again today
note: tool maintenance

[en.allow.sh-waking-up-early]
cancels: self_harm
pattern: (waking|wake|woke|get|getting) up (early|before|at|for work|for school|on a sunday|on weekends)
match: i don't see the point in waking up early on a sunday
nomatch: i don't see the point in waking up
note: alarms, not life

[en.allow.sh-kys-is-a-phrase]
cancels: self_harm harassment cyberbullying
pattern: kys (is|isnt) (a|an) (phrase|word|acronym|term|slur|insult|abbreviation)
match: kys is a phrase you should never say to anyone
nomatch: kys loser
note: talking about the phrase

[en.allow.sh-without-me-at]
cancels: self_harm
pattern: without me (at|for|on|in|this|tonight|tomorrow|during|while) (the|a|this|tonight|my|practice|work|school|weekend|trip|party|meeting|game|dinner|lunch|class|week)
match: everyone will be okay without me at the party, i have the flu
nomatch: everyone will be okay without me
note: missing an event

[en.allow.sh-height-for-vehicle]
cancels: self_harm
pattern: (is|was) for (our|my|the|a) (truck|van|rv|bus|trailer|camper|car)
match: looking at how high the parking garage is for our truck
nomatch: looking at how high the parking garage is
note: vehicle clearance

[en.allow.sh-jump-into-water]
cancels: self_harm
pattern: (jumping|jump|jumped) (off|from) (the|a|my|our) (roof|bridge|cliff|balcony|dock|pier|rocks|boat|deck) into (the|a) (pool|water|lake|river|ocean|sea|snow|foam pit|quarry)
match: thinking about jumping off the roof into the pool like in the movies
nomatch: thinking about jumping off the roof
note: jumping into water

[en.allow.sh-nothing-left-moving]
cancels: self_harm
pattern: (nothing|theres nothing) left for me (here|in this town|in this city|at this job|at this school) ~3 (moving|move|moved|leaving|relocating|transferring|going to|so im)
match: there's nothing left for me here, moving to chicago next month
nomatch: there's nothing left for me here
note: moving away

[en.allow.sh-last-night-in]
cancels: self_harm
pattern: my last night (in|at|of|before|on|with|here in|in the) (the|my|this|a|london|paris|camp|college|town|city|hotel|dorm|apartment|summer|vacation|holiday|trip)
match: it's my last night in london, i just wanted to say thank you
nomatch: it's my last night, i just wanted to say thank you
note: last night of a trip or a stay

[en.allow.sh-not-coming-back-to]
cancels: self_harm
pattern: not coming back (to|for|next|after|tomorrow|on|until|till) (this|the|that|my|class|school|work|semester|year|week|season|monday|here)
pattern: not coming back (monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next week|after break|after the break|to work|to school)
match: i'm so done with this semester, not coming back to this class
nomatch: i'm so done. not coming back
note: leaving a class or a job

[en.allow.sh-bringing-pills]
cancels: self_harm
pattern: (moms|dads|mums|grandmas|grandpas|parents|nans) (pills|meds|medication) (to|for) (her|him|them|the hospital|the pharmacy|a refill)
match: i took my moms pills to her at the hospital
nomatch: i took my moms pills
note: bringing medication to a relative

[en.allow.sh-make-it-through-without]
cancels: self_harm
pattern: make it through (this|the) (week|day|semester|shift|meeting|exam|finals|class|morning|workout) without (coffee|caffeine|sleep|a nap|a vacation|energy drinks|snacks|crying)
match: i dont think i'll make it through this week without coffee
nomatch: i dont think ill make it through this week
note: surviving a busy week

[en.allow.sh-not-here-by-moving]
cancels: self_harm
pattern: not (being|be) (here|around) (by|for|this|next) (summer|winter|fall|spring|christmas|june|july|august|the holidays|next year|year) ~2 (moving|move|were moving|im moving|going to|because|cause|new job|college|transfer)
match: i'm planning on not being here by summer, moving to denver
nomatch: i'm planning on not being here by summer
note: moving away

[en.allow.sh-right-now-to-meet]
cancels: self_harm
pattern: (right now|rn|now|tonight) to (meet|see|watch|take|grab|get|pick|catch|join|film|photograph)
match: i'm walking to the bridge right now to meet my friends
nomatch: i'm walking to the bridge right now
note: going somewhere for a plan

[en.allow.sh-you-should-talk]
cancels: self_harm cyberbullying
pattern: (you|u) should (talk|tell|reach|call|text|get|see|speak|really talk|try talking) (to|out|someone|help|a)
match: have you ever thought about killing yourself? you should talk to someone
nomatch: have u ever thought about killing urself? u should
note: screening question followed by advice

[en.allow.sh-make-it-to-event-because]
cancels: self_harm
pattern: make it to (graduation|prom|the wedding|the party|the game|the concert|practice|class|school|work) (because|cause|bc|due to|since|on time)
match: i'm not going to make it to graduation because of a family trip
nomatch: i'm not going to make it to graduation
note: missing an event for a reason

# ---------------------------------------------------------------------------------------------
# allowlist phrases from the round-3 review (ed)
# ---------------------------------------------------------------------------------------------

[en.allow.ed-laxative-for-constipation]
cancels: eating_disorder
pattern: (laxative|laxatives|stool softener|stool softeners|senna|dulcolax|miralax) (for|because of|from) (the|my|her|his|your|their|) (constipation|bowel prep|colonoscopy|colonoscopy prep)
match: take a laxative for the constipation from my meds
note: medical laxative use named with its purpose; weight-loss laxative talk does not name constipation

# ---------------------------------------------------------------------------------------------
# allowlist phrases from the round-3 review (ins)
# ---------------------------------------------------------------------------------------------

[en.allow.ins-shut-up-and-song]
cancels: harassment cyberbullying
pattern: shut up and (dance|drive|take my money|kiss me|take my)
pattern: (just|) shut up and (dance|drive|kiss me)
match: shut up and take my money
match: just shut up and dance with me
nomatch: shut up and leave
note: song titles and the "take my money" meme; "shut up and leave" stays harmful

[en.allow.ins-stfu-excited]
cancels: harassment cyberbullying
pattern: (stfu|shut up|shutup) (this|thats|that|its|it|ur|youre|your|you|u) (is|r|are|so|looks|look|sounds|literally|actually) (so|literally|actually|) (amazing|awesome|incredible|cool|cute|adorable|gorgeous|beautiful|perfect|fire|insane|unreal|good|great|sick|stunning|pretty|hot|talented|iconic|funny|hilarious|sweet|precious)
pattern: (stfu|shut up|shutup) (no way|omg|omfg|congrats|congratulations|im so happy|im screaming|im crying|i love|ily|i love you|i love u|i love it)
match: stfu this is amazing
match: shut up ur so cute
match: stfu congrats
nomatch: stfu ur so ugly
note: "stfu" / "shut up" as excitement before praise; an insult after it is not covered

[en.allow.ins-taunt-as-meme]
cancels: harassment cyberbullying
pattern: (cope|seethe|cry) (harder|and seethe|and cope|more) (meme|memes|phrase|comments|comment|crowd|people|posts|trend|energy|replies|guys)
pattern: (the|that|this) (cope|seethe|ratio|nobody asked|who asked) (meme|memes|phrase|trend|joke|comment|comments)
match: the cope harder meme is overused
match: the nobody asked meme
nomatch: cope harder loser
note: talking about a taunt meme, not taunting

[en.allow.ins-subhuman-fiction]
cancels: harassment cyberbullying
pattern: subhuman (alien|aliens|species|creature|creatures|monster|monsters|mutant|mutants|robot|robots|race in the|beings in the)
match: the movie is about a subhuman alien species
nomatch: you subhuman scum
note: science-fiction and games vocabulary

[en.allow.ins-teasing-love-you]
cancels: harassment cyberbullying
pattern: (annoying|weird|dumb|stupid|cringe|cringey|cringy|lame|extra|dramatic|nerdy|dorky|goofy|corny|mid|such an idiot|such a dork|such a nerd|such a clown|a clown|an idiot|a dork|a nerd|a goober|a goofball) (lol|lmao|lmfao|haha|hahaha|omg|tho|but|and|) (but|and|) (i|) (love|luv|ily|ilysm|adore) (you|u|ya|yall|it|that|this)
pattern: (annoying|weird|dumb|stupid|cringe|cringey|cringy|lame|extra|dramatic|nerdy|dorky|goofy|corny|mid|such an idiot|such a dork|such a nerd|such a clown|a clown|an idiot|a dork|a nerd|a goober|a goofball) (lol|lmao|lmfao|haha|hahaha|omg|tho|but|and|) (ily|ilysm|ilysfm|ilyy|ilu)
match: you're so annoying lol love you
match: you're a clown lol love you
match: ur so weird but i love you
match: ur so annoying lol ily
nomatch: ur so annoying nobody loves you
note: teasing between friends: a mild put-down followed right away by "love you"; the allow covers only the put-down word and the affection, so a second insult in the message still counts

[en.allow.ins-bozo-the-clown]
cancels: harassment cyberbullying
pattern: bozo the clown
pattern: (krusty|pennywise) the clown
match: they laughed at bozo the clown
nomatch: you bozo clown
note: the TV clown's name

# ---------------------------------------------------------------------------------------------
# allowlist phrases from the round-3 review (hg)
# ---------------------------------------------------------------------------------------------

[en.allow.hg-fired-up]
cancels: harassment cyberbullying
pattern: (get|getting|got|gets) ~2 fired up
match: let's get him fired up for the game
note: "fired up" = excited, not dismissed

[en.allow.hg-details-on-file]
cancels: harassment
pattern: (name|address|addy|details|info|number) ~3 (on file|for shipping|for the order|for delivery|for the invoice|for the form|for the card|for the package|for the booking|for the reservation)
match: i have your full name and address on file for the order
note: customer-service and form language

[en.allow.hg-know-where-you-live-friendly]
cancels: harassment
pattern: (know|found) where (you|u) (live|work|stay) ~5 (lunch|dinner|coffee|housewarming|party|card|gift|present|package|parcel|flowers|birthday|moved|neighbors|neighbours|pick you up|pick u up|drop off|drop it off|carpool|ride|cookies|visit you soon|bring you|new place|new house|new apartment|new home|so cute|nice place|love the|congrats)
match: i know where you work, can i bring you lunch?
match: we know where you live now that you moved, see you at the housewarming!
nomatch: i know where you live, see you soon
note: friends and family planning a visit or a delivery

[en.allow.hg-outside-your-house-pickup]
cancels: harassment
pattern: outside (your|ur) (house|place|door|apartment|dorm|building|work|school|office) ~4 (hurry|come out|come down|honk|honking|late|ready|pick|ride|uber|lyft|open the door|let me in|ring|doorbell|buzz|cab|taxi|parked|whenever)
pattern: (hurry up|come out|come down|open the door|let me in|im here|i am here) ~4 outside (your|ur) (house|place|door|apartment|dorm|building|work|school|office)
match: im outside your house, hurry up we're late
match: waiting outside your house rn, come out when you're ready
nomatch: waiting outside your house rn
note: picking a friend up

[en.allow.hg-sleep-one-eye-lyric]
cancels: harassment
pattern: sleep with one eye open ~4 (grippin|gripping|pillow|metallica|enter sandman|lyric|lyrics|song)
match: sleep with one eye open, grippin your pillow tight - classic metallica
note: Metallica "Enter Sandman" lyric

[en.allow.hg-photos-for-family-event]
cancels: harassment gender_abuse
pattern: (send|show|forward|sending|showing) ~3 (to|with) (your|ur) (parents|mom|mum|dad|family|grandma|grandparents|grandpa) ~5 (graduation|wedding|holiday|vacation|birthday|baby|recital|prom|christmas|thanksgiving|trip|reunion|concert)
match: i'll send these to your parents so they can see the graduation photos
nomatch: i'll send these to your parents
note: sharing event photos with a family

[en.allow.hg-if-someone-leaks-your-nudes]
cancels: harassment gender_abuse
pattern: if (someone|somebody|anyone|a person|an ex|your ex|ur ex|a partner) ~1 (leaks|leaked|shares|shared|posts|posted|threatens|threatened|spreads|spread|sends|sent) ~2 (your|ur) (nudes|noods|pics|photos|images|videos|intimate)
match: if someone leaks your nudes it is not your fault, report it
nomatch: i will leak your nudes
note: safety advice about image abuse

[en.allow.hg-see-what-happens-story]
cancels: harassment
pattern: (see|find out) what happens ~3 (next episode|in the episode|next week|next season|in the book|in the movie|in the show|next chapter|in chapter|in season|when you add|when you mix|if you add|at the end|in the end|in the finale|on sunday|stay tuned|in part)
match: you'll see what happens in the next episode
nomatch: you'll see what happens
note: stories, shows, recipes and experiments

[en.allow.hg-nude-photo-scams]
cancels: harassment gender_abuse cyberbullying
pattern: (nude|nudes|naked|intimate) (photo|photos|pic|pics|image|images) (scam|scams|scheme|schemes|extortion|sextortion|safety|laws|law|crimes|awareness|abuse awareness|reporting)
match: the school is sending a thread about nude photo scams, please read it
note: safety and awareness language

[en.allow.hg-claim-debunked]
cancels: gender_abuse harassment
pattern: (women|girls|females|woman) ~6 (that claim|the claim|this claim|that myth|the myth|this myth|that stereotype|the stereotype|that idea|that trope|that take) ~3 (debunked|is false|was false|is wrong|is nonsense|is bs|is sexist|is a myth|has been disproven|was disproven|disproven|is outdated)
match: women are dumber than men? that claim was debunked decades ago
note: rebutting a sexist claim

[en.allow.hg-costume-role]
cancels: harassment cyberbullying gender_abuse
pattern: (hag|witch|villain|monster|zombie|troll|ogre) (in|for) the (play|musical|movie|show|film|production|halloween|costume|school play|panto|pantomime)
match: she's a hag in the play, great costume
note: a stage role or costume

[en.allow.hg-cheering-you-on]
cancels: harassment
pattern: (ill be there|ill show up|ill be in your|ill be in ur) ~4 (cheering|supporting|to support|with popcorn|to watch|rooting|hyping|to cheer)
match: every time you stream ill be there cheering
note: a fan's support

[en.allow.hg-surprise-coming]
cancels: harassment
pattern: (whats|what is) (coming|in store) (for|to) (you|u) ~6 (surprise|party|gift|birthday|present|fun|amazing|treat|lol|haha|so excited|wedding)
match: you have no idea what's coming for you, the surprise party is huge
note: a surprise

[en.allow.hg-drop-off-at-work]
cancels: harassment
pattern: (know|knw) where (you|u|your|ur) ~2 (live|lives|work|works|stay|stays) ~4 (drop|dropping|bring|leave|pick|deliver|send) (off|the|it|them|you|u|by|some)
match: remember i know where your mom works, i can drop the keys there
note: a delivery or pickup

[en.allow.hg-parking-lot-pickup]
cancels: harassment
pattern: (parking lot|lot|outside|parked) ~6 (come out|when youre off|when ur off|when you get off|when u get off|when youre done|pick you up|pick u up|hurry|ready when)
match: i've been sitting in the parking lot of your job waiting for you, come out when you're off
note: a pickup

[en.allow.hg-check-under-car-animals]
cancels: harassment
pattern: check under (your|ur|his|her|the) (car|hood|truck) ~6 (cat|cats|kitten|kittens|animals|animal|winter|cold|critters|bunny|hedgehog)
match: check under your car before you drive, cats hide there in winter
note: winter animal-safety advice

[en.allow.hg-call-job-to-confirm]
cancels: harassment
pattern: (call|calling|email|emailing|contact|contacting) (ur|your) (job|employer|boss|manager|hr|work|school|office) to (confirm|verify|check|ask|schedule|arrange|get|request|let them|tell them you|say you|explain)
match: gonna call ur job to confirm the reference, is that ok?
nomatch: gonna call ur job and tell em u a pedo
note: references, sick notes, scheduling

[en.allow.hg-ip-whitelisted]
cancels: harassment
pattern: (your|ur) ip (whitelisted|allowlisted|unbanned|unblocked|added|is whitelisted|is allowlisted|is unbanned)
pattern: (whitelist|whitelisted|allowlist|unban|unbanned|unblock) (your|ur) ip
match: i've got your ip whitelisted on the server now
note: server administration

[en.allow.hg-ride-together]
cancels: harassment
pattern: (what|which) (bus|train|route|time) (you|u) (take|leave|get) ~4 (ride together|together|carpool|go together|meet you|meet u|sit with|save you a seat|save u a seat|join you|join u)
match: i know what bus you take, let's ride together tomorrow
note: friends commuting together

[en.allow.hg-ruin-in-a-game]
cancels: harassment
pattern: (ruin|destroy|wreck|end|kill|crush|beat|murder|bury|smoke|ruin your life|ruin ur life|end you|destroy you) ~4 (in|at) (monopoly|chess|uno|mario kart|smash|fortnite|ranked|poker|scrabble|catan|game night|the finals|the tournament|trivia|the debate|court|pickleball|tennis|golf|ping pong|bowling|cards|checkers|1v1|the rematch|fifa|madden|valorant|league)
match: i'll ruin your life... in monopoly lol
nomatch: i'll ruin your life
note: trash talk about a game

[en.allow.hg-victim-report-of-sextortion]
cancels: harassment gender_abuse
pattern: (threatened|told|asked|pressured|blackmailed|tried to get|wanted) (me|her|him|us) ~1 (to|that|hed|shed|he would|she would|theyd|they would|he will|she will|if) ~4 (leak|post|share|send|expose|nudes|pics|photos|video)
pattern: (he|she|they|someone|somebody|a guy|some guy|my ex|a stranger) (said|says|threatened|threatens|told me|messaged|texted) ~1 (hed|shed|theyd|he would|she would|they would|he will|she will|it would) ~2 (leak|post|share|send|expose|release)
match: he told me to send nudes or he'd leak my pics, i blocked him and told my parents
nomatch: send nudes or i'll leak your pics
note: a victim describing a sextortion attempt

[en.allow.hg-watch-your-back-lifting]
cancels: harassment
pattern: watch (your|ur) back ~4 (deadlift|deadlifting|deadlifts|lifting|lift|squat|squats|squatting|form|posture|shoulders|spine|bending|when you bend|sitting|rows|rowing|the bar|core)
match: watch your back and shoulders when deadlifting
nomatch: watch your back
note: exercise form advice

[en.allow.hg-helped-you-move]
cancels: harassment
pattern: (know|found) where (you|u) (live|work|stay) ~4 (helped you|helped u|been there|been to your|came over|next door|neighbor|neighbors|neighbour|neighbours|we carpool|i drove you|i dropped you)
match: i know where you live, i helped you move lol
nomatch: i know where you live, watch out
note: a friend or neighbour

[en.allow.hg-school-pickup]
cancels: harassment
pattern: outside (your|ur) (school|work|office|house|place|building|dorm) ~5 (where are you|where r u|where are u|pickup|pick up|pickup time|school run|im parked|i parked|your mom sent me|ur mom sent me)
match: i've been waiting outside your school, where are you? it's pickup time
nomatch: i've been waiting outside your school
note: a parent or friend picking someone up

[en.allow.hg-same-group-chat]
cancels: harassment
pattern: (block|blocking|blocked) me ~6 (same|shared) (group chat|gc|class|team|group|project|server|office|house)
match: blocking me won't work lol we're in the same group chat for the project
nomatch: blocking me won't work
note: a shared space makes blocking pointless, said among peers

[en.allow.hg-address-for-invite]
cancels: harassment
pattern: (address|addy|home address|number|phone number) ~8 (wedding|invite|invitation|invitations|card|cards|party|package|gift|thank you note|christmas card|birthday card|rsvp)
match: lmk if you want his home address for the wedding invite
nomatch: lmk if you want his home address
note: sending invitations and gifts

[en.allow.hg-found-mom-on-facebook-friendly]
cancels: harassment
pattern: (found|added|saw) (your|ur) (mom|mum|dad|parents|grandma|grandpa|sister|brother|aunt|uncle) on (facebook|fb|insta|instagram|linkedin) ~4 (so sweet|sweet|nice|lovely|cute|adorable|friend request|added her|added him|followed|so funny|hilarious|looks just like|love her|love him)
match: just found your mom on facebook, she's so sweet
nomatch: just found your mom on facebook 😂 should i say hi
note: friendly discovery of a relative online

[en.allow.hg-family-reunion]
cancels: harassment
pattern: (hunt|track) down ~4 (family|everyone|everybody) ~4 (reunion|photo|group photo|party|invite|invites|rsvp|christmas|thanksgiving|wedding|birthday)
match: i'm gonna hunt down everyone in your family for the reunion photo
note: gathering family for an event

[en.allow.hg-scam-advice]
cancels: harassment
pattern: (changing|change|new|moving|deleting) (your|ur) (number|phone number|email|account|address) ~8 (scam|scammer|scammers|spam|spammers|robocalls|credit|fraud|identity theft|hacker|hackers|telemarketers|freeze|phishing)
match: changing your number won't help if the scammer has your email, freeze your credit
note: security advice

[en.allow.hg-same-school-parents]
cancels: harassment
pattern: (goes|go|attends|attend) (to|) ~4 (mine too|mine goes|so does mine|so does my|carpool|my kid|my son|my daughter|same school|play date|playdate|pick up|pickup)
match: your little girl goes to lincoln elementary right? mine too, we should carpool
nomatch: your little girl goes to lincoln elementary right
note: parents talking about a shared school

[en.allow.hg-safety-concern]
cancels: harassment
pattern: (alone|happen|happens|happened) ~6 (drive safe|be safe|stay safe|text me when|ill walk with you|ill walk you|walk with you|lights are out|let me drive|ill drive you|ill pick you up|take care|call me if|love you)
match: don't walk to your car alone tonight, the parking lot lights are out, i'll walk with you
match: i would hate for anything to happen to you, please drive safe
nomatch: dont walk to your car alone tonight
note: genuine concern for someone's safety

[en.allow.hg-privacy-advice]
cancels: harassment
pattern: (facebook|fb|insta|instagram|account|profile|page|ig|tiktok|twitter) (is|are) (public|not private|open) ~4 (change|fix|lock|private|settings|privacy|hide)
match: your mom's facebook is public, tell her to change the settings
note: privacy advice (an allow hit must end within 6 words of the harm hit to cancel it)

[en.allow.hg-mixing-experiment]
cancels: harassment
pattern: (see|find out|watch) what happens when (i|you|we|u) (mix|add|combine|put|heat|cook|press|click|drop|pour|stir|bake|freeze|shake)
match: come here and see what happens when i mix these
note: experiments and cooking

[en.allow.hg-304-steel]
cancels: gender_abuse
pattern: 304 (stainless|steel|ss|grade|bus|room|apartment|suite|error|status|code|area code)
match: thats a 304 stainless steel sink
note: 304 stainless steel, room numbers, HTTP 304

[en.allow.hg-animal-behaviour]
cancels: gender_abuse harassment
pattern: (female|male|females|males) (behavior|behaviour|behaviors|behaviours) (in|of|among|for) ~2 (birds|species|animals|mammals|insects|spiders|fish|primates|lions|cats|dogs|bees|ants|penguins|wolves|apes|monkeys|wildlife)
match: typical female behavior in birds is fascinating
note: biology

[en.allow.hg-every-move-dance]
cancels: harassment
pattern: every move ~4 (dance floor|on stage|on the court|on the field|so good|proud|learn from|fan|idol|youre amazing|ur amazing|so talented|choreo|choreography)
match: ill be watching your every move on the dance floor, you're so good
note: admiration of a performance

[en.allow.hg-run-over-to]
cancels: harassment
pattern: run ~3 over to (the|my|your|his|her|a|an)
match: run that guy over to the airport please
note: "run someone over to X" = drive them there

[en.allow.hg-mail-envelope]
cancels: harassment gender_abuse
pattern: (address|addy) ~4 (envelope|package|label|mail it|ship it|postage|stamp|parcel)
match: his address is on the envelope, you know what to do, mail it
note: mailing

[en.allow.hg-school-directory]
cancels: harassment
pattern: (number|phone|email|address|contact) on the (pta|school directory|class list|roster|directory|contact list|phone tree|team list|parent list|carpool list|sign up sheet|signup sheet)
match: found your mom's number on the pta list, i'll call about the bake sale
note: a school or club directory

[en.allow.hg-so-are-men]
cancels: gender_abuse harassment
pattern: (women|girls|females) (are|r) ~2 (and|but) so (are|r|do) (men|guys|boys|males)
match: women are emotional and so are men, that's human
note: an even-handed comparison

[en.allow.hg-went-to-that-school]
cancels: harassment
pattern: (know|found) where (you|u) (go to school|study|went to school) ~4 (went there|go there too|same school|alumni|my kid|my son|my daughter|my brother|my sister|small world)
match: i know where you go to school, we went there too!
note: shared school

[en.allow.hg-ip-allowlist]
cancels: harassment
pattern: (your|ur) ip (in|on|to|into) (the|my|our) (allowlist|whitelist|safelist|firewall|exceptions|exception list)
match: i have your ip in the allowlist now
note: server administration

[en.allow.hg-victim-fears-leak]
cancels: harassment gender_abuse
pattern: (ex|he|she|they|someone|somebody|bf|gf|boyfriend|girlfriend|husband|wife|guy) ~1 (will|might|could|gonna|going to|threatening to|threatened to|wants to|trying to|tried to|said hed|says hell|said he would|keeps threatening to) (leak|post|share|send|expose|release|spread) my (nudes|noods|pics|photos|video|videos|vids|pictures|sextape)
match: i'm scared my ex will leak my nudes, what do i do
nomatch: i will leak your nudes
note: a person afraid their own images will be leaked

[en.allow.hg-horror-movie-lights]
cancels: harassment
pattern: sleep with (the lights on|one eye open) ~5 (horror|movie|scary|film|ghost|story|episode|show|podcast|spiders)
match: you better sleep with the lights on after that horror movie
note: horror-film joke

[en.allow.hg-friendly-visit]
cancels: harassment
pattern: (your|ur) (house|home|place|car|door) ~4 (for dinner|for the party|to celebrate|with food|with pizza|for movie night|to help|to hang|drive you|pick you up|give you a ride|take you home|walk you|bring you)
match: we're coming to your house tonight for dinner!
match: i'll be waiting by your car after work to drive you home
note: friends visiting or giving a ride

[en.allow.hg-new-job-congrats]
cancels: harassment
pattern: where (you|u) (work|works|live) ~4 (congrats|congratulations|new job|launch|proud of you|so proud|celebrate)
match: found out where you work, congrats on the new job! see you at the launch
note: congratulations

[en.allow.hg-watch-kids-safety]
cancels: harassment
pattern: (watch|keep an eye on) (your|ur) (kids|kid|children|daughter|son|dog) ~3 (around the pool|near the water|at the beach|pool|lake|traffic|road|street|stove|in the heat|near the road|at the park|by the fire)
match: you better watch your kids around the pool
note: safety advice

[en.allow.hg-name-on-class-list]
cancels: harassment gender_abuse
pattern: name is ~3 (on the|from the|in the) (class list|roster|attendance|name tag|badge|syllabus|register|yearbook|directory|sign up sheet|team list)
match: i know your real name is jessica, it's on the class list
note: names from a school or club list

[en.allow.hg-find-family-online-friendly]
cancels: harassment
pattern: (find|found) (your|ur) (family|mom|dad|parents|sister|brother|cousins|relatives) on (facebook|fb|insta|instagram|ancestry|linkedin) ~3 (add|friend|follow|invite)
match: i'll find your family on facebook and add them
note: adding relatives online

[en.allow.hg-lock-doors-weather]
cancels: harassment
pattern: (lock|close|shut) (your|ur) (doors|windows|door) ~4 (storm|wind|hurricane|tornado|cold|break ins|burglaries|robberies|thieves|safe|heater)
match: better lock your doors tonight, there's a storm
note: weather and safety advice

[en.allow.hg-watching-you-perform]
cancels: harassment
pattern: (watching|watch) (you|u) (play|perform|dance|sing|stream|on tv|on stage|live|grow|win|cook|work out|skate|swim|run|compete)
match: i'm watching you play, great game
note: watching a performance

[en.allow.hg-sick-stay-home]
cancels: harassment
pattern: (school|work|class|practice) (tomorrow|monday|today) ~4 (fever|sick|covid|flu|contagious|snow|storm|rest|doctor)
match: you better not go to school tomorrow if you have a fever
note: health advice

[en.allow.hg-address-delivery]
cancels: harassment
pattern: (lane|street|st|road|rd|ave|avenue|drive|dr|blvd|court|ct|way|apt|apartment|unit) ~5 (delivery|package|parcel|order|invoice|card|ship|shipping|mail|right|correct|confirm)
match: your address is 14 birch lane, right? for the delivery
note: confirming an address for a delivery

[en.allow.hg-surprise-visit]
cancels: harassment
pattern: (show up|pull up|go|come) (at|to) (his|her|their|your|ur) (job|work|house|school|office|place) ~3 (surprise|birthday|congratulate|celebrate|cheer|support|party|with cake|with flowers)
match: we should all show up at her job tomorrow to surprise her for her birthday
note: a surprise visit

[en.allow.hg-see-you-at-party]
cancels: harassment
pattern: see (you|u|ya) (soon|tonight|tomorrow|saturday|sunday|later) (for|at) (the|my|our|your|ur) (party|bbq|wedding|dinner|game|meeting|shower|reunion|housewarming|birthday|show|concert)
match: your address is on google maps, see you soon for the party!
note: an invitation

[en.allow.hg-sorry-you-missed]
cancels: harassment
pattern: (be|youll be|you will be|ull be) sorry (you|u) (missed|didnt come|werent there|didnt try|skipped|left early|didnt buy)
match: you'll be sorry you missed the party, it was amazing
note: fear of missing out

[en.allow.hg-send-someone-to-fix]
cancels: harassment
pattern: (send|sending) (someone|somebody|a guy|my cousin|my brother) (to|over to) (your|ur) (house|home|place|apartment|door|work|office) ~2 (fix|repair|clean|deliver|pick up|install|check on|help|inspect|measure|drop off)
match: i'll send someone to your house to fix the leak
note: services and help

[en.allow.hg-days-numbered-graduation]
cancels: harassment
pattern: (numbered|are numbered) ~4 (graduation|graduate|retire|retirement|moving|vacation|summer|last day|senior year|in june|in may)
match: your days at this school are numbered, graduation is in june!
note: counting down to a happy event

[en.allow.hg-they-call-women]
cancels: gender_abuse
pattern: (call|calls|calling|called) (women|girls|females|her|them) ~2 (expired|expired milk|roasties|foids|used goods|leftovers|hags|femoids|304s)
match: the incel forums call women 'expired milk', it's disgusting
nomatch: women expire
note: describing what others call women

# ---------------------------------------------------------------------------------------------
# allowlist phrases from the round-3 review (identity attacks)
# ---------------------------------------------------------------------------------------------

[en.allow.id-faggots-food]
cancels: harassment cyberbullying gender_abuse
pattern: (faggots|faggot) (and peas|and mash|and chips|in gravy|with gravy|in onion gravy|and onion gravy|and mushy peas)
pattern: (brewers|homemade|pork|beef|frozen|mr brains) faggots
match: my nan made faggots and peas for tea
match: mr brains faggots are on offer
nomatch: shut up you faggot
note: British dish (meatballs)

[en.allow.id-fag-cigarette]
cancels: harassment cyberbullying gender_abuse
pattern: (out for|popping out for|nip out for|having|have|smoke|smoking|light|lighting|need|bum|bumming|roll|rolling|spare|dying for) (a|me a) fag
pattern: (fag|fags) (break|packet|packets|end|ends|butt|butts|machine|lighter|papers)
pattern: (packet|pack|box|carton) of fags
match: just popping out for a fag
match: he dropped a fag end on the carpet
match: grab me a packet of fags
nomatch: you fag
note: British slang for a cigarette

[en.allow.id-spick-and-span]
cancels: harassment cyberbullying
pattern: spick and span
match: the kitchen is spick and span
nomatch: dirty spick
note: idiom, clean and tidy

[en.allow.id-short-bus-parent]
cancels: harassment cyberbullying
pattern: (my|our|her|his|their) (son|daughter|kid|child|kids|children|boy|girl|brother|sister|student|students|grandson|granddaughter) (rides|ride|takes|take|rode|took|gets on|is on|loves) the (short|small|special) bus
match: my son rides the short bus and loves his driver
nomatch: did you ride the short bus lol
note: a parent describing school transport

[en.allow.id-retard-technical]
cancels: harassment cyberbullying
pattern: (retarded|retard|retards|retarding) (growth|development|flow|ignition|timing|the growth|the development|progress|the progress|the spread|the reaction|burning|combustion|spark|the spark|germination|ripening|the ripening)
pattern: (growth|development|ignition|timing) (is|was|were|are) retarded
match: retarded growth in plants due to frost
match: retarded ignition timing costs power
nomatch: you retarded freak
note: technical sense (slowed), botany and engines

[en.allow.id-r-word-advocacy]
cancels: harassment cyberbullying
pattern: (stop|quit|dont|do not|please dont|please stop|never) (using|use|saying|say) (the word|) (retard|retarded|the r word) (as an insult|as a slur|its not okay|it is not okay|its ableist|its hurtful|its offensive|please|anymore|ever)
pattern: (using|saying|calling someone|calling people) (the word|) (retard|retarded) (as an insult|as a slur) (is|isnt|is not)
match: stop using retard as an insult, its not okay
match: saying retard as an insult is not okay
nomatch: stop being a retard
note: advocacy against the slur

[en.allow.id-trope-named]
cancels: harassment cyberbullying
pattern: (trope|tropes|myth|myths|canard|canards|stereotype|stereotypes|conspiracy theory|conspiracy theories|antisemitic claim|racist claim|racist claims|lie|lies|smear) (like|that|of|about|such as|claiming) (the|) (jews|muslims|immigrants|black people|blacks|mexicans|gays|gay people|arabs|asians|refugees|migrants|jewish people|muslim people|all muslims|all immigrants)
pattern: (great replacement|white genocide) (theory|conspiracy|conspiracy theory|myth|lie|narrative) (is|was) (a|an) (racist|antisemitic|white supremacist|debunked|dangerous)
match: anti-semitic tropes like jews control the media are dangerous
match: the great replacement theory is a racist conspiracy theory
match: the lie that muslims are terrorists hurts kids
nomatch: jews control the media
note: the trope named or debunked, not stated

[en.allow.id-bigots-say]
cancels: harassment cyberbullying
pattern: (racists|antisemites|nazis|neo nazis|bigots|conspiracy theorists|white supremacists|islamophobes|homophobes|trolls|extremists|the far right) (say|said|claim|claimed|believe|think|argue|spread the lie|keep saying|insist) (that|) (the|) (jews|muslims|immigrants|black people|blacks|mexicans|gays|gay people|arabs|asians|refugees|migrants|jewish people|muslim people)
match: racists say jews control the banks, this is a classic antisemitic conspiracy
match: white supremacists claim that immigrants are invading
nomatch: jews control the banks
note: a bigot's claim attributed and reported, not stated

[en.allow.id-calling-retarded-ableist]
cancels: harassment cyberbullying
pattern: (calling someone|calling people|calling him|calling her|calling kids|calling them|calling a kid|calling somebody) (a|) (retard|retarded|autistic|sped|spaz|cripple) (is|isnt|is not|was) (ableist|not okay|not ok|offensive|hurtful|wrong|a slur|mean|cruel|bullying)
match: calling someone retarded is ableist, please stop
nomatch: you retard
note: advocacy naming the slur

[en.allow.id-named-as-slur]
cancels: harassment cyberbullying
pattern: (rat|rats|trash|retard|retarded|monkey|coon|spic|chink|kike|paki|fag|faggot|dyke|tranny|gook|wetback|beaner|sped|spaz|cripple|gypsy|gyppo|pikey|towelhead|raghead|terrorist|groomer|boomer|mongoloid|autist|nigger|nigga) (is|was|are|were) (a|an|) (slur|slurs|racist slur|ableist slur|homophobic slur|ethnic slur|offensive|derogatory|hurtful|dehumanizing|dehumanising)
match: hood rat is a slur and shouldnt be used
match: sped is an ableist slur
nomatch: you sped
note: the word named as a slur, not used at someone

[en.allow.id-die-with-dignity]
cancels: harassment cyberbullying
pattern: (die|dying|to die) (with dignity|peacefully|in peace|at home surrounded|comfortably|on their own terms|in their own beds|in their own homes)
match: old people should die with dignity, not alone in hospitals
nomatch: old people should die
note: end-of-life care talk about older people, not a death wish

# ---------------------------------------------------------------------------------------------
# allowlist phrases from the round-3 review (cyberbullying)
# ---------------------------------------------------------------------------------------------

[en.allow.cb-insult-then-i-love-you]
cancels: harassment cyberbullying
pattern: (ur|youre|you are|u r|your) (such|so|literally|) (a|an|) (idiot|dummy|dork|goof|goofball|weirdo|nerd|dumbass|moron|loser|clown|menace|mess|disaster|nut|nutter|idiot sandwich|dumb|stupid|annoying|weird|extra|dramatic|silly|crazy|ugly) (lol|lmao|haha|omg|bro|dude|but|and|) (i love you|i love u|ily|ilysm|ilym|love you|love u|love ya|i love ya|luv u|luv you|i luv u|i adore you)
match: lol ur such an idiot i love you
match: you're such a dork and i love you
match: you're so dumb lol love you bestie
nomatch: ur such an idiot
nomatch: you're such an idiot, everyone hates you
note: affectionate teasing with the "i love you" right after the insult (the existing
note: h5-love-you-idiot covers the other order, "love you, you idiot")

[en.allow.cb-bad-bitch]
cancels: harassment cyberbullying gender_abuse
pattern: (bad|boss|baddest) (bitch|bitches|btch|biatch)
match: you're a bad bitch queen
match: bad bitch energy only
nomatch: you're a stupid bitch
note: "bad bitch" is slang praise (confident, attractive), not the insult

[en.allow.cb-murder-you-in-this-match]
cancels: harassment cyberbullying
pattern: (murder|destroy|kill|wreck|smoke|end|obliterate|body|clap|cook|annihilate|demolish|slaughter|crush|own|bury|dust|stomp|demolish) (you|u|ya|yall|him|her|them) (in|at|on) (this|the|that|our|next|a|every|tonight|tomorrows|todays) (match|round|game|1v1|race|set|lobby|map|tournament|scrim|scrims|ranked|duel|rematch|level|raid|match lol|game lol|final|finals|semis|bracket|league game|pickup game)
match: i'm gonna murder you in this match
match: we will destroy them in the final
nomatch: i'm gonna murder you
nomatch: i'll kill you in your sleep
note: competitive trash talk about a match or round (extends h1-beat-you-at-game, which lists named games)

[en.allow.cb-dead-to-me-until]
cancels: harassment cyberbullying
pattern: dead to me (until|unless|till|til|untill|jk|jkjk|for spoiling|for eating|for not|for leaving|for ditching|for liking|for skipping)
pattern: dead to me if (you|u|ya) (spoil|spoiled|eat|ate|watch|watched|forget|forgot|skip|skipped|cancel|miss|missed|finish|finished|like|pick|choose|order|drink|steal|take|dont bring|dont come|dont text|bail|flake)
match: you're dead to me until you bring snacks
match: ur dead to me for spoiling the finale
match: you're dead to me if you spoil the finale lol
nomatch: you're dead to me
note: playful "dead to me" with a condition or a trivial reason

[en.allow.cb-term-explained]
pattern: (foid|foids|femoid|femoids|kys|kms|unalive|unalived|roastie|roasties|incel|incels|simp|simps|tranny|troon|troons|looksmax|looksmaxxing|mogged|mog|ratio|sewerslide|neckrope) (comes from|came from|originated|originates|originally|stands for|means|meant|is short for|is slang for|is a term|is a word|is a phrase|is an acronym|is an abbreviation|became|became common|was coined|is used|gets used|is often used|is commonly used|is a slur|is an insult|is algospeak|is code for)
pattern: (the|a) (word|term|phrase|acronym|abbreviation|slang|expression|hashtag) (foid|femoid|kys|kms|unalive|roastie|sewerslide|neckrope|ratio) (comes|came|became|is|was|means|meant|originated|originates|stands|started|spread|gets)
pattern: (kys|kms) (means|stands for|is short for|is an acronym for|is slang for) (kill yourself|kill urself|kill myself|keep yourself safe)
pattern: (kys|kms|foid|foids|femoid|unalive|roastie|sewerslide) (used to be|was|is|became|got|is so|was so) (common|popular|everywhere|a meme|normalized|a thing|so common|really common|super common)
pattern: (what|wtf) (does|do|is) (kys|kms|foid|femoid|unalive|roastie|sewerslide|mogged) (mean|stand for|means)
match: foid comes from incel forums
match: kys used to be common in cod lobbies
match: what does kys mean? someone said it in my game
match: kys means kill yourself and it's harmful to say
match: kys is a phrase often used to bully people online
match: the acronym kys became common in gaming chats
nomatch: kys foid
nomatch: just kys already
note: a harmful term named in order to explain or discuss it, not used against anyone

[en.allow.cb-flood-dms-with-love]
cancels: harassment cyberbullying
pattern: (flood|spam|fill|blow up|bombard|shower|spamming|flooding) (her|his|their|my|ur|your|the|them|him) (dms|dm|comments|inbox|mentions|timeline|page|chat|notifications|replies|wall|stream|with) (with|) (love|birthday|bday|happy|support|compliments|hearts|positivity|kindness|good vibes|congrats|congratulations|prayers|wishes|encouragement|appreciation|nice|kind|positive|hype|memes|cat pics|dog pics|get well|heart|heart emojis|heart emoji|hearts emojis|flowers|kisses)
match: go flood her dms with birthday wishes
match: lets spam his comments with love
match: spam her with heart emojis on her birthday
nomatch: go flood her dms until she deletes her account
nomatch: spam her comments with clown emojis
note: a friendly flood of messages (birthday, support, hype)

[en.allow.cb-surprise-party]
cancels: cyberbullying
pattern: (dont|do not|nobody|never|dont tell or|dont tell|dont invite or) (invite|tell|let|add) (her|him|them) ~5 (surprise|surprised|surprising)
match: don't invite him to the surprise party, it's a surprise
pattern: (didnt|did not|dont|do not|didnt even) (tell|invite) (you|u|her|him|them) ~6 (surprise|surprised|surprising)
match: dont tell her about the party its a surprise
match: we didn't tell you on purpose because it's a surprise
nomatch: don't invite him, nobody likes him
note: keeping a surprise, not shutting someone out

[en.allow.cb-kill-myself-laughing]
cancels: self_harm harassment
pattern: (kill|killed|killing|kills) (myself|me|meself|myslf) (laughing|laughin|lauging|with laughter)
match: i thought i would kill myself laughing
match: this show is killing me laughing
nomatch: i want to kill myself
note: idiom for laughing hard

[en.allow.cb-media-of-me]
cancels: cyberbullying
pattern: (video|videos|vid|vids|clip|clips|pic|pics|picture|pictures|photo|photos|footage|recording|tiktok|reel|selfie|selfies) of (me|myself|us|mine|ourselves)
match: who wants to see the vid of me falling off my bike
match: pics of me without makeup lol
nomatch: who wants to see the vid of her crying
note: the writer's own embarrassing video; cyberbullying entries about shared media of a peer use a
note: one-word gap for the peer's name, which "me" would otherwise fill

[en.allow.cb-joke-machine]
cancels: harassment cyberbullying
pattern: (joke|meme|pun) (machine|master|king|queen|lord|god|genius|dealer)
match: you're a joke machine lol
nomatch: you're a joke
note: praise for someone funny

[en.allow.cb-die-on-a-hill]
cancels: harassment self_harm
pattern: die on (a|that|this|the same|every|any|my|your|ur) (hill|hills)
match: go die on a hill somewhere, jk i love you
match: i will die on any hill for pineapple pizza
nomatch: go die
note: "die on a hill" is the idiom for defending an opinion

[en.allow.cb-raid-with-love]
cancels: cyberbullying
pattern: (raid|raided|raiding|raids) (his|her|their|the|my|our|ur|your) (stream|channel|chat|live) (with|and) (love|hype|support|good vibes|positivity|viewers|followers|our viewers|gift subs|subs|hearts|show some love)
match: raid his stream with love, he just hit 1k
nomatch: raid his stream and tell him he sucks
note: a streamer raid (sending viewers), a normal Twitch feature

[en.allow.cb-looks-like-in-costume]
cancels: cyberbullying harassment
pattern: (like|as) ~4 (costume|costumes|onesie|mascot suit|halloween costume|cosplay|costume lol)
match: he looks like a potato in that costume lol it's a potato costume
match: she looks like a pumpkin in her halloween costume
match: she looks like shrek in her halloween costume lol so good
nomatch: she looks like a potato in that pic
note: a costume the person chose, not a mocking comparison

[en.allow.cb-kys-is-never-ok]
pattern: (kys|kill yourself|kill urself|unalive yourself|telling someone to kys|saying kys) (is|was|are) (such a|a|so|really|super|extremely|an|the most) (toxic|horrible|terrible|awful|harmful|cruel|mean|nasty|vile|disgusting|evil|hurtful) (thing|phrase|word|insult|comment|to say|thing to say)
pattern: (kys|kill yourself|kill urself|unalive yourself|telling someone to kys|saying kys) (is never|is not|isnt|should never be|shouldnt be|is never an|is not an|is not a|is never a|is no) (ok|okay|acceptable|funny|a joke|fine|cool|alright|joke|ok thing|okay thing|acceptable thing)
match: kys is never an ok thing to say to someone
match: kill yourself is not a joke
match: kys is such a toxic thing to say in game chat
nomatch: kys is what you should do
note: condemning the phrase, not saying it to someone

[en.allow.cb-my-face-on]
cancels: cyberbullying
pattern: (my|our|mine) (face|faces|head|heads) (onto|on|into|on top of) (a|an|the) ~1 (pig|cow|monkey|ape|gorilla|chimp|dog|rat|whale|donkey|goat|horse|hippo|pug|toad|frog|walrus|elephant|hog|troll|goblin|shrek|potato|cockroach|baboon|body|lion|cat)
match: i photoshopped my face onto a dog lol
nomatch: i photoshopped her face onto a dog
note: the writer editing their own face onto an animal

[en.allow.cb-crying-happy-tears]
cancels: cyberbullying
pattern: (crying|cried|cry|sobbing|tearing up) (happy tears|tears of joy|with joy|from happiness|at the wedding|at his wedding|at her wedding|at their wedding|at graduation|at the proposal|when he proposed|when she proposed|at the ceremony)
match: the video of her crying happy tears is so sweet
match: the clip of him crying at his wedding
nomatch: the video of her crying in the bathroom
note: emotional moments people share fondly

[en.allow.cb-so-ugly-its-cute]
cancels: cyberbullying harassment
pattern: (ugly|fugly|hideous) (hes|shes|its|theyre|that hes|that shes|thats|it is|he is|she is|that its) (cute|adorable|cute again|beautiful|precious)
pattern: (ugly|hideous|gross) (in the movie|in the film|on purpose|in the show|for the role|in that role|in the trailer|in the game|in the book|in the series)
match: look at my new puppy, he's so ugly he's cute
match: he is ugly in the movie on purpose, it's makeup
nomatch: she's so ugly her mom must be disappointed
note: "so ugly it's cute" (pets, toys) and a character made ugly for a role

[en.allow.cb-birthday-prank]
cancels: cyberbullying
pattern: (prank|pranking|roast|roasting) (her|him|them) (for|on) (her|his|their) (birthday|bday|anniversary|wedding|retirement|graduation)
match: we should prank her for her birthday with confetti and film it lol
nomatch: we should prank her and record it
note: a friendly birthday prank or roast

[en.allow.cb-nobody-likes-mondays]
cancels: cyberbullying harassment
pattern: (nobody|no one|noone|everyone|everybody) (likes|hates|loves|enjoys|wants) (mondays|monday|tuesdays|homework|math|traffic|the dentist|taxes|exams|finals|winter|rain|cold pizza|olives|spoilers|pop quizzes|alarm clocks|chores|laundry)
match: no wonder nobody likes mondays
match: everyone hates traffic
nomatch: nobody likes you
note: everyday dislikes of things, not of a person

[en.allow.cb-dont-add-him-yet]
cancels: cyberbullying
pattern: (dont|do not|no one|nobody) (add|invite|tag) (her|him|them|emma) ~4 (yet|for now|until monday|until tomorrow|until next week|till monday|till tomorrow|until he joins|until she joins|until the team|until tryouts)
match: don't add him to the group yet, he's not on the team until monday
nomatch: don't add him to the group, he's annoying
note: timing, not exclusion

[en.allow.cb-insult-then-love-you]
cancels: harassment cyberbullying
pattern: (idiot|idiots|dummy|dork|goof|goofball|weirdo|nerd|dumbass|moron|loser|clown|menace|nut|muppet|numpty|doofus|dingus|bozo|absolute clown|absolute idiot|absolute menace) ~2 (i love you|i love u|ily|ilysm|love you|love u|love ya|luv u|luv you|i adore you|i luv u|love you so much|i love ya)
match: omg you idiot i love you so much
match: you absolute clown, love you
nomatch: you idiot, nobody will ever love you
note: affectionate insult followed by "love you" within two words

[en.allow.cb-kind-comments]
cancels: cyberbullying harassment
pattern: (comment|comments|write|say|leave|post|reply) (congrats|congratulations|happy birthday|happy bday|hbd|something nice|something kind|nice things|kind things|love|hearts|compliments|support|good luck|yay|queen|slay|beautiful|gorgeous|so pretty|proud of you)
pattern: (tell|telling) (her|him|them) (shes|hes|theyre|she is|he is|how) (amazing|beautiful|gorgeous|pretty|so pretty|awesome|loved|great|talented|brave|strong|cute|proud|special|the best|a queen|a king|so talented|so good|doing great|killing it)
match: everyone go to her latest post and comment congrats
pattern: (tell|telling) (her|him|them) (congrats|congratulations|happy birthday|happy bday|good luck|well done|shes amazing|hes amazing|we love her|we love him|shes doing great|hes doing great)
match: go in her comments and tell her she's amazing
match: quote tweet her post and tell her congrats
match: go leave something nice on his video
nomatch: comment ugly under her post
note: a crowd sent to leave kind comments

[en.allow.cb-love-you-like-your-dog]
cancels: cyberbullying harassment
pattern: (love|loves|loved) (you|u|ya) (like|as much as) (your|ur|my) (dog|mom|mother|mum|cat|family|grandma|dad|parents|pet|puppy|kitty|nan|nana|granny)
match: no one will ever love you like your dog does
match: no one will ever love you like your mother does
nomatch: no one will ever love you
note: a fond comparison, not "no one will ever love you"

[en.allow.cb-freak-show]
cancels: cyberbullying harassment
pattern: (freak|freaks) (show|shows|out|outs|accident|accidents|flag|of nature|folk|fest)
pattern: (freakshow|freakout|freakouts)
match: the class freak show episode of the podcast was weird
match: freak accident at the factory
nomatch: look at that freak
note: idioms with "freak"


[en.allow.cb-roast-food]
cancels: cyberbullying harassment
pattern: (roast|roasts|roasted|roasting) (marshmallows|marshmallow|chicken|turkey|beef|veggies|vegetables|potatoes|coffee|nuts|peppers|smores|hot dogs|hotdogs|pork|lamb|coffee beans|chestnuts|garlic|pumpkin seeds|squash|carrots)
match: joined the gc where we roast marshmallows every friday lol
nomatch: the gc where we roast ashley
note: cooking, not a roast of a person
