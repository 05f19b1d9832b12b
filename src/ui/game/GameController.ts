// The turn loop of a game at the keyboard: the morning in the panel and on the map, the
// player's decisions and orders carried to the session (which the autosave follows), the
// day played on the map, the evening report, going back a day, and the end.
import { refusal } from '../lib/refusal';
import { cleanReason, pendingDecisions } from '../../engine';
import type { Action } from '../../engine';
import { longDate, t } from '../lib/words';
import type { ClassroomFlows, ForkOrigin } from '../classroom/flows';
import type { MapController } from '../host';
import type { SeatTurn } from '../classroom/hotseat';
import { announce, replaceChildren } from '../lib/dom';
import { focusOn } from '../lib/focus';
import { DAY_MS } from '../map/dayTiming';
import { UiContext } from '../panels/context';
import { openReport } from '../panels/DayReport';
import type { Dialog } from '../panels/dialogs';
import { openGlossary } from '../panels/GlossaryDialog';
import { MapOverlay } from '../panels/MapOverlay';
import { SidePanel } from '../panels/SidePanel';
import type { Session } from '../session';
import { page } from '../shell/page';
import type { PhaserHost } from '../shell/PhaserHost';
import type { Screens } from '../shell/screens';
import type { Settings } from '../shell/Settings';
import { showEnd } from './endOfGame';
import { renderGameBar } from './gameBar';
import { HotSeatPlay } from './hotSeatPlay';
import { SaveWatch } from './saveWatch';

interface GameShell {
  screens: Screens;
  host: PhaserHost;
  settings: Settings;
  flows: ClassroomFlows;
  title(): void;
}

interface BeginOptions {
  /** The game is a what-if fork of this one. */
  fork?: ForkOrigin | null;
  /** Several players: whose turn it was when the game was saved. */
  seat?: SeatTurn | null;
}

export class GameController {
  private session: Session | null = null;
  private ctx: UiContext | null = null;
  private fork: ForkOrigin | null = null;
  private seat: HotSeatPlay | null = null;
  private panel: SidePanel | null = null;
  private overlay: MapOverlay | null = null;
  private reportDialog: Dialog | null = null;
  /** The day is playing on the map: the player's tools wait. */
  private busy = false;
  private readonly saves = new SaveWatch(() => this.render());
  private selected: string | null = null;

  constructor(private readonly shell: GameShell) {
    shell.screens.onLeave((to) => {
      if (to === 'game') return;
      this.overlay?.remove();
      this.overlay = null;
    });
  }

  /** The game being played (also behind the end screen); null before the first. */
  get current(): Session | null {
    return this.session;
  }

  private get map(): MapController | null {
    return this.shell.host.map;
  }

  begin(session: Session, options: BeginOptions = {}): void {
    const { screens, settings } = this.shell;
    const ctx = new UiContext(session.scenario, (id) => openGlossary(session.scenario, id));
    this.session = session;
    this.ctx = ctx;
    this.fork = options.fork ?? null;
    this.seat = HotSeatPlay.start(session, ctx, options.seat ?? null);
    this.selected = null;
    this.autosave();
    if (session.state.status === 'over') {
      this.end();
      return;
    }
    screens.show('game');
    replaceChildren(page.screenRoot);
    this.panel = new SidePanel(page.panel, ctx, {
      decide: (d, option, reason) => {
        const line = cleanReason(reason);
        this.act({ type: 'decide', side: d.actor, decision: d.id, option, ...(line ? { reason: line } : {}) });
      },
      reconsider: (d) => this.reconsider(d.id),
      order: (side, area, order) => this.act({ type: 'order', side, area, order }),
      select: (area) => this.selectArea(area, true),
      hover: (area) => this.map?.highlight(area),
      endTurn: () => void this.endTurn(),
      skip: () => this.map?.skip(),
    });
    this.overlay?.remove();
    this.overlay = new MapOverlay(page.mapWrap, ctx, (f) => this.zoom(f));
    // The Map scene starts afresh and hands over its board when it is drawn.
    this.shell.host.map = null;
    this.render();
    if (!settings.seenGuide && !this.seat) settings.openHelp();
    screens.showScene();
  }

