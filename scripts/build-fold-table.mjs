// Generates lib/core/normalize/fold-table.generated.ts: the 1:1 traditional → simplified character
// fold that the matcher applies to page text and to knowledge-base names alike.
//
//   npm run build:fold-table
//
// Source: OpenCC's own dictionaries as shipped in the installed opencc-js package (dictionaries
// Apache-2.0). Only single-character entries are used: phrase-level conversion changes lengths and
// needs segmentation, while a 1:1 fold keeps every offset equal to the raw offset and runs at
// hundreds of MB/s (see shared/docs/engine-research.md). Matching never needs phrase context,
// because the page's own text is what the user sees.
//
// The pure functions (parseOpenccDictionary, buildFoldPairs, renderFoldTableModule) are exported so
// that tests/unit/normalize.test.ts can check that the committed file is exactly what this produces.
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const OUTPUT_PATH = join(ROOT, 'lib/core/normalize/fold-table.generated.ts');

/**
 * Folds added on top of OpenCC, for names. Example: `锺` (a simplified character restored in 2013
 * for the surname) → `钟`, so 锺, 鍾 and 钟 all meet at 钟.
 * `於 → 于` is already OpenCC's first candidate; `乾` is deliberately NOT folded (see FOLD_EXCLUDED).
 */
export const EXTRA_FOLDS = [
  ['锺', '钟'],
  // 陜 (U+965C), the variant of 陝 many traditional copies write (陜西省), which OpenCC leaves alone.
  ['陜', '陕'],
];

/**
 * OpenCC entries left out of the fold. Example: `乾` stays `乾`.
 * OpenCC maps 乾 → 干 ("dry"), but 乾 is itself a current simplified character for qián — 乾隆,
 * 乾县 (Shaanxi), 乾安县 (Jilin) and given names — while 干 is one of the commonest characters in
 * news (干部). Folding would make a name like 王乾 match 王干部. Matching needs no "dry" sense, so
 * the character is left alone on both sides; 幹 → 干 (干部) is still folded.
 */
export const FOLD_EXCLUDED = new Set(['乾']);

/**
 * Parses an opencc-js dictionary string (`key cand1 cand2|key cand1|…`) into [key, firstCandidate].
 * Example: `'乾 干|於 于'` → `[['乾', '干'], ['於', '于']]`. The first candidate is OpenCC's default.
 * @param {string} dict
 * @returns {Array<[string, string]>}
 */
export function parseOpenccDictionary(dict) {
  /** @type {Array<[string, string]>} */
  const entries = [];
  for (const entry of dict.split('|')) {
    const [key, first] = entry.split(' ');
    if (key && first) entries.push([key, first]);
  }
  return entries;
}

/** @param {string} s */
const isOneBmpUnit = (s) => s.length === 1 && (s.charCodeAt(0) < 0xd800 || s.charCodeAt(0) > 0xdfff);

/** @param {string} s */
const isFoldableCode = (s) => {
  const c = s.charCodeAt(0);
  // CJK Unified Ideographs, Extension A, CJK Compatibility Ideographs. Anything else in a fold
  // table (ASCII, brackets, spaces) would interfere with the other normalisation steps.
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
};

/**
 * Builds the sorted fold pairs from OpenCC's t2s character dictionaries.
 * Example: `{ tsCharacters: '區 区|灣 湾', … }` → `[['區', '区'], ['灣', '湾'], …]`.
 *
 * - TSCharacters: traditional → simplified, first candidate.
 * - CJK_Compatibility_Ideographs (OpenCC's t2s normalisation step): U+F900… → unified form, then
 *   through TSCharacters, so a legacy-encoded `豈` (U+F900) folds like 豈.
 * - HK/TW variant dictionaries: only a regional spelling whose OpenCC standard form is itself
 *   simplified by TSCharacters (`衞` → 衛 → 卫). Variants that are also ordinary simplified
 *   characters (`著`, `么`) do not qualify, so they stay.
 * Pairs whose either side is not a single BMP code unit are dropped (OpenCC maps some BMP
 * characters to astral ones; a 1:1 code-unit fold cannot, and matching does not need them).
 * The result is closed: no TO character is itself a FROM character, so folding is idempotent.
 * @param {{ tsCharacters: string, compatibility: string, variantsRev: string[] }} dicts
 * @returns {Array<[string, string]>}
 */
