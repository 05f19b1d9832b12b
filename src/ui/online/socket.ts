// The WebSocket to the class server: says hello with the key or token, reconnects by
// itself (with backoff) and sends again every message not yet answered, with the same
// ref, so nothing is lost and nothing is taken twice.
export type Answer = { type: 'ack'; ref: string; seq: number; duplicate?: boolean } | { type: 'rejected'; ref: string; code: string; message: string; values?: Record<string, string | number> };
export type Status = 'connecting' | 'open' | 'reconnecting' | 'closed';

interface Pending {
  msg: Record<string, unknown>;
  resolve: (a: Answer) => void;
}

export class LiveSocket {
  private ws: WebSocket | null = null;
  private pending = new Map<string, Pending>();
  private welcomed = false;
  private stopped = false;
  private backoff = 250;
  private counter = 0;
  private readonly prefix = Array.from(crypto.getRandomValues(new Uint8Array(6)), (b) => b.toString(16).padStart(2, '0')).join('');

  constructor(
    private readonly hello: Record<string, string>,
    private readonly onMessage: (m: Record<string, unknown>) => void,
    private readonly onStatus: (s: Status, detail?: string) => void,
  ) {
    this.open();
  }

  private url(): string {
    const u = new URL('api/ws', location.href);
    u.protocol = u.protocol === 'https:' ? 'wss:' : 'ws:';
    return u.toString();
  }

  private open(): void {
    this.onStatus(this.ws ? 'reconnecting' : 'connecting');
    const ws = new WebSocket(this.url());
    this.ws = ws;
    ws.addEventListener('open', () => {
      this.backoff = 250;
      ws.send(JSON.stringify({ type: 'hello', ...this.hello }));
    });
    ws.addEventListener('message', (e) => {
      let m: Record<string, unknown>;
      try {
        m = JSON.parse(String(e.data)) as Record<string, unknown>;
      } catch {
        return;
      }
      if (m.type === 'welcome') {
        this.welcomed = true;
        this.onStatus('open');
        for (const p of this.pending.values()) ws.send(JSON.stringify(p.msg));
      }
      if ((m.type === 'ack' || m.type === 'rejected') && typeof m.ref === 'string') {
        const p = this.pending.get(m.ref);
        if (p) {
          this.pending.delete(m.ref);
          p.resolve(m as unknown as Answer);
        }
      }
      this.onMessage(m);
    });
    ws.addEventListener('close', (e) => {
      this.welcomed = false;
      // 4401: the key or token opens nothing; 4410: the class was deleted. No use trying again.
      if (this.stopped || e.code === 4401 || e.code === 4410) {
        this.onStatus('closed', e.reason);
        return;
      }
      this.onStatus('reconnecting');
      setTimeout(() => this.open(), this.backoff);
      this.backoff = Math.min(this.backoff * 2, 5000);
    });
  }

  /** Send a message that expects an answer; it is sent again after a reconnect until answered. */
  request(msg: Record<string, unknown>): Promise<Answer> {
    const ref = `${this.prefix}-${++this.counter}`;
    const full = { ...msg, ref };
    return new Promise((resolve) => {
      this.pending.set(ref, { msg: full, resolve });
      if (this.welcomed && this.ws?.readyState === WebSocket.OPEN) this.ws.send(JSON.stringify(full));
    });
  }

  get waiting(): number {
    return this.pending.size;
  }

  close(): void {
    this.stopped = true;
    this.ws?.close();
  }
}
