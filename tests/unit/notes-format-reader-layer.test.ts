import { describe, expect, it } from 'vitest';
import {
  canonicalCorrection,
  canonicalReaderEntity,
  canonicalReaderLayer,
  CORRECTION_FIELDS,
  createNotesExport,
  createWebAnnotationExport,
  NOTES_EXPORT_MEMBERS,
  NOTES_EXPORT_VERSION,
  parseNotesImport,
  READER_ENTITY_FIELDS,
  serializeNotesExport,
  serializeWebAnnotationExport,
} from '../../lib/core/notes-format';
import {
  MAX_READER_CORRECTIONS,
  MAX_READER_ENTITIES,
  parseReaderLayer,
  type Correction,
  type ReaderEntity,
  type ReaderLayer,
} from '../../lib/core/reader-layer';
import { anchoredNote, sampleNote } from '../support/notes';
import {
  asLayout4,
  NO_READER_LAYER,
  reversedKeys,
  SAMPLE_CORRECTIONS,
  sampleReaderEntity,
  sampleReaderLayer,
} from './notes-format-reader-layer-samples';

const EXPORTED_AT = new Date('2026-11-26T23:30:00.000Z');
const LATER = new Date('2027-05-01T08:00:00.000Z');

/**
 * The layout 3 export of one note and {@link sampleReaderLayer}, byte for byte, as the previous
 * release wrote it (it must keep importing): entities sorted by id, corrections sorted by id,
 * every entry's fields in a fixed order, a `never` correction without an entity id written
 * without the key. This build writes the same bytes as layout 4 (see {@link asLayout4}).
 */
const LAYOUT_3_FILE = `{
  "format": "district-lens-notes",
  "version": 3,
  "exportedAt": "2026-11-26T23:30:00.000Z",
  "notes": [
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
    "entities": [
      {
        "id": "reader:a-official",
        "type": "official",
        "name": "裘东耀",
        "aliases": [],
        "description": "",
        "createdAt": "2026-02-03T04:05:06.000Z",
        "updatedAt": "2026-02-03T04:05:06.000Z"
      },
      {
        "id": "reader:suqian-park",
        "type": "platform",
        "name": "苏宿工业园区",
        "aliases": [
          "苏宿园区"
        ],
        "description": "苏州与宿迁合作共建。",
        "createdAt": "2026-01-02T03:04:05.000Z",
        "updatedAt": "2026-02-03T04:05:06.000Z"
      }
    ],
    "corrections": [
      {
        "kind": "change-type",
        "id": "c-1",
        "createdAt": "2026-02-03T04:05:06.000Z",
        "entityId": "platform:jd",
        "type": "person"
      },
      {
        "kind": "never",
        "id": "c-2",
        "createdAt": "2026-01-02T03:04:05.000Z",
        "surface": "东方"
      },
      {
        "kind": "never",
        "id": "c-3",
        "createdAt": "2026-02-03T04:05:06.000Z",
        "surface": "朝阳",
        "entityId": "city:110105"
      },
      {
        "kind": "not-here",
        "id": "c-4",
        "createdAt": "2026-01-02T03:04:05.000Z",
        "entityId": "city:469007",
        "surface": "东方市",
        "url": "https://news.example.cn/a.html",
        "prefix": "航线，",
        "suffix": "民可以直达上海。"
      },
      {
        "kind": "same-as",
        "id": "c-5",
        "createdAt": "2026-02-03T04:05:06.000Z",
        "alias": "中新合作区",
        "targetId": "platform:suzhou-industrial-park"
      }
    ]
  }
}
`;

type Json = Record<string, unknown>;
type LayerFile = Json & { notes: Json[]; readerLayer: Json & { entities: Json[]; corrections: Json[] } };

/** The sample layout 3 file as an object, changed by `edit`, as text. */
function fileWith(edit: (file: LayerFile) => void): string {
  const file = JSON.parse(LAYOUT_3_FILE) as LayerFile;
  edit(file);
  return JSON.stringify(file, null, 2);
}

