import { DISABLED_SITES_KEY, SCAN_SCOPE_KEY, pageSettingsFrom, type PageSettings } from './early-page-settings';

/** The content scripts' shared global where the pushed settings are (see {@link pushPageSettings}). */
const PUSHED_KEY = '__districtLensPushedSettings';

/** The stored values the pushed script carries, raw as in `storage.local`. */
interface PushedValues {
  [DISABLED_SITES_KEY]?: unknown;
  [SCAN_SCOPE_KEY]?: unknown;
}

/**
 * The page's settings for `hostname` from the script the background registered with the current
 * values (Firefox, see {@link pushPageSettings}): there at once, no storage read. Undefined when no
 * such script ran in this frame (Chrome; a page that loaded before the background registered it).
 */
export function pushedPageSettings(hostname: string): PageSettings | undefined {
  const pushed = (globalThis as Record<string, unknown>)[PUSHED_KEY] as PushedValues | undefined;
  if (!pushed) return undefined;
  return pageSettingsFrom(pushed[DISABLED_SITES_KEY], pushed[SCAN_SCOPE_KEY], hostname);
}

/** A script registered with Firefox's `contentScripts.register` (MV2). */
interface RegisteredScript {
  unregister(): Promise<void>;
}

/** The browser APIs {@link pushPageSettings} uses (Firefox's own `browser`). */
export interface PushApi {
  contentScripts: {
    register(options: {
      matches: string[];
      allFrames: boolean;
      runAt: 'document_start';
      js: { code: string }[];
    }): Promise<RegisteredScript>;
  };
  storage: {
    local: { get(keys: string[]): Promise<Record<string, unknown>> };
    onChanged: {
      addListener(listener: (changes: Record<string, unknown>, area: string) => void): void;
      removeListener(listener: (changes: Record<string, unknown>, area: string) => void): void;
    };
  };
}

/** The code of the registered script: the stored values as a literal on the shared global. */
export function pushedSettingsCode(values: PushedValues): string {
  const data: PushedValues = {
    [DISABLED_SITES_KEY]: values[DISABLED_SITES_KEY],
    [SCAN_SCOPE_KEY]: values[SCAN_SCOPE_KEY],
  };
  return `globalThis.${PUSHED_KEY}=${JSON.stringify(data)};`;
}

/**
 * Firefox: keeps a document_start content script registered that carries the reader's page settings
 * (sites switched off, scan scope), so the main script has them at once. Read from `storage.local`
 * in a page, they took 10–20 ms there (more on a loaded machine), and the first highlight waited
 * for them. On a change the old script is unregistered before the new values are read: a page
 * loading meanwhile has none and reads the storage itself, as before. Returns a function that stops
 * (and unregisters).
 */
export function pushPageSettings(api: PushApi, matches: string[]): () => void {
  let registered: Promise<RegisteredScript | undefined> = Promise.resolve(undefined);
  let stopped = false;
  const refresh = () => {
    const previous = registered;
    registered = previous
      .then((script) => script?.unregister())
      .catch(() => undefined)
      .then(() => (stopped ? undefined : api.storage.local.get([DISABLED_SITES_KEY, SCAN_SCOPE_KEY])))
      .then((values) =>
        values && !stopped
          ? api.contentScripts.register({
              matches,
              allFrames: true,
              runAt: 'document_start',
              js: [{ code: pushedSettingsCode(values) }],
            })
          : undefined,
      )
      .catch((error: unknown) => {
        console.warn('District Lens: page settings not pushed:', error instanceof Error ? error.message : error);
        return undefined;
      });
  };
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && (DISABLED_SITES_KEY in changes || SCAN_SCOPE_KEY in changes)) refresh();
  };
  api.storage.onChanged.addListener(onChanged);
  refresh();
  return () => {
    stopped = true;
    api.storage.onChanged.removeListener(onChanged);
    void registered.then((script) => script?.unregister()).catch(() => undefined);
  };
}
