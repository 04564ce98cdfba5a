import { useRef, useState } from 'preact/hooks';
import {
  nextMarkerIndex,
  type ArrowKey,
  type MapPicture as Picture,
  type PictureMarker,
} from '../lib/core/map-picture';

/** What the picture shows and what a marker does. */
export interface MapPictureProps {
  picture: Picture;
  labels: {
    /** The map's accessible name: `Map of the article`. */
    title: string;
    /** A marker's label, for hover, focus and screen readers: `宁波 · 3 mentions`. */
    marker: (marker: Pick<PictureMarker, 'id' | 'kind' | 'name' | 'nameEn' | 'count'>) => string;
  };
  /** Opens the entity: its card at its first mention (article), its page (library). */
  onOpen: (id: string) => void;
}

const ARROWS: readonly string[] = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'];

// The map carries its own style so it looks the same in the drawer's shadow root (--dl-* variables),
// on extension pages (--city, --border …) and in an exported file (the fallbacks).
const MAP_STYLE = `
.map { display: block; max-width: 100%; height: auto; }
.map__sea { fill: var(--dl-accent, var(--accent, #0b63c5)); fill-opacity: 0.06; }
.map__provinces path { fill: var(--dl-bg, var(--bg, #ffffff)); fill-opacity: 1;
  stroke: var(--dl-border, var(--border, #d0d7de)); stroke-width: 0.6; stroke-linejoin: round; }
.map__regions path { fill: var(--dl-region, var(--region, #7c3aed)); stroke: var(--dl-region, var(--region, #7c3aed));
  stroke-width: 14; stroke-linejoin: round; stroke-linecap: round; opacity: 0.18; }
.map__lines line { stroke: var(--dl-platform, var(--platform, #15803d)); stroke-width: 1.2; opacity: 0.45;
  stroke-linecap: round; stroke-dasharray: 3 2; }
.map__leaders line { stroke: var(--dl-fg, var(--fg, #1f2328)); stroke-width: 0.7; opacity: 0.45; }
.map__leaders circle { fill: var(--dl-fg, var(--fg, #1f2328)); opacity: 0.55; }
.map__marker { fill-opacity: 0.75; stroke: var(--dl-bg, var(--bg, #ffffff)); stroke-width: 1; cursor: pointer; }
.map__marker--place { fill: var(--dl-city, var(--city, #1d4ed8)); }
.map__marker--platform { fill: var(--dl-platform, var(--platform, #15803d)); }
.map__marker:hover, .map__marker:focus { fill-opacity: 1; outline: none;
  stroke: var(--dl-accent, var(--accent, #0b63c5)); stroke-width: 2.5; }
.map__tip rect { fill: var(--dl-bg, var(--bg, #ffffff)); stroke: var(--dl-border, var(--border, #d0d7de));
  stroke-width: 0.8; }
.map__tip text { fill: var(--dl-fg, var(--fg, #1f2328)); font: 11px system-ui, sans-serif; }
`;

/** Width of a label in SVG units, roughly: a Han character counts as one em, others as half. */
function labelWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u2E80-\uFFEF]/u.test(char) ? 11 : 6.2;
  return width + 10;
}

/**
 * A map already projected ({@link Picture}) as SVG: province outlines, a soft outline per region,
 * soft dashed lines between the markers a signing joins, and a marker per place (circle) and platform
 * (diamond); a marker moved out of a crowd (see spreadMarkers) has a thin leader line to a small dot
 * at its point. Markers are one tab stop: Tab enters on the largest, the arrow keys move to the nearest
 * marker that way, Enter or Space (or a click) opens it; each has its label as accessible name, and
 * the marker hovered or focused shows it on the map. Imports no map data and no d3: the page's
 * drawer renders what the background projected. Colours follow the CSS variables (light and dark).
 */
