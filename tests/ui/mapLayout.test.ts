// The map's geographic base (assets/) and its labels' layout, on the real map data and the
// map's box at the four screen sizes of the screenshots (the browser tests check the same
// in Chromium, from the layout the page reports).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newGame, playerActions, step } from '../../src/engine';
import type { GameState } from '../../src/engine';
import { boxesOverlap } from '../../src/ui/map/labelPlacement';
import type { Box, Placement } from '../../src/ui/map/labelPlacement';
import { areaShapes } from '../../src/ui/map/geography';
import { FONTS } from '../../src/ui/map/mapLabels';
import { cityView, insetView } from '../../src/ui/map/mapLayout';
import { localized } from '../../src/cli/translations';
import { scenario } from '../helpers';
import { countryNames, geography, layoutFor } from './mapFixture';

const s = scenario('campaign');
const geo = geography();
const base = JSON.parse(readFileSync(join(import.meta.dirname, '../../assets/budapest-1956.json'), 'utf8')) as {
  projection: { origin: [number, number]; unitsPerDegree: [number, number] };
  river: { westBank: [number, number][]; eastBank: [number, number][] };
  bridges: { name: string }[];
  islands: { name: string }[];
  roads: { name: string }[];
};

/** The box of the map (#map-wrap) at each screen size, as Chromium lays the page out. */
const SIZES: { screen: string; w: number; h: number }[] = [
  { screen: '390×844', w: 390, h: 439 },
  { screen: '820×1180', w: 820, h: 614 },
  { screen: '1280×720', w: 858, h: 674 },
  { screen: '1920×1080', w: 1450, h: 1032 },
];
/** The map beside the evening's report at 1280×720, and the tablet's under a taller bar (as the browser lays it out today). */
const MORE_SIZES: { screen: string; w: number; h: number }[] = [
  { screen: '1280×720, the evening', w: 588, h: 672 },
  { screen: '820×1180 under a taller bar', w: 820, h: 542 },
];
const hu = localized(s, 'hu');

/** The morning of `date`, history's choices taken until then (later mornings have more chits). */
function morning(date: string): GameState {
  let st = newGame(s, { seed: 'map-layout', roles: { revolutionaries: 'player' } });
  while (st.date < date) for (const a of [...playerActions(s, st), { type: 'endTurn' } as const]) st = step(s, st, a).state;
  return st;
}

function overlapsOf(placements: Placement[]): string[] {
  const shown = placements.filter((p): p is Placement & { box: Box } => !!p.box);
  const out: string[] = [];
  for (let i = 0; i < shown.length; i++) for (let j = i + 1; j < shown.length; j++) if (boxesOverlap(shown[i]!.box, shown[j]!.box)) out.push(`${shown[i]!.id} × ${shown[j]!.id}`);
  return out;
}

function inside(b: Box, r: { x: number; y: number; width: number; height: number }): boolean {
  const ex = (Math.abs(Math.cos(b.angle)) * b.w + Math.abs(Math.sin(b.angle)) * b.h) / 2;
  const ey = (Math.abs(Math.sin(b.angle)) * b.w + Math.abs(Math.cos(b.angle)) * b.h) / 2;
  return b.cx - ex >= r.x - 0.5 && b.cx + ex <= r.x + r.width + 0.5 && b.cy - ey >= r.y - 0.5 && b.cy + ey <= r.y + r.height + 0.5;
}

