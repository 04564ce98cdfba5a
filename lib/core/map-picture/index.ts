/**
 * A map as drawing data (outlines as SVG paths, markers as positions): the type both the code that
 * projects a map (lib/core/map) and the code that only draws one (the page's drawer) share, and the
 * lines an article's signings draw. Nothing here loads the map data or d3.
 */
export type {
  MapEntity,
  MapPicture,
  PictureLine,
  PictureMarker,
  PictureMarkerKind,
  PictureProvince,
  PictureRegion,
} from './picture';
export { signingLines, type LineEvent } from './signing-lines';
export { nextMarkerIndex, type ArrowKey } from './marker-navigation';
