import type { SessionPage } from './session';

/**
 * What a browser driver must provide for {@link deepSessionPage}: page-world evaluation, real
 * input events, and `exposeClosedRoots`, which uses the driver's privileged protocol (CDP or
 * WebDriver BiDi) to hand the page world the extension's closed shadow roots.
 */
export interface PagePrimitives {
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  exposeClosedRoots(): Promise<void>;
  mouseMove(x: number, y: number): Promise<void>;
  mouseClick(x: number, y: number): Promise<void>;
  type(text: string): Promise<void>;
  press(key: string): Promise<void>;
  pressControl(code: string): Promise<void>;
  pressAltShift(code: string): Promise<void>;
  emulateDarkMode(dark: boolean): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

interface DeepQuery {
  levels: readonly string[];
  /** What to do with the element found: just report it, its text, its centre, or focus it. */
  action: 'exists' | 'text' | 'centre' | 'focus';
}

type DeepResult = { found: false } | { found: true; text?: string; x?: number; y?: number };

/**
 * Runs in the page (so it stays self-contained): finds the element matching `levels`, descending
 * one shadow root per level, and acts on it. The extension's roots are closed: the harness made
 * them readable in the page world first ({@link PagePrimitives.exposeClosedRoots}).
 */
async function queryDeep({ levels, action }: DeepQuery): Promise<DeepResult> {
  let scope: ParentNode | null = document;
  let found: Element | null = null;
  for (const selector of levels) {
    found = scope?.querySelector(selector) ?? null;
    scope = found?.shadowRoot ?? found;
  }
  if (!found) return { found: false };
  if (action === 'text') return { found: true, text: found.textContent ?? '' };
  if (action === 'focus') {
    (found as HTMLElement).focus();
    if (found instanceof HTMLInputElement || found instanceof HTMLTextAreaElement) found.select();
    return { found: true };
  }
  if (action === 'centre') {
    // Like Playwright's actionability check: visible, and in the same place for two frames.
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    found.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    const before = found.getBoundingClientRect();
    await frame();
    await frame();
    const rect = found.getBoundingClientRect();
    const stable = rect.x === before.x && rect.y === before.y && rect.width > 0 && rect.height > 0;
    return stable ? { found: true, x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 } : { found: false };
  }
  return { found: true };
}

async function sleep(ms: number) {
  await new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Polls `check` every 100 ms until it returns a value. Errors while polling count as "not yet":
 * a page that is navigating or swapping process throws for a moment; the last error is reported
 * if time runs out.
 */
async function poll<T>(what: string, timeout: number, check: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + timeout;
  let lastError: unknown = null;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() >= deadline) {
      throw new Error(`${what}: not within ${timeout} ms${lastError ? ` (last error: ${String(lastError)})` : ''}`);
    }
    await sleep(100);
  }
}

/**
 * A {@link SessionPage} on top of a driver's primitives, the same for both browsers. Element
 * lookups run as page-world scripts (neither driver's own selectors enter a closed shadow root)
 * and input goes through the driver's real mouse and keyboard, at the element's centre, as a
 * reader's would.
 */
export function deepSessionPage(page: PagePrimitives): SessionPage {
  const find = (levels: readonly string[], action: DeepQuery['action'], timeout = 10_000) =>
    poll(`${levels.join(' » ')} (${action})`, timeout, async () => {
      await page.exposeClosedRoots();
      const result = await page.evaluate(queryDeep, { levels, action });
      return result.found ? result : undefined;
    });

  return {
    evaluate: async (fn, arg) => {
      await page.exposeClosedRoots();
      return page.evaluate(fn, arg);
    },
    evaluateAsPage: (fn, arg) => page.evaluate(fn, arg),
    waitForFunction: async (fn, arg, timeout = 10_000) => {
      await poll('waitForFunction', timeout, async () => {
        await page.exposeClosedRoots();
        return (await page.evaluate(fn, arg)) ? true : undefined;
      });
    },
    mouseMove: (x, y) => page.mouseMove(x, y),
    waitFor: async (levels, timeout) => {
      await find(levels, 'exists', timeout);
    },
    waitForGone: async (levels, timeout = 10_000) => {
      await poll(`${levels.join(' » ')} gone`, timeout, async () => {
        await page.exposeClosedRoots();
        return (await page.evaluate(queryDeep, { levels, action: 'exists' })).found ? undefined : true;
      });
    },
    text: async (levels) => (await find(levels, 'text')).text ?? '',
    fill: async (levels, value) => {
      await find(levels, 'focus');
      await page.type(value);
    },
    click: async (levels) => {
      const { x, y } = await find(levels, 'centre');
      await page.mouseClick(x!, y!);
    },
    press: (key) => page.press(key),
    pressControl: (code) => page.pressControl(code),
    pressAltShift: (code) => page.pressAltShift(code),
    emulateDarkMode: (dark) => page.emulateDarkMode(dark),
    setViewport: (width, height) => page.setViewport(width, height),
    screenshot: (file) => page.screenshot(file),
    close: () => page.close(),
  };
}
