import type { Mention } from '../core/entity';
import { isSkippedElement } from './skipped-elements';

// Elements that break text into separate runs: a word never continues across them.
const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);

/** Separator put between text runs of different blocks; never part of a name. */
const BLOCK_SEPARATOR = '\n';

interface Segment {
  node: Text;
  /** Offset of the node's first character in {@link TextIndex.text}. */
  start: number;
}

/**
 * The article's text as one string, with a map from string offsets back to DOM text nodes.
 * Text of different blocks is joined with `\n`, so a match never spans two paragraphs.
 */
export interface TextIndex {
  readonly text: string;
  /** A live `Range` covering the mention, or `null` when it no longer maps onto the nodes. */
  rangeFor(mention: Mention): Range | null;
  /** The string offset of `offset` within `node`, or -1 when the node is not indexed. */
  offsetOf(node: Node, offset: number): number;
}

function closestBlock(node: Node, root: Element): Node {
  let current: Node | null = node.parentNode;
  while (current && current !== root) {
    if (current.nodeType === 1 && BLOCK_TAGS.has((current as Element).tagName.toUpperCase())) return current;
    current = current.parentNode;
  }
  return root;
}

/** Index of the last segment whose start is ≤ `offset` (binary search). */
function segmentAt(segments: readonly Segment[], offset: number): number {
  let low = 0;
  let high = segments.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (segments[mid]!.start <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Reads every annotatable text node under `root` (see {@link isSkippedElement}) into an index. */
export function buildTextIndex(root: Element): TextIndex {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.nodeType === 1 && isSkippedElement(node as Element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  const segments: Segment[] = [];
  const parts: string[] = [];
  let length = 0;
  let previousBlock: Node | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType !== 3) {
      if ((node as Element).tagName.toUpperCase() === 'BR') previousBlock = null;
      continue;
    }
    const data = (node as Text).data;
    if (data.length === 0) continue;
    const block = closestBlock(node, root);
    if (previousBlock !== null && block !== previousBlock) {
      parts.push(BLOCK_SEPARATOR);
      length += BLOCK_SEPARATOR.length;
    }
    previousBlock = block;
    segments.push({ node: node as Text, start: length });
    parts.push(data);
    length += data.length;
  }
  const text = parts.join('');
  const nodeIndex = new Map<Node, number>(segments.map((s, i) => [s.node, i]));

  return {
    text,
    rangeFor({ start, end }) {
      if (segments.length === 0 || end <= start) return null;
      const first = segments[segmentAt(segments, start)]!;
      const last = segments[segmentAt(segments, end - 1)]!;
      const startOffset = start - first.start;
      const endOffset = end - last.start;
      if (startOffset > first.node.length || endOffset > last.node.length || !first.node.isConnected) return null;
      const range = doc.createRange();
      range.setStart(first.node, startOffset);
      range.setEnd(last.node, endOffset);
      return range;
    },
    offsetOf(node, offset) {
      const index = nodeIndex.get(node);
      return index === undefined ? -1 : segments[index]!.start + offset;
    },
  };
}
