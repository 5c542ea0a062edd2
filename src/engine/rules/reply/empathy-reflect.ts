import { NEGATIVE_FEELING } from '../feelings-lexicon.js';
import { defineRule } from '../rule.js';

// Reflecting the customer's feeling back to them (practice.md point 3: "reflect the customer's issue and feelings"):
// the reply names the way the customer feels, to ask about it, to validate it or to wish it away ("can you tell us
// why you feel that way?", "we'd hate for you to feel that way", "it's understandable you'd feel this way").
// Its own rule because of its guard: after an apology, the same words are the non-apology "sorry you feel that way"
// (sorry-you-feel.ts), which acknowledges nothing; a conditional ("if you feel that way") reflects nothing either.
export default defineRule({
  id: 'empathy-reflect',
  description: 'Credits naming the customer\'s feeling back to them: "Can you tell us why you feel that way?"',
  target: 'reply',
  signal: 'empathy',
  kind: 'phrase',
  patterns: [
    // "you feel this way", "you'd feel that way", "you've been feeling like this", "you felt so let down".
    String.raw`\b(?:you|u)(?:'d|\s+would|\s+might|\s+may|\s+must|\s+to|'re|\s+are|\s+were|'ve\s+been|\s+have\s+been|\s+had\s+been)?\s+(?:(?:really|truly|now|still|ever)\s+)?(?:feel|feeling|felt)\s+(?:(?:this|that)\s+way|like\s+(?:this|that)\b|(?:so\s+|very\s+|really\s+)?${NEGATIVE_FEELING})`,
    // "What has you feeling this way?", "what's left you feeling frustrated?".
    String.raw`\b(?:has|have|had|left|leaves|leaving)\s+you\s+(?:feeling\s+)?(?:(?:this|that)\s+way|${NEGATIVE_FEELING})\b`,
  ],
  unlessBefore: [
    // The non-apology: "sorry you feel that way", "we apologize that you felt this way", "regret that you feel ...".
    String.raw`\b(?:sorry|apologi[sz]e|apologies|apology|regret)\s+(?:\w+\s+){0,3}$`,
    String.raw`\b(?:if|unless|whether|when)\s+(?:\w+\s+){0,2}$`,
    String.raw`\b(?:don't|do\s+not|didn't|not|never)\s+(?:\w+\s+)?$`,
  ],
  examples: {
    flag: [
      'Can you tell us why you feel that way?',
      "We'd hate for you to feel this way, Sam.",
      "It's understandable you'd feel that way after two missed deliveries.",
      'What has you feeling this way? We want to help.',
      "We can see why you're feeling so let down.",
      'Nobody should leave a store feeling ignored, and you felt ignored.',
      "Tell us more about what's left you feeling frustrated.",
    ],
    pass: [
      "I'm sorry you feel that way.",
      'We apologize that you felt this way about the update.',
      'If you feel that way, you can cancel at any time.',
      'Feel free to DM us.',
      'We want you to feel at home.',
      'Hope you feel better soon!',
      "You don't feel that way? Great.",
    ],
  },
});
