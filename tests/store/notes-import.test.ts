import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Note } from '../../lib/core/notes/note';
import { createNotesExport, serializeNotesExport } from '../../lib/core/notes-format';
import { DistrictLensDatabase } from '../../lib/store/database';
import { NotesService } from '../../lib/store/notes-service';
import { handleStoreMessage } from '../../lib/store/store-handler';

const note = (id: string, body: string): Note => ({
  id,
  entityId: 'official:裘东耀',
  entityType: 'official',
  entityName: '裘东耀',
  body,
  tags: [],
  url: 'http://127.0.0.1/article.html',
  pageTitle: '上海虹桥商务区与长三角城市启动全面合作',
  quote: '裘东耀',
  anchor: null,
  createdAt: `2026-11-2${id}T08:00:00.000Z`,
  updatedAt: `2026-11-2${id}T08:00:00.000Z`,
});

const exportText = (notes: Note[]) =>
  serializeNotesExport(createNotesExport(notes, new Date('2026-11-26T00:00:00.000Z')));

function freshService() {
  const db = new DistrictLensDatabase(`import-${crypto.randomUUID()}`);
  return { db, service: new NotesService(db) };
}

describe('importing notes into the store', () => {
  it('previews without writing, then imports every note exactly', async () => {
    const { db, service } = freshService();
    const text = exportText([note('1', '签约宁波'), note('2', '第二条')]);
    expect(await service.importNotes(text, { replaceChanged: false, dryRun: true })).toMatchObject({
      format: 'json',
      added: 2,
      duplicates: 0,
      changed: 0,
    });
    expect(await db.notes.count()).toBe(0);
    await service.importNotes(text, { replaceChanged: false, dryRun: false });
    // Export → import into a fresh profile → export gives the same bytes.
    expect(exportText(await service.listNotes())).toBe(text);
  });

  it('skips notes it already has and replaces changed ones only when asked', async () => {
    const { db, service } = freshService();
    await db.notes.bulkAdd([note('1', '签约宁波'), note('2', '旧的')]);
    const text = exportText([note('1', '签约宁波'), note('2', '新的'), note('3', '第三条')]);
    expect(await service.importNotes(text, { replaceChanged: false, dryRun: false })).toMatchObject({
      added: 1,
      duplicates: 1,
      changed: 1,
    });
    expect((await db.notes.get('2'))?.body).toBe('旧的');
    await service.importNotes(text, { replaceChanged: true, dryRun: false });
    expect((await db.notes.get('2'))?.body).toBe('新的');
  });

  it('refuses a bad file with a readable error and leaves the database exactly as it was', async () => {
    const { db, service } = freshService();
    await db.notes.add(note('1', '签约宁波'));
    const before = await db.notes.toArray();
    for (const bad of ['not json', exportText([note('2', 'x')]).slice(0, 40), '{"__proto__":{"polluted":1}}']) {
      const reply = await handleStoreMessage(service, {
        type: 'notes:import',
        text: bad,
        replaceChanged: true,
        dryRun: false,
      });
      expect(reply).toMatchObject({ ok: false });
      expect((reply as { error: string }).error.length).toBeGreaterThan(10);
    }
    expect(await db.notes.toArray()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('writes nothing unless the message says dryRun: false', async () => {
    const { db, service } = freshService();
    await handleStoreMessage(service, { type: 'notes:import', text: exportText([note('1', 'a')]) });
    expect(await db.notes.count()).toBe(0);
  });
});
