// Live updates: the WebSocket connections this server holds, and what it pushes to them
// when the database says something changed (LISTEN/NOTIFY: another server's write, or
// this one's). Nothing here matters beyond a cache: a server that dies loses only its
// connections, and the clients reconnect to any server.
import type { WebSocket } from 'ws';
import { isLanguage } from '../i18n';
import type { Language } from '../i18n';
import { ClientMessage, CLOSE } from './protocol';
import type { Notice, Service, StudentSync, Who } from './service';

interface Conn {
  ws: WebSocket;
  who: Who | null;
  groupId: string | null;
  /** The page's language (from the hello): a teacher's dashboard scores the objectives in it. */
  lang: Language;
  /** Token bucket: messages allowed now. */
  tokens: number;
  /** A key of what this client was last sent of its game, so an unchanged view is not sent again. */
  lastView: string;
  last: number;
}

const send = (ws: WebSocket, msg: unknown): void => {
  if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(msg));
};

export class Live {
  private readonly conns = new Set<Conn>();
  /** The same connections by the group its student plays in, and teachers by class (a notice touches a few of hundreds). */
  private readonly byGroup = new Map<string, Set<Conn>>();
  private readonly teachersOf = new Map<string, Set<Conn>>();
  private readonly studentsOf = new Map<string, Set<Conn>>();
  /** Milliseconds from a player's message arriving to its answer being sent (the last 100,000). */
  readonly answerTimes: number[] = [];
  private readonly flushGroups = new Map<string, number>();
  private readonly flushDashboards = new Set<string>();
  private groupTimer: NodeJS.Immediate | null = null;
  private dashboardTimer: NodeJS.Timeout | null = null;
  private readonly presenceDue = new Set<string>();
  private presenceTimer: NodeJS.Timeout | null = null;
  private readonly heartbeat: NodeJS.Timeout;

  constructor(
    private readonly service: Service,
    private readonly wsRate: number,
  ) {
    // Every 20 s each server says again who is connected to it, so the others' view expires
    // when a server dies; and dead sockets are found.
    this.heartbeat = setInterval(() => {
      for (const c of this.classesHere()) this.presenceDue.add(c);
      this.schedulePresence(0);
      for (const conn of this.conns) if (conn.ws.readyState === conn.ws.OPEN) conn.ws.ping();
    }, 20_000);
    this.heartbeat.unref();
  }

  get connections(): number {
    return this.conns.size;
  }

  accept(ws: WebSocket): void {
    const conn: Conn = { ws, who: null, groupId: null, lang: 'en', tokens: this.wsRate * 2, last: Date.now(), lastView: '' };
    this.conns.add(conn);
    // A socket that never says hello is closed.
    const hello = setTimeout(() => {
      if (!conn.who) ws.close(CLOSE.UNAUTHORISED, 'no hello');
    }, 10_000);
    hello.unref();
    ws.on('message', (data, isBinary) => {
      if (!this.allow(conn)) {
        send(ws, { type: 'error', code: 'RATE', message: 'too many messages: slow down' });
        ws.close(CLOSE.RATE, 'too many messages');
        return;
      }
      let raw: unknown;
      try {
        raw = isBinary ? null : JSON.parse(String(data));
      } catch {
        raw = null;
      }
      void this.handle(conn, raw).catch((e: unknown) => {
        send(ws, { type: 'error', code: 'SERVER', message: 'the server could not take that message; try again' });
        console.error('websocket message failed:', e);
      });
    });
    ws.on('close', () => {
      clearTimeout(hello);
      this.conns.delete(conn);
      this.unindex(conn);
      if (conn.who) this.presenceChanged(conn.who.classId);
    });
    ws.on('error', () => undefined);
  }

  private static add(index: Map<string, Set<Conn>>, key: string, conn: Conn): void {
    let set = index.get(key);
    if (!set) index.set(key, (set = new Set()));
    set.add(conn);
  }

  private static remove(index: Map<string, Set<Conn>>, key: string | null | undefined, conn: Conn): void {
    if (!key) return;
    const set = index.get(key);
    if (!set) return;
    set.delete(conn);
    if (!set.size) index.delete(key);
  }

  private unindex(conn: Conn): void {
    Live.remove(this.byGroup, conn.groupId, conn);
    if (conn.who?.kind === 'teacher') Live.remove(this.teachersOf, conn.who.classId, conn);
    if (conn.who?.kind === 'student') Live.remove(this.studentsOf, conn.who.classId, conn);
  }

  /** A student's connection and its group (found at the hello, or at the first move of a seat taken later). */
  private setGroup(conn: Conn, groupId: string | null): void {
    if (conn.groupId === groupId) return;
    Live.remove(this.byGroup, conn.groupId, conn);
    conn.groupId = groupId;
    if (groupId && this.conns.has(conn)) Live.add(this.byGroup, groupId, conn);
  }

