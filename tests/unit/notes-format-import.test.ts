import { describe, expect, it } from 'vitest';
import {
  createNotesExport,
  createWebAnnotationExport,
  fitsImportLimits,
  importFileSizeError,
  MAX_IMPORT_FILE_BYTES,
  NOTE_FIELDS,
  notesToCsv,
  notesToMarkdown,
  parseNotesImport,
  serializeNotesExport,
  serializeWebAnnotationExport,
} from '../../lib/core/notes-format';
import { anchoredNote, sampleNote } from '../support/notes';

const EXPORTED_AT = new Date('2026-11-26T23:30:00.000Z');
const NOTES = [
  sampleNote(),
  sampleNote({ id: 'n2', createdAt: '2026-01-03T00:00:00.000Z', updatedAt: '2026-01-03T00:00:00.000Z' }),
  anchoredNote({ id: 'n3', createdAt: '2026-01-04T00:00:00.000Z', updatedAt: '2026-01-04T00:00:00.000Z' }),
];
const VALID = serializeNotesExport(createNotesExport(NOTES, EXPORTED_AT));

type Json = Record<string, unknown>;

/** A valid export as an object, changed by `edit`, as text. */
function exportWith(edit: (file: Json & { notes: Json[] }) => void): string {
  const file = JSON.parse(VALID) as Json & { notes: Json[] };
  edit(file);
  return JSON.stringify(file, null, 2);
}

/** A valid export whose first note has `field` set to `value` (or removed when `value` is undefined). */
function noteWith(field: string, value: unknown): string {
  return exportWith((file) => {
    if (value === undefined) delete file.notes[0]![field];
    else file.notes[0]![field] = value;
  });
}

/** A valid export whose anchored note (the third) has `edit` applied to its anchor. */
function anchorWith(edit: (anchor: Json & { position: Json }) => void): string {
  return exportWith((file) => edit(file.notes[2]!['anchor'] as Json & { position: Json }));
}

/** The valid export written as layout 1 (no tags, no anchor), changed by `edit`, as text. */
function version1With(edit: (file: Json & { notes: Json[] }) => void = () => {}): string {
  return exportWith((file) => {
    file.version = 1;
    // Layout 1 had no reader layer and no article briefs either.
    delete file['readerLayer'];
    delete file['articles'];
    for (const note of file.notes) {
      delete note['tags'];
      delete note['anchor'];
    }
    edit(file);
  });
}

function errorOf(input: unknown, options?: Parameters<typeof parseNotesImport>[1]): string {
  const result = parseNotesImport(input, options);
  if (result.ok) throw new Error(`accepted: ${JSON.stringify(input).slice(0, 200)}`);
  return result.error;
}

