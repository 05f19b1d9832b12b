import { mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenarioPaths } from '../../src/cli/scenario-files';
import { autoplay } from '../../src/engine';
import { addDays } from '../../src/lib/dates';
import { formatIssue } from '../../src/scenario/resolve';
import { scenario } from '../helpers';

const campaign = scenario();
const tmp = (): string => mkdtempSync(join(tmpdir(), 'nd-scenario-'));

/** A copy of the campaign, split in parts, with one part edited. */
function brokenCampaign(edit: (parts: Record<string, Record<string, unknown>>) => void): string {
  const dir = join(tmp(), 'campaign');
  mkdirSync(dir);
  const parts: Record<string, Record<string, unknown>> = {};
  for (const f of readdirSync('scenarios/campaign').filter((x) => x.endsWith('.json'))) parts[f] = JSON.parse(readFileSync(join('scenarios/campaign', f), 'utf8')) as Record<string, unknown>;
  edit(parts);
  for (const [f, data] of Object.entries(parts)) writeFileSync(join(dir, f), JSON.stringify(data));
  return dir;
}

describe('schema errors name the file, the path and the problem', () => {
  it('a wrong type deep inside a decision', () => {
    const dir = brokenCampaign((p) => {
      const decisions = p['decisions.json']!.decisions as { options: { effects: { add?: unknown }[] }[] }[];
      decisions[3]!.options[0]!.effects[1]!.add = 'ten';
    });
    const { issues } = loadScenarioPaths([dir]);
    expect(issues.map(formatIssue)).toContainEqual(expect.stringMatching(/campaign[/\\]decisions\.json: decisions\[3\]\.options\[0\]\.effects\[1\]\.add: .*number/));
  });

  it('a reference to an unknown area in the record file is reported against that file', () => {
    const dir = brokenCampaign((p) => {
      const events = p['record.json']!.events as { places: string[] }[];
      events[2]!.places = ['atlantis'];
    });
    const lines = loadScenarioPaths([dir]).issues.map(formatIssue);
    expect(lines).toContainEqual(expect.stringMatching(/record\.json: events\[2\]\.places\[0\]: unknown area "atlantis"/));
  });

  it('integrity: two historical options, a date out of range, a one-way neighbour (all reported at once)', () => {
    const dir = brokenCampaign((p) => {
      const decisions = p['decisions.json']!.decisions as { date: string; options: { historical: boolean }[] }[];
      decisions[0]!.options[1]!.historical = true;
      decisions[1]!.date = '1957-01-01';
      (p['areas.json']!.areas as { neighbours: string[] }[])[0]!.neighbours.push('tokol');
    });
    const text = loadScenarioPaths([dir]).issues.map(formatIssue).join('\n');
    expect(text).toMatch(/decisions\[0\]\.options: exactly one option must be historical \(found 2\)/);
    expect(text).toMatch(/decisions\[1\]\.date: 1957-01-01 lies outside the scenario/);
    expect(text).toMatch(/"tokol" does not list "parliament" back as a neighbour/);
  });

  it('an unknown flag in a conditional effect', () => {
    const dir = brokenCampaign((p) => {
      const decisions = p['decisions.json']!.decisions as { options: { effects: Record<string, unknown>[] }[] }[];
      decisions[0]!.options[0]!.effects[0]!.when = [{ type: 'flag', flag: 'no-such-flag' }];
    });
    const text = loadScenarioPaths([dir]).issues.map(formatIssue).join('\n');
    expect(text).toMatch(/decisions\[0\]\.options\[0\]\.effects\[0\]\.when\[0\]\.flag: unknown flag "no-such-flag"/);
  });

  it('a quotation longer than a short phrase', () => {
    const dir = brokenCampaign((p) => {
      (p['record.json']!.events as { source: { quote: string } }[])[0]!.source.quote = 'x'.repeat(300);
    });
    const text = loadScenarioPaths([dir]).issues.map(formatIssue).join('\n');
    expect(text).toMatch(/record\.json: events\[0\]\.source\.quote: quote short phrases only/);
  });

  it('not JSON, and a key given twice across parts', () => {
    const dir = brokenCampaign((p) => {
      p['series.json']!.events = [];
    });
    writeFileSync(join(dir, 'extra.json'), '{ "id": ');
    const text = loadScenarioPaths([dir]).issues.map(formatIssue).join('\n');
    expect(text).toMatch(/extra\.json: \(top level\): not valid JSON/);
    expect(text).toMatch(/"events" is already given in/);
  });

  it('an exercise whose base is missing', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'lonely.json'), JSON.stringify({ id: 'lonely', title: 'Lonely', kind: 'exercise', base: 'nowhere', start: '1956-10-28', end: '1956-11-01', summary: 'x', roles: [{ side: 'government', brief: 'b', objectives: [{ id: 'o', text: 'An objective', met: [{ type: 'flag', flag: 'x' }] }] }] }));
    const text = loadScenarioPaths([dir]).issues.map(formatIssue).join('\n');
    expect(text).toMatch(/lonely\.json: base: base scenario "nowhere" was not found/);
  });
});

