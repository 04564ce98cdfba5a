import type { Mention } from '../entity';

/** A mention in raw offsets, the entity it belongs to, and whether the reader's layer found it. */
export interface SourcedMention extends Mention {
  entityId: string;
  fromReader: boolean;
}

/**
 * Resolves the built-in detector's mentions and the reader's candidate matches together,
 * leftmost-longest: the candidate starting first wins, then the longer one, and on an equal span
 * the reader's (the reader is correcting us). A candidate overlapping a winner is dropped. So a
 * reader name never makes a mention inside a longer base mention (苏州 inside 苏州工业园区), and a
 * longer reader name takes over the base mentions it covers.
 *
 * The base's own decisions stand: two base mentions never drop each other here, only a reader
 * match can drop a base mention. `reader` may hold overlapping candidates (the longest at each
 * start); neither input needs to be sorted. Returns the winners sorted by `start`.
 */
export function mergeMentions(base: readonly SourcedMention[], reader: readonly SourcedMention[]): SourcedMention[] {
  if (reader.length === 0) return [...base].sort((a, b) => a.start - b.start);
  const all = [...base, ...reader].sort(
    (a, b) => a.start - b.start || b.end - a.end || Number(b.fromReader) - Number(a.fromReader),
  );
  const chosen: SourcedMention[] = [];
  let end = 0; // the furthest end of any winner
  let readerEnd = 0; // the furthest end of a reader winner
  for (const m of all) {
    if (m.fromReader) {
      if (m.start < end) continue;
      readerEnd = m.end;
    } else if (m.start < readerEnd) {
      continue;
    }
    chosen.push(m);
    if (m.end > end) end = m.end;
  }
  return chosen;
}
