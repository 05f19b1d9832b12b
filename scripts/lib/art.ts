// The map's raster textures, made from numbers: the paper's grain and the ink's mottle,
// tileable, from the interface's own generator (src/ui/lib/rng.ts, seeded), so the same
// bytes come out every time. scripts/make-art.ts writes them to assets/; a test checks
// the committed files are what this makes. Nothing is downloaded or traced.
import { deflateSync } from 'node:zlib';
import { uiRandom } from '../../src/ui/lib/rng';
import { COLOURS } from '../../src/ui/theme/tokens';

type Rgb = [number, number, number];

const rgbOf = (hex: string): Rgb => {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
};

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A PNG of 8-bit RGB or RGBA pixels, each row filtered by Paeth (it suits grain and mottle). */
export function encodePng(width: number, height: number, channels: 3 | 4, pixels: Uint8Array): Buffer {
  const stride = width * channels;
  const raw = new Uint8Array((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 4;
    for (let i = 0; i < stride; i++) {
      const x = pixels[y * stride + i]!;
      const a = i >= channels ? pixels[y * stride + i - channels]! : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + i]! : 0;
      const c = y > 0 && i >= channels ? pixels[(y - 1) * stride + i - channels]! : 0;
      const p = a + b - c;
      const pa = Math.abs(p - a);
      const pb = Math.abs(p - b);
      const pc = Math.abs(p - c);
      const pred = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      raw[y * (stride + 1) + 1 + i] = (x - pred) & 0xff;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = channels === 4 ? 6 : 2;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', new Uint8Array(0))]);
}

/** Blend a colour over pixel (x, y) of an RGB image, wrapping at the edges (the texture tiles). */
function blend(px: Uint8Array, size: number, x: number, y: number, c: Rgb, alpha: number): void {
  const i = ((((y % size) + size) % size) * size + (((x % size) + size) % size)) * 3;
  for (let k = 0; k < 3; k++) px[i + k] = Math.round(px[i + k]! + (c[k]! - px[i + k]!) * alpha);
}

/**
 * The paper: its tint with dark and light specks and a few fibres, as the grain the page
 * had when it was drawn at start-up (the same counts, sizes and strengths).
 */
export function paperPng(size = 256): Buffer {
  const px = new Uint8Array(size * size * 3);
  const base = rgbOf(COLOURS.paper);
  for (let i = 0; i < size * size; i++) px.set(base, i * 3);
  const rnd = uiRandom(1956);
  const dark = rgbOf(COLOURS.grainDark);
  const light = rgbOf(COLOURS.grainLight);
  for (let i = 0; i < 1400; i++) {
    const shade = rnd() < 0.5 ? dark : light;
    const alpha = 0.02 + rnd() * 0.05;
    const x0 = Math.floor(rnd() * size);
    const y0 = Math.floor(rnd() * size);
    const w = 1 + Math.floor(rnd() * 2);
    const h = 1 + Math.floor(rnd() * 2);
    for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) blend(px, size, x0 + x, y0 + y, shade, alpha);
  }
  const fibre = rgbOf(COLOURS.fibre);
  for (let i = 0; i < 90; i++) {
    const alpha = (0.03 + rnd() * 0.04) * 0.6;
    const x = rnd() * size;
    const y = rnd() * size;
    const a = rnd() * Math.PI;
    const l = 4 + rnd() * 12;
    for (let s = 0; s <= l; s += 0.7) blend(px, size, Math.round(x + Math.cos(a) * s), Math.round(y + Math.sin(a) * s), fibre, alpha);
  }
  return encodePng(size, size, 3, px);
}

/** Smooth tileable noise: values on a `cells` × `cells` lattice, interpolated with a smoothstep. */
function valueNoise(size: number, cells: number, rnd: () => number): Float32Array {
  const lattice = Array.from({ length: cells * cells }, () => rnd());
  const at = (i: number, j: number): number => lattice[(((j % cells) + cells) % cells) * cells + (((i % cells) + cells) % cells)]!;
  const out = new Float32Array(size * size);
  const k = cells / size;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const fx = x * k;
      const fy = y * k;
      const i = Math.floor(fx);
      const j = Math.floor(fy);
      const s = (t: number): number => t * t * (3 - 2 * t);
      const u = s(fx - i);
      const v = s(fy - j);
      const top = at(i, j) + (at(i + 1, j) - at(i, j)) * u;
      const bottom = at(i, j + 1) + (at(i + 1, j + 1) - at(i, j + 1)) * u;
      out[y * size + x] = top + (bottom - top) * v;
    }
  }
  return out;
}

/**
 * The ink: where a printed colour took more or less ink, as a mottle of the ink colour
 * with a little alpha, laid over the map's tints and water so they are not flat.
 */
export function inkPng(size = 128): Buffer {
  const rnd = uiRandom(1848);
  const broad = valueNoise(size, 8, rnd);
  const fine = valueNoise(size, 32, rnd);
  const ink = rgbOf(COLOURS.ink);
  const px = new Uint8Array(size * size * 4);
  for (let i = 0; i < size * size; i++) {
    const n = 0.65 * broad[i]! + 0.35 * fine[i]!;
    // Quantised to a few levels: the mottle reads the same and the file stays small.
    const alpha = Math.round(Math.max(0, n - 0.35) * 14) * 5;
    px.set([ink[0], ink[1], ink[2], alpha], i * 4);
  }
  return encodePng(size, size, 4, px);
}
