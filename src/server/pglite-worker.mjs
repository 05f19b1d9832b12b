// PGlite on a thread of its own. PGlite runs PostgreSQL (WASM) on the thread that calls
// it, and a query holds that thread until it is done: here the server's main thread goes
// on reading sockets and stepping games while the database works on the other core.
// Plain JavaScript (a worker does not inherit tsx); the protocol is db.ts's.
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

const db = await PGlite.create(workerData.dataDir);
/** Statements prepared (or being prepared), by name. */
const prepared = new Map();
/** Open transactions: their queue of messages, and who waits for the next. */
const txs = new Map();

// What goes back to the main thread leaves in one message per turn of this thread's loop:
// a group commit's answer and the NOTIFYs it delivered cross together (each message
// between threads wakes the other one, and on two busy cores that costs more than the copy).
let outbox = [];
function flush() {
  const out = outbox;
  outbox = [];
  parentPort.postMessage(out.length === 1 ? out[0] : { batch: out });
}
function post(m) {
  if (!outbox.length) setImmediate(flush);
  outbox.push(m);
}
const reply = (id, result) => post({ id, ok: true, result });
const fail = (id, e) => post({ id, ok: false, error: { message: e?.message ?? String(e), code: e?.code } });
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
        // Planned once, on its first use; its text comes only until the main thread has seen it work.
        let planned = prepared.get(m.name);
        if (!planned) {
          if (m.sql === undefined) throw new Error(`statement ${m.name} was never sent`);
          planned = db.exec(`PREPARE ${m.name} (${m.types.join(', ')}) AS ${m.sql}`);
          prepared.set(m.name, planned);
          planned.catch(() => prepared.delete(m.name));
        }
        await planned;
        // PGlite's extended protocol cannot bind EXECUTE's arguments: they go as escaped literals.
        const t0 = performance.now();
        const results = await db.exec(`EXECUTE ${m.name}(${m.params.map((p) => (p === null ? 'NULL' : pg.escapeLiteral(p))).join(', ')})`);
        return reply(m.id, { rows: results[results.length - 1]?.rows ?? [], ms: performance.now() - t0 });
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
        await db.listen(m.channel, (payload) => post({ notify: m.channel, payload }));
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
