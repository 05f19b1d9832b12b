// The autosave (a replay, and with several players on one device whose turn it is, in
// localStorage) and the player's settings. Reading a save never throws: whatever is
// stored, the answer is a replay or a plain reason why not.
import { MAX_ACTIONS } from '../engine';
import { MAX_REPLAY_BYTES, parseReplay, ReplayFormatError } from '../replay';
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

/** Who the saved game is of, as the title screen says it: the names given (may be empty) and when it was last saved. */
export interface SaveOwner {
  names: string;
  savedAt: string;
}

type SavedGame =
  | ({ ok: true } & SaveData & SaveOwner)
  | ({
      ok: false;
      /** Why, in English (the console, the tests). */
      reason: string;
      /** Why, as a message for the page's language to say: its key and its figures. */
      said: { key: string; values?: Record<string, string> };
      /** The stored text, to offer as a download before anything replaces it. */
      text: string;
      /** The replay inside the save (its JSON value), when there is one to be read at all. */
      replayData: unknown;
      /** The replay, when it has the present format (it may still not play: another engine, a changed scenario). */
      replay: Replay | null;
    } & SaveOwner);

/** Why a game could not be saved: storage full, the game too long for a save, or no storage at all. */
/**
 * Why a save was not written: `message` in English (for the console and the tests), `why`
 * and its figures for the interface to say it in the page's language.
 */
export type SaveProblem = { kind: 'full' | 'too-big' | 'unavailable'; message: string; why: 'actions' | 'bytes' | 'off' | 'full' | 'refused'; count?: number; limit?: number };

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

const MAX_NAMES = 120;
const cleanNames = (names: unknown): string => (typeof names === 'string' ? names.replace(/[\p{Cc}\p{Cf}]+/gu, ' ').replace(/\s+/g, ' ').trim().slice(0, MAX_NAMES) : '');

/** The stored save's raw text; null when there is none (or no storage). */
export function autosaveText(): string | null {
  flushAutosave();
  try {
    return storage()?.getItem(SAVE_KEY) ?? null;
  } catch {
    return null;
  }
}

/** The autosave, checked for shape (not yet replayed against the scenario). */
export function readAutosave(): SavedGame | null {
  const text = autosaveText();
  if (text == null) return null;
  const broken = (reason: string, said: { key: string; values?: Record<string, string> }, extra: Partial<SavedGame> = {}): SavedGame =>
    ({ ok: false, reason, said, text, replayData: null, replay: null, names: '', savedAt: '', ...extra }) as SavedGame;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return broken('the saved data is damaged (it is not valid JSON)', { key: 'shell:save.broken.notJson' });
  }
  if (!data || typeof data !== 'object' || (data as { kind?: unknown }).kind !== SAVE_KIND) {
    return broken('the stored data is not a Nineteen Days save', { key: 'shell:save.broken.notASave' });
  }
  const save = data as { version?: unknown; savedAt?: unknown; replay?: unknown; seat?: unknown; names?: unknown };
  const owner: SaveOwner = { names: cleanNames(save.names), savedAt: typeof save.savedAt === 'string' ? save.savedAt : '' };
  const replayData = save.replay ?? null;
  if (save.version !== SAVE_VERSION) return broken(`the save is in format ${String(save.version)}, which this version of the game does not read`, { key: 'shell:save.broken.format', values: { version: String(save.version) } }, { ...owner, replayData });
  try {
    const replay = parseReplay(JSON.stringify(replayData));
    return { ok: true, replay, seat: seatTurn(save.seat), ...owner };
  } catch (e) {
    const code = e instanceof ReplayFormatError ? e.code : undefined;
    return broken(e instanceof ReplayFormatError ? e.message : 'the save could not be read', { key: code ? `report:unreadable.${code}` : 'shell:save.broken.unreadable' }, { ...owner, replayData });
  }
}

/** A saved hot-seat turn, checked for shape; null for a save without one (written before turns were kept). */
function seatTurn(data: unknown): SeatTurn | null {
  if (!data || typeof data !== 'object') return null;
  const { date, order, index } = data as Partial<Record<keyof SeatTurn, unknown>>;
  if (typeof date !== 'string' || typeof index !== 'number' || !Array.isArray(order) || !order.every((s) => typeof s === 'string')) return null;
  return { date, order: order as string[], index };
}

