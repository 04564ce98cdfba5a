import type { EntityType } from '../../lib/core/entity';
import { entityTypeLabel } from '../entity-labels';
import { t } from '../i18n';

/** An entity the library can open the profile of. */
export interface EntityRef {
  id: string;
  type: EntityType;
  name: string;
}

/**
 * An entity's name as a chip that opens its profile (`button.library-entity[data-entity-id]`),
 * in its type's colour, pressed while the profile shows it; `detail` (an article count) follows
 * the name in muted text.
 */
export function EntityButton({
  entity,
  selectedId,
  onSelect,
  detail,
}: {
  entity: EntityRef;
  selectedId: string | undefined;
  onSelect: (entity: EntityRef) => void;
  detail?: string;
}) {
  return (
    <button
      type="button"
      class={`library-entity library-entity--${entity.type}`}
      data-entity-id={entity.id}
      aria-pressed={selectedId === entity.id}
      aria-controls="library-profile"
      title={`${entityTypeLabel(entity.type)} · ${t('showProfile', entity.name)}`}
      onClick={() => onSelect(entity)}
    >
      <span lang="zh">{entity.name}</span>
      {detail && <span class="library-entity__detail"> · {detail}</span>}
    </button>
  );
}
