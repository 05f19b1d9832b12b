// Every name on the map in one list: the areas' tags (badge, name, forces), the bridges,
// the roads, and the other names of the plan and the inset, each with its type and its
// rank (who gives way). The scene draws them; mapLayout places them; the tests measure
// them in Node. Nothing here draws.
import type { GameState } from '../../engine';
import { compact } from '../lib/format';
import type { AreaShape, MapArea, MapGeography } from './geography';
import type { Pt } from './geom';
import type { LayoutSpec } from './mapLayout';

export interface FontSpec {
  size: number;
  family: 'serif' | 'sans';
  style: '' | 'bold' | 'italic';
  /** Letter spacing in pixels. */
  spacing?: number;
}

export const FONTS = {
  district: { size: 12, family: 'serif', style: 'bold' },
  site: { size: 12, family: 'serif', style: 'italic' },
  compactTag: { size: 10, family: 'serif', style: 'bold' },
  town: { size: 10, family: 'serif', style: '' },
  capital: { size: 11, family: 'serif', style: 'bold' },
  chit: { size: 9, family: 'sans', style: 'bold' },
  road: { size: 10, family: 'serif', style: 'italic' },
  bridge: { size: 10, family: 'serif', style: 'italic' },
  region: { size: 22, family: 'serif', style: '', spacing: 10 },
  water: { size: 11, family: 'serif', style: 'italic', spacing: 2 },
  island: { size: 10, family: 'serif', style: 'italic' },
  park: { size: 10, family: 'serif', style: 'italic' },
  place: { size: 10, family: 'serif', style: 'italic' },
  districtNumber: { size: 13, family: 'serif', style: 'bold' },
  neighbour: { size: 9, family: 'serif', style: '', spacing: 1.5 },
  countryWater: { size: 9, family: 'serif', style: 'italic' },
  note: { size: 10, family: 'serif', style: 'italic' },
} as const satisfies Record<string, FontSpec>;

export type Measure = (text: string, font: FontSpec) => { w: number; h: number };

/** The tag's parts, in pixels. */
export const TAG = { badge: 18, compactBadge: 14, townBadge: 12, gap: 3, chitH: 12, chitGap: 2, chitPad: 14, flag: 16, council: 9, stamp: 34 } as const;

/** Sides whose forces get a chit, in the order they are shown, and the least that shows. */
const FORCE_ORDER = ['revolutionaries', 'army', 'avh', 'government', 'soviet', 'kadar'];
const MIN_FORCE = 10;

type AreaState = GameState['areas'][string];

/** The forces an area's tag shows: side and figure. */
export function chits(area: AreaState): { side: string; text: string }[] {
  return FORCE_ORDER.filter((s) => (area.forces[s] ?? 0) >= MIN_FORCE).map((side) => ({ side, text: compact(area.forces[side] ?? 0) }));
}

/** What an area's tag holds besides its name. */
export interface TagParts {
  name: string;
  font: FontSpec;
  chits: { side: string; text: string }[];
  flag: boolean;
  council: boolean;
  /** It changed hands this day: the stamp, from the old holder to the new. */
  stamp: boolean;
}

export function tagParts(area: MapArea, state: AreaState, shape: AreaShape, options: { compact: boolean; changed: boolean }): TagParts {
  const inset = shape.inset;
  return {
    name: shape.name,
    font: inset ? (area.kind === 'border' ? FONTS.town : FONTS.town) : options.compact ? FONTS.compactTag : area.kind === 'district' ? FONTS.district : FONTS.site,
    chits: inset || options.compact ? [] : chits(state),
    flag: !inset && !options.compact && state.control === 'revolutionaries',
    council: !inset && state.council,
    stamp: options.changed,
  };
}

