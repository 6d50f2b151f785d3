# Context cues: words and phrases the scorer reads in a window around each harm hit.
# A cue never scores on its own. Cue kinds are listed in README.md ("Cue kinds").
#
# Reviewer notes
# - Group words (women, gays, immigrants, ...) are cues only, never harm.
# - "ill" is both "I'll" and "sick"; both readings are first person, so it stays.
# - "nobody" and "nothing" are NOT negation cues on their own ("nobody likes you" is bullying);
#   "nobody deserves" / "no one should" are listed as phrases instead.
# - "cw" is not an awareness cue: in pro-eating-disorder bios it means "current weight".
# - "crying" is not a hyperbole cue: it is as often real distress as laughter. "joke"/"jokes",
#   "funny" and "hilarious" alone are not hyperbole cues either: "rape jokes are hilarious" is the
#   harm itself. Bare "dead" is not a cue ("i want you dead").

lexicon: cues
language: en
version: 2026.11.30.9

# ---------------------------------------------------------------------------------------------
# first_person
# ---------------------------------------------------------------------------------------------

[en.cues.first_person.subject]
cue: first_person
pattern: (i|im|ive|id|ill|imma|ima|iam)
match: i want to stop
match: im so tired
match: ill do it tomorrow
note: "ill" is also "sick": both readings are first person

[en.cues.first_person.object]
cue: first_person
pattern: (me|my|myself|mine|meself|mah)
match: leave me alone
match: it was my fault
match: i hate myself

[en.cues.first_person.phrases]
cue: first_person
pattern: (i|im) (am|feel|feeling|want|wanna|need|have|was|keep|cant|just)
pattern: (about|to|for|at) (me|myself)
match: i feel worthless
match: everyone laughs at me
match: i keep thinking about it

# ---------------------------------------------------------------------------------------------
# second_person
# ---------------------------------------------------------------------------------------------

[en.cues.second_person.subject]
cue: second_person
pattern: (you|u|ya|youre|yall|thou|ye|yu|youll|youd|youve)
match: you are so annoying
match: u should know
match: yall are weird

[en.cues.second_person.possessive]
cue: second_person
pattern: (your|ur|yours|thy|yo|yer)
match: your face
match: ur mom
match: is this yours

[en.cues.second_person.reflexive]
cue: second_person
pattern: (yourself|urself|yourselves|yaself|yoself|yourselfs|uself)
match: go look at yourself
match: do it urself

[en.cues.second_person.you-group]
cue: second_person
pattern: you (guys|all|people|two|lot|lads|girls|both)
pattern: all of (you|yall|u)
match: you guys are the worst
match: all of you need to stop

[en.cues.second_person.address]
cue: second_person
pattern: (hey|yo|listen|look|oi|bro|dude|girl|sis|bruh) (you|u)
pattern: (go|just|please|pls) (and|) (die|kys|leave|stop|eat|look)
match: hey you over there
match: just leave
note: imperatives addressed to the reader

# ---------------------------------------------------------------------------------------------
# third_person
# ---------------------------------------------------------------------------------------------

[en.cues.third_person.singular]
cue: third_person
pattern: (he|she|him|her|his|hers|himself|herself|hes|shes)
match: she said that
match: he hates himself
match: shes not here

[en.cues.third_person.plural]
cue: third_person
pattern: (they|them|their|theirs|themselves|theyre|theyll|theyd|themself)
match: they laughed at her
match: theyre always like that

[en.cues.third_person.this-person]
cue: third_person
pattern: (this|that|the|some) (guy|girl|kid|dude|chick|woman|man|boy|person|lady|teacher|student)
pattern: my (ex|bf|gf|boyfriend|girlfriend|friend|bestie|sister|brother|mom|mum|dad|cousin|classmate|coworker|boss|teacher|neighbour|neighbor)
match: this guy keeps messaging
match: that girl in my class
match: my ex posted it

# ---------------------------------------------------------------------------------------------
# group
# ---------------------------------------------------------------------------------------------

[en.cues.group.women]
cue: group
pattern: (women|girls|females|ladies|gals|wives|mothers|moms|sisters|womens)
match: women deserve respect
match: the girls in my class

[en.cues.group.men]
cue: group
pattern: (men|guys|males|boys|dudes|lads|husbands|fathers|mens)
match: men are allowed to cry
match: the boys were loud

[en.cues.group.people]
cue: group
pattern: (people|everyone|everybody|folks|society|humans|humanity|anyone|anybody)
pattern: (they|them|these|those) (all|people)
pattern: (all|most) of them
match: people are awful
match: they all laughed
match: most of them agree

[en.cues.group.religion]
cue: group
pattern: (muslims|jews|christians|hindus|sikhs|buddhists|atheists|catholics|mormons)
pattern: (muslim|jewish|christian|hindu|sikh|catholic) (people|folks|community|kids|women|men)
match: muslims celebrate eid
match: jewish people
note: cue only, never harm

[en.cues.group.origin]
cue: group
pattern: (immigrants|migrants|refugees|foreigners|asylum|expats)
pattern: (black|white|asian|brown|indigenous|latino|latina|latinx|hispanic|arab|native) (people|folks|men|women|guys|girls|kids|community|americans)
match: immigrants built this city
match: asian women
note: cue only, never harm

[en.cues.group.lgbtq]
cue: group
pattern: (gays|lesbians|homosexuals|queers|bisexuals|lgbt|lgbtq|lgbtqia|transgenders|enbies)
pattern: (trans|transgender|gay|queer|nonbinary|bi|bisexual|lesbian|intersex|asexual) (people|folks|folk|kids|youth|community|women|men|teens|students|person)
match: trans people exist
match: the lgbtq community
match: gay men
note: identity words are cues only; they are never a harm pattern

[en.cues.group.movements]
cue: group
pattern: (feminists|liberals|conservatives|leftists|incels|boomers|zoomers|millennials|vegans|gamers|democrats|republicans)
match: feminists marched today
match: boomers on facebook

[en.cues.group.disability]
cue: group
pattern: (disabled|autistic|deaf|blind) (people|folks|kids|community|person|persons)
pattern: (autistics|disabled)
match: autistic people
match: the disabled

# ---------------------------------------------------------------------------------------------
# negation
# ---------------------------------------------------------------------------------------------

[en.cues.negation.particles]
cue: negation
pattern: (not|no|never|nor|neither|nope|nah|aint|cannot)
match: i would never say that
match: that is not okay

