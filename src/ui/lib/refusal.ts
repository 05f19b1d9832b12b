// Why the game refused a move, in the page's language. The engine refuses with a stable code
// (REJECTIONS) and an English line; the page says it from the code, with the names it knows
// from the action and the scenario (translated), never from the engine's English.
import { MAX_REASON, pendingDecisions } from '../../engine';
import type { Action, GameState, Rejection, Rules, SetupError } from '../../engine';
import type { Scenario } from '../../scenario/resolve';
import { problemLine } from '../../i18n';
import type { Words } from '../../i18n';
import type { ReplayFormatCode } from '../../replay';
import { words } from './words';

/** The refusal of `action` in `state` as one sentence for the player (in the page's words unless `w` is given). */
export function refusal(rules: Rules, state: GameState, action: Action, error: Rejection, w: Words = words): string {
  const a = action as Partial<{ side: string; decision: string; option: string; area: string; order: string | null }>;
  const sideName = (id: string | undefined): string => (id ? (rules.sides.get(id)?.name ?? id) : '');
  const decision = a.decision ? rules.decisions.get(a.decision) : undefined;
  const values: Record<string, unknown> = {
    outcome: state.outcome?.label ?? '',
    side: sideName(a.side),
    decision: a.decision ?? '',
    title: decision?.title ?? a.decision ?? '',
    actor: sideName(decision?.actor),
    date: w.longDate(state.date),
    option: decision?.options.find((o) => o.id === a.option)?.label ?? a.option ?? '',
    area: a.area ?? '',
    order: a.order ?? '',
    titles: w.list(pendingDecisions(rules, state).map((id) => rules.decisions.get(id)?.title ?? id)),
    limit: MAX_REASON,
  };
  return w.t(`shell:refusal.${error.code}`, { ...values, defaultValue: error.message });
}

/**
 * Why a setup cannot start a game (a save's sides or choices the scenario no longer has), in the
 * page's words from the engine's code, with the scenario's names; English keeps the engine's line.
 */
export function setupRefusal(scenario: Scenario, e: SetupError, w: Words = words): string {
  const v = e.values;
  const side = scenario.sides.find((s) => s.id === v.side)?.name ?? v.side ?? '';
  const decision = [...(scenario.leadIn?.decisions ?? []), ...scenario.decisions].find((d) => d.id === v.decision);
  return problemLine(w, e.message, `shell:setup.${e.code}`, { ...v, side, title: decision?.title ?? v.decision ?? '' });
}

/**
 * A refusal of the class server's own (a wrong join code, the rate limit, a closed class), said
 * from its stable `code` (docs/SERVER.md) in the page's language; a code the page does not know
 * is shown with the server's English line.
 */
export function serverRefusal(code: string | undefined, message: string, w: Words = words): string {
  const sentence = message ? message.replace(/^./, (c) => c.toUpperCase()).replace(/[^.!?]$/, (c) => `${c}.`) : '';
  return w.t(`shell:server.${code ?? ''}`, { defaultValue: w.t('shell:server.unknown', { message: sentence }) });
}

/** The one line that says why a replay cannot be read: nothing given, or broken (with the format's reason, and its code, when it has them). */
export interface ReplayProblems {
  empty(): string;
  broken(reason: string | null, code?: ReplayFormatCode): string;
}

/** Why a replay cannot be read, in the page's words: from the format's code where it has one; English keeps the reader's detailed line. */
export function replayProblems(w: Words = words): ReplayProblems {
  return {
    empty: () => w.t('classroom:replay.empty'),
    broken: (reason, code) => {
      const why = code && reason !== null ? problemLine(w, reason, `report:unreadable.${code}`) : reason;
      return why === null ? w.t('classroom:replay.broken') : w.t('classroom:replay.brokenBecause', { reason: why });
    },
  };
}
