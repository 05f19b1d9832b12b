// The day's marks as cues: for each column, crowd, fight, flight and new council, the
// marks it sets moving and when. Pure but for the jitter, which comes from the
// interface's own generator (never the game's), so a day looks the same every time.
import type { DayPlan } from './dayPlan';
import { DAY_MS } from './dayTiming';
import { PathWalker, polylineLength } from './geom';
import type { Pt } from './geom';
import { INK } from './palette';
import type { MarkKind } from './textures';

/** What a cue moves: a Phaser image (WebGL), or a mark of the Canvas renderer's batch (`MarkBatch`). */
export interface Mark {
  setPosition(x: number, y: number): unknown;
  setRotation(radians: number): unknown;
  setAlpha(alpha: number): unknown;
  setScale(scale: number): unknown;
  setVisible(visible: boolean): unknown;
}

/** A mark of the day before it has an image: what it looks like, when it moves, and how. */
export interface Cue {
  kind: MarkKind;
  colour: number;
  inset: boolean;
  start: number;
  duration: number;
  /** Place the mark at `t` (0–1) of its time. */
  update: (img: Mark, t: number) => void;
}

const ease = (t: number): number => (t < 0.5 ? 2 * t * t : 1 - Math.pow(-2 * t + 2, 2) / 2);

/** Every mark of the day, in drawing order (later over earlier); `colour` gives a side's. */
export function dayCues(plan: DayPlan, rnd: () => number, colour: (side: string) => number): Cue[] {
  const cues: Cue[] = [];
  const add = (kind: MarkKind, inset: boolean, start: number, duration: number, update: Cue['update'], c: number = INK.ink): void => {
    cues.push({ kind, colour: c, inset, start, duration, update });
  };
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
        add(tex, m.inset, start, duration, (img, t) => {
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
        add('dot', m.inset, start + rnd() * 600, 1800, (img, t) => {
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
      add('puff', f.inset, 1100 + rnd() * 1800, 1300 + rnd() * 700, (img, t) => {
        img.setPosition(f.at[0] + ox + t * 6, f.at[1] + oy - t * drift);
        img.setScale((f.inset ? 0.35 : 0.7) + t * (f.inset ? 0.5 : 1.2));
        img.setAlpha(0.55 * (1 - t) * (0.4 + f.intensity));
      }, INK.smoke);
    }
    const flashes = Math.round(2 + f.intensity * 8);
    for (let i = 0; i < flashes; i++) {
      const ox = (rnd() - 0.5) * spread * 1.6;
      const oy = (rnd() - 0.5) * spread;
      add('spark', f.inset, 1200 + rnd() * 2000, 260, (img, t) => {
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
      add('dot', false, rnd() * 300, DAY_MS - 400, (img, t) => {
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
      add('dot', true, 300 + lag, 2200, (img, t) => {
        walk.at(t);
        img.setPosition(walk.x + jitter[0], walk.y + jitter[1]);
        img.setAlpha(Math.min(1, t * 5, (1 - t) * 5));
        img.setScale(0.45);
      }, INK.ink);
    }
  }
  // New councils: a ring widening.
  for (const p of plan.councils) {
    add('dot', false, 2400 + rnd() * 600, 900, (img, t) => {
      img.setPosition(p[0], p[1]);
      img.setScale(1 + t * 5);
      img.setAlpha(0.5 * (1 - t));
    }, INK.ink);
  }
  return cues;
}
