import { defineRule } from '../rule.js';

// Brushing the customer off: pointing an unhappy customer elsewhere, or leaving it to them to come back, instead of
// dealing with what they said ("if you're unhappy with that, you can contact our complaints team", "if you change your
// mind, let us know", "feel free to shop elsewhere"). The labelling rubric counts dismissal as blame_or_dismissive.
export default defineRule({
  id: 'brush-off',
  description: 'Flags brushing the customer off: "if you\'re unhappy, contact our website", "feel free to shop elsewhere".',
  target: 'reply',
  signal: 'blame',
  finding: {
    severity: 'warning',
    message: 'This sends the customer away. Deal with what they said here, or say what you will do for them.',
  },
  kind: 'phrase',
  patterns: [
    // "If you're (still) unhappy with ...", "if you are not satisfied with our answer".
    String.raw`\bif\s+you(?:'re|\s+are|\s+were|\s+remain)\s+(?:still\s+)?(?:unhappy|dissatisfied|not\s+(?:happy|satisfied|content))\b`,
    String.raw`\bif\s+you\s+(?:ever\s+)?change\s+(?:you're|your|ur)\s+mind\b`,
    String.raw`\b(?:feel\s+free|you(?:'re|\s+are)\s+(?:welcome|free))\s+to\s+(?:shop|go|look|take\s+your\s+(?:business|custom))\s+elsewhere\b`,
    String.raw`\b(?:shop|go|look|take\s+your\s+(?:business|custom))\s+elsewhere\s+(?:if|then)\b`,
    String.raw`\byou\s+(?:can|could|may)\s+(?:always\s+)?(?:shop|go|look|take\s+your\s+(?:business|custom))\s+elsewhere\b`,
    // Minimizing: "these things happen", "it happens.", "no big deal".
    String.raw`\b(?:these|such)\s+things\s+(?:can\s+|do\s+|will\s+)?happen\b`,
    String.raw`\bit\s+happens(?=\s*[.!,]|\s*$)`,
    String.raw`\bno\s+big\s+deal\b`,
    // "Crashes happen sometimes", "delays can happen from time to time".
    String.raw`\bhappens?\s+(?:sometimes|from\s+time\s+to\s+time|occasionally|now\s+and\s+then|on\s+occasion)\b(?<=\b(?:crashes|delays|mistakes|errors|outages|glitches|issues|problems|things|accidents|it|this|that|bugs|cancellations)\s+(?:can\s+|do\s+|will\s+|may\s+)?happens?\s+\w+(?:\s+\w+){0,3})`,
    // Withholding without a next step: "we won't be able to provide any updates".
    String.raw`\b(?:will\s+not|won't)\s+be\s+able\s+to\s+(?:provide|give|offer|share)\s+(?:you\s+)?(?:any|further|more)\b`,
  ],
  examples: {
    flag: [
      "If you're unhappy with the outcome, you can write to our head office.",
      'If you are not satisfied with our answer, please use the form on our website.',
      'If you change your mind just let us know.',
      'Feel free to take your business elsewhere.',
      'You can always shop elsewhere.',
      'These things happen with busy routes.',
      "It happens. We'll see you next time.",
      'Delays can happen from time to time on this route.',
      "We won't be able to provide any further information.",
    ],
    pass: [
      "We're sorry you're unhappy, I'll look into the charge now.",
      'Happy to help if you have other questions.',
      'It happens to be our busiest week of the year.',
      'Let us know if it happens again.',
      'We will be able to provide an update tomorrow.',
      "If you'd like to change your seat, tap Manage Booking.",
    ],
  },
});
