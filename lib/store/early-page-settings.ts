import type { ScanScope } from '../core/settings';

/** What a page needs before it reads anything (see pageSettings in site-settings.ts). */
export interface PageSettings {
  enabled: boolean;
  scope: ScanScope;
}

/** Keys in `storage.local` (WXT's `local:disabledSites` and `local:scanScope` keep their values raw there). */
export const DISABLED_SITES_KEY = 'disabledSites';
export const SCAN_SCOPE_KEY = 'scanScope';

/** The scope of a reader who never chose one. */
export const DEFAULT_SCOPE: ScanScope = 'article';

/** The page's settings for `hostname` from the raw stored values (`undefined`/`null` when unset). */
export function pageSettingsFrom(disabledSites: unknown, scanScope: unknown, hostname: string): PageSettings {
  return {
    enabled: !(Array.isArray(disabledSites) ? (disabledSites as unknown[]) : []).includes(hostname),
    scope: scanScope === 'page' || scanScope === 'article' ? scanScope : DEFAULT_SCOPE,
  };
}

/** The one `storage.local.get` the early read makes; the browser's own API, no polyfill. */
interface LocalArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
}

/** The content scripts' shared global (one isolated world per frame and extension) where the early read waits. */
const EARLY_KEY = '__districtLensEarlySettings';

interface EarlyRead {
  hostname: string;
  settings: Promise<PageSettings>;
  /** Whether the read has finished (either way): set in the task its answer came in. */
  settled: boolean;
}

/**
 * Starts reading the page's settings at document_start, from the tiny early content script: the
 * storage round trip (~30 ms in Chromium when the main script asked at document_end) runs while
 * the page is still loading, and the main script finds it done (see takeEarlyPageSettings).
 * Uses the browser's own `storage.local` (a promise in Chrome MV3 and Firefox) so the early
 * script carries no polyfill. Returns the read (undefined without storage; it may reject).
 */
export function startEarlyPageSettingsRead(hostname: string): Promise<PageSettings> | undefined {
  const api = globalThis as unknown as {
    browser?: { storage?: { local?: LocalArea } };
    chrome?: { storage?: { local?: LocalArea } };
  };
  const local = api.browser?.storage?.local ?? api.chrome?.storage?.local;
  if (!local) return undefined;
  const settings = Promise.resolve()
    .then(() => local.get([DISABLED_SITES_KEY, SCAN_SCOPE_KEY]))
    .then((values) => pageSettingsFrom(values[DISABLED_SITES_KEY], values[SCAN_SCOPE_KEY], hostname));
  const early: EarlyRead = { hostname, settings, settled: false };
  // A failed early read is not an error: the main script reads the settings itself then.
  settings.then(
    () => (early.settled = true),
    () => (early.settled = true),
  );
  (globalThis as Record<string, unknown>)[EARLY_KEY] = early;
  return settings;
}

/**
 * True when the early read for `hostname` has finished already, so awaiting
 * {@link takeEarlyPageSettings} goes on in the current task; false when its answer is still on its
 * way (it then comes back in a task of its own) or there is no such read.
 */
export function earlyPageSettingsSettled(hostname: string): boolean {
  const early = (globalThis as Record<string, unknown>)[EARLY_KEY] as EarlyRead | undefined;
  return early?.hostname === hostname && early.settled;
}

/**
 * The settings the early script started reading for `hostname`, once (the read is forgotten so a
 * later scan reads afresh), or undefined when there is none (the early script did not run, another
 * host, or its read failed — then the caller reads them itself).
 */
export function takeEarlyPageSettings(hostname: string): Promise<PageSettings | undefined> | undefined {
  const shared = globalThis as Record<string, unknown>;
  const early = shared[EARLY_KEY] as EarlyRead | undefined;
  delete shared[EARLY_KEY];
  if (!early || early.hostname !== hostname) return undefined;
  return early.settings.catch(() => undefined);
}
