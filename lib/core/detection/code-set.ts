/**
 * A set of single UTF-16 code units, asked by the code unit at an offset of a text: the same answer
 * as `new Set([...characters]).has(text.charAt(at))`, without the one-character string `charAt`
 * makes for every Han character (V8 caches only Latin-1 ones) or the string hash of `Set.has`. The
 * detector asks such sets at every match and every name it reads.
 *
 * @example new CodeSet('路街').at('南京路', 2) // true
 */
export class CodeSet {
  private readonly bits = new Uint8Array(0x2000);

  /** The set of the code units of `characters` (none of them U+0000). */
  constructor(characters: Iterable<string>) {
    for (const character of characters) {
      for (let i = 0; i < character.length; i++) {
        const code = character.charCodeAt(i);
        if (code === 0) throw new Error('CodeSet: U+0000 is no member');
        this.bits[code >> 3]! |= 1 << (code & 7);
      }
    }
  }

  /** True when the code unit `code` is in the set; false for NaN (an offset outside the text). */
  has(code: number): boolean {
    // NaN reads bit 0 of byte 0: U+0000, never a member.
    return (this.bits[code >> 3]! & (1 << (code & 7))) !== 0;
  }

  /** True when the code unit at `at` of `text` is in the set; false outside the text. */
  at(text: string, at: number): boolean {
    // Bounds checked here: a read outside the text deoptimises the JIT's code of every caller.
    return at >= 0 && at < text.length && this.has(text.charCodeAt(at));
  }
}
