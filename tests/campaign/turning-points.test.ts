// History's turning points are conditions, not fixtures: for each one the source explains,
// moving the conditions it gives moves the chance the side takes history's course, in the
// direction the source gives. Each test takes the morning of the day as history made it and
// changes one condition by hand.
import { describe, expect, it } from 'vitest';
import { autoplay, optionChances, rulesFor } from '../../src/engine';
import type { GameState } from '../../src/engine';
import { scenario } from '../helpers';

const campaign = scenario();
const rules = rulesFor(campaign);
const history = autoplay(campaign, { seed: 'turning', defaultPolicy: 'historical' }, { keepStates: true }).states;

function morningOf(date: string): GameState {
  const s = history.find((x) => x.date === date && x.status === 'playing');
  if (!s) throw new Error(`no morning of ${date}`);
  return s;
}

/** The same morning with conditions changed by hand (a copy: states are frozen). */
function changed(date: string, change: (s: GameState) => void): GameState {
  const s = JSON.parse(JSON.stringify(morningOf(date))) as GameState;
  change(s);
  return s;
}

/** The chance the side takes `option` of `decision` in state `s` (the decision's earlier same-day decisions already taken). */
function chance(s: GameState, decision: string, option: string): number {
  const d = rules.decisions.get(decision)!;
  return optionChances(rules, s, d).find((c) => c.option === option)?.chance ?? 0;
}

const choose = (s: GameState, decision: string, option: string): void => {
  s.chosen[decision] = { option, side: rules.decisions.get(decision)!.actor, date: s.date, by: 'player' };
};

