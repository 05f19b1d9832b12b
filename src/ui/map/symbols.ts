// The sides' symbols (scenario `sides[].symbol`) live in assets/symbols/, one SVG a
// symbol, drawn black as a mask. The map loads those files as textures (art.ts); the
// panels draw the same shapes as inline SVG, read here from the same files, so the two
// never differ and never depend on a font having the glyph.

type SymbolPart =
  | { kind: 'circle'; x: number; y: number; r: number; fill: boolean; width?: number }
  | { kind: 'poly'; points: [number, number][]; fill: boolean; width?: number }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; width: number };

const raw = import.meta.glob<string>('../../../assets/symbols/*.svg', { query: '?raw', import: 'default', eager: true });
const urls = import.meta.glob<string>('../../../assets/symbols/*.svg', { query: '?url', import: 'default', eager: true });

const fileName = (path: string): string => path.slice(path.lastIndexOf('/') + 1, -'.svg'.length);

/** Each symbol's file (by name, "star") and its fingerprinted URL. */
export const SYMBOL_FILES: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(urls).map(([path, url]) => [fileName(path), url]));

const attrs = (tag: string): Record<string, string> => Object.fromEntries([...tag.matchAll(/([a-z-]+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
const num = (v: string | undefined): number => Number(v ?? 0);

/** An SVG symbol's circles, polygons and lines, in its box from −1 to 1. */
function parse(svg: string): SymbolPart[] {
  const parts: SymbolPart[] = [];
  for (const [tag, name] of [...svg.matchAll(/<(circle|polygon|line)\b[^>]*>/g)].map((m) => [m[0], m[1]] as const)) {
    const a = attrs(tag);
    const fill = a.fill !== undefined && a.fill !== 'none';
    const width = a['stroke-width'] !== undefined ? num(a['stroke-width']) : undefined;
    if (name === 'circle') parts.push({ kind: 'circle', x: num(a.cx), y: num(a.cy), r: num(a.r), fill, ...(width !== undefined ? { width } : {}) });
    else if (name === 'polygon') parts.push({ kind: 'poly', points: (a.points ?? '').trim().split(/\s+/).map((p) => p.split(',').map(Number) as [number, number]), fill, ...(width !== undefined ? { width } : {}) });
    else parts.push({ kind: 'line', x1: num(a.x1), y1: num(a.y1), x2: num(a.x2), y2: num(a.y2), width: width ?? 0.2 });
  }
  return parts;
}

/** Each file's symbol character ("star" → "★"), from its `data-symbol`. */
export const SYMBOL_CHARS: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(raw).map(([path, text]) => [fileName(path), /data-symbol="([^"]+)"/.exec(text)?.[1] ?? '']));

const SHAPES: Record<string, SymbolPart[]> = Object.fromEntries(Object.entries(raw).map(([path, text]) => [SYMBOL_CHARS[fileName(path)]!, parse(text)]));

/** The shapes of a symbol, or null when it has none (then draw the character as text). */
export function symbolShape(symbol: string): SymbolPart[] | null {
  return SHAPES[symbol] ?? null;
}
