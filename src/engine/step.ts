// The one door into the simulation: next = step(state, action). An action is checked
// before anything runs; a rejected action returns the very same state object, having
// drawn no random number.
import { produce } from 'immer';
import { deepFreeze } from '../lib/deep-freeze';
import type { Scenario } from '../scenario/resolve';
import type { GameState, Rejection, RejectionCode, StepResult } from './types';
import { ActionSchema, cleanReason } from './action';
import type { Action } from './action';
import { MAX_REASON } from './limits';
import { pendingDecisions } from './pending';
import { rulesFor } from './rules';
import type { Rules } from './rules';
import { resolveDay } from './day';

/** A record's own value for a key: ids come from outside, and no id is an inherited property. */
const ownValue = <T>(record: Record<string, T>, key: string): T | undefined => (Object.hasOwn(record, key) ? record[key] : undefined);

const reject = (state: GameState, code: RejectionCode, message: string): StepResult => ({ ok: false, state, error: { code, message } });

const no = (code: RejectionCode, message: string): Rejection => ({ code, message });

/** A plain `{ type: 'endTurn' }`, which the schema would pass: most steps are one, so they skip the schema. */
const isPlainEndTurn = (action: object): boolean => {
  if (Object.getPrototypeOf(action) !== Object.prototype) return false;
  let keys = 0;
  for (const k in action) if (k !== 'type' || ++keys > 1) return false;
  return keys === 1 && (action as { type: unknown }).type === 'endTurn';
};

/** Why this action may not run now, or null if it may. */
export function check(rules: Rules, state: GameState, action: Action): Rejection | null {
  if (!action || typeof action !== 'object' || typeof (action as { type?: unknown }).type !== 'string') return no('BAD_ACTION', 'an action is an object with a "type"');
  const reason = (action as { reason?: unknown }).reason;
  if (action.type === 'decide' && typeof reason === 'string' && reason.length > MAX_REASON) return no('REASON_TOO_LONG', `a reason is one line of at most ${MAX_REASON} characters`);
  const shape = isPlainEndTurn(action) ? null : ActionSchema.safeParse(action);
  if (shape && !shape.success) {
    const known = ['decide', 'order', 'endTurn'].includes(action.type);
    return no('BAD_ACTION', known ? `a "${action.type}" action is malformed: ${shape.error.issues[0]?.message ?? 'bad fields'}` : `unknown action type "${action.type}"`);
  }
  if (state.status === 'over') return no('GAME_OVER', `the game is over (${state.outcome?.label ?? 'ended'})`);
  switch (action.type) {
    case 'decide': {
      const decision = rules.decisions.get(action.decision);
      if (!decision) return no('UNKNOWN_DECISION', `there is no decision "${action.decision}"`);
      if (!rules.sides.has(action.side)) return no('UNKNOWN_SIDE', `there is no side "${action.side}"`);
      if (decision.actor !== action.side) return no('WRONG_SIDE', `"${decision.title}" is for ${rules.sides.get(decision.actor)!.name} to decide, not ${rules.sides.get(action.side)!.name}`);
      if (ownValue(state.config.roles, action.side) !== 'player') return no('NOT_YOUR_SIDE', `${rules.sides.get(action.side)!.name} is not led by a player in this game`);
      if (Object.hasOwn(state.chosen, action.decision)) return no('ALREADY_DECIDED', `"${decision.title}" has already been decided`);
      if (!state.open.includes(action.decision)) return no('NOT_OPEN_TODAY', `"${decision.title}" is not open on ${state.date}`);
      if (!decision.options.some((o) => o.id === action.option)) return no('UNKNOWN_OPTION', `"${decision.title}" has no option "${action.option}"`);
      const forced = ownValue(state.config.forced, action.decision);
      if (forced && forced !== action.option) return no('UNKNOWN_OPTION', `this game forces "${decision.title}" to "${forced}"`);
      return null;
    }
    case 'order': {
      if (!rules.sides.has(action.side)) return no('UNKNOWN_SIDE', `there is no side "${action.side}"`);
      if (ownValue(state.config.roles, action.side) !== 'player') return no('NOT_YOUR_SIDE', `${rules.sides.get(action.side)!.name} is not led by a player in this game`);
      if (!rules.areas.has(action.area)) return no('UNKNOWN_AREA', `there is no area "${action.area}"`);
      if (action.order === null) return null;
      const order = rules.orders.get(action.order);
      if (!order || order.side !== action.side) return no('UNKNOWN_ORDER', `${rules.sides.get(action.side)!.name} has no order "${action.order}"`);
      return null;
    }
    case 'endTurn': {
      const waiting = pendingDecisions(rules, state);
      if (waiting.length) return no('DECISIONS_PENDING', `still to decide: ${waiting.map((id) => rules.decisions.get(id)!.title).join('; ')}`);
      return null;
    }
    default:
      return no('BAD_ACTION', `unknown action type "${(action as { type: string }).type}"`);
  }
}

/**
 * A copy of the parts of the state a day's resolution writes to. The rest (config,
 * orders, past choices) is shared: it is frozen and the resolution only replaces it.
 */
