// The replay viewer: a finished (or unfinished) game stepped through a day at a time, on
// the map and in the panel beside it, forward and back, by buttons or the arrow keys.
// States are immutable, so every day is simply the state the replay gave for it.
import { stateHash } from '../../engine';
import type { GameState } from '../../engine';
import { bulletin } from '../../history';
import { longDate, shortDate, t } from '../lib/words';
import type { MapController } from '../host';
import { h, replaceChildren } from '../lib/dom';
import { focusOn } from '../lib/focus';
import { whoLabel } from '../lib/format';
import type { UiContext } from '../panels/context';
import { emblem, sideBadge } from '../panels/emblem';
import type { ViewedGame } from './fork';
import { dayEnds } from './fork';
import { quoted } from './endSections';
import '../panels/TopBar.css';
import '../panels/SidePanel.css';
import '../panels/DayReport.css';
import './reportSections.css';
import './ReplayViewer.css';

interface ViewerHandlers {
  title(): void;
  glossary(): void;
  /** Open the evening report of day `index` (0-based) in full. */
  report(index: number): void;
  /** Change a decision of day `day` (1-based) and play on. */
  whatIf(day: number): void;
  luck(): void;
}

export class ReplayViewer {
  private position: number;
  private map: MapController | null = null;
  private readonly days: GameState[];
  private readonly onKey = (e: KeyboardEvent): void => this.key(e);

  constructor(
    private readonly ctx: UiContext,
    readonly game: ViewedGame,
    private readonly topbar: HTMLElement,
    private readonly panel: HTMLElement,
    private readonly handlers: ViewerHandlers,
    start = 0,
  ) {
    this.days = dayEnds(game);
    this.position = Math.max(0, Math.min(this.days.length, start));
    document.addEventListener('keydown', this.onKey);
  }

  /** 0: the first morning; n: the evening of day n. */
  get at(): number {
    return this.position;
  }

  get state(): GameState {
    return this.position === 0 ? this.game.states[0]! : this.days[this.position - 1]!;
  }

  attachMap(map: MapController): void {
    this.map = map;
    map.show(this.state);
  }

  dispose(): void {
    document.removeEventListener('keydown', this.onKey);
    this.map = null;
  }

  go(position: number, focus?: string): void {
    const next = Math.max(0, Math.min(this.days.length, position));
    this.position = next;
    this.render();
    this.map?.show(this.state);
    if (focus) focusOn(focus, this.panel);
  }

  private key(e: KeyboardEvent): void {
    if (e.altKey || e.ctrlKey || e.metaKey || document.querySelector('dialog[open]:modal')) return;
    const t = e.target as HTMLElement | null;
    if (t && (t.closest('input, textarea, select') || t.isContentEditable)) return;
    const moves: Record<string, number> = { ArrowRight: this.position + 1, ArrowLeft: this.position - 1, Home: 0, End: this.days.length };
    const to = moves[e.key];
    if (to === undefined) return;
    e.preventDefault();
    this.go(to);
  }

  render(): void {
    this.renderBar();
    const n = this.days.length;
    const p = this.position;
    const state = this.state;
    const date = p === 0 ? state.date : state.report!.date;
    const stepButton = (label: string, to: number, action: string, aria: string): HTMLButtonElement =>
      h('button', { type: 'button', class: 'button small', 'data-action': action, 'aria-label': aria, disabled: to < 0 || to > n || to === p, on: { click: () => this.go(to, `[data-action=${action}]:not(:disabled)`) } }, label);
    const stepper = h(
      'nav',
      { class: 'stepper', 'aria-label': t('classroom:viewer.stepper') },
      stepButton('«', 0, 'first', t('classroom:viewer.firstMorning')),
      stepButton(t('classroom:viewer.prevButton'), p - 1, 'prev', t('classroom:viewer.prev')),
      stepButton(t('classroom:viewer.nextButton'), p + 1, 'next', t('classroom:viewer.next')),
      stepButton('»', n, 'last', t('classroom:viewer.lastEvening')),
    );
    replaceChildren(
      this.panel,
      h(
        'header',
        { class: 'morning viewer-head' },
        h('p', { class: 'kicker' }, p === 0 ? t('classroom:viewer.kickerFirst', { n }) : t('classroom:viewer.kickerEvening', { p: String(p), n: String(n) })),
        h('h1', { class: 'date', 'data-testid': 'viewer-date', 'data-date': date, 'data-position': String(p) }, longDate(date)),
        stepper,
        h('p', { class: 'field-note' }, t('classroom:viewer.keys')),
      ),
      p === 0 ? this.opening() : this.evening(p - 1),
      this.actions(p),
      this.about(),
      h('footer', { class: 'panel-footer' }, h('p', { class: 'hash' }, t('classroom:viewer.state'), h('code', { 'data-testid': 'viewer-hash' }, stateHashOf(this.game, p)))),
    );
    const live = document.getElementById('live');
    if (live) live.textContent = p === 0 ? t('classroom:viewer.liveFirst', { date: longDate(date) }) : t('classroom:viewer.liveEvening', { date: longDate(date) });
  }

