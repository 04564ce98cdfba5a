import { afterEach, describe, expect, it, vi } from 'vitest';
import { wakeBackground } from '../../lib/store/early-background-wake';
import {
  earlyPageSettingsSettled,
  pageSettingsFrom,
  startEarlyPageSettingsRead,
  takeEarlyPageSettings,
} from '../../lib/store/early-page-settings';

describe('the early settings read', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('hands the main script the settings read at document_start, once', async () => {
    const get = vi.fn(async () => ({ disabledSites: ['news.example'], scanScope: 'page' }));
    vi.stubGlobal('chrome', { storage: { local: { get } } });
    vi.stubGlobal('browser', undefined);
    startEarlyPageSettingsRead('news.example');
    // Still on its way in this task: the main script's await will go on in the task of its answer.
    expect(earlyPageSettingsSettled('news.example')).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(earlyPageSettingsSettled('news.example')).toBe(true);
    expect(earlyPageSettingsSettled('other.example')).toBe(false);
    await expect(takeEarlyPageSettings('news.example')).resolves.toEqual({ enabled: false, scope: 'page' });
    expect(get).toHaveBeenCalledTimes(1);
    // Taken once: a later scan reads afresh.
    expect(takeEarlyPageSettings('news.example')).toBeUndefined();
  });

  it('gives nothing for another host or a failed read, so the main script reads itself', async () => {
    vi.stubGlobal('browser', undefined);
    vi.stubGlobal('chrome', { storage: { local: { get: async () => Promise.reject(new Error('gone')) } } });
    startEarlyPageSettingsRead('a.example');
    expect(takeEarlyPageSettings('b.example')).toBeUndefined();
    startEarlyPageSettingsRead('a.example');
    await expect(takeEarlyPageSettings('a.example')).resolves.toBeUndefined();
  });

  it('returns the read, so the early script can wake the background only where District Lens is on', async () => {
    const get = vi.fn(async () => ({ disabledSites: ['off.example'] }));
    vi.stubGlobal('chrome', { storage: { local: { get } } });
    vi.stubGlobal('browser', undefined);
    await expect(startEarlyPageSettingsRead('off.example')).resolves.toEqual({ enabled: false, scope: 'article' });
    await expect(startEarlyPageSettingsRead('on.example')).resolves.toEqual({ enabled: true, scope: 'article' });
    vi.stubGlobal('chrome', {});
    expect(startEarlyPageSettingsRead('on.example')).toBeUndefined();
  });

  it('wakes the background with one kb:wake message, and never throws', async () => {
    const sendMessage = vi.fn(async () => ({ ok: true, value: null }));
    vi.stubGlobal('browser', undefined);
    vi.stubGlobal('chrome', { runtime: { sendMessage } });
    wakeBackground();
    expect(sendMessage).toHaveBeenCalledWith({ type: 'kb:wake' });
    // No background to answer (being reloaded), or no extension context at all: no error either.
    vi.stubGlobal('chrome', { runtime: { sendMessage: async () => Promise.reject(new Error('gone')) } });
    expect(() => wakeBackground()).not.toThrow();
    vi.stubGlobal('chrome', {
      runtime: {
        sendMessage: () => {
          throw new Error('Extension context invalidated.');
        },
      },
    });
    expect(() => wakeBackground()).not.toThrow();
    vi.stubGlobal('chrome', undefined);
    expect(() => wakeBackground()).not.toThrow();
  });

  it('reads unset values as on, article scope', () => {
    expect(pageSettingsFrom(undefined, null, 'x.example')).toEqual({ enabled: true, scope: 'article' });
    expect(pageSettingsFrom(['y.example'], 'article', 'x.example')).toEqual({ enabled: true, scope: 'article' });
  });
});
