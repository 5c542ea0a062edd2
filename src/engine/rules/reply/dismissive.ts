import { defineRule } from '../rule.js';

// Dismissal: closing the door ("nothing we can do"), hiding behind policy, disowning the problem. Practice: say what
// you CAN do, even one small thing that moves the situation forward.
export default defineRule({
  id: 'dismissive',
  description: 'Flags dismissal: "there\'s nothing we can do", "that\'s just our policy", "not our problem".',
  target: 'reply',
  signal: 'blame',
  finding: {
    severity: 'warning',
    message: 'This closes the door on the customer. Say what you can do, even one small step that moves things forward.',
  },
  kind: 'phrase',
  patterns: [
    String.raw`\bthere(?:'s|\s+is)\s+(?:really\s+|simply\s+|honestly\s+|just\s+|unfortunately\s+)?nothing\s+(?:more\s+|else\s+|further\s+)?(?:we|i)\s+(?:can|could)\s+do\b`,
    String.raw`\bnothing\s+(?:we|i)\s+can\s+do\b`,
    String.raw`\b(?:there's|there\s+is)\s+(?:not\s+(?:much|a\s+lot)|very\s+little|little)\s+(?:more\s+|else\s+)?(?:we|i)\s+(?:can|could)\s+do\b`,
    // "That's just how it is", "that's the way it goes" (but "this is how it works: ..." explains).
    String.raw`\b(?:that's|that\s+is|it's|it\s+is|this\s+is)\s+(?:(?:just|simply|unfortunately)\s+(?:how|the\s+way)\s+(?:it|things|this|that)\s+(?:is|are|works?|goes)|(?:how|the\s+way)\s+(?:it|things)\s+(?:is|are|goes))\b`,
    String.raw`\b(?:that's|that\s+is|it's|it\s+is)\s+(?:just|simply|only)\s+(?:our|the|company)\s+policy\b`,
    String.raw`\b(?:not|isn't|is\s+not)\s+(?:our|my)\s+(?:problem|department|job|concern|responsibility)\b`,
    // Refusing exceptions and disowning: "we can't make exceptions", "that's the seller's responsibility".
    // The first starts on its rare word and reads the rest in a lookbehind (as `lead`, rule.ts), not on "can't".
    String.raw`\bexceptions\b(?<=\b(?<lead>(?:can't|cannot|can\s+not|don't|do\s+not|won't|are\s+unable\s+to|aren't\s+able\s+to)\s+make\s+(?:any\s+)?)exceptions)`,
    String.raw`\b(?:seller|merchant|retailer|carrier|courier|bank|manufacturer|driver|host|vendor|airline|third\s+party)'s\s+responsibility\b`,
    String.raw`\b(?:it's|it\s+is)\s+out\s+of\s+(?:our|my)\s+hands\b`,
    String.raw`\b(?:we|i)\s+(?:can't|cannot|can\s+not)\s+help\s+you\b`,
    String.raw`\b(?:take\s+it\s+or\s+leave\s+it|deal\s+with\s+it)\b`,
    String.raw`\b(?:rules\s+are\s+rules|policy\s+is\s+policy)\b`,
    String.raw`\b(?:that's|that\s+is|it's|it\s+is)\s+(?:our|the|company)\s+policy\s*(?:[.!]|$)`,
    String.raw`\bnot\s+(?:an?\s+(?:bug|issue|problem|error|fault)\s+)?on\s+our\s+(?:side|end)\b`,
    String.raw`\b(?:it's|it\s+is|this\s+is|that's|that\s+is)\s+not\s+our\s+fault\b`,
    // Denying the problem: "there's nothing wrong with your order", "it's working as intended", "that's not true".
    String.raw`\bthere(?:'s|\s+is)\s+nothing\s+wrong\s+with\s+(?:your|the|our|it|this)\b`,
    String.raw`\b(?:is|are|was|were|it's)\s+(?:working|behaving|functioning)\s+as\s+(?:intended|designed|expected)\b`,
    // "That is the expected behaviour", "this is by design": the problem called normal.
    String.raw`\b(?:that's|that\s+is|this\s+is|it's|it\s+is)\s+(?:simply\s+|just\s+|actually\s+)?(?:the\s+)?(?:expected\s+behaviou?r|(?:intended|normal|designed)\s+behaviou?r|by\s+design)\b`,
    // The problem handed elsewhere: "your issue is with the retailer, not with us", "we don't make the rules".
    String.raw`\b(?:issue|problem|complaint|dispute|query)\s+(?:is|lies|would\s+be)\s+with\s+(?:the|your)\s+(?:\w+[,;]?\s+){1,2}?not\s+(?:with\s+)?(?:us|me|our\s+\w+)\b`,
    String.raw`\b(?:we|i)\s+(?:don't|do\s+not)\s+make\s+the\s+(?:rules|polic(?:y|ies)|decisions?)\b`,
    String.raw`\b(?:that's|that\s+is|this\s+is)\s+(?:simply\s+|just\s+|actually\s+)?(?:not\s+true|untrue|not\s+the\s+case|incorrect|false)\b`,
    String.raw`\bwe\s+(?:never|didn't|did\s+not)\s+(?:say|said|promise|promised|claim|claimed|state|stated)\b`,
  ],
  unlessBefore: [String.raw`\b(?:if|not\s+that)\s+(?:\w+\s+){0,2}$`],
  examples: {
    flag: [
      "Unfortunately that's our policy and we can't make exceptions.",
      "That's the seller's responsibility.",
      "It's not our responsibility.",
      "There's nothing we can do about it.",
      "That's just our policy.",
      'Shipping delays are not our problem.',
      "I can't help you with that.",
      'I understand, but rules are rules.',
      "I'm sorry, but that's our policy.",
      "That's just how it works with preorders.",
      "There's not much we can do from here.",
      "There's nothing wrong with your router.",
      'The app is working as intended.',
      "That's simply not true.",
      'We never promised next-day delivery.',
      "There's really nothing else we can do at this point.",
      'That is the expected behaviour when the battery is low.',
      'Your complaint is with the courier, not with us.',
      "We don't make the rules, the bank does.",
    ],
    pass: [
      'We made an exception and refunded the fee.',
      "There's nothing you need to do; the refund is automatic.",
      'Our policy allows returns within 30 days, so I have started one for you.',
      "I can't wait to hear how the launch goes.",
      "This is how it works: open the app, then tap Scan.",
      'If that is not the case, please DM us.',
      "There's nothing wrong with asking!",
      "There's nothing wrong with that at all!",
      "That isn't the expected behaviour, so I've passed it to our engineers.",
      'The problem is with the courier, so we have raised a claim with them for you.',
      'We make the rules simple: returns are free within 30 days.',
    ],
  },
});
