// Shows District Lens doing its main job on a machine with no display: builds the extension,
// loads it into headless Chromium, opens the bundled sample article, rests the pointer on an
// official and writes a screenshot of the page with the card.
//
//   npm run demo -- --screenshot FILE.png     (default: test-results/demo.png)
//   npm run demo -- --no-build                (reuse .output/chrome-mv3)
//
// Installs Chromium and a CJK font first when they are missing (scripts/ensure-browsers.mjs).
import { execSync } from 'node:child_process';
import path from 'node:path';
import { createJiti } from 'jiti';
import { ensureBrowsers } from './ensure-browsers.mjs';
import { SAMPLE_ARTICLE, startFixtureServer } from './fixture-server.mjs';

if (!ensureBrowsers(['chromium', 'font'], { command: 'npm run demo' }).ok) process.exit(1);

const args = process.argv.slice(2);
const flag = (name) => args.indexOf(name);
const screenshot = path.resolve(flag('--screenshot') >= 0 ? args[flag('--screenshot') + 1] : 'test-results/demo.png');

if (flag('--no-build') < 0) execSync('npx wxt build', { stdio: 'inherit' });

// The E2E harness already knows how to start Chromium with the extension: reuse it.
const jiti = createJiti(import.meta.url);
const { launchChromium } = await jiti.import('../tests/e2e/support/chromium-session.ts');
const { hoverMention } = await jiti.import('../tests/e2e/support/page-actions.ts');

const server = await startFixtureServer();
const session = await launchChromium();
try {
  const page = await session.openPage(`${server.origin}/${SAMPLE_ARTICLE}`);
  await page.waitForFunction((name) => CSS.highlights.has(name), 'district-lens-official', 15_000);
  const counts = await page.evaluate(
    (names) => names.map((name) => `${name.replace('district-lens-', '')} ${CSS.highlights.get(name)?.size ?? 0}`),
    ['district-lens-city', 'district-lens-platform', 'district-lens-official', 'district-lens-region'],
  );
  await hoverMention(page, 'district-lens-official', '裘东耀');
  await page.waitFor(['district-lens-card', '.card']);
  await new Promise((resolve) => setTimeout(resolve, 200)); // let the card settle in place
  await page.screenshot(screenshot);
  console.log(`highlighted: ${counts.join(', ')}`);
  console.log(`card: ${(await page.text(['district-lens-card', '.card__header'])).trim()}`);
  console.log(`screenshot: ${screenshot}`);
} finally {
  await session.close();
  await server.close();
}
