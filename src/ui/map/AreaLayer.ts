// The areas on the map: each plate coloured and patterned for the side that holds it
// (baked once per holder, faded between two while it changes hands), its pin at its
// point, and its tag (badge, name, forces) where the layout puts it, with a leader line
// when it is set apart. Areas that changed hands today are outlined in their new holder's
// colour and stamped. Knows which area is under a point: a tag, then a pin, then a site,
// then a district.
import type Phaser from 'phaser';
import type { GameState } from '../../engine';
import type { Scenario } from '../../scenario/resolve';
import type { Side } from '../../scenario/schema';
import { badgeTexture, pinTexture, sideColour } from './art';
import { arrangeTag, buildTag } from './areaTags';
import type { TagChange, TagObjects } from './areaTags';
import { BAKE_SCALE, bakeTexture } from './bake';
import type { Region } from './bake';
import { dashedLine, drawPattern, fillPoly, strokeLine } from './draw';
import { areaShapes } from './geography';
import type { AreaShape, MapArea, MapGeography } from './geography';
import { bounds, centroid, pointInPolygon, shrinkToward } from './geom';
import type { Pt } from './geom';
import type { Box, Placement } from './labelPlacement';
import { tagParts, tagSize } from './mapLabels';
import type { Measure } from './mapLabels';
import { toWorld } from './mapLayout';
import type { View } from './mapLayout';
import { DEPTH, makeText } from './MapView';
import { INK, hexColor, mix } from './palette';
import { patternMarks } from './patterns';

type AreaState = GameState['areas'][string];

interface AreaDraw {
  area: MapArea;
  shape: AreaShape;
  /** The plate, baked per holder; `fade` shows the previous holder while it changes hands. */
  plate: Phaser.GameObjects.Image;
  fade: Phaser.GameObjects.Image;
  region: Region;
  bakeScale: number;
  control: string | null;
  tag: TagObjects;
  /** The holder's badge on the point: the town's in the inset, the pin of a tag set apart in the city. */
  pin: Phaser.GameObjects.Image;
  /** What the tag shows now, so an unchanged area is not made again. */
  tagSig: string;
  /** Where the tag is, in the world (its camera's), after the last layout. */
  box: { x: number; y: number; w: number; h: number } | null;
}

/** How far from a pin, in pixels, a click still takes its area. */
const PIN_REACH = 11;

