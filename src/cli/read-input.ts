import { open, readFile } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { ExitCode } from './exit-codes.js';

/** An input problem the user can fix; main() prints the message and exits with the code. */
export class InputError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode,
  ) {
    super(message);
  }
}

const UTF8 = new TextDecoder('utf-8');
const UTF16LE = new TextDecoder('utf-16le');
const UTF16BE = new TextDecoder('utf-16be');

/**
 * Text from bytes whose encoding nobody told us: UTF-8 (invalid bytes become U+FFFD rather than failing the check),
 * unless a UTF-16 byte-order mark says otherwise, as Windows editors write. The decoders drop the mark itself.
 */
function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return UTF16LE.decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return UTF16BE.decode(bytes);
  return UTF8.decode(bytes);
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a directory';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

function unreadable(path: string, error: unknown): InputError {
  return new InputError(`cannot read ${path}: ${describeFsError(error)}`, ExitCode.unreadableInput);
}

export async function readFileText(path: string): Promise<string> {
  try {
    return decodeText(await readFile(path));
  } catch (error) {
    throw unreadable(path, error);
  }
}

export async function readStreamText(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return decodeText(Buffer.concat(chunks));
}

/**
 * A stream over a file, opened first so a missing file fails here with a clear message, not later as a stream
 * error in the middle of a batch.
 */
export async function openFileStream(path: string): Promise<Readable> {
  try {
    const handle = await open(path, 'r');
    // Opening a directory succeeds on Linux; reading it is what fails.
    if ((await handle.stat()).isDirectory()) {
      await handle.close();
      throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    }
    return handle.createReadStream();
  } catch (error) {
    throw unreadable(path, error);
  }
}
