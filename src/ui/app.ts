// The browser game: holds the scenarios, the session and the settings, moves between the
// screens, and carries actions from the panels to the engine and states to the map.
import type Phaser from 'phaser';
import { newGame } from '../engine';
import type { Action, GameState } from '../engine';
import { CODE_PREFIX, encodeReplayCode } from '../replay';
import type { Scenario, ScenarioIssue, ScenarioPart } from '../scenario/resolve';
import { formatIssue } from '../scenario/resolve';
import { longDate } from '../lib/dates';
import type { Backdrop, MapController, UiHost } from './host';
import { Bus } from './lib/bus';
import { RenderGate } from './map/renderGate';
import { paperCanvas } from './map/textures';
import { copyText, downloadReplay } from './lib/share';
import { DAY_MS } from './map/DayAnimator';
import { announce, byId, h, replaceChildren } from './lib/dom';
import { buildScenarios, fetchScenarioParts, scenarioFiles } from './scenarios';
import { Session } from './session';
import { restoreAutosave, sessionFromText } from './saves';
import { clearAutosave, readPrefs, systemPrefersReducedMotion, writeAutosave, writePrefs } from './storage';
import type { Prefs } from './storage';
import { UiContext } from './panels/context';
import { openReport } from './panels/DayReport';
import { message } from './panels/dialogs';
import type { Dialog } from './panels/dialogs';
import { endScreen } from './panels/EndScreen';
import { openGlossary } from './panels/GlossaryDialog';
import { openGuide } from './panels/Guide';
import { MapOverlay } from './panels/MapOverlay';
import { SidePanel } from './panels/SidePanel';
import { TitleScreen, errorScreen } from './panels/TitleScreen';
import type { NewGameChoice, SaveStatus } from './panels/TitleScreen';
import { renderTopBar } from './panels/TopBar';
import { openGameMenu, openReportsList } from './panels/menus';
import { openBriefing, showBriefing } from './classroom/Briefing';
import { ClassroomFlows } from './classroom/flows';
import type { ClassroomScreen, ForkOrigin } from './classroom/flows';
import { showHandOver } from './classroom/HandOver';
import { HotSeat } from './classroom/hotseat';
import { codeFromLocation } from './classroom/replayInput';
import { OnlineMode } from './online';

type Screen = 'loading' | 'title' | 'game' | 'end' | 'error' | 'briefing' | 'online' | ClassroomScreen;
type SceneKey = 'Title' | 'Map' | 'End';

export class App implements UiHost {
  readonly bus = new Bus();
  private game: Phaser.Game | null = null;
  private phaserReady = false;
  private progress = 0;
  private loaded: Promise<void> = Promise.resolve();
  private gate: RenderGate | null = null;
  private scenarios = new Map<string, Scenario>();
  private session: Session | null = null;
  private ctx: UiContext | null = null;
  private prefs: Prefs = readPrefs();
  private map: MapController | null = null;
  private panel: SidePanel | null = null;
  private overlay: MapOverlay | null = null;
  private screen: Screen = 'loading';
  private busy = false;
  private saved = false;
  private selected: string | null = null;
  private ordersSide = '';
  private restored: Session | null = null;
  private saveStatus: SaveStatus = { kind: 'none' };
  private reportDialog: Dialog | null = null;
  private guide: Dialog | null = null;
  /** Several players on one device: whose turn it is at the keyboard. */
  private hotseat: HotSeat | null = null;
  /** The game being played is a what-if fork of this one. */
  private fork: ForkOrigin | null = null;
  private readonly flows: ClassroomFlows;
  /** The class online: only when the page is served by the class server. */
  private readonly online: OnlineMode;

  private readonly appEl = byId('app');
  private readonly topbar = byId('topbar');
  private readonly panelEl = byId('side-panel');
  private readonly screenRoot = byId('screen-root');
  private readonly mapWrap = byId('map-wrap');

