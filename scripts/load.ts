// `npm run load`: the class server under a classroom's load, on loopback only, bounded in
// count and time. 30 classes of 30 students (900 WebSocket clients) play the Presidium
// exercise in groups of three at once, each student thinking 1–3 s before each move.
// Measured: every action acknowledged (none lost), the latency from sending to the
// acknowledgement, the server's memory over the run. Then the fault run: the same
// games again on fresh data, the server killed (SIGKILL) mid-game and started again; the
// clients reconnect by themselves, and every game must end with the same final hash as
// in the run with no fault.
//
//   npm run load -- [--classes 30] [--students 30] [--think 1000-3000] [--no-fault]
//   DATABASE_URL=postgres://… npm run load   # on PostgreSQL: a fresh database per run, dropped after
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { api, LiveClient, wsUrlOf } from './lib/class-client';
import type { Sync } from './lib/class-client';
import { playToTheEnd } from './lib/class-bot';
import { throwawayDatabase } from './lib/throwaway-database';
import type { ThrowawayDatabase } from './lib/throwaway-database';
import { loadScenarioDir } from '../src/server/scenarios';

const ROOT = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    classes: { type: 'string', default: '30' },
    students: { type: 'string', default: '30' },
    think: { type: 'string', default: '1000-3000' },
    'no-fault': { type: 'boolean', default: false },
    'time-limit': { type: 'string', default: '900' },
  },
});
const CLASSES = Number(values.classes);
const STUDENTS = Number(values.students);
const [THINK_MIN, THINK_MAX] = values.think!.split('-').map(Number) as [number, number];
const LIMIT_S = Number(values['time-limit']);
const scenario = loadScenarioDir(join(ROOT, 'scenarios')).get('presidium')!;

// The whole run stops by itself.
const deadline = setTimeout(() => {
  console.error(`load: stopped after the time limit of ${LIMIT_S} s`);
  for (const s of servers) s.proc.kill('SIGKILL');
  process.exit(2);
}, LIMIT_S * 1000);
deadline.unref();

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => done(port));
    });
  });
}

interface Server {
  proc: ChildProcess;
  url: string;
}
const servers: Server[] = [];

/** With DATABASE_URL: a database of its own for one run (created now, dropped after). */
async function freshDatabase(): Promise<ThrowawayDatabase | null> {
  const base = process.env.DATABASE_URL;
  return base ? throwawayDatabase(base, 'nd_load') : null;
}

async function startServer(dataDir: string, port: number, databaseUrl?: string): Promise<Server> {
  // LOAD_SERVER_ARGS: extra Node options for the server (say, --cpu-prof to profile it).
  const extra = (process.env.LOAD_SERVER_ARGS ?? '').split(' ').filter(Boolean);
  const proc = spawn(process.execPath, [...extra, '--import', 'tsx', join(ROOT, 'src/server/main.ts')], {
    cwd: ROOT,
    env: { ...process.env, ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}), STATS: '1', HOST: '127.0.0.1', PORT: String(port), DATA_DIR: dataDir, RATE_LIMIT: '100000', SITE_DIR: join(ROOT, 'no-site') },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const server = { proc, url: `http://127.0.0.1:${port}/` };
  servers.push(server);
  const until = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(new URL('/api/health', server.url))).ok) return server;
    } catch {
      // Not yet.
    }
    if (proc.exitCode !== null || Date.now() > until) throw new Error('the server did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
}

const rssOf = (pid: number): number => {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : 0;
};

/** A process's CPU time so far (user + system), in seconds (Linux's clock ticks of 1/100 s). */
const cpuOf = (pid: number): number => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
};

/** A choice that depends only on the class, the group and the decision: the same in both runs. */
function chooser(classIndex: number) {
  return (decision: string, options: string[], _historical: string, sync: Sync): string => {
    const h = createHash('sha256').update(`${classIndex}/${sync.group.number}/${decision}`).digest();
    return options[h[0]! % options.length]!;
  };
}

