// The hot seat in play: several players at one device. Whose turn it is shapes what the
// bar and the panel show (that side's decisions and orders only), "End turn" passes the
// device on until the last side, and between sides the hand-over covers the game.
import type { GameState } from '../../engine';
import { HotSeat } from '../classroom/hotseat';
import type { SeatTurn } from '../classroom/hotseat';
import { showHandOver } from '../classroom/HandOver';
import type { UiContext } from '../panels/context';
import type { Session } from '../session';
import { t } from '../lib/words';

/** What "End turn" did: the day may end, the device passed on, or the side still has to decide. */
type SeatStep = { kind: 'end-day' } | { kind: 'passed' } | { kind: 'refused'; reason: string };

export class HotSeatPlay {
  private constructor(
    private readonly seat: HotSeat,
    private readonly ctx: UiContext,
  ) {}

  /**
   * The hot seat for a session with several players, in the order of the scenario's
   * roles; null with one player (or none). A game with nothing done yet this morning
   * and no saved turn starts the morning afresh; otherwise the saved turn is resumed.
   */
  static start(session: Session, ctx: UiContext, saved: SeatTurn | null): HotSeatPlay | null {
    const sides = session.scenario.roles.map((r) => r.side).filter((side) => session.playerSides.includes(side));
    if (sides.length < 2) return null;
    const seat = new HotSeat(session.rules, sides);
    if (saved === null && session.actionsToday.length === 0) seat.morning(session.state);
    else seat.resume(session.state, saved);
    return new HotSeatPlay(seat, ctx);
  }

  /** The turn, for the autosave. */
  get saved(): SeatTurn {
    return this.seat.saved;
  }

  /** True while the hand-over covers the game. */
  get covered(): boolean {
    return this.seat.covered;
  }

  /** The side at the keyboard; null while the device passes. */
  get atKeyboard(): string | null {
    return this.seat.covered ? null : this.seat.current;
  }

  /** What the panel shows: the side at the keyboard, and the footer's button (pass on, or end the day). */
  get panel(): { activeSide: string; endLabel: string } {
    const next = this.seat.following;
    return { activeSide: this.seat.current, endLabel: next ? t('shell:game.passDevice', { side: this.ctx.sideIn(next) }) : t('shell:game.endTurn') };

  }

  /** A new morning: the device goes round again from the first side. */
  morning(state: GameState): void {
    this.seat.morning(state);
  }

  /** "End turn": the last side ends the day; any other passes the device on once its decisions are taken. */
  endTurn(state: GameState): SeatStep {
    if (!this.seat.following) return { kind: 'end-day' };
    const waiting = this.seat.tryPassOn(state, (titles) => t('classroom:hotseat.stillToDecide', { list: titles.join('; ') }));
    return waiting ? { kind: 'refused', reason: waiting } : { kind: 'passed' };
  }

  /** Cover the game with the hand-over screen; `takeOver` when the next side's player takes the device. */
  handOver(root: HTMLElement, date: string, takeOver: () => void): void {
    showHandOver(root, this.ctx, this.seat, date, takeOver);
  }

  /** For the tests waiting on the hand-over: the side it is for. */
  get current(): string {
    return this.seat.current;
  }
}
