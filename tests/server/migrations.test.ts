// The schema's migrations: on an empty database they make every table; run again they
// change nothing; on an existing database with data only the new ones run, and the data
// stays; two servers starting at once migrate once.
import { afterEach, describe, expect, it } from 'vitest';
import { migrate, migrationFiles, splitStatements } from '../../src/server/migrate';
import type { Database } from '../../src/server/db';
import { BACKENDS, newStore } from './support/servers';
import type { Store } from './support/servers';

const TABLES = ['actions', 'classes', 'groups', 'ready', 'schema_migrations', 'seats', 'students', 'submissions'];

async function tables(db: Database): Promise<string[]> {
  const r = await db.query<{ table_name: string }>("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name");
  return r.rows.map((x) => x.table_name);
}

describe('splitting a migration into statements', () => {
  it('splits on semicolons at the end of lines and drops comment lines', () => {
    expect(splitStatements('-- a comment; with a semicolon\nCREATE TABLE a (x INT);\n\nCREATE INDEX b ON a(x);\n')).toEqual(['CREATE TABLE a (x INT)', 'CREATE INDEX b ON a(x)']);
  });
  it('every migration file is numbered and named', () => {
    const files = migrationFiles();
    expect(files.length).toBeGreaterThan(0);
    expect(files.map((f) => f.id)).toEqual([...files.map((f) => f.id)].sort());
  });
});

describe.each(BACKENDS)('migrations (%s)', (backend) => {
  const opened: Database[] = [];
  let store: Store | undefined;
  afterEach(async () => {
    for (const db of opened.splice(0)) await db.close();
    await store?.remove();
    store = undefined;
  });

  it('make every table on an empty database, and change nothing when run again', async () => {
    store = await newStore(backend);
    const db = await store.open();
    opened.push(db);
    expect(await tables(db)).toEqual([]);
    const ran = await migrate(db);
    expect(ran).toEqual(migrationFiles().map((m) => m.id));
    expect(await tables(db)).toEqual(TABLES);
    expect(await migrate(db)).toEqual([]);
    const applied = await db.query<{ id: string }>('SELECT id FROM schema_migrations ORDER BY id');
    expect(applied.rows.map((r) => r.id)).toEqual(ran);
  });

  it('on an existing database with data, run only the new migrations and keep the data', async () => {
    store = await newStore(backend);
    let db = await store.open();
    opened.push(db);
    await migrate(db);
    await db.query("INSERT INTO classes (id, title, scenario, scenario_hash, join_code, teacher_key_hash, plan) VALUES ('c1', 'Kept', 'presidium', 'h', 'AAAAAA', 'k', '{}'::jsonb)");
    await db.close();
    opened.pop();
    // Opened again (a restart), with one more migration than before.
    db = await store.open();
    opened.push(db);
    const next = { id: '999_test_note', sql: 'ALTER TABLE classes ADD COLUMN test_note TEXT;\nUPDATE classes SET test_note = title;\n' };
    expect(await migrate(db, [...migrationFiles(), next])).toEqual(['999_test_note']);
    const row = await db.query<{ title: string; test_note: string }>("SELECT title, test_note FROM classes WHERE id = 'c1'");
    expect(row.rows[0]).toEqual({ title: 'Kept', test_note: 'Kept' });
    expect(await migrate(db, [...migrationFiles(), next])).toEqual([]);
  });

  it('a database at 001 with refused hand-ins upgrades: each keeps its English reason and has no code; new ones store a code and values', async () => {
    store = await newStore(backend);
    const db = await store.open();
    opened.push(db);
    expect(await migrate(db, migrationFiles().filter((m) => m.id.startsWith('001_')))).toEqual(['001_classes']);
    await db.query("INSERT INTO classes (id, title, scenario, scenario_hash, join_code, teacher_key_hash, plan) VALUES ('c1', 'Old', 'presidium', 'h', 'AAAAAA', 'k', '{}'::jsonb)");
    await db.query("INSERT INTO submissions (id, class_id, source, verified, reason) VALUES ('s1', 'c1', 'upload', false, 'the replay code is damaged or cut short')");
    expect(await migrate(db)).toEqual(migrationFiles().map((m) => m.id).filter((id) => !id.startsWith('001_')));
    expect(migrationFiles().map((m) => m.id)).toContain('002_reason_codes');
    const old = await db.query("SELECT reason, reason_code, reason_values FROM submissions WHERE id = 's1'");
    expect(old.rows[0]).toEqual({ reason: 'the replay code is damaged or cut short', reason_code: null, reason_values: null });
    await db.query("INSERT INTO submissions (id, class_id, source, verified, reason, reason_code, reason_values) VALUES ('s2', 'c1', 'upload', false, 'turn 3: the game’s state differs', 'DIVERGED', $1::jsonb)", [JSON.stringify({ turn: 3 })]);
    const fresh = await db.query("SELECT reason_code, reason_values FROM submissions WHERE id = 's2'");
    expect(fresh.rows[0]).toEqual({ reason_code: 'DIVERGED', reason_values: { turn: 3 } });
  });

  it('a migration that fails leaves the database as it was', async () => {
    store = await newStore(backend);
    const db = await store.open();
    opened.push(db);
    await migrate(db);
    const broken = { id: '998_broken', sql: 'ALTER TABLE classes ADD COLUMN half TEXT;\nTHIS IS NOT SQL;\n' };
    await expect(migrate(db, [...migrationFiles(), broken])).rejects.toThrow();
    const cols = await db.query<{ column_name: string }>("SELECT column_name FROM information_schema.columns WHERE table_name = 'classes' AND column_name = 'half'");
    expect(cols.rows).toEqual([]);
    const applied = await db.query<{ id: string }>("SELECT id FROM schema_migrations WHERE id = '998_broken'");
    expect(applied.rows).toEqual([]);
  });

  it.runIf(backend === 'postgres')('two servers starting at once migrate once', async () => {
    store = await newStore(backend);
    const one = await store.open();
    const two = await store.open();
    opened.push(one, two);
    const [a, b] = await Promise.all([migrate(one), migrate(two)]);
    expect([...a, ...b].sort()).toEqual(migrationFiles().map((m) => m.id));
  });
});
