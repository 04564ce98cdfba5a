// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DetectedEntity } from '../../lib/core/entity/entity';
import { flashMention, scrollToMention } from '../../lib/dom/flash-mention';
import {
  clearHighlights,
  FLASH_HIGHLIGHT,
  HighlightPainter,
  HIGHLIGHT_NAMES,
  NOTED_HIGHLIGHT,
  paintNotedHighlights,
} from '../../lib/dom/highlights';
import type { PlacedMention } from '../../lib/dom/mention-locator';
import { manualTimers, stubHighlightApi, type FakeHighlight } from './support/dom-helpers';

let registry: Map<string, FakeHighlight>;

beforeEach(() => {
  registry = stubHighlightApi();
  document.body.innerHTML = '<p id="p">宁波市长裘东耀与嘉兴市委书记鲁俊</p>';
});

afterEach(() => {
  vi.unstubAllGlobals();
});

function rangeOver(start: number, end: number): Range {
  const text = document.querySelector('#p')!.firstChild!;
  const range = document.createRange();
  range.setStart(text, start);
  range.setEnd(text, end);
  return range;
}

function entity(id: string, type: DetectedEntity['type'], name: string): DetectedEntity {
  return { id, type, name, roles: [], mentions: [], evidence: { kind: 'knowledge-base' } };
}

describe('paintNotedHighlights', () => {
  const qiu = entity('official:裘东耀', 'official', '裘东耀');
  const ningbo = entity('kb:330200', 'city', '宁波市');
  const lu = entity('official:鲁俊', 'official', '鲁俊');

  function placed(): PlacedMention[] {
    return [
      { entity: ningbo, mention: { start: 0, end: 2 }, range: rangeOver(0, 2) },
      { entity: qiu, mention: { start: 4, end: 7 }, range: rangeOver(4, 7) },
      { entity: lu, mention: { start: 14, end: 16 }, range: rangeOver(14, 16) },
    ];
  }

  /** The placed mentions of the entities with these ids. */
  const of = (...ids: string[]) => placed().filter((p) => ids.includes(p.entity.id));

  it('registers district-lens-noted over the mentions that carry a note, on top', () => {
    const count = paintNotedHighlights(of(qiu.id, lu.id));
    expect(count).toBe(2);
    const noted = registry.get(NOTED_HIGHLIGHT)!;
    expect([...noted].map((r) => r.toString())).toEqual(['裘东耀', '鲁俊']);
    expect(noted.priority).toBeGreaterThan(0);
  });

  it('replaces the previous set, and unregisters when no mention has a note', () => {
    paintNotedHighlights(of(qiu.id));
    paintNotedHighlights(of(ningbo.id));
    expect([...registry.get(NOTED_HIGHLIGHT)!].map((r) => r.toString())).toEqual(['宁波']);
    expect(paintNotedHighlights([])).toBe(0);
    expect(registry.has(NOTED_HIGHLIGHT)).toBe(false);
  });

  it('is removed by clearHighlights with the rest', () => {
    paintNotedHighlights(of(qiu.id));
    clearHighlights();
    expect(registry.size).toBe(0);
  });
});

describe('HighlightPainter', () => {
  it('adds and removes single ranges, registering a type while it has ranges', () => {
    const painter = new HighlightPainter();
    const a = rangeOver(0, 2);
    const b = rangeOver(8, 10);
    painter.add('city', a);
    painter.add('city', b);
    expect(registry.get(HIGHLIGHT_NAMES.city)!.size).toBe(2);
    expect(painter.counts().city).toBe(2);
    painter.delete('city', a);
    expect([...registry.get(HIGHLIGHT_NAMES.city)!]).toEqual([b]);
    painter.delete('city', b);
    expect(registry.has(HIGHLIGHT_NAMES.city)).toBe(false);
  });

  it('registers its highlight again when something else replaced it', () => {
    const painter = new HighlightPainter();
    painter.add('official', rangeOver(4, 7));
    registry.delete(HIGHLIGHT_NAMES.official);
    painter.add('official', rangeOver(14, 16));
    expect(registry.get(HIGHLIGHT_NAMES.official)!.size).toBe(2);
    painter.clear();
    expect(registry.size).toBe(0);
  });
});

describe('flashMention', () => {
  it('marks the range with district-lens-flash for the duration, inserting nothing', () => {
    const timers = manualTimers();
    const before = document.body.innerHTML;
    const range = rangeOver(4, 7);
    flashMention(range, 900, timers);
    expect([...registry.get(FLASH_HIGHLIGHT)!]).toEqual([range]);
    expect(registry.get(FLASH_HIGHLIGHT)!.priority).toBeGreaterThan(0);
    expect(document.body.innerHTML).toBe(before);
    timers.runAll();
    expect(registry.has(FLASH_HIGHLIGHT)).toBe(false);
  });

  it('lets a new flash replace a running one without the old one ending it', () => {
    const timers = manualTimers();
    const first = flashMention(rangeOver(0, 2), 900, timers);
    const second = rangeOver(4, 7);
    flashMention(second, 900, timers);
    first(); // the first flash ends early
    expect([...registry.get(FLASH_HIGHLIGHT)!]).toEqual([second]);
    timers.runAll();
    expect(registry.has(FLASH_HIGHLIGHT)).toBe(false);
  });

  it('uses the window timers by default', () => {
    vi.useFakeTimers();
    try {
      flashMention(rangeOver(0, 2));
      vi.advanceTimersByTime(899);
      expect(registry.has(FLASH_HIGHLIGHT)).toBe(true);
      vi.advanceTimersByTime(1);
      expect(registry.has(FLASH_HIGHLIGHT)).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('scrollToMention', () => {
  function mockReducedMotion(reduce: boolean) {
    vi.spyOn(window, 'matchMedia').mockImplementation(
      (query: string) => ({ matches: reduce && query.includes('reduce'), media: query }) as MediaQueryList,
    );
  }

  it('scrolls the start element to the centre, smoothly', () => {
    mockReducedMotion(false);
    const paragraph = document.querySelector('#p')!;
    const scroll = vi.spyOn(paragraph, 'scrollIntoView').mockImplementation(() => {});
    scrollToMention(rangeOver(4, 7));
    expect(scroll).toHaveBeenCalledWith({ block: 'center', inline: 'nearest', behavior: 'smooth' });
    vi.restoreAllMocks();
  });

  it('jumps without animation when the reader prefers reduced motion', () => {
    mockReducedMotion(true);
    const paragraph = document.querySelector('#p')!;
    const scroll = vi.spyOn(paragraph, 'scrollIntoView').mockImplementation(() => {});
    scrollToMention(rangeOver(4, 7));
    expect(scroll).toHaveBeenCalledWith({ block: 'center', inline: 'nearest', behavior: 'auto' });
    vi.restoreAllMocks();
  });
});