describe('turning points move with their conditions', () => {
  it('Gerő calls for Soviet troops when the demonstration grows and the shooting starts; less when only a delegation came', () => {
    const asHistory = changed('1956-10-23', (s) => {
      choose(s, 'students-march', 'march');
      s.national.values.momentum = 55;
      s.national.flags['radio-shooting'] = true;
    });
    const delegation = changed('1956-10-23', (s) => {
      choose(s, 'students-march', 'delegation');
      s.national.values.momentum = 35;
    });
    expect(chance(asHistory, 'call-soviets', 'request')).toBeGreaterThan(0.7);
    expect(chance(delegation, 'call-soviets', 'request')).toBeLessThan(chance(asHistory, 'call-soviets', 'request') - 0.3);
  });

  it('the ÁVH fires at the Radio on a crowd that demands its delegation back, hardly on a delegation alone', () => {
    const crowd = changed('1956-10-23', (s) => choose(s, 'students-march', 'march'));
    const delegation = changed('1956-10-23', (s) => choose(s, 'students-march', 'delegation'));
    expect(chance(crowd, 'radio-crowd', 'fire')).toBeGreaterThan(0.75);
    expect(chance(delegation, 'radio-crowd', 'fire')).toBeLessThan(chance(crowd, 'radio-crowd', 'fire') - 0.3);
  });

  it('Zhukov sends the troops into Budapest when the Hungarian party asked, rarely when it did not', () => {
    const asked = morningOf('1956-10-24');
    expect(asked.national.flags['soviet-called']).toBe(true);
    const notAsked = changed('1956-10-24', (s) => (s.national.flags['soviet-called'] = false));
    expect(chance(asked, 'zhukov-order', 'occupy')).toBeGreaterThan(0.85);
    expect(chance(notAsked, 'zhukov-order', 'occupy')).toBeLessThan(0.4);
  });

  it('Serov fires on the fraternising crowd at Kossuth Square; far less when the crowd stayed at the barricades', () => {
    const fraternising = changed('1956-10-25', (s) => choose(s, 'astoria-march', 'march'));
    const barricades = changed('1956-10-25', (s) => choose(s, 'astoria-march', 'barricades'));
    expect(chance(fraternising, 'kossuth-square', 'warning-shots')).toBeGreaterThan(0.75);
    expect(chance(barricades, 'kossuth-square', 'warning-shots')).toBeLessThan(chance(fraternising, 'kossuth-square', 'warning-shots') - 0.3);
  });

  it('the withdrawal of 28 October follows Nagy’s ceasefire; the troops stay for a hardline government', () => {
    const nagy = changed('1956-10-28', (s) => {
      s.national.flags.ceasefire = true;
      s.national.postures.revolutionaries = 'ceasefire';
    });
    const hardline = changed('1956-10-28', (s) => {
      s.national.flags.ceasefire = false;
      s.national.government = 'gero-hegedus';
      s.national.postures.revolutionaries = 'fighting';
      s.national.values.sovietResolve = 70;
    });
    expect(chance(nagy, 'khrushchev-withdraw', 'withdraw')).toBeGreaterThan(0.85);
    expect(chance(hardline, 'khrushchev-withdraw', 'withdraw')).toBeLessThan(chance(nagy, 'khrushchev-withdraw', 'withdraw') - 0.3);
  });

  it('the Presidium reverses on 31 October for the reasons the source gives, and holds to the Declaration without them', () => {
    const asHistory = morningOf('1956-10-31');
    const p = chance(asHistory, 'presidium-reverses', 'prepare');
    expect(p).toBeGreaterThan(0.6);
    // Each reason the source gives, taken away, lowers the chance of a second intervention.
    const without = (change: (s: GameState) => void): number => chance(changed('1956-10-31', change), 'presidium-reverses', 'prepare');
    if (asHistory.national.flags['multi-party']) expect(without((s) => (s.national.flags['multi-party'] = false))).toBeLessThan(p);
    expect(without((s) => (s.national.flags['neutrality-aired'] = false))).toBeLessThanOrEqual(p);
    expect(without((s) => (s.national.values.sovietResolve = 25))).toBeLessThan(p);
    expect(without((s) => (s.national.flags['china-supports'] = false))).toBeLessThanOrEqual(p);
    // And together, the course turns: the Declaration kept, a ceasefire, no talk of neutrality, no killings, calm in Moscow.
    const calm = without((s) => {
      for (const f of ['multi-party', 'neutrality-aired', 'republic-square-killings', 'china-supports']) s.national.flags[f] = false;
      s.national.flags['soviet-declaration'] = true;
      s.national.postures.revolutionaries = 'ceasefire';
      s.national.values.sovietResolve = 25;
      s.metrics.councils = 300;
    });
    expect(calm).toBeLessThan(0.3);
  });

  it('Operation Whirlwind is launched against a neutral Hungary outside the Pact; rarely against one still in it', () => {
    const neutral = changed('1956-11-03', (s) => {
      s.national.postures.soviet = 'preparing';
      s.national.flags.neutrality = true;
      s.national.flags['warsaw-pact-left'] = true;
    });
    const inPact = changed('1956-11-03', (s) => {
      s.national.postures.soviet = 'preparing';
      s.national.flags.neutrality = false;
      s.national.flags['warsaw-pact-left'] = false;
      s.national.flags['multi-party'] = false;
      s.national.values.sovietResolve = 35;
    });
    expect(chance(neutral, 'whirlwind', 'launch')).toBeGreaterThan(0.85);
    expect(chance(inPact, 'whirlwind', 'launch')).toBeLessThan(chance(neutral, 'whirlwind', 'launch') - 0.3);
  });

  it('Kádár proclaims his government when Moscow has chosen him', () => {
    const chosen = changed('1956-11-04', (s) => (s.national.flags['kadar-chosen'] = true));
    const notChosen = changed('1956-11-04', (s) => (s.national.flags['kadar-chosen'] = false));
    expect(chance(chosen, 'kadar-proclaims', 'proclaim')).toBeGreaterThan(chance(notChosen, 'kadar-proclaims', 'proclaim') + 0.2);
  });

  it('Nagy declares neutrality when Soviet troops cross the border, rarely when they are leaving', () => {
    const crossing = changed('1956-11-01', (s) => (s.national.postures.soviet = 'preparing'));
    const leaving = changed('1956-11-01', (s) => (s.national.postures.soviet = 'withdrawing'));
    expect(chance(crossing, 'neutrality', 'declare')).toBeGreaterThan(chance(leaving, 'neutrality', 'declare') + 0.3);
  });
  it('in a world without a second intervention, Moscow sends the army back in a week late when it promised the allies firmness and pressed Budapest; rarely when it accepted neutrality and took the West at its word', () => {
    const away = (s: GameState): void => {
      s.national.postures.soviet = 'withdrawing';
      s.national.flags['whirlwind-ordered'] = false;
      s.national.flags.neutrality = true;
    };
    const hard = changed('1956-11-08', (s) => {
      away(s);
      s.national.flags['allies-promised-firmness'] = true;
      s.national.flags['soviet-pressure'] = true;
      s.national.flags['councils-claim-power'] = true;
    });
    const settled = changed('1956-11-08', (s) => {
      away(s);
      s.national.flags['neutrality-accepted'] = true;
      s.national.flags['west-trusted'] = true;
      s.national.flags['tito-way'] = true;
    });
    expect(chance(hard, 'second-thoughts', 'intervene')).toBeGreaterThan(0.6);
    expect(chance(settled, 'second-thoughts', 'intervene')).toBeLessThan(chance(hard, 'second-thoughts', 'intervene') - 0.4);
  });

  it('troops kept in their bases go in on 27 October when the revolution holds Budapest and the divisions stand ready; less when Nagy negotiates and the envoys report calm', () => {
    const pressed = changed('1956-10-27', (s) => {
      s.national.postures.soviet = 'garrison';
      s.national.government = 'gero-hegedus';
      s.national.flags['garrison-ready'] = true;
      for (const id of rules.budapest) s.areas[id]!.control = 'revolutionaries';
    });
    const calm = changed('1956-10-27', (s) => {
      s.national.postures.soviet = 'garrison';
      s.national.government = 'nagy';
      s.national.flags['calm-reported'] = true;
    });
    expect(chance(pressed, 'molotov-presses', 'go-in')).toBeGreaterThan(chance(calm, 'molotov-presses', 'go-in') + 0.3);
  });
});
