// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NotesLibrary } from '../../components/NotesLibrary';
import type { Note } from '../../lib/core/notes/note';
import type { EntityArticle } from '../../lib/core/notes/reading-history';
import { cardKnowledge, type CardKnowledgeRequest } from '../../lib/core/knowledge';
import { parseMapData } from '../../lib/core/map';
import { MapService } from '../../lib/store/map-service';
import { parseMapPictureRequest } from '../../lib/store/map-picture-request';
import { SHIPPED_KNOWLEDGE_BASE } from '../support/knowledge-base';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const requestStore = vi.hoisted(() => vi.fn());
vi.mock('../../lib/store/store-client', () => ({ requestStore }));

/** A note at noon UTC (the same local day in nearly every time zone). */
function note(overrides: Partial<Note> & { id: string }): Note {
  return {
    entityId: 'city:330200',
    entityType: 'city',
    entityName: '寧波市',
    body: '',
    tags: [],
    url: 'https://www.news.cn/local/1.htm',
    pageTitle: '長三角城市合作',
    quote: '寧波',
    anchor: null,
    createdAt: '2026-03-10T12:00:00.000Z',
    updatedAt: '2026-03-10T12:00:00.000Z',
    ...overrides,
  };
}

const NOTES: Note[] = [
  note({
    id: 'ningbo',
    body: '寧波舟山港吞吐量創新高',
    tags: ['港口'],
    anchor: {
      exact: '寧波',
      prefix: '今年',
      suffix: '舟山港',
      sentence: '今年寧波舟山港貨物吞吐量再創新高。',
      position: { start: 120, end: 122 },
    },
  }),
  note({
    id: 'hangzhou',
    entityId: 'city:330100',
    entityName: '杭州市',
    body: '杭州湾新区招商',
    url: 'https://www.thepaper.cn/news/2',
    pageTitle: '杭州湾新区',
    quote: '杭州',
    createdAt: '2026-03-12T12:00:00.000Z',
    updatedAt: '2026-03-12T12:00:00.000Z',
  }),
  note({
    id: 'official',
    entityId: 'official:wang',
    entityType: 'official',
    entityName: '王某某',
    body: '新任市长',
    url: 'https://www.news.cn/local/1.htm#p4',
    quote: '王某某',
    createdAt: '2026-03-11T12:00:00.000Z',
    updatedAt: '2026-03-11T12:00:00.000Z',
  }),
];

type Handler = (payload: Record<string, unknown>) => unknown;
let handlers: Record<string, Handler>;
let container: HTMLElement;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  handlers = { 'notes:list': () => NOTES.map((n) => ({ ...n })) };
  requestStore.mockReset();
  requestStore.mockImplementation(async (type: string, payload: Record<string, unknown>) => {
    const handler = handlers[type];
    if (!handler) throw new Error(`unexpected request ${type}`);
    return handler(payload);
  });
});
afterEach(() => {
  render(null, container);
  container.remove();
  vi.useRealTimers();
  Reflect.deleteProperty(navigator, 'storage');
});

/** Renders the library and waits for the notes to be listed. */
async function open() {
  render(<NotesLibrary />, container);
  await vi.waitFor(() => expect(container.querySelectorAll('.library-note').length).toBeGreaterThan(0));
}

