/**
 * Zero-width space, non-joiner, joiner, word joiner, BOM / zero-width no-break space.
 * Example: `isZeroWidth(0x200b)` → true, `isZeroWidth(0x20)` → false.
 */
export function isZeroWidth(c: number): boolean {
  return (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
}
