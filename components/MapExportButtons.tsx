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
 * `<fileStem>.svg` or a PNG twice its size. For extension pages (map-export is never in the page).
 */
export function MapExportButtons({ svg, fileStem }: MapExportButtonsProps) {
  return (
    <div class="map-box__actions">
      <button
        type="button"
        onClick={() => {
          const element = svg();
          if (element) downloadTextFile(`${fileStem}.svg`, mapSvgText(element), 'image/svg+xml');
        }}
      >
        {t('mapExportSvg')}
      </button>
      <button
        type="button"
        onClick={() => {
          const element = svg();
          if (element) void mapPngBlob(element).then((blob) => downloadBlob(`${fileStem}.png`, blob));
        }}
      >
        {t('mapExportPng')}
      </button>
    </div>
  );
}
