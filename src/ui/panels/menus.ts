// Two small dialogs of the game: the list of evening reports, and the menu (keep the
// replay, back to the title).
import type { GameState } from '../../engine';
import { longDate } from '../../lib/dates';
import { h } from '../lib/dom';
import { message } from './dialogs';

export function openReportsList(days: GameState[], open: (index: number) => void): void {
  const list = h('ol', { class: 'report-list' });
  const dlg = message('The evening reports', [list], [{ label: 'Close', primary: true, action: () => undefined }]);
  days.forEach((s, i) =>
    list.appendChild(
      h('li', null, h('button', { type: 'button', class: 'button small', on: { click: () => { dlg.close(); open(i); } } }, longDate(s.report!.date))),
    ),
  );
}

export interface MenuHandlers {
  download(): void;
  copy(text: string, status: HTMLElement): void;
  title(): void;
}

export function openGameMenu(code: string, hash: string, handlers: MenuHandlers): void {
  const status = h('span', { class: 'copy-status', role: 'status' });
  const box = h('textarea', { class: 'replay-code', readonly: true, rows: 3, 'aria-label': 'Replay code' }, code);
  message(
    'Menu',
    [
      h('p', null, 'The game saves itself after every turn. To keep it elsewhere or share it, download the replay or copy its code.'),
      h(
        'div',
        { class: 'actions' },
        h('button', { type: 'button', class: 'button', on: { click: () => handlers.download() } }, 'Download replay'),
        h('button', { type: 'button', class: 'button', on: { click: () => handlers.copy(code, status) } }, 'Copy the replay code'),
        status,
      ),
      box,
      h('p', null, 'State hash: ', h('code', null, hash)),
    ],
    [
      { label: 'Back to the game', primary: true, action: () => undefined },
      { label: 'Title screen', action: () => handlers.title() },
    ],
  );
}