/** Every bad file, with what the reader must be told. */
const BAD_FILES: [string, unknown, RegExp][] = [
  ['not a string (undefined)', undefined, /nothing to import/],
  ['not a string (a number)', 42, /nothing to import/],
  ['not a string (an object)', { format: 'district-lens-notes' }, /nothing to import/],
  ['empty', '', /^The file is empty\.$/],
  ['only white space', ' \n\t ', /^The file is empty\.$/],
  ['not JSON', 'hello, world', /not valid JSON/],
  ['a Markdown export', notesToMarkdown(NOTES, EXPORTED_AT), /Markdown export, which cannot be imported/],
  ['a CSV export', notesToCsv(NOTES), /CSV export, which cannot be imported/],
  ['truncated JSON', VALID.slice(0, VALID.length / 2), /cut off \(truncated\)/],
  ['truncated inside a string', '{"format": "district-le', /cut off \(truncated\)/],
  ['broken in the middle', '{"format": "district-lens-notes",, "notes": []}', /not valid JSON/],
  ['a single JSON value', '"district-lens-notes"', /single JSON value/],
  ['null', 'null', /single JSON value/],
  ['JSON of another kind', '{"notes": []}', /not a District Lens notes export \(it has no format field\)/],
  [
    'wrong format name',
    exportWith((f) => (f.format = 'other-notes')),
    /format \(format\) is the text “other-notes” instead of “district-lens-notes”/,
  ],
  ['format of the wrong type', exportWith((f) => (f.format = 1)), /format \(format\) is the number 1/],
  [
    'a future version',
    exportWith((f) => (f.version = 5)),
    /^This notes export was made by a newer version of District Lens \(format version 5\); this version reads format version 4 and older\. Update the extension, then import the file again\.$/,
  ],
  ['version 0', exportWith((f) => (f.version = 0)), /format version 0, which District Lens never wrote/],
  [
    'version as text',
    exportWith((f) => (f.version = '1')),
    /version \(version\) is the text “1” instead of a whole number/,
  ],
  ['fractional version', exportWith((f) => (f.version = 1.5)), /whole number/],
  ['no version', exportWith((f) => delete f.version), /version \(version\) is nothing/],
  [
    'notes not a list',
    exportWith((f) => (f.notes = {} as Json[])),
    /list of notes \(notes\) must be a list, not an object/,
  ],
  ['no notes field', exportWith((f) => delete (f as Json).notes), /list of notes \(notes\) is missing/],
  ['bad export time', exportWith((f) => (f.exportedAt = 'yesterday')), /export time \(exportedAt\) must be a UTC time/],
  ['unknown envelope field', exportWith((f) => (f.sources = [])), /field “sources” is not one District Lens knows/],
  [
    'article briefs in a layout 3 file',
    exportWith((f) => (f.version = 3)),
    /^This notes export is damaged: the field “articles” is not one District Lens knows\.$/,
  ],
  [
    'a note that is text',
    exportWith((f) => (f.notes[1] = 'n2' as unknown as Json)),
    /^Note 2 must be an object with the note’s fields, not the text “n2”\.$/,
  ],
  ['a note that is a list', exportWith((f) => (f.notes[0] = [] as unknown as Json)), /^Note 1 must be an object/],
  [
    'body of the wrong type',
    noteWith('body', 42),
    /^Note 1 \(id “n1”\): the note text \(body\) must be text, not the number 42\.$/,
  ],
  ['empty body', noteWith('body', ''), /^Note 1 \(id “n1”\): the note text \(body\) must not be empty\.$/],
  ['white-space body', noteWith('body', ' \n　'), /the note text \(body\) must not be empty/],
  [
    'body too long',
    noteWith('body', '长'.repeat(20_001)),
    /body\) must be at most 20,000 characters long; it has 20,001/,
  ],
  ['missing body', noteWith('body', undefined), /^Note 1 \(id “n1”\): the note text \(body\) is missing\.$/],
  ['missing id', noteWith('id', undefined), /^Note 1: the id \(id\) is missing\.$/],
  ['empty id', noteWith('id', ''), /^Note 1: the id \(id\) must not be empty\.$/],
  ['id with a broken character', noteWith('id', 'a\uD800'), /id \(id\) must not contain a broken character/],
  [
    'unknown entity type',
    noteWith('entityType', 'company'),
    /entity type \(entityType\) must be one of official, person, city, platform, region, not the text “company”/,
  ],
  ['entity name null', noteWith('entityName', null), /entity name \(entityName\) must be text, not null/],
  ['quote a list', noteWith('quote', ['宁波']), /quote \(quote\) must be text, not a list/],
  ['page title missing', noteWith('pageTitle', undefined), /page title \(pageTitle\) is missing/],
  [
    'javascript: address',
    noteWith('url', 'javascript:alert(1)'),
    /page address \(url\) must be a web address starting with http:\/\/ or https:\/\//,
  ],
  ['relative address', noteWith('url', '/news/1'), /page address \(url\) must be a web address/],
  [
    'impossible date',
    noteWith('createdAt', '2026-02-30T00:00:00.000Z'),
    /creation time \(createdAt\) must be a UTC time such as 2026-01-02T03:04:05\.000Z/,
  ],
  [
    'date with an offset',
    noteWith('updatedAt', '2026-01-02T11:04:05+08:00'),
    /last-edit time \(updatedAt\) must be a UTC time/,
  ],
  [
    'date as a number',
    noteWith('createdAt', 1767323045000),
    /creation time \(createdAt\) must be text, not the number/,
  ],
  [
    'unknown note field',
    noteWith('color', 'red'),
    /^Note 1 \(id “n1”\): the field “color” is not one District Lens knows\.$/,
  ],
  // Layout 1: its notes are checked by the layout 1 rules, in which tags and anchor do not exist.
  [
    'version 1 note with tags',
    version1With((f) => (f.notes[0]!['tags'] = [])),
    /^Note 1 \(id “n1”\): the field “tags” is not one District Lens knows\.$/,
  ],
  [
    'version 1 note with an anchor',
    version1With((f) => (f.notes[1]!['anchor'] = null)),
    /^Note 2 \(id “n2”\): the field “anchor” is not one District Lens knows\.$/,
  ],
  [
    'version 1 note without body',
    version1With((f) => delete f.notes[0]!['body']),
    /^Note 1 \(id “n1”\): the note text \(body\) is missing\.$/,
  ],
  [
    'version 1 note with a bad address',
    version1With((f) => (f.notes[0]!['url'] = 'ftp://x')),
    /^Note 1 \(id “n1”\): the page address \(url\) must be a web address/,
  ],
  // Tags.
  [
    'version 2 note without tags',
    noteWith('tags', undefined),
    /^Note 1 \(id “n1”\): the tag list \(tags\) is missing\.$/,
  ],
  [
    'tags as text',
    noteWith('tags', '招商, 长三角'),
    /^Note 1 \(id “n1”\): the tag list \(tags\) must be a list of texts, not the text “招商, 长三角”\.$/,
  ],
  ['tags null', noteWith('tags', null), /the tag list \(tags\) must be a list of texts, not null/],
  [
    'a tag that is a number',
    noteWith('tags', ['招商', 5]),
    /^Note 1 \(id “n1”\): item 2 of the tag list \(tags\) must be text, not the number 5\.$/,
  ],
  [
    'an empty tag',
    noteWith('tags', ['招商', ' ']),
    /^Note 1 \(id “n1”\): item 2 of the tag list \(tags\) must not be empty\.$/,
  ],
  [
    'an untrimmed tag',
    noteWith('tags', [' 招商']),
    /item 1 of the tag list \(tags\) must not start or end with white space or hold runs of it, not the text “ 招商”/,
  ],
  [
    'a tag with a run of spaces',
    noteWith('tags', ['长三角  一体化']),
    /item 1 of the tag list \(tags\) must not start or end with white space/,
  ],
  [
    'a tag with a tab',
    noteWith('tags', ['长三角\t一体化']),
    /item 1 of the tag list \(tags\) must not start or end with white space/,
  ],
  [
    'a tag too long',
    noteWith('tags', ['长'.repeat(41)]),
    /item 1 of the tag list \(tags\) must be at most 40 characters long; it has 41/,
  ],
  [
    'a tag of 41 astral characters',
    noteWith('tags', ['𠀋'.repeat(41)]),
    /must be at most 40 characters long; it has 41/,
  ],
  [
    'too many tags',
    noteWith(
      'tags',
      Array.from({ length: 21 }, (_, i) => `标签${i}`),
    ),
    /^Note 1 \(id “n1”\): the tag list \(tags\) must hold at most 20 tags; it has 21\.$/,
  ],
  [
    'a repeated tag',
    noteWith('tags', ['招商', '长三角', '招商']),
    /the tag list \(tags\) must not hold the same tag twice \(case is ignored\): “招商” and “招商”/,
  ],
  [
    'a tag repeated in another case',
    noteWith('tags', ['Hongqiao', 'HONGQIAO']),
    /must not hold the same tag twice \(case is ignored\): “Hongqiao” and “HONGQIAO”/,
  ],
  // Anchors.
  [
    'version 2 note without anchor',
    noteWith('anchor', undefined),
    /^Note 1 \(id “n1”\): the quote’s place on the page \(anchor\) is missing\.$/,
  ],
  [
    'anchor as text',
    noteWith('anchor', '裘东耀'),
    /^Note 1 \(id “n1”\): the quote’s place on the page \(anchor\) must be null or an object with exact, prefix, suffix, sentence and position, not the text “裘东耀”\.$/,
  ],
  [
    'anchor a list',
    noteWith('anchor', []),
    /the quote’s place on the page \(anchor\) must be null or an object .*, not a list/,
  ],
  [
    'anchor without exact',
    anchorWith((a) => delete a['exact']),
    /^Note 3 \(id “n3”\): the anchored quote \(anchor\.exact\) is missing\.$/,
  ],
  [
    'anchor with an empty exact',
    anchorWith((a) => (a['exact'] = '')),
    /the anchored quote \(anchor\.exact\) must not be empty/,
  ],
  [
    'anchor exact too long',
    anchorWith((a) => (a['exact'] = '长'.repeat(1_001))),
    /the anchored quote \(anchor\.exact\) must be at most 1,000 characters long; it has 1,001/,
  ],
  [
    'anchor prefix not text',
    anchorWith((a) => (a['prefix'] = null)),
    /the text before the quote \(anchor\.prefix\) must be text, not null/,
  ],
  [
    'anchor prefix too long',
    anchorWith((a) => (a['prefix'] = '前'.repeat(65))),
    /the text before the quote \(anchor\.prefix\) must be at most 64 characters long; it has 65/,
  ],
  [
    'anchor suffix too long',
    anchorWith((a) => (a['suffix'] = '后'.repeat(65))),
    /the text after the quote \(anchor\.suffix\) must be at most 64 characters long/,
  ],
  [
    'anchor without sentence',
    anchorWith((a) => delete a['sentence']),
    /the quote’s sentence \(anchor\.sentence\) is missing/,
  ],
  [
    'anchor sentence too long',
    anchorWith((a) => (a['sentence'] = '句'.repeat(1_001))),
    /the quote’s sentence \(anchor\.sentence\) must be at most 1,000 characters long; it has 1,001/,
  ],
  [
    'anchor with an unknown field',
    anchorWith((a) => (a['score'] = 1)),
    /^Note 3 \(id “n3”\): the field “anchor\.score” is not one District Lens knows\.$/,
  ],
  [
    'anchor without position',
    anchorWith((a) => delete (a as Json)['position']),
    /the quote’s position \(anchor\.position\) is missing/,
  ],
  [
    'position a list',
    anchorWith((a) => (a.position = [9, 12] as unknown as Json)),
    /the quote’s position \(anchor\.position\) must be an object with start and end, not a list/,
  ],
  [
    'position without end',
    anchorWith((a) => delete a.position['end']),
    /the end of the quote’s position \(anchor\.position\.end\) is missing/,
  ],
  [
    'position with an unknown field',
    anchorWith((a) => (a.position['length'] = 3)),
    /the field “anchor\.position\.length” is not one District Lens knows/,
  ],
  [
    'negative start',
    anchorWith((a) => (a.position['start'] = -1)),
    /the start of the quote’s position \(anchor\.position\.start\) must not be negative, not the number -1/,
  ],
  [
    'fractional end',
    anchorWith((a) => (a.position['end'] = 12.5)),
    /the end of the quote’s position \(anchor\.position\.end\) must be a whole number, not the number 12\.5/,
  ],
  [
    'start as text',
    anchorWith((a) => (a.position['start'] = '9')),
    /the start of the quote’s position \(anchor\.position\.start\) must be a number, not the text “9”/,
  ],
  ['huge end', anchorWith((a) => (a.position['end'] = 1e300)), /anchor\.position\.end\) must be a whole number/],
  [
    'empty position',
    anchorWith((a) => (a.position['end'] = a.position['start'])),
    /^Note 3 \(id “n3”\): the quote’s position \(anchor\.position\) must end after it starts, not run from 9 to 9\.$/,
  ],
  [
    'backwards position',
    anchorWith((a) => (a.position['start'] = 20)),
    /the quote’s position \(anchor\.position\) must end after it starts, not run from 20 to 12/,
  ],
  [
    'duplicate ids',
    exportWith((f) => (f.notes[1]!.id = 'n1')),
    /^Notes 1 and 2 have the same id “n1”; every note in a file needs its own id/,
  ],
];

