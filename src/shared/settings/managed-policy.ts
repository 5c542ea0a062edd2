// The organisation's policy (storage.managed: Chrome's `3rdparty` extension policy, Firefox's policies.json
// `3rdparty`), checked. The browser gives it as an object of the keys of managed-schema.json; Chrome drops a key whose
// type contradicts the schema before we see it, Firefox checks nothing, and no schema can say "a rule id that exists"
// or "a placeholder the phrases know". So every key is checked again here, with the validators the stored settings use.
//
// A broken key is ignored whole, not repaired item by item: a team library or rule list with a hole in it is not what
// the admin meant, and applying half of it to forty agents is worse than applying none of it. The other keys still
// apply; each problem is reported (the settings page shows them) and the agent's own settings are never touched.
import type { Phrase } from '../../engine/phrases/index.js';
import type { RowId, RowPolicy } from '../../engine/types.js';
import { checkSettingsFields } from './validate-fields.js';
import { checkPhrases } from './validate-phrases.js';
import { VALIDATION_MESSAGES } from './validation.js';

/** What an organisation may set. Absent keys are left to the agent. */
export interface ManagedPolicy {
  /** The team's phrase library: it takes the place of the built-in phrases, and the agent cannot edit it. */
  phrases?: Phrase[];
  /** Whether agents may add their own phrases beside the team's (default true). */
  allowAgentPhrases?: boolean;
  /** The rules switched off for everyone; every other rule is on, and the agent cannot switch any. */
  disabledRules?: string[];
  /** The built-in helpdesks switched off for everyone; every other one is on, and the agent cannot switch any. */
  disabledSites?: string[];
  /** What a reply needs, per checklist move; the moves it names are locked, the others stay the agent's. */
  policy?: Partial<Record<RowId, RowPolicy>>;
}

/** The keys of the policy, as managed-schema.json declares them (test/shared/managed-schema.test.ts holds them equal). */
export const MANAGED_KEYS = ['phrases', 'allowAgentPhrases', 'disabledRules', 'disabledSites', 'policy'] as const;
type ManagedKey = (typeof MANAGED_KEYS)[number];

export interface CheckedPolicy {
  policy: ManagedPolicy;
  /** Each problem with the key it was found in; a key with any problem is left out of `policy`. */
  problems: string[];
}

function checkKey(key: ManagedKey, raw: unknown): { value?: unknown; problems: string[] } {
  switch (key) {
    case 'allowAgentPhrases':
      return typeof raw === 'boolean' ? { value: raw, problems: [] } : { problems: [`${key}: ${VALIDATION_MESSAGES.expected('true or false', raw)}`] };
    case 'phrases': {
      const checked = checkPhrases(key, raw);
      return checked.problems.length > 0 ? { problems: checked.problems } : { value: checked.value, problems: [] };
    }
    default: {
      const checked = checkSettingsFields({ [key]: raw });
      return checked.problems.length > 0 ? { problems: checked.problems } : { value: checked.value[key], problems: [] };
    }
  }
}

/** The policy the browser gives (any value: nothing set is `{}`), its broken keys left out and reported. Never throws. */
export function checkManagedPolicy(raw: unknown): CheckedPolicy {
  if (raw === undefined || raw === null) return { policy: {}, problems: [] };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { policy: {}, problems: [`policy: ${VALIDATION_MESSAGES.expected('an object', raw)}`] };
  const policy: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [key, value] of Object.entries(raw)) {
    if (!(MANAGED_KEYS as readonly string[]).includes(key)) {
      problems.push(`${key}: ${VALIDATION_MESSAGES.unknownField}`);
      continue;
    }
    const checked = checkKey(key as ManagedKey, value);
    problems.push(...checked.problems);
    if (checked.problems.length === 0) policy[key] = checked.value;
  }
  return { policy: policy as ManagedPolicy, problems };
}
