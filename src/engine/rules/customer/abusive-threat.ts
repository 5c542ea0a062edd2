import { defineRule } from '../rule.js';

// Threats of harm, with a person as the object. Threatening to leave, to complain or to sue is a customer's right,
// not abuse (practice.md); wishing a company to go bust is not a threat to a person.
const HARM = String.raw`(?:kill|hurt|beat|punch|smash|shoot|stab|burn|slap|strangle|choke|smack|murder|hang|lynch|bash|slit|break|kick|destroy)`;
export default defineRule({
  id: 'abusive-threat',
  description: 'Detects threats of harm against the agent, the staff or another person.',
  target: 'customer',
  signal: 'abusive',
  kind: 'phrase',
  patterns: [
    String.raw`\b(?:i(?:'ll|\s+will|\s+am\s+going\s+to|'m\s+going\s+to|'m\s+gonna|\s+am\s+gonna|\s+gonna)|someone\s+(?:should|will))\s+(?:come\s+(?:down\s+)?(?:there|to\s+your)|find\s+(?:you|where)|hunt\s+(?:you|down)|track\s+you\s+down|kill|hurt|beat|punch|smash|shoot|stab|burn|destroy\s+you|make\s+you\s+(?:pay|suffer|regret))\b`,
    String.raw`\b(?:i(?:'ll|\s+will|'m\s+going\s+to|\s+am\s+going\s+to|'m\s+gonna|\s+gonna))\s+(?:\w+\s+){0,3}(?:break|smash|punch|kick|stab|shoot|burn\s+down|torch|slap|strangle|hurt|kill|beat\s+up)\s+(?:up\s+)?(?:your|ur|you|his|her|their|the|him|them)\b`,
    // "I want to punch him", "let's hang them", "someone needs to shoot her".
    String.raw`\b(?:i\s+(?:want|wanna|would\s+love|'d\s+love|could)(?:\s+to)?|let's|lets|someone\s+(?:should|needs\s+to|has\s+to|ought\s+to))\s+(?:\w+\s+)?${HARM}\s+(?:you|u|him|her|them|these|those|that|his|your)\b`,
    // "you're going to get hurt": said to the person. "Someone could get hurt" (a safety complaint) is no threat.
    String.raw`\b(?:you(?:'re|\s+are)?|u)\s+(?:gonna|going\s+to|will|gon)\s+get\s+(?:hurt|beaten|killed|stabbed|shot|smacked|your\s+ass\s+kicked)\b`,
    // "I'll make sure your meter reader gets hurt".
    String.raw`\b(?:i(?:'ll|\s+will|'m\s+going\s+to|'m\s+gonna)\s+)?make\s+sure\s+(?:\w+\s+){1,4}(?:gets?|will\s+get)\s+(?:hurt|beaten|beaten\s+up|killed|stabbed|shot|smacked)\b`,
    String.raw`\bfind\s+out\s+where\s+(?:you|your\s+\w+|he|she|they)\s+lives?\b`,
    String.raw`\bmake\s+(?:you|him|her|them)\s+(?:pay|suffer|regret)\b`,
    // "beat your ass", "smack the shit out of her".
    String.raw`\b(?:beat|whoop|whup|kick|smack|slap)(?:ing)?\s+(?:(?:your|ur|yo|his|her|their)\s+(?:\w+\s+)?(?:ass|butt|arse)|the\s+(?:shit|fuck|hell|crap)\s+(?:out\s+of|outta)\s+(?:you|u|him|her|them|ya))\b`,
    String.raw`\bhope\s+(?:you|your|he|she|they)\s+(?:\w+\s+){0,3}(?:burns?|dies?|rots?|gets?\s+(?:hurt|shot|raped|killed|cancer)|get\s+cancer|drops?\s+dead|chokes?)\b`,
    String.raw`\b(?:watch\s+your\s+back|i\s+know\s+where\s+you\s+(?:live|work)|you(?:'ll|\s+will)\s+(?:pay\s+for|regret)\s+(?:this|it)|you(?:'d|\s+had)\s+better\s+watch)\b`,
    // "(he|they) should be shot", "deserves to be hanged": harm wished on a person. "Should be locked up" or "should be
    // fired" accuses; it threatens no harm.
    String.raw`\b(?:should|needs?\s+to|deserves?\s+to|ought\s+to|must)\s+be\s+(?:shot|hanged|hung|executed|killed|beaten|slapped|lynched|strung\s+up|put\s+down|punched|beaten\s+up|gunned\s+down)\b`,
  ],
  examples: {
    flag: [
      "Keep charging me and I'll break your manager's nose.",
      'I hope your whole bank burns down.',
      'I know where you work.',
      "I'm going to come down there and make you pay.",
      "You'll pay for this, watch your back.",
      'Someone needs to punch that driver.',
      'That rep should be shot.',
      'I will drive down there and beat your ass.',
      "You're going to get hurt if you keep lying to me.",
    ],
    pass: ['I will take my business elsewhere.', 'I am going to contact my lawyer.', "I'll leave a one-star review.", 'The driver should be fired.', 'Someone could get hurt on that broken step.', 'He should be locked up for this scam.', 'This app is killing me.'],
  },
});