describe('parseNotesImport rejects bad files with a sentence for the reader', () => {
  it.each(BAD_FILES)('%s', (_name, input, message) => {
    const error = errorOf(input);
    expect(error).toMatch(message);
    // A sentence: capital first, full stop last, none of valibot's or the engine's own wording.
    expect(error).toMatch(/^[A-Z].*\.$/s);
    expect(error).not.toMatch(/Invalid (type|key)|Expected|Unexpected|SyntaxError|position \d/);
  });

  it('rejects every truncation of a valid file', () => {
    const text = VALID.trimEnd();
    for (let end = 0; end < text.length; end++) {
      expect(parseNotesImport(text.slice(0, end)).ok, `cut at ${end}`).toBe(false);
    }
  });

  it('says a file is too large before parsing it', () => {
    const huge = `{${' '.repeat(2_000)}`;
    expect(errorOf(huge, { maxLength: 1_000 })).toMatch(/^The file is too large to import/);
    expect(parseNotesImport(VALID, { maxLength: VALID.length }).ok).toBe(true);
  });

  it('refuses more notes than the cap, before checking them', () => {
    const four = exportWith((f) => f.notes.push({ broken: true }));
    expect(errorOf(four, { maxNotes: 3 })).toBe(
      'The file holds 4 notes; District Lens imports at most 3 notes from one file.',
    );
    expect(parseNotesImport(VALID, { maxNotes: 3 }).ok).toBe(true);
    expect(
      errorOf(
        version1With((f) => f.notes.push({ broken: true })),
        { maxNotes: 3 },
      ),
    ).toMatch(/holds 4 notes/);
  });

  it('has generous default caps: 100,000 notes and 64 MB', () => {
    const many = Array.from({ length: 100_001 }, () => ({}));
    const file = exportWith((f) => (f.notes = many));
    expect(errorOf(file)).toMatch(/holds 100,001 notes; District Lens imports at most 100,000/);
  });

  it('says how deep nesting is refused, without throwing', () => {
    const deep = `{"format":"district-lens-notes","version":1,"x":${'['.repeat(200_000)}${']'.repeat(200_000)}}`;
    expect(errorOf(deep)).toMatch(/nested too deeply|not one District Lens knows/);
  });
});

