// The evening told in a minute: a headline, the day in a sentence or two, "because you…"
// lines that tie the players' choices to what followed, what the other sides chose (how
// likely it was and why, in words), history's day with its source, and where the game
// stands against history. At most STORY_WORDS words: lines that do not fit are counted, and
// the report keeps them in its details. Also the sentences of the end screen's path to the
// ending. Built from the day reports, the comparison and the scenario only: pure.
import type { GameState, ReportedDecision } from '../engine';
import type { Scenario } from '../scenario/resolve';
import type { Option } from '../scenario/schema';
import { answers, moved, playerChoices } from './because';
import { bulletin } from './bulletin';
import type { DayComparison } from './compare';
import type { PathStep } from './path';
import { historyWords, say } from './language';
import { chanceWords, choicePhrase, count, firstSentence, headList, inSentence, placeInSentence, reasonTail, wordCount } from './words';

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
/** The headings, in the language of the account. */
export const STORY_HEADINGS = {
  get because(): string {
    return say('heading.because');
  },
  get others(): string {
    return say('heading.others');
  },
  get history(): string {
    return say('heading.history');
  },
  get standing(): string {
    return say('heading.standing');
  },
};

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

/** How a side came to its choice, in words: "a 9-in-10 chance", "forced for this game". */
function how(d: ReportedDecision): string {
  if (d.by === 'forced' || d.by === 'historical') return say('how', { by: d.by, chance: '' });
  if (d.by === 'random') return say('how', { by: 'random', chance: chanceWords(d.chance ?? 0) });
  return d.chance === null ? say('how', { by: 'own', chance: '' }) : say('how', { by: 'policy', chance: chanceWords(d.chance) });
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
  if (dead + sovietDead > 0) {
    const place = fights[0] ? placeInSentence(name(fights[0].area).replace(/\s*\(.*\)$/, '')) : '';
    const killed = say('lede.killed', { who: dead && sovietDead ? 'both' : dead ? 'hungarians' : 'soviets', dead: count(dead), d: dead, sovietDead: count(sovietDead), s: sovietDead });
    parts.push(say('lede.fighting', { where: place ? 'yes' : 'no', place, killed, total: count(state.metrics.hungarianDead ?? 0) }));
  } else parts.push(say('lede.quiet'));
  const changes = r.areas.filter((a) => a.controlAfter !== a.controlBefore);
  const takers = new Map<string, string[]>();
  for (const c of changes) takers.set(c.controlAfter, [...(takers.get(c.controlAfter) ?? []), name(c.area)]);
  for (const [taker, places] of takers) {
    parts.push(places.length <= 2 ? say('passed', { places: headList(places), side: sideName(taker) }) : say('passed.many', { n: count(places.length), side: sideName(taker) }));
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
  return say('standing', {
    divergence: say('divergence', { n: String(cmp.divergence) }),
    same: String(same),
    known: String(known.length),
    dead: dead && range ? 'yes' : 'no',
    game: dead ? count(dead.game) : '',
    range: range ?? '',
    estimate: h?.estimate ? 'yes' : 'no',
    left,
  });
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
  const you = (sideId: string): { players: string; you: string } => ({ players: players.length > 1 ? 'several' : 'one', you: inSentence(side(sideId)) });

  // "Because you…": the other sides' answers to the players' choices, then today's choices nobody answered, with what they moved.
  const because: StoryLine[] = [];
  const answered = answers(scenario, dayEnds, index);
  // One line for each choice of the players that was answered: its answers, two at most.
  const byCause = new Map<string, typeof answered>();
  for (const a of answered) byCause.set(a.cause.decision.decision, [...(byCause.get(a.cause.decision.decision) ?? []), a]);
  for (const group of byCause.values()) {
    const cause = group[0]!.cause;
    const told = group.slice(0, 2).map((a) => {
      const option = optionOf(scenario, a.decision.decision, a.decision.option);
      return say('because.answer', { side: inSentence(side(a.decision.side)), choice: choicePhrase(option?.label ?? a.decision.option), how: how(a.decision), reason: reasonTail(a.reason.label) });
    });
    const text = say('because.answered', {
      ...you(cause.decision.side),
      choice: choicePhrase(cause.option.label, 'you'),
      when: cause.date === report.date ? 'today' : 'before',
      date: historyWords().shortDate(cause.date),
      told: told.length > 1 ? say('because.two', { first: told[0], second: told[1] }) : told[0],
    });
    because.push({ text, decision: group[0]!.decision.decision, side: group[0]!.decision.side });
  }
  const causes = new Set(answered.map((a) => a.cause.decision.decision));
  for (const p of playerChoices(scenario, dayEnds, index)) {
    if (p.date !== report.date || causes.has(p.decision.decision)) continue;
    const what = moved(scenario, state, p).map((m) => reasonTail(m.text));
    const choice = choicePhrase(p.option.label, 'you');
    const text = what.length ? say('because.moved', { ...you(p.decision.side), choice, what: what.join('; ') }) : say('because.chose', { ...you(p.decision.side), choice });
    because.push({ text, decision: p.decision.decision, side: p.decision.side });
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
      const against = d.against[0] && (d.chance ?? 1) < 0.6 ? reasonTail(d.against[0].label) : '';
      const text = say('others.line', {
        side: side(d.side),
        choice: choicePhrase(option?.label ?? d.option),
        how: how(d),
        historical: d.historical ? 'yes' : 'no',
        why: why.length ? 'yes' : 'no',
        reasons: why.join('; '),
        against: against ? 'yes' : 'no',
        reason: against,
      });
      return { text, decision: d.decision, side: d.side };
    });
  for (const drop of report.dropped) others.push({ text: say('others.dropped', { title: drop.title, why: drop.why }), decision: drop.decision, side: drop.side });

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
    story.history ? `${STORY_HEADINGS.history} ${story.history.text} ${say('source', { source: story.history.source })}` : '',
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
    const mine = players.includes(s.side);
    const who = mine ? (players.length > 1 ? 'several' : 'one') : 'side';
    const likely = s.by === 'player' ? 'none' : s.by === 'forced' ? 'forced' : s.chance === null ? 'none' : 'chance';
    return say('path.step', {
      date: historyWords().shortDate(s.date),
      who,
      side: mine ? inSentence(side(s.side)) : side(s.side),
      choice: choicePhrase(s.label, mine ? 'you' : 'they'),
      likely,
      chance: likely === 'chance' ? chanceWords(s.chance!, 'at') : '',
      kind: s.kind,
      because: s.kind === 'made' ? reasonTail(s.because) : s.because,
    });
  });
}
