// Texts for bench/run.mjs: a typical reply with the customer message it answers, and long replies composed from
// varied support sentences. Long texts come from templates with slots filled by a seeded generator, so they read
// like real threads (few sentences repeat) and every run times the same text.

export const TYPICAL_CUSTOMER = `Hi,

This is the THIRD time I'm writing about order #48213 and nobody has bothered to answer. It was supposed to arrive
last Friday for my daughter's birthday and the tracking page hasn't changed in six days. I paid for express shipping!!!
Honestly this is the worst service I've had from any shop. I want my money back or the parcel here by tomorrow.`;

// ~150 words: greeting, apology, empathy, ownership, a question, thanks, sign-off.
export const TYPICAL_REPLY = `Hi Maria,

I'm so sorry your order hasn't arrived, and that it took three messages to reach someone. I understand how
frustrating this must be, especially with your daughter's birthday planned around it, and that's not the experience
we want you to have.

I've checked order #48213: the parcel has been held at the regional depot since last Thursday because of a labelling
error on our side. I'll personally contact the courier this morning to get it released and sent on the next express
run, and I've refunded the express shipping fee to your card today.

If you'd rather not wait, I can cancel the order and refund the full amount instead. Could you let me know which you
prefer? I'll email you by 3 pm either way with an update.

Thank you for your patience, and for telling us about this.

Best regards,
Jonas`;

const PRODUCTS = ['blender', 'standing desk', 'pair of running shoes', 'coffee grinder', 'winter jacket', 'router', 'phone case', 'desk lamp', 'travel bag', 'kettle'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'the weekend', 'yesterday', 'this morning'];
const TEAMS = ['warehouse team', 'billing team', 'courier', 'returns desk', 'technical team', 'store manager'];
const ISSUES = ['a damaged box', 'a missing part', 'a double charge', 'a late delivery', 'the wrong size', 'a failed update', 'a login problem'];
const AMOUNTS = ['12.50', '24.99', '49.00', '89.95', '129.00', '8.40'];

const TEMPLATES = [
  "I'm so sorry the {product} arrived with {issue}.",
  'I understand how frustrating it is to wait since {day} without any news.',
  "I'll check order #{order} with the {team} and get back to you by {day}.",
  'Could you send me a photo of the label on the {product}?',
  'Thank you for your patience while we sort out {issue}.',
  'Our records show the {product} on order #{order} left the depot on {day}.',
  'I have refunded {amount} for order #{order} to your card, and it should appear within three business days.',
  'That is not the experience we want you to have with us.',
  "Let me look into why the {team} didn't reply to you on {day}.",
  'We apologize for {issue}; it was our mistake.',
  'I can imagine how annoying it is to deal with {issue} on top of everything else.',
  'Would you prefer a replacement {product} or a full refund of {amount}?',
  'I have added a note to case {order} so the {team} can see the whole history.',
  'The tracking page was not updated on {day}, which is why it looked stuck.',
  "I'll personally make sure the replacement {product} ships today.",
  'Thanks for letting us know about {issue}.',
  'If it helps, I can also arrange a pickup from your address on {day}.',
  'Please keep the original packaging until the {team} confirms the return.',
  'I checked the order history and found {issue} that we should have caught earlier.',
  'Your feedback about the {team} has been passed on to the manager.',
  "We've extended your warranty on the {product} by six months as an apology.",
  'Once the parcel is scanned, you will get an email with the new tracking number, ending in {order}.',
  'I know how much you were counting on the {product} arriving before {day}.',
  'To speed things up, could you confirm the delivery address on order #{order}?',
];

/** A small seeded generator (mulberry32): the same texts on every run and every machine. */
function seeded(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const wordCount = (text) => text.split(/\s+/).filter(Boolean).length;

/** A reply of about `words` words, in paragraphs of three to five sentences. */
export function composeReply(words, seed = 1) {
  const random = seeded(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const fill = (template) =>
    template
      .replace('{product}', () => pick(PRODUCTS))
      .replace('{day}', () => pick(DAYS))
      .replace('{team}', () => pick(TEAMS))
      .replace('{issue}', () => pick(ISSUES))
      .replace('{amount}', () => pick(AMOUNTS))
      .replace('{order}', () => String(10000 + Math.floor(random() * 90000)));
  const paragraphs = ['Hi Sam,'];
  let total = 2;
  while (total < words) {
    const sentences = Array.from({ length: 3 + Math.floor(random() * 3) }, () => fill(pick(TEMPLATES)));
    const paragraph = sentences.join(' ');
    paragraphs.push(paragraph);
    total += wordCount(paragraph);
  }
  paragraphs.push('Best regards,\nJonas');
  return paragraphs.join('\n\n');
}

/** Distinct angry customer messages, for timing the engine without its memo of the last customer message. */
export function customerVariants(count) {
  return Array.from({ length: count }, (_, i) => TYPICAL_CUSTOMER.replace('#48213', `#${48213 + i}`));
}

export { wordCount };
