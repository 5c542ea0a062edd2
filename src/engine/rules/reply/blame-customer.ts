import { defineRule } from '../rule.js';

// Blaming or lecturing the customer. "You should have received an email" is information, not blame, so "should have"
// only counts with verbs of a duty the customer failed.
export default defineRule({
  id: 'blame-customer',
  description: 'Flags blaming the customer: "you should have read the terms", "that\'s user error".',
  target: 'reply',
  signal: 'blame',
  finding: {
    severity: 'warning',
    message: 'This puts the blame on the customer, which makes them defend themselves instead of working with you. Say what will fix it.',
  },
  kind: 'phrase',
  patterns: [
    String.raw`\byou\s+(?:really\s+|clearly\s+)?(?:should(?:'ve|\s+have)|should\s+not\s+have|shouldn't\s+have|ought\s+to\s+have)\s+(?:read|checked|followed|known|contacted|called|asked|looked|noticed|paid|updated|backed|saved|told|realized|realised|double-checked|reviewed|waited|thought|been\s+more\s+careful|ordered|clicked|done)\b`,
    String.raw`\byou\s+(?:failed|neglected|forgot|didn't\s+bother|did\s+not\s+bother|chose\s+not)\s+to\b`,
    String.raw`\byou\s+(?:clearly\s+|obviously\s+)?(?:didn't|did\s+not|never|don't|do\s+not)\s+(?:read|follow|pay\s+attention\s+to|bother)\b`,
    String.raw`\bif\s+you\s+had\s+(?:read|followed|checked|bothered|paid\s+attention|listened)\b`,
    String.raw`\b(?:it's|it\s+is|that's|that\s+is|this\s+is|this\s+was|that\s+was|it\s+was)\s+(?:(?:entirely|completely|clearly|really|totally)\s+)?your\s+(?:own\s+)?(?:fault|mistake|error|problem|responsibility)\b`,
    String.raw`\buser\s+error\b`,
    String.raw`\b(?:next\s+time|in\s+(?:the\s+)?future),?\s+(?:please\s+)?(?:try|make\s+sure|read|check|remember|double-check|be\s+(?:sure|more\s+careful)|pay\s+attention|follow)\b`,
    String.raw`\bmaybe\s+(?:next\s+time\s+)?(?:try|read|check|look)\b`,
    String.raw`\b(?:perhaps|maybe)\s+if\s+you\s+had\b`,
    String.raw`\bif\s+you\s+(?:read|check(?:ed)?|look(?:ed)?\s+at|followed)\s+(?:the|our)\s+[^.!?\n]{0,40}?\byou(?:'d|\s+would)\s+(?:see|know|have\s+(?:seen|known))\b`,
    String.raw`\bdid\s+you\s+(?:even|actually)\s+(?:try|read|check|look|bother)\b`,
    String.raw`\b(?:not\s+sure|no\s+idea)\s+how\s+you\s+(?:missed|didn't\s+see|overlooked|managed\s+to)\b`,
    String.raw`\bhow\s+(?:did|could)\s+you\s+(?:miss|not\s+(?:see|notice|read))\b`,
    String.raw`\byou\s+need\s+to\s+(?:double-check|read|check|pay\s+attention|be\s+more\s+careful|make\s+sure)\s+(?:\w+\s+){0,4}?before\b`,
    String.raw`\b(?:you\s+are|you're|customers\s+are|players\s+are|users\s+are|guests\s+are|members\s+are)\s+(?:solely\s+|fully\s+|entirely\s+)?responsible\s+for\b`,
    String.raw`\b(?:details|information|address|code|password|email|number|card|data)\s+you\s+(?:entered|provided|gave|typed|used|supplied)\s+(?:was|were|is|are)\s+(?:wrong|incorrect|invalid)\b`,
    String.raw`\byou\s+(?:must\s+have|must've|obviously|clearly)\s+(?:misread|missed|ignored|misunderstood|overlooked|mistyped|entered|typed|selected|chosen|picked|clicked|deleted|forgotten|forgot)\b`,
    String.raw`\b(?:as\s+)?(?:it\s+is\s+|it's\s+)?(?:clearly|plainly|explicitly)\s+(?:stated|written|explained|mentioned)\s+(?:in|on)\s+(?:our|the)\b`,
    String.raw`\byou(?:'re|\s+are)\s+(?:wrong|mistaken|confused)\b`,
  ],
  examples: {
    flag: [
      'You should have read the terms before ordering.',
      'You failed to enter the code at checkout.',
      "That's your own fault for using an old browser.",
      'This is user error, not a bug.',
      'As clearly stated in our FAQ, refunds take 10 days.',
      'You obviously missed the confirmation email.',
      'You must have entered an old card number.',
      'Next time, try our chat instead of calling at lunch.',
      'Players are responsible for checking trades before accepting.',
      'Not sure how you missed it.',
    ],
    pass: [
      'You should have received a confirmation email.',
      'You should have access again within the hour.',
      'You must have been so worried when the card was declined.',
      'It is not your fault at all.',
      "You're right, and I'm sorry.",
    ],
  },
});
