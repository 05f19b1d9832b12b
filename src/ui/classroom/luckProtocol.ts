// The messages between the page and the luck-or-choice worker.
import type { LuckResult } from '../../classroom';
import type { GameSetup } from '../../engine';
import type { Scenario } from '../../scenario/resolve';

export type LuckRequest =
  | { type: 'run'; scenario: Scenario; base: Omit<GameSetup, 'seed'>; choices: Record<string, string>; games: number }
  | { type: 'cancel' };

export type LuckReply =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; result: LuckResult; cancelled: boolean }
  | { type: 'error'; message: string };