const shownIds = () => [...container.querySelectorAll<HTMLElement>('.library-note')].map((li) => li.dataset.noteId);
const $ = <T extends Element = HTMLElement>(selector: string) => container.querySelector<T>(selector)!;
const noteEl = (id: string) => $(`.library-note[data-note-id="${id}"]`);
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function type(input: HTMLInputElement | HTMLTextAreaElement, text: string) {
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

function stubStorage(persisted: boolean) {
  const storage = {
    persist: vi.fn(async () => persisted),
    estimate: vi.fn(async () => ({ usage: 1_200_000, quota: 2_000_000_000 })),
  };
  Object.defineProperty(navigator, 'storage', { value: storage, configurable: true });
  return storage;
}

describe('NotesLibrary: finding notes', () => {
  it('finds a note written in traditional characters with a simplified search', async () => {
    await open();
    const search = container.querySelector<HTMLInputElement>('input[type=search]')!;
    expect(container.querySelector(`label[for="${search.id}"]`)?.textContent).toBe('Search notes');
    type(search, '宁波 港');
    await vi.waitFor(() => expect(shownIds()).toEqual(['ningbo']));
    expect($('.library__count').textContent).toBe('Showing 1 of 3 notes');

    type(search, '没有这个词');
    await vi.waitFor(() => expect(container.textContent).toContain('No notes match the search and filters.'));
  });

  it('narrows by type, site, tag and date, and clears the filters', async () => {
    await open();
    $<HTMLInputElement>('input[name=filter-type][value=official]').click();
    await vi.waitFor(() => expect(shownIds()).toEqual(['official']));
    $<HTMLInputElement>('input[name=filter-type][value=official]').click();
    $<HTMLInputElement>('input[name=filter-site][value="www.news.cn"]').click();
    await vi.waitFor(() => expect(shownIds().sort()).toEqual(['ningbo', 'official']));
    $<HTMLInputElement>('input[name=filter-tag][value=港口]').click();
    await vi.waitFor(() => expect(shownIds()).toEqual(['ningbo']));

    $<HTMLButtonElement>('.library-filters__clear').click();
    await vi.waitFor(() => expect(shownIds()).toHaveLength(3));
    const from = $<HTMLInputElement>('input[name=filter-from]');
    from.value = '2026-03-11';
    from.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(shownIds().sort()).toEqual(['hangzhou', 'official']));
  });

  it('groups by entity, newest first, and by article (address without fragment)', async () => {
    await open();
    const keys = () => [...container.querySelectorAll<HTMLElement>('.library-group')].map((g) => g.dataset.groupKey);
    expect(keys()).toEqual(['city:330100', 'official:wang', 'city:330200']);

    $<HTMLInputElement>('input[name=library-group-by][value=article]').click();
    await vi.waitFor(() =>
      expect(keys()).toEqual(['https://www.thepaper.cn/news/2', 'https://www.news.cn/local/1.htm']),
    );
    const article = $('.library-group[data-group-key="https://www.news.cn/local/1.htm"]');
    expect(article.querySelector('h2')?.textContent).toBe('長三角城市合作');
    // the anchored note first, the note on the entity itself after it
    expect([...article.querySelectorAll<HTMLElement>('.library-note')].map((n) => n.dataset.noteId)).toEqual([
      'ningbo',
      'official',
    ]);
  });

  it('shows the quote marked in its sentence, or "About the entity" for a note on the entity', async () => {
    await open();
    const context = noteEl('ningbo').querySelector('.library-note__context')!;
    expect(context.textContent).toBe('今年寧波舟山港貨物吞吐量再創新高。');
    expect(context.querySelector('mark')?.textContent).toBe('寧波');
    expect(noteEl('ningbo').querySelector('.library-note__about-entity')).toBeNull();
    expect(noteEl('hangzhou').querySelector('.library-note__about-entity')?.textContent).toBe('About the entity');
  });
});

