// The browser tests' side of the harness (scripts/lib/browser.ts): a fresh browser per
// test that fails it on any console error, one built site served per test file, and a
// temporary folder per test file for what the tests write and download.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { launch, startPreview } from '../../../scripts/lib/browser';
import type { Browser, LaunchOptions, Preview } from '../../../scripts/lib/browser';

export { ROOT } from '../../../scripts/lib/browser';
export type { Browser } from '../../../scripts/lib/browser';

/** Run a test in a fresh browser; any console or page error fails it. */
export async function withBrowser(options: LaunchOptions, run: (b: Browser) => Promise<void>): Promise<void> {
  const b = await launch(options);
  try {
    await run(b);
    expect(b.problems, 'console or page errors').toEqual([]);
  } finally {
    await b.close();
  }
}

/** One built site served for a whole test file: started before its tests, stopped after. */
export function usePreview(): () => Preview {
  let preview: Preview | undefined;
  beforeAll(async () => {
    preview = await startPreview();
  });
  afterAll(async () => {
    await preview?.stop();
  });
  return () => {
    if (!preview) throw new Error('the preview server is not running');
    return preview;
  };
}

/** A temporary folder for a test file (replays to load, downloads), removed after its tests. */
export function useTempDir(): () => string {
  let dir: string | undefined;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'nd-e2e-'));
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    if (!dir) throw new Error('the temporary folder is not there');
    return dir;
  };
}