export function MapPicture({ picture, labels, onOpen }: MapPictureProps) {
  const { width, height, markers } = picture;
  const positions = markers.map((marker) => [marker.x, marker.y] as const);
  const [active, setActive] = useState(0);
  const [shown, setShown] = useState<number | undefined>();
  const group = useRef<SVGGElement>(null);

  function onKeyDown(event: KeyboardEvent, index: number) {
    if (ARROWS.includes(event.key)) {
      // Focus moves at once (every marker is focusable); its onFocus makes it the tab stop.
      const next = nextMarkerIndex(positions, index, event.key as ArrowKey);
      (group.current?.querySelector(`[data-index="${next}"]`) as SVGElement | null)?.focus();
    } else if (event.key === 'Enter' || event.key === ' ') {
      onOpen(markers[index]!.id);
    } else return;
    event.preventDefault();
    event.stopPropagation();
  }

  const byId = new Map(markers.map((marker) => [marker.id, marker]));
  const tip = shown === undefined ? undefined : markers[shown];
  const tipText = tip && labels.marker(tip);
  const tipWidth = tipText ? labelWidth(tipText) : 0;
  const tipX = tip ? Math.min(Math.max(tip.x - tipWidth / 2, 2), width - tipWidth - 2) : 0;
  const tipY = tip ? (tip.y - tip.r - 24 < 2 ? tip.y + tip.r + 4 : tip.y - tip.r - 24) : 0;

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
      <rect class="map__sea" width={width} height={height} rx={6} aria-hidden="true" />
      <g class="map__provinces">
        {picture.provinces.map((province) => (
          <path key={province.code} d={province.d} data-code={province.code} />
        ))}
      </g>
      <g class="map__regions" aria-hidden="true">
        {picture.regions.map((region) => (
          <path key={region.id} data-id={region.id} d={region.d}>
            <title>{region.name}</title>
          </path>
        ))}
      </g>
      <g class="map__lines" aria-hidden="true">
        {picture.lines.map((line) => {
          const from = byId.get(line.from)!;
          const to = byId.get(line.to)!;
          return (
            <line
              key={`${line.from} ${line.to}`}
              data-from={line.from}
              data-to={line.to}
              x1={from.x}
              y1={from.y}
              x2={to.x}
              y2={to.y}
            />
          );
        })}
      </g>
      <g class="map__leaders" aria-hidden="true">
        {markers.map(
          ({ id, x, y, anchor }) =>
            anchor && (
              <g key={id} data-id={id}>
                <line x1={anchor.x} y1={anchor.y} x2={x} y2={y} />
                <circle cx={anchor.x} cy={anchor.y} r={1.4} />
              </g>
            ),
        )}
      </g>
      <g class="map__markers" ref={group}>
        {markers.map((marker, index) => {
          const { x, y, r } = marker;
          const label = labels.marker(marker);
          const common = {
            class: `map__marker map__marker--${marker.kind}`,
            'data-index': index,
            'data-id': marker.id,
            // Where the place is (a marker moved out of a crowd is drawn beside it).
            'data-x': marker.anchor?.x ?? x,
            'data-y': marker.anchor?.y ?? y,
            'data-province': marker.province,
            role: 'button' as const,
            'aria-label': label,
            tabindex: index === active ? 0 : -1,
            onClick: () => onOpen(marker.id),
            onKeyDown: (event: KeyboardEvent) => onKeyDown(event, index),
            onFocus: () => {
              setActive(index);
              setShown(index);
            },
            onBlur: () => setShown((current) => (current === index ? undefined : current)),
            onMouseEnter: () => setShown(index),
            onMouseLeave: () => setShown((current) => (current === index ? undefined : current)),
          };
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
      {tip && (
        <g class="map__tip" role="tooltip" pointer-events="none">
          <rect x={tipX} y={tipY} width={tipWidth} height={20} rx={4} />
          <text x={tipX + 5} y={tipY + 14}>
            {tipText}
          </text>
        </g>
      )}
    </svg>
  );
}
