// Pseudo-locales made from the English messages, to prove the UI survives translation without waiting for one:
// "long" writes every message with accented letters, at least 40% longer (German and Finnish run that much longer
// than English), inside [brackets] so clipping shows at either end; "rtl" writes it in Arabic letters, just as much
// longer, for a right-to-left locale. Placeholders ($NAME$, $1, $$) and {{phrase placeholders}} stay as they are, so
// every value still lands in its place.

export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type Messages = Record<string, MessageEntry>;
export type PseudoVariant = 'long' | 'rtl';

/** How much longer every pseudo message is than its English text, at least. */
export const EXPANSION = 0.4;

const LATIN = 'abcdefghijklmnopqrstuvwxyz';
const ACCENTED = 'áƀçđéƒĝĥíĵķĺɱñóƥǫŕšţúṽŵẋýž';
const ACCENTED_UPPER = 'ÅƁÇĐÉƑĜĤÎĴĶĹṀÑÖƤǪŔŠŢÛṼŴẊÝŽ';
const ARABIC = 'ابتثجحخدذرزسشصضطظعغفقكلمنه';

const PADDING: Record<PseudoVariant, string[]> = {
  long: ['ŀöŕéɱ', 'ïƥšûɱ', 'đöļöŕ', 'šïţ', 'áɱéţ', 'çöñšé'],
  rtl: ['لوريم', 'إيبسوم', 'دولور', 'سيت', 'أميت', 'كونسي'],
};

/** $NAME$, $1..$9 and $$ (the browser's), and {{name}} (the phrases'): kept verbatim. */
const KEPT = /(\$[A-Za-z0-9_@]+\$|\$[1-9$]|\{\{[^}]*\}\})/;

function letters(text: string, variant: PseudoVariant): string {
  return text.replace(/[A-Za-z]/g, (ch) => {
    const lower = ch.toLowerCase();
    const at = LATIN.indexOf(lower);
    if (variant === 'rtl') return ARABIC[at]!;
    return ch === lower ? ACCENTED[at]! : ACCENTED_UPPER[at]!;
  });
}

/** The message's own text, without its placeholders: what a translator writes, and what grows. */
export function translatableLength(message: string): number {
  return message
    .split(KEPT)
    .filter((part) => !KEPT.test(part))
    .join('').length;
}

export function pseudoMessage(message: string, variant: PseudoVariant): string {
  const body = message
    .split(KEPT)
    .map((part) => (KEPT.test(part) ? part : letters(part, variant)))
    .join('');
  const wanted = Math.ceil(translatableLength(message) * (1 + EXPANSION));
  const words = PADDING[variant];
  let padded = variant === 'long' ? `[${body}` : body;
  // Whole words, so the padding wraps where real text would.
  for (let i = 0; translatableLength(padded) + (variant === 'long' ? 1 : 0) < wanted; i++) padded += ` ${words[i % words.length]}`;
  return variant === 'long' ? `${padded}]` : padded;
}

export function pseudoLocale(english: Messages, variant: PseudoVariant): Messages {
  return Object.fromEntries(
    Object.entries(english).map(([key, entry]) => [key, { ...entry, message: pseudoMessage(entry.message, variant) }]),
  );
}
