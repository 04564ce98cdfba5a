/**
 * Every Mandarin pinyin syllable, toneless, grouped by initial: `initial:final final …`, groups
 * separated by `|`; the first group has no initial. `v` stands for ü (`lv` = lü).
 * Example: the group `f:a an ang ei en eng o ou u` gives fa, fan, fang, fei, fen, feng, fo, fou, fu.
 *
 * Written out rather than generated from the initial × final grid because the grid has holes
 * (no `bou`, no `fi`) and the annotation check must reject anything that is not a real syllable:
 * `(an)` must pass the syllable test (it then stays because it has no tone), `(eros)` must not.
 * Includes rare but attested syllables (den, tei, nun, rua, dia, zhei, shei, yo, lo, kei) and
 * the common ASCII spellings `lue`/`nue` of lüe/nüe. The interjections m, n, ng are listed
 * separately (KEY_M, KEY_N, KEY_NG) because only their tone-marked forms count.
 */
const PINYIN_SYLLABLE_GROUPS =
  ':a ai an ang ao e ei en eng er o ou' +
  '|y:a an ang ao e i in ing o ong ou u uan ue un' +
  '|w:a ai an ang ei en eng o u' +
  '|b:a ai an ang ao ei en eng i ian iao ie in ing o u' +
  '|p:a ai an ang ao ei en eng i ian iao ie in ing o ou u' +
  '|m:a ai an ang ao e ei en eng i ian iao ie in ing iu o ou u' +
  '|f:a an ang ei en eng o ou u' +
  '|d:a ai an ang ao e ei en eng i ia ian iao ie ing iu ong ou u uan ui un uo' +
  '|t:a ai an ang ao e ei eng i ian iao ie ing ong ou u uan ui un uo' +
  '|n:a ai an ang ao e ei en eng i ian iang iao ie in ing iu ong ou u uan un uo v ve ue' +
  '|l:a ai an ang ao e ei eng i ia ian iang iao ie in ing iu o ong ou u uan un uo v ve ue' +
  '|g:a ai an ang ao e ei en eng ong ou u ua uai uan uang ui un uo' +
  '|k:a ai an ang ao e ei en eng ong ou u ua uai uan uang ui un uo' +
  '|h:a ai an ang ao e ei en eng ong ou u ua uai uan uang ui un uo' +
  '|j:i ia ian iang iao ie in ing iong iu u uan ue un' +
  '|q:i ia ian iang iao ie in ing iong iu u uan ue un' +
  '|x:i ia ian iang iao ie in ing iong iu u uan ue un' +
  '|zh:a ai an ang ao e ei en eng i ong ou u ua uai uan uang ui un uo' +
  '|ch:a ai an ang ao e en eng i ong ou u ua uai uan uang ui un uo' +
  '|sh:a ai an ang ao e ei en eng i ou u ua uai uan uang ui un uo' +
  '|r:an ang ao e en eng i ong ou u ua uan ui un uo' +
  '|z:a ai an ang ao e ei en eng i ong ou u uan ui un uo' +
  '|c:a ai an ang ao e en eng i ong ou u uan ui un uo' +
  '|s:a ai an ang ao e en eng i ong ou u uan ui un uo';

/**
 * A toneless syllable as a number: letters a–z as 1–26 in base 27 (`v` = ü is 22), so a syllable of
 * up to six letters fits a small integer and checking one needs no string. Example: `ba` → 2·27+1.
 */
function syllableKey(letters: string): number {
  let key = 0;
  for (let i = 0; i < letters.length; i++) key = key * 27 + (letters.charCodeAt(i) - 0x60);
  return key;
}

/**
 * Syllables that count only with a tone mark (ḿ, ń, ňg…): with a digit, `(m2)` is square metres.
 * Compared one by one, not looked up in a Set: every pinyin annotation of a page asks.
 */
const KEY_M = syllableKey('m');
const KEY_N = syllableKey('n');
const KEY_NG = syllableKey('ng');
const MAX_LETTERS = 6; // zhuang

let syllables: Set<string> | null = null;
let syllableKeys: Int32Array | null = null;

/**
 * The toneless syllable set, built on first use. Example: `pinyinSyllables().has('zhuang')` → true,
 * `.has('eros')` → false. Exported for the tests, which compare it with pinyin-pro's readings.
 */
export function pinyinSyllables(): ReadonlySet<string> {
  if (syllables === null) {
    syllables = new Set();
    for (const group of PINYIN_SYLLABLE_GROUPS.split('|')) {
      const [initial, finals] = group.split(':') as [string, string];
      for (const final of finals.split(' ')) syllables.add(initial + final);
    }
  }
  return syllables;
}

/**
 * The syllables' keys in an open-addressing table (key + 1 per slot, 0 free), built on first use.
 * Why not a Set of numbers: every pinyin annotation of a page (14,000 on the 1 MB corpus) asks,
 * and a Set lookup was a builtin call and a hash each time; here it is a multiply and a probe or two.
 */
function getSyllableKeys(): Int32Array {
  if (syllableKeys === null) {
    syllableKeys = new Int32Array(SYLLABLE_SLOTS);
    for (const syllable of pinyinSyllables()) {
      const key = syllableKey(syllable);
      let slot = syllableSlot(key);
      while (syllableKeys[slot] !== 0) slot = (slot + 1) & (SYLLABLE_SLOTS - 1);
      syllableKeys[slot] = key + 1;
    }
  }
  return syllableKeys;
}