  private renderBar(): void {
    replaceChildren(
      this.topbar,
      h('div', { class: 'brand' }, emblem(30, ''), h('span', { class: 'brand-name' }, t('classroom:brand'))),
      h('div', { class: 'playing' }, h('span', { class: 'dateline' }, t('classroom:viewer.title')), h('span', { class: 'as viewer-title' }, this.ctx.scenario.title)),
      h(
        'nav',
        { class: 'tools', 'aria-label': t('classroom:viewer.tools') },
        h('button', { type: 'button', class: 'tool', 'data-action': 'glossary', on: { click: this.handlers.glossary } }, t('common:glossary')),
        h('button', { type: 'button', class: 'tool', 'data-action': 'title', on: { click: this.handlers.title } }, t('classroom:titleScreen')),
      ),
    );
  }

  private opening(): HTMLElement {
    const ctx = this.ctx;
    const open = this.state.open.map((id) => ctx.rules.decisions.get(id)).filter((d) => d !== undefined);
    return h(
      'section',
      { class: 'panel-section' },
      h('h2', null, t('classroom:viewer.before')),
      h('p', null, t('classroom:viewer.nothingYet')),
      open.length ? h('ul', { class: 'viewer-open' }, ...open.map((d) => h('li', null, sideBadge(ctx.side(d.actor), ctx.side(d.actor)?.short), ' — ', d.title))) : null,
    );
  }

  private evening(index: number): HTMLElement {
    const ctx = this.ctx;
    const state = this.days[index]!;
    const b = bulletin(ctx.scenario, state, ctx.compare(state));
    const decisions = state.report!.decisions;
    return h(
      'section',
      { class: 'panel-section viewer-day', 'data-testid': 'viewer-day' },
      h('h2', null, t('classroom:viewer.evening', { date: shortDate(state.report!.date) })),
      h('p', { class: 'viewer-headline' }, b.headline),
      ...b.paragraphs.slice(0, 4).map((t) => h('p', { class: 'viewer-bulletin' }, t)),
      decisions.length
        ? h(
            'ul',
            { class: 'decision-list viewer-decisions' },
            ...decisions.map((d) =>
              h(
                'li',
                { class: d.historical ? 'as-history' : 'left-history', 'data-decision': d.decision },
                sideBadge(ctx.side(d.side), ctx.side(d.side)?.short),
                h('p', { class: 'decision-line' }, h('strong', null, ctx.rules.decisions.get(d.decision)?.title ?? d.decision), ' — ', ctx.rules.option(d.decision, d.option)?.label ?? d.option),
                h('p', { class: 'decision-meta' }, d.historical ? t('classroom:viewer.asHistory') : t('classroom:viewer.leftHistory'), ` · ${whoLabel(d.by)}`),
                d.reason ? h('p', { class: 'reason' }, quoted(d.reason)) : null,
              ),
            ),
          )
        : h('p', { class: 'quiet' }, t('classroom:viewer.noDecision')),
      h('button', { type: 'button', class: 'button small', 'data-action': 'full-report', on: { click: () => this.handlers.report(index) } }, t('classroom:viewer.fullReport')),
    );
  }

  private actions(p: number): HTMLElement {
    const day = Math.max(1, p);
    const date = this.days[day - 1]?.report?.date;
    return h(
      'section',
      { class: 'panel-section' },
      h('h2', null, t('classroom:viewer.otherPath')),
      h(
        'div',
        { class: 'actions column' },
        date
          ? h('button', { type: 'button', class: 'button primary', 'data-action': 'what-if', on: { click: () => this.handlers.whatIf(day) } }, t('classroom:viewer.whatIf', { date: shortDate(date) }))
          : h('p', { class: 'quiet' }, t('classroom:viewer.noDay')),
        h('button', { type: 'button', class: 'button', 'data-action': 'luck', on: { click: this.handlers.luck } }, t('classroom:luck.title')),
      ),
    );
  }

  private about(): HTMLElement {
    const ctx = this.ctx;
    const { replay, final } = this.game;
    const players = Object.entries(replay.roles).filter(([, c]) => c === 'player').map(([s]) => s);
    return h(
      'section',
      { class: 'panel-section viewer-about' },
      h('h2', null, t('classroom:viewer.thisGame')),
      h(
        'dl',
        { class: 'record-list' },
        h('dt', null, t('classroom:col.seed')),
        h('dd', null, h('code', null, replay.seed)),
        h('dt', null, t('classroom:viewer.ledByPlayers')),
        h('dd', null, players.length ? players.map((s) => ctx.side(s)?.short ?? s).join(', ') : t('classroom:none')),
        h('dt', null, t('classroom:col.outcome')),
        h('dd', { 'data-testid': 'viewer-outcome' }, final.outcome?.label ?? t('classroom:viewer.notFinished')),
      ),
    );
  }
}

function stateHashOf(g: ViewedGame, p: number): string {
  return p === 0 ? stateHashCached(g.states[0]!) : stateHashCached(g.states[g.turnEnds[p - 1]!]!);
}

const hashes = new WeakMap<GameState, string>();
function stateHashCached(s: GameState): string {
  let v = hashes.get(s);
  if (!v) hashes.set(s, (v = stateHash(s)));
  return v;
}
