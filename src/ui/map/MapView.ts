// The paper map under the areas, drawn once from the geographic base: on the city's sheet
// the land, the built-up ground, the parks and hills, the Danube with its islands (the
// underlay, under the areas' plates), then the railways, roads, bridges and named
// buildings (the linework, over them); the cartouche; and the inset's Hungary. The names
// are text objects that the layout places for each screen.
import type Phaser from 'phaser';
import { bakeTexture, bakedImage } from './bake';
import type { Region } from './bake';
import { ART } from './art';
import { t } from '../lib/words';
import { dashedLine, fillPoly, strokeLine } from './draw';
import type { MapGeography } from './geography';
import { bounds, centroid, clipPolyline, clipToRect, offsetLine, pointInPolygon } from './geom';
import type { Poly, Pt } from './geom';
import type { Placement, Rect } from './labelPlacement';
import type { FontSpec, OffSheetNote, PlainLabel } from './mapLabels';
import type { View } from './mapLayout';
import { toScreen, toWorld } from './mapLayout';
import { FONT, INK, PLAN, css } from './palette';

/** The scale bar's marks: two kilometres, or one where two do not fit. */
const SCALE_TWO = ['0', '1', '2 km'];
const SCALE_ONE = ['0', '½', '1 km'];

export const DEPTH = {
  underlay: 1,
  plates: 2,
  sitePlates: 2.5,
  ink: 2.8,
  changed: 3,
  linework: 4,
  pins: 6,
  leaders: 6.5,
  tags: 7,
  labels: 8,
  traces: 9,
  motion: 10,
  insetBase: 20,
  insetPlates: 22,
  insetMarks: 23,
  insetLabels: 24,
  insetMotion: 25,
  hover: 30,
} as const;

const TONE: Record<PlainLabel['tone'], number> = { ink: INK.ink, soft: INK.inkSoft, faint: INK.inkFaint, river: INK.riverName };

/** A Phaser text style for one of the map's fonts, with the paper's halo round it. */
export function textStyle(font: FontSpec, colour: number = INK.ink): Phaser.Types.GameObjects.Text.TextStyle {
  return {
    fontFamily: font.family === 'serif' ? FONT.serif : FONT.sans,
    fontSize: `${font.size}px`,
    fontStyle: font.style,
    color: css(colour),
    stroke: css(INK.paper),
    strokeThickness: 3,
    resolution: 2,
  };
}

export function makeText(scene: Phaser.Scene, text: string, font: FontSpec, colour: number = INK.ink): Phaser.GameObjects.Text {
  const t = scene.add.text(0, 0, text, textStyle(font, colour)).setOrigin(0.5);
  if (font.spacing) t.setLetterSpacing(font.spacing);
  return t;
}

const rectPoly = (r: Rect): Poly => [
  [r.x, r.y],
  [r.x + r.width, r.y],
  [r.x + r.width, r.y + r.height],
  [r.x, r.y + r.height],
];

