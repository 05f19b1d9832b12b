// The art in assets/, as the map loads it: the geographic base of the city and of the
// country, the paper and ink textures, the revolution's emblem and the sides' symbols.
// Vite fingerprints every file (imported by URL, never inlined: see vite.config.ts);
// the Preloader queues them on Phaser's loader and makes the textures the map draws with
// once they are in.
import type Phaser from 'phaser';
import type { Side } from '../../scenario/schema';
import { CityBase, CountryBase } from './geoBase';
import { cityMap, countryMap } from './geography';
import type { MapGeography } from './geography';
import { INK, hexColor } from './palette';
import { SYMBOL_CHARS, SYMBOL_FILES } from './symbols';
import cityUrl from '../../../assets/budapest-1956.json?url';
import countryUrl from '../../../assets/hungary-1956.json?url';
import paperUrl from '../../../assets/paper.png?url';
import inkUrl from '../../../assets/ink.png?url';
import emblemUrl from '../../../assets/emblem.svg?url';

export { paperUrl };

export const ART = {
  city: 'nd-geo-city',
  country: 'nd-geo-country',
  paper: 'nd-paper',
  ink: 'nd-ink',
  emblem: 'nd-emblem',
  symbol: (file: string) => `nd-symbol-${file}`,
} as const;

/** The size symbols are drawn at from their SVG (a badge shows them far smaller). */
const SYMBOL_PX = 64;

/** Put every file of the map's art on the loader's queue. */
export function queueArt(load: Phaser.Loader.LoaderPlugin): void {
  load.json(ART.city, cityUrl);
  load.json(ART.country, countryUrl);
  load.image(ART.paper, paperUrl);
  load.image(ART.ink, inkUrl);
  load.svg(ART.emblem, emblemUrl, { width: 124, height: 84 });
  for (const [file, url] of Object.entries(SYMBOL_FILES)) load.svg(ART.symbol(file), url, { width: SYMBOL_PX, height: SYMBOL_PX });
}

/** The geographic base, checked (a broken file is named), projected; kept in the game's registry. */
export function geographyOf(scene: Phaser.Scene): MapGeography {
  const cached = scene.registry.get('nd-geography') as MapGeography | undefined;
  if (cached) return cached;
  const read = <T>(key: string, schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } }): T => {
    const r = schema.safeParse(scene.cache.json.get(key));
    if (!r.success) throw new Error(`the map's geographic base (${key}) is malformed: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    return r.data;
  };
  const geo: MapGeography = { city: cityMap(read(ART.city, CityBase)), country: countryMap(read(ART.country, CountryBase)) };
  scene.registry.set('nd-geography', geo);
  return geo;
}

const css = (n: number): string => `#${n.toString(16).padStart(6, '0')}`;

/** A symbol's mask (its SVG, drawn black) in one colour: its key. */
function symbolIn(scene: Phaser.Scene, file: string, colour: number): string {
  const key = `${ART.symbol(file)}-${colour.toString(16).padStart(6, '0')}`;
  if (scene.textures.exists(key)) return key;
  const src = scene.textures.get(ART.symbol(file)).getSourceImage() as HTMLImageElement | HTMLCanvasElement;
  const tex = scene.textures.createCanvas(key, SYMBOL_PX, SYMBOL_PX)!;
  const c = tex.getContext();
  c.drawImage(src, 0, 0, SYMBOL_PX, SYMBOL_PX);
  c.globalCompositeOperation = 'source-in';
  c.fillStyle = css(colour);
  c.fillRect(0, 0, SYMBOL_PX, SYMBOL_PX);
  tex.refresh();
  return key;
}

/** The file of a side's symbol, if it has one. */
const fileOf = (side: Side): string | undefined => Object.keys(SYMBOL_FILES).find((f) => SYMBOL_CHARS[f] === side.symbol);


/**
 * A side's badge (its symbol in paper on a disc of its colour, ringed in paper) and its
 * chit's symbol, made once from the loaded art at `px` pixels across (twice the size shown).
 */
export function badgeTexture(scene: Phaser.Scene, side: Side | undefined, px = 40): string {
  const key = `nd-badge-${side?.id ?? 'none'}-${px}`;
  if (scene.textures.exists(key)) return key;
  const tex = scene.textures.createCanvas(key, px, px)!;
  const c = tex.getContext();
  const r = px / 2;
  c.fillStyle = css(INK.paper);
  c.beginPath();
  c.arc(r, r, r, 0, Math.PI * 2);
  c.fill();
  c.fillStyle = side ? side.color : css(INK.inkFaint);
  c.beginPath();
  c.arc(r, r, r * 0.84, 0, Math.PI * 2);
  c.fill();
  const file = side ? fileOf(side) : undefined;
  if (file) {
    const s = r * 1.04;
    c.drawImage(scene.textures.get(symbolIn(scene, file, INK.paper)).getSourceImage() as HTMLCanvasElement, r - s / 2, r - s / 2, s, s);
  }
  tex.refresh();
  return key;
}

/** A side's symbol alone, in one colour (for chits and stamps). */
export function symbolTexture(scene: Phaser.Scene, side: Side | undefined, colour: number): string | null {
  const file = side ? fileOf(side) : undefined;
  return file ? symbolIn(scene, file, colour) : null;
}

export const sideColour = (side: Side | undefined): number => (side ? hexColor(side.color) : INK.unknownSide);

/** A side's pin: a small disc of its colour ringed in paper, where a tag set apart points. */
export function pinTexture(scene: Phaser.Scene, side: Side | undefined): string {
  const key = `nd-pin-${side?.id ?? 'none'}`;
  if (scene.textures.exists(key)) return key;
  const tex = scene.textures.createCanvas(key, 20, 20)!;
  const c = tex.getContext();
  c.fillStyle = css(INK.paper);
  c.beginPath();
  c.arc(10, 10, 10, 0, Math.PI * 2);
  c.fill();
  c.fillStyle = css(INK.ink);
  c.beginPath();
  c.arc(10, 10, 7.5, 0, Math.PI * 2);
  c.fill();
  c.fillStyle = side ? side.color : css(INK.inkFaint);
  c.beginPath();
  c.arc(10, 10, 6, 0, Math.PI * 2);
  c.fill();
  tex.refresh();
  return key;
}
