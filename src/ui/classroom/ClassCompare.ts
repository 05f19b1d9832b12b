// The teacher's class comparison: many reports or replays of one exercise (files chosen
// at once, codes pasted one a line), checked and set side by side. Entries of another
// scenario, altered, broken or duplicated are named with the reason and left out.
import type { ClassComparison, ClassEntry, DecisionShare, ObjectiveShare } from '../../classroom';
import type { Scenario } from '../../scenario/resolve';
import { shortDate, t } from '../lib/words';
import { h, replaceChildren } from '../lib/dom';
import { focusOn } from '../lib/focus';
import { num } from '../lib/format';
import { UiContext } from '../panels/context';
import { sideBadge } from '../panels/emblem';
import { bar, pct } from './bars';
import { compareInWorker } from './compareInWorker';
import { metLabel } from './endSections';
import { fileEntries, firstScenario, pastedEntries } from './replayInput';
import './paperSheet.css';
import './tables.css';
import './ClassCompare.css';

interface ClassCompareHandlers {
  /** Open one game of the class in the replay viewer. */
  watch(text: string): void;
  title(): void;
  glossary(scenario: Scenario): void;
}

export function classCompareScreen(scenarios: Scenario[], handlers: ClassCompareHandlers): HTMLElement {
  const pick = h('select', { id: 'cc-scenario' }, h('option', { value: '' }, t('classroom:class.pickFirst')));
  for (const s of scenarios) pick.appendChild(h('option', { value: s.id }, s.title));
  const files = h('input', { type: 'file', id: 'cc-files', multiple: true, accept: '.json,.txt,application/json,text/plain' });
  const codes = h('textarea', { id: 'cc-codes', rows: 4, spellcheck: 'false', placeholder: t('classroom:class.codesPlaceholder') });
  const problem = h('p', { class: 'field-error', role: 'alert', 'data-testid': 'class-problem' });
  const status = h('p', { class: 'field-note', role: 'status' });
  const meter = h('progress', { max: 1, value: 0, 'aria-label': t('classroom:class.progressLabel'), 'data-testid': 'class-progress' });
  const progressRow = h('div', { class: 'class-progress', hidden: true }, meter, status);
  const compareButton = h('button', { type: 'submit', class: 'button primary', 'data-action': 'compare' }, t('classroom:class.compare'));
  const results = h('div', { class: 'class-results', 'data-testid': 'class-results' });

  const run = async (): Promise<void> => {
    problem.textContent = '';
    const entries: ClassEntry[] = [...(await fileEntries(files.files ?? [])), ...pastedEntries(codes.value, (line) => t('classroom:class.pastedLine', { line }))];
    if (!entries.length) {
      problem.textContent = t('classroom:class.nothing');
      replaceChildren(results);
      return;
    }
    const id = pick.value || firstScenario(entries);
    const scenario = scenarios.find((s) => s.id === id);
    if (!scenario) {
      problem.textContent = id ? t('classroom:class.unknownScenario', { id }) : t('classroom:class.noneReadable');
      if (!id) replaceChildren(results, excludedBlock(entries.map((e) => ({ name: e.name, reason: t('classroom:class.notReadable') }))));
      return;
    }
    const n = entries.length;
    const shown = (done: number): void => {
      meter.max = n;
      meter.value = done;
      meter.dataset.done = String(done);
      status.textContent = t('classroom:class.checking', { done: String(done), n: String(n) });
    };
    shown(0);
    progressRow.hidden = false;
    compareButton.disabled = true;
    replaceChildren(results);
    let result;
    try {
      // Played back off the page's thread: the page stays usable and the bar moves.
      // A game of another scenario is named by the titles the page shows.
      result = await compareInWorker(scenario, entries, shown, Object.fromEntries(scenarios.map((x) => [x.id, x.title])));
    } catch (e) {
      problem.textContent = t('classroom:class.stopped', { message: (e as Error).message });
      return;
    } finally {
      progressRow.hidden = true;
      compareButton.disabled = false;
      status.textContent = '';
    }
    const texts = new Map(entries.map((e) => [e.name, e.text]));
    replaceChildren(results, ...render(new UiContext(scenario, () => handlers.glossary(scenario)), result, pick.value === '', (name) => handlers.watch(texts.get(name) ?? '')));
    focusOn('h2', results);
  };

  return h(
    'main',
    { class: 'paper-screen class-screen', 'aria-labelledby': 'cc-h', 'data-testid': 'class-compare' },
    h(
      'article',
      { class: 'paper-sheet wide' },
      h('p', { class: 'kicker' }, t('classroom:class.kicker')),
      h('h1', { id: 'cc-h' }, t('classroom:class.title')),
      h('p', { class: 'lede' }, t('classroom:class.lede')),
      h(
        'form',
        { class: 'class-form', on: { submit: (e) => { e.preventDefault(); void run(); } } },
        h('div', { class: 'field' }, h('label', { for: 'cc-scenario' }, t('classroom:class.scenario')), pick),
        h('div', { class: 'field' }, h('label', { for: 'cc-files' }, t('classroom:class.files')), files),
        h('div', { class: 'field' }, h('label', { for: 'cc-codes' }, t('classroom:class.codes')), codes),
        problem,
        h(
          'div',
          { class: 'actions' },
          compareButton,
          h('button', { type: 'button', class: 'button', 'data-action': 'title', on: { click: handlers.title } }, t('classroom:backToTitle')),
          h('button', { type: 'button', class: 'button quiet-button', on: { click: () => window.print() } }, t('classroom:print')),
        ),
        progressRow,
      ),
      results,
    ),
  );
}

