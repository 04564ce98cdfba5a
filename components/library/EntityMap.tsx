import { t } from '../i18n';
import { markerName } from '../map-labels';
import { MapRequest } from '../MapRequest';
import type { EntityRef } from './EntityButton';
import type { MetWith } from './events-over-time';

/** The entity whose page this is, the entities it met in events, and what a marker opens. */
export interface EntityMapProps {
  entity: EntityRef;
  met: readonly MetWith[];
  onOpen: (entity: EntityRef) => void;
}

/** Types a map can place (officials and persons have no point). */
const MAPPABLE = new Set(['city', 'platform', 'region']);

/**
 * An entity page's small map: the entity (a place or platform) and the places and platforms it met
 * in events, each sized by the events shared, with a soft line from the entity to each; a marker
 * opens that entity's page. Nothing when neither the entity nor what it met has a place on a map.
 */
export function EntityMap({ entity, met, onOpen }: EntityMapProps) {
  const others = met.filter((row) => MAPPABLE.has(row.type) && row.entityId !== entity.id);
  if (!MAPPABLE.has(entity.type) || others.length === 0) return null;
  const entities = [
    { id: entity.id, type: entity.type, name: entity.name, count: Math.max(1, ...others.map((r) => r.total)) },
    ...others.map((row) => ({ id: row.entityId, type: row.type, name: row.name, count: Math.max(1, row.total) })),
  ];
  const byId = new Map(entities.map((e) => [e.id, e]));
  return (
    <section class="library-profile__map">
      <MapRequest
        request={{ entities, lines: others.map((row) => ({ from: entity.id, to: row.entityId })), width: 280 }}
        labels={{ title: t('mapEntityTitle', entity.name), marker: markerName }}
        onOpen={(id) => {
          const hit = byId.get(id);
          if (hit && id !== entity.id) onOpen({ id, type: hit.type, name: hit.name });
        }}
      />
    </section>
  );
}
