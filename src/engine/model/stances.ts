// How hard each side fights in each of its postures. These are the model's levers
// that decisions pull: a ceasefire, a withdrawal, an invasion. Values are estimates,
// set so that history's postures reproduce history's tolls (docs/MODEL.md).
import type { NationalState } from '../types';

/** Revolutionaries: how much of their armed strength is in the fight. */
export const REV_STANCE: Record<string, number> = {
  gathering: 0.25, demonstrating: 0.5, fighting: 1, ceasefire: 0.35, resisting: 1.1, surrendered: 0.1,
};
/** Soviet forces, per soldier present. Tanks and artillery make a soldier count for more than a fighter. */
export const SOVIET_STANCE: Record<string, number> = {
  garrison: 0, intervening: 1.6, withdrawing: 0.1, preparing: 0.3, invading: 4, occupying: 2.2,
};
/** How exposed Soviet soldiers are to the revolution's fire, by posture. */
export const SOVIET_EXPOSURE: Record<string, number> = {
  garrison: 0, intervening: 2.2, withdrawing: 0.3, preparing: 0.3, invading: 0.65, occupying: 0.4,
};
/** Outside Budapest the first intervention and the withdrawal left the garrisons in their barracks. */
export const SOVIET_COUNTRY_STANCE: Record<string, number> = {
  garrison: 0, intervening: 0.2, withdrawing: 0, preparing: 0.15, invading: 3, occupying: 2,
};
export const AVH_STANCE: Record<string, number> = { repressing: 1.4, defending: 0.8, disbanded: 0 };

/** Army units fight the revolution when loyal, sit out when split, join it when won over. */
export function armyAgainstRevolution(n: NationalState): number {
  if (n.government === 'nagy-coalition' || n.government === 'kadar') return 0;
  const loyalty = n.values.armyLoyalty / 100;
  switch (n.postures.army) {
    case 'loyal': return 0.9 * loyalty;
    case 'split': return 0.35 * loyalty;
    default: return 0;
  }
}
export function armyWithRevolution(n: NationalState): number {
  const disloyalty = 1 - n.values.armyLoyalty / 100;
  switch (n.postures.army) {
    case 'revolution': return 0.6;
    case 'split': return 0.25 * disloyalty;
    default: return 0;
  }
}
/** The ÁVH fights only for a government that still wants it. */
export function avhStance(n: NationalState): number {
  return AVH_STANCE[n.postures.avh] ?? 0;
}
/** How much arms reach the revolution: captured depots, soldiers who hand over rifles. */
export const ARMS: Record<string, number> = { loyal: 0.55, split: 1, revolution: 1.5, disarmed: 0.7 };

export const isInvasion = (n: NationalState): boolean => n.postures.soviet === 'invading' || n.postures.soviet === 'occupying';
