// `npm start`: serves the bundled sample pages on 127.0.0.1 and runs WXT in dev mode, which opens
// a browser with the extension loaded on the sample article and reloads it as you edit.
//
//   npm start                  Chromium (/usr/bin/chromium)
//   npm start -- -b firefox    Firefox ESR (/usr/bin/firefox-esr)
//
// Needs a display. On a machine without one, `npm run demo` shows the same headless.
import { spawn } from 'node:child_process';
import { SAMPLE_ARTICLE, startFixtureServer } from './fixture-server.mjs';

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
