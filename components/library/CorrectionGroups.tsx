import { CORRECTION_KINDS, type Correction } from '../../lib/core/reader-layer';
import { t, type MessageKey } from '../i18n';
import { CorrectionSentence, type NameOf } from './CorrectionSentence';

const GROUP_HEADINGS: Readonly<Record<Correction['kind'], MessageKey>> = {
  'not-here': 'correctionGroupNotHere',
  never: 'correctionGroupNever',
  'change-type': 'correctionGroupChangeType',
  'same-as': 'correctionGroupSameAs',
};

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

export interface CorrectionGroupsProps {
  /** In the order to show them (the store answers newest first). */
  corrections: readonly Correction[];
  nameOf: NameOf;
  onDelete: (correction: Correction) => void;
}

/**
 * The reader's corrections grouped by kind, in the card's order (not here, never, change type,
 * same as): one `section.reader-corrections__group[data-kind]` per kind that has any, each
 * correction a `li.reader-correction[data-correction-id]` with its sentence, its date and Delete.
 */
export function CorrectionGroups({ corrections, nameOf, onDelete }: CorrectionGroupsProps) {
  return (
    <>
      {CORRECTION_KINDS.map((kind) => {
        const group = corrections.filter((correction) => correction.kind === kind);
        if (group.length === 0) return null;
        const headingId = `reader-corrections-${kind}`;
        return (
          <section key={kind} class="reader-corrections__group" data-kind={kind} aria-labelledby={headingId}>
            <h3 class="reader-corrections__heading" id={headingId}>
              {t(GROUP_HEADINGS[kind])} <span class="reader-corrections__count">{group.length}</span>
            </h3>
            <ul class="reader-corrections__list">
              {group.map((correction) => {
                const sentenceId = `reader-correction-${correction.id}`;
                return (
                  <li
                    key={correction.id}
                    class={`reader-correction reader-correction--${kind}`}
                    data-correction-id={correction.id}
                    data-kind={kind}
                  >
                    <p class="reader-correction__text" id={sentenceId}>
                      <CorrectionSentence correction={correction} nameOf={nameOf} />
                    </p>
                    <time class="reader-correction__date" dateTime={correction.createdAt}>
                      {t('readerAddedOn', dateFormat.format(new Date(correction.createdAt)))}
                    </time>
                    <button
                      type="button"
                      class="button button--secondary reader-correction__delete"
                      aria-label={t('correctionDeleteLabel')}
                      aria-describedby={sentenceId}
                      onClick={() => onDelete(correction)}
                    >
                      {t('readerDelete')}
                    </button>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </>
  );
}
