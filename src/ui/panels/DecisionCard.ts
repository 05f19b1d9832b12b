// One decision point of the morning: the question, the context from the record, the
// options with their likely effects, an optional one-line reason, and the button.
import type { GameState } from '../../engine';
import { quoteTranslation, sectionName } from './source';
import { MAX_REASON } from '../../engine';
import type { Decision } from '../../scenario/schema';
import { h } from '../lib/dom';
import { t } from '../lib/words';
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
      h('p', { class: 'decided-line', 'data-testid': 'decided' }, h('strong', null, t('game:card.decided')), option?.label ?? chosen.option, option?.historical ? h('span', { class: 'tag history' }, t('game:card.asHistory')) : h('span', { class: 'tag left' }, t('game:card.leaves'))),
      ...(chosen.reason ? [h('p', { class: 'reason' }, t('common:quote', { text: chosen.reason }))] : []),
      h('button', { type: 'button', class: 'button small', 'aria-label': t('game:card.reconsiderLabel', { title: decision.title }), on: { click: () => handlers.reconsider(decision) } }, t('game:card.reconsider')),
    );
    return card;
  }
  card.appendChild(h('p', { class: 'prompt' }, ctx.text(decision.prompt, seen)));
  const record = h(
    'details',
    { class: 'record' },
    h('summary', null, t('game:card.record')),
    decision.context ? h('p', null, ctx.text(decision.context, seen)) : null,
    h('p', { class: 'source' }, h('span', { class: 'meta-label' }, t('common:source')), t('common:sourceLine', { section: sectionName(decision.source.section), quote: decision.source.quote })),
    quoteTranslation(decision.source),
    decision.dateEstimate ? h('p', { class: 'source' }, h('span', { class: 'meta-label' }, t('game:card.dateEstimated')), decision.dateEstimate.basis) : null,
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
          h('span', { class: 'option-label' }, o.label, o.historical ? h('span', { class: 'tag history' }, t('game:card.historysChoice')) : null),
          o.description ? h('span', { class: 'option-desc' }, ctx.text(o.description, seen)) : null,
          o.likely ? h('span', { class: 'likely' }, h('span', { class: 'meta-label' }, t('game:card.likely')), o.likely) : null,
        ),
      ),
    );
  });
  card.appendChild(options);
  const reasonId = `reason-${decision.id}`;
  const reason = h('input', { type: 'text', id: reasonId, class: 'reason-input', maxlength: MAX_REASON, autocomplete: 'off', placeholder: t('game:card.placeholder') });
  const problem = h('p', { class: 'field-error', role: 'alert' });
  const submit = (): void => {
    const picked = options.querySelector<HTMLInputElement>('input[type=radio]:checked');
    if (!picked) {
      problem.textContent = t('game:card.choose');
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
    h('div', { class: 'reason-field' }, h('label', { for: reasonId }, t('game:card.reason')), reason),
    problem,
    h('button', { type: 'button', class: 'button primary decide', 'data-action': 'decide', on: { click: submit } }, t('game:card.decide')),
    h('p', { class: 'field-note decide-note' }, t('game:card.note')),
  );
  return card;
}
