import { describe, expect, it } from 'vitest';
import type { Note } from '../../lib/core/notes/note';
import { previewImport } from '../../lib/core/notes-format';
import { anchoredNote, sampleAnchor, sampleNote } from '../support/notes';

describe('previewImport', () => {
  it('sorts incoming notes into added, duplicates and changed, in file order', () => {
    const kept = sampleNote({ id: 'same' });
    const before = sampleNote({ id: 'edited', body: '旧的' });
    const after = sampleNote({ id: 'edited', body: '新的', updatedAt: '2026-02-01T00:00:00.000Z' });
    const fresh1 = sampleNote({ id: 'new1' });
    const fresh2 = sampleNote({ id: 'new2' });
    const preview = previewImport([before, kept, sampleNote({ id: 'only-in-library' })], [fresh2, kept, after, fresh1]);
    expect(preview).toEqual({ added: [fresh2, fresh1], duplicates: [kept], changed: [{ before, after }] });
  });

  it('counts a note as changed when any one field differs', () => {
    for (const [field, value] of Object.entries({
      entityId: 'x',
      entityType: 'official',
      entityName: 'x',
      body: 'x',
      url: 'https://example.com/x',
      pageTitle: 'x',
      quote: 'x',
      tags: ['招商'],
      anchor: sampleAnchor(),
      createdAt: '2020-01-01T00:00:00.000Z',
      updatedAt: '2020-01-01T00:00:00.000Z',
    })) {
      const changed = sampleNote({ [field]: value });
      expect(previewImport([sampleNote()], [changed]).changed, field).toEqual([
        { before: sampleNote(), after: changed },
      ]);
    }
  });

  it('compares tags and anchors by value: equal copies are duplicates', () => {
    const stored = anchoredNote();
    const incoming = anchoredNote({
      tags: [...stored.tags],
      anchor: { ...sampleAnchor(), position: { start: 9, end: 12 } },
    });
    expect(incoming.anchor).not.toBe(stored.anchor);
    expect(previewImport([stored], [incoming])).toEqual({ added: [], duplicates: [incoming], changed: [] });
  });

  it.each<[string, Partial<Note>]>([
    ['a tag added', { tags: ['招商', '长三角', '进博会'] }],
    ['a tag removed', { tags: ['招商'] }],
    ['tags reordered', { tags: ['长三角', '招商'] }],
    ['a tag respelled', { tags: ['招商引资', '长三角'] }],
    ['the anchor removed', { anchor: null }],
    ['the anchor moved', { anchor: { ...sampleAnchor(), position: { start: 10, end: 13 } } }],
    ['the anchor’s sentence edited', { anchor: { ...sampleAnchor(), sentence: '宁波市长裘东耀指出' } }],
    ['the anchor’s prefix edited', { anchor: { ...sampleAnchor(), prefix: '' } }],
    ['the anchor’s suffix edited', { anchor: { ...sampleAnchor(), suffix: '' } }],
    ['the anchor’s quote edited', { anchor: { ...sampleAnchor(), exact: '裘東耀' } }],
  ])('counts a note as changed when %s', (_name, change) => {
    const before = anchoredNote();
    const after = anchoredNote(change);
    expect(previewImport([before], [after])).toEqual({ added: [], duplicates: [], changed: [{ before, after }] });
  });

  it('counts a tag whose case changed as a change (the reader’s spelling is kept)', () => {
    const before = sampleNote({ tags: ['Hongqiao'] });
    const after = sampleNote({ tags: ['hongqiao'] });
    expect(previewImport([before], [after]).changed).toEqual([{ before, after }]);
  });

  it('counts an anchor added to a note on the entity as a change', () => {
    const before = sampleNote();
    const after = sampleNote({ anchor: sampleAnchor() });
    expect(previewImport([before], [after]).changed).toEqual([{ before, after }]);
  });

  it('ignores properties that are not note fields and the order of keys', () => {
    const stored = { ...sampleNote(), extra: 'from an older store' } as Note;
    const incoming = Object.fromEntries(Object.entries(sampleNote()).reverse()) as unknown as Note;
    expect(previewImport([stored], [incoming])).toEqual({ added: [], duplicates: [incoming], changed: [] });
  });

  it('lists a repeated incoming id once', () => {
    const first = sampleNote({ id: 'r', body: '一' });
    expect(previewImport([], [first, sampleNote({ id: 'r', body: '二' })])).toEqual({
      added: [first],
      duplicates: [],
      changed: [],
    });
  });

  it('handles empty sides and leaves its inputs alone', () => {
    const existing = Object.freeze([sampleNote()]);
    const incoming = Object.freeze([sampleNote({ id: 'n2' })]);
    expect(previewImport(existing, [])).toEqual({ added: [], duplicates: [], changed: [] });
    expect(previewImport([], incoming)).toEqual({ added: [sampleNote({ id: 'n2' })], duplicates: [], changed: [] });
    expect(previewImport(existing, incoming).added[0]).toBe(incoming[0]);
  });
});
