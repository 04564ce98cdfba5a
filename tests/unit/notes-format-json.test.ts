import { describe, expect, it } from 'vitest';
import type { Note } from '../../lib/core/notes/note';
import {
  createNotesExport,
  NOTES_EXPORT_VERSION,
  parseNotesImport,
  serializeNotesExport,
} from '../../lib/core/notes-format';
import { sampleArticle } from '../support/articles';
import { anchoredNote, sampleAnchor, sampleNote, sampleNoteV1 } from '../support/notes';
import { asLayout4 } from './notes-format-reader-layer-samples';

const EXPORTED_AT = new Date('2026-11-26T23:30:00.000Z');

/** The reader layer of a file that has none (layouts 1 and 2, Web Annotations) or an empty one. */
const NO_LAYER = { entities: [], corrections: [] };

/** The article briefs of a file that has none (layouts 1 to 3, Web Annotations) or an empty list. */
const NO_ARTICLES: never[] = [];

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
  anchoredNote(),
  anchoredNote({
    id: 'n6',
    // Astral characters (𠀋 is outside the BMP) in tags and anchor: two UTF-16 units each.
    tags: ['𠀋字', '长三角 一体化', 'Hongqiao', '"引号", 逗号'],
    quote: '虹桥',
    anchor: {
      exact: '虹桥',
      prefix: '😀与',
      suffix: '商务区\n',
      sentence: '要深化与虹桥商务区',
      position: { start: 20, end: 22 },
    },
  }),
  // An anchor whose quote differs from the note's, at the very start of the text.
  anchoredNote({
    id: 'n7',
    tags: [],
    quote: '',
    anchor: { exact: '座谈会', prefix: '', suffix: '上', sentence: '', position: { start: 0, end: 3 } },
  }),
];

/** A version 1 file byte for byte as the first release wrote it (no tags, no anchor); it must keep importing. */
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

/** A version 2 file as the previous release wrote it: every note has tags and an anchor (null for a note on the entity itself), no reader layer; it must keep importing. */
const VERSION_2_FILE = `{
  "format": "district-lens-notes",
  "version": 2,
  "exportedAt": "2026-11-26T23:30:00.000Z",
  "notes": [
    {
      "id": "n-anchored",
      "entityId": "official:裘东耀",
      "entityType": "official",
      "entityName": "裘东耀",
      "body": "宁波市长谈与虹桥的合作",
      "tags": [
        "招商",
        "长三角"
      ],
      "url": "https://example.com/news/1",
      "pageTitle": "上海虹桥商务区与长三角城市启动全面合作",
      "quote": "裘东耀",
      "anchor": {
        "exact": "裘东耀",
        "prefix": "座谈会上，宁波市长",
        "suffix": "指出，要深化与虹桥商务区的合作。会后双方签署协议。",
        "sentence": "座谈会上，宁波市长裘东耀指出，要深化与虹桥商务区的合作。",
        "position": {
          "start": 9,
          "end": 12
        }
      },
      "createdAt": "2026-01-02T03:04:05.000Z",
      "updatedAt": "2026-01-02T03:04:05.000Z"
    },
    {
      "id": "n1",
      "entityId": "city:330200",
      "entityType": "city",
      "entityName": "宁波市",
      "body": "与虹桥商务区签订合作协议",
      "tags": [],
      "url": "https://example.com/news/1",
      "pageTitle": "上海虹桥商务区与长三角城市启动全面合作",
      "quote": "宁波",
      "anchor": null,
      "createdAt": "2026-01-02T03:04:05.000Z",
      "updatedAt": "2026-01-02T03:04:05.000Z"
    }
  ]
}
`;

/**
 * A version 3 file as the previous release wrote it: the notes as in version 2, then the reader
 * layer (empty here; `notes-format-reader-layer.test.ts` pins a full one byte for byte). It must
 * keep importing. This build writes the same notes as {@link VERSION_4_FILE}.
 */
