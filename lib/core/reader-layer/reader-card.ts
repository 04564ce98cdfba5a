import type { EntityType } from '../entity';
import { compileReaderLayer, type CompiledReaderLayer } from './compile-reader-layer';
import { matchingForm } from '../normalize';
import type { ReaderLayer } from './reader-layer';

/** What the card of one of the reader's own entities shows. */
export interface ReaderEntityCard {
  id: string;
  /** The type it shows as: the entity's own, or a newer `change-type` correction's. */
  type: EntityType;
  name: string;
  /** Its aliases, then same-as aliases the reader pointed at it; each once, in that order. */
  aliases: readonly string[];
  description: string;
  /** Always true: the card says the reader added this, and offers edit and delete. */
  yours: true;
}

/** The card's questions to the reader's layer, the counterpart of `createCardLookups` for the knowledge base. */
export interface ReaderCardLookups {
  /** The card data of a reader entity (`reader:…`); undefined for any other id or a deleted entity. */
  lookup: (id: string) => ReaderEntityCard | undefined;
  /** The same-as aliases the reader gave any entity (a knowledge-base one too), oldest first. */
  sameAsAliasesOf: (id: string) => readonly string[];
  /** The type the reader set for any entity with `change-type`, if any. */
  typeOf: (id: string) => EntityType | undefined;
}

/** `aliases` without the name or repeats, compared as the page text is (`蘇宿` repeats `苏宿`); first spelling kept. */
function distinctAliases(name: string, aliases: readonly string[]): string[] {
  const seen = new Set([matchingForm(name)]);
  return aliases.filter((alias) => {
    const key = matchingForm(alias);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The card lookups over a prepared layer — pass `detector.compiled` of a `ReaderAwareDetector` to
 * answer from the very layer that produced the highlights, or a {@link ReaderLayer} to prepare
 * one here (cheap: it grows with the layer only).
 *
 * @example
 * readerCardLookups(layer).lookup('reader:1')?.name; // '苏宿工业园区'
 */
export function readerCardLookups(source: ReaderLayer | CompiledReaderLayer): ReaderCardLookups {
  const compiled = 'matcher' in source ? source : compileReaderLayer(source);
  const sameAsAliasesOf = (id: string) => compiled.sameAsAliases.get(id) ?? [];
  const typeOf = (id: string) => compiled.typeById.get(id);
  return {
    sameAsAliasesOf,
    typeOf,
    lookup(id) {
      const entity = compiled.entitiesById.get(id);
      if (!entity) return undefined;
      return {
        id: entity.id,
        type: typeOf(id) ?? entity.type,
        name: entity.name,
        aliases: distinctAliases(entity.name, [...entity.aliases, ...sameAsAliasesOf(id)]),
        description: entity.description,
        yours: true,
      };
    },
  };
}
