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
  // Capitals in a joke or in joy are not aimed at the customer ("BAH GAWD, WHAT A GAME 😂").
  unlessSentence: [
    String.raw`[\u{1F602}\u{1F923}\u{1F606}\u{1F601}\u{1F604}\u{1F60D}\u{1F389}\u{1F973}\u{1F61C}\u{1F609}]|\b(?:lol|lmao|haha\w*|yay|woo+|congrat\w*|happy|love|thanks?|thank\s+you|awesome|amazing|welcome)\b`,
  ],
  examples: {
    flag: ['PLEASE READ THE INSTRUCTIONS before writing again.', 'We DO NOT OFFER REFUNDS on sale items.'],
    pass: ['WHAT A GAME LAST NIGHT 😂', 'HAPPY BIRTHDAY FROM ALL OF US!', 'Please send the PDF via the FAQ page ASAP.', 'Your order ID is AB12 CD34.', 'I am on the US East team.'],
  },
});
