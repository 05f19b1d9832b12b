// Class servers for the tests: in this process (the API and its database at hand), or as
// child processes (to kill one mid-game, or run two on one PostgreSQL). PGlite folders
// are copied from one made once per run (making one takes seconds); with DATABASE_URL set,
// every server gets a fresh PostgreSQL database of its own, dropped afterwards.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { throwawayDatabase } from '../../../scripts/lib/throwaway-database';
import type { ThrowawayDatabase } from '../../../scripts/lib/throwaway-database';
import { readConfig } from '../../../src/server/config';
import { openDatabase } from '../../../src/server/db';
import type { Database } from '../../../src/server/db';
import { migrate } from '../../../src/server/migrate';
import { loadScenarioDir } from '../../../src/server/scenarios';
import { buildServer } from '../../../src/server/app';
import type { ClassServer } from '../../../src/server/app';
import { freePort } from '../../../scripts/lib/browser';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const POSTGRES_URL = process.env.DATABASE_URL || undefined;

const TEMPLATE = join(tmpdir(), `nd-pglite-template-${process.getuid?.() ?? 0}`);

/** An empty PGlite folder (no tables): a copy of one made once. */
export async function emptyPgliteDir(): Promise<string> {
  if (!existsSync(join(TEMPLATE, 'PG_VERSION'))) {
    rmSync(TEMPLATE, { recursive: true, force: true });
    const db = await PGlite.create(TEMPLATE);
    await db.close();
  }
  const dir = mkdtempSync(join(tmpdir(), 'nd-data-'));
  cpSync(TEMPLATE, dir, { recursive: true });
  return dir;
}

/** A fresh, empty PostgreSQL database on the server DATABASE_URL names, and a way to drop it. */
export const freshPostgres = (): Promise<ThrowawayDatabase> => throwawayDatabase(POSTGRES_URL!, 'nd_test');

export type Backend = 'pglite' | 'postgres';
/** The backends the tests run on: PGlite always, PostgreSQL when DATABASE_URL is set. */
export const BACKENDS: Backend[] = POSTGRES_URL ? ['pglite', 'postgres'] : ['pglite'];

/** Where a server keeps its data: a PGlite folder or a PostgreSQL database. */
export interface Store {
  backend: Backend;
  dataDir: string;
  databaseUrl: string | undefined;
  open(): Promise<Database>;
  remove(): Promise<void>;
}

export async function newStore(backend: Backend): Promise<Store> {
  if (backend === 'postgres') {
    const fresh = await freshPostgres();
    return { backend, dataDir: '', databaseUrl: fresh.url, open: () => openDatabase({ databaseUrl: fresh.url, dataDir: '' }), remove: fresh.drop };
  }
  const dir = await emptyPgliteDir();
  return { backend, dataDir: dir, databaseUrl: undefined, open: () => openDatabase({ dataDir: dir }), remove: async () => rmSync(dir, { recursive: true, force: true }) };
}

const scenarios = loadScenarioDir(join(ROOT, 'scenarios'));

export interface InProcess {
  url: string;
  db: Database;
  server: ClassServer;
  store: Store;
  close(): Promise<void>;
}

/** A server in this process on a free port of 127.0.0.1. */
export async function startInProcess(backend: Backend, env: Record<string, string> = {}): Promise<InProcess> {
  const store = await newStore(backend);
  const db = await store.open();
  await migrate(db);
  const config = { ...readConfig({ ...env }), host: '127.0.0.1', port: 0, siteDir: join(ROOT, 'no-site') };
  const server = await buildServer(config, db, scenarios);
  await server.app.listen({ host: '127.0.0.1', port: 0 });
  const port = (server.app.server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    db,
    server,
    store,
    close: async () => {
      await server.close();
      await db.close();
      await store.remove();
    },
  };
}

export interface Child {
  url: string;
  port: number;
  proc: ChildProcess;
  output: () => string;
  /** SIGTERM and wait; or SIGKILL (a crash) and wait. */
  stop(signal?: 'SIGTERM' | 'SIGKILL'): Promise<void>;
}

/** A server as its own process (`npm run server` without the build), on a free port. */
export async function startChild(store: Store, env: Record<string, string> = {}, port?: number): Promise<Child> {
  const p = port ?? (await freePort());
  // One process (tsx as a loader, not its CLI, which would run the server as a child of its own).
  const proc = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/server/main.ts')], {
    cwd: ROOT,
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(p),
      DATA_DIR: store.dataDir || join(tmpdir(), 'nd-unused'),
      DATABASE_URL: store.databaseUrl ?? '',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  proc.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  proc.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const url = `http://127.0.0.1:${p}/`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const res = await fetch(new URL('/api/health', url));
      if (res.ok) break;
    } catch {
      // Not up yet.
    }
    if (proc.exitCode !== null || Date.now() > deadline) {
      proc.kill('SIGKILL');
      throw new Error(`the server did not start:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    port: p,
    proc,
    output: () => out,
    stop: (signal = 'SIGTERM') =>
      new Promise<void>((done) => {
        if (proc.exitCode !== null || proc.signalCode !== null) return done();
        proc.once('exit', () => done());
        proc.kill(signal);
        if (signal === 'SIGTERM') setTimeout(() => proc.kill('SIGKILL'), 5000).unref();
      }),
  };
}
