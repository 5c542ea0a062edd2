import { defineRule } from '../rule.js';

// The customer reports a problem, failure, delay, bad experience or dissatisfaction. A plain question is not one.

// Between a negation and the verb it negates, a need or a thought turns the failure into good news or a shrug:
// "so I won't have to pay again", "I don't want to get my hopes up", "I don't know what happened, but it works now".
const NOT_A_NEED = String.raw`(?!(?:have|has|had|need|needs|want|wants)\s+to\b|know\b|think\b|mind\b|care\b)`;
export default defineRule({
  id: 'complaint',
  description: 'Detects a complaint in the customer\'s message: something broken, late, wrong, missing or disappointing.',
  target: 'customer',
  signal: 'complaint',
  kind: 'phrase',
  patterns: [
    // Not working, not arrived, never answered (not a need or a thought: NOT_A_NEED).
    String.raw`\b(?:not|isn't|aren't|wasn't|doesn't|don't|didn't|won't|can't|cannot|couldn't|never|still\s+(?:not|hasn't|haven't|isn't|doesn't)|hasn't|haven't|no\s+longer)\s+(?:${NOT_A_NEED}\w+\s+){0,2}(?:work(?:ing|s|ed)?|arrived?|received?|get(?:ting)?|got(?:ten)?|load(?:ing|s)?|open(?:ing|s)?|respond(?:ing|ed)?|ship(?:ped)?|deliver(?:ed)?|refund(?:ed)?|log(?:ged)?\s*in|sign(?:ed)?\s*in|access|connect(?:ing|ed)?|fixed|resolved|answered|heard\s+back|sync(?:ing|ed)?|show(?:ing|n)?\s*(?:up)?|come|came|happen(?:ed)?|help(?:ed|ful)?|turn(?:ed)?\s+up|print(?:ing)?|sent|send(?:ing)?|save|saving|download|install|update|charge|reply|replied|called\s+back|showed\s+up|use|play|pay|book|reach|get\s+through|cleaned|fair|right|what\s+(?:i|we)\s+(?:expected|paid\s+for|ordered)|updated|moved|budged|progressed|accept(?:ed|ing)?|make\s+it)\b`,
    String.raw`\b(?:broken|damaged|defective|faulty|missing|overcharged|double[- ]charged|charged\s+(?:me\s+)?(?:twice|two\s+times|again|for)|scam(?:med)?|ripped\s+off|crash(?:es|ed|ing)?|buggy|glitch(?:y|es)?|outage|stopped\s+working|keeps?\s+(?:crashing|failing|freezing|logging|breaking|happening)|fail(?:ed|s|ing|ure)|malfunction\w*|cracked|leak(?:s|ing|ed)|spoiled|expired|error)\b`,
    String.raw`\b(?:wrong|incorrect)\s+(?:item|size|colou?r|order|address|product|amount|charge|price|package|parcel|one)\b`,
    String.raw`\b(?:late|delayed|lost|stuck|locked\s+out|on\s+hold|overdue)\b`,
    String.raw`\b(?:terrible|horrible|awful|worst|unacceptable|disappointed|disappointing|frustrat\w*|ridiculous|useless|pathetic|appalling|disgraceful|poor|rude|unprofessional|incompetent|shoddy|abysmal|dreadful|unhappy|dissatisfied|not\s+happy|not\s+satisfied|fed\s+up|sick\s+of|tired\s+of)\b`,
    String.raw`\b(?:i\s+(?:want|need|demand|expect)|give\s+me|i'd\s+like)\s+(?:a\s+|my\s+|the\s+)?(?:full\s+)?(?:refund|money\s+back|compensation|replacement)\b`,
    String.raw`\b(?:still\s+waiting|been\s+waiting|waiting\s+(?:for|on)\s+(?:weeks|days|hours|months|ages|over|more|a\s+week|a\s+month))\b`,
    String.raw`\b(?:nobody|no\s+(?:one|body|response|reply|answer|update|refund|help))\b`,
    String.raw`\b(?:cancel|cancell?ing)\s+(?:my|our|the)\s+(?:account|subscription|order|plan)\b`,
    // Something of theirs was lost, broken or taken: "my package was stolen", "your update wiped all my filters".
    String.raw`\b(?:my|our|the)\s+(?:\w+\s+){0,2}(?:was|were|got|has\s+been|have\s+been|is|are)\s+(?:\w+\s+)?(?:stolen|deleted|wiped|cancell?ed|suspended|locked|banned|blocked|closed|rejected|declined|lost|damaged|smashed|soaked|ruined|hacked|frozen|terminated|disconnected|cut\s+off|given\s+(?:away|to\s+someone\s+else)|shut\s+off|removed|denied|refused|ignored|down)\b`,
    String.raw`\b(?:deleted|wiped|erased|broke|ruined|lost|smashed|destroyed|cancell?ed|suspended|banned|closed|locked|disconnected|threw|dropped|damaged|gave\s+away|charged|billed)\s+(?:\w+\s+){0,2}(?:my|our|me|us)\b`,
    String.raw`\bwhere(?:'s|\s+is|\s+are)\s+(?:my|our)\b`,
    String.raw`\bwhy\s+(?:is|was|are|were|did|does|do|has|have|hasn't|haven't|isn't|wasn't|won't|can't)\s+(?:\w+\s+){0,4}?(?:still|not|never|rejected|locked|cancell?ed|suspended|banned|charged|closed|declined|denied|blocked)\b`,
    String.raw`\b(?:it's|it\s+has|it\s+was|that\s+was)\s+(?:already\s+)?been\s+(?:over\s+)?(?:\d+|two|three|four|five|six|several|a\s+few|many)\s+(?:days|weeks|months|hours)\b`,
    String.raw`\b(?:unfair|outrageous|disaster|sucks?|impossible|nightmare|rip-?off|joke)\b`,
    String.raw`\b(?:was|were|is|are|arrived)\s+(?:\w+\s+)?(?:cold|dirty|filthy|noisy|slow|smelly|stained|mouldy|moldy|unusable|unreadable|blank|empty|frozen|stuck|smashed|cracked|torn|soaked|wet)\b`,
    String.raw`\b(?:drains?|draining|overheat\w*|freez(?:es|ing)|lag(?:s|gy|ging)|kept\s+(?:awake|waiting))\b`,
    String.raw`\b(?:\d+|three|four|five|six|several|multiple|many)\s+times\b`,
    String.raw`\bfix\s+(?:it|this|your|my|the)\b`,
    String.raw`\bwrong\b`,
    // Something else came or was charged: "instead of £5", "received a blue one instead", "they sent the small size instead".
    String.raw`\b(?:instead(?:\s+of\s+(?:the\s+)?[£$€]?\d|(?<=\b(?:received|sent|delivered|gave|given|brought|charged|shipped)\s+(?:[\w'-]+\s+){0,5}instead)(?!\s+of\s+(?:waiting|calling|going))\b)|rather\s+than\s+(?:the\s+)?[£$€]?\d)`,
    // A why-question to the company is a grievance: "why is my account locked", "why the hell did you change it".
    String.raw`\bwhy(?:\s+(?:is|was|are|were|did|does|do|would|am|has|have|can't|cant|won't|wont|isn't|wasn't|didn't|doesn't|don't|aren't|weren't|couldn't|wouldn't|hasn't|haven't|the\s+(?:hell|heck|fuck|frig)|on\s+earth|on\s+god's)\b|\s*\?)`,
    // Service down or gone: "the app seems to be down", "two days without internet", "zero service", "no luck".
    String.raw`\b(?:(?:app|site|website|service|internet|wifi|wi-fi|network|server|servers|system|systems|page|connection|power|tv|cable|phone|line|email|account|store|checkout|streaming)\s+(?:\w+\s+){0,2}(?:is|are|was|were|been|went|goes|keeps?\s+going|has\s+gone)\s+(?:\w+\s+)?down|(?:internet|service|wifi|network|connection|power|signal|servers?|site|app|system)\s+(?:is\s+)?down|seems?\s+to\s+be\s+down|without\s+(?:internet|power|service|wifi|wi-fi|signal|phone\s+service|cable|tv|heat|heating|water|hot\s+water|a\s+working)|(?:no|zero)\s+(?:service|internet|signal|connection|wifi|wi-fi|power|heat|hot\s+water|luck|dice|sign\s+of|resolution|way\s+to))\b`,
    // Trouble reported: "is anyone else having trouble with", "problems with my iPhone since the update".
    String.raw`\b(?:(?:having|had|have|experiencing|getting|facing|there's|there\s+is|there\s+are|run\s+into|running\s+into|ran\s+into)\s+(?:\w+\s+){0,3}(?:trouble|troubles|problems?|issues?|difficult(?:y|ies))|(?:trouble|problems?|issues?|difficult(?:y|ies))\s+(?:with|on|since|after|logging|signing|getting|connecting|accessing|loading|using))\b`,
    // What never happened: "never received it", "they never call back", "never had worse service".
    String.raw`\bnever\s+(?:\w+\s+)?(?:received|got|gotten|came|come|arrived|showed|turned\s+up|called|calls|rang|responded|replied|answered|delivered|gave|sent|heard|fills?|filled|works?|worked|shows?|honou?red|refunded|fixed|resolved|get|receive|arrive|answer|respond|reply|had\s+(?:worse|such|this|so)|seen\s+(?:worse|such))\b`,
    // What the customer cannot do: "unable to activate", "it won't recognize my account", "can't change the volume".
    String.raw`\b(?:unable\s+to|can't|cant|cannot|won't|wont|couldn't|not\s+able\s+to|no\s+way\s+to)\s+(?:${NOT_A_NEED}\w+\s+){0,2}(?:recognize|activate|change|find|redeem|restore|reset|cancel|stream|watch|track|see|view|add|remove|apply|verify|register|boot|upload|transfer|withdraw|enable|disable|select|reorder|order|pay|log|sign|use|open|load|connect|access|make\s+(?:a|any|calls?|payments?)|send|receive|play|download|update|install|charge|call|reach|hear|book|check\s+(?:in|out)|turn\s+(?:on|off)|delete|save|print|sync|let\s+me|get\s+(?:through|in|into|it|my|a|the|any|this|past|to\s+work))\b`,
    // It happened again: "internet down, again", "for the third time", "called 4 times".
    String.raw`\b(?:(?:down|broken|late|delayed|cancell?ed|crashed|crashing|wrong|charged|happening|happened|failed|failing|missing|out|stuck|gone|dropped|dropping|throttling\s+me)\s*[,.]*\s+again|yet\s+again|for\s+the\s+(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|umpteenth|nth|hundredth|millionth)\s+time|(?:\d+(?:st|nd|rd|th)|third|fourth|fifth|sixth|seventh)\s+(?:time|call|email|attempt|outage)\s+(?:this|today|in|now|i|we)|(?:called|emailed|tried|asked|messaged|contacted|rang|phoned|chatted|reported)\s+(?:\w+\s+){0,3}(?:\d+|three|four|five|six|several|multiple|many|so\s+many|numerous|countless)\s+(?:times|calls))\b`,
    // What staff or the product did wrong: "hung up on me", "forgot my dressing", "keeps giving me an error", "not cool".
    String.raw`\b(?:hung\s+up\s+on|refused\s+to|refuses\s+to|forgot\s+(?:to|my|our|the|about)|messed\s+(?:up|with)|screwed\s+(?:up|me|us|over)|botched|ghosted|(?:you|they|he|she)\s+(?:ignored|ignore|overlook\w*)|overcharg\w+|deactivated|disabled\s+my|throttl\w+|stood\s+(?:me\s+|us\s+)?up|no[- ]show|kept\s+(?:defaulting|crashing|failing|dropping|telling|saying|asking|giving|sending|freezing)|keeps?\s+(?:giving\s+me|asking|telling\s+me|saying|sending\s+me|dropping|restarting|rebooting|turning\s+off|shutting|disconnecting|signing\s+me|going\s+(?:down|off))|stopped\s+(?:connecting|loading|syncing|charging|responding|sending|showing|playing|updating|receiving)|no\s+longer\s+(?:serving|available|offer\w*|works?|supports?|compatible|carry|carries|sells?|shows?|lets?)|isn't\s+(?:compatible|helping|working|loading|showing)|not\s+(?:cool|ok|okay|good|intuitive|helpful|user[-\s]?friendly|acceptable|compatible|possible|fair|right|delivered|received|refunded|fixed|working|loading|showing))\b`,
    // Bad quality and scorn: "the rudest flight attendant", "keyboard lag", "battery lasts half a day", "shame on you".
    String.raw`\b(?:rudest|rude|dumbest|worse|bad\s+(?:service|experience|customer|food|quality|connection|signal|reception)|bugfest|laggy|keyboard\s+lag|lagging|inconvenien(?:t|ce)|annoying|(?:difficult|hard|impossible)\s+to\s+(?:use|reach|find|get|navigate|contact|cancel)|conflicting|shame\s+on|#?fail|epic\s*fail|laughable|shady|unjustifi\w+|fraudulent\w*|unhelpful|disrespectful|arrogant|killing\s+(?:my|the)\s+\w+|(?:battery|phone|iphone)\s+(?:\w+\s+)?(?:dies|died|dying|drains|draining|lasts\s+(?:only|literally|about|just|half))|false\s+charge|overpriced|too\s+(?:many\s+(?:taps|steps|clicks|ads)|expensive|slow|long\s+to)|(?:so|very|extremely|really)\s+slow)\b`,
    // Waiting asked about: "how long do I need to wait", "it's been about a week now"; "how come ..." asks why.
    String.raw`\bhow\s+(?:come\b|long\s+(?:do|does|will|should|must|is|until|till|before)\s+(?:i|we|it|this|they|you)\s+(?:\w+\s+){0,3}(?:wait|take|get\s+back|be\s+fixed|respond|reply|process|refund))`,
    String.raw`\bit's\s+been\s+(?:about\s+|almost\s+|nearly\s+|over\s+|more\s+than\s+)?(?:a|an|\d+|two|three|four|five|several)\s+(?:weeks?|days?|months?|hours?)\b`,
    // An expectation not met: "it was supposed to arrive Monday", "should have been here by now", "you promised a call".
    String.raw`\b(?:was|were|is|are|am)\s+supposed\s+to\s+(?:be\s+(?:\w+ed|here|there|ready|open|on|at|in|done|free|included|back|sent|shipped)\b|arrive|get|have|receive|come|ship|go|start|open|work|include|take|call|hear)\b`,
    String.raw`\bshould(?:\s+have|'ve)\s+(?:been|arrived|come|received|got|gotten|shipped|had|heard|gotten)\b(?!\s+(?:fine|great|perfect|ok|okay)\b)`,
    String.raw`\b(?:you|they|he|she|it|agent|staff)\s+(?:\w+\s+)?(?:promised|assured|guaranteed)\s+(?:me|us|to|it|that|a|my)\b`,
    String.raw`\b(?:told|promised)\s+(?:me|us)\s+(?:it|that|i|we|they|you|my|our|the)\s+(?:\w+\s+){0,3}(?:would|will|'d|was\s+going\s+to|were\s+going\s+to)\b`,
    // Being charged or billed, or a charge that does not match: "I was charged $55", "been billed twice", "debited but".
    String.raw`\b(?:was|were|been|got|getting|being|am|keep\s+getting)\s+(?:\w+\s+)?(?:charged|billed|debited|deducted|overcharged|double\s+charged)\b`,
    String.raw`\bcharged\s+(?:me\s+)?(?:[$£€]\s?\d|\d+\s*(?:dollars|bucks|pounds|euros))`,
    // Left in the dark or stuck: "without any updates", "no explanation", "sitting at the gate", "at a standstill".
    String.raw`\bwithout\s+(?:any\s+|an?\s+|so\s+much\s+as\s+an?\s+)?(?:updates?|information|info|explanation|notice|notification|warning|response|reply|communication|word|apology|refund|compensation|reason)\b`,
    String.raw`\bno\s+(?:updates?|information|info|explanation|notice|notification|warning|communication|word|apology|compensation|confirmation|tracking|email|call\s+back|callback|explanation)\b(?!\s+(?:needed|required|necessary))`,
    String.raw`\b(?:at\s+a\s+standstill|(?:sitting|sat|stuck|waiting|held|parked)\s+(?:\w+\s+)?(?:at|on)\s+the\s+(?:gate|tarmac|runway|plane|platform|station)|deplaned|diverted|stranded|overbooked|oversold|bumped\s+(?:off|from|me|us))\b`,
    // Not even the least: "or even reply", "can't even be bothered to answer", "didn't bother to call".
    String.raw`\b(?:or\s+even|at\s+least)\s+(?:reply|respond|answer|acknowledge|call|tell|let|read|look|get\s+back)\b`,
    String.raw`\bbother(?:ed|s)?\s+to\s+(?:reply|respond|answer|call|tell|let|check|read|look|show|inform|contact|get\s+back|update)\b`,
    // A missed connection or appointment: "missed my connecting flight", "we missed the last train".
    String.raw`\bmissed\s+(?:my|our|the|a|his|her)\s+(?:\w+\s+)?(?:flight|connection|train|bus|appointment|delivery|meeting|event|show|game|ferry|wedding|interview)\b`,
    // Harm from staff or others: "yelled at my son", "was harassed by the driver", "tried to assault her".
    String.raw`\b(?:yelled|screamed|shouted|swore|cursed|snapped)\s+at\s+(?:me|us|my|our|him|her|them)\b`,
    String.raw`\b(?:(?:sexually|verbally|physically)\s+)?(?:assault(?:ed|ing)?|harass(?:ed|ing|ment)|abus(?:ed|ive)|groped|threatened|attacked)\b(?<=\b(?:was|were|got|been|tried\s+to|me|us|my|our|him|her|them|sexually|verbally|physically|driver|staff|employee|agent|he|she|they)\s+(?:\w+\s+)?\w+)`,
    String.raw`\b(?:tried|attempted)\s+to\s+(?:(?:sexually|physically)\s+)?(?:assault|attack|hit|grab|rob|scam|touch|kick)\b`,
    // Broken down or died: "my driver broke down", "the phone died after a day", "the train broke down".
    String.raw`\b(?:broke|breaks|breaking|broken)\s+down\b`,
    String.raw`\b(?:my|our|the)\s+(?:\w+\s+)?(?:died|dies|quit|packed\s+up|gave\s+up|gave\s+out|conked\s+out)\b`,
    // A problem since an update: "since the latest update my battery", "ever since iOS 11".
    String.raw`\b(?:ever\s+since|since|after)\s+(?:the|your|this|updating\s+to|upgrading\s+to|i\s+updated|i\s+upgraded|ios)\s+(?:\w+\s+){0,2}?(?:update|upgrade|\d+(?:\.\d+)*)\b(?=[^.!?]{0,60}\b(?:can't|cannot|won't|doesn't|don't|keeps?|no\s+longer|not|stopped|crash\w*|drain\w*|restarts?|freez\w*|lag\w*|slow\w*|broke\w*|dies|died|issues?|problems?|glitch\w*|bug\w*|missing|gone|disappeared)\b)`,
    // Demands and directives to the company: "you guys should fix this", "you need to sort this out", "do better".
    String.raw`\byou\s+(?:guys\s+|people\s+|all\s+|lot\s+)?(?:should|need\s+to|have\s+to|must|better)\s+(?:really\s+|seriously\s+|at\s+least\s+|actually\s+|just\s+|probably\s+)?(?:fix|sort|contact|do\s+(?:better|something)|get\s+(?:your|it|this|that|a\s+grip)|train|hire|stop|learn|be\s+ashamed|look\s+into|refund|compensate|honou?r|deal\s+with|address|respond|reply|answer|call|check|investigate|apologi[sz]e|make\s+(?:it|this|things)\s+right)\b`,
    String.raw`\b(?:do\s+better|get\s+your\s+(?:act|shit|stuff|house)\s+(?:together|in\s+order)|step\s+(?:it|your\s+game)\s+up|sort\s+(?:it|this|yourselves)\s+out)\b`,
    // Waiting longer than it should take: "took over 2 hours", "been taking three weeks".
    String.raw`\b(?:took|taken|taking)\s+(?:over\s+|more\s+than\s+|almost\s+|nearly\s+|about\s+|literally\s+)?(?:\d+|two|three|four|five|six|several|forty|an?)\s+(?:hours?|hrs|days|weeks|months|minutes|mins)\b`,
    String.raw`\b(?:another|the|this|more|long|huge|massive|constant|endless|lengthy)\s+delays?\b`,
    String.raw`\bstill\s+(?:showing|says|shows|charging|pending|processing|stuck|broken|down|missing|having|happening|getting|nothing|no|not)\b`,
    // A question whether it is even allowed: "is this even legal?", "I doubt that is legal".
    String.raw`\bis\s+(?:this|that|it)\s+(?:even\s+)?(?:legal|allowed|fair|normal|acceptable|right)\b`,
    String.raw`\bdoubt\s+(?:that|this|it)(?:'s|\s+is|\s+was)\s+(?:legal|allowed|fair|right)\b`,
    // Delivered on paper only: "it says delivered but", "marked as delivered", "shows delivered".
    String.raw`\b(?:says|shows|showing|marked(?:\s+as)?|status\s+(?:is|says))\s+(?:it\s+(?:was|has\s+been)\s+|it's\s+)?delivered\b`,
    // Trying and failing: "I've been trying to reach you all day", "it doesn't let me sign in".
    String.raw`\b(?:been|keep|kept)\s+trying\s+to\b`,
    String.raw`\b(?:doesn't|does\s+not|won't|will\s+not|wouldn't|didn't)\s+(?:even\s+)?let\s+(?:me|us)\b`,
    // The bill went up: "my bill increased again", "the price has doubled".
    String.raw`\b(?:bill|price|rate|fee|premium|charge|payment)s?\s+(?:\w+\s+)?(?:went\s+up|gone\s+up|has\s+gone\s+up|increased|doubled|tripled|jumped|is\s+(?:now\s+)?(?:higher|more|double))\b`,
    // "What's going on with my order?", "what's up with the app today?".
    String.raw`\bwhat(?:'s|\s+is|s)\s+(?:going\s+on|happening|up)\s+with\b`,
    // Paid and not given: "paid for priority boarding and didn't get it".
    String.raw`\bpaid\s+for\s+[^.!?]{0,40}?\b(?:but|and|yet)\s+(?:\w+\s+)?(?:didn't|did\s+not|never|not|no|still|haven't|have\s+not|wasn't|was\s+not|got\s+nothing)\b`,
    // Out: "the internet is out again", "power's been out since noon".
    String.raw`\b(?:internet|power|service|cable|wifi|wi-fi|signal|tv|electricity|phone\s+service|network)(?:'s|\s+is|\s+has\s+been|'s\s+been|\s+went|\s+was|\s+keeps\s+going)\s+out\b`,
    // Waiting for what should have come: "still waiting on my refund", "waiting for an engineer since Monday".
    String.raw`\bwaiting\s+(?:for|on)\s+(?:my|a|an|the|our)\s+(?:\w+\s+)?(?:refund|replacement|order|package|parcel|delivery|engineer|technician|callback|call\s+back|response|reply|answer|driver|food)\b(?=[^.!?]{0,40}\b(?:since|for\s+(?:\d|a\b|an\b|over|more|two|three|days|weeks|hours)|still))`,
    // Told one thing: "I was told my refund would be processed", "we were promised a call back".
    String.raw`\b(?:i|we)\s+(?:was|were|had\s+been|have\s+been|'ve\s+been)\s+(?:told|promised|assured|informed)\s+(?:that\s+)?(?:it|my|our|i|we|the|they|this|a|an)\s+(?:[\w']+\s+){0,3}?(?:would|will|was\s+going\s+to|were\s+going\s+to|should|'d|wouldn't|won't)\b`,
    // Food that came wrong: "the fries were soggy", "my burger was raw".
    String.raw`\b(?:was|were|is|are|came|arrived)\s+(?:\w+\s+)?(?:soggy|burnt|burned|raw|stale|undercooked|overcooked|bland|tasteless|inedible|melted|squashed|crushed|leaking|open(?:ed)?\s+already)\b`,
    // Getting nowhere: "on the phone for an hour and got nowhere", "transferred four times", "going round in circles".
    String.raw`\b(?:got|getting|gotten|get|went|going)\s+nowhere\b`,
    String.raw`\b(?:going|goes|go|went|sent)\s+(?:(?:a)?round\s+)?in\s+circles\b`,
    String.raw`\b(?:transferred|passed|bounced)\s+(?:\w+\s+){0,3}(?:\d+|two|three|four|five|several|multiple|many)\s+times\b`,
    // Ordered one thing, got another: "ordered a large and got a medium".
    String.raw`\bordered\s+[^.!?]{1,40}?\b(?:and|but)\s+(?:i\s+|we\s+)?(?:got|received|they\s+sent|was\s+sent|were\s+sent|came\s+with|it\s+came\s+with)\s+(?:a|an|the|one|two|some|only|just|half|someone\s+else's)\b`,
    // Failing over and over: "I keep getting logged out", "the call keeps cutting out", "buffering", "spotty service".
    String.raw`\bkeeps?\s+getting\s+(?:logged|kicked|signed|thrown|booted|disconnected|cut\s+off|errors?|charged|billed|spam|an?\s+error|the\s+same)\b`,
    String.raw`\b(?:cutting|cuts|dropping|drops|timing|times|timed)\s+out\b`,
    String.raw`\b(?:buffering|spotty|patchy|intermittent|unreliable|flaky|choppy|unstable|unusable|sluggish)\b`,
    // A bad smell or a crowd: "the room smelled like smoke", "so overcrowded we had to stand".
    String.raw`\b(?:smell(?:s|ed|ing)?|smelt|stank|stinks|reeked|reeks)\s+(?:like|of)\s+(?:\w+\s+)?(?:smoke|cigarettes?|weed|mou?ld|damp|sewage|urine|pee|vomit|sick|bleach|gas|rot|garbage|trash|feet|fish|mildew|poop|shit)\b`,
    String.raw`\b(?:had|have|having)\s+to\s+stand\b`,
    String.raw`\b(?:overcrowded|rammed|standing\s+room\s+only)\b`,
    // Left where it should not be: "the driver left my parcel in the rain".
    String.raw`\bleft\s+(?:my|our|the)\s+(?:package|parcel|delivery|order|box|bag|food|groceries)s?\s+(?:in|at|on|outside|by|with|next\s+to)\b`,
    // "I waited 45 minutes for a driver".
    String.raw`\bwaited\s+(?:for\s+)?(?:over\s+|almost\s+|nearly\s+|more\s+than\s+|about\s+)?(?:\d+|an?|two|three|four|five|ten|twenty|thirty|forty|several)\s+(?:minutes|mins|hours?|hrs|days?|weeks?|months?)\b`,
    // Slow beyond patience: "my refund is taking forever", "it takes ages to load".
    String.raw`\b(?:taking|takes|took)\s+(?:so\s+|way\s+too\s+|far\s+too\s+|too\s+)?(?:forever|ages|an\s+age|an\s+eternity|so\s+long|too\s+long)\b(?!\s+(?:to\s+(?:choose|decide|pick)|deciding|choosing))`,
    // Gone from what they had: "my points disappeared", "half my photos are gone after the sync".
    String.raw`\b(?:points|balance|money|credit|funds|photos|pictures|files|messages|emails|contacts|playlists?|songs|music|booking|reservation|account|data|saves?|progress|apps?|items|miles|vouchers?|tickets?|order|subscription|purchases?|downloads?|notes|bookmarks|settings|history|library)\s+(?:\w+\s+)?(?:have\s+|has\s+|had\s+|just\s+|all\s+)?(?:disappeared|vanished)\b|\b(?:disappeared|vanished)\s+from\s+(?:my|our|the)\s+(?:account|app|basket|cart|order|library|list|profile|wallet|balance|history|playlist|phone|device|inbox|statement)\b`,
    String.raw`\b(?:my|our|all\s+(?:my|our|the)|half\s+(?:my|our|the)|the)\s+(?:\w+\s+){0,2}(?:are|is|were|was|have|has|had|now)\s+(?:all\s+|now\s+|just\s+|completely\s+)?(?:gone|missing|empty)\b(?!\s+(?:after\s+(?:a|an|one|\d+)|if|when|once|by)\b)(?<!\b(?:pain|problem|issue|error|rash|headache|bug|glitch|fault)s?\s+(?:are|is|were|was|have|has|had|now)\s+(?:all\s+|now\s+|just\s+|completely\s+)?gone)`,
    // Done after they had stopped it: "it renewed even though I cancelled", "still billing me after I closed it".
    String.raw`\beven\s+though\s+(?:i|we)(?:'d|'ve|\s+had|\s+have)?\s+(?:\w+\s+){0,2}?(?:cancell?ed|turned\s+(?:it\s+)?off|switched\s+(?:it\s+)?off|unsubscribed|opted\s+out|returned|closed|paid|asked|told|requested|booked|reported)\b`,
    String.raw`\b(?:still|keep|keeps|kept)\s+(?:billing|charging|emailing|texting|calling|messaging|sending)\s+(?:me|us)\b`,
    // Less than was paid for: "paying for premium and getting ads anyway".
    String.raw`\b(?:paying|pay|paid)\s+(?:for\s+)?[^.!?]{1,30}?\b(?:and|but)\s+(?:still\s+)?(?:getting|get|got)\s+(?:ads|nothing|none|no\b|half|less|worse)`,
    // Left alone or let down: "the staff ignored us", "drove an hour for nothing", "thanks for nothing".
    String.raw`\bignored\s+(?:us|me|my|our)\b`,
    String.raw`\b(?:for\s+nothing|(?:gave|give|giving|given)\s+(?:me|us)\s+nothing|and\s+(?:still\s+)?nothing(?!\s+(?:else|more|less|wrong))(?=\s*(?:[.!?,]|$|\s+(?:happened|changed|works|came|arrived))))\b`,
    // Dropping out on a schedule: "my wifi drops every evening", "the app crashes every time I open it".
    String.raw`\b(?:drops|dropping|disconnects|disconnecting|cuts\s+out|crashes|freezes|dies)\s+(?:out\s+)?(?:every|all\s+the\s+time|constantly|randomly|repeatedly|daily|nightly|hourly)\b`,
    String.raw`\b(?:gone|going|went)\s+downhill\b`,
    String.raw`\b(?:the\s+)?last\s+time\s+(?:i|we)(?:'ll|\s+will|\s+ever)?\s+(?:ever\s+)?(?:order|fly|shop|use|buy|book|stay|eat|travel|bank|come|go)\b`,
    // Barely working, or too hot to use: "I can barely hear anyone on calls", "the phone gets super hot".
    String.raw`\bbarely\s+(?:works?|working|hear|see|load|loads|charges?|charging|connects?|usable|moves?|moving|holds?)\b`,
    String.raw`\b(?:gets|getting|got|runs|running|becomes)\s+(?:super|really|very|so|extremely|too|unbearably|way\s+too)\s+(?:hot|slow|loud)\b`,
    // Something in the food or the room that should not be there: "a hair in my salad", "a bug in the bed".
    String.raw`\b(?:hair|hairs|fly|flies|bug|bugs|glass|plastic|insect|insects|cockroach(?:es)?|roach(?:es)?|worm|worms|maggots?|mould|mold|bedbugs?)\s+in\s+(?:my|our|the)\s+(?:\w+\s+)?(?:food|meal|salad|burger|sandwich|drink|coffee|soup|order|room|bed|bowl|pizza|wrap|fries|chips|rice|bread|cereal|juice)\b`,
    // Came short: "the box arrived open", "my order came with half the items", "delivered without the charger".
    String.raw`\b(?:arrived|came|turned\s+up|was\s+delivered|got\s+delivered)\s+(?:\w+\s+)?(?:opened|open|damaged|broken|crushed|dented|incomplete|half\s+empty|without|with(?:\s+only)?\s+(?:half|none|no|one|part|some)\s+(?:of|the))\b`,
    // Doesn't take what it should: "my promo code isn't applying", "the voucher won't scan".
    String.raw`\b(?:isn't|is\s+not|won't|will\s+not|not|doesn't|does\s+not|didn't|wouldn't)\s+(?:apply|applying|scan|scanning|redeem|redeeming|validate|validating|activate|activating|register|registering|verify|verifying|process|processing|go\s+through|going\s+through)\b`,
    // A charge to explain: "can someone explain why my bill is higher", "my bill is $30 higher this month".
    String.raw`\bexplain\s+why\s+(?:my|our|i|we|you|the)\b`,
    String.raw`\b(?:bill|price|charge|payment|invoice|statement)s?\s+(?:is|was|are|were)\s+(?:now\s+)?(?:[£$€]?\d+(?:\.\d+)?\s+|much\s+|way\s+|a\s+lot\s+)(?:higher|more)\b`,
  ],
  unlessBefore: [
    // The customer correcting themselves: "oops, wrong file", "shit, sent the wrong one".
    String.raw`(?:sorry|oops|whoops|my\s+bad|shit|damn|sent\s+(?:you\s+)?the|attached\s+the)[\s,!.]*$`,
    String.raw`\b(?:what\s+if|in\s+case|if\s+it|so\s+(?:it|that)|to\s+avoid|to\s+prevent|not\s+that)\s+(?:\w+\s+){0,2}$`,
    // A bad thing denied: "I'm not frustrated, just curious", "hopefully it won't be late", "it wasn't broken".
    String.raw`\b(?:not|isn't|wasn't|aren't|weren't|won't|wouldn't|never)\s+(?:(?:be|been|so|too|very|really|at\s+all)\s+)?$`,
    // A problem already solved: "the update fixed the problem with my login", "thanks for helping with my issue".
    String.raw`\b(?:fixed|solved|resolved|sorted|cleared\s+up|helped\s+(?:me\s+)?with|helping\s+(?:me\s+)?with)\s+(?:\w+\s+){0,2}$`],
  unlessSentence: [
    // Praise framed with a negative word: "no problems at all", "never been happier".
    String.raw`\b(?:no\s+(?:problems?|issues?|complaints?)|never\s+been\s+(?:happier|better)|not\s+(?:a\s+)?(?:single\s+)?(?:problem|issue))\b`,
  ],
  examples: {
    flag: [
      'My order still hasn’t arrived and it has been two weeks.',
      'The app keeps crashing when I open the camera.',
      'You charged me twice for the same month.',
      'I received the wrong size.',
      'This is the worst service I have ever had.',
      "I can't log in since the update.",
      'I want a full refund.',
      'My package was stolen from my porch.',
      'Your latest update wiped all my saved filters.',
      'Why is my account still locked?',
      'Breakfast was cold and nobody came.',
      'Why did you move my seat without asking?',
      'Your website seems to be down again.',
      'We have been without power since Friday.',
      'Anyone else having problems with the checkout page?',
      'The refund I was promised never came.',
      'I am unable to redeem the voucher you sent.',
      'The kiosk crashed again, for the fourth time today.',
      'The agent hung up on me twice.',
      'Easily the rudest cashier I have met.',
      'How long do we have to wait for the engineer?',
      'The parcel was supposed to arrive on Monday.',
      'It should have been here three days ago.',
      'They told me it would be refunded within a week.',
      'I was charged $40 for a bag that was free last time.',
      'How come the app logs me out every morning?',
      'We have been sat on the tarmac for an hour without any updates.',
      'No explanation, no email, nothing.',
      'Could you at least reply to my emails?',
      'Nobody bothered to tell us the store had closed.',
      'We missed our connecting flight because of the delay.',
      'The driver yelled at my daughter.',
      'Our bus broke down on the motorway.',
      'Ever since the latest update my phone restarts at random.',
      'You guys need to sort out your delivery slots.',
      'Checkout took over 40 minutes today.',
      'The order is still showing as pending.',
      'Is this even legal?',
      'Ordered the large one and received a small one instead.',
      'The tracking says delivered but nothing is here.',
      "I've been trying to get through to billing all morning.",
      "The app won't let me add a card.",
      'My bill went up again this month.',
      "What's going on with my refund?",
      "Paid for extra legroom and didn't get it.",
      'Our internet is out again.',
      'Waiting on my refund since March.',
      'I was told my refund would take three days.',
      'The fries were soggy.',
      'Spent an hour on chat and got nowhere.',
      'I was transferred five times before anyone could help.',
      'Ordered the vegan box and got one with meat.',
      'I keep getting kicked out of the app.',
      'The stream keeps cutting out.',
      'Signal has been patchy all week.',
      'Our room smelled of damp.',
      'The 8:10 was so overcrowded we had to stand.',
      'The courier left my parcel outside in the rain.',
      'We waited 40 minutes for a table we had booked.',
      'Nobody answered at the help desk.',
      "The tracking hasn't updated since Friday.",
      "Your site won't accept my card.",
      "I don't have access to my account since Tuesday.",
      "I'm not sure why, but the parcel still hasn't arrived.",
      'The replacement card is taking ages.',
      'Checkout takes forever on your site.',
      'All my saved playlists vanished overnight.',
      'Our reward points are gone after the app update.',
      'My membership renewed even though I cancelled in June.',
      'They keep emailing me after I unsubscribed.',
      'Paying for the family plan and getting half the channels.',
      'The waiter ignored us for half an hour.',
      'Took the day off for the engineer, all for nothing.',
      'Restarted the router twice and nothing.',
      'The signal drops every time it rains.',
      'The support bot keeps going in circles.',
      'Your customer service has gone downhill.',
      'That is the last time I book with you.',
      'The remote barely works since the batteries were replaced.',
      'The laptop gets really hot after ten minutes.',
      'Found a hair in my burger.',
      'The parcel arrived damaged and the lid was off.',
      'My grocery order came with half of the items missing.',
      "The discount code isn't applying at checkout.",
      'Please explain why my bill went from 40 to 70.',
      'My bill is $25 higher than last month.',
    ],
    pass: [
      'How do I change the email address on my account?',
      "So I won't have to pay for delivery next time? Brilliant.",
      "I don't know what changed, but the app opens fine now.",
      "I'm not frustrated, just curious how the points work.",
      'Hopefully the next parcel won’t be late.',
      'Thank you so much, the new plan is great!',
      'Do you ship to Canada?',
      'Everything works now, no problems at all.',
      'Could you tell me where my nearest store is?',
      'I tried it twice and it works great, thanks!',
      'Oops, wrong file. Here is the right one.',
      'The new update fixed the problem with my login, thanks.',
      'I never thought ordering could be this easy.',
      'Can you tell me how long the sale lasts?',
      'Is the store supposed to open at nine on Sundays?',
      'Everything should have arrived fine, thanks for checking.',
      'No complaints here, great flight!',
      'No worries, no apology needed.',
      'Is there a charge for seat selection?',
      'Since the update the app looks great.',
      'You guys should totally bring back the pumpkin latte!',
      'Will there be any delays on the line tomorrow?',
      'I got the blue one instead, it looks great!',
      'Can I pick it up instead of waiting for delivery?',
      'Waiting for my order, so excited!',
      'I was told you have the best pizza in town.',
      'Ordered the brownies and got compliments from everyone!',
      'The new cafe smells like fresh bread.',
      'Left my umbrella at the store, can you hold it?',
      'Take as long as you need, no rush.',
      "I'll take ages deciding, everything looks good.",
      'My cat vanished under the bed when the courier knocked.',
      'Are my points gone after a year?',
      'It took forever to choose, all the flavours looked good!',
      'The headache is gone now, thanks for the tea tip.',
      'Even though I was nervous, the crew made the flight easy.',
      'The package arrived early, wrapped beautifully.',
      'Can you explain how the points work?',
      'I want the burger and nothing else.',
      'Is my bill the same as last month?',
      'Pay for a year and get two months free? Sign me up.',
    ],
  },
});
