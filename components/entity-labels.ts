import type { EntityType } from '../lib/core/entity';
import { t, type MessageKey } from './i18n';

const TYPE_KEYS: Readonly<Record<EntityType, MessageKey>> = {
  city: 'typeCity',
  platform: 'typePlatform',
  official: 'typeOfficial',
  person: 'typePerson',
  region: 'typeRegion',
};

/** How an entity type is named in the interface language (`City` / `城市`). */
export function entityTypeLabel(type: EntityType): string {
  return t(TYPE_KEYS[type]);
}
