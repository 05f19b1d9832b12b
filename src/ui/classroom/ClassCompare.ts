// The teacher's class comparison: many reports or replays of one exercise (files chosen
// at once, codes pasted one a line), checked and set side by side. Entries of another
// scenario, altered, broken or duplicated are named with the reason and left out.
import type { ClassComparison, ClassEntry, DecisionShare, ObjectiveShare } from '../../classroom';
import type { Scenario } from '../../scenario/resolve';
import { shortDate } from '../lib/words';
import { h, replaceChildren } from '../lib/dom';
import { focusOn } from '../lib/focus';
import { num } from '../lib/format';
import { UiContext } from '../panels/context';
import { sideBadge } from '../panels/emblem';
import { bar, pct } from './bars';
import { compareInWorker } from './compareInWorker';
import { MET_LABELS } from './endSections';
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
  const pick = h('select', { id: 'cc-scenario' }, h('option', { value: '' }, 'Take it from the first valid entry'));
  for (const s of scenarios) pick.appendChild(h('option', { value: s.id }, s.title));
  const files = h('input', { type: 'file', id: 'cc-files', multiple: true, accept: '.json,.txt,application/json,text/plain' });
  const codes = h('textarea', { id: 'cc-codes', rows: 4, spellcheck: 'false', placeholder: 'ND1.… (one code a line)' });
  const problem = h('p', { class: 'field-error', role: 'alert', 'data-testid': 'class-problem' });
  const status = h('p', { class: 'field-note', role: 'status' });
  const meter = h('progress', { max: 1, value: 0, 'aria-label': 'Entries checked', 'data-testid': 'class-progress' });
  const progressRow = h('div', { class: 'class-progress', hidden: true }, meter, status);
  const compareButton = h('button', { type: 'submit', class: 'button primary', 'data-action': 'compare' }, 'Compare');
  const results = h('div', { class: 'class-results', 'data-testid': 'class-results' });

  const run = async (): Promise<void> => {
    problem.textContent = '';
    const entries: ClassEntry[] = [...(await fileEntries(files.files ?? [])), ...pastedEntries(codes.value)];
    if (!entries.length) {
      problem.textContent = 'Choose report or replay files, or paste replay codes (one a line).';
      replaceChildren(results);
      return;
    }
    const id = pick.value || firstScenario(entries);
    const scenario = scenarios.find((s) => s.id === id);
    if (!scenario) {
      problem.textContent = id ? `The entries are games of “${id}”, which this site does not have.` : 'None of the entries is a readable replay or report: each is listed with its reason below.';
      if (!id) replaceChildren(results, excludedBlock(entries.map((e) => ({ name: e.name, reason: 'not a replay, a replay code or a report' }))));
      return;
    }
    const n = entries.length;
    const shown = (done: number): void => {
      meter.max = n;
      meter.value = done;
      meter.dataset.done = String(done);
      status.textContent = `Checking the entries: ${done} of ${n} played back and checked…`;
    };
    shown(0);
    progressRow.hidden = false;
    compareButton.disabled = true;
    replaceChildren(results);
    let result;
    try {
      // Played back off the page's thread: the page stays usable and the bar moves.
      result = await compareInWorker(scenario, entries, shown);
    } catch (e) {
      problem.textContent = `The comparison stopped: ${(e as Error).message}.`;
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
      h('p', { class: 'kicker' }, 'For teachers'),
      h('h1', { id: 'cc-h' }, 'Compare a class'),
      h('p', { class: 'lede' }, 'Load the reports or replays your students handed in, all of one exercise. Each is played back and checked: games of another scenario, altered, broken or handed in twice are named below and left out.'),
      h(
        'form',
        { class: 'class-form', on: { submit: (e) => { e.preventDefault(); void run(); } } },
        h('div', { class: 'field' }, h('label', { for: 'cc-scenario' }, 'Scenario'), pick),
        h('div', { class: 'field' }, h('label', { for: 'cc-files' }, 'Report or replay files (choose several at once)'), files),
        h('div', { class: 'field' }, h('label', { for: 'cc-codes' }, 'And/or replay codes, one a line'), codes),
        problem,
        h(
          'div',
          { class: 'actions' },
          compareButton,
          h('button', { type: 'button', class: 'button', 'data-action': 'title', on: { click: handlers.title } }, 'Back to the title'),
          h('button', { type: 'button', class: 'button quiet-button', on: { click: () => window.print() } }, 'Print'),
        ),
        progressRow,
      ),
      results,
    ),
  );
}

function excludedBlock(excluded: { name: string; reason: string }[]): HTMLElement {
  return h(
    'section',
    { class: 'excluded', 'aria-labelledby': 'cc-excluded-h', 'data-testid': 'excluded' },
    h('h2', { id: 'cc-excluded-h' }, `Left out (${excluded.length})`),
    h('ul', null, ...excluded.map((x) => h('li', { 'data-name': x.name }, h('strong', null, x.name), ` — ${x.reason}.`))),
  );
}

