// A source's quote stays in the article's English; in another language the game's own
// translation follows it, marked as the game's.
import { h } from '../lib/dom';
import { t } from '../lib/words';

export function quoteTranslation(source: { quote: string }): HTMLElement | null {
  const tr = (source as { quoteTranslation?: string }).quoteTranslation;
  return tr ? h('p', { class: 'source quote-translation', 'data-testid': 'quote-translation' }, t('common:quoteTranslated', { text: tr })) : null;
}
