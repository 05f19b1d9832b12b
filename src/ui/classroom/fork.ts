// What if? A fork of a game: the actions up to the morning of a chosen day, that day's
// choices with one (or more) changed, then play on with the same seed. The engine's keyed
// random streams keep every other draw as it was, so the two games differ only by the
// consequences of the change. A decision a player took is changed by the player's own
// action; one a computer side took is forced for the fork (the setup then differs, so
// the state hashes differ from the start, but the draws do not).
import { refusal } from '../lib/refusal';
import { MAX_REASON, cleanReason, playerActions, stateHash } from '../../engine';
import type { Action, GameState } from '../../engine';
import { playerChoices, replayFailureLine } from '../../classroom';
import { playReplay } from '../../replay';
import type { Replay } from '../../replay';
import type { Scenario } from '../../scenario/resolve';
import { Session } from '../session';
import { t, words } from '../lib/words';

/** A replay played back: every state, and the index of each day's end. */
export interface ViewedGame {
  scenario: Scenario;
  replay: Replay;
  states: GameState[];
  turnEnds: number[];
  final: GameState;
}

export function viewedGame(scenario: Scenario, replay: Replay): ViewedGame | string {
  const played = playReplay(scenario, replay);
  // In English the replay's own detailed line; in another language its problem's message.
  if (!played.ok) return replayFailureLine(played, words);
  return { scenario, replay, states: played.states, turnEnds: played.turnEnds, final: played.final };
}

/** The state at the end of each day. */
export const dayEnds = (g: ViewedGame): GameState[] => g.turnEnds.map((i) => g.states[i]!);

/** The original's actions, day by day (each day's without its endTurn). */
function actionsByDay(g: ViewedGame): Action[][] {
  const days: Action[][] = [[]];
  for (const a of g.replay.actions) {
    if (a.type === 'endTurn') days.push([]);
    else days[days.length - 1]!.push(a);
  }
  return days;
}

export interface ForkSpec {
  /** The day changed, 1-based. */
  day: number;
  /** Decision id → the option taken in the fork. */
  changes: Record<string, string>;
  /** A one-line reason for the fork's journal (on decisions a player takes). */
  reason: string;
}

/** The fork on the morning of `spec.day`, with that day's choices taken (the changed ones changed). */
export function forkAt(g: ViewedGame, spec: ForkSpec): Session | string {
  const { replay } = g;
  if (spec.day < 1 || spec.day > g.turnEnds.length) return t('classroom:fork.noDay', { day: String(spec.day) });
  const before = spec.day >= 2 ? g.turnEnds[spec.day - 2]! : 0;
  const dayEnd = g.states[g.turnEnds[spec.day - 1]!]!;
  const forced = { ...replay.forced };
  const byPlayer = new Map<string, string>();
  for (const [decision, option] of Object.entries(spec.changes)) {
    if (dayEnd.chosen[decision]?.by === 'player') byPlayer.set(decision, option);
    else forced[decision] = option;
  }
  const session = Session.fromActions(g.scenario, { seed: replay.seed, roles: replay.roles, forced }, replay.actions.slice(0, before));
  if (typeof session === 'string') return session;
  const reason = cleanReason(spec.reason)?.slice(0, MAX_REASON);
  for (const a of actionsByDay(g)[spec.day - 1] ?? []) {
    const changed = a.type === 'decide' ? byPlayer.get(a.decision) : undefined;
    const action: Action = a.type === 'decide' && changed ? { type: 'decide', side: a.side, decision: a.decision, option: changed, ...(reason ? { reason } : {}) } : a;
    const before = session.state;
    const r = session.apply(action);
    if (!r.ok) return refusal(session.rules, before, action, r.error);
  }
  return session;
}

/**
 * Play a fork on by itself: each later day the original's choices and orders where they
 * still apply, history's choice for any decision the original never met, then end the day.
 */
export function playOn(session: Session, g: ViewedGame): void {
  const days = actionsByDay(g);
  const choices = playerChoices(g.final);
  let first = true;
  for (let guard = 0; session.state.status === 'playing' && guard < 200; guard++) {
    if (!first) for (const a of days[session.dayEnds.length] ?? []) session.apply(a);
    first = false;
    for (const a of playerActions(g.scenario, session.state, { choices })) session.apply(a);
    if (!session.apply({ type: 'endTurn' }).ok) return;
  }
}

interface ForkDay {
  date: string;
  original: GameState | null;
  fork: GameState | null;
  originalHash: string | null;
  forkHash: string | null;
  /**
   * Every area's first draw of the day the same in both games, where both drew (a quiet
   * area draws nothing); null when one game did not play the day.
   */
  sameLuck: boolean | null;
  /** How many areas drew in both games that day. */
  drawsCompared: number;
}

export function forkDays(g: ViewedGame, forkEnds: GameState[]): ForkDay[] {
  const original = dayEnds(g);
  const n = Math.max(original.length, forkEnds.length);
  const rows: ForkDay[] = [];
  for (let i = 0; i < n; i++) {
    const o = original[i] ?? null;
    const f = forkEnds[i] ?? null;
    let sameLuck: boolean | null = null;
    let drawsCompared = 0;
    if (o?.report && f?.report) {
      const rolls = new Map(f.report.areas.map((a) => [a.area, a.roll]));
      sameLuck = true;
      for (const a of o.report.areas) {
        const other = rolls.get(a.area);
        if (a.roll === null || other === null || other === undefined) continue;
        drawsCompared++;
        if (other !== a.roll) sameLuck = false;
      }
    }
    rows.push({ date: (o ?? f)!.report!.date, original: o, fork: f, originalHash: o ? stateHash(o) : null, forkHash: f ? stateHash(f) : null, sameLuck, drawsCompared });
  }
  return rows;
}

interface DifferingChoice {
  decision: string;
  date: string;
  side: string;
  original: { option: string; by: string } | null;
  fork: { option: string; by: string } | null;
}

export function differingChoices(original: GameState, fork: GameState): DifferingChoice[] {
  const ids = [...new Set([...Object.keys(original.chosen), ...Object.keys(fork.chosen)])];
  return ids
    .map((id): DifferingChoice | null => {
      const o = original.chosen[id];
      const f = fork.chosen[id];
      if (o && f && o.option === f.option) return null;
      const any = (o ?? f)!;
      return { decision: id, date: any.date, side: any.side, original: o ? { option: o.option, by: o.by } : null, fork: f ? { option: f.option, by: f.by } : null };
    })
    .filter((x): x is DifferingChoice => x !== null)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
