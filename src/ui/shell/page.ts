// The page's fixed parts (index.html): the frame the screens fill in. Looked up when
// first asked for, so a module can hold them before the page is parsed.
import { byId } from '../lib/dom';
import { t } from '../lib/words';
import './page.css';

export const page = {
  /** The frame of the map and the panels; its data attributes say what is on screen. */
  get app(): HTMLElement {
    return byId('app');
  },
  get topbar(): HTMLElement {
    return byId('topbar');
  },
  get panel(): HTMLElement {
    return byId('side-panel');
  },
  /** Where the full-page screens go (title, briefing, hand-over, end…), over the map. */
  get screenRoot(): HTMLElement {
    return byId('screen-root');
  },
  get mapWrap(): HTMLElement {
    return byId('map-wrap');
  },
  get mapHost(): HTMLElement {
    return byId('map-host');
  },
  /** The link past the bar to the page's main part, for the keyboard. */
  get skipLink(): HTMLAnchorElement {
    return document.querySelector<HTMLAnchorElement>('.skip-link')!;
  },
  /** The fixed parts' words in the page's language (index.html is written in English). */
  speak(): void {
    document.title = t('shell:page.title');
    byId('map-host').setAttribute('aria-label', t('shell:page.mapLabel'));
  },
  /** Say what is ready for the player (the browser tests and the measuring script wait on it). */
  ready(label: string): void {
    byId('app').dataset.ready = label;
  },
};
