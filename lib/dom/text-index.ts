import type { Mention } from '../core/entity';
import { isSkippedElement } from './skipped-elements';
import { finishSteps } from './sliced-work';

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

/** True when `element` starts a block of its own: text never runs across its edges. */
export function isBlockElement(element: Element): boolean {
  return BLOCK_TAGS.has(element.tagName.toUpperCase());
}

/** Separator put between text runs of different blocks; never part of a name. */
const BLOCK_SEPARATOR = '\n';

interface Segment {
  node: Text;
  /** Offset of the node's first character in {@link TextIndex.text}. */
  start: number;
}

/**
 * The article's text as one string, with a map from string offsets back to DOM text nodes.
 * Text of different blocks is joined with `\n`, so a match never spans two paragraphs; an open
 * shadow root counts as a block of its own, so a match never crosses a shadow boundary either.
 */
export interface TextIndex {
  readonly text: string;
  /** The open shadow roots whose text the index holds, in the order they were read. */
  readonly shadowRoots: readonly ShadowRoot[];
  /** A live `Range` covering the mention, or `null` when it no longer maps onto the nodes. */
  rangeFor(mention: Mention): Range | null;
  /**
   * Where `mention` lies in the indexed text nodes, as {@link rangeFor} would make its Range, or
   * null where rangeFor gives null; nothing is created in the document.
   */
  boundsFor(mention: Mention): RangeBounds | null;
  /** The string offset of `offset` within `node`, or -1 when the node is not indexed. */
  offsetOf(node: Node, offset: number): number;
  /** The text nodes read, in order (computed when first asked). */
  readonly textNodes: readonly Text[];
}

/** A stretch of text by its two ends: a text node and an offset in it each (a Range's four fields). */
export interface RangeBounds {
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
}

/**
 * A new live Range over `bounds`. An offset past its node's end (the text shrank since the bounds
 * were taken, before the page's update read it again) is taken as the node's end.
 * Example: bounds (t, 2, t, 5) over text node t = '宁波市长裘东耀' → the Range over '长裘东'.
 */
