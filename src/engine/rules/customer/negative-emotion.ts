import { defineRule } from '../rule.js';

// Anger, frustration, annoyance, disappointment or distress, in words, punctuation or emoji.
export default defineRule({
  id: 'negative-emotion',
  description: 'Detects anger, frustration or distress in the customer\'s message (words, "!!!", angry emoji).',
  target: 'customer',
  signal: 'negativeEmotion',
  kind: 'phrase',
  patterns: [
    String.raw`\b(?:angry|furious|livid|mad\s+(?:at|about|that)|pissed|annoyed|irritated|frustrat\w*|fed\s+up|sick\s+(?:and\s+tired\s+)?of|tired\s+of|disappointed|disappointing|upset|outraged|outrageous|disgusted|disgusting|unacceptable|ridiculous|absurd|insane|a\s+joke|wtf|ffs|unbelievable|hopeless|stressed|worried|anxious|devastated|distraught|wits'?\s+end|had\s+enough|fuming|disgrace(?:ful)?|pathetic|terrible|horrible|awful|worst|appalling|shocking|scandalous|incompetent|useless|hate|heartbroken|panicking|desperate|ashamed\s+of\s+you|beyond\s+(?:annoyed|frustrated|angry))\b`,
    String.raw`!{2,}|\?!|!\?`,
    String.raw`(?:\u{1F621}|\u{1F92C}|\u{1F620}|\u{1F624}|\u{1F4A2}|\u{1F44E}|\u{1F61E}|\u{1F622}|\u{1F62D}|\u{1F612}|\u{1F644}|\u{1F629}|\u{1F62B})`,
    String.raw`\b(?:seriously|really)\s*\?`,
  ],
  unlessBefore: [String.raw`\b(?:not|never|wasn't|isn't|no\s+longer)\s+(?:\w+\s+){0,1}$`],
  examples: {
    flag: [
      'I am so frustrated with this.',
      'This is unacceptable!!!',
      'Fix it now 😡',
      "I'm sick and tired of waiting.",
      'Seriously? Again?',
    ],
    pass: ['Could you help me reset my password?', 'Great job, thanks!', "I'm not upset, just curious."],
  },
});
