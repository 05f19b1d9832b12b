// What can be wrong with a scenario file, each problem under a stable code with its values,
// and its English line made here, once. The scenario room stays language-free: an issue
// carries the English line (`message`) beside its code and values, and a shell that speaks
// another language says the problem from its code (the command line: cli `issue.CODE`).
import type { z } from 'zod';
import { FIRST_DATE, LAST_DATE } from '../lib/dates';

export type ProblemValues = Readonly<Record<string, string | number>>;

const s = (v: ProblemValues, k: string): string => String(v[k] ?? '');

/** The schema's own lines (custom messages in schema.ts): fixed texts, so an issue is known by its line. */
export const SCHEMA_LINES = {
  'schema.idFormat': 'an id is lower-case letters, digits and hyphens',
  'schema.reservedId': 'this id is reserved (every object has a property of that name)',
  'schema.metricIdFormat': 'a metric id is camelCase letters and digits',
  'schema.dateFormat': 'a date is written YYYY-MM-DD',
  'schema.calendarDate': `not a calendar date between ${FIRST_DATE} and ${LAST_DATE}`,
  'schema.quoteLength': 'quote short phrases only (240 characters at most)',
  'schema.lowHigh': 'low must not exceed high',
  'schema.scaleOne': 'a scale names exactly one of national, metric and share',
  'schema.scaleApart': 'a scale needs from and to apart',
  'schema.aimOne': 'an aim names exactly one of national and flag',
  'schema.morningClash': 'a morning development brings news, not a clash: give it no "clash" effect',
} as const;

/** The loader's and the reference checks' problems: code → the English line from its values. */
const LINES = {
  // Loading and merging (resolve.ts, registry.ts).
  'load.notObject': () => 'expected a JSON object',
  'load.givenTwice': (v) => `"${s(v, 'key')}" is already given in ${s(v, 'file')}`,
  'load.idUsed': (v) => `id "${s(v, 'id')}" is already used by ${s(v, 'by')}`,
  'load.baseCycle': (v) => `scenario "${s(v, 'id')}" is its own base, through a cycle`,
  'load.noBase': (v) => `base scenario "${s(v, 'base')}" was not found`,
  'load.outsideBase': (v) => `an exercise lies within its base's days (${s(v, 'baseStart')} to ${s(v, 'baseEnd')}); this one runs ${s(v, 'start')} to ${s(v, 'end')}`,
  'load.required': (v) => `required (give it here${v.base === 'yes' ? ' or in the base scenario' : ''})`,
  // The reference checks (references.ts).
  'ref.duplicateId': (v) => `duplicate id "${s(v, 'id')}"`,
  'ref.notCalendarDate': (v) => `${s(v, 'date')} is not a calendar date`,
  'ref.notADate': () => 'not a calendar date',
  'ref.endBeforeStart': (v) => `the end (${s(v, 'end')}) comes before the start (${s(v, 'start')})`,
  'ref.tooLong': (v) => `a scenario lasts at most ${s(v, 'max')} days (this one ${s(v, 'days')})`,
  'ref.unknownSide': (v) => `unknown side "${s(v, 'id')}"`,
  'ref.unknownArea': (v) => `unknown area "${s(v, 'id')}"`,
  'ref.unknownFlag': (v) => `unknown flag "${s(v, 'id')}"`,
  'ref.unknownDecision': (v) => `unknown decision "${s(v, 'id')}"`,
  'ref.unknownDecisionId': (v) => `unknown decision "${s(v, 'id')}" (or it lies outside the base)`,
  'ref.unknownMetric': (v) => `unknown metric "${s(v, 'id')}"`,
  'ref.unknownOrder': (v) => `unknown order "${s(v, 'id')}"`,
  'ref.unknownPerson': (v) => `unknown person "${s(v, 'id')}"`,
  'ref.noOption': (v) => `decision "${s(v, 'decision')}" has no option "${s(v, 'option')}"`,
  'ref.notPosture': (v) => `"${s(v, 'value')}" is not a posture of ${s(v, 'side')}`,
  'ref.exactlyOne': (v) => `give exactly one of "${s(v, 'a')}" and "${s(v, 'b')}"`,
  'ref.areaTarget': () => 'name an area, a character or a region',
  'ref.clashSource': () => 'a clash needs a source or an estimate',
  'ref.orderSide': (v) => `order "${s(v, 'order')}" belongs to ${s(v, 'owner')}, not ${s(v, 'side')}`,
  'ref.required': () => 'required',
  'ref.neighbourBack': (v) => `"${s(v, 'other')}" does not list "${s(v, 'area')}" back as a neighbour`,
  'ref.ownNeighbour': () => 'an area is not its own neighbour',
  'ref.outsideRecord': (v) => `${s(v, 'date')} lies outside the scenario's record (${s(v, 'from')} to ${s(v, 'to')})`,
  'ref.outsideRecordShort': (v) => `${s(v, 'date')} lies outside the scenario's record`,
  'ref.outsideScenario': (v) => `${s(v, 'date')} lies outside the scenario (${s(v, 'from')} to ${s(v, 'to')})`,
  'ref.outsideScenarioShort': (v) => `${s(v, 'date')} lies outside the scenario`,
  'ref.needsSource': () => 'needs a source or an estimate',
  'ref.oneHistoricalOption': (v) => `exactly one option must be historical (found ${s(v, 'found')})`,
  'ref.duplicateOption': (v) => `duplicate option "${s(v, 'id')}"`,
  'ref.openOption': () => 'at least one option must be open whatever happened (no "when")',
  'ref.oneHistoricalOutcome': (v) => `exactly one outcome must be historical (found ${s(v, 'found')})`,
  'ref.fallbackOutcome': () => 'the last outcome is the fallback and has no conditions',
  'ref.notPlayable': (v) => `side "${s(v, 'side')}" is not playable`,
  'ref.duplicateObjective': (v) => `duplicate objective "${s(v, 'id')}"`,
  'ref.duplicateEntry': (v) => `duplicate entry "${s(v, 'id')}"`,
  'ref.datesIncrease': () => 'dates must increase',
  'ref.lowAbove': () => 'low exceeds the value',
  'ref.highBelow': () => 'high is below the value',
  'ref.estimateBasis': () => 'an estimate needs a basis: how it was reached',
  'ref.recordedSource': () => 'a recorded value needs a source',
} satisfies Record<string, (v: ProblemValues) => string>;

