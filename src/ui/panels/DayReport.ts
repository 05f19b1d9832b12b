// The evening report, as the bulletin of that date. First the day told in a minute (the
// story: headline, the day, "because you…", the other sides' choices with their chances,
// history's day, where the game stands); then, folded, the day in full: every decision with
// its reasons, the areas one by one, the country, the figures and charts, history's events,
// where the game left history and how far it has drifted. It opens as a sheet beside the
// map (below it on a screen held upright), so the evening's map stays in view.
import { areaFactors, nationalFactors } from '../../engine';
import { quoteTranslation, sectionName } from './source';
import type { Factor, GameState, ReportedDecision } from '../../engine';
import { STORY_HEADINGS, divergenceText, areaWhy, eveningStory, historicalValue, nationalWhy, reasonLines } from '../../history';
import type { DayComparison, LeftHistory, WhyLine } from '../../history';
import { chanceWords } from '../../history/words';
import { shortDate, t, words } from '../lib/words';
import { h } from '../lib/dom';
import { focusOn } from '../lib/focus';
import { BY_LABELS, capitalise, factorValue, historyText, num } from '../lib/format';
import { chartLegend, lineChart } from './charts';
import type { UiContext } from './context';
import { Dialog } from './dialogs';
import { sideBadge } from './emblem';
import './DayReport.css';

/** Reasons as sentences, each with the model's figure beside it, folded under `caption`. */
function whyList(lines: WhyLine[], caption = t('game:report.why')): HTMLElement | null {
  if (!lines.length) return null;
  return h(
    'details',
    { class: 'factors' },
    h('summary', null, caption),
    h('ul', { class: 'why-list' }, ...lines.map((l) => h('li', null, h('span', { class: 'why-text' }, l.text), ' ', h('span', { class: 'why-figures' }, l.figures)))),
  );
}

/** The model's own figures behind the sentences, folded once more, for those who want them. */
/** A model figure's label in the page's language: keyed figures by their key, the rest as the data has them. */
const factorLabel = (ctx: UiContext, f: Factor): string => (f.key ? t(`game:factor.${f.key}`, { side: f.side ? ctx.sideName(f.side) : '' }) : f.label);

function modelFigures(ctx: UiContext, factors: Factor[]): HTMLElement | null {
  if (!factors.length) return null;
  return h(
    'details',
    { class: 'factors model-figures' },
    h('summary', null, t('game:report.modelFigures')),
    h('table', { class: 'factor-table' }, h('tbody', null, ...factors.map((f) => h('tr', null, h('th', { scope: 'row' }, factorLabel(ctx, f)), h('td', null, factorValue(f)))))),
  );
}

/** How a side came to a choice: a player's, forced, or a policy's with its chance in words. */
function howChosen(d: ReportedDecision): string {
  if (d.by === 'player' || d.by === 'forced' || d.chance === null) return BY_LABELS[d.by] ?? d.by;
  return t('game:report.howChosen', { by: BY_LABELS[d.by] ?? t('game:report.ownReasons'), chance: chanceWords(d.chance) });
}

/** A side's name inside a sentence: "the revolutionaries", "a forradalmárok". */
function sideInSentence(ctx: UiContext, id: string): string {
  const name = ctx.sideIn(id);
  return words.lang === 'hu' ? name.replace(/^A(z?) /, 'a$1 ') : name;
}

function historyDay(ctx: UiContext, cmp: DayComparison): HTMLElement {
  const section = h('div', { class: 'history-day' });
  if (!cmp.events.length) section.appendChild(h('p', { class: 'quiet' }, t('game:report.noEvent')));
  for (const e of cmp.events) {
    const perspective = e.perspective ? ctx.side(e.perspective) : undefined;
    section.appendChild(
      h(
        'article',
        { class: 'event', 'data-event': e.id },
        h('p', { class: 'event-time' }, e.time ? capitalise(e.time) : t('game:report.duringDay')),
        h('h4', { class: 'event-title' }, e.title),
        perspective ? h('p', { class: 'perspective' }, t('game:report.toldBy', { name: perspective.name })) : null,
        ctx.para(e.text),
        e.places.length ? h('p', { class: 'meta' }, h('span', { class: 'meta-label' }, t('game:report.places')), e.places.map((p) => ctx.areaName(p)).join(', ')) : null,
        e.people.length ? h('p', { class: 'meta' }, h('span', { class: 'meta-label' }, t('game:report.people')), e.people.map((p) => ctx.personName(p)).join(', ')) : null,
        h('p', { class: 'source' }, h('span', { class: 'meta-label' }, t('common:source')), t('common:sourceLine', { section: sectionName(e.source.section), quote: e.source.quote })),
        quoteTranslation(e.source),
      ),
    );
  }
  return section;
}

