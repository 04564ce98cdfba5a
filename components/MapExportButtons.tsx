import { useState } from 'preact/hooks';
import { downloadBlob, downloadTextFile } from './download-file';
import { t } from './i18n';
import { mapPngBlob, mapSvgText } from './map-export';

/** The map to export and the file name's stem (`district-lens-map`). */
export interface MapExportButtonsProps {
  svg: () => SVGSVGElement | null;
  fileStem: string;
}

/**
 * *Export map (SVG)* and *Export map (PNG)*: download the map as it looks now (light or dark), as
 * `<fileStem>.svg` or a PNG twice its size. In the page's drawer too: the file is made from the map
 * already drawn (no map data, no request), and the download link goes next to the map, inside the
 * drawer's shadow root, never into the page's own DOM.
 */
export function MapExportButtons({ svg, fileStem }: MapExportButtonsProps) {
  const [failed, setFailed] = useState<string | undefined>();
  // An export that fails says why (a PNG needs the browser to draw the SVG as an image) rather than doing nothing.
  const attempt = async (work: () => void | Promise<void>) => {
    setFailed(undefined);
    try {
      await work();
    } catch (error) {
      setFailed(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <div class="map-box__actions">
      <button
        type="button"
        onClick={() =>
          void attempt(() => {
            const element = svg();
            if (element)
              downloadTextFile(`${fileStem}.svg`, mapSvgText(element), 'image/svg+xml', element.parentElement);
          })
        }
      >
        {t('mapExportSvg')}
      </button>
      <button
        type="button"
        onClick={() =>
          void attempt(async () => {
            const element = svg();
            if (element) downloadBlob(`${fileStem}.png`, await mapPngBlob(element), element.parentElement);
          })
        }
      >
        {t('mapExportPng')}
      </button>
      {failed !== undefined && (
        <p class="map-box__note" role="alert">
          {t('mapExportFailed', failed)}
        </p>
      )}
    </div>
  );
}
