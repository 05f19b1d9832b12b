// The language the page speaks, chosen before anything is drawn: `?lang=` in the address,
// else the one remembered on this device, else the browser's own. Changing it reloads the
// page in the new language (nothing of the game is lost: the save is language-free).
import { LANGUAGES, isLanguage, makeWords } from '../../i18n';
import type { Language, Messages, Words } from '../../i18n';
import { speakReports } from '../../classroom';
import { speakHistory } from '../../history';
// Three namespaces are in the code already (the saves, the classroom's reports and the
// history's account keep their words in both languages, for the command line and the tests):
// those are not fetched again.
import enShell from '../../../scenarios/messages/en/shell.json';
import huShell from '../../../scenarios/messages/hu/shell.json';
import enReport from '../../../scenarios/messages/en/report.json';
import huReport from '../../../scenarios/messages/hu/report.json';
import enHistory from '../../../scenarios/messages/en/history.json';
import huHistory from '../../../scenarios/messages/hu/history.json';

// The messages are data, fetched like the scenario's own texts: only the page's language,
// never the other one (a switch reloads the page). A message missing in Hungarian would fall
// back to English, but a test keeps every key in both, so English is not fetched for it.
// (Not the command line's own messages, nor those in the code already.)
const urls = import.meta.glob<string>(['../../../scenarios/messages/*/*.json', '!**/cli.json', '!**/shell.json', '!**/report.json', '!**/history.json'], { query: '?url', import: 'default', eager: true });
// Outside a page (the shell's modules tested in Node, where there is nothing to fetch from)
// the same files are imported instead; the built site holds no such import.
const modules = import.meta.env.MODE === 'test' ? import.meta.glob<Record<string, string>>(['../../../scenarios/messages/*/*.json', '!**/cli.json', '!**/shell.json', '!**/report.json', '!**/history.json'], { import: 'default' }) : {};
const BUNDLED: Record<Language, Messages> = {
  en: { shell: enShell, report: enReport, history: enHistory },
  hu: { shell: huShell, report: huReport, history: huHistory },
};
const STORE = 'nineteen-days:lang';

/** Where a messages file is: its language and namespace. */
function place(path: string): { lang: Language; ns: string } | null {
  const m = /messages\/([a-z]{2})\/([\w-]+)\.json$/.exec(path);
  if (!m || !isLanguage(m[1])) return null;
  return { lang: m[1], ns: m[2]! };
}

async function messages(lang: Language): Promise<Partial<Record<Language, Messages>>> {
  const out: Messages = { ...BUNDLED[lang] };
  const wanted = Object.entries(urls).flatMap(([path, url]) => {
    const p = place(path);
    return p?.lang === lang ? [{ ns: p.ns, url, path }] : [];
  });
  await Promise.all(
    wanted.map(async ({ ns, url, path }) => {
      const load = modules[path];
      if (load && typeof location === 'undefined') {
        out[ns] = await load();
        return;
      }
      const res = await fetch(url);
      if (!res.ok) throw new Error(`${url}: ${res.status}`);
      out[ns] = (await res.json()) as Record<string, string>;
    }),
  );
  return { [lang]: out };
}

function remembered(): string | null {
  try {
    return localStorage.getItem(STORE);
  } catch {
    return null;
  }
}

function chosen(): Language {
  // Outside a page (the shell's modules tested in Node) there is no address, storage or browser: English.
  if (typeof location === 'undefined' || typeof navigator === 'undefined') return 'en';
  const asked = new URLSearchParams(location.search).get('lang');
  if (isLanguage(asked)) return asked;
  const kept = remembered();
  if (isLanguage(kept)) return kept;
  return navigator.language.toLowerCase().startsWith('hu') ? 'hu' : 'en';
}

const lang = chosen();
export const words: Words = makeWords(lang, await messages(lang));
export const t = words.t;
export const longDate = words.longDate;
export const shortDate = words.shortDate;
export { LANGUAGES };
export type { Language };

if (typeof document !== 'undefined') document.documentElement.lang = words.lang;
// The evening's account and the class reports speak the page's language too.
speakHistory(words.lang);
speakReports(words.lang);

/** Speak `lang` from now on: remembered, and the page reloaded in it (the address keeps ?lang). */
export function setLanguage(lang: Language): void {
  try {
    localStorage.setItem(STORE, lang);
  } catch {
    // Storage refused: the address still carries the language.
  }
  const url = new URL(location.href);
  url.searchParams.set('lang', lang);
  location.assign(url.toString());
}
