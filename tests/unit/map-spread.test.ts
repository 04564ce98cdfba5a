import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDetector } from '../../lib/core/detection';
import {
  articleMapEntities,
  locateInKnowledgeBase,
  mapMarkers,
  mapPicture,
  parseMapData,
  spreadMarkers,
  SPREAD_GAP,
  SPREAD_MAX_SHIFT,
} from '../../lib/core/map';
import type { PictureMarker } from '../../lib/core/map-picture';
import { reachedByArrows } from '../support/arrow-reach';
import { SHIPPED_KNOWLEDGE_BASE } from '../support/knowledge-base';

const map = parseMapData(readFileSync(new URL('../../public/map/china-map.json', import.meta.url), 'utf8'));
const locate = locateInKnowledgeBase(SHIPPED_KNOWLEDGE_BASE.byId);
const marker = (id: string, x: number, y: number, r: number, kind: PictureMarker['kind'] = 'place'): PictureMarker => ({
  id,
  kind,
  name: id,
  count: 1,
  x,
  y,
  r,
  province: '',
});
const VIEW = { width: 360, height: 288 };
const overlaps = (markers: readonly PictureMarker[]) =>
  markers.flatMap((a, i) =>
    markers
      .slice(i + 1)
      .flatMap((b) => (Math.hypot(a.x - b.x, a.y - b.y) < a.r + b.r + SPREAD_GAP - 0.1 ? [[a.id, b.id]] : [])),
  );

/** The sample article's map as the drawer gets it. */
function samplePicture() {
  const html = readFileSync(
    new URL('../fixtures/pages/hongqiao-yrd-cooperation.zh-Hans.html', import.meta.url),
    'utf8',
  );
  const text = html.replace(/<(script|style)[\s\S]*?<\/\1>/gu, '').replace(/<[^>]+>/gu, '');
  const entities = articleMapEntities(createDetector(SHIPPED_KNOWLEDGE_BASE).detect(text));
  return mapPicture(map, mapMarkers(entities, locate, map.points));
}

describe('spreadMarkers (crowded markers moved apart)', () => {
  it('leaves markers with room where they are, with no leader', () => {
    const apart = [marker('a', 50, 50, 5), marker('b', 100, 50, 5)];
    expect(spreadMarkers(apart, VIEW)).toEqual(apart);
  });

  it('keeps a place on its point and moves the platform located there beside it, joined to the point', () => {
    const [zone, city] = spreadMarkers([marker('zone', 100, 100, 10, 'platform'), marker('city', 100, 100, 6)], VIEW);
    expect(zone).toMatchObject({ id: 'zone', anchor: { x: 100, y: 100 } });
    expect(city).toMatchObject({ id: 'city', x: 100, y: 100 });
    expect(city!.anchor).toBeUndefined();
    expect(Math.hypot(zone!.x - 100, zone!.y - 100)).toBeGreaterThanOrEqual(16 + SPREAD_GAP);
    expect(Math.hypot(zone!.x - 100, zone!.y - 100)).toBeLessThanOrEqual(SPREAD_MAX_SHIFT);
  });

  it('moves a crowd out, away from the middle of the markers', () => {
    const crowd = [
      marker('inland', 100, 150, 5),
      ...Array.from({ length: 6 }, (_, i) => marker(`p${i}`, 200, 150, 4, 'platform')),
    ];
    const spread = spreadMarkers(crowd, VIEW);
    expect(overlaps(spread)).toEqual([]);
    // p0 stays; p1, the first to move, goes straight east: away from 'inland', out of the crowd.
    expect(spread[1]).toMatchObject({ x: 200, y: 150 });
    expect(spread[2]!.x).toBeGreaterThan(200);
    expect(spread[2]!.y).toBe(150);
  });

  it('keeps every marker whole inside the view, also a crowd at its edge', () => {
    const crowd = Array.from({ length: 6 }, (_, i) => marker(`p${i}`, 354, 284, 4, 'platform'));
    const spread = spreadMarkers([marker('inland', 100, 150, 5), ...crowd], VIEW);
    expect(overlaps(spread)).toEqual([]);
    for (const m of spread.filter((s) => s.anchor)) {
      expect(m.x + m.r).toBeLessThanOrEqual(VIEW.width);
      expect(m.y + m.r).toBeLessThanOrEqual(VIEW.height);
    }
  });

  it('leaves a marker on its point when no spot within reach is free (a library of thousands)', () => {
    const packed = Array.from({ length: 400 }, (_, i) => marker(`m${i}`, 180 + (i % 20), 140 + Math.floor(i / 20), 3));
    const spread = spreadMarkers(packed, VIEW);
    expect(spread.some((m) => !m.anchor)).toBe(true);
    for (const m of spread.filter((s) => s.anchor))
      expect(Math.hypot(m.x - m.anchor!.x, m.y - m.anchor!.y)).toBeLessThanOrEqual(SPREAD_MAX_SHIFT + 0.1);
  });

  it('keeps the order, ids, sizes and count of the markers, and gives the same answer every time', () => {
    const crowd = [marker('a', 50, 50, 8, 'platform'), marker('b', 50, 50, 8), marker('c', 52, 49, 3)];
    const spread = spreadMarkers(crowd, VIEW);
    expect(spread.map(({ id, r, kind }) => ({ id, r, kind }))).toEqual(
      crowd.map(({ id, r, kind }) => ({ id, r, kind })),
    );
    expect(spreadMarkers(crowd, VIEW)).toEqual(spread);
  });
});

describe("the sample article's map, spread", () => {
  const picture = samplePicture();

  it('draws no two of its markers over each other (上海 and the seven platforms on it, 闵行, 慈溪 and 杭州湾新区)', () => {
    expect(picture.markers.length).toBeGreaterThanOrEqual(15);
    expect(overlaps(picture.markers)).toEqual([]);
  });

  it('keeps the cities the issue names on their points, or near them with a leader to the point', () => {
    for (const id of [
      'city:310000',
      'city:330200',
      'city:330400',
      'city:330100',
      'city:330700',
      'city:320100',
      'city:340100',
    ]) {
      expect(picture.markers.find((m) => m.id === id)!.anchor, id).toBeUndefined();
    }
    const suzhou = picture.markers.find((m) => m.id === 'city:320500')!;
    if (suzhou.anchor) expect(Math.hypot(suzhou.x - suzhou.anchor.x, suzhou.y - suzhou.anchor.y)).toBeLessThan(10);
  });

  it('lets the arrow keys reach every marker from the largest, over the drawn positions', () => {
    const positions = picture.markers.map((m) => [m.x, m.y] as const);
    expect(reachedByArrows(positions).size).toBe(picture.markers.length);
  });
});
