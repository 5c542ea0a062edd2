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
  patterns: [
    String.raw`(?<=\b(?:sorry|apologi[sz]e|apologies|apology|regret)\s+(?:for|about)\s+)any\s+(?:inconvenience|confusion|frustration|trouble|issues?|problems?|misunderstanding|offen[cs]e|distress|disappointment|hassle|delay|disruption|stress|upset|worry|wait|mix-?up|error|errors|mistakes?)\b`,
    String.raw`(?<=\b(?:sorry|apologi[sz]e|apologies|regret)\s+(?:for|about)\s+)whatever\s+(?:happened|i\s+did|we\s+did|went\s+wrong|caused|it\s+was)\b`,
    String.raw`(?<=\b(?:regret|apologi[sz]e\s+for)\s+)any\s+(?:inconvenience|confusion|frustration|trouble|disruption)\b`,
    String.raw`(?<=\b(?:sorry|apologi[sz]e|apologies|regret)\b[^.!?\n]{0,60}\b(?:this|that|it|which|we)\s+)(?:may|might|could)\s+have\s+caused\b`,
  ],
  examples: {
    flag: [
      'We apologize for any inconvenience.',
      'Sorry for any confusion in my last reply.',
      'We apologize for the inconvenience this may have caused.',
      'Our apologies for any disruption to your service.',
    ],
    pass: [
      'We apologize for the inconvenience.',
      'Sorry for the confusion in my last reply.',
      'Do you have any other questions?',
      'The outage may have caused duplicate emails; I have removed them.',
    ],
  },
});
