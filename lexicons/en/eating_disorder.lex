# Eating disorders (English).
#
# Harm sub-categories: promotion (pro-ED identity tags, "-spo" content, slogans, meanspo aimed at
# someone), instructions (how to purge, restrict, suppress hunger, hide not eating),
# behavior (first-person disordered eating: restricting, purging, bingeing, goal weights).
# Non-harm sub-categories: help_seeking, recovery, awareness. They never raise the category
# score; they let the scorer report the framing and route to support.
#
# "ana" and "mia" are also common first names: they never appear alone in a pattern, only in
# phrases ("pro ana", "ana buddy", "ana tips"). "starving" alone means hungry, "fasting" is also
# religious and "purge" is also about files, so those words only count in phrases.
# Leetspeak, spacing, repeated letters and homoglyphs are folded by the engine; only genuine
# spelling variants are written here (thinspiration, thynspo, thinsperation).

lexicon: eating_disorder
language: en
version: 2026.11.29

# ---------------------------------------------------------------------------------------------
# promotion: pro-ED tags, "-spo" content, slogans, meanspo
# ---------------------------------------------------------------------------------------------

[en.eating_disorder.promotion.thinspo]
sub: promotion
weight: 0.85
pattern: (thinsp*|thynsp*|thinnsp*)
match: need some thinspo tonight
match: my thinspiration board
match: thynsporation pics
nomatch: cut the dough into thin spirals
note: "thin inspiration" and its tag-evasion spellings (thinspooo, thinsperation, thynsporation)

[en.eating_disorder.promotion.bonespo]
sub: promotion
weight: 0.85
pattern: (bonesp*|ribspo|ribspiration|hipbonespo|collarbonespo|spinespo|deathspo)
match: bonespo for motivation
match: ribspo dump
nomatch: the dog loves bones
note: images of protruding bones; "deathspo" is the most extreme form

[en.eating_disorder.promotion.meanspo]
sub: promotion
weight: 0.85
pattern: (meanspo|meanspiration|meanspoo)
pattern: mean to me ~4 (dont|wont|not|stop|cant) (eat|eating)
match: send me meanspo
match: be mean to me so i dont eat
nomatch: that was mean spirited
note: insults requested or sent to drive restriction

[en.eating_disorder.promotion.sweetspo]
sub: promotion
weight: 0.7
pattern: (sweetspo|sweetspiration)
match: sweetspo for my ana besties
note: kind messages sent to encourage restriction

[en.eating_disorder.promotion.fatspo]
sub: promotion
weight: 0.5
pattern: (fatspo|fatspiration)
match: posting fatspo so i stop eating
note: pictures of fat bodies used to scare oneself into restriction; fat-positive communities use the word too

[en.eating_disorder.promotion.fitspo]
sub: promotion
weight: 0.25
pattern: (fitspo|fitspiration)
match: morning fitspo
note: mostly fitness content; weak alone, see fitspo-thin

[en.eating_disorder.promotion.fitspo-thin]
sub: promotion
weight: 0.5
pattern: (fitspo|fitspiration) ~4 (thin|skinny|bones|bony|thighgap|restrict|restricting|fasting|starve|ana)
match: fitspo to get skinny
nomatch: fitspo leg day
note: "fitspo" used as a cover for thinspo

[en.eating_disorder.promotion.pro-ana]
sub: promotion
weight: 0.9
pattern: pro (ana|anorexia|anorexic)
pattern: (proana|proanorexia)
match: pro ana tips
match: proana girls only
nomatch: ana is a pro at chess
note: pro-anorexia identity tag

[en.eating_disorder.promotion.pro-mia]
sub: promotion
weight: 0.9
pattern: pro (mia|bulimia|bulimic)
pattern: (promia|probulimia)
match: pro mia community
nomatch: mia is a pro dancer
note: pro-bulimia identity tag

[en.eating_disorder.promotion.pro-ed]
sub: promotion
weight: 0.8
pattern: pro (ed|eating)
pattern: (proed|prorexia)
match: pro ed accounts
nomatch: pro gaming setup
note: "pro eating disorder"

[en.eating_disorder.promotion.ana-buddy]
sub: promotion
weight: 0.85
pattern: (ana|mia|proana) (buddy|buddies|coach|coaches|bestie|besties)
match: looking for an ana buddy
match: need a strict ana coach
nomatch: ana is my best friend
note: accountability partners who push restriction; "ana coach" accounts target minors

[en.eating_disorder.promotion.ana-tips]
sub: promotion
weight: 0.75
pattern: (ana|mia|proana|promia) (tips|tricks|commandments|creed|psalm|letter|lifestyle|diet|bootcamp)
pattern: ana boot camp
pattern: abc diet
match: ana tips for beginners
match: starting the abc diet monday
nomatch: ana tipped the waiter
note: pro-ana tips, "commandments", "creed", the "ana boot camp" (abc) diet

[en.eating_disorder.promotion.ed-communities]
sub: promotion
weight: 0.75
pattern: (edtwt|edtok|edtiktok|anatwt|proanatwt|edblr|anablr|edsky|thinspotwt)
pattern: ed (twt|twitter|tiktok|tok|tumblr)
match: edtwt interact
match: found it on ed twitter
nomatch: ed sheeran tour dates
note: pro-ED community tags on social platforms

[en.eating_disorder.promotion.skinny-tags]
sub: promotion
weight: 0.6
pattern: (skinny4xmas|skinny4christmas|skinny4summer|skinny4prom|skinnyforxmas)
match: skinny4xmas challenge starts now
note: seasonal restriction challenge tags

[en.eating_disorder.promotion.slogans]
sub: promotion
weight: 0.8
pattern: skinny feels
pattern: nothing tastes ~3 skinny
pattern: hunger (is|feels) ~2 (beautiful|beauty|power|strength|success|pretty|control|weakness)
pattern: (empty|emptiness) (is|feels) (beautiful|pure|clean|pretty|powerful)
pattern: (bones|bony) (are|is) (beautiful|pretty|goals|sexy)
pattern: (skinny|thin) is (everything|beautiful|worth|in)
pattern: (starving|starve|fasting|restricting) is (beautiful|worth|power)
pattern: (cant|cannot|dont) see (your|ur) (ribs|collarbones|hipbones|bones|spine|sternum)
match: nothing tastes as good as skinny feels
match: hunger is power
match: empty is beautiful
match: hunger is just weakness leaving
match: if you cant see your ribs keep going
nomatch: hunger is the best sauce
note: pro-ana mantras

[en.eating_disorder.promotion.wannarexic]
sub: promotion
weight: 0.6
pattern: (wannarexic|wannarexia|wanarexic)
match: im such a wannarexic
note: "wants to be anorexic"; used inside pro-ED spaces, often as gatekeeping

[en.eating_disorder.promotion.ana-bracelet]
sub: promotion
weight: 0.6
pattern: (ana|mia|proana|promia) (bracelet|bracelets)
pattern: (red|purple) (bracelet|bracelets) ~3 (ana|mia|proana|promia)
match: wearing my ana bracelet
nomatch: anas bracelet is gold
note: red (ana) and purple (mia) bead bracelets as secret identity markers

[en.eating_disorder.promotion.body-challenges]
sub: promotion
weight: 0.5
pattern: (a4|paper) waist
pattern: (collarbone|bellybutton|coin|coins) challenge
pattern: belly button challenge
pattern: bikini bridge
match: trying the a4 waist challenge
match: collarbone challenge with coins
nomatch: the paper was a4
note: viral body-checking challenges that reward thinness

