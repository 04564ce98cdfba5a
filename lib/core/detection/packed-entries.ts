import type { KbEntry, KnowledgeBase, PlaceLevel } from '../knowledge';
import type { NameCandidates } from './name-candidates';
import type { PackedStrings } from './packed-strings';

/** The number that stands for "none" in the prebuilt tables' 16-bit number stream. */
export const NONE = 0xffff;

/** Place levels by their code in the stream. */
export const LEVELS: readonly PlaceLevel[] = ['province', 'prefecture', 'county'];

/**
 * The knowledge-base entries of the prebuilt tables, each made into a KbEntry on first use and the
 * same object after. Entry i's record starts at `ints[entryAt[i]]`: id, type, name, kind, level,
 * parent, province and location (strings by index, {@link NONE} for none), its aliases (a count
 * and that many strings), its members (likewise) and 1 when it has a member list. Why lazily: a
 * page names tens of the 4,242 entries, and making them all was a third of the background's load.
 */
export class PackedEntries {
  private readonly made: (KbEntry | undefined)[];

  constructor(
    private readonly ints: Uint16Array,
    private readonly strings: PackedStrings,
    private readonly entryAt: ArrayLike<number>,
  ) {
    this.made = new Array<KbEntry | undefined>(entryAt.length);
  }

  /** Number of entries. */
  get length(): number {
    return this.entryAt.length;
  }

  /** Entry `index`, made once. */
  at(index: number): KbEntry {
    return (this.made[index] ??= this.make(this.entryAt[index]!));
  }

  /** The entries listed at `offset` of the stream (a count, then entry indexes). */
  list(offset: number): KbEntry[] {
    const out = new Array<KbEntry>(this.ints[offset]!);
    for (let i = 0; i < out.length; i++) out[i] = this.at(this.ints[offset + 1 + i]!);
    return out;
  }

  /** Where the stream goes on after the list at `offset`. */
  listEnd(offset: number): number {
    return offset + 1 + this.ints[offset]!;
  }

  private make(at: number): KbEntry {
    const { ints, strings } = this;
    const str = (offset: number) => (ints[offset] === NONE ? undefined : strings.at(ints[offset]!));
    const strList = (offset: number) => {
      const out = new Array<string>(ints[offset]!);
      for (let i = 0; i < out.length; i++) out[i] = strings.at(ints[offset + 1 + i]!);
      return out;
    };
    const aliases = strList(at + 8);
    const membersAt = at + 9 + aliases.length;
    // Every field, set in one order, undefined where the entry has none: all entries share one
    // shape. Why: with the optional fields added only where set, a page's entries had several
    // shapes, and every read of an entry's id, type or name in the per-place passes went through
    // V8's megamorphic lookup (tens of thousands per 1 MB page).
    return {
      id: str(at)!,
      type: str(at + 1) as KbEntry['type'],
      name: str(at + 2)!,
      aliases,
      kind: str(at + 3)!,
      level: ints[at + 4] !== NONE ? LEVELS[ints[at + 4]!] : undefined,
      parentId: str(at + 5),
      provinceId: str(at + 6),
      locationId: str(at + 7),
      memberIds: ints[membersAt + 1 + ints[membersAt]!] === 1 ? strList(membersAt) : undefined,
    };
  }
}

/**
 * The knowledge base of the prebuilt tables: `byId` finds entries without making the others, and
 * `entries` makes them all on its first read (the detector never reads it; encoding does).
 */
export class PackedKnowledgeBase implements KnowledgeBase {
  private all: readonly KbEntry[] | undefined;

  constructor(
    private readonly packed: PackedEntries,
    readonly byId: ReadonlyMap<string, KbEntry>,
  ) {}

  get entries(): readonly KbEntry[] {
    return (this.all ??= Array.from({ length: this.packed.length }, (_, i) => this.packed.at(i)));
  }
}

/**
 * A trie value of the prebuilt tables: the entries a name can mean, read from the stream on first
 * use (at `offset`: a count and the strong entries, then the weak ones likewise). The trie holds
 * ~10k of them, one per name; a page's matches touch a few hundred.
 */
export class PackedCandidates implements NameCandidates {
  facts: NameCandidates['facts'] = undefined;
  private madeStrong: KbEntry[] | undefined;
  private madeWeak: KbEntry[] | undefined;

  constructor(
    readonly shortForm: boolean,
    private readonly packed: PackedEntries,
    private readonly offset: number,
  ) {}

  get strong(): KbEntry[] {
    return (this.madeStrong ??= this.packed.list(this.offset));
  }

  get weak(): KbEntry[] {
    return (this.madeWeak ??= this.packed.list(this.packed.listEnd(this.offset)));
  }
}
