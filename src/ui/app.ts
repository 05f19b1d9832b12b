// The browser game, put together: the screens, the Phaser host, the title, the game at
// the keyboard and the classroom's screens, each knowing the others only by the few
// calls they make. The map's pointer events go to whichever screen holds the map.
import type Phaser from 'phaser';
import { newGame } from '../engine';
import { ClassroomFlows } from './classroom/flows';
import { codeFromLocation } from './classroom/replayInput';
import { GameController } from './game/GameController';
import type { Backdrop } from './host';
import { Bus } from './lib/bus';
import { PhaserHost } from './shell/PhaserHost';
import { Screens } from './shell/screens';
import { Settings } from './shell/Settings';
import { TitleController } from './title/TitleController';
import { OnlineMode } from './online';
import { openGlossary } from './panels/GlossaryDialog';
import { page } from './shell/page';

export class App {
  private readonly settings = new Settings();
  readonly host: PhaserHost;
  private readonly screens: Screens;
  private readonly flows: ClassroomFlows;
  private readonly game: GameController;
  private readonly title: TitleController;
  /** The class online: only when the page is served by the class server (src/ui/online). */
  private readonly online: OnlineMode;

  constructor() {
    this.host = new PhaserHost(new Bus(), {
      backdrop: () => this.backdrop(),
      scene: () => this.screens.scene,
      mapReady: (map) => (this.screens.current === 'viewer' ? this.flows.mapReady(map) : this.game.mapReady()),
    });
    const screens = (this.screens = new Screens(this.host));
    this.flows = new ClassroomFlows({
      scenarios: () => [...this.title.scenarios.values()],
      show: (screen) => {
        screens.show(screen);
        screens.showScene();
      },
      map: () => this.host.map,
      play: (session, fork) => this.game.begin(session, { fork }),
      title: () => this.title.show(),
    });
    // The viewer holds the map and its overlay only while it is on screen.
    screens.onLeave((to) => {
      if (to !== 'viewer') this.flows.leave();
    });
    this.online = new OnlineMode({
      scenarios: () => this.title.scenarios,
      root: page.screenRoot,
      show: () => {
        screens.show('online');
        screens.showScene();
      },
      title: () => this.title.show(),
      glossary: (scenario, term) => openGlossary(scenario, term),
    });
    screens.onLeave((to) => {
      if (to !== 'online') this.online.leave();
    });
    // The guide is about the game's screen: it does not follow the player to the end or the title.
    screens.onLeave((to) => {
      if (screens.current === 'game' && to !== 'game') this.settings.closeHelp();
    });
    this.game = new GameController({ screens, host: this.host, settings: this.settings, flows: this.flows, title: () => this.title.show() });
    this.title = new TitleController({
      screens,
      settings: this.settings,
      flows: this.flows,
      play: (session, seat) => this.game.begin(session, { seat: seat ?? null }),
      leaveGame: () => this.game.closeReport(),
      route: () => this.online.route(),
      decorateTitle: (el) => this.online.decorate(el),
    });
  }

  /** The loading page, and the scenarios fetched; the Preloader follows their progress. */
  start(): void {
    page.speak();
    const { progress, done } = this.title.start();
    this.host.setLoading(progress, done);
  }

  /** The Phaser game is up: the map's events go to the screen on show. */
  attach(game: Phaser.Game): void {
    this.host.attach(game);
    const bus = this.host.bus;
    bus.on('area-hover', ({ area, screenX, screenY }) => {
      if (this.screens.current === 'viewer') this.flows.hover?.hover(this.flows.viewerState, area, screenX, screenY);
      else this.game.hover(area, screenX, screenY);
    });
    bus.on('area-select', ({ area }) => this.game.selectArea(area, false));
    // A link with another replay pasted into the same page changes only the hash.
    window.addEventListener('hashchange', () => {
      const code = codeFromLocation(location);
      if (code !== null && this.screens.current !== 'loading') this.title.openLink(code);
    });
  }

  /** The map could not be loaded (or another failure before the game could start). */
  fatal(title: string, lines: string[]): void {
    this.title.showError(title, lines);
  }

  /** What the title and end screens draw behind them: the viewer's day, the game's state, or the first morning. */
  private backdrop(): Backdrop | null {
    const viewed = this.flows.viewerState;
    if (this.screens.current === 'viewer' && viewed) return { scenario: this.flows.viewerScenario!, state: viewed };
    const session = this.game.current;
    if (session && this.screens.current !== 'title') return { scenario: session.scenario, state: session.state };
    const scenario = this.title.defaultScenario();
    if (!scenario) return null;
    return { scenario, state: newGame(scenario, { seed: 'title' }) };
  }
}
