/**
 * The offline map: the format of `public/map` (province outlines and a point per place) and its
 * parser.
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
