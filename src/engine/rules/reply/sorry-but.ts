import { defineRule } from '../rule.js';

// "I'm sorry, but ..." takes the apology back in the same breath; the customer hears only what follows "but".
export default defineRule({
  id: 'sorry-but',
  description: 'Flags apologies undone by "but": "I\'m sorry, but that\'s our policy".',
  target: 'reply',
  finding: {
    severity: 'warning',
    message: '"But" cancels the apology before it. End the apology with a full stop, then explain, or say what you can do.',
  },
  kind: 'phrase',
  patterns: [String.raw`\b(?:sorry|apologi[sz]e|apologies)\b[^.!?\n]{0,60}?(?:,|;)?\s+(?:but|however)\b`],
  unlessBefore: [String.raw`\b(?:not|never|no\s+need\s+to\s+(?:be|feel)|don't\s+(?:be|feel))\s+$`],
  unlessAfter: [
    // "sorry for the delay, but good news: ..." turns to good news, it does not take the apology back.
    String.raw`^\s+(?:the\s+)?(?:good\s+news|great\s+news|happily|thankfully|luckily|fortunately|i(?:'ve|\s+have)\s+(?:good\s+news|fixed|sorted|resolved|refunded))\b`,
    // "... but we have fixed it / but I've made sure ...": the but introduces the fix.
    String.raw`^\s+(?:we|i)(?:'ve|\s+have)\s+(?:now\s+|already\s+)?(?:fixed|sorted|resolved|refunded|corrected|issued|sent)\b`,
  ],
  examples: {
    flag: [
      "I'm sorry, but that's our policy.",
      'We apologize for the delay, but we are very busy right now.',
      "Sorry about that; however, you should have read the terms.",
    ],
    pass: [
      "I'm sorry for the delay. Here's what happened.",
      "Sorry for the wait, but good news: your refund went through.",
      "I'm sorry for the trouble, but I've fixed it now.",
      'No need to be sorry, but please keep the receipt.',
    ],
  },
});
