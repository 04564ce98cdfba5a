// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { formatMessage } from '../../components/i18n';
import { createCardLookups } from '../../components/card/kb-lookups';
import { UNDO_MS } from '../../components/card/NotesSection';
import { EntityCard, type EntityCardProps } from '../../components/EntityCard';
import type { DetectedEntity, Mention } from '../../lib/core/entity/entity';
import { parseKnowledgeBase } from '../../lib/core/knowledge/kb-format';
import { describeQuote } from '../../lib/core/notes/anchoring';
import type { Note } from '../../lib/core/notes/note';
import type { StoreRequests, StoreRequestType } from '../../lib/store/store-protocol';

// An in-memory notes store behind a mocked requestStore: the card talks to nothing else.
const store = vi.hoisted(() => ({
  notes: [] as Note[],
  calls: [] as { type: string; request: unknown }[],
  fail: undefined as string | undefined,
  nextId: 1,
}));

vi.mock('../../lib/store/store-client', async () => {
  const { countSavedArticles } = await import('../../lib/store/store-protocol');
  return {
    async requestStore<T extends StoreRequestType>(
      type: T,
      request: StoreRequests[T]['request'],
    ): Promise<StoreRequests[T]['result']> {
      store.calls.push({ type, request });
      if (store.fail) throw new Error(store.fail);
      const r = request as Record<string, unknown>;
      const newestFirst = (notes: Note[]) => [...notes].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
      const find = (id: unknown) => {
        const note = store.notes.find((n) => n.id === id);
        if (!note) throw new Error('That note no longer exists.');
        return note;
      };
      let result: unknown;
      switch (type) {
        case 'notes:entity-summary': {
          const notes = newestFirst(store.notes.filter((n) => n.entityId === r.entityId));
          result = { notes, articleCount: countSavedArticles(notes, r.excludeUrl as string | undefined) };
          break;
        }
        case 'notes:save': {
          const stamp = new Date(Date.UTC(2026, 10, 26, 9, store.nextId)).toISOString();
          const saved = store.notes.find((n) => n.id === r.saveId);
          const id = (r.saveId as string | undefined) ?? `new-${store.nextId}`;
          const note = saved ?? { ...(r.note as Note), id, createdAt: stamp, updatedAt: stamp };
          store.nextId++;
          if (!saved) store.notes.push(note);
          result = note;
          break;
        }
        case 'notes:update': {
          const note = { ...find(r.id), body: r.body as string, updatedAt: '2026-11-27T00:00:00.000Z' };
          store.notes = store.notes.map((n) => (n.id === note.id ? note : n));
          result = note;
          break;
        }
        case 'notes:delete': {
          const note = find(r.id);
          store.notes = store.notes.filter((n) => n.id !== note.id);
          result = note;
          break;
        }
        case 'notes:restore':
          store.notes.push(r.note as Note);
          result = r.note;
          break;
        default:
          throw new Error(`unexpected ${type}`);
      }
      return result as StoreRequests[T]['result'];
    },
  };
});

const PAGE = { url: 'https://news.example.com/hongqiao.html', title: '虹桥商务区与长三角城市启动全面合作' };
// Read with a path: under happy-dom, `URL` is the DOM's, which node:fs does not take.
const kb = parseKnowledgeBase(
  readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../public/kb/knowledge-base.json'), 'utf8'),
);

function mentions(count: number): Mention[] {
  return Array.from({ length: count }, (_, i) => ({ start: i * 10, end: i * 10 + 2 }));
}

function entity(id: string, count = 1, roles: DetectedEntity['roles'] = []): DetectedEntity {
  const entry = kb.byId.get(id);
  const name = entry?.name ?? id.replace(/^\w+:(local:)?/, '');
  const type =
    entry?.type ?? (id.startsWith('platform:') ? 'platform' : id.startsWith('person:') ? 'person' : 'official');
  const evidence: DetectedEntity['evidence'] = entry
    ? { kind: 'knowledge-base' }
    : type === 'platform'
      ? { kind: 'name-shape', suffix: '产业园' }
      : { kind: 'title', title: roles[0]?.title ?? '记者' };
  return { id, type, name, roles, mentions: mentions(count), evidence };
}

