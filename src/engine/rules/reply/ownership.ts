import { defineRule } from '../rule.js';

// The agent commits to act on the problem, or reports having acted: "I'll look into this", "let me check", "I've issued
// a refund". "Let me know" asks for input (ask-input); "I will not refund" commits to nothing.
const ACT =
  '(?:be\\s+(?:looking|handling|taking\\s+care|working|following|checking|in\\s+touch|personally|reaching|contacting|sending|reviewing|investigating|monitoring|updating|passing|sharing|escalating|processing)|(?:continue(?:\\s+to)?|keep)\\s+(?:work|working|look|looking|investigat\\w*|monitor\\w*|push\\w*|check\\w*|tr\\w+)|go\\s+from\\s+there|have\\s+(?:this|that|it)\\s+(?:corrected|fixed|resolved|sorted|ready|looked|checked|addressed|taken\\s+care|reviewed|updated|replaced|refunded)|(?:pass|share|forward|relay)\\s+(?:this|that|your|the)\\s+(?:along|feedback|concerns?|issue|details|info|information|suggestion|request|complaint|experience|over|on\\s+to|to|with)|see\\s+(?:it|this)\\s+through|see\\s+to\\s+(?:it|this)|look\\s+after|look\\s+into|investigate|check|review|fix|sort|resolve|handle|take\\s+care|follow\\s+up|get\\s+(?:this|that|it|back|you|a|the|your|someone)|send|issue|process|refund|replace|escalate|update|reach\\s+out|contact|email|ship|arrange|reship|keep\\s+you|make\\s+sure|ensure|work\\s+on|find|credit|cancel|correct|reset|help|assist|dig|be\\s+in\\s+(?:touch|contact)|monitor|track|expedite|confirm|add|apply|restore|reactivate|prioriti[sz]e|personally|call|waive|extend|upgrade|rush|flag|raise|report|chase|push|speak|talk|test|reproduce|reach|investigate|fast-track|open|have\\s+(?:a\\s+(?:look|closer\\s+look|peek|word)|someone|a\\s+(?:member|specialist|technician|tech|supervisor|manager)|our\\s+(?:[a-z]+\\s+)?team|(?:an?|the|our)\\s+(?:[a-z]+\\s+)?(?:engineers?|technicians?|techs?|couriers?|drivers?|team|specialists?|supervisor|manager|agents?|advis[eo]rs?|colleagues?|reps?|representatives?)\\s+(?:out|round|over|call|contact|look|check|visit|collect|come|review|investigate|get|in\\s+touch|reach)))';
/** Verbs after "I'll / I can / I want to" that commit to no action on the problem. */
const NOT_ACTION =
  '(?:not|never|be|have|need|end|close|terminate|disconnect|hang|leave|stop|pause|hate|love|like|miss|see|say|tell|imagine|understand|assure|only|just|apologi[sz]e|thank|admit|guarantee|promise|appreciate|hear|feel|think|recommend|suggest|advise|wish|hope|try\\s+to\\s+be|keep\\s+this|keep\\s+(?:our|my)\\s+fingers|cross|remind|repeat|ask\\s+you\\s+to\\s+(?:stop|keep)|pass\\s+(?:it|this)\\s+on|share\\s+(?:it|this|your\\s+(?:kind|lovely))|talk\\s+soon|let\\s+you\\s+go|confirm\\s+(?:that|the\\s+payment)|meet|chat|carry\\s+on|continue\\s+(?:our|the|this)\\s+(?:conversation|chat)|dm\\s+you|follow\\s+you)';