/** "3 of 20 (15%)". */
const share = (count: number, total: number): string => t('classroom:share', { count: String(count), total: String(total), pct: pct(count, total) });

function excludedBlock(excluded: { name: string; reason: string }[]): HTMLElement {
  return h(
    'section',
    { class: 'excluded', 'aria-labelledby': 'cc-excluded-h', 'data-testid': 'excluded' },
    h('h2', { id: 'cc-excluded-h' }, t('classroom:class.leftOut', { n: String(excluded.length) })),
    h('ul', null, ...excluded.map((x) => h('li', { 'data-name': x.name }, h('strong', null, x.name), ` — ${x.reason}.`))),
  );
}

function render(ctx: UiContext, r: ClassComparison, guessed: boolean, watch: (name: string) => void): HTMLElement[] {
  const s = ctx.scenario;
  const total = r.games.length;
  const headline = s.metrics.filter((m) => m.headline);
  const out: HTMLElement[] = [
    h('h2', { class: 'class-summary', 'data-testid': 'class-summary' }, t('classroom:class.summary', { total, title: s.title, excluded: r.excluded.length })),
  ];
  if (guessed) out.push(h('p', { class: 'field-note' }, t('classroom:class.guessed')));
  if (r.excluded.length) out.push(excludedBlock(r.excluded));
  if (!total) return out;

  const outcomes = Object.entries(r.outcomes).sort((a, b) => b[1].count - a[1].count);
  out.push(
    h(
      'section',
      { 'aria-labelledby': 'cc-outcomes-h' },
      h('h2', { id: 'cc-outcomes-h' }, t('classroom:class.outcomes')),
      h(
        'ul',
        { class: 'share-list' },
        ...outcomes.map(([id, o]) =>
          h('li', { 'data-outcome': id }, h('span', { class: 'share-label' }, o.label, o.historical ? h('span', { class: 'tag history' }, t('classroom:asInHistory')) : null), bar(o.count / total, o.historical ? 'history' : ''), h('span', { class: 'share-figure' }, share(o.count, total))),
        ),
      ),
    ),
  );

  out.push(
    h(
      'section',
      { 'aria-labelledby': 'cc-games-h' },
      h('h2', { id: 'cc-games-h' }, t('classroom:class.games')),
      h(
        'div',
        { class: 'table-scroll', tabindex: '0' },
        h(
          'table',
          { class: 'class-table', 'data-testid': 'class-games' },
          h('thead', null, h('tr', null, ...[t('classroom:col.name'), t('classroom:col.seed'), t('classroom:col.players'), t('classroom:col.outcome'), ...headline.map((m) => m.label), ''].map((x) => h('th', { scope: 'col' }, x)))),
          h(
            'tbody',
            null,
            ...r.games.map((g) =>
              h(
                'tr',
                { 'data-name': g.name },
                h('th', { scope: 'row' }, g.name),
                h('td', null, h('code', null, g.seed)),
                h('td', null, g.players.map((p) => ctx.side(p)?.short ?? p).join(', ') || '—'),
                h('td', null, g.outcome?.label ?? '—', g.outcome?.historical ? h('span', { class: 'tag history' }, t('classroom:historyTag')) : null),
                ...headline.map((m) => h('td', { class: 'num' }, num(g.metrics[m.id] ?? 0))),
                h('td', null, h('button', { type: 'button', class: 'button small', 'aria-label': t('classroom:class.watchName', { name: g.name }), on: { click: () => watch(g.name) } }, t('classroom:class.watch'))),
              ),
            ),
          ),
        ),
      ),
    ),
  );

  out.push(objectivesBlock(ctx, r));

  // Decisions a player took in at least one game first; those the computer took in every game after, folded.
  const ledBy = (d: DecisionShare): number => r.games.filter((g) => g.choices[d.decision]?.by === 'player').length;
  const players = r.decisions.filter((d) => ledBy(d) > 0);
  const computer = r.decisions.filter((d) => ledBy(d) === 0);
  out.push(
    h(
      'section',
      { 'aria-labelledby': 'cc-decisions-h', 'data-testid': 'class-decisions' },
      h('h2', { id: 'cc-decisions-h' }, t('classroom:class.decisions')),
      players.length ? null : h('p', { class: 'quiet' }, t('classroom:class.noPlayerDecision')),
      ...players.map((d) => decisionBlock(ctx, d, r, ledBy(d))),
      computer.length
        ? h('details', { class: 'computer-decisions' }, h('summary', null, t('classroom:class.computerTook', { n: String(computer.length) })), ...computer.map((d) => decisionBlock(ctx, d, r, 0)))
        : null,
    ),
  );
  return out;
}

