// The original and the fork side by side: how each ended, the headline figures day by
// day, how far each drifted from history, the decisions that differ, and the proof that
// the luck was the same (each area's first draw of every day, and the states before the
// changed day).
import type { GameState } from '../../engine';
import { encodeReplayCode } from '../../replay';
import type { Replay } from '../../replay';
import { shortDate, t } from '../lib/words';
import { h } from '../lib/dom';
import { num, whoLabel } from '../lib/format';
import { chartLegend, lineChart } from '../panels/charts';
import type { UiContext } from '../panels/context';
import { historicalValue } from '../../history';
import { sideBadge } from '../panels/emblem';
import type { ForkSpec, ViewedGame } from './fork';
import { differingChoices, forkDays } from './fork';
import { inSentence } from './endSections';
import './paperSheet.css';
import './tables.css';
import './reportSections.css';
import './WhatIfCompare.css';

interface ForkView {
  original: ViewedGame;
  spec: ForkSpec;
  forkEnds: GameState[];
  forkFinal: GameState;
  forkReplay: Replay;
}

interface WhatIfHandlers {
  watchFork(): void;
  watchOriginal(): void;
  downloadFork(): void;
  title(): void;
}

function outcomeBox(ctx: UiContext, label: string, state: GameState, testid: string, against?: GameState): HTMLElement {
  const delta = (id: string): string => {
    if (!against) return '';
    const d = Math.round((state.metrics[id] ?? 0) - (against.metrics[id] ?? 0));
    return d === 0 ? t('classroom:fork.same') : ` (${d > 0 ? '+' : '−'}${num(Math.abs(d))})`;
  };
  const o = state.outcome;
  return h(
    'div',
    { class: 'fork-side' },
    h('p', { class: 'kicker' }, label),
    h('p', { class: 'fork-outcome', 'data-testid': testid }, o?.label ?? t('classroom:fork.notFinished')),
    o ? h('p', { class: 'field-note' }, o.historical ? t('classroom:fork.asHistoryEnded') : t('classroom:fork.notAsHistoryEnded')) : null,
    h(
      'dl',
      { class: 'record-list' },
      ...ctx.scenario.metrics.filter((m) => m.headline).flatMap((m) => [h('dt', null, m.label), h('dd', { class: 'num' }, num(state.metrics[m.id] ?? 0), against ? h('span', { class: 'delta' }, delta(m.id)) : null)]),
    ),
  );
}

