// The engine's test corpora, shared by the benchmark (bench/engine.mjs) and the output-equality
// check (scripts/record-engine-output.mjs, tests/unit/engine-output.test.ts): the same text every
// run, made from the fixture articles' paragraphs, so that a faster engine is timed and checked on
// exactly the text it was recorded on.
import { readdirSync, readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { createJiti } from 'jiti';

const FIXTURE_PAGES = new URL('../tests/fixtures/pages/', import.meta.url);

/**
 * The article text the extension sees on each fixture page (article root → text index), by file
 * name, sorted. @returns {Promise<{ file: string, text: string }[]>}
 */
export async function fixtureArticleTexts() {
  const jiti = createJiti(import.meta.url);
  const { findArticleRoot } = await jiti.import('../lib/dom/article-root.ts');
  const { buildTextIndex } = await jiti.import('../lib/dom/text-index.ts');
  const window = new Window({ url: 'http://127.0.0.1/' });
  const previousNodeFilter = globalThis.NodeFilter;
  globalThis.NodeFilter = window.NodeFilter;
  try {
    return readdirSync(FIXTURE_PAGES)
      .filter((f) => f.endsWith('.html'))
      .sort()
      .map((file) => {
        window.document.write(readFileSync(new URL(file, FIXTURE_PAGES), 'utf8'));
        const { text } = buildTextIndex(findArticleRoot(window.document));
        window.document.open();
        return { file, text };
      });
  } finally {
    globalThis.NodeFilter = previousNodeFilter;
    await window.happyDOM.close();
  }
}

/** The paragraphs (over 40 characters) of the fixture articles. @param {{ text: string }[]} articles */
export function paragraphsOf(articles) {
  return articles.flatMap((a) => a.text.split('\n').filter((p) => p.length > 40));
}

/** A deterministic pseudo-random sequence (the same corpus every run). */
function* shuffled(items, seed = 42) {
  for (;;) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    yield items[seed % items.length];
  }
}

/**
 * About `chars` characters of paragraphs in a fixed shuffled order, each made by
 * `make(paragraph, index)`, joined by newlines.
 * @param {string[]} paragraphs @param {number} chars @param {(p: string, i: number) => string} [make]
 */
export function corpus(paragraphs, chars, make = (p) => p) {
  const out = [];
  let length = 0;
  const next = shuffled(paragraphs);
  for (let i = 0; length < chars; i++) {
    const p = make(next.next().value, i);
    out.push(p);
    length += p.length + 1;
  }
  return out.join('\n');
}

// A new official in every paragraph: a personnel announcement or a list of meeting attendees.
const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹'];
const GIVEN = [...'建国明华伟强军平东海涛峰文斌志勇新春宏晓立光'];
const TITLES = ['副市长', '区委书记', '管委会主任', '副区长', '县长', '党工委副书记'];

/** Puts a titled official with a name not seen before in front of paragraph `i`. @param {string} p @param {number} i */
export function newOfficial(p, i) {
  const name =
    SURNAMES[i % SURNAMES.length] +
    GIVEN[Math.floor(i / SURNAMES.length) % GIVEN.length] +
    GIVEN[Math.floor(i / (SURNAMES.length * GIVEN.length)) % GIVEN.length];
  return `${TITLES[i % TITLES.length]}${name}表示，${p}`;
}

/**
 * A paragraph maker that puts a county-level place after every comma (a place in every clause).
 * @param {string[]} counties the knowledge base's county names
 */
export function placeEveryClause(counties) {
  return (p, i) => {
    let k = i * 7;
    return p.replace(/[，,]/gu, (comma) => `${comma}${counties[k++ % counties.length]}`);
  };
}

/**
 * The corpora the engine is checked on, by label: the normal ~1 MB corpus and the two stress
 * corpora at ~1 MB (350,000 characters; Chinese is 3 bytes a character in UTF-8).
 * @param {string[]} paragraphs @param {{ entries: { type: string, level?: string, name: string }[] }} kb
 */
export function checkedCorpora(paragraphs, kb) {
  const counties = kb.entries.filter((e) => e.type === 'city' && e.level === 'county').map((e) => e.name);
  return {
    'normal, 1 MB': corpus(paragraphs, 350_000),
    'new official in every paragraph, 1 MB': corpus(paragraphs, 350_000, newOfficial),
    'place in every clause, 1 MB': corpus(paragraphs, 350_000, placeEveryClause(counties)),
  };
}
