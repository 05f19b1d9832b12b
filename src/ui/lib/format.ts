// Numbers and words as the interface shows them.
import type { HistoricalValue } from '../../history';
import { words } from './words';

export const num = (v: number): string => words.number(Math.round(v));

/** 1,234 → "1.2k" for small markers. */
export function compact(v: number): string {
  const r = Math.round(v);
  if (r < 1000) return String(r);
  if (r < 10_000) return `${(r / 1000).toFixed(1).replace(/\.0$/, '')}k`;
  return `${Math.round(r / 1000)}k`;
}

/** History's value as text: a range where the record gives one. */
export function historyText(h: HistoricalValue): string {
  if (h.low !== undefined && h.high !== undefined && h.low !== h.high) return `${num(h.low)}–${num(h.high)}`;
  return num(h.value);
}

const percent = (v: number): string => `${Math.round(v * 100)}%`;

export const capitalise = (s: string): string => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

/** Government ids as a reader would say them. */
export const GOVERNMENT_LABELS: Record<string, string> = {
  'gero-hegedus': 'Gerő and Hegedüs',
  nagy: 'Imre Nagy',
  'nagy-coalition': 'Nagy’s coalition',
  kadar: 'Kádár’s government',
  'hardline-restored': 'The hardliners restored',
};

/** How a choice was made, for the reports. */
export const BY_LABELS: Record<string, string> = {
  player: 'your choice',
  forced: 'forced for this game',
  historical: 'as in history (policy)',
  adaptive: 'adaptive policy',
  random: 'random policy',
};

/** Who took a choice, in a few words (for lists that also say whether it was history's). */
export const WHO_LABELS: Record<string, string> = {
  player: 'a player’s choice',
  forced: 'forced for this game',
  historical: 'the computer',
  adaptive: 'the computer (adaptive)',
  random: 'the computer (random)',
};

/** The first part of a long name: "Pécs and the Mecsek" → "Pécs", "Dunaújváros (Sztálinváros)" → "Dunaújváros". */
export function shortName(name: string): string {
  return name.replace(/\s*\(.*\)$/, '').replace(/ and the .*$/, '');
}

/** A factor's value in words: shares as percentages, luck as a multiplier. */
export function factorValue(label: string, value: number): string {
  if (/chance|share/i.test(label)) return percent(value);
  if (/luck/i.test(label)) return `×${value.toFixed(2)}`;
  if (/0–1\)/.test(label)) return value.toFixed(2);
  if (/declared$/i.test(label)) return value ? 'yes' : 'no';
  if (Math.abs(value) < 10 && !Number.isInteger(value)) return value.toFixed(1);
  return num(value);
}
