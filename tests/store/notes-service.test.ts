import 'fake-indexeddb/auto';
import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import type { NewNote } from '../../lib/core/notes/note';
import { DistrictLensDatabase } from '../../lib/store/database';
import { MAX_NOTE_LENGTH, NotesService } from '../../lib/store/notes-service';

function newNote(overrides: Partial<NewNote> = {}): NewNote {
  return {
    entityId: 'city:330200',
    entityType: 'city',
    entityName: '宁波市',
    body: '与虹桥商务区签订合作协议',
    tags: [],
    url: 'https://example.com/news/hongqiao',
    pageTitle: '上海虹桥商务区与长三角城市启动全面合作',
    quote: '宁波',
    anchor: null,
    ...overrides,
  };
}

/** A clock that starts at `start` and moves one minute forward on every call. */
function steppingClock(start = Date.UTC(2026, 10, 26, 8, 0, 0)): () => Date {
  let next = start;
  return () => {
    const now = new Date(next);
    next += 60_000;
    return now;
  };
}

/** Ids `note-1`, `note-2`, … */
function countingIds(): () => string {
  let n = 0;
  return () => `note-${++n}`;
}

describe('NotesService', () => {
  let db: DistrictLensDatabase;
  let service: NotesService;

  beforeEach(() => {
    db = new DistrictLensDatabase(`test-${crypto.randomUUID()}`);
    service = new NotesService(db, steppingClock(), countingIds());
  });

  afterEach(async () => {
    await db.delete();
  });

  describe('saveNote', () => {
    it('stores the note with an id and timestamps from the injected clock and id factory', async () => {
      const saved = await service.saveNote(newNote());
      expect(saved).toEqual({
        ...newNote(),
        id: 'note-1',
        createdAt: '2026-11-26T08:00:00.000Z',
        updatedAt: '2026-11-26T08:00:00.000Z',
      });
      expect(await db.notes.get('note-1')).toEqual(saved);
    });

    it('trims the body', async () => {
      const saved = await service.saveNote(newNote({ body: '  \n 记得跟进裘东耀的讲话 \t\n' }));
      expect(saved.body).toBe('记得跟进裘东耀的讲话');
      expect((await db.notes.get(saved.id))?.body).toBe('记得跟进裘东耀的讲话');
    });

    it('keeps the other fields exactly as given', async () => {
      const input = newNote({
        entityType: 'official',
        entityId: 'official:闵师林',
        entityName: '闵师林',
        quote: '閔師林',
      });
      const saved = await service.saveNote(input);
      expect(saved).toMatchObject({ ...input });
    });

    it('gives each note its own id and time', async () => {
      const first = await service.saveNote(newNote());
      const second = await service.saveNote(newNote({ body: '第二条' }));
      expect(first.id).toBe('note-1');
      expect(second.id).toBe('note-2');
      expect(second.createdAt).toBe('2026-11-26T08:01:00.000Z');
      expect(await db.notes.count()).toBe(2);
    });

    it('uses a random id and the current time by default', async () => {
      const defaults = new NotesService(db);
      const before = Date.now();
      const saved = await defaults.saveNote(newNote());
      expect(saved.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(Date.parse(saved.createdAt)).toBeGreaterThanOrEqual(before);
      expect(saved.updatedAt).toBe(saved.createdAt);
    });

    it('rejects an empty or blank body without writing', async () => {
      await expect(service.saveNote(newNote({ body: '' }))).rejects.toThrow('A note needs some text.');
      await expect(service.saveNote(newNote({ body: ' \n\t ' }))).rejects.toThrow('A note needs some text.');
      expect(await db.notes.count()).toBe(0);
    });

    it('rejects an over-long body without writing', async () => {
      await expect(service.saveNote(newNote({ body: '字'.repeat(MAX_NOTE_LENGTH + 1) }))).rejects.toThrow(
        `A note can hold at most ${MAX_NOTE_LENGTH} characters.`,
      );
      expect(await db.notes.count()).toBe(0);
    });

    it('accepts a body of exactly the maximum length, counted after trimming', async () => {
      const body = '字'.repeat(MAX_NOTE_LENGTH);
      const saved = await service.saveNote(newNote({ body: `  ${body}  ` }));
      expect(saved.body).toBe(body);
      expect(await db.notes.count()).toBe(1);
    });
  });

  describe('listNotes', () => {
    it('is empty for a new database', async () => {
      expect(await service.listNotes()).toEqual([]);
    });

    it('lists every note, newest first', async () => {
      await service.saveNote(newNote({ body: 'first' }));
      await service.saveNote(newNote({ body: 'second', entityId: 'city:330400', entityName: '嘉兴市' }));
      await service.saveNote(newNote({ body: 'third' }));
      const notes = await service.listNotes();
      expect(notes.map((n) => n.body)).toEqual(['third', 'second', 'first']);
      expect(notes.map((n) => n.id)).toEqual(['note-3', 'note-2', 'note-1']);
    });

    it('orders by creation time, not by id', async () => {
      const ids = ['c', 'a', 'b'];
      const byTime = new NotesService(db, steppingClock(), () => ids.shift()!);
      await byTime.saveNote(newNote({ body: 'oldest' }));
      await byTime.saveNote(newNote({ body: 'middle' }));
      await byTime.saveNote(newNote({ body: 'newest' }));
      expect((await byTime.listNotes()).map((n) => n.body)).toEqual(['newest', 'middle', 'oldest']);
    });
  });

  describe('notesForEntity', () => {
    it('returns only the notes about that entity, newest first', async () => {
      await service.saveNote(newNote({ body: '宁波 1' }));
      await service.saveNote(newNote({ body: '嘉兴', entityId: 'city:330400', entityName: '嘉兴市', quote: '嘉兴' }));
      await service.saveNote(newNote({ body: '宁波 2' }));
      const ningbo = await service.notesForEntity('city:330200');
      expect(ningbo.map((n) => n.body)).toEqual(['宁波 2', '宁波 1']);
      expect(ningbo.every((n) => n.entityId === 'city:330200')).toBe(true);
      expect((await service.notesForEntity('city:330400')).map((n) => n.body)).toEqual(['嘉兴']);
    });

    it('returns nothing for an entity without notes', async () => {
      await service.saveNote(newNote());
      expect(await service.notesForEntity('official:裘东耀')).toEqual([]);
    });
  });

  it('keeps notes in the database, not in the service', async () => {
    await service.saveNote(newNote());
    const other = new NotesService(db);
    expect((await other.listNotes()).map((n) => n.id)).toEqual(['note-1']);
  });

  it('keeps separate databases apart', async () => {
    await service.saveNote(newNote());
    const otherDb = new DistrictLensDatabase(`test-${crypto.randomUUID()}`);
    try {
      expect(await new NotesService(otherDb).listNotes()).toEqual([]);
    } finally {
      await otherDb.delete();
    }
  });
});
