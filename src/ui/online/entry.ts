// On the title screen, when the page is served by the class server: join a class with its
// code, or open one as its teacher.
import { POLICIES } from '../../engine';
import type { PolicyId } from '../../engine';
import type { Scenario } from '../../scenario/resolve';
import { h, replaceChildren } from '../lib/dom';
import { t } from '../lib/words';
import { sideBadge } from '../panels/emblem';

export interface EntryHandlers {
  join(code: string, name: string, solo: boolean, side: string | undefined): Promise<string | null>;
  open(title: string, scenario: string, sides: string[], policy: PolicyId): Promise<string | null>;
  rejoin?: () => void;
}

/** The buttons added to the title's menu, and the forms they open in the title's body. */
export function onlineEntry(scenarios: Scenario[], body: HTMLElement, handlers: EntryHandlers, rejoinLabel?: string): HTMLElement {
  const exercises = scenarios.filter((s) => s.roles.length > 0);
  const section = h('div', { class: 'online-entry', role: 'group', 'aria-label': t('shell:entry.group') });
  if (handlers.rejoin && rejoinLabel) {
    section.appendChild(h('button', { type: 'button', class: 'button primary', 'data-action': 'online-rejoin', on: { click: () => handlers.rejoin!() } }, t('shell:entry.rejoin'), h('span', { class: 'button-note' }, rejoinLabel)));
  }
  section.append(
    h('button', { type: 'button', class: 'button', 'data-action': 'online-join', on: { click: () => showJoin() } }, t('shell:entry.join'), h('span', { class: 'button-note' }, t('shell:entry.joinNote'))),
    h('button', { type: 'button', class: 'button', 'data-action': 'online-open', on: { click: () => showOpen() } }, t('shell:entry.open'), h('span', { class: 'button-note' }, t('shell:entry.openNote'))),
  );

  const showJoin = (): void => {
    const code = h('input', { id: 'oj-code', name: 'code', type: 'text', required: true, maxlength: 12, autocomplete: 'off', spellcheck: 'false', autocapitalize: 'characters', inputmode: 'text' });
    const name = h('input', { id: 'oj-name', name: 'name', type: 'text', required: true, maxlength: 40, autocomplete: 'nickname' });
    const solo = h('input', { id: 'oj-solo', type: 'checkbox' });
    const side = h('select', { id: 'oj-side', disabled: true });
    side.appendChild(h('option', { value: '' }, t('shell:entry.firstSide')));
    for (const s of exercises.flatMap((x) => x.roles.map((r) => r.side)).filter((v, i, a) => a.indexOf(v) === i)) side.appendChild(h('option', { value: s }, scenarios[0]?.sides.find((x) => x.id === s)?.name ?? s));
    solo.addEventListener('change', () => (side.disabled = !solo.checked));
    const error = h('p', { class: 'field-error', role: 'alert', 'data-testid': 'join-error' });
    const submit = h('button', { type: 'submit', class: 'button primary', 'data-action': 'join' }, t('shell:entry.joinSubmit'));
    const form = h(
      'form',
      { class: 'online-form', 'aria-labelledby': 'oj-h' },
      h('h2', { id: 'oj-h' }, t('shell:entry.join')),
      h('p', { class: 'field-note' }, t('shell:entry.joinPrivacy')),
      h('label', { for: 'oj-code' }, t('shell:entry.code')),
      code,
      h('label', { for: 'oj-name' }, t('shell:entry.name')),
      name,
      h('div', { class: 'mode-choice' }, solo, h('label', { for: 'oj-solo' }, t('shell:entry.solo'))),
      h('label', { for: 'oj-side' }, t('shell:entry.soloSide')),
      side,
      error,
      h('div', { class: 'actions' }, submit),
    );
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      submit.disabled = true;
      error.textContent = '';
      void handlers.join(code.value, name.value, solo.checked, side.value || undefined).then((problem) => {
        submit.disabled = false;
        if (problem) error.textContent = problem;
      });
    });
    replaceChildren(body, form);
    code.focus();
  };

  const showOpen = (): void => {
    const title = h('input', { id: 'oo-title', type: 'text', required: true, maxlength: 120, value: '' });
    const scenario = h('select', { id: 'oo-scenario' });
    for (const s of exercises) scenario.appendChild(h('option', { value: s.id, selected: s.id === 'presidium' }, s.title));
    const sides = h('fieldset', { class: 'sides' });
    const policy = h('select', { id: 'oo-policy' });
    for (const p of POLICIES) policy.appendChild(h('option', { value: p }, t(`shell:policy.${p}`)));

    const renderSides = (): void => {
      const s = exercises.find((x) => x.id === scenario.value) ?? exercises[0]!;
      replaceChildren(sides, h('legend', null, t('shell:entry.sides')));
      s.roles.slice(0, 6).forEach((r) => {
        const id = `oo-side-${r.side}`;
        sides.appendChild(h('div', { class: 'side-choice' }, h('input', { type: 'checkbox', id, value: r.side, checked: true }), h('label', { for: id }, sideBadge(s.sides.find((x) => x.id === r.side)), h('span', { class: 'role-brief' }, r.brief))));
      });
    };
    scenario.addEventListener('change', renderSides);
    renderSides();
    const error = h('p', { class: 'field-error', role: 'alert' });
    const submit = h('button', { type: 'submit', class: 'button primary', 'data-action': 'open-class' }, t('shell:entry.openSubmit'));
    const form = h(
      'form',
      { class: 'online-form', 'aria-labelledby': 'oo-h' },
      h('h2', { id: 'oo-h' }, t('shell:entry.open')),
      h('p', { class: 'field-note' }, t('shell:entry.openAbout')),
      h('label', { for: 'oo-title' }, t('shell:entry.title')),
      title,
      h('label', { for: 'oo-scenario' }, t('shell:entry.exercise')),
      scenario,
      sides,
      h('label', { for: 'oo-policy' }, t('shell:entry.policy')),
      policy,
      error,
      h('div', { class: 'actions' }, submit),
    );
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const chosen = [...sides.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value);
      if (!chosen.length) {
        error.textContent = t('shell:entry.noSide');

        return;
      }
      submit.disabled = true;
      void handlers.open(title.value, scenario.value, chosen, policy.value as PolicyId).then((problem) => {
        submit.disabled = false;
        if (problem) error.textContent = problem;
      });
    });
    replaceChildren(body, form);
    title.focus();
  };

  return section;
}
