// Textures the map makes for itself at boot: the paper's grain, the revolution's flag
// with the arms cut out, and the small marks the day's animation moves about.
import type Phaser from 'phaser';
import { uiRandom } from '../lib/rng';
import { COLOURS, withAlpha } from '../theme/tokens';
import { INK, css } from './palette';

export const TEX = { emblem: 'nd-emblem', dot: 'nd-dot', puff: 'nd-puff', vehicle: 'nd-vehicle', spark: 'nd-spark' } as const;
export type MarkKind = 'dot' | 'puff' | 'vehicle' | 'spark';

const MARK_SIZE: Record<MarkKind, [number, number]> = { dot: [8, 8], puff: [32, 32], vehicle: [12, 8], spark: [16, 16] };

/**
 * A small mark of the day's animation in one colour. Each colour gets its own texture
 * (rather than a tint), so the marks look the same under WebGL and Canvas.
 */
export function markTexture(scene: Phaser.Scene, kind: MarkKind, colour: number): string {
  const key = `${TEX[kind]}-${colour.toString(16).padStart(6, '0')}`;
  if (scene.textures.exists(key)) return key;
  const [w, h] = MARK_SIZE[kind];
  const tex = scene.textures.createCanvas(key, w, h)!;
  const c = tex.getContext();
  const rgb = `${(colour >> 16) & 255},${(colour >> 8) & 255},${colour & 255}`;
  c.fillStyle = `rgb(${rgb})`;
  c.strokeStyle = `rgb(${rgb})`;
  if (kind === 'dot') {
    c.beginPath();
    c.arc(4, 4, 3.2, 0, Math.PI * 2);
    c.fill();
  } else if (kind === 'puff') {
    const grad = c.createRadialGradient(16, 16, 1, 16, 16, 15);
    grad.addColorStop(0, `rgba(${rgb},0.9)`);
    grad.addColorStop(0.6, `rgba(${rgb},0.45)`);
    grad.addColorStop(1, `rgba(${rgb},0)`);
    c.fillStyle = grad;
    c.fillRect(0, 0, 32, 32);
  } else if (kind === 'vehicle') {
    c.fillRect(0, 1, 12, 6);
    c.fillRect(4, 0, 5, 8);
  } else {
    c.lineWidth = 2;
    c.beginPath();
    for (let i = 0; i < 8; i++) {
      const a = (i / 8) * Math.PI * 2;
      const r = i % 2 ? 4 : 7;
      c.moveTo(8, 8);
      c.lineTo(8 + Math.cos(a) * r, 8 + Math.sin(a) * r);
    }
    c.stroke();
  }
  tex.refresh();
  return key;
}

/** The flag of 1956: red, white and green, with the Communist arms cut out of the middle. */
function drawEmblem(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number): void {
  const stripe = h / 3;
  const cut = new Path2D();
  cut.rect(x, y, w, h);
  cut.moveTo(x + w / 2 + h * 0.27, y + h / 2);
  cut.arc(x + w / 2, y + h / 2, h * 0.27, 0, Math.PI * 2);
  ctx.save();
  ctx.clip(cut, 'evenodd');
  [COLOURS.flagRed, COLOURS.flagWhite, COLOURS.flagGreen].forEach((c, i) => {
    ctx.fillStyle = c;
    ctx.fillRect(x, y + i * stripe, w, stripe + 0.5);
  });
  ctx.restore();
  ctx.strokeStyle = withAlpha(COLOURS.ink, 0.8);
  ctx.lineWidth = Math.max(1, h / 24);
  ctx.stroke(cut);
}

/** The paper's grain: the base tint with fibres and specks from the interface's own generator. */
export function paperCanvas(size = 256): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const pc = canvas.getContext('2d')!;
  pc.fillStyle = css(INK.paper);
  pc.fillRect(0, 0, size, size);
  const rnd = uiRandom(1956);
  for (let i = 0; i < 1400; i++) {
    const shade = rnd() < 0.5 ? COLOURS.grainDark : COLOURS.grainLight;
    pc.fillStyle = withAlpha(shade, (0.02 + rnd() * 0.05).toFixed(3));
    pc.fillRect(rnd() * size, rnd() * size, 1 + rnd() * 2, 1 + rnd() * 2);
  }
  for (let i = 0; i < 90; i++) {
    pc.strokeStyle = withAlpha(COLOURS.fibre, (0.03 + rnd() * 0.04).toFixed(3));
    pc.lineWidth = 0.6;
    const x = rnd() * size;
    const y = rnd() * size;
    const a = rnd() * Math.PI;
    const l = 4 + rnd() * 12;
    pc.beginPath();
    pc.moveTo(x, y);
    pc.lineTo(x + Math.cos(a) * l, y + Math.sin(a) * l);
    pc.stroke();
  }
  return canvas;
}

export function makeTextures(scene: Phaser.Scene): void {
  const textures = scene.textures;
  if (textures.exists(TEX.emblem)) return;

  const emblem = textures.createCanvas(TEX.emblem, 72, 48)!;
  drawEmblem(emblem.getContext(), 1, 1, 70, 46);
  emblem.refresh();

}
