// The scenario format. Every type the engine reads from data is inferred from these
// schemas, so the format is written down exactly once.
import { z } from 'zod';
import { isValidDate } from '../lib/dates';
import { MAX_ID } from './ids';
import { SCHEMA_LINES } from './problems';

// Ids key plain objects in the state, so no id may be the name of something every object
// inherits ("constructor"): a lookup would find the inherited function, not a missing key.
const inherited = (id: string): boolean => id in Object.prototype;
export const Id = z
  .string()
  .max(MAX_ID, { abort: true })
  .regex(/^[a-z0-9][a-z0-9-]*$/, { message: SCHEMA_LINES['schema.idFormat'], abort: true })
  .refine((id) => !inherited(id), { message: SCHEMA_LINES['schema.reservedId'], abort: true });
/** Metric ids are camelCase, as the command line prints them: hungarianDead, sovietTanks. */
export const MetricId = z
  .string()
  .max(MAX_ID, { abort: true })
  .regex(/^[a-z][A-Za-z0-9]*$/, { message: SCHEMA_LINES['schema.metricIdFormat'], abort: true })
  .refine((id) => !inherited(id), { message: SCHEMA_LINES['schema.reservedId'], abort: true });
/** A calendar date the engine can count with: checked here, before any date arithmetic. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: SCHEMA_LINES['schema.dateFormat'], abort: true })
  .refine(isValidDate, { message: SCHEMA_LINES['schema.calendarDate'], abort: true });

// Every number the model reads is bounded to what its arithmetic can take: a scenario that
// validates plays without Infinity or NaN (tests/scenario/bounds.test.ts plays the extremes).
/** Armed people, casualties, tolls: counts of people. */
const COUNT_MAX = 1_000_000;
const count = (): z.ZodNumber => z.number().min(0).max(COUNT_MAX);
/** A 0–100 national or area scale. */
const scale100 = (): z.ZodNumber => z.number().min(0).max(100);
/** A change on a 0–100 scale. */
const delta100 = (): z.ZodNumber => z.number().min(-100).max(100);
/** A threshold in a condition (a scale, a share or a metric): any finite figure in reach. */
const threshold = (): z.ZodNumber => z.number().min(-1e9).max(1e9);
/** A map coordinate or offset, in map units. */
const coordinate = (): z.ZodNumber => z.number().min(-10_000).max(10_000);
/** Where a fact comes from: the section of the source text and a short phrase quoted from it. */
export const Source = z.strictObject({
  section: z.string().min(1),
  quote: z.string().min(3).max(240, SCHEMA_LINES['schema.quoteLength']),
});
/** How a number that the text does not give was reached. */
export const Estimate = z.strictObject({ basis: z.string().min(10) });

export const SIDE_PATTERNS = ['solid', 'hatch', 'dots', 'cross', 'stripes', 'grid', 'rings', 'waves'] as const;
export const AREA_KINDS = ['district', 'site', 'town', 'border'] as const;
export const AREA_REGIONS = ['buda', 'pest', 'csepel', 'country', 'abroad'] as const;
export const CHARACTERS = ['industrial', 'university', 'government', 'military', 'media', 'symbolic', 'residential', 'border', 'party'] as const;

export const GOVERNMENTS = ['gero-hegedus', 'nagy', 'nagy-coalition', 'kadar', 'hardline-restored'] as const;
/** Postures: what each acting side is doing this day, set by decisions and developments. */
export const POSTURES = {
  revolutionaries: ['gathering', 'demonstrating', 'fighting', 'ceasefire', 'resisting', 'surrendered'],
  government: ['hardline', 'reform', 'coalition', 'fallen'],
  avh: ['repressing', 'defending', 'disbanded'],
  army: ['loyal', 'split', 'revolution', 'disarmed'],
  soviet: ['garrison', 'intervening', 'withdrawing', 'preparing', 'invading', 'occupying'],
  kadar: ['inactive', 'proclaimed', 'governing'],
  west: ['watching', 'protesting', 'aiding'],
} as const;
export type PostureSide = keyof typeof POSTURES;
export const POSTURE_SIDES = Object.keys(POSTURES) as PostureSide[];

/** The national figures that decisions can move (0–100 scales unless said). */
export const NATIONAL_KEYS = [
  'momentum', // the revolution's popular mobilisation
  'authority', // the Hungarian government's authority with its own people
  'armyLoyalty', // 100: the army obeys the government's orders to fight; 0: it joins the revolution
  'sovietResolve', // the Presidium's inclination to crush the revolution by force
  'westAttention', // how far the West and the UN engage
  'borderOpen', // how freely people can cross to Austria
  'strike', // share of industry on strike
  'sovietRestraint', // how far Soviet forces hold their fire where people live (0: into the buildings)
  'repression', // arrests and reprisals by the forces of order, which people flee
] as const;
export type NationalKey = (typeof NATIONAL_KEYS)[number];

