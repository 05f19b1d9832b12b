// Where the map's names go so that none covers another: each label has places it may
// take (beside its point, set apart with a leader line, along its road…), tried in order
// of preference, and takes the first where it covers no label placed before it, no
// marked point and nothing the map keeps clear. Pure and in screen pixels, so it is
// tested in Node on the boxes of real screen sizes.
import type { Pt } from './geom';

/** A label's box: its centre, size and angle (radians; 0 is upright text). */
export interface Box {
  cx: number;
  cy: number;
  w: number;
  h: number;
  angle: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Something labels keep off: a box, or a disc (a marked point). */
export type Obstacle = { id: string; box: Box } | { id: string; circle: { x: number; y: number; r: number } };

export interface Candidate {
  box: Box;
  /** A line from the label's point to the label, when it is set apart from it. */
  leader?: [Pt, Pt];
  /** Which way the label reads from its mark (a tag puts its badge at one end). */
  side?: 'left' | 'right';
  /** What taking this place costs, in pixels of leader (for a required label; 0 beside its point). */
  cost?: number;
}

export interface LabelItem {
  id: string;
  /** Shown whatever happens (an area's name): where it covers least if no place is free. */
  required: boolean;
  /** In order of preference. */
  candidates: Candidate[];
  /** Where the label must stay. */
  frame: Rect;
  /** Obstacles that are its own (its point) and may be covered by it. */
  own?: readonly string[];
  /**
   * What a required label pays, in pixels of leader, to push this one (not required) to
   * another of its places: a tag set beside its point rather than far off may move a
   * district's number, but not a main road's name for a few pixels.
   */
  weight?: number;
}

export interface Placement {
  id: string;
  /** null: left out, for want of room. */
  box: Box | null;
  leader: [Pt, Pt] | null;
  side: 'left' | 'right' | null;
  /** A required label that had to cover something. */
  overlaps: boolean;
}

/** The box's four corners, clockwise from the top left of the text. */
export function corners(b: Box): Pt[] {
  const c = Math.cos(b.angle);
  const s = Math.sin(b.angle);
  const hw = b.w / 2;
  const hh = b.h / 2;
  return [
    [-hw, -hh],
    [hw, -hh],
    [hw, hh],
    [-hw, hh],
  ].map(([x, y]) => [b.cx + x! * c - y! * s, b.cy + x! * s + y! * c] as Pt);
}

const axesOf = (b: Box): Pt[] => {
  const c = Math.cos(b.angle);
  const s = Math.sin(b.angle);
  return [
    [c, s],
    [-s, c],
  ];
};

/** Whether two boxes overlap (separating axes), each grown by `pad` on every side. */
export function boxesOverlap(a: Box, b: Box, pad = 0): boolean {
  // Far apart: no need for the axes.
  const ra = Math.hypot(a.w, a.h) / 2 + pad;
  const rb = Math.hypot(b.w, b.h) / 2 + pad;
  if (Math.hypot(a.cx - b.cx, a.cy - b.cy) > ra + rb) return false;
  if (a.angle === 0 && b.angle === 0) {
    return Math.abs(a.cx - b.cx) < (a.w + b.w) / 2 + pad * 2 && Math.abs(a.cy - b.cy) < (a.h + b.h) / 2 + pad * 2;
  }
  const ca = corners({ ...a, w: a.w + pad * 2, h: a.h + pad * 2 });
  const cb = corners({ ...b, w: b.w + pad * 2, h: b.h + pad * 2 });
  for (const [ax, ay] of [...axesOf(a), ...axesOf(b)]) {
    let minA = Infinity;
    let maxA = -Infinity;
    let minB = Infinity;
    let maxB = -Infinity;
    for (const [x, y] of ca) {
      const d = x * ax! + y * ay!;
      minA = Math.min(minA, d);
      maxA = Math.max(maxA, d);
    }
    for (const [x, y] of cb) {
      const d = x * ax! + y * ay!;
      minB = Math.min(minB, d);
      maxB = Math.max(maxB, d);
    }
    if (maxA <= minB || maxB <= minA) return false;
  }
  return true;
}

/** A point in the box's own frame (its centre at 0, 0, its text along x). */
function local(b: Box, [x, y]: Pt): Pt {
  const c = Math.cos(-b.angle);
  const s = Math.sin(-b.angle);
  const dx = x - b.cx;
  const dy = y - b.cy;
  return [dx * c - dy * s, dx * s + dy * c];
}

export function circleInBox(b: Box, x: number, y: number, r: number): boolean {
  const [lx, ly] = local(b, [x, y]);
  const nx = Math.max(-b.w / 2, Math.min(b.w / 2, lx));
  const ny = Math.max(-b.h / 2, Math.min(b.h / 2, ly));
  return Math.hypot(lx - nx, ly - ny) < r;
}

/** Whether the segment p–q passes through the box (Liang–Barsky in the box's frame). */
export function segmentHitsBox(b: Box, p: Pt, q: Pt): boolean {
  const [x0, y0] = local(b, p);
  const [x1, y1] = local(b, q);
  let t0 = 0;
  let t1 = 1;
  const dx = x1 - x0;
  const dy = y1 - y0;
  const hw = b.w / 2;
  const hh = b.h / 2;
  for (const [pp, qq] of [
    [-dx, x0 + hw],
    [dx, hw - x0],
    [-dy, y0 + hh],
    [dy, hh - y0],
  ] as const) {
    if (pp === 0) {
      if (qq < 0) return false;
      continue;
    }
    const t = qq / pp;
    if (pp < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

function segmentsCross(a: Pt, b: Pt, c: Pt, d: Pt): boolean {
  const o = (p: Pt, q: Pt, r: Pt): number => (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]);
  const d1 = o(c, d, a);
  const d2 = o(c, d, b);
  const d3 = o(a, b, c);
  const d4 = o(a, b, d);
  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

function segmentNearPoint(p: Pt, q: Pt, x: number, y: number, r: number): boolean {
  const dx = q[0] - p[0];
  const dy = q[1] - p[1];
  const len2 = dx * dx + dy * dy || 1;
  const t = Math.max(0, Math.min(1, ((x - p[0]) * dx + (y - p[1]) * dy) / len2));
  return Math.hypot(p[0] + dx * t - x, p[1] + dy * t - y) < r;
}

function insideFrame(b: Box, f: Rect): boolean {
  for (const [x, y] of b.angle === 0 ? [[b.cx - b.w / 2, b.cy - b.h / 2] as Pt, [b.cx + b.w / 2, b.cy + b.h / 2] as Pt] : corners(b)) {
    if (x < f.x || y < f.y || x > f.x + f.width || y > f.y + f.height) return false;
  }
  return true;
}

/** The gap kept between two labels, in pixels. */
const GAP = 1.5;
/** What a leader crossing another's costs a required label, in pixels of leader. */
const CROSSING = 30;

interface Placed {
  item: LabelItem;
  box: Box;
  leader: [Pt, Pt] | null;
  side: 'left' | 'right' | null;
  overlaps: boolean;
}

/**
 * Place the labels in the order given (the first have the first choice). A required label
 * with no free place may take one held only by labels that are not required, which then
 * look for another place at the end (or go); with none of those either, it takes the place
 * where it covers fewest things, and says so.
 */
export function placeLabels(items: readonly LabelItem[], obstacles: readonly Obstacle[], options: { cheapest?: boolean } = {}): Placement[] {
  const placed = new Map<string, Placed>();
  const hidden = new Set<string>();
  const queue = [...items];
  const retried = new Set<string>();
  const hitsObstacle = (item: LabelItem, c: Candidate): boolean => {
    const own = item.own ?? [];
    const leader = c.leader;
    for (const o of obstacles) {
      if (own.includes(o.id)) continue;
      if ('box' in o) {
        if (boxesOverlap(c.box, o.box) || (leader && segmentHitsBox(o.box, leader[0], leader[1]))) return true;
      } else if (circleInBox(c.box, o.circle.x, o.circle.y, o.circle.r) || (leader && segmentNearPoint(leader[0], leader[1], o.circle.x, o.circle.y, o.circle.r))) return true;
    }
    return false;
  };
  /** The placed labels (but `self`) a place would cover (hard), and with `soft` those whose leader its leader crosses. */
  const coveredBy = (c: Candidate, soft: boolean, stopAtOne: boolean, self?: string): Placed[] => {
    const out: Placed[] = [];
    const leader = c.leader;
    for (const p of placed.values()) {
      if (p.item.id === self) continue;
      if (
        boxesOverlap(c.box, p.box, GAP) ||
        (leader && segmentHitsBox(p.box, leader[0], leader[1])) ||
        (p.leader && segmentHitsBox(c.box, p.leader[0], p.leader[1])) ||
        (soft && leader && p.leader && segmentsCross(leader[0], leader[1], p.leader[0], p.leader[1]))
      ) {
        out.push(p);
        if (stopAtOne) return out;
      }
    }
    return out;
  };
  const displace = (blockers: Placed[]): void => {
    for (const b of blockers) {
      placed.delete(b.item.id);
      if (!retried.has(b.item.id)) {
        retried.add(b.item.id);
        queue.push(b.item);
      } else hidden.add(b.item.id);
    }
  };
  while (queue.length) {
    const item = queue.shift()!;
    const hits = (c: Candidate): boolean => hitsObstacle(item, c);
    const covered = (c: Candidate, soft: boolean, stopAtOne: boolean): Placed[] => coveredBy(c, soft, stopAtOne);
    const inFrame = item.candidates.filter((c) => insideFrame(c.box, item.frame));
    const free = inFrame.filter((c) => !hits(c));
    let pick: Candidate | undefined;
    if (options.cheapest && item.required && free.some((c) => c.cost !== undefined)) {
      // The cheapest place: its leader's length, a crossing of leaders, and what it pushes away.
      let best = Infinity;
      let blockersOfBest: Placed[] = [];
      for (const c of free) {
        const base = c.cost ?? 0;
        if (base >= best) continue;
        const blockers = covered(c, false, false);
        let cost = base;
        for (const b of blockers) cost += b.item.required ? Infinity : (b.item.weight ?? Infinity);
        if (cost < best && !blockers.length && covered(c, true, true).length) cost += CROSSING;
        if (cost < best) {
          best = cost;
          pick = c;
          blockersOfBest = blockers;
        }
      }
      if (pick) displace(blockersOfBest);
    } else {
      // A place that covers nothing; failing that, one whose leader crosses another's.
      pick = free.find((c) => covered(c, true, true).length === 0) ?? free.find((c) => covered(c, false, true).length === 0);
    }
    let overlaps = false;
    if (!pick && item.required) {
      // Make room by moving labels that are not required.
      for (const c of free) {
        const blockers = covered(c, false, false);
        if (blockers.every((b) => !b.item.required)) {
          displace(blockers);
          pick = c;
          break;
        }
      }
    }
    if (!pick && item.required) {
      const pool = inFrame.length ? inFrame : item.candidates;
      let best = Infinity;
      for (const c of pool) {
        const n = covered(c, false, false).length + (hits(c) ? 1 : 0);
        if (n < best) {
          best = n;
          pick = c;
        }
      }
      overlaps = true;
    }
    if (pick) {
      placed.set(item.id, { item, box: pick.box, leader: pick.leader ?? null, side: pick.side ?? null, overlaps });
      hidden.delete(item.id);
    } else hidden.add(item.id);
  }
  // Then each label in turn takes an earlier (better) place of its own list if one has come
  // free since it chose: what a later label was moved off, or went round.
  for (let pass = 0; pass < 2; pass++) {
    for (const item of items) {
      const p = placed.get(item.id);
      if (!p || p.overlaps) continue;
      const at = item.candidates.findIndex((c) => c.box === p.box);
      for (let i = 0; i < at; i++) {
        const c = item.candidates[i]!;
        if (!insideFrame(c.box, item.frame) || hitsObstacle(item, c) || coveredBy(c, true, true, item.id).length) continue;
        placed.set(item.id, { ...p, box: c.box, leader: c.leader ?? null, side: c.side ?? null });
        break;
      }
    }
  }
  // Last, a label left out takes a place that has come free since (a label that pushed it
  // away may have moved back to a better place of its own).
  for (const item of items) {
    if (placed.has(item.id)) continue;
    const c = item.candidates.find((x) => insideFrame(x.box, item.frame) && !hitsObstacle(item, x) && coveredBy(x, true, true).length === 0);
    if (c) placed.set(item.id, { item, box: c.box, leader: c.leader ?? null, side: c.side ?? null, overlaps: false });
  }
  return items.map((item) => {
    const p = placed.get(item.id);
    return p ? { id: item.id, box: p.box, leader: p.leader, side: p.side, overlaps: p.overlaps } : { id: item.id, box: null, leader: null, side: null, overlaps: false };
  });
}

// ---- Places a label may take ----

/** Beside a point of radius `r`: above, right, below, left, then the corners. */
export function besidePoint(x: number, y: number, r: number, w: number, h: number, gap = 2): Candidate[] {
  const d = r + gap;
  const at = (cx: number, cy: number): Candidate => ({ box: { cx, cy, w, h, angle: 0 } });
  return [
    at(x + d + w / 2, y),
    at(x - d - w / 2, y),
    at(x, y - d - h / 2),
    at(x, y + d + h / 2),
    at(x + d * 0.7 + w / 2, y - d * 0.7 - h / 2),
    at(x - d * 0.7 - w / 2, y - d * 0.7 - h / 2),
    at(x + d * 0.7 + w / 2, y + d * 0.7 + h / 2),
    at(x - d * 0.7 - w / 2, y + d * 0.7 + h / 2),
  ];
}

/**
 * A tag: a badge `badge` across at one end of a box `w` × `h`, the text reading away from
 * it. First with the badge on the point itself (text to the right, then the left), then
 * set apart at growing distances in `directions` directions, with a leader line from the
 * point to the badge; directions away from `away` (a crowd's centre) first.
 */
export function tagPlaces(x: number, y: number, w: number, h: number, badge: number, radii: readonly number[], directions = 16, away: Pt | null = null): Candidate[] {
  const out: Candidate[] = [];
  const boxAt = (bx: number, by: number, side: 'left' | 'right'): Box => ({ cx: side === 'right' ? bx - badge / 2 + w / 2 : bx + badge / 2 - w / 2, cy: by, w, h, angle: 0 });
  out.push({ box: boxAt(x, y, 'right'), side: 'right', cost: 0 }, { box: boxAt(x, y, 'left'), side: 'left', cost: 1 });
  const outward = away ? Math.atan2(y - away[1], x - away[0]) : -Math.PI / 2;
  const angles = Array.from({ length: directions }, (_, i) => (i / directions) * Math.PI * 2).sort((a, b) => turn(a, outward) - turn(b, outward));
  for (const r of radii) {
    for (const a of angles) {
      const dx = Math.cos(a);
      const dy = Math.sin(a);
      const bx = x + dx * r;
      const by = y + dy * r;
      const side = dx >= -0.15 ? 'right' : 'left';
      out.push({ box: boxAt(bx, by, side), leader: [[x, y], [bx - dx * (badge / 2), by - dy * (badge / 2)]], side, cost: r + turn(a, outward) * 2 });
    }
  }
  return out;
}

/** How far one angle is from another, 0–π. */
function turn(a: number, b: number): number {
  const d = Math.abs(a - b) % (Math.PI * 2);
  return d > Math.PI ? Math.PI * 2 - d : d;
}

/**
 * Along a line (a road's course on screen): centred on it at points from its middle
 * outward, turned with it (and kept upright), where it runs straight enough for the text;
 * failing those, just beside it.
 */
export function alongLine(line: readonly Pt[], w: number, h: number, steps = 9, straightness = 0.96): Candidate[] {
  if (line.length < 2) return [];
  const lengths = [0];
  for (let i = 1; i < line.length; i++) lengths.push(lengths[i - 1]! + Math.hypot(line[i]![0] - line[i - 1]![0], line[i]![1] - line[i - 1]![1]));
  const total = lengths[lengths.length - 1]!;
  if (total < w * 1.05) return [];
  const pointAt = (d: number): Pt => {
    const dd = Math.max(0, Math.min(total, d));
    let i = 1;
    while (i < lengths.length - 1 && lengths[i]! < dd) i++;
    const seg = lengths[i]! - lengths[i - 1]! || 1;
    const t = (dd - lengths[i - 1]!) / seg;
    return [line[i - 1]![0] + (line[i]![0] - line[i - 1]![0]) * t, line[i - 1]![1] + (line[i]![1] - line[i - 1]![1]) * t];
  };
  const fractions = Array.from({ length: steps }, (_, i) => (i + 1) / (steps + 1)).sort((a, b) => Math.abs(a - 0.5) - Math.abs(b - 0.5));
  const out: Candidate[] = [];
  for (const f of fractions) {
    const mid = total * f;
    if (mid - w / 2 < 0 || mid + w / 2 > total) continue;
    const a = pointAt(mid - w / 2);
    const b = pointAt(mid + w / 2);
    const chord = Math.hypot(b[0] - a[0], b[1] - a[1]);
    // A bend under the text would bend the text off its road.
    if (chord < w * straightness) continue;
    let angle = Math.atan2(b[1] - a[1], b[0] - a[0]);
    if (angle > Math.PI / 2) angle -= Math.PI;
    if (angle < -Math.PI / 2) angle += Math.PI;
    const c = pointAt(mid);
    out.push({ box: { cx: c[0], cy: c[1], w, h, angle } });
  }
  // Then beside the line, either side, along it.
  const beside: Candidate[] = [];
  for (const o of out) {
    const { cx, cy, angle } = o.box;
    for (const d of [h / 2 + 3, h / 2 + 7]) for (const k of [-1, 1]) beside.push({ box: { cx: cx - Math.sin(angle) * d * k, cy: cy + Math.cos(angle) * d * k, w, h, angle } });
  }
  return [...out, ...beside];
}

/** At a point, then nudged a little each way. */
export function nearPoint(x: number, y: number, w: number, h: number, angle = 0, step = 8): Candidate[] {
  const out: Candidate[] = [{ box: { cx: x, cy: y, w, h, angle } }];
  for (const k of [1, 2, 3]) {
    for (const [dx, dy] of [
      [0, -1],
      [0, 1],
      [1, 0],
      [-1, 0],
      [1, -1],
      [-1, 1],
      [1, 1],
      [-1, -1],
    ] as const) {
      out.push({ box: { cx: x + dx * step * k, cy: y + dy * step * k, w, h, angle } });
    }
  }
  return out;
}
