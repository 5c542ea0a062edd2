import { defineRule } from '../rule.js';
import { INSULT_ADJ, INSULT_NOUN, THING_NOUN } from '../abusive-lexicon.js';
import { BEFORE_INSULT } from './abusive-insult.js';

// Insults said of a third person: "she is a liar", "those idiots", "the driver is a moron", "liberals are pathetic".
// OLID counts these as targeted insults, and in support the person is often the company's (a driver, a rep). A noun
// that insults only a person (INSULT_NOUN) may have any subject but a thing ("this", "it", "the app"); a noun or
// adjective that can also describe a thing ("a disgrace", "pathetic") needs a person as the subject.

// Not "be": "don't be a jerk", "would be a fool to" has no subject before it.
const COPULA = String.raw`(?:is|are|was|were|'s|'re|becomes?|remains?|seems?\s+(?:like|to\s+be)|sounds?\s+like|looks?\s+like|acts?\s+like|acting\s+like)`;
/** COPULA without the contractions ("bono's a" is rare; "he's" is read by the pronoun patterns). */
const SUBJECT_VERB = String.raw`(?:is|are|was|were|becomes?|remains?|seems?\s+(?:like|to\s+be)|sounds?\s+like|looks?\s+like|acts?\s+like|acting\s+like)`;
const PRONOUN = String.raw`(?:he|she|they|he's|she's|they're|hes|shes|theyre)`;
/** Subjects that are not people, or not someone else: a thing, the writer. */
const NOT_A_PERSON = String.raw`(?!(?:this|that|it|which|what|there|here|who|i|i'm|im|me|we|we're|us|you|u|ur|y'all|that's|it's|there's|here's|what's|service|app|product|food|show|game|movie|article|story|thing|idea|policy|law|bill|system|place|site|website|page|video|tweet|post|account|song|book|plan|deal|news|update|experience|phone|order|delivery|flight|price|company|brand|network|internet|wifi|connection|line|call|chat|email|support|customer\s+service)\b)`;
const PERSON_ADJ = String.raw`(?:stupid|dumb|ignorant|pathetic|disgusting|vile|vicious|despicable|deplorable|repulsive|ugly|brainless|brain[-\s]?dead|brainwashed|demented|unhinged|senile|deranged|mentally\s+ill|retarded|moronic|idiotic|hypocritical|illiterate|full\s+of\s+(?:shit|crap|bs|s\*+t|s[#$@!%]+t))`;
const GROUP = String.raw`(?:(?:these|those|the|all|most|some|many|you)\s+(?:\w+\s+)?(?:people|guys|idiots|morons|clowns|men|women|folks)|liberals|democrats|dems|conservatives|republicans|leftists|lefties|libs|antifa)`;

