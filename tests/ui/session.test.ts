// The browser's session: every state so far and the actions between them. Applying an
// action, going back a day, undoing a morning, reconsidering one decision, and the
// replay it makes (which plays back to the same session).
import { describe, expect, it } from 'vitest';
import { pendingDecisions, playerActions, stateHash } from '../../src/engine';
import type { Action } from '../../src/engine';
import { Session } from '../../src/ui/session';
import { scenario } from '../helpers';

const campaign = scenario('campaign');
// The government has two decisions on the first morning, and standing orders to give.
const setup = { seed: 'ui-session-1956', roles: { government: 'player' as const } };
const start = (): Session => Session.start(campaign, setup);
const governmentOrder = campaign.orders.find((o) => o.side === 'government')!;
const firstArea = campaign.areas[0]!.id;

/** History's choices for the morning, then the day's end. */
function playDay(session: Session): void {
  for (const a of playerActions(campaign, session.state)) expect(session.apply(a).ok).toBe(true);
  expect(session.apply({ type: 'endTurn' }).ok).toBe(true);
}

function decideAsHistory(session: Session, decision: string, reason?: string): Action {
  const def = campaign.decisions.find((d) => d.id === decision)!;
  const action: Action = { type: 'decide', side: def.actor, decision, option: def.options.find((o) => o.historical)!.id, ...(reason ? { reason } : {}) };
  expect(session.apply(action).ok).toBe(true);
  return action;
}

describe('Session.apply', () => {
  it('keeps an accepted action and its state, refuses a bad one without a trace, and counts the days', () => {
    const session = start();
    const opening = session.state;
    const refused = session.apply({ type: 'decide', side: 'government', decision: 'no-such-decision', option: 'x' });
    expect(refused.ok).toBe(false);
    expect(session.state).toBe(opening);
    expect(session.actionsToday).toEqual([]);

    const [first] = pendingDecisions(session.rules, session.state);
    const action = decideAsHistory(session, first!, 'Order first.');
    expect(session.state).not.toBe(opening);
    expect(session.state.chosen[first!]).toMatchObject({ by: 'player', reason: 'Order first.' });
    expect(session.actionsToday).toEqual([action]);
    expect(session.dayEnds).toEqual([]);

    playDay(session);
    expect(session.dayEnds).toHaveLength(1);
    expect(session.dayEnds[0]!.report?.date).toBe(campaign.start);
    expect(session.actionsToday).toEqual([]);
    expect(session.state.date > campaign.start).toBe(true);
    expect(session.hash).toBe(stateHash(session.state));
  });
});

describe('Session.undoToday and Session.backADay', () => {
  it('undoes this morning only, back to the state the morning began with', () => {
    const session = start();
    playDay(session);
    const morning = session.state;
    expect(session.undoToday()).toBe(false);
    decideAsHistory(session, pendingDecisions(session.rules, session.state)[0]!);
    expect(session.undoToday()).toBe(true);
    expect(session.state).toBe(morning);
    expect(session.dayEnds).toHaveLength(1);
  });

  it('goes back to the morning before, or undoes the first morning, and says when there is nothing to undo', () => {
    const session = start();
    const opening = session.state;
    expect(session.backADay()).toBe(false);
    decideAsHistory(session, pendingDecisions(session.rules, session.state)[0]!);
    expect(session.backADay()).toBe(true);
    expect(session.state).toBe(opening);

    playDay(session);
    playDay(session);
    const secondMorning = session.dayEnds[0]!;
    expect(session.dayEnds).toHaveLength(2);
    expect(session.backADay()).toBe(true);
    expect(session.dayEnds).toHaveLength(1);
    expect(session.state).toBe(secondMorning);
    expect(session.actionsToday).toEqual([]);
    expect(session.backADay()).toBe(true);
    expect(session.state).toBe(opening);
    expect(session.dayEnds).toEqual([]);
  });
});

describe('Session.reconsider', () => {
  it('takes back one decision of the morning and keeps the other choices and orders, in order', () => {
    const session = start();
    const [first, second] = pendingDecisions(session.rules, session.state);
    expect(second).toBeDefined();
    decideAsHistory(session, first!, 'The first.');
    const order: Action = { type: 'order', side: 'government', area: firstArea, order: governmentOrder.id };
    expect(session.apply(order).ok).toBe(true);
    const kept = decideAsHistory(session, second!, 'The second.');

    expect(session.reconsider(first!)).toBe(true);
    expect(session.state.chosen[first!]).toBeUndefined();
    expect(session.state.chosen[second!]).toMatchObject({ reason: 'The second.' });
    expect(session.state.orders.government?.[firstArea]).toBe(governmentOrder.id);
    expect(session.actionsToday).toEqual([order, kept]);
    expect(pendingDecisions(session.rules, session.state)).toEqual([first]);
  });

  it('changes nothing for a decision not taken this morning', () => {
    const session = start();
    const [first] = pendingDecisions(session.rules, session.state);
    playDay(session);
    const morning = session.state;
    expect(session.reconsider(first!)).toBe(false);
    expect(session.state).toBe(morning);
  });
});

describe('Session and its replay', () => {
  it('plays back from its replay to the same states, days, actions of the morning and replay', () => {
    const session = start();
    playDay(session);
    decideAsHistory(session, pendingDecisions(session.rules, session.state)[0]!, 'Mid-morning.');
    const replay = session.replay();
    const again = Session.fromReplay(campaign, JSON.parse(JSON.stringify(replay)));
    if (!(again instanceof Session)) throw new Error(again.message);
    expect(again.hash).toBe(session.hash);
    expect(again.dayEnds.map(stateHash)).toEqual(session.dayEnds.map(stateHash));
    expect(again.actionsToday).toEqual(session.actionsToday);
    expect(again.playerSides).toEqual(['government']);
    expect(again.replay()).toEqual(replay);
  });

  it('refuses a replay that was altered', () => {
    const session = start();
    playDay(session);
    playDay(session);
    const replay = session.replay();
    const altered = { ...replay, turns: [replay.turns[0]!, '0000000000000000'] };
    const result = Session.fromReplay(campaign, altered);
    expect(result).not.toBeInstanceOf(Session);
  });
});
