import { isWhiteSpace } from '../normalize';
import type { EventKind } from './event';
import { MAY_APPOINT } from './find-appointments';
import { isSpace, MAX_TITLE_LINE } from './sentences';

/** The kinds found by their words, in the order the brief lists them (appointments come after). */
export const WORD_KINDS = ['signing', 'visit', 'meeting', 'opening'] as const satisfies readonly Exclude<
  EventKind,
  'appointment'
>[];

/**
 * A 0 for each kind of WORD_KINDS, in a new array. An array literal: arrays made by
 * `WORD_KINDS.map` came in two shapes, and the code reading them was compiled again for the second
 * (a plain array: a typed array costs more to make than four numbers are worth on a short article).
 * Example: `zeroByKind()` → [0, 0, 0, 0].
 */
export function zeroByKind(): number[] {
  const zeros: ZeroEach<typeof WORD_KINDS> = [0, 0, 0, 0]; // a type error when WORD_KINDS changes length
  return zeros;
}

/** A tuple of 0s as long as `T`. */
type ZeroEach<T extends readonly unknown[]> = { -readonly [K in keyof T]: 0 };

/** Where one kind's words are in a text: their starts and ends, in text order. */
export interface WordHits {
  starts: number[];
  ends: number[];
}

/** What {@link scanEventWords} finds: each kind's words, and every character of appointing. */
export interface EventWordScan {
  /** By kind, in the order of WORD_KINDS. */
  hits: WordHits[];
  /** The offsets of 任, 选, 履, 免 and 名 (every appointment's words hold one; see MAY_APPOINT). */
  appointing: number[];
}

/** What {@link scanEventText} finds: the event words and the sentences to read. */
export interface EventTextScan extends EventWordScan {
  /**
   * The body sentences (of splitBodySentences) holding the start of an event word or a character of
   * appointing, in order, as pairs: start, end, start, end …
   */
  sentences: number[];
}

/**
 * One alternative of a kind's pattern: a matcher called only where the text has its first
 * character (`first`), with what must (or must not) come after its literal word, or a whole
 * matcher of its own (`达成…合作`). `match` returns the match's end, or -1.
 */
interface Alternative {
  first: string;
  /** Its second character; undefined for a one-character word (赴). */
  second: string | undefined;
  match: (text: string, at: number) => number;
}

/**
 * A literal `word` at `at` (whose first character is known to be there), when `after` (given the
 * text and the word's end) allows it: the end, else -1. The rest of the word is compared code by
 * code: most places holding a first character hold no word.
 */
function literal(word: string, after?: (text: string, end: number) => boolean): Alternative {
  const codes = Array.from(word.slice(1), (c) => c.charCodeAt(0));
  return {
    first: word.charAt(0),
    second: word.length > 1 ? word.charAt(1) : undefined,
    match: (text, at) => {
      for (let i = 0; i < codes.length; i++) if (text.charCodeAt(at + 1 + i) !== codes[i]) return -1;
      const end = at + word.length;
      return after === undefined || after(text, end) ? end : -1;
    },
  };
}

const notFollowedBy =
  (char: string) =>
  (text: string, end: number): boolean =>
    text.charAt(end) !== char;

// 推介 only as the clause's last word: before , 。 ; a line end or the text's end.
const atClauseEnd = (text: string, end: number): boolean => end === text.length || ',。;\n'.includes(text.charAt(end));

/**
 * `达成`, then at most 12 characters (code points, as the pattern counts them) other than ,。;:, up
 * to the nearest 合作, 协议 or 共识 (lazy, like the pattern): the end, else -1.
 */
const reached: Alternative = {
  first: '达',
  second: '成',
  match: (text, at) => {
    if (!text.startsWith('达成', at)) return -1;
    let end = at + 2;
    for (let filler = 0; ; filler++) {
      const two = text.slice(end, end + 2);
      if (two === '合作' || two === '协议' || two === '共识') return end + 2;
      if (filler === 12 || end >= text.length || ',。;:'.includes(text.charAt(end))) return -1;
      end += text.codePointAt(end)! > 0xffff ? 2 : 1;
    }
  },
};