function note(overrides: Partial<Note>): Note {
  return {
    id: 'n',
    entityId: 'city:330200',
    entityType: 'city',
    entityName: '宁波市',
    body: 'body',
    tags: [],
    url: PAGE.url,
    pageTitle: PAGE.title,
    quote: '宁波',
    anchor: null,
    createdAt: '2026-11-01T08:00:00.000Z',
    updatedAt: '2026-11-01T08:00:00.000Z',
    ...overrides,
  };
}

let container: HTMLElement;

function show(props: Partial<EntityCardProps> & { entity: DetectedEntity }) {
  const all: EntityCardProps = {
    ...createCardLookups(kb, [props.entity]),
    page: PAGE,
    quote: props.entity.name,
    onJump: vi.fn(),
    onOpenEntity: vi.fn(),
    ...props,
  };
  render(<EntityCard {...all} />, container);
  return all;
}

/** The last request that changed notes (the card asks for the article count again after each). */
const lastWrite = () => store.calls.filter((c) => c.type !== 'notes:entity-summary').at(-1);
const card = () => container.querySelector<HTMLElement>('.card')!;
const text = () => card().textContent!.replace(/\s+/g, ' ');
const button = (label: string) => {
  const found = [...container.querySelectorAll<HTMLElement>('button, [role="button"]')].find(
    (b) => b.getAttribute('aria-label') === label || b.textContent!.trim() === label,
  );
  if (!found) throw new Error(`no button ${label} in: ${text()}`);
  return found;
};
const settle = () =>
  vi.waitFor(() => expect(container.querySelector('.card__notes')?.textContent).not.toMatch('Loading'));

/** Waits for Preact's batched re-render. */
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

async function type(area: HTMLTextAreaElement, value: string) {
  area.value = value;
  area.dispatchEvent(new Event('input', { bubbles: true }));
  await tick();
}

/** The element matching `selector`, once it is there. */
function find<E extends Element = HTMLElement>(selector: string): Promise<E> {
  return vi.waitFor(() => {
    const found = container.querySelector<E>(selector);
    if (!found) throw new Error(`no ${selector}`);
    return found;
  });
}

