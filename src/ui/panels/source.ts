// A source's quote stays in the article's English; in another language the game's own
// translation follows it, marked as the game's. The article's section names are translated
// as data (scenarios/messages/<lang>/sources.json, keyed by the English name).
import { h } from '../lib/dom';
import { t } from '../lib/words';

export function quoteTranslation(source: { quote: string }): HTMLElement | null {
  const tr = (source as { quoteTranslation?: string }).quoteTranslation;
  return tr ? h('p', { class: 'source quote-translation', 'data-testid': 'quote-translation' }, t('common:quoteTranslated', { text: tr })) : null;
}

/** The name of the article's section a source is from, in the page's language. */
export const sectionName = (section: string): string => t(`sources:section.${section}`, { defaultValue: section });
