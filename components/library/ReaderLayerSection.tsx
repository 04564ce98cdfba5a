/*
 * Hooks for end-to-end tests (kept stable on purpose):
 * - section: `section.reader-layer`; headings `#reader-entities-heading`, `#reader-corrections-heading`.
 * - entities: `li.reader-entity[data-entity-id]` with `.reader-entity__name`, `.reader-entity__type`,
 *   `.reader-entity__alias`, `.reader-entity__description`, `.reader-entity__edit`, `.reader-entity__delete`;
 *   while editing, `select[name=type]`, `input[name=name]`, `textarea[name=aliases]`,
 *   `textarea[name=description]`, `.reader-entity__save`, `.reader-entity__cancel`, errors `.reader-entity__error`.
 * - corrections: `section.reader-corrections__group[data-kind]` > `li.reader-correction[data-correction-id]`
 *   with `.reader-correction__sentence` and `.reader-correction__delete`.
 * - empty states: `.reader-entities__empty`, `.reader-corrections__empty`.
 * - undo: `.reader-layer__undo` inside `.reader-layer__undo-bar` (role=status), for UNDO_MS after a delete.
 * - errors: `.reader-layer__alert` (role=alert).
 */
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { AlertBar } from './AlertBar';
import type { Correction, ReaderEntity, ReaderLayer } from '../../lib/core/reader-layer';
import type { NewReaderEntity } from '../../lib/store/reader-layer-protocol';
import { requestStore } from '../../lib/store/store-client';
import { t } from '../i18n';
import { useUndoWindow } from '../undo-window';
import { CorrectionGroups } from './CorrectionGroups';
import { readableIdPart } from './entity-id-label';
import { ReaderEntityItem } from './ReaderEntityItem';
import { useKbNames } from './use-kb-names';
import { useReaderLayer } from './use-reader-layer';

/** What the undo bar can put back, and where it was in its list. */
type Deleted =
  | { what: 'entity'; entity: ReaderEntity; index: number }
  | { what: 'correction'; correction: Correction; index: number };

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
const entitySelector = (id: string, inner: string) => `[data-entity-id="${CSS.escape(id)}"] ${inner}`;
const correctionSelector = (id: string, inner: string) => `[data-correction-id="${CSS.escape(id)}"] ${inner}`;

/** `list` with `item` back at `index` (or at the end, when the list got shorter meanwhile). */
function insertAt<T extends { id: string }>(list: readonly T[], item: T, index: number): T[] {
  const rest = list.filter((other) => other.id !== item.id);
  return [...rest.slice(0, index), item, ...rest.slice(index)];
}

/** Every entity id the corrections name, for their names. */
function referencedIds(layer: ReaderLayer): string[] {
  return layer.corrections.flatMap((correction) =>
    correction.kind === 'same-as' ? [correction.targetId] : correction.entityId ? [correction.entityId] : [],
  );
}

/**
 * "My entities & corrections" in the notes library: the entities the reader added and the
 * corrections they made, as the store has them, kept current when the layer changes in a card or
 * another tab. Entities are edited in place and deleted with Undo (the same window as notes);
 * corrections are deleted with Undo. Each list says how to add to it when empty. A correction
 * names an entity by the reader's name for it, else the knowledge base's, else the readable part
 * of its id.
 */
