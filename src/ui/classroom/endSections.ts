// The classroom's parts of the end page: each role's objectives as scored at the end, the
// decisions that left history with the weight each carries, and the epilogue (what the
// source says followed). The end screen (panels/EndScreen.ts) and the debrief sheet both
// build them from the same pure functions of src/classroom.
import { epilogueFor } from '../../classroom';
import { quoteTranslation, sectionName } from '../panels/source';
import type { GameReport, ObjectiveMet, ObjectiveScore } from '../../classroom';
import type { GameState } from '../../engine';
import type { DayComparison, LeftHistory } from '../../history';
import { longDate, shortDate, t, words } from '../lib/words';
import type { Scenario } from '../../scenario/resolve';
import { h } from '../lib/dom';
import { num } from '../lib/format';
import type { UiContext } from '../panels/context';
import { sideBadge } from '../panels/emblem';
import { leftHistoryLine } from '../panels/DayReport';
import './endSections.css';

/** What heads every page of a game: the campaign is "The Nineteen Days", an exercise goes by its own title. */
export function paperName(scenario: Scenario): string {
  return scenario.kind === 'exercise' ? scenario.title : t('classroom:paperName');
}

/** A side's name inside a sentence: "the revolutionaries", „a forradalmárok”. */
export function inSentence(ctx: UiContext, side: string): string {
  const name = ctx.sideIn(side);
  return words.lang === 'hu' ? name.replace(/^(Az?) /, (article: string) => article.toLowerCase()) : name;
}

/** A text between the language's quotation marks. */
export const quoted = (text: string): string => t('common:quote', { text });

/**
 * One message with an element inside it (a badge, a <strong>): the message is written
 * whole, with {slot} where the element goes, and split there.
 */
export function withElement(key: string, values: Record<string, unknown>, slot: string, el: Node): (string | Node)[] {
  const mark = '\u0000';
  const [before = '', ...after] = t(key, { ...values, [slot]: mark }).split(mark);
  return [before, el, after.join('')];
}

/** "Met", "Partly met", "Not met". */
export const metLabel = (met: ObjectiveMet): string => t(`classroom:met.${met}`);
const MET_MARKS: Record<ObjectiveMet, string> = { yes: '✓', partly: '½', no: '✗' };

/** One objective: its mark, its words, the figure it was judged by. */
function objectiveItem(o: ObjectiveScore): HTMLElement {
  return h(
    'li',
    { class: `objective met-${o.met}`, 'data-objective': o.id, 'data-met': o.met },
    h('span', { class: 'met-mark', 'aria-hidden': 'true' }, MET_MARKS[o.met]),
    h('span', { class: 'objective-text' }, h('strong', null, o.text), h('span', { class: 'met-word' }, ` — ${metLabel(o.met)}`)),
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
      h('p', { class: 'objective-head' }, sideBadge(ctx.side(r.side)), h('span', { class: 'role-who' }, t('classroom:objectives.who', { who: led ? 'player' : 'computer', met: String(met), total: String(scores.length), partly }))),
      h('ul', { class: 'objective-results' }, ...scores.map(objectiveItem)),
    );
  });
  return h(
    'section',
    { class: 'objectives-section', 'aria-labelledby': 'objectives-h', 'data-testid': 'objectives' },
    h('h2', { id: 'objectives-h' }, t('classroom:objectives.title')),
    h('p', { class: 'field-note' }, t('classroom:objectives.note')),
    h('div', { class: 'objective-roles' }, ...roles),
  );
}

/** A decision's weight in the divergence in words: 3 "a turning point", 2 "a major decision", 1 "a minor decision". */
export const weightLabel = (weight: number): string => ([1, 2, 3].includes(weight) ? t(`classroom:weight.${weight}`) : '');

function leftItem(ctx: UiContext, l: LeftHistory): HTMLElement {
  return h(
    'li',
    { class: `weight-${l.weight}`, 'data-decision': l.decision, 'data-weight': String(l.weight) },
    h('span', { class: 'weight-tag', title: t('classroom:weight.title', { weight: String(l.weight) }) }, `×${l.weight} ${weightLabel(l.weight)}`),
    ' ',
    ...leftHistoryLine(ctx, l),
  );
}

/** The decisions that left history, most consequential first, each with the weight it carries in the divergence. */
export function consequenceList(ctx: UiContext, cmp: DayComparison): HTMLElement {
  if (!cmp.leftHistory.length) return h('p', { class: 'quiet' }, t('classroom:left.none'));
  return h(
    'div',
    { class: 'consequences', 'data-testid': 'left-history' },
    h('p', { class: 'field-note' }, t('classroom:left.note')),
    h('ul', { class: 'left-history-list weighted' }, ...cmp.leftHistory.map((l) => leftItem(ctx, l))),
    h('details', { class: 'weights-basis' }, h('summary', null, t('classroom:left.basis')), h('p', null, ctx.scenario.divergence.basis)),
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
      ? h('p', { class: 'epilogue-ending' }, t('classroom:epilogue.same', { history: e.ending.history }))
      : h(
          'p',
          { class: 'epilogue-ending', 'data-testid': 'epilogue-history' },
          ...withElement('classroom:epilogue.otherwise', { game: e.ending.game ?? t('classroom:epilogue.undecided'), explanation: e.ending.historyExplanation }, 'history', h('strong', null, e.ending.history)),
        ),
    e.before.length
      ? h('ul', { class: 'epilogue-before' }, h('li', { class: 'kicker' }, t('classroom:epilogue.after', { date: longDate(last) })), ...e.before.map((b) => h('li', null, h('span', { class: 'when' }, shortDate(b.date)), ' ', b.text)))
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
          x.inThisGame ? h('p', { class: 'in-this-game', 'data-testid': 'in-this-game' }, h('span', { class: 'meta-label' }, t('classroom:inThisGame')), x.inThisGame) : null,
          ...[x.source, ...x.also].flatMap((src) => [h('p', { class: 'source' }, t('common:sourceLine', { section: sectionName(src.section), quote: src.quote })), quoteTranslation(src)]),
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
      return t('classroom:figure', { label: f.label, game: num(f.game), history, estimate: hv?.estimate ? 'yes' : 'no' });
    });
}
