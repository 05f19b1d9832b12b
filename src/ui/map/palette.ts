// The map's inks, as numbers for Phaser: the game's colours (theme/tokens.ts) the map
// draws with. Side colours come from the scenario.
import { COLOURS } from '../theme/tokens';

export const hexColor = (hex: string): number => Number.parseInt(hex.replace('#', ''), 16);

export const INK = {
  paper: hexColor(COLOURS.paper),
  land: hexColor(COLOURS.land),
  landEdge: hexColor(COLOURS.landEdge),
  abroad: hexColor(COLOURS.abroad),
  ink: hexColor(COLOURS.ink),
  inkSoft: hexColor(COLOURS.inkSoft),
  inkFaint: hexColor(COLOURS.inkFaint),
  river: hexColor(COLOURS.river),
  riverDeep: hexColor(COLOURS.riverDeep),
  riverEdge: hexColor(COLOURS.riverEdge),
  riverName: hexColor(COLOURS.riverName),
  road: hexColor(COLOURS.road),
  highlight: hexColor(COLOURS.outline),
  smoke: hexColor(COLOURS.smoke),
  fire: hexColor(COLOURS.fire),
  unknownSide: hexColor(COLOURS.unknownSide),
} as const;

/** The plan's own tints, mixed from the table's inks as a printer would from a few plates. */
export const PLAN = {
  /** Built-up ground: the land a shade toward the paper's dark. */
  builtUp: mix(INK.land, hexColor(COLOURS.paperDark), 0.4),
  /** Parks and cemeteries: the land toward the flag's green, faintly. */
  park: mix(INK.land, hexColor(COLOURS.flagGreen), 0.16),
  /** Hill shading. */
  hill: mix(INK.landEdge, INK.ink, 0.2),
  /** Railways. */
  rail: mix(INK.ink, INK.land, 0.25),
  /** A main road's fill, and its casing. */
  roadFill: mix(INK.land, hexColor(COLOURS.paperLight), 0.6),
  roadCase: mix(INK.landEdge, INK.ink, 0.15),
  /** The buildings the plan names. */
  landmark: mix(INK.landEdge, INK.land, 0.35),
} as const;

export const css = (n: number): string => `#${n.toString(16).padStart(6, '0')}`;

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
