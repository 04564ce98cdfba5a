/** A caret position in a text node. */
export interface CaretPoint {
  node: Node;
  offset: number;
}

/**
 * The caret position under the viewport point `(x, y)`: `caretPositionFromPoint` where the
 * browser has it (Firefox, Chrome 128+), else the older `caretRangeFromPoint`. Null off-text.
 * `shadowRoots` lists the open shadow roots whose text may be hit: without them Chrome retargets
 * a position inside a shadow tree to its host.
 */
export function caretFromPoint(
  doc: Document,
  x: number,
  y: number,
  shadowRoots: readonly ShadowRoot[] = [],
): CaretPoint | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position =
      shadowRoots.length > 0
        ? (
            doc.caretPositionFromPoint as (
              x: number,
              y: number,
              options: { shadowRoots: ShadowRoot[] },
            ) => CaretPosition | null
          ).call(doc, x, y, { shadowRoots: [...shadowRoots] })
        : doc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const legacy = (doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null })
    .caretRangeFromPoint;
  const range = legacy?.call(doc, x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}