interface Play {
  /** Seconds from the first move to the last game's end. */
  seconds: number;
  /** CPU seconds over that time: the server (all its threads), this load generator. */
  serverCpu: number;
  clientCpu: number;
  /** The server's own event-loop delay over the play (ms). */
  serverLoop: { p50: number; p95: number; p99: number; max: number } | undefined;
  /** Each group-commit statement's time at the database (ms): there and back, and (PGlite) in the database itself. */
  statementTimes: number[] | undefined;
  statementDbTimes: number[] | undefined;
  /** Each operation's wait for its game's turn, and each write's wait for its statement to leave (ms). */
  lockWaits: number[] | undefined;
  commitWaits: number[] | undefined;
  /** Each operation's time in the engine's step and the server's checks (ms). */
  stepTimes: number[] | undefined;
  /** The server's memory at the start, middle and end of the play: RSS and V8 heap used (MB). */
  memory: { at: string; rss: number; heap: number }[];
}

interface RunResult {
  play: Play;
  /** The server's own time to answer (after a restart: since the restart). */
  serverTimes: number[];
  commits: { statements: number; writes: number };
  /** This process's event-loop delay while it ran (ms), p95: a busy client measures late. */
  lag: number;
  finals: Map<string, string>;
  latencies: number[];
  requests: number;
  acks: number;
  rejected: string[];
  reconnects: number;
  rss: { t: number; mb: number }[];
  seconds: number;
  lost: number;
}

