// Making a replay from a game, and playing a replay back: every action is stepped
// again and every turn's hash compared, stopping at the first divergence.
import { ENGINE_VERSION, cleanReason, newGame, stateHash, step } from '../engine';
import type { Action, GameSetup, GameState } from '../engine';
import type { Scenario } from '../scenario/resolve';
import { REPLAY_FORMAT, REPLAY_FORMAT_VERSION, checksumOf } from './format';
import type { Replay, ReplayBody, ReplayJournalEntry } from './format';
import { addDays } from '../lib/dates';

/** The decision journal: every player decision that carries a reason, with its day. */
export function journalOf(startDate: string, actions: Action[]): ReplayJournalEntry[] {
  const journal: ReplayJournalEntry[] = [];
  let day = 0;
  for (const a of actions) {
    if (a.type === 'endTurn') day++;
    else if (a.type === 'decide') {
      const reason = cleanReason(a.reason);
      if (reason) journal.push({ date: addDays(startDate, day), side: a.side, decision: a.decision, option: a.option, reason });
    }
  }
  return journal;
}

/**
 * The replay of a game so far: its opening state, the actions since, the state hash
 * after each turn, and the state now.
 */
export function makeReplay(scenario: Scenario, first: GameState, actions: Action[], turns: string[], last: GameState, seal: (body: ReplayBody) => string = checksumOf): Replay {
  const body: ReplayBody = {
    format: REPLAY_FORMAT,
    formatVersion: REPLAY_FORMAT_VERSION,
    engineVersion: ENGINE_VERSION,
    scenario: { id: scenario.id, hash: scenario.contentHash },
    seed: first.seed,
    roles: { ...first.config.roles },
    forced: { ...first.config.forced },
    actions: actions.map((a) => ({ ...a })),
    journal: journalOf(first.date, actions),
    turns,
    final: { date: last.date, hash: stateHash(last), outcome: last.outcome?.id ?? null },
  };
  // `seal` is the checksum of the body (the browser's autosave keeps a running one).
  return { ...body, checksum: seal(body) };
}

export type ReplayProblem =
  | 'FORMAT_VERSION'
  | 'ENGINE_VERSION'
  | 'WRONG_SCENARIO'
  | 'SCENARIO_CHANGED'
  | 'CHECKSUM'
  | 'BAD_SETUP'
  | 'REJECTED_ACTION'
  | 'DIVERGED'
  | 'JOURNAL_MISMATCH'
  | 'FINAL_MISMATCH'
  | 'TRUNCATED';

export interface ReplayFailure {
  ok: false;
  problem: ReplayProblem;
  message: string;
  /** The turn (1-based) where the replay went wrong, when it got that far. */
  turn?: number;
}

export interface ReplaySuccess {
  ok: true;
  /** Every state: states[0] the opening, then one after each action. */
  states: GameState[];
  /** Index into `states` of the state at the end of each turn. */
  turnEnds: number[];
  final: GameState;
}

/** Check a replay against a scenario and play it back. Never throws for a bad replay. */
export function playReplay(scenario: Scenario, replay: Replay): ReplaySuccess | ReplayFailure {
  const fail = (problem: ReplayProblem, message: string, turn?: number): ReplayFailure => ({ ok: false, problem, message, ...(turn ? { turn } : {}) });
  if (replay.formatVersion !== REPLAY_FORMAT_VERSION) return fail('FORMAT_VERSION', `replay format version ${replay.formatVersion} is not supported (this game reads version ${REPLAY_FORMAT_VERSION})`);
  const { checksum, ...body } = replay;
  if (checksumOf(body) !== checksum) return fail('CHECKSUM', 'the replay has been altered since it was saved (checksum mismatch)');
  if (replay.engineVersion !== ENGINE_VERSION) return fail('ENGINE_VERSION', `the replay was made by engine version ${replay.engineVersion}; this is version ${ENGINE_VERSION}, whose rules differ`);
  if (replay.scenario.id !== scenario.id) return fail('WRONG_SCENARIO', `the replay is of scenario "${replay.scenario.id}", not "${scenario.id}"`);
  if (replay.scenario.hash !== scenario.contentHash) return fail('SCENARIO_CHANGED', `scenario "${scenario.id}" has changed since the replay was made (content ${replay.scenario.hash}, now ${scenario.contentHash})`);

  const setup: GameSetup = { seed: replay.seed, roles: replay.roles, forced: replay.forced };
  let state: GameState;
  try {
    state = newGame(scenario, setup);
  } catch (e) {
    return fail('BAD_SETUP', `the replay's setup is invalid: ${(e as Error).message}`);
  }
  const states: GameState[] = [state];
  const turnEnds: number[] = [];
  let turn = 0;
  for (const action of replay.actions) {
    const result = step(scenario, state, action);
    if (!result.ok) return fail('REJECTED_ACTION', `turn ${turn + 1} (${state.date}): the replay's action was refused: ${result.error.message}`, turn + 1);
    state = result.state;
    states.push(state);
    if (action.type === 'endTurn') {
      const expected = replay.turns[turn];
      const actual = stateHash(state);
      if (expected === undefined) return fail('TRUNCATED', `the replay has more turns than turn hashes (turn ${turn + 1})`, turn + 1);
      if (expected !== actual) return fail('DIVERGED', `diverged at turn ${turn + 1} (${state.report!.date}): expected state ${expected}, got ${actual}`, turn + 1);
      turnEnds.push(states.length - 1);
      turn++;
    }
  }
  if (turn !== replay.turns.length) return fail('TRUNCATED', `the replay is cut short: ${replay.turns.length} turn hashes but ${turn} turns of actions`, turn);
  const finalHash = stateHash(state);
  if (finalHash !== replay.final.hash) return fail('DIVERGED', `the final state differs: expected ${replay.final.hash}, got ${finalHash}`, turn);
  // Every field the replay states about its end is re-derived, not trusted.
  const outcome = state.outcome?.id ?? null;
  if (replay.final.outcome !== outcome) return fail('FINAL_MISMATCH', `the replay says the game ended "${replay.final.outcome ?? 'unfinished'}", but it plays to "${outcome ?? 'unfinished'}"`);
  if (replay.final.date !== state.date) return fail('FINAL_MISMATCH', `the replay says the game reached ${replay.final.date}, but it plays to ${state.date}`);
  const journal = journalOf(states[0]!.date, replay.actions);
  if (JSON.stringify(journal) !== JSON.stringify(replay.journal)) return fail('JOURNAL_MISMATCH', 'the decision journal does not match the actions');
  return { ok: true, states, turnEnds, final: state };
}
