import { buildChecklist, verdictOf, type Situation } from './checklist.js';
import { AnchorIndex, compileRule, type Matcher } from './checks/index.js';
import { RULES } from './rules/index.js';
import type { Replacement, Rule } from './rules/rule.js';
import { detectLanguage } from './text/language.js';
import { prepareText, type PreparedText } from './text/prepared.js';
import { sentenceAt } from './text/sentences.js';
import {
  CUSTOMER_SIGNALS,
  REPLY_SIGNALS,
  type Analysis,
  type AnalyzeOptions,
  type CustomerSignal,
  type Evidence,
  type Finding,
  type ReplySignal,
  type SignalResult,
  type Truncation,
} from './types.js';

/**
 * Longest text analysed. A reply longer than ~30,000 words is not a reply; cutting keeps a pasted 5 MB log from
 * freezing the page, and the result says where it stopped.
 */
export const DEFAULT_MAX_CHARS = 200_000;

interface CompiledRule {
  rule: Rule;
  match: Matcher;
  /** The customer signals a match shows (its own and `alsoShows`), listed once at compile time. */
  shows: readonly CustomerSignal[];
  /**
   * A learned model: run only while its signal is still absent. It is there to reach what the phrasings miss; where
   * one already shows the signal it would add only more spans, and it is the dearest check (it reads every word).
   */
  fallback: boolean;
}

// Rules compile once per process: every keystroke reuses the same regular expressions.
let compiled: { reply: CompiledRule[]; customer: CompiledRule[] } | null = null;
function compiledRules() {
  if (!compiled) {
    // One index per side: a text's words are looked up once for all the rules that read it.
    const indexes = { reply: new AnchorIndex(), customer: new AnchorIndex() };
    const all = RULES.map((rule) => ({
      rule,
      match: compileRule(rule, indexes[rule.target]),
      shows: rule.target === 'customer' ? [rule.signal, ...(rule.alsoShows ?? [])] : [],
      fallback: rule.kind === 'linear',
    }))
      // The models last, so that they know whether the phrasings found their signal (the sort is stable).
      .sort((a, b) => Number(a.fallback) - Number(b.fallback));
    compiled = {
      reply: all.filter((c) => c.rule.target === 'reply'),
      customer: all.filter((c) => c.rule.target === 'customer'),
    };
  }
  return compiled;
}

function emptySignals<K extends string>(ids: readonly K[]): Record<K, SignalResult> {
  const signals = {} as Record<K, SignalResult>;
  for (const id of ids) signals[id] = { present: false, evidence: [] as Evidence[] };
  return signals;
}

function cut(text: string, max: number): { text: string; truncation?: Truncation } {
  if (text.length <= max) return { text };
  // Never split a surrogate pair: a span ending inside one would not be valid text.
  let end = max;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return { text: text.slice(0, end), truncation: { analyzedChars: end, totalChars: text.length } };
}

function applyReplacement(matched: string, replacement: Replacement): string | null {
  let out: string;
  if (typeof replacement === 'string') out = replacement;
  else {
    const from = new RegExp(replacement.from, 'iu');
    if (!from.test(matched)) return null;
    out = matched.replace(from, replacement.to);
  }
  // Keep the case of the first letter: "Calm down" -> "I understand ...", "as I said" -> "to recap".
  const first = matched.charAt(0);
  if (first && first === first.toUpperCase() && first !== first.toLowerCase()) return out.charAt(0).toUpperCase() + out.slice(1);
  return out;
}

/**
 * list.sort(compare), skipped when the list is in order already (most are: matches come rule by rule, and a rule's in
 * reading order). The sort is stable, so a list in order is what it would return.
 */
function sortInPlace<T>(list: T[], compare: (a: T, b: T) => number): void {
  for (let i = 1; i < list.length; i++)
    if (compare(list[i - 1] as T, list[i] as T) > 0) {
      list.sort(compare);
      return;
    }
}
const byStart = (a: Evidence, b: Evidence) => a.start - b.start;
const byStartThenEnd = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start - b.start || a.end - b.end;
const byPlaceThenRule = (a: Finding, b: Finding) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId);

/** A copy the caller may change without changing the cache (evidence objects are frozen and shared). */
function copySignals(signals: Record<CustomerSignal, SignalResult>): Record<CustomerSignal, SignalResult> {
  const copy = {} as Record<CustomerSignal, SignalResult>;
  for (const id of CUSTOMER_SIGNALS) copy[id] = { present: signals[id].present, evidence: [...signals[id].evidence] };
  return copy;
}

/**
 * Customer messages do not change while the agent types: remember the last one's result. The text and the disabled
 * rules are compared apart, so a repeat call compares the same string to itself instead of building a key from it.
 */
let lastCustomer: { text: string; disabled: string; result: Record<CustomerSignal, SignalResult> } | null = null;

