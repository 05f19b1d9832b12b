// The debrief sheet: what a class needs on paper for the discussion, on at most two pages
// of A4. The outcome against history, each player's decisions with their reasons, the
// objectives, what followed, and the discussion questions with room to answer; the game
// itself in one line (seed, hash, the start of the code), for the full report and the
// replay stay downloadable. It opens over the end screen and prints alone.
import { sectionName } from '../panels/source';
import { epilogueFor, makeReport } from '../../classroom';
import type { GameReport, ObjectiveScore } from '../../classroom';
import type { GameState } from '../../engine';
import type { Replay } from '../../replay';
import { longDate, shortDate, t, words } from '../lib/words';
import { h } from '../lib/dom';
import type { UiContext } from '../panels/context';
import { Dialog } from '../panels/dialogs';
import { sideBadge } from '../panels/emblem';
import { figureLines, inSentence, metLabel, paperName, weightLabel, withElement } from './endSections';
import './debrief.css';

interface DebriefView {
  final: GameState;
  /** The states at the end of each day. */
  days: GameState[];
  replay: Replay;
  /** The players' names, as typed on the end screen (may be empty). */
  names(): string;
}

/** How many ruled lines each discussion question leaves for the answer. */
const ANSWER_LINES = 3;

function decisionsBlock(ctx: UiContext, report: GameReport, weights: Map<string, number>): HTMLElement {
  const players = Object.keys(report.players);
  const during = report.decisions.filter((d) => d.date >= ctx.scenario.start && d.by === 'player');
  const bySide = ctx.scenario.roles.map((r) => r.side).filter((s) => players.includes(s));
  const tables = bySide.map((side) => {
    const rows = during.filter((d) => d.side === side);
    return h(
      'table',
      { class: 'debrief-table', 'data-side': side },
      h('caption', null, sideBadge(ctx.side(side)), rows.length ? '' : t('classroom:debrief.noDecision')),
      rows.length
        ? h('thead', null, h('tr', null, h('th', { scope: 'col', class: 'when' }, t('classroom:col.day')), h('th', { scope: 'col' }, t('classroom:debrief.col.decision')), h('th', { scope: 'col' }, t('classroom:col.reason'))))
        : null,
      h(
        'tbody',
        null,
        ...rows.map((d) => {
          const w = weights.get(d.decision) ?? 1;
          return h(
            'tr',
            { class: d.historical ? 'as-history' : 'left-history', 'data-decision': d.decision },
            h('td', { class: 'when' }, shortDate(d.date)),
            h(
              'td',
              null,
              h('strong', null, d.title),
              // "…neutrality?: Protest" reads badly: a question takes its answer after a space.
              `${/[?!]$/.test(d.title) ? ' ' : ': '}${d.label}`,
              d.historical ? h('span', { class: 'tag history' }, t('classroom:asHistory')) : h('span', { class: 'left-note' }, t('classroom:debrief.leftNote', { label: d.historicalLabel, weight: weightLabel(w), w: String(w) })),
            ),
            h('td', { class: 'reason-cell' }, d.reason ? h('q', { class: 'reason' }, d.reason) : h('span', { class: 'quiet' }, t('classroom:debrief.noReason'))),
          );
        }),
      ),
    );
  });
  return h(
    'section',
    { class: 'debrief-decisions', 'data-testid': 'debrief-decisions' },
    h('h2', null, t('classroom:debrief.decisions')),
    ...(tables.length ? tables : [h('p', { class: 'quiet' }, t('classroom:debrief.noPlayers'))]),
  );
}

function objectivesBlock(ctx: UiContext, report: GameReport): HTMLElement {
  const line = (o: ObjectiveScore): HTMLElement =>
    h('li', { class: `met-${o.met}`, 'data-objective': o.id, 'data-met': o.met }, h('strong', null, `${metLabel(o.met)}: `), o.text, h('span', { class: 'objective-detail' }, ` — ${o.detail}`));
  return h(
    'section',
    { class: 'debrief-objectives', 'data-testid': 'debrief-objectives' },
    h('h2', null, t('classroom:objectives.title')),
    ...ctx.scenario.roles.map((r) =>
      h(
        'div',
        { class: 'debrief-role', 'data-role': r.side },
        h('p', { class: 'debrief-role-head' }, sideBadge(ctx.side(r.side)), h('span', { class: 'role-who' }, Object.hasOwn(report.players, r.side) ? t('classroom:debrief.player') : t('classroom:debrief.computer'))),
        h('ul', null, ...report.objectives.filter((o) => o.side === r.side).map(line)),
      ),
    ),
  );
}

function aftermathBlock(ctx: UiContext, final: GameState): HTMLElement | null {
  const e = epilogueFor(ctx.scenario, final);
  if (!e) return null;
  return h(
    'section',
    { class: 'debrief-aftermath', 'data-testid': 'debrief-aftermath' },
    h('h2', null, e.title),
    e.ending.same ? null : h('p', null, ...withElement('classroom:debrief.otherwise', {}, 'history', h('strong', null, e.ending.history))),
    h(
      'ul',
      null,
      ...e.before.map((b) => h('li', null, h('span', { class: 'when' }, shortDate(b.date)), ' ', b.text)),
      ...e.entries.map((x) =>
        h('li', { 'data-entry': x.id }, h('strong', null, `${x.title}. `), x.text, x.inThisGame ? h('em', null, t('classroom:debrief.inThisGame', { text: x.inThisGame })) : null, h('span', { class: 'source' }, ` (${sectionName(x.source.section)})`)),
      ),
    ),
  );
}

