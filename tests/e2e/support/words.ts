// The English interface messages a Hungarian screen must not show: checked against the
// English messages file (scenarios/messages/en), as a Hungarian class would notice them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './browser';

function messages(lang: string): Map<string, string> {
  const dir = join(ROOT, 'scenarios/messages', lang);
  const out = new Map<string, string>();
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.json'))) {
    for (const [k, v] of Object.entries(JSON.parse(readFileSync(join(dir, f), 'utf8')) as Record<string, string>)) out.set(`${f}:${k}`, v);
  }
  return out;
}

const en = messages('en');
const hu = messages('hu');
// The English messages a screen could show as they are: whole sentences or phrases of three
// words or more, with no arguments, that the Hungarian does not share.
const english = [...en].filter(([k, v]) => !/[{}]/.test(v) && v.split(/\s+/).length >= 3 && hu.get(k) !== v).map(([, v]) => v);

/** The English interface messages on the page as it stands. */
export async function englishOnScreen(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => document.body.innerText);
  return english.filter((m) => text.includes(m));
}
