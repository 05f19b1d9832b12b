// The language switch (the title screen and the game's menu): each language named in its own
// words, and the page reloaded in the one chosen. The game is saved before the page goes.
import { h } from '../lib/dom';
import { LANGUAGES, setLanguage, t, words } from '../lib/words';
import type { Language } from '../lib/words';

export function languageSwitch(id: string): HTMLElement {
  const select = h(
    'select',
    { id, 'data-testid': 'language', on: { change: (e: Event) => setLanguage((e.target as HTMLSelectElement).value as Language) } },
    ...LANGUAGES.map((l) => h('option', { value: l, lang: l, selected: l === words.lang }, t(`common:language.${l}`))),
  );
  return h('span', { class: 'language-switch' }, h('label', { for: id }, t('common:language')), ' ', select);
}
