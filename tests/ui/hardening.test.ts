// The browser's saves, in Node: the running checksum equals the checksum of the whole
// replay after every kind of change (actions added, a morning undone, a day gone back,
// a choice reconsidered, an order changed again); orders that change nothing add no
// action; a save's choices played again under the present rules.
import { describe, expect, it } from 'vitest';
import { playerActions } from '../../src/engine';
import { checksumOf, playReplay } from '../../src/replay';
import type { Replay } from '../../src/replay';
import { choicesOf, playAgain } from '../../src/ui/replayAgain';
import { Session } from '../../src/ui/session';
import { scenario } from '../helpers';

const campaign = scenario('campaign');
const side = 'government';
const orders = campaign.orders.filter((o) => o.side === side).map((o) => o.id);
const areas = campaign.areas.map((a) => a.id);

const sealedRight = (r: Replay): boolean => {
  const { checksum, ...body } = r;
  return checksumOf(body) === checksum;
};

function playDay(session: Session): void {
  for (const a of playerActions(campaign, session.state)) expect(session.apply(a).ok).toBe(true);
  expect(session.apply({ type: 'endTurn' }).ok).toBe(true);
}

describe('the running checksum of a session', () => {
  it('is the whole replay’s checksum after adding, undoing, going back and reconsidering', () => {
    const s = Session.start(campaign, { seed: 'seal-1956', roles: { [side]: 'player' } });
    expect(sealedRight(s.replay())).toBe(true);
    for (let d = 0; d < 3; d++) {
      for (let i = 0; i < 40; i++) s.apply({ type: 'order', side, area: areas[i % areas.length]!, order: orders[i % orders.length]! });
      expect(sealedRight(s.replay())).toBe(true);
      playDay(s);
      expect(sealedRight(s.replay())).toBe(true);
    }
    expect(s.backADay()).toBe(true);
    expect(sealedRight(s.replay())).toBe(true);
    s.apply({ type: 'order', side, area: areas[1]!, order: orders[0]! });
    expect(s.undoToday()).toBe(true);
    expect(sealedRight(s.replay())).toBe(true);
    playDay(s);
    const replay = s.replay();
    expect(sealedRight(replay)).toBe(true);
    expect(playReplay(campaign, replay).ok).toBe(true);
  });
});

describe('Session.play', () => {
  it('adds no action for an order that changes nothing, and keeps one an area a morning', () => {
    const s = Session.start(campaign, { seed: 'play-1956', roles: { [side]: 'player' } });
    const order = (o: string | null) => s.play({ type: 'order', side, area: areas[0]!, order: o });
    expect(order(null).ok).toBe(true);
    expect(s.actionsToday).toHaveLength(0);
    order(orders[0]!);
    order(orders[0]!);
    expect(s.actionsToday).toHaveLength(1);
    order(orders[1] ?? orders[0]!);
    expect(s.actionsToday).toHaveLength(1);
    expect(s.state.orders[side]![areas[0]!]).toBe(orders[1] ?? orders[0]!);
    order(null);
    expect(s.actionsToday).toHaveLength(0);
    expect(sealedRight(s.replay())).toBe(true);
  });
});

describe('playing a save’s choices again', () => {
  const scenarios = new Map([[campaign.id, campaign]]);
  it('plays an older engine’s or format’s choices as a new game with the same seed', () => {
    const s = Session.start(campaign, { seed: 'again-1956', roles: { revolutionaries: 'player' } });
    for (let d = 0; d < 3; d++) playDay(s);
    const replay = s.replay();
    const older = { ...replay, engineVersion: 1, formatVersion: 1, turns: replay.turns.map((t) => t.slice(0, 8)), checksum: 'x' };
    const choices = choicesOf(JSON.parse(JSON.stringify(older)))!;
    expect(choices.seed).toBe('again-1956');
    const again = playAgain(scenarios, choices);
    if (typeof again === 'string') throw new Error(again);
    expect(again.skipped).toBe(0);
    expect(again.stoppedAt).toBeNull();
    expect(again.session.hash).toBe(s.hash);
  });

  it('refuses what holds no choices, and leaves out an action the rules refuse', () => {
    expect(choicesOf({ format: 'something-else' })).toBeNull();
    expect(choicesOf({ format: 'nineteen-days-replay', scenario: { id: 'campaign' }, seed: 'x', roles: { constructor: 'player' }, actions: [] })).toBeNull();
    const choices = choicesOf({ format: 'nineteen-days-replay', scenario: { id: 'campaign' }, seed: 'x', roles: { revolutionaries: 'player' }, actions: [{ type: 'decide', side: 'revolutionaries', decision: 'no-such', option: 'y' }, { type: 'bogus' }] })!;
    expect(choices.actions).toHaveLength(1);
    const again = playAgain(scenarios, choices);
    if (typeof again === 'string') throw new Error(again);
    expect(again.skipped).toBe(1);
    expect(playAgain(scenarios, { ...choices, scenario: 'elsewhere' })).toMatch(/does not have/);
  });
});
