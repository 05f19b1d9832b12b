// Numbers and words as the interface shows them.
import type { Choice, Factor } from '../../engine';
import type { HistoricalValue } from '../../history';
import { LOCALE } from '../../i18n';
import { t, words } from './words';

type ChosenBy = Choice['by'];

export const num = (v: number): string => words.number(Math.round(v));

// Short numbers as each language writes them (CLDR's compact forms through Intl): "1.2k", "1,2 E".
const compactNumber = new Intl.NumberFormat(LOCALE[words.lang], { notation: 'compact', maximumSignificantDigits: 2 });

/** 1,234 → "1.2k" ("1,2 E") for small markers and chart axes. */
export function compact(v: number): string {
  const r = Math.round(v);
  return r < 1000 ? String(r) : compactNumber.format(r);
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
  'gero-hegedus': t('game:gov.gero-hegedus'),
  nagy: t('game:gov.nagy'),
  'nagy-coalition': t('game:gov.nagy-coalition'),
  kadar: t('game:gov.kadar'),
  'hardline-restored': t('game:gov.hardline-restored'),
};

/** How a choice was made, for the reports: one for each way (the type keeps a new policy from going unnamed). */
export const BY_LABELS: Record<ChosenBy, string> = {
  player: t('game:by.player'),
  reactive: t('game:report.ownReasons'),
  forced: t('game:by.forced'),
  historical: t('game:by.historical'),
  adaptive: t('game:by.adaptive'),
  random: t('game:by.random'),
};

/** Who took a choice, in a few words (for lists that also say whether it was history's). */
export const WHO_LABELS: Record<ChosenBy, string> = {
  player: t('game:who.player'),
  reactive: t('game:who.reactive'),
  forced: t('game:who.forced'),
  historical: t('game:who.historical'),
  adaptive: t('game:who.adaptive'),
  random: t('game:who.random'),
};

/** Who took a choice, for a report's `by` (a string there, from a file). */
export const whoLabel = (by: string): string => (WHO_LABELS as Record<string, string | undefined>)[by] ?? by;

/** The first part of a long name: "Pécs and the Mecsek" → "Pécs", "Dunaújváros (Sztálinváros)" → "Dunaújváros". */
export function shortName(name: string): string {
  return name.replace(/\s*\(.*\)$/, '').replace(/ and the .*$/, '');
}

/** A number with `digits` decimals, as the page's language writes it (0.88 / 0,88). */
const decimal = (v: number, digits: number): string => new Intl.NumberFormat(words.lang, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(v);

/** How each of the model's figures (engine/explain.ts, by key) is written; the rest as counts. */
const FACTOR_FORMATS: Record<string, (v: number) => string> = {
  chanceChanged: percent,
  chanceHeld: percent,
  held: percent,
  luck: (v) => `×${decimal(v, 2)}`,
  border: (v) => decimal(v, 2),
  amnesty: (v) => (v ? t('game:yes') : t('game:no')),
};

/** A model figure's value in words: shares as percentages, luck as a multiplier, small fractions with a decimal. */
export function factorValue(f: Factor): string {
  const format = f.key ? FACTOR_FORMATS[f.key] : undefined;
  if (format) return format(f.value);
  if (Math.abs(f.value) < 10 && !Number.isInteger(f.value)) return decimal(f.value, 1);
  return num(f.value);
}
