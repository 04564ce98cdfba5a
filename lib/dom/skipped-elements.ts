/** Elements whose text is never annotated: code, form fields, navigation and page chrome. */
const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'IFRAME',
  'OBJECT',
  'SVG',
  'MATH',
  'CANVAS',
  'CODE',
  'PRE',
  'NAV',
  'ASIDE',
]);

/** Attribute on the extension's own hosts, so rescans never read the extension's UI. */
export const EXTENSION_HOST_ATTRIBUTE = 'data-district-lens';

/**
 * True when nothing inside `element` should be annotated: scripts and styles, form fields and
 * editable regions (the reader is typing there), navigation, sidebars and the extension's own UI.
 * `tagName`, when the caller has read it already: the element's tag name in upper case.
 */
export function isSkippedElement(element: Element, tagName: string = element.tagName.toUpperCase()): boolean {
  if (SKIPPED_TAGS.has(tagName)) return true;
  // Most elements of an article (<p>, <b>, <span>) have no attributes: one call answers for the
  // four attribute reads below, each a call into the DOM (through Firefox's Xray wrappers, in a
  // content script), for every element of the page.
  if (!element.hasAttributes()) return false;
  if (element.hasAttribute(EXTENSION_HOST_ATTRIBUTE)) return true;
  if (element.getAttribute('aria-hidden') === 'true' || element.hasAttribute('hidden')) return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/**
 * The parent of `node` in the composed tree: its parent node, or the host of the shadow root it
 * is the top of. Null at the document.
 */
export function composedParent(node: Node): Node | null {
  const parent = node.parentNode;
  if (parent && parent.nodeType === 11 && (parent as ShadowRoot).host) return (parent as ShadowRoot).host;
  return parent;
}

/**
 * True when `node` (or one of its ancestors up to, not including, `stopAt`) is a skipped element
 * (see {@link isSkippedElement}); crosses shadow boundaries. Text typed into a form field or an
 * editable region, or the extension's own card, is never read.
 */
export function isInsideSkipped(node: Node, stopAt: Node | null = null): boolean {
  for (let current: Node | null = node; current && current !== stopAt; current = composedParent(current)) {
    if (current.nodeType === 1 && isSkippedElement(current as Element)) return true;
  }
  return false;
}

/** True when `node` is, or lies inside, one of the extension's own hosts (crossing shadow boundaries). */
export function isInsideExtensionHost(node: Node): boolean {
  for (let current: Node | null = node; current; current = composedParent(current)) {
    if (current.nodeType === 1 && (current as Element).hasAttribute(EXTENSION_HOST_ATTRIBUTE)) return true;
  }
  return false;
}
