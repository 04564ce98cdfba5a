// Knowledge-base load benchmark (Node): what the background pays at each start before it can
// detect — Chrome stops an idle extension worker after 30 s, so most articles a reader opens meet
// a fresh background. Each load runs in a fresh Node process, so its code is as cold as a fresh
// worker's: reading + gunzipping the prebuilt tables (public/kb/knowledge-base.bin.gz), decoding
// them, making the detector, and the background's warm-up detection (KnowledgeService.warmUp's
// text). Prints medians of the loads and issue 14's goal (≤ 30 ms from reading the file to a ready
// detector); not a test.
//
//   node bench/kb-load.mjs [--loads N]   (N fresh processes, default 7)
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { gunzipSync } from 'node:zlib';
import { createJiti } from 'jiti';
import { bundleCore } from './bundle.mjs';

const args = process.argv.slice(2);
const TABLES = new URL('../public/kb/knowledge-base.bin.gz', import.meta.url);

if (args[0] === '--child') {
  const warmUpText = args[1];
  const { decodeDetectorTables, detectorOver } = (
    await bundleCore({ detection: ['decodeDetectorTables', 'detectorOver'] })
  ).module;
  const reading = performance.now();
  const bytes = gunzipSync(readFileSync(TABLES));
  const decoding = performance.now();
  const tables = decodeDetectorTables(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length));
  const building = performance.now();
  const detector = detectorOver(tables);
  const warming = performance.now();
  detector.detect(warmUpText);
  const done = performance.now();
  console.log(
    JSON.stringify({
      readMs: decoding - reading,
      decodeMs: building - decoding,
      buildMs: warming - building,
      warmUpMs: done - warming,
    }),
  );
  process.exit(0);
}

const loads = Number(args[args.indexOf('--loads') + 1]) || 7;
const jiti = createJiti(import.meta.url);
const { WARM_UP_TEXT } = await jiti.import('../lib/store/knowledge-service.ts');

const runs = [];
for (let i = 0; i < loads; i++) {
  const out = execFileSync(process.execPath, [new URL(import.meta.url).pathname, '--child', WARM_UP_TEXT], {
    encoding: 'utf8',
  });
  runs.push(JSON.parse(out.trim().split('\n').at(-1)));
}
const median = (f) => {
  const values = runs.map(f).sort((a, b) => a - b);
  return values[Math.floor(values.length / 2)];
};
const spread = (f) => {
  const values = runs.map(f);
  return `${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)}`;
};
const ready = (r) => r.readMs + r.decodeMs + r.buildMs;
const rows = [
  ['read + gunzip the prebuilt tables', (r) => r.readMs],
  ['decode', (r) => r.decodeMs],
  ['make the detector', (r) => r.buildMs],
  ['ready to detect (the three above)', ready],
  ['warm-up detection (the first, cold)', (r) => r.warmUpMs],
  ['ready and warmed up', (r) => ready(r) + r.warmUpMs],
];
console.log(
  `Knowledge-base load, ${loads} fresh Node ${process.version} processes, ${os.cpus()[0]?.model ?? 'cpu'} ×${os.cpus().length}, load average ${os.loadavg()[0].toFixed(1)}; ${(readFileSync(TABLES).length / 1000).toFixed(0)} kB gzipped:`,
);
const width = Math.max(...rows.map(([label]) => label.length));
for (const [label, f] of rows)
  console.log(`  ${label.padEnd(width)}  ${median(f).toFixed(1).padStart(6)} ms  (${spread(f)})`);
const readyMs = median(ready);
console.log(
  `Goal (performance issue): knowledge base ready ≤ 30 ms: ${readyMs.toFixed(1)} ms ${readyMs <= 30 ? '✔' : '✘'}`,
);
