import { defineRule } from '../rule.js';

// The customer reports a problem, failure, delay, bad experience or dissatisfaction. A plain question is not one.
export default defineRule({
  id: 'complaint',
  description: 'Detects a complaint in the customer\'s message: something broken, late, wrong, missing or disappointing.',
  target: 'customer',
  signal: 'complaint',
  kind: 'phrase',
  patterns: [
    String.raw`\b(?:not|isn't|aren't|wasn't|doesn't|don't|didn't|won't|can't|cannot|couldn't|never|still\s+(?:not|hasn't|haven't|isn't|doesn't)|hasn't|haven't|no\s+longer)\s+(?:\w+\s+){0,2}(?:work(?:ing|s|ed)?|arrived?|received?|get(?:ting)?|got(?:ten)?|load(?:ing|s)?|open(?:ing|s)?|respond(?:ing|ed)?|ship(?:ped)?|deliver(?:ed)?|refund(?:ed)?|log(?:ged)?\s*in|sign(?:ed)?\s*in|access|connect(?:ing|ed)?|fixed|resolved|answered|heard\s+back|sync(?:ing|ed)?|show(?:ing|n)?\s*(?:up)?|come|came|happen(?:ed)?|help(?:ed|ful)?|turn(?:ed)?\s+up|print(?:ing)?|sent|send(?:ing)?|save|saving|download|install|update|charge|reply|replied|called\s+back)\b`,
    String.raw`\b(?:broken|damaged|defective|faulty|missing|overcharged|double[- ]charged|charged\s+(?:me\s+)?(?:twice|two\s+times|again|for)|scam(?:med)?|ripped\s+off|crash(?:es|ed|ing)?|buggy|glitch(?:y|es)?|outage|stopped\s+working|keeps?\s+(?:crashing|failing|freezing|logging|breaking|happening)|fail(?:ed|s|ing|ure)|malfunction\w*|cracked|leak(?:s|ing|ed)|spoiled|expired|error)\b`,
    String.raw`\b(?:wrong|incorrect)\s+(?:item|size|colou?r|order|address|product|amount|charge|price|package|parcel|one)\b`,
    String.raw`\b(?:late|delayed|lost|stuck|locked\s+out|on\s+hold|overdue)\b`,
    String.raw`\b(?:terrible|horrible|awful|worst|unacceptable|disappointed|disappointing|frustrat\w*|ridiculous|useless|pathetic|appalling|disgraceful|poor|rude|unprofessional|incompetent|shoddy|abysmal|dreadful|unhappy|dissatisfied|not\s+happy|not\s+satisfied|fed\s+up|sick\s+of|tired\s+of)\b`,
    String.raw`\b(?:i\s+(?:want|need|demand|expect)|give\s+me|i'd\s+like)\s+(?:a\s+|my\s+|the\s+)?(?:full\s+)?(?:refund|money\s+back|compensation|replacement)\b`,
    String.raw`\b(?:still\s+waiting|been\s+waiting|waiting\s+(?:for|on)\s+(?:weeks|days|hours|months|ages|over|more|a\s+week|a\s+month))\b`,
    String.raw`\bno\s+(?:one|body|response|reply|answer|update|refund|help)\b`,
    String.raw`\b(?:cancel|cancell?ing)\s+(?:my|our|the)\s+(?:account|subscription|order|plan)\b`,
  ],
  unlessBefore: [String.raw`\b(?:what\s+if|in\s+case|if\s+it|so\s+(?:it|that)|to\s+avoid|to\s+prevent|not\s+that)\s+(?:\w+\s+){0,2}$`],
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
    ],
    pass: [
      'How do I change the email address on my account?',
      'Thank you so much, the new plan is great!',
      'Do you ship to Canada?',
      'Everything works now, no problems at all.',
    ],
  },
});
