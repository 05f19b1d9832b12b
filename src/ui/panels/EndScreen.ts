// The end: how the game ended against how history did, the whole comparison day by day,
// the decisions that left history, each side's own account, and the replay to keep.
import type { GameState } from '../../engine';
import { historicalValue, pathSentences, pathToOutcome } from '../../history';
import { chanceWords, choicePhrase, reasonTail } from '../../history/words';
import { longDate, shortDate } from '../lib/words';
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
    code.setAttribute('aria-label', 'The replay code, as printed');
  }
}

/** How the game came to its ending: the choices (the players' and the other sides', with their chances) that made it or averted history's. */
function pathSection(ctx: UiContext, days: GameState[], playerSides: string[]): HTMLElement {
  const steps = pathToOutcome(ctx.scenario, days);
  const lines = pathSentences(ctx.scenario, steps, playerSides);
  return h(
    'section',
    { class: 'path', 'data-testid': 'path-to-outcome' },
    h('h2', null, 'How this ending came about'),
    lines.length
      ? h('ol', { class: 'path-list' }, ...steps.map((step, i) => h('li', { 'data-decision': step.decision, 'data-kind': step.kind }, sideBadge(ctx.side(step.side), ctx.side(step.side)?.short), ' ', ctx.text(lines[i]!))))
      : h('p', { class: 'quiet' }, 'No single choice made this ending: it came of the days as they fell.'),
  );
}