[en.eating_disorder.promotion.thigh-gap]
sub: promotion
weight: 0.45
pattern: thigh (gap|gaps)
pattern: (thighgap|thighgaps|thygap|thyghgap)
match: thigh gap goals
nomatch: thigh high boots
note: also discussed critically, so medium; the wish form is behavior.want-thigh-gap

[en.eating_disorder.promotion.you-need-to-lose-weight]
sub: promotion
weight: 0.5
target: other
also: cyberbullying.appearance_shaming
pattern: (you|u|ur) (need|should|gotta|must|have) (to|) lose ~2 (weight|pounds|lbs|kilos|kg)
pattern: (youre|ur|you|u) (getting|looking|look) (so|really|kinda|) (chubby|fat|fatter|heavy|huge)
pattern: (you|u|ur|youre) ~4 (stop|quit|skip) (eating|meals|food) ~2 (week|weeks|days|month)
match: you need to lose weight
match: youre getting so chubby maybe stop eating for a week
match: u should lose some weight
nomatch: you need to lose the attitude
note: meanspo aimed at someone; doctors say it too, so medium

[en.eating_disorder.promotion.dont-eat-insult]
sub: promotion
weight: 0.7
target: other
also: cyberbullying.appearance_shaming
pattern: (dont|stop|quit) (eat|eating) ~2 (fatty|fatass|piggy|whale|lardass|cow)
pattern: put ~2 (fork|food|cake|burger|spoon|donut) down ~1 (fatty|fatass|piggy|whale|lardass|cow)
match: stop eating fatty
match: put the fork down piggy
nomatch: stop eating so fast
note: meanspo: telling someone not to eat, with a fat insult

[en.eating_disorder.promotion.you-dont-deserve-food]
sub: promotion
weight: 0.6
target: other
also: cyberbullying.appearance_shaming
pattern: (you|u) (dont|shouldnt) (need|deserve) (to|) (eat|food)
pattern: (you|u) (dont|shouldnt) deserve (dinner|lunch|breakfast|meals)
match: you dont deserve to eat
match: you dont need food
nomatch: you dont need to bring food

[en.eating_disorder.promotion.what-i-eat-in-a-day]
sub: promotion
weight: 0.25
pattern: what i eat in a day
pattern: wieiad
match: what i eat in a day as a dancer
note: weak: mostly food content, but also a back-door search term after pro-ED tag bans

# ---------------------------------------------------------------------------------------------
# instructions: purging, restriction tricks, hiding
# ---------------------------------------------------------------------------------------------

[en.eating_disorder.instructions.how-to-throw-up]
sub: instructions
weight: 0.85
pattern: how ~3 (make|get) (myself|yourself|urself|me|u|you|someone) (throw|sick|puke|vomit|purge)
match: how do i make myself throw up
match: how to make yourself puke after eating
nomatch: how to make yourself sleep

[en.eating_disorder.instructions.how-to-purge]
sub: instructions
weight: 0.8
pattern: how ~3 (purge|purging) ~3 (food|meals|meal|dinner|lunch|calories|quietly|silently)
pattern: (purge|purging) (tip|tips|tricks|methods)
pattern: (throw|throwing|purge|purging|puke|puking|vomit) ~4 (quietly|silently|quiet|silent)
pattern: running the (shower|tap|water|faucet|fan)
match: how to purge quietly
match: any purging tips
match: turn on the fan and throw up quietly
nomatch: how to purge old files

[en.eating_disorder.instructions.fingers-down-throat]
sub: instructions
weight: 0.7
pattern: (finger|fingers|toothbrush|spoon) down (my|your|ur|the) throat
match: just put your fingers down your throat
nomatch: shoved it down my throat

[en.eating_disorder.instructions.chew-and-spit]
sub: instructions
weight: 0.7
pattern: (chew|chewing|chewed) ~3 (and|n|then) (spit|spitting|spat)
pattern: (chewandspit|chewnspit)
match: chew and spit is the trick
match: been chewing and spitting all day
match: i chew my food and spit it out
nomatch: chew your food slowly
note: tasting food without swallowing it

[en.eating_disorder.instructions.laxatives-for-weight]
sub: instructions
weight: 0.7
pattern: (laxatives|laxative|laxies|dulcolax|senna|diuretics|diuretic) ~6 (lose|losing|drop|shed|weight|skinny|thin|flat|calories|flush|lbs|pounds)
pattern: water pills ~4 (lose|losing|weight|skinny|thin)
match: laxatives to lose weight
match: do diuretics help you get thin
match: laxatives after every meal and you drop 5 lbs
nomatch: laxatives for constipation

[en.eating_disorder.instructions.suppress-hunger]
sub: instructions
weight: 0.5
pattern: (suppress|suppressing|suppressed|curb|curbing|kill|kills|killing|numb|numbing|trick|tricking|ignore|ignoring) (my|your|ur|the|) (hunger|appetite)
match: how to suppress hunger
match: ways to kill your appetite
nomatch: that smell ruined my appetite
note: also ordinary diet advice, so medium

[en.eating_disorder.instructions.fill-up-without-food]
sub: instructions
weight: 0.55
pattern: (drink|drinking|drank|chug|chugging) ~2 (water|coffee|tea|soda|coke) ~4 (full|hunger|hungry|appetite|starving)
pattern: (chew|chewing) gum ~4 (hunger|hungry|appetite)
pattern: (eat|eating|ate) (ice|icecubes) ~4 (hunger|hungry|instead)
pattern: (drink|drinking|chew|chewing|smoke|smoking|vape|vaping|sleep|sleeping) ~4 instead of (eating|meals)
match: drink water to feel full
match: drink black coffee instead of eating
match: chew gum when youre hungry
nomatch: drink water after your run

[en.eating_disorder.instructions.hide-not-eating]
sub: instructions
weight: 0.75
pattern: (hide|hiding|hid) ~3 not (eating|eaten)
pattern: (hide|hiding|hid|hides) ~3 (skipping|purging|fasting|restricting|starving)
pattern: how ~3 (hide|hiding) ~4 (purging|skipping|starving|restricting|fasting|anorexia|bulimia|ed)
pattern: (hide|hiding) (an|my) eating disorder
match: how do i hide not eating from my parents
match: hiding my purging from my roommate
nomatch: hide the presents from the kids

[en.eating_disorder.instructions.negative-calories]
sub: instructions
weight: 0.5
pattern: negative (calorie|calories|cal|cals)
pattern: (only|just) (eat|eating|ate) (ice|celery|lettuce|gum|cucumber)
match: celery is negative calorie
match: only eat ice and celery
nomatch: only eat fresh fruit
note: "negative calorie" foods and near-zero intake advice

[en.eating_disorder.instructions.fake-weigh-in]
sub: instructions
weight: 0.55
pattern: (fake|cheat|trick|rig|fool) ~2 (weigh|weighin|weighins|scale|scales)
pattern: (chug|chugging|wear|wearing|hide|hiding|sew|sewing) ~6 (weigh|weighin|weighins)
match: how to trick the scale at the doctor
match: wear a heavy hoodie to weigh ins
nomatch: weigh the flour first
note: hiding weight loss from doctors, nurses or treatment teams

[en.eating_disorder.instructions.stop-eating-for]
sub: instructions
weight: 0.65
pattern: (stop|quit) eating (for|) ~2 (week|weeks|days|month)
match: just stop eating for a week
nomatch: i stopped eating meat last year
note: "i stopped eating for a week when i had flu" does not match: "stopped" is not listed