  constructor() {
    this.online = new OnlineMode({
      scenarios: () => this.scenarios,
      root: this.screenRoot,
      show: () => this.setScreen('online'),
      title: () => this.goTitle(),
      glossary: (scenario, term) => openGlossary(scenario, term),
    });
    this.flows = new ClassroomFlows({
      scenarios: () => [...this.scenarios.values()],
      show: (screen) => {
        this.setScreen(screen);
        this.startScene(screen === 'viewer' ? 'Map' : 'End');
      },
      map: () => this.map,
      play: (session, fork) => this.begin(session, fork),
      title: () => this.goTitle(),
    });
  }

  /** Show the loading screen and fetch the scenarios; the title follows as soon as they are checked. */
  start(): void {
    const bar = h('progress', { max: 100, value: 0, 'aria-label': 'Loading the scenarios' });
    replaceChildren(this.screenRoot, h('main', { class: 'title-screen loading' }, h('div', { class: 'title-card' }, h('h1', null, 'Nineteen Days'), h('p', { class: 'subtitle' }, 'Loading the record…'), bar)));
    this.loaded = fetchScenarioParts(scenarioFiles(), (fraction) => {
      this.progress = fraction;
      bar.value = Math.round(fraction * 100);
    }).then(({ parts, failures }) => this.scenariosFetched(parts, failures));
  }

  attach(game: Phaser.Game): void {
    this.game = game;
    this.gate = new RenderGate(game);
    // The map's paper is the page behind the transparent canvas.
    this.mapWrap.style.backgroundImage = `url(${paperCanvas().toDataURL('image/png')})`;
    // The canvas follows its box as panels come and go.
    new ResizeObserver(() => {
      this.game?.scale.refresh();
      this.wake(400);
    }).observe(byId('map-host'));
    this.bus.on('area-hover', ({ area, screenX, screenY }) => {
      if (this.screen === 'viewer') this.flows.hover?.hover(this.flows.viewerState, area, screenX, screenY);
      else this.overlay?.hover(this.session?.state ?? null, area, screenX, screenY);
    });
    this.bus.on('area-select', ({ area }) => this.selectArea(area, false));
    // A link with another replay pasted into the same page changes only the hash.
    window.addEventListener('hashchange', () => {
      const code = codeFromLocation(location);
      if (code !== null && this.screen !== 'loading') this.openLink(code);
    });
  }

  // ---- the host's side of the scenes ----

  wake(ms = 300): void {
    this.gate?.wake(ms);
  }

  hold(): () => void {
    return this.gate?.hold() ?? (() => undefined);
  }

  loading(): { progress: () => number; done: Promise<void> } {
    return { progress: () => this.progress, done: this.loaded };
  }

  /** The Preloader is done: show the map for the screen we are on. */
  ready(): void {
    this.phaserReady = true;
    // Phaser's renderer types: 1 Canvas, 2 WebGL.
    this.appEl.dataset.renderer = this.game?.renderer?.type === 2 ? 'WebGL' : 'Canvas';
    const scene = this.screen === 'game' || this.screen === 'viewer' ? 'Map' : this.screen === 'title' ? 'Title' : this.screen === 'loading' || this.screen === 'error' ? null : 'End';
    if (scene) this.startScene(scene);
  }

  fatal(title: string, lines: string[]): void {
    this.showError(title, lines);
  }

  private scenariosFetched(parts: ScenarioPart[], failures: ScenarioIssue[]): void {
    performance.mark('nd:scenarios-fetched');
    let issues: ScenarioIssue[] = [...failures];
    try {
      const result = buildScenarios(parts);
      this.scenarios = result.scenarios;
      issues = [...issues, ...result.issues];
    } catch (e) {
      issues.push({ file: '(scenarios)', path: '', message: (e as Error).message });
    }
    performance.mark('nd:scenarios-checked');
    if (!this.scenarios.size || issues.length) {
      this.showError('The scenarios could not be loaded', issues.map(formatIssue));
      return;
    }
    this.checkAutosave();
    if (this.online.route()) return;
    const code = codeFromLocation(location);
    if (code === null) this.goTitle();
    else this.openLink(code);
  }

