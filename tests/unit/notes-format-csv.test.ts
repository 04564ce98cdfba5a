import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES } from '../../lib/core/entity/entity';
import { CSV_COLUMNS, CSV_FORMULA_START, csvCell, notesToCsv } from '../../lib/core/notes-format';
import { anchoredNote, sampleAnchor, sampleNote } from '../support/notes';

/** Parses our CSV back the way a spreadsheet would read it (papaparse, strict on quotes). */
function readCsv(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter: ',', newline: '\r\n', skipEmptyLines: false });
  expect(parsed.errors).toEqual([]);
  // The final CRLF ends the last row; papaparse reports the empty "row" after it.
  expect(parsed.data.at(-1)).toEqual(['']);
  return parsed.data.slice(0, -1);
}

describe('notesToCsv', () => {
  it('starts with a UTF-8 byte-order mark and a header row, and ends every row with CRLF', () => {
    const csv = notesToCsv([sampleNote()]);
    expect(csv).toBe(
      '\uFEFFentityName,entityType,body,tags,quote,sentence,pageTitle,url,createdAt,updatedAt,entityId,id\r\n' +
        '宁波市,city,与虹桥商务区签订合作协议,,宁波,,上海虹桥商务区与长三角城市启动全面合作,https://example.com/news/1,2026-01-02T03:04:05.000Z,2026-01-02T03:04:05.000Z,city:330200,n1\r\n',
    );
  });

  it('joins tags with “; ” and shows the sentence of an anchored note next to its quote', () => {
    const [header, row] = readCsv(notesToCsv([anchoredNote({ tags: ['招商', '长三角', '𠀋字'] })]));
    const cell = (column: string) => row![header!.indexOf(column)];
    expect(cell('tags')).toBe('招商; 长三角; 𠀋字');
    expect(cell('quote')).toBe('裘东耀');
    expect(cell('sentence')).toBe('座谈会上，宁波市长裘东耀指出，要深化与虹桥商务区的合作。');
  });

  it('quotes a tags cell holding a comma', () => {
    const csv = notesToCsv([sampleNote({ tags: ['a,b', '长三角'] })]);
    expect(csv).toContain(',"a,b; 长三角",');
    expect(readCsv(csv)[1]![3]).toBe('a,b; 长三角');
  });

  it('writes only the header for no notes', () => {
    expect(notesToCsv([])).toBe(`\uFEFF${CSV_COLUMNS.join(',')}\r\n`);
  });

  it('quotes cells with commas, quotes and line breaks (RFC 4180), keeping Chinese text', () => {
    const body = '笔记,含逗号、"引号"\n和换行\r\n以及 CRLF';
    const csv = notesToCsv([sampleNote({ body, pageTitle: '标题，全角逗号不需引号' })]);
    expect(csv).toContain('"笔记,含逗号、""引号""\n和换行\r\n以及 CRLF"');
    expect(csv).toContain(',标题，全角逗号不需引号,');
    expect(readCsv(csv)[1]![2]).toBe(body);
  });

  it('separates records with CRLF only: every bare LF is inside a quoted cell', () => {
    const csv = notesToCsv([sampleNote({ body: 'a\nb' }), sampleNote({ id: 'n2', quote: 'x\ny' })]);
    const outsideQuotes = csv.replace(/"(?:[^"]|"")*"/g, '""');
    expect(outsideQuotes).not.toMatch(/[^\r]\n/);
    expect(outsideQuotes.split('\r\n')).toHaveLength(4);
  });

  it.each([
    ['=SUM(1)', "'=SUM(1)"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@x', "'@x"],
    ['\tTAB', "'\tTAB"],
    ['\r=1', "'\r=1"],
    ['=HYPERLINK("https://evil.example","点击")\n第二行', '\'=HYPERLINK("https://evil.example","点击")\n第二行'],
    ['＝1+1', "'＝1+1"],
  ])('escapes the formula cell %j as %j', (cell, shown) => {
    const csv = notesToCsv([
      sampleNote({
        body: cell,
        quote: cell,
        pageTitle: cell,
        entityName: cell,
        tags: [cell, '长三角'],
        anchor: { ...sampleAnchor(), sentence: cell },
      }),
    ]);
    const [, row] = readCsv(csv);
    const tags = `${shown}; 长三角`;
    expect(row!.slice(0, 7)).toEqual([shown, 'city', shown, tags, shown, shown, shown]);
    // A prefixed cell is always quoted, so the apostrophe sits inside the quotes.
    expect(csv).toContain(`"'${cell.slice(0, 1)}`);
  });

  it('catches a formula followed by a line break, which papaparse’s own escapeFormulae misses', () => {
    const cell = '=1+1\nmore';
    expect(CSV_FORMULA_START.test(cell)).toBe(true);
    expect(Papa.unparse([[cell]], { escapeFormulae: true })).toBe('"=1+1\nmore"');
    expect(readCsv(notesToCsv([sampleNote({ body: cell })]))[1]![2]).toBe(`'${cell}`);
  });

  it('leaves other cells alone', () => {
    const [, row] = readCsv(
      notesToCsv([
        sampleNote({
          body: 'a=b',
          tags: ['招商', '=1'],
          quote: ' =1',
          anchor: { ...sampleAnchor(), sentence: '1+1=2' },
          pageTitle: '1+1',
        }),
      ]),
    );
    expect(row!.slice(2, 7)).toEqual(['a=b', '招商; =1', ' =1', '1+1=2', '1+1']);
  });

  it('gives every column a cell of its own', () => {
    const note = anchoredNote();
    expect(CSV_COLUMNS.map((column) => csvCell(note, column))).toEqual([
      '裘东耀',
      'official',
      '宁波市长谈与虹桥的合作',
      '招商; 长三角',
      '裘东耀',
      '座谈会上，宁波市长裘东耀指出，要深化与虹桥商务区的合作。',
      '上海虹桥商务区与长三角城市启动全面合作',
      'https://example.com/news/1',
      '2026-01-02T03:04:05.000Z',
      '2026-01-02T03:04:05.000Z',
      'official:裘东耀',
      'n-anchored',
    ]);
  });

  it('sorts rows like the JSON export', () => {
    const csv = notesToCsv([sampleNote({ id: 'b', createdAt: '2026-03-01T00:00:00.000Z' }), sampleNote({ id: 'a' })]);
    expect(readCsv(csv).map((row) => row.at(-1))).toEqual(['id', 'a', 'b']);
  });

  it('property: every cell reads back as written, with a leading apostrophe exactly on formula cells', () => {
    const cell = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 12 }),
      fc.constantFrom('=SUM(1)', '+1', '-1', '@x', '"', ',', '\r\n', '\n', '宁波,"市"', ' lead', 'trail '),
      fc
        .array(fc.constantFrom('=', '+', '-', '@', '"', ',', '\n', '\r', '\t', '宁', 'a', ' '), { maxLength: 8 })
        .map((chars) => chars.join('')),
    );
    const arbitraryNote = fc.record({
      id: cell,
      entityId: cell,
      entityType: fc.constantFrom(...ENTITY_TYPES),
      entityName: cell,
      body: cell,
      tags: fc.array(cell, { maxLength: 3 }),
      url: cell,
      pageTitle: cell,
      quote: cell,
      anchor: fc.option(
        cell.map((sentence) => ({ ...sampleAnchor(), sentence })),
        { nil: null },
      ),
      createdAt: fc.constant('2026-01-02T03:04:05.000Z'),
      updatedAt: cell,
    });
    fc.assert(
      fc.property(fc.array(arbitraryNote, { maxLength: 5 }), (notes) => {
        const rows = readCsv(notesToCsv(notes)).slice(1);
        const expected = [...notes]
          .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
          .map((n) =>
            CSV_COLUMNS.map((column) => {
              const text =
                column === 'tags' ? n.tags.join('; ') : column === 'sentence' ? (n.anchor?.sentence ?? '') : n[column];
              return CSV_FORMULA_START.test(text) ? `'${text}` : text;
            }),
          );
        expect(rows.map((row) => row.length)).toEqual(notes.map(() => CSV_COLUMNS.length));
        expect(rows).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
