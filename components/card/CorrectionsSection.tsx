import { useId, useRef, useState } from 'preact/hooks';
import type { QuoteAnchor } from '../../lib/core/notes';
import type { EntitySearchHit } from '../../lib/core/knowledge';
import type { DetectedEntity, EntityType } from '../../lib/core/entity';
import { newNoteId } from '../../lib/core/notes';
import { READER_ENTITY_TYPES } from '../../lib/core/reader-layer';
import type { NewCorrection } from '../../lib/store/reader-layer-protocol';
import { articleUrl } from '../../lib/store/store-protocol';
import { requestStore } from '../../lib/store/store-client';
import { entityTypeLabel } from '../entity-labels';
import { t } from '../i18n';

/** What the corrections need to know about the card's mention. */
export interface CorrectionsSectionProps {
  entity: DetectedEntity;
  /** The page's address: "Not an entity here" applies to this article only. */
  pageUrl: string;
  /** The mention's text as the page shows it. */
  quote: string;
  /** The mention's context; null when the card is not on a mention (then only whole-entity corrections). */
  anchor: QuoteAnchor | null;
}

type Step = 'menu' | 'change-type' | 'same-as';
type Status = { kind: 'idle' | 'saving' | 'done' } | { kind: 'error'; message: string };

/**
 * "Correct District Lens", at the foot of the card: Not an entity here (this mention), Never
 * highlight this (this text, everywhere), Change type…, Same as… (this text names another entity,
 * found by searching). Each is stored in the reader's layer; the background then has every open
 * page annotated again, so the highlight changes under the reader's eyes.
 */
export function CorrectionsSection({ entity, pageUrl, quote, anchor }: CorrectionsSectionProps) {
  const id = `district-lens-correct-${useId()}`;
  const [step, setStep] = useState<Step>('menu');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<EntitySearchHit[]>([]);
  const searchSeq = useRef(0);
  const surface = anchor?.exact ?? quote;

  async function correct(correction: NewCorrection) {
    setStatus({ kind: 'saving' });
    try {
      await requestStore('layer:add-correction', { correction, saveId: newNoteId() });
      setStatus({ kind: 'done' });
      setStep('menu');
    } catch (error) {
      setStatus({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  }

  async function search(text: string) {
    setQuery(text);
    const seq = ++searchSeq.current;
    if (text.trim() === '') {
      setHits([]);
      return;
    }
    try {
      const found = await requestStore('kb:search', { query: text, limit: 8 });
      if (seq === searchSeq.current) setHits(found.filter((hit) => hit.id !== entity.id));
    } catch {
      if (seq === searchSeq.current) setHits([]);
    }
  }

  const busy = status.kind === 'saving';
  return (
    <details class="card__corrections">
      <summary class="card__corrections-summary">{t('correctionsHeading')}</summary>
      {step === 'menu' && (
        <div class="card__actions">
          {anchor && (
            <button
              type="button"
              class="card__button correct__not-here"
              disabled={busy}
              onClick={() =>
                void correct({
                  kind: 'not-here',
                  entityId: entity.id,
                  surface: anchor.exact,
                  url: articleUrl(pageUrl),
                  prefix: anchor.prefix,
                  suffix: anchor.suffix,
                })
              }
            >
              {t('correctNotHere')}
            </button>
          )}
          <button
            type="button"
            class="card__button correct__never"
            disabled={busy}
            onClick={() => void correct({ kind: 'never', surface })}
          >
            {t('correctNever')}
          </button>
          <button type="button" class="card__button correct__change-type" onClick={() => setStep('change-type')}>
            {t('correctChangeType')}
          </button>
          <button type="button" class="card__button correct__same-as" onClick={() => setStep('same-as')}>
            {t('correctSameAs')}
          </button>
        </div>
      )}
      {step === 'change-type' && (
        <div class="card__actions" role="group" aria-label={t('correctChangeType')}>
          {READER_ENTITY_TYPES.filter((type: EntityType) => type !== entity.type).map((type) => (
            <button
              key={type}
              type="button"
              class="card__button correct__type"
              data-type={type}
              disabled={busy}
              onClick={() => void correct({ kind: 'change-type', entityId: entity.id, type })}
            >
              {entityTypeLabel(type)}
            </button>
          ))}
          <button type="button" class="card__button" onClick={() => setStep('menu')}>
            {t('readerCancel')}
          </button>
        </div>
      )}
      {step === 'same-as' && (
        <div class="correct__same-as-panel">
          <label class="visually-hidden" for={`${id}-search`}>
            {t('correctSameAsPlaceholder')}
          </label>
          <input
            id={`${id}-search`}
            class="card__textarea correct__search"
            type="search"
            placeholder={t('correctSameAsPlaceholder')}
            value={query}
            onInput={(event) => void search(event.currentTarget.value)}
          />
          <ul class="correct__hits">
            {hits.map((hit) => (
              <li key={hit.id}>
                <button
                  type="button"
                  class="card__link correct__hit"
                  data-entity-id={hit.id}
                  disabled={busy}
                  onClick={() => void correct({ kind: 'same-as', alias: surface, targetId: hit.id })}
                >
                  <span lang="zh-CN">{hit.name}</span>
                  <span class="card__muted"> · {hit.yours ? t('readerYours') : entityTypeLabel(hit.type)}</span>
                </button>
              </li>
            ))}
          </ul>
          <button type="button" class="card__button" onClick={() => setStep('menu')}>
            {t('readerCancel')}
          </button>
        </div>
      )}
      <p class="card__status" role="status">
        {status.kind === 'done' ? t('correctDone') : ''}
      </p>
      {status.kind === 'error' && (
        <p class="card__error" role="alert">
          {status.message}
        </p>
      )}
    </details>
  );
}
