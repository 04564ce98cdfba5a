import { createAnchorText, type AnchorText } from '../notes';
import type { Detector } from '../detection';
import type { DetectedEntity, EntityType, Evidence, Mention, Role } from '../entity';
import type { KnowledgeBase } from '../knowledge';
import { articleKey } from '../notes';
import { compileReaderLayer, type CompiledReaderLayer } from './compile-reader-layer';
import { matchingForm } from '../normalize';
import { mergeMentions, type SourcedMention } from './merge-mentions';
import { locateNotHere } from './not-here';
import { EMPTY_READER_LAYER, type NotHereCorrection, type ReaderLayer } from './reader-layer';

/** What `detect` may know about the page besides its text. */
export interface DetectOptions {
  /** The page's address; `not-here` corrections apply only on their own article (fragment ignored). */
  url?: string;
}

/**
 * A {@link Detector} that also knows the reader's layer. `detect(raw)` still answers as the base
 * does (raw offsets, same entity shape), so it can stand wherever a Detector is expected.
 */
export interface ReaderAwareDetector extends Detector {
  /**
   * The base detector's entities with the reader's layer applied: the reader's names and
   * same-as aliases found too, then `never`, `not-here` (with `options.url` only) and
   * `change-type` applied, and entities left without a mention dropped. Entities come in the
   * base's order, then the ones only the reader's layer found, by first mention.
   */
  detect(raw: string, options?: DetectOptions): DetectedEntity[];
  /**
   * A detector for another layer that shares this one's base detector and knowledge base: only
   * the reader's small matcher is built, never the knowledge-base automaton. Cost grows with the
   * layer (see the report in `bench/reader-layer.mjs`), not with the knowledge base.
   */
  withLayer(layer: ReaderLayer): ReaderAwareDetector;
  readonly base: Detector;
  /** The layer as prepared for detection; `readerCardLookups` takes it too. */
  readonly compiled: CompiledReaderLayer;
}

/** What an entity id is, for the mentions the reader's layer attributes to it. */
interface Target {
  type: EntityType;
  name: string;
  roles: readonly Role[];
  /** The base detector's reason, when it found the entity on this page. */
  evidence?: Evidence;
}

/** Ids whose name can be read off the id itself: titled people and pattern-found platforms. */
const NAMED_ID = /^(official|person):(.+)$|^platform:local:(.+)$/u;

/**
 * Wraps `base` (built once from `kb` with `createDetector`) with the reader's `layer`.
 *
 * How the two meet: the reader's names (entity names, aliases, same-as aliases) are found with a
 * small matcher in the page's normalised text, so `商務(wù)區(qū)` and `寧波` match `商务区` and
 * `宁波`; they and the base's mentions are resolved leftmost-longest, the reader winning equal
 * spans (see `mergeMentions`). A same-as alias takes the target's name and type from the base's
 * own finding on this page, else from `kb`, else from the reader's entities, else from an
 * `official:`/`person:` id; an alias whose target is none of these is ignored. Then suppressions
 * apply: `never` drops every mention whose text, in matching form, is its surface (of any entity,
 * or of the one it names); `not-here` drops the one mention it locates on its article (see
 * `locateNotHere`); `change-type` rewrites the type.
 *
 * With a layer that can change nothing (empty, or only `not-here` corrections of other pages) it
 * returns the base's answer untouched, at the base's cost.
 */
