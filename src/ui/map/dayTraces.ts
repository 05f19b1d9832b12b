// What a day leaves on the map until the next one: dashed arrows where columns moved,
// a burst where there was fighting, the walkers' track to the border in the inset.
import type Phaser from 'phaser';
import type { Side } from '../../scenario/schema';
import type { DayPlan } from './dayPlan';
import { dashedLine, fillPoly } from './draw';
import { along } from './geom';
import type { Pt } from './geom';
import { DEPTH } from './MapView';
import { INK, hexColor, mix } from './palette';

export class DayTraces {
  private readonly city: Phaser.GameObjects.Graphics;
  private readonly bursts: { city: Phaser.GameObjects.Graphics; inset: Phaser.GameObjects.Graphics };
  private readonly inset: Phaser.GameObjects.Graphics;

  constructor(
    scene: Phaser.Scene,
    private readonly sides: Map<string, Side>,
  ) {
    this.city = scene.add.graphics().setDepth(DEPTH.traces);
    // The bursts lie under the areas' badges and tags, their rays showing round the badge.
    this.bursts = { city: scene.add.graphics().setDepth(DEPTH.pins - 0.2), inset: scene.add.graphics().setDepth(DEPTH.insetMarks - 0.1) };
    this.inset = scene.add.graphics().setDepth(DEPTH.insetMarks);
  }

  clear(): void {
    this.city.clear();
    this.bursts.city.clear();
    this.bursts.inset.clear();
    this.inset.clear();
  }

  /** The day's traces, over whatever is there. */
  draw(plan: DayPlan): void {
    for (const m of plan.movements) {
      if (m.kind !== 'column' || m.path.length < 2) continue;
      const g = m.inset ? this.inset : this.city;
      const side = this.sides.get(m.side);
      const c = mix(side ? hexColor(side.color) : INK.unknownSide, INK.ink, 0.2);
      const path = m.path;
      dashedLine(g, path, m.inset ? 1.2 : 2, c, 0.75, 6, 4);
      const [x, y] = path[path.length - 1]!;
      const [px, py] = along(path, 0.97);
      arrowHead(g, x, y, Math.atan2(y - py, x - px), m.inset ? 5 : 9, c);
    }
    for (const f of plan.fights) {
      const g = f.inset ? this.bursts.inset : this.bursts.city;
      const size = (f.inset ? 64 : 44) * (0.75 + f.intensity * 0.5);
      drawBurst(g, f.at[0], f.at[1], size, INK.fire);
    }
    for (const f of plan.flights) {
      dashedLine(this.inset, f.path, 1, INK.ink, 0.6, 2, 3);
    }
  }
}

function arrowHead(g: Phaser.GameObjects.Graphics, x: number, y: number, angle: number, size: number, colour: number): void {
  g.fillStyle(colour, 0.85);
  g.fillTriangle(
    x, y,
    x - Math.cos(angle - 0.45) * size, y - Math.sin(angle - 0.45) * size,
    x - Math.cos(angle + 0.45) * size, y - Math.sin(angle + 0.45) * size,
  );
}

/** The mark for fighting: a small burst, like the explosion signs on old maps. */
function drawBurst(g: Phaser.GameObjects.Graphics, x: number, y: number, size: number, colour: number): void {
  const pts: Pt[] = [];
  for (let i = 0; i < 16; i++) {
    const r = (i % 2 ? 0.22 : 0.5) * size;
    const a = (i / 16) * Math.PI * 2;
    pts.push([x + Math.cos(a) * r, y + Math.sin(a) * r]);
  }
  fillPoly(g, pts, colour, 0.9);
}
