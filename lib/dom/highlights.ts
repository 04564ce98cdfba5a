import type { EntityType } from '../core/entity';

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

/** A range to paint and the type that decides its colour. */
export interface TypedRange {
  type: EntityType;
  range: Range;
}

/** True when the browser has the CSS Custom Highlight API (Chrome 105+, Firefox 140+). */
export function supportsHighlights(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
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
  const counts: Record<EntityType, number> = { city: 0, platform: 0, official: 0, person: 0, region: 0 };
  for (const type of Object.keys(HIGHLIGHT_NAMES) as EntityType[]) {
    const list = byType.get(type) ?? [];
    counts[type] = list.length;
    if (list.length === 0) CSS.highlights.delete(HIGHLIGHT_NAMES[type]);
    else CSS.highlights.set(HIGHLIGHT_NAMES[type], new Highlight(...list));
  }
  return counts;
}

/** Removes every highlight the extension registered. */
export function clearHighlights(): void {
  for (const name of Object.values(HIGHLIGHT_NAMES)) CSS.highlights.delete(name);
}
