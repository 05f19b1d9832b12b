// Replays as files (JSON) and as codes: compact, URL-safe text for sharing and links.
// A code is "ND1." followed by the deflated JSON in base64url.
import { deflateSync, Inflate, strFromU8, strToU8 } from 'fflate';
import { MAX_REPLAY_BYTES, REPLAY_FORMAT, REPLAY_FORMAT_VERSION, ReplaySchema } from './format';
import type { Replay } from './format';

export const CODE_PREFIX = 'ND1.';
/** Deflate never makes a replay larger, and base64 writes 4 characters for 3 bytes. */
const MAX_CODE_LENGTH = CODE_PREFIX.length + Math.ceil((MAX_REPLAY_BYTES * 4) / 3) + 64;
const TOO_LARGE = `the replay is too large (a replay is at most ${MAX_REPLAY_BYTES / (1024 * 1024)} MB; a whole game is some 20 KB)`;

/** Why a text is no replay, as a stable code a page or a report can say in its own language. */
export type ReplayFormatCode = 'TOO_LARGE' | 'DAMAGED' | 'CHARACTERS' | 'NOT_A_CODE' | 'MALFORMED' | 'EMPTY' | 'NOT_JSON' | 'NOT_A_REPLAY' | 'FORMAT_VERSION';

export class ReplayFormatError extends Error {
  override name = 'ReplayFormatError';
  constructor(
    message: string,
    /** The code of the problem; none when the message is already in the reader's language. */
    readonly code?: ReplayFormatCode,
  ) {
    super(message);
  }
}

/**
 * Inflate at most `max` bytes. The compressed bytes go in small pieces, so a code that
 * would inflate to gigabytes is stopped after about a megabyte more than the limit,
 * not after inflating it all.
 */
function inflateCapped(bytes: Uint8Array, max: number): Uint8Array {
  const parts: Uint8Array[] = [];
  let total = 0;
  let ended = false;
  const inflate = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total > max) throw new ReplayFormatError(TOO_LARGE, 'TOO_LARGE');
    parts.push(chunk);
    if (final) ended = true;
  });
  const PIECE = 1024;
  try {
    for (let i = 0; i < bytes.length; i += PIECE) inflate.push(bytes.subarray(i, i + PIECE), i + PIECE >= bytes.length);
  } catch (e) {
    if (e instanceof ReplayFormatError) throw e;
    throw new ReplayFormatError('the replay code is damaged or cut short', 'DAMAGED');
  }
  if (!ended) throw new ReplayFormatError('the replay code is damaged or cut short', 'DAMAGED');
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new ReplayFormatError('the replay code has characters a code cannot contain (was it copied whole?)', 'CHARACTERS');
  const padded = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  let binary: string;
  try {
    binary = atob(padded);
  } catch {
    throw new ReplayFormatError('the replay code is damaged or cut short', 'DAMAGED');
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function encodeReplayCode(replay: Replay): string {
  return CODE_PREFIX + toBase64Url(deflateSync(strToU8(JSON.stringify(replay)), { level: 9 }));
}

/** The JSON text inside a code. Throws ReplayFormatError with a one-line reason. */
export function decodeReplayCode(code: string): string {
  const trimmed = code.trim();
  if (!trimmed.startsWith(CODE_PREFIX)) throw new ReplayFormatError(`not a replay code (a code starts with "${CODE_PREFIX}")`, 'NOT_A_CODE');
  if (trimmed.length > MAX_CODE_LENGTH) throw new ReplayFormatError(TOO_LARGE, 'TOO_LARGE');
  const bytes = fromBase64Url(trimmed.slice(CODE_PREFIX.length));
  if (bytes.length === 0) throw new ReplayFormatError('the replay code is damaged or cut short', 'DAMAGED');
  return strFromU8(inflateCapped(bytes, MAX_REPLAY_BYTES));
}

/**
 * Read a replay from a file's text or from a code, checking its shape. Throws
 * ReplayFormatError with one line saying what is wrong.
 */
export function parseReplay(text: string): Replay {
  const trimmed = text.trim();
  const json = trimmed.startsWith(CODE_PREFIX) ? decodeReplayCode(trimmed) : trimmed;
  if (json.length > MAX_REPLAY_BYTES) throw new ReplayFormatError(TOO_LARGE, 'TOO_LARGE');
  let data: unknown;
  try {
    // A "__proto__" key is no field of a replay, and would be a prototype once copied.
    data = JSON.parse(json, (key, value: unknown) => {
      if (key === '__proto__') throw new ReplayFormatError('the replay is malformed: it has a "__proto__" key', 'MALFORMED');
      return value;
    });
  } catch (e) {
    if (e instanceof ReplayFormatError) throw e;
    throw (json.length === 0 ? new ReplayFormatError('the replay is empty', 'EMPTY') : new ReplayFormatError('the replay is not valid JSON (truncated or damaged?)', 'NOT_JSON'));
  }
  if (!data || typeof data !== 'object' || (data as { format?: unknown }).format !== REPLAY_FORMAT) {
    throw new ReplayFormatError('this is not a Nineteen Days replay', 'NOT_A_REPLAY');
  }
  // Before the shape: another version's shape differs, and its number is the clear answer.
  const version = (data as { formatVersion?: unknown }).formatVersion;
  if (typeof version === 'number' && version !== REPLAY_FORMAT_VERSION) {
    throw new ReplayFormatError(
      `this replay is in format version ${version}, from ${version < REPLAY_FORMAT_VERSION ? 'an earlier' : 'a later'} version of Nineteen Days; this one reads format version ${REPLAY_FORMAT_VERSION} only (play the game again to make a new replay)`,
      'FORMAT_VERSION',
    );
  }
  const parsed = ReplaySchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
    // A bad key of a record says why in its own issues ("this id is reserved").
    const message = issue.code === 'invalid_key' ? (issue.issues[0]?.message ?? issue.message) : issue.message;
    throw new ReplayFormatError(`the replay is malformed at ${where || 'the top level'}: ${message.split('\n')[0]!}`, 'MALFORMED');
  }
  return parsed.data;
}
