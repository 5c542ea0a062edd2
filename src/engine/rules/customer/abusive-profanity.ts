import { defineRule } from '../rule.js';

// Profanity aimed at the agent or the staff is abuse; profanity aimed at no one ("shit, wrong one") or at a thing
// ("this fucking app", "your shitty update") is not (practice.md). The word list is checks/profanity.ts's; this rule
// decides what "aimed at" means: the same sentence speaks to someone ("you", "u", "you guys") or of the staff.
// "Your" alone is left out: "your shitty app" swears at a product.
export default defineRule({
  id: 'abusive-profanity',
  description: 'Detects profanity aimed at the agent, the team or the company.',
  target: 'customer',
  signal: 'abusive',
  kind: 'profanity',
  aimedAt: [
    String.raw`\b(?:you|you're|youre|u|yourself|yourselves|ya|y'all)\b`,
    String.raw`\b(?:team|staff|agents?|people\s+there|guys|management|manager|ceo)\b`,
  ],
  examples: {
    flag: ['Fuck you and your company.', 'You are all f*cking useless.', 'Are you f**king kidding me?', 'Your staff are a bunch of assholes.'],
    pass: [
      'Shit, I sent the wrong file. Here is the right one.',
      'Damn, that was fast, thanks!',
      'The package got soaked in the rain.',
      "This fucking app won't load.",
      'Your shitty update broke my phone.',
      'wtf is going on with my order',
    ],
  },
});
