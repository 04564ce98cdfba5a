import { geoPath } from 'd3-geo';
import { polygonHull } from 'd3-polygon';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  chinaProjection,
  focusBox,
  nextMarkerIndex,
  type ArrowKey,
  type MapData,
  type MapMarkers,
  type PointMarker,
} from '../lib/core/map';

/** What the map shows and what a marker does. */
export interface MapViewProps {
  map: MapData;
  markers: MapMarkers;
  labels: {
    /** The map's accessible name: `Map of the article`. */
    title: string;
    /** A marker's label, for hover and screen readers: `宁波 · 3 mentions`. */
    marker: (marker: PointMarker) => string;
  };
  /** Opens the entity: its card at its first mention (article), its page (library). */
  onOpen: (id: string) => void;
  /** The drawing's width in SVG units; the height is 0.8 of it. Default 360. */
  width?: number;
  /** Show the part of the country the markers are in (default), or the whole country. */
  focus?: boolean;
}

const ARROWS: readonly string[] = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'];
/** Room kept around the drawing for the largest markers, in SVG units. */
const PADDING = 8;

// The map carries its own style so it looks the same in the drawer's shadow root (--dl-* variables),
// on extension pages (--city, --border …) and, later, in an exported file (the fallbacks).
const MAP_STYLE = `
.map__provinces path { fill: var(--dl-fg, var(--fg, #1f2328)); fill-opacity: 0.06;
  stroke: var(--dl-border, var(--border, #d0d7de)); stroke-width: 0.6; stroke-linejoin: round; }
.map__regions path { fill: var(--dl-region, var(--region, #7c3aed)); stroke: var(--dl-region, var(--region, #7c3aed));
  stroke-width: 14; stroke-linejoin: round; stroke-linecap: round; opacity: 0.18; }
.map__marker { fill-opacity: 0.75; stroke: var(--dl-bg, var(--bg, #ffffff)); stroke-width: 1; cursor: pointer; }
.map__marker--place { fill: var(--dl-city, var(--city, #1d4ed8)); }
.map__marker--platform { fill: var(--dl-platform, var(--platform, #15803d)); }
.map__marker:hover, .map__marker:focus { fill-opacity: 1; outline: none;
  stroke: var(--dl-accent, var(--accent, #0b63c5)); stroke-width: 2.5; }
`;

/** The drawing's height for its width: China's shape, wider than tall. */
const ASPECT = 0.8;

/**
 * The map as SVG: the provinces, a soft outline around each region's member cities, and a marker
 * per place (circle) and platform (diamond) sized by its count; by default it shows the part of the
 * country the markers are in ({@link focusBox}). Markers are one tab stop: Tab
 * enters on the largest, the arrow keys move to the nearest marker that way, Enter or Space (or a
 * click) opens it; each has a label (`宁波 · 3 mentions`) as its accessible name and hover title.
 * Colours come from the page's CSS variables (--city, --platform, --region, --border…), so it
 * follows light and dark.
 */
export function MapView({ map, markers, labels, onOpen, width = 360, focus = true }: MapViewProps) {
  const height = Math.round(width * ASPECT);
  const projection = useMemo(
    () => chinaProjection(map, width, height, focus ? focusBox(markers) : null, PADDING),
    [map, markers, width, height, focus],
  );
  const path = useMemo(() => geoPath(projection), [projection]);
  const project = (point: readonly [number, number]): [number, number] =>
    (projection([point[0], point[1]]) as [number, number] | null) ?? [0, 0];
  const positions = useMemo(() => markers.points.map((marker) => project(marker.point)), [markers, projection]);
  const [active, setActive] = useState(0);
  const [moved, setMoved] = useState(false);
  const group = useRef<SVGGElement>(null);

  useEffect(() => {
    if (moved) (group.current?.querySelector(`[data-index="${active}"]`) as SVGElement | null)?.focus();
  }, [active, moved]);

  function onKeyDown(event: KeyboardEvent, index: number) {
    if (ARROWS.includes(event.key)) {
      setActive(nextMarkerIndex(positions, index, event.key as ArrowKey));
      setMoved(true);
    } else if (event.key === 'Enter' || event.key === ' ') {
      onOpen(markers.points[index]!.id);
    } else return;
    event.preventDefault();
    event.stopPropagation();
  }

  return (
    <svg
      class="map"
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      role="group"
      aria-label={labels.title}
      xmlns="http://www.w3.org/2000/svg"
    >
      <style>{MAP_STYLE}</style>
      <g class="map__provinces">
        {[...map.provinces.values()].map((province) => (
          <path key={province.id} d={path(province) ?? ''} data-code={province.id} />
        ))}
      </g>
      <g class="map__regions" aria-hidden="true">
        {markers.regions.map((region) => {
          const points = region.points.map(project);
          const hull = points.length >= 3 ? polygonHull(points) : null;
          const outline = hull ?? points;
          return (
            <path key={region.id} data-id={region.id} d={`M${outline.map(([x, y]) => `${x},${y}`).join('L')}Z`}>
              <title>{region.name}</title>
            </path>
          );
        })}
      </g>
      <g class="map__markers" ref={group}>
        {markers.points.map((marker, index) => {
          const [x, y] = positions[index]!;
          const label = labels.marker(marker);
          const common = {
            class: `map__marker map__marker--${marker.kind}`,
            'data-index': index,
            'data-id': marker.id,
            role: 'button' as const,
            'aria-label': label,
            tabindex: index === active ? 0 : -1,
            onClick: () => onOpen(marker.id),
            onKeyDown: (event: KeyboardEvent) => onKeyDown(event, index),
            onFocus: () => setActive(index),
          };
          const r = marker.radius;
          return marker.kind === 'platform' ? (
            <path key={marker.id} {...common} d={`M${x},${y - r}L${x + r},${y}L${x},${y + r}L${x - r},${y}Z`}>
              <title>{label}</title>
            </path>
          ) : (
            <circle key={marker.id} {...common} cx={x} cy={y} r={r}>
              <title>{label}</title>
            </circle>
          );
        })}
      </g>
    </svg>
  );
}
