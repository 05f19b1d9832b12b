// The language the classroom speaks: the objectives' scoring details, the luck-or-choice
// verdicts and the reasons a hand-in is refused. Every sentence is one ICU message of the
// namespace `report` (scenarios/messages/<lang>/report.json); the shells choose the
// language once, at start-up. The scenario's own texts arrive translated in the Scenario.
import en from '../../scenarios/messages/en/report.json';
import hu from '../../scenarios/messages/hu/report.json';
import { problemLine, voice } from '../i18n';
import type { ReplayFailure, ReplayFormatError } from '../replay';
import type { Language, Words } from '../i18n';

const room = voice('report', { en: en as Record<string, string>, hu: hu as Record<string, string> });

/** Speak the classroom's reports in `lang` from now on (English until called). */
export const speakReports: (lang: Language) => void = room.speak;
/** The words of the language spoken now. */
export const reportWords: () => Words = room.words;
/** The message `report:key` with its values. */
export const say = room.say;

/** Why a text is no replay that can be read, in `w`'s language (English: the reader's detailed line). */
export const unreadableLine = (e: ReplayFormatError, w: Words = room.words()): string => (e.code ? problemLine(w, e.message, `report:unreadable.${e.code}`) : e.message);

/** Why a replay does not play, in `w`'s language (English: the replay's detailed line). */
export const replayFailureLine = (f: Pick<ReplayFailure, 'problem' | 'message' | 'turn'>, w: Words = room.words()): string =>
  problemLine(w, f.message, `report:replay.${f.problem}`, { turn: f.turn ?? 0 });

/** A whole number as the language writes it: rounded, grouped, a minus sign (−) before a negative. */
export function whole(v: number): string {
  const r = Math.round(v) || 0;
  return r < 0 ? `−${room.words().number(-r)}` : room.words().number(r);
}

/** A share (0–1) as a whole percentage: "44%". */
export const percent = (v: number): string => say('percent', { n: Math.round(v * 100) || 0 });

/**
 * Names in a row. English keeps the comma series its reports have always had (a report is
 * verified by re-deriving it); other languages join them as they write a list ("a, b és c").
 */
export const series = (items: readonly string[]): string => (room.words().lang === 'en' ? items.join(', ') : room.words().list(items));

/** A side's name inside a sentence: "The revolutionaries" → "the revolutionaries", "A forradalmárok" → "a forradalmárok". */
export const inSentence = (name: string): string => name.replace(room.words().lang === 'hu' ? /^(A|Az) / : /^(The) /, (_m, article: string) => `${article.toLowerCase()} `);
