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
    String.raw`\b(?:thank(?:\s+|-)(?:you|u|ya)|thanks|thankyou|thx|thnx|thnks|thanx|thks|tks|many\s+thanks|ty(?:vm|sm))\b`,
    // Drawn-out and run-together spellings: "thanksss", "thank youuu", "thanku", "thankyouu", "tyty".
    String.raw`\b(?:thanks{2,}|thank(?:\s+|-)?(?:yo+u+|u{2,}|ya{2,})|thanku|tyty|thnk\s*(?:you|u))\b`,
    // "TY" as a sign-off ("... to the store. TY - Joanne"), only where a sentence or the reply starts: "Hi Ty," is a name.
    String.raw`\bty(?<=(?:^|[.!?;:)]|\s\s)\s*ty)\b(?!\s*,|')`,
    // ... or right before the agent's name at the very end ("... in store TY - Joanne"); "-Ty" alone is a name.
    String.raw`\bty(?=\s*[-\u2013\u2014~]\s*[a-z]+\.?\s*$)`,
    // "Our sincere appreciation", "with gratitude".
    String.raw`\b(?:appreciation|gratitude)\b(?<=\b(?:our|my|much|with|in)\s+(?:(?:sincere|sincerest|deepest|heartfelt|utmost|warmest|great|many)\s+)?(?:appreciation|gratitude))`,
    // "Appreciate it!", "(we'd) appreciate the kind words" without "I/we" right before. Appreciating a fact or a moment
    // is not thanks ("appreciate the irony"), nor is someone else's appreciation ("they appreciate the ...", below).
    String.raw`\bappreciate\s+(?:it|that|this|the)\b(?!\s+if\b|\s+(?:fact|moment|irony|beauty|view|little|small|simple|art|difference|value|importance)\b)`,
    // Patterns below start on their rarest word and read the words before it in a lookbehind (rule.ts).
    String.raw`\b(?:lucky|fortunate|honou?red|privileged|blessed)(?<=\b(?:i|we)(?:'re|\s+are|'m|\s+am|\s+were|\s+feel)\s+(?:so\s+|very\s+|truly\s+|really\s+)?\w+)\s+to\s+(?:have|spend|serve|host|welcome|see|work\s+with|count)\b`,
    String.raw`\b(?:i|we)\s+(?:(?:really|truly|greatly|do|sincerely|very\s+much|so\s+much|genuinely)\s+)*appreciate\b`,
    // "Much appreciated", "your patience is appreciated", "feedback like this is always appreciated".
    String.raw`\bappreciated\b(?<=\b(?:much|greatly|really|is|are|was|were|be|been)\s+(?:(?:very|so|really|truly|always|most|hugely|deeply)\s+)*appreciated)`,
    String.raw`\bappreciates?\s+(?:you|your|ya|y'all|all\s+(?:the|your|of\s+(?:you|your|the))|everything\s+you)\b`,
    String.raw`\bappreciative\b(?<=\b(?:we're|we\s+are|i'm|i\s+am|so|very|truly|really|always|most)\s+appreciative)`,
    String.raw`\b(?:grateful|thankful)\b(?<=\b(?:(?:i'm|i\s+am|we're|we\s+are)\s+(?:(?:so|very|truly|really)\s+)?|(?:so|truly|very|really|forever|eternally|always)\s+)(?:grateful|thankful))`,
    // Other ways of saying it: "cheers for letting us know", "much obliged", "kudos to you", "grateful for the shout out"
    // (not "we'd be grateful for your help", a request).
    String.raw`\b(?:cheers\s+for|much\s+obliged|kudos\s+to\s+(?:you|u|y'all)|grateful(?<!\bbe\s+grateful)\s+for\s+(?:the|your|you|all|this|that|everything))\b`,
    // "Cheers" is British English for "thanks" (Cambridge: "cheers, UK informal: thank you"), also as a sign-off, as
    // "Thanks." is: to someone ("Cheers, Sam") or to close ("All sorted. Cheers!"). Not a toast ("cheers to the crew!") nor a
    // greeting that opens more ("Cheers! Enjoy the match.").
    String.raw`\bcheers\b(?!\s+to\b|\s*!+\s+[a-z])`,
    // Taking the customer's praise: "thanks for the shout-out" is caught above; "great shout out!", "appreciate your
    // shoutout", "we love the shout-out" thank without the word. Not giving one to someone else ("a shout out to our crew").
    String.raw`\bshout[-\s]?outs?\b(?<=\b(?:the|your|this|that|great|awesome|lovely|nice|sweet|kind|amazing|fantastic|wonderful)\s+shout[-\s]?outs?)(?!\s+to\b)`,
        // Hashtags: "#ThanksForFlying", "#ThankYou" (not "#Thanksgiving"). Last: it does not start on \b.
    String.raw`#(?:thank|thx)(?!sgiving)[a-z0-9_]*`,
    // Typed in a hurry: "thansk", "thnaks", "tahnks", "thank yuo".
    String.raw`\b(?:thansk|thnaks|tahnks|thanls|thamks|thank\s+(?:yuo|yo|uou))\b`,
    // "Appreciated!" as a sentence of its own.
    String.raw`(?:^|[.!?]\s+)appreciated\s*(?:[!.]|$)`,
  ],
  unlessBefore: [
    String.raw`\bno\s+$`,
    // Someone else's appreciation: "they appreciate the update", "I hope you appreciate the irony".
    String.raw`\b(?:they|he|she|people|you|fans|folks|users|customers|everyone)\s+(?:(?:really|truly|would|will|do|don't|might|may|all)\s+)?$`,
  ],
  unlessAfter: [
    // "thanks to the new release" = because of; "thanks to you" is still thanks.
    String.raw`^\s+to\s+(?!you\b|all\b|everyone\b|each\b|both\b)`,
    String.raw`^\s+for\s+nothing\b`,
    String.raw`^\s+it\s+if\b`,
  ],
  examples: {
    flag: [
      'Cheers, Sam!',
      'All sorted now. Cheers!',
      'Great shout out, we will tell the crew.',
      'Love the shout-out!',
      'Thank you for flagging this so quickly.',
      'Thanks for your patience!',
      'I really appreciate you taking the time to write this up.',
      'We are grateful for your feedback.',
      'Thanks to you, we found the bug.',
      'Many thanks,',
      'Your feedback has gone to the store team. TY - Sam',
      'Can you DM me your order number? Ty Alex',
      'I have passed this to the store team TY - Sam',
      'You have our sincere appreciation for the report.',
      'Appreciate it, have a good one!',
      'Appreciate the heads up, Sam.',
      'Hi Jo, really appreciate the kind words!',
      'See you next time! #ThanksForFlying',
      'Forever grateful for fans like you.',
      'We are so lucky to have you on board.',
      'Thank-you for waiting.',
      'Your patience is truly appreciated.',
      'Thanksss for the photo!',
      'Thank youuu, see you soon!',
      'Thanku for sticking with us.',
      'Appreciate all the kind words!',
      'We are so appreciative of customers like you.',
      'We are always grateful for notes like this.',
      'Cheers for letting us know about the sign!',
      'Much obliged, Sam.',
      'Kudos to you for spotting that typo.',
      'Grateful for the shout out!',
      'Thansk for waiting, Sam.',
      'Noted. Appreciated!',
    ],
    pass: [
      'Cheers to the crew at gate 5!',
      'We give a shout out to our night team every week.',
      'Thanks to the new release, exports are faster.',
      "I'd appreciate it if you could send the invoice number.",
      'Thankfully the data was backed up.',
      'No thanks are needed.',
      'Hi Ty, your order is on its way.',
      'Your parcel is with the courier. -Ty',
      'Your parcel is with the courier - Ty',
      'We need an appreciation of the risks first.',
      'Happy #Thanksgiving from all of us!',
      "Ty, can you send us the order number?",
      'We are lucky the weather held.',
      'Just appreciate the moment.',
      'They appreciate the fact that it works.',
      'I hope they really appreciate the update.',
      'You will appreciate the irony.',
      'The new design was not appreciated by everyone on the forum.',
      "We'd be grateful if you could send a photo.",
      'She is appreciative of art.',
      "We'd be grateful for your order number.",
      'Cheers! Enjoy the match.',
    ],
  },
});
