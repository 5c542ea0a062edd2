// The labelled sets the engine is measured on, and how each is scored. Shared by `npm run eval` (eval/run.mjs, the
// built engine) and the floor test in `npm test` (test/engine/floors.test.ts, the engine's sources): both pass in the
// engine's `analyze`, so the figures they print and hold are the same figures.
import { readFileSync } from 'node:fs';

export const DATA_DIR = new URL('./data/', import.meta.url);

/** twcs label -> where the engine's answer is (see data/README.md, "Mapping to the engine's output"). */
export const TWCS_REPLY_LABELS = {
  apology: 'apology',
  non_apology: 'nonApology',
  empathy: 'empathy',
  gratitude: 'gratitude',
  ownership: 'ownership',
  ask_input: 'askInput',
  blame_or_dismissive: 'blame',
};
export const TWCS_CUSTOMER_LABELS = { complaint: 'complaint', negative_emotion: 'negativeEmotion', abusive: 'abusive' };

/** A clear message instead of a stack trace when a data file is missing or malformed. */
function readData(name) {
  const url = new URL(name, DATA_DIR);
  try {
    return readFileSync(url, 'utf8');
  } catch (error) {
    throw new Error(`eval: cannot read ${url.pathname} (${error.code ?? error.message}); the data sets live in eval/data/`, { cause: error });
  }
}

function parseJsonl(name) {
  return readData(name)
    .split('\n')
    .map((line, i) => [line, i + 1])
    .filter(([line]) => line.trim())
    .map(([line, n]) => {
      try {
        return JSON.parse(line);
      } catch (error) {
        throw new Error(`eval: ${name} line ${n} is not JSON (${error.message})`, { cause: error });
      }
    });
}

export const loadTwcs = () => parseJsonl('twcs-dev.jsonl');

/** OLID rows: { id, tweet, a: 'OFF'|'NOT', b: 'TIN'|'UNT'|'NULL' }. */
export function loadOlid() {
  const [header, ...rows] = readData('olid-dev.tsv').split('\n').filter((l) => l.trim());
  if (!header.startsWith('id\ttweet')) throw new Error('eval: olid-dev.tsv does not start with its id/tweet header');
  return rows.map((row) => {
    const [id, tweet, a, b] = row.split('\t');
    return { id, tweet, a, b };
  });
}

/**
 * OLID in two parts by id: the study part (three quarters) is where misses may be read and the abusive words learned;
 * the check part (ids divisible by 4, about 3,000 tweets) is only scored, as fold B is for twcs.
 */
export const olidPart = (rows, part) => rows.filter((row) => (Number(row.id) % 4 === 0) === (part === 'check'));

export class Tally {
  constructor(set, signal) {
    Object.assign(this, { set, signal, tp: 0, fp: 0, fn: 0, tn: 0, errors: [] });
  }
  add(truth, predicted, describe) {
    if (truth && predicted) this.tp++;
    else if (!truth && !predicted) this.tn++;
    else {
      if (truth) this.fn++;
      else this.fp++;
      this.errors.push(`${truth ? 'MISS' : 'FALSE ALARM'} ${describe()}`);
    }
  }
  get precision() {
    return this.tp + this.fp === 0 ? null : this.tp / (this.tp + this.fp);
  }
  get recall() {
    return this.tp + this.fn === 0 ? null : this.tp / (this.tp + this.fn);
  }
  /** Share of all items predicted positive (for "UNT flagged"). */
  get flaggedShare() {
    const all = this.tp + this.fp + this.fn + this.tn;
    return all === 0 ? null : (this.tp + this.fp) / all;
  }
}

const clip = (s, n = 220) => JSON.stringify(s.length > n ? `${s.slice(0, n)}…` : s);

/**
 * twcs-dev per fold: reply signals, customer signals, and the language verdict (English items checked, others not).
 * Returns Map<fold, Tally[]>. English items are scored on every label; a non-English item only on being "not checked".
 */
