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
 * objects: the others stay numbers in arrays, sorted into buckets of raw offsets by a counting
 * sort — one object per mention and a sort of all of them were half the event finding on long
 * pages, where most sentences tell no event. Plain arrays of small integers, not typed arrays:
 * making a typed array cost more than the walk itself on a short article.
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
    const inSentence: Placed[] = [];
    forEachStartingIn(buckets, starts, rawFrom, rawTo, (i) => {
      const start = normalized.fromRaw(starts[i]!, sentence.start);
      const end = normalized.fromRaw(ends[i]!, start);
      if (end <= sentence.end) inSentence.push({ entity: entities[owners[i]!]!, start, end });
    });
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
  for (let e = 0; e < entities.length; e++) {
    for (const m of entities[e]!.mentions) {
      owners.push(e);
      starts.push(m.start);
      ends.push(m.end);
    }
  }
  return { owners, starts, ends };
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
  const first = zeros(last + 2);
  for (const start of starts) first[bucketOf(start) + 1]!++;
  for (let b = 1; b < first.length; b++) first[b]! += first[b - 1]!;
  const fill = first.slice(0, last + 1);
  const order = zeros(starts.length);
  for (let i = 0; i < starts.length; i++) order[fill[bucketOf(starts[i]!)]!++] = i;
  for (let b = 0; b <= last; b++) {
    for (let j = first[b]! + 1; j < first[b + 1]!; j++) {
      const i = order[j]!;
      let at = j;
      for (; at > first[b]! && starts[order[at - 1]!]! > starts[i]!; at--) order[at] = order[at - 1]!;
      order[at] = i;
    }
  }
  return { first, order };
}

/**
 * `count` zeros in a packed array, made by pushing: `new Array(count)` of 100,000 or more is a
 * slow dictionary, which a 5 MB page's mentions reach.
 */
function zeros(count: number): number[] {
  const array: number[] = [];
  for (let i = 0; i < count; i++) array.push(0);
  return array;
}

/**
 * Calls `visit` with each mention whose raw start is in `[rawFrom, rawTo)`, by start, ties by
 * index: read in order from the buckets that range covers (no array of them is made).
 */
function forEachStartingIn(
  buckets: Buckets,
  starts: readonly number[],
  rawFrom: number,
  rawTo: number,
  visit: (i: number) => void,
): void {
  const last = buckets.first.length - 2;
  const to = Math.min(last, (rawTo - 1) >>> BUCKET_BITS);
  for (let b = Math.min(last, rawFrom >>> BUCKET_BITS); b <= to; b++) {
    for (let j = buckets.first[b]!; j < buckets.first[b + 1]!; j++) {
      const i = buckets.order[j]!;
      const start = starts[i]!;
      if (start >= rawFrom && start < rawTo) visit(i);
    }
  }
}
