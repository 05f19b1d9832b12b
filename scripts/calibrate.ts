// Prints the calibration tables of docs/CALIBRATION.md: history's choices over many
// seeds against the text's figures, and what forcing each other option changes.
//   npm run calibrate -- [--seeds 200] [--out docs/CALIBRATION.md]
import { writeFileSync } from 'node:fs';
import { loadScenarioPaths } from '../src/cli/scenario-files';
import { autoplay } from '../src/engine';
import type { Scenario } from '../src/scenario/resolve';

const args = process.argv.slice(2);
const flag = (name: string, fallback: string): string => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const seeds = Number(flag('--seeds', '200'));
const out = flag('--out', '');

const HEADLINE = ['hungarianDead', 'hungarianWounded', 'sovietDead', 'sovietWounded', 'prisonersFreed', 'councils', 'refugees'] as const;
/** The acceptance ranges for the medians at 10 November, with the text's figures. */
const TARGETS: Record<string, { low: number; high: number; text: string }> = {
  hungarianDead: { low: 1800, high: 3300, text: 'about 2,500; 2,500–3,000' },
  hungarianWounded: { low: 10000, high: 25000, text: '13,000–20,000' },
  sovietDead: { low: 500, high: 950, text: '699–722' },
  sovietWounded: { low: 1000, high: 2000, text: '1,450–1,540' },
  prisonersFreed: { low: 5000, high: 11000, text: 'about 8,000' },
  councils: { low: 1500, high: 2700, text: 'about 2,100' },
  refugees: { low: 0, high: Infinity, text: 'about 200,000 over the following months (no figure for 10 November)' },
};

interface Summary {
  medians: Record<string, number>;
  outcomes: Record<string, number>;
}

function run(scenario: Scenario, forced: Record<string, string>): Summary {
  const values: Record<string, number[]> = {};
  const outcomes: Record<string, number> = {};
  for (let i = 0; i < seeds; i++) {
    const g = autoplay(scenario, { seed: `cal-${i}`, forced }, { hashes: false });
    for (const m of HEADLINE) (values[m] ??= []).push(g.final.metrics[m]!);
    const o = g.final.outcome!.id;
    outcomes[o] = (outcomes[o] ?? 0) + 1;
  }
  const medians: Record<string, number> = {};
  for (const [m, v] of Object.entries(values)) medians[m] = v.sort((a, b) => a - b)[Math.floor(v.length / 2)]!;
  return { medians, outcomes };
}

const fmt = (n: number): string => Math.round(n).toLocaleString('en-GB');
const pct = (n: number): string => `${Math.round(n)}%`;

const scenario = loadScenarioPaths().scenarios.get('campaign');
if (!scenario) throw new Error('campaign scenario missing');
const historicalOutcome = scenario.outcomes.find((o) => o.historical)!.id;
const started = performance.now();
const base = run(scenario, {});
const lines: string[] = [];
lines.push(`# Calibration`, '', `Measured by \`npm run calibrate -- --seeds ${seeds}\` (every side on the \`historical\` policy, seeds \`cal-0\` … \`cal-${seeds - 1}\`). The game's medians at 10 November against the text:`, '');
lines.push('| Metric | Median | Acceptable range | The text | |', '|---|---:|---:|---|---|');
for (const m of HEADLINE) {
  const t = TARGETS[m]!;
  const v = base.medians[m]!;
  const ok = v >= t.low && v <= t.high;
  const range = Number.isFinite(t.high) ? `${fmt(t.low)}–${fmt(t.high)}` : '—';
  lines.push(`| ${scenario.metrics.find((x) => x.id === m)!.label} | ${fmt(v)} | ${range} | ${t.text} | ${ok ? 'in range' : '**out of range**'} |`);
}
const histShare = ((base.outcomes[historicalOutcome] ?? 0) / seeds) * 100;
lines.push('', `History's outcome (${scenario.outcomes.find((o) => o.historical)!.label}) came in **${pct(histShare)}** of ${seeds} games. All outcomes:`, '');
for (const [o, n] of Object.entries(base.outcomes).sort((a, b) => b[1] - a[1])) lines.push(`- ${scenario.outcomes.find((x) => x.id === o)!.label}: ${n}`);

lines.push('', '## Choices matter', '', 'Each non-historical option forced in turn (`--choose DECISION=OPTION`), everything else as history. A change counts when the outcome mix shifts by 10 points or more, or a headline median moves by 10% or more.', '');
lines.push('| Decision | Option forced | History\'s outcome | Hungarian dead | Soviet dead | Councils | Refugees | Moves |', '|---|---|---:|---:|---:|---:|---:|---|');
let moved = 0;
let total = 0;
const movedDecisions = new Set<string>();
for (const d of scenario.decisions) {
  for (const o of d.options.filter((x) => !x.historical)) {
    const r = run(scenario, { [d.id]: o.id });
    const share = ((r.outcomes[historicalOutcome] ?? 0) / seeds) * 100;
    const changes: string[] = [];
    if (Math.abs(share - histShare) >= 10) changes.push('outcome');
    for (const m of HEADLINE) {
      const b = base.medians[m]!;
      if (b > 0 && Math.abs(r.medians[m]! - b) / b >= 0.1) changes.push(m);
    }
    total++;
    if (changes.length) {
      moved++;
      movedDecisions.add(d.id);
    }
    lines.push(`| ${d.title} | ${o.label} | ${pct(share)} | ${fmt(r.medians.hungarianDead!)} | ${fmt(r.medians.sovietDead!)} | ${fmt(r.medians.councils!)} | ${fmt(r.medians.refugees!)} | ${changes.join(', ') || '—'} |`);
  }
}
lines.push('', `Forcing moved the outcome or a headline figure by the thresholds for ${moved} of ${total} non-historical options, and for ${movedDecisions.size} of ${scenario.decisions.length} decision points.`, '');
lines.push(`(${seeds} seeds per row; measured in ${((performance.now() - started) / 1000).toFixed(0)} s.)`);
const text = lines.join('\n') + '\n';
if (out) writeFileSync(out, text);
process.stdout.write(text);
