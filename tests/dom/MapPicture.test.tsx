// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MapPicture } from '../../components/MapPicture';
import { locateInKnowledgeBase, mapMarkers, mapPicture, parseMapData, type MapEntity } from '../../lib/core/map';
import type { PictureMarker } from '../../lib/core/map-picture';
import { SHIPPED_KNOWLEDGE_BASE } from '../support/knowledge-base';

const map = parseMapData(readFileSync(join(import.meta.dirname, '../../public/map/china-map.json'), 'utf8'));
const entities: MapEntity[] = [
  { id: 'city:330200', type: 'city', name: '宁波', count: 3 },
  { id: 'city:310000', type: 'city', name: '上海', count: 5 },
  { id: 'city:340100', type: 'city', name: '合肥', count: 1 },
  { id: 'city:320100', type: 'city', name: '南京', count: 1 },
  { id: 'platform:hongqiao-cbd', type: 'platform', name: '虹桥商务区', count: 4 },
];
// What the background sends the drawer: plain data, sent through JSON like a message.
const picture = JSON.parse(
  JSON.stringify(
    mapPicture(map, mapMarkers(entities, locateInKnowledgeBase(SHIPPED_KNOWLEDGE_BASE.byId), map.points), {
      lines: [{ from: 'platform:hongqiao-cbd', to: 'city:330200' }],
    }),
  ),
) as ReturnType<typeof mapPicture>;
const label = (marker: Pick<PictureMarker, 'name' | 'count'>) => `${marker.name} · ${marker.count} mentions`;

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});
function show(onOpen = vi.fn()) {
  root = document.createElement('div');
  document.body.append(root);
  act(() => render(<MapPicture picture={picture} labels={{ title: 'Map', marker: label }} onOpen={onOpen} />, root));
  return onOpen;
}
const markerEls = () => [...root.querySelectorAll<SVGElement>('.map__marker')];
const byName = (name: string) => markerEls().find((el) => el.getAttribute('aria-label')?.startsWith(name))!;
const press = (el: Element, key: string) =>
  act(() => {
    el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  });
const tip = () => root.querySelector('.map__tip')?.textContent ?? null;

describe('MapPicture (a projected map, drawn without map data or d3)', () => {
  it('draws a labelled, focusable marker per place and platform, the provinces and the signing line', () => {
    show();
    expect(markerEls().map((el) => el.getAttribute('aria-label'))).toEqual([
      '上海 · 5 mentions',
      '虹桥商务区 · 4 mentions',
      '宁波 · 3 mentions',
      '南京 · 1 mentions',
      '合肥 · 1 mentions',
    ]);
    expect(markerEls().every((el) => el.getAttribute('role') === 'button')).toBe(true);
    expect(markerEls().filter((el) => el.getAttribute('tabindex') === '0')).toHaveLength(1);
    expect(root.querySelector('svg')?.getAttribute('aria-label')).toBe('Map');
    expect(root.querySelectorAll('.map__provinces path').length).toBe(picture.provinces.length);
    const line = root.querySelector('.map__lines line')!;
    expect([line.getAttribute('x2'), line.getAttribute('y2')]).toEqual([
      byName('宁波').getAttribute('cx'),
      byName('宁波').getAttribute('cy'),
    ]);
  });

  it('draws the platform moved out from under 上海 beside it, with a leader line to its point', () => {
    show();
    const shanghai = byName('上海');
    const zone = byName('虹桥商务区');
    const leader = root.querySelector('.map__leaders g[data-id="platform:hongqiao-cbd"] line')!;
    const zoneAt = picture.markers.find((m) => m.id === 'platform:hongqiao-cbd')!;
    expect(zoneAt.anchor).toBeDefined();
    expect([leader.getAttribute('x1'), leader.getAttribute('y1')]).toEqual([
      String(zoneAt.anchor!.x),
      String(zoneAt.anchor!.y),
    ]);
    expect([leader.getAttribute('x2'), leader.getAttribute('y2')]).toEqual([String(zoneAt.x), String(zoneAt.y)]);
    // data-x/data-y say where the place is; the diamond is drawn clear of 上海's circle.
    expect(zone.getAttribute('data-x')).toBe(String(zoneAt.anchor!.x));
    const gap = Math.hypot(
      zoneAt.x - Number(shanghai.getAttribute('cx')),
      zoneAt.y - Number(shanghai.getAttribute('cy')),
    );
    expect(gap).toBeGreaterThan(zoneAt.r + Number(shanghai.getAttribute('r')));
    expect(root.querySelectorAll('.map__leaders g')).toHaveLength(picture.markers.filter((m) => m.anchor).length);
  });

  it('shows the label on the map while a marker is hovered or focused', () => {
    show();
    expect(tip()).toBeNull();
    act(() => {
      byName('宁波').dispatchEvent(new MouseEvent('mouseenter'));
    });
    expect(tip()).toBe('宁波 · 3 mentions');
    act(() => {
      byName('宁波').dispatchEvent(new MouseEvent('mouseleave'));
    });
    expect(tip()).toBeNull();
    act(() => byName('合肥').focus());
    expect(tip()).toBe('合肥 · 1 mentions');
  });

  it('moves with the arrow keys by where markers are, and opens with Enter, Space and a click', () => {
    const onOpen = show();
    const shanghai = byName('上海');
    act(() => shanghai.focus());
    press(shanghai, 'ArrowLeft'); // 南京 and 合肥 lie west of 上海; 南京 is nearer
    expect(document.activeElement?.getAttribute('aria-label')).toBe('南京 · 1 mentions');
    press(document.activeElement!, 'ArrowLeft');
    expect(document.activeElement?.getAttribute('aria-label')).toBe('合肥 · 1 mentions');
    expect(byName('合肥').getAttribute('tabindex')).toBe('0');
    press(document.activeElement!, 'Enter');
    expect(onOpen).toHaveBeenLastCalledWith('city:340100');
    press(document.activeElement!, ' ');
    expect(onOpen).toHaveBeenCalledTimes(2);
    act(() => {
      byName('宁波').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    });
    expect(onOpen).toHaveBeenLastCalledWith('city:330200');
  });
});