[en.cues.negation.contractions]
cue: negation
pattern: (dont|didnt|cant|wont|isnt|arent|doesnt|wasnt|werent|shouldnt|wouldnt|couldnt|havent|hasnt|hadnt|mustnt|neednt|dunno)
match: i dont want to die
match: she isnt a slut
match: you shouldnt say that

[en.cues.negation.stop]
cue: negation
pattern: (stop|quit) (telling|saying|calling|sending|encouraging|joking)
pattern: (please|pls|plz) dont
pattern: (do|does|did) not
match: please stop saying that
match: please dont
match: do not call her that
note: "stop being a ..." is also an insult frame; the scorer weighs this cue accordingly. A bare "pls stop" is not a cue: a bully writes it too ("pls stop posting your ugly face")

[en.cues.negation.no-one-should]
cue: negation
pattern: (no|nobody|noone) (one|) (should|deserves|deserve|wants|needs|has) ~1 (to|be|ever|)
pattern: (never|not) (ok|okay|acceptable|funny|alright|cool|fine)
pattern: (is|was|its) not (ok|okay|acceptable|funny)
pattern: (is|was|its) not a joke
match: no one should be treated like that
match: nobody deserves that
match: rape is never ok
match: its not okay
match: this is not a joke
note: counter-speech phrases

[en.cues.negation.dont-deserve]
cue: negation
pattern: (dont|doesnt|didnt|never) (deserve|deserves|deserved) (to|) (be|get|)
match: you dont deserve to be called a slut for that
match: she didnt deserve to get bullied
nomatch: you deserve to be called out
note: "you don't deserve to be called a slut": the negation reaches the insult five words on. Harm patterns that carry their own "dont deserve" ("you dont deserve to live") are not negated by it, since the cue is inside the hit

# ---------------------------------------------------------------------------------------------
# reporting
# ---------------------------------------------------------------------------------------------

[en.cues.reporting.said]
cue: reporting
pattern: (he|she|they|someone|somebody|people|everyone|kids|guy|girl|boy|boys|girls|teacher|ex) (said|says|told|called|calls|texted|messaged|wrote|commented|posted|keeps|sent|dmed|yelled)
match: he said i was ugly
match: someone commented that on my post
match: this guy texted me

[en.cues.reporting.called-me]
cue: reporting
pattern: (called|calls|calling|call) (me|her|him|us|them|my)
pattern: (i|she|he|we) (was|were|got|get|been|keep|kept) (called|getting|told)
pattern: (keep|keeps|kept) (calling|saying|sending|telling|texting|messaging)
match: they called me a slut
match: i was called a whore at school
match: he keeps sending me messages

[en.cues.reporting.told-me]
cue: reporting
pattern: (told|tells|telling) (me|her|him|us|them) (to|that|i|im|she|he)
pattern: said (that|) (i|im|she|he|we|you|u) (should|was|am|deserve|deserved|is|were)
pattern: (what|things) (he|she|they|people) (said|say|wrote|called)
match: look at the things he wrote
match: he told me to kill myself
match: she said i should die
match: she said that i deserved it

[en.cues.reporting.quote]
cue: reporting
pattern: (quote|quoting|quoted|unquote|quotes)
pattern: (screenshot|screenshots|screenshotted|ss) (of|from)
pattern: (got|getting|received|receive|get) (dms|messages|texts|comments|emails) (saying|from|like|calling)
pattern: (the|this|that|a) (word|term|slur|phrase|comment|message|text|dm)
match: and i quote
match: screenshot of what he sent
match: i keep getting dms saying i should die
match: is that word a slur
note: mentions of a word are not uses of it

[en.cues.reporting.someone-said]
cue: reporting
pattern: (someone|somebody|people|they|guy|girl) ~3 (said|wrote|called|told|sent)
pattern: (my|her|his) (ex|bf|gf|boyfriend|girlfriend|dad|mom|brother|sister|classmate|boss) (said|says|told|called|threatened|sent|posted)
match: someone at school said i was fat
match: my ex threatened to post my pics

[en.cues.reporting.telling-others-to]
cue: reporting
pattern: (tell|tells|telling|told|say|saying|says) (people|someone|somebody|others|anyone|kids|strangers|each other) to
pattern: (people|kids|trolls|strangers|someone|somebody) (who|that) (tell|say|says|tells|told)
match: stop telling people to kys
match: people who tell others to die are the worst
note: talk about an abusive phrase (counter-speech, reporting) is not a use of it

# ---------------------------------------------------------------------------------------------
# question
# ---------------------------------------------------------------------------------------------

[en.cues.question.wh]
cue: question
pattern: (why|how|what|when|where|who|whom|which) (do|does|did|dont|doesnt|didnt|is|isnt|are|arent|was|were|can|cant|could|should|would|will|to|if|happens|happened|about|kind|else|exactly)
pattern: (whats|hows|whys|wheres|whos|whats the)
match: why do people say that
match: what does it mean
match: whats a thinspo
nomatch: what a joke
nomatch: how pathetic
note: a question word that opens a question; exclamations ("what a loser", "how pathetic") are not questions. A "?" is a question cue of its own

[en.cues.question.is-it]
cue: question
pattern: (is|are|was) (it|this|that|they) (normal|ok|okay|bad|wrong|safe|true|real|fine|weird|offensive|a)
pattern: is it normal
pattern: am i (the|a|being|wrong|normal|crazy|overreacting|weird)
match: is it normal to feel like this
match: is this offensive
match: am i overreacting

[en.cues.question.should-i]
cue: question
pattern: (should|can|could|would|do|does|did) (i|we|you|u|she|he|they)
pattern: do you think
pattern: (does|do) (anyone|anybody) (know|else|have)
match: should i tell my mom
match: do you think its a joke
match: does anyone know what this means

[en.cues.question.meaning]
cue: question
pattern: what (does|do|did) ~3 (mean|means|meant|stand)
pattern: (meaning|definition) of
pattern: (is|isnt) ~3 (a|an) (slur|insult|threat)
match: what does awalt mean
match: meaning of foid
match: is roastie a slur
note: asking what a word means

# ---------------------------------------------------------------------------------------------
# support
# ---------------------------------------------------------------------------------------------

[en.cues.support.you-matter]
cue: support
pattern: (you|u) (matter|count)
pattern: (you|u) are (loved|enough|valued|important|wanted|worthy|beautiful|strong|brave)
pattern: (youre|ur) (loved|enough|valued|important|wanted|worthy|beautiful|strong|brave|worth)
match: you matter
match: you are loved
match: youre worth it

