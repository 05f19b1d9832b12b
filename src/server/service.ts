// The class service: every operation on classes, students, groups, games and hand-ins,
// each one transaction on the database. A game's state is never stored: the actions are,
// and the game is the engine stepping them again (game.ts). An action is written, with
// the NOTIFY that tells every server, before the caller is told it was accepted.
import { compareClass, scoreObjectives, speakReports } from '../classroom';
import type { Language } from '../i18n';
import type { Localize } from './scenarios';
import type { ClassComparison } from '../classroom';
import type { Action, GameSetup } from '../engine';
import { ActionSchema } from '../engine';
import type { Scenario } from '../scenario/resolve';
import type { Database, Queryable } from './db';
import { refuse, Refusal } from './errors';
import type { RefusalValues } from './errors';
import { ServerGame } from './game';
import type { StoredAction } from './game';
import { hashSecret, newId, newJoinCode, newSecret, newSeed, normaliseJoinCode } from './keys';
import { checkPlan, cleanName, planOf } from './plan';
import type { ClassPlan, CreateClass } from './plan';
import { Verifier, verifyHandIn } from './verify';
import { say } from '../classroom/language';
import type { ReasonCode, ReasonValues } from './verify';
import { Committer } from './commit';

export const CHANNEL = 'nd_events';
/** Students in one class, at most. */
export const MAX_STUDENTS = 300;

/** What a NOTIFY says: which class, which group (and its action count), or what else changed. */
export interface Notice {
  k: 'group' | 'class' | 'closed' | 'deleted' | 'presence';
  c: string;
  g?: string;
  seq?: number;
  /** group: the group's version after the write. */
  v?: number;
  /** presence: the server and the students connected to it. */
  srv?: string;
  on?: string[];
}

export type Who = { kind: 'teacher'; classId: string } | { kind: 'student'; classId: string; studentId: string };

interface ClassRow {
  id: string;
  title: string;
  scenario: string;
  scenario_hash: string;
  join_code: string;
  plan: ClassPlan;
  status: 'open' | 'closed';
  created_at: Date | string;
}

interface GroupRow {
  id: string;
  class_id: string;
  number: number;
  solo: boolean;
  setup: GameSetup;
  status: 'waiting' | 'playing' | 'over';
  seq: number;
  version: number;
  day: number;
  date: string | null;
  outcome: string | null;
  final_hash: string | null;
}

interface SeatRow {
  group_id: string;
  side: string;
  student_id: string | null;
  computer: boolean;
  name: string | null;
}

/** Everything an operation on one game needs: read from the database, or this server's copy of its last write. */
interface GameCtx {
  cls: ClassRow;
  group: GroupRow;
  seats: SeatRow[];
  game: ServerGame;
  /** Sides that have ended their turn today. */
  ready: Set<string>;
  /** "student/ref" of every end of turn sent. */
  readyRefs: Set<string>;
  scenario: Scenario;
  /** The server has handed this game in. */
  handedIn: boolean;
}

/** What one operation writes, all in one statement (commit()). */
interface Draft {
  actions: StoredAction[];
  ready: { day: number; side: string; ref: string | null; studentId: string | null }[];
  seats: { side: string; computer: boolean }[];
  submission: { id: string; verified: boolean; reason: string | null; reasonCode: string | null; reasonValues: ReasonValues | null; replay: string | null; finalHash: string | null; outcome: string | null } | null;
  /** Write even with nothing else to write (a seat taken: the version moves on). */
  touch: boolean;
  /** The game ended in this operation: hand it in once written. */
  finished?: boolean;
}

const newDraft = (): Draft => ({ actions: [], ready: [], seats: [], submission: null, touch: false });

export interface SeatView {
  side: string;
  sideName: string;
  name: string | null;
  you: boolean;
  computer: boolean;
  ready: boolean;
  online: boolean;
}

export interface GroupView {
  id: string;
  number: number;
  solo: boolean;
  status: GroupRow['status'];
  day: number;
  date: string;
  seats: SeatView[];
}

/** What a student's client is sent: the game as that side may see it. */
export interface StudentSync {
  type: 'sync';
  classStatus: 'open' | 'closed';
  scenario: string;
  side: string;
  group: GroupView;
  setup: GameSetup;
  /** Every day played, all sides' actions (public since that evening). */
  days: Action[][];
  turns: string[];
  /** This side's own actions this morning. */
  today: Action[];
  seq: number;
  over: { outcome: { id: string; label: string; historical: boolean } | null; finalHash: string; replayCode: string } | null;
}

export type ActResult = { ok: true; seq: number; duplicate: boolean } | { ok: false; code: string; message: string; values?: RefusalValues };

const json = (v: unknown): string => JSON.stringify(v);

function keepLast(xs: number[], x: number): void {
  if (xs.length >= 100_000) xs.shift();
  xs.push(x);
}

/** One at a time per key, in this process (the database lock does it across servers). */
class KeyedMutex {
  private tails = new Map<string, Promise<unknown>>();
  run<T>(key: string, fn: () => Promise<T>): Promise<T> {
    const prev = this.tails.get(key) ?? Promise.resolve();
    const next = prev.then(fn, fn);
    const tail = next.catch(() => undefined);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return next;
  }
}

export class Service {
  private readonly cache = new Map<string, ServerGame>();
  /** The last committed read of each game this server wrote, by version (a cache too). */
  private readonly snapshots = new Map<string, GameCtx>();
  private readonly locks = new KeyedMutex();
  private readonly comparisons = new Map<string, { key: string; value: ServerComparison }>();
  /** Students connected, by class, by server (this one's own included); entries expire. */
  private readonly presence = new Map<string, Map<string, { ids: Set<string>; at: number }>>();
  readonly serverId = newId();
  readonly committer: Committer;
  /** Games being handed in by this server now (a hand-in is asked for again by every read meanwhile). */
  private readonly handingIn = new Map<string, Promise<void>>();

  constructor(
    readonly db: Database,
    readonly scenarios: Map<string, Scenario>,
    private readonly cacheSize = 5000,
    readonly verifier = new Verifier(null),
    private readonly localize: Localize = (scenario) => scenario,
  ) {
    this.committer = new Committer(db, CHANNEL);
  }

  // ---- who is asking ----

