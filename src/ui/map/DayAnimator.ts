// Plays a day's plan on the map: marks moving along their paths, smoke and flashes where
// there was fighting, crowds milling, plates changing colour, people walking to the
// border. Jitter comes from the interface's own generator. With reduced motion nothing
// moves: the day's traces (arrows, marks) are drawn at once instead.
import type Phaser from 'phaser';
import type { Side } from '../../scenario/schema';
import type { AreaLayer } from './AreaLayer';
import type { DayPlan } from './dayPlan';
import { along, polylineLength } from './geom';
import type { Pt } from './geom';
import { DEPTH } from './MapView';
import { INK, hexColor, mix } from './palette';
import { markTexture } from './textures';
import type { MarkKind } from './textures';
import { uiRandom } from '../lib/rng';
import { dashedLine, fillPoly } from './draw';

interface Actor {
  img: Phaser.GameObjects.Image;
  start: number;
  duration: number;
  update: (img: Phaser.GameObjects.Image, t: number) => void;
}

export const DAY_MS = 4200;
const MAX_ACTORS = 300;

export class DayAnimator {
  private actors: Actor[] = [];
  private pool: Phaser.GameObjects.Image[] = [];
  private clock = 0;
  private running = false;
  private done: (() => void) | null = null;
  private changes: DayPlan['changes'] = [];
  private pendingTraces: DayPlan | null = null;
  private traces: Phaser.GameObjects.Graphics;
  private insetTraces: Phaser.GameObjects.Graphics;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly layer: AreaLayer,
    private readonly sides: Map<string, Side>,
  ) {
    this.traces = scene.add.graphics().setDepth(DEPTH.traces);
    this.insetTraces = scene.add.graphics().setDepth(DEPTH.insetMarks);
  }

  get playing(): boolean {
    return this.running;
  }

  /** Play the day; resolves when it is over (or skipped). */
  play(plan: DayPlan, seed: number, reduced: boolean): Promise<void> {
    this.finish();
    this.clearTraces();
    this.pendingTraces = plan;
    if (reduced) {
      this.drawPendingTraces();
      for (const c of plan.changes) this.layer.blendControl(c.area, c.from, c.to, 1);
      return Promise.resolve();
    }
    const rnd = uiRandom(seed);
    this.clock = 0;
    this.running = true;
    this.changes = plan.changes;
    for (const c of plan.changes) this.layer.blendControl(c.area, c.from, c.from, 1);
    this.schedule(plan, rnd);
    this.thin(rnd);
    return new Promise((resolve) => {
      this.done = resolve;
    });
  }

  skip(): void {
    this.finish();
  }

  update(delta: number): void {
    if (!this.running) return;
    this.clock += delta;
    for (const a of this.actors) {
      const t = (this.clock - a.start) / a.duration;
      if (t < 0) {
        a.img.setVisible(false);
        continue;
      }
      if (t > 1) {
        a.img.setVisible(false);
        continue;
      }
      a.img.setVisible(true);
      a.update(a.img, t);
    }
    const ct = Math.max(0, Math.min(1, (this.clock - 2900) / 700));
    if (ct > 0) for (const c of this.changes) this.layer.blendControl(c.area, c.from, c.to, ct);
    if (this.clock >= DAY_MS) this.finish();
  }

  private drawPendingTraces(): void {
    if (this.pendingTraces) this.drawTraces(this.pendingTraces);
    this.pendingTraces = null;
  }

  private finish(): void {
    this.drawPendingTraces();
    for (const c of this.changes) this.layer.blendControl(c.area, c.from, c.to, 1);
    this.changes = [];
    for (const a of this.actors) {
      a.img.setVisible(false);
      this.pool.push(a.img);
    }
    this.actors = [];
    const wasRunning = this.running;
    this.running = false;
    const done = this.done;
    this.done = null;
    if (wasRunning) done?.();
  }

  private image(texture: string, inset: boolean): Phaser.GameObjects.Image {
    const img = this.pool.pop() ?? this.scene.add.image(0, 0, texture);
    img.setTexture(texture).setVisible(false).setAlpha(1).setScale(1).setRotation(0).setDepth(inset ? DEPTH.insetMotion : DEPTH.motion);
    return img;
  }

  private add(kind: MarkKind, inset: boolean, start: number, duration: number, update: Actor['update'], colour: number = INK.ink): void {
    const img = this.image(markTexture(this.scene, kind, colour), inset);
    this.actors.push({ img, start, duration, update });
  }

  private schedule(plan: DayPlan, rnd: () => number): void {
    const colour = (side: string): number => hexColor(this.sides.get(side)?.color ?? '#555555');
    // Columns and people on the move, one after another along the path.
    for (const m of plan.movements) {
      const c = colour(m.side);
      const start = 100 + rnd() * 500;
      if (m.kind === 'column') {
        const len = polylineLength(m.path);
        const duration = Math.min(2600, 900 + len * 4);
        const spacing = Math.min(0.06, 0.5 / m.count);
        for (let i = 0; i < m.count; i++) {
          const lag = i * spacing;
          const wobble = (rnd() - 0.5) * 3;
          const tex: MarkKind = m.side === 'soviet' || m.side === 'kadar' ? 'vehicle' : 'dot';
          this.add(tex, m.inset, start, duration, (img, t) => {
            const u = Math.max(0, Math.min(1, (t - lag) / (1 - spacing * m.count)));
            const [x, y] = along(m.path, ease(u));
            const [x2, y2] = along(m.path, Math.min(1, ease(u) + 0.01));
            img.setPosition(x + wobble, y + wobble);
            img.setRotation(Math.atan2(y2 - y, x2 - x));
            img.setAlpha(u <= 0 || u >= 1 ? 0 : 0.95);
            img.setScale(m.inset ? 0.8 : 1.5);
          }, c);
        }
      } else {
        const [cx, cy] = m.path[0]!;
        for (let i = 0; i < m.count * 2; i++) {
          const angle = rnd() * Math.PI * 2;
          const dist = (m.inset ? 14 : 38) * (0.5 + rnd() * 0.5);
          const gather = m.kind === 'gather';
          this.add('dot', m.inset, start + rnd() * 600, 1800, (img, t) => {
            const k = gather ? 1 - ease(t) : ease(t);
            img.setPosition(cx + Math.cos(angle) * dist * k, cy + Math.sin(angle) * dist * k);
            img.setAlpha(gather ? Math.min(1, t * 3) * 0.9 : (1 - t) * 0.9);
            img.setScale(m.inset ? 0.6 : 1);
          }, c);
        }
      }
    }
    // Fighting: smoke rising and flashes, more where more died.
    for (const f of plan.fights) {
      const puffs = Math.round(3 + f.intensity * 9);
      const spread = f.inset ? 6 : 22;
      for (let i = 0; i < puffs; i++) {
        const ox = (rnd() - 0.5) * spread * 2;
        const oy = (rnd() - 0.5) * spread;
        const drift = 10 + rnd() * 16;
        this.add('puff', f.inset, 1100 + rnd() * 1800, 1300 + rnd() * 700, (img, t) => {
          img.setPosition(f.at[0] + ox + t * 6, f.at[1] + oy - t * drift);
          img.setScale((f.inset ? 0.35 : 0.7) + t * (f.inset ? 0.5 : 1.2));
          img.setAlpha(0.55 * (1 - t) * (0.4 + f.intensity));
        }, INK.smoke);
      }
      const flashes = Math.round(2 + f.intensity * 8);
      for (let i = 0; i < flashes; i++) {
        const ox = (rnd() - 0.5) * spread * 1.6;
        const oy = (rnd() - 0.5) * spread;
        this.add('spark', f.inset, 1200 + rnd() * 2000, 260, (img, t) => {
          img.setPosition(f.at[0] + ox, f.at[1] + oy);
          img.setScale(f.inset ? 0.4 : 0.75);
          img.setAlpha(1 - t);
        }, INK.fire);
      }
    }
    // Crowds: people milling about the square.
    for (const c of plan.crowds) {
      for (let i = 0; i < c.size; i++) {
        const angle = rnd() * Math.PI * 2;
        const r0 = 8 + rnd() * 22;
        const speed = (rnd() - 0.5) * 1.4;
        this.add('dot', false, rnd() * 300, DAY_MS - 400, (img, t) => {
          const a = angle + speed * t * Math.PI;
          img.setPosition(c.at[0] + Math.cos(a) * r0, c.at[1] + 4 + Math.sin(a) * r0 * 0.55);
          img.setAlpha(Math.min(1, t * 6, (1 - t) * 6) * 0.8);
          img.setScale(0.7);
        }, INK.ink);
      }
    }
    // Refugees walking west to the Austrian border, in the inset.
    for (const f of plan.flights) {
      for (let i = 0; i < f.count; i++) {
        const lag = rnd() * 1600;
        const jitter: Pt = [(rnd() - 0.5) * 4, (rnd() - 0.5) * 4];
        this.add('dot', true, 300 + lag, 2200, (img, t) => {
          const [x, y] = along(f.path, t);
          img.setPosition(x + jitter[0], y + jitter[1]);
          img.setAlpha(Math.min(1, t * 5, (1 - t) * 5));
          img.setScale(0.45);
        }, INK.ink);
      }
    }
    // New councils: a ring widening.
    for (const p of plan.councils) {
      this.add('dot', false, 2400 + rnd() * 600, 900, (img, t) => {
        img.setPosition(p[0], p[1]);
        img.setScale(1 + t * 5);
        img.setAlpha(0.5 * (1 - t));
      }, INK.ink);
    }
  }

  /** At most MAX_ACTORS marks at once on the map: beyond that a busy day only gets slower, not clearer. */
  private thin(rnd: () => number): void {
    if (this.actors.length <= MAX_ACTORS) return;
    const keep = MAX_ACTORS / this.actors.length;
    const kept: Actor[] = [];
    for (const a of this.actors) {
      if (rnd() < keep) kept.push(a);
      else this.pool.push(a.img.setVisible(false));
    }
    this.actors = kept;
  }

  clearTraces(): void {
    this.traces.clear();
    this.insetTraces.clear();
  }

  /** What moved and where there was fighting today, left on the map until the next day. */
  private drawTraces(plan: DayPlan): void {
    for (const m of plan.movements) {
      if (m.kind !== 'column' || m.path.length < 2) continue;
      const g = m.inset ? this.insetTraces : this.traces;
      const c = mix(hexColor(this.sides.get(m.side)?.color ?? '#555555'), INK.ink, 0.2);
      const path = m.path;
      dashedLine(g, path, m.inset ? 1.2 : 2, c, 0.75, 6, 4);
      const [x, y] = path[path.length - 1]!;
      const [px, py] = along(path, 0.97);
      arrowHead(g, x, y, Math.atan2(y - py, x - px), m.inset ? 5 : 9, c);
    }
    for (const f of plan.fights) {
      const g = f.inset ? this.insetTraces : this.traces;
      const size = (f.inset ? 7 : 12) * (0.7 + f.intensity * 0.6);
      const ox = f.inset ? 7 : 16;
      g.fillStyle(INK.paper, 0.9);
      g.fillCircle(f.at[0] + ox, f.at[1] - ox * 0.6, size * 0.62);
      drawBurst(g, f.at[0] + ox, f.at[1] - ox * 0.6, size, INK.fire);
    }
    for (const f of plan.flights) {
      dashedLine(this.insetTraces, f.path, 1, INK.ink, 0.6, 2, 3);
    }
  }
}

const ease = (t: number): number => (t < 0.5 ? 2 * t * t : 1 - Math.pow(-2 * t + 2, 2) / 2);

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
