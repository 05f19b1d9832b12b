// Replays as people bring them: a replay file, a code, a report that carries a code, a
// link with the code in it, or many files and pasted codes at once for a class.
import { REPORT_FORMAT, replayText } from '../../classroom';
import type { ClassEntry } from '../../classroom';
import { parseReplay, ReplayFormatError } from '../../replay';
import type { Replay } from '../../replay';
import type { ReplayProblems } from '../lib/refusal';

/** The players' names a downloaded report may carry, at most this long. */
export const MAX_NAMES = 120;

/** A replay from a replay file's text, a code, or an end report (which carries the code). Throws ReplayFormatError. */
function replayFromText(text: string): Replay {
  return parseReplay(replayText(text));
}

// This module also runs without a page (the autosave's tests): its own words are English
// unless the page passes its messages in.
const ENGLISH: ReplayProblems = {
  empty: () => 'Paste a replay code, or choose a replay file.',
  broken: (reason) => (reason === null ? 'This replay cannot be loaded.' : `This replay cannot be loaded: ${reason}.`),
};

/** The replay in what a player pasted or chose, or the one line that says why it cannot be read. */
export function readReplay(text: string, say: ReplayProblems = ENGLISH): Replay | string {
  if (!text.trim()) return say.empty();
  try {
    return replayFromText(text);
  } catch (e) {
    return e instanceof ReplayFormatError ? say.broken(e.message, e.code) : say.broken(null);
  }
}

/** The replay code a link carries: `#replay=ND1.…` or `?replay=ND1.…`; null when none. */
export function codeFromLocation(loc: { hash: string; search: string }): string | null {
  const fromHash = new URLSearchParams(loc.hash.replace(/^#/, '')).get('replay');
  const fromQuery = new URLSearchParams(loc.search).get('replay');
  const code = fromHash ?? fromQuery;
  // URLSearchParams reads "+" as a space; a code has neither.
  return code === null ? null : code.replace(/ /g, '+').trim();
}

/** A link to this page that opens the replay viewer on a code (what `codeFromLocation` reads). */
export function linkFor(code: string, loc: { origin: string; pathname: string } = location): string {
  return `${loc.origin}${loc.pathname}#replay=${code}`;
}

/** Pasted codes, one a line: each non-empty line is an entry, named by its line ("pasted line 3", or as `name` says it). */
export function pastedEntries(text: string, name: (line: number) => string = (line) => `pasted line ${line}`): ClassEntry[] {
  const out: ClassEntry[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim()) out.push({ name: name(i + 1), text: line.trim() });
  });
  return out;
}

/** Files chosen at once, each an entry named by its file name. */
export async function fileEntries(files: Iterable<File>): Promise<ClassEntry[]> {
  const list = [...files];
  const texts = await Promise.all(list.map((f) => f.text().then((t) => t, () => '')));
  return list.map((f, i) => {
    const text = texts[i] ?? '';
    const names = reportNames(text);
    return { name: names ? `${f.name} (${names})` : f.name, text };
  });
}

/** The players' names a downloaded report may carry. */
function reportNames(text: string): string {
  if (!text.trimStart().startsWith('{')) return '';
  try {
    const data = JSON.parse(text) as { format?: unknown; names?: unknown };
    return data.format === REPORT_FORMAT && typeof data.names === 'string' ? data.names.slice(0, MAX_NAMES) : '';
  } catch {
    return '';
  }
}

/** The scenario of the first entry that reads as a replay; null when none does. */
export function firstScenario(entries: ClassEntry[]): string | null {
  for (const e of entries) {
    try {
      return replayFromText(e.text).scenario.id;
    } catch {
      // Broken entries are named by the comparison itself.
    }
  }
  return null;
}