[en.cues.support.not-alone]
cue: support
pattern: (youre|ur|you|u) (are|) not alone
pattern: not alone in (this|that|it)
match: youre not alone
match: you are not alone in this

[en.cues.support.here-for-you]
cue: support
pattern: (im|am|were) here for (you|u|ya)
pattern: here (for|with) (you|u)
pattern: here if (you|u) (need|want|ever)
pattern: (my|our) (dms|inbox) (are|is|r) (always|) open
pattern: (i|we) (got|have|love) (you|u|ya)
pattern: here to (listen|talk|help)
match: im here for you
match: here if you need me
match: my dms are always open
match: we love you
match: i got you
match: im always here to listen

[en.cues.affection.love-you]
cue: affection
pattern: (ily|ilysm|ilyt|ilu|ilysfm)
pattern: (love|luv|lov|loves) (you|u|ya|yall|ur guts) (so much|sm|tho|though|bestie|babe|lol|lmao|haha|girl|bro|man|dude|)
pattern: (i|we|but i|still) (love|luv) (you|u|ya)
pattern: (my|u|you|ur|youre) (bestie|bff|best friend|fav|favorite|favourite) (ever|tho|though|lol|)
pattern: (bestie|besties|bestieee|bffs)
match: ur such an idiot ily
match: shut up loser love you tho
match: you're so annoying bestie
nomatch: i love pizza
note: teasing between friends: an insult next to open affection is banter. It softens insults, humiliation and appearance remarks only (see README, Scoring); threats, death wishes and sexual remarks keep their weight ("love you, now kys" is not banter)

[en.cues.support.reach-out]
cue: support
pattern: (reach|reaching) out
pattern: talk to (someone|somebody|a|an|your|ur) ~1 (adult|teacher|parent|counselor|counsellor|doctor|friend|professional|therapist|someone)
pattern: talk to someone
pattern: (tell|telling) (a|an|your|ur) (trusted|) (adult|teacher|parent|parents|counselor|mom|dad)
pattern: (report|block) (them|him|her|it|this|the) (account|user|)
match: please reach out
match: talk to someone you trust
match: talk to your school counselor
match: tell a trusted adult
match: report him and block him

[en.cues.support.if-you-ever]
cue: support
pattern: if (you|u) ever (want|wanna|need) (to talk|to vent|someone|anything|help|a friend|me)
pattern: if (you|u|youre|ur|you are|u are) (ever|) (feel|feeling|are feeling|start feeling) like (hurting|ending|killing|harming|giving up|dying|disappearing|its too much|everything)
pattern: if (you|u|youre|ur|you are|u are) (ever|) (thinking|having thoughts|have thoughts|think) (about|of) (suicide|ending|killing|hurting|harming|self harm|dying|giving up)
pattern: to (anyone|anybody|everyone|all of you|those) (who|thats|thinking|struggling|going|reading|out there|feeling)
match: if you ever feel like hurting yourself, text me
match: if youre thinking about suicide please call someone
match: to anyone thinking about ending it, please stay
match: to anyone struggling right now
match: if you ever want to talk im here
nomatch: if you want to fight come outside
nomatch: if you feel hungry just go to sleep
note: a conditional or open address offering help ("if you ever feel like killing yourself, call 988"); coaching written as a condition ("if you feel hungry ...") and threats ("if you want to fight") do not use these forms

[en.cues.support.crisis-lines]
cue: support
pattern: (988|741741|116123)
pattern: (call|text|dial) (988|741741)
pattern: text (home|hello|talk) (to|)
pattern: (crisis|suicide|support) (line|lines|hotline|helpline|text|center|centre|services)
pattern: (hotline|helpline|lifeline|samaritans|childline|kidshelpphone|trevorproject)
pattern: trevor project
pattern: kids help phone
pattern: 116 123
match: call 988
match: text home to 741741
match: samaritans are on 116 123
match: the crisis text line
match: the trevor project
match: kids help phone
note: crisis resources (US 988 and Crisis Text Line, UK/IE Samaritans, Childline, Trevor Project)

[en.cues.support.stay-safe]
cue: support
pattern: (stay|be|keep) safe
pattern: (please|pls) stay
pattern: (please|pls) (dont|not) (do|hurt|give|go)
pattern: (dont|not) give up
pattern: stay with (us|me)
pattern: take care (of|) (yourself|urself|)
pattern: be (kind|gentle) (to|with) (yourself|urself)
match: please stay safe
match: please dont do it
match: dont give up
match: take care of yourself
match: please stay with us
match: be gentle with yourself

[en.cues.support.hugs]
cue: support
pattern: sending (you|u|) (hugs|love|strength|hug|support|prayers|good|positive)
pattern: (big|virtual|warm) (hug|hugs)
pattern: (hugs|hug|praying|thinking) (for|of) (you|u)
pattern: (so|im|really) sorry (youre|you|ur|to)
match: sending hugs
match: sending you love
match: big hug
match: praying for you
match: so sorry you are going through this

[en.cues.support.encouragement]
cue: support
pattern: it (gets|will|can) (get|) better
pattern: proud of (you|u)
pattern: (you|u|youve) got (this|it)
pattern: (you|u) can do (this|it)
pattern: (youre|ur|are) (worth|worthy) (it|of)
pattern: you deserve (better|help|love|happiness|support|respect|to be happy|to be loved|to heal|to rest|to feel safe|to eat|to live)
match: it gets better
match: im proud of you
match: you got this
match: you deserve better
match: you can do this
match: you are worthy of love
nomatch: you deserve to get hit by a bus

[en.cues.support.check-in]
cue: support
pattern: are (you|u) (ok|okay|safe|alright|good)
pattern: how are (you|u) (doing|feeling|holding)
pattern: (do|want) (you|u) (want|) to talk
pattern: that sounds (hard|tough|awful|scary|really|so|painful)
pattern: hang in there
match: are you okay
match: how are you holding up
match: do you want to talk about it
match: that sounds really hard
match: hang in there

# ---------------------------------------------------------------------------------------------
# help_seeking
# ---------------------------------------------------------------------------------------------

[en.cues.help_seeking.need-help]
cue: help_seeking
pattern: (i|we) (need|want) (help|support|advice)
pattern: (please|pls|plz) help
pattern: help me
pattern: (can|could) (someone|anyone|somebody|you) help
match: i need help
match: please help
match: can someone help me

