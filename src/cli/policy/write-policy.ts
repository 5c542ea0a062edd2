// `reply-coach policy`'s input and output around the pure policy-file.ts: reads the export, writes the policy to
// --out (whole or not at all) or stdout, and says on stderr what it wrote and where it goes.
import { rename, writeFile } from 'node:fs/promises';
import type { Command } from '../args.js';
import { ExitCode } from '../exit-codes.js';
import { write, type CliIO } from '../io.js';
import { InputError, readFileText } from '../read-input.js';
import { buildPolicyFile } from './policy-file.js';

const WHERE = {
  chrome:
    'Deploy it as /etc/chromium/policies/managed/reply-coach.json (Chromium on Linux), /etc/opt/chrome/policies/managed/ (Google Chrome on Linux), or paste the extension part into the Google Admin console',
  firefox: 'Deploy it as policies.json in the "distribution" folder of the Firefox installation (or merge it into the one there)',
} as const;

export async function writePolicy(command: Extract<Command, { kind: 'policy' }>, io: CliIO): Promise<number> {
  const text = await readFileText(command.input);
  const result = buildPolicyFile(text, command);
  if (!result.ok) {
    await write(io.stderr, result.errors.map((error) => `reply-coach: ${command.input}: ${error}\n`).join(''));
    return ExitCode.invalidInput;
  }
  if (command.out === null) await write(io.stdout, result.text);
  else {
    // Beside the target, then renamed over it: a policy folder never holds half a file.
    const partial = `${command.out}.partial`;
    try {
      await writeFile(partial, result.text);
      await rename(partial, command.out);
    } catch (error) {
      throw new InputError(`cannot write ${command.out}: ${error instanceof Error ? error.message : String(error)}`, ExitCode.unreadableInput);
    }
  }
  await write(
    io.stderr,
    `reply-coach: ${command.browser} policy for ${result.id}: ${result.phrases} phrase${result.phrases === 1 ? '' : 's'}, ` +
      `keys ${result.keys.join(', ')}${command.out ? ` written to ${command.out}` : ''}. ${WHERE[command.browser]}.\n`,
  );
  return ExitCode.ok;
}
