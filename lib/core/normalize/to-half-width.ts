import type { TextBuffer } from './text-buffer';

/**
 * What one code unit becomes in half width: full-width ASCII (U+FF01–U+FF5E) its ASCII letter,
 * U+3000 and U+00A0 a plain space, anything else itself.
 * Example: `halfWidthUnit(0xff21)` (Ａ) → 0x41 (A); `halfWidthUnit(0x3001)` (、) → 0x3001.
 */
export function halfWidthUnit(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0;
  if (c === 0x3000 || c === 0x00a0) return 0x20;
  return c;
}

/**
 * Maps full-width ASCII (U+FF01–U+FF5E) to ASCII, and U+3000 (ideographic space) and U+00A0 (NBSP)
 * to a plain space, one code unit for one.
 * Example: `'（ＣＢＤ）\u3000Ａ１'` → `'(CBD) A1'`.
 *
 * Why the spaces: `上海 CBD` should read the same whichever space the page used; between two Han
 * characters the space step then drops them all alike. Chinese punctuation outside that block
 * (、。「」) is left alone.
 * Contract: 1:1 (offsets unchanged); idempotent.
 */
export function toHalfWidth(t: TextBuffer): void {
  const { units } = t;
  const n = t.length;
  for (let i = 0; i < n; i++) {
    const c = units[i]!;
    const half = halfWidthUnit(c);
    if (half !== c) {
      units[i] = half;
      t.rewritten = true;
    }
  }
}
