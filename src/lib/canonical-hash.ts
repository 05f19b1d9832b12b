// A stable 64-bit hash of plain JSON values. Object keys are visited in sorted order,
// so two states that are equal as data hash the same whatever order they were built in.
// The value is walked directly rather than stringified first: this runs after every
// turn of every game in a batch, and must stay cheap.

const TAG_NULL = 1, TAG_FALSE = 2, TAG_TRUE = 3, TAG_NUM = 4, TAG_STR = 5, TAG_ARR = 6, TAG_OBJ = 7, TAG_END = 8, TAG_INT = 9;

// Ids and keys repeat across every state: each short string is reduced once to a
// 32-bit digest of its characters, which then enters the hash as a single code.
const stringDigests = new Map<string, number>();
function digestOf(s: string): number {
  let d = stringDigests.get(s);
  if (d === undefined) {
    d = 0x811c9dc5 | 0;
    for (let i = 0; i < s.length; i++) d = Math.imul(d ^ s.charCodeAt(i), 0x01000193);
    d = Math.imul(d ^ s.length, 0x01000193);
    if (s.length <= 48 && stringDigests.size < 50_000) stringDigests.set(s, d);
  }
  return d;
}

const F64 = new Float64Array(1);
const I32 = new Int32Array(F64.buffer);

function isSorted(keys: string[]): boolean {
  for (let i = 1; i < keys.length; i++) if (keys[i - 1]! > keys[i]!) return false;
  return true;
}

class Hasher {
  private h1 = 0x811c9dc5 | 0;
  private h2 = 0x9e3779b9 | 0;

  code(c: number): void {
    this.h1 = Math.imul(this.h1 ^ c, 0x01000193);
    this.h2 = Math.imul(this.h2 ^ c, 0x5bd1e995);
    this.h2 ^= this.h2 >>> 15;
  }

  text(s: string): void {
    this.code(TAG_STR);
    this.code(digestOf(s));
  }

  value(v: unknown): void {
    if (v === null || v === undefined) return this.code(TAG_NULL);
    switch (typeof v) {
      case 'boolean':
        return this.code(v ? TAG_TRUE : TAG_FALSE);
      case 'number': {
        if ((v | 0) === v) {
          this.code(TAG_INT);
          return this.code(v);
        }
        if (!Number.isFinite(v)) return this.code(TAG_NULL); // as JSON writes it
        // Other numbers by their exact 64-bit pattern: the same double, the same codes.
        this.code(TAG_NUM);
        F64[0] = v === 0 ? 0 : v;
        this.code(I32[0]!);
        return this.code(I32[1]!);
      }
      case 'string':
        return this.text(v);
      case 'object': {
        if (Array.isArray(v)) {
          this.code(TAG_ARR);
          for (const item of v) this.value(item);
          return this.code(TAG_END);
        }
        this.code(TAG_OBJ);
        const obj = v as Record<string, unknown>;
        const keys = Object.keys(obj);
        if (!isSorted(keys)) keys.sort();
        for (const k of keys) {
          if (obj[k] === undefined) continue; // JSON drops undefined members; so do we
          this.text(k);
          this.value(obj[k]);
        }
        return this.code(TAG_END);
      }
      default:
        throw new TypeError(`not a JSON value: ${typeof v}`);
    }
  }

  digest(): string {
    // Final avalanche so near-identical inputs spread over all bits.
    let a = this.h1, b = this.h2;
    a ^= a >>> 16; a = Math.imul(a, 0x85ebca6b); a ^= a >>> 13; a = Math.imul(a, 0xc2b2ae35); a ^= a >>> 16;
    b ^= b >>> 16; b = Math.imul(b, 0x85ebca6b); b ^= b >>> 13; b = Math.imul(b, 0xc2b2ae35); b ^= b >>> 16;
    return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
  }
}

/** 16 hex digits identifying a JSON value independent of key order. */
export function canonicalHash(value: unknown): string {
  const h = new Hasher();
  h.value(value);
  return h.digest();
}
