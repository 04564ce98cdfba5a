import { partiesPieces, type StoredEvent } from '../../lib/core/brief';
import { t } from '../i18n';
import type { EntityRef } from './EntityButton';

/**
 * Who did what with whom in a library event line, each party a link-like button
 * (`button.library-party[data-entity-id]`) that opens that entity's profile; the entity the line
 * is shown for (`selectedId`) stays plain text.
 */
export function EventParties({
  event,
  selectedId,
  onSelect,
}: {
  event: Pick<StoredEvent, 'kind' | 'parties'>;
  selectedId: string | undefined;
  onSelect: (entity: EntityRef) => void;
}) {
  const pieces = partiesPieces(event);
  return (
    <span lang="zh">
      {pieces.map((piece, i) =>
        typeof piece === 'string' || piece.entityId === selectedId ? (
          <span key={i}>{typeof piece === 'string' ? piece : piece.name}</span>
        ) : (
          <button
            key={i}
            type="button"
            class="library-party"
            data-entity-id={piece.entityId}
            title={t('showProfile', piece.name)}
            onClick={() => onSelect({ id: piece.entityId, type: piece.type, name: piece.name })}
          >
            {piece.name}
          </button>
        ),
      )}
    </span>
  );
}
