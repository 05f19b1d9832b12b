// The model's own figures in the evening report (the engine's explain.ts) are said in the
// page's language by their key: every key a campaign's days produce has its message in both
// languages, the English one the engine's own label.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { areaFactors, autoplay, nationalFactors, rulesFor } from '../../src/engine';
import type { Factor } from '../../src/engine';
import { makeWords } from '../../src/i18n';
import { scenario } from '../helpers';

const campaign = scenario();
const messages = (lang: string): Record<string, string> => JSON.parse(readFileSync(`scenarios/messages/${lang}/game.json`, 'utf8')) as Record<string, string>;

describe("the model's figures", () => {
  it('each has a key with its words in English and Hungarian', () => {
    const rules = rulesFor(campaign);
    const seen: Factor[] = [];
    for (const seed of ['f1', 'f2', 'f3']) {
      for (const s of autoplay(campaign, { seed }, { keepStates: true, hashes: false }).states) {
        if (!s.report) continue;
        for (const r of s.report.areas) seen.push(...areaFactors(rules, r));
        for (const list of Object.values(nationalFactors(s.report.national))) seen.push(...list);
      }
    }
    const keys = new Set(seen.map((f) => f.key));
    expect(keys.has(undefined)).toBe(false);
    expect(keys.size).toBeGreaterThanOrEqual(12);
    const en = messages('en');
    const hu = messages('hu');
    const enWords = makeWords('en', { en: { game: en } });
    for (const f of seen) {
      expect(en[`factor.${f.key!}`], f.key).toBeDefined();
      expect(hu[`factor.${f.key!}`], f.key).toBeDefined();
      expect(hu[`factor.${f.key!}`]).not.toBe(en[`factor.${f.key!}`]);
      // The English message says what the engine's label says.
      expect(enWords.t(`game:factor.${f.key!}`, { side: f.side ? rules.sides.get(f.side)!.name : '' })).toBe(f.label);
    }
  });
});
