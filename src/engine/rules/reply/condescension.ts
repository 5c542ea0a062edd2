import { defineRule } from '../rule.js';

// Condescension, sarcasm and minimising: words that talk down to the customer or shrink their problem.
export default defineRule({
  id: 'condescension',
  description: 'Flags talking down or minimising: "obviously you", "it\'s not that hard", "with all due respect".',
  target: 'reply',
  signal: 'blame',
  finding: {
    severity: 'warning',
    message: 'This talks down to the customer or shrinks their problem. Drop it and keep to what helps.',
  },
  kind: 'phrase',
  patterns: [
    String.raw`\b(?:obviously|clearly),?\s+you\b`,
    String.raw`\bas\s+(?:anyone|everyone|anybody)\s+(?:knows|can\s+see|would\s+know)\b`,
    String.raw`\b(?:it's|it\s+is|this\s+is|that's|that\s+is)\s+(?:really\s+|honestly\s+)?not\s+(?:that\s+|so\s+|very\s+)?(?:hard|difficult|complicated|complex|a\s+big\s+deal)\b`,
    String.raw`\bwith\s+all\s+due\s+respect\b`,
    // "This was clearly stated at checkout": the customer told they should have seen it (not "wasn't clearly shown").
    String.raw`\bclearly\s+(?:stated|shown|displayed|marked|listed|explained|written|mentioned|outlined|signposted|labell?ed|advertised|indicated)\b(?<!(?:\bnot|n't|\bnever)\s+clearly\s+\w+)(?<=\b(?:is|are|was|were|been|be|it's|that's|this's)\s+(?:\w+\s+)?clearly\s+\w+)`,
    String.raw`\b(?:it's|it\s+is|that's|that\s+is)\s+(?:only|just)\s+(?:a\s+)?(?:minor|small|tiny|little)\s+(?:issue|problem|delay|thing|inconvenience|bug)\b`,
    String.raw`\bthanks\s+for\s+nothing\b`,
    String.raw`\bgood\s+luck\s+with\s+that\b`,
    String.raw`\belse\b(?<=\b(?<lead>(?:wait|queue|line\s+up|pay|follow|apply|book|call)\s+(?:\w+\s+){0,3}like\s+every(?:one|body)\s+)else)`,
    String.raw`\bif\s+you\s+(?:had\s+)?(?:bothered|cared)\s+to\b`,
    String.raw`\b(?:any|a)\s+(?:child|kid|five-year-old)\s+could\b`,
    // Talking down: "do you even know what a browser is?", "let's go slowly".
    String.raw`\bdo\s+you\s+(?:even\s+)?know\s+what\s+(?:a|an)\s+[\w-]+(?:\s+[\w-]+)?\s+is\b`,
    String.raw`\blet's\s+(?:go|take\s+(?:it|this))\s+(?:really\s+|very\s+|nice\s+and\s+)?slow(?:ly)?\b`,
  ],
  examples: {
    flag: [
      'Do you even know what a router is?',
      "You'll have to wait like everyone else.",
      "OK, let's go slowly this time.",
      'Obviously you did not save the file.',
      "It's really not that hard to reset a password.",
      'With all due respect, the app works fine.',
      "It's just a minor delay.",
      'The fee was clearly stated in your contract.',
      'The cut-off time is clearly displayed on the product page.',
    ],
    pass: ['Setting this up is easy: open Settings, then Security.', "It's not your fault.", 'Clearly the label was wrong; I have fixed it.', 'Do you know what time the store opens?', 'We love it, like everyone else!', "Let's take it step by step.", "Sorry, the fee wasn't clearly shown at checkout; I've refunded it.", 'We have clearly failed you here.'],
  },
});
