// Games from saves and replays: the autosave on the title screen, a replay file, code or
// report to play on. Never throws: the answer is a session or a one-line reason.
import type { Replay } from '../replay';
import type { Scenario } from '../scenario/resolve';
import { longDate } from '../lib/dates';
import type { SeatTurn } from './classroom/hotseat';
import { readReplay } from './classroom/replayInput';
import { Session } from './session';
import { readAutosave } from './storage';

/** What the title screen says of the autosave. */
export type SaveStatus = { kind: 'none' } | { kind: 'ok'; summary: string } | { kind: 'broken'; reason: string };

/** The autosave played back: the game to continue and, with several players, whose turn it was. */
export interface RestoredGame {
  session: Session;
  seat: SeatTurn | null;
}

/** A session from a replay, or the reason it cannot be played. */
function sessionFromReplay(scenarios: ReadonlyMap<string, Scenario>, replay: Replay): Session | string {
  const scenario = scenarios.get(replay.scenario.id);
  if (!scenario) return `the replay is of scenario "${replay.scenario.id}", which this game does not have`;
  const result = Session.fromReplay(scenario, replay);
  return result instanceof Session ? result : result.message;
}

/** A session from a replay file's text, a code or a report; a message for the player when it cannot be. */
export function sessionFromText(scenarios: ReadonlyMap<string, Scenario>, text: string): Session | string {
  const replay = readReplay(text);
  if (typeof replay === 'string') return replay;
  const result = sessionFromReplay(scenarios, replay);
  return typeof result === 'string' ? `This replay cannot be played: ${result}.` : result;
}

/** The autosave, played back: what the title screen says of it, and the game to continue. */
export function restoreAutosave(scenarios: ReadonlyMap<string, Scenario>): { status: SaveStatus; game: RestoredGame | null } {
  const save = readAutosave();
  if (!save) return { status: { kind: 'none' }, game: null };
  if (!save.ok) return { status: { kind: 'broken', reason: save.reason }, game: null };
  const session = sessionFromReplay(scenarios, save.replay);
  if (typeof session === 'string') return { status: { kind: 'broken', reason: session }, game: null };
  const sides = session.playerSides.map((s) => session.scenario.sides.find((x) => x.id === s)?.short ?? s).join(', ');
  const s = session.state;
  const title = session.scenario.title;
  return {
    status: { kind: 'ok', summary: s.status === 'over' ? `${title}: the game is over (${s.outcome?.label ?? ''})` : `${title}, day ${s.day + 1}: ${longDate(s.date)}${sides ? ` · ${sides}` : ''}` },
    game: { session, seat: save.seat },
  };
}
