// The interface's messages: every English message has its Hungarian, with the same
// placeholders, parsed as ICU; none left in English where it is words; the formats of
// dates, numbers and lists as each language writes them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { makeWords } from '../../src/i18n';

const dir = 'scenarios/messages';
const load = (lang: string): Record<string, Record<string, string>> =>
  Object.fromEntries(readdirSync(join(dir, lang)).filter((f) => f.endsWith('.json')).map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(join(dir, lang, f), 'utf8')) as Record<string, string>]));
const en = load('en');
const hu = load('hu');
// The names of the arguments a message takes ({n}, {n, plural, …}, {side}).
const args = (m: string): string[] => [...new Set([...m.matchAll(/\{\s*([a-zA-Z]\w*)\s*[,}]/g)].map((x) => x[1]!))].sort();

describe('interface messages', () => {
  it('has the same namespaces in both languages', () => {
    expect(Object.keys(hu).sort()).toEqual(Object.keys(en).sort());
  });
  for (const ns of Object.keys(en)) {
    it(`${ns}: every message in Hungarian, with the same arguments, valid ICU, not left in English`, () => {
      const problems: string[] = [];
      for (const [key, text] of Object.entries(en[ns]!)) {
        const tr = hu[ns]?.[key];
        if (tr === undefined) { problems.push(`${key}: no Hungarian`); continue; }
        if (args(tr).join() !== args(text).join()) problems.push(`${key}: arguments ${args(tr).join(' ')} against ${args(text).join(' ')}`);
        if (tr === text && /(^|\s)\p{Ll}{3,}/u.test(text)) problems.push(`${key}: left in English`);
        for (const [lang, m] of [['en-GB', text], ['hu-HU', tr]] as const) {
          try {
            new IntlMessageFormat(m, lang);
          } catch (e) {
            problems.push(`${key} (${lang}): ${(e as Error).message}`);
          }
        }
      }
      for (const key of Object.keys(hu[ns] ?? {})) if (!(key in en[ns]!)) problems.push(`${key}: in Hungarian only`);
      expect(problems).toEqual([]);
    });
  }
  it('gives each thing the page says one home: no message in two of the page’s namespaces, in the same words', () => {
    // The history, the reports and the command line each speak their own namespace alone (a room's voice); the page speaks all the others.
    const page = Object.keys(en).filter((ns) => !['history', 'report', 'cli'].includes(ns));
    const homes = new Map<string, string[]>();
    for (const ns of page) for (const [key, text] of Object.entries(en[ns]!)) homes.set(`${key}=${text}=${hu[ns]?.[key] ?? ''}`, [...(homes.get(`${key}=${text}=${hu[ns]?.[key] ?? ''}`) ?? []), ns]);
    expect([...homes].filter(([, where]) => where.length > 1).map(([k, where]) => `${k.split('=')[0]!}: ${where.join(', ')}`)).toEqual([]);
  });

  it('writes dates, numbers and lists as each language does', () => {
    const w = makeWords('hu', { en, hu });
    expect(w.longDate('1956-10-23')).toBe('1956. október 23., kedd');
    expect(w.number(2500)).toBe('2\u00a0500');
    expect(w.list(['Nagy Imre', 'Kádár János', 'Maléter Pál'])).toBe('Nagy Imre, Kádár János és Maléter Pál');
    const e = makeWords('en', { en, hu });
    expect(e.longDate('1956-10-23')).toBe('Tuesday, 23 October 1956');
    expect(e.shortDate('1956-11-04')).toBe('4 Nov');
    expect(e.number(13000)).toBe('13,000');
    expect(w.t('common:language')).toBe('Nyelv');
    expect(e.t('common:language')).toBe('Language');
  });
});

describe('the article’s section names', () => {
  // Every section a source names, in every scenario file: translated as data (sources.json), keyed by its English name.
  const sections = new Set<string>();
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (k === 'section' && typeof x === 'string') sections.add(x);
        else walk(x);
      }
    }
  };
  for (const f of [...readdirSync('scenarios').filter((x) => x.endsWith('.json')).map((x) => join('scenarios', x)), ...readdirSync('scenarios/campaign').filter((x) => x.endsWith('.json')).map((x) => join('scenarios/campaign', x))]) {
    walk(JSON.parse(readFileSync(f, 'utf8')));
  }
  it('has each in English as the article names it and in Hungarian, and no other', () => {
    expect(sections.size).toBeGreaterThan(10);
    expect(Object.keys(en.sources!).sort()).toEqual([...sections].map((s) => `section.${s}`).sort());
    for (const s of sections) {
      expect(en.sources![`section.${s}`]).toBe(s);
      expect(hu.sources![`section.${s}`], s).not.toBe(s);
    }
    // Through the words the browser uses: the Hungarian name, and the English one where a name is unknown.
    const w = makeWords('hu', { en, hu });
    expect(w.t('sources:section.Political discontent', { defaultValue: 'Political discontent' })).toBe('Politikai elégedetlenség');
  });
});