export function scoreTwcs(analyze, items = loadTwcs()) {
  const byFold = new Map();
  const tally = (fold, signal) => {
    if (!byFold.has(fold)) byFold.set(fold, new Map());
    const tallies = byFold.get(fold);
    if (!tallies.has(signal)) tallies.set(signal, new Tally(`twcs ${fold}`, signal));
    return tallies.get(signal);
  };
  for (const item of items) {
    const result = analyze(item.reply, { customer: item.customer });
    const english = item.lang === 'en';
    const where = () => `#${item.n} ${item.company}`;
    // "und": a reply of handles and a link only, neither English nor another language; nothing to score.
    if (item.lang !== 'und')
      tally(item.fold, 'language: checked').add(english, result.language.checked, () => `${where()} [${item.lang}] ${clip(item.reply)}`);
    if (!english) continue;
    for (const [label, signal] of Object.entries(TWCS_REPLY_LABELS)) {
      const t = tally(item.fold, signal);
      t.add(item[label], result.signals[signal].present, () => {
        const evidence = result.signals[signal].evidence.map((e) => e.text).join(' | ');
        return `${where()} reply: ${clip(item.reply)}${evidence ? `  <- ${clip(evidence, 120)}` : ''}`;
      });
    }
    for (const [label, signal] of Object.entries(TWCS_CUSTOMER_LABELS)) {
      const t = tally(item.fold, `customer.${signal}`);
      t.add(item[label], result.customer[signal].present, () => {
        const evidence = result.customer[signal].evidence.map((e) => e.text).join(' | ');
        return `${where()} customer: ${clip(item.customer)}${evidence ? `  <- ${clip(evidence, 120)}` : ''}`;
      });
    }
  }
  return new Map([...byFold].sort(([a], [b]) => a.localeCompare(b)).map(([fold, tallies]) => [fold, [...tallies.values()]]));
}

/**
 * What each checklist row says the reply does, by the labels: the ownership row is met by a commitment or by asking
 * for what is needed (src/engine/checklist.ts), so either label makes it so.
 */
const ROW_MOVE = {
  empathy: (item) => item.empathy,
  apology: (item) => item.apology,
  ownership: (item) => item.ownership || item.ask_input,
  boundary: (item) => item.boundary,
  gratitude: (item) => item.gratitude,
};

/**
 * The checklist as the agent sees it, per fold and row of twcs-dev's English pairs: how many rows say "missing" while
 * the reply makes the move (a false alarm: what gets a tool switched off) and "met" while it does not.
 */
export function scoreChecklist(analyze, items = loadTwcs()) {
  const byFold = new Map();
  for (const item of items) {
    if (item.lang !== 'en') continue;
    if (!byFold.has(item.fold)) byFold.set(item.fold, new Map());
    const rows = byFold.get(item.fold);
    for (const row of analyze(item.reply, { customer: item.customer }).checklist) {
      const move = ROW_MOVE[row.id];
      if (!move) continue;
      if (!rows.has(row.id)) rows.set(row.id, { missing: 0, falseMissing: 0, met: 0, falseMet: 0 });
      const t = rows.get(row.id);
      if (row.status === 'missing') {
        t.missing++;
        if (move(item)) t.falseMissing++;
      } else if (row.status === 'met') {
        t.met++;
        if (!move(item)) t.falseMet++;
      }
    }
  }
  return byFold;
}

/**
 * OLID as the customer's message: TIN should be abusive, NOT should not (precision and recall over TIN vs NOT); UNT,
 * profanity aimed at no one, should not either (its flagged share). `rows` lets the caller score a part of the file.
 */
export function scoreOlid(analyze, rows = loadOlid(), set = 'olid') {
  const targeted = new Tally(set, 'customer.abusive (TIN vs NOT)');
  const untargeted = new Tally(set, 'customer.abusive on UNT');
  for (const row of rows) {
    const abusive = analyze('', { customer: row.tweet }).customer.abusive;
    const describe = () => `${row.id} [${row.b === 'NULL' ? row.a : row.b}] ${clip(row.tweet)}  <- ${abusive.evidence.map((e) => e.text).join(' | ')}`;
    if (row.b === 'UNT') untargeted.add(false, abusive.present, describe);
    else targeted.add(row.b === 'TIN', abusive.present, describe);
  }
  return [targeted, untargeted];
}

/** Real boundary / near-miss and apology / non-apology sentences, each analysed alone as a reply. */
export function scoreSupportPhrases(analyze) {
  const boundary = new Tally('support-phrases', 'boundary');
  const nonApology = new Tally('support-phrases', 'nonApology');
  const sincere = new Tally('support-phrases', 'apology (sincere)');
  for (const { text, category } of parseJsonl('support-phrases-dev.jsonl')) {
    const { signals } = analyze(text);
    const describe = () => `[${category}] ${clip(text)}`;
    if (category === 'boundary' || category === 'near_miss') boundary.add(category === 'boundary', signals.boundary.present, describe);
    if (category === 'non_apology' || category === 'apology') {
      nonApology.add(category === 'non_apology', signals.nonApology.present, describe);
      sincere.add(category === 'apology', signals.apology.present && !signals.nonApology.present, describe);
    }
  }
  return [boundary, nonApology, sincere];
}

