/**
 * Freeze a plain-JSON value and everything in it. Parts already frozen (shared with an
 * earlier state) are skipped: their contents were frozen when they were made. Faster
 * than immer's general `freeze`, which also handles Maps, Sets and drafts that game
 * states never hold; this runs once per turn on every new part of the state.
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) deepFreeze(value[i]);
    } else {
      const obj = value as Record<string, unknown>;
      for (const k in obj) deepFreeze(obj[k]);
    }
  }
  return value;
}
