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
 * picture comes, when no entity is on the map, and when it fails; asks again when the request changes.
 * Markers far from the rest, left out of the view, are named under the map as buttons that open them.
 */
export function MapRequest({ request, labels, onOpen, actions }: MapRequestProps) {
  const key = JSON.stringify(request);
  const [state, setState] = useState<{ key: string; picture?: Picture; error?: string } | undefined>();
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let current = true;
    requestStore('kb:map-picture', request).then(
      (picture) => current && setState({ key, picture }),
      (error: unknown) => current && setState({ key, error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [key]);

  const ready = state?.key === key ? state : undefined;
  return (
    <div class="map-box" ref={box} aria-busy={ready ? 'false' : 'true'}>
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
