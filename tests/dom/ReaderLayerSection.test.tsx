// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { formatMessage } from '../../components/i18n';
import { NotesLibrary } from '../../components/NotesLibrary';
import { ReaderLayerSection } from '../../components/library/ReaderLayerSection';
import { UNDO_MS } from '../../components/undo-window';
import type { KbEntry } from '../../lib/core/knowledge/knowledge-base';
import type { Correction, ReaderEntity, ReaderLayer } from '../../lib/core/reader-layer';
import { READER_LAYER_VERSION_KEY } from '../../lib/store/reader-layer-protocol';

const requestStore = vi.hoisted(() => vi.fn());
vi.mock('../../lib/store/store-client', () => ({ requestStore }));

const SUZHOU: ReaderEntity = {
  id: 'reader:suzhou',
  type: 'platform',
  name: '苏宿工业园区',
  aliases: ['苏宿'],
  description: '苏州与宿迁合作共建的园区',
  createdAt: '2026-03-10T12:00:00.000Z',
  updatedAt: '2026-03-10T12:00:00.000Z',
};
const WANG: ReaderEntity = {
  id: 'reader:wang',
  type: 'official',
  name: '王某某',
  aliases: [],
  description: '',
  createdAt: '2026-03-11T12:00:00.000Z',
  updatedAt: '2026-03-12T12:00:00.000Z',
};
const CORRECTIONS: Correction[] = [
  {
    kind: 'same-as',
    id: 'same',
    createdAt: '2026-03-14T12:00:00.000Z',
    alias: '苏宿园区',
    targetId: 'reader:suzhou',
  },
  {
    kind: 'change-type',
    id: 'type',
    createdAt: '2026-03-13T12:00:00.000Z',
    entityId: 'platform:suzhou-industrial-park',
    type: 'platform',
  },
  { kind: 'never', id: 'never', createdAt: '2026-03-12T12:00:00.000Z', surface: '东方' },
  {
    kind: 'not-here',
    id: 'here',
    createdAt: '2026-03-11T12:00:00.000Z',
    entityId: 'city:469007',
    surface: '东方',
    url: 'https://www.news.cn/local/1.htm',
    prefix: '向',
    suffix: '看齐',
  },
];
const LAYER: ReaderLayer = { entities: [SUZHOU, WANG], corrections: CORRECTIONS };

/** What the knowledge base answers for a card: the entry asked for and its parent. */
const KB: KbEntry[] = [
  { id: 'city:460000', type: 'city', name: '海南省', aliases: [], kind: 'province' },
  { id: 'city:469007', type: 'city', name: '东方市', aliases: [], kind: 'county-level city', parentId: 'city:460000' },
];

type Handler = (payload: Record<string, unknown>) => unknown;
let handlers: Record<string, Handler>;
let container: HTMLElement;

beforeEach(() => {
  fakeBrowser.reset();
  container = document.createElement('div');
  document.body.append(container);
  handlers = {
    'layer:get': () => structuredClone(LAYER),
    'kb:card': () => KB,
  };
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
  vi.restoreAllMocks();
  history.replaceState(null, '', location.pathname);
});

/** Renders the section and waits for the layer to be shown. */
async function open() {
  render(<ReaderLayerSection />, container);
  await vi.waitFor(() => expect(container.querySelector('#reader-entities-heading')).not.toBeNull());
}

const $ = <T extends Element = HTMLElement>(selector: string) => container.querySelector<T>(selector)!;
const entityEl = (id: string) => $(`.reader-entity[data-entity-id="${id}"]`);
const shownEntities = () =>
  [...container.querySelectorAll('.reader-entity__name')].map((heading) => heading.textContent);
const sentences = (kind: string) =>
  [...container.querySelectorAll(`.reader-corrections__group[data-kind="${kind}"] .reader-correction__text`)].map(
    (p) => p.textContent,
  );
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
/** Lets promise callbacks and Preact's renders (microtasks, no timers) run. */
async function microtasks() {
  for (let i = 0; i < 20; i++) await Promise.resolve();
}

function type(input: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, text: string) {
  input.value = text;
  input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
}

