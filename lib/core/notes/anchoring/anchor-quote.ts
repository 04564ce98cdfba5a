import { normalizeForMatching, type NormalizedText } from '../../normalize';
import { MAX_SENTENCE_SIDE, sentenceBounds, type QuoteAnchor } from './quote-anchor';
import {
  bigramDice,
  bigramProfile,
  commonRun,
  contextPattern,
  contextSimilarity,
  type BigramProfile,
  type ContextPattern,
  type ContextSide,
} from './similarity';

/**
 * Finding a {@link QuoteAnchor} again in the text of a page as it is now.
 *
 * ## Candidates
 * Every occurrence of the quote, found with `indexOf`:
 * - **raw** occurrences of `exact` in the raw text (an unchanged page, or a quote whose raw text
 *   holds something normalisation drops at its edge, e.g. `務(wù)`);
 * - **normalised** occurrences: `exact`, normalised in its own context, in the normalised text
 *   ({@link normalizeForMatching}: traditional → simplified, inline pinyin dropped, widths
 *   folded…), mapped back to raw offsets — so a note written on `闵师林` finds `閔師林` in the
 *   traditional mirror, and `商务区` finds `商務(wù)區(qū)`. A normalised occurrence overlapping a
 *   raw one is the same place and is dropped.
 * The quote no longer occurring at all means the note is an orphan: `null`.
 *
 * ## Score of a candidate, in [0, 1]
 * Comparisons are on normalised text; the raw text only serves the "unchanged" fast paths.
 * - `prefix`, `suffix` ∈ [0, 1]: how well the stored context (32 characters) matches the text next
 *   to the candidate. Similarity `1 − d / |context|`, d the edit distance between the context and
 *   the window next to the candidate, read outwards from the quote with the window's far end free
 *   (insertions do not push the context out; see {@link contextSimilarity}); the side's score is
 *   the mean of that similarity over the whole context and over its `nearContext` (8) characters
 *   next to the quote, so the quote's immediate neighbours count more. 1 when unchanged.
 * - `context` = the mean of `prefix` and `suffix` weighted by the stored contexts' lengths (a quote
 *   at the start of the text has no prefix; that side then does not count). When the anchor has no
 *   context on either side, `context` is 1 if the candidate has none either, else 0.
 * - `sentence` ∈ [0, 1]: the stored sentence and the sentence around the candidate, compared side
 *   by side around the quote — Dice coefficient of character bigrams on each side, weighted by
 *   the longer text of that side. Sentences end at `。！？!?；;` and newlines, so what changed
 *   outside the sentence (ads, menus, a moved paragraph) does not lower it; a line that merely
 *   contains the stored sentence, or a second mention of the name in the same sentence, does.
 * - `score = 0.5 · context + 0.5 · sentence` ({@link ANCHOR_THRESHOLDS}); `score = context` when
 *   the anchor has no sentence (e.g. imported from another tool).
 *
 * ## Decision
 * 1. The best score must reach `minScoreShort` (0.6) for a quote of at most `shortQuoteLength`
 *    (3) characters — a two-character name occurs everywhere, only its context says which one
 *    is meant — and `minScoreLong` (0.55) for a longer one. Otherwise: `null` (orphan).
 * 2. Candidates within `tieMargin` (0.02) of the best are tied: context cannot separate them
 *    (the same passage repeated). A tie is resolved by the position hint — the one nearest the
 *    old position wins — but only when the best score is at least `wellMatched` (0.8); a tie of
 *    mediocre matches is ambiguous: `null`. Otherwise the position never decides, so ads that
 *    shift the article do not pull a note to a wrong occurrence near the old offset.
 *
 * Calibration (every mention the detector finds in the 8 fixture articles, 488 notes): the right
 * place scores 1 on the unchanged page and in the traditional / pinyin mirror, ≥ 0.71 with ads and
 * menus inserted between paragraphs, ≥ 0.68 with the paragraphs in reverse order, ≥ 0.71 with a
 * character of the sentence changed; with the quoted sentence removed, the best remaining
 * occurrence scores ≤ 0.31 (short) / 0.37 (long) for 95 % of notes and at most 0.55 (short) /
 * 0.50 (long: a headline repeated inside a longer line) — all orphans. Known limit: when a
 * sentence names a place twice a few characters apart and only the noted mention is edited away,
 * the other one shares most of its context and can still score up to ~0.75 and take the note.
 *
 * ## Cost
 * The page text is normalised once ({@link createAnchorText}; share it across the notes of a
 * page). Per note: an `indexOf` pass per form of the quote; per candidate two bit-parallel edit
 * distances (Myers) on windows of at most 40 characters; sentence comparisons (a bigram count of
 * up to 2 × 100 characters) only for candidates whose context leaves them a chance to win. A
 * quote with more than `maxCandidates` (100) occurrences is first cut to the 100 whose characters
 * next to the quote match best (ties: nearest the position hint).
 */

