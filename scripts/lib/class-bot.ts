// A student played by the machine over the class server's WebSocket: each morning it
// rebuilds the game from what the server sent (every day's actions, its own today),
// takes its side's open decisions and ends its turn. For the tests and the load run.
import { createHash } from 'node:crypto';
import { newGame, pendingDecisions, rulesFor, stateHash, step } from '../../src/engine';
import type { Action, GameSetup, GameState } from '../../src/engine';
import type { Scenario } from '../../src/scenario/resolve';
import type { LiveClient, Sync } from './class-client';

const openings = new Map<string, GameState>();

/**
 * The evenings already stepped in this process, by the setup and every day's actions up to
 * them: the players of one group (here, in one process) step the same days, so each day is
 * stepped and hashed once, and every player still checks the hash against the server's.
 */
const evenings = new Map<string, { state: GameState; hash: string }>();
const EVENINGS = 20_000;
const keyOf = (before: string, day: unknown[]): string => createHash('sha256').update(before).update('\n').update(JSON.stringify(day)).digest('base64');

/** The game as this side sees it, kept between syncs: the days already stepped are not stepped again. */
export class Replica {
  private morning: GameState | null = null;
  private daysApplied = 0;
  /** The key of the days applied (the setup and each day's actions). */
  private key = '';

  constructor(private readonly scenario: Scenario) {}

  /** Every day played (each turn's hash checked against the server's), then its own actions this morning. */
  stateOf(sync: Sync): GameState {
    if (!this.morning) {
      // The opening of a setup is the same for every player of a group (and costs a lead-in).
      const key = JSON.stringify(sync.setup);
      let first = openings.get(key);
      if (!first) {
        first = newGame(this.scenario, sync.setup as GameSetup);
        openings.set(key, first);
      }
      this.morning = first;
      this.key = key;
    }
    let state = this.morning;
    for (let turn = this.daysApplied; turn < sync.days.length; turn++) {
      const day = sync.days[turn]!;
      const key = keyOf(this.key, day);
      let evening = evenings.get(key);
      if (!evening) {
        for (const a of day) {
          const r = step(this.scenario, state, a as Action);
          if (!r.ok) throw new Error(`the server's day ${turn + 1} does not step: ${r.error.message}`);
          state = r.state;
        }
        evening = { state, hash: stateHash(state) };
        evenings.set(key, evening);
        if (evenings.size > EVENINGS) evenings.delete(evenings.keys().next().value!);
      }
      state = evening.state;
      this.key = key;
      if (evening.hash !== sync.turns[turn]) throw new Error(`turn ${turn + 1}: the server's hash differs from the engine's`);
    }
    this.morning = state;
    this.daysApplied = sync.days.length;
    for (const a of sync.today) {
      const r = step(this.scenario, state, a as Action);
      if (!r.ok) throw new Error(`today's own action does not step: ${r.error.message}`);
      state = r.state;
    }
    return state;
  }
}

/** The game as this side sees it, from one sync. */
export function stateOf(scenario: Scenario, sync: Sync): GameState {
  return new Replica(scenario).stateOf(sync);
}

export interface BotOptions {
  /** The option to take (default: history's). */
  choose?: (decision: string, options: string[], historical: string, sync: Sync) => string;
  /** Wait before each message, in ms (a person thinking). */
  think?: () => number;
  /** Each answer, with its latency. */
  onAnswer?: (a: { type: string; code?: string; message?: string; ms: number }) => void;
  timeoutMs?: number;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Play this client's side to the end of the game; resolves with the last sync. */
export async function playToTheEnd(client: LiveClient, scenario: Scenario, options: BotOptions = {}): Promise<Sync> {
  const rules = rulesFor(scenario);
  const replica = new Replica(scenario);
  const timeout = options.timeoutMs ?? 120_000;
  for (;;) {
    const sync = await client.waitSync((s) => s.over !== null || (s.group.status === 'playing' && !s.group.seats.find((x) => x.you)?.ready && !s.group.seats.find((x) => x.you)?.computer), timeout, 'a morning to play');
    if (sync.over) return sync;
    const state = replica.stateOf(sync);
    const date = state.date;
    for (const id of pendingDecisions(rules, state, sync.side)) {
      const d = rules.decisions.get(id)!;
      const historical = d.options.find((o) => o.historical)!.id;
      const option = options.choose ? options.choose(id, d.options.map((o) => o.id), historical, sync) : historical;
      if (options.think) await sleep(options.think());
      const a = await client.request({ type: 'act', date, action: { type: 'decide', side: sync.side, decision: id, option, reason: `Bot for ${sync.side}` } });
      options.onAnswer?.(a);
      if (a.type === 'rejected' && a.code !== 'ALREADY_DECIDED' && a.code !== 'STALE') throw new Error(`${sync.side}: ${a.code}: ${a.message}`);
    }
    if (options.think) await sleep(options.think());
    const e = await client.request({ type: 'endTurn', date });
    options.onAnswer?.(e);
    if (e.type === 'rejected' && e.code !== 'STALE' && e.code !== 'TURN_ENDED') throw new Error(`${sync.side}: ${e.code}: ${e.message}`);
    // The next morning (or the end) before the next move.
    await client.waitSync((s) => s.over !== null || s.group.day > state.day || (s.group.day === state.day && !!s.group.seats.find((x) => x.you)?.ready), timeout, 'the evening');
  }
}
