// The evening bulletin: the day written as a short radio bulletin of its date, the
// game's day first, then the day in history. Built only from the report and the
// comparison, so it never says anything the figures do not.
import type { GameState } from '../engine';
import type { Scenario } from '../scenario/resolve';
import type { DayComparison } from './compare';
import { longDate } from '../lib/dates';

export interface Bulletin {
  dateline: string;
  headline: string;
  paragraphs: string[];
}

const n = (v: number): string => Math.round(v).toLocaleString('en-GB');

function listNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export function bulletin(scenario: Scenario, state: GameState, cmp: DayComparison): Bulletin {
  const report = state.report!;
  const name = (id: string): string => scenario.areas.find((a) => a.id === id)?.name ?? id;
  const side = (id: string): string => scenario.sides.find((s) => s.id === id)?.name ?? id;
  // Side names begin "The …": inside a sentence the article is lower case.
  const sideIn = (id: string): string => side(id).replace(/^The /, 'the ');
  const paragraphs: string[] = [];

  const changes = report.areas.filter((a) => a.controlAfter !== a.controlBefore);
  const fights = [...report.areas].filter((a) => a.dead + a.sovietDead > 0).sort((a, b) => b.dead + b.sovietDead - (a.dead + a.sovietDead));
  const dead = report.areas.reduce((t, a) => t + a.dead, 0) + report.clashes.reduce((t, c) => t + c.dead, 0);
  const sovietDead = report.areas.reduce((t, a) => t + a.sovietDead, 0) + report.clashes.reduce((t, c) => t + c.sovietDead, 0);

  let headline: string;
  const biggestClash = [...report.clashes].sort((a, b) => b.dead - a.dead)[0];
  if (state.status === 'over' && state.outcome) headline = state.outcome.label;
  else if (biggestClash && biggestClash.dead >= 20) headline = `${biggestClash.label}: ${n(biggestClash.dead)} dead`;
  else if (changes.length >= 3) {
    const to = new Set(changes.map((c) => c.controlAfter));
    headline = to.size === 1 ? `${changes.length} districts and towns pass to ${sideIn([...to][0]!)}` : `${changes.length} districts and towns change hands`;
  }
  else if (changes[0]) headline = `${name(changes[0].area)} passes to ${sideIn(changes[0].controlAfter)}`;
  else if (dead >= 50) headline = `Heavy fighting: ${n(dead)} Hungarians killed`;
  else if (dead > 0) headline = `Sporadic fighting; ${n(dead)} killed`;
  else headline = 'A quiet day';

  const decided = report.decisions.map((d) => {
    const decision = scenario.decisions.find((x) => x.id === d.decision);
    const option = decision?.options.find((o) => o.id === d.option);
    return option ? `${side(d.side)}: ${option.label.replace(/\.$/, '')}.` : '';
  }).filter(Boolean);
  if (decided.length) paragraphs.push(decided.join(' '));

  if (fights.length) {
    const places = listNames(fights.slice(0, 3).map((f) => name(f.area)));
    paragraphs.push(`Fighting was heaviest in ${places}. ${n(dead)} Hungarians were killed today${sovietDead ? ` and ${n(sovietDead)} Soviet soldiers` : ''}; ${n(state.metrics.hungarianDead ?? 0)} Hungarians have died since 23 October.`);
  } else if (dead > 0) {
    paragraphs.push(`${n(dead)} Hungarians were killed today.`);
  }
  for (const c of report.clashes) paragraphs.push(`${c.label}: ${n(c.dead)} dead${c.wounded ? `, ${n(c.wounded)} wounded` : ''}.`);
  // Changes of hands, grouped by who took the places: "Taken by the revolutionaries: …".
  const takers = new Map<string, string[]>();
  for (const c of changes) takers.set(c.controlAfter, [...(takers.get(c.controlAfter) ?? []), name(c.area)]);
  for (const [taker, places] of takers) paragraphs.push(`${places.length === 1 ? `${places[0]} passed` : `${listNames(places)} passed`} to ${sideIn(taker)}.`);
  const national: string[] = [];
  if (report.national.councils > 0) national.push(`${n(report.national.councils)} new councils formed (${n(state.metrics.councils ?? 0)} in all)`);
  if (report.national.prisonersFreed > 0) national.push(`${n(report.national.prisonersFreed)} political prisoners freed`);
  if (report.national.refugees > 0) national.push(`${n(report.national.refugees)} people crossed into Austria`);
  if (national.length) paragraphs.push(`Across the country: ${national.join('; ')}.`);

  const first = cmp.events[0];
  if (first) {
    const more = cmp.events.length - 1;
    paragraphs.push(`In history on ${longDate(cmp.date)}: “${first.title}”${first.time && /\d/.test(first.time) ? ` (${first.time})` : ''}${more > 0 ? `, and ${more} more event${more > 1 ? 's' : ''} in the record` : ''}.`);
  }
  const hd = cmp.figures.find((f) => f.metric === 'hungarianDead')?.history;
  if (hd) paragraphs.push(`History's toll by this evening: ${hd.low !== undefined && hd.high !== undefined && hd.low !== hd.high ? `${n(hd.low)}–${n(hd.high)}` : n(hd.value)} Hungarian dead${hd.estimate ? ' (an estimate)' : ''}, against ${n(state.metrics.hungarianDead ?? 0)} in this game.`);
  const leftToday = cmp.leftHistory.filter((l) => l.date === cmp.date);
  if (leftToday.length) paragraphs.push(`Where this day left history: ${leftToday.map((l) => `${l.title} (history: ${l.historical.replace(/\.$/, '')})`).join('; ')}.`);
  paragraphs.push(`Divergence from history: ${cmp.divergence} of 100.`);

  return { dateline: `Budapest, ${longDate(cmp.date)}`, headline, paragraphs };
}
