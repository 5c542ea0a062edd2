import { defineRule } from '../rule.js';

// An apology aimed at how the customer feels, not at what happened, puts the problem in their head.
export default defineRule({
  id: 'non-apology-feelings',
  description: 'Flags apologies aimed at the customer\'s feelings: "sorry you feel that way", "sorry you\'re upset".',
  target: 'reply',
  signal: 'nonApology',
  finding: {
    severity: 'warning',
    message: 'This apologizes for the customer\'s feelings, not for the problem. Name what went wrong and apologize for that.',
    replacements: [{ from: String.raw`^sorry\b.*$`, to: "sorry about what happened" }],
  },
  kind: 'phrase',
  patterns: [
    String.raw`\b(?:sorry|apologi[sz]e|apologies)\s+(?:to\s+(?:hear|see|learn)\s+)?(?:that\s+)?you\s+(?:feel|felt|think|thought|see\s+it|saw\s+it|perceive[ds]?|took\s+(?:it|offen[cs]e))\b(?:\s+(?:that\s+way|like\s+that|this\s+way))?`,
    String.raw`\b(?:sorry|apologi[sz]e|apologies)\s+(?:to\s+(?:hear|see)\s+)?(?:that\s+)?(?:that's|that\s+is|this\s+is)\s+how\s+you\s+(?:feel|felt|see\s+it|view\s+it)\b`,
    String.raw`\b(?:sorry|apologi[sz]e|apologies)\s+(?:to\s+(?:hear|see|learn)\s+)?(?:that\s+)?you(?:'re|\s+are|\s+were|\s+got|'ve\s+been|\s+have\s+been)\s+(?:so\s+|feeling\s+)?(?:upset|unhappy|offended|frustrated|disappointed|annoyed|angry|dissatisfied|displeased|feeling\s+(?:that\s+way|upset|unhappy))\b`,
    String.raw`\b(?:sorry|apologi[sz]e|apologies)\s+(?:for|about)\s+how\s+you\s+(?:feel|felt|are\s+feeling)\b`,
    String.raw`\b(?:sorry|apologi[sz]e|apologies)\s+(?:for|about)\s+(?:any|your)\s+hurt\s+feelings\b`,
    // Sorry for the feeling, not its cause: "sorry for the frustration", "we apologize for your disappointment".
    String.raw`\b(?:sorry|apologi[sz]e|apologies|apology)\s+(?:for|about)\s+(?:the|your|this|that|all\s+(?:the|your|this|that))\s+(?:(?:understandable|obvious|added|extra)\s+)?(?:frustrations?|upset|disappointment|annoyance|anger|distress|worry|worries|stress|anxiety|unhappiness|aggravation|irritation|dissatisfaction)\b`,
    String.raw`\b(?:sorry|apologi[sz]e|apologies)\s+(?:that\s+)?(?:\w+\s+){0,4}?left\s+you\s+feeling\b`,
    String.raw`\b(?:sorry|apologi[sz]e|apologies)\s+(?:that\s+)?you\s+(?:didn't|did\s+not)\s+(?:enjoy|like|love|appreciate)\b`,
    // Regret that other people reacted: "sorry that my comments offended some people", "apologize to anyone offended".
    String.raw`\b(?:sorry|apologi[sz]e|apologies|regret)\s+(?:that\s+)?[^.!?\n]{0,50}?\b(?:offended|upset|hurt)\s+(?:some\s+|any\s+|other\s+|a\s+few\s+)?(?:people|anyone|anybody|folks|others|readers|customers|users|some)\b`,
    String.raw`\b(?:sorry|apologi[sz]e|apologies)\s+to\s+(?:anyone|anybody|those|everyone|people|whoever)\s+(?:who\s+(?:was|were|felt|may\s+have\s+been|might\s+have\s+been|is|are)\s+)?(?:\w+\s+)?(?:offended|upset|hurt)\b`,
    String.raw`\b(?:sorry|apologi[sz]e|apologies|regret)\s+that\s+(?:\w+\s+){0,6}?(?:found|find|felt|feel)\s+(?:\w+\s+){0,3}?(?:offensive|upsetting|hurtful|insulting)\b`,
  ],
  examples: {
    flag: [
      "I'm sorry you feel that way.",
      "We're sorry that you were upset by our response.",
      'Sorry you took offense at the reminder.',
      'I apologize for how you feel about the new plan.',
      'We apologize to anyone who was offended by the newsletter.',
      "I'm really sorry for the frustration, Sam.",
      "Sorry to hear you're disappointed with the upgrade.",
      'Sorry to hear you feel that way about the menu.',
      "We're sorry that's how you feel.",
      'We are sorry you have been frustrated by the app.',
      'We apologize for your disappointment with the new menu.',
      'Apologies for all the stress, we will look again.',
    ],
    pass: [
      "I'm sorry you were charged twice.",
      "Sorry to hear you're having trouble with the upgrade.",
      "I'm sorry the delivery was late.",
      'I can see how upsetting this has been.',
      'Sorry for the frustrating wait at the gate.',
      "I'm sorry the stress of the move got worse because of us.",
    ],
  },
});
