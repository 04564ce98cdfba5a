const COMBINING_MARK = /^\p{M}$/u;

/** True for a combining mark, a variation selector (also the ideographic ones) or an emoji skin-tone modifier. */
function attachesToPrevious(code: number): boolean {
  // Most characters after a mention are Han, ASCII or full-width forms, none of which is a mark:
  // answered without building a string for the Unicode property test.
  if (code < 0x300 || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0xff01 && code <= 0xff5e)) return false;
  return (
    (code >= 0xfe00 && code <= 0xfe0f) ||
    (code >= 0xe0100 && code <= 0xe01ef) ||
    (code >= 0x1f3fb && code <= 0x1f3ff) ||
    COMBINING_MARK.test(String.fromCodePoint(code))
  );
}

/**
 * The end offset moved past the marks that attach to the character before it, so a highlight
 * never cuts a character in two: a combining accent or variation selector after a name belongs to
 * the name's last character on screen.
 *
 * @example extendOverAttachedMarks('嘉兴\u0301与湖州', 2) // 3: the acute stays with 兴
 */
export function extendOverAttachedMarks(raw: string, end: number): number {
  // Nearly always Han, ASCII or full width after a mention: answered from the code unit, without
  // reading a code point (a surrogate is none of these).
  if (end >= raw.length) return end;
  const first = raw.charCodeAt(end);
  if (first < 0x300 || (first >= 0x4e00 && first <= 0x9fff) || (first >= 0xff01 && first <= 0xff5e)) return end;
  let at = end;
  while (at < raw.length) {
    const code = raw.codePointAt(at)!;
    if (!attachesToPrevious(code)) break;
    at += code > 0xffff ? 2 : 1;
  }
  return at;
}
