// The replay's checksum without hashing the whole game again after every action. The
// checksum is SHA-256 of the body's canonical encoding (replay/format), and the body's
// first key in that encoding is "actions": so the digest runs over the actions once, as
// they come, and each save only hashes the short rest (journal, turn hashes, the end) on
// a copy of the running digest. Checkpoints every CHECKPOINT actions make going back a
// day or taking back a choice cost a few actions, not the game.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { Action } from '../engine';
import { canonicalBytes } from '../lib/canonical-hash';
import type { ReplayBody } from '../replay';

type Hasher = ReturnType<typeof sha256.create>;

const CHECKPOINT = 32;
const WORD = 4;
// {actions: [ …: the object's tag, the key, the array's tag (its two end tags dropped).
const HEAD = canonicalBytes({ actions: [] }).slice(0, -2 * WORD);
// The array's end tag: the last word of an empty array's encoding.
const END = canonicalBytes([]).slice(-WORD);

export class ChecksumCache {
  /** The actions hashed so far (the very objects), and a digest after every CHECKPOINT of them. */
  private hashed: Action[] = [];
  private checkpoints: Hasher[] = [sha256.create().update(HEAD)];
  private running: Hasher = this.checkpoints[0]!.clone();

  /** The checksum of a body whose actions are `actions` (the session's own objects, in order). */
  checksum(actions: readonly Action[], body: ReplayBody): string {
    this.advance(actions);
    const { actions: _actions, ...rest } = body;
    void _actions;
    // Every other key sorts after "actions": the rest's encoding without its object tag follows the array.
    const tail = canonicalBytes(rest).subarray(WORD);
    return bytesToHex(this.running.clone().update(END).update(tail).digest());
  }

  private advance(actions: readonly Action[]): void {
    let same = 0;
    const n = Math.min(this.hashed.length, actions.length);
    while (same < n && this.hashed[same] === actions[same]) same++;
    if (same < this.hashed.length) {
      // Back to the last checkpoint before the change.
      const at = Math.floor(same / CHECKPOINT);
      this.checkpoints.length = at + 1;
      this.running = this.checkpoints[at]!.clone();
      this.hashed.length = at * CHECKPOINT;
    }
    for (let i = this.hashed.length; i < actions.length; i++) {
      const a = actions[i]!;
      this.running.update(canonicalBytes(a));
      this.hashed.push(a);
      if (this.hashed.length % CHECKPOINT === 0) this.checkpoints.push(this.running.clone());
    }
  }
}
