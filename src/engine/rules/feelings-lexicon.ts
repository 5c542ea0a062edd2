// The empathy rules' words for how a customer feels (reply/empathy.ts, empathy-reaction.ts, empathy-reflect.ts,
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

/**
 * What "I understand ..." or "I get ..." may be about that is not the customer's lot: a task ("how to reset it"), what
 * they meant ("what you mean"), a cause ("why the payment failed"). Said of these, the words acknowledge nothing.
 */
export const UNDERSTOOD_NOT_FELT = String.raw`(?:how\s+to|what\s+(?:you|the|it|this)\s+(?:mean|means|meant|need|needs|want|wants|is|are)|why\s+(?:the|it|this|that|your)\s+(?:\w+\s+)?(?:failed|happened|didn't|doesn't|won't|declined|broke))\b`;