/** The tag's size in pixels from its parts, and where the text block starts. */
export function tagSize(parts: TagParts, measure: Measure, inset: boolean, compactTag: boolean): { w: number; h: number; badge: number; nameW: number; nameH: number } {
  const name = measure(parts.name, parts.font);
  if (inset) {
    // In the inset the badge stays on the town's point; the tag is the name (and the stamp).
    return { w: name.w + (parts.stamp ? TAG.stamp : 0), h: name.h, badge: TAG.townBadge, nameW: name.w, nameH: name.h };
  }
  const badge = compactTag ? TAG.compactBadge : TAG.badge;
  const row = name.w + (parts.flag ? TAG.flag + 3 : 0) + (parts.council ? TAG.council + 2 : 0) + (parts.stamp ? TAG.stamp + 3 : 0);
  const chitRow = parts.chits.reduce((w, c) => w + TAG.chitPad + measure(c.text, FONTS.chit).w + TAG.chitGap, 0) - (parts.chits.length ? TAG.chitGap : 0);
  const h = Math.max(badge, name.h + (parts.chits.length ? TAG.chitH + 1 : 0));
  return { w: badge + TAG.gap + Math.max(row, chitRow), h, badge, nameW: name.w, nameH: name.h };
}

/** A name of the plan or the inset that is not an area's. */
export interface PlainLabel {
  id: string;
  text: string;
  font: FontSpec;
  tone: 'ink' | 'soft' | 'faint' | 'river';
  alpha: number;
  inset: boolean;
  rank: number;
  /** A point (for names), or the line it follows (roads) or spans (bridges). */
  at?: Pt;
  angle?: number;
  line?: Pt[];
  kind: 'road' | 'bridge' | 'name';
}

const NAME_STYLE: Record<MapGeography['city']['names'][number]['kind'], { font: FontSpec; tone: PlainLabel['tone']; alpha: number; rank: number; upper?: boolean }> = {
  region: { font: FONTS.region, tone: 'soft', alpha: 0.5, rank: 1 },
  water: { font: FONTS.water, tone: 'river', alpha: 1, rank: 1 },
  island: { font: FONTS.island, tone: 'soft', alpha: 1, rank: 2 },
  park: { font: FONTS.park, tone: 'soft', alpha: 1, rank: 3 },
  district: { font: FONTS.districtNumber, tone: 'faint', alpha: 0.7, rank: 4 },
  place: { font: FONTS.place, tone: 'soft', alpha: 0.9, rank: 5 },
};

/** The river's direction near a point, for a name written along it. */
function riverAngle(geo: MapGeography, at: Pt): number {
  let best = 0;
  let bestD = Infinity;
  for (const bank of geo.city.banks) {
    for (let i = 0; i < bank.length - 1; i++) {
      const a = bank[i]!;
      const b = bank[i + 1]!;
      const d = Math.hypot((a[0] + b[0]) / 2 - at[0], (a[1] + b[1]) / 2 - at[1]);
      if (d < bestD) {
        bestD = d;
        best = Math.atan2(b[1] - a[1], b[0] - a[0]);
      }
    }
  }
  if (best > Math.PI / 2) best -= Math.PI;
  if (best < -Math.PI / 2) best += Math.PI;
  return best;
}

/** A place beyond the sheet, noted beside its area's tab: how far it truly is, and which way. */
export interface OffSheetNote {
  text: string;
  /** The tab's point, and where the place truly is (map units). */
  from: Pt;
  to: Pt;
  /** Where the note's text stands. */
  at: Pt;
}

export function offSheetNotes(geo: MapGeography, areas: readonly MapArea[], shapes: ReadonlyMap<string, AreaShape>): OffSheetNote[] {
  const out: OffSheetNote[] = [];
  for (const o of geo.city.offSheet) {
    const area = areas.find((a) => shapes.get(a.id)?.name === o.name);
    const tab = area ? shapes.get(area.id) : undefined;
    if (!tab) continue;
    const km = Math.round((Math.hypot(o.at[0] - tab.point[0], o.at[1] - tab.point[1]) * geo.city.metresPerUnit) / 1000);
    const xs = tab.poly.map((p) => p[0]);
    out.push({ text: `${km} km`, from: tab.point, to: o.at, at: [Math.max(...xs) + 22, tab.point[1]] });
  }
  return out;
}

/**
 * The plan's and the inset's own names: bridges, roads, regions, water, neighbours. The
 * neighbours' names are words of the page's language: `countryName` gives each from the
 * base's English (the streets, rivers and places keep their Hungarian names in English).
 */
