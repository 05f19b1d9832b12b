// Worker thread for `batch`: runs the chunks of seeds it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import { runChunk } from './batch-run';
import type { BatchJob } from './batch-run';

const { job } = workerData as { job: BatchJob };
parentPort!.on('message', (m: { index: number; seeds: string[] }) => {
  parentPort!.postMessage({ index: m.index, results: runChunk(job, m.seeds) });
});