  /** A link carrying a replay code opens the viewer; a bad code, the title with the reason. */
  private openLink(code: string): void {
    const problem = code.startsWith(CODE_PREFIX) ? this.flows.view(code) : `This link carries no replay code (a code starts with “${CODE_PREFIX}”).`;
    if (!problem) return;
    this.goTitle();
    this.title?.showLoad(`The link’s replay could not be opened. ${problem}`, 'view');
  }

  backdrop(): Backdrop | null {
    const viewed = this.flows.viewerState;
    if (this.screen === 'viewer' && viewed) return { scenario: this.flows.viewerScenario!, state: viewed };
    if (this.session && this.screen !== 'title') return { scenario: this.session.scenario, state: this.session.state };
    const scenario = this.defaultScenario();
    if (!scenario) return null;
    return { scenario, state: newGame(scenario, { seed: 'title' }) };
  }

  titleReady(): void {
    // The title screen is already up (it does not wait for the map).
  }

  mapReady(map: MapController): void {
    this.map = map;
    if (this.screen === 'viewer') this.flows.mapReady(map);
    else this.renderGame();
  }

  mapGone(): void {
    this.map = null;
  }

  endReady(): void {
    // The end screen is already up; the map behind it has been drawn.
  }

  // ---- screens ----

  private setScreen(screen: Screen): void {
    if (screen !== 'viewer') this.flows.leave();
    if (screen !== 'online') this.online.leave();
    this.screen = screen;
    this.appEl.dataset.screen = screen;
    const inGame = screen === 'game';
    this.topbar.hidden = !inGame && screen !== 'viewer';
    this.panelEl.hidden = !inGame && screen !== 'viewer';
    if (!inGame) {
      this.overlay?.remove();
      this.overlay = null;
    }
    this.game?.scale.refresh();
  }

  private startScene(key: SceneKey): void {
    const game = this.game;
    if (!game || !this.phaserReady) return;
    for (const scene of game.scene.getScenes(false)) {
      const k = scene.sys.settings.key;
      if (k !== key && (game.scene.isActive(k) || game.scene.isPaused(k))) game.scene.stop(k);
    }
    this.wake(1500);
    game.scene.start(key);
  }

  private defaultScenario(): Scenario | undefined {
    return this.scenarios.get('campaign') ?? [...this.scenarios.values()][0];
  }

  private goTitle(): void {
    this.reportDialog?.close();
    this.setScreen('title');
    this.renderTitle();
    this.startScene('Title');
  }

  private title: TitleScreen | null = null;

  private renderTitle(): void {
    const title = new TitleScreen([...this.scenarios.values()], this.saveStatus, {
      newGame: (c) => this.newGame(c),
      continueGame: () => this.continueGame(),
      discardSave: () => {
        clearAutosave();
        this.saveStatus = { kind: 'none' };
        this.restored = null;
        this.renderTitle();
      },
      loadReplay: (text, mode) => (mode === 'view' ? this.flows.view(text) : this.loadReplay(text)),
      classCompare: () => this.flows.classCompare(),
      glossary: () => openGlossary(this.defaultScenario() ?? null),
      help: () => this.openHelp(),
    });
    this.title = title;
    replaceChildren(this.screenRoot, title.el);
    this.online.decorate(title.el);
    title.el.querySelector<HTMLElement>('[data-action=new-game]')?.focus();
    this.appEl.dataset.ready = 'title';
    performance.mark('nd:title-interactive');
  }

  private showError(title: string, lines: string[]): void {
    this.setScreen('error');
    replaceChildren(this.screenRoot, errorScreen(title, lines));
  }

  // ---- saves ----

  private checkAutosave(): void {
    const { status, session } = restoreAutosave(this.scenarios);
    this.saveStatus = status;
    this.restored = session;
  }

  private autosave(): void {
    if (!this.session) return;
    this.saved = writeAutosave(this.session.replay());
  }

  // ---- starting and loading ----

