// A game in the browser: every state so far and the actions between them. The engine's
// states are frozen and never change, so going back a day is only a matter of dropping
// the later ones, and the replay (the save) is built from the first state and the actions.
import { refusal } from './lib/refusal';
import { newGame, rulesFor, stateHash, step } from '../engine';
import type { Action, GameSetup, GameState, Rejection, Rules } from '../engine';
import { makeReplay, playReplay } from '../replay';
import type { Replay, ReplayFailure } from '../replay';
import type { Scenario } from '../scenario/resolve';
import { ChecksumCache } from './replaySeal';

/** The standing order a side has given in an area; null when none. */
function orderIn(state: GameState, side: string, area: string): string | null {
  const mine = Object.hasOwn(state.orders, side) ? state.orders[side]! : null;
  return mine && Object.hasOwn(mine, area) ? mine[area]! : null;
}

type ApplyResult = { ok: true; state: GameState } | { ok: false; error: Rejection };

export class Session {
  /** The replay's checksum, kept as the actions come: a save does not hash the whole game again. */
  private readonly seal = new ChecksumCache();

  private constructor(
    readonly scenario: Scenario,
    /** states[0] is the opening; then one state after each accepted action. */
    private states: GameState[],
    private actions: Action[],
    /** Index into `states` of the state at the end of each turn. */
    private turnEnds: number[],
    private hashes: string[],
  ) {}

  static start(scenario: Scenario, setup: GameSetup): Session {
    return new Session(scenario, [newGame(scenario, setup)], [], [], []);
  }

  /** A session from a setup and actions (a fork's opening); the reason when an action is refused. */
  static fromActions(scenario: Scenario, setup: GameSetup, actions: readonly Action[]): Session | string {
    const session = Session.start(scenario, setup);
    for (const a of actions) {
      const before = session.state;
      const r = session.apply(a);
      if (!r.ok) return refusal(session.rules, before, a, r.error);
    }
    return session;
  }

  /** A session from a replay: played back and checked turn by turn. */
  static fromReplay(scenario: Scenario, replay: Replay): Session | ReplayFailure {
    const played = playReplay(scenario, replay);
    if (!played.ok) return played;
    return new Session(scenario, played.states, replay.actions.map((a) => ({ ...a })), played.turnEnds, [...replay.turns]);
  }

  get rules(): Rules {
    return rulesFor(this.scenario);
  }

  get state(): GameState {
    return this.states[this.states.length - 1]!;
  }

  get first(): GameState {
    return this.states[0]!;
  }

  get hash(): string {
    return stateHash(this.state);
  }

  /** The sides a person plays in this game. */
  get playerSides(): string[] {
    return this.scenario.sides.filter((s) => this.first.config.roles[s.id] === 'player').map((s) => s.id);
  }

  /** The state at the end of each day played so far (each holds that day's report). */
  get dayEnds(): GameState[] {
    return this.turnEnds.map((i) => this.states[i]!);
  }

  /** Actions taken this morning, before the turn ends. */
  get actionsToday(): Action[] {
    const last = this.turnEnds[this.turnEnds.length - 1] ?? 0;
    return this.actions.slice(last);
  }

  /** An action exactly as given (a replay's, a fork's): every accepted one is kept. */
  apply(action: Action): ApplyResult {
    return this.step(action);
  }

  /**
   * A player's action at the keyboard. Orders that change nothing add no action, so no
   * amount of clicking makes a game too long to save.
   */
  play(action: Action): ApplyResult {
    if (action.type === 'order') {
      const order = action.order ?? null;
      // The same order again changes nothing, and adds no action to the replay.
      if (orderIn(this.state, action.side, action.area) === order) return { ok: true, state: this.state };
      // A change of mind the same morning replaces the morning's earlier order there, so
      // that however often an order is changed the replay holds one action an area a day.
      const today = this.actionsToday;
      const earlier = today.findIndex((a) => a.type === 'order' && a.side === action.side && a.area === action.area);
      if (earlier >= 0) {
        const morning = this.states[this.turnEnds[this.turnEnds.length - 1] ?? 0]!;
        const rest = today.filter((_, i) => i !== earlier);
        if (orderIn(morning, action.side, action.area) !== order) rest.push(action);
        if (this.replayToday(rest)) return { ok: true, state: this.state };
      }
    }
    return this.step(action);
  }

  /** This morning played again with `actions` instead; false (and nothing changed) if one is refused. */
  private replayToday(actions: Action[]): boolean {
    const saved = { states: this.states, actions: this.actions, turnEnds: this.turnEnds, hashes: this.hashes };
    this.undoToday();
    for (const a of actions) {
      if (!this.step(a).ok) {
        Object.assign(this, saved);
        return false;
      }
    }
    return true;
  }

  private step(action: Action): ApplyResult {
    const result = step(this.scenario, this.state, action);
    if (!result.ok) return { ok: false, error: result.error };
    this.states.push(result.state);
    this.actions.push(action);
    if (action.type === 'endTurn') {
      this.turnEnds.push(this.states.length - 1);
      this.hashes.push(stateHash(result.state));
    }
    return { ok: true, state: result.state };
  }

  /**
   * Back to the morning before: the choices of the last day played can be made again.
   * With no day played yet, this morning's choices are undone. False when there is nothing to undo.
   */
  backADay(): boolean {
    if (this.turnEnds.length === 0) {
      if (this.states.length === 1) return false;
      this.truncate(1, 0);
      return true;
    }
    const keepTurns = this.turnEnds.length - 1;
    const to = keepTurns > 0 ? this.turnEnds[keepTurns - 1]! : 0;
    this.truncate(to + 1, keepTurns);
    return true;
  }

  /**
   * Take back this morning's choice of one decision, keeping the day's other choices and
   * orders (they are played again in order). False when the decision was not taken today.
   */
  reconsider(decision: string): boolean {
    const today = this.actionsToday;
    const taken = (a: Action): boolean => a.type === 'decide' && a.decision === decision;
    if (!today.some(taken)) return false;
    this.undoToday();
    for (const a of today) if (!taken(a)) this.apply(a);
    return true;
  }

  /** Undo this morning's choices and orders; false when there are none. */
  undoToday(): boolean {
    const morning = this.turnEnds[this.turnEnds.length - 1] ?? 0;
    if (this.states.length - 1 === morning) return false;
    this.truncate(morning + 1, this.turnEnds.length);
    return true;
  }

  private truncate(stateCount: number, turnCount: number): void {
    this.states = this.states.slice(0, stateCount);
    this.actions = this.actions.slice(0, stateCount - 1);
    this.turnEnds = this.turnEnds.slice(0, turnCount);
    this.hashes = this.hashes.slice(0, turnCount);
  }

  replay(): Replay {
    return makeReplay(this.scenario, this.first, this.actions, this.hashes, this.state, (body) => this.seal.checksum(this.actions, body));
  }
}