  /** The Map scene is up: draw the game on it. */
  mapReady(): void {
    this.render();
  }

  /** The pointer over an area of the map: its card. */
  hover(area: string | null, screenX: number, screenY: number): void {
    this.overlay?.hover(this.session?.state ?? null, area, screenX, screenY);
  }

  /** An area clicked on the map (or its name in the list). */
  selectArea(area: string | null, fromList: boolean): void {
    if (this.shell.screens.current !== 'game' || this.busy) return;
    this.selected = area;
    this.map?.select(area);
    this.render();
    if (fromList && area) focusOn(`tr[data-area="${area}"] .area-link`, page.panel);
    else if (area) page.panel.querySelector('#area-details')?.scrollIntoView({ block: 'nearest' });
  }

  /** Leaving the game for the title: a report left open goes. */
  closeReport(): void {
    this.reportDialog?.close();
  }

  private zoom(factor: number | null): void {
    if (factor === null) this.map?.resetZoom();
    else this.map?.zoomBy(factor);
  }

  private renderBar(): void {
    const { session, ctx, seat } = this;
    if (!session || !ctx || this.shell.screens.current !== 'game') return;
    renderGameBar(ctx, session, this.shell.settings, { busy: this.busy || !!seat?.covered, activeSide: seat && !this.busy ? seat.atKeyboard : undefined }, {
      back: () => this.back(),
      report: (i) => this.showReport(i, false),
      zoom: (f) => this.zoom(f),
      viewer: () => this.shell.flows.viewSession(session),
      title: () => this.shell.title(),
      refresh: () => this.renderBar(),
    });
  }

  private render(): void {
    const { session, ctx, seat } = this;
    if (!session || !ctx || this.shell.screens.current !== 'game') return;
    this.renderBar();
    if (this.busy) return;
    // With several players on one device, the hover card shows only the orders of the side at the keyboard.
    if (this.overlay) this.overlay.ordersOf = seat ? (seat.atKeyboard ? [seat.atKeyboard] : []) : undefined;
    if (seat?.covered) {
      this.map?.show(session.state);
      this.handOver(seat);
      return;
    }
    const days = session.dayEnds;
    const last = days[days.length - 1];
    this.panel?.render({
      state: session.state,
      playerSides: session.playerSides,
      lastDay: last ? ctx.compare(last) : null,
      selected: this.selected,
      hash: session.hash,
      saved: this.saves.ok,
      ...(seat ? seat.panel : {}),
    });
    this.map?.show(session.state);
    page.ready(`game:${session.state.date}`);
  }

  /** The hand-over screen between two sides; the panel behind it shows nobody's morning. */
  private handOver(seat: HotSeatPlay): void {
    const date = this.session!.state.date;
    this.panel?.renderCovered(date);
    // The game behind the hand-over is out of reach until the next player takes the device.
    page.app.inert = true;
    seat.handOver(page.screenRoot, date, () => {
      page.app.inert = false;
      this.render();
      focusOn('.date', page.panel);
      if (!this.shell.settings.seenGuide) this.shell.settings.openHelp();
    });
    page.ready(`handover:${seat.current}`);
  }

  private refuse(message: string): void {
    this.panel?.showError(message);
    announce(message);
  }

  private act(action: Action): void {
    const session = this.session;
    if (!session || this.busy) return;
    const before = session.state;
    const result = session.play(action);
    if (!result.ok) {
      this.refuse(refusal(session.rules, before, action, result.error));
      return;
    }
    this.autosave();
    this.render();
    // Back to the control the player was using, in the panel drawn again.
    if (action.type === 'decide') {
      focusOn(`[data-decision="${action.decision}"] .decision-title`, page.panel);
      announce(t('shell:game.decided'));
    } else if (action.type === 'order') focusOn(`select[data-area="${action.area}"]`, page.panel);
  }

  /** Undo this morning's choice of one decision, keeping the others. */
  private reconsider(decision: string): void {
    const session = this.session;
    if (!session || this.busy) return;
    session.reconsider(decision);
    this.autosave();
    this.render();
    focusOn(`[data-decision="${decision}"] input[type=radio]`, page.panel);
  }