const VERSION_3_FILE = `{
  "format": "district-lens-notes",
  "version": 3,
  "exportedAt": "2026-11-26T23:30:00.000Z",
  "notes": [
    {
      "id": "n-anchored",
      "entityId": "official:裘东耀",
      "entityType": "official",
      "entityName": "裘东耀",
      "body": "宁波市长谈与虹桥的合作",
      "tags": [
        "招商",
        "长三角"
      ],
      "url": "https://example.com/news/1",
      "pageTitle": "上海虹桥商务区与长三角城市启动全面合作",
      "quote": "裘东耀",
      "anchor": {
        "exact": "裘东耀",
        "prefix": "座谈会上，宁波市长",
        "suffix": "指出，要深化与虹桥商务区的合作。会后双方签署协议。",
        "sentence": "座谈会上，宁波市长裘东耀指出，要深化与虹桥商务区的合作。",
        "position": {
          "start": 9,
          "end": 12
        }
      },
      "createdAt": "2026-01-02T03:04:05.000Z",
      "updatedAt": "2026-01-02T03:04:05.000Z"
    },
    {
      "id": "n1",
      "entityId": "city:330200",
      "entityType": "city",
      "entityName": "宁波市",
      "body": "与虹桥商务区签订合作协议",
      "tags": [],
      "url": "https://example.com/news/1",
      "pageTitle": "上海虹桥商务区与长三角城市启动全面合作",
      "quote": "宁波",
      "anchor": null,
      "createdAt": "2026-01-02T03:04:05.000Z",
      "updatedAt": "2026-01-02T03:04:05.000Z"
    }
  ],
  "readerLayer": {
    "entities": [],
    "corrections": []
  }
}
`;

/** The version 4 file this build writes for the notes of {@link VERSION_3_FILE}: no article briefs. */
const VERSION_4_FILE = asLayout4(VERSION_3_FILE);

