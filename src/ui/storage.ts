// The autosave (a replay, and with several players on one device whose turn it is, in
// localStorage) and the player's settings. Reading a save never throws: whatever is
// stored, the answer is a replay or a plain reason why not.
import { MAX_ACTIONS } from '../engine';
import { parseReplay, ReplayFormatError } from '../replay';
import type { Replay } from '../replay';
import type { SeatTurn } from './classroom/hotseat';

const SAVE_KEY = 'nineteen-days/autosave';
const PREFS_KEY = 'nineteen-days/prefs';
const SAVE_KIND = 'nineteen-days-autosave';
const SAVE_VERSION = 1;

export interface Prefs {
  /** null: follow the system's prefers-reduced-motion. */
  reduceMotion: boolean | null;
  seenGuide: boolean;
}

/** The game to save: its replay, and the hot-seat turn when several players share the device. */
interface SaveData {
  replay: Replay;
  seat: SeatTurn | null;
}

type SavedGame = ({ ok: true; savedAt: string } & SaveData) | { ok: false; reason: string };

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The autosave, checked for shape (not yet replayed against the scenario). */
export function readAutosave(): SavedGame | null {
  const text = storage()?.getItem(SAVE_KEY);
  if (text == null) return null;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'the saved data is damaged (it is not valid JSON)' };
  }
  if (!data || typeof data !== 'object' || (data as { kind?: unknown }).kind !== SAVE_KIND) {
    return { ok: false, reason: 'the stored data is not a Nineteen Days save' };
  }
  const save = data as { version?: unknown; savedAt?: unknown; replay?: unknown; seat?: unknown };
  if (save.version !== SAVE_VERSION) return { ok: false, reason: `the save is in format ${String(save.version)}, which this version of the game does not read` };
  try {
    const replay = parseReplay(JSON.stringify(save.replay ?? null));
    return { ok: true, replay, seat: seatTurn(save.seat), savedAt: typeof save.savedAt === 'string' ? save.savedAt : '' };
  } catch (e) {
    if (e instanceof ReplayFormatError) return { ok: false, reason: e.message };
    return { ok: false, reason: 'the save could not be read' };
  }
}

/** A saved hot-seat turn, checked for shape; null for a save without one (written before turns were kept). */
function seatTurn(data: unknown): SeatTurn | null {
  if (!data || typeof data !== 'object') return null;
  const { date, order, index } = data as Partial<Record<keyof SeatTurn, unknown>>;
  if (typeof date !== 'string' || typeof index !== 'number' || !Array.isArray(order) || !order.every((s) => typeof s === 'string')) return null;
  return { date, order: order as string[], index };
}

/** Save the game; false when it could not be (storage refused, or more actions than a replay may hold). */
export function writeAutosave({ replay, seat }: SaveData): boolean {
  if (replay.actions.length > MAX_ACTIONS) return false;
  try {
    // The turn is an optional field of format 1: an older game reads the save without it.
    storage()?.setItem(SAVE_KEY, JSON.stringify({ kind: SAVE_KIND, version: SAVE_VERSION, savedAt: new Date().toISOString(), replay, ...(seat ? { seat } : {}) }));
    return true;
  } catch {
    return false;
  }
}

export function clearAutosave(): void {
  try {
    storage()?.removeItem(SAVE_KEY);
  } catch {
    // Storage may be disabled: nothing to clear.
  }
}

export function readPrefs(): Prefs {
  const fallback: Prefs = { reduceMotion: null, seenGuide: false };
  try {
    const data = JSON.parse(storage()?.getItem(PREFS_KEY) ?? 'null') as Partial<Prefs> | null;
    if (!data || typeof data !== 'object') return fallback;
    return {
      reduceMotion: typeof data.reduceMotion === 'boolean' ? data.reduceMotion : null,
      seenGuide: data.seenGuide === true,
    };
  } catch {
    return fallback;
  }
}

export function writePrefs(prefs: Prefs): void {
  try {
    storage()?.setItem(PREFS_KEY, JSON.stringify(prefs));
  } catch {
    // Settings then last for this visit only.
  }
}

export function systemPrefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
