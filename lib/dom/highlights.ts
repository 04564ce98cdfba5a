import type { EntityType } from '../core/entity';
import type { PlacedMention } from './mention-locator';

/**
 * Names in the page's highlight registry, one per entity type. The page shares the registry, so
 * the names carry the extension's prefix; `public/highlights.css` styles `::highlight(name)`.
 */
export const HIGHLIGHT_NAMES: Readonly<Record<EntityType, string>> = {
  city: 'district-lens-city',
  platform: 'district-lens-platform',
  official: 'district-lens-official',
  person: 'district-lens-person',
  region: 'district-lens-region',
};

/** The highlight over mentions of entities the reader has notes on, painted above the type's. */
export const NOTED_HIGHLIGHT = 'district-lens-noted';

/** The short-lived highlight of a mention the reader jumped to (see flash-mention.ts), on top. */
export const FLASH_HIGHLIGHT = 'district-lens-flash';

/** Paint order: higher priorities paint over lower ones (type highlights keep the default 0). */
export const NOTED_PRIORITY = 1;
export const FLASH_PRIORITY = 2;

/** A range to paint and the type that decides its colour. */
export interface TypedRange {
  type: EntityType;
  range: Range;
}

/** True when the browser has the CSS Custom Highlight API (Chrome 105+, Firefox 140+). */
export function supportsHighlights(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

function zeroCounts(): Record<EntityType, number> {
  return { city: 0, platform: 0, official: 0, person: 0, region: 0 };
}

/**
 * Replaces the extension's highlights with `ranges`, one `Highlight` per entity type. Nothing is
 * inserted into the page's DOM. Returns how many ranges each type got.
 */
export function paintHighlights(ranges: readonly TypedRange[]): Record<EntityType, number> {
  const byType = new Map<EntityType, Range[]>();
  for (const { type, range } of ranges) {
    const list = byType.get(type);
    if (list) list.push(range);
    else byType.set(type, [range]);
  }
  const counts = zeroCounts();
  for (const type of Object.keys(HIGHLIGHT_NAMES) as EntityType[]) {
    const list = byType.get(type) ?? [];
    counts[type] = list.length;
    if (list.length === 0) CSS.highlights.delete(HIGHLIGHT_NAMES[type]);
    else CSS.highlights.set(HIGHLIGHT_NAMES[type], new Highlight(...list));
  }
  return counts;
}

/**
 * Keeps one registered `Highlight` per entity type and adds or removes single ranges, so an
 * update costs what changed, not the page. A type's highlight is registered while it has ranges.
 */
export class HighlightPainter {
  private readonly highlights = new Map<EntityType, Highlight>();

  /** Paints `range` in the colour of `type`. */
  add(type: EntityType, range: AbstractRange): void {
    let highlight = this.highlights.get(type);
    if (!highlight) {
      highlight = new Highlight();
      this.highlights.set(type, highlight);
    }
    highlight.add(range);
    // Registered again if someone (paintHighlights, the page) replaced or removed it.
    if (CSS.highlights.get(HIGHLIGHT_NAMES[type]) !== highlight) CSS.highlights.set(HIGHLIGHT_NAMES[type], highlight);
  }

  /** Stops painting `range` (added with the same `type`). */
  delete(type: EntityType, range: AbstractRange): void {
    const highlight = this.highlights.get(type);
    if (!highlight) return;
    highlight.delete(range);
    if (highlight.size === 0) {
      this.highlights.delete(type);
      if (CSS.highlights.get(HIGHLIGHT_NAMES[type]) === highlight) CSS.highlights.delete(HIGHLIGHT_NAMES[type]);
    }
  }

  /**
   * Paints exactly `ranges` (best in document order) in the colour of `type`, in a new highlight
   * registered in place of the old one; none unregisters the type. Why not delete the others one
   * by one: a `Highlight.delete` costs in proportion to the ranges it holds in Firefox (100 deletes
   * from 600 ranges: 17 ms, where building a 500-range highlight took 1–4 ms), and Firefox ESR 140
   * froze a 20 MB page for 76 s deleting the ~3,600 ranges painted before the page was windowed.
   */
  replace(type: EntityType, ranges: readonly AbstractRange[]): void {
    const name = HIGHLIGHT_NAMES[type];
    const old = this.highlights.get(type);
    if (ranges.length === 0) {
      if (!old) return;
      this.highlights.delete(type);
      if (CSS.highlights.get(name) === old) CSS.highlights.delete(name);
      return;
    }
    const highlight = new Highlight();
    for (const range of ranges) highlight.add(range);
    this.highlights.set(type, highlight);
    CSS.highlights.set(name, highlight);
  }

  /** How many ranges each type has. */
  counts(): Record<EntityType, number> {
    const counts = zeroCounts();
    for (const [type, highlight] of this.highlights) counts[type] = highlight.size;
    return counts;
  }

  /** Unregisters every type highlight this painter registered. */
  clear(): void {
    for (const [type, highlight] of this.highlights) {
      if (CSS.highlights.get(HIGHLIGHT_NAMES[type]) === highlight) CSS.highlights.delete(HIGHLIGHT_NAMES[type]);
    }
    this.highlights.clear();
  }
}

/** Sets a highlight's paint priority where the browser supports it. */
export function withPriority(highlight: Highlight, priority: number): Highlight {
  try {
    highlight.priority = priority;
  } catch {
    // An engine without `priority` paints in registration order; the noted and flash
    // highlights are registered after the type highlights, so they still end up on top.
  }
  return highlight;
}

/**
 * Registers `district-lens-noted` over the mentions in `noted` (drawn on top of the type
 * highlights: a small marker that a note sits there). Replaces the previous set; returns how many
 * ranges it covers.
 */
export function paintNotedHighlights(noted: Iterable<PlacedMention>): number {
  const ranges = [...noted].map((p) => p.range);
  if (ranges.length === 0) CSS.highlights.delete(NOTED_HIGHLIGHT);
  else CSS.highlights.set(NOTED_HIGHLIGHT, withPriority(new Highlight(...ranges), NOTED_PRIORITY));
  return ranges.length;
}

/** Removes every highlight the extension registered: types, notes and a running flash. */
export function clearHighlights(): void {
  for (const name of Object.values(HIGHLIGHT_NAMES)) CSS.highlights.delete(name);
  CSS.highlights.delete(NOTED_HIGHLIGHT);
  CSS.highlights.delete(FLASH_HIGHLIGHT);
}
