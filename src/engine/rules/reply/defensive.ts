import { defineRule } from '../rule.js';

// Defensiveness: denying any wrongdoing, standing by the staff or the handling of the case, and quoting the rule book
// at them, instead of acknowledging what went wrong. The labelling rubric counts this as
// blame_or_dismissive; practice: take responsibility for the solution, even when the fault is not yours.
export default defineRule({
  id: 'defensive',
  description: 'Flags defensiveness: "our crew would never deceive you", "the case was handled accordingly", "our policy clearly states".',
  target: 'reply',
  signal: 'blame',
  finding: {
    severity: 'warning',
    message: 'This defends the company instead of acknowledging the problem. Say what went wrong for them and what you will do.',
  },
  kind: 'phrase',
  patterns: [
    // Denying an intent nobody has to deny: "we would never mislead you", "not to deceive you in any way".
    String.raw`\b(?:never|not|didn't|don't|doesn't|won't|wouldn't)\s+(?:(?:intend|mean|try|trying|meant)\s+to\s+|to\s+|ever\s+)?(?:deceive|mislead|lie\s+to|trick|cheat|scam|rip\s+off|discriminate\s+against)\s+(?:you|our\s+(?:customers|guests|passengers|flyers|members|users)|anyone)\b`,
    // "There was no error on our part", "no mistake was made by our staff".
    String.raw`\bno\s+(?:error|mistake|fault|wrongdoing|negligence)\s+(?:was\s+made\s+)?(?:on|by|from)\s+(?:our|the)\s+(?:part|side|end|staff|team|crew|agent|driver)\b`,
    // Standing by the handling: "the case was handled accordingly", "we believe the matter was dealt with correctly".
    String.raw`\b(?:handled|assisted|dealt\s+with|processed|resolved|actioned|addressed)\s+(?:accordingly|correctly|appropriately|properly|fairly|in\s+line\s+with|as\s+per)\b(?<=\b(?:was|were|been)\s+(?:\w+\s+)?(?:handled|assisted|dealt\s+with|processed|resolved|actioned|addressed)\s+\w+)`,
    String.raw`\b(?:we|i)\s+(?:stand\s+(?:by|behind)|fully\s+support|support)\s+(?:our|the|this|that|my)\s+(?:decision|crew|staff|team|agent|driver|employees?|policy|colleague|captain|pilot|manager)\b`,
    String.raw`\b(?:crew|staff|team|agent|driver|employee|colleague|captain|pilot|manager|representative)s?\s+(?:\w+\s+)?(?:acted|responded|behaved|did\s+(?:everything|their\s+job|the\s+right\s+thing))\s+(?:correctly|appropriately|properly|professionally|within|in\s+line|according|by\s+the\s+book)\b`,
    // Quoting the rule book at the customer: "our policy clearly states", "the terms say".
    String.raw`\b(?:our\s+(?:policy|policies|terms(?:\s+(?:and|&)\s+conditions)?|t&cs|t\s*&\s*cs|rules|contract|guidelines)\s+(?:clearly\s+|do\s+|does\s+|explicitly\s+)?|the\s+(?:policy|terms(?:\s+(?:and|&)\s+conditions)?|t&cs|rules|contract)\s+(?:clearly|explicitly)\s+)(?:states?|says?|specif(?:y|ies)|stipulates?|doesn't\s+allow|does\s+not\s+allow|don't\s+allow|do\s+not\s+allow|prohibits?)\b`,
    // Holding the customer to what they were told or signed: "you agreed to our terms", "it says on the website",
    // "you were advised at booking".
    String.raw`\byou\s+(?:agreed|accepted|consented)\s+to\s+(?:the|our|these|those)\b`,
    String.raw`\bit\s+(?:(?:clearly|also|explicitly)\s+(?:says|states|said|stated)\s+(?:on|in)\s+(?:the|our)\s+(?:website|site|terms|app|confirmation|booking|policy|email|listing|description|page|faqs?|contract)|(?:says|states|said|stated)\s+(?:clearly\s+)?(?:on|in)\s+(?:the|our)\s+(?:terms|policy|contract|t&cs|conditions))\b`,
    String.raw`\byou\s+(?:were|had\s+been)\s+(?:(?:clearly|already|previously)\s+)?(?:informed|advised|notified|made\s+aware)\b`,
    String.raw`\b(?:was|were|has\s+been|had\s+been)\s+(?:(?:clearly|already|previously|fully)\s+)?(?:explained|made\s+clear|communicated|mentioned|stated)\s+to\s+you\b`,
    // Closing the matter: "the decision is final", "our decision stands".
    String.raw`\bdecision\s+(?:is|was|remains|will\s+remain)\s+final\b(?<!\b(?:once|when|until|till|if|before|after|whether)\s+(?:the|our|this|that|my)\s+decision\s+\w+(?:\s+remain)?\s+final)|\bdecision\s+stands\b`,
    // "We've done everything we can", "we did all we could".
    String.raw`\b(?:we|i)(?:'ve|\s+have)?\s+(?:done|did|tried)\s+(?:everything|all|all\s+that)\s+(?:we|i)\s+(?:can|could)\b`,
    String.raw`\bdone\s+everything\s+in\s+(?:our|my)\s+power\b`,
    // Pointing at where it was written, and at how hard the staff work: "it was listed on our website", "our team
    // works very hard every day".
    String.raw`\b(?:listed|stated|mentioned|posted|displayed|advertised|shown|published)\s+(?:clearly\s+)?on\s+(?:our|the)\s+(?:website|site|web\s+page|page|app|booking\s+page|menu|sign|signs|terms)\b(?<=\b(?:was|is|were|are|been)\s+(?:clearly\s+|always\s+)?\w+\s+(?:clearly\s+)?on\s+(?:our|the)\s+[\w\s]+)`,
    String.raw`\b(?:team|staff|crew|drivers|agents|people|employees|colleagues)\s+(?:always\s+)?(?:works?|are\s+working|is\s+working|tries|try)\s+(?:very\s+|so\s+|really\s+|extremely\s+|incredibly\s+)?hard\b`,
    // The customer's conduct put first, and the terms quoted: "you were rude to the driver", "as stated in our terms".
    String.raw`\byou\s+were\s+(?:being\s+)?(?:rude|abusive|aggressive|disruptive|intoxicated|drunk|hostile|threatening|uncooperative|non-compliant)\b`,
    String.raw`\bas\s+(?:stated|outlined|described|set\s+out|specified|detailed)\s+in\s+(?:our|the)\s+(?:terms|policy|t&cs|conditions|contract|agreement)\b`,
  ],
  unlessBefore: [String.raw`\b(?:if|whether|not\s+that)\s+(?:\w+\s+){0,2}$`],
  examples: {
    flag: [
      'Our agents would never mislead you about a fare.',
      'We did not intend to deceive our customers.',
      'There was no error on our part with this booking.',
      'Your claim was handled accordingly by the team.',
      'We believe the refund has been processed correctly.',
      'We stand by our decision to remove the post.',
      'The driver acted appropriately in this situation.',
      'Our policy clearly states that tickets are non-refundable.',
      'You agreed to our terms when you booked.',
      'It clearly says on the website that the sale ended Friday.',
      'You were advised at check-in that the flight was full.',
      "We've done everything we can on our side.",
      'The closure was listed on our website in advance.',
      'The driver reports you were rude to him.',
      'Fares are non-refundable as stated in our terms.',
      'The fee was explained to you when you booked.',
      'Our decision is final.',
      'Our staff work very hard to keep the rooms clean.',
    ],
    pass: [
      'We never want to mislead anyone, so thank you for flagging the wording.',
      'Your refund has been processed and will arrive in 3-5 days.',
      "We'll make sure your complaint is handled properly.",
      'Our team will look into it right away.',
      "The fee wasn't explained to you at booking, and that's on us.",
      "We'll tell you once the decision is final.",
      "We'll do everything we can to get it back.",
      'The new times will be listed on our website next week.',
      'It says in the app that your order is on its way, is that right?',
      'Check that the terms say the same in your account.',
    ],
  },
});
