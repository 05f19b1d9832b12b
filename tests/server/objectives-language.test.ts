// The dashboard's objectives in the page's language: with ?lang=hu (or a teacher's hello with
// lang "hu") each finished game's objectives are scored from the Hungarian scenario in the
// classroom's Hungarian voice; without it, and in the exports, in English; the ids and what
// was met stay the same. A language the game does not speak is refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, LiveClient, wsUrlOf } from '../../scripts/lib/class-client';
import { playToTheEnd } from '../../scripts/lib/class-bot';
import { scoreObjectives, speakReports } from '../../src/classroom';
import { localized } from '../../src/cli/translations';
import { decodeReplayCode, playReplay } from '../../src/replay';
import type { Replay } from '../../src/replay';
import { scenario } from '../helpers';
import { startInProcess } from './support/servers';
import type { InProcess } from './support/servers';

const en = scenario('presidium');
const hu = localized(en, 'hu');

interface Scored {
  side: string;
  id: string;
  text: string;
  met: string;
  detail: string;
}
type Dash = { groups: { status: string; objectives: Scored[] | null }[] };

describe('the dashboard’s objectives in the page’s language', () => {
  let srv: InProcess;
  let made: { classId: string; joinCode: string; teacherKey: string };
  let english: Scored[];
  let hungarian: Scored[];
  const clients: LiveClient[] = [];
  beforeAll(async () => {
    srv = await startInProcess('pglite');
    made = (await api(srv.url, 'POST', '/api/classes', { body: { title: 'Objectives', scenario: 'presidium' } })).body as typeof made;
    const joined = await api(srv.url, 'POST', '/api/join', { body: { joinCode: made.joinCode, name: 'Anna', solo: true, side: 'soviet' } });
    const student = new LiveClient(wsUrlOf(srv.url), { token: (joined.body as { studentToken: string }).studentToken });
    clients.push(student);
    await playToTheEnd(student, en);
    // The game's final state, from its verified hand-in: what the scores are expected of.
    let code: string | null | undefined = null;
    for (let i = 0; i < 100 && !code; i++) {
      code = ((await api(srv.url, 'GET', `/api/classes/${made.classId}/export.json`, { key: made.teacherKey })).body as { submissions: { replayCode: string | null }[] }).submissions[0]?.replayCode;
      if (!code) await new Promise((r) => setTimeout(r, 200));
    }
    if (!code) throw new Error('the game was not handed in');
    const played = playReplay(en, JSON.parse(decodeReplayCode(code)) as Replay);
    if (!played.ok) throw new Error(played.message);
    english = JSON.parse(JSON.stringify(scoreObjectives(en, played.final))) as Scored[];
    speakReports('hu');
    try {
      hungarian = JSON.parse(JSON.stringify(scoreObjectives(hu, played.final))) as Scored[];
    } finally {
      speakReports('en');
    }
  }, 180_000);
  afterAll(async () => {
    for (const c of clients) c.close();
    await srv?.close();
  });

  const objectives = async (query: string): Promise<Scored[]> => {
    const r = await api(srv.url, 'GET', `/api/classes/${made.classId}${query}`, { key: made.teacherKey });
    expect(r.status).toBe(200);
    const dash = r.body as Dash;
    expect(dash.groups[0]!.status).toBe('over');
    return dash.groups[0]!.objectives!;
  };

  it('scores them in Hungarian with lang=hu, in English without it or with lang=en', async () => {
    expect(hungarian.map((o) => o.detail)).not.toEqual(english.map((o) => o.detail));
    const inHungarian = await objectives('?lang=hu');
    expect(inHungarian).toEqual(hungarian);
    expect(inHungarian.map((o) => o.detail).join(' ')).toMatch(/: (igen|nem)\b| — „/);
    // Only the words change: the same objectives, met the same.
    expect(inHungarian.map(({ side, id, met }) => ({ side, id, met }))).toEqual(english.map(({ side, id, met }) => ({ side, id, met })));
    // Nothing else on the server is said in Hungarian afterwards.
    expect(await objectives('')).toEqual(english);
    expect(await objectives('?lang=en')).toEqual(english);
  });

  it('keeps the exports in English', async () => {
    await objectives('?lang=hu');
    const json = (await api(srv.url, 'GET', `/api/classes/${made.classId}/export.json?lang=hu`, { key: made.teacherKey })).body as Dash;
    expect(json.groups[0]!.objectives).toEqual(english);
  });

  it('refuses a language the game does not speak', async () => {
    const r = await api(srv.url, 'GET', `/api/classes/${made.classId}?lang=xx`, { key: made.teacherKey });
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ code: 'BAD_LANGUAGE' });
  });

  it('pushes a teacher’s dashboard in the language of the hello, English without one', async () => {
    const dashboard = (c: LiveClient, test: (m: Record<string, unknown>) => boolean = () => true) => c.waitFor((m) => m.type === 'dashboard' && test(m), 10_000, 'the dashboard') as Promise<unknown> as Promise<{ dashboard: Dash }>;
    const inHungarian = new LiveClient(wsUrlOf(srv.url), { teacherKey: made.teacherKey, classId: made.classId, lang: 'hu' });
    const inEnglish = new LiveClient(wsUrlOf(srv.url), { teacherKey: made.teacherKey, classId: made.classId });
    const wrong = new LiveClient(wsUrlOf(srv.url), { teacherKey: made.teacherKey, classId: made.classId, lang: 'xx' });
    clients.push(inHungarian, inEnglish, wrong);
    const [hello, plain, refused] = await Promise.all([dashboard(inHungarian), dashboard(inEnglish), wrong.waitFor((m) => m.type === 'error', 10_000, 'the refusal')]);
    expect(hello.dashboard.groups[0]!.objectives).toEqual(hungarian);
    expect(plain.dashboard.groups[0]!.objectives).toEqual(english);
    expect(refused).toMatchObject({ code: 'BAD_LANGUAGE' });
    // A change in the class pushes each teacher the dashboard in their own language.
    const joinedToo = (m: Record<string, unknown>) => JSON.stringify(m).includes('Dóra');
    const pushes = Promise.all([dashboard(inHungarian, joinedToo), dashboard(inEnglish, joinedToo)]);
    await api(srv.url, 'POST', '/api/join', { body: { joinCode: made.joinCode, name: 'Dóra' } });
    const [pushedHu, pushedEn] = await pushes;
    expect(pushedHu.dashboard.groups[0]!.objectives).toEqual(hungarian);
    expect(pushedEn.dashboard.groups[0]!.objectives).toEqual(english);
  });
});
