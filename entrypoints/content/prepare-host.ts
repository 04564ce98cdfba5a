import { EXTENSION_HOST_ATTRIBUTE } from '../../lib/dom/skipped-elements';

/**
 * Marks a shadow host as the extension's, so rescans skip it. Its place outside the page's flow
 * comes from the `:host` rule in card.css (an inline style would lose to WXT's
 * `:host { all: initial !important }` reset).
 */
export function prepareHost(host: HTMLElement): void {
  host.setAttribute(EXTENSION_HOST_ATTRIBUTE, '');
}
