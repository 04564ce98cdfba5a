import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES } from '../../lib/core/entity/entity';
import type { QuoteAnchor } from '../../lib/core/notes/anchoring';
import type { Note } from '../../lib/core/notes/note';
import { normalizeTags } from '../../lib/core/notes/note-tags';
import { readerLayerSchema } from '../../lib/core/reader-layer';
import {
  createNotesExport,
  createWebAnnotationExport,
  ANCHOR_FIELDS,
  NOTE_FIELDS,
  noteSchema,
  parseNotesImport,
  previewImport,
  serializeNotesExport,
  serializeWebAnnotationExport,
  type NotesImportResult,
} from '../../lib/core/notes-format';

// Runs per property; the total is reported in the summary of the import work.
const RUNS = 1_000;

const instant = fc
  .date({ min: new Date('1970-01-01T00:00:00.000Z'), max: new Date('9999-12-31T23:59:59.999Z'), noInvalidDate: true })
  .map((date) => date.toISOString());
const anyText = fc.string({ unit: 'binary', maxLength: 40 });
const idText = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 });

/** Raw tag input: any text (astral, lone surrogates, white space), Chinese tags, near-repeats. */
const rawTag = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 50 }),
  fc.constantFrom('招商', '长三角', 'Hongqiao', 'hongqiao', ' 𠀋字 ', '长三角  一体化', '\t', '   '),
  fc.string({ unit: fc.constantFrom('a', 'A', ' ', '\u3000', '\n', '招', '𠀋'), maxLength: 45 }),
);

/** Tags as the store keeps them: any reader input, normalised. */
const validTags = fc.array(rawTag, { maxLength: 25 }).map((tags) => normalizeTags(tags));

/** Any anchor the import must accept, at and well inside its limits. */
const validAnchor: fc.Arbitrary<QuoteAnchor> = fc.record({
  exact: fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }),
  // 32 code points are at most 64 UTF-16 units, the cap.
  prefix: fc.string({ unit: 'binary', maxLength: 32 }),
  suffix: fc.string({ unit: 'binary', maxLength: 32 }),
  sentence: fc.string({ unit: 'binary', maxLength: 200 }),
  position: fc
    .tuple(fc.oneof(fc.nat(1_000), fc.nat()), fc.integer({ min: 1, max: 1_000 }))
    .map(([start, length]) => ({ start, end: start + length })),
});

/** Any note the import must accept. */
const validNote: fc.Arbitrary<Note> = fc
  .record({
    id: idText,
    entityId: idText,
    entityType: fc.constantFrom(...ENTITY_TYPES),
    entityName: fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }),
    body: anyText.filter((body) => body.trim().length > 0),
    tags: validTags,
    url: fc.webUrl({ withQueryParameters: true, withFragments: true }),
    pageTitle: anyText,
    // Often the anchor's own quote, as the store writes it; sometimes another text.
    quote: anyText,
    anchor: fc.option(validAnchor, { nil: null, freq: 2 }),
    createdAt: instant,
    updatedAt: instant,
  })
  .chain((note) =>
    note.anchor === null
      ? fc.constant(note)
      : fc.boolean().map((sameQuote) => (sameQuote ? { ...note, quote: note.anchor!.exact } : note)),
  );
const validNotes = fc.uniqueArray(validNote, { selector: (note) => note.id, maxLength: 6 });
const EXPORTED_AT = new Date('2026-11-26T23:30:00.000Z');

