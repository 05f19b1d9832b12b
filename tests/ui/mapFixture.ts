// The map's geography and layout as the browser makes them, for tests in Node: the
// geographic base read from assets/, the campaign's areas, and names measured with the
// widths of the map's typefaces (a little generous, so what fits here fits on screen).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GameState } from '../../src/engine';
import type { Scenario } from '../../src/scenario/resolve';
import { CityBase, CountryBase } from '../../src/ui/map/geoBase';
import { areaShapes, cityMap, countryMap } from '../../src/ui/map/geography';
import type { MapGeography } from '../../src/ui/map/geography';
import { layoutSpec, offSheetNotes, plainLabels } from '../../src/ui/map/mapLabels';
import type { FontSpec, Measure } from '../../src/ui/map/mapLabels';
import { cartoucheBox, cityView, insetView, isCompact, layoutMap } from '../../src/ui/map/mapLayout';
import type { Placement } from '../../src/ui/map/labelPlacement';

const ASSETS = join(import.meta.dirname, '../../assets');

export function geography(): MapGeography {
  const read = (f: string): unknown => JSON.parse(readFileSync(join(ASSETS, f), 'utf8'));
  return { city: cityMap(CityBase.parse(read('budapest-1956.json'))), country: countryMap(CountryBase.parse(read('hungary-1956.json'))) };
}

/** Average advance of a character, in ems, by typeface and kind of character. */
function advance(ch: string, font: FontSpec): number {
  const serif = font.family === 'serif';
  let a: number;
  if (ch === ' ') a = 0.27;
  else if (/[0-9]/.test(ch)) a = serif ? 0.64 : 0.6;
  else if (/[.,:;'’·]/.test(ch)) a = 0.3;
  else if (/[ilIjtfr]/.test(ch)) a = serif ? 0.36 : 0.3;
  else if (/[mwMW]/.test(ch)) a = serif ? 0.98 : 0.86;
  else if (/[A-ZÁÉÍÓÖŐÚÜŰ]/.test(ch)) a = serif ? 0.76 : 0.66;
  else a = serif ? 0.6 : 0.56;
  if (font.style === 'bold') a *= 1.08;
  if (font.style === 'italic') a *= 0.96;
  return a;
}

/** Widths a little over the real typefaces' (measured in Chromium), heights as Phaser's text boxes. */
export const measure: Measure = (text, font) => ({
  w: Math.ceil([...text].reduce((w, ch) => w + advance(ch, font) * font.size + (font.spacing ?? 0), 0) * 1.08) + 3,
  h: Math.ceil(font.size * 1.3) + 3,
});

/** The neighbours' names in a language, as the page's messages give them (shell:map.country.*). */
export function countryNames(lang: 'en' | 'hu'): (name: string) => string {
  const shell = JSON.parse(readFileSync(join(import.meta.dirname, `../../scenarios/messages/${lang}/shell.json`), 'utf8')) as Record<string, string>;
  return (name) => {
    const text = shell[`map.country.${name.toLowerCase()}`];
    if (!text) throw new Error(`no message shell:map.country.${name.toLowerCase()} in ${lang}`);
    return text;
  };
}

/**
 * The map's layout for a canvas of `width` × `height`, on the morning of `state`, with the
 * names of `scenario` (localized for a language other than English) and the neighbours' in `lang`.
 */
export function layoutFor(scenario: Scenario, geo: MapGeography, state: GameState, width: number, height: number, changed: ReadonlySet<string> = new Set(), lang: 'en' | 'hu' = 'en'): { placements: Placement[]; compact: boolean } {
  const shapes = areaShapes(scenario.areas, geo);
  const city = cityView(width, height, geo.city.fit);
  const compact = isCompact(city);
  const labels = plainLabels(geo, offSheetNotes(geo, scenario.areas, shapes), countryNames(lang));
  const spec = layoutSpec(scenario.areas, shapes, state, labels, measure, { compact, changed });
  const canvas = { x: 0, y: 0, width, height };
  const cartouche = cartoucheBox(city, geo.city.sheet, canvas);
  const placements = layoutMap(spec, { city, inset: insetView(width, height, geo.country.frame), canvas, fit: geo.city.fit, furniture: cartouche ? [cartouche] : [], keepClear: [], water: geo.city.water });
  return { placements, compact };
}
