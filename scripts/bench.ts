// npm run bench: how fast the engine is. Prints the median time of one turn and of a
// whole campaign game (with and without the per-turn state hash), and batch throughput
// with 1 and 2 worker threads. Budgets: a game in 2 ms or less; 1,000 games/s or more.
import { availableParallelism, cpus } from 'node:os';
import { autoplay, newGame, step } from '../src/engine';
import { runBatch } from '../src/cli/batch-run';
import { loadScenarioPaths } from '../src/cli/scenario-files';
import { table } from '../src/cli/output';

const scenario = loadScenarioPaths().scenarios.get('campaign');
if (!scenario) throw new Error('campaign scenario missing');
const median = (v: number[]): number => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;
const ms = (n: number): string => `${n.toFixed(3)} ms`;

// Warm up the JIT, as a long batch would.
for (let i = 0; i < 300; i++) autoplay(scenario, { seed: `warm-${i}` }, { hashes: false });

const turns: number[] = [];
for (let i = 0; i < 300; i++) {
  let s = newGame(scenario, { seed: `turn-${i}` });
  while (s.status === 'playing') {
    const t = performance.now();
    const r = step(scenario, s, { type: 'endTurn' });
    turns.push(performance.now() - t);
    if (!r.ok) throw new Error(r.error.message);
    s = r.state;
  }
}
// The same seeds, interleaved so that the machine's load falls on each alike: the sides
// reacting (the default), the sides following history (no policy to weigh), and with a hash per turn.
const games: number[] = [];
const gamesHistorical: number[] = [];
const gamesHashed: number[] = [];
for (let i = 0; i < 1000; i++) {
  let t = performance.now();
  autoplay(scenario, { seed: `game-${i}` }, { hashes: false });
  games.push(performance.now() - t);
  t = performance.now();
  autoplay(scenario, { seed: `game-${i}`, defaultPolicy: 'historical' }, { hashes: false });
  gamesHistorical.push(performance.now() - t);
  t = performance.now();
  autoplay(scenario, { seed: `game-${i}` });
  gamesHashed.push(performance.now() - t);
}
const reactiveCost = median(games) / median(gamesHistorical);

const runs = 10_000;
const seeds = Array.from({ length: runs }, (_, i) => `batch-${i}`);
const throughput: [string, number, number][] = [];
for (const workers of [1, 2]) {
  const t = performance.now();
  await runBatch({ scenario, setup: {}, playerPolicy: 'reactive' }, seeds, workers, () => undefined);
  const secs = (performance.now() - t) / 1000;
  throughput.push([`batch, ${workers} worker${workers > 1 ? 's' : ''} (${runs} games)`, runs / secs, secs]);
}

const rows: (string | number)[][] = [
  ['one turn (median of 5,700)', ms(median(turns)), ''],
  ['campaign game, 19 turns, sides reacting (median of 1,000)', ms(median(games)), median(games) <= 2 ? 'within 2 ms' : 'OVER 2 ms'],
  ['campaign game, sides following history', ms(median(gamesHistorical)), ''],
  ['cost of the reactive sides (ratio of the two)', `×${reactiveCost.toFixed(2)}`, reactiveCost <= 1.5 ? 'at most ×1.5' : 'OVER ×1.5'],
  ['campaign game with a state hash per turn', ms(median(gamesHashed)), ''],
  ...throughput.map(([label, rate, secs]) => [label, `${Math.round(rate).toLocaleString('en-GB')} games/s (${secs.toFixed(2)} s)`, label.includes('2 workers') ? (rate >= 1000 ? 'at least 1,000/s' : 'UNDER 1,000/s') : '']),
];
console.log(`Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'}, ${availableParallelism()} cores\n`);
console.log(table(['measure', 'result', 'budget'], rows));
