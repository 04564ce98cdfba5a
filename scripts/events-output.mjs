// The article brief's events on every fixture page and on the checked corpora, in the compact form
// recorded in tests/fixtures/events-output.json: a rewrite of event finding for speed must give the
// same events (tests/unit/events-output.test.ts compares), and a change to its rules re-records them
// on purpose (`npm run record:events-output`), so the diff shows every event that changed.
import { readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { Window } from 'happy-dom';
import { createJiti } from 'jiti';
import { checkedCorpora, fixtureArticleTexts, paragraphsOf } from '../bench/corpora.mjs';
import { RECORDED_PAGE_DIRS } from './engine-output.mjs';

/** The page sets whose events are recorded: the engine's, and the gold articles' pages. */
export const EVENT_PAGE_DIRS = [...RECORDED_PAGE_DIRS, 'tests/fixtures/events/pages'];

/** The article date the corpora's events are dated against (they hold relative dates: 当天, 昨日 …). */
const CORPUS_ARTICLE_DATE = '2019-06-04';

/**
 * Runs event finding (loaded from the TypeScript sources) on every recorded page — the article
 * root's text, the page's article date, the detector's entities — and on each checked corpus.
 * @param {string} root the repository root
 * @returns {Promise<{ pages: Record<string, { date: string | null, events: string[] }>, corpora: Record<string, { events: number, sha256: string }> }>}
 */
export async function eventsOutput(root) {
  const jiti = createJiti(import.meta.url);
  const { createDetector } = await jiti.import('../lib/core/detection/index.ts');
  const { parseKnowledgeBase } = await jiti.import('../lib/core/knowledge/index.ts');
  const { normalizeForMatching } = await jiti.import('../lib/core/normalize/index.ts');
  const { chooseArticleDate, findEvents } = await jiti.import('../lib/core/brief/index.ts');
  const { findArticleRoot } = await jiti.import('../lib/dom/article-root.ts');
  const { articleDateSources } = await jiti.import('../lib/dom/article-date-sources.ts');
  const { buildTextIndex } = await jiti.import('../lib/dom/text-index.ts');
  const kb = parseKnowledgeBase(JSON.parse(readFileSync(`${root}/public/kb/knowledge-base.json`, 'utf8')));
  const detector = createDetector(kb);
  const eventLines = (text, date) =>
    findEvents(normalizeForMatching(text), detector.detect(text), date).map((e) => JSON.stringify(e));

  const pages = {};
  const window = new Window({ url: 'http://127.0.0.1/' });
  const previousNodeFilter = globalThis.NodeFilter;
  globalThis.NodeFilter = window.NodeFilter;
  try {
    for (const dir of EVENT_PAGE_DIRS) {
      for (const file of readdirSync(`${root}/${dir}`)
        .filter((f) => f.endsWith('.html'))
        .sort()) {
        window.document.write(readFileSync(`${root}/${dir}/${file}`, 'utf8'));
        const articleRoot = findArticleRoot(window.document);
        const { text } = buildTextIndex(articleRoot);
        const date = chooseArticleDate(articleDateSources(window.document, articleRoot))?.date;
        window.document.open();
        pages[`${dir}/${file}`] = { date: date ?? null, events: eventLines(text, date) };
      }
    }
  } finally {
    globalThis.NodeFilter = previousNodeFilter;
    await window.happyDOM.close();
  }

  const corpora = {};
  for (const [label, text] of Object.entries(checkedCorpora(paragraphsOf(await fixtureArticleTexts()), kb))) {
    const lines = eventLines(text, CORPUS_ARTICLE_DATE);
    corpora[label] = { events: lines.length, sha256: createHash('sha256').update(lines.join('\n')).digest('hex') };
  }
  return { pages, corpora };
}
