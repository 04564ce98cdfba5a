import { useEffect, useRef, useState } from 'preact/hooks';
import type { Note } from '../../lib/core/notes';
import type { NotesFileFormat } from '../../lib/core/notes-format';
import { t } from '../i18n';
import { downloadBriefs, downloadNotes } from './export-notes';

export interface ExportMenuProps {
  all: readonly Note[];
  /** The notes the search and filters leave; the same list as `all` when nothing filters. */
  filtered: readonly Note[];
  /** Whether a search or filter is on, so "the filtered notes" mean something. */
  filtering: boolean;
}

/**
 * "Export" menu: which notes (all, or the N filtered ones) and one button per format, then
 * _Article briefs (Markdown)_ (`data-format=briefs`): the brief of each article the notes were
 * written on, from the reading history, in one Markdown file. A
 * `<details>` element, so it opens with Enter or Space without script; Escape or a click
 * elsewhere closes it.
 */
export function ExportMenu({ all, filtered, filtering }: ExportMenuProps) {
  const [scope, setScope] = useState<'all' | 'filtered'>('filtered');
  const [error, setError] = useState<string | undefined>(undefined);
  const menu = useRef<HTMLDetailsElement>(null);
  const useFiltered = filtering && scope === 'filtered';
  const notes = useFiltered ? filtered : all;

  useEffect(() => {
    const closeOutside = (event: Event) => {
      const details = menu.current;
      if (details?.open && event.target instanceof Node && !details.contains(event.target)) details.open = false;
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, []);

  function close() {
    if (!menu.current) return;
    menu.current.open = false;
    menu.current.querySelector('summary')?.focus();
  }

  function run(download: () => Promise<void>) {
    setError(undefined);
    download().then(close, (failure: unknown) =>
      setError(failure instanceof Error ? failure.message : String(failure)),
    );
  }

  const formats: readonly [NotesFileFormat, string][] = [
    ['json', t('libraryExportJson')],
    ['markdown', t('exportMarkdown')],
    ['csv', t('exportCsv')],
    ['web-annotation', t('exportWebAnnotation')],
  ];

  return (
    <details
      class="library-export"
      ref={menu}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && menu.current?.open) {
          event.preventDefault();
          close();
        }
      }}
    >
      <summary class="button library-export__toggle">{t('libraryExport')}</summary>
      <div class="library-export__panel">
        <fieldset class="library-export__scope" disabled={!filtering}>
          <legend>{t('libraryExportScope')}</legend>
          <label>
            <input type="radio" name="library-export-scope" checked={!useFiltered} onChange={() => setScope('all')} />{' '}
            {t('libraryExportAll', all.length)}
          </label>
          <label>
            <input
              type="radio"
              name="library-export-scope"
              checked={useFiltered}
              onChange={() => setScope('filtered')}
            />{' '}
            {t('libraryExportFiltered', filtered.length)}
          </label>
        </fieldset>
        <div class="library-export__formats" role="group" aria-label={t('libraryExportFormat')}>
          {formats.map(([format, label]) => (
            <button
              key={format}
              type="button"
              class="button button--secondary library-export__format"
              data-format={format}
              // JSON also carries the reader's own entities and corrections, so it is never empty.
              disabled={notes.length === 0 && format !== 'json'}
              onClick={() => run(() => downloadNotes(notes, format))}
            >
              {label}
            </button>
          ))}
          <button
            type="button"
            class="button button--secondary library-export__format"
            data-format="briefs"
            disabled={notes.length === 0}
            onClick={() => run(() => downloadBriefs(notes))}
          >
            {t('libraryExportBriefs')}
          </button>
        </div>
        {error && (
          <p class="library-export__error error" role="alert">
            {error}
          </p>
        )}
      </div>
    </details>
  );
}
