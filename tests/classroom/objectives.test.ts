// The class period's judgements, on made-up states and made-up results: each role's
// objectives scored met, partly met and not met by the figures named; the epilogue's
// figures against the record; the divergence giving the neutrality and Presidium
// decisions a weight a student sees; "luck or choice?" judged on the headline figures.
import { describe, expect, it } from 'vitest';
import { epilogueFor, judgeLuck, scoreObjectives } from '../../src/classroom';
import type { LuckResult, LuckSummary, ObjectiveScore } from '../../src/classroom';
import { autoplay, newGame } from '../../src/engine';
import type { GameState } from '../../src/engine';
import { compareDay, decisionWeight } from '../../src/history';
import { scenario } from '../helpers';

const cabinet = scenario('nagy-cabinet');
const campaign = scenario('campaign');

/** A made-up final state of the Nagy cabinet exercise: the opening, changed by `edit`. */
function madeUp(edit: (s: GameState) => void): GameState {
  const s = structuredClone(newGame(cabinet, { seed: 'objectives-1956', roles: {} })) as GameState;
  s.status = 'over';
  edit(s);
  return s;
}

const score = (state: GameState, side: string, id: string): ObjectiveScore => {
  const o = scoreObjectives(cabinet, state).find((x) => x.side === side && x.id === id);
  if (!o) throw new Error(`no objective ${side}/${id}`);
  return o;
};

describe('objectives scored on made-up states', () => {
  it('every role’s objectives, in role order, each with its words and a figure', () => {
    const all = scoreObjectives(cabinet, madeUp(() => {}));
    expect(all.map((o) => `${o.side}/${o.id}`)).toEqual(cabinet.roles.flatMap((r) => r.objectives.map((o) => `${r.side}/${o.id}`)));
    for (const o of all) {
      expect(['yes', 'partly', 'no']).toContain(o.met);
      expect(o.text.length).toBeGreaterThan(3);
      expect(o.detail.length).toBeGreaterThan(3);
      // One sentence: after a "; " a figure starts small unless it opens with a name.
      for (const [, word] of o.detail.matchAll(/; (\p{Lu}\p{Ll}*)/gu)) expect(word, o.detail).toMatch(/^(Soviet|Hungarian|Nagy|Kádár|Imre|Budapest|Moscow|Warsaw|Operation|UN|ÁVH|Király|Maléter|Parliament)/);
    }
  });

  it('the revolution’s gains: met, partly met and not met by the figures named', () => {
    const gains = (avh: string, prisoners: number, councils: number): ObjectiveScore =>
      score(
        madeUp((s) => {
          s.national.postures.avh = avh;
          s.metrics.prisonersFreed = prisoners;
          s.metrics.councils = councils;
        }),
        'revolutionaries',
        'gains-kept',
      );
    const met = gains('disbanded', 8000, 2100);
    expect(met.met).toBe('yes');
    expect(met.detail).toContain('8,000');
    expect(met.detail).toContain('at least 7,000');
    expect(met.detail).toContain('2,100');
    const partly = gains('disbanded', 3000, 2100);
    expect(partly.met).toBe('partly');
    expect(partly.detail).toContain('3,000');
    const not = gains('active', 8000, 2100);
    expect(not.met).toBe('no');
  });

  it('the government’s objectives: the withdrawal won, partly (the Declaration), or not', () => {
    const withdrawal = (flags: Record<string, boolean>, soviet: string): ObjectiveScore =>
      score(
        madeUp((s) => {
          Object.assign(s.national.flags, flags);
          s.national.postures.soviet = soviet;
        }),
        'government',
        'withdrawal-won',
      );
    expect(withdrawal({ 'withdrawal-agreed': true }, 'withdrawing').met).toBe('yes');
    expect(withdrawal({ 'withdrawal-agreed': false, 'soviet-declaration': true }, 'intervening').met).toBe('partly');
    expect(withdrawal({ 'withdrawal-agreed': false, 'soviet-declaration': false }, 'invading').met).toBe('no');
  });

  it('Moscow’s objectives: a communist party in power, or Nagy’s coalition (partly), Hungary in the Pact', () => {
    const power = (government: GameState['national']['government']): ObjectiveScore =>
      score(
        madeUp((s) => {
          s.national.government = government;
        }),
        'soviet',
        'communist-power',
      );
    expect(power('kadar').met).toBe('yes');
    expect(power('kadar').detail).toContain('Kádár');
    expect(power('nagy-coalition').met).toBe('partly');
    const pact = (left: boolean): ObjectiveScore =>
      score(
        madeUp((s) => {
          s.national.flags['warsaw-pact-left'] = left;
        }),
        'soviet',
        'in-the-pact',
      );
    expect(pact(false).met).toBe('yes');
    expect(pact(true).met).toBe('no');
  });
});

