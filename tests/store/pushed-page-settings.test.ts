import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  pushPageSettings,
  pushedPageSettings,
  pushedSettingsCode,
  type PushApi,
} from '../../lib/store/pushed-page-settings';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Firefox's APIs as pushPageSettings uses them: a storage.local, its onChanged, contentScripts.register. */
function fakeFirefox(stored: Record<string, unknown>) {
  const listeners = new Set<(changes: Record<string, unknown>, area: string) => void>();
  const live: string[] = [];
  const log: string[] = [];
  const api: PushApi = {
    contentScripts: {
      register: vi.fn(async ({ js }) => {
        const code = js[0]!.code;
        live.push(code);
        log.push(`register ${code}`);
        return {
          unregister: async () => {
            live.splice(live.indexOf(code), 1);
            log.push('unregister');
          },
        };
      }),
    },
    storage: {
      local: { get: async (keys) => Object.fromEntries(keys.filter((k) => k in stored).map((k) => [k, stored[k]])) },
      onChanged: { addListener: (l) => listeners.add(l), removeListener: (l) => listeners.delete(l) },
    },
  };
  const change = (values: Record<string, unknown>, area = 'local') => {
    Object.assign(stored, values);
    for (const listener of listeners) listener(Object.fromEntries(Object.keys(values).map((k) => [k, {}])), area);
  };
  return { api, live, log, change, listeners };
}

describe('pushed page settings (Firefox)', () => {
  afterEach(() => delete (globalThis as Record<string, unknown>).__districtLensPushedSettings);

  it('registers one document_start script with the stored values, and the page reads them at once', async () => {
    const firefox = fakeFirefox({ disabledSites: ['off.example'], scanScope: 'page' });
    pushPageSettings(firefox.api, ['http://*/*']);
    await settle();
    expect(firefox.live).toHaveLength(1);
    expect(firefox.api.contentScripts.register).toHaveBeenCalledWith(
      expect.objectContaining({ matches: ['http://*/*'], allFrames: true, runAt: 'document_start' }),
    );
    // What the registered code does in a page.
    new Function(firefox.live[0]!)();
    expect(pushedPageSettings('off.example')).toEqual({ enabled: false, scope: 'page' });
    expect(pushedPageSettings('on.example')).toEqual({ enabled: true, scope: 'page' });
  });

  it('gives nothing where no script was pushed, so the page reads the storage itself', () => {
    expect(pushedPageSettings('any.example')).toBeUndefined();
  });

  it('unregisters the old values before registering the new ones when a setting changes', async () => {
    const firefox = fakeFirefox({});
    pushPageSettings(firefox.api, ['http://*/*']);
    await settle();
    firefox.change({ disabledSites: ['news.example'] });
    await settle();
    expect(firefox.log).toEqual([
      `register ${pushedSettingsCode({})}`,
      'unregister',
      `register ${pushedSettingsCode({ disabledSites: ['news.example'] })}`,
    ]);
    expect(firefox.live).toHaveLength(1);
    // Other keys and other areas leave the script as it is.
    firefox.change({ somethingElse: 1 });
    firefox.change({ scanScope: 'page' }, 'sync');
    await settle();
    expect(firefox.log).toHaveLength(3);
  });

  it('stops listening and unregisters when stopped', async () => {
    const firefox = fakeFirefox({});
    const stop = pushPageSettings(firefox.api, ['http://*/*']);
    await settle();
    stop();
    await settle();
    expect(firefox.live).toHaveLength(0);
    expect(firefox.listeners.size).toBe(0);
  });
});
