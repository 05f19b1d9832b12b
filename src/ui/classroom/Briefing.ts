// An exercise's briefing, read before the first morning: the situation (each paragraph
// with the section of the source text it comes from), the roles with their objectives,
// who leads each one in this game, the suggested length, and the discussion to come.
import type { Scenario } from '../../scenario/resolve';
import { quoteTranslation, sectionName } from '../panels/source';
import { longDate, t } from '../lib/words';
import { h, replaceChildren } from '../lib/dom';
import { focusOn } from '../lib/focus';
import type { UiContext } from '../panels/context';
import { Dialog } from '../panels/dialogs';
import { sideBadge } from '../panels/emblem';
import './paperSheet.css';
import './Briefing.css';

function lengthLine(s: Scenario, days: number): string {
  const values = { start: longDate(s.start), end: longDate(s.end), days, minutes: String(s.suggestedMinutes ?? '') };
  return s.suggestedMinutes ? t('classroom:briefing.lengthMinutes', values) : t('classroom:briefing.length', values);
}

/** The briefing itself, for the screen before play and for the dialog during it. */
function briefingContent(ctx: UiContext, playerSides: readonly string[]): HTMLElement {
  const s = ctx.scenario;
  const roles = s.roles.map((r) => {
    const led = playerSides.includes(r.side);
    return h(
      'li',
      { class: `role${led ? ' led' : ''}`, 'data-role': r.side },
      h('p', { class: 'role-head' }, sideBadge(ctx.side(r.side)), h('span', { class: 'role-who' }, led ? t('classroom:briefing.ledByPlayer') : t('classroom:briefing.playedByComputer'))),
      h('p', { class: 'role-brief' }, r.brief),
      h('p', { class: 'meta-label' }, t('classroom:briefing.objectives')),
      h('ul', { class: 'objective-list' }, ...r.objectives.map((o) => h('li', { 'data-objective': o.id }, o.text))),
    );
  });
  const questions = s.discussion.length;
  return h(
    'div',
    { class: 'briefing-content' },
    h('p', { class: 'briefing-length', 'data-testid': 'briefing-length' }, lengthLine(s, ctx.totalDays)),
    ctx.para(s.summary, 'lede'),
    h(
      'section',
      { 'aria-labelledby': 'brief-situation' },
      h('h2', { id: 'brief-situation' }, t('classroom:briefing.situation')),
      ...s.briefing.map((b) =>
        h('div', { class: 'briefing-para' }, ctx.para(b.text, 'briefing'), h('p', { class: 'source' }, h('span', { class: 'meta-label' }, t('common:source')), t('common:sourceLine', { section: sectionName(b.source.section), quote: b.source.quote })), quoteTranslation(b.source)),
      ),
    ),
    h('section', { 'aria-labelledby': 'brief-roles' }, h('h2', { id: 'brief-roles' }, t('classroom:briefing.roles')), h('ul', { class: 'role-list' }, ...roles)),
    h(
      'section',
      { 'aria-labelledby': 'brief-discussion' },
      h('h2', { id: 'brief-discussion' }, t('classroom:briefing.afterwards')),
      h(
        'p',
        { 'data-testid': 'briefing-discussion' },
        questions
          ? t('classroom:briefing.discussion', { n: questions })
          : t('classroom:briefing.noDiscussion'),
      ),
    ),
  );
}

/** The screen before the first morning of an exercise. */
function briefingScreen(ctx: UiContext, playerSides: readonly string[], handlers: { begin(): void; back(): void }): HTMLElement {
  return h(
    'main',
    { class: 'paper-screen briefing-screen', 'aria-labelledby': 'briefing-h', 'data-testid': 'briefing' },
    h(
      'article',
      { class: 'paper-sheet' },
      h('p', { class: 'kicker' }, t('classroom:briefing.kicker')),
      h('h1', { id: 'briefing-h' }, ctx.scenario.title),
      briefingContent(ctx, playerSides),
      h(
        'div',
        { class: 'actions' },
        h('button', { type: 'button', class: 'button primary', 'data-action': 'begin-exercise', on: { click: handlers.begin } }, t('classroom:briefing.begin')),
        h('button', { type: 'button', class: 'button', on: { click: handlers.back } }, t('classroom:backToTitle')),
      ),
    ),
  );
}

/** The briefing again, during play. */
export function openBriefing(ctx: UiContext, playerSides: readonly string[]): Dialog {
  const d = new Dialog({ title: t('classroom:briefing.title'), className: 'briefing-dialog', close: t('classroom:briefing.backToGame') });
  d.body.append(h('h2', { class: 'briefing-title' }, ctx.scenario.title), briefingContent(ctx, playerSides));
  return d.open();
}

/** Put the briefing screen up in `root`, its title focused. */
export function showBriefing(root: HTMLElement, ctx: UiContext, playerSides: readonly string[], handlers: { begin(): void; back(): void }): void {
  const el = briefingScreen(ctx, playerSides, handlers);
  replaceChildren(root, el);
  focusOn('h1', el);
}
