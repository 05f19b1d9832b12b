// The teacher's class comparison in Hungarian (issue 14): the page, the games' table, the games
// left out with their reasons and the decision points, with no English interface message on the
// screen (checked against the English messages file) and no serious accessibility fault. And the
// class server's dashboard in Hungarian: why each refused upload was refused, in Hungarian too,
// and the scenario's words (sides, outcomes, decisions) from the page's Hungarian scenario, the
// finished games' objectives scored by the server in Hungarian.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, LiveClient, wsUrlOf } from '../../scripts/lib/class-client';
import { playToTheEnd } from '../../scripts/lib/class-bot';
import { localizeScenario } from '../../src/scenario/texts';
import type { Scenario } from '../../src/scenario/resolve';
import { scenario } from '../helpers';
import { MAX_STUDENTS } from '../../src/server/service';
import { newStore, startChild } from '../server/support/servers';
import type { Child, Store } from '../server/support/servers';
import { encodeReplayCode } from '../../src/replay';
import type { Replay } from '../../src/replay';
import { axeProblems } from './support/axe';
import { ROOT, usePreview, useTempDir, withBrowser } from './support/browser';
import { replayOf, writeJson } from './support/classroom';
import { openTitle, shot } from './support/play';
import { englishOnScreen } from './support/words';

const preview = usePreview();
const temp = useTempDir();
const EXERCISE = 'nagy-cabinet';

/** An exercise in Hungarian, as the page lays its translations over it (its base's, then its own). */
function inHungarian(s: Scenario): Scenario {
  const texts: Record<string, string> = {};
  const read = (file: string): void => void Object.assign(texts, (JSON.parse(readFileSync(file, 'utf8')) as { texts: Record<string, string> }).texts);
  if (s.base) for (const f of readdirSync(join(ROOT, 'scenarios', s.base, 'hu'))) read(join(ROOT, 'scenarios', s.base, 'hu', f));
  read(join(ROOT, 'scenarios/hu', `${s.id}.json`));
  return localizeScenario(s, texts);
}

describe('the class comparison in Hungarian', () => {
  it('compares a class, and names what it leaves out, in Hungarian only', async () => {
    const dir = temp();
    const games = ['anna', 'bence', 'csilla'].map((seed) => writeJson(join(dir, `${seed}.json`), replayOf(EXERCISE, { seed, roles: { government: 'player' } })));
    const tampered = JSON.parse(JSON.stringify(replayOf(EXERCISE, { seed: 'david', roles: { government: 'player' } }))) as Replay;
    tampered.seed = 'hamis';
    const files = [...games, writeJson(join(dir, 'david-hamis.json'), tampered), writeJson(join(dir, 'eva-presidium.json'), replayOf('presidium', { seed: 'eva', roles: { soviet: 'player' } }))];
    const pasted = [encodeReplayCode(replayOf(EXERCISE, { seed: 'ferenc', roles: { revolutionaries: 'player' } })), 'ND1.nem-valodi-kod'];

    await withBrowser({ reducedMotion: 'reduce' }, async ({ page, problems }) => {
      await openTitle(page, `${preview().url}?lang=hu`);
      await page.locator('[data-action=class-compare]').click();
      await page.locator('[data-testid=class-compare]').waitFor();
      expect(await englishOnScreen(page), 'English on the empty comparison').toEqual([]);
      await page.locator('#cc-files').setInputFiles(files);
      await page.locator('#cc-codes').fill(pasted.join('\n'));
      await page.locator('[data-action=compare]').click();
      const results = page.locator('[data-testid=class-results]');
      await results.locator('[data-testid=class-summary]').waitFor();
      await expect(results.locator('[data-testid=excluded] li').count()).resolves.toBe(3);
      expect(await englishOnScreen(page), 'English on the comparison').toEqual([]);
      // The reasons a game is left out, in Hungarian too.
      const reasons = await results.locator('[data-testid=excluded] li').allInnerTexts();
      for (const r of reasons) expect(r, r).not.toMatch(/\b(the|is|was|not|game|replay|scenario|altered)\b/);
      expect(await axeProblems(page), 'accessibility of the comparison').toEqual([]);
      await results.locator('[data-testid=excluded]').scrollIntoViewIfNeeded();
      await shot(page, 'hu-class-compare');
      expect(problems).toEqual([]);
    });
  });
});

