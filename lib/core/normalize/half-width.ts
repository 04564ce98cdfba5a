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
