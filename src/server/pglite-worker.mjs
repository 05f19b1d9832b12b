// PGlite on a thread of its own. PGlite runs PostgreSQL (WASM) on the thread that calls
// it, and a query holds that thread until it is done: here the server's main thread goes
// on reading sockets and stepping games while the database works on the other core.
// Plain JavaScript (a worker does not inherit tsx); the protocol is db.ts's.
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

const db = await PGlite.create(workerData.dataDir);
const prepared = new Set();
/** Open transactions: their queue of messages, and who waits for the next. */
const txs = new Map();

const reply = (id, result) => parentPort.postMessage({ id, ok: true, result });
const fail = (id, e) => parentPort.postMessage({ id, ok: false, error: { message: e?.message ?? String(e), code: e?.code } });
const rows = (r) => ({ rows: r.rows, rowCount: r.affectedRows ?? r.rows.length });

function nextOf(tx) {
  const t = txs.get(tx);
  if (t.queue.length) return Promise.resolve(t.queue.shift());
  return new Promise((resolve) => (t.waiting = resolve));
}

parentPort.on('message', (m) => {
  if (m.tx !== undefined && m.op !== 'begin') {
    const t = txs.get(m.tx);
    if (!t) return fail(m.id, new Error('no such transaction'));
    if (t.waiting) {
      const w = t.waiting;
      t.waiting = null;
      w(m);
    } else t.queue.push(m);
    return;
  }
  void handle(m);
});

async function handle(m) {
  try {
    switch (m.op) {
      case 'query':
        return reply(m.id, rows(await db.query(m.sql, m.params)));
      case 'prepared': {
        if (!prepared.has(m.name)) {
          await db.exec(`PREPARE ${m.name} (${m.types.join(', ')}) AS ${m.sql}`);
          prepared.add(m.name);
        }
        // PGlite's extended protocol cannot bind EXECUTE's arguments: they go as escaped literals.
        const results = await db.exec(`EXECUTE ${m.name}(${m.params.map((p) => (p === null ? 'NULL' : pg.escapeLiteral(p))).join(', ')})`);
        return reply(m.id, { rows: results[results.length - 1]?.rows ?? [] });
      }
      case 'begin': {
        txs.set(m.tx, { queue: [], waiting: null });
        let begun = false;
        await db
          .transaction(async (t) => {
            reply(m.id, null);
            begun = true;
            for (;;) {
              const next = await nextOf(m.tx);
              if (next.op === 'commit') {
                reply(next.id, null);
                return;
              }
              if (next.op === 'rollback') {
                await t.rollback();
                reply(next.id, null);
                return;
              }
              try {
                reply(next.id, rows(await t.query(next.sql, next.params)));
              } catch (e) {
                fail(next.id, e);
              }
            }
          })
          .catch((e) => {
            if (!begun) fail(m.id, e);
          });
        txs.delete(m.tx);
        return;
      }
      case 'listen':
        await db.listen(m.channel, (payload) => parentPort.postMessage({ notify: m.channel, payload }));
        return reply(m.id, null);
      case 'close':
        await db.close();
        return reply(m.id, null);
      default:
        return fail(m.id, new Error(`unknown op ${m.op}`));
    }
  } catch (e) {
    fail(m.id, e);
  }
}

parentPort.postMessage({ ready: true });
