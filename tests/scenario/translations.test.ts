// The Hungarian game: every text of the campaign has its translation, made from the English of
// today (not a changed one), with the same placeholders, not left in English; and a game in
// Hungarian is the same game as in English (ids, figures, hashes), its words aside.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { autoplay, stateHash } from '../../src/engine';
import { localized } from '../../src/cli/translations';
import { textEntries, textFingerprint, translationProblems } from '../../src/scenario/texts';
import type { PartTranslation } from '../../src/scenario/texts';
import { scenario } from '../helpers';

const dir = 'scenarios/campaign';
const parts = readdirSync(dir).filter((f) => f.endsWith('.json'));

describe('the campaign in Hungarian', () => {
  it.each(parts)('%s: every text translated from today’s English, placeholders kept, none left in English', (file) => {
    const english = textEntries(JSON.parse(readFileSync(join(dir, file), 'utf8')));
    const hu = JSON.parse(readFileSync(join(dir, 'hu', file), 'utf8')) as PartTranslation;
    expect(hu.lang).toBe('hu');
    expect(translationProblems(english, hu).slice(0, 5)).toEqual([]);
  });

  it.each(readdirSync('scenarios').filter((f) => f.endsWith('.json')))('the exercise %s: every text translated from today’s English', (file) => {
    const english = textEntries(JSON.parse(readFileSync(join('scenarios', file), 'utf8')));
    const hu = JSON.parse(readFileSync(join('scenarios', 'hu', file), 'utf8')) as PartTranslation;
    expect(translationProblems(english, hu).slice(0, 5)).toEqual([]);
  });

  it('tells stale, missing, extra, identical and placeholder problems apart', () => {
    const english = [{ key: 'a', text: 'The crowd gathers' }, { key: 'b', text: 'Csepel' }, { key: 'c', text: '{n} dead' }];
    const good = { lang: 'hu', texts: { a: 'Gyűlik a tömeg', b: 'Csepel', c: '{n} halott' } };
    // Fingerprints from the English as it is now.
    const from = Object.fromEntries(english.map((e) => [e.key, textFingerprint(e.text)]));
    expect(translationProblems(english, { ...good, from })).toEqual([]);
    const problems = (t: Partial<PartTranslation>): string[] => translationProblems(english, { ...good, from, ...t }).map((p) => `${p.key}: ${p.problem.split(':')[0]}`);
    expect(problems({ texts: { a: 'Gyűlik a tömeg', c: '{n} halott' } })).toEqual(['b: no translation']);
    expect(problems({ texts: { ...good.texts, a: 'The crowd gathers' } })).toEqual(['a: left identical to the English']);
    expect(problems({ texts: { ...good.texts, c: '{m} halott' } })).toEqual(['c: placeholders differ']);
    expect(problems({ texts: { ...good.texts, z: 'több' } })).toEqual(['z: not a text of the English part']);
    expect(problems({ from: { ...from, a: 'deadbeef' } })).toEqual(['a: stale']);
  });

  it('is the same game: the content hash, every choice and the final state hash', () => {
    const en = scenario('campaign');
    const hu = localized(en, 'hu');
    expect(hu.contentHash).toBe(en.contentHash);
    expect(hu.decisions[0]!.title).not.toBe(en.decisions[0]!.title);
    // A quote stays in the article's English, its translation beside it.
    const src = hu.decisions[0]!.source as { quote: string; quoteTranslation?: string };
    expect(src.quote).toBe(en.decisions[0]!.source.quote);
    expect(src.quoteTranslation).toMatch(/[áéíóöőúüű]/);
    for (const seed of ['hu-1', 'hu-2']) {
      const a = autoplay(en, { seed });
      const b = autoplay(hu, { seed });
      expect(stateHash(b.final)).toBe(stateHash(a.final));
      expect(b.actions).toEqual(a.actions);
    }
  });

  it('on the command line: --lang hu gives Hungarian texts and the same ids, figures and hash', () => {
    const run = (...args: string[]): string => {
      const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8', timeout: 120_000 });
      expect(r.stderr).toBe('');
      return r.stdout;
    };
    const en = JSON.parse(run('play', '--scenario', 'campaign', '--seed', 'lang-1', '--json')) as { final: { hash: string; metrics: unknown; outcome: { id: string; label: string } } };
    const hu = JSON.parse(run('play', '--scenario', 'campaign', '--seed', 'lang-1', '--json', '--lang', 'hu')) as typeof en;
    expect(hu.final.hash).toBe(en.final.hash);
    expect(hu.final.metrics).toEqual(en.final.metrics);
    expect(hu.final.outcome.id).toBe(en.final.outcome.id);
    expect(hu.final.outcome.label).not.toBe(en.final.outcome.label);
    expect(run('decisions', '--scenario', 'campaign', '--lang', 'hu')).toContain('students-march');
    const bad = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'decisions', '--scenario', 'campaign', '--lang', 'xx'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });
});
