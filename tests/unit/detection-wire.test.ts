import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { DetectedEntity } from '../../lib/core/entity';
import { decodeDetection, encodeDetection, splitText, TextParts } from '../../lib/store/detection-wire';

const entity = (mentions: { start: number; end: number }[]): DetectedEntity => ({
  id: 'official:person:裘东耀',
  type: 'official',
  name: '裘东耀',
  roles: [{ organization: '宁波', title: '市长' }],
  mentions,
  evidence: { kind: 'knowledge-base' },
});

describe('the detector answer on the wire', () => {
  it('carries mentions as one flat list of offsets and gives back the same entities', () => {
    const entities = [
      entity([
        { start: 5, end: 8 },
        { start: 20, end: 23 },
      ]),
      entity([]),
    ];
    const wire = encodeDetection(entities);
    expect(wire[0]).toEqual({ ...entities[0], mentions: undefined, offsets: [5, 8, 20, 23] });
    expect('mentions' in wire[0]!).toBe(false);
    expect(decodeDetection(JSON.parse(JSON.stringify(wire)))).toEqual(entities);
  });

  it('round-trips any mentions', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ start: fc.nat(), end: fc.nat() })), (mentions) => {
        expect(decodeDetection(encodeDetection([entity(mentions)]))).toEqual([entity(mentions)]);
      }),
    );
  });

  it('refuses offsets that are not pairs', () => {
    expect(() => decodeDetection([{ ...encodeDetection([entity([])])[0]!, offsets: [1] }])).toThrow(
      'The detector answered in a form this page does not read.',
    );
  });
});

describe('a long text sent in parts', () => {
  it('is cut into parts of at most the given size that join back into the text', () => {
    expect(splitText('abcdefg', 3)).toEqual(['abc', 'def', 'g']);
    expect(splitText('', 3)).toEqual(['']);
    expect(splitText('ab', 3)).toEqual(['ab']);
  });

  it('is given back whole when every part came, in any order, and only once', () => {
    const parts = new TextParts(100);
    parts.add('t1', 1, 'def');
    parts.add('t1', 0, 'abc');
    expect(parts.take('t1', 3, 'g')).toBe('abcdefg');
    expect(() => parts.take('t1', 3, 'g')).toThrow('did not arrive whole');
  });

  it('refuses a text with a missing part, a text too long, and malformed parts', () => {
    const parts = new TextParts(5);
    parts.add('t', 1, 'x');
    expect(() => parts.take('t', 3, 'y')).toThrow('did not arrive whole');
    expect(() => parts.add('u', 0, 'abcdef')).toThrow('too much text');
    expect(() => parts.take('u', 2, '')).toThrow('did not arrive whole');
    expect(() => parts.add('', 0, 'a')).toThrow('no id');
    expect(() => parts.add('v', -1, 'a')).toThrow('no place');
    expect(() => parts.add('v', 0, 5)).toThrow('not text');
  });

  it('keeps the parts of a few pages at once and drops the oldest unfinished one', () => {
    const parts = new TextParts(100);
    for (const id of ['a', 'b', 'c', 'd', 'e']) parts.add(id, 0, id);
    expect(() => parts.take('a', 2, '!')).toThrow('did not arrive whole');
    expect(parts.take('e', 2, '!')).toBe('e!');
  });
});
