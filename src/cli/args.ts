import { parseArgs } from 'node:util';

/** What the command line was asked to do; main() acts on it. */
export type Command =
  | { kind: 'help'; topic: HelpTopic }
  | { kind: 'version' }
  | { kind: 'check'; format: 'text' | 'json'; input: InputSource; customer: string | null }
  | { kind: 'check-jsonl'; input: InputSource }
  | { kind: 'report'; inputs: string[]; out: string; redact: boolean; jobs: number | null }
  | {
      kind: 'policy';
      input: string;
      out: string | null;
      browser: 'chrome' | 'firefox';
      id: string | null;
      withRules: boolean;
      withSites: boolean;
      agentPhrases: boolean;
    }
  | { kind: 'usage-error'; message: string; topic: HelpTopic };

type HelpTopic = 'main' | 'check' | 'report' | 'policy';

/** A path, '-' for stdin, or null when none was given (stdin then, unless it is a terminal). */
export type InputSource = string | null;

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  json: { type: 'boolean' },
  jsonl: { type: 'boolean' },
  customer: { type: 'string', short: 'c' },
  out: { type: 'string', short: 'o' },
  redact: { type: 'boolean' },
  jobs: { type: 'string', short: 'j' },
  browser: { type: 'string', short: 'b' },
  id: { type: 'string' },
  'with-rules': { type: 'boolean' },
  'with-sites': { type: 'boolean' },
  'no-agent-phrases': { type: 'boolean' },
} as const;

const CHECK_ONLY = ['json', 'jsonl', 'customer'] as const;
const REPORT_ONLY = ['out', 'redact', 'jobs'] as const;
const POLICY_ONLY = ['browser', 'id', 'with-rules', 'with-sites', 'no-agent-phrases'] as const;

function parsePolicy(values: Record<string, unknown>, operands: string[]): Command {
  const usage = (message: string): Command => ({ kind: 'usage-error', message, topic: 'policy' });
  const wrong = [...CHECK_ONLY, 'redact', 'jobs'].find((name) => values[name] !== undefined);
  if (wrong) return usage(`--${wrong} is not an option of 'policy'`);
  if (operands.length === 0) return usage('no input given: name the settings export (the settings page: Import and export > Export settings)');
  if (operands.length > 1) return usage(`one settings export at a time, got ${operands.length}: ${operands.join(' ')}`);
  const browser = values.browser ?? 'chrome';
  if (browser !== 'chrome' && browser !== 'firefox') return usage(`--browser takes chrome or firefox, got '${String(browser)}'`);
  const out = values.out;
  if (out === '') return usage('--out needs a file name');
  const id = values.id;
  if (browser === 'chrome' && id === undefined)
    return usage("--id ID is required for Chrome: the extension's id, 32 letters a-p (chrome://extensions shows it with Developer mode on)");
  if (browser === 'chrome' && typeof id === 'string' && !/^[a-p]{32}$/.test(id)) return usage(`--id: '${id}' is not a Chrome extension id (32 letters a-p)`);
  return {
    kind: 'policy',
    input: operands[0]!,
    out: typeof out === 'string' ? out : null,
    browser,
    id: typeof values.id === 'string' ? values.id : null,
    withRules: values['with-rules'] === true,
    withSites: values['with-sites'] === true,
    agentPhrases: values['no-agent-phrases'] !== true,
  };
}

function parseReport(values: Record<string, unknown>, operands: string[]): Command {
  const usage = (message: string): Command => ({ kind: 'usage-error', message, topic: 'report' });
  const wrong = CHECK_ONLY.find((name) => values[name] !== undefined);
  if (wrong) return usage(`--${wrong} is an option of 'check', not of 'report'`);
  const policyOption = POLICY_ONLY.find((name) => values[name] !== undefined);
  if (policyOption) return usage(`--${policyOption} is an option of 'policy', not of 'report'`);
  if (operands.length === 0) return usage('no input given: name one or more export files');
  if (operands.includes('-')) return usage("report reads files, not stdin ('-'): save the export to a file first");
  const out = values.out;
  if (typeof out !== 'string' || out === '') return usage('--out DIR is required: the folder to write report.html, summary.json and results.jsonl in');
  let jobs: number | null = null;
  if (values.jobs !== undefined) {
    jobs = Number(values.jobs);
    if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256) return usage(`--jobs takes a whole number from 1 to 256, got '${String(values.jobs)}'`);
  }
  return { kind: 'report', inputs: operands, out, redact: values.redact === true, jobs };
}

export function parseCommandLine(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    // parseArgs explains itself ("Unknown option '--jsn'"); its advice about '--' is noise here.
    const message = error instanceof Error ? error.message.replace(/\. To specify a positional argument.*$/s, '') : String(error);
    const topic = argv.includes('check') ? 'check' : argv.includes('report') ? 'report' : argv.includes('policy') ? 'policy' : 'main';
    return { kind: 'usage-error', message, topic };
  }
  const { values, positionals } = parsed;
  const [command, ...operands] = positionals;

  if (values.version && command === undefined) return { kind: 'version' };
  if (command === undefined) {
    return values.help ? { kind: 'help', topic: 'main' } : { kind: 'usage-error', message: 'no command given', topic: 'main' };
  }
  if (command === 'report') {
    if (values.help) return { kind: 'help', topic: 'report' };
    if (values.version) return { kind: 'version' };
    return parseReport(values, operands);
  }
  if (command === 'policy') {
    if (values.help) return { kind: 'help', topic: 'policy' };
    if (values.version) return { kind: 'version' };
    return parsePolicy(values, operands);
  }
  if (command !== 'check') return { kind: 'usage-error', message: `unknown command '${command}'`, topic: 'main' };
  if (values.help) return { kind: 'help', topic: 'check' };
  if (values.version) return { kind: 'version' };
  const reportOption = REPORT_ONLY.find((name) => values[name] !== undefined);
  if (reportOption) return { kind: 'usage-error', message: `--${reportOption} is an option of 'report', not of 'check'`, topic: 'check' };
  const policyOption = POLICY_ONLY.find((name) => values[name] !== undefined);
  if (policyOption) return { kind: 'usage-error', message: `--${policyOption} is an option of 'policy', not of 'check'`, topic: 'check' };

  const usage = (message: string): Command => ({ kind: 'usage-error', message, topic: 'check' });
  if (operands.length > 1) return usage(`one input at a time, got ${operands.length}: ${operands.join(' ')}`);
  const input = operands[0] ?? null;

  if (values.jsonl) {
    if (values.json) return usage('--json and --jsonl do not go together (--jsonl output is already JSON)');
    if (values.customer !== undefined) return usage('--customer does not go with --jsonl: give "customer" on each line');
    return { kind: 'check-jsonl', input };
  }
  const customer = values.customer ?? null;
  if (customer === '') return usage('--customer needs a file name');
  const readsStdin = input === null || input === '-';
  if (customer === '-' && readsStdin) return usage('the reply and the customer message cannot both come from stdin');
  return { kind: 'check', format: values.json ? 'json' : 'text', input, customer };
}
