// @vitest-environment happy-dom
// The library's article brief and entity chips: what a reader sees of an article read, and where a
// click on a name takes them (that entity's profile).
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ArticleBriefBlock } from '../../components/library/ArticleBriefBlock';
import { EntityButton } from '../../components/library/EntityButton';
import { SeenEntities } from '../../components/library/SeenEntities';
import type { ArticleDigest } from '../../lib/core/notes';
import { sampleSigning } from '../support/articles';

const requestStore = vi.hoisted(() => vi.fn());
vi.mock('../../lib/store/store-client', () => ({ requestStore }));

const DIGEST: ArticleDigest = {
  article: {
    url: 'https://news.example.cn/hongqiao.html',
    canonicalUrl: 'https://news.example.cn/hongqiao.html',
    title: '虹桥商务区与宁波签约',
    site: 'news.example.cn',
    firstSeen: '2019-06-04T08:00:00.000Z',
    lastSeen: '2019-06-04T08:00:00.000Z',
    date: '2019-06-04',
    events: [
      sampleSigning({
        parties: [
          { entityId: 'platform:hongqiao-cbd', name: '虹桥国际中央商务区', type: 'platform', role: 'side' },
          { entityId: 'city:330200', name: '宁波市', type: 'city', role: 'side' },
        ],
      }),
    ],
  },
  entities: [
    { id: 'city:330200', type: 'city', name: '宁波市', roles: [] },
    { id: 'official:裘东耀', type: 'official', name: '裘东耀', roles: ['宁波市 市长'] },
    { id: 'platform:hongqiao-cbd', type: 'platform', name: '虹桥国际中央商务区', roles: [] },
  ],
};

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  requestStore.mockReset();
});
afterEach(() => {
  render(null, container);
  container.remove();
});

describe("the library's article brief", () => {
  it('shows the date, one line per event with the sentence as its tooltip, and the entities officials first', () => {
    render(
      <ArticleBriefBlock digest={DIGEST} selectedId={undefined} onSelectEntity={vi.fn()} onExport={vi.fn()} />,
      container,
    );
    expect(container.querySelector('.library-brief__date')?.textContent).toContain('2019-06-04');
    const line = container.querySelector<HTMLElement>('.library-brief__event span[title]')!;
    expect(line.textContent).toBe('2019-05-28 · Signing · 虹桥国际中央商务区 ↔ 宁波市 · 合作协议 · 总投资50亿元');
    expect(line.title).toContain('签订合作协议');
    const chips = [...container.querySelectorAll('.library-brief__entities button.library-entity')];
    expect(chips.map((c) => c.textContent)).toEqual(['裘东耀', '宁波市', '虹桥国际中央商务区']);
  });

  it("opens a party's profile from the event line, and an entity's from its chip", () => {
    const onSelectEntity = vi.fn();
    render(
      <ArticleBriefBlock digest={DIGEST} selectedId={undefined} onSelectEntity={onSelectEntity} onExport={vi.fn()} />,
      container,
    );
    const parties = [...container.querySelectorAll<HTMLButtonElement>('.library-brief__event button.library-party')];
    expect(parties.map((b) => b.dataset.entityId)).toEqual(['platform:hongqiao-cbd', 'city:330200']);
    parties[1]!.click();
    expect(onSelectEntity).toHaveBeenLastCalledWith({ id: 'city:330200', type: 'city', name: '宁波市' });
    container.querySelector<HTMLButtonElement>('button.library-entity[data-entity-id="official:裘东耀"]')!.click();
    expect(onSelectEntity).toHaveBeenLastCalledWith(expect.objectContaining({ id: 'official:裘东耀' }));
  });

  it('keeps the entity whose profile is open as plain text in the line, pressed among the chips', () => {
    render(
      <ArticleBriefBlock digest={DIGEST} selectedId="city:330200" onSelectEntity={vi.fn()} onExport={vi.fn()} />,
      container,
    );
    const parties = [...container.querySelectorAll<HTMLButtonElement>('.library-brief__event button.library-party')];
    expect(parties.map((b) => b.textContent)).toEqual(['虹桥国际中央商务区']);
    const pressed = container.querySelector('button.library-entity[aria-pressed="true"]');
    expect(pressed?.textContent).toBe('宁波市');
  });

  it('says so when the article told no event, and exports its brief on request', () => {
    const onExport = vi.fn();
    const digest = { ...DIGEST, article: { ...DIGEST.article, events: [], date: undefined } };
    render(
      <ArticleBriefBlock digest={digest} selectedId={undefined} onSelectEntity={vi.fn()} onExport={onExport} />,
      container,
    );
    expect(container.querySelector('.library-brief__none')).not.toBeNull();
    expect(container.querySelector('.library-brief__date')?.textContent).not.toContain('2019');
    container.querySelector<HTMLButtonElement>('.library-brief__export')!.click();
    expect(onExport).toHaveBeenCalledWith(digest);
  });
});

describe('an entity chip', () => {
  it('is pressed while its profile shows and opens it on click', () => {
    const onSelect = vi.fn();
    const entity = { id: 'city:330200', type: 'city' as const, name: '宁波市' };
    render(
      <EntityButton entity={entity} selectedId="city:330200" onSelect={onSelect} detail="3 articles" />,
      container,
    );
    const button = container.querySelector<HTMLButtonElement>('button.library-entity')!;
    expect(button.getAttribute('aria-pressed')).toBe('true');
    expect(button.textContent).toBe('宁波市 · 3 articles');
    button.click();
    expect(onSelect).toHaveBeenCalledWith(entity);
  });
});

describe('the entities met, answering a search', () => {
  it('asks the knowledge base, then the reading history, and shows each entity with its article count', async () => {
    vi.useFakeTimers();
    requestStore.mockImplementation(async (type: string) =>
      type === 'kb:search'
        ? [{ id: 'platform:hongqiao-cbd' }]
        : [{ id: 'platform:hongqiao-cbd', type: 'platform', name: '虹桥国际中央商务区', articles: 2 }],
    );
    render(<SeenEntities query="虹桥商务区" selectedId={undefined} onSelect={vi.fn()} />, container);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(200);
    });
    vi.useRealTimers();
    expect(requestStore).toHaveBeenCalledWith('kb:search', { query: '虹桥商务区', limit: 20 });
    expect(requestStore).toHaveBeenCalledWith('entities:find', { query: '虹桥商务区', ids: ['platform:hongqiao-cbd'] });
    expect(container.querySelector('.library-seen button.library-entity')?.textContent).toBe(
      '虹桥国际中央商务区 · 2 articles',
    );
  });

  it('shows nothing for an empty search', () => {
    render(<SeenEntities query="  " selectedId={undefined} onSelect={vi.fn()} />, container);
    expect(container.querySelector('.library-seen')).toBeNull();
    expect(requestStore).not.toHaveBeenCalled();
  });
});
