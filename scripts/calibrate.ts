// Writes docs/CALIBRATION.md: the campaign against its targets. For each main side played
// with history's choices (the other sides reactive): the outcome shares and the medians of
// the headline figures against the article's; the same side playing to its own aims; and
// what forcing each non-historical option of the three main sides changes, in the outcome,
// the figures and the later choices of the other sides.
//   npm run calibrate -- [--seeds 300] [--out docs/CALIBRATION.md]
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadScenarioPaths } from '../src/cli/scenario-files';
import type { Scenario } from '../src/scenario/resolve';
import { MAIN_SIDES, MIN_REACHED, TARGETS, movedMetrics, forcedEffect, historicalOutcome, mainSidePairs, runMany, seedList } from './lib/calibration';
import type { ForcedResult, RunSummary } from './lib/calibration';

const { values } = parseArgs({ options: { seeds: { type: 'string', default: '300' }, out: { type: 'string', default: '' } } });
const n = Number(values.seeds);
if (!Number.isInteger(n) || n < 10 || n > 5000) throw new Error('--seeds is a whole number from 10 to 5000');
const seeds = seedList(n);
const scenario = loadScenarioPaths().scenarios.get('campaign') as Scenario;
const hist = historicalOutcome(scenario);
const label = (id: string): string => scenario.outcomes.find((o) => o.id === id)?.label ?? id;
const metricLabel = (id: string): string => scenario.metrics.find((m) => m.id === id)?.label ?? id;
const fmt = (v: number): string => Math.round(v).toLocaleString('en-GB');
const pct = (share: number): string => `${Math.round(share * 100)}%`;
const started = performance.now();
const progress = (what: string): void => {
  process.stderr.write(`calibrate: ${what} (${((performance.now() - started) / 1000).toFixed(0)} s)\n`);
};

const lines: string[] = [];
lines.push('# Calibration', '');
lines.push(`Measured by \`npm run calibrate -- --seeds ${n}\` (seeds \`cal-0\` … \`cal-${n - 1}\`; engine version in the README). Every other side plays the \`reactive\` policy unless a row says otherwise. Regenerate after any change to the rules or the data.`, '');

// 1. Each main side with history's choices.
lines.push('## A side taking history’s choices, the others reacting', '');
lines.push('The player side takes history’s option at every decision (`--role SIDE --policy historical`); every other side decides as it would in the world it faces. Target: history’s outcome in 55–85% of games, and the medians at 10 November within the article’s figures.', '');
const roleRuns: Record<string, RunSummary> = {};
for (const side of MAIN_SIDES) {
  progress(`${side} with history's choices`);
  roleRuns[side] = runMany(scenario, { roles: { [side]: 'player' }, playerPolicy: 'historical' }, seeds);
}
lines.push(`| Figure at 10 November | The article | ${MAIN_SIDES.map((s) => scenario.sides.find((x) => x.id === s)!.name).join(' | ')} |`, `|---|---|${MAIN_SIDES.map(() => '---:').join('|')}|`);
const verdict = (m: string, v: number): string => {
  const t = TARGETS[m]!;
  if (v >= t.articleLow * 0.95 && v <= t.articleHigh * 1.05) return 'in the article’s range';
  if (v >= t.low && v <= t.high) return v < t.articleLow ? 'below the article’s figure' : 'above the article’s figure';
  return '**outside the accepted range**';
};
for (const m of Object.keys(TARGETS)) {
  lines.push(`| ${metricLabel(m)} | ${TARGETS[m]!.article} | ${MAIN_SIDES.map((s) => `${fmt(roleRuns[s]!.medians[m]!)} (${verdict(m, roleRuns[s]!.medians[m]!)})`).join(' | ')} |`);
}
lines.push(`| History’s outcome (${label(hist)}) | target 55–85% | ${MAIN_SIDES.map((s) => pct(roleRuns[s]!.outcomes[hist] ?? 0)).join(' | ')} |`, '');
lines.push('"In the article’s range" allows 5% either side of the article’s figure or range; the accepted range (the issue’s, for a model of this grain) is wider. Outcomes in each run:', '');
for (const side of MAIN_SIDES) {
  const o = Object.entries(roleRuns[side]!.outcomes).sort((a, b) => b[1] - a[1]).map(([id, s]) => `${label(id)} ${pct(s)}`).join(', ');
  lines.push(`- ${scenario.sides.find((x) => x.id === side)!.name}: ${o}`);
}

