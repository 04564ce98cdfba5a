/*
 * Hooks for end-to-end tests (kept stable on purpose):
 * - search: the input labelled "Search notes" (`#library-search-input`); `/` focuses it.
 * - group by: radios `input[name=library-group-by][value=entity|article]`.
 * - export: `details.library-export` > `summary`; scope radios `input[name=library-export-scope]`;
 *   format buttons `.library-export__format[data-format=json|markdown|csv|web-annotation]`.
 * - import: `section.import` (see ImportNotes).
 * - filters: checkboxes `input[name=filter-type|filter-site|filter-tag][value=…]`, dates
 *   `input[name=filter-from]`, `input[name=filter-to]`, `.library-filters__clear`.
 * - count: `.library__count` ("Showing N of M notes").
 * - groups: `section.library-group[data-group-key]` (entity id or article url), heading button
 *   `.library-group__entity` (entity grouping) opens the profile.
 * - notes: `li.library-note[data-note-id]`, with `.library-note__entity` (opens the profile),
 *   `.library-note__context mark` (the quote in its sentence), `.library-note__about-entity`
 *   (the "About the entity" badge of a note whose anchor is null),
 *   `.library-note__body`, `.library-tag`, `.library-note__source` (article link),
 *   `.library-note__open`, `.library-note__edit`, `.library-note__delete`; while editing,
 *   `.library-note__body-input`, `.library-note__tags-input`, `.library-note__save`, `.library-note__cancel`.
 * - undo: `.library__undo` inside `.library__undo-bar` (role=status), for UNDO_MS after a delete.
 * - errors: `.library__alert` (role=alert).
 * - profile: `#library-profile`, `.library-profile__card[data-entity-id]`, `.library-profile__article`;
 *   `.library-profile__events li` (events over time), `.library-profile__met button.library-entity`.
 * - entities of the reading history answering the search: `section.library-seen`
 *   `button.library-entity[data-entity-id]` (opens the profile, with or without notes on it).
 * - article briefs (article grouping): `.library-brief[data-url]` with `.library-brief__event`,
 *   `.library-brief__entities button.library-entity[data-entity-id]`, `.library-brief__export`
 *   (downloads the article's brief as Markdown); the export menu's `data-format=briefs` writes the
 *   briefs of every article of the notes in scope.
 * - map: `details.library-map` > `summary` opens the map of the listed notes' articles (`.map__marker[data-id]`).
 * - storage: `.library-storage[data-persistence=checking|persistent|best-effort|unknown]`.
 * - tabs: `#library-tab-notes`, `#library-tab-reader-layer` (role=tab); panels `#library-panel-notes`,
 *   `#library-panel-reader-layer`; `notes.html#my-entities` opens on the second (see ReaderLayerSection).
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { AlertBar } from './library/AlertBar';
import type { ArticleDigest, Note } from '../lib/core/notes';
import {
  EMPTY_NOTES_QUERY,
  facetsOf,
  filterNotes,
  groupNotes,
  isQueryActive,
  type NotesQuery,
} from '../lib/core/notes';
import { requestStore } from '../lib/store/store-client';
import { useUndoWindow } from './undo-window';
import { t } from './i18n';
import { ImportNotes } from './ImportNotes';
import { EntityProfile, type ProfileEntity } from './library/EntityProfile';
import { ExportMenu } from './library/ExportMenu';
import type { EntityRef } from './library/EntityButton';
import { downloadArticleBrief } from './library/export-notes';
import { SeenEntities } from './library/SeenEntities';
import { FilterPanel } from './library/FilterPanel';
import { GroupBySwitch, type GroupBy } from './library/GroupBySwitch';
import { LibraryMap } from './library/LibraryMap';
import { hashOfTab, LibraryTabs, tabFromHash, tabId, tabPanelId, type LibraryTab } from './library/LibraryTabs';
import { NoteGroupList, type NoteActions } from './library/NoteGroupList';
import { ReaderLayerSection } from './library/ReaderLayerSection';
import { SearchBox } from './library/SearchBox';
import { StorageStatus } from './library/StorageStatus';

type Load = { state: 'loading' } | { state: 'ready' } | { state: 'error' };

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
const newestFirst = (notes: Note[]) =>
  [...notes].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id));
const noteSelector = (id: string, inner: string) => `[data-note-id="${CSS.escape(id)}"] ${inner}`;

/**
 * The notes library (the extension's notes page): search, filters, notes grouped by entity or by
 * article with edit in place, delete with undo and "open at mention", the entity profile, export
 * of all or the filtered notes, import, and the storage state. Every store error is shown in the
 * page's alert region. A second tab holds the reader's own entities and corrections.
 */
