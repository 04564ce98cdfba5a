// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { mapSvgText } from '../../components/map-export';
import { MapView } from '../../components/MapView';
import { locateInKnowledgeBase, mapMarkers, parseMapData } from '../../lib/core/map';
import { SHIPPED_KNOWLEDGE_BASE } from '../support/knowledge-base';

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
