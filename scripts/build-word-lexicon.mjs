// Generates lib/core/detection/word-lexicon.generated.ts: the word lexicon the platform scan uses to
// find word boundaries and tell a name's words (places, nouns) from the words that cannot start or
// end one (verbs, adverbs, pronouns, numerals, prepositions …).
//
//   npm run build:word-lexicon
//
// Source: jieba's dictionary (word, frequency, part of speech; MIT) as shipped in @node-rs/jieba
// 2.0.3 (MIT, a devDependency: only its dict.txt is read, never its native segmenter). The committed
// file is what the detector loads; tests/unit/platforms-lexicon.test.ts checks it is exactly what
// this script writes.
//
// What is kept (see shared reasoning in lib/core/detection/word-lexicon.ts):
// - words of 2–4 Han characters seen at least MIN_FREQUENCY times, in four classes by their tag;
// - single characters only where they are function words, numerals, verbs or adjectives seen very
//   often (在, 对, 就, 的, 一, 是, 好 …), so that the one-character words that end a name are known
//   without making every character a word: a character no word covers reads as part of a name.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
/** Where the generated module is written. */
export const OUTPUT_PATH = join(ROOT, 'lib/core/detection/word-lexicon.generated.ts');
/** The package whose dictionary is read, as named in the generated file's header. */
export const SOURCE_PACKAGE = '@node-rs/jieba 2.0.3';

/** Fewest occurrences for a word of two or more characters: rarer entries are mostly noise. */
export const MIN_FREQUENCY = 50;
/**
 * Fewest occurrences for a common noun: they only keep segmentation from cutting a frequent noun
 * (服务业), and a rare noun left out reads as part of a name, which its neighbours still bound.
 */
export const MIN_COMMON_FREQUENCY = 100;
/** Fewest occurrences for a one-character function word. */
export const MIN_SINGLE_FREQUENCY = 50000;

/**
 * Class of each jieba tag. `function`: words that never sit inside a name (prepositions, pronouns,
 * numerals, adverbs, time words, particles); `predicate`: verbs, adjectives, four-character idioms
 * (i) and distinguishing words, which may sit inside a name (产业联动集聚区) but do not start one;
 * `phrase`: set phrases (l), nouns as often as not (丝绸之路, 操作系统, 没想到), which may start a
 * name but, like a verb, end one before a place (没想到大庆开发区);
 * `proper`: place and organisation names (ns, nt: 虹桥, 中国电信); `common`: the rest — nouns,
 * localities, and the other proper-noun tags (nz and j, which jieba gives to too many common words
 * such as 和平 and 深化 to count) — kept so that segmentation finds whole words (服务业, not 服务 + 业).
 */
export const CLASS_OF_TAG = {
  p: 'function',
  c: 'function',
  u: 'function',
  ud: 'function',
  uj: 'function',
  ul: 'function',
  uv: 'function',
  uz: 'function',
  ug: 'function',
  r: 'function',
  rr: 'function',
  rz: 'function',
  m: 'function',
  mq: 'function',
  q: 'function',
  d: 'function',
  df: 'function',
  ad: 'function',
  vd: 'function',
  t: 'function',
  y: 'function',
  e: 'function',
  o: 'function',
  v: 'predicate',
  vn: 'predicate',
  vi: 'predicate',
  vq: 'predicate',
  vg: 'predicate',
  a: 'predicate',
  an: 'predicate',
  ag: 'predicate',
  i: 'predicate',
  l: 'phrase',
  z: 'predicate',
  b: 'predicate',
  ns: 'proper',
  nt: 'proper',
};
// Person names: jieba tags many two-character common words as names (智慧, 阳光, 明白), so those
// are common nouns here; three- and four-character ones are mostly real names (扬子江, 韦小宝).
const PERSON_TAGS = new Set(['nr', 'nrt', 'nrfg']);
// One-character words kept: function words, numerals, the commonest verbs (是, 有, 做, 会 — a
// one-character verb always ends a name, so it counts as a function word) and adjectives (大, 新, 小,
// which may begin an unknown name: 小蓝).
const SINGLE_CLASS_OF_TAG = {
  p: 'function',
  c: 'function',
  r: 'function',
  d: 'function',
  m: 'function',
  y: 'function',
  ud: 'function',
  uj: 'function',
  ul: 'function',
  uz: 'function',
  ug: 'function',
  v: 'function',
  a: 'predicate',
};
/** The classes, in the order the generated module lists them. */
export const CLASSES = ['function', 'predicate', 'phrase', 'proper', 'common'];

