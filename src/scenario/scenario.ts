// The resolved scenario the engine plays: a scenario file merged with its base, every
// part of the world present. Its type is derived from the file schema, so the format is
// still written down once; this module holds it (and the issues a load reports) so that
// the loader and the reference checks can both use it without importing each other.
import type { Decision, ScenarioFile } from './schema';

/** The parts of the world an exercise may inherit from its base. */
export const WORLD_KEYS = [
  'sides', 'areas', 'people', 'metrics', 'decisions', 'developments', 'outcomes', 'orders', 'flags', 'national', 'postures',
  'government', 'model', 'events', 'series', 'glossary', 'epilogue', 'divergence',
] as const;
export type WorldKey = (typeof WORLD_KEYS)[number];

/** A scenario ready for the engine: an exercise merged with its base, defaults filled. */
export type Scenario = Omit<ScenarioFile, '$schema' | 'decisionIds' | WorldKey> & { [K in Exclude<WorldKey, 'epilogue'>]-?: NonNullable<ScenarioFile[K]> } & {
  /** What the source says followed the last day (a scenario may have none). */
  epilogue?: NonNullable<ScenarioFile['epilogue']>;
  /**
   * For an exercise that starts after its base: the base's start and the decisions before
   * the exercise, which the engine plays as history did to set the scene.
   */
  leadIn?: { from: string; decisions: Decision[] };
  /** Hash of the resolved content: replays name it, so a changed scenario is noticed. */
  contentHash: string;
};

export interface ScenarioPart {
  /** Where the part came from, as the user should see it: "scenarios/campaign/record.json". */
  file: string;
  data: unknown;
}

export interface ScenarioIssue {
  file: string;
  path: string;
  /** What is wrong, in English (or already in the reader's language, when there is no code). */
  message: string;
  /** The problem's stable code (problems.ts; `zod.CODE` for the schema's), for a shell to say it in its language. */
  code?: string;
  values?: Readonly<Record<string, string | number>>;
}

export const formatIssue = (i: ScenarioIssue): string => `${i.file}: ${i.path || '(top level)'}: ${i.message}`;

export class ScenarioError extends Error {
  constructor(readonly issues: ScenarioIssue[]) {
    super(issues.map(formatIssue).join('\n'));
    this.name = 'ScenarioError';
  }
}
