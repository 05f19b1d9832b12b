// An exercise's briefing, read before the first morning: the situation (each paragraph
// with the section of the source text it comes from), the roles with their objectives,
// who leads each one in this game, the suggested length, and the discussion to come.
import type { Scenario } from '../../scenario/resolve';
import { longDate } from '../lib/words';
import { h, replaceChildren } from '../lib/dom';
import { focusOn } from '../lib/focus';
import type { UiContext } from '../panels/context';
import { Dialog } from '../panels/dialogs';
import { sideBadge } from '../panels/emblem';
import './paperSheet.css';
import './Briefing.css';

function lengthLine(s: Scenario, days: number): string {
  const parts = [`${longDate(s.start)} to ${longDate(s.end)}`, `${days} turn${days === 1 ? '' : 's'}`];
  if (s.suggestedMinutes) parts.push(`about ${s.suggestedMinutes} minutes`);
  return parts.join(' · ');
}

/** The briefing itself, for the screen before play and for the dialog during it. */
function briefingContent(ctx: UiContext, playerSides: readonly string[]): HTMLElement {
  const s = ctx.scenario;
  const roles = s.roles.map((r) => {
    const led = playerSides.includes(r.side);
    return h(
      'li',
      { class: `role${led ? ' led' : ''}`, 'data-role': r.side },
      h('p', { class: 'role-head' }, sideBadge(ctx.side(r.side)), h('span', { class: 'role-who' }, led ? 'led by a player' : 'played by the computer')),
      h('p', { class: 'role-brief' }, r.brief),
      h('p', { class: 'meta-label' }, 'Objectives'),
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
      h('h2', { id: 'brief-situation' }, 'The situation'),
      ...s.briefing.map((b) =>
        h('div', { class: 'briefing-para' }, ctx.para(b.text, 'briefing'), h('p', { class: 'source' }, h('span', { class: 'meta-label' }, 'Source: '), `${b.source.section} — “${b.source.quote}”`)),
      ),
    ),
    h('section', { 'aria-labelledby': 'brief-roles' }, h('h2', { id: 'brief-roles' }, 'The roles'), h('ul', { class: 'role-list' }, ...roles)),
    h(
      'section',
      { 'aria-labelledby': 'brief-discussion' },
      h('h2', { id: 'brief-discussion' }, 'Afterwards'),
      h(
        'p',
        { 'data-testid': 'briefing-discussion' },
        questions
          ? `${questions} discussion question${questions === 1 ? '' : 's'} for the debrief will be shown at the end, with the report of the game. Each decision can carry a one-line reason: write it down, it will be in the report.`
          : 'Each decision can carry a one-line reason: write it down, it will be in the report at the end.',
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
      h('p', { class: 'kicker' }, 'Exercise briefing'),
      h('h1', { id: 'briefing-h' }, ctx.scenario.title),
      briefingContent(ctx, playerSides),
      h(
        'div',
        { class: 'actions' },
        h('button', { type: 'button', class: 'button primary', 'data-action': 'begin-exercise', on: { click: handlers.begin } }, 'Begin the exercise'),
        h('button', { type: 'button', class: 'button', on: { click: handlers.back } }, 'Back to the title'),
      ),
    ),
  );
}

/** The briefing again, during play. */
export function openBriefing(ctx: UiContext, playerSides: readonly string[]): Dialog {
  const d = new Dialog({ title: 'Briefing', className: 'briefing-dialog', close: 'Back to the game' });
  d.body.append(h('h2', { class: 'briefing-title' }, ctx.scenario.title), briefingContent(ctx, playerSides));
  return d.open();
}

/** Put the briefing screen up in `root`, its title focused. */
export function showBriefing(root: HTMLElement, ctx: UiContext, playerSides: readonly string[], handlers: { begin(): void; back(): void }): void {
  const el = briefingScreen(ctx, playerSides, handlers);
  replaceChildren(root, el);
  focusOn('h1', el);
}
