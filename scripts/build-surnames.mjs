// Generates lib/core/detection/surnames.generated.ts: the surnames the officials detector reads
// names with, and the small word lists that keep surnames which are also common words (来, 能, 于,
// 向, 高 …) from turning ordinary text into people (`副市长来到现场`, `书记能够`, `市长于近日`).
//
//   npm run build:surnames
//
// Sources (all installed devDependencies, read at build time only — nothing here ships a package
// to the content script, only the generated lists):
// - chinese-surnames 1.0.0 (MIT, © Steve Mao): index.json, 1,062 surnames, 95 of them compound.
// - pinyin-pro 3.29.4 (MIT): dist/esm/data/surname.mjs, 492 surnames (adds 仉督, 郤, 甯 …).
// - jieba's dictionary (MIT), dict.txt as shipped in @node-rs/jieba 2.0.3 (MIT): 349,045 words with
//   frequencies and part-of-speech tags, used only to decide which surnames are also common words
//   and which two-character words begin with them.
//
// The pure functions are exported so that tests/unit/officials-surnames.test.ts can check that the
// committed file is exactly what this produces.
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { format, resolveConfig } from 'prettier';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const OUTPUT_PATH = join(ROOT, 'lib/core/detection/surnames.generated.ts');

/**
 * Surnames the sources lack, each kept for a reason. Example: `付` (a surname in its own right in
 * the mainland since the 1950s, ~1.5 million people) is in neither list. The first four were in the
 * detector's earlier hand list and are kept so nothing found before is lost; 摆 is the Hui surname
 * of issue 13's example (`市长摆向阳调研`), which no permissively licensed list found has; 冮 (a
 * 辽宁 surname, 冮瑞 on a 沈阳 page) and 憨 (a 河南 one, 县长憨振强 on a 开封 county page) are rare
 * surnames that real pages name officials with and neither list has.
 */
export const SUPPLEMENT = ['付', '芦', '郇', '独孤', '摆', '冮', '憨'];

/** A two-character word that begins with a word-like surname counts when jieba saw it this often. */
export const SURNAME_WORD_MIN_FREQUENCY = 1000;

/** A three-character word that begins with a word-like surname (候选人, 全过程) counts from this often. */
export const SURNAME_PHRASE_MIN_FREQUENCY = 300;

/** A surname is "a common word itself" (来, 于, 在) when jieba saw it alone this often. */
export const WORD_SURNAME_MIN_FREQUENCY = 30000;

/** A two-character word counts as common (大家, 现场, 近日) when jieba saw it this often. */
export const COMMON_WORD_MIN_FREQUENCY = 2000;

/** jieba's person-name tags: a word tagged so (王, 高峰, 文明) is read as a name, never as a word. */
const isNameTag = (/** @type {string} */ tag) => tag.startsWith('nr');

/**
 * jieba's tags of verbs and function words (v 来, p 于, c 和, d 都, r 其, f 中, m 多, t, u …): a surname
 * seen this way very often is mostly that word. Adjectives and nouns (高 a, 市 n) are left out:
 * 高翔, 成龙 read as names wherever they stand.
 */
const isVerbOrFunctionTag = (/** @type {string} */ tag) => /^[vpcdrfmtu]/.test(tag);

/** jieba's particle tags (之 u, 的 uj, 了 ul, 着 uz …): a frequent particle is never read as a surname. */
const isParticleTag = (/** @type {string} */ tag) => tag.startsWith('u');

/**
 * Parses jieba's dictionary (`word frequency tag` per line) into a map.
 * Example: `'来到 8779 v\n来 161501 v'` → `Map { '来到' → { frequency: 8779, tag: 'v' }, … }`.
 * @param {string} text
 * @returns {Map<string, { frequency: number, tag: string }>}
 */
export function parseJiebaDictionary(text) {
  /** @type {Map<string, { frequency: number, tag: string }>} */
  const words = new Map();
  for (const line of text.split('\n')) {
    const [word, frequency, tag] = line.trim().split(' ');
    if (word && frequency && tag && !words.has(word)) words.set(word, { frequency: Number(frequency), tag });
  }
  return words;
}

/**
 * Reads pinyin-pro's surname table (`const Surnames = { 南宫: 'nán gōng', … }`) into its keys.
 * Example: `"const Surnames = {\n    南宫: 'nán gōng',\n    王: 'wáng',\n}"` → `['南宫', '王']`.
 * @param {string} source
 * @returns {string[]}
 */
export function parsePinyinProSurnames(source) {
  return [...source.matchAll(/^\s*([\u3400-\u9fff]+):/gm)].map((m) => /** @type {string} */ (m[1]));
}