export function buildFoldPairs(dicts) {
  /** @type {Map<string, string>} */
  const ts = new Map(parseOpenccDictionary(dicts.tsCharacters));
  /** @type {Map<string, string>} */
  const fold = new Map();
  const add = (/** @type {string} */ from, /** @type {string} */ to) => {
    if (from === to || FOLD_EXCLUDED.has(from) || fold.has(from)) return;
    if (!isOneBmpUnit(from) || !isOneBmpUnit(to) || !isFoldableCode(from) || !isFoldableCode(to)) return;
    fold.set(from, to);
  };
  for (const [from, to] of ts) add(from, to);
  for (const [from, unified] of parseOpenccDictionary(dicts.compatibility)) add(from, ts.get(unified) ?? unified);
  for (const dict of dicts.variantsRev) {
    for (const [variant, standard] of parseOpenccDictionary(dict)) {
      const simplified = ts.get(standard);
      if (!ts.has(variant) && simplified !== undefined) add(variant, simplified);
    }
  }
  for (const [from, to] of EXTRA_FOLDS) add(from, to);

  // Close the table: follow chains (A → B, B → C) to their end so one lookup is enough.
  for (const [from, to] of fold) {
    let end = to;
    for (let hops = 0; fold.has(end); hops++) {
      if (hops > 8) throw new Error(`fold cycle at ${from}`);
      end = /** @type {string} */ (fold.get(end));
    }
    if (end === from) fold.delete(from);
    else fold.set(from, end);
  }
  return [...fold].sort(([a], [b]) => a.charCodeAt(0) - b.charCodeAt(0));
}

/** Characters written as \u escapes in the generated source: anything a tool might re-normalise. */
const escapeForSource = (/** @type {string} */ ch) => {
  const c = ch.charCodeAt(0);
  // Compatibility ideographs are canonically equivalent to unified ones: an editor or formatter
  // applying NFC would silently rewrite them, so they never appear literally.
  return c >= 0xf900 && c <= 0xfaff ? `\\u${c.toString(16)}` : ch;
};

/**
 * Renders the generated TypeScript module for the given pairs. Example output:
 * `export const FOLD_FROM = ['區灣…', …].join('');` with FOLD_TO aligned character by character.
 * The layout (one quoted chunk of 40 pairs per line) is stable under Prettier.
 * @param {Array<[string, string]>} pairs
 * @param {string} openccVersion
 * @returns {string}
 */
export function renderFoldTableModule(pairs, openccVersion) {
  const chunk = 40;
  /** @param {0 | 1} side */
  const lines = (side) => {
    const out = [];
    for (let i = 0; i < pairs.length; i += chunk) {
      out.push(
        `  '${pairs
          .slice(i, i + chunk)
          .map((p) => escapeForSource(p[side]))
          .join('')}',`,
      );
    }
    return out.join('\n');
  };
  return `// Generated by scripts/build-fold-table.mjs — do not edit. Regenerate with \`npm run build:fold-table\`.
// Source: OpenCC dictionaries shipped in opencc-js ${openccVersion} (dictionaries Apache-2.0, code MIT):
// TSCharacters (first candidate), CJK_Compatibility_Ideographs, HKVariantsRev, TWVariantsRev;
// single BMP code units only; plus 锺 → 钟; 乾 left unfolded (reasons in the script).

/** Number of fold pairs: FOLD_FROM[i] folds to FOLD_TO[i]. */
export const FOLD_PAIR_COUNT = ${pairs.length};

/** Characters that fold, sorted by code unit. */
export const FOLD_FROM = [
${lines(0)}
].join('');

/** What each character of FOLD_FROM folds to, at the same index. */
export const FOLD_TO = [
${lines(1)}
].join('');
`;
}

/**
 * Loads the installed opencc-js dictionaries and renders the module text (no writing).
 * @returns {Promise<{ source: string, pairs: Array<[string, string]>, version: string }>}
 */
export async function generateFoldTable() {
  const load = async (/** @type {string} */ name) => (await import(`opencc-js/dict/${name}`)).default;
  const pkg = JSON.parse(await readFile(join(ROOT, 'node_modules/opencc-js/package.json'), 'utf8'));
  const pairs = buildFoldPairs({
    tsCharacters: await load('TSCharacters'),
    compatibility: await load('CJK_Compatibility_Ideographs'),
    variantsRev: [await load('HKVariantsRev'), await load('TWVariantsRev')],
  });
  return { source: renderFoldTableModule(pairs, pkg.version), pairs, version: pkg.version };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { source, pairs, version } = await generateFoldTable();
  await writeFile(OUTPUT_PATH, source);
  console.log(`fold table: ${pairs.length} pairs from opencc-js ${version} → ${OUTPUT_PATH}`);
}
