import type { EntityType } from '../entity';
import type { PictureLine } from './picture';

/** What {@link signingLines} reads of an article event: its kind and its parties' ids and types. */
export interface LineEvent {
  kind: string;
  parties: readonly { entityId: string; type: EntityType }[];
}

/**
 * The lines a map draws from an article's events: for every `signing`, one from each platform party
 * to each place party (city or region), once per pair however many signings name it, in event order.
 */
export function signingLines(events: readonly LineEvent[]): PictureLine[] {
  const seen = new Set<string>();
  const lines: PictureLine[] = [];
  for (const event of events) {
    if (event.kind !== 'signing') continue;
    const platforms = event.parties.filter((p) => p.type === 'platform');
    const places = event.parties.filter((p) => p.type === 'city' || p.type === 'region');
    for (const from of platforms) {
      for (const to of places) {
        const key = `${from.entityId}\n${to.entityId}`;
        if (seen.has(key)) continue;
        seen.add(key);
        lines.push({ from: from.entityId, to: to.entityId });
      }
    }
  }
  return lines;
}