/** The thresholds and weights of {@link anchorQuote}, documented above. */
export interface AnchorThresholds {
  /** Weight of the prefix/suffix context in the score. */
  contextWeight: number;
  /** Weight of the sentence in the score. */
  sentenceWeight: number;
  /** Quotes up to this many (normalised) characters are "short": a name, not a phrase. */
  shortQuoteLength: number;
  /** Lowest best score that re-attaches a short quote. */
  minScoreShort: number;
  /** Lowest best score that re-attaches a longer quote. */
  minScoreLong: number;
  /** Scores this close to the best tie: the position hint decides between them. */
  tieMargin: number;
  /** A tie is resolved by position only when the best score is at least this. */
  wellMatched: number;
  /** Stored context longer than this (characters, each side) is cut, keeping the part next to the quote. */
  maxContext: number;
  /** Characters next to the quote whose match counts twice (see the module comment). */
  nearContext: number;
  /** Extra characters in a candidate's context window, to absorb insertions. */
  windowSlack: number;
  /** At most this many occurrences are scored in full. */
  maxCandidates: number;
  /** Sentence characters kept on each side of the quote, as in {@link describeQuote}. */
  maxSentenceSide: number;
}

/** The default thresholds and weights (see the module comment for how they were chosen). */
export const ANCHOR_THRESHOLDS: Readonly<AnchorThresholds> = Object.freeze({
  contextWeight: 0.5,
  sentenceWeight: 0.5,
  shortQuoteLength: 3,
  minScoreShort: 0.6,
  minScoreLong: 0.55,
  tieMargin: 0.02,
  wellMatched: 0.8,
  maxContext: 64,
  nearContext: 8,
  windowSlack: 8,
  maxCandidates: 100,
  maxSentenceSide: MAX_SENTENCE_SIDE,
});

/** Overrides of {@link ANCHOR_THRESHOLDS}. */
export type AnchorQuoteOptions = Partial<AnchorThresholds>;

/** The defaults with `options` applied; an option left undefined keeps its default. */
function withDefaults(options: AnchorQuoteOptions): AnchorThresholds {
  const t: AnchorThresholds = { ...ANCHOR_THRESHOLDS };
  for (const key of Object.keys(t) as (keyof AnchorThresholds)[]) {
    const value = options[key];
    if (typeof value === 'number') t[key] = value;
  }
  return t;
}

/** Where a quote was found: raw offsets into the text, and the score of that place. */
export interface AnchorMatch {
  start: number;
  end: number;
  score: number;
}

/** A scored candidate place (see {@link rankAnchorCandidates}). */
export interface AnchorCandidate extends AnchorMatch {
  /** The raw text there is exactly the anchor's `exact` (else it matched after normalisation). */
  rawExact: boolean;
  prefix: number;
  suffix: number;
  context: number;
  /** The sentence score; `null` when the anchor has no sentence. */
  sentence: number | null;
}