[en.eating_disorder.instructions.push-restriction]
sub: instructions
weight: 0.7
pattern: keep (restricting|starving|fasting|purging)
pattern: (should|must|need|gotta) (be|weigh) (under|below|less) ~2 (lbs|pounds|kg|kgs)
pattern: punish* (yourself|urself) ~4 (crunches|exercise|workout|situps|laps|miles|running|fasting|starving|purging)
pattern: (slip|slipped|cave|caved) ~3 (eat|eating|ate) ~3 punish*
match: keep restricting you are almost there
match: you should weigh under 100 lbs
match: if you slip and eat punish yourself with crunches
nomatch: keep stretching after runs
note: rules and pressure aimed at someone else's restriction

[en.eating_disorder.instructions.pretend-to-eat]
sub: instructions
weight: 0.5
pattern: (pretend|pretending|pretended|fake|faking|faked) (to|) (eat|eating|ate|eaten)
match: i pretend to eat at lunch
nomatch: the kids pretend to cook
note: children's pretend play with toy food also matches

[en.eating_disorder.instructions.hide-food]
sub: instructions
weight: 0.55
pattern: (hide|hiding|hid) (my|the|) (food|lunch|dinner|meals|meal|breakfast) (in|under|behind)
pattern: (feed|feeding|fed|give|gave) (my|the) (food|dinner|meals|lunch) to (the|my) dog
match: i hid my dinner in a napkin
match: i feed my dinner to the dog
nomatch: hide the food from the raccoons

[en.eating_disorder.instructions.lie-about-eating]
sub: instructions
weight: 0.45
pattern: (lie|lying|lied|lies) (about|that) ~3 (eating|eaten|ate|meals|food|weight)
pattern: (say|said|tell|told|telling|saying) ~3 (already|just) (ate|eaten)
pattern: (tell|say|told) ~3 (parents|mom|mum|dad|family|nurse|teacher) ~2 (ate|eaten)
match: i lie about eating every day
match: i told mom i already ate
match: tell your mom you ate at school
nomatch: dont lie about the score
note: "i told her i already ate" is often true, so medium

[en.eating_disorder.instructions.tips-not-eating]
sub: instructions
weight: 0.7
pattern: (tips|tricks|ways|how) ~2 (not|stop|avoid|never) (eating|eat) ~2 (days|anything|completely|entirely)
pattern: how ~3 (stop|not) (feeling|feel|being|get|getting) hungry
match: tips to not eat for days
match: how do i stop feeling hungry
nomatch: how to not eat junk at night

[en.eating_disorder.instructions.become-anorexic]
sub: instructions
weight: 0.8
pattern: (teach|help|show|tell) (me|us) ~3 (be|become|get|turn) (anorexic|bulimic|ana|mia)
pattern: how ~3 (be|become|get|turn) (anorexic|bulimic)
match: how do i become anorexic
match: teach me how to be ana
nomatch: how do i become a nurse
note: a parent asking "how did she become anorexic" also matches; cues decide

[en.eating_disorder.instructions.crash-loss]
sub: instructions
weight: 0.35
pattern: lose ~2 (pounds|lbs|kg|kilos|stone) in (a|one|two|1|2|3) (week|weeks|days|day)
match: how to lose 10 pounds in a week
nomatch: i lost my keys in a day
note: weak: crash-diet talk is common outside eating disorders

[en.eating_disorder.instructions.cotton-ball]
sub: instructions
weight: 0.8
pattern: (eat|eating|ate|eaten|swallow|swallowing|dipped|dip) ~2 cotton (balls|ball)
pattern: cotton (ball|balls) (diet|trick)
pattern: tapeworm diet
match: eating cotton balls dipped in juice
match: the cotton ball diet
nomatch: clean it with cotton balls
note: dangerous "fullness" tricks

[en.eating_disorder.instructions.go-without-food]
sub: instructions
weight: 0.4
pattern: how long ~4 (without|not) (eating|food|eat)
match: how long can i go without eating
nomatch: how long to bake the cake
note: also asked before surgery or about pets

# ---------------------------------------------------------------------------------------------
# behavior: first-person disordered eating
# ---------------------------------------------------------------------------------------------

[en.eating_disorder.behavior.havent-eaten-days]
sub: behavior
weight: 0.55
pattern: (havent|hasnt|not|didnt|dont|haven) (eaten|ate|eat) (in|for) ~2 (days|day|hours|weeks|week)
match: i havent eaten in 3 days
match: i didnt eat for two days
nomatch: i havent eaten sushi before
note: "haven't eaten in hours, so busy" also matches

[en.eating_disorder.behavior.havent-eaten-today]
sub: behavior
weight: 0.35
pattern: (havent|didnt|not) (eaten|ate|eat) (anything|since)
pattern: (ate|eaten|had) (nothing|zero) ~1 (today|yesterday|since|calories|cals)
match: i havent eaten anything today
match: ate nothing today and proud
nomatch: i havent seen anything
note: weak: busy days read the same

[en.eating_disorder.behavior.starve-myself]
sub: behavior
weight: 0.85
target: self
pattern: (starve|starving|starved) myself
match: im going to starve myself
nomatch: im starving lets get pizza

[en.eating_disorder.behavior.need-to-starve]
sub: behavior
weight: 0.65
pattern: (need|have|want|wanna|gotta|must|should|deserve) (to|) starve
pattern: (so|too) fat ~4 (starve|restrict|purge|starving|restricting|purging)
match: i feel so fat i need to starve
match: i deserve to starve
nomatch: im starving lets get pizza
note: "we're going to starve if dinner isn't ready" is left out by not listing "going"

[en.eating_disorder.behavior.purge]
sub: behavior
weight: 0.7
pattern: i (just|) (purged|purge)
pattern: i (need|have|want|wanna|gotta) (to|) purge
pattern: (been|keep|kept|started|start|cant) purging
pattern: (purged|purging) (again|tonight|today|twice|dinner|lunch|breakfast)
match: i purged again after dinner
match: i need to purge
nomatch: we purged the old records
note: "purge" alone is also about files and films; first person or food words are required

[en.eating_disorder.behavior.binge-purge]
sub: behavior
weight: 0.85
pattern: (binged|binge|binging|bingeing) ~4 (purged|purge|purging)
match: binged and purged again
match: binged again and purged
nomatch: binge watched a movie
note: "binge watched the purge" (the films) is a rare false positive

[en.eating_disorder.behavior.made-myself-sick]
sub: behavior
weight: 0.8
target: self
pattern: (make|made|making|makes) myself (throw|sick|vomit|puke|purge)
match: i made myself throw up
nomatch: i made myself a sandwich

[en.eating_disorder.behavior.throw-up-after-eating]
sub: behavior
weight: 0.45
pattern: (threw|throw|throwing|puked|puke|puking|vomited|vomit|vomiting) (up|) after (every|each|all|eating|meals|dinner|lunch|breakfast)
pattern: (threw|puked|vomited|throw|throwing|puking) up (my|the|) (lunch|dinner|breakfast|food|meal|meals)
match: i throw up after every meal
nomatch: i threw up during the flight
note: food poisoning also matches, so medium

[en.eating_disorder.behavior.restricting]
sub: behavior
weight: 0.55
pattern: (been|im|am|keep|kept|started|start|still|back) restricting
pattern: (gonna|will|need|have) ~1 restrict (again|harder|tomorrow)
match: ive been restricting all week
match: i need to restrict harder
nomatch: they are restricting access to the site

