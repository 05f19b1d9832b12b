// The panel beside the map: the morning (situation, decisions, standing orders, the area
// in hand) and the button that ends the turn; in the evening, the day unfolding.
import { pendingDecisions } from '../../engine';
import type { GameState } from '../../engine';
import type { Decision } from '../../scenario/schema';
import { NATIONAL_KEYS } from '../../scenario/schema';
import type { DayComparison } from '../../history';
import { longDate, t } from '../lib/words';
import { h, replaceChildren } from '../lib/dom';
import { focusOn } from '../lib/focus';
import { GOVERNMENT_LABELS, capitalise } from '../lib/format';
import { areaInfo } from './AreaInfo';
import type { UiContext } from './context';
import { decisionCard } from './DecisionCard';
import type { DecisionHandlers } from './DecisionCard';
import { sideBadge } from './emblem';
import { ordersList } from './OrdersList';
import type { OrderHandlers } from './OrdersList';
import './mapMarks.css';
import './SidePanel.css';

interface PanelHandlers extends DecisionHandlers, OrderHandlers {
  endTurn(): void;
  skip(): void;
}

/** How often the evening's clock moves on, in ms. */
const CLOCK_STEP_MS = 250;

/** The national figures by their ids (the scenario schema's list), in the page's language. */
const nationalLabel = (key: string): string => ((NATIONAL_KEYS as readonly string[]).includes(key) ? t(`game:national.${key}`) : key);
/** A side's posture by its id, in the page's language (the classroom's words for it). */
const postureLabel = (posture: string): string => capitalise(posture ? t(`history:posture.${posture}`, { defaultValue: posture }) : '');

interface PanelView {
  state: GameState;
  playerSides: string[];
  /** The comparison of the last day played, for history's holders; null on the first morning. */
  lastDay: DayComparison | null;
  selected: string | null;
  hash: string;
  saved: boolean;
  /** Several players on one device: the side at the keyboard now (its decisions and orders only). */
  activeSide?: string | null;
  /** The label of the footer's button: "End turn", or passing the device on. */
  endLabel?: string;
}

export class SidePanel {
  private error: HTMLElement = h('p', { class: 'panel-error', role: 'alert', 'data-testid': 'panel-error' });

  constructor(
    private readonly root: HTMLElement,
    private readonly ctx: UiContext,
    private readonly handlers: PanelHandlers,
  ) {}

  showError(message: string): void {
    this.error.textContent = message;
  }

  /**
   * The options picked on the cards not yet decided (a radio checked, Decide not pressed),
   * with the reasons typed: "End turn" takes them as decided.
   */
  selections(): { decision: string; option: string; reason: string }[] {
    return [...this.root.querySelectorAll<HTMLElement>('.decision:not(.decided)')].flatMap((card) => {
      const picked = card.querySelector<HTMLInputElement>('input[type=radio]:checked');
      const reason = card.querySelector<HTMLInputElement>('.reason-input')?.value ?? '';
      return picked && card.dataset.decision ? [{ decision: card.dataset.decision, option: picked.value, reason }] : [];
    });
  }

  render(view: PanelView): void {
    const { state, ctx } = { state: view.state, ctx: this.ctx };
    const keepScroll = this.root.scrollTop;
    this.error = h('p', { class: 'panel-error', role: 'alert', 'data-testid': 'panel-error' });
    const active = view.activeSide ?? null;
    const deciding = active ? [active] : view.playerSides;
    const mine = state.open.map((id) => ctx.rules.decisions.get(id)!).filter((d) => deciding.includes(d.actor));
    const others = state.open.map((id) => ctx.rules.decisions.get(id)!).filter((d) => !deciding.includes(d.actor));
    const pending = pendingDecisions(ctx.rules, state, active ?? undefined);

    const decisions = h('section', { id: 'decisions', class: 'panel-section', 'aria-labelledby': 'decisions-h' }, h('h2', { id: 'decisions-h' }, t('game:panel.decisions')));
    if (!mine.length) decisions.appendChild(h('p', { class: 'quiet' }, view.playerSides.length ? t('game:panel.noDecision') : t('game:panel.allPolicies')));
    for (const d of mine) decisions.appendChild(decisionCard(ctx, state, d, this.handlers));
    // Past the areas and their orders (two stops each) straight to the end of the turn.
    decisions.appendChild(
      h('p', { class: 'skip-row' }, h('a', { href: '#end-turn', class: 'skip-to', 'data-action': 'skip-to-end', on: { click: (e) => { e.preventDefault(); focusOn('#end-turn', this.root); } } }, t('game:panel.skipAreas', { n: ctx.rules.areaIds.length, label: view.endLabel ?? t('game:panel.endTurn') }))),
    );
    if (others.length) {
      decisions.appendChild(
        h('div', { class: 'others' }, h('h3', null, t('game:panel.others')), h('ul', null, ...others.map((d: Decision) => h('li', null, sideBadge(ctx.side(d.actor), ctx.side(d.actor)?.short), ' — ', d.title)))),
      );
    }

    const orders = h('section', { id: 'orders', class: 'panel-section', 'aria-labelledby': 'orders-h' }, h('h2', { id: 'orders-h' }, t('game:panel.orders')));
    // With several players the side at the keyboard gives its orders; with one, that side.
    orders.appendChild(ordersList(ctx, state, active ?? view.playerSides[0] ?? '', this.handlers, view.selected));

    const area = view.selected
      ? h('section', { id: 'area-details', class: 'panel-section', 'aria-labelledby': 'area-h' }, h('h2', { id: 'area-h', class: 'sr-only' }, t('game:panel.areaSelected')), areaInfo(ctx, state, view.selected, { full: true, history: view.lastDay, ...(active ? { ordersOf: [active] } : {}) }))
      : null;

    const endTurn = h('button', { type: 'button', id: 'end-turn', class: 'button primary end-turn', on: { click: () => this.handlers.endTurn() } }, view.endLabel ?? t('game:panel.endTurn'));
    const footer = h(
      'footer',
      { class: 'panel-footer' },
      this.error,
      h('p', { class: 'pending', 'data-testid': 'pending' }, pending.length ? t('game:panel.pending', { n: pending.length }) : active && view.endLabel ? t('game:panel.passOn') : t('game:panel.ready')),
      endTurn,
      h('p', { class: 'saved-note' }, view.saved ? t('game:panel.saved') : t('game:panel.notSaved')),
    );
    // The state hash is for testers: in the menu, and on the panel for the browser tests.
    this.root.dataset.stateHash = view.hash;

    replaceChildren(
      this.root,
      h(
        'header',
        { class: 'morning' },
        h('p', { class: 'kicker' }, t('game:panel.morning', { day: state.day + 1, total: ctx.totalDays })),
        h('h1', { class: 'date', 'data-testid': 'date', 'data-date': state.date }, longDate(state.date)),
        active ? h('p', { class: 'at-keyboard', 'data-testid': 'at-keyboard', 'data-side': active }, h('span', { class: 'meta-label' }, t('game:panel.atKeyboard')), sideBadge(ctx.side(active))) : null,
      ),
      decisions,
      this.situation(state),
      area,
      orders,
      footer,
    );
    this.root.scrollTop = keepScroll;
  }

