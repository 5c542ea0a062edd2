/**
 * The command line's exit codes. Scripts branch on them, so a code never changes meaning; `--help` prints this table,
 * so the documentation cannot drift from the code.
 */
export const ExitCode = {
  ok: 0,
  internalError: 1,
  usage: 2,
  unreadableInput: 3,
  emptyInput: 4,
  malformedLines: 5,
  invalidInput: 6,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

export const EXIT_CODE_HELP: readonly (readonly [ExitCode, string])[] = [
  [ExitCode.ok, 'checked (the verdict is in the output, not the exit code)'],
  [ExitCode.internalError, 'internal error (a bug: please report it)'],
  [ExitCode.usage, 'usage error: unknown command or flag, missing input'],
  [ExitCode.unreadableInput, 'an input file is missing or unreadable'],
  [ExitCode.emptyInput, 'empty input: nothing to check'],
  [ExitCode.malformedLines, '--jsonl, report: some lines were malformed (reported on stderr; the others were checked)'],
  [ExitCode.invalidInput, 'policy: the settings export is not valid (every problem on stderr; nothing written)'],
];
