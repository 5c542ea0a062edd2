import type { Phrase } from './types.js';

// The phrases follow the moves in /work/shared/notes/practice.md and are written fresh for this library: the phrase
// data under /work/shared/data measures the engine, so none of it is copied here.
//
// Rules every phrase keeps (test/engine/phrases.test.ts checks the mechanical ones):
// - a whole sentence that reads well dropped between two sentences of a draft; no greetings or sign-offs;
// - apologies name the problem, never the customer's feelings, never "any inconvenience", never undone by "but";
// - boundaries limit conduct calmly and keep offering help; they never insult or match the customer's emotion;
// - ownership commits to act and gives a next step, or asks for the customer's input on the resolution.
// Order matters: within a row and register the first phrase is the one offered first.

const EMPATHY: readonly Phrase[] = [
  {
    id: 'empathy.warm.frustrating',
    row: 'empathy',
    register: 'warm',
    text: "I understand how frustrating this must be, and I'd feel the same way in your position.",
    abbreviation: ';frustrating',
    situations: ['complaint', 'upset'],
  },
  {
    id: 'empathy.warm.imagine-disruption',
    row: 'empathy',
    register: 'warm',
    text: 'I can imagine how much this has thrown off your day, {{customer.firstName}}.',
    abbreviation: ';imagine',
    situations: ['complaint', 'upset'],
  },
  {
    id: 'empathy.warm.not-the-experience',
    row: 'empathy',
    register: 'warm',
    text: "This is not the experience we want you to have with {{company.name}}, and I'm glad you told us.",
    abbreviation: ';experience',
    situations: ['complaint'],
  },
  {
    id: 'empathy.warm.matters-to-you',
    row: 'empathy',
    register: 'warm',
    text: "I know how much this matters to you, so I'm treating it as a priority.",
    abbreviation: ';matters',
  },
  {
    id: 'empathy.formal.understand-concern',
    row: 'empathy',
    register: 'formal',
    text: 'I fully understand your concern and why this situation is so disappointing.',
    abbreviation: ';concern',
    situations: ['complaint', 'upset'],
  },
  {
    id: 'empathy.formal.time-lost',
    row: 'empathy',
    register: 'formal',
    text: 'I recognize how much of your time this issue has already taken.',
    abbreviation: ';timelost',
    situations: ['complaint'],
  },
  {
    id: 'empathy.brief.sounds-frustrating',
    row: 'empathy',
    register: 'brief',
    text: 'That sounds really frustrating.',
    abbreviation: ';sounds',
    situations: ['complaint', 'upset'],
  },
  {
    id: 'empathy.brief.see-why',
    row: 'empathy',
    register: 'brief',
    text: "I can see why you're upset.",
    abbreviation: ';seewhy',
    situations: ['upset', 'abusive'],
  },
];

const APOLOGY: readonly Phrase[] = [
  {
    id: 'apology.warm.sorry-for-trouble',
    row: 'apology',
    register: 'warm',
    text: "I'm so sorry for the trouble this has caused you.",
    abbreviation: ';sorry',
    situations: ['complaint', 'upset'],
  },
  {
    id: 'apology.warm.let-you-down',
    row: 'apology',
    register: 'warm',
    text: "I'm truly sorry we let you down, {{customer.firstName}}.",
    abbreviation: ';letdown',
    situations: ['complaint'],
  },
  {
    id: 'apology.warm.not-again',
    row: 'apology',
    register: 'warm',
    // The classic apology commits not to repeat the mistake, not only to regret it.
    text: "I'm sorry this happened, and I'll do my part to make sure it doesn't happen again.",
    abbreviation: ';notagain',
    situations: ['complaint'],
  },
  {
    id: 'apology.formal.on-behalf',
    row: 'apology',
    register: 'formal',
    text: 'On behalf of {{company.name}}, please accept my sincere apologies for this experience.',
    abbreviation: ';apologize',
    situations: ['complaint', 'upset'],
  },
  {
    id: 'apology.formal.our-mistake',
    row: 'apology',
    register: 'formal',
    // Owning the mistake outright takes the blame off the customer, which a bare "sorry" does not.
    text: 'The mistake here was ours, and I apologize for it.',
    abbreviation: ';mistake',
    situations: ['complaint'],
  },
  {
    id: 'apology.formal.delay',
    row: 'apology',
    register: 'formal',
    text: 'I apologize for the delay in getting back to you.',
    abbreviation: ';delay',
  },
  {
    id: 'apology.brief.sorry-to-hear',
    row: 'apology',
    register: 'brief',
    text: "I'm sorry to hear that.",
    abbreviation: ';sorryhear',
    situations: ['complaint', 'upset'],
  },
  {
    id: 'apology.brief.sorry-for-wait',
    row: 'apology',
    register: 'brief',
    text: 'Sorry for the wait.',
    abbreviation: ';wait',
  },
];

