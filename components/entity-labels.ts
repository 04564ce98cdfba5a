import type { EntityType } from '../lib/core/entity';

/** How each entity type is named in the UI (English first, Chinese after). */
export const ENTITY_TYPE_LABELS: Readonly<Record<EntityType, string>> = {
  city: 'City · 城市',
  platform: 'Platform · 平台',
  official: 'Official · 官员',
  person: 'Person · 人物',
  region: 'Region · 区域',
};
