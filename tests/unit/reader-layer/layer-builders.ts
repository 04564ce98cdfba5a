import { createDetector } from '../../../lib/core/detection/detect';
import type { DetectedEntity } from '../../../lib/core/entity/entity';
import type { Correction, ReaderEntity, ReaderLayer } from '../../../lib/core/reader-layer';
import { SHIPPED_KNOWLEDGE_BASE } from '../../support/knowledge-base';

/** The built-in detector over the shipped knowledge base, built once for the whole suite. */
export const BASE_DETECTOR = createDetector(SHIPPED_KNOWLEDGE_BASE);

export const KB = SHIPPED_KNOWLEDGE_BASE;

let counter = 0;

/** A stored-looking time, a second later on every call, so "newest wins" rules are easy to set up. */
export function nextTime(): string {
  counter++;
  return new Date(Date.UTC(2026, 0, 1, 0, 0, counter)).toISOString();
}

/** A reader entity with sensible defaults. */
export function readerEntity(fields: Partial<ReaderEntity> & Pick<ReaderEntity, 'id' | 'name'>): ReaderEntity {
  const time = nextTime();
  return { type: 'platform', aliases: [], description: '', createdAt: time, updatedAt: time, ...fields };
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** A correction with an id and a creation time filled in. */
export function correction(fields: DistributiveOmit<Correction, 'id' | 'createdAt'>): Correction {
  counter++;
  return { id: `c${counter}`, createdAt: nextTime(), ...fields } as Correction;
}

export function layerOf(entities: ReaderEntity[] = [], corrections: Correction[] = []): ReaderLayer {
  return { entities, corrections };
}

/** The entity with this id, or a failure naming what was found instead. */
export function entityById(entities: readonly DetectedEntity[], id: string): DetectedEntity {
  const found = entities.find((e) => e.id === id);
  if (!found) throw new Error(`expected entity ${id}; found ${entities.map((e) => e.id).join(', ')}`);
  return found;
}

/** Each entity's mentions as the text the page shows, e.g. `{ 'city:469007': ['东方市', '东方'] }`. */
export function surfacesById(text: string, entities: readonly DetectedEntity[]): Record<string, string[]> {
  return Object.fromEntries(entities.map((e) => [e.id, e.mentions.map((m) => text.slice(m.start, m.end))]));
}

/** `[start, end)` of the `k`-th occurrence of `needle` in `text`. */
export function spanOf(text: string, needle: string, k = 0): { start: number; end: number } {
  let at = -1;
  for (let i = 0; i <= k; i++) {
    at = text.indexOf(needle, at + 1);
    if (at === -1) throw new Error(`occurrence ${k} of ${needle} not in text`);
  }
  return { start: at, end: at + needle.length };
}