  private newGame(choice: NewGameChoice): void {
    const scenario = this.scenarios.get(choice.scenario);
    if (!scenario) return;
    const roles: Record<string, 'player'> = {};
    for (const s of choice.sides) roles[s] = 'player';
    try {
      const session = Session.start(scenario, { seed: choice.seed, roles, defaultPolicy: choice.policy });
      if (scenario.kind === 'exercise') this.brief(session);
      else this.begin(session);
    } catch (e) {
      message('The game could not start', (e as Error).message, [{ label: 'Close', primary: true, action: () => undefined }]);
    }
  }

  /** An exercise's briefing, before its first morning. */
  private brief(session: Session): void {
    this.setScreen('briefing');
    this.startScene('End');
    showBriefing(this.screenRoot, new UiContext(session.scenario, (id) => openGlossary(session.scenario, id)), session.playerSides, { begin: () => this.begin(session), back: () => this.goTitle() });
    this.appEl.dataset.ready = 'briefing';
  }

  private continueGame(): void {
    this.checkAutosave();
    if (this.restored) this.begin(this.restored);
    else this.renderTitle();
  }

  private loadReplay(text: string): string | null {
    const result = sessionFromText(this.scenarios, text);
    if (typeof result === 'string') return result;
    this.begin(result);
    return null;
  }

  private begin(session: Session, fork: ForkOrigin | null = null): void {
    this.session = session;
    this.fork = fork;
    // Several players take turns in the order of the scenario's roles.
    const turns = session.scenario.roles.map((r) => r.side).filter((side) => session.playerSides.includes(side));
    this.hotseat = turns.length > 1 ? new HotSeat(session.rules, turns) : null;
    this.hotseat?.morning(session.state, true);
    this.ctx = new UiContext(session.scenario, (id) => openGlossary(session.scenario, id));
    this.selected = null;
    this.ordersSide = session.playerSides[0] ?? '';
    this.autosave();
    if (session.state.status === 'over') {
      this.goEnd();
      return;
    }
    this.setScreen('game');
    replaceChildren(this.screenRoot);
    this.panel = new SidePanel(this.panelEl, this.ctx, {
      decide: (d, option, reason) => this.act({ type: 'decide', side: d.actor, decision: d.id, option, ...(reason.trim() ? { reason: reason.trim() } : {}) }),
      reconsider: (d) => this.reconsider(d.id),
      order: (side, area, order) => this.act({ type: 'order', side, area, order }),
      select: (area) => this.selectArea(area, true),
      hover: (area) => this.map?.highlight(area),
      endTurn: () => void this.endTurn(),
      skip: () => this.map?.skip(),
    });
    this.overlay?.remove();
    this.overlay = new MapOverlay(this.mapWrap, this.ctx, (f) => (f === null ? this.map?.resetZoom() : this.map?.zoomBy(f)));
    this.map = null;
    this.renderGame();
    if (!this.prefs.seenGuide && !this.hotseat) this.openHelp();
    this.startScene('Map');
  }

  // ---- playing ----

  private get reduceMotion(): boolean {
    return this.prefs.reduceMotion ?? systemPrefersReducedMotion();
  }

  private renderGame(): void {
    const session = this.session;
    const ctx = this.ctx;
    if (!session || !ctx || this.screen !== 'game') return;
    const days = session.dayEnds;
    const seat = this.hotseat;
    const active = seat && !this.busy ? (seat.covered ? null : seat.current) : undefined;
    renderTopBar(this.topbar, ctx, { date: this.busy ? (session.state.report?.date ?? session.state.date) : session.state.date, playerSides: session.playerSides, daysPlayed: days.length, reduceMotion: this.reduceMotion, busy: this.busy || !!seat?.covered, activeSide: active }, {
      reports: () => this.openReports(),
      ...(ctx.scenario.kind === 'exercise' ? { briefing: () => void openBriefing(ctx, session.playerSides) } : {}),
      back: () => this.back(),
      glossary: () => openGlossary(ctx.scenario),
      help: () => this.openHelp(),
      menu: () => this.openMenu(),
      reduceMotion: (on) => {
        this.prefs = { ...this.prefs, reduceMotion: on };
        writePrefs(this.prefs);
      },
      zoom: (f) => (f === null ? this.map?.resetZoom() : this.map?.zoomBy(f)),
    });
    if (this.busy) return;
    if (this.overlay) this.overlay.ordersOf = seat ? (active ? [active] : []) : undefined;
    if (seat?.covered) {
      this.map?.show(session.state);
      this.showHandOver(seat);
      return;
    }
    const last = days[days.length - 1];
    const next = seat?.following;
    this.panel?.render({
      state: session.state,
      playerSides: session.playerSides,
      lastDay: last ? ctx.compare(last) : null,
      selected: this.selected,
      ordersSide: this.ordersSide,
      hash: session.hash,
      saved: this.saved,
      ...(seat ? { activeSide: seat.current, endLabel: next ? `Done: pass the device to ${ctx.sideIn(next)}` : 'End turn' } : {}),
    });
    this.map?.show(session.state);
    this.appEl.dataset.ready = `game:${session.state.date}`;
  }

