import type { EntityType } from '../core/entity';
import { HighlightPainter } from './highlights';

/** A painted range and its entity's type: a PlacedMention has this shape. */
export interface OrderedRange {
  range: Range;
  entity: { type: EntityType };
}

/** Options of a {@link ViewportPainter}. */
export interface ViewportPainterOptions {
  /** Up to this many mentions everything is painted; above it, only those near the viewport. */
  limit: number;
  /** Screens above and below the viewport that are painted too, so scrolling shows no gap. */
  marginScreens: number;
  /** Mentions painted before the first and after the last near the viewport (document order is not always vertical order). */
  marginMentions: number;
}

/** Defaults: a long article (thousands of mentions) is painted whole; a 1 MB page is windowed. */
export const DEFAULT_VIEWPORT_PAINTER: ViewportPainterOptions = { limit: 4000, marginScreens: 2, marginMentions: 200 };

/**
 * Paints highlights like {@link HighlightPainter}, but on pages with more than `limit` mentions
 * registers only the ones near the viewport. Why: the browser's cost of a highlight change, and
 * of every paint, grows with all the ranges registered — on a 5 MB page one change stalled the
 * page for hundreds of milliseconds — while a reader only ever sees a screenful. The painter keeps
 * every range (counts are of all of them); call {@link setOrder} after each change with the ranges
 * in document order and {@link refresh} when the page scrolls or resizes.
 */
export class ViewportPainter {
  private readonly painter = new HighlightPainter();
  /** Every range, by type: what is painted when the page is small, and what counts count. */
  private readonly all = new Map<EntityType, Set<Range>>();
  private total = 0;
  /** Ranges currently registered with the browser (windowed mode), with their type. */
  private readonly painted = new Map<Range, EntityType>();
  private order: readonly OrderedRange[] = [];
  private windowed = false;

  constructor(
    private readonly view: Pick<Window, 'innerHeight'>,
    private readonly options: ViewportPainterOptions = DEFAULT_VIEWPORT_PAINTER,
  ) {}

  /** Records `range`; paints it at once unless the page has too many to paint them all. */
  add(type: EntityType, range: Range): void {
    let set = this.all.get(type);
    if (!set) this.all.set(type, (set = new Set()));
    if (set.has(range)) return;
    set.add(range);
    this.total++;
    if (this.total > this.options.limit) this.windowed = true;
    if (!this.windowed) {
      this.painter.add(type, range);
      this.painted.set(range, type);
    }
  }

  /** Forgets `range` (added with the same `type`) and stops painting it. */
  delete(type: EntityType, range: Range): void {
    if (!this.all.get(type)?.delete(range)) return;
    this.total--;
    if (this.painted.delete(range)) this.painter.delete(type, range);
  }

  /** How many ranges each type has, painted or not. */
  counts(): Record<EntityType, number> {
    const counts: Record<EntityType, number> = { city: 0, platform: 0, official: 0, person: 0, region: 0 };
    for (const [type, set] of this.all) counts[type] = set.size;
    return counts;
  }

  /** Forgets everything and unregisters the highlights. */
  clear(): void {
    this.painter.clear();
    this.all.clear();
    this.painted.clear();
    this.total = 0;
    this.order = [];
    this.windowed = false;
  }

  /** Whether only the ranges near the viewport are painted. */
  get isWindowed(): boolean {
    return this.windowed;
  }

  /**
   * Every range in document order (after a change); paints the ones near the viewport when the
   * page is windowed, or all of them when it has become small again.
   */
  setOrder(order: readonly OrderedRange[]): void {
    this.order = order;
    if (this.total > this.options.limit) {
      this.windowed = true;
      this.refresh();
      return;
    }
    if (!this.windowed) return;
    this.windowed = false;
    for (const { entity, range } of order) {
      const type = entity.type;
      if (this.painted.has(range)) continue;
      this.painter.add(type, range);
      this.painted.set(range, type);
    }
  }

  /** Paints the ranges near the viewport and unpaints the rest (windowed pages only). */
  refresh(): void {
    if (!this.windowed) return;
    const { lo, hi } = this.nearViewport();
    const wanted = new Set<Range>();
    for (let i = lo; i < hi; i++) wanted.add(this.order[i]!.range);
    for (const [range, type] of this.painted) {
      if (wanted.has(range)) continue;
      this.painter.delete(type, range);
      this.painted.delete(range);
    }
    for (let i = lo; i < hi; i++) {
      const { range, entity } = this.order[i]!;
      const type = entity.type;
      if (this.painted.has(range)) continue;
      this.painter.add(type, range);
      this.painted.set(range, type);
    }
  }

  /**
   * The indexes [lo, hi) of `order` near the viewport: two binary searches on the ranges'
   * positions (document order is close to vertical order), widened by `marginMentions`.
   */
  private nearViewport(): { lo: number; hi: number } {
    const height = this.view.innerHeight;
    const above = -height * this.options.marginScreens;
    const below = height * (1 + this.options.marginScreens);
    const firstWhere = (test: (rect: DOMRect) => boolean) => {
      let low = 0;
      let high = this.order.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (test(this.order[mid]!.range.getBoundingClientRect())) high = mid;
        else low = mid + 1;
      }
      return low;
    };
    const lo = firstWhere((rect) => rect.bottom >= above);
    const hi = firstWhere((rect) => rect.top > below);
    const margin = this.options.marginMentions;
    return { lo: Math.max(0, lo - margin), hi: Math.min(this.order.length, Math.max(hi, lo) + margin) };
  }
}
