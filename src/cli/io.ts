import type { Readable } from 'node:stream';

/** Where output goes: process.stdout in real use, a string collector in tests. */
export interface OutputStream {
  write(chunk: string): boolean;
  isTTY?: boolean;
  once?(event: 'drain', listener: () => void): unknown;
}

/** The process's standard streams and environment, passed in so tests can call main() without spawning a process. */
export interface CliIO {
  stdin: Readable & { isTTY?: boolean };
  stdout: OutputStream;
  stderr: OutputStream;
  env: Readonly<Record<string, string | undefined>>;
}

export function processIO(): CliIO {
  // `reply-coach check --jsonl < big.jsonl | head` closes the pipe early; that is the reader's choice, not a crash.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env };
}

/** Writes and, when the stream's buffer is full, waits for it to drain, so a long batch does not pile up in memory. */
export async function write(stream: OutputStream, text: string): Promise<void> {
  if (stream.write(text) || !stream.once) return;
  await new Promise<void>((resolve) => stream.once?.('drain', resolve));
}

/** Colour only for a person at a terminal, and never when NO_COLOR is set to anything (https://no-color.org). */
export function wantsColour(io: CliIO): boolean {
  const noColor = io.env.NO_COLOR;
  return io.stdout.isTTY === true && (noColor === undefined || noColor === '');
}
