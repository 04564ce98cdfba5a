import { describe, expect, it } from 'vitest';
import type { Note } from '../../lib/core/note';
import { previewImport } from '../../lib/core/notes-format';

function note(overrides: Partial<Note> = {}): Note {
  return {
    id: 'n1',
    entityId: 'city:330200',
    entityType: 'city',
    entityName: '宁波市',
    body: '与虹桥商务区签订合作协议',
    url: 'https://example.com/news/1',
    pageTitle: '上海虹桥商务区与长三角城市启动全面合作',
    quote: '宁波',
    createdAt: '2026-01-02T03:04:05.000Z',
    updatedAt: '2026-01-02T03:04:05.000Z',
    ...overrides,
  };
}

describe('previewImport', () => {
  it('sorts incoming notes into added, duplicates and changed, in file order', () => {
    const kept = note({ id: 'same' });
    const before = note({ id: 'edited', body: '旧的' });
    const after = note({ id: 'edited', body: '新的', updatedAt: '2026-02-01T00:00:00.000Z' });
    const fresh1 = note({ id: 'new1' });
    const fresh2 = note({ id: 'new2' });
    const preview = previewImport([before, kept, note({ id: 'only-in-library' })], [fresh2, kept, after, fresh1]);
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
      createdAt: '2020-01-01T00:00:00.000Z',
      updatedAt: '2020-01-01T00:00:00.000Z',
    })) {
      const changed = note({ [field]: value });
      expect(previewImport([note()], [changed]).changed, field).toEqual([{ before: note(), after: changed }]);
    }
  });

  it('ignores properties that are not note fields and the order of keys', () => {
    const stored = { ...note(), extra: 'from an older store' } as Note;
    const incoming = Object.fromEntries(Object.entries(note()).reverse()) as unknown as Note;
    expect(previewImport([stored], [incoming])).toEqual({ added: [], duplicates: [incoming], changed: [] });
  });

  it('lists a repeated incoming id once', () => {
    const first = note({ id: 'r', body: '一' });
    expect(previewImport([], [first, note({ id: 'r', body: '二' })])).toEqual({
      added: [first],
      duplicates: [],
      changed: [],
    });
  });

  it('handles empty sides and leaves its inputs alone', () => {
    const existing = Object.freeze([note()]);
    const incoming = Object.freeze([note({ id: 'n2' })]);
    expect(previewImport(existing, [])).toEqual({ added: [], duplicates: [], changed: [] });
    expect(previewImport([], incoming)).toEqual({ added: [note({ id: 'n2' })], duplicates: [], changed: [] });
    expect(previewImport(existing, incoming).added[0]).toBe(incoming[0]);
  });
});
