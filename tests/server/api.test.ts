// The class API and who may use it: every endpoint without a key, with a wrong key,
// with another class's key and with a student's token; the contract testers rely on
// (docs/SERVER.md); hand-ins re-played before they count; deleting leaves nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { autoplay } from '../../src/engine';
import { encodeReplayCode, makeReplay } from '../../src/replay';
import type { Replay } from '../../src/replay';
import { makeReport } from '../../src/classroom';
import { api } from '../../scripts/lib/class-client';
import { MAX_STUDENTS } from '../../src/server/service';
import { scenario } from '../helpers';
import { BACKENDS, startInProcess } from './support/servers';
import type { InProcess } from './support/servers';

function replayOf(id: string, seed: string, choices: Record<string, string> = {}): { replay: Replay; report: unknown } {
  const s = scenario(id);
  const g = autoplay(s, { seed, roles: { soviet: 'player' } }, { choices, keepStates: true });
  const replay = makeReplay(s, g.states[0]!, g.actions, g.hashes, g.final);
  return { replay, report: makeReport(s, replay, g.states.slice(1), g.final) };
}

interface Made {
  classId: string;
  joinCode: string;
  teacherKey: string;
}

describe.each(BACKENDS)('the class API (%s)', (backend) => {
  let srv: InProcess;
  let a: Made;
  let b: Made;
  let studentA: string;
  let studentB: string;
  beforeAll(async () => {
    srv = await startInProcess(backend);
    a = (await api(srv.url, 'POST', '/api/classes', { body: { title: 'Class A', scenario: 'presidium' } })).body as Made;
    b = (await api(srv.url, 'POST', '/api/classes', { body: { title: 'Class B', scenario: 'presidium' } })).body as Made;
    studentA = ((await api(srv.url, 'POST', '/api/join', { body: { joinCode: a.joinCode, name: 'Anna', solo: true, side: 'soviet' } })).body as { studentToken: string }).studentToken;
    studentB = ((await api(srv.url, 'POST', '/api/join', { body: { joinCode: b.joinCode, name: 'Bence' } })).body as { studentToken: string }).studentToken;
  });
  afterAll(async () => {
    await srv?.close();
  });

  it('GET /api/health answers 200', async () => {
    const r = await api(srv.url, 'GET', '/api/health');
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ ok: true, database: backend });
  });

  it('POST /api/classes gives a class id, a short join code and a teacher key of at least 128 bits', async () => {
    expect(a.classId).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(a.joinCode).toMatch(/^[A-Z2-9]{6}$/);
    expect(Buffer.from(a.teacherKey, 'base64url').length).toBeGreaterThanOrEqual(16);
    const bad = await api(srv.url, 'POST', '/api/classes', { body: { title: 'X', scenario: 'no-such' } });
    expect(bad.status).toBe(400);
    expect((bad.body as { error: string }).error).toMatch(/no scenario/);
    const badPlan = await api(srv.url, 'POST', '/api/classes', { body: { title: 'X', scenario: 'presidium', groups: [['west']] } });
    expect(badPlan.status).toBe(400);
    const tooBig = await api(srv.url, 'POST', '/api/classes', { body: { title: 'X', scenario: 'presidium', groups: [['soviet', 'soviet']] } });
    expect(tooBig.status).toBe(400);
    const extra = await api(srv.url, 'POST', '/api/classes', { body: { title: 'X', scenario: 'presidium', admin: true } });
    expect(extra.status).toBe(400);
  });

  it('POST /api/join: a wrong code is 404; a name is needed; the token is at least 128 bits', async () => {
    expect((await api(srv.url, 'POST', '/api/join', { body: { joinCode: 'ZZZZZZ', name: 'X' } })).status).toBe(404);
    expect((await api(srv.url, 'POST', '/api/join', { body: { joinCode: a.joinCode, name: '   ' } })).status).toBe(400);
    expect(Buffer.from(studentA, 'base64url').length).toBeGreaterThanOrEqual(16);
    // The code is forgiving of case and spaces.
    const typed = `${a.joinCode.slice(0, 3).toLowerCase()} ${a.joinCode.slice(3)}`;
    expect((await api(srv.url, 'POST', '/api/join', { body: { joinCode: typed, name: 'Typist', solo: true } })).status).toBe(201);
  });

  it('a full class refuses a join, and says how many a class may have', async () => {
    const full = (await api(srv.url, 'POST', '/api/classes', { body: { title: 'Full', scenario: 'presidium' } })).body as Made;
    // The class filled up (as if they had joined), then one more asks.
    await srv.db.query("INSERT INTO students (id, class_id, name, token_hash) SELECT 'full-' || n, $1, 'S' || n, 'full-hash-' || n FROM generate_series(1, $2::int) AS n", [full.classId, MAX_STUDENTS]);
    const r = await api(srv.url, 'POST', '/api/join', { body: { joinCode: full.joinCode, name: 'Late' } });
    expect(r.status).toBe(403);
    expect(r.body).toMatchObject({ code: 'CLASS_FULL', values: { max: MAX_STUDENTS } });
    expect((r.body as { error: string }).error).toContain(String(MAX_STUDENTS));
  });

  it('keys and tokens are stored only as SHA-256 hashes', async () => {
    const classes = await srv.db.query<{ teacher_key_hash: string }>('SELECT teacher_key_hash FROM classes');
    const students = await srv.db.query<{ token_hash: string }>('SELECT token_hash FROM students');
    const all = JSON.stringify([classes.rows, students.rows]);
    expect(all).not.toContain(a.teacherKey);
    expect(all).not.toContain(studentA);
    for (const r of classes.rows) expect(r.teacher_key_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  // Every teacher endpoint, with each kind of wrong asker.
  const teacherEndpoints: [string, string, unknown?][] = [
    ['GET', '/api/classes/:id'],
    ['GET', '/api/classes/:id/comparison'],
    ['GET', '/api/classes/:id/export.json'],
    ['GET', '/api/classes/:id/export.csv'],
    ['POST', '/api/classes/:id/groups/G/seats/soviet', { computer: true }],
    ['POST', '/api/classes/:id/close'],
    ['DELETE', '/api/classes/:id'],
  ];
  it.each(teacherEndpoints)('%s %s: 401 without a key or with a wrong one, 403 with another class’s key or a student’s token', async (method, path, body) => {
    const url = path.replace(':id', a.classId);
    const opts = body !== undefined ? { body } : {};
    expect((await api(srv.url, method, url, opts)).status).toBe(401);
    expect((await api(srv.url, method, url, { ...opts, key: 'not-a-key' })).status).toBe(401);
    expect((await api(srv.url, method, url, { ...opts, key: 'A'.repeat(43) })).status).toBe(401);
    expect((await api(srv.url, method, url, { ...opts, key: b.teacherKey })).status).toBe(403);
    expect((await api(srv.url, method, url, { ...opts, key: studentA })).status).toBe(403);
    expect((await api(srv.url, method, url, { ...opts, key: studentB })).status).toBe(403);
  });

  it('POST /api/submissions and GET /api/me: 401 without a token or with a wrong one, 403 with a teacher’s key', async () => {
    const { replay } = replayOf('presidium', 'auth');
    for (const [method, path] of [['POST', '/api/submissions'], ['GET', '/api/me']] as const) {
      const body = method === 'POST' ? { body: replay } : {};
      expect((await api(srv.url, method, path, body)).status).toBe(401);
      expect((await api(srv.url, method, path, { ...body, key: 'B'.repeat(43) })).status).toBe(401);
      expect((await api(srv.url, method, path, { ...body, key: a.teacherKey })).status).toBe(403);
    }
    expect((await api(srv.url, 'GET', '/api/me', { key: studentA })).status).toBe(200);
  });

  it('the teacher’s own key opens the dashboard and the comparison', async () => {
    const dash = await api(srv.url, 'GET', `/api/classes/${a.classId}`, { key: a.teacherKey });
    expect(dash.status).toBe(200);
    expect(dash.body).toMatchObject({ class: { title: 'Class A', joinCode: a.joinCode, status: 'open' } });
    const cmp = await api(srv.url, 'GET', `/api/classes/${a.classId}/comparison`, { key: a.teacherKey });
    expect(cmp.status).toBe(200);
    expect(cmp.body).toMatchObject({ scenario: 'presidium', games: [], excluded: [] });
  });

  it('hand-ins are re-played: a replay, a report and a code count; a broken, tampered or other-scenario one is refused with the reason', async () => {
    const one = replayOf('presidium', 'upload-1');
    const two = replayOf('presidium', 'upload-2');
    const three = replayOf('presidium', 'upload-3');
    const asJson = await api(srv.url, 'POST', '/api/submissions', { key: studentA, body: one.replay });
    expect(asJson.status).toBe(201);
    expect(asJson.body).toMatchObject({ verified: true });
    expect((await api(srv.url, 'POST', '/api/submissions', { key: studentA, body: two.report })).status).toBe(201);
    expect((await api(srv.url, 'POST', '/api/submissions', { key: studentA, text: encodeReplayCode(three.replay) })).status).toBe(201);

    const tampered = { ...one.replay, final: { ...one.replay.final, outcome: 'withdrawal' } };
    const t = await api(srv.url, 'POST', '/api/submissions', { key: studentA, body: tampered });
    expect(t.status).toBe(422);
    expect((t.body as { error: string }).error).toMatch(/altered|checksum/);
    // Each refusal says its problem's code and the values its line names, for a page in any language.
    expect(t.body).toMatchObject({ code: 'NOT_VERIFIED', reasonCode: 'CHECKSUM', reasonValues: {} });
    const forged = { ...one.replay, actions: one.replay.actions.slice(0, -1) };
    expect((await api(srv.url, 'POST', '/api/submissions', { key: studentA, body: forged })).status).toBe(422);
    const broken = await api(srv.url, 'POST', '/api/submissions', { key: studentA, text: 'ND1.notacode!!' });
    expect(broken.status).toBe(422);
    expect((broken.body as { error: string }).error).toBeTruthy();
    expect(broken.body).toMatchObject({ reasonCode: 'UNREADABLE.CHARACTERS' });
    const other = replayOf('whirlwind', 'other');
    const o = await api(srv.url, 'POST', '/api/submissions', { key: studentA, body: other.replay });
    expect(o.status).toBe(422);
    expect((o.body as { error: string }).error).toMatch(/whirlwind/);
    expect(o.body).toMatchObject({ reasonCode: 'WRONG_SCENARIO', reasonValues: { game: 'whirlwind', exercise: 'presidium' } });
    const twice = await api(srv.url, 'POST', '/api/submissions', { key: studentA, body: one.replay });
    expect(twice.status).toBe(422);
    expect((twice.body as { error: string }).error).toMatch(/same game/);
    expect(twice.body).toMatchObject({ reasonCode: 'SAME_GAME', reasonValues: { kind: 'upload', name: 'Anna' } });
    const mismatched = await api(srv.url, 'POST', '/api/submissions', { key: studentA, body: { ...(two.report as object), seed: 'another' } });
    expect(mismatched.body).toMatchObject({ reasonCode: 'REPORT_MISMATCH', reasonValues: { field: 'seed' } });
    const { replayCode: _code, ...codeless } = two.report as { replayCode: string };
    const noCode = await api(srv.url, 'POST', '/api/submissions', { key: studentA, body: codeless });
    expect(noCode.body).toMatchObject({ reasonCode: 'NO_REPLAY_CODE', reasonValues: {} });

    // The teacher sees the counted games in the comparison, and every refusal with its reason.
    const cmp = (await api(srv.url, 'GET', `/api/classes/${a.classId}/comparison`, { key: a.teacherKey })).body as { games: unknown[] };
    expect(cmp.games).toHaveLength(3);
    const dash = (await api(srv.url, 'GET', `/api/classes/${a.classId}`, { key: a.teacherKey })).body as { submissions: { verified: boolean; reason: string | null; reasonCode: string | null; reasonValues: unknown }[] };
    const refused = dash.submissions.filter((s) => !s.verified);
    expect(refused).toHaveLength(7);
    expect(refused.every((s) => s.reason && s.reason.length > 0)).toBe(true);
    // The dashboard carries each refusal's code and values beside its English line, as stored.
    expect(refused.map((s) => s.reasonCode)).toEqual(['CHECKSUM', expect.any(String), 'UNREADABLE.CHARACTERS', 'WRONG_SCENARIO', 'SAME_GAME', 'REPORT_MISMATCH', 'NO_REPLAY_CODE']);
    expect(refused.find((s) => s.reasonCode === 'SAME_GAME')).toMatchObject({ reason: expect.stringMatching(/the same game as Anna’s upload/), reasonValues: { kind: 'upload', name: 'Anna' } });
    expect(dash.submissions.filter((s) => s.verified)).toHaveLength(3);
  });

  it('exports the class as JSON and CSV', async () => {
    const j = await api(srv.url, 'GET', `/api/classes/${a.classId}/export.json`, { key: a.teacherKey });
    expect(j.status).toBe(200);
    expect(j.body).toMatchObject({ format: 'nineteen-days-class', class: { title: 'Class A' } });
    expect(JSON.stringify(j.body)).not.toContain('token');
    const c = await api(srv.url, 'GET', `/api/classes/${a.classId}/export.csv`, { key: a.teacherKey });
    expect(c.status).toBe(200);
    const lines = String(c.body).trim().split('\r\n');
    expect(lines[0]).toMatch(/^kind,group,players,status/);
    // The reasons stay English in the export, with each one's code beside it.
    expect(lines[0]).toContain(',verified,reason,reason_code,final_hash');
    expect(lines.some((l) => l.includes(',UNREADABLE.CHARACTERS,'))).toBe(true);
    expect(lines.length).toBeGreaterThan(3);
  });

  it('a name is text: stored and shown as given, never as markup', async () => {
    const name = '<img src=x onerror=alert(1)>';
    const j = await api(srv.url, 'POST', '/api/join', { body: { joinCode: a.joinCode, name, solo: true } });
    expect(j.status).toBe(201);
    const dash = (await api(srv.url, 'GET', `/api/classes/${a.classId}`, { key: a.teacherKey })).body as { students: { name: string }[] };
    expect(dash.students.map((s) => s.name)).toContain(name);
  });

  it('sends the security headers: a CSP with frame-ancestors none, nosniff, no framing', async () => {
    const res = await fetch(new URL('/api/health', srv.url));
    expect(res.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self'(;|$)/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
  });

  it('refuses a body over the limit', async () => {
    const r = await api(srv.url, 'POST', '/api/submissions', { key: studentA, text: 'x'.repeat(1024 * 1024 + 10) });
    expect(r.status).toBe(413);
    expect(r.body).toMatchObject({ code: 'TOO_LARGE' });
  });

  it('closing a class stops joins; deleting it leaves nothing of it', async () => {
    const c = (await api(srv.url, 'POST', '/api/classes', { body: { title: 'Short-lived', scenario: 'presidium' } })).body as Made;
    const s = ((await api(srv.url, 'POST', '/api/join', { body: { joinCode: c.joinCode, name: 'Ede', solo: true } })).body as { studentToken: string }).studentToken;
    expect((await api(srv.url, 'POST', '/api/submissions', { key: s, body: replayOf('presidium', 'del').replay })).status).toBe(201);
    expect((await api(srv.url, 'POST', `/api/classes/${c.classId}/close`, { key: c.teacherKey })).status).toBe(200);
    expect((await api(srv.url, 'POST', '/api/join', { body: { joinCode: c.joinCode, name: 'Late' } })).status).toBe(403);
    const del = await api(srv.url, 'DELETE', `/api/classes/${c.classId}`, { key: c.teacherKey });
    expect(del.status).toBe(204);
    for (const table of ['classes', 'students', 'groups', 'submissions']) {
      const col = table === 'classes' ? 'id' : 'class_id';
      const left = await srv.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE ${col} = $1`, [c.classId]);
      expect(left.rows[0]!.n, table).toBe(0);
    }
    // Seats, actions and ready marks hang off groups: none is left without its group.
    for (const table of ['seats', 'actions', 'ready']) {
      const orphans = await srv.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} t WHERE NOT EXISTS (SELECT 1 FROM groups g WHERE g.id = t.group_id)`);
      expect(orphans.rows[0]!.n, table).toBe(0);
    }
    // The key and the token open nothing any more.
    expect((await api(srv.url, 'GET', `/api/classes/${c.classId}`, { key: c.teacherKey })).status).toBe(401);
    expect((await api(srv.url, 'GET', '/api/me', { key: s })).status).toBe(401);
  });

  it('unknown API paths are 404 JSON', async () => {
    const r = await api(srv.url, 'GET', '/api/nothing');
    expect(r.status).toBe(404);
  });
});

describe('rate limits', () => {
  let srv: InProcess;
  beforeAll(async () => {
    srv = await startInProcess('pglite', { RATE_LIMIT: '5' });
  });
  afterAll(async () => {
    await srv?.close();
  });
  it('answers 429 past the limit per minute', async () => {
    const codes: number[] = [];
    const bodies: unknown[] = [];
    for (let i = 0; i < 7; i++) {
      const r = await api(srv.url, 'POST', '/api/join', { body: { joinCode: 'NOPE00', name: 'x' } });
      codes.push(r.status);
      bodies.push(r.body);
    }
    expect(codes.slice(0, 5)).toEqual([404, 404, 404, 404, 404]);
    expect(codes.slice(5)).toEqual([429, 429]);
    // Each refusal carries its stable code beside the English line, for the page to say in its language.
    expect(bodies[0]).toMatchObject({ code: 'NO_CLASS' });
    expect(bodies[6]).toMatchObject({ code: 'RATE_LIMITED', error: expect.stringMatching(/^too many requests/) });
  });
});
