import { useMemo } from 'preact/hooks';
import { mapPicture, type MapData, type MapMarkers } from '../lib/core/map';
import type { PictureLine } from '../lib/core/map-picture';
import { MapPicture, type MapPictureProps } from './MapPicture';

/** What the map shows and what a marker does. */
export interface MapViewProps {
  map: MapData;
  markers: MapMarkers;
  labels: MapPictureProps['labels'];
  /** Opens the entity: its card at its first mention (article), its page (library). */
  onOpen: (id: string) => void;
  /** The drawing's width in SVG units; the height is 0.8 of it. Default 360. */
  width?: number;
  /** Show the part of the country the markers are in (default), or the whole country. */
  focus?: boolean;
  /** Soft lines between markers (see signingLines). */
  lines?: readonly PictureLine[];
}

/**
 * The map of `markers` on `map`, projected here ({@link mapPicture}) and drawn by
 * {@link MapPicture}: provinces, regions, a circle per place and a diamond per platform, one tab
 * stop with arrow keys, Enter/Space/click to open, labels on hover and focus, light and dark.
 * For extension pages that hold the map data; the page's drawer gets a picture from the background.
 */
export function MapView({ map, markers, labels, onOpen, width = 360, focus = true, lines }: MapViewProps) {
  const picture = useMemo(
    () => mapPicture(map, markers, { width, focus, ...(lines ? { lines } : {}) }),
    [map, markers, width, focus, lines],
  );
  return <MapPicture picture={picture} labels={labels} onOpen={onOpen} />;
}