  private allow(conn: Conn): boolean {
    const now = Date.now();
    conn.tokens = Math.min(this.wsRate * 2, conn.tokens + ((now - conn.last) / 1000) * this.wsRate);
    conn.last = now;
    if (conn.tokens < 1) return false;
    conn.tokens -= 1;
    return true;
  }

  private async handle(conn: Conn, raw: unknown): Promise<void> {
    const parsed = ClientMessage.safeParse(raw);
    const ref = raw && typeof raw === 'object' && typeof (raw as { ref?: unknown }).ref === 'string' ? (raw as { ref: string }).ref : undefined;
    if (!parsed.success) {
      send(conn.ws, { type: 'rejected', ...(ref ? { ref } : {}), code: 'BAD_MESSAGE', message: `a message is a JSON object with a known "type": ${parsed.error.issues[0]?.message ?? 'malformed'}` });
      return;
    }
    const msg = parsed.data;
    if (msg.type === 'ping') return send(conn.ws, { type: 'pong' });
    if (msg.type === 'hello') return this.hello(conn, msg);
    const who = conn.who;
    if (!who || who.kind !== 'student') {
      send(conn.ws, { type: 'rejected', ref: msg.ref, code: 'NOT_A_PLAYER', message: who ? 'a teacher does not play' : 'say hello first' });
      return;
    }
    if (!conn.groupId) this.setGroup(conn, (await this.service.seatOf(who.studentId))?.groupId ?? null);
    if (!conn.groupId) {
      send(conn.ws, { type: 'rejected', ref: msg.ref, code: 'NO_SEAT', message: 'you have no seat in a game' });
      return;
    }
    const t0 = performance.now();
    const result = msg.type === 'act' ? await this.service.act(who.studentId, conn.groupId, msg) : await this.service.endTurn(who.studentId, conn.groupId, msg);
    if (this.answerTimes.length >= 100_000) this.answerTimes.shift();
    this.answerTimes.push(performance.now() - t0);
    if (result.ok) send(conn.ws, { type: 'ack', ref: msg.ref, seq: result.seq, ...(result.duplicate ? { duplicate: true } : {}) });
    else send(conn.ws, { type: 'rejected', ref: msg.ref, code: result.code, message: result.message, ...(result.values ? { values: result.values } : {}) });
  }

  private async hello(conn: Conn, msg: Extract<ClientMessage, { type: 'hello' }>): Promise<void> {
    if (msg.lang !== undefined && !isLanguage(msg.lang)) {
      send(conn.ws, { type: 'error', code: 'BAD_LANGUAGE', message: 'lang is a language the game speaks: en or hu' });
      return;
    }
    const wanted = msg.token ? 'student' : 'teacher';
    const secret = msg.token ?? msg.teacherKey;
    const who = secret ? await this.service.who(secret) : null;
    if (!who || who.kind !== wanted || (wanted === 'teacher' && who.classId !== msg.classId)) {
      send(conn.ws, { type: 'error', code: 'UNAUTHORISED', message: wanted === 'student' ? 'this link or token is not (or no longer) valid' : 'this teacher key does not open that class' });
      conn.ws.close(CLOSE.UNAUTHORISED, 'unauthorised');
      return;
    }
    // A socket closed meanwhile is not indexed.
    if (!this.conns.has(conn)) return;
    this.unindex(conn);
    conn.groupId = null;
    conn.who = who;
    conn.lang = msg.lang ?? 'en';
    Live.add(who.kind === 'student' ? this.studentsOf : this.teachersOf, who.classId, conn);
    if (who.kind === 'student') {
      const seat = await this.service.seatOf(who.studentId);
      this.setGroup(conn, seat?.groupId ?? null);
      send(conn.ws, { type: 'welcome', role: 'student' });
      this.presenceChanged(who.classId);
      const sync = await this.service.studentSync(who.studentId);
      if (sync) this.sendSync(conn, sync, true);
    } else {
      send(conn.ws, { type: 'welcome', role: 'teacher' });
      send(conn.ws, { type: 'dashboard', dashboard: await this.service.dashboard(who.classId, conn.lang) });
    }
  }

  // ---- what the database says ----

