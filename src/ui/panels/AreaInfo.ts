// An area's details: who holds it, the forces in it, unrest, damage, council, the dead,
// and (after the first day) who held it in history. For the hover card and the panel.
import { quoteTranslation, sectionName } from './source';
import type { GameState } from '../../engine';
import type { DayComparison } from '../../history';
import { h } from '../lib/dom';
import { num } from '../lib/format';
import { t } from '../lib/words';
import type { UiContext } from './context';
import { sideBadge } from './emblem';
import './AreaInfo.css';

export function areaInfo(ctx: UiContext, state: GameState, id: string, opts: { full: boolean; history?: DayComparison | null; ordersOf?: readonly string[] }): HTMLElement {
  const def = ctx.rules.areas.get(id);
  const a = state.areas[id];
  if (!def || !a) return h('p', null, t('title:area.unknown'));
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
    h('p', { class: 'area-kind' }, t(def.stronghold ? 'title:area.whereStronghold' : 'title:area.where', { kind: t(`title:area.kind.${def.kind}`), region: t(`title:area.region.${def.region}`) })),
    h('p', { class: 'holder' }, h('span', { class: 'meta-label' }, `${t('title:area.heldBy')} `), sideBadge(ctx.side(a.control))),
    hist?.history ? h('p', { class: 'holder history' }, h('span', { class: 'meta-label' }, `${t(hist.historyEstimate ? 'title:area.inHistoryProbably' : 'title:area.inHistory')} `), sideBadge(ctx.side(hist.history))) : null,
    forces.length
      ? h('table', { class: 'forces' }, h('caption', { class: 'sr-only' }, t('title:area.forces')), h('tbody', null, ...forces.map(([side, v]) => h('tr', null, h('th', { scope: 'row' }, sideBadge(ctx.side(side), ctx.side(side)?.short)), h('td', { class: 'num' }, num(v))))))
      : h('p', { class: 'quiet' }, t('title:area.noForces')),
    h(
      'dl',
      { class: 'area-stats' },
      h('dt', null, t('title:area.unrest')),
      h('dd', null, h('meter', { min: 0, max: 100, value: Math.round(a.unrest), 'aria-label': t('title:area.unrestLabel', { n: Math.round(a.unrest) }) }), ` ${Math.round(a.unrest)}`),
      h('dt', null, t('title:area.damage')),
      h('dd', null, t('title:area.outOf100', { n: Math.round(a.damage) })),
      h('dt', null, t('title:area.council')),
      h('dd', null, a.council ? t('title:area.councilYes') : t('title:area.councilNo')),
      h('dt', null, t('title:area.dead')),
      h('dd', null, t('title:area.deadValue', { dead: num(a.dead), soviet: num(a.sovietDead), wounded: num(a.wounded) })),
      ...standing.flatMap(([side, order]) => [h('dt', null, t('title:area.order', { side: ctx.side(side)?.short ?? side })), h('dd', null, ctx.rules.orders.get(order!)?.label ?? order!)]),
    ),
    opts.full && def.sites.length ? h('p', { class: 'sites' }, h('span', { class: 'meta-label' }, `${t('title:area.sites')} `), def.sites.join(', ')) : null,
    opts.full && def.description ? ctx.para(def.description, 'area-description') : null,
    opts.full ? h('p', { class: 'source' }, h('span', { class: 'meta-label' }, `${t('title:area.source')} `), t('title:area.sourceText', { section: sectionName(def.source.section), quote: def.source.quote })) : null,
    opts.full ? quoteTranslation(def.source) : null,
  );
}
