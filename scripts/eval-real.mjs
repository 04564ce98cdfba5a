// `npm run eval:real`: scores detection on the real-page evaluation set (tests/real-pages) with
// ../shared/eval/score.mjs, then prints the scores per entity type and per form of the page text
// (simplified / traditional / pinyin), with the same matching rules as score.mjs.
//
//   npm run eval:real
//   npm run eval:real -- --min-recall 0.97 --min-precision 0.97   (exit 1 when not met)
//   npm run eval:real -- --jobs 4                                  (pages scanned at once)
//   npm run eval:real -- --only "held out 2026-12-07"              (pages whose sources.json find has it)
//   npm run eval:real -- --skip "held out 2026-12-07"              (pages whose find lacks it)
//
// Every page is scanned once (scripts/scan.mjs, what `npm run scan` runs); score.mjs then reads the
// saved output through its --scan option, for the whole set and for each form. The pages themselves
// are git-ignored: tests/real-pages/README.md says how to rebuild them.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const setDir = path.join(root, 'tests', 'real-pages');
const pagesDir = path.join(setDir, 'pages');
const goldFile = path.join(setDir, 'gold.json');
const scoreScript = path.resolve(root, '..', 'shared', 'eval', 'score.mjs');
const scanScript = path.join(root, 'scripts', 'scan.mjs');
const FORMS = ['simplified', 'traditional', 'pinyin'];
const TYPES = ['city', 'platform', 'official'];

const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const jobs = Math.max(1, Number(option('jobs') ?? os.availableParallelism?.() ?? 2));

const gold = JSON.parse(fs.readFileSync(goldFile, 'utf8')).articles;
const sources = JSON.parse(fs.readFileSync(path.join(setDir, 'sources.json'), 'utf8')).pages;
const formOf = new Map(sources.map((s) => [s.name, s.form]));

const present = fs.existsSync(pagesDir) ? fs.readdirSync(pagesDir).filter((f) => f.endsWith('.html')) : [];
// --only / --skip score a batch alone (e.g. a held-out batch, by the note in its `find`).
const only = option('only');
const skip = option('skip');
const chosen = sources.filter(
  (s) => (only === undefined || s.find.includes(only)) && (skip === undefined || !s.find.includes(skip)),
);
const pages = chosen.filter((s) => present.includes(`${s.name}.html`)).map((s) => s.name);
if (pages.length === 0) {
  console.error(
    [
      `eval:real: no pages in ${path.relative(root, pagesDir)}/ — the page text is git-ignored and must be rebuilt first:`,
      '  1. for each page in tests/real-pages/sources.json, run its "query" with the search tool on the pages corpus',
      '     and take the result whose address is its "url" ("find" says which result it is);',
      "  2. save that result's excerpt text to a file and run: node scripts/real-page.mjs NAME < excerpt.txt",
      '     (it writes tests/real-pages/pages/NAME.html, one <p> per line of the excerpt);',
      '  3. run npm run eval:real again. Details: tests/real-pages/README.md',
    ].join('\n'),
  );
  process.exit(2);
}
const missing = chosen.filter((s) => !pages.includes(s.name)).map((s) => s.name);
if (missing.length > 0) {
  console.warn(
    `eval:real: ${missing.length} of ${chosen.length} pages missing (scored without them): ${missing.join(', ')}`,
  );
}
if (!fs.existsSync(scoreScript)) {
  console.error(`eval:real: ${scoreScript} not found (it lives in shared/, beside this repository)`);
  process.exit(2);
}

// Scan every page once, a few at a time; keep each page's JSON (or its error) in a temporary folder.
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'district-lens-real-'));
const scanOne = (name) =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, [scanScript, path.join(pagesDir, `${name}.html`)], { cwd: root });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => {
      if (code === 0) fs.writeFileSync(path.join(work, `${name}.json`), out);
      else fs.writeFileSync(path.join(work, `${name}.err`), err || `scan exited with ${code}`);
      resolve();
    });
  });
const queue = [...pages];
await Promise.all(
  Array.from({ length: Math.min(jobs, queue.length) }, async () => {
    while (queue.length > 0) await scanOne(queue.shift());
  }),
);
const failed = pages.filter((name) => fs.existsSync(path.join(work, `${name}.err`)));
for (const name of failed) {
  const first = fs
    .readFileSync(path.join(work, `${name}.err`), 'utf8')
    .trim()
    .split('\n')[0];
  console.warn(`eval:real: scan of ${name} failed: ${first}`);
}

