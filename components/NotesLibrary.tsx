import { useEffect, useState } from 'preact/hooks';
import type { Note } from '../lib/core/note';
import {
  createNotesExport,
  createWebAnnotationExport,
  NOTES_MIME_TYPES,
  notesFileName,
  notesToCsv,
  notesToMarkdown,
  serializeNotesExport,
  serializeWebAnnotationExport,
  type NotesFileFormat,
} from '../lib/core/notes-format';
import { requestStore } from '../lib/store/store-client';
import { downloadTextFile } from './download-file';
import { ImportNotes } from './ImportNotes';
import { entityTypeLabel } from './entity-labels';
import { t } from './i18n';

type Load = { state: 'loading' } | { state: 'ready'; notes: Note[] } | { state: 'error'; message: string };

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** The notes page: every saved note, newest first, with a JSON export of all of them. */
export function NotesLibrary() {
  const [load, setLoad] = useState<Load>({ state: 'loading' });

  const reload = () =>
    requestStore('notes:list', {}).then(
      (notes) => setLoad({ state: 'ready', notes }),
      (error: unknown) => setLoad({ state: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
  useEffect(() => void reload(), []);

  /** Offers every note as a file in `format` (JSON is the lossless one the import reads). */
  function exportNotes(notes: Note[], format: NotesFileFormat) {
    const now = new Date();
    const text =
      format === 'json'
        ? serializeNotesExport(createNotesExport(notes, now))
        : format === 'markdown'
          ? notesToMarkdown(notes, now)
          : format === 'csv'
            ? notesToCsv(notes)
            : serializeWebAnnotationExport(createWebAnnotationExport(notes, now));
    downloadTextFile(notesFileName(format, now), text, NOTES_MIME_TYPES[format]);
  }

  const EXPORTS: readonly [NotesFileFormat, string][] = [
    ['json', t('exportJson')],
    ['markdown', t('exportMarkdown')],
    ['csv', t('exportCsv')],
    ['web-annotation', t('exportWebAnnotation')],
  ];

  return (
    <main class="page">
      <header class="page__header">
        <h1>{t('notesTitle')}</h1>
        {load.state === 'ready' && (
          <div class="page__exports">
            {EXPORTS.map(([format, label], i) => (
              <button
                key={format}
                type="button"
                class={i === 0 ? 'button' : 'button button--secondary'}
                onClick={() => exportNotes(load.notes, format)}
                disabled={load.notes.length === 0}
              >
                {label}
              </button>
            ))}
          </div>
        )}
      </header>
      <ImportNotes onImported={() => void reload()} />
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
