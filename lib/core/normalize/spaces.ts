/**
 * The spaces a page puts inside a Chinese name: ASCII space, NBSP, ideographic space.
 * Example: `isSpace(0x3000)` → true, `isSpace(0x0a)` (line break) → false.
 */
export function isSpace(c: number): boolean {
  return c === 0x20 || c === 0xa0 || c === 0x3000;
}
