// An id's limit on its own, without the schemas (and zod): the engine's action schema reads
// it from here, so the engine does not pull in the whole scenario format for one number.

/** Ids are at most this long: they key the state and appear in tables and replays. */
export const MAX_ID = 64;