/** Every choice of the sides without a player, day by day, with its chance and reasons in words (folded). */
function othersSection(ctx: UiContext, days: GameState[]): HTMLElement {
  const items = days.flatMap((s) =>
    s.report!.decisions
      .filter((d) => d.by !== 'player')
      .map((d) => {
        const option = ctx.rules.option(d.decision, d.option);
        const chance = d.chance === null ? (d.by === 'forced' ? 'forced for this game' : '') : chanceWords(d.chance);
        const why = d.why.filter((f) => f.value > 0).slice(0, 2).map((f) => reasonTail(f.label)).join('; ');
        return h(
          'li',
          { 'data-decision': d.decision, class: d.historical ? '' : 'left-history' },
          h('span', { class: 'when' }, shortDate(s.report!.date)),
          ' ',
          `${ctx.sideName(d.side)} ${choicePhrase(option?.label ?? d.option)}${chance ? ` — ${chance}` : ''}${why ? `: ${why}` : ''}.`,
          d.historical ? null : h('span', { class: 'tag left' }, 'not history’s'),
        );
      }),
  );
  return h('section', { class: 'others-choices' }, h('details', { 'data-testid': 'others-choices' }, h('summary', null, `The other sides’ choices, with their chances and reasons (${items.length})`), h('ol', { class: 'others-list' }, ...items)));
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
    h('caption', null, 'Day by day: this game / history'),
    h(
      'thead',
      null,
      h('tr', null, h('th', { scope: 'col' }, 'Evening of'), ...metrics.map((m) => h('th', { scope: 'col' }, m.label)), h('th', { scope: 'col' }, 'Divergence'), h('th', { scope: 'col' }, 'Report')),
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
          h('td', null, h('button', { type: 'button', class: 'button small', 'aria-label': `Report of ${shortDate(s.report!.date)}`, on: { click: () => handlers.openDay(i) } }, 'Read')),
        );
      }),
    ),
  );

  const names = h('input', { type: 'text', id: 'report-names', maxlength: MAX_NAMES, autocomplete: 'off', 'data-testid': 'names-input' });
  const record = recordSection(ctx, report);
  scrollableByKeyboard(record);
  const namesLine = h('p', { class: 'printed-names', 'data-testid': 'printed-names' });
  names.addEventListener('input', () => {
    namesLine.textContent = names.value.trim() ? `Played by ${names.value.trim()}` : '';
  });
  const accounts = ctx.scenario.sides.filter((s) => s.account);

  return h(
    'main',
    { class: 'end-screen', 'aria-labelledby': 'end-h', 'data-testid': 'end-screen' },
    h(
      'article',
      { class: 'newspaper end-paper' },
      h('header', { class: 'masthead' }, h('p', { class: paperName(ctx.scenario).length > 24 ? 'paper-name long-title' : 'paper-name' }, paperName(ctx.scenario)), h('p', { class: 'dateline' }, `Budapest, ${longDate(final.date)} · The end of the game`)),
      namesLine,
      h('h1', { id: 'end-h', class: 'headline', 'data-testid': 'outcome' }, outcome?.label ?? 'The game is over'),
      def ? ctx.para(def.explanation, 'lede') : null,
      h(
        'section',
        { class: 'against-history' },
        h('h2', null, 'Against history'),
        outcome?.historical
          ? h('p', null, 'This game ended as history did.')
          : h('p', null, 'This game ended otherwise than history. In history: ', h('strong', null, historical.map((o) => o.label).join('; ') || '—'), '.'),
        ...historical.filter((o) => o.id !== outcome?.id).map((o) => ctx.para(o.explanation)),
      ),
      pathSection(ctx, days, view.playerSides),
      othersSection(ctx, days),
      cmp ? h('section', null, h('h2', null, 'Divergence on the last evening'), divergenceBlock(cmp)) : null,
      h('section', null, h('h2', null, 'The whole comparison'), h('div', { class: 'table-scroll' }, whole), h('p', { class: 'field-note' }, '* History’s figure for that day is an estimate (see the day’s report for how it was reached).'), chartsBlock(ctx, days)),
      cmp ? h('section', null, h('h2', null, 'The final figures'), figuresTable(ctx, cmp)) : null,
      cmp ? h('section', null, h('h2', null, 'Where this game left history'), consequenceList(ctx, cmp)) : null,
      decisionsSection(ctx, report),
      objectivesSection(ctx, report),
      accounts.length
        ? h('section', { class: 'accounts' }, h('h2', null, 'As each side told it'), ...accounts.map((s) => h('blockquote', null, sideBadge(s), h('p', null, s.account!))))
        : null,
      ctx.scenario.discussion.length ? h('section', { 'data-testid': 'discussion' }, h('h2', null, 'For discussion'), h('ol', null, ...ctx.scenario.discussion.map((q) => h('li', null, q)))) : null,
      epilogueSection(ctx, final),
      record,
      h('p', { class: 'remembrance' }, emblem(28, ''), ' In memory of all who died in the autumn of 1956.'),
    ),
    h(
      'aside',
      { class: 'replay-box', 'aria-labelledby': 'replay-h' },
      h('h2', { id: 'replay-h' }, 'Keep this game'),
      h('label', { for: 'report-names' }, 'Your names, for the report (optional)'),
      names,
      h(
        'div',
        { class: 'actions' },
        debriefButton(ctx, { final, days, replay, names: () => names.value.trim() }),
        h('button', { type: 'button', class: 'button', 'data-action': 'print-report', on: { click: () => window.print() } }, 'Print the report'),
        h('button', { type: 'button', class: 'button', 'data-action': 'download-report', on: { click: () => downloadReport(names.value.trim()) } }, 'Download the report'),
      ),
      h('p', { class: 'field-note' }, 'The report (JSON) holds the decisions with their reasons, the days beside history, the outcome, the seed and the replay code: a teacher can compare a class of them.'),
      h('p', null, 'The replay is the whole game: seed, sides and every choice. It plays again exactly, here or with the command line.'),
      h('button', { type: 'button', class: 'button', 'data-action': 'download-replay', on: { click: () => handlers.download() } }, 'Download replay'),
      h('label', { for: 'replay-code' }, 'Replay code'),
      codeBox,
      h(
        'div',
        { class: 'actions' },
        h('button', { type: 'button', class: 'button', 'data-action': 'copy-code', on: { click: () => handlers.copyCode(report.replayCode, status) } }, 'Copy the code'),
        h('button', { type: 'button', class: 'button', 'data-action': 'copy-link', on: { click: () => handlers.copyLink(report.replayCode, status) } }, 'Copy a link'),
        status,
      ),
      testersDetail(view.hash, 'final-hash'),
      h('p', { class: 'field-note' }, `Seed ${final.seed} · ${days.length} days played · ${view.playerSides.length ? `led by you: ${view.playerSides.map((s) => ctx.sideName(s)).join(', ')}` : 'no side led by a player'}`),
      h(
        'div',
        { class: 'actions column' },
        handlers.compareFork ? h('button', { type: 'button', class: 'button primary', 'data-action': 'compare-fork', on: { click: handlers.compareFork } }, 'Compare with the original game') : null,
        h('button', { type: 'button', class: 'button', 'data-action': 'open-viewer', on: { click: () => handlers.viewer() } }, 'Watch it again: what if?'),
        h('button', { type: 'button', class: 'button', 'data-action': 'luck', on: { click: () => handlers.luck() } }, 'Luck or choice?'),
        h('button', { type: 'button', class: 'button', on: { click: () => handlers.back() } }, 'Back a day and play it again'),
        h('button', { type: 'button', class: 'button', 'data-action': 'new-game', on: { click: () => handlers.newGame() } }, 'New game'),
        h('button', { type: 'button', class: 'button quiet-button', on: { click: () => handlers.title() } }, 'Title screen'),
      ),
    ),
  );
}
