// The map's layout on a screen: how the two cameras see it (the city fitted to the canvas,
// the inset of Hungary in the corner), and where every name goes for that view, from the
// sizes of the names in pixels. Pure: the scene measures the names and draws what this
// decides, and the tests run it in Node on the boxes of real screens.
import type { Pt } from './geom';
import { alongLine, besidePoint, nearPoint, placeLabels, tagPlaces } from './labelPlacement';
import type { Box, Candidate, LabelItem, Obstacle, Placement, Rect } from './labelPlacement';

/** How a camera shows the world: world (x, y) appears at viewport centre + (x − centre) × zoom. */
export interface View {
  zoom: number;
  centre: Pt;
  viewport: Rect;
}

export const toScreen = (v: View, [x, y]: Pt): Pt => [v.viewport.x + v.viewport.width / 2 + (x - v.centre[0]) * v.zoom, v.viewport.y + v.viewport.height / 2 + (y - v.centre[1]) * v.zoom];
export const toWorld = (v: View, [x, y]: Pt): Pt => [v.centre[0] + (x - v.viewport.x - v.viewport.width / 2) / v.zoom, v.centre[1] + (y - v.viewport.y - v.viewport.height / 2) / v.zoom];
const rectToScreen = (v: View, r: Rect): Rect => {
  const [x0, y0] = toScreen(v, [r.x, r.y]);
  return { x: x0, y: y0, width: r.width * v.zoom, height: r.height * v.zoom };
};

/** The zoom at which `fit` fills a canvas `width` × `height`. */
export const fitZoom = (width: number, height: number, fit: Rect): number => Math.min(width / fit.width, height / fit.height);

/** The city's camera: `fit` filling the canvas, times the player's zoom, looking at `centre` (kept on the map). */
export function cityView(width: number, height: number, fit: Rect, user = 1, centre: Pt = [fit.x + fit.width / 2, fit.y + fit.height / 2]): View {
  const zoom = Math.max(1e-3, fitZoom(width, height, fit) * user);
  const halfW = width / zoom / 2;
  const halfH = height / zoom / 2;
  const clamp = (v: number, lo: number, hi: number): number => (lo > hi ? (lo + hi) / 2 : Math.max(lo, Math.min(hi, v)));
  return {
    zoom,
    centre: [clamp(centre[0], fit.x + halfW, fit.x + fit.width - halfW), clamp(centre[1], fit.y + halfH, fit.y + fit.height - halfH)],
    viewport: { x: 0, y: 0, width, height },
  };
}

/** The inset's camera: its frame in the canvas's top left corner, wider on a narrow screen. */
export function insetView(width: number, height: number, frame: Rect): View {
  const margin = 6;
  const share = width < 620 ? 0.52 : 0.36;
  let w = Math.min(380, Math.max(width < 620 ? 170 : 300, width * share), width - margin * 2);
  let h = (w * frame.height) / frame.width;
  if (h > height * 0.45) {
    h = height * 0.45;
    w = (h * frame.width) / frame.height;
  }
  w = Math.max(1, Math.round(w));
  h = Math.max(1, Math.round(h));
  return { zoom: w / frame.width, centre: [frame.x + frame.width / 2, frame.y + frame.height / 2], viewport: { x: margin, y: margin, width: w, height: h } };
}

/**
 * The cartouche (title, dates, scale and north point) in screen pixels: in the sheet's
 * lower right corner as the screen shows it; none where the sheet is too small for it.
 */
export function cartoucheBox(city: View, sheet: Rect, canvas: Rect): Rect | null {
  const s = intersect(rectToScreen(city, sheet), canvas);
  const w = 170;
  const h = 62;
  if (s.width < w * 3 || s.height < h * 4) return null;
  return { x: s.x + s.width - w - 8, y: s.y + s.height - h - 8, width: w, height: h };
}

/** A phone's canvas, or a narrow one (the map beside the evening's report): the tags lose their forces and shrink, and give way where there is no room. */
export const isCompact = (city: View): boolean => city.viewport.width < 620 || Math.min(city.viewport.width, city.viewport.height) < 420;

/** What the layout is asked to place, in world units (points, lines) and pixels (sizes). */
export interface LayoutSpec {
  /** Each area's tag: its badge's width and the whole tag's size, in pixels. */
  tags: { id: string; point: Pt; inset: boolean; w: number; h: number; badge: number; district: boolean }[];
  /** The marks at every area's point, which no label may cover (but its own). */
  pins: { id: string; at: Pt; inset: boolean; r: number }[];
  bridges: { id: string; line: Pt[]; w: number; h: number }[];
  roads: { id: string; line: Pt[]; w: number; h: number; rank: number }[];
  /** Other names: regions, islands, parks, districts, places, neighbours… Left out where there is no room. */
  names: { id: string; at: Pt; w: number; h: number; angle: number; inset: boolean; rank: number }[];
}

