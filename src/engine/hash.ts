import type { GameState } from './types';
import { canonicalHash } from '../lib/canonical-hash';

/**
 * The state hash: canonical (sorted keys), so equal states always hash alike. The day
 * report is left out: it is an account of the transition, written from the same draws
 * and figures the rest of the state holds, and its wording may improve without any
 * game changing. The outcome's label is words too: a game in Hungarian hashes as in English.
 */
export const stateHash = (state: GameState): string =>
  canonicalHash({ ...state, report: null, outcome: state.outcome ? { ...state.outcome, label: null } : null });
