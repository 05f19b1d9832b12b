// The drawn geography: the Danube through Budapest, Buda, Pest and Csepel island, the
// bridges standing in 1956, the main roads in; and Hungary in outline for the inset. This
// is map furniture, not game data: the areas and their points come from the scenario.
import { cells, circle, smooth } from './geom';
import type { Poly, Pt, Site } from './geom';

/** Budapest's drawing space (scenario `map.x/y` of the buda/pest/csepel areas). */
export const CITY = { width: 1000, height: 720 };

/** The Danube's centre line from north to the fork at the head of Csepel island. */
const UPPER: Pt[] = [[478, -30], [481, 40], [488, 110], [496, 180], [501, 250], [501, 320], [497, 380], [490, 440], [488, 500]];
/** The main (Ráckeve) channel: west of Csepel island. */
const MAIN: Pt[] = [[488, 500], [476, 545], [462, 600], [452, 660], [446, 750]];
/** The narrow Soroksár branch east of the island. */
const SOROKSAR: Pt[] = [[488, 500], [535, 522], [590, 548], [628, 590], [646, 640], [655, 690], [660, 750]];

export const river = {
  upper: smooth(UPPER),
  main: smooth(MAIN),
  soroksar: smooth(SOROKSAR),
  /** Width of the channels in map units. */
  width: { upper: 34, main: 30, soroksar: 14 },
};

/** Land on either side of the centre lines: the river is drawn over the seams. */
const land: Record<'buda' | 'pest' | 'csepel', Poly> = {
  buda: [[-2000, -60], ...river.upper, ...river.main.slice(1), [-2000, 780]],
  pest: [[3000, -60], ...river.upper, ...river.soroksar.slice(1), [3000, 780]],
  csepel: [...river.main, ...river.soroksar.slice(1).reverse()],
};

interface Bridge {
  name: string;
  y: number;
  /** Where on the upper river: its centre line is looked up at y. */
}

/** The Danube bridges of 1956 (the Elisabeth bridge, blown up in 1945, was not rebuilt until 1964). */
export const bridges: Bridge[] = [
  { name: 'Árpád híd', y: 70 },
  { name: 'Margit híd', y: 200 },
  { name: 'Lánchíd', y: 292 },
  { name: 'Szabadság híd', y: 398 },
  { name: 'Petőfi híd', y: 458 },
];

/** The river's centre x at a height on the upper course. */
export function riverX(y: number): number {
  const line = river.upper;
  for (let i = 0; i < line.length - 1; i++) {
    const a = line[i]!;
    const b = line[i + 1]!;
    if ((a[1] <= y && b[1] >= y) || (a[1] >= y && b[1] <= y)) {
      const t = b[1] === a[1] ? 0 : (y - a[1]) / (b[1] - a[1]);
      return a[0] + (b[0] - a[0]) * t;
    }
  }
  return line[line.length - 1]![0];
}

interface Road {
  /** The name on the map, in Hungarian. */
  name: string;
  /** From the edge of the map (where columns come in) to the area it leads to. */
  points: Pt[];
  area: string;
}

/** The roads into the city that the record names or that the columns used. */
export const roads: Road[] = [
  { name: 'Váci út', points: [[720, -20], [700, 40], [672, 100], [650, 125]], area: 'angyalfold' },
  { name: 'Soroksári út', points: [[780, 740], [752, 660], [722, 600], [700, 560]], area: 'soroksari' },
  { name: 'Üllői út', points: [[1020, 600], [900, 520], [800, 460], [715, 405]], area: 'corvin' },
  { name: 'Budaörsi út', points: [[-20, 520], [110, 480], [220, 455], [300, 440]], area: 'budaors-barracks' },
  { name: 'Kerepesi út', points: [[1020, 290], [920, 310], [850, 330], [790, 345]], area: 'republic-square' },
];

/** Hungary for the inset: lon/lat projected as the scenario's country points are (x 0–1000 west–east, y 0–600 north–south). */
export const project = (lon: number, lat: number): Pt => [(lon - 16.0) * 142.9, (48.7 - lat) * 193.3];

