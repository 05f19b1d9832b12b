// Drawing helpers on a Phaser Graphics: polygons, lines and patterns.
import type Phaser from 'phaser';
import type { Poly, Pt } from './geom';
import type { PatternMarks } from './patterns';

export function fillPoly(g: Phaser.GameObjects.Graphics, poly: Poly, color: number, alpha = 1): void {
  if (poly.length < 3) return;
  g.fillStyle(color, alpha);
  g.beginPath();
  g.moveTo(poly[0]![0], poly[0]![1]);
  for (let i = 1; i < poly.length; i++) g.lineTo(poly[i]![0], poly[i]![1]);
  g.closePath();
  g.fillPath();
}

export function strokeLine(g: Phaser.GameObjects.Graphics, line: Pt[], width: number, color: number, alpha = 1, closed = false): void {
  if (line.length < 2) return;
  g.lineStyle(width, color, alpha);
  g.beginPath();
  g.moveTo(line[0]![0], line[0]![1]);
  for (let i = 1; i < line.length; i++) g.lineTo(line[i]![0], line[i]![1]);
  if (closed) g.closePath();
  g.strokePath();
}

export function dashedLine(g: Phaser.GameObjects.Graphics, line: Pt[], width: number, color: number, alpha: number, dash: number, gap: number): void {
  g.lineStyle(width, color, alpha);
  let on = true;
  let left = dash;
  for (let i = 0; i < line.length - 1; i++) {
    let [x, y] = line[i]!;
    const [x2, y2] = line[i + 1]!;
    let seg = Math.hypot(x2 - x, y2 - y);
    const dx = (x2 - x) / (seg || 1);
    const dy = (y2 - y) / (seg || 1);
    while (seg > 0) {
      const step = Math.min(left, seg);
      if (on) g.lineBetween(x, y, x + dx * step, y + dy * step);
      x += dx * step;
      y += dy * step;
      seg -= step;
      left -= step;
      if (left <= 0) {
        on = !on;
        left = on ? dash : gap;
      }
    }
  }
}

export function drawPattern(g: Phaser.GameObjects.Graphics, marks: PatternMarks, color: number, alpha: number, width: number): void {
  g.lineStyle(width, color, alpha);
  for (const [a, b] of marks.lines) g.lineBetween(a[0], a[1], b[0], b[1]);
  for (const w of marks.waves) strokeLine(g, w, width, color, alpha);
  g.fillStyle(color, alpha);
  for (const [x, y] of marks.dots) g.fillCircle(x, y, width * 1.1);
  g.lineStyle(width * 0.8, color, alpha);
  for (const [x, y] of marks.rings) g.strokeCircle(x, y, width * 2);
}
