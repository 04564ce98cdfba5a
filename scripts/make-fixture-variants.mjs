// Makes the traditional and pinyin-garbled variants of the written fixture articles from their
// simplified pages, the forms real district-news pages come in:
//
//   node scripts/make-fixture-variants.mjs [--check]
//
// For every NAME listed in VARIANTS, tests/fixtures/written/pages/NAME.zh-Hans.html is converted to
//   NAME.zh-Hant.html          traditional (OpenCC cn → tw, character and phrase tables only, so every
//                              character keeps its place), “” ‘’ quotes as 「」 『』, lang="zh-Hant";
//   NAME.zh-Hant-pinyin.html   the same traditional text (quotes left as they are) where about 70% of
//                              the characters whose traditional form differs get their toned pinyin
//                              right after them, in ASCII `區(qū)` or full-width `區（qū）` brackets at
//                              random — in the <title> and the article only, names and places
//                              included, as on the garbled mobile pages this mimics.
// The pinyin reading comes from pinyin-pro on the simplified sentence (so 市长 gives zhǎng, 长三角
// cháng). Random choices use a PRNG seeded by NAME: the same input always gives the same pages.
// --check only verifies that the committed variants are what this script makes (exit 1 otherwise).
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';
import { pinyin } from 'pinyin-pro';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const PAGES = join(ROOT, 'tests/fixtures/written/pages');

/** Which variants each article gets, besides its simplified page. */
export const VARIANTS = {
  'fujian-xiamen-investment-fair': ['zh-Hant'],
  'guangxi-asean-expo': ['zh-Hant'],
  'guizhou-big-data-expo': ['zh-Hant'],
  'tianjin-intelligence-congress': ['zh-Hant'],
  'liaoning-dalian-davos': ['zh-Hant'],
  'inner-mongolia-horinger-new-area': ['zh-Hant'],
  'xinjiang-ftz-unveiling': ['zh-Hant'],
  'shanxi-transformation-zone': ['zh-Hant'],
  'qinghai-green-development-fair': ['zh-Hant'],
  'shandong-jinan-starting-area': ['zh-Hant'],
  'trap-novel-river-town': ['zh-Hant'],
  'yunnan-ftz-kunming': ['zh-Hant-pinyin'],
  'hebei-ftz-xiongan': ['zh-Hant-pinyin'],
  'beijing-ftz-unveiling': ['zh-Hant-pinyin'],
  'heilongjiang-ftz-harbin': ['zh-Hant-pinyin'],
  'gansu-lanzhou-fair': ['zh-Hant-pinyin'],
  'chengdu-chongqing-twin-city': ['zh-Hant-pinyin'],
  'henan-luoyang-ftz-survey': ['zh-Hant-pinyin'],
};

/** Share of the characters with a different traditional form that get pinyin. */
const PINYIN_SHARE = 0.7;
const HAN = /\p{Script=Han}/u;
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

/**
 * A small deterministic PRNG (mulberry32) seeded from a string.
 * @param {string} seedText
 * @returns {() => number} numbers in [0, 1)
 */
export function seededRandom(seedText) {
  let seed = 0;
  for (const ch of seedText) seed = (Math.imul(seed, 31) + ch.codePointAt(0)) | 0;
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Traditional text with the same characters in the same places as the simplified input.
 * @param {string} simplified
 * @returns {string}
 */
export function traditional(simplified) {
  const out = toTraditional(simplified);
  if ([...out].length !== [...simplified].length) throw new Error(`conversion changed the length: ${simplified}`);
  return out;
}

/**
 * One text run (no tags) in traditional characters with inline pinyin after some of the characters
 * whose traditional form differs.
 * @param {string} simplified
 * @param {() => number} random
 * @returns {string}
 */
export function garble(simplified, random) {
  const source = [...simplified];
  const target = [...traditional(simplified)];
  const readings = pinyin(simplified, { type: 'all', toneType: 'symbol' });
  let out = '';
  for (let i = 0; i < source.length; i++) {
    out += target[i];
    const reading = readings[i];
    if (target[i] === source[i] || !HAN.test(source[i]) || !reading?.isZh || reading.origin !== source[i]) continue;
    if (random() >= PINYIN_SHARE) continue;
    out += random() < 0.5 ? `(${reading.pinyin})` : `（${reading.pinyin}）`;
  }
  return out;
}

/**
 * Applies `fn` to the text between tags of `html` (tags, and script/style bodies, are left as they are).
 * @param {string} html
 * @param {(text: string) => string} fn
 * @returns {string}
 */
function mapText(html, fn) {
  return html.replace(/(<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<[^>]*>)|([^<]+)/gu, (_, tag, text) =>
    tag ? tag : fn(text),
  );
}

/**
 * @param {string} html the simplified page
 * @returns {string}
 */
export function makeTraditionalPage(html) {
  return traditional(html)
    .replace('<html lang="zh-Hans">', '<html lang="zh-Hant">')
    .replaceAll('“', '「')
    .replaceAll('”', '」')
    .replaceAll('‘', '『')
    .replaceAll('’', '』');
}

/**
 * @param {string} html the simplified page
 * @param {string} name the article's name (the PRNG seed)
 * @returns {string}
 */
export function makePinyinPage(html, name) {
  const random = seededRandom(name);
  const garbleText = (/** @type {string} */ text) => garble(text, random);
  const [before, rest] = html.split('<article');
  const [article, after] = rest.split('</article>');
  const title = /<title>([^<]*)<\/title>/u.exec(before);
  if (!title) throw new Error(`${name}: no <title>`);
  const head = [
    traditional(before.slice(0, title.index)).replace('<html lang="zh-Hans">', '<html lang="zh-Hant">'),
    `<title>${garbleText(title[1])}</title>`,
    traditional(before.slice(title.index + title[0].length)),
  ].join('');
  return `${head}<article${mapText(article, garbleText)}</article>${traditional(after)}`;
}

async function main() {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const [name, forms] of Object.entries(VARIANTS)) {
    const html = await readFile(join(PAGES, `${name}.zh-Hans.html`), 'utf8');
    for (const form of forms) {
      const page = form === 'zh-Hant' ? makeTraditionalPage(html) : makePinyinPage(html, name);
      const file = join(PAGES, `${name}.${form}.html`);
      if (check) {
        const current = await readFile(file, 'utf8').catch(() => '');
        if (current !== page) {
          stale++;
          console.log(`stale: ${name}.${form}.html`);
        }
      } else {
        await writeFile(file, page);
        console.log(`wrote ${name}.${form}.html`);
      }
    }
  }
  if (stale) process.exit(1);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
