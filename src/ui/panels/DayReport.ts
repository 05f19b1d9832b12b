// The evening report, as the bulletin of that date: the day in this game beside the day
// in history, the figures of both (table and charts), where this game left history, and
// how far it has drifted.
import { areaFactors, nationalFactors } from '../../engine';
import type { Factor, GameState } from '../../engine';
import { DIVERGENCE_TEXT, bulletin, historicalValue } from '../../history';
import type { DayComparison } from '../../history';
import { shortDate } from '../../lib/dates';
import { h } from '../lib/dom';
import { BY_LABELS, capitalise, factorValue, historyText, num } from '../lib/format';
import { chartLegend, lineChart } from './charts';
import type { UiContext } from './context';
import { Dialog } from './dialogs';
import { sideBadge } from './emblem';
import './DayReport.css';

function factorList(factors: Factor[], caption = 'Why'): HTMLElement | null {
  if (!factors.length) return null;
  return h(
    'details',
    { class: 'factors' },
    h('summary', null, caption),
    h('table', { class: 'factor-table' }, h('tbody', null, ...factors.map((f) => h('tr', null, h('th', { scope: 'row' }, f.label), h('td', null, factorValue(f.label, f.value)))))),
  );
}

function historyDay(ctx: UiContext, cmp: DayComparison): HTMLElement {
  const section = h('section', { class: 'history-day', 'aria-labelledby': 'rep-history' }, h('h3', { id: 'rep-history' }, 'The day in history'));
  if (!cmp.events.length) section.appendChild(h('p', { class: 'quiet' }, 'The record has no event dated this day.'));
  for (const e of cmp.events) {
    const perspective = e.perspective ? ctx.side(e.perspective) : undefined;
    section.appendChild(
      h(
        'article',
        { class: 'event', 'data-event': e.id },
        h('p', { class: 'event-time' }, e.time ? capitalise(e.time) : 'During the day'),
        h('h4', { class: 'event-title' }, e.title),
        perspective ? h('p', { class: 'perspective' }, `As told by ${perspective.name}`) : null,
        ctx.para(e.text),
        e.places.length ? h('p', { class: 'meta' }, h('span', { class: 'meta-label' }, 'Places: '), e.places.map((p) => ctx.areaName(p)).join(', ')) : null,
        e.people.length ? h('p', { class: 'meta' }, h('span', { class: 'meta-label' }, 'People: '), e.people.map((p) => ctx.personName(p)).join(', ')) : null,
        h('p', { class: 'source' }, h('span', { class: 'meta-label' }, 'Source: '), `${e.source.section} — “${e.source.quote}”`),
      ),
    );
  }
  return section;
}

function gameDay(ctx: UiContext, state: GameState): HTMLElement {
  const report = state.report!;
  const section = h('section', { class: 'game-day', 'aria-labelledby': 'rep-game' }, h('h3', { id: 'rep-game' }, 'The day in this game'));
  if (report.decisions.length) {
    section.appendChild(h('h4', null, 'Decisions'));
    const list = h('ul', { class: 'decision-list' });
    for (const d of report.decisions) {
      const def = ctx.rules.decisions.get(d.decision);
      const option = ctx.rules.option(d.decision, d.option);
      const historical = def?.options.find((o) => o.historical);
      list.appendChild(
        h(
          'li',
          { class: d.historical ? 'as-history' : 'left-history', 'data-decision': d.decision },
          sideBadge(ctx.side(d.side)),
          h('p', { class: 'decision-line' }, h('strong', null, def?.title ?? d.decision), ' — ', option?.label ?? d.option),
          h('p', { class: 'decision-meta' }, d.historical ? 'As in history' : `Left history — history: ${historical?.label ?? '?'}`, ` · ${BY_LABELS[d.by] ?? d.by}`),
          d.reason ? h('p', { class: 'reason' }, `“${d.reason}”`) : null,
          factorList(d.why, d.by === 'player' ? 'What weighed for this option' : 'Why the side chose it'),
        ),
      );
    }
    section.appendChild(list);
  }
  const developments = report.developments.map((id) => ctx.scenario.developments.find((d) => d.id === id)).filter((d) => d !== undefined);
  if (developments.length) {
    section.appendChild(h('h4', null, 'Meanwhile'));
    for (const d of developments) section.append(h('p', { class: 'development' }, h('strong', null, d.title), ' — '), ctx.para(d.text), h('p', { class: 'source' }, `${d.source.section} — “${d.source.quote}”`));
  }
  for (const c of report.clashes) {
    section.appendChild(h('p', { class: 'clash' }, h('strong', null, c.label), `: ${num(c.dead)} dead${c.wounded ? `, ${num(c.wounded)} wounded` : ''}${c.sovietDead ? `, ${num(c.sovietDead)} Soviet dead` : ''} (${ctx.areaName(c.area)}).`));
  }
  const areas = [...report.areas].sort((a, b) => b.dead + b.sovietDead - (a.dead + a.sovietDead));
  if (areas.length) {
    section.appendChild(h('h4', null, 'In the districts and towns'));
    const list = h('ul', { class: 'area-results' });
    for (const r of areas) {
      const bits: string[] = [];
      if (r.fighting > 0) bits.push('fighting');
      if (r.dead) bits.push(`${num(r.dead)} dead, ${num(r.wounded)} wounded`);
      if (r.sovietDead) bits.push(`${num(r.sovietDead)} Soviet dead`);
      const changed = r.controlAfter !== r.controlBefore;
      list.appendChild(
        h(
          'li',
          { 'data-area': r.area },
          h('p', null, h('strong', null, ctx.areaName(r.area)), bits.length ? `: ${bits.join('; ')}.` : '.', changed ? ` Passed from ${ctx.sideIn(r.controlBefore)} to ${ctx.sideIn(r.controlAfter)}.` : ''),
          factorList(areaFactors(ctx.rules, r)),
        ),
      );
    }
    section.appendChild(list);
  } else {
    section.appendChild(h('p', { class: 'quiet' }, 'No fighting anywhere today.'));
  }
  const n = report.national;
  const nf = nationalFactors(n);
  section.appendChild(h('h4', null, 'Across the country'));
  const national = h('ul', { class: 'national' });
  national.append(
    h('li', null, `${num(n.councils)} new councils`, factorList(nf.councils)),
    h('li', null, `${num(n.prisonersFreed)} political prisoners freed`, factorList(nf.prisonersFreed)),
    h('li', null, `${num(n.refugees)} people crossed into Austria`, factorList(nf.refugees)),
  );
  section.appendChild(national);
  return section;
}