[en.cues.help_seeking.what-do-i-do]
cue: help_seeking
pattern: what (should|do|can) i do
pattern: (i|idk) (dont|) know what to do
pattern: how (do|can|should) i (stop|get|deal|cope|tell|talk|handle|report|make|leave|block)
pattern: (where|how) (can|do|should) i (get|find) (help|support|someone)
match: what should i do
match: i dont know what to do
match: how do i stop
match: where can i find help

[en.cues.help_seeking.want-to-change]
cue: help_seeking
pattern: i want to (get|feel|be) better
pattern: i want to (stop|recover|change|heal)
pattern: (should|do) i tell (my|someone|anyone|a|the|them)
match: i want to get better
match: i want to stop
match: should i tell my parents

[en.cues.help_seeking.someone-to-talk]
cue: help_seeking
pattern: (need|want|have) (someone|somebody|anyone|nobody|noone) to talk (to|with)
pattern: (anyone|anybody) (been|dealt|else|gone) ~2 (this|that|same)
pattern: (has|is) (anyone|anybody) (else|ever)
match: i need someone to talk to
match: has anyone else felt this way
match: anyone been through this

[en.cues.help_seeking.professional]
cue: help_seeking
pattern: (therapist|therapists|counselor|counsellor|counselors|counsellors|therapy|psychologist|psychiatrist|gp|doctor)
pattern: (school|guidance) (counselor|counsellor|nurse)
match: should i see a therapist
match: my school counselor
note: mentioning professional help. Being in therapy is not itself recovery: "i told my therapist i want to die" is a person at risk

# ---------------------------------------------------------------------------------------------
# recovery
# ---------------------------------------------------------------------------------------------

[en.cues.recovery.recovery]
cue: recovery
pattern: (recovery|recovering|recovered|recover)
pattern: in (recovery|treatment|rehab|therapy)
match: im in recovery
match: recovering from an eating disorder

[en.cues.recovery.clean-streak]
cue: recovery
pattern: (clean|sober|free) for
pattern: (days|weeks|months|years|day|week|month|year) (clean|sober|free|strong)
pattern: (sh|selfharm|relapse|purge|binge|cut) free
match: 30 days clean
match: clean for a year
match: six months sh free

[en.cues.recovery.healing]
cue: recovery
pattern: (healing|healed|heal)
pattern: (getting|feeling|got) better
pattern: one day at a time
match: still healing
match: getting better every day
match: one day at a time

[en.cues.recovery.treatment]
cue: recovery
pattern: my (treatment|dietitian|sponsor) (team|plan|said|says|)
pattern: (treatment|rehab|inpatient|outpatient|iop|php|residential) (program|centre|center|team|plan|)
pattern: (meal|safety) plan
match: my dietitian said
match: inpatient program
match: sticking to my meal plan

[en.cues.recovery.survivor]
cue: recovery
pattern: (survivor|survivors|survived|surviving)
pattern: (used|use) to (cut|starve|purge|binge|self|hurt)
pattern: no longer
pattern: not anymore
match: i am a survivor
match: i used to cut
match: not anymore thankfully
match: no longer hurting myself
note: past-tense framing of harm ("i used to cut") is recovery, not intent

# ---------------------------------------------------------------------------------------------
# awareness
# ---------------------------------------------------------------------------------------------

[en.cues.awareness.awareness]
cue: awareness
pattern: (awareness|prevention|prevent|preventing|education|educate)
pattern: (mental|suicide|self|eating|domestic|sexual|consent|bullying) ~2 (awareness|education|prevention|resources)
pattern: (awareness|prevention) (month|week|day)
match: suicide prevention month
match: bullying awareness week
match: raising awareness

[en.cues.awareness.research]
cue: awareness
pattern: (research|studies|study|data|evidence|report|survey|paper|statistics|stats) (show|shows|showed|found|finds|suggest|suggests|says|say)
pattern: (statistics|stats|survey|researchers|study|studies)
pattern: according to
match: research shows that
match: studies show
match: according to the survey

[en.cues.awareness.media]
cue: awareness
pattern: (article|documentary|podcast|news|headline|essay|thesis|lecture|course|book|film|movie|novel|episode|chapter|paper|report)
match: i read an article about revenge porn
match: the documentary covers it
note: discussion of media about a harm

[en.cues.awareness.warning-signs]
cue: awareness
pattern: (warning|red) (signs|sign|flags|flag)
pattern: risk (factors|factor)
pattern: if (you|u) or someone (you|u) know
pattern: (signs|symptoms) of
match: warning signs of grooming
match: if you or someone you know is struggling
match: red flags
match: risk factors include

[en.cues.awareness.content-warning]
cue: awareness
pattern: (trigger|content) (warning|warnings)
pattern: (psa|cn)
match: trigger warning
match: psa about sextortion
note: "cw" is left out: it also means "current weight" in pro-ED bios. A bare "tw" is left out too: people at risk put it at the top of their own vent posts ("tw ed: day 5 no food"), where it is no sign of awareness talk

[en.cues.awareness.counter-speech]
cue: awareness
pattern: (victim|slut|body|fat) (blaming|shaming)
pattern: rape culture
pattern: (is|are) (illegal|abuse|harassment|misogyny|sexism|homophobia|transphobia|criminal)
pattern: (is|are) a (hate|) crime
pattern: (misogyny|misogynist|misogynistic|sexism|sexist|homophobia|homophobic|transphobia|transphobic|racism|racist|bigotry|bigoted)
pattern: (hate|online) (speech|crime|crimes|harassment)
match: stop victim blaming
match: sextortion is a crime
match: revenge porn is illegal
match: thats misogynistic
match: online harassment
match: rape culture is real
note: naming or condemning a harm

# ---------------------------------------------------------------------------------------------
# hyperbole
# ---------------------------------------------------------------------------------------------

[en.cues.hyperbole.laughter]
cue: hyperbole
pattern: (lol|lmao|lmfao|rofl|lul|lolol|lulz|kek|xd)
pattern: (haha|hahaha|hahahaha|hehe|ahaha|ahah|hahah|heh|bahaha)
match: lol im dead
match: hahaha no way

[en.cues.hyperbole.joking]
cue: hyperbole
pattern: (jk|jking|jkjk|joking|kidding|kiddin|jokin)
pattern: (just|only) (kidding|joking|playing|messing)
pattern: (thats|its|was|lol) jokes
match: jk
match: im just kidding
match: thats jokes mate

