import type { Phrase } from './phrases/types.js';
import { BUILT_IN_PHRASES, suggestPhrases } from './phrases/index.js';
import type {
  ChecklistRow,
  CustomerSignal,
  Evidence,
  Finding,
  ReplySignal,
  RowId,
  RowPolicy,
  RowStatus,
  Settings,
  SignalResult,
  Verdict,
} from './types.js';
import { ROW_IDS } from './types.js';

export const ROW_LABELS: Record<RowId, string> = {
  empathy: 'Acknowledge how they feel',
  apology: 'Apologize for the problem',
  ownership: 'Own it and give a next step',
  boundary: 'Set a respectful boundary',
  gratitude: 'Thank them',
};

/**
 * The learned rules (kind 'linear'): their evidence is the strongest words present ("team", "look"), which says less
 * to the agent than a phrasing's span ("Please DM us"), so a row that has both shows the phrasings first. Known by
 * their ids' ending (test/engine/models.test.ts holds every linear rule to it): importing the rules here would pull
 * the models' JSON into every page that draws a checklist.
 */
const isLearned = (ruleId: string) => ruleId.endsWith('-model');
const phrasingsFirst = (evidence: Evidence[]): Evidence[] =>
  evidence.some((e) => isLearned(e.ruleId)) ? [...evidence.filter((e) => !isLearned(e.ruleId)), ...evidence.filter((e) => isLearned(e.ruleId))] : evidence;

/** Findings that take an apology back; an apology only in their company is weak. */
const WEAKENING_RULES = new Set(['non-apology-conditional', 'non-apology-feelings', 'non-apology-hypothetical', 'sorry-but']);

export interface Situation {
  customerProvided: boolean;
  complaint: boolean;
  negativeEmotion: boolean;
  abusive: boolean;
}

interface RowInput {
  signals: Record<ReplySignal, SignalResult>;
  customer: Record<CustomerSignal, SignalResult>;
  findings: readonly Finding[];
  situation: Situation;
  /** Which sentence of the reply an offset falls in: an apology is taken back only within its own sentence. */
  sentenceOf: (offset: number) => number;
}

/** What the customer's message calls for; without one, a support conversation about a problem is assumed. */
function neededByDefault(row: RowId, s: Situation): boolean {
  const troubled = !s.customerProvided || s.complaint || s.negativeEmotion || s.abusive;
  switch (row) {
    case 'empathy':
    case 'apology':
      return troubled;
    case 'ownership':
      return troubled;
    case 'boundary':
      return s.abusive;
    case 'gratitude':
      return true;
  }
}

function isNeeded(row: RowId, situation: Situation, policy: RowPolicy | undefined): boolean {
  if (policy === 'always') return true;
  if (policy === 'never') return false;
  return neededByDefault(row, situation);
}

function situationWords(s: Situation): string {
  if (!s.customerProvided) return 'No customer message, so a customer with a problem is assumed';
  if (s.abusive) return 'The customer is abusive';
  if (s.complaint && s.negativeEmotion) return 'The customer is upset about a problem';
  if (s.complaint) return 'The customer reports a problem';
  if (s.negativeEmotion) return 'The customer is upset';
  return 'The customer raises no problem and is not upset';
}

function rowStatus(row: RowId, input: RowInput): { status: RowStatus; evidence: Evidence[]; why: string } {
  const { signals, findings } = input;
  switch (row) {
    case 'empathy':
      return signals.empathy.present
        ? { status: 'met', evidence: signals.empathy.evidence, why: 'The reply acknowledges their feelings or situation.' }
        : { status: 'missing', evidence: [], why: 'Say you understand how this affects them.' };
    case 'apology': {
      const weakening = findings.filter((f) => WEAKENING_RULES.has(f.ruleId));
      const weakened = new Set(weakening.map((f) => input.sentenceOf(f.start)));
      const sincere = signals.apology.evidence.filter((e) => !weakened.has(input.sentenceOf(e.start)));
      if (sincere.length > 0) return { status: 'met', evidence: sincere, why: 'The reply apologizes.' };
      if (signals.apology.present || signals.nonApology.present || weakening.length > 0)
        return {
          status: 'weak',
          evidence: [...signals.apology.evidence, ...signals.nonApology.evidence],
          why: 'The only apology is hedged, conditional or taken back by "but".',
        };
      return { status: 'missing', evidence: [], why: 'Apologize for what went wrong, even if it was not your fault.' };
    }
    case 'ownership': {
      const evidence = phrasingsFirst([...signals.ownership.evidence, ...signals.askInput.evidence]);
      return evidence.length > 0
        ? { status: 'met', evidence, why: 'The reply commits to act or asks for what it needs to move forward.' }
        : { status: 'missing', evidence: [], why: 'Say what you will do next, or ask what they need.' };
    }
    case 'boundary':
      return signals.boundary.present
        ? { status: 'met', evidence: signals.boundary.evidence, why: 'The reply sets a calm, respectful limit.' }
        : { status: 'missing', evidence: [], why: 'Calmly say the conversation must stay respectful.' };
    case 'gratitude':
      return signals.gratitude.present
        ? { status: 'met', evidence: signals.gratitude.evidence, why: 'The reply thanks them.' }
        : { status: 'missing', evidence: [], why: 'Thank them for raising it or for their patience.' };
  }
}