  /** The hand-over screen between two sides; the panel behind it shows nobody's morning. */
  private showHandOver(seat: HotSeat): void {
    this.panel?.renderCovered(this.session!.state.date);
    showHandOver(this.screenRoot, this.ctx!, seat, this.session!.state.date, () => {
      this.renderGame();
      this.panelEl.querySelector<HTMLElement>('.date')?.setAttribute('tabindex', '-1');
      this.panelEl.querySelector<HTMLElement>('.date')?.focus();
      if (!this.prefs.seenGuide) this.openHelp();
    });
    this.appEl.dataset.ready = `handover:${seat.current}`;
  }

  private act(action: Action): void {
    const session = this.session;
    if (!session || this.busy) return;
    const result = session.apply(action);
    if (!result.ok) {
      this.panel?.showError(result.error.message);
      announce(result.error.message);
      return;
    }
    this.autosave();
    const focusKey = action.type === 'decide' ? `[data-decision="${action.decision}"] .decision-title` : action.type === 'order' ? `select[data-area="${action.area}"]` : null;
    this.renderGame();
    if (focusKey) {
      const el = this.panelEl.querySelector<HTMLElement>(focusKey);
      if (el) {
        if (!el.hasAttribute('tabindex') && el.tagName === 'H3') el.setAttribute('tabindex', '-1');
        el.focus();
      }
    }
    if (action.type === 'decide') announce('Decided.');
  }

  /** Undo this morning's choice of one decision, keeping the others. */
  private reconsider(decision: string): void {
    const session = this.session;
    if (!session || this.busy) return;
    const today = session.actionsToday;
    session.undoToday();
    for (const a of today) if (!(a.type === 'decide' && a.decision === decision)) session.apply(a);
    this.autosave();
    this.renderGame();
    this.panelEl.querySelector<HTMLElement>(`[data-decision="${decision}"] input[type=radio]`)?.focus();
  }

  private async endTurn(): Promise<void> {
    const session = this.session;
    const ctx = this.ctx;
    if (!session || !ctx || this.busy) return;
    const seat = this.hotseat;
    if (seat?.following) {
      const waiting = seat.tryPassOn(session.state);
      if (waiting) {
        this.panel?.showError(waiting);
        announce(waiting);
      } else this.renderGame();
      return;
    }
    const before = session.state;
    const result = session.apply({ type: 'endTurn' });
    if (!result.ok) {
      this.panel?.showError(result.error.message);
      announce(result.error.message);
      return;
    }
    this.autosave();
    this.busy = true;
    this.selected = null;
    this.map?.select(null);
    this.renderGame();
    this.panel?.renderEvening(before.date, this.reduceMotion || !this.map ? 0 : DAY_MS);
    this.appEl.dataset.ready = 'evening';
    await this.map?.playDay(before, result.state, this.reduceMotion);
    this.busy = false;
    this.showReport(session.dayEnds.length - 1, true);
  }