describe('the epilogue', () => {
  const e = campaign.epilogue!;
  const figure = (label: string): number | undefined => e.entries.flatMap((x) => x.figures).find((f) => f.label === label)?.value;

  it('gives the record’s figures of the reprisals, each written in its own quote', () => {
    expect(figure('brought before the courts')).toBe(26000);
    expect(figure('sentenced and imprisoned')).toBe(22000);
    expect(figure('interned')).toBe(13000);
    expect(figure('executed')).toBe(229);
    expect(e.entries.flatMap((x) => x.figures).find((f) => /Jeszenszky/.test(f.label))?.value).toBe(350);
    for (const f of e.entries.flatMap((x) => x.figures)) {
      const written = f.words ?? f.value.toLocaleString('en-GB');
      expect(f.source.quote, f.label).toContain(written);
    }
  });

  it('tells of Nagy’s arrest and execution, the refugees and the UN report, dated as the source dates them', () => {
    const text = e.entries.map((x) => `${x.title} ${x.text}`).join(' ');
    expect(text).toMatch(/22 November/);
    expect(text).toMatch(/June 1958/);
    expect(text).toMatch(/Maléter/);
    expect(text).toMatch(/Gimes/);
    expect(text).toMatch(/200,000/);
    expect(text).toMatch(/nearly a quarter of a million/);
    expect(text).toMatch(/Special Committee/);
    expect(text).toMatch(/reject|criticised|falsif/i);
  });

  it('says where this game ended otherwise, beside history’s ending; an exercise gets what history did after its last day', () => {
    const history = autoplay(campaign, { seed: 'epilogue-1956', roles: {} }, { playerPolicy: 'historical', throwaway: true }).final;
    const same = epilogueFor(campaign, history)!;
    if (history.outcome?.historical) {
      expect(same.ending.same).toBe(true);
      expect(same.entries.every((x) => x.inThisGame === null)).toBe(true);
    }
    const other = structuredClone(history) as GameState;
    other.outcome = { ...campaign.outcomes.find((o) => !o.historical)!, historical: false } as unknown as GameState['outcome'];
    other.national.government = 'nagy-coalition';
    other.national.postures.soviet = 'withdrawing';
    const differs = epilogueFor(campaign, other)!;
    expect(differs.ending.same).toBe(false);
    expect(differs.ending.history).toContain(campaign.outcomes.find((o) => o.historical)!.label);
    // The cabinet exercise ends on 1 November: the epilogue first tells what history did to 10 November.
    const cab = autoplay(cabinet, { seed: 'epilogue-1956', roles: {} }, { playerPolicy: 'historical', throwaway: true }).final;
    const before = epilogueFor(cabinet, cab)!.before;
    expect(before.length).toBeGreaterThan(0);
    expect(before.every((b) => b.date > cabinet.end)).toBe(true);
  });
});

