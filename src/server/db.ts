// One database interface over two drivers: PGlite (PostgreSQL in WASM, one process,
// a folder on disk) and PostgreSQL through `pg` (several servers on one database).
// Both speak the same SQL, run the same migrations, and carry live updates through
// LISTEN/NOTIFY: PostgreSQL's between servers, PGlite's own inside its one process.
import { mkdirSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { PendingCalls } from './thread-calls';

export interface Queryable {
  query<R extends object = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: R[]; rowCount: number }>;
}

/** A prepared statement's rows, and (PGlite on its thread) its time in the database itself, ms. */
export interface Prepared<R> {
  rows: R[];
  ms?: number;
}

export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /**
   * A statement planned once and run many times (the hot path: every game's write).
   * `types` are the parameters' SQL types; every parameter is a string.
   */
  prepared<R extends object = Record<string, unknown>>(name: string, types: string[], sql: string, params: (string | null)[]): Promise<Prepared<R>>;
  /** Run `fn` in a transaction: committed when it returns, rolled back when it throws. */
  tx<T>(fn: (q: Queryable) => Promise<T>): Promise<T>;
  /** Live updates on `channel`; the payloads of NOTIFYs committed by anyone. */
  listen(channel: string, onPayload: (payload: string) => void): Promise<void>;
  close(): Promise<void>;
}

// ---- PGlite ----

const QSTATS = process.env.ND_QUERY_STATS ? new Map<string, { n: number; ms: number }>() : null;
function note(sql: string, ms: number): void {
  if (!QSTATS) return;
  const k = sql.replace(/\s+/g, ' ').slice(0, 60);
  const e = QSTATS.get(k) ?? { n: 0, ms: 0 };
  e.n++;
  e.ms += ms;
  QSTATS.set(k, e);
}
if (QSTATS) process.on('SIGTERM', () => {
  for (const [k, v] of [...QSTATS].sort((a, b) => b[1].ms - a[1].ms).slice(0, 25)) console.error(`${v.n.toString().padStart(6)} ${v.ms.toFixed(0).padStart(7)} ms  ${k}`);
});

class PgliteDatabase implements Database {
  readonly kind = 'pglite' as const;
  private constructor(private readonly db: PGlite) {}

  static async open(dataDir: string): Promise<PgliteDatabase> {
    mkdirSync(dataDir, { recursive: true });
    const db = await PGlite.create(dataDir);
    return new PgliteDatabase(db);
  }

  async query<R extends object>(sql: string, params: unknown[] = []): Promise<{ rows: R[]; rowCount: number }> {
    const t = performance.now();
    const r = await this.db.query<R>(sql, params);
    note(sql, performance.now() - t);
    return { rows: r.rows, rowCount: r.affectedRows ?? r.rows.length };
  }

  private readonly ready = new Set<string>();

  async prepared<R extends object>(name: string, types: string[], sql: string, params: (string | null)[]): Promise<Prepared<R>> {
    if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`bad statement name ${name}`);
    if (!this.ready.has(name)) {
      await this.db.exec(`PREPARE ${name} (${types.join(', ')}) AS ${sql}`);
      this.ready.add(name);
    }
    // PGlite's extended protocol cannot bind EXECUTE's arguments: they go as escaped literals.
    const t = performance.now();
    const results = await this.db.exec(`EXECUTE ${name}(${params.map((p) => (p === null ? 'NULL' : pg.escapeLiteral(p))).join(', ')})`);
    note(`EXECUTE ${name}`, performance.now() - t);
    return { rows: (results[results.length - 1]?.rows ?? []) as R[] };
  }

  tx<T>(fn: (q: Queryable) => Promise<T>): Promise<T> {
    return this.db.transaction(async (t) =>
      fn({
        query: async <R extends object>(sql: string, params: unknown[] = []) => {
          const t0 = performance.now();
          const r = await t.query<R>(sql, params);
          note(sql, performance.now() - t0);
          return { rows: r.rows, rowCount: r.affectedRows ?? r.rows.length };
        },
      }),
    );
  }

  async listen(channel: string, onPayload: (payload: string) => void): Promise<void> {
    await this.db.listen(channel, onPayload);
  }

  async close(): Promise<void> {
    await this.db.close();
  }
}

// ---- PostgreSQL ----

class PostgresDatabase implements Database {
  readonly kind = 'postgres' as const;
  private listener: pg.Client | null = null;
  private readonly channels = new Map<string, ((payload: string) => void)[]>();
  private closed = false;

  private constructor(
    private readonly url: string,
    private readonly pool: pg.Pool,
  ) {}

  static async open(url: string, poolSize: number): Promise<PostgresDatabase> {
    const pool = new pg.Pool({ connectionString: url, max: poolSize });
    // A pooled client that dies (the database restarted) is dropped, not fatal.
    pool.on('error', () => undefined);
    const client = await pool.connect();
    client.release();
    return new PostgresDatabase(url, pool);
  }

  async query<R extends object>(sql: string, params: unknown[] = []): Promise<{ rows: R[]; rowCount: number }> {
    const r = await this.pool.query<R & pg.QueryResultRow>(sql, params);
    return { rows: r.rows, rowCount: r.rowCount ?? r.rows.length };
  }

  async prepared<R extends object>(name: string, _types: string[], sql: string, params: (string | null)[]): Promise<Prepared<R>> {
    // node-postgres prepares a named statement once on each pooled connection.
    const r = await this.pool.query<R & pg.QueryResultRow>({ name, text: sql, values: params });
    return { rows: r.rows };
  }

