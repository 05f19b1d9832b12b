// Replays as files (JSON) and as codes: compact, URL-safe text for sharing and links.
// A code is "ND1." followed by the deflated JSON in base64url.
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { ReplaySchema } from './format';
import type { Replay } from './format';

export const CODE_PREFIX = 'ND1.';

export class ReplayFormatError extends Error {
  override name = 'ReplayFormatError';
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new ReplayFormatError('the replay code has characters a code cannot contain (was it copied whole?)');
  const padded = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  let binary: string;
  try {
    binary = atob(padded);
  } catch {
    throw new ReplayFormatError('the replay code is damaged or cut short');
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
  if (!trimmed.startsWith(CODE_PREFIX)) throw new ReplayFormatError(`not a replay code (a code starts with "${CODE_PREFIX}")`);
  const bytes = fromBase64Url(trimmed.slice(CODE_PREFIX.length));
  try {
    return strFromU8(inflateSync(bytes));
  } catch {
    throw new ReplayFormatError('the replay code is damaged or cut short');
  }
}

/**
 * Read a replay from a file's text or from a code, checking its shape. Throws
 * ReplayFormatError with one line saying what is wrong.
 */
export function parseReplay(text: string): Replay {
  const trimmed = text.trim();
  const json = trimmed.startsWith(CODE_PREFIX) ? decodeReplayCode(trimmed) : trimmed;
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    throw new ReplayFormatError(json.length === 0 ? 'the replay is empty' : 'the replay is not valid JSON (truncated or damaged?)');
  }
  if (!data || typeof data !== 'object' || (data as { format?: unknown }).format !== 'nineteen-days-replay') {
    throw new ReplayFormatError('this is not a Nineteen Days replay');
  }
  const parsed = ReplaySchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
    throw new ReplayFormatError(`the replay is malformed at ${where || 'the top level'}: ${issue.message}`);
  }
  return parsed.data;
}
