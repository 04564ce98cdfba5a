import type { Correction } from '../../lib/core/reader-layer';
import { entityTypeLabel } from '../entity-labels';
import { RichMessage } from './RichMessage';

/** How a correction names an entity it refers to (see ReaderLayerSection's `nameOf`). */
export type NameOf = (entityId: string) => string;

/** A name or a text from a page: Chinese, so it gets Chinese line breaking and fonts. */
const Name = ({ children }: { children: string }) => (
  <strong class="reader-correction__name" lang="zh">
    {children}
  </strong>
);

/** An article's address as a link, shown without `https://` (the page's title is not stored). */
function PageLink({ url }: { url: string }) {
  return (
    <a class="reader-correction__page" href={url} target="_blank" rel="noreferrer">
      {url.replace(/^https?:\/\//u, '')}
    </a>
  );
}

/**
 * One correction as a sentence a reader can check at a glance: "Not an entity here: 东方 on
 * www.news.cn/…", "Never highlight: 东方", "Shown as platform: 苏州工业园区", "Same as: 苏宿园区 =
 * 苏宿工业园区". The entity a not-here mention was taken for, and the entity a never-highlight is
 * limited to, follow in a quieter line.
 */
export function CorrectionSentence({ correction, nameOf }: { correction: Correction; nameOf: NameOf }) {
  switch (correction.kind) {
    case 'not-here':
      return (
        <>
          <span class="reader-correction__sentence">
            <RichMessage
              id="correctionNotHereSentence"
              parts={[<Name>{correction.surface}</Name>, <PageLink url={correction.url} />]}
            />
          </span>
          <span class="reader-correction__detail">
            <RichMessage id="correctionHighlightedAs" parts={[<Name>{nameOf(correction.entityId)}</Name>]} />
          </span>
        </>
      );
    case 'never':
      return (
        <>
          <span class="reader-correction__sentence">
            <RichMessage id="correctionNeverSentence" parts={[<Name>{correction.surface}</Name>]} />
          </span>
          {correction.entityId !== undefined && (
            <span class="reader-correction__detail">
              <RichMessage id="correctionOnlyAs" parts={[<Name>{nameOf(correction.entityId)}</Name>]} />
            </span>
          )}
        </>
      );
    case 'change-type':
      return (
        <span class="reader-correction__sentence">
          <RichMessage
            id="correctionChangeTypeSentence"
            // Lower case inside an English sentence ("Shown as platform"); Chinese has no case.
            parts={[entityTypeLabel(correction.type).toLocaleLowerCase(), <Name>{nameOf(correction.entityId)}</Name>]}
          />
        </span>
      );
    case 'same-as':
      return (
        <span class="reader-correction__sentence">
          <RichMessage
            id="correctionSameAsSentence"
            parts={[<Name>{correction.alias}</Name>, <Name>{nameOf(correction.targetId)}</Name>]}
          />
        </span>
      );
  }
}
