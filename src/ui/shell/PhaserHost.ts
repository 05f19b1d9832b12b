// The host adapter: what the Phaser scenes ask of the page (UiHost), and the page's way
// to the Phaser game (start a scene, fit the canvas, keep it drawing). The map loads
// after the title is up, so until it is attached every call here is a quiet no-op.
import type Phaser from 'phaser';
import type { Backdrop, MapController, UiHost } from '../host';
import type { Bus } from '../lib/bus';
import { RenderGate } from '../map/renderGate';
import { paperUrl } from '../map/art';
import { page } from './page';
import type { SceneKey } from './screens';

/** What the scenes need from the screens around them. */
interface SceneClient {
  /** What the title and end screens draw behind them. */
  backdrop(): Backdrop | null;
  /** The scene the screen on show wants, once Phaser is ready. */
  scene(): SceneKey | null;
  /** The Map scene is up (the game or the viewer draws on it). */
  mapReady(map: MapController): void;
}

export class PhaserHost implements UiHost {
  private game: Phaser.Game | null = null;
  private gate: RenderGate | null = null;
  private phaserReady = false;
  private progress = (): number => 0;
  private loaded: Promise<void> = Promise.resolve();
  /** The Map scene's board while it is up. */
  map: MapController | null = null;

  constructor(
    readonly bus: Bus,
    private readonly client: SceneClient,
  ) {}

  /** The scenario files loading, for the Preloader's bar. */
  setLoading(progress: () => number, done: Promise<void>): void {
    this.progress = progress;
    this.loaded = done;
  }

  attach(game: Phaser.Game): void {
    this.game = game;
    this.gate = new RenderGate(game);
    // The map's paper is the page behind the transparent canvas.
    page.mapWrap.style.backgroundImage = `url(${paperUrl})`;
    // The canvas follows its box as panels come and go.
    new ResizeObserver(() => {
      this.refresh();
      this.wake(400);
    }).observe(page.mapHost);
  }

  /** Fit the canvas to its box again (the screen's panels changed). */
  refresh(): void {
    const scale = this.game?.scale;
    // refresh() alone sizes from the parent's last measured size (read once a frame while the
    // loop runs, and it sleeps here): measure it first, so the camera fits the new box.
    scale?.getParentBounds();
    scale?.refresh();
  }

  /** Stop every other scene and start `key` (once the Preloader is done). */
  startScene(key: SceneKey): void {
    const game = this.game;
    if (!game || !this.phaserReady) return;
    for (const scene of game.scene.getScenes(false)) {
      const k = scene.sys.settings.key;
      if (k !== key && (game.scene.isActive(k) || game.scene.isPaused(k))) game.scene.stop(k);
    }
    this.wake(1500);
    game.scene.start(key);
  }

  // ---- UiHost: what the scenes ask ----

  wake(ms = 300): void {
    this.gate?.wake(ms);
  }

  hold(): () => void {
    return this.gate?.hold() ?? (() => undefined);
  }

  loading(): { progress: () => number; done: Promise<void> } {
    return { progress: this.progress, done: this.loaded };
  }

  ready(): void {
    this.phaserReady = true;
    // Phaser's renderer types: 1 Canvas, 2 WebGL.
    page.app.dataset.renderer = this.game?.renderer?.type === 2 ? 'WebGL' : 'Canvas';
    const scene = this.client.scene();
    if (scene) this.startScene(scene);
  }

  backdrop(): Backdrop | null {
    return this.client.backdrop();
  }

  mapReady(map: MapController): void {
    this.map = map;
    this.client.mapReady(map);
  }

  mapGone(): void {
    this.map = null;
  }

  titleReady(): void {
    // The title screen is already up (it does not wait for the map).
  }

  endReady(): void {
    // The end screen is already up; the map behind it has been drawn.
  }
}
