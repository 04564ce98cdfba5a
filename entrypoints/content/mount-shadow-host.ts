import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { EXTENSION_HOST_ATTRIBUTE } from '../../lib/dom/skipped-elements';

/** A mounted shadow host: the container Preact renders into, and the host element itself. */
export interface ShadowHost {
  container: HTMLElement;
  host: HTMLElement;
}

/**
 * Mounts an extension UI in its own closed shadow root (styles isolated both ways, contents out of page scripts' reach) at the end of
 * `<body>`, marked so rescans skip it. Its place outside the page's flow comes from the `:host`
 * rule in card.css (an inline style would lose to WXT's `:host { all: initial !important }`).
 * `onRemove` runs before the container is cleared when `ctx` is invalidated (extension reload).
 */
export async function mountShadowHost(
  ctx: ContentScriptContext,
  name: string,
  onRemove?: () => void,
): Promise<ShadowHost> {
  let mounted: ShadowHost | undefined;
  const ui = await createShadowRootUi(ctx, {
    name,
    // Closed: page scripts get `null` from host.shadowRoot, so they cannot read the card's
    // notes; our isolated world keeps the root WXT hands to onMount.
    mode: 'closed',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount(container, _shadow, host) {
      host.setAttribute(EXTENSION_HOST_ATTRIBUTE, '');
      mounted = { container, host };
    },
    onRemove() {
      onRemove?.();
      if (mounted) render(null, mounted.container);
    },
  });
  ui.mount();
  if (!mounted) throw new Error(`District Lens could not mount ${name}`);
  return mounted;
}
