import { UNDERSTOOD_NOT_FELT } from '../feelings-lexicon.js';
import { defineRule } from '../rule.js';

// Empathy beyond a bare apology: the reply names the customer's feelings, concern, situation or its impact.
// "Sorry to hear that" alone is an apology, not empathy (practice.md). "I see that your order ..." is reading an
// account, not empathy, so "see" only counts as "see how/why".
const FEELING =
  '(?:frustrating|annoying|stressful|upsetting|disappointing|inconvenient|maddening|exhausting|worrying|concerning|confusing|aggravating|infuriating|difficult|hard|tough|rough|painful|unsettling|alarming|scary|frightening|terrifying|embarrassing|overwhelming|nerve-wracking|traumatic|devastating|discouraging|disheartening|a\\s+(?:pain|hassle|headache|nightmare)|not\\s+(?:ok|okay|acceptable|good\\s+enough))';
// Words strong enough that "X is <word>" is about the customer's experience whatever X is.
const STRONG_FEELING =
  "(?:frustrating|annoying|stressful|upsetting|awful|terrible|horrible|infuriating|maddening|exhausting|disappointing|distressing|heartbreaking|worrying|a\\s+(?:nightmare|shock|pain|hassle|headache)|(?:not|n't)\\s+acceptable|unacceptable)";
