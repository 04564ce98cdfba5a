// d3-geo reads a polygon's ring order on the sphere: an exterior ring must run clockwise, or the
// polygon is the whole globe but that shape. The packages' rings run either way: this puts them right.

import { geoArea } from 'd3-geo';
import type { MultiPolygon, Polygon, Position } from 'geojson';

const rewindPolygon = (rings: Position[][]): Position[][] => {
  // A polygon covering more than a hemisphere is one whose rings run the wrong way round.
  const polygon: Polygon = { type: 'Polygon', coordinates: rings };
  return geoArea(polygon) > 2 * Math.PI ? rings.map((ring) => [...ring].reverse()) : rings;
};

/** The same geometry with every polygon's rings in d3-geo's order (exterior clockwise). */
export function rewindForD3<G extends Polygon | MultiPolygon>(geometry: G): G {
  if (geometry.type === 'Polygon') return { ...geometry, coordinates: rewindPolygon(geometry.coordinates) };
  return { ...geometry, coordinates: geometry.coordinates.map(rewindPolygon) } as G;
}