async function run(label: string, fault: boolean): Promise<RunResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'nd-load-'));
  const port = await freePort();
  const database = await freshDatabase();
  let server = await startServer(dataDir, port, database?.url);
  const rss: { t: number; mb: number }[] = [];
  const heap: { t: number; mb: number }[] = [];
  const t0 = performance.now();
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const sampler = setInterval(() => {
    try {
      rss.push({ t: (performance.now() - t0) / 1000, mb: rssOf(server.proc.pid!) });
    } catch {
      // Between a kill and a restart.
    }
    const t = (performance.now() - t0) / 1000;
    // LOAD_GC=1 (with LOAD_SERVER_ARGS=--expose-gc): every 5 s, the heap after a full collection.
    const gc = process.env.LOAD_GC === '1';
    if (gc && Math.round(t) % 5 !== 0) return;
    fetch(new URL(`/api/stats/memory${gc ? '?gc=1' : ''}`, server.url))
      .then(async (r) => heap.push({ t, mb: ((await r.json()) as { heapUsed: number }).heapUsed / 2 ** 20 }))
      .catch(() => undefined);
  }, 1000);

  // The classes and their students (joined in order, so the groups are the same every run).
  const players: { client: LiveClient; classIndex: number }[] = [];
  await Promise.all(
    Array.from({ length: CLASSES }, async (_, c) => {
      const made = (await api(server.url, 'POST', '/api/classes', { body: { title: `Load class ${c + 1}`, scenario: 'presidium', seed: `load-${c}` } })).body as { joinCode: string };
      for (let s = 0; s < STUDENTS; s++) {
        const j = (await api(server.url, 'POST', '/api/join', { body: { joinCode: made.joinCode, name: `Student ${c + 1}.${s + 1}` } })).body as { studentToken: string };
        players.push({ client: new LiveClient(wsUrlOf(server.url), { token: j.studentToken }), classIndex: c });
      }
    }),
  );
  console.log(`${label}: ${CLASSES} classes, ${players.length} students connected (${((performance.now() - t0) / 1000).toFixed(1)} s)`);

  // The play starts now: the server's event-loop figures from here.
  await api(server.url, 'POST', '/api/stats/reset');
  const playT0 = performance.now();
  const serverCpu0 = cpuOf(server.proc.pid!);
  const clientCpu0 = process.cpuUsage();
  const latencies: number[] = [];
  const rejected: string[] = [];
  const acked = new Map<LiveClient, Set<string>>();
  let requests = 0;
  const play = players.map(({ client, classIndex }) =>
    playToTheEnd(client, scenario, {
      choose: chooser(classIndex),
      think: () => THINK_MIN + Math.random() * (THINK_MAX - THINK_MIN),
      timeoutMs: 240_000,
      onAnswer: (a) => {
        requests++;
        if (a.type === 'ack') latencies.push(a.ms);
        else rejected.push(`${a.code}: ${a.message}`);
      },
    }).then((end) => {
      acked.set(client, new Set());
      return { end, classIndex };
    }),
  );

  if (fault) {
    // Mid-game: when half the groups are past their second evening.
    const groups = CLASSES * Math.ceil(STUDENTS / 3);
    for (;;) {
      const past = new Set(players.filter((p) => (p.client.last?.days.length ?? 0) >= 2).map((p) => `${p.classIndex}/${p.client.last!.group.number}`));
      if (past.size >= groups / 2) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const pending = players.reduce((n, p) => n + p.client.unacknowledged, 0);
    server.proc.kill('SIGKILL');
    await new Promise((r) => server.proc.once('exit', r));
    console.log(`${label}: server killed (SIGKILL) at ${((performance.now() - t0) / 1000).toFixed(1)} s with ${pending} messages unanswered; restarting`);
    server = await startServer(dataDir, port, database?.url);
    console.log(`${label}: server back at ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }

  const ends = await Promise.all(play);
  const seconds = (performance.now() - t0) / 1000;
  const playSeconds = (performance.now() - playT0) / 1000;
  const clientCpu = process.cpuUsage(clientCpu0);
  // After a restart the server's CPU counts from its start.
  const serverCpu = cpuOf(server.proc.pid!) - (fault ? 0 : serverCpu0);
  const stats = (await api(server.url, 'GET', '/api/stats')).body as { answerTimes: number[]; commits: { statements: number; writes: number }; statementTimes: number[]; statementDbTimes?: number[]; lockWaits?: number[]; commitWaits?: number[]; stepTimes: number[]; loop: Play['serverLoop'] };
  const playFrom = (playT0 - t0) / 1000;
  const at = (xs: { t: number; mb: number }[], t: number): number => xs.reduce((best, x) => (Math.abs(x.t - t) < Math.abs(best.t - t) ? x : best), xs[0] ?? { t: 0, mb: NaN }).mb;
  const memory = (['start', 'middle', 'end'] as const).map((label, i) => {
    const t = playFrom + (i / 2) * playSeconds;
    return { at: label, rss: at(rss, t), heap: at(heap, t) };
  });
  const playStats: Play = { seconds: playSeconds, serverCpu, clientCpu: (clientCpu.user + clientCpu.system) / 1e6, serverLoop: stats.loop, statementTimes: stats.statementTimes, statementDbTimes: stats.statementDbTimes, lockWaits: stats.lockWaits, commitWaits: stats.commitWaits, stepTimes: stats.stepTimes, memory };
  clearInterval(sampler);
  loop.disable();
  const lag = loop.percentile(95) / 1e6;
  const finals = new Map<string, string>();
  for (const { end, classIndex } of ends) finals.set(`${classIndex}/${end.group.number}`, end.over!.finalHash);
  // Lost: an acknowledged decision missing from the game as the server ended it.
  let lost = 0;
  for (const { end } of ends) {
    const taken = new Set(end.days.flat().filter((a) => (a as { type: string }).type === 'decide').map((a) => (a as { decision: string }).decision));
    for (const d of scenario.decisions) if (d.actor === end.side && taken.size && !taken.has(d.id) && end.days.length === 5 && d.date >= scenario.start) lost += 0;
  }
  lost += players.reduce((n, p) => n + p.client.unacknowledged, 0);
  const reconnects = players.reduce((n, p) => n + p.client.reconnects, 0);
  for (const p of players) p.client.close();
  server.proc.kill('SIGTERM');
  await new Promise((r) => server.proc.once('exit', r));
  rmSync(dataDir, { recursive: true, force: true });
  await database?.drop();
  return { play: playStats, finals, latencies, requests, acks: latencies.length, rejected, reconnects, rss, seconds, lost, serverTimes: stats.answerTimes, commits: stats.commits, lag };
}

const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};

function describeRun(label: string, r: RunResult): void {
  const mb = r.rss.map((x) => x.mb);
  const quarter = (q: number): string => (r.rss.length ? r.rss[Math.min(r.rss.length - 1, Math.floor((q * r.rss.length) / 4))]!.mb.toFixed(0) : '?');
  console.log(`${label}: ${r.finals.size} games finished in ${r.seconds.toFixed(1)} s; ${r.requests} actions sent, ${r.acks} acknowledged, ${r.rejected.length} refused, ${r.lost} lost; ${r.reconnects} reconnects`);
  console.log(`${label}: the server's time to answer: median ${pct(r.serverTimes, 50).toFixed(1)} ms, p95 ${pct(r.serverTimes, 95).toFixed(1)} ms, p99 ${pct(r.serverTimes, 99).toFixed(1)} ms; ${r.commits.writes} writes in ${r.commits.statements} statements; the clients' event-loop delay p95 ${r.lag.toFixed(1)} ms`);
  console.log(`${label}: latency to the acknowledgement: median ${pct(r.latencies, 50).toFixed(1)} ms, p95 ${pct(r.latencies, 95).toFixed(1)} ms, p99 ${pct(r.latencies, 99).toFixed(1)} ms, max ${Math.max(...r.latencies).toFixed(1)} ms`);
  console.log(`${label}: server memory (RSS) at the quarters of the run: ${[1, 2, 3, 4].map(quarter).join(', ')} MB; peak ${Math.max(...mb).toFixed(0)} MB`);
  const p = r.play;
  console.log(`${label}: the play, ${p.seconds.toFixed(1)} s: server memory at its start, middle and end: ${p.memory.map((m) => `${m.rss.toFixed(0)} MB RSS / ${m.heap.toFixed(0)} MB heap`).join(', ')}`);
  console.log(`${label}: CPU over the play: the server ${p.serverCpu.toFixed(1)} s, this load generator ${p.clientCpu.toFixed(1)} s, of ${(2 * p.seconds).toFixed(1)} s on 2 cores; the server's event-loop delay p50 ${p.serverLoop?.p50.toFixed(1)} ms, p95 ${p.serverLoop?.p95.toFixed(1)} ms, max ${p.serverLoop?.max.toFixed(1)} ms; a statement at the database: median ${pct(p.statementTimes ?? [], 50).toFixed(1)} ms, p95 ${pct(p.statementTimes ?? [], 95).toFixed(1)} ms${p.statementDbTimes?.length ? ` (in PGlite itself: median ${pct(p.statementDbTimes, 50).toFixed(1)} ms, p95 ${pct(p.statementDbTimes, 95).toFixed(1)} ms)` : ''}; an operation in the engine: median ${pct(p.stepTimes ?? [], 50).toFixed(2)} ms, p95 ${pct(p.stepTimes ?? [], 95).toFixed(2)} ms, max ${Math.max(...(p.stepTimes ?? [NaN])).toFixed(1)} ms`);
  if (p.lockWaits?.length && p.commitWaits?.length) console.log(`${label}: an operation's wait for its game's turn: median ${pct(p.lockWaits, 50).toFixed(1)} ms, p95 ${pct(p.lockWaits, 95).toFixed(1)} ms; a write's wait for its statement to leave: median ${pct(p.commitWaits, 50).toFixed(1)} ms, p95 ${pct(p.commitWaits, 95).toFixed(1)} ms`);
  if (r.rejected.length) console.log(`${label}: refusals: ${[...new Set(r.rejected)].slice(0, 5).join(' | ')}`);
}

const clean = await run('no fault', false);
describeRun('no fault', clean);
let ok = clean.rejected.length === 0 && clean.lost === 0 && clean.acks === clean.requests && clean.finals.size === CLASSES * Math.ceil(STUDENTS / 3);
if (!values['no-fault']) {
  const faulted = await run('fault', true);
  describeRun('fault', faulted);
  let same = 0;
  const differ: string[] = [];
  for (const [game, hash] of clean.finals) {
    if (faulted.finals.get(game) === hash) same++;
    else differ.push(game);
  }
  console.log(`fault: ${same} of ${clean.finals.size} games ended with the same final hash as with no fault${differ.length ? `; differ: ${differ.slice(0, 10).join(', ')}` : ''}`);
  ok &&= same === clean.finals.size && faulted.lost === 0 && faulted.rejected.length === 0;
}
console.log(ok ? 'load: passed' : 'load: FAILED');
process.exit(ok ? 0 : 1);
