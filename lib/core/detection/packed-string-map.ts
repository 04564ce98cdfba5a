import { hashOfString, type PackedStrings } from './packed-strings';

/**
 * A read-only map from strings to values over the prebuilt tables' arrays: item i has the key
 * `strings.at(keys[i])` and the value `valueAt(i)`, made on the first lookup that finds it; `slots`
 * is an open-addressing hash table of the items (item + 1, 0 for a free slot) written by
 * {@link stringMapSlots}. Why not a Map: building one at the background's start hashed and inserted
 * thousands of names and made every value, most of which no page asks for.
 */
export class PackedStringMap<V> implements ReadonlyMap<string, V> {
  private readonly made: (V | undefined)[];

  constructor(
    private readonly strings: PackedStrings,
    private readonly keyIndexes: Uint16Array,
    private readonly slots: Uint16Array,
    private readonly valueAt: (item: number) => V,
  ) {
    this.made = new Array<V | undefined>(keyIndexes.length);
  }

  get size(): number {
    return this.keyIndexes.length;
  }

  get(key: string): V | undefined {
    const item = this.find(key);
    return item < 0 ? undefined : this.value(item);
  }

  has(key: string): boolean {
    return this.find(key) >= 0;
  }

  forEach(callback: (value: V, key: string, map: ReadonlyMap<string, V>) => void, thisArg?: unknown): void {
    for (let i = 0; i < this.size; i++) callback.call(thisArg, this.value(i), this.key(i), this);
  }

  // Iteration (the encoder, a reader of every key) makes every item, in the order they were written.
  entries(): MapIterator<[string, V]> {
    const out = new Array<[string, V]>(this.size);
    for (let i = 0; i < out.length; i++) out[i] = [this.key(i), this.value(i)];
    return out[Symbol.iterator]();
  }

  keys(): MapIterator<string> {
    const out = new Array<string>(this.size);
    for (let i = 0; i < out.length; i++) out[i] = this.key(i);
    return out[Symbol.iterator]();
  }

  values(): MapIterator<V> {
    const out = new Array<V>(this.size);
    for (let i = 0; i < out.length; i++) out[i] = this.value(i);
    return out[Symbol.iterator]();
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }

  private key(item: number): string {
    return this.strings.at(this.keyIndexes[item]!);
  }

  private value(item: number): V {
    let value = this.made[item];
    if (value === undefined) {
      value = this.valueAt(item);
      this.made[item] = value;
    }
    return value;
  }

  /** The item whose key is `key`, or -1. */
  private find(key: string): number {
    const { slots } = this;
    const mask = slots.length - 1;
    for (let slot = hashOfString(key) & mask; ; slot = (slot + 1) & mask) {
      const held = slots[slot]!;
      if (held === 0) return -1;
      if (this.strings.equals(this.keyIndexes[held - 1]!, key)) return held - 1;
    }
  }
}

/**
 * The hash slots of {@link PackedStringMap} for `keys` (distinct, in item order): a power of two at
 * least twice their number, item i + 1 at the first free slot from its key's hash.
 */
export function stringMapSlots(keys: readonly string[]): Int32Array {
  let size = 16;
  while (size < 2 * keys.length) size *= 2;
  const slots = new Int32Array(size);
  keys.forEach((key, item) => {
    let slot = hashOfString(key) & (size - 1);
    while (slots[slot] !== 0) slot = (slot + 1) & (size - 1);
    slots[slot] = item + 1;
  });
  return slots;
}
