// Past one machine: two server processes on one PostgreSQL, as behind a load balancer.
// The players of one group are on different servers; every action is checked against
// the stored game, live updates cross between the servers through LISTEN/NOTIFY, and the
// teacher's dashboard on either server shows the end.
import { afterAll, describe, expect, it } from 'vitest';
import { api, LiveClient, wsUrlOf } from '../../scripts/lib/class-client';
import { playToTheEnd } from '../../scripts/lib/class-bot';
import { scenario } from '../helpers';
import { POSTGRES_URL, newStore, startChild } from './support/servers';
import type { Child, Store } from './support/servers';

const presidium = scenario('presidium');

describe.runIf(POSTGRES_URL)('two servers on one PostgreSQL', () => {
  let store: Store | undefined;
  const servers: Child[] = [];
  const clients: LiveClient[] = [];
  afterAll(async () => {
    for (const c of clients) c.close();
    for (const s of servers) await s.stop();
    await store?.remove();
  });

  it('plays one group across both servers, with live updates between them', async () => {
    store = await newStore('postgres');
    servers.push(await startChild(store), await startChild(store));
    const [a, b] = servers as [Child, Child];
    const made = (await api(a.url, 'POST', '/api/classes', { body: { title: 'Two servers', scenario: 'presidium', seed: 'two' } })).body as { classId: string; joinCode: string; teacherKey: string };
    const teacher = new LiveClient(wsUrlOf(b.url), { teacherKey: made.teacherKey, classId: made.classId });
    clients.push(teacher);
    await teacher.waitFor((m) => m.type === 'dashboard', 10_000, 'the dashboard on b');
    // Joined through either server; connected to alternate ones.
    for (let i = 0; i < 3; i++) {
      const via = i % 2 ? b : a;
      const j = (await api(via.url, 'POST', '/api/join', { body: { joinCode: made.joinCode, name: `P${i}` } })).body as { studentToken: string };
      clients.push(new LiveClient(wsUrlOf((i % 2 ? a : b).url), { token: j.studentToken }));
    }
    const players = clients.slice(1);
    const ends = await Promise.all(players.map((c) => playToTheEnd(c, presidium, { timeoutMs: 60_000 })));
    expect(new Set(ends.map((e) => e.over!.finalHash)).size).toBe(1);
    // The dashboard on b was pushed the end of the game played through both.
    const last = (await teacher.waitFor((m) => m.type === 'dashboard' && JSON.stringify(m).includes('"status":"over"') && (m as { dashboard: { comparison: { games: unknown[] } } }).dashboard.comparison.games.length === 1, 15_000, 'the end on b')) as { dashboard: { groups: { outcome: unknown }[]; comparison: { games: unknown[] } } };
    expect(last.dashboard.groups[0]!.outcome).not.toBeNull();
    expect(last.dashboard.comparison.games).toHaveLength(1);
    // Both servers answer alike.
    const fromA = (await api(a.url, 'GET', `/api/classes/${made.classId}/comparison`, { key: made.teacherKey })).body;
    const fromB = (await api(b.url, 'GET', `/api/classes/${made.classId}/comparison`, { key: made.teacherKey })).body;
    expect(fromA).toEqual(fromB);
  });
});
