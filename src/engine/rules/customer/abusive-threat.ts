import { defineRule } from '../rule.js';

// Threats of harm. Threatening to leave, to complain or to sue is a customer's right, not abuse (practice.md).
export default defineRule({
  id: 'abusive-threat',
  description: 'Detects threats of harm against the agent or company.',
  target: 'customer',
  signal: 'abusive',
  kind: 'phrase',
  patterns: [
    String.raw`\b(?:i(?:'ll|\s+will|\s+am\s+going\s+to|'m\s+going\s+to|'m\s+gonna|\s+am\s+gonna|\s+gonna)|someone\s+(?:should|will))\s+(?:come\s+(?:down\s+)?(?:there|to\s+your)|find\s+(?:you|where)|hunt\s+(?:you|down)|track\s+you\s+down|kill|hurt|beat|punch|smash|shoot|stab|burn|destroy\s+you|make\s+you\s+(?:pay|suffer|regret))\b`,
    String.raw`\b(?:i(?:'ll|\s+will|'m\s+going\s+to|\s+am\s+going\s+to|'m\s+gonna|\s+gonna))\s+(?:\w+\s+){0,3}(?:break|smash|punch|kick|stab|shoot|burn\s+down|torch|slap|strangle|hurt|kill|beat\s+up)\s+(?:up\s+)?(?:your|ur|you|his|her|their|the|him|them)\b`,
    String.raw`\b(?:gets?|will\s+get|is\s+going\s+to\s+get)\s+(?:hurt|beaten|killed|stabbed|shot|smacked)\b`,
    String.raw`\b(?:find\s+out\s+)?where\s+(?:you|your\s+\w+|he|she|they)\s+lives?\b`,
    String.raw`\bmake\s+(?:you|him|her|them)\s+(?:pay|suffer|regret)\b`,
    String.raw`\bhope\s+(?:you|your)\s+(?:\w+\s+){0,3}(?:burns?|dies?|rots?|gets?\s+hurt|get\s+cancer|drops?\s+dead)\b`,
    String.raw`\b(?:watch\s+your\s+back|i\s+know\s+where\s+you\s+(?:live|work)|you(?:'ll|\s+will)\s+(?:pay\s+for|regret)\s+(?:this|it)|you(?:'d|\s+had)\s+better\s+watch)\b`,
  ],
  examples: {
    flag: ["Keep charging me and I'll break your manager's nose.", 'I hope your whole bank burns down.', 'I know where you work.', "I'm going to come down there and make you pay.", "You'll pay for this, watch your back."],
    pass: ['I will take my business elsewhere.', 'I am going to contact my lawyer.', "I'll leave a one-star review."],
  },
});