describe('parseNotesImport reads layout 1 files', () => {
  it('upgrades every note: no tags, no anchor, every other field as in the file', () => {
    const result = parseNotesImport(version1With());
    if (!result.ok) throw new Error(result.error);
    expect(result.notes).toEqual(NOTES.map((note) => ({ ...note, tags: [], anchor: null })));
    for (const note of result.notes) expect(Object.keys(note)).toEqual([...NOTE_FIELDS]);
  });

  it('answers an empty reader layer for a layout 1 file', () => {
    const result = parseNotesImport(version1With());
    expect(result.ok && result.readerLayer).toEqual({ entities: [], corrections: [] });
  });

  it('re-exports an upgraded file as layout 4, with an empty reader layer and no articles', () => {
    const result = parseNotesImport(version1With());
    if (!result.ok) throw new Error(result.error);
    expect(result.articles).toEqual([]);
    const text = serializeNotesExport(createNotesExport(result.notes, EXPORTED_AT));
    expect(JSON.parse(text)).toMatchObject({
      version: 4,
      readerLayer: { entities: [], corrections: [] },
      articles: [],
    });
    expect(parseNotesImport(text)).toEqual({
      ok: true,
      format: 'json',
      notes: result.notes,
      readerLayer: { entities: [], corrections: [] },
      articles: [],
    });
  });
});

