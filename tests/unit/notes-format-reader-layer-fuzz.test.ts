import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES } from '../../lib/core/entity/entity';
import type { Note } from '../../lib/core/notes/note';
import {
  canonicalReaderLayer,
  createNotesExport,
  NOTE_FIELDS,
  noteSchema,
  parseNotesImport,
  previewReaderLayerImport,
  READER_ENTITY_FIELDS,
  serializeNotesExport,
  canonicalCorrection,
  type NotesImportResult,
} from '../../lib/core/notes-format';
import {
  correctionSchema,
  normalizeReaderEntity,
  readerEntitySchema,
  readerLayerSchema,
  type Correction,
  type ReaderEntity,
  type ReaderLayer,
} from '../../lib/core/reader-layer';
import { sampleNote } from '../support/notes';

// Runs per property, as in notes-format-fuzz.test.ts.
const RUNS = 1_000;
const EXPORTED_AT = new Date('2026-11-26T23:30:00.000Z');
const LATER = new Date('2031-01-01T00:00:00.000Z');

const instant = fc
  .date({ min: new Date('1970-01-01T00:00:00.000Z'), max: new Date('9999-12-31T23:59:59.999Z'), noInvalidDate: true })
  .map((date) => date.toISOString());
const han = fc.constantFrom(...'苏宿工业园区前滩太古里东方宁波虹桥商务蘇區灣新城港'.split(''));
/** Names as a reader types them: Chinese, traditional, Latin, full-width, with stray white space. */
const rawName = fc.oneof(
  fc.string({ unit: han, minLength: 1, maxLength: 12 }),
  fc.string({
    unit: fc.constantFrom('A', 'b', 'Ｚ', '1', ' ', '\u3000', '苏', '宿', '區'),
    minLength: 1,
    maxLength: 20,
  }),
);
/** References as the store writes them: knowledge-base ids, reader ids, and odd but valid text. */
const reference = fc.oneof(
  fc.stringMatching(/^[a-z]+:[0-9a-z-]{1,20}$/),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }),
);
const readerId = fc.stringMatching(/^[0-9A-Za-z][0-9A-Za-z_-]{0,30}$/).map((rest) => `reader:${rest}`);
const context = fc.string({ unit: 'grapheme', maxLength: 20 });

/** Any reader entity the import must accept. */
const validEntity: fc.Arbitrary<ReaderEntity> = fc
  .record({
    id: readerId,
    type: fc.constantFrom(...ENTITY_TYPES),
    name: rawName,
    aliases: fc.array(rawName, { maxLength: 6 }),
    description: fc.string({ unit: 'grapheme', maxLength: 60 }),
    createdAt: instant,
    updatedAt: instant,
  })
  .map(normalizeReaderEntity)
  .filter((entity) => v.is(readerEntitySchema, entity));

/** Any correction the import must accept, of every kind. */
const validCorrection: fc.Arbitrary<Correction> = fc
  .oneof(
    fc.record({
      kind: fc.constant('not-here' as const),
      id: reference,
      createdAt: instant,
      entityId: reference,
      surface: rawName,
      url: fc.webUrl({ withQueryParameters: true }),
      prefix: context,
      suffix: context,
    }),
    fc.record(
      { kind: fc.constant('never' as const), id: reference, createdAt: instant, surface: rawName, entityId: reference },
      { requiredKeys: ['kind', 'id', 'createdAt', 'surface'] },
    ),
    fc.record({
      kind: fc.constant('change-type' as const),
      id: reference,
      createdAt: instant,
      entityId: reference,
      type: fc.constantFrom(...ENTITY_TYPES),
    }),
    fc.record({
      kind: fc.constant('same-as' as const),
      id: reference,
      createdAt: instant,
      alias: rawName.map((name) => name.replace(/\s+/gu, ' ').trim()),
      targetId: reference,
    }),
  )
  .filter((correction): correction is Correction => v.is(correctionSchema, correction));

const validLayer: fc.Arbitrary<ReaderLayer> = fc.record({
  entities: fc.uniqueArray(validEntity, { selector: (entity) => entity.id, maxLength: 6 }),
  corrections: fc.uniqueArray(validCorrection, { selector: (correction) => correction.id, maxLength: 8 }),
});

/** A few notes, so a file has something on either side of the layer. */
const someNotes: fc.Arbitrary<Note[]> = fc
  .uniqueArray(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }), { maxLength: 2 })
  .map((ids) => ids.map((id) => sampleNote({ id })));

