import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  anchorQuote,
  anchorQuotes,
  ANCHOR_THRESHOLDS,
  createAnchorText,
  describeQuote,
  rankAnchorCandidates,
  sentenceBounds,
  type QuoteAnchor,
} from '../../lib/core/notes/anchoring';
import {
  bigramDice,
  bigramProfile,
  contextDistance,
  contextDistanceTable,
  contextPattern,
} from '../../lib/core/notes/anchoring/similarity';
import { foldToSimplified, normalizeForMatching } from '../../lib/core/normalize/normalize-for-matching';

// ── fixtures ───────────────────────────────────────────────────────────────────────────────────

const PAGES = join(import.meta.dirname, '../fixtures/pages');

/**
 * The article's text, crudely: the <article> element with block ends turned into newlines and
 * every other tag stripped — close to what the text index reads (blocks joined with `\n`).
 */
function articleText(html: string): string {
  const from = html.indexOf('<article');
  if (from < 0) return '';
  return html
    .slice(from, html.indexOf('</article>'))
    .replace(/^<article[^>]*>/, '')
    .replace(/<\/(?:h1|h2|h3|p|div|li)>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .join('\n');
}

const HANS = articleText(readFileSync(join(PAGES, 'hongqiao-yrd-cooperation.zh-Hans.html'), 'utf8'));
const HANT = articleText(readFileSync(join(PAGES, 'hongqiao-yrd-cooperation.zh-Hant-pinyin.html'), 'utf8'));
const PARAGRAPHS = HANS.split('\n');
if (PARAGRAPHS.length !== 12) throw new Error(`the sample article has ${PARAGRAPHS.length} paragraphs, not 12`);

function occurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) found.push(at);
  return found;
}

/** The anchor of the `k`-th occurrence of `quote` in `text`. */
function noteOn(text: string, quote: string, k: number): QuoteAnchor {
  const at = occurrences(text, quote)[k];
  if (at === undefined) throw new Error(`no occurrence ${k} of ${quote}`);
  return describeQuote(text, at, at + quote.length);
}

/** The raw span of the `k`-th occurrence of simplified `name` in `raw`, found on normalised text. */
function normalizedOccurrence(raw: string, name: string, k: number): { start: number; end: number } {
  const normalized = normalizeForMatching(raw);
  const at = occurrences(normalized.text, name)[k]!;
  return { start: normalized.toRawStart(at), end: normalized.toRawEnd(at + name.length) };
}

// ── layouts: the same paragraphs, with other lines around and between them ──────────────────────

/** A line of a changed page: an original paragraph (by index) or an inserted line. */
type Line = number | string;

interface Layout {
  name: string;
  lines: Line[];
}

function render(lines: readonly Line[]): { text: string; paragraphStart: Map<number, number> } {
  const paragraphStart = new Map<number, number>();
  const parts: string[] = [];
  let at = 0;
  for (const line of lines) {
    const text = typeof line === 'number' ? PARAGRAPHS[line]! : line;
    if (typeof line === 'number') paragraphStart.set(line, at);
    parts.push(text);
    at += text.length + 1;
  }
  return { text: parts.join('\n'), paragraphStart };
}

const ORIGINAL: Line[] = PARAGRAPHS.map((_, i) => i);

const LAYOUTS: Layout[] = [
  { name: 'the unchanged article', lines: ORIGINAL },
  {
    name: 'ads and menus inserted before, between and after the paragraphs (naming the same places)',
    lines: [
      '首页 上海 北京 宁波 苏州 招商引资',
      '广告：宁波楼盘特惠，嘉兴、金华一站式看房，闵师林同款',
      ...PARAGRAPHS.flatMap((_, i): Line[] =>
        i % 2 === 1 ? ['相关阅读：宁波杭州湾新区招商 长三角一体化观察', i] : [i],
      ),
      '版权所有 商务区资讯网 上海市闵行区',
    ],
  },
  { name: 'the paragraphs in reverse order', lines: [...ORIGINAL].reverse() },
  {
    name: 'the paragraphs shuffled with a menu between them',
    lines: [3, 0, 7, '导航：宁波 嘉兴 金华', 1, 11, 9, 5, 2, 8, 4, 6, 10],
  },
];

/** The notes the re-attachment tables use: names with one or several occurrences, short and long. */
const NOTES: [quote: string, occurrence: number][] = [
  ['闵师林', 0],
  ['闵师林', 1],
  ['裘东耀', 0],
  ...occurrences(HANS, '宁波').map((_, k): [string, number] => ['宁波', k]),
  ['嘉兴', 0],
  ['嘉兴', 3],
  ['进博会', 2],
  ['长三角', 5],
  ['虹桥商务区管委会', 0],
  ['阿里、京东、唯品会三家电商巨头', 0],
];

