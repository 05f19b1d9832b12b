// How long each exercise takes a class, from what the class must read, decide and hand
// over, with every role led by a player on one device (the new game's default):
//
//   reading    the briefing (the summary, the situation with its sources, the roles with
//              their objectives), every decision a player is asked (title, prompt, context,
//              each option's label, description and what it is likely to bring), a fixed
//              allowance for each evening's report, and the epilogue at the end;
//              at 200 words a minute
//   deciding   one and a half minutes a decision (reading aside), a reason included
//   handing    20 seconds each time the device passes to a side with a decision to take
//
// Every seed gives its own game (decisions arise from the state), so each exercise is
// played as history went over many seeds and the longest game is the one counted.
//   npm run timing                 the table (Markdown), exit 1 if an exercise runs over
//   npm run timing -- --seeds 50
import { newGame, pendingDecisions, playerActions, rulesFor, step } from '../src/engine';
import type { GameState } from '../src/engine';
import { loadScenarioPaths } from '../src/cli/scenario-files';
import { actingSides } from '../src/ui/classroom/hotseat';
import type { Scenario } from '../src/scenario/resolve';

const WORDS_PER_MINUTE = 200;
const MINUTES_PER_DECISION = 1.5;
const MINUTES_PER_HANDOVER = 20 / 60;
/** The evening report at first open, as the report is being cut to (about 250 words). */
const REPORT_WORDS = 250;
/** A 45-minute period less 10 minutes for the discussion. */
const BUDGET_MINUTES = 35;

const words = (...texts: (string | undefined)[]): number => texts.reduce((n, t) => n + (t ? t.split(/\s+/).filter(Boolean).length : 0), 0);

function briefingWords(s: Scenario): number {
  return (
    words(s.title, s.summary) +
    s.briefing.reduce((n, b) => n + words(b.text, b.source.section, b.source.quote), 0) +
    s.roles.reduce((n, r) => n + words(r.brief) + r.objectives.reduce((m, o) => m + words(o.text), 0), 0)
  );
}

function decisionWords(s: Scenario, id: string): number {
  const d = rulesFor(s).decisions.get(id)!;
  return words(d.title, d.prompt, d.context) + d.options.reduce((n, o) => n + words(o.label, o.description, o.likely), 0);
}

/** What the class reads at the end, before the discussion: the epilogue's lines for a game that ended on `end`. */
function epilogueWords(s: Scenario): number {
  const e = s.epilogue;
  if (!e) return 0;
  return words(e.title) + e.before.filter((b) => b.date > s.end).reduce((n, b) => n + words(b.text), 0) + e.entries.reduce((n, x) => n + words(x.title, x.text), 0);
}

interface Game {
  seed: string;
  days: number;
  decisions: number;
  handovers: number;
  decisionWords: number;
}

/** One game with every role a player taking history's options: what the class decides and how often the device passes. */
function play(s: Scenario, seed: string): Game {
  const rules = rulesFor(s);
  const sides = s.roles.map((r) => r.side);
  const roles = Object.fromEntries(sides.map((side) => [side, 'player' as const]));
  let state: GameState = newGame(s, { seed, roles });
  const game: Game = { seed, days: 0, decisions: 0, handovers: 0, decisionWords: 0 };
  while (state.status === 'playing') {
    const pending = pendingDecisions(rules, state);
    // The hot seat hands the device to each side with a decision this morning, and to nobody else.
    game.handovers += actingSides(rules, state, sides).length;
    game.decisions += pending.length;
    game.decisionWords += pending.reduce((n, id) => n + decisionWords(s, id), 0);
    for (const action of [...playerActions(s, state, { playerPolicy: 'historical' }), { type: 'endTurn' } as const]) {
      const r = step(s, state, action);
      if (!r.ok) throw new Error(`${s.id} ${seed}: ${r.error.message}`);
      state = r.state;
    }
    game.days++;
  }
  return game;
}

export interface Timing {
  id: string;
  title: string;
  game: Game;
  readWords: number;
  minutes: { reading: number; deciding: number; handing: number; total: number };
}

function timing(s: Scenario, seeds: number): Timing {
  const games = Array.from({ length: seeds }, (_, i) => play(s, `timing-${i}`));
  const minutesOf = (g: Game): number => {
    const read = briefingWords(s) + g.decisionWords + g.days * REPORT_WORDS + epilogueWords(s);
    return read / WORDS_PER_MINUTE + g.decisions * MINUTES_PER_DECISION + g.handovers * MINUTES_PER_HANDOVER;
  };
  const longest = games.reduce((a, b) => (minutesOf(b) > minutesOf(a) ? b : a));
  const readWords = briefingWords(s) + longest.decisionWords + longest.days * REPORT_WORDS + epilogueWords(s);
  const reading = readWords / WORDS_PER_MINUTE;
  const deciding = longest.decisions * MINUTES_PER_DECISION;
  const handing = longest.handovers * MINUTES_PER_HANDOVER;
  return { id: s.id, title: s.title, game: longest, readWords, minutes: { reading, deciding, handing, total: reading + deciding + handing } };
}

const args = process.argv.slice(2);
const at = args.indexOf('--seeds');
const seeds = at >= 0 ? Number(args[at + 1]) : 30;
if (!Number.isInteger(seeds) || seeds < 1 || seeds > 1000) {
  console.error('--seeds takes a whole number from 1 to 1000');
  process.exit(2);
}
const { scenarios, issues } = loadScenarioPaths();
if (issues.length) {
  console.error(`the scenarios do not load: ${issues[0]!.message}`);
  process.exit(1);
}
const rows = [...scenarios.values()].filter((s) => s.kind === 'exercise').map((s) => timing(s, seeds));
const m = (v: number): string => v.toFixed(1);
console.log(`| Exercise | Turns | Roles | Decisions | Hand-overs | Words read | Reading | Deciding | Handing over | Total (of ${BUDGET_MINUTES}) |`);
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  const s = scenarios.get(r.id)!;
  console.log(`| ${r.title} | ${r.game.days} | ${s.roles.length} | ${r.game.decisions} | ${r.game.handovers} | ${r.readWords.toLocaleString('en-GB')} | ${m(r.minutes.reading)} min | ${m(r.minutes.deciding)} min | ${m(r.minutes.handing)} min | **${m(r.minutes.total)} min** |`);
}
console.log(`\nThe longest of ${seeds} games played as history went, every role a player; ${WORDS_PER_MINUTE} words a minute, ${MINUTES_PER_DECISION} minutes a decision, ${MINUTES_PER_HANDOVER * 60} seconds a hand-over, ${REPORT_WORDS} words for each evening's report.`);
const over = rows.filter((r) => r.minutes.total > BUDGET_MINUTES);
if (over.length) {
  console.error(`over ${BUDGET_MINUTES} minutes: ${over.map((r) => `${r.id} (${m(r.minutes.total)})`).join(', ')}`);
  process.exit(1);
}
