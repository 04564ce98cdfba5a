// Scores the article brief (issue 15) against a gold file: each page's date and its events.
//
//   node scripts/score-events.mjs [--gold tests/fixtures/events/gold.json] [--pages DIR …]
//                                 [--min-recall R] [--min-precision P]
//                                 [--only-batch B | --skip-batch B]
//   npm run eval:real-events      # the real pages: --gold tests/real-pages/events-gold.json
//                                 # --pages tests/real-pages/pages
//
// Pages: every DIR/NAME.html or DIR/NAME.variant.html whose NAME is an article of the gold (default
// dirs: tests/fixtures/events/pages, tests/fixtures/pages, tests/fixtures/written/pages). Each page
// is scanned once, in this process, with the pipeline of scripts/scan.mjs (what `npm run scan`
// runs), whose JSON carries `date` and `events`. An event found matches a gold event of its article when the kind is the same, the
// parties are the same set (each gold party — a list of accepted names — matched by one found party
// through its canonical name or a name it goes by in the article, none left over), and the dates are
// equal (both absent counts as equal). Each gold event is matched at most once. Also printed: matches
// on kind alone and on kind + date, to show which part fails. See tests/fixtures/events/README.md.
// --only-batch B scores only the articles whose `_batch` field contains B (a held-out batch);
// --skip-batch B every article but those.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPageScanner } from './scan-page.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const options = (name) => args.flatMap((a, i) => (a === `--${name}` ? [args[i + 1]] : []));
const goldFile = path.resolve(root, option('gold') ?? 'tests/fixtures/events/gold.json');
const dirs = options('pages').length
  ? options('pages')
  : ['tests/fixtures/events/pages', 'tests/fixtures/pages', 'tests/fixtures/written/pages'];
const onlyBatch = option('only-batch');
const skipBatch = option('skip-batch');
const inBatch = (a, b) => String(a._batch ?? '').includes(b);
const gold = Object.fromEntries(
  Object.entries(JSON.parse(fs.readFileSync(goldFile, 'utf8')).articles).filter(
    ([, a]) =>
      (onlyBatch === undefined || inBatch(a, onlyBatch)) && (skipBatch === undefined || !inBatch(a, skipBatch)),
  ),
);
const clean = (s) =>
  String(s ?? '')
    .normalize('NFKC')
    .replace(/[\s\u3000]/gu, '');

const pages = [];
for (const dir of dirs) {
  const abs = path.resolve(root, dir);
  if (!fs.existsSync(abs)) continue;
  for (const file of fs
    .readdirSync(abs)
    .filter((f) => f.endsWith('.html'))
    .sort()) {
    const article = Object.keys(gold).find((k) => file === `${k}.html` || file.startsWith(`${k}.`));
    if (article) pages.push({ file: path.join(abs, file), name: file, article });
  }
}

if (pages.length === 0) {
  // The real pages are git-ignored (tests/real-pages/README.md says how to rebuild them).
  console.error(`No page of ${path.relative(root, goldFile)} found in ${dirs.join(', ')}.`);
  process.exit(1);
}

// One engine for every page (loading it per page cost seconds each).
const scan = await createPageScanner();
const results = [];
for (const page of pages) results.push(await scan(page.file));

const partyMatches = (goldNames, party) => {
  const accepted = new Set(goldNames.map(clean));
  return [party.name, ...(party.names ?? [])].some((n) => accepted.has(clean(n)));
};
/** True when the found parties are exactly the gold parties (a one-to-one matching). */
function sameParties(goldParties, found) {
  if (goldParties.length !== found.length) return false;
  const used = new Set();
  const assign = (i) => {
    if (i === goldParties.length) return true;
    for (let j = 0; j < found.length; j++) {
      if (used.has(j) || !partyMatches(goldParties[i], found[j])) continue;
      used.add(j);
      if (assign(i + 1)) return true;
      used.delete(j);
    }
    return false;
  };
  return assign(0);
}

const levels = {
  kind: (g, f) => g.kind === f.kind,
  'kind+date': (g, f) => g.kind === f.kind && (g.date ?? null) === (f.date ?? null),
  'kind+parties+date': (g, f) =>
    g.kind === f.kind && (g.date ?? null) === (f.date ?? null) && sameParties(g.parties, f.parties),
};
const totals = Object.fromEntries(Object.keys(levels).map((l) => [l, { hit: 0, found: 0, gold: 0 }]));
const perKind = {};
let datesRight = 0;
const lines = [];
for (const [i, page] of pages.entries()) {
  const g = gold[page.article];
  const out = results[i];
  const found = out.events ?? [];
  if ((g.date ?? null) === (out.date ?? null)) datesRight++;
  else lines.push(`${page.name}: article date ${out.date ?? 'none'} (gold ${g.date ?? 'none'})`);
  for (const [level, same] of Object.entries(levels)) {
    const free = new Set(g.events.map((_, k) => k));
    let hit = 0;
    for (const f of found) {
      const k = [...free].find((k) => same(g.events[k], f));
      if (k === undefined) {
        if (level === 'kind+parties+date') {
          const parties = f.parties.map((p) => p.name).join(' ↔ ');
          lines.push(`${page.name}: false ${f.kind} ${f.date ?? '-'} ${parties} | ${f.sentence.slice(0, 24)}`);
        }
        continue;
      }
      free.delete(k);
      hit++;
    }
    if (level === 'kind+parties+date') {
      for (const k of free) {
        const e = g.events[k];
        lines.push(
          `${page.name}: missed ${e.kind} ${e.date ?? '-'} ${e.parties.map((p) => p[0]).join(' ↔ ')} | ${e.sentence ?? ''}`,
        );
      }
      for (const e of g.events) {
        perKind[e.kind] ??= { hit: 0, gold: 0, found: 0 };
        perKind[e.kind].gold++;
      }
      for (const f of found) {
        perKind[f.kind] ??= { hit: 0, gold: 0, found: 0 };
        perKind[f.kind].found++;
      }
      for (const e of g.events.filter((_, k) => !free.has(k))) perKind[e.kind].hit++;
    }
    totals[level].hit += hit;
    totals[level].found += found.length;
    totals[level].gold += g.events.length;
  }
}
for (const line of lines) console.log(`  ${line}`);
const ratio = (a, b) => (b === 0 ? 1 : a / b).toFixed(2);
for (const [kind, t] of Object.entries(perKind)) {
  console.log(
    `${kind.padEnd(12)} recall=${ratio(t.hit, t.gold)} (${t.hit}/${t.gold}) precision=${ratio(t.hit, t.found)} (${t.hit}/${t.found})`,
  );
}
console.log(`article dates right: ${datesRight}/${pages.length}`);
for (const [level, t] of Object.entries(totals)) {
  console.log(
    `${level.padEnd(18)} recall=${ratio(t.hit, t.gold)} (${t.hit}/${t.gold}) precision=${ratio(t.hit, t.found)} (${t.hit}/${t.found})`,
  );
}
const main = totals['kind+parties+date'];
const minRecall = Number(option('min-recall') ?? 0);
const minPrecision = Number(option('min-precision') ?? 0);
if (main.hit / (main.gold || 1) < minRecall || main.hit / (main.found || 1) < minPrecision) process.exitCode = 1;