/** Where the `k`-th occurrence of `quote` in HANS is in the text of `lines`. */
function expectedIn(lines: readonly Line[], quote: string, k: number): { start: number; end: number } {
  const at = occurrences(HANS, quote)[k]!;
  const paragraph = HANS.slice(0, at).split('\n').length - 1;
  const offset = at - (HANS.lastIndexOf('\n', at - 1) + 1);
  const start = render(lines).paragraphStart.get(paragraph)! + offset;
  return { start, end: start + quote.length };
}

// ── describeQuote ─────────────────────────────────────────────────────────────────────────────

describe('describeQuote', () => {
  it.each([
    {
      text: '座谈会上，宁波市长裘东耀指出',
      start: 9,
      end: 12,
      anchor: {
        exact: '裘东耀',
        prefix: '座谈会上，宁波市长',
        suffix: '指出',
        sentence: '座谈会上，宁波市长裘东耀指出',
        position: { start: 9, end: 12 },
      },
    },
    {
      text: '甲地消息。宁波签订合作协议！嘉兴随后\n金华',
      start: 5,
      end: 7,
      anchor: {
        exact: '宁波',
        prefix: '甲地消息。',
        suffix: '签订合作协议！嘉兴随后\n金华',
        sentence: '宁波签订合作协议！',
        position: { start: 5, end: 7 },
      },
    },
  ])('describes $anchor.exact with context, sentence and position', ({ text, start, end, anchor }) => {
    expect(describeQuote(text, start, end)).toEqual(anchor);
  });

  it('keeps 32 characters of context on each side and cuts long sentences around the quote', () => {
    const text = `${'前'.repeat(300)}宁波${'后'.repeat(300)}。`;
    const anchor = describeQuote(text, 300, 302);
    expect(anchor.prefix).toBe('前'.repeat(32));
    expect(anchor.suffix).toBe('后'.repeat(32));
    expect(anchor.sentence).toBe(`${'前'.repeat(100)}宁波${'后'.repeat(100)}`);
  });

  it('never keeps half of a surrogate pair in the context', () => {
    const text = `x𠮷${'a'.repeat(31)}宁波${'b'.repeat(31)}𠮷y`;
    const start = text.indexOf('宁波');
    const anchor = describeQuote(text, start, start + 2);
    expect(anchor.prefix).toBe('a'.repeat(31));
    expect(anchor.suffix).toBe('b'.repeat(31));
  });

  it.each([
    [0, 0],
    [3, 2],
    [-1, 2],
    [0, 99],
    [0.5, 2],
  ])('throws a RangeError for the span [%s, %s)', (start, end) => {
    expect(() => describeQuote('宁波市长裘东耀', start, end)).toThrow(RangeError);
  });
});

describe('sentenceBounds', () => {
  it.each([
    ['甲。乙宁波丙。丁', 3, 5, '乙宁波丙。'],
    ['甲！乙宁波丙？丁', 3, 5, '乙宁波丙？'],
    ['a; b 宁波 c! d', 5, 7, 'b 宁波 c!'],
    ['甲；乙宁波丙；丁', 3, 5, '乙宁波丙；'],
    ['第一行\n  宁波在第二行  \n第三行', 6, 8, '宁波在第二行'],
    ['无标点宁波无标点', 3, 5, '无标点宁波无标点'],
    ['宁波。后面', 0, 3, '宁波。'],
  ])('%j [%i, %i) → %j', (text, start, end, sentence) => {
    const bounds = sentenceBounds(text, start, end);
    expect(text.slice(bounds.start, bounds.end)).toBe(sentence);
  });
});

// ── anchorQuote on the sample article ─────────────────────────────────────────────────────────

