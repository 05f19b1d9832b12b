// The format of the map's geographic base (assets/budapest-1956.json and
// assets/hungary-1956.json): lines and rings in [longitude, latitude], and the projection
// each file states. Checked with zod when the Preloader has fetched them, so a slip in
// the data is named rather than drawn.
import { z } from 'zod';

const LonLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
const Line = z.array(LonLat).min(2);
const Ring = z.array(LonLat).min(3);

const Projection = z.object({
  kind: z.literal('equirectangular'),
  /** The longitude and latitude of map point (0, 0). */
  origin: LonLat,
  /** Map units per degree of longitude and of latitude (y grows southward). */
  unitsPerDegree: z.tuple([z.number().positive(), z.number().positive()]),
  note: z.string(),
});
export type Projection = z.infer<typeof Projection>;

const Bounds = z.object({ west: z.number(), north: z.number(), east: z.number(), south: z.number() });

export const CityBase = z.object({
  name: z.string(),
  projection: Projection,
  sheet: Bounds,
  river: z.object({ name: z.string(), westBank: Line, eastBank: Line }),
  islands: z.array(z.object({ name: z.string(), ring: Ring })),
  bridges: z.array(z.object({ name: z.string(), note: z.string().optional(), line: Line })).min(1),
  railBridges: z.array(z.object({ name: z.string(), line: Line })),
  roads: z.array(z.object({ name: z.string(), kind: z.enum(['boulevard', 'avenue', 'street']), approach: z.boolean().optional(), note: z.string().optional(), line: Line })),
  railways: z.array(z.object({ name: z.string(), line: Line })),
  stations: z.array(z.object({ name: z.string(), at: LonLat })),
  builtUp: z.array(z.object({ name: z.string(), ring: Ring })),
  parks: z.array(z.object({ name: z.string(), kind: z.enum(['park', 'hill', 'cemetery']), ring: Ring })),
  landmarks: z.array(z.object({ name: z.string(), ring: Ring })),
  names: z.array(z.object({ text: z.string(), kind: z.enum(['region', 'water', 'island', 'park', 'place', 'district']), at: LonLat, along: z.boolean().optional() })),
  offSheet: z.array(z.object({ name: z.string(), at: LonLat, note: z.string().optional() })),
});
export type CityBase = z.infer<typeof CityBase>;

export const CountryBase = z.object({
  name: z.string(),
  projection: Projection,
  frame: Bounds,
  border: Ring,
  austrianBorder: Line,
  rivers: z.array(z.object({ name: z.string(), line: Line })),
  lakes: z.array(z.object({ name: z.string(), ring: Ring })),
  capital: z.object({ name: z.string(), at: LonLat }),
  /** Towns the scenario names as they are called today, and the name the inset shows: theirs in 1956. */
  namesOf1956: z.array(z.object({ today: z.string(), name: z.string(), note: z.string() })).default([]),
  neighbours: z.array(z.object({ name: z.string(), at: LonLat })),
});
export type CountryBase = z.infer<typeof CountryBase>;
