// The map's camera: fits Budapest to the canvas whatever its size, and lets the player
// zoom (wheel, pinch-free buttons) and drag the map about.
import type Phaser from 'phaser';
import { CITY } from './geography';

export class MapCamera {
  private user = 1;
  private centre: [number, number] = [CITY.width / 2, CITY.height / 2];

  constructor(private readonly scene: Phaser.Scene) {
    scene.scale.on('resize', this.onResize, this);
    scene.events.once('shutdown', () => scene.scale.off('resize', this.onResize, this));
    this.onResize();
  }

  private onResize(): void {
    const { width, height } = this.scene.scale;
    this.scene.cameras.main.setSize(width, height);
    this.apply();
  }

  get base(): number {
    const { width, height } = this.scene.scale;
    return Math.min(width / CITY.width, height / CITY.height);
  }

  get level(): number {
    return this.user;
  }

  zoomBy(factor: number): void {
    this.user = Math.max(1, Math.min(4, this.user * factor));
    this.apply();
  }

  reset(): void {
    this.user = 1;
    this.centre = [CITY.width / 2, CITY.height / 2];
    this.apply();
  }

  /** Move by screen pixels. */
  pan(dx: number, dy: number): void {
    const z = this.scene.cameras.main.zoom;
    this.centre = [this.centre[0] - dx / z, this.centre[1] - dy / z];
    this.apply();
  }

  lookAt(x: number, y: number): void {
    if (this.user <= 1) return;
    this.centre = [x, y];
    this.apply();
  }

  private apply(): void {
    const cam = this.scene.cameras.main;
    const zoom = this.base * this.user;
    cam.setZoom(zoom);
    // Keep the view on the map: half the visible size either side of the centre.
    const halfW = cam.width / zoom / 2;
    const halfH = cam.height / zoom / 2;
    const clamp = (v: number, lo: number, hi: number): number => (lo > hi ? (lo + hi) / 2 : Math.max(lo, Math.min(hi, v)));
    this.centre = [clamp(this.centre[0], halfW, CITY.width - halfW), clamp(this.centre[1], halfH, CITY.height - halfH)];
    cam.centerOn(this.centre[0], this.centre[1]);
  }
}
