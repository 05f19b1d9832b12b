// Nothing acknowledged is lost: a server killed mid-game (SIGKILL) and started again on
// the same data resumes every game from the stored actions, the clients reconnect by
// themselves and send again what was not acknowledged, and every game ends exactly as
// the same game played with no fault.
import { afterAll, describe, expect, it } from 'vitest';
import { newGame, pendingDecisions, rulesFor, stateHash, step } from '../../src/engine';
import type { Action, GameSetup, GameState } from '../../src/engine';
import { api, LiveClient, wsUrlOf } from '../../scripts/lib/class-client';
import { playToTheEnd } from '../../scripts/lib/class-bot';
import { scenario } from '../helpers';
import { BACKENDS, newStore, startChild } from './support/servers';
import type { Child, Store } from './support/servers';

const presidium = scenario('presidium');

/** The same game with no server at all: every side takes history's option with the bot's reason. */
function expectedFinal(setup: GameSetup): string {
  const rules = rulesFor(presidium);
  let state: GameState = newGame(presidium, setup);
  const go = (a: Action): void => {
    const r = step(presidium, state, a);
    if (!r.ok) throw new Error(r.error.message);
    state = r.state;
  };
  while (state.status === 'playing') {
    for (const id of pendingDecisions(rules, state)) {
      const d = rules.decisions.get(id)!;
      go({ type: 'decide', side: d.actor, decision: id, option: d.options.find((o) => o.historical)!.id, reason: `Bot for ${d.actor}` });
    }
    go({ type: 'endTurn' });
  }
  return stateHash(state);
}

describe.each(BACKENDS)('kill and restart (%s)', (backend) => {
  let store: Store | undefined;
  let child: Child | undefined;
  const clients: LiveClient[] = [];
  afterAll(async () => {
    for (const c of clients) c.close();
    await child?.stop('SIGKILL');
    await store?.remove();
  });

  it('resumes every game after SIGKILL; the games end with the hashes of games played with no fault', async () => {
    store = await newStore(backend);
    child = await startChild(store);
    const port = child.port;
    const made = (await api(child.url, 'POST', '/api/classes', { body: { title: 'Crash', scenario: 'presidium', seed: 'crash' } })).body as { classId: string; joinCode: string; teacherKey: string };
    // Two groups of three.
    for (let i = 0; i < 6; i++) {
      const j = (await api(child.url, 'POST', '/api/join', { body: { joinCode: made.joinCode, name: `S${i}` } })).body as { studentToken: string };
      clients.push(new LiveClient(wsUrlOf(child.url), { token: j.studentToken }));
    }
    const answers: { type: string; code?: string }[] = [];
    const games = clients.map((c) => playToTheEnd(c, presidium, { think: () => 20 + Math.random() * 40, onAnswer: (a) => answers.push(a), timeoutMs: 90_000 }));
    // Mid-game: once both groups are past their first evening.
    await Promise.all(clients.map((c) => c.waitSync((s) => s.days.length >= 2, 60_000, 'day 2')));
    const before = answers.length;
    await child.stop('SIGKILL');
    // The clients are on their own for a moment, then the server comes back on the same port and data.
    await new Promise((r) => setTimeout(r, 300));
    child = await startChild(store, {}, port);
    const ends = await Promise.all(games);
    expect(answers.length).toBeGreaterThan(before);
    expect(answers.filter((a) => a.type === 'rejected')).toEqual([]);
    expect(clients.every((c) => c.reconnects > 0)).toBe(true);
    expect(clients.every((c) => c.unacknowledged === 0)).toBe(true);
    // Every game, as the server finished it, is the game played with no fault.
    const byGroup = new Map(ends.map((e) => [e.group.number, e]));
    expect(byGroup.size).toBe(2);
    for (const e of byGroup.values()) expect(e.over!.finalHash).toBe(expectedFinal(e.setup as GameSetup));
    // And both were handed in, verified (just after their last evening).
    await expect.poll(async () => ((await api(child!.url, 'GET', `/api/classes/${made.classId}`, { key: made.teacherKey })).body as { submissions: unknown[] }).submissions.length, { timeout: 10_000 }).toBe(2);
    const dash = (await api(child.url, 'GET', `/api/classes/${made.classId}`, { key: made.teacherKey })).body as { submissions: { verified: boolean }[] };
    expect(dash.submissions.filter((s) => s.verified)).toHaveLength(2);
  });
});