beforeEach(() => {
  store.notes = [];
  store.calls = [];
  store.fail = undefined;
  store.nextId = 1;
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  render(null, container);
  container.remove();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('EntityCard: what it shows', () => {
  it('shows a city with its traditional name, pinyin, English, kind, province, code and region', async () => {
    const props = show({ entity: entity('city:330200', 6) });
    const shown = text();
    for (const part of [
      '宁波市',
      '寧波市',
      'Níng bō shì',
      'Ningbo',
      'Prefecture-level city',
      '浙江省',
      'Zhejiang',
      '330200',
      'One of the 41 Yangtze River Delta cities',
      'City',
    ]) {
      expect(shown).toContain(part);
    }
    expect(card().getAttribute('role')).toBe('dialog');
    expect(card().getAttribute('aria-modal')).toBe('false');
    expect(card().getAttribute('aria-label')).toContain('宁波市');
    expect(container.querySelector('[lang="zh-TW"]')?.textContent).toBe('寧波市');
    button('Open the card of 浙江省').click();
    expect(props.onOpenEntity).toHaveBeenCalledWith('city:330000');
    button('Open the card of 长江三角洲').click();
    expect(props.onOpenEntity).toHaveBeenLastCalledWith('region:yrd');
    await settle();
  });

  it('shows a county-level city under its city and province', async () => {
    show({ entity: entity('city:330282') });
    expect(text()).toMatch(/County-level city · 浙江省 Zhejiang › 宁波市 Ningbo · Code 330282/);
    expect(container.querySelector('.card__traditional')?.textContent).toBe('慈谿市');
    await settle();
  });

  it('shows no traditional name when it is written the same way', async () => {
    show({ entity: entity('city:310000') });
    expect(container.querySelector('.card__traditional')).toBeNull();
    expect(text()).toContain('Municipality');
    await settle();
  });

  it('shows a platform’s kind, location (a button to its card) and both descriptions, English first', async () => {
    const props = show({ entity: entity('platform:ciie', 6) });
    const shown = text();
    expect(shown).toContain('中国国际进口博览会');
    expect(shown).toContain('中國國際進口博覽會');
    expect(shown).toContain('中国国际进口博览会（进博会）中國國際進口博覽會');
    expect(shown).toContain('China International Import Expo');
    expect(shown).toContain('Expo');
    expect(shown).toContain('Platform');
    const descriptions = [...container.querySelectorAll('.card__desc')].map((p) => p.getAttribute('lang'));
    expect(descriptions).toEqual(['en', 'zh-CN']);
    expect(shown).toContain('National-level import-themed expo');
    expect(shown).toContain('2018年起每年在上海国家会展中心举办');
    button('Open the card of 青浦区').click();
    expect(props.onOpenEntity).toHaveBeenCalledWith('city:310118');
    button('Open the card of 上海市').click();
    expect(props.onOpenEntity).toHaveBeenLastCalledWith('city:310000');
    await settle();
  });

  it('says a pattern-found platform is not in the knowledge base', async () => {
    show({ entity: entity('platform:local:接轨上海示范区') });
    expect(text()).toContain('接轨上海示范区');
    expect(text()).toContain('Found by its name pattern, not in the knowledge base');
    await settle();
  });

  it('shows a region’s kind, English name, member count and description', async () => {
    show({ entity: entity('region:yrd', 27) });
    const shown = text();
    expect(shown).toContain('长江三角洲');
    expect(shown).toContain('（长三角）');
    expect(shown).toContain('Yangtze River Delta');
    expect(shown).toContain('Economic region');
    expect(shown).toContain('41 member cities');
    expect(shown).toContain('The 41 cities of Shanghai, Jiangsu, Zhejiang and Anhui');
    expect(shown).toContain('27 mentions in this article');
    await settle();
  });

  it('shows every role of an official, organisations linked to their place or platform card', async () => {
    const props = show({
      entity: entity('official:闵师林', 2, [
        { organization: '虹桥商务区管委会', title: '党组书记' },
        { organization: '虹桥商务区管委会', title: '常务副主任' },
      ]),
    });
    const roles = [...container.querySelectorAll('.card__roles li')].map((li) => li.textContent);
    expect(roles).toEqual(['虹桥商务区管委会 党组书记', '虹桥商务区管委会 常务副主任']);
    expect(text()).toContain('Official');
    container.querySelector<HTMLElement>('.card__roles [role="button"]')!.click();
    expect(props.onOpenEntity).toHaveBeenCalledWith('platform:hongqiao-cbd');
    await settle();
  });

  it('links 宁波市 市长 to the city and leaves an unknown organisation as text', async () => {
    const props = show({
      entity: entity('official:裘东耀', 1, [
        { organization: '宁波市', title: '市长' },
        { organization: '运营单位丽宝公司', title: '顾问' },
        { organization: '', title: '记者' },
      ]),
    });
    expect([...container.querySelectorAll('.card__roles li')].map((li) => li.textContent)).toEqual([
      '宁波市 市长',
      '运营单位丽宝公司 顾问',
      '记者',
    ]);
    expect(container.querySelectorAll('.card__roles [role="button"]')).toHaveLength(1);
    const link = button('Open the card of 宁波市');
    expect(link.tabIndex).toBe(0);
    link.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(props.onOpenEntity).toHaveBeenCalledWith('city:330200');
    link.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true }));
    expect(props.onOpenEntity).toHaveBeenCalledTimes(2);
    await settle();
  });

  it('shows places as plain text when nothing can open another card', async () => {
    show({ entity: entity('city:330200'), onOpenEntity: undefined });
    expect(text()).toContain('浙江省');
    expect(container.querySelector('.card__facts [role="button"]')).toBeNull();
    await settle();
  });
});