describe('the campaign’s integrity', () => {
  it('is big enough: 7 sides, 20+ areas, 15+ decisions, 40+ events, 5+ outcomes', () => {
    expect(campaign.sides.length).toBeGreaterThanOrEqual(7);
    expect(campaign.areas.length).toBeGreaterThanOrEqual(20);
    expect(campaign.decisions.length).toBeGreaterThanOrEqual(15);
    expect(campaign.events.length).toBeGreaterThanOrEqual(40);
    expect(campaign.outcomes.length).toBeGreaterThanOrEqual(5);
    expect(new Set(campaign.decisions.map((d) => d.actor)).size).toBeGreaterThanOrEqual(5);
  });

  it('every event has a source and a date from 22 October to 11 November', () => {
    for (const e of campaign.events) {
      expect(e.source.quote.length).toBeGreaterThan(2);
      expect(e.source.section.length).toBeGreaterThan(2);
      expect(e.date >= addDays(campaign.start, -1) && e.date <= addDays(campaign.end, 1), e.id).toBe(true);
    }
    expect(campaign.events.some((e) => e.date === '1956-10-22')).toBe(true);
    expect(campaign.events.some((e) => e.date === '1956-11-11')).toBe(true);
  });

  it('keeps people’s names with their diacritics', () => {
    const names = campaign.people.map((p) => p.name);
    for (const n of ['Ernő Gerő', 'János Kádár', 'Pál Maléter', 'Imre Nagy']) expect(names).toContain(n);
    expect(campaign.areas.map((a) => a.name).join(' ')).toMatch(/Köztársaság tér/);
    expect(campaign.areas.map((a) => a.name)).toContain('Tököl');
  });

  it('keeps disputed figures as ranges (Kossuth Square: 75 to 1,000 dead)', () => {
    const kossuth = campaign.decisions.find((d) => d.id === 'kossuth-square')!.options.find((o) => o.historical)!.effects.find((e) => e.type === 'clash');
    expect(kossuth).toMatchObject({ dead: { low: 75, high: 1000 } });
    const final = campaign.series.hungarianDead!.at(-1)!;
    expect([final.low, final.high]).toEqual([2500, 3000]);
  });

  it('every estimate says how it was reached', () => {
    for (const [m, points] of Object.entries(campaign.series)) for (const p of points) if (p.estimate) expect(p.basis, m).toBeTruthy();
    for (const a of campaign.areas) expect(a.startEstimate.basis.length).toBeGreaterThan(10);
  });

  it('every decision can be reached', () => {
    const reached = new Set<string>();
    const seeds = Array.from({ length: 40 }, (_, i) => `reach-${i}`);
    for (const policy of ['historical', 'random', 'adaptive'] as const) {
      for (const seed of seeds) {
        const g = autoplay(campaign, { seed, defaultPolicy: policy }, { keepStates: true, hashes: false });
        for (const s of g.states) for (const id of s.open) reached.add(id);
        if (policy === 'historical') break;
      }
    }
    const g = autoplay(campaign, { seed: 'munnich', forced: { 'kadar-moscow': 'munnich' } }, { keepStates: true });
    for (const s of g.states) for (const id of s.open) reached.add(id);
    const missing = campaign.decisions.map((d) => d.id).filter((id) => !reached.has(id));
    expect(missing).toEqual([]);
  });
});

describe('estimates carry their range', () => {
  it('every estimated point of a daily series has a low–high band around its value', () => {
    for (const [m, points] of Object.entries(scenario().series)) {
      for (const p of points.filter((x) => x.estimate)) {
        expect(p.low, `${m} ${p.date}`).toBeDefined();
        expect(p.high, `${m} ${p.date}`).toBeDefined();
        expect(p.low! <= p.value && p.value <= p.high!).toBe(true);
      }
    }
  });
});
