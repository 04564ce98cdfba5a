import 'fake-indexeddb/auto';
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { NewNote } from '../../lib/core/notes/note';
import { DistrictLensDatabase } from '../../lib/store/database';
import { NotesService } from '../../lib/store/notes-service';
import { requestStore } from '../../lib/store/store-client';
import { handleStoreMessage } from '../../lib/store/store-handler';
import { listenForStoreMessages } from '../../lib/store/store-listener';

function newNote(overrides: Partial<NewNote> = {}): NewNote {
  return {
    entityId: 'official:裘东耀',
    entityType: 'official',
    entityName: '裘东耀',
    body: '宁波市长,座谈会上讲话',
    tags: [],
    url: 'https://example.com/news/hongqiao',
    pageTitle: '上海虹桥商务区与长三角城市启动全面合作',
    quote: '裘东耀',
    anchor: null,
    ...overrides,
  };
}

function fixedClock(): () => Date {
  let next = Date.UTC(2026, 10, 26, 8, 0, 0);
  return () => new Date((next += 1000));
}

function countingIds(): () => string {
  let n = 0;
  return () => `note-${++n}`;
}

let db: DistrictLensDatabase;
let service: NotesService;

beforeEach(() => {
  db = new DistrictLensDatabase(`test-${crypto.randomUUID()}`);
  service = new NotesService(db, fixedClock(), countingIds());
});

afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

