import { describe, expect, it } from 'vitest';
import { autoplay, newGame } from '../../src/engine';
import { scenario } from '../helpers';

const EXERCISES = ['radio-night', 'nagy-cabinet', 'presidium', 'whirlwind'];

describe('classroom exercises', () => {
  for (const id of EXERCISES) {
    it(`${id}: a briefing with sources, roles with objectives, discussion questions, 45 minutes or less`, () => {
      const s = scenario(id);
      expect(s.kind).toBe('exercise');
      expect(s.briefing.length).toBeGreaterThanOrEqual(2);
      for (const b of s.briefing) expect(b.source.section.length).toBeGreaterThan(2);
      expect(s.roles.length).toBeGreaterThanOrEqual(2);
      for (const r of s.roles) expect(r.objectives.length).toBeGreaterThanOrEqual(1);
      expect(s.discussion.length).toBeGreaterThanOrEqual(3);
      expect(s.suggestedMinutes).toBeLessThanOrEqual(45);
      expect(s.decisions.length).toBeGreaterThanOrEqual(2);
      for (const d of s.decisions) expect(d.date >= s.start && d.date <= s.end).toBe(true);
      const g = autoplay(s, { seed: 'class' });
      expect(g.final.outcome?.historical).toBeDefined();
    });
  }

  it('an exercise starts where history left the world, with the campaign’s own luck', () => {
    const ex = scenario('nagy-cabinet');
    const start = newGame(ex, { seed: 'lead' });
    expect(start.date).toBe('1956-10-28');
    expect(start.day).toBe(0);
    expect(start.scenario.id).toBe('nagy-cabinet');
    const campaign = autoplay(scenario('campaign'), { seed: 'lead', defaultPolicy: 'historical' }, { keepStates: true });
    const same = campaign.states.find((s) => s.date === '1956-10-28')!;
    expect(start.metrics).toEqual(same.metrics);
    expect(start.areas).toEqual(same.areas);
    expect(Object.keys(start.chosen)).toContain('nagy-appointed');
  });
});