function discussionBlock(ctx: UiContext): HTMLElement | null {
  const questions = ctx.scenario.discussion;
  if (!questions.length) return null;
  return h(
    'section',
    { class: 'debrief-discussion', 'data-testid': 'debrief-discussion' },
    h('h2', null, t('classroom:debrief.discussion')),
    h('ol', null, ...questions.map((q) => h('li', null, h('p', null, q), h('div', { class: 'answer-lines', 'aria-hidden': 'true' }, ...Array.from({ length: ANSWER_LINES }, () => h('span', { class: 'answer-line' })))))),
  );
}

/** The sheet itself: what prints. */
function debriefSheet(ctx: UiContext, view: DebriefView): HTMLElement {
  const { final, days, replay } = view;
  const report = makeReport(ctx.scenario, replay, days, final);
  const last = days[days.length - 1];
  const cmp = last ? ctx.compare(last) : null;
  const weights = new Map(cmp?.leftHistory.map((l) => [l.decision, l.weight]) ?? []);
  const outcome = final.outcome;
  const def = ctx.scenario.outcomes.find((o) => o.id === outcome?.id);
  const historical = ctx.scenario.outcomes.filter((o) => o.historical);
  // Inside a Hungarian sentence the names take a small article („a forradalmárok”).
  const players = Object.keys(report.players).map((s) => (words.lang === 'hu' ? inSentence(ctx, s) : ctx.sideName(s)));
  const names = view.names();
  const code = report.replayCode;
  return h(
    'article',
    { class: 'debrief-sheet', 'data-testid': 'debrief-sheet' },
    h(
      'header',
      { class: 'debrief-head' },
      h('p', { class: 'kicker' }, t('classroom:debrief.title')),
      h('h1', null, paperName(ctx.scenario)),
      h('p', { class: 'debrief-meta' }, t(players.length ? 'classroom:debrief.meta' : 'classroom:debrief.metaNobody', { start: longDate(ctx.scenario.start), end: longDate(final.report?.date ?? final.date), days: days.length, players: players.join(', ') })),
      h('p', { class: 'debrief-names', 'data-testid': 'debrief-names' }, names ? t('classroom:debrief.playedBy', { names }) : t('classroom:debrief.names'), names ? null : h('span', { class: 'answer-line inline' })),
    ),
    h(
      'section',
      { class: 'debrief-outcome', 'data-testid': 'debrief-outcome' },
      h('h2', null, t('classroom:debrief.outcome')),
      h('p', { class: 'debrief-headline' }, h('strong', null, outcome?.label ?? t('classroom:debrief.undecided')), outcome?.historical ? t('classroom:debrief.asInHistory') : t('classroom:debrief.inHistory', { outcomes: historical.map((o) => o.label).join('; ') })),
      def ? h('p', null, def.explanation) : null,
      cmp ? h('p', { class: 'debrief-figures' }, t('classroom:debrief.divergence', { divergence: String(cmp.divergence) }), figureLines(ctx, cmp).join(' · ')) : null,
    ),
    decisionsBlock(ctx, report, weights),
    objectivesBlock(ctx, report),
    aftermathBlock(ctx, final),
    discussionBlock(ctx),
    h(
      'footer',
      { class: 'debrief-foot', 'data-testid': 'debrief-foot' },
      // One line: the code's start only (the whole code, the replay and the report are on the end screen).
      t('classroom:debrief.foot', { seed: report.seed, hash: report.finalHash, code: code.length > 16 ? `${code.slice(0, 16)}…` : code }),
    ),
  );
}

/** Open the debrief sheet over the end screen, ready to print (two pages of A4 at most). */
export function openDebrief(ctx: UiContext, view: DebriefView): Dialog {
  const d = new Dialog({ title: t('classroom:debrief.title'), className: 'debrief-dialog', close: t('classroom:debrief.back') });
  d.body.appendChild(debriefSheet(ctx, view));
  // The sheet scrolls inside the dialog and holds no control of its own: the keyboard reaches it to scroll it.
  d.body.setAttribute('tabindex', '0');
  d.body.setAttribute('role', 'region');
  d.body.setAttribute('aria-label', t('classroom:debrief.title'));
  d.footer.prepend(h('button', { type: 'button', class: 'button primary', 'data-action': 'print-debrief', autofocus: true, on: { click: () => window.print() } }, t('classroom:debrief.print')));
  return d.open();
}

/** The end screen's button that opens the sheet. */
export function debriefButton(ctx: UiContext, view: DebriefView): HTMLElement {
  return h('button', { type: 'button', class: 'button primary', 'data-action': 'debrief', on: { click: () => openDebrief(ctx, view) } }, t('classroom:debrief.open'));
}