// The names the players gave for the game being saved (the title screen says whose game
// "Continue" is): set when a game starts or is continued, written with every save.
let owner = '';

/** The names of the players of the game now saved (empty: none given). */
export function setSaveOwner(names: string): void {
  owner = cleanNames(names);
}

/** Why a save of this replay would not load again; null when it would. Checked before anything is written. */
function tooBig(replay: Replay, json: string): SaveProblem | null {
  const longest = Math.max(replay.actions.length, replay.journal.length, replay.turns.length);
  if (longest > MAX_ACTIONS) return { kind: 'too-big', why: 'actions', count: longest, limit: MAX_ACTIONS, message: `this game holds ${longest.toLocaleString('en-GB')} actions, more than the ${MAX_ACTIONS.toLocaleString('en-GB')} a save can hold` };
  if (json.length > MAX_REPLAY_BYTES) return { kind: 'too-big', why: 'bytes', limit: MAX_REPLAY_BYTES / (1024 * 1024), message: `this game’s replay is larger than the ${MAX_REPLAY_BYTES / (1024 * 1024)} MB a save can hold` };
  return null;
}

function isQuotaError(e: unknown): boolean {
  if (!(e instanceof DOMException)) return false;
  return e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22;
}

/**
 * Save the game now; null when it was saved, otherwise the problem. A save that would
 * not load again (more actions than a replay may hold) is not written: the one before stays.
 */
export function writeAutosave({ replay, seat }: SaveData): SaveProblem | null {
  const json = JSON.stringify(replay);
  const big = tooBig(replay, json);
  if (big) return big;
  const store = storage();
  if (!store) return { kind: 'unavailable', why: 'off', message: 'this browser keeps no saves for this page (its storage is switched off)' };
  // The turn and the names are optional fields of format 1: an older game reads the save without them.
  const head = { kind: SAVE_KIND, version: SAVE_VERSION, savedAt: new Date().toISOString(), ...(seat ? { seat } : {}), ...(owner ? { names: owner } : {}) };
  const text = `${JSON.stringify(head).slice(0, -1)},"replay":${json}}`;
  try {
    store.setItem(SAVE_KEY, text);
    return null;
  } catch (e) {
    if (isQuotaError(e)) return { kind: 'full', why: 'full', message: 'this browser’s storage for the page is full' };
    return { kind: 'unavailable', why: 'refused', message: 'this browser refused to keep the save' };

  }
}

// Saving follows the game without slowing it: an action only marks the game to be saved;
// the save is written once the player pauses (QUIET_MS), at least every MAX_WAIT_MS while
// they keep acting, and at once when the page is hidden or closed, or the save is read.
const QUIET_MS = 1000;
const MAX_WAIT_MS = 5000;
let pending: { data: () => SaveData; done: (problem: SaveProblem | null) => void } | null = null;
let timer: ReturnType<typeof setTimeout> | null = null;
let pendingSince = 0;
let listening = false;

/** Mark the game to be saved; `done` hears whether the save, when written, worked. */
export function scheduleAutosave(data: () => SaveData, done: (problem: SaveProblem | null) => void): void {
  const start = performance.now();
  if (!listening && typeof window !== 'undefined') {
    listening = true;
    window.addEventListener('pagehide', flushAutosave);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') flushAutosave();
    });
  }
  if (!pending) pendingSince = start;
  pending = { data, done };
  if (timer !== null) clearTimeout(timer);
  const wait = Math.max(0, Math.min(QUIET_MS, pendingSince + MAX_WAIT_MS - start));
  timer = setTimeout(flushAutosave, wait);
  performance.measure('nd:autosave-schedule', { start, end: performance.now() });
}

/** Write a pending save now (before the save is read, the page closes, or a game replaces it). */
export function flushAutosave(): void {
  if (timer !== null) clearTimeout(timer);
  timer = null;
  const job = pending;
  pending = null;
  if (!job) return;
  const start = performance.now();
  const data = job.data();
  performance.measure('nd:autosave-replay', { start, end: performance.now() });
  const problem = writeAutosave(data);
  performance.measure('nd:autosave-write', { start, end: performance.now() });
  job.done(problem);
}

export function clearAutosave(): void {
  if (timer !== null) clearTimeout(timer);
  timer = null;
  pending = null;
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
