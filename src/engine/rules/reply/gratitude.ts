import { defineRule } from '../rule.js';

// Thanks or appreciation to the customer, for anything. "Thanks to the update" means "because of" and is not thanks;
// "I'd appreciate it if you could" is a request.
export default defineRule({
  id: 'gratitude',
  description: 'Credits thanking the customer: "thank you for flagging this", "I appreciate your patience".',
  target: 'reply',
  signal: 'gratitude',
  kind: 'phrase',
  patterns: [
    String.raw`\b(?:thank\s+(?:you|u|ya)|thanks|thankyou|thx|many\s+thanks)\b`,
    String.raw`\b(?:i|we)\s+(?:(?:really|truly|greatly|do|sincerely|very\s+much|so\s+much|genuinely)\s+)*appreciate\b`,
    String.raw`\b(?:much|greatly|really)\s+appreciated\b`,
    String.raw`\bappreciates?\s+(?:you|your)\b`,
    String.raw`\b(?:i'm|i\s+am|we're|we\s+are)\s+(?:so\s+|very\s+|truly\s+|really\s+)?(?:grateful|thankful)\b`,
  ],
  unlessBefore: [String.raw`\bno\s+$`],
  unlessAfter: [
    // "thanks to the new release" = because of; "thanks to you" is still thanks.
    String.raw`^\s+to\s+(?!you\b|all\b|everyone\b|each\b|both\b)`,
    String.raw`^\s+for\s+nothing\b`,
    String.raw`^\s+it\s+if\b`,
  ],
  examples: {
    flag: [
      'Thank you for flagging this so quickly.',
      'Thanks for your patience!',
      'I really appreciate you taking the time to write this up.',
      'We are grateful for your feedback.',
      'Thanks to you, we found the bug.',
      'Many thanks,',
    ],
    pass: [
      'Thanks to the new release, exports are faster.',
      "I'd appreciate it if you could send the invoice number.",
      'Thankfully the data was backed up.',
      'No thanks are needed.',
    ],
  },
});