export class MapView {
  private readonly labels = new Map<string, { text: Phaser.GameObjects.Text; label: PlainLabel }>();
  private readonly cartouche: { g: Phaser.GameObjects.Graphics; title: Phaser.GameObjects.Text; dates: Phaser.GameObjects.Text; scale: Phaser.GameObjects.Text[]; north: Phaser.GameObjects.Text };
  private readonly notes: Phaser.GameObjects.Graphics;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly geo: MapGeography,
    labels: readonly PlainLabel[],
    private readonly offSheet: readonly OffSheetNote[],
  ) {
    const id = scene.sys.settings.key;
    const { sheet } = geo.city;
    const region: Region = { x: sheet.x - 2, y: sheet.y - 2, width: sheet.width + 4, height: sheet.height + 4 };
    bakedImage(scene, bakeTexture(scene, `nd-${id}-underlay`, region, (g) => this.drawUnderlay(g)), region, DEPTH.underlay);
    // The ink's mottle over the land, the plates and the water: a printed sheet, not a flat one.
    scene.add.tileSprite(sheet.x, sheet.y, sheet.width, sheet.height, ART.ink).setOrigin(0, 0).setAlpha(0.55).setDepth(DEPTH.ink);
    const outer: Region = { x: sheet.x - 6, y: sheet.y - 6, width: sheet.width + 12, height: sheet.height + 60 };
    bakedImage(scene, bakeTexture(scene, `nd-${id}-linework`, outer, (g) => this.drawLinework(g)), outer, DEPTH.linework);
    const f = geo.country.frame;
    const insetRegion: Region = { x: f.x, y: f.y, width: f.width, height: f.height };
    bakedImage(scene, bakeTexture(scene, `nd-${id}-inset`, insetRegion, (g) => this.drawInset(g), 1), insetRegion, DEPTH.insetBase, 1);

    for (const l of labels) {
      const text = makeText(scene, l.text, l.font, TONE[l.tone]).setAlpha(l.alpha).setDepth(l.inset ? DEPTH.insetLabels : DEPTH.labels).setVisible(false);
      this.labels.set(l.id, { text, label: l });
    }
    const c = FONT_CARTOUCHE;
    this.cartouche = {
      g: scene.add.graphics().setDepth(DEPTH.labels),
      title: makeText(scene, t('shell:map.title'), c.title).setDepth(DEPTH.labels),
      dates: makeText(scene, t('shell:map.dates'), c.dates, INK.inkSoft).setDepth(DEPTH.labels),
      scale: SCALE_TWO.map((s) => makeText(scene, s, c.scale, INK.inkSoft).setDepth(DEPTH.labels)),
      north: makeText(scene, t('shell:map.north'), c.scale)
.setDepth(DEPTH.labels),
    };
    this.notes = scene.add.graphics().setDepth(DEPTH.linework + 0.1);
  }

  /** The text objects, for measuring: one per label id. */
  textOf(id: string): Phaser.GameObjects.Text | undefined {
    return this.labels.get(id)?.text;
  }

  /** Put every name where the layout placed it (hidden where it found no room). */
  applyLayout(placements: ReadonlyMap<string, Placement>, city: View, inset: View): void {
    for (const [id, { text, label }] of this.labels) {
      const p = placements.get(id);
      if (!p?.box) {
        text.setVisible(false);
        continue;
      }
      const view = label.inset ? inset : city;
      const [x, y] = toWorld(view, [p.box.cx, p.box.cy]);
      text.setPosition(x, y).setRotation(p.box.angle).setScale(1 / view.zoom).setVisible(true);
    }
  }

  /** The cartouche in its screen box: title, dates, a scale of two kilometres (or one) and the north point. */
  layoutCartouche(box: Rect | null, city: View): void {
    const { g, title, dates, scale, north } = this.cartouche;
    g.clear();
    const all = [title, dates, north, ...scale];
    if (!box) {
      for (const t of all) t.setVisible(false);
      return;
    }
    const z = city.zoom;
    const w = (p: Pt): Pt => toWorld(city, p);
    const [x0, y0] = w([box.x, box.y]);
    const bw = box.width / z;
    const bh = box.height / z;
    g.fillStyle(INK.paper, 0.94);
    g.fillRect(x0, y0, bw, bh);
    g.lineStyle(1.2 / z, INK.ink, 0.85);
    g.strokeRect(x0, y0, bw, bh);
    g.lineStyle(0.6 / z, INK.ink, 0.85);
    g.strokeRect(x0 + 3 / z, y0 + 3 / z, bw - 6 / z, bh - 6 / z);
    const place = (t: Phaser.GameObjects.Text, sx: number, sy: number): void => {
      const [x, y] = w([sx, sy]);
      t.setPosition(x, y).setScale(1 / z).setVisible(true);
    };
    const cx = box.x + box.width / 2 + 8;
    place(title, cx, box.y + 16);
    place(dates, cx, box.y + 32);
    // Two kilometres at this zoom, in alternate black and white quarters; one kilometre where
    // two would run past the cartouche (a large screen or a close zoom).
    const perKm = (1000 / this.geo.city.metresPerUnit) * z;
    const kms = 2 * perKm <= box.width - 70 ? 2 : 1;
    const km = (perKm * kms) / 2;
    scale.forEach((t, i) => t.setText(kms === 2 ? SCALE_TWO[i]! : SCALE_ONE[i]!));
    const sx = cx - km;
    const sy = box.y + box.height - 18;
    const [wx, wy] = w([sx, sy]);
    for (let i = 0; i < 4; i++) {
      g.fillStyle(i % 2 ? INK.paper : INK.ink, 1);
      g.fillRect(wx + (i * km) / 2 / z, wy, km / 2 / z, 4 / z);
    }
    g.lineStyle(0.8 / z, INK.ink, 1);
    g.strokeRect(wx, wy, (2 * km) / z, 4 / z);
    scale.forEach((t, i) => place(t, sx + i * km + (i === 2 ? 10 : 0), sy + 11));
    // The north point at the left.
    const nx = box.x + 14;
    const ny = box.y + box.height / 2 + 6;
    const [ax, ay] = w([nx, ny - 14]);
    const [bx, by] = w([nx, ny + 10]);
    g.fillStyle(INK.ink, 0.9);
    g.fillTriangle(ax, ay, ax - 5 / z, by, bx, by - 6 / z);
    g.lineStyle(0.8 / z, INK.ink, 0.9);
    g.strokeTriangle(ax, ay, ax + 5 / z, by, bx, by - 6 / z);
    place(north, nx, ny - 22);
  }

  /** The arrow from each off-sheet tab toward where its place truly is. */
  drawOffSheet(city: View): void {
    const g = this.notes;
    g.clear();
    for (const n of this.offSheet) {
      const a = Math.atan2(n.to[1] - n.from[1], n.to[0] - n.from[0]);
      const [tx, ty] = toScreen(city, n.at);
      // From the note toward the place: a short arrow along the true bearing.
      const start: Pt = [tx - 14, ty + 8];
      const end: Pt = [start[0] + Math.cos(a) * 16, start[1] + Math.sin(a) * 16];
      const z = city.zoom;
      const [x0, y0] = toWorld(city, start);
      const [x1, y1] = toWorld(city, end);
      g.lineStyle(1.4 / z, INK.inkSoft, 1);
      g.lineBetween(x0, y0, x1, y1);
      g.fillStyle(INK.inkSoft, 1);
      const h = 5 / z;
      g.fillTriangle(x1, y1, x1 - Math.cos(a - 0.5) * h, y1 - Math.sin(a - 0.5) * h, x1 - Math.cos(a + 0.5) * h, y1 - Math.sin(a + 0.5) * h);
    }
  }

  private drawUnderlay(g: Phaser.GameObjects.Graphics): void {
    const { city } = this.geo;
    const sheet = city.sheet;
    const keep = (poly: Poly): Poly => clipToRect(poly, sheet);
    fillPoly(g, rectPoly(sheet), INK.land, 1);
    for (const b of city.builtUp) fillPoly(g, keep(b), PLAN.builtUp, 1);
    for (const p of city.parks) {
      const ring = keep(p.ring);
      if (p.kind === 'hill') {
        hachures(g, ring);
        continue;
      }
      fillPoly(g, ring, PLAN.park, 1);
      strokeLine(g, ring, 0.5, INK.landEdge, 0.7, true);
      if (p.kind === 'cemetery') crosses(g, ring);
    }
    // The Danube: water between the banks, engraved lines along them, then its islands.
    const water = keep(city.water);
    fillPoly(g, water, INK.river, 1);
    for (const bank of city.banks) {
      for (const [k, alpha] of [
        [3, 0.7],
        [6, 0.45],
      ] as const) {
        // Toward the middle of the stream: the west bank's right, the east bank's left.
        const side = bank === city.banks[0] ? 'left' : 'right';
        for (const piece of clipPolyline(offsetLine(bank, k * 2)[side], sheet)) strokeLine(g, piece, 0.5, INK.riverDeep, alpha);
      }
      for (const piece of clipPolyline(bank, sheet)) strokeLine(g, piece, 1.1, INK.riverEdge, 0.95);
    }
    for (const island of city.islands) {
      const ring = keep(island.ring);
      fillPoly(g, ring, island.name.startsWith('Margit') ? PLAN.park : INK.land, 1);
      strokeLine(g, ring, 1, INK.riverEdge, 0.95, true);
    }
  }

  private drawLinework(g: Phaser.GameObjects.Graphics): void {
    const { city } = this.geo;
    const sheet = city.sheet;
    const pieces = (line: Pt[]): Pt[][] => clipPolyline(line, sheet);
    for (const r of city.railways) {
      for (const p of pieces(r)) {
        strokeLine(g, p, 2.2, PLAN.rail, 0.9);
        dashedLine(g, p, 1, INK.land, 1, 4, 4);
      }
    }
    for (const s of city.stations) {
      g.fillStyle(PLAN.rail, 1);
      g.fillRect(s.at[0] - 4, s.at[1] - 2.5, 8, 5);
    }
    for (const l of city.landmarks) {
      const ring = clipToRect(l.ring, sheet);
      fillPoly(g, ring, PLAN.landmark, 0.85);
      strokeLine(g, ring, 0.6, INK.ink, 0.8, true);
    }
    const width = { boulevard: 4.6, avenue: 3.6, street: 2 } as const;
    for (const kind of ['street', 'avenue', 'boulevard'] as const) {
      for (const r of city.roads.filter((x) => x.kind === kind)) for (const p of pieces(r.line)) strokeLine(g, p, width[kind] + 1.6, PLAN.roadCase, 0.85);
    }
    for (const kind of ['street', 'avenue', 'boulevard'] as const) {
      for (const r of city.roads.filter((x) => x.kind === kind)) for (const p of pieces(r.line)) strokeLine(g, p, width[kind], PLAN.roadFill, 1);
    }
    for (const b of city.railBridges) {
      strokeLine(g, b, 3.4, INK.ink, 0.85);
      dashedLine(g, b, 1.4, INK.land, 1, 3, 3);
    }
    for (const b of city.bridges) {
      // The deck, its parapets, and an abutment at each bank.
      strokeLine(g, b.line, 5.6, INK.ink, 0.9);
      strokeLine(g, b.line, 3.4, PLAN.roadFill, 1);
      for (const end of [b.line[0]!, b.line[b.line.length - 1]!]) {
        g.fillStyle(INK.ink, 0.9);
        g.fillCircle(end[0], end[1], 2.2);
      }
    }
    // The neat line round the sheet, doubled as printed maps had it.
    g.lineStyle(1.6, INK.ink, 0.9);
    g.strokeRect(sheet.x, sheet.y, sheet.width, sheet.height);
    g.lineStyle(0.6, INK.ink, 0.8);
    g.strokeRect(sheet.x - 4, sheet.y - 4, sheet.width + 8, sheet.height + 8);
  }

  private drawInset(g: Phaser.GameObjects.Graphics): void {
    const c = this.geo.country;
    const f = c.frame;
    g.fillStyle(INK.paper, 1);
    g.fillRect(f.x, f.y, f.width, f.height);
    g.fillStyle(INK.abroad, 1);
    g.fillRect(f.x + 10, f.y + 10, f.width - 20, f.height - 20);
    fillPoly(g, c.border, INK.land, 1);
    strokeLine(g, c.border, 2.4, INK.landEdge, 1, true);
    for (const l of c.lakes) {
      fillPoly(g, l.ring, INK.river, 1);
      strokeLine(g, l.ring, 1.6, INK.riverEdge, 0.9, true);
    }
    for (const r of c.rivers) strokeLine(g, r.line, r.name === 'Duna' ? 6 : 4.5, INK.riverEdge, 0.85);
    // The Austrian border, heavy and dashed, where the refugees crossed.
    dashedLine(g, c.austrianBorder, 6, INK.ink, 0.85, 16, 9);
    const [bx, by] = c.capital;
    g.fillStyle(INK.ink, 1);
    g.fillRect(bx - 11, by - 11, 22, 22);
    g.fillStyle(INK.paper, 1);
    g.fillRect(bx - 5, by - 5, 10, 10);
    g.lineStyle(3, INK.ink, 0.9);
    g.strokeRect(f.x + 4, f.y + 4, f.width - 8, f.height - 8);
    g.lineStyle(1.5, INK.ink, 0.9);
    g.strokeRect(f.x + 10, f.y + 10, f.width - 20, f.height - 20);
  }
}

