import type { EntityType } from '../core/entity';

/** What a tab's content script reports to the popup. */
export interface PageStatus {
  /** The page's hostname, the key of the per-site switch. */
  site: string;
  /** Whether highlights are on in this tab. */
  enabled: boolean;
  /** Highlighted mentions per type, when enabled. */
  counts?: Record<EntityType, number>;
}