/** What every answer must look like, whatever the input: accepted notes are valid, fresh notes. */
function checkAnswer(result: NotesImportResult): void {
  if (!result.ok) {
    expect(typeof result.error).toBe('string');
    expect(result.error.length).toBeGreaterThan(0);
    return;
  }
  expect(['json', 'web-annotation']).toContain(result.format);
  expect(Array.isArray(result.notes)).toBe(true);
  expect(new Set(result.notes.map((note) => note.id)).size).toBe(result.notes.length);
  for (const note of result.notes) {
    expect(v.is(noteSchema, note)).toBe(true);
    expect(Object.getPrototypeOf(note)).toBe(Object.prototype);
    expect(Object.keys(note)).toEqual([...NOTE_FIELDS]);
    for (const field of NOTE_FIELDS) {
      if (field !== 'tags' && field !== 'anchor') expect(typeof note[field]).toBe('string');
    }
    expect(Array.isArray(note.tags) && Object.getPrototypeOf(note.tags) === Array.prototype).toBe(true);
    expect(note.tags).toEqual(normalizeTags(note.tags));
    if (note.anchor !== null) {
      expect(Object.getPrototypeOf(note.anchor)).toBe(Object.prototype);
      expect(Object.keys(note.anchor)).toEqual([...ANCHOR_FIELDS]);
      expect(Object.getPrototypeOf(note.anchor.position)).toBe(Object.prototype);
      expect(Object.keys(note.anchor.position)).toEqual(['start', 'end']);
    }
  }
  // JSON layouts 1 and 2 and Web Annotations carry no reader layer; a layout 3 or 4 one passed its
  // rules. Only layout 4 carries articles, and these notes-only files have none.
  expect(v.is(readerLayerSchema, result.readerLayer)).toBe(true);
  expect(result.articles).toEqual([]);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

/** Every object and list in a JSON value, with a way to reach it. */
function containers(value: unknown): (Record<string, unknown> | unknown[])[] {
  const found: (Record<string, unknown> | unknown[])[] = [];
  const visit = (node: unknown) => {
    if (typeof node !== 'object' || node === null) return;
    found.push(node as Record<string, unknown> | unknown[]);
    for (const child of Object.values(node)) visit(child);
  };
  visit(value);
  return found;
}

const jsonValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(
    '',
    ' ',
    'javascript:alert(1)',
    '2026-02-30T00:00:00.000Z',
    '__proto__',
    'tagging',
    'TextQuoteSelector',
    'TextPositionSelector',
    ' 招商',
    2,
    -1,
    1.5,
    null,
    true,
    [],
    {},
  ),
);

/** One random edit somewhere in a parsed file: drop, replace or add a field, or change a list. */
const mutation: fc.Arbitrary<{ pick: number; kind: number; replacement: unknown; key: string }> = fc.record({
  pick: fc.nat(),
  kind: fc.integer({ min: 0, max: 4 }),
  replacement: jsonValue,
  key: fc.oneof(
    fc.constantFrom(
      '__proto__',
      'constructor',
      'prototype',
      'format',
      'version',
      'tags',
      'anchor',
      'position',
      'start',
      'exact',
      'purpose',
      'dl:sentence',
      'dl:quote',
      'id',
    ),
    fc.string({ maxLength: 6 }),
  ),
});

