// The actions on a game state, written once as a schema: the engine checks every action
// against it, the replay format reads actions with it, and the type is inferred from it.
import { z } from 'zod';
import { MAX_ID } from '../scenario/ids';
import { MAX_REASON } from './limits';

// Ids no longer than a scenario's: the engine refuses unknown ones, the replay format
// reads actions with this schema and so never holds an id of a megabyte.
const ref = (): z.ZodString => z.string().max(MAX_ID);

export const ActionSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('decide'), side: ref(), decision: ref(), option: ref(), reason: z.string().max(MAX_REASON).optional() }),
  /** A standing order for an area; `null` withdraws the side's order there. */
  z.strictObject({ type: z.literal('order'), side: ref(), area: ref(), order: ref().nullable() }),
  z.strictObject({ type: z.literal('endTurn') }),
]);
export type Action = z.infer<typeof ActionSchema>;

/** A reason as the journal keeps it: one line, spaces collapsed; undefined when empty. */
export function cleanReason(text: string | undefined): string | undefined {
  const line = text?.replace(/\s+/g, ' ').trim();
  return line ? line : undefined;
}
