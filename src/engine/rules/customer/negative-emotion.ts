import { defineRule } from '../rule.js';

// Anger, frustration, annoyance, disappointment or distress, in words, punctuation or emoji.
export default defineRule({
  id: 'negative-emotion',
  description: 'Detects anger, frustration or distress in the customer\'s message (words, "!!!", angry emoji).',
  target: 'customer',
  signal: 'negativeEmotion',
  kind: 'phrase',
  patterns: [
    String.raw`\b(?:angry|furious|livid|mad\s+(?:at|about|that)|pissed|annoyed|irritated|frustrat\w*|fed\s+up|sick\s+(?:and\s+tired\s+)?of|tired\s+of|disappointed|disappointing|upset|outraged|outrageous|disgusted|disgusting|unacceptable|ridiculous|absurd|insane|a\s+joke|wtf|ffs|unbelievable|hopeless|stressed|worried|anxious|devastated|distraught|wits'?\s+end|had\s+enough|fuming|disgrace(?:ful)?|pathetic|terrible|horrible|awful|worst|appalling|shocking|scandalous|incompetent|useless|hate|heartbroken|panicking|desperate|ashamed\s+of\s+you|beyond\s+(?:annoyed|frustrated|angry)|(?:i'm|i\s+am)\s+(?:so\s+|just\s+)?done|nightmare|disaster|sucks?|ugh+|wasted|what\s+the\s+(?:hell|heck|fuck|f\*+)|the\s+hell|stressful|upsetting|not\s+(?:happy|impressed|ok|okay)|unhappy|can't\s+believe|gutted|crappy|garbage|trash|shocked|appalled|exasperated|infuriat\w+|enraged|irate|cross\s+with|hell\s+is)\b`,
  ],
  unlessBefore: [String.raw`\b(?:not|never|wasn't|isn't|no\s+longer)\s+(?:\w+\s+){0,1}$`],
  examples: {
    flag: [
      'I am so frustrated with this.',
      'This is unacceptable.',
      "I'm sick and tired of waiting.",
      'Ugh, this sucks.',
      'Honestly I am done with this app.',
      'This is a nightmare.',
    ],
    pass: ['Could you help me reset my password?', 'Great job, thanks!!', "I'm not upset, just curious."],
  },
});
