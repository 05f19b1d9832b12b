// What the Phaser scenes may ask of the interface around them, and what the map offers
// back. The scenes stay thin: they draw, and hand everything else to the host.
import type { GameState } from '../engine';
import type { Scenario } from '../scenario/resolve';
import type { Bus } from './lib/bus';

export interface MapController {
  show(state: GameState): void;
  /** Animate the day from the morning's state to the evening's; resolves when done or skipped. */
  playDay(before: GameState, after: GameState, reduced: boolean): Promise<void>;
  skip(): void;
  /** Mark the areas that changed hands from `before` to `after` (playDay marks its own day); cleared with the traces. */
  markChanges(before: GameState, after: GameState): void;
  clearTraces(): void;
  select(area: string | null): void;
  highlight(area: string | null): void;
  zoomBy(factor: number): void;
  resetZoom(): void;
}

export interface Backdrop {
  scenario: Scenario;
  state: GameState;
}

export interface UiHost {
  readonly bus: Bus;
  /** The scenario files loading (the page fetches them as it opens): progress 0–1. */
  loading(): { progress: () => number; done: Promise<void> };
  /** The Preloader is done: fonts in, scenarios checked. */
  ready(): void;
  /** What the title and end screens draw behind them. */
  backdrop(): Backdrop | null;
  titleReady(): void;
  mapReady(map: MapController): void;
  endReady(): void;
  mapGone(): void;
  /** Draw the canvas for a while (it sleeps when nothing changes). */
  wake(ms?: number): void;
  /** Keep drawing until the returned function is called. */
  hold(): () => void;
}

export const HOST_KEY = 'nineteen-days-host';