describe('ReaderLayerSection: what the reader sees', () => {
  it("lists the reader's entities with their type, other names, description and date", async () => {
    await open();
    expect(requestStore).toHaveBeenCalledWith('layer:get', {});
    expect($('#reader-entities-heading').textContent).toBe('My entities (2)');
    expect(shownEntities()).toEqual(['苏宿工业园区', '王某某']);
    const suzhou = entityEl('reader:suzhou');
    expect(suzhou.querySelector('.reader-entity__type')?.textContent).toBe('Platform');
    expect([...suzhou.querySelectorAll('.reader-entity__alias')].map((li) => li.textContent)).toEqual(['苏宿']);
    expect(suzhou.querySelector('.reader-entity__description')?.textContent).toBe('苏州与宿迁合作共建的园区');
    expect(suzhou.querySelector('time')?.textContent).toMatch(/^Added .*2026/);
    expect(suzhou.textContent).not.toContain('edited');
    // No empty alias list or description for an entity without them; "edited" once it was changed.
    expect(entityEl('reader:wang').querySelector('.reader-entity__alias')).toBeNull();
    expect(entityEl('reader:wang').querySelector('.reader-entity__description')).toBeNull();
    expect(entityEl('reader:wang').textContent).toContain('edited');
  });

  it('groups corrections by kind, in the order the card offers them, each as a sentence', async () => {
    await open();
    expect($('#reader-corrections-heading').textContent).toBe('My corrections (4)');
    const groups = [...container.querySelectorAll<HTMLElement>('.reader-corrections__group')];
    expect(groups.map((g) => g.querySelector('h3')?.textContent)).toEqual([
      'Not an entity here 1',
      'Never highlighted 1',
      'Type changed 1',
      'Same as 1',
    ]);
    // The knowledge base names 东方市 (asked once, for knowledge-base ids only); the platform id the
    // knowledge base does not know reads as its readable part; a reader entity by the reader's name.
    await vi.waitFor(() =>
      expect(sentences('not-here')).toEqual([
        'Not an entity here: 东方 on www.news.cn/local/1.htmhighlighted as 东方市',
      ]),
    );
    expect($('.reader-correction__page').getAttribute('href')).toBe('https://www.news.cn/local/1.htm');
    expect(sentences('never')).toEqual(['Never highlight: 东方']);
    expect(sentences('change-type')).toEqual(['Shown as platform: suzhou industrial park']);
    expect(sentences('same-as')).toEqual(['Same as: 苏宿园区 = 苏宿工业园区']);
    expect(requestStore).toHaveBeenCalledWith('kb:card', {
      entityIds: ['city:469007', 'platform:suzhou-industrial-park'],
      organizations: [],
      articleEntityIds: [],
    });
    expect(requestStore.mock.calls.filter(([kind]) => kind === 'kb:card')).toHaveLength(1);
  });

  it('shows ids as they are when the knowledge base cannot be asked, and a deleted entity as such', async () => {
    delete handlers['kb:card'];
    handlers['layer:get'] = () => ({
      entities: [],
      corrections: [
        { ...CORRECTIONS[0], targetId: 'reader:gone' },
        { kind: 'never', id: 'n2', createdAt: '2026-03-12T12:00:00.000Z', surface: '和平', entityId: 'official:和平' },
        CORRECTIONS[3],
      ],
    });
    await open();
    expect(sentences('same-as')).toEqual(['Same as: 苏宿园区 = a deleted entity of yours']);
    expect(sentences('never')).toEqual(['Never highlight: 和平only as 和平']);
    expect(sentences('not-here')).toEqual(['Not an entity here: 东方 on www.news.cn/local/1.htmhighlighted as 469007']);
    expect($('.reader-layer__alert').textContent).toBe('');
  });

  it('reads in Chinese with the Chinese word order', async () => {
    const zh = JSON.parse(readFileSync('public/_locales/zh_CN/messages.json', 'utf8')) as Record<
      string,
      { message: string; placeholders?: Record<string, { content: string }> }
    >;
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((name: string, subs?: string | (string | number)[]) =>
      formatMessage(zh[name]!, [subs ?? []].flat().map(String)),
    );
    await open();
    expect($('#reader-entities-heading').textContent).toBe('我的实体（2）');
    await vi.waitFor(() =>
      expect(sentences('not-here')).toEqual(['此处不是实体：东方，位于 www.news.cn/local/1.htm曾被标为 东方市']),
    );
    expect(sentences('same-as')).toEqual(['等同于：苏宿园区 = 苏宿工业园区']);
    expect(sentences('change-type')).toEqual(['显示为平台：suzhou industrial park']);
  });

  it('tells how to add an entity and how to correct one when there are none', async () => {
    handlers['layer:get'] = () => ({ entities: [], corrections: [] });
    await open();
    expect($('#reader-entities-heading').textContent).toBe('My entities (0)');
    expect($('.reader-entities__empty').textContent).toBe(
      'No entities of your own yet. To add one, select text on a page, right-click → Add to District Lens as…, or press Alt+Shift+A.',
    );
    expect($('.reader-corrections__empty').textContent).toBe(
      'No corrections yet. To correct a highlight, open its card → Not an entity here / Never highlight this / Change type… / Same as….',
    );
    expect(container.querySelector('.reader-entity, .reader-correction')).toBeNull();
  });

  it('says why the layer could not be read, and reads it again on Retry', async () => {
    handlers['layer:get'] = () => {
      throw new Error('District Lens could not open its notes database.');
    };
    render(<ReaderLayerSection />, container);
    await vi.waitFor(() => expect($('[role=alert].reader-layer__alert').textContent).toContain('could not open'));
    handlers['layer:get'] = () => structuredClone(LAYER);
    [...container.querySelectorAll('button')].find((b) => b.textContent === 'Try again')!.click();
    await vi.waitFor(() => expect(shownEntities()).toEqual(['苏宿工业园区', '王某某']));
  });
});

