import { describe, it, expect } from 'vitest';
import {
  createNotesExport,
  notesExportFileName,
  NOTES_EXPORT_FORMAT,
  NOTES_EXPORT_VERSION,
  serializeNotesExport,
} from '../../lib/core/notes-format';
import type { Note } from '../../lib/core/notes';
import { anchoredNote, sampleNote } from '../support/notes';

/** The same note with its keys inserted in reverse order. */
function reversedKeys(value: Note): Note {
  return Object.fromEntries(Object.entries(value).reverse()) as unknown as Note;
}

const EXPORTED_AT = new Date('2026-11-26T23:30:00.000Z');

describe('createNotesExport', () => {
  it('wraps the notes in a versioned envelope', () => {
    const data = createNotesExport([sampleNote()], EXPORTED_AT);
    expect(data.format).toBe('district-lens-notes');
    expect(data.format).toBe(NOTES_EXPORT_FORMAT);
    expect(data.version).toBe(4);
    expect(data.version).toBe(NOTES_EXPORT_VERSION);
    expect(data.exportedAt).toBe('2026-11-26T23:30:00.000Z');
    expect(data.notes).toEqual([sampleNote()]);
    expect(data.readerLayer).toEqual({ entities: [], corrections: [] });
    expect(data.articles).toEqual([]);
  });

  it('sorts notes by creation time, then by id', () => {
    const late = sampleNote({ id: 'a', createdAt: '2026-03-01T00:00:00.000Z' });
    const earlyB = sampleNote({ id: 'b', createdAt: '2026-01-01T00:00:00.000Z' });
    const earlyA = sampleNote({ id: 'a2', createdAt: '2026-01-01T00:00:00.000Z' });
    const middle = sampleNote({ id: 'z', createdAt: '2026-02-01T00:00:00.000Z' });
    const data = createNotesExport([late, earlyB, middle, earlyA], EXPORTED_AT);
    expect(data.notes.map((n) => n.id)).toEqual(['a2', 'b', 'z', 'a']);
  });

  it('does not reorder the caller’s array', () => {
    const notes = [sampleNote({ id: 'b', createdAt: '2026-02-01T00:00:00.000Z' }), sampleNote({ id: 'a' })];
    createNotesExport(notes, EXPORTED_AT);
    expect(notes.map((n) => n.id)).toEqual(['b', 'a']);
  });

  it('writes every note’s fields in a fixed order', () => {
    const data = createNotesExport([reversedKeys(sampleNote())], EXPORTED_AT);
    expect(Object.keys(data.notes[0]!)).toEqual([
      'id',
      'entityId',
      'entityType',
      'entityName',
      'body',
      'tags',
      'url',
      'pageTitle',
      'quote',
      'anchor',
      'createdAt',
      'updatedAt',
    ]);
  });

  it('writes the anchor’s fields, and its position’s, in a fixed order', () => {
    const note = anchoredNote();
    const anchor = note.anchor!;
    const reversed = reversedKeys({
      ...note,
      anchor: Object.fromEntries(
        Object.entries({ ...anchor, position: { end: anchor.position.end, start: anchor.position.start } }).reverse(),
      ) as unknown as typeof anchor,
    });
    const [exported] = createNotesExport([reversed], EXPORTED_AT).notes;
    expect(Object.keys(exported!.anchor!)).toEqual(['exact', 'prefix', 'suffix', 'sentence', 'position']);
    expect(Object.keys(exported!.anchor!.position)).toEqual(['start', 'end']);
    expect(exported).toEqual(note);
  });

  it('copies tags and anchor, so changing the export never changes the reader’s notes', () => {
    const note = anchoredNote();
    const [exported] = createNotesExport([note], EXPORTED_AT).notes;
    expect(exported!.tags).not.toBe(note.tags);
    expect(exported!.anchor).not.toBe(note.anchor);
    expect(exported!.anchor!.position).not.toBe(note.anchor!.position);
    exported!.tags.push('新');
    exported!.anchor!.position.start = 0;
    expect(note).toEqual(anchoredNote());
  });

  it('drops fields that are not part of a note, or of its anchor', () => {
    const note = anchoredNote();
    const withExtra = {
      ...note,
      secret: 'not exported',
      anchor: { ...note.anchor!, score: 0.9, position: { ...note.anchor!.position, hint: true } },
    } as Note;
    const data = createNotesExport([withExtra], EXPORTED_AT);
    expect(data.notes[0]).not.toHaveProperty('secret');
    expect(data.notes[0]).toEqual(note);
  });

  it('serialises the same notes to the same string whatever their input order', () => {
    const a = sampleNote({ id: 'a', createdAt: '2026-01-01T00:00:00.000Z' });
    const b = sampleNote({ id: 'b', entityId: 'official:裘东耀', entityType: 'official', entityName: '裘东耀' });
    const first = serializeNotesExport(createNotesExport([a, b], EXPORTED_AT));
    const second = serializeNotesExport(createNotesExport([reversedKeys(b), reversedKeys(a)], EXPORTED_AT));
    expect(second).toBe(first);
  });
});

describe('serializeNotesExport', () => {
  const data = createNotesExport(
    [sampleNote(), sampleNote({ id: 'n2', body: '第二条笔记\n含换行和"引号"' }), anchoredNote()],
    EXPORTED_AT,
  );

  it('ends with a newline', () => {
    const text = serializeNotesExport(data);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.endsWith('\n\n')).toBe(false);
  });

  it('is pretty-printed JSON that parses back to the export', () => {
    const text = serializeNotesExport(data);
    expect(text).toContain('\n  "format": "district-lens-notes",\n');
    expect(JSON.parse(text)).toEqual(data);
  });

  it('keeps Chinese text readable rather than escaped', () => {
    expect(serializeNotesExport(data)).toContain('宁波市');
    expect(serializeNotesExport(data)).toContain('"长三角"');
    expect(serializeNotesExport(data)).toContain(
      '"sentence": "座谈会上，宁波市长裘东耀指出，要深化与虹桥商务区的合作。"',
    );
  });
});

describe('notesExportFileName', () => {
  it('names the file after the UTC date', () => {
    expect(notesExportFileName(new Date('2026-11-26T12:00:00.000Z'))).toBe('district-lens-notes-2026-11-26.json');
  });

  it('uses the UTC date even when it differs from local time elsewhere', () => {
    // 23:30 UTC is already the next day in China (UTC+8) and 00:30 UTC the previous day in New York.
    expect(notesExportFileName(new Date('2026-11-26T23:30:00.000Z'))).toBe('district-lens-notes-2026-11-26.json');
    expect(notesExportFileName(new Date('2026-11-27T00:30:00.000+08:00'))).toBe('district-lens-notes-2026-11-26.json');
  });

  it('pads month and day', () => {
    expect(notesExportFileName(new Date(Date.UTC(2027, 0, 5)))).toBe('district-lens-notes-2027-01-05.json');
  });
});
