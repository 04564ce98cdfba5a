import { parseNotesImport, previewImport } from '../core/notes-format';
import type { ImportSummary } from './store-protocol';
import type { NewNote, Note } from '../core/note';
import type { DistrictLensDatabase } from './database';
import { countSavedArticles, type EntitySummary } from './store-protocol';

/** Longest note body accepted, in characters; a note is a note, not a document. */
export const MAX_NOTE_LENGTH = 20_000;

/** Trims a note body and checks it is neither empty nor over-long. */
function checkedBody(body: string): string {
  const trimmed = body.trim();
  if (trimmed.length === 0) throw new Error('A note needs some text.');
  if (trimmed.length > MAX_NOTE_LENGTH) throw new Error(`A note can hold at most ${MAX_NOTE_LENGTH} characters.`);
  return trimmed;
}

const NOT_FOUND = 'That note no longer exists; it may have been deleted in another tab.';

/** Reads and writes notes; the only code that touches the notes table. */
export class NotesService {
  constructor(
    private readonly db: DistrictLensDatabase,
    private readonly now: () => Date = () => new Date(),
    private readonly newId: () => string = () => crypto.randomUUID(),
  ) {}

  /** Stores a new note and returns it with its id and timestamps. Rejects an empty body. */
  async saveNote(input: NewNote): Promise<Note> {
    const body = checkedBody(input.body);
    const stamp = this.now().toISOString();
    const note: Note = { ...input, body, id: this.newId(), createdAt: stamp, updatedAt: stamp };
    await this.db.notes.add(note);
    return note;
  }

  /**
   * Replaces a note's body (trimmed, same rules as {@link saveNote}) and moves its `updatedAt` to
   * now; everything else stays. Rejects when the note does not exist.
   */
  async updateNote(id: string, body: string): Promise<Note> {
    const checked = checkedBody(body);
    return this.db.transaction('rw', this.db.notes, async () => {
      const note = await this.db.notes.get(id);
      if (!note) throw new Error(NOT_FOUND);
      const updated: Note = { ...note, body: checked, updatedAt: this.now().toISOString() };
      await this.db.notes.put(updated);
      return updated;
    });
  }

  /** Deletes a note and returns it as it was, so the reader can undo with {@link restoreNote}. */
  async deleteNote(id: string): Promise<Note> {
    return this.db.transaction('rw', this.db.notes, async () => {
      const note = await this.db.notes.get(id);
      if (!note) throw new Error(NOT_FOUND);
      await this.db.notes.delete(id);
      return note;
    });
  }

  /**
   * Puts back exactly the note given — same id, body and timestamps — as the undo of a delete.
   * Rejects when a note with that id is already there (nothing is overwritten).
   */
  async restoreNote(note: Note): Promise<Note> {
    return this.db.transaction('rw', this.db.notes, async () => {
      if (await this.db.notes.get(note.id)) throw new Error('That note is already in your notes.');
      await this.db.notes.add(note);
      return note;
    });
  }

  /** Every note, newest first. */
  /**
   * Imports the notes of an export file: validated first (nothing is written for a bad file),
   * then added in one transaction, where the preview is computed again so another tab's edits
   * cannot slip in between. Notes already present unchanged are skipped; notes present with
   * other content are overwritten only with `replaceChanged`. With `dryRun`, nothing is written.
   */
  async importNotes(
    text: string,
    { replaceChanged, dryRun }: { replaceChanged: boolean; dryRun: boolean },
  ): Promise<ImportSummary> {
    const parsed = parseNotesImport(text);
    if (!parsed.ok) throw new Error(parsed.error);
    return this.db.transaction('rw', this.db.notes, async () => {
      const ids = parsed.notes.map((n) => n.id);
      const existing = (await this.db.notes.bulkGet(ids)).filter((n): n is Note => n !== undefined);
      const preview = previewImport(existing, parsed.notes);
      if (!dryRun) {
        await this.db.notes.bulkAdd(preview.added);
        if (replaceChanged) await this.db.notes.bulkPut(preview.changed.map((c) => c.after));
      }
      return {
        format: parsed.format,
        added: preview.added.length,
        duplicates: preview.duplicates.length,
        changed: preview.changed.length,
        replaceChanged,
      };
    });
  }

  async listNotes(): Promise<Note[]> {
    return (await this.db.notes.orderBy('createdAt').toArray()).reverse();
  }

  /** Notes about one entity, newest first. */
  async notesForEntity(entityId: string): Promise<Note[]> {
    const notes = await this.db.notes.where('entityId').equals(entityId).sortBy('createdAt');
    return notes.reverse();
  }

  /**
   * What the card shows about an entity: its notes (newest first, from every page) and in how
   * many saved articles — distinct page URLs of those notes — it appears, not counting
   * `excludeUrl` (the page being read). URLs are compared without their `#fragment`.
   */
  async entitySummary(entityId: string, excludeUrl?: string): Promise<EntitySummary> {
    const notes = await this.notesForEntity(entityId);
    return { notes, articleCount: countSavedArticles(notes, excludeUrl) };
  }
}
