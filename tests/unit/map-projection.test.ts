import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chinaProjection, focusBox, parseMapData, type MapMarkers } from '../../lib/core/map';

const map = parseMapData(readFileSync(new URL('../../public/map/china-map.json', import.meta.url), 'utf8'));
const at = (projection: ReturnType<typeof chinaProjection>, code: string) =>
  projection([...map.points.get(code)!] as [number, number])!;

describe('chinaProjection', () => {
  it('draws the whole country inside the drawing, north up and east right', () => {
    const projection = chinaProjection(map, 360, 288, null);
    for (const code of ['650000', '230000', '460000', '540000', '710000', '310000']) {
      const [x, y] = at(projection, code);
      expect(x, code).toBeGreaterThanOrEqual(8);
      expect(x, code).toBeLessThanOrEqual(352);
      expect(y, code).toBeGreaterThanOrEqual(8);
      expect(y, code).toBeLessThanOrEqual(280);
    }
    expect(at(projection, '310000')[0]).toBeGreaterThan(at(projection, '340100')[0]); // 上海 east of 合肥
    expect(at(projection, '110000')[1]).toBeLessThan(at(projection, '310000')[1]); // 北京 north of 上海
  });

  it('fills the drawing with the part of the country the markers are in', () => {
    const markers: MapMarkers = {
      points: ['330200', '340100'].map((code) => ({
        id: code,
        kind: 'place' as const,
        name: code,
        count: 1,
        point: map.points.get(code)!,
        radius: 3,
        code,
      })),
      regions: [],
      skipped: [],
    };
    const whole = chinaProjection(map, 360, 288, null);
    const focused = chinaProjection(map, 360, 288, focusBox(markers));
    const span = (projection: typeof whole) => Math.abs(at(projection, '330200')[0] - at(projection, '340100')[0]);
    expect(span(focused)).toBeGreaterThan(4 * span(whole));
    for (const code of ['330200', '340100']) {
      const [x, y] = at(focused, code);
      expect(x > 0 && x < 360 && y > 0 && y < 288, code).toBe(true);
    }
  });
});
