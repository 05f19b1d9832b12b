// The language the page speaks, chosen before anything is drawn: `?lang=` in the address,
// else the one remembered on this device, else the browser's own. Changing it reloads the
// page in the new language (nothing of the game is lost: the save is language-free).
import { LANGUAGES, isLanguage, makeWords } from '../../i18n';
import type { Language, Messages, Words } from '../../i18n';
import { speakReports } from '../../classroom';
import { speakHistory } from '../../history';

const files = import.meta.glob<Record<string, string>>('../../../scenarios/messages/*/*.json', { eager: true, import: 'default' });
const STORE = 'nineteen-days:lang';

function messages(): Partial<Record<Language, Messages>> {
  const out: Partial<Record<Language, Messages>> = {};
  for (const [path, data] of Object.entries(files)) {
    const m = /messages\/([a-z]{2})\/([\w-]+)\.json$/.exec(path);
    if (!m || !isLanguage(m[1])) continue;
    (out[m[1]] ??= {})[m[2]!] = data;
  }
  return out;
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

export const words: Words = makeWords(chosen(), messages());
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
