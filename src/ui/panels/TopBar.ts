// The bar over the map: the date, who you play, and the game's tools (reports, going
// back a day, glossary, help, motion, the menu).
import { shortDate, t } from '../lib/words';
import { h, replaceChildren } from '../lib/dom';
import type { UiContext } from './context';
import { emblem, sideBadge } from './emblem';
import './TopBar.css';

interface TopBarHandlers {
  reports(): void;
  /** An exercise's briefing, again. */
  briefing?: () => void;
  back(): void;
  glossary(): void;
  help(): void;
  menu(): void;
  reduceMotion(on: boolean): void;
  zoom(factor: number | null): void;
}

interface TopBarView {
  date: string;
  playerSides: string[];
  daysPlayed: number;
  reduceMotion: boolean;
  busy: boolean;
  /** Several players on one device: the side at the keyboard (null while the device passes). */
  activeSide?: string | null;
}

/** With several sides at one keyboard the bar shows their marks only (names for screen readers and on hover). */
/** A side's mark: `compact` shows the mark alone; `several` shows it alone on a phone, where two names do not fit. */
function compactBadge(ctx: UiContext, side: string, compact: boolean, several = false): HTMLElement {
  const badge = sideBadge(ctx.side(side), ctx.side(side)?.short);
  if (compact || several) badge.title = ctx.sideName(side);
  if (compact) badge.classList.add('compact');
  else if (several) badge.classList.add('several');
  return badge;
}

export function renderTopBar(root: HTMLElement, ctx: UiContext, view: TopBarView, handlers: TopBarHandlers): void {
  const button = (label: string, action: () => void, opts: { disabled?: boolean; title?: string; testid?: string } = {}): HTMLButtonElement =>
    h('button', { type: 'button', class: 'tool', disabled: opts.disabled ?? false, title: opts.title, 'data-action': opts.testid, on: { click: action } }, label);
  const motionId = 'reduce-motion';
  const motion = h('input', { type: 'checkbox', id: motionId, checked: view.reduceMotion });
  motion.addEventListener('change', () => handlers.reduceMotion(motion.checked));
  replaceChildren(
    root,
    h('div', { class: 'brand' }, emblem(30, ''), h('span', { class: 'brand-name' }, t('title:name'))),
    h(
      'div',
      { class: 'playing' },
      h('span', { class: 'dateline' }, t('title:bar.dateline', { date: shortDate(view.date) })),
      ...(view.activeSide !== undefined
        ? [h('span', { class: 'as' }, view.activeSide ? t('title:bar.atKeyboard') : t('title:bar.passing')), view.activeSide ? compactBadge(ctx, view.activeSide, false) : null, h('span', { class: 'as players-count' }, t('title:bar.players', { n: view.playerSides.length }))]
        : view.playerSides.length
        ? [h('span', { class: 'as' }, t('title:bar.youLead')), ...view.playerSides.map((s) => compactBadge(ctx, s, view.playerSides.length > 2, view.playerSides.length > 1))]
        : [h('span', { class: 'as' }, t('title:bar.watching'))]),
    ),
    h(
      'nav',
      { class: 'tools', 'aria-label': t('title:bar.nav') },
      button(t('title:bar.reports'), handlers.reports, { disabled: view.daysPlayed === 0 || view.busy, testid: 'reports' }),
      button(t('common:backADay'), handlers.back, { disabled: view.busy, title: t('title:bar.backTitle'), testid: 'back' }),
      handlers.briefing ? button(t('common:briefing'), handlers.briefing, { testid: 'briefing' }) : null,
      button(t('common:glossary'), handlers.glossary, { testid: 'glossary' }),
      button(t('common:help'), handlers.help, { testid: 'help' }),
      h('span', { class: 'tool toggle' }, motion, h('label', { for: motionId }, t('common:reduceMotion'))),
      button(t('common:menu'), handlers.menu, { disabled: view.busy, testid: 'menu' }),
    ),
  );
}