describe('the divergence', () => {
  it.each(['nagy-cabinet', 'campaign'])('%s: the neutrality decision and the Presidium’s reversal against history weigh as turning points, listed first', (id) => {
    const s = scenario(id);
    expect(decisionWeight(s, 'neutrality')).toBe(3);
    expect(decisionWeight(s, 'presidium-reverses')).toBe(3);
    const seed = 'divergence-1956';
    // Every role a player taking history's options, but for the two decisions.
    const roles = Object.fromEntries(s.roles.map((r) => [r.side, 'player' as const]));
    const history = autoplay(s, { seed, roles }, { playerPolicy: 'historical', throwaway: true }).final;
    const against = autoplay(s, { seed, roles }, { playerPolicy: 'historical', choices: { neutrality: 'stay', 'presidium-reverses': 'hold' }, throwaway: true }).final;
    const h = compareDay(s, history);
    const a = compareDay(s, against);
    expect(h.leftHistory).toEqual([]);
    expect(a.leftHistory.map((l) => [l.decision, l.weight])).toEqual([
      ['presidium-reverses', 3],
      ['neutrality', 3],
    ]);
    // Two turning points fill the decisions part: the game read 11 of 100.
    expect(a.parts.decisions).toBe(100);
    expect(a.divergence).toBeGreaterThanOrEqual(30);
    expect(a.divergence - h.divergence).toBeGreaterThanOrEqual(25);
  });
});

describe('luck or choice, judged on the headline figures too', () => {
  const headline = campaign.metrics.filter((m) => m.headline).map((m) => m.id);
  const summary = (outcomes: Record<string, number>, medians: Record<string, [number, number, number]>): LuckSummary => {
    const games = Object.values(outcomes).reduce((a, b) => a + b, 0);
    return {
      games,
      outcomes: Object.fromEntries(Object.entries(outcomes).map(([id, count]) => [id, { label: id, count, historical: campaign.outcomes.find((o) => o.id === id)!.historical }])) as LuckSummary['outcomes'],
      metrics: Object.fromEntries(headline.map((m) => [m, { p10: medians[m]?.[0] ?? 100, median: medians[m]?.[1] ?? 100, p90: medians[m]?.[2] ?? 100 }])),
    };
  };
  const hist = campaign.outcomes.find((o) => o.historical)!.id;
  const other = campaign.outcomes.find((o) => !o.historical)!.id;

  it('the issue’s game: the same ending, more certain, and far fewer dead is choice, and names the figure', () => {
    const r: LuckResult = {
      player: summary({ [hist]: 100 }, { hungarianDead: [1100, 1323, 1500] }),
      history: summary({ [hist]: 86, [other]: 14 }, { hungarianDead: [1900, 2356, 2900] }),
    };
    expect(headline).toContain('hungarianDead');
    const v = judgeLuck(campaign, r);
    expect(v.kind).toBe('choice');
    expect(v.moved.map((f) => f.metric)).toEqual(['hungarianDead']);
    expect(v.moved[0]!.beyondLuck).toBe(true);
    expect(v.text).toContain('1,323 against 2,356');
    expect(v.text).toContain('100% of the games against 86%');
    expect(v.text).not.toContain('more luck');
  });

  it('the same outcomes and figures is luck; a figure moved within luck’s spread is both', () => {
    const same = summary({ [hist]: 80, [other]: 20 }, { hungarianDead: [1900, 2356, 2900] });
    expect(judgeLuck(campaign, { player: same, history: same }).kind).toBe('luck');
    expect(judgeLuck(campaign, { player: same, history: same }).text).toContain('more luck');
    const within = summary({ [hist]: 80, [other]: 20 }, { hungarianDead: [1900, 2800, 2900] });
    const wide = summary({ [hist]: 80, [other]: 20 }, { hungarianDead: [1500, 2356, 3500] });
    const v = judgeLuck(campaign, { player: within, history: wide });
    expect(v.kind).toBe('both');
    expect(v.moved[0]!.beyondLuck).toBe(false);
  });
});
