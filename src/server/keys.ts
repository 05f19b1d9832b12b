// Keys, tokens, ids and join codes. Keys and tokens are 256 random bits, shown once and
// stored only as their SHA-256; a join code is short, for a classroom's board.
import { createHash, randomBytes, randomInt } from 'node:crypto';

export const newSecret = (): string => randomBytes(32).toString('base64url');
export const newId = (): string => randomBytes(12).toString('base64url');
export const hashSecret = (secret: string): string => createHash('sha256').update(secret, 'utf8').digest('hex');

/** Letters and digits no one misreads on a board (no 0/O, 1/I/L). */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 6;

export function newJoinCode(): string {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** A code as typed: spaces and dashes dropped, upper case. */
export const normaliseJoinCode = (text: string): string => text.replace(/[\s-]+/g, '').toUpperCase();

/** A seed for a class's games when the teacher gives none. */
export const newSeed = (): string => `class-${randomBytes(6).toString('hex')}`;
