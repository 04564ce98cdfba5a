import { describe, expect, it } from 'vitest';
import type { Note } from '../../lib/core/notes/note';
import {
  EMPTY_NOTES_QUERY,
  facetsOf,
  filterNotes,
  groupNotes,
  isQueryActive,
  localDay,
  siteOf,
  type NotesQuery,
} from '../../lib/core/notes/notes-query';

/** A v2 note; noon UTC so its local day is the same in every time zone from UTC−11 to UTC+11. */
function note(overrides: Partial<Note> & { id: string }): Note {
  return {
    entityId: 'city:330200',
    entityType: 'city',
    entityName: '宁波市',
    body: '',
    tags: [],
    url: 'https://www.news.cn/local/1.htm',
    pageTitle: '长三角城市合作',
    quote: '宁波',
    anchor: null,
    createdAt: '2026-03-10T12:00:00.000Z',
    updatedAt: '2026-03-10T12:00:00.000Z',
    ...overrides,
  };
}

const anchor = (sentence: string, exact: string, start: number) => ({
  exact,
  prefix: '',
  suffix: '',
  sentence,
  position: { start, end: start + exact.length },
});

const query = (overrides: Partial<NotesQuery>): NotesQuery => ({ ...EMPTY_NOTES_QUERY, ...overrides });
const ids = (notes: readonly Note[]) => notes.map((n) => n.id);

describe('filterNotes: search', () => {
  const notes = [
    note({ id: 'trad', body: '寧波舟山港吞吐量創新高', entityName: '寧波市' }),
    note({ id: 'simp', body: '杭州湾新区招商', entityName: '杭州市', entityId: 'city:330100', quote: '杭州' }),
    note({ id: 'latin', body: 'Meeting with JD.com on logistics', entityType: 'platform', entityName: '京东' }),
    note({ id: 'tagged', body: '无关', tags: ['Hongqiao', '长三角'], entityName: '上海市' }),
    note({
      id: 'sentence',
      body: '看这里',
      entityName: '温州市',
      anchor: anchor('温州市委书记在會議上強調民營經濟。', '温州', 0),
    }),
  ];

  it('finds traditional text with a simplified query and simplified text with a traditional one', () => {
    expect(ids(filterNotes(notes, query({ text: '宁波舟山' })))).toEqual(['trad']);
    expect(ids(filterNotes(notes, query({ text: '杭州灣' })))).toEqual(['simp']);
  });

  it('ignores case and full-width letters', () => {
    expect(ids(filterNotes(notes, query({ text: 'jd.COM' })))).toEqual(['latin']);
    expect(ids(filterNotes(notes, query({ text: 'ＭＥＥＴＩＮＧ' })))).toEqual(['latin']);
  });

  it('needs every whitespace-separated term, in any field and any order', () => {
    expect(ids(filterNotes(notes, query({ text: '港  宁波' })))).toEqual(['trad']);
    expect(ids(filterNotes(notes, query({ text: '宁波 杭州' })))).toEqual([]);
    // entity name + body
    expect(ids(filterNotes(notes, query({ text: '杭州市 招商' })))).toEqual(['simp']);
  });

  it('searches tags, the anchor sentence, the quote and the page title', () => {
    expect(ids(filterNotes(notes, query({ text: 'hongqiao' })))).toEqual(['tagged']);
    expect(ids(filterNotes(notes, query({ text: '会议' })))).toEqual(['sentence']);
    expect(ids(filterNotes([note({ id: 'q', quote: '甬' })], query({ text: '甬' })))).toEqual(['q']);
    expect(filterNotes(notes, query({ text: '长三角城市' }))).toHaveLength(notes.length);
  });

  it('does not match across the end of one field and the start of the next', () => {
    // body ends with 高, entity name starts with 寧: "高宁" is in no single field.
    expect(filterNotes(notes, query({ text: '高宁' }))).toEqual([]);
  });

  it('keeps every note, in order, for an empty or blank query', () => {
    expect(ids(filterNotes(notes, query({ text: '   ' })))).toEqual(ids(notes));
    expect(isQueryActive(query({ text: '  ' }))).toBe(false);
    expect(isQueryActive(query({ tags: ['x'] }))).toBe(true);
  });
});

