// The game state and the actions on it. Everything here is plain JSON: no Map, Set,
// class or function, so states hash, save and compare as data.
import type { GOVERNMENTS, NationalKey, PostureSide } from '../scenario/schema';
import type { UnaskedDecision } from './unasked';

/** Bumped whenever a rule change could change an outcome: replays name the version they ran on. */
export const ENGINE_VERSION = 7;

/** `reactive` first: the default for every side without a player. */
export const POLICIES = ['reactive', 'historical', 'adaptive', 'random'] as const;
export type PolicyId = (typeof POLICIES)[number];
/** Who leads a side: a player at the keyboard, or a policy. */
export type Controller = 'player' | PolicyId;

export interface GameSetup {
  seed: string;
  /** Controller for every side; sides not named follow `defaultPolicy`. */
  roles?: Record<string, Controller>;
  defaultPolicy?: PolicyId;
  /** Decisions forced to one option whoever takes them (`--choose`). */
  forced?: Record<string, string>;
}

export interface GameConfig {
  roles: Record<string, Controller>;
  forced: Record<string, string>;
}

export interface AreaState {
  control: string;
  /** Armed people present, by side. */
  forces: Record<string, number>;
  unrest: number;
  damage: number;
  council: boolean;
  /** Hungarian and Soviet casualties in this area, to date. */
  dead: number;
  wounded: number;
  sovietDead: number;
}

export interface NationalState {
  government: (typeof GOVERNMENTS)[number];
  postures: Record<PostureSide, string>;
  values: Record<NationalKey, number>;
  flags: Record<string, boolean>;
}

export interface Choice {
  option: string;
  side: string;
  date: string;
  by: 'player' | 'forced' | PolicyId;
  reason?: string;
}

export interface Factor {
  label: string;
  value: number;
  /** The model's own figures (explain.ts) carry a stable key, so an interface can say the label in its language. */
  key?: string;
  /** The side a keyed figure is about ("Strength of …"). */
  side?: string;
}

export interface ReportedDecision {
  decision: string;
  side: string;
  option: string;
  historical: boolean;
  by: Choice['by'];
  reason?: string;
  /** The chance the policy gave the option it took; null for a player's or a forced choice. */
  chance: number | null;
  /** What weighed for the option taken, strongest first. */
  why: Factor[];
  /** For a policy's choice: the strongest reasons for the likeliest other option. */
  against: Factor[];
}

/** What happened in one area, with the figures that moved it (explain.ts words them). */
export interface AreaResult {
  area: string;
  fighting: number;
  dead: number;
  wounded: number;
  sovietDead: number;
  controlBefore: string;
  controlAfter: string;
  /** Strength the revolution brought (fighters, crowd, posture, orders). */
  revolution: number;
  /** Strength of each force against it: Soviet troops, the ÁVH, loyal army units, Kádár's men. */
  vsSoviet: number;
  vsAvh: number;
  vsArmy: number;
  vsKadar: number;
  /** The day's luck in the toll: 1 is an ordinary day. */
  luck: number;
  /** Deaths from the ÁVH firing into crowds. */
  avhFire: number;
  /** Fighters lost to surrender and flight. */
  lost: number;
  /** The chance the area changed hands today (0 when nobody could take it). */
  chance: number;
  /** The first of the area's seeded draws that day (null when nothing was left to chance):
   * equal in two games, the luck was the same. */
  roll: number | null;
}

export interface ClashResult {
  area: string;
  label: string;
  dead: number;
  wounded: number;
  sovietDead: number;
  roll: number;
}

/** The day across the country, with the figures that moved it. */
export interface NationalResult {
  councils: number;
  prisonersFreed: number;
  refugees: number;
  /** Momentum and strike level that drove the councils. */
  momentum: number;
  strike: number;
  /** Share of the country the revolution (or Nagy's coalition) holds: it opens the prisons. */
  held: number;
  amnesty: boolean;
  /** Fear and the open border: they drive the flight to Austria. */
  fear: number;
  border: number;
  occupation: boolean;
}

export interface DayReport {
  day: number;
  date: string;
  decisions: ReportedDecision[];
  /** Decisions opened this morning that the day's earlier decisions made moot. */
  dropped: UnaskedDecision[];
  developments: string[];
  clashes: ClashResult[];
  areas: AreaResult[];
  national: NationalResult;
  /** Metric values at the end of the day. */
  metrics: Record<string, number>;
}

export interface OutcomeResult {
  id: string;
  label: string;
  historical: boolean;
  date: string;
}

export interface GameState {
  engine: number;
  scenario: { id: string; hash: string };
  seed: string;
  config: GameConfig;
  /** 0 on the first day of the scenario. */
  day: number;
  date: string;
  status: 'playing' | 'over';
  national: NationalState;
  areas: Record<string, AreaState>;
  metrics: Record<string, number>;
  /** The morning's news: developments that came as this day opened, before its decisions. */
  news: string[];
  /** Decision points open today, in scenario order. */
  open: string[];
  chosen: Record<string, Choice>;
  /** Standing orders: side → area → order id. */
  orders: Record<string, Record<string, string>>;
  /** The report of the last day resolved (null before the first). */
  report: DayReport | null;
  outcome: OutcomeResult | null;
}

export type { Action } from './action';

export const REJECTIONS = [
  'GAME_OVER',
  'BAD_ACTION',
  'UNKNOWN_SIDE',
  'NOT_YOUR_SIDE',
  'UNKNOWN_DECISION',
  'NOT_OPEN_TODAY',
  'WRONG_SIDE',
  'UNKNOWN_OPTION',
  'ALREADY_DECIDED',
  'UNKNOWN_AREA',
  'UNKNOWN_ORDER',
  'DECISIONS_PENDING',
  'REASON_TOO_LONG',
] as const;
export type RejectionCode = (typeof REJECTIONS)[number];

export interface Rejection {
  code: RejectionCode;
  message: string;
}

export type StepResult = { ok: true; state: GameState } | { ok: false; state: GameState; error: Rejection };
