// The teacher's dashboard, live: the join code, who has joined, which group is on which
// day, outcomes and objectives as games end, every hand-in (refused ones with the reason),
// and the class comparison from the games the server has verified. The teacher can hand a
// seat to the computer, close the class, export it, or delete it with everything in it.
import type { Scenario } from '../../scenario/resolve';
import { longDate, t, words } from '../lib/words';
import { h, replaceChildren } from '../lib/dom';
import { page } from '../shell/page';
import { copyText } from '../lib/share';
import { message } from '../panels/dialogs';
import { sideBadge } from '../panels/emblem';
import { call, problemOf } from './api';
import { handInReason, serverSaid } from './reasons';
import type { Dashboard } from './api';
import { LiveSocket } from './socket';
import type { Status } from './socket';
import { objectivesBlock } from './objectives';
import { decisionOf, gameName, outcomeLabelOf, sideNameOf } from './names';

export interface TeacherHandlers {
  title(): void;
  deleted(): void;
}

export class TeacherScreen {
  readonly el = h('main', { class: 'online-screen teacher', 'aria-labelledby': 'ot-h', 'data-testid': 'dashboard' });
  private socket: LiveSocket;
  private data: Dashboard | null = null;
  private status: Status = 'connecting';
  private problem = '';

  constructor(
    private readonly scenarios: ReadonlyMap<string, Scenario>,
    private readonly classId: string,
    private readonly key: string,
    private readonly handlers: TeacherHandlers,
  ) {
    this.socket = new LiveSocket(
      // The page's language: the server scores the finished games' objectives in it.
      { teacherKey: key, classId, lang: words.lang },
      (m) => {
        if (m.type === 'dashboard') {
          this.data = m.dashboard as Dashboard;
          this.render();
        } else if (m.type === 'error') {
          this.problem = serverSaid(String(m.code ?? ''), String(m.message ?? ''), m.values);
          this.render();
        }
      },
      (s) => {
        this.status = s;
        this.render();
      },
    );
    this.render();
  }

  close(): void {
    this.socket.close();
  }

  /** The private link: the key in the fragment, which browsers never send to a server. */
  private get link(): string {
    const u = new URL(location.href);
    u.hash = `class=${encodeURIComponent(this.classId)}&key=${encodeURIComponent(this.key)}`;
    return u.toString();
  }

