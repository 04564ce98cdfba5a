import { rawIndexOf, type TextBuffer } from './text-buffer';

/**
 * Zero-width space, non-joiner, joiner, word joiner, BOM / zero-width no-break space.
 * Example: `isZeroWidth(0x200b)` → true, `isZeroWidth(0x20)` → false.
 */
export function isZeroWidth(c: number): boolean {
  return (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
}

/**
 * Drops zero-width characters (U+200B–U+200D, U+2060, U+FEFF) anywhere.
 * Example: `'宁\u200B波'` → `'宁波'` (kept raw offsets 0, 2).
 *
 * Why: some sites sprinkle them into names (anti-scraping, or line-break hints) and they are
 * invisible, so `宁\u200B波` must match 宁波. Runs first, so that the later steps judge
 * "immediately after a Han character" on the visible text.
 * Contract: only drops; idempotent.
 */
export function dropZeroWidth(t: TextBuffer): void {
  const { units } = t;
  const n = t.length;
  // Most pages have none: find the first one without writing anything.
  let r = 0;
  while (r < n && !isZeroWidth(units[r]!)) r++;
  if (r === n) return;
  const rawIndex = rawIndexOf(t);
  let w = r;
  for (; r < n; r++) {
    const c = units[r]!;
    if (isZeroWidth(c)) continue;
    units[w] = c;
    rawIndex[w++] = rawIndex[r]!;
  }
  t.length = w;
}