describe('NotesLibrary: changing notes', () => {
  it('edits text and tags in place; Ctrl+Enter saves through notes:update', async () => {
    handlers['notes:update'] = ({ id, body, tags }) => ({
      ...NOTES.find((n) => n.id === id)!,
      body,
      tags,
      updatedAt: '2026-03-20T12:00:00.000Z',
    });
    await open();
    noteEl('hangzhou').querySelector<HTMLButtonElement>('.library-note__edit')!.click();
    await vi.waitFor(() => expect(noteEl('hangzhou').querySelector('textarea')).not.toBeNull());
    expect(document.activeElement).toBe(noteEl('hangzhou').querySelector('textarea'));
    type(noteEl('hangzhou').querySelector('textarea')!, '杭州湾新区：三家企业签约');
    const tags = noteEl('hangzhou').querySelector<HTMLInputElement>('.library-note__tags-input')!;
    type(tags, '招商，长三角, 招商');
    await settle();
    tags.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));

    await vi.waitFor(() => expect(noteEl('hangzhou').querySelector('textarea')).toBeNull());
    expect(requestStore).toHaveBeenCalledWith('notes:update', {
      id: 'hangzhou',
      body: '杭州湾新区：三家企业签约',
      tags: ['招商', '长三角'],
    });
    expect(noteEl('hangzhou').querySelector('.library-note__body')?.textContent).toBe('杭州湾新区：三家企业签约');
    expect([...noteEl('hangzhou').querySelectorAll('.library-tag')].map((b) => b.textContent)).toEqual([
      '招商',
      '长三角',
    ]);
    // the new tag is offered as a filter
    expect(container.querySelector('input[name=filter-tag][value=长三角]')).not.toBeNull();
  });

  it('Escape leaves the editor without saving', async () => {
    await open();
    noteEl('ningbo').querySelector<HTMLButtonElement>('.library-note__edit')!.click();
    await vi.waitFor(() => expect(noteEl('ningbo').querySelector('textarea')).not.toBeNull());
    noteEl('ningbo')
      .querySelector('textarea')!
      .dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await vi.waitFor(() => expect(noteEl('ningbo').querySelector('textarea')).toBeNull());
    expect(requestStore).not.toHaveBeenCalledWith('notes:update', expect.anything());
  });

  it('deletes with an Undo that restores the note through notes:restore', async () => {
    handlers['notes:delete'] = ({ id }) => NOTES.find((n) => n.id === id);
    handlers['notes:restore'] = ({ note: restored }) => restored;
    await open();
    noteEl('official').querySelector<HTMLButtonElement>('.library-note__delete')!.click();
    await vi.waitFor(() => expect(shownIds()).not.toContain('official'));
    const undo = $<HTMLButtonElement>('.library__undo');
    expect(undo.textContent).toBe('Undo');
    expect($('.library__undo-bar').textContent).toContain('王某某');
    expect(document.activeElement).toBe(undo);

    undo.click();
    await vi.waitFor(() => expect(shownIds()).toContain('official'));
    expect(requestStore).toHaveBeenCalledWith('notes:restore', { note: NOTES[2] });
    expect(container.querySelector('.library__undo')).toBeNull();
  });

  it('lets the Undo go after a few seconds', async () => {
    handlers['notes:delete'] = ({ id }) => NOTES.find((n) => n.id === id);
    await open();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    noteEl('official').querySelector<HTMLButtonElement>('.library-note__delete')!.click();
    await vi.waitFor(() => expect(container.querySelector('.library__undo')).not.toBeNull());
    vi.advanceTimersByTime(8000);
    await vi.waitFor(() => expect(container.querySelector('.library__undo')).toBeNull());
  });

  it("shows the store's error in the alert region", async () => {
    handlers['notes:open'] = () => {
      throw new Error('The browser refused more storage: the disk is full.');
    };
    handlers['notes:update'] = () => {
      throw new Error('Notes cannot be saved while District Lens is updated in another tab; close it.');
    };
    await open();
    noteEl('ningbo').querySelector<HTMLButtonElement>('.library-note__open')!.click();
    await vi.waitFor(() => expect($('.library__alert').textContent).toContain('the disk is full'));
    expect($('.library__alert').getAttribute('role')).toBe('alert');
    expect(requestStore).toHaveBeenCalledWith('notes:open', { id: 'ningbo' });

    // A failed save keeps the editor and the reader's text.
    noteEl('ningbo').querySelector<HTMLButtonElement>('.library-note__edit')!.click();
    await vi.waitFor(() => expect(noteEl('ningbo').querySelector('textarea')).not.toBeNull());
    type(noteEl('ningbo').querySelector('textarea')!, '不要丢');
    await settle();
    noteEl('ningbo').querySelector<HTMLButtonElement>('.library-note__save')!.click();
    await vi.waitFor(() => expect($('.library__alert').textContent).toContain('updated in another tab'));
    expect(noteEl('ningbo').querySelector('textarea')?.value).toBe('不要丢');
  });

  it('shows an error when the notes cannot be listed', async () => {
    handlers['notes:list'] = () => {
      throw new Error('District Lens could not open its notes database.');
    };
    render(<NotesLibrary />, container);
    await vi.waitFor(() => expect($('[role=alert].library__alert').textContent).toContain('could not open'));
  });
});

