import type { RowId } from '../types.js';
import { BUILT_IN_PHRASES } from './library.js';
import type { Phrase, Register, Situation } from './types.js';

/** What the customer's message shows, as the engine detects it. */
export interface CustomerSituation {
  complaint: boolean;
  negativeEmotion: boolean;
  abusive: boolean;
  /** Whether there was a customer message to read at all. */
  customerProvided: boolean;
}

/**
 * The register that fits the situation: formal with an abusive customer (distance, no matching of emotion), warm with
 * an upset or complaining one, brief otherwise (a plain question wants an answer, not ceremony).
 */
export function defaultRegister(situation: CustomerSituation): Register {
  if (situation.abusive) return 'formal';
  if (situation.complaint || situation.negativeEmotion) return 'warm';
  return 'brief';
}

// When the preferred register has no phrase left, the next best: a full courteous sentence over a terse one when the
// customer is upset, since terse can read as curt.
const REGISTER_ORDER: Record<Register, readonly Register[]> = {
  warm: ['warm', 'formal', 'brief'],
  formal: ['formal', 'warm', 'brief'],
  brief: ['brief', 'warm', 'formal'],
};

const ALL_SITUATIONS: readonly Situation[] = ['abusive', 'complaint', 'upset', 'praise', 'question'];

/** Situations the customer's message shows. */
function situationsShown(situation: CustomerSituation): Set<Situation> {
  const shown = new Set<Situation>();
  if (situation.abusive) shown.add('abusive');
  if (situation.complaint) shown.add('complaint');
  if (situation.negativeEmotion) shown.add('upset');
  return shown;
}

/** Situations the engine does not detect but cannot rule out either. */
function situationsPossible(situation: CustomerSituation, shown: ReadonlySet<Situation>): Set<Situation> {
  // No message and nothing detected: any situation may be the real one.
  if (!situation.customerProvided && shown.size === 0) return new Set(ALL_SITUATIONS);
  // Questions are not detected, and an angry message can ask one too; praise only comes from a calm message.
  return new Set<Situation>(shown.size === 0 ? ['question', 'praise'] : ['question']);
}

/**
 * How well a phrase fits, best first: 0 written for a situation the message shows; 1 written for any situation;
 * 2 written for a situation that may apply; 3 written for other situations (still offered, last: with the row
 * forced on by settings, a boundary phrase is better than none).
 */
function situationFit(phrase: Phrase, shown: ReadonlySet<Situation>, possible: ReadonlySet<Situation>): number {
  const written = phrase.situations ?? [];
  if (written.length === 0) return 1;
  if (written.some((s) => shown.has(s))) return 0;
  if (written.some((s) => possible.has(s))) return 2;
  return 3;
}

/**
 * The phrases of `row` in the order to offer them: phrases written for the customer's situation first, then the
 * preferred register (by default the one defaultRegister picks), then library order. Deterministic; the library is not
 * modified.
 */
export function suggestPhrases(
  row: RowId,
  situation: CustomerSituation,
  library: readonly Phrase[] = BUILT_IN_PHRASES,
  preferredRegister?: Register,
): Phrase[] {
  const shown = situationsShown(situation);
  const possible = situationsPossible(situation, shown);
  const registerOrder = REGISTER_ORDER[preferredRegister ?? defaultRegister(situation)];
  const registerRank = (register: Register) => {
    const rank = registerOrder.indexOf(register);
    // A register from a hand-edited user library that is none of the three goes last instead of first.
    return rank === -1 ? registerOrder.length : rank;
  };

  return library
    .map((phrase, index) => ({
      phrase,
      index,
      fit: situationFit(phrase, shown, possible),
      register: registerRank(phrase.register),
    }))
    .filter((candidate) => candidate.phrase.row === row)
    .sort((a, b) => a.fit - b.fit || a.register - b.register || a.index - b.index)
    .map((candidate) => candidate.phrase);
}
