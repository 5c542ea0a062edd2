import { defineRule } from '../rule.js';

// Intent or willingness to act on the customer's problem, short of "I'll fix it": a purpose clause after a request
// ("DM us so we can look into it"), willingness ("we'd be glad to troubleshoot", "we'd love to help", "we should be able
// to help"), joining in ("let us look into that", "let's get this sorted"), effort ("I'll do my best to help"), and
// passing the customer's feedback on ("we'll share the interest with our team"). A bare "we're here to help" commits
// to nothing; "so we can send you a DM" only moves the chat; passing on praise does not deal with a problem.

/** Verbs of acting on a problem, after "so that our team can" and the like. */
const HELP =
  '(?:help|assist|support|look|check|investigate|review|follow\\s+up|take\\s+a|get|sort|fix|resolve|address|escalate|troubleshoot|dig|find|work|make\\s+sure|ensure|correct|process|arrange|refund|replace|reach\\s+out|contact\\s+you)';
/** After "happy / glad / able to": verbs that only speak, see or welcome, and commit to no act. */
const NOT_ACT =
  '(?:hear|see|know|say|report|confirm\\s+that|announce|have(?!\\s+(?:a\\s+(?:look|closer|peek)|someone|a\\s+member|our))|welcome|answer\\s+any|chat|talk|speak|inform|let\\s+you\\s+know|tell|be|clarify|explain|share\\s+(?:that|the\\s+news)|send\\s+you\\s+(?:a|an)\\s+(?:dm|direct|message|private)|dm\\s+you|follow\\s+(?:you|back))';
