// The teacher's dashboard, live: the join code, who has joined, which group is on which
// day, outcomes and objectives as games end, every hand-in (refused ones with the reason),
// and the class comparison from the games the server has verified. The teacher can hand a
// seat to the computer, close the class, export it, or delete it with everything in it.
import type { Scenario } from '../../scenario/resolve';
import { longDate } from '../lib/words';
import { h, replaceChildren } from '../lib/dom';
import { page } from '../shell/page';
import { copyText } from '../lib/share';
import { message } from '../panels/dialogs';
import { sideBadge } from '../panels/emblem';
import { call } from './api';
import type { Dashboard } from './api';
import { LiveSocket } from './socket';
import type { Status } from './socket';
import { objectivesBlock } from './objectives';

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
      { teacherKey: key, classId },
      (m) => {
        if (m.type === 'dashboard') {
          this.data = m.dashboard as Dashboard;
          this.render();
        } else if (m.type === 'error') {
          this.problem = String(m.message ?? '');
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
        h('h1', { id: 'ot-h', tabindex: '-1' }, d ? d.class.title : 'Your class'),
        h('p', { class: `connection ${this.status}`, 'aria-live': 'polite' }, this.status === 'open' ? 'Live' : this.status === 'reconnecting' ? 'Connection lost: reconnecting…' : this.status === 'closed' ? 'Disconnected' : 'Connecting…'),
      ),
    );
    if (this.problem) parts.push(h('p', { class: 'field-error', role: 'alert' }, this.problem));
    if (!d) {
      replaceChildren(this.el, ...parts, h('p', null, 'Loading the class…'));
      return;
    }
    const scenario = this.scenarios.get(d.class.scenario.id);
    parts.push(this.joinBox(d), this.controls(d));
    parts.push(this.groups(d, scenario));
    parts.push(this.students(d));
    parts.push(this.handIns(d));
    parts.push(this.comparison(d));
    if (scenario) parts.push(h('section', { class: 'panel-section' }, objectivesBlock(scenario, null, null)));
    parts.push(h('footer', { class: 'online-foot' }, h('button', { type: 'button', class: 'button quiet-button', on: { click: () => this.handlers.title() } }, 'To the title screen')));
    const focused = document.activeElement?.getAttribute('data-focus-key');
    replaceChildren(this.el, ...parts);
    if (focused) this.el.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(focused)}"]`)?.focus();
    page.ready(`dashboard:${d.groups.map((g) => g.status).join(',')}`);
  }

  private joinBox(d: Dashboard): HTMLElement {
    const status = h('p', { class: 'copy-status', 'aria-live': 'polite' });
    return h(
      'section',
      { class: 'join-box', 'aria-label': 'Joining' },
      h('p', { class: 'join-label' }, d.class.status === 'open' ? 'Students join with the code' : 'The class is closed'),
      h('p', { class: 'join-code', 'data-testid': 'join-code' }, d.class.joinCode),
      h('p', { class: 'field-note' }, `${d.class.scenario.title}. Your private link opens this dashboard on any device: keep it to yourself.`),
      h(
        'div',
        { class: 'actions' },
        h('button', { type: 'button', class: 'button small', 'data-focus-key': 'copy-link', on: { click: () => copyText(this.link, status) } }, 'Copy my private link'),
        h('button', { type: 'button', class: 'button small', 'data-focus-key': 'copy-code', on: { click: () => copyText(d.class.joinCode, status) } }, 'Copy the code'),
      ),
      status,
    );
  }

  private controls(d: Dashboard): HTMLElement {
    const status = h('p', { class: 'field-note', 'aria-live': 'polite' });
    const download = async (kind: 'csv' | 'json'): Promise<void> => {
      try {
        const res = await fetch(new URL(`api/classes/${encodeURIComponent(this.classId)}/export.${kind}`, location.href), { headers: { authorization: `Bearer ${this.key}` } });
        if (!res.ok) throw new Error(`the server answered ${res.status}`);
        const url = URL.createObjectURL(await res.blob());
        const a = h('a', { href: url, download: `class-${this.classId}.${kind}` });
        document.body.appendChild(a);
        a.click();
        a.remove();
        setTimeout(() => URL.revokeObjectURL(url), 10_000);
      } catch (e) {
        status.textContent = `The export failed: ${(e as Error).message}.`;
      }
    };
    const closeClass = (): void => {
      message('Close the class?', 'Nobody can join, move or hand in any more. Everything stays here to read and export.', [
        { label: 'Close the class', primary: true, action: () => void call('POST', `classes/${encodeURIComponent(this.classId)}/close`, { key: this.key }).catch((e: Error) => (status.textContent = e.message)) },
        { label: 'Keep it open', action: () => undefined },
      ]);
    };
    const deleteClass = (): void => {
      message('Delete the class and everything in it?', 'The students, their games and hand-ins are deleted from the server. This cannot be undone: export the class first if you want to keep it.', [
        {
          label: 'Delete everything',
          primary: true,
          action: () =>
            void call('DELETE', `classes/${encodeURIComponent(this.classId)}`, { key: this.key }).then(
              () => this.handlers.deleted(),
              (e: Error) => (status.textContent = e.message),
            ),
        },
        { label: 'Cancel', action: () => undefined },
      ]);
    };
    return h(
      'section',
      { class: 'class-controls', 'aria-label': 'The class' },
      h(
        'div',
        { class: 'actions' },
        h('button', { type: 'button', class: 'button small', 'data-action': 'export-csv', on: { click: () => void download('csv') } }, 'Export CSV'),
        h('button', { type: 'button', class: 'button small', 'data-action': 'export-json', on: { click: () => void download('json') } }, 'Export JSON'),
        d.class.status === 'open' ? h('button', { type: 'button', class: 'button small', 'data-action': 'close-class', on: { click: closeClass } }, 'Close the class') : null,
        h('button', { type: 'button', class: 'button small danger', 'data-action': 'delete-class', on: { click: deleteClass } }, 'Delete the class'),
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
        h('th', { scope: 'row' }, g.solo ? `Solo ${g.number}` : `Group ${g.number}`),
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
                sideBadge(scenario?.sides.find((x) => x.id === s.side), s.sideName),
                h('span', { class: 'seat-name' }, s.name ?? 'a free seat'),
                h('span', { class: 'seat-state' }, s.computer ? 'computer' : s.ready ? 'turn ended' : g.status === 'playing' ? 'deciding' : ''),
                s.name && !s.computer ? h('span', { class: `online-dot${s.online ? ' on' : ''}` }, s.online ? 'online' : 'offline') : null,
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
                      s.computer ? 'Hand back' : 'Computer plays',
                    )
                  : null,
              ),
            ),
          ),
        ),
        h('td', { 'data-testid': 'group-day' }, g.status === 'waiting' ? 'waiting for players' : g.status === 'over' ? 'finished' : `${longDate(g.date)}${days ? ` (day ${g.day + 1} of ${days})` : ''}`),
        h('td', { 'data-testid': 'group-outcome' }, g.outcome ? h('span', null, g.outcome.label, ' ', h('span', { class: `tag ${g.outcome.historical ? 'history' : 'left'}` }, g.outcome.historical ? 'as in history' : 'not as history went')) : '—'),
        h('td', null, g.objectives && scenario ? objectivesBlock(scenario, null, g.objectives) : g.status === 'over' ? 'see the roles’ objectives below' : ''),
      ),
    );
    return h(
      'section',
      { class: 'panel-section', 'aria-labelledby': 'ot-groups' },
      h('h2', { id: 'ot-groups' }, 'Groups'),
      rows.length
        ? h('div', { class: 'table-wrap' }, h('table', { class: 'groups-table' }, h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Group'), h('th', { scope: 'col' }, 'Players'), h('th', { scope: 'col' }, 'Day'), h('th', { scope: 'col' }, 'Outcome'), h('th', { scope: 'col' }, 'Objectives'))), h('tbody', null, ...rows)))
        : h('p', null, 'Nobody has joined yet.'),
    );
  }

  private async setComputer(groupId: string, side: string, on: boolean): Promise<void> {
    try {
      await call('POST', `classes/${encodeURIComponent(this.classId)}/groups/${encodeURIComponent(groupId)}/seats/${encodeURIComponent(side)}`, { key: this.key, body: { computer: on } });
    } catch (e) {
      this.problem = (e as Error).message;
      this.render();
    }
  }

  private students(d: Dashboard): HTMLElement {
    return h(
      'section',
      { class: 'panel-section', 'aria-labelledby': 'ot-students' },
      h('h2', { id: 'ot-students' }, `Students (${d.students.length})`),
      h(
        'ul',
        { class: 'students', 'data-testid': 'students' },
        ...d.students.map((s) => h('li', null, h('span', { class: `online-dot${s.online ? ' on' : ''}` }, s.online ? 'online' : 'offline'), ' ', h('span', { class: 'student-name' }, s.name), s.seat ? h('span', { class: 'field-note' }, ` — group ${s.seat.group}, ${s.seat.side}`) : null)),
      ),
    );
  }

  private handIns(d: Dashboard): HTMLElement {
    return h(
      'section',
      { class: 'panel-section', 'aria-labelledby': 'ot-hand' },
      h('h2', { id: 'ot-hand' }, 'Hand-ins'),
      d.submissions.length
        ? h(
            'ul',
            { class: 'hand-ins', 'data-testid': 'hand-ins' },
            ...d.submissions.map((s) =>
              h(
                'li',
                { 'data-verified': String(s.verified) },
                h('span', { class: `tag ${s.verified ? 'history' : 'left'}` }, s.verified ? 'verified' : 'refused'),
                ' ',
                s.source === 'game' ? `Group ${s.group ?? '?'}’s game` : `${s.name ?? 'A student'}’s upload`,
                s.outcome ? ` — ${s.outcome.label}` : '',
                s.reason ? h('span', { class: 'reason' }, `: ${s.reason}`) : null,
              ),
            ),
          )
        : h('p', null, 'No game has ended yet. Each finished game is handed in by the server, which plays it again before it counts.'),
    );
  }

  private comparison(d: Dashboard): HTMLElement {
    const c = d.comparison;
    const outcomes = Object.entries(c.outcomes).filter(([, o]) => o.count > 0);
    return h(
      'section',
      { class: 'panel-section', 'aria-labelledby': 'ot-cmp', 'data-testid': 'comparison' },
      h('h2', { id: 'ot-cmp' }, `The class comparison (${c.games.length} ${c.games.length === 1 ? 'game' : 'games'})`),
      c.games.length
        ? h('ul', { class: 'outcome-counts' }, ...outcomes.map(([id, o]) => h('li', { 'data-outcome': id }, `${o.label}: ${o.count}`, o.historical ? h('span', { class: 'tag history' }, 'history’s') : null)))
        : h('p', null, 'The comparison fills in as games end.'),
      c.decisions.length
        ? h(
            'div',
            { class: 'table-wrap' },
            h(
              'table',
              { class: 'shares' },
              h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Decision'), h('th', { scope: 'col' }, 'What the class chose'), h('th', { scope: 'col' }, 'As in history'))),
              h(
                'tbody',
                null,
                ...c.decisions.map((x) =>
                  h(
                    'tr',
                    null,
                    h('th', { scope: 'row' }, x.title),
                    h('td', null, Object.entries(x.counts).filter(([, n]) => n > 0).map(([o, n]) => `${x.labels[o] ?? o}: ${n}`).join('; ')),
                    h('td', null, `${Math.round(x.historicalShare * 100)}%`),
                  ),
                ),
              ),
            ),
          )
        : null,
      c.excluded.length ? h('p', { class: 'field-note' }, `Left out: ${c.excluded.map((e) => `${e.name} (${e.reason})`).join('; ')}`) : null,
    );
  }
}
