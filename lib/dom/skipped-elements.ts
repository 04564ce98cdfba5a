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
 */
export function isSkippedElement(element: Element): boolean {
  if (SKIPPED_TAGS.has(element.tagName.toUpperCase())) return true;
  if (element.hasAttribute(EXTENSION_HOST_ATTRIBUTE)) return true;
  if (element.getAttribute('aria-hidden') === 'true' || element.hasAttribute('hidden')) return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}
