import { useState } from 'preact/hooks';
import { briefLine, type ArticleEvent, type BriefLabels, type IsoDate } from '../lib/core/brief';

/** What the brief at the top of the entities panel shows and does. */
export interface ArticleBriefProps {
  /** The article's date as the page states it; absent when it states none. */
  date?: IsoDate;
  site?: string;
  events: readonly ArticleEvent[];
  labels: BriefLabels & { heading: string; copy: string; copied: string; noEvents: string };
  /** Scrolls to the event's sentence and flashes it. */
  onGoTo: (event: ArticleEvent) => void;
  /** Puts the brief as Markdown on the clipboard; resolves when it is there. */
  onCopy: () => Promise<void>;
}

/**
 * "What happened": the article's date and site, then one line per event
 * (`5月28日 · 签约 · 虹桥商务区 ↔ 宁波市 · 合作协议`), each a button that goes to its sentence, and
 * *Copy brief*. With no event it says so in one line, so the reader knows none was found.
 */
export function ArticleBrief({ date, site, events, labels, onGoTo, onCopy }: ArticleBriefProps) {
  const [copied, setCopied] = useState(false);
  return (
    <section class="brief" aria-label={labels.heading}>
      <header class="brief__header">
        <h3 class="brief__title">{labels.heading}</h3>
        <button
          type="button"
          class="brief__copy"
          onClick={() => {
            void onCopy().then(() => setCopied(true));
          }}
        >
          {copied ? labels.copied : labels.copy}
        </button>
      </header>
      <p class="brief__meta">{[date ?? labels.noDate, site].filter(Boolean).join(' · ')}</p>
      {events.length === 0 ? (
        <p class="brief__empty">{labels.noEvents}</p>
      ) : (
        <ol class="brief__events">
          {events.map((event, i) => (
            <li key={i}>
              <button
                type="button"
                class={`brief__event brief__event--${event.kind}`}
                lang="zh"
                onClick={() => onGoTo(event)}
              >
                {briefLine(event, date, labels)}
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
