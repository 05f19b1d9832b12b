// A class server's client in Node, for the tests and the load run: the HTTP API, and a
// student's or teacher's WebSocket that reconnects by itself and sends again whatever
// was not acknowledged (the server takes a message sent twice once, by its ref).
import { WebSocket } from 'ws';

export interface Reply {
  status: number;
  body: unknown;
}

export async function api(base: string, method: string, path: string, options: { key?: string; body?: unknown; text?: string } = {}): Promise<Reply> {
  const headers: Record<string, string> = {};
  if (options.key !== undefined) headers.authorization = `Bearer ${options.key}`;
  let body: string | undefined;
  if (options.text !== undefined) {
    headers['content-type'] = 'text/plain';
    body = options.text;
  } else if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  const res = await fetch(new URL(path, base), { method, headers, ...(body !== undefined ? { body } : {}) });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    // Not JSON (CSV): kept as text.
  }
  return { status: res.status, body: parsed };
}

export interface Sync {
  type: 'sync';
  classStatus: string;
  scenario: string;
  side: string;
  group: { id: string; number: number; status: string; day: number; date: string; seats: { side: string; name: string | null; you: boolean; computer: boolean; ready: boolean }[] };
  setup: { seed: string; roles: Record<string, string>; defaultPolicy?: string };
  days: unknown[][];
  turns: string[];
  today: { type: string; decision?: string }[];
  seq: number;
  over: { outcome: { id: string; label: string } | null; finalHash: string; replayCode: string } | null;
}

export type Answer = { type: 'ack'; ref: string; seq: number; duplicate?: boolean } | { type: 'rejected'; ref: string; code: string; message: string };

interface Pending {
  msg: Record<string, unknown>;
  sentAt: number;
  resolve: (a: Answer & { ms: number }) => void;
}

let refs = 0;

export class LiveClient {
  private ws: WebSocket | null = null;
  private pending = new Map<string, Pending>();
  private closed = false;
  private backoff = 100;
  private waiters: { test: (m: Record<string, unknown>) => boolean; resolve: (m: Record<string, unknown>) => void; reject: (e: Error) => void; timer: NodeJS.Timeout }[] = [];
  last: Sync | null = null;
  dashboard: unknown = null;
  reconnects = 0;
  errors: string[] = [];
  welcomed = false;

  constructor(
    private readonly wsUrl: string,
    private readonly hello: Record<string, string>,
  ) {
    this.open();
  }

  private open(): void {
    const ws = new WebSocket(this.wsUrl);
    this.ws = ws;
    ws.on('open', () => {
      this.backoff = 100;
      ws.send(JSON.stringify({ type: 'hello', ...this.hello }));
    });
    ws.on('message', (data) => this.receive(JSON.parse(String(data)) as Record<string, unknown>));
    ws.on('close', (code) => {
      this.welcomed = false;
      if (this.closed || code === 4401 || code === 4410) {
        if (code === 4401 || code === 4410) this.errors.push(`closed ${code}`);
        return;
      }
      this.reconnects++;
      setTimeout(() => this.open(), this.backoff).unref();
      this.backoff = Math.min(this.backoff * 2, 2000);
    });
    ws.on('error', () => undefined);
  }

  private receive(m: Record<string, unknown>): void {
    if (m.type === 'welcome') {
      this.welcomed = true;
      // Everything not yet acknowledged goes again, with the same ref.
      for (const p of this.pending.values()) this.ws?.send(JSON.stringify(p.msg));
    }
    if (m.type === 'sync') this.last = m as unknown as Sync;
    if (m.type === 'dashboard') this.dashboard = m.dashboard;
    if (m.type === 'error') this.errors.push(String(m.message));
    if ((m.type === 'ack' || m.type === 'rejected') && typeof m.ref === 'string') {
      const p = this.pending.get(m.ref);
      if (p) {
        this.pending.delete(m.ref);
        p.resolve({ ...(m as unknown as Answer), ms: performance.now() - p.sentAt });
      }
    }
    for (const w of [...this.waiters]) {
      if (w.test(m)) {
        clearTimeout(w.timer);
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve(m);
      }
    }
  }

  /** Send a message that expects an answer (act, endTurn); resolves with it, sent again after a reconnect. */
  request(msg: Record<string, unknown>): Promise<Answer & { ms: number }> {
    const ref = typeof msg.ref === 'string' ? msg.ref : `r${++refs}-${Math.random().toString(36).slice(2, 8)}`;
    const full = { ...msg, ref };
    return new Promise((resolve) => {
      this.pending.set(ref, { msg: full, sentAt: performance.now(), resolve });
      if (this.welcomed && this.ws?.readyState === WebSocket.OPEN) this.ws.send(JSON.stringify(full));
    });
  }

  /** Send anything as it is (for tests of what the server refuses). */
  raw(data: unknown): void {
    this.ws?.send(typeof data === 'string' ? data : JSON.stringify(data));
  }

  get unacknowledged(): number {
    return this.pending.size;
  }

  /** The next message (or the current sync) that passes the test. */
  waitFor(test: (m: Record<string, unknown>) => boolean, ms = 20_000, what = 'a message'): Promise<Record<string, unknown>> {
    if (this.last && test(this.last as unknown as Record<string, unknown>)) return Promise.resolve(this.last as unknown as Record<string, unknown>);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.splice(this.waiters.findIndex((w) => w.timer === timer), 1);
        reject(new Error(`timed out waiting for ${what}`));
      }, ms);
      this.waiters.push({ test, resolve, reject, timer });
    });
  }

  waitSync(test: (s: Sync) => boolean, ms = 20_000, what = 'a sync'): Promise<Sync> {
    return this.waitFor((m) => m.type === 'sync' && test(m as unknown as Sync), ms, what) as unknown as Promise<Sync>;
  }

  /** Drop the connection as a network would (the client reconnects by itself). */
  drop(): void {
    this.ws?.terminate();
  }

  close(): void {
    this.closed = true;
    this.ws?.close();
    for (const w of this.waiters) clearTimeout(w.timer);
  }
}

export const wsUrlOf = (base: string): string => base.replace(/^http/, 'ws').replace(/\/$/, '') + '/api/ws';
