import { analyze } from '../engine/index.js';
import { version } from '../../package.json' with { type: 'json' };
import { parseCommandLine, type Command, type InputSource } from './args.js';
import { ExitCode } from './exit-codes.js';
import { formatJson } from './format-json.js';
import { formatText } from './format-text.js';
import { CHECK_HELP, MAIN_HELP, POLICY_HELP, REPORT_HELP } from './help.js';
import { processIO, wantsColour, write, type CliIO } from './io.js';
import { runJsonl } from './jsonl.js';
import { writePolicy } from './policy/write-policy.js';
import { InputError, openFileStream, readFileText, readStreamText } from './read-input.js';

export type { CliIO } from './io.js';

function readsStdin(source: InputSource): boolean {
  return source === null || source === '-';
}

/** A person who typed `reply-coach check` with nothing piped in would wait forever for stdin: tell them instead. */
function noInputGiven(source: InputSource, io: CliIO): boolean {
  return source === null && io.stdin.isTTY === true;
}

async function checkOne(command: Extract<Command, { kind: 'check' }>, io: CliIO): Promise<number> {
  if (noInputGiven(command.input, io)) {
    await write(io.stderr, "reply-coach: no reply to check: give a FILE, or pipe the reply on stdin ('-')\n");
    return ExitCode.usage;
  }
  const reply = readsStdin(command.input) ? await readStreamText(io.stdin) : await readFileText(command.input as string);
  const customer =
    command.customer === null ? undefined : command.customer === '-' ? await readStreamText(io.stdin) : await readFileText(command.customer);
  if (reply.trim() === '') {
    await write(io.stderr, `reply-coach: nothing to check: the reply${command.input && command.input !== '-' ? ` in ${command.input}` : ''} is empty\n`);
    return ExitCode.emptyInput;
  }
  const analysis = analyze(reply, customer === undefined ? {} : { customer });
  const output = command.format === 'json' ? formatJson(analysis) : formatText(analysis, reply, { colour: wantsColour(io) });
  await write(io.stdout, output);
  return ExitCode.ok;
}

async function checkBatch(command: Extract<Command, { kind: 'check-jsonl' }>, io: CliIO): Promise<number> {
  if (noInputGiven(command.input, io)) {
    await write(io.stderr, "reply-coach: --jsonl reads JSON Lines: give a FILE, or pipe them on stdin ('-')\n");
    return ExitCode.usage;
  }
  const input = readsStdin(command.input) ? io.stdin : await openFileStream(command.input as string);
  const { checked, malformed } = await runJsonl(input, io.stdout, io.stderr);
  if (malformed > 0) {
    await write(io.stderr, `reply-coach: ${malformed} malformed line${malformed === 1 ? '' : 's'} skipped; ${checked} checked\n`);
    return ExitCode.malformedLines;
  }
  if (checked === 0) {
    await write(io.stderr, 'reply-coach: nothing to check: no JSON Lines in the input\n');
    return ExitCode.emptyInput;
  }
  return ExitCode.ok;
}

/**
 * The report and its charting library load only for `report`: `check` stays as quick to start as before. The built
 * command line analyses on worker threads (report-worker.js beside this bundle); the sources under vitest, which have
 * no built worker, analyse in this thread.
 */
async function report(command: Extract<Command, { kind: 'report' }>, io: CliIO): Promise<number> {
  const [{ runReport }, { inThreadAnalyser, workerAnalyser }, { availableParallelism }] = await Promise.all([
    import('./report/run-report.js'),
    import('./report/analyser.js'),
    import('node:os'),
  ]);
  const built = !import.meta.url.endsWith('.ts');
  const analyser = built
    ? workerAnalyser(new URL('./report-worker.js', import.meta.url), command.jobs ?? availableParallelism())
    : inThreadAnalyser();
  try {
    return await runReport(command, io, analyser);
  } finally {
    await analyser.close();
  }
}

async function run(argv: readonly string[], io: CliIO): Promise<number> {
  const command = parseCommandLine(argv);
  switch (command.kind) {
    case 'help':
      await write(io.stdout, { main: MAIN_HELP, check: CHECK_HELP, report: REPORT_HELP, policy: POLICY_HELP }[command.topic]);
      return ExitCode.ok;
    case 'version':
      await write(io.stdout, `${version}\n`);
      return ExitCode.ok;
    case 'usage-error':
      await write(io.stderr, `reply-coach: ${command.message}\nSee: reply-coach ${command.topic === 'main' ? '' : `${command.topic} `}--help\n`);
      return ExitCode.usage;
    case 'check':
      return checkOne(command, io);
    case 'check-jsonl':
      return checkBatch(command, io);
    case 'report':
      return report(command, io);
    case 'policy':
      return writePolicy(command, io);
  }
}

/** Runs the command line and resolves to its exit code; `io` defaults to the process's own streams. */
export async function main(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    if (error instanceof InputError) {
      await write(io.stderr, `reply-coach: ${error.message}\n`);
      return error.exitCode;
    }
    await write(io.stderr, `reply-coach: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return ExitCode.internalError;
  }
}
