// A save (or replay) the game can no longer play back — made by an earlier engine, in an
// earlier replay format, or of a scenario changed since — still holds the players' choices:
// its seed, its sides and its actions. They are played again as a new game under the
// present rules. The luck and the figures may differ; the choices stay the players'.
import { ActionSchema, MAX_ACTIONS, MAX_SEED, POLICIES, SetupError } from '../engine';
import type { Action, Controller } from '../engine';
import type { Scenario } from '../scenario/resolve';
import { Id } from '../scenario/schema';
import type { Words } from '../i18n';
import { setupRefusal } from './lib/refusal';
import { words } from './lib/words';
import { Session } from './session';

/** What a replay of any version says of its game: enough to play its choices again. */
export interface Choices {
  scenario: string;
  seed: string;
  roles: Record<string, Controller>;
  forced: Record<string, string>;
  actions: Action[];
  /** The engine and format that made it, when it says. */
  engineVersion: number | null;
  formatVersion: number | null;
}

const CONTROLLERS: readonly string[] = ['player', ...POLICIES];
const isId = (v: unknown): v is string => Id.safeParse(v).success;

function record<T extends string>(data: unknown, ok: (v: unknown) => v is T): Record<string, T> | null {
  if (data === undefined) return {};
  if (!data || typeof data !== 'object' || Array.isArray(data)) return null;
  const out: Record<string, T> = {};
  for (const [k, v] of Object.entries(data)) {
    if (!isId(k) || !ok(v)) return null;
    out[k] = v;
  }
  return out;
}

/** The choices in a replay's JSON value, whatever its version; null when it holds none to play. */
export function choicesOf(data: unknown): Choices | null {
  if (!data || typeof data !== 'object') return null;
  const r = data as Record<string, unknown>;
  if (r.format !== 'nineteen-days-replay') return null;
  const scenario = (r.scenario as { id?: unknown } | null | undefined)?.id;
  if (!isId(scenario)) return null;
  if (typeof r.seed !== 'string' || r.seed.length < 1 || r.seed.length > MAX_SEED) return null;
  const roles = record(r.roles, (v): v is Controller => typeof v === 'string' && CONTROLLERS.includes(v));
  const forced = record(r.forced, isId);
  if (!roles || !forced || !Array.isArray(r.actions) || r.actions.length > MAX_ACTIONS) return null;
  const actions: Action[] = [];
  for (const a of r.actions) {
    const parsed = ActionSchema.safeParse(a);
    // An action of a shape this game does not know is left out, like one its rules refuse.
    if (parsed.success) actions.push(parsed.data);
  }
  const version = (v: unknown): number | null => (typeof v === 'number' && Number.isInteger(v) ? v : null);
  return { scenario, seed: r.seed, roles, forced, actions, engineVersion: version(r.engineVersion), formatVersion: version(r.formatVersion) };
}

export interface PlayedAgain {
  session: Session;
  /** Choices and orders the present rules refused, left out. */
  skipped: number;
  /** The morning where the choices stopped before their end (the rules ask something the old game did not), or null. */
  stoppedAt: string | null;
}

/** A new game with the same seed, sides and choices under the present rules; a reason (in the page's words) when it cannot start. */
export function playAgain(scenarios: ReadonlyMap<string, Scenario>, choices: Choices, w: Words = words): PlayedAgain | string {
  const scenario = scenarios.get(choices.scenario);
  if (!scenario) return w.t('shell:again.noScenario', { scenario: choices.scenario });
  let session: Session;
  try {
    session = Session.start(scenario, { seed: choices.seed, roles: choices.roles, forced: choices.forced });
  } catch (e) {
    return w.t('shell:again.setup', { reason: e instanceof SetupError ? setupRefusal(scenario, e, w) : (e as Error).message });
  }
  let skipped = 0;
  let stoppedAt: string | null = null;
  for (const action of choices.actions) {
    if (session.state.status === 'over') break;
    const result = session.apply(action);
    if (result.ok) continue;
    if (action.type === 'endTurn') {
      // A decision the present rules ask on this day: from here the game is the players'.
      stoppedAt = session.state.date;
      break;
    }
    skipped++;
  }
  return { session, skipped, stoppedAt };
}
