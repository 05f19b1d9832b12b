// One decision point of the morning: the question, the context from the record, the
// options with their likely effects, an optional one-line reason, and the button.
import type { GameState } from '../../engine';
import { MAX_REASON } from '../../engine';
import type { Decision } from '../../scenario/schema';
import { h } from '../lib/dom';
import { focusOn } from '../lib/focus';
import type { UiContext } from './context';
import './DecisionCard.css';

export interface DecisionHandlers {
  decide(decision: Decision, option: string, reason: string): void;
  reconsider(decision: Decision): void;
}

export function decisionCard(ctx: UiContext, state: GameState, decision: Decision, handlers: DecisionHandlers): HTMLElement {
  const chosen = state.chosen[decision.id];
  const seen = new Set<string>();
  const card = h('section', { class: `decision${chosen ? ' decided' : ''}`, 'data-decision': decision.id, 'aria-labelledby': `dec-${decision.id}` });
  card.appendChild(h('h3', { id: `dec-${decision.id}`, class: 'decision-title' }, decision.title));
  if (chosen) {
    // Taken: the card folds to the choice, the reason and the way to reconsider.
    const option = decision.options.find((o) => o.id === chosen.option);
    card.append(
      h('p', { class: 'decided-line', 'data-testid': 'decided' }, h('strong', null, 'Decided: '), option?.label ?? chosen.option, option?.historical ? h('span', { class: 'tag history' }, 'as in history') : h('span', { class: 'tag left' }, 'leaves history')),
      ...(chosen.reason ? [h('p', { class: 'reason' }, `“${chosen.reason}”`)] : []),
      h('button', { type: 'button', class: 'button small', 'aria-label': `Reconsider: ${decision.title}`, on: { click: () => handlers.reconsider(decision) } }, 'Reconsider'),
    );
    return card;
  }
  card.appendChild(h('p', { class: 'prompt' }, ctx.text(decision.prompt, seen)));
  const record = h(
    'details',
    { class: 'record' },
    h('summary', null, 'From the record'),
    decision.context ? h('p', null, ctx.text(decision.context, seen)) : null,
    h('p', { class: 'source' }, h('span', { class: 'meta-label' }, 'Source: '), `${decision.source.section} — “${decision.source.quote}”`),
    decision.dateEstimate ? h('p', { class: 'source' }, h('span', { class: 'meta-label' }, 'Date estimated: '), decision.dateEstimate.basis) : null,
  );
  card.appendChild(record);

  const name = `opt-${decision.id}`;
  const options = h('div', { class: 'options', role: 'radiogroup', 'aria-labelledby': `dec-${decision.id}` });
  decision.options.forEach((o) => {
    const id = `${name}-${o.id}`;
    options.appendChild(
      h(
        'div',
        { class: 'option', 'data-option': o.id, 'data-historical': o.historical ? 'true' : 'false' },
        h('input', { type: 'radio', name, id, value: o.id }),
        h(
          'label',
          { for: id },
          h('span', { class: 'option-label' }, o.label, o.historical ? h('span', { class: 'tag history' }, 'history’s choice') : null),
          o.description ? h('span', { class: 'option-desc' }, ctx.text(o.description, seen)) : null,
          o.likely ? h('span', { class: 'likely' }, h('span', { class: 'meta-label' }, 'Likely: '), o.likely) : null,
        ),
      ),
    );
  });
  card.appendChild(options);
  const reasonId = `reason-${decision.id}`;
  const reason = h('input', { type: 'text', id: reasonId, class: 'reason-input', maxlength: MAX_REASON, autocomplete: 'off', placeholder: 'Why? (optional)' });
  const problem = h('p', { class: 'field-error', role: 'alert' });
  const submit = (): void => {
    const picked = options.querySelector<HTMLInputElement>('input[type=radio]:checked');
    if (!picked) {
      problem.textContent = 'Choose one of the options first.';
      focusOn('input[type=radio]', options);
      return;
    }
    handlers.decide(decision, picked.value, reason.value);
  };
  reason.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      submit();
    }
  });
  card.append(
    h('div', { class: 'reason-field' }, h('label', { for: reasonId }, 'Your reason, in one line (optional)'), reason),
    problem,
    h('button', { type: 'button', class: 'button primary decide', 'data-action': 'decide', on: { click: submit } }, 'Decide'),
    h('p', { class: 'field-note decide-note' }, 'Or pick an option and end the turn: it is taken with your reason.'),
  );
  return card;
}
