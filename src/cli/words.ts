// The command line's own words: table headers and the lines around them, one ICU message each
// (namespace `cli`, scenarios/messages/<lang>/cli.json), in the language --lang chose. Ids,
// dates and figures in the tables are the same in every language; numbers are grouped as the
// language writes them.
import en from '../../scenarios/messages/en/cli.json';
import hu from '../../scenarios/messages/hu/cli.json';
import { problemLine, voice } from '../i18n';
import type { Language } from '../i18n';

const room = voice('cli', { en: en as Record<string, string>, hu: hu as Record<string, string> });

/** Speak the command line's words in `lang` from now on (English until called). */
export const speakCli: (lang: Language) => void = room.speak;
/** The message `cli:key` with its values. */
export const word = room.say;
/**
 * A problem with a stable code: in English the program's own line, as it was written; in
 * another language the message `cli:issue.CODE` with the problem's values.
 */
export const problemWord = (english: string, code: string, values?: Readonly<Record<string, string | number>>): string =>
  problemLine(room.words(), english, `cli:issue.${code}`, values);
/** The headers of a table, by their message keys (`head.KEY`). */
export const headers = (...keys: string[]): string[] => keys.map((k) => room.say(`head.${k}`));
/** A number as the language groups it (1,234 in English, 1 234 in Hungarian). */
export const figure = (v: number): string => room.words().number(v);
/** A share (0–1) as a percentage with one decimal: 12.5% in English, 12,5% in Hungarian. */
export const share = (v: number): string =>
  new Intl.NumberFormat(room.words().lang === 'hu' ? 'hu-HU' : 'en-GB', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(v);
/** Whether the command line speaks English now (English keeps the program's own detailed lines). */
export const speaksEnglish = (): boolean => room.words().lang === 'en';
/** A policy (or "player"), or several joined by "+", by its name in the language chosen; the ids stay in --json. */
export const policyName = (policies: string): string => policies.split('+').map((policy) => room.say(`policy.${policy}`, { defaultValue: policy })).join('+');
