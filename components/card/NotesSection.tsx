import { useEffect, useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { DetectedEntity } from '../../lib/core/entity';
import type { QuoteAnchor } from '../../lib/core/notes';
import type { Note } from '../../lib/core/notes';
import { newNoteId } from '../../lib/core/notes';
import { requestStore } from '../../lib/store/store-client';
import { articleUrl } from '../../lib/store/store-protocol';
import { t } from '../i18n';
import { UNDO_MS, useUndoWindow } from '../undo-window';
import { PencilIcon, TrashIcon } from './icons';

/** The page the card is on, as notes record it. */
export interface PageInfo {
  url: string;
  title: string;
}

/** Where a note of this article sits relative to the mention the card is open on. */
export type CardNotePlace = 'here' | 'page' | 'orphan';

export interface NotesSectionProps {
  entity: DetectedEntity;
  page: PageInfo;
  /** The mention's text as the page shows it (traditional or simplified), saved with a new note. */
  quote: string;
  /** The anchor a new note gets; null: the card is not on a mention, new notes are about the entity. */
  anchor?: QuoteAnchor | null;
  /** Where this article's notes sit: on this mention, elsewhere on the page, or orphaned. */
  places?: ReadonlyMap<string, CardNotePlace>;
  /** Called after a note was added, edited, deleted or restored. */
  onChanged?: () => void;
}

export { UNDO_MS };

/** Unsaved drafts per entity while the page is open: closing the card (Escape) loses nothing. */
const drafts = new Map<string, string>();

type Load = { state: 'loading' } | { state: 'ready' } | { state: 'error'; message: string };
type SaveState = { status: 'idle' } | { status: 'saving' } | { status: 'saved' } | { status: 'error'; message: string };
interface Editing {
  id: string;
  text: string;
  saving: boolean;
  error?: string;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
const newestFirst = (notes: Note[]) =>
  [...notes].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
// Made on first use, not when the content script loads: the first Intl.DateTimeFormat of a page
// loads the locale's data, ~50 ms of the page's thread, on every page, for a card few open.
let dateFormat: Intl.DateTimeFormat | undefined;
const formatDate = (iso: string) =>
  (dateFormat ??= new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' })).format(new Date(iso));
const isSubmitKey = (event: KeyboardEvent) => event.key === 'Enter' && (event.ctrlKey || event.metaKey);

/**
 * "Seen in N saved articles" and the reader's notes on the entity, newest first, from every
 * page: add, edit in place, delete with a few seconds to undo. Talks to the store itself.
 */
export function NotesSection({ entity, page, quote, anchor = null, places, onChanged }: NotesSectionProps) {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [notes, setNotes] = useState<Note[]>([]);
  /** The store's count of the other articles where the reader met the entity; asked again after every change. */
  const [articleCount, setArticleCount] = useState(0);
  const [draft, setDraftState] = useState(() => drafts.get(entity.id) ?? '');
  /** The id the draft's save uses, kept across tries until it is stored or the draft changes. */
  const pendingSaveId = useRef<string | undefined>(undefined);
  const [save, setSave] = useState<SaveState>({ status: 'idle' });
  /** The reader's choice for a new note: about the entity everywhere instead of this mention. */
  const [aboutEntity, setAboutEntity] = useState(false);
  const [editing, setEditing] = useState<Editing | undefined>();
  const [undo, setUndo] = useUndoWindow<Note>();
  const [actionError, setActionError] = useState<string | undefined>();
  const root = useRef<HTMLDivElement>(null);
  /** A selector to focus after the next render (the Undo button, a restored note…). */
  const focusNext = useRef<string | undefined>(undefined);
  const live = useRef(true);

  useEffect(() => {
    live.current = true;
    setLoad({ state: 'loading' });
    requestStore('notes:entity-summary', { entityId: entity.id, excludeUrl: page.url }).then(
      (summary) => {
        if (!live.current) return;
        setNotes(summary.notes);
        setArticleCount(summary.articleCount);
        setLoad({ state: 'ready' });
      },
      (error: unknown) => live.current && setLoad({ state: 'error', message: messageOf(error) }),
    );
    return () => {
      live.current = false;
    };
  }, [entity.id, page.url]);

  useLayoutEffect(() => {
    if (!focusNext.current) return;
    root.current?.querySelector<HTMLElement>(focusNext.current)?.focus();
    focusNext.current = undefined;
  });

  function setDraft(text: string) {
    if (text !== draft) pendingSaveId.current = undefined;
    setDraftState(text);
    if (text) drafts.set(entity.id, text);
    else drafts.delete(entity.id);
  }

  function changeNotes(update: (current: Note[]) => Note[]) {
    setNotes(update);
    onChanged?.();
    // The count is the store's (notes and the reading history): ask it again rather than guess here.
    requestStore('notes:entity-summary', { entityId: entity.id, excludeUrl: page.url }).then(
      (summary) => live.current && setArticleCount(summary.articleCount),
      () => undefined, // the list is right; the count waits for the next open
    );
  }

  async function addNote(event?: Event) {
    event?.preventDefault();
    if (draft.trim() === '' || save.status === 'saving') return;
    setSave({ status: 'saving' });
    try {
      // One id per draft: pressing Save again after an error cannot store the note twice.
      pendingSaveId.current ??= newNoteId();
      const note = await requestStore('notes:save', {
        saveId: pendingSaveId.current,
        note: {
          entityId: entity.id,
          entityType: entity.type,
          entityName: entity.name,
          body: draft,
          tags: [],
          url: page.url,
          pageTitle: page.title,
          quote,
          anchor: aboutEntity ? null : anchor,
        },
      });
      pendingSaveId.current = undefined;
      if (!live.current) return;
      changeNotes((current) => newestFirst([note, ...current.filter((n) => n.id !== note.id)]));
      setDraft('');
      setSave({ status: 'saved' });
    } catch (error) {
      if (live.current) setSave({ status: 'error', message: messageOf(error) });
    }
  }

  async function saveEdit(event?: Event) {
    event?.preventDefault();
    if (!editing || editing.saving || editing.text.trim() === '') return;
    const { id, text } = editing;
    setEditing({ ...editing, saving: true, error: undefined });
    try {
      const updated = await requestStore('notes:update', { id, body: text });
      if (!live.current) return;
      changeNotes((current) => current.map((n) => (n.id === id ? updated : n)));
      setEditing(undefined);
      focusNext.current = `[data-note-id="${CSS.escape(id)}"] .note__edit`;
    } catch (error) {
      if (live.current) setEditing({ id, text, saving: false, error: messageOf(error) });
    }
  }

  function cancelEdit() {
    const id = editing?.id;
    setEditing(undefined);
    if (id) focusNext.current = `[data-note-id="${CSS.escape(id)}"] .note__edit`;
  }

  async function deleteNote(note: Note) {
    setActionError(undefined);
    try {
      const deleted = await requestStore('notes:delete', { id: note.id });
      if (!live.current) return;
      changeNotes((current) => current.filter((n) => n.id !== note.id));
      setEditing((current) => (current?.id === note.id ? undefined : current));
      setUndo(deleted);
      focusNext.current = '.card__undo';
    } catch (error) {
      if (live.current) setActionError(messageOf(error));
    }
  }

  async function undoDelete() {
    if (!undo) return;
    const note = undo;
    setUndo(undefined);
    setActionError(undefined);
    try {
      const restored = await requestStore('notes:restore', { note });
      if (!live.current) return;
      changeNotes((current) => newestFirst([restored, ...current.filter((n) => n.id !== restored.id)]));
      focusNext.current = `[data-note-id="${CSS.escape(restored.id)}"] .note__edit`;
    } catch (error) {
      if (live.current) setActionError(messageOf(error));
    }
  }

  const here = articleUrl(page.url);
  const editorId = `district-lens-note-${useId()}`;

  return (
    <div class="card__notes-area" ref={root}>
      {articleCount > 0 && (
        <p class="card__seen">{articleCount === 1 ? t('seenInArticlesOne') : t('seenInArticles', articleCount)}</p>
      )}
      <section class="card__notes" aria-labelledby={`${editorId}-heading`}>
        <h3 class="card__notes-heading" id={`${editorId}-heading`}>
          {t('notesHeading', load.state === 'ready' ? notes.length : '…')}
        </h3>
        {load.state === 'loading' && <p class="card__muted">{t('notesLoading')}</p>}
        {load.state === 'error' && (
          <p class="card__error" role="alert">
            {load.message}
          </p>
        )}
        {notes.length > 0 && (
          <ol class="card__note-list">
            {notes.map((note) => (
              <li key={note.id} class="note" data-note-id={note.id}>
                {editing?.id === note.id ? (
                  <form class="note__editor" onSubmit={(event) => void saveEdit(event)}>
                    <label class="visually-hidden" for={`${editorId}-edit`}>
                      {t('editNoteLabel')}
                    </label>
                    <textarea
                      id={`${editorId}-edit`}
                      class="card__textarea"
                      rows={3}
                      value={editing.text}
                      onInput={(event) => setEditing({ ...editing, text: event.currentTarget.value })}
                      onKeyDown={(event) => {
                        if (isSubmitKey(event)) void saveEdit(event);
                        else if (event.key === 'Escape') {
                          // Escape leaves the editor, not the card.
                          event.preventDefault();
                          event.stopPropagation();
                          cancelEdit();
                        }
                      }}
                    />
                    <div class="card__actions">
                      <button
                        type="submit"
                        class="card__button card__button--primary"
                        title={t('saveShortcut')}
                        disabled={editing.saving || editing.text.trim() === ''}
                      >
                        {editing.saving ? t('savingNote') : t('saveEdit')}
                      </button>
                      <button type="button" class="card__button" onClick={cancelEdit}>
                        {t('cancelEdit')}
                      </button>
                      {editing.error && (
                        <span class="card__error-text" role="alert">
                          {editing.error}
                        </span>
                      )}
                    </div>
                  </form>
                ) : (
                  <>
                    <NotePlaceBadge note={note} place={places?.get(note.id)} />
                    <p class="note__body">{note.body}</p>
                    {note.tags.length > 0 && (
                      <p class="note__tags" aria-label={t('noteTags')}>
                        {note.tags.map((tag) => (
                          <span key={tag} class="note__tag">
                            {tag}
                          </span>
                        ))}
                      </p>
                    )}
                    <div class="note__meta">
                      <span class="note__source">
                        <time dateTime={note.createdAt}>{formatDate(note.createdAt)}</time>
                        {note.updatedAt !== note.createdAt && ` · ${t('noteEdited')}`}
                        {' · '}
                        {articleUrl(note.url) === here ? (
                          t('noteThisPage')
                        ) : (
                          <a href={note.url} target="_blank" rel="noreferrer">
                            {note.pageTitle || note.url}
                          </a>
                        )}
                      </span>
                      <span class="note__actions">
                        <button
                          type="button"
                          class="card__icon-button note__edit"
                          aria-label={t('editNote')}
                          title={t('editNote')}
                          onClick={() => {
                            setEditing({ id: note.id, text: note.body, saving: false });
                            focusNext.current = `[data-note-id="${CSS.escape(note.id)}"] textarea`;
                          }}
                        >
                          <PencilIcon />
                        </button>
                        <button
                          type="button"
                          class="card__icon-button note__delete"
                          aria-label={t('deleteNote')}
                          title={t('deleteNote')}
                          onClick={() => void deleteNote(note)}
                        >
                          <TrashIcon />
                        </button>
                      </span>
                    </div>
                  </>
                )}
              </li>
            ))}
          </ol>
        )}
        <div class="card__undo-status" role="status">
          {undo && (
            <>
              {t('noteDeleted')}
              <span aria-hidden="true"> · </span>
              <button type="button" class="card__link card__undo" onClick={() => void undoDelete()}>
                {t('undoDelete')}
              </button>
            </>
          )}
          {actionError && <span class="card__error-text">{actionError}</span>}
        </div>
        <form class="card__note" onSubmit={(event) => void addNote(event)}>
          <label class="visually-hidden" for={editorId}>
            {t('newNoteLabel')}
          </label>
          <textarea
            id={editorId}
            class="card__textarea"
            rows={2}
            placeholder={t('notePlaceholder')}
            value={draft}
            onInput={(event) => {
              setDraft(event.currentTarget.value);
              if (save.status !== 'saving') setSave({ status: 'idle' });
            }}
            onKeyDown={(event) => {
              if (isSubmitKey(event)) void addNote(event);
            }}
          />
          {anchor && (
            <label class="card__check">
              <input
                type="checkbox"
                class="card__about-entity"
                checked={aboutEntity}
                onChange={(event) => setAboutEntity(event.currentTarget.checked)}
              />
              {t('noteScopeEntity')}
            </label>
          )}
          <div class="card__actions">
            <button
              type="submit"
              class="card__button card__button--primary card__save"
              title={t('saveShortcut')}
              disabled={draft.trim() === '' || save.status === 'saving'}
            >
              {save.status === 'saving' ? t('savingNote') : t('saveNote')}
            </button>
            <span class="card__status" role="status">
              {save.status === 'saved' && t('noteSaved')}
              {save.status === 'error' && <span class="card__error-text">{save.message}</span>}
            </span>
          </div>
        </form>
      </section>
    </div>
  );
}

/**
 * Says where a note sits when that matters on this page: on this very mention, elsewhere on the
 * page, lost from the page (an orphan: its saved sentence is quoted so the reader still knows
 * what it was about), or written about the entity as a whole.
 */
function NotePlaceBadge({ note, place }: { note: Note; place: CardNotePlace | undefined }) {
  if (place === 'orphan') {
    return (
      <div class="note__orphan">
        <span class="note__badge note__badge--orphan">{t('noteOrphan')}</span>
        {note.anchor?.sentence && (
          <blockquote class="note__sentence" lang="zh">
            {note.anchor.sentence}
          </blockquote>
        )}
      </div>
    );
  }
  if (place === 'here') return <span class="note__badge note__badge--here">{t('notePlaceHere')}</span>;
  if (place === 'page') return <span class="note__badge">{t('notePlacePage')}</span>;
  if (note.anchor === null) return <span class="note__badge">{t('noteAboutEntity')}</span>;
  return null;
}
