import { defineRule } from '../rule.js';

// Empathy beyond a bare apology: the reply names the customer's feelings, concern, situation or its impact.
// "Sorry to hear that" alone is an apology, not empathy (practice.md). "I see that your order ..." is reading an
// account, not empathy, so "see" only counts as "see how/why".
const FEELING =
  '(?:frustrating|annoying|stressful|upsetting|disappointing|inconvenient|maddening|exhausting|worrying|concerning|confusing|aggravating|infuriating|difficult|hard|tough|painful|unsettling|alarming|scary|a\\s+(?:pain|hassle|headache|nightmare)|not\\s+(?:ok|okay|acceptable|good\\s+enough))';
export default defineRule({
  id: 'empathy',
  description: 'Credits acknowledging the customer\'s feelings or situation: "I understand how frustrating this is".',
  target: 'reply',
  signal: 'empathy',
  kind: 'phrase',
  patterns: [
    String.raw`\bi\s+(?:(?:completely|totally|fully|really|truly|absolutely|can|do|definitely)\s+)*(?:understand|get|appreciate)\s+(?:how|why|what|your\s+(?:frustration|concern|disappointment|annoyance|worry|point|situation|position|feelings?)|the\s+(?:frustration|impact|inconvenience|urgency))\b`,
    String.raw`\bi\s+(?:(?:completely|totally|fully|really|truly|absolutely|definitely)\s+)*understand\b(?=\s*(?:[.!,;]|$|and\b))`,
    String.raw`\bi\s+(?:can\s+)?(?:see|hear)\s+(?:how|why)\b`,
    String.raw`\bi\s+hear\s+you\b`,
    String.raw`\bi\s+(?:can\s+(?:only\s+)?|could\s+)imagine\b`,
    String.raw`\b(?:that|this|it)(?:'s|\s+is|\s+must\s+be|\s+must\s+have\s+been|\s+sounds(?:\s+like\s+it\s+was)?|\s+would\s+be|\s+has\s+been|\s+was)\s+(?:(?:so|really|very|incredibly|understandably|extremely|truly|genuinely|such|hugely|deeply)\s+)*${FEELING}\b`,
    String.raw`\bhow\s+(?:(?:very|really)\s+)?${FEELING}\s+(?:this|that|it)\b`,
    String.raw`\b(?:i|we)\s+know\s+how\s+(?:important|much|frustrating|stressful|hard|difficult|urgent)\b`,
    String.raw`\bnot\s+the\s+(?:experience|service|standard)\s+(?:we|i)\s+(?:want|wanted|would\s+want|expect|aim|strive)\b`,
    String.raw`\b(?:that's|that\s+is|this\s+is|this\s+isn't|that\s+isn't|it's|it\s+is)\s+not\s+(?:the\s+)?(?:experience|level\s+of\s+service|standard)\s+(?:we|you)\b`,
    String.raw`\b(?:you(?:'re|\s+are|\s+have\s+every|'ve\s+every)\s+(?:(?:completely|totally|absolutely)\s+)?(?:right\s+to\s+be|understandably|rightly)|every\s+right\s+to\s+be)\b`,
    String.raw`\b(?:your\s+(?:frustration|concern|disappointment|anger)\s+is\s+(?:completely\s+|totally\s+|entirely\s+)?(?:understandable|justified|valid|fair)|(?:completely|totally|perfectly|entirely)\s+understandable)\b`,
    String.raw`\bin\s+your\s+(?:shoes|position|place)\b`,
    String.raw`\bi(?:'d|\s+would)\s+(?:be|feel)\s+(?:\w+\s+)?(?:frustrated|upset|annoyed|the\s+same|disappointed|angry)\b`,
  ],
  unlessBefore: [String.raw`\b(?:don't|do\s+not|can't|cannot|didn't|not|never|if)\s+$`],
  examples: {
    flag: [
      'I understand how frustrating it is to be locked out before a deadline.',
      'I can imagine how stressful this has been.',
      "That's not the experience we want you to have.",
      'That sounds really frustrating.',
      'We know how important this trip is to you.',
      "You're right to be upset about this.",
      'I completely understand your frustration.',
      'I can see why this was confusing.',
      'I’d be frustrated too if my package went missing.',
    ],
    pass: [
      "I'm sorry to hear that.",
      'I see that your order shipped on Monday.',
      "I don't understand which account you mean.",
      'Please understand that refunds take five days.',
      'The setup is not difficult once the key is in place.',
    ],
  },
});
