import type { EntityType } from '../entity';
import type { KbEntry, KnowledgeBase } from './knowledge-base';
import { matchingForm } from '../normalize';

/**
 * An entity of the reader's own as the search sees it (the reader layer's `ReaderEntity` fits):
 * kept structural so that the knowledge base does not depend on the reader layer above it.
 */
export interface SearchableReaderEntity {
  id: string;
  type: EntityType;
  name: string;
  aliases: readonly string[];
}

/** One answer to an entity search: enough for a pick list ("宁波市 · city · Zhejiang"). */
export interface EntitySearchHit {
  id: string;
  type: EntityType;
  name: string;
  /** What it is (`prefecture-level city`, `business district`), or `yours` for the reader's own. */
  kind: string;
  /** True for the reader's own entities. */
  yours: boolean;
}

/** How well `names` answer `query` (both in matching form): lower is better, undefined is no match. */
function rank(names: readonly string[], query: string): number | undefined {
  let best: number | undefined;
  for (const [index, name] of names.entries()) {
    const at = name.indexOf(query);
    if (at === -1) continue;
    // Exact name first, then names starting with the query, then names containing it; the
    // canonical name (index 0) before aliases, shorter names before longer ones.
    const score = (name === query ? 0 : at === 0 ? 1_000 : 2_000) + (index === 0 ? 0 : 100) + name.length;
    if (best === undefined || score < best) best = score;
  }
  return best;
}

function namesOf(entry: KbEntry): string[] {
  return [entry.name, ...entry.aliases, ...(entry.weakAliases ?? [])].map(matchingForm);
}

/**
 * The entities — knowledge-base entries and the reader's own — whose name or other names contain
 * `query` after the engine's folding (traditional, full-width and pinyin-annotated text find the
 * same), best first, at most `limit`. An empty query finds nothing. Used by "Same as…".
 *
 * @example searchEntities(kb, [], '苏州工业', 5)[0] // { id: 'platform:suzhou-industrial-park', … }
 */
export function searchEntities(
  kb: KnowledgeBase,
  readerEntities: readonly SearchableReaderEntity[],
  query: string,
  limit: number,
): EntitySearchHit[] {
  const wanted = matchingForm(query.trim());
  if (wanted === '' || limit <= 0) return [];
  const hits: { hit: EntitySearchHit; score: number }[] = [];
  for (const entity of readerEntities) {
    const score = rank([entity.name, ...entity.aliases].map(matchingForm), wanted);
    if (score !== undefined) {
      hits.push({ hit: { id: entity.id, type: entity.type, name: entity.name, kind: 'yours', yours: true }, score });
    }
  }
  for (const entry of kb.entries) {
    const score = rank(namesOf(entry), wanted);
    if (score !== undefined) {
      hits.push({ hit: { id: entry.id, type: entry.type, name: entry.name, kind: entry.kind, yours: false }, score });
    }
  }
  return hits
    .sort((a, b) => a.score - b.score || a.hit.name.localeCompare(b.hit.name, 'zh'))
    .slice(0, limit)
    .map(({ hit }) => hit);
}
