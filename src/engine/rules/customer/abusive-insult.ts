import { defineRule } from '../rule.js';

// Insults and name-calling aimed at the agent, the team or the company. Harsh criticism of the service ("worst
// service ever", "your app is useless") is not abuse: an insult targets people.
const INSULT =
  '(?:idiots?|morons?|imbeciles?|clowns?|fools?|losers?|incompetents?|jerks?|scum(?:bags?)?|trash|garbage|liars?|thieves|thief|crooks?|retards?|dumbass(?:es)?|muppets?|cretins?|halfwits?|numpties|pigs?|parasites?|vultures?|animals|monkeys|scammers?|frauds?|bastards?|assholes?|arseholes?|dickheads?|pricks?|bitch(?:es)?|wankers?|twats?|douche(?:bags?)?|cunts?|slobs?|cows?|scumbags?|dumbasses|dumbos?|nerds?|sheep|leeches|rats|snakes|crooks|thieving\\s+\\w+|dimwits?|nitwits?|dipshits?|shitheads?|buffoons?|amateurs)';
export default defineRule({
  id: 'abusive-insult',
  description: 'Detects insults or name-calling aimed at the agent or company.',
  target: 'customer',
  signal: 'abusive',
  kind: 'phrase',
  patterns: [
    String.raw`\byou(?:'re|\s+are|\s+r)?\s+(?:(?:a|an|such\s+an?|all|just|nothing\s+but|bunch\s+of|a\s+bunch\s+of|the\s+biggest|the\s+most)\s+)*(?:(?:fucking|fking|effing|bloody|damn|stupid|useless|incompetent|pathetic|worthless|brainless|clueless|lazy|lying|absolute|complete|total|utter)\s+)*${INSULT}\b`,
    String.raw`\b(?:you|your)\s+(?:people|guys|lot|team|staff|company|agents?|support\s+team|idiots?)\s+(?:are|is|r)\s+(?:(?:all|just|such|a\s+bunch\s+of|complete|total|absolute|fucking|so)\s+)*(?:${INSULT}|useless|incompetent|pathetic|stupid|brain-?dead|worthless|a\s+joke)\b`,
    String.raw`\b(?:stupid|incompetent|useless|worthless|pathetic|brainless|lazy|lying)\s+(?:${INSULT}|people|agents?|staff|bot|woman|man|girl|boy)\b`,
    String.raw`\b(?:are\s+you\s+(?:(?:really|that|so|fucking)\s+)*(?:stupid|dumb|incompetent|brain-?dead|illiterate|deaf|blind|thick|retarded|an?\s+${INSULT}|all\s+(?:brain-?dead|stupid|idiots|morons|incompetent)|too\s+(?:thick|stupid|dumb)))\b`,
    String.raw`\byou\s+(?:stupid|incompetent|useless|pathetic|brainless|worthless|lying|dumb)\b`,
    // About staff in the third person: "your receptionist is a rude stupid cow", "your idiot developers".
    String.raw`\b(?:your|ur|the|these|those|this\s+company's|you\s+people's)\s+(?:\w+\s+)?(?:receptionist|staff|agents?|employees?|cleaners|devs|developers|mods|moderators|engineers|drivers?|people|team|manager|reps?|representatives?|techs?|workers?|guys|company|support\s+staff|front\s+desk|courier)\s+(?:is|are|r)\s+(?:(?:a|an|all|such|just|absolute|complete|total|so|bunch\s+of|a\s+bunch\s+of)\s+)*(?:\w+\s+){0,2}${INSULT}\b`,
    String.raw`\b(?:your|ur|these|those)\s+(?:(?:fucking|bloody|stupid|brainless|idiot|moronic|moron|incompetent|lazy|useless)\s+)+(?:developers|devs|staff|agents?|people|team|employees|receptionists?|cleaners|mods|engineers|drivers?|reps?|idiots?|morons?)\b`,
    String.raw`\b(?:full\s+of|bunch\s+of|pack\s+of|nest\s+of|den\s+of|load\s+of)\s+(?:\w+\s+)?${INSULT}\b`,
    String.raw`(?:^|[.!?]\s+|\n)(?:hey|hi|hello|listen(?:\s+here)?|oi|yo|dear)\s*,?\s+(?:you\s+)?(?:\w+\s+)?${INSULT}\b`,
    String.raw`\byou(?:'re|\s+are)\s+(?:the\s+most|such\s+an?|a|an|the)\s+(?:\w+\s+)?(?:useless|incompetent|pathetic|stupid|worthless|lazy|dumb|rude|clueless)\s+(?:person|human|man|woman|employee|agent|excuse|individual)\b`,
    String.raw`\b(?:shut\s+up|screw\s+you|go\s+to\s+hell|get\s+lost|drop\s+dead|piss\s+off|bite\s+me|eat\s+shit)\b`,
  ],
  examples: {
    flag: [
      'You are a useless idiot.',
      'Your support team is a bunch of clowns.',
      'Are you stupid or something?',
      'Listen, you incompetent morons, fix it.',
      'Shut up and give me my money.',
      'Hey dumbasses, where is my order?',
      'This company is full of greedy scumbags.',
      'Your idiot developers broke the export again.',
      'Are you all brain-dead over there?',
    ],
    pass: [
      'This is the worst service I have ever had.',
      'Your app is useless since the update.',
      'I feel like an idiot, I forgot my password.',
      'I will take my business elsewhere.',
    ],
  },
});
