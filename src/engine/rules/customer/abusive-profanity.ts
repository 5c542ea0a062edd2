import { defineRule } from '../rule.js';

// Profanity aimed at the company or its people is abuse; profanity aimed at no one ("shit, wrong one") is not
// (practice.md). The matcher is obscenity's; this rule decides what "aimed at" means.
export default defineRule({
  id: 'abusive-profanity',
  description: 'Detects profanity aimed at the agent, the team or the company.',
  target: 'customer',
  signal: 'abusive',
  kind: 'profanity',
  aimedAt: [
    String.raw`\b(?:you|your|you're|youre|u|ur|yourself|yourselves|ya)\b`,
    String.raw`\b(?:company|team|staff|agents?|support|service\s+desk|people\s+there|guys|management|manager|ceo)\b`,
  ],
  examples: {
    flag: ['Fuck you and your company.', 'You are all f*cking useless.', 'Your shitty support team never answers.'],
    pass: ['Shit, I sent the wrong file. Here is the right one.', 'Damn, that was fast, thanks!', 'The package got soaked in the rain.'],
  },
});
