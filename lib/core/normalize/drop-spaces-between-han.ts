import { isHan } from './han';
import { rawIndexOf, type TextBuffer } from './text-buffer';

/**
 * The spaces a page puts inside a Chinese name: ASCII space, NBSP, ideographic space.
 * Example: `isSpace(0x3000)` → true, `isSpace(0x0a)` (line break) → false.
 */
export function isSpace(c: number): boolean {
  return c === 0x20 || c === 0xa0 || c === 0x3000;
}

/**
 * Drops runs of spaces (ASCII, NBSP, U+3000) that sit between two Han characters.
 * Example: `'姜\u3000焜'` → `'姜焜'`, `'曹 萍'` → `'曹萍'`, but `'上海 CBD'` and `'CBD 上海'` stay.
 *
 * Why: Chinese pages pad two-character names to the width of three (`曹\u3000萍`) and some editors
 * space out headings; Chinese has no word spaces, so a space between Han characters is layout,
 * not content. Tabs and line breaks are kept: they may separate paragraphs, and joining
 * `…上海市` with `委…` across a paragraph would invent a 市委.
 * Contract: only drops; idempotent; O(n) whatever the run lengths.
 */
export function dropSpacesBetweenHan(t: TextBuffer): void {
  const { units } = t;
  const n = t.length;
  let rawIndex = t.rawIndex;
  let w = 0;
  let afterHan = false;
  for (let r = 0; r < n;) {
    const c = units[r]!;
    if (afterHan && isSpace(c)) {
      let end = r + 1;
      while (end < n && isSpace(units[end]!)) end++;
      if (end < n && isHan(units[end]!)) {
        rawIndex ??= rawIndexOf(t);
        r = end; // drop the run; afterHan stays true
        continue;
      }
      for (; r < end; r++) {
        units[w] = units[r]!;
        if (rawIndex !== null) rawIndex[w] = rawIndex[r]!;
        w++;
      }
      afterHan = false;
      continue;
    }
    units[w] = c;
    if (rawIndex !== null) rawIndex[w] = rawIndex[r]!;
    w++;
    afterHan = isHan(c);
    r++;
  }
  t.length = w;
}
