// The day's moving marks under the Canvas renderer, drawn as one object per camera. Phaser
// would draw each of a few hundred marks as a game object of its own every frame (a pass
// over the display list, a matrix product, a save and restore of the context each); the
// batch keeps each mark as a few numbers and draws them all in one loop, in the order the
// cues were cast (later over earlier). WebGL keeps Phaser's images, which it batches itself.
import type Phaser from 'phaser';
import type { Mark } from './dayCues';

type CanvasRender = (renderer: Phaser.Renderer.Canvas.CanvasRenderer, src: Phaser.GameObjects.Image, camera: Phaser.Cameras.Scene2D.Camera, parent?: Phaser.GameObjects.Components.TransformMatrix) => void;

/** One mark of a batch: its texture's picture, and where and how it is drawn (world units). */
export class FlatMark implements Mark {
  x = 0;
  y = 0;
  rotation = 0;
  alpha = 1;
  scale = 1;
  visible = false;

  constructor(
    readonly source: CanvasImageSource,
    readonly w: number,
    readonly h: number,
  ) {}

  setPosition(x: number, y: number): this {
    this.x = x;
    this.y = y;
    return this;
  }

  setRotation(radians: number): this {
    this.rotation = radians;
    return this;
  }

  setAlpha(alpha: number): this {
    this.alpha = alpha;
    return this;
  }

  setScale(scale: number): this {
    this.scale = scale;
    return this;
  }

  setVisible(visible: boolean): this {
    this.visible = visible;
    return this;
  }
}

export class MarkBatch {
  readonly image: Phaser.GameObjects.Image;
  marks: FlatMark[] = [];

  constructor(scene: Phaser.Scene, depth: number) {
    this.image = scene.add.image(0, 0, '__DEFAULT').setDepth(depth).setVisible(false);
    const image = this.image as Phaser.GameObjects.Image & { renderCanvas: CanvasRender };
    image.renderCanvas = (renderer, src, camera) => {
      const m = camera.matrixCombined;
      const ctx = renderer.currentContext;
      camera.addToRenderList(src);
      ctx.save();
      ctx.globalCompositeOperation = 'source-over';
      ctx.imageSmoothingEnabled = true;
      for (const k of this.marks) {
        if (!k.visible || k.alpha <= 0) continue;
        // The camera's matrix times the mark's own turn and scale, about its centre.
        const c = Math.cos(k.rotation) * k.scale;
        const s = Math.sin(k.rotation) * k.scale;
        ctx.setTransform(m.a * c + m.c * s, m.b * c + m.d * s, m.c * c - m.a * s, m.d * c - m.b * s, m.a * k.x + m.c * k.y + m.e, m.b * k.x + m.d * k.y + m.f);
        ctx.globalAlpha = camera.alpha * k.alpha;
        ctx.drawImage(k.source, -k.w / 2, -k.h / 2);
      }
      ctx.restore();
    };
  }

  /** Draw these marks from now on (none: the batch is hidden). */
  show(marks: FlatMark[]): void {
    this.marks = marks;
    this.image.setVisible(marks.length > 0);
  }
}
