// Group commit: the writes of many games in one statement. Each operation on a game ends
// in one write (its new actions, ends of turn, seat changes, a hand-in, the summary and
// the NOTIFY), which must land only if the game's version is still the one it read.
// While one statement is at the database, the writes that arrive wait and go together in
// the next: under load the cost of a statement is shared, and PGlite (one process, one
// connection) is never asked to do the same work twice. Nothing is acknowledged before
// the statement that holds it has committed.
import type { Database } from './db';

export interface GameWrite {
  groupId: string;
  /** The version the operation read; the write lands only if it is still that. */
  version: number;
  summary: { seq: number; day: number; date: string; status: string; outcome: string | null; finalHash: string | null };
  actions: { seq: number; day: number; action: unknown; studentId: string | null; by: string; ref: string | null }[];
  ready: { day: number; side: string; ref: string | null }[];
  seats: { side: string; computer: boolean }[];
  submission: { id: string; classId: string; verified: boolean; reason: string | null; reasonCode: string | null; reasonValues: Record<string, string | number> | null; replay: string | null; finalHash: string | null; outcome: string | null } | null;
  /** The NOTIFY payload. */
  notice: string;
}

const MAX_BATCH = 100;

/** The last 100,000 figures. */
function keep(xs: number[], x: number): void {
  if (xs.length >= 100_000) xs.shift();
  xs.push(x);
}

/** The statement for a batch: only the parts its writes need (a shorter statement is planned faster). */
function statement(parts: { actions: boolean; ready: boolean; seats: boolean; submissions: boolean }): string {
  const ctes = [
    `w AS (SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(id text, version int, seq int, day int, date text, status text, outcome text, final_hash text, notice text))`,
    `g AS (UPDATE groups SET version = groups.version + 1, seq = w.seq, day = w.day, date = w.date, status = w.status, outcome = w.outcome, final_hash = w.final_hash
      FROM w WHERE groups.id = w.id AND groups.version = w.version RETURNING groups.id, w.notice)`,
  ];
  if (parts.actions) {
    ctes.push(`a AS (INSERT INTO actions (group_id, seq, day, action, student_id, by, ref) SELECT x.group_id, x.seq, x.day, x.action, x.student_id, x.by, x.ref
      FROM jsonb_to_recordset($2::jsonb) AS x(group_id text, seq int, day int, action jsonb, student_id text, by text, ref text) JOIN g ON g.id = x.group_id)`);
  }
  if (parts.ready) {
    ctes.push(`r AS (INSERT INTO ready (group_id, day, side, ref) SELECT x.group_id, x.day, x.side, x.ref
      FROM jsonb_to_recordset($3::jsonb) AS x(group_id text, day int, side text, ref text) JOIN g ON g.id = x.group_id)`);
  }
  if (parts.seats) {
    ctes.push(`st AS (UPDATE seats SET computer = x.computer FROM jsonb_to_recordset($4::jsonb) AS x(group_id text, side text, computer boolean) JOIN g ON g.id = x.group_id
      WHERE seats.group_id = x.group_id AND seats.side = x.side)`);
  }
  if (parts.submissions) {
    ctes.push(`sub AS (INSERT INTO submissions (id, class_id, group_id, source, verified, reason, reason_code, reason_values, replay, final_hash, outcome)
      SELECT x.id, x.class_id, x.group_id, 'game', x.verified, x.reason, x.reason_code, x.reason_values, x.replay, x.final_hash, x.outcome
      FROM jsonb_to_recordset($5::jsonb) AS x(id text, class_id text, group_id text, verified boolean, reason text, reason_code text, reason_values jsonb, replay text, final_hash text, outcome text) JOIN g ON g.id = x.group_id
      ON CONFLICT DO NOTHING)`);
  }
  ctes.push(`nt AS (SELECT pg_notify($6::text, g.notice) FROM g)`);
  // Every parameter is named in the statement, used or not, so both drivers type them.
  const unused = [parts.actions ? '' : '$2::jsonb', parts.ready ? '' : '$3::jsonb', parts.seats ? '' : '$4::jsonb', parts.submissions ? '' : '$5::jsonb'].filter(Boolean);
  return `WITH ${ctes.join(',\n')}\nSELECT g.id, (SELECT count(*)::int FROM nt) AS notified${unused.map((u, i) => `, ${u} AS u${i}`).join('')} FROM g`;
}