describe('anchorQuote re-attaches a note to the same mention', () => {
  describe.each(LAYOUTS)('in $name', ({ lines }) => {
    const page = createAnchorText(render(lines).text);
    it.each(NOTES)('%s (occurrence %i)', (quote, k) => {
      const match = anchorQuote(page, noteOn(HANS, quote, k));
      expect(match).toMatchObject(expectedIn(lines, quote, k));
      expect(match!.score).toBeGreaterThanOrEqual(ANCHOR_THRESHOLDS.minScoreShort);
    });
  });

  describe('in the traditional, pinyin-annotated mirror of the article', () => {
    const mirror = createAnchorText(HANT);
    it.each(NOTES)('%s (occurrence %i)', (quote, k) => {
      const match = anchorQuote(mirror, noteOn(HANS, quote, k));
      expect(match).toMatchObject(normalizedOccurrence(HANT, quote, k));
      expect(match!.score).toBe(1);
    });

    it.each([
      ['閔師林', '闵师林', 1],
      ['寧波', '宁波', 4],
      ['商務(wù)區(qū)管委會', '商务区管委会', 0],
      ['虹橋商務(wù)區', '虹桥商务区', 3],
    ] as const)('and back: a note on %s in the mirror finds %s in the simplified article', (quote, simplified, k) => {
      const at = occurrences(HANT, quote)[k]!;
      const anchor = describeQuote(HANT, at, at + quote.length);
      const expected = occurrences(HANS, simplified)[k]!;
      expect(anchorQuote(HANS, anchor)).toMatchObject({ start: expected, end: expected + simplified.length });
    });
  });
});

describe('anchorQuote picks the right one of several occurrences by context', () => {
  // The position hint points at another occurrence: context must still win.
  it.each([
    ['闵师林', 1, 0],
    ['闵师林', 0, 1],
    ['宁波', 0, 1],
    ['宁波', 3, 2],
    ['宁波', 5, 6],
    ['宁波', 6, 0],
  ])('%s occurrence %i, with the position hint on occurrence %i', (quote, k, misleading) => {
    const anchor = noteOn(HANS, quote, k);
    const wrong = occurrences(HANS, quote)[misleading]!;
    const misled = { ...anchor, position: { start: wrong, end: wrong + quote.length } };
    expect(anchorQuote(HANS, misled)).toMatchObject({ start: occurrences(HANS, quote)[k]! });
  });

  it('when an ad shifts the article so that another occurrence sits exactly at the old position', () => {
    const [first, second] = occurrences(HANS, '闵师林') as [number, number];
    const anchor = noteOn(HANS, '闵师林', 0);
    // After the ad, the second 闵师林 starts where the first one was.
    const ad = `${'广告'.repeat(second - first)}`.slice(0, second - first - 1);
    const shifted = `${ad}\n${HANS}`;
    expect(occurrences(shifted, '闵师林')).not.toContain(first);
    const match = anchorQuote(shifted, anchor);
    expect(match).toMatchObject({ start: first + ad.length + 1 });
  });

  it('ranks every occurrence, the noted one first with a perfect score', () => {
    const ranked = rankAnchorCandidates(HANS, noteOn(HANS, '宁波', 2));
    expect(ranked).toHaveLength(occurrences(HANS, '宁波').length);
    expect(ranked[0]).toMatchObject({ start: occurrences(HANS, '宁波')[2], score: 1, rawExact: true });
    expect(ranked[1]!.score).toBeLessThan(ANCHOR_THRESHOLDS.minScoreShort);
  });
});

describe('anchorQuote leaves a note orphaned rather than attach it to a wrong mention', () => {
  it.each([
    ['宁波', 0],
    ['宁波', 1],
    ['宁波', 3],
    ['宁波', 5],
    ['宁波', 6],
    ['闵师林', 0],
    ['闵师林', 1],
    ['嘉兴', 0],
    ['长三角', 5],
    ['进博会', 2],
    ['虹桥商务区管委会', 0],
  ])('when the quoted sentence of %s (occurrence %i) was removed, though the name occurs elsewhere', (quote, k) => {
    const anchor = noteOn(HANS, quote, k);
    const at = occurrences(HANS, quote)[k]!;
    const from = HANS.lastIndexOf(anchor.sentence, at);
    const without = HANS.slice(0, from) + HANS.slice(from + anchor.sentence.length);
    expect(without).toContain(quote);
    expect(anchorQuote(without, anchor)).toBeNull();
  });

  it('when the paragraph around a two-character name was rewritten, though the name occurs elsewhere', () => {
    const anchor = noteOn(HANS, '嘉兴', 0); // 这是继嘉兴之后,又一个长三角重要节点城市…
    const paragraph = PARAGRAPHS.findIndex((p) => p.includes('这是继嘉兴之后'));
    const rewritten = render(
      ORIGINAL.map((i) => (i === paragraph ? '嘉兴方面表示，将组织企业赴沪参加进博会并设立城市展厅。' : i)),
    ).text;
    expect(occurrences(rewritten, '嘉兴').length).toBeGreaterThan(3);
    expect(anchorQuote(rewritten, anchor)).toBeNull();
  });

  it.each([
    ['宁波', '今天宁波港口吞吐量创下新高。', '杭州湾大桥通车以后，宁波的游客明显增多了。'],
    ['裘东耀', '座谈会上，宁波市长裘东耀指出：对接大虹桥。', '裘东耀此前曾在浙江多地任职。'],
    ['嘉兴', '这是继嘉兴之后，又一个重要节点城市。', '报名截止：嘉兴、金华两地考生请注意。'],
  ])('a short name %s whose context is gone: %s → %s', (quote, before, after) => {
    const at = before.indexOf(quote);
    const anchor = describeQuote(before, at, at + quote.length);
    expect(anchorQuote(after, anchor)).toBeNull();
  });

  it('when the quote no longer occurs at all', () => {
    const anchor = noteOn(HANS, '裘东耀', 0);
    expect(anchorQuote(HANS.replaceAll('裘东耀', '某市长'), anchor)).toBeNull();
    expect(anchorQuote('', anchor)).toBeNull();
  });

  it('when an anchor carries no context at all and the page has some around the quote', () => {
    const bare: QuoteAnchor = { exact: '宁波', prefix: '', suffix: '', sentence: '', position: { start: 0, end: 2 } };
    expect(anchorQuote(HANS, bare)).toBeNull();
    expect(anchorQuote('宁波', bare)).toMatchObject({ start: 0, end: 2 });
  });
});

