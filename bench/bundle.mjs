// Shared by the Node benchmarks: lib/core bundled as the extension ships it, and a timer.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'rolldown';

const ROOT = path.resolve(import.meta.dirname, '..');

/**
 * Bundles `exports` of lib/core's domains the way the extension's build does (one minified ES
 * module, rolldown being the bundler under WXT's Vite) and imports it. `exports` maps a domain
 * (`detection`) to the names it gives (`['createDetector']`). Returns the module and its size in
 * bytes. The bundle is written under the project's own .output (git-ignored), from where the
 * packages it imports (d3, topojson) resolve, and removed after: node_modules may be a link to a
 * checkout shared with others, which a bench should not write into.
 */
export async function bundleCore(exports) {
  mkdirSync(path.join(ROOT, '.output'), { recursive: true });
  const dir = mkdtempSync(path.join(ROOT, '.output/bench-bundle-'));
  const entry = path.join(dir, 'entry.ts');
  writeFileSync(
    entry,
    Object.entries(exports)
      .map(([domain, names]) => {
        const from = JSON.stringify(path.join(ROOT, 'lib/core', domain, 'index.ts'));
        return `export { ${names.join(', ')} } from ${from};`;
      })
      .join('\n'),
  );
  const file = path.join(dir, 'bundle.mjs');
  try {
    await build({
      input: entry,
      platform: 'neutral',
      logLevel: 'silent',
      output: { file, format: 'esm', minify: true },
    });
    return { module: await import(pathToFileURL(file).href), bytes: readFileSync(file).length };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Milliseconds of `runs` calls of `fn`: the median, and the first call's (a cold start). */
export function timeRuns(fn, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  const first = times[0];
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], first };
}
