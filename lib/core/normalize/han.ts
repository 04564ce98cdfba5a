/**
 * True when the UTF-16 code unit is a BMP Han ideograph (CJK Unified Ideographs and Extension A).
 * Example: `isHan('宁'.charCodeAt(0))` → true, `isHan(','.charCodeAt(0))` → false.
 */
export function isHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}