export default defineRule({
  id: 'empathy',
  description: 'Credits acknowledging the customer\'s feelings or situation: "I understand how frustrating this is".',
  target: 'reply',
  signal: 'empathy',
  kind: 'phrase',
  patterns: [
    String.raw`\bi\s+(?:(?:completely|totally|fully|really|truly|absolutely|can|do|definitely)\s+)*(?:understand|get|appreciate|recogni[sz]e|reali[sz]e|acknowledge)\s+(?!${UNDERSTOOD_NOT_FELT})(?:how|why|what|your\s+(?:frustration|concern|disappointment|annoyance|worry|point|situation|position|feelings?)|the\s+(?:frustration|impact|inconvenience|urgency))\b`,
    // "I get that losing access is frustrating", "we understand you're upset", "I know you've been without it".
    String.raw`\b(?:i|we)\s+(?:(?:completely|totally|fully|really|truly|absolutely|can|do|definitely)\s+)*(?:understand|appreciate|reali[sz]e|recogni[sz]e)\s+(?:that\s+)?(?:you(?:'re|\s+are|'ve|\s+have|\s+were|\s+must|\s+feel|\s+felt)|it(?:'s|\s+is|\s+was|\s+must)|this\s+(?:is|was|has)|(?:losing|being|having|waiting|getting|missing)\b|an?\s+[^.!?\n]{0,40}?\b(?:is|was)\s+(?:an?\s+)?(?:\w+\s+)?${FEELING})`,
    // "Know" and "get" also introduce good news ("we know you'll love it", "I know it's a bit corny"): they count only
    // when a hardship follows within a few words ("I know you've been without it", "we know it's been a long wait").
    String.raw`\b(?:i|we)\s+(?:(?:completely|totally|fully|really|truly|absolutely|can|do|definitely)\s+)*(?:know|get)\s+(?:that\s+)?(?:you(?:'re|\s+are|'ve|\s+have|\s+were|\s+must|\s+feel|\s+felt)|it(?:'s|\s+is|\s+was|\s+must|\s+can|\s+isn't|\s+wasn't)|this\s+(?:is|was|has|can|isn't|wasn't)|(?:losing|being|having|waiting|getting|missing)\b)\s+(?:[\w']+\s+){0,4}?(?:frustrat\w*|annoy\w*|upset\w*|disappoint\w*|stress\w*|worr\w*|concern\w*|confus\w*|inconvenien\w*|hard|difficult|tough|rough|long|wait\w*|without|important|urgent|not\s+(?:ideal|fun|great|good|easy|what)|ideal|a\s+(?:pain|hassle|headache|nightmare|bummer)|no\s+fun|never|anxious|eager|looking\s+forward|counting\s+on|relying\s+on|depending\s+on|in\s+a\s+(?:rush|hurry|bind|tough\s+spot))\b`,
    String.raw`\b(?:is|are|was|were|must\s+be|sounds?|feels?)\s+(?:(?:so|really|very|super|incredibly|truly|absolutely|genuinely|such\s+an?|an?)\s+)*${STRONG_FEELING}\b`,
    // "A terrible experience", and with the experience pointed at: "sorry for the frustrating wait", "this stressful time".
    String.raw`\b(?:a|such\s+a|what\s+a|the|this|that|your|such)\s+(?:(?:really|very|truly|incredibly)\s+)?(?:terrible|awful|horrible|stressful|frustrating|difficult|tough|rough|upsetting|worrying|distressing|miserable|disappointing|annoying|unpleasant|scary|painful)\s+(?:situation|experience|position|day|time|morning|night|week|ordeal|start|wait|delay|journey|trip|process)\b`,
    String.raw`\b(?:caused|causing)\s+(?:you\s+)?(?:(?:real|so\s+much|a\s+lot\s+of|such|considerable|significant|genuine)\s+)?(?:frustration|stress|worry|upset|distress|anxiety|disappointment|hassle|headaches?)\b`,
    // Agreeing with the complaint: "you're absolutely right", "you're right, that wasn't OK". A bare "you're right" also
    // agrees with small talk ("you're right, there's always next year"), so it needs an intensifier or a fault after it.
    String.raw`\byou(?:'re|\s+are)\s+(?:(?:absolutely|completely|totally|quite|entirely|100%)\s+right\b|right\b(?=[\s,;:.!-]+(?:(?:that|this|it)(?:\s+(?:isn't|wasn't|shouldn't|should\s+not|is\s+not|was\s+not)|'s\s+not)|we\s+(?:should|dropped|messed|missed|made|got)|[\w\s]{0,40}?\b(?:isn't|is\s+not|wasn't|not)\s+(?:acceptable|ok|okay|good\s+enough)))\b)`,
    String.raw`\b(?:(?:my|our)\s+(?:deepest\s+|sincere\s+|heartfelt\s+)?condolences|sorry\s+for\s+your\s+loss)\b`,
    String.raw`\b(?:we|i)\s+(?:(?:completely|totally|fully|really|truly|certainly|do|can|definitely|absolutely)\s+)*(?:understand|recogni[sz]e|appreciate)\s+(?:your|the)\s+(?:concerns?|frustration|worry|disappointment|situation|urgency|point|inconvenience|importance|impact|stress|annoyance)\b`,
    // "I can see why you're upset"; "I can see why the charge failed" reads an account, so a feeling or "you" must follow.
    String.raw`\b(?:i|we)\s+(?:can\s+)?(?:(?:definitely|totally|certainly|really|completely|absolutely|only)\s+)?(?:see|hear)\s+(?:how|why)\s+(?:[\w']+\s+){0,4}?(?:you|frustrat\w*|upset\w*|confus\w*|annoy\w*|disappoint\w*|concern\w*|stress\w*|worr\w*|hard|difficult|tough|inconvenien\w*|important|much)\b`,
    String.raw`\bi\s+hear\s+you\b`,
    String.raw`\bi\s+(?:can\s+(?:only\s+)?|could\s+)imagine\b`,
    String.raw`\b(?:that|this|it)(?:'s|\s+is|\s+must\s+be|\s+must\s+have\s+been|\s+must've\s+been|\s+sounds(?:\s+like\s+it\s+was)?|\s+would\s+be|\s+has\s+been|\s+was)\s+(?:(?:so|really|very|incredibly|understandably|extremely|truly|genuinely|such|hugely|deeply|definitely|certainly|absolutely|super|quite|pretty|totally|just)\s+)*(?:${FEELING}|${STRONG_FEELING}|never\s+(?:ok|okay|acceptable|fun))\b`,
    String.raw`\bhow\s+(?:(?:very|really|so)\s+)?${FEELING}(?:\s+(?:this|that|it)\b|(?=\s*!)|\s+for\s+you\b)`,
    String.raw`\b(?:i|we)\s+know\s+how\s+(?:important|much|frustrating|stressful|hard|difficult|urgent)\b`,
    String.raw`\b(?:not|isn't|wasn't)\s+the\s+(?:(?:kind|type|sort|level)\s+of\s+)?(?:[\w-]+\s+)?(?:experience|service|standard)\s+(?:that\s+)?(?:we|i)\s+(?:want|wanted|would\s+want|'d\s+want|expect|aim|strive|hope|like)\b`,
    String.raw`\b(?:that's|that\s+is|this\s+is|this\s+isn't|that\s+isn't|it's|it\s+is)\s+not\s+(?:the\s+)?(?:experience|level\s+of\s+service|standard)\s+(?:we|you)\b`,
    String.raw`\b(?:you(?:'re|\s+are|\s+have\s+every|'ve\s+every)\s+(?:(?:completely|totally|absolutely)\s+)?(?:right\s+to\s+be|understandably|rightly)|every\s+right\s+to\s+be)\b`,
    String.raw`\b(?:your\s+(?:frustration|concern|disappointment|anger)\s+is\s+(?:completely\s+|totally\s+|entirely\s+)?(?:understandable|justified|valid|fair)|(?:completely|totally|perfectly|entirely)\s+understandable)\b`,
    String.raw`\bin\s+your\s+(?:shoes|position|place)\b`,
    // "I can see where you're coming from", "we know your time is valuable".
    String.raw`\b(?:see|understand|get)\s+where\s+you(?:'re|\s+are)\s+coming\s+from\b`,
    String.raw`\b(?:we|i)\s+(?:(?:truly|really|completely|do)\s+)?(?:know|understand|realize|realise|appreciate|value|respect)\s+(?:that\s+)?your\s+time\s+is\s+(?:(?:very|so|really)\s+)?(?:valuable|precious|important|limited)\b`,
    String.raw`\bi(?:'d|\s+would)\s+(?:be|feel)\s+(?:\w+\s+)?(?:frustrated|upset|annoyed|the\s+same|disappointed|angry)\b`,
    // "I totally understand wanting a refund", "we understand not wanting to wait".
    String.raw`\b(?:i|we)\s+(?:(?:completely|totally|fully|really|truly|absolutely|can|do|definitely|certainly)\s+)*understand\s+(?:wanting|needing|feeling|not\s+wanting)\b`,
    // "I know that's not the answer you were hoping for", "not the news you wanted".
    String.raw`\bnot\s+the\s+(?:answer|news|response|outcome|result|reply)\s+(?:that\s+)?you\s+(?:were\s+)?(?:hoping|looking|wanted|expected|expecting|wanting|'d\s+hoped|had\s+hoped)\b`,
    // Fellow feeling: "we know the feeling", "we've all been there", "we feel you".
    String.raw`\b(?:(?:we|i)\s+know\s+(?:that|the)\s+feeling|we've\s+all\s+been\s+there|we\s+feel\s+you)\b`,
  ],
  unlessBefore: [String.raw`\b(?:don't|do\s+not|can't|cannot|didn't|not|never|if|isn't|wasn't)\s+$`],
  unlessAfter: [
    String.raw`^\s*,?\s*but\b`,
    // "It's hard to say without the logs" judges a task, not the customer's experience.
    String.raw`^\s+to\s+(?:say|tell|know|determine|pinpoint|confirm|diagnose|predict|guess|answer|find)\b`,
  ],
  examples: {
    flag: [
      'I understand how frustrating it is to be locked out before a deadline.',
      'I can imagine how stressful this has been.',
      "That's not the experience we want you to have.",
      'That sounds really frustrating.',
      'We know how important this trip is to you.',
      "You're right to be upset about this.",
      "You're absolutely right, and I'm sorry.",
      "You're right, that wasn't good enough.",
      "You're right, two weeks without an answer isn't acceptable.",
      'I completely understand your frustration.',
      'I can see why this was confusing.',
      'I’d be frustrated too if my package went missing.',
      'Missing gems are super annoying.',
      'I get that losing access to your account is really frustrating.',
      'We understand your concern.',
      "I know you've been without a phone for days.",
      "We know it's been a long wait.",
      'We understand the inconvenience this causes.',
      'I can definitely see how that would be frustrating.',
      "We know this isn't ideal.",
      "I can see where you're coming from.",
      'We know your time is valuable.',
      'Being left without a room is a terrible situation.',
      "That's super frustrating after a long day.",
      "That's definitely not okay.",
      'This is not the kind of service we want our members to get.',
      "That isn't the Friday-night experience we want you to have.",
      'I totally understand wanting to get this sorted today.',
      "I know that's not the answer you were hoping for.",
      'We know the feeling!',
      'We can definitely understand the frustration.',
      "We can see why you'd be upset.",
      "That's awful, we're so sorry.",
      'How frustrating! Let us sort it.',
      "That must've been scary.",
      "That's never okay.",
      "We know you're eager to get your order.",
      'Sorry for the frustrating wait on the line.',
      'We hope this stressful time is over soon.',
    ],
    pass: [
      "I'm sorry to hear that.",
      'I get what you mean: the toggle is on the left.',
      'I realize why the upload failed: the file is over 2 GB.',
      'I understand how to reproduce it now.',
      'I understand, but rules are rules.',
      'The report is ready, and the totals are not frustrating at all.',
      'I see that your order shipped on Monday.',
      'I can see why the payment failed: the card expired.',
      "I don't understand which account you mean.",
      'Please understand that refunds take five days.',
      'The setup is not difficult once the key is in place.',
      "We know you'll love the new menu!",
      "And you're right, there's always next year.",
      "Yeah, we know it's a bit cheesy.",
      "It's hard to say without the logs.",
      'We understand the need to verify your identity.',
      'Not the answer? Try the help page.',
      'This is just a test.',
      'How hard is the exam?',
      "We know you're going to love it.",
      'The difficult part is the setup.',
      'Here is how difficult levels work.',
    ],
  },
});
