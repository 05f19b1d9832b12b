// The class online, in the browser: present only when the page is served by the class
// server (`/api/health` answers). It adds "Join a class" and "Open a class" to the title
// screen, and takes the screen for a student's game or a teacher's dashboard. The
// teacher's link carries the class and key in the URL's fragment (never sent to a server).
import type { PolicyId } from '../../engine';
import type { Scenario } from '../../scenario/resolve';
import { replaceChildren } from '../lib/dom';
import { t } from '../lib/words';
import { call, problemOf, serverHere } from './api';
import { onlineEntry } from './entry';
import { StudentScreen } from './student';
import { TeacherScreen } from './teacher';
import './online.css';

export interface OnlineHost {
  scenarios(): ReadonlyMap<string, Scenario>;
  /** The element the screens go in. */
  root: HTMLElement;
  /** Take the screen (hide the game's bars). */
  show(): void;
  title(): void;
  glossary(scenario: Scenario, term?: string): void;
}

const STUDENT_KEY = 'nineteen-days-class-student';
const TEACHER_KEY = 'nineteen-days-class-teacher';
/** Set while a student's game is on screen in this tab: a reload comes back to it. */
const PLAYING_KEY = 'nineteen-days-class-playing';

interface StudentSave {
  token: string;
  classId: string;
  name: string;
}

function readStudent(): StudentSave | null {
  try {
    const s = JSON.parse(localStorage.getItem(STUDENT_KEY) ?? 'null') as StudentSave | null;
    return s && typeof s.token === 'string' ? s : null;
  } catch {
    return null;
  }
}

/** The class and key in a teacher's link: `#class=ID&key=KEY`. */
export function teacherLink(hash: string): { classId: string; key: string } | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const classId = params.get('class');
  const key = params.get('key');
  return classId && key ? { classId, key } : null;
}

export class OnlineMode {
  private available: Promise<boolean>;
  private screen: StudentScreen | TeacherScreen | null = null;

  constructor(private readonly host: OnlineHost) {
    this.available = serverHere();
  }

  /** On opening the page: a teacher's link opens the dashboard. True when it took the screen. */
  route(): boolean {
    const link = teacherLink(location.hash);
    const saved = readStudent();
    if (!link && saved && sessionStorage.getItem(PLAYING_KEY)) {
      this.openStudent(saved.token);
      return true;
    }
    if (!link) return false;
    sessionStorage.setItem(TEACHER_KEY, JSON.stringify(link));
    this.openDashboard(link.classId, link.key);
    return true;
  }

  /** Add the class entries to a title screen, once the server has answered. */
  decorate(titleEl: HTMLElement): void {
    void this.available.then((here) => {
      if (!here || !titleEl.isConnected) return;
      const menu = titleEl.querySelector('.title-menu');
      const body = titleEl.querySelector<HTMLElement>('.title-body');
      if (!menu || !body || titleEl.querySelector('.online-entry')) return;
      const saved = readStudent();
      const entry = onlineEntry([...this.host.scenarios().values()], body, {
        join: (code, name, solo, side) => this.join(code, name, solo, side),
        open: (title, scenario, sides, policy) => this.open(title, scenario, sides, policy),
        ...(saved ? { rejoin: () => this.openStudent(saved.token) } : {}),
      }, saved ? t('shell:entry.as', { name: saved.name }) : undefined);

      menu.after(entry);
      titleEl.dataset.online = 'ready';
    });
  }

  private async join(code: string, name: string, solo: boolean, side: string | undefined): Promise<string | null> {
    try {
      const r = await call<{ studentToken: string; classId: string }>('POST', 'join', { body: { joinCode: code, name, ...(solo ? { solo: true } : {}), ...(side ? { side } : {}) } });
      localStorage.setItem(STUDENT_KEY, JSON.stringify({ token: r.studentToken, classId: r.classId, name } satisfies StudentSave));
      this.openStudent(r.studentToken);
      return null;
    } catch (e) {
      return problemOf(e);
    }
  }

  private async open(title: string, scenario: string, sides: string[], policy: PolicyId): Promise<string | null> {
    try {
      const r = await call<{ classId: string; teacherKey: string }>('POST', 'classes', { body: { title, scenario, groups: [sides], policy } });
      history.replaceState(null, '', `#class=${encodeURIComponent(r.classId)}&key=${encodeURIComponent(r.teacherKey)}`);
      sessionStorage.setItem(TEACHER_KEY, JSON.stringify({ classId: r.classId, key: r.teacherKey }));
      this.openDashboard(r.classId, r.teacherKey);
      return null;
    } catch (e) {
      return problemOf(e);
    }
  }

  private take(screen: StudentScreen | TeacherScreen): void {
    this.leave();
    this.screen = screen;
    this.host.show();
    replaceChildren(this.host.root, screen.el);
    screen.el.querySelector<HTMLElement>('h1')?.focus();
  }

  private openStudent(token: string): void {
    sessionStorage.setItem(PLAYING_KEY, '1');
    this.take(
      new StudentScreen(this.host.scenarios(), token, {
        title: () => this.toTitle(),
        forget: () => {
          localStorage.removeItem(STUDENT_KEY);
          sessionStorage.removeItem(PLAYING_KEY);
        },
        glossary: (s, t) => this.host.glossary(s, t),
      }),
    );
  }

  private openDashboard(classId: string, key: string): void {
    this.take(
      new TeacherScreen(this.host.scenarios(), classId, key, {
        title: () => this.toTitle(),
        deleted: () => {
          sessionStorage.removeItem(TEACHER_KEY);
          this.toTitle();
        },
      }),
    );
  }

  private toTitle(): void {
    sessionStorage.removeItem(PLAYING_KEY);
    this.leave();
    if (location.hash) history.replaceState(null, '', location.pathname + location.search);
    this.host.title();
  }

  /** Leaving the online screens closes their socket. */
  leave(): void {
    this.screen?.close();
    this.screen = null;
  }
}
