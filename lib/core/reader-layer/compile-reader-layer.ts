import { articleKey } from '../notes';
import type { EntityType } from '../entity';
import { DictionaryMatcher } from '../matching';
import { matchingForm } from '../normalize';
import { READER_ID_PREFIX, type NotHereCorrection, type ReaderEntity, type ReaderLayer } from './reader-layer';

/** Which mentions a `never` form suppresses: those of any entity, or only of the listed ones. */
export interface NeverRule {
  readonly anyEntity: boolean;
  readonly entityIds: ReadonlySet<string>;
}

/**
 * A {@link ReaderLayer} prepared for detection: the reader's names in one small matcher and the
 * corrections indexed the way `detect` asks for them. Built from the layer alone — never from the
 * knowledge base — so an edit of the layer costs a rebuild of this, proportional to the layer.
 */
export interface CompiledReaderLayer {
  readonly layer: ReaderLayer;
  /** Every reader name, alias and same-as alias in matching form → the entity id it means. */
  readonly matcher: DictionaryMatcher<string>;
  readonly entitiesById: ReadonlyMap<string, ReaderEntity>;
  /** `never` corrections by the matching form of their surface. */
  readonly never: ReadonlyMap<string, NeverRule>;
  /** `not-here` corrections by article key (url without fragment), oldest first. */
  readonly notHereByUrl: ReadonlyMap<string, readonly NotHereCorrection[]>;
  /** The type the reader chose for an entity id (the newest `change-type` wins). */
  readonly typeById: ReadonlyMap<string, EntityType>;
  /** The same-as aliases the reader gave each target id, oldest first, as written. */
  readonly sameAsAliases: ReadonlyMap<string, readonly string[]>;
  /** True when the layer cannot change any detection: no names, no `never`, no `not-here`, no `change-type`. */
  readonly inert: boolean;
}

interface Timed<T> {
  time: string;
  order: number;
  item: T;
}

/** Oldest first; equal times keep list order (ISO instants of one spelling compare as strings). */
function byTime<T>(items: Timed<T>[]): T[] {
  return items.sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : a.order - b.order)).map((t) => t.item);
}

/**
 * Prepares `layer` for detection. Conflicts are settled by time, the newest entry winning: when a
 * name of one entity is also another's alias or a same-as alias (compared in matching form), it
 * means the entity of the most recently updated entity or created correction; when an entity has
 * several `change-type` corrections, the newest counts. A same-as alias pointing at a reader
 * entity that is not in the layer is ignored. Pure; the layer is not copied, so do not mutate it.
 */
export function compileReaderLayer(layer: ReaderLayer): CompiledReaderLayer {
  const entitiesById = new Map<string, ReaderEntity>();
  for (const entity of layer.entities) entitiesById.set(entity.id, entity);

  const patterns: Timed<readonly [string, string]>[] = [];
  let order = 0;
  const addPattern = (text: string, targetId: string, time: string) => {
    const form = matchingForm(text);
    if (form.length > 0) patterns.push({ time, order: order++, item: [form, targetId] });
  };
  for (const entity of layer.entities) {
    for (const name of [entity.name, ...entity.aliases]) addPattern(name, entity.id, entity.updatedAt);
  }

  const never = new Map<string, { anyEntity: boolean; entityIds: Set<string> }>();
  const notHere: Timed<NotHereCorrection>[] = [];
  const typeChanges: Timed<readonly [string, EntityType]>[] = [];
  const sameAs: Timed<readonly [string, string]>[] = [];
  for (const correction of layer.corrections) {
    const time = correction.createdAt;
    switch (correction.kind) {
      case 'never': {
        const form = matchingForm(correction.surface);
        if (form.length === 0) break;
        let rule = never.get(form);
        if (!rule) {
          rule = { anyEntity: false, entityIds: new Set() };
          never.set(form, rule);
        }
        if (correction.entityId === undefined) rule.anyEntity = true;
        else rule.entityIds.add(correction.entityId);
        break;
      }
      case 'not-here':
        notHere.push({ time, order: order++, item: correction });
        break;
      case 'change-type':
        typeChanges.push({ time, order: order++, item: [correction.entityId, correction.type] });
        break;
      case 'same-as':
        // A reader entity deleted since: its aliases mean nothing any more.
        if (correction.targetId.startsWith(READER_ID_PREFIX) && !entitiesById.has(correction.targetId)) break;
        addPattern(correction.alias, correction.targetId, time);
        sameAs.push({ time, order: order++, item: [correction.targetId, correction.alias] });
        break;
    }
  }

  const notHereByUrl = new Map<string, NotHereCorrection[]>();
  for (const correction of byTime(notHere)) {
    const key = articleKey(correction.url);
    const list = notHereByUrl.get(key);
    if (list) list.push(correction);
    else notHereByUrl.set(key, [correction]);
  }
  const typeById = new Map(byTime(typeChanges));
  const sameAsAliases = new Map<string, string[]>();
  for (const [targetId, alias] of byTime(sameAs)) {
    const list = sameAsAliases.get(targetId);
    if (list) list.push(alias);
    else sameAsAliases.set(targetId, [alias]);
  }
  // The matcher keeps the first value of a repeated pattern: newest first, so the newest entry.
  const matcher = new DictionaryMatcher(byTime(patterns).reverse());

  return {
    layer,
    matcher,
    entitiesById,
    never,
    notHereByUrl,
    typeById,
    sameAsAliases,
    inert: matcher.size === 0 && never.size === 0 && notHereByUrl.size === 0 && typeById.size === 0,
  };
}
