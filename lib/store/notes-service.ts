import type { NewNote, Note } from '../core/note';
import type { DistrictLensDatabase } from './database';

/** Longest note body accepted, in characters; a note is a note, not a document. */
export const MAX_NOTE_LENGTH = 20_000;

/** Reads and writes notes; the only code that touches the notes table. */
export class NotesService {
  constructor(
    private readonly db: DistrictLensDatabase,
    private readonly now: () => Date = () => new Date(),
    private readonly newId: () => string = () => crypto.randomUUID(),
  ) {}

  /** Stores a new note and returns it with its id and timestamps. Rejects an empty body. */
  async saveNote(input: NewNote): Promise<Note> {
    const body = input.body.trim();
    if (body.length === 0) throw new Error('A note needs some text.');
    if (body.length > MAX_NOTE_LENGTH) throw new Error(`A note can hold at most ${MAX_NOTE_LENGTH} characters.`);
    const stamp = this.now().toISOString();
    const note: Note = { ...input, body, id: this.newId(), createdAt: stamp, updatedAt: stamp };
    await this.db.notes.add(note);
    return note;
  }

  /** Every note, newest first. */
  async listNotes(): Promise<Note[]> {
    return (await this.db.notes.orderBy('createdAt').toArray()).reverse();
  }

  /** Notes about one entity, newest first. */
  async notesForEntity(entityId: string): Promise<Note[]> {
    const notes = await this.db.notes.where('entityId').equals(entityId).sortBy('createdAt');
    return notes.reverse();
  }
}