/** What every answer must look like: accepted notes and layer are valid, fresh, plain objects. */
function checkAnswer(result: NotesImportResult): void {
  if (!result.ok) {
    expect(typeof result.error).toBe('string');
    expect(result.error).toMatch(/^[A-Z].*\.$/su);
  } else {
    for (const note of result.notes) {
      expect(v.is(noteSchema, note)).toBe(true);
      expect(Object.keys(note)).toEqual([...NOTE_FIELDS]);
    }
    expect(v.is(readerLayerSchema, result.readerLayer)).toBe(true);
    for (const entity of result.readerLayer.entities) {
      expect(Object.getPrototypeOf(entity)).toBe(Object.prototype);
      expect(Object.keys(entity)).toEqual([...READER_ENTITY_FIELDS]);
      expect(Object.getPrototypeOf(entity.aliases)).toBe(Array.prototype);
    }
    for (const correction of result.readerLayer.corrections) {
      expect(Object.getPrototypeOf(correction)).toBe(Object.prototype);
      expect(Object.keys(correction)).toEqual(Object.keys(canonicalCorrection(correction)));
    }
  }
  // Nothing reached a prototype, whatever the file said.
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(Object.keys(Array.prototype)).toEqual([]);
}

const replacement = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(
    '',
    ' ',
    'reader:',
    'reader:a',
    'c-1',
    'never',
    'not-here',
    'same-as',
    'change-type',
    'company',
    'javascript:alert(1)',
    'https://a.example/#x',
    '2026-02-30T00:00:00.000Z',
    '2026-01-02T03:04:05.000Z',
    ' 苏宿 ',
    '蘇宿工業園區',
    '\uD800',
    'x'.repeat(300),
    { polluted: true },
    { entities: [], corrections: [] },
    2,
    -1,
    null,
    true,
    [],
    {},
  ),
);

/** One random edit: drop, replace or add a field, copy a list item or a value, or wrap one in a list. */
const mutation = fc.record({
  inLayer: fc.nat(9),
  pick: fc.nat(),
  kind: fc.integer({ min: 0, max: 4 }),
  replacement,
  key: fc.oneof(
    fc.constantFrom(
      '__proto__',
      'constructor',
      'prototype',
      'readerLayer',
      'entities',
      'corrections',
      'kind',
      'id',
      'entityId',
      'aliases',
      'surface',
      'version',
    ),
    fc.string({ maxLength: 6 }),
  ),
});
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

/** Every object and list in a JSON value. */
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

/** Sets an own, enumerable property, the way JSON.parse would create it (even for `__proto__`). */
function setOwn(target: object, key: string, value: unknown): void {
  if (Array.isArray(target) && !/^\d+$/.test(key)) {
    target.push(value);
    return;
  }
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Applies one edit in place, nine times in ten inside the reader layer when the file still has one. */
function mutate(file: Record<string, unknown>, edit: Mutation): void {
  const layer = file['readerLayer'];
  const pool = edit.inLayer > 0 && typeof layer === 'object' && layer !== null ? containers(layer) : containers(file);
  const target = pool[edit.pick % pool.length]!;
  const keys = Object.keys(target);
  const key = keys.length > 0 ? keys[edit.pick % keys.length]! : edit.key;
  const current = Object.hasOwn(target, key) ? (target as Record<string, unknown>)[key] : null;
  switch (edit.kind) {
    case 0:
      if (Array.isArray(target)) target.splice(Number(key), 1);
      else delete (target as Record<string, unknown>)[key];
      break;
    case 1:
      setOwn(target, key, structuredClone(edit.replacement));
      break;
    case 2:
      setOwn(target, edit.key, structuredClone(edit.replacement));
      break;
    case 3:
      if (Array.isArray(target) && target.length > 0) target.push(structuredClone(target[0]));
      else setOwn(target, key, structuredClone(current));
      break;
    default:
      setOwn(target, key, [current]);
  }
}

/** Dangerous keys dropped, as the import's own parser drops them. */
function withoutDangerousKeys(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value), (key, item: unknown) =>
    key === '__proto__' || key === 'constructor' || key === 'prototype' ? undefined : item,
  );
}

