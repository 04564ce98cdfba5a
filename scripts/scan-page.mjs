// The scan of one page as a function, for scripts that scan many pages in one process (the event
// scorer): the same pipeline and JSON as scripts/scan.mjs, which prints it for one page.
import { readFile } from 'node:fs/promises';
import { Window } from 'happy-dom';
import { createJiti } from 'jiti';

/**
 * Loads the engine once and returns `scan(file)`, which gives the scan JSON object of an HTML page
 * (see scripts/scan.mjs for its fields).
 * @returns {Promise<(file: string) => Promise<object>>}
 */
export async function createPageScanner() {
  const jiti = createJiti(import.meta.url);
  const { createDetector } = await jiti.import('../lib/core/detection/index.ts');
  const { chooseArticleDate, findEvents } = await jiti.import('../lib/core/brief/index.ts');
  const { normalizeForMatching } = await jiti.import('../lib/core/normalize/index.ts');
  const { articleDateSources } = await jiti.import('../lib/dom/article-date-sources.ts');
  const { formatRole } = await jiti.import('../lib/core/entity/index.ts');
  const { parseKnowledgeBase } = await jiti.import('../lib/core/knowledge/index.ts');
  const { findArticleRoot } = await jiti.import('../lib/dom/article-root.ts');
  const { buildTextIndex } = await jiti.import('../lib/dom/text-index.ts');

  const kbFile = new URL('../public/kb/knowledge-base.json', import.meta.url);
  const detector = createDetector(parseKnowledgeBase(JSON.parse(await readFile(kbFile, 'utf8'))));

  return async (file) => {
    const window = new Window({ url: 'http://127.0.0.1/' });
    const previousNodeFilter = globalThis.NodeFilter;
    globalThis.NodeFilter = window.NodeFilter;
    try {
      window.document.write(await readFile(file, 'utf8'));
      const root = findArticleRoot(window.document);
      const { text } = buildTextIndex(root);
      const detected = detector.detect(text);
      const entities = detected.map((entity) => ({
        type: entity.type,
        name: entity.name,
        id: entity.id,
        roles: entity.roles.map(formatRole),
        // Why it is highlighted: knowledge-base / name-shape (+ suffix) / title (+ title) / reader.
        evidence: entity.evidence,
        mentions: entity.mentions.map(({ start, end }) => ({ text: text.slice(start, end), start, end })),
      }));
      const articleDate = chooseArticleDate(articleDateSources(window.document, root));
      const events = findEvents(normalizeForMatching(text), detected, articleDate?.date).map((event) => ({
        kind: event.kind,
        date: event.date ?? null,
        // The names the party goes by in this article too, so a scorer can match 宁波 as well as 宁波市.
        parties: event.parties.map(({ entityId, name, type, role }) => ({
          name,
          type,
          role,
          names: [...new Set(entities.find((e) => e.id === entityId)?.mentions.map((m) => m.text) ?? [])],
        })),
        amounts: event.amounts,
        ...(event.what === undefined ? {} : { what: event.what }),
        sentence: text.slice(event.sentence.start, event.sentence.end),
      }));
      return { entities, date: articleDate?.date ?? null, dateSource: articleDate?.source ?? null, events };
    } finally {
      globalThis.NodeFilter = previousNodeFilter;
      await window.happyDOM.close();
    }
  };
}