describe('the class server’s dashboard in Hungarian', () => {
  let store: Store;
  let server: Child;
  beforeAll(async () => {
    store = await newStore('pglite');
    // A full class is filled through the API: more requests than the limit's default minute.
    server = await startChild(store, { RATE_LIMIT: '2000' });
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    await store?.remove();
  });

  it('says why each refused upload was refused in Hungarian, with what it names', async () => {
    const made = (await api(server.url, 'POST', '/api/classes', { body: { title: 'Történelem 10. B', scenario: 'presidium' } })).body as { classId: string; joinCode: string; teacherKey: string };
    const joined = await api(server.url, 'POST', '/api/join', { body: { joinCode: made.joinCode, name: 'Kovács Anna', solo: true, side: 'soviet' } });
    const token = (joined.body as { studentToken: string }).studentToken;
    const upload = async (body: { body?: unknown; text?: string }): Promise<number> => (await api(server.url, 'POST', '/api/submissions', { key: token, ...body })).status;
    const game = replayOf('presidium', { seed: 'anna', roles: { soviet: 'player' } });
    expect(await upload({ body: game })).toBe(201);
    // Altered, damaged, of another exercise, and the same game again.
    expect(await upload({ body: { ...game, final: { ...game.final, outcome: 'withdrawal' } } })).toBe(422);
    expect(await upload({ text: 'ND1.nem-valodi-kod' })).toBe(422);
    expect(await upload({ body: replayOf('whirlwind', { seed: 'bela', roles: { soviet: 'player' } }) })).toBe(422);
    expect(await upload({ body: game })).toBe(422);

    await withBrowser({ reducedMotion: 'reduce' }, async ({ page, problems }) => {
      await page.goto(new URL(`?lang=hu#class=${encodeURIComponent(made.classId)}&key=${encodeURIComponent(made.teacherKey)}`, server.url).toString());
      const refused = page.locator('[data-testid=hand-ins] li[data-verified=false]');
      await expect.poll(() => refused.count(), { timeout: 60_000 }).toBe(4);
      const reasons = await refused.locator('.reason').allInnerTexts();
      expect(reasons).toEqual([
        ': a visszajátszást a mentése óta megváltoztatták (az ellenőrzőösszeg nem egyezik)',
        ': a visszajátszáskód sérült vagy csonka',
        ': egy másik forgatókönyv játszmája („A Forgószél hadművelet és az ellenállás, november 4–10.”), nem ezé: „Az SZKP Elnöksége Moszkvában, október 30. – november 3.”',
        ': ugyanaz a játszma, mint Kovács Anna feltöltése',
      ]);
      for (const r of reasons) expect(r, r).not.toMatch(/\b(the|is|was|not|game|replay|scenario|altered|same|upload)\b/);
      expect(await englishOnScreen(page), 'English on the dashboard').toEqual([]);
      await page.locator('[data-testid=hand-ins]').scrollIntoViewIfNeeded();
      await shot(page, 'hu-dashboard-refused');
      expect(problems).toEqual([]);
    });
  });

  it('says that a class is full, and how many it may have, in Hungarian', async () => {
    const made = (await api(server.url, 'POST', '/api/classes', { body: { title: 'Teli osztály', scenario: 'presidium' } })).body as { joinCode: string };
    for (let i = 0; i < MAX_STUDENTS; i++) expect((await api(server.url, 'POST', '/api/join', { body: { joinCode: made.joinCode, name: `Diák ${i + 1}` } })).status).toBe(201);
    await withBrowser({ reducedMotion: 'reduce' }, async ({ page, problems }) => {
      await page.goto(new URL('?lang=hu', server.url).toString());
      await page.locator('[data-action=online-join]').waitFor({ timeout: 60_000 });
      await page.locator('[data-action=online-join]').click();
      await page.locator('#oj-code').fill(made.joinCode);
      await page.locator('#oj-name').fill('Késő Kata');
      await page.locator('[data-action=join]').click();
      await expect.poll(() => page.locator('[data-testid=join-error]').textContent(), { timeout: 10_000 }).toBe('Az osztály betelt: egy osztályban legfeljebb 300 diák lehet.');
      // The refused join is logged by the browser itself, once (a resource answered 403): no fault of the page.
      const refusedJoin = problems.findIndex((p) => /status of 403/.test(p));
      expect(refusedJoin).toBeGreaterThanOrEqual(0);
      problems.splice(refusedJoin, 1);
      expect(problems).toEqual([]);
    });
  });

  it('says the exercise’s sides, outcomes and decisions in Hungarian, from the page’s own scenario', async () => {
    const en = scenario('presidium');
    const hu = inHungarian(en);
    const made = (await api(server.url, 'POST', '/api/classes', { body: { title: 'Történelem 11. A', scenario: 'presidium' } })).body as { classId: string; joinCode: string; teacherKey: string };
    const joined = await api(server.url, 'POST', '/api/join', { body: { joinCode: made.joinCode, name: 'Szabó Péter', solo: true, side: 'soviet' } });
    const student = new LiveClient(wsUrlOf(server.url), { token: (joined.body as { studentToken: string }).studentToken });
    const end = await playToTheEnd(student, en).finally(() => student.close());
    const outcome = end.over!.outcome!;
    const enOutcome = en.outcomes.find((o) => o.id === outcome.id)!.label;
    const huOutcome = hu.outcomes.find((o) => o.id === outcome.id)!.label;
    expect(huOutcome).not.toBe(enOutcome);

    for (const [width, height] of [
      [390, 844],
      [1280, 720],
    ] as const) {
      await withBrowser({ reducedMotion: 'reduce', width, height }, async ({ page, problems }) => {
        await page.goto(new URL(`?lang=hu#class=${encodeURIComponent(made.classId)}&key=${encodeURIComponent(made.teacherKey)}`, server.url).toString());
        const rows = page.locator('[data-testid=comparison] table.shares tbody tr');
        await expect.poll(() => rows.count(), { timeout: 60_000 }).toBeGreaterThan(0);
        // The side, the outcome and the decisions: the Hungarian scenario's words.
        await expect(page.locator('[data-testid=dashboard] .seat .side-name').first().textContent()).resolves.toBe(hu.sides.find((x) => x.id === 'soviet')!.name);
        await expect(page.locator('[data-testid=group-outcome]').first().innerText()).resolves.toContain(huOutcome);
        await expect(page.locator(`[data-testid=comparison] [data-outcome="${outcome.id}"]`).innerText()).resolves.toContain(huOutcome);
        const first = await rows.first().getAttribute('data-decision');
        await expect(rows.first().locator('th').innerText()).resolves.toBe(hu.decisions.find((d) => d.id === first)!.title);
        await expect(page.locator('[data-testid=hand-ins] li').first().innerText()).resolves.toContain('A(z) 1. egyéni játék');
        await expect(page.locator('[data-testid=students]').innerText()).resolves.toContain(hu.sides.find((x) => x.id === 'soviet')!.name);
        // The finished game's objectives, scored in Hungarian: the classroom's words and the scenario's.
        const scored = await page.locator('[data-testid=dashboard] .scored li').allInnerTexts();
        expect(scored.length, 'scored objectives').toBeGreaterThan(0);
        expect(scored.join('\n')).toMatch(/: (igen|nem)\b| — „/);
        for (const line of scored) expect(line, line).not.toMatch(/\b(yes|no|partly|at least|at most|held by|holds?|of 100|not taken|the government)\b/);
        // None of the exercise's English names, and no English interface message (the objectives' details included).
        const text = await page.evaluate(() => document.body.innerText);
        const pairs = [...en.sides.map((x, i) => [x.name, hu.sides[i]!.name]), ...en.outcomes.map((o, i) => [o.label, hu.outcomes[i]!.label]), ...en.decisions.flatMap((d, i) => [[d.title, hu.decisions[i]!.title], ...d.options.map((o, j) => [o.label, hu.decisions[i]!.options[j]!.label])]), [en.title, hu.title]];
        const english = pairs.filter(([e, h]) => e !== h && text.includes(e!)).map(([e]) => e);
        expect(english, 'the exercise’s English on the dashboard').toEqual([]);
        expect(await englishOnScreen(page), 'English on the dashboard').toEqual([]);
        // Nothing is cut off: no part of the dashboard is wider than the screen.
        const wide = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('[data-testid=dashboard] *')].filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1).map((el) => `${el.tagName.toLowerCase()}.${el.className}`).slice(0, 5));
        expect(wide, `cut off at ${width}×${height}`).toEqual([]);
        await shot(page, `hu-dashboard-${width}`);
        await page.locator('[data-testid=comparison]').scrollIntoViewIfNeeded();
        await shot(page, `hu-dashboard-comparison-${width}`);
        expect(problems).toEqual([]);
      });
    }
  });
});
