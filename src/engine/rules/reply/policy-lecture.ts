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
  patterns: [
    String.raw`\byou(?:'re|\s+are|\s+will\s+be|'ll\s+be|\s+would\s+be|\s+may\s+be)\s+(?:therefore\s+|still\s+)?(?:subject|liable)\s+to\b`,
    String.raw`\bas\s+per\s+(?:the\s+)?(?:legislation|law|regulations?|(?:our\s+)?(?:policy|policies|terms|t&cs|conditions|rules|guidelines))\b`,
    String.raw`\b(?:we|i)\s+(?:do\s+|must\s+|have\s+to\s+|strictly\s+|always\s+)?(?:follow|comply\s+with|adhere\s+to|abide\s+by)\s+(?:all\s+)?(?:[\w-]+\s+){0,2}?(?:regulations|legislation|laws?|guidelines)\b`,
    String.raw`\b(?:must|has\s+to|have\s+to|needs\s+to|need\s+to)\s+be\s+(?:[\w-]+\s+){1,4}?within\s+(?:\d+|one|two|three|five|seven|ten|fourteen|thirty)\s+(?:hours?|days?|weeks?|months?)\b`,
    String.raw`\bto\s+(?:qualify|be\s+eligible)\s+for\b[^.!?\n]{0,40}?\byou\s+(?:would|will|must)\s+(?:have|need)\s+to\b`,
    String.raw`\b(?:out\s+of|beyond)\s+(?:our|my)\s+control\b`,
    String.raw`\b(?:we|i)\s+(?:have|had)\s+no\s+control\s+over\b`,
    String.raw`\b(?:we|i)\s+(?:don't|do\s+not|can't|cannot|can\s+not)\s+(?:exactly\s+|really\s+)?control\s+(?:the|how|what|when|whether|other|third)\b`,
    // Defending the staff with the rule book: "the driver followed the safe-place instructions".
    String.raw`\b(?:crew|staff|team|driver|agent|employee|colleague|representative|courier|pilot|officer|member)s?\s+(?:\w+\s+)?(?:followed|was\s+following|were\s+following|acted\s+in\s+line\s+with)\s+(?:the\s+|our\s+|all\s+)?(?:[\w-]+\s+)?(?:procedures?|protocols?|policy|policies|guidelines|instructions|rules|regulations)\b`,
    String.raw`\b(?:we|i)(?:'re|\s+are|\s+am|'m)\s+not\s+(?:responsible|liable|accountable)\s+for\b`,
    String.raw`\b(?:we|i)\s+(?:can't|cannot|can\s+not)\s+be\s+held\s+(?:responsible|liable|accountable)\b`,
    // Disowning: "the contract is between you and the seller", "take it up with your bank".
    String.raw`\bbetween\s+you\s+and\s+(?:the|your)\s+(?:seller|merchant|retailer|bank|provider|carrier|driver|host|vendor|third|card\s+issuer|airline)\b`,
    String.raw`\btake\s+(?:it|this|that)\s+up\s+with\b`,
  ],
  unlessBefore: [String.raw`\b(?:if|whether|not\s+that)\s+(?:\w+\s+){0,3}$`],
  examples: {
    flag: [
      'Otherwise you will be subject to a change fee.',
      'A bag costs 10p as per legislation.',
      'We strictly follow EU food regulations with every product.',
      'Claims must be filed in person within 24 hours of landing.',
      'To qualify for the discount you would have to book before May.',
      'Weather delays are beyond our control.',
      'We are not responsible for items left on board.',
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
