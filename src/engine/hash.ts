import type { GameState } from './types';
import { canonicalHash } from '../lib/canonical-hash';

/** The state hash: canonical (sorted keys), so equal states always hash alike. */
export const stateHash = (state: GameState): string => canonicalHash(state);