describe('anchorQuote with ties', () => {
  // Four copies of one passage: the two middle ones have identical context on both sides.
  const passage = '虹桥商务区与长三角城市启动全面合作，宁波签订合作协议，嘉兴随后跟进，金华也在洽谈之中。';
  const page = `开头。${passage}\n${passage}\n${passage}\n${passage}\n结尾。`;
  const [, second, third] = occurrences(page, '宁波') as [number, number, number, number];

  it('takes the occurrence nearest the position hint when the context matches well', () => {
    const anchor = describeQuote(page, second, second + 2);
    expect(anchorQuote(page, anchor)).toMatchObject({ start: second, score: 1 });
    const moved = { ...anchor, position: { start: third - 3, end: third - 1 } };
    expect(anchorQuote(page, moved)).toMatchObject({ start: third, score: 1 });
  });

  it('returns null when the tied places match only so-so', () => {
    const anchor = describeQuote(page, second, second + 2);
    // Both copies keep the name in the same, but rewritten, surroundings.
    const rewritten = `另一篇。${'宁波表示将继续推进。'}\n${'宁波表示将继续推进。'}`;
    const options = { minScoreShort: 0 }; // let the tie rule alone decide
    const ranked = rankAnchorCandidates(rewritten, anchor, options);
    expect(ranked).toHaveLength(2);
    expect(Math.abs(ranked[0]!.score - ranked[1]!.score)).toBeLessThanOrEqual(ANCHOR_THRESHOLDS.tieMargin);
    expect(ranked[0]!.score).toBeLessThan(ANCHOR_THRESHOLDS.wellMatched);
    expect(anchorQuote(rewritten, anchor, options)).toBeNull();
  });
});

// ── properties ────────────────────────────────────────────────────────────────────────────────

// Pieces that exercise normalisation around a quote (as in normalize-properties.test.ts): Han that
// folds and Han that does not, pinyin brackets, spaces between Han, invisible characters,
// full-width ASCII, sentence breaks, newlines and surrogates.
const PIECES = [
  ...'上海宁波区务闵师林裘东耀嘉兴',
  ...'區務灣寧閔師東興',
  '(wù)',
  '(qū)',
  '（qū）',
  '(CBD)',
  ' ',
  '\u3000',
  '\u200B',
  '\n',
  '。',
  '；',
  '！',
  '?',
  '，',
  'Ａ',
  'a',
  '2022',
  '𠮷',
  '\uD800',
];

const rawText = fc
  .array(
    fc.oneof(
      { weight: 9, arbitrary: fc.constantFrom(...PIECES) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 2 }) },
    ),
    { minLength: 1, maxLength: 60 },
  )
  .map((pieces) => pieces.join(''))
  .filter((text) => text.length > 0);

const textAndSpan = rawText.chain((text) =>
  fc
    .tuple(fc.nat({ max: text.length - 1 }), fc.nat({ max: text.length - 1 }))
    .map(([a, b]) => ({ text, start: Math.min(a, b), end: Math.max(a, b) + 1 })),
);

