// The replay file: the save of a game. A seed, the setup and the actions reproduce the
// game exactly; the state hash after each turn proves it, and a checksum over the whole
// file catches editing by hand.
import { z } from 'zod';
import { canonicalHash } from '../lib/canonical-hash';
import { ActionSchema, MAX_ACTIONS, MAX_SEED, POLICIES } from '../engine';

export const REPLAY_FORMAT = 'nineteen-days-replay';
export const REPLAY_FORMAT_VERSION = 1;

const Controller = z.enum(['player', ...POLICIES]);

export const ReplaySchema = z.strictObject({
  format: z.literal(REPLAY_FORMAT),
  formatVersion: z.number().int(),
  engineVersion: z.number().int(),
  scenario: z.strictObject({ id: z.string(), hash: z.string().regex(/^[0-9a-f]{16}$/) }),
  seed: z.string().min(1).max(MAX_SEED),
  roles: z.record(z.string(), Controller),
  forced: z.record(z.string(), z.string()),
  actions: z.array(ActionSchema).max(MAX_ACTIONS),
  /** One line per decision a player took with a reason: the decision journal. */
  journal: z.array(z.strictObject({ date: z.string(), side: z.string(), decision: z.string(), option: z.string(), reason: z.string() })),
  /** The state hash after each turn, in order. */
  turns: z.array(z.string().regex(/^[0-9a-f]{16}$/)),
  final: z.strictObject({ date: z.string(), hash: z.string(), outcome: z.string().nullable() }),
  checksum: z.string().regex(/^[0-9a-f]{16}$/),
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

export const checksumOf = (body: ReplayBody): string => canonicalHash(body);

export function sealReplay(body: ReplayBody): Replay {
  return { ...body, checksum: checksumOf(body) };
}