describe('ReaderLayerSection: editing and deleting', () => {
  it('edits an entity in place and sends only what changed', async () => {
    handlers['layer:update-entity'] = ({ id, changes }) => ({
      ...LAYER.entities.find((e) => e.id === id)!,
      ...(changes as object),
      updatedAt: '2026-03-20T12:00:00.000Z',
    });
    await open();
    entityEl('reader:suzhou').querySelector<HTMLButtonElement>('.reader-entity__edit')!.click();
    await vi.waitFor(() => expect(entityEl('reader:suzhou').querySelector('form')).not.toBeNull());
    const form = entityEl('reader:suzhou').querySelector('form')!;
    const name = form.querySelector<HTMLInputElement>('input[name=name]')!;
    expect(document.activeElement).toBe(name);
    expect(form.getAttribute('aria-label')).toBe('Edit 苏宿工业园区');
    // The reader's own words for the type, from the add dialog.
    const select = form.querySelector<HTMLSelectElement>('select[name=type]')!;
    expect([...select.options].map((o) => o.textContent)).toEqual([
      'City or district',
      'Platform',
      'Official',
      'Person',
    ]);
    expect(select.value).toBe('platform');
    expect(form.querySelector<HTMLTextAreaElement>('textarea[name=aliases]')!.value).toBe('苏宿');

    type(select, 'city');
    type(form.querySelector<HTMLTextAreaElement>('textarea[name=aliases]')!, '苏宿, 苏宿园区、\n宿迁工业园 ');
    await settle();
    form.querySelector<HTMLButtonElement>('.reader-entity__save')!.click();

    await vi.waitFor(() => expect(entityEl('reader:suzhou').querySelector('form')).toBeNull());
    expect(requestStore).toHaveBeenCalledWith('layer:update-entity', {
      id: 'reader:suzhou',
      changes: { type: 'city', aliases: ['苏宿', '苏宿园区', '宿迁工业园'] },
    });
    const suzhou = entityEl('reader:suzhou');
    expect(suzhou.querySelector('.reader-entity__type')?.textContent).toBe('City');
    expect([...suzhou.querySelectorAll('.reader-entity__alias')].map((li) => li.textContent)).toEqual([
      '苏宿',
      '苏宿园区',
      '宿迁工业园',
    ]);
    expect(suzhou.textContent).toContain('edited');
    expect(document.activeElement).toBe(suzhou.querySelector('.reader-entity__edit'));
  });

  it("shows the store's error next to the field it is about and keeps the reader's edit", async () => {
    handlers['layer:update-entity'] = () => {
      throw new Error(
        'The entity was not saved: the alias list (aliases) must not repeat the name or another alias (traditional and simplified count as the same): “蘇宿工業園區”',
      );
    };
    await open();
    entityEl('reader:suzhou').querySelector<HTMLButtonElement>('.reader-entity__edit')!.click();
    await vi.waitFor(() => expect(entityEl('reader:suzhou').querySelector('form')).not.toBeNull());
    const form = () => entityEl('reader:suzhou').querySelector('form')!;
    const aliases = form().querySelector<HTMLTextAreaElement>('textarea[name=aliases]')!;
    type(aliases, '苏宿、蘇宿工業園區');
    type(form().querySelector<HTMLTextAreaElement>('textarea[name=description]')!, '江苏省南北共建园区 ');
    await settle();
    aliases.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));

    await vi.waitFor(() => expect(form().querySelector('[role=alert]')).not.toBeNull());
    expect(requestStore).toHaveBeenCalledWith('layer:update-entity', {
      id: 'reader:suzhou',
      changes: { aliases: ['苏宿', '蘇宿工業園區'], description: '江苏省南北共建园区' },
    });
    const alert = form().querySelector('[role=alert]')!;
    expect(alert.textContent).toContain('must not repeat the name');
    // Right after the field it is about, which points to it and has the focus.
    expect(alert.previousElementSibling).toBe(form().querySelector('textarea[name=aliases]'));
    expect(form().querySelector('textarea[name=aliases]')!.getAttribute('aria-invalid')).toBe('true');
    expect(form().querySelector('textarea[name=aliases]')!.getAttribute('aria-describedby')).toBe(alert.id);
    expect(document.activeElement).toBe(form().querySelector('textarea[name=aliases]'));
    expect(form().querySelector<HTMLTextAreaElement>('textarea[name=aliases]')!.value).toBe('苏宿、蘇宿工業園區');
    expect(form().querySelector<HTMLTextAreaElement>('textarea[name=description]')!.value).toBe('江苏省南北共建园区 ');
    expect(form().querySelector<HTMLButtonElement>('.reader-entity__save')!.disabled).toBe(false);
    // The page-wide alert stays for errors that belong to no field.
    expect($('.reader-layer__alert').textContent).toBe('');
  });

  it('shows an error about no field by the Save button; Escape leaves without saving', async () => {
    handlers['layer:update-entity'] = () => {
      throw new Error('District Lens could not reach its notes store; reload the page and try again.');
    };
    await open();
    entityEl('reader:wang').querySelector<HTMLButtonElement>('.reader-entity__edit')!.click();
    await vi.waitFor(() => expect(entityEl('reader:wang').querySelector('form')).not.toBeNull());
    const form = entityEl('reader:wang').querySelector('form')!;
    type(form.querySelector<HTMLInputElement>('input[name=name]')!, '王某某同志');
    await settle();
    form.querySelector<HTMLButtonElement>('.reader-entity__save')!.click();
    await vi.waitFor(() => expect(form.querySelector('[role=alert]')?.textContent).toContain('could not reach'));
    expect(form.querySelector('[role=alert]')!.nextElementSibling?.className).toBe('reader-entity__actions');

    form
      .querySelector('input[name=name]')!
      .dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await vi.waitFor(() => expect(entityEl('reader:wang').querySelector('form')).toBeNull());
    expect(entityEl('reader:wang').querySelector('.reader-entity__name')?.textContent).toBe('王某某');
    expect(requestStore.mock.calls.filter(([kind]) => kind === 'layer:update-entity')).toHaveLength(1);
  });

  it('deletes an entity with an Undo that restores exactly what was deleted, where it was', async () => {
    let deleted: ReaderEntity | undefined;
    handlers['layer:delete-entity'] = ({ id }) => (deleted = structuredClone(LAYER.entities.find((e) => e.id === id)));
    handlers['layer:restore-entity'] = ({ entity }) => entity;
    await open();
    entityEl('reader:suzhou').querySelector<HTMLButtonElement>('.reader-entity__delete')!.click();
    await vi.waitFor(() => expect(shownEntities()).toEqual(['王某某']));
    expect(requestStore).toHaveBeenCalledWith('layer:delete-entity', { id: 'reader:suzhou' });
    const undo = $<HTMLButtonElement>('.reader-layer__undo');
    expect($('.reader-layer__undo-bar').textContent).toBe('Deleted 苏宿工业园区Undo');
    expect(document.activeElement).toBe(undo);

    undo.click();
    await vi.waitFor(() => expect(shownEntities()).toEqual(['苏宿工业园区', '王某某']));
    const restore = requestStore.mock.calls.find(([kind]) => kind === 'layer:restore-entity')!;
    expect(restore[1]).toEqual({ entity: deleted });
    expect((restore[1] as { entity: ReaderEntity }).entity).toBe(deleted);
    expect(container.querySelector('.reader-layer__undo')).toBeNull();
    expect(document.activeElement).toBe(entityEl('reader:suzhou').querySelector('.reader-entity__edit'));
  });

  it('deletes a correction with an Undo through layer:restore-correction', async () => {
    let deleted: Correction | undefined;
    handlers['layer:delete-correction'] = ({ id }) => (deleted = structuredClone(CORRECTIONS.find((c) => c.id === id)));
    handlers['layer:restore-correction'] = ({ correction }) => correction;
    await open();
    const never = $('.reader-correction[data-correction-id="never"]');
    const button = never.querySelector<HTMLButtonElement>('.reader-correction__delete')!;
    expect(button.getAttribute('aria-label')).toBe('Delete this correction');
    button.click();
    await vi.waitFor(() => expect(container.querySelector('.reader-corrections__group[data-kind=never]')).toBeNull());
    expect(requestStore).toHaveBeenCalledWith('layer:delete-correction', { id: 'never' });
    expect($('#reader-corrections-heading').textContent).toBe('My corrections (3)');
    expect($('.reader-layer__undo-bar').textContent).toBe('Correction deletedUndo');

    $<HTMLButtonElement>('.reader-layer__undo').click();
    await vi.waitFor(() => expect(sentences('never')).toEqual(['Never highlight: 东方']));
    const restore = requestStore.mock.calls.find(([kind]) => kind === 'layer:restore-correction')!;
    expect((restore[1] as { correction: Correction }).correction).toBe(deleted);
    expect($('#reader-corrections-heading').textContent).toBe('My corrections (4)');
  });

  it('lets the Undo go after the same few seconds as for notes', async () => {
    handlers['layer:delete-entity'] = ({ id }) => LAYER.entities.find((e) => e.id === id);
    await open();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    entityEl('reader:wang').querySelector<HTMLButtonElement>('.reader-entity__delete')!.click();
    // Not vi.waitFor: it moves fake time on while it waits.
    await microtasks();
    expect(container.querySelector('.reader-layer__undo')).not.toBeNull();
    vi.advanceTimersByTime(UNDO_MS - 1);
    await microtasks();
    expect(container.querySelector('.reader-layer__undo')).not.toBeNull();
    vi.advanceTimersByTime(1);
    await vi.waitFor(() => expect(container.querySelector('.reader-layer__undo')).toBeNull());
  });

  it("shows a failed delete's error and keeps the entity", async () => {
    handlers['layer:delete-entity'] = () => {
      throw new Error('Your entities cannot be changed while District Lens is updated in another tab; close it.');
    };
    await open();
    entityEl('reader:wang').querySelector<HTMLButtonElement>('.reader-entity__delete')!.click();
    await vi.waitFor(() => expect($('.reader-layer__alert').textContent).toContain('updated in another tab'));
    expect(shownEntities()).toEqual(['苏宿工业园区', '王某某']);
    expect(container.querySelector('.reader-layer__undo')).toBeNull();
  });
});

