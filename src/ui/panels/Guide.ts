// A short guided first day: the map, the decisions, the orders, the turn and the
// report, one step at a time beside the part it explains. Also the "Help" button.
import { h, replaceChildren } from '../lib/dom';
import { focusOn } from '../lib/focus';
import { t } from '../lib/words';
import { Dialog } from './dialogs';
import './Guide.css';

interface Step {
  title: string;
  text: string[];
  /** CSS selector of the part of the screen the step is about. */
  target?: string;
}

const STEPS: Step[] = [
  {
    title: t('title:guide.map'),
    target: '#map-wrap',
    text: [
      t('title:guide.map1'),
      t('title:guide.map2'),
    ],
  },
  {
    title: t('title:guide.decisions'),
    target: '#decisions',
    text: [
      t('title:guide.decisions1'),
      t('title:guide.decisions2'),
    ],
  },
  {
    title: t('title:guide.orders'),
    target: '#orders',
    text: [t('title:guide.orders1')],
  },
  {
    title: t('title:guide.turn'),
    target: '#end-turn',
    text: [t('title:guide.turn1')],
  },
  {
    title: t('title:guide.report'),
    text: [
      t('title:guide.report1'),
      t('title:guide.report2'),
    ],
  },
];

export function openGuide(onDone: () => void): Dialog {
  let index = 0;
  const d = new Dialog({ title: t('title:howToPlay'), className: 'guide', modeless: true, onClose: () => { mark(null); onDone(); } });
  const counter = h('p', { class: 'guide-step' });
  const content = h('div', { class: 'guide-content' });
  const back = h('button', { type: 'button', class: 'button', on: { click: () => go(index - 1) } }, t('common:back'));
  const next = h('button', { type: 'button', class: 'button primary', 'data-action': 'guide-next', on: { click: () => (index === STEPS.length - 1 ? d.close() : go(index + 1)) } }, t('common:next'));
  const close = h('button', { type: 'button', class: 'button quiet-button', 'data-action': 'guide-close', on: { click: () => d.close() } }, t('title:guide.close'));
  d.body.append(counter, content);
  d.footer.append(close, back, next);
  const mark = (selector: string | null): void => {
    for (const el of document.querySelectorAll('.guide-target')) el.classList.remove('guide-target');
    if (selector) document.querySelector(selector)?.classList.add('guide-target');
  };
  const go = (i: number): void => {
    index = Math.max(0, Math.min(STEPS.length - 1, i));
    const step = STEPS[index]!;
    counter.textContent = t('title:guide.step', { n: index + 1, total: STEPS.length });
    replaceChildren(content, h('h3', null, step.title), ...step.text.map((p) => h('p', null, p)));
    back.disabled = index === 0;
    next.textContent = index === STEPS.length - 1 ? t('title:guide.begin') : t('common:next');
    mark(step.target ?? null);
  };
  // Escape closes the guide wherever the focus is (the morning may take it while the guide
  // opens), unless something above the guide (a modal dialog, a menu) is the one to close.
  const onKey = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    const target = e.target instanceof Element ? e.target : null;
    if (document.querySelector('dialog[open]:not(.guide)') || target?.closest('[role=menu], [role=listbox]')) return;
    d.close();
  };
  document.addEventListener('keydown', onKey);
  d.el.addEventListener('close', () => document.removeEventListener('keydown', onKey));
  go(0);
  d.open();
  focusOn(next);
  return d;
}
