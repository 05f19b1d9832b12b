// "Luck or choice?": the player's decisions, and history's, played over many seeds in a
// Web Worker, with a progress bar and a cancel button; then how often each outcome came
// with each, and the spread of the figures.
import { judgeLuck, playerChoices } from '../../classroom';
import type { LuckResult, LuckSummary } from '../../classroom';
import type { GameState } from '../../engine';
import type { Replay } from '../../replay';
import { h, replaceChildren } from '../lib/dom';
import { t, words } from '../lib/words';
import { focusOn } from '../lib/focus';
import { num } from '../lib/format';
import type { UiContext } from '../panels/context';
import { Dialog } from '../panels/dialogs';
import { bar, pct, rangeBar } from './bars';
import type { LuckReply, LuckRequest } from './luckProtocol';
import './tables.css';
import './LuckDialog.css';

const SIZES = [20, 50, 100, 200, 500, 1000];

export function openLuck(ctx: UiContext, replay: Replay, final: GameState): Dialog {
  const choices = playerChoices(final);
  const count = Object.keys(choices).length;
  const leaving = Object.entries(choices).filter(([id, o]) => !ctx.rules.decisions.get(id)?.options.find((x) => x.id === o)?.historical).length;
  let worker: Worker | null = null;
  const stop = (): void => {
    worker?.terminate();
    worker = null;
  };
  const d = new Dialog({ title: t('classroom:luck.title'), className: 'luck-dialog', onClose: stop });
  const size = h('select', { id: 'luck-games' });
  for (const n of SIZES) size.appendChild(h('option', { value: String(n), selected: n === 200 }, t('classroom:luck.seeds', { n: String(n) })));
  const progress = h('progress', { max: 100, value: 0, 'aria-labelledby': 'luck-progress-label', 'data-testid': 'luck-progress', 'data-updates': '0' });
  const progressText = h('span', { id: 'luck-progress-label', class: 'progress-text', role: 'status' }, '');
  const result = h('div', { class: 'luck-result', 'data-testid': 'luck-result' });
  const start = h('button', { type: 'button', class: 'button primary', 'data-action': 'luck-start' }, t('classroom:luck.run'));
  const cancel = h('button', { type: 'button', class: 'button', 'data-action': 'luck-cancel', disabled: true }, t('classroom:luck.cancel'));
  const progressRow = h('div', { class: 'luck-progress', hidden: true }, progress, progressText, cancel);

  d.body.append(
    h('p', null, t('classroom:luck.intro')),
    h('p', { class: 'field-note', 'data-testid': 'luck-choices' }, count ? t('classroom:luck.choices', { count: String(count), leaving: String(leaving) }) : t('classroom:luck.noChoices')),
    h('div', { class: 'field inline' }, h('label', { for: 'luck-games' }, t('classroom:luck.howMany')), size, start),
    progressRow,
    result,
  );
  d.footer.appendChild(h('button', { type: 'button', class: 'button', 'data-action': 'luck-close', on: { click: () => d.close() } }, t('common:close')));
  start.disabled = count === 0;

  start.addEventListener('click', () => {
    stop();
    const games = Number(size.value);
    replaceChildren(result);
    progress.max = games * 2;
    progress.value = 0;
    progress.dataset.updates = '0';
    progressText.textContent = t('classroom:luck.progress', { done: num(0), total: num(games * 2) });
    progressRow.hidden = false;
    start.disabled = true;
    cancel.disabled = false;
    const w = new Worker(new URL('./luck.worker.ts', import.meta.url), { type: 'module' });
    worker = w;
    let fallback = 0;
    const finish = (): void => {
      clearTimeout(fallback);
      stop();
      start.disabled = false;
      cancel.disabled = true;
    };
    w.onmessage = (e: MessageEvent<LuckReply>) => {
      const msg = e.data;
      if (msg.type === 'progress') {
        progress.value = msg.done;
        progress.dataset.updates = String(Number(progress.dataset.updates) + 1);
        progressText.textContent = t('classroom:luck.progress', { done: num(msg.done), total: num(msg.total) });
      } else if (msg.type === 'done') {
        finish();
        replaceChildren(result, ...summary(ctx, msg.result, games, msg.cancelled));
        focusOn('[data-testid=luck-summary]', result);
      } else {
        finish();
        replaceChildren(result, h('p', { class: 'field-error', role: 'alert' }, t('classroom:luck.failed', { message: msg.message })));
      }
    };
    w.onerror = (e) => {
      e.preventDefault();
      finish();
      replaceChildren(result, h('p', { class: 'field-error', role: 'alert' }, t('classroom:luck.noWorker')));
    };
    cancel.onclick = () => {
      cancel.disabled = true;
      progressText.textContent = t('classroom:luck.stopping', { text: progressText.textContent ?? '' });
      w.postMessage({ type: 'cancel' } satisfies LuckRequest);
      // A worker that does not answer is stopped outright.
      fallback = window.setTimeout(() => {
        if (worker !== w) return;
        finish();
        replaceChildren(result, h('p', { class: 'quiet', 'data-testid': 'luck-summary' }, t('classroom:luck.cancelled')));
      }, 3000);
    };
    const request: LuckRequest = { type: 'run', lang: words.lang, scenario: ctx.scenario, base: { roles: { ...replay.roles }, forced: { ...replay.forced } }, choices, games };
    w.postMessage(request);
  });
  return d.open();
}

