import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { notesToMarkdown } from '../../lib/core/notes-format';
import {
  escapeMarkdownBlock,
  escapeMarkdownInline,
  escapeMarkdownLine,
  markdownLink,
} from '../../lib/core/notes-format/markdown-escape';
import { anchoredNote, sampleAnchor, sampleNote } from '../support/notes';

const EXPORTED_AT = new Date('2026-11-26T23:30:00.000Z');

describe('notesToMarkdown', () => {
  it('groups notes by entity under a heading with name and type, each with quote, body, link and date', () => {
    const markdown = notesToMarkdown(
      [
        sampleNote(),
        sampleNote({
          id: 'n2',
          body: '第二条',
          quote: '寧波',
          createdAt: '2026-01-05T00:00:00.000Z',
          updatedAt: '2026-02-01T00:00:00.000Z',
        }),
        sampleNote({
          id: 'n3',
          entityId: 'official:裘东耀',
          entityType: 'official',
          entityName: '裘东耀',
          quote: '裘东耀',
          body: '宁波市长',
        }),
      ],
      EXPORTED_AT,
    );
    expect(markdown).toBe(
      [
        '# District Lens notes',
        '',
        'Exported 2026-11-26 23:30 UTC · 3 notes',
        '',
        '## 裘东耀 (official)',
        '',
        '> 裘东耀',
        '',
        '宁波市长',
        '',
        '[上海虹桥商务区与长三角城市启动全面合作](https://example.com/news/1) · 2026-01-02',
        '',
        '## 宁波市 (city)',
        '',
        '> 宁波',
        '',
        '与虹桥商务区签订合作协议',
        '',
        '[上海虹桥商务区与长三角城市启动全面合作](https://example.com/news/1) · 2026-01-02',
        '',
        '---',
        '',
        '> 寧波',
        '',
        '第二条',
        '',
        '[上海虹桥商务区与长三角城市启动全面合作](https://example.com/news/1) · 2026-01-05 · edited 2026-02-01',
        '',
      ].join('\n'),
    );
  });

  it('quotes the sentence of an anchored note and lists its tags', () => {
    const markdown = notesToMarkdown([anchoredNote()], EXPORTED_AT);
    expect(markdown).toBe(
      [
        '# District Lens notes',
        '',
        'Exported 2026-11-26 23:30 UTC · 1 note',
        '',
        '## 裘东耀 (official)',
        '',
        '> 座谈会上，宁波市长裘东耀指出，要深化与虹桥商务区的合作。',
        '',
        '宁波市长谈与虹桥的合作',
        '',
        'Tags: 招商 · 长三角',
        '',
        '[上海虹桥商务区与长三角城市启动全面合作](https://example.com/news/1) · 2026-01-02',
        '',
      ].join('\n'),
    );
  });

  it('quotes the bare quote when the anchor has no sentence, and nothing when there is neither', () => {
    const markdown = notesToMarkdown(
      [
        anchoredNote({ anchor: { ...sampleAnchor(), sentence: '' } }),
        sampleNote({ id: 'n2', quote: '', createdAt: '2026-01-03T00:00:00.000Z' }),
      ],
      EXPORTED_AT,
    );
    expect(markdown).toContain('## 裘东耀 (official)\n\n> 裘东耀\n\n宁波市长谈与虹桥的合作\n');
    expect(markdown).toContain('## 宁波市 (city)\n\n与虹桥商务区签订合作协议\n');
  });

  it('groups anchored and unanchored notes on one entity together', () => {
    const markdown = notesToMarkdown(
      [anchoredNote(), anchoredNote({ id: 'n2', anchor: null, tags: [], createdAt: '2026-01-03T00:00:00.000Z' })],
      EXPORTED_AT,
    );
    expect(markdown.split('\n').filter((line) => line.startsWith('## '))).toEqual(['## 裘东耀 (official)']);
    expect(markdown).toContain('---\n\n> 裘东耀\n');
    expect(markdown.match(/^Tags: /gm)).toHaveLength(1);
  });

  it('escapes tags and the anchored sentence like any other user text', () => {
    const markdown = notesToMarkdown(
      [
        anchoredNote({
          tags: ['#话题', '[链接](x)', '- 列表', '<b>'],
          anchor: { ...sampleAnchor(), sentence: '> 引用 *强调*\n# 标题' },
        }),
      ],
      EXPORTED_AT,
    );
    expect(markdown).toContain('\n\nTags: \\#话题 · \\[链接\\](x) · \\- 列表 · \\<b\\>\n\n');
    expect(markdown).toContain('\n\n> \\> 引用 \\*强调\\*\\\n> \\# 标题\n\n');
    expect(markdown.split('\n').filter((line) => /^#{1,6} /.test(line))).toEqual([
      '# District Lens notes',
      '## 裘东耀 (official)',
    ]);
  });

  it('orders entities by type as the UI lists them, then by name in pinyin order', () => {
    const names = ['上海市', '北京市', '杭州市'].map((entityName, i) =>
      sampleNote({ id: `c${i}`, entityId: `city:${i}`, entityName }),
    );
    const platform = sampleNote({ id: 'p', entityId: 'kb:p', entityType: 'platform', entityName: '进博会' });
    const headings = notesToMarkdown([platform, ...names], EXPORTED_AT)
      .split('\n')
      .filter((line) => line.startsWith('## '));
    expect(headings).toEqual(['## 北京市 (city)', '## 杭州市 (city)', '## 上海市 (city)', '## 进博会 (platform)']);
  });

  it('keeps line breaks inside a note as hard breaks and blank lines as paragraphs', () => {
    const markdown = notesToMarkdown([sampleNote({ body: '第一行\r\n第二行\n\n新段落' })], EXPORTED_AT);
    expect(markdown).toContain('\n\n第一行\\\n第二行\n\n新段落\n\n');
  });

  it('escapes Markdown in user text so a note cannot add headings, links, HTML, lists or code', () => {
    const body = [
      '# 假标题',
      '- 假列表',
      '1. 假编号',
      '> 假引用',
      '[链接](javascript:alert(1)) ![图](https://evil.example/x.png)',
      '<script>alert(1)</script> <b>粗</b> &amp;',
      '*强调* _斜体_ `代码` ~~删除~~ | 表 | $x$ #话题#',
      '    四个空格的代码块',
      '```',
      '===',
      '---',
    ].join('\n');
    const markdown = notesToMarkdown(
      [
        sampleNote({
          body,
          entityName: '## 宁波 [x](y)',
          quote: '> 引文\n# 标题',
          pageTitle: '标题](https://evil.example) [x',
        }),
      ],
      EXPORTED_AT,
    );
    expect(markdown).toContain(
      [
        '\\# 假标题\\',
        '\\- 假列表\\',
        '1\\. 假编号\\',
        '\\> 假引用\\',
        '\\[链接\\](javascript:alert(1)) !\\[图\\](https://evil.example/x.png)\\',
        '\\<script\\>alert(1)\\</script\\> \\<b\\>粗\\</b\\> \\&amp;\\',
        '\\*强调\\* \\_斜体\\_ \\`代码\\` \\~\\~删除\\~\\~ \\| 表 \\| \\$x\\$ \\#话题\\#\\',
        '四个空格的代码块\\',
        '\\`\\`\\`\\',
        '\\===\\',
        '\\---',
      ].join('\n'),
    );
    expect(markdown).toContain('## \\#\\# 宁波 \\[x\\](y) (city)');
    expect(markdown).toContain('> \\> 引文\\\n> \\# 标题');
    expect(markdown).toContain('[标题\\](https://evil.example) \\[x](https://example.com/news/1)');
    // The only headings are the document's own.
    expect(markdown.split('\n').filter((line) => /^#{1,6} /.test(line))).toEqual([
      '# District Lens notes',
      '## \\#\\# 宁波 \\[x\\](y) (city)',
    ]);
  });

  it('percent-encodes spaces and brackets in the address and uses it as text when the title is empty', () => {
    const markdown = notesToMarkdown(
      [sampleNote({ url: 'https://example.com/a b(1)<2>', pageTitle: '' })],
      EXPORTED_AT,
    );
    expect(markdown).toContain(
      '[https://example.com/a b(1)\\<2\\>](https://example.com/a%20b%281%29%3C2%3E) · 2026-01-02',
    );
  });

  it('never makes a link of an address that is not http or https', () => {
    expect(markdownLink('点我', 'javascript:alert(1)')).toBe('点我 (javascript:alert(1))');
    expect(markdownLink('', 'data:text/html,<b>x</b>')).toBe('data:text/html,\\<b\\>x\\</b\\>');
  });

  it('takes labels in the reader’s language, escaped like everything else', () => {
    const markdown = notesToMarkdown([sampleNote({ tags: ['招商'] })], EXPORTED_AT, {
      labels: {
        title: '区域透镜笔记',
        summary: (_at, count) => `共 ${count} 条`,
        entityType: (type) => (type === 'city' ? '城市' : type),
        tags: '标签 *',
      },
    });
    expect(markdown.startsWith('# 区域透镜笔记\n\n共 1 条\n\n## 宁波市 (城市)\n')).toBe(true);
    expect(markdown).toContain('\n\n标签 \\*: 招商\n\n');
  });

  it('writes only the title and summary for no notes, with one final newline', () => {
    expect(notesToMarkdown([], EXPORTED_AT)).toBe('# District Lens notes\n\nExported 2026-11-26 23:30 UTC · 0 notes\n');
  });
});

