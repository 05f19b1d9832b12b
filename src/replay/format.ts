// The replay file: the save of a game. A seed, the setup and the actions reproduce the
// game exactly; the state hash after each turn proves it, and a checksum over the whole
// file catches editing by hand.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { z } from 'zod';
import { canonicalBytes } from '../lib/canonical-hash';
import { ActionSchema, MAX_ACTIONS, MAX_REASON, MAX_SEED, POLICIES } from '../engine';
import { Id, IsoDate } from '../scenario/schema';

export const REPLAY_FORMAT = 'nineteen-days-replay';
/**
 * 2: state hashes of 128 bits over every code unit of every string (32 hex digits), the
 * checksum SHA-256 (64). A replay of another version is refused by name (codec.ts).
 */
export const REPLAY_FORMAT_VERSION = 2;
/** A replay's JSON text is at most this many bytes (a whole game is some 20 KB). */
export const MAX_REPLAY_BYTES = 2 * 1024 * 1024;

const Controller = z.enum(['player', ...POLICIES]);
const StateHash = z.string().regex(/^[0-9a-f]{32}$/, 'a state hash is 32 hex digits');

export const ReplaySchema = z.strictObject({
  format: z.literal(REPLAY_FORMAT),
  formatVersion: z.literal(REPLAY_FORMAT_VERSION),
  engineVersion: z.number().int(),
  scenario: z.strictObject({ id: Id, hash: StateHash }),
  seed: z.string().min(1).max(MAX_SEED),
  // Side and decision ids as the scenario writes them: never "__proto__" or "constructor".
  roles: z.record(Id, Controller),
  forced: z.record(Id, Id),
  actions: z.array(ActionSchema).max(MAX_ACTIONS),
  /** One line per decision a player took with a reason: the decision journal. */
  journal: z.array(z.strictObject({ date: IsoDate, side: Id, decision: Id, option: Id, reason: z.string().max(MAX_REASON) })).max(MAX_ACTIONS),
  /** The state hash after each turn, in order. */
  turns: z.array(StateHash).max(MAX_ACTIONS),
  final: z.strictObject({ date: IsoDate, hash: StateHash, outcome: Id.nullable() }),
  checksum: z.string().regex(/^[0-9a-f]{64}$/, 'the checksum is 64 hex digits'),
});
export type Replay = z.infer<typeof ReplaySchema>;
export type ReplayBody = Omit<Replay, 'checksum'>;

export interface ReplayJournalEntry {
  date: string;
  side: string;
  decision: string;
  option: string;
  reason: string;
}

/** SHA-256 of the body's canonical encoding: no edit by hand goes unnoticed, by chance or by search. */
export const checksumOf = (body: ReplayBody): string => bytesToHex(sha256(canonicalBytes(body)));

export function sealReplay(body: ReplayBody): Replay {
  return { ...body, checksum: checksumOf(body) };
}