/**
 * Each kind's alternatives, in the order of its pattern in EVENT_WORDS (event-words.ts) (a kind's match at a place is
 * its first alternative that matches there, as in the pattern). The property test in
 * tests/unit/brief-word-scan.test.ts checks that these find exactly what EVENT_WORDS finds.
 */
const ALTERNATIVES: Record<(typeof WORD_KINDS)[number], readonly Alternative[]> = {
  signing: [...['签约', '签订', '签署', '签下', '签定', '缔结'].map((w) => literal(w)), reached],
  visit: [
    literal('调研', notFollowedBy('员')),
    ...['考察', '视察', '走访', '参观', '莅临', '巡馆', '巡展', '察看', '查看'].map((w) => literal(w)),
    literal('赴', notFollowedBy('会')),
    ...['前往', '访问', '参访', '到访'].map((w) => literal(w)),
  ],
  meeting: [
    ...['座谈会', '座谈', '会见', '会谈', '会晤', '洽谈会', '推介会'].map((w) => literal(w)),
    literal('推介', atClauseEnd),
    ...['恳谈会', '对接会', '研讨会', '论坛', '峰会', '联席会议', '工作会议', '全体会议', '推进会', '大会'].map((w) =>
      literal(w),
    ),
    ...['开幕式', '会议', '会上', '会面', '见面'].map((w) => literal(w)),
  ],
  opening: [
    ...['揭牌', '开工', '开园'].map((w) => literal(w)),
    literal('开幕', notFollowedBy('式')),
    ...['投产', '启用', '挂牌', '奠基', '封顶', '竣工', '开业', '落成', '开通运营', '正式运营'].map((w) => literal(w)),
  ],
};

/** The characters of MAY_APPOINT (a character class: its source without the brackets). */
const APPOINTING_CHARS = MAY_APPOINT.source.slice(1, -1);

/**
 * What a character may start: bit k set when it starts a word of WORD_KINDS[k], bit 4 when it is a
 * character of appointing, bit 5 when it ends a sentence (one table read a character); and, by kind, the alternatives that start with it (in their pattern's order, so
 * the first of them to match is the pattern's match: the others cannot match there).
 * `0x10000` entries: the scan reads one per character of the text.
 */
const STARTS = new Uint8Array(0x10000);
/** For a character that starts a word: its index in STARTING (0 for none). */
const STARTING_INDEX = new Uint8Array(0x10000);
/** By STARTING_INDEX, each kind's alternatives starting with that character (index 0 unused). */
const STARTING: (readonly Alternative[])[][] = [[]];
/**
 * Bit k when the character is the second of a word of WORD_KINDS[k]: a place holding a first
 * character is tried only for the kinds whose words may go on with what follows it (会 starts five
 * meeting words; most of its places, as in 管委会, hold none of them).
 */
const SECONDS = new Uint8Array(0x10000);
/** By STARTING_INDEX, bit k when a one-character word of WORD_KINDS[k] is that character (赴). */
const ONE_CHARACTER: number[] = [0];
WORD_KINDS.forEach((kind, k) => {
  for (const alternative of ALTERNATIVES[kind]) {
    const code = alternative.first.charCodeAt(0);
    STARTS[code]! |= 1 << k;
    if (STARTING_INDEX[code] === 0) {
      STARTING_INDEX[code] = STARTING.length;
      STARTING.push(WORD_KINDS.map(() => []));
      ONE_CHARACTER.push(0);
    }
    (STARTING[STARTING_INDEX[code]!]![k] as Alternative[]).push(alternative);
    if (alternative.second === undefined) ONE_CHARACTER[STARTING_INDEX[code]!]! |= 1 << k;
    else SECONDS[alternative.second.charCodeAt(0)]! |= 1 << k;
  }
});
for (const char of APPOINTING_CHARS) STARTS[char.charCodeAt(0)]! |= 1 << WORD_KINDS.length;
/** The bit of STARTS for a character that ends a sentence: 。!?; and the line end (see isSentenceEnd). */
const SENTENCE_END = 1 << (WORD_KINDS.length + 1);
for (const char of '。!?;\n') STARTS[char.charCodeAt(0)]! |= SENTENCE_END;

