import { describe, expect, it } from 'vitest';
import { autoplay } from '../../src/engine';
import type { GameSetup } from '../../src/engine';
import { compareClass, luckOrChoice, makeReport, playerChoices } from '../../src/classroom';
import { encodeReplayCode, makeReplay } from '../../src/replay';
import type { Replay } from '../../src/replay';
import { scenario } from '../helpers';

const exercise = scenario('nagy-cabinet');

function student(seed: string, choices: Record<string, string>): { replay: Replay; setup: GameSetup } {
  const setup: GameSetup = { seed, roles: { government: 'player' } };
  const g = autoplay(exercise, setup, { choices, keepStates: true });
  return { replay: makeReplay(exercise, g.states[0]!, g.actions, g.hashes, g.final), setup };
}

describe('the end report', () => {
  it('carries the decisions with history’s option, the days beside history, the seed and a replay code', () => {
    const g = autoplay(exercise, { seed: 'rep', roles: { government: 'player' } }, { keepStates: true, choices: { neutrality: 'stay' } });
    const replay = makeReplay(exercise, g.states[0]!, g.actions, g.hashes, g.final);
    const report = makeReport(exercise, replay, g.states.slice(1), g.final);
    expect(report.seed).toBe('rep');
    expect(report.players).toEqual({ government: 'player' });
    expect(report.days.map((d) => d.date)).toEqual(['1956-10-28', '1956-10-29', '1956-10-30', '1956-10-31', '1956-11-01']);
    const neutral = report.decisions.find((d) => d.decision === 'neutrality')!;
    expect(neutral).toMatchObject({ option: 'stay', historical: false, by: 'player' });
    expect(neutral.historicalLabel).toMatch(/Declare neutrality/);
    expect(report.days.at(-1)!.leftHistory).toContain('neutrality');
    expect(report.replayCode.startsWith('ND1.')).toBe(true);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});

describe('class comparison', () => {
  it('sets a class side by side, shares per decision, and names what it leaves out', () => {
    const a = student('s1', { neutrality: 'declare' });
    const b = student('s2', { neutrality: 'stay', 'avh-fate': 'fold' });
    const c = student('s3', { neutrality: 'stay' });
    const tampered = JSON.parse(JSON.stringify(student('s4', {}).replay)) as Replay;
    tampered.seed = 'forged';
    const other = autoplay(scenario('presidium'), { seed: 'x' });
    const otherReplay = makeReplay(scenario('presidium'), other.states[0]!, other.actions, other.hashes, other.final);
    const g = autoplay(exercise, { seed: 's5', roles: { government: 'player' } }, { keepStates: true });
    const asReport = makeReport(exercise, makeReplay(exercise, g.states[0]!, g.actions, g.hashes, g.final), g.states.slice(1), g.final);
    const result = compareClass(exercise, [
      { name: 'anna.json', text: JSON.stringify(a.replay) },
      { name: 'bence (code)', text: encodeReplayCode(b.replay) },
      { name: 'csilla.json', text: JSON.stringify(c.replay) },
      { name: 'david.json', text: JSON.stringify(tampered) },
      { name: 'eva.json', text: JSON.stringify(otherReplay) },
      { name: 'ferenc-report.json', text: JSON.stringify(asReport) },
      { name: 'anna-again.json', text: JSON.stringify(a.replay) },
      { name: 'garbage.txt', text: 'hello' },
    ]);
    expect(result.games.map((x) => x.name)).toEqual(['anna.json', 'bence (code)', 'csilla.json', 'ferenc-report.json']);
    expect(result.excluded).toEqual([
      { name: 'david.json', reason: expect.stringMatching(/altered/) },
      { name: 'eva.json', reason: expect.stringMatching(/“presidium”, not of “nagy-cabinet”/) },
      { name: 'anna-again.json', reason: 'the same game as anna.json' },
      { name: 'garbage.txt', reason: expect.stringMatching(/not valid JSON|not a replay code/) },
    ]);
    const neutrality = result.decisions.find((d) => d.decision === 'neutrality')!;
    expect(neutrality.total).toBe(4);
    expect(neutrality.counts).toMatchObject({ declare: 2, stay: 2 });
    expect(neutrality.historicalShare).toBe(0.5);
    expect(result.games[0]!.choices.neutrality).toMatchObject({ option: 'declare', by: 'player' });
    expect(result.games[0]!.choices['soviet-declaration']!.by).toBe('reactive');
    expect(Object.values(result.outcomes).reduce((t, o) => t + o.count, 0)).toBe(4);
  });
});

describe('luck or choice', () => {
  it('plays the player’s decisions and history’s over the same seeds, with progress and cancel', async () => {
    const campaign = scenario('campaign');
    const g = autoplay(campaign, { seed: 'me', roles: { soviet: 'player' } }, { choices: { 'presidium-reverses': 'hold' } });
    const choices = playerChoices(g.final);
    expect(choices['presidium-reverses']).toBe('hold');
    const seen: number[] = [];
    const r = await luckOrChoice(campaign, { roles: { soviet: 'player' } }, choices, 30, (done) => {
      seen.push(done);
    }, 10);
    expect(seen).toEqual([20, 40, 60]);
    expect(r.player.games).toBe(30);
    expect(r.history.outcomes.suppressed!.count).toBeGreaterThan(15);
    expect(r.player.outcomes.suppressed?.count ?? 0).toBe(0);
    const stopped = await luckOrChoice(campaign, { roles: { soviet: 'player' } }, choices, 30, () => false, 10);
    expect(stopped.player.games).toBe(10);
  });
});
