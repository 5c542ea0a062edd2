import { defineRule } from '../rule.js';

// The customer reports a problem, failure, delay, bad experience or dissatisfaction. A plain question is not one.
export default defineRule({
  id: 'complaint',
  description: 'Detects a complaint in the customer\'s message: something broken, late, wrong, missing or disappointing.',
  target: 'customer',
  signal: 'complaint',
  kind: 'phrase',
  patterns: [
    String.raw`\b(?:not|isn't|aren't|wasn't|doesn't|don't|didn't|won't|can't|cannot|couldn't|never|still\s+(?:not|hasn't|haven't|isn't|doesn't)|hasn't|haven't|no\s+longer)\s+(?:\w+\s+){0,2}(?:work(?:ing|s|ed)?|arrived?|received?|get(?:ting)?|got(?:ten)?|load(?:ing|s)?|open(?:ing|s)?|respond(?:ing|ed)?|ship(?:ped)?|deliver(?:ed)?|refund(?:ed)?|log(?:ged)?\s*in|sign(?:ed)?\s*in|access|connect(?:ing|ed)?|fixed|resolved|answered|heard\s+back|sync(?:ing|ed)?|show(?:ing|n)?\s*(?:up)?|come|came|happen(?:ed)?|help(?:ed|ful)?|turn(?:ed)?\s+up|print(?:ing)?|sent|send(?:ing)?|save|saving|download|install|update|charge|reply|replied|called\s+back|showed\s+up|use|play|pay|book|reach|get\s+through|cleaned|fair|right|what\s+(?:i|we)\s+(?:expected|paid\s+for|ordered))\b`,
    String.raw`\b(?:broken|damaged|defective|faulty|missing|overcharged|double[- ]charged|charged\s+(?:me\s+)?(?:twice|two\s+times|again|for)|scam(?:med)?|ripped\s+off|crash(?:es|ed|ing)?|buggy|glitch(?:y|es)?|outage|stopped\s+working|keeps?\s+(?:crashing|failing|freezing|logging|breaking|happening)|fail(?:ed|s|ing|ure)|malfunction\w*|cracked|leak(?:s|ing|ed)|spoiled|expired|error)\b`,
    String.raw`\b(?:wrong|incorrect)\s+(?:item|size|colou?r|order|address|product|amount|charge|price|package|parcel|one)\b`,
    String.raw`\b(?:late|delayed|lost|stuck|locked\s+out|on\s+hold|overdue)\b`,
    String.raw`\b(?:terrible|horrible|awful|worst|unacceptable|disappointed|disappointing|frustrat\w*|ridiculous|useless|pathetic|appalling|disgraceful|poor|rude|unprofessional|incompetent|shoddy|abysmal|dreadful|unhappy|dissatisfied|not\s+happy|not\s+satisfied|fed\s+up|sick\s+of|tired\s+of)\b`,
    String.raw`\b(?:i\s+(?:want|need|demand|expect)|give\s+me|i'd\s+like)\s+(?:a\s+|my\s+|the\s+)?(?:full\s+)?(?:refund|money\s+back|compensation|replacement)\b`,
    String.raw`\b(?:still\s+waiting|been\s+waiting|waiting\s+(?:for|on)\s+(?:weeks|days|hours|months|ages|over|more|a\s+week|a\s+month))\b`,
    String.raw`\bno\s+(?:one|body|response|reply|answer|update|refund|help)\b`,
    String.raw`\b(?:cancel|cancell?ing)\s+(?:my|our|the)\s+(?:account|subscription|order|plan)\b`,
    // Something of theirs was lost, broken or taken: "my package was stolen", "your update wiped all my filters".
    String.raw`\b(?:my|our|the)\s+(?:\w+\s+){0,2}(?:was|were|got|has\s+been|have\s+been|is|are)\s+(?:\w+\s+)?(?:stolen|deleted|wiped|cancell?ed|suspended|locked|banned|blocked|closed|rejected|declined|lost|damaged|smashed|soaked|ruined|hacked|frozen|terminated|disconnected|cut\s+off|given\s+(?:away|to\s+someone\s+else)|shut\s+off|removed|denied|refused|ignored|down)\b`,
    String.raw`\b(?:deleted|wiped|erased|broke|ruined|lost|smashed|destroyed|cancell?ed|suspended|banned|closed|locked|disconnected|threw|dropped|damaged|gave\s+away|charged|billed)\s+(?:\w+\s+){0,2}(?:my|our|me|us)\b`,
    String.raw`\bwhere(?:'s|\s+is|\s+are)\s+(?:my|our)\b`,
    String.raw`\bwhy\s+(?:is|was|are|were|did|does|do|has|have|hasn't|haven't|isn't|wasn't|won't|can't)\s+(?:\w+\s+){0,4}?(?:still|not|never|rejected|locked|cancell?ed|suspended|banned|charged|closed|declined|denied|blocked)\b`,
    String.raw`\b(?:it's|it\s+has|it\s+was|that\s+was)\s+(?:already\s+)?been\s+(?:over\s+)?(?:\d+|two|three|four|five|six|several|a\s+few|many)\s+(?:days|weeks|months|hours)\b`,
    String.raw`\b(?:unfair|outrageous|disaster|sucks?|impossible|nightmare|rip-?off|joke)\b`,
    String.raw`\b(?:was|were|is|are|arrived)\s+(?:\w+\s+)?(?:cold|dirty|filthy|noisy|slow|smelly|stained|mouldy|moldy|unusable|unreadable|blank|empty|frozen|stuck|smashed|cracked|torn|soaked|wet)\b`,
    String.raw`\b(?:drains?|draining|overheat\w*|freez(?:es|ing)|lag(?:s|gy|ging)|kept\s+(?:awake|waiting))\b`,
    String.raw`\b(?:\d+|three|four|five|six|several|multiple|many)\s+times\b`,
    String.raw`\bfix\s+(?:it|this|your|my|the)\b`,
    String.raw`\bwrong\b`,
    String.raw`\b(?:instead\s+of|rather\s+than)\s+(?:the\s+)?[£$€]?\d`,
  ],
  unlessBefore: [
    // The customer correcting themselves: "oops, wrong file", "shit, sent the wrong one".
    String.raw`(?:sorry|oops|whoops|my\s+bad|shit|damn|sent\s+(?:you\s+)?the|attached\s+the)[\s,!.]*$`,
    String.raw`\b(?:what\s+if|in\s+case|if\s+it|so\s+(?:it|that)|to\s+avoid|to\s+prevent|not\s+that)\s+(?:\w+\s+){0,2}$`],
  unlessSentence: [
    // Praise framed with a negative word: "no problems at all", "never been happier".
    String.raw`\b(?:no\s+(?:problems?|issues?|complaints?)|never\s+been\s+(?:happier|better)|not\s+(?:a\s+)?(?:single\s+)?(?:problem|issue))\b`,
  ],
  examples: {
    flag: [
      'My order still hasn’t arrived and it has been two weeks.',
      'The app keeps crashing when I open the camera.',
      'You charged me twice for the same month.',
      'I received the wrong size.',
      'This is the worst service I have ever had.',
      "I can't log in since the update.",
      'I want a full refund.',
      'My package was stolen from my porch.',
      'Your latest update wiped all my saved filters.',
      'Why is my account still locked?',
      'Breakfast was cold and nobody came.',
    ],
    pass: [
      'How do I change the email address on my account?',
      'Thank you so much, the new plan is great!',
      'Do you ship to Canada?',
      'Everything works now, no problems at all.',
      'Could you tell me where my nearest store is?',
      'I tried it twice and it works great, thanks!',
      'Oops, wrong file. Here is the right one.',
    ],
  },
});