export interface LayoutScreen {
  city: View;
  inset: View;
  /** The canvas. */
  canvas: Rect;
  /** The sheet and its margin (world): city names stay on it. */
  fit: Rect;
  /** Furniture of the city's sheet that names keep off (screen): the cartouche. */
  furniture: Rect[];
  /** Screen boxes the page lays over the canvas (the key, the zoom buttons). */
  keepClear: Rect[];
  /** The Danube between its banks (world): a tag set apart stays on its area's bank when it can. */
  water?: readonly Pt[];
}

/** How many times the segment p–q crosses the ring's edges. */
function crossings(ring: readonly Pt[], p: Pt, q: Pt): number {
  let n = 0;
  const side = (a: Pt, b: Pt, c: Pt): number => Math.sign((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]));
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i]!;
    const b = ring[(i + 1) % ring.length]!;
    if (side(p, q, a) !== side(p, q, b) && side(a, b, p) !== side(a, b, q)) n++;
  }
  return n;
}

/**
 * A tag's places across the river from its point tried later (by `delay` places), so a
 * Pest site's name reads on the Pest bank when there is room nearly as close there.
 */
function sameBankFirst(candidates: Candidate[], at: Pt, view: View, water: readonly Pt[] | undefined, delay: number): Candidate[] {
  if (!water) return candidates;
  const from = toWorld(view, at);
  const across = (c: Candidate): boolean => crossings(water, from, toWorld(view, [c.box.cx, c.box.cy])) >= 2;
  return candidates
    .map((c, i) => ({ c: across(c) ? { ...c, cost: (c.cost ?? 0) + ACROSS } : c, key: i + (across(c) ? delay : 0) }))
    .sort((a, b) => a.key - b.key)
    .map((x) => x.c);
}

/** What a tag set across the river from its point costs, in pixels of leader. */
const ACROSS = 90;
/**
 * What a required tag pays (pixels of leader) to push a name elsewhere: a main road's or a
 * bridge's dearly, a street's or a district's number less. Rank as in `plainLabels`.
 */
const WEIGHT = { bridge: 70, mainRoad: 70, street: 25, name: [45, 45, 30, 25, 20, 20] as const };

const boxOfRect = (id: string, r: Rect): Obstacle => ({ id, box: { cx: r.x + r.width / 2, cy: r.y + r.height / 2, w: r.width, h: r.height, angle: 0 } });

const intersect = (a: Rect, b: Rect): Rect => {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  return { x, y, width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - x), height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - y) };
};

const shrink = (r: Rect, by: number): Rect => ({ x: r.x + by, y: r.y + by, width: Math.max(0, r.width - by * 2), height: Math.max(0, r.height - by * 2) });

/** The distances a tag may be set apart from its point, in pixels. */
const TAG_RADII = [24, 30, 38, 46, 56, 68, 82, 98, 116, 136, 160, 188, 220];
/** On a phone a site's tag may go further, with a longer leader, rather than be left out. */
const COMPACT_RADII = [...TAG_RADII, 250, 280, 310];
const TOWN_RADII = [14, 20, 28, 38, 50];

/**
 * Every label's place for this screen. Tags of the city's areas first (districts, then the
 * most crowded sites), then the inset's towns, the bridges, the main roads, and the other
 * names while there is room.
 */
