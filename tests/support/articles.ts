import type { StoredEvent } from '../../lib/core/brief';
import type { ArticleRecord, ArticleVisit } from '../../lib/core/notes';

/** The signing of the sample article, as the reading history stores it. */
export function sampleSigning(overrides: Partial<StoredEvent> = {}): StoredEvent {
  return {
    kind: 'signing',
    date: '2019-05-28',
    what: '合作协议',
    amounts: ['总投资50亿元'],
    parties: [
      { entityId: 'platform:hongqiao-cbd', name: '虹桥商务区管委会', type: 'platform', role: 'side' },
      { entityId: 'city:330200', name: '宁波', type: 'city', role: 'side' },
    ],
    sentence: '5月28日，虹桥商务区管委会与宁波签订合作协议，总投资50亿元。',
    ...overrides,
  };
}

/** A meeting without a date or what, with one speaker: the optional fields left out. */
export function sampleMeeting(overrides: Partial<StoredEvent> = {}): StoredEvent {
  return {
    kind: 'meeting',
    amounts: [],
    parties: [{ entityId: 'official:裘东耀', name: '裘东耀', type: 'official', role: 'speaker' }],
    sentence: '座谈会上，宁波市长裘东耀指出，要深化与虹桥商务区的合作。',
    ...overrides,
  };
}

/** An article of the reading history with a brief (a date and two events). */
export function sampleArticle(overrides: Partial<ArticleRecord> = {}): ArticleRecord {
  return {
    url: 'https://www.example.cn/news/hongqiao.html',
    canonicalUrl: 'https://www.example.cn/news/hongqiao.html',
    title: '上海虹桥商务区与长三角城市启动全面合作',
    site: 'www.example.cn',
    firstSeen: '2026-11-30T08:00:00.000Z',
    lastSeen: '2026-11-30T09:00:00.000Z',
    date: '2019-06-04',
    events: [sampleSigning(), sampleMeeting()],
    ...overrides,
  };
}

/** The sentence the sample visit gives its entities: 裘东耀 speaking at the 座谈会. */
export const SAMPLE_VISIT_SENTENCE = '座谈会上，宁波市长裘东耀指出，宁波将主动对接虹桥。';

/** A visit of the sample article as the content script reports it: 裘东耀 and 宁波市, no brief. */
export function sampleVisit(overrides: Partial<ArticleVisit> = {}): ArticleVisit {
  const url = 'https://www.example.cn/news/hongqiao.html';
  return {
    url: `${url}#top`,
    canonicalUrl: url,
    title: '上海虹桥商务区与长三角城市启动全面合作',
    entities: [
      {
        id: 'official:裘东耀',
        type: 'official',
        name: '裘东耀',
        sentence: SAMPLE_VISIT_SENTENCE,
        roles: ['宁波市 市长'],
      },
      { id: 'city:330200', type: 'city', name: '宁波市', sentence: SAMPLE_VISIT_SENTENCE, roles: [] },
    ],
    ...overrides,
  };
}