const OWNERSHIP: readonly Phrase[] = [
  {
    id: 'ownership.warm.personally',
    row: 'ownership',
    register: 'warm',
    // Promising personal attention answers the fear of being brushed off, which is what turns upset into furious.
    text: "I'll personally make sure this gets sorted out, and I'll keep you updated along the way.",
    abbreviation: ';personally',
    situations: ['complaint', 'upset'],
  },
  {
    id: 'ownership.warm.introduce-myself',
    row: 'ownership',
    register: 'warm',
    text: "I'm {{agent.firstName}}, and I'll be looking after this for you personally from here.",
    abbreviation: ';myself',
  },
  {
    id: 'ownership.warm.same-side',
    row: 'ownership',
    register: 'warm',
    text: "We're on the same side here, and I'll stay with this until it's resolved.",
    abbreviation: ';sameside',
    situations: ['upset', 'abusive'],
  },
  {
    id: 'ownership.warm.share-details',
    row: 'ownership',
    register: 'warm',
    text: 'Could you share your order number and a few details about what happened? Then I can get this moving for you.',
    abbreviation: ';details',
    situations: ['complaint'],
  },
  {
    id: 'ownership.formal.which-outcome',
    row: 'ownership',
    register: 'formal',
    // Asking for the customer's input first: most customers already know the resolution they want.
    text: 'Could you tell me which outcome would work best for you? I will do everything I can to arrange it.',
    abbreviation: ';outcome',
    situations: ['complaint'],
  },
  {
    id: 'ownership.formal.investigate',
    row: 'ownership',
    register: 'formal',
    text: 'I will investigate this myself and follow up with you as soon as I have an answer.',
    abbreviation: ';investigate',
  },
  {
    id: 'ownership.formal.ticket-noted',
    row: 'ownership',
    register: 'formal',
    text: "I've noted everything on ticket #{{ticket.id}} and will see it through to a resolution.",
    abbreviation: ';noted',
  },
  {
    id: 'ownership.brief.look-into',
    row: 'ownership',
    register: 'brief',
    text: 'Let me look into this right away.',
    abbreviation: ';lookinto',
  },
  {
    id: 'ownership.brief.check',
    row: 'ownership',
    register: 'brief',
    text: 'Let me check that for you.',
    abbreviation: ';check',
    situations: ['question'],
  },
  {
    id: 'ownership.brief.on-it',
    row: 'ownership',
    register: 'brief',
    text: "I'm on it and will update you shortly.",
    abbreviation: ';onit',
  },
];

