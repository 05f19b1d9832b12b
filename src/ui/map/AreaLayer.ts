// The areas on the map: each plate coloured, patterned and marked with the symbol of
// the side that holds it, its name, and markers for the forces in it. Redrawn from a
// state; knows which area is under a point.
import type Phaser from 'phaser';
import type { GameState } from '../../engine';
import type { Scenario } from '../../scenario/resolve';
import type { Side } from '../../scenario/schema';
import { BUDAPEST_IN_COUNTRY, INSET, areaShapes, toInset } from './geography';
import type { AreaShape } from './geography';
import { bounds, centroid, pointInPolygon, shrinkToward } from './geom';
import type { Pt } from './geom';
import { patternMarks } from './patterns';
import { BAKE_SCALE, bakeTexture } from './bake';
import type { Region } from './bake';
import { drawPattern, drawSymbol, fillPoly, strokeLine } from './draw';
import { DEPTH } from './MapView';
import { FONT, INK, css, hexColor, mix } from './palette';
import { compact, shortName } from '../lib/format';
import { TEX } from './textures';

/** Sides whose forces get a marker, in the order they are shown. */
const FORCE_ORDER = ['revolutionaries', 'army', 'avh', 'government', 'soviet', 'kadar'];
const MIN_FORCE = 10;

interface AreaDraw {
  shape: AreaShape;
  /** The plate, baked per holder; `fade` shows the previous holder while it changes hands. */
  plate: Phaser.GameObjects.Image;
  fade: Phaser.GameObjects.Image;
  region: Region;
  bakeScale: number;
  marks: Phaser.GameObjects.Graphics;
  label: Phaser.GameObjects.Text;
  sub: Phaser.GameObjects.Text | null;
  chits: Phaser.GameObjects.GameObject[];
  flag: Phaser.GameObjects.Image | null;
  control: string | null;
  /** What the marks show now, so an unchanged area is not redrawn. */
  marksSig: string;
}

