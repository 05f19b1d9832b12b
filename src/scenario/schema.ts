// The scenario format. Every type the engine reads from data is inferred from these
// schemas, so the format is written down exactly once.
import { z } from 'zod';

export const Id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'an id is lower-case letters, digits and hyphens');
/** Metric ids are camelCase, as the command line prints them: hungarianDead, sovietTanks. */
export const MetricId = z.string().regex(/^[a-z][A-Za-z0-9]*$/, 'a metric id is camelCase letters and digits');
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is written YYYY-MM-DD');
/** Where a fact comes from: the section of the source text and a short phrase quoted from it. */
export const Source = z.strictObject({
  section: z.string().min(1),
  quote: z.string().min(3).max(240, 'quote short phrases only (240 characters at most)'),
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
  z.strictObject({ type: z.literal('national'), key: z.enum(NATIONAL_KEYS), min: z.number().optional(), max: z.number().optional() }),
  z.strictObject({ type: z.literal('government'), in: z.array(z.enum(GOVERNMENTS)).min(1) }),
  z.strictObject({ type: z.literal('posture'), side: z.enum(POSTURE_SIDES as [PostureSide, ...PostureSide[]]), in: z.array(z.string()).min(1) }),
  z.strictObject({ type: z.literal('chosen'), decision: Id, option: Id.optional(), not: z.boolean().default(false) }),
  z.strictObject({ type: z.literal('control'), area: Id, sides: z.array(Id).min(1) }),
  z.strictObject({ type: z.literal('share'), region: z.enum(['budapest', 'country', 'all']), sides: z.array(Id).min(1), min: z.number().min(0).max(1).optional(), max: z.number().min(0).max(1).optional() }),
  z.strictObject({ type: z.literal('metric'), metric: MetricId, min: z.number().optional(), max: z.number().optional() }),
]);
export type Condition = z.infer<typeof ConditionBase>;
export const Condition = ConditionBase;
export const AnyOf = z.strictObject({ type: z.literal('any'), of: z.array(ConditionBase).min(1) });
export const When = z.array(z.union([ConditionBase, AnyOf])).default([]);
export type When = z.infer<typeof When>;

const Range = z.strictObject({ low: z.number().min(0), high: z.number().min(0) }).refine((r) => r.low <= r.high, 'low must not exceed high');

/** What an option or a development does. Any effect may carry `when`: it then applies only if its conditions hold as the day is resolved (after the day's earlier decisions). */
export const Effect = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('national'), when: When.optional(), key: z.enum(NATIONAL_KEYS), add: z.number().optional(), set: z.number().optional(), why: z.string().optional() }),
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
    add: z.number(),
  }),
  z.strictObject({ type: z.literal('forces'), when: When.optional(), area: Id, side: Id, add: z.number().optional(), scale: z.number().min(0).optional() }),
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
    from: z.number(),
    to: z.number(),
  })
  .refine((s) => [s.national, s.metric, s.share].filter((x) => x !== undefined).length === 1, 'a scale names exactly one of national, metric and share')
  .refine((s) => s.from !== s.to, 'a scale needs from and to apart');

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
  .refine((a) => (a.national === undefined) !== (a.flag === undefined), 'an aim names exactly one of national and flag');

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
}).refine((d) => !d.morning || !d.effects.some((e) => e.type === 'clash'), { message: 'a morning development brings news, not a clash: give it no "clash" effect', path: ['effects'] });

const Forces = z.record(Id, z.number().min(0));

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
    x: z.number(),
    y: z.number(),
    shape: z.array(z.tuple([z.number(), z.number()])).min(3).optional(),
    labelDx: z.number().optional(),
    labelDy: z.number().optional(),
  }),
  start: z.strictObject({
    control: Id,
    forces: Forces.default({}),
    unrest: z.number().min(0).max(100).default(0),
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
  value: z.number().min(0),
  low: z.number().min(0).optional(),
  high: z.number().min(0).optional(),
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
  unrest: z.number().default(0),
  /** Multiplies this side's losses to desertion or surrender in the area. */
  hold: z.number().min(0).max(3).default(1),
});

export const Role = z.strictObject({
  side: Id,
  brief: z.string(),
  objectives: z.array(z.string()).min(1),
});

export const Glossary = z.strictObject({ term: z.string(), id: Id, definition: z.string(), source: Source });

const Param = z.strictObject({ value: z.number(), basis: z.string().min(5) });
/** The model's constants: every one documented, so a teacher can judge it. */
export const ModelParams = z.strictObject({
  revGrowth: Param,
  revDecline: Param,
  lethalityHungarian: Param,
  lethalitySoviet: Param,
  woundedPerDeadHungarian: Param,
  woundedPerDeadSoviet: Param,
  avhLethality: Param,
  defenceAdvantage: Param,
  controlRate: Param,
  armedToHold: Param,
  councilCapacity: Param,
  councilGrowth: Param,
  prisonerPool: Param,
  prisonerRelease: Param,
  refugeeRate: Param,
  garrisonTroops: Param,
  garrisonTanks: Param,
  whirlwindTroops: Param,
  whirlwindTanks: Param,
  noise: Param,
  unrestDecay: Param,
  momentumDecay: Param,
  policyTemperature: Param,
  policyFloor: Param,
  adaptiveTemperature: Param,
  adaptiveAims: Param,
});
export type ModelParams = z.infer<typeof ModelParams>;

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
  suggestedMinutes: z.number().int().positive().optional(),
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
  national: z.record(z.enum(NATIONAL_KEYS), z.number()).optional(),
  postures: z.record(z.enum(POSTURE_SIDES as [PostureSide, ...PostureSide[]]), z.string()).optional(),
  government: z.enum(GOVERNMENTS).optional(),
  model: ModelParams.optional(),
  events: z.array(HistoryEvent).optional(),
  series: z.record(MetricId, z.array(SeriesPoint)).optional(),
  glossary: z.array(Glossary).optional(),
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
export type Source = z.infer<typeof Source>;
export type GlossaryEntry = z.infer<typeof Glossary>;
export type Appeal = z.infer<typeof Appeal>;
export type Aim = z.infer<typeof Aim>;
export type Scale = z.infer<typeof Scale>;
