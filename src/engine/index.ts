// The engine's public face: what the command line, the browser and the tests use.
export * from './types';
export { newGame, SetupError, SETUP_PROBLEMS } from './game';
export type { SetupProblem } from './game';
export { step } from './step';
export { ActionSchema, cleanReason } from './action';
export { MAX_REASON, MAX_SEED, MAX_ACTIONS } from './limits';
export { pendingDecisions } from './pending';
export { unaskedDecisions } from './unasked';
export { optionChances } from './policies';
export { worldBefore } from './day';
export { stateHash } from './hash';
export { autoplay, playerActions } from './autoplay';
export { rulesFor } from './rules';
export type { Rules } from './rules';
export { stream } from './random';
export { areaFactors, nationalFactors } from './explain';