describe('Markdown escaping', () => {
  it('escapes a line', () => {
    expect(escapeMarkdownLine('  + 1')).toBe('\\+ 1');
    expect(escapeMarkdownLine('2024. 年')).toBe('2024\\. 年');
    expect(escapeMarkdownLine('2024.5 亿元')).toBe('2024.5 亿元');
    expect(escapeMarkdownLine('3) 项')).toBe('3\\) 项');
    expect(escapeMarkdownLine('a\\b')).toBe('a\\\\b');
    expect(escapeMarkdownLine('尾部空格  ')).toBe('尾部空格');
  });

  it('keeps inline text on one line', () => {
    expect(escapeMarkdownInline('宁波\n# 市')).toBe('宁波 \\# 市');
  });

  it('returns nothing for white space only', () => {
    expect(escapeMarkdownBlock(' \n\t\n ')).toBe('');
  });

  /** True when the character at `index` is preceded by an odd number of backslashes. */
  function isEscaped(line: string, index: number): boolean {
    let count = 0;
    for (let i = index - 1; i >= 0 && line[i] === '\\'; i--) count++;
    return count % 2 === 1;
  }

  it('property: no line of escaped text can start a block or hold unescaped inline syntax', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc
        .array(
          fc.constantFrom(
            '#',
            '>',
            '-',
            '+',
            '*',
            '=',
            '`',
            '~',
            '_',
            '[',
            ']',
            '(',
            ')',
            '<',
            '>',
            '!',
            '|',
            '&',
            '$',
            '\\',
            '1',
            '.',
            ')',
            ' ',
            '\t',
            '\n',
            '\r',
            '宁',
            'a',
          ),
          { maxLength: 40 },
        )
        .map((chars) => chars.join('')),
    );
    fc.assert(
      fc.property(text, (input) => {
        const block = escapeMarkdownBlock(input);
        for (const line of block.split('\n')) {
          const content = line.endsWith('\\') && !isEscaped(line, line.length - 1) ? line.slice(0, -1) : line;
          // Block starts: headings, quotes, lists, setext lines, fences, HTML, indented code.
          expect(content).not.toMatch(/^[ \t]/);
          expect(content).not.toMatch(/^\s*[#>\-+*=`~<|]/);
          expect(content).not.toMatch(/^\s*\d{1,9}[.)](\s|$)/);
          for (let i = 0; i < content.length; i++) {
            if ('[]<>`*_~|$#&'.includes(content[i]!)) expect(isEscaped(content, i), `${content} @${i}`).toBe(true);
          }
        }
        expect(block).not.toMatch(/\n\n\n/);
      }),
      { numRuns: 500 },
    );
  });
});
