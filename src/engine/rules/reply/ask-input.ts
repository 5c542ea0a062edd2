import { defineRule } from '../rule.js';

// The agent asks the customer a question, for details, a preference or a step. Rhetorical, blaming questions ("did you
// even read the email?") are not asking for input; nor is the stock "let me know if you have any questions".
export default defineRule({
  id: 'ask-input',
  description: 'Credits asking for the customer\'s input: "Which option would work best for you?", "Could you send a screenshot?".',
  target: 'reply',
  signal: 'askInput',
  kind: 'phrase',
  patterns: [
    // A request in the question's word order, its "?" often left off on Twitter: "Can you pop your booking reference
    // over in DM", "Would you be able to send a screenshot", "Would you mind DMing us".
    String.raw`\b(?:could|can|would|will)\s+you\s+(?:please\s+|kindly\s+|just\s+|also\s+|quickly\s+)?(?:send|share|provide|confirm|tell|let|check|try|describe|reply|forward|attach|clarify|give|walk|explain|take|run|restart|update|look|dm|follow|message|reach|contact|call|verify|post|fill|double-check|double\s+check|email|drop|pop|grab|include|pass|ping|text|hop|head|go|visit|open|clear|reinstall|uninstall|log|sign|turn|power|unplug|reset|remove|delete|enter|select|tap|click|screenshot|advise|specify|resend|re-send|switch|swap|plug|hold|press|refresh|submit|raise|book|bring|pick|make\s+sure|ensure|see\s+if|mind|be\s+able\s+to|get\s+in\s+touch|speak|talk|write|note|list|test|elaborate|expand|detail|identify|find|locate|search|shoot|hit|add|record|capture|snap|upload|install|download|disable|enable|re-?enter|confirm|outline)\b`,
    // The same request worded around it: "Any chance you could send a photo", "Are you able to DM us", "Is it possible
    // for you to send the label", "Can I grab your postcode", "Can I ask you to DM us".
    String.raw`\b(?:any\s+chance|is\s+there\s+any\s+(?:chance|way))\s+you\s+(?:could|can|would|might)\b`,
    String.raw`\b(?:are|were)\s+you\s+able\s+to\b|\bis\s+it\s+possible\s+(?:for\s+you\s+)?to\s+(?:send|share|provide|confirm|get|dm|check|try|email|forward|give)\b`,
    String.raw`\b(?:can|could|may)\s+(?:i|we)\s+(?:please\s+|just\s+|quickly\s+)?(?:(?:grab|get|take|have|borrow|request)\s+(?:your|the|a\s+(?:copy|photo|picture|screenshot|few|quick)|some|a\s+few)|ask\s+(?:you\s+to|that\s+you|for))\b`,
    // A question for a detail without its "?": "What's your order number and I'll check".
    String.raw`\bwhat(?:'s|\s+is|\s+was)\s+(?:your|the)\s+(?:[a-z']+\s+){0,2}?(?:number|reference|ref|postcode|zip(?:\s+code)?|email(?:\s+address)?|address|username|user\s+name|model|handle|id)\b`,
    String.raw`\bsend\s+(?:me|us)\s+(?:a|an|the|your)\b`,
    String.raw`\b(?:appreciate\s+it|be\s+(?:great|grateful|helpful))\s+if\s+you\s+(?:could|can|would)\b`,
    // Details the agent needs: "We'll need your order number", "We'd need you to send proof of purchase", "We need a
    // few details from you", "We'll need to see the receipt". Not "if we need more info, we'll reach out".
    String.raw`\b(?:i|we)(?<!\bif\s+(?:i|we))(?:'ll|\s+will|'d|\s+would)?\s+(?:just\s+|first\s+|also\s+|still\s+)?need\s+(?:you\s+to\s+(?!keep|stop|be\s+respectful|refrain|calm)|your|a\s+copy|the\s+(?:order|account|reference|serial|receipt)|(?:a\s+few|some|a\s+bit\s+(?:of|more)|a\s+little|a\s+couple(?:\s+of)?|more|further|additional|a\s+few\s+more)\s+(?:more\s+)?(?:details|info|information|bits|specifics)|to\s+(?:know|see|get|have|confirm)\s+(?:your|the|which|what|a\s+(?:copy|photo|picture|screenshot)|some|more|if|whether|when|where))\b`,
    String.raw`\bwould\s+you\s+(?:prefer|like|rather)\b`,
    // "Please" / "kindly" before any verb asks for a step, except courtesies that ask for nothing ("please accept our
    // apologies", "please be assured", "please note"), the limits of conduct and the optional "don't hesitate". "Please
    // let us know" is left to ask-input-request, which tells a request from a sign-off.
    String.raw`\b(?:please|pls|plz|kindly)(?<!'(?:please|pls|plz|kindly))\s+(?:(?:do|just|also|now|simply|first|then|go\s+ahead\s+and)\s+)?(?!(?:be|accept|bear|note|know|rest|excuse|forgive|pardon|understand|enjoy|stay|have|take\s+care|keep\s+(?:it|this|things|the|your\s+language)|stop|refrain|calm|don't|do\s+not|never|allow|see|feel|look\s+forward|hold|wait|give\s+us|let\s+(?:me|us)\s+know)\b)[a-z]{2,}`,
    String.raw`\blet\s+(?:me|us)\s+know\s+(?:which|what|how|when|where|whether|if\s+(?:you(?:'d|\s+would)\s+(?:prefer|like)|that\s+works|this\s+works|the|it|you\s+(?:still|can|could|are|were|see|get))|your)\b`,
    String.raw`\b(?:i|we)(?:'d|\s+would)\s+(?:love|like)\s+to\s+(?:know|hear|understand|learn|(?:have|get|receive)\s+(?:a\s+few\s+|some\s+|a\s+bit\s+)?(?:more\s+)?(?:details|info|information))\b`,
    // Steering the customer to a step: "You'd need to contact our Aftersales team", "We'd recommend reaching out to the
    // chat team", "I'd advise returning the product".
    String.raw`\byou(?<!\b(?:if|when|whenever|should)\s+you)(?:'d|\s+would|'ll|\s+will)?\s+(?:need|have|want)\s+to\s+(?:contact|reach|speak|call|visit|go|submit|file|use|update|restart|check|try|send|provide|log|sign|return|bring|take|request|follow|fill|complete|dm|message|email|click|select|enter|reset|change|book|apply|get\s+in\s+touch|talk|head|raise|report|clear|reinstall|download|install|open)\b`,
    // The step as the best way: "Your best bet is to contact the seller", "It's best to speak to the store", "The
    // quickest way to sort this is to call our team", "I'd ask that you contact your bank first".
    String.raw`\b(?:(?:your|the)\s+(?:best|quickest|easiest|fastest|simplest)\s+(?:bet|option|way|route)(?:\s+to(?:\s+[a-z']+){1,4}?)?\s+(?:is|would\s+be|will\s+be)\s+to|(?:it's|it\s+is|it'd\s+be|it\s+would\s+be)\s+(?:best|better)\s+to|(?:i|we)(?:'d|\s+would)\s+ask\s+(?:that\s+you|you\s+to))\s+(?:please\s+)?(?:contact|reach|speak|call|visit|go|submit|file|use|update|restart|check|try|send|provide|log|sign|return|bring|take|request|follow|fill|complete|dm|message|email|reset|raise|report|clear|reinstall|talk|get\s+in\s+touch|head|pop|give\s+(?:us|them|our)|drop)\b`,
    String.raw`\b(?:i|we)(?:'d|\s+would|\s+do|\s+strongly|\s+highly|\s+always)?\s+(?:recommend|suggest|advise|encourage)\s+(?:you\s+|that\s+you\s+)?(?:to\s+)?(?:[a-z]+ing|contact|reach|speak|call|visit|go|submit|file|use|update|restart|check|try|send|provide|log|sign|return|bring|take|request|follow|fill|complete|dm|message|email|change|reset|clear)\b`,
    // Checking in on the customer: "Just checking in to see if you are still having issues".
    String.raw`\b(?:checking|following)\s+(?:in|up|back)\s+to\s+(?:see|check|ask|find\s+out|confirm)\s+(?:if|whether|how|what|that)\b`,
    String.raw`\bif\s+you\s+(?:could|can)\s+(?:send|share|provide|confirm|tell|reply|forward)\b`,
    // Any question to the customer: "Is it still failing?", "Anything else I can help with?". Found by its "?" (a
    // rare character) and not by the spaces before it, which the lookbehind reads as the match's `lead`. Only this
    // pattern can match at a "?" or a space, the others start on a word, so its place in the list changes nothing.
    String.raw`\?(?<=[a-z0-9)"'](?<lead>\s*)\?)`,
  ],
  // The sentence-long patterns above are found by their "?" and shown as the whole question.
  span: 'sentence',
  unlessSentence: [
    String.raw`\b(?:did|do|have)\s+you\s+(?:even|actually|ever|not)\b`,
    String.raw`\b(?:don't|didn't|haven't|can't|won't)\s+you\b`,
    String.raw`\bwhy\s+(?:didn't|don't|did|would|do|are|were)\s+you\b`,
    String.raw`\blet\s+(?:me|us)\s+know\s+if\s+(?:you\s+have\s+any|there\s+(?:is|are)\s+any)\b`,
    String.raw`\bhow\s+(?:many\s+times|hard\s+is\s+it|could\s+you\s+(?:miss|not))\b`,
    String.raw`\b(?:are\s+you\s+(?:even|serious|kidding)|what\s+(?:did\s+you|do\s+you)\s+expect)\b`,
  ],
  examples: {
    flag: [
      'Could you send me a screenshot of the error?',
      'Which option would work best for you?',
      'Would you prefer a refund or a replacement?',
      'Please confirm the email address on the account.',
      'Let me know which date suits you.',
      'Is the error still showing after the restart?',
      'Anything else I can help with?',
      'Please file a police report and send us the reference number.',
      'Is it working again ?',
      'Could you send it?',
      'Which plan (monthly or yearly)?',
      'Kindly DM us the booking number.',
      "You'd need to contact the airline directly.",
      "We'd recommend reaching out to the chat team.",
      'Just checking in to see if you still need help with the router.',
      'Can you pop the tracking number over in DM for us',
      'Would you mind resending the invoice.',
      'Would you be able to share the confirmation email with us.',
      'Any chance you could take a photo of the meter',
      'Are you able to try it on a different browser for us.',
      'Is it possible for you to send the serial number from the box.',
      'Can I grab the name on the booking please',
      'May I have your membership number',
      'Can I ask you to restart the app once more.',
      "We'd need you to send a copy of the bank statement.",
      'We need a few more details to find the parcel.',
      "We'll need to see the receipt first.",
      'Your best bet is to call the hotel directly.',
      "It's best to speak to the branch about a mortgage.",
      'The easiest way to change it is to log in on the website.',
      "I'd ask that you return the card to any branch.",
      "What's your account number and we'll check the line",
      "What is the hotel's address and we'll contact them",
    ],
    pass: [
      'Let me know if you have any other questions.',
      'Did you even read my last email?',
      'Why didn’t you check the spam folder?',
      'Here is how the export works.',
      'We shipped it on Monday.',
      'Press Shift+? to see the shortcuts.',
      'Please accept our apologies for the delay.',
      "If you had put the 'Please clean' sign out, the room would have been cleaned.",
      'If we need more information, we will be in touch.',
      "It's best to book early for the holidays.",
      'The best way to enjoy it is chilled.',
      'Can I say how lovely it is to hear that.',
      'What a great photo',
    ],
  },
});
