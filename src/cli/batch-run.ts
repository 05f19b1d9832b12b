// Many games at once, spread over worker threads. The same function runs a chunk of
// seeds in a worker or, with one worker, in the main thread.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { autoplay } from '../engine';
import type { GameSetup, PolicyId } from '../engine';
import type { Scenario } from '../scenario/resolve';

export interface BatchJob {
  scenario: Scenario;
  setup: Omit<GameSetup, 'seed'>;
  playerPolicy: PolicyId;
}

export interface GameResult {
  seed: string;
  metrics: Record<string, number>;
  outcome: string;
  /** decision id → the option taken. */
  choices: Record<string, string>;
}

export function runChunk(job: BatchJob, seeds: string[]): GameResult[] {
  return seeds.map((seed) => {
    const g = autoplay(job.scenario, { ...job.setup, seed }, { playerPolicy: job.playerPolicy, throwaway: true });
    const choices: Record<string, string> = {};
    for (const [id, c] of Object.entries(g.final.chosen)) choices[id] = c.option;
    return { seed, metrics: { ...g.final.metrics }, outcome: g.final.outcome!.id, choices };
  });
}

export const defaultWorkers = (): number => Math.max(1, Math.min(availableParallelism(), 8));

/** Run every seed; `onProgress` hears how many are done. Results come back in seed order. */
export async function runBatch(job: BatchJob, seeds: string[], workers: number, onProgress: (done: number) => void): Promise<GameResult[]> {
  const chunkSize = Math.max(10, Math.min(250, Math.ceil(seeds.length / (workers * 8))));
  const chunks: string[][] = [];
  for (let i = 0; i < seeds.length; i += chunkSize) chunks.push(seeds.slice(i, i + chunkSize));
  const results: GameResult[][] = new Array(chunks.length);
  let done = 0;
  if (workers <= 1) {
    chunks.forEach((c, i) => {
      results[i] = runChunk(job, c);
      done += c.length;
      onProgress(done);
    });
    return results.flat();
  }
  const workerUrl = new URL('./batch-worker.mjs', import.meta.url);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(workers, chunks.length) }, () =>
      new Promise<void>((resolve, reject) => {
        const w = new Worker(workerUrl, { workerData: { job } });
        const feed = (): void => {
          if (next >= chunks.length) {
            void w.terminate().then(() => resolve());
            return;
          }
          const index = next++;
          w.postMessage({ index, seeds: chunks[index] });
        };
        w.on('message', (m: { index: number; results: GameResult[] }) => {
          results[m.index] = m.results;
          done += m.results.length;
          onProgress(done);
          feed();
        });
        w.on('error', reject);
        w.on('online', feed);
      }),
    ),
  );
  return results.flat();
}
