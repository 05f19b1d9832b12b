// Several players on one device: each morning the sides that have something to do (a
// decision open to them, or standing orders to give) take the device in turn, in the
// order of the scenario's roles. Between two of them a hand-over screen covers the
// game, so the next side does not see what the last one chose until the evening report.
// Whose turn it is (the morning's order and the place in it) is saved with the game.
import { pendingDecisions } from '../../engine';
import type { GameState, Rules } from '../../engine';

/** The hot-seat turn as the autosave keeps it: the morning it belongs to, the order, the side at the keyboard. */
export interface SeatTurn {
  date: string;
  order: string[];
  index: number;
}

/** The player sides that act this morning, in turn order. */
function actingSides(rules: Rules, state: GameState, sides: readonly string[]): string[] {
  const hasOrders = (side: string): boolean => rules.scenario.orders.some((o) => o.side === side);
  const acting = sides.filter((s) => pendingDecisions(rules, state, s).length > 0 || hasOrders(s));
  // Somebody must end the day, even when no side has anything to do.
  return acting.length ? acting : sides.slice(0, 1);
}

/** A saved turn that fits this morning of this game: its date, the game's player sides, a place in the order. */
function fits(turn: SeatTurn, state: GameState, sides: readonly string[]): boolean {
  const { order, index } = turn;
  return (
    turn.date === state.date &&
    order.length > 0 &&
    new Set(order).size === order.length &&
    order.every((s) => sides.includes(s)) &&
    Number.isInteger(index) &&
    index >= 0 &&
    index < order.length
  );
}

export class HotSeat {
  private order: string[] = [];
  private index = 0;
  private date = '';
  /** True while the hand-over screen covers the game. */
  covered = true;

  constructor(
    private readonly rules: Rules,
    /** The player sides, in the scenario's role order. */
    readonly sides: readonly string[],
  ) {}

  /** A morning begins: the turn order is set and the device goes to the first side. */
  morning(state: GameState): void {
    this.order = actingSides(this.rules, state, this.sides);
    this.index = 0;
    this.date = state.date;
    this.covered = true;
  }

  /**
   * A game resumed mid-morning: the saved turn when it fits this morning; without one
   * (an older save, a replay), the first side with a decision still open.
   */
  resume(state: GameState, saved: SeatTurn | null): void {
    if (saved && fits(saved, state, this.sides)) {
      this.order = [...saved.order];
      this.index = saved.index;
      this.date = state.date;
      this.covered = true;
      return;
    }
    this.morning(state);
    const waiting = this.order.findIndex((s) => pendingDecisions(this.rules, state, s).length > 0);
    if (waiting > 0) this.index = waiting;
  }

  /** The turn, for the autosave. */
  get saved(): SeatTurn {
    return { date: this.date, order: [...this.order], index: this.index };
  }

  get current(): string {
    return this.order[this.index] ?? this.sides[0] ?? '';
  }

  /** The side after this one this morning, or null when this is the last. */
  get following(): string | null {
    return this.order[this.index + 1] ?? null;
  }

  get turnOrder(): readonly string[] {
    return this.order;
  }

  /** 1-based place of the side at the keyboard in this morning's order. */
  get turn(): number {
    return this.index + 1;
  }

  /** The side before this one this morning, if any. */
  get previous(): string | null {
    return this.index > 0 ? (this.order[this.index - 1] ?? null) : null;
  }

  /** Pass the device on if the side at the keyboard has taken its decisions; else what it still has to decide. */
  tryPassOn(state: GameState): string | null {
    const waiting = pendingDecisions(this.rules, state, this.current);
    if (waiting.length) return `still to decide: ${waiting.map((id) => this.rules.decisions.get(id)?.title ?? id).join('; ')}`;
    this.passOn();
    return null;
  }

  /** Pass the device on; false when this was the last side of the morning. */
  private passOn(): boolean {
    if (this.index + 1 >= this.order.length) return false;
    this.index++;
    this.covered = true;
    return true;
  }
}
