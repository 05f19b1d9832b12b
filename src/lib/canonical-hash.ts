// A canonical encoding of plain JSON values, and a 128-bit hash of it. Object keys are
// visited in sorted order, so two values that are equal as data encode (and hash) the
// same whatever order their keys were built in.
//
// The encoding is a stream of 32-bit words, self-delimiting so that two different values
// never give the same words: every value starts with a tag; a string gives its length
// and then every one of its UTF-16 code units; arrays and objects end with their own tag;
// numbers that are not small integers give their exact 64-bit pattern, so NaN and
// ±Infinity are numbers of their own and never hash like null.
//
// The state hash runs after every turn of every game a person or a replay sees, so it
// must stay cheap: it is MurmurHash3's x86 128-bit mixing over the words (SHA-256 of a
// campaign state was measured about three times slower). Where a forger may try to collide on
// purpose (the replay's checksum), the same words go through SHA-256 (see replay/format).

// A tag is the low 4 bits of a word. Short strings carry their length, and small
// non-negative integers their value, in the 28 bits above their tag: fewer words to mix.
const TAG_NULL = 1, TAG_FALSE = 2, TAG_TRUE = 3, TAG_NUM = 4, TAG_STR = 5, TAG_ARR = 6, TAG_OBJ = 7, TAG_END = 8, TAG_INT = 9, TAG_NAN = 10, TAG_SMALL = 11, TAG_LONG_STR = 12;
const SMALL = 1 << 27;

const F64 = new Float64Array(1);
const I32 = new Int32Array(F64.buffer);

function isSorted(keys: string[]): boolean {
  for (let i = 1; i < keys.length; i++) if (keys[i - 1]! > keys[i]!) return false;
  return true;
}

// Objects of one shape (each area's fields, the areas, the flags) come back in every state
// with their keys in the same unsorted order: each such order is sorted once and kept,
// found again by its first key and then compared key by key (ids are interned strings).
const SHAPES_PER_KEY = 8;
const shapes = new Map<string, { keys: string[]; sorted: string[] }[]>();