export type ProblemCode = keyof typeof LINES;
/** Every code the loader and the reference checks give. */
export const PROBLEM_CODES = Object.keys(LINES) as ProblemCode[];

/** A problem: its code, its values and its English line. */
export function problem(code: ProblemCode, values: ProblemValues = {}): { code: string; values: ProblemValues; message: string } {
  return { code, values, message: LINES[code](values) };
}

const BY_LINE = new Map<string, string>(Object.entries(SCHEMA_LINES).map(([code, line]) => [line, code]));

/** What JSON calls a value's type, as zod's messages name it. */
function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number' && Number.isNaN(v)) return 'nan';
  return typeof v;
}

const joined = (items: readonly unknown[]): string => items.map((x) => (typeof x === 'string' ? `"${x}"` : String(x))).join(', ');

/**
 * The code and values of one of zod's issues (parsed with `reportInput`, so that a wrong type
 * can be named): the schema's own lines by their text, zod's by its issue code (`zod.CODE`).
 * The input is not kept.
 */
export function zodProblem(i: z.core.$ZodIssue): { code: string; values: ProblemValues } | null {
  const own = BY_LINE.get(i.message);
  if (own) return { code: own, values: own === 'schema.calendarDate' ? { from: FIRST_DATE, to: LAST_DATE } : {} };
  switch (i.code) {
    case 'invalid_type':
      return { code: 'zod.invalid_type', values: { expected: String(i.expected), received: typeOf(i.input) } };
    case 'invalid_value':
      return { code: 'zod.invalid_value', values: { count: i.values.length, values: joined(i.values) } };
    case 'too_big':
      return { code: 'zod.too_big', values: { origin: String(i.origin), limit: Number(i.maximum), inclusive: i.inclusive === false ? 'no' : 'yes' } };
    case 'too_small':
      return { code: 'zod.too_small', values: { origin: String(i.origin), limit: Number(i.minimum), inclusive: i.inclusive === false ? 'no' : 'yes' } };
    case 'invalid_format':
      return { code: 'zod.invalid_format', values: { format: i.format, pattern: i.pattern ?? '' } };
    case 'not_multiple_of':
      return { code: 'zod.not_multiple_of', values: { divisor: Number(i.divisor) } };
    case 'unrecognized_keys':
      return { code: 'zod.unrecognized_keys', values: { count: i.keys.length, keys: joined(i.keys) } };
    case 'invalid_key':
    case 'invalid_element':
    case 'invalid_union':
      return { code: `zod.${i.code}`, values: {} };
    default:
      return null;
  }
}