export function createReaderAwareDetector(
  base: Detector,
  kb: KnowledgeBase,
  layer: ReaderLayer = EMPTY_READER_LAYER,
): ReaderAwareDetector {
  const compiled = compileReaderLayer(layer);

  function target(id: string, inBase: ReadonlyMap<string, DetectedEntity>): Target | undefined {
    const found = inBase.get(id);
    if (found) return found;
    const entry = kb.byId.get(id);
    if (entry) return { type: entry.type, name: entry.name, roles: [] };
    const own = compiled.entitiesById.get(id);
    if (own) return { type: own.type, name: own.name, roles: [] };
    const named = NAMED_ID.exec(id);
    if (!named) return undefined;
    const [, person, personName, platformName] = named;
    return { type: (person as EntityType | undefined) ?? 'platform', name: personName ?? platformName!, roles: [] };
  }

  return {
    base,
    compiled,
    withLayer: (next) => createReaderAwareDetector(base, kb, next),
    detect(raw, options = {}) {
      const found = base.detect(raw);
      const notHere = options.url === undefined ? undefined : compiled.notHereByUrl.get(articleKey(options.url));
      // Nothing of the layer can touch this page: skip the second normalisation.
      if (compiled.matcher.size === 0 && compiled.never.size === 0 && compiled.typeById.size === 0 && !notHere) {
        return found;
      }
      const text = createAnchorText(raw);
      const inBase = new Map(found.map((e) => [e.id, e]));

      const baseMentions: SourcedMention[] = found
        .flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, entityId: e.id, fromReader: false })))
        .sort((a, b) => a.start - b.start);
      const readerMentions: SourcedMention[] = [];
      const normalized = text.normalized;
      for (const m of compiled.matcher.longestAtEachStart(normalized.text)) {
        if (!target(m.value, inBase)) continue;
        readerMentions.push({
          start: normalized.toRawStart(m.start),
          end: normalized.toRawEnd(m.end),
          entityId: m.value,
          fromReader: true,
        });
      }
      const kept = suppress(mergeMentions(baseMentions, readerMentions), text, compiled, notHere ?? []);

      const byEntity = new Map<string, Mention[]>();
      for (const m of kept) {
        const list = byEntity.get(m.entityId);
        const mention = { start: m.start, end: m.end };
        if (list) list.push(mention);
        else byEntity.set(m.entityId, [mention]);
      }
      const result: DetectedEntity[] = [];
      const fromReader: Evidence = { kind: 'reader' };
      const add = (id: string, t: Target, mentions: Mention[]) => {
        const retyped = compiled.typeById.get(id);
        result.push({
          id,
          type: retyped ?? t.type,
          name: t.name,
          roles: t.roles.map((r) => ({ organization: r.organization, title: r.title })),
          mentions,
          // Found by the base on this page and not retyped: its own reason; otherwise the reader's.
          evidence: t.evidence && retyped === undefined ? t.evidence : fromReader,
        });
      };
      for (const e of found) {
        const mentions = byEntity.get(e.id);
        if (mentions) add(e.id, e, mentions);
      }
      // Map order is first-mention order, since `kept` is sorted by start.
      for (const [id, mentions] of byEntity) if (!inBase.has(id)) add(id, target(id, inBase)!, mentions);
      return result;
    },
  };
}

/** Drops the mentions `never` and this page's `not-here` corrections point at. */
function suppress(
  mentions: SourcedMention[],
  text: AnchorText,
  compiled: CompiledReaderLayer,
  notHere: readonly NotHereCorrection[],
): SourcedMention[] {
  const norm = text.normalized.text;
  const formOf = (m: Mention) => norm.slice(text.toNormalized(m.start), text.toNormalized(m.end));
  const dropped = new Set<SourcedMention>();
  if (compiled.never.size > 0) {
    for (const m of mentions) {
      const rule = compiled.never.get(formOf(m));
      if (rule && (rule.anyEntity || rule.entityIds.has(m.entityId))) dropped.add(m);
    }
  }
  for (const correction of notHere) {
    const form = matchingForm(correction.surface);
    const candidates = mentions.filter(
      (m) => m.entityId === correction.entityId && !dropped.has(m) && formOf(m) === form,
    );
    if (candidates.length === 0) continue;
    const place = locateNotHere(text, correction, candidates);
    if (!place) continue;
    const hit = candidates.find((m) => m.start < place.end && place.start < m.end);
    if (hit) dropped.add(hit);
  }
  return dropped.size === 0 ? mentions : mentions.filter((m) => !dropped.has(m));
}