const BOUNDARY: readonly Phrase[] = [
  {
    id: 'boundary.formal.respectful',
    row: 'boundary',
    register: 'formal',
    // First the limit, stated as something both sides keep; the warning about ending comes only if it goes on.
    text: 'I am here to help you, and I will keep this conversation respectful; I ask that you do the same.',
    abbreviation: ';respect',
    situations: ['abusive'],
  },
  {
    id: 'boundary.formal.end-chat',
    row: 'boundary',
    register: 'formal',
    text: 'If the abusive language continues, I will need to end this chat, though I would much rather keep working on a solution with you.',
    abbreviation: ';endchat',
    situations: ['abusive'],
  },
  {
    id: 'boundary.formal.language',
    row: 'boundary',
    register: 'formal',
    text: 'I cannot accept insults toward our team, and I remain ready to help with your request.',
    abbreviation: ';language',
    situations: ['abusive'],
  },
  {
    id: 'boundary.warm.civil',
    row: 'boundary',
    register: 'warm',
    text: 'I really do want to sort this out with you, and I can do that best if we keep things civil.',
    abbreviation: ';civil',
    situations: ['abusive'],
  },
  {
    id: 'boundary.warm.focus',
    row: 'boundary',
    register: 'warm',
    text: "I can hear how angry you are, and I want to help; let's keep this respectful so we can focus on fixing it.",
    abbreviation: ';focus',
    situations: ['abusive'],
  },
  {
    id: 'boundary.brief.please-respectful',
    row: 'boundary',
    register: 'brief',
    text: 'Please keep our conversation respectful so I can help.',
    abbreviation: ';polite',
    situations: ['abusive'],
  },
  {
    id: 'boundary.brief.end-if-insults',
    row: 'boundary',
    register: 'brief',
    text: "If the insults continue, I'll close this chat.",
    abbreviation: ';insults',
    situations: ['abusive'],
  },
];

const GRATITUDE: readonly Phrase[] = [
  {
    id: 'gratitude.warm.raising-it',
    row: 'gratitude',
    register: 'warm',
    text: 'Thank you for bringing this to our attention; it gives us the chance to put it right.',
    abbreviation: ';thanks',
    situations: ['complaint'],
  },
  {
    id: 'gratitude.warm.patience',
    row: 'gratitude',
    register: 'warm',
    text: 'Thanks, {{customer.firstName}}, for your patience while we work through this.',
    abbreviation: ';patience',
    situations: ['complaint', 'upset'],
  },
  {
    id: 'gratitude.warm.kind-words',
    row: 'gratitude',
    register: 'warm',
    text: "Thank you so much, {{customer.firstName}}; messages like yours make our day, and I'll pass it on to the team.",
    abbreviation: ';makesday',
    situations: ['praise'],
  },
  {
    id: 'gratitude.warm.sticking-with-us',
    row: 'gratitude',
    register: 'warm',
    text: 'Everyone at {{company.name}} appreciates you sticking with us.',
    abbreviation: ';loyal',
  },
  {
    id: 'gratitude.formal.opportunity',
    row: 'gratitude',
    register: 'formal',
    text: 'We appreciate the opportunity to resolve this for you.',
    abbreviation: ';opportunity',
    situations: ['complaint'],
  },
  {
    id: 'gratitude.formal.feedback',
    row: 'gratitude',
    register: 'formal',
    text: 'Thank you for taking the time to share this feedback with {{company.name}}.',
    abbreviation: ';feedback',
    situations: ['complaint', 'praise'],
  },
  {
    id: 'gratitude.formal.question',
    row: 'gratitude',
    register: 'formal',
    text: 'Thank you for your question; I am glad to help.',
    abbreviation: ';question',
    situations: ['question'],
  },
  {
    id: 'gratitude.brief.reaching-out',
    row: 'gratitude',
    register: 'brief',
    text: 'Thanks for reaching out.',
    abbreviation: ';reachout',
  },
  {
    id: 'gratitude.brief.kind-words',
    row: 'gratitude',
    register: 'brief',
    text: 'Thank you for the kind words!',
    abbreviation: ';kind',
    situations: ['praise'],
  },
];

/** The phrases shipped with the extension, grouped by row in checklist order. */
export const BUILT_IN_PHRASES: readonly Phrase[] = Object.freeze(
  [...EMPATHY, ...APOLOGY, ...OWNERSHIP, ...BOUNDARY, ...GRATITUDE].map((phrase) =>
    Object.freeze({ ...phrase, builtIn: true }),
  ),
);
