import { defineRule } from '../rule.js';

// Several words in capitals read as shouting. Acronyms ("URL", "ASAP", "FAQ") are short and alone, so they never form
// a run of three words and ten letters.
export default defineRule({
  id: 'shouting',
  description: 'Flags runs of words in capitals, which read as shouting.',
  target: 'reply',
  // Practice lists shouting in capitals with blame and condescension: it talks down to the customer.
  signal: 'blame',
  finding: {
    severity: 'warning',
    message: 'Words in capitals read as shouting. Use normal case; bold or a short sentence gives emphasis.',
  },
  kind: 'shouting',
  minWords: 3,
  minLetters: 10,
  examples: {
    flag: ['PLEASE READ THE INSTRUCTIONS before writing again.', 'We DO NOT OFFER REFUNDS on sale items.'],
    pass: ['Please send the PDF via the FAQ page ASAP.', 'Your order ID is AB12 CD34.', 'I am on the US East team.'],
  },
});
