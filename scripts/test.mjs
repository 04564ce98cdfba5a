// `npm test`: the unit, DOM and store tests, then the real-browser E2E suite in every browser that
// is installed (Debian's /usr/bin/chromium and /usr/bin/firefox-esr; `npm run setup:browsers`).
// A missing browser is skipped with a clear message, unless DISTRICT_LENS_REQUIRE_E2E=1 (CI),
// which makes it a failure. The last line is `tests: N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const requireE2e = process.env.DISTRICT_LENS_REQUIRE_E2E === '1';
const browsers = [
  {
    name: 'Chromium',
    binary: process.env.CHROMIUM_BIN ?? '/usr/bin/chromium',
    files: [
      'tests/e2e/chromium.e2e.ts',
      'tests/e2e/chromium-cards.e2e.ts',
      'tests/e2e/chromium-notes.e2e.ts',
      'tests/e2e/chromium-network.e2e.ts',
      'tests/e2e/chromium-hostile.e2e.ts',
      'tests/e2e/chromium-reader-layer.e2e.ts',
    ],
  },
  {
    name: 'Firefox ESR',
    binary: process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr',
    files: [
      'tests/e2e/firefox.e2e.ts',
      'tests/e2e/firefox-cards.e2e.ts',
      'tests/e2e/firefox-notes.e2e.ts',
      'tests/e2e/firefox-network.e2e.ts',
      'tests/e2e/firefox-hostile.e2e.ts',
      'tests/e2e/firefox-reader-layer.e2e.ts',
    ],
  },
];

mkdirSync('test-results', { recursive: true });
const totals = { passed: 0, failed: 0 };
let ok = true;

/** Runs vitest with a JSON report next to the usual output and adds its counts to the totals. */
function vitest(label, args, report) {
  console.log(`\n── ${label} ──`);
  const run = spawnSync(
    'npx',
    ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
    {
      stdio: 'inherit',
    },
  );
  if (existsSync(report)) {
    const result = JSON.parse(readFileSync(report, 'utf8'));
    totals.passed += result.numPassedTests;
    totals.failed += result.numFailedTests;
  }
  if (run.status !== 0) ok = false;
}

vitest('unit, DOM and store tests', [], 'test-results/unit.json');

const present = browsers.filter((b) => existsSync(b.binary));
for (const b of browsers.filter((b) => !present.includes(b))) {
  const message = `E2E in ${b.name} SKIPPED: ${b.binary} is not installed (run \`npm run setup:browsers\`).`;
  console.log(`\n${requireE2e ? 'ERROR' : 'NOTE'}: ${message}`);
  if (requireE2e) ok = false;
}
if (present.length > 0) {
  console.log('\n── building the extension for E2E ──');
  const build = spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
  if (build.status !== 0) ok = false;
  else
    vitest(
      `E2E in ${present.map((b) => b.name).join(' and ')}`,
      ['--config', 'vitest.e2e.config.ts', ...present.flatMap((b) => b.files)],
      'test-results/e2e.json',
    );
}

console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed`);
process.exit(ok && totals.failed === 0 ? 0 : 1);
