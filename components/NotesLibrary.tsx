import { useEffect, useState } from 'preact/hooks';
import { createNotesExport, notesExportFileName, serializeNotesExport, type Note } from '../lib/core/note';
import { requestStore } from '../lib/store/store-client';
import { downloadTextFile } from './download-file';
import { entityTypeLabel } from './entity-labels';
import { t } from './i18n';

type Load = { state: 'loading' } | { state: 'ready'; notes: Note[] } | { state: 'error'; message: string };

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** The notes page: every saved note, newest first, with a JSON export of all of them. */
export function NotesLibrary() {
  const [load, setLoad] = useState<Load>({ state: 'loading' });

  useEffect(() => {
    requestStore('notes:list', {}).then(
      (notes) => setLoad({ state: 'ready', notes }),
      (error: unknown) => setLoad({ state: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
  }, []);

  function exportJson(notes: Note[]) {
    const now = new Date();
    downloadTextFile(notesExportFileName(now), serializeNotesExport(createNotesExport(notes, now)), 'application/json');
  }

  return (
    <main class="page">
      <header class="page__header">
        <h1>{t('notesTitle')}</h1>
        {load.state === 'ready' && (
          <button
            type="button"
            class="button"
            onClick={() => exportJson(load.notes)}
            disabled={load.notes.length === 0}
          >
            {t('exportJson')}
          </button>
        )}
      </header>
      {load.state === 'loading' && <p class="muted">{t('notesLoading')}</p>}
      {load.state === 'error' && (
        <p class="error" role="alert">
          {load.message}
        </p>
      )}
      {load.state === 'ready' && load.notes.length === 0 && <p class="muted">{t('noNotes')}</p>}
      {load.state === 'ready' && load.notes.length > 0 && (
        <ol class="notes" aria-label={t('savedNotes')}>
          {load.notes.map((note) => (
            <li key={note.id} class={`note note--${note.entityType}`}>
              <div class="note__entity">
                <strong lang="zh">{note.entityName}</strong>
                <span class="muted"> · {entityTypeLabel(note.entityType)}</span>
              </div>
              <p class="note__body">{note.body}</p>
              <div class="note__source muted">
                <a href={note.url} target="_blank" rel="noreferrer">
                  {note.pageTitle || note.url}
                </a>{' '}
                · <time dateTime={note.createdAt}>{dateFormat.format(new Date(note.createdAt))}</time>
              </div>
            </li>
          ))}
        </ol>
      )}
    </main>
  );
}