export default defineRule({
  id: 'abusive-insult-third',
  description: 'Detects insults said of someone else: a member of staff, a public figure, a group.',
  target: 'customer',
  signal: 'abusive',
  kind: 'phrase',
  patterns: [
    // "she is a liar", "he's such a fucking clown", "they are just cowards", "she a bitch". "They" is often the
    // company in support ("they are a joke" is criticism), so it takes only the nouns that insult a person.
    String.raw`\b(?:he|she|he's|she's|hes|shes)\s+(?:${COPULA}\s+)?${BEFORE_INSULT}(?:${INSULT_NOUN}|${THING_NOUN})\b`,
    // "she is a Republican hypocrite", "he is a dangerous fool", "she is human garbage": any one or two words before a
    // noun that insults only a person, when a copula says it of him or her.
    String.raw`\b(?:he|she)\s+(?:is|was)\s+(?:an?\s+|such\s+an?\s+|just\s+an?\s+|one\s+)?(?:[a-z-]+\s+){1,2}${INSULT_NOUN}\b`,
    String.raw`\b(?:they|they're|theyre)\s+(?:${COPULA}\s+)?${BEFORE_INSULT}${INSULT_NOUN}\b`,
    // "Bono is clearly a racist", "the driver was a moron": any subject but a thing or the writer.
    // The pattern starts on the verb, which is rare, and reads the subject in a lookbehind (as `lead`): starting on
    // the subject would try every word of every message. "racist", "fascist" are adjectives too ("exams are racist"):
    // as nouns they take an article or a plural.
    String.raw`\b${SUBJECT_VERB}(?<=\b(?<lead>${NOT_A_PERSON}[a-z]+\s+)${SUBJECT_VERB})\s+(?:${BEFORE_INSULT}(?!(?:racist|fascist|nazi|criminal|piece\s+of|sack\s+of|pos)\b)${INSULT_NOUN}|(?:\w+\s+)?(?:(?:such\s+)?an?|one|another|the\s+biggest|nothing\s+but\s+an?)\s+(?:\w+\s+)?(?:racist|fascist|nazi|criminal))\b`,
    // "she is pathetic", "liberals are so stupid", "these people are disgusting". Adjectives that also judge conduct
    // ("corrupt", "evil", "insane") are left out: said of a public figure they read as opinion as often as insult.
    String.raw`\b(?:${PRONOUN}|${GROUP})\s+${COPULA}\s+${BEFORE_INSULT}${PERSON_ADJ}\b`,
    // "those idiots", "these clowns", "that moron".
    String.raw`\b(?:these|those|that|this)\s+(?:(?:fucking|stupid|dumb|lying|pathetic|little|old|damn)\s+)*(?:idiots?|morons?|clowns?|imbeciles?|assholes?|bitch(?:es)?|losers?|dumbass(?:es)?|jackass(?:es)?|scumbags?|cretins?|lunatics?|bastards?|hypocrites?|liars|traitors|cowards|fools|buffoons|thugs|creeps?|motherfuckers?|fuckers?)\b`,
    // The people behind a company, by what runs it: "a company run by crooks", "staffed by clowns", "managed by a bunch
    // of idiots". Who runs a business is its staff, so the insult is aimed at people even with no pronoun.
    String.raw`\b(?:run|ran|staffed|managed|owned|operated)\s+by\s+(?:(?:a\s+)?(?:bunch|pack|gang|load|band)\s+of\s+)?(?:(?:absolute|complete|total|utter|greedy|lying|fucking|incompetent|clueless|stupid)\s+)*${INSULT_NOUN}\b`,
    // "how stupid they are", "shows how racist you are".
    String.raw`\bhow\s+(?:fucking\s+|damn\s+)?${INSULT_ADJ}\s+(?:you|u|he|she|they|these\s+people|liberals|democrats|conservatives|republicans)\s+(?:are|is|r|were|was|really\s+are)\b`,
  ],
  unlessBefore: [
    // Someone else's words reported, and negation: "she called him a liar", "I don't think he is a racist".
    String.raw`\bcall(?:ed|s|ing)?\s+(?:me|us|him|her|them|my\s+\w+)\s+(?:an?\s+)?(?:\w+\s+)?$`,
    String.raw`(?:\bnot|\bnever|n't)\s+(?:\w+\s+){0,3}$`,
  ],
  examples: {
    flag: [
      'She is a liar and everyone knows it.',
      'Your driver was a complete moron.',
      "He's such a fucking clown.",
      'Those idiots lost my bag again.',
      'Liberals are so pathetic.',
      'Those people are vile and vicious.',
      'The manager is clearly a racist.',
      'She is a far left hypocrite.',
      'He is a dangerous fool.',
      "Look how stupid they are.",
      'This airline is run by crooks and liars.',
      'A shop staffed by a bunch of clowns, no wonder my order is wrong.',
    ],
    pass: [
      'She is a lifesaver, please thank her.',
      'The app is a joke.',
      'They are a joke, two weeks and no refund.',
      'This is a disgrace.',
      'I am an idiot, I typed the wrong address.',
      "I don't think he is a liar.",
      'The service is pathetic.',
      'He is lying about the refund.',
      "Don't be a jerk about it, just say no.",
      'She is a big fan of your scones.',
      'The shop is run by volunteers, so be patient.',
      'A company owned by its customers.',
    ],
  },
});