/**
 * The event words of a text in one pass over it: for each kind of WORD_KINDS, exactly the matches
 * `text.matchAll(EVENT_WORDS[kind])` gives (each kind's matches do not overlap each other; different
 * kinds' may), and the offset of every character of MAY_APPOINT. Six whole-text regular
 * expression searches cost more than the rest of the event finding on a long page with few events.
 * Example: `scanEventWords('签约后赴京')` → signing [0, 2), visit [3, 4); no appointing.
 */
export function scanEventWords(text: string): EventWordScan {
  const { hits, appointing } = scanEventText(text);
  return { hits, appointing };
}

/**
 * scanEventWords with the body sentences that hold any of the words or characters of appointing
 * (what bodySentenceFinder finds around them), in one pass over the text: the character table read
 * for the words tells the sentence marks too, so the walk never looks for a sentence's ends
 * itself (finding each sentence around its first word cost a tenth of the event finding). Where
 * dates are written is not looked for here: a date is read only in a sentence that tells an event
 * and in those before it that one looking back passes (see eventDater), a few sentences of a page.
 * Example: `scanEventText('5月28日签约')` → a signing at [5, 7) and the sentence [0, 7).
 */
export function scanEventText(text: string): EventTextScan {
  const hits: WordHits[] = [];
  for (let k = 0; k < WORD_KINDS.length; k++) hits.push({ starts: [], ends: [] });
  const appointing: number[] = [];
  const sentences: number[] = [];
  // The result made before the loop: made after it, V8's code compiled while the loop runs (on
  // stack replacement) had no feedback for it and was thrown away at the end of every call.
  const scan: EventTextScan = { hits, appointing, sentences };
  // Where each kind may match next: a match goes on from the end of the kind's last one.
  const free = zeroByKind();
  const appointBit = 1 << WORD_KINDS.length;
  let lineStart = 0;
  let lineHasMark = false; // a line with 。!?; is body text
  let sentenceStart = 0; // after the last sentence end
  let holdsWord = false; // the sentence since sentenceStart holds a word or a character of appointing
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    const bits = STARTS[code]!;
    if (bits === 0) continue;
    if (bits & SENTENCE_END) {
      // A line end closes the line: a headline's or date line's one sentence is left out.
      if (code !== NEWLINE) lineHasMark = true;
      else if (!lineHasMark && !isLongLine(text, lineStart, at)) holdsWord = false;
      if (holdsWord) pushTrimmed(sentences, text, sentenceStart, at);
      if (code === NEWLINE) {
        lineStart = at + 1;
        lineHasMark = false;
      }
      sentenceStart = at + 1;
      holdsWord = false;
      continue;
    }
    if (bits & appointBit) {
      appointing.push(at);
      holdsWord = true;
    }
    if (bits === appointBit) continue;
    const index = STARTING_INDEX[code]!;
    const following = at + 1 < text.length ? SECONDS[text.charCodeAt(at + 1)]! : 0;
    const kinds = bits & (following | ONE_CHARACTER[index]!);
    if (kinds === 0) continue;
    const byKind = STARTING[index]!;
    for (let k = 0; k < WORD_KINDS.length; k++) {
      if ((kinds & (1 << k)) === 0 || at < free[k]!) continue;
      for (const alternative of byKind[k]!) {
        const end = alternative.match(text, at);
        if (end < 0) continue;
        hits[k]!.starts.push(at);
        hits[k]!.ends.push(end);
        free[k] = end;
        holdsWord = true;
        break;
      }
    }
  }
  if (holdsWord && (lineHasMark || isLongLine(text, lineStart, text.length)))
    pushTrimmed(sentences, text, sentenceStart, text.length);
  return scan;
}

/** The line end, by code. */
const NEWLINE = 0x0a;

/** True when the line `[start, end)` is longer than MAX_TITLE_LINE once trimmed (see isBodyLine). */
function isLongLine(text: string, start: number, end: number): boolean {
  if (end - start <= MAX_TITLE_LINE) return false;
  let s = start;
  let e = end;
  while (s < e && isWhiteSpace(text.charCodeAt(s))) s++;
  while (e > s && isWhiteSpace(text.charCodeAt(e - 1))) e--;
  return e - s > MAX_TITLE_LINE;
}

/** Adds `[start, end)` of `text` without its spaces at either end to `spans` (as a start and an end), when not empty. */
function pushTrimmed(spans: number[], text: string, start: number, end: number): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) spans.push(start, end);
}
