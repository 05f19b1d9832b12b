// The drawn geography, made from the geographic base in assets/ (see its files for how
// they were drawn): Budapest's sheet projected as its file says (one unit is 20 metres),
// and Hungary for the inset, placed in the world far from the city (the inset has a
// camera of its own). This is map furniture, not game data: the areas and their points
// come from the scenario, in the same units.
import { shortName } from '../lib/format';
import { circle, clipToRect, pointInPolygon, smooth, smoothRing } from './geom';
import type { Poly, Pt } from './geom';
import type { CityBase, CountryBase, Projection } from './geoBase';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A longitude and latitude through a file's projection, into its map units. */
export const project = (p: Projection, [lon, lat]: readonly [number, number]): Pt => [(lon - p.origin[0]) * p.unitsPerDegree[0], (p.origin[1] - lat) * p.unitsPerDegree[1]];

const projectAll = (p: Projection, line: readonly (readonly [number, number])[]): Pt[] => line.map((q) => project(p, q));

const boundsRect = (p: Projection, b: { west: number; north: number; east: number; south: number }): Rect => {
  const [x0, y0] = project(p, [b.west, b.north]);
  const [x1, y1] = project(p, [b.east, b.south]);
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
};

export interface CityMap {
  /** The printed sheet, in map units. */
  sheet: Rect;
  /** What the camera fits: the sheet and the margin below it, where a place beyond it is noted. */
  fit: Rect;
  metresPerUnit: number;
  /** The Danube between its banks, and the banks themselves (north to south). */
  water: Poly;
  banks: Pt[][];
  islands: { name: string; ring: Poly }[];
  bridges: { name: string; line: Pt[] }[];
  railBridges: Pt[][];
  roads: { name: string; kind: 'boulevard' | 'avenue' | 'street'; approach: boolean; line: Pt[] }[];
  railways: Pt[][];
  stations: { name: string; at: Pt }[];
  builtUp: Poly[];
  parks: { name: string; kind: 'park' | 'hill' | 'cemetery'; ring: Poly }[];
  landmarks: { name: string; ring: Poly }[];
  names: { text: string; kind: 'region' | 'water' | 'island' | 'park' | 'place' | 'district'; at: Pt; along: boolean }[];
  /** Places beyond the sheet: where they truly are, in map units (far outside it). */
  offSheet: { name: string; at: Pt }[];
}

export function cityMap(base: CityBase): CityMap {
  const p = base.projection;
  const sheet = boundsRect(p, base.sheet);
  // The river, its islands and the ground's tints follow curves through the file's points;
  // the streets keep their corners.
  const west = smooth(projectAll(p, base.river.westBank), 6);
  const east = smooth(projectAll(p, base.river.eastBank), 6);
  const curved = (ring: readonly (readonly [number, number])[]): Poly => smoothRing(projectAll(p, ring), 6);
  return {
    sheet,
    fit: { x: sheet.x - 8, y: sheet.y - 8, width: sheet.width + 16, height: sheet.height + 50 },
    metresPerUnit: 111_200 / p.unitsPerDegree[1],
    water: [...west, ...east.slice().reverse()],
    banks: [west, east],
    islands: base.islands.map((i) => ({ name: i.name, ring: curved(i.ring) })),
    bridges: base.bridges.map((b) => ({ name: b.name, line: projectAll(p, b.line) })),
    railBridges: base.railBridges.map((b) => projectAll(p, b.line)),
    roads: base.roads.map((r) => ({ name: r.name, kind: r.kind, approach: r.approach ?? false, line: projectAll(p, r.line) })),
    railways: base.railways.map((r) => projectAll(p, r.line)),
    stations: base.stations.map((s) => ({ name: s.name, at: project(p, s.at) })),
    builtUp: base.builtUp.map((b) => curved(b.ring)),
    parks: base.parks.map((k) => ({ name: k.name, kind: k.kind, ring: k.kind === 'hill' ? curved(k.ring) : projectAll(p, k.ring) })),
    landmarks: base.landmarks.map((l) => ({ name: l.name, ring: projectAll(p, l.ring) })),
    names: base.names.map((n) => ({ text: n.text, kind: n.kind, at: project(p, n.at), along: n.along ?? false })),
    offSheet: base.offSheet.map((o) => ({ name: o.name, at: project(p, o.at) })),
  };
}

/** Where the inset's world begins: far east of the city, which the city's camera never shows. */
const INSET_ORIGIN: Pt = [20_000, 0];

export interface CountryMap {
  /** The inset's frame in the world. */
  frame: Rect;
  border: Poly;
  austrianBorder: Pt[];
  rivers: { name: string; line: Pt[] }[];
  lakes: { name: string; ring: Poly }[];
  capital: Pt;
  neighbours: { name: string; at: Pt }[];
  /** A town's name of today → its name in 1956, which the inset shows. */
  namesOf1956: ReadonlyMap<string, string>;
  /** A point in the country's map units (the scenario's town points) in the inset's world. */
  place(p: Pt): Pt;
  /** A longitude and latitude in the inset's world. */
  lonLat(p: readonly [number, number]): Pt;
}

