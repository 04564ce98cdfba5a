// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ArticleMap } from '../../components/ArticleMap';
import { mapSvgText } from '../../components/map-export';
import { MapView } from '../../components/MapView';
import { locateInKnowledgeBase, mapMarkers, mapPicture, parseMapData } from '../../lib/core/map';
import { SHIPPED_KNOWLEDGE_BASE } from '../support/knowledge-base';

const requestStore = vi.hoisted(() => vi.fn());
vi.mock('../../lib/store/store-client', () => ({ requestStore }));

const map = parseMapData(readFileSync(join(import.meta.dirname, '../../public/map/china-map.json'), 'utf8'));
const markers = mapMarkers(
  [
    { id: 'city:330200', type: 'city', name: '宁波', count: 3 },
    { id: 'platform:hongqiao-cbd', type: 'platform', name: '虹桥商务区', count: 4 },
  ],
  locateInKnowledgeBase(SHIPPED_KNOWLEDGE_BASE.byId),
  map.points,
);

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('mapSvgText (the map as an SVG file)', () => {
  it('is a standalone SVG of the provinces and the labelled markers, without the keyboard plumbing', () => {
    root = document.createElement('div');
    document.body.append(root);
    act(() =>
      render(
        <MapView
          map={map}
          markers={markers}
          labels={{ title: 'Map', marker: (m) => `${m.name} · ${m.count} mentions` }}
          onOpen={() => {}}
        />,
        root,
      ),
    );
    const text = mapSvgText(root.querySelector('svg')!);
    const file = new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
    expect(text.startsWith('<?xml')).toBe(true);
    expect(file.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(file.getAttribute('width')).toBe('360');
    expect(file.querySelectorAll('g path[data-code]')).toHaveLength(
      document.querySelectorAll('.map__provinces path').length,
    );
    expect(file.querySelectorAll('g path[data-code]').length).toBeGreaterThan(4);
    expect([...file.querySelectorAll('title')].map((title) => title.textContent)).toEqual([
      '虹桥商务区 · 4 mentions',
      '宁波 · 3 mentions',
    ]);
    expect(file.querySelector('rect')?.getAttribute('fill')).toBeTruthy();
    expect(text).not.toMatch(/tabindex|role=|<style/u);
  });
});

describe("the article map's export (drawer and side panel alike)", () => {
  it('offers SVG and PNG under the map, and downloads the SVG from inside its shadow root, leaving the page alone', async () => {
    const picture = mapPicture(map, markers);
    requestStore.mockResolvedValue(picture);
    const host = document.createElement('div');
    document.body.append(host);
    root = document.createElement('div');
    host.attachShadow({ mode: 'closed' }).append(root);
    const created: Blob[] = [];
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob);
      return 'blob:map';
    });
    const clicks: { download: string; inShadow: boolean }[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push({ download: this.download, inShadow: root.contains(this) });
    });
    const pageBefore = document.body.innerHTML;
    act(() =>
      render(
        <ArticleMap
          entities={[
            {
              id: 'city:330200',
              type: 'city',
              name: '宁波',
              roles: [],
              mentions: [{ start: 0, end: 2 }],
              evidence: { kind: 'knowledge-base' },
            },
          ]}
          onOpen={() => {}}
        />,
        root,
      ),
    );
    await vi.waitFor(() => expect(root.querySelector('.map__marker')).not.toBeNull());
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('.map-box__actions button')];
    expect(buttons.map((b) => b.textContent)).toEqual(['Export map (SVG)', 'Export map (PNG)']);
    act(() => buttons[0]!.click());
    expect(clicks).toEqual([{ download: 'district-lens-map.svg', inShadow: true }]);
    expect(created[0]!.type).toBe('image/svg+xml;charset=utf-8');
    expect(await created[0]!.text()).toMatch(/^<\?xml[\s\S]*<svg/u);
    expect(document.body.innerHTML).toBe(pageBefore); // the link went inside the shadow root, and is gone
    createObjectURL.mockRestore();
    click.mockRestore();
    host.remove();
  });
});
