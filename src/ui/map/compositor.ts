// The still map as one picture. Between changes the map's plates, marks, lines and
// names are drawn once into a texture (at twice the resolution, for zooming) and shown as
// a single image; only what moves (the day's animation, the hover) is drawn frame by
// frame. Software WebGL renders a frame many times faster that way.
//
// Under the Canvas renderer the picture is also kept at the screen's own scale: the
// texture scaled down to the camera's zoom once, at the camera's sub-pixel offset, and
// then copied to the canvas pixel for pixel each frame. The frame shows exactly what
// drawing the big texture scaled down would, but an unscaled copy at whole pixels costs a
// tenth of a resampled one in Canvas 2D.
import Phaser from 'phaser';
import type { Region } from './bake';

type Drawable = Phaser.GameObjects.GameObject & Phaser.GameObjects.Components.Visible & Phaser.GameObjects.Components.Depth;

type CanvasRender = (renderer: Phaser.Renderer.Canvas.CanvasRenderer, src: Phaser.GameObjects.Image, camera: Phaser.Cameras.Scene2D.Camera, parent?: Phaser.GameObjects.Components.TransformMatrix) => void;

/** The picture at screen scale: made for one zoom and one sub-pixel offset. */
interface ScreenCopy {
  canvas: HTMLCanvasElement;
  ctx: CanvasRenderingContext2D;
  zoom: number;
  fx: number;
  fy: number;
  /** The bake it was made from. */
  bake: number;
}

export class Compositor {
  private readonly texture: Phaser.Textures.DynamicTexture;
  readonly image: Phaser.GameObjects.Image;
  private baked: Drawable[] = [];
  private bakes = 0;
  private copy: ScreenCopy | null = null;
  /** The zoom and sub-pixel offset the picture was last drawn at (Canvas renderer only). */
  private view: { zoom: number; fx: number; fy: number } | null = null;

  constructor(
    scene: Phaser.Scene,
    key: string,
    private readonly region: Region,
    depth: number,
    private readonly scale = 2,
  ) {
    const textures = scene.textures;
    if (textures.exists(key)) textures.remove(key);
    this.texture = textures.addDynamicTexture(key, Math.ceil(region.width * scale), Math.ceil(region.height * scale))!;
    this.texture.camera.setZoom(scale).centerOn(region.x + region.width / 2, region.y + region.height / 2);
    this.image = scene.add.image(region.x, region.y, key).setOrigin(0, 0).setScale(1 / scale).setDepth(depth).setVisible(false);
    if (scene.sys.game.config.renderType === Phaser.CANVAS && this.texture.canvas) this.renderAtScreenScale();
    scene.events.once('shutdown', () => {
      if (textures.exists(key)) textures.remove(key);
      if (this.copy) this.copy.canvas.width = this.copy.canvas.height = 0;
      this.copy = null;
    });
  }

  /** Draw these objects (in depth order) into the picture and hide them; show the picture. */
  bake(objects: Drawable[]): void {
    this.release();
    const list = objects.filter((o) => o.visible).sort((a, b) => a.depth - b.depth);
    this.texture.clear();
    this.texture.draw(list);
    this.texture.render();
    this.bakes++;
    for (const o of list) o.setVisible(false);
    this.baked = list;
    this.image.setVisible(true);
  }

  /**
   * Make the picture's copy at screen scale now rather than when the next frame draws it
   * (to place the work between frames), for the camera as it was at the last frame.
   */
  prepareScreen(): void {
    const v = this.view;
    if (v && this.texture.canvas) this.screenCopy(this.texture.canvas, v.zoom, v.fx, v.fy);
  }

  /** Show the objects themselves again (to change them), and hide the picture. */
  release(): void {
    for (const o of this.baked) if (o.active) o.setVisible(true);
    this.baked = [];
    this.image.setVisible(false);
  }

  get isBaked(): boolean {
    return this.baked.length > 0;
  }

  /** Render the image through its copy at screen scale where the camera allows (no rotation, not zoomed past the bake). */
  private renderAtScreenScale(): void {
    const image = this.image as Phaser.GameObjects.Image & { renderCanvas: CanvasRender };
    const resampled = image.renderCanvas;
    image.renderCanvas = (renderer, src, camera, parent) => {
      const m = camera.matrixCombined;
      const zoom = m.a;
      const source = this.texture.canvas;
      if (parent || m.b !== 0 || m.c !== 0 || m.d !== zoom || zoom <= 0 || zoom > this.scale || src.rotation !== 0 || src.scaleX !== 1 / this.scale || src.scaleY !== 1 / this.scale || !source) {
        resampled.call(image, renderer, src, camera, parent);
        return;
      }
      const alpha = camera.alpha * src.alpha;
      if (alpha === 0) return;
      camera.addToRenderList(src);
      // Where the picture's corner falls on the canvas, split into whole pixels and the rest.
      const ex = zoom * src.x + m.e;
      const ey = zoom * src.y + m.f;
      const x0 = Math.floor(ex);
      const y0 = Math.floor(ey);
      const view = this.view ?? { zoom, fx: 0, fy: 0 };
      view.zoom = zoom;
      view.fx = ex - x0;
      view.fy = ey - y0;
      this.view = view;
      const copy = this.screenCopy(source, zoom, view.fx, view.fy);
      const ctx = renderer.currentContext;
      ctx.save();
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.globalCompositeOperation = 'source-over';
      ctx.globalAlpha = alpha;
      ctx.imageSmoothingEnabled = true;
      ctx.drawImage(copy, x0, y0);
      ctx.restore();
    };
  }

  /** The picture scaled to `zoom`, its corner `fx`, `fy` of a pixel in: remade only when any of these (or the bake) changes. */
  private screenCopy(source: HTMLCanvasElement, zoom: number, fx: number, fy: number): HTMLCanvasElement {
    const same = (a: number, b: number): boolean => Math.abs(a - b) < 1e-4;
    let c = this.copy;
    if (c && c.bake === this.bakes && c.zoom === zoom && same(c.fx, fx) && same(c.fy, fy)) return c.canvas;
    const width = Math.ceil(this.region.width * zoom + fx) + 1;
    const height = Math.ceil(this.region.height * zoom + fy) + 1;
    if (!c) {
      const canvas = document.createElement('canvas');
      // Drawn into at once rather than recorded for later: the work falls where it is asked for.
      c = { canvas, ctx: canvas.getContext('2d', { willReadFrequently: true })!, zoom, fx, fy, bake: this.bakes };
      this.copy = c;
    }
    if (c.canvas.width !== width || c.canvas.height !== height) {
      c.canvas.width = width;
      c.canvas.height = height;
    }
    const ctx = c.ctx;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, width, height);
    // The same resampling the renderer would do: bilinear, from the big texture.
    ctx.imageSmoothingEnabled = true;
    const k = zoom / this.scale;
    ctx.setTransform(k, 0, 0, k, fx, fy);
    ctx.drawImage(source, 0, 0);
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    c.zoom = zoom;
    c.fx = fx;
    c.fy = fy;
    c.bake = this.bakes;
    return c.canvas;
  }
}
