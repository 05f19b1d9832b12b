// Every number and date a scenario gives is bounded to what the engine can take: what
// validates plays without hanging, Infinity or NaN, and what cannot is refused by the
// schema with a one-line issue, before any date arithmetic runs.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { autoplay } from '../../src/engine';
import type { GameState } from '../../src/engine';
import { addDays, dayNumber, fromDayNumber, isValidDate } from '../../src/lib/dates';
import { loadScenarios } from '../../src/scenario/registry';
import { formatIssue } from '../../src/scenario/resolve';
import type { Scenario } from '../../src/scenario/resolve';
import { ModelParams } from '../../src/scenario/schema';
import { scenario } from '../helpers';

type Data = Record<string, unknown> & { model: Record<string, { value: number }>; areas: { weight: number; start: { forces: Record<string, number>; unrest: number } }[]; national: Record<string, number> };
const toyData = (): Data => JSON.parse(readFileSync('tests/fixtures/toy/scenario.json', 'utf8')) as Data;
const exerciseData = (): Record<string, unknown> => JSON.parse(readFileSync('scenarios/nagy-cabinet.json', 'utf8')) as Record<string, unknown>;

/** Load one scenario file's data (an exercise finds the installed campaign as its base). */
function load(data: unknown): { scenario?: Scenario; issues: string[] } {
  const { scenarios, issues } = loadScenarios([{ name: 'test.json', parts: [{ file: 'test.json', data }] }], [scenario('campaign')]);
  return { scenario: [...scenarios.values()][0], issues: issues.map(formatIssue) };
}

const bounds = Object.entries(ModelParams.shape).map(([key, p]) => ({ key, min: p.shape.value.minValue!, max: p.shape.value.maxValue! }));

function expectSound(s: GameState): void {
  const numbers: [string, number][] = [
    ...Object.entries(s.metrics),
    ...Object.entries(s.national.values),
    ...Object.entries(s.areas).flatMap(([id, a]) => [
      ...Object.entries(a.forces).map(([side, n]): [string, number] => [`${id}.forces.${side}`, n]),
      ...(['unrest', 'damage', 'dead', 'wounded', 'sovietDead'] as const).map((k): [string, number] => [`${id}.${k}`, a[k]]),
    ]),
  ];
  for (const [what, n] of numbers) {
    expect(Number.isFinite(n), `${what} = ${n}`).toBe(true);
    expect(n, what).toBeGreaterThanOrEqual(0);
  }
}

