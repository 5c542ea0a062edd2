import { defineRule } from '../rule.js';

// Appreciation without the word "thanks": what the customer's words did for us ("that means a lot to the team", "your
// note means the world to us") and praise of their kindness ("what kind words!"). Its own rule because "to" after it
// is where the thanks goes ("means a lot to us"), where gratitude.ts reads "thanks to the update" as "because of".
export default defineRule({
  id: 'gratitude-warmth',
  description: 'Credits appreciation in other words: "that means a lot to us", "what kind words".',
  target: 'reply',
  signal: 'gratitude',
  kind: 'phrase',
  patterns: [
    String.raw`\bmeans?\s+(?:(?:so|such)\s+)?(?:a\s+lot|so\s+much|the\s+world|a\s+great\s+deal)\b(?<=\b(?:that|this|it|which|message|note|words|feedback|support|kindness|tweet|review|post)\s+(?:really\s+|truly\s+)?means?\s+(?:\w+\s+){0,3}\w+)(?!\s+of\b)`,
    String.raw`\b(?:what|such)\s+(?:(?:very|really)\s+)?(?:kind|lovely|sweet|nice|thoughtful|generous)\s+words\b`,
  ],
  unlessBefore: [String.raw`\b(?:if|unless|whether|not|doesn't|don't|never)\s+(?:\w+\s+){0,2}$`],
  examples: {
    flag: [
      'That means a lot to the whole crew!',
      'Your note means the world to us.',
      'This really means so much, Sam.',
      'What kind words, we will pass them on.',
      'Such lovely words!',
    ],
    pass: [
      'The red light means a lot of traffic on the line.',
      'This code means the order was refunded.',
      'It means a lot of waiting, sorry.',
      'What words do you see on the screen?',
      'If that means a lot to you, we can hold it.',
    ],
  },
});