function gameDay(ctx: UiContext, state: GameState): HTMLElement {
  const report = state.report!;
  const section = h('div', { class: 'game-day' });
  if (report.dropped.length) {
    section.appendChild(h('h4', null, t('game:report.notAsked')));
    section.appendChild(h('ul', { class: 'dropped-list' }, ...report.dropped.map((u) => h('li', { 'data-decision': u.decision }, h('strong', null, u.title), ` — ${u.why}`))));
  }
  if (report.decisions.length) {
    section.appendChild(h('h4', null, t('game:report.decisions')));
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
          h('p', { class: 'decision-meta' }, d.historical ? t('game:report.asHistory') : t('game:report.leftHistory', { label: historical?.label ?? '?' }), ` · ${howChosen(d)}`),
          d.reason ? h('p', { class: 'reason' }, t('common:quote', { text: d.reason })) : null,
          whyList(reasonLines(d.why), d.by === 'player' ? t('game:report.weighedFor') : t('game:report.sideChose')),
          d.against.length ? whyList(reasonLines(d.against), t('game:report.weighedOther')) : null,
        ),
      );
    }
    section.appendChild(list);
  }
  const developments = report.developments.map((id) => ctx.scenario.developments.find((d) => d.id === id)).filter((d) => d !== undefined);
  if (developments.length) {
    section.appendChild(h('h4', null, t('game:report.meanwhile')));
    for (const d of developments) section.append(h('p', { class: 'development' }, h('strong', null, d.title), ' — '), ctx.para(d.text), h('p', { class: 'source' }, t('common:sourceLine', { section: sectionName(d.source.section), quote: d.source.quote })), ...[quoteTranslation(d.source)].filter((x) => x !== null));
  }
  for (const c of report.clashes) {
    section.appendChild(h('p', { class: 'clash' }, ...t('game:report.clash', { label: '\uE000', dead: num(c.dead), wounded: c.wounded ? num(c.wounded) : 'none', soviet: c.sovietDead ? num(c.sovietDead) : 'none', area: ctx.areaName(c.area) }).split('\uE000').flatMap((part, i) => (i ? [h('strong', null, c.label), part] : [part]))));
  }
  const areas = [...report.areas].sort((a, b) => b.dead + b.sovietDead - (a.dead + a.sovietDead));
  if (areas.length) {
    section.appendChild(h('h4', null, t('game:report.districts')));
    const list = h('ul', { class: 'area-results' });
    for (const r of areas) {
      const bits: string[] = [];
      if (r.fighting > 0) bits.push(t('game:report.fighting'));
      if (r.dead) bits.push(t('game:report.casualties', { dead: num(r.dead), wounded: num(r.wounded) }));
      if (r.sovietDead) bits.push(t('game:report.sovietDead', { n: num(r.sovietDead) }));
      const changed = r.controlAfter !== r.controlBefore;
      list.appendChild(
        h(
          'li',
          { 'data-area': r.area },
          h('p', null, h('strong', null, ctx.areaName(r.area)), bits.length ? `: ${bits.join('; ')}.` : '.', changed ? ` ${t('game:report.passed', { from: sideInSentence(ctx, r.controlBefore), to: sideInSentence(ctx, r.controlAfter) })}` : ''),
          whyList(areaWhy(r)),
          modelFigures(ctx, areaFactors(ctx.rules, r)),
        ),
      );
    }
    section.appendChild(list);
  } else {
    section.appendChild(h('p', { class: 'quiet' }, t('game:report.noFighting')));
  }
  const n = report.national;
  const nf = nationalWhy(n);
  const model = nationalFactors(n);
  section.appendChild(h('h4', null, t('game:report.country')));
  const national = h('ul', { class: 'national' });
  national.append(
    h('li', null, t('game:report.councils', { n: num(n.councils) }), whyList(nf.councils), modelFigures(ctx, model.councils)),
    h('li', null, t('game:report.prisoners', { n: num(n.prisonersFreed) }), whyList(nf.prisonersFreed), modelFigures(ctx, model.prisonersFreed)),
    h('li', null, t('game:report.refugees', { n: num(n.refugees) }), whyList(nf.refugees), modelFigures(ctx, model.refugees)),
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
      marker = h('sup', { class: 'est', title: hv.basis ?? t('game:report.anEstimate') }, t('game:report.estMark', { n }));
      notes.push(h('li', null, h('strong', null, `${f.label}: `), hv.basis ?? (hv.interpolated ? t('game:report.interpolated') : t('game:report.estNote'))));
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
    h('table', { class: 'figures-table' }, h('caption', null, t('game:report.byEvening', { date: shortDate(cmp.date) })), h('thead', null, h('tr', null, h('th', { scope: 'col' }, t('game:report.figure')), h('th', { scope: 'col' }, t('game:thisGame')), h('th', { scope: 'col' }, t('game:history')))), h('tbody', null, ...rows)),
    notes.length ? h('details', { class: 'estimates' }, h('summary', null, t('game:report.howEstimates', { n: notes.length })), h('ol', null, ...notes)) : null,
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
  grid.appendChild(lineChart({ title: t('game:report.divergenceChart'), days: labels, game: days.map((s) => ctx.compare(s).divergence), max: 100 }));
  return h('div', { class: 'charts-block' }, grid, chartLegend());
}

