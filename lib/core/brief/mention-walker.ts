import type { DetectedEntity, Mention } from '../entity';
import type { NormalizedText } from '../normalize';
import type { Placed } from './event-parties';

/**
 * Raw offsets per bucket, as a power of two: the mentions are sorted into buckets of this many raw
 * characters by counting (linear), then each bucket's few by start.
 */
const BUCKET_BITS = 6;

/**
 * Walks the mentions of `entities` in text order: asked for sentences in increasing order, without
 * overlaps (normalised offsets), it gives the mentions whose raw start is in each, placed in
 * normalised offsets, by raw start (ties in the order of `entities` and their mentions); a mention
 * running past the sentence's end is left out. Only the mentions of the sentences asked for become
 * objects: the others stay numbers in arrays, sorted into buckets of raw offsets by a counting sort
 * — one object per mention and a sort of all of them were half the event finding on long pages,
 * where most sentences tell no event. Plain arrays of small integers, not typed arrays: an
 * article's few dozen mentions made typed arrays too big to live on V8's heap, and each of their
 * six buffers a call into the runtime and work for the collector (a sixth of the event finding on
 * the fixture articles).
 * Example: with 宁波 at raw [3, 5) of `5月1日宁波签约`, the sentence [0, 9) → [宁波 at [3, 5)].
 */
export function mentionWalker(
  normalized: NormalizedText,
  entities: readonly DetectedEntity[],
): (sentence: Mention) => Placed[] {
  const { owners, starts, ends } = flatMentions(entities);
  const buckets = bucketsByStart(starts, normalized.toRawStart(normalized.text.length));
  return (sentence) => {
    const rawFrom = normalized.toRawStart(sentence.start);
    const rawTo = normalized.toRawStart(sentence.end);
    const picked = pickStartingIn(buckets, starts, rawFrom, rawTo);
    const inSentence: Placed[] = [];
    // Nothing dropped in the sentence (the raw span is as long): every raw offset in it is its
    // normalised one shifted, and a mention ending past rawTo ends past the sentence — no search of
    // the offset map for each mention (most sentences of most pages).
    const shift = rawFrom - sentence.start;
    if (rawTo - sentence.end === shift) {
      for (const i of picked)
        if (ends[i]! <= rawTo)
          inSentence.push({ entity: entities[owners[i]!]!, start: starts[i]! - shift, end: ends[i]! - shift });
      return inSentence;
    }
    for (const i of picked) {
      const start = normalized.fromRaw(starts[i]!, sentence.start);
      const end = normalized.fromRaw(ends[i]!, start);
      if (end <= sentence.end) inSentence.push({ entity: entities[owners[i]!]!, start, end });
    }
    return inSentence;
  };
}

/** The mentions of `entities` as three arrays: whose (the entity's index), raw start, raw end. */
function flatMentions(entities: readonly DetectedEntity[]): {
  owners: number[];
  starts: number[];
  ends: number[];
} {
  const owners: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  // Made before the loop (see scanEventText): made after it, the loop's code was dropped every call.
  const flat = { owners, starts, ends };
  for (let e = 0; e < entities.length; e++) {
    const { mentions } = entities[e]!;
    for (let m = 0; m < mentions.length; m++) {
      owners.push(e);
      starts.push(mentions[m]!.start);
      ends.push(mentions[m]!.end);
    }
  }
  return flat;
}

/**
 * The mentions (indices into `starts`) grouped by the bucket of their raw start, by start within a
 * bucket (ties by index): bucket b holds `order[first[b]]` … `order[first[b + 1] - 1]`, so `order`
 * lists them all by start. Starts outside `[0, rawLength]` go to the last bucket (no sentence holds
 * them; they are filtered out when read).
 */
interface Buckets {
  first: number[];
  order: number[];
}

/**
 * Sorts the mention indices into buckets of raw starts (see Buckets): by counting, then each bucket
 * by insertion (a bucket holds a few; the counting put them in index order, which insertion keeps
 * for equal starts).
 */
function bucketsByStart(starts: readonly number[], rawLength: number): Buckets {
  const last = rawLength >>> BUCKET_BITS;
  const bucketOf = (start: number) => (start < 0 ? last : Math.min(last, start >>> BUCKET_BITS));
  const first: number[] = [];
  for (let b = 0; b < last + 2; b++) first.push(0);
  for (let i = 0; i < starts.length; i++) first[bucketOf(starts[i]!) + 1]!++;
  for (let b = 1; b < first.length; b++) first[b]! += first[b - 1]!;
  const fill = first.slice(0, last + 1);
  const order: number[] = [];
  for (let i = 0; i < starts.length; i++) order.push(0);
  const buckets: Buckets = { first, order }; // made before the loops (see flatMentions)
  for (let i = 0; i < starts.length; i++) order[fill[bucketOf(starts[i]!)]!++] = i;
  for (let b = 0; b <= last; b++) {
    for (let j = first[b]! + 1; j < first[b + 1]!; j++) {
      const i = order[j]!;
      let at = j;
      for (; at > first[b]! && starts[order[at - 1]!]! > starts[i]!; at--) order[at] = order[at - 1]!;
      order[at] = i;
    }
  }
  return buckets;
}

/**
 * The mentions whose raw start is in `[rawFrom, rawTo)`, by start, ties by index: read in order
 * from the buckets that range covers.
 */
function pickStartingIn(buckets: Buckets, starts: readonly number[], rawFrom: number, rawTo: number): number[] {
  const picked: number[] = [];
  const last = buckets.first.length - 2;
  const to = Math.min(last, (rawTo - 1) >>> BUCKET_BITS);
  for (let b = Math.min(last, rawFrom >>> BUCKET_BITS); b <= to; b++) {
    for (let j = buckets.first[b]!; j < buckets.first[b + 1]!; j++) {
      const i = buckets.order[j]!;
      const start = starts[i]!;
      if (start >= rawFrom && start < rawTo) picked.push(i);
    }
  }
  return picked;
}