  async tx<T>(fn: (q: Queryable) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await fn({
        query: async <R extends object>(sql: string, params: unknown[] = []) => {
          const r = await client.query<R & pg.QueryResultRow>(sql, params);
          return { rows: r.rows, rowCount: r.rowCount ?? r.rows.length };
        },
      });
      await client.query('COMMIT');
      return result;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      client.release();
    }
  }

  async listen(channel: string, onPayload: (payload: string) => void): Promise<void> {
    const list = this.channels.get(channel) ?? [];
    list.push(onPayload);
    this.channels.set(channel, list);
    if (this.listener) await this.listener.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    else await this.connectListener();
  }

  /** One dedicated connection holds the LISTENs; if it drops, it is made again. */
  private async connectListener(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url });
    client.on('notification', (n) => {
      for (const fn of this.channels.get(n.channel) ?? []) fn(n.payload ?? '');
    });
    client.on('error', () => undefined);
    client.on('end', () => {
      if (this.closed) return;
      this.listener = null;
      const retry = (): void => {
        if (this.closed) return;
        this.connectListener().catch(() => setTimeout(retry, 1000).unref());
      };
      setTimeout(retry, 200).unref();
    });
    await client.connect();
    for (const channel of this.channels.keys()) await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    this.listener = client;
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.listener?.end().catch(() => undefined);
    await this.pool.end();
  }
}

// ---- PGlite on its own thread ----

interface WorkerReply {
  id?: number;
  ok?: boolean;
  result?: unknown;
  error?: { message: string; code?: string };
  notify?: string;
  payload?: string;
  ready?: boolean;
  /** Several of the above at once, in order (pglite-worker.mjs sends one message per turn of its loop). */
  batch?: WorkerReply[];
}

class PgliteThreadDatabase implements Database {
  readonly kind = 'pglite' as const;
  private nextTx = 1;
  private readonly calls = new PendingCalls<{ resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private readonly channels = new Map<string, ((payload: string) => void)[]>();
  /** Prepared statements the thread has run: their text is not sent again. */
  private readonly known = new Set<string>();

  private constructor(private readonly worker: Worker) {
    worker.on('message', (m: WorkerReply) => {
      if (m.batch) for (const one of m.batch) this.receive(one);
      else this.receive(m);
    });
  }

  private receive(m: WorkerReply): void {
    if (m.notify !== undefined) {
      for (const fn of this.channels.get(m.notify) ?? []) fn(m.payload ?? '');
      return;
    }
    const call = this.calls.take(m.id);
    if (!call) return;
    if (m.ok) call.resolve(m.result);
    else call.reject(Object.assign(new Error(m.error?.message ?? 'database error'), { code: m.error?.code }));
  }

  static async open(dataDir: string): Promise<PgliteThreadDatabase> {
    mkdirSync(dataDir, { recursive: true });
    const worker = new Worker(new URL('./pglite-worker.mjs', import.meta.url), { workerData: { dataDir } });
    await new Promise<void>((resolve, reject) => {
      const onMessage = (m: WorkerReply): void => {
        if (m.ready) {
          worker.off('message', onMessage);
          resolve();
        }
      };
      worker.on('message', onMessage);
      worker.once('error', reject);
    });
    // A worker that dies takes the database with it: the server cannot go on.
    worker.on('error', (e) => {
      console.error('the database thread failed:', e);
      process.exit(1);
    });
    return new PgliteThreadDatabase(worker);
  }

  private call<T>(message: Record<string, unknown>): Promise<T> {
    const t0 = QSTATS ? performance.now() : 0;
    const called = new Promise<T>((resolve, reject) => {
      const id = this.calls.add({ resolve: resolve as (v: unknown) => void, reject });
      this.worker.postMessage({ ...message, id });
    });
    if (QSTATS) void called.then(() => note(`${String(message.op)} ${String(message.name ?? message.sql ?? '')}`, performance.now() - t0), () => undefined);
    return called;
  }

  query<R extends object>(sql: string, params: unknown[] = []): Promise<{ rows: R[]; rowCount: number }> {
    return this.call({ op: 'query', sql, params });
  }

  async prepared<R extends object>(name: string, types: string[], sql: string, params: (string | null)[]): Promise<Prepared<R>> {
    if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`bad statement name ${name}`);
    const known = this.known.has(name);
    const r = await this.call<Prepared<R>>({ op: 'prepared', name, types, params, ...(known ? {} : { sql }) });
    this.known.add(name);
    return r;
  }

  async tx<T>(fn: (q: Queryable) => Promise<T>): Promise<T> {
    const tx = this.nextTx++;
    await this.call({ op: 'begin', tx });
    try {
      const result = await fn({ query: <R extends object>(sql: string, params: unknown[] = []) => this.call<{ rows: R[]; rowCount: number }>({ op: 'q', tx, sql, params }) });
      await this.call({ op: 'commit', tx });
      return result;
    } catch (e) {
      await this.call({ op: 'rollback', tx }).catch(() => undefined);
      throw e;
    }
  }

  async listen(channel: string, onPayload: (payload: string) => void): Promise<void> {
    const list = this.channels.get(channel) ?? [];
    list.push(onPayload);
    this.channels.set(channel, list);
    if (list.length === 1) await this.call({ op: 'listen', channel });
  }

  async close(): Promise<void> {
    await this.call({ op: 'close' });
    await this.worker.terminate();
  }
}

export async function openDatabase(options: { databaseUrl?: string | undefined; dataDir: string; poolSize?: number }): Promise<Database> {
  if (options.databaseUrl) return PostgresDatabase.open(options.databaseUrl, options.poolSize ?? 10);
  // PGlite on a thread of its own by default (PGLITE_THREAD=0: on the main thread).
  if (process.env.PGLITE_THREAD !== '0') return PgliteThreadDatabase.open(options.dataDir);
  return PgliteDatabase.open(options.dataDir);
}