describe('NotesLibrary: profile and storage', () => {
  it("opens an entity's profile: every article where the reader met it, with the sentence", async () => {
    const articles: EntityArticle[] = [
      {
        url: 'https://www.news.cn/local/1.htm',
        title: '長三角城市合作',
        site: 'www.news.cn',
        sentence: '王某某任宁波市市长。',
        roles: ['宁波市 市长'],
        lastSeen: '2026-03-11T12:00:00.000Z',
        date: '2026-03-10',
        events: [
          {
            kind: 'signing',
            date: '2026-03-09',
            what: '合作协议',
            amounts: [],
            parties: [
              { entityId: 'official:wang', name: '王某某', type: 'official', role: 'side' },
              { entityId: 'city:330200', name: '宁波市', type: 'city', role: 'side' },
            ],
            sentence: '3月9日，王某某与宁波市签订合作协议。',
          },
        ],
      },
    ];
    handlers['entities:articles'] = () => articles;
    await open();
    $<HTMLButtonElement>('.library-group[data-group-key="official:wang"] .library-group__entity').click();
    await vi.waitFor(() => expect(container.querySelector('.library-profile__article')).not.toBeNull());
    expect(requestStore).toHaveBeenCalledWith('entities:articles', { entityId: 'official:wang' });
    const profile = $('#library-profile');
    expect(profile.querySelector('h2')?.textContent).toBe('王某某');
    expect(profile.textContent).toContain('Met in 1 article');
    expect(profile.querySelector('.library-profile__sentence mark')?.textContent).toBe('王某某');
    expect(profile.querySelector('.library-profile__roles')?.textContent).toContain('宁波市 市长');
    // Its events by the day they happened, and who it met in them.
    expect(profile.querySelector('.library-profile__events li')?.textContent).toContain(
      '2026-03-09 · Signing · 王某某 ↔ 宁波市 · 合作协议',
    );
    expect(profile.querySelector('.library-profile__met li')?.textContent).toBe('宁波市 · Signing ×1');
    expect(profile.querySelector('.library-profile__where time')?.getAttribute('datetime')).toBe('2026-03-10');
  });

  it("maps an official's roles on their page: 宁波 for its mayor, the Hongqiao zone for its committee; a marker opens the place", async () => {
    const article = (url: string, roles: string[]): EntityArticle => ({
      url,
      title: '长三角城市合作',
      site: 'www.news.cn',
      sentence: '王某某任宁波市市长。',
      roles,
      lastSeen: '2026-03-11T12:00:00.000Z',
      events: [],
    });
    handlers['entities:articles'] = ({ entityId }) =>
      entityId === 'official:wang'
        ? [
            article('https://www.news.cn/local/1.htm', ['宁波市 市长', '虹桥商务区管委会 党组书记']),
            article('https://www.news.cn/local/2.htm', ['宁波市 市长']),
          ]
        : [];
    handlers['articles:digests'] = () => [];
    // The background's own answers: the card's knowledge slice, and the map it projects.
    handlers['kb:card'] = (payload) =>
      cardKnowledge(SHIPPED_KNOWLEDGE_BASE, payload as unknown as CardKnowledgeRequest);
    const mapFile = readFileSync(join(import.meta.dirname, '../../public/map/china-map.json'), 'utf8');
    const maps = new MapService(
      async () => parseMapData(mapFile),
      async () => SHIPPED_KNOWLEDGE_BASE,
    );
    handlers['kb:map-picture'] = (payload) => maps.picture(parseMapPictureRequest(payload));
    await open();
    $<HTMLButtonElement>('.library-group[data-group-key="official:wang"] .library-group__entity').click();
    await vi.waitFor(() => expect(container.querySelectorAll('.library-profile__map .map__marker').length).toBe(2));
    const map = $('.library-profile__map svg');
    expect(map.getAttribute('aria-label')).toBe("Map of the places of 王某某's roles");
    const labels = [...map.querySelectorAll('.map__marker')].map((m) => m.getAttribute('aria-label'));
    // 宁波 is in both articles: the larger marker, first.
    expect(labels).toEqual([
      'Ningbo · 市长',
      'Hongqiao International Central Business District · 虹桥商务区管委会 党组书记',
    ]);
    map
      .querySelector<SVGElement>('.map__marker[data-id="city:330200"]')!
      .dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await vi.waitFor(() =>
      expect(container.querySelector('.library-profile__card')?.getAttribute('data-entity-id')).toBe('city:330200'),
    );
  });

  it('shows no map for an official whose roles name no place', async () => {
    handlers['entities:articles'] = () => [
      {
        url: 'https://www.news.cn/local/1.htm',
        title: 't',
        site: 's',
        sentence: '',
        roles: ['市长'],
        lastSeen: '2026-03-11T12:00:00.000Z',
        events: [],
      },
    ];
    await open();
    $<HTMLButtonElement>('.library-group[data-group-key="official:wang"] .library-group__entity').click();
    await vi.waitFor(() => expect(container.querySelector('.library-profile__roles')).not.toBeNull());
    await settle();
    expect(container.querySelector('.library-profile__map')).toBeNull();
    expect(requestStore).not.toHaveBeenCalledWith('kb:card', expect.anything());
  });

  it('asks for persistent storage once and says notes are kept', async () => {
    const storage = stubStorage(true);
    await open();
    await vi.waitFor(() => expect($('.library-storage').textContent).toContain('Notes are stored persistently.'));
    expect(storage.persist).toHaveBeenCalledOnce();
    await vi.waitFor(() => expect($('.library-storage__usage').textContent).toMatch(/^Using 1\.2 MB of 2 GB$/));
  });

  it('warns to export when the browser may clear the notes', async () => {
    stubStorage(false);
    await open();
    await vi.waitFor(() =>
      expect($('.library-storage').textContent).toContain('may clear notes under storage pressure — export regularly'),
    );
    expect($('.library-storage').dataset.persistence).toBe('best-effort');
  });
});
