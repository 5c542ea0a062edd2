import { defineRule } from '../rule.js';

// "Sorry if ..." makes the harm hypothetical: the customer hears that we doubt anything went wrong.
export default defineRule({
  id: 'non-apology-conditional',
  description: 'Flags conditional apologies: "sorry if you were inconvenienced", "we apologize if there was confusion".',
  target: 'reply',
  signal: 'nonApology',
  finding: {
    severity: 'warning',
    message: 'A conditional apology ("sorry if…") doubts that anything went wrong. Apologize for what actually happened.',
  },
  kind: 'phrase',
  patterns: [
    String.raw`\b(?:sorry|apologi[sz]e|apologies|regret\s+it)\s+if\b`,
    String.raw`\bif\s+(?:you|anyone|anybody|someone)\s+(?:was|were|felt|feel|are|got)\s+(?:\w+\s+)?(?:offended|upset|hurt|inconvenienced|bothered|confused|misled|disappointed)\b[^.!?\n]{0,40}?\b(?:sorry|apologi[sz]e|apologies)\b`,
    String.raw`\bif\s+(?:anyone|anybody|someone|people|you)\s+(?:was|were|felt|feel|got|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:offended|hurt)\b`,
    String.raw`\bto\s+the\s+extent\s+that\s+[^.!?\n]{0,60}?\b(?:sorry|apologi[sz]e|apologies)\b`,
  ],
  examples: {
    flag: [
      "I'm sorry if you were inconvenienced by the outage.",
      'We apologize if there was any confusion about the pricing.',
      'If anyone was offended by the email, we apologize.',
      'If you felt hurt by the wording, that was never the intent.',
      'Apologies if my last message was unclear.',
    ],
    pass: [
      "I'm sorry the outage stopped your team from working this morning.",
      'If the refund has not arrived by Friday, let me know and I will chase it.',
      'We apologize for the confusion about the pricing.',
    ],
  },
});
