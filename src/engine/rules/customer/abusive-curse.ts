import { defineRule } from '../rule.js';

// Curses aimed at someone: "fuck you", "go fuck yourself", "screw you guys", "shut the fuck up", "kiss my ass". The
// same words as an exclamation ("fuck, wrong one", "what the fuck is going on with my order") or about a thing ("fuck
// this app") are not aimed at anyone and do not count.
const FUCK = String.raw`(?:fuck|f\*+k|f\*+ck|fck|fuk|fuq)`;

export default defineRule({
  id: 'abusive-curse',
  description: 'Detects curses aimed at someone ("fuck you", "shut the fuck up", "go to hell").',
  target: 'customer',
  signal: 'abusive',
  kind: 'phrase',
  patterns: [
    // "fuck you", "fuck him", "screw you guys", "fuck Comcast" (a name: anything but an exclamation or a thing).
    String.raw`\b(?:screw|damn)\s+(?:you|u|him|her|them|y'all|yourself|all\s+of\s+you)\b`,
    String.raw`\b${FUCK}(?<!(?:the|as|of|holy|oh|what|like|a|da|tha)\s+${FUCK})\s+(?!(?:it|yeah|yes|yea|no|this|that|these|those|me|my|up|off|around|with|sake|is|was|are|i|i'm|im|we|and|or|but|so|tho|though|outta|out|ever|even|everything|anything|nothing|all|today|tonight|lol|lmao|man|bro|dude|ya\s+know|y'know|the\s+(?:world|system|app|rules|game|weather|day|week|year|traffic|rain|snow|noise|heat|cold|mondays?))\b)(?:u\b|you|him|her|them|y'all|yourself|urself|the\s+\w+|all\s+of\s+you|[a-z]+)`,
    String.raw`\b(?:go\s+${FUCK}\s+(?:yourself|urself|yourselves|off)|${FUCK}\s+off|get\s+fucked|eat\s+(?:shit|a\s+dick)|suck\s+(?:my|a)\s+(?:dick|cock|balls)|kiss\s+my\s+(?:ass|arse|butt)|go\s+to\s+hell|burn\s+in\s+hell|rot\s+in\s+hell|die\s+in\s+a\s+(?:fire|ditch|hole)|screw\s+off|stfu|gtfo)\b`,
    // Orders with "the fuck" in them, given to the agent: "hurry the fuck up", "get the fuck off my account".
    String.raw`\b(?:hurry|get|stay|back|step|move|piss|fuck)\s+the\s+(?:fuck|f\*+k|f\*+ck|fck)\s+(?:up|off|out|away|back)\b`,
    String.raw`\bshut\s+(?:the\s+(?:fuck|f\*+k|f\*+ck|fck|hell|heck)\s+|tf\s+|your\s+(?:\w+\s+)?(?:mouth|face|trap|pie\s*hole)\s+)?up\b(?!\s+and\s+take\s+my\s+money)`,
    // Swearing said of what someone says or is: "you're full of shit", "talking out of his ass", "kick your ass".
    String.raw`\b(?:talk(?:s|ing|in)?\s+(?:out\s+(?:of\s+)?(?:your|his|her|their|ur)\s+(?:ass|arse)|shit\s+(?:about|to|on))|kick\s+(?:your|his|her|their|ur)\s+(?:\w+\s+)?ass|kiss(?:ing)?\s+(?:his|her|their|your|trump's|\w+'s)\s+(?:\w+\s+)?(?:ass|butt|arse))\b`,
    // Patterns that start at a sentence's start come last: the ones before, all starting on `\b`, share one test.
    // Said as a command, on its own: "Piss off.", "Drop dead!" ("drop dead gorgeous", "my bag got lost" are not).
    String.raw`(?:^|[.!?]\s+|\n)\s*(?:just\s+|now\s+)?(?:piss\s+off|drop\s+dead|bite\s+me|get\s+lost|get\s+bent)\s*(?:[.!?,]|$)`,
  ],
  unlessBefore: [
    // Reported or hoped-for by someone else: "he told me to shut up", "she said fuck you" is still a curse, but
    // "don't tell me to shut up" / "not going to shut up" are the customer's own refusal, not aimed at the agent.
    String.raw`\b(?:to|not|never|won't|will\s+not|can't|didn't|don't|n't|wanted|want|should|me\s+to)\s+$`,
    String.raw`\bcall(?:ed|s|ing)?\s+(?:me|us)\s+(?:an?\s+)?(?:\w+\s+)?$`,
    // "put up or shut up": a dare about evidence, an idiom aimed at no one in particular.
    String.raw`\bput\s+up\s+or\s+$`,
  ],
  examples: {
    flag: [
      'Fuck you and your company.',
      'Screw you guys, seriously.',
      'Shut the fuck up and refund me.',
      'Go fuck yourself.',
      'fuck comcast',
      'Kiss my ass.',
      'Piss off.',
      'Hurry the fuck up with my refund.',
      'Die in a fire, you thieves.',
    ],
    pass: [
      'Fuck, wrong one. Sorry!',
      'What the fuck is going on with my order?',
      'fuck this app honestly',
      'Fuck it, I will just reinstall.',
      "This thing sucks, it won't charge.",
      'Your support sucks!',
      'Shut up and take my money!',
      'Did my bag get lost again?',
      'Please do not tell me to shut up.',
      'Show me the receipt: put up or shut up.',
      'Oh fuck yeah, it works now!',
      'My phone nearly died in a hot car.',
    ],
  },
});
