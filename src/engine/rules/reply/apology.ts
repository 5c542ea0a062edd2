import { defineRule } from '../rule.js';

// Regret for the customer's problem, experience or inconvenience. Formulaic apologies count (practice.md), hedged
// ones too (the non-apology rules flag those, and the checklist then calls the apology weak); a "sorry" that is
// negated or only softens a request does not.
export default defineRule({
  id: 'apology',
  description: 'Credits an apology: "I\'m sorry", "we apologize", "sorry for the wait".',
  target: 'reply',
  signal: 'apology',
  kind: 'phrase',
  patterns: [
    String.raw`\b(?:i|we)(?:'m| am|'re| are)\s+(?:(?:so|very|really|truly|deeply|sincerely|terribly|extremely|incredibly|genuinely|awfully|just)\s+)*sorry\b`,
    String.raw`\bsorry\b`,
    String.raw`\b(?:i|we)\s+(?:(?:do|sincerely|truly|deeply|really|must|want\s+to|would\s+like\s+to|'d\s+like\s+to|wish\s+to)\s+)*apologi[sz]e\b`,
    String.raw`\b(?:(?:my|our)\s+(?:(?:sincere|sincerest|deepest|humble|heartfelt|genuine|honest)\s+)*apolog(?:y|ies)|apologies)\b`,
    String.raw`\b(?:i|we)\s+(?:(?:truly|sincerely|deeply|really)\s+)?regret\s+(?:the|this|that|any|our|my|having|to\s+(?:inform|tell|say|let))\b`,
    String.raw`\b(?:that|this|it)(?:'s| is| was)\s+(?:(?:entirely|completely|totally|fully)\s+)?(?:on\s+(?:us|me)|(?:our|my)\s+(?:mistake|error|fault|bad))\b`,
    String.raw`\bmy\s+bad\b`,
    String.raw`\bplease\s+(?:forgive|excuse)\s+(?:us|me|the|our|my)\b`,
  ],
  unlessBefore: [
    // Negated: "we are not sorry", "no need to be sorry", "don't be sorry".
    String.raw`\b(?:not|never|no\s+longer|no\s+need\s+to\s+(?:be|feel)|don't\s+(?:be|feel)|nothing\s+to\s+be)\s+(?:\w+\s+){0,1}$`,
    String.raw`\b(?:aren't|isn't|wasn't|weren't|won't\s+be)\s+$`,
  ],
  unlessAfter: [
    // Softens a request: "Sorry, could you resend the number?", "Sorry to bother you, ...".
    String.raw`^\s*[,.!-]*\s*(?:but\s+)?(?:could|can|would|will|may|might)\s+(?:you|i|we)\b`,
    String.raw`^\s+(?:to\s+)?(?:bother|trouble|interrupt|chase)\b`,
    // "a sorry state of affairs"
    String.raw`^\s+(?:state|excuse|sight|lot)\b`,
  ],
  examples: {
    flag: [
      "I'm so sorry your order arrived damaged.",
      'We apologize for the delay in getting back to you.',
      'Sorry for the wait!',
      'Please accept our sincere apologies for the double charge.',
      'I am really sorry to hear that the update broke your sync.',
      'That was our mistake, and we will make it right.',
      'Apologies for the confusion in my last email.',
      'We regret the error on your invoice.',
      'I’m sorry about the mix-up with your booking.',
      "I'm sorry, but that's our policy.",
      "I'm sorry if you feel that way.",
      'We regret to inform you that the item is discontinued.',
    ],
    pass: [
      'No need to apologize, these things happen!',
      'We are not sorry for enforcing our security rules.',
      'Sorry, could you resend the order number?',
      'Sorry to bother you, can you confirm your address?',
      'Thanks for your patience while we looked into this.',
      'Lo siento mucho por el retraso.',
    ],
  },
});
