// The messages between the page and the luck-or-choice worker.
import type { LuckResult } from '../../classroom';
import type { GameSetup } from '../../engine';
import type { Scenario } from '../../scenario/resolve';
import type { Language } from '../../i18n';

export type LuckRequest =
  /** `lang`: the page's language, which the worker's verdict is written in. */
  | { type: 'run'; lang: Language; scenario: Scenario; base: Omit<GameSetup, 'seed'>; choices: Record<string, string>; games: number }
  | { type: 'cancel' };

export type LuckReply =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; result: LuckResult; cancelled: boolean }
  | { type: 'error'; message: string };
