import type { PictureMarker } from '../lib/core/map-picture';
import { t, uiLanguage } from './i18n';

/** A marker's name in the interface language: its English name in English when it has one. */
export function markerName(marker: Pick<PictureMarker, 'name' | 'nameEn'>): string {
  return uiLanguage() === 'en' && marker.nameEn ? marker.nameEn : marker.name;
}

/** An article map marker's label: `Ningbo · 3 mentions`, `Hefei · 1 mention` / `宁波 · 提及 3 次`. */
export function articleMarkerLabel(marker: Pick<PictureMarker, 'name' | 'nameEn' | 'count'>): string {
  return marker.count === 1
    ? t('mapMarkerMention', markerName(marker))
    : t('mapMarkerMentions', markerName(marker), marker.count);
}

/** A library map marker's label: `Ningbo · 3 articles`, `Hefei · 1 article` / `宁波 · 3 篇文章`. */
export function libraryMarkerLabel(marker: Pick<PictureMarker, 'name' | 'nameEn' | 'count'>): string {
  return marker.count === 1
    ? t('mapMarkerArticle', markerName(marker))
    : t('mapMarkerArticles', markerName(marker), marker.count);
}
