// The interface's words in each language: ICU messages (plurals, selects, numbers) through
// i18next with its ICU format, and dates, numbers and lists through Intl, so no sentence is
// glued together in code. Pure: the messages come in as data (scenarios/messages/<lang>/<ns>.json),
// read by the shell that runs (the browser through Vite, the command line from disk).
import i18next from 'i18next';
import type { i18n } from 'i18next';
import ICU from 'i18next-icu';

export const LANGUAGES = ['en', 'hu'] as const;
export type Language = (typeof LANGUAGES)[number];
export const isLanguage = (v: unknown): v is Language => typeof v === 'string' && (LANGUAGES as readonly string[]).includes(v);
/** The BCP 47 tag for Intl and <html lang>. */
export const LOCALE: Record<Language, string> = { en: 'en-GB', hu: 'hu-HU' };

/** namespace → key → ICU message. */
export type Messages = Record<string, Record<string, string>>;

export interface Words {
  lang: Language;
  /** The message `ns:key` (or `key` in the default namespace) with its values filled in. */
  t: (key: string, values?: Record<string, unknown>) => string;
  /** "1956. október 23., kedd" / "Tuesday 23 October 1956". */
  longDate: (iso: string) => string;
  /** "okt. 23." / "23 Oct". */
  shortDate: (iso: string) => string;
  number: (n: number) => string;
  /** "a, b és c" / "a, b and c". */
  list: (items: readonly string[]) => string;
}

/**
 * A problem said for the reader: in English the program's own line, with its every detail (the
 * versions, the hashes); in another language the message of its code.
 */
export function problemLine(w: Words, english: string, key: string, values?: Record<string, unknown>): string {
  return w.lang === 'en' ? english : w.t(key, values);
}

// A calendar date to format, not a clock: noon UTC so that no time zone moves the day.
// eslint-disable-next-line no-restricted-globals
const utc = (iso: string): Date => new Date(`${iso.slice(0, 10)}T12:00:00Z`);

/** Words for `lang`; a message missing in `lang` falls back to English (a test keeps every key in both). */
export function makeWords(lang: Language, messages: Partial<Record<Language, Messages>>): Words {
  const instance: i18n = i18next.createInstance();
  void instance.use(ICU).init({
    lng: lang,
    fallbackLng: 'en',
    initAsync: false,
    defaultNS: 'common',
    ns: [...new Set(Object.values(messages).flatMap((m) => Object.keys(m ?? {})))],
    resources: Object.fromEntries(Object.entries(messages).map(([l, m]) => [l, m ?? {}])),
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  const locale = LOCALE[lang];
  const long = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const short = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  // Hungarian writes 2 500 as well as 13 000: the space from four digits on.
  const num = new Intl.NumberFormat(locale, (lang === 'hu' ? { useGrouping: 'always' } : {}) as Intl.NumberFormatOptions);
  const lists = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
  return {
    lang,
    t: (key, values) => instance.t(key, values ?? {}) as string,
    longDate: (iso) => long.format(utc(iso)),
    shortDate: (iso) => short.format(utc(iso)),
    number: (n) => num.format(n),
    list: (items) => lists.format(items),
  };
}

/**
 * A room's voice: the words of one namespace in the language the shells chose at start-up
 * (English until they choose). The history and the classroom each hold one.
 */
export function voice(ns: string, messages: Record<Language, Record<string, string>>): {
  speak: (lang: Language) => void;
  words: () => Words;
  say: (key: string, values?: Record<string, unknown>) => string;
} {
  const all = { en: { [ns]: messages.en }, hu: { [ns]: messages.hu } };
  let words = makeWords('en', all);
  return {
    speak: (lang) => {
      words = makeWords(lang, all);
    },
    words: () => words,
    say: (key, values) => words.t(`${ns}:${key}`, values),
  };
}
