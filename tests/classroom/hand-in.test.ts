// A hand-in verifies only if every field it reports is what its re-play gives: nothing
// a student can edit (and re-seal) is trusted, and no id lookup finds an inherited property.
import { describe, expect, it } from 'vitest';
import { compareClass, makeReport, scoreObjectives, verifyHandIn } from '../../src/classroom';
import type { GameReport } from '../../src/classroom';
import { autoplay, newGame } from '../../src/engine';
import { encodeReplayCode, makeReplay, sealReplay } from '../../src/replay';
import type { Replay } from '../../src/replay';
import { scenario } from '../helpers';

const exercise = scenario('nagy-cabinet');
const g = autoplay(exercise, { seed: 'hand-in', roles: { government: 'player' } }, { keepStates: true, choices: { neutrality: 'stay' } });
const replay = makeReplay(exercise, g.states[0]!, g.actions, g.hashes, g.final);
const report = makeReport(exercise, replay, g.states.slice(1), g.final);

/** The replay edited as a forger would, checksum recomputed. */
function resealed(edit: (r: Record<string, unknown> & Replay) => void): string {
  const copy = JSON.parse(JSON.stringify(replay)) as Record<string, unknown> & Replay;
  edit(copy);
  const { checksum: _c, ...body } = copy;
  return JSON.stringify(sealReplay(body));
}

const reportWith = (edit: (r: GameReport & Record<string, unknown>) => void): string => {
  const copy = JSON.parse(JSON.stringify(report)) as GameReport & Record<string, unknown>;
  edit(copy);
  return JSON.stringify(copy);
};

describe('verifyHandIn', () => {
  it('verifies a genuine replay file, code and end report, and reports the game as the re-play gives it', () => {
    // The browser adds the students' names to a downloaded report: a label, not a game fact.
    for (const text of [JSON.stringify(replay), encodeReplayCode(replay), JSON.stringify(report), JSON.stringify({ ...report, names: 'Anna Kovács & Bence Szabó' })]) {
      const r = verifyHandIn(exercise, text);
      expect(r.ok).toBe(true);
      if (!r.ok) continue;
      expect(r.game).toEqual({
        seed: 'hand-in',
        players: ['government'],
        outcome: { id: g.final.outcome!.id, label: g.final.outcome!.label, historical: g.final.outcome!.historical },
        choices: expect.objectContaining({ neutrality: { option: 'stay', by: 'player' } }),
        metrics: { ...g.final.metrics },
        objectives: scoreObjectives(exercise, g.final),
        finalHash: replay.final.hash,
      });
      expect(r.turns).toHaveLength(g.hashes.length);
    }
  });

  it('refuses a replay whose final outcome or date was edited and re-sealed (it used to verify)', () => {
    const outcome = verifyHandIn(exercise, resealed((r) => (r.final.outcome = r.final.outcome === 'neutral-hungary' ? 'crushed-early' : 'neutral-hungary')));
    expect(outcome).toMatchObject({ ok: false, problem: 'FINAL_MISMATCH', reason: expect.stringMatching(/the replay says the game ended ".*", but it plays to/) });
    const date = verifyHandIn(exercise, resealed((r) => (r.final.date = '1956-10-30')));
    expect(date).toMatchObject({ ok: false, problem: 'FINAL_MISMATCH' });
  });

  it('refuses an end report whose outcome, figures, decisions, seed or players differ from its replay', () => {
    const edits: [string, (r: GameReport & Record<string, unknown>) => void][] = [
      ['outcome', (r) => (r.outcome = { id: 'crushed-early', label: 'Crushed early', historical: false })],
      ['days', (r) => (r.days[0]!.figures.hungarianDead!.game = 1)],
      ['decisions', (r) => (r.decisions[0]!.reason = 'a reason never given')],
      ['seed', (r) => (r.seed = 'another')],
      ['players', (r) => (r.players = { soviet: 'player' })],
      ['finalHash', (r) => (r.finalHash = '0'.repeat(32))],
      ['grade', (r) => (r.grade = 'A')],
      ['names', (r) => (r.names = { first: 'Anna' })],
    ];
    for (const [field, edit] of edits) {
      const r = verifyHandIn(exercise, reportWith(edit));
      expect(r, field).toMatchObject({ ok: false, problem: 'REPORT_MISMATCH', reason: `the report’s “${field}” does not match the game its replay plays to` });
    }
  });

  it('names the problem of a broken, foreign or other-scenario hand-in, never throws', () => {
    const other = autoplay(scenario('presidium'), { seed: 'x' });
    const otherReplay = makeReplay(scenario('presidium'), other.states[0]!, other.actions, other.hashes, other.final);
    expect(verifyHandIn(exercise, JSON.stringify(otherReplay))).toMatchObject({ ok: false, problem: 'WRONG_SCENARIO' });
    expect(verifyHandIn(exercise, 'hello')).toMatchObject({ ok: false, problem: 'UNREADABLE' });
    expect(verifyHandIn(exercise, '{"format": "nineteen-days-report"}')).toMatchObject({ ok: false, problem: 'UNREADABLE', reason: 'the report carries no replay code' });
    expect(verifyHandIn(exercise, JSON.stringify(replay).replace(/"checksum":"[0-9a-f]+"/, `"checksum":"${'1'.repeat(64)}"`))).toMatchObject({ ok: false, problem: 'CHECKSUM' });
  });
});

describe('side ids are own properties, never inherited ones', () => {
  it('roles {"constructor": "historical"} and {"constructor": "player"} are refused (no fake side listed, no TypeError)', () => {
    for (const controller of ['historical', 'player']) {
      const text = resealed((r) => ((r.roles as Record<string, unknown>)['constructor'] = controller));
      const r = verifyHandIn(exercise, text);
      expect(r, controller).toMatchObject({ ok: false, problem: 'UNREADABLE', reason: 'the replay is malformed at roles.constructor: this id is reserved (every object has a property of that name)' });
      const compared = compareClass(exercise, [{ name: 'forged.json', text }]);
      expect(compared.games).toEqual([]);
      expect(compared.excluded).toEqual([{ name: 'forged.json', reason: expect.stringMatching(/roles\.constructor: this id is reserved/) }]);
    }
    // The engine itself looks sides up as own properties: "constructor" is no side.
    expect(() => newGame(exercise, { seed: 'x', roles: JSON.parse('{"constructor": "player"}') as Record<string, 'player'> })).toThrow(/unknown side "constructor"/);
    expect(() => newGame(exercise, { seed: 'x', roles: JSON.parse('{"toString": "historical"}') as Record<string, 'historical'> })).toThrow(/unknown side "toString"/);
  });

  it('a "__proto__" side or forced decision in a replay is malformed, not a prototype', () => {
    const text = resealed((r) => Object.defineProperty(r.roles, '__proto__', { value: 'player', enumerable: true }));
    expect(text).toContain('"__proto__":"player"');
    expect(verifyHandIn(exercise, text)).toMatchObject({ ok: false, problem: 'UNREADABLE', reason: 'the replay is malformed: it has a "__proto__" key' });
    const forced = resealed((r) => ((r.forced as Record<string, unknown>)['constructor'] = 'stay'));
    expect(verifyHandIn(exercise, forced)).toMatchObject({ ok: false, problem: 'UNREADABLE', reason: expect.stringMatching(/malformed at forced\.constructor: this id is reserved/) });
    expect(() => newGame(exercise, { seed: 'x', forced: JSON.parse('{"constructor": "stay"}') as Record<string, string> })).toThrow(/unknown decision "constructor"/);
  });
});
