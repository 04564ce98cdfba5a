import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { geoContains } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { parseKnowledgeBase } from '../../lib/core/knowledge';
import { parseMapData } from '../../lib/core/map';
import { readCityFiles } from '../../scripts/build-map/cities-js-source';
import { readCodedPoints } from '../../scripts/build-map/echarts-source';
import { placePoints, readPointOverrides } from '../../scripts/build-map/points';

const ROOT = new URL('../..', import.meta.url).pathname;
const MAP_TEXT = readFileSync(new URL('../../public/map/china-map.json', import.meta.url), 'utf8');
const map = parseMapData(MAP_TEXT);
const kb = parseKnowledgeBase(
  JSON.parse(readFileSync(new URL('../../public/kb/knowledge-base.json', import.meta.url), 'utf8')),
);
const places = kb.entries.filter((entry) => entry.type === 'city');
const overrides = JSON.parse(
  readFileSync(new URL('../../scripts/map-sources/point-overrides.json', import.meta.url), 'utf8'),
) as {
  points: Record<string, { name: string; source: string }>;
  liesIn: Record<string, { name: string; province: string; source: string }>;
};
const codeOf = (id: string) => id.slice('city:'.length);

describe('the built map data (public/map/china-map.json)', () => {
  it('has an outline for each of the 34 province-level places and a point for each of the 3,217 places', () => {
    const provinces = places.filter((place) => place.level === 'province');
    expect(provinces).toHaveLength(34);
    expect([...map.provinces.keys()].sort()).toEqual(provinces.map((place) => place.code).sort());
    expect(places).toHaveLength(3217);
    expect(map.points.size).toBe(places.length);
    for (const place of places) expect(map.points.has(place.code!), place.name).toBe(true);
  });

  it("puts every place's point inside its own province's outline", () => {
    const outside: string[] = [];
    for (const place of places) {
      const province = overrides.liesIn[place.code!]?.province ?? codeOf(place.provinceId!);
      const point = map.points.get(place.code!)!;
      if (!geoContains(map.provinces.get(province)!, point as [number, number]))
        outside.push(`${place.code} ${place.name}`);
    }
    expect(outside).toEqual([]);
  });

  it("puts the sample article's cities in their provinces: 宁波 嘉兴 杭州 金华 in 浙江, 苏州 南京 in 江苏, 合肥 in 安徽, 上海", () => {
    const expected: Record<string, string> = {
      '330200': '330000',
      '330400': '330000',
      '330100': '330000',
      '330700': '330000',
      '320500': '320000',
      '320100': '320000',
      '340100': '340000',
      '310000': '310000',
    };
    for (const [city, province] of Object.entries(expected)) {
      expect(geoContains(map.provinces.get(province)!, map.points.get(city) as [number, number]), city).toBe(true);
    }
    // …and not in a neighbour: 苏州 is no part of 浙江.
    expect(geoContains(map.provinces.get('330000')!, map.points.get('320500') as [number, number])).toBe(false);
  });

  it('lists a reason for every override and exception, and only places of the knowledge base', () => {
    const codes = new Set(places.map((place) => place.code));
    for (const [code, row] of [...Object.entries(overrides.points), ...Object.entries(overrides.liesIn)]) {
      expect(codes.has(code), code).toBe(true);
      expect(row.source.length, code).toBeGreaterThan(10);
      expect(kb.byId.get(`city:${code}`)?.name).toBe(row.name);
    }
  });

  it("checks every point typed from a reference against the packages' outline of the county it lies in", () => {
    const typed = Object.entries(overrides.points).filter(([, row]) => 'lon' in row);
    expect(typed).toHaveLength(12);
    for (const [code, row] of typed) expect((row as { within?: string }).within, code).toMatch(/^.+\/.+$/u);
    // A slip of a degree (龙港市 typed 28.58 for 27.58) puts it outside 苍南县, which it was split from: the build stops.
    const slipped = readPointOverrides();
    slipped.set('330383', { ...slipped.get('330383')!, lat: 28.58 });
    expect(() => placePoints(places, readCodedPoints(), readCityFiles(), slipped)).toThrow(
      "point-overrides.json: 330383 龙港市 (120.55, 28.58) is not within 温州/苍南县's outline",
    );
  }, 60_000);

  it('stays within its 150 KB gzip budget', () => {
    const gzip = gzipSync(MAP_TEXT, { level: 9 }).length;
    expect(gzip).toBeLessThanOrEqual(150 * 1024);
  });

  it('builds byte for byte the committed file from its inputs (npm run build:map is up to date)', () => {
    const run = spawnSync(process.execPath, ['--import', 'jiti/register', 'scripts/build-map/main.ts', '--check'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  }, 120_000);
});

describe('parseMapData', () => {
  const good = JSON.parse(MAP_TEXT) as Record<string, unknown>;

  it('refuses another file, another version, a bad row or a repeated code, naming the problem', () => {
    expect(() => parseMapData('{')).toThrow('Invalid map data: not JSON');
    expect(() => parseMapData({ ...good, format: 'district-lens-kb' })).toThrow(/Invalid map data: format/);
    expect(() => parseMapData({ ...good, version: 2 })).toThrow(/Invalid map data: version/);
    expect(() => parseMapData({ ...good, points: [['33020', 121.55, 29.87]] })).toThrow(
      /Invalid map data: points\.0\.0/,
    );
    expect(() => parseMapData({ ...good, points: [['330200', 121.55, 99]] })).toThrow(/Invalid map data: points\.0\.2/);
    const provinces = good.provinces as Record<string, unknown>;
    expect(() =>
      parseMapData({
        ...good,
        provinces: {
          ...provinces,
          arcs: [
            [
              [0, 0],
              [1, '2'],
            ],
          ],
        },
      }),
    ).toThrow(/Invalid map data: provinces\.arcs\.0: an arc is a list of \[x, y\] number pairs/);
    const row = ['330200', 121.55, 29.87];
    expect(() => parseMapData({ ...good, points: [row, row] })).toThrow('Invalid map data: point 330200 appears twice');
  });
});