const NOT_NEEDED_WHY: Record<RowId, string> = {
  empathy: 'nothing calls for it.',
  apology: 'there is nothing to apologize for.',
  ownership: 'no problem needs a next step.',
  boundary: 'a boundary would read as a rebuke.',
  gratitude: 'the team policy turns it off.',
};

export function buildChecklist(input: RowInput, settings: Settings | undefined, checked: boolean): ChecklistRow[] {
  return ROW_IDS.map((id): ChecklistRow => {
    const label = ROW_LABELS[id];
    if (!checked)
      return { id, label, status: 'not-checked', reason: 'Not checked: the reply is not in English.', phraseIds: [], evidence: [] };
    const needed = isNeeded(id, input.situation, settings?.policy?.[id]);
    const { status, evidence, why } = rowStatus(id, input);
    const context = situationWords(input.situation);
    if (!needed && status !== 'met' && status !== 'weak') {
      const policyOff = settings?.policy?.[id] === 'never';
      const reason = policyOff ? 'Not needed: switched off in settings.' : `Not needed: ${lowerFirst(context)}, so ${NOT_NEEDED_WHY[id]}`;
      return { id, label, status: 'not-needed', reason, phraseIds: [], evidence: [] };
    }
    const phraseIds = status === 'met' ? [] : phrasesFor(id, input.situation, settings);
    const reason = status === 'met' ? why : `${context}. ${why}`;
    return { id, label, status, reason, phraseIds, evidence };
  });
}

/**
 * The ranking depends only on the row, the four situation flags and the library, so it is kept per library (a user's
 * library is one array until the settings change): ranking the whole library for every missing row of every call was
 * a fifth of the cost of checking a short reply. Kept by a number (the row's place, then the four flags as bits)
 * rather than a string key: building the key was most of what remained. Callers get a copy.
 */
const rankedByLibrary = new WeakMap<readonly Phrase[], Array<readonly string[] | undefined>>();

function phrasesFor(row: RowId, situation: Situation, settings: Settings | undefined): string[] {
  const custom = settings?.phraseIdsByRow?.[row];
  if (custom) return [...custom];
  const library = settings?.library ?? BUILT_IN_PHRASES;
  let ranked = rankedByLibrary.get(library);
  if (!ranked) rankedByLibrary.set(library, (ranked = []));
  const key =
    ROW_IDS.indexOf(row) * 16 +
    (+situation.customerProvided << 3) +
    (+situation.complaint << 2) +
    (+situation.negativeEmotion << 1) +
    +situation.abusive;
  let ids = ranked[key];
  if (!ids) ranked[key] = ids = suggestPhrases(row, situation, library).map((p) => p.id);
  return ids.slice();
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/**
 * The checklist's summary for every view: met of needed (rows that are not 'not-needed' or 'not-checked'), and one
 * tone. A reply that was not checked is neutral whatever else holds: no advice rather than wrong advice.
 */
export function verdictOf(checklist: readonly ChecklistRow[], findings: readonly Finding[], checked: boolean): Verdict {
  let met = 0;
  let needed = 0;
  for (const row of checklist) {
    if (row.status === 'not-needed' || row.status === 'not-checked') continue;
    needed++;
    if (row.status === 'met') met++;
  }
  const harmful = findings.some((f) => f.severity === 'warning');
  const tone = !checked ? 'neutral' : harmful ? 'harm' : met < needed ? 'todo' : 'done';
  return { met, needed, checked, harmful, tone };
}
