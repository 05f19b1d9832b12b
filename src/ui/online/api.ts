// The class server as the browser sees it: whether the page is served by it (the static
// site has no /api), its HTTP API, and the messages of its WebSocket (docs/SERVER.md). The
// types are the protocol's, written down for the browser: the server's room is not imported.
import type { Action, GameSetup } from '../../engine';
import { serverSaid } from './reasons';

export interface SeatView {
  side: string;
  sideName: string;
  name: string | null;
  you: boolean;
  computer: boolean;
  ready: boolean;
  online: boolean;
}

export interface StudentSync {
  type: 'sync';
  classStatus: 'open' | 'closed';
  scenario: string;
  side: string;
  group: { id: string; number: number; solo: boolean; status: 'waiting' | 'playing' | 'over'; day: number; date: string; seats: SeatView[] };
  setup: GameSetup;
  days: Action[][];
  turns: string[];
  today: Action[];
  seq: number;
  over: { outcome: { id: string; label: string; historical: boolean } | null; finalHash: string; replayCode: string } | null;
}

export interface Outcome {
  id: string;
  label: string;
  historical: boolean;
}

export interface Dashboard {
  class: { id: string; title: string; joinCode: string; status: 'open' | 'closed'; scenario: { id: string; title: string; kind: string } };
  roles: { side: string; sideName: string; brief: string; objectives: string[] }[];
  students: { id: string; name: string; online: boolean; seat: { group: number; side: string } | null }[];
  groups: {
    id: string;
    number: number;
    solo: boolean;
    status: 'waiting' | 'playing' | 'over';
    day: number;
    date: string;
    outcome: Outcome | null;
    finalHash: string | null;
    objectives: unknown;
    seats: { side: string; sideName: string; name: string | null; computer: boolean; ready: boolean; online: boolean }[];
  }[];
  /** `reason` is the server's English line; `reasonCode` and `reasonValues` say it in the page's language (none for hand-ins refused before the codes). */
  submissions: { id: string; source: 'game' | 'upload'; name: string | null; group: number | null; verified: boolean; reason: string | null; reasonCode?: string | null; reasonValues?: Record<string, string | number> | null; outcome: Outcome | null; finalHash: string | null; at: string }[];
  comparison: {
    games: { name: string; of?: GameOf; outcome: Outcome | null }[];
    /** `reason` is the English line; `reasonCode` and `reasonValues` say it in the page's language (as a hand-in's). */
    excluded: { name: string; of?: GameOf; reason: string; reasonCode?: string | null; reasonValues?: Record<string, string | number> | null }[];
    outcomes: Record<string, { label: string; count: number; historical: boolean }>;
    decisions: { decision: string; title: string; date: string; actor: string; historical: string; counts: Record<string, number>; labels: Record<string, string>; total: number; historicalShare: number }[];
  };
}

/** Whose game a compared one is: a group's (its players by side, null for the computer) or a student's upload. */
export type GameOf = { group: number; solo: boolean; players: (string | null)[] } | { upload: string | null };

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** The server's stable code for the refusal (docs/SERVER.md); the message is its English line. */
    readonly code?: string,
    /** What the refusal names (a number, a date), for the page's sentence. */
    readonly values?: Record<string, string | number>,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The API's address beside the page (the site is built with relative paths). */
export const apiUrl = (path: string): string => new URL(`api/${path}`, location.href).toString();

export async function call<T>(method: string, path: string, options: { key?: string; body?: unknown; text?: string } = {}): Promise<T> {
  const headers: Record<string, string> = {};
  if (options.key) headers.authorization = `Bearer ${options.key}`;
  let body: string | undefined;
  if (options.text !== undefined) {
    headers['content-type'] = 'text/plain';
    body = options.text;
  } else if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  let res: Response;
  try {
    res = await fetch(apiUrl(path), { method, headers, ...(body !== undefined ? { body } : {}) });
  } catch {
    throw new ApiError(0, 'the class server cannot be reached', 'UNREACHABLE');
  }
  const text = await res.text();
  let data: unknown;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = text;
  }
  if (!res.ok) {
    const refused = (data && typeof data === 'object' ? data : {}) as { error?: string; code?: string; values?: Record<string, string | number> };
    throw new ApiError(res.status, refused.error ?? `the server answered ${res.status}`, refused.code, refused.values);
  }
  return data as T;
}

/** Why a request failed, for the page: the server's refusal said from its code in the page's language. */
export const problemOf = (e: unknown): string => (e instanceof ApiError ? serverSaid(e.code, e.message, e.values) : serverSaid(undefined, (e as Error).message));

/** True when this page is served by the class server. */
export async function serverHere(): Promise<boolean> {
  if (location.protocol !== 'http:' && location.protocol !== 'https:') return false;
  try {
    const ctrl = new AbortController();
    const timer = setTimeout(() => ctrl.abort(), 3000);
    const res = await fetch(apiUrl('health'), { signal: ctrl.signal });
    clearTimeout(timer);
    if (!res.ok) return false;
    const data = (await res.json()) as { service?: string };
    return data.service === 'nineteen-days';
  } catch {
    return false;
  }
}
