import { describe, expect, it } from 'vitest';
import {
  createNotesExport,
  parseNotesImport,
  previewReaderLayerImport,
  sameCorrection,
  sameReaderEntity,
  serializeNotesExport,
} from '../../lib/core/notes-format';
import type { Correction, ReaderLayer } from '../../lib/core/reader-layer';
import {
  NO_READER_LAYER,
  reversedKeys,
  SAMPLE_CORRECTIONS,
  sampleReaderEntity,
  sampleReaderLayer,
} from './notes-format-reader-layer-samples';

const [notHere, never, neverOfEntity, changeType, sameAs] = SAMPLE_CORRECTIONS as [
  Correction,
  Correction,
  Correction,
  Correction,
  Correction,
];

describe('previewReaderLayerImport', () => {
  it('sorts entities into added, duplicates and changed by id, in file order', () => {
    const kept = sampleReaderEntity({ id: 'reader:kept' });
    const before = sampleReaderEntity({ id: 'reader:edited' });
    const after = sampleReaderEntity({ id: 'reader:edited', description: '新的说明' });
    const fresh1 = sampleReaderEntity({ id: 'reader:fresh-1' });
    const fresh2 = sampleReaderEntity({ id: 'reader:fresh-2' });
    const existing: ReaderLayer = {
      entities: [before, kept, sampleReaderEntity({ id: 'reader:only-here' })],
      corrections: [],
    };
    const incoming: ReaderLayer = { entities: [fresh2, kept, after, fresh1], corrections: [] };
    expect(previewReaderLayerImport(existing, incoming)).toEqual({
      entities: { added: [fresh2, fresh1], duplicates: [kept], changed: [{ before, after }] },
      corrections: { added: [], duplicates: [], changed: [] },
    });
  });

  it('sorts corrections the same way, kind included', () => {
    const edited = { ...notHere, suffix: '民可以直达北京。' } as Correction;
    const otherKind: Correction = {
      kind: 'never',
      id: changeType.id,
      createdAt: changeType.createdAt,
      surface: '京东',
    };
    const existing: ReaderLayer = { entities: [], corrections: [notHere, never, changeType] };
    const incoming: ReaderLayer = { entities: [], corrections: [sameAs, edited, never, otherKind] };
    expect(previewReaderLayerImport(existing, incoming)).toEqual({
      entities: { added: [], duplicates: [], changed: [] },
      corrections: {
        added: [sameAs],
        duplicates: [never],
        changed: [
          { before: notHere, after: edited },
          { before: changeType, after: otherKind },
        ],
      },
    });
  });

  it('sees a change in every field of an entity', () => {
    const base = sampleReaderEntity();
    const edits = {
      type: 'city',
      name: '苏宿园',
      aliases: ['苏宿'],
      description: '',
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2027-01-01T00:00:00.000Z',
    } as const;
    for (const [field, value] of Object.entries(edits)) {
      const after = { ...base, [field]: value };
      expect(
        previewReaderLayerImport({ entities: [base], corrections: [] }, { entities: [after], corrections: [] }).entities
          .changed,
        field,
      ).toEqual([{ before: base, after }]);
    }
  });

  it('compares aliases by value and in order', () => {
    const before = sampleReaderEntity({ aliases: ['苏宿园区', '苏宿合作园'] });
    expect(sameReaderEntity(before, { ...before, aliases: [...before.aliases] })).toBe(true);
    expect(sameReaderEntity(before, { ...before, aliases: ['苏宿合作园', '苏宿园区'] })).toBe(false);
    expect(sameReaderEntity(before, { ...before, aliases: ['苏宿园区'] })).toBe(false);
  });

  it('sees a change in every field of every kind of correction', () => {
    for (const correction of SAMPLE_CORRECTIONS) {
      for (const field of Object.keys(correction)) {
        if (field === 'id') continue;
        const after = {
          ...correction,
          [field]: `${String((correction as unknown as Record<string, unknown>)[field])}x`,
        } as Correction;
        expect(sameCorrection(correction, after), `${correction.kind}.${field}`).toBe(false);
      }
    }
  });

  it('tells a never correction with an entity id from one without, and a missing id from an unset one', () => {
    const { entityId: _entityId, ...anyEntity } = neverOfEntity as Extract<Correction, { kind: 'never' }>;
    expect(sameCorrection(neverOfEntity, anyEntity)).toBe(false);
    expect(sameCorrection(anyEntity, { ...anyEntity, entityId: undefined })).toBe(true);
  });

  it('ignores key order and properties outside the fields', () => {
    const entity = sampleReaderEntity();
    const stored = { ...reversedKeys(entity), dexieKey: 7 } as typeof entity;
    const correction = { ...reversedKeys(notHere), extra: true } as unknown as Correction;
    expect(
      previewReaderLayerImport(
        { entities: [stored], corrections: [correction] },
        { entities: [entity], corrections: [notHere] },
      ),
    ).toEqual({
      entities: { added: [], duplicates: [entity], changed: [] },
      corrections: { added: [], duplicates: [notHere], changed: [] },
    });
  });

  it('lets an entity and a correction share an id without mixing them up', () => {
    const entity = sampleReaderEntity({ id: 'reader:x' });
    const correction = { ...never, id: 'reader:x' } as Correction;
    expect(
      previewReaderLayerImport(
        { entities: [entity], corrections: [] },
        { entities: [entity], corrections: [correction] },
      ),
    ).toEqual({
      entities: { added: [], duplicates: [entity], changed: [] },
      corrections: { added: [correction], duplicates: [], changed: [] },
    });
  });

  it('lists a repeated id once, by its first occurrence', () => {
    const first = sampleReaderEntity({ id: 'reader:r' });
    const again = sampleReaderEntity({ id: 'reader:r', name: '别的名字' });
    expect(
      previewReaderLayerImport(NO_READER_LAYER, { entities: [first, again], corrections: [never, never] }),
    ).toEqual({
      entities: { added: [first], duplicates: [], changed: [] },
      corrections: { added: [never], duplicates: [], changed: [] },
    });
  });

  it('handles empty layers, hands back the inputs’ own objects and changes neither input', () => {
    const layer = sampleReaderLayer();
    const snapshot = structuredClone(layer);
    expect(previewReaderLayerImport(layer, NO_READER_LAYER)).toEqual({
      entities: { added: [], duplicates: [], changed: [] },
      corrections: { added: [], duplicates: [], changed: [] },
    });
    const preview = previewReaderLayerImport(NO_READER_LAYER, layer);
    expect(preview.entities.added[0]).toBe(layer.entities[0]);
    expect(preview.corrections.added[0]).toBe(layer.corrections[0]);
    expect(layer).toEqual(snapshot);
  });

  it('finds nothing to do when a layer’s own export comes back', () => {
    const layer = sampleReaderLayer();
    const imported = parseNotesImport(serializeNotesExport(createNotesExport([], new Date(0), layer)));
    if (!imported.ok) throw new Error(imported.error);
    const preview = previewReaderLayerImport(layer, imported.readerLayer);
    expect(preview.entities).toEqual({ added: [], duplicates: imported.readerLayer.entities, changed: [] });
    expect(preview.corrections).toEqual({ added: [], duplicates: imported.readerLayer.corrections, changed: [] });
  });
});
