// The sides' patterns (scenario `sides[].pattern`) as lines and dots inside a plate, so
// who holds an area reads without colour: stripes, hatching, dots, crosses, grids, rings
// or waves, each side its own.
import { bounds, clipLine, pointInPolygon } from './geom';
import type { Poly, Pt } from './geom';

export interface PatternMarks {
  lines: [Pt, Pt][];
  dots: Pt[];
  rings: Pt[];
  /** Wave lines: polylines kept inside the plate. */
  waves: Pt[][];
}

const empty = (): PatternMarks => ({ lines: [], dots: [], rings: [], waves: [] });

/** Parallel lines at an angle (radians), `gap` apart, clipped to the polygon. */
function hatch(poly: Poly, angle: number, gap: number, out: PatternMarks): void {
  const b = bounds(poly);
  const cx = (b.minX + b.maxX) / 2;
  const cy = (b.minY + b.maxY) / 2;
  const r = Math.hypot(b.maxX - b.minX, b.maxY - b.minY) / 2 + gap;
  const dx = Math.cos(angle);
  const dy = Math.sin(angle);
  for (let o = -r; o <= r; o += gap) {
    const px = cx - dy * o;
    const py = cy + dx * o;
    out.lines.push(...clipLine([px - dx * r, py - dy * r], [px + dx * r, py + dy * r], poly));
  }
}

function grid(poly: Poly, gap: number, stagger: boolean): Pt[] {
  const b = bounds(poly);
  const pts: Pt[] = [];
  let row = 0;
  for (let y = b.minY + gap / 2; y < b.maxY; y += gap, row++) {
    const shift = stagger && row % 2 ? gap / 2 : 0;
    for (let x = b.minX + gap / 2 + shift; x < b.maxX; x += gap) if (pointInPolygon([x, y], poly)) pts.push([x, y]);
  }
  return pts;
}

export function patternMarks(pattern: string, poly: Poly, scale = 1): PatternMarks {
  const out = empty();
  const g = 11 * scale;
  switch (pattern) {
    case 'solid':
      return out;
    case 'hatch':
      hatch(poly, Math.PI / 4, g, out);
      return out;
    case 'stripes':
      hatch(poly, -Math.PI / 4, g * 1.25, out);
      return out;
    case 'cross':
      hatch(poly, Math.PI / 4, g * 1.2, out);
      hatch(poly, -Math.PI / 4, g * 1.2, out);
      return out;
    case 'grid':
      hatch(poly, 0, g * 1.2, out);
      hatch(poly, Math.PI / 2, g * 1.2, out);
      return out;
    case 'dots':
      out.dots.push(...grid(poly, g, true));
      return out;
    case 'rings':
      out.rings.push(...grid(poly, g * 1.5, true));
      return out;
    case 'waves': {
      const b = bounds(poly);
      for (let y = b.minY + g / 2; y < b.maxY; y += g * 1.1) {
        let line: Pt[] = [];
        for (let x = b.minX; x <= b.maxX; x += 2 * scale) {
          const p: Pt = [x, y + Math.sin(x / (4 * scale)) * 2.5 * scale];
          if (pointInPolygon(p, poly)) line.push(p);
          else if (line.length) {
            if (line.length > 1) out.waves.push(line);
            line = [];
          }
        }
        if (line.length > 1) out.waves.push(line);
      }
      return out;
    }
    default:
      return out;
  }
}
