import { useEffect, useState } from 'preact/hooks';
import { createNotesExport, notesExportFileName, serializeNotesExport, type Note } from '../lib/core/note';
import { requestStore } from '../lib/store/store-client';
import { downloadTextFile } from './download-file';
import { ENTITY_TYPE_LABELS } from './entity-labels';

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
        <h1>District Lens notes</h1>
        {load.state === 'ready' && (
          <button
            type="button"
            class="button"
            onClick={() => exportJson(load.notes)}
            disabled={load.notes.length === 0}
          >
            Export JSON
          </button>
        )}
      </header>
      {load.state === 'loading' && <p class="muted">Loading notes…</p>}
      {load.state === 'error' && (
        <p class="error" role="alert">
          {load.message}
        </p>
      )}
      {load.state === 'ready' && load.notes.length === 0 && (
        <p class="muted">No notes yet. Hover a highlighted name on a news page and write one in its card.</p>
      )}
      {load.state === 'ready' && load.notes.length > 0 && (
        <ol class="notes" aria-label="Saved notes">
          {load.notes.map((note) => (
            <li key={note.id} class={`note note--${note.entityType}`}>
              <div class="note__entity">
                <strong lang="zh">{note.entityName}</strong>
                <span class="muted"> · {ENTITY_TYPE_LABELS[note.entityType]}</span>
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
