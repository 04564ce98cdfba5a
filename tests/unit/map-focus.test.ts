import { describe, expect, it } from 'vitest';
import { focusBox, MIN_FOCUS_SPAN, type MapMarkers, type PointMarker } from '../../lib/core/map';

const dot = (lon: number, lat: number): PointMarker => ({
  id: `${lon},${lat}`,
  kind: 'place',
  name: '',
  count: 1,
  point: [lon, lat],
  radius: 3,
  code: '',
});
const markers = (points: PointMarker[], regionPoints: [number, number][] = []): MapMarkers => ({
  points,
  regions: regionPoints.length ? [{ id: 'r', name: 'r', count: 1, points: regionPoints }] : [],
  skipped: [],
});
const contains = ([[w, s], [e, n]]: [[number, number], [number, number]], [lon, lat]: [number, number]) =>
  w < lon && lon < e && s < lat && lat < n;

describe('focusBox (the part of the map an article is about)', () => {
  it('is null without markers: the map shows the whole country', () => {
    expect(focusBox(markers([]))).toBeNull();
  });

  it('holds every marker and region point, with room around them', () => {
    const box = focusBox(
      markers(
        [dot(121.55, 29.87), dot(117.23, 31.82)],
        [
          [120.58, 31.3],
          [118.8, 32.06],
        ],
      ),
    )!;
    for (const point of [
      [121.55, 29.87],
      [117.23, 31.82],
      [120.58, 31.3],
      [118.8, 32.06],
    ] as [number, number][])
      expect(contains(box, point)).toBe(true);
  });

  it('shows at least a region around a single place, centred on it', () => {
    const [[w, s], [e, n]] = focusBox(markers([dot(121.5, 31.2)]))!;
    expect(e - w).toBeGreaterThanOrEqual(MIN_FOCUS_SPAN[0]);
    expect(n - s).toBeGreaterThanOrEqual(MIN_FOCUS_SPAN[1]);
    expect((e + w) / 2).toBeCloseTo(121.5, 10);
    expect((n + s) / 2).toBeCloseTo(31.2, 10);
  });
});
