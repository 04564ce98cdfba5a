import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { locateInKnowledgeBase, mapMarkers, mapPicture, parseMapData, type MapEntity } from '../../lib/core/map';
import { signingLines } from '../../lib/core/map-picture';
import { SHIPPED_KNOWLEDGE_BASE } from '../support/knowledge-base';

const map = parseMapData(readFileSync(new URL('../../public/map/china-map.json', import.meta.url), 'utf8'));
const locate = locateInKnowledgeBase(SHIPPED_KNOWLEDGE_BASE.byId);
const city = (id: string, name: string, count: number): MapEntity => ({ id, type: 'city', name, count });
const delta: MapEntity[] = [
  city('city:330200', '宁波', 6),
  city('city:330400', '嘉兴', 2),
  city('city:330100', '杭州', 2),
  city('city:320500', '苏州', 1),
  city('city:330700', '金华', 1),
  city('city:320100', '南京', 1),
  city('city:340100', '合肥', 1),
  city('city:310000', '上海', 3),
  { id: 'platform:hongqiao-cbd', type: 'platform', name: '虹桥商务区', count: 4 },
  { id: 'region:yrd', type: 'region', name: '长三角', count: 2 },
];
const markers = mapMarkers(delta, locate, map.points);

describe('mapPicture (the map as drawing data, for a drawer that has no map)', () => {
  const picture = mapPicture(map, markers, {
    lines: [
      { from: 'platform:hongqiao-cbd', to: 'city:330200' },
      { from: 'platform:hongqiao-cbd', to: 'city:999999' },
    ],
    namesEn: new Map([['city:330200', 'Ningbo']]),
  });

  it('puts every delta city in its province, inside the view, with its radius and English name', () => {
    const where = Object.fromEntries(picture.markers.map((m) => [m.name, m.province]));
    expect(where).toMatchObject({
      宁波: '330000',
      嘉兴: '330000',
      杭州: '330000',
      金华: '330000',
      苏州: '320000',
      南京: '320000',
      合肥: '340000',
      上海: '310000',
      虹桥商务区: '310000',
    });
    for (const marker of picture.markers) {
      expect(marker.x).toBeGreaterThan(0);
      expect(marker.x).toBeLessThan(picture.width);
      expect(marker.y).toBeGreaterThan(0);
      expect(marker.y).toBeLessThan(picture.height);
    }
    expect(picture.markers.find((m) => m.name === '宁波')).toMatchObject({ nameEn: 'Ningbo', r: 14 });
    expect(picture.markers.find((m) => m.name === '合肥')!.nameEn).toBeUndefined();
  });

  it('keeps geography: Shanghai east of Nanjing, Hefei west of both, Jinhua south of Hangzhou', () => {
    const at = (name: string) => picture.markers.find((m) => m.name === name)!;
    expect(at('上海').x).toBeGreaterThan(at('南京').x);
    expect(at('合肥').x).toBeLessThan(at('南京').x);
    expect(at('金华').y).toBeGreaterThan(at('杭州').y);
  });

  it('sends only the provinces that reach into the view, as short SVG paths, and the region as one outline', () => {
    const codes = picture.provinces.map((p) => p.code);
    expect(codes).toEqual(expect.arrayContaining(['310000', '320000', '330000', '340000']));
    expect(codes).not.toContain('650000');
    expect(codes).not.toContain('540000');
    for (const province of picture.provinces) expect(province.d).toMatch(/^M[-\d.]+,[-\d.]+/u);
    expect(picture.provinces.every((p) => !/\.\d{2}/u.test(p.d))).toBe(true); // a tenth of a unit
    expect(picture.regions).toHaveLength(1);
    expect(picture.regions[0]!.d).toMatch(/^M.*Z$/u);
    expect(JSON.stringify(picture).length).toBeLessThan(60_000);
  });

  it('keeps the lines whose two ends are on the map', () => {
    expect(picture.lines).toEqual([{ from: 'platform:hongqiao-cbd', to: 'city:330200' }]);
  });

  it('draws the whole country, every province, without focus', () => {
    const whole = mapPicture(map, markers, { focus: false, width: 480 });
    expect(whole.provinces).toHaveLength(34);
    expect(whole.outside).toEqual([]);
    expect(whole).toMatchObject({ width: 480, height: 384 });
  });

  it('leaves markers far from the rest out of the view and names them, so the delta is not a cluster', () => {
    const withFar = mapMarkers(
      [
        ...delta,
        { id: 'platform:jd', type: 'platform', name: '京东', count: 1 },
        { id: 'platform:vipshop', type: 'platform', name: '唯品会', count: 1 },
      ],
      locate,
      map.points,
    );
    const far = mapPicture(map, withFar, { namesEn: new Map([['platform:jd', 'JD.com']]) });
    expect(far.outside).toEqual([
      { id: 'platform:jd', kind: 'platform', name: '京东', nameEn: 'JD.com', count: 1 },
      { id: 'platform:vipshop', kind: 'platform', name: '唯品会', count: 1 },
    ]);
    expect(far.markers.map((m) => m.id)).toEqual(picture.markers.map((m) => m.id));
    expect(far.markers.map((m) => [m.x, m.y])).toEqual(picture.markers.map((m) => [m.x, m.y])); // the same view
    // Two far-apart cities alone are both the subject: both drawn.
    const two = mapPicture(map, mapMarkers([delta[0]!, city('city:110000', '北京', 1)], locate, map.points));
    expect(two.outside).toEqual([]);
    expect(two.markers).toHaveLength(2);
  });

  it('is deterministic', () => {
    expect(mapPicture(map, markers)).toEqual(mapPicture(map, markers));
  });
});

describe('signingLines', () => {
  it('joins each platform of a signing to each place in it, once, and ignores other events', () => {
    const party = (entityId: string, type: MapEntity['type']) => ({ entityId, type });
    const events = [
      {
        kind: 'signing',
        parties: [party('platform:a', 'platform'), party('city:1', 'city'), party('region:r', 'region')],
      },
      { kind: 'signing', parties: [party('city:1', 'city'), party('platform:a', 'platform')] },
      { kind: 'visit', parties: [party('platform:b', 'platform'), party('city:2', 'city')] },
      { kind: 'signing', parties: [party('official:x', 'official'), party('city:2', 'city')] },
    ];
    expect(signingLines(events)).toEqual([
      { from: 'platform:a', to: 'city:1' },
      { from: 'platform:a', to: 'region:r' },
    ]);
  });
});
