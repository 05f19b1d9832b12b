// The browser harness the measuring script and the browser tests share: Debian's
// Chromium under playwright-core, the built site served by `vite preview` on a free
// port, and replays of the campaign made by the engine to load into the page. Scripts
// and tests import this; it imports neither.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';
import { newGame, playerActions, stateHash, step } from '../../src/engine';
import type { Action, GameState } from '../../src/engine';
import { encodeReplayCode, makeReplay } from '../../src/replay';
import { loadScenarioPaths } from '../../src/cli/scenario-files';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => done(port));
    });
  });
}

export interface Preview {
  url: string;
  stop(): Promise<void>;
}

/** Serve dist/ with `vite preview` on a free port. */
export async function startPreview(): Promise<Preview> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      const res = await fetch(url);
      if (res.ok) break;
    } catch {
      // Not up yet.
    }
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`vite preview did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 150));
  }
  return {
    url,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 3000).unref();
      }),
  };
}

export interface Browser {
  context: BrowserContext;
  page: Page;
  /** Console errors and page errors seen so far. */
  problems: string[];
  /** Close the browser and remove its profile folder. */
  close(): Promise<void>;
}

export interface LaunchOptions {
  width?: number;
  height?: number;
  reducedMotion?: 'reduce' | 'no-preference';
  extraArgs?: string[];
}

/** Chromium with a fresh profile in a temporary folder, which `close()` removes. */
export async function launch(options: LaunchOptions = {}): Promise<Browser> {
  const dir = mkdtempSync(join(tmpdir(), 'nd-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(dir, {
      executablePath: CHROMIUM,
      headless: true,
      args: [...CHROMIUM_ARGS, ...(options.extraArgs ?? [])],
      viewport: { width: options.width ?? 1280, height: options.height ?? 720 },
      reducedMotion: options.reducedMotion ?? 'no-preference',
      acceptDownloads: true,
    });
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  // vitest/esbuild name helpers: make page.evaluate'd functions survive the transform.
  await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  const page = context.pages()[0] ?? (await context.newPage());
  const problems: string[] = [];
  const watch = (p: Page): void => {
    p.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
    });
    p.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  };
  watch(page);
  context.on('page', watch);
  return {
    context,
    page,
    problems,
    close: async () => {
      try {
        await context.close();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/** A replay code of the campaign as history went (`side` led by a player), stopped on the morning of `date`. */
export function replayUntil(date: string, side = 'revolutionaries'): string {
  const scenario = loadScenarioPaths().scenarios.get('campaign')!;
  let state: GameState = newGame(scenario, { seed: 'measure-1956', roles: { [side]: 'player' } });
  const first = state;
  const actions: Action[] = [];
  const turns: string[] = [];
  while (state.date < date && state.status === 'playing') {
    for (const a of [...playerActions(scenario, state), { type: 'endTurn' } as const]) {
      const r = step(scenario, state, a);
      if (!r.ok) throw new Error(r.error.message);
      state = r.state;
      actions.push(a);
    }
    turns.push(stateHash(state));
  }
  return encodeReplayCode(makeReplay(scenario, first, actions, turns, state));
}

/** Take history's option in every open decision card, by the mouse (for screenshots). */
export async function decideAll(page: Page): Promise<void> {
  for (;;) {
    const card = page.locator('.decision:not(.decided)').first();
    if ((await card.count()) === 0) return;
    await card.locator('.option[data-historical=true] input').check();
    await card.locator('[data-action=decide]').click();
  }
}
