import { useEffect, useRef, useState } from 'preact/hooks';
import { MAX_CARD_ENTITIES } from '../../lib/core/knowledge';
import { requestStore } from '../../lib/store/store-client';
import { isKnowledgeBaseId } from './entity-id-label';

/**
 * The knowledge-base names of `ids` (`city:330200` → `宁波市`), asked of the background with the
 * cards' own request (`kb:card`), at most {@link MAX_CARD_ENTITIES} ids at a time, each id once.
 * Ids the knowledge base does not hold, and any failure, leave the name unknown: the caller then
 * shows the id's readable part, so a missing name never hides a correction.
 */
export function useKbNames(ids: readonly string[]): ReadonlyMap<string, string> {
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  const asked = useRef(new Set<string>());
  // A string, so the effect runs when the set of ids changes rather than on every new array.
  const key = [...new Set(ids.filter(isKnowledgeBaseId))].sort().join('\n');

  useEffect(() => {
    let live = true;
    const missing = key === '' ? [] : key.split('\n').filter((id) => !asked.current.has(id));
    for (const id of missing) asked.current.add(id);
    for (let start = 0; start < missing.length; start += MAX_CARD_ENTITIES) {
      const entityIds = missing.slice(start, start + MAX_CARD_ENTITIES);
      requestStore('kb:card', { entityIds, organizations: [], articleEntityIds: [] }).then(
        (entries) => {
          if (!live) return;
          // The answer also holds each entry's parents and regions: keep only what was asked.
          const found = entries.filter((entry) => entityIds.includes(entry.id)).map((e) => [e.id, e.name] as const);
          if (found.length > 0) setNames((current) => new Map([...current, ...found]));
        },
        () => {
          for (const id of entityIds) asked.current.delete(id); // asked again when the layer next changes
        },
      );
    }
    return () => {
      live = false;
    };
  }, [key]);

  return names;
}
