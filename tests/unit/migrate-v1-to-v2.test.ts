import { describe, expect, it } from 'vitest';
import type { NoteV1 } from '../../lib/core/notes/note';
import { NOTE_FIELDS } from '../../lib/core/notes-format';
import { migrateV1ToV2, siteOf } from '../../lib/store/schema/migrate-v1-to-v2';

const v1Note = (overrides: Partial<NoteV1> = {}): NoteV1 => ({
  id: 'n1',
  entityId: 'city:330200',
  entityType: 'city',
  entityName: '宁波市',
  body: '与虹桥商务区签订合作协议',
  url: 'https://a.cn/1#p',
  pageTitle: '标题一',
  quote: '宁波',
  createdAt: '2026-11-26T08:00:00.000Z',
  updatedAt: '2026-11-26T08:00:00.000Z',
  ...overrides,
});

describe('migrateV1ToV2', () => {
  it('keeps every field of every note and adds no tags and no anchor', () => {
    const note = v1Note();
    const { notes } = migrateV1ToV2({ notes: [note] });
    expect(notes).toEqual([{ ...note, tags: [], anchor: null }]);
    expect(Object.keys(notes[0]!)).toEqual([...NOTE_FIELDS]);
  });

  it('does not change its input', () => {
    const input = { notes: [v1Note()] };
    const copy = structuredClone(input);
    migrateV1ToV2(input);
    expect(input).toEqual(copy);
  });

  it('makes one article per page without #fragment, titled by its latest note, seen from first to last note', () => {
    const { articles } = migrateV1ToV2({
      notes: [
        v1Note({
          id: 'a',
          url: 'https://a.cn/1#x',
          pageTitle: '旧标题',
          createdAt: '2026-01-01T00:00:00.000Z',
          updatedAt: '2026-01-01T00:00:00.000Z',
        }),
        v1Note({
          id: 'b',
          url: 'https://a.cn/1',
          pageTitle: '新标题',
          createdAt: '2026-02-01T00:00:00.000Z',
          updatedAt: '2026-03-01T00:00:00.000Z',
        }),
        v1Note({
          id: 'c',
          url: 'https://b.cn/2',
          pageTitle: '',
          createdAt: '2026-01-05T00:00:00.000Z',
          updatedAt: '2026-01-05T00:00:00.000Z',
        }),
      ],
    });
    expect(articles).toEqual([
      {
        url: 'https://a.cn/1',
        canonicalUrl: 'https://a.cn/1',
        title: '新标题',
        site: 'a.cn',
        firstSeen: '2026-01-01T00:00:00.000Z',
        lastSeen: '2026-03-01T00:00:00.000Z',
      },
      {
        url: 'https://b.cn/2',
        canonicalUrl: 'https://b.cn/2',
        title: '',
        site: 'b.cn',
        firstSeen: '2026-01-05T00:00:00.000Z',
        lastSeen: '2026-01-05T00:00:00.000Z',
      },
    ]);
  });

  it('records each noted entity once and where it was met, without inventing a sentence', () => {
    const { entities, sightings } = migrateV1ToV2({
      notes: [
        v1Note({ id: 'a' }),
        v1Note({ id: 'b', url: 'https://b.cn/2' }),
        v1Note({ id: 'c', url: 'https://a.cn/1' }),
      ],
    });
    expect(entities.map((e) => [e.id, e.type, e.name])).toEqual([['city:330200', 'city', '宁波市']]);
    expect(sightings.map((s) => [s.entityId, s.url, s.sentence, s.roles])).toEqual([
      ['city:330200', 'https://a.cn/1', '', []],
      ['city:330200', 'https://b.cn/2', '', []],
    ]);
  });

  it('turns an empty database into empty tables', () => {
    expect(migrateV1ToV2({ notes: [] })).toEqual({ notes: [], articles: [], entities: [], sightings: [] });
  });
});

describe('siteOf', () => {
  it('is the host name of a web address and empty for anything else', () => {
    expect(siteOf('https://www.news.cn/a?b#c')).toBe('www.news.cn');
    expect(siteOf('not a url')).toBe('');
  });
});