describe('filterNotes: facets and dates', () => {
  const notes = [
    note({ id: 'a', entityType: 'city', url: 'https://www.news.cn/a', tags: ['招商'] }),
    note({ id: 'b', entityType: 'official', url: 'https://www.thepaper.cn/b', tags: ['Hongqiao'] }),
    note({ id: 'c', entityType: 'platform', url: 'https://www.news.cn/c#p3', createdAt: '2026-03-12T12:00:00.000Z' }),
  ];

  it('narrows by type, site and tag (any selected value), combining facets with and', () => {
    expect(ids(filterNotes(notes, query({ types: ['city', 'platform'] })))).toEqual(['a', 'c']);
    expect(ids(filterNotes(notes, query({ sites: ['www.news.cn'] })))).toEqual(['a', 'c']);
    expect(ids(filterNotes(notes, query({ tags: ['hongqiao'] })))).toEqual(['b']);
    expect(ids(filterNotes(notes, query({ sites: ['www.news.cn'], types: ['official'] })))).toEqual([]);
  });

  it('keeps notes written between from and to, both days included', () => {
    expect(ids(filterNotes(notes, query({ from: '2026-03-11' })))).toEqual(['c']);
    expect(ids(filterNotes(notes, query({ to: '2026-03-10' })))).toEqual(['a', 'b']);
    expect(ids(filterNotes(notes, query({ from: '2026-03-10', to: '2026-03-12' })))).toEqual(['a', 'b', 'c']);
    expect(ids(filterNotes(notes, query({ from: '2026-03-13' })))).toEqual([]);
  });

  it('reads the local day of a timestamp', () => {
    expect(localDay('2026-03-10T12:00:00.000Z')).toBe('2026-03-10');
    expect(localDay('not a date')).toBe('');
    expect(siteOf('https://www.news.cn/x#y')).toBe('www.news.cn');
    expect(siteOf('not a url')).toBe('');
  });
});

describe('groupNotes', () => {
  const notes = [
    note({ id: 'old-nb', createdAt: '2026-01-01T00:00:00.000Z', url: 'https://x.cn/1#top', pageTitle: '' }),
    note({
      id: 'hz',
      entityId: 'city:330100',
      entityName: '杭州市',
      createdAt: '2026-02-01T00:00:00.000Z',
      url: 'https://x.cn/2',
      pageTitle: '杭州新闻',
    }),
    note({
      id: 'new-nb',
      createdAt: '2026-03-01T00:00:00.000Z',
      url: 'https://x.cn/1',
      pageTitle: '宁波新闻',
      anchor: anchor('宁波市在后面。', '宁波', 40),
    }),
    note({
      id: 'nb-early-quote',
      createdAt: '2026-01-15T00:00:00.000Z',
      url: 'https://x.cn/1',
      anchor: anchor('开头的宁波。', '宁波', 3),
    }),
  ];

  it('groups by entity, the entity with the newest note first, notes newest first', () => {
    const groups = groupNotes(notes, 'entity');
    expect(groups.map((g) => g.key)).toEqual(['city:330200', 'city:330100']);
    expect(ids(groups[0]!.notes)).toEqual(['new-nb', 'nb-early-quote', 'old-nb']);
    expect(groups[0]).toMatchObject({ by: 'entity', entityName: '宁波市', entityType: 'city' });
  });

  it('groups by article address without fragment, titled from its notes, notes in reading order', () => {
    const groups = groupNotes(notes, 'article');
    expect(groups.map((g) => g.key)).toEqual(['https://x.cn/1', 'https://x.cn/2']);
    expect(groups[0]).toMatchObject({ by: 'article', title: '宁波新闻', site: 'x.cn' });
    // anchored notes by their place on the page, the note on the entity itself last
    expect(ids(groups[0]!.notes)).toEqual(['nb-early-quote', 'new-nb', 'old-nb']);
  });

  it('titles an article by its address when no note has a title', () => {
    const [group] = groupNotes([note({ id: 'x', url: 'https://y.cn/p', pageTitle: ' ' })], 'article');
    expect(group).toMatchObject({ title: 'https://y.cn/p' });
  });
});

describe('facetsOf', () => {
  it('counts types in interface order, sites and tags by count, tags case-insensitively', () => {
    const facets = facetsOf([
      note({ id: '1', entityType: 'city', url: 'https://a.cn/1', tags: ['招商', 'Hongqiao'] }),
      note({ id: '2', entityType: 'official', url: 'https://b.cn/1', tags: ['hongqiao'] }),
      note({ id: '3', entityType: 'city', url: 'https://b.cn/2', tags: [] }),
      note({ id: '4', entityType: 'city', url: 'nonsense', tags: [] }),
    ]);
    expect(facets.types).toEqual([
      { value: 'official', count: 1 },
      { value: 'city', count: 3 },
    ]);
    expect(facets.sites).toEqual([
      { value: 'b.cn', count: 2 },
      { value: 'a.cn', count: 1 },
    ]);
    expect(facets.tags).toEqual([
      { value: 'Hongqiao', count: 2 },
      { value: '招商', count: 1 },
    ]);
  });
});