[en.cues.hyperbole.dead]
cue: hyperbole
pattern: (im|am|literally) (dead|deceased|weak|ded)
pattern: (literally|actually|lowkey) (dying|died|dead)
pattern: (dead|ded|deceased|dying) (lol|lmao|lmfao|haha|hahaha|skull)
pattern: (skull|skulls)
match: im dead
match: literally dying
match: i am deceased
match: that video skull
match: dead lmao
note: "skull" is the folded skull emoji, used for laughing; bare "dead" is not a cue ("i want you dead" is a threat)

[en.cues.sincere.means-it]
cue: sincere
pattern: (no|not|nah) (seriously|joke|joking|kidding|lying|cap)
pattern: (im|i am|being|deadass|dead ass) (serious|dead serious|deadass|for real|fr|not joking|not kidding|being real)
pattern: (deadass|frfr|no cap|i mean it|not a joke|this isnt a joke|seriously though|for real though)
match: i want to die no seriously
match: im not joking
match: deadass i cant do this anymore
match: im being serious
nomatch: seriously this homework
note: the writer says they mean it: hyperbole cues ("lol", the skull emoji) in the same sentence stop counting. A bare "seriously" or "fr" is left out: both are everyday intensifiers ("seriously this homework is killing me")

[en.cues.hyperbole.everyday-target]
cue: hyperbole
pattern: (this|that|the|my) (homework|exam|test|class|workout|game|traffic|weather|meeting|commute|essay|song|movie|show|meme|video|tiktok|episode|assignment|quiz|shift|math|heat|wifi|lag)
pattern: my (legs|feet|abs|calves|phone|wifi|battery)
match: this homework is killing me
match: my legs are dead after leg day
match: the traffic made me want to die

[en.cues.hyperbole.cringe]
cue: hyperbole
pattern: so (cringe|embarrassing|awkward) ~3 (die|dying|dead)
pattern: (die|dying|died) (of|from) (embarrassment|cringe|laughter|laughing|boredom|cuteness)
pattern: (cringe|cringey|cringy)
match: so cringe i could die
match: dying of embarrassment

[en.cues.hyperbole.reaction]
cue: hyperbole
pattern: (bruh|omg|omfg|bestie|oml)
pattern: if i have to ~4 (again|more|another)
pattern: one more (time|word|meeting|email|minute)
match: bruh
match: if i have to hear this song one more time
note: conversational reaction words; weak. "smh", "yikes" and "ugh" are disapproval, not hyperbole

# ---------------------------------------------------------------------------------------------
# intensifier
# ---------------------------------------------------------------------------------------------

[en.cues.intensifier.adverbs]
cue: intensifier
pattern: (so|such|really|very|super|extremely|totally|absolutely|completely|truly|utterly|incredibly|seriously)
match: you are so ugly
match: absolutely disgusting

[en.cues.intensifier.profane]
cue: intensifier
pattern: (fucking|fuckin|freaking|frickin|fricking|effing|bloody|damn|goddamn|hella)
match: you fucking idiot
match: so freaking annoying

[en.cues.intensifier.emphatic]
cue: intensifier
pattern: (literally|actually|genuinely|deadass|fr|frfr|ong|istg|af|asf)
pattern: (the|a) (most|biggest|worst)
match: literally the worst
match: ugly af
match: i mean it fr
note: "fr" and "deadass" mark sincerity; the scorer should not treat them as hyperbole

[en.cues.intensifier.not-a-negation]
cue: intensifier
pattern: no (matter|offense|offence|offens|cap|lie|lies|kidding|joke|doubt|wonder)
pattern: (cant|cannot|couldnt) (believe|stand|wait)
pattern: not (gonna|going to) lie
pattern: (dont|do not) get me started
match: no offense but ur kind of a loser
match: i cant believe ur this stupid
match: he'll always be a man no matter what
match: not gonna lie you look awful
note: set phrases that start with a negation word and negate nothing: an intensifier cue that starts where a negation cue starts cancels it (see Scorer.context)

[en.cues.reporting.sexist-to-say]
cue: reporting
pattern: (its|thats|it is|that is|how|so|very|super|pretty) (sexist|misogynist|misogynistic|transphobic|homophobic|bigoted|offensive|wrong|gross|disgusting) to (say|think|claim|assume|believe|suggest|argue|tell|imply|call)
pattern: (i hate|i hate it|sick of|tired of|stop) (when|how) (people|men|guys|someone|they|you) (say|says|said|think|claim|call|act like)
pattern: (people|men|guys|anyone|someone|those|incels) (who|that) (call|calls|say|think|believe|claim|refer to)
pattern: (calling|call|calls) (women|girls|a woman|trans people|trans women|gay people|lesbians|feminists)
match: its sexist to say women belong in the kitchen
match: i hate it when people say women cant drive
match: people who call women femoids are disgusting
match: calling women roasties is gross
note: counter-speech that quotes a sexist claim or slur in order to reject it

[en.cues.awareness.is-dangerous]
cue: awareness
pattern: (is|are) (so|very|really|) (dangerous|harmful|toxic|deadly|unrealistic)
pattern: should be (banned|removed|reported|taken down)
match: thinspo is dangerous and should be banned
match: skinny goals are toxic
note: counter-speech about pro-eating-disorder or self-harm content (awareness discounts only self-harm and eating-disorder hits)

[en.cues.reporting.if-someone]
cue: reporting
pattern: (if|when|whenever) (someone|somebody|anyone|a person|a guy|a stranger|people|strangers|they|he|she) (ever|) (threatens|threatened|threaten|asks|asked|ask|tells|told|tell|says|said|say|calls|called|call|sends|sent|send|posts|posted|post|shares|shared|share|leaks|leaked|leak|messages|dms)
match: if someone threatens to leak your nudes, report it
match: when a stranger asks for pics, block them
nomatch: if you tell anyone i will hurt you
note: advice about what to do when someone else abuses you: the abuse is described, not done

[en.cues.reporting.telling-someone]
cue: reporting
pattern: (telling|tell|told|saying to|calling|call) (a|the|any|every|) (girl|woman|women|girls|victim|victims|survivor|survivors|kid|kids|teen|teens) (that|)
match: telling a girl she was asking for it is victim blaming
match: stop telling victims it was their fault
nomatch: tell her she is ugly
note: counter-speech that quotes what is said to victims in order to reject it

