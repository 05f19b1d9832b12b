// The schema's migrations: numbered SQL files in ./migrations, each run once, in order,
// in one transaction with its row in `schema_migrations`. Two servers starting at once
// take an advisory lock, so only one migrates; running again changes nothing.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from './db';

export const MIGRATIONS_DIR = join(import.meta.dirname, 'migrations');
/** An arbitrary key for pg_advisory_xact_lock, the same on every server. */
const LOCK = 1956_10_23;

export interface Migration {
  id: string;
  sql: string;
}

export function migrationFiles(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{3}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((f) => ({ id: f.replace(/\.sql$/, ''), sql: readFileSync(join(dir, f), 'utf8') }));
}

/** Run the migrations not yet applied; returns the ids it ran. */
export async function migrate(db: Database, migrations: Migration[] = migrationFiles()): Promise<string[]> {
  return db.tx(async (q) => {
    await q.query('SELECT pg_advisory_xact_lock($1)', [LOCK]);
    await q.query('CREATE TABLE IF NOT EXISTS schema_migrations (id TEXT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())');
    const done = new Set((await q.query<{ id: string }>('SELECT id FROM schema_migrations')).rows.map((r) => r.id));
    const ran: string[] = [];
    for (const m of migrations) {
      if (done.has(m.id)) continue;
      // Each file is a list of statements; pg and PGlite take them one at a time.
      for (const statement of splitStatements(m.sql)) await q.query(statement);
      await q.query('INSERT INTO schema_migrations (id) VALUES ($1)', [m.id]);
      ran.push(m.id);
    }
    return ran;
  });
}

/** Split a migration into statements: on semicolons at a line's end, comments dropped. */
export function splitStatements(sql: string): string[] {
  const lines = sql.split('\n').filter((l) => !/^\s*--/.test(l));
  return lines
    .join('\n')
    .split(/;\s*$/m)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
