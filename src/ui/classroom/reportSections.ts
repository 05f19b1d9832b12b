// The parts of the end page that make it the report a student hands in: every decision
// with its reason, and the record (seed, sides, final hash and replay code) that lets a
// teacher play the game again. Built from the same GameReport as the downloaded JSON.
import type { GameReport } from '../../classroom';
import { shortDate, t } from '../lib/words';
import { h } from '../lib/dom';
import { whoLabel } from '../lib/format';
import type { UiContext } from '../panels/context';
import { sideBadge } from '../panels/emblem';
import './tables.css';
import './reportSections.css';

type ReportDecision = GameReport['decisions'][number];

// Defined beside the reading of reports (which runs without a page too), kept here for the end screen.
export { MAX_NAMES } from './replayInput';

function decisionsTable(ctx: UiContext, decisions: ReportDecision[]): HTMLElement {
  const rows = decisions.map((d) =>
    h(
      'tr',
      { class: d.historical ? 'as-history' : 'left-history', 'data-decision': d.decision },
      h('td', { class: 'when' }, shortDate(d.date)),
      h('td', null, sideBadge(ctx.side(d.side), ctx.side(d.side)?.short)),
      h('th', { scope: 'row' }, d.title),
      h('td', null, d.label, d.historical ? h('span', { class: 'tag history' }, t('classroom:asHistory')) : null),
      h('td', null, d.historical ? '—' : d.historicalLabel),
      h('td', { class: 'by' }, whoLabel(d.by)),
      h('td', { class: 'reason-cell' }, d.reason ? h('q', { class: 'reason' }, d.reason) : ''),
    ),
  );
  return h(
    'div',
    { class: 'table-scroll', tabindex: '0' },
    h(
      'table',
      { class: 'decisions-table' },
      h('thead', null, h('tr', null, ...['day', 'side', 'decision', 'chosen', 'historyChose', 'by', 'reason'].map((c) => h('th', { scope: 'col' }, t(`classroom:col.${c}`))))),
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
    h('h2', { id: 'report-decisions-h' }, t('classroom:report.decisions')),
    during.length ? decisionsTable(ctx, during) : h('p', { class: 'quiet' }, t('classroom:report.noDecision')),
    before.length
      ? h('details', { class: 'lead-in' }, h('summary', null, t('classroom:report.before', { n: String(before.length) })), decisionsTable(ctx, before))
      : null,
  );
}

export function recordSection(ctx: UiContext, report: GameReport): HTMLElement {
  const players = Object.keys(report.players);
  return h(
    'section',
    { class: 'report-record', 'aria-labelledby': 'report-record-h' },
    h('h2', { id: 'report-record-h' }, t('classroom:report.record')),
    h(
      'dl',
      { class: 'record-list' },
      h('dt', null, t('classroom:class.scenario')),
      h('dd', null, `${report.scenario.title} (${report.scenario.id})`),
      h('dt', null, t('classroom:report.sidesLed')),
      h('dd', null, players.length ? players.map((s) => ctx.sideName(s)).join(', ') : t('classroom:none')),
      h('dt', null, t('classroom:col.seed')),
      h('dd', null, h('code', { 'data-testid': 'report-seed' }, report.seed)),
      // On paper the record keeps the hash; on screen it is in the "For testers" detail.
      h('dt', { class: 'print-only' }, t('classroom:report.finalHash')),
      h('dd', { class: 'print-only' }, h('code', null, report.finalHash)),
      h('dt', null, t('classroom:report.code')),
      h('dd', null, h('code', { class: 'printed-code', 'data-testid': 'report-code' }, report.replayCode)),
    ),
    h('p', { class: 'field-note' }, t('classroom:report.codeNote')),
  );
}
