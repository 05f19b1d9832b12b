import { describe, expect, it } from 'vitest';
import { autoplay } from '../../src/engine';
import { bulletin, compareDay, eventsOn, historicalControl, historicalValue } from '../../src/history';
import { scenario } from '../helpers';

const campaign = scenario();

describe('the day beside history', () => {
  it('events of a day come in time order, with their sources', () => {
    const events = eventsOn(campaign, '1956-11-04');
    expect(events.length).toBeGreaterThan(5);
    const timed = events.filter((e) => e.time && /\d/.test(e.time)).map((e) => e.time!);
    expect(timed).toEqual([...timed].sort());
    expect(events.every((e) => e.source.quote.length > 0)).toBe(true);
  });

  it('historical figures: recorded where the text gives them, estimates and interpolations marked', () => {
    const final = historicalValue(campaign, 'hungarianDead', '1956-11-10')!;
    expect(final).toMatchObject({ value: 2500, low: 2500, high: 3000, estimate: false, interpolated: false });
    const between = historicalValue(campaign, 'councils', '1956-10-26')!;
    expect(between.estimate).toBe(true);
    expect(between.interpolated).toBe(true);
    expect(between.value).toBeGreaterThan(100);
    expect(between.value).toBeLessThan(600);
  });

  it('who held an area in history, from the record', () => {
    expect(historicalControl(campaign, 'csepel', '1956-10-27')).toMatchObject({ side: 'army', estimate: false });
    expect(historicalControl(campaign, 'csepel', '1956-10-30')).toMatchObject({ side: 'revolutionaries' });
    expect(historicalControl(campaign, 'parliament', '1956-11-04')).toMatchObject({ side: 'soviet' });
  });

  it('a game that follows history diverges little; one that leaves history says where', () => {
    const h = autoplay(campaign, { seed: 'cmp', defaultPolicy: 'historical' }, { keepStates: true });
    const w = autoplay(campaign, { seed: 'cmp', defaultPolicy: 'historical', forced: { 'presidium-reverses': 'hold' } }, { keepStates: true });
    const hc = compareDay(campaign, h.final);
    const wc = compareDay(campaign, w.final);
    expect(hc.leftHistory).toEqual([]);
    expect(wc.leftHistory.map((l) => l.decision)).toContain('presidium-reverses');
    expect(wc.leftHistory.find((l) => l.decision === 'presidium-reverses')).toMatchObject({ date: '1956-10-31', by: 'forced' });
    expect(hc.divergence).toBeLessThan(wc.divergence);
    expect(hc.divergence).toBeGreaterThanOrEqual(0);
    expect(wc.divergence).toBeLessThanOrEqual(100);
    expect(hc.figures.find((f) => f.metric === 'hungarianDead')!.history!.value).toBe(2500);
  });

  it('the bulletin is dated, headlined, and says nothing the figures do not', () => {
    const g = autoplay(campaign, { seed: 'bul' }, { keepStates: true });
    const day3 = g.states[3]!;
    const b = bulletin(campaign, day3, compareDay(campaign, day3));
    expect(b.dateline).toBe('Budapest, Thursday, 25 October 1956');
    expect(b.headline).toMatch(/Kossuth Square/);
    const text = b.paragraphs.join(' ');
    expect(text).toContain(day3.metrics.hungarianDead!.toLocaleString('en-GB'));
    expect(text).toMatch(/Divergence from history: \d+ of 100/);
  });

  it('places that change hands on a day with hardly a death make no battle of the headline', () => {
    // 28 October: the ceasefire, the ÁVH disbanded, the councils taking over the towns.
    const g = autoplay(campaign, { seed: 's2' }, { keepStates: true });
    const day = g.states.find((s) => s.report?.date === '1956-10-28')!;
    const r = day.report!;
    const changed = r.areas.filter((a) => a.controlAfter !== a.controlBefore);
    expect(changed.length).toBeGreaterThanOrEqual(3);
    const dead = r.areas.reduce((t, a) => t + a.dead + a.sovietDead, 0) + r.clashes.reduce((t, c) => t + c.dead + c.sovietDead, 0);
    expect(dead).toBeLessThan(10);
    expect(bulletin(campaign, day, compareDay(campaign, day)).headline).toBe(`${changed.length} districts and towns change hands, with little fighting`);
  });
});
