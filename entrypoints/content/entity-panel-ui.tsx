import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { EntityPanel, type EntityPanelProps } from '../../components/EntityPanel';
import { prepareHost } from './prepare-host';

/** The mounted drawer: show it with the current entities, hide it, tell whether it is open. */
export interface EntityPanelUi {
  show(props: EntityPanelProps): void;
  hide(): void;
  readonly open: boolean;
}

/**
 * Mounts the "entities in this article" drawer in its own shadow root at the end of `<body>`.
 * The same drawer serves Chrome and Firefox, so it works on every page without a side-panel
 * permission; `ctx` removes it when the extension reloads.
 */
export async function mountEntityPanel(ctx: ContentScriptContext): Promise<EntityPanelUi> {
  let container: HTMLElement | undefined;
  let open = false;
  const ui = await createShadowRootUi(ctx, {
    name: 'district-lens-panel',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount(uiContainer, _shadow, host) {
      prepareHost(host);
      container = uiContainer;
    },
    onRemove() {
      if (container) render(null, container);
    },
  });
  ui.mount();
  return {
    show(props) {
      if (!container) return;
      open = true;
      render(<EntityPanel {...props} />, container);
    },
    hide() {
      open = false;
      if (container) render(null, container);
    },
    get open() {
      return open;
    },
  };
}
