// Several players on one device: each morning the sides with a decision open to them take
// the device in turn, in the order of the scenario's roles. A side with nothing to decide
// that morning is not handed the device: its standing orders carry on. Between two sides
// a hand-over screen covers the game, so the next side does not see what the last one
// chose until the evening report. On a morning when no side has a decision there is no
// hand-over at all: the device stays where it is, and whoever holds it ends the day.
// Whose turn it is (the morning's order and the place in it) is saved with the game.
import { pendingDecisions } from '../../engine';
import type { GameState, Rules } from '../../engine';

/** The hot-seat turn as the autosave keeps it: the morning it belongs to, the order, the side at the keyboard. */
export interface SeatTurn {
  date: string;
  order: string[];
  index: number;
}

/** The player sides with a decision to take this morning, in turn order. */
export function actingSides(rules: Rules, state: GameState, sides: readonly string[]): string[] {
  return sides.filter((s) => pendingDecisions(rules, state, s).length > 0);
}

/** Did any player side have a decision this morning (one still open, or one taken today)? */
function hadDecisions(state: GameState, rules: Rules, sides: readonly string[]): boolean {
  if (actingSides(rules, state, sides).length) return true;
  return Object.values(state.chosen).some((c) => c.date === state.date && c.by === 'player' && sides.includes(c.side));
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

  /**
   * A morning begins: the turn order is set and the device goes to the first side with a
   * decision. With none, nobody is handed the device: the first player side ends the day,
   * uncovered (there is nothing to keep from anybody).
   */
  morning(state: GameState): void {
    const acting = actingSides(this.rules, state, this.sides);
    this.order = acting.length ? acting : this.sides.slice(0, 1);
    this.index = 0;
    this.date = state.date;
    this.covered = acting.length > 0;
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
      // A morning without decisions had no hand-over; it has none on resuming either.
      this.covered = hadDecisions(state, this.rules, this.sides);
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

  /**
   * Pass the device on if the side at the keyboard has taken its decisions; else what it
   * still has to decide, in `say`'s words (the page passes the message
   * `classroom:hotseat.stillToDecide` with the titles as `list`; without a page, English).
   */
  tryPassOn(state: GameState, say: (titles: string[]) => string = (titles) => `still to decide: ${titles.join('; ')}`): string | null {
    const waiting = pendingDecisions(this.rules, state, this.current);
    if (waiting.length) return say(waiting.map((id) => this.rules.decisions.get(id)?.title ?? id));
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
