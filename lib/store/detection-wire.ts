import type { DetectedEntity, Mention } from '../core/entity';

/**
 * A detected entity as it crosses runtime messaging: every field but `mentions`, whose offsets go
 * as one short ASCII string (see {@link encodeOffsets}). Chrome turns a message into JSON-like
 * values node by node, on the sending and on the receiving thread: a 5 MB article's 60,000
 * mentions as `{ start, end }` objects cost it several times what the same numbers cost as one
 * list, and the list (120,000 numbers) still held the page's thread for tens of milliseconds in
 * one task when the answer arrived; as text they are one value of ~3 characters a mention.
 */
export type WireEntity = Omit<DetectedEntity, 'mentions'> & { offsets: string };

/** Bits of a number written per character of {@link encodeOffsets}. */
const GROUP_BITS = 5;
/** Character code of a group that more groups of the same number follow: `0`…`O`. */
const MORE_GROUP = 48;
/** Character code of a number's last group: `` ` ``…DEL — none needs escaping in JSON. */
const LAST_GROUP = 96;
/** One group's value. */
const GROUP_MASK = (1 << GROUP_BITS) - 1;

/**
 * Zigzag code of an integer, so small negative numbers stay short: 0 → 0, −1 → 1, 1 → 2, −2 → 3.
 * Throws past ±2^29 (see {@link MAX_CODE}).
 */
function zigzag(n: number): number {
  if (!(n > -MAX_CODE / 2 && n < MAX_CODE / 2 && Number.isInteger(n)))
    throw new RangeError('A mention offset is out of range.');
  return (n << 1) ^ (n >> 31);
}

/** The integer of a {@link zigzag} code. Small integers only (offsets): no heap number per value. */
function unzigzag(code: number): number {
  return (code >> 1) ^ -(code & 1);
}

/**
 * Mentions as text: for each, how far its start lies from the previous mention's end (zigzag: an
 * overlap is negative) and its length, each a run of 5-bit groups, low bits first, where only the
 * last group is a character of {@link LAST_GROUP}'s range. Mentions follow each other in the text,
 * so most distances take two characters and most lengths one.
 * Example: `[{ start: 5, end: 8 }, { start: 20, end: 23 }]` → `"jfxf"` (zigzag 10, 6, 24, 6: distances
 * 5 and 12, lengths 3 and 3); a distance of 1,000 (zigzag 2,000) takes three characters: `"@Na"`.
 */
export function encodeOffsets(mentions: readonly Mention[]): string {
  // ASCII bytes, then one decode: far cheaper than a string grown a character at a time.
  const bytes = new Uint8Array(mentions.length * 2 * MAX_GROUPS);
  let length = 0;
  let previousEnd = 0;
  for (let i = 0; i < mentions.length; i++) {
    const { start, end } = mentions[i]!;
    length = writeNumber(bytes, length, zigzag(start - previousEnd));
    length = writeNumber(bytes, length, zigzag(end - start));
    previousEnd = end;
  }
  return ascii.decode(bytes.subarray(0, length));
}

/**
 * Zigzag codes stay below this (offsets and lengths within ±2^29, far past the longest text the
 * detector reads), so every number is a small integer for V8 on both sides.
 */
const MAX_CODE = 2 ** 30;

/** Groups of the longest number {@link encodeOffsets} writes. */
const MAX_GROUPS = Math.ceil(30 / GROUP_BITS);

/** Decodes the ASCII bytes {@link encodeOffsets} writes. */
const ascii = new TextDecoder();

/** Writes `value`'s groups into `bytes` from `at`; returns where the next number goes. */
function writeNumber(bytes: Uint8Array, at: number, value: number): number {
  let rest = value;
  let next = at;
  while (rest > GROUP_MASK) {
    bytes[next++] = MORE_GROUP + (rest & GROUP_MASK);
    rest >>>= GROUP_BITS;
  }
  bytes[next++] = LAST_GROUP + rest;
  return next;
}

/**
 * The mentions of {@link encodeOffsets}'s text: `decodeOffsets(encodeOffsets(m))` equals `m`.
 * Throws on text it did not write (a character outside both ranges, a number cut short, a start
 * without its length).
 */
export function decodeOffsets(text: string): Mention[] {
  const mentions: Mention[] = [];
  let previousEnd = 0;
  let start = 0;
  let atLength = false; // the number being read is a length (else a distance)
  let value = 0;
  let shift = 0;
  // One loop without calls: a 5 MB article's answer holds 120,000 numbers.
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= MORE_GROUP && code <= MORE_GROUP + GROUP_MASK && shift < 25) {
      value |= (code - MORE_GROUP) << shift;
      shift += GROUP_BITS;
      continue;
    }
    if (code < LAST_GROUP || code > LAST_GROUP + GROUP_MASK) throw new Error(UNREADABLE);
    const number = unzigzag(value | ((code - LAST_GROUP) << shift));
    value = 0;
    shift = 0;
    if (atLength) {
      previousEnd = start + number;
      mentions.push({ start, end: previousEnd });
    } else {
      start = previousEnd + number;
    }
    atLength = !atLength;
  }
  if (shift !== 0 || atLength) throw new Error(UNREADABLE); // a number cut short, a start without its length
  return mentions;
}

/** What the page says when an answer is not in the form it reads. */
const UNREADABLE = 'The detector answered in a form this page does not read.';

/** The detector's answer in its wire form (see {@link WireEntity}); entities keep their order. */
export function encodeDetection(entities: readonly DetectedEntity[]): WireEntity[] {
  return entities.map(({ mentions, ...rest }) => ({ ...rest, offsets: encodeOffsets(mentions) }));
}

