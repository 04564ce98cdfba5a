import { t } from '../i18n';

export interface MentionNavProps {
  /** How many times the article mentions the entity. */
  count: number;
  /** The mention the card points at, 0-based. */
  index: number;
  /** Moves to the previous or next mention (the controller wraps around at the ends). */
  onJump?: (delta: -1 | 1) => void;
}

/** `6 mentions in this article  ‹ 2 / 6 ›`: the count and, with several, buttons to go through them. */
export function MentionNav({ count, index, onJump }: MentionNavProps) {
  const label =
    count === 0 ? t('mentionsNone') : count === 1 ? t('mentionsInArticleOne') : t('mentionsInArticle', count);
  const position = ((index % Math.max(count, 1)) + Math.max(count, 1)) % Math.max(count, 1);
  return (
    <div class="card__mentions">
      <span class="card__mention-count">{label}</span>
      {count > 1 && onJump && (
        <span class="card__nav">
          <button
            type="button"
            class="card__icon-button card__prev"
            aria-label={t('previousMention')}
            title={t('previousMention')}
            onClick={() => onJump(-1)}
          >
            ‹
          </button>
          <span class="card__position" aria-live="polite">
            <span aria-hidden="true">
              {position + 1} / {count}
            </span>
            <span class="visually-hidden">{t('mentionPosition', position + 1, count)}</span>
          </span>
          <button
            type="button"
            class="card__icon-button card__next"
            aria-label={t('nextMention')}
            title={t('nextMention')}
            onClick={() => onJump(1)}
          >
            ›
          </button>
        </span>
      )}
    </div>
  );
}