// score.mjs runs `<scan> "<page path>"`: this command prints the saved output of that page.
const replay = path.join(work, 'replay.mjs');
fs.writeFileSync(
  replay,
  [
    "import fs from 'node:fs';",
    "import path from 'node:path';",
    "const name = path.basename(process.argv[2], '.html');",
    `const base = path.join(${JSON.stringify(work)}, name);`,
    "if (fs.existsSync(base + '.json')) process.stdout.write(fs.readFileSync(base + '.json', 'utf8'));",
    "else { process.stderr.write(fs.existsSync(base + '.err') ? fs.readFileSync(base + '.err', 'utf8') : 'not scanned'); process.exit(1); }",
    '',
  ].join('\n'),
);
const score = (dir) =>
  spawnSync(
    process.execPath,
    [
      scoreScript,
      '--gold',
      goldFile,
      '--pages',
      dir,
      '--scan',
      `${JSON.stringify(process.execPath)} ${JSON.stringify(replay)}`,
      ...['min-recall', 'min-precision'].flatMap((k) => (option(k) ? [`--${k}`, option(k)] : [])),
    ],
    { cwd: root, encoding: 'utf8' },
  );

console.log(`== score.mjs on ${pages.length} real pages (${path.relative(root, pagesDir)}/)`);
// score.mjs scores every page of a folder: a batch gets a folder of links to its pages.
const linkDir = (dir, names) => {
  fs.mkdirSync(dir);
  for (const name of names) fs.symlinkSync(path.join(pagesDir, `${name}.html`), path.join(dir, `${name}.html`));
  return dir;
};
const whole = score(pages.length === present.length ? pagesDir : linkDir(path.join(work, 'chosen'), pages));
process.stdout.write(whole.stdout);
process.stderr.write(whole.stderr);

console.log('\n== score.mjs per form');
for (const form of FORMS) {
  const names = pages.filter((name) => formOf.get(name) === form);
  if (names.length === 0) continue;
  const last = score(linkDir(path.join(work, form), names))
    .stdout.trim()
    .split('\n')
    .at(-1);
  console.log(`${form.padEnd(11)} (${String(names.length).padStart(2)} pages) ${last}`);
}

// The same matching rules as score.mjs, counted per type and per form (precision per type too).
const clean = (s) =>
  String(s ?? '')
    .normalize('NFKC')
    .replace(/[\s\u3000]/g, '');
const tally = () => ({ req: {}, hit: {}, pred: {}, fp: {}, roleReq: 0, roleHit: 0 });
const add = (obj, key, n = 1) => (obj[key] = (obj[key] ?? 0) + n);
const byForm = Object.fromEntries([...FORMS, 'all'].map((f) => [f, tally()]));
for (const name of pages) {
  if (failed.includes(name)) continue;
  const g = gold[name];
  const preds = (JSON.parse(fs.readFileSync(path.join(work, `${name}.json`), 'utf8')).entities ?? []).filter((p) =>
    TYPES.includes(p.type),
  );
  const matches = (entry, p) =>
    (entry.type === 'any' || entry.type === p.type) && entry.names.map(clean).includes(clean(p.name));
  for (const t of [byForm[formOf.get(name)], byForm.all]) {
    for (const r of g.required) {
      add(t.req, r.type);
      const found = preds.filter((p) => matches(r, p));
      if (found.length === 0) continue;
      add(t.hit, r.type);
      if (r.roles) {
        t.roleReq++;
        const said = found.flatMap((p) => p.roles ?? []).join(' ');
        if (r.roles.every((word) => said.includes(word))) t.roleHit++;
      }
    }
    const forbidden = new Set((g.forbidden ?? []).map(clean));
    for (const p of preds) {
      add(t.pred, p.type);
      const ok = !forbidden.has(clean(p.name)) && [...g.required, ...(g.optional ?? [])].some((e) => matches(e, p));
      if (!ok) add(t.fp, p.type);
    }
  }
}
const sum = (obj) => Object.values(obj).reduce((a, b) => a + b, 0);
const ratio = (a, b) => (b ? (a / b).toFixed(2) : '  - ');
const cell = (a, b) => `${ratio(a, b)} (${a}/${b})`.padEnd(16);
console.log('\n== recall per type and form (required entities found; "any" entries count in all only)');
console.log(`${'form'.padEnd(12)}${[...TYPES, 'all'].map((t) => t.padEnd(16)).join('')}roles`);
for (const form of [...FORMS, 'all']) {
  const t = byForm[form];
  const cells = TYPES.map((type) => cell(t.hit[type] ?? 0, t.req[type] ?? 0));
  console.log(
    `${form.padEnd(12)}${cells.join('')}${cell(sum(t.hit), sum(t.req))}${cell(t.roleHit, t.roleReq)}`.trimEnd(),
  );
}
console.log('\n== precision per type and form (predicted entities that are required or optional and not forbidden)');
console.log(`${'form'.padEnd(12)}${[...TYPES, 'all'].map((t) => t.padEnd(16)).join('')}`.trimEnd());
for (const form of [...FORMS, 'all']) {
  const t = byForm[form];
  const good = (type) => (t.pred[type] ?? 0) - (t.fp[type] ?? 0);
  const cells = TYPES.map((type) => cell(good(type), t.pred[type] ?? 0));
  console.log(`${form.padEnd(12)}${cells.join('')}${cell(sum(t.pred) - sum(t.fp), sum(t.pred))}`.trimEnd());
}

fs.rmSync(work, { recursive: true, force: true });
process.exit(whole.status ?? 1);