/** A page's text prepared for anchoring: normalised once, shared by all the notes of the page. */
export interface AnchorText {
  readonly raw: string;
  readonly normalized: NormalizedText;
  /** The normalised offset of raw offset `rawOffset`: the first normalised character at or after it. */
  toNormalized(rawOffset: number): number;
}

/** First normalised index whose raw start is ≥ `rawOffset` (binary search; the map is increasing). */
function normalizedOffset(normalized: NormalizedText, rawOffset: number): number {
  let low = 0;
  let high = normalized.text.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (normalized.toRawStart(mid) < rawOffset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Normalises `raw` once for anchoring many notes in it. The raw → normalised offset map is built
 * on first use (one Int32Array over the raw text).
 */
export function createAnchorText(raw: string): AnchorText {
  const normalized = normalizeForMatching(raw);
  let rawToNormalized: Int32Array | null = null;
  return {
    raw,
    normalized,
    toNormalized(rawOffset) {
      // Steps only drop characters: the same length means nothing was dropped, offsets are equal.
      if (normalized.text.length === raw.length) return rawOffset;
      if (rawToNormalized === null) {
        rawToNormalized = new Int32Array(raw.length + 1);
        const n = normalized.text.length;
        let i = 0;
        for (let r = 0; r <= raw.length; r++) {
          while (i < n && normalized.toRawStart(i) < r) i++;
          rawToNormalized[r] = i;
        }
      }
      return rawToNormalized[rawOffset]!;
    },
  };
}

function asAnchorText(text: string | AnchorText): AnchorText {
  return typeof text === 'string' ? createAnchorText(text) : text;
}

// ── the anchor, prepared once per note ───────────────────────────────────────────────────────

/** One side of the stored context, normalised and compiled. */
interface ContextSideData {
  /** Raw, for the "unchanged" fast path. */
  raw: string;
  norm: string;
  whole: ContextPattern;
  /** The `nearContext` characters next to the quote; null when the context is no longer than that. */
  near: ContextPattern | null;
}

/** One side of the stored sentence (before or after the quote), raw and normalised. */
interface SentenceSide {
  raw: string;
  norm: string;
  bigrams: BigramProfile;
}

interface PreparedAnchor {
  exact: string;
  normExact: string;
  before: ContextSideData;
  after: ContextSideData;
  /** The stored sentence split around the quote; null when the anchor has no sentence. */
  sentence: { before: SentenceSide; after: SentenceSide } | null;
  hint: number;
  /** The lowest best score that re-attaches this quote. */
  minScore: number;
}

function contextSide(raw: string, norm: string, side: ContextSide, t: AnchorThresholds): ContextSideData {
  const near =
    norm.length > t.nearContext
      ? side === 'before'
        ? norm.slice(norm.length - t.nearContext)
        : norm.slice(0, t.nearContext)
      : null;
  return {
    raw,
    norm,
    whole: contextPattern(norm, side),
    near: near === null ? null : contextPattern(near, side),
  };
}

/**
 * Where the quote stands in the stored sentence: of the quote's occurrences there, the one whose
 * neighbours agree best with the stored prefix and suffix (a sentence may name a place twice); -1
 * when the sentence does not hold the quote (an anchor from elsewhere).
 */
function quoteInSentence(anchor: QuoteAnchor): number {
  const { sentence, exact } = anchor;
  if (exact.length === 0) return -1;
  let best = -1;
  let bestRun = -1;
  for (let at = sentence.indexOf(exact); at !== -1; at = sentence.indexOf(exact, at + 1)) {
    const run =
      commonRun(anchor.prefix, sentence.slice(0, at), 'before') +
      commonRun(anchor.suffix, sentence.slice(at + exact.length), 'after');
    if (run > bestRun) {
      best = at;
      bestRun = run;
    }
  }
  return best;
}

function sentenceSide(raw: string, norm: string): SentenceSide {
  return { raw, norm, bigrams: bigramProfile(norm) };
}

function prepareSentence(anchor: QuoteAnchor): PreparedAnchor['sentence'] {
  const sentence = typeof anchor.sentence === 'string' ? anchor.sentence : '';
  if (sentence.length === 0) return null;
  const normalized = normalizeForMatching(sentence);
  const at = quoteInSentence(anchor);
  if (at === -1) {
    // No quote to split at: the whole sentence stands before it.
    return { before: sentenceSide(sentence, normalized.text), after: sentenceSide('', '') };
  }
  const end = at + anchor.exact.length;
  const normStart = normalizedOffset(normalized, at);
  const normEnd = normalizedOffset(normalized, end);
  return {
    before: sentenceSide(sentence.slice(0, at), normalized.text.slice(0, normStart)),
    after: sentenceSide(sentence.slice(end), normalized.text.slice(normEnd)),
  };
}

function prepareAnchor(anchor: QuoteAnchor, t: AnchorThresholds): PreparedAnchor {
  const prefix = anchor.prefix.slice(Math.max(0, anchor.prefix.length - t.maxContext));
  const suffix = anchor.suffix.slice(0, t.maxContext);
  // Normalise the quote in its context, as the page's text is: the steps look at neighbours
  // (a space between two Han characters, a pinyin bracket after one).
  const local = normalizeForMatching(prefix + anchor.exact + suffix);
  const exactStart = normalizedOffset(local, prefix.length);
  const exactEnd = normalizedOffset(local, prefix.length + anchor.exact.length);
  const normExact = local.text.slice(exactStart, exactEnd);
  const quoteLength = normExact.length > 0 ? normExact.length : anchor.exact.length;
  const start = anchor.position?.start;
  return {
    exact: anchor.exact,
    normExact,
    before: contextSide(prefix, local.text.slice(0, exactStart), 'before', t),
    after: contextSide(suffix, local.text.slice(exactEnd), 'after', t),
    sentence: prepareSentence(anchor),
    hint: typeof start === 'number' && Number.isFinite(start) ? start : 0,
    minScore: quoteLength <= t.shortQuoteLength ? t.minScoreShort : t.minScoreLong,
  };
}

// ── candidates ───────────────────────────────────────────────────────────────────────────────

interface Place {
  start: number;
  end: number;
  normStart: number;
  normEnd: number;
  rawExact: boolean;
}

/** Every place the quote occurs, raw occurrences first, then normalised ones not overlapping them. */
function findPlaces(text: AnchorText, a: PreparedAnchor): Place[] {
  const raw = text.raw;
  const places: Place[] = [];
  for (let at = raw.indexOf(a.exact); at !== -1; at = raw.indexOf(a.exact, at + 1)) {
    const end = at + a.exact.length;
    places.push({ start: at, end, normStart: text.toNormalized(at), normEnd: text.toNormalized(end), rawExact: true });
  }
  const rawCount = places.length;
  const norm = text.normalized;
  const needle = a.normExact;
  if (needle.length === 0) return places;
  let k = 0;
  for (let at = norm.text.indexOf(needle); at !== -1; at = norm.text.indexOf(needle, at + 1)) {
    const start = norm.toRawStart(at);
    const end = norm.toRawEnd(at + needle.length);
    // Raw places are sorted and all equally long, so their ends increase too.
    while (k < rawCount && places[k]!.end <= start) k++;
    if (k < rawCount && places[k]!.start < end) continue;
    places.push({ start, end, normStart: at, normEnd: at + needle.length, rawExact: false });
  }
  return places;
}

/** Keeps the `limit` places whose characters next to the quote match best (ties: nearest the hint). */
function shortlist(text: AnchorText, a: PreparedAnchor, places: Place[], limit: number): Place[] {
  if (places.length <= limit) return places;
  const norm = text.normalized.text;
  const before = a.before.norm;
  const after = a.after.norm;
  const keyed = places.map((place) => ({
    place,
    run:
      commonRun(before, norm.slice(Math.max(0, place.normStart - before.length), place.normStart), 'before') +
      commonRun(after, norm.slice(place.normEnd, place.normEnd + after.length), 'after'),
    distance: Math.abs(place.start - a.hint),
  }));
  keyed.sort((x, y) => y.run - x.run || x.distance - y.distance);
  return keyed.slice(0, limit).map((k) => k.place);
}

// ── scoring ──────────────────────────────────────────────────────────────────────────────────

/** One side's context score: the mean of the whole context's similarity and its near part's. */
function sideScore(side: ContextSideData, window: string, t: AnchorThresholds): number {
  const whole = contextSimilarity(side.whole, window);
  if (side.near === null || whole === 1) return whole;
  const span = t.nearContext + t.windowSlack;
  const nearWindow =
    side.whole.side === 'before' ? window.slice(Math.max(0, window.length - span)) : window.slice(0, span);
  return (whole + contextSimilarity(side.near, nearWindow)) / 2;
}

type Scored = Omit<AnchorCandidate, 'score' | 'sentence'> & { normStart: number; normEnd: number };

function scoreContext(text: AnchorText, a: PreparedAnchor, place: Place, t: AnchorThresholds): Scored {
  const raw = text.raw;
  const norm = text.normalized.text;
  const { before, after } = a;
  const prefixUnchanged =
    place.rawExact && raw.slice(Math.max(0, place.start - before.raw.length), place.start) === before.raw;
  const suffixUnchanged = place.rawExact && raw.slice(place.end, place.end + after.raw.length) === after.raw;
  const beforeWindow = norm.slice(Math.max(0, place.normStart - before.norm.length - t.windowSlack), place.normStart);
  const afterWindow = norm.slice(place.normEnd, place.normEnd + after.norm.length + t.windowSlack);
  const prefix = prefixUnchanged ? 1 : sideScore(before, beforeWindow, t);
  const suffix = suffixUnchanged ? 1 : sideScore(after, afterWindow, t);
  const weight = before.norm.length + after.norm.length;
  let context: number;
  if (weight > 0) context = (before.norm.length * prefix + after.norm.length * suffix) / weight;
  else context = beforeWindow.length === 0 && afterWindow.length === 0 ? 1 : 0;
  return {
    start: place.start,
    end: place.end,
    normStart: place.normStart,
    normEnd: place.normEnd,
    rawExact: place.rawExact,
    prefix,
    suffix,
    context,
  };
}

/** Bigram Dice of one side of the stored sentence and the candidate's (1 when equal). */
function sideSimilarity(stored: SentenceSide, here: string): number {
  return stored.norm === here ? 1 : bigramDice(stored.bigrams, here);
}

/**
 * How well the candidate's sentence matches the stored one, side by side around the quote: the
 * Dice similarity of each side, weighted by the longer of the two texts on that side.
 */
function scoreSentence(text: AnchorText, a: PreparedAnchor, c: Scored, t: AnchorThresholds): number {
  const stored = a.sentence!;
  const raw = text.raw;
  if (c.rawExact) {
    const bounds = sentenceBounds(raw, c.start, c.end, t.maxSentenceSide);
    if (raw.slice(bounds.start, c.start) === stored.before.raw && raw.slice(c.end, bounds.end) === stored.after.raw) {
      return 1;
    }
  }
  const norm = text.normalized.text;
  const bounds = sentenceBounds(norm, c.normStart, c.normEnd, t.maxSentenceSide);
  const hereBefore = norm.slice(bounds.start, c.normStart);
  const hereAfter = norm.slice(c.normEnd, bounds.end);
  const weightBefore = Math.max(stored.before.norm.length, hereBefore.length);
  const weightAfter = Math.max(stored.after.norm.length, hereAfter.length);
  if (weightBefore + weightAfter === 0) return 1;
  return (
    (weightBefore * sideSimilarity(stored.before, hereBefore) + weightAfter * sideSimilarity(stored.after, hereAfter)) /
    (weightBefore + weightAfter)
  );
}

function byScoreThenHint(hint: number) {
  return (x: AnchorMatch, y: AnchorMatch) => y.score - x.score || Math.abs(x.start - hint) - Math.abs(y.start - hint);
}

/**
 * Scores the places of `a` in `text`, best first. With `prune`, candidates that can no longer win
 * or tie (their context score leaves them below the best so far, or below the minimum, even with
 * a perfect sentence) are left out instead of having their sentence compared.
 */
function rankPrepared(text: AnchorText, a: PreparedAnchor, t: AnchorThresholds, prune: boolean): AnchorCandidate[] {
  if (a.exact.length === 0) return [];
  const places = shortlist(text, a, findPlaces(text, a), t.maxCandidates);
  const partial = places.map((place) => scoreContext(text, a, place, t));
  const result: AnchorCandidate[] = [];
  const finish = (c: Scored, sentence: number | null, score: number): AnchorCandidate => ({
    start: c.start,
    end: c.end,
    score,
    rawExact: c.rawExact,
    prefix: c.prefix,
    suffix: c.suffix,
    context: c.context,
    sentence,
  });
  if (a.sentence === null) {
    for (const c of partial) result.push(finish(c, null, c.context));
  } else {
    partial.sort((x, y) => y.context - x.context || Math.abs(x.start - a.hint) - Math.abs(y.start - a.hint));
    let best = -Infinity;
    for (const c of partial) {
      const ceiling = t.contextWeight * c.context + t.sentenceWeight;
      // Sorted by context: every later candidate's ceiling is lower still.
      if (prune && (ceiling < best - t.tieMargin || ceiling < a.minScore - t.tieMargin)) break;
      const sentence = scoreSentence(text, a, c, t);
      const score = t.contextWeight * c.context + t.sentenceWeight * sentence;
      if (score > best) best = score;
      result.push(finish(c, sentence, score));
    }
  }
  return result.sort(byScoreThenHint(a.hint));
}

/**
 * Every place `anchor`'s quote occurs in `text`, scored (see the module comment), best first;
 * equal scores nearest the position hint first. For diagnostics and tests; {@link anchorQuote}
 * decides.
 */
export function rankAnchorCandidates(
  text: string | AnchorText,
  anchor: QuoteAnchor,
  options: AnchorQuoteOptions = {},
): AnchorCandidate[] {
  const t = withDefaults(options);
  return rankPrepared(asAnchorText(text), prepareAnchor(anchor, t), t, false);
}

/**
 * Where `anchor`'s quote is in `text` now — raw offsets and score — or `null` when the note is an
 * orphan: the quote no longer occurs, its context no longer matches well enough (short quotes
 * need more), or several places match equally and not well enough to trust the position hint.
 * Never guesses: a wrong attachment is worse than an orphan. Pass an {@link AnchorText} from
 * {@link createAnchorText} when anchoring several notes in the same text.
 * Example: `anchorQuote(page, describeQuote(page, s, e))` → `{ start: s, end: e, score: 1 }`.
 */
export function anchorQuote(
  text: string | AnchorText,
  anchor: QuoteAnchor,
  options: AnchorQuoteOptions = {},
): AnchorMatch | null {
  const t = withDefaults(options);
  const a = prepareAnchor(anchor, t);
  const ranked = rankPrepared(asAnchorText(text), a, t, true);
  const best = ranked[0];
  if (!best || best.score < a.minScore) return null;
  const tied = ranked.filter((c) => c.score >= best.score - t.tieMargin);
  if (tied.length > 1 && best.score < t.wellMatched) return null;
  let chosen = best;
  for (const c of tied) if (Math.abs(c.start - a.hint) < Math.abs(chosen.start - a.hint)) chosen = c;
  return { start: chosen.start, end: chosen.end, score: chosen.score };
}

/** Anchors every one of `anchors` in `text` (normalised once); `null` for each orphan. */
export function anchorQuotes(
  text: string | AnchorText,
  anchors: readonly QuoteAnchor[],
  options: AnchorQuoteOptions = {},
): (AnchorMatch | null)[] {
  const prepared = asAnchorText(text);
  return anchors.map((anchor) => anchorQuote(prepared, anchor, options));
}
