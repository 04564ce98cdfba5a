import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/** Port of the static server `npm start` runs for the bundled sample pages. */
const SAMPLE_PORT = Number(process.env.DISTRICT_LENS_SAMPLE_PORT ?? 5174);

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
    // JSON imports (the English messages) as JSON.parse('…'): a string is far cheaper for V8 to
    // compile than the same data as an object literal, and the content script compiles on every page.
    json: { stringify: true },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    default_locale: 'en',
    description: '__MSG_extDescription__',
    // storage: the reader's settings (sites switched off, scan scope) in storage.local. Notes live
    // in the extension's own IndexedDB (no permission needed), exports download through a link.
    // scripting: the page's UI script is injected into a page when its main script asks, over the
    // host permissions WXT derives from that script's matches (the main script's own sites, so no
    // new prompt; Firefox MV2 lists them under permissions).
    // README › Permissions explains each.
    permissions: ['storage', 'unlimitedStorage', 'contextMenus', 'scripting'],
    // Keyboard commands; the reader can rebind them in the browser's shortcut settings.
    commands: {
      'toggle-highlights': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_commandToggle__',
      },
      'toggle-entity-panel': {
        suggested_key: { default: 'Alt+Shift+E' },
        description: '__MSG_openPanel__',
      },
    },
    action: { default_title: '__MSG_extName__' },
    // No web_accessible_resources: the knowledge base is read by the background only, so pages
    // have no extension URL to probe.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'district-lens@district-lens.invalid',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : { minimum_chrome_version: '105' }),
  }),
  // Firefox's review needs the sources that build the add-on, not local test output.
  zip: { excludeSources: ['test-results/**', '.scratch/**'] },
  hooks: {
    // Highlight styles must apply to the page's own document, not the card's shadow root, so
    // they ship as a manifest content-script stylesheet (no <style> element in the page).
    'build:manifestGenerated': (_wxt, manifest) => {
      // Only with the main script: the early settings script (document_start) paints nothing.
      for (const script of manifest.content_scripts ?? [])
        if (script.js?.some((file) => file.endsWith('/content.js')))
          script.css = [...(script.css ?? []), 'highlights.css'];
    },
  },
  webExt: {
    // Debian's browsers, as `npm start` installs them; CHROMIUM_BIN / FIREFOX_BIN as in the tests.
    binaries: {
      chrome: process.env.CHROMIUM_BIN ?? '/usr/bin/chromium',
      firefox: process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr',
    },
    startUrls: [`http://127.0.0.1:${SAMPLE_PORT}/hongqiao-yrd-cooperation.zh-Hans.html`],
    chromiumArgs: [
      '--no-first-run',
      '--disable-background-networking',
      '--disable-sync',
      // Chromium refuses to start as root (containers, CI) without this.
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
  },
});
