// The end: how the game ended against how history did, the whole comparison day by day,
// the decisions that left history, each side's own account, and the replay to keep.
import type { GameState } from '../../engine';
import { historicalValue, pathSentences, pathToOutcome } from '../../history';
import { chanceWords, choicePhrase, reasonTail } from '../../history/words';
import { longDate, shortDate, t } from '../lib/words';
import { h } from '../lib/dom';
import { historyText, num } from '../lib/format';
import type { Replay } from '../../replay';
import { makeReport } from '../../classroom';
import { downloadJson, fileSafe, replayFileName } from '../lib/share';
import { MAX_NAMES, decisionsSection, recordSection } from '../classroom/reportSections';
import { consequenceList, epilogueSection, objectivesSection, paperName } from '../classroom/endSections';
import { debriefButton } from '../classroom/debrief';
import type { UiContext } from './context';
import { chartsBlock, divergenceBlock, figuresTable } from './DayReport';
import { emblem, sideBadge } from './emblem';
import { testersDetail } from './menus';
import './EndScreen.css';

/** The printed replay code scrolls inside its box: the keyboard must reach it to scroll it. */
function scrollableByKeyboard(record: HTMLElement): void {
  for (const code of record.querySelectorAll('.printed-code')) {
    code.setAttribute('tabindex', '0');
    code.setAttribute('role', 'region');
    code.setAttribute('aria-label', t('game:end.codeRegion'));
  }
}

/** How the game came to its ending: the choices (the players' and the other sides', with their chances) that made it or averted history's. */
function pathSection(ctx: UiContext, days: GameState[], playerSides: string[]): HTMLElement {
  const steps = pathToOutcome(ctx.scenario, days);
  const lines = pathSentences(ctx.scenario, steps, playerSides);
  return h(
    'section',
    { class: 'path', 'data-testid': 'path-to-outcome' },
    h('h2', null, t('game:end.path')),
    lines.length
      ? h('ol', { class: 'path-list' }, ...steps.map((step, i) => h('li', { 'data-decision': step.decision, 'data-kind': step.kind }, sideBadge(ctx.side(step.side), ctx.side(step.side)?.short), ' ', ctx.text(lines[i]!))))
      : h('p', { class: 'quiet' }, t('game:end.noSingle')),
  );
}

/** Every choice of the sides without a player, day by day, with its chance and reasons in words (folded). */
function othersSection(ctx: UiContext, days: GameState[]): HTMLElement {
  const items = days.flatMap((s) =>
    s.report!.decisions
      .filter((d) => d.by !== 'player')
      .map((d) => {
        const option = ctx.rules.option(d.decision, d.option);
        const chance = d.chance === null ? (d.by === 'forced' ? t('game:by.forced') : '') : chanceWords(d.chance);
        const why = d.why.filter((f) => f.value > 0).slice(0, 2).map((f) => reasonTail(f.label)).join('; ');
        return h(
          'li',
          { 'data-decision': d.decision, class: d.historical ? '' : 'left-history' },
          h('span', { class: 'when' }, shortDate(s.report!.date)),
          ' ',
          t('game:end.otherChoice', { side: ctx.sideName(d.side), choice: choicePhrase(option?.label ?? d.option), chance: chance || 'none', why: why || 'none' }),
          d.historical ? null : h('span', { class: 'tag left' }, t('game:end.notHistorys')),
        );
      }),
  );
  return h('section', { class: 'others-choices' }, h('details', { 'data-testid': 'others-choices' }, h('summary', null, t('game:end.others', { n: items.length })), h('ol', { class: 'others-list' }, ...items)));
}

interface EndHandlers {
  download(): void;
  /** Step through this game day by day, and try what-ifs. */
  viewer(): void;
  luck(): void;
  /** For a fork: the original and the fork side by side. */
  compareFork?: () => void;
  copyCode(text: string, status: HTMLElement): void;
  /** Copy a link to this page that opens the game in the replay viewer. */
  copyLink(code: string, status: HTMLElement): void;
  openDay(index: number): void;
  newGame(): void;
  title(): void;
  back(): void;
}

interface EndView {
  final: GameState;
  days: GameState[];
  replay: Replay;
  hash: string;
  playerSides: string[];
}

