// The screens of the game, in one table: which Phaser scene draws behind each, and
// whether the game's chrome (the bar over the map and the side panel) shows. Moving to a
// screen tells whoever asked (the viewer, the game's map overlay) that theirs has gone.
import { t } from '../lib/words';
import { page } from './page';

export type Screen = 'loading' | 'error' | 'title' | 'briefing' | 'game' | 'end' | 'viewer' | 'whatif' | 'classroom' | 'online';
export type SceneKey = 'Title' | 'Map' | 'End';

interface ScreenSpec {
  /** The scene behind the screen; null leaves the canvas as it is (before Phaser is ready, or on an error). */
  scene: SceneKey | null;
  /** The top bar and the side panel around the map. */
  chrome: boolean;
}

const SCREENS: Readonly<Record<Screen, ScreenSpec>> = {
  loading: { scene: null, chrome: false },
  error: { scene: null, chrome: false },
  // The first morning's map, quiet, beside the title.
  title: { scene: 'Title', chrome: false },
  // The map dimmed behind a page.
  briefing: { scene: 'End', chrome: false },
  end: { scene: 'End', chrome: false },
  whatif: { scene: 'End', chrome: false },
  classroom: { scene: 'End', chrome: false },
  // The class online (src/ui/online): a student's game or a teacher's dashboard, a page over the dimmed map.
  online: { scene: 'End', chrome: false },
  // The live map, with the panel beside it.
  game: { scene: 'Map', chrome: true },
  viewer: { scene: 'Map', chrome: true },
};

export class Screens {
  private screen: Screen = 'loading';
  private readonly leaving: ((to: Screen) => void)[] = [];

  /** The Phaser side of a change of screen: the scene to start, the canvas to fit to its new box. */
  constructor(private readonly stage: { startScene(key: SceneKey): void; refresh(): void }) {}

  get current(): Screen {
    return this.screen;
  }

  /** The scene the screen on show wants. */
  get scene(): SceneKey | null {
    return SCREENS[this.screen].scene;
  }

  /** Called on every change of screen, with the screen shown next. */
  onLeave(listener: (to: Screen) => void): void {
    this.leaving.push(listener);
  }

  /** Put `screen` on: the page's frame set for it. Its scene starts with `showScene()`, once its page is drawn. */
  show(screen: Screen): void {
    for (const leave of this.leaving) leave(screen);
    this.screen = screen;
    page.app.dataset.screen = screen;
    const chrome = SCREENS[screen].chrome;
    page.topbar.hidden = !chrome;
    page.panel.hidden = !chrome;
    // With the chrome, the map and the panel are the page's main part; without it the map
    // is only the backdrop of a screen laid over it (which has its own main part), and
    // screen readers and the keyboard skip it.
    const stage = page.app.querySelector('.stage');
    if (chrome) stage?.setAttribute('role', 'main');
    else stage?.removeAttribute('role');
    page.app.inert = !chrome;
    // The skip link leads to the decisions beside the map, or to the screen laid over it.
    page.skipLink.href = chrome ? '#side-panel' : '#screen-root';
    page.skipLink.textContent = chrome ? t('shell:page.skipDecisions') : t('shell:page.skipScreen');
    this.stage.refresh();
  }

  /** Start the scene behind the screen on show. */
  showScene(): void {
    const scene = this.scene;
    if (scene) this.stage.startScene(scene);
  }
}
