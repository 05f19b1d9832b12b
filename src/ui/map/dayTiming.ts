// The day's clock on the map, in milliseconds of animation: how long a day plays, and
// when in it the areas that change hands fade to their new holder.

/** A whole day, from the morning's map to the evening's. */
export const DAY_MS = 4200;
/** The plates of the areas changing hands fade from this moment… */
export const HANDOVER_FROM_MS = 2900;
/** …over this long. */
export const HANDOVER_MS = 700;