export function rangeOver({ startNode, startOffset, endNode, endOffset }: RangeBounds): Range {
  const range = startNode.ownerDocument.createRange();
  range.setStart(startNode, Math.min(startOffset, startNode.length));
  range.setEnd(endNode, Math.min(endOffset, endNode.length));
  return range;
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

/** Nodes visited between two yields of {@link textIndexSteps}. */
const NODES_PER_STEP = 512;

/**
 * Reads every annotatable text node under `root` (see {@link isSkippedElement}) into an index,
 * in document order. An element's open shadow root (`element.shadowRoot`; closed ones are
 * invisible to scripts) is read where the element stands, before the element's own (light)
 * children; the extension's own hosts are skipped with everything inside them.
 */
export function buildTextIndex(root: Element): TextIndex {
  return finishSteps(textIndexSteps(root));
}

/**
 * {@link buildTextIndex} as steps: yields every few hundred nodes, so a caller can give the page
 * its thread back between slices (a 5 MB page's walk is one long task otherwise), and returns the
 * same index. The page should not change meanwhile; a node that leaves it is not placed later
 * (`rangeFor` checks), and the caller's MutationObserver reads changed blocks again.
 */
export function* textIndexSteps(root: Element): Generator<void, TextIndex> {
  const segments: Segment[] = [];
  const parts: string[] = [];
  const shadowRoots: ShadowRoot[] = [];
  let length = 0;
  // The block (element or shadow root) the previous text run belongs to; null before any text.
  let previousBlock: Node | null = null;
  // A <br> since the previous text run: the next run starts a new line whatever its block.
  let lineBreak = false;

  const readText = (node: Text, block: Node) => {
    const data = node.data;
    if (data.length === 0) return;
    if (previousBlock !== null && (block !== previousBlock || lineBreak)) {
      parts.push(BLOCK_SEPARATOR);
      length += BLOCK_SEPARATOR.length;
    }
    previousBlock = block;
    lineBreak = false;
    segments.push({ node, start: length });
    parts.push(data);
    length += data.length;
  };
  // An explicit stack instead of recursion: a page can nest elements deeper than the call stack
  // goes (a test reads 100,000 levels). Each frame walks one parent's children in order.
  const stack: { next: ChildNode | null; block: Node }[] = [];
  /** Queues `element`'s children, its open shadow root's first (read where the element stands). */
  const enter = (element: Element, block: Node) => {
    stack.push({ next: element.firstChild, block });
    const shadow = element.shadowRoot;
    if (shadow) {
      shadowRoots.push(shadow);
      stack.push({ next: shadow.firstChild, block: shadow });
    }
  };
  enter(root, root);
  // A step's nodes are visited by a plain function, not in the generator's own loop: a
  // generator's loop ran unoptimised for most of a big page (it runs once per read, and V8
  // compiles the loop of a resumable function late, if at all, on a busy page), where a function
  // called once a step is optimised after a few calls.
  /** Visits up to NODES_PER_STEP nodes; false once every node is read. */
  const walk = (): boolean => {
    for (let visited = 0; visited < NODES_PER_STEP; visited++) {
      const frame = stack[stack.length - 1];
      if (!frame) return false;
      const child = frame.next;
      if (!child) {
        stack.pop();
        continue;
      }
      frame.next = child.nextSibling;
      if (child.nodeType === 3) {
        readText(child as Text, frame.block);
        continue;
      }
      if (child.nodeType !== 1) continue;
      const element = child as Element;
      // The tag name read once for the three tests (each read is a call into the DOM).
      const tagName = element.tagName.toUpperCase();
      if (isSkippedElement(element, tagName)) continue;
      if (tagName === 'BR') lineBreak = true;
      else enter(element, BLOCK_TAGS.has(tagName) ? element : frame.block);
    }
    return stack.length > 0;
  };
  while (walk()) yield;

  const text = parts.join('');
  // Built on the first offsetOf: the scan itself never needs it.
  let nodeIndex: Map<Node, number> | undefined;

  // The segment of the previous look-up: callers mostly ask in document order (the annotator
  // places a chunk's mentions so), where the next mention lies in the same or a following segment
  // and no binary search over the page's thousands of segments is needed.
  let near = 0;
  /** Index of the segment holding `offset` (see segmentAt), looked for from the previous one first. */
  const segmentOf = (offset: number): number => {
    const count = segments.length;
    let at = near < count && segments[near]!.start <= offset ? near : segmentAt(segments, offset);
    // A few steps forward from the previous segment; a jump further goes by binary search.
    for (let steps = 0; at + 1 < count && segments[at + 1]!.start <= offset; steps++) {
      if (steps === 8) {
        at = segmentAt(segments, offset);
        break;
      }
      at++;
    }
    near = at;
    return at;
  };

  const boundsFor = ({ start, end }: Mention): RangeBounds | null => {
    if (segments.length === 0 || end <= start) return null;
    const firstAt = segmentOf(start);
    const first = segments[firstAt]!;
    // Most mentions lie in one text node: the end is in the start's segment.
    const next = segments[firstAt + 1];
    const last = next === undefined || next.start > end - 1 ? first : segments[segmentAt(segments, end - 1)]!;
    const startOffset = start - first.start;
    const endOffset = end - last.start;
    const firstLength = first.node.length;
    if (startOffset > firstLength || endOffset > (last === first ? firstLength : last.node.length)) return null;
    if (!first.node.isConnected) return null;
    // A range never crosses a shadow boundary (the separator already keeps names apart).
    if (first.node !== last.node && first.node.getRootNode() !== last.node.getRootNode()) return null;
    return { startNode: first.node, startOffset, endNode: last.node, endOffset };
  };

  return {
    text,
    shadowRoots,
    boundsFor,
    rangeFor(mention) {
      const bounds = boundsFor(mention);
      return bounds && rangeOver(bounds);
    },
    get textNodes() {
      return segments.map((segment) => segment.node);
    },
    offsetOf(node, offset) {
      nodeIndex ??= new Map<Node, number>(segments.map((s, i) => [s.node, i]));
      const index = nodeIndex.get(node);
      return index === undefined ? -1 : segments[index]!.start + offset;
    },
  };
}
