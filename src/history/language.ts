// The language the account of the game is told in: the evening's story, the "because you…"
// lines, the "why" sentences, the bulletin, the path to the ending and the comparison with
// history. Every sentence is one ICU message of the namespace `history`
// (scenarios/messages/<lang>/history.json); the shells choose the language once, at start-up.
import en from '../../scenarios/messages/en/history.json';
import hu from '../../scenarios/messages/hu/history.json';
import { makeWords } from '../i18n';
import type { Language, Words } from '../i18n';

const MESSAGES = { en: { history: en as Record<string, string> }, hu: { history: hu as Record<string, string> } };

let words: Words = makeWords('en', MESSAGES);

/** Tell the account in `lang` from now on (English until called). */
export function speakHistory(lang: Language): void {
  words = makeWords(lang, MESSAGES);
}

/** The words of the language the account is told in. */
export const historyWords = (): Words => words;

/** The message `history:key` with its values. */
export const say = (key: string, values?: Record<string, unknown>): string => words.t(`history:${key}`, values);
