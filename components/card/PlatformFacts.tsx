import type { KbEntry } from '../../lib/core/knowledge';
import { kindLabel, t } from '../i18n';
import { Descriptions } from './Descriptions';
import { ancestorsOf, PlaceChain } from './EntityLink';

/** Platforms found by their name pattern (苏州生物医药产业园) have ids starting with this. */
export const LOCAL_PLATFORM_PREFIX = 'platform:local:';

export interface PlatformFactsProps {
  /** Undefined for a platform found by its name pattern. */
  platform: KbEntry | undefined;
  lookup: (id: string) => KbEntry | undefined;
  onOpenEntity?: (id: string) => void;
}

/**
 * A platform's facts: kind, where it is (a link to that place's card, with the city above a
 * district), and its descriptions; or, for a pattern-found platform, that the knowledge base
 * does not know it.
 */
export function PlatformFacts({ platform, lookup, onOpenEntity }: PlatformFactsProps) {
  if (!platform) return <p class="card__facts card__facts--local">{t('platformLocal')}</p>;
  const location = platform.locationId ? lookup(platform.locationId) : undefined;
  // A district or county reads better with its city: 上海市 › 青浦区.
  const places = location
    ? [...(location.level === 'county' ? ancestorsOf(location, lookup).slice(-1) : []), location]
    : [];
  return (
    <>
      <p class="card__facts">
        <span>{kindLabel(platform.kind)}</span>
        {places.length > 0 && (
          <>
            <span aria-hidden="true"> · </span>
            <PlaceChain places={places} onOpenEntity={onOpenEntity} />
          </>
        )}
      </p>
      <Descriptions entry={platform} />
    </>
  );
}
