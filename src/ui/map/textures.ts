// The small marks the day's animation moves about, made in each colour they are drawn
// in (the map's art proper, loaded from assets/, is in art.ts).
import type Phaser from 'phaser';

const TEX = { dot: 'nd-dot', puff: 'nd-puff', vehicle: 'nd-vehicle', spark: 'nd-spark' } as const;
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
