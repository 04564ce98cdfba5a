import { useRef, useState } from 'preact/hooks';
import type { Note } from '../../lib/core/notes';
import { parseTagInput } from '../../lib/core/notes';
import { siteOf } from '../../lib/core/notes';
import { entityTypeLabel } from '../entity-labels';
import { t } from '../i18n';
import { MarkedSentence } from './MarkedSentence';

export interface LibraryNoteProps {
  note: Note;
  editing: boolean;
  /** The entity shown in the profile column, so its name reads as pressed. */
  selectedEntityId: string | undefined;
  onSelectEntity: (note: Note) => void;
  onEdit: () => void;
  onCancelEdit: () => void;
  /** Saves; rejects (and the editor stays open with the reader's text) when the store fails. */
  onSave: (body: string, tags: string[]) => Promise<void>;
  onDelete: () => void;
  onOpen: () => void;
  onTag: (tag: string) => void;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const isSubmitKey = (event: KeyboardEvent) => event.key === 'Enter' && (event.ctrlKey || event.metaKey);

/** The note's editor: text and tags; Ctrl/Cmd+Enter saves from either field, Escape cancels. */
function NoteEditor({
  note,
  onSave,
  onCancel,
}: {
  note: Note;
  onSave: LibraryNoteProps['onSave'];
  onCancel: () => void;
}) {
  const [body, setBody] = useState(note.body);
  const [tags, setTags] = useState(note.tags.join(', '));
  const [saving, setSaving] = useState(false);
  // Read the fields themselves on save: a fast Ctrl+Enter can come before the last input re-rendered.
  const bodyField = useRef<HTMLTextAreaElement>(null);
  const tagsField = useRef<HTMLInputElement>(null);
  const bodyId = `library-edit-body-${note.id}`;
  const tagsId = `library-edit-tags-${note.id}`;

  async function save(event?: Event) {
    event?.preventDefault();
    const text = bodyField.current?.value ?? body;
    if (saving || text.trim() === '') return;
    setSaving(true);
    try {
      await onSave(text, parseTagInput(tagsField.current?.value ?? tags));
    } catch {
      setSaving(false); // the page shows the error; the reader's text stays
    }
  }

  const onKeyDown = (event: KeyboardEvent) => {
    if (isSubmitKey(event)) void save(event);
    else if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    }
  };

  return (
    <form class="library-note__editor" onSubmit={(event) => void save(event)}>
      <label class="library-note__field-label" for={bodyId}>
        {t('editNoteLabel')}
      </label>
      <textarea
        ref={bodyField}
        id={bodyId}
        class="library-note__body-input"
        rows={4}
        lang="zh"
        value={body}
        onInput={(event) => setBody(event.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      <label class="library-note__field-label" for={tagsId}>
        {t('noteTagsLabel')}
      </label>
      <input
        ref={tagsField}
        id={tagsId}
        class="library-note__tags-input"
        type="text"
        lang="zh"
        value={tags}
        onInput={(event) => setTags(event.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      <div class="library-note__actions">
        <button
          type="submit"
          class="button library-note__save"
          title={t('saveShortcut')}
          disabled={saving || body.trim() === ''}
        >
          {saving ? t('savingNote') : t('saveEdit')}
        </button>
        <button type="button" class="button button--secondary library-note__cancel" onClick={onCancel}>
          {t('cancelEdit')}
        </button>
      </div>
    </form>
  );
}

/**
 * One note in the library (`li.library-note[data-note-id]`): its entity (a button that opens the
 * profile), the sentence it was written on with the quote marked — or "About the entity" for a
 * note on the entity itself — the text, tags (buttons that filter by the tag), the article link
 * and date, and Open / Edit / Delete.
 */
export function LibraryNote(props: LibraryNoteProps) {
  const { note, editing } = props;
  const site = siteOf(note.url);
  const selected = props.selectedEntityId === note.entityId;
  return (
    <li class={`library-note library-note--${note.entityType}`} data-note-id={note.id}>
      <div class="library-note__head">
        <button
          type="button"
          class="library-note__entity"
          lang="zh"
          aria-pressed={selected}
          aria-controls="library-profile"
          title={t('showProfile', note.entityName)}
          onClick={() => props.onSelectEntity(note)}
        >
          {note.entityName || note.entityId}
        </button>
        <span class="library-note__type">{entityTypeLabel(note.entityType)}</span>
        {note.anchor === null && (
          <span class="library-note__badge library-note__about-entity" title={t('noteAboutEntityHint')}>
            {t('noteAboutEntity')}
          </span>
        )}
      </div>
      {note.anchor && note.anchor.sentence !== '' && (
        <MarkedSentence
          class="library-note__context"
          sentence={note.anchor.sentence}
          needle={note.anchor.exact || note.quote}
          prefix={note.anchor.prefix}
          suffix={note.anchor.suffix}
        />
      )}
      {editing ? (
        <NoteEditor note={note} onSave={props.onSave} onCancel={props.onCancelEdit} />
      ) : (
        <>
          <p class="library-note__body" lang="zh">
            {note.body}
          </p>
          {note.tags.length > 0 && (
            <ul class="library-note__tags" aria-label={t('noteTags')}>
              {note.tags.map((tag) => (
                <li key={tag}>
                  <button
                    type="button"
                    class="library-tag"
                    lang="zh"
                    title={t('filterByTag', tag)}
                    onClick={() => props.onTag(tag)}
                  >
                    {tag}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <div class="library-note__meta">
            <a class="library-note__source" href={note.url} target="_blank" rel="noreferrer" lang="zh">
              {note.pageTitle || note.url}
            </a>
            {site && <span class="library-note__site">{site}</span>}
            <time dateTime={note.createdAt}>{dateFormat.format(new Date(note.createdAt))}</time>
            {note.updatedAt !== note.createdAt && <span>{t('noteEdited')}</span>}
          </div>
          <div class="library-note__actions">
            <button type="button" class="button button--secondary library-note__open" onClick={props.onOpen}>
              {note.anchor ? t('openAtMention') : t('openArticle')}
            </button>
            <button type="button" class="button button--secondary library-note__edit" onClick={props.onEdit}>
              {t('editNote')}
            </button>
            <button type="button" class="button button--secondary library-note__delete" onClick={props.onDelete}>
              {t('deleteNote')}
            </button>
          </div>
        </>
      )}
    </li>
  );
}
