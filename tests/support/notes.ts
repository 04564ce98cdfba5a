import type { Note } from '../../lib/core/note';

/** A note on 宁波市 from the sample article, with `overrides` applied: the format tests' common input. */
export function sampleNote(overrides: Partial<Note> = {}): Note {
  return {
    id: 'n1',
    entityId: 'city:330200',
    entityType: 'city',
    entityName: '宁波市',
    body: '与虹桥商务区签订合作协议',
    url: 'https://example.com/news/1',
    pageTitle: '上海虹桥商务区与长三角城市启动全面合作',
    quote: '宁波',
    createdAt: '2026-01-02T03:04:05.000Z',
    updatedAt: '2026-01-02T03:04:05.000Z',
    ...overrides,
  };
}
