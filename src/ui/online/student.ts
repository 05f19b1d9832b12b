// A student's screen in a class game: their group, who has ended their turn, their own
// side's decisions of the morning (the game's decision cards), the evening's report (the
// game's report) and, at the end, the outcome and their role's objectives. The game is
// rebuilt here with the engine from what the server sends; every move goes to the server,
// which checks it with the same engine before it counts.
import { REJECTIONS, rulesFor, stateHash } from '../../engine';
import type { Action, GameState, Rejection } from '../../engine';
import { makeReport } from '../../classroom';
import { parseReplay } from '../../replay';
import type { Scenario } from '../../scenario/resolve';
import { longDate, t } from '../lib/words';
import { refusal } from '../lib/refusal';
import { serverSaid } from './reasons';
import { h, replaceChildren } from '../lib/dom';
import { page } from '../shell/page';
import { copyText, downloadJson, downloadReplay, replayFileName } from '../lib/share';
import { UiContext } from '../panels/context';
import { decisionCard } from '../panels/DecisionCard';
import { openReport } from '../panels/DayReport';
import { sideBadge } from '../panels/emblem';
import { Session } from '../session';
import type { StudentSync } from './api';
import { LiveSocket } from './socket';
import type { Status } from './socket';
import { sideNameOf } from './names';
import { objectivesBlock } from './objectives';

// Codes the engine and the server share, where the server's sense (you lead another side) is the one a student meets.
const SERVER_FIRST = new Set(['NOT_YOUR_SIDE']);

export interface StudentHandlers {
  title(): void;
  /** The token opens nothing any more (the class was deleted): forget it. */
  forget(): void;
  glossary(scenario: Scenario, term?: string): void;
}

export class StudentScreen {
  readonly el = h('main', { class: 'online-screen student', 'aria-labelledby': 'os-h', 'data-testid': 'student-screen' });
  private socket: LiveSocket;
  private sync: StudentSync | null = null;
  private session: Session | null = null;
  private daysApplied = 0;
  private status: Status = 'connecting';
  private problem = '';
  private busy = false;
  private reportShown = 0;
  private seenFirst = false;
  private ctx: UiContext | null = null;

  constructor(
    private readonly scenarios: ReadonlyMap<string, Scenario>,
    token: string,
    private readonly handlers: StudentHandlers,
  ) {
    this.socket = new LiveSocket(
      { token },
      (m) => this.receive(m),
      (s, detail) => {
        this.status = s;
        if (s === 'closed') this.problem = detail === 'class deleted' ? t('shell:student.deleted') : t('shell:student.invalid');
        this.render();
      },
    );
    this.render();
  }

  close(): void {
    this.socket.close();
  }

  private receive(m: Record<string, unknown>): void {
    if (m.type === 'sync') {
      this.sync = m as unknown as StudentSync;
      this.rebuild();
      this.render();
      this.maybeShowEvening();
    } else if (m.type === 'error') {
      this.problem = serverSaid(String(m.code ?? ''), String(m.message ?? ''), m.values);
      if (m.code === 'UNAUTHORISED' || m.code === 'DELETED') this.handlers.forget();
      this.render();
    }
  }

  /** The game as this side may see it: every day played (checked against the server's hashes), then its own moves this morning. */
  private rebuild(): void {
    const sync = this.sync!;
    const scenario = this.scenarios.get(sync.scenario);
    if (!scenario) {
      this.problem = t('shell:student.noScenario', { scenario: sync.scenario });
      return;
    }
    if (!this.session || this.session.scenario !== scenario) {
      this.session = Session.start(scenario, sync.setup);
      this.daysApplied = 0;
      this.ctx = new UiContext(scenario, (id) => this.handlers.glossary(scenario, id));
    }
    const session = this.session;
    session.undoToday();
    const apply = (a: Action): boolean => {
      const r = session.apply(a);
      if (!r.ok) this.problem = t('shell:student.differWhy', { error: r.error.message });
      return r.ok;
    };
    for (let d = this.daysApplied; d < sync.days.length; d++) {
      for (const a of sync.days[d]!) if (!apply(a)) return;
      if (stateHash(session.state) !== sync.turns[d]) {
        this.problem = t('shell:student.differ');
        return;
      }
      this.daysApplied = d + 1;
    }
    for (const a of sync.today) if (!apply(a)) return;
  }

  private get mySeat() {
    return this.sync?.group.seats.find((s) => s.you);
  }

  private maybeShowEvening(): void {
    const session = this.session;
    const ctx = this.ctx;
    if (!session || !ctx) return;
    const days = session.dayEnds;
    // A page opened (or reloaded) mid-game does not show an evening already past.
    if (!this.seenFirst) {
      this.seenFirst = true;
      this.reportShown = days.length;
      return;
    }
    if (days.length <= this.reportShown) return;
    this.reportShown = days.length;
    const last = days[days.length - 1]!;
    openReport(ctx, last, days, { label: this.sync?.over ? t('shell:student.toEnd') : t('shell:student.toMorning', { date: longDate(session.state.date) }), onClose: () => this.focusMain() });
  }