[en.eating_disorder.behavior.skip-meals]
sub: behavior
weight: 0.4
pattern: (skip|skipping|skipped) (all|every|my|) (meals|meal)
pattern: (skip|skipping|skipped) (breakfast|lunch|dinner) and (lunch|dinner)
match: skipping meals again
match: i skipped breakfast and lunch
nomatch: i skipped class
note: a busy day reads the same; weak alone

[en.eating_disorder.behavior.fasting-days]
sub: behavior
weight: 0.4
pattern: (fasted|fasting|fast) for ~1 (days|weeks|week)
pattern: (day|days) ~3 (fasting|fast)
pattern: (water|dry|juice) (fast|fasting|fasted)
match: fasting for days again
match: day 4 of my water fast
nomatch: i fast during ramadan
note: religious and medical fasting also match; weak alone

[en.eating_disorder.behavior.goal-weight-markers]
sub: behavior
weight: 0.75
pattern: (hw|sw|cw|lw|gw|ugw) ~1 (cw|gw|ugw|lw)
pattern: (cw|gw|ugw|lw|hw|sw) ~1 (lbs|lb|kg|kgs|pounds)
match: sw 140 cw 118 gw 100
match: ugw 90 lbs
nomatch: hw due friday
note: high, starting, current, low and (ultimate) goal weight in pro-ED bios

[en.eating_disorder.behavior.ugw]
sub: behavior
weight: 0.6
pattern: ugw
pattern: ultimate goal weight
pattern: (reach|reached|hit|hitting|until|till|reaching) ~1 (gw|lw)
pattern: (my|your|ur) (gw|lw)
match: my ugw is so close
match: i hit gw today
nomatch: the ug was fine
note: "ugw" is rarely used outside pro-ED spaces

[en.eating_disorder.behavior.goal-weight]
sub: behavior
weight: 0.35
pattern: (goal|dream) weight
match: almost at my goal weight
note: weak: ordinary dieting language too

[en.eating_disorder.behavior.bmi-goal]
sub: behavior
weight: 0.5
pattern: (bmi|bmis) ~3 (12|13|14|15|16)
match: my bmi is 15 and i want lower
nomatch: my bmi is 22
note: underweight BMI as a goal; also clinical talk

[en.eating_disorder.behavior.calorie-limit]
sub: behavior
weight: 0.45
pattern: (under|below|than|max|only|just) (100|200|300|400|500|600|700|800) (calories|cals|kcal|cal|kcals)
pattern: (ate|eaten|had|eat|eating) (100|200|300|400|500|600) (calories|cals|kcal|cal|kcals)
match: under 500 calories today
match: ate only 300 cals
nomatch: under 30 minutes
note: "snacks under 200 calories" in recipes also matches

[en.eating_disorder.behavior.calories-a-day]
sub: behavior
weight: 0.55
pattern: (100|200|300|400|500|600) (calories|cals|kcal|cal|kcals) ~1 (a|per|each) day
match: 400 cals a day is my limit
match: 500 calories max a day
nomatch: 1500 calories a day

[en.eating_disorder.behavior.feel-fat]
sub: behavior
weight: 0.35
pattern: (feel|feeling|felt) (so|too|really|disgustingly|) (fat|huge|obese)
pattern: (im|am) (so|too) (fat|huge|obese)
match: i feel so fat
match: im too fat
nomatch: i feel great
note: body-image distress; weak alone

[en.eating_disorder.behavior.dont-deserve-to-eat]
sub: behavior
weight: 0.75
target: self
pattern: i (dont|never) deserve (to|) (eat|food|eating|dinner|lunch|breakfast|meals)
pattern: (im|am) not (allowed|worthy) (to|of) (eat|eating|food)
match: i dont deserve to eat today
match: im not allowed to eat until friday
nomatch: i dont deserve this award

[en.eating_disorder.behavior.punish-eating]
sub: behavior
weight: 0.65
pattern: punish* myself ~3 (eating|ate|food|binge|binging|bingeing|eaten)
pattern: punish* myself (with|by) ~3 (crunches|exercise|workout|situps|laps|miles|running|fasting|starving|purging)
match: i punish myself for eating
match: i punish myself with 300 crunches
nomatch: i punished myself with extra homework

[en.eating_disorder.behavior.guilt-eating]
sub: behavior
weight: 0.35
pattern: (guilty|disgusting|disgusted|ashamed|gross) ~3 (eating|ate|eaten)
match: i feel so guilty after eating
nomatch: i feel guilty about missing the call
note: weak: common diet-culture talk

[en.eating_disorder.behavior.want-to-be-anorexic]
sub: behavior
weight: 0.8
pattern: (want|wanna|wish|trying|try) (to|i) (be|become|was|were|get) (anorexic|bulimic)
match: i wish i was anorexic
match: i want to be anorexic
nomatch: i want to be a doctor

[en.eating_disorder.behavior.ed-disclosure]
sub: behavior
weight: 0.5
pattern: (im|am|becoming|still|relapsing) (anorexic|bulimic)
pattern: i (have|had|developed|got) (anorexia|bulimia|arfid|osfed|ednos)
pattern: i (have|had|developed|got) an eating disorder
match: i think im anorexic
match: i have bulimia
nomatch: she is a nurse
note: disclosure; also recovery talk, the recovery cues lower it

[en.eating_disorder.behavior.see-my-bones]
sub: behavior
weight: 0.55
pattern: (want|wanna|need|wish|love) ~3 (collarbones|hipbones|ribs|ribcage|spine|sternum|bones) (show|showing|poke|poking|sticking|visible)
pattern: (see|feel|count) (my|your|ur|every|all|) (ribs|bones|collarbones|hipbones|spine)
match: i want my collarbones showing
match: i love when i can count my ribs
nomatch: the doctor checked my ribs
note: bones as a goal; "feel my ribs" also comes up after injuries

[en.eating_disorder.behavior.want-thigh-gap]
sub: behavior
weight: 0.55
pattern: (want|wish|need|get|getting) ~2 (thighgap|thighgaps)
pattern: (want|wish|need|get|getting) ~2 thigh (gap|gaps)
match: i need a thigh gap
nomatch: i want thigh high boots

[en.eating_disorder.behavior.skinny-enough]
sub: behavior
weight: 0.45
pattern: (not|never|until|till) ~1 (skinny|thin|small|tiny) enough
match: ill never be thin enough
match: until im skinny enough
nomatch: the crust is thin
note: "the crust is not thin enough" is a rare false positive

[en.eating_disorder.behavior.want-to-be-thin]
sub: behavior
weight: 0.35
pattern: (want|wanna|need|have) to be (skinny|skinnier|thin|thinner|bony|tiny)
pattern: (gonna|will) be so (skinny|thin|tiny)
match: i need to be skinnier
nomatch: i want to be taller
note: weak alone

[en.eating_disorder.behavior.want-underweight]
sub: behavior
weight: 0.65
pattern: (want|wanna|wish|need|goal) ~3 (underweight|emaciated|skeletal)
match: i want to be underweight
nomatch: the dog was underweight when we adopted him

[en.eating_disorder.behavior.binge]
sub: behavior
weight: 0.4
pattern: (binged|bingeing|binging) again
pattern: (binge|binged|binging|bingeing) (eating|eat|ate)
pattern: binge (episode|episodes)
match: binged again last night
match: binge eating every night
nomatch: binge watching my show
note: "binging again" also describes TV; medium