function errorOf(text: string): string {
  const result = parseNotesImport(text);
  if (result.ok) throw new Error(`accepted: ${text.slice(0, 200)}`);
  return result.error;
}

/** Deep-freezes a value, so a test fails if the code under test writes to its input. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

describe('JSON export layouts 3 and 4 with the reader layer', () => {
  it('writes the layer after the notes, sorted and in a fixed field order, byte for byte', () => {
    expect(NOTES_EXPORT_VERSION).toBe(4);
    expect(serializeNotesExport(createNotesExport([sampleNote()], EXPORTED_AT, sampleReaderLayer()))).toBe(
      asLayout4(LAYOUT_3_FILE),
    );
  });

  it('always writes the layer, empty when none is given', () => {
    const data = createNotesExport([sampleNote()], EXPORTED_AT);
    expect(Object.keys(data)).toEqual([...NOTES_EXPORT_MEMBERS]);
    expect(data.readerLayer).toEqual({ entities: [], corrections: [] });
    expect(Object.keys(data.readerLayer)).toEqual(['entities', 'corrections']);
  });

  it('gives the same bytes whatever order the entries and their fields come in', () => {
    const layer = sampleReaderLayer();
    const [c0, c1, c2, c3, c4] = layer.corrections;
    const shuffled: ReaderLayer = {
      entities: [...layer.entities].reverse().map(reversedKeys),
      corrections: [c2!, c4!, c0!, c3!, c1!].map(reversedKeys),
    };
    expect(serializeNotesExport(createNotesExport([sampleNote()], EXPORTED_AT, shuffled))).toBe(
      asLayout4(LAYOUT_3_FILE),
    );
  });

  it('sorts by id in code-unit order, the same in every locale', () => {
    const ids = ['reader:b', 'reader:B', 'reader:a-2', 'reader:a_1', 'reader:10', 'reader:9'];
    const layer = canonicalReaderLayer({
      entities: ids.map((id) => sampleReaderEntity({ id })),
      corrections: ['é', 'e', 'Z', '中', '𠀋', '１'].map((id) => ({ ...SAMPLE_CORRECTIONS[1]!, id })),
    });
    expect(layer.entities.map((e) => e.id)).toEqual([
      'reader:10',
      'reader:9',
      'reader:B',
      'reader:a-2',
      'reader:a_1',
      'reader:b',
    ]);
    // 𠀋 is a surrogate pair (U+D840…), which sorts before U+FF11 in UTF-16 code units.
    expect(layer.corrections.map((c) => c.id)).toEqual(['Z', 'e', 'é', '中', '𠀋', '１']);
  });

  it('writes fresh objects with exactly the known fields, leaving the input alone', () => {
    const layer: ReaderLayer = deepFreeze({
      entities: [{ ...sampleReaderEntity(), colour: 'red' } as ReaderEntity],
      corrections: [
        { ...SAMPLE_CORRECTIONS[0]!, note: 'x' } as unknown as Correction,
        { kind: 'never', id: 'c-9', createdAt: '2026-01-02T03:04:05.000Z', surface: '东方', entityId: undefined },
      ],
    });
    const data = createNotesExport([], EXPORTED_AT, layer);
    expect(data.readerLayer.entities).toEqual([sampleReaderEntity()]);
    expect(Object.keys(data.readerLayer.entities[0]!)).toEqual([...READER_ENTITY_FIELDS]);
    expect(data.readerLayer.entities[0]).not.toBe(layer.entities[0]);
    expect(data.readerLayer.entities[0]!.aliases).not.toBe(layer.entities[0]!.aliases);
    expect(Object.keys(data.readerLayer.corrections[0]!)).toEqual([...CORRECTION_FIELDS['not-here']]);
    // An unset optional entity id is left out, not written as a key.
    expect(Object.keys(data.readerLayer.corrections[1]!)).toEqual(['kind', 'id', 'createdAt', 'surface']);
    expect(data.readerLayer.corrections[1]).not.toBe(layer.corrections[1]);
  });

  it('writes each kind of correction in the order parseReaderLayer gives it back', () => {
    const parsed = parseReaderLayer(sampleReaderLayer());
    if (!parsed.ok) throw new Error(parsed.error);
    for (const correction of parsed.layer.corrections) {
      expect(Object.keys(correction)).toEqual(Object.keys(canonicalCorrection(correction)));
    }
    expect(Object.keys(parsed.layer.entities[0]!)).toEqual([...READER_ENTITY_FIELDS]);
    expect(canonicalReaderEntity(parsed.layer.entities[0]!)).toEqual(parsed.layer.entities[0]);
  });

  it('keeps a correction of a kind this build does not know to its common fields, so the import names it', () => {
    const odd = { kind: 'forget', id: 'c-x', createdAt: '2026-01-02T03:04:05.000Z', surface: '东方' };
    expect(canonicalCorrection(odd as unknown as Correction)).toEqual({
      kind: 'forget',
      id: 'c-x',
      createdAt: '2026-01-02T03:04:05.000Z',
    });
    const constructorKind = { kind: 'constructor', id: 'c-y', createdAt: '2026-01-02T03:04:05.000Z' };
    expect(canonicalCorrection(constructorKind as unknown as Correction)).toEqual(constructorKind);
    const text = serializeNotesExport(
      createNotesExport([], EXPORTED_AT, { entities: [], corrections: [odd as never] }),
    );
    expect(errorOf(text)).toMatch(/Correction 1 \(id “c-x”\): the kind \(kind\) must be one of/);
  });

  it('leaves the Web Annotation export notes-only', () => {
    const text = serializeWebAnnotationExport(createWebAnnotationExport([sampleNote()], EXPORTED_AT));
    expect(text).not.toMatch(/readerLayer|reader:|苏宿/);
    expect(parseNotesImport(text)).toMatchObject({ ok: true, readerLayer: NO_READER_LAYER });
  });
});

describe('parseNotesImport reads layout 3 files', () => {
  it('reads the notes and the reader layer, in file order', () => {
    expect(parseNotesImport(LAYOUT_3_FILE)).toEqual({
      ok: true,
      format: 'json',
      notes: [sampleNote()],
      readerLayer: canonicalReaderLayer(sampleReaderLayer()),
      articles: [],
    });
    const reversed = fileWith((file) => {
      file.readerLayer.entities.reverse();
      file.readerLayer.corrections.reverse();
    });
    const result = parseNotesImport(reversed);
    if (!result.ok) throw new Error(result.error);
    expect(result.readerLayer.entities.map((e) => e.id)).toEqual(['reader:suqian-park', 'reader:a-official']);
    expect(result.readerLayer.corrections.map((c) => c.id)).toEqual(['c-5', 'c-4', 'c-3', 'c-2', 'c-1']);
  });

  it('export → import into a fresh profile → export is byte for byte the same but for exportedAt', () => {
    const notes = [sampleNote(), anchoredNote({ id: 'n2' })];
    const first = serializeNotesExport(createNotesExport(notes, EXPORTED_AT, sampleReaderLayer()));
    const imported = parseNotesImport(first);
    if (!imported.ok) throw new Error(imported.error);
    const second = serializeNotesExport(createNotesExport(imported.notes, LATER, imported.readerLayer));
    expect(second).not.toBe(first);
    expect(second.replace(LATER.toISOString(), EXPORTED_AT.toISOString())).toBe(first);
    expect(serializeNotesExport(createNotesExport(imported.notes, EXPORTED_AT, imported.readerLayer))).toBe(first);
  });

  it('returns fresh plain objects with their fields in export order', () => {
    const result = parseNotesImport(
      fileWith((file) => {
        file.readerLayer.entities = file.readerLayer.entities.map(reversedKeys);
        file.readerLayer.corrections = file.readerLayer.corrections.map(reversedKeys);
      }),
    );
    if (!result.ok) throw new Error(result.error);
    for (const entity of result.readerLayer.entities) {
      expect(Object.getPrototypeOf(entity)).toBe(Object.prototype);
      expect(Object.keys(entity)).toEqual([...READER_ENTITY_FIELDS]);
      expect(Array.isArray(entity.aliases)).toBe(true);
    }
    for (const correction of result.readerLayer.corrections) {
      expect(Object.getPrototypeOf(correction)).toBe(Object.prototype);
      expect(Object.keys(correction)).toEqual(Object.keys(canonicalCorrection(correction)));
    }
  });

  it('reads a file of the reader layer alone, and one with an empty layer', () => {
    const layerOnly = serializeNotesExport(createNotesExport([], EXPORTED_AT, sampleReaderLayer()));
    expect(parseNotesImport(layerOnly)).toEqual({
      ok: true,
      format: 'json',
      notes: [],
      readerLayer: canonicalReaderLayer(sampleReaderLayer()),
      articles: [],
    });
    const empty = serializeNotesExport(createNotesExport([sampleNote()], EXPORTED_AT));
    expect(parseNotesImport(empty)).toEqual({
      ok: true,
      format: 'json',
      notes: [sampleNote()],
      readerLayer: NO_READER_LAYER,
      articles: [],
    });
  });

  it('answers an empty layer for layout 2 and layout 1 files, which still import', () => {
    const layout2 = fileWith((file) => {
      file['version'] = 2;
      delete (file as Json)['readerLayer'];
    });
    expect(parseNotesImport(layout2)).toEqual({
      ok: true,
      format: 'json',
      notes: [sampleNote()],
      readerLayer: NO_READER_LAYER,
      articles: [],
    });
    const layout1 = fileWith((file) => {
      file['version'] = 1;
      delete (file as Json)['readerLayer'];
      for (const note of file.notes) {
        delete note['tags'];
        delete note['anchor'];
      }
    });
    expect(parseNotesImport(layout1)).toEqual({
      ok: true,
      format: 'json',
      notes: [sampleNote()],
      readerLayer: NO_READER_LAYER,
      articles: [],
    });
  });

  it('drops __proto__, constructor and prototype keys inside the layer, touching no prototype', () => {
    const text = LAYOUT_3_FILE.replace(
      '"id": "reader:a-official",',
      '"__proto__": { "polluted": true }, "constructor": { "prototype": { "polluted": true } }, "id": "reader:a-official",',
    )
      .replace('"readerLayer": {', '"readerLayer": { "__proto__": { "entities": [] }, "prototype": 1,')
      .replace('"kind": "never",', '"kind": "never", "__proto__": { "entityId": "city:1" },');
    expect(text).not.toBe(LAYOUT_3_FILE);
    const result = parseNotesImport(text);
    expect(result).toEqual(parseNotesImport(LAYOUT_3_FILE));
    if (!result.ok) throw new Error(result.error);
    for (const entity of result.readerLayer.entities) expect(Object.keys(entity)).toEqual([...READER_ENTITY_FIELDS]);
    expect(Object.hasOwn(result.readerLayer.corrections[1]!, 'entityId')).toBe(false);
    expect(({} as Json)['polluted']).toBeUndefined();
    expect(({} as Json)['entityId']).toBeUndefined();
  });
});

/** Every bad reader layer, with the whole sentence the reader must be told. */
const DAMAGED =
  'The part of this notes export with the reader’s own entities and corrections (readerLayer) is damaged.';
