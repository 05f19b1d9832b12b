// The paper map under everything: land, the Danube and its bridges, the roads in, the
// names of Buda and Pest, and the inset of Hungary with the Austrian border. Drawn once.
import type Phaser from 'phaser';
import { offsetLine } from './geom';
import type { Pt } from './geom';
import { INSET, austrianBorder, balaton, bridges, danubeCountry, hungary, river, riverX, roads, tiszaCountry, toInset, BUDAPEST_IN_COUNTRY } from './geography';
import { dashedLine, fillPoly, strokeLine } from './draw';
import { bakeTexture, bakedImage } from './bake';
import { FONT, INK, css } from './palette';

export const DEPTH = { paper: 0, land: 1, plates: 2, roads: 3, river: 4, bridges: 5, outline: 6, marks: 7, labels: 8, traces: 9, motion: 10, inset: 20, insetPlates: 22, insetMarks: 23, insetLabels: 24, insetMotion: 25, hover: 30 } as const;

const text = (scene: Phaser.Scene, x: number, y: number, s: string, style: Phaser.Types.GameObjects.Text.TextStyle): Phaser.GameObjects.Text =>
  scene.add.text(x, y, s, { resolution: 2, ...style });

export class MapView {
  constructor(private readonly scene: Phaser.Scene) {}

  draw(options: { inset: boolean } = { inset: true }): void {
    const s = this.scene;
    const id = s.sys.settings.key;
    // The paper itself is the page behind the (transparent) canvas.
    // Roads, river, bridges and the cartouche: few lines, drawn as they are.
    const g = s.add.graphics().setDepth(DEPTH.river);
    this.drawRoads(g);
    this.drawRiver(g);
    this.drawBridges(g);
    this.drawCartouche(g);
    this.labelRoads();
    this.labelBridges();

    const region = { fontFamily: FONT.serif, fontSize: '30px', color: css(INK.inkSoft) } as const;
    text(s, 150, 300, 'BUDA', region).setLetterSpacing(14).setAlpha(0.45).setDepth(DEPTH.labels);
    text(s, 845, 120, 'PEST', region).setLetterSpacing(14).setAlpha(0.45).setDepth(DEPTH.labels);
    text(s, 491, 150, 'D U N A', { fontFamily: FONT.serif, fontSize: '11px', fontStyle: 'italic', color: css(INK.riverName) })
      .setOrigin(0.5)
      .setRotation(1.45)
      .setDepth(DEPTH.labels);
    this.labelCartouche();

    if (options.inset) {
      const w = INSET.width * INSET.scale;
      const h = INSET.height * INSET.scale;
      const box = { x: INSET.x - 8, y: INSET.y - 8, width: w + 16, height: h + 16 };
      bakedImage(s, bakeTexture(s, `nd-${id}-inset`, box, (g) => this.drawInset(g), 3), box, DEPTH.inset, 3);
      this.labelInset();
    }
  }

  private drawRoads(r: Phaser.GameObjects.Graphics): void {
    for (const road of roads) {
      strokeLine(r, road.points, 7, INK.road, 0.35);
      strokeLine(r, road.points, 1.2, INK.inkFaint, 0.6);
    }
  }

  private labelRoads(): void {
    for (const road of roads) {
      const [a, b] = [road.points[1]!, road.points[2]!];
      const angle = Math.atan2(b[1] - a[1], b[0] - a[0]);
      const upright = angle > Math.PI / 2 || angle < -Math.PI / 2 ? angle + Math.PI : angle;
      text(this.scene, (a[0] + b[0]) / 2, (a[1] + b[1]) / 2 - 9, road.name, { fontFamily: FONT.serif, fontSize: '10px', fontStyle: 'italic', color: css(INK.inkSoft) })
        .setOrigin(0.5)
        .setRotation(upright)
        .setAlpha(0.85)
        .setDepth(DEPTH.roads);
    }
  }

  private drawRiver(g: Phaser.GameObjects.Graphics): void {
    const channel = (line: Pt[], width: number): void => {
      const { left, right } = offsetLine(line, width);
      fillPoly(g, [...left, ...right.slice().reverse()], INK.river, 1);
      strokeLine(g, left, 1.4, INK.riverEdge, 0.9);
      strokeLine(g, right, 1.4, INK.riverEdge, 0.9);
      // Water lines along the flow, an engraver's habit.
      const inner = offsetLine(line, width * 0.45);
      strokeLine(g, inner.left, 0.6, INK.riverDeep, 0.8);
      strokeLine(g, inner.right, 0.6, INK.riverDeep, 0.8);
    };
    channel(river.upper, river.width.upper);
    channel(river.main, river.width.main);
    channel(river.soroksar, river.width.soroksar);
    // Cover the seams at the head of Csepel island.
    g.fillStyle(INK.river, 1);
    g.fillCircle(river.upper[river.upper.length - 1]![0], river.upper[river.upper.length - 1]![1], river.width.upper / 2 - 1);
    // Margaret Island, in the river north of the Margit híd.
    const island: Pt[] = [];
    for (let y = 88; y <= 192; y += 8) island.push([riverX(y) + 4 * Math.sin(((y - 88) / 104) * Math.PI), y]);
    const { left, right } = offsetLine(island, 11);
    fillPoly(g, [...left, ...right.reverse()], INK.land, 1);
    strokeLine(g, [...offsetLine(island, 11).left], 1, INK.riverEdge, 0.9);
    strokeLine(g, [...offsetLine(island, 11).right], 1, INK.riverEdge, 0.9);
  }