[en.eating_disorder.behavior.compensate]
sub: behavior
weight: 0.45
pattern: (burn|burned|burnt|burning|work|worked|working) off (everything|every|all|what|the) ~3 (ate|eat|eaten|calories|cals)
pattern: (exercise|exercised|exercising|workout|run|ran|running) (until|till) (i|) (faint|fainted|pass|passed|collapse|collapsed|puke|vomit)
pattern: (run|running|burn|burning) (it|that|them) off
match: i have to burn off everything i ate
match: i ran until i passed out
match: ate an apple so im gonna run it off
nomatch: burn off some steam
note: compensatory exercise; "burn off the holiday dinner" is common and milder

[en.eating_disorder.behavior.earn-food]
sub: behavior
weight: 0.5
pattern: (let|allow) myself (to|) eat (if|when|after|unless|once|only)
pattern: (earn|earned|earning) (my|the|) (food|meals|calories)
match: i only let myself eat if i hit my steps
match: i have to earn my food
nomatch: i let myself sleep in
note: food as a reward for exercise; "earned my dinner" after a hike is milder

[en.eating_disorder.behavior.laxative-use]
sub: behavior
weight: 0.6
pattern: (took|take|taking|pop|popping|popped|abuse|abusing) ~2 (laxatives|laxative|laxies|diuretics)
match: taking laxatives after every meal
nomatch: the laxative aisle
note: also constipation; frequent use with food words is the signal

[en.eating_disorder.behavior.body-check]
sub: behavior
weight: 0.45
pattern: body (check|checks|checking|checked)
pattern: wrist (check|checks|checking|test)
pattern: (finger|fingers) ~2 around ~2 (wrist|wrists|arm|arms|thigh|thighs)
match: daily body check pics
match: my fingers touch around my wrist
nomatch: he got a penalty for a bodycheck
note: also hockey ("body check") and recovery talk ("stop body checking")

[en.eating_disorder.behavior.weigh-myself]
sub: behavior
weight: 0.45
pattern: weigh* myself ~2 times (a|per|every) day
match: i weigh myself 5 times a day
nomatch: i weigh myself every monday

[en.eating_disorder.behavior.count-calories]
sub: behavior
weight: 0.3
pattern: (count|counting|counted) every (calorie|cal|bite|kcal)
match: i count every calorie
nomatch: count every vote
note: weak alone

[en.eating_disorder.behavior.ruined-fast]
sub: behavior
weight: 0.4
pattern: (failed|ruined|ruin) my (fast|restriction)
match: i ruined my fast with a cracker
nomatch: i broke my fast at sunset

[en.eating_disorder.behavior.safe-foods]
sub: behavior
weight: 0.35
pattern: (my|only|eat|eating|ate) safe (foods|food)
match: i only eat my safe foods
nomatch: safe food storage
note: a restriction term, also used in recovery and by people with ARFID

[en.eating_disorder.behavior.tiny-intake]
sub: behavior
weight: 0.35
pattern: (only|just) (ate|had|eaten) (an|a|one|half) ~1 (apple|banana|cracker|rice|carrot|grape|grapes|orange|yogurt|coffee)
match: only ate an apple today
nomatch: just had a big lunch
note: weak alone

[en.eating_disorder.behavior.love-hunger]
sub: behavior
weight: 0.55
pattern: (love|enjoy|like|crave|miss|addicted) ~3 (feeling|being|feel) (empty|hungry|emptiness)
pattern: hunger (pangs|) (feel|feels) (good|amazing|great|powerful)
pattern: (feel|feeling|felt) (so|) empty and (clean|light|pure)
match: i love the feeling of being empty
match: hunger pangs feel amazing
nomatch: i love feeling rested

[en.eating_disorder.behavior.scared-to-eat]
sub: behavior
weight: 0.45
pattern: (scared|afraid|terrified|frightened) (to|of) (eat|eating|gaining)
match: im scared to eat
match: so afraid of gaining
nomatch: scared of spiders

# ---------------------------------------------------------------------------------------------
# help_seeking (non-harm)
# ---------------------------------------------------------------------------------------------

[en.eating_disorder.help_seeking.think-i-have-ed]
sub: help_seeking
weight: 0.5
pattern: (think|worried|scared|afraid|wondering|wonder) ~4 (anorexia|bulimia|anorexic|bulimic)
pattern: (think|worried|scared|afraid|wondering|wonder) ~4 eating disorder
match: i think i might have an eating disorder
match: worried my daughter is anorexic
nomatch: i think i might have the flu

[en.eating_disorder.help_seeking.am-i-anorexic]
sub: help_seeking
weight: 0.45
pattern: am i (anorexic|bulimic)
pattern: do i have (anorexia|bulimia|arfid|orthorexia|osfed)
pattern: do i have an eating disorder
match: am i anorexic
match: do i have an eating disorder
nomatch: am i right

[en.eating_disorder.help_seeking.how-to-stop]
sub: help_seeking
weight: 0.55
pattern: how ~3 stop (purging|binging|bingeing|restricting|starving|throwing)
pattern: (want|wanna|need|trying) to stop (purging|binging|bingeing|restricting|starving)
match: how do i stop purging
match: i want to stop restricting
nomatch: how do i stop snoring

[en.eating_disorder.help_seeking.helpline]
sub: help_seeking
weight: 0.45
pattern: (neda|anad|beat|nedc|butterfly) (helpline|hotline|chat)
pattern: eating disorder (helpline|hotline|support|clinic|specialist|therapist|treatment|service|services)
match: should i call the neda helpline
match: looking for an eating disorder therapist
nomatch: the beat drops hard

[en.eating_disorder.help_seeking.need-help-ed]
sub: help_seeking
weight: 0.5
pattern: (need|want|get|getting|find|seek|seeking) help ~3 (anorexia|bulimia|arfid|ed)
pattern: (need|want|get|getting|find|seek|seeking) help ~3 eating disorder
match: i need help with my eating disorder
match: how do i get help for bulimia
nomatch: i need help with my essay

[en.eating_disorder.help_seeking.tell-someone]
sub: help_seeking
weight: 0.45
pattern: (tell|telling|told) ~3 (parents|mom|mum|dad|doctor|therapist|teacher|counselor) ~4 (ed|anorexia|bulimia|purging|restricting|binging)
match: how do i tell my parents about my ed
nomatch: i told my mom about the game

[en.eating_disorder.help_seeking.help-a-friend]
sub: help_seeking
weight: 0.45
pattern: (help|helping|support|supporting) ~2 (friend|sister|brother|son|daughter|partner|girlfriend|boyfriend|student) ~5 (anorexia|bulimia|anorexic|bulimic|purging|starving|restricting)
pattern: (friend|sister|brother|son|daughter|girlfriend|boyfriend|kid) ~3 (isnt|hasnt|stopped|not|wont|refuses) ~2 (eating|eaten|eat)
match: how can i help my friend with anorexia
match: my sister stopped eating and i am worried
nomatch: help my friend move house
note: third-person concern; "my son won't eat his vegetables" also matches

# ---------------------------------------------------------------------------------------------
# recovery (non-harm)
# ---------------------------------------------------------------------------------------------

[en.eating_disorder.recovery.ed-recovery]
sub: recovery
weight: 0.45
pattern: (ed|anorexia|bulimia|arfid|osfed) recovery
pattern: eating disorder recovery
pattern: recovering from (anorexia|bulimia|arfid)
pattern: recovering from (an|my) eating disorder
pattern: recovering from my ed
pattern: (edrecovery|anarecovery|prorecovery|edwarrior|recoverywarrior)
pattern: pro recovery
match: day 40 of ed recovery
match: recovering from anorexia is hard
nomatch: economic recovery

