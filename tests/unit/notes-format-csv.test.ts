import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES } from '../../lib/core/entity';
import { CSV_COLUMNS, CSV_FORMULA_START, notesToCsv } from '../../lib/core/notes-format';
import { sampleNote } from '../support/notes';

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
      '\uFEFFentityName,entityType,body,quote,pageTitle,url,createdAt,updatedAt,entityId,id\r\n' +
        '宁波市,city,与虹桥商务区签订合作协议,宁波,上海虹桥商务区与长三角城市启动全面合作,https://example.com/news/1,2026-01-02T03:04:05.000Z,2026-01-02T03:04:05.000Z,city:330200,n1\r\n',
    );
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
    const csv = notesToCsv([sampleNote({ body: cell, quote: cell, pageTitle: cell, entityName: cell })]);
    const [, row] = readCsv(csv);
    expect(row!.slice(0, 5)).toEqual([shown, 'city', shown, shown, shown]);
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
    const [, row] = readCsv(notesToCsv([sampleNote({ body: 'a=b', quote: ' =1', pageTitle: '1+1' })]));
    expect(row!.slice(2, 5)).toEqual(['a=b', ' =1', '1+1']);
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
      url: cell,
      pageTitle: cell,
      quote: cell,
      createdAt: fc.constant('2026-01-02T03:04:05.000Z'),
      updatedAt: cell,
    });
    fc.assert(
      fc.property(fc.array(arbitraryNote, { maxLength: 5 }), (notes) => {
        const rows = readCsv(notesToCsv(notes)).slice(1);
        const expected = [...notes]
          .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
          .map((n) => CSV_COLUMNS.map((column) => (CSV_FORMULA_START.test(n[column]) ? `'${n[column]}` : n[column])));
        expect(rows).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
