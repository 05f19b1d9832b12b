// The evening bulletin: the day written as a short radio bulletin of its date, the
// game's day first, then the day in history. Built only from the report and the
// comparison, so it never says anything the figures do not.
import type { GameState } from '../engine';
import type { Scenario } from '../scenario/resolve';
import type { DayComparison } from './compare';
import { historyWords, say } from './language';
import { count as n, headList, inSentence, listWords as listNames, placeInSentence } from './words';

export interface Bulletin {
  dateline: string;
  headline: string;
  paragraphs: string[];
}


/** Fewer dead than this in a day, and a day of many changes of hands is told as one with little fighting. */
const QUIET_DAY = 10;

export function bulletin(scenario: Scenario, state: GameState, cmp: DayComparison): Bulletin {
  const report = state.report!;
  const name = (id: string): string => scenario.areas.find((a) => a.id === id)?.name ?? id;
  const side = (id: string): string => scenario.sides.find((s) => s.id === id)?.name ?? id;
  // Side names begin "The …": inside a sentence the article is lower case.
  const sideIn = (id: string): string => inSentence(side(id));
  const { longDate } = historyWords();
  const paragraphs: string[] = [];

  const changes = report.areas.filter((a) => a.controlAfter !== a.controlBefore);
  const fights = [...report.areas].filter((a) => a.dead + a.sovietDead > 0).sort((a, b) => b.dead + b.sovietDead - (a.dead + a.sovietDead));
  const dead = report.areas.reduce((t, a) => t + a.dead, 0) + report.clashes.reduce((t, c) => t + c.dead, 0);
  const sovietDead = report.areas.reduce((t, a) => t + a.sovietDead, 0) + report.clashes.reduce((t, c) => t + c.sovietDead, 0);

  let headline: string;
  const biggestClash = [...report.clashes].sort((a, b) => b.dead - a.dead)[0];
  if (state.status === 'over' && state.outcome) headline = state.outcome.label;
  else if (biggestClash && biggestClash.dead >= 20) headline = say('headline.clash', { label: biggestClash.label, dead: n(biggestClash.dead) });
  else if (changes.length >= 3) {
    const to = new Set(changes.map((c) => c.controlAfter));
    // Places changing hands on a day with hardly a death (the councils taking over, the ÁVH disbanded) are no battle.
    headline = to.size === 1 ? say('headline.passMany', { n: n(changes.length), side: sideIn([...to][0]!) }) : say(dead + sovietDead < QUIET_DAY ? 'headline.changeHandsQuietly' : 'headline.changeHands', { n: n(changes.length) });
  }
  else if (changes[0]) headline = say('headline.passes', { place: name(changes[0].area), side: sideIn(changes[0].controlAfter) });
  else if (dead >= 50) headline = say('headline.heavy', { dead: n(dead) });
  else if (dead > 0) headline = say('headline.sporadic', { dead: n(dead) });
  else headline = say('headline.quiet');

  const decided = report.decisions.map((d) => {
    const decision = scenario.decisions.find((x) => x.id === d.decision);
    const option = decision?.options.find((o) => o.id === d.option);
    return option ? say('bulletin.decided', { side: side(d.side), label: option.label.replace(/\.$/, '') }) : '';
  }).filter(Boolean);
  if (decided.length) paragraphs.push(decided.join(' '));

  if (fights.length) {
    const places = listNames(fights.slice(0, 3).map((f) => placeInSentence(name(f.area))));
    paragraphs.push(say('bulletin.fighting', { places, dead: n(dead), soviet: sovietDead ? 'yes' : 'no', sovietDead: n(sovietDead), total: n(state.metrics.hungarianDead ?? 0) }));
  } else if (dead > 0) {
    paragraphs.push(say('bulletin.killed', { dead: n(dead) }));
  }
  for (const c of report.clashes) paragraphs.push(say('bulletin.clash', { label: c.label, dead: n(c.dead), wounded: c.wounded ? 'yes' : 'no', count: n(c.wounded) }));
  // Changes of hands, grouped by who took the places: "Taken by the revolutionaries: …".
  const takers = new Map<string, string[]>();
  for (const c of changes) takers.set(c.controlAfter, [...(takers.get(c.controlAfter) ?? []), name(c.area)]);
  for (const [taker, places] of takers) paragraphs.push(say('passed', { places: headList(places), side: sideIn(taker) }));
  const national: string[] = [];
  if (report.national.councils > 0) national.push(say('bulletin.councils', { n: n(report.national.councils), all: n(state.metrics.councils ?? 0) }));
  if (report.national.prisonersFreed > 0) national.push(say('bulletin.prisoners', { n: n(report.national.prisonersFreed) }));
  if (report.national.refugees > 0) national.push(say('bulletin.refugees', { n: n(report.national.refugees) }));
  if (national.length) paragraphs.push(say('bulletin.country', { items: national.join('; ') }));

  const first = cmp.events[0];
  if (first) {
    const more = cmp.events.length - 1;
    const timed = first.time && /\d/.test(first.time) ? first.time : '';
    paragraphs.push(say('bulletin.history', { date: longDate(cmp.date), title: first.title, timed: timed ? 'yes' : 'no', time: timed, more }));
  }
  const hd = cmp.figures.find((f) => f.metric === 'hungarianDead')?.history;
  if (hd) {
    const range = hd.low !== undefined && hd.high !== undefined && hd.low !== hd.high ? `${n(hd.low)}–${n(hd.high)}` : n(hd.value);
    paragraphs.push(say('bulletin.toll', { range, estimate: hd.estimate ? 'yes' : 'no', game: n(state.metrics.hungarianDead ?? 0) }));
  }
  const leftToday = cmp.leftHistory.filter((l) => l.date === cmp.date);
  if (leftToday.length) paragraphs.push(say('bulletin.left', { items: leftToday.map((l) => say('bulletin.leftItem', { title: l.title, historical: l.historical.replace(/\.$/, '') })).join('; ') }));
  paragraphs.push(say('divergence', { n: String(cmp.divergence) }));

  return { dateline: say('bulletin.dateline', { date: longDate(cmp.date) }), headline, paragraphs };
}
