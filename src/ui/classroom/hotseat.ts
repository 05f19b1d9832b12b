// Several players on one device: each morning the sides that have something to do (a
// decision open to them, or standing orders to give) take the device in turn, in the
// order of the scenario's roles. Between two of them a hand-over screen covers the
// game, so the next side does not see what the last one chose until the evening report.
import type { GameState, Rules } from '../../engine';

/** The open decisions a side still has to take this morning. */
export function pendingFor(rules: Rules, state: GameState, side: string): string[] {
  return state.open.filter((id) => !(id in state.chosen) && !state.config.forced[id] && rules.decisions.get(id)?.actor === side);
}

/** The player sides that act this morning, in turn order. */
export function actingSides(rules: Rules, state: GameState, sides: readonly string[]): string[] {
  const hasOrders = (side: string): boolean => rules.scenario.orders.some((o) => o.side === side);
  const acting = sides.filter((s) => pendingFor(rules, state, s).length > 0 || hasOrders(s));
  // Somebody must end the day, even when no side has anything to do.
  return acting.length ? acting : sides.slice(0, 1);
}

export class HotSeat {
  private order: string[] = [];
  private index = 0;
  /** True while the hand-over screen covers the game. */
  covered = true;

  constructor(
    private readonly rules: Rules,
    /** The player sides, in the scenario's role order. */
    readonly sides: readonly string[],
  ) {}

  /**
   * A morning begins: the turn order is set and the device goes to the first side. When
   * a game is resumed mid-morning, it goes to the first side with a decision still open.
   */
  morning(state: GameState, resume = false): void {
    this.order = actingSides(this.rules, state, this.sides);
    this.index = 0;
    if (resume) {
      const waiting = this.order.findIndex((s) => pendingFor(this.rules, state, s).length > 0);
      if (waiting > 0) this.index = waiting;
    }
    this.covered = true;
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
    const waiting = pendingFor(this.rules, state, this.current);
    if (waiting.length) return `still to decide: ${waiting.map((id) => this.rules.decisions.get(id)?.title ?? id).join('; ')}`;
    this.passOn();
    return null;
  }

  /** Pass the device on; false when this was the last side of the morning. */
  passOn(): boolean {
    if (this.index + 1 >= this.order.length) return false;
    this.index++;
    this.covered = true;
    return true;
  }
}