describe('layout 3 files with a reader layer (property)', { timeout: 60_000 }, () => {
  it('export → import → export is byte for byte the same, but for exportedAt', () => {
    fc.assert(
      fc.property(someNotes, validLayer, (notes, layer) => {
        const first = serializeNotesExport(createNotesExport(notes, EXPORTED_AT, layer));
        const imported = parseNotesImport(first);
        if (!imported.ok) throw new Error(imported.error);
        checkAnswer(imported);
        expect(imported.readerLayer).toEqual(canonicalReaderLayer(layer));
        const second = serializeNotesExport(createNotesExport(imported.notes, LATER, imported.readerLayer));
        expect(
          second.replace(`"exportedAt": "${LATER.toISOString()}"`, `"exportedAt": "${EXPORTED_AT.toISOString()}"`),
        ).toBe(first);
        // Importing the layer's own export into it changes nothing.
        const preview = previewReaderLayerImport(layer, imported.readerLayer);
        expect(preview.entities.added.length + preview.entities.changed.length).toBe(0);
        expect(preview.corrections.added.length + preview.corrections.changed.length).toBe(0);
      }),
      { numRuns: RUNS },
    );
  });

  it('writes the same bytes whatever order the layer comes in', () => {
    fc.assert(
      fc.property(
        validLayer.chain((layer) =>
          fc.tuple(
            fc.constant(layer),
            fc.shuffledSubarray([...layer.entities], { minLength: layer.entities.length }),
            fc.shuffledSubarray([...layer.corrections], { minLength: layer.corrections.length }),
          ),
        ),
        ([layer, entities, corrections]) => {
          expect(serializeNotesExport(createNotesExport([], EXPORTED_AT, { entities, corrections }))).toBe(
            serializeNotesExport(createNotesExport([], EXPORTED_AT, layer)),
          );
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('never throws on random edits, answers all or nothing and pollutes no prototype', () => {
    const outcomes = { accepted: 0, rejected: 0 };
    fc.assert(
      fc.property(someNotes, validLayer, fc.array(mutation, { minLength: 1, maxLength: 3 }), (notes, layer, edits) => {
        const file = JSON.parse(serializeNotesExport(createNotesExport(notes, EXPORTED_AT, layer))) as Record<
          string,
          unknown
        >;
        for (const edit of edits) mutate(file, edit);
        const text = JSON.stringify(file);
        const result = parseNotesImport(text);
        checkAnswer(result);
        outcomes[result.ok ? 'accepted' : 'rejected']++;
        if (!result.ok) return;
        // All or nothing: an accepted file comes back whole, every entry as the file has it (less
        // the dangerous keys the parser drops); nothing is skipped, repaired or half-read.
        const clean = withoutDangerousKeys(file) as { version: unknown; notes: unknown[]; readerLayer?: unknown };
        expect(result.readerLayer).toEqual(clean.readerLayer ?? { entities: [], corrections: [] });
        if (clean.version !== 1) expect(result.notes).toEqual(clean.notes);
        else expect(result.notes.length).toBe(clean.notes.length);
      }),
      { numRuns: RUNS },
    );
    // Both sides must be exercised, or the edits are too tame (or too wild) to test anything.
    expect(outcomes.accepted).toBeGreaterThan(RUNS / 50);
    expect(outcomes.rejected).toBeGreaterThan(RUNS / 2);
  });

  it('never throws on truncated and spliced layout 3 files', () => {
    fc.assert(
      fc.property(validLayer, fc.nat(), fc.nat(), fc.string({ maxLength: 4 }), (layer, cut, length, insert) => {
        const text = serializeNotesExport(createNotesExport([sampleNote()], EXPORTED_AT, layer));
        // Cut before the closing brace: only the final newline may go without losing anything.
        const at = cut % text.trimEnd().length;
        const truncated = parseNotesImport(text.slice(0, at));
        checkAnswer(truncated);
        expect(truncated.ok).toBe(false);
        checkAnswer(parseNotesImport(text.slice(0, at) + insert + text.slice(at + (length % 8))));
      }),
      { numRuns: RUNS },
    );
  });

  it('never throws on random values in place of the reader layer', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const file = JSON.parse(serializeNotesExport(createNotesExport([sampleNote()], EXPORTED_AT))) as Record<
          string,
          unknown
        >;
        file['readerLayer'] = value;
        const result = parseNotesImport(JSON.stringify(file));
        checkAnswer(result);
        if (result.ok) expect(result.readerLayer).toEqual(withoutDangerousKeys(value));
      }),
      { numRuns: RUNS },
    );
  });
});
