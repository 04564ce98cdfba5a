import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { EntityType } from '../lib/core/entity';
import { newNoteId } from '../lib/core/notes';
import { READER_ENTITY_TYPES, tidyName } from '../lib/core/reader-layer';
import { requestStore } from '../lib/store/store-client';
import { t, type MessageKey } from './i18n';

/** What the add dialog starts with and what it reports. */
export interface AddEntityDialogProps {
  /** The text the reader selected: the name field starts with it. */
  selection: string;
  /** The type chosen in the context menu, if any (the keyboard command leaves it to the dialog). */
  type?: EntityType;
  /** Called once the entity is stored (the page is annotated again by then or soon after). */
  onAdded?: () => void;
  /** Called when the reader closes the dialog (Cancel, Escape, or after it was added). */
  onClose: () => void;
}

const TYPE_LABELS: Readonly<Record<string, MessageKey>> = {
  city: 'readerTypeCity',
  platform: 'readerTypePlatform',
  official: 'readerTypeOfficial',
  person: 'readerTypePerson',
};

/** How long "Added" stays before the dialog closes by itself, in milliseconds. */
const CLOSE_AFTER_ADDED_MS = 1_200;

/** Splits the aliases field on commas (ASCII or Chinese), the enumeration comma and line breaks. */
function splitAliases(text: string): string[] {
  return text
    .split(/[,，、;；\n]/u)
    .map((alias) => tidyName(alias))
    .filter((alias) => alias !== '');
}

/**
 * "Add to District Lens as…": the reader names a selected text as a city, platform, official or
 * person, with optional other names and a short description. Saved in the reader's layer (never
 * in the built-in knowledge base); from then on it is highlighted on every page with its own card.
 * Focus starts in the name field; Escape closes.
 */
export function AddEntityDialog({ selection, type: initialType, onAdded, onClose }: AddEntityDialogProps) {
  const id = `district-lens-add-${useId()}`;
  const [type, setType] = useState<EntityType>(initialType ?? 'platform');
  const [name, setName] = useState(() => tidyName(selection));
  const [aliases, setAliases] = useState('');
  const [description, setDescription] = useState('');
  const [state, setState] = useState<{ status: 'idle' | 'saving' | 'added' } | { status: 'error'; message: string }>({
    status: 'idle',
  });
  /** One id per dialog: pressing Add again after an error cannot add the entity twice. */
  const saveId = useRef(newNoteId());
  const nameField = useRef<HTMLInputElement>(null);

  useEffect(() => {
    nameField.current?.focus();
    nameField.current?.select();
  }, []);

  useEffect(() => {
    if (state.status !== 'added') return undefined;
    const timer = setTimeout(onClose, CLOSE_AFTER_ADDED_MS);
    return () => clearTimeout(timer);
  }, [state.status, onClose]);

  async function add(event: Event) {
    event.preventDefault();
    if (state.status === 'saving' || state.status === 'added') return;
    setState({ status: 'saving' });
    try {
      await requestStore('layer:add-entity', {
        saveId: saveId.current,
        entity: { type, name: tidyName(name), aliases: splitAliases(aliases), description: description.trim() },
      });
      setState({ status: 'added' });
      onAdded?.();
    } catch (error) {
      setState({ status: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  }

  return (
    <div class="card card--dialog" role="dialog" aria-labelledby={`${id}-title`}>
      <form
        onSubmit={add}
        onKeyDown={(event) => {
          // Typing here must not reach the page's shortcuts; Escape closes the dialog.
          if (event.key === 'Escape') {
            event.preventDefault();
            onClose();
          }
          event.stopPropagation();
        }}
      >
        <h2 class="card__name" id={`${id}-title`}>
          {t('addToLensAs')}
        </h2>
        <fieldset class="dialog__types">
          <legend class="visually-hidden">{t('addToLensAs')}</legend>
          {READER_ENTITY_TYPES.map((option) => (
            <label key={option} class={`dialog__type dialog__type--${option}`}>
              <input
                type="radio"
                name={`${id}-type`}
                value={option}
                checked={type === option}
                onChange={() => setType(option)}
              />
              {t(TYPE_LABELS[option]!)}
            </label>
          ))}
        </fieldset>
        <label class="dialog__field">
          <span>{t('readerFieldName')}</span>
          <input
            ref={nameField}
            class="card__textarea"
            name="name"
            required
            maxLength={64}
            value={name}
            onInput={(event) => setName(event.currentTarget.value)}
          />
        </label>
        <label class="dialog__field">
          <span>{t('readerFieldAliases')}</span>
          <input
            class="card__textarea"
            name="aliases"
            value={aliases}
            onInput={(event) => setAliases(event.currentTarget.value)}
          />
        </label>
        <label class="dialog__field">
          <span>{t('readerFieldDescription')}</span>
          <textarea
            class="card__textarea"
            name="description"
            rows={2}
            maxLength={2_000}
            value={description}
            onInput={(event) => setDescription(event.currentTarget.value)}
          />
        </label>
        {state.status === 'error' && (
          <p class="card__error" role="alert">
            {state.message}
          </p>
        )}
        {state.status === 'added' && (
          <p class="card__status" role="status">
            {t('readerAdded')}
          </p>
        )}
        <div class="card__actions">
          <button
            type="submit"
            class="card__button card__button--primary dialog__add"
            disabled={tidyName(name) === '' || state.status === 'saving' || state.status === 'added'}
          >
            {t('readerAdd')}
          </button>
          <button type="button" class="card__button" onClick={onClose}>
            {t('readerCancel')}
          </button>
        </div>
      </form>
    </div>
  );
}
