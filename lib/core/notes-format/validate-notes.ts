import * as v from 'valibot';
import { migrateNoteV1, type Note, type NoteV1 } from '../notes';
import { describeIssue } from '../validation';
import { describeValue, shorten } from '../validation';
import type { NotesReadResult } from './import-result';
import { canonicalNote } from './note-fields';
import { noteSchema, noteV1Schema } from './note-schema';

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
 * How to read one note of some layout: the rules it must meet, and how the note that passed them
 * becomes a current {@link Note}.
 */
export interface NoteLayout<TNote> {
  schema: v.GenericSchema<unknown, TNote>;
  upgrade: (note: TNote) => Note;
}

/** A note as this build writes it (JSON layout 2, Web Annotations). */
export const CURRENT_NOTE_LAYOUT: NoteLayout<Note> = { schema: noteSchema, upgrade: (note) => note };

/** A note of JSON layout 1, upgraded with `migrateNoteV1` (no tags, no anchor). */
export const NOTE_V1_LAYOUT: NoteLayout<NoteV1> = { schema: noteV1Schema, upgrade: migrateNoteV1 };

/**
 * Checks candidate notes, built from any file format, against the note rules and returns them
 * as fresh {@link Note} objects with their fields in the export order — or the first problem as
 * a sentence naming the item (by position and id) and the field. Notes of an older `layout` are
 * checked by that layout's rules, then upgraded. Ids must be unique in the file: two notes with
 * one id would make the import overwrite one with the other.
 */
export function validateNoteList<TNote>(
  candidates: readonly unknown[],
  wording: NoteListWording,
  layout: NoteLayout<TNote>,
): NotesReadResult {
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
    const result = v.safeParse(layout.schema, candidate, { abortEarly: true });
    if (!result.success) {
      return {
        ok: false,
        error: `${itemName(wording.item, index, candidate)}: ${describeIssue(result.issues[0], wording.labels)}.`,
      };
    }
    // Canonical even after an upgrade: no object of the file (or of valibot's) is handed out.
    const note = canonicalNote(layout.upgrade(result.output));
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
