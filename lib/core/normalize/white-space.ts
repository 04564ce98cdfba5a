/**
 * True for the code units JavaScript's `\s` matches (all of them single units), e.g. `0x20` (space),
 * `0x3000` (ideographic space), `0x0a` (line feed); false for `0x5b81` (宁). A char-code test, for
 * loops that must not copy or slice the text they read.
 */
export function isWhiteSpace(unit: number): boolean {
  if (unit <= 0x20) return unit === 0x20 || (unit >= 0x09 && unit <= 0x0d);
  if (unit < 0xa0) return false;
  return (
    unit === 0xa0 ||
    unit === 0x1680 ||
    (unit >= 0x2000 && unit <= 0x200a) ||
    unit === 0x2028 ||
    unit === 0x2029 ||
    unit === 0x202f ||
    unit === 0x205f ||
    unit === 0x3000 ||
    unit === 0xfeff
  );
}
