// A role's objectives: the scenario's text, and once the game is over the server's scoring
// of them (the classroom's scoreObjectives: met, partly or not, and by what figure).
import type { Scenario } from '../../scenario/resolve';
import { h } from '../lib/dom';
import { t } from '../lib/words';

interface Scored {
  side: string;
  id?: string;
  text: string;
  met: 'yes' | 'partly' | 'no';
  detail: string;
}
/** A scored objective's line: its text from the page's scenario by its id (the server's English when unknown). */
function scoredLine(scenario: Scenario, o: Scored): string {
  const met = o.met === 'yes' || o.met === 'partly' || o.met === 'no' ? o.met : 'other';
  const text = scenario.roles.find((r) => r.side === o.side)?.objectives.find((x) => x.id === o.id)?.text ?? o.text;
  return t('shell:objectives.scored', { text, met, other: String(o.met), detail: o.detail });
}

/** The objectives of `side` (every role's when null): the text, and the scores when there are any. */
export function objectivesBlock(scenario: Scenario, side: string | null, scored: unknown): HTMLElement {
  const roles = scenario.roles.filter((r) => side === null || r.side === side);
  const list = Array.isArray(scored) ? (scored as Scored[]) : scored && typeof scored === 'object' ? (Object.values(scored as Record<string, unknown>).flat() as Scored[]) : null;
  return h(
    'div',
    { class: 'objectives-block', 'data-testid': 'objectives' },
    h('h3', null, side === null ? t('shell:objectives.all') : t('shell:objectives.yours')),
    ...roles.map((r) =>
      h(
        'div',
        { class: 'role-objectives', 'data-side': r.side },
        side === null ? h('h4', null, scenario.sides.find((s) => s.id === r.side)?.name ?? r.side) : null,
        h('ul', null, ...r.objectives.map((o) => h('li', null, o.text))),
      ),
    ),
    list && list.length ? h('div', { class: 'scored' }, h('h4', null, t('shell:objectives.scoredHead'))
, h('ul', null, ...list.filter((o) => !side || o.side === side).map((o) => h('li', null, scoredLine(scenario, o))))) : null,
  );
}