  /**
   * "End turn" with options picked but not decided: each is taken as the player's choice,
   * with the reason typed beside it. False (and the card in focus) when a decision waits
   * with nothing picked.
   */
  private takeSelections(session: Session): boolean {
    for (const pick of this.panel?.selections() ?? []) {
      const decision = session.rules.decisions.get(pick.decision);
      if (!decision) continue;
      const line = cleanReason(pick.reason);
      const action: Action = { type: 'decide', side: decision.actor, decision: pick.decision, option: pick.option, ...(line ? { reason: line } : {}) };
      const before = session.state;
      const result = session.apply(action);
      if (!result.ok) {
        this.refuse(refusal(session.rules, before, action, result.error));
        return false;
      }
    }
    const active = this.seat?.atKeyboard ?? undefined;
    const waiting = pendingDecisions(session.rules, session.state, active)[0];
    if (waiting === undefined) return true;
    this.autosave();
    this.render();
    const title = session.rules.decisions.get(waiting)?.title ?? waiting;
    this.refuse(t('shell:game.chooseFirst', { title }));
    focusOn(`[data-decision="${waiting}"] input[type=radio]`, page.panel);
    return false;
  }

  private async endTurn(): Promise<void> {
    const session = this.session;
    if (!session || this.busy) return;
    if (!this.takeSelections(session)) return;
    const step = this.seat?.endTurn(session.state) ?? { kind: 'end-day' };
    if (step.kind === 'refused') return this.refuse(step.reason);
    if (step.kind === 'passed') {
      this.autosave();
      this.render();
      return;
    }
    const before = session.state;
    const result = session.apply({ type: 'endTurn' });
    if (!result.ok) return this.refuse(refusal(session.rules, before, { type: 'endTurn' }, result.error));
    // The next morning's turn order, saved with the day's end.
    this.seat?.morning(result.state);
    this.autosave();
    const reduced = this.shell.settings.reduceMotion;
    this.busy = true;
    this.selected = null;
    this.map?.select(null);
    this.render();
    this.panel?.renderEvening(before.date, reduced || !this.map ? 0 : DAY_MS);
    page.ready('evening');
    await this.map?.playDay(before, result.state, reduced);
    this.busy = false;
    this.showReport(session.dayEnds.length - 1, true);
  }

  /** The evening report of day `index`; after a turn, closing it opens the next morning (or the end). */
  private showReport(index: number, afterTurn: boolean): void {
    const { session, ctx } = this;
    if (!session || !ctx) return;
    const days = session.dayEnds;
    const state = days[index];
    if (!state) return;
    const over = session.state.status === 'over';
    // The date without its weekday ("23 October 1956", „1956. október 23.").
    const day = longDate(session.state.date).replace(/^\w+, /, '').replace(/, \p{L}+$/u, '');
    const label = !afterTurn ? t('common:close') : over ? t('shell:student.toEnd') : t('shell:student.toMorning', { date: day });
    this.reportDialog = openReport(ctx, state, days.slice(0, index + 1), {
      label,
      onClose: () => {
        this.reportDialog = null;
        if (!afterTurn) return;
        if (over) return this.end();
        this.render();
        // With several players the hand-over keeps the focus (on its button).
        if (!this.seat?.covered) focusOn('.date', page.panel);
      },
    });
    page.ready(`report:${state.report!.date}`);
  }

  private back(): void {
    const session = this.session;
    if (!session || this.busy) return;
    if (!session.backADay()) {
      announce(t('shell:game.nothingToUndo'));
      return;
    }
    this.seat?.morning(session.state);
    this.autosave();
    this.map?.clearTraces();
    if (this.shell.screens.current !== 'game') return this.begin(session, { fork: this.fork });
    this.render();
    announce(t('shell:game.backTo', { date: longDate(session.state.date) }));

  }

  private end(): void {
    const { session, ctx } = this;
    if (!session || !ctx) return;
    showEnd(ctx, session, this.fork, this.shell, { openDay: (i) => this.showReport(i, false), back: () => this.back() });
  }

  private autosave(): void {
    if (this.session) this.saves.save(this.session, this.seat);
  }
}
