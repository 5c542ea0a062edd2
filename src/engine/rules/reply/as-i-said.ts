import { defineRule } from '../rule.js';

// "As I said" tells the customer they failed to listen; restating the point plainly does the job without the jab.
export default defineRule({
  id: 'as-i-said',
  description: 'Flags "as I already said", "as per my last email", "for the last time".',
  target: 'reply',
  signal: 'blame',
  finding: {
    severity: 'warning',
    message: '"As I said" implies the customer was not listening. Restate the point without pointing back.',
    replacements: [{ from: String.raw`^(?:as|like)\s+(?:i|we)\b.*$`, to: 'to recap' }],
  },
  kind: 'phrase',
  patterns: [
    String.raw`\b(?:as|like)\s+(?:i|we)(?:'ve|\s+have)?\s+(?:already\s+|previously\s+|clearly\s+|just\s+)?(?:said|mentioned|stated|explained|told\s+you|noted|advised|informed\s+you|pointed\s+out|wrote)\b`,
    String.raw`\bas\s+(?:previously|already)\s+(?:stated|mentioned|explained|advised|noted|said)\b`,
    String.raw`\brefer\s+(?:back\s+)?to\s+(?:our|my)\s+(?:previous|earlier|last|prior|first)\s+(?:reply|response|message|tweet|email|dm|answer)\b`,
    String.raw`\bas\s+(?:stated|mentioned|explained|noted)\s+(?:below|above|before|earlier|previously)\b`,
    String.raw`\bas\s+per\s+my\s+(?:last|previous|earlier)\s+(?:email|message|reply|response)\b`,
    String.raw`\b(?:i|we)(?:'ve|\s+have)\s+already\s+(?:told\s+you|explained|said|answered|stated)\b`,
    String.raw`\bfor\s+the\s+(?:last|third|second|fourth|fifth|hundredth|umpteenth|nth)\s+time\b`,
    // Standing by an earlier answer against the customer: "No, my earlier message was correct."
    String.raw`\bmy\s+(?:earlier|previous|last|original|first|prior)\s+(?:message|reply|response|tweet|answer|email|dm)\s+(?:was|is|remains|stands)\s+(?:still\s+|quite\s+|entirely\s+)?(?:correct|accurate|right|valid)\b`,
    String.raw`\bas\s+(?:stated|mentioned|explained|noted|said)\s+in\s+(?:my|our)\s+(?:earlier|previous|last|prior|first)\s+(?:message|reply|response|tweet|email|dm)\b`,
  ],
  examples: {
    flag: [
      'As I already said, the refund takes five days.',
      'As per my last email, the order has shipped.',
      'Please refer to our previous reply.',
      'I have already explained that twice.',
      'For the last time, we do not ship to PO boxes.',
      'No, my previous reply is still correct.',
      'As stated in our last tweet, the sale ended Monday.',
    ],
    pass: ['My last message was wrong, sorry: the sale runs until Friday.', 'As you mentioned, the app crashes on login.', 'As promised, here is the tracking link.', 'I said I would call you today, so here I am.'],
  },
});
