// The marks at an area's point: the holder's badge (its symbol on a disc of its colour),
// a ring where a council sits, the revolution's flag where it holds the area, and in the
// city a chit with the strength of each side's forces there.
import type Phaser from 'phaser';
import type { GameState } from '../../engine';
import type { Side } from '../../scenario/schema';
import { compact } from '../lib/format';
import { drawSymbol } from './draw';
import type { AreaShape } from './geography';
import { DEPTH } from './MapView';
import { FONT, INK, css, hexColor } from './palette';
import { TEX } from './textures';

type AreaState = GameState['areas'][string];

/** Sides whose forces get a chit, in the order they are shown. */
const FORCE_ORDER = ['revolutionaries', 'army', 'avh', 'government', 'soviet', 'kadar'];
const MIN_FORCE = 10;

/** An area's marks on the map, drawn again when what they show changes. */
export interface AreaMarks {
  shape: AreaShape;
  marks: Phaser.GameObjects.Graphics;
  chits: Phaser.GameObjects.GameObject[];
  flag: Phaser.GameObjects.Image | null;
}

/** What the marks show, so an unchanged area is not redrawn. */
export function marksSignature(area: AreaState): string {
  const present = FORCE_ORDER.filter((s) => (area.forces[s] ?? 0) >= MIN_FORCE);
  return `${area.control}|${area.council}|${present.map((s) => `${s}:${compact(area.forces[s] ?? 0)}`).join(',')}`;
}

export function drawMarks(scene: Phaser.Scene, d: AreaMarks, area: AreaState, sides: Map<string, Side>): void {
  const present = FORCE_ORDER.filter((s) => (area.forces[s] ?? 0) >= MIN_FORCE);
  const g = d.marks;
  g.clear();
  for (const c of d.chits) c.destroy();
  d.chits = [];
  d.flag?.destroy();
  d.flag = null;
  const side = sides.get(area.control);
  const [x, y] = d.shape.point;
  const r = d.shape.inset ? 6 : 9;
  // The holder's badge at the area's point: symbol on a disc of its colour.
  g.fillStyle(INK.paper, 1);
  g.fillCircle(x, y, r + 1.5);
  g.fillStyle(side ? hexColor(side.color) : INK.inkFaint, 1);
  g.fillCircle(x, y, r);
  if (side) drawSymbol(g, side.symbol, x, y, r * 1.25, INK.paper);
  if (area.council && !d.shape.inset) {
    // A council: a small ring beside the badge.
    g.lineStyle(1.5, INK.ink, 0.9);
    g.strokeCircle(x + r + 5, y - r + 1, 3.5);
  }
  if (area.control === 'revolutionaries' && !d.shape.inset) {
    d.flag = scene.add.image(x - r - 10, y - 6, TEX.emblem).setDisplaySize(15, 10).setDepth(DEPTH.marks);
  }
  if (d.shape.inset) return;
  const w = 31;
  const gap = 2;
  let cx = x - ((present.length * (w + gap) - gap) / 2);
  const cy = y + r + 5;
  for (const sid of present) {
    const s = sides.get(sid);
    const colour = s ? hexColor(s.color) : INK.inkFaint;
    g.fillStyle(INK.paper, 1);
    g.fillRect(cx - 1, cy - 1, w + 2, 14);
    g.fillStyle(colour, 1);
    g.fillRect(cx, cy, w, 12);
    if (s) drawSymbol(g, s.symbol, cx + 6, cy + 6, 7.5, INK.paper);
    const t = scene.add
      .text(cx + 11, cy + 6, compact(area.forces[sid] ?? 0), { fontFamily: FONT.sans, fontSize: '9px', fontStyle: 'bold', color: css(INK.paper), resolution: 2 })
      .setOrigin(0, 0.5)
      .setDepth(DEPTH.marks);
    d.chits.push(t);
    cx += w + gap;
  }
}