describe('the geographic base of 1956', () => {
  it('has the bridges of 1956: Kossuth bridge, and no Erzsébet bridge', () => {
    const names = base.bridges.map((b) => b.name);
    expect(names).toEqual(expect.arrayContaining(['Margit híd', 'Kossuth híd', 'Lánchíd', 'Szabadság híd', 'Petőfi híd']));
    expect(names.some((n) => /Erzsébet/.test(n))).toBe(false);
  });

  it('has the islands and the named ring and radial roads', () => {
    expect(base.islands.map((i) => i.name)).toEqual(expect.arrayContaining(['Margit-sziget', 'Óbudai-sziget', 'Csepel-sziget']));
    expect(base.roads.map((r) => r.name)).toEqual(expect.arrayContaining(['Nagykörút', 'Kiskörút', 'Sztálin út', 'Üllői út', 'Rákóczi út', 'Váci út', 'Soroksári út', 'Budaörsi út']));
  });

  it('names what it shows as it was called in 1956', () => {
    const shown = [...base.bridges, ...base.roads].map((x) => x.name);
    // Árpád híd was Sztálin híd (1950–1958), Andrássy út Sztálin út (1950–1956).
    expect(shown).toEqual(expect.arrayContaining(['Sztálin híd', 'Sztálin út']));
    expect(shown.filter((n) => /Árpád|Andrássy/.test(n))).toEqual([]);
    // Dunaújváros was Sztálinváros (1951–1961): the inset names the town so.
    const tags = new Map(layoutFor(s, geo, newGame(s, { seed: 'x', roles: {} }), 858, 674).placements.map((p) => [p.id, p]));
    expect(tags.get('area:dunaujvaros')?.box).toBeTruthy();
    expect(areaShapes(s.areas, geo).get('dunaujvaros')?.name).toBe('Sztálinváros');
    expect(areaShapes(hu.areas, geo).get('parliament')?.name).toBe('Országház');
    expect(areaShapes(hu.areas, geo).get('szabad-nep')?.name).toBe('Szabad Nép');
    // The neighbours in the page's language: the USSR is SZOVJETUNIÓ in Hungarian, and has room at 1280×720.
    const ussr = geo.country.neighbours.findIndex((n) => n.name === 'USSR');
    const inHungarian = layoutFor(hu, geo, newGame(hu, { seed: 'x', roles: {} }), 858, 674, new Set(), 'hu').placements.find((p) => p.id === `neighbour:${ussr}`);
    expect(inHungarian?.box).toBeTruthy();
    expect(countryNames('hu')('USSR')).toBe('SZOVJETUNIÓ');
  });

  it('puts each city area on its own bank of the Danube', () => {
    const { origin, unitsPerDegree } = base.projection;
    const px = (p: [number, number]): [number, number] => [(p[0] - origin[0]) * unitsPerDegree[0], (origin[1] - p[1]) * unitsPerDegree[1]];
    // The bank's x at the height y (map units), between the two points either side.
    const bankX = (bank: [number, number][], y: number): number => {
      const pts = bank.map(px);
      for (let i = 0; i < pts.length - 1; i++) {
        const [a, b] = [pts[i]!, pts[i + 1]!];
        if ((a[1] - y) * (b[1] - y) <= 0) return a[0] + ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1] || 1);
      }
      throw new Error(`no bank at y ${y}`);
    };
    const pest = ['parliament', 'radio', 'astoria', 'szabad-nep', 'corvin', 'republic-square', 'stalin-monument', 'petofi-square'];
    const buda = ['technical-university', 'bem-statue', 'budaors-barracks'];
    for (const id of [...pest, ...buda]) {
      const a = s.areas.find((x) => x.id === id)!;
      const { x, y } = a.map!;
      if (pest.includes(id)) expect(x, id).toBeGreaterThan(bankX(base.river.eastBank, y));
      else expect(x, id).toBeLessThan(bankX(base.river.westBank, y));
    }
    // The Radio behind the Museum, east of Astoria; Tököl south of the city.
    const at = (id: string) => s.areas.find((x) => x.id === id)!.map!;
    expect(at('radio').x).toBeGreaterThan(at('astoria').x);
    expect(at('tokol').y).toBeGreaterThan(at('csepel').y);
  });
});

