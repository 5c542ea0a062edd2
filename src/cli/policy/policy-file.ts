// `reply-coach policy`: a browser policy file from a settings export (the options page's "Export settings", format
// 'reply-coach-settings', src/shared/settings-io.ts). Pure: the export's text in, the policy file's text out, or every
// problem of the export. The export is read with the same checks as an import on the settings page, and the policy
// made of it with the same checks the extension applies to a policy (src/shared/settings/managed-policy.ts): a file
// this writes is one the extension takes whole.
import type { Phrase } from '../../engine/phrases/index.js';
import { FIREFOX_ID } from '../../shared/extension-ids.js';
import { importSettings } from '../../shared/settings-io.js';
import { checkManagedPolicy, type ManagedPolicy } from '../../shared/settings/managed-policy.js';
import { effectivePhrases } from '../../shared/settings/phrase-library.js';
import { defaultSettings } from '../../shared/settings/shape.js';

type PolicyBrowser = 'chrome' | 'firefox';

interface PolicyOptions {
  browser: PolicyBrowser;
  /** The extension's id: Chrome's 32 letters a–p (required there); Firefox's add-on id by default. */
  id: string | null;
  /** Also lock the rules and what a reply needs (disabledRules, policy) as the export has them. */
  withRules: boolean;
  /** Also lock the built-in helpdesks (disabledSites) as the export has them. */
  withSites: boolean;
  /** Agents may add phrases of their own beside the team's. */
  agentPhrases: boolean;
}

type PolicyResult = { ok: true; text: string; id: string; phrases: number; keys: string[] } | { ok: false; errors: string[] };

const CHROME_ID = /^[a-p]{32}$/;

const MESSAGES = {
  noPhrases: 'the export has no "phrases": export the settings from the Reply Coach settings page (Import and export > Export settings)',
  chromeIdMissing:
    "--id ID is required for --browser chrome: the extension's id, 32 letters a-p (chrome://extensions shows it with Developer mode on; it is also in the Chrome Web Store address)",
  chromeIdBad: (id: string) => `--id: '${id}' is not a Chrome extension id (32 letters a-p)`,
  policyProblem: (problem: string) => `the policy made from this export would be refused: ${problem}`,
} as const;

/** The team's phrases as the policy carries them: no builtIn flags (in the policy every phrase is the team's). */
function teamPhrases(phrases: readonly Phrase[]): Phrase[] {
  return phrases.map((phrase) => {
    const copy = { ...phrase };
    delete copy.builtIn;
    return copy;
  });
}

/** The policy file for `exportText`: Chrome's `3rdparty` JSON, or Firefox's policies.json. */
export function buildPolicyFile(exportText: string, options: PolicyOptions): PolicyResult {
  const id = options.id ?? (options.browser === 'firefox' ? FIREFOX_ID : null);
  if (id === null) return { ok: false, errors: [MESSAGES.chromeIdMissing] };
  if (options.browser === 'chrome' && !CHROME_ID.test(id)) return { ok: false, errors: [MESSAGES.chromeIdBad(id)] };

  let parsed: unknown;
  try {
    parsed = JSON.parse(exportText.replace(/^\uFEFF/, ''));
  } catch {
    parsed = undefined; // importSettings says what is wrong with it.
  }
  const imported = importSettings(exportText, defaultSettings(), 'replace');
  if (!imported.ok) return { ok: false, errors: imported.errors };
  if (typeof parsed !== 'object' || parsed === null || !('phrases' in parsed)) return { ok: false, errors: [MESSAGES.noPhrases] };

  const { settings } = imported;
  const policy: ManagedPolicy = { phrases: teamPhrases(effectivePhrases(settings)), allowAgentPhrases: options.agentPhrases };
  if (options.withRules) {
    policy.disabledRules = [...settings.disabledRules];
    policy.policy = { ...settings.policy };
  }
  if (options.withSites) policy.disabledSites = [...settings.disabledSites];

  const checked = checkManagedPolicy(policy);
  if (checked.problems.length > 0) return { ok: false, errors: checked.problems.map(MESSAGES.policyProblem) };

  const file =
    options.browser === 'chrome'
      ? { '3rdparty': { extensions: { [id]: policy } } }
      : { policies: { '3rdparty': { Extensions: { [id]: policy } } } };
  return { ok: true, text: `${JSON.stringify(file, null, 2)}\n`, id, phrases: policy.phrases!.length, keys: Object.keys(policy) };
}
