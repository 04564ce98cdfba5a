import type { BriefLabels } from '../../lib/core/brief';
import { articleKey, type ArticleDigest, type ArticleRecord, type Note } from '../../lib/core/notes';
import {
  articleBriefMarkdown,
  articleBriefsMarkdown,
  briefFileName,
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
import { briefLabels } from '../brief-labels';
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

/** A file to download: its name and its text. */
export interface ExportFile {
  fileName: string;
  text: string;
}

/**
 * The brief export of the articles in `digests`, written at `now`: one article's brief named
 * after that article, or several in one file (see `briefFileName`); undefined when there is no
 * article to write.
 */
export function briefsExportFile(
  digests: readonly ArticleDigest[],
  labels: BriefLabels,
  now: Date,
): ExportFile | undefined {
  if (digests.length === 0) return undefined;
  if (digests.length === 1) {
    return { fileName: briefFileName(digests[0]!.article, now), text: articleBriefMarkdown(digests[0]!, labels) };
  }
  return { fileName: briefFileName(undefined, now), text: articleBriefsMarkdown(digests, labels) };
}

/** Offers one article's brief as a Markdown download, in the interface language. */
export function downloadArticleBrief(digest: ArticleDigest): void {
  const file = briefsExportFile([digest], briefLabels(), new Date())!;
  downloadTextFile(file.fileName, file.text, NOTES_MIME_TYPES.markdown);
}

/**
 * Offers the briefs of the articles `notes` were written on (each article once, in the notes'
 * order) as one Markdown download, from the reading history (`articles:digests`). Rejects with a
 * sentence for the reader when none of those articles is in the history, or the store fails.
 */
export async function downloadBriefs(notes: readonly Note[]): Promise<void> {
  const urls = [...new Set(notes.map((note) => articleKey(note.url)))];
  const digests = await requestStore('articles:digests', { urls });
  const file = briefsExportFile(digests, briefLabels(), new Date());
  if (!file) throw new Error(t('libraryExportBriefsNone'));
  downloadTextFile(file.fileName, file.text, NOTES_MIME_TYPES.markdown);
}