/** Slots of the syllable key table: a power of two, over three times the ~410 syllables. */
const SYLLABLE_SLOTS = 2048;

/** The home slot of a syllable key (Fibonacci hashing into SYLLABLE_SLOTS). */
function syllableSlot(key: number): number {
  return Math.imul(key, 0x9e3779b1) >>> 21;
}

/** True when `key` is a syllable's key. */
function isSyllableKey(key: number): boolean {
  const table = getSyllableKeys();
  for (let slot = syllableSlot(key); ; slot = (slot + 1) & (SYLLABLE_SLOTS - 1)) {
    const held = table[slot]!;
    if (held === 0) return false;
    if (held === key + 1) return true;
  }
}

/**
 * Tone-marked letters (ā… ǖ… ń ň ǹ): `TONE_MARKED_LETTER[c]` is the toneless letter's number
 * (1–26, ü = 22) for code units below 0x200, else 0. ḿ (U+1E3F) is handled apart.
 */
const TONE_MARKED_LETTER: Uint8Array = (() => {
  const table = new Uint8Array(0x200);
  const rows: [string, string][] = [
    ['a', 'āáǎà'],
    ['e', 'ēéěè'],
    ['i', 'īíǐì'],
    ['o', 'ōóǒò'],
    ['u', 'ūúǔù'],
    ['v', 'ǖǘǚǜ'],
    ['n', 'ńňǹ'],
  ];
  for (const [base, marked] of rows) {
    for (let i = 0; i < marked.length; i++) table[marked.charCodeAt(i)] = base.charCodeAt(0) - 0x60;
  }
  return table;
})();
const M_ACUTE = 0x1e3f; // ḿ
const LETTER_M = 13;
const LETTER_U = 21;
const LETTER_V = 22; // ü
/** Letters a combining tone mark may sit on: a e i o u ü, and n m (interjections), as bits by letter number. */
const TONE_BEARING = [1, 5, 9, 15, 21, 22, 14, 13].reduce((bits, letter) => bits | (1 << letter), 0);
/** Longest annotation body: `zhuang4`, or `zhuang` with a combining mark and a diaeresis to spare. */
const MAX_BODY = 9;

/**
 * True when `units[start, end)` (the text between the brackets) is exactly one pinyin syllable
 * carrying a tone: a tone-marked vowel (wù, qū, lǜ, ń; also as a combining mark, for text in
 * NFD), or a final tone digit 1–5 on an all-lowercase syllable (wu4, lv4), or a bare ü (nü), which
 * nothing but pinyin writes. Examples: `wù`, `wu4` → true; `an` (no tone), `Eros`, `CBD`,
 * `m2` (square metres), `lv` (a brand, not a tone), `wù qū` (two syllables) → false.
 *
 * Contract: pure; looks at most MAX_BODY units; no allocation (one Set lookup of a number).
 */
export function isTonedSyllableAt(units: Uint16Array, start: number, end: number): boolean {
  if (end <= start || end - start > MAX_BODY) return false;
  let digit = 0;
  const last = units[end - 1]!;
  if (last >= 0x31 && last <= 0x35) {
    digit = last - 0x30;
    end--;
  }
  let key = 0;
  let letters = 0;
  let previous = 0; // last letter, to check what a combining mark sits on
  let marks = 0;
  let umlaut = false;
  let upper = false;
  for (let i = start; i < end; i++) {
    const c = units[i]!;
    let letter: number;
    if (c >= 0x61 && c <= 0x7a) {
      letter = c - 0x60;
    } else if (c >= 0x41 && c <= 0x5a) {
      // A capital only as the first letter of a tone-marked syllable: `呂（Lǚ）`.
      if (i !== start) return false;
      upper = true;
      letter = c - 0x40;
    } else if (c === 0xfc) {
      letter = LETTER_V;
      umlaut = true;
    } else if (c === 0x0304 || c === 0x0301 || c === 0x030c || c === 0x0300) {
      if (((TONE_BEARING >>> previous) & 1) === 0) return false;
      marks++;
      continue;
    } else if (c === 0x0308) {
      if (previous !== LETTER_U) return false;
      key += LETTER_V - LETTER_U; // u + combining diaeresis = ü
      previous = LETTER_V;
      umlaut = true;
      continue;
    } else {
      letter = c < 0x200 ? TONE_MARKED_LETTER[c]! : c === M_ACUTE ? LETTER_M : 0;
      if (letter === 0) return false;
      marks++;
    }
    if (++letters > MAX_LETTERS) return false;
    key = key * 27 + letter;
    previous = letter;
  }
  if (marks > 1 || (marks === 1 && digit !== 0)) return false;
  if (marks === 0 && (upper || (digit === 0 && !umlaut))) return false;
  if (key === KEY_M || key === KEY_N || key === KEY_NG) return marks === 1;
  return isSyllableKey(key);
}

/**
 * String form of isTonedSyllableAt, for tests and callers outside the buffer.
 * Example: `isTonedPinyinSyllable('wù')` → true, `isTonedPinyinSyllable('an')` → false.
 */
export function isTonedPinyinSyllable(body: string): boolean {
  const units = new Uint16Array(body.length);
  for (let i = 0; i < body.length; i++) units[i] = body.charCodeAt(i);
  return isTonedSyllableAt(units, 0, units.length);
}
