// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AddEntityDialog } from '../../components/AddEntityDialog';
import { CorrectionsSection } from '../../components/card/CorrectionsSection';
import { ReaderEntityFacts } from '../../components/card/ReaderEntityFacts';
import { describeQuote } from '../../lib/core/notes/anchoring';
import type { DetectedEntity } from '../../lib/core/entity/entity';
import type { StoreRequests, StoreRequestType } from '../../lib/store/store-protocol';

// The reader's side of the layer in the card: requests go to a mocked store.
const store = vi.hoisted(() => ({
  calls: [] as { type: string; request: Record<string, unknown> }[],
  fail: undefined as string | undefined,
  answers: {} as Record<string, unknown>,
}));

vi.mock('../../lib/store/store-client', () => ({
  async requestStore<T extends StoreRequestType>(
    type: T,
    request: StoreRequests[T]['request'],
  ): Promise<StoreRequests[T]['result']> {
    store.calls.push({ type, request: request as Record<string, unknown> });
    if (store.fail) throw new Error(store.fail);
    return (store.answers[type] ?? null) as StoreRequests[T]['result'];
  },
}));

const ARTICLE = 'https://news.example/suzhou.html#comments';
const TEXT = '签约仪式上，东方集团与苏宿园区管委会签订协议。';
const ENTITY: DetectedEntity = {
  id: 'city:469007',
  type: 'city',
  name: '东方市',
  roles: [],
  mentions: [{ start: 6, end: 8 }],
  evidence: { kind: 'knowledge-base' },
};

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  store.calls = [];
  store.fail = undefined;
  store.answers = {};
});
afterEach(() => {
  render(null, container);
  container.remove();
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const button = (label: string) =>
  [...container.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === label)!;
const text = () => container.textContent!.replace(/\s+/gu, ' ');

function type(field: HTMLInputElement | HTMLTextAreaElement, value: string) {
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('Add to District Lens as…', () => {
  it('starts with the selected text as the name and adds the entity with its other names', async () => {
    const onAdded = vi.fn();
    render(<AddEntityDialog selection="  苏宿 园区 " type="platform" onAdded={onAdded} onClose={vi.fn()} />, container);
    await settle();
    const name = container.querySelector<HTMLInputElement>('input[name=name]')!;
    expect(name.value).toBe('苏宿 园区');
    await vi.waitFor(() => expect(document.activeElement).toBe(name));
    type(name, '苏宿工业园区');
    type(container.querySelector<HTMLInputElement>('input[name=aliases]')!, '苏宿园区，苏宿合作园区、 ');
    type(container.querySelector<HTMLTextAreaElement>('textarea[name=description]')!, ' 苏州与宿迁共建 ');
    store.answers['layer:add-entity'] = { id: 'reader:x' };
    await settle();
    button('Add').click();
    await vi.waitFor(() => expect(text()).toContain('Added — highlighted on every page.'));
    expect(store.calls).toEqual([
      {
        type: 'layer:add-entity',
        request: {
          saveId: expect.stringMatching(/^[0-9a-f-]{36}$/u),
          entity: {
            type: 'platform',
            name: '苏宿工业园区',
            aliases: ['苏宿园区', '苏宿合作园区'],
            description: '苏州与宿迁共建',
          },
        },
      },
    ]);
    expect(onAdded).toHaveBeenCalledTimes(1);
  });

  it('lets the reader pick the type, shows a store error and tries again with the same id', async () => {
    render(<AddEntityDialog selection="裘东耀" onClose={vi.fn()} />, container);
    await settle();
    const official = container.querySelector<HTMLInputElement>('input[value=official]')!;
    official.checked = true;
    official.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    store.fail = 'That name is already one of your entities: 裘东耀.';
    button('Add').click();
    await vi.waitFor(() => expect(container.querySelector('[role=alert]')?.textContent).toContain('already one of'));
    store.fail = undefined;
    button('Add').click();
    await vi.waitFor(() => expect(store.calls).toHaveLength(2));
    const [first, second] = store.calls.map((c) => c.request as { saveId: string; entity: { type: string } });
    expect(first!.entity.type).toBe('official');
    expect(second!.saveId).toBe(first!.saveId);
  });

  it('closes on Escape and on Cancel, and cannot add an empty name', async () => {
    const onClose = vi.fn();
    render(<AddEntityDialog selection="   " onClose={onClose} />, container);
    await settle();
    expect(button('Add').disabled).toBe(true);
    container
      .querySelector('input[name=name]')!
      .dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    button('Cancel').click();
    expect(onClose).toHaveBeenCalledTimes(2);
    expect(store.calls).toEqual([]);
  });
});

describe('Correct District Lens (in the card)', () => {
  const anchor = describeQuote(TEXT, ENTITY.mentions[0]!.start, ENTITY.mentions[0]!.end);

  function show(withAnchor = true) {
    render(
      <CorrectionsSection entity={ENTITY} pageUrl={ARTICLE} quote="东方" anchor={withAnchor ? anchor : null} />,
      container,
    );
    container.querySelector('details')!.open = true;
  }

  it('says "not an entity here" for this mention, with its context, on this article', async () => {
    show();
    button('Not an entity here').click();
    await vi.waitFor(() => expect(text()).toContain('Done — this page is updated.'));
    expect(store.calls[0]).toEqual({
      type: 'layer:add-correction',
      request: {
        saveId: expect.any(String),
        correction: {
          kind: 'not-here',
          entityId: 'city:469007',
          surface: '东方',
          url: 'https://news.example/suzhou.html',
          prefix: anchor.prefix,
          suffix: anchor.suffix,
        },
      },
    });
  });

  it('offers "never highlight this" everywhere, but not "not here" when the card is not on a mention', async () => {
    show(false);
    expect(button('Not an entity here')).toBeUndefined();
    button('Never highlight this').click();
    await vi.waitFor(() => expect(store.calls).toHaveLength(1));
    expect(store.calls[0]!.request.correction).toEqual({ kind: 'never', surface: '东方' });
  });

  it('changes the type to one of the others', async () => {
    show();
    button('Change type…').click();
    await settle();
    const choices = [...container.querySelectorAll<HTMLButtonElement>('.correct__type')].map((b) => b.dataset.type);
    expect(choices).toEqual(['platform', 'official', 'person']);
    container.querySelector<HTMLButtonElement>('.correct__type[data-type=platform]')!.click();
    await vi.waitFor(() => expect(store.calls).toHaveLength(1));
    expect(store.calls[0]!.request.correction).toEqual({
      kind: 'change-type',
      entityId: 'city:469007',
      type: 'platform',
    });
  });

  it('searches for the entity this text is the same as, and links them', async () => {
    show();
    button('Same as…').click();
    await settle();
    store.answers['kb:search'] = [
      { id: 'city:469007', type: 'city', name: '东方市', kind: 'county-level city', yours: false },
      { id: 'reader:dongfang-group', type: 'platform', name: '东方集团', kind: 'yours', yours: true },
    ];
    type(container.querySelector<HTMLInputElement>('input[type=search]')!, '东方');
    await vi.waitFor(() => expect(container.querySelectorAll('.correct__hit')).toHaveLength(1));
    expect(text()).toContain('东方集团 · Yours');
    container.querySelector<HTMLButtonElement>('.correct__hit')!.click();
    await vi.waitFor(() => expect(store.calls.filter((c) => c.type === 'layer:add-correction')).toHaveLength(1));
    expect(store.calls.at(-1)!.request.correction).toEqual({
      kind: 'same-as',
      alias: '东方',
      targetId: 'reader:dongfang-group',
    });
  });

  it('shows a store error to the reader', async () => {
    show();
    store.fail = 'The browser is out of storage space for District Lens; free some space and try again.';
    button('Never highlight this').click();
    await vi.waitFor(() => expect(container.querySelector('[role=alert]')?.textContent).toContain('out of storage'));
  });
});

describe("the card of one of the reader's own entities", () => {
  it('marks it as yours with its other names and description', async () => {
    store.answers['kb:reader-entity'] = {
      id: 'reader:x',
      type: 'platform',
      name: '苏宿工业园区',
      aliases: ['苏宿园区', '苏宿合作园区'],
      description: '苏州与宿迁共建',
      createdAt: '2026-11-30T08:00:00.000Z',
      updatedAt: '2026-11-30T08:00:00.000Z',
    };
    render(<ReaderEntityFacts id="reader:x" />, container);
    await vi.waitFor(() => expect(text()).toContain('苏宿园区、苏宿合作园区'));
    expect(text()).toContain('Yours');
    expect(text()).toContain('苏州与宿迁共建');
  });
});
