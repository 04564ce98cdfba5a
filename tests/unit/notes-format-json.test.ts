import { describe, expect, it } from 'vitest';
import type { Note } from '../../lib/core/note';
import {
  createNotesExport,
  NOTES_EXPORT_VERSION,
  parseNotesImport,
  serializeNotesExport,
} from '../../lib/core/notes-format';
import { sampleNote } from '../support/notes';

const EXPORTED_AT = new Date('2026-11-26T23:30:00.000Z');

/** Notes with every kind of text that has tripped an export format somewhere. */
const TRICKY_NOTES: Note[] = [
  sampleNote(),
  sampleNote({
    id: 'n2',
    entityId: 'official:裘东耀',
    entityType: 'official',
    entityName: '裘东耀',
    body: '第二条笔记\n含换行、逗号,和"引号"以及 \\ 反斜杠\r\n还有 CRLF',
    quote: '裘東耀',
    createdAt: '2026-02-01T00:00:00.000Z',
    updatedAt: '2026-03-01T08:00:00.000Z',
  }),
  sampleNote({ id: 'n3', body: '=SUM(1)', quote: '+1', pageTitle: '-1', entityName: '@x' }),
  sampleNote({ id: 'n4', body: '# 标题\n- 列表 [链接](javascript:alert(1)) <b>粗体</b> *强调* `代码` 😀', quote: '' }),
];

/** A version 1 file byte for byte as the first release wrote it; it must keep importing. */
const VERSION_1_FILE = `{
  "format": "district-lens-notes",
  "version": 1,
  "exportedAt": "2026-11-26T23:30:00.000Z",
  "notes": [
    {
      "id": "n1",
      "entityId": "city:330200",
      "entityType": "city",
      "entityName": "宁波市",
      "body": "与虹桥商务区签订合作协议",
      "url": "https://example.com/news/1",
      "pageTitle": "上海虹桥商务区与长三角城市启动全面合作",
      "quote": "宁波",
      "createdAt": "2026-01-02T03:04:05.000Z",
      "updatedAt": "2026-01-02T03:04:05.000Z"
    }
  ]
}
`;

describe('JSON export format', () => {
  it('still writes layout version 1, byte for byte as the first release did', () => {
    expect(NOTES_EXPORT_VERSION).toBe(1);
    expect(serializeNotesExport(createNotesExport([sampleNote()], EXPORTED_AT))).toBe(VERSION_1_FILE);
  });

  it('reads a version 1 file', () => {
    const result = parseNotesImport(VERSION_1_FILE);
    expect(result).toEqual({ ok: true, format: 'json', notes: [sampleNote()] });
  });

  it('export → import → export gives the same bytes', () => {
    const first = serializeNotesExport(createNotesExport(TRICKY_NOTES, EXPORTED_AT));
    const imported = parseNotesImport(first);
    if (!imported.ok) throw new Error(imported.error);
    const second = serializeNotesExport(createNotesExport(imported.notes, EXPORTED_AT));
    expect(second).toBe(first);
  });

  it('imports every field of every note unchanged', () => {
    const imported = parseNotesImport(serializeNotesExport(createNotesExport(TRICKY_NOTES, EXPORTED_AT)));
    expect(imported.ok && imported.notes).toEqual(createNotesExport(TRICKY_NOTES, EXPORTED_AT).notes);
  });

  it('keeps Chinese text, emoji and line breaks as written', () => {
    const text = serializeNotesExport(createNotesExport(TRICKY_NOTES, EXPORTED_AT));
    expect(text).toContain('裘東耀');
    expect(text).toContain('😀');
    expect(text).toContain('\\r\\n还有 CRLF');
  });

  it('reads a file saved with a byte-order mark', () => {
    expect(parseNotesImport(`\uFEFF${VERSION_1_FILE}`)).toMatchObject({ ok: true, notes: [sampleNote()] });
  });

  it('reads an export of no notes as no notes', () => {
    const empty = serializeNotesExport(createNotesExport([], EXPORTED_AT));
    expect(parseNotesImport(empty)).toEqual({ ok: true, format: 'json', notes: [] });
  });

  it('returns notes in file order as fresh objects with the note fields in export order', () => {
    const reordered = JSON.parse(VERSION_1_FILE) as { notes: Record<string, unknown>[] };
    reordered.notes = [
      Object.fromEntries(Object.entries(reordered.notes[0]!).reverse()),
      { ...reordered.notes[0], id: 'n0', createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z' },
    ];
    const result = parseNotesImport(JSON.stringify(reordered));
    if (!result.ok) throw new Error(result.error);
    expect(result.notes.map((n) => n.id)).toEqual(['n1', 'n0']);
    expect(Object.keys(result.notes[0]!)).toEqual(Object.keys(sampleNote()));
    expect(Object.getPrototypeOf(result.notes[0])).toBe(Object.prototype);
  });
});