export const METRIC_KINDS = ['cumulative', 'level'] as const;

// ---- conditions and effects: the small language decisions and developments speak ----

const ConditionBase = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('flag'), flag: Id, is: z.boolean().default(true) }),
  z.strictObject({ type: z.literal('national'), key: z.enum(NATIONAL_KEYS), min: threshold().optional(), max: threshold().optional() }),
  z.strictObject({ type: z.literal('government'), in: z.array(z.enum(GOVERNMENTS)).min(1) }),
  z.strictObject({ type: z.literal('posture'), side: z.enum(POSTURE_SIDES as [PostureSide, ...PostureSide[]]), in: z.array(z.string()).min(1) }),
  z.strictObject({ type: z.literal('chosen'), decision: Id, option: Id.optional(), not: z.boolean().default(false) }),
  z.strictObject({ type: z.literal('control'), area: Id, sides: z.array(Id).min(1) }),
  z.strictObject({ type: z.literal('share'), region: z.enum(['budapest', 'country', 'all']), sides: z.array(Id).min(1), min: z.number().min(0).max(1).optional(), max: z.number().min(0).max(1).optional() }),
  z.strictObject({ type: z.literal('metric'), metric: MetricId, min: threshold().optional(), max: threshold().optional() }),
]);
export type Condition = z.infer<typeof ConditionBase>;
export const Condition = ConditionBase;
export const AnyOf = z.strictObject({ type: z.literal('any'), of: z.array(ConditionBase).min(1) });
export const When = z.array(z.union([ConditionBase, AnyOf])).default([]);
export type When = z.infer<typeof When>;

const Range = z.strictObject({ low: count(), high: count() }).refine((r) => r.low <= r.high, SCHEMA_LINES['schema.lowHigh']);

/** What an option or a development does. Any effect may carry `when`: it then applies only if its conditions hold as the day is resolved (after the day's earlier decisions). */
export const Effect = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('national'), when: When.optional(), key: z.enum(NATIONAL_KEYS), add: delta100().optional(), set: scale100().optional(), why: z.string().optional() }),
  z.strictObject({ type: z.literal('flag'), when: When.optional(), flag: Id, value: z.boolean().default(true) }),
  z.strictObject({ type: z.literal('posture'), when: When.optional(), side: z.enum(POSTURE_SIDES as [PostureSide, ...PostureSide[]]), value: z.string() }),
  z.strictObject({ type: z.literal('government'), when: When.optional(), value: z.enum(GOVERNMENTS) }),
  /** Change a field of one area, or of every area with a character. */
  z.strictObject({
    type: z.literal('area'), when: When.optional(),
    area: Id.optional(),
    character: z.enum(CHARACTERS).optional(),
    region: z.enum(['budapest', 'country']).optional(),
    field: z.enum(['unrest', 'damage']),
    add: delta100(),
  }),
  z.strictObject({ type: z.literal('forces'), when: When.optional(), area: Id, side: Id, add: z.number().min(-COUNT_MAX).max(COUNT_MAX).optional(), scale: z.number().min(0).max(10).optional() }),
  z.strictObject({ type: z.literal('control'), when: When.optional(), area: Id, side: Id }),
  /** A single violent event whose toll is drawn from a range: disputed figures keep their range. */
  z.strictObject({
    type: z.literal('clash'), when: When.optional(),
    area: Id,
    label: z.string(),
    dead: Range,
    wounded: Range.optional(),
    sovietDead: Range.optional(),
    source: Source.optional(),
    estimate: Estimate.optional(),
  }),
  /** A side's standing order in areas (a commander's choice: hold back, assault); null withdraws it. */
  z.strictObject({ type: z.literal('order'), when: When.optional(), side: Id, areas: z.array(Id).min(1), order: Id.nullable() }),
  /** Move a metric directly (prisoners freed by an amnesty, for example). */
  z.strictObject({ type: z.literal('metric'), when: When.optional(), metric: MetricId, add: Range }),
]);
export type Effect = z.infer<typeof Effect>;

/**
 * A figure a reason can grow with: a national value, a metric, or the share of a region a
 * set of sides holds. Its weight is 0 at `from`, full at `to` (either way round), linear between.
 */