describe('parseNotesImport accepts tags and anchors at their limits', () => {
  it.each<[string, string]>([
    [
      '20 tags',
      noteWith(
        'tags',
        Array.from({ length: 20 }, (_, i) => `标签${i}`),
      ),
    ],
    ['a tag of 40 characters', noteWith('tags', ['长'.repeat(40)])],
    ['a tag of 40 astral characters (80 UTF-16 units)', noteWith('tags', ['𠀋'.repeat(40)])],
    ['tags with single inner spaces and mixed case', noteWith('tags', ['长三角 一体化', 'Hongqiao', 'Pudong'])],
    [
      'an anchor at the very start of the text, without prefix or sentence',
      anchorWith((a) => {
        a['prefix'] = '';
        a['sentence'] = '';
        a.position['start'] = 0;
        a.position['end'] = 3;
      }),
    ],
    [
      '64 characters of context and 1,000 of sentence and quote',
      anchorWith((a) => {
        a['prefix'] = '前'.repeat(64);
        a['suffix'] = '后'.repeat(64);
        a['sentence'] = '句'.repeat(1_000);
        a['exact'] = '引'.repeat(1_000);
      }),
    ],
    ['a position far into a long article', anchorWith((a) => (a.position['end'] = Number.MAX_SAFE_INTEGER))],
  ])('%s', (_name, text) => {
    const result = parseNotesImport(text);
    if (!result.ok) throw new Error(result.error);
    // Accepted as written: the export gives the same bytes back.
    expect(serializeNotesExport(createNotesExport(result.notes, EXPORTED_AT))).toBe(
      serializeNotesExport(JSON.parse(text) as Parameters<typeof serializeNotesExport>[0]),
    );
  });
});

describe('importFileSizeError', () => {
  it('refuses files over the cap before they are read', () => {
    expect(importFileSizeError(MAX_IMPORT_FILE_BYTES + 1)).toBe(
      'The file is too large to import (64 MB); District Lens imports files of up to 64 MB.',
    );
    expect(importFileSizeError(0)).toBe('The file is empty.');
    expect(importFileSizeError(MAX_IMPORT_FILE_BYTES)).toBeUndefined();
  });
});