/**
 * The detector's answer back from its wire form: `decodeDetection(encodeDetection(e))` equals `e`.
 * Throws when an entity's offsets are not text {@link encodeOffsets} wrote (not an answer from this
 * background).
 */
export function decodeDetection(wire: readonly WireEntity[]): DetectedEntity[] {
  return wire.map(({ offsets, ...rest }) => {
    if (typeof offsets !== 'string') throw new Error(UNREADABLE);
    return { ...rest, mentions: decodeOffsets(offsets) };
  });
}

/**
 * Most characters of an article's text sent in one message. A longer text goes in parts, one
 * message (and one task of the page) each: sent whole, a 5 MB page's text held the page's thread
 * for ~200 ms in Chrome's `sendMessage` (it serialises the message there).
 */
export const TEXT_PART_CHARS = 1 << 18;

/** Pages whose parts the background holds at once; an older unfinished text is dropped. */
const PENDING_TEXTS = 4;

/** `text` cut into parts of at most `size` characters (one part for a short text). */
export function splitText(text: string, size: number = TEXT_PART_CHARS): string[] {
  const parts: string[] = [];
  for (let at = 0; at < text.length; at += size) parts.push(text.slice(at, at + size));
  return parts.length > 0 ? parts : [''];
}

/**
 * How long a request whose earlier parts are still on their way waits for them (ms): the page sends
 * every part without waiting for the background to take the one before (see sendTextInParts).
 */
const PARTS_WAIT_MS = 10_000;

/** One text's parts as they come, and the request waiting for the rest, if it came first. */
interface PendingText {
  parts: string[];
  chars: number;
  waiting?: { count: number; resolve: () => void };
}

/**
 * The background's side of a text sent in parts: holds the parts of each text (by the id the
 * page chose) until the last one comes with the detect request, then gives the text whole.
 */
export class TextParts {
  private readonly pending = new Map<string, PendingText>();
  /** Ids of the texts given back lately: asked again, they fail at once instead of waiting. */
  private readonly taken: string[] = [];

  constructor(
    /** Longest text accepted (the detector's own limit). */
    private readonly maxChars: number,
    /** How long {@link take} waits for parts still on their way (ms). */
    private readonly waitMs: number = PARTS_WAIT_MS,
  ) {}

  /** Keeps part `index` of text `id`. Throws when the part is malformed or the text too long. */
  add(id: unknown, index: unknown, text: unknown): void {
    if (typeof id !== 'string' || id.length === 0 || id.length > 64) throw new Error('The text part has no id.');
    if (typeof text !== 'string') throw new Error('The article text is not text.');
    // Every part but the last is full, so a text within the limit has at most this many parts.
    if (
      typeof index !== 'number' ||
      !Number.isInteger(index) ||
      index < 0 ||
      index > this.maxChars / TEXT_PART_CHARS + 1
    )
      throw new Error('The text part has no place.');
    const entry = this.entryOf(id);
    entry.chars += text.length - (entry.parts[index]?.length ?? 0);
    entry.parts[index] = text;
    if (entry.chars > this.maxChars) {
      this.pending.delete(id);
      entry.waiting?.resolve();
      throw new Error(
        `This page has too much text for District Lens (${entry.chars.toLocaleString('en')} characters).`,
      );
    }
    if (entry.waiting && isWhole(entry.parts, entry.waiting.count)) entry.waiting.resolve();
  }

  /**
   * The whole text `id` of `count` parts, the last of which is `last`; forgets it. Parts that have
   * not come yet are waited for (up to `waitMs`): the page does not wait between sends, and
   * nothing promises their messages arrive in the order they were sent. Rejects when a part is
   * still missing then (the background restarted in between, or the page sent them wrong).
   */
  async take(id: unknown, count: unknown, last: string): Promise<string> {
    const whole = () => new Error('The page’s text did not arrive whole; reload the page.');
    if (
      typeof id !== 'string' ||
      typeof count !== 'number' ||
      !Number.isInteger(count) ||
      count < 2 ||
      this.taken.includes(id)
    ) {
      if (typeof id === 'string') this.pending.delete(id);
      throw whole();
    }
    const entry = this.entryOf(id);
    if (!isWhole(entry.parts, count - 1)) {
      const arrived = await new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(false), this.waitMs);
        entry.waiting = {
          count: count - 1,
          resolve: () => {
            clearTimeout(timer);
            resolve(true);
          },
        };
      });
      // Dropped meanwhile (too many pages at once, or too long): its parts are gone.
      if (!arrived || this.pending.get(id) !== entry) {
        this.pending.delete(id);
        throw whole();
      }
    }
    this.pending.delete(id);
    this.taken.push(id);
    if (this.taken.length > PENDING_TEXTS) this.taken.shift();
    return entry.parts.join('') + last;
  }

  /** The parts of text `id` so far, made when its first part or its request comes. */
  private entryOf(id: string): PendingText {
    let entry = this.pending.get(id);
    if (!entry) {
      entry = { parts: [], chars: 0 };
      this.pending.set(id, entry);
      // Maps iterate in insertion order: the first key is the oldest unfinished text.
      if (this.pending.size > PENDING_TEXTS) {
        const oldest = this.pending.keys().next().value!;
        this.pending.get(oldest)?.waiting?.resolve();
        this.pending.delete(oldest);
      }
    }
    return entry;
  }
}

/** True when `parts` holds exactly parts 0 … `count` − 1 (a sparse array has holes where parts are missing). */
function isWhole(parts: readonly string[], count: number): boolean {
  return parts.length === count && Object.keys(parts).length === count;
}