[en.cues.reporting.myth-that]
cue: reporting
pattern: (the|this|that|a) (myth|stereotype|trope|misconception|false claim|false idea|racist trope|sexist trope|lie) that
pattern: (claimed|insisted|believed|argued) (that|)
match: the myth that immigrants are criminals has been debunked
match: victorian doctors claimed women are hysterical
note: counter-speech and history that quote a prejudice in order to reject or describe it

# ---------------------------------------------------------------------------------------------
# reported speech, fiction and game talk (harassment review, 2026.11.30)
# ---------------------------------------------------------------------------------------------

[en.cues.reporting.h1-who-said]
cue: reporting
pattern: who (said|says|yelled|shouted|wrote|posted|threatened|texted|told|screamed|tweeted|commented)
pattern: (arrested|charged|convicted|sentenced|jailed|indicted|accused) (a|the|for|after|with|over) ~2 (who|threatening|saying|posting|sending|writing|telling)
match: police arrested a man who said "i will kill you" to a cashier
match: charged after threatening a neighbour
note: news and court reporting of what someone said

[en.cues.reporting.h1-lyrics-and-fiction]
cue: reporting
pattern: (lyrics|lyric|verse|chorus|bars|hook) (go|goes|say|says|said|like|are|is)
pattern: (he|she|they|rapper|singer) (raps|rapped|sings|sang|spits)
pattern: (in|on) (the|this|that|his|her|their) (song|track|album|verse|chorus|movie|film|show|play|series|episode|book|novel|game|script)
pattern: (villain|character|narrator|antagonist|protagonist|actor|actress|killer|bad guy) (says|said|yells|screams|shouts|whispers|tells|told|line|lines|quote)
match: the lyrics go "watch your back, i'm coming for you"
match: the character says "die in a fire" in episode 3
match: in the song he raps "i'll put you in the dirt"
note: quoted lyrics, fiction and reported speech; the scorer reads reporting cues only BEFORE the hit (same sentence), so trailing frames ("... is what he said") cannot be cues

[en.cues.reporting.h1-calling-someone-a]
cue: reporting
pattern: (calling|call|calls) (someone|somebody|people|anyone|a person|kids|others|a kid|another person|your friends) (a|an)
pattern: (the|an|this|that) (article|study|report|documentary|essay|post|thread) (explains|explained|shows|debunks|debunked|argues|about|on) (why|how|that|the)
match: calling someone a retard is not okay
match: the article explains why "all muslims are terrorists" is a false stereotype
note: counter-speech framing placed before the slur ("calling someone a ...", "the article explains why ...")

[en.cues.hyperbole.h1-good-game]
cue: hyperbole
pattern: (gg|ggs|ggwp|good game|good games|rematch|next round|next match|next game|next time in ranked)
match: i'm coming for you in the next round, good game
note: game-talk framing; only softens threats and death wishes (x0.6), not insults

[en.cues.reporting.h1-screamed]
cue: reporting
pattern: (he|she|they|someone|somebody|man|woman|suspect|guy|girl|attacker|stranger|driver|neighbor|neighbour|customer) (screamed|shouted|yelled|whispered|threatened|muttered|growled|hissed|wrote|tweeted|posted|texted|messaged|dmed|commented|replied)
match: he screamed "i'll kill you" before the police arrived, witnesses said
note: reported speech verbs missing from reporting.said ("screamed", "shouted", "whispered", "threatened")

[en.cues.reporting.h1-song-praise]
cue: reporting
pattern: (this|that|the|his|her|their|new|fav|favorite|favourite) (song|track|verse|album|chorus|beat|bars|lyric|lyrics|diss track|drill track) (is|s|goes|go|slaps|hits|bangs|where|when) (sick|fire|hard|crazy|insane|a banger|so good|amazing|different|he|she|they)
match: this song is sick, "i'll put you in the ground" goes hard
note: talking about a song before quoting its lyrics

[en.cues.reporting.h3-if-someone-tells-you]
cue: reporting
pattern: (if|when|whenever) (someone|somebody|anyone|people|a person|a stranger|a classmate|kids|trolls) (tells|says|said|told|tell|say|calls|call|dms|messages|texts) (you|u)
match: if someone tells you to kill yourself, report it
nomatch: i'm telling you to leave
note: advice about what to do when others say something; the harm words after it are what the other person said

[en.cues.reporting.h3-a-stranger-said]
cue: reporting
pattern: (a|the|some|this|that) (stranger|rando|random|random guy|random account|person|account|user|man|boy|kid|classmate|bully|bullies|troll|creep|predator|scammer|catfish|older guy|guy online|girl online) (said|says|told|texted|messaged|wrote|sent|dmed|keeps saying|kept saying|threatened|commented|replied)
match: a stranger said 'send more or i post these'
nomatch: a stranger helped me carry my bags
note: reporting what an unnamed person sent; the words after it are quoted, not the writer's

[en.cues.reporting.h3-relative-said]
cue: reporting
pattern: (my|her|his|our|their) (grandpa|grandma|grandfather|grandmother|uncle|aunt|cousin|teacher|coach|pastor|priest|stepdad|stepmom|neighbor|neighbour|principal|professor|boss|manager|coworker|bully|bullies) (said|says|told|thinks|believes|keeps saying|always says|used to say|argued|claims|insists|wrote|posted)
pattern: (some people|a lot of people|many people|some men|some guys|lots of people|so many people) (still|actually|really|) (think|believe|say|claim|argue|insist)
match: my grandpa said women are more suited to raising kids
match: some people still think women shouldn't vote
nomatch: my grandpa makes the best pancakes
note: attributing a view to someone else so the writer can argue with it or report it

[en.cues.reporting.h5-for-saying]
cue: reporting
pattern: (for|after|by|over) (saying|calling|telling|writing|posting|tweeting|yelling|shouting|screaming|chanting)
pattern: (suspended|banned|fired|expelled|arrested|punished|sued|sacked|kicked out|blocked) (for|after) (saying|calling|telling|writing|posting)
match: he was suspended for saying that to a classmate
match: banned after calling her names
nomatch: i will say it again
note: reports of what someone was punished for saying ("suspended for saying 'go back to your country'")

[en.cues.reporting.h5-famous-line]
cue: reporting
pattern: (best|famous|iconic|favorite|favourite|classic|greatest|memorable|legendary|funniest|most quoted) (line|lines|quote|quotes|scene|monologue|speech|bit)
pattern: (movie|film|tv|show|book|song) (quote|quotes|line|lines)
match: taken has the best line
match: my favourite movie quote
note: quoted lines from films and songs are mentions, not threats