  private situation(state: GameState): HTMLElement {
    const ctx = this.ctx;
    const n = state.national;
    const postures = ctx.scenario.sides
      .filter((s) => s.id in n.postures && (!s.activeFrom || s.activeFrom <= state.date))
      .map((s) => h('li', null, sideBadge(s, s.short), h('span', { class: 'posture' }, postureLabel(n.postures[s.id as keyof typeof n.postures] ?? ''))));
    return h(
      'section',
      { class: 'panel-section situation', 'aria-labelledby': 'situation-h' },
      h('h2', { id: 'situation-h' }, t('game:panel.situation')),
      h('p', null, h('span', { class: 'meta-label' }, t('game:panel.government')), GOVERNMENT_LABELS[n.government] ?? n.government),
      h('details', { class: 'gauges' }, h('summary', null, t('game:panel.postures')), h('ul', { class: 'postures' }, ...postures)),
      h(
        'details',
        { class: 'gauges' },
        h('summary', null, t('game:panel.country')),
        h(
          'dl',
          null,
          ...Object.entries(n.values).flatMap(([k, v]) => [
            h('dt', null, nationalLabel(k)),
            h('dd', null, h('meter', { min: 0, max: 100, value: Math.round(v), 'aria-label': t('game:meter', { label: nationalLabel(k), v: Math.round(v) }) }), ` ${Math.round(v)}`),
          ]),
        ),
      ),
    );
  }

  /** While the device passes between players: nothing of any side's morning. */
  renderCovered(date: string): void {
    replaceChildren(
      this.root,
      h('header', { class: 'morning' }, h('p', { class: 'kicker' }, t('game:panel.passing')), h('h1', { class: 'date' }, longDate(date))),
      h('section', { class: 'panel-section' }, h('p', { class: 'quiet' }, t('game:panel.nextSide'))),
    );
  }

  /** While the day plays on the map: the hours passing, and what the marks mean. */
  renderEvening(date: string, durationMs: number): void {
    const skip = h('button', { type: 'button', class: 'button primary', 'data-action': 'skip', on: { click: () => this.handlers.skip() } }, t('game:panel.skipEvening'));
    const clock = h('p', { class: 'clock', 'aria-hidden': 'true' }, '06:00');
    const started = performance.now();
    let shown = 0;
    const tick = (): void => {
      if (!clock.isConnected) return;
      const elapsed = performance.now() - started;
      const done = Math.min(1, elapsed / Math.max(1, durationMs));
      // A few times a second, and at the end: each change of the text costs the page a
      // layout and a repaint of the panel while the map is animating.
      if (done >= 1 || elapsed - shown >= CLOCK_STEP_MS) {
        shown = elapsed;
        const minutes = Math.round((6 + done * 17) * 60);
        clock.textContent = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
      }
      if (done < 1) requestAnimationFrame(tick);
    };
    if (durationMs > 0) requestAnimationFrame(tick);
    replaceChildren(
      this.root,
      h(
        'header',
        { class: 'morning evening' },
        h('p', { class: 'kicker' }, t('game:panel.unfolds')),
        h('h1', { class: 'date' }, longDate(date)),
      ),
      h(
        'section',
        { class: 'panel-section' },
        clock,
        h('p', null, t('game:panel.resolved')),
        h(
          'ul',
          { class: 'evening-key' },
          h('li', null, h('span', { class: 'mark-column', 'aria-hidden': 'true' }), t('game:panel.keyColumn')),
          h('li', null, h('span', { class: 'mark-burst', 'aria-hidden': 'true' }), t('game:panel.keyBurst')),
          h('li', null, h('span', { class: 'mark-crowd', 'aria-hidden': 'true' }), t('game:panel.keyCrowd')),
          h('li', null, h('span', { class: 'mark-flight', 'aria-hidden': 'true' }), t('game:panel.keyFlight')),
        ),
        skip,
      ),
    );
    focusOn(skip);
  }
}
