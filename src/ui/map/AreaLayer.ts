// The areas on the map: each plate coloured and patterned for the side that holds it
// (baked once per holder, faded between two while it changes hands), with its name and
// its marks. Redrawn from a state; knows which area is under a point.
import type Phaser from 'phaser';
import type { GameState } from '../../engine';
import type { Scenario } from '../../scenario/resolve';
import type { Side } from '../../scenario/schema';
import { areaLabel, placeInsetLabels } from './areaLabels';
import type { AreaLabel } from './areaLabels';
import { drawMarks, marksSignature } from './areaMarks';
import type { AreaMarks } from './areaMarks';
import { BAKE_SCALE, bakeTexture } from './bake';
import type { Region } from './bake';
import { drawPattern, fillPoly, strokeLine } from './draw';
import { areaShapes } from './geography';
import type { AreaShape } from './geography';
import { bounds, centroid, pointInPolygon, shrinkToward } from './geom';
import type { Pt } from './geom';
import { DEPTH } from './MapView';
import { INK, hexColor, mix } from './palette';
import { patternMarks } from './patterns';
import { TEX } from './textures';

interface AreaDraw extends AreaMarks, AreaLabel {
  /** The plate, baked per holder; `fade` shows the previous holder while it changes hands. */
  plate: Phaser.GameObjects.Image;
  fade: Phaser.GameObjects.Image;
  region: Region;
  bakeScale: number;
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
      const { label, sub } = areaLabel(scene, a, shape);
      this.draws.set(a.id, { shape, plate, fade, region, bakeScale, marks, label, sub, chits: [], flag: null, control: null, marksSig: '' });
    }
    placeInsetLabels([...this.draws.values()].filter((d) => d.shape.inset));
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
    const sig = marksSignature(area);
    if (sig === d.marksSig) return false;
    d.marksSig = sig;
    drawMarks(this.scene, d, area, this.sides);
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
