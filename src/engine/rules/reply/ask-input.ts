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
    String.raw`\b(?:could|can|would|will)\s+you\s+(?:please\s+)?(?:send|share|provide|confirm|tell|let|check|try|describe|reply|forward|attach|clarify|give|walk|explain|take|run|restart|update|look|dm|follow|message|reach|contact|call|verify|post|fill|double-check|email)\b`,
    String.raw`\bsend\s+(?:me|us)\s+(?:a|an|the|your)\b`,
    String.raw`\b(?:appreciate\s+it|be\s+(?:great|grateful|helpful))\s+if\s+you\s+(?:could|can|would)\b`,
    String.raw`\b(?:i|we)(?:'ll|\s+will)?\s+need\s+(?:you\s+to\s+(?!keep|stop|be\s+respectful|refrain|calm)|your|a\s+copy|the\s+(?:order|account|reference|serial|receipt))\b`,
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
    ],
  },
});