describe('dates are checked before any date arithmetic', () => {
  it('a month of 13 to 99, a 30 February or a year outside 1900–2100 is not a date, and day counting refuses it at once', () => {
    for (const bad of ['1956-13-01', '1956-14-01', '1956-99-01', '1956-00-10', '1956-02-30', '1957-02-29', '1899-12-31', '2101-01-01', '9999-12-31', '1956-1-1', '']) {
      expect(isValidDate(bad), bad).toBe(false);
      expect(() => dayNumber(bad), bad).toThrow(RangeError);
    }
    for (const bad of [Number.NaN, Infinity, -1, 1.5, 1e9]) expect(() => fromDayNumber(bad), String(bad)).toThrow(RangeError);
    expect(isValidDate('1956-02-29')).toBe(true);
    expect(addDays('1956-10-31', 1)).toBe('1956-11-01');
    expect(() => addDays('2100-12-31', 1)).toThrow(RangeError);
  });

  it('validation returns a one-line issue for a month of 14 as a start or a decision date (it used to loop for ever)', () => {
    const start = { ...exerciseData(), start: '1956-14-01' };
    expect(load(start).issues).toEqual(['test.json: start: not a calendar date between 1900-01-01 and 2100-12-31']);
    const toy = toyData();
    (toy.decisions as { date: string }[])[0]!.date = '1956-14-01';
    expect(load(toy).issues).toEqual(['test.json: decisions[0].date: not a calendar date between 1900-01-01 and 2100-12-31']);
  });

  it('an exercise lies within its base’s days (one starting 9999-12-31 made newGame play for ever)', () => {
    for (const [start, end] of [['9999-12-31', '9999-12-31'], ['2099-12-31', '2099-12-31'], ['1956-10-20', '1956-10-25'], ['1956-11-09', '1956-11-12']] as const) {
      const { scenario: s, issues } = load({ ...exerciseData(), start, end });
      expect(s, `${start}–${end}`).toBeUndefined();
      expect(issues.join('\n'), `${start}–${end}`).toMatch(/lies within its base's days|not a calendar date/);
    }
  });

  it('a scenario lasts at most a year of turns', () => {
    const toy = { ...toyData(), start: '1956-10-23', end: '1958-10-25' };
    expect(load(toy).issues).toContainEqual(expect.stringMatching(/end: a scenario lasts at most 366 days/));
  });
});

describe('every number is bounded to what the model can take', () => {
  it('refuses 1e308 as a model parameter, a force, a weight, an effect or a national value (they made NaN and Infinity at play)', () => {
    const edits: [string, (d: Data) => void, RegExp][] = [
      ['noise', (d) => (d.model.noise!.value = 1e308), /model\.noise\.value: Too big/],
      ['garrisonTroops', (d) => (d.model.garrisonTroops!.value = 1e308), /model\.garrisonTroops\.value: Too big/],
      ['councilCapacity 0', (d) => (d.model.councilCapacity!.value = 0), /model\.councilCapacity\.value: Too small/],
      ['forces', (d) => (d.areas[0]!.start.forces.revolutionaries = 1e308), /areas\[0\]\.start\.forces\.revolutionaries: Too big/],
      ['weight', (d) => (d.areas[0]!.weight = 1e308), /areas\[0\]\.weight: Too big/],
      ['national', (d) => (d.national.momentum = 1e308), /national\.momentum: Too big/],
      ['effect add', (d) => ((d.decisions as { options: { effects: Record<string, unknown>[] }[] }[])[0]!.options[0]!.effects = [{ type: 'national', key: 'momentum', add: 1e308 }]), /effects\[0\]\.add: Too big/],
      ['forces scale', (d) => ((d.decisions as { options: { effects: Record<string, unknown>[] }[] }[])[0]!.options[0]!.effects = [{ type: 'forces', area: 'square', side: 'revolutionaries', scale: 1e308 }]), /effects\[0\]\.scale: Too big/],
      ['appeal weight', (d) => ((d.decisions as { options: { appeal: Record<string, unknown>[] }[] }[])[0]!.options[0]!.appeal = [{ weight: -1e308, factor: 'fear' }]), /appeal\[0\]\.weight: Too small/],
    ];
    for (const [what, edit, message] of edits) {
      const d = toyData();
      edit(d);
      const { scenario: s, issues } = load(d);
      expect(s, what).toBeUndefined();
      expect(issues.join('\n'), what).toMatch(message);
    }
  });

  it('plays without NaN, Infinity or a negative count at every extreme the schema allows', () => {
    const extremes: [string, (d: Data) => void][] = [
      ['every parameter at its maximum', (d) => bounds.forEach((b) => (d.model[b.key]!.value = b.max))],
      ['every parameter at its minimum', (d) => bounds.forEach((b) => (d.model[b.key]!.value = b.min))],
      ['maximum parameters, forces, weights, unrest and national values', (d) => {
        bounds.forEach((b) => (d.model[b.key]!.value = b.max));
        for (const a of d.areas) {
          a.weight = 10;
          a.start.unrest = 100;
          for (const side of Object.keys(a.start.forces)) a.start.forces[side] = 1_000_000;
        }
        for (const k of Object.keys(d.national)) d.national[k] = 100;
      }],
    ];
    for (const [what, edit] of extremes) {
      const d = toyData();
      edit(d);
      const { scenario: s, issues } = load(d);
      expect(issues, what).toEqual([]);
      for (const policy of ['historical', 'random', 'adaptive'] as const) {
        for (const seed of ['a', 'b', 'c']) {
          const g = autoplay(s!, { seed, defaultPolicy: policy }, { keepStates: true });
          for (const state of g.states) expectSound(state);
          expect(g.final.outcome, `${what}, ${policy}, ${seed}`).not.toBeNull();
        }
      }
    }
  });
});
