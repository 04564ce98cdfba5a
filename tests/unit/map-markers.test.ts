import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDetector } from '../../lib/core/detection';
import {
  articleMapEntities,
  DEFAULT_RADIUS_SCALE,
  libraryMapEntities,
  locateInKnowledgeBase,
  mapMarkers,
  markerRadius,
  parseMapData,
  type MapEntity,
} from '../../lib/core/map';
import { SHIPPED_KNOWLEDGE_BASE } from '../support/knowledge-base';

const map = parseMapData(readFileSync(new URL('../../public/map/china-map.json', import.meta.url), 'utf8'));
const locate = locateInKnowledgeBase(SHIPPED_KNOWLEDGE_BASE.byId);
const entity = (id: string, count: number, type: MapEntity['type'] = 'city', name = id): MapEntity => ({
  id,
  type,
  name,
  count,
});

describe('markerRadius (square-root scale)', () => {
  it('grows with the count, reaches the largest radius at the largest count and never drops below the smallest', () => {
    const radii = [1, 2, 3, 5, 8, 13, 21].map((count) => markerRadius(count, 21));
    for (let i = 1; i < radii.length; i++) expect(radii[i]!).toBeGreaterThanOrEqual(radii[i - 1]!);
    expect(radii.at(-1)).toBe(DEFAULT_RADIUS_SCALE.maxRadius);
    expect(Math.min(...radii)).toBeGreaterThanOrEqual(DEFAULT_RADIUS_SCALE.minRadius);
  });

  it('makes areas proportional to counts: four times the mentions, twice the radius', () => {
    expect(markerRadius(20, 20) / markerRadius(5, 20)).toBeCloseTo(2, 10);
  });

  it('gives every dot one ordinary radius when nothing is mentioned more than once', () => {
    expect(markerRadius(1, 1)).toBe(DEFAULT_RADIUS_SCALE.maxRadius / 2);
    // …an ordinary dot, as large as a once-mentioned place beside one mentioned four times.
    expect(markerRadius(1, 1)).toBe(markerRadius(1, 4));
  });
});

describe('mapMarkers', () => {
  it('puts a place at its point, sized by its mentions, largest first', () => {
    const { points } = mapMarkers(
      [entity('city:330200', 3, 'city', '宁波市'), entity('city:330400', 9)],
      locate,
      map.points,
    );
    expect(points.map((p) => p.id)).toEqual(['city:330400', 'city:330200']);
    expect(points[1]).toMatchObject({ kind: 'place', code: '330200', point: map.points.get('330200') });
    expect(points[0]!.radius).toBeGreaterThan(points[1]!.radius);
  });

  it("draws a platform as its own marker at its location's point (虹桥商务区 at 闵行区, 进博会 at 青浦区)", () => {
    const { points } = mapMarkers(
      [entity('platform:hongqiao-cbd', 4, 'platform'), entity('platform:ciie', 1, 'platform')],
      locate,
      map.points,
    );
    expect(points.map((p) => [p.id, p.kind, p.code])).toEqual([
      ['platform:hongqiao-cbd', 'platform', '310112'],
      ['platform:ciie', 'platform', '310118'],
    ]);
    expect(points[0]!.point).toEqual(map.points.get('310112'));
  });

  it("builds a region from its members' points: 长三角's 41 cities", () => {
    const { regions, points } = mapMarkers([entity('region:yrd', 2, 'region', '长三角')], locate, map.points);
    expect(points).toEqual([]);
    expect(regions).toHaveLength(1);
    expect(regions[0]!.points).toHaveLength(41);
    expect(regions[0]!.points).toContainEqual(map.points.get('330200'));
    expect(regions[0]!.points).toContainEqual(map.points.get('340100'));
  });

  it('skips and counts what has no place on the map; leaves officials out silently', () => {
    const { points, regions, skipped } = mapMarkers(
      [
        entity('platform:amazon', 2, 'platform', '亚马逊'), // a platform without a location
        entity('reader:abc', 1, 'city', '某新区'), // the reader's own entity: not in the knowledge base
        entity('official:裘东耀', 5, 'official', '裘东耀'),
        entity('city:330200', 1),
      ],
      locate,
      map.points,
    );
    expect(points.map((p) => p.id)).toEqual(['city:330200']);
    expect(regions).toEqual([]);
    expect(skipped).toEqual([
      { id: 'platform:amazon', name: '亚马逊', reason: 'no location' },
      { id: 'reader:abc', name: '某新区', reason: 'no location' },
    ]);
  });

  it('skips a place whose code the map data has no point for, saying so', () => {
    const { skipped } = mapMarkers([entity('x', 1)], () => ({ kind: 'place', code: '999999' }), map.points);
    expect(skipped).toEqual([{ id: 'x', name: 'x', reason: 'no point' }]);
  });
});

describe('the sample article on the map', () => {
  const html = readFileSync(
    new URL('../fixtures/pages/hongqiao-yrd-cooperation.zh-Hans.html', import.meta.url),
    'utf8',
  );
  const text = /<article\b[^>]*>([\s\S]*?)<\/article>/.exec(html)![1]!.replace(/<[^>]*>/g, '');
  const detected = createDetector(SHIPPED_KNOWLEDGE_BASE).detect(text);
  const markers = mapMarkers(articleMapEntities(detected), locate, map.points);

  it('has a dot for 宁波, 嘉兴, 杭州, 苏州, 金华, 南京, 合肥 and 上海, sized by their mentions', () => {
    const names = markers.points.filter((p) => p.kind === 'place').map((p) => p.name);
    for (const name of ['宁波市', '嘉兴市', '杭州市', '苏州市', '金华市', '南京市', '合肥市', '上海市']) {
      expect(names).toContain(name);
    }
    const ningbo = detected.find((e) => e.name === '宁波市')!;
    expect(markers.points.find((p) => p.name === '宁波市')!.count).toBe(ningbo.mentions.length);
  });

  it('leaves off, and counts, the platform found by its name shape alone (接轨上海示范区: no known location)', () => {
    expect(markers.skipped).toEqual([
      { id: 'platform:local:接轨上海示范区', name: '接轨上海示范区', reason: 'no location' },
    ]);
  });

  it('has 虹桥商务区 as a platform marker in 上海', () => {
    const hongqiao = markers.points.find((p) => p.id === 'platform:hongqiao-cbd');
    expect(hongqiao?.kind).toBe('platform');
    expect(hongqiao?.code.slice(0, 2)).toBe('31');
  });
});

describe('libraryMapEntities', () => {
  it('counts the articles naming an entity, once per article', () => {
    const ningbo = { id: 'city:330200', type: 'city' as const, name: '宁波市' };
    const jiaxing = { id: 'city:330400', type: 'city' as const, name: '嘉兴市' };
    const counted = libraryMapEntities([[ningbo, ningbo, jiaxing], [ningbo], []]);
    expect(counted).toEqual([
      { ...ningbo, count: 2 },
      { ...jiaxing, count: 1 },
    ]);
    const { points } = mapMarkers(counted, locate, map.points);
    expect(points[0]!.radius).toBeGreaterThan(points[1]!.radius);
  });
});
