import { Fragment, type ComponentChildren } from 'preact';
import { t, type MessageKey } from '../i18n';

/** Private-use characters stand for the parts: they never occur in a translation. */
const FIRST_MARKER = 0xe000;
const MARKER = /([\uE000-\uE0FF])/u;

/**
 * The message `id` with elements (a link, a name in `lang="zh"`) where its placeholders are, in
 * the order the placeholders are numbered: the translation decides where each part goes, so
 * "Not an entity here: $SURFACE$ on $PAGE$" can put the page first in Chinese.
 */
export function RichMessage({ id, parts }: { id: MessageKey; parts: readonly ComponentChildren[] }) {
  const markers = parts.map((_, index) => String.fromCharCode(FIRST_MARKER + index));
  const pieces = t(id, ...markers).split(MARKER);
  return (
    <>
      {pieces.map((piece, index) => {
        const part = piece.length === 1 ? markers.indexOf(piece) : -1;
        return <Fragment key={index}>{part >= 0 ? parts[part] : piece}</Fragment>;
      })}
    </>
  );
}
