import { describe, expect, it } from 'vitest';
import type { BriefLabels, StoredEvent } from '../../lib/core/brief';
import { articleBriefMarkdown, articleBriefsMarkdown, briefFileName } from '../../lib/core/notes-format';
import type { ArticleDigest } from '../../lib/core/notes';
import { briefsExportFile } from '../../components/library/export-notes';
import { sampleSigning } from '../support/articles';

const EN: BriefLabels = {
  language: 'en',
  kinds: { signing: 'Signing', visit: 'Visit', meeting: 'Meeting', opening: 'Opening', appointment: 'Appointment' },
  types: { official: 'Officials', city: 'Cities', platform: 'Platforms', region: 'Regions', person: 'People' },
  events: 'Events',
  entities: 'Entities',
  noDate: 'Date not stated',
};
const SIGNING: StoredEvent = sampleSigning({
  amounts: [],
  parties: [
    { entityId: 'platform:hongqiao-cbd', name: '虹桥国际中央商务区', type: 'platform', role: 'side' },
    { entityId: 'city:330200', name: '宁波市', type: 'city', role: 'side' },
  ],
  sentence: '5月28日,虹桥商务区管委会与宁波签订合作协议',
});
const digest = (url: string, date?: string, events: StoredEvent[] = [SIGNING]): ArticleDigest => ({
  article: {
    url,
    canonicalUrl: url,
    title: '虹桥商务区与宁波签约',
    site: 'www.example.cn',
    firstSeen: '2026-11-30T08:00:00.000Z',
    lastSeen: '2026-11-30T08:00:00.000Z',
    ...(date ? { date } : {}),
    events,
  },
  entities: [
    { id: 'city:330200', type: 'city', name: '宁波市', roles: [] },
    { id: 'official:裘东耀', type: 'official', name: '裘东耀', roles: ['宁波市 市长'] },
  ],
});

describe('articleBriefMarkdown', () => {
  it('writes the stored brief as Copy brief does: title link, date and site, event lines, entities by type', () => {
    expect(articleBriefMarkdown(digest('https://www.example.cn/a.html', '2019-06-04'), EN)).toBe(
      [
        '# [虹桥商务区与宁波签约](https://www.example.cn/a.html)',
        '',
        '2019-06-04 · www.example.cn',
        '',
        '## Events',
        '',
        '- 2019-05-28 · Signing · 虹桥国际中央商务区 ↔ 宁波市 · 合作协议',
        '',
        '## Entities',
        '',
        '- **Officials**: 裘东耀 (宁波市 市长)',
        '- **Cities**: 宁波市',
        '',
      ].join('\n'),
    );
  });

  it('says the date is not stated, and writes no event section for an article without events', () => {
    const text = articleBriefMarkdown(digest('https://e.cn/b', undefined, []), EN);
    expect(text).toContain('Date not stated · www.example.cn');
    expect(text).not.toContain('## Events');
  });
});

describe('articleBriefsMarkdown', () => {
  it('joins the briefs with a rule, in order; nothing for no article', () => {
    const text = articleBriefsMarkdown([digest('https://e.cn/1'), digest('https://e.cn/2')], EN);
    expect(text.split('\n---\n\n')).toHaveLength(2);
    expect(text.indexOf('https://e.cn/1')).toBeLessThan(text.indexOf('https://e.cn/2'));
    expect(articleBriefsMarkdown([], EN)).toBe('');
  });
});

describe('briefFileName', () => {
  const now = new Date('2026-11-26T23:30:00Z');
  it('names one article’s brief after its date and site, several after the export’s day', () => {
    expect(briefFileName({ date: '2019-06-04', site: 'www.example.cn' }, now)).toBe(
      'district-lens-brief-2019-06-04-www.example.cn.md',
    );
    expect(briefFileName({ site: 'a b/c' }, now)).toBe('district-lens-brief-2026-11-26-a-b-c.md');
    expect(briefFileName({ site: '' }, now)).toBe('district-lens-brief-2026-11-26.md');
    expect(briefFileName(undefined, now)).toBe('district-lens-briefs-2026-11-26.md');
  });
});

describe('briefsExportFile', () => {
  const now = new Date('2026-11-26T10:00:00Z');
  it('writes one article alone, several in one file, nothing for none', () => {
    const one = briefsExportFile([digest('https://e.cn/1', '2019-06-04')], EN, now)!;
    expect(one.fileName).toBe('district-lens-brief-2019-06-04-www.example.cn.md');
    expect(one.text).toContain('- 2019-05-28 · Signing · 虹桥国际中央商务区 ↔ 宁波市 · 合作协议');
    const two = briefsExportFile([digest('https://e.cn/1'), digest('https://e.cn/2')], EN, now)!;
    expect(two.fileName).toBe('district-lens-briefs-2026-11-26.md');
    expect(two.text).toContain('\n---\n');
    expect(briefsExportFile([], EN, now)).toBeUndefined();
  });
});
