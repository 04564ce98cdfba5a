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
import { sampleNote } from '../support/notes';

const EXPORTED_AT = new Date('2026-11-26T23:30:00.000Z');
const NOTES = [
  sampleNote(),
  sampleNote({ id: 'n2', createdAt: '2026-01-03T00:00:00.000Z', updatedAt: '2026-01-03T00:00:00.000Z' }),
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
    exportWith((f) => (f.version = 2)),
    /newer version of District Lens \(format version 2\).*Update the extension/,
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
  ['unknown envelope field', exportWith((f) => (f.articles = [])), /field “articles” is not one District Lens knows/],
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
    noteWith('tags', ['a']),
    /^Note 1 \(id “n1”\): the field “tags” is not one District Lens knows\.$/,
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
    const three = exportWith((f) => f.notes.push({ broken: true }));
    expect(errorOf(three, { maxNotes: 2 })).toBe(
      'The file holds 3 notes; District Lens imports at most 2 notes from one file.',
    );
    expect(parseNotesImport(VALID, { maxNotes: 2 }).ok).toBe(true);
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
    );
  }

  it.each(PLACES)('%s neither pollutes nor leaks into the notes', (_name, text) => {
    expect(text).toMatch(/"(__proto__|constructor|prototype)": \{"polluted"/);
    const result = parseNotesImport(text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(Object.prototype.toString).toBe(Object.prototype.toString);
    if (!result.ok) throw new Error(result.error);
    for (const imported of result.notes) {
      expect(Object.getPrototypeOf(imported)).toBe(Object.prototype);
      expect(Object.keys(imported)).toEqual([...NOTE_FIELDS]);
      expect(imported.body).not.toBe('injected');
      expect((imported as unknown as Record<string, unknown>).polluted).toBeUndefined();
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
