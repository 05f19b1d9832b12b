// The parts of the end page that make it the report a student hands in: every decision
// with its reason, and the record (seed, sides, final hash and replay code) that lets a
// teacher play the game again. Built from the same GameReport as the downloaded JSON.
import type { GameReport } from '../../classroom';
import { shortDate } from '../lib/words';
import { h } from '../lib/dom';
import { WHO_LABELS } from '../lib/format';
import type { UiContext } from '../panels/context';
import { sideBadge } from '../panels/emblem';
import './tables.css';
import './reportSections.css';

type ReportDecision = GameReport['decisions'][number];

/** The players' names a downloaded report may carry, at most this long. */
export const MAX_NAMES = 120;

function decisionsTable(ctx: UiContext, decisions: ReportDecision[]): HTMLElement {
  const rows = decisions.map((d) =>
    h(
      'tr',
      { class: d.historical ? 'as-history' : 'left-history', 'data-decision': d.decision },
      h('td', { class: 'when' }, shortDate(d.date)),
      h('td', null, sideBadge(ctx.side(d.side), ctx.side(d.side)?.short)),
      h('th', { scope: 'row' }, d.title),
      h('td', null, d.label, d.historical ? h('span', { class: 'tag history' }, 'as history') : null),
      h('td', null, d.historical ? '—' : d.historicalLabel),
      h('td', { class: 'by' }, WHO_LABELS[d.by] ?? d.by),
      h('td', { class: 'reason-cell' }, d.reason ? h('q', { class: 'reason' }, d.reason) : ''),
    ),
  );
  return h(
    'div',
    { class: 'table-scroll' },
    h(
      'table',
      { class: 'decisions-table' },
      h('thead', null, h('tr', null, ...['Day', 'Side', 'Decision', 'Chosen', 'History chose', 'By', 'Reason'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', null, ...rows),
    ),
  );
}

export function decisionsSection(ctx: UiContext, report: GameReport): HTMLElement {
  // An exercise that starts after its base was first played through as history went.
  const before = report.decisions.filter((d) => d.date < ctx.scenario.start);
  const during = report.decisions.filter((d) => d.date >= ctx.scenario.start);
  return h(
    'section',
    { class: 'report-decisions', 'aria-labelledby': 'report-decisions-h', 'data-testid': 'report-decisions' },
    h('h2', { id: 'report-decisions-h' }, 'The decisions and their reasons'),
    during.length ? decisionsTable(ctx, during) : h('p', { class: 'quiet' }, 'No decision was taken in this game.'),
    before.length
      ? h('details', { class: 'lead-in' }, h('summary', null, `Before the exercise began: ${before.length} decisions, played as history went`), decisionsTable(ctx, before))
      : null,
  );
}

export function recordSection(ctx: UiContext, report: GameReport): HTMLElement {
  const players = Object.keys(report.players);
  return h(
    'section',
    { class: 'report-record', 'aria-labelledby': 'report-record-h' },
    h('h2', { id: 'report-record-h' }, 'For the record'),
    h(
      'dl',
      { class: 'record-list' },
      h('dt', null, 'Scenario'),
      h('dd', null, `${report.scenario.title} (${report.scenario.id})`),
      h('dt', null, 'Sides led by players'),
      h('dd', null, players.length ? players.map((s) => ctx.sideName(s)).join(', ') : 'none'),
      h('dt', null, 'Seed'),
      h('dd', null, h('code', { 'data-testid': 'report-seed' }, report.seed)),
      // On paper the record keeps the hash; on screen it is in the "For testers" detail.
      h('dt', { class: 'print-only' }, 'Final state hash'),
      h('dd', { class: 'print-only' }, h('code', null, report.finalHash)),
      h('dt', null, 'Replay code'),
      h('dd', null, h('code', { class: 'printed-code', 'data-testid': 'report-code' }, report.replayCode)),
    ),
    h('p', { class: 'field-note' }, 'The replay code plays this game again exactly, in the browser (Load a replay) or with the command line (npm run cli -- replay CODE).'),
  );
}
