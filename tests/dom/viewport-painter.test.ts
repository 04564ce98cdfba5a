// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EntityType } from '../../lib/core/entity/entity';
import { HIGHLIGHT_NAMES } from '../../lib/dom/highlights';
import { ViewportPainter, type OrderedRange } from '../../lib/dom/viewport-painter';
import { FakeHighlight, stubHighlightApi } from './support/dom-helpers';

const LINE = 20; // px per mention: mention i sits at y = i * LINE - scrollY
let registry: Map<string, FakeHighlight>;
let scrollY = 0;

beforeEach(() => {
  registry = stubHighlightApi();
  scrollY = 0;
});
afterEach(() => vi.unstubAllGlobals());

/** `count` ranges stacked one line apart, the way a long article lays its mentions out. */
function mentions(count: number, type: EntityType = 'city'): OrderedRange[] {
  return Array.from({ length: count }, (_, i) => {
    const range = document.createRange();
    range.getBoundingClientRect = () => {
      const top = i * LINE - scrollY;
      return { top, bottom: top + LINE - 2, left: 0, right: 10, width: 10, height: LINE - 2 } as DOMRect;
    };
    return { entity: { type }, range };
  });
}

const painted = () => [...registry.values()].reduce((n, h) => n + h.size, 0);
const view = { innerHeight: 100 }; // 5 lines a screen