describe('handleStoreMessage', () => {
  it('saves a valid note and replies with it', async () => {
    const reply = await handleStoreMessage(service, { type: 'notes:save', note: newNote() });
    expect(reply).toEqual({ ok: true, value: expect.objectContaining({ ...newNote(), id: 'note-1' }) });
    expect(await db.notes.count()).toBe(1);
    expect((await db.notes.get('note-1'))?.entityName).toBe('裘东耀');
  });

  it('stores only the fields of a note, not extra ones the sender added', async () => {
    const reply = await handleStoreMessage(service, {
      type: 'notes:save',
      note: { ...newNote(), id: 'forged', admin: true },
    });
    expect(reply?.ok).toBe(true);
    const stored = await db.notes.toArray();
    expect(stored.map((n) => n.id)).toEqual(['note-1']);
    expect(stored[0]).not.toHaveProperty('admin');
  });

  it.each([
    ['a missing note', undefined, 'The note is missing.'],
    ['a note that is not an object', 'just text', 'The note is missing.'],
    ['a note that is an array', [newNote()], 'The note is missing.'],
    ['a note without a url', { ...newNote(), url: undefined }, "The note's url is not text."],
    ['a note whose body is a number', { ...newNote(), body: 42 }, "The note's body is not text."],
    ['a note with an unknown entity type', { ...newNote(), entityType: 'mayor' }, 'Unknown entity type mayor.'],
    ['a note with a blank body', newNote({ body: '   ' }), 'A note needs some text.'],
  ])('refuses %s with a readable error and stores nothing', async (_label, note, error) => {
    const reply = await handleStoreMessage(service, { type: 'notes:save', note });
    expect(reply).toEqual({ ok: false, error });
    expect(await db.notes.count()).toBe(0);
  });

  it('refuses a note with several fields missing, naming one of them', async () => {
    const reply = await handleStoreMessage(service, { type: 'notes:save', note: { body: '只有正文' } });
    expect(reply?.ok).toBe(false);
    if (reply?.ok === false) expect(reply.error).toMatch(/^The note's \w+ is not text\.$/);
    expect(await db.notes.count()).toBe(0);
  });

  it('lists notes newest first', async () => {
    await handleStoreMessage(service, { type: 'notes:save', note: newNote({ body: 'older' }) });
    await handleStoreMessage(service, { type: 'notes:save', note: newNote({ body: 'newer' }) });
    const reply = await handleStoreMessage(service, { type: 'notes:list' });
    expect(reply?.ok).toBe(true);
    if (reply?.ok) expect((reply.value as { body: string }[]).map((n) => n.body)).toEqual(['newer', 'older']);
  });

  it('answers notes:for-entity and refuses a non-text entity id', async () => {
    await handleStoreMessage(service, { type: 'notes:save', note: newNote() });
    await handleStoreMessage(service, {
      type: 'notes:save',
      note: newNote({ entityId: 'city:330200', entityType: 'city', entityName: '宁波市' }),
    });
    const reply = await handleStoreMessage(service, { type: 'notes:for-entity', entityId: 'city:330200' });
    expect(reply).toEqual({ ok: true, value: [expect.objectContaining({ id: 'note-2', entityName: '宁波市' })] });
    expect(await handleStoreMessage(service, { type: 'notes:for-entity', entityId: 7 })).toEqual({
      ok: false,
      error: 'The entity id is not text.',
    });
  });

  it('returns undefined for messages that are not store requests', async () => {
    expect(await handleStoreMessage(service, { type: 'page:annotate' })).toBeUndefined();
    expect(await handleStoreMessage(service, { note: newNote() })).toBeUndefined();
    expect(await handleStoreMessage(service, 'notes:save')).toBeUndefined();
    expect(await handleStoreMessage(service, null)).toBeUndefined();
    expect(await handleStoreMessage(service, undefined)).toBeUndefined();
    expect(await db.notes.count()).toBe(0);
  });

  it('turns a full disk into a sentence the reader can act on', async () => {
    vi.spyOn(service, 'saveNote').mockRejectedValue(Object.assign(new Error('quota'), { name: 'QuotaExceededError' }));
    const reply = await handleStoreMessage(service, { type: 'notes:save', note: newNote() });
    expect(reply).toEqual({
      ok: false,
      error: 'The browser is out of storage space for District Lens; free some space and try again.',
    });
  });

  it('turns a blocked database into a sentence the reader can act on', async () => {
    vi.spyOn(service, 'listNotes').mockRejectedValue(
      Object.assign(new Error('closed'), { name: 'DatabaseClosedError' }),
    );
    const reply = await handleStoreMessage(service, { type: 'notes:list' });
    expect(reply?.ok).toBe(false);
    if (reply?.ok === false) expect(reply.error).toMatch(/blocked by another tab/);
  });
});

describe('store messages through the browser runtime', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('saves a note and lists it back', async () => {
    listenForStoreMessages(service);
    const saved = await requestStore('notes:save', { note: newNote() });
    expect(saved).toMatchObject({ ...newNote(), id: 'note-1' });
    expect(saved.createdAt).toBe(saved.updatedAt);
    const listed = await requestStore('notes:list', {});
    expect(listed).toEqual([saved]);
  });

  it('answers notes for one entity', async () => {
    listenForStoreMessages(service);
    const about = await requestStore('notes:save', { note: newNote() });
    await requestStore('notes:save', {
      note: newNote({ entityId: 'city:330400', entityType: 'city', entityName: '嘉兴市', quote: '嘉兴' }),
    });
    expect(await requestStore('notes:for-entity', { entityId: 'official:裘东耀' })).toEqual([about]);
  });

  it('turns a failure reply into a thrown Error with the message', async () => {
    listenForStoreMessages(service);
    await expect(requestStore('notes:save', { note: newNote({ body: '  ' }) })).rejects.toThrow(
      new Error('A note needs some text.'),
    );
    const malformed = { ...newNote(), entityType: 'mayor' } as unknown as NewNote;
    await expect(requestStore('notes:save', { note: malformed })).rejects.toThrow('Unknown entity type mayor.');
    expect(await requestStore('notes:list', {})).toEqual([]);
  });

  it('tells the reader when nothing is listening', async () => {
    await expect(requestStore('notes:list', {})).rejects.toThrow(
      'District Lens could not reach its notes store; reload the page and try again.',
    );
  });

  it('stops answering after the returned function is called', async () => {
    const stop = listenForStoreMessages(service);
    await requestStore('notes:save', { note: newNote() });
    stop();
    await expect(requestStore('notes:list', {})).rejects.toThrow(/could not reach its notes store/);
  });

  it('leaves messages that are not store requests to other listeners', async () => {
    listenForStoreMessages(service);
    const other = vi.fn((message: unknown, _sender: unknown, sendResponse: (reply: unknown) => void) => {
      if ((message as { type?: string }).type !== 'page:ping') return undefined;
      sendResponse('pong');
      return true as const;
    });
    fakeBrowser.runtime.onMessage.addListener(other);
    expect(await fakeBrowser.runtime.sendMessage({ type: 'page:ping' })).toBe('pong');
    expect(await requestStore('notes:list', {})).toEqual([]);
  });
});
