// The glossary as a dialog: every term with its definition and its source, opened at the
// term that was clicked.
import type { Scenario } from '../../scenario/resolve';
import { quoteTranslation, sectionName } from './source';
import { h } from '../lib/dom';
import { focusOn } from '../lib/focus';
import { t } from '../lib/words';
import { Dialog } from './dialogs';
import './GlossaryDialog.css';

export function openGlossary(scenario: Scenario | null, focusId?: string): void {
  const entries = [...(scenario?.glossary ?? [])].sort((a, b) => a.term.localeCompare(b.term, 'hu'));
  const people = [...(scenario?.people ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'hu'));
  const d = new Dialog({ title: t('common:glossary'), className: 'glossary', close: t('common:close') });
  if (!entries.length) d.body.appendChild(h('p', null, t('title:glossary.none')));
  const list = h('dl', { class: 'glossary-list' });
  let target: HTMLElement | null = null;
  for (const e of entries) {
    const dt = h('dt', { id: `glossary-${e.id}`, tabindex: '-1' }, e.term);
    if (e.id === focusId) {
      dt.classList.add('current');
      target = dt;
    }
    list.append(dt, h('dd', null, h('p', null, e.definition), h('p', { class: 'source' }, t('title:glossary.source', { section: sectionName(e.source.section), quote: e.source.quote })), quoteTranslation(e.source)));
  }
  d.body.appendChild(list);
  if (people.length) {
    d.body.appendChild(h('h3', null, t('title:glossary.people')));
    const pl = h('dl', { class: 'glossary-list people' });
    for (const p of people) {
      const side = scenario?.sides.find((s) => s.id === p.side);
      pl.append(h('dt', { id: `person-${p.id}` }, p.name), h('dd', null, h('p', null, p.role, side ? ` (${side.name})` : ''), h('p', { class: 'source' }, t('title:glossary.source', { section: sectionName(p.source.section), quote: p.source.quote })), quoteTranslation(p.source)));
    }
    d.body.appendChild(pl);
  }
  d.open();
  if (target) {
    target.scrollIntoView({ block: 'center' });
    focusOn(target);
  }
}
