import type { TextBuffer } from './text-buffer';

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
    if (c >= 0xff01 && c <= 0xff5e) {
      units[i] = c - 0xfee0;
      t.rewritten = true;
    } else if (c === 0x3000 || c === 0x00a0) {
      units[i] = 0x20;
      t.rewritten = true;
    }
  }
}
