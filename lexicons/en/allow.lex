# Allowlist: idioms and benign phrases that contain harm words.
# An allow hit cancels every harm hit (of the categories in `cancels`, default all) whose words
# overlap it. An allow pattern must therefore never cover the words of a real harm phrase:
# - "to die for" is written with the verb before it, because "deserve to die for that" contains it;
# - "im starving" needs a food or casual word after it, because "im starving myself" contains it;
# - bare "kill it", "dead", "cut", "hang" are not listed: only fixed phrases are.
# Identity algospeak ("le dollar bean", "lesbean") is listed so that it is never treated as a slur.

lexicon: allow
language: en
version: 2026.11.29

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
pattern: (kill|killed|killing) (the|this|that|a|my|all|every) (process|processes|task|job|app|server|tab|program|thread|container|pod|session|query)
pattern: kill (9|pid|process|task)
pattern: (kill|killswitch) switch
pattern: killswitch
match: kill the process and restart
match: kill 9 the pid
match: flip the kill switch
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
pattern: (kill|kills|killed|killing) (the|all|those|these|) (spider|spiders|bug|bugs|mosquito|mosquitoes|fly|flies|weeds|germs|bacteria|virus|viruses|ants|roaches|cockroach|wasp|wasps|mold)
match: kills 99 percent of germs
match: kill the spider please
nomatch: kill the girl
note: pests and germs

[en.allow.game-kills]
cancels: harassment self_harm cyberbullying
pattern: (killed|killing|kill|killed|shot|shoot|murdered|slaughtered|destroyed|wrecked) (me|him|her|them|you|u|us|em) (in|at) (the|) (game|match|round|fortnite|minecraft|roblox|cod|warzone|valorant|apex|overwatch|chess|lobby|finals|final)
pattern: (slaughtered|destroyed|murdered|crushed|smoked|wrecked|annihilated|demolished|bodied) (them|us|em|him|her|you|u) (in|at|lol|lmao)
match: he killed me in fortnite
match: we slaughtered them in the final
match: you got bodied lmao
note: games and sport

# ---------------------------------------------------------------------------------------------
# die / dead / death
# ---------------------------------------------------------------------------------------------

[en.allow.dying-of-laughter]
cancels: self_harm harassment cyberbullying
pattern: (dying|died|dead|die|dies) (of|from|with|laughing) (laughter|laughing|embarrassment|cringe|boredom|cuteness)
pattern: (died|dying|die) laughing
match: i was dying of laughter
match: i literally died laughing
match: dead from cringe

[en.allow.dying-to]
cancels: self_harm harassment cyberbullying
pattern: dying to (see|know|meet|try|hear|go|watch|get|tell|read|visit|eat|find|play|show)
match: im dying to see that movie
match: dying to know what happened

[en.allow.to-die-for]
cancels: self_harm harassment cyberbullying
pattern: (is|was|are|were|looks|look|smells|tastes|sounds|s) (absolutely|literally|just|) to die for
pattern: (could|would) die for (a|an|some|that|this|one|pizza|coffee|chocolate)
match: this cake is to die for
match: her shoes are absolutely to die for
match: i could die for a pizza right now
nomatch: you deserve to die for that
note: the verb before "to die for" keeps "deserve to die for" out

[en.allow.die-hard]
cancels: self_harm harassment cyberbullying
pattern: (die|diehard) hard (fan|fans|movie|movies|film|series|christmas|supporter|supporters)
pattern: (diehard|diehards)
pattern: (watch|watched|watching|is) die hard
match: im a die hard fan
match: die hard is a christmas movie
match: diehard supporters
nomatch: i hope you die hard

[en.allow.dead-tired]
cancels: self_harm harassment cyberbullying
pattern: dead (tired|serious|set|last|center|centre|silent|quiet|wrong|right|even|ahead|asleep|on|heat|weight|giveaway|ringer|broke|beat)
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
pattern: dead (end|ends|zone|zones|spot|battery|batteries|link|links|pixel|pixels|leaves|skin|weight|space|air)
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
pattern: (bored|scared|worried|tickled|loved|frozen|freezing|sick|tired|annoyed|embarrassed) to death
pattern: over my dead body
match: im bored to death
match: she was scared to death
match: over my dead body
note: "sick to death of you" is irritation, not a threat

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
pattern: (shooting|shooting) (star|stars|range|guard)
match: shoot for the moon
match: wanna shoot some hoops
match: saw a shooting star

[en.allow.photo-shoot]
cancels: harassment self_harm cyberbullying
pattern: (photo|fashion|video|film|music|product|engagement|wedding|magazine|promo) (shoot|shoots|shooting)
pattern: (photoshoot|photoshoots)
match: we had a photo shoot today
match: the music video shoot

[en.allow.shot-of-espresso]
cancels: harassment self_harm cyberbullying
pattern: (shot|shots) of (espresso|tequila|vodka|whiskey|whisky|coffee|rum|gin|wheatgrass|ginger|sunshine)
pattern: (flu|covid|booster|vaccine|allergy|mug|jump|screen|tetanus|trick|slap|bank|free|penalty|parting|cheap|big|long) (shot|shots)
pattern: shot (clock|glass|glasses|put)
match: add a shot of espresso
match: got my flu shot
match: nice trick shot

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
match: dodged a bullet there
match: list the bullet points

