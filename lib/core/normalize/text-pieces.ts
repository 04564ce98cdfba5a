/** Code units per piece: small enough that the buffer stays in cache and a piece's string is an ordinary heap object. */
export const PIECE_UNITS = 16384;

/** One buffer for every call, with room for a surrogate pair written past a full piece. */
const sharedUnits = new Uint16Array(PIECE_UNITS + 2);
let utf16Decoder: TextDecoder | null = null;

/**
 * The normalised text, built piece by piece from a small buffer of code units that is reused,
 * instead of one buffer as long as the page. Example: normalising 40,000 units writes and decodes
 * the buffer three times and joins the three strings.
 *
 * Why: a buffer as long as a page is fresh memory on each long page (the 5 MB corpus overflowed
 * the kept one), and decoding a short piece is cheap; a piece that came out as the raw text
 * unchanged is not decoded at all but sliced from the raw text, and a text unchanged throughout
 * is the raw string itself.
 */
export class TextPieces {
  /** Where the caller writes a piece's units; valid until the next {@link add}. */
  readonly units: Uint16Array = sharedUnits;
  private readonly pieces: string[] = [];
  private changed = false;

  constructor(private readonly raw: string) {}

  /**
   * Appends `units[0, count)`, the normalised form of `raw[rawStart, rawEnd)`. `unchanged` says
   * they are exactly those raw units (nothing dropped or rewritten), so the raw slice is used;
   * `loneSurrogates` says the piece may hold an unpaired surrogate, which TextDecoder would
   * replace with U+FFFD, so it is decoded the slow way.
   */
  add(count: number, rawStart: number, rawEnd: number, unchanged: boolean, loneSurrogates: boolean): void {
    if (unchanged) {
      this.pieces.push(this.raw.slice(rawStart, rawEnd));
      return;
    }
    this.changed = true;
    const units = this.units.subarray(0, count);
    if (loneSurrogates) {
      this.pieces.push(String.fromCharCode.apply(null, units as unknown as number[]));
    } else {
      utf16Decoder ??= new TextDecoder('utf-16le');
      this.pieces.push(utf16Decoder.decode(units));
    }
  }

  /** The whole text: the raw string itself when no piece changed. */
  text(): string {
    if (!this.changed) return this.raw;
    return this.pieces.length === 1 ? this.pieces[0]! : this.pieces.join('');
  }
}
