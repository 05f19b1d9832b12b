// An area's details: who holds it, the forces in it, unrest, damage, council, the dead,
// and (after the first day) who held it in history. For the hover card and the panel.
import type { GameState } from '../../engine';
import type { DayComparison } from '../../history';
import { h } from '../lib/dom';
import { capitalise, num } from '../lib/format';
import type { UiContext } from './context';
import { sideBadge } from './emblem';
import './AreaInfo.css';

export function areaInfo(ctx: UiContext, state: GameState, id: string, opts: { full: boolean; history?: DayComparison | null; ordersOf?: readonly string[] }): HTMLElement {
  const def = ctx.rules.areas.get(id);
  const a = state.areas[id];
  if (!def || !a) return h('p', null, 'Unknown area.');
  const forces = Object.entries(a.forces).filter(([, v]) => v >= 1).sort((x, y) => y[1] - x[1]);
  const hist = opts.history?.control.find((c) => c.area === id);
  // With several players on one device, only the side at the keyboard sees its orders.
  const standing = Object.entries(state.orders)
    .filter(([side]) => !opts.ordersOf || opts.ordersOf.includes(side))
    .map(([side, orders]) => [side, orders[id]] as const)
    .filter(([, o]) => o);
  return h(
    'div',
    { class: 'area-info', 'data-area': id },
    h('h3', { class: 'area-name' }, def.name),
    h('p', { class: 'area-kind' }, `${capitalise(def.kind)} · ${def.region === 'country' ? 'Hungary' : capitalise(def.region)}${def.stronghold ? ' · a stronghold of the resistance' : ''}`),
    h('p', { class: 'holder' }, h('span', { class: 'meta-label' }, 'Held by '), sideBadge(ctx.side(a.control))),
    hist?.history ? h('p', { class: 'holder history' }, h('span', { class: 'meta-label' }, `In history, ${hist.historyEstimate ? 'probably ' : ''}`), sideBadge(ctx.side(hist.history))) : null,
    forces.length
      ? h('table', { class: 'forces' }, h('caption', { class: 'sr-only' }, 'Forces present'), h('tbody', null, ...forces.map(([side, v]) => h('tr', null, h('th', { scope: 'row' }, sideBadge(ctx.side(side), ctx.side(side)?.short)), h('td', { class: 'num' }, num(v))))))
      : h('p', { class: 'quiet' }, 'No armed forces here.'),
    h(
      'dl',
      { class: 'area-stats' },
      h('dt', null, 'Unrest'),
      h('dd', null, h('meter', { min: 0, max: 100, value: Math.round(a.unrest), 'aria-label': `Unrest ${Math.round(a.unrest)} of 100` }), ` ${Math.round(a.unrest)}`),
      h('dt', null, 'Damage'),
      h('dd', null, `${Math.round(a.damage)} of 100`),
      h('dt', null, 'Council'),
      h('dd', null, a.council ? 'A revolutionary or workers’ council sits here' : 'None'),
      h('dt', null, 'Dead to date'),
      h('dd', null, `${num(a.dead)} Hungarian, ${num(a.sovietDead)} Soviet; ${num(a.wounded)} wounded`),
      ...standing.flatMap(([side, order]) => [h('dt', null, `Order (${ctx.side(side)?.short ?? side})`), h('dd', null, ctx.rules.orders.get(order!)?.label ?? order!)]),
    ),
    opts.full && def.sites.length ? h('p', { class: 'sites' }, h('span', { class: 'meta-label' }, 'Sites: '), def.sites.join(', ')) : null,
    opts.full && def.description ? ctx.para(def.description, 'area-description') : null,
    opts.full ? h('p', { class: 'source' }, h('span', { class: 'meta-label' }, 'Source: '), `${def.source.section} — “${def.source.quote}”`) : null,
  );
}
