// The game's colours, in one place: a paper map of 1956 and its inks. The page's CSS
// custom properties (--paper, --ink-soft, …) and the map's palette (map/palette.ts) are
// both made from this table, so the panels and the map cannot drift apart. The sides'
// colours are not here: they come from the scenario.

export const COLOURS = {
  // Paper.
  paper: '#ece2ca',
  paperLight: '#f6f1e4',
  paperDark: '#ddd0b2',
  /** Cards, fields and roles: paper nearly white. */
  sheet: '#fffdf6',
  /** Land on the map, and the disc behind a side's symbol. */
  land: '#f2ead8',
  landEdge: '#9c8d72',
  /** The ground around Hungary in the map's inset. */
  abroad: '#e6dbc0',
  /** A page printed: the report or the end page on paper. */
  printPage: '#ffffff',

  // Inks.
  ink: '#2b2620',
  /** A dark button under the pointer. */
  inkHover: '#463d33',
  inkSoft: '#5a4f42',
  inkFaint: '#85786a',
  /** The outline of the area under the pointer or selected. */
  outline: '#1d1a16',
  rule: '#b9aa8c',
  focus: '#1d5a9c',

  // What the game says: this game (crimson) against history (green).
  crimson: '#8a2b33',
  /** Behind a warning: a damaged save, entries left out. */
  crimsonTint: '#fbf2ea',
  green: '#3d6a48',
  greenLight: '#5f8a69',
  greenTint: '#eef2ea',
  /** A row to look at: today's, the fork's changed day. */
  marked: '#f7e9d9',
  /** The glossary entry that was asked for. */
  found: '#f3e3b5',
  /** The frame round what the guide explains. */
  guide: '#c39a2c',
  /** History's range in the charts, and its hatching where it is an estimate. */
  band: '#b9ab93',
  hatch: '#7a6d5c',

  // The map's water and roads.
  river: '#a7b8b6',
  riverDeep: '#8ea3a2',
  riverEdge: '#5f7c80',
  riverName: '#3f5a5e',
  road: '#c2b08f',

  // The day's marks.
  smoke: '#4a443c',
  fire: '#9a3b1c',
  /** A column of armour in the evening's key. */
  column: '#8c2f39',
  /** A side the scenario does not list. */
  unknownSide: '#555555',

  // The flag of 1956.
  flagRed: '#a8343a',
  flagWhite: '#f3eee2',
  flagGreen: '#3d6a48',

  // The paper's grain: dark specks, light specks, fibres.
  grainDark: '#3c301e',
  grainLight: '#fffaee',
  fibre: '#5a4628',
} as const;

/** "#2b2620" → [43, 38, 32]. */
function rgbOf(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** A colour with transparency, for canvas and SVG: "rgba(43,38,32,0.55)". */
export function withAlpha(hex: string, alpha: number | string): string {
  return `rgba(${rgbOf(hex).join(',')},${alpha})`;
}

/** paperLight → "--paper-light". */
const propertyOf = (name: string): string => `--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/**
 * The colours as CSS custom properties: `--paper` for each, and `--paper-rgb` ("236 226
 * 202") for CSS to add transparency with `rgb(var(--paper-rgb) / 0.9)`.
 */
function cssProperties(): [string, string][] {
  return Object.entries(COLOURS).flatMap(([name, hex]): [string, string][] => [
    [propertyOf(name), hex],
    [`${propertyOf(name)}-rgb`, rgbOf(hex).join(' ')],
  ]);
}

/** Set the colours on the page's root, before anything is drawn (the stylesheets read them). */
export function applyColours(root: HTMLElement = document.documentElement): void {
  for (const [property, value] of cssProperties()) root.style.setProperty(property, value);
}
