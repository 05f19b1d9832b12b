// Verifying a student's hand-in: one function, used by the class comparison here and by
// the class server, so that both trust exactly the same things — nothing the file says
// about itself. The game is played again from its seed, setup and actions; every field
// a hand-in reports (the outcome, the date, the figures, the decisions and the journal)
// must be what that re-play gives, and what is shown of the game is taken from the re-play.
// A report's words are in the language it was played in; they are not compared (REPORT_WORDS).
import type { GameState } from '../engine';
import { canonicalHash } from '../lib/canonical-hash';
import { parseReplay, playReplay, ReplayFormatError } from '../replay';
import type { Replay, ReplayFormatCode, ReplayProblem } from '../replay';
import type { Scenario } from '../scenario/resolve';
import { scoreObjectives } from './objectives';
import type { ObjectiveScore } from './objectives';
import { makeReport, REPORT_FORMAT } from './report';
import type { GameReport } from './report';
import { replayFailureLine, say, unreadableLine } from './language';

/** The one field of an end report that is not made from the game: the students' names. */
const REPORT_NAMES = 'names';

/** A verified game as the class comparison shows it: every figure from the re-play. */
export interface HandInGame {
  seed: string;
  /** The sides a student led. */
  players: string[];
  outcome: { id: string; label: string; historical: boolean } | null;
  /** Every decision of the game, with who took it: a player, a policy, or a forced choice. */
  choices: Record<string, { option: string; by: string; reason?: string }>;
  metrics: Record<string, number>;
  /** Every role's objectives as scored at the end of the re-play. */
  objectives: ObjectiveScore[];
  finalHash: string;
}

/** Why a hand-in was refused. */
export type HandInProblem =
  /** Not a replay, a code or an end report, or one that cannot be read (damaged, too large, another format version). */
  | 'UNREADABLE'
  /** A game of another scenario. */
  | 'WRONG_SCENARIO'
  /** An end report whose own fields differ from what its replay plays to. */
  | 'REPORT_MISMATCH'
  /** The replay itself failed: altered, another engine, diverged, a final outcome or date that it does not play to… */
  | ReplayProblem;

export type HandInResult =
  | {
      ok: true;
      /** The game as the re-play gives it. */
      game: HandInGame;
      /** The replay read from the hand-in (verified). */
      replay: Replay;
      /** The state at the end of each turn of the re-play, and the last. */
      turns: GameState[];
      final: GameState;
    }
  | {
      ok: false;
      problem: HandInProblem;
      /** One line for the teacher. */
      reason: string;
      /** The turn (1-based) where the replay went wrong, when it got that far. */
      turn?: number;
      /** Why an UNREADABLE one cannot be read: the format's code, or a report without its replay code. */
      detail?: ReplayFormatCode | 'NO_REPLAY_CODE';
      /** What the reason names (the scenarios, a report's field, the turn), for a shell to say it in its language. */
      values: Record<string, string | number>;
    };

/** An end report that carries no replay code: unreadable, and told apart. */
class NoReplayCodeError extends ReplayFormatError {}

/** A hand-in's replay and, when it is an end report, the report around it. */
interface Read {
  replay: Replay;
  report?: Record<string, unknown>;
}

function read(text: string): Read {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    let data: unknown;
    try {
      data = JSON.parse(trimmed);
    } catch {
      data = undefined; // parseReplay says what is wrong with it
    }
    if (data && typeof data === 'object' && (data as { format?: unknown }).format === REPORT_FORMAT) {
      const report = data as Record<string, unknown>;
      if (typeof report.replayCode !== 'string') throw new NoReplayCodeError(say('handIn.noReplayCode'));
      return { replay: parseReplay(report.replayCode), report };
    }
  }
  return { replay: parseReplay(trimmed) };
}

/**
 * The words of a report, field by field: they are written in the language the student played
 * in (a report downloaded from a Hungarian game names the decisions, options, objectives and
 * outcome in Hungarian), while the verifier re-plays in its own. Everything else a report holds
 * (ids, options chosen, who chose, the reasons, dates, figures, met or not, hashes) is free of
 * language and compared exactly; a word must be a string, and what a teacher is shown of the
 * game is taken from the re-play (`HandInGame`), never from these words.
 */
const REPORT_WORDS: Readonly<Record<string, readonly string[]>> = {
  scenario: ['title'],
  outcome: ['label'],
  objectives: ['text', 'detail'],
  decisions: ['title', 'label', 'historicalLabel'],
};