describe('EntityCard: why it is highlighted', () => {
  it('says in one line whether a name is in the knowledge base, has a platform’s shape or stands by a title', async () => {
    show({ entity: entity('city:330200') });
    expect(container.querySelector('.card__why')?.textContent).toBe('Why highlighted: a name in the knowledge base');
    show({ entity: entity('platform:local:金塘物流产业园') });
    expect(container.querySelector('.card__why')?.textContent).toBe(
      'Why highlighted: a proper name + the platform word “产业园”',
    );
    show({ entity: entity('official:柯文军', 2, [{ organization: '舟山市', title: '副市长' }]) });
    expect(container.querySelector('.card__why')?.textContent).toContain('next to the title “副市长”');
    show({ entity: { ...entity('reader:mine'), evidence: { kind: 'reader' } } });
    expect(container.querySelector('.card__why')?.textContent).toBe('Why highlighted: you added or corrected it');
    await settle();
  });
});

describe('EntityCard: mentions', () => {
  it('counts the mentions and jumps to the previous and next one', async () => {
    const props = show({ entity: entity('city:330400', 7), mentionIndex: 1 });
    expect(text()).toContain('7 mentions in this article');
    expect(container.querySelector('.card__position')?.textContent).toContain('2 / 7');
    expect(text()).toContain('Mention 2 of 7');
    button('Next mention').click();
    expect(props.onJump).toHaveBeenLastCalledWith(1);
    button('Previous mention').click();
    expect(props.onJump).toHaveBeenLastCalledWith(-1);
    expect(props.onJump).toHaveBeenCalledTimes(2);
    await settle();
  });

  it('has no previous/next for a single mention and says when the article does not mention it', async () => {
    show({ entity: entity('city:330282', 1) });
    expect(text()).toContain('1 mention in this article');
    expect(container.querySelector('.card__nav')).toBeNull();
    show({ entity: { ...entity('city:330000'), mentions: [] } });
    expect(text()).toContain('Not mentioned in this article');
    await settle();
  });

  it('keeps a draft and the focus when the same entity is shown at another mention', async () => {
    show({ entity: entity('city:330400', 7), mentionIndex: 0 });
    await settle();
    const area = container.querySelector<HTMLTextAreaElement>('.card__note textarea')!;
    await type(area, '草稿');
    button('Next mention').focus();
    show({ entity: entity('city:330400', 7), mentionIndex: 1 });
    expect(container.querySelector<HTMLTextAreaElement>('.card__note textarea')!.value).toBe('草稿');
    expect(document.activeElement).toBe(button('Next mention'));
    expect(container.querySelector('.card__position')?.textContent).toContain('2 / 7');
  });
});