const HUNGARY_LONLAT: Pt[] = [
  [17.06, 48.01], [17.25, 47.92], [17.7, 47.76], [18.1, 47.75], [18.55, 47.77], [18.85, 47.83], [18.95, 48.02], [19.3, 48.09],
  [19.6, 48.22], [19.92, 48.16], [20.25, 48.28], [20.5, 48.5], [20.85, 48.58], [21.2, 48.52], [21.5, 48.56], [21.7, 48.38],
  [22.1, 48.42], [22.45, 48.25], [22.9, 47.98], [22.55, 47.78], [22.2, 47.6], [22.0, 47.4], [21.75, 47.0], [21.5, 46.75],
  [21.25, 46.42], [20.75, 46.2], [20.26, 46.12], [19.7, 46.18], [19.3, 45.99], [18.85, 45.92], [18.8, 45.78], [18.4, 45.75],
  [17.9, 45.8], [17.6, 45.95], [17.3, 46.12], [16.9, 46.38], [16.6, 46.48], [16.3, 46.66], [16.11, 46.87], [16.48, 47.0],
  [16.45, 47.4], [16.68, 47.45], [16.45, 47.7], [16.75, 47.72], [16.95, 47.78], [17.1, 47.85],
];
export const hungary: Poly = HUNGARY_LONLAT.map(([lon, lat]) => project(lon, lat));
/** The Austrian border: the western stretch of the outline, from the Danube to the Slovene corner. */
export const austrianBorder: Pt[] = (() => {
  const start = HUNGARY_LONLAT.findIndex(([lon, lat]) => lon === 16.11 && lat === 46.87);
  return [...HUNGARY_LONLAT.slice(start), HUNGARY_LONLAT[0]!].map(([lon, lat]) => project(lon, lat));
})();
export const danubeCountry: Pt[] = smooth(
  [[17.06, 48.01], [17.7, 47.76], [18.5, 47.77], [18.9, 47.81], [19.1, 47.74], [19.06, 47.5], [18.95, 47.2], [18.93, 46.95], [18.88, 46.6], [18.8, 46.2], [18.8, 45.8]].map(
    ([lon, lat]) => project(lon!, lat!),
  ),
  6,
);
export const tiszaCountry: Pt[] = smooth(
  [[22.45, 48.1], [21.9, 48.25], [21.4, 48.12], [21.0, 47.75], [20.6, 47.55], [20.2, 47.17], [20.1, 46.7], [20.15, 46.25], [20.1, 46.15]].map(
    ([lon, lat]) => project(lon!, lat!),
  ),
  6,
);
export const balaton: Poly = smooth(
  [[17.25, 46.72], [17.55, 46.78], [17.85, 46.9], [18.17, 47.05], [18.1, 47.08], [17.8, 46.98], [17.5, 46.86], [17.25, 46.77], [17.25, 46.72]].map(
    ([lon, lat]) => project(lon!, lat!),
  ),
  6,
);
/** Budapest in the inset's space. */
export const BUDAPEST_IN_COUNTRY: Pt = project(19.04, 47.5);

/** Where the inset sits in the city's drawing space, and at what scale. */
export const INSET = { x: 12, y: 12, scale: 0.33, width: 1000, height: 600 };
export const toInset = ([x, y]: Pt): Pt => [INSET.x + x * INSET.scale, INSET.y + y * INSET.scale];

export interface MapArea {
  id: string;
  name: string;
  kind: 'district' | 'site' | 'town' | 'border';
  region: 'buda' | 'pest' | 'csepel' | 'country' | 'abroad';
  map: { x: number; y: number; shape?: [number, number][] | undefined; labelDx?: number | undefined; labelDy?: number | undefined };
}

export interface AreaShape {
  id: string;
  /** The plate, in the city's drawing space (inset areas already placed in the inset). */
  poly: Poly;
  /** The area's point in the same space. */
  point: Pt;
  inset: boolean;
}

const CITY_REGIONS = ['buda', 'pest', 'csepel'] as const;

/** Every area's plate: Voronoi cells on the city's land, discs (or the border's band) in the inset. */
export function areaShapes(areas: MapArea[]): Map<string, AreaShape> {
  const out = new Map<string, AreaShape>();
  for (const region of CITY_REGIONS) {
    const here = areas.filter((a) => a.region === region);
    const sites: Site[] = here.map((a) => ({ id: a.id, x: a.map.x, y: a.map.y, radius: a.kind === 'district' ? 118 : 78 }));
    const found = cells(sites, land[region]);
    for (const a of here) {
      const poly = a.map.shape ? a.map.shape.map(([x, y]) => [x, y] as Pt) : found.get(a.id)!;
      out.set(a.id, { id: a.id, poly, point: [a.map.x, a.map.y], inset: false });
    }
  }
  for (const a of areas.filter((x) => x.region === 'country' || x.region === 'abroad')) {
    const point = toInset([a.map.x, a.map.y]);
    const poly = a.map.shape
      ? a.map.shape.map((p) => toInset(p as Pt))
      : a.kind === 'border'
        ? ellipse(point[0], point[1], 13, 7)
        : circle(point[0], point[1], 9, 24);
    out.set(a.id, { id: a.id, poly, point, inset: true });
  }
  return out;
}

function ellipse(cx: number, cy: number, rx: number, ry: number): Poly {
  return circle(0, 0, 1, 24).map(([x, y]) => [cx + x * rx, cy + y * ry] as Pt);
}
