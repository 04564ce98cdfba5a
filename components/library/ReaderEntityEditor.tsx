import { useRef, useState } from 'preact/hooks';
import type { EntityType } from '../../lib/core/entity';
import { READER_ENTITY_TYPES, tidyName, type ReaderEntity } from '../../lib/core/reader-layer';
import type { NewReaderEntity } from '../../lib/store/reader-layer-protocol';
import { t, type MessageKey } from '../i18n';
import { entityErrorField, type EntityField } from './entity-error-field';
import { parseAliasInput } from './parse-alias-input';

/** The type names of the add dialog, so the reader picks a type in the same words everywhere. */
const TYPE_KEYS: Readonly<Partial<Record<EntityType, MessageKey>>> = {
  city: 'readerTypeCity',
  platform: 'readerTypePlatform',
  official: 'readerTypeOfficial',
  person: 'readerTypePerson',
};

export interface ReaderEntityEditorProps {
  entity: ReaderEntity;
  /** Saves the fields that changed; rejects with the store's error, and the editor stays open. */
  onSave: (changes: Partial<NewReaderEntity>) => Promise<void>;
  onCancel: () => void;
}

interface FieldError {
  /** Undefined: the error is about no one field, and shows by the buttons. */
  field: EntityField | undefined;
  message: string;
}

const isSubmitKey = (event: KeyboardEvent) => event.key === 'Enter' && (event.ctrlKey || event.metaKey);
const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((item, index) => item === b[index]);

/**
 * The in-place editor of one of the reader's entities: type, name, other names (separated by
 * commas, `、` or new lines) and description. Only changed fields are sent, so an edit made
 * meanwhile in another tab to another field is kept. Ctrl/Cmd+Enter saves from any field and
 * Escape cancels, as in the note editor. A store error shows next to the field it is about
 * (role=alert) and the reader's text stays.
 */
export function ReaderEntityEditor({ entity, onSave, onCancel }: ReaderEntityEditorProps) {
  const [type, setType] = useState<EntityType>(entity.type);
  const [name, setName] = useState(entity.name);
  const [aliases, setAliases] = useState(entity.aliases.join('、'));
  const [description, setDescription] = useState(entity.description);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<FieldError | undefined>();
  const form = useRef<HTMLFormElement>(null);
  const idOf = (field: EntityField | 'form') => `reader-entity-${field}-${entity.id}`;
  // An entity of a type the select does not offer (an import could hold a region) keeps its type.
  const types = READER_ENTITY_TYPES.includes(entity.type) ? READER_ENTITY_TYPES : [...READER_ENTITY_TYPES, entity.type];

  /** The fields that differ from the stored entity, read from the form itself (a fast Ctrl+Enter can beat a render). */
  function changes(): Partial<NewReaderEntity> {
    const fields = form.current?.elements;
    const value = (field: EntityField, fallback: string) =>
      (fields?.namedItem(field) as HTMLInputElement | null)?.value ?? fallback;
    const out: Partial<NewReaderEntity> = {};
    const newType = value('type', type) as EntityType;
    const newName = tidyName(value('name', name));
    const newAliases = parseAliasInput(value('aliases', aliases));
    const newDescription = value('description', description).trim();
    if (newType !== entity.type) out.type = newType;
    if (newName !== entity.name) out.name = newName;
    if (!sameList(newAliases, entity.aliases)) out.aliases = newAliases;
    if (newDescription !== entity.description) out.description = newDescription;
    return out;
  }

  async function save(event?: Event) {
    event?.preventDefault();
    if (saving || tidyName(name) === '') return;
    const changed = changes();
    if (Object.keys(changed).length === 0) return onCancel();
    setSaving(true);
    setError(undefined);
    try {
      await onSave(changed);
    } catch (failure) {
      const message = failure instanceof Error ? failure.message : String(failure);
      const field = entityErrorField(message);
      setError({ field, message });
      setSaving(false);
      // Take the reader to what needs fixing; the alert next to it says what.
      if (field) form.current?.querySelector<HTMLElement>(`[name="${field}"]`)?.focus();
    }
  }

  const onKeyDown = (event: KeyboardEvent) => {
    if (isSubmitKey(event)) void save(event);
    else if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    }
  };

  /** Props that tie a field to its error, when it has one. */
  const errorProps = (field: EntityField) =>
    error?.field === field ? { 'aria-invalid': true, 'aria-describedby': idOf(field) } : {};
  const errorFor = (field: EntityField | undefined) =>
    error && error.field === field ? (
      <p class="reader-entity__error" role="alert" id={idOf(field ?? 'form')}>
        {error.message}
      </p>
    ) : null;

  return (
    <form
      ref={form}
      class="reader-entity__editor"
      aria-label={t('readerEditLabel', entity.name)}
      onSubmit={(event) => void save(event)}
      onKeyDown={onKeyDown}
    >
      <label class="reader-entity__field-label" for={idOf('type')}>
        {t('readerFieldType')}
      </label>
      <select
        id={idOf('type')}
        name="type"
        class="reader-entity__input reader-entity__type-input"
        value={type}
        onChange={(event) => setType(event.currentTarget.value as EntityType)}
        {...errorProps('type')}
      >
        {types.map((option) => {
          const key = TYPE_KEYS[option];
          return (
            <option key={option} value={option}>
              {key ? t(key) : option}
            </option>
          );
        })}
      </select>
      {errorFor('type')}
      <label class="reader-entity__field-label" for={idOf('name')}>
        {t('readerFieldName')}
      </label>
      <input
        id={idOf('name')}
        name="name"
        class="reader-entity__input reader-entity__name-input"
        type="text"
        lang="zh"
        autocomplete="off"
        required
        value={name}
        onInput={(event) => setName(event.currentTarget.value)}
        {...errorProps('name')}
      />
      {errorFor('name')}
      <label class="reader-entity__field-label" for={idOf('aliases')}>
        {t('readerFieldAliases')}
      </label>
      <textarea
        id={idOf('aliases')}
        name="aliases"
        class="reader-entity__input reader-entity__aliases-input"
        rows={2}
        lang="zh"
        value={aliases}
        onInput={(event) => setAliases(event.currentTarget.value)}
        {...errorProps('aliases')}
      />
      {errorFor('aliases')}
      <label class="reader-entity__field-label" for={idOf('description')}>
        {t('readerFieldDescription')}
      </label>
      <textarea
        id={idOf('description')}
        name="description"
        class="reader-entity__input reader-entity__description-input"
        rows={3}
        lang="zh"
        value={description}
        onInput={(event) => setDescription(event.currentTarget.value)}
        {...errorProps('description')}
      />
      {errorFor('description')}
      {errorFor(undefined)}
      <div class="reader-entity__actions">
        <button
          type="submit"
          class="button reader-entity__save"
          title={t('saveShortcut')}
          disabled={saving || tidyName(name) === ''}
        >
          {saving ? t('savingNote') : t('saveEdit')}
        </button>
        <button type="button" class="button button--secondary reader-entity__cancel" onClick={onCancel}>
          {t('readerCancel')}
        </button>
      </div>
    </form>
  );
}
