// The hand-over screen: it covers the whole game while the device passes from one side's
// player to the next, so nothing of the last side's morning stays on screen.
import { longDate, t } from '../lib/words';
import { h, replaceChildren } from '../lib/dom';
import { focusOn } from '../lib/focus';
import type { UiContext } from '../panels/context';
import { sideBadge } from '../panels/emblem';
import { inSentence, paperName } from './endSections';
import type { HotSeat } from './hotseat';
import './HandOver.css';

interface HandOverView {
  side: string;
  date: string;
  /** Position of this side in the morning's turn order (1-based) and how many sides act. */
  turn: number;
  of: number;
  /** The side that just finished, if any. */
  previous: string | null;
}

function handOverScreen(ctx: UiContext, view: HandOverView, takeOver: () => void): HTMLElement {
  const role = ctx.scenario.roles.find((r) => r.side === view.side);
  const button = h('button', { type: 'button', class: 'button primary big', 'data-action': 'take-over', on: { click: takeOver } }, t('classroom:handover.takeOver', { side: inSentence(ctx, view.side) }));
  return h(
    'main',
    { class: 'hand-over', 'aria-labelledby': 'handover-h', 'data-testid': 'hand-over', 'data-side': view.side },
    h(
      'div',
      { class: 'hand-over-card' },
      h('p', { class: 'kicker' }, t('classroom:handover.kicker', { paper: paperName(ctx.scenario), date: longDate(view.date), turn: String(view.turn), of: String(view.of) })),
      h('h1', { id: 'handover-h' }, t('classroom:handover.title', { side: inSentence(ctx, view.side) })),
      h('p', { class: 'hand-over-side' }, sideBadge(ctx.side(view.side))),
      role ? h('p', { class: 'role-brief' }, role.brief) : null,
      view.previous
        ? h('p', { class: 'field-note' }, t('classroom:handover.previous', { side: inSentence(ctx, view.previous) }))
        : h('p', { class: 'field-note' }, t('classroom:handover.first')),
      button,
    ),
  );
}

/** Cover the game with the hand-over for the seat's side; `takeOver` when its player takes the device. */
export function showHandOver(root: HTMLElement, ctx: UiContext, seat: HotSeat, date: string, takeOver: () => void): void {
  const el = handOverScreen(ctx, { side: seat.current, date, turn: seat.turn, of: seat.turnOrder.length, previous: seat.previous }, () => {
    seat.covered = false;
    replaceChildren(root);
    takeOver();
  });
  replaceChildren(root, el);
  focusOn('[data-action=take-over]', el);
}
