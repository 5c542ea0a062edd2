import { defineRule } from '../rule.js';

// Telling an upset person to calm down dismisses their feelings and, reliably, inflames them.
export default defineRule({
  id: 'calm-down',
  description: 'Flags dismissing the customer\'s emotion: "calm down", "you\'re overreacting", "no need to get upset".',
  target: 'reply',
  signal: 'blame',
  finding: {
    severity: 'warning',
    message: 'Telling a customer to calm down dismisses how they feel and usually makes it worse. Acknowledge the feeling instead.',
    replacements: [
      { from: String.raw`^(?:please\s+)?(?:just\s+)?calm\s+down$`, to: 'I understand how frustrating this is' },
      { from: String.raw`^(?:there's\s+)?no\s+need\s+to\s+get\s+(?:so\s+)?(?:upset|angry|worked\s+up)$`, to: 'I can see why this is upsetting' },
    ],
  },
  kind: 'phrase',
  patterns: [
    String.raw`\b(?:(?:please|just)\s+){0,2}calm\s+down\b`,
    String.raw`\b(?:please|just)\s+relax\b`,
    String.raw`\b(?:there's\s+)?no\s+need\s+to\s+(?:get\s+|be\s+)?(?:so\s+)?(?:upset|angry|worked\s+up|emotional|hysterical|rude|aggressive|dramatic)\b`,
    String.raw`\bdon't\s+(?:get\s+)?(?:so\s+)?(?:upset|worked\s+up|emotional|hysterical|dramatic)\b`,
    String.raw`\byou(?:'re|\s+are)\s+(?:overreacting|being\s+(?:unreasonable|dramatic|emotional|hysterical|ridiculous|irrational|childish|difficult))\b`,
    String.raw`\b(?:take\s+a\s+(?:deep\s+)?breath|cool\s+(?:it|down)|chill\s+out|settle\s+down)\b`,
    String.raw`\b(?:stop|quit)\s+(?:yelling|shouting|whining|complaining|screaming)\b`,
    // "Relax, it's only a few minutes late": said first, it tells the customer their worry is too much. It starts on
    // its word and reads the sentence's start in a lookbehind, so the word index finds it (anchors.ts).
    String.raw`\brelax\s*[,.!-](?<=(?:^|[.!?]\s+|\n)relax\s*[,.!-])`,
  ],
  examples: {
    flag: [
      'Please calm down so we can sort this out.',
      'You are overreacting to a small delay.',
      "There's no need to get upset.",
      'Take a deep breath and read the steps again.',
      'Stop shouting at me.',
      "Relax, it's only a few minutes late.",
    ],
    pass: [
      'I understand why you are upset.',
      'The storm has calmed down and deliveries resume today.',
      'Sit back while we ship your order.',
      'Sit back and relax, your refund is on its way.',
      'Relax the filter settings and search again.',
    ],
  },
});
