// Hand-ins are verified by the classroom room, never by a copy of its checks here: one
// entry is set through the class comparison on its own, which verifies it with the
// classroom's one verification (`verifyHandIn` in classroom/hand-in.ts: it parses a replay
// file, a code or a report, re-plays every action, and compares every turn's hash and every
// field the hand-in reports). A game it keeps is verified; one it leaves out carries the reason.
import { compareClass, replayText } from '../classroom';
import type { ClassGame } from '../classroom';
import { encodeReplayCode, parseReplay } from '../replay';
import type { Scenario } from '../scenario/resolve';

export type Verdict = { ok: true; game: ClassGame; code: string } | { ok: false; reason: string };

export function verifyHandIn(scenario: Scenario, name: string, text: string): Verdict {
  const result = compareClass(scenario, [{ name, text }]);
  const game = result.games[0];
  if (!game) return { ok: false, reason: result.excluded[0]?.reason ?? 'the hand-in could not be read' };
  // Kept as a code: compact, and what the comparison reads back.
  return { ok: true, game, code: encodeReplayCode(parseReplay(replayText(text))) };
}
