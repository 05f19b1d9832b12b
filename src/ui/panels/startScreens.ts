// The pages around the title: the one while the record loads (the title's card with a
// progress bar), and the one when the game cannot start.
import { h } from '../lib/dom';
import { t } from '../lib/words';
import './TitleScreen.css';

/** The loading page; `bar` is the progress bar the scenario files move. */
export function loadingScreen(bar: HTMLProgressElement): HTMLElement {
  return h('main', { class: 'title-screen loading' }, h('div', { class: 'title-card' }, h('h1', null, t('title:name')), h('p', { class: 'subtitle' }, t('title:loading')), bar));
}

/** The page when the game cannot start (scenarios that fail their checks, a map that will not load). */
export function errorScreen(title: string, lines: string[]): HTMLElement {
  return h(
    'main',
    { class: 'title-screen' },
    h('div', { class: 'title-card', role: 'alert' }, h('h1', null, title), h('ul', { class: 'issues' }, ...lines.map((l) => h('li', null, h('code', null, l)))), h('p', null, t('title:reload'))),
  );
}