/** @param {string} s */
const isHanOnly = (s) => /^[\u3400-\u9fff]+$/.test(s);

/**
 * Builds the lists from the sources.
 * - single / compound: every surname of either list (plus {@link SUPPLEMENT}), sorted by code unit;
 *   Manchu clan names of three to five characters (爱新觉罗) are left out: names are read with a
 *   one- or two-character surname; so are frequent particles (之), which the lists carry as
 *   surnames but news never writes as one.
 * - surnameWords: two-character words, not names, that begin with a single surname that jieba
 *   knows as a word other than a name (来到, 能够, 高度, 全体) and were seen at least
 *   {@link SURNAME_WORD_MIN_FREQUENCY} times: a surname followed by such a word's second
 *   character is that word, not a person; surnamePhrases likewise for three-character words
 *   (候选人) seen at least {@link SURNAME_PHRASE_MIN_FREQUENCY} times. Surnames that jieba tags as names (王, 李, 金) have none:
 *   王国强 stays a name although 王国 is a word.
 * - wordLikeSurnames: single surnames that jieba knows as a word other than a name (张 q, 高 a,
 *   全 a, 来 v): a two-character "name" of such a surname that jieba knows as a word (全体, 高峰)
 *   is read as that word before a title.
 * - wordSurnames: single surnames that are themselves frequent verbs or function words (来, 于, 在,
 *   向): after one of these a given name that is a common word (大家, 近日, 现场) makes two words,
 *   not a name.
 * - commonWords: two-character words, not names, seen at least {@link COMMON_WORD_MIN_FREQUENCY}
 *   times, for that check.
 * Example: `{ surnames: ['王', '来', '欧阳'], words: 来到 v 8779, 来 v 161501, 王 nr 19704 }` →
 * single `['来', '王']`, compound `['欧阳']`, surnameWords `['来到']`, wordSurnames `['来']`.
 * @param {{ surnames: string[], words: Map<string, { frequency: number, tag: string }> }} input
 */
export function buildSurnameLists({ surnames, words }) {
  const all = new Set([...surnames, ...SUPPLEMENT].map((s) => s.trim()).filter(isHanOnly));
  const byCode = (/** @type {string} */ a, /** @type {string} */ b) => (a < b ? -1 : a > b ? 1 : 0);
  const isFrequentParticle = (/** @type {string} */ s) => {
    const entry = words.get(s);
    return entry !== undefined && isParticleTag(entry.tag) && entry.frequency >= WORD_SURNAME_MIN_FREQUENCY;
  };
  const single = [...all].filter((s) => s.length === 1 && !isFrequentParticle(s)).sort(byCode);
  const compound = [...all].filter((s) => s.length === 2).sort(byCode);
  const wordLike = new Set(
    single.filter((s) => {
      const entry = words.get(s);
      return entry !== undefined && !isNameTag(entry.tag);
    }),
  );
  const surnameWords = [];
  const surnamePhrases = [];
  const commonWords = [];
  for (const [word, { frequency, tag }] of words) {
    if (!isHanOnly(word) || isNameTag(tag)) continue;
    const startsWordLike = wordLike.has(word.charAt(0));
    if (word.length === 3 && startsWordLike && frequency >= SURNAME_PHRASE_MIN_FREQUENCY) surnamePhrases.push(word);
    if (word.length !== 2) continue;
    if (startsWordLike && frequency >= SURNAME_WORD_MIN_FREQUENCY) surnameWords.push(word);
    if (frequency >= COMMON_WORD_MIN_FREQUENCY) commonWords.push(word);
  }
  const wordSurnames = [...wordLike].filter((s) => {
    const entry = words.get(s);
    return entry !== undefined && isVerbOrFunctionTag(entry.tag) && entry.frequency >= WORD_SURNAME_MIN_FREQUENCY;
  });
  return {
    single,
    compound,
    surnameWords: surnameWords.sort(byCode),
    surnamePhrases: surnamePhrases.sort(byCode),
    wordSurnames: wordSurnames.sort(byCode),
    commonWords: commonWords.sort(byCode),
    wordLikeSurnames: [...wordLike],
  };
}

/**
 * Lines of quoted chunks, `per` items to a chunk: a layout Prettier leaves as it is.
 * Example: `chunks(['来到', '能够'], 1)` → `"  '来到',\n  '能够',"`.
 * @param {string[]} items
 * @param {number} per
 */
function chunks(items, per) {
  const out = [];
  for (let i = 0; i < items.length; i += per) out.push(`  '${items.slice(i, i + per).join('')}',`);
  return out.join('\n');
}

