// The language the account of the game is told in: the evening's story, the "because you…"
// lines, the "why" sentences, the bulletin, the path to the ending and the comparison with
// history. Every sentence is one ICU message of the namespace `history`
// (scenarios/messages/<lang>/history.json); the shells choose the language once, at start-up.
import en from '../../scenarios/messages/en/history.json';
import hu from '../../scenarios/messages/hu/history.json';
import { voice } from '../i18n';
import type { Language, Words } from '../i18n';

const room = voice('history', { en: en as Record<string, string>, hu: hu as Record<string, string> });

/** Tell the account in `lang` from now on (English until called). */
export const speakHistory: (lang: Language) => void = room.speak;
/** The words of the language spoken now. */
export const historyWords: () => Words = room.words;
/** The message `history:key` with its values. */
export const say = room.say;
/** A side's posture in words ("invading", "invázió"): the one home of the posture words, which the classroom and the page use too. */
export const postureWord = (posture: string): string => say(`posture.${posture}`, { defaultValue: posture });