[en.allow.blow-up-my-phone]
cancels: harassment self_harm cyberbullying
pattern: (blow|blowing|blew|blown) up (my|your|ur|his|her|the) (phone|dms|notifications|inbox|mentions|chat|gc|group)
pattern: (blow|blew|blowing) (my|your|ur) mind
pattern: mind (blown|blowing)
match: stop blowing up my phone
match: that blew my mind

# ---------------------------------------------------------------------------------------------
# cut / hang / rope / pills (self-harm look-alikes)
# ---------------------------------------------------------------------------------------------

[en.allow.cut-food]
cancels: self_harm harassment cyberbullying
pattern: (cut|cutting|cuts) (the|some|up|an|a|my|your) (onions|onion|cake|vegetables|veggies|veg|paper|grass|lawn|fabric|wood|pizza|bread|steak|carrots|tomatoes|fruit|apple|cheese|meat|chicken|wire|cord|ribbon)
match: cut the onions
match: i was cutting the cake
match: cut up the carrots

[en.allow.cut-idioms]
cancels: self_harm harassment cyberbullying
pattern: cut (corners|class|classes|ties|costs|school)
pattern: cut it out
pattern: cut (it|things) (close|short)
pattern: cut (me|him|her|them|us|you|u) (some|a) slack
pattern: (cut|cuts|cutting) (the|a) (deal|check|cheque|line|queue|cord|chase|mustard)
match: stop cutting corners
match: cut it out you two
match: cut me some slack
match: we cut class
match: cut the line

[en.allow.cutting-board]
cancels: self_harm harassment cyberbullying
pattern: cutting (board|boards|edge|room|mat|tool|machine|costs)
pattern: (paper|price|tax|hair|budget|pay|power|rate|short|clean|crew|pixie|bob|directors|final|rough|fresh|tree) (cut|cuts)
pattern: (haircut|haircuts|cutscene|cutscenes|cutout|cutouts|shortcut|shortcuts)
pattern: cut (my|your|her|his|the) (hair|bangs|fringe|nails)
match: hand me the cutting board
match: got a paper cut
match: i cut my hair
match: skip the cutscene

[en.allow.hang-out]
cancels: self_harm harassment cyberbullying
pattern: (hang|hangs|hanging|hung) (out|up|around|on|with)
pattern: (hangout|hangouts|hangover|hangovers|hanger|hangers)
match: wanna hang out
match: she hung up on me
match: hanging out tonight
note: "hang in there" is separate; "hang yourself" never contains these words

[en.allow.hang-in-there]
cancels: self_harm harassment cyberbullying
pattern: hang in there
match: hang in there it gets better
note: also a support cue

[en.allow.hang-things]
cancels: self_harm harassment cyberbullying
pattern: (hang|hanging|hung) (the|a|my|your|some) (picture|pictures|painting|paintings|laundry|clothes|coat|coats|lights|poster|posters|decorations|flag|curtains|shelf|mirror|washing|stockings)
pattern: (hanging|hang) (plants|plant|baskets|basket|gliding|glider|ten|loose)
pattern: (hang|get) the hang of
match: help me hang the pictures
match: i hung my coat
match: getting the hang of it

[en.allow.rope]
cancels: self_harm harassment cyberbullying
pattern: (jump|jumping|skipping|skip|climbing|tow|tight|tug|rope) rope
pattern: (learn|learning|learned|know|knows) the ropes
pattern: on the ropes
pattern: rope (swing|bridge|course|climb|access|lights|ladder|tricks)
match: jump rope at recess
match: still learning the ropes
match: the rope swing at the lake

[en.allow.chill-pill]
cancels: self_harm harassment cyberbullying
pattern: (chill|happy) pill
pattern: bitter pill (to|)
pattern: (vitamin|vitamins|birth|allergy|fish|iron|sleeping|diet) (pill|pills)
pattern: pill (box|bottle|organizer|organiser|bug|bugs)
match: take a chill pill
match: a bitter pill to swallow
match: my vitamin pills
note: "sleeping pills" and "diet pills" are here only as nouns; quantity patterns in self_harm and eating_disorder are unaffected where words do not overlap

[en.allow.jump-off-the-diving-board]
cancels: self_harm
pattern: jump (off|from) (the|a) (diving|high|swing|trampoline|dock|pier|boat|rock|rocks|couch|bed)
match: jump off the diving board
match: we jumped off the dock
note: hmm, "jumped" is not "jump": the second example uses "jump" below
pattern: (jumped|jumping) (off|from) (the|a) (diving|high|swing|trampoline|dock|pier|boat|couch|bed)

[en.allow.drowning-in-work]
cancels: self_harm harassment cyberbullying
pattern: (drowning|drowned|drown) in (homework|work|emails|assignments|paperwork|laundry|debt|tasks|notifications|deadlines)
pattern: drown (my|our|your) sorrows
match: im drowning in homework
match: drowning in emails

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

[en.allow.over-the-top-exertion]
cancels: self_harm
pattern: (legs|arms|abs|calves|muscles|back|body|feet) (are|is|were|was) (dead|dying|killing|destroyed|on fire)
match: my legs are dead after that run
match: my calves are killing me
note: soreness after exercise; "on fire" is a single word slot here by design
