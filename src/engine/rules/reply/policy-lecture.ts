import { defineRule } from '../rule.js';

// Answering a complaint with the rule book: fees the customer is "subject to", deadlines they missed, laws and
// regulations "we follow", "out of our control". The labelling rubric counts this as dismissive ("lectures about policy
// without acknowledging the problem", "you are subject to fees" as the whole answer). Plain information ("refunds take
// five days") is not matched: each pattern needs the wording that puts the rule, not the help, first.
export default defineRule({
  id: 'policy-lecture',
  description: 'Flags answering with policy instead of help: "you are subject to fees", "as per legislation", "out of our control".',
  target: 'reply',
  signal: 'blame',
  finding: {
    severity: 'warning',
    message: 'This answers with the rules instead of the problem, which reads as a lecture. Acknowledge what happened first, then say what you can do within the rules.',
  },
  kind: 'phrase',
  // Each pattern starts on its rarest word and checks the words before it in a lookbehind placed after that word
  // (rule.ts): starting on "you", "we" or "to" would try the pattern at nearly every word of every reply.
  patterns: [
    String.raw`\b(?:subject|liable)(?<=\byou(?:'re|\s+are|\s+will\s+be|'ll\s+be|\s+would\s+be|\s+may\s+be)\s+(?:therefore\s+|still\s+)?(?:subject|liable))\s+to\b`,
    String.raw`\bper(?<=\bas\s+per)\s+(?:the\s+)?(?:legislation|law|regulations?|(?:our\s+)?(?:policy|policies|terms|t&cs|conditions|rules|guidelines))\b`,
    // "We strictly follow EU regulations", and staff defended with the rule book: "the driver followed the instructions".
    String.raw`\b(?:regulations|legislation|laws?|guidelines|procedures?|protocols?|policy|policies|instructions|rules)(?:(?<=\b(?:we|i)\s+(?:do\s+|must\s+|have\s+to\s+|strictly\s+|always\s+)?(?:follow|comply\s+with|adhere\s+to|abide\s+by)\s+(?:all\s+)?(?:[\w-]+\s+){0,2}?(?:regulations|legislation|laws?|guidelines))|(?<=\b(?:crew|staff|team|driver|agent|employee|colleague|representative|courier|pilot|officer|member)s?\s+(?:\w+\s+)?(?:followed|was\s+following|were\s+following|acted\s+in\s+line\s+with)\s+(?:the\s+|our\s+|all\s+)?(?:[\w-]+\s+)?\w+))\b`,
    String.raw`\bwithin(?<=\b(?:must|has\s+to|have\s+to|needs\s+to|need\s+to)\s+be\s+(?:[\w-]+\s+){1,4}?within)\s+(?:\d+|one|two|three|five|seven|ten|fourteen|thirty)\s+(?:hours?|days?|weeks?|months?)\b`,
    String.raw`\b(?:qualify|eligible)(?<=\bto\s+(?:qualify|be\s+eligible))\s+for\b[^.!?\n]{0,40}?\byou\s+(?:would|will|must)\s+(?:have|need)\s+to\b`,
    // "Out of our control", "we have no control over", "we can't exactly control the weather".
    String.raw`\bcontrol(?:(?<=\b(?:out\s+of|outside(?:\s+of)?|beyond)\s+(?:our|my)\s+control)\b|(?<=\b(?:we|i)\s+(?:have|had)\s+no\s+control)\s+over\b|(?<=\b(?:we|i)\s+(?:don't|do\s+not|can't|cannot|can\s+not)\s+(?:exactly\s+|really\s+)?control)\s+(?:the|how|what|when|whether|other|third)\b)`,
    String.raw`\b(?:responsible|liable|accountable)(?:(?<=\b(?:we|i)(?:'re|\s+are|\s+am|'m)\s+not\s+\w+)\s+for\b|(?<=(?:\bnot|n't)\s+(?:something|anything)\s+(?:that\s+)?(?:we|i)(?:'re|\s+are|\s+am|'m)\s+\w+)\s+for\b|(?<=\b(?:we|i)\s+(?:can't|cannot|can\s+not)\s+be\s+held\s+\w+)\b)`,
    // Disowning: "the contract is between you and the seller", "take it up with your bank".
    String.raw`\bbetween\s+you\s+and\s+(?:the|your)\s+(?:seller|merchant|retailer|bank|provider|carrier|driver|host|vendor|third|card\s+issuer|airline)\b`,
    String.raw`\btake\s+(?:it|this|that)\s+up\s+with\b`,
  ],
  // Matches start on the key word ("control", "per"), so the guard reads a few words further back.
  unlessBefore: [String.raw`\b(?:if|whether|not\s+that)\s+(?:[\w']+\s+){0,6}$`],
  examples: {
    flag: [
      'Otherwise you will be subject to a change fee.',
      'A bag costs 10p as per legislation.',
      'We strictly follow EU food regulations with every product.',
      'Claims must be filed in person within 24 hours of landing.',
      'To qualify for the discount you would have to book before May.',
      'Weather delays are beyond our control.',
      'We are not responsible for items left on board.',
      "Lost luggage at a connecting airline isn't something we're responsible for.",
      'Roadworks are outside of our control, so the route has changed.',
      'The sale is between you and the seller.',
      'You will need to take it up with your bank.',
      'We have no control over customs checks.',
      "We can't exactly control the weather.",
      'The driver followed the safe-place instructions on your account.',
    ],
    pass: [
      'Refunds take five days to reach your card.',
      'Please DM us and we will check the fare rules for you.',
      'If this is out of our control we will still help you rebook.',
      'I have extended the window so you can claim within 30 days.',
      'We are responsible for this mistake and will fix it.',
      'Our team is following up with you by email.',
      'You can control the volume from the app.',
    ],
  },
});
