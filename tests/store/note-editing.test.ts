import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { NewNote, Note } from '../../lib/core/notes/note';
import { DistrictLensDatabase } from '../../lib/store/database';
import { MAX_NOTE_LENGTH, NotesService } from '../../lib/store/notes-service';
import { requestStore } from '../../lib/store/store-client';
import { handleStoreMessage } from '../../lib/store/store-handler';
import { listenForStoreMessages } from '../../lib/store/store-listener';
import { articleUrl, countSavedArticles, parseNote } from '../../lib/store/store-protocol';

const ARTICLE = 'https://example.com/news/hongqiao';

function newNote(overrides: Partial<NewNote> = {}): NewNote {
  return {
    entityId: 'city:330200',
    entityType: 'city',
    entityName: '宁波市',
    body: '与虹桥商务区签订合作协议',
    tags: [],
    url: ARTICLE,
    pageTitle: '上海虹桥商务区与长三角城市启动全面合作',
    quote: '宁波',
    anchor: null,
    ...overrides,
  };
}

/** A clock that starts on 2026-11-26 08:00 UTC and moves one minute forward on every call. */
function steppingClock(): () => Date {
  let next = Date.UTC(2026, 10, 26, 8, 0, 0);
  return () => {
    const now = new Date(next);
    next += 60_000;
    return now;
  };
}

function countingIds(): () => string {
  let n = 0;
  return () => `note-${++n}`;
}

let db: DistrictLensDatabase;
let service: NotesService;

beforeEach(() => {
  db = new DistrictLensDatabase(`test-${crypto.randomUUID()}`);
  service = new NotesService(db, steppingClock(), countingIds());
});

afterEach(async () => {
  await db.delete();
});

describe('NotesService.updateNote', () => {
  it('replaces the trimmed body and moves updatedAt, keeping everything else', async () => {
    const saved = await service.saveNote(newNote());
    const updated = await service.updateNote(saved.id, '  改为：六月签约 \n');
    expect(updated).toEqual({ ...saved, body: '改为：六月签约', updatedAt: '2026-11-26T08:01:00.000Z' });
    expect(updated.createdAt).toBe(saved.createdAt);
    expect(await db.notes.get(saved.id)).toEqual(updated);
  });

  it('refuses an empty or over-long body and a note that does not exist, changing nothing', async () => {
    const saved = await service.saveNote(newNote());
    await expect(service.updateNote(saved.id, '  ')).rejects.toThrow('A note needs some text.');
    await expect(service.updateNote(saved.id, '字'.repeat(MAX_NOTE_LENGTH + 1))).rejects.toThrow(
      `at most ${MAX_NOTE_LENGTH} characters`,
    );
    await expect(service.updateNote('missing', 'text')).rejects.toThrow(/no longer exists/);
    expect(await db.notes.toArray()).toEqual([saved]);
  });
});

describe('NotesService.deleteNote and restoreNote', () => {
  it('deletes a note and answers it as it was', async () => {
    const keep = await service.saveNote(newNote({ body: 'keep' }));
    const gone = await service.saveNote(newNote({ body: 'gone' }));
    expect(await service.deleteNote(gone.id)).toEqual(gone);
    expect(await db.notes.toArray()).toEqual([keep]);
    await expect(service.deleteNote(gone.id)).rejects.toThrow(/no longer exists/);
  });

  it('restores exactly the deleted note: same id, body and timestamps', async () => {
    const saved = await service.saveNote(newNote());
    const edited = await service.updateNote(saved.id, 'edited');
    const deleted = await service.deleteNote(saved.id);
    const restored = await service.restoreNote(deleted);
    expect(restored).toEqual(edited);
    expect(await db.notes.get(saved.id)).toEqual(edited);
    expect(await service.notesForEntity('city:330200')).toEqual([edited]);
  });

  it('never overwrites a note that is already there', async () => {
    const saved = await service.saveNote(newNote());
    await expect(service.restoreNote({ ...saved, body: 'forged' })).rejects.toThrow('already in your notes');
    expect((await db.notes.get(saved.id))?.body).toBe(saved.body);
  });
});

describe('NotesService.entitySummary', () => {
  it('answers every note on the entity, newest first, and the other saved articles it is in', async () => {
    await service.saveNote(newNote({ body: 'here 1' }));
    await service.saveNote(newNote({ body: 'other A', url: 'https://example.com/a' }));
    await service.saveNote(newNote({ body: 'jiaxing', entityId: 'city:330400', url: 'https://example.com/c' }));
    await service.saveNote(newNote({ body: 'other A again', url: 'https://example.com/a#section-2' }));
    await service.saveNote(newNote({ body: 'other B', url: 'https://example.com/b' }));
    await service.saveNote(newNote({ body: 'here 2', url: `${ARTICLE}#top` }));

    const summary = await service.entitySummary('city:330200', ARTICLE);
    expect(summary.notes.map((n) => n.body)).toEqual(['here 2', 'other B', 'other A again', 'other A', 'here 1']);
    expect(summary.articleCount).toBe(2); // a and b; the fragment does not make another article
    expect((await service.entitySummary('city:330200')).articleCount).toBe(3);
    expect(await service.entitySummary('official:裘东耀', ARTICLE)).toEqual({ notes: [], articleCount: 0 });
  });
});