describe('the map labels', () => {
  const first = morning('1956-10-23');
  const later = morning('1956-10-29');

  const cases = [
    ...SIZES.map((size) => ({ ...size, lang: 'en' as const })),
    ...[...SIZES, ...MORE_SIZES].map((size) => ({ ...size, lang: 'hu' as const })),
    ...MORE_SIZES.map((size) => ({ ...size, lang: 'en' as const })),
  ];
  for (const [when, state] of [['23 October', first], ['29 October', later]] as const) for (const { screen, w, h, lang } of cases) {
    it(`overlap nowhere and stay in their frames at ${screen} on ${when} (${lang === 'hu' ? 'the Hungarian names' : 'English'})`, () => {
      const { placements, compact } = layoutFor(lang === 'hu' ? hu : s, geo, state, w, h, new Set(), lang);
      expect(overlapsOf(placements)).toEqual([]);
      expect(placements.filter((p) => p.overlaps).map((p) => p.id)).toEqual([]);
      const canvas = { x: 0, y: 0, width: w, height: h };
      const inset = insetView(w, h, geo.country.frame).viewport;
      for (const p of placements) {
        if (!p.box) continue;
        const isInset = /^(capital|neighbour:|river:|lake:)/.test(p.id) || (p.id.startsWith('area:') && s.areas.find((a) => `area:${a.id}` === p.id)?.region === 'country');
        // The inset's names inside the inset (none cut off); the city's inside the canvas and off the inset.
        if (isInset) expect(inside(p.box, inset), p.id).toBe(true);
        else {
          expect(inside(p.box, canvas), p.id).toBe(true);
          expect(boxesOverlap(p.box, { cx: inset.x + inset.width / 2, cy: inset.y + inset.height / 2, w: inset.width, h: inset.height, angle: 0 }), p.id).toBe(false);
        }
      }
      // Off a phone, every area's name is shown; on it, those of Budapest's sites at least.
      const areaIds = s.areas.map((a) => a.id);
      const shown = new Set(placements.filter((p) => p.box).map((p) => p.id));
      if (!compact) for (const id of areaIds) expect(shown.has(`area:${id}`), id).toBe(true);
      else for (const id of ['parliament', 'radio', 'astoria', 'szabad-nep', 'corvin', 'petofi-square', 'stalin-monument', 'technical-university', 'bem-statue']) expect(shown.has(`area:${id}`), id).toBe(true);
      expect(cityView(w, h, geo.city.fit).zoom).toBeGreaterThan(0);
    });
  }

  it('names the bridges and the main roads at 1280×720, in type of at least 10 px', () => {
    const { placements } = layoutFor(s, geo, first, 858, 674);
    const shown = placements.filter((p) => p.box).map((p) => p.id);
    expect(shown.filter((id) => id.startsWith('bridge:')).length).toBeGreaterThanOrEqual(5);
    expect(shown.filter((id) => id.startsWith('road:')).length).toBeGreaterThanOrEqual(5);
    expect(FONTS.bridge.size).toBeGreaterThanOrEqual(10);
    expect(FONTS.road.size).toBeGreaterThanOrEqual(10);
  });

  it('names the Kiskörút, Sztálin út and Rákóczi út at 1280×720 where there is room', () => {
    const { placements } = layoutFor(s, geo, first, 858, 674);
    const shown = new Set(placements.filter((p) => p.box).map((p) => geo.city.roads[Number(p.id.replace('road:', ''))]?.name));
    for (const name of ['Kiskörút', 'Sztálin út', 'Rákóczi út']) expect(shown.has(name), name).toBe(true);
  });

  it('keeps the small sites near their tags at 820×1180', () => {
    const { placements } = layoutFor(s, geo, first, 820, 614);
    for (const id of ['radio', 'astoria', 'szabad-nep']) {
      const p = placements.find((x) => x.id === `area:${id}`)!;
      const length = p.leader ? Math.hypot(p.leader[1][0] - p.leader[0][0], p.leader[1][1] - p.leader[0][1]) : 0;
      expect(length, id).toBeLessThanOrEqual(45);
    }
  });
});