describe('ViewportPainter', () => {
  it('paints every mention of a page with few of them', () => {
    const painter = new ViewportPainter(view, { limit: 50, marginScreens: 1, marginMentions: 0 });
    const all = mentions(40);
    for (const mention of all) painter.add(mention);
    painter.setOrder(all);
    expect(painter.isWindowed).toBe(false);
    expect(painted()).toBe(40);
  });

  it('paints only the mentions near the viewport of a page with many, and follows scrolling', () => {
    const painter = new ViewportPainter(view, { limit: 50, marginScreens: 1, marginMentions: 2 });
    const all = mentions(1000);
    for (const mention of all) painter.add(mention);
    painter.setOrder(all);
    expect(painter.isWindowed).toBe(true);
    // Screen 0 and one screen below (10 lines), plus 2 mentions of margin: never the whole page.
    const first = painted();
    expect(first).toBeGreaterThanOrEqual(10);
    expect(first).toBeLessThan(20);
    expect(registry.get(HIGHLIGHT_NAMES.city)!.has(all[0]!.range)).toBe(true);
    expect(painter.counts().city).toBe(1000);

    scrollY = 500 * LINE;
    painter.refresh();
    const city = registry.get(HIGHLIGHT_NAMES.city)!;
    expect(city.has(all[500]!.range)).toBe(true);
    expect(city.has(all[0]!.range)).toBe(false);
    expect(painted()).toBeLessThan(25);
  });

  it('moves its window without deleting ranges one by one: a type that loses ranges gets a new highlight of those it keeps', () => {
    // Firefox's Highlight.delete costs in proportion to the highlight's ranges: deleting the
    // thousands painted before a page turned out long froze Firefox ESR 140 for a minute.
    const painter = new ViewportPainter(view, { limit: 50, marginScreens: 1, marginMentions: 2 });
    const cities = mentions(1000, 'city');
    const officials = mentions(1000, 'official');
    const all = cities.map((city, i) => (i % 100 === 99 ? officials[i]! : city));
    const deletes = vi.spyOn(FakeHighlight.prototype, 'delete');
    for (const mention of all) painter.add(mention);
    painter.setOrder(all);
    expect(deletes).not.toHaveBeenCalled();
    // The first 50 cities were painted while the page looked short; now only the first screens are.
    const city = registry.get(HIGHLIGHT_NAMES.city)!;
    expect(city.size).toBeLessThan(20);
    expect([...city]).toEqual(all.slice(0, city.size).map((m) => m.range));
    expect(registry.has(HIGHLIGHT_NAMES.official)).toBe(false);

    scrollY = 97 * LINE; // mention 99, an official, comes into view
    painter.refresh();
    expect(deletes).not.toHaveBeenCalled();
    expect(registry.get(HIGHLIGHT_NAMES.official)!.has(all[99]!.range)).toBe(true);
    expect(registry.get(HIGHLIGHT_NAMES.city)!.has(all[0]!.range)).toBe(false);
    expect(registry.get(HIGHLIGHT_NAMES.city)!.has(all[100]!.range)).toBe(true);
    expect(painter.counts()).toMatchObject({ city: 990, official: 10 });
  });

  it('records without painting once told a long page is coming, except what is painted early', () => {
    const painter = new ViewportPainter(view, { limit: 50, marginScreens: 1, marginMentions: 2 });
    const all = mentions(1000);
    painter.expect(all.length);
    expect(painter.isWindowed).toBe(true);
    painter.addPainted(all[0]!);
    for (const mention of all.slice(1)) painter.add(mention);
    expect(painted()).toBe(1);
    painter.setOrder(all);
    expect(painted()).toBeGreaterThanOrEqual(10);
    expect(painted()).toBeLessThan(20);
    expect(painter.counts().city).toBe(1000);
  });

  it('asks a windowed page only for the ranges it paints or measures, so they can be made on first use', () => {
    const painter = new ViewportPainter(view, { limit: 50, marginScreens: 1, marginMentions: 2 });
    const asked = new Set<number>();
    const all = mentions(1000).map((m, i) => ({
      entity: m.entity,
      get range() {
        asked.add(i);
        return m.range;
      },
    }));
    for (const mention of all) painter.add(mention);
    painter.setOrder(all);
    // The first 50 were painted before the page turned out to be long; then only the screenful
    // near the viewport and the binary searches' probes (~2 × log2 1000).
    expect(asked.size).toBeLessThan(50 + 20 + 25);
    expect(painter.counts().city).toBe(1000);
    expect(painted()).toBeLessThan(20);
  });

  it('paints everything again when the page shrinks below the limit', () => {
    const painter = new ViewportPainter(view, { limit: 50, marginScreens: 1, marginMentions: 0 });
    const all = mentions(60);
    for (const mention of all) painter.add(mention);
    painter.setOrder(all);
    expect(painter.isWindowed).toBe(true);
    for (const mention of all.slice(20)) painter.delete(mention);
    painter.setOrder(all.slice(0, 20));
    expect(painter.isWindowed).toBe(false);
    expect(painted()).toBe(20);
  });

  it('drops many mentions at once with new highlights of what stays, a few one by one', () => {
    const painter = new ViewportPainter(view, { limit: 500, marginScreens: 1, marginMentions: 0 });
    const cities = mentions(300, 'city');
    const officials = mentions(10, 'official');
    for (const mention of [...cities, ...officials]) painter.add(mention);
    const deletes = vi.spyOn(FakeHighlight.prototype, 'delete');
    painter.deleteAll(cities.slice(0, 3));
    expect(deletes).toHaveBeenCalledTimes(3);
    const officialHighlight = registry.get(HIGHLIGHT_NAMES.official);
    painter.deleteAll(cities.slice(3, 250)); // a page re-rendering its article drops them all
    expect(deletes).toHaveBeenCalledTimes(3);
    expect([...registry.get(HIGHLIGHT_NAMES.city)!]).toEqual(cities.slice(250).map((m) => m.range));
    expect(registry.get(HIGHLIGHT_NAMES.official)).toBe(officialHighlight); // untouched
    expect(painter.counts()).toMatchObject({ city: 50, official: 10 });
    painter.deleteAll(cities.slice(250));
    expect(registry.has(HIGHLIGHT_NAMES.city)).toBe(false);
  });

  it('forgets everything on clear', () => {
    const painter = new ViewportPainter(view, { limit: 50, marginScreens: 1, marginMentions: 0 });
    const all = mentions(10, 'official');
    for (const mention of all) painter.add(mention);
    painter.clear();
    expect(registry.size).toBe(0);
    expect(painter.counts().official).toBe(0);
  });
});