export function layoutMap(spec: LayoutSpec, screen: LayoutScreen): Placement[] {
  const { city, inset } = screen;
  const canvas = shrink(screen.canvas, 2);
  const insetBox = screen.inset.viewport;
  const cityFrame = intersect(canvas, rectToScreen(city, screen.fit));
  const insetFrame = shrink(insetBox, 3);
  const viewOf = (isInset: boolean): View => (isInset ? inset : city);
  const visible = (p: Pt, isInset: boolean): boolean => {
    const f = isInset ? insetFrame : cityFrame;
    return p[0] >= f.x && p[1] >= f.y && p[0] <= f.x + f.width && p[1] <= f.y + f.height;
  };

  const obstacles: Obstacle[] = [];
  const pinScreen = new Map<string, Pt>();
  for (const p of spec.pins) {
    const at = toScreen(viewOf(p.inset), p.at);
    pinScreen.set(p.id, at);
    obstacles.push({ id: `pin:${p.id}`, circle: { x: at[0], y: at[1], r: p.r } });
  }
  // The city's names keep out of the inset, and off the page's controls and the cartouche.
  const cityClear: Obstacle[] = [boxOfRect('inset', insetBox), ...screen.keepClear.map((r, i) => boxOfRect(`clear:${i}`, r)), ...screen.furniture.map((r, i) => boxOfRect(`furniture:${i}`, r))];
  const insetClear: Obstacle[] = screen.keepClear.map((r, i) => boxOfRect(`clear:${i}`, r));

  const compact = isCompact(city);
  // On a small screen the tags may stand in the canvas's margins round the sheet too.
  const tagFrame = compact ? canvas : cityFrame;
  const districtTags: LabelItem[] = [];
  const siteTags: LabelItem[] = [];
  const townTags: LabelItem[] = [];
  const bridges: LabelItem[] = [];
  const mainRoads: LabelItem[] = [];
  const streets: LabelItem[] = [];
  const names: LabelItem[] = [];
  // Tags: where many points crowd, the tags there choose first, and go outward.
  const cityTags = spec.tags.filter((t) => !t.inset);
  const crowd = (t: (typeof cityTags)[number]): number => {
    const at = pinScreen.get(t.id)!;
    return cityTags.filter((o) => o !== t && Math.hypot(pinScreen.get(o.id)![0] - at[0], pinScreen.get(o.id)![1] - at[1]) < 90).length;
  };
  const crowdCentre = (at: Pt): Pt | null => {
    const near = cityTags.map((o) => pinScreen.get(o.id)!).filter((p) => Math.hypot(p[0] - at[0], p[1] - at[1]) < 140);
    if (near.length < 2) return null;
    return [near.reduce((s, p) => s + p[0], 0) / near.length, near.reduce((s, p) => s + p[1], 0) / near.length];
  };
  const ordered = [...cityTags].sort((a, b) => Number(b.district) - Number(a.district) || crowd(b) - crowd(a) || a.id.localeCompare(b.id));
  for (const t of ordered) {
    const at = pinScreen.get(t.id)!;
    if (!visible(at, false)) continue;
    (t.district ? districtTags : siteTags).push({ id: `area:${t.id}`, required: !compact, candidates: sameBankFirst(tagPlaces(at[0], at[1], t.w, t.h, t.badge, compact ? COMPACT_RADII : TAG_RADII, compact ? 48 : 32, crowdCentre(at)), at, city, compact ? undefined : screen.water, 32 * 3), frame: tagFrame, own: [`pin:${t.id}`] });
  }
  for (const t of spec.tags.filter((x) => x.inset)) {
    const at = pinScreen.get(t.id)!;
    const candidates: Candidate[] = [...besidePoint(at[0], at[1], t.badge / 2, t.w, t.h, 1.5)];
    for (const r of TOWN_RADII) {
      for (let k = 0; k < 12; k++) {
        const a = (k / 12) * Math.PI * 2;
        const cx = at[0] + Math.cos(a) * (r + t.w / 2);
        const cy = at[1] + Math.sin(a) * (r + t.h / 2);
        const box: Box = { cx, cy, w: t.w, h: t.h, angle: 0 };
        // The leader ends at the box's nearest edge.
        const ex = Math.max(cx - t.w / 2, Math.min(cx + t.w / 2, at[0]));
        const ey = Math.max(cy - t.h / 2, Math.min(cy + t.h / 2, at[1]));
        candidates.push({ box, leader: [at, [ex, ey]] });
      }
    }
    // A phone's inset is too small for every town's name: those that do not fit are left to their badges.
    townTags.push({ id: `area:${t.id}`, required: !compact, candidates, frame: insetFrame, own: [`pin:${t.id}`] });
  }
  for (const b of spec.bridges) {
    const line = b.line.map((p) => toScreen(city, p));
    const [w0, e0] = [line[0]!, line[line.length - 1]!];
    const mid: Pt = [(w0[0] + e0[0]) / 2, (w0[1] + e0[1]) / 2];
    const c: Candidate[] = [];
    for (const d of [4, 9, 15]) {
      c.push({ box: { cx: mid[0], cy: Math.min(w0[1], e0[1]) - d - b.h / 2, w: b.w, h: b.h, angle: 0 } });
      c.push({ box: { cx: mid[0], cy: Math.max(w0[1], e0[1]) + d + b.h / 2, w: b.w, h: b.h, angle: 0 } });
    }
    for (const d of [3, 10, 18]) {
      c.push({ box: { cx: e0[0] + d + b.w / 2, cy: e0[1], w: b.w, h: b.h, angle: 0 } });
      c.push({ box: { cx: w0[0] - d - b.w / 2, cy: w0[1], w: b.w, h: b.h, angle: 0 } });
    }
    bridges.push({ id: b.id, required: false, candidates: c, frame: cityFrame, weight: WEIGHT.bridge });
  }
  for (const r of spec.roads) {
    const main = r.rank === 0;
    // A main road's name may lie along a gentle bend (the Kiskörút has no straight stretch its length).
    (main ? mainRoads : streets).push({ id: r.id, required: false, candidates: alongLine(r.line.map((p) => toScreen(city, p)), r.w, r.h, main ? 31 : 15, main ? 0.8 : 0.96), frame: cityFrame, weight: main ? WEIGHT.mainRoad : WEIGHT.street });
  }
  // The main roads with the fewest places choose first: a short avenue's name has one
  // stretch to stand on, the long boulevard's many.
  mainRoads.sort((a, b) => a.candidates.length - b.candidates.length);
  const insetFirst: LabelItem[] = [];
  for (const n of [...spec.names].sort((a, b) => a.rank - b.rank)) {
    const at = toScreen(viewOf(n.inset), n.at);
    // The capital's and the neighbours' names before the towns': they say where the inset is.
    (n.inset && n.rank <= 1 ? insetFirst : names).push({ id: n.id, required: false, candidates: nearPoint(at[0], at[1], n.w, n.h, n.angle, n.inset ? 4 : 8), frame: n.inset ? insetFrame : cityFrame, weight: WEIGHT.name[n.rank] ?? 20 });
  }
  // The areas' tags first (a district's stands in its own ground), then the bridges, the
  // sites' tags (set apart where they crowd; a tag may push a bridge's or a road's name
  // elsewhere), the main roads, and the rest while there is room. On a phone the small
  // sites come first: a district is known by its ground, a site only by its name.
  const items = compact
    ? [...siteTags, ...districtTags, ...insetFirst, ...townTags, ...bridges, ...mainRoads, ...streets, ...names]
    : [...districtTags, ...bridges, ...mainRoads, ...siteTags, ...insetFirst, ...townTags, ...streets, ...names];
  // The inset's items and the city's never meet (the city's keep out of the inset's box),
  // so each is placed against its own furniture.
  const isInsetItem = (item: LabelItem): boolean => item.frame === insetFrame;
  const pinsOf = (isInset: boolean): Obstacle[] => obstacles.filter((o) => spec.pins.find((p) => `pin:${p.id}` === o.id)?.inset === isInset);
  const cityItems = items.filter((i) => !isInsetItem(i));
  const cityObstacles = [...pinsOf(false), ...cityClear];
  // Several ways of placing the city's names, and the best of them kept: the tags at their
  // cheapest places with the main roads' and bridges' names kept where they stand; each
  // label at its first free place; off a phone also the main roads' names placed first (the
  // tags at their cheapest or first free places round them) and the small sites first.
  // Each is a full placement (some 80 ms at 1280×720 in Node), so no more are tried.
  const roadOrBridge = new Set([...mainRoads, ...bridges].map((i) => i.id));
  const kept = cityItems.map((i) => (roadOrBridge.has(i.id) ? { ...i, weight: Infinity } : i));
  const tries = [placeLabels(kept, cityObstacles, { cheapest: true }), placeLabels(cityItems, cityObstacles)];
  if (!compact) {
    const isMainRoad = (i: LabelItem): boolean => mainRoads.some((r) => r.id === i.id);
    const roadsFirst = [...kept.filter(isMainRoad), ...kept.filter((i) => !isMainRoad(i))];
    const sitesFirst = [...cityItems.filter((i) => siteTags.includes(i)), ...cityItems.filter((i) => !siteTags.includes(i))];
    tries.push(placeLabels(roadsFirst, cityObstacles, { cheapest: true }), placeLabels(roadsFirst, cityObstacles), placeLabels(sitesFirst, cityObstacles, { cheapest: true }));
  }
  const tagIds = new Set([...districtTags, ...siteTags].map((i) => i.id));
  const score = (placed: Placement[]): number =>
    placed.reduce((sum, p) => {
      if (p.overlaps) return sum + 1e6;
      if (!p.box) return sum + (roadOrBridge.has(p.id) ? 300 : 5);
      if (!tagIds.has(p.id) || !p.leader) return sum;
      // A long leader reads worse than two short ones: beyond 60 px each pixel counts four times.
      const length = Math.hypot(p.leader[1][0] - p.leader[0][0], p.leader[1][1] - p.leader[0][1]);
      return sum + length + Math.max(0, length - 60) * 3;
    }, 0);
  const cityPlaced = tries.reduce((best, t) => (score(t) < score(best) ? t : best));
  const insetPlaced = placeLabels(items.filter(isInsetItem), [...pinsOf(true), ...insetClear]);
  return [...cityPlaced, ...insetPlaced];
}
