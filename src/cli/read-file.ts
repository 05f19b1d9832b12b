// Reading the files a user names, for the command line: never more than a limit (a
// replay of `/dev/zero` must not fill the memory), and every failure one line that
// says what is wrong with the path, not a stack trace.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { word } from './words';

export class ReadError extends Error {
  override name = 'ReadError';
  constructor(
    message: string,
    /** The system's code for the failure (ENOENT…), when the system refused. */
    readonly fsCode?: string,
  ) {
    super(message);
  }
}

const FS_CODES = ['ENOENT', 'EACCES', 'EISDIR', 'ENOTDIR', 'ELOOP', 'ENAMETOOLONG', 'ENOSPC', 'EROFS', 'EMFILE'];
const SAME: Record<string, string> = { EPERM: 'EACCES', ENFILE: 'EMFILE' };

const MB = 1024 * 1024;
const PAUSE = new Int32Array(new SharedArrayBuffer(4));
const size = (bytes: number): string => (bytes >= MB ? `${(bytes / MB).toFixed(bytes % MB ? 1 : 0)} MB` : `${Math.ceil(bytes / 1024)} KB`);

/** Why a path could not be opened or read, in words. */
export function fsProblem(e: unknown): string {
  const raw = (e as NodeJS.ErrnoException).code ?? '';
  const code = SAME[raw] ?? raw;
  return FS_CODES.includes(code) ? word(`fs.${code}`) : (e as Error).message.split('\n')[0]!;
}

const readError = (e: unknown): ReadError => new ReadError(fsProblem(e), (e as NodeJS.ErrnoException).code);

/**
 * The text of a file (or of standard input, `fd` 0), refusing more than `max` bytes.
 * Reads in chunks rather than trusting the size on disk: a pipe or a device has none.
 */
export function readTextBounded(path: string | 0, max: number, what: 'replay' | 'scenario' | 'file' = 'file'): string {
  let fd: number;
  try {
    fd = path === 0 ? 0 : openSync(path, 'r');
  } catch (e) {
    throw readError(e);
  }
  try {
    if (fstatSync(fd).isDirectory()) throw new ReadError(word('fs.EISDIR'), 'EISDIR');
    const chunks: Buffer[] = [];
    let total = 0;
    const chunk = Buffer.allocUnsafe(64 * 1024);
    for (;;) {
      let n: number;
      try {
        n = readSync(fd, chunk, 0, chunk.length, null);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EAGAIN') {
          // A non-blocking pipe with nothing in it yet: wait a little rather than spin.
          Atomics.wait(PAUSE, 0, 0, 10);
          continue;
        }
        if ((e as NodeJS.ErrnoException).code === 'EOF') break;
        throw readError(e);
      }
      if (n === 0) break;
      total += n;
      if (total > max) throw new ReadError(word('fs.tooLarge', { what, size: size(max) }));
      chunks.push(Buffer.from(chunk.subarray(0, n)));
    }
    return Buffer.concat(chunks, total).toString('utf8');
  } finally {
    if (path !== 0) closeSync(fd);
  }
}
