// Two small dialogs of the game: the list of evening reports, and the menu (keep the
// replay, back to the title).
import type { GameState } from '../../engine';
import { longDate } from '../lib/words';
import { languageSwitch } from './language';
import { h } from '../lib/dom';
import { message } from './dialogs';
import './menus.css';

export function openReportsList(days: GameState[], open: (index: number) => void): void {
  const list = h('ol', { class: 'report-list' });
  const dlg = message('The evening reports', [list], [{ label: 'Close', primary: true, action: () => undefined }]);
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
  return h('details', { class: 'testers' }, h('summary', null, 'For testers'), h('p', null, 'State hash: ', h('code', testid ? { 'data-testid': testid } : null, hash)), h('p', { class: 'field-note' }, 'The command line’s replay of this game must reach the same hash.'));
}

export function openGameMenu(code: string, hash: string, handlers: MenuHandlers, tools: MenuTools): void {
  const status = h('span', { class: 'copy-status', role: 'status' });
  const box = h('textarea', { class: 'replay-code', readonly: true, rows: 3, 'aria-label': 'Replay code' }, code);
  const then = (action: () => void) => () => {
    dlg.close();
    action();
  };
  const motion = h('input', { type: 'checkbox', id: 'menu-reduce-motion', checked: tools.reduceMotion });
  motion.addEventListener('change', () => tools.setReduceMotion(motion.checked));
  const bar = h(
    'div',
    { class: 'actions menu-tools' },
    tools.reports ? h('button', { type: 'button', class: 'button small', 'data-action': 'menu-reports', on: { click: then(tools.reports) } }, 'Evening reports') : null,
    h('button', { type: 'button', class: 'button small', 'data-action': 'menu-back', on: { click: then(tools.back) } }, 'Back a day'),
    tools.briefing ? h('button', { type: 'button', class: 'button small', on: { click: then(tools.briefing) } }, 'Briefing') : null,
    h('button', { type: 'button', class: 'button small', on: { click: then(tools.glossary) } }, 'Glossary'),
    h('button', { type: 'button', class: 'button small', on: { click: then(tools.help) } }, 'Help'),
    h('span', { class: 'menu-toggle' }, motion, h('label', { for: 'menu-reduce-motion' }, 'Reduce motion')),
    languageSwitch('menu-language'),
  );
  const dlg = message(
    'Menu',
    [
      bar,
      h('p', null, 'The game saves itself after every turn. To keep it elsewhere or share it, download the replay, copy its code, or copy a link that opens it in the replay viewer.'),
      h(
        'div',
        { class: 'actions' },
        h('button', { type: 'button', class: 'button', on: { click: () => handlers.download() } }, 'Download replay'),
        h('button', { type: 'button', class: 'button', 'data-action': 'copy-code', on: { click: () => handlers.copy(code, status) } }, 'Copy the replay code'),
        h('button', { type: 'button', class: 'button', 'data-action': 'copy-link', on: { click: () => handlers.copyLink(code, status) } }, 'Copy a link'),
        status,
      ),
      h('p', null, 'The days played so far can be stepped through in the replay viewer, where any day’s decision can be changed to see what follows (“what if?”).'),
      box,
      testersDetail(hash, 'menu-hash'),
    ],
    [
      { label: 'Back to the game', primary: true, action: () => undefined },
      { label: 'The days so far: what if?', action: () => handlers.viewer() },
      { label: 'Title screen', action: () => handlers.title() },
    ],
  );
}
