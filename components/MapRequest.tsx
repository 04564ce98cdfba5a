import type { ComponentChild } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { MapPicture as Picture } from '../lib/core/map-picture';
import { requestStore } from '../lib/store/store-client';
import type { StoreRequests } from '../lib/store/store-protocol';
import { t } from './i18n';
import { markerName } from './map-labels';
import { MapPicture, type MapPictureProps } from './MapPicture';

/** What to ask the background to draw, what the markers say and do, and what goes under the map. */
export interface MapRequestProps {
  request: StoreRequests['kb:map-picture']['request'];
  labels: MapPictureProps['labels'];
  onOpen: (id: string) => void;
  /** Buttons under the map (exports), given the drawn SVG. */
  actions?: (svg: () => SVGSVGElement | null) => ComponentChild;
}

/**
 * A map the background projects (`kb:map-picture`) and this component only draws with
 * {@link MapPicture}: it works in the page's drawer without the map data or d3. Says so while the
 * first picture comes, when no entity is on the map, and when it fails; asks again when the request
 * changes, keeping the map it drew until the new one comes (`aria-busy` meanwhile).
 * Markers far from the rest, left out of the view, are named under the map as buttons that open them.
 */
export function MapRequest({ request, labels, onOpen, actions }: MapRequestProps) {
  const key = JSON.stringify(request);
  const [state, setState] = useState<{ key: string; order: number; picture?: Picture; error?: string } | undefined>();
  const box = useRef<HTMLDivElement>(null);
  const asked = useRef(0);

  useEffect(() => {
    // While the page changes (a paragraph added, counts going up) the map last drawn stays until
    // the new one comes: an answer is shown unless a later question was already answered.
    const order = ++asked.current;
    // What an E2E failure reports when no marker shows up: pictures asked for, answers come back
    // (pictures or errors, shown or not) and the one drawn. Set on the element, not rendered: the
    // count of answers changes without a render when a later answer was shown first.
    const note = (name: string, value: number) => box.current?.setAttribute(`data-${name}`, String(value));
    note('asked', order);
    note('entities', request.entities.length);
    const answer = (next: { picture?: Picture; error?: string }) => {
      note('answered', Number(box.current?.dataset.answered ?? 0) + 1);
      setState((shown) => (shown && shown.order > order ? shown : { key, order, ...next }));
    };
    requestStore('kb:map-picture', request).then(
      (picture) => answer({ picture }),
      (error: unknown) => answer({ error: error instanceof Error ? error.message : String(error) }),
    );
  }, [key]);

  const ready = state;
  return (
    <div class="map-box" ref={box} aria-busy={ready?.key === key ? 'false' : 'true'} data-shown={ready?.order ?? 0}>
      {!ready ? (
        <p class="map-box__note">{t('mapLoading')}</p>
      ) : ready.error !== undefined ? (
        <p class="map-box__note" role="alert">
          {t('mapFailed', ready.error)}
        </p>
      ) : ready.picture!.markers.length === 0 && ready.picture!.regions.length === 0 ? (
        <p class="map-box__note">{t('mapEmpty')}</p>
      ) : (
        <>
          <MapPicture picture={ready.picture!} labels={labels} onOpen={onOpen} />
          {ready.picture!.outside.length > 0 && (
            <p class="map-box__outside">
              {t('mapOutside')}{' '}
              {ready.picture!.outside.map((marker) => (
                <button
                  key={marker.id}
                  type="button"
                  class="map-box__outside-entity"
                  data-id={marker.id}
                  aria-label={labels.marker(marker)}
                  onClick={() => onOpen(marker.id)}
                >
                  {markerName(marker)}
                </button>
              ))}
            </p>
          )}
          {actions?.(() => box.current?.querySelector('svg') ?? null)}
        </>
      )}
    </div>
  );
}
