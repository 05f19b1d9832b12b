// From scenario files (already parsed JSON) to a checked, resolved scenario.
// Pure: the command line reads files from disk, the browser imports them; both hand
// the parsed parts here. Every error names the file, the path inside it and the problem.
import type { z } from 'zod';
import { ScenarioFile } from './schema';
import { canonicalHash } from '../lib/canonical-hash';
import { checkReferences } from './references';
import { problem, zodProblem } from './problems';
import { ScenarioError, WORLD_KEYS } from './scenario';
import type { Scenario, ScenarioIssue, ScenarioPart } from './scenario';

// The resolved scenario's type and the load's issues have their own module (scenario.ts);
// they are re-exported here for the modules that load scenarios.
export { ScenarioError, formatIssue } from './scenario';
export type { Scenario, ScenarioIssue, ScenarioPart } from './scenario';

function pathText(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out;
}

function zodIssue(file: string, i: z.core.$ZodIssue): ScenarioIssue {
  const coded = zodProblem(i);
  return { file, path: pathText(i.path), message: i.message, ...(coded ?? {}) };
}

/** Parse the parts of one scenario (one file, or the files of one folder) into one file's content. */
export function parseScenarioParts(parts: ScenarioPart[]): { file?: ScenarioFile; owner: (key: string) => string; issues: ScenarioIssue[] } {
  const issues: ScenarioIssue[] = [];
  // Maps, not plain objects: a part's keys are data ("constructor", "__proto__" among them).
  const merged = new Map<string, unknown>();
  const ownerOf = new Map<string, string>();
  for (const part of parts) {
    if (!part.data || typeof part.data !== 'object' || Array.isArray(part.data)) {
      issues.push({ file: part.file, path: '', ...problem('load.notObject') });
      continue;
    }
    for (const [key, value] of Object.entries(part.data as Record<string, unknown>)) {
      if (merged.has(key) && key !== '$schema') {
        issues.push({ file: part.file, path: key, ...problem('load.givenTwice', { key, file: ownerOf.get(key)! }) });
        continue;
      }
      merged.set(key, value);
      ownerOf.set(key, part.file);
    }
  }
  const fallback = parts[0]?.file ?? '(scenario)';
  const owner = (key: string): string => ownerOf.get(key) ?? fallback;
  if (issues.length) return { owner, issues };
  // fromEntries defines own properties, so a "__proto__" key is a key (and refused as unknown).
  // The input is reported so that a wrong type can be named by code; it is not kept.
  const parsed = ScenarioFile.safeParse(Object.fromEntries(merged), { reportInput: true });
  if (!parsed.success) {
    for (const i of parsed.error.issues) {
      const top = typeof i.path[0] === 'string' ? i.path[0] : '';
      issues.push(zodIssue(owner(top), i));
    }
    return { owner, issues };
  }
  return { file: parsed.data, owner, issues };
}

/**
 * Merge an exercise with its base and check every reference. `owner` maps a top-level key
 * to the file that gave it, so errors point at the right file.
 */
export function resolveScenario(file: ScenarioFile, owner: (key: string) => string, base?: Scenario): Scenario {
  const issues: ScenarioIssue[] = [];
  const pick = <K extends (typeof WORLD_KEYS)[number]>(key: K): NonNullable<ScenarioFile[K]> | undefined => {
    const own = file[key];
    if (own !== undefined) return own as NonNullable<ScenarioFile[K]>;
    return base ? (base[key] as unknown as NonNullable<ScenarioFile[K]>) : undefined;
  };
  if (file.base && !base) issues.push({ file: owner('base'), path: 'base', ...problem('load.noBase', { base: file.base }) });
  // An exercise plays within its base's days: the days before it are played as history went.
  if (base && (file.start < base.start || file.end > base.end)) {
    issues.push({ file: owner(file.start < base.start ? 'start' : 'end'), path: file.start < base.start ? 'start' : 'end', ...problem('load.outsideBase', { baseStart: base.start, baseEnd: base.end, start: file.start, end: file.end }) });
  }
  const missing = WORLD_KEYS.filter((k) => pick(k) === undefined && !['developments', 'orders', 'flags', 'glossary', 'people', 'events', 'series', 'epilogue', 'divergence'].includes(k));
  for (const k of missing) issues.push({ file: owner(k), path: k, ...problem('load.required', { base: file.base ? 'yes' : 'no' }) });
  if (issues.length) throw new ScenarioError(issues);

  const decisionsAll = pick('decisions')!;
  const leadIn = base && base.start < file.start ? { from: base.start, decisions: decisionsAll.filter((d) => d.date >= base.start && d.date < file.start) } : undefined;
  // Decisions inherited from a base are cut to the exercise's days; a file's own decisions
  // are kept whole, so one dated outside its scenario is reported, not silently dropped.
  const inherited = file.decisions === undefined;
  const decisions = file.decisionIds
    ? decisionsAll.filter((d) => file.decisionIds!.includes(d.id))
    : inherited ? decisionsAll.filter((d) => d.date >= file.start && d.date <= file.end) : decisionsAll;
  const resolvedWithoutHash: Omit<Scenario, 'contentHash'> = {
    id: file.id,
    title: file.title,
    kind: file.kind,
    ...(file.base ? { base: file.base } : {}),
    start: file.start,
    end: file.end,
    summary: file.summary,
    ...(file.suggestedMinutes ? { suggestedMinutes: file.suggestedMinutes } : {}),
    briefing: file.briefing,
    roles: file.roles,
    discussion: file.discussion,
    sides: pick('sides')!,
    areas: pick('areas')!,
    people: pick('people') ?? [],
    metrics: pick('metrics')!,
    decisions,
    developments: pick('developments') ?? [],
    outcomes: pick('outcomes')!,
    orders: pick('orders') ?? [],
    flags: pick('flags') ?? [],
    national: pick('national')!,
    postures: pick('postures')!,
    government: pick('government')!,
    model: pick('model')!,
    events: pick('events') ?? [],
    series: pick('series') ?? {},
    glossary: pick('glossary') ?? [],
    divergence: pick('divergence') ?? { basis: 'No decision is weighted: each that left history counts 1.', weights: {} },
    ...(leadIn ? { leadIn } : {}),
  };
  const epilogue = pick('epilogue');
  if (epilogue) resolvedWithoutHash.epilogue = epilogue;
  issues.push(...checkReferences(resolvedWithoutHash, file, owner));
  if (issues.length) throw new ScenarioError(issues);
  return { ...resolvedWithoutHash, contentHash: canonicalHash(resolvedWithoutHash) };
}

