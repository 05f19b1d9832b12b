// The map's two cameras: the city's, which fits the sheet to the canvas whatever its size
// and lets the player zoom and drag it about, and the inset's, which keeps Hungary in the
// canvas's corner at a size for the screen. A canvas of no size (the title's map box on
// a phone holds none) is left alone until it has one.
import type Phaser from 'phaser';
import type { MapGeography } from './geography';
import type { Pt } from './geom';
import { cityView, insetView } from './mapLayout';
import type { View } from './mapLayout';
import { DEPTH } from './MapView';

/** Whether an object at this depth belongs to the inset (its camera) rather than the city. */
export const insetDepth = (depth: number): boolean => depth >= DEPTH.insetBase && depth < DEPTH.hover;

export class MapCamera {
  private user = 1;
  private centre: Pt | null = null;
  private readonly insetCam: Phaser.Cameras.Scene2D.Camera;
  private cityNow: View | null = null;
  private insetNow: View | null = null;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly geo: MapGeography,
    /** The view changed: 'resize' (lay out again now) or 'zoom' (once the player stops). */
    private readonly changed: (why: 'resize' | 'zoom' | 'pan') => void,
  ) {
    this.insetCam = scene.cameras.add(0, 0, 1, 1, false, 'inset');
    scene.scale.on('resize', this.onResize, this);
    scene.events.once('shutdown', () => scene.scale.off('resize', this.onResize, this));
    this.apply();
  }

  private onResize(): void {
    this.apply();
    this.changed('resize');
  }

  /** The canvas has a size to draw in. */
  get ready(): boolean {
    return this.cityNow !== null;
  }

  get city(): View | null {
    return this.cityNow;
  }

  get inset(): View | null {
    return this.insetNow;
  }

  get level(): number {
    return this.user;
  }

  /** Show this object through one camera only: the inset's or the city's. */
  only(obj: Phaser.GameObjects.GameObject, inset: boolean): void {
    obj.cameraFilter = inset ? this.scene.cameras.main.id : this.insetCam.id;
  }

  /** Every object of the scene to its camera, by its depth. */
  sortAll(): void {
    for (const o of this.scene.children.list) this.only(o, insetDepth((o as Phaser.GameObjects.GameObject & { depth: number }).depth));
  }

  /** Whether a canvas point falls in the inset. */
  inInset(x: number, y: number): boolean {
    const v = this.insetNow?.viewport;
    return !!v && x >= v.x && y >= v.y && x <= v.x + v.width && y <= v.y + v.height;
  }

  /** A canvas point in the world of the camera it falls in. */
  worldAt(x: number, y: number): { x: number; y: number; inset: boolean } {
    const inset = this.inInset(x, y);
    const p = (inset ? this.insetCam : this.scene.cameras.main).getWorldPoint(x, y);
    return { x: p.x, y: p.y, inset };
  }

  zoomBy(factor: number): void {
    this.user = Math.max(1, Math.min(4, this.user * factor));
    this.apply();
    this.changed('zoom');
  }

  reset(): void {
    this.user = 1;
    this.centre = null;
    this.apply();
    this.changed('zoom');
  }

  /** Move by screen pixels. */
  pan(dx: number, dy: number): void {
    const v = this.cityNow;
    if (!v) return;
    this.centre = [v.centre[0] - dx / v.zoom, v.centre[1] - dy / v.zoom];
    this.apply();
    this.changed('pan');
  }

  lookAt(x: number, y: number): void {
    if (this.user <= 1) return;
    this.centre = [x, y];
    this.apply();
    this.changed('pan');
  }

  private apply(): void {
    const { width, height } = this.scene.scale;
    const main = this.scene.cameras.main;
    if (!(width >= 1 && height >= 1)) {
      // Nothing to draw in: keep the last good view rather than a camera of no size.
      this.cityNow = null;
      this.insetNow = null;
      main.setVisible(false);
      this.insetCam.setVisible(false);
      return;
    }
    const fit = this.geo.city.fit;
    const city = cityView(width, height, fit, this.user, this.centre ?? undefined);
    this.centre = this.user > 1 ? city.centre : null;
    main.setVisible(true).setSize(width, height).setZoom(city.zoom).centerOn(city.centre[0], city.centre[1]);
    const inset = insetView(width, height, this.geo.country.frame);
    const v = inset.viewport;
    this.insetCam.setVisible(true).setViewport(v.x, v.y, v.width, v.height).setZoom(inset.zoom).centerOn(inset.centre[0], inset.centre[1]);
    this.cityNow = city;
    this.insetNow = inset;
  }
}
