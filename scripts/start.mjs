// `npm start`: serves the bundled sample pages on 127.0.0.1 and runs WXT in dev mode, which opens
// a browser with the extension loaded on the sample article and reloads it as you edit.
//
//   npm start                  Chromium (/usr/bin/chromium)
//   npm start -- -b firefox    Firefox ESR (/usr/bin/firefox-esr)
//
// Installs the browser and a CJK font first when they are missing (scripts/ensure-browsers.mjs).
// Needs a display. On a machine without one, `npm run demo` shows the same headless.
import { spawn } from 'node:child_process';
import { ensureBrowsers } from './ensure-browsers.mjs';
import { SAMPLE_ARTICLE, startFixtureServer } from './fixture-server.mjs';

/** The browser WXT will open: `-b NAME`, `--browser NAME` or `--browser=NAME`, Chrome by default. */
function targetBrowser(args) {
  for (const [i, arg] of args.entries()) {
    if (arg === '-b' || arg === '--browser') return args[i + 1] ?? 'chrome';
    const inline = /^(?:-b|--browser)=(.*)$/u.exec(arg);
    if (inline) return inline[1];
  }
  return 'chrome';
}

// wxt.config.ts gives WXT Debian's Chromium for `chrome` and Firefox ESR for `firefox`; any other
// browser is WXT's own business.
const target = targetBrowser(process.argv.slice(2));
const browser = target === 'chrome' ? 'chromium' : target.startsWith('firefox') ? 'firefox' : undefined;
if (browser && !ensureBrowsers([browser, 'font'], { command: 'npm start' }).ok) process.exit(1);

const port = Number(process.env.DISTRICT_LENS_SAMPLE_PORT ?? 5174);
const server = await startFixtureServer({ port });
console.log(`Sample pages: ${server.origin}/${SAMPLE_ARTICLE}`);
if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.warn('No display found: the browser WXT opens will fail to start. Try `npm run demo` instead.');
}

const wxt = spawn('npx', ['wxt', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, DISTRICT_LENS_SAMPLE_PORT: String(port) },
});
const stop = () => wxt.kill('SIGINT');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
wxt.on('exit', async (code) => {
  await server.close();
  process.exit(code ?? 0);
});
