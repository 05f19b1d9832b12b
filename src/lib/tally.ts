// How many games ended in each outcome: the command line's batch, the class comparison,
// "luck or choice?" and the calibration all count them the same way, here.

export interface OutcomeCount {
  label: string;
  historical: boolean;
  count: number;
}

/** Count the outcomes reached (null: not reached), keyed in the scenario's order; outcomes never reached are left out. */
export function tallyOutcomes(outcomes: readonly { id: string; label: string; historical: boolean }[], reached: readonly (string | null | undefined)[]): Record<string, OutcomeCount> {
  const counts = new Map<string, number>();
  for (const id of reached) if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
  const out: Record<string, OutcomeCount> = {};
  for (const o of outcomes) {
    const count = counts.get(o.id);
    if (count) out[o.id] = { label: o.label, historical: o.historical, count };
  }
  return out;
}