const BAD_LAYERS: [string, string, string][] = [
  [
    'no reader layer in a layout 3 file',
    fileWith((f) => delete (f as Json)['readerLayer']),
    'This notes export is damaged: the part with the reader’s own entities and corrections (readerLayer) is missing.',
  ],
  [
    'a reader layer in a layout 2 file',
    fileWith((f) => (f['version'] = 2)),
    'This notes export is damaged: the field “readerLayer” is not one District Lens knows.',
  ],
  [
    'a reader layer that is null',
    fileWith((f) => ((f as Json)['readerLayer'] = null)),
    `${DAMAGED} The reader layer must be an object with the fields entities and corrections, not null.`,
  ],
  [
    'a reader layer that is a list',
    fileWith((f) => ((f as Json)['readerLayer'] = [])),
    `${DAMAGED} The reader layer must be an object with the fields entities and corrections, not a list.`,
  ],
  [
    'no correction list',
    fileWith((f) => delete (f.readerLayer as Json)['corrections']),
    `${DAMAGED} The reader layer cannot be read: the correction list (corrections) is missing.`,
  ],
  [
    'an unknown member of the layer',
    fileWith((f) => (f.readerLayer['rules'] = [])),
    `${DAMAGED} The reader layer cannot be read: the field “rules” is not one District Lens knows.`,
  ],
  [
    'an entity with an empty name',
    fileWith((f) => (f.readerLayer.entities[1]!['name'] = '')),
    `${DAMAGED} Entity 2 (id “reader:suqian-park”): the name (name) must not be empty.`,
  ],
  [
    'an entity of an unknown type',
    fileWith((f) => (f.readerLayer.entities[0]!['type'] = 'company')),
    `${DAMAGED} Entity 1 (id “reader:a-official”): the type (type) must be one of official, person, city, platform, region, not the text “company”.`,
  ],
  [
    'an entity with an unknown field',
    fileWith((f) => (f.readerLayer.entities[0]!['colour'] = 'red')),
    `${DAMAGED} Entity 1 (id “reader:a-official”): the field “colour” is not one District Lens knows.`,
  ],
  [
    'an entity id that is not the reader’s',
    fileWith((f) => (f.readerLayer.entities[0]!['id'] = 'city:330200')),
    `${DAMAGED} Entity 1 (id “city:330200”): the id (id) must be “reader:” followed by up to 100 letters, digits, - or _, not the text “city:330200”.`,
  ],
  [
    'an alias that repeats the name in traditional characters',
    fileWith((f) => (f.readerLayer.entities[1]!['aliases'] = ['蘇宿工業園區'])),
    `${DAMAGED} Entity 2 (id “reader:suqian-park”): the alias list (aliases) must not repeat the name or another alias (traditional and simplified count as the same): “蘇宿工業園區”.`,
  ],
  [
    'an entity time in another spelling',
    fileWith((f) => (f.readerLayer.entities[1]!['updatedAt'] = '2026-02-03')),
    `${DAMAGED} Entity 2 (id “reader:suqian-park”): the last-edit time (updatedAt) must be a UTC time such as 2026-01-02T03:04:05.000Z, not the text “2026-02-03”.`,
  ],
  [
    'two entities with one id',
    fileWith((f) => (f.readerLayer.entities[1]!['id'] = 'reader:a-official')),
    `${DAMAGED} The reader layer cannot be read: the entity list (entities) must not hold two entities with the same id: items 1 and 2 are both “reader:a-official”.`,
  ],
  [
    'a correction of an unknown kind',
    fileWith((f) => (f.readerLayer.corrections[0]!['kind'] = 'forget')),
    `${DAMAGED} Correction 1 (id “c-1”): the kind (kind) must be one of not-here, never, change-type, same-as, not the text “forget”.`,
  ],
  [
    'a not-here address with a fragment',
    fileWith((f) => (f.readerLayer.corrections[3]!['url'] = 'https://news.example.cn/a.html#p3')),
    `${DAMAGED} Correction 4 (id “c-4”): the page address (url) must be the article’s address without a #fragment.`,
  ],
  [
    'a not-here address that runs a script',
    fileWith((f) => (f.readerLayer.corrections[3]!['url'] = 'javascript:alert(1)')),
    `${DAMAGED} Correction 4 (id “c-4”): the page address (url) must be a web address starting with http:// or https://, not the text “javascript:alert(1)”.`,
  ],
  [
    'a never correction without its text',
    fileWith((f) => delete f.readerLayer.corrections[1]!['surface']),
    `${DAMAGED} Correction 2 (id “c-2”): the highlighted text (surface) is missing.`,
  ],
  [
    'a same-as without a target',
    fileWith((f) => (f.readerLayer.corrections[4]!['targetId'] = '')),
    `${DAMAGED} Correction 5 (id “c-5”): the entity it names (targetId) must not be empty.`,
  ],
  [
    'a correction that is a number',
    fileWith((f) => (f.readerLayer.corrections[2] = 7 as unknown as Json)),
    `${DAMAGED} Correction 3 must be an object with the correction’s fields, not the number 7.`,
  ],
  [
    'two corrections with one id',
    fileWith((f) => (f.readerLayer.corrections[4]!['id'] = 'c-1')),
    `${DAMAGED} The reader layer cannot be read: the correction list (corrections) must not hold two corrections with the same id: items 1 and 5 are both “c-1”.`,
  ],
];