[en.eating_disorder.recovery.meal-plan]
sub: recovery
weight: 0.35
pattern: recovery meal plan
pattern: (follow|following|followed|stick|sticking|stuck|finished) ~2 (my|the) meal plan
match: i followed my meal plan today
nomatch: meal prep sunday
note: dieters have meal plans too; low weight

[en.eating_disorder.recovery.treatment-team]
sub: recovery
weight: 0.35
pattern: my (dietitian|dietician)
pattern: my ed (therapist|team|dietitian)
pattern: (my|the) treatment team
match: my dietitian says im doing well
nomatch: my doctor says im doing well

[en.eating_disorder.recovery.fear-food]
sub: recovery
weight: 0.45
pattern: fear (food|foods)
match: i ate a fear food today
nomatch: i fear the dentist
note: challenging fear foods is a recovery milestone

[en.eating_disorder.recovery.weight-restored]
sub: recovery
weight: 0.5
pattern: weight (restored|restoration|restore|restoring)
pattern: (refeeding|refeed)
pattern: (gaining|gained|gain) ~3 (in|during|for) recovery
match: finally weight restored
match: i gained 5 pounds in recovery
nomatch: weight lifting

[en.eating_disorder.recovery.purge-free]
sub: recovery
weight: 0.45
pattern: (purge|binge|restriction|purging|bingeing|binging|restrict) free
pattern: (days|weeks|months|years) without (purging|restricting|bingeing|binging)
match: 30 days purge free
match: two weeks without purging
nomatch: gluten free bread

[en.eating_disorder.recovery.ed-voice]
sub: recovery
weight: 0.4
pattern: ed (voice|brain|thoughts)
pattern: eating disorder (voice|brain|thoughts)
match: the ed voice is loud today
nomatch: ed said hi
note: recovery vocabulary for disordered thoughts

[en.eating_disorder.recovery.ed-treatment]
sub: recovery
weight: 0.45
pattern: ed (treatment|clinic|unit|inpatient|residential)
pattern: eating (disorder|disorders) (treatment|clinic|unit|program|inpatient|residential|service|services)
pattern: residential treatment
pattern: (maudsley|fbt)
pattern: family based treatment
match: i start ed treatment monday
match: we are doing fbt with our daughter
nomatch: driver ed classes

[en.eating_disorder.recovery.relapse]
sub: recovery
weight: 0.5
pattern: (relapsed|relapse|relapsing|slipped) ~3 (restricting|purging|restrict|purge|anorexia|bulimia|ed|binging|bingeing|ana)
match: i relapsed and started restricting
nomatch: i relapsed on sugar
note: the recovery framing routes to support; the behaviour words score through behavior entries

[en.eating_disorder.recovery.full-meal]
sub: recovery
weight: 0.35
pattern: (ate|finished|eaten) ~2 (full|whole|entire) (meal|plate|dinner|lunch|breakfast)
match: i ate a full meal today
nomatch: i ate a slice of cake
note: recovery milestone; also ordinary talk

[en.eating_disorder.recovery.hunger-cues]
sub: recovery
weight: 0.35
pattern: (honor|honour|honoring|honouring|listen|listening|respect|trust) ~2 (hunger|fullness) (cues|signals)
match: learning to honor my hunger cues
nomatch: hunger games

# ---------------------------------------------------------------------------------------------
# awareness (non-harm)
# ---------------------------------------------------------------------------------------------

[en.eating_disorder.awareness.ed-awareness]
sub: awareness
weight: 0.4
pattern: eating (disorder|disorders) awareness
pattern: (ed|neda|eda) awareness (week|month|day)
pattern: edaw
match: eating disorder awareness week
nomatch: road safety awareness week

[en.eating_disorder.awareness.signs]
sub: awareness
weight: 0.45
pattern: (signs|symptoms) of ~2 (anorexia|bulimia|arfid|orthorexia|osfed|starvation)
pattern: (signs|symptoms) of (an|) eating (disorder|disorders)
match: signs of anorexia in teens
match: symptoms of an eating disorder
nomatch: signs of spring

[en.eating_disorder.awareness.mortality]
sub: awareness
weight: 0.35
pattern: (anorexia|bulimia|disorders|disorder) ~6 (mortality|deadliest)
match: anorexia has the highest mortality of any mental illness
nomatch: the deadliest storm
note: a common awareness statistic

[en.eating_disorder.awareness.research]
sub: awareness
weight: 0.35
pattern: (anorexia|bulimia|arfid) (research|statistics|stats|study|studies|rates|prevalence)
pattern: eating (disorder|disorders) (research|statistics|stats|study|studies|rates|prevalence|charity|charities|organisation|organization|specialist|specialists)
match: new eating disorder research
nomatch: market research

[en.eating_disorder.awareness.clinical-terms]
sub: awareness
weight: 0.35
pattern: (anorexia|bulimia) nervosa
pattern: binge eating disorder
pattern: (arfid|osfed|ednos|orthorexia)
match: anorexia nervosa is a serious illness
match: what is arfid
nomatch: nervous about the test
note: the clinical names; disclosure forms are behavior.ed-disclosure

[en.eating_disorder.awareness.body-image]
sub: awareness
weight: 0.3
pattern: body (image|positivity|neutrality|acceptance)
pattern: diet culture
match: body neutrality helped me
match: diet culture is toxic
nomatch: the body of the essay

[en.eating_disorder.awareness.content-warning]
sub: awareness
weight: 0.35
pattern: (tw|cw) (ed|eating|food|numbers|calories)
match: tw ed and numbers
nomatch: tw for spiders
note: marks a post as about the topic; pro-ED posts use it too, so the harm entries still score

# ---------------------------------------------------------------------------------------------
# behavior (added): first-person restriction, purging, body-checking and guilt phrasings
# ---------------------------------------------------------------------------------------------

[en.eating_disorder.behavior.havent-eaten-since]
sub: behavior
weight: 0.55
target: self
pattern: i (havent|have not|didnt|did not) (eaten|ate|eat) (anything|a thing|food|) (since|in) (yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|last night|the weekend|days|two days|2 days|3 days|three days|forever|a week)
pattern: (havent|have not) (eaten|ate) (anything|) (on purpose|all week|for days|in days)
match: i havent eaten since yesterday
match: i havent eaten anything all week
nomatch: i havent eaten breakfast yet
note: multi-meal restriction; one missed meal is the weak entry above

[en.eating_disorder.behavior.skipped-meals-again]
sub: behavior
weight: 0.55
target: self
pattern: (skip|skipping|skipped) (breakfast|lunch|dinner) and (lunch|dinner) (again|today|every day|on purpose)
pattern: (skip|skipping|skipped) (meals|every meal|all my meals|lunch|breakfast|dinner) (on purpose|) (to lose|so i can lose|to drop|to get thin|to get skinny|so i dont gain)
pattern: (skip|skipping|skipped) (every meal|all my meals) (again|today|every day)
match: skipped breakfast and lunch again
match: skipping lunch on purpose to lose weight
nomatch: skipped lunch because the meeting ran late
nomatch: skipping lunch on purpose to save money
note: deliberate or repeated meal skipping

