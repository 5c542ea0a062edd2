import { defineRule } from '../rule.js';

// Punctuation and emoji that carry anger: "!!!", "?!", angry faces, "seriously?". Excitement uses the same marks
// ("so happy!!!"), so a sentence with a positive word does not count.
export default defineRule({
  id: 'customer-intensity',
  description: 'Detects angry punctuation and emoji in the customer\'s message: "!!!", "?!", angry faces.',
  target: 'customer',
  signal: 'negativeEmotion',
  kind: 'phrase',
  patterns: [
    String.raw`!{2,}|\?{2,}|\?+!+\??|!+\?+`,
    String.raw`(?:\u{1F621}|\u{1F92C}|\u{1F620}|\u{1F624}|\u{1F4A2}|\u{1F44E}|\u{1F61E}|\u{1F622}|\u{1F62D}|\u{1F612}|\u{1F644}|\u{1F629}|\u{1F62B})`,
    // "Seriously?" on its own, not "did you really?": the lookbehind sits after the word, so the check starts on it.
    String.raw`\b(?:seriously|really)(?<![\w\s,]\s?(?:seriously|really))\s*\?`,
  ],
  unlessSentence: [
    String.raw`\b(?:great|love|loved|thanks?|thank\s+you|awesome|happy|amazing|best|wonderful|cute|glad|excited|exciting|fun|congrat\w*|yay|woo+|excellent|fantastic|perfect|brilliant|cool|nice|beautiful|delicious|well\s+done)\b`,
  ],
  examples: {
    flag: ['Hello?? Is anyone there??', 'It deleted half of our contacts!!', 'Where is my refund???!!!', 'Fix it now 😡', 'Seriously? Again?', 'This is the third time this month!!!', 'Delivered (really?) to the wrong house.'],
    pass: ['Thank you so much!!!', 'Is it available in blue?', 'I love it!!!', 'Wow, really? That was quick, thanks.', 'Did you really?'],
  },
});