describe('ReaderLayerSection: changes made elsewhere', () => {
  it('reads the layer again when the background bumps its version in storage.local', async () => {
    handlers['layer:get'] = () => ({ entities: [], corrections: [] });
    await open();
    expect(container.querySelector('.reader-entities__empty')).not.toBeNull();

    handlers['layer:get'] = () => structuredClone(LAYER);
    await fakeBrowser.storage.local.set({ [READER_LAYER_VERSION_KEY]: 7 });
    await vi.waitFor(() => expect(shownEntities()).toEqual(['苏宿工业园区', '王某某']));
    expect(container.querySelector('.reader-entities__empty')).toBeNull();
    expect(requestStore.mock.calls.filter(([kind]) => kind === 'layer:get')).toHaveLength(2);
  });

  it('ignores other keys and other storage areas', async () => {
    await open();
    await fakeBrowser.storage.local.set({ siteSettings: {} });
    await fakeBrowser.storage.sync.set({ [READER_LAYER_VERSION_KEY]: 3 });
    await settle();
    expect(requestStore.mock.calls.filter(([kind]) => kind === 'layer:get')).toHaveLength(1);
  });

  it('keeps an edit in progress when the layer changes elsewhere', async () => {
    await open();
    entityEl('reader:suzhou').querySelector<HTMLButtonElement>('.reader-entity__edit')!.click();
    await vi.waitFor(() => expect(entityEl('reader:suzhou').querySelector('form')).not.toBeNull());
    type(entityEl('reader:suzhou').querySelector<HTMLInputElement>('input[name=name]')!, '苏宿园');
    handlers['layer:get'] = () => ({
      ...structuredClone(LAYER),
      entities: [SUZHOU, WANG, { ...WANG, id: 'reader:li', name: '李某' }],
    });
    await fakeBrowser.storage.local.set({ [READER_LAYER_VERSION_KEY]: 8 });
    await vi.waitFor(() => expect(shownEntities()).toEqual(['苏宿工业园区', '王某某', '李某']));
    expect(entityEl('reader:suzhou').querySelector<HTMLInputElement>('input[name=name]')!.value).toBe('苏宿园');
  });
});

