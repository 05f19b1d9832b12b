// Plays a day's plan on the map: marks moving along their paths, smoke and flashes where
// there was fighting, crowds milling, plates changing colour, people walking to the
// border. Jitter comes from the interface's own generator. With reduced motion nothing
// moves: the day's traces (arrows, marks) are drawn at once instead.
import type Phaser from 'phaser';
import type { Side } from '../../scenario/schema';
import type { AreaLayer } from './AreaLayer';
import type { DayPlan } from './dayPlan';
import { PathWalker, along, polylineLength } from './geom';
import type { Pt } from './geom';
import { DEPTH } from './MapView';
import { INK, hexColor, mix } from './palette';
import { markTexture } from './textures';
import type { MarkKind } from './textures';
import { uiRandom } from '../lib/rng';
import { dashedLine, fillPoly } from './draw';
import { DAY_MS, HANDOVER_FROM_MS, HANDOVER_MS } from './dayTiming';

interface Actor {
  img: Phaser.GameObjects.Image;
  start: number;
  duration: number;
  update: (img: Phaser.GameObjects.Image, t: number) => void;
}

/** An actor before it has an image: the day's marks are all planned, then thinned, then given images. */
interface Cue {
  texture: string;
  inset: boolean;
  start: number;
  duration: number;
  update: Actor['update'];
}

const MAX_ACTORS = 300;
/** The colour of a side the scenario does not list. */
const FALLBACK = 0x555555;

export class DayAnimator {
  private actors: Actor[] = [];
  private pool: Phaser.GameObjects.Image[] = [];
  private cues: Cue[] = [];
  /** One-off work the day needs later on (the evening's plates), done a piece a frame before then. */
  private chores: (() => void)[] = [];
  private blended = -1;
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

  /**
   * Make ahead what every day's animation uses: the marks in each side's colour and a
   * pool of images for them, so that the first frames of a day do not make them.
   */
  prepare(): void {
    const kinds: MarkKind[] = ['dot', 'vehicle'];
    for (const side of this.sides.values()) for (const k of kinds) markTexture(this.scene, k, hexColor(side.color));
    for (const k of kinds) markTexture(this.scene, k, FALLBACK);
    markTexture(this.scene, 'dot', INK.ink);
    markTexture(this.scene, 'puff', INK.smoke);
    markTexture(this.scene, 'spark', INK.fire);
    while (this.pool.length < MAX_ACTORS) this.pool.push(this.scene.add.image(0, 0, markTexture(this.scene, 'dot', INK.ink)).setVisible(false).setDepth(DEPTH.motion));
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
    this.blended = -1;
    for (const c of plan.changes) this.layer.blendControl(c.area, c.from, c.from, 1);
    // The evening's plates are needed only when the areas change hands, late in the day.
    this.chores = plan.changes.map((c) => () => this.layer.preparePlate(c.area, c.to));
    this.schedule(plan, rnd);
    this.thin(rnd);
    this.cast();
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
    this.chores.shift()?.();
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
    const ct = Math.max(0, Math.min(1, (this.clock - HANDOVER_FROM_MS) / HANDOVER_MS));
    if (ct > 0 && ct !== this.blended) for (const c of this.changes) this.layer.blendControl(c.area, c.from, c.to, ct);
    this.blended = ct;
    if (this.clock >= DAY_MS) this.finish();
  }

  private drawPendingTraces(): void {
    if (this.pendingTraces) this.drawTraces(this.pendingTraces);
    this.pendingTraces = null;
  }

  private finish(): void {
    this.chores = [];
    this.cues = [];
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

  private image(img: Phaser.GameObjects.Image, texture: string, inset: boolean): Phaser.GameObjects.Image {
    img.setTexture(texture).setVisible(false).setAlpha(1).setScale(1).setRotation(0).setDepth(inset ? DEPTH.insetMotion : DEPTH.motion);
    return img;
  }

  private add(kind: MarkKind, inset: boolean, start: number, duration: number, update: Actor['update'], colour: number = INK.ink): void {
    this.cues.push({ texture: markTexture(this.scene, kind, colour), inset, start, duration, update });
  }

  /** An image for each cue kept, drawn in the order of the cues (later ones over earlier ones). */
  private cast(): void {
    const imgs: Phaser.GameObjects.Image[] = [];
    for (let i = 0; i < this.cues.length; i++) imgs.push(this.pool.pop() ?? this.scene.add.image(0, 0, this.cues[i]!.texture));
    const order = new Map<Phaser.GameObjects.GameObject, number>();
    this.scene.children.list.forEach((o, i) => order.set(o, i));
    imgs.sort((p, q) => order.get(p)! - order.get(q)!);
    this.cues.forEach((c, i) => this.actors.push({ img: this.image(imgs[i]!, c.texture, c.inset), start: c.start, duration: c.duration, update: c.update }));
    this.cues = [];
  }

  private schedule(plan: DayPlan, rnd: () => number): void {
    const colour = (side: string): number => (this.sides.has(side) ? hexColor(this.sides.get(side)!.color) : FALLBACK);
    // Columns and people on the move, one after another along the path.
    for (const m of plan.movements) {
      const c = colour(m.side);
      const start = 100 + rnd() * 500;
      if (m.kind === 'column') {
        const walk = new PathWalker(m.path);
        const len = polylineLength(m.path);
        const duration = Math.min(2600, 900 + len * 4);
        const spacing = Math.min(0.06, 0.5 / m.count);
        for (let i = 0; i < m.count; i++) {
          const lag = i * spacing;
          const wobble = (rnd() - 0.5) * 3;
          const tex: MarkKind = m.side === 'soviet' || m.side === 'kadar' ? 'vehicle' : 'dot';
          this.add(tex, m.inset, start, duration, (img, t) => {
            const u = Math.max(0, Math.min(1, (t - lag) / (1 - spacing * m.count)));
            const x = walk.at(ease(u)).x;
            const y = walk.y;
            const x2 = walk.at(Math.min(1, ease(u) + 0.01)).x;
            const y2 = walk.y;
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
      const walk = new PathWalker(f.path);
      for (let i = 0; i < f.count; i++) {
        const lag = rnd() * 1600;
        const jitter: Pt = [(rnd() - 0.5) * 4, (rnd() - 0.5) * 4];
        this.add('dot', true, 300 + lag, 2200, (img, t) => {
          walk.at(t);
          img.setPosition(walk.x + jitter[0], walk.y + jitter[1]);
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
    if (this.cues.length <= MAX_ACTORS) return;
    const keep = MAX_ACTORS / this.cues.length;
    this.cues = this.cues.filter(() => rnd() < keep);
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
