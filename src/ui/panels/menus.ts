// Two small dialogs of the game: the list of evening reports, and the menu (keep the
// replay, back to the title).
import type { GameState } from '../../engine';
import { longDate, t } from '../lib/words';
import { languageSwitch } from './language';
import { h } from '../lib/dom';
import { message } from './dialogs';
import './menus.css';

export function openReportsList(days: GameState[], open: (index: number) => void): void {
  const list = h('ol', { class: 'report-list' });
  const dlg = message(t('title:reports.head'), [list], [{ label: t('common:close'), primary: true, action: () => undefined }]);
  days.forEach((s, i) =>
    list.appendChild(
      h('li', null, h('button', { type: 'button', class: 'button small', on: { click: () => { dlg.close(); open(i); } } }, longDate(s.report!.date))),
    ),
  );
}

/** The bar's tools, offered in the menu too: on a small screen the bar keeps only the menu. */
export interface MenuTools {
  reports?: () => void;
  back(): void;
  briefing?: () => void;
  glossary(): void;
  help(): void;
  reduceMotion: boolean;
  setReduceMotion(on: boolean): void;
}

interface MenuHandlers {
  download(): void;
  copy(text: string, status: HTMLElement): void;
  /** Copy a link to this page that opens the days so far in the replay viewer. */
  copyLink(code: string, status: HTMLElement): void;
  /** The days so far in the replay viewer (what if?, luck or choice?). */
  viewer(): void;
  title(): void;
}

/** "For testers": the state hash, folded away. */
export function testersDetail(hash: string, testid?: string): HTMLElement {
  return h('details', { class: 'testers' }, h('summary', null, t('title:testers')), h('p', null, `${t('title:testers.hash')} `, h('code', testid ? { 'data-testid': testid } : null, hash)), h('p', { class: 'field-note' }, t('title:testers.note')));
}

export function openGameMenu(code: string, hash: string, handlers: MenuHandlers, tools: MenuTools): void {
  const status = h('span', { class: 'copy-status', role: 'status' });
  const box = h('textarea', { class: 'replay-code', readonly: true, rows: 3, 'aria-label': t('title:gm.code') }, code);
  const then = (action: () => void) => () => {
    dlg.close();
    action();
  };
  const motion = h('input', { type: 'checkbox', id: 'menu-reduce-motion', checked: tools.reduceMotion });
  motion.addEventListener('change', () => tools.setReduceMotion(motion.checked));
  const bar = h(
    'div',
    { class: 'actions menu-tools' },
    tools.reports ? h('button', { type: 'button', class: 'button small', 'data-action': 'menu-reports', on: { click: then(tools.reports) } }, t('title:gm.reports')) : null,
    h('button', { type: 'button', class: 'button small', 'data-action': 'menu-back', on: { click: then(tools.back) } }, t('common:backADay')),
    tools.briefing ? h('button', { type: 'button', class: 'button small', on: { click: then(tools.briefing) } }, t('common:briefing')) : null,
    h('button', { type: 'button', class: 'button small', on: { click: then(tools.glossary) } }, t('common:glossary')),
    h('button', { type: 'button', class: 'button small', on: { click: then(tools.help) } }, t('common:help')),
    h('span', { class: 'menu-toggle' }, motion, h('label', { for: 'menu-reduce-motion' }, t('common:reduceMotion'))),
  );
  const dlg = message(
    t('common:menu'),
    [
      bar,
      // Outside the tools bar, which a wide screen hides (its tools are on the top bar there).
      h('p', { class: 'menu-language' }, languageSwitch('menu-language')),
      h('p', null, t('title:gm.saves')),
      h(
        'div',
        { class: 'actions' },
        h('button', { type: 'button', class: 'button', on: { click: () => handlers.download() } }, t('title:gm.download')),
        h('button', { type: 'button', class: 'button', 'data-action': 'copy-code', on: { click: () => handlers.copy(code, status) } }, t('title:gm.copyCode')),
        h('button', { type: 'button', class: 'button', 'data-action': 'copy-link', on: { click: () => handlers.copyLink(code, status) } }, t('title:gm.copyLink')),
        status,
      ),
      h('p', null, t('title:gm.viewerNote')),
      box,
      testersDetail(hash, 'menu-hash'),
    ],
    [
      { label: t('title:gm.backToGame'), primary: true, action: () => undefined },
      { label: t('title:gm.whatIf'), action: () => handlers.viewer() },
      { label: t('title:gm.title'), action: () => handlers.title() },
    ],
  );
}
