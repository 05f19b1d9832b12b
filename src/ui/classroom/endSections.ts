// The classroom's parts of the end page: each role's objectives as scored at the end, the
// decisions that left history with the weight each carries, and the epilogue (what the
// source says followed). The end screen (panels/EndScreen.ts) and the debrief sheet both
// build them from the same pure functions of src/classroom.
import { epilogueFor } from '../../classroom';
import type { GameReport, ObjectiveMet, ObjectiveScore } from '../../classroom';
import type { GameState } from '../../engine';
import type { DayComparison, LeftHistory } from '../../history';
import { longDate, shortDate } from '../lib/words';
import type { Scenario } from '../../scenario/resolve';
import { h } from '../lib/dom';
import { num } from '../lib/format';
import type { UiContext } from '../panels/context';
import { sideBadge } from '../panels/emblem';
import './endSections.css';

/** What heads every page of a game: the campaign is "The Nineteen Days", an exercise goes by its own title. */
export function paperName(scenario: Scenario): string {
  return scenario.kind === 'exercise' ? scenario.title : 'The Nineteen Days';
}

export const MET_LABELS: Record<ObjectiveMet, string> = { yes: 'Met', partly: 'Partly met', no: 'Not met' };
const MET_MARKS: Record<ObjectiveMet, string> = { yes: '✓', partly: '½', no: '✗' };

/** One objective: its mark, its words, the figure it was judged by. */
function objectiveItem(o: ObjectiveScore): HTMLElement {
  return h(
    'li',
    { class: `objective met-${o.met}`, 'data-objective': o.id, 'data-met': o.met },
    h('span', { class: 'met-mark', 'aria-hidden': 'true' }, MET_MARKS[o.met]),
    h('span', { class: 'objective-text' }, h('strong', null, o.text), h('span', { class: 'met-word' }, ` — ${MET_LABELS[o.met]}`)),
    h('span', { class: 'objective-detail' }, o.detail),
  );
}

/** The roles' objectives, met or not, with the figures; a player's role first marked as such. */
export function objectivesSection(ctx: UiContext, report: GameReport): HTMLElement {
  const roles = ctx.scenario.roles.map((r) => {
    const scores = report.objectives.filter((o) => o.side === r.side);
    const met = scores.filter((o) => o.met === 'yes').length;
    const partly = scores.filter((o) => o.met === 'partly').length;
    const led = Object.hasOwn(report.players, r.side);
    return h(
      'div',
      { class: `objective-role${led ? ' led' : ''}`, 'data-role': r.side },
      h('p', { class: 'objective-head' }, sideBadge(ctx.side(r.side)), h('span', { class: 'role-who' }, `${led ? 'a player' : 'the computer'} · ${met} of ${scores.length} met${partly ? `, ${partly} partly` : ''}`)),
      h('ul', { class: 'objective-results' }, ...scores.map(objectiveItem)),
    );
  });
  return h(
    'section',
    { class: 'objectives-section', 'aria-labelledby': 'objectives-h', 'data-testid': 'objectives' },
    h('h2', { id: 'objectives-h' }, 'The objectives'),
    h('p', { class: 'field-note' }, 'Each objective of the briefing, checked against the end of the game: met, partly met (a lesser gain) or not met, with the figure it was judged by.'),
    h('div', { class: 'objective-roles' }, ...roles),
  );
}

export const WEIGHT_LABELS: Record<number, string> = { 3: 'a turning point', 2: 'a major decision', 1: 'a minor decision' };

function leftItem(ctx: UiContext, l: LeftHistory): HTMLElement {
  return h(
    'li',
    { class: `weight-${l.weight}`, 'data-decision': l.decision, 'data-weight': String(l.weight) },
    h('span', { class: 'weight-tag', title: `Weight ${l.weight} of 3 in the divergence` }, `×${l.weight} ${WEIGHT_LABELS[l.weight] ?? ''}`),
    ' ',
    h('span', { class: 'when' }, shortDate(l.date)),
    ' ',
    sideBadge(ctx.side(l.side)),
    ' ',
    h('strong', null, l.title),
    `: ${l.chosen} — history: ${l.historical}`,
    l.reason ? h('span', { class: 'reason' }, ` “${l.reason}”`) : null,
  );
}

/** The decisions that left history, most consequential first, each with the weight it carries in the divergence. */
export function consequenceList(ctx: UiContext, cmp: DayComparison): HTMLElement {
  if (!cmp.leftHistory.length) return h('p', { class: 'quiet' }, 'Nowhere: every decision of this game was history’s.');
  return h(
    'div',
    { class: 'consequences', 'data-testid': 'left-history' },
    h('p', { class: 'field-note' }, 'Most consequential first. Each counts in the divergence by its weight: ×3 a turning point, ×2 a major decision, ×1 a minor one.'),
    h('ul', { class: 'left-history-list weighted' }, ...cmp.leftHistory.map((l) => leftItem(ctx, l))),
    h('details', { class: 'weights-basis' }, h('summary', null, 'How the weights were set'), h('p', null, ctx.scenario.divergence.basis)),
  );
}

/** What the source says followed the game's last day, and history's ending beside this game's where they differ. */
export function epilogueSection(ctx: UiContext, final: GameState): HTMLElement | null {
  const e = epilogueFor(ctx.scenario, final);
  if (!e) return null;
  const last = final.report?.date ?? final.date;
  return h(
    'section',
    { class: 'epilogue', 'aria-labelledby': 'epilogue-h', 'data-testid': 'epilogue' },
    h('h2', { id: 'epilogue-h' }, e.title),
    e.ending.same
      ? h('p', { class: 'epilogue-ending' }, `This game ended as history did: ${e.ending.history}. What followed, as the record tells it:`)
      : h(
          'p',
          { class: 'epilogue-ending', 'data-testid': 'epilogue-history' },
          `This game ended: ${e.ending.game ?? 'undecided'}. History’s ending was otherwise: `,
          h('strong', null, e.ending.history),
          `. ${e.ending.historyExplanation} What followed in history:`,
        ),
    e.before.length
      ? h('ul', { class: 'epilogue-before' }, h('li', { class: 'kicker' }, `After ${longDate(last)}, in history`), ...e.before.map((b) => h('li', null, h('span', { class: 'when' }, shortDate(b.date)), ' ', b.text)))
      : null,
    h(
      'ul',
      { class: 'epilogue-entries' },
      ...e.entries.map((x) =>
        h(
          'li',
          { class: 'epilogue-entry', 'data-entry': x.id },
          h('h3', null, x.title),
          h('p', null, x.text),
          x.inThisGame ? h('p', { class: 'in-this-game', 'data-testid': 'in-this-game' }, h('span', { class: 'meta-label' }, 'In this game: '), x.inThisGame) : null,
          ...[x.source, ...x.also].map((src) => h('p', { class: 'source' }, `${src.section} — “${src.quote}”`)),
        ),
      ),
    ),
  );
}

/** A headline figure at the end beside history's, in one line: "Hungarian dead 1,323 (history 2,500–3,000)". */
export function figureLines(ctx: UiContext, cmp: DayComparison): string[] {
  const headline = new Set(ctx.scenario.metrics.filter((m) => m.headline).map((m) => m.id));
  return cmp.figures
    .filter((f) => headline.has(f.metric))
    .map((f) => {
      const hv = f.history;
      const history = !hv ? '—' : hv.low !== undefined && hv.high !== undefined && hv.low !== hv.high ? `${num(hv.low)}–${num(hv.high)}` : num(hv.value);
      return `${f.label} ${num(f.game)} (history ${history}${hv?.estimate ? ', an estimate' : ''})`;
    });
}
