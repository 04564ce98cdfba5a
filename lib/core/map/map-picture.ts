import { geoContains, geoPath } from 'd3-geo';
import { polygonHull } from 'd3-polygon';
import type { MapPicture, PictureLine, PictureMarker } from '../map-picture';
import type { MapData } from './map-data';
import { focusBox } from './map-focus';
import type { MapMarkers } from './marker-model';
import { chinaProjection } from './projection';
import { spreadMarkers } from './spread-markers';

/** How a picture is drawn: its width (height follows), whether it zooms to the markers, its lines. */
export interface MapPictureOptions {
  /** Width in SVG units; the height is {@link PICTURE_ASPECT} of it. Default 360. */
  width?: number;
  /** Show the part of the country the markers are in (default), or the whole country. */
  focus?: boolean;
  /** Lines between markers by id (see signingLines); those lacking an end on the map are dropped. */
  lines?: readonly PictureLine[];
  /** English names by entity id, for labels in English. */
  namesEn?: ReadonlyMap<string, string>;
}

/** A picture's height for its width: China's shape, wider than tall. */
export const PICTURE_ASPECT = 0.8;
/** Room kept around the drawing for the largest markers, in SVG units. */
const PADDING = 8;
/** Coordinates are written to a tenth of an SVG unit: crisp at any size a panel shows, small to send. */
const round = (value: number) => Math.round(value * 10) / 10;

/**
 * Projects `markers` on `map` into plain drawing data ({@link MapPicture}): province outlines as SVG
 * path strings (only those that reach into the view), each region as the hull of its members'
 * points, each marker's centre, radius and the province its point lies in (markers that would
 * overlap moved apart, see spreadMarkers), and the lines whose two ends are markers. The view
 * leaves out markers far from the rest (see withoutOutliers): they are listed in `outside`, not
 * drawn. Pure and deterministic: the same input gives the same picture, in a page, the background
 * or a test.
 */
export function mapPicture(map: MapData, markers: MapMarkers, options: MapPictureOptions = {}): MapPicture {
  const width = options.width ?? 360;
  const height = Math.round(width * PICTURE_ASPECT);
  const projection = chinaProjection(
    map,
    width,
    height,
    options.focus === false ? null : focusBox(withoutOutliers(markers)),
    PADDING,
  );
  // Outlines are cut at the view's edge (a margin beyond it): what lies outside is never sent.
  const clipped = projection.clipExtent([
    [-PADDING, -PADDING],
    [width + PADDING, height + PADDING],
  ]);
  const path = geoPath(clipped).digits(1);
  const project = (point: readonly [number, number]): [number, number] => {
    const xy = projection([point[0], point[1]]);
    return xy ? [round(xy[0]), round(xy[1])] : [0, 0];
  };
  const provinces = [...map.provinces.values()].flatMap((province) => {
    const [[x0, y0], [x1, y1]] = path.bounds(province);
    if (x1 < 0 || y1 < 0 || x0 > width || y0 > height) return [];
    return [{ code: province.id, d: path(province) ?? '' }];
  });
  // The province of the marker's own code is tried first: a spherical containment test against all
  // 34 outlines per marker made a 1,000-place library map take ~300 ms.
  const provinceOf = (point: readonly [number, number], code: string) => {
    const own = map.provinces.get(`${code.slice(0, 2)}0000`);
    if (own && geoContains(own, [point[0], point[1]])) return own.id;
    return [...map.provinces.values()].find((province) => geoContains(province, [point[0], point[1]]))?.id ?? '';
  };
  const regions = markers.regions.map((region) => {
    const points = region.points.map(project);
    const outline = (points.length >= 3 ? polygonHull(points) : null) ?? points;
    return { id: region.id, name: region.name, d: `M${outline.map(([x, y]) => `${x},${y}`).join('L')}Z` };
  });
  const all: PictureMarker[] = markers.points.map((marker) => {
    const [x, y] = project(marker.point);
    const nameEn = options.namesEn?.get(marker.id);
    return {
      id: marker.id,
      kind: marker.kind,
      name: marker.name,
      ...(nameEn ? { nameEn } : {}),
      count: marker.count,
      x,
      y,
      r: round(marker.radius),
      province: provinceOf(marker.point, marker.code),
    };
  });
  const inView = (m: PictureMarker) => m.x >= 0 && m.x <= width && m.y >= 0 && m.y <= height;
  // Crowded markers (上海 and the platforms located there) are moved apart, each joined to its point.
  const drawn = spreadMarkers(all.filter(inView), { width, height });
  const outside = all
    .filter((m) => !inView(m))
    .map(({ id, kind, name, nameEn, count }) => ({ id, kind, name, ...(nameEn ? { nameEn } : {}), count }));
  const ids = new Set(drawn.map((marker) => marker.id));
  const lines = (options.lines ?? []).filter((line) => ids.has(line.from) && ids.has(line.to) && line.from !== line.to);
  return { width, height, provinces, regions, markers: drawn, lines, outside };
}

/** How far from the markers' middle a marker may lie and still decide the view, in degrees, at least. */
const OUTLIER_MIN_DEGREES = 4;

/**
 * `markers` without the points far from the rest: farther from the median point than three times
 * the median distance to it (and than {@link OUTLIER_MIN_DEGREES}). Regions stay. With fewer than
 * four points, all stay: two cities far apart are both the subject.
 */
function withoutOutliers(markers: MapMarkers): MapMarkers {
  if (markers.points.length < 4) return markers;
  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = sorted.length >> 1;
    return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  };
  const lon = median(markers.points.map((m) => m.point[0]));
  const lat = median(markers.points.map((m) => m.point[1]));
  const distance = (m: (typeof markers.points)[number]) => Math.hypot(m.point[0] - lon, m.point[1] - lat);
  const limit = Math.max(OUTLIER_MIN_DEGREES, 3 * median(markers.points.map(distance)));
  return { ...markers, points: markers.points.filter((m) => distance(m) <= limit) };
}
