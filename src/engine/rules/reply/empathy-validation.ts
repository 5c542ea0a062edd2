import { FEELING_NOUN, NEGATIVE_FEELING } from '../feelings-lexicon.js';
import { defineRule } from '../rule.js';

// Validation: telling the customer their reaction is a fair one, or that we share it. "We can't blame you for being
// upset", "we share your frustration", "anyone would be annoyed", "we can relate", "understandably so", and agents'
// subjectless acknowledgements in short replies ("Totally understand!", "Completely understand the frustration").
// Each is a family the rubric counts as empathy (it reflects the customer's feeling back) that the understanding and
// reaction rules do not cover.
export default defineRule({
  id: 'empathy-validation',
  description: 'Credits validating the customer\'s reaction: "We can\'t blame you for being upset", "we share your frustration".',
  target: 'reply',
  signal: 'empathy',
  kind: 'phrase',
  patterns: [
    // "We can't blame you", "I don't blame you one bit".
    String.raw`\b(?:can't|cannot|can\s+not|don't|do\s+not|wouldn't|would\s+not|couldn't)\s+(?:really\s+)?blame\s+(?:you|u|ya)\b`,
    // "We share your frustration", "I share the concern".
    String.raw`\bshare\s+(?:your|the|in\s+your)\s+(?:(?:frustration|concerns?|disappointment|annoyance|worry|worries|pain|anger)\b)(?<=\b(?:i|we)\s+(?:(?:completely|totally|fully|really|truly|definitely|certainly|do|absolutely)\s+)*share\s+\w+(?:\s+\w+)?)`,
    // "Anyone would be frustrated", "who wouldn't be upset?".
    String.raw`\b(?:anyone|anybody|everyone|everybody|we\s+all|any\s+of\s+us)\s+would\s+(?:be|feel)\s+(?:\w+\s+)?${NEGATIVE_FEELING}\b`,
    String.raw`\bwho\s+wouldn't\s+(?:be|feel)\s+(?:\w+\s+)?${NEGATIVE_FEELING}\b`,
    // "We can relate", "we've been there ourselves", "we feel the same way".
    String.raw`\b(?:we|i)(?:\s+(?:can\s+)?(?:(?:totally|definitely|certainly|completely|so|all)\s+)?relate\b(?!\s+(?:the|this|that|your|it|them|these|those|our|each)\b)|(?:'ve|\s+have)\s+(?:all\s+|definitely\s+)?been\s+there\b|(?:\s+would|'d)?\s+feel\s+the\s+same(?:\s+way)?\b)`,
    // "Understandably so", "you're understandably frustrated".
    String.raw`\bunderstandably(?:\s+so\b|\s+${NEGATIVE_FEELING}\b)`,
    // Subjectless, as short replies drop it: "Totally understand!", "Completely understand the frustration",
    // "Totally get it", "Can imagine how annoying that is". An intensifier or the feeling after it keeps
    // "Understand that refunds take 5 days" (an instruction) out.
    String.raw`\b(?:totally|completely|definitely|absolutely|fully|truly|certainly)\s+(?:understand|get\s+it|get\s+that|hear\s+you)\b`,
    String.raw`\b(?:understand|can\s+imagine|can\s+understand)\s+(?:(?:your|the)\s+${FEELING_NOUN}|how\s+(?:frustrating|annoying|stressful|upsetting|disappointing|inconvenient|confusing|worrying|hard|difficult|tough|much|important|you\s+feel))\b`,
  ],
  // A conditional, or someone else's understanding ("you should understand the concern", "please understand").
  unlessBefore: [
    String.raw`\b(?:if|unless|whether)\s+(?:\w+\s+){0,2}$`,
    String.raw`\b(?:you\s+(?:should|must|need\s+to|have\s+to|may|might|will)|they|he|she|people|customers|please|to|must|should)\s+(?:\w+\s+)?$`,
  ],
  unlessAfter: [String.raw`^\s*,?\s*but\b`],
  examples: {
    flag: [
      "We can't blame you for being annoyed about the delay.",
      "I don't blame you one bit.",
      'We share your frustration with the new update.',
      'I truly share your concern here.',
      'Anyone would be upset after a wait like that.',
      "Who wouldn't be frustrated by that?",
      'We can totally relate, Mondays are hard.',
      "We've all been there!",
      "I'd feel the same way.",
      "You're understandably disappointed.",
      'Understandably so! Let us look into it.',
      'Totally understand! Send us a DM.',
      'Completely understand the frustration, Sam.',
      'Can imagine how annoying that is.',
      'Understand your frustration. Which store was it?',
    ],
    pass: [
      'We blame the weather for this one!',
      'Understand that refunds take five days.',
      'If you share your order number we can check.',
      'Share your feedback here.',
      'We can relate the two orders for you.',
      'Totally understand, but we cannot refund a used ticket.',
      'Please read and understand the terms.',
      'You can share the concern with the store.',
    ],
  },
});