export function countryMap(base: CountryBase): CountryMap {
  const p = base.projection;
  const f = boundsRect(p, base.frame);
  const place = ([x, y]: Pt): Pt => [INSET_ORIGIN[0] + x - f.x, INSET_ORIGIN[1] + y - f.y];
  const lonLat = (q: readonly [number, number]): Pt => place(project(p, q));
  const all = (line: readonly (readonly [number, number])[]): Pt[] => line.map(lonLat);
  return {
    frame: { x: INSET_ORIGIN[0], y: INSET_ORIGIN[1], width: f.width, height: f.height },
    border: all(base.border),
    austrianBorder: all(base.austrianBorder),
    rivers: base.rivers.map((r) => ({ name: r.name, line: all(r.line) })),
    lakes: base.lakes.map((l) => ({ name: l.name, ring: all(l.ring) })),
    capital: lonLat(base.capital.at),
    neighbours: base.neighbours.map((n) => ({ name: n.name, at: lonLat(n.at) })),
    namesOf1956: new Map(base.namesOf1956.map((n) => [n.today, n.name])),
    place,
    lonLat,
  };
}

export interface MapGeography {
  city: CityMap;
  country: CountryMap;
}

export interface MapArea {
  id: string;
  name: string;
  kind: 'district' | 'site' | 'town' | 'border';
  region: 'buda' | 'pest' | 'csepel' | 'country' | 'abroad';
  map: { x: number; y: number; shape?: [number, number][] | undefined; labelDx?: number | undefined; labelDy?: number | undefined };
}

export interface AreaShape {
  id: string;
  kind: MapArea['kind'];
  /** The name the map gives it (`mapName`). */
  name: string;
  /** The plate in the world (an inset area's already placed in the inset's world). */
  poly: Poly;
  /** The area's point in the same space. */
  point: Pt;
  inset: boolean;
}

/**
 * The name an area goes by on the map, in English or Hungarian: what comes before a
 * bracket, without a leading article, in the city also before " and …" / " és …" and
 * without a Hungarian "szerkesztősége" or "székháza" ("Az Országház és a Kossuth tér" →
 * "Országház", "A Szabad Nép szerkesztősége" → "Szabad Nép"), and a town by its name of
 * 1956 ("Dunaújváros" → "Sztálinváros").
 */
export function mapName(area: Pick<MapArea, 'name'>, inset: boolean, namesOf1956: ReadonlyMap<string, string> = new Map()): string {
  const short = shortName(area.name).replace(/ és a .*$/, '');
  const name = (inset ? short : short.replace(/ (?:and|és) .*$/, '').replace(/ (?:szerkesztősége|székháza)$/, '')).replace(/^Az? (?=\p{Lu})/u, '');
  return namesOf1956.get(name) ?? name;
}

/**
 * Every area's plate: the shape the scenario gives (a district's outline, a site's
 * footprint), kept to the sheet; a small disc where it gives none.
 */
export function areaShapes(areas: MapArea[], geo: MapGeography): Map<string, AreaShape> {
  const out = new Map<string, AreaShape>();
  const { sheet } = geo.city;
  for (const a of areas) {
    const inset = a.region === 'country' || a.region === 'abroad';
    const at: Pt = [a.map.x, a.map.y];
    if (inset) {
      const point = geo.country.place(at);
      const poly = a.map.shape ? a.map.shape.map((q) => geo.country.place(q as Pt)) : circle(point[0], point[1], a.kind === 'border' ? 18 : 14, 20);
      out.set(a.id, { id: a.id, kind: a.kind, name: mapName(a, true, geo.country.namesOf1956), poly, point, inset: true });
      continue;
    }
    const shape: Poly = a.map.shape ? a.map.shape.map(([x, y]) => [x, y] as Pt) : circle(at[0], at[1], a.kind === 'district' ? 40 : 6, 24);
    // A place beyond the sheet keeps its tab in the margin; everything else is cut at the sheet's edge.
    const onSheet = pointInPolygon(at, [[sheet.x, sheet.y], [sheet.x + sheet.width, sheet.y], [sheet.x + sheet.width, sheet.y + sheet.height], [sheet.x, sheet.y + sheet.height]]);
    const clipped = onSheet ? clipToRect(shape, sheet) : shape;
    out.set(a.id, { id: a.id, kind: a.kind, name: mapName(a, false), poly: clipped.length >= 3 ? clipped : shape, point: at, inset: false });
  }
  return out;
}

/** The roads the day's columns come in by: each from its outer end inward. */
export function approaches(city: CityMap): Pt[][] {
  return city.roads.filter((r) => r.approach).map((r) => r.line.slice().reverse());
}
