// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DetectedEntity } from '../../lib/core/entity/entity';
import { LazyPlacedMention, mentionEnds } from '../../lib/dom/lazy-placed-mention';
import { HIGHLIGHT_NAMES } from '../../lib/dom/highlights';
import { buildTextIndex } from '../../lib/dom/text-index';
import { ViewportPainter } from '../../lib/dom/viewport-painter';
import { stubHighlightApi } from './support/dom-helpers';

const official: DetectedEntity = {
  id: 'official:裘东耀',
  type: 'official',
  name: '裘东耀',
  roles: [],
  mentions: [],
  evidence: { kind: 'title', title: '市长' },
};

/** A paragraph '宁波市长<b>裘东耀</b>表示' read as a text index, and the mention of 裘东耀 in it. */
function placedQiu() {
  document.body.innerHTML = '<p>宁波市长<b>裘东耀</b>表示，宁波要深度融入长三角。</p>';
  const index = buildTextIndex(document.body);
  const mention = { start: 4, end: 7 };
  const bounds = index.boundsFor(mention)!;
  return { index, bounds, placed: new LazyPlacedMention(official, mention, bounds, index) };
}

afterEach(() => vi.restoreAllMocks());

describe('LazyPlacedMention', () => {
  it('makes its range over the mention the first time it is asked for, and the same range after', () => {
    const createRange = vi.spyOn(document, 'createRange');
    const { placed, bounds } = placedQiu();
    expect(bounds.startNode.data).toBe('裘东耀');
    expect(createRange).not.toHaveBeenCalled();
    const range = placed.range;
    expect(range.toString()).toBe('裘东耀');
    expect(placed.range).toBe(range);
    expect(createRange).toHaveBeenCalledTimes(1);
  });

  it('takes an offset past its node as the node end when the text shrank before the page was read again', () => {
    const { placed, bounds } = placedQiu();
    bounds.startNode.data = '裘';
    expect(() => placed.range).not.toThrow();
    expect(placed.range.toString()).toBe('裘');
  });

  it('is painted with a StaticRange over its text where the browser has one, making no live range', () => {
    // happy-dom has no StaticRange; browsers do (Chrome 60, Firefox 71). A stand-in with its shape:
    class StandInStaticRange {
      constructor(init: StaticRangeInit) {
        Object.assign(this, init);
      }
    }
    vi.stubGlobal('StaticRange', StandInStaticRange);
    stubHighlightApi();
    const { placed, bounds } = placedQiu();
    const createRange = vi.spyOn(document, 'createRange');
    const painter = new ViewportPainter(window);
    painter.add(placed);
    const [painted] = [...CSS.highlights.get(HIGHLIGHT_NAMES.official)!];
    expect(painted).toBeInstanceOf(StandInStaticRange);
    expect(painted).toMatchObject({ startContainer: bounds.startNode, startOffset: 0, endOffset: 3 });
    expect(createRange).not.toHaveBeenCalled();
    painter.delete(placed);
    expect(CSS.highlights.has(HIGHLIGHT_NAMES.official)).toBe(false);
    vi.unstubAllGlobals();
    // Without StaticRange, the live range is painted.
    expect(placed.paintRange()).toBe(placed.range);
  });

  it('is measured without keeping a range, or with the range it made already', () => {
    const { placed } = placedQiu();
    const createRange = vi.spyOn(document, 'createRange');
    expect(placed.boundingRect()).toEqual(placed.boundingRect());
    expect(createRange).toHaveBeenCalledTimes(2); // a throwaway range each time
    const range = placed.range;
    const measured = vi.spyOn(range, 'getBoundingClientRect');
    placed.boundingRect();
    expect(measured).toHaveBeenCalledTimes(1);
    expect(createRange).toHaveBeenCalledTimes(3); // the kept one only
  });

  it('gives its ends without making a range, and a plain placed mention its range ends', () => {
    const { placed, bounds, index } = placedQiu();
    const createRange = vi.spyOn(document, 'createRange');
    expect(mentionEnds(placed)).toEqual({
      startNode: bounds.startNode,
      startOffset: 0,
      endNode: bounds.endNode,
      endOffset: 3,
    });
    expect(createRange).not.toHaveBeenCalled();
    const range = index.rangeFor({ start: 0, end: 2 })!;
    expect(mentionEnds({ entity: official, mention: { start: 0, end: 2 }, range })).toEqual({
      startNode: range.startContainer,
      startOffset: 0,
      endNode: range.endContainer,
      endOffset: 2,
    });
  });
});
