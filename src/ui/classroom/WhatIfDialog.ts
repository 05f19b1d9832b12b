// Choosing a what-if: the decisions taken on one day of a game, each with its options
// (the one taken marked); change one or more, give a reason, and play on, either at the
// keyboard or by itself with the original's other choices.
import { MAX_REASON } from '../../engine';
import { longDate } from '../lib/words';
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
  const d = new Dialog({ title: `What if? ${longDate(report.date)}`, className: 'what-if-dialog' });
  const problem = h('p', { class: 'field-error', role: 'alert', 'data-testid': 'what-if-error' });
  const decisions = report.decisions.filter((x) => ctx.rules.decisions.has(x.decision));
  if (!decisions.length) {
    d.body.appendChild(h('p', null, 'No decision was taken on this day. Step to another day to change one.'));
    d.footer.appendChild(h('button', { type: 'button', class: 'button primary', on: { click: () => d.close() } }, 'Close'));
    return d.open();
  }
  d.body.appendChild(
    h('p', null, 'Change one or more of the day’s decisions. The fork starts from this morning with the same seed: every draw of chance that does not depend on the change stays as it was, so the two games differ only by its consequences.'),
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
          ? 'Taken by a player in this game.'
          : rd.by === 'forced'
            ? 'Forced by this game’s setup: it cannot be changed here.'
            : `Taken by ${WHO_LABELS[rd.by] ?? 'the computer'}; changing it forces the choice on that side in the fork.`),
      ...def.options.map((o) => {
        const id = `${name}-${o.id}`;
        return h(
          'div',
          { class: 'option', 'data-option': o.id },
          h('input', { type: 'radio', name, id, value: o.id, checked: o.id === rd.option, disabled: forced }),
          h('label', { for: id }, h('span', { class: 'option-label' }, o.label, o.historical ? h('span', { class: 'tag history' }, 'history’s choice') : null, o.id === rd.option ? h('span', { class: 'tag' }, 'taken') : null)),
        );
      }),
    );
  });
  const reason = h('input', { type: 'text', id: 'wi-reason', class: 'reason-input', maxlength: MAX_REASON, autocomplete: 'off', placeholder: 'What if… (optional)' });
  d.body.append(...groups, h('div', { class: 'reason-field' }, h('label', { for: 'wi-reason' }, 'The reason for the change, in one line (kept in the fork’s journal)'), reason), problem);

  const go = (mode: ForkMode): void => {
    const changes: Record<string, string> = {};
    for (const rd of decisions) {
      const picked = d.body.querySelector<HTMLInputElement>(`input[name="wi-${rd.decision}"]:checked`)?.value;
      if (picked && picked !== rd.option) changes[rd.decision] = picked;
    }
    if (!Object.keys(changes).length) {
      problem.textContent = 'Choose another option for at least one decision.';
      return;
    }
    const failure = start({ day, changes, reason: reason.value }, mode);
    if (failure) problem.textContent = `The fork could not be made: ${failure}.`;
    else d.close();
  };
  d.footer.append(
    h('button', { type: 'button', class: 'button', on: { click: () => d.close() } }, 'Cancel'),
    h('button', { type: 'button', class: 'button', 'data-action': 'fork-play', on: { click: () => go('play') } }, 'Play on yourself'),
    h('button', { type: 'button', class: 'button primary', 'data-action': 'fork-auto', on: { click: () => go('auto') } }, 'Play on by itself and compare'),
  );
  return d.open();
}
