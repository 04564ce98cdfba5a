import type { EntityType } from '../core/entity';
import { HighlightPainter } from './highlights';

/**
 * A range to paint and its entity's type: a PlacedMention has this shape. `range` is read only
 * when the mention is painted or measured, so it may be made on first use (LazyPlacedMention).
 */
export interface OrderedRange {
  readonly range: Range;
  readonly entity: { readonly type: EntityType };
  /** What to paint instead of `range` (a StaticRange over the same text: see LazyPlacedMention). */
  paintRange?(): AbstractRange;
  /** `range.getBoundingClientRect()`, without making `range` if it can (see LazyPlacedMention). */
  boundingRect?(): DOMRect;
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

/** The range to register for `mention`: its paint range where it has one, else its live range. */
function paintRangeOf(mention: OrderedRange): AbstractRange {
  return mention.paintRange?.() ?? mention.range;
}

/** Up to this many painted ranges are deleted one by one; more, and their types are painted anew. */
const FEW_DELETES = 16;

/** Defaults: a long article (thousands of mentions) is painted whole; a 1 MB page is windowed. */
export const DEFAULT_VIEWPORT_PAINTER: ViewportPainterOptions = { limit: 4000, marginScreens: 2, marginMentions: 200 };

/**
 * Paints highlights like {@link HighlightPainter}, but on pages with more than `limit` mentions
 * registers only the ones near the viewport. Why: the browser's cost of a highlight change, and
 * of every paint, grows with all the ranges registered — on a 5 MB page one change stalled the
 * page for hundreds of milliseconds — while a reader only ever sees a screenful. The painter keeps
 * every mention (counts are of all of them); call {@link setOrder} after each change with the
 * mentions in document order and {@link refresh} when the page scrolls or resizes. A mention that
 * has a paint range (a StaticRange: see LazyPlacedMention) is painted with it and measured by a
 * throwaway range, so neither painting nor the viewport's binary search keeps a live Range.
 */
export class ViewportPainter {
  private readonly painter = new HighlightPainter();
  /** Every mention, by type: what is painted when the page is small, and what counts count. */
  private readonly all = new Map<EntityType, Set<OrderedRange>>();
  private total = 0;
  /** Mentions whose ranges are registered with the browser, with the range registered. */
  private readonly painted = new Map<OrderedRange, AbstractRange>();
  private order: readonly OrderedRange[] = [];
  private windowed = false;

  constructor(
    private readonly view: Pick<Window, 'innerHeight'>,
    private readonly options: ViewportPainterOptions = DEFAULT_VIEWPORT_PAINTER,
  ) {}

  /** Records `mention`; paints it at once unless the page has too many to paint them all. */
  add(mention: OrderedRange): void {
    const type = mention.entity.type;
    let set = this.all.get(type);
    if (!set) this.all.set(type, (set = new Set()));
    if (set.has(mention)) return;
    set.add(mention);
    this.total++;
    if (this.total > this.options.limit) this.windowed = true;
    if (!this.windowed) this.paint(mention, type);
  }

  /**
   * Says `count` more mentions are coming (a detector's answer about to be placed). When they make
   * the page long the painter turns windowed now, so what is added is only recorded: painting up to
   * `limit` ranges first made a Range and a highlight entry for each, most of which the window then
   * dropped (in Firefox ESR 140 the adds alone took ~280 ms on the 1 MB page).
   */
  expect(count: number): void {
    if (this.total + count > this.options.limit) this.windowed = true;
  }

  /**
   * Records `mention` and paints it even on a windowed page, until the next {@link setOrder} or
   * {@link refresh} keeps it only if it is near the viewport: for the top of an article while the
   * window is not known yet (the mentions are not in document order before they are all placed).
   */
  addPainted(mention: OrderedRange): void {
    this.add(mention);
    if (!this.painted.has(mention)) this.paint(mention, mention.entity.type);
  }

  /** Forgets `mention` (added before) and stops painting it. */
  delete(mention: OrderedRange): void {
    this.deleteAll([mention]);
  }

  /**
   * Forgets `mentions` (added before) and stops painting them. Past a few painted ones, each type
   * that loses ranges gets a new highlight of those it keeps (see HighlightPainter.replace): a page
   * that re-renders its article drops every mention at once, and Firefox deletes one at a time in
   * time proportional to the highlight.
   */
  deleteAll(mentions: Iterable<OrderedRange>): void {
    const unpainted: OrderedRange[] = [];
    for (const mention of mentions) {
      if (!this.all.get(mention.entity.type)?.delete(mention)) continue;
      this.total--;
      if (this.painted.has(mention)) unpainted.push(mention);
    }
    if (unpainted.length <= FEW_DELETES) {
      for (const mention of unpainted) {
        const range = this.painted.get(mention)!;
        this.painted.delete(mention);
        this.painter.delete(mention.entity.type, range);
      }
      return;
    }
    const losing = new Set<EntityType>();
    for (const mention of unpainted) {
      this.painted.delete(mention);
      losing.add(mention.entity.type);
    }
    this.repaintTypes(losing, new Set(this.painted.keys()));
  }

  private paint(mention: OrderedRange, type: EntityType): void {
    const range = paintRangeOf(mention);
    this.painter.add(type, range);
    this.painted.set(mention, range);
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
    for (const mention of order) if (!this.painted.has(mention)) this.paint(mention, mention.entity.type);
  }

  /**
   * Paints the ranges near the viewport and unpaints the rest (windowed pages only). When some
   * must go, each type that loses ranges gets a new highlight of the ones it keeps (see
   * HighlightPainter.replace: Firefox's deletes cost far more than adds); the others only gain.
   */
  refresh(): void {
    if (!this.windowed) return;
    const { lo, hi } = this.nearViewport();
    const wanted = new Set<OrderedRange>();
    for (let i = lo; i < hi; i++) wanted.add(this.order[i]!);
    const losing = new Set<EntityType>();
    for (const mention of this.painted.keys()) if (!wanted.has(mention)) losing.add(mention.entity.type);
    if (losing.size > 0) this.repaintTypes(losing, wanted);
    for (const mention of wanted) if (!this.painted.has(mention)) this.paint(mention, mention.entity.type);
  }

  /** Paints, for each type in `types`, exactly its mentions in `wanted` (in their order there). */
  private repaintTypes(types: ReadonlySet<EntityType>, wanted: ReadonlySet<OrderedRange>): void {
    const kept = new Map<EntityType, AbstractRange[]>();
    for (const type of types) kept.set(type, []);
    const before = new Map(this.painted);
    for (const mention of before.keys()) if (types.has(mention.entity.type)) this.painted.delete(mention);
    for (const mention of wanted) {
      const ranges = kept.get(mention.entity.type);
      if (!ranges) continue;
      const range = before.get(mention) ?? paintRangeOf(mention);
      ranges.push(range);
      this.painted.set(mention, range);
    }
    for (const [type, ranges] of kept) this.painter.replace(type, ranges);
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
        const mention = this.order[mid]!;
        if (test(mention.boundingRect?.() ?? mention.range.getBoundingClientRect())) high = mid;
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
