// Hand-ins verified on a thread of their own: re-playing a finished game (every action
// stepped, every turn hashed, the metrics read) takes tens of milliseconds, and when a
// class's games end together the main thread would stop answering moves meanwhile.
// The verification is verify.ts's (the classroom room's); this only carries it.
import { parentPort, workerData } from 'node:worker_threads';
import { loadScenarioDir } from './scenarios';
import { verifyHandIn } from './verify';

const scenarios = loadScenarioDir((workerData as { scenariosDir: string }).scenariosDir);

parentPort!.on('message', (m: { id: number; scenario: string; contentHash: string; name: string; text: string }) => {
  const scenario = scenarios.get(m.scenario);
  // Another version of the scenario than the server's: the server verifies it itself.
  if (!scenario || scenario.contentHash !== m.contentHash) return parentPort!.postMessage({ id: m.id, elsewhere: true });
  try {
    parentPort!.postMessage({ id: m.id, verdict: verifyHandIn(scenario, m.name, m.text) });
  } catch (e) {
    parentPort!.postMessage({ id: m.id, error: (e as Error).message ?? String(e) });
  }
});
parentPort!.postMessage({ ready: true });
