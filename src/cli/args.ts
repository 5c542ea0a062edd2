import { parseArgs } from 'node:util';

/** What the command line was asked to do; main() acts on it. */
export type Command =
  | { kind: 'help'; topic: HelpTopic }
  | { kind: 'version' }
  | { kind: 'check'; format: 'text' | 'json'; input: InputSource; customer: string | null }
  | { kind: 'check-jsonl'; input: InputSource }
  | { kind: 'report'; inputs: string[]; out: string; redact: boolean; jobs: number | null }
  | { kind: 'usage-error'; message: string; topic: HelpTopic };

type HelpTopic = 'main' | 'check' | 'report';

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
} as const;

const CHECK_ONLY = ['json', 'jsonl', 'customer'] as const;
const REPORT_ONLY = ['out', 'redact', 'jobs'] as const;

function parseReport(values: Record<string, unknown>, operands: string[]): Command {
  const usage = (message: string): Command => ({ kind: 'usage-error', message, topic: 'report' });
  const wrong = CHECK_ONLY.find((name) => values[name] !== undefined);
  if (wrong) return usage(`--${wrong} is an option of 'check', not of 'report'`);
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
    return { kind: 'usage-error', message, topic: argv.includes('check') ? 'check' : argv.includes('report') ? 'report' : 'main' };
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
  if (command !== 'check') return { kind: 'usage-error', message: `unknown command '${command}'`, topic: 'main' };
  if (values.help) return { kind: 'help', topic: 'check' };
  if (values.version) return { kind: 'version' };
  const reportOption = REPORT_ONLY.find((name) => values[name] !== undefined);
  if (reportOption) return { kind: 'usage-error', message: `--${reportOption} is an option of 'report', not of 'check'`, topic: 'check' };

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
