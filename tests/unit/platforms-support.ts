import { createDetector } from '../../lib/core/detection/detect';
import type { DetectedEntity } from '../../lib/core/entity/entity';
import { SHIPPED_KNOWLEDGE_BASE } from '../support/knowledge-base';

/** The detector on the shipped knowledge base, shared by the platforms-* tests. */
export const detector = createDetector(SHIPPED_KNOWLEDGE_BASE);

/** The platforms found in `text`. */
export function platforms(text: string): DetectedEntity[] {
  return detector.detect(text).filter((e) => e.type === 'platform');
}

/** The names of the platforms found in `text`. */
export function platformNames(text: string): string[] {
  return platforms(text).map((e) => e.name);
}

/** The names of the platforms found by their shape alone (not in the knowledge base). */
export function shapePlatformNames(text: string): string[] {
  return platforms(text)
    .filter((e) => e.id.startsWith('platform:local:'))
    .map((e) => e.name);
}

/** What each mention of `entity` covers in `text`. */
export function surfaces(text: string, entity: DetectedEntity): string[] {
  return entity.mentions.map((m) => text.slice(m.start, m.end));
}
