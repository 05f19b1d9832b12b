// The evening told in a minute: a headline, the day in a sentence or two, "because you…"
// lines that tie the players' choices to what followed, what the other sides chose (how
// likely it was and why, in words), history's day with its source, and where the game
// stands against history. At most STORY_WORDS words: lines that do not fit are counted, and
// the report keeps them in its details. Also the sentences of the end screen's path to the
// ending. Built from the day reports, the comparison and the scenario only: pure.
import type { GameState, ReportedDecision } from '../engine';
import type { Scenario } from '../scenario/resolve';
import type { Option } from '../scenario/schema';
import { shortDate } from '../lib/dates';
import { answers, moved, playerChoices } from './because';
import { bulletin } from './bulletin';
import type { DayComparison } from './compare';
import type { PathStep } from './path';
import { chanceWords, choicePhrase, count, firstSentence, inSentence, listWords, reasonTail, wordCount } from './words';

/** The story's length at most, in words, headings included. */
export const STORY_WORDS = 250;
/** The headings the report sets over the story's parts (counted against its length). */
/**
 * Words the report's page sets around the story's lines, kept free within STORY_WORDS: the
 * skip link to the next morning (5), the note of the choices left for below (10) and of
 * history's other events (7). The side's mark before each of the other sides' lines is
 * counted with its line.
 */
export const STORY_NOTE_WORDS = 22;
export const STORY_HEADINGS = { because: 'Because you…', others: 'The other sides', history: 'In history', standing: 'Where the game stands' } as const;

export interface StoryLine {
  text: string;
  /** The decision the line is about (the other side's, for a "because you" line that it answered). */
  decision: string;
  side: string;
}

export interface EveningStory {
  headline: string;
  lede: string;
  because: StoryLine[];
  others: StoryLine[];
  /** Lines left out to keep the story short (they are in the report's details). */
  left: number;
  history: { text: string; source: string; more: number } | null;
  standing: string;
}

function optionOf(scenario: Scenario, decision: string, option: string): Option | undefined {
  const d = scenario.decisions.find((x) => x.id === decision) ?? scenario.leadIn?.decisions.find((x) => x.id === decision);
  return d?.options.find((o) => o.id === option);
}

const capital = (s: string): string => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

/** How a side came to its choice, in words: "a 9-in-10 chance", "forced for this game". */
function how(d: ReportedDecision): string {
  if (d.by === 'forced') return 'forced for this game';
  if (d.by === 'historical') return 'as in history (the historical policy)';
  if (d.by === 'random') return `drawn at random (${chanceWords(d.chance ?? 0)})`;
  return d.chance === null ? 'its own choice' : chanceWords(d.chance);
}

/** The day's fighting and changes of hands, in a sentence or two. */
function lede(scenario: Scenario, state: GameState): string {
  const r = state.report!;
  const name = (id: string): string => scenario.areas.find((a) => a.id === id)?.name ?? id;
  const sideName = (id: string): string => inSentence(scenario.sides.find((s) => s.id === id)?.name ?? id);
  const dead = r.areas.reduce((t, a) => t + a.dead, 0) + r.clashes.reduce((t, c) => t + c.dead, 0);
  const sovietDead = r.areas.reduce((t, a) => t + a.sovietDead, 0) + r.clashes.reduce((t, c) => t + c.sovietDead, 0);
  const fights = r.areas.filter((a) => a.dead + a.sovietDead > 0).sort((a, b) => b.dead + b.sovietDead - (a.dead + a.sovietDead));
  const parts: string[] = [];
  const plural = (n: number, one: string, many: string): string => `${count(n)} ${n === 1 ? one : many}`;
  if (dead + sovietDead > 0) {
    const where = fights[0] ? `, heaviest in ${name(fights[0].area).replace(/\s*\(.*\)$/, '')}` : '';
    const killed = [dead ? plural(dead, 'Hungarian', 'Hungarians') : '', sovietDead ? plural(sovietDead, 'Soviet soldier', 'Soviet soldiers') : ''].filter(Boolean).join(' and ');
    parts.push(`Fighting${where}: ${killed} killed today; ${count(state.metrics.hungarianDead ?? 0)} Hungarian dead since 23 October.`);
  } else parts.push('No one was killed today.');
  const changes = r.areas.filter((a) => a.controlAfter !== a.controlBefore);
  const takers = new Map<string, string[]>();
  for (const c of changes) takers.set(c.controlAfter, [...(takers.get(c.controlAfter) ?? []), name(c.area)]);
  for (const [taker, places] of takers) {
    parts.push(places.length <= 2 ? `${listWords(places)} passed to ${sideName(taker)}.` : `${places.length} districts and towns passed to ${sideName(taker)}.`);
  }
  return parts.join(' ');
}

