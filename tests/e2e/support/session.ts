/**
 * What the E2E scenarios need from a browser with the built extension loaded, so the same
 * scenario runs in Chromium (playwright-core) and Firefox (puppeteer-core over WebDriver BiDi).
 */
export interface ExtensionSession {
  /** Which browser this is, for messages and screenshot names. */
  readonly name: 'chromium' | 'firefox';
  /** The colour schemes this session can show (a Firefox session has the one it started with). */
  readonly colorSchemes: readonly ('light' | 'dark')[];
  /** Opens a new tab at `url` and waits for it to load. */
  openPage(url: string): Promise<SessionPage>;
  /** Opens one of the extension's own pages, e.g. `/notes.html`, and waits for `readySelector`. */
  openExtensionPage(path: string, readySelector: string): Promise<SessionPage>;
  /** Runs `trigger`, which opens a new tab at an address starting with `urlPrefix`, and returns that tab once loaded. */
  waitForNewPage(urlPrefix: string, trigger: () => Promise<void>): Promise<SessionPage>;
  /** Runs `trigger` and returns the name and text of the file it downloads. */
  download(trigger: () => Promise<void>): Promise<{ fileName: string; text: string }>;
  close(): Promise<void>;
}

/**
 * A tab. Selectors are lists of CSS selectors, one per shadow-root level: `['district-lens-card',
 * '.card']` is `.card` inside the card host's shadow root.
 */
export interface SessionPage {
  /** Runs `fn` in the page's world, after making the extension's closed shadow roots readable there. */
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /**
   * Runs `fn` in the page's world exactly as the page's own scripts would: nothing is exposed
   * first. Once {@link evaluate} or a selector helper ran on this tab, the roots stay exposed.
   */
  evaluateAsPage<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  waitForFunction<A>(fn: (arg: A) => boolean, arg: A, timeoutMs?: number): Promise<void>;
  mouseMove(x: number, y: number): Promise<void>;
  waitFor(selector: readonly string[], timeoutMs?: number): Promise<void>;
  waitForGone(selector: readonly string[], timeoutMs?: number): Promise<void>;
  text(selector: readonly string[]): Promise<string>;
  fill(selector: readonly string[], value: string): Promise<void>;
  click(selector: readonly string[]): Promise<void>;
  press(key: string): Promise<void>;
  /** Presses `code` (a KeyboardEvent.code such as `KeyC`) with Control held. */
  pressControl(code: string): Promise<void>;
  /** Presses `code` (a KeyboardEvent.code such as `KeyN`) with Alt+Shift held. */
  pressAltShift(code: string): Promise<void>;
  /**
   * Switches `prefers-color-scheme` to dark or back to light. Only for the schemes in
   * {@link ExtensionSession.colorSchemes}: Firefox over BiDi cannot switch at run time.
   */
  emulateDarkMode(dark: boolean): Promise<void>;
  /** Resizes the tab's viewport (a side panel is a narrow column). */
  setViewport(width: number, height: number): Promise<void>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}
