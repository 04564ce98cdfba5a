import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { EntityPanel, type EntityPanelProps } from '../../components/EntityPanel';
import { mountShadowHost } from './mount-shadow-host';

/** The mounted drawer: show it with the current entities, hide it, tell whether it is open. */
export interface EntityPanelUi {
  show(props: EntityPanelProps): void;
  hide(): void;
  readonly open: boolean;
  /** The element inside the drawer's shadow root (where a copy fallback may put its textarea). */
  readonly host: Element;
}

/**
 * Mounts the "entities in this article" drawer in its own shadow root at the end of `<body>`.
 * The same drawer serves Chrome and Firefox, so it works on every page without a side-panel
 * permission; `ctx` removes it when the extension reloads.
 */
export async function mountEntityPanel(ctx: ContentScriptContext): Promise<EntityPanelUi> {
  const { container } = await mountShadowHost(ctx, 'district-lens-panel');
  let open = false;
  return {
    show(props) {
      open = true;
      render(<EntityPanel {...props} />, container);
    },
    hide() {
      open = false;
      render(null, container);
    },
    get open() {
      return open;
    },
    host: container,
  };
}
