// Plane geometry for the map: smooth curves, polygons, clipping and the cells of the
// areas. Plain functions on [x, y] pairs, with no Phaser in them.

export type Pt = [number, number];
export type Poly = Pt[];

/** A Catmull-Rom curve through the points, sampled every `step` units or so. */
export function smooth(points: Pt[], step = 8): Pt[] {
  if (points.length < 3) return points.slice();
  const out: Pt[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const p0 = points[Math.max(0, i - 1)]!;
    const p1 = points[i]!;
    const p2 = points[i + 1]!;
    const p3 = points[Math.min(points.length - 1, i + 2)]!;
    const n = Math.max(2, Math.ceil(Math.hypot(p2[0] - p1[0], p2[1] - p1[1]) / step));
    for (let k = 0; k < n; k++) {
      const t = k / n;
      const t2 = t * t;
      const t3 = t2 * t;
      const f = (a: number, b: number, c: number, d: number): number =>
        0.5 * (2 * b + (-a + c) * t + (2 * a - 5 * b + 4 * c - d) * t2 + (-a + 3 * b - 3 * c + d) * t3);
      out.push([f(p0[0], p1[0], p2[0], p3[0]), f(p0[1], p1[1], p2[1], p3[1])]);
    }
  }
  out.push(points[points.length - 1]!);
  return out;
}

/** A closed ring smoothed the same way (a Catmull-Rom curve through every vertex, round again to the first). */
export function smoothRing(ring: Pt[], step = 8): Pt[] {
  if (ring.length < 3) return ring.slice();
  const n = ring.length;
  const padded = [ring[n - 1]!, ...ring, ring[0]!, ring[1]!];
  const curve = smooth(padded, step);
  // Keep the stretch from the first vertex round to it again.
  const start = curve.findIndex((p) => p[0] === ring[0]![0] && p[1] === ring[0]![1]);
  const end = curve.findIndex((p, i) => i > start && p[0] === ring[0]![0] && p[1] === ring[0]![1]);
  return curve.slice(Math.max(0, start), end > start ? end : curve.length);
}

/** The two banks of a river drawn along a centre line: left and right of the direction of flow. */
export function offsetLine(line: Pt[], width: number | ((t: number) => number)): { left: Pt[]; right: Pt[] } {
  const left: Pt[] = [];
  const right: Pt[] = [];
  for (let i = 0; i < line.length; i++) {
    const a = line[Math.max(0, i - 1)]!;
    const b = line[Math.min(line.length - 1, i + 1)]!;
    const dx = b[0] - a[0];
    const dy = b[1] - a[1];
    const len = Math.hypot(dx, dy) || 1;
    const w = (typeof width === 'number' ? width : width(i / (line.length - 1))) / 2;
    const nx = -dy / len;
    const ny = dx / len;
    const p = line[i]!;
    left.push([p[0] - nx * w, p[1] - ny * w]);
    right.push([p[0] + nx * w, p[1] + ny * w]);
  }
  return { left, right };
}

export function pointInPolygon(p: Pt, poly: Poly): boolean {
  let inside = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, yi] = poly[i]!;
    const [xj, yj] = poly[j]!;
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Keep the part of a polygon where a·x + b·y ≤ c (Sutherland–Hodgman, one edge). */
function clipHalfPlane(poly: Poly, a: number, b: number, c: number): Poly {
  const out: Poly = [];
  const inside = (p: Pt): boolean => a * p[0] + b * p[1] <= c + 1e-9;
  for (let i = 0; i < poly.length; i++) {
    const cur = poly[i]!;
    const prev = poly[(i + poly.length - 1) % poly.length]!;
    const cin = inside(cur);
    const pin = inside(prev);
    if (cin !== pin) {
      const dp = a * prev[0] + b * prev[1] - c;
      const dc = a * cur[0] + b * cur[1] - c;
      const t = dp / (dp - dc);
      out.push([prev[0] + (cur[0] - prev[0]) * t, prev[1] + (cur[1] - prev[1]) * t]);
    }
    if (cin) out.push(cur);
  }
  return out;
}

/** The part of a polygon inside an axis-aligned rectangle. */
export function clipToRect(poly: Poly, r: { x: number; y: number; width: number; height: number }): Poly {
  let out = clipHalfPlane(poly, -1, 0, -r.x);
  out = clipHalfPlane(out, 1, 0, r.x + r.width);
  out = clipHalfPlane(out, 0, -1, -r.y);
  return clipHalfPlane(out, 0, 1, r.y + r.height);
}

/** The pieces of a polyline inside an axis-aligned rectangle (Liang–Barsky on each segment). */
export function clipPolyline(line: Pt[], r: { x: number; y: number; width: number; height: number }): Pt[][] {
  const out: Pt[][] = [];
  let cur: Pt[] = [];
  const x0 = r.x;
  const y0 = r.y;
  const x1 = r.x + r.width;
  const y1 = r.y + r.height;
  for (let i = 0; i < line.length - 1; i++) {
    const [ax, ay] = line[i]!;
    const [bx, by] = line[i + 1]!;
    const dx = bx - ax;
    const dy = by - ay;
    let t0 = 0;
    let t1 = 1;
    let inside = true;
    for (const [p, q] of [
      [-dx, ax - x0],
      [dx, x1 - ax],
      [-dy, ay - y0],
      [dy, y1 - ay],
    ] as const) {
      if (p === 0) {
        if (q < 0) inside = false;
        continue;
      }
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
    }
    if (!inside || t0 > t1) {
      if (cur.length > 1) out.push(cur);
      cur = [];
      continue;
    }
    const a: Pt = [ax + dx * t0, ay + dy * t0];
    const b: Pt = [ax + dx * t1, ay + dy * t1];
    if (!cur.length) cur.push(a);
    cur.push(b);
    if (t1 < 1) {
      if (cur.length > 1) out.push(cur);
      cur = [];
    }
  }
  if (cur.length > 1) out.push(cur);
  return out;
}

