// The class server's words in the page's language: its refusals (from their code, with the
// values they name: a number, a date) and why a hand-in was refused (from its reason code, with
// the classroom's messages: report:replay.*, report:unreadable.*, report:handIn.*). English keeps
// the server's own detailed line for a hand-in; a hand-in refused before the codes has only that.
import { problemLine } from '../../i18n';
import type { Words } from '../../i18n';
import { serverRefusal } from '../lib/refusal';
import { words } from '../lib/words';

type Values = Record<string, unknown>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A value as the page writes it: a date (ISO) as its long date, a number with the language's grouping. */
function written(values: Values, w: Words): Values {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, typeof v === 'string' && ISO_DATE.test(v) ? w.longDate(v) : typeof v === 'number' ? w.number(v) : v]));
}

/** A refusal of the class server, said from its code with the values it sent (docs/SERVER.md). */
export function serverSaid(code: string | undefined, message: string, values?: unknown, w: Words = words): string {
  if (!code || !values || typeof values !== 'object' || Object.keys(values).length === 0) return serverRefusal(code, message, w);
  return w.t(`shell:server.${code}`, { ...written(values as Values, w), defaultValue: serverRefusal(undefined, message, w) });
}

/** The message of a hand-in's reason code. */
function reasonKey(code: string): string {
  if (code.startsWith('UNREADABLE.')) return `report:unreadable.${code.slice('UNREADABLE.'.length)}`;
  switch (code) {
    case 'WRONG_SCENARIO':
      return 'report:handIn.wrongScenario';
    case 'REPORT_MISMATCH':
      return 'report:handIn.reportMismatch';
    case 'NO_REPLAY_CODE':
      return 'report:handIn.noReplayCode';
    case 'UNREADABLE':
      return 'shell:teacher.reason.UNREADABLE';
    case 'SAME_GAME':
      return 'shell:teacher.reason.SAME_GAME';
    default:
      return `report:replay.${code}`;
  }
}

/** Why a hand-in was refused, in the page's language: its code's message (English: the server's line). */
export function handInReason(s: { reason: string | null; reasonCode?: string | null; reasonValues?: Values | null }, titleOf: (id: string) => string | undefined = () => undefined, w: Words = words): string | null {
  if (s.reason === null) return null;
  if (!s.reasonCode) return s.reason;
  const values: Values = { turn: 0, ...written(s.reasonValues ?? {}, w) };
  // Another exercise's game: the scenarios named by their titles on the page, not their ids.
  if (s.reasonCode === 'WRONG_SCENARIO') for (const k of ['game', 'exercise']) if (typeof values[k] === 'string') values[k] = titleOf(values[k]) ?? values[k];
  return problemLine(w, s.reason, reasonKey(s.reasonCode), { ...values, defaultValue: s.reason });
}
