import { defineRule } from '../rule.js';

// "Any inconvenience" and "may have caused" hedge the apology: the customer knows exactly what it caused. This one is
// both an apology and a non-apology (practice.md): the apology rule credits it, this rule asks to make it concrete.
export default defineRule({
  id: 'non-apology-hypothetical',
  description: 'Flags hedged apologies: "sorry for any inconvenience", "the trouble this may have caused".',
  target: 'reply',
  signal: 'nonApology',
  finding: {
    severity: 'suggestion',
    message: '"Any … this may have caused" hedges. Say what it did cause: "the delay", "the double charge".',
    replacements: [
      { from: String.raw`^any\s+(\w+)$`, to: 'the $1' },
      { from: String.raw`^whatever\s+.*$`, to: 'what happened' },
      { from: String.raw`^(?:may|might|could)\s+have\s+caused$`, to: 'has caused' },
    ],
  },
  kind: 'phrase',
  // Each pattern starts on the hedge itself ("any", "whatever", "may") and checks the apology before it in a lookbehind
  // placed after that first word: a lookbehind at the very start would run at every position of the text.
  patterns: [
    String.raw`\bany(?<=\b(?:sorry|apologi[sz]e|apologies|apology|regret)\s+(?:for|about)\s+any)\s+(?:and\s+all\s+)?(?:[a-z-]+\s+){0,3}?(?:inconvenience|confusion|frustration|trouble|issues?|problems?|misunderstanding|offen[cs]e|distress|disappointment|hassle|delays?|disruptions?|stress|upset|worry|wait|mix-?ups?|errors?|mistakes?|changes?|cancell?ations?|difficult(?:y|ies)|glitch(?:es)?|outages?|hiccups?|annoyance|bother|miscommunication|complications?|damage|interruptions?)\b`,
    String.raw`\bwhatever(?<=\b(?:sorry|apologi[sz]e|apologies|regret)\s+(?:for|about)\s+whatever)\s+(?:happened|i\s+did|we\s+did|went\s+wrong|caused|it\s+was)\b`,
    String.raw`\bany(?<=\b(?:regret|apologi[sz]e\s+for)\s+any)\s+(?:inconvenience|confusion|frustration|trouble|disruption)\b`,
    String.raw`\b(?:may|might|could)(?<=\b(?:sorry|apologi[sz]e|apologies|regret)\b[^.!?\n]{0,60}\b(?:this|that|it|which|we)\s+(?:may|might|could))\s+(?:have\s+caused|cause|be\s+causing|have\s+created)\b`,
    // "Sorry for the trouble, if any."
    String.raw`\bif\s+any\b(?<=\b(?:sorry|apologi[sz]e|apologies|regret)\b[^.!?\n]{0,60}\bif\s+any)`,
  ],
  examples: {
    flag: [
      'We apologize for any inconvenience.',
      'Sorry for any confusion in my last reply.',
      'We apologize for the inconvenience this may have caused.',
      'Our apologies for any disruption to your service.',
      'We regret any confusion.',
      'Sorry about whatever went wrong there.',
      "I'm sorry for the delay and any trouble it might have caused.",
      'Sorry for the mix-up, and sorry for any mix-up this could have caused.',
      'Our apologies for any last-minute schedule changes.',
      'We apologize for any and all technical difficulties today.',
      'Sorry for any delays with your parcel.',
      'We apologize for the disruption this may cause.',
      'Sorry for the inconvenience, if any.',
    ],
    pass: [
      'We apologize for the inconvenience.',
      'Sorry for the confusion in my last reply.',
      'Do you have any other questions?',
      'The outage may have caused duplicate emails; I have removed them.',
      'Any delay on our side is refunded automatically.',
      'Sorry for the delay. For any changes to your booking, use the app.',
      'Sorry for the delay. Tell us if any items are missing.',
      'Sorry. Whatever happened, the refund is on its way.',
      'I am sorry. The update may have caused this.',
      'We are sorry for many things, and the company may yet be sorry about your inconvenience.',
    ],
  },
});
