// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { prefetchArticleMap } from '../../components/article-map-request';
import { ArticleMap } from '../../components/ArticleMap';
import type { ArticleEvent } from '../../lib/core/brief';
import type { DetectedEntity } from '../../lib/core/entity';

const requestStore = vi.hoisted(() => vi.fn());
vi.mock('../../lib/store/store-client', () => ({ requestStore }));

const entity = (id: string, type: DetectedEntity['type'], name: string, mentions: number): DetectedEntity => ({
  id,
  type,
  name,
  roles: [],
  mentions: Array.from({ length: mentions }, (_, i) => ({ start: i * 10, end: i * 10 + 2 })),
  evidence: { kind: 'knowledge-base' },
});
const ENTITIES = [
  entity('city:330200', 'city', '宁波', 3),
  entity('platform:hongqiao-cbd', 'platform', '虹桥商务区', 2),
  entity('official:裘东耀', 'official', '裘东耀', 2),
];
const EVENTS = [
  {
    kind: 'signing',
    parties: [
      { entityId: 'platform:hongqiao-cbd', name: '虹桥商务区', type: 'platform', role: 'side' },
      { entityId: 'city:330200', name: '宁波', type: 'city', role: 'side' },
    ],
  },
] as unknown as ArticleEvent[];

let root: HTMLElement | undefined;
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
  requestStore.mockReset();
});

describe("the article map's prefetch (the entities panel opened)", () => {
  it('asks the background for the very picture the Map view asks next, so the view finds it kept', async () => {
    requestStore.mockReturnValue(new Promise(() => {}));
    prefetchArticleMap(ENTITIES, EVENTS);
    root = document.createElement('div');
    document.body.append(root);
    act(() => render(<ArticleMap entities={ENTITIES} events={EVENTS} onOpen={() => {}} />, root!));
    expect(requestStore).toHaveBeenCalledTimes(2);
    const [prefetch, view] = requestStore.mock.calls;
    expect(prefetch).toEqual(view);
    expect(prefetch![0]).toBe('kb:map-picture');
    expect(prefetch![1]).toEqual({
      entities: [
        { id: 'city:330200', type: 'city', name: '宁波', count: 3 },
        { id: 'platform:hongqiao-cbd', type: 'platform', name: '虹桥商务区', count: 2 },
      ],
      lines: [{ from: 'platform:hongqiao-cbd', to: 'city:330200' }],
    });
  });

  it('asks nothing for an article with nothing to map, and ignores a background that cannot answer', async () => {
    prefetchArticleMap([ENTITIES[2]!], []);
    expect(requestStore).not.toHaveBeenCalled();
    requestStore.mockRejectedValue(new Error('background restarting'));
    prefetchArticleMap(ENTITIES, []);
    await new Promise((resolve) => setTimeout(resolve, 0)); // no unhandled rejection
    expect(requestStore).toHaveBeenCalledOnce();
  });
});