export function endScreen(ctx: UiContext, view: EndView, handlers: EndHandlers): HTMLElement {
  const { final, days, replay } = view;
  // The report a student hands in: the page below, and the same as a JSON file.
  const report = makeReport(ctx.scenario, replay, days, final);
  const downloadReport = (names: string): void => downloadJson(replayFileName(replay, names ? `report-${fileSafe(names)}` : 'report'), names ? { ...report, names } : report);
  const outcome = final.outcome;
  const def = ctx.scenario.outcomes.find((o) => o.id === outcome?.id);
  const historical = ctx.scenario.outcomes.filter((o) => o.historical);
  const last = days[days.length - 1];
  const cmp = last ? ctx.compare(last) : null;
  const metrics = ctx.scenario.metrics.filter((m) => m.headline);
  const status = h('span', { class: 'copy-status', role: 'status' });
  const codeBox = h('textarea', { id: 'replay-code', class: 'replay-code', readonly: true, rows: 3, spellcheck: 'false', 'data-testid': 'replay-code' }, report.replayCode);

  const whole = h(
    'table',
    { class: 'whole-table' },
    h('caption', null, t('game:end.dayByDay')),
    h(
      'thead',
      null,
      h('tr', null, h('th', { scope: 'col' }, t('game:end.eveningOf')), ...metrics.map((m) => h('th', { scope: 'col' }, m.label)), h('th', { scope: 'col' }, t('game:end.divergence')), h('th', { scope: 'col' }, t('game:end.report'))),
    ),
    h(
      'tbody',
      null,
      ...days.map((s, i) => {
        const c = ctx.compare(s);
        return h(
          'tr',
          null,
          h('th', { scope: 'row' }, shortDate(s.report!.date)),
          ...metrics.map((m) => {
            const hv = historicalValue(ctx.scenario, m.id, s.report!.date);
            return h('td', { class: 'num' }, num(s.metrics[m.id] ?? 0), h('span', { class: 'vs' }, ` / ${hv ? historyText(hv) : '—'}${hv?.estimate ? '*' : ''}`));
          }),
          h('td', { class: 'num' }, String(c.divergence)),
          h('td', null, h('button', { type: 'button', class: 'button small', 'aria-label': t('game:end.reportOf', { date: shortDate(s.report!.date) }), on: { click: () => handlers.openDay(i) } }, t('game:end.read'))),
        );
      }),
    ),
  );

  const names = h('input', { type: 'text', id: 'report-names', maxlength: MAX_NAMES, autocomplete: 'off', 'data-testid': 'names-input' });
  const record = recordSection(ctx, report);
  scrollableByKeyboard(record);
  const namesLine = h('p', { class: 'printed-names', 'data-testid': 'printed-names' });
  names.addEventListener('input', () => {
    namesLine.textContent = names.value.trim() ? t('game:end.playedBy', { names: names.value.trim() }) : '';
  });
  const accounts = ctx.scenario.sides.filter((s) => s.account);

  return h(
    'main',
    { class: 'end-screen', 'aria-labelledby': 'end-h', 'data-testid': 'end-screen' },
    h(
      'article',
      { class: 'newspaper end-paper' },
      h('header', { class: 'masthead' }, h('p', { class: paperName(ctx.scenario).length > 24 ? 'paper-name long-title' : 'paper-name' }, paperName(ctx.scenario)), h('p', { class: 'dateline' }, t('game:end.dateline', { date: longDate(final.date) }))),
      namesLine,
      h('h1', { id: 'end-h', class: 'headline', 'data-testid': 'outcome' }, outcome?.label ?? t('game:end.over')),
      def ? ctx.para(def.explanation, 'lede') : null,
      h(
        'section',
        { class: 'against-history' },
        h('h2', null, t('game:end.against')),
        outcome?.historical
          ? h('p', null, t('game:end.asHistory'))
          : h('p', null, ...t('game:end.otherwise', { outcomes: '\uE000' }).split('\uE000').flatMap((part, i) => (i ? [h('strong', null, historical.map((o) => o.label).join('; ') || '—'), part] : [part]))),
        ...historical.filter((o) => o.id !== outcome?.id).map((o) => ctx.para(o.explanation)),
      ),
      pathSection(ctx, days, view.playerSides),
      othersSection(ctx, days),
      cmp ? h('section', null, h('h2', null, t('game:end.lastDivergence')), divergenceBlock(cmp)) : null,
      h('section', null, h('h2', null, t('game:end.whole')), h('div', { class: 'table-scroll', tabindex: '0' }, whole), h('p', { class: 'field-note' }, t('game:end.estNote')), chartsBlock(ctx, days)),
      cmp ? h('section', null, h('h2', null, t('game:end.finalFigures')), figuresTable(ctx, cmp)) : null,
      cmp ? h('section', null, h('h2', null, t('game:end.leftHistory')), consequenceList(ctx, cmp)) : null,
      decisionsSection(ctx, report),
      objectivesSection(ctx, report),
      accounts.length
        ? h('section', { class: 'accounts' }, h('h2', null, t('game:end.accounts')), ...accounts.map((s) => h('blockquote', null, sideBadge(s), h('p', null, s.account!))))
        : null,
      ctx.scenario.discussion.length ? h('section', { 'data-testid': 'discussion' }, h('h2', null, t('game:end.discussion')), h('ol', null, ...ctx.scenario.discussion.map((q) => h('li', null, q)))) : null,
      epilogueSection(ctx, final),
      record,
      h('p', { class: 'remembrance' }, emblem(28, ''), ` ${t('game:end.memory')}`),
    ),
    h(
      'aside',
      { class: 'replay-box', 'aria-labelledby': 'replay-h' },
      h('h2', { id: 'replay-h' }, t('game:end.keep')),
      h('label', { for: 'report-names' }, t('game:end.names')),
      names,
      h(
        'div',
        { class: 'actions' },
        debriefButton(ctx, { final, days, replay, names: () => names.value.trim() }),
        h('button', { type: 'button', class: 'button', 'data-action': 'print-report', on: { click: () => window.print() } }, t('game:end.printReport')),
        h('button', { type: 'button', class: 'button', 'data-action': 'download-report', on: { click: () => downloadReport(names.value.trim()) } }, t('game:end.downloadReport')),
      ),
      h('p', { class: 'field-note' }, t('game:end.reportNote')),
      h('p', null, t('game:end.replayNote')),
      h('button', { type: 'button', class: 'button', 'data-action': 'download-replay', on: { click: () => handlers.download() } }, t('game:end.downloadReplay')),
      h('label', { for: 'replay-code' }, t('game:end.replayCode')),
      codeBox,
      h(
        'div',
        { class: 'actions' },
        h('button', { type: 'button', class: 'button', 'data-action': 'copy-code', on: { click: () => handlers.copyCode(report.replayCode, status) } }, t('game:end.copyCode')),
        h('button', { type: 'button', class: 'button', 'data-action': 'copy-link', on: { click: () => handlers.copyLink(report.replayCode, status) } }, t('game:end.copyLink')),
        status,
      ),
      testersDetail(view.hash, 'final-hash'),
      h('p', { class: 'field-note' }, t('game:end.seedLine', { seed: String(final.seed), days: days.length, led: view.playerSides.length ? view.playerSides.map((s) => ctx.sideName(s)).join(', ') : 'none' })),
      h(
        'div',
        { class: 'actions column' },
        handlers.compareFork ? h('button', { type: 'button', class: 'button primary', 'data-action': 'compare-fork', on: { click: handlers.compareFork } }, t('game:end.compareFork')) : null,
        h('button', { type: 'button', class: 'button', 'data-action': 'open-viewer', on: { click: () => handlers.viewer() } }, t('game:end.viewer')),
        h('button', { type: 'button', class: 'button', 'data-action': 'luck', on: { click: () => handlers.luck() } }, t('game:end.luck')),
        h('button', { type: 'button', class: 'button', on: { click: () => handlers.back() } }, t('game:end.back')),
        h('button', { type: 'button', class: 'button', 'data-action': 'new-game', on: { click: () => handlers.newGame() } }, t('game:end.newGame')),
        h('button', { type: 'button', class: 'button quiet-button', on: { click: () => handlers.title() } }, t('game:end.titleScreen')),
      ),
    ),
  );
}
