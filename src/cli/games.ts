// Turning command-line choices into a game setup, and a played game into the output
// that `play`, `replay` and the tests read.
import { scoreObjectives } from '../classroom';
import type { ObjectiveScore } from '../classroom';
import { newGame, POLICIES, SetupError } from '../engine';
import type { GameSetup, GameState, PolicyId } from '../engine';
import type { Scenario } from '../scenario/resolve';
import { UsageError } from './args';
import { word } from './words';

export interface GameChoices {
  seed: string;
  role?: string;
  policy: PolicyId;
  others: PolicyId;
  choose: string[];
}

export function policyOf(raw: string | undefined, flag: string, fallback: PolicyId): PolicyId {
  if (raw === undefined) return fallback;
  if (!(POLICIES as readonly string[]).includes(raw)) throw new UsageError(word('arg.policy', { flag, policies: POLICIES.join(', '), raw }));
  return raw as PolicyId;
}

/** `--choose DECISION=OPTION`, read; whether the scenario has that decision and option is the engine's check (`setupFor`). */
function forcedChoices(choose: string[]): Record<string, string> {
  const forced: Record<string, string> = {};
  for (const c of choose) {
    const m = /^([a-z0-9-]+)=([a-z0-9-]+)$/.exec(c);
    if (!m) throw new UsageError(word('arg.choose', { raw: c }));
    const [, decision, option] = m as unknown as [string, string, string];
    forced[decision] = option;
  }
  return forced;
}

/** A setup the engine refused, in the language chosen: from its code and values. */
export const setupProblem = (e: SetupError): string => word(`setup.${e.code}`, e.values);

/**
 * Without --role every side plays --policy. With --role SIDE that side is the player's,
 * played here by --policy through ordinary decisions, and the others play --others.
 * The setup is checked by the engine itself, so that a typo (a side, a decision, an option)
 * is an error, not a no-op, by the same rules as every game's.
 */
export function setupFor(scenario: Scenario, c: GameChoices): { setup: GameSetup; playerPolicy: PolicyId } {
  const forced = forcedChoices(c.choose);
  const setup: GameSetup = c.role ? { seed: c.seed, defaultPolicy: c.others, roles: { [c.role]: 'player' }, forced } : { seed: c.seed, defaultPolicy: c.policy, forced };
  try {
    newGame(scenario, setup);
  } catch (e) {
    // What the user typed is a usage error; a lead-in that cannot be played is the data's (exit 1).
    if (e instanceof SetupError && !e.code.startsWith('LEAD_IN_')) throw new UsageError(setupProblem(e));
    throw e;
  }
  return { setup, playerPolicy: c.policy };
}

export interface TurnLine {
  turn: number;
  date: string;
  metrics: Record<string, number>;
  control: Record<string, string>;
  hash: string;
}

/** One decision as the game took it: who took it, how likely the policy made it, and why. */
export interface DecisionLine {
  date: string;
  decision: string;
  side: string;
  option: string;
  historical: boolean;
  by: 'player' | 'policy' | 'forced';
  /** The policy that took it, when `by` is "policy". */
  policy?: string;
  /** The chance the policy gave the option it took; null for a player's or a forced choice. */
  chance: number | null;
  factors: { label: string; value: number }[];
}

export interface GameOutput {
  scenario: string;
  seed: string;
  policy: string;
  roles: Record<string, string>;
  turns: TurnLine[];
  decisions: DecisionLine[];
  final: {
    date: string;
    metrics: Record<string, number>;
    outcome: { id: string; label: string; historical: boolean } | null;
    /** Every role's objectives as scored at the end: met "yes", "partly" or "no", and the figure it was judged by. */
    objectives: ObjectiveScore[];
    hash: string;
  };
}

/** `turnStates[i]` is the state at the end of turn i+1; `hashes[i]` its hash. */
export function gameOutput(scenario: Scenario, policy: string, turnStates: GameState[], hashes: string[], final: GameState, finalHash: string): GameOutput {
  const turns = turnStates.map((s, i) => ({
    turn: i + 1,
    date: s.report!.date,
    metrics: { ...s.metrics },
    control: Object.fromEntries(Object.entries(s.areas).map(([id, a]) => [id, a.control])),
    hash: hashes[i]!,
  }));
  const decisions: DecisionLine[] = turnStates.flatMap((s) =>
    s.report!.decisions.map((d) => ({
      date: s.report!.date,
      decision: d.decision,
      side: d.side,
      option: d.option,
      historical: d.historical,
      by: d.by === 'player' || d.by === 'forced' ? d.by : 'policy',
      ...(d.by !== 'player' && d.by !== 'forced' ? { policy: d.by } : {}),
      chance: d.chance,
      factors: d.why.map((f) => ({ label: f.label, value: f.value })),
    })),
  );
  const outcome = final.outcome ? scenario.outcomes.find((o) => o.id === final.outcome!.id)! : null;
  return {
    scenario: scenario.id,
    seed: final.seed,
    policy,
    roles: { ...final.config.roles },
    turns,
    decisions,
    final: {
      date: final.report?.date ?? final.date,
      metrics: { ...final.metrics },
      outcome: outcome ? { id: outcome.id, label: outcome.label, historical: outcome.historical } : null,
      objectives: scoreObjectives(scenario, final),
      hash: finalHash,
    },
  };
}
