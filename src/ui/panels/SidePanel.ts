// The panel beside the map: the morning (situation, decisions, standing orders, the area
// in hand) and the button that ends the turn; in the evening, the day unfolding.
import { pendingDecisions } from '../../engine';
import type { GameState } from '../../engine';
import type { Decision } from '../../scenario/schema';
import type { DayComparison } from '../../history';
import { longDate } from '../lib/words';
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

const NATIONAL_LABELS: Record<string, string> = {
  momentum: 'Momentum of the revolution',
  authority: 'The government’s authority',
  armyLoyalty: 'The army’s loyalty to the government',
  sovietResolve: 'Soviet resolve to use force',
  westAttention: 'The West’s attention',
  borderOpen: 'How open the Austrian border is',
  strike: 'The strike',
};

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

    const decisions = h('section', { id: 'decisions', class: 'panel-section', 'aria-labelledby': 'decisions-h' }, h('h2', { id: 'decisions-h' }, 'Decisions today'));
    if (!mine.length) decisions.appendChild(h('p', { class: 'quiet' }, view.playerSides.length ? 'No decision falls to you today. Set your standing orders, then end the turn.' : 'Every side is led by a policy in this game.'));
    for (const d of mine) decisions.appendChild(decisionCard(ctx, state, d, this.handlers));
    // Past the areas and their orders (two stops each) straight to the end of the turn.
    decisions.appendChild(
      h('p', { class: 'skip-row' }, h('a', { href: '#end-turn', class: 'skip-to', 'data-action': 'skip-to-end', on: { click: (e) => { e.preventDefault(); focusOn('#end-turn', this.root); } } }, `Skip the ${ctx.rules.areaIds.length} areas: to ${view.endLabel ?? 'End turn'}`)),
    );
    if (others.length) {
      decisions.appendChild(
        h('div', { class: 'others' }, h('h3', null, 'Also to be decided today'), h('ul', null, ...others.map((d: Decision) => h('li', null, sideBadge(ctx.side(d.actor), ctx.side(d.actor)?.short), ' — ', d.title)))),
      );
    }

    const orders = h('section', { id: 'orders', class: 'panel-section', 'aria-labelledby': 'orders-h' }, h('h2', { id: 'orders-h' }, 'Standing orders and areas'));
    // With several players the side at the keyboard gives its orders; with one, that side.
    orders.appendChild(ordersList(ctx, state, active ?? view.playerSides[0] ?? '', this.handlers, view.selected));

    const area = view.selected
      ? h('section', { id: 'area-details', class: 'panel-section', 'aria-labelledby': 'area-h' }, h('h2', { id: 'area-h', class: 'sr-only' }, 'The area selected'), areaInfo(ctx, state, view.selected, { full: true, history: view.lastDay, ...(active ? { ordersOf: [active] } : {}) }))
      : null;

    const endTurn = h('button', { type: 'button', id: 'end-turn', class: 'button primary end-turn', on: { click: () => this.handlers.endTurn() } }, view.endLabel ?? 'End turn');
    const footer = h(
      'footer',
      { class: 'panel-footer' },
      this.error,
      h('p', { class: 'pending', 'data-testid': 'pending' }, pending.length ? `${pending.length} decision${pending.length > 1 ? 's' : ''} still to take` : active && view.endLabel ? 'Done: pass the device on' : 'Ready to end the turn'),
      endTurn,
      h('p', { class: 'saved-note' }, view.saved ? 'Saved after every move' : 'Not saved: this browser keeps no storage'),
    );
    // The state hash is for testers: in the menu, and on the panel for the browser tests.
    this.root.dataset.stateHash = view.hash;

    replaceChildren(
      this.root,
      h(
        'header',
        { class: 'morning' },
        h('p', { class: 'kicker' }, `Morning · Day ${state.day + 1} of ${ctx.totalDays}`),
        h('h1', { class: 'date', 'data-testid': 'date', 'data-date': state.date }, longDate(state.date)),
        active ? h('p', { class: 'at-keyboard', 'data-testid': 'at-keyboard', 'data-side': active }, h('span', { class: 'meta-label' }, 'At the keyboard: '), sideBadge(ctx.side(active))) : null,
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
      .map((s) => h('li', null, sideBadge(s, s.short), h('span', { class: 'posture' }, capitalise(n.postures[s.id as keyof typeof n.postures] ?? ''))));
    return h(
      'section',
      { class: 'panel-section situation', 'aria-labelledby': 'situation-h' },
      h('h2', { id: 'situation-h' }, 'The situation'),
      h('p', null, h('span', { class: 'meta-label' }, 'Government: '), GOVERNMENT_LABELS[n.government] ?? n.government),
      h('details', { class: 'gauges' }, h('summary', null, 'What each side is doing'), h('ul', { class: 'postures' }, ...postures)),
      h(
        'details',
        { class: 'gauges' },
        h('summary', null, 'The state of the country'),
        h(
          'dl',
          null,
          ...Object.entries(n.values).flatMap(([k, v]) => [
            h('dt', null, NATIONAL_LABELS[k] ?? k),
            h('dd', null, h('meter', { min: 0, max: 100, value: Math.round(v), 'aria-label': `${NATIONAL_LABELS[k] ?? k}: ${Math.round(v)} of 100` }), ` ${Math.round(v)}`),
          ]),
        ),
      ),
    );
  }

  /** While the device passes between players: nothing of any side's morning. */
  renderCovered(date: string): void {
    replaceChildren(
      this.root,
      h('header', { class: 'morning' }, h('p', { class: 'kicker' }, 'Passing the device'), h('h1', { class: 'date' }, longDate(date))),
      h('section', { class: 'panel-section' }, h('p', { class: 'quiet' }, 'The next side’s morning opens when its player takes the device.')),
    );
  }

  /** While the day plays on the map: the hours passing, and what the marks mean. */
  renderEvening(date: string, durationMs: number): void {
    const skip = h('button', { type: 'button', class: 'button primary', 'data-action': 'skip', on: { click: () => this.handlers.skip() } }, 'Skip to the evening report');
    const clock = h('p', { class: 'clock', 'aria-hidden': 'true' }, '06:00');
    const started = performance.now();
    let shown = 0;
    const tick = (): void => {
      if (!clock.isConnected) return;
      const elapsed = performance.now() - started;
      const t = Math.min(1, elapsed / Math.max(1, durationMs));
      // A few times a second, and at the end: each change of the text costs the page a
      // layout and a repaint of the panel while the map is animating.
      if (t >= 1 || elapsed - shown >= CLOCK_STEP_MS) {
        shown = elapsed;
        const minutes = Math.round((6 + t * 17) * 60);
        clock.textContent = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
      }
      if (t < 1) requestAnimationFrame(tick);
    };
    if (durationMs > 0) requestAnimationFrame(tick);
    replaceChildren(
      this.root,
      h(
        'header',
        { class: 'morning evening' },
        h('p', { class: 'kicker' }, 'The day unfolds'),
        h('h1', { class: 'date' }, longDate(date)),
      ),
      h(
        'section',
        { class: 'panel-section' },
        clock,
        h('p', null, 'The sides act and the day is resolved. On the map:'),
        h(
          'ul',
          { class: 'evening-key' },
          h('li', null, h('span', { class: 'mark-column', 'aria-hidden': 'true' }), 'columns of armour and troops moving along the roads'),
          h('li', null, h('span', { class: 'mark-burst', 'aria-hidden': 'true' }), 'fighting: smoke and gunfire where people died'),
          h('li', null, h('span', { class: 'mark-crowd', 'aria-hidden': 'true' }), 'crowds in the streets and squares'),
          h('li', null, h('span', { class: 'mark-flight', 'aria-hidden': 'true' }), 'people leaving for the Austrian border (in the inset)'),
        ),
        skip,
      ),
    );
    focusOn(skip);
  }
}
