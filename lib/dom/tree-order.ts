// Node constants, spelled out so this module needs no `Node` global.
const DOCUMENT_POSITION_PRECEDING = 2;
const DOCUMENT_POSITION_FOLLOWING = 4;
const DOCUMENT_FRAGMENT_NODE = 11;

/** `node`, then the host of each shadow root it is inside, innermost first. */
function hostChain(node: Node): Node[] {
  const chain = [node];
  for (let root = node.getRootNode(); root.nodeType === DOCUMENT_FRAGMENT_NODE;) {
    const host = (root as ShadowRoot).host;
    if (!host) break;
    chain.push(host);
    root = host.getRootNode();
  }
  return chain;
}

/**
 * Compares two nodes in shadow-including tree order, the order the text index reads them: an
 * open shadow root's content stands where its host stands, before the host's own children.
 * Negative when `a` comes first, positive when `b` does, 0 for the same node.
 */
export function compareTreeOrder(a: Node, b: Node): number {
  if (a === b) return 0;
  const chainA = hostChain(a);
  const chainB = hostChain(b);
  let i = chainA.length - 1;
  let j = chainB.length - 1;
  // Walk inwards while both sides pass through the same host.
  while (chainA[i] === chainB[j]) {
    if (i === 0) return -1; // `a` is a host `b` lies in (its shadow tree or deeper)
    if (j === 0) return 1;
    i--;
    j--;
  }
  const position = chainA[i]!.compareDocumentPosition(chainB[j]!);
  if (position & DOCUMENT_POSITION_FOLLOWING) return -1;
  if (position & DOCUMENT_POSITION_PRECEDING) return 1;
  return 0;
}

/** Compares two DOM positions (`node`, `offset`) in the same order as {@link compareTreeOrder}. */
export function comparePositions(nodeA: Node, offsetA: number, nodeB: Node, offsetB: number): number {
  return nodeA === nodeB ? offsetA - offsetB : compareTreeOrder(nodeA, nodeB);
}
