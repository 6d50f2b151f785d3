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
version: 2026.11.30.9

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
weight: 0.45
pattern: (drink|drinking|drank|chug|chugging) ~4 (water|coffee|tea|soda|coke) ~5 (full|fuller|hunger|hungry|appetite|starving|eat less)
pattern: (chew|chewing) gum ~4 (hunger|hungry|appetite)
pattern: (eat|eating|ate) (ice|icecubes) ~4 (hunger|hungry|instead)
match: drink water to feel full
match: chew gum when youre hungry
nomatch: drink water after your run
note: also ordinary diet and hydration advice ("drink water, it helps you feel full"), so below the flag line alone; replacing meals is instructions.instead-of-eating

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
pattern: keep (restricting|purging)
pattern: keep (starving|fasting) (yourself|urself|myself|you|ur|until|till|its working|it works|dont|no matter|almost|youre|you are|u are|ur almost|for)
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
pattern: (i|ive|im|just|always|then|secretly|u|you|ya|we) (hide|hiding|hid) (my|the|ur|your|) (food|lunch|dinner|meals|meal|breakfast) (in|under|behind)
pattern: (hide|hiding|hid) my (food|lunch|dinner|meals|meal|breakfast) (in|under|behind)
pattern: (hide|hiding) (ur|your|the|) (food|lunch|dinner|meals|meal|breakfast) (in|under|behind) (napkins|napkin|a napkin|ur|your|my|pockets|pocket|sleeve|sleeves|bag|backpack|the trash|trash|plant|plants)
pattern: (feed|feeding|fed|give|gave) (my|the) (food|dinner|meals|lunch) to (the|my) dog
match: i hid my dinner in a napkin
match: i feed my dinner to the dog
match: hide food in napkins so they think you ate
nomatch: hide the food from the raccoons
nomatch: my dog hid food in his bed again lol

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
weight: 0.8
target: self
pattern: (starve|starving|starved) myself
match: im going to starve myself
nomatch: im starving lets get pizza
note: 0.8 so that recovery framing (x 0.6) brings "i used to starve myself, recovery is possible" under the flag line (0.48) while a bare statement still flags

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
pattern: (my|your|ur) (gw|lw) (is|was|of|soon|almost|finally|so close|before|by|today)
match: my ugw is so close
match: i hit gw today
match: my gw is so close
nomatch: the ug was fine
nomatch: my gw in fantasy football is week 7
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
pattern: (bmi|bmis) ~3 (12.0|12.1|12.2|12.3|12.4|12.5|12.6|12.7|12.8|12.9|13.0|13.1|13.2|13.3|13.4|13.5|13.6|13.7|13.8|13.9|14.0|14.1|14.2|14.3|14.4|14.5|14.6|14.7|14.8|14.9|15.0|15.1|15.2|15.3|15.4|15.5|15.6|15.7|15.8|15.9|16.0|16.1|16.2|16.3|16.4|16.5|16.6|16.7|16.8|16.9)
pattern: (12.0|12.1|12.2|12.3|12.4|12.5|12.6|12.7|12.8|12.9|13.0|13.1|13.2|13.3|13.4|13.5|13.6|13.7|13.8|13.9|14.0|14.1|14.2|14.3|14.4|14.5|14.6|14.7|14.8|14.9|15.0|15.1|15.2|15.3|15.4|15.5|15.6|15.7|15.8|15.9|16.0|16.1|16.2|16.3|16.4|16.5|16.6|16.7|16.8|16.9) bmi
pattern: (bmi|bmis) ~6 (get to|reach|hit|goal|down to|under|below|lower than) (11|12|13|14|15)
match: my bmi is 15 and i want lower
match: im at 15.8 bmi
match: bmi is 17 but i want to get to 14
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
pattern: (count|counting|counted) every (single|) (calorie|cal|bite|kcal)
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
pattern: (relapse|relapses) (prevention|plan|prevention plan|is part of|is normal|happens|doesnt mean|isnt failure|is not failure)
pattern: (scared|afraid|worried|terrified|fear|fears) (of|about|im going to|ill) ~1 (relapse|relapsing|relapsed) ~3 (restricting|purging|restrict|purge|anorexia|bulimia|ed|binging|bingeing|ana)
match: relapse prevention plan with my dietitian
match: im scared of relapsing into restricting
nomatch: i relapsed on sugar
note: relapse-prevention and fear-of-relapse framing (recovery); "i relapsed into restricting" is current behaviour and scores through en.eating_disorder.behavior.h4-relapsed-into

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
pattern: (tw|cw|trigger warning|content warning) ~2 (ed|eating|food|numbers|calories|eating disorders|eating disorder|weight) (mention|mentions|mentioned|discussion|discussions|themes|theme|topics|talk|content|references|depiction|depictions|ahead|below|in this|in the)
pattern: (tw|cw|trigger warning|content warning) (for|) (mentions|discussion|discussions|depictions|themes|references) of (eating disorders|eating disorder|ed|food|weight|calories)
match: tw ed mention
match: cw discussion of eating disorders
nomatch: tw for spiders
nomatch: tw ed: day 5 no food
note: marks a post as discussing the topic (mention, themes, discussion); a bare "tw ed" heads first-person pro-ED and vent posts too, so it is not awareness framing on its own

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
weight: 0.5
pattern: (tips|tricks|ways|how) (to|for) (not|never|stop|stopping|avoid|avoiding) (feel|feeling|get|getting) (hungry|hunger|hunger pangs|cravings)
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

# ---------------------------------------------------------------------------------------------
# third pass (2026.11.30): edtwt shorthand, bare calorie numbers, body checking, purging
# motives, meanspo requests, stimulant misuse; support and recovery replies
# Number slots are written out (0-800 in steps of 50 for calories; 70-130 lbs and 30-60 kg for
# weights) and the glued forms ("500cals", "5lbs", "40kg") are listed too: the tokeniser keeps
# a number and its unit together when they are written without a space.
# ---------------------------------------------------------------------------------------------

[en.eating_disorder.promotion.ana-sister]
sub: promotion
weight: 0.8
pattern: (ana|mia|proana|promia) (sister|sisters|sis|mentor|mentors|partner|partners|twin|twins|accountability)
pattern: (anabuddy|anacoach|miabuddy|miacoach|anabestie|anasister|miasister)
match: looking for a mia sister to purge with
match: need an ana mentor
match: anacoach dms open
nomatch: anas sister is visiting
nomatch: ana and her sister went to lunch
note: pro-ED accountability partners ("ana sister", "mia sis"); "Ana's sister" folds to "anas sister" and stays clean

[en.eating_disorder.promotion.at-na-algospeak]
sub: promotion
weight: 0.6
pattern: na (buddy|buddies|coach|coaches|tips|tricks|bestie|besties|sister|sisters)
match: @na tips 4 beginners
match: need an @na coach
nomatch: coach: n/a
nomatch: tips: n/a
note: "@na" (ana) is read as an @mention of "na" by the normaliser, so the mention target is found too; only ana-community nouns follow it

[en.eating_disorder.promotion.ana-tags-single]
sub: promotion
weight: 0.8
pattern: (anatips|miatips|proanatips|anorexiatips|anorexictips|bulimiatips|bulimictips|thinspotips|edtips|fastingtips4ana)
pattern: (anorexia|anorexic|bulimia|bulimic) (tips|tricks|hacks)
match: #anatips #thinspo
match: anorexic tips pls
nomatch: anorexia treatment tips for parents
note: glued hashtag forms of "ana tips"; "anorexia tips" asks for ways to restrict

[en.eating_disorder.promotion.ed-tips]
sub: promotion
weight: 0.6
pattern: ed (tricks|hacks|coach|coaches|buddy|buddies|mentor|bestie|besties)
pattern: (any|need|some|best|good|share|send|drop|give me|gimme) ed tips
pattern: ed tips (pls|please|plz|needed|thread|dm|for school|for beginners)
match: any ed tips for school lunches
match: lf ed buddy 15 ugw 90
nomatch: ed sheeran tips
nomatch: ed tips his hat to the crowd
note: "ed tips" needs a request word around it ("ed tips his hat" stays clean); "any driver's ed tips" still matches: see the allowlist suggestion for "drivers ed"

[en.eating_disorder.promotion.skinnytok]
sub: promotion
weight: 0.6
pattern: (skinnytok|skinnytoks|skinnytwt|skinnytwitter|skinnytalk)
pattern: skinny (tok|twt|twitter)
match: skinnytok made me stop eating
match: saw it on skinny tok
nomatch: skinny jeans tiktok haul
note: the 2025 "SkinnyTok" trend (restriction dressed as tough love), banned as a search term by TikTok

[en.eating_disorder.promotion.skinny-inspo]
sub: promotion
weight: 0.55
pattern: (skinny|thin|bony|bone|bones|skinnier|thinner|underweight) (inspo|inspiration|motivation)
pattern: (skinnyinspo|thininspo|boneinspo|skinnymotivation)
match: skinny inspo dump
nomatch: body goals at the gym
nomatch: my thin crust pizza
note: "thinspo" written out; "skinny goals" is the weaker skinny-goals entry (critics quote it)

[en.eating_disorder.promotion.coach-request]
sub: promotion
weight: 0.55
pattern: (need|want|looking for|lf|seeking|any|dm me|dm) (a|an|some|) (strict|mean|harsh|tough|brutal) (coach|coaches|buddy|mentor|friend) ~6 (eat|eating|ate|starve|starving|restrict|restricting|fast|fasting|calories|cals|skinny|thin|bones)
match: i need a strict coach to yell at me when i eat
match: looking for a mean buddy to keep me fasting
nomatch: need a strict coach for my marathon training
note: asking for someone to police restriction (an "ana coach" without the word)

[en.eating_disorder.promotion.insult-me-to-restrict]
sub: promotion
weight: 0.65
target: self
pattern: (insult|roast|bully|yell at|scream at|shame|fatshame|fat shame|be mean to|call me fat|call me a pig|call me a whale) me ~2 (so|when|if|whenever|until|til|till|every time|everytime) (i|im) ~2 (eat|eating|ate|hungry|binge|bingeing|snack|snacking|restrict|starve|lose)
pattern: call me (fat|a pig|a whale|a cow|disgusting) ~2 (so|until|til|till) (i|im) ~2 (eat|eating|starve|restrict|lose|skinny)
match: be mean to me whenever i eat
match: call me fat so i stop eating
match: roast me until i stop eating
nomatch: roast me for my outfit
note: meanspo requested for oneself

[en.eating_disorder.promotion.slogans-more]
sub: promotion
weight: 0.8
pattern: hunger hurts ~2 (starving|starvation|starve) works
pattern: skip (dinner|lunch|breakfast|meals|a meal) ~2 (be|get|feel|look) (thinner|skinnier)
pattern: (eating|calories|cals|food) (is|are) (for the weak|weakness|my enemy)
pattern: calories are the enemy
pattern: hungry to bed ~3 hungry to rise
pattern: (starving|starve|starved) for perfection
pattern: (skinny|thin|bones) or die (trying|)
pattern: (the|) (hungrier|emptier) ~3 (the|) (skinnier|thinner|prettier|smaller|lighter)
pattern: why eat when ~2 (starve|starving)
pattern: (stay strong|be strong|stay focused) ~3 (dont eat|no food|no eating|keep restricting|skip dinner|skip lunch|skip meals)
pattern: (eat|eating) is (cheating|failing|weakness|giving up)
match: hunger hurts but starving works
match: skip dinner be thinner
match: eating is for the weak
match: hungry to bed hungry to rise makes a girl a smaller size
match: skinny or die trying
match: the hungrier i am the skinnier i get
match: stay strong, dont eat
nomatch: hunger hurts, donate to the food bank
nomatch: skip lunch, the meeting runs late
nomatch: stay strong, dont give up
note: pro-ana rhymes and mantras beyond the common ones in promotion.slogans

[en.eating_disorder.promotion.lucky-ed]
sub: promotion
weight: 0.6
pattern: (lucky|jealous|envy|envious|wish i was like) ~4 (anorexia|anorexic|anorexics|bulimia|bulimic|bulimics|an eating disorder)
pattern: (lucky|jealous|envy|envious) ~3 (girls|people|those|ones) (with|who have) (an ed|eds|anorexia|bulimia)
match: im so jealous of anorexics
match: you are so lucky to have anorexia
nomatch: im not lucky at all, anorexia nearly killed me
note: envy of an eating disorder; negation and recovery framing lower it

[en.eating_disorder.promotion.too-fat-to-eat]
sub: promotion
weight: 0.65
target: other
also: cyberbullying.appearance_shaming
pattern: (you|u|youre|ur) (too|so|way too) (fat|big|chubby|heavy|huge) (to eat|to be eating|for food|for dessert|for seconds|to have seconds|to eat that)
pattern: (prettier|hotter|cuter|skinnier|better) if (you|u) (stopped eating|starved|didnt eat|ate less|skipped meals|stopped stuffing)
match: youre too fat to eat dessert
match: you would be prettier if you stopped eating
nomatch: youre too full to eat dessert
nomatch: you would be prettier if you smiled more
note: meanspo aimed at someone

[en.eating_disorder.instructions.how-to-vomit]
sub: instructions
weight: 0.8
pattern: how (to|do i|can i|do you|could i|do people|do u) (throw up|puke|vomit|purge|make myself throw up|make yourself throw up|make urself throw up) (after eating|after meals|after you eat|after i eat|after dinner|without fingers|without using fingers|without gagging|easily|easier|quietly|silently|faster|without anyone knowing|without noise)
match: how to throw up without using fingers
match: how do i puke quietly after dinner
nomatch: how to stop throwing up after eating
note: "how to throw up after swallowing something" is a poison question; poison control is the answer, and the support route still fits

[en.eating_disorder.instructions.lowest-calories]
sub: instructions
weight: 0.7
pattern: (lowest|least|fewest|minimum|min|how few|how little) ~3 (calories|cals|kcal|food) ~4 (survive|live|function|get by) (on|with|off)
pattern: (lowest|least|fewest) (calories|cals|kcal) ~2 (i|you|u|a person|someone|a girl) (can|could) (eat|have) (without|and not) (dying|passing out|fainting|getting caught)
match: whats the lowest calories you can survive on
match: least cals i can eat without passing out
nomatch: the minimum calories for safe weight loss
note: probing how little food the body tolerates

[en.eating_disorder.instructions.instead-of-eating]
sub: instructions
weight: 0.65
pattern: (drink|drinking|drank|chug|chugging|chew|chewing|smoke|smoking|vape|vaping|sleep|sleeping|nap|napping) ~4 instead of (eating|meals|a meal|food|dinner|lunch|breakfast)
pattern: (sleep|sleeping) ~2 (through|thru|off|away) (the|my|) (hunger|hunger pangs)
match: drink black coffee instead of eating
match: vape instead of eating lunch
match: just sleep through the hunger
nomatch: drink water instead of soda
nomatch: nap instead of doom scrolling
note: replacing meals with drinks, smoking or sleep; split out of fill-up-without-food, which is mostly diet advice

[en.eating_disorder.instructions.tips-stop-hungry]
sub: instructions
weight: 0.5
pattern: (tips|tricks|hacks|ways|tip) (to|for|on) (stop|stopping) (feeling|feel|being|getting|get) (hungry|hunger)
match: tips to stop feeling hungry??
nomatch: tips to stop feeling tired
note: hunger-suppression tips; fasting for ramadan or yom kippur is cancelled by the allowlist only when named next to "fasting"

[en.eating_disorder.instructions.ipecac]
sub: instructions
weight: 0.45
pattern: (ipecac|ipecacuanha)
pattern: (salt|mustard) water ~3 (throw up|puke|vomit|purge)
match: where can i still buy ipecac
match: drink salt water to throw up
nomatch: gargle salt water for a sore throat
note: emetics used to purge; ipecac is no longer sold as a poison remedy, so talk of it is rare outside purging

[en.eating_disorder.instructions.hide-weight-loss]
sub: instructions
weight: 0.6
pattern: (hide|hiding|hid|cover up|covering up) (my|your|ur|her) (weight loss|bones|ribs|collarbones|thinness|how thin|how skinny|how much weight)
pattern: (baggy|oversized|big|layers of) (clothes|hoodies|hoodie|sweaters|sweater|sweatshirts) ~3 (hide|so no one|so nobody|so they dont|so my parents dont) ~3 (weight|bones|thin|skinny|notice|ribs)
match: how do i hide my weight loss from my mom
match: wear baggy hoodies to hide how thin you are
nomatch: hide the ribs under foil while they rest
note: concealing low weight; "the" is left out so cooking ("hide the ribs under foil") stays clean

[en.eating_disorder.behavior.ate-number-today]
sub: behavior
weight: 0.45
target: self
pattern: (ate|eaten|consumed|eat) (only|just|like|barely|) (0|50|100|150|200|250|300|350|400|450|500|550|600|650|700|750|800) (today|so far|yesterday|all day|this week|total|in total)
pattern: (ate|eaten|consumed|had|eat) (only|just|like|barely|) (0cal|0cals|0kcal|0kcals|0calories|50cal|50cals|50kcal|50kcals|50calories|100cal|100cals|100kcal|100kcals|100calories|150cal|150cals|150kcal|150kcals|150calories|200cal|200cals|200kcal|200kcals|200calories|250cal|250cals|250kcal|250kcals|250calories|300cal|300cals|300kcal|300kcals|300calories|350cal|350cals|350kcal|350kcals|350calories|400cal|400cals|400kcal|400kcals|400calories|450cal|450cals|450kcal|450kcals|450calories|500cal|500cals|500kcal|500kcals|500calories|550cal|550cals|550kcal|550kcals|550calories|600cal|600cals|600kcal|600kcals|600calories|650cal|650cals|650kcal|650kcals|650calories|700cal|700cals|700kcal|700kcals|700calories|750cal|750cals|750kcal|750kcals|750calories|800cal|800cals|800kcal|800kcals|800calories)
match: ate 300 today and still feel huge
match: i ate like 250 so far
match: had 400cals today
nomatch: we sold 300 today
nomatch: i ate 1500 today after the hike
note: a bare number after "ate" means calories in edtwt posts; weak alone, it adds up with guilt or body words

[en.eating_disorder.behavior.cal-limit]
sub: behavior
weight: 0.55
pattern: (calorie|calories|cal|cals|kcal) (limit|cap|max|budget) ~2 (is|of|at|) (0|50|100|150|200|250|300|350|400|450|500|550|600|650|700|750|800)
pattern: (0|50|100|150|200|250|300|350|400|450|500|550|600|650|700|750|800) (cal|cals|calorie|calories|kcal) (limit|cap|max|days|day)
pattern: (0cal|0cals|0kcal|0kcals|0calories|50cal|50cals|50kcal|50kcals|50calories|100cal|100cals|100kcal|100kcals|100calories|150cal|150cals|150kcal|150kcals|150calories|200cal|200cals|200kcal|200kcals|200calories|250cal|250cals|250kcal|250kcals|250calories|300cal|300cals|300kcal|300kcals|300calories|350cal|350cals|350kcal|350kcals|350calories|400cal|400cals|400kcal|400kcals|400calories|450cal|450cals|450kcal|450kcals|450calories|500cal|500cals|500kcal|500kcals|500calories|550cal|550cals|550kcal|550kcals|550calories|600cal|600cals|600kcal|600kcals|600calories|650cal|650cals|650kcal|650kcals|650calories|700cal|700cals|700kcal|700kcals|700calories|750cal|750cals|750kcal|750kcals|750calories|800cal|800cals|800kcal|800kcals|800calories) (limit|cap|max|a day|per day|day|days|daily)
match: lw 5lbs this week on a 300 cal limit
match: my calorie limit is 400
match: 500kcal a day until summer
nomatch: my calorie limit is 1800 for cutting
nomatch: the 100 calorie packs are on sale
note: a daily limit in the restriction range; 1200+ (ordinary diet targets) is left out

[en.eating_disorder.behavior.restrict-to-cals]
sub: behavior
weight: 0.6
pattern: (restrict|restricting|restricted|limit|limiting|limited) (myself|) (to|under|below|at) (0|50|100|150|200|250|300|350|400|450|500|550|600|650|700|750|800) (cal|cals|calories|kcal|kcals|a day|per day|today)
pattern: (restrict|restricting|restricted|limit|limiting|limited) (myself|) (to|under|below|at) (0cal|0cals|0kcal|0kcals|0calories|50cal|50cals|50kcal|50kcals|50calories|100cal|100cals|100kcal|100kcals|100calories|150cal|150cals|150kcal|150kcals|150calories|200cal|200cals|200kcal|200kcals|200calories|250cal|250cals|250kcal|250kcals|250calories|300cal|300cals|300kcal|300kcals|300calories|350cal|350cals|350kcal|350kcals|350calories|400cal|400cals|400kcal|400kcals|400calories|450cal|450cals|450kcal|450kcals|450calories|500cal|500cals|500kcal|500kcals|500calories|550cal|550cals|550kcal|550kcals|550calories|600cal|600cals|600kcal|600kcals|600calories|650cal|650cals|650kcal|650kcals|650calories|700cal|700cals|700kcal|700kcals|700calories|750cal|750cals|750kcal|750kcals|750calories|800cal|800cals|800kcal|800kcals|800calories)
pattern: (stay|staying|stick|sticking|stayed) (under|below|to) (0|50|100|150|200|250|300|350|400|450|500|550|600|650|700|750|800) (cal|cals|calories|kcal|kcals) (today|tomorrow|a day|per day|all day|all week|daily|for the day)
pattern: (stay|staying|stick|sticking|stayed) (under|below|to) (0cal|0cals|0kcal|0kcals|0calories|50cal|50cals|50kcal|50kcals|50calories|100cal|100cals|100kcal|100kcals|100calories|150cal|150cals|150kcal|150kcals|150calories|200cal|200cals|200kcal|200kcals|200calories|250cal|250cals|250kcal|250kcals|250calories|300cal|300cals|300kcal|300kcals|300calories|350cal|350cals|350kcal|350kcals|350calories|400cal|400cals|400kcal|400kcals|400calories|450cal|450cals|450kcal|450kcals|450calories|500cal|500cals|500kcal|500kcals|500calories|550cal|550cals|550kcal|550kcals|550calories|600cal|600cals|600kcal|600kcals|600calories|650cal|650cals|650kcal|650kcals|650calories|700cal|700cals|700kcal|700kcals|700calories|750cal|750cals|750kcal|750kcals|750calories|800cal|800cals|800kcal|800kcals|800calories) (today|tomorrow|a day|per day|all day|all week|daily|for the day)
pattern: (eat|eating|consume) (under|below|less than|no more than|at most) (0|50|100|150|200|250|300|350|400|450|500|550|600|650|700|750|800) (cal|cals|calories|kcal|kcals)
pattern: (eat|eating|ate|intake|consume|consuming) ~2 (under|below|less than|no more than|max|at most) (0|50|100|150|200|250|300|350|400|450|500|550|600|650|700|750|800) (a|per|each|every) day
match: restricting to 600 kcal until summer
match: eat less than 500 calories, drink black coffee, chew gum
match: staying under 500cals today
match: eat less than 500 a day
nomatch: staying under 2000 calories a day
nomatch: staying under 800 calories per meal keeps me on track
nomatch: limit sugar to 25 grams a day
note: a stated intake ceiling in the restriction range

[en.eating_disorder.behavior.tiny-calories]
sub: behavior
weight: 0.4
pattern: (like|barely|not even|less than) (0|50|100|150|200|250|300|350|400|450|500) (cals|calories|kcal|cal|kcals)
pattern: (like|barely|not even|less than|only|just|max|under) (0cal|0cals|0kcal|0kcals|0calories|50cal|50cals|50kcal|50kcals|50calories|100cal|100cals|100kcal|100kcals|100calories|150cal|150cals|150kcal|150kcals|150calories|200cal|200cals|200kcal|200kcals|200calories|250cal|250cals|250kcal|250kcals|250calories|300cal|300cals|300kcal|300kcals|300calories|350cal|350cals|350kcal|350kcals|350calories|400cal|400cals|400kcal|400kcals|400calories|450cal|450cals|450kcal|450kcals|450calories|500cal|500cals|500kcal|500kcals|500calories)
match: then like 100 cals
match: barely 200 calories today
match: not even 300cals
nomatch: about 2000 calories
nomatch: a banana has about 100 calories
note: very low calorie numbers in the intake register; "about" and "around" are left out (nutrition facts), the spaced "only 100 calories" is behavior.calorie-limit

[en.eating_disorder.behavior.omad-restrict]
sub: behavior
weight: 0.6
target: self
pattern: (omad|one meal a day) ~3 (under|below|max|only|less than|barely|like|around) (0|50|100|150|200|250|300|350|400|450|500|550|600|650|700|750|800) ~1 (cal|cals|calories|kcal|kcals)
pattern: (omad|one meal a day) ~3 (under|below|max|only|less than|barely|like|around) (0cal|0cals|0kcal|0kcals|0calories|50cal|50cals|50kcal|50kcals|50calories|100cal|100cals|100kcal|100kcals|100calories|150cal|150cals|150kcal|150kcals|150calories|200cal|200cals|200kcal|200kcals|200calories|250cal|250cals|250kcal|250kcals|250calories|300cal|300cals|300kcal|300kcals|300calories|350cal|350cals|350kcal|350kcals|350calories|400cal|400cals|400kcal|400kcals|400calories|450cal|450cals|450kcal|450kcals|450calories|500cal|500cals|500kcal|500kcals|500calories|550cal|550cals|550kcal|550kcals|550calories|600cal|600cals|600kcal|600kcals|600calories|650cal|650cals|650kcal|650kcals|650calories|700cal|700cals|700kcal|700kcals|700calories|750cal|750cals|750kcal|750kcals|750calories|800cal|800cals|800kcal|800kcals|800calories)
match: omad and under 500 cals, feeling light
match: omad but only 400cals
nomatch: omad works for me, i eat a big dinner and feel great
note: one-meal-a-day used to cap intake at restriction levels

[en.eating_disorder.behavior.lw-shorthand]
sub: behavior
weight: 0.7
pattern: (lw|cw|gw|ugw|hw|sw|lgw|cgw) (70lbs|70lb|71lbs|71lb|72lbs|72lb|73lbs|73lb|74lbs|74lb|75lbs|75lb|76lbs|76lb|77lbs|77lb|78lbs|78lb|79lbs|79lb|80lbs|80lb|81lbs|81lb|82lbs|82lb|83lbs|83lb|84lbs|84lb|85lbs|85lb|86lbs|86lb|87lbs|87lb|88lbs|88lb|89lbs|89lb|90lbs|90lb|91lbs|91lb|92lbs|92lb|93lbs|93lb|94lbs|94lb|95lbs|95lb|96lbs|96lb|97lbs|97lb|98lbs|98lb|99lbs|99lb|100lbs|100lb|101lbs|101lb|102lbs|102lb|103lbs|103lb|104lbs|104lb|105lbs|105lb|106lbs|106lb|107lbs|107lb|108lbs|108lb|109lbs|109lb|110lbs|110lb|111lbs|111lb|112lbs|112lb|113lbs|113lb|114lbs|114lb|115lbs|115lb|116lbs|116lb|117lbs|117lb|118lbs|118lb|119lbs|119lb|120lbs|120lb|121lbs|121lb|122lbs|122lb|123lbs|123lb|124lbs|124lb|125lbs|125lb|126lbs|126lb|127lbs|127lb|128lbs|128lb|129lbs|129lb|130lbs|130lb|30kg|30kgs|31kg|31kgs|32kg|32kgs|33kg|33kgs|34kg|34kgs|35kg|35kgs|36kg|36kgs|37kg|37kgs|38kg|38kgs|39kg|39kgs|40kg|40kgs|41kg|41kgs|42kg|42kgs|43kg|43kgs|44kg|44kgs|45kg|45kgs|46kg|46kgs|47kg|47kgs|48kg|48kgs|49kg|49kgs|50kg|50kgs|51kg|51kgs|52kg|52kgs|53kg|53kgs|54kg|54kgs|55kg|55kgs|56kg|56kgs|57kg|57kgs|58kg|58kgs|59kg|59kgs|60kg|60kgs)
pattern: lw (1lbs|1lb|2lbs|2lb|3lbs|3lb|4lbs|4lb|5lbs|5lb|6lbs|6lb|7lbs|7lb|8lbs|8lb|9lbs|9lb|10lbs|10lb|11lbs|11lb|12lbs|12lb|13lbs|13lb|14lbs|14lb|15lbs|15lb|16lbs|16lb|17lbs|17lb|18lbs|18lb|19lbs|19lb|20lbs|20lb|1kg|2kg|2kgs|3kg|3kgs|4kg|4kgs|5kg|5kgs|6kg|6kgs|7kg|7kgs|8kg|8kgs|9kg|9kgs|10kg|10kgs)
pattern: (ugw|cgw|lgw) (is|) (30|31|32|33|34|35|36|37|38|39|40|41|42|43|44|45|46|47|48|49|50|51|52|53|54|55|56|57|58|59|60|70|71|72|73|74|75|76|77|78|79|80|81|82|83|84|85|86|87|88|89|90|91|92|93|94|95|96|97|98|99|100|101|102|103|104|105|106|107|108|109|110|111|112|113|114|115|116|117|118|119|120|121|122|123|124|125|126|127|128|129|130)
match: lw 5lbs this week
match: cw 110lbs gw 95lbs
match: ugw 40kg
nomatch: gw 7 waiver pickups
note: edtwt bio and diary shorthand with glued units ("lw 5lbs", "ugw 40kg"); the spaced forms are in goal-weight-markers

[en.eating_disorder.behavior.low-weight-number]
sub: behavior
weight: 0.55
target: self
pattern: (want|wanna|need|trying|gonna|going) (to be|to weigh|to get down to|to get to|to reach|be|weigh|get down to) (30|31|32|33|34|35|36|37|38|39|40|41|42|43|44|45) (kg|kgs|kilos)
pattern: (want|wanna|need|trying|gonna|going) (to be|to weigh|to get down to|be|weigh|get down to) (70|71|72|73|74|75|76|77|78|79|80|81|82|83|84|85|86|87|88|89|90|91|92|93|94|95|96|97|98|99) (lbs|pounds|lb)
pattern: (want|wanna|need|trying|gonna|going) (to be|to weigh|to get down to|be|weigh|get down to) (70lbs|70lb|71lbs|71lb|72lbs|72lb|73lbs|73lb|74lbs|74lb|75lbs|75lb|76lbs|76lb|77lbs|77lb|78lbs|78lb|79lbs|79lb|80lbs|80lb|81lbs|81lb|82lbs|82lb|83lbs|83lb|84lbs|84lb|85lbs|85lb|86lbs|86lb|87lbs|87lb|88lbs|88lb|89lbs|89lb|90lbs|90lb|91lbs|91lb|92lbs|92lb|93lbs|93lb|94lbs|94lb|95lbs|95lb|96lbs|96lb|97lbs|97lb|98lbs|98lb|99lbs|99lb|30kg|30kgs|31kg|31kgs|32kg|32kgs|33kg|33kgs|34kg|34kgs|35kg|35kgs|36kg|36kgs|37kg|37kgs|38kg|38kgs|39kg|39kgs|40kg|40kgs|41kg|41kgs|42kg|42kgs|43kg|43kgs|44kg|44kgs|45kg|45kgs)
pattern: (goal|goal is|dream is|dream weight|goal weight|my gw|gw|ugw) (is|is to be|is to weigh|of|) (30|31|32|33|34|35|36|37|38|39|40|41|42|43|44|45) (kg|kgs|kilos)
pattern: (goal|goal is|dream is|dream weight|goal weight|my gw|gw|ugw) (is|is to be|is to weigh|of|) (70|71|72|73|74|75|76|77|78|79|80|81|82|83|84|85|86|87|88|89|90|91|92|93|94|95|96|97|98|99) (lbs|pounds|lb)
pattern: (goal|goal is|dream is|dream weight|goal weight|my gw|gw|ugw) (is|is to be|is to weigh|of|) (70lbs|70lb|71lbs|71lb|72lbs|72lb|73lbs|73lb|74lbs|74lb|75lbs|75lb|76lbs|76lb|77lbs|77lb|78lbs|78lb|79lbs|79lb|80lbs|80lb|81lbs|81lb|82lbs|82lb|83lbs|83lb|84lbs|84lb|85lbs|85lb|86lbs|86lb|87lbs|87lb|88lbs|88lb|89lbs|89lb|90lbs|90lb|91lbs|91lb|92lbs|92lb|93lbs|93lb|94lbs|94lb|95lbs|95lb|96lbs|96lb|97lbs|97lb|98lbs|98lb|99lbs|99lb|30kg|30kgs|31kg|31kgs|32kg|32kgs|33kg|33kgs|34kg|34kgs|35kg|35kgs|36kg|36kgs|37kg|37kgs|38kg|38kgs|39kg|39kgs|40kg|40kgs|41kg|41kgs|42kg|42kgs|43kg|43kgs|44kg|44kgs|45kg|45kgs)
match: my goal is to be 40 kg
match: i want to weigh 90 lbs
match: gonna be 85lbs by summer
nomatch: i want to weigh 150 lbs
nomatch: i need to lift 90 lbs
nomatch: trying to hit 95 lbs on bench
nomatch: we need 40 kg of rice
note: an adult weight target below a healthy range; "to hit" and "to reach" are left out (lifting numbers); "i want to be 40kg lighter" is a rare near miss

[en.eating_disorder.behavior.bones-showing]
sub: behavior
weight: 0.6
target: self
pattern: my (hipbones|hip bones|ribs|ribcage|collarbones|collar bones|collarbone|spine|sternum|bones) (are|is) (finally|now|starting to|already|so) (show|showing|poke|poking|poking out|stick out|sticking out|visible|popping out|coming through)
pattern: my (hipbones|hip bones|ribs|ribcage|collarbones|collar bones|collarbone|spine|sternum|bones) (are|is|) (show|showing|stick out|sticking out|poke out|poking out) ~6 (love|proud|yay|progress|goals|happy|finally|more)
pattern: (hipbones|hip bones|ribs|ribcage|collarbones|collar bones|spine|sternum) (showing|poking out|sticking out) ~4 (so proud|love it|i love|progress|goals|yay|finally|happy)
match: my hip bones are finally showing
match: ribs showing in the mirror today, so proud
match: my collarbones stick out and i love it
match: my spine is showing when i bend over and i love it
nomatch: my ribs are showing signs of healing
nomatch: the stray dog had ribs showing, we took him to the vet
note: pride in visible bones; the dog, x-ray and injury near misses lack the pride words

[en.eating_disorder.behavior.thigh-gap-progress]
sub: behavior
weight: 0.55
target: self
pattern: (thigh gap|thighgap) (is|) (almost|finally|nearly|coming back|getting bigger|so close|back|showing|almost there)
pattern: (finally|almost) (have|got|getting|get) (a|my) (thigh gap|thighgap)
match: bodycheck before bed, thigh gap is almost there
match: i finally have a thigh gap
nomatch: thigh gap myths explained by a doctor
note: progress toward a thigh gap

[en.eating_disorder.behavior.bodycheck-word]
sub: behavior
weight: 0.45
pattern: (bodycheck|bodychecks|bodychecking|bodychecked) ~5 (thigh|thighs|thighgap|ribs|hipbones|collarbones|gw|ugw|cw|lw|fat|skinny|thin|bones|stomach|belly|tummy|waist|progress|mirror)
match: daily bodycheck, stomach still fat
nomatch: a clean bodycheck along the boards
note: the one-word spelling is also hockey; only with body or weight words

[en.eating_disorder.behavior.purged-after]
sub: behavior
weight: 0.65
pattern: (purged|purging|purge) (after|before) (dinner|lunch|breakfast|eating|every meal|meals|school|class|i ate|family dinner|the binge|a binge|that binge)
pattern: (purged|purging) (everything|it all|all of it|my dinner|my lunch|my breakfast|what i ate)
match: purged after dinner again, nobody noticed
match: purged everything i ate
nomatch: purged the cache after the update
note: purging tied to a meal; the file and cache senses lack the food words

[en.eating_disorder.behavior.threw-up-to-not-gain]
sub: behavior
weight: 0.8
target: self
pattern: (threw|throw|throwing|puked|puke|vomited|vomit|purged|purge) ~5 (so i wouldnt|so i dont|so i wont|so i didnt|to not|to avoid|so it doesnt|so it wont|so it wouldnt|so it didnt|so they wouldnt|so they dont|so i can stay|so i stay) (gain|gaining|get fat|absorb|absorbs|digest|digests|count|counts|skinny|thin)
pattern: (threw|throw|throwing|puked|puke|vomited|vomit|purged|purge) (up|) ~3 before (it|my body|the food|the calories) (could|can|) (digest|digests|absorb|absorbs|count|counts)
match: i threw up my lunch so i wouldnt gain
match: puked before it could digest
match: ate 200 cals, threw it all up so it wouldnt count
nomatch: i threw up so i wouldnt choke
note: purging to undo a meal

[en.eating_disorder.behavior.purge-felt-empty]
sub: behavior
weight: 0.55
target: self
pattern: (threw|throw|puked|vomited|purged|purge) (up|) ~6 (felt|feel|feels|feeling) (so|) (empty|clean|light|pure|in control|relieved)
match: threw up after eating at grandmas, felt so empty after
nomatch: threw up and felt better after
note: relief after purging; "felt better" after an illness is the near miss

[en.eating_disorder.behavior.cant-stop-purging]
sub: behavior
weight: 0.6
target: self
pattern: (cant|cannot|can not|couldnt) stop (purging|restricting|starving myself|throwing up after|making myself sick|making myself throw up|binging and purging|bingeing and purging|counting calories)
match: cant stop purging and i dont want to
nomatch: cant stop laughing
note: loss of control over purging or restriction; the writer is at risk, so it routes to support

[en.eating_disorder.behavior.hate-body-restrict]
sub: behavior
weight: 0.65
target: self
pattern: (hate|hating|disgusted by|disgusted with|sick of) my body ~5 (stop eating|not eat|not eating|starve|starving|restrict|restricting|purge|purging|skip meals|skipping meals|no food)
match: i hate my body i need to stop eating
nomatch: i hate my body sometimes but im working on it in therapy
note: body hatred tied to a restriction plan; "wont starve" is negated by the gap rule

[en.eating_disorder.behavior.skip-to-save-calories]
sub: behavior
weight: 0.45
target: self
pattern: (skip|skipping|skipped) (breakfast|lunch|dinner|meals|a meal|another meal) ~4 (less|fewer|save|saves|saving|cut|burn|no) (calories|cals|kcal)
match: ill just skip dinner again, less calories
nomatch: skip the line to save time
note: meal skipping to cut intake; common dieter talk too, so weak

[en.eating_disorder.behavior.eat-nothing-until]
sub: behavior
weight: 0.4
target: self
pattern: (eat|eating|ate) (nothing|no food|zero food) (until|till|til|before) (dinner|noon|tonight|tomorrow|the weekend|friday|monday|i|6pm|5pm|7pm|8pm|4pm|3pm|2pm)
pattern: (no food|nothing but water|only water|water only|just water|zero food) (today|all day|again|for days|since yesterday|rn|this week|yet)
match: try to eat nothing till 6pm then like 100 cals
match: nothing but water today
nomatch: eat nothing before your blood test
note: daytime starvation; also medical fasting before tests, so weak

[en.eating_disorder.behavior.let-myself-tiny]
sub: behavior
weight: 0.55
target: self
pattern: (let|allow|allowed) myself (to|) (eat|have) (one|a|an|half|half a|only|just) ~1 (apple|banana|cracker|crackers|rice cake|carrot|grapes|grape|orange|yogurt|celery|cucumber|bite|bites|spoonful|strawberry|strawberries|almond|almonds)
match: i let myself eat one apple today
nomatch: i let myself have a cookie today
note: permission for tiny intake

[en.eating_disorder.behavior.proud-not-eating]
sub: behavior
weight: 0.6
target: self
pattern: (proud|happy) (of myself|) (for|that i) (not eating|didnt eat|havent eaten) (today|all day|anything|for|since|again)
pattern: (proud|happy) (of myself|) (for|that i) (skipped|skipping) (breakfast|lunch|dinner|meals|a meal|every meal|all my meals)
pattern: (proud|happy) (of myself|) (for|that i) (only ate|only eating|barely ate|restricting|purging|starving|fasted all day)
pattern: (havent|didnt|not) (eaten|eat|ate) (today|all day|anything|since yesterday|in days|for days|in 2 days|for 2 days) ~2 (and|but) (i|im|i am) (feel|felt|am|) (so|really|) (proud|amazing|light|clean|empty|in control|powerful)
pattern: (skipped|skipping) (all my meals|every meal|breakfast and lunch|all meals|meals|lunch and dinner) (today|again|) ~2 (and|but) (i|im|i am) (feel|felt|am|) (so|really|) (proud|amazing|light|clean|empty|in control|powerful)
match: so proud of myself for not eating today
match: skipped all my meals today and im proud
match: havent eaten all day and i feel so light
nomatch: proud of myself for not eating junk this week
note: pride in not eating; "not eating junk" is the diet near miss

[en.eating_disorder.behavior.bones-until]
sub: behavior
weight: 0.7
target: self
pattern: (until|till|til) (im|i am|i look|i become) (just|only|nothing but|all|skin and|) (bones|bone)
pattern: (want|wanna|need) (to be|to look|to become|to look like|be|look|look like) (skin and bones|all bones|just bones|nothing but bones|a walking skeleton)
match: i want to disappear until im bones
match: i wanna be skin and bones
nomatch: i want to be a skeleton for halloween
note: wishing for emaciation

[en.eating_disorder.behavior.fasting-for-body]
sub: behavior
weight: 0.55
target: self
pattern: (fast|fasting|fasted|starve|starving|restrict|restricting) ~5 (see|show|showing|feel|count|visible|get|want|until|poke|poking) ~2 (collarbones|hipbones|hip bones|ribs|thigh gap|thighgap|bones|spine)
pattern: (fast|fasting|fasted|starve|starving|restrict|restricting) ~5 (gw|ugw|lw)
pattern: (fast|fasting|starve|starving|not eat|not eating|stop eating|restrict|restricting|no food|no eating) (until|till|til) (i|im) (weigh|am|reach|hit|see|can see|fit in|fit into|get under|get below|get down to|look like) ~3 (bones|ribs|collarbones|hipbones|skinny|thin|a skeleton|double digits|gw|ugw|80|81|82|83|84|85|86|87|88|89|90|91|92|93|94|95|96|97|98|99|100|101|102|103|104|105|106|107|108|109|110|111|112|113|114|115|116|117|118|119|120|121|122|123|124|125)
pattern: (fast|fasting|starve|starving|not eat|not eating|stop eating|restrict|restricting|no food|no eating) (until|till|til) (i|im) (weigh|am|reach|hit|see|get under|get below|get down to|lose) ~3 (30|31|32|33|34|35|36|37|38|39|40|41|42|43|44|45|46|47|48|49|50|51|52|53|54|55|56|57|58|59|60|70|71|72|73|74|75|76|77|78|79|80|81|82|83|84|85|86|87|88|89|90|91|92|93|94|95|96|97|98|99|100|101|102|103|104|105|106|107|108|109|110|111|112|113|114|115|116|117|118|119|120|121|122|123|124|125|126|127|128|129|130) (lbs|pounds|kg|kgs|kilos|lb)
pattern: (fast|fasting|starve|starving|not eat|not eating|stop eating|restrict|restricting|no food|no eating) (until|till|til) (i|im) (weigh|am|reach|hit|see|get under|get below|get down to|lose) ~3 (70lbs|70lb|71lbs|71lb|72lbs|72lb|73lbs|73lb|74lbs|74lb|75lbs|75lb|76lbs|76lb|77lbs|77lb|78lbs|78lb|79lbs|79lb|80lbs|80lb|81lbs|81lb|82lbs|82lb|83lbs|83lb|84lbs|84lb|85lbs|85lb|86lbs|86lb|87lbs|87lb|88lbs|88lb|89lbs|89lb|90lbs|90lb|91lbs|91lb|92lbs|92lb|93lbs|93lb|94lbs|94lb|95lbs|95lb|96lbs|96lb|97lbs|97lb|98lbs|98lb|99lbs|99lb|100lbs|100lb|101lbs|101lb|102lbs|102lb|103lbs|103lb|104lbs|104lb|105lbs|105lb|106lbs|106lb|107lbs|107lb|108lbs|108lb|109lbs|109lb|110lbs|110lb|111lbs|111lb|112lbs|112lb|113lbs|113lb|114lbs|114lb|115lbs|115lb|116lbs|116lb|117lbs|117lb|118lbs|118lb|119lbs|119lb|120lbs|120lb|121lbs|121lb|122lbs|122lb|123lbs|123lb|124lbs|124lb|125lbs|125lb|126lbs|126lb|127lbs|127lb|128lbs|128lb|129lbs|129lb|130lbs|130lb|30kg|30kgs|31kg|31kgs|32kg|32kgs|33kg|33kgs|34kg|34kgs|35kg|35kgs|36kg|36kgs|37kg|37kgs|38kg|38kgs|39kg|39kgs|40kg|40kgs|41kg|41kgs|42kg|42kgs|43kg|43kgs|44kg|44kgs|45kg|45kgs|46kg|46kgs|47kg|47kgs|48kg|48kgs|49kg|49kgs|50kg|50kgs|51kg|51kgs|52kg|52kgs|53kg|53kgs|54kg|54kgs|55kg|55kgs|56kg|56kgs|57kg|57kgs|58kg|58kgs|59kg|59kgs|60kg|60kgs)
match: day 5 water fast and i just want to see my bones
match: gonna fast till i weigh under 90 lbs
match: no food until i hit 100
match: not eating until i see my collarbones
nomatch: fasting until i get home from work
nomatch: fasting until i hit 72 hours
nomatch: we broke our fast with ribs and wings
note: fasting aimed at bones or a weight number; a bare number counts only in 80-125 (hours of an extended fast stay clean); religious fasting is cancelled by the allowlist

[en.eating_disorder.behavior.ed-habits]
sub: behavior
weight: 0.45
pattern: (my|old|back to|started|starting|picked up|picking up|using|use|fell back into) (ed|eating disorder) (habits|behaviors|behaviours|behavior|behaviour|tricks|tendencies)
match: back to my old ed habits
nomatch: ed habits of highly effective people
note: returning to disordered behaviours; recovery posts say it too, so weak

[en.eating_disorder.behavior.want-an-ed]
sub: behavior
weight: 0.75
target: self
pattern: (want|wanna|wish) (i had|i could get|to have|to get|to develop|for) (anorexia|bulimia|an eating disorder|an ed)
pattern: (want|wanna) (anorexia|bulimia|an eating disorder)
match: i wish i had anorexia
match: i want an eating disorder so bad
nomatch: i wish i had known about her anorexia sooner
note: wanting an eating disorder

[en.eating_disorder.behavior.stimulant-misuse]
sub: behavior
weight: 0.6
pattern: (adderall|vyvanse|phentermine|clenbuterol|clen|dnp|ephedrine|ephedra|caffeine pills) ~3 (to|for|so i can|so i dont|so i wont|so i) (lose weight|get skinny|get thin|stop eating|not eat|eat less|skip meals|not be hungry|not feel hungry|never eat|eat|feel hungry|get hungry)
match: taking adderall so i dont eat
match: caffeine pills to stop eating
nomatch: adderall for my adhd
note: stimulants taken to suppress eating; prescribed weight-loss drugs (semaglutide) are left out

# ---------------------------------------------------------------------------------------------
# help_seeking, recovery, support (non-harm, third pass)
# ---------------------------------------------------------------------------------------------

[en.eating_disorder.support.you-deserve-food]
sub: support
weight: 0.4
pattern: (you|u) (deserve|are allowed|are worthy) (to eat|food|a meal|to nourish|nourishment|to have dinner|to have lunch|to have breakfast)
pattern: (youre|ur) (allowed|worthy) (to eat|food|a meal|of food)
pattern: (please|pls|plz) (eat|have) (something|a snack|a meal|some food)
match: you deserve to eat, please be gentle with yourself
match: please eat something today
nomatch: you deserve a break
note: replies that encourage eating; reported, never scored

[en.eating_disorder.support.talk-about-eating]
sub: support
weight: 0.4
pattern: (talk to|tell|see|reach out to|speak to) (someone|somebody|a doctor|a therapist|a dietitian|a dietician|your doctor|an adult|a trusted adult|a counselor|a counsellor) about (your|ur|the) (eating|weight|food|ed|body|meals|restricting|purging)
match: please talk to someone about your eating
nomatch: talk to someone about your taxes
note: supportive replies that point to help

[en.eating_disorder.help_seeking.relapse-worry]
sub: help_seeking
weight: 0.45
pattern: (think|scared|afraid|worried|terrified) (im|i am|i might be|that im) relapsing
pattern: (scared|afraid|worried|terrified|think) my (ed|eating disorder|anorexia|bulimia) (is|might be|could be) (back|coming back|returning)
match: i think im relapsing
match: scared my ed is coming back
nomatch: worried my cold is coming back
note: early relapse worry; routes to support

[en.eating_disorder.recovery.recovery-wins]
sub: recovery
weight: 0.4
pattern: (recovery|rec|ed recovery) (win|wins|milestone|milestones|journey)
pattern: (nourish|nourishing|nourished|fuel|fueling|fuelling|fueled) my body
pattern: (ed|anorexia|bulimia|eating disorder) (survivor|survivors|warrior|warriors)
match: small recovery win: i ate breakfast
match: nourishing my body every day
nomatch: economic recovery milestone
note: recovery vocabulary

[en.eating_disorder.behavior.punish-by-not-eating]
sub: behavior
weight: 0.7
target: self
pattern: punish* myself (by|with) (not eating|starving|skipping meals|skipping dinner|fasting|purging|not letting myself eat|no food|throwing up)
pattern: (not eating|starving|no food|skipping meals) (is|as) (my|) (punishment|punishing myself)
match: i punish myself by not eating
match: starving is my punishment
nomatch: i punished myself by skipping the party
note: restriction as self-punishment; the "not" is part of the phrase, so it is not read as a negation

[en.eating_disorder.behavior.binge-restrict]
sub: behavior
weight: 0.55
pattern: (binge|binging|bingeing|binged) (and|n|then) (restrict|restricting|starve|starving|fast|fasting) (cycle|again|mode|every week|all week|)
pattern: (restrict|restricting) (and|n|then) (binge|binging|bingeing) (cycle|again|mode|)
match: binge and restrict cycle again this week
match: restrict then binge again
nomatch: binge and chill this weekend
note: binge-restrict cycles; awareness posts about the cycle are discounted by their cues

[en.eating_disorder.behavior.miss-my-ed]
sub: behavior
weight: 0.55
target: self
pattern: (i miss|i missed|missing|i kinda miss|i lowkey miss) my (eating disorder|anorexia|bulimia)
pattern: (i miss|i missed|i kinda miss|i lowkey miss) my ed (so|sometimes|a lot|already|honestly|tbh|ngl|again|and|but)
pattern: (i miss|i missed|i kinda miss|i lowkey miss) (anorexia|bulimia|restricting|purging|being anorexic|being bulimic|starving myself|being skinny and empty)
pattern: (old|my) ed habits ~3 (missed|miss|love|loving|comfort|comforting)
match: i miss my ed so much
match: back to my old ed habits and honestly i missed them
nomatch: i miss ed, he moved to denver
nomatch: missing ana since she moved away
nomatch: i miss my ed teacher from high school
note: longing for the disorder, a relapse signal; "ana" and "mia" alone are names, so only after "my"

[en.eating_disorder.instructions.tell-them-you-ate]
sub: instructions
weight: 0.7
pattern: (tell|say to|text|just tell) (your|ur) (parents|mom|mum|dad|family|nurse|teacher|friends|therapist) (you|u|that you|that u) ~2 (ate|eaten|had dinner|had lunch|had breakfast) ~6 (never|wont|dont|wouldnt|cant|doesnt) (check|notice|know|find out|ask|tell)
match: tell your parents you ate at a friend's house, they'll never check
nomatch: tell your mom you ate already so she doesnt cook
note: coaching someone to fake eating; the clause about not being checked is required, since "tell your mom you ate" alone is ordinary

[en.eating_disorder.behavior.gw-number]
sub: behavior
weight: 0.45
pattern: gw (is|) (70|71|72|73|74|75|76|77|78|79|80|81|82|83|84|85|86|87|88|89|90|91|92|93|94|95|96|97|98|99|100|101|102|103|104|105|106|107|108|109|110|111|112|113|114|115|116|117|118|119|120|121|122|123|124|125|126|127|128|129|130)
match: gw 95 by summer
nomatch: gw 38 captain pick
note: a bare "gw" with a body-weight number (70-130); fantasy football game weeks stop at 38, but tournament and game scores also use "gw", so weaker than ugw

[en.eating_disorder.promotion.skinny-goals]
sub: promotion
weight: 0.4
pattern: (skinny|bony|bones|underweight) (goals|goal|aesthetic)
pattern: (skinnygoals|bonygoals|bonegoals)
match: bony goals honestly
nomatch: body goals at the gym
note: weak: body-positive posts criticise "skinny goals" in the same words

# ---------------------------------------------------------------------------------------------
# 2026.11.30.2 additions (h2): restriction, compensation, purging, body checking, meanspo
# ---------------------------------------------------------------------------------------------

[en.eating_disorder.behavior.h2-need-to-stop-eating]
sub: behavior
weight: 0.5
target: self
pattern: i (need|have|gotta|must|should|want|wanna|am going) (to|) (stop|quit) eating
pattern: (im|i am|i) (gonna|going to|will|ima|imma) (stop|quit) eating (again|completely|altogether|for good|entirely|until|till|now)
match: i need to stop eating
match: im going to stop eating completely
nomatch: i need to stop eating junk food
note: a first-person resolution to stop eating; named foods and habits are allowlisted (h2 allow.lex)

[en.eating_disorder.behavior.h2-only-had-cals]
sub: behavior
weight: 0.55
target: self
pattern: (only|just|barely) (had|ate|eaten|consumed|eat) (like|) (0|50|100|150|200|250|300|350|400|450|500|550|600|650|700|750|800) (calories|cals|kcal|cal|kcals)
pattern: (under|below|less than) (100|200|300|400|500|600|700|800) (calories|cals|kcal|cal|kcals) (today|yesterday|all day|again|this week|yay|so proud|every day|everyday|a day|daily|goal)
match: only had 300 calories today, so proud
match: under 500 cals today yay
nomatch: dinner recipes under 500 calories
note: reporting a very low intake as an achievement

[en.eating_disorder.behavior.h2-threw-up-food]
sub: behavior
weight: 0.5
target: self
pattern: (threw|throw|throwing|puked|puke|puking|vomited|vomit|vomiting) up (everything|all|it all|all of it|what) (i ate|ive eaten|i had eaten|i just ate|i eat|i had)
pattern: (gonna|going to|need to|have to|want to|wanna|will|about to|gotta|got to|time to) purge (it|it all|everything|this|that|dinner|lunch|breakfast|tonight|again)
pattern: (gonna|going to|need to|have to|want to|wanna|will|about to|gotta|got to|time to) (throw up|puke) (it all|everything|dinner|lunch|breakfast|my dinner|my lunch|my breakfast|what i ate|everything i ate)
match: threw up everything i ate
match: gonna purge it all
match: gonna throw up dinner brb
nomatch: the baby threw up on my shirt
nomatch: gonna throw up, that roller coaster was insane
note: getting rid of food just eaten, or the plan to purge it

[en.eating_disorder.behavior.h2-laxatives-binge]
sub: behavior
weight: 0.65
target: self
pattern: (laxatives|laxative|laxies|diuretics|diet pills|water pills) ~4 (binge|binging|bingeing|after every|after eating|after meals|every meal|every night|compensate|after i eat)
pattern: (diet pills|laxatives|laxies|diuretics) ~3 (best friend|best friends|my friends|lifesaver|saviour|savior|only hope)
pattern: (took|take|taking|popped|popping|bought|buying|ordered) (my|more|some|) (diet pills|appetite suppressants|fat burners) (again|today|so i|to|and)
match: laxatives after every binge
match: diet pills and laxatives are my best friends
match: took diet pills again, heart is racing
nomatch: the doctor prescribed a laxative before my colonoscopy
note: laxatives or diet pills as compensation

[en.eating_disorder.behavior.h2-body-check-thighs]
sub: behavior
weight: 0.4
target: self
pattern: my thighs (are|were|keep|still) (touching|rubbing|touch|jiggling) (again|now|still|)
pattern: (wrap|wrapped|fit|fits|get) (my|both|) (hand|hands|fingers|thumb|finger|thumb and finger) (around|round) (my|) (thigh|thighs|wrist|upper arm|arm|ankle|leg)
match: my thighs are touching again
match: can wrap my hand around my thigh now
nomatch: my thighs are sore after leg day
note: body-checking rituals; weak alone, adds up with body-check words

[en.eating_disorder.behavior.h2-want-skinny-bad]
sub: behavior
weight: 0.6
target: self
pattern: (want|wanna|need) (to|) be (skinny|thin|bony|skinnier|thinner|tiny|smaller) (so bad|so badly|so much|rn|again|asap|at any cost|no matter what|more than anything)
pattern: (want|wanna|need) (to|) be (bones|bone thin|skeletal|a skeleton|just bones|all bones|nothing but bones)
pattern: (getting|get|becoming) (smaller|thinner|tinier|skinnier) (every day|each day|and smaller|everyday|and thinner)
match: wanna be skinny so bad
match: i want to be bones
match: i want to disappear, getting smaller every day
nomatch: i want to be thinner for my wedding, doing more walks
note: the drive for thinness at any cost

[en.eating_disorder.instructions.h2-stop-hunger]
sub: instructions
weight: 0.55
pattern: (stop|kill|curb|suppress|ignore|numb|silence|fight|beat|trick|quiet|shut up) (the|my|your|ur|those|these|) (hunger|hungry) (pangs|pains|cravings|feeling|feelings)
pattern: (drink|drinking|drank|sip|sipping|sipped|chug|chugging) ~4 all day (to|so i|and) (stay|keep|feel) (empty|full|light)
pattern: (to|and|so i) (stay|keep|feel|staying|keeping) (empty|emptier)
match: drink ice water and chew gum to stop hunger pangs
match: sipping on water all day to stay empty
nomatch: i get hunger pangs around noon
note: methods to override hunger

[en.eating_disorder.behavior.h2-safe-foods-only]
sub: behavior
weight: 0.5
target: self
pattern: safe (foods|food) (only|today|again|all day|all week|day|days|diet|week)
pattern: (only|just) (eating|eat|ate|had) (my|) safe (foods|food)
match: safe foods only today
nomatch: safe food handling tips for restaurants
note: restricting to "safe foods"; the recovery cue discounts dietitian talk

[en.eating_disorder.behavior.h2-compensate]
sub: behavior
weight: 0.6
target: self
pattern: (ate|eaten|eating|binged|food|meal|calories|dinner|lunch|cake|pizza|fear food|snack) ~6 (compensate|compensating|make up for it|make up for that)
pattern: (have|need|must|gotta|got|going) (to|) (burn|work|run|exercise) (off|it off|that off|them off) (everything|every calorie|all of it|all|it all|every single) ~3 (ate|eat|eaten|calories|cals|food|bite)
pattern: (if|when|whenever|every time|everytime) i (eat|ate) ~4 (have to|need to|must|gotta) (run|burn|work|purge|throw up|exercise|fast|skip|starve)
pattern: (hours|hour|hrs) of (cardio|exercise|running|workout|the treadmill) (to|just to) (burn|work|make up for) (off|it off|that|the|what)
match: ate a fear food and now i have to compensate
match: i have to burn off everything i ate
match: if i eat i have to run it off
match: did 2 hours of cardio to burn off that slice of pizza
nomatch: i need to compensate for the time zone change
note: compensatory exercise, fasting or purging after eating

[en.eating_disorder.promotion.h2-skipping-easy]
sub: promotion
weight: 0.6
pattern: (skipping|skip) (meals|breakfast|lunch|dinner) (is|gets) (so|really|) (easy|easier|fine|not hard|worth it|the key|the trick)
pattern: (starvation|starving|starving yourself|not eating|purging|skipping meals|restricting|laxatives) (really|actually|totally|) (works|worked|is working|is the key|is the answer)
pattern: (bulimia|anorexia|purging|restricting|starving|ana|mia|not eating|starvation) (is|was) the only (thing|way|option|answer|solution) (that works|that worked|)
match: skipping meals is easy once you get used to it
match: weight loss by starvation really works
match: bulimia is the only thing that works
nomatch: intermittent fasting works for me
note: presenting restriction or purging as effective

[en.eating_disorder.behavior.h2-skip-more-meals]
sub: behavior
weight: 0.45
target: self
pattern: (skip|skipping|skipped) (dinner|lunch|breakfast|meals|every meal|all meals) (too|again|tomorrow|as well)
match: skipped lunch too
nomatch: skipped the gym today
note: repeated skipping, and skipping unnoticed

[en.eating_disorder.behavior.h2-starve-until]
sub: behavior
weight: 0.6
pattern: (gonna|going to|will|ima|imma|i) starve (until|till|til|for|this|all|through)
pattern: (restrict|restricting) (again|today|all day|all week|harder|more|so well|tomorrow)
pattern: restrict ~1 restrict
pattern: (restrict|restricting|restricted|starving|fasting) ~4 (feels good|feels amazing|feel good|felt good|feels so good|feels great|proud)
match: im gonna starve until summer
match: restricting again and it feels good
match: restrict, restrict, restrict
nomatch: the rules restrict parking here
nomatch: restrictions apply to parking here
note: planned starvation and restriction talk

[en.eating_disorder.behavior.h2-cals-too-much]
sub: behavior
weight: 0.55
target: self
pattern: (100|200|300|400|500|600|700|800) (cals|calories|kcal|cal) (is|was|are|were) (too much|too many|way too much|way too many|so much)
pattern: (going|go|get|getting|cutting|dropping|drop|lowering) (down|) to (0|100|200|300|400|500|600|700|800) (cals|calories|kcal|cal|a day|today|tomorrow|)
match: i counted every calorie, 400 cals is too much
match: 1200 is too much, going down to 600
nomatch: 1200 is too much for rent
note: low intakes judged as too much; the rent nomatch shows the bare number needs a calorie word or a cut

[en.eating_disorder.behavior.h2-eat-and-get-fat]
sub: behavior
weight: 0.55
target: self
pattern: (cant|wont|shouldnt|dont|can not|cannot) (eat|eat anything|eat that|eat today) ~3 (ill|i will|i would|id|or i|or ill) (get fat|gain|be fat|blow up|get huge|gain weight)
pattern: (guilty|guilt|disgusting|ashamed|disgusted|gross|fat|a failure|worthless|weak|hate myself|hate my body|huge) (every time|whenever|after|each time|when|because|cause|cuz|since) i (eat|ate|eaten|had)
pattern: (fat|disgusting|fat cow|pig|cow|whale|fatass|slob) ~3 for (eating|having) (dinner|lunch|breakfast|a snack|that|food|anything|something|a meal)
match: i cant eat, ill get fat
match: i feel guilty every time i eat
match: i feel like a failure because i ate breakfast
match: im a fat cow for eating dinner
nomatch: i feel guilty that i ate my roommates leftovers without asking lol
note: fear of weight gain and guilt tied to eating itself

[en.eating_disorder.behavior.h2-scared-to-eat]
sub: behavior
weight: 0.5
target: self
pattern: (im|i am|i get|i feel|so|always|too) (scared|afraid|terrified|frightened) (to|of) (eat|eating|food)
match: im scared to eat
nomatch: i am scared to eat at that restaurant
note: fear of eating itself; particular foods and places are allowlisted

[en.eating_disorder.behavior.h2-under-weight-number]
sub: behavior
weight: 0.6
target: self
pattern: (want|wanna|need|trying|gonna|going|goal|hope|wish) ~2 (be|weigh|get|getting|stay) (under|below|less than) (70|75|80|85|90|95|100) (lbs|lb|pounds)
pattern: (want|wanna|need|trying|gonna|going|goal|hope|wish) ~2 (be|weigh|get|getting|stay) (under|below|less than) (70lbs|75lbs|80lbs|85lbs|90lbs|95lbs|100lbs|70lb|80lb|90lb|100lb)
pattern: (want|wanna|need|trying|gonna|going|goal|hope|wish) ~2 (be|weigh|get|getting|stay) (under|below|less than) (30|35|40|42|45) (kg|kgs|kilos)
match: i want to be under 90lbs
match: trying to get below 40 kg
nomatch: the package must be under 70 lbs
pattern: (want|wanna|need|trying|gonna|going|goal|hope|wish) ~2 (be|weigh|get|getting|stay) (under|below|less than) (30kg|30kgs|32kg|32kgs|35kg|35kgs|38kg|38kgs|40kg|40kgs|42kg|42kgs|45kg|45kgs|70lbs|70lb|75lbs|75lb|80lbs|80lb|85lbs|85lb|90lbs|90lb|95lbs|95lb|100lbs|100lb)
match: my goal is to be under 40kg by summer
note: very low target weights (numbers written apart or fused with the unit)

[en.eating_disorder.promotion.h2-fat-stop-eating]
sub: promotion
weight: 0.65
target: other
pattern: (youre|ur|you|u|she|he|shes|hes) ~2 (so|too|such a|really|way too) (fat|chubby|huge|big|fatass|pig|whale) ~4 (stop|quit|dont|skip) (eating|eat|meals)
pattern: (fat|chubby|fatty|fatass|pig|whale|cow) ~4 (stop eating|quit eating|put the fork down|put down the fork|skip meals|starve)
pattern: (stop|quit) eating ~3 (fatty|fatass|pig|piggy|whale|cow|lardass|fat)
pattern: (love|like|date|want) (you|u) ~2 (if|when) (youre|ur|you are|u are) (fat|this fat|so fat)
pattern: (she|he|they|you|u) (needs|need|should|gotta|has to) (to|) (stop eating|skip meals|starve|quit eating)
match: youre so fat, stop eating
match: no one will love you if youre fat, stop eating
match: lmao she needs to stop eating
nomatch: you need to eat more
note: meanspo aimed at someone: telling them to stop eating because of their weight

[en.eating_disorder.promotion.h2-go-purge]
sub: promotion
weight: 0.75
target: other
pattern: (go|just|you should|u should|should) (purge|throw up|puke|starve) ~3 (whale|pig|cow|fatty|fatass|fat|lardass|piggy)
pattern: (you|u|should|go|just) ~2 starve (yourself|urself)
match: go purge you whale
match: you should starve yourself fatty
nomatch: go eat something
note: telling someone to purge or starve

[en.eating_disorder.behavior.h2-long-fast]
sub: behavior
weight: 0.45
target: self
pattern: (fast|fasting|fasted|dry fast|water fast) (for|) (36|48|60|72|84|96|100|120|144|168) (hours|hrs|hr|h)
pattern: (to|and) (drop|lose|shed) (weight|pounds|lbs|kilos|kg) (fast|quickly|asap)
pattern: no food (till|until|til) (tomorrow|dinner|monday|friday|the weekend|next week|i lose|i hit|i reach)
match: fasting for 72 hours then omad to drop weight fast
match: no food till tomorrow
nomatch: no food or drink after midnight before your surgery
note: extended fasts and rapid weight drops; weak alone

[en.eating_disorder.behavior.h2-eat-only-when]
sub: behavior
weight: 0.6
target: self
pattern: (only|not|never|wont|cant) (eat|eating|let myself eat) (when|until|till|once|after|unless) (i|im) (reach|hit|get|lose|am|weigh|see)
pattern: (let|allow) myself (to|) eat (until|till|unless)
pattern: (before|until|till) i (let|allow) myself (to|) (eat|have food|have a meal|eat normally)
match: ill only eat when i reach my goal weight
match: i cant let myself eat until i lose 5 more pounds
nomatch: i only eat when im hungry
note: making eating conditional on weight

[en.eating_disorder.behavior.h2-hunger-means-working]
sub: behavior
weight: 0.6
target: self
pattern: (hunger|hungry|growling|pangs|pains|stomach growling|empty stomach) ~3 (means|mean|meaning|is a sign) ~3 (working|losing|burning|progress|fat|weight|skinny)
match: hunger pains mean im losing weight
match: stomach growling means its working
nomatch: hunger means i should eat lunch
note: reframing hunger as success

[en.eating_disorder.instructions.h2-crash-loss-how]
sub: instructions
weight: 0.5
pattern: how (to|do i|can i|do you|could i) (lose|drop) (5|7|8|10|12|15|20|25|30) (pounds|lbs|lb|kg|kilos) in (a|one|1|2|3|4|5|two|three) (week|weeks|days|day)
match: how to lose 10 pounds in 3 days
nomatch: how to lose 10 pounds in 3 months
note: crash weight-loss requests, a common entry point to restriction

[en.eating_disorder.behavior.h2-skip-unnoticed]
sub: behavior
weight: 0.6
target: self
pattern: (skip|skipped|skipping) (dinner|lunch|breakfast|meals|a meal|every meal) ~5 (didnt notice|dont notice|no one noticed|nobody noticed|wont notice|never notice|without anyone noticing|without them noticing|didnt even notice)
match: skipped dinner again, parents didnt notice
nomatch: skipped lunch and my boss did notice i was grumpy
note: skipping meals and keeping it unnoticed

[en.eating_disorder.behavior.h2-must-compensate]
sub: behavior
weight: 0.85
target: self
pattern: (ate|eaten|eating|binged|food|meal|calories|dinner|lunch|breakfast|cake|pizza|snack|dessert) ~6 (have to|need to|must|gotta|got to|going to|gonna|will) (compensate|make up for it|burn it off|work it off|run it off|purge it)
match: ate a fear food and now i have to compensate
match: had pizza so i gotta burn it off
nomatch: i ate a fear food and i did not compensate
note: compensation announced after eating; strong enough to survive the recovery cue of "fear food", while "did not" is negated

[en.eating_disorder.behavior.h2-drink-instead]
sub: behavior
weight: 0.55
target: self
pattern: (dont|never|wont|didnt|do not|not) (eat|eating) (breakfast|lunch|dinner|meals|anything|all day|food) ~3 (just|only) (drink|water|coffee|tea|black coffee|diet coke|gum|sip)
match: i dont eat lunch, i just drink water
nomatch: i dont eat breakfast but i have a big lunch
note: replacing meals with drinks

[en.eating_disorder.behavior.h2-wrap-hand-around]
sub: behavior
weight: 0.55
target: self
pattern: (wrap|wrapped|fit|fits) (my|both|) (hand|hands|fingers|thumb|finger|thumb and finger) (around|round) (my|) (thigh|thighs|upper arm|ankle|leg|legs)
match: can wrap my hand around my thigh now
nomatch: i wrapped my hand around the rail
note: a body-checking ritual measuring thinness

[en.eating_disorder.behavior.h2-see-bones-goal]
sub: behavior
weight: 0.6
target: self
pattern: (goal|want|wanna|need|dream|hoping|hope|until) ~4 (see|feel|show|count) (my|) (hip bones|hipbones|ribs|collarbones|collar bones|spine|sternum|thigh gap)
match: my goal is to see my hip bones by june
nomatch: i want to see my doctor about my ribs
note: visible bones as a goal
source: h2 probe set 2

[en.eating_disorder.behavior.h2-fat-not-eating]
sub: behavior
weight: 0.55
target: self
pattern: (im|i am|i feel|feel|feeling|i look|i got) (so|too|really|fucking|super|) (fat|huge|disgusting|gross|obese|bloated) ~5 (not eating|wont eat|no food|no eating|skipping|fasting|starving) (tomorrow|today|anymore|this week|for|again|at all|all day|until)
match: i feel so fat, im not eating tomorrow
nomatch: the cat is fat and not eating today, taking her to the vet
note: feeling fat followed by a decision not to eat
source: h2 probe set 2

[en.eating_disorder.behavior.h2-purge-routine]
sub: behavior
weight: 0.65
target: self
pattern: (throw|threw|throwing|puke|puking|purge|purging|vomit|vomiting) (up|) after (dinner|lunch|breakfast|meals|every meal|eating|i eat|school|family dinner) (every night|every day|everyday|again|daily|each night|so|every time|so my|so they|so nobody)
match: i throw up after dinner every night so my parents dont know
nomatch: i threw up after dinner because of food poisoning
note: a purging routine, often hidden
source: h2 probe set 2

[en.eating_disorder.behavior.h2-laxative-count]
sub: behavior
weight: 0.6
target: self
pattern: (took|take|taking|popped|popping|swallowed) (like|) (2|3|4|5|6|7|8|9|10|12|15|20|a handful of|a bunch of|a box of|the whole box of|a whole box of) (dulcolax|senokot|senna|exlax|ex lax|laxatives|laxies|laxative pills|diuretics|water pills|diet pills)
match: i took 6 dulcolax last night
nomatch: took 2 advil for my headache
note: laxative or diet-pill counts beyond a dose
source: h2 probe set 2

[en.eating_disorder.behavior.h2-fasted-lost]
sub: behavior
weight: 0.55
target: self
pattern: (fasted|fasting|starved|starving|didnt eat|not eating|restricting|restricted|barely ate) ~5 (lost|dropped|down) (2|3|4|5|6|7|8|9|10|12|15|20) (pounds|lbs|lb|kg|kilos)
match: i fasted for 4 days and lost 8 pounds
nomatch: i lost 8 pounds after eating more vegetables
note: rapid loss credited to not eating
source: h2 probe set 2

[en.eating_disorder.behavior.h2-low-weight-still]
sub: behavior
weight: 0.65
target: self
pattern: (im|i am|at|weigh|only|down to) (70|75|80|85|88|90|92|95|98|100|102|105) (lbs|pounds|lb) ~5 (lose more|still fat|still need|still huge|not enough|too fat|more to lose|still feel)
pattern: (skinny|thin|small|tiny|bony) enough (that|so|for) (people|everyone|they|my parents|someone|my mom|my friends) ~2 (worry|worries|notice|see|care|concerned|ask|worried)
match: im at 98 lbs and still need to lose more
match: i just want to be skinny enough that people worry
nomatch: the dog is 90 lbs and still growing
note: very low weight with a drive to lose more, or thinness as a call for concern
source: h2 probe set 2

[en.eating_disorder.behavior.h2-meal-rationing]
sub: behavior
weight: 0.6
target: self
pattern: (allow|let|permit) myself (only|) (1|one|a single|half a|half|one small) (meal|snack|bite|meal a day)
pattern: (one|1|a) meal every (2|3|two|three|other|few) (days|day)
match: i only allow myself 1 meal every 2 days
nomatch: we go out for a meal every 2 weeks
note: self-imposed meal rationing
source: h2 probe set 2

[en.eating_disorder.behavior.h2-exercise-off-food]
sub: behavior
weight: 0.55
target: self
pattern: (ran|run|running|walked|exercised|worked out|cardio|swam|biked|jumped rope) ~4 to (burn off|work off|make up for|undo) (my|the|what i|that|everything|all|all the|every) ~1 (lunch|dinner|breakfast|meal|meals|food|calories|cals|ate|snack|cake|pizza|binge)
match: i ran for 2 hours to burn off my lunch
nomatch: i ran for 2 hours to burn off some energy
note: compensatory exercise tied to a meal
source: h2 probe set 2

[en.eating_disorder.behavior.h2-body-measuring]
sub: behavior
weight: 0.5
target: self
pattern: (pinch|pinching|grab|grabbing|measure|measuring|squeeze|squeezing) (my|) (stomach|belly|thigh|thighs|arm|arms|waist|hips|fat|love handles|stomach fat|tummy) ~3 (every|each|again|daily|times|constantly|to check|all day)
match: i pinch my stomach fat every morning to check
match: measuring my thighs every day
nomatch: measuring my waist for a suit fitting
note: repeated body-checking rituals
source: h2 probe set 2

[en.eating_disorder.promotion.h2-you-dont-need-meal]
sub: promotion
weight: 0.55
target: other
pattern: (you|u) (dont|do not|dont even|really dont) need (dinner|lunch|breakfast|dessert|seconds|a snack|that snack|food|to eat|another bite)
pattern: (skinny|thin|pretty|hot) (girls|people|bodies|women|boys) (dont|do not|never) (eat|snack|need|have) (dessert|carbs|food|seconds|dinner|lunch|breakfast|snacks)
pattern: (youll|you will|ull|u will|youre gonna|you are gonna|ur gonna) (be|get|become|look like|turn into) (a|an|) (whale|pig|cow|fatter|obese|huge|blimp|fatass)
match: you dont need dinner, you had lunch, fatty
match: skinny girls dont eat dessert
match: if you eat that youll be a whale
nomatch: you dont need a reservation for lunch
note: meanspo aimed at someone else or at everyone. The third pattern starts at "youll" because allow.lex cancels any hit overlapping "you eat that" (praise slang "you ate that")
source: h2 probe set 2

[en.eating_disorder.instructions.h2-fill-instead]
sub: instructions
weight: 0.6
pattern: (drink|drinking|chug|chugging) ~5 (feel full|stay full|fill up|fill you up|curb) ~3 (instead|not eat|without eating|so you dont eat|so u dont eat)
pattern: (not eating|skip|skipping|skipping meals|skip lunch|skip meals|restricting|purging|throwing up|starving) ~4 without (anyone|people|parents|them|my parents|your parents|family|teachers|friends|mom|dad) (noticing|knowing|finding out|seeing)
match: drink 3 liters of water to feel full instead of eating
match: tips for not eating at school without anyone noticing
nomatch: drink water to stay hydrated during the run
note: coaching on replacing or hiding meals
source: h2 probe set 2

[en.eating_disorder.behavior.h2-ate-then-fast]
sub: behavior
weight: 0.6
target: self
pattern: (ate|eaten|eating|binged|had) ~8 (gonna|going to|will|have to|need to|must|ill) (fast|restrict|starve|purge|not eat|make up for it) (tomorrow|all day|for|again|today|to|the|it|)
pattern: (ate|eaten|eating|binged) ~6 (gonna|going to|will|have to|need to|must|ill) skip (dinner|lunch|breakfast|meals|the next meal|tomorrow|eating)
match: i ate a cookie and now i hate myself, gonna fast tomorrow
nomatch: i ate a big breakfast so ill skip the snack bar line
note: compensating for food just eaten
source: h2 probe set 3

[en.eating_disorder.promotion.h2-strict-with-me]
sub: promotion
weight: 0.7
pattern: (strict|mean|harsh|hard|brutal) (with|to|on) me (about|when|if) (food|eating|i eat|my eating|calories|my weight|what i eat)
pattern: (be|become) my (coach|mentor) ~4 (food|eating|weight|lose|starve|fast|restrict|skinny|calories)
match: need someone to be strict with me about food, pls be my coach
nomatch: my coach is strict with me about practice
note: requesting an "ana coach" without the word ana
source: h2 probe set 3

[en.eating_disorder.behavior.h2-skinny-bones-show]
sub: behavior
weight: 0.65
target: self
pattern: (skinny|thin|small|tiny) ~3 (bones|ribs|collarbones|hipbones|hip bones|spine) (show|showing|stick out|poke out|visible|poke through)
pattern: (want|wanna|need|dream|goal|only body) ~4 (bone thin|skin and bones|skeletal|underweight)
pattern: (bone thin|skin and bones|skeletal) ~4 (want|goal|dream|only body|need|wish)
match: i want to be so skinny my bones show
match: bone thin is the only body i want
nomatch: the stray dog was so thin its ribs showed, we fed him
note: thinness measured by visible bones
source: h2 probe set 3

[en.eating_disorder.behavior.h2-disgusted-for-eating]
sub: behavior
weight: 0.55
target: self
pattern: (disgusted with|ashamed of|hate|angry at|mad at|sick of|furious with) myself (for|after) (eating|having eaten|eating lunch|eating dinner|eating breakfast|snacking|bingeing|binging)
match: im so disgusted with myself for eating lunch
nomatch: im mad at myself for having missed the bus
note: self-disgust aimed at eating
source: h2 probe set 3

[en.eating_disorder.promotion.h2-fatty-needs]
sub: promotion
weight: 0.6
target: other
pattern: (fatty|fatass|piggy|whale|lardass|fat girl|fat boy|fat ass|chubby) (needs|need|should|gotta|has|better) (to|) (skip|stop eating|starve|quit eating|lay off|diet|skip meals)
pattern: (pretty|prettier|hot|hotter|cute|cuter|attractive|perfect|beautiful) if (you|u) (just|only|) (lost|lose|dropped|stopped eating|starved|ate less|skipped|were thinner|were skinnier)
match: fatty needs to skip dinner lol
match: youd be so pretty if you just lost 20 pounds
nomatch: youd be so pretty if you just smiled more
note: meanspo and conditional praise for losing weight
source: h2 probe set 3

[en.eating_disorder.instructions.h2-fake-eating]
sub: instructions
weight: 0.65
pattern: (so|to make) it (looks|look|seem|seems|appear|appears) like (i|you|u) (ate|eat|eaten|had eaten|was eating)
pattern: (cut|cutting) (my|your|the) food into (tiny|small|little|really small) pieces ~4 (so|to|nobody|no one|looks)
pattern: (throw|threw|throwing|toss|tossing|dump|dumping|bin|binning) (away|out) (my|the) (food|lunch|dinner|breakfast|meal)
pattern: (throw|threw|throwing|toss|tossing|dump|dumping) (my|the) (food|lunch|dinner|breakfast|meal) (away|out|in the trash|in the bin)
match: i cut my food into tiny pieces so it looks like i ate
match: i skip lunch at school every day and throw my food away
nomatch: so it looks like i finished the project early
note: faking or hiding meals
source: h2 probe set 3

[en.eating_disorder.behavior.h2-stay-under-cals]
sub: behavior
weight: 0.55
target: self
pattern: (staying|stay|stick|sticking|keep|keeping|kept|stayed) (under|below) (100|200|300|400|500|600|700|800|900) (cal|cals|calories|kcal|kcals)
match: staying under 800 calories until prom
nomatch: keeping the recipe under 900 calories per serving
note: keeping intake under a very low cap
source: h2 probe set 3

[en.eating_disorder.behavior.h2-havent-eaten-anything]
sub: behavior
weight: 0.55
target: self
pattern: (havent|hasnt|not|didnt|dont|haven|have not|had not|hadnt) (eaten|ate|eat|had) (anything|food|a thing|a meal|a bite|properly|much|real food) (in|for|since) ~2 (days|day|weeks|week|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)
match: i havent eaten anything in 4 days and im not stopping
nomatch: i havent eaten anything since lunch
note: multi-day fasting disclosed; "since lunch" does not match
source: h2 probe set 4

[en.eating_disorder.behavior.h2-tiny-meal]
sub: behavior
weight: 0.55
target: self
pattern: (dinner|lunch|breakfast|today|food today) (was|is|) (1|half a|half|a single|just a|only a|only one|just one) (rice cake|cracker|apple|carrot|grape|grapes|celery stick|pickle|cucumber|coffee|black coffee|diet coke|almond|almonds|strawberry|egg white)
match: dinner = 1 rice cake. proud
nomatch: dinner was a single pizza for four of us
note: a single tiny item reported as a meal
source: h2 probe set 4

[en.eating_disorder.behavior.h2-need-thinner-disgusting]
sub: behavior
weight: 0.6
target: self
pattern: (need|have|must|gotta|want) (to|) be (thinner|skinnier|smaller|thin|skinny) ~4 (disgusting|fat|gross|huge|whale|pig|hate myself|hate my body|ugly)
match: i need to be thinner, im so disgusting
nomatch: i need to be thinner crust, this pizza is too thick
note: thinness demanded with self-disgust
source: h2 probe set 4

[en.eating_disorder.behavior.h2-every-bite]
sub: behavior
weight: 0.55
target: self
pattern: (every|each) (bite|meal|mouthful|time i eat|time i take a bite) ~3 (makes me want to|want to|need to|have to|makes me|urge to) (throw up|puke|purge|vomit|starve)
match: every bite i take makes me want to throw up
nomatch: every bite makes me want more
note: eating provokes the urge to purge
source: h2 probe set 4

[en.eating_disorder.behavior.h2-once-a-day-working]
sub: behavior
weight: 0.55
target: self
pattern: (only|just) (eat|eating|ate) (once|one meal|one small meal) (a|per|every) day ~4 (working|lost|losing|proud|skinny|weight|thinner|bones)
pattern: (hungry|hunger|starving|craving|cravings) ~5 so (i|you|u) (dont|wont|do not|will not|never) (eat|have to eat|need to eat|end up eating)
match: i only eat once a day now and its working
match: i drink water whenever im hungry so i dont eat
nomatch: i only eat once a day because of my work schedule
note: meal restriction credited with weight loss, and drinking to avoid eating
source: h2 probe set 4

[en.eating_disorder.behavior.h2-no-food-feel-good]
sub: behavior
weight: 0.6
target: self
pattern: (no food|nothing to eat|not eating|no eating|zero food|fasting|fasted|empty stomach|havent eaten|didnt eat) ~4 (feeling|feel|felt|feels) (amazing|great|so good|light|empty|clean|proud|powerful|in control|pure)
match: just had 2 cups of black coffee today, no food, feeling amazing
nomatch: no food trucks today, feeling sad
note: not eating experienced as a high
source: h2 probe set 5

[en.eating_disorder.behavior.h2-skip-meals-span]
sub: behavior
weight: 0.55
target: self
pattern: (skipping|skip|skipped|gonna skip|going to skip) (meals|breakfast|lunch|dinner|food|all meals|every meal) (all week|every day|everyday|for a week|this week|until|till|for days|all month|again and again)
pattern: (not eating|no food|fasting|starving|stop eating) for (a|one|two|three|1|2|3|4|5|6|7|10|14) (week|weeks|days|month)
match: my stomach needs to be flat, im skipping meals all week
match: thinking about not eating for a week
nomatch: skipping dessert all week
note: sustained meal skipping; religious fasts are discounted by context and allowlist
source: h2 probe set 5

[en.eating_disorder.behavior.h2-need-to-purge]
sub: behavior
weight: 0.65
target: self
pattern: (need|needs|have|gotta|got|must|want|wanna|going|gonna) (to|) purge (now|tonight|again|it|this|asap|so bad|rn|right now|everything|after|)
pattern: (eating|food|meals) (makes|make) me (feel|) (out of control|disgusting|fat|gross|guilty|dirty|huge|like a pig|like a failure)
match: i feel huge, need to purge
match: eating makes me feel out of control so i just dont
nomatch: need to purge my closet
note: purging urge without the pronoun, and eating as loss of control
source: h2 probe set 5

[en.eating_disorder.promotion.h2-fasting-buddies]
sub: promotion
weight: 0.6
pattern: (fasting|fast|starving|restricting|purging|restrict|starve) (buddy|buddies|partner|partners|pal|pals|twin|twins|accountability)
pattern: (if|when) (ur|youre|you are|u are|you get|u get|ur getting|your|you feel|u feel) hungry (just|) (go to sleep|sleep|drink water|chew gum|brush your teeth|take a nap|chew ice|drink coffee|smell food|look at thinspo)
match: any1 wanna be fasting buddies? 48h
match: if ur hungry just go to sleep
nomatch: if youre hungry just grab a snack
note: recruiting fasting partners and coaching on overriding hunger; religious fasting buddies are allowlisted
source: h2 probe set 5

[en.eating_disorder.behavior.h2-until-they-shrink]
sub: behavior
weight: 0.65
target: self
pattern: (not eating|no food|starving|fasting|restricting|stop eating|wont eat) (until|till|til) (they|it|my thighs|my stomach|my arms|my face|my body|the fat|my belly) ~2 (shrink|shrinks|gone|go away|flat|smaller|disappears|disappear|thinner|goes away)
pattern: (im|i am|i look|i got|me) (getting|so|looking|) (skinny|thin|bony|tiny|skinnier|thinner) ~4 (love it|keep going|so proud|finally|so happy|yay|cant stop)
match: i hate how my thighs look, not eating till they shrink
match: ppl are noticing im getting skinny and i love it, keep going
nomatch: my sweater is getting thinner, i love it though
note: restriction until a body part shrinks, and celebrating visible thinness
source: h2 probe set 5

[en.eating_disorder.behavior.h2-fast-until-number]
sub: behavior
weight: 0.65
target: self
pattern: (fasting|starving|not eating|restricting|no food|no eating|wont eat) (until|till|til) (im|i am|i weigh|i hit|i reach|i get to|i get down to|im under|i am under|im below) (70|75|80|85|88|90|95|98|99|100|105|110)
pattern: (calorie|calories|cal|cals|kcal) ~4 (100|200|300|400|500|600|700|800) (max|maximum|limit|cap|tops)
pattern: i (body check|bodycheck|body checked|bodychecked) (every|all|constantly|again|multiple|so much|all the time|like)
match: im fasting until im 100 lbs
match: calorie counting is my life, 600 max
match: i body check every morning
nomatch: im fasting until sunset
note: restriction tied to a low target weight, a very low calorie cap, and habitual body checking
source: h2 ED battery

[en.eating_disorder.behavior.h2-dont-want-to-eat-ever]
sub: behavior
weight: 0.55
target: self
pattern: i (dont|do not|never) (want|wanna) (to|) eat (anymore|ever again|at all|ever|again)
match: i dont want to eat anymore
nomatch: i dont want to eat out tonight
note: refusal of food as a standing state
source: h2 ED battery

[en.eating_disorder.behavior.h2-fast-whole-week]
sub: behavior
weight: 0.55
target: self
pattern: (fast|fasting|starve|starving|not eat|not eating) for (a|the) (whole|full|entire) (week|month|weekend|two weeks)
pattern: (ate|eaten|binged|had) ~8 (no food|not eating|no eating|fasting|nothing to eat|no dinner|no lunch|no breakfast) (tomorrow|tonight|for the rest|all day|the rest)
pattern: no (food|eating|calories) (before|until|till|til) (noon|dinner|1pm|2pm|3pm|4pm|5pm|6pm|7pm|8pm|tomorrow|the weekend)
match: im gonna fast for a whole week, wish me luck
match: im disgusting, i ate two slices of pizza, no food tomorrow
nomatch: fasting for a whole day on yom kippur is tradition
note: extended fasts and eating compensated by a fast the next day
source: h2 probe set 6

[en.eating_disorder.instructions.h2-eat-under-and-skinny]
sub: instructions
weight: 0.7
pattern: (eat|eating|stay|staying|keep it) (less than|under|below) (100|200|300|400|500|600|700|800) (cal|cals|calories|kcal|kcals) ~5 (skinny|thin|lose|drop|results|bones|tiny|weight)
match: eat less than 500 cals and youll be skinny in no time
nomatch: eat less than 500 mg of sodium per meal
note: coaching very low intake for thinness
source: h2 probe set 6

# ---------------------------------------------------------------------------------------------
# h4 (round 2): disordered eating described indirectly (compensating, hiding, scale distress)
# ---------------------------------------------------------------------------------------------

[en.eating_disorder.behavior.h4-relapsed-into]
sub: behavior
weight: 0.6
pattern: (relapsed|relapsing|slipped back|slipping back|fell back|falling back|went back) (into|to|) ~3 (restricting|purging|restriction|starving|anorexia|bulimia|ed|my ed|binging|bingeing|ana|mia|throwing up|counting calories|not eating|ed habits|ed behaviors)
pattern: (ed|ana|mia|anorexia|bulimia|restricting|purging) (relapse|relapsed) (again|tonight|today|this week|last night|and)
match: i relapsed and started restricting again
match: slipped back into purging this week
nomatch: relapse prevention plan with my dietitian
nomatch: i relapsed into old habits with food, calling my therapist tomorrow
note: relapse into eating-disorder behaviour is current behaviour (routes to support), not recovery framing
source: h4 probes

[en.eating_disorder.behavior.h4-feel-huge-now]
sub: behavior
weight: 0.5
target: self
pattern: (i|) (feel|feeling|felt|look|looking) (so|really|absolutely|disgustingly|fucking|super|) (huge|fat|obese|like a whale|like a pig|like a cow|massive|enormous) (today|rn|right now|again|all the time|every day|everyday|in everything|in these clothes|in this body|in my body|in my clothes|in every photo|in pictures|lately|always)
pattern: (i|) (hate|disgusted by|cant stand|ashamed of) (how|the way) (huge|fat|big|massive|disgusting) i (am|look|feel)
match: i feel huge today
match: i look so fat in every photo
nomatch: ate so much at thanksgiving i feel huge lol
note: persistent body-size distress ("feel huge today", "fat in everything"); a one-off after a feast is left to the weak feel-fat entry
source: h4 probes

[en.eating_disorder.behavior.h4-scale-went-up]
sub: behavior
weight: 0.55
target: self
pattern: (scale|weight|number|numbers|the number|the numbers) ~4 (went up|goes up|go up|gone up|is up|was up|increased|higher|moved up) ~6 (want to die|wanna die|want to disappear|wanna disappear|hate myself|kill myself|cry|crying|cried|disgusting|disgusted|starve|not eat|no food|not eating|skip|fast|restrict|purge|panic|panicking|ruined|failure)
pattern: (gained|put on|up) (a|one|two|three|half a|1|2|3|4|5|0.5) (pound|pounds|lb|lbs|kg|kilo|kilos) ~6 (want to die|wanna die|want to disappear|hate myself|disgusting|starve|not eating|no food|skip|fast|restrict|purge|panic|ruined|failure|punish)
match: the numbers on the scale went up and i want to disappear
match: gained 2 pounds so no food today
nomatch: the numbers on my bench press went up and i want to celebrate
note: distress at a weight increase tied to restriction or self-hatred
source: h4 probes

[en.eating_disorder.behavior.h4-compensate]
sub: behavior
weight: 0.55
pattern: (have to|need to|must|gotta|got to|gonna|going to|will|should|ill) compensate (tomorrow|tonight|later|for it tomorrow|for eating|for what i ate|for that cookie|for the cake|for dinner|for lunch|for breakfast|by fasting|by skipping|by running|with exercise|with cardio|by not eating|by purging|by restricting)
pattern: (so|now|and) (i|) (have to|need to|must|gotta|got to) compensate
pattern: (compensate|compensating|compensated|compensatory) (behaviors|behaviours|behavior|behaviour|exercise|fasting|purging)
match: i had a cookie so now i have to compensate tomorrow
match: ill compensate by skipping dinner
nomatch: the company has to compensate the workers
note: ED jargon for undoing food (fasting, exercise, purging) after eating
source: h4 probes

[en.eating_disorder.behavior.h4-thighs-touching]
sub: behavior
weight: 0.5
pattern: my thighs (are|) (touching|touch|rubbing|rub|jiggling|jiggle) (again|still|now|ugh|so much)
pattern: (bodycheck|bodychecks|bodychecking|bodychecked|body check|body checked|body checking) (before bed|after eating|after dinner|in the mirror|every morning|every night|again|this morning|tonight|after lunch|after every meal)
match: bodycheck before bed, my thighs are touching again
match: body checking in the mirror again
nomatch: a clean body check along the boards
note: body checking routines and thigh distress
source: h4 probes

[en.eating_disorder.behavior.h4-hiding-weight-shame]
sub: behavior
weight: 0.55
target: self
pattern: (lose|drop|get rid of) ~3 (pounds|lbs|kg|kilos|weight) (before|until) (anyone|anybody|people|someone|they|my friends) (sees|see|can see|look at|looks at|notice|notices) me
pattern: (nobody|no one|noone|cant let anyone|dont want anyone) ~2 (see|seeing|look at|looking at) me (until|till|before) (i lose|im thin|im skinny|i drop|im smaller)
match: i need to lose 10 more pounds before anyone sees me
nomatch: i need to lose 10 pounds before summer
note: hiding one's body until weight is lost
source: h4 probes

[en.eating_disorder.behavior.h4-fast-not-stopping]
sub: behavior
weight: 0.55
target: self
pattern: (fasted|fasting|starved|starving|not eaten|havent eaten|restricted|restricting|no food) ~5 (and im not stopping|and i wont stop|and im not gonna stop|not stopping now|im not stopping|going for more|gonna keep going|going to keep going|and counting|keep going until|going longer)
match: i fasted for 48 hours and im not stopping
nomatch: the fast ends at sunset and we eat together
note: extending a fast or restriction open-endedly
source: h4 probes

[en.eating_disorder.behavior.h4-avoid-eating-in-front]
sub: behavior
weight: 0.55
pattern: (eat|eating|ate) in front of (people|others|anyone|anybody|my family|my friends|my parents|them) ~4 (so i|i just|so i just|i) (dont|skip|avoid it|stopped|never|wont|pretend)
pattern: (make|made) (an excuse|excuses) ~4 (not|avoid|skip|get out of) (eat|eating|to eat|dinner|lunch|meals|family dinner)
match: i hate eating in front of people so i just dont
match: i always make excuses to skip family dinner
nomatch: i hate eating in front of people on zoom lol, camera off
note: avoiding eating in company and excuses to skip meals (concealment)
source: h4 probes

[en.eating_disorder.promotion.h4-hungry-winning]
sub: promotion
weight: 0.7
pattern: (hungry|hunger|starving|empty stomach|an empty stomach|emptiness) (means|equals|is|feels like) (winning|progress|success|im winning|im doing good|im doing well|im doing it right|control|strength|power|good|beautiful)
pattern: (hungry|hunger|starving) (winning|progress)
match: hungry = winning
match: hunger means im winning
nomatch: hungry for a win tonight lets go
note: ED slogan equating hunger with success
source: h4 probes

[en.eating_disorder.behavior.h4-bathroom-after-meals]
sub: behavior
weight: 0.65
target: self
pattern: (bathroom|toilet|restroom|loo) ~3 (after|right after|straight after|immediately after|during) (dinner|lunch|eating|every meal|meals|breakfast|i eat|i ate|we eat|we ate|the meal) ~6 (get rid of|throw up|throw it up|purge|puke|it all up|empty|undo)
pattern: (get rid of|got rid of|getting rid of) (it|the food|what i ate|dinner|lunch|breakfast|the calories|everything i ate|my dinner|my lunch|all of it) ~4 (bathroom|toilet|after eating|after dinner|after lunch|before it|before anyone)
match: i went to the bathroom right after dinner so i could get rid of it
nomatch: went to the bathroom after dinner and then did the dishes
note: purging described indirectly (bathroom straight after meals to "get rid of it")
source: h4 probes

[en.eating_disorder.behavior.h4-close-to-bones]
sub: behavior
weight: 0.6
target: self
pattern: (so|really|almost|finally|nearly) close to (seeing|feeling|counting|having) (my|a|) (ribs|hipbones|hip bones|collarbones|collar bones|spine|bones|thigh gap|thighgap|sternum)
pattern: (can|could) (almost|finally|nearly) (see|feel|count) (my|all my|every one of my) (ribs|hipbones|hip bones|collarbones|spine|bones|sternum) ~3 (yay|proud|love|finally|progress|goals|keep|more|so happy|happy)
match: i'm so close to seeing my ribs
match: i can finally see my ribs so proud
nomatch: i'm so close to finishing my novel
note: anticipating visible bones as a goal
source: h4 probes

[en.eating_disorder.behavior.h4-not-feel-hungry]
sub: behavior
weight: 0.55
target: self
pattern: (drank|drink|drinking|chugged|chugging|chewed|chewing|had|sipped|sipping) ~5 (to not feel|so i dont feel|so i wouldnt feel|so i wont feel|to stop feeling|to avoid feeling|to keep from feeling|to numb|to kill|to trick) (hungry|hunger|the hunger|my hunger|my appetite|the appetite|my stomach)
pattern: (black coffee|diet coke|diet soda|water|gum|ice|ice cubes|tea|energy drinks|sparkling water) (all day|only|instead) ~4 (not hungry|no food|not eat|not eating|skip|so i dont eat|instead of eating|instead of food|to not feel)
match: drank black coffee all day to not feel hungry
nomatch: drank water all day because it was hot
note: using drinks, gum or ice to suppress hunger instead of eating
source: h4 probes

[en.eating_disorder.behavior.h4-lied-about-eating]
sub: behavior
weight: 0.6
target: self
pattern: (lie|lied|lying|lies) (to|) (my|the|her|his|our|everyone|them|people) ~2 about (eating|my eating|food|what i ate|what i eat|my weight|meals|my meals|purging|restricting|how much i eat|how much i ate|not eating|having eaten|if i ate|whether i ate)
pattern: (pretend|pretended|pretending|act|acted|acting) (like|that|) (i|ive) (already|) (ate|eaten|had lunch|had dinner|had breakfast|am full|was full|wasnt hungry|im not hungry)
match: i lied to my therapist about eating
match: i pretend i already ate at school
nomatch: she lied to the press about the food contract
note: deceiving others about eating (concealment)
source: h4 probes

[en.eating_disorder.behavior.h4-burn-what-i-ate]
sub: behavior
weight: 0.5
target: self
pattern: (burn|burned|burnt|burning|work off|worked off|working off|sweat off|undo|undid) (off|) (everything|every calorie|all the calories|what|all of what|every bite|all) (i ate|i eat|ive eaten|i had|of it|i just ate|from dinner|from lunch|from breakfast)
pattern: (exercise|exercised|exercising|run|ran|running|work out|workout|worked out|do cardio|did cardio) (until|till|til) (i|) (pass out|passed out|faint|fainted|collapse|collapsed|throw up|threw up|black out|blacked out|cant stand)
match: i exercise until i pass out to burn everything i ate
nomatch: did a hard workout to work off some stress
note: compulsive exercise to undo eating; each half adds up
source: h4 probes

[en.eating_disorder.behavior.h4-love-stomach-growl]
sub: behavior
weight: 0.6
target: self
pattern: (stomach|tummy|belly) (growling|growl|growls|rumbling|rumble|grumbling|hurting|aching|empty|being empty) ~4 (favorite|favourite|love|best|music|satisfying|proud|means|my motivation|keeps me going|sound of success)
pattern: (love|like|crave|missed|miss) (the|my|that) (sound|feeling) of (my|an|) (stomach|tummy|belly) (growling|rumbling|being empty|empty)
match: my stomach growling is my favorite sound
nomatch: my stomach growling during the exam was so embarrassing
note: hunger experienced as reward
source: h4 probes

[en.eating_disorder.behavior.h4-go-purge]
sub: behavior
weight: 0.65
pattern: (gonna|going to|about to|finna|ima|imma|gotta|got to|time to|off to|bout to|need to|have to|brb|brb gotta|brb going to) (go|) (purge|purging|throw up|puke) (brb|now|rn|tonight|again|it|it all|it up|dinner|lunch|breakfast|this|real quick|quick|after|everything|bye)
pattern: brb (purging|throwing up|gonna purge|gotta purge)
match: im gonna go purge brb
match: brb gotta purge
nomatch: gonna go purge the old files from the server
note: announcing an imminent purge
source: h4 probes

[en.eating_disorder.behavior.h4-ate-then-insult-self]
sub: behavior
weight: 0.55
target: self
pattern: (ate|eaten|had) (only|just|like|barely|) (100|200|300|400|500|600|700|800|900|1000|1100|1200|1300|1400|1500|1600|1800|2000) ~2 (today|tonight|cals|calories|kcal) ~3 (im|i am|im such|im so|such) (a|) (pig|whale|cow|fatass|fat pig|disgusting pig|failure|disgusting|gross)
pattern: (ate|eaten|had) (a|an|some|one|half a|the|my|two|2) ~2 (and|now|and now) (i|im|) (feel|felt|look|so|such a) (so|really|) (fat|disgusting|huge|gross|like a pig|like a whale|a pig|a whale)
match: ate 1200 today im such a pig
match: just ate a salad and i feel so fat and disgusting now
nomatch: ate so much today, im such a pig lol thanksgiving
note: self-disgust tied to an ordinary amount of food
source: h4 probes batch 2

[en.eating_disorder.behavior.h4-low-cals-proud]
sub: behavior
weight: 0.6
target: self
pattern: (only|just|barely|under|less than|like) (0|50|100|150|200|250|300|350|400|450|500|550|600|650|700|750|800|850|900|950|1000) (cals|calories|kcal|kcals|cal) (today|yesterday|all day|so far|this week|again) ~4 (proud|so proud|happy|good girl|winning|success|im proud|feel good|feel light|yay|love it|so good at this|getting good|on track|doing so good)
match: only 800 cals today, proud of myself
nomatch: only 800 cals left in my budget for dinner
note: pride in very low intake
source: h4 probes batch 2

[en.eating_disorder.behavior.h4-look-huge-in-this]
sub: behavior
weight: 0.5
pattern: (i|) (look|looked|looking|feel) (like a whale|like a pig|like a cow|so fat|so huge|huge|disgusting|massive|enormous|like a blimp) in (this|that|these|those|my|every) (dress|outfit|shirt|swimsuit|bikini|photo|picture|pic|mirror|jeans|uniform|top|skirt|clothes)
pattern: (take up|taking up|to take up) (no|less|zero|as little|hardly any) (space|room)
match: i look like a whale in this dress
match: i just want to be tiny and take up no space
nomatch: i look like a whale in this inflatable costume haha
note: body-size disgust in clothes or photos, and wanting to take up no space
source: h4 probes batch 2

[en.eating_disorder.behavior.h4-hungry-but-wont-eat]
sub: behavior
weight: 0.6
target: self
pattern: (hungry|starving|so hungry|famished) (but|and) (i|) (wont|will not|cant|refuse to|am not going to|im not going to|dont|not gonna|shouldnt) (eat|let myself eat|give in)
pattern: (water|coffee|gum|tea|diet coke|ice|black coffee|diet soda) ~6 so (i|that i) (dont|wont|dont have to|wont have to|do not|will not|wouldnt|dont need to) (eat|feel hungry|get hungry)
match: i'm so hungry but i won't eat, i don't deserve it
match: i chew gum all day so i don't have to eat
nomatch: i'm so hungry but the restaurant is closed
note: overriding hunger; fillers used so as not to eat
source: h4 probes batch 2

[en.eating_disorder.behavior.h4-drink-till-sick]
sub: behavior
weight: 0.55
target: self
pattern: (drinking|drink|drank|chugging|chug|chugged) (water|coffee|tea|diet coke) (until|till|til) (i|my stomach) ~2 (sick|full|nauseous|hurts|stretched|bloated) ~4 (so i|dont eat|not eat|not hungry|instead)
match: drinking water until i feel sick so i don't eat
nomatch: drinking water until i feel better after the run
note: water-loading to suppress eating
source: h4 probes batch 2

[en.eating_disorder.behavior.h4-control-through-hunger]
sub: behavior
weight: 0.6
target: self
pattern: (being hungry|hunger|not eating|starving|restricting|skipping meals|an empty stomach|being empty|feeling empty) ~2 (makes|make|made|gives|give) me (feel|) (in control|powerful|strong|proud|accomplished|good about myself|like i have control|safe)
match: being hungry makes me feel in control
nomatch: being hungry makes me grumpy
note: restriction as control or pride
source: h4 probes batch 2

[en.eating_disorder.promotion.h4-ana-friend]
sub: promotion
weight: 0.6
pattern: (ana|mia|my ed|my eating disorder) (is|was|will always be) my (only friend|only true friend|only comfort|everything|safe place|god|goddess|guide|protector|best friend forever)
match: ana is my only friend
nomatch: ana is my lab partner
note: personified ED ("ana", "mia") as friend or guide
source: h4 probes batch 2

[en.eating_disorder.behavior.h4-ate-need-to-throw-up]
sub: behavior
weight: 0.65
pattern: (ate|eaten|eat|eating|binged|had dinner|had lunch|had breakfast|had food) ~5 (need to|have to|gotta|got to|want to|wanna|must|should) (throw it up|throw it all up|throw up|puke it up|puke|get it out|get it all out|purge|purge it)
pattern: (made|forced|makes|make|forcing) me (eat|to eat) ~6 (threw it up|throw it up|purged|puked it up|threw up|got rid of it|went and threw|went to throw)
match: i ate and now i need to throw it up
match: my mom made me eat dinner so i went and threw it up
nomatch: i ate bad sushi and now im gonna throw up
note: urge or act of purging after eating
source: h4 probes batch 2

[en.eating_disorder.behavior.h4-pinch-fat]
sub: behavior
weight: 0.5
target: self
pattern: (pinch|pinching|grab|grabbing|squeeze|squeezing) ~3 (fat|rolls|skin|flab) (on|from|off|around) my (stomach|belly|thighs|arms|sides|hips|waist|tummy|back)
match: i can still pinch so much fat on my stomach
nomatch: the crab can pinch hard
note: body checking by pinching fat
source: h4 probes batch 2

[en.eating_disorder.behavior.h4-eat-when-skinny]
sub: behavior
weight: 0.65
target: self
pattern: (ill|i will|i can|i get to|i may|i am allowed to|im allowed to) eat (when|once|after|if) (im|i am|i get|i reach|i hit|i finally|i see) (skinny|thin|thinner|skinnier|my goal|my gw|under|tiny|my ugw|below)
match: ill eat when im skinny
nomatch: ill eat when im home
note: food made conditional on thinness
source: h4 probes batch 2

[en.eating_disorder.behavior.h4-threw-up-at-school]
sub: behavior
weight: 0.55
target: self
pattern: (threw|throw|throwing|puked|puking|purged) up (my|the|all my) (lunch|dinner|breakfast|food|meal|snack) (in the|at school|at the|at work|in a|in my) ~2 (bathroom|toilet|toilets|restroom|school|stall|sink)
match: i threw up my lunch in the school bathroom
nomatch: i threw up my lunch on the bus, motion sickness
note: purging in a bathroom after a meal
source: h4 probes batch 2

[en.eating_disorder.behavior.h4-eat-then-punish]
sub: behavior
weight: 0.6
target: self
pattern: (every time|everytime|whenever|each time|after|when|if) i (eat|ate|have eaten|eat anything|eat something) ~7 (punish myself|hurt myself|starve|purge|hate myself|want to die|feel like a failure|need to run it off|need to burn it off|throw it up|go throw up|throw up after)
match: every time i eat i feel like i need to punish myself
match: whenever i eat i feel like a failure
nomatch: every time i eat spicy food i cry lol
note: eating followed by punishment or self-hatred
source: h4 probes batch 2

[en.eating_disorder.behavior.h4-fat-chant]
sub: behavior
weight: 0.5
pattern: fat fat fat
pattern: (fat|disgusting|gross|huge|ugly) (fat|disgusting|gross|huge|ugly) ~2 (i hate myself|hate myself|i hate my body|hate my body|i want to disappear)
match: fat fat fat fat i hate myself
nomatch: big fat greek wedding
note: repetitive self-directed body insults
source: h4 probes batch 2

[en.eating_disorder.behavior.h4-gave-food-away]
sub: behavior
weight: 0.5
target: self
pattern: (gave|give|giving|gives) (my|away my|all my) (food|lunch|dinner|snack|snacks|breakfast|meal) (away|to) ~4 (again|every day|so i|always|so i dont|so i wont|instead)
pattern: (skipped|skip|skipping) (lunch|dinner|breakfast) and (gave|threw|tossed|hid) (my|the) (food|lunch|dinner|breakfast) (away|out)
match: i skipped lunch and gave my food away again
nomatch: gave my lunch to a friend who forgot hers
note: disposing of food to avoid eating
source: h4 probes batch 2

[en.eating_disorder.behavior.h4-binge-then-starve]
sub: behavior
weight: 0.6
pattern: (binge|binged|bingeing|binging) ~4 (then|and then|and|so) (i|) (starve|starving|purge|purging|fast|fasting|restrict|restricting) (all day|the next day|for|again|tomorrow|after|all week)
pattern: (fast|fasting|restrict|starve|starving) (to reset|to make up|to compensate|after the binge|after a binge|after binging|after bingeing|to undo)
match: i binge every night and then starve all day
match: 3 days water fasting to reset after the binge
nomatch: binge watched the show and then fasted for ramadan
note: binge-restrict cycle
source: h4 probes batch 2

[en.eating_disorder.behavior.h4-calorie-obsession]
sub: behavior
weight: 0.5
target: self
pattern: (cant|cannot|can not) stop (thinking about|counting|obsessing over|obsessing about) (calories|my weight|cals|the numbers|the scale|what i ate|every bite|every calorie)
match: can't stop thinking about calories 24/7
nomatch: can't stop thinking about food, what's for dinner
note: obsessive calorie focus
source: h4 probes batch 2

[en.eating_disorder.behavior.h4-so-skinny-people-worry]
sub: behavior
weight: 0.6
target: self
pattern: (i want to be|i wanna be|i need to be|i wish i was|i wish i were|until im|till im|i want to get|i wanna get) (so|too) (skinny|thin|bony|tiny|small) (that|) (people|everyone|my parents|my mom|my mum|they|my friends|doctors|my doctor) (worry|get worried|are worried|notice|ask|stare|get scared|are scared)
match: i want to be so skinny people worry
nomatch: she got so thin that people worry, she needs help
note: wanting visible thinness that alarms others
source: h4 probes batch 2

[en.eating_disorder.behavior.h4-number-down-no-matter]
sub: behavior
weight: 0.6
target: self
pattern: (number|numbers|scale|weight) (go|goes|going|to go|keep going|keeps going|keep) down ~3 (no matter what|at any cost|whatever it takes|even if it kills me|even if i)
pattern: (lose|losing|drop) (the|this|) weight ~2 (no matter what|at any cost|whatever it takes|even if it kills me)
match: i just want to see the number go down no matter what
nomatch: the crime numbers keep going down, good news
note: weight loss at any cost
source: h4 probes batch 2

[en.eating_disorder.behavior.h4-long-fast-chain]
sub: behavior
weight: 0.45
pattern: (36|48|60|72|84|96|100|120|144|168) (hour|hours|hr|hrs|h) (fast|fasts|fasting|water fast|dry fast)
match: 72 hour water fast
nomatch: 16 hour fast for intermittent fasting
note: extended fasts; weak alone
source: h4 probes batch 2

[en.eating_disorder.behavior.h4-back-to-back-fasts]
sub: behavior
weight: 0.55
pattern: (hour|hours|hr|day|days) (fast|fasts|fasting|water fast|dry fast) ~3 (then|and then|followed by|back to back|right into) (another|more|a longer)
match: im going for a 72 hour fast then another one
nomatch: 16 hour fast for intermittent fasting
note: back-to-back extended fasts
source: h4 probes batch 2

[en.eating_disorder.behavior.h4-flat-when-empty]
sub: behavior
weight: 0.6
target: self
pattern: (flat|flatter|concave|hollow|sunken) (when|because|since|if) (im|i am|its|i stay|i dont eat|i skip) (empty|hungry|not eating|starving|fasting|meals)
pattern: (empty|hungry|starving) ~4 (i love it|love it|feels good|best feeling|feel amazing|feels amazing|so good)
match: my stomach is so flat when im empty, i love it
nomatch: my stomach is empty, can we eat
note: pleasure in an empty, flat stomach
source: h4 probes batch 2

[en.eating_disorder.behavior.h4-burn-off-meal]
sub: behavior
weight: 0.4
pattern: (burn|burning|work|working|run|running) off (this|that|the|my) (sandwich|meal|dinner|lunch|breakfast|cake|pizza|food|snack|cookie|burger|calories|apple|granola bar|salad)
pattern: (2|3|4|5|two|three|four|five) hours (on the treadmill|of cardio|at the gym|running|on the bike|on the elliptical)
match: i'm gonna burn off this sandwich with 2 hours on the treadmill
nomatch: burn off steam after work
note: weak alone; exercise to undo a meal plus hours of cardio adds up
source: h4 probes batch 2

[en.eating_disorder.behavior.h4-day-n-no-food]
sub: behavior
weight: 0.6
pattern: day (2|3|4|5|6|7|8|9|10|11|12|13|14|two|three|four|five|six|seven) (no food|of no food|no eating|without food|without eating|of not eating|water fast|of water fasting) (feeling|feel|and|still|im|lets|going|so|done|complete|down|today|again|yay|win|proud|no|i)
match: tw ed: day 5 no food, feeling light
nomatch: day 5 of the hike, no wifi
nomatch: day 3 no food poisoning symptoms, finally better
note: counting days without food
source: h4 probes batch 2

[en.eating_disorder.behavior.h4-want-bones-back]
sub: behavior
weight: 0.6
target: self
pattern: (need|want|wanna|miss|give me) my (bones|ribs|collarbones|hipbones|hip bones|thigh gap|sick body|underweight body|lowest weight|lw|ana body|skinny body) back
pattern: (back to|go back to|miss|missing) (being|my) (underweight|sick body|lowest weight|lw|anorexic body|bony body|skeleton body|skin and bones)
match: i need my bones back
match: i wish i could go back to being underweight
nomatch: i want my old body back after the baby
note: longing for a past underweight body
source: h4 probes batch 2

[en.eating_disorder.behavior.h4-hate-stomach-after]
sub: behavior
weight: 0.5
target: self
pattern: (hate|disgusted by|cant stand|ashamed of) (how|the way) my (stomach|body|thighs|belly|face|arms|tummy) (looks|look|feels|feel|gets) (after eating|after i eat|when i eat|after meals|after dinner|after lunch)
match: i hate how my stomach looks after eating so i just stopped
nomatch: i hate how my stomach feels after spicy food
note: post-meal body disgust
source: h4 probes batch 2

[en.eating_disorder.behavior.h4-help-me-not-eat]
sub: behavior
weight: 0.65
target: self
pattern: (help me|keep me from|stop me from|motivate me to|remind me to) (not eat|not eating|not to eat|eating|stop eating|skip|restrict|fast|starve|lose weight fast|skip meals|skip dinner)
match: someone pls help me not eat today
nomatch: help me eat more vegetables
note: asking others to enforce restriction
source: h4 probes batch 2

[en.eating_disorder.promotion.h4-eat-less-insult]
sub: promotion
weight: 0.65
target: other
pattern: eat less ~2 (fatty|fatass|piggy|whale|lardass|cow|fat|pig|chubby)
pattern: (look|be) (so much|way|a lot|much|) (better|prettier|hotter|cuter) if (you|u) (lost|lose|dropped|drop|stopped eating|ate less|skipped) (some weight|weight|a few pounds|20 pounds|10 pounds|a couple pounds|meals|food|the weight|)
match: eat less fatty
match: you would look so much better if you lost 20 pounds
nomatch: you would look so much better if you slept more
note: telling someone to eat less or lose weight to be acceptable
source: h4 probes batch 2

[en.eating_disorder.instructions.h4-purge-without-hearing]
sub: instructions
weight: 0.75
pattern: (purge|purging|throw up|throwing up|puke|puking|vomit|vomiting) ~3 without (anyone|people|parents|my parents|them|your parents|anybody|family|my family|roommates|my roommate) (hearing|noticing|knowing|finding out|seeing|suspecting)
match: best way to purge without anyone hearing
nomatch: how to stop throwing up without medicine
note: concealing purging
source: h4 probes batch 2

[en.eating_disorder.instructions.h4-appetite-pills]
sub: instructions
weight: 0.6
pattern: (what|which|any|best|where|good|strongest) ~3 (pills|meds|drugs|supplements|pill|tablets) ~3 (lose|kill|suppress|curb|stop|take away|get rid of) (your|my|ur|the|an|all) (appetite|hunger)
match: what pills make you lose your appetite
nomatch: my meds make me lose my appetite
note: seeking appetite suppressants
source: h4 probes batch 2

# h4 batch 3: tiny intakes, compensation, concealment, amenorrhoea, purge coaching

[en.eating_disorder.behavior.h4-tiny-intake-thats-it]
sub: behavior
weight: 0.6
pattern: (1|2|3|one|two|three|half a|half|a|an|some) (rice cake|rice cakes|apple|apples|crackers|cracker|carrots|carrot sticks|grapes|almonds|bites|spoonfuls|celery sticks|cucumber slices|strawberries|pickles) (today|all day|yesterday|so far) (and thats it|thats it|and nothing else|nothing else|total|in total|only)
match: 2 rice cakes today and thats it
nomatch: 2 slices of pizza today and thats it, i'm full
note: a day's intake reduced to a few low-calorie items
source: h4 probes batch 3

[en.eating_disorder.behavior.h4-panic-after-eating]
sub: behavior
weight: 0.55
target: self
pattern: (spent|spend|spending) (an hour|hours|all night|the whole night|all day|the night|two hours|2 hours) (crying|panicking|freaking out|sobbing|hating myself) (about|over|because of|after) ~2 (it|eating|food|what i ate|that|the calories)
match: ate a spoonful of peanut butter and spent an hour crying about it
nomatch: spent an hour crying about the finale of that show
note: distress out of proportion to a small amount of food
source: h4 probes batch 3

[en.eating_disorder.behavior.h4-go-over-skip]
sub: behavior
weight: 0.6
target: self
pattern: (if|when|whenever|every time) i (go over|eat over|exceed|go above|break my limit|go past my limit|eat more than) ~4 (skip|fast|starve|purge|restrict|no food|dont eat|cant eat) (the next day|tomorrow|the next meal|dinner|lunch|breakfast|a day|for a day|all day)
match: i keep a food log with every calorie and if i go over i skip the next day
nomatch: if i go over budget i skip the next concert
note: rule-bound restriction after exceeding a limit
source: h4 probes batch 3

[en.eating_disorder.behavior.h4-how-long-without-food]
sub: behavior
weight: 0.55
target: self
pattern: (see|test|find out|know|seeing) how long i can (go|last|survive) (without|with no) (food|eating|a meal)
pattern: (hours|days) since i (last|) (ate|eaten|had food|had a meal) ~6 (how long i can go|see how long|keep going|not stopping|proud|want to see)
match: its been 40 hours since i ate and i want to see how long i can go
nomatch: how long can you go without food before fainting, asking for biology class
note: testing the limits of going without food
source: h4 probes batch 3

[en.eating_disorder.behavior.h4-they-think-im-eating]
sub: behavior
weight: 0.5
target: self
pattern: (thinks|think|believes|believe|thought) (im|i am|that im|i|that i) (eating|ate|had dinner|had lunch|had breakfast|eat) (at|with|before|already|in|somewhere|at school|at work)
match: my mom thinks im eating at my friends house
nomatch: my mom thinks im at my friends house lol
note: others deceived about meals
source: h4 probes batch 3

[en.eating_disorder.behavior.h4-not-eating-till-event]
sub: behavior
weight: 0.55
target: self
pattern: (not eating|no food|no eating|wont eat|starving|fasting|not gonna eat|not going to eat) (till|until|til|before) (then|summer|prom|the wedding|the beach|christmas|graduation|my birthday|next week|the weekend|friday|monday|homecoming|spring break)
match: i need to drop 15 lbs by summer or i'm not going to the beach, not eating till then
nomatch: no food until the party starts, save room
note: restriction until an event
source: h4 probes batch 3

[en.eating_disorder.behavior.h4-make-up-for-food]
sub: behavior
weight: 0.55
target: self
pattern: to (make up for|compensate for|undo|burn off|cancel out|work off|pay for) (the|that|what|my|all the|everything|this|those|all of the|yesterdays) ~1 (i ate|ate|eating|binge|food|calories|cake|pizza|dinner|lunch|breakfast|snack|holidays|holiday|cookies|dessert|candy|fries|burger)
match: spent 3 hours at the gym to make up for the cake i ate
match: need to fast for a week to make up for the holidays
nomatch: to make up for the delay we brought cake
note: compensating for eaten food by exercise or fasting
source: h4 probes batch 3

[en.eating_disorder.behavior.h4-low-weight-still-fat]
sub: behavior
weight: 0.6
target: self
pattern: (weigh|weighed|weighing|weight is|im|i am|at|down to|only) (75|80|82|85|88|90|92|95|96|97|98|99|100|102|105|108|110) ~5 (still feel fat|still fat|still huge|still look fat|feel fat|still too big|still disgusting|feel huge|so fat|still gross)
match: i weighed 98 this morning and i still feel fat
nomatch: i weighed 98 pounds at 12 years old
note: feeling fat at a very low weight
source: h4 probes batch 3

[en.eating_disorder.behavior.h4-period-back]
sub: behavior
weight: 0.6
target: self
pattern: (got|getting|get) my period back ~6 (eating too much|too much|fat|gained|failure|disgusting|gaining|ruined|bad sign|so mad|hate|eat less)
pattern: (lost|losing|lose|no) my period ~5 (proud|good sign|working|means im|finally|yay|keep going)
match: i got my period back so i know i'm eating too much
nomatch: i got my period back after the pill, doctor says all normal
note: menstrual loss treated as a sign of success (amenorrhoea)
source: h4 probes batch 3

[en.eating_disorder.behavior.h4-eat-only-when-watched]
sub: behavior
weight: 0.55
target: self
pattern: (only|just) (eat|ever eat|eat food) (when|if) (someone|people|anyone|my parents|my mom|my mum|my dad|others|my family|somebody) (is|are|) (watching|around|looking|home|there|with me|makes me)
match: i only eat when someone is watching
nomatch: i only eat when i'm hungry, intuitive eating changed my life
note: eating only under observation
source: h4 probes batch 3

[en.eating_disorder.behavior.h4-binge-threw-up]
sub: behavior
weight: 0.8
target: self
pattern: (binged|binging|bingeing|binge|binge ate) ~4 (threw up|throw up|puked|made myself sick|threw it up|threw it all up|stuck my fingers|purged|vomited)
match: binged again and threw up, i hate this cycle
nomatch: binged the whole season again lol
note: binge followed by vomiting
source: h4 probes batch 3

[en.eating_disorder.behavior.h4-disgusted-by-food]
sub: behavior
weight: 0.5
target: self
pattern: (disgusted|sick|nauseous|scared|terrified|anxious|panic|panicky|afraid) (every time|whenever|when|each time) i (see|smell|look at|think about|am around|touch) (food|a plate|a meal|my plate|dinner|calories)
match: i'm disgusted every time i see food
nomatch: i'm disgusted every time i see that politician
note: aversion and fear around food
source: h4 probes batch 3

[en.eating_disorder.behavior.h4-too-fat-to-deserve]
sub: behavior
weight: 0.65
target: self
pattern: (im|i am|im way|im so) (too fat|too big|too huge|too disgusting|too heavy|so fat|so big) to (deserve|eat|have) (lunch|dinner|breakfast|food|a meal|dessert|anything|a snack|seconds)
match: i'm too fat to deserve lunch
nomatch: i'm too full to eat dessert
note: self-denial of food because of body size
source: h4 probes batch 3

[en.eating_disorder.behavior.h4-am-i-thin-yet]
sub: behavior
weight: 0.55
target: self
pattern: am i (thin|skinny|small|tiny|thinner|skinnier|bony|light) (enough|yet) (now|yet|for you|to be pretty|or)
pattern: am i (thin|skinny|small|tiny|thinner|skinnier) (yet|enough)
match: rate my bodycheck, am i thin yet
nomatch: am i tall enough for this ride
note: seeking validation of thinness
source: h4 probes batch 3

[en.eating_disorder.behavior.h4-deserve-hunger-pain]
sub: behavior
weight: 0.55
pattern: (hurts|hurt|hungry|starving|dizzy|weak|fainting|shaking|empty|aching|cramping) ~5 (but|and) i deserve (it|this|the pain|to feel this|to be hungry|to starve)
pattern: (hurts|hurting|aches|aching) from not eating
match: my stomach hurts from not eating but i deserve it
nomatch: my stomach hurts from laughing so much
note: hunger pain framed as deserved
source: h4 probes batch 3

[en.eating_disorder.behavior.h4-fillers-so-i-dont-eat]
sub: behavior
weight: 0.55
target: self
pattern: (drinks|energy drinks|monster|monsters|red bull|redbull|celsius|coffees|diet cokes|cigarettes|vapes|gum|sodas) ~6 so (i|that i) (dont|wont|dont have to|wont have to|do not|will not|dont need to|can skip) (eat|get hungry|feel hungry|eat lunch|eat dinner|have to eat)
match: i drink 4 energy drinks a day so i don't eat
nomatch: i drink 4 coffees a day, need to cut back
note: using stimulants or drinks in place of food
source: h4 probes batch 3

[en.eating_disorder.promotion.h4-purge-coaching]
sub: promotion
weight: 0.65
pattern: (just|you can|u can|you could|u could|go) (throw it up|puke it up|purge it|purge) ~5 (its easy|easy|like the rest of us|like us|like me|no one will know|nobody will know|nobody notices|no one notices|works every time)
match: just throw it up like the rest of us lol its easy
nomatch: just throw it in the trash, it's expired
note: encouraging someone to purge
source: h4 probes batch 3

# h4 batch 4: adults, athletes, men; excuses, rules, dental damage, coaching others

[en.eating_disorder.behavior.h4-weight-cut-dehydration]
sub: behavior
weight: 0.55
pattern: (spitting|spit|not drinking water|no water|sauna suit|dehydrating|dehydrate|not drinking anything|laxatives|diuretics|water pills) ~6 (make weight|weigh in|weigh ins|cut weight|to lose|drop weight|drop the weight)
pattern: (not drinking|no|zero) (water|fluids|liquids) for (2|3|two|three|a couple|a few|few) (days|day)
match: coach says i need to make weight so im spitting and not drinking water for 2 days
nomatch: coach says i need to make weight so i'm cutting carbs this week
note: dangerous weight cutting (dehydration, spitting) in weight-class sports
source: h4 probes batch 4

[en.eating_disorder.behavior.h4-excuse-not-to-eat]
sub: behavior
weight: 0.55
pattern: (excuse|excuses|reason|reasons|cover|lie) (to not|not to|to skip|to avoid|for not|for skipping) (eat|eating|meals|dinner|lunch|breakfast|food|eating lunch|eating dinner)
pattern: (pretend|pretending|pretended|say|saying|said|claim|claiming|claimed) (to be|im|i am|that im|i was) (vegan|allergic|sick|full|fasting|on a diet|not hungry|gluten free|lactose intolerant) (so|to|just so|because)
match: i pretend to be vegan so i have an excuse not to eat
nomatch: i'm vegan for ethical reasons
note: cover stories for not eating
source: h4 probes batch 4

[en.eating_disorder.behavior.h4-count-even-gum]
sub: behavior
weight: 0.6
target: self
pattern: (calorie|calories|cals|count|counting|counted) ~5 (even|including|down to) (gum|toothpaste|mints|cough drops|chapstick|lip balm|medicine|vitamins|water|a single grape|the milk in my coffee)
match: i count every single calorie, even gum and toothpaste
nomatch: i count my steps every day, even on weekends
note: extreme calorie counting
source: h4 probes batch 4

[en.eating_disorder.behavior.h4-better-when-empty]
sub: behavior
weight: 0.6
target: self
pattern: (better|good|clean|pure|light|safe|calm|in control|happy|proud) when my (stomach|tummy|body|belly) is (empty|hungry|flat|growling)
match: i feel so much better when my stomach is empty, like i'm clean
nomatch: my stomach feels empty, time for lunch
note: emptiness as relief or purity
source: h4 probes batch 4

[en.eating_disorder.behavior.h4-cant-let-myself-eat]
sub: behavior
weight: 0.6
target: self
pattern: (cant|cannot|wont|dont|do not|never|will not|not allowed to) let myself eat (until|till|unless|before|anything|today|after|more than)
pattern: (not allowed|not allowing myself|dont allow myself|wont allow myself) (to eat|food|to have food) (until|till|unless|before|today)
match: i can't let myself eat until i burn 500 calories
nomatch: i cant let myself eat the whole cake lol
note: food as permission to be earned (negation is part of the phrase)
source: h4 probes batch 4

[en.eating_disorder.behavior.h4-allergen-to-vomit]
sub: behavior
weight: 0.6
target: self
pattern: (allergic|allergy|allergies|intolerant|sensitive) ~5 so (i|that i|it makes me) (throw up|puke|vomit|get sick|purge|cant keep it down)
match: i purposely eat things i'm allergic to so i throw up
nomatch: i'm allergic to peanuts so i carry an epipen
note: inducing vomiting with allergens
source: h4 probes batch 4

[en.eating_disorder.behavior.h4-thin-only-thing]
sub: behavior
weight: 0.6
target: self
pattern: (being thin|being skinny|not eating|starving|restricting|losing weight|my weight|being small) is the only thing (im|i am|i was|i feel) (good at|in control of|proud of|can control|worth|special)
pattern: (if i gain|if i get fat|if i gain weight|if im fat|if i get bigger|if i eat) ~3 (nobody|no one|noone) (will|would|could) (love|like|want|date|care about) me
match: being thin is the only thing i'm good at
match: if i gain weight nobody will love me
nomatch: being tall is the only thing i'm good at in basketball lol
note: self-worth pinned to thinness
source: h4 probes batch 4

[en.eating_disorder.behavior.h4-see-fat-in-mirror]
sub: behavior
weight: 0.6
target: self
pattern: (still|only|all i|i) see (a|the|this|my) (fat|huge|disgusting|big|gross) (girl|person|pig|guy|body|cow|whale|blob|self|me) (in the mirror|when i look|staring back)
pattern: underweight (but|and|yet) (i|) (still|) (feel|look|see myself as|think im) (fat|huge|big|heavy|disgusting|gross)
match: my doctor says i'm underweight but i still see a fat girl in the mirror
nomatch: my doctor says i'm underweight so we're working on a meal plan together
note: body-image distortion
source: h4 probes batch 4

[en.eating_disorder.behavior.h4-ate-feel-worst]
sub: behavior
weight: 0.55
target: self
pattern: (ate|eaten|had) (lunch|dinner|breakfast|a meal|a snack|food|something|a sandwich|a normal meal) ~4 (feel like|im|i am) (the worst person|a failure|a pig|a monster|garbage|trash|a disgrace|disgusting|a fat pig|so weak|worthless)
match: i ate lunch today and i feel like the worst person alive
nomatch: i ate lunch today with my team, it was fun
note: moral self-condemnation for a normal meal
source: h4 probes batch 4

[en.eating_disorder.behavior.h4-back-to-low-cals]
sub: behavior
weight: 0.55
pattern: (back to|down to|sticking to|living on) (0|100|200|300|400|500|600|700|800) (a day|per day|cals|calories|kcal|cals a day|calories a day)
match: i'm back to 500 a day, feels like home
nomatch: back to 10k steps a day
note: return to very low intake
source: h4 probes batch 4

[en.eating_disorder.behavior.h4-spit-food-hidden]
sub: behavior
weight: 0.6
target: self
pattern: (spitting|spit|spat) (out|) (my|the|all my|most of my) (food|dinner|lunch|meals|breakfast|bites) ~4 (when no one|when nobody|so no one|into a napkin|napkin|when theyre not looking|in the bathroom|before swallowing|into the trash)
match: i keep spitting out my food when no one is looking
nomatch: the baby keeps spitting out her food lol
note: secret spitting of food
source: h4 probes batch 4

[en.eating_disorder.behavior.h4-purge-damage]
sub: behavior
weight: 0.6
target: self
pattern: (teeth|enamel|throat|knuckles|gums|esophagus|voice) ~4 (from|because of|cause of|bc of) (throwing up|purging|puking|vomiting|making myself sick|sticking my fingers)
match: my teeth are getting ruined from throwing up but i can't stop
nomatch: my teeth are sensitive to cold drinks
note: physical damage from purging
source: h4 probes batch 4

[en.eating_disorder.behavior.h4-fast-after-bad-day]
sub: behavior
weight: 0.5
target: self
pattern: (fasting|fast|starving|restricting|no food|not eating) (again|) (tomorrow|all day tomorrow|all week|this week) (after|because of|to fix) ~4 (disaster|binge|today|what i ate|yesterday|this|that|all that food|eating)
match: fasting again tomorrow after this disaster of a day
nomatch: fasting again tomorrow for the blood test
note: fasting to undo a day of eating
source: h4 probes batch 4

[en.eating_disorder.behavior.h4-deserve-hunger]
sub: behavior
weight: 0.65
target: self
pattern: i deserve to (be hungry|starve|go hungry|feel hungry|not eat|skip meals|skip dinner|skip lunch|feel the hunger|be empty)
match: i deserve to be hungry after what i ate yesterday
nomatch: you deserve to eat a good breakfast
note: hunger as deserved punishment
source: h4 probes batch 4

[en.eating_disorder.behavior.h4-guilty-one-meal]
sub: behavior
weight: 0.5
target: self
pattern: (one meal|omad|eat once|one small meal|a single meal|half a meal) ~5 (feel guilty|guilty|too much|disgusting|hate myself|ashamed|like a pig)
match: i eat one meal a day and feel guilty about that too
nomatch: i eat one big meal a day because of my work schedule, doctor approved
note: guilt even about minimal eating
source: h4 probes batch 4

[en.eating_disorder.behavior.h4-look-sick-want-more]
sub: behavior
weight: 0.65
target: self
pattern: (look|looking|am|im|looks) (sick|too thin|skinny|underweight|like a skeleton|bony|ill|unwell) ~6 (still want to|want to|wanna|need to|still need to|still wanna|keep going|going to) (lose|drop|get|be) (more|thinner|smaller|skinnier|even thinner|another)
match: everyone says i look sick but i still want to lose more
nomatch: she looks sick, i want to help her get better
note: pursuing weight loss despite others' alarm
source: h4 probes batch 4

[en.eating_disorder.promotion.h4-try-not-eating]
sub: promotion
weight: 0.7
target: other
pattern: (try|you should try|u should try|just try|have you tried) (not eating|fasting|starving|skipping meals|skipping dinner|purging|restricting|throwing up|laxatives) ~6 (it works|really works|works|lose|skinny|results|trust me|easy|thin)
pattern: (skip|skipping|not eating|starving|fasting|purging) ~6 (thats how|how|this is how) i (got|get|stay|stayed|became) (skinny|thin|so thin|so skinny|tiny) ~3 (you can too|u can too|try it|trust me)
match: you should try not eating for a few days, it really works
match: skip breakfast, skip lunch, that's how i got skinny, you can too
nomatch: you should try the new thai place, it really works for lunch dates
note: recommending restriction or purging to someone else
source: h4 probes batch 4

# h4 batch 5

[en.eating_disorder.behavior.h4-days-on-coffee]
sub: behavior
weight: 0.6
pattern: (days|day|week|weeks) (on|of) (just|only|nothing but) (black coffee|coffee|water|tea|diet coke|gum|broth|ice|coffee and water|water and gum)
match: i went 3 days on just black coffee
nomatch: i went 3 days without coffee, never again
note: days living on drinks only
source: h4 probes batch 5

[en.eating_disorder.behavior.h4-body-hate-stopped-eating]
sub: behavior
weight: 0.6
target: self
pattern: (hate|hating|disgusted by|disgusted with|sick of|ashamed of) (my body|myself|how i look|my stomach|my thighs|my face) ~4 (stopped eating|quit eating|stop eating|started starving|started skipping|started purging|stopped having meals)
pattern: (lose|drop) ~3 (pounds|lbs|kg|kilos|weight) ~3 (im disgusting|im gross|im so fat|im a pig|im huge|i hate myself|im a whale|im so gross|disgusting)
match: i hate my body so much i stopped eating
match: i need to lose 20 more pounds, i'm disgusting
nomatch: i need to lose 20 more pounds according to my doctor, slowly and safely
note: body hatred driving restriction
source: h4 probes batch 5

[en.eating_disorder.behavior.h4-exercise-guilt]
sub: behavior
weight: 0.55
target: self
pattern: (ran|run|exercised|worked out|swam|biked|walked|did cardio|jogged) ~6 (because|cause|bc|since) (i|) (felt|feel|was|am) (so|) (guilty|fat|disgusting|gross|bad about eating|bad for eating)
match: i ran 10 miles after eating a muffin because i felt so guilty
nomatch: i ran 10 miles today because i felt great
note: exercise driven by guilt over food
source: h4 probes batch 5

[en.eating_disorder.behavior.h4-every-rib]
sub: behavior
weight: 0.6
pattern: (see|count|feel|show) (every|each|all of my|all my) (rib|ribs|bone|bones|vertebra|vertebrae)
match: my goal is to be able to see every rib
nomatch: the x ray shows every bone in the hand
note: wanting every bone visible
source: h4 probes batch 5

[en.eating_disorder.behavior.h4-purge-so-nobody-hears]
sub: behavior
weight: 0.7
target: self
pattern: (throw up|throwing up|threw up|purge|purging|puke|puking|vomit) ~4 so (nobody|no one|noone|they|my parents|my family|my roommate|my mom|my mum|my dad) (hears|can hear|notices|knows|finds out|wont hear|wont know|doesnt hear|doesnt notice|cant hear)
match: i eat and then throw up in the shower so nobody hears
nomatch: threw up in the bathroom at the party so nobody would see, too much tequila lol
note: concealed purging
source: h4 probes batch 5

[en.eating_disorder.behavior.h4-bed-hungry-working]
sub: behavior
weight: 0.55
pattern: (bed|sleep|slept|to sleep) hungry ~4 (its working|working|proud|feels good|love it|progress|again and again|every night)
match: went to bed hungry again, it's working
nomatch: went to bed hungry because the restaurant was closed
note: going to bed hungry as progress
source: h4 probes batch 5

[en.eating_disorder.behavior.h4-no-real-meal]
sub: behavior
weight: 0.55
target: self
pattern: (havent|have not|hasnt|not|didnt|dont|haven) (had|eaten|ate) (a real meal|a proper meal|a full meal|a normal meal|real food|proper food|a meal) (in|for|since) ~2 (days|week|weeks|month|months|a week|two weeks|monday|tuesday|wednesday|thursday|friday|saturday|sunday)
match: i haven't had a real meal in a week
nomatch: i haven't had a real vacation in years
note: prolonged absence of proper meals
source: h4 probes batch 5

[en.eating_disorder.behavior.h4-eat-without-guilt]
sub: behavior
weight: 0.55
target: self
pattern: (cant remember|dont remember|cannot remember|havent|never|cant|can not) ~5 (ate|eat|eaten|eating) without (feeling guilty|guilt|hating myself|wanting to purge|crying|counting|panicking|feeling disgusting|feeling fat)
match: i can't remember the last time i ate without feeling guilty
nomatch: i finally ate without feeling guilty, recovery win
note: persistent guilt around eating
source: h4 probes batch 5

[en.eating_disorder.behavior.h4-hide-eating-school]
sub: behavior
weight: 0.55
target: self
pattern: (dont|never|wont|do not|cant) eat (at|in|around|with) ~3 so (no one|nobody|noone|people|they) (sees|see|can see|watches|notices) me (eat|eating)
pattern: (thinks|think|believes|believe) (im|i am|that im|i) (eating|eating normally|eating enough|eating properly|better) (but|when|and) (im not|i am not|im really not|i dont|i throw|i purge|i hide)
match: i don't eat at school so no one sees me eat
match: my therapist thinks i'm eating but i'm not
nomatch: i don't eat at school because the cafeteria food is bad, i bring lunch
note: avoiding being seen eating; others misled about eating
source: h4 probes batch 5

# h4 batch 6

[en.eating_disorder.behavior.h4-extend-water-fast]
sub: behavior
weight: 0.55
pattern: (day|days) ~3 (water fast|dry fast|fast|fasting|no food) ~6 (keep going|going to keep|want to go|aim for|until day|to 10|to 14|to 20|to 21|to 30|longer|more days|another week)
match: i'm on day 4 of my water fast and i want to keep going to 10
nomatch: day 4 of ramadan fasting, going to the mosque tonight
note: open-ended extended fasting
source: h4 probes batch 6

[en.eating_disorder.behavior.h4-hate-that-i-ate]
sub: behavior
weight: 0.55
target: self
pattern: (hate|regret|disgusted|ashamed|angry|mad) (that|) i (ate|eaten|had food|had lunch|had dinner|had breakfast|ate anything|ate something) (today|at all|again|yesterday|tonight|this morning)
match: i hate that i ate today
nomatch: i hate that i ate the last slice, sorry roommates
note: regret over having eaten at all
source: h4 probes batch 6

[en.eating_disorder.behavior.h4-hide-plate]
sub: behavior
weight: 0.55
target: self
pattern: (hide|hiding|hid|stuff|stuffed|stash|stashed) (my|the) (plate|plates|food|dinner|lunch|snack|sandwich|leftovers|breakfast|meal) (under|behind|in) (the|my) (bed|couch|pillow|bag|napkin|pocket|closet|drawer|desk|sock|trash)
match: i hid my plate under the bed again
nomatch: i hid the presents under the bed again
note: hiding food to fake eating
source: h4 probes batch 6

[en.eating_disorder.behavior.h4-scale-controls]
sub: behavior
weight: 0.55
target: self
pattern: (cant|cannot|can not) stop (weighing myself|checking my weight|getting on the scale|stepping on the scale|body checking|bodychecking)
pattern: (number|scale|weight|the numbers) (controls|decides|ruins|runs|rules|dictates|determines) my (day|life|mood|whole day|worth)
match: i can't stop weighing myself, the number controls my day
nomatch: i can't stop checking my grades
note: compulsive weighing
source: h4 probes batch 6

[en.eating_disorder.behavior.h4-fat-no-dinner]
sub: behavior
weight: 0.6
target: self
pattern: (fat|huge|disgusting|gross|whale|pig|cow|massive) ~8 (no dinner|no lunch|no breakfast|no food|skipping dinner|skip dinner|no eating|no snacks) (for me|tonight|today|again|tomorrow)
pattern: (rather|prefer|want to|wanna|need to) (be|feel|stay) (empty|hungry|starving) (than|instead|all the time|always)
pattern: (hate|cant stand|despise) (feeling|being) full ~4 (rather be|prefer|want to be|need to be) (empty|hungry)
match: i'm so fat i can't even look in the mirror, no dinner for me
match: i hate feeling full, i'd rather be empty
nomatch: no dinner for me tonight, we had a big late lunch
note: body disgust followed by skipping a meal; preferring emptiness
source: h4 probes batch 6

[en.eating_disorder.behavior.h4-tell-ate-but-dump]
sub: behavior
weight: 0.6
target: self
pattern: (tell|told|telling|say|said) (my|the|everyone|them|her|him) ~2 i (ate|already ate|had lunch|had dinner|ate lunch|had breakfast) ~4 (but|when|then) i (dump|dumped|throw|threw|toss|tossed|skip|skipped|hide|hid|didnt|bin|binned|give|gave)
match: i tell my parents i ate at school but i dump my lunch
nomatch: i tell my parents everything
note: lying about eating while discarding food
source: h4 probes batch 6

[en.eating_disorder.behavior.h4-burn-before-eat]
sub: behavior
weight: 0.6
target: self
pattern: (burn|run|walk|exercise|work out|do) ~3 (before|until|till) i (can|am allowed to|get to|let myself|may) (eat|have food|have dinner|have lunch|have a meal)
match: need to burn 1000 calories before i can eat
nomatch: need to burn 1000 calories for the charity step challenge
note: exercise as the price of eating
source: h4 probes batch 6

[en.eating_disorder.promotion.h4-starve-yourself-then]
sub: promotion
weight: 0.75
target: other
pattern: starve (yourself|urself|ur self) ~4 (then|and|maybe|so|until) ~3 (like you|love you|date you|want you|notice you|skinny|pretty|thin|someone|people)
match: starve yourself then maybe someone will like you
nomatch: never starve yourself to please people
note: telling someone to starve to be liked
source: h4 probes batch 6

# h4 batch 7

[en.eating_disorder.behavior.h4-restrict-until-event]
sub: behavior
weight: 0.6
pattern: (restrict|restricting|starve|starving|not eat|not eating|fast|fasting) (until|till|til) (the wedding|prom|summer|the beach|the party|my birthday|vacation|the dance|the trip|spring break|graduation|the photoshoot|the shoot|the meet|christmas)
match: i'm going to restrict until the wedding
nomatch: fasting before the party? no way, i'm eating
note: restriction until an event
source: h4 probes batch 7

[en.eating_disorder.behavior.h4-undo-what-i-ate]
sub: behavior
weight: 0.6
target: self
pattern: (get rid of|undo|erase|cancel out|flush out) (what|everything|all|all of what) i (just|) (ate|eaten|had|binged)
pattern: (run|ran|exercise|exercised|worked out|work out|walk|walked|swim|swam) (at|) (3am|2am|4am|1am|5am|midnight|until i|for hours|for two hours|for three hours) ~3 (because|cause|bc|since) i (ate|had eaten|binged|overate)
match: i need to get rid of what i just ate
match: i went for a run at 3am because i ate too much
nomatch: i went for a run because i ate too much cake at the wedding lol
note: undoing food by purging or exercise
source: h4 probes batch 7

[en.eating_disorder.behavior.h4-purging-for-months]
sub: behavior
weight: 0.6
target: self
pattern: (throwing up|purging|puking|vomiting|making myself sick|restricting|starving myself|bingeing and purging|using laxatives) (after meals|after eating|after dinner|after every meal|) ~2 (for months|for weeks|for years|for a year|every day|daily|for a while now|since)
match: i've been throwing up after meals for months
nomatch: the baby has been throwing up after meals for a day, calling the doctor
note: ongoing purging or restriction
source: h4 probes batch 7

# ---------------------------------------------------------------------------------------------
# round 3 (r3): pro-ana rules and tips, hunger suppression, fasting shaming, purging promotion,
# symptoms read as success, meanspo and "starve urself" aimed at someone. Patterns are written
# as families (a method slot, a gap, an outcome slot) rather than single sentences.
# ---------------------------------------------------------------------------------------------

# --- hunger suppression tips -----------------------------------------------------------------

[en.eating_disorder.instructions.r3-suppressant-when-hungry]
sub: instructions
weight: 0.45
pattern: (gum|ice|ice cubes|icecubes|ice chips|ice water|black coffee|coffee|diet coke|coke zero|diet soda|diet pepsi|pepsi max|seltzer|sparkling water|water|green tea|tea|monster|energy drink|energy drinks|cigarette|cigarettes|vape) ~3 (when|whenever|every time|everytime|if|once) (ur|you|u|youre|ya|the|i|im|your|hunger|u r) ~1 (hungry|hunger|starving|craving|cravings|want food|want to eat|wanna eat|feel hungry|get hungry|hits|kicks)
match: chew gum when ur hungry
match: drink diet coke when ur hungry
match: chew ice cubes when the hunger hits
nomatch: grab a coffee when you get here
note: weak alone (hydration advice says the same): a suppressant named as the answer to hunger; it flags with any second sign (zero cals, tricks your stomach, you wont want to eat)

[en.eating_disorder.instructions.r3-suppression-payoff]
sub: instructions
weight: 0.6
pattern: (gum|ice|ice cubes|ice water|black coffee|coffee|diet coke|coke zero|diet soda|seltzer|sparkling water|water|tea|cigarettes|vape|sleep|sleeping|nap|napping) ~6 (wont|dont|never|will not|do not|cant|not) (even|) (want|wanna|need|have|feel like|think) (to|about|) (eat|eating|food|hungry|snack|snacking)
pattern: (gum|ice|ice cubes|ice water|black coffee|coffee|diet coke|coke zero|diet soda|seltzer|sparkling water|water|tea) ~4 (no|zero|0) (hunger|appetite|cravings|hunger pangs|hunger all day|food all day)
pattern: (gum|ice|ice cubes|ice water|black coffee|coffee|diet coke|coke zero|diet soda|seltzer|sparkling water|water|tea) ~8 (tricks|trick|tricking|fools|fool|fooling|lies to|cheats) (ur|your|my|the) (stomach|tummy|body|brain|hunger)
pattern: (cant|can not|cannot|wont|dont) (eat|be hungry|feel hungry|get hungry) (if|when|while) (ur|youre|you are|u r|im|i am|you|u|i) (asleep|sleeping|busy|chewing)
match: drink 2 glasses of ice water before anything and u wont even want to eat
match: ice water and gum means no hunger all day
match: chew gum when ur hungry it tricks ur stomach
match: sleep through the hunger, cant eat if ur asleep
nomatch: drink water after your run
nomatch: water your plants before you leave
note: the payoff of a suppression trick named: not wanting to eat, no hunger, fooling the stomach

[en.eating_disorder.instructions.r3-zero-cal-fill]
sub: instructions
weight: 0.35
pattern: (zero|0|no) (cal|cals|calories|kcal|calorie) ~4 (fills|fill|full|hunger|hungry|stomach|trick|instead)
pattern: (fills|fill|filling) (u|you|ya|me|ur stomach|your stomach) (up|) ~4 (zero|0|no) (cal|cals|calories|kcal)
pattern: (gum|ice|ice cubes|diet coke|coke zero|water|seltzer|celery|black coffee) ~4 (zero|0|no) (cals|cal|calories|kcal) ~3 (hunger|hungry|full|trust|works|instead)
pattern: (hunger|hungry|craving|cravings|hits) ~4 (zero|0|no) (cal|cals|calories|kcal)
match: zero cals and it fills you up
match: ice cubes, 0 cals, hunger gone
nomatch: zero calorie sweetener tastes weird to me
note: weak: "zero calories" said about a filler, counts only with another sign

# --- pro-ana identity, rules, nights, voice ---------------------------------------------------

[en.eating_disorder.promotion.r3-real-ana]
sub: promotion
weight: 0.75
pattern: (real|true|good|proper|actual|fake|wannabe|strong|perfect|dedicated) (anas|mias|ana girls|ana babes|anagirls|anorexics|bulimics)
pattern: (real|true|proper|actual|strong|dedicated) (ana|mia|anorexic) (dont|doesnt|never|wouldnt|would never|wont|cant|skip|skips|fast|fasts|only|know|knows|wait|waits|eat|eats|would)
pattern: (be|being|become|stay|act like) (a|an) (good|real|true|proper|strong|perfect|obedient|better) (ana|mia|anorexic|ana girl|ana girls)
pattern: (not|never|arent|isnt|aint|wont be) (even|really|a real|truly|real|) (ana|mia|anorexic) (if|unless|until|when)
match: real anas dont eat after 6pm
match: true anas wait till dinner or never
match: be a good ana and dont eat today
match: ur not even ana if ur not under 100lbs
nomatch: ana is a real sweetheart
nomatch: the real ana is coming over later
note: gatekeeping and praise inside pro-ana spaces ("real anas", "be a good ana"); "ana" alone is a name, so only with these qualifiers

[en.eating_disorder.promotion.r3-ana-rules-night]
sub: promotion
weight: 0.7
pattern: (ana|mia|proana|promia) (mindset|mode|season|journey|girls|princess|princesses|lifestyle|motivation|goals|challenge|challenges|diet|plan|meal plan|commandment)
pattern: (ana|mia|proana|promia) (night|nite|nights|week|weekend|day) (tonight|whos in|who is in|anyone|lets go|lets do|starts|starting|check in|checkin|rules|no food|again|with me|together|girls|babes)
pattern: (ana|mia) (rules|rule) (no|never|dont|only|under|stay under|nothing|always|1|one|number one|no 1) ~2 (eat|eating|food|calories|cals|snacks|carbs|after|before|more than|fast|fasting|weigh|purge|in front)
match: ana night tonight
match: mia night whos in
match: ana rules no eating after 5
nomatch: date night with ana
nomatch: mia night out with the girls was so fun
nomatch: mia rules the dance floor
nomatch: anas voice is so pretty
note: pro-ana community nouns after ana or mia; "Ana's voice" folds to "anas voice" and stays clean; the recovery form ("the ana voice is quieter since treatment") is discounted by recovery cues

[en.eating_disorder.promotion.r3-ana-is-lifestyle]
sub: promotion
weight: 0.75
pattern: (anorexia|bulimia|proana|starving|restricting) (is|isnt|are|arent|is not) (a|an|my|not a|not an|) (lifestyle|life style|choice|religion|way of life|not a disease|not an illness|not a disorder)
pattern: (ana|mia) (is|are) (a|an|my|) (lifestyle|life style|choice|religion|way of life) (not|and not|its not) (a|an|) (disease|illness|disorder|sickness|mental illness)
pattern: (ana|mia) (is|are) (not|isnt|arent) (a|an) (disease|illness|disorder|sickness|mental illness)
pattern: (anorexia|bulimia|my ed|purging|starving|restricting|laxatives) (is|are) (my|a) (best friend|bestfriend|bff|only friend|friend|savior|saviour|comfort|lover|god|goddess)
pattern: (mia|bulimia|purging) (is|are) (better|easier) than (ana|anorexia|restricting|starving) (bc|because|cuz|since|u|you|cause|coz)
pattern: (bulimia|purging) (is|are) (better|easier|best) (than|) ~2 (anorexia|restricting|starving)
pattern: (anorexia|restricting|starving) (is|are) (better|easier|best) (than|) ~2 (bulimia|purging)
match: ana is a lifestyle not a disease
match: anorexia is my best friend
match: mia is better than ana bc u still get to taste the food
nomatch: ana is my best friend since kindergarten
nomatch: my friend ana is a lifestyle influencer
nomatch: mia is better than me at math
nomatch: mia is better than ana at tennis
note: framing the disorder as a chosen lifestyle or companion

# --- fasting rules with shaming stakes --------------------------------------------------------

[en.eating_disorder.promotion.r3-broke-fast-failed]
sub: promotion
weight: 0.7
pattern: (broke|break|broken|breaking|ate|eat|eaten|caved|cave|slipped|slip|binged|snacked) ~5 (you|u|ya|yu|then you|then u) (failed|fail|failure|are weak|r weak|are pathetic|are fat|are a failure|lost|are a pig|dont deserve|are disgusting)
pattern: (you|u|ya|yu|ur|youre) (failed|fail|a failure|weak|pathetic|disgusting|fat|a pig) (if|when|cuz|because|bc) (you|u|ya|yu) (ate|eat|eaten|broke|break|caved|snacked|binged|had)
pattern: (dont|never|do not) (come back|talk to me|show ur face|show your face|post|text me|bother) ~4 (until|unless|till|til) (you|u|ya) ~2 (fast|fasted|starve|starved|lose|lost|skip|skipped|are under|r under|weigh|restrict)
pattern: (ate|eat|eaten|had|over) (more than|over|above) ~2 (today|cals|calories|kcal|a day) ~4 (dont|never|do not) ~2 (talk|speak|come|post|text|message|reply)
match: if you broke your fast you failed
match: u failed if u ate today
match: dont come back until u fast 48h
match: if you ate more than 500 today dont even talk to me
nomatch: if you broke your fast by accident you didnt fail
nomatch: broke my duolingo streak lol
note: fasting rules enforced with shame (pro-ana accountability); a religious "you broke your fast" does not carry the insult

[en.eating_disorder.promotion.r3-fast-challenge-stakes]
sub: promotion
weight: 0.45
pattern: (fast|fasting|starve|starving|starvation|restriction|restricting|no food|no eating|water fast|dry fast|zero cal|0 cal|lowest cal|calorie) (challenge|challenges|competition|contest|race|comp|bet)
pattern: (whoever|who ever|first one|first person|loser|if u break|if you break|if u eat|if you eat|whoever eats|whoever breaks|if u fail|if you fail) ~5 (post|posts|share|shares|send|sends|reveal|show|shows) ~2 (weight|weights|stats|body|bodycheck|body check|pics|pic|cw|numbers)
match: 72 hour fast challenge
match: whoever breaks it first has to post their weight
nomatch: ramadan is a month of fasting, not a challenge
note: weak alone (health and charity challenges exist); a fasting contest with weight posting as the penalty adds up to a flag

# --- weight thresholds used to shame ----------------------------------------------------------

[en.eating_disorder.promotion.r3-weight-threshold-shame]
sub: promotion
weight: 0.7
pattern: (over|above|more than|heavier than|not under|not below|arent under|isnt under) (90|95|100|105|110|115|120|125|130|140|150|90lbs|95lbs|100lbs|105lbs|110lbs|115lbs|120lbs|125lbs|130lbs|140lbs|150lbs|45kg|50kg|55kg|60kg) (lbs|pounds|lb|kg|kilos|) ~3 (ur|youre|you are|u r|u|you|is|are|then|means|r) ~2 (fat|fatty|huge|obese|a whale|whale|disgusting|gross|a cow|a pig|not ana|not skinny|not thin|a failure|failed|not pretty)
pattern: (anything|everything|anyone|anybody|girls|any girl|nobody|no one|no girl) (over|above|more than|heavier than) (90|95|100|105|110|115|120|125|130|90lbs|95lbs|100lbs|105lbs|110lbs|115lbs|120lbs|125lbs|130lbs|45kg|50kg|55kg) ~2 (is|are|should|needs|deserves) ~2 (fat|huge|obese|disgusting|gross|a whale|ugly|starve|diet|lose)
pattern: (not|never|arent|isnt|aint) ~3 (ana|mia|anorexic|skinny|thin|pretty|real) ~4 (if|unless|until|when) ~3 (over|above|under|below|more than) (90|95|100|105|110|115|120|90lbs|95lbs|100lbs|105lbs|110lbs|115lbs|120lbs|40kg|45kg|50kg)
match: ur not even ana if ur not under 100lbs
match: if ur over 110 ur fat
match: anything over 100 lbs is fat
nomatch: you must be over 110 lbs to donate blood
nomatch: my dog is over 100 pounds and a big baby
note: weight cut-offs used to shame or gatekeep ("not ana if over 100")

# --- "starve urself", "starve harder": aimed at someone -------------------------------------

[en.eating_disorder.promotion.r3-starve-yourself]
sub: promotion
weight: 0.7
target: other
also: cyberbullying.appearance_shaming
pattern: (starve|starv) (yourself|urself|urslf|urslef|yoself|ur self|yourslef|your self|yaself|ya self|urselves|yourselves|urselfs)
pattern: (starve|fast|restrict|purge) harder
pattern: (just|go|pls|please|then|now|so|maybe) (starve|starv) (lol|lmao|already|then|fatty|fatass|piggy|pig|cow|whale|bitch|loser|ho|hoe|idiot|for once|for a week|for a month|a little)
pattern: (you|u|ya|yu|ur|youre|fatty|fatass) (really|just|seriously|honestly|def|definitely|) (need|needs|should|gotta|must|ought|better|have|has) (to|) (starve|fast for a|stop eating for|quit eating for|not eat for)
match: starve urself fatty
match: starve harder fatty
match: nobody wants to see a fat girl eat, go starve lol
match: u need to starve for a month at least
match: starve yourself maybe then someone will date u
nomatch: dont starve yourself, please eat something
nomatch: never starve yourself to lose weight
nomatch: she told me to starve myself and i reported her
nomatch: he said i should starve myself, im not going to listen
note: telling a person to starve (also bullying); negated and supportive forms are discounted by cues

[en.eating_disorder.promotion.r3-stop-eating-insult]
sub: promotion
weight: 0.7
target: other
also: cyberbullying.appearance_shaming
pattern: (stop|quit|not|try not|dont|skip|lay off|cut) (eating|eat|meals|dinner|lunch|the snacks|the food|food|carbs) ~8 (fatty|fatass|fat ass|fatso|lardass|lard ass|piggy|blimp|landwhale|land whale|thunder thighs|fat fuck|fatfuck|tubby|tubbo|porky|porker|heifer|fat cow|fat pig|whale|hippo|oinker|chunky|chubby|fat bitch|fatty mcfatface|lard)
pattern: (not eating|stop eating|quit eating|starving|skipping meals|skipping a meal|skip a meal|skip dinner|skip lunch|eating less|put the fork down) (for once|already|sometime|sometimes) ~3 (pig|cow|whale|hog|piggy|fatty|fatass|chubby|lol|lmao)
pattern: (fatty|fatass|fat ass|fatso|lardass|piggy|blimp|landwhale|thunder thighs|fat fuck|tubby|porky|heifer|fat cow|fat pig|whale|hippo|chubby|fat girl|fat boy) ~3 (go starve|starve|stop eating|dont eat|skip dinner|skip lunch|skip a meal|skip meals|put the fork down|eat less|no more food|no dinner)
pattern: put (the|that|ur|your|da|those|dat|ya) (fork|spoon|cake|burger|burgers|donut|donuts|doughnut|pizza|food|plate|chips|cookies|cookie|fries|snacks|bag of chips|ice cream) down ~3 (for once|fatty|fatass|piggy|pig|whale|cow|lol|lmao|lmfao|already|damn|bro|bruh|chubby|tubby|its not hard)
match: bro just stop eating its not that hard fatass
match: maybe try not eating for once, pig
match: skip dinner, thunder thighs
match: maybe put the fork down for once lmao
nomatch: stop eating so fast, you will choke
nomatch: put the fork down and listen to me
note: meanspo: a fat insult and an order not to eat; widens dont-eat-insult (gaps, more insults, insult first)

[en.eating_disorder.promotion.r3-skip-meals-aimed]
sub: promotion
weight: 0.6
also: cyberbullying.appearance_shaming
pattern: (you|u|ya|yu|ur|youre) ~4 (need|needs|should|could|gotta|ought|better) (to|) (skip|miss|cut out) (a few|some|a couple of|a couple|few|more|a|every other|) (meals|meal|dinners|lunches|breakfasts|snacks|desserts|dessert)
pattern: (you|u|ya|yu|youd|ud|ur) ~3 (be|look) (so|way|much|a lot|) (prettier|hotter|cuter|better|skinnier|thinner) (if|when) (you|u|ya|she|he) (stopped|stop|quit|didnt|skipped|skip|cut) (eating|eat|food|meals|dinner|lunch|snacking)
pattern: (fat|fatty|fatties|fatasses|chubby|fat people|fat girls|fat kids|fat chicks|fat boys) ~2 (dont get to|arent allowed to|not allowed to|shouldnt be allowed to|dont deserve to|have no right to|dont have the right to) ~4 (eat|eating|hungry|food|dessert|seconds|snacks|snack|complain)
match: you look like you need to skip a few meals tbh
match: youd be prettier if you stopped eating
match: fat girls dont get to complain about being hungry
nomatch: you shouldnt skip meals when you train
nomatch: fat people deserve to eat in peace
note: weight-loss orders and conditional praise aimed at a person or at fat people

# --- purging promotion -------------------------------------------------------------------------

[en.eating_disorder.promotion.r3-just-purge]
sub: promotion
weight: 0.65
pattern: (if|when|whenever|once) (you|u|ya|i|ur|youre|im) (cant|cannot|dont|just|) (eat|ate|binge|binged|eating|overeat|overate|stop eating|stop bingeing|stop binging|pig out|pigged out|ate too much|eat too much|slip|slipped|cave|caved|control yourself|control urself) ~3 (just|then|go|simply|always) (purge|throw it up|puke it up|puke it|get rid of it|throw up|vomit it)
pattern: (purging|starving|restricting|starving yourself|starving urself|not eating|skipping meals|laxatives|throwing it up) (is|isnt|are|aint) (fine|ok|okay|safe|not a big deal|no big deal|harmless|not that bad|not dangerous|totally fine|easy) (as long as|if you|if u|just|trust me|lol|honestly|tbh)
pattern: (the|) (only|best) (good|) (meal|food|dinner|lunch|breakfast) ~3 (you throw up|u throw up|you purge|u purge|you skip|u skip|you dont eat|u dont eat|is no meal|is an empty plate)
pattern: (foods|food|things|stuff|eat|eating) ~4 (easy|easier|easiest) to (throw up|purge|puke|bring up|vomit|get up|bring back up)
pattern: (purge|purging|puking|throwing up) ~2 (done right|the right way|properly|correctly|like a pro|efficiently|without getting caught|without gagging)
pattern: (water|milk|soda|drink|drinking|liquid|liquids) ~6 (comes|come|bring it|brings it|get it|gets it|it comes) up (easier|easy|easily|faster)
pattern: (toothbrush|spoon|finger|fingers) (method|trick|technique) ~5 (fingers|finger|throat|gag|purge|works)
match: if you cant stop eating just purge
match: purging is fine as long as u drink water after
match: the only good meal is one you throw up
match: eat only things that are easy to throw up
match: purging done right drink lots of water first so it comes up easier
match: toothbrush method works better than fingers
nomatch: if you feel sick just rest
nomatch: purge the cache properly before deploying
note: presenting purging as harmless, routine or a skill

# --- skipping meals and hunger as wins ----------------------------------------------------------

[en.eating_disorder.behavior.r3-skip-as-win]
sub: behavior
weight: 0.6
pattern: (skip|skipped|skipping|missed|no|zero) (breakfast|lunch|dinner|meals|meal|food|eating|snacks|dinner again|lunch again) ~4 (proud of myself|so proud|im proud|a win|another win|win|winning|superpower|powerful|so strong|progress|yay|w|victory|nailed it|killing it|on track)
pattern: (feel|felt|feeling) (so|really|super|) (powerful|strong|in control|proud|accomplished|clean|pure|light|superior|untouchable) (when|whenever|after|every time|everytime|bc|because|cuz) (i|) (skip|skipped|dont eat|didnt eat|havent eaten|starve|restrict|restricted|fast|fasted|purge|purged|throw up|threw up|go to bed hungry|say no to food)
pattern: (feel|felt|feeling) (so|really|super|) (good|great|amazing) (when|whenever|after|every time|bc|because|cuz) (i|) (skip|skipped|dont eat|didnt eat|havent eaten|starve|restrict|restricted|purge|purged|throw up|threw up)
pattern: (skipping meals|not eating|starving|restricting|purging|fasting|starving myself) (is|are|has become) (my|a) (superpower|super power|talent|specialty|gift|best skill)
pattern: (starving|restricting|not eating|purging|skipping meals|fasting|starving myself|being hungry) (is|was|are) the only thing (im|i am|i was|i|i can|i feel) ~2 (good at|control|in control|proud of|do right|succeed at|win at)
match: skipped breakfast AND lunch today proud of myself
match: i feel so powerful when i skip meals
match: skipping meals is my superpower
match: starving is the only thing im good at
nomatch: skipped lunch because of meetings, starving now
nomatch: i feel good when i eat breakfast
note: skipped meals and restriction reported as achievements

[en.eating_disorder.behavior.r3-tiny-intake-proud]
sub: behavior
weight: 0.6
pattern: (ate|had|eaten|eat) (only|just|like|) (half|half a|half an|a|an|one|1|2|two|3|three|a few|some|a single|a tiny|a small|one small) ~2 (apple|apples|crackers|cracker|grapes|almonds|rice cake|rice cakes|carrot|carrots|celery|cucumber|lettuce|strawberries|blueberries|pretzels|pretzel|slice|bite|bites|spoonful|spoonfuls|piece|orange|banana|yogurt|pickle|pickles|cup of broth) ~3 (all day|the whole day|in two days|in 2 days|in 3 days|since yesterday|all week|this week|so proud|proud|win|a win|and thats it|thats it|nothing else)
pattern: (survived|surviving|survive|lived|living|live|existing|existed) on (just|only|like|) ~3 (crackers|cracker|apple|apples|gum|ice|water|celery|rice cakes|rice cake|lettuce|grapes|broth|cucumber|air|black coffee|diet coke|coffee and gum|water and gum|coffee and water) (today|all day|this week|all week|for days|since|for a week|win|again|lol)
pattern: (zero|0|no) (cal|cals|calorie|calories|kcal) (day|days|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|weekend|streak|goal|challenge|again)
pattern: (omad|one meal a day|the one meal|my one meal|my only meal) ~4 (is|was) (a|an|one|half a|) (cucumber|apple|rice cake|celery|lettuce|salad|cracker|crackers|pickle|yogurt|grapes|carrot|broth|coffee)
pattern: (coffee|water|gum|tea|ice|air|diet coke|nothing|cigarettes|cigs|black coffee) for (breakfast|lunch|dinner) ~3 (coffee|water|gum|tea|ice|air|diet coke|nothing|cigarettes|cigs|black coffee) for (breakfast|lunch|dinner)
match: ate half an apple all day, so proud
match: just survived on 2 crackers today, win
match: zero cal day today
match: 0 cal tuesday lets go
match: omad but the one meal is a cucumber
match: coffee for breakfast, gum for lunch, water for dinner
nomatch: had an apple today then pizza with the team
nomatch: zero calorie sweetener tastes weird
note: near-zero intake reported with pride or as a day's total

[en.eating_disorder.behavior.r3-days-no-food-still]
sub: behavior
weight: 0.6
pattern: (days|day|hours|hrs|weeks|week) (no food|without food|without eating|of not eating|not eating|no eating|of no food|of fasting|fasting|starving|of starving) ~4 (still fat|still huge|still gross|still disgusting|still so fat|still not|keep going|not stopping|here we go|lets go|going strong|so proud|proud|feel amazing|feel great|feel so good|and counting|more to go)
pattern: (havnt|hvnt|havnet|hvent|haven|havent|havet|havn) (eaten|eatn|eatin|ate|eat|eatten|eated) (anything|nothing|food|) (in|for|since) ~2 (days|dayz|daze|week|wks|weeks|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|2days|3days)
pattern: (havnt|hvnt|havent|havet|not) (eaten|eatn|eatin|ate) ~3 (im|i am|i feel|and) (still|so) (so|) (fat|huge|gross|disgusting|big|amazing|good|proud|light)
match: 2 days no food and im still fat
match: havnt eatn in 2 dayz n im still so fat
match: havent eaten since monday
nomatch: 3 days without power after the storm
nomatch: havent eaten sushi in years
note: multi-day not eating reported with pride or as not enough; includes chat spellings

# --- symptoms read as success -----------------------------------------------------------------

[en.eating_disorder.behavior.r3-symptoms-as-success]
sub: behavior
weight: 0.65
pattern: (dizzy|dizziness|faint|fainted|fainting|lightheaded|light headed|blacked out|black out|blacking out|passed out|pass out|shaky|shaking|cold|freezing|heart racing|heart race|heart pounding|head rush|headrush|hair falling out|hair loss|seeing stars|weak|numb) ~6 (means|mean|meaning|equals|is a sign|is proof|proves) ~3 (working|progress|winning|success|doing it right|doing good|fat melting|melting|doing well)
pattern: (not eating|no food|fasting|starving|havent eaten|skipped|restricting|empty|on nothing|didnt eat|no breakfast|no lunch) ~8 (dizzy|dizziness|faint|fainted|lightheaded|blacked out|passed out|almost fainted|nearly fainted|head rush|headrush|heart racing|shaky) ~8 (so worth it|totally worth it|worth it|good sign|progress|winning|love it|love that|proud)
pattern: (dizzy|dizziness|faint|fainted|lightheaded|blacked out|passed out|almost fainted|nearly fainted|head rush|headrush|heart racing|shaky) ~8 (so worth it|totally worth it|worth it|good sign|progress|winning|love it|proud) ~6 (not eating|no food|fasting|starving|havent eaten|restricting|on nothing|didnt eat)
pattern: (dizzy|faint|fainted|lightheaded|blacked out|passed out|hair falling out|hair is falling out|cold all the time) ~8 (finally|never been|never been this|never been so) ~2 (80|85|88|90|92|95|98|100|thin|skinny|tiny|small|under|light)
pattern: (cold all the time|always cold|freezing all the time|always freezing|hair falling out|hair is falling out|dizzy and cold|dizzy n cold|dizzy and shaky|cold and dizzy|shaky and cold) ~4 (progress|worth it|working|winning|proud|good sign|its working)
match: got so dizzy standing up today, means its working
match: went to school on nothing again, almost passed out in pe, worth it
nomatch: i got so dizzy on the teacups ride, worth it
match: dizzy and cold all the time = progress
match: blacked out in the shower today lol but im finally 95
match: my hair is falling out but whatever, ive never been this thin
nomatch: the dizzy spell was scary, went to the er
nomatch: feeling weak means your body is burning through glycogen, eat carbs
nomatch: i get lightheaded when i stand up fast, doctor said low blood pressure
note: fainting, dizziness, cold and hair loss from starvation reported as progress

# --- hunger reframed --------------------------------------------------------------------------

[en.eating_disorder.promotion.r3-hunger-reframe]
sub: promotion
weight: 0.65
pattern: (growl*|rumbl*|grumbl*|hunger|hungry|starving|empty stomach|pangs|hunger pains|hunger pangs) ~5 weakness leaving
pattern: (hungry|hunger|starving|emptiness|empty stomach|hunger pains|hunger pangs|growling|growling stomach|stomach growling) ~2 (means|equals|feels like|feel like|is like) ~2 (winning|a win|win|progress|success|victory|doing it right|working|strength|power|control|an accomplishment|achievement)
pattern: (hunger|hungry|growling|hunger pangs|hunger pains|pangs) ~8 (burning|burn|burns|melting) (fat|calories|the fat|ur fat|your fat)
pattern: (hunger|hungry|growling|pangs|hunger pains|hunger pangs|starving) ~8 ignore (it|them|that|the hunger|hunger|ur hunger|your hunger|the pangs|the growling)
pattern: the (emptier|lighter|thinner|skinnier|hungrier|smaller|tinier) (i am|i get|i feel|im|you are|u are|you get|u get|youre|ur) ~2 the (better|happier|stronger|safer|prettier|more in control|more control|more beautiful|more loved|more people|more they|more i)
match: my stomach growling is just weakness leaving my body
match: being hungry means ur winning
match: the hunger pains feel like a win ngl
match: hunger is just your bodys way of saying its burning fat, ignore it
match: the emptier i am the better i feel
nomatch: pain is weakness leaving the body
nomatch: the team is hungry and ready to win
nomatch: in recovery i learned not to ignore my hunger
note: hunger presented as success, fat burning or something to override

[en.eating_disorder.behavior.r3-love-empty]
sub: behavior
weight: 0.55
pattern: (love|loving|like|crave|craving|miss|missed|enjoy|addicted to|obsessed with) ~4 (empty feeling|hollow feeling|feeling of being empty|empty stomach|being empty|feeling empty|the emptiness|hunger pains|hunger pangs|feeling hungry|being hungry|stomach growl|stomach growling|growling stomach|feeling light and empty|being starved|being bony|being skinny)
pattern: (i|im|honestly|lowkey) (glad|happy|excited|relieved|proud) (im|i am|i|to be|that im|that i) (relapsing|relapsed|restricting again|back to restricting|starving again|purging again|not eating again)
pattern: (relapsing|relapsed|restricting again|starving again|purging again|back to restricting|back to starving|back to purging) ~3 (im|i am|and im|honestly im|and i am) (glad|happy|excited|relieved|proud|not sorry|so happy)
match: love the feeling of an empty stomach
match: i missed being empty
match: im relapsing and honestly im glad
nomatch: dont drink coffee on an empty stomach
nomatch: i dont like being hungry
note: attachment to hunger, emptiness or relapse

# --- anti-recovery ------------------------------------------------------------------------------

[en.eating_disorder.promotion.r3-anti-recovery]
sub: promotion
weight: 0.8
pattern: (recovery|recovering|treatment|getting better|eating normally|meal plans|refeeding) (is|are) (for|) (the weak|weak|weakness|losers|quitters|giving up|a joke|overrated|pointless|a lie|fat people|fatties|failures|cowards)
pattern: (done|finished|quit|quitting|giving up|gave up|over|sick of|tired of|screw|fuck|forget) (with|on|) (recovery|recovering|my meal plan|the meal plan|treatment|eating normally) ~4 (ana|mia|restrict|restricting|starve|starving|purge|purging|back to|fasting|not eating|skinny|was right|thin)
pattern: (going back|go back|back|went back|returning|relapsing|relapsed|sliding back) to (restricting|starving|purging|not eating|ana|mia|my ed|skipping meals|throwing up|laxatives|starving myself) (and|so|honestly|finally|cant wait|yay|lets go|im glad|im happy|for good|again|no regrets)
match: recovery is for the weak, im going back to restricting
match: im done with recovery, ana was right
nomatch: recovery is hard but worth it
nomatch: recovery is possible, i promise
note: rejecting recovery in favour of the disorder; the recovery words are inside the phrase so recovery cues do not discount it

# --- first-person restriction rules -----------------------------------------------------------

[en.eating_disorder.behavior.r3-restrict-until-body]
sub: behavior
weight: 0.65
pattern: (not eating|wont eat|no food|no eating|not gonna eat|not going to eat|will not eat|im not eating|starving|restricting|not eat) (until|till|til|untill|unless) (i|im|my) ~2 (fit into|fit in|fit|fits|can fit|reach|lose|weigh|see my|can see my|am under|am below|get under|get below|get down to|am skinny|am thin|look skinny|look thin|hit my goal|hit my gw|hit my ugw|drop)
pattern: (starving|restricting|not eating|starve|no food|fasting till|fasting until) (until|till|til|for) (summer|prom|spring break|homecoming|my birthday|the beach|bikini season|beach season|graduation|the dance|the wedding|formal|vacation|school starts|the party)
pattern: (goal|plan|aim|challenge|mission) (is|for this week is|this week is|today is|) (to|) (eat nothing|not eat anything|not eat at all|eat as little as possible|consume nothing|have nothing|survive on|eat under|stay under|not eat till|not eat until)
pattern: (or|otherwise|else) (i|you|u) (dont|cant|wont|do not|cannot|dont get to|dont deserve to|arent allowed to|am not allowed to|dont let myself) (eat|get to eat|get food|eat today|eat anything|have dinner|have lunch)
pattern: (if|when|whenever|every time|everytime|each time|after) i (eat|ate|eaten|binge|snack|have food) ~5 (have to|need to|must|gotta|got to|make myself|i) (throw it up|throw it all up|puke it up|purge|get rid of it|throw up|vomit|bring it up)
match: im not eating until i fit into those jeans again
match: starving until summer
match: my goal is to eat nothing this week
match: wrist check every morning, fingers have to overlap or i dont eat
match: if i eat i have to throw it up, no exceptions
nomatch: im not eating until i get home
nomatch: fasting until easter for lent
note: restriction rules tied to a body target, an event or a check; purging as a rule after eating

[en.eating_disorder.behavior.r3-compensate-exercise]
sub: behavior
weight: 0.6
pattern: (ate|had|eaten|eating) ~6 (guilty|guilt|disgusting|gross|ashamed|so fat|huge) ~4 (ran|run|running|worked out|workout|exercised|cardio|treadmill|crunches|situps|walked|purged|threw up|skipped|fasted)
pattern: (compensat*|undo|undoing|cancel out|canceling out|cancelling out|make up for|making up for) ~4 (with|by) ~3 (hours|hour|hrs|running|treadmill|cardio|workout|crunches|fasting|skipping|no dinner|no lunch|no breakfast|no food|not eating|starving|purging|throwing up|laxatives|miles)
pattern: (compensat*) (for|) (lunch|dinner|breakfast|what i ate|the binge|my binge|eating|calories|cals|that meal|snacks|the cake|the pizza)
match: just had an apple and felt so guilty i ran for 2 hours
match: compensating for lunch with 3 hours on the treadmill and no dinner
nomatch: ran 5 miles this morning, felt great
nomatch: they compensated me for the late delivery
note: exercise or restriction to undo food, driven by guilt

# --- hiding, body checking and self-meanspo ---------------------------------------------------

[en.eating_disorder.instructions.r3-hide-from-adults]
sub: instructions
weight: 0.6
pattern: (spit|spitting|hide|hiding|throw|throwing|toss|tossing|flush|flushing|feed|feeding|slip|slipping|stuff|stuffing) ~4 (food|it|dinner|lunch|meal|meals|napkin|sleeve|pockets) ~4 (when|while|before|so) (ur|your|my|the|they|no one|nobody|parents|mom|dad|family|people) ~2 (arent|isnt|not|dont|cant|wont|looking|watching|notice|see|around)
pattern: (so|that way) (they|she|he|the doctor|the nurse|ur parents|your parents|my parents|nobody|no one) (dont|wont|doesnt|cant|cannot|will not) (send|put|make|notice|find out|know|worry) ~3 (treatment|hospital|inpatient|residential|rehab|doctor|therapy|anything|the weight|ur weight|your weight|my weight)
pattern: (tell|say|told) ~4 (already|just) (ate|eaten) (they|and they|n they|theyll|they will|ur parents|your parents|she|he|mom|dad|nobody|no one) (never|wont|dont|will never|dont ever|wont ever|rarely|ever|will) (check|checks|notice|notices|know|find out|care|ask|asks|look)
pattern: (water load|waterload|waterloading|water loading) ~6 (weigh|weighin|weigh in|weigh ins|doctor|nurse|scale|appointment)
match: spit out the food when ur parents arent looking
match: drink a ton of water before the doctor weighs u so they dont send u to treatment
match: tell them u already ate, they never check
nomatch: hide the presents when the kids arent looking
nomatch: i already ate, thanks mom
note: hiding restriction or weight from parents, doctors and treatment teams

[en.eating_disorder.instructions.r3-self-punish-cues]
sub: instructions
weight: 0.6
pattern: (every time|everytime|whenever|when|before|if) (you|u|ya|i) (eat|want to eat|wanna eat|feel hungry|get hungry|crave|reach for|think about food|open the fridge) ~6 (think|imagine|look|picture|remember|remind) ~6 (fat|thighs|belly|stomach|rolls|weight|body|disgusting|gross|jiggle|arms|face|thinspo)
pattern: (snap|flick|slap|pinch|punch|hit) ~5 (when|whenever|every time|everytime|if) (ur|you|u|i|ya) ~2 (want|crave|craving|hungry|think about) ~2 (food|eat|eating|snack|snacks|something)
pattern: (write|writing|wrote|put|tape|stick) (ur|your|my) (weight|number|cw|gw|ugw|goal weight|current weight) on (ur|your|my|the) (hand|arm|wrist|mirror|fridge|wall)
pattern: so (u|you|ya|i|ill|youll|ull) (remember|dont forget|never forget|always remember|think twice) ~2 (not to|to not|never to|to never|before you|before u|before i) (eat|snack)
match: every time u eat think about how fat ur thighs r
match: put a rubber band on ur wrist and snap it when u want food
match: write ur weight on ur hand so u remember not to eat
nomatch: every time you eat, think about where your food came from
nomatch: snap a photo when you want to remember it
note: self-punishment and reminders used to stop eating

[en.eating_disorder.promotion.r3-meanspo-request]
sub: promotion
weight: 0.55
pattern: (tell|yell at|scream at|order|force|make|text) (me|us) (not to|to not|dont|to stop|to never|to skip|not too|stop) (eat|eating|snack|snacking|have dinner|have lunch|eat today|eating today)
pattern: (need|want|wanna) (someone|somebody|u|you|ppl|people|anyone|a coach|a buddy) to (be mean to me|yell at me|bully me|insult me|scream at me|call me fat|keep me from eating|make me stop eating|stop me from eating)
pattern: (call me fat|tell me im fat|tell me how fat|tell me how disgusting|tell me im disgusting|make fun of my body|roast my body) ~4 (so|until|till|then) ~2 (i|ill|im) ~2 (stop|dont|wont|cant|not|never) (eat|eating)
match: pls someone tell me not to eat, i need someone to be mean to me
match: tell me how disgusting i am so i stop eating
nomatch: tell me about your day
note: asking others to shame one into restriction; two such signs flag together

[en.eating_disorder.promotion.r3-body-or-die]
sub: promotion
weight: 0.7
pattern: (thigh gap|thighgap|collarbones|collar bones|hip bones|hipbones|skinny|thin|underweight|bony|skeletal|size 0|size zero|double zero|xxs|bones) or (die|death|nothing|bust|dead|die trying|im done)
pattern: (rather|prefer to|prefer|better) (die|be dead|dead|starve|starve to death|disappear|not exist|kill myself|be sick) than (gain|be fat|get fat|be chubby|be big|weigh|be overweight|be heavy|go over|hit|fat|gain weight|gain a pound|be curvy)
pattern: (rather|prefer) (be|being) (dead|skinny and dead|bones|sick|anorexic|thin and dead|skinny and sick|underweight) than (fat|chubby|big|overweight|heavy|curvy|gain)
match: thigh gap or die
match: collarbones or nothing
match: id rather die than gain weight
match: id rather be dead than fat
nomatch: id rather die than eat at that restaurant again
nomatch: ribs or nothing at this bbq
note: thinness valued over life

[en.eating_disorder.promotion.r3-hungry-means-fat]
sub: promotion
weight: 0.65
pattern: (still|) (hungry|starving|craving) ~3 (youre|ur|you are|u r|you|u|ya) (just|only|) (fat|greedy|weak|a pig|a fatass|a cow|a whale|fat and greedy)
pattern: (tummy|stomach|belly) (isnt|not|aint|is not) flat ~4 (ate|eat|eaten|eating) (too much|too many|too)
pattern: (eats|eating|eat|who eat|who eats) (breakfast|lunch|dinner|carbs|snacks|dessert|three meals|3 meals|after 6|after 7|after 8) (is|are) (weak|weakness|pathetic|fat|for fatties|for the weak|failing|gross)
match: if ur hungry drink water, if ur still hungry ur just fat
match: if ur tummy isnt flat u ate too much
match: anyone who eats breakfast is weak lol
nomatch: if youre still hungry youre probably just bored
nomatch: eating breakfast is good for you
note: pro-ana rules that equate hunger or eating with fatness or weakness

[en.eating_disorder.promotion.r3-stats-coaching]
sub: promotion
weight: 0.7
pattern: (ana|mia|coach|edtwt|ugw|gw|cw|hw|lw|bmi|weight) ~6 (dm|send|post|drop|share|give|tell) (me|) (ur|your|yo|their) (stats|weight|cw|gw|ugw|height and weight)
pattern: (keep|kept|get|make) (u|you|ya|yu|ur) (under|below) (100|200|300|400|500|600|700|800|100cals|200cals|300cals|400cals|500cals|600cals|800cals) (cals|calories|kcal|a day|daily|per day|)
match: ana coach here, dm me ur stats and ill keep u under 500 a day
nomatch: send me your stats after the match
note: pro-ana coaching: collecting height and weight, enforcing intake caps ("stats" is also an awareness cue, so the word is kept inside the phrase)

[en.eating_disorder.promotion.r3-purge-rules]
sub: promotion
weight: 0.6
pattern: (if|when) ~3 (went up|goes up|go up|gain|gained|up|increase|increased) ~3 (purge|starve|restrict|throw it up|no food|dont eat|no eating|skip dinner|skip meals|fast for)
pattern: (gain|gained|gaining|put on) (even|) (a|1|one|half a|a single) (pound|lb|lbs|kg|ounce|oz|kilo) ~4 (have to|must|gotta|need to|then) (fast|starve|purge|restrict|skip|not eat)
match: weigh urself after every meal, if it went up, purge
match: if u gain even 1 pound u have to fast for 2 days
nomatch: if the price goes up skip it
note: weight gain punished by purging or fasting

[en.eating_disorder.behavior.r3-ana-voice]
sub: behavior
weight: 0.45
pattern: (ana|mia) voice
match: the ana voice is loud today
nomatch: anas voice is so pretty
note: disclosure of the "ana voice"; weak alone, recovery talk names it too

[en.eating_disorder.behavior.r3-ana-voice-obey]
sub: behavior
weight: 0.6
pattern: (ana|mia|ed) voice ~6 (listening|listen|listened|obey|obeying|obeyed|giving in|gave in|give in|winning|won|is right|was right|says i|told me|tells me|says dont|says no)
pattern: (listening|listen|listened|obey|obeying|obeyed|giving in|gave in|give in) to (the|my|) (ana|mia|ed) voice
match: ana voice is so loud today, listening to it
nomatch: the ana voice still shows up but i dont listen to it anymore
note: following the "ana voice"; a negation in the gap ("i dont listen") discounts it

[en.eating_disorder.promotion.r3-go-starve]
sub: promotion
weight: 0.7
target: other
also: cyberbullying.appearance_shaming
pattern: (fat|fatty|fatass|pig|whale|cow|eat|eating|eats|food|chubby|ugly|gross|disgusting|fatso|piggy) ~6 (go|just go|pls go|please go|now go) (starve|starv)
pattern: (stop|quit|just stop|just quit) eating (its|it is|it aint|aint|its really|its literally) (not|) (that|so|) (hard|difficult)
match: nobody wants to see a fat girl eat, go starve
match: bro just stop eating its not that hard fatass
nomatch: let them go starve is what the senator said
nomatch: stop eating junk, its not that hard to cook
note: "go starve" after a fat insult or a remark about someone eating; "just stop eating, its not that hard"

[en.eating_disorder.behavior.r3-purge-intent]
sub: behavior
weight: 0.6
pattern: (gonna|going to|ima|imma|about to|abt to|need to|have to|gotta|bout to|finna|tryna|want to|wanna|got to|must) (go|) (purge|purg|purj|purgee) (after|again|tonight|now|this|it|everything i ate|dinner|lunch|breakfast|rn|asap|so bad|brb)
pattern: (throw|throwin|throwing|threw|puke|puking|pukin|purge|purging|purgin|vomit|vomiting) (up|) (every|evry|each|all my|every single|evry single|ery) (meal|meals|thing i eat|time i eat|bite|snack|single meal) (again|agen|agn|on purpose|lately|now|still|this week)
pattern: (get rid of|undo|erase) (this|that|my|todays|tonights|what i ate|everything i ate) (dinner|lunch|breakfast|meal|food|binge|pizza|cake|calories|cals|) ~3 (purge|purging|throw up|puke|asap|how|fast|quick)
pattern: how ~3 (purge|purging|throw up|puke|vomit) (fast|faster|quickly|quick|easier|easily|without gagging|without noise|without sound|silently|with no sound)
match: gonna purg after this, hate myself
match: throwin up evry meal agen
match: need to get rid of this dinner asap, anyone know how to purge fast
nomatch: going to purge the cache after deploy
nomatch: throwing up every morning, 8 weeks pregnant
note: first-person purging plans and routines, with chat spellings

[en.eating_disorder.instructions.r3-pills-no-hunger]
sub: instructions
weight: 0.5
pattern: (diet pills|pills|pill|meds|tablets|gummies|supplements|appetite suppressants|fat burners|adderall|vyvanse|phentermine) ~3 (make|makes|keep|keeps|will make|that make|that makes|to make) (u|you|ya|me|yu) (not|never|stop being|stop feeling) (hungry|eat|want to eat|feel hungry|starving)
pattern: (what|which|best|any|where|how) ~4 (diet pills|appetite suppressants|fat burners|laxatives|water pills|diuretics) ~3 (work|works|best|fastest|strongest|lose|get|buy|without)
match: what diet pills make u not hungry at all
match: which diet pills work best
nomatch: these meds make me sleepy
note: asking for pills that remove hunger or cause weight loss

[en.eating_disorder.behavior.r3-nothing-but-water]
sub: behavior
weight: 0.55
pattern: (nothing|everything|all food) (but|except|besides|other than) (water|black coffee|coffee|tea|diet coke|gum|ice|broth|green tea|coffee and water|water and gum) ~4 (for a week|for days|for a month|all week|this week|for 3 days|for 4 days|for 5 days|for 7 days|for two weeks|for 2 weeks|till|until|til|wish me luck|again|starting)
pattern: (cutting out|cut out|cutting|quitting|cut) (everything|all food|food|eating|solid food|solids) (but|except|besides|other than) (water|black coffee|coffee|tea|diet coke|gum|ice|broth)
match: cutting out everything but water for a week, wish me luck
match: nothing but black coffee till friday
nomatch: nothing but water and snacks at the party
note: self-imposed water or coffee only periods

[en.eating_disorder.behavior.r3-low-weight-want-more]
sub: behavior
weight: 0.6
pattern: (weighed|weigh|weighing|im|i am|at|down to|only|scale said|scale says) (70|75|78|80|82|84|85|86|88|89|90|91|92|93|94|95|96|97|98|99|100|101|102|103|104|105|70lbs|75lbs|80lbs|85lbs|90lbs|95lbs|98lbs|100lbs|105lbs|35kg|38kg|40kg|42kg|43kg|44kg|45kg) ~6 (still want to lose|still wanna lose|want to lose|wanna lose|need to lose|still need to lose|still fat|still huge|still feel fat|still look fat|more to go|not low enough|not enough|still gross|going lower|go lower|get lower)
match: i weighed 98 this morning and still want to lose 10 more
match: down to 95 and still fat
nomatch: my dog weighed 98 pounds at the vet
note: an already low weight with the wish to lose more

[en.eating_disorder.promotion.r3-symptoms-praised]
sub: promotion
weight: 0.7
pattern: (faint|fainting|dizzy|lightheaded|light headed|shaky|weak|cold|freezing|blacking out|head rush|headrush) ~3 (thats|that is|its|it is|is) (good|great|a good sign|progress|normal|fine) ~4 (fat|melting|burning|working|losing|thin|means|winning|keep going)
pattern: (if|when) (u|you|ya|ur|youre) (feel|get|are|r|start|start to) (faint|dizzy|lightheaded|shaky|weak|cold|light headed) ~4 (good|great|progress|working|winning|keep going|push through|ignore it|its fine)
match: if u feel faint thats good it means ur fat is melting
match: when you get dizzy just push through
nomatch: if you feel dizzy sit down and drink water
note: telling someone that starvation symptoms are progress or to push through them

# --- round 3, second pass: families from the second probe batch ---------------------------------

[en.eating_disorder.instructions.r3-suppress-method]
sub: instructions
weight: 0.45
pattern: (brush|brushing|smell|smelling|sniff|sniffing|cold shower|shower|sleep|sleeping|nap|go to bed|chew|chewing|chug|chugging|vinegar|spicy|gum|ice|ice chips|water|coffee|tea|diet coke|walk|clean|scroll) ~6 (when|whenever|if|once|every time) (u|you|ur|ya|i|the|youre|im) ~2 (hungry|hunger|craving|cravings|starving|want to eat|wanna eat)
pattern: (it|that|this|they|which) (numbs|numb|kills|kill|stops|stop|silences|shuts up|takes away|curbs|curb|dulls|kills off) (it|the hunger|hunger|ur appetite|your appetite|my appetite|the cravings|cravings|the pangs)
pattern: (water|gum|coffee|tea|ice|diet coke|soda|fiber|broth|seltzer) ~8 so (ur|your|u|you|my|i) (stomach|tummy|belly|) (feels|feel|stays|stay|is|looks) (full|flat|empty)
pattern: (so|and|then) (u|you|ya|i) (dont|wont|never|dont even) (get|feel) (hungry|hunger|the hunger|cravings)
pattern: (smell|sniff|look at|watch|cook|bake|chew|taste|lick) ~4 instead of (eating|eat) (it|them|food|)
match: pro tip brush ur teeth when u get hungry
match: take a cold shower when the hunger gets bad, it numbs it
match: drink like 3 liters of water before school so ur stomach feels full
match: the trick is to go to bed early so u dont get hungry at night
match: smell food instead of eating it
nomatch: brush your teeth after eating sweets
note: weak alone: a hunger-suppression method, or its payoff; two together flag

[en.eating_disorder.behavior.r3-filler-as-meal]
sub: behavior
weight: 0.55
pattern: (gum|ice|ice chips|ice cubes|cigarettes|vape|air|sugar free gum|cigs) ~3 (is|are|as|was) (literally|basically|just|) my (lunch|dinner|breakfast|meal|meals|food|diet|only meal|whole diet)
pattern: (water|coffee|black coffee|tea|diet coke|coke zero|energy drinks|seltzer) ~3 (is|are|was) (literally|basically|just) my (only meal|whole diet|only food)
pattern: (ice chips|gum|diet coke|water|seltzer|black coffee|coffee and gum|water and gum) (get|gets|got|keep|keeps|kept) me (through|thru) (the day|the week|school|till dinner|until dinner|the night)
pattern: (water|coffee|black coffee|tea|diet coke|gum) (and|n) (water|coffee|black coffee|tea|diet coke|gum) (and thats it|thats it|nothing else|thats all|only)
match: sugar free gum is literally my lunch
match: ice chips get me through the day
match: i dont eat, i drink water and coffee and thats it
nomatch: coffee gets me through the day
nomatch: diet coke is my lunch drink
note: a drink, gum or ice named as the meal

[en.eating_disorder.promotion.r3-ana-rules-gatekeep]
sub: promotion
weight: 0.7
pattern: (anas|mias|ana girls|real ones|true ones|skinny girls|thin girls|real anorexics) (dont|never|do not|wouldnt|cant|cannot) (snack|eat|eat carbs|eat dinner|eat breakfast|eat lunch|have dessert|need food|get hungry|eat after|break)
pattern: (call|calls|calling|called) (urself|yourself|herself|themselves|urselves|yourselves) (ana|mia|anorexic|pro ana|an ana|a real ana|skinny) ~6 (ate|eat|eating|eats|had|weigh|are)
pattern: (if|when) (u|you|ya|yu) (ate|eat|eaten|had food|snacked|broke|caved|binged) (today|tonight|this week|) (dont|do not|never) (post|talk|text|come|reply|show|comment|message|interact)
pattern: (break|breaks|broke|breaking|eats|eat) (the|ur|your|their|his|her|a) (fast|streak) ~4 (has to|have to|must|gotta|owes|pays|should) (do|post|send|share|run|add|punish)
pattern: (ana|anas|mia|mias|thin|skinny) (10|ten|12|twelve|thin|golden) (rules|commandments|laws|tips)
pattern: (cant|cannot|can not|arent|not|never|wont) (be|call urself|call yourself|really|even) (ana|mia|anorexic|skinny|thin|a real ana) (at|with|weighing|if) (over|above|) (110|115|120|125|130|135|140|150|160|110lbs|120lbs|130lbs|140lbs|150lbs|50kg|55kg|60kg|65kg)
match: anas dont snack. ever.
match: u call urself ana and u ate pizza?? lmao fake
match: if u ate today dont post in the chat
match: anyone who breaks the fast has to do 200 crunches and post proof
match: anas 10 rules list, save this
match: u cant be ana at 130 pounds sweetie
nomatch: ana doesnt snack before bed
note: pro-ana gatekeeping and group rules

[en.eating_disorder.behavior.r3-broke-fast-self]
sub: behavior
weight: 0.6
pattern: (broke|breaking|ruined|ruin|blew|wrecked|messed up) (my|the) (fast|streak|restriction|restrict|cals|calorie limit) ~5 (weak|failure|pathetic|fat|disgusting|hate myself|pig|gross|useless|worthless|starting over|start over|no excuses|never again|punish)
pattern: (caved|cave|gave in|slipped|messed up|failed|fucked up) (and|n) (ate|eat|had) ~5 (starting over|start over|restart|restarting|no excuses|punish|make up for it|fasting tomorrow|fast tomorrow|double fast|extend)
pattern: (starting|start|restarting|restart|starting over|start over) (the|my|) (fast|fasting|restriction|count|streak|cals) (over|again|tomorrow) ~3 (no excuses|punish|harder|stricter|longer|double|again)
pattern: (hours|hrs|days) (done|down|in|complete|completed) ~3 (going for|next|aiming for|trying for|push to|pushing to|extending to) (48|60|72|96|100|120|144|168|a week|two weeks|5 days|7 days)
match: broke my fast at 5pm, im so weak, i hate myself
match: i caved and ate dinner, starting the fast over tomorrow, no excuses
match: 48 hours done, going for 72, whos with me
nomatch: broke my fast with dates and water, eid mubarak
note: breaking a fast read as failure, or fasting extended as a goal

[en.eating_disorder.promotion.r3-threshold-more]
sub: promotion
weight: 0.65
pattern: (bmi|weight|ur weight|your weight|ur bmi|your bmi) (is|) (over|above|more than|higher than) (15|16|17|18|19|20|90|95|100|105|110|115|120) ~4 (not trying|not ana|fat|failed|failing|weak|disgusting|gross|not skinny|too much|not thin|not enough)
pattern: (real ones|real anas|true anas|good girls|real girls|skinny girls|we|u|you|ya) (stay|keep it|keep|eat|live|stick) (under|below|less than) (100|200|300|400|500|600|700|800|500cals|800cals|100cals|200cals|300cals)
pattern: (anything|any girl|girls|a girl|everything|anyone) (over|above|more than) (100|105|110|115|120|125|130|100lbs|110lbs|120lbs|50kg|55kg) (on a girl|for a girl|is|are) ~2 (fat|gross|disgusting|huge|obese|a whale|ugly)
match: if ur bmi is over 18 ur not trying hard enough
match: honestly anything over 110 on a girl is gross
match: real ones stay under 800 cals
nomatch: my bmi is over 18 so im in the healthy range
note: low weight, bmi and calorie cut-offs used to shame

[en.eating_disorder.promotion.r3-purge-promo-more]
sub: promotion
weight: 0.7
pattern: (purge|throw|puke|vomit) (it|it up|it all|it all up|everything|that|them|it out) (up|) ~3 (no one|nobody|noone|no body|they) (will|wont|would|ever|gonna|is gonna|is going to|) (know|notice|find out|see|hear|tell)
pattern: (just|then|go|always|i) (throw it up|throw it all up|puke it up|purge it|purge|throw up) ~2 (thats what i do|like i do|its easy|trust me|works|every time|no one|nobody|after)
pattern: (salt water|saltwater|warm salt water|mustard|ipecac|soap|shampoo|syrup of ipecac) ~4 (throw up|puke|vomit|purge|make u sick|make you sick|make yourself sick|make urself sick|come up|bring it up)
pattern: (purging|throwing up|puking|vomiting|laxatives|purge) ~3 (get rid of|gets rid of|remove|removes|burn|burns|undo|undoes|cancel|cancels|erase) ~2 (calories|cals|the food|the binge|a binge|everything|it all)
pattern: (purge|purging|purg) (tip|tips|hack|hacks|trick|tricks|method|methods|guide)
match: purge it, no one will know
match: just throw it up after, thats what i do
match: drink warm salt water to throw up easier
match: does purging actually get rid of calories
match: purging tip eat something colorful first
nomatch: gargle warm salt water for a sore throat
note: purging methods, secrecy and the belief that it removes calories

[en.eating_disorder.behavior.r3-purge-more]
sub: behavior
weight: 0.6
pattern: (till|until|til|then|so|and) i (throw it up|purge|make myself sick|make myself throw up|puke it up|puke it all up|throw it all up|stick my fingers down)
pattern: (went|ran|run|go|going|went straight|ran straight|go straight|straight|right) to the (bathroom|toilet|restroom|loo|bathrooms) ~3 (got it|get it|get rid|empty|bring it|purge|throw up|threw up|puke|puked)
pattern: (got|get|getting|bring|brought|bringing) (it|everything|it all|all of it|lunch|dinner|the food) (all|back|) up ~3 (again|finally|win|relief|empty|light|before it|so)
pattern: (cant|cannot|can not|wont|dont) stop (purging|throwing up|puking|restricting|starving) ~3 (dont want to|dont wanna|dont care|and i dont|and idc|idc|i dont want)
match: sometimes i eat and then i lay in bed hating myself til i throw it up
match: ate lunch, went straight to the bathroom, got it all up
match: cant stop purging and i dont want to stop
nomatch: went straight to the bathroom after the movie
note: purging routines and wanting to keep purging

[en.eating_disorder.behavior.r3-low-cal-more]
sub: behavior
weight: 0.6
pattern: (ate|had|eaten|only|just|under|at) (100|150|200|250|300|350|400|450|500|100cals|200cals|300cals|400cals|500cals) (cals|calories|kcal|today|all day|) ~5 (still|and) ~3 (fat|whale|huge|pig|cow|gross|disgusting|too much|feel)
pattern: (been|stayed|staying|stay|keeping|kept|been eating) (under|below|at) (200|300|400|500|600|700|800|500cals|600cals|800cals) (cals|calories|kcal|) (for|all|every|since) ~2 (days|weeks|week|months|month|day)
pattern: (on|with|after) (only|just|like|) (100|150|200|250|300|350|400|500|100cals|200cals|300cals|400cals|500cals) (cals|calories|kcal) ~4 (who needs|dont need|no food|ran|run|worked out|workout|survived|proud)
pattern: (survive|live|last|go|function) on (100|150|200|250|300|400|500|100cals|200cals|300cals|500cals) (cals|calories|kcal|a day|per day|) (a day|per day|daily|)
pattern: (going back|go back|back|gonna go back|going) (down|) to (0|100|200|300|400|500|600|500cals|300cals) (cals|calories|kcal|a day|)
match: only ate 200 today and i still feel like a whale
match: ive been under 600 for 3 weeks and its finally showing
match: ran 10k on 300 cals, who needs food
match: how long can i survive on 200 cals a day
match: my treatment team can suck it, im going back to 500
nomatch: the charger only has 200 watts
note: very low calorie totals kept for long, or paired with self-disgust

[en.eating_disorder.behavior.r3-no-food-feels-good]
sub: behavior
weight: 0.6
pattern: (no food|nothing|not eaten|no eating|havent eaten|didnt eat|not eating) (since|in|for|all) ~3 (feeling|feel|felt|im) (so|) (light|clean|empty|pure|amazing|proud|great|in control|powerful)
pattern: (love|like|enjoy|crave|missed|miss) ~2 (going to bed|sleeping|waking up|being|feeling|staying|walking around|going to school) (hungry|empty|starving)
pattern: (day|days) (2|3|4|5|6|7|8|9|10|11|12|14|two|three|four|five|six|seven) (no food|of no food|without food|not eating|of not eating|without eating) (feeling|feel|and|still|im|lets|going|so|done|today|again|yay|win|proud|i)
pattern: (go|going|gonna go|will go|went|lasted|last|made it) (3|4|5|6|7|10|three|four|five|seven|ten) (days|day) (without|with no|w no|w/o) (food|eating)
pattern: (on|off) nothing (again|all day|today|for days|since)
match: no food since yesterday morning, feeling so light
match: i love going to bed hungry
match: day 6 no food, feeling clean
match: im gonna go 5 days without food, wish me luck
match: went to school on nothing again
nomatch: i love going to bed early
note: not eating reported as a good feeling or a streak

[en.eating_disorder.behavior.r3-body-signs-more]
sub: behavior
weight: 0.6
pattern: (vision|eyes) (went|goes|going|turned|turns) (black|dark|white|blurry|spotty) ~6 (progress|worth it|working|proud|winning|good|love it|finally)
pattern: (hands|feet|fingers|toes|body|i) (are|is|am|r|always|stay|keep) (always|so|) (freezing|cold|blue|purple|numb) ~4 (working|progress|worth it|good sign|means|winning|proud)
pattern: (period|periods) (stopped|gone|is gone|went away|disappeared|hasnt come|missing|stopped coming|hasnt|havent|didnt come) ~6 (good|yay|finally|means|proud|winning|skinny|working|worth|dont care|dont even care|thin)
pattern: (hipbones|hip bones|ribs|collarbones|collar bones|spine|sternum|cheekbones|bones|thigh gap) ~2 (finally|starting to|start to|begin to) ~2 (showing|poking out|sticking out|visible|poke out|coming out|popping out|show)
pattern: (hipbones|hip bones|ribs|collarbones|collar bones|spine|sternum|bones) (are|r|is) (showing|sticking out|poking out|visible) (again|finally|more|so much|now) ~4 (pretty|good|proud|finally|love|keep going|not stopping|yay|beautiful)
pattern: (light headed|lightheaded|dizzy|faint) ~3 (lighter|thinner|skinnier|smaller|emptier) (body|me|you|u|girl|self)
match: my vision went black when i stood up. progress
match: my hands are always freezing now, its working
match: my period stopped and honestly good, means im skinny enough
match: hipbones finally poking out not stopping now
match: light headed lighter body
nomatch: my period stopped, am i pregnant?
nomatch: my eyes went blurry after the eye exam
nomatch: my ribs are showing through my shirt, its so hot today im soaked
note: starvation signs read as progress, bones showing

[en.eating_disorder.behavior.r3-goal-body-more]
sub: behavior
weight: 0.6
pattern: (be|get|weigh|reach|hit) (in|into|under|) (the|) (double digits|double digit|two digits)
pattern: (fast|fasting|starve|starving|restrict|restricting|not eating|no food|no eating) (until|till|til) (the scale|scale|it|my scale) (says|shows|reads|hits|is|goes)
pattern: (close to|almost|nearly|so close to|closer to) (the|my|a|having a) (thigh gap|thighgap|gw|ugw|goal weight|collarbones|hip bones|hipbones|bones showing|lw)
pattern: (better|happier|prettier|happiest|best|skinnier) (at|when i was|when i weighed) (80|82|85|88|90|92|95|98|100|102|105|80lbs|85lbs|88lbs|90lbs|95lbs|100lbs|35kg|38kg|40kg|42kg|45kg) (lbs|pounds|lb|kg|kilos|)
pattern: (want|wanna|need|going|gonna|trying) (to|) be the (skinniest|thinnest|smallest|tiniest|lightest|boniest) ~3 (girl|one|person|in|at|of)
pattern: (when i was|back when i was|i was) (starving|restricting|anorexic|purging|underweight|sick|at my lowest) ~3 (i was|i felt|i looked|was) (happy|happier|pretty|beautiful|in control|good|myself|perfect|prettier)
pattern: (miss|missed|missing) (being|feeling|looking) (underweight|anorexic|bony|skeletal|that thin|that skinny|so thin|so skinny|empty)
match: i need to be in double digits by summer
match: fasting till the scale says 99
match: im so close to the thigh gap i can feel it
match: i liked myself better at 88 lbs
match: i want to be the skinniest girl in my school
match: when i was starving i was happy, i want that back
match: i miss being underweight so much
nomatch: my score is in the double digits now
nomatch: i miss being tiny enough to fit in the laundry basket lol
note: low weight and bone goals, and nostalgia for the lowest weight

[en.eating_disorder.behavior.r3-food-distress]
sub: behavior
weight: 0.55
pattern: every (bite|meal|mouthful|calorie|crumb) (makes|feels|is|i take) ~3 (cry|sick|disgusting|guilty|fat|gross|hate myself|panic|throw up|wanna cry|want to cry|poison)
pattern: (im|i am|i|ill|i will) (just|) (not eating|done with food|done with eating|quitting food|giving up food|swearing off food) (anymore|at all|from now on|for good)
pattern: (days|weeks|week) since i (ate|had|eaten) (a real|an actual|a proper|a full|real|actual|proper) (meal|food|dinner|lunch)
pattern: (i|im|me|myself) ~4 (shouldnt be allowed to|should not be allowed to|dont get to|dont deserve to) (eat|have food|have dinner|have lunch|have breakfast|eat anything|eat today)
pattern: (pigs|whales|cows|fatties|fatasses|fat people|fat girls|losers|someone|people) like me (dont|do not|shouldnt|never) (deserve|get|need) (to eat|food|dinner|lunch|breakfast|dessert|meals)
pattern: (ate|had|eaten|eat) ~6 (have to|need to|gotta|must|got to|now i have to) (do|run|walk|swim|bike) (50|100|200|300|500|1000|an hour|2 hours|extra|another|more) (jumping jacks|crunches|situps|sit ups|squats|burpees|laps|miles|km|steps|hours|minutes|)
pattern: (only|not|never) (eat|eating|let myself eat) (if|after|once|when|unless) i (burn|burned|burnt|run|ran|walk|do|exercise|work out|hit) ~3 (first|cals|calories|steps|miles|km)
match: every bite makes me want to cry
match: i hate how food makes me feel so im just not eating anymore
match: its been 4 days since i ate an actual meal and nobody has noticed
match: im a fat disgusting pig i shouldnt be allowed to eat
match: pigs like me dont deserve dinner
match: ate a cookie and now i have to do 500 jumping jacks
match: ill only eat if i burn 1000 first
nomatch: food coma, im never eating again
note: eating met with distress, self-denial, or exercise as the price of food

[en.eating_disorder.promotion.r3-slogans-r3]
sub: promotion
weight: 0.7
pattern: (sweet dreams|dreams) are made of (bones|hunger|skin and bones|starving|starvation|empty stomachs)
pattern: (skinny|thin|ana|starving) is a (lifestyle|choice|life style|mindset|way of life)
pattern: (food|eating) is (just|only|) a (habit|drug|weakness|crutch|reward you dont deserve)
pattern: (starving|restricting|not eating|hunger|fasting|skipping meals) is (self control|discipline|control|strength|power|willpower|beauty)
pattern: moment on the lips ~6 (dont|never|put it down|skip|not worth|no)
pattern: (want it|want to be skinny|want to be thin|want it badly|wanted it) (bad enough|badly enough|enough) ~3 (you|u|ya|youll|ull|you will|u will) (wont|will not|dont|wouldnt) (eat|need food|get hungry|snack)
pattern: (dont|do not) need (food|to eat|dinner|lunch|carbs|snacks) ~3 (need|just need) (discipline|willpower|self control|control|motivation)
pattern: (hunger|hungry|growling|stomach|pangs) ~6 (fat|fat cells) ~3 (dying|dies|crying|screaming|leaving|burning|melting)
pattern: (best feeling|favorite feeling|favourite feeling|nothing better|love) ~6 (feeling|feel|touching|touch|seeing|see) (my|ur|your|the) (hipbones|hip bones|ribs|collarbones|spine|bones|sternum)
pattern: (starve|purge|fast) (the|this|my|ur|your|that) (fat|weight|chub|rolls|belly|thighs|stomach|pounds) (off|away|out)
match: sweet dreams are made of bones
match: skinny is a lifestyle, food is just a habit
match: a moment on the lips, forever on the hips. dont eat it
match: if u want it bad enough u wont eat
match: hunger is just ur fat screaming as it dies
match: the best feeling is waking up and feeling ur hipbones
match: starve the fat off, no excuses
nomatch: sweet dreams are made of this
note: pro-ana slogans and mantras

[en.eating_disorder.instructions.r3-ignore-symptoms]
sub: instructions
weight: 0.6
pattern: (ignore|push through|push past|fight through|power through|ignoring) ~4 (headache|headaches|dizziness|dizzy|hunger|pain|pangs|faint|shaking|shakes|weakness|cold|heart) ~8 (not eating|fasting|starving|restricting|no food|eat less|eating less)
pattern: (body|it|ur body|your body|my body) (is|) (adjusting|adapting|getting used|used) to (not eating|no food|starving|fasting|less food|starvation|the restriction|restriction)
match: ignore the headache its just your body adjusting to not eating
nomatch: push through the headache and finish the exam
note: starvation symptoms dismissed as adjustment

[en.eating_disorder.instructions.r3-hide-more]
sub: instructions
weight: 0.6
pattern: (food|lunch|dinner|breakfast|meal|meals|plate|napkin|trash|weight loss|baggy|vegan|stomach ache|stomachache|skip dinner|skip lunch|dont eat|not eating) ~6 (so|before|without) (ur|your|my|no one|nobody|anyone|noone|parents|mom|dad|family|people|they|teachers) ~2 (notice|notices|noticing|sees|see|seeing|questions|question|asks|knows|know|finds out|find out|suspect|suspects|catches|catch|can tell)
pattern: (tell|say|pretend|claim) ~3 (have a stomach ache|have a stomachache|have a tummy ache|r sick|are sick|are full|r full|are vegan|r vegan|already ate|ate at school|ate at a friends) (so|to) ~1 (can skip|skip|dont eat|not eat|wont eat|no one|nobody)
pattern: (give|feed|slip|pass|sneak) (ur|your|my) (food|dinner|lunch|meal|meals|plate) to (the|ur|your|my) (dog|dogs|cat)
pattern: (move|moving|push|pushing|spread|spreading) (it|food|ur food|your food|my food|the food) (around|round) (the|ur|your|my) plate
pattern: (looks|look|seem|seems|make it look|makes it look) like (u|you|ya|i) (ate|eaten|have eaten|ate something|ate it|already ate)
pattern: (ankle weights|weights|coins|batteries|rocks|water bottles|heavy jewelry) ~5 (under|in|inside) ~3 (pants|clothes|pockets|bra|socks|hoodie|jeans|leggings) ~4 (doctor|doctors|weigh|weighin|nurse|appointment|scale|checkup)
pattern: (put|stuff|spit|wrap|slip) (ur|your|my|the) (food|dinner|lunch|meal|breakfast) (in|into) (a|the|ur|your|my) (napkin|pocket|pockets|sleeve|bag|trash|bin|toilet)
match: wear baggy clothes so ur parents dont notice the weight loss
match: tell ur mom u have a stomach ache so u can skip dinner
match: throw ur lunch in the school trash before anyone sees
match: give ur food to the dog under the table
match: say ur vegan so no one questions why u dont eat
match: cut ur food into tiny pieces and move it around the plate, looks like u ate
match: wear ankle weights under ur pants at the doctor
match: put ur food in a napkin and flush it
nomatch: hide the presents so the kids dont see
note: hiding not eating and weight loss from family, school and doctors

[en.eating_disorder.instructions.r3-howto-more]
sub: instructions
weight: 0.55
pattern: (lose|drop|losing) (1|2|3|4|5|two|three|a pound|1lb|2lbs|3lbs|5lbs|1kg|2kg) (lbs|pounds|lb|kg|kilos|) (a|per|every|each) day
pattern: (shrink|make) (ur|your|my|the) (stomach|tummy|appetite) (smaller|shrink|small|so)
pattern: (stop|keep|prevent) (my|ur|your) (parents|mom|dad|family|mum|doctor|therapist) (from|) (making|forcing) (me|u|you) (eat|gain|eat more|eat dinner)
match: how many calories do i need to eat to lose 2 lbs a day
match: tips to make ur stomach smaller so u eat less
match: how do i stop my parents from making me eat
nomatch: lose a pound a week safely with your doctor
note: extreme loss rates, shrinking the stomach, resisting refeeding

[en.eating_disorder.promotion.r3-relapse-glorify]
sub: promotion
weight: 0.65
pattern: (relapse|relapsed|relapsing) ~5 (feels like|feel like|felt like|is like) (home|coming home|relief|freedom|myself again|heaven|a hug|an old friend)
pattern: (recovery|treatment|eating|meal plan|refeeding|gaining|my dietitian|my therapist) (made|makes|is making|has made) me (fat|huge|gross|disgusting|a whale|fatter|a pig|bigger)
pattern: (treatment team|therapist|dietitian|recovery|meal plan|doctors) (can|) (suck it|fuck off|go to hell|shove it|screw off)
match: relapsed and ngl it feels like coming home
match: recovery made me fat, never again
nomatch: relapse happens and it doesnt mean failure
note: relapse welcomed, recovery blamed for weight

[en.eating_disorder.promotion.r3-aimed-more]
sub: promotion
weight: 0.65
also: cyberbullying.appearance_shaming
pattern: (starve|starv) (bitch|hoe|ho|slut|loser|idiot|fatty|fatass|pig|cow|whale|piggy|fatso|lardass|skank)
pattern: (stop|quit) (stuffing|shoving|feeding|cramming) (ur|your|her|his|that|ya|yo) (face|fat face|mouth|gob|fat mouth)
pattern: (eating|eats|ate|food|snacking|fat|fatty|whale|pig|cow|hippo|chubby|fatass|piggy) ~6 (someone|somebody|pls|please|plz) (tell|make) (her|him|them) (to|) (stop|quit|put the fork down|starve|skip|eat less|lay off)
pattern: (maybe|try|just|pls|please|should) (dont|not|stop|quit) (eat|eating) (for a week|for a month|for a day|for a few days|for once|for a while|ever again)
pattern: (not eating|starving|skipping meals|skipping a meal|skipping dinner|skipping lunch|eating less) (would|could|might|will) (do|help) (you|u|ya|her|him) (some good|good|a favor|wonders|a lot)
pattern: (you|u|ya|yu) (should|could|need to|gotta|must) (try|start|consider) (starving|not eating|purging|skipping meals|throwing up|restricting|anorexia|bulimia|laxatives)
pattern: (maybe|go|should|could|pls|please) (starve|starv) (for a bit|for a while|for once|a little|for a week|for a day|for a month|already)
pattern: (thighs|stomach|belly|arms|face|chins|double chin|gut|ass|body|legs) (are|is|r|look|looks) (so|) (huge|massive|fat|enormous|big|gross) ~4 (skip|stop eating|starve|eat less|lay off|diet)
pattern: (fat|fatty|fatties|chubby|fat girls|fat people|fatasses|pigs|whales) (like u|like you|like her|like them|like yall) (should|need to|gotta|better|ought to|must) (be|) (starving|starve|skip|skipping|stop eating|diet|dieting|not eat|not be eating)
match: starve bitch
match: stop stuffing ur face and maybe ull lose the double chin
match: cant believe shes eating again lol someone tell her to stop
match: lmao maybe dont eat for a week, might help
match: not eating would do you some good tbh
match: u should try starving, maybe ppl would like u
match: you eat like a pig, maybe starve for a bit
match: ur thighs are huge, skip some meals bro
match: fat girls like u should be starving not snacking
nomatch: someone tell her to stop talking
nomatch: you should try eating more protein
note: telling a person or a group to starve or stop eating

[en.eating_disorder.promotion.r3-least-eats-wins]
sub: promotion
weight: 0.65
pattern: (whoever|who ever|whoever eats|the person who|the one who|first to) ~2 (eats the least|eat the least|eats less|lowest cals|lowest calories|least cals|least calories|least food|fewest calories|fasts longest|fasts the longest|lasts longest without food) ~3 (wins|win|gets|is the winner|gets a prize)
pattern: (lowest|least|fewest) (cals|calories|kcal|intake|food|number) (wins|win|gets a prize|takes it)
pattern: (post|share|drop|send) (ur|your|yo|their) (totals|cal totals|calorie totals|intake|cals|numbers|weigh ins|weights) (tonight|today|here|below|in the chat|every night|daily)
match: whoever eats the least this week wins
match: lowest cals wins, post ur totals tonight
nomatch: whoever scores the most wins
note: restriction contests (least food wins) and posting intake to a group

[en.eating_disorder.behavior.r3-slang-skip]
sub: behavior
weight: 0.55
pattern: (skip|skipping|skipped|skippin|skiped) (breakfast|brekkie|brekky|bfast|breaky|brekfast|lunch|dinner|din|meals|supper) (and|n|plus|) (lunch|dinner|din|meals|snacks|supper) (again|agen|agn|today|2day|every day|everyday|hehe|lol|on purpose|too|tho|yay|win)
pattern: (restricting|restrict|starving|purging) (so|really|extra|) (hard|harder|strict|strictly|well) (this week|today|tonight|again|rn|now|lately|until|til|till|this month)
pattern: no (breakfast|lunch|dinner|brekkie|food) ~2 no (breakfast|lunch|dinner|food|snacks) ~3 (thats how|how u|how you|win|proud|easy|lets go|so proud|winning)
pattern: (bites|bite|spoonfuls|spoonful|forkfuls) of (dinner|lunch|breakfast|my food|food|my dinner|my lunch) ~4 (then|and|win|proud|thats it|and thats it|hid|tossed|threw)
pattern: (hid|hide|hiding|tossed|threw out|threw away|dumped|binned|flushed|gave away|fed the dog) (the|my|) (rest|leftovers|rest of it|rest of my food|rest of dinner) ~3 (win|so proud|proud|nobody|no one|noticed|they|parents|mom|again)
match: skipping brekkie n lunch again hehe
match: restricting hard this week
match: black coffee, no breakfast, no lunch. thats how u do it
match: had 3 bites of dinner then hid the rest, win
nomatch: skipped breakfast and lunch because of the exam, starving now
nomatch: no breakfast no lunch today, back to back meetings
note: chat spellings of skipped meals, restriction intensity, hiding leftovers

# --- round 3, third pass: families from the third probe batch -----------------------------------

[en.eating_disorder.behavior.r3-fast-for-body]
sub: behavior
weight: 0.6
pattern: (fast|fasting|starve|starving|not eat|not eating|skip meals|skipping meals|restrict|restricting) ~5 (so i|to|so that i|and i will|and ill) (look|be|get|feel|fit) (good|thin|skinny|small|tiny|better|hot|pretty|flat|smaller|thinner|skinnier|into) (for|in|at|by|before|on)
pattern: (not stopping|wont stop|never stopping|dont stop|not gonna stop) (til|till|until|untill) (im|i am|i|my) ~2 (skinny|thin|bones|tiny|underweight|gw|ugw|can see|see my|gone|a skeleton)
pattern: (fast|fasting|restricting|not eating|starving|no food) ~6 (i feel|feel|feeling|felt) (so|) (in control|powerful|untouchable|pure|empty)
pattern: (thighs|stomach|belly|arms|fat|rolls|love handles|double chin|cheeks|hips) ~3 (need to|have to|gotta|must|needs to|has to) (be gone|go|disappear|shrink|vanish)
pattern: (stomach|tummy|belly) ~4 (concave|hollow|caved in|sunken)
match: gonna fast thru the weekend so i look good for the party
match: starting a fast tomorrow and not stopping til im skinny
match: tw ed day 3 of my fast and i feel so in control
match: i keep pinching my thighs, they need to be gone before summer
match: i just want my stomach to be flat and concave
nomatch: fasting for ramadan and i feel so close to god
note: fasting for a look, control or bones; body parts that must disappear

[en.eating_disorder.behavior.r3-look-sick-point]
sub: behavior
weight: 0.6
pattern: (look|looks|looking) (sick|ill|skeletal|like a skeleton|too thin|too skinny|anorexic|dead|like death) ~4 (thats the point|that is the point|good|perfect|finally|yay|goal|winning|compliment|love it|best compliment)
pattern: (scared|afraid|terrified) of (gaining|getting fat|weight gain|food|eating|calories) ~4 (so i|i just|so) ~2 (dont|stopped|stop|wont|skip|barely|never) (eat|eating)
pattern: (if|when|before) i (gain|get fat|go over|hit 100|weigh more) ~4 (kill myself|die|end it|disappear|hurt myself)
pattern: (being fat|getting fat|gaining weight|gaining|being chubby) (is|would be) the worst thing
pattern: fat is the worst thing (i|you|u|to be|a girl|anyone|someone)
pattern: (burned|burnt|burn) (200|300|400|500|600|700|800|900|1000) (and|but|n) (ate|had|eaten|consumed|only ate) (100|200|300|400|500|600)
pattern: (steps|miles|km|laps|workout|crunches|cardio|gym|run) or (no|skip) (dinner|lunch|breakfast|food|eating|meals)
match: my bf says i look sick but thats the point
match: im scared of gaining so i just dont eat anymore
match: if i gain weight ill kill myself, not even joking
match: fat is the worst thing i could ever be
match: i burned 800 and ate 300, perfect day
match: 10k steps or no dinner, thats my rule
nomatch: you look sick, go home and rest
nomatch: fat is the worst thing to cook with
note: wanting to look ill, fear of gain driving not eating, exercise as the price of food

[en.eating_disorder.promotion.r3-ana-tips-more]
sub: promotion
weight: 0.7
pattern: (ana|mia|proana|promia) (tip|trick|hack|rule|secret|advice|guide) (wear|drink|chew|eat|dont|never|if|when|always|skip|use|sleep|ice|gum|water|coffee|take|hide|brush|number|no|1|one|for|of the day|u|you)
pattern: (wannabe|wanna be|aspiring|beginner|wannarexic) (ana|mia|anorexic|anas|bulimic)
pattern: (drop|post|share|whats|what is|tell me) (ur|your|yo|their) (lowest weight|lw|lowest bmi|ugw|gw|lowest cals|lowest intake)
pattern: (ana|mia|fasting|starving|restricting|starve) (buddy|buddies|partner|coach) ~6 (strict|under|must|only|every day|daily|check|text)
pattern: (strict|strictest) (ed|ana|mia) (buddy|buddies|partner|coach)
pattern: (tips|tricks|ways|how) ~4 (without eating|without food|on no food|on nothing|skip lunch|skipping lunch|skip meals|skipping meals|not eating lunch|not eating at school)
pattern: (stay strong|be strong|stay focused|stay skinny) ~3 (no snacks|no dinner|no food|no eating|no carbs|no lunch|no breakfast|no cheating) (tonight|today|girlies|ladies|babes|till|until|this week|all day|tomorrow|loves|lovelies)
match: ana tip wear a rubber band, snap when hungry
match: wannabe ana here, need tips
match: drop ur lowest weight and how u got there
match: looking for a strict ed buddy to text every day, must be under 100 lbs
match: anyone have tips for getting through school without eating lunch
match: stay strong girlies, no snacks tonight
nomatch: ana tipped the waiter well
nomatch: stay strong, no snacks before dinner kids
nomatch: ed buddy at the gym is strict about form
nomatch: ana tip jar is on the counter
note: pro-ana tips, beginners and partners

[en.eating_disorder.promotion.r3-dont-eat-advice]
sub: promotion
weight: 0.65
pattern: (just|simply) (dont|stop|quit|never) (eat|eating) ~4 (works|free|easy|simple|trust me|lose weight|its that easy|problem solved|skinny)
pattern: (look|looks|looked) (better|prettier|thinner|skinnier|hotter|cuter) (when|if) (u|you|ya|i|she|he) (dont|arent|didnt|stop|skip|stopped|skipped) (eat|eating|meals|dinner|lunch|breakfast)
pattern: (then|and|just) (throw up|purge|puke) (the rest|what u ate|what you ate|everything|the extra|whatever|it all)
pattern: (no one|noone|nobody) (eat|eats|eating) (today|2day|tonight|tmrw|tomorrow|this week) ~4 (together|2gether|we|ok|okay|deal|challenge|all of us)
pattern: (eat|eating|eats) (3|three|2|two) (meals|times) (a day|per day|daily) ~2 (disgusting|gross|ew|eww|pathetic|weak|greedy|so much)
match: just dont eat, its free and it works
match: honestly u look better when u dont eat
match: use a smaller plate and only eat half, then throw up the rest if u feel full
match: noone eat 2day ok we r doing this 2gether
match: cant believe ppl actually eat 3 meals a day, disgusting
nomatch: just dont eat the yellow snow
note: telling others not eating works or looks better

[en.eating_disorder.behavior.r3-intake-misc]
sub: behavior
weight: 0.55
pattern: (eat|eating|stay|staying|keep|keeping|goal|be|im|been|plan|limit) ~3 (under|below|less than|max|maximum|no more than|not over) (100|200|300|400|500|600|700|800|500cals|300cals|800cals) (a day|per day|daily|cals a day|calories a day|kcal a day)
pattern: (had|ate|took|eaten) (1|2|3|one|two|three|a few|a couple|a couple of) (bites|bite|spoonfuls|sips) ~3 (threw|tossed|hid|dumped|binned|spit|spat|lets go|win|proud|thats it|and stopped|n threw)
pattern: (ate|had|eaten|binged) ~8 (threw|puked|vomited|purged) (it|them|everything|it all|that|those|em) (all|) up ~4 (bathroom|toilet|again|on purpose|so|before|after)
pattern: (only|my only) (safe food|safe foods) (is|are|rn|today|right now)
pattern: food (is|feels like) (poison|toxic|evil) (to me|for me|honestly|and i|i|lately)
pattern: (i swear|honestly|literally) food (is|feels like) (poison|toxic|evil)
pattern: food (is|feels like) (the enemy|my enemy)
match: my goal this week is under 500 a day
match: jst had 2 bites n threw it out, lets go
match: ate 3 cookies at my friends house and threw them up in her bathroom
match: only safe food is cucumber and coffee rn
match: i swear food is poison to me
nomatch: spend under 100 a day on vacation
nomatch: food is poison if its expired
note: tiny caps, a few bites, purging after eating, food as poison

[en.eating_disorder.promotion.r3-aimed-third]
sub: promotion
weight: 0.7
also: cyberbullying.appearance_shaming
pattern: lay off (the|those|ur|your|da) (cake|cakes|food|snacks|cookies|donuts|fries|pizza|chips|carbs|sweets|burgers|twinkies|ice cream) ~3 (for once|fatty|fatass|pig|cow|whale|lol|lmao|already|piggy)
pattern: (cow|pig|fatty|whale|fatass|piggy|heifer|hippo|lardass|fatso) ~2 lay off (the|those|ur|your|da)
pattern: (go|just|pls|please) (throw up|puke|purge|vomit) (ur|your|her|his|that|the) (lunch|dinner|breakfast|food|meal|cake|pizza|snack|fries)
pattern: (stop|quit) eating ~4 (nobody|no one|noone) (wants|likes|loves|will date|dates|wants to date) (a|) (fat|chubby|fatty|whale|fat ass)
match: cow. lay off the cake for once
match: go throw up ur lunch, its the only way ull fit in
match: stop eating, nobody wants a fat gf
nomatch: lay off the caffeine after noon
note: meanspo aimed at a person

# --- round 3, fourth pass: families from the fourth probe batch ---------------------------------

[en.eating_disorder.behavior.r3-restriction-pays-off]
sub: behavior
weight: 0.6
pattern: the (less|fewer) (i eat|i have|calories|cals|food|meals) ~2 the (more|better|happier|skinnier|thinner|prettier|stronger|safer|lighter)
pattern: (skipping|not eating|starving|restricting|fasting|purging|skipping meals|all the skipping|the restriction) (is|are|has been|was|finally) (paying off|working|worth it|finally working|showing)
pattern: (down|lost|dropped) (2|3|4|5|6|7|8|9|10|12|15|20|2lbs|3lbs|5lbs|6lbs|10lbs) (lbs|pounds|kg|kilos|lb|) ~4 (from|by|just from|bc of|because of|thanks to|only by) (not eating|starving|fasting|skipping|restricting|purging|throwing up|laxatives|barely eating)
pattern: (hungry|hunger|empty|emptiness|starving|not eating|an empty stomach|being hungry) (makes|make) me (feel|) (clean|pure|safe|in control|powerful|strong|light|pretty|beautiful)
pattern: (good|great|perfect|best) day (is|was) (when|one where|the day) (i|u|you) (eat|ate) (nothing|under|less|no food|zero)
match: the less i eat the more control i have
match: i love when my jeans are loose, means all the skipping is paying off
match: down 6 lbs this week from not eating, cant stop now
match: being hungry makes me feel clean
match: a good day is when i eat nothing
nomatch: the less i spend the more i save
note: restriction reported as paying off

[en.eating_disorder.behavior.r3-secret-restriction]
sub: behavior
weight: 0.6
pattern: (skipped|skip|skipping|didnt eat|havent eaten|not eaten|not eating|threw out|tossed) ~6 (nobody|no one|noone) (even|has|ever|) (noticed|notices|notice|knows|cares|asked|suspects)
pattern: (make|making|get|convince) (my|ur|your|the|them) (parents|mom|dad|family|doctor|therapist|friends|them|everyone|people|nurse) (think|believe) (im|i am|u r|youre|you are|i|u|you) (eating|ate|eat|fine|recovered|better|eating enough)
pattern: (parents|mom|dad|family|they|everyone|therapist|doctor) (think|thinks|believe|believes) (im|i am|i) (recovered|eating|better|fine|eating again) ~4 (but|still|actually|lol|really) ~2 (restricting|starving|purging|not eating|throwing up|skip|skipping)
pattern: (dont|doesnt|dont even|never) (know|knows|noticed|notices) (i|that i|im) (havent|dont|didnt|never|stopped|am not|not) (eaten|eat|eating|ate)
pattern: (told|tell|telling|lied to) (the|my) (nurse|doctor|therapist|dietitian|counselor|mom|parents|dad) (i|im|that i) (eat|ate|eating|am eating) ~4 (lol|but|actually|really|i eat one|i dont|lie|lies|lying)
pattern: (caught|found|heard) (me|her|him) (throwing up|purging|puking|making myself sick|hiding food)
pattern: (eat|ate|eating|meal|dinner|lunch) ~6 (bathroom|toilet) (before|so) (anyone|anybody|nobody|no one|they|people|my parents|mom) (sees|see|notices|notice|hears|hear|knows|can)
match: skipped every meal today and nobody even noticed lol
match: how to make my parents think im eating
match: my parents think im recovered but im still restricting
match: my friends dont know i havent eaten lunch all year
match: i told the nurse i eat 3 meals a day lol, i eat one
match: my mom caught me throwing up, now i do it in the shower
match: i eat and then i run to the bathroom before anyone sees
nomatch: my mom caught me sneaking cookies lol
note: hiding restriction and purging from family and clinicians

[en.eating_disorder.promotion.r3-pressure-partners]
sub: promotion
weight: 0.65
pattern: (if|when|whenever|every time) (u|you|ya) (eat|ate|eat anything|binge|snack) ~4 (gym|run|workout|exercise|cardio|crunches|purge|throw up|fast|starve) ~4 (hours|hour|no exceptions|after|tomorrow|to burn|burn it)
pattern: (wanna eat|want to eat|feel hungry|get hungry|craving|crave food|wanna snack) ~6 talk (u|you|ya|me) out of (it|eating)
pattern: (fast|fasting|restrict|restricting|starve|starving|no food|not eating|cals|calories) ~8 (break|broke|eat|ate|cave|caved) (it|the fast|ur fast|your fast|) ~2 (u|you|ya|youre|ur) (get|gets|are|r) (kicked|banned|removed|out|blocked)
pattern: (push|motivation|help|someone) (to|) (not eat|stop eating|not to eat|skip meals|restrict|keep fasting) ~4 (dm|text|message|pm|hmu)
pattern: (starve|starving|fast|restrict) for (the|a|my|ur|your|that) (bikini|summer|prom|dress|beach|body|thigh gap|photos|pics|crop top)
pattern: (if|when) (ur|youre|you are|u r|you|u) (not|arent) (hungry|starving|dizzy|cold|empty) (ur|youre|you are|u r|you|u) (not|arent) (trying|doing it right|ana|serious|dedicated|committed)
pattern: no (eating|food) no (problems|weight|fat|calories|gains)
pattern: eat less ~2 (shrink|shrinking|get smaller|be smaller|disappear)
pattern: imagine (gaining|getting fat|eating carbs|eating dessert|being fat) ~4 (couldnt be me|could never be me|not me|ew|gross)
match: tip for the girlies: if u eat, hit the gym for 2 hours after, no exceptions
match: text me every time u wanna eat and ill talk u out of it
match: accountability group for fasting, strict, if u break it u get kicked
match: if u need a push to not eat dm me, ill be mean
match: starve for the bikini, not for anyone else
match: if ur not hungry ur not trying
match: no eating no problems
match: eat less, shrink more
match: imagine gaining weight, couldnt be me
nomatch: if you eat late, go for a walk after
nomatch: if you break the streak you get kicked from the group chat lol
note: pressure, accountability and mantras pushing others to restrict

[en.eating_disorder.instructions.r3-methods-more]
sub: instructions
weight: 0.6
pattern: (water|drink|chug|chugging) ~6 (weigh in|weighin|weigh ins|doctor|appointment|scale) ~4 (add|gain|heavier|more weight|look heavier)
pattern: (lose|drop) ~3 (lbs|pounds|kg|weight|kilos) ~2 (without eating|without food|by not eating|by starving|by fasting|by purging)
pattern: (laxatives|laxies|dulcolax|ex lax|exlax|senna|diet pills|water pills) ~8 (whole|entire|full) (box|bottle|pack|packet)
pattern: (only way|the only thing|how) i (get|got|make it|survive) (through|thru) ~3 without (eating|food)
pattern: (cals|calories|kcal|ate|eaten) ~8 (tomorrow|tmrw|2moro) (ill|i will|im|gonna|going to) (do|eat|have|only eat|only have|stay under|keep it under|go) (0|100|200|300|400|500)
pattern: (tomorrow|tmrw|2moro) (ill|i will|im|gonna|going to) (only eat|only have|stay under|keep it under|eat under|do) (0|100|200|300|400|500) (cals|calories|kcal|cal)
pattern: (need|want|wanna|gotta|have) (to|) (be|get|weigh) (under|below|less than) (80|85|90|95|100|105|110|40|45) (by|before|until|till|for|in)
match: how much water do i need to drink before weigh in to add 3 lbs
match: whats the fastest way to lose 15 lbs without eating
match: bought laxatives today, gonna take the whole box after dinner
match: chewing on ice all day is the only way i get through practice without eating
match: ugh 600 cals today, so bad, tomorrow ill do 200
match: i weighed 105 this morning, need to be under 100 by friday
nomatch: water keeps me awake at night lol
nomatch: tomorrow ill do 100 pushups
note: methods and targets: water loading, loss without food, laxative overdose, tiny tomorrow targets

[en.eating_disorder.promotion.r3-aimed-fourth]
sub: promotion
weight: 0.65
also: cyberbullying.appearance_shaming
pattern: (fat|fatties|fat people|fat girls|fatasses|obese people|fat kids) ~3 (shouldnt|should not) (even|) (be allowed|get) to (eat|be eating)
pattern: (stop|quit) eating ~4 (ur|youre|you are|u r|u|you) (getting|look|looking|are) (so|too|really|) (fat|huge|big|chubby|fatter|obese)
pattern: (why dont|why not|just|maybe) (u|you|ya) (just|) (try|start) (not eating|starving|skipping meals|eating less|purging|throwing up)
pattern: skip (a|one) (meal|lunch|dinner|snack) (or|) (two|10|ten|twenty|100|five|few|2|3|5)
pattern: (skip|miss) (a|some|a few|a couple) (meal|meals|lunches|dinners) (bro|fatty|lol|lmao|tbh|pls|dude|girl|sis|fatass|piggy)
pattern: (growl|growling|growls) ~6 (smile|progress|winning|thats progress|good sign)
match: fat people shouldnt even be allowed to eat in public
match: pls stop eating, u r getting so fat its embarrassing
match: why dont u just try not eating, ur so big
match: bro skip a meal or 10
match: u should hear ur stomach growl and smile, thats progress
nomatch: skip a level or two with this cheat
note: telling a person or fat people to stop eating or skip meals

[en.eating_disorder.behavior.r3-weak-body-wish]
sub: behavior
weight: 0.4
pattern: (want|wanna|need|goal|dream) (to|is to|) (look|be) like (a|) (skeleton|skeletons|stick|twig|corpse|skin and bones)
pattern: (diet soda|diet coke|coke zero|water|gum|coffee|tea|seltzer|ice) ~8 (keeps|keep|kept) me (full|from eating|from being hungry|from snacking)
match: i want to look like a skeleton, is that weird
match: diet soda is my best friend and it keeps me full
nomatch: i want to look like a rockstar
note: weak: a skeletal body wish (also a costume) or a drink that keeps one full (also diet advice); counts only with another sign

# --- round 3, fifth pass: families from the fifth probe batch -----------------------------------

[en.eating_disorder.behavior.r3-rules-self]
sub: behavior
weight: 0.6
pattern: (cant|wont|not|dont|no) (eat|eating) (until|till|til|unless) (they|it|my thighs|my stomach|my belly|my arms|my face|i) (shrink|shrinks|are smaller|is smaller|get smaller|go away|disappear|am smaller|look smaller)
pattern: (binge|binged|eat|ate|cave|caved|slip|slipped|gain|gained) ~5 (have to|has to|must|gotta|need to) (fast|starve|purge|restrict) (for|until|till|the next|all|) ~2 (days|day|hours|week|48|72|24|36)
pattern: (purging|throwing up|restricting|starving|laxatives|not eating|skipping meals) (has become|is|became|is now|has been) (my|a) (routine|habit|ritual|daily thing|coping mechanism|nightly thing)
pattern: (want|wanna|need) (my|) (bones|collarbone|hip bones|spine|cheekbones) to (show|stick out|poke out|be visible|be seen)
pattern: (fast|fasting|starve|starving|not eating|restrict|restricting) (until|till|til) (i|u|you) (pass out|faint|collapse|black out|drop)
pattern: (threw up|puked|purged|vomited|throw up|puke) ~4 (after|right after) (lunch|dinner|breakfast|eating|meals|every meal|i ate|school lunch) (again|agen|every day|today|like always|like usual)
pattern: (skip|skipping|skipped) (lunch|dinner|breakfast|meals) ~6 (diet pills|laxatives|appetite suppressants|fat burners|water pills)
pattern: no (carbs|sugar|fat|dairy|snacks) ~4 no food
match: my thighs are so fat i cant eat until they shrink
match: if u have a binge tomorrow u have to fast for 3 days, those are the rules
match: purging has become my routine after dinner
match: i want my bones to show so bad
match: fasting until i pass out is my new goal
match: i threw up in the school bathroom after lunch again
match: skip lunch and use the money for diet pills
match: no carbs no sugar no fat no food basically
nomatch: purging old files is my routine on fridays
note: restriction and purging rules, routines and goals

[en.eating_disorder.instructions.r3-methods-fifth]
sub: instructions
weight: 0.55
pattern: (vinegar|apple cider vinegar|acv|black coffee|water|gum|fiber|psyllium|ice) ~6 so (u|you|i|ya) (eat|can eat|will eat|end up eating) (nothing|barely anything|almost nothing|way less)
pattern: (is|are) all (u|you|ya|i|we) (need|needs) ~2 (no food|not food|no eating|no meals|forget food|skip food)
pattern: (if|when) (ur|youre|you are|u r|u|you|im|i am|i) (hungry|starving|craving) ~2 (brush|go to bed|sleep|take a shower|nap|chew ice|chew gum|snap)
pattern: (ice cube|ice cubes|ice|gum|celery|pickle|pickles) ~3 (every time|whenever|when|instead) (u|you|ya|i) (want|crave|get|feel like) ~2 (snack|food|eat|eating|a snack|hungry)
pattern: (spit|spitting|spat) (out|) (my|the|ur|your) (food|meals|dinner|lunch) ~8 without (gaining|getting fat|the calories|the cals|weight gain|swallowing)
match: drink vinegar before meals so you eat nothing
match: apple cider vinegar and black coffee is all u need, no food
match: if ur hungry, brush ur teeth and go to bed
match: eat an ice cube every time u want a snack
match: spitting out my food is the only way i can enjoy it without gaining
nomatch: if youre hungry, grab a snack
note: suppression and chew-and-spit tips

[en.eating_disorder.promotion.r3-aimed-fifth]
sub: promotion
weight: 0.65
also: cyberbullying.appearance_shaming
pattern: (fat|fatty|fatties|chubby|fat girls|fat people|fatasses|pigs|whales) (like u|like you|like her|like them|like yall) (should|need to|gotta|better|ought to|must) (really|just|seriously|honestly) (be|) (starving|starve|skip|skipping|stop eating|diet|dieting|not eat|quit eating)
pattern: (starve|fast|skip a meal|skip meals) (a little|a bit|for a bit|for a while) ~3 (u|you|ya) (could|can|need|should|would) (use|lose|afford|benefit)
pattern: (maybe|just|go|should|pls) (purge|throw it up|throw up|puke) (after|it|that) ~3 (meal|dinner|lunch|food|pizza|binge|cake|buffet)
pattern: (eat|eats|eating|ate) (after|past) (3|4|5|6|7|8|noon|dark) ~2 (ur|youre|you are|u r|is|makes you|makes u) (a pig|a cow|fat|a whale|weak|disgusting|gross|a fatty|a failure)
pattern: (wants to|wanna|want to|gonna|lets|let us|who wants to) (starve|restrict|purge|not eat) with me
match: fat girls like you should really stop eating
match: go on, starve a little, u could use it
match: maybe purge after that big meal lol
match: if u eat after 5 ur a pig
match: who wants to starve with me this week
nomatch: maybe take a walk after that big meal
note: telling a person to starve or purge; eating after a cut-off as shameful; recruiting

# --- round 3, sixth pass: families from the sixth probe batch -----------------------------------

[en.eating_disorder.behavior.r3-restriction-sixth]
sub: behavior
weight: 0.6
pattern: (weeks|days|months|week|month) of (barely eating|not eating|starving|restricting|purging|eating nothing|eating almost nothing) (and|n|im|i|finally|down|lost|but|so|now)
pattern: (only|just) (let|allow) (myself|me) (have|drink|eat) (water|coffee|tea|one meal|1 meal|a snack|half|fruit|black coffee|diet coke)
pattern: (anxious|panic|scared|guilty|disgusting|fat) (if|when|whenever|after) i (eat|ate|have) (more than|over|anything|a full|a whole) ~3 (so i|i just|so) ~2 (dont|skip|stop|wont|purge|throw)
pattern: (so|too) (thin|skinny|small|tiny) (i|that i|that people|people) (disappear|vanish|fade|break|cant be seen|cant see me)
pattern: (punch|punched|hit|hitting|slap|slapped|pinch|pinched|scratch|scratched) (it|my stomach|my belly|my thighs|myself|my body) ~3 (after eating|after i ate|after dinner|after lunch|when i eat|bc i ate|because i ate|for eating)
pattern: (so good|good girl|so proud|perfect|did well) today ~3 (only|just) (1|2|3|one|two|three|half|a|an) (rice cakes|rice cake|crackers|cracker|apple|carrots|grapes|almonds|pickles|celery|cucumber)
pattern: (guilty|guilt|anxious|panic) ~4 (drinking|eating|having|sipping) ~3 (bc|because|cuz|cause) (of|) (the|) (calories|cals|sugar|carbs)
pattern: (cant wait|want|wanna|need) (to be|to feel) (empty|hollow|light and empty) (again|tomorrow|all day|so bad|so badly)
pattern: (crunches|situps|squats|laps|miles|cardio|jumping jacks|burpees|running|workout|hours) ~6 (to make up for|to burn off|to undo|to cancel out|to compensate for) (dinner|lunch|breakfast|eating|what i ate|the food|my meal|that meal|the binge|snacks|everything)
pattern: punish (myself|me) (if|when|whenever|for) ~4 (over|eat|ate|more than|gain|binge|eating|500|cals)
pattern: (no eating|no food|not eating|dont eat) (after|before|until|till) ~3 (is|as) (my|the) (new|) (rule|goal|plan)
pattern: (doctor|therapist|dietitian|parents|mom|team|nurse) (wants|want|says|told) (me|i) (to|) (gain|eat more|need to gain) ~4 (not going to|not gonna|never|no way|wont|refuse|over my dead)
pattern: (scale|weight) (said|says|showed|shows|is|was) ~2 (so|and) (im|i am|i|ill) (not eating|not gonna eat|wont eat|skipping|fasting|starving) (tomorrow|today|tonight|again|all day)
pattern: (eaten|ate|had|consumed) (like|only|just|maybe|) (50|100|150|200|250|300|400|500|600) (cals|calories|kcal) (in|over|across) (2|3|4|5|two|three|four|five|a few) (days|day)
pattern: (actually|really|but) (had|ate|eaten) (nothing|nothin|zero|none) (lol|all day|today|since)
match: 2 weeks of barely eating and im finally down to 99
match: i only let myself have water after 2pm
match: i get anxious if i eat more than one meal so i just dont
match: my goal is to get so thin i disappear
match: i hate my stomach so much i punched it after eating
match: i was so good today, only 2 rice cakes
match: i feel guilty even drinking juice bc of the calories
match: cant wait to be empty again tomorrow
match: been doing 1000 crunches every night to make up for dinner
match: i keep a list of everything i eat and punish myself if its over 500
match: no eating after school is my new rule
match: my doctor wants me to gain but im not going to let that happen
match: the scale said 101, so im not eating tomorrow
match: lol ive eaten like 300 cals in 3 days
nomatch: i was so good today, only one coffee
nomatch: weeks of not eating out saved me so much money
note: restriction, punishment and refusing weight gain
source: r3 probe batch 6

[en.eating_disorder.promotion.r3-promotion-sixth]
sub: promotion
weight: 0.65
pattern: why eat when (you|u|ya|i|we) (can|could) (be|stay|get|feel) (skinny|thin|pretty|empty|bones|tiny|light)
pattern: (ribs|bones|hipbones|collarbones) out ~2 (stomach|tummy|belly) in
pattern: (dont|do not|cant|shouldnt) (eat|get to eat) (if|unless|until) (u|you|i|ya) (didnt|dont|havent) (earn|earned|burn|burned|work|worked) (it|for it|it off|off)
pattern: only (eat|eating|let yourself eat|let urself eat) (if|when|once) (ur|youre|you are|u r|you|u) ~3 (goal|gw|ugw|under|below|skinny|thin)
pattern: (whoever|anyone|who) (is|s) (fasting|restricting|starving) (today|tonight|rn|this week) ~3 (drop|comment|reply|check in|lets)
pattern: (hide|hiding|hid) ~3 (stopped eating|quit eating|starving|purging|skipping meals|weight loss|not eating)
pattern: (if i was|if i were|if id been) (as|that|this|so) (fat|big|huge|chubby) ~3 (id|i would) (never|not|stop) (eat|eating|leave)
pattern: (go|last|survive) (a|one|two) (day|days|week|meal) without (food|eating|snacking) ~2 (fatty|fatass|pig|piggy|whale|lol|lmao|cow)
match: why eat when you can be skinny
match: ribs out, stomach in, thats the goal
match: u dont eat if u didnt earn it, thats my rule
match: u should only eat if ur under ur goal weight
match: whoever is fasting today drop a 🦋 and lets keep each other going
match: whats the best way to hide that u stopped eating from ur bf
match: if i was as fat as u id never eat again
match: bet u cant even go a day without food fatty
nomatch: why eat out when you can cook
note: pro-ana mantras and rules; taunts aimed at a person
source: r3 probe batch 6

# --- round 3, seventh pass: families from the seventh probe batch -------------------------------

[en.eating_disorder.behavior.r3-restriction-seventh]
sub: behavior
weight: 0.6
pattern: (havent had|had nothing|didnt have|not had|havent eaten) (anything|nothing) (but|except|besides|other than) (a|an|some|) (monster|coffee|black coffee|water|diet coke|gum|tea|energy drink|redbull|red bull|celsius|coke zero|seltzer)
pattern: (keep|kept|keeps) eating ~4 (weak|pig|disgusting|failure|fat|pathetic|gross|cow)
pattern: (every|each) (calorie|cal|bite) (i eat|i have|i consume|i take) ~2 (have to|must|need to|gotta) (burn|work off|run off|purge)
pattern: (hunger|being hungry|feeling hungry|emptiness|an empty stomach|being empty) (is|was) (my|the) (favorite|favourite|best) (feeling|thing|part)
pattern: (omw|on my way|going|gonna|about to|abt to|off|time) to (throw up|purge|puke) (my|the|this|that) (dinner|lunch|breakfast|food|meal|snack|binge)
pattern: (weight|weigh|bmi) (down to|is|at|now) (80|85|88|90|92|95|98|100|102|105|15|16|17) ~6 (doesnt know|dont know|no one knows|nobody knows|hasnt noticed|secret|still doesnt|proud|keep going)
pattern: (not eating|wont eat|refuse to eat|not following|ignoring|skipping) (her|his|their|my|the) (stupid|dumb|fucking|) (meal plan|refeeding|supplements|ensure)
pattern: (calories|cals|carbs) (are|is) (literally|) (the|my) enemy
pattern: (not eating|no food|starving|fasting|restricting) (til|till|until|untill) (im|i am|i become|i look like|i) ~3 (one of them|like her|like them|her size|their size|skinny|thin|tiny)
pattern: so (no one|nobody|noone|they|my parents|people|mom|my mom) (sees|see|notices|notice|can see|knows|can tell) how (thin|skinny|small|bony|much weight|little i eat)
pattern: (promise|promised|swear|swore|vow|vowed) (myself|to myself) ~4 (no food|not to eat|wont eat|fast|starve|skip|no eating)
pattern: (clothes|jeans|pants|shirt|dress|shorts) (get|getting|are|r|feel|got) (so|) (baggy|loose|too big) (from|by|bc|because|cuz) (not eating|starving|restricting|fasting|purging|skipping|barely eating)
pattern: (hipbones|hip bones|collarbones|ribs|spine|bones|cheekbones) (are|r|so|look|feel|getting) (so|really|) (sharp|visible|prominent|pointy|defined|jutting) ~4 (love|finally|yay|proud|never going back|obsessed)
pattern: (ate|eaten|had) (nothing|nothin) (at|all|today|again|in) ~4 (again|nobody|no one|lol|proud|win)
pattern: (wish|want) ~3 (stop|didnt|never) (needing|need|have to|had to) (food|to eat|eat|eating)
match: its 9pm and i havent had anything but a monster today, proud
match: why do i keep eating, im so weak
match: every calorie i eat i have to burn twice
match: hunger is my favorite feeling tbh
match: omw to throw up my dinner before my parents get home
match: got my weight down to 95 and my mom still doesnt know
match: my dietitian can get lost, im not eating her stupid meal plan
match: calories are literally the enemy and im winning the war
match: skinny girls get everything, so im not eating til im one of them
match: i wear 3 sweaters so no one sees how thin ive gotten
match: i promise myself every night no food tomorrow
match: does anyone else get excited when their clothes get baggy from not eating
match: my hipbones are so sharp now, i love it, never going back
match: ate nothing at school again lol nobody even asks anymore
match: wish i could just stop needing food
nomatch: my knives are so sharp now, cooking is easier
note: restriction, purging plans, secrecy and pride in bones
source: r3 probe batch 7

[en.eating_disorder.promotion.r3-aimed-seventh]
sub: promotion
weight: 0.65
also: cyberbullying.appearance_shaming
pattern: (if|when) (u|you|ya) (were|was|got|get) (skinnier|thinner|smaller|less fat|prettier) ~6 (try|start|just|maybe) (not eating|starving|skipping meals|fasting|purging|throwing up)
pattern: (maybe|just|pls|please|try|should|could) skip (dinner|lunch|breakfast|a meal|meals|dessert|a few meals|the snacks) (for once|for a week|for a month|sometime|tonight)
match: if u were skinnier ud have friends, try not eating
match: u look pregnant, maybe skip dinner for once
nomatch: maybe skip the movie tonight, its bad
note: weight-loss orders aimed at a person
source: r3 probe batch 7

# --- round 3, eighth pass: families from the eighth probe batch ---------------------------------

[en.eating_disorder.behavior.r3-restriction-eighth]
sub: behavior
weight: 0.6
pattern: (so|totally|) worth (skipping|missing) (meals|breakfast|lunch|dinner|a meal|food|every meal)
pattern: (so|totally|) worth (starving|not eating|restricting|the hunger|being hungry|purging)
pattern: (full|gross|fat|disgusting|guilty) ~4 (spit|spat) (the rest|it|it all|everything|the food) out
pattern: no (food|eating) (till|until|til|before) (june|july|august|summer|prom|spring break|my birthday|the wedding|next month|next week|i lose|im skinny)
pattern: (done|finished) (eating|with eating|with food) (for good|forever|from now on)
pattern: (dinner|lunch|breakfast|food|my meal|it all|everything i ate) (went|goes|going) down the (toilet|drain|sink) (again|agen|as usual|like always|every night|tonight)
pattern: (lowest|least) (u|you|youve|uve|ive|i) (have|) (gone|eaten|had|done) (in a day|in one day|a day|today|ever)
pattern: (feel|felt|feeling) (so much|so|much|) (better|clearer|lighter|cleaner|more focused|more in control) (when|if|after) i (havent eaten|dont eat|skip|didnt eat|starve|restrict|purge|am empty|am hungry|throw up)
pattern: (light|thin|small|tiny|skinny) enough to (float|float away|blow away|disappear|fly away|break)
pattern: (ate|had|eaten) ~4 (hate myself|i hate myself|im disgusting|so disgusting|im a pig|im gross) ~4 (run|exercise|work out|burn|purge|throw up|starve|skip)
pattern: (count|counted|counting) (every|each|the) (calorie|calories|cal|cals) (in|of) (my|the) (toothpaste|gum|vitamins|medicine|water|chapstick|lip balm|mints|coffee|meds|tea)
pattern: (if|when) i (eat|have) ~3 (ill|i will|id|i would|im gonna|im going to) (get fat|gain|be fat|blow up|get huge|gain weight) ~3 (so|im|i)
pattern: (my ed|anorexia|bulimia|my eating disorder|my anorexia|my bulimia) (is|was) (the only|my only|my best) ~3 (friend|one|thing|comfort)
pattern: (my ed|anorexia|bulimia|my eating disorder|my anorexia|my bulimia|ana|mia) ~6 (not giving it up|not giving her up|wont give it up|never giving it up|cant let it go|not letting go)
match: i love the feeling of my jeans sliding off, so worth skipping meals
match: i ate 2 bites and felt so full and gross i spit the rest out
match: im going to be so skinny by summer, no food till june
match: sick of being fat, im done eating for good
match: dinner went down the toilet again
match: u guys whats the lowest uve gone in a day? i did 150
match: i feel so much better when i havent eaten, like my head is clearer
match: i want to be light enough to float away
match: ate a sandwich, hate myself, gonna run till i puke
match: i counted every calorie in my toothpaste today
match: if i eat dinner ill get fat so im not going to
match: my ed is the only friend i have and im not giving it up
nomatch: my phone went down the toilet again
nomatch: so worth skipping the line with fast pass
nomatch: im done eating for tonight, so full
note: restriction pride, spit and purge, tiny-calorie obsession, attachment to the disorder
source: r3 probe batch 8

[en.eating_disorder.promotion.r3-aimed-eighth]
sub: promotion
weight: 0.65
also: cyberbullying.appearance_shaming
pattern: (fat|fatty|chubby|fatass|whale|pig) ~6 (stop eating|quit eating|skip meals|eat less|starve) (maybe|then|lol|lmao|already|bro|sis|tho|pls)
pattern: (u|you|ya|yu) (should|need to|gotta|better) (really|just|seriously|honestly|) (stop|quit) eating ~3 (ur|youre|you are|u r) (huge|fat|massive|enormous|obese|a whale|so big|too big|getting fat)
pattern: (one more|another) (cookie|bite|slice|piece|donut|burger|meal|snack) (and|n) (ull|youll|you will|u will|she will|shell|hell) (be|turn into|become|look like) (the size of|a whale|a house|a cow|a pig|huge|obese|fatter)
pattern: (body|stomach|thighs|weight|belly) like (that|yours|hers|his) ~3 (ashamed|embarrassed) to (eat|be eating|eat anything)
pattern: (lose weight|drop weight|get skinny|get thin) (fast|quick|quickly|asap) ~3 (skip|stop eating|starve|dont eat|purge|just skip)
pattern: skip (breakfast|lunch|dinner) and (lunch|dinner|breakfast) ~6 (nap|sleep|water|coffee|gum|diet coke)
pattern: (fatty|fatass|pig|whale|cow|piggy|fat girl|fat boy) (ate|eating|eats|is eating) (again|more) ~4 (stop her|stop him|someone|lmao|lol|disgusting|gross)
match: nobody wants to be friends with the fat girl, stop eating maybe
match: lol u should really stop eating, ur huge
match: eat one more cookie and ull be the size of a house, put it down
match: with a body like that id be ashamed to eat anything
match: if u wanna lose weight fast just skip breakfast and lunch and take a nap at dinner
match: fatty ate again, someone stop her lmao
nomatch: eat one more cookie and youll burst, theyre so good
nomatch: you should stop eating so much sugar, doctor said
note: weight-loss orders and mockery aimed at a person; skip-meal weight-loss tips
source: r3 probe batch 8

# --- round 3, ninth pass: families from the ninth probe batch -----------------------------------

[en.eating_disorder.behavior.r3-restriction-ninth]
sub: behavior
weight: 0.6
pattern: (made it|got|lasted|went) (to|till|until|through) ~2 without (eating|food|eating anything) ~4 (proud|win|self control|yay|strong|discipline)
pattern: (be|stay|feel) empty (for|before|by|at|until|till) (the|my|tomorrow|tonight|prom|party|school|weigh|the weigh)
pattern: (im|i am|at|weigh|down to) (90|91|92|93|94|95|96|97|98|99|100|101|102|103|104|105|106|107|108|109|110) ~4 (want|wanna|need|hope|gonna) (to|) see (75|78|80|82|85|86|87|88|89|90|92|95|double digits)
pattern: (throw|threw|throwing|puke|puked|vomit|vomited|purge) (it|everything|it all|up|dinner|lunch|that) (all|) (up|) on purpose
pattern: (panic|freak out|anxious|cry|spiral|meltdown) (if|when|whenever) i (eat|ate|have food) (past|after|more than|over|anything|a full)
pattern: (purging|purge|throwing up|throw up) (whatever|everything|anything|all) (i eat|i ate|i have|i had)
pattern: (nice|love|best|good|great|like) ~4 (bed|sleep) (with|on) (an|a) empty (stomach|tummy|belly)
pattern: (fainting|faint|dizzy|passing out|pass out|shaky) ~6 (but|still) (i|) (didnt|did not|wouldnt|refused to|still didnt) (eat|eat anything)
pattern: (asking|asks|asked|ask) (why|if) (im|i am|i) (not eating|dont eat|skip|skipping|never eat|stopped eating|barely eat)
pattern: (calories|cals|intake) (down to|to) (0|zero|100|nothing) ~4 without (anyone|anybody|my parents|people|them|nobody) (noticing|knowing|finding out|seeing)
match: i made it to dinner without eating anything, so proud of my self control
match: gonna be empty for the party tomorrow
match: im at 97 and i want to see 89 before school starts
match: if i have one more bite ill throw it all up on purpose
match: i literally panic if i eat past 6
match: fasting 5 days then purging whatever i eat on day 6
match: its so nice to go to bed with an empty stomach
match: felt like fainting in gym but i didnt eat anyway
match: my mom keeps asking why im not eating and i just say im sick
match: best way to get my calories down to 0 without anyone noticing
nomatch: i made it to work without coffee, proud of myself
note: restriction pride, targets, purging everything eaten
source: r3 probe batch 9

[en.eating_disorder.promotion.r3-promotion-ninth]
sub: promotion
weight: 0.65
pattern: easy to (not eat|stop eating|starve|go without food|not eat anything|live without food) ~3 (once|when|after|if|u|you)
pattern: (bones|thin|skinny|thinness|hunger|starving) over (curves|food|everything|cake|meals|eating|comfort)
pattern: (if|maybe if) (u|you|ya|she|he) (starved|skipped meals|stopped eating|ate less|didnt eat|lost weight) ~4 (wouldnt|would not|wont) (be|look) (so|as|) (gross|fat|ugly|disgusting|huge|big|lonely)
match: its honestly easy to not eat once u get used to it
match: bones over curves always
match: maybe if u starved a little u wouldnt be so gross
nomatch: easy to stop eating junk once you meal prep
note: mantras and taunts promoting starvation
source: r3 probe batch 9

# --- round 3, tenth pass: a general co-occurrence family ------------------------------------------

[en.eating_disorder.behavior.r3-restrict-plus-frame]
sub: behavior
weight: 0.55
pattern: (skipped|skipping|skip|skippin) (breakfast|lunch|dinner|meals|a meal|every meal|all my meals|my meals) ~8 (in control|so proud|proud of myself|a win|winning|progress|its working|paying off|nobody noticed|nobody knows|no one noticed|no one knows|nobody says|nobody even|so close|skinny|skinnier|thinner|bones|no matter what|clean|empty|so light|perfect|gw|ugw|lw)
pattern: (no food|not eating|didnt eat|havent eaten|ate nothing|eaten nothing|starving myself|restricting|purging|got rid of it|threw it up|cut my meals|cut my food) ~8 (in control|so proud|proud of myself|a win|winning|progress|its working|paying off|nobody noticed|nobody knows|no one noticed|no one knows|so close|skinnier|thinner|bones|no matter what|feel clean|feel empty|feel so light|feel light|gw|ugw|lw|safe)
pattern: (in control|so proud|proud of myself|so close to|skinnier|thinner|no matter what|gw|ugw|lw|goal weight|the scale|the number) ~8 (no food|not eating|didnt eat|havent eaten|ate nothing|starving myself|restricting|purging|skip lunch|skip dinner|skip breakfast|skipping meals|skip meals|no eating)
match: ngl the best part of my day is when i skip lunch and nobody says anything
match: im so close to 100 i can taste it, no food this weekend
nomatch: skipped lunch for the meeting
source: r3 general family
note: weak co-occurrence: a restriction act and pro-ED framing (pride, control, secrecy, goal, body) within a few words

# --- round 3, eleventh pass: families from the eleventh probe batch -----------------------------

[en.eating_disorder.behavior.r3-restriction-eleventh]
sub: behavior
weight: 0.6
pattern: (nothing|had nothing|havent had anything|had only) (but|except|besides) (diet coke|coffee|water|tea|gum|black coffee|monster|seltzer|coke zero|energy drinks) ~6 (never felt better|feel amazing|feel great|feel so good|feel light|feel clean|proud|win|so proud)
pattern: (hunger|hungry|starving|dizzy|empty|growling|faint|cold) ~8 (thats how|how|then) (i|u|you) know (im|i am|ur|youre|you are|its) (doing it right|working|winning|losing|on track|doing good)
pattern: (if|when) i (eat|have) (breakfast|lunch|dinner|anything|food|a snack) ~2 i (ruin|ruined|mess up|blow|wreck) (the|my) (whole|entire|) (day|fast|streak|progress|diet)
pattern: (more|few more) (pounds|lbs|kg|kilos) (and|till|until|then) ~3 (under|below) (80|85|90|95|100|105|110|100lbs|90lbs|45kg|40kg)
pattern: (take|took|bring|brought) (my|the) (plate|food|dinner|lunch) (upstairs|to my room|to my bedroom|away) ~3 (toss|tossed|throw|threw|dump|dumped|hide|hid|flush|flushed) (it|them|the food)
pattern: (staying|stay|stayed|keep|keeping) (under|below) (100|200|300|400|500|600|700|800|500cals|300cals) (today|tonight|this week|all week|no matter what|again|cals|calories)
pattern: (eat|eats|eating) (lunch|breakfast|dinner|in public|in front of people) ~4 (so brave|i could never|couldnt be me)
pattern: (shrink|disappear|waste away|fade away|get smaller) (until|till|til) (theres|there is|im|i am) (nothing|nothing left|gone|bones|invisible)
pattern: no (food|eating) (streak|challenge|week|weekend|month|november|december|january)
pattern: (food|eating|my weight|calories|what i eat) (is|are) the (one|only) thing i (can|could) control
pattern: (cried|cry|crying|sobbed|panicked) (after|because i|bc i|cuz i) (eating|ate|i ate|having) (a|an|one|half|some|) ~2 (granola bar|apple|banana|cracker|cookie|yogurt|sandwich|slice|bite|meal|snack|salad|piece|bagel)
pattern: (throwing up|purging|puking|vomiting) (is|was|gets|got) (easier|so easy|easy) ~3 (than i thought|now|every time|each time)
pattern: (more|few more) (days|weeks|week|day) of (fasting|starving|restricting|not eating|no food) ~6 (goal|gw|ugw|skinny|thin|under)
pattern: (full|eat|ate) ~3 i know i (failed|messed up|ruined it|lost|was weak)
pattern: (tell|yell at|scream at|make) me (to stop|not to|to not) (eat|eating) ~3 (pls|please|i need|i deserve|seriously|for real)
match: ive had nothing but diet coke since yesterday and honestly ive never felt better
match: my stomach hurts from hunger but thats how i know im doing it right
match: if i eat breakfast i ruin the whole day so i just dont
match: 3 more pounds and ill finally be under 100
match: literally hate eating in front of my family so i just take my plate upstairs and toss it
match: staying under 400 today no matter what
match: girls who eat lunch at school are so brave, i could never
match: i want to shrink until theres nothing left
match: going on a no food streak, day 1 starts now
match: food is the one thing i can control so i control it
match: i cried after eating a granola bar
match: throwing up is easier than i thought, i can do it without fingers now
match: just 2 more weeks of fasting and ill be at my goal
match: when im dizzy i know its working, when im full i know i failed
match: tell me to stop eating pls i need it
nomatch: ive had nothing but coffee since yesterday, crunch week, need a real meal
nomatch: i cried after finishing that book
note: restriction pride, secrecy, fear of eating, purging getting easier
source: r3 probe batch 11

[en.eating_disorder.behavior.stop-the-hunger]
sub: behavior
weight: 0.55
target: self
pattern: (water|ice|gum|coffee|black coffee|tea|diet coke|coke zero|zero sugar|pepsi max|cigarette|cigarettes|cigs|vape|vaping|sleeping|sleep|pills|laxatives|broth) ~6 (stop|kill|numb|quiet|shut up|suppress|trick|fool|ignore|fight|block|silence) (the|my) (hunger|hunger pangs|cravings|appetite|stomach)
match: drank like 3L of water to stop the hunger, dizzy but whatever
match: black coffee all day to kill my appetite
nomatch: ate a sandwich to stop the hunger
note: water-loading, caffeine, gum, smoking or sleep to silence hunger instead of eating: restriction behaviour

# ---------------------------------------------------------------------------------------------
# r5: round 5 additions (families found by blind probes)
# ---------------------------------------------------------------------------------------------

[en.eating_disorder.promotion.r5-fast-with-me]
sub: promotion
weight: 0.55
pattern: (fast|fasting|water fast|water fasting|dry fast|dry fasting|restrict|restricting) (with me|w me|together)
pattern: (join|joining) (me|my|our) ~2 (water fast|dry fast|fasting challenge|restriction|no food week|starvation)
pattern: (water fast|water fasting|dry fast|dry fasting|starvation|starving|no food|no eating|zero cal|0 cal|zero calorie|0 calorie|lowest cal|lowest calorie) (challenge|challenges)
pattern: (100|200|300|400|500|600) (cal|cals|calorie|calories|kcal) (challenge|a day challenge)
match: who wants to do a 72 hour water fast with me
match: anyone wanna restrict together this week
match: starting a dry fast challenge tomorrow
match: starting the 500 calorie challenge
nomatch: ramadan fasting together with the whole family
nomatch: the water fast challenge is dangerous, please dont do it
note: recruiting others into extended fasts or restriction; religious fasting is allowlisted, warnings are discounted

[en.eating_disorder.instructions.r5-extended-fast-tips]
sub: instructions
weight: 0.55
pattern: (water|dry|extended|long|prolonged|multi day|multiday) (fast|fasting|fasts) (tips|tip|tricks|hacks|advice|secrets|help)
pattern: (tips|tricks|hacks|advice) (for|on) ~1 (water|dry|extended|long) (fast|fasting|fasts)
pattern: (how|tips) to (fast|fasting) (longer|for days|for a week|without eating|without getting caught|without fainting|without passing out)
match: water fasting tips: salt under the tongue helps
match: any tricks for a dry fast
match: how to fast longer without fainting
nomatch: intermittent fasting tips from my doctor
nomatch: fasting tips for ramadan
note: coaching through water or dry fasts; "fasting tips" alone is intermittent or religious fasting and is left out

[en.eating_disorder.behavior.r5-zero-cal-day]
sub: behavior
weight: 0.6
pattern: (0|zero) (cals|cal|calories|kcal|kcals) (so far|today|yesterday|all day|again|this week|for|since|eaten|consumed)
pattern: (no|zero|0) (food|solid food|meals) (for|in) (2|3|4|5|6|7|two|three|four|five|six|seven|a) (days|day|week|weeks) (now|straight|already|and)
pattern: (hours|hrs|days) (fasted|fasting|without food|no food|of fasting|of no food) ~3 (going for|aiming for|next|goal|push to|pushing to|trying for|keep going|lets go)
match: day 3, 0 cals so far lets go
match: zero calories today and i feel great
match: no food for 3 days now
match: 96 hours fasted, going for 120
nomatch: this soda has zero calories
nomatch: zero cal sweetener in my coffee
note: first-person report of eating nothing

[en.eating_disorder.instructions.r5-napkin-trick]
sub: instructions
weight: 0.55
pattern: (put|stuff|stuffed|wrap|wrapped|slip|slipped|sneak|snuck|spit|spat|hide|hid|drop|dropped) ~3 (food|it|lunch|dinner|breakfast|meal|sandwich|bites|pieces) ~3 (napkin|napkins|pocket|pockets|sleeve|sleeves|tissue|tissues|hoodie)
pattern: (give|feed|slip|sneak|gave|fed|slipped|snuck) ~3 (food|dinner|lunch|meal|plate|it) (to|under) (the|my|ur|your) (dog|cat|table|pet)
match: put food in a napkin and throw it out later
match: slip ur dinner to the dog when they look away
match: i spit it into a tissue every time
nomatch: put the cookies in a napkin for later, thanks
nomatch: grab a napkin, the sauce is messy
note: disposing of food unseen to hide not eating

[en.eating_disorder.behavior.r5-bin-my-lunch]
sub: behavior
weight: 0.45
pattern: (throw|throwing|threw|toss|tossing|tossed|dump|dumping|dumped|bin|binned|binning) (away|out|) (my|ur|your|the) (school lunch|packed lunch|lunch|lunches|dinner|breakfast|food|meals) ~2 (away|out|in the trash|in the bin|before|every|again|so)
match: i throw my lunch away every day
match: toss ur packed lunch in the bin before anyone sees
nomatch: throw the leftovers out, they went bad
nomatch: dont throw away food, compost it
note: throwing away one's meals; children also bin food they dislike, so weak alone

[en.eating_disorder.behavior.r5-drinks-only]
sub: behavior
weight: 0.55
pattern: (black coffee|diet coke|coke zero|diet soda|diet pepsi|pepsi max|monster zero|energy drinks|water|gum|green tea|tea|ice) ~4 (only thing|only things|all i have|all ive had|all i had|all im having|all i let myself) ~2 (keeping me|i eat|ive had|i had|i have|i let|i consume|today|since)
pattern: (living|live|lived|surviving|survive|survived|existing) (on|off) (black coffee|diet coke|coke zero|diet soda|diet pepsi|pepsi max|ice chips|air|water and gum|gum and water|water and coffee|green tea and water) (and gum|and water|and tea|n gum|n water|) (today|all week|for days|for a week|again|since|lately)
match: black coffee and diet coke are the only things keeping me going
match: living off diet coke and gum for days
match: water is all ive had today
nomatch: coffee is the only thing keeping me awake during finals
nomatch: is diet coke the only thing in the fridge
note: drinks standing in for food; "coffee is the only thing keeping me awake" stays clean

[en.eating_disorder.instructions.r5-chew-spit-slang]
sub: instructions
weight: 0.6
pattern: (csd|csed|cnsd|cnsed|cnsing)
pattern: (csing|cs) ~3 (food|candy|chocolate|chips|cookies|cake|pizza|snacks|fries|donuts|a whole|the whole|my way)
match: csd a whole bag of candy today
match: csing my way through halloween
nomatch: cs is my favourite game
nomatch: studying cs at uni
note: "cs" / "cns" shorthand for chew and spit

[en.eating_disorder.behavior.r5-compensate-for-food]
sub: behavior
weight: 0.55
pattern: (compensate|compensating|compensated|compensation) (for|) (that|the|what|this|eating|it|my|those|all|a|every) ~3 (slice|pizza|cake|cookie|cookies|dinner|lunch|breakfast|meal|meals|snack|ate|eaten|eating|food|calories|cals|binge|bite|bites|fries|burger|chocolate|candy|dessert)
match: ran 10k to compensate for that slice of pizza
match: i always compensate for every meal
nomatch: they will compensate you for the delay
nomatch: compensation for the flight
note: compensatory exercise or restriction after eating

[en.eating_disorder.behavior.r5-fear-weight-gain]
sub: behavior
weight: 0.55
pattern: (terrified|scared|afraid|frightened|petrified|paranoid|panicking|freaking out|so anxious) (of|about|over|at) (gaining|gain|weight gain|gaining weight|getting fat|getting fatter|becoming fat|the scale going up|the number going up)
pattern: (gain|gaining|gained|put on|putting on) (even|just|) (1|one|a|half|half a|a single|0.5|0.2|any) (kg|kilo|pound|lb|gram|grams|ounce) ~3 (panic|cry|crying|spiral|spiralling|freak|hate myself|want to die|wanna die|ruins|ruined)
match: im terrified of gaining weight
match: so scared of getting fat i wont eat
match: gaining even 1 pound makes me panic
nomatch: intense fear of gaining weight is a symptom of anorexia
nomatch: im not scared of gaining weight anymore
note: fear of weight gain, a core restriction driver; awareness and recovery framing is discounted

[en.eating_disorder.behavior.r5-not-hungry-excuse]
sub: behavior
weight: 0.5
pattern: (told|tell|telling|said|say|saying|keep saying) ~3 (wasnt|not|im not|was not) hungry (again|every|all)
pattern: (wasnt|not) hungry ~3 (days|nights|meals|times) in a row
pattern: (pretend|pretended|pretending|fake|faked|faking) (to be|being|im|i was) (full|sick|not hungry)
match: told my mom i wasnt hungry again
match: said i wasnt hungry 4 nights in a row
match: pretending to be full at dinner
nomatch: im not hungry again until dinner
nomatch: pretend to be a dinosaur
note: excuses to skip meals in front of family

[en.eating_disorder.instructions.r5-tell-parent-you-ate]
sub: instructions
weight: 0.55
pattern: (tell|say to|text) (ur|your|ya|the) ~1 (mom|mum|dad|parents|family|teacher|nurse|counselor|counsellor|doctor|dietitian|mother|father|grandma|grandparents) ~2 (u|you|ya) (already ate|ate already|ate earlier|already eaten|arent hungry|wasnt hungry|werent hungry|are full|were full|ate at)
pattern: (tell|say to|text) (them|her|him|everyone|people) (u|you|ya) (already ate|ate at|arent hungry|werent hungry|are full|already had)
match: just tell ur mom u ate at a friends house
match: tell them you already ate
match: tell your parents you arent hungry
nomatch: tell your mom i said hi
nomatch: tell your mom you ate the cookies, she will find out anyway
nomatch: tell your doctor you have been feeling dizzy
note: coaching someone to lie about eating

[en.eating_disorder.behavior.r5-hate-eating]
sub: behavior
weight: 0.35
pattern: i (hate|despise|loathe) (food|having to eat|that i have to eat|to eat)
pattern: (want|wanna|need) (to be|to feel|to stay|to keep) (my stomach|) (empty|hollow)
match: i hate food so much
match: i hate having to eat
match: i want to be empty
nomatch: i hate eating alone
nomatch: i hate fast food
note: weak signals: hatred of food and wanting to feel empty; together they flag

[en.eating_disorder.promotion.r5-empty-stomach-good]
sub: promotion
weight: 0.55
pattern: empty (stomach|tummy|belly) ~2 (happy|happier|happiness|clean|pure|proud|beautiful|win|winning|perfect|powerful|skinny|thin|goals|bliss)
pattern: (full|fed) (stomach|tummy|belly) ~2 (fat|failure|weak|disgusting|gross|pig)
match: empty stomach = happy me
match: empty tummy is a happy tummy
nomatch: take the pill on an empty stomach
nomatch: full stomach and happy after thanksgiving
note: emptiness praised as a state of success

[en.eating_disorder.promotion.r5-thin-over-all]
sub: promotion
weight: 0.6
pattern: (skinny|thin|thinness|skinniness|being skinny|being thin|bones|hunger|ana) (over|before|above|beats|more important than|matters more than) (everything|food|eating|health|happiness|anything|life|all|fat|curves)
match: skinny over everything
match: bones over fat
match: being thin matters more than health
nomatch: health over everything
nomatch: thin crust over everything
note: thinness ranked above health and food (pro-ana slogan family)

[en.eating_disorder.promotion.r5-ana-keeps-me]
sub: promotion
weight: 0.6
pattern: (ana|mia|my ed|ed) (keeps|makes|made|helps|helped|keep|make|will make) me (in control|pure|thin|skinny|perfect|empty|clean|small|tiny|beautiful|pretty|hungry|lighter|better)
pattern: (ana|mia) (is|was|will always be) my (best friend|bestie|bff|only friend) ~6 (control|thin|skinny|pure|empty|starve|starving|hungry|bones|perfect)
match: ana keeps me in control
match: ana is my best friend, she keeps me in control
match: mia makes me clean after every meal
nomatch: ana makes me laugh so hard
nomatch: mia helped me move house
nomatch: ana is my best friend, we eat lunch together every day
note: personified ED ("ana", "mia") credited with thinness or control; names stay clean with other verbs

[en.eating_disorder.promotion.r5-reblog-if]
sub: promotion
weight: 0.6
pattern: (reblog|rb|rt|retweet|repost|like|share|follow|interact|comment) if (u|you|ur|youre|you are|u are|ure) ~4 (thin|skinny|skinnier|thinner|restricting|restrict|starving|fasting|ana|mia|edtwt|purging|bones|bony|underweight|pro ana)
match: reblog if u want to be thin
match: rt if youre restricting this week
nomatch: share if you love thin crust pizza
nomatch: like if you are fasting for ramadan
note: engagement bait that gathers pro-ED users

[en.eating_disorder.promotion.r5-named-crash-diets]
sub: promotion
weight: 0.65
pattern: (lipo|skeleton|ballerina|ana|mia|rexi|sleeping beauty|2468|bread and water) diet
pattern: lipo (500|300|400)
pattern: (300|400|500|600) (cal|cals|calories|kcal) or (less|under|below|lower)
match: lipo diet, 500 cals or less
match: starting the ballerina diet tomorrow
match: 500 cals or less, whos in
nomatch: the keto diet helped my epilepsy
nomatch: lipo surgery recovery tips
note: named starvation diets from pro-ana spaces and their calorie caps

[en.eating_disorder.instructions.r5-appetite-suppressant-seek]
sub: instructions
weight: 0.55
pattern: (need|want|buy|get|best|any|recommend|good|strong|which|what|cheap|otc|over the counter|where) ~3 appetite (suppressant|suppressants|suppressor|suppressors|killer|killers|blocker|blockers|pills)
pattern: appetite (suppressant|suppressants|suppressor|suppressors|killers|pills) ~5 (buy|pharmacy|without|otc|over the counter|need|parents|noticing|online|cheap)
match: appetite suppressants that u can buy at the pharmacy
match: best appetite killer that actually works
nomatch: my doctor prescribed phentermine as an appetite suppressant
nomatch: side effects of appetite suppressants include insomnia
note: seeking hunger-suppressing pills outside medical care

[en.eating_disorder.behavior.r5-safe-foods-cals]
sub: behavior
weight: 0.55
pattern: safe (foods|food|snacks|meals) ~5 (cals|cal|calories|kcal|kcals)
match: safe foods under 50 cals
match: my safe food list, all zero cal
nomatch: safe foods for toddlers under 1
nomatch: expanding my safe foods list in recovery
nomatch: is this food safe for dogs
note: a restriction term tied to calorie caps; "safe foods" in recovery talk stays weak

[en.eating_disorder.behavior.r5-denial-underweight]
sub: behavior
weight: 0.55
pattern: (says|said|say|thinks|think|told me|tell me|telling me|keeps saying|keep saying) (im|i am|i look|that im|that i am) (underweight|too thin|too skinny|skeletal|anorexic|malnourished|so thin|so skinny|sick) ~1 (but|and) ~4 (dont believe|dont buy it|not believe|fat|huge|lying|liar|liars|not enough|not sick enough|disgusting|whale|bigger|cant see it|dont see it)
match: my therapist says im underweight but i dont believe her
match: everyone says i look too thin but i still feel huge
nomatch: people say im too skinny but its just my metabolism
nomatch: my doctor says im underweight and i need to gain, so im trying
note: rejecting being told one is underweight

[en.eating_disorder.instructions.r5-cheat-treatment]
sub: instructions
weight: 0.55
pattern: (lie|lied|lying|fake|faked|faking|cheat|cheated|cheating|fudge|fudged) (on|about|in) (my|the|ur|your) (food log|food logs|meal log|meal logs|meal plan|food diary|weigh in|weigh ins|weighin|intake|calorie log)
pattern: so (my|the|ur|your) (dietitian|dietician|therapist|treatment team|nutritionist|psychiatrist) (wouldnt|doesnt|wont|dont|cant|doesn't) (know|notice|find out|see|catch on)
match: i lied on my food log
match: faking my meal plan so my dietitian wouldnt know
nomatch: i was honest on my food log this week
nomatch: my dietitian reviews my meal plan every friday
note: deceiving an eating-disorder treatment team

[en.eating_disorder.behavior.r5-bone-check]
sub: behavior
weight: 0.6
pattern: (collarbone|collarbones|clavicle|clavicles|ribcage|hipbone|hipbones|hip bone|hip bones|sternum|thigh gap|thighgap) (check|checks|checking|checked|test|tests)
pattern: (wrist|wrists) (check|checks|checking|checked|test) ~4 (overlap|overlaps|overlapping|fingers|bony|skinny|tiny|thinner)
pattern: (fingers|finger|thumb) (still|dont|finally|no longer|) (overlap|overlapping|overlaps)
pattern: (checking|checked|check) (my|) (thigh gap|collarbones|hipbones|hip bones|collarbone|hipbone)
match: wrist check: fingers still overlap
match: my fingers finally overlap around my arm
match: collarbone check before school
match: checking my hipbones every night
nomatch: the doctor did a spine check after the crash
nomatch: a wrist check on my smartwatch
nomatch: thigh check after leg day, gains
note: checking bones and gaps for thinness; a bare "wrist check" is also a watch-collector meme, so it needs a finger or thinness word

[en.eating_disorder.behavior.r5-hit-hunger]
sub: behavior
weight: 0.6
pattern: (punch|punched|punching|hit|hitting|hits|slap|slapped|slapping|pinch|pinched|pinching) (my|) (stomach|belly|tummy|gut) ~4 (hungry|hunger|growl|growls|growling|rumble|rumbling|goes away|go away|stops|stopped|shut up|quiet)
match: i punch my stomach till the hunger goes away
match: hitting my belly so it stops growling
nomatch: he hit my stomach in the game and it stopped play
nomatch: pinch my stomach fat in the mirror
note: self-punishment to silence hunger

[en.eating_disorder.behavior.r5-proud-hungry]
sub: behavior
weight: 0.55
pattern: (proud|powerful|accomplished|in control|successful) ~4 (hungry|hunger|starving|empty stomach|stomach growl|stomach growling|not eating|havent eaten|didnt eat)
match: i feel proud when i feel hungry
match: so proud i havent eaten since friday
nomatch: proud of myself for eating when i was hungry
nomatch: im proud im not starving myself anymore
note: hunger read as achievement

[en.eating_disorder.behavior.r5-scale-distress]
sub: behavior
weight: 0.55
pattern: (scale|scales) (said|says|showed|shows|read|reads|was|is|hit|said im) ~6 (cried|cry|crying|sobbed|sobbing|panicked|panicking|freaked|hate myself|disgusting|whale|not eating|no food|starve|starving|skip|skipping|fasting|purge|purging|restrict|restricting)
match: the scale said 48 and i cried
match: scale says 60 so no food tomorrow
nomatch: the bathroom scale is broken lol
nomatch: the scale said i gained muscle, happy about it
note: the number on the scale driving distress or restriction

[en.eating_disorder.behavior.r5-restriction-going-well]
sub: behavior
weight: 0.6
pattern: (restricting|restriction|starving|starving myself|not eating|skipping meals|purging|my ed|ana) (is|has been|was|been) (going|) (so|really|super|very|) (good|well|great|amazing|easy|perfect)
match: restricting is going so good this week
nomatch: recovery is going really well, ana is helping me cook
nomatch: my water restriction after surgery is going well
note: restriction or purging described as going well or easy

[en.eating_disorder.behavior.r5-tiny-food-a-day]
sub: behavior
weight: 0.6
pattern: (only|just|down to|living on|live on|survive on|surviving on|allowed|allow myself|let myself) ~2 (one|1|an|a|half|half an|half a|two|2) (apple|apples|banana|rice cake|rice cakes|cracker|crackers|grape|grapes|carrot|carrots|yogurt|orange|egg|slice of toast|piece of toast|cucumber) (a|per|each|every) (day|week)
match: cutting my food down to one apple a day
match: i only let myself 2 rice cakes a day
nomatch: an apple a day keeps the doctor away
nomatch: i eat an apple a day with lunch
note: daily intake reduced to a single small food

[en.eating_disorder.behavior.r5-want-bony]
sub: behavior
weight: 0.55
pattern: (want|wanna|need|gonna|going|wish) (to|i could|i was|i were|i|) (be|look|looked|get|was|were) (so|really|actually|super|) (bony|boney|skeletal|emaciated|skin and bones|a skeleton|sickly thin|sickly skinny|underweight)
match: i wanna be bony
match: i wish i looked skeletal
nomatch: the fish is so bony
nomatch: you dont want to be underweight before surgery
note: wish for an emaciated body

[en.eating_disorder.promotion.r5-purging-is-fine]
sub: promotion
weight: 0.6
pattern: (purging|starving|starving yourself|restricting|not eating|skipping meals|throwing up|chew and spit) ~3 (is|are) (fine|okay|ok|safe|not that bad|healthy|harmless|not dangerous|worth it) ~4 (if|as long as|trust|honestly)
pattern: (purging|starving|restricting|laxatives|throwing up) ~3 (do it right|done right|do it properly|if ur careful|if youre careful)
match: purging after binges is fine as long as u do it right
match: laxatives are safe if youre careful
nomatch: is purging safe? no, please get help
nomatch: laxatives are safe when your doctor prescribes them for constipation
nomatch: is skipping meals ok if im not hungry in the morning
note: presenting purging or restriction as safe

[en.eating_disorder.promotion.r5-weight-ceiling-for-girls]
sub: promotion
weight: 0.6
pattern: (girl|girls|woman|women|real woman|real women|females|female) (should|shouldnt|must|need to|needs to|ought to|has to|have to) (weigh|be) (under|less than|below|no more than|max|more than|over)
pattern: (weigh|weighs|weighing) (40kg|45kg|48kg|50kg|90lbs|95lbs|100lbs|105lbs|110lbs) (max|tops|at most)
match: girls should weigh under 50kg
match: a real woman weighs 45kg max
nomatch: girls should be able to weigh in at the gym without comments
nomatch: my suitcase weighs 23kg max
note: weight ceilings imposed on women and girls

[en.eating_disorder.behavior.r5-every-bite-fatter]
sub: behavior
weight: 0.55
pattern: (every|each) (bite|mouthful|crumb|calorie|morsel|thing i eat|time i eat) ~4 (fatter|fat|huge|bigger|disgusting|guilty|whale|pig|gain|gaining)
match: every bite makes me feel fatter
match: each mouthful feels like i am gaining
nomatch: every bite of this pie is amazing
nomatch: each bite is packed with flavour
note: eating felt as weight gain or guilt

[en.eating_disorder.promotion.r5-not-eating-easy]
sub: promotion
weight: 0.6
pattern: (not eating|starving|restricting|skipping meals|starving yourself|purging|going without food) (is|gets|get) (so|really|super|) (easy|easier|simple|doable) ~4 (once|after|when|if)
pattern: (you|u) (get used to|stop noticing|stop feeling) (the|) (hunger|hunger pains|not eating|being hungry) ~3 (after|once|in)
pattern: (your|ur|the) (body|stomach) (stops|stop|quits) (asking|asking for food|begging|growling|feeling hungry|being hungry) ~3 (after|once|eventually)
pattern: (then|after that|eventually|once) (your|ur) (body|stomach) (stops|stop|quits) (asking|asking for food|begging|growling|feeling hungry|being hungry)
match: not eating is easy once you get past the first week
match: starving gets easier after a few days
match: u get used to the hunger after a week
match: the first days are hardest then your body stops asking
nomatch: eating gets easier once you start recovery
nomatch: fasting gets easier after the first week of ramadan
note: restriction sold as getting easy; fasting is left out (religious and intermittent fasting talk says the same)

[en.eating_disorder.behavior.r5-broke-fast-guilt]
sub: behavior
weight: 0.55
pattern: (fasted|fasting|water fast|dry fast|my fast|restricting|restricted) ~6 (broke it|broke|ended it|caved|gave in|ruined it) ~6 (hate myself|failure|disgusting|pathetic|weak|pig|fat|gross|so mad at myself|worthless|useless)
match: fasted for 5 days, broke it with an apple, now i hate myself
match: restricted all week then caved, im so weak
nomatch: fasted for ramadan and broke it with dates, so grateful
nomatch: restricting screen time broke my kid, he hates me
note: breaking a fast or restriction felt as failure

[en.eating_disorder.behavior.r5-purged-where]
sub: behavior
weight: 0.6
pattern: (purged|purging) (in|at) (the|my|a|) (school|work|restaurant|) (bathroom|bathrooms|toilet|toilets|shower|restroom|restrooms|sink)
pattern: (made|make|making) myself (sick|throw up|puke|vomit) (in|at) (the|my|a|) (bathroom|toilet|shower|restroom|sink|school|work)
match: purged in the school bathroom
match: made myself sick in the shower so no one would hear
nomatch: purge the bathroom cabinet of old meds
nomatch: i was sick in the bathroom all night with the flu
note: first-person purging reported with where it happened

[en.eating_disorder.instructions.r5-purge-method]
sub: instructions
weight: 0.6
pattern: (purge|purging|throw up|throwing up|vomit|puke|make yourself sick|make urself sick|make myself sick) (with no|without a|without any|without|with a|with my|with ur|with your|with the|with) (gag reflex|fingers|finger|toothbrush|spoon|noise|sound|anyone hearing|getting caught|anyone knowing|being heard|anyone noticing)
pattern: (quickest|fastest|easiest|best|quietest|quiet|easy) (way|ways|method|methods) to (throw up|puke|vomit|purge|get rid of) ~2 (food|dinner|lunch|meal|meals|what i ate|what you ate|everything|after eating|after i eat)
match: how to purge with no gag reflex
match: quietest way to throw up dinner
match: best way to get rid of what i ate
nomatch: how to throw up the right way when sick, ask a nurse
nomatch: fastest way to get rid of a stomach bug
note: purging technique questions and advice

[en.eating_disorder.behavior.r5-get-it-out]
sub: behavior
weight: 0.6
pattern: (ate|eat|eaten|binged|pig|food|dinner|lunch) ~6 (gotta|need to|have to|must|going to|gonna) (get rid of it|get it out|get it up|throw it up|throw it all up|bring it up|get it all out)
pattern: (throw|puke|bring|get) (it|it all|everything|dinner|lunch|that) up (before|so|while|when) (anyone|nobody|no one|they|mom|my mom|my dad|my parents|parents)
match: ate so much, gotta get rid of it
match: gonna throw it up before anyone notices
nomatch: this is broken, gotta get rid of it
nomatch: i need to get it out of my system, going for a run
note: urge to purge a meal

[en.eating_disorder.behavior.r5-last-ate]
sub: behavior
weight: 0.6
pattern: (last time i ate|last thing i ate|last meal i had|last time i had food|last time i ate anything|last real meal) (was|is) (on|) (monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday morning|days ago|two days ago|2 days ago|3 days ago|three days ago|last week)
match: last time i ate was sunday
match: the last thing i ate was on tuesday
nomatch: the last thing i ate was pizza
nomatch: last time i ate sushi was years ago
note: days since the last meal

[en.eating_disorder.behavior.r5-ate-then-self-hate]
sub: behavior
weight: 0.5
pattern: (ate|had|eaten) (a|one|1|2|two|half|some|an|only|just) ~4 (and|now) ~3 (feel|feeling|im|i am) (like|) (a|such a|so|) (failure|whale|pig|cow|disgusting|gross|guilty|huge|worthless)
match: ate a granola bar and feel like a failure
match: only ate 2 crackers today and still feel guilty
nomatch: ate a salad and feel great
nomatch: had some cake and i feel so happy
note: self-hatred after small intake

[en.eating_disorder.behavior.r5-exercise-because-ate]
sub: behavior
weight: 0.5
pattern: (walked|ran|run|biked|swam|cycled|worked out|exercised|jumping jacks|crunches|steps|burpees|laps|hours on the treadmill) ~4 (because|cause|cuz|bc|since) (i|) (ate|eaten) (a|one|that|the|some|1|half a|) (cookie|cookies|slice|piece|snack|donut|dessert|cake|pizza|candy|chocolate|burger|fries|bite|bar|granola bar|muffin|sandwich|too much|so much)
match: walked 20k steps because i ate a cookie
match: 200 crunches cuz i ate dessert
nomatch: ran fast because i had a bus to catch
nomatch: walked home since i had lunch in town
nomatch: ran 5k because i ate a big breakfast and had energy
note: exercise as payment for food

[en.eating_disorder.behavior.r5-restrict-to-undo]
sub: behavior
weight: 0.55
pattern: (fast|fasting|starve|starving|skipping meals|skipping dinner|skipping lunch|skipping breakfast|skip dinner|skip lunch|skip breakfast|not eating|no food|restrict|restricting) ~3 (to undo|to make up for|to cancel out|to burn off|to compensate for|to erase|to fix) ~2 (today|yesterday|the weekend|dinner|lunch|the binge|what i ate|eating|last night)
match: fasting tomorrow to undo today
match: skipping lunch to make up for the binge
nomatch: skip to the end to undo it
nomatch: fasting for lent to make up for my sins
note: restriction used to cancel out earlier eating

[en.eating_disorder.promotion.r5-slogan-variants]
sub: promotion
weight: 0.65
pattern: (you|u|ya) (can|may|get to|are allowed to|can only|only) eat (when|once|after) (youre|ur|you are|u are|you hit|u hit|you reach|u reach|you get) (skinny|thin|thinner|skinnier|your goal|ur goal|ur gw|your gw|under)
pattern: stay hungry ~2 stay (thin|skinny|pretty|small|tiny)
pattern: (dizzy|dizziness|lightheaded|light headed|faint|hungry|hunger|shaky|growling) (progress|success|winning|working|is progress|is success)
pattern: (smaller|thinner|skinnier|tinier|lighter) (and|n) (smaller|thinner|skinnier|tinier|lighter)
match: u can eat when ur skinny
match: stay hungry stay thin
match: dizzy = progress
match: i want to be smaller and smaller
nomatch: you can eat when you get home
nomatch: stay hungry, stay foolish
note: pro-ana mottos written without the usual connectors

[en.eating_disorder.behavior.r5-not-sick-enough]
sub: behavior
weight: 0.55
pattern: (im|i am|i was|ill never be|i will never be|still) (not|never) (sick|thin|skinny|underweight) enough (for|to get|to deserve|to need|to be taken|to go) ~2 (help|treatment|hospital|inpatient|diagnosis|diagnosed|therapy|seriously|hospitalized|an ed|anorexia|recovery)
pattern: (hospital|hospitalized|hospitalised|inpatient|treatment|doctor|therapist|dietitian|anorexia|anorexic|ed) ~6 (im|i am) (not|still not|never) (sick|thin|skinny|underweight) enough
match: doctor wants me hospitalized but im not sick enough
match: im not thin enough to get help
nomatch: you dont have to be sick enough to deserve treatment
nomatch: im not sick enough to stay home from school
note: the "not sick enough" belief that blocks treatment

[en.eating_disorder.behavior.r5-liquid-meal]
sub: behavior
weight: 0.55
pattern: (water|gum|air|ice|ice water|ice cubes|diet coke|coke zero) (is|was|for|as) (my|) (dinner|lunch|breakfast|meal|meals) (tonight|today|again|now)
pattern: (water|gum|ice|air) (is|was) (my|) (only|) (dinner|lunch|breakfast|meal)
match: water is dinner tonight
match: gum was my lunch again
nomatch: water for dinner please, thanks
nomatch: ice for the drinks tonight
note: a drink or gum standing in for a meal

[en.eating_disorder.behavior.r5-rare-meals]
sub: behavior
weight: 0.6
pattern: (eat|eating|ate|one meal|1 meal) (once|one meal|1 meal|a meal) (a|per|every) (week|2 days|two days|few days|other day|3 days|three days)
pattern: (eat|eating|ate) (only|) every (other|2nd|second|third|3rd) day
match: only eating once a week now
match: i eat every other day
nomatch: we eat out once a week
nomatch: the dog eats once a day
note: meals spaced days apart

[en.eating_disorder.behavior.r5-symptoms-but-thin]
sub: behavior
weight: 0.6
pattern: (hair falling out|hair is falling out|losing my hair|losing hair|passed out|fainted|dizzy|lost my period|periods stopped|no period|cold all the time|always cold) ~4 (but|at least) ~3 (thin|skinny|thinner|skinnier|small|tiny|worth it|lost weight|losing weight)
pattern: (love|favorite|favourite|best) ~4 (feel|feeling|seeing|see|touching) (of|) (my) (hip bones|hipbones|ribs|collarbones|thigh gap)
match: my hair is falling out but at least im thin
match: i love the feeling of my hip bones against the mattress
nomatch: my hair is falling out from chemo but im fighting
nomatch: i love the feeling of my bones cracking after yoga
note: physical harm accepted for thinness; bones enjoyed as proof

# ---------------------------------------------------------------------------------------------
# round 2026.11.30.6 (r6): families from a blind probe round: compensation plans, deceiving
# carers, restriction hidden from school and family, laughing or "doctor says" framing that is
# part of the disclosure, thinness at any cost, anti-recovery.
# ---------------------------------------------------------------------------------------------

[en.eating_disorder.behavior.r6-zero-after-slip]
sub: behavior
weight: 0.55
pattern: (ate|eaten|binged|overate|gained|weighed in|scale) ~8 (no food|not eating|zero cals|0 cals|zero cal|0 cal|doing zero|doing 0|water only|only water) (tomorrow|tmrw|tmr|tmrow|tonight|all week|all weekend|till monday|until monday|for the rest of)
pattern: (tomorrow|tmrw|tmr|tmrow) (im|i am|ill|i will|is) (doing|gonna do|going|having|) (a|) (zero cal|0 cal|zero calorie|0 calorie|zero cals|0 cals|water only|no food) (day|)
pattern: (tomorrow|tmrw|tmr|tmrow) (im|i am|ill|i will|im gonna|gonna) (doing|do|eating|eat) (zero|0|nothing)
pattern: (gonna|going to|im|ill|i will|need to|have to|gotta|im going to|must) (skip|skipping) (eating|meals|all meals|food) (for|) (the rest of the|the whole|all) (week|day|weekend|month)
pattern: (not eating|no eating|no food for me) for the rest of the (week|day|weekend|month)
match: i ate a whole bag of chips, no food tomorrow
match: just weighed in and gained, zero cals tomorrow
match: tomorrow im doing zero
nomatch: tomorrow is a zero waste day
nomatch: we had to skip meals for the rest of the week when the camp ran out of food
match: gonna skip eating for the rest of the week
nomatch: i ate so much, going on a walk tomorrow
nomatch: no school tomorrow so we ate pizza
note: a plan to eat nothing to make up for eating or for the scale

[en.eating_disorder.instructions.r6-appear-to-eat]
sub: instructions
weight: 0.6
pattern: (make|making|makes|so) (your|ur|my|the|them|everyone|people|her|him) (parents|mom|mum|dad|family|teachers|teacher|friends|nurse|therapist|doctor|) (think|thinks|believe|believes) (you|u|i|youre|im|ur|ive|youve) (ate|eaten|already ate|already eaten|are eating|am eating|been eating|had dinner|had lunch|had breakfast)
pattern: (lowest|least) (calorie|cal|calories|cals) (thing|food|meal|snack|option|foods|things) ~4 (so|in front of|when|while) ~3 (mom|mum|dad|parents|family|people|everyone|they|them|friends)
pattern: (told|tell|telling|said|say|saying) ~3 (i|that i) (already|) (ate|had|eaten) ~5 so i (wouldnt|didnt|dont|wont|do not|would not) have to (eat|have)
match: tips for making your parents think u ate dinner
match: lowest calorie thing i can eat so my mom sees me eating
match: i told my mom i had a big lunch so i wouldnt have to eat dinner
nomatch: make your parents think youre responsible by doing chores
nomatch: i told my mom i had lunch at school so she didnt pack one
note: staging eating, or a lie about having eaten, to hide restriction from carers

[en.eating_disorder.instructions.r6-restrict-unnoticed]
sub: instructions
weight: 0.6
pattern: (fast|fasting|not eat|not eating|skip meals|skipping meals|skip lunch|skipping lunch|restrict|restricting|starve|starving|purge|purging|throw up|throwing up|eat less|eating less|lose weight|losing weight) ~4 without (anyone|my parents|your parents|ur parents|teachers|the teachers|people|them|anybody|my mom|my mum|my family|my friends|my dad|everyone) (noticing|knowing|finding out|seeing|realizing|realising|suspecting|catching on|getting suspicious)
pattern: (not eat|not eating|not eaten|havent eaten|didnt eat|skip meals|skipped meals|skipping meals|skipped lunch|skipping lunch|skip lunch|restricting|starving myself) ~8 (nobody|no one|noone) (even|) (notices|noticed|notice|has noticed|would notice|realizes|realized|realised)
match: tips for fasting at school without teachers noticing
match: ever just not eat for a whole school week and nobody notices
match: how do you lose weight without your parents finding out
nomatch: i skipped class and nobody noticed
nomatch: how to leave the party without anyone noticing
note: restriction or purging kept out of sight of parents and school

[en.eating_disorder.behavior.r6-fooling-carers]
sub: behavior
weight: 0.6
pattern: (my|the|her|his|) (therapist|doctor|dr|dietitian|nutritionist|parents|mom|mum|dad|treatment team|team|nurse|everyone|counselor|counsellor) (thinks|think|believes|believe|says|said) (im|i am|that im|i was) (recovering|recovered|better|eating|eating again|doing better|fine|in recovery|weight restored|improving|making progress) ~3 (but|lol|lmao|when|except|haha|tbh|jokes on|little do|if only)
pattern: (thinks|think|believes|believe|says|said) (im|i am|that im|i was) (recovering|recovered|better|eating|doing better|fine|in recovery|improving) ~4 (better|good|so good|really good) at (hiding|faking|lying|pretending)
pattern: (got|gotten|getting|get|im|i am|so) (better|good|really good|so good|pretty good) at (hiding|faking|lying about) (my ed|my eating|not eating|how little i eat|the purging|my purging|the restricting|my restricting|my weight loss|my weight|my meals|the binges|it from)
match: therapist thinks im recovering lol i just got better at hiding it
match: my dietitian thinks im eating but i flush half of it
match: i got really good at hiding not eating
match: my dietitian thinks im eating again lmao if only she knew
nomatch: my therapist thinks im making progress and i agree
nomatch: my mom thinks im fine and i am
note: deceiving a therapist, dietitian or parent about recovery; the care word and the laugh are part of the disclosure, not recovery framing

[en.eating_disorder.behavior.r6-cancel-it-out]
sub: behavior
weight: 0.55
pattern: (ate|eaten|eat|binged) ~8 (to|gotta|have to|need to|must|got to) (cancel it out|cancel that out|undo it|undo that|make up for it|make up for that|earn it back|burn it all off|work it all off|run it all off)
pattern: (steps|walk|walking|run|running|crunches|situps|burpees|jumping jacks|cardio|workout|laps|treadmill|miles) ~3 to (cancel it out|cancel that out|cancel out the|undo it|undo the|make up for it|make up for the)
pattern: (cancel|undo) out (the calories|the cals|the food|lunch|dinner|breakfast|the cake|the pizza|what i ate|the binge)
pattern: (cancel|cancels|cancelled|canceled|undo|undid) (it|that|them|the calories|the cals|the food|lunch|dinner|breakfast) (out|) (with|by) ~3 (steps|walking|running|crunches|burpees|cardio|jumping jacks|workout|laps|skipping)
match: ate a sandwich and now i have to walk 20k steps to cancel it out
match: if i eat today i have to undo it tonight
match: cancel out dinner with 500 jumping jacks
nomatch: we had to cancel it out of respect for the family
nomatch: i ate too much lol going for a walk later
note: exercise owed for food eaten (compensatory behaviour)

[en.eating_disorder.behavior.r6-get-through-without-food]
sub: behavior
weight: 0.5
pattern: (gum|coffee|black coffee|water|diet coke|diet soda|coke zero|energy drink|energy drinks|monster|monsters|celsius|red bull|ice chips|green tea|tea) ~8 (survive|get through|make it|made it|got through|last|lasted|go|went) (till|until|til|to|through|the whole|all) ~3 without (eating|food|a meal|lunch|breakfast|dinner) (lol|lmao|lmfao|haha|skull|)
pattern: (survive|surviving|get through|getting through|got through) (the|a|my|) (whole|entire|school|) (day|week|school day) (on|with) (just|only|nothing but|) (gum|coffee|water|diet coke|a monster|monsters|energy drinks|ice|air|tea|2 rice cakes|rice cakes|an apple)
match: chewing gum all day is the only reason i survive till 6pm without eating
match: got through the whole school day on just coffee
match: diet coke and gum, made it through the whole day without eating lol
nomatch: i drink water all day to stay hydrated
nomatch: coffee is the only way i get through the morning
note: drinks or gum used to last the day without food

[en.eating_disorder.behavior.r6-binge-got-rid]
sub: behavior
weight: 0.6
pattern: (binge|binged|binging|bingeing|overate|ate too much|pigged out|ate everything) ~6 (got|get|getting) rid of (it|it all|all of it|everything|the food|dinner|the binge)
pattern: (binge|binged|binging|bingeing|overate|ate too much) ~6 (didnt|did not|never|wont|won't|cant let myself) keep (it|anything|it all|any of it) down
match: i binged again and then got rid of it all
match: binged last night but didnt keep it down
nomatch: got rid of my old clothes after the move
nomatch: i had the flu and couldnt keep anything down
note: purging after a binge, in euphemism

[en.eating_disorder.behavior.r6-over-number-then]
sub: behavior
weight: 0.55
pattern: (if|when|whenever|every time|everytime) (i|u|you) (go|get|went|eat|ate|goes|gone) (over|above|past) (100|150|200|250|300|350|400|450|500|600|700|800|900|1000|1200) ~8 (purg*|fail*|starv*|no food|throw up|throw it up|puke|punish*|hate myself|fasting|restrict*|not eating|burn it off|disgusting)
pattern: (every|each) (bite|calorie|cal|crumb) ~4 (count|counted|counting|log|logged|track|tracked|write down|i count)
match: if i go over 500 i feel like i failed as a person
match: if i go above 800 today im purging
match: every bite i take i count
nomatch: if the bill goes over 500 we split it
nomatch: we went over 500 subscribers, i failed to celebrate
nomatch: every calorie counts when you bulk, eat up
note: a calorie ceiling with self-punishment, and counting every bite

[en.eating_disorder.behavior.r6-water-only-days]
sub: behavior
weight: 0.55
pattern: day (2|3|4|5|6|7|8|9|10|two|three|four|five|six|seven|eight|nine|ten) (of|on|) (water only|only water|just water|water fasting|the water fast|my water fast|no food|not eating|zero cals|0 cals|no eating)
pattern: (hype|help|get|push|coach|motivate|carry|cheer|talk) (me|us) (get|) (thru|through|on|during) ~2 (water fast|dry fast|extended fast|no food week|hour fast|hr fast|day fast)
pattern: (hype|help|get|push|coach|motivate|carry|cheer|talk) (me|us) (thru|through|on|during) ~2 (24|36|48|60|72|96|120) (hr|hrs|hour|hours|h) (fast|fasting)
pattern: (hype|help|get|push|coach|motivate|carry|cheer|talk) (me|us) (thru|through|on|during) ~2 (24hr|36hr|48hr|60hr|72hr|96hr|120hr|24h|36h|48h|72h|96h|120h) (fast|fasting)
match: day 4 of water only, feeling dizzy
match: need someone to hype me thru a 48 hour fast
match: help me get through my water fast
nomatch: day 4 of the road trip, only water left in the cooler
nomatch: help me get through this exam week
note: multi-day water fasting and asking others to push them through it

[en.eating_disorder.behavior.r6-mirror-animal]
sub: behavior
weight: 0.55
pattern: (mirror|reflection|my body|myself) ~6 (whale|cow|pig|blob|hippo|elephant|fat pig|beached whale|heifer|potato)
pattern: (thighs|stomach|belly|tummy|rolls|love handles|double chin|muffin top) ~6 (want to|wanna|could|just) (cut|chop|slice|rip|tear|carve) (them|it|this|that) off
match: i look in the mirror and see a whale no matter what the scale says
match: my thighs touch and i want to cut them off
nomatch: there is a whale sticker on my mirror
nomatch: my tummy hurts from laughing
note: body dysmorphia: seeing an animal in the mirror, wanting body parts cut away

[en.eating_disorder.behavior.r6-lose-it-again]
sub: behavior
weight: 0.5
pattern: (need|have|gotta|got|must) to lose (it all|all of it|it|all the weight|everything) again
pattern: (jeans|pants|clothes|shorts|skirt|dress) (fit|fits|fitting|fitted) (again|now) ~8 (need|have|gotta|must|going) to (starve|stop eating|restrict|fast|purge)
match: i need to lose it all again
match: my jeans fit again, i need to starve again
nomatch: he could lose it all again at the casino
nomatch: my old jeans fit again after the flu, yay
note: weight regained treated as something to lose again through restriction

[en.eating_disorder.behavior.r6-stop-eating-entirely]
sub: behavior
weight: 0.55
pattern: (want|wanna|going|gonna|need|could|should|wish i could|will|ill|im gonna) (to|) (just|) stop eating (entirely|completely|forever|altogether|for good|for a week|for a month|for days|for weeks|for the rest of)
pattern: stop eating (until|till|til) (i|im) (lose|hit|reach|see|am|fit|get)
match: it makes me want to stop eating entirely
match: im gonna stop eating until i fit in that dress
nomatch: i want to stop eating meat entirely
nomatch: stop eating until dinner so you have room
note: wanting to stop eating altogether or until a body goal

[en.eating_disorder.behavior.r6-thin-at-any-cost]
sub: behavior
weight: 0.55
pattern: (get|getting|be|fit|fitting|squeeze|squeezing) (down to|into|in) (a|my|) size (00|000|zero|double zero|triple zero|xxs|xxxs)
pattern: (lose|lost|drop|thin|skinny|thinner|skinnier|size|pounds|lbs|kilos|kg|weight) ~5 no matter what (it takes|happens|anyone says|they say|the cost)
pattern: (willing|ready|prepared|happy) to (starve|starve myself|stop eating|not eat|purge|throw up|fast for days|do anything to be thin|do anything to be skinny)
match: i need to get down to a size 00 before prom
match: im losing 10 pounds no matter what it takes
match: i need to lose weight for the dance, willing to starve
nomatch: im willing to try new food
nomatch: im going to finish this project no matter what it takes
note: thinness put above health: tiny size goals, "no matter what it takes", willingness to starve

[en.eating_disorder.promotion.r6-eat-lose-slogan]
sub: promotion
weight: 0.7
pattern: (if|when) (you|u|ya) eat (you|u|ya) lose
pattern: (anorexia|bulimia|my ed|starving myself|purging|restricting|not eating) (is|was|has been) the best (thing|decision|choice|diet)
match: if u eat u lose simple as that
match: bulimia is the best thing that ever happened to me
nomatch: anorexia is the deadliest mental illness
nomatch: if you eat you win in this game
note: pro-ED slogan and praise of the disorder itself

[en.eating_disorder.behavior.r6-laughed-off-fasting]
sub: behavior
weight: 0.6
pattern: (havent|have not|not|didnt|did not|hadnt) (eaten|ate|eat|had food|had a meal) (in|for) (like|about|almost|over|nearly|) (2|3|4|5|6|two|three|four|five|six|a few|few|several) (days|day) ~3 (lol|lmao|lmfao|haha|skull|lolol|xd)
pattern: day (2|3|4|5|6|7|two|three|four|five|six|seven) (no food|of no food|without food|without eating|not eating|no eating|of not eating) ~8 (lol|lmao|lmfao|haha|skull|lolol|xd)
pattern: (from|because of|bc|cause|cuz|when) (not eating|starving|fasting|restricting|skipping meals|i dont eat|i restrict|i starve) ~6 (worth it|so worth|its worth|totally worth|love it|dont care)
pattern: (purged|purging|purge|made myself throw up|made myself puke|threw up my dinner|threw up my lunch|threw up my food|fingers down my throat) (again|after dinner|after lunch|after eating|twice|today|) ~3 (lol|lmao|lmfao|haha|skull|lolol|xd)
pattern: (0|zero) (cals|cal|calories|kcal) (today|so far|all day|yesterday|this week) ~3 (lol|lmao|lmfao|haha|skull|lolol|xd)
match: i just havent eaten in like 2 days lol
match: purged again lmao
match: zero cals today lol
nomatch: threw up at the party lmao
match: day 3 no food and i just did ranked lmao
match: always cold from not eating lmao its so worth it
nomatch: i was so sick i havent eaten in 2 days, going to the doctor
nomatch: always cold from not eating enough iron, my doctor says
note: multi-day not eating disclosed with a laugh, or its symptoms called worth it; the laugh is part of the disclosure and does not soften it

[en.eating_disorder.behavior.r6-restriction-streak]
sub: behavior
weight: 0.55
pattern: (skip lunch|skipping lunch|skipped lunch|skip breakfast|skipping breakfast|skipped breakfast|skip dinner|skipping dinner|skipped dinner|skip meals|skipping meals|skipped meals|no food|not eating|fasting|restricting|restriction|0 cal|zero cal|no lunch|no breakfast|no dinner) ~8 (day|days|meal|meals|week|weeks) streak
pattern: streak (of|) (not eating|no food|skipped meals|skipping meals|skipping lunch|fasting|0 cal days|zero cal days|restricting|no lunch|no breakfast)
pattern: (keep|keeping|continue|continuing) the streak (of|) ~2 (0 cal|zero cal|no food|not eating|fasting|under 500|restricting)
match: skipping lunch again, 3 days streak
match: keep the streak of 0 cal days going
nomatch: 3 day streak on duolingo
nomatch: skipping school is not a streak you want
note: restriction counted as a streak to keep

[en.eating_disorder.behavior.r6-guilt-after-eating]
sub: behavior
weight: 0.5
pattern: (feel|feeling|felt|feels) (so|really|super|extremely|very|insanely|sooo|) (guilty|ashamed|disgusting|disgusted|dirty) after (eating|i eat|i ate) (anything|at all|breakfast|lunch|dinner|a meal|every meal|even a|just a|one|a little|normally|food|again|something|literally)
pattern: (feel|feeling|felt|feels) (so|really|super|extremely|very|insanely|sooo|) (guilty|ashamed|disgusting|disgusted|dirty) after (every meal|meals|each meal|a meal)
pattern: (ate|had|eaten) (one|1|a|a single|half a|just one|two|2|only one) (cookie|bite|bites|chip|chips|cracker|piece|slice|apple|granola bar|candy|snack|spoon|spoonful) ~8 (need to|have to|gotta|should|must|want to|wanna) (throw up|throw it up|puke|purge|get it out)
pattern: when i (do|actually|finally|) eat (i|im|i just) (hate|loathe|feel like a pig|feel disgusting|cry|want to throw up)
match: i feel so guilty after eating breakfast
match: i ate one cookie and now i feel like i need to throw up
pattern: (cant stop thinking about|obsessing over|obsessing about|still thinking about) (the|those|that|every|my) ~2 (cals|calories|cal|bite|bites|snack|meal|granola bar|cookie) ~6 (disgusting|gross|fat|huge|pig|guilty|hate myself|ashamed)
pattern: (ate|had|eaten) ~5 (my brain|my head|the voice|my ed|ed voice) (wont|will not|cant|won't|doesnt|does not) (shut up|stop|let it go|let me forget)
match: when i do eat i hate myself
match: cant stop thinking about the 200 cals i had, i feel disgusting
match: i ate a granola bar and my brain will not shut up about it
nomatch: i feel guilty for eating my sisters fries lol
nomatch: i feel so guilty after eating my roommates leftovers
nomatch: ate one bite of that sushi and felt like i would throw up, it was rotten
nomatch: when i eat spicy food i cry
nomatch: cant stop thinking about that meal, it was amazing
note: guilt, disgust or a purge urge after ordinary or minimal eating

[en.eating_disorder.behavior.r6-starve-then-binge]
sub: behavior
weight: 0.55
pattern: (eat nothing|starve|starving|restrict|restricting|fast|fasting|dont eat|not eat|not eating) (all day|during the day|till night|until night|for days|) (then|and then|till i|until i) ~2 (binge|binging|bingeing|binged)
match: eat nothing then binge at 2am
match: restrict all day and then i binge at night
nomatch: dont binge watch all day then complain
nomatch: fasting for ramadan then iftar with family
note: the restrict-binge cycle

[en.eating_disorder.behavior.r6-cant-eat-normal]
sub: behavior
weight: 0.5
pattern: (tried|try|trying|wanted) to eat (a|) (normal|real|full|proper|whole|regular) (meal|portion|amount|plate|dinner|lunch) (but|and) ~4 (couldnt|cant|could not|panicked|felt huge|felt fat|threw it up|cried|freaked)
pattern: (dont|cant|cannot) (even|) remember (the last time|when) (i|ive) (ate|eaten) (a full meal|a real meal|a proper meal|anything|something|properly|real food|a meal)
pattern: (panic|anxiety) (attack|attacks) (about|over|because of|bc of|from) (the|my|) (carbs|calories|cals|food|eating|dinner|lunch|the meal|a meal|pasta|bread|the menu|dessert)
match: i tried to eat a normal meal but i just couldnt
match: i dont even remember the last time i ate a full meal
match: i had an anxiety attack about the carbs
nomatch: i tried to eat a normal meal but the restaurant was closed
nomatch: i dont remember the last time i ate at that restaurant
note: fear of ordinary meals and long stretches without one

[en.eating_disorder.behavior.r6-hungry-sleepless]
sub: behavior
weight: 0.6
pattern: (cant|couldnt|unable to|cannot) sleep ~5 (hungry|hunger|starving) (but|and|yet) (i|) (refuse|wont|will not|cant let myself|not gonna|not going|dont want) (to|) (eat|eating)
pattern: (go|going|went|gone) to (bed|sleep) (hungry|starving|empty) (again|every night|on purpose|so i|to lose|its working|and)
match: cant sleep bc im so hungry but i refuse to eat
match: going to bed hungry on purpose
nomatch: cant sleep bc im hungry, making a snack
nomatch: went to bed hungry because dinner was late
note: refusing food through hunger at night; the negation in "cant sleep" is part of the phrase

[en.eating_disorder.promotion.r6-body-check-post]
sub: promotion
weight: 0.6
pattern: (post|posting|drop|dropping|share|sharing|send|sending) (my|ur|your|some|me|me your|me ur|) (body check|body checks|bodycheck|bodychecks)
pattern: (body check|bodycheck) (time|thread|pics|pic|dump|tuesday|friday|sunday|monday|pls|please|rate|progress|results|update)
pattern: (wrist|wrists|thigh|thighs|upper arm|upper arms) (to be able to|small enough to|thin enough to|so i can|until i can|till i can|til i can|skinny enough to) (fit|wrap|get) (my|both|) (hand|hands|fingers|thumb and finger) around
match: body check time rate my progress
match: post ur body checks below
match: wrists to be able to fit my hand around thats the goal
nomatch: that body check in the hockey game was clean
nomatch: my wrist hurts when i wrap my hand around the bat
note: body checks posted or requested for rating, wrist and thigh circling

[en.eating_disorder.behavior.r6-purge-evidence]
sub: behavior
weight: 0.6
pattern: (smells|smell|smelled|smelling|stinks) (like|of) (puke|vomit|throw up|sick) (after|every time) (dinner|lunch|meals|every meal|i eat|eating|breakfast)
pattern: (puke|puking|vomit|vomiting|throw up|throwing up|purge|purging|threw up) (after|every time i eat|after eating|after dinner|after lunch|after meals|after every meal) ~6 (cover it up|hide it|hide the smell|mask the smell|cover the smell|hide the sound|cover the sound|they dont hear|no one hears|nobody hears|explain)
match: why the toilet smells like puke after dinner
match: throwing up after dinner, how do i hide the smell
nomatch: the dog threw up on the rug, how do i get the smell out
nomatch: the bathroom smells like puke after the party
note: hiding the smell or sound of purging after meals

[en.eating_disorder.promotion.r6-stay-sick]
sub: promotion
weight: 0.65
pattern: (rather|prefer to|want to|wanna|going to|gonna) (stay|remain|keep being) (sick|ill) (and thin|and skinny|and small|and tiny|than recover|than get better|than gain|than eat|forever|tbh|honestly)
pattern: (rather|prefer to|want to|wanna|going to|gonna) (stay|remain|keep being) (anorexic|bulimic|underweight)
pattern: (rather|prefer to) be (anorexic|bulimic|underweight|sick and thin|sick and skinny|sick and small) (than|tbh|honestly|)
pattern: (recovery|recovering|recover|getting better|treatment) ~8 (rather|prefer to|want to|wanna) (stay|remain|keep being) (sick|ill|anorexic|bulimic|underweight)
pattern: (dont|do not|never) (want|wanna) (to|) (recover|get better|gain weight|eat normally) ~4 (i|just) (want|wanna) (to be|to stay|be|stay) (thin|skinny|small|tiny|sick|underweight)
pattern: (idc|dont care|i dont care|screw|forget) what (the|my|ur|your) (doctor|dr|dietitian|therapist|nurse|parents|mom|mum|dad|team) (says|said|thinks|wants) ~2 (not gaining|wont gain|not gonna gain|not eating|not gonna eat|staying this weight|staying thin|staying skinny|losing more)
match: id rather stay sick and small tbh
match: idc what the doctor says im not gaining
nomatch: idc what the doctor says about coffee, im not quitting
match: i dont want to recover i just want to be thin
nomatch: id rather be sick than go to school
nomatch: i want to stay home sick tomorrow
nomatch: i would rather stay sick at home than go to the party
note: choosing the illness over recovery

[en.eating_disorder.behavior.r6-danger-as-proof]
sub: behavior
weight: 0.6
pattern: (underweight|too thin|too skinny|too small|lost too much|in danger|malnourished|worried about my weight|concerned about my weight) ~6 (proof|means|sign) (that|) (its|it is|im|i am) (working|winning|doing it right|doing something right|on track|doing good)
pattern: (doctor|dr|nurse|dietitian|therapist|mom|parents) (says|said|told me|thinks|warned) (im|i am|i was|that im) (underweight|too thin|too skinny|malnourished|in danger) ~4 (but|yet) ~4 (still|not|never) ~3 (huge|fat|big|enough|thin enough|skinny enough|small enough|heavy)
match: the nurse saying im underweight is just proof its working
match: my doctor says im underweight but im still huge
nomatch: my doctor says im underweight so im eating more now
nomatch: the dog is underweight which means we need new food
note: medical warnings read as success; the care word is part of the disclosure

[en.eating_disorder.behavior.r6-not-hungry-excuse-weak]
sub: behavior
weight: 0.3
pattern: (told|tell|telling|said|say|saying|keep telling|kept telling) (the|my|her|him|them|everyone|people|ppl) ~2 (im|i was|that im|that i was|i wasnt|im not|i am) (not hungry|already full|full|already ate|ate already)
match: told the lunch lady im not hungry
match: i keep telling my mom im full
nomatch: i told her i was hungry so we got tacos
nomatch: he told me hes not hungry
note: weak: the stock excuse for a skipped meal; counts only beside another restriction signal

[en.eating_disorder.promotion.r6-maxxing-slang]
sub: promotion
weight: 0.6
pattern: (skinnymaxxing|skinnymaxing|skinnymaxx|thinmaxxing|thinmaxing|bonemaxxing|ribmaxxing|starvemaxxing|starvemaxing|hungermaxxing|fastmaxxing|anamaxxing|lowcalmaxxing)
pattern: (skinny|thin|bone|bones|rib|ribs|starve|starving|hunger|ana) (maxxing|maxing|maxxer|maxxers)
match: day 5 of skinnymaxxing
match: starve maxxing until summer
nomatch: looksmaxxing tips for jawline
nomatch: maxing out my skill tree
note: 2024-26 "-maxxing" slang for extreme thinness and starving

[en.eating_disorder.behavior.r6-glp1-misuse]
sub: behavior
weight: 0.6
pattern: (steal|stole|stealing|take|took|taking|use|using|inject|injecting|microdose|microdosing|sneak|sneaking) (some of|some|) (my|) (moms|mums|dads|mothers|aunts|grandmas|sisters|parents) (ozempic|wegovy|mounjaro|zepbound|semaglutide|tirzepatide|sema|glp|glpi)
pattern: (ozempic|wegovy|mounjaro|zepbound|semaglutide|tirzepatide|sema|glp|glpi|compounded sema) ~4 (without a prescription|without prescription|no prescription|off the internet|off amazon|off tiktok|from a website|so i dont eat|to stop eating|to not eat|so i can starve|to get skinny|to be skinny|to get thin|to stay thin|to hit my gw|to hit my goal weight)
pattern: (microdose|microdosing|microdosed) (ozempic|wegovy|mounjaro|semaglutide|tirzepatide|sema|glp|glpi)
match: started stealing my moms ozempic so i dont eat
match: bought compounded sema off tiktok without a prescription
nomatch: my mom takes ozempic for her diabetes
nomatch: the news said ozempic shortages affect diabetics
note: weight-loss injections taken from a relative, bought unprescribed, or used to stop eating ("glp1" folds to "glpi")

[en.eating_disorder.promotion.r6-thin-aesthetic]
sub: promotion
weight: 0.55
pattern: (heroin chic|heroine chic|legging legs|bony legs|skeletal) (is|are|) (goals|the goal|inspo|my goal|body goals|aesthetic goals|era|is back and|dream body)
pattern: (want|wanna|need|gonna get|getting) (to have|to get|to be|) (legging legs|heroin chic|heroine chic|skeletal|see through thin)
pattern: (starving|fasting|restriction|restricting|ana|0 cal|zero cal|no food|underweight|bony) era
match: heroin chic is goals
match: i need legging legs by summer
match: entering my starving era
nomatch: the return of heroin chic is dangerous for teens
nomatch: my fashion era is all about legging sets
note: trend terms used as body goals (heroin chic, legging legs) and "starving era"

[en.eating_disorder.instructions.r6-flush-teas]
sub: instructions
weight: 0.55
pattern: (senna|laxative|laxie|laxy|dieters|smooth move) (tea|teas) ~6 (lose|flush|empty|drop|before|weigh|scale|after|binge|flat|faster|works|work)
pattern: (detox|flat tummy|teatox|skinny|slimming) (tea|teas) ~6 (flush|flush out|empty out|weigh in|weigh-in|after i binge|after binging|after eating|lose 5|lose a few|drop weight|overnight)
match: does senna tea work faster than pills
match: flat tummy tea to flush before monday weigh in
nomatch: chamomile tea helps me sleep
nomatch: the detox tea ads are lying to you, dont buy them
note: laxative and "detox" teas used to flush weight

[en.eating_disorder.promotion.r6-ed-groupchat]
sub: promotion
weight: 0.65
pattern: (ana|mia|edtwt|pro ana|proana|thinspo|meanspo|bonespo|ed|skinny|fasting|starving|restriction|0 cal|zero cal) (gc|groupchat|group chat|discord|discord server|server|telegram|kik|snap group) ~4 (link|join|invite|add me|dm|dms|anyone|lf|looking|who wants|new|accountability|need|pls|please)
pattern: (anyone|anybody|any of u|any of you|who) (in|is in|here in) (a|an|the) (ana|mia|edtwt|pro ana|proana|thinspo|meanspo|ed|fasting|starving|restriction) (gc|groupchat|group chat|discord|server|telegram|kik)
pattern: (link|join|invite|add me|dm|lf|looking for|anyone have) (a|an|to|to the|to an|me to|me to an|the|) (ana|mia|edtwt|pro ana|proana|thinspo|meanspo|bonespo|ed|skinny|fasting|starving|restriction) (gc|groupchat|group chat|discord|server|telegram|kik)
match: anyone have a pro ana discord link
match: ana gc dm to join
match: lf a fasting groupchat
nomatch: join our ed recovery discord server
nomatch: ramadan fasting gc for the family
note: recruiting into pro-ED group chats and servers

[en.eating_disorder.behavior.r6-is-it-bad-disclosure]
sub: behavior
weight: 0.5
target: self
pattern: (is it|its) (bad|normal|weird|ok|okay|fine|unhealthy) (that|if|to) (i|im|ive) (havent eaten|barely eat|make myself throw up|make myself sick|throw up after|purge|purged|eat once|skip every meal|havent eaten in|never eat|am scared to eat|laxatives)
pattern: (is it|its) (bad|normal|weird|ok|okay|fine|unhealthy) (that|if|to) (i|im|ive) (only eat|only ate|only had|eat) (one meal every|once every|every other|every 2|every two|under|less than|like 200|like 300|200|300|400|500|a rice cake|an apple|nothing)
pattern: (hair|period|periods) ~5 (when|from|because|bc|since) (you|u|i) (dont|stop|stopped|arent|barely|havent) (eat|eating|eaten) ~4 (asking for me|asking for myself|asking for a friend|for me lol|not for me) (lol|lmao|haha|)
match: is it bad that i only eat one meal every 2 days
match: is it normal to have your hair fall out when you dont eat? asking for me lol
nomatch: is it bad that i only eat pizza on fridays lol
nomatch: is it normal that i eat a lot during my period
note: disordered eating disclosed as a question about the writer's own habits

[en.eating_disorder.behavior.r6-everyone-says-tiny]
sub: behavior
weight: 0.6
pattern: (everyone|everybody|people|ppl|my friends|my mom|my mum|my parents|they|doctors|my doctor|the doctor|my dr) (says|say|keeps saying|keep saying|tells me|tell me) (im|i am|that im|i look) (tiny|thin|skinny|small|underweight|too thin|so skinny|so thin|bony|too skinny) (but|yet|and) ~4 (see|feel|look|am|still) ~3 (fat|huge|big|whale|cow|enormous|massive|disgusting|rolls|heavy)
pattern: (see|feel|look) ~4 (fat|huge|rolls|enormous|massive|big) (even though|even tho|eventhough|although|but) (everyone|everybody|people|ppl|my friends|they|my mom) (says|say|tell me|tells me|keeps saying|keep saying) (im|i am|i look) (tiny|thin|skinny|small|underweight|bony)
match: everyone says im tiny but i still feel huge
match: every time i see myself i just see rolls even tho everyone says im tiny
nomatch: everyone says im tiny but i can still lift more than them
nomatch: my friends say im small but i love being short
note: body dysmorphia: told they are small, still seeing fat

[en.eating_disorder.behavior.r6-low-target-weight]
sub: behavior
weight: 0.55
pattern: (weigh|weighing|im|at|down to) ~2 (kilos|kg|kgs|kilo|lbs|pounds|lb) (but|and|yet) ~3 (want|wanna|need|have|gotta) to (be|weigh|get to|get down to|hit|reach) (30|32|33|34|35|36|37|38|39|75|78|80|82|85|88|90)
match: i weigh 45 kilos but i want to be 38
match: im 98 lbs and i need to get down to 85
nomatch: i weigh 60 kg and want to hit 70 on my bulk
nomatch: im 150 pounds and want to get to 170 for football
nomatch: i weigh 200 lbs and want to get down to 180
note: a current weight with a very low target (under 40 kg or about 90 lb)

# ---------------------------------------------------------------------------------------------
# round r7 (2026.11.30.8): families missed by blind probes
# ---------------------------------------------------------------------------------------------

[en.eating_disorder.awareness.r7-starve-object]
sub: awareness
weight: 0.9
pattern: (starve|starving|starved|starves) (the|a|an|that|this|out the) (fire|flame|flames|tumor|tumour|tumors|cancer|cells|bacteria|weeds|plants|enemy|army|city|economy|fungus|mold|roots|fund|budget|market|competition|pests)
match: we need to starve the fire of oxygen
match: starving the tumor of blood supply
nomatch: i need to starve myself
nomatch: starve the fat off
note: non-ED uses of starve (chemistry, medicine, war, gardening): framing that discounts behavior.need-to-starve on the same words

[en.eating_disorder.behavior.r7-get-food-out]
sub: behavior
weight: 0.55
target: self
pattern: (ate|eaten|binged|binge|had|eat|pizza|dinner|cake|food|cookies|oreos|chips) ~8 (get rid of|get it out|get it all out|get them out|get everything out) (it|it all|them|everything|that|)
pattern: (cant|can not|cannot|wont|dont|not gonna) (let|keep) (it|that|the food|them|this|any of it|dinner|the pizza|the cake) (stay|stay in|stay down|in me|inside me|inside)
pattern: (need|want|have|gotta|needed|had) (to|) get (it|it all|the food|everything|this|that) out (of me|of my body|of my stomach)
match: ate a whole pizza and i need to get rid of it before anyone wakes up
match: cant let the cake stay in me
match: i have to get it all out of my stomach
nomatch: i need to get rid of these old clothes
nomatch: get it out of your system and move on
nomatch: i cant keep anything down with this flu
note: purging intent in euphemism: getting food out of the body after eating or bingeing

[en.eating_disorder.behavior.r7-cal-number-a-day]
sub: behavior
weight: 0.5
target: self
pattern: (eating|ate|eat|having|had|living on|surviving on|at) (like|only|just|around|about|barely|max|under|less than|) (10|20|30|40|50|60|70|80|90|100|110|120|130|140|150|160|170|180|190|200|210|220|230|240|250|260|270|280|290|300|310|320|330|340|350|360|370|380|390|400|410|420|430|440|450|460|470|480|490|500|510|520|530|540|550|560|570|580|590|600|610|620|630|640|650|660|670|680|690|700|710|720|730|740|750|760|770|780|790|800) (a|per|every|each) day
pattern: (under|below|less than|no more than|max) (10|20|30|40|50|60|70|80|90|100|110|120|130|140|150|160|170|180|190|200|210|220|230|240|250|260|270|280|290|300|310|320|330|340|350|360|370|380|390|400|410|420|430|440|450|460|470|480|490|500|510|520|530|540|550|560|570|580|590|600|610|620|630|640|650|660|670|680|690|700|710|720|730|740|750|760|770|780|790|800) (today|tomorrow|again|this week|each day|every day)
pattern: (ate|eaten|consumed|had) (only|just|like|barely|) (10|20|30|40|50|60|70|80|90|100|110|120|130|140|150|160|170|180|190|200|210|220|230|240|250|260|270|280|290|300|310|320|330|340|350|360|370|380|390|400|410|420|430|440|450|460|470|480|490|500|510|520|530|540|550|560|570|580|590|600|610|620|630|640|650|660|670|680|690|700|710|720|730|740|750|760|770|780|790|800) (today|so far|yesterday|all day|total)
match: been eating like 600 a day for two months
match: goal is under 300 tomorrow
match: ate 340 today
nomatch: i walk like 400 a day steps wise lol is 3200 a day enough for a bulk
nomatch: we sold 340 today
note: a bare calorie figure (10 to 800) per day or as a daily cap: edtwt shorthand for restriction; numbers not on the older lists

[en.eating_disorder.behavior.r7-they-think-i-eat]
sub: behavior
weight: 0.6
target: self
pattern: so (they|my parents|my mom|my mum|my dad|mom|mum|dad|everyone|people|my family|my friends|she|he|nobody|no one) (think|thinks|believe|believes|wont know|doesnt know|dont know|notices|notice) (i|that i|im) (ate|eat|eaten|am eating|eating|had|had dinner|had lunch|had breakfast)
pattern: (said|told|say|tell|telling) ~4 i (ate|eaten|already ate|had dinner|had lunch|had breakfast) ~4 (i didnt|i hadnt|but i didnt|i did not|but i hadnt|but i never)
match: i put crumbs on a plate so my parents think i ate
match: told my mom i had dinner at jays. i didnt
nomatch: so my parents think i am going to the party
nomatch: she believes me every time i say im fine about school
note: making carers believe meals were eaten; the lie about eating itself

[en.eating_disorder.behavior.r7-body-check-tests]
sub: behavior
weight: 0.5
target: self
pattern: (pinch|pinching|pinched) (test|tests|my fat|my stomach|my belly|my thighs|my arms|my sides|an inch|the fat)
pattern: (wrap|wrapping|wrapped|fit|fits) ~3 (fingers|finger|hand|hands|thumb) around ~3 (arm|arms|upper arm|wrist|wrists|thigh|thighs|ankle|ankles|bicep)
pattern: (fingers|finger|hand|hands|thumb) (can|could|still|) (wrap|wrapping|fit|touch|meet|go) around ~3 (arm|arms|upper arm|wrist|wrists|thigh|thighs|ankle|ankles|bicep)
pattern: (check|checking|checked|look at|looking at|stare at|staring at|measure|measuring) (my|) (stomach|belly|tummy|thighs|hips|arms|ribs|collarbones|waist|thigh gap|side profile) ~5 (times|every morning|every night|every day|after i eat|after eating|before and after|in the mirror|from the side)
match: pinch test every morning
match: i check if my fingers can wrap around my upper arm
match: i look at my stomach from the side 30 times a day
match: measuring my waist every morning before and after water
nomatch: pinch me im dreaming
nomatch: wrap the tape around the pipe
nomatch: check my stomach for the rash
note: body checking rituals: pinching fat, circling limbs with fingers, repeated mirror or tape checks

[en.eating_disorder.behavior.r7-hide-food-places]
sub: behavior
weight: 0.55
target: self
pattern: (hide|hiding|hid|stash|stashing|stashed) (my|the|all my|) (sandwich|sandwiches|food|lunch|lunches|snacks|snack|dinner|meals|granola bars|bars|toast|breakfast) (in|under|behind|inside) (my|the|a) (locker|backpack|bag|pocket|pockets|napkin|sleeve|bed|closet|drawer|bin|trash)
pattern: (throw|threw|throwing|toss|tossed|tossing|bin|binned|dump|dumped) (my lunch|my food|the food|my sandwich|my sandwiches|my breakfast) (out|away) ~5 (so|before) (my parents|my mom|my mum|my dad|mom|dad|nobody|no one|they|anyone)
match: i hide my sandwiches in my locker
match: threw my lunch away before my mom could see
match: hiding my dinner in a napkin
nomatch: i hide my snacks in my room so my brother doesnt eat them
nomatch: throw it away so nobody trips on it
note: hiding or dumping food so family thinks it was eaten

[en.eating_disorder.behavior.r7-relapse-counting]
sub: behavior
weight: 0.55
target: self
pattern: (relapsed|relapsing|relapse|relapsed hard) ~4 (counting|restricting|purging|fasting|starving|bingeing|binging|throwing up|not eating|weighing)
pattern: (counting|tracking|logging) (again|cals again|calories again|every calorie again)
pattern: back to (counting cals|counting calories|restricting|purging|fasting|starving|not eating|weighing myself)
pattern: (missed|miss|missing) (the|my) (numbers|counting|scale|hunger|empty feeling|hollow feeling|restriction|control)
match: relapsed. counting again
match: back to restricting i guess
match: i missed the numbers tbh
nomatch: i missed the bus
nomatch: counting down the days again
nomatch: back to counting sheep
note: relapse into ED behaviour told as fact (not fear of it: see recovery.relapse)

[en.eating_disorder.behavior.r7-made-it-on-just]
sub: behavior
weight: 0.55
target: self
pattern: (made it|survived|got through|lasted|went|did the whole day|living|lived|running) ~4 (on|off) (just|only|nothing but|one|a single|half a) ~2 (rice cake|rice cakes|apple|black coffee|gum|ice|celery|cucumber|cucumbers|crackers|cracker|broth|diet coke|energy drinks|energy drink|grapes|carrots|lettuce|pickles)
pattern: (only|just) (eat|eating|ate) (cucumbers|cucumber|ice|celery|lettuce|broth|pickles|gum|grapes|rice cakes|apples) (and|n) (ice|water|coffee|gum|tea|celery|cucumbers|broth)
pattern: (survived|surviving|living|lived|running|existing) ~4 on (coffee|water|gum|ice|diet coke|energy drinks|broth|tea|black coffee) (and|n) (gum|water|ice|coffee|diet coke|cigarettes|energy drinks|tea|vapes)
match: made it to dinner on just a rice cake
match: survived the whole week on coffee and gum
match: only eat cucumbers and ice
nomatch: i made it on just a coffee and three hours of sleep, exam went fine lol
nomatch: the plant is living on just water
note: a day or week survived on a token food or drink

[en.eating_disorder.behavior.r7-long-fast-hours]
sub: behavior
weight: 0.5
target: self
pattern: (fasted|fasting|fast|starved|starving|went|gone|going|without food|no food|not eaten|havent eaten) (for|) (30|32|36|40|42|44|48|50|60|70|72|80|84|90|96|100|120|144|168) (hours|hrs|hr|h)
pattern: (30|32|36|40|42|44|48|50|60|70|72|80|84|90|96|100|120|144|168) (hour|hr|h|hours) (fast|fasting|fasted|without food|without eating|no food)
pattern: (breaking|break|broke|end|ending) (it|the fast|my fast|fast) ~4 (fail|failing|failure|weak|weakness|ruin|ruined|giving up|lose)
match: fasted 40 hours
match: doing a 72 hour fast, breaking it would be failing
match: havent eaten for 48 hrs
nomatch: the 12 hour fast before surgery was rough
nomatch: ramadan fast breaks at sunset
nomatch: break fast at the mosque tonight
note: extended fasts counted in hours (past a religious or medical fast) and breaking a fast felt as failure

[en.eating_disorder.behavior.r7-if-gain-then-restrict]
sub: behavior
weight: 0.6
target: self
pattern: (if|when|once) (i|the scale|my weight|the number|it) ~3 (gain|gained|goes up|go up|went up|is up|up|higher) ~6 (stop eating|not eating|not eat|starve|fast|fasting|restrict|skip meals|skip every meal|skipping meals|purge|purging|no food)
pattern: (gain|gained|up) ~3 (pound|pounds|lb|lbs|kg|kilo|ounce|0.1|0.2|0.4|0.5) ~6 (stop eating|not eating|starve|fast|restrict|purge|no food|skip|die|kill myself|hate myself)
match: if i gain even a pound back ill stop eating again
match: if the number goes up tmrw im not eating all weekend
match: up 0.4 lbs, no food til friday
nomatch: if i gain weight for football ill stop eating junk
nomatch: if the price goes up ill stop buying it
note: fear of weight gain answered with restriction or purging

[en.eating_disorder.behavior.r7-resist-treatment]
sub: behavior
weight: 0.55
target: self
pattern: (fake|faking|faked|cheat|cheating|cheated|lie about|lying about|ditch|ditching|skip|skipping|ignore|ignoring|hide) (my|the|our|) (meal plan|meal plans|weigh in|weigh ins|weighins|refeeding|snacks plan)
pattern: (therapist|dietitian|dietician|doctor|nutritionist|parents|mom|mum|dad|treatment team|psych) (wants|want|says|said|makes|made|is making|are making) me ~2 (eat|gain|have) ~6 (insane|crazy|too much|so many|way too many|no way|never|disgusting|gross|fat|cant|wont|not doing)
pattern: (meal plan|meal plans|weigh ins|weigh in|treatment|inpatient|refeeding|eat more) ~4 (fake it|faking it|lie|lying|cheat it|pretend|trick them|fool them)
pattern: (lying to|lie to|lied to) my (nutritionist|dietitian|dietician|therapist|doctor|psych|treatment team) ~3 (about|meals|food|eating|weight)
match: im gonna fake my meal plan
match: therapist wants me to eat 3 meals a day which is insane
match: lying to my nutritionist about my meals
nomatch: i follow my meal plan every day
nomatch: my doctor wants me to eat more protein which is fine
note: resisting ED treatment: faking meal plans and weigh-ins, refusing prescribed eating

[en.eating_disorder.behavior.r7-log-everything]
sub: behavior
weight: 0.55
target: self
pattern: (log|logging|logged|track|tracking|count|counting|weigh|weighing) (everything|every single thing|every bite|all of it) (i eat|i drink|in my app|in mfp|in myfitnesspal|i put in my mouth|in my food app|in my tracker) ~2 (even|including) (gum|water|mints|toothpaste|lettuce|coffee|vitamins|medicine|lip balm|ketchup|a grape)
pattern: (calories|cals|kcal) in (gum|my gum|toothpaste|my toothpaste|water|mints|lip balm|medicine|vitamins|stamps|envelope glue)
pattern: (know|memorized|memorised) (the|) (calories|cals|cal count|calorie count) (of|in|for) (everything|every food|literally everything|all foods)
match: i log everything in my app, even gum
match: how many calories in toothpaste
match: i still know the cal count of literally everything
nomatch: i log everything in my budget app
nomatch: how many calories in a banana
note: compulsive calorie tracking down to non-foods

[en.eating_disorder.behavior.r7-empty-is-control]
sub: behavior
weight: 0.55
target: self
pattern: (feel|feels|felt|feeling|am|im) (safe|safest|in control|clean|pure|light|powerful|strong) ~3 (when|while|if) (im|i am|i stay|my stomach is) (empty|hungry|starving|not eating|restricting|fasting)
pattern: (empty stomach|empty|hunger|being hungry|not eating|starving|restricting) ~5 (only thing|the one thing) ~2 (i can control|i control|in control|i have control)
match: honestly i feel safest when im empty
match: the feeling of an empty stomach is the only thing i can control
nomatch: i feel safe when im home
nomatch: the only thing i can control is my attitude
note: hunger and an empty stomach felt as safety or control

[en.eating_disorder.behavior.r7-sick-as-compliment]
sub: behavior
weight: 0.6
target: self
pattern: (say|says|saying|said|tell|tells|told) (me|) (i|im) (look|looking) (sick|ill|skeletal|anorexic|bony|underweight|unhealthy) ~3 it as a (compliment|complement)
pattern: (skeleton|skeletal|anorexic|bony|too thin|too skinny|underweight|like bones) ~6 (compliment|complement|compliments)
pattern: (sick|ill|unhealthy) ~4 (take|took|taking|see|saw|count|counted) it as a (compliment|complement)
pattern: (dangerously low|dangerously thin|dangerously underweight|too thin|too skinny) ~4 (like its a bad thing|like thats bad|as if thats bad|lmao|good)
match: people say i look sick and i take it as a compliment
match: the doctor said dangerously low like its a bad thing lmao
nomatch: she complimented my sick skateboard
nomatch: i got a compliment on my new haircut
note: being told one looks ill or skeletal taken as praise

[en.eating_disorder.behavior.r7-hate-recovery]
sub: behavior
weight: 0.45
target: self
pattern: (hate|hating|sick of|done with|quitting|quit|over|screw|fuck|tired of) (recovery|recovering|this recovery|my meal plan|weight restoration|refeeding|gaining weight)
pattern: (period|periods) (back|came back|returned|is back) ~6 (fat|gained|disgusting|hate|huge|failed)
match: i hate recovery
match: i got my period back and it means i got fat
nomatch: recovery is hard but im proud of myself
nomatch: my period came back which my doctor says is a great sign
note: turning against recovery (weak alone; adds up with weight or restriction talk)

[en.eating_disorder.behavior.r7-still-fat-after-loss]
sub: behavior
weight: 0.5
target: self
pattern: (lbs|pounds|kg|kilos|now|weigh|down|day|week|cals|calories) ~4 (and|but|yet) (i|) still (hate|feel|look|am|weigh) ~3 (fat|huge|body|big|disgusting|gross|heavy|too much|whale)
pattern: (maybe|once|when|if) (i hit|i get to|i reach|i weigh|im|i am|at) (70|71|72|73|74|75|76|77|78|79|80|81|82|83|84|85|86|87|88|89|90|91|92|93|94|95|96|97|98|99|100|101|102|103|104|105|106|107|108|109|110) ~3 (will|ill|i will|then) ~3 (fix|happy|enough|love|like|stop)
match: used to be 140 now 105 and i still hate my body
match: 600 a day and i still weigh too much
match: maybe 90 will fix it, once i hit 90 ill be happy
nomatch: lost 20 lbs and i still feel great
nomatch: im 180 lbs and i still lift heavy
note: weight loss that never feels enough; a lower number promised to fix it

[en.eating_disorder.behavior.r7-deny-underweight]
sub: behavior
weight: 0.55
target: self
pattern: (underweight|too thin|too skinny|dangerously low|bmi) ~8 (im not|not true|shes wrong|hes wrong|theyre wrong|doesnt get it|dont get it|liar|lying|dont believe|still look|still feel|not that thin|not even thin|not there yet)
pattern: (says|said|say|told me|tell me|keeps saying|calls me|call me) ~4 (skeleton|skin and bones|bones) ~4 (im not there|not there yet|not enough|still|but)
match: the nurse said im underweight. im not. shes wrong
match: my bmi is 16 and im underweight but she doesnt get it
match: everyone says i look like a skeleton but im not there yet
nomatch: the doctor said im underweight so im eating more now
nomatch: underweight kids need more calories
note: told they are underweight and disagreeing, still seeing themselves as big

[en.eating_disorder.behavior.r7-notice-not-eating]
sub: behavior
weight: 0.6
target: self
pattern: (without|not) (eating|food|eat) ~4 (before|without) (anyone|people|someone|my parents|parents|nobody|my mom|teachers|anybody) (notice|notices|noticing|finds out|find out|realizes|realize)
pattern: (nobody|no one|noone|people|anyone|parents|my parents|mom|my mom) (notice|notices|noticed|noticing|cares) ~4 (i dont eat|i stopped eating|im not eating|i skip|how little i eat|i never eat|you stop eating|you dont eat)
match: how long can you go without eating before people notice
match: nobody notices when you stop eating
nomatch: i went without eating lunch before the game, nobody noticed me leave
nomatch: nobody noticed i lost my keys
note: keeping restriction unnoticed by others

[en.eating_disorder.behavior.r7-compensate-exercise]
sub: behavior
weight: 0.5
target: self
pattern: (burn|burning|burned|burnt|work|working|worked|walk|walking|run|running) (off|it off) (what|everything|all|the|that|dinner|lunch|breakfast|the food|the pizza|the cake|the calories) ~6 (ate|eat|eaten|forces me to eat|made me eat|makes me eat|calories|cals)
pattern: (jumping jacks|crunches|situps|sit ups|squats|burpees|pushups|push ups|laps|stairs) ~6 (ate|eating|eat|calories|cals|granola bar|snack|burn it|burn off)
pattern: (ate|eaten|had) ~6 (so|now|gotta|gonna|have to|need to|must|time for) ~2 (jumping jacks|crunches|situps|sit ups|burpees|laps|stairs)
pattern: (ate|eat|eating|had) ~8 (game|gaming|stay up|study|work) ~3 without (food|eating) ~3 (fix|make up|cancel|undo)
match: 3 hour walks to burn off what mom forces me to eat
match: ate a granola bar so 500 jumping jacks
match: ate pizza gonna game till 4am without food to fix it
nomatch: did 50 squats then had a big lunch to refuel
nomatch: burn off some steam
note: exercise or skipped meals to undo food just eaten

[en.eating_disorder.behavior.r7-cut-the-fat-off-me]
sub: behavior
weight: 0.55
target: self
pattern: (cut|rip|tear|scratch|peel|slice|carve|chop|unzip) (off|out|) my (fat|stomach|belly|thighs|rolls|love handles|skin|tummy)
pattern: (cut|rip|tear|scratch|peel|slice|carve|chop|take) (my|this) (fat|stomach|belly|thighs|rolls|love handles|tummy) (off|out) (of me|of my body|)
match: wish i could unzip my skin and take the fat off
match: i want to scratch my stomach off
match: i want to rip my stomach out
nomatch: cut the fat off the steak
nomatch: i scratched my knee on the fence
note: disgust at one's body after eating voiced as cutting or tearing the fat off (self_harm may apply in context)

[en.eating_disorder.behavior.r7-voice-says-starve]
sub: behavior
weight: 0.55
target: self
pattern: (voice|voices|brain|head|mind) ~4 (telling|tells|says|saying|screams|screaming|yells|yelling|whispers) ~3 (starve|dont eat|not eat|not to eat|fat|disgusting|pig|skip|purge|pathetic|worthless)
pattern: starve starve
pattern: (every|each) (bite|mouthful|meal|time i eat) ~6 (voice|pathetic|disgusting|failure|pig|fat)
match: every bite i take i hear a voice telling me im pathetic
match: starve starve starve thats all my brain says
match: my brain keeps telling me not to eat
nomatch: my brain is telling me to sleep
nomatch: the voice actor says fat jokes in that episode
note: intrusive ED thoughts reported as a voice ordering starvation or insulting after each bite

[en.eating_disorder.behavior.r7-goal-keeps-dropping]
sub: behavior
weight: 0.5
target: self
pattern: (goal weight|gw|ugw|goal|target weight) ~3 (keeps getting lower|gets lower|keeps dropping|lower every time|keeps moving|moves down|keeps going down|lowered again|lowering)
pattern: (new|lowered my|lower my|lowering my|dropped my) (gw|ugw|goal weight|target weight)
match: my goal weight keeps getting lower every time i hit it
match: new ugw unlocked
nomatch: our sales goal keeps getting higher
nomatch: my goal is to get stronger
note: a goal weight lowered each time it is reached

[en.eating_disorder.behavior.r7-should-not-have-eaten]
sub: behavior
weight: 0.6
target: self
pattern: (shouldnt|shouldve never|should never|should not|shoulda never|never shouldve) (have|) (eaten|ate|had|eat) ~8 (starv*|fast|fasting|purg*|restrict*|skip*|burn|throw up|not eating|no food|cancel)
pattern: (shouldnt|shouldve never|should never|should not) (have|) (eaten|ate|had) (that|it|anything|dinner|lunch|breakfast|so much) ~4 (im|i am|so|such a) (fat|disgusting|pig|failure|gross|whale)
match: i shouldve never eaten that, im going to starve tomorrow
match: shouldnt have had dinner, skipping tomorrow
nomatch: i shouldnt have eaten that chili, my stomach hurts
nomatch: should never have had coffee this late lol
note: regret after eating followed by restriction or self-insult (the negation is part of the phrase)

[en.eating_disorder.behavior.r7-ruined-by-eating]
sub: behavior
weight: 0.5
target: self
pattern: (ate|eaten|eating|had|eat) ~6 (ruined|ruin|ruins|wrecked|blew) (everything|my day|my whole day|the whole day|it all|my progress|my streak|my week|my whole week|my fast|my restriction)
pattern: (guilty|ruined|failure|disgusting|gross) ~5 (a single|one|an|half a|half an|just one) (apple|grape|cracker|bite|carrot|almond|rice cake|strawberry|piece)
match: i feel so guilty after eating a single apple, like i ruined everything
match: had a cookie and ruined my streak
nomatch: the rain ruined everything at the picnic
nomatch: i ruined my day by oversleeping
note: one small food felt as ruining the day or the restriction streak

[en.eating_disorder.promotion.r7-yell-at-you-for-eating]
sub: promotion
weight: 0.65
pattern: (yell|scream|shout|yells|screams) at (you|u|me) (for|when|if|every time|whenever) ~3 (eat|eating|ate|eats)
pattern: (text|texts|dm|message|check on) (you|u|me) (every time|whenever|when|if) (you|u|i) (eat|eats|ate|eating)
match: dm me if you want a strict coach wholl yell at you for eating
match: looking for someone to text me every time i eat
nomatch: my coach yells at me for being late
nomatch: text me when you get home
note: coaching that punishes the other person for eating

[en.eating_disorder.behavior.r7-food-lose-control]
sub: behavior
weight: 0.4
pattern: (food|eat|eating|snacks|cake|pizza|buffet|kitchen) ~6 (lose control|lost control|losing control|cant control myself|wont be able to stop)
pattern: (lose|lost|losing) control (around|with|near|over|at) (the|) (food|snacks|sweets|junk food|cake|pizza|buffet)
match: theres gonna be food and ill lose control
match: i lost control around the snacks again
nomatch: lost control of the car on the ice
nomatch: i cant control myself when its a new game release lol
note: fear of losing control around food (binge fear): weak alone

[en.eating_disorder.promotion.r7-skinny-beats-food]
sub: promotion
weight: 0.75
pattern: (skinny|thin|thinness|being thin|being skinny|bones|hunger|empty|emptiness) ~3 (better|more satisfying|tastes better|feels better|worth more|sweeter) than (any|all|) (food|eating|cake|pizza|dessert|chocolate|meals)
pattern: (skinny|thin|thinner|bones) or (stay|be|) (invisible|nothing|worthless|ugly|unloved|alone|dead|fat)
match: skinny is more satisfying than any food
match: stay skinny or stay invisible
nomatch: being healthy feels better than junk food
nomatch: thin crust or deep dish
note: pro-ana slogans ranking thinness above food or above being seen

[en.eating_disorder.promotion.r7-cal-floor-is-scam]
sub: promotion
weight: 0.6
pattern: (1000|1200|1400|1500|1800|2000) (cals|calories|kcal|cal) ~4 (scam|lie|myth|too much|way too much|is a lot|overrated|fake)
pattern: (10|20|30|40|50|60|70|80|90|100|110|120|130|140|150|160|170|180|190|200|210|220|230|240|250|260|270|280|290|300|310|320|330|340|350|360|370|380|390|400|410|420|430|440|450|460|470|480|490|500|510|520|530|540|550|560|570|580|590|600|610|620|630|640|650|660|670|680|690|700|710|720|730|740|750|760|770|780|790|800) (cals|calories|kcal|cal|) (is|are) (plenty|enough|more than enough|fine|all you need)
match: you dont need 1200 cals thats a scam
match: 800 is plenty if you want to drop fast
nomatch: 2000 calories is a guideline, talk to a doctor
nomatch: 1200 cals is way too little for a teen, please eat
note: claims that the safe calorie floor is a lie and a tiny intake is enough

[en.eating_disorder.instructions.r7-pretend-you-ate]
sub: instructions
weight: 0.6
pattern: (pretend|say|tell them|tell her|tell him|act like|claim) (you|u|ya) (had|ate|already ate|eaten|already had) ~3 (breakfast|lunch|dinner|a big|at school|at a friends|at work|earlier)
pattern: (dirty|dirtying|mess up|put crumbs on|leave) (a|the|your|ur) (plate|bowl|dishes) ~5 (think|looks like|so they|parents|family)
match: skip meals and pretend you had a big breakfast
match: trick your family by dirtying a plate so they think you ate
nomatch: pretend you had a good time lol
nomatch: leave the plate in the sink please
note: coaching others to fake having eaten

[en.eating_disorder.promotion.r7-starve-it-off]
sub: promotion
weight: 0.65
pattern: (starve|starving|starved|purge|puke) (it|the fat|that fat|them|those rolls|the weight|it all) (off|out)
match: fat isnt cute. starve it off
match: just purge it out
nomatch: sweat it out in the sauna after a cold
nomatch: throw it away
note: telling someone (or oneself) to starve or purge weight away

[en.eating_disorder.instructions.r7-lax-tea]
sub: instructions
weight: 0.55
pattern: (lax|laxative|laxi|skinny|detox|flat tummy|flat belly|slimming) (tea|teas)
pattern: (diet pills|lax|laxatives|water pills|diuretics|fat burners) ~5 (fast results|quick results|results|drop|lose|loss)
match: use diet pills and lax teas for fast results
match: skinny tea works
nomatch: green tea with lemon
nomatch: lax practice got moved
note: laxative and slimming teas or pills for weight loss

[en.eating_disorder.promotion.r7-weak-if-eat]
sub: promotion
weight: 0.6
pattern: (weak|weakling|pathetic|failure|loser) (if|when|for) (you|u|i) (eat|ate|eating|eats|cave|caved)
pattern: (if|when) (youre|ur|you are|im|i am|you|u) (weak|a failure|pathetic) (and|n) (eat|eats|ate|cave)
pattern: only (the weak|weak people|losers|pigs|fatties|fat people) (eat|eats) (dinner|lunch|breakfast|carbs|dessert|sugar|bread|food|)
pattern: (eat|eating|ate) ~4 (youll|you will|ull|ill) regret it ~3 (stay strong|be strong|tomorrow)
match: if youre weak and eat today youll regret it tomorrow, stay strong
match: only the weak eat dinner
nomatch: if youre weak after the flu eat something
nomatch: you will regret skipping leg day lol
note: framing eating as weakness to push restriction

[en.eating_disorder.instructions.r7-when-hungry-do]
sub: instructions
weight: 0.6
pattern: (every time|whenever|each time|when|if) (you|u|i|ur|youre|im) (feel|get|are|am|r|) (hungry|hunger|a craving|cravings) ~4 (do|chew|brush|sleep|punch|pinch|snap|slap|hit|look at) ~3 (crunches|situps|squats|your teeth|ur teeth|gum|your stomach|thinspo|the mirror|a rubber band|band|pics)
match: every time you feel hungry do 50 crunches
match: when ur hungry look at thinspo
match: whenever im hungry i snap a rubber band
nomatch: when youre hungry do yourself a favor and eat
nomatch: when i get hungry i look at the menu
note: substitute actions (exercise, pain, thinspo) for eating when hungry

[en.eating_disorder.promotion.r7-pig-put-it-down]
sub: promotion
weight: 0.6
pattern: (pig|piggy|fatty|fatass|whale|cow|lardass|hog|oink) ~3 (put|drop) (the|that|ur|your|it) (fork|food|spoon|cake|burger|donut|pizza|chips|snack|plate) (down|)
pattern: (drop|put down) the (fork|spoon|donut|burger|cake) ~2 (fatty|piggy|pig|whale|cow|fatass)
also: cyberbullying.appearance_shaming
match: hey pig, put the fork down
match: oink oink drop the cake
nomatch: put the fork down and help me with the dishes
nomatch: pig out on pizza tonight
note: meanspo aimed at someone eating

[en.eating_disorder.instructions.r7-cut-cals-to-zero]
sub: instructions
weight: 0.55
pattern: (until|till|til) (youre|ur|you are|im|i am|you get to|i get to|u get to|you reach) (at|) (0|zero) (cals|calories|calorie|food|kcal)
pattern: (cut|drop|lower|reduce|decrease|subtract|minus) (10|20|30|40|50|60|70|80|90|100|110|120|130|140|150|160|170|180|190|200|210|220|230|240|250|260|270|280|290|300|310|320|330|340|350|360|370|380|390|400|410|420|430|440|450|460|470|480|490|500|510|520|530|540|550|560|570|580|590|600|610|620|630|640|650|660|670|680|690|700|710|720|730|740|750|760|770|780|790|800) (cals|calories|kcal|) (each|every|a|per) (week|day)
match: cut 100 each week until youre at 0
match: drop 50 cals every day
nomatch: cut 10 minutes each day from screen time
nomatch: count down until youre at zero
note: stepwise calorie cuts toward zero

[en.eating_disorder.promotion.r7-gain-kicked]
sub: promotion
weight: 0.65
pattern: (whoever|anyone who|if you|if u|who ever|whoever) (gains|gain|eats|eat|breaks|break|cheats|fails|caves) ~3 (kicked|banned|removed|eliminated|punished|meanspo|loser|gets meanspo|owes)
pattern: (weigh in|weighins|weigh ins|check in weights|post your weight|post ur weight|send weights) ~4 (every morning|every day|daily|gc|group|proof|dms|with me)
match: 14 day water fast, whoever gains gets kicked
match: we check in weights every morning in the gc
nomatch: whoever eats the most wings wins a shirt
nomatch: weigh in for the wrestling meet is tomorrow
note: group fasting challenges with penalties and shared weigh-ins

[en.eating_disorder.behavior.r7-binge-then-fast-day]
sub: behavior
weight: 0.55
target: self
pattern: (binged|binge|bingeing|binging|overate|pigged out|ate too much|ate so much) ~8 (fast day|fasting day|no food day|0 cal day|zero cal day|water day|starve day|restrict day)
pattern: (tomorrow|today|monday|the next day|next day) (is|will be|becomes) (a|) (fast|fasting|no food|0 cal|zero cal|water only|starve|restrict) day
match: binged like 3000 cals tonight so tomorrow is a fast day
match: ate so much at the party, tomorrow is a zero cal day
nomatch: tomorrow is a fast food day lol
nomatch: today is a rest day from the gym
note: a binge answered with a planned fast day

[en.eating_disorder.behavior.r7-bathroom-after-meals]
sub: behavior
weight: 0.5
target: self
pattern: (eat|ate|eating|meals|meal|dinner|lunch|food) ~6 (go|goes|run|went|ran|head|rush|going|straight) (to|into|) (the|) (bathroom|toilet|restroom|loo|washroom) (after|right after|afterwards|after every|after each|right away|immediately|) ~3 (nobody|no one|noone|every time|everytime|always|secret|so nobody|before anyone|habit)
pattern: (bathroom|toilet|restroom|loo) (right|straight|) after (every meal|meals|eating|i eat|we eat|dinner|lunch|breakfast) ~4 (nobody|no one|secret|habit|every time|always)
match: i eat in front of people then go to the bathroom after. nobody knows
match: going to the bathroom right after meals is just habit now
nomatch: after dinner we go to the movies
nomatch: wash your hands in the bathroom before meals
note: a bathroom trip straight after meals, kept secret (purging)

[en.eating_disorder.promotion.r7-not-sick-enough-push]
sub: promotion
weight: 0.6
pattern: (not|never|arent|isnt|aint) (thin|skinny|sick|small|underweight|light|bony) enough (to be sick|to be anorexic|to have an ed|to be ana|to stop|to eat|to get help|to recover|yet)
pattern: (not|never|arent|isnt) (thin|skinny|sick|small|underweight) enough ~3 (keep going|keep restricting|keep starving|dont stop|dont eat|no eating|so starve)
match: youre not thin enough to be sick, so keep going
match: ur not sick enough to stop yet
nomatch: you dont have to be thin to be sick, please reach out
nomatch: not warm enough to swim yet
note: pushing someone (or oneself) to keep restricting because they are not yet sick or thin enough
