// Writes docs/SCENARIO.md from the campaign's data: every decision with its options and
// what each does, every development, every outcome and its conditions, and every model
// parameter with how it was reached. Generated, so it cannot drift from the data.
//   npm run docs
import { writeFileSync } from 'node:fs';
import { loadScenarioPaths } from '../src/cli/scenario-files';
import type { Scenario } from '../src/scenario/resolve';
import { autoplay, optionChances, rulesFor, worldBefore } from '../src/engine';
import type { Condition, Effect, When } from '../src/scenario/schema';

const s = loadScenarioPaths().scenarios.get('campaign') as Scenario;
const area = (id: string): string => s.areas.find((a) => a.id === id)?.name ?? id;
const side = (id: string): string => s.sides.find((x) => x.id === id)?.name ?? id;
const flag = (id: string): string => s.flags.find((f) => f.id === id)?.label ?? id;
const signed = (n: number): string => (n > 0 ? `+${n}` : String(n));
const esc = (t: string): string => t.replace(/\|/g, '\\|');

function effect(e: Effect): string {
  return e.when?.length ? `${effectText(e)} (if ${when(e.when)})` : effectText(e);
}

function effectText(e: Effect): string {
  switch (e.type) {
    case 'national':
      return e.set !== undefined ? `${e.key} set to ${e.set}` : `${e.key} ${signed(e.add ?? 0)}`;
    case 'flag':
      return `${e.value ? '' : 'not '}“${flag(e.flag)}”`;
    case 'posture':
      return `${e.side} posture: ${e.value}`;
    case 'government':
      return `government: ${e.value}`;
    case 'area':
      return `${e.field} ${signed(e.add)} in ${e.area ? area(e.area) : e.character ? `${e.character} areas` : e.region === 'budapest' ? 'Budapest' : 'the country'}`;
    case 'forces':
      return e.scale !== undefined ? `${side(e.side)} in ${area(e.area)} ×${e.scale}` : `${signed(e.add ?? 0)} ${side(e.side)} in ${area(e.area)}`;
    case 'control':
      return `${area(e.area)} to ${side(e.side)}`;
    case 'clash':
      return `${e.label}: ${e.dead.low === e.dead.high ? e.dead.low : `${e.dead.low}–${e.dead.high}`} dead${e.estimate ? ' (estimate)' : ''}`;
    case 'metric':
      return `${e.metric} +${e.add.low}–${e.add.high}`;
    case 'order':
      return `${side(e.side)} ordered to ${e.order ?? 'no standing order'} in ${e.areas.map(area).join(', ')}`;
  }
}

function condition(c: Condition): string {
  switch (c.type) {
    case 'flag':
      return `${c.is ? '' : 'not '}“${flag(c.flag)}”`;
    case 'national':
      return `${c.key}${c.min !== undefined ? ` ≥ ${c.min}` : ''}${c.max !== undefined ? ` ≤ ${c.max}` : ''}`;
    case 'government':
      return `government is ${c.in.join(' or ')}`;
    case 'posture':
      return `${c.side} posture is ${c.in.join(' or ')}`;
    case 'chosen':
      return `${c.not ? 'not ' : ''}${c.decision}${c.option ? ` = ${c.option}` : ' decided'}`;
    case 'control':
      return `${area(c.area)} held by ${c.sides.join(' or ')}`;
    case 'share':
      return `share of ${c.region} held by ${c.sides.join('/')}${c.min !== undefined ? ` ≥ ${c.min}` : ''}${c.max !== undefined ? ` ≤ ${c.max}` : ''}`;
    case 'metric':
      return `${c.metric}${c.min !== undefined ? ` ≥ ${c.min}` : ''}${c.max !== undefined ? ` ≤ ${c.max}` : ''}`;
  }
}
const when = (w: When | undefined): string => (w && w.length ? w.map((c) => (c.type === 'any' ? `(${c.of.map(condition).join(' or ')})` : condition(c))).join('; ') : 'always');

/**
 * History's turning points, measured: on the morning each arose in a game played as history
 * went, the chance a side reacting to the world gives history's option, and that chance with
 * each of its reasons taken away (as an earlier choice would take it away).
 */
