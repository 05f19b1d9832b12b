// The map's inks: a paper map of 1956, muted. Side colours come from the scenario.

export const INK = {
  paper: 0xece2ca,
  paperShade: 0xdccfb1,
  land: 0xf2ead8,
  landEdge: 0x9c8d72,
  ink: 0x2b2620,
  inkSoft: 0x5d5244,
  inkFaint: 0x8f8270,
  river: 0xa7b8b6,
  riverDeep: 0x8ea3a2,
  riverEdge: 0x5f7c80,
  road: 0xc2b08f,
  highlight: 0x1d1a16,
  smoke: 0x4a443c,
  fire: 0x9a3b1c,
  /** A side the scenario does not list. */
  unknownSide: 0x555555,
} as const;

export const css = (n: number): string => `#${n.toString(16).padStart(6, '0')}`;
export const hexColor = (hex: string): number => Number.parseInt(hex.replace('#', ''), 16);

/** A colour mixed toward another: 0 keeps a, 1 gives b. */
export function mix(a: number, b: number, t: number): number {
  const ch = (n: number, s: number): number => (n >> s) & 0xff;
  const m = (s: number): number => Math.round(ch(a, s) + (ch(b, s) - ch(a, s)) * t) << s;
  return m(16) | m(8) | m(0);
}

export const FONT = {
  serif: '"Libre Baskerville", Georgia, serif',
  type: '"Courier Prime", "Courier New", monospace',
  sans: '"IBM Plex Sans", system-ui, sans-serif',
};
