// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EntityPanel, type EntityPanelProps } from '../../components/EntityPanel';
import type { ArticleEvent, BriefLabels } from '../../lib/core/brief';
import type { DetectedEntity } from '../../lib/core/entity';

const LABELS: BriefLabels & { heading: string; copy: string; copied: string; noEvents: string } = {
  language: 'zh',
  kinds: { signing: '签约', visit: '调研考察', meeting: '会议会见', opening: '揭牌开工', appointment: '任免' },
  types: { official: '官员', person: '人物', city: '城市', platform: '平台', region: '区域' },
  events: '事件',
  entities: '实体',
  noDate: '页面未注明日期',
  heading: '事件简报',
  copy: '复制简报',
  copied: '已复制',
  noEvents: '本文未发现签约、调研、会议、揭牌开工或任免。',
};

const NINGBO: DetectedEntity = {
  id: 'city:330200',
  type: 'city',
  name: '宁波市',
  roles: [],
  mentions: [{ start: 20, end: 22 }],
  evidence: { kind: 'knowledge-base' },
};
const SIGNING: ArticleEvent = {
  kind: 'signing',
  sentence: { start: 0, end: 30 },
  trigger: { start: 18, end: 20 },
  date: '2019-05-28',
  parties: [
    { entityId: 'platform:hongqiao-cbd', name: '虹桥国际中央商务区', type: 'platform', role: 'side' },
    { entityId: 'city:330200', name: '宁波市', type: 'city', role: 'side' },
  ],
  amounts: [],
  what: '合作协议',
};

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

function show(props: Partial<EntityPanelProps>) {
  root = document.createElement('div');
  document.body.append(root);
  render(
    <EntityPanel
      entities={[NINGBO]}
      labels={{ title: '本文实体', empty: '无', close: '关闭', typeLabel: (t) => t }}
      onSelect={() => {}}
      onClose={() => {}}
      {...props}
    />,
    root,
  );
}

describe('the brief in the entities panel', () => {
  it('shows the date and site, one line per event that goes to its sentence, and copies the brief', async () => {
    const onGoTo = vi.fn();
    const onCopy = vi.fn(async () => {});
    show({ brief: { date: '2019-06-04', site: 'www.cnr.cn', events: [SIGNING], labels: LABELS, onGoTo, onCopy } });
    expect(root.querySelector('.brief__meta')?.textContent).toBe('2019-06-04 · www.cnr.cn');
    const line = root.querySelector<HTMLButtonElement>('.brief__event')!;
    expect(line.textContent).toBe('5月28日 · 签约 · 虹桥国际中央商务区 ↔ 宁波市 · 合作协议');
    line.click();
    expect(onGoTo).toHaveBeenCalledWith(SIGNING);
    const copy = root.querySelector<HTMLButtonElement>('.brief__copy')!;
    copy.click();
    await vi.waitFor(() => expect(copy.textContent).toBe('已复制'));
    expect(onCopy).toHaveBeenCalledOnce();
    // The entities follow the brief.
    expect(root.querySelector('.panel__name')?.textContent).toBe('宁波市');
  });

  it('says when the page states no date and when no event was found', () => {
    show({ brief: { events: [], labels: LABELS, onGoTo: () => {}, onCopy: async () => {} } });
    expect(root.querySelector('.brief__meta')?.textContent).toBe('页面未注明日期');
    expect(root.querySelector('.brief__empty')?.textContent).toBe(LABELS.noEvents);
  });

  it('shows no brief until the page has one', () => {
    show({});
    expect(root.querySelector('.brief')).toBeNull();
  });
});

describe('the List/Map switch', () => {
  const views = { label: '显示方式', list: '列表', map: '地图' };
  const switchButton = (name: string) =>
    [...root.querySelectorAll<HTMLButtonElement>('.panel__view')].find((b) => b.textContent === name)!;

  it('is not there without a map', () => {
    show({});
    expect(root.querySelector('.panel__views')).toBeNull();
  });

  it('shows the list first under the brief, the map on Map, and a marker opens the entity as the list does', async () => {
    const onSelect = vi.fn();
    show({
      onSelect,
      labels: { title: '本文实体', empty: '无', close: '关闭', typeLabel: (t) => t, views },
      brief: { site: 'www.cnr.cn', events: [SIGNING], labels: LABELS, onGoTo: vi.fn(), onCopy: vi.fn(async () => {}) },
      map: (open) => (
        <button type="button" class="fake-marker" onClick={() => open('city:330200')}>
          宁波
        </button>
      ),
    });
    const order = [...root.querySelectorAll('.brief, .panel__views, .panel__list')].map((el) => el.className);
    expect(order.findIndex((c) => c.includes('brief'))).toBeLessThan(order.indexOf('panel__views'));
    expect(root.getElementsByClassName('panel__views')[0]!.getAttribute('aria-label')).toBe('显示方式');
    expect(switchButton('列表').getAttribute('aria-pressed')).toBe('true');
    expect(root.querySelector('.panel__name')?.textContent).toBe('宁波市');
    expect(root.querySelector('.fake-marker')).toBeNull();

    switchButton('地图').click();
    await vi.waitFor(() => expect(root.querySelector('.fake-marker')).not.toBeNull());
    expect(switchButton('地图').getAttribute('aria-pressed')).toBe('true');
    expect(root.querySelector('.panel__list')).toBeNull();
    root.querySelector<HTMLButtonElement>('.fake-marker')!.click();
    expect(onSelect).toHaveBeenCalledWith(NINGBO);

    switchButton('列表').click();
    await vi.waitFor(() => expect(root.querySelector('.panel__name')?.textContent).toBe('宁波市'));
  });
});