[en.eating_disorder.behavior.only-ate-today]
sub: behavior
weight: 0.55
target: self
pattern: (only|just) (ate|had|eaten|eat) (an|a|one|half|half a|two|some) ~2 (apple|banana|cracker|crackers|rice cake|carrot|carrots|grapes|orange|yogurt|coffee|gum|celery|cucumber|lettuce|tea|water) ~2 (today|all day|since yesterday|this week|in two days)
pattern: (only|just) (had|drank) (water|black coffee|diet coke|tea) (today|all day|since yesterday|for days)
match: only ate an apple today
match: i only had water today
nomatch: i had an apple and a sandwich today
note: tiny intake over a whole day

[en.eating_disorder.behavior.threw-up-meal]
sub: behavior
weight: 0.6
target: self
pattern: (threw|throw|throwing|puked|puke|puking|vomited|vomiting|brought) (up|) (my|all my|the) (lunch|dinner|breakfast|food|meal|meals|snack) ~5 (again|on purpose|every day|in secret|every time)
pattern: (threw|throw|throwing|puked|vomited) up (again after|after every|on purpose after) (dinner|lunch|breakfast|eating|meal|i ate)
match: threw up my lunch in the school bathroom again
match: i threw up on purpose after dinner
nomatch: threw up my lunch on the bus because of motion sickness
nomatch: i threw up after dinner, food poisoning
note: repeated or deliberate vomiting after meals; stomach bugs are the benign look-alike

[en.eating_disorder.behavior.need-to-be-thinner]
sub: behavior
weight: 0.55
target: self
pattern: i (need|have|must|gotta) (to|) (be|get) (thinner|skinnier|smaller|lighter) (no matter what|at any cost|or else|before|by)
pattern: (not|never) (thin|skinny|small) enough (yet|for me|still)
match: i need to be thinner no matter what
match: im not thin enough yet
nomatch: i need to get stronger before the season
note: drive for thinness

[en.eating_disorder.behavior.lose-more-pounds]
sub: behavior
weight: 0.35
target: self
pattern: i (need|have|must|gotta) (to|) lose ~2 (more|another) (pounds|lbs|kg|kilos)
match: i need to lose 10 more pounds
nomatch: i need to lift 10 more pounds
note: weak: wrestlers and dieters say it too

[en.eating_disorder.behavior.thighs-touch]
sub: behavior
weight: 0.45
target: self
pattern: (hate|disgusted|gross|ugly|ashamed|cant stand) ~3 my thighs (touch|touching|rub|jiggle)
pattern: my thighs (still|) (touch|touching) (again|still|ugh|and i hate)
match: i hate that my thighs touch
nomatch: my thighs are sore after leg day
note: thigh-gap preoccupation

[en.eating_disorder.behavior.weighed-many-times]
sub: behavior
weight: 0.5
target: self
pattern: (weigh|weighed|weighing|check|checked|checking) (myself|my weight) ~2 (times|x) (today|a day|per day|every day|this morning|an hour)
pattern: (weigh|weighed|weighing) myself (after every|before and after every|every) (meal|time i eat|hour|glass)
match: i weighed myself 10 times today
match: weighing myself after every meal
nomatch: i weighed my suitcase before the flight
note: compulsive weighing

[en.eating_disorder.behavior.burned-more-than-ate]
sub: behavior
weight: 0.5
target: self
pattern: (burned|burnt|burn|burning) more (calories|cals|kcal|than) ~3 (than i ate|than i eat|than i ate today|i ate|i eat)
pattern: (calories|cals|kcal) burned ~2 (calories|cals|kcal) (eaten|consumed)
pattern: (net|negative) (calories|cals|kcal) (today|for the day|again|goal)
match: burned more calories than i ate
match: calories burned > calories eaten
nomatch: i burned 300 calories on my bike ride
note: compensatory exercise arithmetic

[en.eating_disorder.behavior.disgusting-after-eating]
sub: behavior
weight: 0.5
target: self
pattern: (feel|felt|feeling) (so|really|) (disgusting|gross|fat|huge|like a pig|like a whale|sick of myself) (after|for) (eating|i ate|eating that|lunch|dinner|breakfast|every meal)
pattern: i (ate|eat) (and|now) ~2 (feel|felt) (so|) (gross|disgusting|fat|huge|like a pig)
pattern: (cant|cannot) eat (anything|without) ~2 (feeling|feel) (guilty|gross|disgusting|fat)
match: i feel disgusting after eating
match: i cant eat anything without feeling guilty
nomatch: i feel sick after eating that gas station sushi
note: meal guilt and disgust

[en.eating_disorder.behavior.hate-myself-for-eating]
sub: behavior
weight: 0.6
target: self
pattern: (ate|eaten|had|eat) ~3 (calories|cals|kcal|today) ~4 (hate myself|im disgusting|so disgusting|im a pig|failure|so fat|so weak)
pattern: (hate|hating) myself (for eating|after eating|for what i ate|because i ate)
match: ate 200 calories today and i hate myself for it
match: i hate myself for eating that
nomatch: ate 2000 calories today and i feel great
note: intake tied to self-hatred

[en.eating_disorder.behavior.diet-pills]
sub: behavior
weight: 0.4
pattern: (diet|slimming|appetite suppressant|appetite suppressing) (pills|pill|tablets|gummies)
match: diet pills
nomatch: my grandma takes water for her pills
note: the topic alone; awareness and news posts discuss it too, so weak

[en.eating_disorder.behavior.diet-pills-use]
sub: behavior
weight: 0.6
target: self
pattern: (took|take|taking|ordered|order|bought|buying|popping|popped|started) (some|my|more|) (diet|slimming|appetite suppressant) (pills|pill|tablets|gummies)
pattern: (laxatives|laxative|laxies|diuretics) (to lose|for weight|after eating|after meals|after binging|after dinner|every day|again)
match: i ordered diet pills
match: laxatives after binging again
nomatch: the news covered diet pills sold online
note: use of weight-loss pills and laxatives

[en.eating_disorder.behavior.refuse-to-eat]
sub: behavior
weight: 0.5
target: self
pattern: i (refuse|refused|wont|will not) (to|) eat (anything|today|again|until|til|till|for)
pattern: food is (the|my) enemy
pattern: (binged|ate too much) ~4 (have to|need to|gotta) (fast|starve|restrict|purge) (tomorrow|now|for)
match: i refuse to eat today
match: i binged and now i have to fast tomorrow
nomatch: i refuse to eat pineapple on pizza
note: refusal and compensation plans

[en.eating_disorder.behavior.bones-show]
sub: behavior
weight: 0.55
target: self
pattern: (want|wanna|need) (my|) (ribs|collarbones|hipbones|hip bones|spine|cheekbones) to (show|stick out|poke out|be visible)
pattern: (want|wanna|need) to see my (hip bones|hipbones|ribs|collarbones|spine)
pattern: my (collarbones|hipbones|hip bones|ribs) (arent|are not|still arent|dont) (showing|visible|sticking out|show) (yet|enough)
match: i want my ribs to show
match: my collarbones arent showing yet
nomatch: i want my bike to show at the fair
note: bone-visibility goals

[en.eating_disorder.behavior.omad-low-cal]
sub: behavior
weight: 0.5
target: self
pattern: (omad|one meal a day) (with|under|at|of) ~1 (calories|cals|kcal|100|200|300|400|500|600)
match: omad with 500 calories
nomatch: i ate one meal at the new diner
note: extreme restriction framed as a diet

# ---------------------------------------------------------------------------------------------
# instructions and promotion (added)
# ---------------------------------------------------------------------------------------------