const FONT_CARTOUCHE = {
  title: { size: 14, family: 'serif', style: '', spacing: 4 },
  dates: { size: 9, family: 'serif', style: 'italic' },
  scale: { size: 9, family: 'serif', style: '' },
} as const satisfies Record<string, FontSpec>;

/** A hill: form lines, rings within rings toward its top, faint as a plan prints them. */
function hachures(g: Phaser.GameObjects.Graphics, ring: Poly): void {
  if (ring.length < 3) return;
  const [cx, cy] = centroid(ring);
  for (const [k, alpha] of [
    [1, 0.5],
    [0.68, 0.42],
    [0.38, 0.34],
  ] as const) {
    strokeLine(g, ring.map(([x, y]) => [cx + (x - cx) * k, cy + (y - cy) * k] as Pt), 0.8, PLAN.hill, alpha, true);
  }
}

/** A cemetery's little crosses. */
function crosses(g: Phaser.GameObjects.Graphics, ring: Poly): void {
  const b = bounds(ring);
  g.lineStyle(0.6, INK.inkSoft, 0.6);
  for (let y = b.minY + 6; y < b.maxY; y += 10) {
    for (let x = b.minX + 6 + ((y / 10) % 2) * 5; x < b.maxX; x += 10) {
      if (!pointInPolygon([x, y], ring)) continue;
      g.lineBetween(x - 1.6, y, x + 1.6, y);
      g.lineBetween(x, y - 2.2, x, y + 1.6);
    }
  }
}
