// Simple horizontal bars for shares: the figure is always written out beside the bar,
// which is only a picture of it (hidden from screen readers). Widths are set through
// the CSSOM, which the page's Content Security Policy allows (no style attributes).
import { h } from '../lib/dom';
import './bars.css';

/** A share as a percentage; never "0%" or "100%" unless it is exactly that. */
export function pct(part: number, whole: number): string {
  if (!whole) return '—';
  const p = (part / whole) * 100;
  if (p > 0 && p < 0.5) return '<1%';
  if (p < 100 && p > 99.5) return '>99%';
  return `${Math.round(p)}%`;
}

export function bar(fraction: number, kind = ''): HTMLElement {
  const fill = h('span', { class: 'bar-fill' });
  fill.style.width = `${Math.max(0, Math.min(1, fraction)) * 100}%`;
  return h('span', { class: `bar${kind ? ` ${kind}` : ''}`, 'aria-hidden': 'true' }, fill);
}

/** A range on a scale: p10 to p90 as a band, the median as a tick. */
export function rangeBar(low: number, mid: number, high: number, max: number, kind = ''): HTMLElement {
  const scale = (v: number): string => `${max > 0 ? Math.max(0, Math.min(1, v / max)) * 100 : 0}%`;
  const band = h('span', { class: 'range-band' });
  band.style.left = scale(low);
  band.style.width = `calc(${scale(high)} - ${scale(low)} + 2px)`;
  const tick = h('span', { class: 'range-mid' });
  tick.style.left = scale(mid);
  return h('span', { class: `range${kind ? ` ${kind}` : ''}`, 'aria-hidden': 'true' }, band, tick);
}