/**
 * One decision that left history, as every list of them says it (the evening's and the end's):
 * the day, the side, the decision, what was chosen against history's, and the reason given.
 */
export function leftHistoryLine(ctx: UiContext, l: LeftHistory): (HTMLElement | string | null)[] {
  return [
    h('span', { class: 'when' }, shortDate(l.date)),
    ' ',
    sideBadge(ctx.side(l.side)),
    ' ',
    h('strong', null, l.title),
    t('game:report.leftLine', { chosen: l.chosen, historical: l.historical }),
    l.reason ? h('span', { class: 'reason' }, ` ${t('common:quote', { text: l.reason })}`) : null,
  ];
}

export function leftHistoryBlock(cmp: DayComparison, ctx: UiContext, today?: string): HTMLElement {
  if (!cmp.leftHistory.length) return h('p', { class: 'quiet' }, t('game:report.nowhere'));
  return h('ul', { class: 'left-history-list' }, ...cmp.leftHistory.map((l) => h('li', { class: l.date === today ? 'today' : '' }, ...leftHistoryLine(ctx, l))));
}

export function divergenceBlock(cmp: DayComparison): HTMLElement {
  const part = (label: string, v: number): HTMLElement =>
    h('li', null, h('span', { class: 'part-label' }, label), h('meter', { min: 0, max: 100, value: v, 'aria-label': t('game:meter', { label, v }) }), h('span', { class: 'part-value' }, String(v)));
  return h(
    'div',
    { class: 'divergence-block' },
    h('p', { class: 'divergence-figure', 'data-testid': 'divergence' }, h('span', { class: 'big' }, String(cmp.divergence)), ' ', t('game:report.of100')),
    h('p', { class: 'quiet' }, divergenceText()),
    h('ul', { class: 'divergence-parts' }, part(t('game:report.partControl'), cmp.parts.control), part(t('game:report.partFigures'), cmp.parts.figures), part(t('game:report.partDecisions'), cmp.parts.decisions)),
  );
}

const shortBadge = (ctx: UiContext, side: string): HTMLElement => sideBadge(ctx.side(side), ctx.side(side)?.short);

function controlBlock(ctx: UiContext, cmp: DayComparison): HTMLElement {
  const known = cmp.control.filter((c) => c.history);
  const differ = known.filter((c) => !c.same);
  return h(
    'div',
    { class: 'control-block' },
    h('p', null, t('game:report.heldAsHistory', { held: known.length - differ.length, known: known.length })),
    // The sides by their short names, and the table scrolls sideways if it must: three columns fit a phone.
    differ.length
      ? h(
          'div',
          { class: 'table-scroll', tabindex: '0' },
          h(
            'table',
            { class: 'control-table' },
            h('thead', null, h('tr', null, h('th', { scope: 'col' }, t('game:area')), h('th', { scope: 'col' }, t('game:thisGame')), h('th', { scope: 'col' }, t('game:history')))),
            h('tbody', null, ...differ.map((c) => h('tr', null, h('th', { scope: 'row' }, c.name), h('td', null, shortBadge(ctx, c.game)), h('td', null, shortBadge(ctx, c.history!), c.historyEstimate ? h('sup', { class: 'est', title: t('game:report.estFromRecord') }, t('game:est')) : null)))),
          ),
        )
      : null,
  );
}

/** A folded part of the report's details: its summary says what is inside. */
function fold(summary: string, testid: string, ...children: (HTMLElement | null)[]): HTMLElement {
  return h('details', { class: 'report-fold', 'data-testid': testid }, h('summary', null, summary), h('div', { class: 'fold-body' }, ...children));
}