export const Scale = z
  .strictObject({
    national: z.enum(NATIONAL_KEYS).optional(),
    metric: MetricId.optional(),
    share: z.strictObject({ region: z.enum(['budapest', 'country', 'all']), sides: z.array(Id).min(1) }).optional(),
    from: threshold(),
    to: threshold(),
  })
  .refine((s) => [s.national, s.metric, s.share].filter((x) => x !== undefined).length === 1, SCHEMA_LINES['schema.scaleOne'])
  .refine((s) => s.from !== s.to, SCHEMA_LINES['schema.scaleApart']);

/**
 * One reason a side (without a player) finds an option attractive: the reasons the source
 * gives, each tied by `when` (and `scale`) to what earlier choices change. Weights are in
 * the units of the side's inclination (logits): +1 makes an option about e times likelier.
 */
export const Appeal = z.strictObject({
  weight: z.number().min(-10).max(10),
  when: When.optional(),
  scale: Scale.optional(),
  factor: z.string().min(3),
  source: Source.optional(),
});

/** What a side wants, for the `adaptive` policy: a figure it wants up (weight > 0) or down. */
export const Aim = z
  .strictObject({
    label: z.string().min(3),
    weight: z.number().min(-10).max(10),
    national: z.enum(NATIONAL_KEYS).optional(),
    flag: Id.optional(),
  })
  .refine((a) => (a.national === undefined) !== (a.flag === undefined), SCHEMA_LINES['schema.aimOne']);

export const Option = z.strictObject({
  id: Id,
  label: z.string().min(3),
  description: z.string().default(''),
  historical: z.boolean(),
  likely: z.string().default(''),
  /** The option is open only while these hold (a side is never given an option it cannot take). */
  when: When.optional(),
  effects: z.array(Effect).default([]),
  appeal: z.array(Appeal).default([]),
});

export const Decision = z.strictObject({
  id: Id,
  date: IsoDate,
  actor: Id,
  title: z.string().min(3),
  prompt: z.string().min(10),
  context: z.string().default(''),
  when: When.optional(),
  /**
   * When the decision's date comes and its `when` fails, the morning says why in one line:
   * the first entry whose conditions hold ("Because the revolutionaries already hold Köztársaság tér, there is no siege").
   */
  unasked: z.array(z.strictObject({ when: When.optional(), text: z.string().min(10) })).default([]),
  options: z.array(Option).min(2),
  source: Source,
  dateEstimate: Estimate.optional(),
});

/** Things that happen on a date whoever plays: the Suez Crisis, China's change of mind. */
export const Development = z.strictObject({
  id: Id,
  date: IsoDate,
  title: z.string(),
  text: z.string(),
  /** News that comes before the day's decisions (and so weighs on them); otherwise it follows them. */
  morning: z.boolean().default(false),
  when: When.optional(),
  effects: z.array(Effect).min(1),
  source: Source,
  /** Where the source gives no day: why the game sets it on this one. */
  dateEstimate: Estimate.optional(),
}).refine((d) => !d.morning || !d.effects.some((e) => e.type === 'clash'), { message: SCHEMA_LINES['schema.morningClash'], path: ['effects'] });

const Forces = z.record(Id, count());

export const Area = z.strictObject({
  id: Id,
  name: z.string().min(2),
  kind: z.enum(AREA_KINDS),
  region: z.enum(AREA_REGIONS),
  character: z.array(z.enum(CHARACTERS)).default([]),
  sites: z.array(z.string()).default([]),
  description: z.string().default(''),
  neighbours: z.array(Id).default([]),
  /** A place the text names as a stronghold of the resistance: defenders hold it longer. */
  stronghold: z.boolean().default(false),
  /** Weight of the area in fighting and deployment: population, importance. */
  weight: z.number().min(0).max(10).default(1),
  map: z.strictObject({
    x: coordinate(),
    y: coordinate(),
    shape: z.array(z.tuple([coordinate(), coordinate()])).min(3).optional(),
    labelDx: coordinate().optional(),
    labelDy: coordinate().optional(),
  }),
  start: z.strictObject({
    control: Id,
    forces: Forces.default({}),
    unrest: scale100().default(0),
  }),
  startEstimate: Estimate,
  /** Who held the area in history, from a date on. */
  record: z.array(z.strictObject({ from: IsoDate, side: Id, source: Source.optional(), estimate: Estimate.optional() })).default([]),
  source: Source,
});

export const Person = z.strictObject({
  id: Id,
  name: z.string().min(2),
  side: Id.optional(),
  role: z.string(),
  source: Source,
});

