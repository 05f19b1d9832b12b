// The class online in the browser: the built site served by the class server. A teacher
// opens a class of the Presidium exercise; three students, each in a browser context of
// their own, join with the code and play a side each to the end; the teacher's dashboard
// shows them live, then the outcome, the roles' objectives, the verified hand-in and the
// class comparison. No console error and no CSP violation on any page. Screenshots of the
// join screen, a group morning and the dashboard at four sizes go to test-results/e2e.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../../scripts/lib/browser';
import { shot } from './support/play';
import { englishOnScreen } from './support/words';
import { newStore, startChild } from '../server/support/servers';
import type { Child, Store } from '../server/support/servers';

const SIZES: [number, number][] = [
  [390, 844],
  [820, 1180],
  [1280, 720],
  [1920, 1080],
];

let store: Store;
let server: Child;
let browser: Browser;
const contexts: BrowserContext[] = [];
const problems: string[] = [];

beforeAll(async () => {
  store = await newStore('pglite');
  server = await startChild(store);
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}, 120_000);

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
  await server?.stop();
  await store?.remove();
});

/**
 * The title scene's map at 390 px wide draws from a canvas of no size: a fault of the game's
 * title on narrow screens, on the static site too (not of the class pages); known and
 * reported, it is the one problem let through, on the title page at that width only.
 */
const KNOWN_TITLE_FAULT = /drawImage.*width or height of 0/;