  private render(): void {
    const d = this.data;
    const parts: (HTMLElement | null)[] = [];
    parts.push(
      h(
        'header',
        { class: 'online-head' },
        h('h1', { id: 'ot-h', tabindex: '-1' }, d ? d.class.title : t('shell:teacher.yourClass')),
        h('p', { class: `connection ${this.status}`, 'aria-live': 'polite' }, this.status === 'open' ? t('shell:teacher.live') : t(`shell:status.${this.status}`)),
      ),
    );
    if (this.problem) parts.push(h('p', { class: 'field-error', role: 'alert' }, this.problem));
    if (!d) {
      replaceChildren(this.el, ...parts, h('p', null, t('shell:teacher.loading')));
      return;
    }
    const scenario = this.scenarios.get(d.class.scenario.id);
    parts.push(this.joinBox(d), this.controls(d));
    parts.push(this.groups(d, scenario));
    parts.push(this.students(d, scenario));
    parts.push(this.handIns(d, scenario));
    parts.push(this.comparison(d, scenario));
    if (scenario) parts.push(h('section', { class: 'panel-section' }, objectivesBlock(scenario, null, null)));
    parts.push(h('footer', { class: 'online-foot' }, h('button', { type: 'button', class: 'button quiet-button', on: { click: () => this.handlers.title() } }, t('shell:toTitle'))));
    const focused = document.activeElement?.getAttribute('data-focus-key');
    replaceChildren(this.el, ...parts);
    if (focused) this.el.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(focused)}"]`)?.focus();
    page.ready(`dashboard:${d.groups.map((g) => g.status).join(',')}`);
  }

  private joinBox(d: Dashboard): HTMLElement {
    const status = h('p', { class: 'copy-status', 'aria-live': 'polite' });
    return h(
      'section',
      { class: 'join-box', 'aria-label': t('shell:teacher.joining') },
      h('p', { class: 'join-label' }, d.class.status === 'open' ? t('shell:teacher.joinWith') : t('shell:teacher.closed')),
      h('p', { class: 'join-code', 'data-testid': 'join-code' }, d.class.joinCode),
      h('p', { class: 'field-note' }, t('shell:teacher.linkNote', { title: (this.scenarios.get(d.class.scenario.id)?.title ?? d.class.scenario.title).replace(/\.$/, '') })),
      h(
        'div',
        { class: 'actions' },
        h('button', { type: 'button', class: 'button small', 'data-focus-key': 'copy-link', on: { click: () => copyText(this.link, status) } }, t('shell:teacher.copyLink')),
        h('button', { type: 'button', class: 'button small', 'data-focus-key': 'copy-code', on: { click: () => copyText(d.class.joinCode, status) } }, t('shell:teacher.copyCode')),
      ),
      status,
    );
  }

  private controls(d: Dashboard): HTMLElement {
    const status = h('p', { class: 'field-note', 'aria-live': 'polite' });
    const download = async (kind: 'csv' | 'json'): Promise<void> => {
      try {
        const res = await fetch(new URL(`api/classes/${encodeURIComponent(this.classId)}/export.${kind}`, location.href), { headers: { authorization: `Bearer ${this.key}` } });
        if (!res.ok) throw new Error(t('shell:teacher.serverAnswered', { status: res.status }));
        const url = URL.createObjectURL(await res.blob());
        const a = h('a', { href: url, download: `class-${this.classId}.${kind}` });
        document.body.appendChild(a);
        a.click();
        a.remove();
        setTimeout(() => URL.revokeObjectURL(url), 10_000);
      } catch (e) {
        status.textContent = t('shell:teacher.exportFailed', { error: (e as Error).message });
      }
    };
    const closeClass = (): void => {
      message(t('shell:teacher.closeQ'), t('shell:teacher.closeAbout'), [
        { label: t('shell:teacher.close'), primary: true, action: () => void call('POST', `classes/${encodeURIComponent(this.classId)}/close`, { key: this.key }).catch((e: unknown) => (status.textContent = problemOf(e))) },
        { label: t('shell:teacher.keepOpen'), action: () => undefined },
      ]);
    };
    const deleteClass = (): void => {
      message(t('shell:teacher.deleteQ'), t('shell:teacher.deleteAbout'), [
        {
          label: t('shell:teacher.deleteAll'),
          primary: true,
          action: () =>
            void call('DELETE', `classes/${encodeURIComponent(this.classId)}`, { key: this.key }).then(
              () => this.handlers.deleted(),
              (e: unknown) => (status.textContent = problemOf(e)),
            ),
        },
        { label: t('common:cancel'), action: () => undefined },
      ]);
    };
    return h(
      'section',
      { class: 'class-controls', 'aria-label': t('shell:teacher.theClass') },
      h(
        'div',
        { class: 'actions' },
        h('button', { type: 'button', class: 'button small', 'data-action': 'export-csv', on: { click: () => void download('csv') } }, t('shell:teacher.exportCsv')),
        h('button', { type: 'button', class: 'button small', 'data-action': 'export-json', on: { click: () => void download('json') } }, t('shell:teacher.exportJson')),
        d.class.status === 'open' ? h('button', { type: 'button', class: 'button small', 'data-action': 'close-class', on: { click: closeClass } }, t('shell:teacher.close')) : null,
        h('button', { type: 'button', class: 'button small danger', 'data-action': 'delete-class', on: { click: deleteClass } }, t('shell:teacher.delete')),
      ),
      status,
    );
  }

  private groups(d: Dashboard, scenario: Scenario | undefined): HTMLElement {
    const days = scenario ? Math.round((Date.parse(scenario.end) - Date.parse(scenario.start)) / 86_400_000) + 1 : 0;
    const rows = d.groups.map((g) =>
      h(
        'tr',
        { 'data-group': String(g.number), 'data-status': g.status },
        h('th', { scope: 'row' }, t('shell:teacher.groupName', { solo: g.solo ? 'yes' : 'no', number: g.number })),
        h(
          'td',
          null,
          h(
            'ul',
            { class: 'seats compact' },
            ...g.seats.map((s) =>
              h(
                'li',
                { class: 'seat', 'data-side': s.side, 'data-ready': String(s.ready) },
                sideBadge(scenario?.sides.find((x) => x.id === s.side), sideNameOf(scenario, s.side, s.sideName)),
                h('span', { class: 'seat-name' }, s.name ?? t('shell:seat.free')),
                h('span', { class: 'seat-state' }, s.computer ? t('shell:seat.state.computer') : s.ready ? t('shell:seat.state.ended') : g.status === 'playing' ? t('shell:seat.state.deciding') : ''),
                s.name && !s.computer ? h('span', { class: `online-dot${s.online ? ' on' : ''}` }, s.online ? t('shell:seat.online') : t('shell:seat.offline')) : null,
                g.status !== 'over' && d.class.status === 'open'
                  ? h(
                      'button',
                      {
                        type: 'button',
                        class: 'button small',
                        'data-action': s.computer ? 'hand-back' : 'computer-plays',
                        'data-focus-key': `seat-${g.id}-${s.side}`,
                        on: { click: () => void this.setComputer(g.id, s.side, !s.computer) },
                      },
                      s.computer ? t('shell:teacher.handBack') : t('shell:teacher.computerPlays'),
                    )
                  : null,
              ),
            ),
          ),
        ),
        h('td', { 'data-testid': 'group-day', 'data-label': t('shell:teacher.col.day') }, g.status === 'waiting' ? t('shell:teacher.waitingPlayers') : g.status === 'over' ? t('shell:teacher.finished') : days ? t('shell:teacher.dayOf', { date: longDate(g.date), day: g.day + 1, days }) : longDate(g.date)),
        h('td', { 'data-testid': 'group-outcome', 'data-label': t('shell:teacher.col.outcome') }, g.outcome ? h('span', null, outcomeLabelOf(scenario, g.outcome), ' ', h('span', { class: `tag ${g.outcome.historical ? 'history' : 'left'}` }, g.outcome.historical ? t('shell:outcome.history') : t('shell:outcome.left'))) : '—'),
        h('td', null, g.objectives && scenario ? objectivesBlock(scenario, null, g.objectives) : g.status === 'over' ? t('shell:teacher.seeBelow') : ''),
      ),
    );
    return h(
      'section',
      { class: 'panel-section', 'aria-labelledby': 'ot-groups' },
      h('h2', { id: 'ot-groups' }, t('shell:teacher.groups')),
      rows.length
        ? h('div', { class: 'table-wrap' }, h('table', { class: 'groups-table' }, h('thead', null, h('tr', null, h('th', { scope: 'col' }, t('shell:teacher.col.group')), h('th', { scope: 'col' }, t('shell:teacher.col.players')), h('th', { scope: 'col' }, t('shell:teacher.col.day')), h('th', { scope: 'col' }, t('shell:teacher.col.outcome')), h('th', { scope: 'col' }, t('shell:teacher.col.objectives')))), h('tbody', null, ...rows)))
        : h('p', null, t('shell:teacher.nobody')),
    );
  }

  private async setComputer(groupId: string, side: string, on: boolean): Promise<void> {
    try {
      await call('POST', `classes/${encodeURIComponent(this.classId)}/groups/${encodeURIComponent(groupId)}/seats/${encodeURIComponent(side)}`, { key: this.key, body: { computer: on } });
    } catch (e) {
      this.problem = problemOf(e);
      this.render();
    }
  }

  private students(d: Dashboard, scenario: Scenario | undefined): HTMLElement {
    return h(
      'section',
      { class: 'panel-section', 'aria-labelledby': 'ot-students' },
      h('h2', { id: 'ot-students' }, t('shell:teacher.students', { n: d.students.length })),
      h(
        'ul',
        { class: 'students', 'data-testid': 'students' },
        ...d.students.map((s) => h('li', null, h('span', { class: `online-dot${s.online ? ' on' : ''}` }, s.online ? t('shell:seat.online') : t('shell:seat.offline')), ' ', h('span', { class: 'student-name' }, s.name), s.seat ? h('span', { class: 'field-note' }, t('shell:teacher.studentSeat', { group: s.seat.group, side: sideNameOf(scenario, s.seat.side, d.roles.find((r) => r.side === s.seat!.side)?.sideName ?? s.seat.side) })) : null)),
      ),
    );
  }

  /** A scenario's title on the page (in its language), by id. */
  private readonly titleOf = (id: string): string | undefined => this.scenarios.get(id)?.title;

  private handIns(d: Dashboard, scenario: Scenario | undefined): HTMLElement {
    return h(
      'section',
      { class: 'panel-section', 'aria-labelledby': 'ot-hand' },
      h('h2', { id: 'ot-hand' }, t('shell:teacher.handIns')),
      d.submissions.length
        ? h(
            'ul',
            { class: 'hand-ins', 'data-testid': 'hand-ins' },
            ...d.submissions.map((s) =>
              h(
                'li',
                { 'data-verified': String(s.verified) },
                h('span', { class: `tag ${s.verified ? 'history' : 'left'}` }, s.verified ? t('shell:teacher.verified') : t('shell:teacher.refused')),
                ' ',
                s.source === 'game' ? t('shell:teacher.groupGame', { group: s.group ?? '?', solo: d.groups.find((g) => g.number === s.group)?.solo ? 'yes' : 'no' }) : t('shell:teacher.upload', { name: s.name ?? t('shell:teacher.aStudent') }),
                s.outcome ? t('shell:teacher.handInOutcome', { outcome: outcomeLabelOf(scenario, s.outcome) }) : '',
                s.reason ? h('span', { class: 'reason' }, `: ${handInReason(s, this.titleOf)}`) : null,
              ),
            ),
          )
        : h('p', null, t('shell:teacher.noHandIns')),
    );
  }

  private comparison(d: Dashboard, scenario: Scenario | undefined): HTMLElement {
    const c = d.comparison;
    const outcomes = Object.entries(c.outcomes).filter(([, o]) => o.count > 0);
    return h(
      'section',
      { class: 'panel-section', 'aria-labelledby': 'ot-cmp', 'data-testid': 'comparison' },
      h('h2', { id: 'ot-cmp' }, t('shell:teacher.comparison', { n: c.games.length })),
      c.games.length
        ? h('ul', { class: 'outcome-counts' }, ...outcomes.map(([id, o]) => h('li', { 'data-outcome': id }, t('shell:teacher.outcomeCount', { label: outcomeLabelOf(scenario, { id, label: o.label }), n: o.count }), o.historical ? h('span', { class: 'tag history' }, t('shell:teacher.historys')) : null)))
        : h('p', null, t('shell:teacher.fillsIn')),
      c.decisions.length
        ? h(
            'div',
            { class: 'table-wrap' },
            h(
              'table',
              { class: 'shares' },
              h('thead', null, h('tr', null, h('th', { scope: 'col' }, t('shell:teacher.col.decision')), h('th', { scope: 'col' }, t('shell:teacher.col.chose')), h('th', { scope: 'col' }, t('shell:teacher.col.history')))),
              h(
                'tbody',
                null,
                ...c.decisions.map((x) => {
                  const said = decisionOf(scenario, x);
                  return h(
                    'tr',
                    { 'data-decision': x.decision },
                    h('th', { scope: 'row' }, said.title),
                    h('td', { 'data-label': t('shell:teacher.col.chose') }, Object.entries(x.counts).filter(([, n]) => n > 0).map(([o, n]) => t('shell:teacher.outcomeCount', { label: said.label(o), n })).join('; ')),
                    h('td', { 'data-label': t('shell:teacher.col.history') }, t('shell:teacher.share', { pct: words.number(Math.round(x.historicalShare * 100)) })),
                  );
                }),
              ),
            ),
          )
        : null,
      c.excluded.length ? h('p', { class: 'field-note', 'data-testid': 'left-out' }, t('shell:teacher.leftOut', { list: c.excluded.map((e) => t('shell:teacher.leftOutGame', { name: gameName(e), reason: handInReason(e, this.titleOf) ?? e.reason })).join('; ') })) : null,
    );
  }
}