export const Side = z.strictObject({
  id: Id,
  name: z.string(),
  short: z.string().max(16),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  pattern: z.enum(SIDE_PATTERNS),
  symbol: z.string().min(1).max(2),
  description: z.string(),
  leaders: z.array(Id).default([]),
  goals: z.array(z.string()).min(1),
  /** What the `adaptive` policy plays for, in figures: the goals above made checkable. */
  aims: z.array(Aim).default([]),
  resources: z.array(z.strictObject({ label: z.string(), value: z.string(), source: Source.optional(), estimate: Estimate.optional() })).default([]),
  playable: z.boolean().default(false),
  controls: z.boolean().default(true),
  activeFrom: IsoDate.optional(),
  /** Own account of events, where the text gives one (the Soviet account, for example). */
  account: z.string().optional(),
  source: Source,
});

export const Metric = z.strictObject({
  id: MetricId,
  label: z.string(),
  kind: z.enum(METRIC_KINDS),
  headline: z.boolean().default(false),
  description: z.string(),
});

const SeriesPoint = z.strictObject({
  date: IsoDate,
  value: z.number().min(0).max(1e9),
  low: z.number().min(0).max(1e9).optional(),
  high: z.number().min(0).max(1e9).optional(),
  estimate: z.boolean(),
  basis: z.string().optional(),
  source: Source.optional(),
});

export const HistoryEvent = z.strictObject({
  id: Id,
  date: IsoDate,
  time: z.string().regex(/^(\d{2}:\d{2}|morning|afternoon|evening|night)$/).optional(),
  title: z.string().min(3),
  text: z.string().min(10),
  places: z.array(Id).default([]),
  people: z.array(Id).default([]),
  perspective: Id.optional(),
  source: Source,
  /** Where the source gives no day: why the record sets it on this one. */
  dateEstimate: Estimate.optional(),
});

export const Outcome = z.strictObject({
  id: Id,
  label: z.string(),
  historical: z.boolean(),
  explanation: z.string(),
  when: When,
  /** The game may end early, on the day these hold. */
  endsEarly: z.boolean().default(false),
});

export const Order = z.strictObject({
  id: Id,
  side: Id,
  label: z.string(),
  description: z.string(),
  /** Multiplies the fighting this side brings to the area. */
  fight: z.number().min(0).max(3),
  /** Added to the area's unrest each day. */
  unrest: delta100().default(0),
  /** Multiplies this side's losses to desertion or surrender in the area. */
  hold: z.number().min(0.1).max(3).default(1),
});

/** Conditions that must all hold (an `any` group when one of its members does): at least one. */
const Check = z.array(z.union([ConditionBase, AnyOf])).min(1);

/**
 * One of a role's objectives, in the briefing's words, made checkable over the final state:
 * met when every condition of `met` holds; else partly met when every condition of `partly`
 * holds (a looser threshold, a lesser gain); else not met. src/classroom/objectives.ts scores it.
 */
export const Objective = z.strictObject({
  id: Id,
  text: z.string().min(3),
  met: Check,
  partly: Check.optional(),
});

export const Role = z.strictObject({
  side: Id,
  brief: z.string(),
  objectives: z.array(Objective).min(1),
});

/** A figure of the aftermath, as the source gives it: `words` when it writes it in words ("nearly a quarter of a million"). */
const EpilogueFigure = z.strictObject({ label: z.string().min(3), value: z.number().min(0).max(1e9), words: z.string().min(3).optional(), source: Source });

/** What the source says followed the last day, shown at the end of every game and on the debrief sheet. */
export const Epilogue = z.strictObject({
  title: z.string().min(3),
  /** What history did between an exercise's last day and the campaign's: each line shown when the game ended before its date. */
  before: z.array(z.strictObject({ date: IsoDate, text: z.string().min(10), source: Source })).default([]),
  entries: z
    .array(
      z.strictObject({
        id: Id,
        title: z.string().min(3),
        text: z.string().min(10),
        source: Source,
        /** Further sources of the entry's other claims. */
        also: z.array(Source).default([]),
        figures: z.array(EpilogueFigure).default([]),
        /** Where this game's end differs from history's: the first line whose conditions hold in the final state is shown beside history's. */
        otherwise: z.array(z.strictObject({ when: Check, text: z.string().min(10) })).default([]),
      }),
    )
    .min(1),
});

export const Glossary = z.strictObject({ term: z.string(), id: Id, definition: z.string(), source: Source });

