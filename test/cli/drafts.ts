// Realistic drafts shared by the command-line tests.

export const ANGRY_CUSTOMER =
  "I've been waiting THREE WEEKS for my refund and nobody has answered a single email. This is ridiculous!!!";

/** Makes every move an upset, non-abusive customer needs. */
export const GOOD_REPLY = `Hi Sam,

Thank you for your patience, and I'm so sorry the refund has taken this long. I understand how frustrating it is to be left without an answer.
I'll personally look into it today and email you by 5pm with an update.

Best,
Alex`;

/** Misses empathy, apology and thanks, and says two harmful things (the second line starts with one). */
export const POOR_REPLY = `We processed the refund on our side.
Calm down, as I already said it takes 10 business days.`;

export const SPANISH_REPLY = 'Hola Sam, lamentamos mucho el retraso con su reembolso. Lo revisaremos hoy mismo y le escribiremos pronto.';
