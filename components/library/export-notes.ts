import type { ArticleRecord, Note } from '../../lib/core/notes';
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
} from '../../lib/core/notes-format';
import { EMPTY_READER_LAYER, type ReaderLayer } from '../../lib/core/reader-layer';
import { requestStore } from '../../lib/store/store-client';
import { downloadTextFile } from '../download-file';
import { entityTypeLabel } from '../entity-labels';
import { t } from '../i18n';
import { noteCount } from './note-count';

/**
 * The text of an export file of `notes` in `format`, written at `now`. The Markdown export, the
 * one meant for reading, uses the interface language; the other formats are data. Only the JSON
 * file (layout 4) carries `readerLayer` and `articles` (the reading history's articles; those
 * with a date or events are written, see `createNotesExport`).
 */
export function notesExportText(
  notes: readonly Note[],
  format: NotesFileFormat,
  now: Date,
  readerLayer: ReaderLayer = EMPTY_READER_LAYER,
  articles: readonly ArticleRecord[] = [],
): string {
  switch (format) {
    case 'json':
      return serializeNotesExport(createNotesExport(notes, now, readerLayer, articles));
    case 'markdown':
      return notesToMarkdown(notes, now, {
        labels: {
          title: t('notesTitle'),
          summary: (at, count) =>
            t('markdownSummary', at.toISOString().slice(0, 16).replace('T', ' '), noteCount(count)),
          entityType: entityTypeLabel,
          edited: (date) => t('markdownEdited', date),
        },
      });
    case 'csv':
      return notesToCsv(notes);
    default:
      return serializeWebAnnotationExport(createWebAnnotationExport(notes, now));
  }
}

/**
 * Offers `notes` to the reader as a download in `format`, named after the format and the time.
 * The JSON file — the one District Lens imports — also carries the reader's own entities and
 * corrections (`layer:get`) and the article briefs of the reading history (`articles:briefs`),
 * read from the store first; rejects (nothing downloaded) when the store cannot answer, rather
 * than writing a file that silently lacks them.
 */
export async function downloadNotes(notes: readonly Note[], format: NotesFileFormat): Promise<void> {
  const [readerLayer, articles] =
    format === 'json'
      ? await Promise.all([requestStore('layer:get', {}), requestStore('articles:briefs', {})])
      : [EMPTY_READER_LAYER, []];
  const now = new Date();
  downloadTextFile(
    notesFileName(format, now),
    notesExportText(notes, format, now, readerLayer, articles),
    NOTES_MIME_TYPES[format],
  );
}
