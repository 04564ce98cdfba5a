import type { ReaderEntity } from '../../lib/core/reader-layer';
import type { NewReaderEntity } from '../../lib/store/reader-layer-protocol';
import { entityTypeLabel } from '../entity-labels';
import { t } from '../i18n';
import { ReaderEntityEditor } from './ReaderEntityEditor';

export interface ReaderEntityItemProps {
  entity: ReaderEntity;
  editing: boolean;
  onEdit: () => void;
  onCancelEdit: () => void;
  /** Saves the changed fields; rejects (and the editor stays open) when the store fails. */
  onSave: (changes: Partial<NewReaderEntity>) => Promise<void>;
  onDelete: () => void;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/**
 * One of the reader's own entities (`li.reader-entity[data-entity-id]`): its name, type, other
 * names, description and the day it was added, with Edit (in place) and Delete.
 */
export function ReaderEntityItem({ entity, editing, onEdit, onCancelEdit, onSave, onDelete }: ReaderEntityItemProps) {
  const headingId = `reader-entity-name-${entity.id}`;
  return (
    <li class={`reader-entity reader-entity--${entity.type}`} data-entity-id={entity.id} aria-labelledby={headingId}>
      <div class="reader-entity__head">
        <h3 class="reader-entity__name" id={headingId} lang="zh">
          {entity.name}
        </h3>
        <span class="reader-entity__type">{entityTypeLabel(entity.type)}</span>
      </div>
      {editing ? (
        <ReaderEntityEditor entity={entity} onSave={onSave} onCancel={onCancelEdit} />
      ) : (
        <>
          {entity.aliases.length > 0 && (
            <div class="reader-entity__aliases">
              <span class="reader-entity__aliases-label">{t('readerAliases')}</span>
              <ul class="reader-entity__alias-list" lang="zh">
                {entity.aliases.map((alias) => (
                  <li key={alias} class="reader-entity__alias">
                    {alias}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {entity.description !== '' && (
            <p class="reader-entity__description" lang="zh">
              {entity.description}
            </p>
          )}
          <p class="reader-entity__meta">
            <time dateTime={entity.createdAt}>{t('readerAddedOn', dateFormat.format(new Date(entity.createdAt)))}</time>
            {entity.updatedAt !== entity.createdAt && <span>{t('readerEdited')}</span>}
          </p>
          <div class="reader-entity__actions">
            <button
              type="button"
              class="button button--secondary reader-entity__edit"
              aria-label={t('readerEditLabel', entity.name)}
              onClick={onEdit}
            >
              {t('readerEdit')}
            </button>
            <button
              type="button"
              class="button button--secondary reader-entity__delete"
              aria-label={t('readerDeleteLabel', entity.name)}
              onClick={onDelete}
            >
              {t('readerDelete')}
            </button>
          </div>
        </>
      )}
    </li>
  );
}
