// The class comparison and the refusals as a page in any language needs them: each compared
// game and each one left out says whose it is (a group's number and players, a student's
// upload), one left out says why with its reason's code and values, and the refusal of a
// game not yet started names how many it waits for (a turn already ended: group-play.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, LiveClient, wsUrlOf } from '../../scripts/lib/class-client';
import { playToTheEnd } from '../../scripts/lib/class-bot';
import { autoplay } from '../../src/engine';
import { encodeReplayCode, makeReplay } from '../../src/replay';
import type { Replay } from '../../src/replay';
import { scenario } from '../helpers';
import { BACKENDS, startInProcess } from './support/servers';
import type { InProcess } from './support/servers';

const presidium = scenario('presidium');

function replayOf(seed: string): Replay {
  const g = autoplay(presidium, { seed, roles: { soviet: 'player' } }, { keepStates: true });
  return makeReplay(presidium, g.states[0]!, g.actions, g.hashes, g.final);
}

interface Made {
  classId: string;
  joinCode: string;
  teacherKey: string;
}

describe.each(BACKENDS)('the comparison’s names and reasons (%s)', (backend) => {
  let srv: InProcess;
  const clients: LiveClient[] = [];
  beforeAll(async () => {
    srv = await startInProcess(backend);
  });
  afterAll(async () => {
    for (const c of clients) c.close();
    await srv?.close();
  });

  const client = (token: string): LiveClient => {
    const c = new LiveClient(wsUrlOf(srv.url), { token });
    clients.push(c);
    return c;
  };

  it('says whose each game is, and why one is left out, with codes and values', async () => {
    const made = (await api(srv.url, 'POST', '/api/classes', { body: { title: 'Names', scenario: 'presidium' } })).body as Made;
    const join = async (name: string): Promise<string> => ((await api(srv.url, 'POST', '/api/join', { body: { joinCode: made.joinCode, name, solo: true, side: 'soviet' } })).body as { studentToken: string }).studentToken;
    const anna = await join('Anna');
    const bence = await join('Bence');
    // Anna plays her solo game to the end: the server hands it in.
    const end = await playToTheEnd(client(anna), presidium);
    expect(end.over).not.toBeNull();
    // Bence uploads a game of his own.
    expect((await api(srv.url, 'POST', '/api/submissions', { key: bence, body: replayOf('bence') })).status).toBe(201);
    const dashboard = async () => (await api(srv.url, 'GET', `/api/classes/${made.classId}`, { key: made.teacherKey })).body as { submissions: unknown[] };
    await expect.poll(async () => (await dashboard()).submissions.length, { timeout: 10_000 }).toBe(2);

    // Games kept from before a check or a scenario's change: a copy of Bence's (which the
    // verified-games index does not see without its hash) and one that no longer verifies.
    const bences = (await srv.db.query<{ id: string }>("SELECT id FROM submissions WHERE class_id = $1 AND source = 'upload'", [made.classId])).rows[0]!.id;
    await srv.db.query("INSERT INTO submissions (id, class_id, student_id, source, verified, replay, outcome, created_at) SELECT 'copy-of-bence', class_id, student_id, source, true, replay, outcome, now() + interval '1 second' FROM submissions WHERE id = $1", [bences]);
    const altered = replayOf('altered');
    const tampered = encodeReplayCode({ ...altered, final: { ...altered.final, outcome: 'withdrawal' } });
    await srv.db.query("INSERT INTO submissions (id, class_id, student_id, source, verified, replay, created_at) SELECT 'no-longer', class_id, student_id, source, true, $2, now() + interval '2 seconds' FROM submissions WHERE id = $1", [bences, tampered]);

    const cmp = (await api(srv.url, 'GET', `/api/classes/${made.classId}/comparison`, { key: made.teacherKey })).body as {
      games: { name: string; of: unknown }[];
      excluded: { name: string; of: unknown; reason: string; reasonCode: string | null; reasonValues: unknown }[];
      objectives: { games: { name: string }[] }[];
    };
    // A group's players by side (a solo group has one seat; a computer's seat is null).
    expect(cmp.games.map((g) => ({ name: g.name, of: g.of }))).toEqual([
      { name: 'Solo 1 (Anna)', of: { group: 1, solo: true, players: ['Anna'] } },
      { name: 'Bence (upload)', of: { upload: 'Bence' } },
    ]);
    expect(cmp.objectives[0]!.games.map((g) => g.name)).toEqual(['Solo 1 (Anna)', 'Bence (upload)']);
    expect(cmp.excluded).toEqual([
      { name: 'Bence (upload)', of: { upload: 'Bence' }, reason: 'the same game as Bence (upload)', reasonCode: 'SAME_GAME', reasonValues: { kind: 'upload', name: 'Bence' } },
      { name: 'Bence (upload)', of: { upload: 'Bence' }, reason: expect.stringMatching(/altered|checksum/), reasonCode: 'CHECKSUM', reasonValues: {} },
    ]);
    // The dashboard carries the same comparison.
    expect(((await dashboard()) as unknown as { comparison: unknown }).comparison).toEqual(cmp);
  });

  it('a game not yet started is refused with how many it waits for', async () => {
    const made = (await api(srv.url, 'POST', '/api/classes', { body: { title: 'Waiting', scenario: 'presidium' } })).body as Made;
    const token = ((await api(srv.url, 'POST', '/api/join', { body: { joinCode: made.joinCode, name: 'Dóra' } })).body as { studentToken: string }).studentToken;
    const dora = client(token);
    const sync = await dora.waitSync(() => true, 10_000, 'the waiting group');
    expect(sync.group.status).toBe('waiting');
    const early = await dora.request({ type: 'endTurn', date: sync.group.date });
    expect(early).toMatchObject({ type: 'rejected', code: 'NOT_STARTED', values: { missing: 2 } });
    expect((early as { message: string }).message).toMatch(/waiting for 2 more/);

  });
});
