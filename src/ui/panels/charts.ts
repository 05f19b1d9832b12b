// Small line charts in SVG: the game's figure day by day beside history's, with history's
// range shaded and hatched where it is an estimate.
import type { HistoricalValue } from '../../history';
import { h, svg } from '../lib/dom';
import { compact, num } from '../lib/format';
import { t } from '../lib/words';
import { COLOURS } from '../theme/tokens';
import './charts.css';

interface ChartInput {
  title: string;
  /** Short date labels, one per day. */
  days: string[];
  game: number[];
  history?: (HistoricalValue | null)[];
  /** Another game beside this one (a what-if's original), one value a day. */
  other?: number[];
  max?: number;
}

let chartId = 0;

function niceMax(v: number): number {
  if (v <= 0) return 1;
  const p = Math.pow(10, Math.floor(Math.log10(v)));
  for (const m of [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) if (m * p >= v) return m * p;
  return 10 * p;
}

export function lineChart(input: ChartInput): HTMLElement {
  const W = 300;
  const H = 150;
  const pad = { l: 40, r: 10, t: 10, b: 26 };
  const n = Math.max(1, input.days.length);
  const hist = input.history ?? [];
  // At least 2, so the half-way line is a whole number (a first day of no deaths read "0, 1, 1").
  const top = input.max ?? Math.max(2, niceMax(Math.max(1, ...input.game, ...(input.other ?? []), ...hist.map((x) => (x ? (x.high ?? x.value) : 0)))));
  const x = (i: number): number => pad.l + (n === 1 ? (W - pad.l - pad.r) / 2 : (i / (n - 1)) * (W - pad.l - pad.r));
  const y = (v: number): number => pad.t + (1 - Math.min(v, top) / top) * (H - pad.t - pad.b);
  const id = `hatch-${chartId++}`;
  const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart', role: 'img', 'aria-label': summary(input) });
  root.appendChild(
    svg('defs', null, svg('pattern', { id, patternUnits: 'userSpaceOnUse', width: 5, height: 5, patternTransform: 'rotate(45)' }, svg('line', { x1: 0, y1: 0, x2: 0, y2: 5, stroke: COLOURS.hatch, 'stroke-width': 1.4 }))),
  );
  // Axes and gridlines.
  const labels = new Set<string>();
  for (const f of [0, 0.5, 1]) {
    const v = top * f;
    root.appendChild(svg('line', { x1: pad.l, x2: W - pad.r, y1: y(v), y2: y(v), class: f === 0 ? 'axis' : 'grid' }));
    // A label the axis already has (1.2k twice) is left off.
    const label = compact(v);
    if (!labels.has(label)) root.appendChild(svg('text', { x: pad.l - 4, y: y(v) + 3, 'text-anchor': 'end', class: 'tick' }, label));
    labels.add(label);
  }
  const step = Math.max(1, Math.ceil(n / 5));
  input.days.forEach((d, i) => {
    // Every few days, and the last; a label too close to the last one gives way.
    const show = i === n - 1 || (i % step === 0 && n - 1 - i >= step * 0.6);
    if (show) root.appendChild(svg('text', { x: x(i), y: H - 8, 'text-anchor': 'middle', class: 'tick' }, d));
  });
  // History's range, then its line.
  const band: string[] = [];
  const bandBack: string[] = [];
  hist.forEach((hv, i) => {
    if (!hv) return;
    band.push(`${x(i)},${y(hv.high ?? hv.value)}`);
    bandBack.unshift(`${x(i)},${y(hv.low ?? hv.value)}`);
  });
  if (band.length > 1) {
    const estimate = hist.some((hv) => hv?.estimate);
    root.appendChild(svg('polygon', { points: [...band, ...bandBack].join(' '), class: 'band', fill: estimate ? `url(#${id})` : COLOURS.band }));
  }
  const histPts = hist.map((hv, i) => (hv ? `${x(i)},${y(hv.value)}` : null)).filter((p): p is string => p !== null);
  if (histPts.length > 1) root.appendChild(svg('polyline', { points: histPts.join(' '), class: 'history-line' }));
  hist.forEach((hv, i) => {
    if (hv) root.appendChild(svg('circle', { cx: x(i), cy: y(hv.value), r: 2, class: hv.estimate ? 'history-dot estimate' : 'history-dot' }));
  });
  // The other game, then this one on top.
  const other = input.other ?? [];
  if (other.length > 1) root.appendChild(svg('polyline', { points: other.map((v, i) => `${x(i)},${y(v)}`).join(' '), class: 'other-line' }));
  other.forEach((v, i) => root.appendChild(svg('rect', { x: x(i) - 2.2, y: y(v) - 2.2, width: 4.4, height: 4.4, class: 'other-dot' })));
  if (input.game.length > 1) root.appendChild(svg('polyline', { points: input.game.map((v, i) => `${x(i)},${y(v)}`).join(' '), class: 'game-line' }));
  input.game.forEach((v, i) => root.appendChild(svg('circle', { cx: x(i), cy: y(v), r: 2.6, class: 'game-dot' })));
  return h('figure', { class: 'chart-figure' }, root, h('figcaption', null, input.title));
}

function summary(input: ChartInput): string {
  const i = input.game.length - 1;
  const hv = input.history?.[i];
  const last = input.days[i] ?? '';
  const game = input.game[i];
  const other = input.other?.[input.other.length - 1];
  return t('game:chart.summary', {
    title: input.title,
    game: game === undefined ? 'none' : num(game),
    last,
    fork: other === undefined ? 'none' : num(other),
    hist: hv ? num(hv.value) : 'none',
    estimate: hv?.estimate ? 'yes' : 'no',
  });
}

export function chartLegend(labels: { game: string; other?: string } = { game: t('game:thisGame') }): HTMLElement {
  return h(
    'p',
    { class: 'chart-legend' },
    h('span', { class: 'key game' }, labels.game),
    labels.other ? h('span', { class: 'key other' }, labels.other) : null,
    h('span', { class: 'key history' }, t('game:history')),
    h('span', { class: 'key band' }, t('game:chart.range')),
  );
}
