// A group's game as the server holds it: the setup and the stored actions, stepped
// again through the engine's one door. Nothing here is trusted from memory — a game is
// rebuilt from the database whenever its cached copy is behind (another server wrote,
// or this one restarted); the cache only saves re-stepping.
import { newGame, pendingDecisions, playerActions, rulesFor, stateHash, step } from '../engine';
import type { Action, GameSetup, GameState, PolicyId, Rejection, Rules } from '../engine';
import { encodeReplayCode, makeReplay } from '../replay';
import type { Replay } from '../replay';
import type { Scenario } from '../scenario/resolve';

export interface StoredAction {
  seq: number;
  day: number;
  action: Action;
  studentId: string | null;
  by: 'player' | 'computer' | 'server';
  /** The client's id of the message (a student's), so a message sent twice is taken once. */
  ref?: string | null;
}

export class ServerGame {
  readonly first: GameState;
  state: GameState;
  readonly actions: StoredAction[] = [];
  /** The state hash after each turn. */
  readonly turns: string[] = [];
  /** "student/ref" → seq, for every action a student sent. */
  readonly refs = new Map<string, number>();

  constructor(
    readonly groupId: string,
    readonly classId: string,
    readonly scenario: Scenario,
    readonly setup: GameSetup,
  ) {
    this.first = newGame(scenario, setup);
    this.state = this.first;
  }

  get rules(): Rules {
    return rulesFor(this.scenario);
  }

  get seq(): number {
    return this.actions.length;
  }

  /** Step an action; the engine's rejection when it may not run. Nothing is stored here. */
  tryStep(action: Action): { ok: true; state: GameState } | { ok: false; error: Rejection } {
    const result = step(this.scenario, this.state, action);
    return result.ok ? { ok: true, state: result.state } : { ok: false, error: result.error };
  }

  /** Take an action the engine accepted (or a stored one, when rebuilding). */
  push(stored: StoredAction, state?: GameState): void {
    if (stored.seq !== this.actions.length + 1) throw new Error(`game ${this.groupId}: action ${stored.seq} out of order (have ${this.actions.length})`);
    let next = state;
    if (!next) {
      const result = step(this.scenario, this.state, stored.action);
      // A stored action the engine refuses means the data or the rules changed under the game.
      if (!result.ok) throw new Error(`game ${this.groupId}: stored action ${stored.seq} refused: ${result.error.message}`);
      next = result.state;
    }
    this.state = next;
    this.actions.push(stored);
    if (stored.ref && stored.studentId) this.refs.set(`${stored.studentId}/${stored.ref}`, stored.seq);
    if (stored.action.type === 'endTurn') this.turns.push(stateHash(next));
  }

  /** The actions of each day played so far (every day before today). */
  days(): Action[][] {
    const out: Action[][] = [[]];
    for (const a of this.actions) {
      out[out.length - 1]!.push(a.action);
      if (a.action.type === 'endTurn') out.push([]);
    }
    out.pop();
    return out;
  }

  /** Today's actions by one side (what that side's player may see before the evening). */
  todayOf(side: string): Action[] {
    const today: Action[] = [];
    for (let i = this.actions.length - 1; i >= 0; i--) {
      const a = this.actions[i]!.action;
      if (a.type === 'endTurn') break;
      if (a.side === side) today.unshift(a);
    }
    return today;
  }

  /** Decisions this side still has to take today. */
  pendingOf(side: string): string[] {
    return pendingDecisions(this.rules, this.state, side);
  }

  /** Whether a side has anything to do this morning: a decision open to it, or orders to give. */
  mustAct(side: string): boolean {
    return this.state.status === 'playing' && (this.pendingOf(side).length > 0 || this.scenario.orders.some((o) => o.side === side));
  }

  /** The decisions a computer takes for this side this morning, as ordinary actions. */
  computerActions(side: string, policy: PolicyId): Action[] {
    return playerActions(this.scenario, this.state, { playerPolicy: policy }).filter((a) => a.type === 'decide' && a.side === side);
  }

  /** "still to decide: …" in the engine's words, for one side. */
  pendingMessage(side: string): string {
    return `still to decide: ${this.pendingOf(side).map((id) => this.rules.decisions.get(id)!.title).join('; ')}`;
  }

  private code: { seq: number; code: string } | null = null;

  /** The replay as a code (kept once made: a finished game's is asked for by every player's sync). */
  replayCode(): string {
    if (this.code?.seq !== this.seq) this.code = { seq: this.seq, code: encodeReplayCode(this.replay()) };
    return this.code.code;
  }

  replay(): Replay {
    return makeReplay(this.scenario, this.first, this.actions.map((a) => a.action), this.turns, this.state);
  }
}
