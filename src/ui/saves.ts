// Games from saves and replays: the autosave on the title screen, a replay file, code or
// report to play on. Never throws: the answer is a session or a one-line reason.
import type { Replay } from '../replay';
import type { Scenario } from '../scenario/resolve';
import en from '../../scenarios/messages/en/shell.json';
import hu from '../../scenarios/messages/hu/shell.json';
import reportEn from '../../scenarios/messages/en/report.json';
import reportHu from '../../scenarios/messages/hu/report.json';
import { makeWords, problemLine } from '../i18n';
import type { Language, Words } from '../i18n';
import type { SeatTurn } from './classroom/hotseat';
import { readReplay } from './classroom/replayInput';
import type { ReplayProblems } from './lib/refusal';
import { Session } from './session';
import { replayFailureLine } from '../classroom';
import { choicesOf } from './replayAgain';
import type { Choices } from './replayAgain';
import { readAutosave } from './storage';
import type { SaveOwner } from './storage';

// The words of the saves (this module runs in the tests as well as the page, so it keeps its own).
// The shell's words, and the report's for why a replay cannot be read or played (one home for those lines).
const MESSAGES = { en: { shell: en as Record<string, string>, report: reportEn as Record<string, string> }, hu: { shell: hu as Record<string, string>, report: reportHu as Record<string, string> } };
let words: Words = makeWords('en', MESSAGES);

/** Speak of the saves in `lang` from now on (English until called). */
export function speakSaves(lang: Language): void {
  words = makeWords(lang, MESSAGES);
}

/** What the title screen says of the autosave: what it is, whose it is, and for one that cannot be restored, what can still be done with it. */
export type SaveStatus =
  | { kind: 'none' }
  | ({ kind: 'ok'; summary: string } & SaveOwner)
  | ({
      kind: 'broken';
      reason: string;
      /** The save as a file: its replay when it has one, else the stored text as it is. */
      file: { name: string; text: string };
      /** Its choices, to play again under the present rules (an older engine or format, a changed scenario); null when it has none. */
      choices: Choices | null;
    } & SaveOwner);

/** The autosave played back: the game to continue and, with several players, whose turn it was. */
export interface RestoredGame {
  session: Session;
  seat: SeatTurn | null;
}

/** A session from a replay, or why it cannot be played (`altered`: its checksum fails, so its choices are not the players'). */
function sessionFromReplay(scenarios: ReadonlyMap<string, Scenario>, replay: Replay): Session | { reason: string; altered: boolean } {
  const scenario = scenarios.get(replay.scenario.id);
  if (!scenario) return { reason: words.t('shell:saves.noScenario', { id: replay.scenario.id }), altered: false };
  const result = Session.fromReplay(scenario, replay);
  if (result instanceof Session) return result;
  return { reason: replayFailureLine(result, words), altered: result.problem === 'CHECKSUM' };
}

/** A session from a replay file's text, a code or a report; a message for the player when it cannot be. */
export function sessionFromText(scenarios: ReadonlyMap<string, Scenario>, text: string, say?: ReplayProblems): Session | string {
  const replay = readReplay(text, say);
  if (typeof replay === 'string') return replay;
  const result = sessionFromReplay(scenarios, replay);
  return result instanceof Session ? result : words.t('shell:saves.cannotPlay', { reason: result.reason });
}

/** The file a save that cannot be restored is kept as. */
function saveFile(text: string, replayData: unknown, savedAt: string): { name: string; text: string } {
  const day = /^\d{4}-\d{2}-\d{2}/.exec(savedAt)?.[0] ?? new Date().toISOString().slice(0, 10);
  const isReplay = !!replayData && typeof replayData === 'object' && (replayData as { format?: unknown }).format === 'nineteen-days-replay';
  return { name: `nineteen-days-unrestored-save-${day}.json`, text: isReplay ? JSON.stringify(replayData, null, 2) : text };
}

/** The autosave, played back: what the title screen says of it, and the game to continue. */
export function restoreAutosave(scenarios: ReadonlyMap<string, Scenario>): { status: SaveStatus; game: RestoredGame | null } {
  const save = readAutosave();
  if (!save) return { status: { kind: 'none' }, game: null };
  const owner: SaveOwner = { names: save.names, savedAt: save.savedAt };
  if (!save.ok) {
    return { status: { kind: 'broken', reason: problemLine(words, save.reason, save.said.key, save.said.values), file: saveFile(save.text, save.replayData, save.savedAt), choices: choicesOf(save.replayData), ...owner }, game: null };
  }
  const session = sessionFromReplay(scenarios, save.replay);
  if (!(session instanceof Session)) {
    // Altered since it was saved: its choices are not offered as the players'.
    return { status: { kind: 'broken', reason: session.reason, file: saveFile('', save.replay, save.savedAt), choices: session.altered ? null : choicesOf(save.replay), ...owner }, game: null };
  }
  const sides = session.playerSides.map((s) => session.scenario.sides.find((x) => x.id === s)?.short ?? s).join(', ');
  const s = session.state;
  const title = session.scenario.title;
  return {
    status: { kind: 'ok', summary: s.status === 'over' ? words.t('shell:saves.over', { title, outcome: s.outcome?.label ?? '' }) : words.t('shell:saves.day', { title, day: s.day + 1, date: words.longDate(s.date), sides: sides ? 'yes' : 'no', list: sides }),
 ...owner },
    game: { session, seat: save.seat },
  };
}