/** The day told in a minute: what the reader meets first. */
function storyBlock(ctx: UiContext, daysSoFar: GameState[], index: number, cmp: DayComparison): HTMLElement {
  const story = eveningStory(ctx.scenario, daysSoFar, index, cmp);
  const seen = new Set<string>();
  // The other sides' lines open with the side's mark; a "because you" line names both sides in words.
  const lines = (heading: string, cls: string, items: { text: string; decision: string; side: string }[], marked: boolean): HTMLElement | null =>
    items.length
      ? h('section', { class: `story-part ${cls}` }, h('h3', null, heading), h('ul', { class: 'story-lines' }, ...items.map((l) => h('li', { 'data-decision': l.decision, 'data-side': l.side }, marked ? sideBadge(ctx.side(l.side), ctx.side(l.side)?.short) : null, marked ? ' ' : null, ctx.text(l.text, seen)))))
      : null;
  return h(
    'section',
    { class: 'story', 'data-testid': 'story', 'aria-labelledby': 'rep-headline' },
    h('h2', { id: 'rep-headline', class: 'headline', 'data-autofocus': '' }, story.headline),
    h('p', { class: 'story-skip' }, h('a', { href: '#', class: 'skip-to', 'data-action': 'skip-to-morning', on: { click: (e) => { e.preventDefault(); focusOn('[data-action=next-morning]'); } } }, t('game:report.skipMorning'))),
    h('p', { class: 'lede story-lede' }, ctx.text(story.lede, seen)),
    lines(STORY_HEADINGS.because, 'because', story.because, false),
    lines(STORY_HEADINGS.others, 'others', story.others, true),
    story.history
      ? h(
          'section',
          { class: 'story-part history-line' },
          h('h3', null, STORY_HEADINGS.history),
          h('p', null, ctx.text(story.history.text, seen)),
          h('p', { class: 'source' }, h('span', { class: 'meta-label' }, t('common:source')), sectionName(story.history.source), story.history.more ? t('game:report.moreEvents', { n: story.history.more }) : ''),
        )
      : null,
    h('section', { class: 'story-part standing' }, h('h3', null, STORY_HEADINGS.standing), h('p', null, story.standing)),
    story.left ? h('p', { class: 'quiet story-more' }, t('game:report.moreChoices', { n: story.left })) : null,
  );
}

/** The whole report page for the day that ended in `daysSoFar[index]`. */
function reportPage(ctx: UiContext, daysSoFar: GameState[]): HTMLElement {
  const index = daysSoFar.length - 1;
  const state = daysSoFar[index]!;
  const cmp = ctx.compare(state);
  const report = state.report!;
  const events = cmp.events.length;
  return h(
    'article',
    { class: 'newspaper evening', 'data-testid': 'day-report', 'data-date': cmp.date },
    h('header', { class: 'masthead' }, h('p', { class: 'paper-name' }, t('game:report.paper')), h('p', { class: 'dateline' }, t('game:report.dateline', { date: shortDate(cmp.date), day: report.day + 1, total: ctx.totalDays }))),
    storyBlock(ctx, daysSoFar, index, cmp),
    h(
      'section',
      { class: 'in-full', 'aria-labelledby': 'rep-full' },
      h('h2', { id: 'rep-full', class: 'in-full-title' }, t('game:report.inFull')),
      fold(t('game:report.foldDecisions', { n: report.decisions.length }), 'fold-decisions', gameDay(ctx, state)),
      fold(t('game:report.foldFigures'), 'fold-figures', figuresTable(ctx, cmp), chartsBlock(ctx, daysSoFar)),
      fold(t('game:report.foldHistory', { n: events }), 'fold-history', historyDay(ctx, cmp)),
      fold(t('game:report.foldDivergence'), 'fold-divergence', leftHistoryBlock(cmp, ctx, cmp.date), divergenceBlock(cmp), controlBlock(ctx, cmp)),
    ),
  );
}

/**
 * The report of the day that ended in `state` (the last of `daysSoFar`), as a sheet beside the map (the
 * map's box narrows to what the sheet leaves, so the whole map stays in view). The headline
 * takes the focus, inside the part that scrolls: Page Down and Space read on.
 */
export function openReport(ctx: UiContext, state: GameState, daysSoFar: GameState[], next: { label: string; onClose: () => void }): Dialog {
  const app = document.getElementById('app');
  const d = new Dialog({
    title: t('game:report.title', { date: shortDate(state.report!.date) }),
    className: 'report-dialog',
    onClose: () => {
      if (app) delete app.dataset.report;
      next.onClose();
    },
  });
  d.body.appendChild(reportPage(ctx, daysSoFar));
  d.footer.append(
    h('button', { type: 'button', class: 'button', on: { click: () => window.print() } }, t('game:report.print')),
    h('button', { type: 'button', class: 'button primary', 'data-action': 'next-morning', on: { click: () => d.close() } }, next.label),
  );
  if (app) app.dataset.report = 'open';
  return d.open();
}