export default defineRule({
  id: 'ownership',
  description: 'Credits taking ownership and a next step: "I\'ll look into this personally", "let me check".',
  target: 'reply',
  signal: 'ownership',
  kind: 'phrase',
  patterns: [
    String.raw`\b(?:i|we)(?:'ll|\s+will|'m\s+(?:just\s+)?going\s+to|\s+am\s+(?:just\s+)?going\s+to|'re\s+(?:just\s+)?going\s+to|\s+are\s+(?:just\s+)?going\s+to|\s+shall)\s+(?:(?:personally|now|right\s+now|immediately|also|gladly|happily|quickly|definitely|first|then|be\s+sure\s+to|make\s+sure\s+to|go\s+ahead\s+and|right\s+away|today|absolutely|certainly)\s+)*${ACT}\b`,
    // Any other action verb the agent commits to ("I'll book", "I can unlock it", "I want to make this simple"), except
    // verbs that end the conversation, hedge, or only speak.
    String.raw`\b(?:i|we)(?:'ll|\s+will|'m\s+(?:just\s+)?going\s+to|\s+am\s+(?:just\s+)?going\s+to|'re\s+(?:just\s+)?going\s+to|\s+are\s+(?:just\s+)?going\s+to|(?<=i)\s+can|\s+want\s+to|'d\s+like\s+to|\s+would\s+like\s+to)\s+(?:(?:personally|now|also|quickly|first|then|gladly|happily|right\s+away|go\s+ahead\s+and|definitely|certainly)\s+)*(?!${NOT_ACTION}\b)[a-z]{3,}\b(?=\s+(?:it|this|that|your|you|the|a|an|all|them|everything|him|her|up|on|in|out|to|through|back|over|with|for|now|today|right|as|at|by|some|any|one|two|our|my|into)\b)`,
    String.raw`\blet\s+me\s+(?:(?:just|quickly|personally|now|go\s+ahead\s+and)\s+)?(?:check|look|see|find|get|fix|sort|take|help|investigate|review|escalate|make|confirm|dig|follow|handle|reach|talk|speak|pull|correct|update|process|arrange|send|go\s+through|book|set|try|walk|loop|pass|forward|share|raise|flag|have\s+a\s+look|chase|contact|call|log|request|organi[sz]e|pull\s+up|double[- ]check|rebook|refund|replace|cancel|amend|change|pop\s+(?:this|that|it|your)|ask\s+(?!you\b)(?:the|our|my|a|them|him|her))\b`,
    String.raw`\b(?:i|we)(?:'ve|\s+have)\s+(?:(?:already|just|now|personally|also|gone\s+ahead\s+and)\s+)*(?:issued|processed|sent|refunded|escalated|fixed|resolved|updated|credited|reset|arranged|shipped|replaced|corrected|cancell?ed|applied|added|restored|reactivated|forwarded|flagged|raised|opened|created|filed|logged|expedited|waived|extended|upgraded|reshipped|reported|passed\s+(?:this|it|your)|shared\s+(?:this|it|your|the)|let\s+(?:(?:the|our)\s+(?:[a-z]+\s+){1,2}?|them\s+)know|notified|alerted|reached\s+out|followed\s+up|informed|made\s+a\s+note|made\s+(?:(?:the|our)\s+(?:[a-z]+\s+){1,2}?|them\s+)aware|checked|looked\s+into|investigated|reviewed|contacted|booked|rebooked|scheduled|unlocked|removed|re-?sent|set\s+up|taken\s+care|found|reimbursed|moved|changed|merged|restored|recovered|refunded|requested|submitted|placed|ordered|made\s+sure|spoken|talked|asked\s+(?:our|the|my)|been\s+(?:looking|working|checking|investigating|in\s+(?:touch|contact)\s+with)|organi[sz]ed|sorted\s+(?:this|it|that|your|the|out)|actioned|lodged|amended|rectified|dispatched|re-?issued|reinstated|repaired|rescheduled|re-?ordered|reconnected|fed\s+(?:this|it|that|your|the)\b(?:\s+[a-z]+)?\s+back|fed\s+back|had\s+a\s+(?:word|chat)\s+with|had\s+a\s+(?:closer\s+)?look\s+(?:and|into|at\s+(?:your|the|this)\s+(?:account|order|booking|case|details|reservation|ticket|issue|problem|line|payment|claim|records?|notes?|delivery|parcel|bill|statement))|given\s+(?:the\s+[a-z]+|them|our\s+[a-z]+(?:\s+team)?)\s+a\s+(?:call|ring|nudge)|dropped\s+(?:the\s+[a-z]+|them|our\s+[a-z]+)(?:\s+team)?\s+a\s+(?:message|note|line|email)|passed\s+(?:that|on|along|over|the\s+(?:[a-z]+\s+)?(?:on|along|over|to))|got\s+(?:our|the|a|an|someone|my)\s+(?:[a-z]+\s+){0,2}?(?:looking\s+(?:into|at)|working\s+on\s+(?:it|this|that|your|a\s+fix)|checking|investigating|on\s+(?:it|this|the\s+case))|got\s+(?:this|that|it|you)\s+(?:escalated|sorted|booked|rebooked|refunded|arranged|fixed|covered)|put|released|unblocked|approved|re-?enabled|enabled|switched|fast-tracked|chased|confirmed|noted|documented|recorded)\b`,
    // Work under way, also when it goes on: "We're still looking into this", "I'm just checking with the store".
    String.raw`\b(?:i|we)(?:'m|\s+am|'re|\s+are)\s+(?:(?:now|currently|already|actively|personally|still|just|also|urgently|busy|right\s+now|closely|aware(?:\s+of\s+(?:this|it|the\s+[a-z]+))?\s+and(?:\s+are)?)\s+)*(?:working\s+(?:to|hard|diligently|quickly|around\s+the\s+clock|with)|doing\s+(?:our|everything|all|what)|looking\s+(?:into|at)|investigating|working\s+on|checking|(?:right\s+)?(?:on|onto)\s+(?:it|this|the\s+case)|all\s+over\s+(?:it|this)|taking\s+care|trying\s+(?:to\s+(?:get|fix|sort|resolve|restore|find|locate|have|reach|contact)|(?:our|my)\s+(?:very\s+)?(?:best|hardest))|escalating|processing|reviewing|following\s+up|handling\s+(?:this|it|your)|fixing|arranging|sending|issuing|picking\s+(?:this|it|your)|refunding|replacing|booking|rebooking|crediting|reimbursing|chasing|updating|correcting|raising|opening|setting\s+up|submitting|filing|logging|requesting|forwarding|passing\s+(?:this|it|your)|reaching\s+out|contacting|getting\s+(?:this|that|it|you|your)|placing|ordering|sorting)\b`,
    String.raw`\b(?:i|we)(?:'d|\s+would|'ll|\s+will|'m|\s+am|'re|\s+are)\s+(?:be\s+)?(?:(?:more\s+than|very|so)\s+)?(?:happy|glad|pleased)\s+to\s+(?:help|assist|look|check|sort|fix|refund|replace|send|arrange|set|walk|get|take)\b`,
    String.raw`\b(?:leave\s+(?:it|this|that)\s+with\s+(?:me|us)|i'm\s+on\s+(?:it|this)|consider\s+it\s+(?:done|sorted|handled|fixed|taken\s+care\s+of)|you\s+have\s+my\s+word)\b`,
    String.raw`\bi\s+(?:will\s+)?personally\s+(?:make\s+sure|ensure|see\s+to|follow|look|handle|check|take)\b`,
  ],
  unlessBefore: [
    String.raw`\b(?:if|unless|whether|not|never|then|once|after)\s+(?:\w+\s+){0,1}$`,
    // A relative clause ("the features we've added") describes, it does not commit.
    String.raw`\b(?:the|any|all|what|which|that)\s+\w+\s+$`,
    // An offer in a question ("Is there anything I can help with?", "an issue that I can assist you with today?").
    String.raw`\b(?:issues?|anything|something|else|problems?|questions?|concerns?)\s+(?:that\s+)?$`,
  ],
  unlessAfter: [
    // Sending a DM moves the chat, it does not act on the problem: "We've just sent a DM your way".
    String.raw`^\s+(?:you\s+)?(?:a|an)\s+(?:dm|direct\s+message|private\s+message|pm|message)\b`,
  ],
  unlessSentence: [
    // Passing on praise deals with no problem: "We'll pass on your lovely comments", "We'll make sure the crew feels
    // the love for the shout out".
    String.raw`\b(?:kind|lovely|nice|sweet|wonderful|positive|glowing)\s+(?:words|comments?|feedback|message|note|review|tweet)|\bcompliments?\b|\bshout[- ]?outs?\b|\bpraise\b|\bkudos\b`,
  ],
  examples: {
    flag: [
      "I'll look into this personally and get back to you by 3pm.",
      'Let me check with our shipping team.',
      "I've issued a full refund to your card.",
      'We are already investigating the outage.',
      'I will make sure the replacement ships today.',
      "I'd be happy to set up a new account for you.",
      'Leave it with me.',
      "I'll book you a same-day repair at the Market Street store.",
      'I can unlock it for you remotely.',
      "I'm picking this up now.",
      "We've reimbursed your hotel costs.",
      "I'm submitting the request for a new card now.",
      "We'll send you a replacement today.",
      "We're aware of the outage and working to restore service.",
      "I'll have a look at your account.",
      "We'll have someone call you back.",
      "We've shared this with our delivery team.",
      "We'll be sure to pass this along to the store.",
      "We'll continue to monitor the line tonight.",
      "We've reached out to the restaurant.",
      "We'll have that corrected by Monday.",
      "I'll get someone out to look at the boiler.",
      "We'll be in contact as soon as the part arrives.",
      "We're on the case.",
      "We'll have it ready for collection by Friday.",
      "We'll have an engineer round to check the boiler.",
      "We'll have the courier collect it on Monday.",
      "We're still working on getting your card sent out.",
      "I'm just checking your order with the warehouse.",
      "I'm just going to pull up your booking.",
      "We're right on it!",
      "Our team? We're all over this.",
      "Leave this with us.",
      'Consider it handled.',
      "I've organised a new delivery slot for you.",
      "I've actioned a refund for the missing items.",
      "I've lodged a complaint with the local depot.",
      "I've amended the address on your order.",
      "I've fed this back to the station manager.",
      "We've been in touch with the hotel about the room.",
      "I've had a word with the branch.",
      "I've given the store a call about it.",
      "I've passed that on to our network team.",
      "I've got our engineers looking into the fault.",
      "I've got you rebooked on the 6pm flight.",
      'Let me chase the courier for you.',
      'Let me contact the branch for you.',
      'Let me ask the warehouse where it is.',
      "We've let the store manager know.",
      "I've made the depot aware.",
      "We're trying to get the line back up.",
      "We're still trying our best to find your bag.",
    ],
    pass: [
      'Let me know if you have any questions.',
      'I will not be able to refund this order.',
      "We can't change the delivery date.",
      'Your order shipped on Monday.',
      'If we refund it, the license ends.',
      "I'm going to end this chat now.",
      "I'll have to close this conversation if the insults continue.",
      "Thanks so much, I'll pass it on to the team!",
      'I can imagine how stressful that was.',
      "We've just sent you a DM.",
      'Is there anything else I can help with?',
      "I'll meet you there!",
      "We'll pass on your lovely comments to the crew.",
      "We'll keep our fingers crossed for you!",
      "We're still so excited for the launch!",
      "We're busy getting ready for the big day!",
      "We've got the team working on new flavours all summer!",
      "I've had a look at your photos and they're brilliant!",
      'Let me ask you something.',
      'Consider it a thank you from us!',
    ],
  },
});