  onNotice(notice: Notice): void {
    switch (notice.k) {
      case 'group':
        if (notice.g) {
          this.flushGroups.set(notice.g, Math.max(this.flushGroups.get(notice.g) ?? 0, notice.v ?? 0));
          this.groupTimer ??= setImmediate(() => void this.flushGroupSyncs());
        }
        this.dashboardSoon(notice.c);
        return;
      case 'class':
        this.dashboardSoon(notice.c);
        return;
      case 'closed':
        this.service.dropSnapshots(notice.c);
        for (const conn of this.studentsOf.get(notice.c) ?? []) if (conn.groupId) this.flushGroups.set(conn.groupId, 0);
        this.groupTimer ??= setImmediate(() => void this.flushGroupSyncs());
        this.dashboardSoon(notice.c);
        return;
      case 'deleted':
        this.service.forgetClass(notice.c);
        for (const conn of [...(this.studentsOf.get(notice.c) ?? []), ...(this.teachersOf.get(notice.c) ?? [])]) {
          send(conn.ws, { type: 'error', code: 'DELETED', message: 'the class has been deleted by its teacher' });
          conn.ws.close(CLOSE.GONE, 'class deleted');
        }
        return;
      case 'presence':
        if (notice.srv && notice.srv !== this.service.serverId) {
          this.service.notePresence(notice.c, notice.srv, notice.on ?? []);
          this.groupsSoon(notice.c);
        }
        this.dashboardSoon(notice.c);
        return;
    }
  }

  private async flushGroupSyncs(): Promise<void> {
    this.groupTimer = null;
    const due = [...this.flushGroups];
    this.flushGroups.clear();
    await Promise.all(
      due.map(async ([groupId, version]) => {
        const here = [...(this.byGroup.get(groupId) ?? [])].filter((c) => c.who?.kind === 'student');
        if (!here.length) return;
        const ids = [...new Set(here.map((c) => (c.who as Extract<Who, { kind: 'student' }>).studentId))];
        try {
          const syncs = await this.service.syncs(groupId, ids, version);
          for (const c of here) {
            const s = syncs.get((c.who as Extract<Who, { kind: 'student' }>).studentId);
            if (s) this.sendSync(c, s);
          }
        } catch (e) {
          console.error('push failed:', e);
        }
      }),
    );
  }

  /** A sync is sent when what this side may see has changed (another side's move changes nothing it may see). */
  private sendSync(conn: Conn, sync: StudentSync, always = false): void {
    // Days, turns and today's own actions only ever grow: their counts stand for them.
    const view = JSON.stringify([sync.classStatus, sync.group, sync.days.length, sync.turns.length, sync.today.length, sync.over?.finalHash ?? null]);
    if (!always && view === conn.lastView) return;
    conn.lastView = view;
    send(conn.ws, sync);
  }

  private dashboardSoon(classId: string): void {
    if (!this.teachersOf.has(classId)) return;
    this.flushDashboards.add(classId);
    this.dashboardTimer ??= setTimeout(() => void this.flushDashboardPushes(), 250);
  }

  private async flushDashboardPushes(): Promise<void> {
    this.dashboardTimer = null;
    const due = [...this.flushDashboards];
    this.flushDashboards.clear();
    for (const classId of due) {
      const teachers = [...(this.teachersOf.get(classId) ?? [])];
      if (!teachers.length) continue;
      try {
        // One dashboard per language its teachers' pages speak.
        for (const lang of new Set(teachers.map((t) => t.lang))) {
          const dashboard = await this.service.dashboard(classId, lang);
          for (const t of teachers) if (t.lang === lang) send(t.ws, { type: 'dashboard', dashboard });
        }
      } catch (e) {
        // A class deleted meanwhile has nothing to show.
        if ((e as { code?: string }).code !== 'NO_CLASS') console.error('dashboard failed:', e);
      }
    }
  }

  // ---- presence ----

  private classesHere(): Set<string> {
    return new Set(this.studentsOf.keys());
  }

  /** Who is connected shows in every group's seats: the class's groups here get a sync (from this server's copy). */
  private groupsSoon(classId: string): void {
    for (const conn of this.studentsOf.get(classId) ?? []) {
      if (conn.groupId && !this.flushGroups.has(conn.groupId)) this.flushGroups.set(conn.groupId, 0);
    }
    this.groupTimer ??= setImmediate(() => void this.flushGroupSyncs());
  }

  private presenceChanged(classId: string): void {
    this.service.setLocalPresence(classId, this.studentsHere(classId));
    this.groupsSoon(classId);
    this.presenceDue.add(classId);
    this.schedulePresence(1000);
    this.dashboardSoon(classId);
  }

  private studentsHere(classId: string): Set<string> {
    const ids = new Set<string>();
    for (const c of this.studentsOf.get(classId) ?? []) if (c.who?.kind === 'student') ids.add(c.who.studentId);
    return ids;
  }

  private schedulePresence(ms: number): void {
    this.presenceTimer ??= setTimeout(() => {
      this.presenceTimer = null;
      const due = [...this.presenceDue];
      this.presenceDue.clear();
      void this.service
        .notifyAll(due.map((c) => ({ k: 'presence' as const, c, srv: this.service.serverId, on: [...this.studentsHere(c)] })))
        .catch(() => undefined);
    }, ms);
  }

  close(): void {
    clearInterval(this.heartbeat);
    if (this.presenceTimer) clearTimeout(this.presenceTimer);
    if (this.dashboardTimer) clearTimeout(this.dashboardTimer);
    for (const c of this.conns) c.ws.terminate();
  }
}
