// The autosave (a replay, in localStorage) and the player's settings. Reading a save
// never throws: whatever is stored, the answer is a replay or a plain reason why not.
import { parseReplay, ReplayFormatError } from '../replay';
import type { Replay } from '../replay';

const SAVE_KEY = 'nineteen-days/autosave';
const PREFS_KEY = 'nineteen-days/prefs';
const SAVE_KIND = 'nineteen-days-autosave';
const SAVE_VERSION = 1;

export interface Prefs {
  /** null: follow the system's prefers-reduced-motion. */
  reduceMotion: boolean | null;
  seenGuide: boolean;
}

export type SavedGame = { ok: true; replay: Replay; savedAt: string } | { ok: false; reason: string };

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function hasAutosave(): boolean {
  return storage()?.getItem(SAVE_KEY) != null;
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
  const save = data as { version?: unknown; savedAt?: unknown; replay?: unknown };
  if (save.version !== SAVE_VERSION) return { ok: false, reason: `the save is in format ${String(save.version)}, which this version of the game does not read` };
  try {
    const replay = parseReplay(JSON.stringify(save.replay ?? null));
    return { ok: true, replay, savedAt: typeof save.savedAt === 'string' ? save.savedAt : '' };
  } catch (e) {
    if (e instanceof ReplayFormatError) return { ok: false, reason: e.message };
    return { ok: false, reason: 'the save could not be read' };
  }
}

export function writeAutosave(replay: Replay): boolean {
  try {
    storage()?.setItem(SAVE_KEY, JSON.stringify({ kind: SAVE_KIND, version: SAVE_VERSION, savedAt: new Date().toISOString(), replay }));
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