describe('anchoring properties', () => {
  it('anchorQuote(text, describeQuote(text, s, e)) is exactly (s, e)', () => {
    fc.assert(
      fc.property(textAndSpan, ({ text, start, end }) => {
        const match = anchorQuote(text, describeQuote(text, start, end));
        expect(match).toEqual({ start, end, score: 1 });
      }),
      { numRuns: 3000 },
    );
  });

  // Han only (simplified and traditional) and punctuation: normalisation is then a 1:1 fold.
  const hanText = fc
    .array(fc.constantFrom(...'宁波寧嘉兴興闵閔师師林东東区區务務上海', '。', '，', '\n'), {
      minLength: 1,
      maxLength: 80,
    })
    .map((units) => units.join(''));
  const edit = fc.record({
    at: fc.nat(),
    remove: fc.nat({ max: 6 }),
    insert: hanText.map((t) => t.slice(0, 8)),
  });

  it('never returns a place where the quote is not (after an edit of the page)', () => {
    fc.assert(
      fc.property(
        hanText.chain((text) =>
          fc.tuple(
            fc.constant(text),
            fc.nat({ max: text.length - 1 }),
            fc.integer({ min: 1, max: 4 }),
            fc.array(edit, { maxLength: 4 }),
          ),
        ),
        ([text, start, length, edits]) => {
          const end = Math.min(text.length, start + length);
          const anchor = describeQuote(text, start, end);
          let changed = text;
          for (const e of edits) {
            const at = e.at % (changed.length + 1);
            changed = changed.slice(0, at) + e.insert + changed.slice(at + e.remove);
          }
          const match = anchorQuote(changed, anchor);
          if (match)
            expect(foldToSimplified(changed.slice(match.start, match.end))).toBe(foldToSimplified(anchor.exact));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("Myers' bit-parallel context distance equals the dynamic-programming table", () => {
    const small = fc.array(fc.constantFrom(...'宁波嘉兴ab。'), { maxLength: 40 }).map((u) => u.join(''));
    fc.assert(
      fc.property(small, small, fc.constantFrom('before' as const, 'after' as const), (context, window, side) => {
        const c = context.slice(0, 32);
        expect(contextDistance(contextPattern(c, side), window)).toBe(contextDistanceTable(c, window, side));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('similarity helpers', () => {
  it.each([
    ['会与宁波', 'X会与宁波', 'before', 0],
    ['签订合作', '签署合作', 'after', 1],
    ['签订合作', '签订合作协议', 'after', 0],
    ['签订合作', '', 'after', 4],
    ['管委会与', '管委会和', 'before', 1],
    ['管委会与', '城市也与', 'before', 3],
  ] as const)('contextDistance(%j, %j, %s) = %i', (context, window, side, distance) => {
    expect(contextDistance(contextPattern(context, side), window)).toBe(distance);
    expect(contextDistanceTable(context, window, side)).toBe(distance);
  });

  it('compares long contexts (over 32 characters) with the table', () => {
    const long = '长三角'.repeat(20);
    expect(contextDistance(contextPattern(long, 'after'), `${long}尾`)).toBe(0);
    expect(contextDistance(contextPattern(long, 'after'), `头${long}`)).toBe(1);
  });

  it.each([
    ['与宁波签订', '与宁波签署', 0.75],
    ['与宁波签订', '与宁波签订', 1],
    ['与宁波签订', '嘉兴金华', 0],
    ['宁', '宁', 0],
  ])('bigramDice(%j, %j) = %d', (a, b, dice) => {
    expect(bigramDice(bigramProfile(a), b)).toBeCloseTo(dice);
  });
});

// ── cost ──────────────────────────────────────────────────────────────────────────────────────

describe('anchoring cost', () => {
  it('anchors 50 notes in a 100,000-character page well within a frame budget', () => {
    const articles = readdirSync(PAGES)
      .filter((name) => name.endsWith('.html'))
      .map((name) => articleText(readFileSync(join(PAGES, name), 'utf8')))
      .join('\n');
    let page = '';
    for (let part = 0; page.length < 100_000; part++) page += `第${part}部分\n${articles}\n`;
    page = page.slice(0, 100_000);
    const names = ['长三角', '宁波', '虹桥商务区', '闵师林', '南沙', '苏州', '嘉兴', '寧波', '上海', '杭州'];
    const anchors = Array.from({ length: 50 }, (_, k) => {
      const name = names[k % names.length]!;
      const all = occurrences(page, name);
      const at = all[Math.floor((all.length * ((k * 37) % 50)) / 50)]!;
      return describeQuote(page, at, at + name.length);
    });
    const started = performance.now();
    const matches = anchorQuotes(page, anchors);
    const elapsed = performance.now() - started;
    expect(matches.map((m) => m?.start)).toEqual(anchors.map((a) => a.position.start));
    // ~10 ms to normalise the page and ~20–40 ms for the 50 notes on a 2-core machine; the
    // bound only catches an accidental quadratic search.
    expect(elapsed).toBeLessThan(2000);
  });
});
