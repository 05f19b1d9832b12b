// Standing orders: for each area, the order the player's side follows there until it is
// changed; a new order is given only when confirmed ("Give order", or Enter on the menu).
// Also the keyboard's way round the map: each area's name selects it.
import type { GameState } from '../../engine';
import { h } from '../lib/dom';
import { compact } from '../lib/format';
import { t } from '../lib/words';
import type { UiContext } from './context';
import { sideSwatch } from './emblem';
import './OrdersList.css';

export interface OrderHandlers {
  /** A standing order for an area; null withdraws it. */
  order(side: string, area: string, order: string | null): void;
  select(area: string): void;
  hover(area: string | null): void;
}

export function ordersList(ctx: UiContext, state: GameState, side: string, handlers: OrderHandlers, selected: string | null): HTMLElement {
  const orders = ctx.scenario.orders.filter((o) => o.side === side);
  const block = h('div', { class: 'orders', 'data-side': side });
  if (orders.length) {
    block.appendChild(
      h('details', { class: 'order-help' }, h('summary', null, t('game:orders.help')), h('dl', null, ...orders.flatMap((o) => [h('dt', null, o.label), h('dd', null, o.description)]))),
    );
  }
  const groups: [string, string[]][] = [
    [t('game:orders.budapest'), ctx.rules.budapest],
    [t('game:orders.hungary'), ctx.rules.country],
  ];
  for (const [title, ids] of groups) {
    if (!ids.length) continue;
    const rows = ids.map((id) => {
      const area = state.areas[id]!;
      const holder = ctx.side(area.control);
      const current = state.orders[side]?.[id];
      const name = ctx.areaName(id);
      const forces = Object.entries(area.forces).filter(([, v]) => v >= 10).sort((a, b) => b[1] - a[1]).slice(0, 2);
      const select = h('select', { 'aria-label': t('game:orders.select', { name }), 'data-area': id, disabled: orders.length === 0 });
      select.appendChild(h('option', { value: '', selected: !current }, t('game:orders.none')));
      for (const o of orders) select.appendChild(h('option', { value: o.id, title: o.description, selected: current === o.id }, o.label));
      // Nothing is ordered until confirmed: an arrow key on the menu only picks.
      const give = h('button', { type: 'button', class: 'button small primary', 'data-action': 'give-order', hidden: true }, t('game:orders.give'));
      const cancel = h('button', { type: 'button', class: 'button small', 'data-action': 'cancel-order', hidden: true }, t('game:orders.cancel'));
      const pending = (): boolean => (select.value || undefined) !== current;
      const sync = (): void => {
        give.hidden = cancel.hidden = !pending();
        give.setAttribute('aria-label', t('game:orders.giveLabel', { name, order: select.selectedOptions[0]?.textContent ?? '' }));
      };
      const revert = (): void => {
        select.value = current ?? '';
        sync();
        select.focus();
      };
      const confirm = (): void => {
        if (pending()) handlers.order(side, id, select.value || null);
      };
      select.addEventListener('change', sync);
      select.addEventListener('keydown', (e) => {
        if (e.key === 'Enter' && pending()) {
          e.preventDefault();
          confirm();
        } else if (e.key === 'Escape' && pending()) {
          e.preventDefault();
          e.stopPropagation();
          revert();
        }
      });
      give.addEventListener('click', confirm);
      cancel.addEventListener('click', revert);
      return h(
        'tr',
        { class: id === selected ? 'selected' : '', 'data-area': id },
        h(
          'th',
          { scope: 'row' },
          h('button', {
            type: 'button', class: 'area-link', 'aria-pressed': id === selected ? 'true' : 'false',
            on: { click: () => handlers.select(id), focus: () => handlers.hover(id), blur: () => handlers.hover(null), mouseenter: () => handlers.hover(id), mouseleave: () => handlers.hover(null) },
          }, holder ? sideSwatch(holder, 14) : null, h('span', null, name)),
        ),
        h('td', { class: 'force-summary' }, forces.map(([s, v]) => `${ctx.side(s)?.short ?? s} ${compact(v)}`).join(', ') || '—'),
        h('td', { class: 'order-cell' }, select, give, cancel),
      );
    });
    block.appendChild(
      h('table', { class: 'orders-table' }, h('caption', null, title), h('thead', null, h('tr', null, h('th', { scope: 'col' }, t('game:area')), h('th', { scope: 'col' }, t('game:orders.forces')), h('th', { scope: 'col' }, t('game:orders.order')))), h('tbody', null, ...rows)),
    );
  }
  return block;
}