describe('fitsImportLimits', () => {
  it('tells whether an export would import again under the default caps', () => {
    expect(fitsImportLimits(VALID, 2)).toBe(true);
    expect(fitsImportLimits(VALID, 100_001)).toBe(false);
    expect(fitsImportLimits(' '.repeat(MAX_IMPORT_FILE_BYTES + 1), 1)).toBe(false);
  });
});

describe('prototype pollution', () => {
  const PAYLOAD = '{"polluted": 1, "body": "injected", "toString": "x"}';
  const webAnnotations = serializeWebAnnotationExport(createWebAnnotationExport(NOTES, EXPORTED_AT));
  const injectAfter = (text: string, marker: string, key: string) =>
    text.replace(marker, `${marker} "${key}": ${PAYLOAD},`);

  const PLACES: [string, string][] = [];
  for (const key of ['__proto__', 'constructor', 'prototype']) {
    PLACES.push(
      [`${key} at the top of a JSON export`, VALID.replace('{', `{"${key}": ${PAYLOAD},`)],
      [`${key} in a note`, injectAfter(VALID, '"id": "n2",', key)],
      [
        `${key} in the last note`,
        VALID.replace(
          '"updatedAt": "2026-01-03T00:00:00.000Z"',
          `"updatedAt": "2026-01-03T00:00:00.000Z", "${key}": ${PAYLOAD}`,
        ),
      ],
      [`${key} at the top of an annotation collection`, webAnnotations.replace('{', `{"${key}": ${PAYLOAD},`)],
      [`${key} in an annotation`, injectAfter(webAnnotations, '"type": "Annotation",', key)],
      [`${key} in an annotation body`, injectAfter(webAnnotations, '"type": "TextualBody",', key)],
      [`${key} in an annotation target`, injectAfter(webAnnotations, '"target": {', key)],
      [`${key} in an annotation entity`, injectAfter(webAnnotations, '"dl:entity": {', key)],
      [`${key} in an anchor`, injectAfter(VALID, '"anchor": {', key)],
      [`${key} in an anchor’s position`, injectAfter(VALID, '"position": {', key)],
      [`${key} in an annotation’s quote selector`, injectAfter(webAnnotations, '"type": "TextQuoteSelector",', key)],
      [
        `${key} in an annotation’s position selector`,
        injectAfter(webAnnotations, '"type": "TextPositionSelector",', key),
      ],
      [`${key} in a tagging body`, injectAfter(webAnnotations, '"value": "招商",', key)],
    );
  }

  it.each(PLACES)('%s neither pollutes nor leaks into the notes', (_name, text) => {
    expect(text).toMatch(/"(__proto__|constructor|prototype)": \{"polluted"/);
    const result = parseNotesImport(text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(Object.prototype.toString).toBe(Object.prototype.toString);
    if (!result.ok) throw new Error(result.error);
    expect(result.notes.filter((note) => note.anchor !== null)).toHaveLength(1);
    for (const imported of result.notes) {
      expect(Object.getPrototypeOf(imported)).toBe(Object.prototype);
      expect(Object.keys(imported)).toEqual([...NOTE_FIELDS]);
      expect(imported.body).not.toBe('injected');
      expect((imported as unknown as Record<string, unknown>).polluted).toBeUndefined();
      if (imported.anchor !== null) {
        expect(Object.getPrototypeOf(imported.anchor)).toBe(Object.prototype);
        expect(Object.keys(imported.anchor)).toEqual(['exact', 'prefix', 'suffix', 'sentence', 'position']);
        expect(Object.keys(imported.anchor.position)).toEqual(['start', 'end']);
      }
      expect(imported.tags.every((tag) => typeof tag === 'string')).toBe(true);
    }
  });

  it('does not let __proto__ stand in for a missing field', () => {
    const file = exportWith((f) => delete f.notes[0]!.body).replace(
      '"id": "n1",',
      '"id": "n1", "__proto__": {"body": "x"},',
    );
    expect(errorOf(file)).toMatch(/the note text \(body\) is missing/);
    expect(({} as Record<string, unknown>).body).toBeUndefined();
  });

  it('does not let a top-level __proto__ supply the format', () => {
    const file = '{"__proto__": {"format": "district-lens-notes", "version": 1}, "notes": []}';
    expect(errorOf(file)).toMatch(/not a District Lens notes export/);
    expect(({} as Record<string, unknown>).format).toBeUndefined();
  });
});