[en.eating_disorder.instructions.not-feel-hungry]
sub: instructions
weight: 0.45
pattern: (tips|tricks|ways|how) (to|for) (not|never) (feel|feeling|get|getting) hungry
match: tips to not feel hungry
nomatch: tips to not feel tired in the morning
note: hunger-suppression tips; weak alone because religious fasting (ramadan, yom kippur) asks the same

[en.eating_disorder.instructions.eat-less-unnoticed]
sub: instructions
weight: 0.7
pattern: (tips|tricks|ways|how) to (eat less|not eat|avoid eating|skip meals|restrict) (without|so) (anyone|nobody|no one|my parents|people|your parents) (noticing|notice|knowing|finding out|can tell|notices)
match: how to eat less without anyone noticing
nomatch: how to eat less sugar without feeling deprived
note: concealed restriction

[en.eating_disorder.promotion.not-trying-hard-enough]
sub: promotion
weight: 0.4
pattern: (or|if) (youre|you are|ur|your|u r) (not|just not) (trying hard enough|a real ana|really ana|a real mia)
pattern: (no|zero) (excuses|cheat days) ~3 (calories|cals|fast|fasting|restrict|skinny|thin)
match: 500 calories max a day or you're not trying hard enough
nomatch: practice every day or you're not going to improve
note: pressure to restrict harder; weak alone (study advice uses it), counts next to a calorie or fasting hit

[en.eating_disorder.promotion.no-recovery-talk]
sub: promotion
weight: 0.8
pattern: no (recovery|recovering|rec|pro recovery) (talk|posts|content|allowed|people|accounts|blogs)
pattern: (recovery|recovering|rec) (talk|posts|content|accounts) (not allowed|is not allowed|are not allowed|banned|dont interact|dni)
match: proana community, no recovery talk allowed in here
nomatch: this is a recovery space, please be kind
note: pro-ED spaces excluding recovery

# ---------------------------------------------------------------------------------------------
# behavior, instructions and promotion (added, second pass)
# ---------------------------------------------------------------------------------------------

[en.eating_disorder.behavior.fast-until-goal]
sub: behavior
weight: 0.65
target: self
pattern: (fast|fasting|starve|starving|not eat|not eating|stop eating|restrict|restricting) (until|till|til) (i|) (hit|reach|get to|am at|see) (my|) (goal weight|goal|gw|ugw|cgw|target weight)
match: going to fast until i hit my goal weight
nomatch: im saving money until i hit my goal
note: restriction tied to a weight goal

[en.eating_disorder.behavior.days-without-food]
sub: behavior
weight: 0.55
target: self
pattern: day ~1 of (no food|not eating|starving|no eating|eating nothing)
pattern: (ate|eaten|had) too much ~2 (so|now) (im|i am|ill|i will|i have to) (not eating|not eat|fasting|fast|starving|starve) (tomorrow|all day|for|again|)
match: day 3 of no food
match: i ate too much so im not eating tomorrow
nomatch: day 3 of no phone and i feel great
nomatch: i ate too much so im skipping dessert
note: counting foodless days and compensatory fasting

[en.eating_disorder.behavior.binge-restrict-cycle]
sub: behavior
weight: 0.6
target: self
pattern: (binge|binged|bingeing|binging) (then|and then|and now|so now) (i|) (starve|starving|purge|purging|fast|fasting|restrict|restricting)
pattern: (eat|ate|eating) (one meal|once) every (two|2|three|3|other) (days|day)
pattern: (cant|cannot|can not) stop (bingeing|binging|binge eating)
match: i binge then starve
match: i only eat one meal every two days
nomatch: i binge watched then slept all day
note: binge-restrict cycles and very infrequent meals

[en.eating_disorder.behavior.hiding-eating]
sub: behavior
weight: 0.55
target: self
pattern: (lie|lied|lying) to (my|) (mom|mum|dad|parents|family|friends|therapist|doctor|nurse) about (what i eat|what i ate|my weight|my meals|not eating|how much i eat)
pattern: (dont|never|cant|wont) eat in front of (people|anyone|others|my family|my friends|anybody)
pattern: (throw|threw|throwing|toss|tossed|tossing) (my|) (lunch|food|dinner|breakfast|meals) (away|in the trash|in the bin) (at school|every day|again|so|without)
match: i lie to my mom about what i eat
match: i throw my lunch away at school
nomatch: i threw my lunch away because it was moldy
nomatch: i lied to my mom about eating candy before dinner
note: concealment of restriction

[en.eating_disorder.behavior.exercise-purge]
sub: behavior
weight: 0.5
target: self
pattern: (ran|run|running|exercised|exercise|worked out|work out) (until|till|til) i (almost|nearly) (fainted|passed out|collapsed|threw up)
pattern: (ran|run|running|exercise|exercised|workout|worked out) ~4 to burn off (everything i ate|every calorie|all the calories i ate|what i ate today)
match: i ran until i almost fainted to burn off dinner
nomatch: i ran until i almost missed the bus
nomatch: i ran to burn off dinner, nice evening jog
note: compensatory exercise

[en.eating_disorder.behavior.love-hunger-feeling]
sub: behavior
weight: 0.6
target: self
pattern: (love|like|crave|miss|addicted to) (the|that|an|having an) (empty|hollow) (stomach|tummy)
pattern: (love|like|crave|miss|addicted to) (the|that) (hungry feeling|feeling of hunger|hunger pangs|feeling of being empty)
pattern: (stomach|tummy) (is|) (growling|rumbling) ~3 (love it|feels good|means its working|so good|i like it)
pattern: (the|) hunger (means|is a sign|shows) ~2 (working|winning|progress|thinner|losing)
match: i love the empty stomach feeling
match: the hunger means its working
nomatch: i love the empty feeling of a clean house
note: positive framing of hunger

[en.eating_disorder.behavior.low-weight-goal]
sub: behavior
weight: 0.6
target: self
pattern: (want|wanna|need|goal) (to be|to get|is to be|to weigh|is|) (under|below|less than) (100|95|90|85|80|45|40) (pounds|lbs|kg|kilos)
pattern: (pounds|lbs|kg|kilos) and (still|i still feel|still feel|still look) (fat|huge|big|disgusting)
pattern: (lost|lose|losing|dropped|drop) ~6 (by|from) (not eating|starving|fasting|skipping meals|purging|barely eating)
match: i want to be under 100 pounds
match: im 5'4 and 98 pounds and still fat
match: lost 10 pounds in a week by not eating
nomatch: my bag needs to be under 50 pounds for the flight
note: very low weight targets and weight loss through restriction

[en.eating_disorder.instructions.how-to-get-ed]
sub: instructions
weight: 0.8
pattern: how (to|do i|can i|do you|could i) (get|develop|catch) (anorexia|bulimia|an eating disorder)
match: how to get anorexia
nomatch: how to get over anorexia with support
nomatch: how to get an ed appointment
note: seeking to develop an eating disorder

[en.eating_disorder.promotion.not-eating-best-diet]
sub: promotion
weight: 0.7
pattern: (not eating|starving|starvation|skipping meals|purging) is the (best|only|easiest|fastest) (diet|way|method)
pattern: (lets|let us|who wants to) (starve|restrict|purge|stop eating) together
pattern: (starving|restricting|starve|purge) (buddy|buddies|partner|partners)
match: not eating is the best diet
match: lets starve together for a week
match: who wants to be my starve buddy
nomatch: water is the best drink
nomatch: my fasting buddy for ramadan is my sister
note: promoting restriction and recruiting partners
