// A map already drawn into plain numbers and SVG path strings: what lib/core/map's mapPicture
// computes (with d3-geo and the map data) and components/MapPicture.tsx renders (with neither).
// Kept apart from lib/core/map so the content script can hold a picture without loading the map.

import type { EntityType } from '../entity';

/** An entity to show on a map and how much it counts: its mentions in an article, or its articles. */
export interface MapEntity {
  id: string;
  type: EntityType;
  name: string;
  /** Mentions in the article (article map) or saved articles that name it (library map); ≥ 1. */
  count: number;
}

/** Which shape a marker is drawn as: a circle for a place, a diamond for a platform. */
export type PictureMarkerKind = 'place' | 'platform';

/** One marker, projected: where it is drawn, how big, and what it names. */
export interface PictureMarker {
  id: string;
  kind: PictureMarkerKind;
  /** The entity's name as the article writes it (`宁波`). */
  name: string;
  /** Its English name from the knowledge base (`Ningbo`), when it has one. */
  nameEn?: string;
  /** Mentions in the article, or saved articles naming it (library). */
  count: number;
  /** Centre in SVG units of the picture's viewBox. */
  x: number;
  y: number;
  /** Radius (a platform's diamond: centre to corner), SVG units. */
  r: number;
  /** The province-level code the marker's point lies in (`330000`), '' when none is known. */
  province: string;
  /**
   * Where the marker's point is, when the marker was moved aside so that crowded markers do not
   * overlap (lib/core/map's spreadMarkers); a leader line joins it to the marker. Absent when the
   * marker stands on its point.
   */
  anchor?: { x: number; y: number };
}

/** One province outline: its code and SVG path. */
export interface PictureProvince {
  code: string;
  d: string;
}

/** A region (长三角) as a soft outline around its members: an SVG path. */
export interface PictureRegion {
  id: string;
  name: string;
  d: string;
}

/** A soft line between two markers (a platform and a place it signed with), by marker id. */
export interface PictureLine {
  from: string;
  to: string;
}

/** A whole map, ready to draw: viewBox size, outlines, regions, markers and lines. */
export interface MapPicture {
  width: number;
  height: number;
  provinces: PictureProvince[];
  regions: PictureRegion[];
  /** Largest count first (small markers are drawn on top), as the marker model orders them. */
  markers: PictureMarker[];
  /** Only lines whose two ends are markers of this picture. */
  lines: PictureLine[];
  /**
   * Places and platforms far from the rest (京东 in Beijing on a map of the delta), left out of the
   * view so the rest is not a cluster on a map of China: named under the map instead, largest first.
   */
  outside: Pick<PictureMarker, 'id' | 'kind' | 'name' | 'nameEn' | 'count'>[];
}
