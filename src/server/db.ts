// One database interface over two drivers: PGlite (PostgreSQL in WASM, one process,
// a folder on disk) and PostgreSQL through `pg` (several servers on one database).
// Both speak the same SQL, run the same migrations, and carry live updates through
// LISTEN/NOTIFY: PostgreSQL's between servers, PGlite's own inside its one process.
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

export interface Queryable {
  query<R extends object = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: R[]; rowCount: number }>;
}

export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Run `fn` in a transaction: committed when it returns, rolled back when it throws. */
  tx<T>(fn: (q: Queryable) => Promise<T>): Promise<T>;
  /** Live updates on `channel`; the payloads of NOTIFYs committed by anyone. */
  listen(channel: string, onPayload: (payload: string) => void): Promise<void>;
  close(): Promise<void>;
}

// ---- PGlite ----

class PgliteDatabase implements Database {
  readonly kind = 'pglite' as const;
  private constructor(private readonly db: PGlite) {}

  static async open(dataDir: string): Promise<PgliteDatabase> {
    mkdirSync(dataDir, { recursive: true });
    const db = await PGlite.create(dataDir);
    return new PgliteDatabase(db);
  }

  async query<R extends object>(sql: string, params: unknown[] = []): Promise<{ rows: R[]; rowCount: number }> {
    const r = await this.db.query<R>(sql, params);
    return { rows: r.rows, rowCount: r.affectedRows ?? r.rows.length };
  }

  tx<T>(fn: (q: Queryable) => Promise<T>): Promise<T> {
    return this.db.transaction(async (t) =>
      fn({
        query: async <R extends object>(sql: string, params: unknown[] = []) => {
          const r = await t.query<R>(sql, params);
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

export async function openDatabase(options: { databaseUrl?: string | undefined; dataDir: string; poolSize?: number }): Promise<Database> {
  if (options.databaseUrl) return PostgresDatabase.open(options.databaseUrl, options.poolSize ?? 10);
  return PgliteDatabase.open(options.dataDir);
}