export default defineRule({
  id: 'ownership-intent',
  description: 'Credits intent to act on the problem: "DM us so we can look into it", "we\'d be glad to troubleshoot".',
  target: 'reply',
  signal: 'ownership',
  kind: 'phrase',
  patterns: [
    // Purpose: "so we can look into this with you", "so I can better assist", "then we can help out from there".
    String.raw`\b(?:so|then)\s+(?:that\s+)?(?:we|i)\s+(?:can|could|may|are\s+able\s+to|will\s+be\s+able\s+to)\s+(?:(?:further|better|best|properly|quickly|then|definitely|happily|gladly|also)\s+)?(?!${NOT_ACT}\b|not\b|continue\b|carry\b|keep\b|connect\s+you\s+with)[a-z]{3,}`,
    String.raw`\band\s+(?:we|i)\s+(?:can|could)\s+(?:(?:further|better|definitely|then)\s+)?${HELP}\b`,
    // A request with its purpose: "Pls DM your confirmation number to take a look", "DM the ticket number for review".
    String.raw`\b(?:dm|message|follow|send|share|provide|confirm|reach\s+out)\b[^.!?]{0,80}?\b(?:to\s+(?:take\s+a\s+(?:closer\s+|further\s+|better\s+|quick\s+)?look|look\s+into|review|investigate)|for\s+(?:review|a\s+(?:closer|further)\s+look|further\s+review))\b`,
    // "DM us your account number to further assist", "In order to better help you, could you ...".
    String.raw`\bto\s+(?:(?:further|better|best|properly)\s+(?:assist|help|investigate|serve)|(?:assist|help)\s+(?:you\s+)?further(?<!able\s+to\s+(?:assist|help)\s+(?:you\s+)?further))\b`,
    String.raw`\bso\s+(?:that\s+)?(?:our|the|a)\s+(?:[a-z]+\s+)?(?:team|specialists?|experts?|agents?|colleagues?)\s+(?:can|could|may|will\s+be\s+able\s+to)\s+(?:(?:further|better|best|properly|quickly)\s+)?${HELP}\b`,
    // Willingness: "we would be glad to troubleshoot", "I´ll be happy to help", "we should absolutely be able to help".
    String.raw`\b(?:i|we)(?:['´]d|\s+would|['´]ll|\s+will|\s+should|['´]m|\s+am|['´]re|\s+are)\s+(?:(?:absolutely|definitely|certainly|always|also|more\s+than|very|so|really|truly|be)\s+){0,3}(?:happy|glad|delighted|pleased|able|willing|ready|keen)\s+to\s+(?:(?:further|gladly|personally|also)\s+)?(?!${NOT_ACT}\b)[a-z]{3,}`,
    // Wanting to act: "we'd love to help", "we absolutely want to follow up", "I'd like to make sure this is addressed".
    String.raw`\b(?:i|we)(?:['´]d|\s+would)\s+(?:love|like)\s+to\s+(?:help|assist)\b`,
    String.raw`\b(?:i|we)(?:['´]d|\s+would|\s+(?:absolutely|definitely|really|truly|do|certainly|just|only))?\s+(?:want|love|like|wish)\s+to\s+(?:(?:personally|quickly|first|further|also)\s+)?(?:help\s+(?:you|with|in|out|if|get|fix|sort|resolve|any)|assist|investigate|look\s+into|take\s+a|check|make\s+(?:sure|this|it|things)|ensure|follow\s+up|do\s+(?:everything|all|whatever|what|our|my)|go\s+over|get\s+(?:this|that|it|you|to\s+the\s+bottom)|sort|fix|resolve|address|escalate|review|dig|figure|have\s+(?:a|someone|our|this|it)|correct|reach\s+out|set\s+(?:this|it|things)\s+right|turn\s+(?:this|it|things)|explore|find\s+(?:a|out|the))\b`,
    String.raw`\b(?:love|like|appreciate|welcome|value)\s+the\s+(?:opportunity|chance)\s+to\s+(?:try|help|assist|look|address|make|fix|investigate|resolve|review|turn|correct|sort|earn|win)\b`,
    // Joining in: "Let us look into that", "Let us help with your Home button", "Let's get this sorted out".
    // Not an offer in a question: "Is there anything we can help with?".
    String.raw`\bwe(?<!\b(?:anything|something|else|issues?|problems?|questions?|what|ways?|if)\s+(?:that\s+)?we)\s+can\s+(?:(?:definitely|certainly|absolutely|surely|also|gladly|happily)\s+)?(?:help|assist|look\s+into|take\s+a\s+(?:closer\s+)?look|check\s+(?:on|into|this|that|it)|sort|fix|have\s+(?:a|someone|our)|arrange|schedule|set\s+(?:up|this|that|it)|get\s+(?:this|that|it|you)|issue|process|refund|replace|send\s+(?:a\s+(?:tech|technician|replacement|new)|someone|out|you\s+a\s+(?:replacement|new|refund))|get\s+(?:a|an)\s+(?:replacement|new|refund|tech|technician|engineer))\b`,
    String.raw`\b(?:let|allow)\s+(?:us|me)\s+(?:to\s+)?(?:look|help|check|investigate|take|dig|find|sort|fix|review|handle|work|follow|assist|figure|see\s+what|get\s+(?:this|that|it|you|things)|chase|contact|escalate|raise|arrange)\b`,
    String.raw`\blet's\s+(?:investigate|get\s+(?:this|that|it|you|things)|team\s+up|look\s+into|dig|figure|fix|sort|take\s+a\s+(?:closer\s+)?look|work\s+(?:on|together|through)|see\s+what\s+we|troubleshoot|solve|resolve|straighten)\b`,
    // Needing, aiming or committing to act: "We need to look into this", "We're looking to get this resolved today",
    // "We aim to have this fixed by Friday", "We're committed to making this right".
    String.raw`\b(?:i|we)(?<!\bif\s+(?:i|we))(?:\s+(?:really|urgently|just|will|definitely))?\s+need\s+to\s+(?:look\s+into|investigate|get\s+(?:this|that|it)\s+(?:sorted|fixed|resolved|looked|checked|escalated|corrected|investigated|addressed|right)|sort|fix|resolve|escalate|take\s+a\s+(?:closer\s+)?look|have\s+a\s+(?:closer\s+)?look|dig|make\s+(?:this|it|things)\s+right|put\s+(?:this|it|things)\s+right|chase|follow\s+up)\b`,
    String.raw`\b(?:i|we)(?:'m|\s+am|'re|\s+are)\s+(?:now\s+|currently\s+)?(?:looking|aiming|planning)\s+to\s+(?:get\s+(?:this|that|it|you|your|the)|have\s+(?:this|that|it|you|your|the)|resolve|fix|sort|restore|make\s+(?:this|it|things)|put\s+(?:this|it|things)|refund|replace)\b|\b(?:i|we)\s+aim\s+to\s+(?:get\s+(?:this|that|it|you|your)|have\s+(?:this|that|it|you|your)|resolve|fix|sort|restore)\b`,
    String.raw`\bcommitted\s+to\s+(?:making\s+(?:this|it|things)|getting\s+(?:this|it|you|your)|fixing|resolving|helping\s+you|finding\s+(?:a|you)|sorting|putting\s+(?:this|it|things))\b`,
    String.raw`\b(?:i|we)(?<!\b(?:anything|something|else|issues?|problems?|questions?|what|ways?|if)\s+(?:that\s+)?(?:i|we))\s+(?:can|could)\s+(?:(?:definitely|certainly|also|quickly|gladly)\s+)?(?:have\s+a\s+(?:closer\s+)?(?:look|peek)|take\s+a\s+(?:closer\s+)?look|look\s+into|investigate|check\s+(?:on|into|this|that|it))\b`,
    // Effort: "I'll do my best to address your concern", "we want to do everything we can", "we'll see what we can do".
    String.raw`\b(?:i|we)(?:['´]ll|\s+will|['´]d|\s+would|\s+want\s+to|\s+will\s+continue\s+to|['´]re\s+going\s+to|\s+always|\s+can)?\s+(?:try\s+to\s+|continue\s+to\s+)?do\s+(?:(?:my|our)\s+(?:very\s+)?best|everything|all|whatever|what)\b`,
    String.raw`\bsee\s+what\s+(?:we|i)\s+can\s+(?:do|suggest|find|offer|arrange|come\s+up|recommend)\b`,
    // Someone is on the way: "a supervisor will contact you", "someone will reach out shortly".
    // Also the one who comes: "An engineer will call you tomorrow", "A courier will collect it", "Your case manager will
    // contact you".
    String.raw`\b(?:someone|(?:a|an|your)\s+(?:supervisor|manager|specialist|representative|rep|agent|technician|tech|colleague|engineer|courier|driver|advis[eo]r|case\s+(?:manager|handler|worker|officer)))\s+(?:from\s+(?:our|the)\s+[a-z]+\s+(?:team\s+)?)?will\s+(?:be\s+)?(?:contact|reach|call|get\s+back|follow|look|review|investigate|in\s+touch|reaching|contacting|calling|out|collect|visit|come\s+(?:out|round|by|to)|pick|fix|repair|replace|be\s+with\s+you)\b`,
    // Work under way: "Thanks for your patience as we work to restore service", "Working on it!".
    // Also one agent checking: "One moment while I check your account", "Bear with me while I look into this", "Before I
    // contact the depot, can you confirm the postcode?".
    String.raw`\b(?:as|while)\s+(?:we|i|our\s+(?:[a-z]+\s+)?team|they|the\s+team)\s+(?:continue\s+to\s+)?(?:work|investigate|look\s+into|resolve|fix|address|restore|get|sort|check|look\s+(?:at|for)|pull\s+up|dig|review|chase|contact|speak\s+to|find\s+out|take\s+a\s+look|have\s+a\s+look|see\s+what)\b`,
    String.raw`\bbefore\s+(?:i|we)\s+(?:contact|call|check|escalate|chase|speak\s+to|look\s+into|investigate|review|raise|refund|rebook|pass\s+(?:this|it)|reach\s+out)\b`,
    // Asking for a moment to act: "Give me a moment to check this", "Give us a few minutes to look into it".
    String.raw`\bgive\s+(?:me|us)\s+(?:a|one|two|a\s+few|a\s+couple(?:\s+of)?)\s+(?:quick\s+)?(?:moments?|minutes?|mins?|secs?|seconds?|mo|bit)\s+(?:to|and\s+(?:i|we)(?:'ll|\s+will))\s+(?:${HELP}|pull|chase|see\s+what)\b`,
    String.raw`\b(?:working\s+on|looking\s+into)\s+(?:it|this|that|a\s+fix)\b`,
    // A commitment in the passive: "Transport will be arranged for her", "you will be refunded".
    String.raw`\bwill\s+be\s+(?:(?:fully|promptly|quickly|gladly)\s+)?(?:arranged|refunded|replaced|reissued|credited|reimbursed|corrected|escalated|investigated|looked\s+into|passed\s+on|forwarded|contacted|processed|sent\s+out|dealt\s+with|actioned|followed\s+up|taken\s+care\s+of)\b`,
    // Sentences without a subject: "Happy to look into this!", "Will look into it".
    String.raw`\b(?:more\s+than\s+)?(?:happy|glad)\s+to\s+(?:look\s+into|take\s+a\s+(?:closer\s+)?look|check\s+(?:on|into|this|that|it)|investigate|sort|fix)\b`,
    String.raw`\bwill\s+(?:(?:definitely|certainly|gladly|happily|also)\s+)?(?:look\s+into|investigate|follow\s+up|get\s+back\s+to\s+you|reach\s+out|continue\s+(?:to\s+)?(?:work|working|assist|assisting|help|helping)|be\s+in\s+touch|keep\s+you\s+(?:posted|updated)|update\s+you|pass\s+(?:this|that|it|your)\s+(?:along|on)|share\s+(?:this|your|the)\s+(?:feedback|interest|concerns?|suggestion))\b`,
    // Engineers at work without "our": "Engineers are working to fix the fault".
    String.raw`\b(?:engineers|technicians|developers|devs)\s+are\s+(?:(?:now|currently|actively|already|still|aware\s+and)\s+)*(?:working\s+(?:on|to|hard)|looking\s+into|investigating|on\s+(?:it|this|the\s+case))\b`,
    // Feedback passed on: "we'll be sure to share the interest", "have shared the feedback", "your feedback has been
    // passed to the management team".
    // Not when the customer is the one passing it on: "please share your feedback", "thanks for sharing your concerns".
    String.raw`\b(?:shar|pass|forward|relay)(?<!\b(?:please|pls|kindly|for|you|you\s+(?:can|could|may|might|should)|free\s+to|welcome\s+to|need\s+to|want\s+to|you\s+to)\s+\w+)(?:e|es|ed|ing)?\s+(?:(?:on|along|back)\s+)?(?:the|your|this|that|these)\s+(?:[a-z]+\s+)?(?:interest|feedback|suggestions?|concerns?|comments?|complaint|experience|thoughts|ideas?|request|report|frustration)\b`,
    String.raw`\b(?:feedback|interest|suggestions?|concerns?|comments?|complaint|request|report|this|it|the\s+issue|your\s+case|the\s+matter)\s+(?:has|have)\s+(?:now\s+|already\s+|also\s+)?been\s+(?:passed|shared|forwarded|sent|escalated|logged|raised|noted|fed\s+back|reported|flagged)\s+(?:on|along|over|to|with|up)\b`,
    // A case opened for the customer: "A ticket has been raised with our engineers", "a callback has been booked".
    String.raw`\b(?:a|an|the|your)\s+(?:[a-z]+\s+)?(?:ticket|case|fault\s+report|claim|investigation|escalation|referral|callback|call\s+back|trace)\s+(?:has|have)\s+(?:now\s+|already\s+|also\s+)?been\s+(?:raised|logged|opened|submitted|filed|created|placed|booked|arranged|requested|made|started)\b`,
    String.raw`\b(?:feedback|interest|suggestions?|concerns?|comments?|complaint)\s+(?:has|have)\s+(?:now\s+|already\s+|also\s+)?been\s+(?:passed|shared|forwarded|escalated|logged|raised|noted|fed\s+back|reported)\b`,
    // Someone on the team acts: "Our team will give it a look and reach out", "a member of our team will be in contact".
    // Also a named colleague: "the store manager will call you back", "our techs are on it", "our crew will take care of it".
    String.raw`\b(?:our|the|a)\s+(?:[a-z]+\s+){0,2}?(?:teams?|specialists?|engineers?|experts?|techs?|technicians?|crews?|department|managers?|supervisors?|staff|colleagues?|representatives?|reps|developers?|devs|member\s+of\s+(?:our|the)\s+(?:[a-z]+\s+)?team)\s+(?:will|is|are|'ll|can|would\s+(?:like|love)\s+to|would(?=\s+be\s+(?:more\s+than\s+|very\s+)?(?:happy|glad|pleased)))\s+(?:(?:now|also|gladly|then|currently|actively|already|be\s+(?:more\s+than\s+|very\s+)?(?:happy|glad|pleased)\s+to|aware(?:\s+of\s+(?:this|it|the\s+[a-z]+))?\s+and)\s+)*(?:give\s+(?:it|this)\s+a\s+look|look\s+(?:into|at)|investigate|review|reach\s+out|be\s+in\s+(?:touch|contact)|contact\s+you|call\s+you|get\s+back|follow\s+up|be\s+(?:looking|working|investigating|reaching|calling|contacting)|looking\s+(?:into|at)|investigating|working\s+(?:on|to|hard)|on\s+(?:it|this|the\s+case)|take\s+care\s+of|sort(?:ing)?\s+(?:it|this|that)|fix(?:ing)?\s+(?:it|this|that)|handl(?:e|ing)\s+(?:it|this|that|your)|reissue|process|take\s+a\s+look|help|assist)\b`,
  ],
  unlessBefore: [
    // The customer is the one at work: "Are you still working on it?".
    String.raw`\b(?:you|you're|are\s+you|were\s+you|is\s+it|it's|it\s+is)\s+(?:still\s+)?$`,
    // An optional offer or a question about one: "if you'd like, we'd be glad to", "is there anything we can".
    String.raw`\b(?:if|unless|whether|not|never)\s+(?:\w+\s+){0,1}$`,
  ],
  unlessSentence: [
    // Passing on praise deals with no problem: "We'll share your kind words with the crew".
    String.raw`\b(?:kind|lovely|nice|sweet|wonderful|positive|glowing)\s+(?:words|comments?|feedback|message|note|review|tweet)|\bcompliments?\b|\bshout[- ]?outs?\b|\bpraise\b|\bkudos\b`,
  ],
  examples: {
    flag: [
      'Please send us your order number so we can look into this for you.',
      'Send us a message so our billing team can help.',
      'Tell us a bit more, then we can help out from there.',
      'We would be glad to set that up for you.',
      "I´ll be happy to help!",
      'We should be able to sort this out today.',
      "We'd love to help.",
      'We absolutely want to follow up on this.',
      "We'd love the chance to make this right.",
      'Let us look into that for you.',
      "Let's get this fixed.",
      "I'll do my best to help.",
      "We'll see what we can do.",
      "We'll be sure to share your suggestion with the product team.",
      'Your feedback has been passed to the store manager.',
      'Our team will look into it and reach out by email.',
      'Meet us in DM and we can check your options.',
      'Please DM your account number to further assist.',
      'Please DM your booking reference to take a look.',
      'We can share the interest with our product team.',
      'We can help with that! Send us a DM.',
      'Our engineers are aware and working to restore service.',
      'Allow us to look into this.',
      'We can send a technician out tomorrow.',
      'A supervisor will contact you within 24 hours.',
      'Happy to look into this for you!',
      'Will look into it and get back to you.',
      'This has been passed on to our network team.',
      'Our support team will be happy to help.',
      'Thanks for your patience as we work to restore service.',
      'Working on it now!',
      'A replacement will be arranged for you.',
      "We've received your DM and will continue working with you there.",
      'The branch manager will call you back this afternoon.',
      'Our techs are on it.',
      'A member of our returns team will take care of it.',
      'Our network team is looking at the outage in your area.',
      'We can get a new card out to you this week.',
      'Our returns team can look into this for you.',
      'One moment while I check the booking.',
      'Hang on while I pull up your account.',
      'Give me a minute to look into this.',
      'Give us a few moments and we will check the line.',
      'We need to look into the charge for you.',
      'We really need to get this sorted for you.',
      "We're looking to have the line restored tonight.",
      'We aim to get this resolved by Friday.',
      "We're committed to making this right.",
      'I can have a look at the account for you.',
      'We could take a look at the order for you.',
      'An engineer will call you tomorrow.',
      'A courier will collect the parcel on Monday.',
      'Your case manager will contact you this week.',
      'Your refund will be processed today.',
      'Let us chase this with the courier.',
      'Before I call the branch, could you tell me the time of the visit?',
      'Our Customer Care team would be more than happy to review it.',
      'A ticket has been raised with the network team.',
      'Engineers are currently working on the fault.',
      'The depot will update you tomorrow, and will update you again on Friday.',
    ],
    pass: [
      "We're here to help!",
      'Follow us so we can send you a DM.',
      'Please share your feedback with us here.',
      "We'll share your kind words with the crew!",
      "We're happy to hear that!",
      "We'd love to hear more about your trip.",
      'Let us know if you need anything.',
      "We're not able to change the fare.",
      "Let's see how it goes.",
      'You can forward the complaint to our office.',
      'Thank you for sharing your concerns.',
      "We'll be able to have them back in stock soon.",
      'Send us a DM to get started.',
      'Is there anything else we can help with?',
      'How can we help?',
      'This has been fixed in the latest update.',
      'Glad to help!',
      'My colleagues in store will be able to assist further.',
      'Are you still working on it?',
      'It will be fixed in a future update.',
      'Upload a proof of address so we can keep your account compliant.',
      'Our team is closed on weekends.',
      'The manager is not available today.',
      'Our engineers are amazing!',
      'We need to get this idea to the chef!',
      "We're committed to low prices every day.",
      'A driver will be at the pickup point at 5pm.',
      'Your case manager will be off until Monday.',
      'Is there anything else I could look into for you?',
      'If we need to look into it further, you will hear from the store.',
      'Before we get into the weekend, enjoy this deal!',
      'Our team would be glad to hear more stories like this!',
      'Engineers are amazing people!',
      'The case has been closed as you asked.',
    ],
  },
});
