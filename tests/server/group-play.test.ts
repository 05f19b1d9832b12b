// Group play over the WebSocket: three students, one game, each on their own side. The
// server checks every action with the engine's step and says why it refuses; the morning
// resolves when every player has ended their turn; nobody sees another side's choices
// before the evening; a dropped connection comes back where the game stands.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, LiveClient, wsUrlOf } from '../../scripts/lib/class-client';
import type { Sync } from '../../scripts/lib/class-client';
import { playToTheEnd, stateOf } from '../../scripts/lib/class-bot';
import { pendingDecisions, rulesFor } from '../../src/engine';
import { scenario } from '../helpers';
import { BACKENDS, startInProcess } from './support/servers';
import type { InProcess } from './support/servers';

const presidium = scenario('presidium');
const rules = rulesFor(presidium);

describe.each(BACKENDS)('group play (%s)', (backend) => {
  let srv: InProcess;
  const clients: LiveClient[] = [];
  beforeAll(async () => {
    srv = await startInProcess(backend);
  });
  afterAll(async () => {
    for (const c of clients) c.close();
    await srv?.close();
  });

  async function classWithGroup(): Promise<{ classId: string; teacherKey: string; students: { token: string; client: LiveClient }[] }> {
    const made = (await api(srv.url, 'POST', '/api/classes', { body: { title: 'Group play', scenario: 'presidium', seed: 'gp' } })).body as { classId: string; joinCode: string; teacherKey: string };
    const students = [];
    for (const name of ['Anna', 'Béla', 'Csilla']) {
      const j = await api(srv.url, 'POST', '/api/join', { body: { joinCode: made.joinCode, name } });
      expect(j.status).toBe(201);
      const token = (j.body as { studentToken: string }).studentToken;
      const client = new LiveClient(wsUrlOf(srv.url), { token });
      clients.push(client);
      students.push({ token, client });
    }
    return { classId: made.classId, teacherKey: made.teacherKey, students };
  }

  const playing = (c: LiveClient): Promise<Sync> => c.waitSync((s) => s.group.status === 'playing', 20_000, 'the game to start');

  it('refuses with the engine’s reason, resolves the morning when all have ended their turn, and hides choices until the evening', async () => {
    const { students } = await classWithGroup();
    const syncs = await Promise.all(students.map((s) => playing(s.client)));
    const bySide = new Map(syncs.map((s, i) => [s.side, { ...students[i]!, sync: s }]));
    expect([...bySide.keys()].sort()).toEqual(['government', 'revolutionaries', 'soviet']);
    const soviet = bySide.get('soviet')!;
    const gov = bySide.get('government')!;
    const date = soviet.sync.group.date;
    expect(date).toBe('1956-10-30');

    const state = stateOf(presidium, soviet.sync);
    const sovietToday = pendingDecisions(rules, state, 'soviet');
    const govToday = pendingDecisions(rules, state, 'government');
    expect(sovietToday.length).toBeGreaterThan(0);

    // Another side's decision, for one's own side: the engine's WRONG_SIDE.
    const wrongSide = await soviet.client.request({ type: 'act', date, action: { type: 'decide', side: 'soviet', decision: govToday[0], option: 'x' } });
    expect(wrongSide).toMatchObject({ type: 'rejected', code: 'WRONG_SIDE' });
    expect((wrongSide as { message: string }).message).toMatch(/is for .* to decide/);
    // Acting for another player's side: refused by the server.
    const notMine = await soviet.client.request({ type: 'act', date, action: { type: 'decide', side: 'government', decision: govToday[0], option: 'x' } });
    expect(notMine).toMatchObject({ type: 'rejected', code: 'NOT_YOUR_SIDE' });
    // A decision of another day: the engine's NOT_OPEN_TODAY.
    const later = presidium.decisions.find((d) => d.actor === 'soviet' && d.date > date)!;
    const wrongDay = await soviet.client.request({ type: 'act', date, action: { type: 'decide', side: 'soviet', decision: later.id, option: later.options[0]!.id } });
    expect(wrongDay).toMatchObject({ type: 'rejected', code: 'NOT_OPEN_TODAY' });
    // Meant for another morning: stale.
    const stale = await soviet.client.request({ type: 'act', date: '1956-10-29', action: { type: 'decide', side: 'soviet', decision: sovietToday[0], option: 'x' } });
    expect(stale).toMatchObject({ type: 'rejected', code: 'STALE', values: { meant: '1956-10-29', date } });
    // Ending the turn with a decision open: the engine's words for this side.
    const early = await soviet.client.request({ type: 'endTurn', date });
    expect(early).toMatchObject({ type: 'rejected', code: 'DECISIONS_PENDING' });
    // A malformed action: the engine's BAD_ACTION.
    const bad = await soviet.client.request({ type: 'act', date, action: { type: 'decide', side: 'soviet' } });
    expect(bad).toMatchObject({ type: 'rejected', code: 'BAD_ACTION' });
    // Not JSON at all.
    soviet.client.raw('not json');
    await soviet.client.waitFor((m) => m.type === 'rejected' && m.code === 'BAD_MESSAGE', 5000, 'BAD_MESSAGE');

    // A good decision, then the same again (the engine's ALREADY_DECIDED), then the same message twice (taken once).
    const decision = presidium.decisions.find((d) => d.id === sovietToday[0])!;
    const option = decision.options.find((o) => !o.historical)?.id ?? decision.options[0]!.id;
    const ok = await soviet.client.request({ ref: 'first-choice', type: 'act', date, action: { type: 'decide', side: 'soviet', decision: decision.id, option, reason: 'A secret of the Presidium' } });
    expect(ok).toMatchObject({ type: 'ack' });
    const again = await soviet.client.request({ type: 'act', date, action: { type: 'decide', side: 'soviet', decision: decision.id, option } });
    expect(again).toMatchObject({ type: 'rejected', code: 'ALREADY_DECIDED' });
    const twice = await soviet.client.request({ ref: 'first-choice', type: 'act', date, action: { type: 'decide', side: 'soviet', decision: decision.id, option } });
    expect(twice).toMatchObject({ type: 'ack', duplicate: true, seq: (ok as { seq: number }).seq });

    // The others' syncs carry nothing of the Soviet choice before the evening (their
    // view has not changed, so they are sent nothing in the push that brings it to the Soviet side).
    const sovietView = await soviet.client.waitSync((s) => s.today.length > 0, 10_000, 'the soviet sync');
    expect(JSON.stringify(sovietView)).toContain('A secret of the Presidium');
    const govView = gov.client.last!;
    expect(JSON.stringify(govView)).not.toContain('A secret of the Presidium');
    expect(govView.today.every((a) => (a as { side?: string }).side === 'government')).toBe(true);

    // Everyone takes the rest and ends their turn; the day resolves only after the last.
    const order = ['soviet', 'government', 'revolutionaries'];
    for (const [i, side] of order.entries()) {
      const p = bySide.get(side)!;
      const st = stateOf(presidium, p.client.last!);
      for (const id of pendingDecisions(rules, st, side)) {
        const d = presidium.decisions.find((x) => x.id === id)!;
        const a = await p.client.request({ type: 'act', date, action: { type: 'decide', side, decision: id, option: d.options.find((o) => o.historical)!.id } });
        expect(a).toMatchObject({ type: 'ack' });
      }
      const end = await p.client.request({ type: 'endTurn', date });
      expect(end).toMatchObject({ type: 'ack' });
      if (i < order.length - 1) {
        // Not yet: the others have not ended theirs. Acting after one's turn is refused.
        const after = await p.client.request({ type: 'act', date, action: { type: 'order', side, area: presidium.areas[0]!.id, order: null } });
        expect(after).toMatchObject({ type: 'rejected', code: 'TURN_ENDED', values: { date } });
        const view = await p.client.waitSync((s) => s.group.seats.find((x) => x.side === side)!.ready, 10_000, 'ready');
        expect(view.days.length).toBe(0);
      }
    }
    // The evening: every client gets the day, with all sides' choices, and the next morning.
    for (const p of bySide.values()) {
      const evening = await p.client.waitSync((s) => s.days.length === 1, 10_000, 'the evening');
      expect(evening.group.date).toBe('1956-10-31');
      expect(JSON.stringify(evening.days)).toContain('A secret of the Presidium');
      expect(evening.group.seats.every((s) => !s.ready)).toBe(true);
      // The client's replica of the game agrees with the server's hash of the turn.
      expect(() => stateOf(presidium, evening)).not.toThrow();
    }

    // A dropped connection: the client comes back by itself, where the game stands, and a
    // message sent while it was away is delivered then.
    const rev = bySide.get('revolutionaries')!;
    rev.client.drop();
    const resumed = await rev.client.waitSync((s) => s.days.length === 1 && rev.client.reconnects > 0, 20_000, 'the reconnect');
    expect(resumed.group.date).toBe('1956-10-31');

    // Play the rest to the end; every side sees the same outcome and final hash.
    const ends = await Promise.all([...bySide.values()].map((p) => playToTheEnd(p.client, presidium)));
    const hashes = new Set(ends.map((e) => e.over!.finalHash));
    expect(hashes.size).toBe(1);
    expect(ends[0]!.over!.outcome).not.toBeNull();
  });

  it('a seat under the computer does not hold the group up, and a finished game is verified for the teacher', async () => {
    const { classId, teacherKey, students } = await classWithGroup();
    const syncs = await Promise.all(students.map((s) => playing(s.client)));
    const absent = syncs.findIndex((s) => s.side === 'revolutionaries');
    const groupId = syncs[0]!.group.id;
    // The teacher hands the absent student's side to the computer.
    const r = await api(srv.url, 'POST', `/api/classes/${classId}/groups/${groupId}/seats/revolutionaries`, { key: teacherKey, body: { computer: true } });
    expect(r.status).toBe(200);
    const refused = await students[absent]!.client.request({ type: 'endTurn', date: '1956-10-30' });
    expect(refused).toMatchObject({ type: 'rejected', code: 'COMPUTER' });
    const others = students.filter((_, i) => i !== absent);
    const ends = await Promise.all(others.map((s) => playToTheEnd(s.client, presidium)));
    expect(ends[0]!.over).not.toBeNull();
    // The dashboard shows the outcome and the verified game in the comparison (handed in just after the last evening).
    await expect.poll(async () => ((await api(srv.url, 'GET', `/api/classes/${classId}`, { key: teacherKey })).body as { submissions: unknown[] }).submissions.length, { timeout: 10_000 }).toBe(1);
    const dash = (await api(srv.url, 'GET', `/api/classes/${classId}`, { key: teacherKey })).body as { groups: { status: string; outcome: { label: string } | null }[]; submissions: { verified: boolean; source: string }[]; roles: { objectives: string[] }[] };
    expect(dash.groups[0]).toMatchObject({ status: 'over' });
    expect(dash.groups[0]!.outcome?.label).toBeTruthy();
    expect(dash.submissions).toEqual([expect.objectContaining({ source: 'game', verified: true })]);
    expect(dash.roles[0]!.objectives.length).toBeGreaterThan(0);
    const cmp = (await api(srv.url, 'GET', `/api/classes/${classId}/comparison`, { key: teacherKey })).body as { games: { finalHash: string }[]; excluded: unknown[] };
    expect(cmp.games).toHaveLength(1);
    expect(cmp.games[0]!.finalHash).toBe(ends[0]!.over!.finalHash);
    expect(cmp.excluded).toEqual([]);
  });

  it('a teacher’s dashboard comes live over the WebSocket; a wrong key is closed', async () => {
    const made = (await api(srv.url, 'POST', '/api/classes', { body: { title: 'Live', scenario: 'presidium' } })).body as { classId: string; joinCode: string; teacherKey: string };
    const teacher = new LiveClient(wsUrlOf(srv.url), { teacherKey: made.teacherKey, classId: made.classId });
    clients.push(teacher);
    await teacher.waitFor((m) => m.type === 'dashboard', 10_000, 'the dashboard');
    await api(srv.url, 'POST', '/api/join', { body: { joinCode: made.joinCode, name: 'Dóra' } });
    await teacher.waitFor((m) => m.type === 'dashboard' && JSON.stringify(m).includes('Dóra'), 10_000, 'the join on the dashboard');
    const intruder = new LiveClient(wsUrlOf(srv.url), { teacherKey: 'x'.repeat(43), classId: made.classId });
    clients.push(intruder);
    await intruder.waitFor((m) => m.type === 'error', 10_000, 'the refusal');
  });
});