function analyzeCustomer(text: string, disabled: ReadonlySet<string>): Record<CustomerSignal, SignalResult> {
  const disabledKey = disabled.size > 0 ? [...disabled].join(',') : '';
  if (lastCustomer && lastCustomer.text === text && lastCustomer.disabled === disabledKey) return copySignals(lastCustomer.result);
  const result = emptySignals(CUSTOMER_SIGNALS);
  const prepared = prepareText(text, { quotedSpeech: false });
  const anyDisabled = disabled.size > 0;
  for (const { rule, match, shows, fallback } of compiledRules().customer) {
    if (anyDisabled && disabled.has(rule.id)) continue;
    if (fallback && shows.every((signal) => result[signal].present)) continue;
    for (const m of match(prepared)) {
      for (const signal of shows) {
        result[signal].present = true;
        result[signal].evidence.push({ ruleId: rule.id, start: m.start, end: m.end, text: text.slice(m.start, m.end) });
      }
    }
  }
  for (const id of CUSTOMER_SIGNALS) sortInPlace(result[id].evidence, byStart);
  for (const id of CUSTOMER_SIGNALS) for (const e of result[id].evidence) Object.freeze(e);
  lastCustomer = { text, disabled: disabledKey, result: copySignals(result) };
  return result;
}

function analyzeReply(prepared: PreparedText, disabled: ReadonlySet<string>) {
  const signals = emptySignals(REPLY_SIGNALS);
  const findings: Finding[] = [];
  const { original } = prepared;
  const anyDisabled = disabled.size > 0;
  for (const { rule, match, fallback } of compiledRules().reply) {
    if (anyDisabled && disabled.has(rule.id)) continue;
    if (fallback && rule.signal && signals[rule.signal as ReplySignal].present) continue;
    for (const m of match(prepared)) {
      const text = original.slice(m.start, m.end);
      if (rule.signal) {
        signals[rule.signal as ReplySignal].present = true;
        signals[rule.signal as ReplySignal].evidence.push({ ruleId: rule.id, start: m.start, end: m.end, text });
      }
      if (rule.finding) {
        const replacements = (rule.finding.replacements ?? [])
          .map((r) => applyReplacement(text, r))
          .filter((r): r is string => r !== null && r !== text);
        findings.push({
          ruleId: rule.id,
          severity: rule.finding.severity,
          message: rule.finding.message,
          replacements,
          start: m.start,
          end: m.end,
          text,
        });
      }
    }
  }
  for (const id of REPLY_SIGNALS) sortInPlace(signals[id].evidence, byStartThenEnd);
  sortInPlace(findings, byPlaceThenRule);
  return { signals, findings };
}

/** No rule disabled: the usual case, without a Set made for it on every call. */
const NO_RULES: ReadonlySet<string> = new Set();

/** Checks a reply (and the customer message it answers) against the de-escalation practice. Pure and deterministic. */
export function analyze(reply: string, options: AnalyzeOptions = {}): Analysis {
  const settings = options.settings;
  const max = Math.max(1, settings?.maxChars ?? DEFAULT_MAX_CHARS);
  const disabled = settings?.disabledRules?.length ? new Set(settings.disabledRules) : NO_RULES;

  const replyCut = cut(typeof reply === 'string' ? reply : '', max);
  // Blank means absent; a test for one non-space character instead of trim(), which copies the message every call.
  const customerText = typeof options.customer === 'string' && /\S/.test(options.customer) ? options.customer : null;
  const customerCut = customerText === null ? null : cut(customerText, max);

  const prepared = prepareText(replyCut.text, { quotedSpeech: true });
  const language = detectLanguage(prepared.lower);

  const customer = customerCut ? analyzeCustomer(customerCut.text, disabled) : emptySignals(CUSTOMER_SIGNALS);
  const { signals, findings } = language.checked
    ? analyzeReply(prepared, disabled)
    : { signals: emptySignals(REPLY_SIGNALS), findings: [] };

  const situation: Situation = {
    customerProvided: customerCut !== null,
    complaint: customer.complaint.present,
    negativeEmotion: customer.negativeEmotion.present,
    abusive: customer.abusive.present,
  };
  const checklist = buildChecklist(
    { signals, customer, findings, situation, sentenceOf: (offset) => sentenceAt(prepared.sentences, offset).start },
    settings,
    language.checked,
  );

  const truncated =
    replyCut.truncation || customerCut?.truncation
      ? {
          ...(replyCut.truncation ? { reply: replyCut.truncation } : {}),
          ...(customerCut?.truncation ? { customer: customerCut.truncation } : {}),
        }
      : null;

  return {
    signals,
    // Named one by one rather than spread: spreading a record built key by key took the engine's slow path, a tenth of
    // a short reply's time (the type names every signal, so a new one cannot be left out).
    customer: {
      complaint: customer.complaint,
      negativeEmotion: customer.negativeEmotion,
      abusive: customer.abusive,
      provided: customerCut !== null,
    },
    checklist,
    findings,
    language,
    truncated,
    verdict: verdictOf(checklist, findings, language.checked),
  };
}
