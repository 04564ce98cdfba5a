import type { DetectedEntity, Mention } from '../core/entity';

/**
 * A detected entity as it crosses runtime messaging: every field but `mentions`, whose offsets go
 * as one flat list `[start0, end0, start1, end1, …]`. Chrome turns a message into JSON-like values
 * node by node: a 5 MB article's 60,000 mentions as `{ start, end }` objects cost it (and the page,
 * turning them back) several times what the same numbers cost as one list.
 */
export type WireEntity = Omit<DetectedEntity, 'mentions'> & { offsets: number[] };

/** The detector's answer in its wire form (see {@link WireEntity}); entities keep their order. */
export function encodeDetection(entities: readonly DetectedEntity[]): WireEntity[] {
  return entities.map(({ mentions, ...rest }) => {
    const offsets = new Array<number>(mentions.length * 2);
    for (let i = 0; i < mentions.length; i++) {
      offsets[2 * i] = mentions[i]!.start;
      offsets[2 * i + 1] = mentions[i]!.end;
    }
    return { ...rest, offsets };
  });
}

/**
 * The detector's answer back from its wire form: `decodeDetection(encodeDetection(e))` equals `e`.
 * Throws when an entity's offsets are not pairs of numbers (not an answer from this background).
 */
export function decodeDetection(wire: readonly WireEntity[]): DetectedEntity[] {
  return wire.map(({ offsets, ...rest }) => {
    if (!Array.isArray(offsets) || offsets.length % 2 !== 0)
      throw new Error('The detector answered in a form this page does not read.');
    const mentions: Mention[] = new Array<Mention>(offsets.length / 2);
    for (let i = 0; i < mentions.length; i++) mentions[i] = { start: offsets[2 * i]!, end: offsets[2 * i + 1]! };
    return { ...rest, mentions };
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
 * The background's side of a text sent in parts: holds the parts of each text (by the id the
 * page chose) until the last one comes with the detect request, then gives the text whole.
 */
export class TextParts {
  private readonly pending = new Map<string, { parts: string[]; chars: number }>();

  constructor(
    /** Longest text accepted (the detector's own limit). */
    private readonly maxChars: number,
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
    let entry = this.pending.get(id);
    if (!entry) {
      entry = { parts: [], chars: 0 };
      this.pending.set(id, entry);
      // Maps iterate in insertion order: the first key is the oldest unfinished text.
      if (this.pending.size > PENDING_TEXTS) this.pending.delete(this.pending.keys().next().value!);
    }
    entry.chars += text.length - (entry.parts[index]?.length ?? 0);
    entry.parts[index] = text;
    if (entry.chars > this.maxChars) {
      this.pending.delete(id);
      throw new Error(
        `This page has too much text for District Lens (${entry.chars.toLocaleString('en')} characters).`,
      );
    }
  }

  /**
   * The whole text `id` of `count` parts, the last of which is `last`; forgets it. Throws when a
   * part is missing (the background restarted in between, or the page sent them wrong).
   */
  take(id: unknown, count: unknown, last: string): string {
    const entry = typeof id === 'string' ? this.pending.get(id) : undefined;
    if (typeof id === 'string') this.pending.delete(id);
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 2 || !entry) {
      throw new Error('The page’s text did not arrive whole; reload the page.');
    }
    const parts = entry.parts;
    // `parts` is sparse when one is missing: every index below its length must hold a part.
    if (parts.length !== count - 1 || Object.keys(parts).length !== parts.length) {
      throw new Error('The page’s text did not arrive whole; reload the page.');
    }
    return parts.join('') + last;
  }
}