function workingCopy(rules: Rules, s: GameState): GameState {
  // The areas' record starts as a copy of the scenario's fast-mode template, so that it
  // stays out of V8's slow dictionary mode (which an object built key by key with 28 ids
  // falls into): every later read, freeze and hash of it is cheaper.
  const areas: GameState['areas'] = { ...rules.areaSlots };
  for (const id in s.areas) {
    const a = s.areas[id]!;
    // Built field by field: spreading a frozen object is the slow path in V8.
    areas[id] = { control: a.control, forces: Object.assign({}, a.forces), unrest: a.unrest, damage: a.damage, council: a.council, dead: a.dead, wounded: a.wounded, sovietDead: a.sovietDead };
  }
  const n = s.national;
  return {
    engine: s.engine,
    scenario: s.scenario,
    seed: s.seed,
    config: s.config,
    day: s.day,
    date: s.date,
    status: s.status,
    // Flags and past choices are copied only when the day first writes to them (day.ts, effects.ts).
    national: { government: n.government, postures: Object.assign({}, n.postures), values: Object.assign({}, n.values), flags: n.flags },
    areas,
    metrics: Object.assign({}, s.metrics),
    news: s.news,
    open: s.open,
    chosen: s.chosen,
    orders: s.orders,
    report: s.report,
    outcome: s.outcome,
  };
}

/** Freeze a list and each of its members, records of plain values (by their types). */
function freezeFlat(list: readonly object[]): void {
  for (let i = 0; i < list.length; i++) Object.freeze(list[i]);
  Object.freeze(list);
}

/**
 * Deep-freeze the day's result, as deepFreeze would, without its visit to every member:
 * the records of plain values (flags, figures, forces, the report's lines) are frozen
 * whole, by their types; the past choices, shared with a frozen morning until the day's
 * first new one, need only today's visited (of some seventy). The general deepFreeze
 * then finishes whatever else is new, skipping all that is frozen already.
 */
function freezeDay(s: GameState, morning: GameState): GameState {
  const n = s.national;
  Object.freeze(n.postures);
  Object.freeze(n.values);
  Object.freeze(n.flags);
  Object.freeze(n);
  for (const id in s.areas) {
    const a = s.areas[id]!;
    Object.freeze(a.forces);
    Object.freeze(a);
  }
  Object.freeze(s.areas);
  Object.freeze(s.metrics);
  if (Object.isFrozen(morning) && !Object.isFrozen(s.chosen)) {
    // Every choice a frozen morning held is frozen; the day adds only its open decisions'.
    for (const id of morning.open) deepFreeze(s.chosen[id]);
    Object.freeze(s.chosen);
  }
  const r = s.report;
  if (r && !Object.isFrozen(r)) {
    for (const d of r.decisions) {
      freezeFlat(d.why);
      freezeFlat(d.against);
      Object.freeze(d);
    }
    Object.freeze(r.decisions);
    freezeFlat(r.dropped);
    freezeFlat(r.clashes);
    freezeFlat(r.areas);
    Object.freeze(r.developments);
    Object.freeze(r.national);
    Object.freeze(r.metrics);
    Object.freeze(r);
  }
  return deepFreeze(s);
}

export interface StepOptions {
  /**
   * Deep-freeze the new state (default true). Only a caller that keeps no state — a batch
   * run that reads the final figures and drops the rest — may turn this off.
   */
  freeze?: boolean;
}

export function step(scenario: Scenario, state: GameState, action: Action, options: StepOptions = {}): StepResult {
  const rules = rulesFor(scenario);
  if (state.scenario.id !== scenario.id || state.scenario.hash !== scenario.contentHash) {
    return reject(state, 'BAD_ACTION', `this state belongs to scenario "${state.scenario.id}" (${state.scenario.hash}), not "${scenario.id}" (${scenario.contentHash})`);
  }
  const problem = check(rules, state, action);
  if (problem) return { ok: false, state, error: problem };
  if (action.type === 'endTurn') {
    // The day's resolution rewrites nearly every value in the state: it works on a
    // fresh copy of what it writes, sharing the rest, rather than through immer's
    // proxies (ten times slower here), and the result is frozen as deeply as immer's.
    // A throwaway state (no freeze asked, and this one was never frozen) is nobody's but the
    // caller's, who drops it for the next: the day resolves on it in place.
    const work = options.freeze === false && !Object.isFrozen(state) ? state : workingCopy(rules, state);
    resolveDay(rules, work);
    return { ok: true, state: options.freeze === false ? work : freezeDay(work, state) };
  }
  const next = produce(state, (s) => {
    switch (action.type) {
      case 'decide': {
        const reason = cleanReason(action.reason);
        s.chosen[action.decision] = { option: action.option, side: action.side, date: s.date, by: 'player', ...(reason ? { reason } : {}) };
        return;
      }
      case 'order':
        if (action.order === null) {
          const mine = s.orders[action.side];
          if (mine) delete mine[action.area];
        } else (s.orders[action.side] ??= {})[action.area] = action.order;
        return;
    }
  });
  return { ok: true, state: next };
}