export function figuresTable(ctx: UiContext, cmp: DayComparison): HTMLElement {
  const notes: HTMLElement[] = [];
  const rows = cmp.figures.map((f) => {
    const hv = f.history;
    let marker: HTMLElement | null = null;
    if (hv?.estimate) {
      const n = notes.length + 1;
      marker = h('sup', { class: 'est', title: hv.basis ?? 'An estimate' }, `est.${n}`);
      notes.push(h('li', null, h('strong', null, `${f.label}: `), hv.basis ?? (hv.interpolated ? 'Interpolated between the dated figures.' : 'An estimate.')));
    }
    return h(
      'tr',
      { 'data-metric': f.metric },
      h('th', { scope: 'row' }, f.label),
      h('td', { class: 'num' }, num(f.game)),
      h('td', { class: 'num' }, hv ? historyText(hv) : '—', marker),
    );
  });
  return h(
    'div',
    { class: 'figures-block' },
    h('table', { class: 'figures-table' }, h('caption', null, `By the evening of ${shortDate(cmp.date)}`), h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Figure'), h('th', { scope: 'col' }, 'This game'), h('th', { scope: 'col' }, 'History'))), h('tbody', null, ...rows)),
    notes.length ? h('details', { class: 'estimates' }, h('summary', null, `How the ${notes.length} estimates were reached`), h('ol', null, ...notes)) : null,
  );
}

/** Charts of the headline figures (the data marks them) over the days so far, and of the divergence. */
export function chartsBlock(ctx: UiContext, days: GameState[]): HTMLElement {
  const labels = days.map((s) => shortDate(s.report!.date));
  const grid = h('div', { class: 'charts' });
  for (const metric of ctx.scenario.metrics.filter((m) => m.headline)) {
    const id = metric.id;
    grid.appendChild(
      lineChart({
        title: metric.label,
        days: labels,
        game: days.map((s) => s.metrics[id] ?? 0),
        history: days.map((s) => historicalValue(ctx.scenario, id, s.report!.date)),
      }),
    );
  }
  grid.appendChild(lineChart({ title: 'Divergence from history (0–100)', days: labels, game: days.map((s) => ctx.compare(s).divergence), max: 100 }));
  return h('div', { class: 'charts-block' }, grid, chartLegend());
}

export function leftHistoryBlock(cmp: DayComparison, ctx: UiContext, today?: string): HTMLElement {
  if (!cmp.leftHistory.length) return h('p', { class: 'quiet' }, 'Nowhere yet: every decision so far was history’s.');
  return h(
    'ul',
    { class: 'left-history-list' },
    ...cmp.leftHistory.map((l) =>
      h(
        'li',
        { class: l.date === today ? 'today' : '' },
        h('span', { class: 'when' }, shortDate(l.date)),
        ' ',
        sideBadge(ctx.side(l.side)),
        ' ',
        h('strong', null, l.title),
        `: ${l.chosen} — history: ${l.historical}`,
        l.reason ? h('span', { class: 'reason' }, ` “${l.reason}”`) : null,
      ),
    ),
  );
}

export function divergenceBlock(cmp: DayComparison): HTMLElement {
  const part = (label: string, v: number): HTMLElement =>
    h('li', null, h('span', { class: 'part-label' }, label), h('meter', { min: 0, max: 100, value: v, 'aria-label': `${label}: ${v} of 100` }), h('span', { class: 'part-value' }, String(v)));
  return h(
    'div',
    { class: 'divergence-block' },
    h('p', { class: 'divergence-figure', 'data-testid': 'divergence' }, h('span', { class: 'big' }, String(cmp.divergence)), ' of 100'),
    h('p', { class: 'quiet' }, DIVERGENCE_TEXT),
    h('ul', { class: 'divergence-parts' }, part('Control of the areas', cmp.parts.control), part('Figures', cmp.parts.figures), part('Decisions', cmp.parts.decisions)),
  );
}

function controlBlock(ctx: UiContext, cmp: DayComparison): HTMLElement {
  const known = cmp.control.filter((c) => c.history);
  const differ = known.filter((c) => !c.same);
  return h(
    'div',
    { class: 'control-block' },
    h('p', null, `${known.length - differ.length} of ${known.length} areas are held as they were in history.`),
    differ.length
      ? h(
          'table',
          { class: 'control-table' },
          h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Area'), h('th', { scope: 'col' }, 'This game'), h('th', { scope: 'col' }, 'History'))),
          h('tbody', null, ...differ.map((c) => h('tr', null, h('th', { scope: 'row' }, c.name), h('td', null, sideBadge(ctx.side(c.game))), h('td', null, sideBadge(ctx.side(c.history!)), c.historyEstimate ? h('sup', { class: 'est', title: 'Estimated from the record' }, 'est.') : null)))),
        )
      : null,
  );
}

/** The whole report page for the day that ended in `state`. */
function reportPage(ctx: UiContext, state: GameState, daysSoFar: GameState[]): HTMLElement {
  const cmp = ctx.compare(state);
  const b = bulletin(ctx.scenario, state, cmp);
  const seen = new Set<string>();
  return h(
    'article',
    { class: 'newspaper', 'data-testid': 'day-report', 'data-date': cmp.date },
    h('header', { class: 'masthead' }, h('p', { class: 'paper-name' }, 'Evening Bulletin'), h('p', { class: 'dateline' }, `${b.dateline} · Day ${state.report!.day + 1} of ${ctx.totalDays}`)),
    h('h2', { class: 'headline' }, b.headline),
    h('div', { class: 'bulletin' }, ...b.paragraphs.map((p) => h('p', null, ctx.text(p, seen)))),
    h('div', { class: 'two-columns' }, gameDay(ctx, state), historyDay(ctx, cmp)),
    h('section', { class: 'figures', 'aria-labelledby': 'rep-figures' }, h('h3', { id: 'rep-figures' }, 'The figures: this game and history'), figuresTable(ctx, cmp), chartsBlock(ctx, daysSoFar)),
    h('div', { class: 'two-columns' },
      h('section', { class: 'left-history', 'aria-labelledby': 'rep-left' }, h('h3', { id: 'rep-left' }, 'Where this game left history'), leftHistoryBlock(cmp, ctx, cmp.date)),
      h('section', { class: 'divergence', 'aria-labelledby': 'rep-div' }, h('h3', { id: 'rep-div' }, 'Divergence from history'), divergenceBlock(cmp)),
    ),
    h('section', { class: 'control', 'aria-labelledby': 'rep-control' }, h('h3', { id: 'rep-control' }, 'Who holds what, against history'), controlBlock(ctx, cmp)),
  );
}

export function openReport(ctx: UiContext, state: GameState, daysSoFar: GameState[], next: { label: string; onClose: () => void }): Dialog {
  const d = new Dialog({ title: `The evening of ${shortDate(state.report!.date)}`, className: 'report-dialog', onClose: next.onClose });
  d.body.appendChild(reportPage(ctx, state, daysSoFar));
  d.footer.append(
    h('button', { type: 'button', class: 'button', on: { click: () => window.print() } }, 'Print'),
    h('button', { type: 'button', class: 'button primary', 'data-action': 'next-morning', on: { click: () => d.close() } }, next.label),
  );
  return d.open();
}