describe('store protocol helpers', () => {
  it('compares pages without their fragment', () => {
    expect(articleUrl('https://example.com/a#b')).toBe('https://example.com/a');
    expect(articleUrl('https://example.com/a?x=1')).toBe('https://example.com/a?x=1');
    expect(countSavedArticles([{ url: 'u#1' }, { url: 'u#2' }, { url: 'v' }], 'v#top')).toBe(1);
    expect(countSavedArticles([])).toBe(0);
  });

  it('parses a whole note for restore and drops extra fields', () => {
    const note: Note = {
      ...newNote(),
      id: 'n1',
      createdAt: '2026-11-26T08:00:00.000Z',
      updatedAt: '2026-11-26T08:05:00.000Z',
    };
    expect(parseNote({ ...note, admin: true })).toEqual(note);
    expect(() => parseNote({ ...note, id: '' })).toThrow("The note's id is not text.");
    expect(() => parseNote({ ...note, createdAt: 'yesterday' })).toThrow("The note's createdAt is not a date.");
    expect(() => parseNote({ ...note, updatedAt: 5 })).toThrow("The note's updatedAt is not a date.");
    expect(() => parseNote({ ...note, entityType: 'mayor' })).toThrow('Unknown entity type mayor.');
  });
});

describe('handleStoreMessage: editing messages', () => {
  async function saved(overrides: Partial<NewNote> = {}): Promise<Note> {
    const reply = await handleStoreMessage(service, { type: 'notes:save', note: newNote(overrides) });
    if (!reply?.ok) throw new Error('save failed');
    return reply.value as Note;
  }

  it('notes:update answers the updated note', async () => {
    const note = await saved();
    const reply = await handleStoreMessage(service, { type: 'notes:update', id: note.id, body: '新内容' });
    expect(reply).toEqual({ ok: true, value: { ...note, body: '新内容', updatedAt: '2026-11-26T08:01:00.000Z' } });
  });

  it.each([
    ['a missing id', { body: 'x' }, 'The note id is not text.'],
    ['a numeric id', { id: 1, body: 'x' }, 'The note id is not text.'],
    ['an empty id', { id: '', body: 'x' }, 'The note id is empty.'],
    ['a missing body', { id: 'note-1' }, 'The note text is not text.'],
    ['a blank body', { id: 'note-1', body: ' ' }, 'A note needs some text.'],
    [
      'an unknown note',
      { id: 'nope', body: 'x' },
      'That note no longer exists; it may have been deleted in another tab.',
    ],
  ])('notes:update refuses %s', async (_label, fields, error) => {
    const note = await saved();
    expect(await handleStoreMessage(service, { type: 'notes:update', ...fields })).toEqual({ ok: false, error });
    expect(await db.notes.toArray()).toEqual([note]);
  });

  it('notes:delete answers the deleted note and notes:restore puts it back', async () => {
    const note = await saved();
    expect(await handleStoreMessage(service, { type: 'notes:delete', id: note.id })).toEqual({ ok: true, value: note });
    expect(await db.notes.count()).toBe(0);
    expect(await handleStoreMessage(service, { type: 'notes:restore', note })).toEqual({ ok: true, value: note });
    expect(await db.notes.toArray()).toEqual([note]);
  });

  it('notes:delete and notes:restore refuse malformed input', async () => {
    const note = await saved();
    expect(await handleStoreMessage(service, { type: 'notes:delete', id: 42 })).toEqual({
      ok: false,
      error: 'The note id is not text.',
    });
    expect(await handleStoreMessage(service, { type: 'notes:delete', id: 'nope' })).toMatchObject({ ok: false });
    expect(await handleStoreMessage(service, { type: 'notes:restore' })).toEqual({
      ok: false,
      error: 'The note is missing.',
    });
    expect(
      await handleStoreMessage(service, { type: 'notes:restore', note: { ...note, id: 'other', createdAt: 'x' } }),
    ).toEqual({ ok: false, error: "The note's createdAt is not a date." });
    expect(await handleStoreMessage(service, { type: 'notes:restore', note })).toEqual({
      ok: false,
      error: 'That note is already in your notes.',
    });
    expect(await db.notes.toArray()).toEqual([note]);
  });

  it('notes:entity-summary answers notes and article count, and refuses non-text input', async () => {
    const here = await saved();
    const there = await saved({ url: 'https://example.com/other' });
    expect(
      await handleStoreMessage(service, { type: 'notes:entity-summary', entityId: 'city:330200', excludeUrl: ARTICLE }),
    ).toEqual({
      ok: true,
      value: { notes: [there, here], articleCount: 1 },
    });
    expect(await handleStoreMessage(service, { type: 'notes:entity-summary', entityId: 'city:330200' })).toEqual({
      ok: true,
      value: { notes: [there, here], articleCount: 2 },
    });
    expect(await handleStoreMessage(service, { type: 'notes:entity-summary', entityId: null })).toEqual({
      ok: false,
      error: 'The entity id is not text.',
    });
    expect(
      await handleStoreMessage(service, { type: 'notes:entity-summary', entityId: 'city:330200', excludeUrl: 3 }),
    ).toEqual({ ok: false, error: 'The page URL is not text.' });
  });
});

describe('editing through the browser runtime', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('updates, deletes, restores and summarises with requestStore', async () => {
    listenForStoreMessages(service);
    const note = await requestStore('notes:save', { note: newNote() });
    const updated = await requestStore('notes:update', { id: note.id, body: 'edited' });
    expect(updated.body).toBe('edited');
    expect(await requestStore('notes:delete', { id: note.id })).toEqual(updated);
    expect(await requestStore('notes:entity-summary', { entityId: note.entityId, excludeUrl: ARTICLE })).toEqual({
      notes: [],
      articleCount: 0,
    });
    expect(await requestStore('notes:restore', { note: updated })).toEqual(updated);
    expect(await requestStore('notes:entity-summary', { entityId: note.entityId })).toEqual({
      notes: [updated],
      articleCount: 1,
    });
    await expect(requestStore('notes:delete', { id: 'missing' })).rejects.toThrow(/no longer exists/);
  });
});