  async who(secret: string): Promise<Who | null> {
    const hash = hashSecret(secret);
    const t = await this.db.query<{ id: string }>('SELECT id FROM classes WHERE teacher_key_hash = $1', [hash]);
    if (t.rows[0]) return { kind: 'teacher', classId: t.rows[0].id };
    const s = await this.db.query<{ id: string; class_id: string }>('SELECT id, class_id FROM students WHERE token_hash = $1', [hash]);
    if (s.rows[0]) return { kind: 'student', classId: s.rows[0].class_id, studentId: s.rows[0].id };
    return null;
  }

  // ---- classes ----

  scenarioOf(id: string): Scenario {
    return this.scenarios.get(id) ?? refuse(400, 'UNKNOWN_SCENARIO', `there is no scenario “${id}” (scenarios: ${[...this.scenarios.keys()].join(', ')})`);
  }

  async createClass(body: CreateClass): Promise<{ classId: string; joinCode: string; teacherKey: string }> {
    const scenario = this.scenarioOf(body.scenario);
    const plan = checkPlan(scenario, body, newSeed());
    const teacherKey = newSecret();
    const classId = newId();
    for (let attempt = 0; ; attempt++) {
      const joinCode = newJoinCode();
      try {
        await this.db.query(
          'INSERT INTO classes (id, title, scenario, scenario_hash, join_code, teacher_key_hash, plan) VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb)',
          [classId, cleanName(body.title) || 'A class', scenario.id, scenario.contentHash, joinCode, hashSecret(teacherKey), json(plan)],
        );
        return { classId, joinCode, teacherKey };
      } catch (e) {
        // A join code already taken: draw another.
        if (attempt < 5 && /join_code/.test((e as Error).message)) continue;
        throw e;
      }
    }
  }