[en.cues.negation.h5-nobody-is]
cue: negation
pattern: (nobody|no one|noone) (is|deserves to be|should be called|should feel like) (a|an)
match: nobody is a waste of space
nomatch: nobody likes you
note: "nobody is a waste of space" denies the insult; "nobody likes you" stays harmful

[en.cues.reporting.h6-keeps-getting]
cue: reporting
pattern: (she|he|they|friend|sister|brother|daughter|son|kid|i|we|cousin|child) (keeps|keep|kept|has been|have been|always|constantly) (getting|receiving|gets|receives)
pattern: (getting|got|gets|received|receiving) ~2 (on|in) (her|his|my|their|our) (ask|askfm|ask fm|inbox|dms|comments|tellonym|ngl|sarahah|curiouscat|profile)
match: my friend keeps getting do you even have friends on her ask
match: she got that in her inbox
nomatch: you keep getting uglier
note: someone receiving a message on an anonymous ask site or in their inbox is being reported, not speaking

[en.cues.third_person.h4-my-relative]
cue: third_person
pattern: my (son|daughter|kid|kids|child|children|husband|wife|partner|roommate|student|students|patient|patients|niece|nephew|grandson|granddaughter|stepson|stepdaughter|teen|teenager|client|clients)
match: how can i support my son who is relapsing into purging?
match: my daughter has been skipping meals
note: family members and people in one's care the writer asks about (parents, carers, teachers); completes en.cues.third_person.this-person

[en.cues.reporting.h4-people-who-say]
cue: reporting
pattern: (people|those|anyone|users|accounts|trolls|kids|someone|whoever) (who|that) (post|posts|say|says|comment|comments|write|writes|tell|tells|type|types|spam|spams|send|sends|reply|replies)
match: people who post "kys" under videos should face consequences
match: anyone who tells others to starve should be banned
note: discussing what others say (moderation talk), not saying it

# ---------------------------------------------------------------------------------------------
# cues from the round-3 review (sh)
# ---------------------------------------------------------------------------------------------

[en.cues.awareness.sh-algospeak-definition]
cue: awareness
pattern: (is|as) (a|an) (euphemism|code word|codeword|slang term|algospeak term|algospeak word|tiktok word|filter word) (for|used|on)
pattern: (algospeak|euphemism|euphemisms) (for|like|such as)
pattern: (what does|what do|whats the meaning of) ~3 (mean|stand for)
match: sewer slide is a euphemism used on tiktok for suicide
match: what does sewerslide mean
nomatch: i want to sewerslide
note: explaining algospeak, not using it

[en.cues.reporting.sh-who-got-told]
cue: reporting
pattern: (who|kid|kids|people|person|i|everyone) (got|get|gets|getting|was|were|used to get) (told|called) (to|a|an|that|i)
match: i was the kid who got told to kys every day
match: people who get told to kill themselves online
nomatch: i told you so
note: recalling being told something, the speaker is the victim

[en.cues.awareness.sh-clinical-class]
cue: awareness
pattern: (nursing|pharmacology|toxicology|pharmacy|medical|med school|first aid|paramedic|emt) (class|school|student|students|exam|lecture|course|training|textbook|degree)
pattern: (in|for) (my|our|the) (class|lecture|course|exam|textbook|module|rotation)
match: in my nursing class we learned about lethal doses
nomatch: what is the lethal dose
note: clinical teaching context

[en.cues.recovery.sh-used-to]
cue: recovery
pattern: (i|) used to (think about|thinking about|feel|cut|self harm|want to die|wish i was dead|hurt myself|struggle with|be suicidal|plan)
match: i used to think about suicide every day, therapy changed my life
nomatch: i think about suicide every day
note: past tense of the writer's own struggle

[en.cues.recovery.sh-part-of-my-story]
cue: recovery
pattern: (part of my story|part of who i am|part of my journey|made me stronger|proud of how far|im proud of them)
pattern: (are|is|theyre|its) part of (my|me|who)
match: my scars are from cutting but they are part of my story now
nomatch: my scars are from cutting
note: acceptance of past self-harm

# ---------------------------------------------------------------------------------------------
# cues from the round-3 review (ed)
# ---------------------------------------------------------------------------------------------

[en.cues.reporting.ed-people-saying]
cue: reporting
pattern: (people|accounts|users|creators|influencers|pages|videos|posts|trolls|strangers|someone|somebody|anyone) (saying|posting|telling|pushing|promoting|spreading|sharing|glorifying)
match: people saying real anas dont eat need to be reported
match: accounts posting starve yourself content
note: third parties' words reported or criticised, e.g. pro-ana slogans quoted in a complaint

[en.cues.awareness.ed-should-be-reported]
cue: awareness
pattern: (need|needs|should|must|deserve|deserves|ought) (to|) be (reported|banned|removed|taken down|flagged|deplatformed)
match: those accounts need to be reported
note: calls for moderation frame the quoted harm as something condemned

[en.cues.recovery.ed-used-to-follow]
cue: recovery
pattern: (i|we) (used to|use to) (follow|post|look at|read|send|make|be on|be into|watch|save|search|search for)
match: i used to follow meanspo accounts
note: past involvement told from a distance ("i used to follow thinspo")

[en.cues.awareness.ed-posts-condemned]
cue: awareness
pattern: (posts|tweets|videos|content|accounts|comments|pages|quotes|messages|hashtags|trends|tags) (are|is|r) (sick|disgusting|dangerous|toxic|harmful|vile|gross|evil|awful|horrible|not ok|not okay|messed up|scary)
pattern: (block|report) (and|n) (report|block|move on)
match: those posts are sick, block and report
note: a complaint about content frames the quoted slogan as condemned; awareness (not reporting) so harassment scores are unaffected


[en.cues.awareness.ed-religious-medical-fast]
cue: awareness
pattern: (ramadan|ramzan|iftar|suhoor|sehri|suhur|roza|yom kippur|lenten|navratri|ekadashi|tisha bav|fast of esther|karva chauth)
pattern: (before|for|after) (my|the|a|your|his|her) (surgery|operation|blood test|blood tests|blood work|bloodwork|colonoscopy|procedure|endoscopy|anesthesia|anaesthesia|glucose test|cholesterol test|labs)
pattern: (npo|nil by mouth|fasting glucose|fasting blood sugar|fasting bloodwork|bowel prep)
pattern: (for|during|through|of|in) lent
match: skipping breakfast and lunch again, ramadan day 12
match: no food after midnight before my surgery
note: religious and medical fasting frame "skipping meals" and "fasting" talk as non-disordered; there is no dedicated cue kind, so it is filed as awareness (discounts eating_disorder behaviour to x0.6, promotion and instructions to x0.45)

