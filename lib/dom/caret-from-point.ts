/** A caret position in a text node. */
export interface CaretPoint {
  node: Node;
  offset: number;
}

/**
 * The caret position under the viewport point `(x, y)`: `caretPositionFromPoint` where the
 * browser has it (Firefox, Chrome 128+), else the older `caretRangeFromPoint`. Null off-text.
 */
export function caretFromPoint(doc: Document, x: number, y: number): CaretPoint | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const legacy = (doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null })
    .caretRangeFromPoint;
  const range = legacy?.call(doc, x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}
