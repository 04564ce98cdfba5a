import { describe, expect, it } from 'vitest';
import type { Note } from '../../lib/core/notes/note';
import {
  createNotesExport,
  createWebAnnotationExport,
  parseNotesImport,
  serializeWebAnnotationExport,
  type NotesAnnotationCollection,
} from '../../lib/core/notes-format';
import { toIsoInstant } from '../../lib/core/validation/xsd-date-time';
import { anchoredNote, sampleAnchor, sampleNote } from '../support/notes';

/** A parsed file the tests reach into by path; its shape is whatever the test makes it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- test edits of arbitrary JSON paths
type EditableJson = Record<string, any>;

const EXPORTED_AT = new Date('2026-11-26T23:30:00.000Z');

const TRICKY_NOTES: Note[] = [
  sampleNote({ id: 'b', createdAt: '2026-02-01T00:00:00.000Z', updatedAt: '2026-02-05T00:00:00.000Z' }),
  sampleNote({
    id: 'id with spaces/slashes?&#%',
    entityId: 'official:裘东耀',
    entityType: 'official',
    entityName: '裘东耀',
    body: '笔记,含逗号、"引号"\n换行 =SUM(1) +1 -1 @x # [链接](javascript:x)',
    quote: '裘東耀',
  }),
  sampleNote({ id: 'c', quote: '', pageTitle: '', body: '没有引文的笔记' }),
  anchoredNote({ tags: ['招商', '𠀋字', 'Hongqiao', '长三角 一体化'] }),
  // The anchor's quote differs from the note's (traditional on the page) and has no prefix.
  anchoredNote({
    id: 'd',
    quote: '裘东耀',
    tags: [],
    anchor: { exact: '裘東耀', prefix: '', suffix: '指出', sentence: '裘東耀指出', position: { start: 0, end: 3 } },
  }),
  anchoredNote({ id: 'e', quote: '', anchor: { ...sampleAnchor(), suffix: '', sentence: '' } }),
];

/** One annotation as the previous release exported it: no tagging bodies, no position, no dl:sentence. */
const PREVIOUS_RELEASE_FILE = `{
  "@context": [
    "http://www.w3.org/ns/anno.jsonld",
    {
      "dl": "urn:district-lens:vocab:"
    }
  ],
  "id": "urn:district-lens:notes-export:2026-11-26T23:30:00.000Z",
  "type": "AnnotationCollection",
  "label": "District Lens notes",
  "total": 1,
  "first": {
    "id": "urn:district-lens:notes-export:2026-11-26T23:30:00.000Z:page:1",
    "type": "AnnotationPage",
    "startIndex": 0,
    "items": [
      {
        "id": "urn:district-lens:note:n1",
        "type": "Annotation",
        "motivation": "commenting",
        "created": "2026-01-02T03:04:05.000Z",
        "modified": "2026-01-02T03:04:05.000Z",
        "body": {
          "type": "TextualBody",
          "value": "与虹桥商务区签订合作协议",
          "format": "text/plain",
          "purpose": "commenting"
        },
        "target": {
          "source": "https://example.com/news/1",
          "selector": {
            "type": "TextQuoteSelector",
            "exact": "宁波",
            "prefix": "浙江省",
            "suffix": "市长"
          },
          "dl:pageTitle": "上海虹桥商务区与长三角城市启动全面合作"
        },
        "dl:entity": {
          "dl:id": "city:330200",
          "dl:type": "city",
          "dl:name": "宁波市"
        }
      }
    ]
  }
}
`;

function exportOf(notes: readonly Note[]): NotesAnnotationCollection {
  return createWebAnnotationExport(notes, EXPORTED_AT);
}

/** The export as parsed JSON, for editing a file in a test. */
function exportJson(notes: readonly Note[] = [sampleNote()]): EditableJson {
  return JSON.parse(serializeWebAnnotationExport(exportOf(notes))) as EditableJson;
}

function errorOf(document: unknown): string {
  const result = parseNotesImport(JSON.stringify(document));
  if (result.ok) throw new Error('accepted');
  return result.error;
}

