// What sits on the map in the DOM: the key (sides by colour, pattern and symbol, and the
// day's marks), the zoom buttons, and the card that follows the pointer over an area.
import type { GameState } from '../../engine';
import type { Scenario } from '../../scenario/resolve';
import { h, replaceChildren } from '../lib/dom';
import { t } from '../lib/words';
import { areaInfo } from './AreaInfo';
import type { UiContext } from './context';
import { emblem, sideSwatch } from './emblem';
import './mapMarks.css';
import './MapOverlay.css';

export class MapOverlay {
  private card: HTMLElement;
  private layer: HTMLElement;
  /** Whose standing orders the card may show (all when undefined). */
  ordersOf: readonly string[] | undefined;

  constructor(
    private readonly host: HTMLElement,
    private readonly ctx: UiContext,
    zoom: (factor: number | null) => void,
  ) {
    this.layer = h('div', { class: 'map-overlay' });
    this.card = h('div', { class: 'hover-card', role: 'tooltip', hidden: true });
    const zoomBar = h(
      'div',
      { class: 'zoom', role: 'group', 'aria-label': t('title:map.zoom') },
      h('button', { type: 'button', class: 'tool', 'aria-label': t('title:map.zoomIn'), on: { click: () => zoom(1.25) } }, '+'),
      h('button', { type: 'button', class: 'tool', 'aria-label': t('title:map.zoomOut'), on: { click: () => zoom(0.8) } }, '−'),
      h('button', { type: 'button', class: 'tool', 'aria-label': t('title:map.whole'), on: { click: () => zoom(null) } }, '⤢'),
    );
    const key = legend(ctx.scenario);
    // On a small map the key starts folded, so it does not hide the city.
    if (host.clientHeight < 620 || host.clientWidth < 700) key.open = false;
    this.layer.append(key, zoomBar, this.card);
    host.appendChild(this.layer);
  }

  hover(state: GameState | null, area: string | null, clientX: number, clientY: number): void {
    if (!state || !area) {
      this.card.hidden = true;
      return;
    }
    replaceChildren(this.card, areaInfo(this.ctx, state, area, { full: false, ...(this.ordersOf ? { ordersOf: this.ordersOf } : {}) }), h('p', { class: 'hint' }, t('title:map.hint')));
    this.card.hidden = false;
    const box = this.host.getBoundingClientRect();
    const x = clientX - box.left;
    const y = clientY - box.top;
    const w = this.card.offsetWidth;
    const ht = this.card.offsetHeight;
    const left = x + 18 + w > box.width ? Math.max(4, x - 18 - w) : x + 18;
    const top = Math.max(4, Math.min(box.height - ht - 4, y - ht / 2));
    this.card.style.left = `${left}px`;
    this.card.style.top = `${top}px`;
  }

  remove(): void {
    this.layer.remove();
  }
}

function legend(scenario: Scenario): HTMLDetailsElement {
  const sides = scenario.sides.filter((s) => s.controls);
  return h(
    'details',
    { class: 'legend', open: true },
    h('summary', null, t('title:map.key')),
    h(
      'ul',
      null,
      ...sides.map((s) => h('li', null, sideSwatch(s, 16), h('span', null, s.name), s.id === 'revolutionaries' ? emblem(18, '') : null)),
      h('li', { class: 'mark' }, h('span', { class: 'mark-burst', 'aria-hidden': 'true' }), h('span', null, t('title:map.fighting'))),
      h('li', { class: 'mark' }, h('span', { class: 'mark-arrow', 'aria-hidden': 'true' }), h('span', null, t('title:map.moved'))),
      h('li', { class: 'mark' }, h('span', { class: 'mark-ring', 'aria-hidden': 'true' }), h('span', null, t('title:map.council'))),
    ),
  );
}
