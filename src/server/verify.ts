// Hand-ins are verified by the classroom room, never by a copy of its checks here: the
// classroom's one verification (`verifyHandIn` in classroom/hand-in.ts: it parses a replay
// file, a code or a report, re-plays every action, and compares every turn's hash and every
// field the hand-in reports). A game it keeps is verified; one it refuses carries the reason:
// the classroom's English line, and its problem's code with the values the line names (both
// from the classroom's result), so that a page says it in its own language (docs/SERVER.md).
import { Worker } from 'node:worker_threads';
import { verifyHandIn as verifyWithClassroom } from '../classroom';
import type { ClassGame, HandInProblem } from '../classroom';
import { encodeReplayCode } from '../replay';
import type { ReplayFormatCode } from '../replay';
import type { Scenario } from '../scenario/resolve';
import { PendingCalls } from './thread-calls';

/**
 * Why a hand-in was refused, as stored (submissions.reason_code) and sent (`reasonCode`): the
 * classroom's problem (a replay's, `report:replay.CODE`; WRONG_SCENARIO and REPORT_MISMATCH,
 * `report:handIn.*`), an unreadable one with the format's code (`UNREADABLE.DAMAGED`,
 * `report:unreadable.DAMAGED`), a report without its code (NO_REPLAY_CODE), or a game
 * handed in already (SAME_GAME, the server's own).
 */
export type ReasonCode = Exclude<HandInProblem, 'UNREADABLE'> | 'UNREADABLE' | `UNREADABLE.${ReplayFormatCode}` | 'NO_REPLAY_CODE' | 'SAME_GAME';
/** What the reason names: a turn, the scenarios, a report's field, the group or student of the same game. */
export type ReasonValues = Record<string, string | number>;

export type Verdict = { ok: true; game: ClassGame; code: string } | { ok: false; reason: string; reasonCode: ReasonCode; reasonValues: ReasonValues };

export function verifyHandIn(scenario: Scenario, name: string, text: string): Verdict {
  const result = verifyWithClassroom(scenario, text);
  if (!result.ok) return { ok: false, reason: result.reason, ...refusalOf(result) };
  // Kept as a code: compact, and what the comparison reads back.
  return { ok: true, game: { name, ...result.game }, code: encodeReplayCode(result.replay) };
}

/** The code and values of the classroom's refusal, as stored and sent. */
function refusalOf(result: { problem: HandInProblem; detail?: ReplayFormatCode | 'NO_REPLAY_CODE'; values: ReasonValues }): { reasonCode: ReasonCode; reasonValues: ReasonValues } {
  if (result.problem !== 'UNREADABLE') return { reasonCode: result.problem, reasonValues: result.values };
  const { detail } = result;
  return { reasonCode: detail === 'NO_REPLAY_CODE' ? detail : detail ? `UNREADABLE.${detail}` : 'UNREADABLE', reasonValues: {} };
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
