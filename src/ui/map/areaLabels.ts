// The areas' names on the map: a district's in bold, a site's in italic, a second line
// for what a name adds in brackets; in the inset, each town's short name set beside
// its point wherever it covers no other.
import type Phaser from 'phaser';
import { shortName } from '../lib/format';
import { BUDAPEST_IN_COUNTRY, INSET, toInset } from './geography';
import type { AreaShape, MapArea } from './geography';
import type { Pt } from './geom';
import { DEPTH } from './MapView';
import { FONT, INK, css } from './palette';

export interface AreaLabel {
  label: Phaser.GameObjects.Text;
  /** The name's second line, if it has one (never in the inset). */
  sub: Phaser.GameObjects.Text | null;
}

/** An area's name, placed at its point (an inset town's is placed later, with the others). */
export function areaLabel(scene: Phaser.Scene, area: MapArea, shape: AreaShape): AreaLabel {
  const inset = shape.inset;
  const { main, sub } = splitName(area.name, inset);
  const [lx, ly] = labelPoint(shape, area.map.labelDx, area.map.labelDy, inset);
  const label = scene.add
    .text(lx, ly, main, {
      fontFamily: FONT.serif,
      fontSize: inset ? '9px' : area.kind === 'district' ? '12px' : '11px',
      fontStyle: area.kind === 'site' && !inset ? 'italic' : area.kind === 'district' ? 'bold' : '',
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
  return { label, sub: subText };
}

/** The inset's town names: beside their point, wherever they do not cover another. */
export function placeInsetLabels(towns: { shape: AreaShape; label: Phaser.GameObjects.Text }[]): void {
  type Box = [number, number, number, number];
  const overlaps = (a: Box, b: Box): boolean => a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
  const [bx, by] = toInset(BUDAPEST_IN_COUNTRY);
  const frame: Box = [INSET.x + 1, INSET.y + 1, INSET.width * INSET.scale - 2, INSET.height * INSET.scale - 2];
  const taken: Box[] = [[bx - 5, by - 5, 10, 10], [bx + 7, by - 14, 52, 13]];
  for (const d of towns) taken.push([d.shape.point[0] - 8, d.shape.point[1] - 8, 16, 16]);
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
  for (const d of [...towns].sort((a, b) => a.shape.point[0] - b.shape.point[0])) {
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
