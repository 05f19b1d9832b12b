// Calls to a worker thread, each answered by its id: the one home of the request-by-id
// bookkeeping that the database thread (db.ts) and the verification thread (verify.ts) share.

export class PendingCalls<T> {
  private next = 1;
  private readonly calls = new Map<number, T>();

  /** A new id for `call`, to send with the message. */
  add(call: T): number {
    const id = this.next++;
    this.calls.set(id, call);
    return id;
  }

  /** The call answered by `id` (once: it is forgotten). */
  take(id: number | undefined): T | undefined {
    if (id === undefined) return undefined;
    const call = this.calls.get(id);
    if (call !== undefined) this.calls.delete(id);
    return call;
  }

  /** Every call not answered yet (all forgotten). */
  drain(): T[] {
    const all = [...this.calls.values()];
    this.calls.clear();
    return all;
  }

  get size(): number {
    return this.calls.size;
  }
}