  private async classRow(q: Queryable, classId: string, lock = false): Promise<ClassRow> {
    const r = await q.query<ClassRow>(`SELECT * FROM classes WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [classId]);
    return r.rows[0] ?? refuse(404, 'NO_CLASS', 'there is no such class');
  }

  /** A student joins with the class's code: a seat in the first group with one free, or a game alone. */
  async join(body: { joinCode: string; name: string; solo?: boolean | undefined; side?: string | undefined }): Promise<{ studentToken: string; classId: string; studentId: string }> {
    const code = normaliseJoinCode(body.joinCode);
    const name = cleanName(body.name);
    if (!name) refuse(400, 'BAD_NAME', 'a display name is needed');
    const found = await this.db.query<{ id: string }>('SELECT id FROM classes WHERE join_code = $1', [code]);
    const classId = found.rows[0]?.id ?? refuse(404, 'NO_CLASS', 'no class has that code');
    const token = newSecret();
    const studentId = newId();
    const groupId = await this.db.tx(async (q) => {
      const cls = await this.classRow(q, classId, true);
      if (cls.status !== 'open') refuse(403, 'CLASS_CLOSED', 'the class is closed');
      const count = await q.query<{ n: number }>('SELECT count(*)::int AS n FROM students WHERE class_id = $1', [classId]);
      if (count.rows[0]!.n >= MAX_STUDENTS) refuse(403, 'CLASS_FULL', `a class has at most ${MAX_STUDENTS} students`, { max: MAX_STUDENTS });
      const scenario = this.scenarioOf(cls.scenario);
      await q.query('INSERT INTO students (id, class_id, name, token_hash) VALUES ($1, $2, $3, $4)', [studentId, classId, name, hashSecret(token)]);
      const next = ((await q.query<{ n: number | null }>('SELECT max(number) AS n FROM groups WHERE class_id = $1', [classId])).rows[0]?.n ?? 0) + 1;
      let seat: { group_id: string; side: string } | undefined;
      if (body.solo) {
        const side = body.side ?? planOf(cls.plan, 1)[0]!;
        if (!scenario.roles.some((r) => r.side === side)) refuse(400, 'BAD_SIDE', `“${side}” is not a role of ${scenario.title}`);
        seat = { group_id: await this.newGroup(q, cls, next, [side], true), side };
      } else {
        // The first waiting group with a free seat (the side asked for, if free), else a new group.
        const free = await q.query<{ group_id: string; side: string }>(
          `SELECT s.group_id, s.side FROM seats s JOIN groups g ON g.id = s.group_id
           WHERE g.class_id = $1 AND g.status = 'waiting' AND NOT g.solo AND s.student_id IS NULL AND NOT s.computer
           ORDER BY g.number, (s.side = $2) DESC, s.side`,
          [classId, body.side ?? ''],
        );
        seat = free.rows[0];
        if (!seat) {
          const sides = planOf(cls.plan, next);
          const side = body.side && sides.includes(body.side) ? body.side : sides[0]!;
          seat = { group_id: await this.newGroup(q, cls, next, sides, false), side };
        }
      }
      await q.query('UPDATE seats SET student_id = $1 WHERE group_id = $2 AND side = $3', [studentId, seat.group_id, seat.side]);
      // The seat changes the group: every server's copy of it is out of date.
      await q.query('UPDATE groups SET version = version + 1 WHERE id = $1', [seat.group_id]);
      await this.notifyIn(q, { k: 'class', c: classId });
      return seat.group_id;
    });
    this.snapshots.delete(groupId);
    // A group with every seat taken starts.
    await this.mutate(groupId, (ctx, draft) => {
      if (ctx.group.status === 'waiting' && ctx.seats.every((s) => s.student_id || s.computer)) this.begin(ctx, draft);
      draft.touch = true;
    });
    return { studentToken: token, classId, studentId };
  }

  private async newGroup(q: Queryable, cls: ClassRow, number: number, sides: string[], solo: boolean): Promise<string> {
    const id = newId();
    const roles = Object.fromEntries(sides.map((s) => [s, 'player' as const]));
    const setup: GameSetup = { seed: `${cls.plan.seed}-${number}`, roles, defaultPolicy: cls.plan.policy };
    const scenario = this.scenarioOf(cls.scenario);
    // The setup is checked by the engine now, not when the group fills.
    new ServerGame(id, cls.id, scenario, setup);
    await q.query('INSERT INTO groups (id, class_id, number, solo, setup, date) VALUES ($1, $2, $3, $4, $5::jsonb, $6)', [id, cls.id, number, solo, json(setup), scenario.start]);
    for (const side of sides) await q.query('INSERT INTO seats (group_id, side) VALUES ($1, $2)', [id, side]);
    return id;
  }

  /** The group is complete: the game starts, and moves on as far as it goes by itself. */
  private begin(ctx: GameCtx, draft: Draft): void {
    ctx.group = { ...ctx.group, status: 'playing' };
    this.advance(ctx, draft);
  }

  async closeClass(classId: string): Promise<void> {
    await this.db.tx(async (q) => {
      await q.query("UPDATE classes SET status = 'closed' WHERE id = $1", [classId]);
      await this.notifyIn(q, { k: 'closed', c: classId });
    });
    this.dropSnapshots(classId);
  }

  async deleteClass(classId: string): Promise<void> {
    await this.db.tx(async (q) => {
      await q.query('DELETE FROM classes WHERE id = $1', [classId]);
      await this.notifyIn(q, { k: 'deleted', c: classId });
    });
    this.forgetClass(classId);
  }

  // ---- one game ----

  /** The game as the database has it, read in one consistent snapshot. */
  private async readCtx(groupId: string): Promise<GameCtx> {
    return this.db.tx(async (q) => {
      await q.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ');
      const g = await q.query<GroupRow>('SELECT * FROM groups WHERE id = $1', [groupId]);
      const group = g.rows[0] ?? refuse(404, 'NO_GROUP', 'there is no such group');
      const cls = await this.classRow(q, group.class_id);
      const scenario = this.scenarioOf(cls.scenario);
      const game = await this.catchUp(q, group, scenario);
      const seats = (await q.query<SeatRow>('SELECT s.group_id, s.side, s.student_id, s.computer, st.name FROM seats s LEFT JOIN students st ON st.id = s.student_id WHERE s.group_id = $1', [groupId])).rows;
      const order = scenario.roles.map((r) => r.side);
      seats.sort((a, b) => order.indexOf(a.side) - order.indexOf(b.side));
      const handed = await q.query('SELECT 1 FROM submissions WHERE group_id = $1 AND source = $2', [groupId, 'game']);
      const marks = (await q.query<{ side: string; day: number; ref: string | null; student_id: string | null }>('SELECT r.side, r.day, r.ref, s.student_id FROM ready r LEFT JOIN seats s ON s.group_id = r.group_id AND s.side = r.side WHERE r.group_id = $1', [groupId])).rows;
      // A game that ended on a server stopped before it handed it in is handed in now.
      if (game.state.status === 'over' && handed.rows.length === 0) this.handIn(groupId);
      return {
        cls,
        group,
        seats,
        game,
        ready: new Set(marks.filter((m) => m.day === game.state.day).map((m) => m.side)),
        readyRefs: new Set(marks.filter((m) => m.ref).map((m) => `${m.student_id}/${m.ref}`)),
        scenario,
        handedIn: handed.rows.length > 0,
      };
    });
  }

  /** The cached game brought up to the stored actions, or rebuilt from them. */
  private async catchUp(q: Queryable, group: GroupRow, scenario: Scenario): Promise<ServerGame> {
    let game = this.cache.get(group.id);
    if (!game || game.seq > group.seq || game.scenario !== scenario) game = new ServerGame(group.id, group.class_id, scenario, group.setup);
    if (game.seq < group.seq) {
      const rows = await q.query<{ seq: number; day: number; action: Action; student_id: string | null; by: StoredAction['by']; ref: string | null }>(
        'SELECT seq, day, action, student_id, by, ref FROM actions WHERE group_id = $1 AND seq > $2 AND seq <= $3 ORDER BY seq',
        [group.id, game.seq, group.seq],
      );
      for (const r of rows.rows) game.push({ seq: r.seq, day: r.day, action: ActionSchema.parse(r.action), studentId: r.student_id, by: r.by, ref: r.ref });
    }
    this.remember(game);
    return game;
  }

  private keepSnapshot(ctx: GameCtx): void {
    this.snapshots.delete(ctx.group.id);
    this.snapshots.set(ctx.group.id, ctx);
    while (this.snapshots.size > this.cacheSize) this.snapshots.delete(this.snapshots.keys().next().value!);
  }

  private remember(game: ServerGame): void {
    this.cache.delete(game.groupId);
    this.cache.set(game.groupId, game);
    while (this.cache.size > this.cacheSize) this.cache.delete(this.cache.keys().next().value!);
  }

  /**
   * One operation on one game. Under this process's lock for the game, on this server's
   * copy of its last write (or the database's when there is none); `fn` checks, steps the
   * game in memory and lists what it writes; commit() writes it all in one statement, only
   * if the game's version is still the one read. If another server wrote meanwhile, the
   * game is read again and `fn` run again. A refusal writes nothing.
   */
  private mutate<T>(groupId: string, fn: (ctx: GameCtx, draft: Draft) => T): Promise<T> {
    const asked = performance.now();
    return this.locks.run(groupId, async () => {
      keepLast(this.lockWaits, performance.now() - asked);
      for (let attempt = 0; ; attempt++) {
        const base = this.snapshots.get(groupId) ?? (await this.readCtx(groupId));
        const ctx: GameCtx = { ...base, seats: [...base.seats], ready: new Set(base.ready), readyRefs: new Set(base.readyRefs) };
        const draft = newDraft();
        const seq = ctx.game.seq;
        let result: T;
        const t0 = performance.now();
        try {
          result = fn(ctx, draft);
          this.noteStep(performance.now() - t0);
        } catch (e) {
          this.noteStep(performance.now() - t0);
          if (ctx.game.seq !== seq) this.evict(groupId);
          throw e;
        }
        if (!draft.actions.length && !draft.ready.length && !draft.seats.length && !draft.submission && !draft.touch) return result;
        let written: boolean;
        try {
          written = await this.commit(ctx, draft);
        } catch (e) {
          this.evict(groupId);
          throw e;
        }
        if (written) {
          ctx.group = { ...ctx.group, version: ctx.group.version + 1 };
          this.keepSnapshot(ctx);
          if (draft.finished) this.handIn(groupId);
          return result;
        }
        // Another server wrote first: read the game again and try again.
        this.evict(groupId);
        if (attempt >= 8) refuse(503, 'BUSY', 'the game is busy: try again');
      }
    });
  }

  /** Each operation's time in the engine and the checks (the step, an evening's resolution, the hashes), ms: the last 100,000. */
  readonly stepTimes: number[] = [];

  /** Each operation's wait for its game's turn (the operations before it on the same game), ms: the last 100,000. */
  readonly lockWaits: number[] = [];

  private noteStep(ms: number): void {
    keepLast(this.stepTimes, ms);
  }

  private evict(groupId: string): void {
    this.cache.delete(groupId);
    this.snapshots.delete(groupId);
  }

  /** Everything one operation writes, and the NOTIFY, in one statement (with other games' writes): all or nothing, and only on the version read. */
  private async commit(ctx: GameCtx, draft: Draft): Promise<boolean> {
    const s = ctx.game.state;
    const status = ctx.group.status === 'waiting' ? 'waiting' : s.status === 'over' ? 'over' : 'playing';
    const version = ctx.group.version + 1;
    const notice: Notice = { k: 'group', c: ctx.cls.id, g: ctx.group.id, seq: ctx.game.seq, v: version };
    const summary = { seq: ctx.game.seq, day: s.day, date: s.date, status, outcome: s.outcome?.id ?? null, finalHash: s.status === 'over' ? (ctx.game.turns[ctx.game.turns.length - 1] ?? null) : null };
    const landed = await this.committer.submit({
      groupId: ctx.group.id,
      version: ctx.group.version,
      summary,
      actions: draft.actions.map((a) => ({ seq: a.seq, day: a.day, action: a.action, studentId: a.studentId, by: a.by, ref: a.ref ?? null })),
      ready: draft.ready.map((r) => ({ day: r.day, side: r.side, ref: r.ref })),
      seats: draft.seats,
      submission: draft.submission ? { ...draft.submission, classId: ctx.cls.id } : null,
      notice: json(notice),
    });
    if (!landed) return false;
    ctx.group = { ...ctx.group, status, seq: ctx.game.seq, day: s.day, date: s.date, outcome: summary.outcome };
    return true;
  }

  /** Step an action the engine accepts into the game, and into the draft. */
  private store(ctx: GameCtx, draft: Draft, action: Action, by: StoredAction['by'], studentId: string | null, ref: string | null): number {
    const checked = ctx.game.tryStep(action);
    if (!checked.ok) throw new Refusal(409, checked.error.code, checked.error.message);
    const stored: StoredAction = { seq: ctx.game.seq + 1, day: ctx.game.state.day, action, studentId, by, ref };
    ctx.game.push(stored, checked.state);
    draft.actions.push(stored);
    return stored.seq;
  }

  private markReady(ctx: GameCtx, draft: Draft, side: string, studentId: string | null, ref: string | null): void {
    draft.ready.push({ day: ctx.game.state.day, side, ref, studentId });
    ctx.ready.add(side);
    if (ref && studentId) ctx.readyRefs.add(`${studentId}/${ref}`);
  }

  /**
   * Move the game on as far as it goes by itself: seats under the computer take their
   * decisions and end their turn, sides with nothing to do end theirs, and when every
   * seat has ended its turn the day resolves — then the next morning, the same.
   */
  private advance(ctx: GameCtx, draft: Draft): void {
    if (ctx.group.status === 'waiting' || ctx.game.state.status !== 'playing') return;
    while (ctx.game.state.status === 'playing') {
      for (const seat of ctx.seats) {
        if (ctx.ready.has(seat.side)) continue;
        if (seat.computer) {
          for (const a of ctx.game.computerActions(seat.side, ctx.cls.plan.policy)) this.store(ctx, draft, a, 'computer', null, null);
          this.markReady(ctx, draft, seat.side, null, null);
        } else if (!ctx.game.mustAct(seat.side)) this.markReady(ctx, draft, seat.side, null, null);
      }
      if (!ctx.seats.every((s) => ctx.ready.has(s.side))) return;
      this.store(ctx, draft, { type: 'endTurn' }, 'server', null, null);
      ctx.ready = new Set();
    }
    this.finish(ctx, draft);
  }

  /**
   * A game over is handed in by the server, verified like any other — just after the
   * evening that ended it is written (so the last player's answer does not wait for the
   * re-play). A server that stops in between hands it in when the game is next read.
   */
  private finish(ctx: GameCtx, draft: Draft): void {
    draft.finished = true;
  }

  private handIn(groupId: string): void {
    if (this.handingIn.has(groupId)) return;
    const done = new Promise<void>((resolve) => setImmediate(resolve)).then(async () => {
      // The re-play runs off the main thread and outside the game's lock (a game over does
      // not change); the hand-in is written under the lock, once.
      const ctx = this.snapshots.get(groupId) ?? (await this.readCtx(groupId));
      if (ctx.game.state.status !== 'over' || ctx.handedIn) return;
      const verdict = await this.verifier.verify(ctx.scenario, this.groupLabel(ctx), ctx.game.replayCode());
      await this.mutate(groupId, (c, draft) => {
        if (c.game.state.status !== 'over' || c.handedIn) return;
        draft.submission = {
          id: newId(),
          verified: verdict.ok,
          reason: verdict.ok ? null : verdict.reason,
          reasonCode: verdict.ok ? null : verdict.reasonCode,
          reasonValues: verdict.ok ? null : verdict.reasonValues,
          replay: verdict.ok ? verdict.code : null,
          finalHash: verdict.ok ? verdict.game.finalHash : null,
          outcome: c.game.state.outcome?.id ?? null,
        };
        c.handedIn = true;
      });
    })
      .catch((e: unknown) => console.error(`hand-in of ${groupId} failed:`, e))
      .finally(() => this.handingIn.delete(groupId));
    this.handingIn.set(groupId, done);
  }

  /** The hand-ins under way finished (before the database is closed; a server killed meanwhile hands them in when it next reads the game). */
  async settle(): Promise<void> {
    while (this.handingIn.size) await Promise.all([...this.handingIn.values()]);
  }

  private groupLabel(ctx: GameCtx): string {
    const names = ctx.seats.map((s) => s.name ?? 'computer').join(', ');
    return `${ctx.group.solo ? 'Solo' : 'Group'} ${ctx.group.number} (${names})`;
  }

  /** The student's seat: their group and side (a seat, once taken, does not change). */
  async seatOf(studentId: string): Promise<{ groupId: string; side: string } | null> {
    const r = await this.db.query<{ group_id: string; side: string }>('SELECT group_id, side FROM seats WHERE student_id = $1', [studentId]);
    return r.rows[0] ? { groupId: r.rows[0].group_id, side: r.rows[0].side } : null;
  }

  private playerChecks(ctx: GameCtx, studentId: string, date: unknown): SeatRow {
    if (ctx.cls.status !== 'open') refuse(403, 'CLASS_CLOSED', 'the class is closed');
    const seat = ctx.seats.find((s) => s.student_id === studentId) ?? refuse(403, 'NOT_YOUR_GROUP', 'you have no seat in this game');
    if (ctx.group.status === 'waiting') {
      const missing = ctx.seats.filter((s) => !s.student_id && !s.computer).length;
      refuse(409, 'NOT_STARTED', `the game starts when the group is complete (waiting for ${missing} more)`, { missing });
    }
    if (seat.computer) refuse(409, 'COMPUTER', 'your side is under the computer’s control (your teacher’s choice)');
    if (ctx.game.state.status === 'playing' && typeof date === 'string' && date !== ctx.game.state.date) {
      refuse(409, 'STALE', `this was meant for ${date}; the game is on ${ctx.game.state.date}`, { meant: date, date: ctx.game.state.date });
    }
    if (ctx.game.state.status === 'playing' && ctx.ready.has(seat.side)) refuse(409, 'TURN_ENDED', `you have ended your turn for ${ctx.game.state.date}`, { date: ctx.game.state.date });
    return seat;
  }

  /** A player's decision or order: checked by the seat, the day, then the engine's step. */
  async act(studentId: string, groupId: string, msg: { ref: string; date?: unknown; action: unknown }): Promise<ActResult> {
    return this.attempt(groupId, (ctx, draft) => {
      const dup = ctx.game.refs.get(`${studentId}/${msg.ref}`);
      if (dup !== undefined) return { ok: true as const, seq: dup, duplicate: true };
      const mine = this.playerChecks(ctx, studentId, msg.date);
      const action = msg.action as Action;
      if (action && typeof action === 'object' && (action.type === 'decide' || action.type === 'order') && typeof action.side === 'string' && action.side !== mine.side) {
        refuse(403, 'NOT_YOUR_SIDE', `you lead ${this.sideName(ctx.scenario, mine.side)}, not ${this.sideName(ctx.scenario, action.side)}`);
      }
      if (action && typeof action === 'object' && action.type === 'endTurn') refuse(400, 'BAD_ACTION', 'end your turn with an "endTurn" message; the day resolves when every player has');
      const seq = this.store(ctx, draft, action, 'player', studentId, msg.ref);
      return { ok: true as const, seq, duplicate: false };
    });
  }

  /** A player ends their turn; the morning resolves when every seat has. */
  async endTurn(studentId: string, groupId: string, msg: { ref: string; date?: unknown }): Promise<ActResult> {
    return this.attempt(groupId, (ctx, draft) => {
      if (ctx.readyRefs.has(`${studentId}/${msg.ref}`)) return { ok: true as const, seq: ctx.game.seq, duplicate: true };
      const mine = this.playerChecks(ctx, studentId, msg.date);
      if (ctx.game.state.status === 'over') refuse(409, 'GAME_OVER', `the game is over (${ctx.game.state.outcome?.label ?? 'ended'})`);
      if (ctx.game.pendingOf(mine.side).length) refuse(409, 'DECISIONS_PENDING', ctx.game.pendingMessage(mine.side));
      this.markReady(ctx, draft, mine.side, studentId, msg.ref);
      this.advance(ctx, draft);
      return { ok: true as const, seq: ctx.game.seq, duplicate: false };
    });
  }

  private async attempt(groupId: string, fn: (ctx: GameCtx, draft: Draft) => ActResult): Promise<ActResult> {
    try {
      return await this.mutate(groupId, fn);
    } catch (e) {
      if (e instanceof Refusal) return { ok: false, code: e.code, message: e.message, ...(e.values ? { values: e.values } : {}) };
      throw e;
    }
  }

  /** The teacher hands a seat to the computer (or back to its student); a waiting group with every seat taken starts. */
  async setComputer(classId: string, groupId: string, side: string, on: boolean): Promise<void> {
    await this.mutate(groupId, (ctx, draft) => {
      if (ctx.cls.id !== classId) refuse(404, 'NO_GROUP', 'there is no such group in this class');
      if (!ctx.seats.some((s) => s.side === side)) refuse(404, 'NO_SEAT', `group ${ctx.group.number} has no seat for “${side}”`);
      draft.seats.push({ side, computer: on });
      ctx.seats = ctx.seats.map((s) => (s.side === side ? { ...s, computer: on } : s));
      if (ctx.group.status === 'waiting' && ctx.seats.every((s) => s.student_id || s.computer)) this.begin(ctx, draft);
      else this.advance(ctx, draft);
    });
  }

  /** What a student's client is sent. */
  async studentSync(studentId: string): Promise<StudentSync | null> {
    const seat = await this.seatOf(studentId);
    if (!seat) return null;
    const views = await this.syncs(seat.groupId, [studentId]);
    return views.get(studentId) ?? null;
  }

  /** The syncs for several students of one group at once: this server's copy when it is the version asked about, else one read for all. */
  async syncs(groupId: string, studentIds: string[], version?: number): Promise<Map<string, StudentSync>> {
    return this.locks.run(groupId, async () => {
      const snap = this.snapshots.get(groupId);
      let ctx = snap && version !== undefined && snap.group.version >= version ? snap : null;
      if (!ctx) {
        ctx = await this.readCtx(groupId);
        this.keepSnapshot(ctx);
      }
      const out = new Map<string, StudentSync>();
      for (const id of studentIds) {
        const seat = ctx.seats.find((s) => s.student_id === id);
        if (seat) out.set(id, this.syncFor(ctx, seat.side, id));
      }
      return out;
    });
  }

  private syncFor(ctx: GameCtx, side: string, studentId: string): StudentSync {
    const s = ctx.game.state;
    const over = s.status === 'over';
    return {
      type: 'sync',
      classStatus: ctx.cls.status,
      scenario: ctx.scenario.id,
      side,
      group: this.groupView(ctx, studentId),
      setup: ctx.group.setup,
      days: ctx.game.days(),
      turns: [...ctx.game.turns],
      today: over ? [] : ctx.game.todayOf(side),
      seq: ctx.game.seq,
      over: over ? { outcome: s.outcome ? { id: s.outcome.id, label: s.outcome.label, historical: s.outcome.historical } : null, finalHash: ctx.game.turns[ctx.game.turns.length - 1]!, replayCode: ctx.game.replayCode() } : null,
    };
  }

  private groupView(ctx: GameCtx, studentId: string | null): GroupView {
    const online = this.onlineIn(ctx.cls.id);
    return {
      id: ctx.group.id,
      number: ctx.group.number,
      solo: ctx.group.solo,
      status: ctx.group.status,
      day: ctx.game.state.day,
      date: ctx.game.state.date,
      seats: ctx.seats.map((s) => ({
        side: s.side,
        sideName: this.sideName(ctx.scenario, s.side),
        name: s.name,
        you: studentId !== null && s.student_id === studentId,
        computer: s.computer,
        ready: ctx.ready.has(s.side),
        online: s.student_id !== null && online.has(s.student_id),
      })),
    };
  }

  private sideName(scenario: Scenario, side: string): string {
    return scenario.sides.find((s) => s.id === side)?.name ?? side;
  }

  // ---- hand-ins ----

  /** A student's upload: re-played before it counts; a refused one is kept with its reason for the teacher. */
  async submit(studentId: string, classId: string, text: string): Promise<{ id: string; verified: true } | { id: string; verified: false; reason: string; reasonCode: ReasonCode; reasonValues: ReasonValues }> {
    const cls = await this.classRow(this.db, classId);
    if (cls.status !== 'open') refuse(403, 'CLASS_CLOSED', 'the class is closed');
    const scenario = this.scenarioOf(cls.scenario);
    const student = (await this.db.query<{ name: string }>('SELECT name FROM students WHERE id = $1', [studentId])).rows[0];
    const verdict = await this.verifier.verify(scenario, `${student?.name ?? 'A student'} (upload)`, text);
    const id = newId();
    let refused: { reason: string; reasonCode: ReasonCode; reasonValues: ReasonValues } | null = verdict.ok ? null : { reason: verdict.reason, reasonCode: verdict.reasonCode, reasonValues: verdict.reasonValues };
    if (verdict.ok) {
      const same = await this.db.query<{ number: number | null; name: string | null }>(
        'SELECT g.number, st.name FROM submissions s LEFT JOIN groups g ON g.id = s.group_id LEFT JOIN students st ON st.id = s.student_id WHERE s.class_id = $1 AND s.final_hash = $2 AND s.verified',
        [classId, verdict.game.finalHash],
      );
      const twin = same.rows[0];
      if (twin) {
        refused = {
          reason: `the same game as ${twin.number !== null ? `group ${twin.number}’s` : `${twin.name ?? 'another'}’s upload`}`,
          reasonCode: 'SAME_GAME',
          reasonValues: twin.number !== null ? { kind: 'group', group: twin.number } : twin.name !== null ? { kind: 'upload', name: twin.name } : { kind: 'other' },
        };
      }
    }
    const ok = verdict.ok && !refused;
    await this.db.tx(async (q) => {
      await q.query('INSERT INTO submissions (id, class_id, student_id, source, verified, reason, reason_code, reason_values, replay, final_hash, outcome) VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9, $10, $11)', [
        id,
        classId,
        studentId,
        'upload',
        ok,
        refused?.reason ?? null,
        refused?.reasonCode ?? null,
        refused ? json(refused.reasonValues) : null,
        ok && verdict.ok ? verdict.code : null,
        ok && verdict.ok ? verdict.game.finalHash : null,
        verdict.ok ? (verdict.game.outcome?.id ?? null) : null,
      ]);
      await this.notifyIn(q, { k: 'class', c: classId });
    });
    return refused ? { id, verified: false, ...refused } : { id, verified: true };
  }

  // ---- the teacher's view ----

  async comparison(classId: string): Promise<ServerComparison> {
    const cls = await this.classRow(this.db, classId);
    const scenario = this.scenarioOf(cls.scenario);
    const rows = (
      await this.db.query<{ id: string; replay: string; source: string; number: number | null; name: string | null }>(
        `SELECT s.id, s.replay, s.source, g.number, st.name FROM submissions s LEFT JOIN groups g ON g.id = s.group_id LEFT JOIN students st ON st.id = s.student_id
         WHERE s.class_id = $1 AND s.verified ORDER BY s.created_at, s.id`,
        [classId],
      )
    ).rows;
    const key = rows.map((r) => r.id).join(',');
    const cached = this.comparisons.get(classId);
    if (cached && cached.key === key) return cached.value;
    const groups = await this.groupsWho(classId);
    const entries = rows.map((r) => {
      const group = r.source === 'game' && r.number !== null ? groups.get(r.number) : undefined;
      const of: GameOf = r.source === 'game' && r.number !== null ? { group: r.number, solo: group?.solo ?? false, players: group?.players ?? [] } : { upload: r.name };
      const name = 'group' in of ? (group ? `${of.solo ? 'Solo' : 'Group'} ${of.group} (${of.players.map((p) => p ?? 'computer').join(', ')})` : `Group ${of.group}`) : `${of.upload ?? 'A student'} (upload)`;
      return { id: r.id, name, of, text: r.replay };
    });
    // Compared under their ids (two uploads of one student share a name), then named.
    const byId = new Map(entries.map((e) => [e.id, e]));
    const raw = compareClass(scenario, entries.map((e) => ({ name: e.id, text: e.text })));
    const named = (id: string) => byId.get(id)!;
    const value: ServerComparison = {
      ...raw,
      games: raw.games.map((g) => ({ ...g, name: named(g.name).name, of: named(g.name).of })),
      excluded: raw.excluded.map((x) => ({ name: named(x.name).name, of: named(x.name).of, ...this.excludedWhy(scenario, named(x.name).text, x.reason, entries) })),
      objectives: raw.objectives.map((o) => ({ ...o, games: o.games.map((g) => ({ ...g, name: named(g.name).name })) })),
    };
    this.comparisons.set(classId, { key, value });
    return value;
  }

  /** Why the comparison left a game out, with the code and values a page says it by (the hand-ins' codes). */
  private excludedWhy(scenario: Scenario, text: string, reason: string, entries: { id: string; name: string; of: GameOf }[]): { reason: string; reasonCode: ReasonCode | null; reasonValues: ReasonValues } {
    const twin = entries.find((e) => reason === say('compare.sameGame', { name: e.id }));
    if (twin) {
      const values: ReasonValues = 'group' in twin.of ? { kind: 'group', group: twin.of.group } : twin.of.upload !== null ? { kind: 'upload', name: twin.of.upload } : { kind: 'other' };
      return { reason: say('compare.sameGame', { name: twin.name }), reasonCode: 'SAME_GAME', reasonValues: values };
    }
    const verdict = verifyHandIn(scenario, '', text);
    return verdict.ok ? { reason, reasonCode: null, reasonValues: {} } : { reason, reasonCode: verdict.reasonCode, reasonValues: verdict.reasonValues };
  }

  /** Each group's number: solo or not, and its players by side (null: the computer or a free seat). */
  private async groupsWho(classId: string): Promise<Map<number, { solo: boolean; players: (string | null)[] }>> {
    const rows = (
      await this.db.query<{ number: number; solo: boolean; name: string | null; computer: boolean }>(
        'SELECT g.number, g.solo, st.name, s.computer FROM groups g JOIN seats s ON s.group_id = g.id LEFT JOIN students st ON st.id = s.student_id WHERE g.class_id = $1 ORDER BY g.number, s.side',
        [classId],
      )
    ).rows;
    const groups = new Map<number, { solo: boolean; players: (string | null)[] }>();
    for (const r of rows) {
      const e = groups.get(r.number) ?? { solo: r.solo, players: [] };
      e.players.push(r.name);
      groups.set(r.number, e);
    }
    return groups;
  }

  /** The class as its teacher sees it; `lang` is the language of the finished games' objectives (their texts and scoring details). */
  async dashboard(classId: string, lang: Language = 'en'): Promise<Dashboard> {
    const cls = await this.classRow(this.db, classId);
    const scenario = this.scenarioOf(cls.scenario);
    const students = (await this.db.query<{ id: string; name: string }>('SELECT id, name FROM students WHERE class_id = $1 ORDER BY created_at, id', [classId])).rows;
    const groups = (await this.db.query<GroupRow>('SELECT * FROM groups WHERE class_id = $1 ORDER BY number', [classId])).rows;
    const seats = (await this.db.query<SeatRow>('SELECT s.group_id, s.side, s.student_id, s.computer, st.name FROM seats s JOIN groups g ON g.id = s.group_id LEFT JOIN students st ON st.id = s.student_id WHERE g.class_id = $1', [classId])).rows;
    const ready = (await this.db.query<{ group_id: string; side: string }>('SELECT r.group_id, r.side FROM ready r JOIN groups g ON g.id = r.group_id AND r.day = g.day WHERE g.class_id = $1', [classId])).rows;
    const subs = (
      await this.db.query<{ id: string; source: string; verified: boolean; reason: string | null; reason_code: string | null; reason_values: ReasonValues | null; outcome: string | null; group_id: string | null; name: string | null; final_hash: string | null; created_at: Date | string }>(
        'SELECT s.id, s.source, s.verified, s.reason, s.reason_code, s.reason_values, s.outcome, s.group_id, st.name, s.final_hash, s.created_at FROM submissions s LEFT JOIN students st ON st.id = s.student_id WHERE s.class_id = $1 ORDER BY s.created_at, s.id',
        [classId],
      )
    ).rows;
    const online = this.onlineIn(classId);
    const order = scenario.roles.map((r) => r.side);
    const outcomeOf = (id: string | null) => {
      const o = id ? scenario.outcomes.find((x) => x.id === id) : undefined;
      return o ? { id: o.id, label: o.label, historical: o.historical } : null;
    };
    const objectivesByGroup = await this.objectivesOf(groups.filter((g) => g.status === 'over'), scenario, lang);
    return {
      class: { id: cls.id, title: cls.title, joinCode: cls.join_code, status: cls.status, scenario: { id: scenario.id, title: scenario.title, kind: scenario.kind }, plan: cls.plan },
      roles: scenario.roles.map((r) => ({ side: r.side, sideName: this.sideName(scenario, r.side), brief: r.brief, objectives: r.objectives.map((o) => o.text) })),
      students: students.map((s) => ({ id: s.id, name: s.name, online: online.has(s.id), seat: seats.find((x) => x.student_id === s.id) ? { group: groups.find((g) => g.id === seats.find((x) => x.student_id === s.id)!.group_id)?.number ?? 0, side: seats.find((x) => x.student_id === s.id)!.side } : null })),
      groups: groups.map((g) => ({
        id: g.id,
        number: g.number,
        solo: g.solo,
        status: g.status,
        day: g.day,
        date: g.date ?? scenario.start,
        outcome: outcomeOf(g.outcome),
        finalHash: g.final_hash,
        objectives: objectivesByGroup.get(g.id) ?? null,
        seats: seats
          .filter((s) => s.group_id === g.id)
          .sort((a, b) => order.indexOf(a.side) - order.indexOf(b.side))
          .map((s) => ({ side: s.side, sideName: this.sideName(scenario, s.side), name: s.name, computer: s.computer, ready: ready.some((r) => r.group_id === g.id && r.side === s.side), online: s.student_id !== null && online.has(s.student_id) })),
      })),
      submissions: subs.map((s) => ({ id: s.id, source: s.source as 'game' | 'upload', name: s.name, group: s.group_id ? (groups.find((g) => g.id === s.group_id)?.number ?? null) : null, verified: s.verified, reason: s.reason, reasonCode: s.reason_code, reasonValues: s.reason_code ? (s.reason_values ?? {}) : null, outcome: outcomeOf(s.outcome), finalHash: s.final_hash, at: new Date(s.created_at).toISOString() })),
      comparison: await this.comparison(classId),
    };
  }

  /**
   * Each finished group's objectives, scored by the classroom's one scoring function on its final
   * state, in `lang`: the scenario's translated texts and the classroom's voice in that language,
   * switched for the scoring alone (synchronous) and back to English, so nothing else is said in it.
   */
  private async objectivesOf(groups: GroupRow[], scenario: Scenario, lang: Language): Promise<Map<string, unknown>> {
    const out = new Map<string, unknown>();
    const local = this.localize(scenario, lang);
    for (const g of groups) {
      const cached = this.cache.get(g.id);
      // Rebuild the game when it is not in memory (it is cheap) to read its final state.
      const final = cached && cached.seq === g.seq ? cached.state : (await this.db.tx((q) => this.catchUp(q, g, scenario))).state;
      speakReports(lang);
      try {
        out.set(g.id, scoreObjectives(local, final));
      } finally {
        speakReports('en');
      }
    }
    return out;
  }

  async exportJson(classId: string): Promise<unknown> {
    const d = await this.dashboard(classId);
    const codes = (await this.db.query<{ id: string; replay: string | null }>('SELECT id, replay FROM submissions WHERE class_id = $1', [classId])).rows;
    return {
      format: 'nineteen-days-class',
      formatVersion: 1,
      exported: new Date().toISOString(),
      ...d,
      students: d.students.map((s) => ({ name: s.name, seat: s.seat })),
      submissions: d.submissions.map((s) => ({ ...s, replayCode: codes.find((c) => c.id === s.id)?.replay ?? null })),
    };
  }

  async exportCsv(classId: string): Promise<string> {
    const d = await this.dashboard(classId);
    const metrics = [...new Set(d.comparison.games.flatMap((g) => Object.keys(g.metrics)))].sort();
    const header = ['kind', 'group', 'players', 'status', 'date', 'outcome', 'historical', 'verified', 'reason', 'reason_code', 'final_hash', ...metrics];
    const rows: string[][] = [];
    for (const g of d.groups) {
      const game = d.comparison.games.find((x) => x.finalHash === g.finalHash);
      rows.push([g.solo ? 'solo' : 'group', String(g.number), g.seats.map((s) => `${s.name ?? 'computer'} (${s.sideName})`).join('; '), g.status, g.date, g.outcome?.label ?? '', g.outcome ? String(g.outcome.historical) : '', '', '', '', g.finalHash ?? '', ...metrics.map((m) => (game ? String(game.metrics[m] ?? '') : ''))]);
    }
    for (const s of d.submissions.filter((x) => x.source === 'upload')) {
      const game = d.comparison.games.find((x) => x.finalHash === s.finalHash);
      rows.push(['upload', '', s.name ?? '', s.verified ? 'verified' : 'refused', '', s.outcome?.label ?? '', s.outcome ? String(s.outcome.historical) : '', String(s.verified), s.reason ?? '', s.reasonCode ?? '', s.finalHash ?? '', ...metrics.map((m) => (game ? String(game.metrics[m] ?? '') : ''))]);
    }
    return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
  }

  // ---- presence and notices ----

  /** This server's connected students in a class (called whenever that changes). */
  setLocalPresence(classId: string, ids: Set<string>): void {
    this.notePresence(classId, this.serverId, ids);
  }

  notePresence(classId: string, server: string, ids: Iterable<string>): void {
    const byServer = this.presence.get(classId) ?? new Map();
    byServer.set(server, { ids: new Set(ids), at: Date.now() });
    this.presence.set(classId, byServer);
  }

  private onlineIn(classId: string): Set<string> {
    const out = new Set<string>();
    const now = Date.now();
    for (const [server, entry] of this.presence.get(classId) ?? []) {
      // Another server's word lasts until it would have said it again (it repeats every 20 s).
      if (server !== this.serverId && now - entry.at > 45_000) continue;
      for (const id of entry.ids) out.add(id);
    }
    return out;
  }

  /** Nothing of a deleted class is kept, in the database or in this server's memory. */
  forgetClass(classId: string): void {
    this.comparisons.delete(classId);
    this.presence.delete(classId);
    this.dropSnapshots(classId);
    for (const [id, game] of this.cache) if (game.classId === classId) this.cache.delete(id);
  }

  /** A class closed or deleted: the copies of its games' reads are dropped. */
  dropSnapshots(classId: string): void {
    for (const [id, ctx] of this.snapshots) if (ctx.cls.id === classId) this.snapshots.delete(id);
  }

  private async notifyIn(q: Queryable, notice: Notice): Promise<void> {
    await q.query('SELECT pg_notify($1, $2)', [CHANNEL, json(notice)]);
  }

  async notifyAll(notices: Notice[]): Promise<void> {
    for (const n of notices) await this.notifyIn(this.db, n);
  }
}

const csvCell = (v: string): string => {
  // A cell a spreadsheet would run as a formula is quoted with a leading apostrophe.
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(safe) || safe !== v ? `"${safe.replace(/"/g, '""')}"` : safe;
};

