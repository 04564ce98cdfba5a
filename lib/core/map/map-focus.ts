import type { LonLat } from './map-data';
import type { MapMarkers } from './marker-model';

/** A box in degrees: `[[west, south], [east, north]]`. */
export type LonLatBox = [[west: number, south: number], [east: number, north: number]];

/** How much of the country a map of few, close markers still shows around them, in degrees. */
export const MIN_FOCUS_SPAN: LonLat = [8, 6];

/**
 * The part of the map worth showing for `markers`: the box around every marker and region point,
 * grown to at least `minSpan` (lon, lat) about its centre and by a sixth on each side, so an article
 * about the Yangtze delta shows the delta and its neighbours rather than a cluster on a map of
 * China. `null` when there is nothing to show (draw the whole country).
 */
export function focusBox(markers: MapMarkers, minSpan: LonLat = MIN_FOCUS_SPAN): LonLatBox | null {
  const points = [
    ...markers.points.map((marker) => marker.point),
    ...markers.regions.flatMap((region) => region.points),
  ];
  if (points.length === 0) return null;
  const lons = points.map(([lon]) => lon);
  const lats = points.map(([, lat]) => lat);
  const grow = (min: number, max: number, span: number): [number, number] => {
    const centre = (min + max) / 2;
    const half = (Math.max(max - min, span) / 2) * (1 + 1 / 3);
    return [centre - half, centre + half];
  };
  const [west, east] = grow(Math.min(...lons), Math.max(...lons), minSpan[0]);
  const [south, north] = grow(Math.min(...lats), Math.max(...lats), minSpan[1]);
  return [
    [west, south],
    [east, north],
  ];
}
