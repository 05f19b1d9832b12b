// An area's tag, drawn in screen pixels inside a container the layout moves and scales:
// the holder's badge (its symbol on a disc of its colour), the name, the revolution's
// flag where it holds the area, a ring where a council sits, the stamp of a change of
// hands (the old holder's symbol, an arrow, the new one's), and a chit with the strength
// of each side's forces. In the inset the badge stays on the town's point and the tag is
// its name.
import type Phaser from 'phaser';
import type { Side } from '../../scenario/schema';
import { ART, badgeTexture, sideColour, symbolTexture } from './art';
import { FONTS, TAG } from './mapLabels';
import type { Measure, TagParts } from './mapLabels';
import { makeText } from './MapView';
import { INK, mix } from './palette';

export interface TagObjects {
  container: Phaser.GameObjects.Container;
  name: Phaser.GameObjects.Text;
  /** The rest, made again when what the tag shows changes. */
  parts: Phaser.GameObjects.GameObject[];
  badge: Phaser.GameObjects.Image | null;
  /** What goes where: offsets from the text block's left edge and from the tag's left edge. */
  size: { w: number; h: number; badge: number };
  side: 'left' | 'right';
}

export interface TagChange {
  from: string;
  to: string;
}

/** Make (or make again) a tag's contents for its parts, laid out with its badge on `side`. */
export function buildTag(scene: Phaser.Scene, t: TagObjects, parts: TagParts, size: { w: number; h: number; badge: number; nameH: number }, holder: Side | undefined, sides: ReadonlyMap<string, Side>, change: TagChange | null, measure: Measure, inset: boolean): void {
  for (const p of t.parts) p.destroy();
  t.parts = [];
  t.badge = null;
  t.size = { w: size.w, h: size.h, badge: size.badge };
  t.container.removeAll(false);
  t.name.setText(parts.name).setStyle({ fontSize: `${parts.font.size}px`, fontStyle: parts.font.style });
  const add = <T extends Phaser.GameObjects.GameObject>(o: T): T => {
    t.parts.push(o);
    t.container.add(o);
    return o;
  };
  t.container.add(t.name);
  if (!inset) {
    t.badge = add(scene.add.image(0, 0, badgeTexture(scene, holder)).setDisplaySize(size.badge, size.badge));
  }
  if (parts.flag) add(scene.add.image(0, 0, ART.emblem).setDisplaySize(TAG.flag, (TAG.flag * 2) / 3).setName('flag'));
  if (parts.council) {
    const ring = add(scene.add.graphics().setName('council'));
    ring.lineStyle(1.6, INK.ink, 0.95);
    ring.strokeCircle(TAG.council / 2, 0, 3.4);
  }
  if (change) add(stamp(scene, sides.get(change.from), sides.get(change.to))).setName('stamp');
  for (const c of parts.chits) {
    const side = sides.get(c.side);
    const textW = measure(c.text, FONTS.chit).w;
    const chit = add(scene.add.container(0, 0).setName('chit'));
    const g = scene.add.graphics();
    const w = TAG.chitPad + textW;
    g.fillStyle(INK.paper, 1);
    g.fillRect(-1, -1, w + 2, TAG.chitH + 2);
    g.fillStyle(sideColour(side), 1);
    g.fillRect(0, 0, w, TAG.chitH);
    chit.add(g);
    const sym = symbolTexture(scene, side, INK.paper);
    if (sym) chit.add(scene.add.image(6.5, TAG.chitH / 2, sym).setDisplaySize(8, 8));
    chit.add(makeText(scene, c.text, FONTS.chit, INK.paper).setStroke('', 0).setOrigin(0, 0.5).setPosition(12, TAG.chitH / 2));
    chit.setData('w', w);
  }
  arrangeTag(t, t.side, size.nameH, parts);
}

/** Place a tag's contents for its badge on `side` (the text reads away from the point). */
export function arrangeTag(t: TagObjects, side: 'left' | 'right', nameH = t.name.height, parts?: Pick<TagParts, 'chits'>): void {
  t.side = side;
  const { w, h, badge } = t.size;
  const hasChits = parts ? parts.chits.length > 0 : t.parts.some((p) => p.name === 'chit');
  const blockH = nameH + (hasChits ? TAG.chitH + 1 : 0);
  const top = (h - blockH) / 2;
  const x0 = t.badge ? (side === 'right' ? badge + TAG.gap : 0) : 0;
  t.badge?.setPosition(side === 'right' ? badge / 2 : w - badge / 2, h / 2);
  const nameY = top + nameH / 2;
  t.name.setOrigin(0, 0.5).setPosition(x0, nameY);
  let x = x0 + t.name.width + 3;
  let cx = x0;
  for (const p of t.parts) {
    const o = p as Phaser.GameObjects.Image & { setPosition(x: number, y: number): unknown };
    if (p.name === 'flag') {
      o.setPosition(x + TAG.flag / 2, nameY);
      x += TAG.flag + 3;
    } else if (p.name === 'council') {
      o.setPosition(x, nameY);
      x += TAG.council + 2;
    } else if (p.name === 'stamp') {
      o.setPosition(x, nameY - 7);
      x += TAG.stamp + 3;
    } else if (p.name === 'chit') {
      o.setPosition(cx, top + nameH + 1);
      cx += (p.getData('w') as number) + TAG.chitGap;
    }
  }
}

/** The stamp of a change of hands: the old holder's symbol, an arrow, the new holder's, framed in the new holder's colour. */
function stamp(scene: Phaser.Scene, from: Side | undefined, to: Side | undefined): Phaser.GameObjects.Container {
  const c = scene.add.container(0, 0);
  const colour = mix(sideColour(to), INK.ink, 0.2);
  const g = scene.add.graphics();
  g.fillStyle(INK.paper, 0.95);
  g.fillRoundedRect(0, 0, TAG.stamp, 14, 3);
  g.lineStyle(1.5, colour, 1);
  g.strokeRoundedRect(0.75, 0.75, TAG.stamp - 1.5, 12.5, 3);
  g.lineStyle(1.2, INK.ink, 0.9);
  g.lineBetween(13, 7, 20, 7);
  g.fillStyle(INK.ink, 0.9);
  g.fillTriangle(21.5, 7, 18.5, 4.8, 18.5, 9.2);
  c.add(g);
  const a = symbolTexture(scene, from, INK.inkSoft);
  const b = symbolTexture(scene, to, colour);
  if (a) c.add(scene.add.image(7, 7, a).setDisplaySize(9, 9).setAlpha(0.8));
  if (b) c.add(scene.add.image(27, 7, b).setDisplaySize(10, 10));
  return c;
}