/** Sets an own, enumerable property, the way JSON.parse would create it (even for `__proto__`). */
function setOwn(target: object, key: string, value: unknown): void {
  // A list in JSON has only items: a named key on one would be lost by JSON.stringify anyway.
  if (Array.isArray(target) && !/^\d+$/.test(key)) {
    target.push(value);
    return;
  }
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Applies one edit in place; values are copied in, since fast-check reuses generated values while shrinking. */
function mutate(file: unknown, edit: { pick: number; kind: number; replacement: unknown; key: string }): unknown {
  const targets = containers(file);
  const target = targets[edit.pick % targets.length]!;
  const keys = Object.keys(target);
  const key = keys.length > 0 ? keys[edit.pick % keys.length]! : edit.key;
  const current = Object.hasOwn(target, key) ? (target as Record<string, unknown>)[key] : null;
  switch (edit.kind) {
    case 0: // drop a field or list item
      if (Array.isArray(target)) target.splice(Number(key), 1);
      else delete (target as Record<string, unknown>)[key];
      break;
    case 1: // change its type or value
      setOwn(target, key, structuredClone(edit.replacement));
      break;
    case 2: // add a field, possibly with a dangerous name
      setOwn(target, edit.key, structuredClone(edit.replacement));
      break;
    case 3: // duplicate a list item, or copy a value
      if (Array.isArray(target) && target.length > 0) target.push(structuredClone(target[0]));
      else setOwn(target, key, structuredClone(current));
      break;
    default: // wrap a value in a list
      setOwn(target, key, [current]);
  }
  return file;
}

// Generous timeouts: a thousand runs take about a second here, more on a slow CI machine.
describe('parseNotesImport never throws (fuzz)', { timeout: 60_000 }, () => {
  it('on random strings', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.string({ unit: fc.constantFrom('{', '}', '[', ']', '"', ':', ',', '\\', 'a', '1', ' ') }),
        ),
        (text) => {
          checkAnswer(parseNotesImport(text));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('on random JSON values, as text and as the input itself', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        checkAnswer(parseNotesImport(JSON.stringify(value)));
        checkAnswer(parseNotesImport(value));
      }),
      { numRuns: RUNS },
    );
  });

  it('on anything at all', () => {
    fc.assert(
      fc.property(
        fc.anything({ withBigInt: true, withMap: true, withSet: true, withDate: true, withTypedArray: true }),
        (value) => {
          checkAnswer(parseNotesImport(value));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('on random edits of a valid JSON export', () => {
    const outcomes = { accepted: 0, rejected: 0 };
    fc.assert(
      fc.property(validNotes, fc.array(mutation, { minLength: 1, maxLength: 3 }), (notes, edits) => {
        let file: unknown = JSON.parse(serializeNotesExport(createNotesExport(notes, EXPORTED_AT)));
        for (const edit of edits) file = mutate(file, edit);
        const result = parseNotesImport(JSON.stringify(file));
        checkAnswer(result);
        outcomes[result.ok ? 'accepted' : 'rejected']++;
      }),
      { numRuns: RUNS },
    );
    // Both sides must be exercised, or the edits are too tame (or too wild) to test anything.
    expect(outcomes.accepted).toBeGreaterThan(RUNS / 50);
    expect(outcomes.rejected).toBeGreaterThan(RUNS / 2);
  });

  it('on random edits of a valid Web Annotation export', () => {
    const outcomes = { accepted: 0, rejected: 0 };
    fc.assert(
      fc.property(validNotes, fc.array(mutation, { minLength: 1, maxLength: 3 }), (notes, edits) => {
        let file: unknown = JSON.parse(serializeWebAnnotationExport(createWebAnnotationExport(notes, EXPORTED_AT)));
        for (const edit of edits) file = mutate(file, edit);
        const result = parseNotesImport(JSON.stringify(file));
        checkAnswer(result);
        outcomes[result.ok ? 'accepted' : 'rejected']++;
      }),
      { numRuns: RUNS },
    );
    // Both sides must be exercised, or the edits are too tame (or too wild) to test anything.
    expect(outcomes.accepted).toBeGreaterThan(RUNS / 50);
    expect(outcomes.rejected).toBeGreaterThan(RUNS / 2);
  });

  it('on truncated and spliced exports', () => {
    fc.assert(
      fc.property(
        validNotes,
        fc.boolean(),
        fc.nat(),
        fc.nat(),
        fc.string({ maxLength: 4 }),
        (notes, jsonLd, cut, length, insert) => {
          const text = jsonLd
            ? serializeWebAnnotationExport(createWebAnnotationExport(notes, EXPORTED_AT))
            : serializeNotesExport(createNotesExport(notes, EXPORTED_AT));
          const at = cut % text.length;
          checkAnswer(parseNotesImport(text.slice(0, at)));
          const spliced = text.slice(0, at) + insert + text.slice(at + (length % 8));
          checkAnswer(parseNotesImport(spliced));
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('round trips (property)', { timeout: 60_000 }, () => {
  it('JSON: export → import → export is byte-for-byte identical', () => {
    fc.assert(
      fc.property(validNotes, (notes) => {
        const first = serializeNotesExport(createNotesExport(notes, EXPORTED_AT));
        const imported = parseNotesImport(first);
        if (!imported.ok) throw new Error(imported.error);
        expect(serializeNotesExport(createNotesExport(imported.notes, EXPORTED_AT))).toBe(first);
      }),
      { numRuns: RUNS },
    );
  });

  it('JSON layout 1: every file imports, with the notes upgraded (no tags, no anchor)', () => {
    fc.assert(
      fc.property(validNotes, (notes) => {
        const file = JSON.parse(serializeNotesExport(createNotesExport(notes, EXPORTED_AT))) as {
          version: number;
          notes: Record<string, unknown>[];
          readerLayer?: unknown;
          articles?: unknown;
        };
        file.version = 1;
        delete file.readerLayer;
        delete file.articles;
        for (const note of file.notes) {
          delete note['tags'];
          delete note['anchor'];
        }
        const imported = parseNotesImport(JSON.stringify(file));
        if (!imported.ok) throw new Error(imported.error);
        checkAnswer(imported);
        expect(imported.notes).toEqual(
          createNotesExport(notes, EXPORTED_AT).notes.map((note) => ({ ...note, tags: [], anchor: null })),
        );
      }),
      { numRuns: RUNS },
    );
  });

  it('Web Annotation: export → import gives the same notes', () => {
    fc.assert(
      fc.property(validNotes, (notes) => {
        const imported = parseNotesImport(serializeWebAnnotationExport(createWebAnnotationExport(notes, EXPORTED_AT)));
        if (!imported.ok) throw new Error(imported.error);
        expect(imported.notes).toEqual(createNotesExport(notes, EXPORTED_AT).notes);
        // Importing a library's own export into it changes nothing.
        expect(previewImport(notes, imported.notes)).toEqual({ added: [], duplicates: imported.notes, changed: [] });
      }),
      { numRuns: RUNS },
    );
  });
});