  private focusMain(): void {
    this.el.querySelector<HTMLElement>('h1')?.focus();
  }

  private async send(msg: Record<string, unknown>): Promise<void> {
    this.busy = true;
    this.problem = '';
    this.render();
    const answer = await this.socket.request(msg);
    this.busy = false;
    const session = this.session;
    const rules = this.ctx?.rules;
    if (answer.type === 'rejected') {
      // The engine's refusals said from their code with the move's names, the server's own (no seat, a stale morning) from theirs; both in the page's language.
      const error = { code: String(answer.code ?? ''), message: String(answer.message ?? '') } as Rejection;
      const engines = (REJECTIONS as readonly string[]).includes(error.code) && !SERVER_FIRST.has(error.code);
      // An end of turn refused by the engine (decisions still pending, the game over) names the player's side.
      const move = (msg.action ?? { type: 'endTurn', side: this.mySeat?.side }) as Action;
      this.problem = engines && session && rules ? refusal(rules, session.state, move, error) : serverSaid(error.code, error.message, answer.values);
    } else if (msg.type === 'act' && session) {
      // Taken: shown at once (the sync that follows says the same).
      const r = session.apply(msg.action as Action);
      if (!r.ok) this.problem = rules ? refusal(rules, session.state, msg.action as Action, r.error) : r.error.message;
    }
    this.render();
  }

  private render(): void {
    const sync = this.sync;
    const session = this.session;
    const ctx = this.ctx;
    const state = session?.state;
    const head = h(
      'header',
      { class: 'online-head' },
      h('h1', { id: 'os-h', tabindex: '-1' }, sync ? t('shell:student.heading', { solo: sync.group.solo ? 'yes' : 'no', number: sync.group.number, title: ctx?.scenario.title ?? sync.scenario }) : t('shell:student.headingNone')),
      h('p', { class: `connection ${this.status}`, 'data-testid': 'connection', 'aria-live': 'polite' }, t(`shell:status.${this.status}`)),
    );
    const parts: (HTMLElement | null)[] = [head];
    if (this.problem) parts.push(h('p', { class: 'field-error', role: 'alert', 'data-testid': 'online-problem' }, this.problem));
    if (!sync || !session || !ctx || !state) {
      parts.push(h('p', null, t('shell:student.connecting')));
      parts.push(this.footer());
      replaceChildren(this.el, ...parts);
      return;
    }
    const me = this.mySeat;
    parts.push(this.seats(sync, ctx));
    if (sync.group.status === 'waiting') {
      const missing = sync.group.seats.filter((s) => !s.name && !s.computer).length;
      parts.push(h('p', { class: 'waiting', 'data-testid': 'waiting' }, t('shell:student.waitingPlayers', { n: missing })));
      parts.push(this.role(ctx, sync.side));
    } else if (sync.over) {
      parts.push(this.end(ctx, session, sync));
    } else {
      parts.push(h('p', { class: 'date', 'data-testid': 'date', 'data-date': state.date }, t('shell:student.morningOf', { date: longDate(state.date) })));
      if (session.dayEnds.length) {
        parts.push(h('p', null, h('button', { type: 'button', class: 'button small', 'data-action': 'last-evening', on: { click: () => this.showLastEvening() } }, t('shell:student.readEvening', { date: longDate(session.dayEnds[session.dayEnds.length - 1]!.report!.date) }))));
      }
      if (me?.computer) parts.push(h('p', { class: 'notice' }, t('shell:student.handed')));
      else if (me?.ready) {
        const waiting = sync.group.seats.filter((s) => !s.ready && !s.computer).map((s) => t('shell:student.waitingSeat', { name: s.name ?? t('shell:student.nobodyYet'), side: sideNameOf(ctx.scenario, s.side, s.sideName) }));
        parts.push(h('p', { class: 'waiting', 'data-testid': 'turn-ended' }, t('shell:student.turnEnded', { waiting: waiting.join(', ') || t('shell:student.theEvening') })));
      } else parts.push(this.morning(ctx, session, sync.side));
      parts.push(this.role(ctx, sync.side));
    }
    parts.push(this.footer());
    replaceChildren(this.el, ...parts);
    page.ready(`online:${sync.group.status}:${state.date}:${me?.ready ? 'ready' : 'open'}`);
  }

  private seats(sync: StudentSync, ctx: UiContext): HTMLElement {
    return h(
      'ul',
      { class: 'seats', 'aria-label': t('shell:student.group'), 'data-testid': 'seats' },
      ...sync.group.seats.map((s) =>
        h(
          'li',
          { class: `seat${s.you ? ' you' : ''}`, 'data-side': s.side, 'data-ready': String(s.ready) },
          sideBadge(ctx.side(s.side)),
          h('span', { class: 'seat-name' }, s.computer ? t('shell:seat.theComputer') : (s.name ?? t('shell:seat.free'))),
          s.you ? h('span', { class: 'tag' }, t('shell:seat.you')) : null,
          h('span', { class: 'seat-state' }, t(`shell:seat.state.${s.computer ? 'computer' : s.ready ? 'ended' : sync.group.status === 'playing' ? 'deciding' : s.name ? 'joined' : 'waiting'}`)),
          s.name && !s.computer ? h('span', { class: `online-dot${s.online ? ' on' : ''}`, title: s.online ? t('shell:seat.connected') : t('shell:seat.notConnected') }, s.online ? t('shell:seat.online') : t('shell:seat.offline')) : null,
        ),
      ),
    );
  }

