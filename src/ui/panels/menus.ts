// Two small dialogs of the game: the list of evening reports, and the menu (keep the
// replay, back to the title).
import type { GameState } from '../../engine';
import { longDate } from '../../lib/dates';
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

interface MenuHandlers {
  download(): void;
  copy(text: string, status: HTMLElement): void;
  /** Copy a link to this page that opens the days so far in the replay viewer. */
  copyLink(code: string, status: HTMLElement): void;
  /** The days so far in the replay viewer (what if?, luck or choice?). */
  viewer(): void;
  title(): void;
}

export function openGameMenu(code: string, hash: string, handlers: MenuHandlers): void {
  const status = h('span', { class: 'copy-status', role: 'status' });
  const box = h('textarea', { class: 'replay-code', readonly: true, rows: 3, 'aria-label': 'Replay code' }, code);
  message(
    'Menu',
    [
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
      h('p', null, 'State hash: ', h('code', null, hash)),
    ],
    [
      { label: 'Back to the game', primary: true, action: () => undefined },
      { label: 'The days so far: what if?', action: () => handlers.viewer() },
      { label: 'Title screen', action: () => handlers.title() },
    ],
  );
}
