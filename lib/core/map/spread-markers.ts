import type { PictureMarker } from '../map-picture';

/** How {@link spreadMarkers} spreads a picture's markers. */
export interface SpreadOptions {
  /** The picture's size in SVG units: a moved marker stays whole inside it. */
  width: number;
  height: number;
  /** Room kept between two markers' edges, in SVG units. Default {@link SPREAD_GAP}. */
  gap?: number;
  /** The farthest a marker moves from its point, in SVG units. Default {@link SPREAD_MAX_SHIFT}. */
  maxShift?: number;
}

/** Room between two markers' edges: enough for each outline and focus ring to read as its own. */
export const SPREAD_GAP = 1.5;
/**
 * The farthest a marker moves from its point: about a ninth of a drawer's map, so the flower of
 * platforms around 上海 stays by Shanghai. A marker with no room that near stays on its point.
 */
export const SPREAD_MAX_SHIFT = 40;

const round = (value: number) => Math.round(value * 10) / 10;

/**
 * `markers` moved apart so that no two overlap where there is room: places are placed first and
 * platforms after (a platform's point is only its location's, so a place keeps its true spot over
 * it), each in list order (largest first); a marker that would overlap one already placed moves to
 * the nearest free spot on rings around its point, trying first the direction away from the middle
 * of all the markers (out of the crowd, usually towards the view's edge), never farther than
 * `maxShift` and never out of the view. A moved marker keeps its point as `anchor` (the drawing
 * joins the two with a leader line); one that finds no room stays on its point. The list order,
 * ids and sizes do not change, so tab order and drawing order stay the marker model's. Pure and
 * deterministic.
 *
 * @example
 * spreadMarkers([shanghai, hongqiaoZone], { width: 360, height: 288 })
 *   // Shanghai stays; the zone's diamond moves beside it, with anchor = Shanghai's point
 */
export function spreadMarkers(markers: readonly PictureMarker[], options: SpreadOptions): PictureMarker[] {
  const { width, height, gap = SPREAD_GAP, maxShift = SPREAD_MAX_SHIFT } = options;
  if (markers.length < 2) return [...markers];
  const mean = [
    markers.reduce((sum, m) => sum + m.x, 0) / markers.length,
    markers.reduce((sum, m) => sum + m.y, 0) / markers.length,
  ] as const;
  const maxRadius = Math.max(...markers.map((m) => m.r));
  const grid = new PlacedGrid(2 * maxRadius + gap, width, height);
  const placed = new Map<number, { x: number; y: number }>();
  const order = markers
    .map((marker, index) => ({ marker, index }))
    .sort((a, b) => Number(a.marker.kind === 'platform') - Number(b.marker.kind === 'platform') || a.index - b.index);

  for (const { marker, index } of order) {
    const spot = freeSpot(marker, mean, grid, { width, height, gap, maxShift, maxRadius });
    grid.add({ x: spot.x, y: spot.y, r: marker.r });
    placed.set(index, spot);
  }
  return markers.map((marker, index) => {
    const spot = placed.get(index)!;
    if (spot.x === marker.x && spot.y === marker.y) return marker;
    return { ...marker, x: spot.x, y: spot.y, anchor: { x: marker.x, y: marker.y } };
  });
}

/** The marker's point when it is free, else the nearest free spot on the rings around it, else its point. */
function freeSpot(
  marker: PictureMarker,
  mean: readonly [number, number],
  grid: PlacedGrid,
  limits: Required<Omit<SpreadOptions, 'width' | 'height'>> & { width: number; height: number; maxRadius: number },
): { x: number; y: number } {
  const { x, y, r } = marker;
  const { gap, maxShift, width, height, maxRadius } = limits;
  if (grid.isFree(x, y, r, gap, maxRadius)) return { x, y };
  // Out of the crowd first: the direction from the markers' middle to this point (up when it is the middle).
  const away = Math.hypot(x - mean[0], y - mean[1]) > 1e-6 ? Math.atan2(y - mean[1], x - mean[0]) : -Math.PI / 2;
  const step = r + gap;
  for (let ring = 1; ring * step <= maxShift; ring++) {
    const distance = ring * step;
    const count = 8 * ring;
    // Angles nearest the preferred direction first: 0, +1, −1, +2, −2 … steps of the ring.
    for (let k = 0; k < count; k++) {
      const offset = k === 0 ? 0 : (k % 2 === 1 ? 1 : -1) * Math.ceil(k / 2);
      const angle = away + (offset * 2 * Math.PI) / count;
      const cx = round(x + distance * Math.cos(angle));
      const cy = round(y + distance * Math.sin(angle));
      if (cx < r || cy < r || cx > width - r || cy > height - r) continue;
      if (grid.isFree(cx, cy, r, gap, maxRadius)) return { x: cx, y: cy };
    }
  }
  return { x, y };
}

/**
 * Placed markers in square cells over the view, so testing a spot reads only the cells near it: a
 * library of 1,000 places tests hundreds of thousands of spots.
 */
class PlacedGrid {
  private readonly cells: { x: number; y: number; r: number }[][];
  private readonly columns: number;
  private readonly rows: number;

  constructor(
    private readonly size: number,
    width: number,
    height: number,
  ) {
    this.columns = Math.max(1, Math.ceil(width / size));
    this.rows = Math.max(1, Math.ceil(height / size));
    this.cells = Array.from({ length: this.columns * this.rows }, () => []);
  }

  private column(x: number): number {
    return Math.min(this.columns - 1, Math.max(0, Math.floor(x / this.size)));
  }

  private row(y: number): number {
    return Math.min(this.rows - 1, Math.max(0, Math.floor(y / this.size)));
  }

  add(circle: { x: number; y: number; r: number }): void {
    this.cells[this.row(circle.y) * this.columns + this.column(circle.x)]!.push(circle);
  }

  /** Whether a marker of radius `r` at (x, y) keeps `gap` from every placed one. */
  isFree(x: number, y: number, r: number, gap: number, maxRadius: number): boolean {
    const reach = r + maxRadius + gap;
    const [i0, i1] = [this.column(x - reach), this.column(x + reach)];
    const [j0, j1] = [this.row(y - reach), this.row(y + reach)];
    for (let j = j0; j <= j1; j++) {
      for (let i = i0; i <= i1; i++) {
        for (const other of this.cells[j * this.columns + i]!) {
          const dx = other.x - x;
          const dy = other.y - y;
          const least = r + other.r + gap;
          if (dx * dx + dy * dy < least * least) return false;
        }
      }
    }
    return true;
  }
}