export function whatIfScreen(ctx: UiContext, view: ForkView, handlers: WhatIfHandlers): HTMLElement {
  const { original, spec } = view;
  const rows = forkDays(original, view.forkEnds);
  const changedDate = rows[spec.day - 1]?.date ?? '';
  const headline = ctx.scenario.metrics.filter((m) => m.headline);
  const first = Object.entries(spec.changes)[0]!;
  const firstDef = ctx.rules.decisions.get(first[0]);
  const title = t('classroom:fork.title', { side: inSentence(ctx, firstDef?.actor ?? ''), option: ctx.rules.option(first[0], first[1])?.label ?? first[1] });
  const bothDays = rows.filter((r) => r.sameLuck !== null);
  const sameLuck = bothDays.filter((r) => r.sameLuck).length;
  const before = rows.slice(0, spec.day - 1);
  const identicalBefore = before.every((r) => r.originalHash === r.forkHash);
  const diff = differingChoices(original.final, view.forkFinal);
  const optionLabel = (decision: string, c: { option: string; by: string } | null): string => (c ? `${ctx.rules.option(decision, c.option)?.label ?? c.option} (${whoLabel(c.by)})` : t('classroom:fork.notReached'));

  const cell = (s: GameState | null, metric: string): string => (s ? num(s.metrics[metric] ?? 0) : '—');
  const table = h(
    'table',
    { class: 'fork-table', 'data-testid': 'fork-days' },
    h('caption', null, t('classroom:fork.caption')),
    h(
      'thead',
      null,
      h('tr', null, h('th', { scope: 'col' }, t('classroom:fork.col.evening')), ...headline.map((m) => h('th', { scope: 'col' }, m.label)), h('th', { scope: 'col' }, t('classroom:fork.col.divergence')), h('th', { scope: 'col' }, t('classroom:fork.col.sameLuck')), h('th', { scope: 'col' }, t('classroom:fork.col.state'))),
    ),
    h(
      'tbody',
      null,
      ...rows.map((r, i) =>
        h(
          'tr',
          {
            class: i + 1 === spec.day ? 'fork-day' : '',
            'data-date': r.date,
            'data-original-hash': r.originalHash ?? '',
            'data-fork-hash': r.forkHash ?? '',
            'data-same-luck': r.sameLuck === null ? '' : String(r.sameLuck),
            'data-draws': String(r.drawsCompared),
          },
          h('th', { scope: 'row' }, shortDate(r.date), i + 1 === spec.day ? h('span', { class: 'tag left' }, t('classroom:fork.changed')) : null),
          ...headline.map((m) => h('td', { class: 'num' }, cell(r.original, m.id), h('span', { class: 'vs' }, ` / ${cell(r.fork, m.id)}`))),
          h('td', { class: 'num' }, r.original ? String(ctx.compare(r.original).divergence) : '—', h('span', { class: 'vs' }, ` / ${r.fork ? String(ctx.compare(r.fork).divergence) : '—'}`)),
          h('td', null, r.sameLuck === null ? '—' : t(r.sameLuck ? 'classroom:fork.sameLuckYes' : 'classroom:fork.sameLuckNo', { n: r.drawsCompared })),
          h('td', null, r.originalHash === r.forkHash ? t('classroom:fork.identical') : t('classroom:fork.differs')),
        ),
      ),
    ),
  );

  return h(
    'main',
    { class: 'paper-screen what-if-screen', 'aria-labelledby': 'wi-h', 'data-testid': 'what-if' },
    h(
      'article',
      { class: 'paper-sheet wide' },
      h('p', { class: 'kicker' }, t('classroom:fork.kicker', { title: ctx.scenario.title, seed: original.replay.seed })),
      h('h1', { id: 'wi-h' }, title),
      h('p', { class: 'lede' }, t('classroom:fork.lede', { date: shortDate(changedDate) })),
      h('div', { class: 'fork-sides' }, outcomeBox(ctx, t('classroom:fork.original'), original.final, 'original-outcome'), outcomeBox(ctx, t('classroom:fork.fork'), view.forkFinal, 'fork-outcome', original.final)),
      h(
        'p',
        { class: 'luck-note', 'data-testid': 'luck-note' },
        t('classroom:fork.sameLuck', { same: String(sameLuck), days: String(bothDays.length) }),
        before.length
          ? identicalBefore
            ? t('classroom:fork.identicalBefore', { n: before.length })
            : t('classroom:fork.forcedBefore')
          : t('classroom:fork.firstDay'),
      ),
      h(
        'section',
        { 'aria-labelledby': 'wi-diff-h', 'data-testid': 'differing-decisions' },
        h('h2', { id: 'wi-diff-h' }, t('classroom:fork.differing')),
        h(
          'ul',
          { class: 'left-history-list' },
          ...diff.map((c) =>
            h('li', { 'data-decision': c.decision }, h('span', { class: 'when' }, shortDate(c.date)), ' ', sideBadge(ctx.side(c.side), ctx.side(c.side)?.short), ' ', h('strong', null, ctx.rules.decisions.get(c.decision)?.title ?? c.decision), `: ${optionLabel(c.decision, c.original)} → ${optionLabel(c.decision, c.fork)}`),
          ),
        ),
      ),
      h('section', { 'aria-labelledby': 'wi-days-h' }, h('h2', { id: 'wi-days-h' }, t('classroom:fork.sideBySide')), charts(ctx, view), h('div', { class: 'table-scroll', tabindex: '0' }, table)),
      h(
        'section',
        { class: 'fork-keep' },
        h('h2', null, t('classroom:fork.fork')),
        h('label', { for: 'fork-code' }, t('classroom:fork.code')),
        h('textarea', { id: 'fork-code', class: 'replay-code', readonly: true, rows: 2, 'data-testid': 'fork-code' }, encodeReplayCode(view.forkReplay)),
        h(
          'div',
          { class: 'actions' },
          h('button', { type: 'button', class: 'button primary', 'data-action': 'watch-fork', on: { click: handlers.watchFork } }, t('classroom:fork.watch')),
          h('button', { type: 'button', class: 'button', 'data-action': 'watch-original', on: { click: handlers.watchOriginal } }, t('classroom:fork.backToOriginal')),
          h('button', { type: 'button', class: 'button', 'data-action': 'download-fork', on: { click: handlers.downloadFork } }, t('classroom:fork.download')),
          h('button', { type: 'button', class: 'button quiet-button', on: { click: () => window.print() } }, t('classroom:print')),
          h('button', { type: 'button', class: 'button quiet-button', 'data-action': 'title', on: { click: handlers.title } }, t('classroom:titleScreen')),
        ),
      ),
    ),
  );
}

/** The headline figures and the divergence day by day: the fork over the original, with history. */
function charts(ctx: UiContext, view: ForkView): HTMLElement {
  const rows = forkDays(view.original, view.forkEnds);
  const days = rows.map((r) => shortDate(r.date));
  // A game that ended earlier keeps its last value on the days the other played on.
  const series = (pick: (r: (typeof rows)[number]) => GameState | null, value: (s: GameState) => number): number[] => {
    let last = 0;
    return rows.map((r) => {
      const s = pick(r);
      if (s) last = value(s);
      return last;
    });
  };
  const grid = h('div', { class: 'charts' });
  for (const m of ctx.scenario.metrics.filter((x) => x.headline)) {
    grid.appendChild(
      lineChart({
        title: m.label,
        days,
        game: series((r) => r.fork, (s) => s.metrics[m.id] ?? 0),
        other: series((r) => r.original, (s) => s.metrics[m.id] ?? 0),
        history: rows.map((r) => historicalValue(ctx.scenario, m.id, r.date)),
      }),
    );
  }
  grid.appendChild(
    lineChart({ title: t('classroom:fork.chartDivergence'), days, game: series((r) => r.fork, (s) => ctx.compare(s).divergence), other: series((r) => r.original, (s) => ctx.compare(s).divergence), max: 100 }),
  );
  return h('div', { class: 'charts-block' }, grid, chartLegend({ game: t('classroom:fork.fork'), other: t('classroom:fork.original') }));
}