describe('NotesLibrary: the "My entities & corrections" tab', () => {
  beforeEach(() => {
    handlers['notes:list'] = () => [];
  });

  it('is a tab next to the notes, reached with the arrow keys', async () => {
    render(<NotesLibrary />, container);
    await vi.waitFor(() => expect(container.textContent).toContain('No notes yet'));
    const notesTab = $<HTMLButtonElement>('#library-tab-notes');
    const layerTab = $<HTMLButtonElement>('#library-tab-reader-layer');
    expect(notesTab.getAttribute('role')).toBe('tab');
    expect(layerTab.textContent).toBe('My entities & corrections');
    expect(notesTab.getAttribute('aria-selected')).toBe('true');
    expect(layerTab.tabIndex).toBe(-1);
    // Not asked before the reader opens the tab.
    expect(requestStore).not.toHaveBeenCalledWith('layer:get', {});

    notesTab.focus();
    notesTab.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await vi.waitFor(() => expect(container.querySelector('.reader-entity')).not.toBeNull());
    expect(layerTab.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(layerTab);
    expect($('#library-panel-reader-layer').hidden).toBe(false);
    expect($('#library-panel-notes').hidden).toBe(true);
    // The notes' search belongs to the notes.
    expect(container.querySelector('#library-search-input')).toBeNull();
    expect(location.hash).toBe('#my-entities');

    layerTab.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true }));
    await vi.waitFor(() => expect(notesTab.getAttribute('aria-selected')).toBe('true'));
    expect(container.querySelector('#library-search-input')).not.toBeNull();
    expect(location.hash).toBe('');
  });

  it('opens on the tab the address names', async () => {
    history.replaceState(null, '', '#my-entities');
    render(<NotesLibrary />, container);
    await vi.waitFor(() => expect(container.querySelector('.reader-entity')).not.toBeNull());
    expect($('#library-tab-reader-layer').getAttribute('aria-selected')).toBe('true');
  });
});
