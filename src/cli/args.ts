import { parseArgs } from 'node:util';

/** What the command line was asked to do; main() acts on it. */
export type Command =
  | { kind: 'help'; topic: 'main' | 'check' }
  | { kind: 'version' }
  | { kind: 'check'; format: 'text' | 'json'; input: InputSource; customer: string | null }
  | { kind: 'check-jsonl'; input: InputSource }
  | { kind: 'usage-error'; message: string; topic: 'main' | 'check' };

/** A path, '-' for stdin, or null when none was given (stdin then, unless it is a terminal). */
export type InputSource = string | null;

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  json: { type: 'boolean' },
  jsonl: { type: 'boolean' },
  customer: { type: 'string', short: 'c' },
} as const;

export function parseCommandLine(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    // parseArgs explains itself ("Unknown option '--jsn'"); its advice about '--' is noise here.
    const message = error instanceof Error ? error.message.replace(/\. To specify a positional argument.*$/s, '') : String(error);
    return { kind: 'usage-error', message, topic: argv.includes('check') ? 'check' : 'main' };
  }
  const { values, positionals } = parsed;
  const [command, ...operands] = positionals;

  if (values.version && command === undefined) return { kind: 'version' };
  if (command === undefined) {
    return values.help ? { kind: 'help', topic: 'main' } : { kind: 'usage-error', message: 'no command given', topic: 'main' };
  }
  if (command !== 'check') return { kind: 'usage-error', message: `unknown command '${command}'`, topic: 'main' };
  if (values.help) return { kind: 'help', topic: 'check' };
  if (values.version) return { kind: 'version' };

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