// 2. A side playing to its own aims.
lines.push('', '## A side playing to its own aims', '');
lines.push('The player side plays `adaptive` (its aims: the figures and flags in its data), the others reactive. Target: an outcome other than history’s in at least 30% of games.', '');
lines.push('| Side | Another outcome than history’s | Outcomes |', '|---|---:|---|');
for (const side of ['revolutionaries', 'government']) {
  progress(`${side} playing to its aims`);
  const r = runMany(scenario, { roles: { [side]: 'player' }, playerPolicy: 'adaptive' }, seeds);
  lines.push(`| ${scenario.sides.find((x) => x.id === side)!.name} | ${pct(1 - (r.outcomes[hist] ?? 0))} | ${Object.entries(r.outcomes).sort((a, b) => b[1] - a[1]).map(([id, s]) => `${label(id)} ${pct(s)}`).join(', ')} |`);
}

// 3. Forcing each option.
progress('every side reacting');
const base = runMany(scenario, {}, seeds);
lines.push('', '## What one choice changes', '');
lines.push(`Every side reactive; then each non-historical option of the three main sides forced in turn (\`--choose DECISION=OPTION\`), on the same seeds. With every side reacting and nothing forced: ${Object.entries(base.outcomes).sort((a, b) => b[1] - a[1]).map(([id, s]) => `${label(id)} ${pct(s)}`).join(', ')}.`, '');
lines.push('Each change is measured over the games in which the decision arises (before it, the forced and the unforced game are the same game, so they arise in the same games). A choice **moves** the game when, over those games, the outcome shares shift by 10 points or more (total variation) or the median of a headline figure (' + movedMetrics(scenario).map(metricLabel).join(', ') + ') by 15% or more; a decision that arises in fewer than ' + MIN_REACHED + ' games is counted as not moving. It **is answered** when a later decision of another side changes its option shares by 5 points or more.', '');
lines.push('| Date | Decision | Option forced | Games | Outcome shift | Figures moved | Later decisions of others that changed | Likeliest outcome (all games) |', '|---|---|---|---:|---:|---|---|---|');
const results: ForcedResult[] = [];
const pairs = mainSidePairs(scenario);
pairs.forEach((p, i) => {
  if (i % 10 === 0) progress(`forcing ${i + 1}–${Math.min(i + 10, pairs.length)} of ${pairs.length}`);
  const r = forcedEffect(scenario, base, p.decision, p.option, seeds);
  results.push(r);
  const d = scenario.decisions.find((x) => x.id === p.decision)!;
  const o = d.options.find((x) => x.id === p.option)!;
  const figures = Object.entries(r.figures).map(([m, c]) => `${metricLabel(m)} ${c > 0 ? '+' : ''}${Math.round(c * 100)}%`).join(', ');
  lines.push(`| ${d.date.slice(5)} | ${d.title} | ${o.label} | ${r.reached} | ${Math.round(r.outcomeShift * 100)} pts | ${figures || '—'} | ${r.reactions.length ? r.reactions.length + ': ' + r.reactions.slice(0, 4).join(', ') + (r.reactions.length > 4 ? ', …' : '') : '—'} | ${label(r.topOutcome.id)} ${pct(r.topOutcome.share)} |`);
});
const moved = results.filter((r) => r.moves).length;
const answered = results.filter((r) => r.reactions.length > 0).length;
const maxTop = Math.max(...results.map((r) => r.topOutcome.share));
lines.push('', `- Moves the game: **${moved} of ${results.length}** forced options (${pct(moved / results.length)}; target at least 70%).`);
lines.push(`- Answered by another side: **${answered} of ${results.length}** (${pct(answered / results.length)}; target at least half).`);
lines.push(`- No forced option makes one outcome certain: the largest share any one outcome took was **${pct(maxTop)}** (target at most 97%).`);
lines.push('', `(${n} seeds per row; measured in ${((performance.now() - started) / 1000).toFixed(0)} s.)`);
const text = lines.join('\n') + '\n';
if (values.out) writeFileSync(values.out, text);
process.stdout.write(text);
