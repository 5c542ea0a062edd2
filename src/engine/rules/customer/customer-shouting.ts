import { defineRule } from '../rule.js';

// Angry capitals in the customer's message: a sign of strong emotion, not of abuse.
export default defineRule({
  id: 'customer-shouting',
  description: 'Detects angry capitals in the customer\'s message.',
  target: 'customer',
  signal: 'negativeEmotion',
  kind: 'shouting',
  minWords: 3,
  minLetters: 10,
  // Single words shouted in anger ("I want it NOW", "broken AGAIN").
  alone: ['NOW', 'AGAIN', 'NEVER', 'STILL', 'WHAT', 'WHY', 'NOTHING', 'NOBODY', 'ANYONE', 'EVER', 'SERIOUSLY', 'RIDICULOUS', 'UNACCEPTABLE', 'TODAY', 'IMMEDIATELY', 'REFUND', 'WORST', 'WORSE', 'TERRIBLE', 'HORRIBLE', 'AWFUL', 'SUCKS', 'USELESS', 'NOT', 'NO', 'NONE', 'ZERO', 'ONE', 'TWICE', 'HOURS', 'DAYS', 'WEEKS', 'MONTHS', 'FIX', 'HELLO', "CAN'T", 'CANT', "WON'T", 'WONT', "DOESN'T", "DIDN'T", "ISN'T", "DON'T"],
  unlessSentence: [
    String.raw`\b(?:great|love|thanks?|thank\s+you|awesome|happy|amazing|best|wonderful|glad|excited|congrat\w*|yay|excellent|fantastic|perfect|brilliant)\b`,
  ],
  examples: {
    flag: ['Your developers broke the export AGAIN.', 'I want to speak to a manager NOW.', 'I WANT MY MONEY BACK', 'Where is my order? THIS IS THE THIRD TIME I ASK.'],
    pass: ['Please send it ASAP.', 'My order ID is AB-1234 and the SKU is XL.', 'I use the iOS app on an iPad.', 'THANK YOU SO MUCH, YOU ARE AMAZING'],
  },
});
