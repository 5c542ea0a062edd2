import { defineRule } from '../rule.js';

// Anger, frustration, annoyance, disappointment or distress, in words, punctuation or emoji.
// Anger or disappointment in words is aimed at the company here: it is also a complaint (alsoShows).
export default defineRule({
  id: 'negative-emotion',
  description: 'Detects anger, frustration or distress in the customer\'s message (words, "!!!", angry emoji).',
  target: 'customer',
  signal: 'negativeEmotion',
  alsoShows: ['complaint'],
  kind: 'phrase',
  patterns: [
    // Also strong verdicts ("atrocious", "inexcusable", "you should be ashamed") and accusations of taking their money
    // ("fraudulently holding my money", "holding me to ransom", "thieves").
    String.raw`\b(?:angry|furious|livid|mad\s+(?:at|about|that)|pissed|annoyed|irritated|frustrat\w*|fed\s+up|sick\s+(?:and\s+tired\s+)?of|tired\s+of|disappointed|disappointing|upset|outraged|outrageous|disgusted|disgusting|unacceptable|ridiculous|absurd|insane|a\s+joke|wtf|ffs|unbelievable|hopeless|stressed|worried|anxious|devastated|distraught|wits'?\s+end|had\s+enough|fuming|disgrace(?:ful)?|pathetic|terrible|horrible|awful|worst|appalling|shocking|scandalous|incompetent|useless|hate|heartbroken|panicking|desperate|ashamed\s+of\s+you|beyond\s+(?:annoyed|frustrated|angry)|(?:i'm|i\s+am)\s+(?:so\s+|just\s+)?done|nightmare|disaster|sucks?|ugh+|wasted|what\s+the\s+(?:hell|heck|fuck|f\*+)|the\s+hell|stressful|upsetting|not\s+(?:happy|impressed|ok|okay)|unhappy|can't\s+believe|gutted|crappy|garbage|trash|shocked|appalled|exasperated|infuriat\w+|enraged|irate|cross\s+with|hell\s+is|atrocious|horrendous|diabolical|shambolic|abysmal|dreadful|lousy|piss\s*poor|inexcusable|unforgivable|no\s+excuse|shameful|should\s+be\s+ashamed|beyond\s+a\s+joke|fraud(?:ulent(?:ly)?|sters?)?|ransom|thie(?:f|ves|very)|steal(?:ing|s)?\s+(?:my|our|from)|stole\s+(?:my|our|from)|unjustifi\w+|extortion\w*|daylight\s+robbery)\b`,
    // Annoyance and let-down in other words: "so annoying", "bummed", "that stinks", "I feel betrayed", "let down".
    String.raw`\b(?:annoying|annoyance|aggravat\w+|bummed|bummer|stinks|gutting|miserable|sad(?:dened)?|unreal|laughable|shady|betrayed|alienated|cheated|robbed|let\s+down|screwed|embarrass(?:ed|ing)|humiliat\w+|fuming|seething|raging|dreading|nervous|scared|terrified|panic(?:ked|king)?|so\s+over\s+(?:it|this)|over\s+it|done\s+with\s+(?:you|this|it|\w+)|had\s+it\s+(?:with|up\s+to\s+here)|(?:lost|losing)\s+(?:my\s+|all\s+)?(?:patience|faith|trust)|why\s+do\s+(?:you|they)\s+(?:guys\s+)?(?:always|keep|never))\b`,
    // Exasperation and curses as exclamations: "smh", "sigh", "wth", "ffs", "omfg", "jfc", "gave me hell"; not a curse
    // that opens the customer's own slip ("damn, I forgot to cancel", "shit, wrong file").
    String.raw`\b(?:smh|sigh+|wth|tf\s+is|omfg|jfc|argh+|grr+|come\s+on|are\s+you\s+(?:kidding|serious|joking)|you\s+(?:can't|cannot)\s+be\s+serious|kidding\s+me|give\s+me\s+a\s+break|for\s+(?:god's|fuck's|christ's|heaven's|pete's)\s+sake|gave\s+me\s+hell|as\s+hell|bloody\s+\w+|f(?:u|reak|rick|rigg?)(?:c?k)?(?:ing|in')\s+\w+|effing|damn(?:ed|it)?(?![,!.]*\s+(?:i\b|i'|wrong|sorry|my\s+bad))|shit(?:ty)?(?![,!.]*\s+(?:i\b|i'|wrong|sorry|my\s+bad))|crap|bs|bullshit|goddamn\w*)\b`,
    // Blame and scorn at the company or its staff: "shame on you", "not cool", "rude", "the dumbest driver", "#fail".
    String.raw`\b(?:shame\s+on|not\s+cool|so\s+uncool|rudest|rude(?:ly|ness)?|arrogant|unhelpful|disrespectful|condescending|clueless|dumb(?:est)?|stupid(?:est)?|idiot(?:s|ic)?|fools?|clowns?|morons?|liars?|lied\s+to|(?:#)?(?:epic)?fail|you\s+had\s+one\s+job|has\s+one\s+job|drop(?:ped)?\s+the\s+ball|never\s+again|neveragain|never\s+(?:coming|going|flying|shopping|ordering|using)\s+(?:back|again|with)|lost\s+a\s+(?:loyal\s+)?customer|(?:last|final)\s+straw|how\s+is\s+(?:this|that|it)\s+(?:ok|okay|acceptable|fair|legal|possible)|what\s+gives|thanks\s+for\s+(?:nothing|ruining|wasting|making\s+me)|so\s+much\s+for|ruin(?:ed|ing|s)?\s+(?:my|our|the)|can't\s+fathom|fix\s+(?:it|this|your\s+\w+)\s+(?:now|already|asap|immediately)|hurry\s+the\s+\w+\s+up|make\s+this\s+right)\b`,
    // Repetition and waiting, the marks of a customer worn down: "again", "for the third time", "still no reply",
    // "called 4 times", "every single time", "3 hours on hold".
    String.raw`\b(?:(?:down|broken|late|delayed|cancell?ed|crashed|crashing|wrong|charged|happening|happened|failed|missing|out)\s*,?\s+again|again\s*[?!.]*\s*$|yet\s+again|(?:once|twice)\s+again|for\s+the\s+(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|umpteenth|nth|hundredth|millionth|last)\s+time|(?:\d+(?:st|nd|rd|th)|third|fourth|fifth|sixth|seventh)\s+(?:time|call|email|attempt|day|week)|(?:called|emailed|tried|asked|messaged|contacted|rang|phoned|chatted)\s+(?:\w+\s+){0,3}(?:\d+|three|four|five|six|several|multiple|many|so\s+many|numerous|countless)\s+times|every\s+single\s+time|constant(?:ly)?\s+(?:issues|problems|errors|crash\w*|outages?|drop\w*)|still\s+(?:no\s+(?:reply|response|answer|word|update|refund|sign|one|help|news|contact|call)|nothing|waiting)|(?:\d+|two|three|four|five|six|several|many)\s+(?:hours|hrs|days|weeks|months)\s+(?:on\s+hold|waiting|later|now|and\s+(?:still|no|nothing))|waited\s+(?:for\s+)?(?:over\s+|almost\s+|nearly\s+)?(?:\d+|an?|two|three|four|five|several)\s+(?:hours?|hrs|days?|weeks?|months?))\b`,
    // Hashtags of protest: "#comcastsucks", "#epicfail", "#neveragain", "#noresponse".
    String.raw`#\w*(?:sucks|fail|worst|neveragain|noresponse|badservice|poorservice|disappointed|angry|unacceptable|ridiculous|joke|shame|fraud|scam|boycott|ripoff|useless|annoyed|frustrated|notgonnafix|stopthe|fixit)\w*`,
    // An intensifier on something bad: "so slow", "very inconvenient", "completely screwed up", "such a mess".
    String.raw`\b(?:so|very|really|extremely|incredibly|absolutely|completely|totally|utterly|beyond|super|such\s+an?|ridiculously|unbelievably|seriously|truly)\s+(?:bad|slow|poor|inconvenient|annoying|frustrat\w*|disappointing|rude|unhelpful|broken|useless|screwed(?:\s+up)?|messed\s+up|expensive|difficult|confusing|stressful|upsetting|unprofessional|incompetent|sad|tired|fed\s+up|pissed|mad|angry|upset|shitty|crappy|unreliable|inefficient|irritating|unfair|wrong|hopeless|ridiculous|embarrassing|horrendous|poorly|badly|let\s+down|alienated|betrayed|disrespect\w*|mess)\b`,
    // Nobody cares: "no one seems to care", "you guys don't care", "you only care about".
    String.raw`\b(?:no\s*one|nobody|you\s+(?:guys\s+|people\s+|clearly\s+|obviously\s+)?(?:don't|do\s+not|dont|never))\s+(?:seems?\s+to\s+)?(?:cares?|gives?\s+a|listens?|bothers?)\b`,
    String.raw`\bonly\s+care\s+about\b`,
    String.raw`\b(?:don't|doesn't|dont)\s+(?:even\s+)?care\b`,
    // "What is wrong with you", "what kind of service is this".
    String.raw`\bwhat(?:'s|\s+is|\s+the\s+hell\s+is|\s+the\s+heck\s+is)\s+wrong\s+with\s+(?:you|your|this|u|these|them)\b`,
    String.raw`\bwhat\s+kind\s+of\s+\w+(?:\s+\w+)?\s+(?:is\s+this|are\s+you|is\s+that)\b`,
    // "How many more times", "how hard is it", "is it too much to ask".
    String.raw`\bhow\s+(?:many\s+(?:more\s+)?times|much\s+longer|much\s+more|hard\s+(?:is\s+it|can\s+it\s+be)|difficult\s+(?:is\s+it|can\s+it\s+be))\b`,
    String.raw`\btoo\s+much\s+to\s+ask\b`,
    String.raw`\bis\s+it\s+(?:really\s+)?(?:that|so)\s+(?:hard|difficult)\b`,
    // Worn out: "a waste of time", "wasting my time", "I give up", "enough is enough", "I can't even".
    String.raw`\b(?:(?:a\s+)?(?:complete\s+|total\s+)?waste\s+of\s+(?:time|money|my)|wasting\s+(?:my|our)\s+(?:time|money)|i\s+give\s+up|enough\s+is\s+enough|(?:i\s+)?can't\s+even|at\s+my\s+wit'?s?\s+end|sick\s+to\s+death)\b`,
    // Waiting on hold: "on hold for 40 minutes".
    String.raw`\bon\s+hold\s+for\s+(?:over\s+|almost\s+|nearly\s+|another\s+)?(?:\d+|an?|two|three|four|five|forty|thirty|twenty|45|90)\s+(?:hours?|hrs|mins?|minutes)\b`,
    // "Seriously" as exasperation, not "seriously considering" or "seriously good".
    String.raw`\bseriously\b(?!\s+(?:considering|thinking|good|great|love|amazing|impressed|fast|quick|the\s+best))`,
    // Sarcasm: "thanks a lot for nothing", "way to go", "oh great,", "just perfect.", "great job, not", "as usual.".
    String.raw`\b(?:thanks\s+(?:a\s+lot|a\s+bunch|so\s+much)\s+(?:for\s+)?(?:nothing|ruining|wasting|losing|breaking|cancell?ing)|way\s+to\s+(?:go|ruin|lose|break|mess|treat)|oh\s+(?:great|joy|wonderful|lovely|brilliant)(?=,)|just\s+(?:great|perfect|wonderful|brilliant|fantastic)(?=[.!])|love\s+how\s+(?:you|your|i|my|the)|(?:great|good|fantastic|brilliant|excellent|nice)\s+(?:job|work|service|one)[,.!]*\s+(?:not|again|as\s+usual|guys)\b|as\s+usual(?=[.!])|typical\s+(?:of\s+)?\w+)\b`,
    // Distress: "urgently", "stranded", "please help me", "in tears", "freaking out", "ruined".
    String.raw`\b(?:urgent(?:ly)?|emergency|stranded|help\s+me\s+please|please\s+help\s+(?:me|us)|begging\s+(?:you|for)|i\s+beg|in\s+tears|freaking\s+out|losing\s+my\s+mind|ruined)\b`,
    // Exasperated orders that end a sentence: "Fix it.", "Sort it out!", "Do better.", "Get it together".
    String.raw`\b(?:(?:fix|sort)(?<!\b(?:to|i|we|you|they|can|could|do|how|please|pls|me|will|would|i'll|we'll|you'll|should|must|i'd)\s+(?:fix|sort))\s+(?:it|this|that|(?:it|this|yourselves)\s+out)|do\s+better|get\s+(?:it|your\s+(?:act|shit|stuff))\s+together|step\s+(?:it|your\s+game)\s+up)(?=\s*(?:[.!]|$))`,
    // Rhetorical disbelief: "do you even realize", "you're telling me to wait", "y'all gonna tell me", "you expect me to".
    String.raw`\bdo\s+you\s+(?:guys\s+|people\s+)?(?:even\s+(?:realize|realise|know|care|understand|listen|read|check)|realize|realise|care)\b`,
    String.raw`\b(?:you(?:'re|\s+are)|y'all(?:'re)?|yall|so\s+you(?:'re|\s+are))\s+(?:really\s+|seriously\s+|actually\s+|now\s+)?(?:gonna\s+|going\s+to\s+)?tell(?:ing)?\s+me\s+(?:to|that|i|we|my|it|there|you)\b`,
    String.raw`\bare\s+you\s+(?:seriously\s+|really\s+|actually\s+)?telling\s+me\b`,
    String.raw`\bso\s+you(?:'re|\s+are)\s+saying\b`,
    String.raw`\byou\s+(?:really\s+)?expect\s+(?:me|us|people|customers)\s+to\b`,
    // Sarcasm: "not like there's a game tonight or anything", "oh, that's nice", "how does that help me now?".
    String.raw`\bnot\s+like\s+[^.!?]{0,80}?\bor\s+anything\b`,
    String.raw`\boh[,.!]*\s+(?:that's|that\s+is|how|so)\s+(?:nice|great|helpful|lovely|wonderful|brilliant|convenient|useful)(?=\s*(?:\.|\?|$))`,
    String.raw`\bwell[,.]*\s+(?:that's|that\s+is|this\s+is)\s+(?:just\s+(?:great|nice|helpful|lovely|wonderful|brilliant|fantastic|perfect)\b|(?:great|nice|helpful|lovely|wonderful|brilliant|fantastic|perfect)(?=\s*(?:\.|\?|$)))`,
    String.raw`\bhow\s+(?:much\s+)?(?:does|is|will|would)\s+(?:that|this)\s+(?:help|going\s+to\s+help)\b`,
    String.raw`\b#not\b`,
    // Worn down in so many words: "driving me crazy", "doing my head in", "what a shambles".
    String.raw`\b(?:driving\s+me\s+(?:crazy|nuts|mad|insane|up\s+the\s+wall)|doing\s+my\s+head\s+in|(?:a|such\s+a|what\s+a|total|complete|absolute)\s+(?:mess|shambles|farce|circus|clown\s+show|shitshow|joke)|boo+(?=\s+(?:at|to|on|for)\b|\s*[!]))\b`,
    // Worn thin: "this is getting old", "it's getting ridiculous", "every single time I order".
    String.raw`\b(?:this|it|that|things)(?:'s|\s+is|\s+are|'re)\s+getting\s+(?:really\s+|very\s+|so\s+|a\s+bit\s+)?(?:old|ridiculous|silly|out\s+of\s+hand|tiresome|tedious|annoying|frustrating|beyond\s+a\s+joke|worse\s+and\s+worse)\b`,
    String.raw`\bevery\s+(?:single\s+)?time\s+(?:i|we)\b(?=[^.!?]{0,60}\b(?:not|no|never|wrong|missing|late|broken|crash\w*|fail\w*|forget|forgot|have\s+to|error|same)\b)`,
    // Regret at choosing them: "I regret ever switching to you", "I wish I'd never booked".
    String.raw`\bregret\s+(?:ever\s+)?(?:buying|choosing|ordering|flying|booking|signing|switching|getting|using|joining|paying|coming|staying|upgrading)\b`,
    String.raw`\bwish\s+(?:i|we)(?:'d|\s+had)\s+never\b`,
  ],
  unlessBefore: [String.raw`\b(?:not|never|wasn't|isn't|no\s+longer)\s+(?:\w+\s+){0,1}$`],
  examples: {
    flag: [
      'I am so frustrated with this.',
      'That stinks, I was looking forward to it.',
      'Shame on you for treating regulars like this.',
      'My flight got cancelled again.',
      'I have phoned you guys five times about this bill.',
      'Still no word on my replacement card.',
      'Sigh. Another missed delivery.',
      'Whoever designed this menu had one job: you had one job.',
      'Day three of no signal #vodafail',
      'The checkout is so confusing.',
      'Nobody seems to care about my case.',
      'What is wrong with your booking page?',
      'How many more times do I have to send the form?',
      'This chat is a complete waste of time.',
      'Been on hold for 45 minutes now.',
      'Oh great, the lift is out of order again.',
      'We are stranded at the airport with two kids.',
      'This is unacceptable.',
      "I'm sick and tired of waiting.",
      'Ugh, this sucks.',
      'Honestly I am done with this app.',
      'This is a nightmare.',
      'The app logs me out every hour. Fix it.',
      'Honestly, do better.',
      'Do you even read the messages we send?',
      "So you're telling me to wait another week?",
      'You expect me to pay for a second delivery?',
      "It's not like I had plans tonight or anything.",
      "Oh, that's helpful. Thanks.",
      'Well that is just great, the train has gone.',
      'How does that help me now?',
      'You are fraudulently keeping my deposit.',
      'Stealing from your own customers, nice.',
      'This router is driving me crazy.',
      'What a shambles this rollout has been.',
      'Boo to whoever packed this bag!',
      "I've had it up to here with the delays.",
      "I'm losing my patience.",
      'Why do you always cancel the last train?',
      'The service on this route is atrocious.',
      'Losing a passport at the desk is inexcusable.',
      'This is getting really old.',
      'Every single time I order, the sauce is missing.',
      'I regret ever switching to this network.',
      "I wish I'd never booked with you.",
    ],
    pass: [
      'Could you help me reset my password?',
      'Great job, thanks!!',
      "I'm not upset, just curious.",
      'Can I order the same thing again?',
      'It arrived on time, thank you.',
      'Is this the second time slot or the first?',
      'I am seriously considering the yearly plan.',
      'The staff were so friendly.',
      'Great job on the new menu!',
      'Damn, I forgot to add the voucher. Can you apply it?',
      'Can you fix it for me please?',
      'How do I fix it?',
      'Could you please sort it out.',
      'Do you know when the store opens?',
      'You are telling me the best news today!',
      'Is there anything else I need to bring, or anything?',
      'Oh, that is lovely, thank you so much!',
      'Well, that is great news, thanks!',
      'How does this plan work abroad?',
      'Can you warn people about this scam text pretending to be you?',
      'The fireworks were killing it tonight!',
      'Every time I visit, the staff are lovely.',
      'My son is getting old enough for his own phone.',
    ],
  },
});
