import type { ArticleEvent, IsoDate } from '../../lib/core/brief';
import { briefLine } from '../../lib/core/brief';
import { briefLabels } from '../brief-labels';
import { t } from '../i18n';

export interface EntityEventsProps {
  entityId: string;
  /** The article's events (the brief); the card lists those the entity takes part in. */
  events: readonly ArticleEvent[];
  articleDate?: IsoDate;
  /** Scrolls to the event's sentence and flashes it. */
  onGoTo?: (event: ArticleEvent) => void;
}

/**
 * "What it did in this article": the brief's lines of the events the entity takes part in
 * (`5月28日 · 签约 · 虹桥商务区 ↔ 宁波市 · 合作协议`), each going to its sentence. Nothing when it
 * took part in none.
 */
export function EntityEvents({ entityId, events, articleDate, onGoTo }: EntityEventsProps) {
  const own = events.filter((e) => e.parties.some((p) => p.entityId === entityId));
  if (own.length === 0) return null;
  const labels = briefLabels();
  return (
    <ul class="card__events" aria-label={t('eventsInArticle')}>
      {own.map((event, i) => (
        <li key={i}>
          <button type="button" class="card__event" lang="zh" onClick={() => onGoTo?.(event)}>
            {briefLine(event, articleDate, labels)}
          </button>
        </li>
      ))}
    </ul>
  );
}
