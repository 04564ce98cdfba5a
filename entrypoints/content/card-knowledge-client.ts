import type { DetectedEntity } from '../../lib/core/entity';
import { createKnowledgeBase, type KnowledgeBase } from '../../lib/core/knowledge';
import { requestStore } from '../../lib/store/store-client';

const EMPTY = createKnowledgeBase([]);

/**
 * Fetches from the background the few knowledge-base entries a card shows (the entity, its
 * parents, location, regions, the organisations of an official's roles) as a small knowledge base
 * for the card's lookups; the page never loads the whole one. Answers are kept until `clear()`
 * (call it when the article's entities change: they decide among same-named places).
 */
export class CardKnowledgeClient {
  private readonly cache = new Map<string, Promise<KnowledgeBase>>();

  /** The card knowledge for `entity`; an empty knowledge base when the background cannot answer. */
  forEntity(
    entity: Pick<DetectedEntity, 'id' | 'roles'>,
    articleEntities: readonly DetectedEntity[],
  ): Promise<KnowledgeBase> {
    const organizations = [...new Set(entity.roles.map((role) => role.organization).filter((o) => o !== ''))];
    const key = `${entity.id}\n${organizations.join('\n')}`;
    let answer = this.cache.get(key);
    if (!answer) {
      answer = requestStore('kb:card', {
        entityIds: [entity.id],
        organizations,
        articleEntityIds: articleEntities.slice(0, 2000).map((e) => e.id),
      }).then(createKnowledgeBase, () => {
        this.cache.delete(key); // try again next time
        return EMPTY;
      });
      this.cache.set(key, answer);
    }
    return answer;
  }

  /** Forgets every answer. */
  clear(): void {
    this.cache.clear();
  }
}