export interface Dashboard {
  class: { id: string; title: string; joinCode: string; status: 'open' | 'closed'; scenario: { id: string; title: string; kind: string }; plan: ClassPlan };
  roles: { side: string; sideName: string; brief: string; objectives: string[] }[];
  students: { id: string; name: string; online: boolean; seat: { group: number; side: string } | null }[];
  groups: {
    id: string;
    number: number;
    solo: boolean;
    status: GroupRow['status'];
    day: number;
    date: string;
    outcome: { id: string; label: string; historical: boolean } | null;
    finalHash: string | null;
    objectives: unknown;
    seats: { side: string; sideName: string; name: string | null; computer: boolean; ready: boolean; online: boolean }[];
  }[];
  /** A refused one's `reason` is the English line; `reasonCode` and `reasonValues` say it in any language (null for hand-ins refused before the codes). */
  submissions: { id: string; source: 'game' | 'upload'; name: string | null; group: number | null; verified: boolean; reason: string | null; reasonCode: string | null; reasonValues: ReasonValues | null; outcome: { id: string; label: string; historical: boolean } | null; finalHash: string | null; at: string }[];
  comparison: ServerComparison;
}

/** Whose game a compared one is: a group's (its number, and its players by side, null for the computer) or a student's upload. */
export type GameOf = { group: number; solo: boolean; players: (string | null)[] } | { upload: string | null };

/**
 * The classroom's comparison of the class's verified games, each game and each one left out
 * with whose it is (`of`: a page names it in its own language); one left out with its reason's
 * code and values (the hand-ins' codes; null when it has none).
 */
export interface ServerComparison extends Omit<ClassComparison, 'games' | 'excluded'> {
  games: (ClassComparison['games'][number] & { of: GameOf })[];
  excluded: { name: string; of: GameOf; reason: string; reasonCode: ReasonCode | null; reasonValues: ReasonValues }[];
}