export class AreaLayer {
  readonly shapes: Map<string, AreaShape>;
  private draws = new Map<string, AreaDraw>();
  private sides: Map<string, Side>;
  private hover: { city: Phaser.GameObjects.Graphics; inset: Phaser.GameObjects.Graphics };
  private leaders: { city: Phaser.GameObjects.Graphics; inset: Phaser.GameObjects.Graphics };
  private changedLines: { city: Phaser.GameObjects.Graphics; inset: Phaser.GameObjects.Graphics };
  private selected: string | null = null;
  private hovered: string | null = null;
  private changes = new Map<string, TagChange>();
  private zoom = { city: 1, inset: 1 };
  private compact = false;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly scenario: Scenario,
    geo: MapGeography,
    private readonly measure: Measure,
  ) {
    this.sides = new Map(scenario.sides.map((s) => [s.id, s]));
    this.shapes = areaShapes(scenario.areas, geo);
    const pair = (depthCity: number, depthInset: number) => ({ city: scene.add.graphics().setDepth(depthCity), inset: scene.add.graphics().setDepth(depthInset) });
    this.hover = pair(DEPTH.hover, DEPTH.insetMotion + 0.5);
    this.leaders = pair(DEPTH.leaders, DEPTH.insetMarks);
    this.changedLines = pair(DEPTH.changed, DEPTH.insetPlates + 0.5);
    // Districts first, so the sites within them lie over them.
    const ordered = [...scenario.areas].sort((a, b) => Number(b.kind === 'district') - Number(a.kind === 'district'));
    for (const a of ordered) {
      const shape = this.shapes.get(a.id)!;
      const inset = shape.inset;
      const b = bounds(shape.poly);
      const region: Region = { x: b.minX - 3, y: b.minY - 3, width: b.maxX - b.minX + 6, height: b.maxY - b.minY + 6 };
      const bakeScale = inset ? 1 : BAKE_SCALE;
      const depth = inset ? DEPTH.insetPlates : a.kind === 'district' ? DEPTH.plates : DEPTH.sitePlates;
      const plate = scene.add.image(region.x, region.y, '__DEFAULT').setOrigin(0, 0).setScale(1 / bakeScale).setDepth(depth).setVisible(false);
      const fade = scene.add.image(region.x, region.y, '__DEFAULT').setOrigin(0, 0).setScale(1 / bakeScale).setDepth(depth).setVisible(false);
      const container = scene.add.container(0, 0).setDepth(inset ? DEPTH.insetLabels : DEPTH.tags).setVisible(false);
      const name = makeText(scene, a.name, { size: 12, family: 'serif', style: '' });
      const pin = scene.add.image(shape.point[0], shape.point[1], '__DEFAULT').setDepth(inset ? DEPTH.insetMarks : DEPTH.pins).setVisible(false);
      const tag: TagObjects = { container, name, parts: [], badge: null, size: { w: 0, h: 0, badge: 0 }, side: 'right' };
      this.draws.set(a.id, { area: a, shape, plate, fade, region, bakeScale, control: null, tag, pin, tagSig: '', box: null });
    }
  }

  /** The map's areas with their shapes (for the layout). */
  get areas(): MapArea[] {
    return [...this.draws.values()].map((d) => d.area);
  }

  /** The areas that changed hands, marked until cleared. */
  get changed(): ReadonlySet<string> {
    return new Set(this.changes.keys());
  }

  /** Mark the areas that changed hands between two states (and only those); none for null. */
  markChanges(before: GameState | null, after: GameState | null): void {
    this.changes.clear();
    if (before && after) {
      for (const [id] of this.draws) {
        const from = before.areas[id]?.control;
        const to = after.areas[id]?.control;
        if (from && to && from !== to) this.changes.set(id, { from, to });
      }
    }
    this.drawChanged();
  }

  /** Draw who holds each area and what its tag shows; true when anything changed. */
  show(state: GameState, compact: boolean): boolean {
    let changed = this.compact !== compact;
    this.compact = compact;
    for (const [id, d] of this.draws) {
      const area = state.areas[id];
      if (!area) continue;
      if (d.control !== area.control) {
        this.drawPlate(d, area.control);
        changed = true;
      }
      if (this.drawTag(d, area)) changed = true;
    }
    return changed;
  }

  /** Whether `show(state)` would change anything. */
  differs(state: GameState, compact: boolean): boolean {
    if (compact !== this.compact) return true;
    for (const [id, d] of this.draws) {
      const area = state.areas[id];
      if (area && (d.control !== area.control || this.signature(d, area) !== d.tagSig)) return true;
    }
    return false;
  }

  private signature(d: AreaDraw, area: AreaState): string {
    const parts = tagParts(d.area, area, d.shape, { compact: this.compact, changed: this.changes.has(d.area.id) });
    const c = this.changes.get(d.area.id);
    return `${area.control}|${parts.name}|${parts.council}|${parts.flag}|${parts.chits.map((x) => `${x.side}:${x.text}`).join(',')}|${c ? `${c.from}>${c.to}` : ''}|${this.compact}`;
  }

  private drawTag(d: AreaDraw, area: AreaState): boolean {
    const sig = this.signature(d, area);
    if (sig === d.tagSig) return false;
    d.tagSig = sig;
    const parts = tagParts(d.area, area, d.shape, { compact: this.compact, changed: this.changes.has(d.area.id) });
    const size = tagSize(parts, this.measure, d.shape.inset, this.compact);
    const holder = this.sides.get(area.control);
    buildTag(this.scene, d.tag, parts, size, holder, this.sides, this.changes.get(d.area.id) ?? null, this.measure, d.shape.inset);
    d.pin.setTexture(d.shape.inset ? badgeTexture(this.scene, holder) : pinTexture(this.scene, holder));
    return true;
  }

  /**
   * Put the tags, pins and leader lines where the layout placed them. `placements` are in
   * screen pixels of the city's and the inset's views.
   */
  applyLayout(placements: ReadonlyMap<string, Placement>, city: View, inset: View): void {
    this.zoom = { city: city.zoom, inset: inset.zoom };
    this.leaders.city.clear();
    this.leaders.inset.clear();
    for (const [id, d] of this.draws) {
      const p = placements.get(`area:${id}`);
      const view = d.shape.inset ? inset : city;
      const z = view.zoom;
      const [px, py] = d.shape.point;
      if (d.shape.inset) d.pin.setPosition(px, py).setDisplaySize(12 / z, 12 / z).setVisible(true);
      if (!p?.box) {
        d.tag.container.setVisible(false);
        d.box = null;
        if (!d.shape.inset) d.pin.setPosition(px, py).setDisplaySize(11 / z, 11 / z).setVisible(true);
        continue;
      }
      const b: Box = p.box;
      if (!d.shape.inset) arrangeTag(d.tag, p.side ?? 'right');
      const [x, y] = toWorld(view, [b.cx - b.w / 2, b.cy - b.h / 2]);
      d.tag.container.setPosition(x, y).setScale(1 / z).setVisible(true);
      d.box = { x, y, w: b.w / z, h: b.h / z };
      if (!d.shape.inset) d.pin.setPosition(px, py).setDisplaySize(11 / z, 11 / z).setVisible(!!p.leader);
      if (p.leader) {
        const g = d.shape.inset ? this.leaders.inset : this.leaders.city;
        const [a, e] = p.leader.map((q) => toWorld(view, q)) as [Pt, Pt];
        g.lineStyle(2.6 / z, INK.paper, 0.9);
        g.lineBetween(a[0], a[1], e[0], e[1]);
        g.lineStyle(1 / z, INK.ink, 0.9);
        g.lineBetween(a[0], a[1], e[0], e[1]);
      }
    }
    this.drawChanged();
    this.drawHover();
  }

  /** The plate's outline, heavy and dashed in the new holder's colour, for each area that changed hands. */
  private drawChanged(): void {
    this.changedLines.city.clear();
    this.changedLines.inset.clear();
    for (const [id, c] of this.changes) {
      const d = this.draws.get(id);
      if (!d) continue;
      const g = d.shape.inset ? this.changedLines.inset : this.changedLines.city;
      const z = d.shape.inset ? this.zoom.inset : this.zoom.city;
      const colour = mix(sideColour(this.sides.get(c.to)), INK.ink, 0.25);
      const ring = [...d.shape.poly, d.shape.poly[0]!];
      strokeLine(g, ring, 4.5 / z, INK.paper, 0.8, true);
      dashedLine(g, ring, 3 / z, colour, 1, 7 / z, 3.5 / z);
    }
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

  /** The plate of an area as held by a side: its tint, pattern and edge, baked once. */
  private plateTexture(d: AreaDraw, control: string): string {
    const key = `nd-plate:${this.scenario.contentHash}:${d.shape.id}:${control}`;
    if (this.scene.textures.exists(key)) return key;
    const side = this.sides.get(control);
    const colour = side ? hexColor(side.color) : INK.inkFaint;
    const pattern = side?.pattern ?? 'solid';
    const inset = d.shape.inset;
    const site = d.area.kind === 'site';
    return bakeTexture(
      this.scene,
      key,
      d.region,
      (g) => {
        const plate = inset || site ? d.shape.poly : shrinkToward(d.shape.poly, centroid(d.shape.poly), 1.2);
        // A district is a wash over the plan (its streets show through); a site, a small solid block.
        fillPoly(g, plate, colour, site ? 0.8 : inset ? 0.5 : pattern === 'solid' ? 0.34 : 0.24);
        if (!site) drawPattern(g, patternMarks(pattern, plate, inset ? 2.6 : 0.8), mix(colour, INK.ink, 0.2), inset ? 0.5 : 0.6, inset ? 2.4 : 0.9);
        strokeLine(g, plate, inset ? 3 : site ? 0.9 : 1.5, mix(colour, INK.ink, site ? 0.6 : 0.35), 0.95, true);
      },
      d.bakeScale,
    );
  }

  /** The area under a point of the world, as the camera showing it sees it (`inset`). */
  areaAt(x: number, y: number, inset: boolean): string | null {
    const z = inset ? this.zoom.inset : this.zoom.city;
    const here = [...this.draws.values()].filter((d) => d.shape.inset === inset);
    for (const d of here) {
      const b = d.box;
      if (b && x >= b.x && x <= b.x + b.w && y >= b.y && y <= b.y + b.h) return d.area.id;
    }
    let best: AreaDraw | null = null;
    let bestD = PIN_REACH / z;
    for (const d of here) {
      const dist = Math.hypot(x - d.shape.point[0], y - d.shape.point[1]);
      if (dist < bestD) {
        bestD = dist;
        best = d;
      }
    }
    if (best) return best.area.id;
    for (const kind of ['site', 'town', 'border', 'district'] as const) {
      for (const d of here) if (d.area.kind === kind && pointInPolygon([x, y], d.shape.poly)) return d.area.id;
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
    this.hover.city.clear();
    this.hover.inset.clear();
    for (const [id, width, alpha] of [
      [this.selected, 3.2, 1],
      [this.hovered, 2.2, 0.8],
    ] as const) {
      if (!id) continue;
      const d = this.draws.get(id);
      if (!d) continue;
      const g = d.shape.inset ? this.hover.inset : this.hover.city;
      const z = d.shape.inset ? this.zoom.inset : this.zoom.city;
      strokeLine(g, d.shape.poly, (width + 2) / z, INK.paper, alpha, true);
      strokeLine(g, d.shape.poly, width / z, INK.highlight, alpha, true);
      const b = d.box;
      if (b) {
        g.lineStyle((width - 0.6) / z, INK.highlight, alpha);
        g.strokeRect(b.x - 2 / z, b.y - 2 / z, b.w + 4 / z, b.h + 4 / z);
      }
    }
  }

  point(id: string): Pt | null {
    return this.draws.get(id)?.shape.point ?? null;
  }

  /** Each area's tag box (world) and point, for the page's report of the layout. */
  boxes(): { id: string; inset: boolean; box: AreaDraw['box']; point: Pt }[] {
    return [...this.draws.values()].map((d) => ({ id: d.area.id, inset: d.shape.inset, box: d.box, point: d.shape.point }));
  }
}