  private morning(ctx: UiContext, session: Session, side: string): HTMLElement {
    const state = session.state;
    const rules = rulesFor(ctx.scenario);
    const today = state.open.filter((id) => rules.decisions.get(id)?.actor === side);
    const cards = today.map((id) => {
      const card = decisionCard(ctx, state, rules.decisions.get(id)!, {
        decide: (d, option, reason) => void this.send({ type: 'act', date: state.date, action: { type: 'decide', side, decision: d.id, option, ...(reason.trim() ? { reason: reason.trim() } : {}) } }),
        reconsider: () => undefined,
      });
      // A decision sent is taken: online there is no reconsidering it.
      for (const b of card.querySelectorAll('button')) if (b.textContent === t('game:card.reconsider')) b.remove();

      return card;
    });
    const pending = today.filter((id) => !(id in state.chosen));
    const end = h('button', { type: 'button', class: 'button primary', id: 'online-end-turn', 'data-action': 'end-turn', disabled: this.busy, on: { click: () => void this.send({ type: 'endTurn', date: state.date }) } }, t('shell:student.endTurn'));
    return h(
      'section',
      { class: 'morning', 'aria-label': t('shell:student.thisMorning') },
      cards.length ? h('div', { class: 'cards', id: 'side-panel-online' }, ...cards) : h('p', null, t('shell:student.nothing', { side: ctx.sideName(side) })),
      h('p', { class: 'field-note' }, pending.length ? t('shell:student.stillToDecide', { n: pending.length }) : t('shell:student.whenReady')),
      h('div', { class: 'actions' }, end),
    );
  }

  private role(ctx: UiContext, side: string): HTMLElement {
    const role = ctx.scenario.roles.find((r) => r.side === side);
    return h(
      'details',
      { class: 'role', open: true },
      h('summary', null, t('shell:student.role', { side: ctx.sideName(side) })),
      role ? h('p', null, role.brief) : null,
      role ? h('ul', { class: 'objectives' }, ...role.objectives.map((o) => h('li', null, o.text))) : null,
    );
  }

  private end(ctx: UiContext, session: Session, sync: StudentSync): HTMLElement {
    const over = sync.over!;
    const outcome = ctx.scenario.outcomes.find((o) => o.id === over.outcome?.id);
    const status = h('p', { class: 'copy-status', 'aria-live': 'polite' });
    const final = session.state as GameState & { objectives?: unknown };
    return h(
      'section',
      { class: 'online-end', 'data-testid': 'online-end' },
      h('h2', null, t('shell:student.theEnd'), h('span', { 'data-testid': 'outcome' }, (outcome?.label ?? over.outcome?.label) ?? t('shell:student.noOutcome'))),
      outcome ? h('p', null, outcome.explanation) : null,
      over.outcome ? h('p', { class: `tag ${over.outcome.historical ? 'history' : 'left'}` }, over.outcome.historical ? t('shell:outcome.history') : t('shell:outcome.left')) : null,
      objectivesBlock(ctx.scenario, sync.side, final.objectives),
      h('p', null, t('shell:student.finalHash'), h('code', { 'data-testid': 'final-hash' }, over.finalHash)),
      h('p', { class: 'field-note' }, t('shell:student.handedIn')),
      h(
        'div',
        { class: 'actions' },
        h('button', { type: 'button', class: 'button', on: { click: () => downloadReplay(parseReplay(over.replayCode)) } }, t('shell:download.replay')),
        h('button', { type: 'button', class: 'button', on: { click: () => this.downloadReport(ctx, session, over.replayCode) } }, t('shell:download.report')),
        h('button', { type: 'button', class: 'button', on: { click: () => copyText(over.replayCode, status) } }, t('shell:download.copyCode')),
      ),
      status,
    );
  }

  private downloadReport(ctx: UiContext, session: Session, code: string): void {
    const replay = parseReplay(code);
    downloadJson(replayFileName(replay, 'report'), makeReport(ctx.scenario, replay, session.dayEnds, session.state));
  }

  private showLastEvening(): void {
    const session = this.session;
    const ctx = this.ctx;
    if (!session || !ctx || !session.dayEnds.length) return;
    const days = session.dayEnds;
    openReport(ctx, days[days.length - 1]!, days, { label: t('common:close'), onClose: () => this.focusMain() });
  }

  private footer(): HTMLElement {
    return h('footer', { class: 'online-foot' }, h('button', { type: 'button', class: 'button quiet-button', on: { click: () => this.handlers.title() } }, t('shell:toTitle')));
  }
}