/**
 * Parses jieba's `word frequency tag` lines into the kept words and their class. A word listed
 * twice keeps its first line. Example: `'在 727915 p\n苏州 1000 ns'` → `Map { 在 → function, 苏州 → proper }`.
 * @param {string} text
 * @returns {Map<string, string>}
 */
export function selectWords(text) {
  const kept = new Map();
  for (const line of text.split('\n')) {
    const [word, frequencyText, tag] = line.trim().split(/\s+/u);
    if (!word || !tag || kept.has(word) || !/^\p{Script=Han}{1,4}$/u.test(word)) continue;
    const frequency = Number(frequencyText);
    if (word.length === 1) {
      const wordClass = SINGLE_CLASS_OF_TAG[tag];
      if (wordClass && frequency >= MIN_SINGLE_FREQUENCY) kept.set(word, wordClass);
      continue;
    }
    if (frequency < MIN_FREQUENCY) continue;
    const wordClass = PERSON_TAGS.has(tag)
      ? word.length === 2
        ? 'common'
        : 'proper'
      : (CLASS_OF_TAG[tag] ?? 'common');
    if (wordClass === 'common' && frequency < MIN_COMMON_FREQUENCY) continue;
    kept.set(word, wordClass);
  }
  return kept;
}

/** Splits a long string into chunks for readable lines. */
function chunks(text, size) {
  const out = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

/**
 * The generated module's text: per class, the words sorted by code unit and joined with spaces.
 * @param {Map<string, string>} words
 */
export function renderLexiconModule(words) {
  const byClass = Object.fromEntries(CLASSES.map((c) => [c, []]));
  for (const [word, wordClass] of words) byClass[wordClass].push(word);
  const lines = [
    '// Generated by scripts/build-word-lexicon.mjs — do not edit. Regenerate with `npm run build:word-lexicon`.',
    `// Source: jieba's dictionary (word, frequency, part of speech) as shipped in ${SOURCE_PACKAGE}`,
    `// (MIT). Words of 2–4 Han characters seen at least ${MIN_FREQUENCY} times (common nouns ${MIN_COMMON_FREQUENCY}) and one-character function`,
    `// words, verbs and adjectives seen at least ${MIN_SINGLE_FREQUENCY} times; classes as in the script.`,
    '',
  ];
  for (const wordClass of CLASSES) {
    const list = byClass[wordClass].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const name = `${wordClass.toUpperCase()}_WORDS`;
    lines.push(`/** ${list.length} ${wordClass} words, space-separated (see word-lexicon.ts for the class). */`);
    lines.push(`export const ${name} = [`);
    for (const chunk of chunks(list.join(' '), 96)) lines.push(`  '${chunk}',`);
    lines.push("].join('');", '');
  }
  return lines.join('\n');
}

/** jieba's dictionary as installed with @node-rs/jieba (a devDependency). */
export function readDictionary() {
  return readFileSync(createRequire(import.meta.url).resolve('@node-rs/jieba/dict.txt'), 'utf8');
}

/** The generated module's text, from the installed dictionary: what the committed file must be. */
export function generateWordLexicon() {
  return renderLexiconModule(selectWords(readDictionary()));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const words = selectWords(readDictionary());
  writeFileSync(OUTPUT_PATH, renderLexiconModule(words));
  const counts = CLASSES.map((c) => `${c} ${[...words.values()].filter((v) => v === c).length}`).join(', ');
  console.log(`wrote ${OUTPUT_PATH}: ${words.size} words (${counts})`);
}
