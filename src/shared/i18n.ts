// Every word the extension's own UI shows comes from _locales/<lang>/messages.json through here, so a translator edits
// one file and the browser picks the agent's language. Keys are type-checked against the English file, the complete
// one; a message with placeholders must be given values. (The engine's own words stay English: src/engine.)
//
// This is browser.i18n.getMessage as webextension-polyfill exposes it: the polyfill passes i18n.getMessage through
// untouched in both browsers. The namespace is read directly instead of importing the polyfill because the polyfill
// refuses to load outside an extension (jsdom component tests), and there the bundled English messages stand in, with
// the browser's own placeholder rules, so tests read the same words an English-speaking agent does.
import english from '../../_locales/en/messages.json' with { type: 'json' };

type Messages = typeof english;
export type MessageKey = keyof Messages & string;

/** A value for a placeholder; numbers are written in the UI language's digits. */
type Substitution = string | number;

/** Messages with placeholders need at least one value; the unit test checks the count matches. */
type Substitutions<K extends MessageKey> = Messages[K] extends { placeholders: object } ? [Substitution, ...Substitution[]] : [];

interface I18nApi {
  getMessage(name: string, substitutions?: string | string[]): string;
}

interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

function nativeApi(): I18nApi | null {
  const scope = globalThis as { browser?: { i18n?: I18nApi }; chrome?: { i18n?: I18nApi } };
  const api = scope.browser?.i18n ?? scope.chrome?.i18n;
  return api && typeof api.getMessage === 'function' ? api : null;
}

/**
 * The browser's substitution rules for a messages.json entry: $NAME$ becomes its placeholder's content (names ignore
 * case), then $1..$9 become the values, and $$ is a dollar sign.
 */
export function formatMessage(entry: MessageEntry, substitutions: readonly string[]): string {
  const placeholders = Object.fromEntries(
    Object.entries(entry.placeholders ?? {}).map(([name, value]) => [name.toLowerCase(), value.content]),
  );
  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => placeholders[name.toLowerCase()] ?? whole);
  return named.replace(/\$(\$|[1-9])/g, (_, what: string) => (what === '$' ? '$' : (substitutions[Number(what) - 1] ?? '')));
}

const englishMessages = english as Record<string, MessageEntry>;

function englishMessage(key: string, substitutions: readonly string[]): string {
  const entry = englishMessages[key];
  return entry ? formatMessage(entry, substitutions) : key;
}

// The language and direction are fixed for the life of a page: read them once.
let cachedLanguage: string | null = null;
let cachedDirection: 'ltr' | 'rtl' | null = null;
let numberFormat: Intl.NumberFormat | null = null;
let pluralRules: Intl.PluralRules | null = null;

/** The UI language as a BCP 47 tag ("en-US", "ar"), for lang attributes and number formats. */
export function uiLanguage(): string {
  if (cachedLanguage === null) {
    const reported = nativeApi()?.getMessage('@@ui_locale') ?? '';
    cachedLanguage = reported ? reported.replace(/_/g, '-') : 'en';
  }
  return cachedLanguage;
}

/** 'rtl' when the UI language is written right to left (Arabic, Hebrew, Persian, Urdu…). */
export function textDirection(): 'ltr' | 'rtl' {
  cachedDirection ??= nativeApi()?.getMessage('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
  return cachedDirection;
}

function written(value: Substitution): string {
  if (typeof value === 'string') return value;
  numberFormat ??= new Intl.NumberFormat(uiLanguage());
  return numberFormat.format(value);
}

/** The message `key` in the UI language, with its placeholders filled in order ($1, $2, …). */
export function t<K extends MessageKey>(key: K, ...substitutions: Substitutions<K>): string {
  const values = substitutions.map(written);
  const api = nativeApi();
  // '' means the browser has no such message in any locale: the English file still does (a stale build, a test).
  const translated = api ? api.getMessage(key, values) : '';
  return translated || englishMessage(key, values);
}

/**
 * A count's message in the right grammatical number, `count` being its first value. messages.json has no plural
 * syntax, so each form is its own message; a language with more forms than one/other uses "other" for the rest.
 */
export function plural<One extends MessageKey, Other extends MessageKey>(
  count: number,
  forms: { one: One; other: Other },
  ...rest: Substitution[]
): string {
  pluralRules ??= new Intl.PluralRules(uiLanguage());
  const key = pluralRules.select(count) === 'one' ? forms.one : forms.other;
  return (t as (key: MessageKey, ...values: Substitution[]) => string)(key, count, ...rest);
}

/** Gives an extension page the UI language and its direction (html lang and dir), so the layout mirrors for RTL. */
export function localizeDocument(doc: Document, title?: string): void {
  doc.documentElement.lang = uiLanguage();
  doc.documentElement.dir = textDirection();
  if (title !== undefined) doc.title = title;
}
