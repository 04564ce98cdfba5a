import { geoConicEqualArea, type GeoProjection } from 'd3-geo';
import type { MapData } from './map-data';
import type { LonLatBox } from './map-focus';

/**
 * A conic equal-area projection suited to China (standard parallels 25°N and 47°N, central meridian
 * 105°E: areas compare truly, shapes bend little), fitted into `width` × `height` less `padding` on
 * every side, to `box` (a part of the country, in degrees) or, without one, to all of `map`'s
 * provinces. d3-geo's projections are plain math (no DOM): the same in a page, a test or a build.
 */
export function chinaProjection(
  map: MapData,
  width: number,
  height: number,
  box: LonLatBox | null,
  padding = 8,
): GeoProjection {
  const extent: [[number, number], [number, number]] = [
    [padding, padding],
    [width - padding, height - padding],
  ];
  const projection = geoConicEqualArea().parallels([25, 47]).rotate([-105, 0]);
  if (!box) return projection.fitExtent(extent, { type: 'FeatureCollection', features: [...map.provinces.values()] });
  // The box's edges, sampled: parallels are arcs in a conic projection.
  const [[west, south], [east, north]] = box;
  const edge: [number, number][] = [];
  for (let i = 0; i <= 8; i++) {
    const lon = west + ((east - west) * i) / 8;
    edge.push([lon, south], [lon, north]);
  }
  return projection.fitExtent(extent, { type: 'MultiPoint', coordinates: edge });
}