describe('EntityCard: notes', () => {
  it('loads the notes on the entity, newest first, and how many other saved articles have it', async () => {
    store.notes = [
      note({ id: 'a', body: 'oldest, here', createdAt: '2026-10-01T00:00:00.000Z' }),
      note({
        id: 'b',
        body: 'from A',
        url: 'https://a.example/1',
        pageTitle: 'Article A',
        createdAt: '2026-10-02T00:00:00.000Z',
      }),
      note({
        id: 'c',
        body: 'from B',
        url: 'https://b.example/2',
        pageTitle: 'Article B',
        createdAt: '2026-10-03T00:00:00.000Z',
      }),
      note({ id: 'x', entityId: 'city:330400', body: 'not this entity' }),
    ];
    show({ entity: entity('city:330200') });
    await settle();
    expect(store.calls[0]).toEqual({
      type: 'notes:entity-summary',
      request: { entityId: 'city:330200', excludeUrl: PAGE.url },
    });
    expect([...container.querySelectorAll('.note__body')].map((p) => p.textContent)).toEqual([
      'from B',
      'from A',
      'oldest, here',
    ]);
    expect(text()).toContain('Seen in 2 saved articles');
    expect(text()).toContain('Your notes (3)');
    expect(container.querySelector<HTMLAnchorElement>('.note a')?.href).toBe('https://b.example/2');
    expect(text()).toContain('this page');
  });

  it('adds a note with the page and the quote, and shows it at the top', async () => {
    store.notes = [note({ id: 'old', body: 'earlier note' })];
    show({ entity: entity('city:330200'), quote: '寧波' });
    await settle();
    expect(text()).not.toContain('Seen in');
    const area = container.querySelector<HTMLTextAreaElement>('.card__note textarea')!;
    expect(area.placeholder).toBe('Add a note…');
    await type(area, '  宁波舟山港吞吐量第一  ');
    container.querySelector<HTMLButtonElement>('.card__save')!.click();
    await vi.waitFor(() => expect(text()).toContain('Saved ✓'));
    expect(lastWrite()).toEqual({
      type: 'notes:save',
      request: {
        saveId: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4/u),
        note: {
          entityId: 'city:330200',
          entityType: 'city',
          entityName: '宁波市',
          body: '  宁波舟山港吞吐量第一  ',
          tags: [],
          url: PAGE.url,
          pageTitle: PAGE.title,
          quote: '寧波',
          anchor: null,
        },
      },
    });
    expect(container.querySelector('.note__body')?.textContent).toBe('  宁波舟山港吞吐量第一  ');
    expect(text()).toContain('Your notes (2)');
    expect(area.value).toBe('');
  });

  it('saves a note on a mention with its anchor, or about the entity when the reader says so', async () => {
    const anchor = describeQuote('座谈会上，宁波市长裘东耀指出', 5, 7);
    const onNotesChanged = vi.fn();
    show({ entity: entity('city:330200'), noteAnchor: anchor, onNotesChanged });
    await settle();
    const area = container.querySelector<HTMLTextAreaElement>('.card__note textarea')!;
    await type(area, 'on the mention');
    container.querySelector<HTMLButtonElement>('.card__save')!.click();
    await vi.waitFor(() => expect(text()).toContain('Saved ✓'));
    expect((lastWrite()?.request as { note: Note }).note.anchor).toEqual(anchor);
    expect(onNotesChanged).toHaveBeenCalledTimes(1);

    container.querySelector<HTMLInputElement>('.card__about-entity')!.click();
    await type(area, 'about Ningbo');
    container.querySelector<HTMLButtonElement>('.card__save')!.click();
    await vi.waitFor(() => expect(store.notes).toHaveLength(2));
    expect((lastWrite()?.request as { note: Note }).note.anchor).toBeNull();
  });

  it('offers no mention/entity choice when the card is not on a mention', async () => {
    show({ entity: entity('city:330200'), noteAnchor: null });
    await settle();
    expect(container.querySelector('.card__about-entity')).toBeNull();
  });

  it('says which note sits on this mention, and shows an orphan with its saved sentence', async () => {
    const anchor = describeQuote('闵师林要求运营单位要抓紧项目推进。', 0, 3);
    store.notes = [
      note({ id: 'here', body: 'on this one', anchor }),
      note({ id: 'lost', body: 'sentence gone', anchor, createdAt: '2026-11-02T08:00:00.000Z' }),
      note({ id: 'entity', body: 'about the city' }),
    ];
    show({
      entity: entity('city:330200'),
      notePlaces: new Map([
        ['here', 'here'],
        ['lost', 'orphan'],
      ]),
    });
    await settle();
    const badge = (id: string) => container.querySelector(`[data-note-id="${id}"]`)!.textContent!;
    expect(badge('here')).toContain('On this mention');
    expect(badge('lost')).toContain('Its sentence is no longer on this page');
    expect(container.querySelector('[data-note-id="lost"] .note__sentence')?.textContent).toBe(
      '闵师林要求运营单位要抓紧项目推进。',
    );
    expect(badge('entity')).toContain('About the entity');
  });

  it("shows a note's tags", async () => {
    store.notes = [note({ id: 't', tags: ['招商', '长三角'] })];
    show({ entity: entity('city:330200') });
    await settle();
    expect([...container.querySelectorAll('.note__tag')].map((el) => el.textContent)).toEqual(['招商', '长三角']);
  });

  it('saves with Ctrl+Enter and shows a store error to the reader', async () => {
    show({ entity: entity('city:330200') });
    await settle();
    const area = container.querySelector<HTMLTextAreaElement>('.card__note textarea')!;
    await type(area, 'note');
    store.fail = 'The browser is out of storage space for District Lens; free some space and try again.';
    area.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    await vi.waitFor(() => expect(text()).toContain('out of storage space'));
    expect(lastWrite()?.type).toBe('notes:save');
    expect(area.value).toBe('note');
  });

  it('saves again under the same note id after an error, so a save whose reply was lost is not stored twice', async () => {
    show({ entity: entity('city:330200') });
    await settle();
    const area = container.querySelector<HTMLTextAreaElement>('.card__note textarea')!;
    await type(area, '六月签约');
    store.fail = 'District Lens could not reach its notes store; reload the page and try again.';
    button('Save note').click();
    await vi.waitFor(() => expect(text()).toContain('could not reach'));
    store.fail = undefined;
    button('Save note').click();
    await vi.waitFor(() => expect(text()).toContain('Saved'));
    const ids = store.calls.filter((c) => c.type === 'notes:save').map((c) => (c.request as { saveId: string }).saveId);
    expect(ids).toHaveLength(2);
    expect(ids[0]).toBe(ids[1]);
    expect(store.notes.map((n) => n.body)).toEqual(['六月签约']);

    // A new draft is a new note.
    await type(area, '七月开工');
    button('Save note').click();
    await vi.waitFor(() => expect(store.notes).toHaveLength(2));
    expect(store.notes[1]!.id).not.toBe(ids[0]);
  });

  it('edits a note in place', async () => {
    store.notes = [note({ id: 'n1', body: 'first version' })];
    show({ entity: entity('city:330200') });
    await settle();
    button('Edit note').click();
    const editor = await find<HTMLTextAreaElement>('.note__editor textarea');
    expect(editor.value).toBe('first version');
    expect(document.activeElement).toBe(editor);
    await type(editor, 'second version');
    button('Save').click();
    await vi.waitFor(() => expect(container.querySelector('.note__body')?.textContent).toBe('second version'));
    expect(lastWrite()).toEqual({ type: 'notes:update', request: { id: 'n1', body: 'second version' } });
    expect(text()).toContain('edited');
    expect(container.querySelector('.note__editor')).toBeNull();
  });

  it('cancels an edit with Escape without letting Escape close the card', async () => {
    store.notes = [note({ id: 'n1', body: 'unchanged' })];
    show({ entity: entity('city:330200') });
    await settle();
    const closed = vi.fn();
    document.addEventListener('keydown', closed);
    button('Edit note').click();
    const editor = await find<HTMLTextAreaElement>('.note__editor textarea');
    await type(editor, 'changed');
    editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await vi.waitFor(() => expect(container.querySelector('.note__editor')).toBeNull());
    expect(container.querySelector('.note__body')?.textContent).toBe('unchanged');
    expect(closed).not.toHaveBeenCalled();
    // Typing in the card does not reach the page's shortcuts; Escape in the new-note box does.
    const area = container.querySelector<HTMLTextAreaElement>('.card__note textarea')!;
    area.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true }));
    expect(closed).not.toHaveBeenCalled();
    area.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(closed).toHaveBeenCalledTimes(1);
    document.removeEventListener('keydown', closed);
  });

  it('deletes a note with "Deleted · Undo", and Undo restores exactly that note', async () => {
    const original = note({ id: 'n1', body: 'keep me', updatedAt: '2026-11-02T00:00:00.000Z' });
    store.notes = [original, note({ id: 'n0', body: 'older', createdAt: '2026-10-01T00:00:00.000Z' })];
    show({ entity: entity('city:330200') });
    await settle();
    container.querySelector<HTMLButtonElement>('[data-note-id="n1"] .note__delete')!.click();
    await vi.waitFor(() => expect(text()).toContain('Deleted · Undo'));
    expect(lastWrite()).toEqual({ type: 'notes:delete', request: { id: 'n1' } });
    expect([...container.querySelectorAll('.note__body')].map((p) => p.textContent)).toEqual(['older']);
    expect(document.activeElement).toBe(button('Undo'));
    button('Undo').click();
    await vi.waitFor(() => expect(container.querySelectorAll('.note__body')).toHaveLength(2));
    expect(lastWrite()).toEqual({ type: 'notes:restore', request: { note: original } });
    expect([...container.querySelectorAll('.note__body')].map((p) => p.textContent)).toEqual(['keep me', 'older']);
    expect(text()).not.toContain('Deleted');
  });

  it('lets the Undo go after a few seconds', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    store.notes = [note({ id: 'n1', body: 'gone for good' })];
    show({ entity: entity('city:330200') });
    await settle();
    button('Delete note').click();
    await vi.waitFor(() => expect(text()).toContain('Undo'));
    vi.advanceTimersByTime(UNDO_MS + 10);
    await vi.waitFor(() => expect(text()).not.toContain('Undo'));
    expect(store.notes).toEqual([]);
  });

  it('recounts the other saved articles after a delete', async () => {
    store.notes = [note({ id: 'far', url: 'https://a.example/1' }), note({ id: 'near' })];
    show({ entity: entity('city:330200') });
    await settle();
    expect(text()).toContain('Seen in 1 saved article');
    container.querySelector<HTMLButtonElement>('[data-note-id="far"] .note__delete')!.click();
    await vi.waitFor(() => expect(text()).not.toContain('Seen in'));
  });

  it('says so when the notes cannot be loaded', async () => {
    store.fail = 'District Lens could not reach its notes store; reload the page and try again.';
    show({ entity: entity('city:330200') });
    await vi.waitFor(() => expect(container.querySelector('[role="alert"]')?.textContent).toContain('could not reach'));
  });
});

