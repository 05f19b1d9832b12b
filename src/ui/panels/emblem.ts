// Marks of the sides in the DOM: the revolution's flag with the arms cut out, and each
// side's swatch (its colour, pattern and symbol), drawn as SVG from the scenario's data.
import type { Side } from '../../scenario/schema';
import { h, svg } from '../lib/dom';
import { t } from '../lib/words';
import { symbolShape } from '../map/symbols';
import { COLOURS, withAlpha } from '../theme/tokens';
import './emblem.css';

let uid = 0;

/** The tricolour with a hole where the Communist arms were cut out. An empty label makes it decorative. */
export function emblem(width = 36, label = t('title:flag')): SVGSVGElement {
  const w = 60;
  const hgt = 40;
  const r = hgt * 0.27;
  const id = `nd-hole-${uid++}`;
  const outline = `M0 0 H${w} V${hgt} H0 Z M ${w / 2 - r} ${hgt / 2} a ${r} ${r} 0 1 0 ${2 * r} 0 a ${r} ${r} 0 1 0 ${-2 * r} 0 Z`;
  const stripe = (y: number, fill: string): SVGRectElement => svg('rect', { x: 0, y, width: w, height: hgt / 3 + 0.2, fill });
  return svg(
    'svg',
    {
      viewBox: `-1 -1 ${w + 2} ${hgt + 2}`,
      width,
      height: Math.round((width * hgt) / w),
      class: 'emblem',
      ...(label ? { role: 'img', 'aria-label': label } : { 'aria-hidden': 'true' }),
    },
    label ? svg('title', null, label) : null,
    svg('defs', null, svg('clipPath', { id }, svg('path', { d: outline, 'clip-rule': 'evenodd' }))),
    svg('g', { 'clip-path': `url(#${id})` }, stripe(0, COLOURS.flagRed), stripe(hgt / 3, COLOURS.flagWhite), stripe((2 * hgt) / 3, COLOURS.flagGreen)),
    svg('path', { d: outline, fill: 'none', stroke: COLOURS.ink, 'stroke-width': 1.2, 'fill-rule': 'evenodd' }),
  );
}

function patternDef(side: Side, id: string): SVGPatternElement {
  const ink = withAlpha(COLOURS.ink, 0.55);
  const c = side.color;
  const p = svg('pattern', { id, patternUnits: 'userSpaceOnUse', width: 6, height: 6 });
  const line = (x1: number, y1: number, x2: number, y2: number, w = 1.1): SVGLineElement => svg('line', { x1, y1, x2, y2, stroke: ink, 'stroke-width': w });
  p.appendChild(svg('rect', { width: 6, height: 6, fill: c, 'fill-opacity': side.pattern === 'solid' ? 0.85 : 0.45 }));
  switch (side.pattern) {
    case 'hatch':
      p.append(line(0, 6, 6, 0), line(-1, 1, 1, -1), line(5, 7, 7, 5));
      break;
    case 'stripes':
      p.append(line(0, 0, 6, 6, 1.5), line(-1, 5, 1, 7, 1.5), line(5, -1, 7, 1, 1.5));
      break;
    case 'cross':
      p.append(line(0, 6, 6, 0), line(0, 0, 6, 6));
      break;
    case 'grid':
      p.append(line(0, 3, 6, 3), line(3, 0, 3, 6));
      break;
    case 'dots':
      p.appendChild(svg('circle', { cx: 3, cy: 3, r: 1.1, fill: ink }));
      break;
    case 'rings':
      p.appendChild(svg('circle', { cx: 3, cy: 3, r: 1.8, fill: 'none', stroke: ink, 'stroke-width': 0.8 }));
      break;
    case 'waves':
      p.appendChild(svg('path', { d: 'M0 3 Q1.5 1 3 3 T6 3', fill: 'none', stroke: ink, 'stroke-width': 0.9 }));
      break;
  }
  return p;
}

/** A side's swatch: its colour and pattern, with its symbol on top. */
export function sideSwatch(side: Side, size = 18): SVGSVGElement {
  const id = `nd-pat-${side.id}-${uid++}`;
  const parts = symbolShape(side.symbol);
  const sym = svg('g', { transform: 'translate(9 9) scale(4.6)', fill: COLOURS.ink, stroke: COLOURS.ink });
  if (parts) {
    for (const p of parts) {
      if (p.kind === 'circle') sym.appendChild(svg('circle', { cx: p.x, cy: p.y, r: p.r, fill: p.fill ? COLOURS.ink : 'none', 'stroke-width': p.fill ? 0 : (p.width ?? 0.2) }));
      else if (p.kind === 'poly') sym.appendChild(svg('polygon', { points: p.points.map((q) => q.join(',')).join(' '), 'stroke-width': 0 }));
      else sym.appendChild(svg('line', { x1: p.x1, y1: p.y1, x2: p.x2, y2: p.y2, 'stroke-width': p.width }));
    }
  }
  return svg(
    'svg',
    { viewBox: '0 0 18 18', width: size, height: size, class: 'swatch', 'aria-hidden': 'true' },
    svg('defs', null, patternDef(side, id)),
    svg('rect', { x: 0.5, y: 0.5, width: 17, height: 17, rx: 2, fill: `url(#${id})`, stroke: COLOURS.ink, 'stroke-width': 1 }),
    svg('circle', { cx: 9, cy: 9, r: 5.6, fill: COLOURS.land, 'fill-opacity': 0.92 }),
    parts ? sym : svg('text', { x: 9, y: 12.5, 'text-anchor': 'middle', 'font-size': 10 }, side.symbol),
  );
}

/** A side's name with its swatch, and the flag for the revolutionaries. */
export function sideBadge(side: Side | undefined, name?: string): HTMLElement {
  if (!side) return h('span', { class: 'side-badge' }, name ?? '—');
  return h(
    'span',
    { class: 'side-badge', 'data-side': side.id },
    sideSwatch(side, 16),
    side.id === 'revolutionaries' ? emblem(20, '') : null,
    h('span', { class: 'side-name' }, name ?? side.name),
  );
}