function render(ctx: UiContext, r: ClassComparison, guessed: boolean, watch: (name: string) => void): HTMLElement[] {
  const s = ctx.scenario;
  const total = r.games.length;
  const headline = s.metrics.filter((m) => m.headline);
  const out: HTMLElement[] = [
    h('h2', { class: 'class-summary', 'data-testid': 'class-summary' }, `${total} game${total === 1 ? '' : 's'} of “${s.title}”${r.excluded.length ? `; ${r.excluded.length} left out` : ''}`),
  ];
  if (guessed) out.push(h('p', { class: 'field-note' }, 'The exercise was taken from the first entry that could be read.'));
  if (r.excluded.length) out.push(excludedBlock(r.excluded));
  if (!total) return out;

  const outcomes = Object.entries(r.outcomes).sort((a, b) => b[1].count - a[1].count);
  out.push(
    h(
      'section',
      { 'aria-labelledby': 'cc-outcomes-h' },
      h('h2', { id: 'cc-outcomes-h' }, 'How the games ended'),
      h(
        'ul',
        { class: 'share-list' },
        ...outcomes.map(([id, o]) =>
          h('li', { 'data-outcome': id }, h('span', { class: 'share-label' }, o.label, o.historical ? h('span', { class: 'tag history' }, 'as in history') : null), bar(o.count / total, o.historical ? 'history' : ''), h('span', { class: 'share-figure' }, `${o.count} of ${total} (${pct(o.count, total)})`)),
        ),
      ),
    ),
  );

  out.push(
    h(
      'section',
      { 'aria-labelledby': 'cc-games-h' },
      h('h2', { id: 'cc-games-h' }, 'The games side by side'),
      h(
        'div',
        { class: 'table-scroll' },
        h(
          'table',
          { class: 'class-table', 'data-testid': 'class-games' },
          h('thead', null, h('tr', null, ...['Name', 'Seed', 'Players', 'Outcome', ...headline.map((m) => m.label), ''].map((t) => h('th', { scope: 'col' }, t)))),
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
                h('td', null, g.outcome?.label ?? '—', g.outcome?.historical ? h('span', { class: 'tag history' }, 'history') : null),
                ...headline.map((m) => h('td', { class: 'num' }, num(g.metrics[m.id] ?? 0))),
                h('td', null, h('button', { type: 'button', class: 'button small', 'aria-label': `Watch ${g.name}`, on: { click: () => watch(g.name) } }, 'Watch')),
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
      h('h2', { id: 'cc-decisions-h' }, 'Each decision point: the class against history'),
      players.length ? null : h('p', { class: 'quiet' }, 'No decision point was reached by a player in these games.'),
      ...players.map((d) => decisionBlock(ctx, d, r, ledBy(d))),
      computer.length
        ? h('details', { class: 'computer-decisions' }, h('summary', null, `Taken by the computer in every game (${computer.length})`), ...computer.map((d) => decisionBlock(ctx, d, r, 0)))
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
      h('td', null, h('details', { class: 'reasons' }, h('summary', null, 'By game'), h('ul', null, ...o.games.map((g) => h('li', null, h('strong', null, `${g.name}: ${MET_LABELS[g.met]}`), ` — ${g.detail}`))))),
    );
  return h(
    'section',
    { 'aria-labelledby': 'cc-objectives-h', 'data-testid': 'class-objectives' },
    h('h2', { id: 'cc-objectives-h' }, 'The objectives: how many games met each'),
    ...ctx.scenario.roles.map((role) =>
      h(
        'div',
        { class: 'table-scroll' },
        h(
          'table',
          { class: 'class-table objectives-table', 'data-role': role.side },
          h('caption', null, sideBadge(ctx.side(role.side))),
          h('thead', null, h('tr', null, ...['Objective', 'Met', 'Partly', 'Not met', 'The figures'].map((t) => h('th', { scope: 'col' }, t)))),
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
      h('span', { class: 'share-label' }, d.labels[id] ?? id, historical ? h('span', { class: 'tag history' }, 'history’s choice') : null),
      bar(d.total ? count / d.total : 0, historical ? 'history' : ''),
      h('span', { class: 'share-figure' }, `${count} of ${d.total} (${pct(count, d.total)})`),
      given.length ? h('details', { class: 'reasons' }, h('summary', null, `Reasons given (${given.length})`), h('ul', null, ...given.map((t) => h('li', null, t)))) : null,
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
      ` · history’s choice taken in ${d.counts[d.historical] ?? 0} of ${d.total} games (${pct(d.historicalShare, 1)})`,
      byPlayers && byPlayers < d.total ? ` · decided by a player in ${byPlayers} of them` : '',
    ),
    h('ul', { class: 'share-list' }, ...options),
  );
}
