import { describe, expect, it } from 'vitest';
import { NOTES_FILE_FORMATS, NOTES_MIME_TYPES, notesExportFileName, notesFileName } from '../../lib/core/notes-format';

describe('notesFileName', () => {
  it('names every format after the UTC date with its own extension', () => {
    const at = new Date('2026-11-27T00:30:00.000+08:00');
    expect(NOTES_FILE_FORMATS.map((format) => notesFileName(format, at))).toEqual([
      'district-lens-notes-2026-11-26.json',
      'district-lens-notes-2026-11-26.md',
      'district-lens-notes-2026-11-26.csv',
      'district-lens-notes-2026-11-26.jsonld',
    ]);
    expect(notesExportFileName(at)).toBe(notesFileName('json', at));
  });

  it('has a media type for every format, without a charset (the download adds it)', () => {
    expect(NOTES_MIME_TYPES).toEqual({
      json: 'application/json',
      markdown: 'text/markdown',
      csv: 'text/csv',
      'web-annotation': 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
    });
    // A Blob drops a type with characters outside printable ASCII.
    for (const type of Object.values(NOTES_MIME_TYPES)) expect(type).toMatch(/^[\x20-\x7e]+$/);
  });
});
