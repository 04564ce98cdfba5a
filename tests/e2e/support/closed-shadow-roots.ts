import type { CDPSession, Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';

/** The attribute the extension puts on its shadow hosts (lib/dom/skipped-elements.ts). */
const HOST_SELECTOR = '[data-district-lens]';

/**
 * Called with a closed shadow root as `this`, in the page's world: gives its host an own
 * `shadowRoot` property so the scenarios' page-world queries can descend into it. Page scripts
 * cannot do this themselves — the root only reaches the page world through the driver's
 * privileged protocol — which is what the hardening E2E checks before anything is exposed.
 */
const EXPOSE_ROOT = `function () {
  const root = this;
  if (Object.getOwnPropertyDescriptor(root.host, 'shadowRoot')) return;
  Object.defineProperty(root.host, 'shadowRoot', { configurable: true, get() { return root; } });
}`;

const cdpSessions = new WeakMap<PlaywrightPage, Promise<CDPSession>>();

/**
 * Chromium: finds the extension's shadow hosts through CDP's DOM domain (which sees closed
 * roots, like DevTools) and exposes each root in the page's main world.
 */
export async function exposeClosedRootsWithCdp(page: PlaywrightPage): Promise<void> {
  let session = cdpSessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page);
    cdpSessions.set(page, session);
  }
  const cdp = await session;
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: HOST_SELECTOR });
  for (const nodeId of nodeIds) {
    const { node } = await cdp.send('DOM.describeNode', { nodeId, depth: 1, pierce: true });
    const shadow = node.shadowRoots?.[0];
    if (!shadow) continue;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    if (!object.objectId) continue;
    await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId, functionDeclaration: EXPOSE_ROOT });
    await cdp.send('Runtime.releaseObject', { objectId: object.objectId });
  }
}

/** The part of puppeteer's (internal) BiDi realm this needs: a raw `script.callFunction`. */
interface RawBidiRealm {
  callFunction(
    functionDeclaration: string,
    awaitPromise: boolean,
    options: Record<string, unknown>,
  ): Promise<{ type: string; result?: SerializedValue }>;
}

interface SerializedValue {
  type: string;
  sharedId?: string;
  value?: unknown;
}

/**
 * Firefox: asks WebDriver BiDi to serialise the extension's hosts with `includeShadowTree: 'all'`
 * (which includes closed roots) and exposes each root in the page's world by its shared id.
 */
export async function exposeClosedRootsWithBidi(page: PuppeteerPage): Promise<void> {
  const frame = page.mainFrame() as unknown as { mainRealm(): { realm: RawBidiRealm } };
  const realm = frame.mainRealm().realm;
  const hosts = await realm.callFunction(
    `() => [...document.querySelectorAll(${JSON.stringify(HOST_SELECTOR)})]`,
    false,
    {
      resultOwnership: 'none',
      serializationOptions: { maxDomDepth: 1, maxObjectDepth: 1, includeShadowTree: 'all' },
    },
  );
  const items = (hosts.result?.value as SerializedValue[] | undefined) ?? [];
  for (const host of items) {
    const shadow = (host.value as { shadowRoot?: SerializedValue | null } | undefined)?.shadowRoot;
    if (!shadow?.sharedId) continue;
    await realm.callFunction(EXPOSE_ROOT, false, { this: { sharedId: shadow.sharedId }, resultOwnership: 'none' });
  }
}