function sameKeys(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The keys in sorted order: these very keys if sorted already, else a kept or new sorted copy. */
function sortedKeys(keys: string[]): string[] {
  if (isSorted(keys)) return keys;
  let known = shapes.get(keys[0]!);
  if (known) {
    for (const shape of known) if (sameKeys(shape.keys, keys)) return shape.sorted;
  } else if (shapes.size < 10_000) {
    known = [];
    shapes.set(keys[0]!, known);
  }
  const sorted = [...keys].sort();
  if (known) {
    // Shapes that keep changing (the choices grow every day) make way for newer ones.
    if (known.length === SHAPES_PER_KEY) known.shift();
    known.push({ keys, sorted });
  }
  return sorted;
}

/** A string's words: its tag and length, then two code units to a word (every bit of every unit). */
function wordsOf(s: string): Int32Array {
  const n = s.length;
  const head = n < SMALL ? 1 : 2;
  const out = new Int32Array(head + ((n + 1) >> 1));
  if (head === 1) out[0] = TAG_STR | (n << 4);
  else {
    out[0] = TAG_LONG_STR;
    out[1] = n;
  }
  let w = head, i = 0;
  for (; i + 1 < n; i += 2) out[w++] = s.charCodeAt(i) | (s.charCodeAt(i + 1) << 16);
  if (i < n) out[w] = s.charCodeAt(i);
  return out;
}

// Ids and keys repeat across every state: each short string is encoded once.
const stringWords = new Map<string, Int32Array>();

/** The words of one value, written into a buffer that grows as needed and is reused. */
class Encoder {
  words = new Int32Array(4096);
  length = 0;

  private grow(): void {
    const bigger = new Int32Array(this.words.length * 2);
    bigger.set(this.words);
    this.words = bigger;
  }

  // Unchecked: `value` makes room for the few words it puts before its members, and
  // `text` and `end` make their own (a typed array would drop a write past its end).
  private put(w: number): void {
    this.words[this.length++] = w;
  }

  private end(): void {
    if (this.length === this.words.length) this.grow();
    this.words[this.length++] = TAG_END;
  }

  private text(s: string): void {
    let enc = stringWords.get(s);
    if (enc === undefined) {
      enc = wordsOf(s);
      if (s.length <= 48 && stringWords.size < 50_000) stringWords.set(s, enc);
    }
    const n = enc.length;
    while (this.length + n > this.words.length) this.grow();
    const words = this.words;
    let at = this.length;
    for (let i = 0; i < n; i++) words[at++] = enc[i]!;
    this.length = at;
  }

  value(v: unknown): void {
    if (this.length + 4 > this.words.length) this.grow();
    if (v === null || v === undefined) return this.put(TAG_NULL);
    switch (typeof v) {
      case 'boolean':
        return this.put(v ? TAG_TRUE : TAG_FALSE);
      case 'number': {
        if ((v | 0) === v) {
          // -0 is 0, as JSON writes it.
          if (v >= 0 && v < SMALL) return this.put(TAG_SMALL | (v << 4));
          this.put(TAG_INT);
          return this.put(v);
        }
        if (v !== v) return this.put(TAG_NAN); // one NaN, whatever its bits
        this.put(TAG_NUM);
        F64[0] = v;
        this.put(I32[0]!);
        return this.put(I32[1]!);
      }
      case 'string':
        return this.text(v);
      case 'object': {
        if (Array.isArray(v)) {
          this.put(TAG_ARR);
          for (const item of v) this.value(item);
          return this.end();
        }
        this.put(TAG_OBJ);
        const obj = v as Record<string, unknown>;
        const keys = sortedKeys(Object.keys(obj));
        for (const k of keys) {
          const member = obj[k];
          if (member === undefined) continue; // JSON drops undefined members; so do we
          this.text(k);
          this.value(member);
        }
        return this.end();
      }
      default:
        throw new TypeError(`not a JSON value: ${typeof v}`);
    }
  }
}

const encoder = new Encoder();

function encode(value: unknown): { words: Int32Array; length: number } {
  encoder.length = 0;
  encoder.value(value);
  return encoder;
}

const rotl = (x: number, r: number): number => (x << r) | (x >>> (32 - r));
const fmix = (h: number): number => {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
};
const C1 = 0x239b961b, C2 = 0xab0e9789, C3 = 0x38b34ae5, C4 = 0xa1e38b93;
const hex = (h: number): string => (h >>> 0).toString(16).padStart(8, '0');

/** MurmurHash3 x86 128 (Austin Appleby, public domain) over 32-bit words, seed 0. */
function murmur128(words: Int32Array, length: number): string {
  let h1 = 0, h2 = 0, h3 = 0, h4 = 0;
  const blocks = length - (length % 4);
  let i = 0;
  for (; i < blocks; i += 4) {
    let k1 = words[i]!, k2 = words[i + 1]!, k3 = words[i + 2]!, k4 = words[i + 3]!;
    k1 = Math.imul(rotl(Math.imul(k1, C1), 15), C2); h1 ^= k1;
    h1 = rotl(h1, 19); h1 = (h1 + h2) | 0; h1 = (Math.imul(h1, 5) + 0x561ccd1b) | 0;
    k2 = Math.imul(rotl(Math.imul(k2, C2), 16), C3); h2 ^= k2;
    h2 = rotl(h2, 17); h2 = (h2 + h3) | 0; h2 = (Math.imul(h2, 5) + 0x0bcaa747) | 0;
    k3 = Math.imul(rotl(Math.imul(k3, C3), 17), C4); h3 ^= k3;
    h3 = rotl(h3, 15); h3 = (h3 + h4) | 0; h3 = (Math.imul(h3, 5) + 0x96cd1c35) | 0;
    k4 = Math.imul(rotl(Math.imul(k4, C4), 18), C1); h4 ^= k4;
    h4 = rotl(h4, 13); h4 = (h4 + h1) | 0; h4 = (Math.imul(h4, 5) + 0x32ac3b17) | 0;
  }
  const rest = length - blocks;
  if (rest >= 3) h3 ^= Math.imul(rotl(Math.imul(words[i + 2]!, C3), 17), C4);
  if (rest >= 2) h2 ^= Math.imul(rotl(Math.imul(words[i + 1]!, C2), 16), C3);
  if (rest >= 1) h1 ^= Math.imul(rotl(Math.imul(words[i]!, C1), 15), C2);
  const bytes = length * 4;
  h1 ^= bytes; h2 ^= bytes; h3 ^= bytes; h4 ^= bytes;
  h1 = (h1 + h2 + h3 + h4) | 0; h2 = (h2 + h1) | 0; h3 = (h3 + h1) | 0; h4 = (h4 + h1) | 0;
  h1 = fmix(h1); h2 = fmix(h2); h3 = fmix(h3); h4 = fmix(h4);
  h1 = (h1 + h2 + h3 + h4) | 0; h2 = (h2 + h1) | 0; h3 = (h3 + h1) | 0; h4 = (h4 + h1) | 0;
  return hex(h1) + hex(h2) + hex(h3) + hex(h4);
}

/** 32 hex digits (128 bits) identifying a JSON value independent of key order. */
export function canonicalHash(value: unknown): string {
  const { words, length } = encode(value);
  return murmur128(words, length);
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** The canonical encoding as bytes (each word little-endian), for a cryptographic digest. */
export function canonicalBytes(value: unknown): Uint8Array {
  const { words, length } = encode(value);
  const out = new Uint8Array(length * 4);
  if (LITTLE_ENDIAN) out.set(new Uint8Array(words.buffer, 0, length * 4));
  else {
    const view = new DataView(out.buffer);
    for (let i = 0; i < length; i++) view.setInt32(i * 4, words[i]!, true);
  }
  return out;
}