describe('createWebAnnotationExport', () => {
  it('writes an AnnotationCollection with the W3C context, the dl prefix and one page of annotations', () => {
    const collection = exportOf([sampleNote()]);
    expect(collection['@context']).toEqual(['http://www.w3.org/ns/anno.jsonld', { dl: 'urn:district-lens:vocab:' }]);
    expect(collection).toMatchObject({
      id: 'urn:district-lens:notes-export:2026-11-26T23:30:00.000Z',
      type: 'AnnotationCollection',
      label: 'District Lens notes',
      total: 1,
      first: { type: 'AnnotationPage', startIndex: 0 },
    });
  });

  it('writes each note as a commenting Annotation with a TextualBody, a TextQuoteSelector and dl:entity', () => {
    const [annotation] = exportOf([sampleNote()]).first.items;
    expect(annotation).toEqual({
      id: 'urn:district-lens:note:n1',
      type: 'Annotation',
      motivation: 'commenting',
      created: '2026-01-02T03:04:05.000Z',
      modified: '2026-01-02T03:04:05.000Z',
      body: { type: 'TextualBody', value: '与虹桥商务区签订合作协议', format: 'text/plain', purpose: 'commenting' },
      target: {
        source: 'https://example.com/news/1',
        selector: { type: 'TextQuoteSelector', exact: '宁波' },
        'dl:pageTitle': '上海虹桥商务区与长三角城市启动全面合作',
      },
      'dl:entity': { 'dl:id': 'city:330200', 'dl:type': 'city', 'dl:name': '宁波市' },
    });
  });

  it('writes an anchored note’s place as a TextQuoteSelector with its sentence and a TextPositionSelector', () => {
    const [annotation] = exportOf([anchoredNote()]).first.items;
    expect(annotation!.target).toEqual({
      source: 'https://example.com/news/1',
      selector: [
        {
          type: 'TextQuoteSelector',
          exact: '裘东耀',
          prefix: '座谈会上，宁波市长',
          suffix: '指出，要深化与虹桥商务区的合作。会后双方签署协议。',
          'dl:sentence': '座谈会上，宁波市长裘东耀指出，要深化与虹桥商务区的合作。',
        },
        { type: 'TextPositionSelector', start: 9, end: 12 },
      ],
      'dl:pageTitle': '上海虹桥商务区与长三角城市启动全面合作',
    });
  });

  it('writes tags as TextualBody bodies with the purpose “tagging”, after the note text', () => {
    const [annotation] = exportOf([anchoredNote()]).first.items;
    expect(annotation!.body).toEqual([
      { type: 'TextualBody', value: '宁波市长谈与虹桥的合作', format: 'text/plain', purpose: 'commenting' },
      { type: 'TextualBody', value: '招商', purpose: 'tagging' },
      { type: 'TextualBody', value: '长三角', purpose: 'tagging' },
    ]);
    expect(annotation!.motivation).toBe('commenting');
  });

  it('leaves out an empty prefix or suffix and writes the note’s quote apart when the anchor’s differs', () => {
    const note = anchoredNote({
      quote: '裘东耀',
      anchor: { exact: '裘東耀', prefix: '', suffix: '', sentence: '裘東耀。', position: { start: 0, end: 3 } },
    });
    const [annotation] = exportOf([note]).first.items;
    expect(annotation!.target).toEqual({
      source: 'https://example.com/news/1',
      selector: [
        { type: 'TextQuoteSelector', exact: '裘東耀', 'dl:sentence': '裘東耀。' },
        { type: 'TextPositionSelector', start: 0, end: 3 },
      ],
      'dl:quote': '裘东耀',
      'dl:pageTitle': '上海虹桥商务区与长三角城市启动全面合作',
    });
    expect(Object.keys(annotation!.target)).toEqual(['source', 'selector', 'dl:quote', 'dl:pageTitle']);
  });

  it('leaves the selector out for a note without a quote', () => {
    const [annotation] = exportOf([sampleNote({ quote: '' })]).first.items;
    expect(annotation!.target).toEqual({
      source: 'https://example.com/news/1',
      'dl:pageTitle': '上海虹桥商务区与长三角城市启动全面合作',
    });
  });

  it('sorts annotations like the JSON export and gives each a percent-encoded note IRI', () => {
    const items = exportOf(TRICKY_NOTES.slice(0, 3)).first.items;
    expect(items.map((a) => a.id)).toEqual([
      'urn:district-lens:note:c',
      'urn:district-lens:note:id%20with%20spaces%2Fslashes%3F%26%23%25',
      'urn:district-lens:note:b',
    ]);
  });

  it('serialises as pretty JSON-LD with one final newline', () => {
    const text = serializeWebAnnotationExport(exportOf([sampleNote()]));
    expect(text.startsWith('{\n  "@context": [\n    "http://www.w3.org/ns/anno.jsonld",')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('"dl:entity"');
    expect(text).toContain('宁波市');
  });
});

describe('Web Annotation import', () => {
  it('round trip: export → import gives the same notes', () => {
    const result = parseNotesImport(serializeWebAnnotationExport(exportOf(TRICKY_NOTES)));
    expect(result).toEqual({
      ok: true,
      format: 'web-annotation',
      notes: createNotesExport(TRICKY_NOTES, EXPORTED_AT).notes,
      // Web Annotations carry notes only: the reader layer is always empty, the articles none.
      readerLayer: { entities: [], corrections: [] },
      articles: [],
    });
  });

  it('round trip through the annotation export gives the same JSON export bytes', async () => {
    const { serializeNotesExport } = await import('../../lib/core/notes-format');
    const result = parseNotesImport(serializeWebAnnotationExport(exportOf(TRICKY_NOTES)));
    if (!result.ok) throw new Error(result.error);
    expect(serializeNotesExport(createNotesExport(result.notes, EXPORTED_AT))).toBe(
      serializeNotesExport(createNotesExport(TRICKY_NOTES, EXPORTED_AT)),
    );
  });

  it('reads a single Annotation, an AnnotationPage and a plain list of annotations', () => {
    const annotation = exportJson().first.items[0];
    const context = exportJson()['@context'];
    const expected = {
      ok: true,
      format: 'web-annotation',
      notes: [sampleNote()],
      readerLayer: { entities: [], corrections: [] },
      articles: [],
    };
    expect(parseNotesImport(JSON.stringify({ '@context': context, ...annotation }))).toEqual(expected);
    expect(
      parseNotesImport(JSON.stringify({ '@context': context, type: 'AnnotationPage', items: [annotation] })),
    ).toEqual(expected);
    expect(parseNotesImport(JSON.stringify([annotation]))).toEqual(expected);
  });

  it('round trip: tags, anchors and all come back equal, and re-export to the same JSON-LD bytes', () => {
    const text = serializeWebAnnotationExport(exportOf(TRICKY_NOTES));
    const result = parseNotesImport(text);
    if (!result.ok) throw new Error(result.error);
    expect(result.notes.map((note) => [note.id, note.tags, note.quote, note.anchor])).toEqual(
      createNotesExport(TRICKY_NOTES, EXPORTED_AT).notes.map((note) => [note.id, note.tags, note.quote, note.anchor]),
    );
    expect(serializeWebAnnotationExport(exportOf(result.notes))).toBe(text);
  });

  it('reads a file of the previous release: no tags and no anchor, the quote kept', () => {
    // Its selector has prefix and suffix, but no dl:sentence: the note follows its entity, like a layout 1 note.
    expect(parseNotesImport(PREVIOUS_RELEASE_FILE)).toEqual({
      ok: true,
      format: 'web-annotation',
      notes: [sampleNote()],
      readerLayer: { entities: [], corrections: [] },
      articles: [],
    });
  });

  it('gives another tool’s quote and position selectors no anchor (no dl:sentence), but keeps their quote and tags', () => {
    const document = exportJson();
    const annotation = document.first.items[0];
    annotation.body = [
      { type: 'TextualBody', purpose: 'tagging', value: 'Hongqiao' },
      { type: 'TextualBody', value: '与虹桥商务区签订合作协议' },
      { type: 'TextualBody', purpose: ['tagging'], value: '招商' },
    ];
    annotation.target.selector = [
      { type: 'TextPositionSelector', start: 100, end: 102 },
      { type: 'TextQuoteSelector', exact: '宁波', prefix: '浙江省', suffix: '市长' },
    ];
    expect(parseNotesImport(JSON.stringify(document))).toEqual({
      ok: true,
      format: 'web-annotation',
      notes: [sampleNote({ tags: ['Hongqiao', '招商'] })],
      readerLayer: { entities: [], corrections: [] },
      articles: [],
    });
  });

  it('reads an anchor without prefix or suffix as empty ones', () => {
    const document = exportJson();
    document.first.items[0].target.selector = [
      { type: 'TextQuoteSelector', exact: '宁波', 'dl:sentence': '宁波' },
      { type: 'TextPositionSelector', start: 0, end: 2 },
    ];
    expect(parseNotesImport(JSON.stringify(document))).toMatchObject({
      ok: true,
      notes: [
        sampleNote({
          anchor: { exact: '宁波', prefix: '', suffix: '', sentence: '宁波', position: { start: 0, end: 2 } },
        }),
      ],
    });
  });

  it('accepts the https context, a type list and a selector list', () => {
    const document = exportJson();
    document['@context'] = 'https://www.w3.org/ns/anno.jsonld';
    const annotation = document.first.items[0];
    annotation.type = ['Annotation', 'dl:Note'];
    annotation.target.selector = [
      { type: 'TextPositionSelector', start: 10, end: 12 },
      { type: 'TextQuoteSelector', exact: '宁波', prefix: '浙江', suffix: '市' },
    ];
    expect(parseNotesImport(JSON.stringify(document))).toMatchObject({ ok: true, notes: [sampleNote()] });
  });

  it('reads a target given as just the page address, with no quote and no title', () => {
    const document = exportJson();
    document.first.items[0].target = 'https://example.com/news/1';
    expect(parseNotesImport(JSON.stringify(document))).toMatchObject({
      ok: true,
      notes: [sampleNote({ quote: '', pageTitle: '' })],
    });
  });

  it('converts times in other zones to UTC and uses created when modified is missing', () => {
    const document = exportJson();
    const annotation = document.first.items[0];
    annotation.created = '2026-01-02T11:04:05+08:00';
    delete annotation.modified;
    expect(parseNotesImport(JSON.stringify(document))).toMatchObject({ ok: true, notes: [sampleNote()] });
    annotation.created = '2026-01-02T03:04:05.123456Z';
    expect(parseNotesImport(JSON.stringify(document))).toMatchObject({
      ok: true,
      notes: [sampleNote({ createdAt: '2026-01-02T03:04:05.123Z', updatedAt: '2026-01-02T03:04:05.123Z' })],
    });
  });

  it('keeps an annotation id that is not a District Lens IRI as the note id', () => {
    const document = exportJson();
    document.first.items[0].id = 'https://annotations.example/a/1';
    expect(parseNotesImport(JSON.stringify(document))).toMatchObject({
      ok: true,
      notes: [{ id: 'https://annotations.example/a/1' }],
    });
  });

  const BAD: [string, (document: EditableJson) => unknown, RegExp][] = [
    [
      'no @context',
      (d) => ({ ...d, '@context': undefined }),
      /not W3C Web Annotations \(its @context does not name http:\/\/www\.w3\.org\/ns\/anno\.jsonld\)/,
    ],
    ['another type', (d) => ({ ...d, type: 'Collection' }), /holds the text “Collection” as its type/],
    ['first page only a link', (d) => ({ ...d, first: 'urn:x:page:1' }), /does not contain its annotations/],
    ['more pages', (d) => ({ ...d, first: { ...d.first, next: 'urn:x:page:2' } }), /continues on further pages/],
    [
      'total disagrees',
      (d) => ({ ...d, total: 3 }),
      /says it holds 3 annotations but the file contains 1; it may be incomplete/,
    ],
    [
      'items not a list',
      (d) => ({ ...d, first: { ...d.first, items: {} } }),
      /list of annotations \(items\) must be a list, not an object/,
    ],
    [
      'annotation not an object',
      (d) => ({ ...d, first: { ...d.first, items: ['x'] } }),
      /^Annotation 1 must be an object, not the text “x”\.$/,
    ],
    [
      'not an Annotation',
      (d) => edit(d, (a) => (a.type = 'Note')),
      /the type \(type\) must be “Annotation”, not the text “Note”/,
    ],
    [
      'no dl:entity (another tool’s annotation)',
      (d) => edit(d, (a) => delete a['dl:entity']),
      /the District Lens entity \(dl:entity\) is missing/,
    ],
    [
      'dl:entity not an object',
      (d) => edit(d, (a) => (a['dl:entity'] = 'city')),
      /only annotations exported by District Lens can be imported/,
    ],
    [
      'entity without a type',
      (d) => edit(d, (a) => delete a['dl:entity']['dl:type']),
      /the entity type \(dl:entity\.dl:type\) is missing/,
    ],
    [
      'unknown entity type',
      (d) => edit(d, (a) => (a['dl:entity']['dl:type'] = 'company')),
      /entity type \(dl:entity\.dl:type\) must be one of/,
    ],
    [
      'body a text',
      (d) => edit(d, (a) => (a.body = '笔记')),
      /^Annotation 1 \(id “n1”\): the note text \(body\) must be a TextualBody object, not the text “笔记”\.$/,
    ],
    [
      'a body in a list that is not an object',
      (d) => edit(d, (a) => (a.body = [a.body, '招商'])),
      /^Annotation 1 \(id “n1”\): body 2 \(body\.1\) must be a TextualBody object, not the text “招商”\.$/,
    ],
    [
      'a tagging body that is not textual',
      (d) => edit(d, (a) => (a.body = [a.body, { type: 'SpecificResource', purpose: 'tagging', source: 'x' }])),
      /the type of body 2 \(body\.1\.type\) must be “TextualBody”, not the text “SpecificResource”/,
    ],
    [
      'two note texts',
      (d) => edit(d, (a) => (a.body = [a.body, { type: 'TextualBody', value: '又一条' }])),
      /^Annotation 1 \(id “n1”\): bodies 1 and 2 are both note texts \(neither has the purpose “tagging”\); District Lens keeps one text per note\.$/,
    ],
    [
      'only tags',
      (d) => edit(d, (a) => (a.body = [{ type: 'TextualBody', value: '招商', purpose: 'tagging' }])),
      /the note text \(body\) is missing: every body is a tag/,
    ],
    [
      'an empty list of bodies',
      (d) => edit(d, (a) => (a.body = [])),
      /the note text \(body\) is missing: the list of bodies is empty/,
    ],
    [
      'a tag that is not text',
      (d) => edit(d, (a) => (a.body = [a.body, { type: 'TextualBody', value: 5, purpose: 'tagging' }])),
      /^Annotation 1 \(id “n1”\): item 1 of the tag list \(the bodies with purpose “tagging”\) must be text, not the number 5\.$/,
    ],
    [
      'a repeated tag',
      (d) =>
        edit(
          d,
          (a) =>
            (a.body = [
              a.body,
              { type: 'TextualBody', value: '招商', purpose: 'tagging' },
              { type: 'TextualBody', value: '招商', purpose: 'tagging' },
            ]),
        ),
      /the tag list \(the bodies with purpose “tagging”\) must not hold the same tag twice/,
    ],
    [
      'an untidy tag',
      (d) => edit(d, (a) => (a.body = [a.body, { type: 'TextualBody', value: ' 招商 ', purpose: 'tagging' }])),
      /item 1 of the tag list \(the bodies with purpose “tagging”\) must not start or end with white space/,
    ],
    [
      'dl:quote not text',
      (d) => edit(d, (a) => (a.target['dl:quote'] = ['宁波'])),
      /^Annotation 1 \(id “n1”\): the quote \(target\.dl:quote\) must be text, not a list\.$/,
    ],
    [
      'an anchor without its position',
      (d) => edit(d, (a) => (a.target.selector = { ...a.target.selector, 'dl:sentence': '宁波市长' })),
      /^Annotation 1 \(id “n1”\): the quote’s position \(the TextPositionSelector in target\.selector\) is missing\.$/,
    ],
    [
      'a sentence that is not text',
      (d) =>
        edit(
          d,
          (a) =>
            (a.target.selector = [
              { ...a.target.selector, 'dl:sentence': null },
              { type: 'TextPositionSelector', start: 0, end: 2 },
            ]),
        ),
      /the quote’s sentence \(target\.selector\.dl:sentence\) must be text, not null/,
    ],
    [
      'a prefix too long',
      (d) =>
        edit(
          d,
          (a) =>
            (a.target.selector = [
              { ...a.target.selector, prefix: '前'.repeat(65), 'dl:sentence': '' },
              { type: 'TextPositionSelector', start: 0, end: 2 },
            ]),
        ),
      /the text before the quote \(target\.selector\.prefix\) must be at most 64 characters long/,
    ],
    [
      'a position selector without end',
      (d) =>
        edit(
          d,
          (a) =>
            (a.target.selector = [
              { ...a.target.selector, 'dl:sentence': '' },
              { type: 'TextPositionSelector', start: 0 },
            ]),
        ),
      /the end of the quote’s position \(TextPositionSelector end\) is missing/,
    ],
    [
      'a backwards position',
      (d) =>
        edit(
          d,
          (a) =>
            (a.target.selector = [
              { ...a.target.selector, 'dl:sentence': '' },
              { type: 'TextPositionSelector', start: 5, end: 2 },
            ]),
        ),
      /the quote’s position \(the TextPositionSelector in target\.selector\) must end after it starts, not run from 5 to 2/,
    ],
    [
      'body not textual',
      (d) => edit(d, (a) => (a.body.type = 'SpecificResource')),
      /type of the note text \(body\.type\) must be “TextualBody”/,
    ],
    [
      'empty body',
      (d) => edit(d, (a) => (a.body.value = '  ')),
      /^Annotation 1 \(id “n1”\): the note text \(body\.value\) must not be empty\.$/,
    ],
    ['no target', (d) => edit(d, (a) => delete a.target), /the annotated page \(target\) is missing/],
    ['no source', (d) => edit(d, (a) => delete a.target.source), /the page address \(target\.source\) is missing/],
    [
      'source not a web address',
      (d) => edit(d, (a) => (a.target.source = 'javascript:alert(1)')),
      /page address \(target\.source\) must be a web address/,
    ],
    [
      'quote not text',
      (d) => edit(d, (a) => (a.target.selector.exact = 5)),
      /quote \(target\.selector\.exact\) must be text, not the number 5/,
    ],
    ['no created', (d) => edit(d, (a) => delete a.created), /creation time \(created\) is missing/],
    [
      'created without a zone',
      (d) => edit(d, (a) => (a.created = '2026-01-02T03:04:05')),
      /creation time \(created\) must be a UTC time/,
    ],
    [
      'impossible modified',
      (d) => edit(d, (a) => (a.modified = '2026-02-30T03:04:05Z')),
      /last-edit time \(modified\) must be a UTC time/,
    ],
    [
      'broken id encoding',
      (d) => edit(d, (a) => (a.id = 'urn:district-lens:note:%E0%A4%A')),
      /the id \(id\) “urn:district-lens:note:%E0%A4%A” has a broken percent-encoding/,
    ],
    [
      'duplicate ids',
      (d) => ({ ...d, total: 2, first: { ...d.first, items: [d.first.items[0], d.first.items[0]] } }),
      /^Annotations 1 and 2 have the same id “n1”/,
    ],
  ];

  function edit(document: EditableJson, change: (annotation: EditableJson) => void): EditableJson {
    change(document.first.items[0]);
    return document;
  }

  it.each(BAD)('rejects %s with a sentence', (_name, damage, message) => {
    const error = errorOf(damage(exportJson()));
    expect(error).toMatch(message);
    expect(error).toMatch(/^[A-Z].*\.$/s);
    expect(error).not.toMatch(/Invalid (type|key)|Expected|Unexpected/);
  });

  it('refuses more annotations than the cap', () => {
    const text = serializeWebAnnotationExport(exportOf(TRICKY_NOTES));
    expect(parseNotesImport(text, { maxNotes: 2 })).toEqual({
      ok: false,
      error: 'The file holds 6 notes; District Lens imports at most 2 notes from one file.',
    });
  });
});

describe('toIsoInstant', () => {
  it.each([
    ['2026-01-02T03:04:05.000Z', '2026-01-02T03:04:05.000Z'],
    ['2026-01-01T02:00:00+08:00', '2025-12-31T18:00:00.000Z'],
    ['2025-12-31T20:30:00-05:30', '2026-01-01T02:00:00.000Z'],
    ['2026-01-02T03:04:05Z', '2026-01-02T03:04:05.000Z'],
    ['2026-01-02T03:04:05.1Z', '2026-01-02T03:04:05.100Z'],
    ['2024-02-29T00:00:00Z', '2024-02-29T00:00:00.000Z'],
    ['0099-01-01T00:00:00Z', '0099-01-01T00:00:00.000Z'],
  ])('reads %s as %s', (input, expected) => {
    expect(toIsoInstant(input)).toBe(expected);
  });

  it.each([
    '2026-01-02T03:04:05',
    '2026-01-02',
    '2025-02-29T00:00:00Z',
    '2026-01-02T24:00:00Z',
    '2026-01-02T03:60:00Z',
    '2026-01-02T03:04:05+15:00',
    '2026-01-02T03:04:05+08:60',
    '2026-1-2T03:04:05Z',
    ' 2026-01-02T03:04:05Z',
    '0000-01-01T00:00:00+01:00',
  ])('refuses %s', (input) => {
    expect(toIsoInstant(input)).toBeUndefined();
  });
});