describe('JSON export format', () => {
  it('writes layout version 4 with tags and anchor in fixed places, then the reader layer and the articles, byte for byte', () => {
    expect(NOTES_EXPORT_VERSION).toBe(4);
    expect(VERSION_4_FILE).toContain('\n  "version": 4,\n');
    expect(VERSION_4_FILE.endsWith('\n    "corrections": []\n  },\n  "articles": []\n}\n')).toBe(true);
    expect(serializeNotesExport(createNotesExport([sampleNote(), anchoredNote()], EXPORTED_AT))).toBe(VERSION_4_FILE);
    expect(
      serializeNotesExport(
        createNotesExport([sampleNote(), anchoredNote()], EXPORTED_AT, { entities: [], corrections: [] }, []),
      ),
    ).toBe(VERSION_4_FILE);
  });

  it('reads a version 4 file back into the same notes, an empty reader layer and no articles', () => {
    expect(parseNotesImport(VERSION_4_FILE)).toEqual({
      ok: true,
      format: 'json',
      notes: [anchoredNote(), sampleNote()],
      readerLayer: NO_LAYER,
      articles: NO_ARTICLES,
    });
  });

  it('reads a version 3 file back into the same notes, an empty reader layer and no articles', () => {
    expect(parseNotesImport(VERSION_3_FILE)).toEqual({
      ok: true,
      format: 'json',
      notes: [anchoredNote(), sampleNote()],
      readerLayer: NO_LAYER,
      articles: NO_ARTICLES,
    });
  });

  it('upgrades a version 3 file to the version 4 bytes of the same notes', () => {
    const result = parseNotesImport(VERSION_3_FILE);
    if (!result.ok) throw new Error(result.error);
    expect(
      serializeNotesExport(createNotesExport(result.notes, EXPORTED_AT, result.readerLayer, result.articles)),
    ).toBe(VERSION_4_FILE);
  });

  it('reads a version 2 file (no reader layer) back into the same notes and an empty reader layer', () => {
    expect(parseNotesImport(VERSION_2_FILE)).toEqual({
      ok: true,
      format: 'json',
      notes: [anchoredNote(), sampleNote()],
      readerLayer: NO_LAYER,
      articles: NO_ARTICLES,
    });
  });

  it('upgrades a version 2 file to the version 4 bytes of the same notes', () => {
    const result = parseNotesImport(VERSION_2_FILE);
    if (!result.ok) throw new Error(result.error);
    expect(serializeNotesExport(createNotesExport(result.notes, EXPORTED_AT, result.readerLayer))).toBe(VERSION_4_FILE);
  });

  it('reads a version 1 file and upgrades its notes: no tags, no anchor, every other field as it was', () => {
    const result = parseNotesImport(VERSION_1_FILE);
    expect(result).toEqual({
      ok: true,
      format: 'json',
      notes: [sampleNote({ tags: [], anchor: null })],
      readerLayer: NO_LAYER,
      articles: NO_ARTICLES,
    });
    const upgraded = result.ok ? result.notes[0]! : sampleNote();
    expect(Object.keys(upgraded)).toEqual(Object.keys(sampleNote()));
    const { tags: _tags, anchor: _anchor, ...rest } = upgraded;
    expect(rest).toEqual(sampleNoteV1());
  });

  it('upgrades a version 1 file to the version 4 bytes of the same notes', () => {
    const result = parseNotesImport(VERSION_1_FILE);
    if (!result.ok) throw new Error(result.error);
    const reexported = serializeNotesExport(createNotesExport(result.notes, EXPORTED_AT));
    expect(reexported).toBe(serializeNotesExport(createNotesExport([sampleNote()], EXPORTED_AT)));
    expect(reexported).toContain('"version": 4,');
    expect(reexported).toContain('"articles": []');
    expect(reexported).toContain('"tags": [],');
    expect(reexported).toContain('"anchor": null,');
  });

  it('writes the anchor’s fields in a fixed order whatever order the note had them in', () => {
    const { exact, prefix, suffix, sentence, position } = sampleAnchor();
    const shuffled = anchoredNote({
      anchor: { position: { end: position.end, start: position.start }, sentence, suffix, prefix, exact },
    });
    expect(serializeNotesExport(createNotesExport([shuffled], EXPORTED_AT))).toBe(
      serializeNotesExport(createNotesExport([anchoredNote()], EXPORTED_AT)),
    );
  });

  it('export → import → export gives the same bytes', () => {
    const first = serializeNotesExport(createNotesExport(TRICKY_NOTES, EXPORTED_AT));
    const imported = parseNotesImport(first);
    if (!imported.ok) throw new Error(imported.error);
    const second = serializeNotesExport(createNotesExport(imported.notes, EXPORTED_AT));
    expect(second).toBe(first);
  });

  it('export → import → export gives the same bytes with article briefs', () => {
    const articles = [
      sampleArticle(),
      sampleArticle({ url: 'https://b.example.cn/2', canonicalUrl: 'https://b.example.cn/amp/2', date: undefined }),
      sampleArticle({ url: 'https://a.example.cn/1', site: 'a.example.cn', events: [] }),
    ];
    const first = serializeNotesExport(createNotesExport(TRICKY_NOTES, EXPORTED_AT, NO_LAYER, articles));
    const imported = parseNotesImport(first);
    if (!imported.ok) throw new Error(imported.error);
    expect(imported.articles.map((a) => a.url)).toEqual([
      'https://a.example.cn/1',
      'https://b.example.cn/2',
      'https://www.example.cn/news/hongqiao.html',
    ]);
    const second = serializeNotesExport(
      createNotesExport(imported.notes, EXPORTED_AT, imported.readerLayer, imported.articles),
    );
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
    expect(text).toContain('"𠀋字"');
    expect(text).toContain('"prefix": "😀与"');
  });

  it('reads a file saved with a byte-order mark', () => {
    expect(parseNotesImport(`\uFEFF${VERSION_1_FILE}`)).toMatchObject({ ok: true, notes: [sampleNote()] });
  });

  it('reads an export of no notes as no notes', () => {
    const empty = serializeNotesExport(createNotesExport([], EXPORTED_AT));
    expect(parseNotesImport(empty)).toEqual({
      ok: true,
      format: 'json',
      notes: [],
      readerLayer: NO_LAYER,
      articles: NO_ARTICLES,
    });
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
