import type { Note } from '../core/notes';
import { articleUrl } from '../store/article-url';
import type { AnchoredMention, MentionAnchorer } from './anchor-mention';
import type { PlacedMention } from './mention-locator';

/** Where a note stands relative to the open page. */
export type NotePlace =
  /** Written on this article and re-attached to a highlighted mention of its entity. */
  | { kind: 'attached'; at: AnchoredMention & { placed: PlacedMention } }
  /** Written on this article; its quote is still here but no mention of its entity is highlighted there. */
  | { kind: 'quote-only'; at: AnchoredMention }
  /** Written on this article; its quote is gone (the sentence was edited or removed). Never dropped. */
  | { kind: 'orphan' }
  /** A note on the entity itself: it belongs on every mention of the entity. */
  | { kind: 'entity' }
  /** Written on another article. */
  | { kind: 'elsewhere' };

/** Where every note stands on the page, and which mentions carry a note. */
export interface NotePlacement {
  /** Every note given, by id. */
  places: ReadonlyMap<string, NotePlace>;
  /** Mentions with a note: re-attached notes of this article, and every mention of an entity with an entity note. */
  noted: ReadonlySet<PlacedMention>;
  /** Notes of this article whose quote is gone, oldest first. */
  orphans: readonly Note[];
}

/**
 * Re-attaches the notes on the page at `pageUrl` (fragments ignored): notes written here with an
 * anchor are anchored among the highlighted mentions (only to a mention of the note's own entity,
 * never to another entity's); notes written here whose quote is gone become orphans; notes on the
 * entity itself mark every mention of it. Notes of other articles are only classified.
 * `anchorer` may be a function: it is then called once, and only when a note needs anchoring
 * (preparing one reads the whole article).
 */
export function placeNotes(
  anchorer: MentionAnchorer | (() => MentionAnchorer),
  mentions: readonly PlacedMention[],
  notes: readonly Note[],
  pageUrl: string,
): NotePlacement {
  const here = articleUrl(pageUrl);
  const places = new Map<string, NotePlace>();
  const noted = new Set<PlacedMention>();
  const orphans: Note[] = [];
  const entityNoted = new Set<string>();
  let prepared: MentionAnchorer | undefined;
  const anchorerNow = () => (prepared ??= typeof anchorer === 'function' ? anchorer() : anchorer);
  for (const note of notes) {
    if (note.anchor === null) {
      places.set(note.id, { kind: 'entity' });
      entityNoted.add(note.entityId);
    } else if (articleUrl(note.url) !== here) {
      places.set(note.id, { kind: 'elsewhere' });
    } else {
      const at = anchorerNow().anchor(note.anchor, { entityId: note.entityId });
      if (!at) {
        places.set(note.id, { kind: 'orphan' });
        orphans.push(note);
      } else if (at.placed) {
        places.set(note.id, { kind: 'attached', at: at as AnchoredMention & { placed: PlacedMention } });
        noted.add(at.placed);
      } else {
        places.set(note.id, { kind: 'quote-only', at });
      }
    }
  }
  if (entityNoted.size > 0) for (const placed of mentions) if (entityNoted.has(placed.entity.id)) noted.add(placed);
  orphans.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
  return { places, noted, orphans };
}
