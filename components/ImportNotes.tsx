import type { ReaderLayerImportSummary } from '../lib/store/reader-layer-service';
import { useState } from 'preact/hooks';
import { importFileSizeError } from '../lib/core/notes-format';
import { requestStore } from '../lib/store/store-client';
import type { ImportSummary } from '../lib/store/store-protocol';
import { t } from './i18n';

type Step =
  | { step: 'idle' }
  | { step: 'preview'; text: string; summary: ImportSummary }
  | { step: 'done'; added: number }
  | { step: 'error'; message: string };

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** How many of the reader's own entities and corrections a file holds, whatever their fate. */
function layerCount(summary: ReaderLayerImportSummary): number {
  const { entities: e, corrections: c } = summary;
  return e.added + e.duplicates + e.changed + c.added + c.duplicates + c.changed;
}

/**
 * Imports an export file (JSON or Web Annotation): the background validates it and answers a
 * preview (new / already here / changed notes, the reader's own entities and corrections, and
 * how many article briefs — articles with a date or events — the file brings, `.import__briefs`);
 * nothing is written until the reader confirms, and then everything is written in one
 * transaction or nothing is.
 */
export function ImportNotes({ onImported }: { onImported: () => void }) {
  const [state, setState] = useState<Step>({ step: 'idle' });
  const [replaceChanged, setReplaceChanged] = useState(false);

  async function choose(file: File | undefined) {
    if (!file) return;
    const tooBig = importFileSizeError(file.size);
    if (tooBig) {
      setState({ step: 'error', message: tooBig });
      return;
    }
    try {
      const text = await file.text();
      const summary = await requestStore('notes:import', { text, replaceChanged: false, dryRun: true });
      setState({ step: 'preview', text, summary });
    } catch (error) {
      setState({ step: 'error', message: messageOf(error) });
    }
  }

  async function confirm(text: string) {
    try {
      const summary = await requestStore('notes:import', { text, replaceChanged, dryRun: false });
      setState({ step: 'done', added: summary.added + (summary.replaceChanged ? summary.changed : 0) });
      onImported();
    } catch (error) {
      setState({ step: 'error', message: messageOf(error) });
    }
  }

  const layer = state.step === 'preview' ? state.summary.readerLayer : undefined;
  const briefs = state.step === 'preview' ? state.summary.articles : undefined;
  return (
    <section class="import" aria-label={t('importButton')}>
      <label class="button button--secondary import__choose">
        {t('importButton')}
        <input
          type="file"
          accept=".json,.jsonld,application/json,application/ld+json"
          class="visually-hidden"
          onChange={(event) => {
            void choose(event.currentTarget.files?.[0]);
            event.currentTarget.value = '';
          }}
        />
      </label>
      {state.step === 'preview' && (
        <div class="import__preview" role="status">
          <p>{t('importPreview', state.summary.added, state.summary.duplicates, state.summary.changed)}</p>
          {layer && layerCount(layer) > 0 && (
            <p class="import__reader-layer">
              {t(
                'importPreviewReaderLayer',
                layer.entities.added,
                layer.entities.duplicates,
                layer.entities.changed,
                layer.corrections.added,
                layer.corrections.duplicates,
                layer.corrections.changed,
              )}
            </p>
          )}
          {briefs && (briefs.briefs ?? 0) > 0 && (
            <p class="import__briefs">
              {t('importPreviewBriefs', briefs.briefs ?? 0, briefs.added, briefs.briefed, briefs.unchanged)}
            </p>
          )}
          {(state.summary.changed > 0 || (layer?.entities.changed ?? 0) + (layer?.corrections.changed ?? 0) > 0) && (
            <label>
              <input
                type="checkbox"
                checked={replaceChanged}
                onChange={(event) => setReplaceChanged(event.currentTarget.checked)}
              />{' '}
              {t('importReplaceChanged')}
            </label>
          )}
          <div class="import__actions">
            <button type="button" class="button" onClick={() => void confirm(state.text)}>
              {t('importConfirm')}
            </button>
            <button type="button" class="button button--secondary" onClick={() => setState({ step: 'idle' })}>
              {t('importCancel')}
            </button>
          </div>
        </div>
      )}
      {state.step === 'done' && (
        <p class="import__done" role="status">
          {t('importDone', state.added)}
        </p>
      )}
      {state.step === 'error' && (
        <p class="error" role="alert">
          {state.message}
        </p>
      )}
    </section>
  );
}
