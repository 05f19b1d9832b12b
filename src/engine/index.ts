// The engine's public face: what the command line, the browser and the tests use.
export * from './types';
export { newGame, SetupError } from './game';
export { step, check } from './step';
export { ActionSchema, cleanReason } from './action';
export { MAX_REASON, MAX_SEED, MAX_ACTIONS } from './limits';
export { pendingDecisions } from './pending';
export type { PendingFilter } from './pending';
export type { StepOptions } from './step';
export { stateHash } from './hash';
export { autoplay, playerActions } from './autoplay';
export type { PlayedGame, AutoplayOptions } from './autoplay';
export { rulesFor, MODEL_METRICS } from './rules';
export type { Rules } from './rules';
export { stream } from './random';
export { share } from './conditions';
export { reasonsFor } from './policies';
export { areaFactors, nationalFactors } from './explain';
