// Hand-ins are verified by the classroom room, never by a copy of its checks here: one
// entry is set through the class comparison on its own, which verifies it with the
// classroom's one verification (`verifyHandIn` in classroom/hand-in.ts: it parses a replay
// file, a code or a report, re-plays every action, and compares every turn's hash and every
// field the hand-in reports). A game it keeps is verified; one it leaves out carries the reason.
import { Worker } from 'node:worker_threads';
import { compareClass, replayText } from '../classroom';
import type { ClassGame } from '../classroom';
import { encodeReplayCode, parseReplay } from '../replay';
import type { Scenario } from '../scenario/resolve';
import { PendingCalls } from './thread-calls';

export type Verdict = { ok: true; game: ClassGame; code: string } | { ok: false; reason: string };

export function verifyHandIn(scenario: Scenario, name: string, text: string): Verdict {
  const result = compareClass(scenario, [{ name, text }]);
  const game = result.games[0];
  if (!game) return { ok: false, reason: result.excluded[0]?.reason ?? 'the hand-in could not be read' };
  // Kept as a code: compact, and what the comparison reads back.
  return { ok: true, game, code: encodeReplayCode(parseReplay(replayText(text))) };
}

interface Call {
  scenario: Scenario;
  name: string;
  text: string;
  resolve: (v: Verdict) => void;
  reject: (e: Error) => void;
}

/**
 * verifyHandIn on a thread of its own (verify-worker.ts), which reads the same scenario
 * files: a re-play takes tens of milliseconds, and a class's games end together. Without
 * a scenarios folder, with VERIFY_THREAD=0, or if the thread fails, it runs here.
 */
export class Verifier {
  private worker: Worker | null = null;
  private readonly calls = new PendingCalls<Call>();

  constructor(scenariosDir: string | null) {
    if (scenariosDir && process.env.VERIFY_THREAD !== '0') this.start(scenariosDir);
  }

  private start(scenariosDir: string): void {
    const worker = new Worker(new URL('./verify-thread.mjs', import.meta.url), { workerData: { scenariosDir } });
    // An idle thread does not keep the process alive.
    worker.unref();
    worker.on('message', (m: { id?: number; verdict?: Verdict; elsewhere?: boolean; error?: string }) => {
      const call = this.calls.take(m.id);
      if (!call) return;
      if (this.calls.size === 0) worker.unref();
      if (m.verdict) call.resolve(m.verdict);
      else if (m.elsewhere) this.here(call);
      else call.reject(new Error(m.error ?? 'the verification failed'));
    });
    const down = (why: string): void => {
      if (this.worker !== worker) return;
      this.worker = null;
      if (why) console.error(`the verification thread stopped (${why}); hand-ins are verified on the main thread`);
      for (const call of this.calls.drain()) this.here(call);
    };
    worker.on('error', (e) => down(e.message));
    worker.on('exit', (code) => down(code === 0 ? '' : `exit ${code}`));
    this.worker = worker;
  }

  private here(call: Call): void {
    try {
      call.resolve(verifyHandIn(call.scenario, call.name, call.text));
    } catch (e) {
      call.reject(e as Error);
    }
  }

  verify(scenario: Scenario, name: string, text: string): Promise<Verdict> {
    return new Promise((resolve, reject) => {
      const call: Call = { scenario, name, text, resolve, reject };
      if (!this.worker) return this.here(call);
      const id = this.calls.add(call);
      this.worker.ref();
      this.worker.postMessage({ id, scenario: scenario.id, contentHash: scenario.contentHash, name, text });
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    for (const call of this.calls.drain()) this.here(call);
    await worker?.terminate();
  }
}
