// The empathy rules' words for how a customer feels (reply/empathy-reaction.ts, empathy-reflect.ts,
// empathy-validation.ts): one list, so that "we'd hate for you to feel ignored", "what has you feeling ignored?" and
// "anyone would feel ignored" are credited alike. Each is a regular-expression fragment in lower case; the rules add
// the structure that aims it at the customer ("you feel ...", "made you ...", "anyone would be ..."), so a word here
// is never evidence on its own.
//
// Source: written by hand for this project (practice.md's "reflect the customer's issue and feelings", the rubric's
// empathy examples); licence: the project's own.

/** Adjectives for a bad way to feel: "frustrated", "let down". */
export const NEGATIVE_FEELING = String.raw`(?:upset|frustrated|unhappy|disappointed|angry|mad|annoyed|irritated|let\s+down|unwelcome|unvalued|ignored|neglected|disrespected|cheated|misled|stressed|worried|concerned|anxious|confused|helpless)`;

/** Nouns for the same feelings: "your frustration", "the disappointment". */
export const FEELING_NOUN = String.raw`(?:frustration|concerns?|disappointment|annoyance|worry|worries|pain|anger|upset|stress|confusion|feelings?)`;
