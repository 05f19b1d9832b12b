// Static drawing baked into textures. Phaser redraws a Graphics from its commands every
// frame; the map's land, river and patterned plates hold thousands of lines, so they are
// drawn once into a texture (at twice the resolution, for zooming) and shown as images.
import type Phaser from 'phaser';

export const BAKE_SCALE = 2;

export interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Draw `draw` into a texture `key` covering `region` of the world; returns the texture key. */
export function bakeTexture(scene: Phaser.Scene, key: string, region: Region, draw: (g: Phaser.GameObjects.Graphics) => void, scale = BAKE_SCALE): string {
  const textures = scene.textures;
  if (textures.exists(key)) textures.remove(key);
  const w = Math.max(2, Math.ceil(region.width * scale));
  const hgt = Math.max(2, Math.ceil(region.height * scale));
  const dt = textures.addDynamicTexture(key, w, hgt)!;
  const g = scene.make.graphics({}, false);
  draw(g);
  g.setScale(scale);
  dt.draw(g, -region.x * scale, -region.y * scale);
  dt.render();
  g.destroy();
  return key;
}

/** An image of a baked texture, placed back where it was drawn. */
export function bakedImage(scene: Phaser.Scene, key: string, region: Region, depth: number, scale = BAKE_SCALE): Phaser.GameObjects.Image {
  return scene.add.image(region.x, region.y, key).setOrigin(0, 0).setScale(1 / scale).setDepth(depth);
}