function standing(cmp: DayComparison): string {
  const known = cmp.control.filter((c) => c.history);
  const same = known.filter((c) => c.same).length;
  const dead = cmp.figures.find((f) => f.metric === 'hungarianDead');
  const h = dead?.history;
  const range = h ? (h.low !== undefined && h.high !== undefined && h.low !== h.high ? `${count(h.low)}–${count(h.high)}` : count(h.value)) : null;
  const left = cmp.leftHistory.length;
  return [
    `Divergence from history: ${cmp.divergence} of 100.`,
    `${same} of ${known.length} areas are held as in history`,
    dead && range ? `; ${count(dead.game)} Hungarian dead against history’s ${range}${h!.estimate ? ' (an estimate)' : ''}` : '',
    `; ${left ? `${left} decision${left > 1 ? 's' : ''} so far left history` : 'every decision so far was history’s'}.`,
  ].join(' ').replace(/ ;/g, ';');
}

function historyLine(cmp: DayComparison, words: number): EveningStory['history'] {
  const first = cmp.events[0];
  if (!first) return null;
  const time = first.time && /\d/.test(first.time) ? `${first.time} — ` : '';
  const text = words > 0 ? `${time}${first.title}. ${firstSentence(first.text, words)}` : `${time}${first.title}.`;
  return { text, source: first.source.section, more: cmp.events.length - 1 };
}

/**
 * The story of the day that ended in `dayEnds[index]` (states at the end of each day, first
 * day first), beside its comparison with history.
 */
