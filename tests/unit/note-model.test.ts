import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { migrateNoteV1, type NoteV1 } from '../../lib/core/notes/note';
import { NOTE_FIELDS } from '../../lib/core/notes-format';
import { MAX_TAG_LENGTH, MAX_TAGS, normalizeTags, parseTagInput } from '../../lib/core/notes/note-tags';
import { sampleNote, sampleNoteV1 } from '../support/notes';

describe('migrateNoteV1', () => {
  it('gives a version 1 note no tags and no anchor, keeping every other field', () => {
    expect(migrateNoteV1(sampleNoteV1())).toEqual(sampleNote({ tags: [], anchor: null }));
  });

  it('writes the fields in the version 2 order', () => {
    // NOTE_FIELDS is the export order, pinned field by field in note-export.test.ts.
    expect(Object.keys(migrateNoteV1(sampleNoteV1()))).toEqual([...NOTE_FIELDS]);
  });

  it('keeps edge values as they are: empty quote and title, traditional characters, line breaks', () => {
    const v1 = sampleNoteV1({ quote: '', pageTitle: '', entityName: '寧波市', body: '第一行\r\n第二行' });
    expect(migrateNoteV1(v1)).toEqual({ ...v1, tags: [], anchor: null });
  });

  it('drops properties that are not note fields and leaves the input alone', () => {
    const v1 = Object.freeze({ ...sampleNoteV1(), legacy: true }) as NoteV1;
    const note = migrateNoteV1(v1);
    expect(note).not.toHaveProperty('legacy');
    expect(v1).not.toHaveProperty('tags');
  });

  it('gives every note its own tag list', () => {
    const a = migrateNoteV1(sampleNoteV1());
    const b = migrateNoteV1(sampleNoteV1());
    a.tags.push('招商');
    expect(b.tags).toEqual([]);
  });
});

describe('normalizeTags', () => {
  it('trims, drops empty tags and repeats (ignoring case), keeps the first spelling and the reader’s order', () => {
    expect(normalizeTags([' 招商 ', 'Hongqiao', '招商', 'hongqiao', ''])).toEqual(['招商', 'Hongqiao']);
  });

  it('folds inner white space, ideographic spaces and line breaks included, into one space', () => {
    expect(normalizeTags(['长三角  一体化', '长三角\u3000一体化', 'a\n\tb'])).toEqual(['长三角 一体化', 'a b']);
  });

  it('answers no tags for no input or only white space', () => {
    expect(normalizeTags([])).toEqual([]);
    expect(normalizeTags([' ', '\u3000', '\n'])).toEqual([]);
  });

  it(`keeps at most ${MAX_TAGS} tags, counting only those kept`, () => {
    const tags = ['', '重复', '重复', ...Array.from({ length: 30 }, (_, i) => `标签${i}`)];
    const kept = normalizeTags(tags);
    expect(kept).toHaveLength(MAX_TAGS);
    expect(kept.slice(0, 2)).toEqual(['重复', '标签0']);
    expect(kept.at(-1)).toBe('标签18');
  });

  it(`cuts a tag to ${MAX_TAG_LENGTH} characters, counting an astral character as one`, () => {
    expect(normalizeTags(['长'.repeat(50)])).toEqual(['长'.repeat(MAX_TAG_LENGTH)]);
    const [astral] = normalizeTags(['𠀋'.repeat(50)]);
    expect(Array.from(astral!)).toHaveLength(MAX_TAG_LENGTH);
    expect(astral!.length).toBe(2 * MAX_TAG_LENGTH);
  });

  it('does not leave a space at the end of a tag it cut just after one', () => {
    const cutAtSpace = `${'a'.repeat(MAX_TAG_LENGTH - 1)} bcd`;
    expect(normalizeTags([cutAtSpace])).toEqual(['a'.repeat(MAX_TAG_LENGTH - 1)]);
  });

  it('counts two tags that are equal once cut as one', () => {
    const base = '长'.repeat(MAX_TAG_LENGTH);
    expect(normalizeTags([`${base}甲`, `${base}乙`])).toEqual([base]);
  });

  it('does not change its input', () => {
    const input = Object.freeze([' 招商 ', '招商']);
    normalizeTags(input);
    expect(input).toEqual([' 招商 ', '招商']);
  });

  it('property: normalising twice gives the same tags as once', () => {
    const tag = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 50 }),
      fc.string({ unit: fc.constantFrom('a', 'A', ' ', '\u3000', '\n', '招', '𠀋'), maxLength: 45 }),
    );
    fc.assert(
      fc.property(fc.array(tag, { maxLength: 30 }), (tags) => {
        const once = normalizeTags(tags);
        expect(normalizeTags(once)).toEqual(once);
        expect(once.length).toBeLessThanOrEqual(MAX_TAGS);
        for (const kept of once) {
          expect(kept).toBe(kept.trim());
          expect(kept).not.toMatch(/\s\s|[^\S ]/u);
          expect(kept.length).toBeGreaterThan(0);
          expect(Array.from(kept).length).toBeLessThanOrEqual(MAX_TAG_LENGTH);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('parseTagInput', () => {
  it('splits on commas, full-width commas, enumeration commas and semicolons, then normalises', () => {
    expect(parseTagInput('招商，长三角, 招商')).toEqual(['招商', '长三角']);
    expect(parseTagInput('招商、长三角;虹桥；进博会,Hongqiao')).toEqual([
      '招商',
      '长三角',
      '虹桥',
      '进博会',
      'Hongqiao',
    ]);
  });

  it('keeps spaces inside a tag: a space does not separate tags', () => {
    expect(parseTagInput('长三角 一体化, 虹桥  商务区')).toEqual(['长三角 一体化', '虹桥 商务区']);
  });

  it('answers no tags for an empty field or separators only', () => {
    expect(parseTagInput('')).toEqual([]);
    expect(parseTagInput(' ，, ;、 ')).toEqual([]);
  });

  it('drops a repeat typed in another case, keeping the first spelling', () => {
    expect(parseTagInput('Hongqiao, HONGQIAO, hongqiao')).toEqual(['Hongqiao']);
  });
});
