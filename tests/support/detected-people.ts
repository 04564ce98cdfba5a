import { createDetector } from '../../lib/core/detection/detect';
import { SHIPPED_KNOWLEDGE_BASE } from './knowledge-base';

const detector = createDetector(SHIPPED_KNOWLEDGE_BASE);

/** The names of the officials and other titled people the shipped detector finds in `text`, in its order. */
export function peopleIn(text: string): string[] {
  return detector
    .detect(text)
    .filter((e) => e.type === 'official' || e.type === 'person')
    .map((e) => e.name);
}