[en.cues.reporting.ed-reported-content]
cue: reporting
pattern: (reported|flagged|reporting|flagging) (a|the|this|that|an|her|his|their) (tiktok|video|post|account|comment|tweet|page|user|reel|story|thread|profile)
match: reported a tiktok that said starve until you see your hipbones
note: the writer reports content; its quoted words are not the writer's own

# ---------------------------------------------------------------------------------------------
# cues from the round-3 review (ins)
# ---------------------------------------------------------------------------------------------

[en.cues.reporting.ins-fiction-character]
cue: reporting
pattern: (the|that|this|his|her|their) (villain|villains|antagonist|antagonists|bad guy|bad guys|character|characters|protagonist|narrator|henchman|henchmen|mobster|gangster|bully in the|killer in the)
match: the villain is a disgusting creep
match: that character is such a loser
nomatch: you are such a loser
note: description of a fictional character: the insult is about a role, not a person the writer addresses

[en.cues.support.ins-in-the-best-way]
cue: support
pattern: (annoying|weird|crazy|insane|extra|chaotic|unhinged|dumb|stupid|obsessed|mean|evil|toxic|annoyingly|weirdly|cringe|cringey|cringy|lame|nerdy|dorky|corny|goofy) in (the|a) (best|good|nice|cute|fun|sweet|loving|funny) (way|sense)
pattern: (annoying|weird|crazy|insane|extra|chaotic|unhinged|dumb|stupid|obsessed|mean|evil|toxic|cringe|cringey|cringy|lame|nerdy|dorky|corny|goofy) in the best (possible|) way
match: annoying in the best way
match: weird in a good way
nomatch: in the best way possible
note: an affectionate qualifier right after a mild put-down ("annoying in the best way")

# ---------------------------------------------------------------------------------------------
# cues from the round-3 review (hg)
# ---------------------------------------------------------------------------------------------

[en.cues.reporting.hg-being-called]
cue: reporting
pattern: (being|been|getting|gets|got) called
pattern: (reported|reports|reporting) (being|getting|that|a|an)
match: she reported being called a roastie by a classmate
match: i keep getting called names at school
note: passive reports of abuse received ("being called a ...")

[en.cues.reporting.hg-reported-the-account]
cue: reporting
pattern: (reported|reporting|flagged|blocked|blocking) (the|this|that|an|his|her|their) (account|user|post|profile|page|person|guy|girl|comment|video|thread|channel)
match: we reported the account that posted her address
note: the writer reports or blocks an abuser

# ---------------------------------------------------------------------------------------------
# cues from the round-3 review (cyberbullying)
# ---------------------------------------------------------------------------------------------

[en.cues.reporting.cb-was-told-to]
cue: reporting
pattern: (was|were|got|been|being|gets|get|keeps getting|keep getting|kept getting|is being|are being) told (to|that|she|he|i|im|shes|hes|they|theyre|we|nobody|no one|everyone)
pattern: (my|our|her|his) (daughter|son|kid|child|kids|children|student|students|niece|nephew|sister|brother|friend|bestie|cousin) (was|were|got|keeps getting|is being|has been) (told|called|sent|asked)
match: my daughter was told to kys on discord
match: my son keeps getting told that nobody likes him
note: reported speech with a passive "was told", usually a parent or friend reporting what someone else said

[en.cues.reporting.cb-my-kids-classmates]
cue: reporting
pattern: (my|our) (daughters|sons|kids|childs|childrens|students|nieces|nephews|sisters|brothers|friends|besties|grandsons|granddaughters|stepsons|stepdaughters) (classmates|friends|peers|teammates|bully|bullies|ex|former friends|schoolmates|group chat|gc|class)
match: my daughter's classmates posted a video of her crying
match: my son's friends made a hate page about him
note: a parent or friend narrating what others did to someone they care about

[en.cues.reporting.cb-authority-involved]
cue: reporting
pattern: (principal|school|teacher|teachers|counselor|counsellor|police|cops|district|admin|administration|vice principal|headteacher|dean) (is|are|was|were|has been|have been|got|) (investigating|involved|notified|informed|called|looking into|dealing with|aware|handling|suspended|expelled)
match: the principal is investigating why they posted it
match: the school was notified
note: a report of bullying that authorities are handling (reporting cues count only before the hit)

[en.cues.reporting.cb-article-says]
cue: reporting
pattern: (article|study|report|survey|research|news|story|documentary|expert|experts|researchers|psychologists|data|statistics|stats|podcast|paper|book) (says|said|shows|showed|found|finds|explains|explained|reports|reported|suggests|notes|warns|describes|discusses)
match: the article says teens share videos of peers crying
match: researchers found that exclusion hurts
note: describing bullying as a topic

[en.cues.reporting.cb-kids-saying]
cue: reporting
pattern: (kids|people|someone|somebody|classmates|others|bullies|students|teens) (saying|telling|calling|writing)
pattern: (girls|boys|they) (saying|telling|calling|writing|posting|sending) (things like|stuff like|that|quotes|like)
match: kids saying "nobody sits with him"
match: girls posting things like that
note: narrated speech introduced with -ing verbs

[en.cues.intensifier.cb-not-me-doing]
cue: intensifier
pattern: not me (finding|seeing|watching|posting|crying|laughing|saying|doing|being|getting|trying|screenshotting|recording|sending|having|making)
pattern: no (lol|lmao|lmfao|haha|ew|eww|thanks|thx)
match: not me finding the video of her crying lmao
match: sit with us? no lol ur not cool enough
note: Gen-Z "not me doing X" (= "I am doing X") and "no lol" as an answer start with a negation word
note: but negate nothing; as an intensifier cue starting at the same word they cancel the negation

[en.cues.reporting.cb-told-the-teacher]
cue: reporting
pattern: (told|tell|telling|reported it to|reported to|report it to|report to|went to) (the|a|my|our|her|his) (teacher|teachers|principal|counselor|counsellor|coach|mom|dad|parents|police|school|admin|adult|trusted adult|vice principal|dean|nurse)
match: i told the teacher they laughed at her when she fell
match: we reported it to the principal
note: a bystander reporting bullying to an adult
