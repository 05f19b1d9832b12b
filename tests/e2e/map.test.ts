// The map in the browser at phone, tablet and desktop sizes: drawn (not blank), its art
// fetched from assets/ under fingerprinted names, its labels overlapping nowhere (from the
// layout the map reports on its canvas's box), and every area clickable on a phone and at
// 1280×720. Any console or page error fails the test (withBrowser).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { boxesOverlap } from '../../src/ui/map/labelPlacement';
import type { Box } from '../../src/ui/map/labelPlacement';
import { scenario } from '../helpers';
import { usePreview, withBrowser } from './support/browser';
import { closeGuideIfOpen, openTitle, shot, startNewGame } from './support/play';

const preview = usePreview();
const campaign = scenario('campaign');

interface Layout {
  compact: boolean;
  labels: { id: string; q: [number, number][]; overlaps?: boolean }[];
  areas: { id: string; x: number; y: number; tag: boolean }[];
}

async function layoutOf(page: Page): Promise<Layout> {
  const host = page.locator('[data-layout]');
  await host.waitFor({ state: 'attached', timeout: 30_000 });
  return JSON.parse((await host.getAttribute('data-layout')) ?? '{}') as Layout;
}

/** A label's box from its four corners (clockwise from the text's top left). */
function boxOf(q: [number, number][]): Box {
  const [a, b, c] = [q[0]!, q[1]!, q[2]!];
  return {
    cx: q.reduce((s, p) => s + p[0], 0) / 4,
    cy: q.reduce((s, p) => s + p[1], 0) / 4,
    w: Math.hypot(b[0] - a[0], b[1] - a[1]),
    h: Math.hypot(c[0] - b[0], c[1] - b[1]),
    angle: Math.atan2(b[1] - a[1], b[0] - a[0]),
  };
}

async function openMap(page: Page): Promise<Layout> {
  await openTitle(page, preview().url);
  await startNewGame(page);
  await closeGuideIfOpen(page);
  await page.waitForTimeout(600);
  return layoutOf(page);
}

async function checkDrawn(page: Page, layout: Layout, width: number, height: number): Promise<void> {
  expect(layout.labels.length, 'labels on the map').toBeGreaterThan(20);
  const boxes = layout.labels.map((l) => ({ id: l.id, box: boxOf(l.q) }));
  const clashes: string[] = [];
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) if (boxesOverlap(boxes[i]!.box, boxes[j]!.box, -0.5)) clashes.push(`${boxes[i]!.id} × ${boxes[j]!.id}`);
  expect(clashes, `labels overlapping at ${width}×${height}`).toEqual([]);
  expect(layout.labels.filter((l) => l.overlaps).map((l) => l.id)).toEqual([]);
  // Not blank: a map of paper, water and ink does not compress like an empty canvas.
  const png = await page.locator('#map-wrap canvas').screenshot();
  expect(png.length, 'the map canvas screenshot in bytes').toBeGreaterThan(40_000);
  // The art came from assets/, fingerprinted (name-hash.ext).
  const art = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
  for (const file of ['budapest-1956', 'hungary-1956', 'paper', 'ink', 'emblem']) expect(art.some((u) => new RegExp(`/assets/${file}-[\\w-]{6,}\\.(json|png|svg)$`).test(u)), file).toBe(true);
}

/** Click every area where the map says it is, and see it selected in the side panel. */
async function clickEveryArea(page: Page): Promise<void> {
  const ids = campaign.areas.map((a) => a.id);
  const missed: string[] = [];
  for (const id of ids) {
    const layout = await layoutOf(page);
    const spot = layout.areas.find((a) => a.id === id);
    if (!spot) {
      missed.push(`${id} (not on the map)`);
      continue;
    }
    const canvas = page.locator('#map-wrap canvas');
    await canvas.scrollIntoViewIfNeeded();
    const at = await canvas.boundingBox();
    if (!at) throw new Error('the map canvas has no box');
    await page.mouse.click(at.x + spot.x, at.y + spot.y);
    const info = page.locator(`#area-details .area-info[data-area="${id}"]`);
    try {
      await info.waitFor({ state: 'attached', timeout: 3000 });
    } catch {
      missed.push(id);
    }
  }
  expect(missed, 'areas not selected by a click on the map').toEqual([]);
}

describe('the map in the browser', () => {
  for (const [width, height] of [
    [390, 844],
    [1280, 720],
  ] as const) {
    it(`draws, keeps its labels apart and has every area clickable at ${width}×${height}`, async () => {
      await withBrowser({ width, height, reducedMotion: 'reduce' }, async ({ page }) => {
        const layout = await openMap(page);
        await checkDrawn(page, layout, width, height);
        await clickEveryArea(page);
        await shot(page, `map-${width}`);
      });
    });
  }

  for (const [width, height] of [
    [844, 390],
    [820, 1180],
    [1920, 1080],
  ] as const) {
    it(`draws and keeps its labels apart at ${width}×${height}`, async () => {
      await withBrowser({ width, height, reducedMotion: 'reduce' }, async ({ page }) => {
        const layout = await openMap(page);
        await checkDrawn(page, layout, width, height);
        await shot(page, `map-${width}`);
      });
    });
  }
});
