import { describe, expect, it } from 'vitest';
import { eventsOverTime, metWith } from '../../components/library/events-over-time';
import { rolesOverTime } from '../../components/library/roles-over-time';
import type { StoredEvent } from '../../lib/core/brief';
import type { EntityArticle } from '../../lib/core/notes';

const HQ = { entityId: 'platform:hongqiao-cbd', name: '虹桥国际中央商务区', type: 'platform' as const };
const NINGBO = { entityId: 'city:330200', name: '宁波市', type: 'city' as const };
const JIAXING = { entityId: 'city:330400', name: '嘉兴市', type: 'city' as const };

const event = (
  kind: StoredEvent['kind'],
  date: string | undefined,
  ...parties: StoredEvent['parties']
): StoredEvent => ({
  kind,
  ...(date ? { date } : {}),
  amounts: [],
  parties,
  sentence: `${kind} sentence`,
});
const article = (
  url: string,
  date: string | undefined,
  lastSeen: string,
  events: StoredEvent[],
  roles: string[] = [],
): EntityArticle => ({
  url,
  title: url,
  site: 'example.cn',
  sentence: '',
  roles,
  lastSeen,
  ...(date ? { date } : {}),
  events,
});

const ARTICLES = [
  article('a', '2020-01-03', '2026-01-01T00:00:00Z', [
    event('visit', undefined, { ...HQ, role: 'visitor' }, { ...JIAXING, role: 'visited' }),
  ]),
  article('b', '2019-06-04', '2026-02-01T00:00:00Z', [
    event('signing', '2019-05-28', { ...HQ, role: 'side' }, { ...NINGBO, role: 'side' }),
    event('meeting', undefined, { ...NINGBO, role: 'host' }),
  ]),
  article('c', undefined, '2026-03-01T00:00:00Z', [
    event('signing', undefined, { ...HQ, role: 'side' }, { ...NINGBO, role: 'side' }),
  ]),
];

describe("an entity's events across the library", () => {
  it('orders them by the day they happened, then undated ones', () => {
    expect(eventsOverTime(ARTICLES).map((r) => `${r.day ?? '-'} ${r.event.kind} ${r.url}`)).toEqual([
      '2020-01-03 visit a',
      '2019-06-04 meeting b',
      '2019-05-28 signing b',
      '- signing c',
    ]);
  });

  it('counts who it met, per kind, most shared first', () => {
    const met = metWith(HQ.entityId, ARTICLES);
    expect(met.map((m) => [m.name, m.counts, m.total])).toEqual([
      ['宁波市', { signing: 2 }, 2],
      ['嘉兴市', { visit: 1 }, 1],
    ]);
    expect(metWith('city:999999', ARTICLES)).toEqual([]);
  });

  it('dates roles by the article date, not by when the reader read it', () => {
    const spans = rolesOverTime([
      article('x', '2018-05-01', '2026-06-01T00:00:00Z', [], ['宁波市 市长']),
      article('y', '2021-09-01', '2026-01-01T00:00:00Z', [], ['浙江省 副省长']),
    ]);
    expect(spans.map((s) => [s.role, s.first])).toEqual([
      ['宁波市 市长', '2018-05-01'],
      ['浙江省 副省长', '2021-09-01'],
    ]);
  });
});