/** A report's field with its words set aside (a word that is no string is kept, so it differs). */
function languageFree(key: string, value: unknown): unknown {
  if (!Object.hasOwn(REPORT_WORDS, key)) return value;
  const words = REPORT_WORDS[key]!;
  const strip = (item: unknown): unknown => {
    if (!item || typeof item !== 'object' || Array.isArray(item)) return item;
    const out: Record<string, unknown> = { ...(item as Record<string, unknown>) };
    for (const w of words) if (typeof out[w] === 'string') out[w] = '';
    return out;
  };
  return Array.isArray(value) ? value.map(strip) : strip(value);
}

/** The first of a report's fields that differs from the report its replay makes, or null. */
function reportDifference(handed: Record<string, unknown>, rebuilt: GameReport): string | null {
  // The code is not compared as text: it is the replay just verified, however it was deflated.
  const { replayCode: _code, ...expected } = rebuilt as unknown as Record<string, unknown>;
  const keys = new Set([...Object.keys(handed), ...Object.keys(expected)]);
  keys.delete('replayCode');
  // The students' names, which the browser adds when they download the report, label the
  // hand-in; they are no fact of the game, so there is nothing to re-derive, only a type.
  if (Object.hasOwn(handed, REPORT_NAMES)) {
    if (typeof handed[REPORT_NAMES] !== 'string') return REPORT_NAMES;
    keys.delete(REPORT_NAMES);
  }
  for (const key of [...keys].sort()) {
    const a = Object.hasOwn(handed, key) ? languageFree(key, handed[key]) : undefined;
    const b = Object.hasOwn(expected, key) ? languageFree(key, expected[key]) : undefined;
    if (a === undefined || b === undefined || canonicalHash(a) !== canonicalHash(b)) return key;
  }
  return null;
}

/**
 * Verify one hand-in against the exercise it should be a game of.
 *
 * `text` is what the student handed in: a replay file's JSON, a replay code (`ND1.…`), or
 * an end report's JSON (which carries the code). Never throws for bad input: the result
 * is `{ok: false, problem, reason}` with a one-line reason for the teacher, or `{ok: true}`
 * with the game as the re-play gives it (`game`), the replay read from the hand-in, and
 * the re-play's states at the end of each turn and at the end.
 */
export function verifyHandIn(scenario: Scenario, text: string): HandInResult {
  let handIn: Read;
  try {
    handIn = read(text);
  } catch (e) {
    if (!(e instanceof ReplayFormatError)) throw e;
    const detail = e instanceof NoReplayCodeError ? 'NO_REPLAY_CODE' : e.code;
    return { ok: false, problem: 'UNREADABLE', reason: unreadableLine(e), ...(detail ? { detail } : {}), values: {} };
  }
  const { replay, report } = handIn;
  if (replay.scenario.id !== scenario.id) {
    const values = { game: replay.scenario.id, exercise: scenario.id };
    return { ok: false, problem: 'WRONG_SCENARIO', reason: say('handIn.wrongScenario', values), values };
  }
  const played = playReplay(scenario, replay);
  if (!played.ok) {
    const turn: Record<string, number> = played.turn ? { turn: played.turn } : {};
    return { ok: false, problem: played.problem, reason: replayFailureLine(played), ...turn, values: turn };
  }
  const final = played.final;
  if (report) {
    const rebuilt = makeReport(scenario, replay, played.turnEnds.map((i) => played.states[i]!), final);
    const differs = reportDifference(report, rebuilt);
    if (differs) return { ok: false, problem: 'REPORT_MISMATCH', reason: say('handIn.reportMismatch', { field: differs }), values: { field: differs } };
  }
  const game: HandInGame = {
    seed: final.seed,
    players: Object.entries(final.config.roles).filter(([, c]) => c === 'player').map(([s]) => s),
    outcome: final.outcome ? { id: final.outcome.id, label: final.outcome.label, historical: final.outcome.historical } : null,
    choices: Object.fromEntries(Object.entries(final.chosen).map(([id, c]) => [id, { option: c.option, by: c.by, ...(c.reason ? { reason: c.reason } : {}) }])),
    metrics: { ...final.metrics },
    objectives: scoreObjectives(scenario, final),
    finalHash: replay.final.hash,
  };
  return { ok: true, game, replay, turns: played.turnEnds.map((i) => played.states[i]!), final };
}
