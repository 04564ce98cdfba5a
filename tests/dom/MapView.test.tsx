// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MapView } from '../../components/MapView';
import { locateInKnowledgeBase, mapMarkers, parseMapData, type MapEntity, type PointMarker } from '../../lib/core/map';
import { SHIPPED_KNOWLEDGE_BASE } from '../support/knowledge-base';

const map = parseMapData(readFileSync(join(import.meta.dirname, '../../public/map/china-map.json'), 'utf8'));
const locate = locateInKnowledgeBase(SHIPPED_KNOWLEDGE_BASE.byId);
const entities: MapEntity[] = [
  { id: 'city:330200', type: 'city', name: '宁波', count: 3 },
  { id: 'city:310000', type: 'city', name: '上海', count: 5 },
  { id: 'city:340100', type: 'city', name: '合肥', count: 1 },
  { id: 'platform:hongqiao-cbd', type: 'platform', name: '虹桥商务区', count: 4 },
  { id: 'region:yrd', type: 'region', name: '长三角', count: 2 },
];
const markers = mapMarkers(entities, locate, map.points);
const label = (marker: Pick<PointMarker, 'name' | 'count'>) => `${marker.name} · ${marker.count} mentions`;

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

function show(onOpen = vi.fn(), focus = true) {
  root = document.createElement('div');
  document.body.append(root);
  act(() =>
    render(
      <MapView map={map} markers={markers} labels={{ title: 'Map', marker: label }} onOpen={onOpen} focus={focus} />,
      root,
    ),
  );
  return onOpen;
}
const markerEls = () => [...root.querySelectorAll<SVGElement>('.map__marker')];
const byLabel = (text: string) => markerEls().find((el) => el.getAttribute('aria-label') === text)!;
const press = (el: Element, key: string) =>
  act(() => {
    el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  });

describe('MapView', () => {
  it('draws the provinces in view, a labelled marker per place and platform, and the region outline', () => {
    show();
    const codes = [...root.querySelectorAll('.map__provinces path')].map((path) => path.getAttribute('data-code'));
    expect(codes).toEqual(expect.arrayContaining(['310000', '320000', '330000', '340000']));
    expect(codes).not.toContain('650000'); // Xinjiang is far outside the delta's view: not sent, not drawn
    expect(markerEls().map((el) => el.getAttribute('aria-label'))).toEqual([
      '上海 · 5 mentions',
      '虹桥商务区 · 4 mentions',
      '宁波 · 3 mentions',
      '合肥 · 1 mentions',
    ]);
    expect(byLabel('虹桥商务区 · 4 mentions').tagName.toLowerCase()).toBe('path');
    expect(byLabel('宁波 · 3 mentions').tagName.toLowerCase()).toBe('circle');
    expect(root.querySelector('.map__regions [data-id="region:yrd"]')?.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+L/);
  });

  it('sizes markers by their counts', () => {
    show();
    const r = (text: string) => Number(byLabel(text).getAttribute('r'));
    expect(r('上海 · 5 mentions')).toBeGreaterThan(r('宁波 · 3 mentions'));
    expect(r('宁波 · 3 mentions')).toBeGreaterThan(r('合肥 · 1 mentions'));
  });

  it('is one tab stop; the arrow keys move between markers by where they are; Enter opens', () => {
    const onOpen = show();
    expect(markerEls().filter((el) => el.getAttribute('tabindex') === '0')).toHaveLength(1);
    const shanghai = byLabel('上海 · 5 mentions');
    shanghai.focus();
    press(shanghai, 'ArrowLeft'); // 合肥 lies west of 上海
    expect(document.activeElement?.getAttribute('aria-label')).toBe('合肥 · 1 mentions');
    expect(byLabel('合肥 · 1 mentions').getAttribute('tabindex')).toBe('0');
    press(document.activeElement!, 'Enter');
    expect(onOpen).toHaveBeenCalledWith('city:340100');
  });

  it('opens a marker on click', () => {
    const onOpen = show();
    act(() => {
      byLabel('宁波 · 3 mentions').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    });
    expect(onOpen).toHaveBeenCalledWith('city:330200');
  });

  it('shows the part of the country the markers are in: 上海 and 合肥 far apart, not a cluster on a map of China', () => {
    const distance = () => {
      const centre = (text: string) => [
        Number(byLabel(text).getAttribute('cx')),
        Number(byLabel(text).getAttribute('cy')),
      ];
      const [a, b] = [centre('上海 · 5 mentions'), centre('合肥 · 1 mentions')];
      return Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!);
    };
    show();
    const focused = distance();
    render(null, root);
    root.remove();
    show(vi.fn(), false);
    expect(focused).toBeGreaterThan(360 / 4);
    expect(focused).toBeGreaterThan(3 * distance());
  });
});