export function eveningStory(scenario: Scenario, dayEnds: readonly GameState[], index: number, cmp: DayComparison): EveningStory {
  const state = dayEnds[index]!;
  const report = state.report!;
  const side = (id: string): string => scenario.sides.find((s) => s.id === id)?.name ?? id;
  const players = Object.entries(state.config.roles).filter(([, c]) => c === 'player').map(([s]) => s);
  // With several players on one device, "you" says which of them.
  const you = (sideId: string): string => (players.length > 1 ? `you (${inSentence(side(sideId))})` : 'you');

  // "Because you…": the other sides' answers to the players' choices, then today's choices nobody answered, with what they moved.
  const because: StoryLine[] = [];
  const answered = answers(scenario, dayEnds, index);
  // One line for each choice of the players that was answered: its answers, two at most.
  const byCause = new Map<string, typeof answered>();
  for (const a of answered) byCause.set(a.cause.decision.decision, [...(byCause.get(a.cause.decision.decision) ?? []), a]);
  for (const group of byCause.values()) {
    const cause = group[0]!.cause;
    const when = cause.date === report.date ? '' : ` on ${shortDate(cause.date)}`;
    const told = group.slice(0, 2).map((a) => {
      const option = optionOf(scenario, a.decision.decision, a.decision.option);
      return `${inSentence(side(a.decision.side))} ${choicePhrase(option?.label ?? a.decision.option)} — ${how(a.decision)}: ${reasonTail(a.reason.label)}`;
    });
    const text = `Because ${you(cause.decision.side)} ${choicePhrase(cause.option.label)}${when}, ${told.join('; and ')}.`;
    because.push({ text, decision: group[0]!.decision.decision, side: group[0]!.decision.side });
  }
  const causes = new Set(answered.map((a) => a.cause.decision.decision));
  for (const p of playerChoices(scenario, dayEnds, index)) {
    if (p.date !== report.date || causes.has(p.decision.decision)) continue;
    const what = moved(scenario, state, p).map((m) => reasonTail(m.text));
    const text = what.length
      ? `Because ${you(p.decision.side)} ${choicePhrase(p.option.label)}: ${what.join('; ')}.`
      : `${capital(you(p.decision.side))} ${choicePhrase(p.option.label)}.`;
    because.push({ text: capital(text), decision: p.decision.decision, side: p.decision.side });
  }

  // The other sides' choices not already told: those that left history first, then the least likely.
  // An answer left out of its line (a third) is told with the others.
  const told = new Set([...byCause.values()].flatMap((g) => g.slice(0, 2).map((a) => a.decision.decision)));
  const others = report.decisions
    .filter((d) => d.by !== 'player' && !told.has(d.decision))
    .sort((a, b) => Number(a.historical) - Number(b.historical) || (a.chance ?? 1) - (b.chance ?? 1))
    .map((d): StoryLine => {
      const option = optionOf(scenario, d.decision, d.option);
      const why = d.why.filter((f) => f.value > 0).slice(0, 2).map((f) => reasonTail(f.label));
      const against = d.against[0] && (d.chance ?? 1) < 0.6 ? ` Against it: ${reasonTail(d.against[0].label)}.` : '';
      const history = d.historical ? '' : ', not history’s choice';
      const text = `${side(d.side)} ${choicePhrase(option?.label ?? d.option)} — ${how(d)}${history}${why.length ? `: ${why.join('; ')}` : ''}.${against}`;
      return { text, decision: d.decision, side: d.side };
    });
  for (const drop of report.dropped) others.push({ text: `Not asked today: ${drop.title} — ${drop.why}`, decision: drop.decision, side: drop.side });

  // Within the length: the headline, the day, history and the standing always; then the lines in order.
  const b = bulletin(scenario, state, cmp);
  const story: EveningStory = { headline: b.headline, lede: lede(scenario, state), because: [], others: [], left: 0, history: historyLine(cmp, 24), standing: standing(cmp) };
  let used = storyWords(story);
  if (used > STORY_WORDS - 40 && story.history) {
    story.history = historyLine(cmp, 0);
    used = storyWords(story);
  }
  const fit = (lines: StoryLine[], into: StoryLine[], heading: string, marked: boolean): void => {
    for (const line of lines) {
      const mark = marked ? wordCount(scenario.sides.find((x) => x.id === line.side)?.short ?? '') : 0;
      const cost = wordCount(line.text) + mark + (into.length ? 0 : wordCount(heading));
      if (used + cost > STORY_WORDS - STORY_NOTE_WORDS) {
        story.left++;
        continue;
      }
      into.push(line);
      used += cost;
    }
  };
  fit(because, story.because, STORY_HEADINGS.because, false);
  fit(others, story.others, STORY_HEADINGS.others, true);
  return story;
}

/** The story's words, headings included: what the reader meets first. */
export function storyWords(story: EveningStory): number {
  return wordCount(storyText(story));
}

/** The story as plain text, in reading order. */
export function storyText(story: EveningStory): string {
  return [
    story.headline,
    story.lede,
    story.because.length ? STORY_HEADINGS.because : '',
    ...story.because.map((l) => l.text),
    story.others.length ? STORY_HEADINGS.others : '',
    ...story.others.map((l) => l.text),
    story.history ? `${STORY_HEADINGS.history} ${story.history.text} Source: ${story.history.source}` : '',
    STORY_HEADINGS.standing,
    story.standing,
  ]
    .filter(Boolean)
    .join('\n');
}

/**
 * The end screen's path to the ending, one sentence a step: who chose what (a player, or a
 * side with the chance its policy gave), and the condition of the ending it made or averted.
 */
export function pathSentences(scenario: Scenario, steps: readonly PathStep[], players: readonly string[]): string[] {
  const side = (id: string): string => scenario.sides.find((s) => s.id === id)?.name ?? id;
  return steps.map((s) => {
    const who = players.includes(s.side) ? (players.length > 1 ? `You (${inSentence(side(s.side))})` : 'You') : side(s.side);
    const likely = s.by === 'player' ? '' : s.by === 'forced' ? ' (forced for this game)' : s.chance === null ? '' : `, ${chanceWords(s.chance).replace(/ \((\d+%)\)$/, ' at $1')}`;
    const what = s.kind === 'made' ? `and so: ${reasonTail(s.because)}` : `where history’s choice would have undone “${s.because}”`;
    return `${shortDate(s.date)}: ${who} ${choicePhrase(s.label)}${likely}; ${what}.`;
  });
}