  private showReport(index: number, afterTurn: boolean): void {
    const session = this.session;
    const ctx = this.ctx;
    if (!session || !ctx) return;
    const days = session.dayEnds;
    const state = days[index];
    if (!state) return;
    const over = session.state.status === 'over';
    const label = !afterTurn ? 'Close' : over ? 'To the end of the game' : `To the morning of ${longDate(session.state.date).replace(/^\w+, /, '')}`;
    this.reportDialog = openReport(ctx, state, days.slice(0, index + 1), {
      label,
      onClose: () => {
        this.reportDialog = null;
        if (!afterTurn) return;
        if (over) this.goEnd();
        else {
          this.hotseat?.morning(session.state);
          this.renderGame();
          this.panelEl.querySelector<HTMLElement>('.date')?.setAttribute('tabindex', '-1');
          this.panelEl.querySelector<HTMLElement>('.date')?.focus();
        }
      },
    });
    this.appEl.dataset.ready = `report:${state.report!.date}`;
  }

  private back(): void {
    const session = this.session;
    if (!session || this.busy) return;
    if (!session.backADay()) {
      announce('Nothing to undo: this is the first morning.');
      return;
    }
    this.autosave();
    this.map?.clearTraces();
    this.hotseat?.morning(session.state, true);
    if (this.screen !== 'game') {
      this.begin(session, this.fork);
      return;
    }
    this.renderGame();
    announce(`Back to the morning of ${longDate(session.state.date)}.`);
  }

  private selectArea(area: string | null, fromList: boolean): void {
    if (this.screen !== 'game' || this.busy) return;
    this.selected = area;
    this.map?.select(area);
    this.renderGame();
    if (fromList && area) this.panelEl.querySelector<HTMLElement>(`tr[data-area="${area}"] .area-link`)?.focus();
    else if (area) this.panelEl.querySelector<HTMLElement>('#area-details')?.scrollIntoView({ block: 'nearest' });
  }

  private openReports(): void {
    if (this.session) openReportsList(this.session.dayEnds, (i) => this.showReport(i, false));
  }

  private openHelp(): void {
    if (this.guide?.isOpen) return;
    this.guide = openGuide(() => {
      this.guide = null;
      if (!this.prefs.seenGuide) {
        this.prefs = { ...this.prefs, seenGuide: true };
        writePrefs(this.prefs);
      }
    });
  }

  private openMenu(): void {
    const session = this.session;
    if (!session) return;
    openGameMenu(encodeReplayCode(session.replay()), session.hash, {
      download: () => this.download(),
      copy: (text, status) => copyText(text, status),
      viewer: () => this.flows.viewSession(session),
      title: () => this.goTitle(),
    });
  }

  // ---- the end ----

  private goEnd(): void {
    this.setScreen('end');
    this.renderEnd();
    this.startScene('End');
  }

  private renderEnd(): void {
    const session = this.session;
    const ctx = this.ctx;
    if (!session || !ctx) return;
    const replay = session.replay();
    const fork = this.fork;
    const el = endScreen(ctx, { final: session.state, days: session.dayEnds, replay, hash: session.hash, playerSides: session.playerSides }, {
      download: () => this.download(),
      viewer: () => this.flows.viewSession(session),
      luck: () => this.flows.luck(session.scenario, replay, session.state),
      ...(fork ? { compareFork: () => this.flows.compare(fork, session) } : {}),
      copyCode: (text, status) => copyText(text, status),
      openDay: (i) => this.showReport(i, false),
      newGame: () => this.goTitle(),
      title: () => this.goTitle(),
      back: () => this.back(),
    });
    replaceChildren(this.screenRoot, el);
    el.querySelector<HTMLElement>('h1')?.setAttribute('tabindex', '-1');
    el.querySelector<HTMLElement>('h1')?.focus();
    this.appEl.dataset.ready = 'end';
  }

  private download(): void {
    if (this.session) downloadReplay(this.session.replay());
  }

  /** For the tests and the measuring script: what the screen shows, in one word. */
  get currentScreen(): Screen {
    return this.screen;
  }

  get currentState(): GameState | null {
    return this.session?.state ?? null;
  }
}