export class AreaLayer {
  readonly shapes: Map<string, AreaShape>;
  private draws = new Map<string, AreaDraw>();
  private sides: Map<string, Side>;
  private hover: Phaser.GameObjects.Graphics;
  private selected: string | null = null;
  private hovered: string | null = null;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly scenario: Scenario,
  ) {
    this.sides = new Map(scenario.sides.map((s) => [s.id, s]));
    this.shapes = areaShapes(scenario.areas);
    this.hover = scene.add.graphics().setDepth(DEPTH.hover);
    for (const a of scenario.areas) {
      const shape = this.shapes.get(a.id)!;
      const inset = shape.inset;
      const b = bounds(shape.poly);
      const region: Region = { x: b.minX - 3, y: b.minY - 3, width: b.maxX - b.minX + 6, height: b.maxY - b.minY + 6 };
      const bakeScale = inset ? 3 : BAKE_SCALE;
      const depth = inset ? DEPTH.insetPlates : DEPTH.plates;
      const plate = scene.add.image(region.x, region.y, TEX.emblem).setOrigin(0, 0).setScale(1 / bakeScale).setDepth(depth).setVisible(false);
      const fade = scene.add.image(region.x, region.y, TEX.emblem).setOrigin(0, 0).setScale(1 / bakeScale).setDepth(depth).setVisible(false);
      const marks = scene.add.graphics().setDepth(inset ? DEPTH.insetMarks : DEPTH.marks);
      const { main, sub } = splitName(a.name, inset);
      const [lx, ly] = labelPoint(shape, a.map.labelDx, a.map.labelDy, inset);
      const label = scene.add
        .text(lx, ly, main, {
          fontFamily: FONT.serif,
          fontSize: inset ? '9px' : a.kind === 'district' ? '12px' : '11px',
          fontStyle: a.kind === 'site' && !inset ? 'italic' : a.kind === 'district' ? 'bold' : '',
          color: css(INK.ink),
          align: 'center',
          resolution: 2,
        })
        .setOrigin(0.5, 1)
        .setDepth(inset ? DEPTH.insetLabels : DEPTH.labels);
      label.setStroke(css(INK.paper), 3);
      const subText = sub
        ? scene.add
            .text(lx, ly, sub, { fontFamily: FONT.serif, fontSize: '9px', fontStyle: 'italic', color: css(INK.inkSoft), align: 'center', resolution: 2 })
            .setOrigin(0.5, 1)
            .setStroke(css(INK.paper), 3)
            .setDepth(DEPTH.labels)
        : null;
      if (subText) label.setY(ly - subText.height + 2);
      this.draws.set(a.id, { shape, plate, fade, region, bakeScale, marks, label, sub: subText, chits: [], flag: null, control: null, marksSig: '' });
    }
    this.placeInsetLabels();
  }

  /** The inset's town names: beside their point, wherever they do not cover another. */
  private placeInsetLabels(): void {
    type Box = [number, number, number, number];
    const overlaps = (a: Box, b: Box): boolean => a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
    const [bx, by] = toInset(BUDAPEST_IN_COUNTRY);
    const frame: Box = [INSET.x + 1, INSET.y + 1, INSET.width * INSET.scale - 2, INSET.height * INSET.scale - 2];
    const taken: Box[] = [[bx - 5, by - 5, 10, 10], [bx + 7, by - 14, 52, 13]];
    const insets = [...this.draws.values()].filter((d) => d.shape.inset);
    for (const d of insets) taken.push([d.shape.point[0] - 8, d.shape.point[1] - 8, 16, 16]);
    const candidates: [number, number, number, number][] = [
      [0, -8, 0.5, 1],
      [9, 0, 0, 0.5],
      [-9, 0, 1, 0.5],
      [0, 8, 0.5, 0],
      [8, -7, 0, 1],
      [-8, -7, 1, 1],
      [8, 7, 0, 0],
      [-8, 7, 1, 0],
    ];
    for (const d of insets.sort((a, b) => a.shape.point[0] - b.shape.point[0])) {
      const [x, y] = d.shape.point;
      const w = d.label.width;
      const hgt = d.label.height;
      const boxOf = ([dx, dy, ox, oy]: [number, number, number, number]): Box => [x + dx - ox * w, y + dy - oy * hgt, w, hgt];
      const own: Box = [x - 8, y - 8, 16, 16];
      const inside = (b: Box): boolean => b[0] >= frame[0] && b[1] >= frame[1] && b[0] + b[2] <= frame[0] + frame[2] && b[1] + b[3] <= frame[1] + frame[3];
      const free = (c: [number, number, number, number]): boolean => inside(boxOf(c)) && !taken.some((t) => !(t[0] === own[0] && t[1] === own[1]) && overlaps(boxOf(c), t));
      const pick = candidates.find(free) ?? candidates.find((c) => inside(boxOf(c))) ?? candidates[0]!;
      d.label.setPosition(x + pick[0], y + pick[1]).setOrigin(pick[2], pick[3]);
      taken.push(boxOf(pick));
    }
  }

  /** Draw who holds each area and the forces in it; true when anything changed. */
  show(state: GameState): boolean {
    let changed = false;
    for (const [id, d] of this.draws) {
      const area = state.areas[id];
      if (!area) continue;
      if (d.control !== area.control) {
        this.drawPlate(d, area.control);
        changed = true;
      }
      if (this.drawMarks(d, state, id)) changed = true;
    }
    return changed;
  }

  /** Whether `show(state)` would change anything. */
  differs(state: GameState): boolean {
    for (const [id, d] of this.draws) {
      const area = state.areas[id];
      if (area && (d.control !== area.control || marksSignature(area) !== d.marksSig)) return true;
    }
    return false;
  }

  /** The images of an area's plate (for keeping them out of the still picture while they change). */
  plateImages(id: string): Phaser.GameObjects.Image[] {
    const d = this.draws.get(id);
    return d ? [d.plate, d.fade] : [];
  }

  /** Bake the plate of an area as held by a side, if it is not yet (ahead of showing it). */
  preparePlate(id: string, control: string): void {
    const d = this.draws.get(id);
    if (d) this.plateTexture(d, control);
  }

  /** Show one plate part way between two holders (for the day's change of hands). */
  blendControl(id: string, from: string, to: string, t: number): void {
    const d = this.draws.get(id);
    if (!d) return;
    if (t >= 1 || from === to) {
      this.drawPlate(d, to);
      return;
    }
    d.fade.setTexture(this.plateTexture(d, from)).setVisible(true).setAlpha(1 - t);
    d.plate.setTexture(this.plateTexture(d, to)).setVisible(true).setAlpha(t);
    d.control = null;
  }

  private drawPlate(d: AreaDraw, control: string): void {
    d.plate.setTexture(this.plateTexture(d, control)).setVisible(true).setAlpha(1);
    d.fade.setVisible(false);
    d.control = control;
  }

  /** The plate of an area as held by a side: its colour, pattern and edge, baked once. */
  private plateTexture(d: AreaDraw, control: string): string {
    const key = `nd-plate:${this.scenario.contentHash}:${d.shape.id}:${control}`;
    if (this.scene.textures.exists(key)) return key;
    const side = this.sides.get(control);
    const colour = side ? hexColor(side.color) : INK.inkFaint;
    const pattern = side?.pattern ?? 'solid';
    const inset = d.shape.inset;
    return bakeTexture(this.scene, key, d.region, (g) => {
      const centre: Pt = inset ? d.shape.point : centroid(d.shape.poly);
      const plate = inset ? d.shape.poly : shrinkToward(d.shape.poly, centre, 2.5);
      fillPoly(g, plate, mix(INK.land, colour, pattern === 'solid' ? 0.42 : 0.26), 0.92);
      drawPattern(g, patternMarks(pattern, plate, inset ? 0.55 : 1), mix(colour, INK.ink, 0.15), 0.55, inset ? 0.8 : 1.3);
      strokeLine(g, plate, inset ? 1.2 : 1.6, mix(colour, INK.ink, 0.35), 0.9, true);
    }, d.bakeScale);
  }

  private drawMarks(d: AreaDraw, state: GameState, id: string): boolean {
    const area = state.areas[id]!;
    const present = FORCE_ORDER.filter((s) => (area.forces[s] ?? 0) >= MIN_FORCE);
    const sig = marksSignature(area);
    if (sig === d.marksSig) return false;
    d.marksSig = sig;
    const g = d.marks;
    g.clear();
    for (const c of d.chits) c.destroy();
    d.chits = [];
    d.flag?.destroy();
    d.flag = null;
    const side = this.sides.get(area.control);
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
      d.flag = this.scene.add.image(x - r - 10, y - 6, TEX.emblem).setDisplaySize(15, 10).setDepth(DEPTH.marks);
    }
    if (d.shape.inset) return true;
    const w = 31;
    const gap = 2;
    let cx = x - ((present.length * (w + gap) - gap) / 2);
    const cy = y + r + 5;
    for (const sid of present) {
      const s = this.sides.get(sid);
      const colour = s ? hexColor(s.color) : INK.inkFaint;
      g.fillStyle(INK.paper, 1);
      g.fillRect(cx - 1, cy - 1, w + 2, 14);
      g.fillStyle(colour, 1);
      g.fillRect(cx, cy, w, 12);
      if (s) drawSymbol(g, s.symbol, cx + 6, cy + 6, 7.5, INK.paper);
      const t = this.scene.add
        .text(cx + 11, cy + 6, compact(area.forces[sid] ?? 0), { fontFamily: FONT.sans, fontSize: '9px', fontStyle: 'bold', color: css(INK.paper), resolution: 2 })
        .setOrigin(0, 0.5)
        .setDepth(DEPTH.marks);
      d.chits.push(t);
      cx += w + gap;
    }
    return true;
  }

  areaAt(x: number, y: number): string | null {
    // The inset lies over the city: test it first.
    for (const inset of [true, false]) {
      for (const [id, d] of this.draws) {
        if (d.shape.inset !== inset) continue;
        if (pointInPolygon([x, y], d.shape.poly)) return id;
        if (inset && Math.hypot(x - d.shape.point[0], y - d.shape.point[1]) < 12) return id;
      }
    }
    return null;
  }

  isInInset(id: string): boolean {
    return this.draws.get(id)?.shape.inset ?? false;
  }

  /** True when the hover changed (and the map needs drawing). */
  setHover(id: string | null): boolean {
    if (id === this.hovered) return false;
    this.hovered = id;
    this.drawHover();
    return true;
  }

  setSelected(id: string | null): void {
    this.selected = id;
    this.drawHover();
  }

  private drawHover(): void {
    const g = this.hover;
    g.clear();
    for (const [id, width, alpha] of [[this.selected, 3.2, 1], [this.hovered, 2.2, 0.8]] as const) {
      if (!id) continue;
      const d = this.draws.get(id);
      if (!d) continue;
      strokeLine(g, d.shape.poly, width + 2, INK.paper, alpha, true);
      strokeLine(g, d.shape.poly, width, INK.highlight, alpha, true);
    }
  }

  point(id: string): Pt | null {
    return this.draws.get(id)?.shape.point ?? null;
  }
}

function marksSignature(area: GameState['areas'][string]): string {
  const present = FORCE_ORDER.filter((s) => (area.forces[s] ?? 0) >= MIN_FORCE);
  return `${area.control}|${area.council}|${present.map((s) => `${s}:${compact(area.forces[s] ?? 0)}`).join(',')}`;
}

function splitName(name: string, inset: boolean): { main: string; sub: string | null } {
  if (inset) return { main: shortName(name), sub: null };
  const paren = /^(.*?)\s*(\(.*\))$/.exec(name);
  if (paren) return { main: paren[1]!, sub: paren[2]! };
  const and = /^(.*?)\s+(and the .*)$/.exec(name);
  if (and) return { main: and[1]!, sub: and[2]! };
  return { main: name, sub: null };
}

function labelPoint(shape: AreaShape, dx = 0, dy = 0, inset = false): Pt {
  const [x, y] = shape.point;
  if (inset) return [x + dx * 0.4, y - 8 + dy * 0.4];
  return [x + dx, y - 12 + dy];
}