export function circle(cx: number, cy: number, r: number, n = 40): Poly {
  const out: Poly = [];
  for (let i = 0; i < n; i++) {
    const t = (i / n) * Math.PI * 2;
    out.push([cx + Math.cos(t) * r, cy + Math.sin(t) * r]);
  }
  return out;
}

export function centroid(poly: Poly): Pt {
  let x = 0;
  let y = 0;
  let a = 0;
  for (let i = 0; i < poly.length; i++) {
    const [x1, y1] = poly[i]!;
    const [x2, y2] = poly[(i + 1) % poly.length]!;
    const f = x1 * y2 - x2 * y1;
    x += (x1 + x2) * f;
    y += (y1 + y2) * f;
    a += f;
  }
  if (Math.abs(a) < 1e-9) return poly[0] ?? [0, 0];
  return [x / (3 * a), y / (3 * a)];
}

/** Pull every vertex toward a centre by `by` units: a plate drawn just inside its cell. */
export function shrinkToward(poly: Poly, centre: Pt, by: number): Poly {
  return poly.map(([x, y]) => {
    const dx = centre[0] - x;
    const dy = centre[1] - y;
    const d = Math.hypot(dx, dy);
    if (d <= by * 2) return [x, y] as Pt;
    return [x + (dx / d) * by, y + (dy / d) * by] as Pt;
  });
}

/** Where a line crosses a polygon: the segments of the line inside it. */
export function clipLine(p: Pt, q: Pt, poly: Poly): [Pt, Pt][] {
  const ts: number[] = [];
  const dx = q[0] - p[0];
  const dy = q[1] - p[1];
  for (let i = 0; i < poly.length; i++) {
    const [x1, y1] = poly[i]!;
    const [x2, y2] = poly[(i + 1) % poly.length]!;
    const ex = x2 - x1;
    const ey = y2 - y1;
    const den = dx * ey - dy * ex;
    if (Math.abs(den) < 1e-12) continue;
    const t = ((x1 - p[0]) * ey - (y1 - p[1]) * ex) / den;
    const u = ((x1 - p[0]) * dy - (y1 - p[1]) * dx) / den;
    if (t >= 0 && t <= 1 && u >= 0 && u < 1) ts.push(t);
  }
  ts.push(0, 1);
  ts.sort((a, b) => a - b);
  const out: [Pt, Pt][] = [];
  for (let i = 0; i < ts.length - 1; i++) {
    const t0 = ts[i]!;
    const t1 = ts[i + 1]!;
    if (t1 - t0 < 1e-6) continue;
    const mid: Pt = [p[0] + dx * ((t0 + t1) / 2), p[1] + dy * ((t0 + t1) / 2)];
    if (pointInPolygon(mid, poly)) out.push([[p[0] + dx * t0, p[1] + dy * t0], [p[0] + dx * t1, p[1] + dy * t1]]);
  }
  return out;
}

export function bounds(poly: Poly): { minX: number; minY: number; maxX: number; maxY: number } {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [x, y] of poly) {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  }
  return { minX, minY, maxX, maxY };
}

/** The point a fraction t (0–1) of the way along a polyline. */
export function along(line: Pt[], t: number): Pt {
  if (line.length === 1) return line[0]!;
  const w = new PathWalker(line).at(t);
  return [w.x, w.y];
}

export function polylineLength(line: Pt[]): number {
  let total = 0;
  for (let i = 0; i < line.length - 1; i++) total += Math.hypot(line[i + 1]![0] - line[i]![0], line[i + 1]![1] - line[i]![1]);
  return total;
}

/**
 * `along` for a path walked every frame: the segment lengths measured once, and the point
 * written into `x`, `y` rather than a new array (the same arithmetic, so the same points).
 */
export class PathWalker {
  x = 0;
  y = 0;
  private readonly lengths: number[] = [];
  private readonly total: number;

  constructor(private readonly line: Pt[]) {
    let total = 0;
    for (let i = 0; i < line.length - 1; i++) {
      const l = Math.hypot(line[i + 1]![0] - line[i]![0], line[i + 1]![1] - line[i]![1]);
      this.lengths.push(l);
      total += l;
    }
    this.total = total;
  }

  /** Move to the point a fraction `t` of the way along; returns this. */
  at(t: number): this {
    const line = this.line;
    const lengths = this.lengths;
    if (line.length === 1 || lengths.length === 0) {
      const p = line[line.length - 1]!;
      this.x = p[0];
      this.y = p[1];
      return this;
    }
    let d = Math.max(0, Math.min(1, t)) * this.total;
    for (let i = 0; i < lengths.length; i++) {
      const l = lengths[i]!;
      if (d <= l || i === lengths.length - 1) {
        const f = l ? Math.min(1, d / l) : 0;
        const a = line[i]!;
        const b = line[i + 1]!;
        this.x = a[0] + (b[0] - a[0]) * f;
        this.y = a[1] + (b[1] - a[1]) * f;
        return this;
      }
      d -= l;
    }
    return this;
  }
}
