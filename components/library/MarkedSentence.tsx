import { markInSentence } from './quote-in-sentence';

export interface MarkedSentenceProps {
  sentence: string;
  /** The text to mark (`<mark>`) in the sentence: the quote, or the entity's name. */
  needle: string;
  prefix?: string;
  suffix?: string;
  class?: string;
}

/**
 * A sentence from an article with the mention marked; shown as it is when the mention cannot be
 * found in it (the sentence was cut short around a long quote).
 */
export function MarkedSentence({ sentence, needle, prefix, suffix, class: className }: MarkedSentenceProps) {
  const marked = markInSentence(sentence, needle, { prefix, suffix });
  return (
    <blockquote class={className} lang="zh">
      {marked ? (
        <>
          {marked.before}
          <mark>{marked.mark}</mark>
          {marked.after}
        </>
      ) : (
        sentence
      )}
    </blockquote>
  );
}