export function NotesLibrary() {
  const [tab, setTab] = useState<LibraryTab>(() => tabFromHash(location.hash));
  /** Mounted on first visit and kept, so an edit in progress survives a look at the notes. */
  const [readerLayerOpened, setReaderLayerOpened] = useState(tab === 'reader-layer');
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [notes, setNotes] = useState<Note[]>([]);
  const [query, setQuery] = useState<NotesQuery>(EMPTY_NOTES_QUERY);
  const [groupBy, setGroupBy] = useState<GroupBy>('entity');
  const [selected, setSelected] = useState<Omit<ProfileEntity, 'noteCount'> | undefined>();
  /** The briefs of the listed articles (article grouping), by the article's address. */
  const [digests, setDigests] = useState<ReadonlyMap<string, ArticleDigest>>(new Map());
  const [editingId, setEditingId] = useState<string | undefined>();
  /** The library map is drawn once opened (its places come from the reading history). */
  const [mapOpen, setMapOpen] = useState(false);
  const [undo, setUndo] = useUndoWindow<Note>();
  const [alert, setAlert] = useState<string | undefined>();
  const root = useRef<HTMLDivElement>(null);
  /** A selector to focus after the next render (the Undo button, a restored note's Edit…). */
  const focusNext = useRef<string | undefined>(undefined);

  function reload() {
    return requestStore('notes:list', {}).then(
      (list) => {
        setNotes(newestFirst(list));
        setLoad({ state: 'ready' });
      },
      (error: unknown) => {
        setAlert(messageOf(error));
        setLoad((current) => (current.state === 'ready' ? current : { state: 'error' }));
      },
    );
  }
  useEffect(() => void reload(), []);
  useEffect(() => {
    // A link to `notes.html#my-entities` from the page itself, or Back/Forward, moves between tabs too.
    const onHashChange = () => {
      const next = tabFromHash(location.hash);
      setTab(next);
      if (next === 'reader-layer') setReaderLayerOpened(true);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);

  useLayoutEffect(() => {
    if (!focusNext.current) return;
    root.current?.querySelector<HTMLElement>(focusNext.current)?.focus();
    focusNext.current = undefined;
  });

  const filtered = useMemo(() => filterNotes(notes, query), [notes, query]);
  const groups = useMemo(() => groupNotes(filtered, groupBy), [filtered, groupBy]);
  const facets = useMemo(() => facetsOf(notes), [notes]);
  const filtering = isQueryActive(query);
  const articleKeys = groupBy === 'article' ? groups.map((group) => group.key).join('\n') : '';

  useEffect(() => {
    if (articleKeys === '') return;
    let live = true;
    requestStore('articles:digests', { urls: articleKeys.split('\n') }).then(
      (list) => live && setDigests(new Map(list.map((digest) => [digest.article.url, digest]))),
      // The notes are listed all the same; a brief missing is not worth an alert.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [articleKeys, notes]);

  /** Opens an entity's profile (from a brief, the search or "met with") and moves focus to it. */
  function showEntity(entity: EntityRef) {
    setSelected({ id: entity.id, type: entity.type, name: entity.name });
    focusNext.current = '#library-profile .library-profile__name';
  }

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

  const actions: NoteActions = {
    editingId,
    selectedEntityId: selected?.id,
    onSelectEntity: (note) =>
      setSelected((current) =>
        current?.id === note.entityId
          ? undefined
          : { id: note.entityId, type: note.entityType, name: note.entityName || note.entityId },
      ),
    onEdit: (note) => {
      setEditingId(note.id);
      focusNext.current = noteSelector(note.id, 'textarea');
    },
    onCancelEdit: (note) => {
      setEditingId(undefined);
      focusNext.current = noteSelector(note.id, '.library-note__edit');
    },
    onSave: async (note, body, tags) => {
      const updated = await act(() => requestStore('notes:update', { id: note.id, body, tags }));
      setNotes((current) => current.map((n) => (n.id === updated.id ? updated : n)));
      setEditingId(undefined);
      focusNext.current = noteSelector(updated.id, '.library-note__edit');
    },
    onDelete: (note) =>
      void act(() => requestStore('notes:delete', { id: note.id })).then((deleted) => {
        setNotes((current) => current.filter((n) => n.id !== note.id));
        setEditingId((current) => (current === note.id ? undefined : current));
        setUndo(deleted);
        focusNext.current = '.library__undo';
      }, ignore),
    onOpen: (note) => void act(() => requestStore('notes:open', { id: note.id })).catch(ignore),
    onTag: (tag) =>
      setQuery((current) =>
        current.tags.some((chosen) => chosen.toLowerCase() === tag.toLowerCase())
          ? current
          : { ...current, tags: [...current.tags, tag] },
      ),
    onShowEntity: showEntity,
    onExportBrief: downloadArticleBrief,
  };

  function chooseTab(next: LibraryTab) {
    setTab(next);
    if (next === 'reader-layer') setReaderLayerOpened(true);
    // In the address, so a reload (or a link from elsewhere) comes back to the same tab.
    history.replaceState(null, '', hashOfTab(next) || location.pathname + location.search);
  }

  function undoDelete() {
    if (!undo) return;
    const note = undo;
    setUndo(undefined);
    void act(() => requestStore('notes:restore', { note })).then((restored) => {
      setNotes((current) => newestFirst([restored, ...current.filter((n) => n.id !== restored.id)]));
      focusNext.current = noteSelector(restored.id, '.library-note__edit');
    }, ignore);
  }

  const profileEntity: ProfileEntity | undefined = selected && {
    ...selected,
    noteCount: notes.filter((note) => note.entityId === selected.id).length,
  };

  return (
    <div class="library" ref={root}>
      <header class="library__header">
        <h1 class="library__title">{t('notesTitle')}</h1>
        {tab === 'notes' && (
          <SearchBox value={query.text} onChange={(text) => setQuery((current) => ({ ...current, text }))} />
        )}
        <div class="library__tools">
          {tab === 'notes' && <GroupBySwitch value={groupBy} onChange={setGroupBy} />}
          {load.state === 'ready' && <ExportMenu all={notes} filtered={filtered} filtering={filtering} />}
          <ImportNotes onImported={() => void reload()} />
        </div>
        <LibraryTabs value={tab} onChange={chooseTab} />
      </header>
      <AlertBar message={alert} onDismiss={() => setAlert(undefined)} />
      <div
        class="library__columns"
        role="tabpanel"
        id={tabPanelId('notes')}
        aria-labelledby={tabId('notes')}
        hidden={tab !== 'notes'}
      >
        <aside class="library__side" aria-label={t('libraryFilters')}>
          <FilterPanel facets={facets} query={query} onChange={setQuery} />
          <StorageStatus />
        </aside>
        <main class="library__main" aria-label={t('libraryNotesRegion')}>
          {load.state === 'loading' && <p class="muted library__empty">{t('notesLoading')}</p>}
          {load.state === 'error' && (
            <p class="library__empty">
              <button type="button" class="button" onClick={() => void reload()}>
                {t('libraryRetry')}
              </button>
            </p>
          )}
          <SeenEntities query={query.text} selectedId={selected?.id} onSelect={showEntity} />
          {load.state === 'ready' && notes.length === 0 && <p class="muted library__empty">{t('noNotes')}</p>}
          {load.state === 'ready' && notes.length > 0 && (
            <>
              <p class="library__count muted" role="status">
                {t('libraryShowing', filtered.length, notes.length)}
              </p>
              <details class="library-map" onToggle={(event) => setMapOpen(event.currentTarget.open)}>
                <summary>{t('panelViewMap')}</summary>
                {mapOpen && <LibraryMap notes={filtered} onOpen={showEntity} />}
              </details>
              {groups.length > 0 ? (
                <NoteGroupList groups={groups} actions={actions} digests={digests} />
              ) : (
                <div class="library__empty">
                  <p class="muted">{t('libraryNoMatch')}</p>
                  <button type="button" class="button button--secondary" onClick={() => setQuery(EMPTY_NOTES_QUERY)}>
                    {t('filterClear')}
                  </button>
                </div>
              )}
            </>
          )}
        </main>
        <aside class="library__profile" id="library-profile" aria-label={t('profileTitle')}>
          {profileEntity ? (
            <EntityProfile entity={profileEntity} onClose={() => setSelected(undefined)} onSelectEntity={showEntity} />
          ) : (
            <p class="muted library__profile-hint">{t('profileHint')}</p>
          )}
        </aside>
      </div>
      <div
        class="library__panel"
        role="tabpanel"
        id={tabPanelId('reader-layer')}
        aria-labelledby={tabId('reader-layer')}
        hidden={tab !== 'reader-layer'}
      >
        {readerLayerOpened && <ReaderLayerSection />}
      </div>
      <div class="library__undo-bar" role="status">
        {/* The other tab has an undo bar of its own in the same place. */}
        {undo && tab === 'notes' && (
          <>
            <span>{t('noteDeletedOn', undo.entityName || undo.entityId)}</span>
            <button type="button" class="library__undo" onClick={undoDelete}>
              {t('undoDelete')}
            </button>
          </>
        )}
      </div>
    </div>
  );
}

/** The error is already in the alert region; nothing else to do. */
function ignore() {}