function turningPoints(): string[] {
  const TURNING = ['call-soviets', 'radio-crowd', 'zhukov-order', 'kossuth-square', 'khrushchev-withdraw', 'soviet-declaration', 'presidium-reverses', 'neutrality', 'whirlwind', 'kadar-proclaims'];
  const rules = rulesFor(s);
  const game = autoplay(s, { seed: 'docs-turning', defaultPolicy: 'historical' }, { keepStates: true });
  const T = s.model.policyTemperature.value;
  const floor = s.model.policyFloor.value;
  const chanceOf = (weights: number[], i: number): number => {
    const top = Math.max(...weights);
    const e = weights.map((w) => Math.exp((w - top) / T));
    const k = weights.length;
    return floor + (1 - k * floor) * (e[i]! / e.reduce((a, b) => a + b, 0));
  };
  const lines = ['## History’s turning points', '', 'For each turning point the source explains: the moment it arose in a game played as history went (seed `docs-turning`: that day’s earlier decisions taken), the chance a reacting side gives history’s option, and that chance with each reason for it taken away. Tests hold each turning point to the direction the source gives (`tests/campaign/turning-points.test.ts`).', ''];
  lines.push('| Turning point | History’s option | Its chance | The reasons for it, and the chance without each |', '|---|---|---:|---|');
  for (const id of TURNING) {
    const d = rules.decisions.get(id);
    if (!d) continue;
    const morning = game.states.find((x) => x.date === d.date && x.status === 'playing');
    if (!morning || !morning.open.includes(id)) continue;
    // The world as the decision met it: the day's earlier decisions taken.
    const chances = optionChances(rules, worldBefore(rules, morning, id), d);
    const hist = d.options.find((o) => o.historical)!;
    const i = chances.findIndex((c) => c.option === hist.id);
    if (i < 0) continue;
    const weights = chances.map((c) => c.weight);
    const without = chances[i]!.factors.filter((f) => f.value > 0).map((f) => {
      const w = [...weights];
      w[i] = w[i]! - f.value;
      return `${f.label} (${signed(Math.round(f.value * 100) / 100)}): ${Math.round(chanceOf(w, i) * 100)}%`;
    });
    lines.push(`| ${d.date.slice(5)} ${esc(d.title)} | ${esc(hist.label)} | ${Math.round(chances[i]!.chance * 100)}% | ${esc(without.join('; ') || '—')} |`);
  }
  lines.push('');
  return lines;
}

const out: string[] = [];
out.push('# The campaign in data', '', '_Generated by `npm run docs` from `scenarios/campaign/`: do not edit by hand._', '');
out.push(`${s.sides.length} sides, ${s.areas.length} areas, ${s.decisions.length} decision points, ${s.developments.length} developments, ${s.events.length} events in the record, ${s.outcomes.length} outcomes. Content hash \`${s.contentHash}\`.`, '');
out.push(...turningPoints());
out.push('## Decision points', '', 'History’s option is marked ★. “Reasons” lists what a side without a player weighs for each option (in units of inclination: +1 makes an option about e times likelier before the temperature), each with the condition under which it counts; “scaled” reasons grow with a figure. A decision arises when its conditions hold at dawn, and is dropped if the day’s earlier decisions undo them.', '');
for (const d of s.decisions) {
  out.push(`### ${d.date.slice(5)} · ${d.title} (${side(d.actor)})`, '');
  out.push(`${d.prompt}`, '');
  out.push(`Arises: ${when(d.when)}. Source: ${d.source.section}, “${d.source.quote}”.${d.dateEstimate ? ` Date: ${d.dateEstimate.basis}` : ''}`, '');
  out.push('| Option | Effects | Reasons |', '|---|---|---|');
  for (const o of d.options) {
    out.push(`| ${o.historical ? '★ ' : ''}${esc(o.label)}${o.when?.length ? ` (only if ${esc(when(o.when))})` : ''} | ${esc(o.effects.map(effect).join('; ') || '—')} | ${esc(o.appeal.map((a) => `${signed(a.weight)} ${a.factor}${a.when?.length ? ` [if ${when(a.when)}]` : ''}${a.scale ? ` [scaled: ${a.scale.national ?? a.scale.metric ?? 'share'} ${a.scale.from}→${a.scale.to}]` : ''}`).join('; '))} |`);
  }
  out.push('');
}
out.push('## Developments', '', 'Things that happen on their date whoever plays, when their conditions hold.', '', '| Date | Development | Conditions | Effects |', '|---|---|---|---|');
for (const d of s.developments) out.push(`| ${d.date.slice(5)}${d.dateEstimate ? ' (estimate)' : ''} | ${esc(d.title)} | ${esc(when(d.when))} | ${esc(d.effects.map(effect).join('; '))} |`);
const estimatedDevelopments = s.developments.filter((d) => d.dateEstimate);
if (estimatedDevelopments.length > 0) out.push('', 'Estimated dates (the source gives no day):', '', ...estimatedDevelopments.map((d) => `- ${d.title}: ${d.dateEstimate?.basis ?? ''}`));
out.push('', '## Outcomes', '', 'Judged at the end of the last day, in this order: the first whose conditions all hold.', '', '| Outcome | History | Conditions |', '|---|---|---|');
for (const o of s.outcomes) out.push(`| ${esc(o.label)} | ${o.historical ? 'yes' : ''} | ${esc(when(o.when))}${o.endsEarly ? ' (may end the game early)' : ''} |`);
out.push('', '## Model parameters', '', '| Parameter | Value | How it was reached |', '|---|---:|---|');
for (const [k, p] of Object.entries(s.model)) out.push(`| ${k} | ${p.value} | ${esc(p.basis)} |`);
out.push('', '## Starting state of the areas', '', 'All starting forces and unrest are estimates; the basis of each is in the data.', '', '| Area | Held by | Forces | Unrest | Basis |', '|---|---|---|---:|---|');
for (const a of s.areas) out.push(`| ${a.name} | ${side(a.start.control)} | ${Object.entries(a.start.forces).map(([k, v]) => `${k} ${v}`).join(', ') || '—'} | ${a.start.unrest} | ${esc(a.startEstimate.basis)} |`);
out.push('');
writeFileSync('docs/SCENARIO.md', out.join('\n'));
console.log(`docs/SCENARIO.md: ${out.length} lines`);
