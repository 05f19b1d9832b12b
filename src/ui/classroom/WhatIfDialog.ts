// Choosing a what-if: the decisions taken on one day of a game, each with its options
// (the one taken marked); change one or more, give a reason, and play on, either at the
// keyboard or by itself with the original's other choices.
import { MAX_REASON } from '../../engine';
import { longDate, t } from '../lib/words';
import { h } from '../lib/dom';
import { WHO_LABELS } from '../lib/format';
import type { UiContext } from '../panels/context';
import { Dialog } from '../panels/dialogs';
import { sideBadge } from '../panels/emblem';
import type { ForkSpec, ViewedGame } from './fork';
import { dayEnds } from './fork';
import '../panels/DecisionCard.css';
import './WhatIfDialog.css';

export type ForkMode = 'auto' | 'play';

export function openWhatIf(ctx: UiContext, game: ViewedGame, day: number, start: (spec: ForkSpec, mode: ForkMode) => string | null): Dialog {
  const state = dayEnds(game)[day - 1]!;
  const report = state.report!;
  const d = new Dialog({ title: t('classroom:whatif.title', { date: longDate(report.date) }), className: 'what-if-dialog' });
  const problem = h('p', { class: 'field-error', role: 'alert', 'data-testid': 'what-if-error' });
  const decisions = report.decisions.filter((x) => ctx.rules.decisions.has(x.decision));
  if (!decisions.length) {
    d.body.appendChild(h('p', null, t('classroom:whatif.noDecision')));
    d.footer.appendChild(h('button', { type: 'button', class: 'button primary', on: { click: () => d.close() } }, t('common:close')));
    return d.open();
  }
  d.body.appendChild(
    h('p', null, t('classroom:whatif.intro')),
  );
  const groups = decisions.map((rd) => {
    const def = ctx.rules.decisions.get(rd.decision)!;
    const name = `wi-${rd.decision}`;
    const forced = rd.by === 'forced';
    return h(
      'fieldset',
      { class: 'what-if-decision', 'data-decision': rd.decision },
      h('legend', null, sideBadge(ctx.side(rd.side), ctx.side(rd.side)?.short), ' ', def.title),
      h('p', { class: 'decision-meta' }, rd.by === 'player'
          ? t('classroom:whatif.byPlayer')
          : rd.by === 'forced'
            ? t('classroom:whatif.forced')
            : t('classroom:whatif.byComputer', { who: WHO_LABELS[rd.by] ?? t('classroom:whatif.theComputer') })),
      ...def.options.map((o) => {
        const id = `${name}-${o.id}`;
        return h(
          'div',
          { class: 'option', 'data-option': o.id },
          h('input', { type: 'radio', name, id, value: o.id, checked: o.id === rd.option, disabled: forced }),
          h('label', { for: id }, h('span', { class: 'option-label' }, o.label, o.historical ? h('span', { class: 'tag history' }, t('classroom:historysChoice')) : null, o.id === rd.option ? h('span', { class: 'tag' }, t('classroom:whatif.taken')) : null)),
        );
      }),
    );
  });
  const reason = h('input', { type: 'text', id: 'wi-reason', class: 'reason-input', maxlength: MAX_REASON, autocomplete: 'off', placeholder: t('classroom:whatif.reasonPlaceholder') });
  d.body.append(...groups, h('div', { class: 'reason-field' }, h('label', { for: 'wi-reason' }, t('classroom:whatif.reasonLabel')), reason), problem);

  const go = (mode: ForkMode): void => {
    const changes: Record<string, string> = {};
    for (const rd of decisions) {
      const picked = d.body.querySelector<HTMLInputElement>(`input[name="wi-${rd.decision}"]:checked`)?.value;
      if (picked && picked !== rd.option) changes[rd.decision] = picked;
    }
    if (!Object.keys(changes).length) {
      problem.textContent = t('classroom:whatif.nothingChanged');
      return;
    }
    const failure = start({ day, changes, reason: reason.value }, mode);
    if (failure) problem.textContent = t('classroom:whatif.failed', { reason: failure });
    else d.close();
  };
  d.footer.append(
    h('button', { type: 'button', class: 'button', on: { click: () => d.close() } }, t('classroom:whatif.cancel')),
    h('button', { type: 'button', class: 'button', 'data-action': 'fork-play', on: { click: () => go('play') } }, t('classroom:whatif.play')),
    h('button', { type: 'button', class: 'button primary', 'data-action': 'fork-auto', on: { click: () => go('auto') } }, t('classroom:whatif.auto')),
  );
  return d.open();
}