const param = (min: number, max: number) => z.strictObject({ value: z.number().min(min).max(max), basis: z.string().min(5) });
/** The model's constants: every one documented, so a teacher can judge it, and bounded to what the model can take. */
export const ModelParams = z.strictObject({
  revGrowth: param(0, 10_000),
  revDecline: param(0, 5),
  lethalityHungarian: param(0, 1),
  lethalitySoviet: param(0, 1),
  woundedPerDeadHungarian: param(0, 100),
  woundedPerDeadSoviet: param(0, 100),
  avhLethality: param(0, 1),
  defenceAdvantage: param(0, 100),
  controlRate: param(0, 10),
  armedToHold: param(0, 100_000),
  // The councils' growth divides by their capacity.
  councilCapacity: param(1, 100_000),
  councilGrowth: param(0, 10),
  prisonerPool: param(0, COUNT_MAX),
  prisonerRelease: param(0, 1),
  refugeeRate: param(0, 100_000),
  garrisonTroops: param(0, COUNT_MAX),
  garrisonTanks: param(0, 100_000),
  whirlwindTroops: param(0, COUNT_MAX),
  whirlwindTanks: param(0, 100_000),
  // The spread of the day's luck (log-normal sigma): e^(sigma·z) must stay finite.
  noise: param(0, 2),
  unrestDecay: param(0, 100),
  momentumDecay: param(0, 100),
  // The sides without a player: how sharply they follow their reasons, and the least chance any option keeps.
  policyTemperature: param(0.05, 10),
  policyFloor: param(0, 0.2),
  adaptiveTemperature: param(0.05, 10),
  adaptiveAims: param(0, 100),
});
export type ModelParams = z.infer<typeof ModelParams>;

/**
 * How far leaving history at a decision carries, 1 minor (the default), 2 major, 3 a turning
 * point: the weight of each decision in the divergence measure (src/history/compare.ts), with how it
 * was reached; a decision not listed weighs 1.
 */
export const Divergence = z.strictObject({
  basis: z.string().min(10),
  weights: z.record(Id, z.union([z.literal(1), z.literal(2), z.literal(3)])),
});
export type Divergence = z.infer<typeof Divergence>;

/** A whole scenario file. An exercise names a `base` and inherits its world. */
export const ScenarioFile = z.strictObject({
  $schema: z.string().optional(),
  id: Id,
  title: z.string().min(3),
  kind: z.enum(['campaign', 'exercise']),
  base: Id.optional(),
  start: IsoDate,
  end: IsoDate,
  summary: z.string(),
  suggestedMinutes: z.number().int().positive().max(600).optional(),
  briefing: z.array(z.strictObject({ text: z.string(), source: Source })).default([]),
  roles: z.array(Role).min(1),
  discussion: z.array(z.string()).default([]),
  /** An exercise may restrict the decision points to these. */
  decisionIds: z.array(Id).optional(),
  sides: z.array(Side).optional(),
  areas: z.array(Area).optional(),
  people: z.array(Person).optional(),
  metrics: z.array(Metric).optional(),
  decisions: z.array(Decision).optional(),
  developments: z.array(Development).optional(),
  outcomes: z.array(Outcome).optional(),
  orders: z.array(Order).optional(),
  flags: z.array(z.strictObject({ id: Id, label: z.string() })).optional(),
  national: z.record(z.enum(NATIONAL_KEYS), scale100()).optional(),
  postures: z.record(z.enum(POSTURE_SIDES as [PostureSide, ...PostureSide[]]), z.string()).optional(),
  government: z.enum(GOVERNMENTS).optional(),
  model: ModelParams.optional(),
  events: z.array(HistoryEvent).optional(),
  series: z.record(MetricId, z.array(SeriesPoint)).optional(),
  glossary: z.array(Glossary).optional(),
  epilogue: Epilogue.optional(),
  divergence: Divergence.optional(),
});
export type ScenarioFile = z.infer<typeof ScenarioFile>;

export type Side = z.infer<typeof Side>;
export type Area = z.infer<typeof Area>;
export type Decision = z.infer<typeof Decision>;
export type Option = z.infer<typeof Option>;
export type Development = z.infer<typeof Development>;
export type Outcome = z.infer<typeof Outcome>;
export type Order = z.infer<typeof Order>;
export type Metric = z.infer<typeof Metric>;
export type HistoryEvent = z.infer<typeof HistoryEvent>;
export type SeriesPoint = z.infer<typeof SeriesPoint>;
export type Person = z.infer<typeof Person>;
export type Role = z.infer<typeof Role>;
export type Objective = z.infer<typeof Objective>;
export type Epilogue = z.infer<typeof Epilogue>;
export type Source = z.infer<typeof Source>;
export type GlossaryEntry = z.infer<typeof Glossary>;
export type Appeal = z.infer<typeof Appeal>;
export type Aim = z.infer<typeof Aim>;
export type Scale = z.infer<typeof Scale>;