export function ReaderLayerSection() {
  const [alert, setAlert] = useState<string | undefined>();
  const { load, layer, update, reload } = useReaderLayer(setAlert);
  const [editingId, setEditingId] = useState<string | undefined>();
  const [undo, setUndo] = useUndoWindow<Deleted>();
  const root = useRef<HTMLElement>(null);
  /** A selector to focus after the next render (the Undo button, an entity's Edit…). */
  const focusNext = useRef<string | undefined>(undefined);

  useLayoutEffect(() => {
    if (!focusNext.current) return;
    root.current?.querySelector<HTMLElement>(focusNext.current)?.focus();
    focusNext.current = undefined;
  });

  const kbNames = useKbNames(useMemo(() => referencedIds(layer), [layer]));
  const readerNames = useMemo(() => new Map(layer.entities.map((entity) => [entity.id, entity.name])), [layer]);
  const nameOf = (id: string) =>
    readerNames.get(id) ?? kbNames.get(id) ?? readableIdPart(id) ?? t('readerDeletedEntity');

  /** Runs a store action, showing its error in the alert region; rethrows so callers can keep state. */
  async function act<T>(action: () => Promise<T>): Promise<T> {
    setAlert(undefined);
    try {
      return await action();
    } catch (error) {
      setAlert(messageOf(error));
      throw error;
    }
  }

  async function saveEntity(entity: ReaderEntity, changes: Partial<NewReaderEntity>) {
    // The editor shows this error next to its field, so it stays out of the alert region.
    const updated = await requestStore('layer:update-entity', { id: entity.id, changes });
    update((current) => ({
      ...current,
      entities: current.entities.map((other) => (other.id === updated.id ? updated : other)),
    }));
    setEditingId(undefined);
    focusNext.current = entitySelector(updated.id, '.reader-entity__edit');
  }

  function deleteEntity(entity: ReaderEntity) {
    const index = layer.entities.findIndex((other) => other.id === entity.id);
    void act(() => requestStore('layer:delete-entity', { id: entity.id })).then((deleted) => {
      update((current) => ({ ...current, entities: current.entities.filter((other) => other.id !== entity.id) }));
      setEditingId((current) => (current === entity.id ? undefined : current));
      setUndo({ what: 'entity', entity: deleted, index });
      focusNext.current = '.reader-layer__undo';
    }, ignore);
  }

  function deleteCorrection(correction: Correction) {
    const index = layer.corrections.findIndex((other) => other.id === correction.id);
    void act(() => requestStore('layer:delete-correction', { id: correction.id })).then((deleted) => {
      update((current) => ({
        ...current,
        corrections: current.corrections.filter((other) => other.id !== correction.id),
      }));
      setUndo({ what: 'correction', correction: deleted, index });
      focusNext.current = '.reader-layer__undo';
    }, ignore);
  }

  function undoDelete() {
    if (!undo) return;
    const deleted = undo;
    setUndo(undefined);
    if (deleted.what === 'entity') {
      void act(() => requestStore('layer:restore-entity', { entity: deleted.entity })).then((restored) => {
        update((current) => ({ ...current, entities: insertAt(current.entities, restored, deleted.index) }));
        focusNext.current = entitySelector(restored.id, '.reader-entity__edit');
      }, ignore);
    } else {
      void act(() => requestStore('layer:restore-correction', { correction: deleted.correction })).then((restored) => {
        update((current) => ({ ...current, corrections: insertAt(current.corrections, restored, deleted.index) }));
        focusNext.current = correctionSelector(restored.id, '.reader-correction__delete');
      }, ignore);
    }
  }

  return (
    <section class="reader-layer" ref={root}>
      <p class="reader-layer__intro muted">{t('readerLayerIntro')}</p>
      <AlertBar message={alert} onDismiss={() => setAlert(undefined)} className="reader-layer__alert" />
      {load === 'loading' && <p class="muted library__empty">{t('readerLayerLoading')}</p>}
      {load === 'error' && (
        <p class="library__empty">
          <button type="button" class="button" onClick={reload}>
            {t('libraryRetry')}
          </button>
        </p>
      )}
      {load === 'ready' && (
        <div class="reader-layer__lists">
          <section class="reader-entities" aria-labelledby="reader-entities-heading">
            <h2 class="reader-layer__heading" id="reader-entities-heading">
              {t('readerEntitiesHeading', layer.entities.length)}
            </h2>
            {layer.entities.length === 0 ? (
              <p class="reader-layer__empty reader-entities__empty">{t('readerEntitiesEmpty')}</p>
            ) : (
              <ul class="reader-entities__list">
                {layer.entities.map((entity) => (
                  <ReaderEntityItem
                    key={entity.id}
                    entity={entity}
                    editing={editingId === entity.id}
                    onEdit={() => {
                      setEditingId(entity.id);
                      focusNext.current = entitySelector(entity.id, 'input[name=name]');
                    }}
                    onCancelEdit={() => {
                      setEditingId(undefined);
                      focusNext.current = entitySelector(entity.id, '.reader-entity__edit');
                    }}
                    onSave={(changes) => saveEntity(entity, changes)}
                    onDelete={() => deleteEntity(entity)}
                  />
                ))}
              </ul>
            )}
          </section>
          <section class="reader-corrections" aria-labelledby="reader-corrections-heading">
            <h2 class="reader-layer__heading" id="reader-corrections-heading">
              {t('readerCorrectionsHeading', layer.corrections.length)}
            </h2>
            {layer.corrections.length === 0 ? (
              <p class="reader-layer__empty reader-corrections__empty">{t('readerCorrectionsEmpty')}</p>
            ) : (
              <CorrectionGroups corrections={layer.corrections} nameOf={nameOf} onDelete={deleteCorrection} />
            )}
          </section>
        </div>
      )}
      <div class="library__undo-bar reader-layer__undo-bar" role="status">
        {undo && (
          <>
            <span>{undo.what === 'entity' ? t('readerEntityDeleted', undo.entity.name) : t('correctionDeleted')}</span>
            <button type="button" class="library__undo reader-layer__undo" onClick={undoDelete}>
              {t('undoDelete')}
            </button>
          </>
        )}
      </div>
    </section>
  );
}

/** The error is already in the alert region; nothing else to do. */
function ignore() {}