export function plainLabels(geo: MapGeography, notes: readonly OffSheetNote[], countryName: (name: string) => string): PlainLabel[] {
  const out: PlainLabel[] = [];
  const { city, country } = geo;
  city.bridges.forEach((b, i) => out.push({ id: `bridge:${i}`, text: b.name, font: FONTS.bridge, tone: 'ink', alpha: 1, inset: false, rank: 0, line: b.line, kind: 'bridge' }));
  city.roads.forEach((r, i) => out.push({ id: `road:${i}`, text: r.name, font: FONTS.road, tone: 'ink', alpha: 1, inset: false, rank: r.kind === 'street' ? 3 : 0, line: r.line, kind: 'road' }));
  city.names.forEach((n, i) => {
    const s = NAME_STYLE[n.kind];
    out.push({ id: `name:${i}`, text: n.text, font: s.font, tone: s.tone, alpha: s.alpha, inset: false, rank: s.rank, at: n.at, angle: n.along ? riverAngle(geo, n.at) : 0, kind: 'name' });
  });
  notes.forEach((n, i) => out.push({ id: `off:${i}`, text: n.text, font: FONTS.note, tone: 'soft', alpha: 1, inset: false, rank: 0, at: n.at, kind: 'name' }));
  out.push({ id: 'capital', text: 'Budapest', font: FONTS.capital, tone: 'ink', alpha: 1, inset: true, rank: 0, at: country.capital, kind: 'name' });
  country.neighbours.forEach((n, i) => out.push({ id: `neighbour:${i}`, text: countryName(n.name), font: FONTS.neighbour, tone: 'faint', alpha: 1, inset: true, rank: 1, at: n.at, kind: 'name' }));
  country.rivers.forEach((r, i) => {
    const mid = r.line[Math.floor(r.line.length * (r.name === 'Duna' ? 0.62 : 0.5))]!;
    out.push({ id: `river:${i}`, text: r.name, font: FONTS.countryWater, tone: 'river', alpha: 1, inset: true, rank: 2, at: mid, kind: 'name' });
  });
  country.lakes.forEach((l, i) => {
    const c: Pt = [l.ring.reduce((s, p) => s + p[0], 0) / l.ring.length, l.ring.reduce((s, p) => s + p[1], 0) / l.ring.length + 26];
    out.push({ id: `lake:${i}`, text: l.name, font: FONTS.countryWater, tone: 'river', alpha: 1, inset: true, rank: 2, at: c, kind: 'name' });
  });
  return out;
}

/** The whole layout's input: every tag and name, sized by `measure`. */
export function layoutSpec(
  areas: readonly MapArea[],
  shapes: ReadonlyMap<string, AreaShape>,
  state: GameState,
  labels: readonly PlainLabel[],
  measure: Measure,
  options: { compact: boolean; changed: ReadonlySet<string> },
): LayoutSpec {
  const spec: LayoutSpec = { tags: [], pins: [], bridges: [], roads: [], names: [] };
  for (const a of areas) {
    const shape = shapes.get(a.id);
    const s = state.areas[a.id];
    if (!shape || !s) continue;
    const parts = tagParts(a, s, shape, { compact: options.compact, changed: options.changed.has(a.id) });
    const size = tagSize(parts, measure, shape.inset, options.compact);
    spec.tags.push({ id: a.id, point: shape.point, inset: shape.inset, w: size.w, h: size.h, badge: size.badge, district: a.kind === 'district' });
    spec.pins.push({ id: a.id, at: shape.point, inset: shape.inset, r: shape.inset ? TAG.townBadge / 2 + 1 : 5 });
  }
  for (const l of labels) {
    const m = measure(l.text, l.font);
    const w = m.w + 4;
    const h = m.h;
    if (l.kind === 'bridge') spec.bridges.push({ id: l.id, line: l.line!, w, h });
    else if (l.kind === 'road') spec.roads.push({ id: l.id, line: l.line!, w, h, rank: l.rank });
    else spec.names.push({ id: l.id, at: l.at!, w, h, angle: l.angle ?? 0, inset: l.inset, rank: l.rank });
  }
  return spec;
}
