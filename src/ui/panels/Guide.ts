// A short guided first day: the map, the decisions, the orders, the turn and the
// report, one step at a time beside the part it explains. Also the "Help" button.
import { h, replaceChildren } from '../lib/dom';
import { focusOn } from '../lib/focus';
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
    title: 'The map',
    target: '#map-wrap',
    text: [
      'Budapest in 1956: Buda west of the Danube, Pest east of it, Csepel island to the south. Each area is coloured, patterned and marked with the symbol of the side that holds it; the key is in the corner.',
      'Hover over an area (or tap it) for its forces, unrest and casualties; click it to see it in full. The inset shows Hungary’s towns and the Austrian border. Zoom with the buttons or the mouse wheel, and drag to move.',
    ],
  },
  {
    title: 'The decisions',
    target: '#decisions',
    text: [
      'Each morning brings the decision points history put before your side. Read the question and the context from the record, weigh the options and their likely effects, and decide. A one-line reason is kept in your journal.',
      'History’s choice is marked. You may follow it, or try the other path.',
    ],
  },
  {
    title: 'Standing orders',
    target: '#orders',
    text: ['Give your forces an order in each area: attack, hold, withdraw, negotiate. Orders stand until you change them. The list is also the map’s content in words: each area name selects it.'],
  },
  {
    title: 'The turn',
    target: '#end-turn',
    text: ['When you have decided, end the turn. The other sides act, the day is resolved with seeded luck, and it plays out on the map: columns on the roads, fighting, crowds, people leaving for Austria. “Reduce motion” in the bar above turns the animation off.'],
  },
  {
    title: 'The evening report',
    text: [
      'Each evening a bulletin of the day sets the day in this game beside the day in history: events with their times, people, places and sources; the figures of both, with estimates marked; where your game left history; and how far it has drifted.',
      'Made a choice you regret? “Back a day” lets you decide again. The game saves itself after every turn.',
    ],
  },
];

export function openGuide(onDone: () => void): Dialog {
  let index = 0;
  const d = new Dialog({ title: 'How to play', className: 'guide', modeless: true, onClose: () => { mark(null); onDone(); } });
  const counter = h('p', { class: 'guide-step' });
  const content = h('div', { class: 'guide-content' });
  const back = h('button', { type: 'button', class: 'button', on: { click: () => go(index - 1) } }, 'Back');
  const next = h('button', { type: 'button', class: 'button primary', 'data-action': 'guide-next', on: { click: () => (index === STEPS.length - 1 ? d.close() : go(index + 1)) } }, 'Next');
  const close = h('button', { type: 'button', class: 'button quiet-button', 'data-action': 'guide-close', on: { click: () => d.close() } }, 'Close the guide');
  d.body.append(counter, content);
  d.footer.append(close, back, next);
  const mark = (selector: string | null): void => {
    for (const el of document.querySelectorAll('.guide-target')) el.classList.remove('guide-target');
    if (selector) document.querySelector(selector)?.classList.add('guide-target');
  };
  const go = (i: number): void => {
    index = Math.max(0, Math.min(STEPS.length - 1, i));
    const step = STEPS[index]!;
    counter.textContent = `${index + 1} of ${STEPS.length}`;
    replaceChildren(content, h('h3', null, step.title), ...step.text.map((t) => h('p', null, t)));
    back.disabled = index === 0;
    next.textContent = index === STEPS.length - 1 ? 'Begin' : 'Next';
    mark(step.target ?? null);
  };
  d.el.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') d.close();
  });
  go(0);
  d.open();
  focusOn(next);
  return d;
}
