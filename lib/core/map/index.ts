/**
 * The offline map: the format of `public/map` (province outlines and a point per place) and its
 * parser, the marker model that turns an article's or the library's entities into markers, and
 * the arrow-key moves between markers.
 */
export {
  MAP_FORMAT,
  MAP_VERSION,
  mapDataSchema,
  type MapDataFile,
  type MapPointRow,
  type MapSourceNote,
} from './map-format';
export { parseMapData, type LonLat, type MapData, type ProvinceShape } from './map-data';
export {
  articleMapEntities,
  DEFAULT_RADIUS_SCALE,
  libraryMapEntities,
  locateInKnowledgeBase,
  mapMarkers,
  markerRadius,
  type MapEntity,
  type MapLocation,
  type MapMarkers,
  type PointMarker,
  type RadiusScale,
  type RegionMarker,
  type SkipReason,
} from './marker-model';
export { nextMarkerIndex, type ArrowKey } from '../map-picture';
export { focusBox, MIN_FOCUS_SPAN, type LonLatBox } from './map-focus';
export { chinaProjection } from './projection';
export { mapPicture, PICTURE_ASPECT, type MapPictureOptions } from './map-picture';
export { roleOrganization, rolePlaces, type RolePlace } from './role-places';
export { spreadMarkers, SPREAD_GAP, SPREAD_MAX_SHIFT, type SpreadOptions } from './spread-markers';
