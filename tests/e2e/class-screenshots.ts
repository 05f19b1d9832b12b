// The class period's screenshots in docs/screenshots/class-*.png: the end screen (its top and
// the objectives) and the debrief sheet of a game of Nagy's cabinet, three players, the
// neutrality and the Presidium's reversal against history, at a phone's, a laptop's and a
// desktop's size, in headless Chromium. Also prints the sheet to PDF and says its pages.
// Run: npx vite build && npx tsx tests/e2e/class-screenshots.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, launch, startPreview } from '../../scripts/lib/browser';
import { autoplay, newGame, stateHash, step } from '../../src/engine';
import type { Action, GameState } from '../../src/engine';
import { encodeReplayCode, makeReplay } from '../../src/replay';
import { scenario } from '../helpers';

const OUT = join(ROOT, 'docs/screenshots');
const MORE = join(ROOT, 'test-results/screenshots');
mkdirSync(MORE, { recursive: true });
const SIZES: [string, number, number][] = [
  ['phone', 390, 844],
  ['laptop', 1280, 720],
  ['desktop', 1920, 1080],
];

/** The game: every role a player, history's options but for two, each decision with a class's reason. */
function gameCode(): string {
  const s = scenario('nagy-cabinet');
  const roles = Object.fromEntries(s.roles.map((r) => [r.side, 'player' as const]));
  const g = autoplay(s, { seed: 'class-1956', roles }, { choices: { neutrality: 'stay', 'presidium-reverses': 'hold' } });
  const actions = g.actions.map((a) => (a.type === 'decide' ? { ...a, reason: `We thought this the least bad of the options before us, and said so in one line (${a.decision}).` } : a)) as Action[];
  let st: GameState = newGame(s, { seed: 'class-1956', roles });
  const first = st;
  const hashes: string[] = [];
  for (const a of actions) {
    const r = step(s, st, a);
    if (!r.ok) throw new Error(r.error.message);
    st = r.state;
    if (a.type === 'endTurn') hashes.push(stateHash(st));
  }
  return encodeReplayCode(makeReplay(s, first, actions, hashes, st));
}

const code = gameCode();
const preview = await startPreview();
try {
  for (const [name, width, height] of SIZES) {
    const b = await launch({ reducedMotion: 'reduce', width, height });
    try {
      const page = b.page;
      await page.goto(preview.url);
      await page.locator('[data-action=load-replay]').click();
      await page.locator('#load-code').fill(code);
      await page.locator('[data-action=load-code]').click();
      await page.locator('[data-testid=end-screen]').waitFor({ timeout: 30_000 });
      await page.locator('[data-testid=names-input]').fill('Anna, Bence and Csilla');
      await page.locator('[data-testid=names-input]').blur();
      await page.locator('.end-paper .masthead').scrollIntoViewIfNeeded();
      await page.waitForTimeout(500);
      await page.screenshot({ path: join(OUT, `class-end-${name}.png`) });
      await page.locator('[data-testid=objectives]').scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(OUT, `class-objectives-${name}.png`) });
      await page.locator('[data-action=debrief]').click();
      await page.locator('[data-testid=debrief-sheet]').waitFor();
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(OUT, `class-debrief-${name}.png`) });
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      writeFileSync(join(MORE, `class-debrief-${name}.pdf`), pdf);
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      console.log(`${name} ${width}×${height}: debrief sheet ${pages} page${pages === 1 ? '' : 's'} of A4${b.problems.length ? `; page problems: ${b.problems.join(' | ')}` : ''}`);
    } finally {
      await b.close();
    }
  }
} finally {
  await preview.stop();
}
