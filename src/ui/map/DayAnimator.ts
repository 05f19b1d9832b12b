// Plays a day's plan on the map: marks moving along their paths, smoke and flashes where
// there was fighting, crowds milling, plates changing colour, people walking to the
// border. Jitter comes from the interface's own generator. With reduced motion nothing
// moves: the day's traces (arrows, marks) are drawn at once instead.
import Phaser from 'phaser';
import type { Side } from '../../scenario/schema';
import { uiRandom } from '../lib/rng';
import type { AreaLayer } from './AreaLayer';
import { dayCues } from './dayCues';
import type { Cue, Mark } from './dayCues';
import type { DayPlan } from './dayPlan';
import { DayTraces } from './dayTraces';
import { DAY_MS, HANDOVER_FROM_MS, HANDOVER_MS } from './dayTiming';
import { FlatMark, MarkBatch } from './markBatch';
import { DEPTH } from './MapView';
import { INK, hexColor } from './palette';
import { markTexture } from './textures';
import type { MarkKind } from './textures';

interface Actor {
  img: Mark;
  start: number;
  duration: number;
  update: Cue['update'];
}

const MAX_ACTORS = 300;

export class DayAnimator {
  private actors: Actor[] = [];
  private pool: Phaser.GameObjects.Image[] = [];
  /** One-off work the day needs later on (the evening's plates), done a piece a frame before then. */
  private chores: (() => void)[] = [];
  private blended = -1;
  private clock = 0;
  private running = false;
  private done: (() => void) | null = null;
  private changes: DayPlan['changes'] = [];
  private pendingTraces: DayPlan | null = null;
  private readonly traces: DayTraces;
  /** Under the Canvas renderer, the marks as two batches (the city's and the inset's) rather than images. */
  private readonly batches: { city: MarkBatch; inset: MarkBatch } | null;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly layer: AreaLayer,
    private readonly sides: Map<string, Side>,
    /** Show an image through the inset's camera or the city's. */
    private readonly only: (obj: Phaser.GameObjects.GameObject, inset: boolean) => void,
  ) {
    this.traces = new DayTraces(scene, sides);
    if (scene.sys.game.config.renderType === Phaser.CANVAS) {
      this.batches = { city: new MarkBatch(scene, DEPTH.motion), inset: new MarkBatch(scene, DEPTH.insetMotion) };
      this.only(this.batches.city.image, false);
      this.only(this.batches.inset.image, true);
    } else this.batches = null;
  }

  /**
   * Make ahead what every day's animation uses: the marks in each side's colour and a
   * pool of images for them, so that the first frames of a day do not make them.
   */
  prepare(): void {
    const kinds: MarkKind[] = ['dot', 'vehicle'];
    for (const side of this.sides.values()) for (const k of kinds) markTexture(this.scene, k, hexColor(side.color));
    for (const k of kinds) markTexture(this.scene, k, INK.unknownSide);
    markTexture(this.scene, 'dot', INK.ink);
    markTexture(this.scene, 'puff', INK.smoke);
    markTexture(this.scene, 'spark', INK.fire);
    if (this.batches) return;
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
    this.cast(thin(dayCues(plan, rnd, (side) => this.colour(side)), rnd));
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

  private colour(side: string): number {
    const s = this.sides.get(side);
    return s ? hexColor(s.color) : INK.unknownSide;
  }

  private drawPendingTraces(): void {
    if (this.pendingTraces) this.traces.draw(this.pendingTraces);
    this.pendingTraces = null;
  }

  private finish(): void {
    this.chores = [];
    this.drawPendingTraces();
    for (const c of this.changes) this.layer.blendControl(c.area, c.from, c.to, 1);
    this.changes = [];
    if (this.batches) {
      this.batches.city.show([]);
      this.batches.inset.show([]);
    } else for (const a of this.actors) {
      a.img.setVisible(false);
      this.pool.push(a.img as Phaser.GameObjects.Image);
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
    this.only(img, inset);
    return img;
  }

  /** An image for each cue kept, drawn in the order of the cues (later ones over earlier ones). */
  private cast(cues: Cue[]): void {
    const textures = cues.map((c) => markTexture(this.scene, c.kind, c.colour));
    if (this.batches) {
      const city: FlatMark[] = [];
      const inset: FlatMark[] = [];
      cues.forEach((c, i) => {
        const frame = this.scene.textures.getFrame(textures[i]!);
        const mark = new FlatMark(frame.source.image as CanvasImageSource, frame.width, frame.height);
        (c.inset ? inset : city).push(mark);
        this.actors.push({ img: mark, start: c.start, duration: c.duration, update: c.update });
      });
      this.batches.city.show(city);
      this.batches.inset.show(inset);
      return;
    }
    const imgs: Phaser.GameObjects.Image[] = [];
    for (let i = 0; i < cues.length; i++) imgs.push(this.pool.pop() ?? this.scene.add.image(0, 0, textures[i]!));
    const order = new Map<Phaser.GameObjects.GameObject, number>();
    this.scene.children.list.forEach((o, i) => order.set(o, i));
    imgs.sort((p, q) => order.get(p)! - order.get(q)!);
    cues.forEach((c, i) => this.actors.push({ img: this.image(imgs[i]!, textures[i]!, c.inset), start: c.start, duration: c.duration, update: c.update }));
  }

  clearTraces(): void {
    this.traces.clear();
  }
}

/** At most MAX_ACTORS marks at once on the map: beyond that a busy day only gets slower, not clearer. */
function thin(cues: Cue[], rnd: () => number): Cue[] {
  if (cues.length <= MAX_ACTORS) return cues;
  const keep = MAX_ACTORS / cues.length;
  return cues.filter(() => rnd() < keep);
}