function summary(ctx: UiContext, r: LuckResult, asked: number, cancelled: boolean): (HTMLElement | null)[] {
  const mine = r.player;
  const theirs = r.history;
  const n = mine.games;
  const histLabels = ctx.scenario.outcomes.filter((o) => o.historical).map((o) => o.label);
  const histLabel = histLabels.length ? histLabels.reduce((a, b) => t('classroom:luck.or', { a, b })) : t('classroom:luck.historysOutcome');
  // Judged on the outcomes and on the headline figures (src/classroom/luck.ts).
  const verdict = judgeLuck(ctx.scenario, r);
  const ids = [...new Set([...Object.keys(mine.outcomes), ...Object.keys(theirs.outcomes)])];
  const label = (id: string): string => mine.outcomes[id]?.label ?? theirs.outcomes[id]?.label ?? id;
  const historical = (id: string): boolean => mine.outcomes[id]?.historical ?? theirs.outcomes[id]?.historical ?? false;
  const headline = ctx.scenario.metrics.filter((m) => m.headline);
  const cellFor = (s: LuckSummary, id: string): HTMLElement => {
    const c = s.outcomes[id]?.count ?? 0;
    return h('td', null, bar(s.games ? c / s.games : 0, historical(id) ? 'history' : ''), h('span', { class: 'share-figure' }, `${c} (${pct(c, s.games)})`));
  };
  const spread = (s: LuckSummary, id: string, max: number, kind: string): HTMLElement => {
    const m = s.metrics[id] ?? { p10: 0, median: 0, p90: 0 };
    return h('td', null, rangeBar(m.p10, m.median, m.p90, max, kind), h('span', { class: 'share-figure' }, t('classroom:luck.spread', { low: num(m.p10), high: num(m.p90), median: num(m.median) })));
  };
  return [
    cancelled ? h('p', { class: 'notice-line', 'data-testid': 'luck-cancelled' }, t('classroom:luck.stoppedAfter', { n: String(n), asked: String(asked) })) : null,
    h('p', { class: 'luck-summary', tabindex: '-1', 'data-testid': 'luck-summary' }, t('classroom:luck.summary', { outcome: histLabel, historyPct: pct(Math.round(verdict.historical.history * theirs.games), theirs.games), historyGames: String(theirs.games), pct: pct(Math.round(verdict.historical.mine * n), n), games: String(n) })),
    h('p', { 'data-testid': 'luck-verdict', 'data-kind': verdict.kind }, verdict.text),
    verdict.moved.length
      ? h(
          'ul',
          { class: 'luck-moved', 'data-testid': 'luck-moved' },
          ...verdict.moved.map((f) =>
            h('li', { 'data-metric': f.metric }, h('strong', null, f.label), t('classroom:luck.moved', { mine: num(f.mine), history: num(f.history), change: `${f.change > 0 ? '+' : '−'}${Math.round(Math.abs(f.change) * 100)}%` }), f.beyondLuck ? h('span', { class: 'tag' }, t('classroom:luck.beyondLuck')) : null),
          ),
        )
      : null,
    h(
      'table',
      { class: 'luck-table', 'data-testid': 'luck-outcomes' },
      h('caption', null, t('classroom:luck.outcomesCaption', { n: String(n) })),
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, t('classroom:col.outcome')), h('th', { scope: 'col' }, t('classroom:luck.mine')), h('th', { scope: 'col' }, t('classroom:luck.history')))),
      h('tbody', null, ...ids.map((id) => h('tr', { 'data-outcome': id }, h('th', { scope: 'row' }, label(id), historical(id) ? h('span', { class: 'tag history' }, t('classroom:historyTag')) : null), cellFor(mine, id), cellFor(theirs, id)))),
    ),
    h(
      'table',
      { class: 'luck-table' },
      h('caption', null, t('classroom:luck.spreadCaption')),
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, t('classroom:luck.figure')), h('th', { scope: 'col' }, t('classroom:luck.mine')), h('th', { scope: 'col' }, t('classroom:luck.history')))),
      h(
        'tbody',
        null,
        ...headline.map((m) => {
          const max = Math.max(mine.metrics[m.id]?.p90 ?? 0, theirs.metrics[m.id]?.p90 ?? 0, 1);
          return h('tr', null, h('th', { scope: 'row' }, m.label), spread(mine, m.id, max, ''), spread(theirs, m.id, max, 'history'));
        }),
      ),
    ),
  ];
}
