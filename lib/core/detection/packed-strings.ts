/**
 * A list of strings stored end to end as UTF-16 code units (the prebuilt tables' string section),
 * each made a JavaScript string only when first asked for. Why: the detector's tables hold ~14k
 * strings, and a background start that sliced them all spent milliseconds on strings most pages
 * never touch; a lookup by key ({@link PackedStrings.equals}) compares code units in place.
 */
export class PackedStrings {
  private joined: string | undefined;
  private readonly made: (string | undefined)[];

  /** `units` holds string i at `[ends[i - 1] ?? 0, ends[i])`; both are used as they are, not copied. */
  constructor(
    private readonly units: Uint16Array,
    private readonly ends: ArrayLike<number>,
  ) {
    this.made = new Array<string | undefined>(ends.length);
  }

  /** Number of strings. */
  get length(): number {
    return this.ends.length;
  }

  /** String `index`, made once. */
  at(index: number): string {
    let s = this.made[index];
    if (s === undefined) {
      // One native decode of all the units, then slices: a decode per string (String.fromCharCode
      // over a view) cost 30 ms for the place names' 6,000 keys.
      this.joined ??= new TextDecoder('utf-16le').decode(this.units);
      s = this.joined.slice(this.startOf(index), this.ends[index]);
      this.made[index] = s;
    }
    return s;
  }

  /** True when string `index` is `text`, compared by code units without making the string. */
  equals(index: number, text: string): boolean {
    const start = this.startOf(index);
    if (this.ends[index]! - start !== text.length) return false;
    for (let i = 0; i < text.length; i++) if (this.units[start + i] !== text.charCodeAt(i)) return false;
    return true;
  }

  private startOf(index: number): number {
    return index === 0 ? 0 : this.ends[index - 1]!;
  }
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over the code units of `text`, with a final mix so that short keys spread. */
export function hashOfString(text: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return (h ^ (h >>> 15)) >>> 0;
}
