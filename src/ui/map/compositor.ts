// The still map as one picture. Between changes the map's plates, marks, lines and
// names are drawn once into a texture (at twice the resolution, for zooming) and shown as
// a single image; only what moves (the day's animation, the hover) is drawn frame by
// frame. Software WebGL renders a frame many times faster that way.
import type Phaser from 'phaser';
import type { Region } from './bake';

type Drawable = Phaser.GameObjects.GameObject & Phaser.GameObjects.Components.Visible & Phaser.GameObjects.Components.Depth;

export class Compositor {
  private readonly texture: Phaser.Textures.DynamicTexture;
  readonly image: Phaser.GameObjects.Image;
  private baked: Drawable[] = [];

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
    scene.events.once('shutdown', () => {
      if (textures.exists(key)) textures.remove(key);
    });
  }

  /** Draw these objects (in depth order) into the picture and hide them; show the picture. */
  bake(objects: Drawable[]): void {
    this.release();
    const list = objects.filter((o) => o.visible).sort((a, b) => a.depth - b.depth);
    this.texture.clear();
    this.texture.draw(list);
    this.texture.render();
    for (const o of list) o.setVisible(false);
    this.baked = list;
    this.image.setVisible(true);
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
}
