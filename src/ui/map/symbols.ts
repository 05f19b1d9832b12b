// The sides' symbols (scenario `sides[].symbol`) as shapes, drawn the same on the map
// and in the panels, so they never depend on a font having the glyph.

type SymbolPart =
  | { kind: 'circle'; x: number; y: number; r: number; fill: boolean; width?: number }
  | { kind: 'poly'; points: [number, number][]; fill: boolean; width?: number }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; width: number };

const star = (points: number, outer: number, inner: number): [number, number][] => {
  const out: [number, number][] = [];
  for (let i = 0; i < points * 2; i++) {
    const r = i % 2 ? inner : outer;
    const t = (i / (points * 2)) * Math.PI * 2 - Math.PI / 2;
    out.push([Math.cos(t) * r, Math.sin(t) * r]);
  }
  return out;
};

/** Shapes in a box from -1 to 1, by symbol character. */
const SHAPES: Record<string, SymbolPart[]> = {
  '◎': [
    { kind: 'circle', x: 0, y: 0, r: 0.82, fill: false, width: 0.26 },
    { kind: 'circle', x: 0, y: 0, r: 0.32, fill: true },
  ],
  '▲': [{ kind: 'poly', points: [[0, -0.9], [0.92, 0.72], [-0.92, 0.72]], fill: true }],
  '✕': [
    { kind: 'line', x1: -0.7, y1: -0.7, x2: 0.7, y2: 0.7, width: 0.34 },
    { kind: 'line', x1: 0.7, y1: -0.7, x2: -0.7, y2: 0.7, width: 0.34 },
  ],
  '■': [{ kind: 'poly', points: [[-0.72, -0.72], [0.72, -0.72], [0.72, 0.72], [-0.72, 0.72]], fill: true }],
  '★': [{ kind: 'poly', points: star(5, 1, 0.42), fill: true }],
  '◆': [{ kind: 'poly', points: [[0, -0.95], [0.8, 0], [0, 0.95], [-0.8, 0]], fill: true }],
  '◯': [{ kind: 'circle', x: 0, y: 0, r: 0.8, fill: false, width: 0.24 }],
};

/** The shapes of a symbol, or null when it has none (then draw the character as text). */
export function symbolShape(symbol: string): SymbolPart[] | null {
  return SHAPES[symbol] ?? null;
}
