import type { KbEntry } from '../../lib/core/knowledge';
import { kindLabel, t, uiLanguage } from '../i18n';
import { ancestorsOf, EntityLink, PlaceChain } from './EntityLink';
import { SLOT, WithSlot } from './slot';

export interface PlaceFactsProps {
  place: KbEntry;
  lookup: (id: string) => KbEntry | undefined;
  regionsOf?: (placeId: string) => readonly KbEntry[];
  onOpenEntity?: (id: string) => void;
}

/** Most regions listed on a place's card; the largest come first. */
const MAX_REGIONS = 2;

/** True when every member of `region` is province-level and not all are municipalities. */
export function hasProvinceMembers(region: KbEntry, lookup: (id: string) => KbEntry | undefined): boolean {
  const members = (region.memberIds ?? []).map(lookup);
  return (
    members.length > 0 &&
    members.every((m) => m?.level === 'province') &&
    members.some((m) => m?.kind !== 'municipality')
  );
}

/**
 * A place's facts: its kind, the places above it (province, and a county's city) as links, its
 * administrative code, and the regions that list it (`One of the 41 Yangtze River Delta cities`).
 */
export function PlaceFacts({ place, lookup, regionsOf, onOpenEntity }: PlaceFactsProps) {
  const ancestors = ancestorsOf(place, lookup);
  const regions = (regionsOf?.(place.id) ?? []).slice(0, MAX_REGIONS);
  return (
    <>
      <p class="card__facts">
        <span>{kindLabel(place.kind)}</span>
        {ancestors.length > 0 && (
          <>
            <span aria-hidden="true"> · </span>
            <PlaceChain places={ancestors} onOpenEntity={onOpenEntity} />
          </>
        )}
        {place.code && (
          <>
            <span aria-hidden="true"> · </span>
            <span class="card__code">{t('adminCode', place.code)}</span>
          </>
        )}
      </p>
      {regions.map((region) => {
        const count = region.memberIds?.length ?? 0;
        const key = hasProvinceMembers(region, lookup) ? 'memberOfRegionProvinces' : 'memberOfRegionCities';
        return (
          <p key={region.id} class="card__region">
            <WithSlot text={t(key, count, SLOT)} node={<RegionName region={region} onOpenEntity={onOpenEntity} />} />
          </p>
        );
      })}
    </>
  );
}

/** A region's name in the sentence: English in an English interface, Chinese otherwise. */
function RegionName({ region, onOpenEntity }: { region: KbEntry; onOpenEntity?: (id: string) => void }) {
  if (uiLanguage() !== 'en' || !region.en) return <EntityLink entry={region} onOpenEntity={onOpenEntity} />;
  return <EntityLink entry={region} onOpenEntity={onOpenEntity} label={region.en} labelLang="en" />;
}
