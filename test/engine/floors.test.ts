import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import floors from '../../eval/floors.json' with { type: 'json' };
import { floorFailures, loadOlid, olidPart, pooled, scoreChecklist, scoreOlid, scoreSupportPhrases, scoreTwcs, type Floor, type TwcsItem } from '../../eval/sets.mjs';
import { analyze } from '../../src/engine/index.js';

// The quality gate: the engine (its sources, in plain Node) on real labelled data it was not written from, held to
// the floors of eval/floors.json (and, for a floor not reached yet, to the `held` figures beside it, so nothing loses
// ground while the gap is open; `npm run eval` marks those rows "below floor"). The same scoring as `npm run eval` (eval/sets.mjs), so a failure here reads the
// same as a BELOW there; run `npm run eval -- --errors SIGNAL` to see fold A's misses. Fold B's texts are never shown.
const floorsOf = (set: string) => (floors as unknown as Record<string, Record<string, Floor>>)[set] ?? {};

describe('the engine on real support replies (eval/data, floors in eval/floors.json)', () => {
  const twcs = scoreTwcs(analyze);

  it('holds every floor on twcs fold B', () => {
    expect(floorFailures(twcs.get('B') ?? [], floorsOf('twcs fold B'), 'held')).toEqual([]);
  });

  it('meets the floors held on both folds together (signals with few items), and the language verdict', () => {
    const both = Object.keys(floorsOf('twcs both folds')).map((signal) =>
      pooled('twcs both folds', signal, [...twcs.values()].flat().filter((t) => t.signal === signal)),
    );
    expect(both.length).toBeGreaterThan(0);
    expect(floorFailures(both, floorsOf('twcs both folds'), 'held')).toEqual([]);
  });

  it('meets the abusive floors on OLID, its check part and the whole file', () => {
    const rows = loadOlid();
    expect(floorFailures(scoreOlid(analyze, olidPart(rows, 'check'), 'olid check part'), floorsOf('olid check part'), 'held')).toEqual([]);
    expect(floorFailures(scoreOlid(analyze, rows, 'olid'), floorsOf('olid'), 'held')).toEqual([]);
  });

  it('meets the boundary and non-apology floors on real quoted sentences', () => {
    expect(floorFailures(scoreSupportPhrases(analyze), floorsOf('support-phrases'), 'held')).toEqual([]);
  });

  it("counts the checklist's false alarms as the agent would see them (npm run eval's checklist table)", () => {
    const pair = (n: number, reply: string, labels: Record<string, boolean>): TwcsItem => ({
      n, fold: 'X', lang: 'en', reply, customer: 'My parcel is two weeks late.',
      apology: false, empathy: false, gratitude: false, ownership: false, ask_input: false, boundary: false, ...labels,
    });
    const rows = scoreChecklist(analyze, [
      // Labelled as apologising, found: met, and no false alarm.
      pair(1, 'So sorry about the wait.', { apology: true }),
      // Labelled as apologising in words the engine does not read: a false "missing".
      pair(2, 'Our bad, truly.', { apology: true }),
      // The ownership row is met by asking for what is needed, as the checklist says.
      pair(3, 'Could you DM us the tracking number?', { ask_input: true }),
    ]).get('X');
    expect(rows?.get('apology')).toEqual({ missing: 2, falseMissing: 1, met: 1, falseMet: 0 });
    expect(rows?.get('ownership')).toEqual({ missing: 2, falseMissing: 0, met: 1, falseMet: 0 });
  });

  it('is scored on the data it claims: 800 twcs pairs in two folds, 774 of them English', () => {
    const items = readFileSync(new URL('../../eval/data/twcs-dev.jsonl', import.meta.url), 'utf8').trim().split('\n');
    expect(items).toHaveLength(800);
    const english = [...twcs.values()].flat().filter((t) => t.signal === 'apology');
    expect(english.reduce((n, t) => n + t.tp + t.fp + t.fn + t.tn, 0)).toBe(774);
  });
});