async function newPage(name: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce', acceptDownloads: true });
  contexts.push(context);
  await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`${name}: console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => {
    if (!(name === 'join 390' && KNOWN_TITLE_FAULT.test(e.message))) problems.push(`${name}: page error: ${e.message}`);
  });
  return page;
}

async function shots(page: Page, name: string): Promise<void> {
  for (const [w, hgt] of SIZES) {
    await page.setViewportSize({ width: w, height: hgt });
    await page.waitForTimeout(150);
    await shot(page, `online-${name}-${w}x${hgt}`);
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

async function openTitle(page: Page): Promise<void> {
  await page.goto(server.url);
  await page.locator('.title-menu [data-action=new-game]').waitFor({ timeout: 60_000 });
  await page.locator('[data-action=online-join]').waitFor({ timeout: 20_000 });
}

/** This student's morning: history's option in each open card, a reason, then "End my turn". */
async function playMorning(page: Page, side: string): Promise<void> {
  for (;;) {
    const card = page.locator('.online-screen .decision:not(.decided)').first();
    if ((await card.count()) === 0) break;
    const id = (await card.getAttribute('data-decision')) ?? '';
    await card.locator('.option[data-historical=true] input').check();
    await card.locator('.reason-input').fill(`${side} thinks it through`);
    await card.locator('[data-action=decide]').click();
    await page.locator(`.online-screen .decision.decided[data-decision="${id}"]`).waitFor({ timeout: 20_000 });
  }
  await page.locator('#online-end-turn').click();
}

describe('a class online', () => {
  it('a teacher and three students play the Presidium exercise to the end; the dashboard shows the outcome and objectives', async () => {
    // The static site's title has no class entries without the server; here it has them.
    const teacher = await newPage('teacher');
    await openTitle(teacher);
    await teacher.locator('[data-action=online-open]').click();
    await teacher.locator('#oo-title').fill('History 10B — The Presidium');
    await teacher.locator('#oo-scenario').selectOption('presidium');
    await teacher.locator('[data-action=open-class]').click();
    await teacher.locator('[data-testid=join-code]').waitFor();
    const code = ((await teacher.locator('[data-testid=join-code]').textContent()) ?? '').trim();
    expect(code).toMatch(/^[A-Z2-9]{6}$/);
    expect(teacher.url()).toMatch(/#class=.+&key=.+/);

    // Three students, each on their own device, with names a page must show as text.
    const names = ['Anna <b>K</b>', 'Béla', 'Csilla'];
    const students: Page[] = [];
    for (const [i, name] of names.entries()) {
      if (i === 0) {
        // The join screen at each size, each in a page opened at that size.
        for (const [w, hgt] of SIZES) {
          const look = await newPage(`join ${w}`);
          await look.setViewportSize({ width: w, height: hgt });
          await openTitle(look);
          await look.locator('[data-action=online-join]').click();
          await look.locator('#oj-code').waitFor();
          await shot(look, `online-join-${w}x${hgt}`);
          await look.context().close();
        }
      }
      const page = await newPage(`student ${i + 1}`);
      await openTitle(page);
      await page.locator('[data-action=online-join]').click();
      await page.locator('#oj-code').fill(code.toLowerCase());
      await page.locator('#oj-name').fill(name);
      await page.locator('[data-action=join]').click();
      await page.locator('[data-testid=student-screen]').waitFor();
      students.push(page);
    }
    // The dashboard saw them join, names as text.
    await teacher.locator('[data-testid=students] li', { hasText: 'Anna <b>K</b>' }).waitFor({ timeout: 20_000 });
    expect(await teacher.locator('[data-testid=students] b').count()).toBe(0);

    const sideOf = new Map<Page, string>();
    for (const p of students) {
      await p.locator('.seat.you').waitFor();
      sideOf.set(p, (await p.locator('.seat.you').getAttribute('data-side')) ?? '');
    }
    expect([...sideOf.values()].sort()).toEqual(['government', 'revolutionaries', 'soviet']);
    const soviet = students.find((p) => sideOf.get(p) === 'soviet')!;

    let day = 0;
    for (;;) {
      await Promise.all(students.map((p) => p.waitForFunction(() => /^online:(playing:.*:open|over)/.test(document.getElementById('app')?.dataset.ready ?? ''), null, { timeout: 30_000 })));
      if (await students[0]!.locator('[data-testid=online-end]').count()) break;
      if (day === 0) await shots(soviet, 'morning');
      if (day === 1) {
        await shots(teacher, 'dashboard-playing');
        // A reload comes back to the game where it stands.
        const again = students[2]!;
        await again.reload();
        await again.waitForFunction(() => /^online:playing:1956-10-31:open/.test(document.getElementById('app')?.dataset.ready ?? ''), null, { timeout: 30_000 });
      }
      for (const p of students) {
        await playMorning(p, sideOf.get(p)!);
        // Until the last player ends their turn, the day waits.
        if (p !== students[students.length - 1]) await p.locator('[data-testid=turn-ended]').waitFor({ timeout: 20_000 });
      }
      // The evening's report opens for everyone; each closes it.
      for (const p of students) {
        await p.locator('[data-action=next-morning]').waitFor({ timeout: 30_000 });
        await p.locator('[data-action=next-morning]').click();
      }
      day++;
      expect(day).toBeLessThan(10);
    }
    expect(day).toBe(5);

    // Every student sees the same end; the dashboard shows it, with the objectives and the verified hand-in.
    const outcomes = await Promise.all(students.map((p) => p.locator('[data-testid=outcome]').textContent()));
    expect(new Set(outcomes).size).toBe(1);
    const hashes = await Promise.all(students.map((p) => p.locator('[data-testid=final-hash]').textContent()));
    expect(new Set(hashes).size).toBe(1);
    await teacher.locator('tr[data-status=over] [data-testid=group-outcome]', { hasText: outcomes[0]! }).waitFor({ timeout: 20_000 });
    await teacher.locator('[data-testid=hand-ins] li[data-verified=true]').waitFor();
    await expect.poll(() => teacher.locator('[data-testid=comparison] h2').textContent()).toMatch(/1 game/);
    const objectives = await teacher.locator('[data-testid=objectives]').first().textContent();
    expect(objectives).toContain('Keep Hungary in the Soviet bloc');
    await shots(teacher, 'dashboard');
    expect(problems).toEqual([]);
  });
  it('in Hungarian the server’s refusals are said in Hungarian: a wrong join code, a closed class', async () => {
    const made = (await (await fetch(new URL('api/classes', server.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title: 'Zárt osztály', scenario: 'presidium' }) })).json()) as { classId: string; joinCode: string; teacherKey: string };
    const closed = await fetch(new URL(`api/classes/${made.classId}/close`, server.url), { method: 'POST', headers: { authorization: `Bearer ${made.teacherKey}` } });
    expect(closed.ok).toBe(true);
    const page = await newPage('student hu');
    await page.goto(new URL('?lang=hu', server.url).toString());
    await page.locator('[data-action=online-join]').waitFor({ timeout: 60_000 });
    await page.locator('[data-action=online-join]').click();
    const error = page.locator('[data-testid=join-error]');
    for (const [joinCode, said] of [['NOPE22', 'Ezzel a kóddal nincs osztály.'], [made.joinCode, 'Az osztály lezárult.']] as const) {
      await page.locator('#oj-code').fill(joinCode);
      await page.locator('#oj-name').fill('Kovács Anna');
      await page.locator('[data-action=join]').click();
      await expect.poll(() => error.textContent(), { timeout: 10_000 }).toBe(said);
    }
    await page.context().close();
    // The teacher's dashboard of that class, in Hungarian: no English interface message on it.
    const teacher = await newPage('teacher hu');
    await teacher.goto(new URL(`?lang=hu#class=${encodeURIComponent(made.classId)}&key=${encodeURIComponent(made.teacherKey)}`, server.url).toString());
    await teacher.locator('[data-testid=join-code]').waitFor({ timeout: 60_000 });
    await expect(teacher.locator('[data-testid=join-code]').textContent()).resolves.toBe(made.joinCode);
    expect(await englishOnScreen(teacher)).toEqual([]);
    await teacher.context().close();
  });
});
