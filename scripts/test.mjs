// `npm test`: the unit, DOM and store tests, then the real-browser E2E suite in Chromium and
// Firefox ESR (Debian's /usr/bin/chromium and /usr/bin/firefox-esr, or CHROMIUM_BIN / FIREFOX_BIN).
// Missing browsers or CJK font are installed first (scripts/ensure-browsers.mjs); where that is
// impossible the run fails. The E2E half is skipped only when asked:
//
//   npm test -- --skip-e2e      (or DISTRICT_LENS_SKIP_E2E=1) unit, DOM and store tests only
//   npm test -- --skip-unit     the E2E half only
//
// DISTRICT_LENS_REQUIRE_E2E=1 (CI) ignores the opt-out. The last line is `tests: N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureBrowsers } from './ensure-browsers.mjs';

const args = process.argv.slice(2);
for (const arg of args.filter((a) => a !== '--skip-e2e' && a !== '--skip-unit')) {
  console.error(`npm test: unknown option ${arg} (expected --skip-e2e or --skip-unit)`);
  process.exit(2);
}
const requireE2e = process.env.DISTRICT_LENS_REQUIRE_E2E === '1';
const optOut = args.includes('--skip-e2e') || process.env.DISTRICT_LENS_SKIP_E2E === '1';
const skipE2e = optOut && !requireE2e;
const skipUnit = args.includes('--skip-unit');
// Every E2E file, by the browser its name starts with: a new suite (the map's, say) runs without
// being listed here.
const e2eFiles = (browser) =>
  readdirSync('tests/e2e')
    .filter((file) => file.startsWith(browser) && file.endsWith('.e2e.ts'))
    .sort()
    .map((file) => `tests/e2e/${file}`);
const browsers = [
  { id: 'chromium', name: 'Chromium', files: e2eFiles('chromium') },
  { id: 'firefox', name: 'Firefox ESR', files: e2eFiles('firefox') },
];

mkdirSync('test-results', { recursive: true });
const totals = { passed: 0, failed: 0 };
let ok = true;

/** Runs vitest with a JSON report next to the usual output and adds its counts to the totals. */
function vitest(label, options, report) {
  console.log(`\n── ${label} ──`);
  rmSync(report, { force: true });
  const run = spawnSync(
    'npx',
    ['vitest', 'run', ...options, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
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

// Browsers first, so that installing them (and a sudo password prompt) comes before the long part.
let browsersReady = { ok: true, missing: [], problems: [] };
if (!skipE2e) {
  if (optOut) console.log('\nNOTE: DISTRICT_LENS_REQUIRE_E2E=1 overrides the E2E opt-out.');
  browsersReady = ensureBrowsers(['chromium', 'firefox', 'font'], {
    command: 'npm test',
    optOut: requireE2e ? undefined : 'run `npm test -- --skip-e2e` to leave out the real-browser tests',
  });
}

if (!skipUnit) vitest('unit, DOM and store tests', [], 'test-results/unit.json');

if (skipE2e) {
  const how = args.includes('--skip-e2e') ? '--skip-e2e' : 'DISTRICT_LENS_SKIP_E2E=1';
  console.log(`\nE2E SKIPPED (${how}): the real-browser half of the tests did not run.`);
} else {
  const present = browsers.filter((b) => !browsersReady.missing.includes(b.id));
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
  if (!browsersReady.ok) {
    ok = false;
    const absent = browsers.filter((b) => !present.includes(b)).map((b) => b.name);
    const what = absent.length > 0 ? `E2E in ${absent.join(' and ')} did not run` : 'E2E ran without a CJK font';
    // Repeat the reason only when test output has come between it and here.
    const why = skipUnit && present.length === 0 ? ' (see above).' : `. ${browsersReady.problems.join(' ')}`;
    console.log(`\nERROR: ${what}${why}`);
  }
}

console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed`);
process.exit(ok && totals.failed === 0 ? 0 : 1);
