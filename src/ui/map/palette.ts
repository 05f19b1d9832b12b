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