  private drawBridges(g: Phaser.GameObjects.Graphics): void {
    for (const b of bridges) {
      const x = riverX(b.y);
      const half = river.width.upper / 2 + 6;
      g.fillStyle(INK.land, 1);
      g.fillRect(x - half, b.y - 3, half * 2, 6);
      g.lineStyle(1.4, INK.ink, 0.85);
      g.lineBetween(x - half, b.y - 3, x + half, b.y - 3);
      g.lineBetween(x - half, b.y + 3, x + half, b.y + 3);
    }
  }

  private labelBridges(): void {
    for (const b of bridges) {
      const x = riverX(b.y) + river.width.upper / 2 + 9;
      text(this.scene, x, b.y + 1, b.name, { fontFamily: FONT.serif, fontSize: '9px', fontStyle: 'italic', color: css(INK.inkSoft) })
        .setOrigin(0, 0.5)
        .setAlpha(0.9)
        .setDepth(DEPTH.bridges);
    }
  }

  private drawCartouche(g: Phaser.GameObjects.Graphics): void {
    const { x, y } = CARTOUCHE;
    g.fillStyle(INK.paper, 0.92);
    g.fillRect(x, y, 146, 70);
    g.lineStyle(1, INK.ink, 0.8);
    g.strokeRect(x, y, 146, 70);
    g.strokeRect(x + 3, y + 3, 140, 64);
    // North arrow.
    g.fillStyle(INK.ink, 0.85);
    g.fillTriangle(x - 18, y + 20, x - 24, y + 44, x - 18, y + 38);
    g.lineStyle(1, INK.ink, 0.85);
    g.strokeTriangle(x - 18, y + 20, x - 12, y + 44, x - 18, y + 38);
  }

  private labelCartouche(): void {
    const s = this.scene;
    const { x, y } = CARTOUCHE;
    text(s, x + 73, y + 20, 'BUDAPEST', { fontFamily: FONT.serif, fontSize: '15px', color: css(INK.ink) }).setLetterSpacing(4).setOrigin(0.5).setDepth(DEPTH.labels);
    text(s, x + 73, y + 41, 'October–November 1956', { fontFamily: FONT.serif, fontSize: '9px', fontStyle: 'italic', color: css(INK.inkSoft) }).setOrigin(0.5).setDepth(DEPTH.labels);
    text(s, x + 73, y + 56, 'a stylised plan, not to scale', { fontFamily: FONT.serif, fontSize: '8px', color: css(INK.inkFaint) }).setOrigin(0.5).setDepth(DEPTH.labels);
    text(s, x - 18, y + 10, 'N', { fontFamily: FONT.serif, fontSize: '10px', color: css(INK.ink) }).setOrigin(0.5).setDepth(DEPTH.labels);
  }

  private drawInset(g: Phaser.GameObjects.Graphics): void {
    const w = INSET.width * INSET.scale;
    const h = INSET.height * INSET.scale;
    g.fillStyle(INK.paper, 1);
    g.fillRect(INSET.x - 6, INSET.y - 6, w + 12, h + 12);
    g.fillStyle(INK.abroad, 1);
    g.fillRect(INSET.x, INSET.y, w, h);
    fillPoly(g, hungary.map(toInset), INK.land, 1);
    strokeLine(g, hungary.map(toInset), 1, INK.landEdge, 1, true);
    fillPoly(g, balaton.map(toInset), INK.river, 1);
    strokeLine(g, danubeCountry.map(toInset), 2.2, INK.riverEdge, 0.8);
    strokeLine(g, tiszaCountry.map(toInset), 1.5, INK.riverEdge, 0.7);
    // The Austrian border, heavy and dashed, where the refugees crossed.
    dashedLine(g, austrianBorder.map(toInset), 2.2, INK.ink, 0.85, 5, 3);
    g.lineStyle(1, INK.ink, 0.9);
    g.strokeRect(INSET.x - 6, INSET.y - 6, w + 12, h + 12);
    g.strokeRect(INSET.x, INSET.y, w, h);
    const [bx, by] = toInset(BUDAPEST_IN_COUNTRY);
    g.fillStyle(INK.ink, 1);
    g.fillRect(bx - 4, by - 4, 8, 8);
    g.fillStyle(INK.paper, 1);
    g.fillRect(bx - 2, by - 2, 4, 4);
  }

  private labelInset(): void {
    const s = this.scene;
    const w = INSET.width * INSET.scale;
    const h = INSET.height * INSET.scale;
    const [bx, by] = toInset(BUDAPEST_IN_COUNTRY);
    const label = (x: number, y: number, t: string, size: number, style = ''): Phaser.GameObjects.Text =>
      text(s, x, y, t, { fontFamily: FONT.serif, fontSize: `${size}px`, fontStyle: style, color: css(INK.inkSoft) }).setDepth(DEPTH.insetLabels);
    label(bx + 7, by - 14, 'Budapest', 10, 'bold').setColor(css(INK.ink));
    label(INSET.x + 6, INSET.y + h - 18, 'HUNGARY', 10).setLetterSpacing(3);
    label(INSET.x + 4, INSET.y + 26, 'AUSTRIA', 8).setLetterSpacing(2).setRotation(1.1).setAlpha(0.8);
    label(INSET.x + w - 70, INSET.y + 5, 'CZECHOSLOVAKIA', 7).setLetterSpacing(1).setAlpha(0.7);
    label(INSET.x + w - 26, INSET.y + h * 0.45, 'USSR', 7).setAlpha(0.7).setOrigin(0, 0);
    label(INSET.x + w - 60, INSET.y + h - 30, 'ROMANIA', 7).setAlpha(0.7);
    label(INSET.x + w * 0.32, INSET.y + h - 12, 'YUGOSLAVIA', 7).setAlpha(0.7);
  }
}

const CARTOUCHE = { x: 842, y: 636 };
