import * as v from 'valibot';
import type { Note } from '../note';
import { describeIssue } from './describe-issue';
import { describeValue, shorten } from './describe-value';
import type { NotesReadResult } from './import-result';
import { canonicalNote } from './note-fields';
import { noteSchema } from './note-schema';

/** How a reader knows which item of the file a message is about. */
export interface NoteListWording {
  /** Names an item, e.g. `Note` or `Annotation`; messages number them from 1. */
  item: string;
  /** The plural, for the duplicate-id message, e.g. `Notes`. */
  items: string;
  /** Field labels for error messages, keyed by note field (see `describe-issue.ts`). */
  labels: Readonly<Record<string, string>>;
}

/**
 * Checks candidate notes, built from any file format, against the note rules and returns them
 * as fresh {@link Note} objects with their fields in the export order — or the first problem as
 * a sentence naming the item (by position and id) and the field. Ids must be unique in the file:
 * two notes with one id would make the import overwrite one with the other.
 */
export function validateNoteList(candidates: readonly unknown[], wording: NoteListWording): NotesReadResult {
  const notes: Note[] = [];
  const firstIndexOfId = new Map<string, number>();
  for (const [index, candidate] of candidates.entries()) {
    // valibot would take a list for an object with every field missing; say what it is instead.
    if (typeof candidate !== 'object' || candidate === null || Array.isArray(candidate)) {
      return {
        ok: false,
        error: `${wording.item} ${index + 1} must be an object with the note’s fields, not ${describeValue(candidate)}.`,
      };
    }
    const result = v.safeParse(noteSchema, candidate, { abortEarly: true });
    if (!result.success) {
      return {
        ok: false,
        error: `${itemName(wording.item, index, candidate)}: ${describeIssue(result.issues[0], wording.labels)}.`,
      };
    }
    const note = canonicalNote(result.output);
    const earlier = firstIndexOfId.get(note.id);
    if (earlier !== undefined) {
      return {
        ok: false,
        error: `${wording.items} ${earlier + 1} and ${index + 1} have the same id “${shorten(note.id)}”; every note in a file needs its own id, so this file cannot be imported as it is.`,
      };
    }
    firstIndexOfId.set(note.id, index);
    notes.push(note);
  }
  return { ok: true, notes };
}

/** `Note 3 (id “abc”)`, or `Note 3` when the item has no usable id. */
function itemName(item: string, index: number, candidate: unknown): string {
  const id = typeof candidate === 'object' && candidate !== null ? (candidate as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id.length > 0
    ? `${item} ${index + 1} (id “${shorten(id)}”)`
    : `${item} ${index + 1}`;
}
