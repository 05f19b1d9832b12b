// The limits a game's inputs must keep, written once: the engine checks them, the replay
// format and the shells (input fields, the command line) read them from here.

/** A decision's reason is one line of at most this many characters. */
export const MAX_REASON = 200;
/** A seed is 1 to this many characters. */
export const MAX_SEED = 64;
/** A game holds at most this many actions (a save that would hold more is not written). */
export const MAX_ACTIONS = 5000;
