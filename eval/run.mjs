// Precision and recall of the engine's signals on three labelled sets:
//   1. eval/labelled.jsonl: this project's support replies, labelled blind to the rules (see eval/README.md);
//   2. ../shared/data/goemotions-dev.tsv: Reddit comments (out of domain; a rough check);
//   3. ../shared/data/support-phrases-dev.jsonl: real boundary / near-miss and apology / non-apology sentences.
// Run: npm run eval  (add --errors to list every false positive and false negative)
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('../', import.meta.url);
const engineUrl = new URL('dist-cli/engine.js', root);
if (!existsSync(fileURLToPath(engineUrl))) {
  console.error('eval: the engine is not built; run `npm run build` first (npm run eval does).');
  process.exit(1);
}
const { analyze } = await import(engineUrl.href);
const showErrors = process.argv.includes('--errors');
const sharedData = new URL('../shared/data/', root);

class Tally {
  constructor(name, set) {
    Object.assign(this, { name, set, tp: 0, fp: 0, fn: 0, tn: 0, errors: [] });
  }
  add(truth, predicted, text) {
    if (truth && predicted) this.tp++;
    else if (!truth && predicted) {
      this.fp++;
      this.errors.push(`FP ${text}`);
    } else if (truth && !predicted) {
      this.fn++;
      this.errors.push(`FN ${text}`);
    } else this.tn++;
  }
  get precision() {
    return this.tp + this.fp === 0 ? null : this.tp / (this.tp + this.fp);
  }
  get recall() {
    return this.tp + this.fn === 0 ? null : this.tp / (this.tp + this.fn);
  }
}

const tallies = [];
const tally = (set, name) => {
  let t = tallies.find((x) => x.set === set && x.name === name);
  if (!t) tallies.push((t = new Tally(name, set)));
  return t;
};
const oneLine = (s) => JSON.stringify(s.length > 160 ? `${s.slice(0, 160)}…` : s);

// 1. The project's own labelled replies.
const labelledPath = new URL('eval/labelled.jsonl', root);
if (existsSync(fileURLToPath(labelledPath))) {
  const lines = readFileSync(labelledPath, 'utf8').split('\n').filter((l) => l.trim());
  for (const line of lines) {
    const item = JSON.parse(line);
    const result = analyze(item.reply, item.customer ? { customer: item.customer } : {});
    for (const [signal, truth] of Object.entries(item.labels))
      tally('labelled', signal).add(truth, result.signals[signal].present, `${item.id} ${oneLine(item.reply)}`);
    for (const [signal, truth] of Object.entries(item.customerLabels ?? {}))
      tally('labelled', `customer.${signal}`).add(truth, result.customer[signal].present, `${item.id} ${oneLine(item.customer)}`);
  }
}

// 2. GoEmotions: gratitude ~ gratitude; remorse ~ apology (loosely); anger/annoyance/disappointment/disgust ~ the
// customer's negativeEmotion.
const labelNames = readFileSync(new URL('goemotions-labels.txt', sharedData), 'utf8').split('\n').map((s) => s.trim());
const labelIndex = (name) => labelNames.indexOf(name);
const negative = ['anger', 'annoyance', 'disappointment', 'disgust'].map(labelIndex);
for (const row of readFileSync(new URL('goemotions-dev.tsv', sharedData), 'utf8').split('\n')) {
  if (!row.trim()) continue;
  const [text, labels] = row.split('\t');
  const set = new Set(labels.split(',').map(Number));
  const asReply = analyze(text);
  tally('goemotions', 'gratitude').add(set.has(labelIndex('gratitude')), asReply.signals.gratitude.present, oneLine(text));
  tally('goemotions', 'apology ~ remorse').add(set.has(labelIndex('remorse')), asReply.signals.apology.present, oneLine(text));
  const asCustomer = analyze('', { customer: text });
  tally('goemotions', 'customer.negativeEmotion').add(
    negative.some((i) => set.has(i)),
    asCustomer.customer.negativeEmotion.present,
    oneLine(text),
  );
}

// 3. Real boundary / near-miss and apology / non-apology sentences.
for (const line of readFileSync(new URL('support-phrases-dev.jsonl', sharedData), 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const { text, category } = JSON.parse(line);
  const { signals } = analyze(text);
  if (category === 'boundary' || category === 'near_miss')
    tally('support-phrases', 'boundary').add(category === 'boundary', signals.boundary.present, oneLine(text));
  if (category === 'non_apology' || category === 'apology') {
    tally('support-phrases', 'nonApology').add(category === 'non_apology', signals.nonApology.present, oneLine(text));
    tally('support-phrases', 'apology (sincere)').add(category === 'apology', signals.apology.present && !signals.nonApology.present, oneLine(text));
  }
}

const pct = (x) => (x === null ? '   -  ' : `${(x * 100).toFixed(1).padStart(5)}%`);
console.log(`${'set'.padEnd(16)} ${'signal'.padEnd(26)} ${'TP'.padStart(4)} ${'FP'.padStart(4)} ${'FN'.padStart(4)}  precision  recall`);
for (const t of tallies) {
  console.log(
    `${t.set.padEnd(16)} ${t.name.padEnd(26)} ${String(t.tp).padStart(4)} ${String(t.fp).padStart(4)} ${String(t.fn).padStart(4)}  ${pct(t.precision).padStart(9)}  ${pct(t.recall)}`,
  );
}
if (showErrors)
  for (const t of tallies) {
    if (t.errors.length === 0) continue;
    console.log(`\n## ${t.set} / ${t.name}`);
    for (const e of t.errors) console.log(`  ${e}`);
  }