/**
 * Statements at the database at once (COMMIT_DEPTH, default 1). With one, a write that
 * arrives while a statement is out waits for its answer to come back before it is even
 * sent; with two, it goes at once and waits at the database instead (PGlite runs them one
 * after the other, PostgreSQL on two connections). Each game has at most one write out
 * (its operations take turns), so the statements out together never touch the same game.
 * Measured on 2 December 2026 (docs/SERVER.md): two were no better than one on a loaded
 * machine, so one stays the default.
 */
const DEPTH = Math.max(1, Number(process.env.COMMIT_DEPTH) || 1);

export class Committer {
  private queue: { write: GameWrite; at: number; resolve: (landed: boolean) => void; reject: (e: unknown) => void }[] = [];
  private out = 0;
  private due = false;
  /** Statements sent and writes they carried, for the curious (GET /api/health?stats). */
  readonly stats = { statements: 0, writes: 0 };
  /** Each statement's time at the database, ms (the last 100,000; for the load run's figures). */
  readonly times: number[] = [];
  /** Of that, the time in the database itself, when the driver knows it (PGlite on its thread): the rest is the way there and back. */
  readonly dbTimes: number[] = [];
  /** Each write's wait in the queue before its statement left, ms. */
  readonly waits: number[] = [];

  constructor(
    private readonly db: Database,
    private readonly channel: string,
    private readonly depth = DEPTH,
  ) {}

  /** True when the write landed; false when the game's version had moved on. */
  submit(write: GameWrite): Promise<boolean> {
    return new Promise((resolve, reject) => {
      this.queue.push({ write, at: performance.now(), resolve, reject });
      this.kick();
    });
  }

  /**
   * The next statement leaves on the next turn of the event loop (so the writes that
   * arrive meanwhile go with it), if fewer than `depth` are out.
   */
  private kick(): void {
    if (this.due || this.out >= this.depth || !this.queue.length) return;
    this.due = true;
    setImmediate(() => {
      this.due = false;
      this.send();
    });
  }

  private send(): void {
    if (this.out >= this.depth || !this.queue.length) return;
    const batch = this.queue.splice(0, MAX_BATCH);
    const t0 = performance.now();
    for (const b of batch) keep(this.waits, t0 - b.at);
    this.out++;
    this.write(batch.map((b) => b.write))
      .then(
        ({ landed, ms }) => {
          keep(this.times, performance.now() - t0);
          if (ms !== undefined) keep(this.dbTimes, ms);
          for (const b of batch) b.resolve(landed.has(b.write.groupId));
        },
        (e: unknown) => {
          for (const b of batch) b.reject(e);
        },
      )
      .finally(() => {
        this.out--;
        this.kick();
      });
    this.kick();
  }

  private async write(writes: GameWrite[]): Promise<{ landed: Set<string>; ms: number | undefined }> {
    this.stats.statements++;
    this.stats.writes += writes.length;
    const rows = (k: (w: GameWrite) => object[]): string => JSON.stringify(writes.flatMap(k));
    const parts = { actions: writes.some((w) => w.actions.length), ready: writes.some((w) => w.ready.length), seats: writes.some((w) => w.seats.length), submissions: writes.some((w) => w.submission) };
    const name = `nd_commit_${Number(parts.actions)}${Number(parts.ready)}${Number(parts.seats)}${Number(parts.submissions)}`;
    const r = await this.db.prepared<{ id: string }>(name, ['jsonb', 'jsonb', 'jsonb', 'jsonb', 'jsonb', 'text'], statement(parts), [
      rows((w) => [{ id: w.groupId, version: w.version, seq: w.summary.seq, day: w.summary.day, date: w.summary.date, status: w.summary.status, outcome: w.summary.outcome, final_hash: w.summary.finalHash, notice: w.notice }]),
      rows((w) => w.actions.map((a) => ({ group_id: w.groupId, seq: a.seq, day: a.day, action: a.action, student_id: a.studentId, by: a.by, ref: a.ref }))),
      rows((w) => w.ready.map((x) => ({ group_id: w.groupId, day: x.day, side: x.side, ref: x.ref }))),
      rows((w) => w.seats.map((x) => ({ group_id: w.groupId, side: x.side, computer: x.computer }))),
      rows((w) => (w.submission ? [{ id: w.submission.id, class_id: w.submission.classId, group_id: w.groupId, verified: w.submission.verified, reason: w.submission.reason, reason_code: w.submission.reasonCode, reason_values: w.submission.reasonValues, replay: w.submission.replay, final_hash: w.submission.finalHash, outcome: w.submission.outcome }] : [])),
      this.channel,
    ]);
    return { landed: new Set(r.rows.map((x) => x.id)), ms: r.ms };
  }
}