describe('EntityCard: copy and focus', () => {
  it('copies the name to the clipboard and says "Copied"', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    show({ entity: entity('city:330200') });
    button('Copy name').click();
    await vi.waitFor(() => expect(container.querySelector('.card__copy-status')?.textContent).toBe('Copied'));
    expect(writeText).toHaveBeenCalledWith('宁波市');
    await settle();
  });

  it('moves the focus into the card when opened from the keyboard, not when opened by hover', async () => {
    const outside = document.createElement('button');
    document.body.append(outside);
    outside.focus();
    show({ entity: entity('city:330200') });
    expect(document.activeElement).toBe(outside);
    render(null, container);
    show({ entity: entity('city:330200'), autoFocus: true });
    expect(document.activeElement).toBe(card().querySelector('button'));
    expect(card().contains(document.activeElement)).toBe(true);
    outside.remove();
    await settle();
  });
});

describe('EntityCard in a Chinese browser', () => {
  it('speaks Chinese and puts the Chinese description first', async () => {
    const zh = JSON.parse(
      readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../public/_locales/zh_CN/messages.json'), 'utf8'),
    ) as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((name: string, subs?: string | (string | number)[]) =>
      zh[name] ? formatMessage(zh[name], [subs ?? []].flat().map(String)) : '',
    );
    show({ entity: entity('platform:ciie', 6), mentionIndex: 2 });
    const shown = text();
    for (const part of ['平台', '博览会', '本文提及 6 次', '上海市', '第 3 处，共 6 处']) {
      expect(shown).toContain(part);
    }
    expect(container.querySelector('.card__link-en')).toBeNull(); // places are named in Chinese only
    expect([...container.querySelectorAll('.card__desc')].map((p) => p.getAttribute('lang'))).toEqual(['zh-CN', 'en']);
    expect(card().getAttribute('lang')).toBe('zh-CN');
    expect(container.querySelector('.card__copy')?.getAttribute('aria-label')).toBe('复制名称');
    await vi.waitFor(() => expect(text()).toContain('我的笔记（0）'));
    expect(container.querySelector<HTMLTextAreaElement>('.card__note textarea')!.placeholder).toBe('添加笔记…');
    render(null, container);
    show({ entity: entity('city:330200') });
    expect(text()).toContain('长江三角洲 41 个城市之一');
    expect(text()).toContain('地级市');
    await settle();
  });
});
