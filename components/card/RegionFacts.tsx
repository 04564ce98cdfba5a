import type { KbEntry } from '../../lib/core/knowledge';
import { kindLabel, t } from '../i18n';
import { Descriptions } from './Descriptions';
import { hasProvinceMembers } from './PlaceFacts';

/** A region's facts: kind, how many member cities (or provinces) it has, its descriptions. */
export function RegionFacts({ region, lookup }: { region: KbEntry; lookup: (id: string) => KbEntry | undefined }) {
  const count = region.memberIds?.length ?? 0;
  return (
    <>
      <p class="card__facts">
        <span>{kindLabel(region.kind)}</span>
        {count > 0 && (
          <>
            <span aria-hidden="true"> · </span>
            <span>{t(hasProvinceMembers(region, lookup) ? 'regionMemberProvinces' : 'regionMemberCities', count)}</span>
          </>
        )}
      </p>
      <Descriptions entry={region} />
    </>
  );
}
