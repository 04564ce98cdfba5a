import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { providePageUi, whenPageUi, type PageUi } from '../../entrypoints/content/page-ui';
import { LOAD_PAGE_UI, listenForPageUiLoads, loadPageUi, type InjectionTarget } from '../../lib/store/page-ui-loader';

/** A stand-in for the UI script's functions (only their identity matters here). */
const ui = {} as PageUi;

/** The realm-wide slot whenPageUi and providePageUi share, emptied between tests. */
const resetSlot = () => delete (globalThis as Record<symbol, unknown>)[Symbol.for('district-lens:page-ui')];

beforeEach(() => {
  fakeBrowser.reset();
  resetSlot();
});
afterEach(() => {
  vi.restoreAllMocks();
  resetSlot();
});

describe('loadPageUi (background)', () => {
  it('injects the UI script into the frame that asked', async () => {
    const targets: InjectionTarget[] = [];
    const loaded = await loadPageUi(async (target) => targets.push(target), { tab: { id: 7 }, frameId: 3 });
    expect(loaded).toBe(true);
    expect(targets).toEqual([{ tabId: 7, frameIds: [3] }]);
  });

  it('answers false, without injecting, for a sender that is no tab (an extension page)', async () => {
    const inject = vi.fn(async () => undefined);
    expect(await loadPageUi(inject, {})).toBe(false);
    expect(await loadPageUi(inject, undefined)).toBe(false);
    expect(inject).not.toHaveBeenCalled();
  });

  it('answers false when the browser refuses the frame, and says why', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const loaded = await loadPageUi(
      async () => {
        throw new Error('Cannot access contents of the page');
      },
      { tab: { id: 7 } },
    );
    expect(loaded).toBe(false);
    expect(warn.mock.calls[0]?.join(' ')).toMatch(/page UI could not be loaded.*Cannot access/);
  });

  it('answers only its own message', async () => {
    const inject = vi.fn(async () => undefined);
    listenForPageUiLoads(inject);
    fakeBrowser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
      if ((message as { type?: string }).type !== 'page:ping') return undefined;
      sendResponse('pong');
      return true;
    });
    expect(await fakeBrowser.runtime.sendMessage({ type: 'page:ping' })).toBe('pong');
    // The fake browser's messages come from no tab: nothing to inject into.
    expect(await fakeBrowser.runtime.sendMessage({ type: LOAD_PAGE_UI })).toBe(false);
    expect(inject).not.toHaveBeenCalled();
  });
});

describe('whenPageUi (content script)', () => {
  /** Answers LOAD_PAGE_UI with `answer`, counting the requests. */
  function backgroundAnswering(answer: boolean) {
    const asked = vi.fn();
    fakeBrowser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
      if ((message as { type?: string }).type !== LOAD_PAGE_UI) return undefined;
      asked();
      sendResponse(answer);
      return true;
    });
    return asked;
  }
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

  it('asks the background for the UI script once, however many wait for it', async () => {
    const asked = backgroundAnswering(true);
    const first = whenPageUi();
    const second = whenPageUi();
    await settle();
    expect(asked).toHaveBeenCalledTimes(1);
    providePageUi(ui); // what the injected script does when it runs
    expect(await first).toBe(ui);
    expect(await second).toBe(ui);
  });

  it('does not ask when the UI script has already run', async () => {
    const asked = backgroundAnswering(true);
    providePageUi(ui);
    expect(await whenPageUi()).toBe(ui);
    await settle();
    expect(asked).not.toHaveBeenCalled();
  });

  it('asks again on the next need after the background could not inject it', async () => {
    const asked = backgroundAnswering(false);
    void whenPageUi();
    await settle();
    void whenPageUi();
    await settle();
    expect(asked).toHaveBeenCalledTimes(2);
  });

  it('keeps the first copy of the UI script when a second one runs in the frame', async () => {
    const second = {} as PageUi;
    providePageUi(ui);
    const withdrawSecond = providePageUi(second); // asked for again, injected again
    expect(await whenPageUi()).toBe(ui);
    withdrawSecond();
    expect(await whenPageUi()).toBe(ui);
  });
});
