import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  getScanScope,
  isSiteEnabled,
  setScanScope,
  setSiteEnabled,
  watchSiteEnabled,
} from '../../lib/store/site-settings';

describe('site settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('has District Lens on everywhere until the reader switches a site off', async () => {
    expect(await isSiteEnabled('news.example.cn')).toBe(true);
    await setSiteEnabled('news.example.cn', false);
    expect(await isSiteEnabled('news.example.cn')).toBe(false);
    expect(await isSiteEnabled('other.example.cn')).toBe(true);
    await setSiteEnabled('news.example.cn', true);
    expect(await isSiteEnabled('news.example.cn')).toBe(true);
  });

  it('tells open tabs of the site when the switch changes', async () => {
    const onChange = vi.fn();
    const stop = watchSiteEnabled('news.example.cn', onChange);
    await setSiteEnabled('news.example.cn', false);
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledWith(false));
    stop();
  });

  it('scans the article by default and remembers the whole-page choice', async () => {
    expect(await getScanScope()).toBe('article');
    await setScanScope('page');
    expect(await getScanScope()).toBe('page');
  });
});