describe('parseNotesImport refuses a layout 3 file with a bad reader layer, whole', () => {
  it.each(BAD_LAYERS)('%s', (_name, text, error) => {
    // The notes of these files are all valid: one bad entry refuses everything.
    expect(parseNotesImport(text)).toEqual({ ok: false, error });
    expect(error).toMatch(/^[A-Z].*\.$/s);
    expect(error).not.toMatch(/Invalid (type|key)|Expected|Unexpected|SyntaxError/);
  });

  it('refuses a newer layout with the update sentence', () => {
    expect(errorOf(fileWith((f) => (f['version'] = 5)))).toBe(
      'This notes export was made by a newer version of District Lens (format version 5); this version reads format version 4 and older. Update the extension, then import the file again.',
    );
  });

  it('refuses a layout 4 file without its article briefs', () => {
    expect(errorOf(fileWith((f) => (f['version'] = 4)))).toBe(
      'This notes export is damaged: the list of article briefs (articles) is missing.',
    );
  });

  it('checks the notes first, then the layer', () => {
    const both = fileWith((f) => {
      f.notes[0]!['body'] = '';
      f.readerLayer.entities[0]!['name'] = '';
    });
    expect(errorOf(both)).toBe('Note 1 (id “n1”): the note text (body) must not be empty.');
  });

  it('refuses more entities or corrections than the caps before looking at them', () => {
    const entities = fileWith((f) => (f.readerLayer.entities = new Array<Json>(MAX_READER_ENTITIES + 1).fill({})));
    expect(errorOf(entities)).toBe(
      `${DAMAGED} The reader layer holds 10,001 entities; District Lens keeps at most 10,000.`,
    );
    const corrections = fileWith(
      (f) => (f.readerLayer.corrections = new Array<Json>(MAX_READER_CORRECTIONS + 1).fill({})),
    );
    expect(errorOf(corrections)).toBe(
      `${DAMAGED} The reader layer holds 10,001 corrections; District Lens keeps at most 10,000.`,
    );
  });

  it('refuses an entry over its field limits', () => {
    const aliases = Array.from({ length: 101 }, (_, i) => `别名${i}`);
    expect(errorOf(fileWith((f) => (f.readerLayer.entities[0]!['aliases'] = aliases)))).toBe(
      `${DAMAGED} Entity 1 (id “reader:a-official”): the alias list (aliases) must hold at most 100 aliases; it has 101.`,
    );
    expect(errorOf(fileWith((f) => (f.readerLayer.corrections[3]!['prefix'] = '前'.repeat(65))))).toBe(
      `${DAMAGED} Correction 4 (id “c-4”): the text before it (prefix) must be at most 64 characters long; it has 65.`,
    );
  });

  it('applies the file size cap to the reader layer too', () => {
    expect(parseNotesImport(LAYOUT_3_FILE, { maxLength: LAYOUT_3_FILE.length }).ok).toBe(true);
    const result = parseNotesImport(LAYOUT_3_FILE, { maxLength: LAYOUT_3_FILE.length - 1 });
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/^The file is too large to import/) as string });
  });

  it('refuses every truncation of a layout 3 file', () => {
    const text = LAYOUT_3_FILE.trimEnd();
    for (let end = 0; end < text.length; end++) {
      expect(parseNotesImport(text.slice(0, end)).ok, `cut at ${end}`).toBe(false);
    }
  });
});
