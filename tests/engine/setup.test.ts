import { describe, expect, it } from 'vitest';
import { SETUP_PROBLEMS } from '../../src/engine';
import type { GameSetup, SetupError, SetupProblem } from '../../src/engine';
import { scenario, setupRefused, toy } from '../helpers';

// A bad setup is refused with a stable code and the values a shell needs to say it in its own
// language; the English line stays the engine's.
const campaign = toy();

const refusal = (setup: GameSetup, s = campaign): SetupError => setupRefused(s, setup);

describe('SetupError: a code and its values beside the English line', () => {
  const cases: [string, GameSetup, SetupProblem, Record<string, string | number>, RegExp][] = [
    ['an empty seed', { seed: '' }, 'SEED_LENGTH', { max: 64 }, /^the seed is 1 to 64 characters$/],
    ['a seed too long', { seed: 'x'.repeat(65) }, 'SEED_LENGTH', { max: 64 }, /1 to 64/],
    ['an unknown policy', { seed: 'x', defaultPolicy: 'clever' as never }, 'UNKNOWN_POLICY', { policy: 'clever', policies: 'reactive, historical, adaptive, random' }, /^unknown policy "clever"/],
    ['an unknown side', { seed: 'x', roles: { martians: 'player' } }, 'UNKNOWN_SIDE', { side: 'martians', scenario: 'toy', sides: 'revolutionaries, government, avh, army, soviet, kadar, west' }, /^unknown side "martians" \(sides: revolutionaries, /],
    ['"constructor" as a side', { seed: 'x', roles: { ['constructor']: 'player' } as GameSetup['roles'] }, 'UNKNOWN_SIDE', { side: 'constructor' }, /unknown side "constructor"/],
    ['an unknown controller', { seed: 'x', roles: { soviet: 'clever' as never } }, 'UNKNOWN_CONTROLLER', { controller: 'clever', side: 'soviet' }, /^unknown controller "clever" for soviet$/],
    ['a side no one may play', { seed: 'x', roles: { avh: 'player' } }, 'NOT_PLAYABLE', { side: 'avh' }, /^side "avh" is not playable$/],
    ['an unknown decision', { seed: 'x', forced: { flight: 'fly' } }, 'UNKNOWN_DECISION', { decision: 'flight', scenario: 'toy' }, /^unknown decision "flight"$/],
    ['an unknown option', { seed: 'x', forced: { march: 'fly' } }, 'UNKNOWN_OPTION', { decision: 'march', option: 'fly', options: 'march, stay' }, /^decision "march" has no option "fly" \(options: march, stay\)$/],
  ];
  it.each(cases)('%s', (_what, setup, code, values, english) => {
    const e = refusal(setup);
    expect(e.name).toBe('SetupError');
    expect(e.code).toBe(code);
    expect(SETUP_PROBLEMS).toContain(e.code);
    expect(e.values).toMatchObject(values);
    expect(e.message).toMatch(english);
  });

  it('a side of the scenario that is not one of its roles', () => {
    const e = refusal({ seed: 'x', roles: { army: 'player' } }, scenario('nagy-cabinet'));
    expect(e.code).toBe('NOT_A_ROLE');
    expect(e.values).toEqual({ side: 'army', scenario: 'nagy-cabinet', roles: 'government, revolutionaries, soviet' });
    expect(e.message).toBe('side "army" is not a role in "nagy-cabinet" (roles: government, revolutionaries, soviet)');
  });
});