/** Each role's objectives across the class: how many games met each, partly or not, and by what figure in each game. */
function objectivesBlock(ctx: UiContext, r: ClassComparison): HTMLElement {
  const total = r.games.length;
  const row = (o: ObjectiveShare): HTMLElement =>
    h(
      'tr',
      { 'data-objective': `${o.side}/${o.id}`, 'data-yes': String(o.counts.yes), 'data-partly': String(o.counts.partly), 'data-no': String(o.counts.no) },
      h('th', { scope: 'row' }, o.text),
      h('td', { class: 'num' }, `${o.counts.yes} (${pct(o.counts.yes, total)})`),
      h('td', { class: 'num' }, String(o.counts.partly)),
      h('td', { class: 'num' }, String(o.counts.no)),
      h('td', null, h('details', { class: 'reasons' }, h('summary', null, t('classroom:class.byGame')), h('ul', null, ...o.games.map((g) => h('li', null, h('strong', null, `${g.name}: ${metLabel(g.met)}`), ` — ${g.detail}`))))),
    );
  return h(
    'section',
    { 'aria-labelledby': 'cc-objectives-h', 'data-testid': 'class-objectives' },
    h('h2', { id: 'cc-objectives-h' }, t('classroom:class.objectives')),
    ...ctx.scenario.roles.map((role) =>
      h(
        'div',
        { class: 'table-scroll', tabindex: '0' },
        h(
          'table',
          { class: 'class-table objectives-table', 'data-role': role.side },
          h('caption', null, sideBadge(ctx.side(role.side))),
          h('thead', null, h('tr', null, ...[t('classroom:col.objective'), t('classroom:col.met'), t('classroom:col.partly'), t('classroom:col.notMet'), t('classroom:col.figures')].map((x) => h('th', { scope: 'col' }, x)))),
          h('tbody', null, ...r.objectives.filter((o) => o.side === role.side).map(row)),
        ),
      ),
    ),
  );
}

function decisionBlock(ctx: UiContext, d: DecisionShare, r: ClassComparison, byPlayers: number): HTMLElement {
  const reasons = (option: string): string[] =>
    r.games.flatMap((g) => {
      const c = g.choices[d.decision];
      return c && c.option === option && c.reason ? [`${g.name}: ${c.reason}`] : [];
    });
  const options = Object.keys(d.labels).map((id) => {
    const count = d.counts[id] ?? 0;
    const historical = id === d.historical;
    const given = reasons(id);
    return h(
      'li',
      { 'data-option': id, 'data-count': String(count), class: historical ? 'historical' : '' },
      h('span', { class: 'share-label' }, d.labels[id] ?? id, historical ? h('span', { class: 'tag history' }, t('classroom:historysChoice')) : null),
      bar(d.total ? count / d.total : 0, historical ? 'history' : ''),
      h('span', { class: 'share-figure' }, share(count, d.total)),
      given.length ? h('details', { class: 'reasons' }, h('summary', null, t('classroom:class.reasons', { n: String(given.length) })), h('ul', null, ...given.map((x) => h('li', null, x)))) : null,
    );
  });
  return h(
    'article',
    { class: 'class-decision', 'data-decision': d.decision },
    h('h3', null, d.title),
    h(
      'p',
      { class: 'decision-meta' },
      `${shortDate(d.date)} · `,
      sideBadge(ctx.side(d.actor), ctx.side(d.actor)?.short),
      t('classroom:class.historyShare', { count: String(d.counts[d.historical] ?? 0), total: String(d.total), pct: pct(d.historicalShare, 1) }),
      byPlayers && byPlayers < d.total ? t('classroom:class.byPlayers', { n: String(byPlayers) }) : '',
    ),
    h('ul', { class: 'share-list' }, ...options),
  );
}
