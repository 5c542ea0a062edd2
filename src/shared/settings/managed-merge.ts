// The settings that apply: the agent's own settings with the organisation's policy laid over them, and the way back,
// from a change made to what applies to what the agent owns. The policy is never written into the agent's settings:
// when the admin withdraws it, the agent's own settings are there as they left them.
import type { Phrase } from '../../engine/phrases/index.js';
import type { RowId } from '../../engine/types.js';
import type { ManagedPolicy } from './managed-policy.js';
import { builtInPhrases, effectivePhrases, normalizePhrases } from './phrase-library.js';
import type { ReplyCoachSettings } from './shape.js';
import { cleanPhrase } from './validate-phrases.js';

/** What the settings page locks, "set by your organisation". */
export interface ManagedLocks {
  /** The ids of the team's phrases (locked), or null when the organisation does not set the library. */
  teamPhraseIds: string[] | null;
  /** Whether the agent may add, edit and remove phrases of their own. */
  agentPhrases: boolean;
  disabledRules: boolean;
  disabledSites: boolean;
  /** The checklist moves whose policy the organisation sets. */
  policyRows: RowId[];
}

/** The team's library: the policy's phrases, or the built-ins when the policy only forbids the agent's own. */
function teamLibrary(policy: ManagedPolicy): Phrase[] | null {
  if (policy.phrases) return policy.phrases.map((phrase) => {
    const copy = cleanPhrase(phrase);
    // The team's phrases are the team's, even when one was a built-in in the export it came from.
    delete copy.builtIn;
    return copy;
  });
  return policy.allowAgentPhrases === false ? builtInPhrases() : null;
}

/**
 * The agent's phrases shown beside the team's: their own (not built-in) phrases, but not one whose id the team uses;
 * one whose abbreviation the team uses goes without it (the team's phrase keeps it).
 */
function agentAdditions(own: ReplyCoachSettings, team: readonly Phrase[]): Phrase[] {
  const ids = new Set(team.map((phrase) => phrase.id));
  const abbreviations = new Set(team.map((phrase) => phrase.abbreviation).filter(Boolean));
  return effectivePhrases(own)
    .filter((phrase) => !phrase.builtIn && !ids.has(phrase.id))
    .map((phrase) => {
      if (!phrase.abbreviation || !abbreviations.has(phrase.abbreviation)) return phrase;
      const copy = { ...phrase };
      delete copy.abbreviation;
      return copy;
    });
}

export function managedLocks(policy: ManagedPolicy): ManagedLocks {
  const team = teamLibrary(policy);
  return {
    teamPhraseIds: team ? team.map((phrase) => phrase.id) : null,
    agentPhrases: policy.allowAgentPhrases !== false,
    disabledRules: policy.disabledRules !== undefined,
    disabledSites: policy.disabledSites !== undefined,
    policyRows: Object.keys(policy.policy ?? {}) as RowId[],
  };
}

/** Whether the policy sets anything at all. */
export function setsAnything(locks: ManagedLocks): boolean {
  return locks.teamPhraseIds !== null || !locks.agentPhrases || locks.disabledRules || locks.disabledSites || locks.policyRows.length > 0;
}

/** The settings that apply: `own` where the policy leaves it, the policy where it sets something. */
export function mergeManaged(own: ReplyCoachSettings, policy: ManagedPolicy): ReplyCoachSettings {
  const merged: ReplyCoachSettings = { ...own, policy: { ...own.policy, ...policy.policy } };
  if (policy.disabledRules) merged.disabledRules = [...policy.disabledRules];
  if (policy.disabledSites) merged.disabledSites = [...policy.disabledSites];
  const team = teamLibrary(policy);
  if (team) merged.phrases = normalizePhrases([...team, ...(policy.allowAgentPhrases === false ? [] : agentAdditions(own, team))]);
  return merged;
}

/**
 * What the agent owns after `next`, a change made to the settings that apply (mergeManaged(own, policy)): the locked
 * parts keep the agent's own values, the team's phrases are taken out, and the agent's phrases the policy hides
 * (their built-ins, those shadowed by a team phrase) are kept.
 */
export function ownSettingsAfter(next: ReplyCoachSettings, own: ReplyCoachSettings, policy: ManagedPolicy): ReplyCoachSettings {
  const result: ReplyCoachSettings = { ...next };
  if (policy.disabledRules) result.disabledRules = [...own.disabledRules];
  if (policy.disabledSites) result.disabledSites = [...own.disabledSites];
  const rows = { ...next.policy };
  for (const row of Object.keys(policy.policy ?? {}) as RowId[]) {
    if (row in own.policy) rows[row] = own.policy[row];
    else delete rows[row];
  }
  result.policy = rows;
  const team = teamLibrary(policy);
  if (!team) return result;
  if (policy.allowAgentPhrases === false) {
    result.phrases = own.phrases;
    return result;
  }
  const shown = agentAdditions(own, team);
  const shownIds = new Set(shown.map((phrase) => phrase.id));
  const teamIds = new Set(team.map((phrase) => phrase.id));
  const shownAs = new Map(shown.map((phrase) => [phrase.id, JSON.stringify(cleanPhrase(phrase))]));
  const originals = new Map(effectivePhrases(own).map((phrase) => [phrase.id, phrase]));
  const hidden = effectivePhrases(own).filter((phrase) => !shownIds.has(phrase.id));
  const edited = effectivePhrases(next)
    .filter((phrase) => !teamIds.has(phrase.id))
    // Unchanged, it goes back as the agent had it (with the abbreviation the team's phrase hid).
    .map((phrase) => (shownAs.get(phrase.id) === JSON.stringify(cleanPhrase(phrase)) ? originals.get(phrase.id)! : phrase));
  // An abbreviation the agent gave one of their visible phrases is theirs now, even if a hidden built-in had it.
  const taken = new Set(edited.map((phrase) => phrase.abbreviation).filter(Boolean));
  const kept = hidden.map((phrase) => {
    if (!phrase.abbreviation || !taken.has(phrase.abbreviation)) return phrase;
    const copy = { ...phrase };
    delete copy.abbreviation;
    return copy;
  });
  result.phrases = normalizePhrases([...kept, ...edited]);
  return result;
}
