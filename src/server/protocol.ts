// The WebSocket messages a client may send (docs/SERVER.md has the whole protocol).
// Every message is one JSON object with a "type"; anything else is refused with a reason.
import { z } from 'zod';

const Ref = z.string().min(1).max(64);

export const ClientMessage = z.discriminatedUnion('type', [
  /** The first message: a student's token, or a teacher's key and class (and the page's language, for the dashboard). */
  z.strictObject({ type: z.literal('hello'), token: z.string().min(1).max(128).optional(), teacherKey: z.string().min(1).max(128).optional(), classId: z.string().min(1).max(64).optional(), lang: z.string().min(1).max(16).optional() }),
  /** A decision or an order for the player's side; `date` is the morning it was meant for. */
  z.strictObject({ type: z.literal('act'), ref: Ref, date: z.string().max(10).optional(), action: z.unknown() }),
  /** The player has ended their turn for `date`. */
  z.strictObject({ type: z.literal('endTurn'), ref: Ref, date: z.string().max(10).optional() }),
  z.strictObject({ type: z.literal('ping') }),
]);
export type ClientMessage = z.infer<typeof ClientMessage>;

/** WebSocket close codes of ours (4000–4999 are for applications). */
export const CLOSE = {
  /** The hello was wrong: no such token, key or class. */
  UNAUTHORISED: 4401,
  /** The class was deleted. */
  GONE: 4410,
  /** Too many messages. */
  RATE: 4429,
} as const;

export const MAX_MESSAGE = 16 * 1024;