/** GoEmotions (out of domain, rough): gratitude ~ gratitude, remorse ~ apology, anger & co ~ negativeEmotion. */
export function scoreGoEmotions(analyze) {
  const names = readData('goemotions-labels.txt').split('\n').map((s) => s.trim());
  const index = (name) => names.indexOf(name);
  const negative = ['anger', 'annoyance', 'disappointment', 'disgust'].map(index);
  const gratitude = new Tally('goemotions', 'gratitude');
  const remorse = new Tally('goemotions', 'apology ~ remorse');
  const negativeEmotion = new Tally('goemotions', 'customer.negativeEmotion');
  for (const row of readData('goemotions-dev.tsv').split('\n')) {
    if (!row.trim()) continue;
    const [text, labels] = row.split('\t');
    const set = new Set(labels.split(',').map(Number));
    const asReply = analyze(text);
    gratitude.add(set.has(index('gratitude')), asReply.signals.gratitude.present, () => clip(text));
    remorse.add(set.has(index('remorse')), asReply.signals.apology.present, () => clip(text));
    negativeEmotion.add(negative.some((i) => set.has(i)), analyze('', { customer: text }).customer.negativeEmotion.present, () => clip(text));
  }
  return [gratitude, remorse, negativeEmotion];
}

/** The project's own replies, written beside the rules: a regression set, not the headline. */
export function scoreLabelled(analyze) {
  const tallies = new Map();
  const tally = (signal) => {
    if (!tallies.has(signal)) tallies.set(signal, new Tally('labelled (own)', signal));
    return tallies.get(signal);
  };
  const lines = readFileSync(new URL('./labelled.jsonl', import.meta.url), 'utf8').split('\n').filter((l) => l.trim());
  for (const line of lines) {
    const item = JSON.parse(line);
    const result = analyze(item.reply, item.customer ? { customer: item.customer } : {});
    for (const [signal, truth] of Object.entries(item.labels)) tally(signal).add(truth, result.signals[signal].present, () => `${item.id} ${clip(item.reply)}`);
    for (const [signal, truth] of Object.entries(item.customerLabels ?? {}))
      tally(`customer.${signal}`).add(truth, result.customer[signal].present, () => `${item.id} ${clip(item.customer)}`);
  }
  return [...tallies.values()];
}

/**
 * The floors (eval/floors.json) that a set's tallies must meet; returns one line per failure. A floor is the figure
 * the engine must reach (issue 11's table). Where it does not reach it yet, the entry also has `held`: the figures
 * the floor test holds in the meantime, so a change cannot lose ground while the gap is open. `level` 'floor' checks
 * the floors; 'held' checks `held` where given and the floor elsewhere.
 */
export function floorFailures(tallies, floors, level = 'floor') {
  const failures = [];
  for (const t of tallies) {
    const entry = floors[t.signal];
    if (!entry) continue;
    const floor = level === 'held' ? { ...entry, ...entry.held } : entry;
    const what = level === 'held' && entry.held ? 'held' : 'floor';
    if (floor.precision !== undefined && (t.precision ?? 1) < floor.precision)
      failures.push(`${t.set} ${t.signal}: precision ${fmt(t.precision)} < ${what} ${floor.precision}`);
    if (floor.recall !== undefined && (t.recall ?? 0) < floor.recall)
      failures.push(`${t.set} ${t.signal}: recall ${fmt(t.recall)} < ${what} ${floor.recall}`);
    if (floor.maxFlagged !== undefined && (t.flaggedShare ?? 0) > floor.maxFlagged)
      failures.push(`${t.set} ${t.signal}: flags ${fmt(t.flaggedShare)} > ${what} ${floor.maxFlagged}`);
  }
  return failures;
}

/**
 * The Wilson score interval (95% by default) of a proportion of `successes` in `n`: where the same engine's figure may
 * lie on other items drawn from the same source. Fold B's 400 items are one draw; a recall of .83 over 241 complaints
 * could be .78 or .87 on the next 400, so a figure a point or two from its floor is not yet a verdict on the engine.
 * Wilson rather than the normal approximation: it stays inside [0, 1] and holds near 0 and 1 and for small n.
 */
export function wilson(successes, n, z = 1.96) {
  if (n === 0) return null;
  const p = successes / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

export const fmt = (x) => (x === null || x === undefined ? '-' : x.toFixed(2).replace(/^0/, ''));

/** Pools the same signal's tallies over several sets (blame and nonApology are held on both folds: few items). */
export function pooled(set, signal, tallies) {
  const sum = new Tally(set, signal);
  for (const t of tallies) for (const k of ['tp', 'fp', 'fn', 'tn']) sum[k] += t[k];
  sum.errors = tallies.flatMap((t) => t.errors);
  return sum;
}