/**
 * Renders the generated TypeScript module. Every list is a string of fixed-width items (one
 * character for single surnames, two for the rest) so the module stays small and loads fast.
 * @param {ReturnType<typeof buildSurnameLists>} lists
 * @param {{ surnames: string, pinyinPro: string, jieba: string }} versions
 * @returns {string}
 */
export function renderSurnamesModule(lists, versions) {
  return `// Generated by scripts/build-surnames.mjs — do not edit. Regenerate with \`npm run build:surnames\`.
// Sources: chinese-surnames ${versions.surnames} (MIT, © Steve Mao) index.json and pinyin-pro ${versions.pinyinPro}
// (MIT) data/surname.mjs, plus ${SUPPLEMENT.join(' ')} (reasons in the script); which surnames are
// also words, and the words they begin: jieba's dictionary (MIT) from @node-rs/jieba ${versions.jieba} (MIT).

/** Single-character surnames (${lists.single.length}), one character each, sorted by code unit. */
export const SINGLE_SURNAMES = [
${chunks(lists.single, 40)}
].join('');

/** Two-character surnames (${lists.compound.length}), two characters each: 欧阳, 司马, 诸葛 … */
export const COMPOUND_SURNAMES = [
${chunks(lists.compound, 20)}
].join('');

/**
 * Two-character words (${lists.surnameWords.length}) that begin with a surname which is also a word (来到, 能够,
 * 高度, 全体), seen at least ${SURNAME_WORD_MIN_FREQUENCY} times in jieba's dictionary; two characters each.
 */
export const SURNAME_WORDS = [
${chunks(lists.surnameWords, 20)}
].join('');

/**
 * Three-character words (${lists.surnamePhrases.length}) that begin with a surname which is also a word (候选人, 全过程),
 * seen at least ${SURNAME_PHRASE_MIN_FREQUENCY} times in jieba's dictionary; three characters each.
 */
export const SURNAME_PHRASES = [
${chunks(lists.surnamePhrases, 14)}
].join('');

/** Surnames (${lists.wordLikeSurnames.length}) that jieba knows as a word other than a name (张, 高, 全, 来), one character each. */
export const WORD_LIKE_SURNAMES = [
${chunks(lists.wordLikeSurnames, 40)}
].join('');

/** Surnames (${lists.wordSurnames.length}) that are frequent verbs or function words on their own (来, 于, 在, 向), at least ${WORD_SURNAME_MIN_FREQUENCY} in jieba. */
export const WORD_SURNAMES = [
${chunks(lists.wordSurnames, 20)}
].join('');

/** Common two-character words (${lists.commonWords.length}), not names, seen at least ${COMMON_WORD_MIN_FREQUENCY} times in jieba; two characters each. */
export const COMMON_WORDS = [
${chunks(lists.commonWords, 20)}
].join('');
`;
}

/**
 * Loads the installed sources and renders the module text, formatted with the repository's
 * Prettier settings (no writing).
 * @returns {Promise<{ source: string, lists: ReturnType<typeof buildSurnameLists> }>}
 */
export async function generateSurnames() {
  const read = (/** @type {string} */ path) => readFile(join(ROOT, 'node_modules', path), 'utf8');
  const version = async (/** @type {string} */ pkg) => JSON.parse(await read(`${pkg}/package.json`)).version;
  const lists = buildSurnameLists({
    surnames: [
      ...JSON.parse(await read('chinese-surnames/index.json')),
      ...parsePinyinProSurnames(await read('pinyin-pro/dist/esm/data/surname.mjs')),
    ],
    words: parseJiebaDictionary(await read('@node-rs/jieba/dict.txt')),
  });
  const versions = {
    surnames: await version('chinese-surnames'),
    pinyinPro: await version('pinyin-pro'),
    jieba: await version('@node-rs/jieba'),
  };
  // Formatted as the repository formats code, so `prettier --check` and the module test agree
  // however long each list comes out.
  const config = await resolveConfig(OUTPUT_PATH);
  const source = await format(renderSurnamesModule(lists, versions), { ...config, filepath: OUTPUT_PATH });
  return { source, lists };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { source, lists } = await generateSurnames();
  await writeFile(OUTPUT_PATH, source);
  console.log(
    `surnames: ${lists.single.length} single, ${lists.compound.length} compound; ` +
      `${lists.surnameWords.length} surname words, ${lists.surnamePhrases.length} surname phrases, ` +
      `${lists.wordSurnames.length} word surnames, ` +
      `${lists.commonWords.length} common words → ${OUTPUT_PATH}`,
  );
}
