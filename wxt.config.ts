import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/** Port of the static server `npm start` runs for the bundled sample pages. */
const SAMPLE_PORT = Number(process.env.DISTRICT_LENS_SAMPLE_PORT ?? 5174);

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'District Lens',
    description:
      'Spots cities, platforms and officials in Chinese district news, explains them on hover and keeps your notes — all on your machine.',
    // storage: the notes database lives in the extension's own IndexedDB; declaring it also
    // keeps Firefox from evicting it. No host permissions beyond the content script's matches.
    permissions: ['storage'],
    action: { default_title: 'District Lens' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'district-lens@district-lens.invalid',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : { minimum_chrome_version: '105' }),
  }),
  hooks: {
    // Highlight styles must apply to the page's own document, not the card's shadow root, so
    // they ship as a manifest content-script stylesheet (no <style> element in the page).
    'build:manifestGenerated': (_wxt, manifest) => {
      for (const script of manifest.content_scripts ?? []) script.css = [...(script.css ?? []), 'highlights.css'];
    },
  },
  webExt: {
    binaries: { chrome: '/usr/bin/chromium', firefox: '/usr/bin/firefox-esr' },
    startUrls: [`http://127.0.0.1:${SAMPLE_PORT}/hongqiao-yrd-cooperation.zh-Hans.html`],
    chromiumArgs: ['--no-first-run', '--disable-background-networking', '--disable-sync'],
  },
});
