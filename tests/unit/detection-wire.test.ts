import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { DetectedEntity } from '../../lib/core/entity';
import {
  decodeDetection,
  decodeOffsets,
  encodeDetection,
  encodeOffsets,
  splitText,
  TextParts,
} from '../../lib/store/detection-wire';

const entity = (mentions: { start: number; end: number }[]): DetectedEntity => ({
  id: 'official:person:裘东耀',
  type: 'official',
  name: '裘东耀',
  roles: [{ organization: '宁波', title: '市长' }],
  mentions,
  evidence: { kind: 'knowledge-base' },
});

describe('the detector answer on the wire', () => {
  it('carries mentions as one short ASCII string and gives back the same entities', () => {
    const entities = [
      entity([
        { start: 5, end: 8 },
        { start: 20, end: 23 },
      ]),
      entity([]),
    ];
    const wire = encodeDetection(entities);
    expect(wire[0]).toEqual({ ...entities[0], mentions: undefined, offsets: 'jfxf' });
    expect(wire[1]!.offsets).toBe('');
    expect('mentions' in wire[0]!).toBe(false);
    expect(decodeDetection(JSON.parse(JSON.stringify(wire)))).toEqual(entities);
  });

  it('writes about three characters a mention on an article, none that JSON escapes', () => {
    const mentions = Array.from({ length: 1000 }, (_, i) => ({ start: i * 200, end: i * 200 + 4 }));
    const text = encodeOffsets(mentions);
    expect(text.length).toBeLessThanOrEqual(mentions.length * 3);
    expect(JSON.stringify(text)).toBe(`"${text}"`);
    expect(/^[\x20-\x7f]*$/u.test(text)).toBe(true);
    expect(encodeOffsets([{ start: 1000, end: 1000 }])).toBe('@Na`');
  });

  it('round-trips any mentions, overlapping or out of order ones too', () => {
    const offset = fc.integer({ min: 0, max: 2 ** 28 });
    fc.assert(
      fc.property(fc.array(fc.record({ start: offset, end: offset })), (mentions) => {
        expect(decodeDetection(encodeDetection([entity(mentions)]))).toEqual([entity(mentions)]);
        expect(decodeOffsets(encodeOffsets(mentions))).toEqual(mentions);
      }),
    );
  });

  it('refuses offsets it cannot write', () => {
    expect(() => encodeOffsets([{ start: 2 ** 31, end: 2 ** 31 + 1 }])).toThrow(RangeError);
    expect(() => encodeOffsets([{ start: 1.5, end: 3 }])).toThrow(RangeError);
  });

  it('refuses an answer it did not write', () => {
    const refused = 'The detector answered in a form this page does not read.';
    const wireOf = (offsets: unknown) => [{ ...encodeDetection([entity([])])[0]!, offsets }] as never;
    expect(() => decodeDetection(wireOf([5, 8]))).toThrow(refused);
    expect(() => decodeDetection(wireOf('j'))).toThrow(refused); // a start without its length
    expect(() => decodeDetection(wireOf('jf0'))).toThrow(refused); // a number cut short
    expect(() => decodeDetection(wireOf('j f'))).toThrow(refused); // not its alphabet
    expect(() => decodeDetection(wireOf('0000000j'))).toThrow(refused); // past 30 bits
  });
});

describe('a long text sent in parts', () => {
  it('is cut into parts of at most the given size that join back into the text', () => {
    expect(splitText('abcdefg', 3)).toEqual(['abc', 'def', 'g']);
    expect(splitText('', 3)).toEqual(['']);
    expect(splitText('ab', 3)).toEqual(['ab']);
  });

  it('is given back whole when every part came, in any order, and only once', async () => {
    const parts = new TextParts(100, 10);
    parts.add('t1', 1, 'def');
    parts.add('t1', 0, 'abc');
    await expect(parts.take('t1', 3, 'g')).resolves.toBe('abcdefg');
    await expect(parts.take('t1', 3, 'g')).rejects.toThrow('did not arrive whole');
  });

  it('waits for parts that come after the request that needs them', async () => {
    const parts = new TextParts(100, 1000);
    parts.add('t1', 1, 'def');
    const whole = parts.take('t1', 3, 'g');
    parts.add('t1', 0, 'abc');
    await expect(whole).resolves.toBe('abcdefg');
  });

  it('refuses a text with a missing part, a text too long, and malformed parts', async () => {
    const parts = new TextParts(5, 10);
    parts.add('t', 1, 'x');
    await expect(parts.take('t', 3, 'y')).rejects.toThrow('did not arrive whole');
    expect(() => parts.add('u', 0, 'abcdef')).toThrow('too much text');
    await expect(parts.take('u', 2, '')).rejects.toThrow('did not arrive whole');
    await expect(parts.take('w', 1, '')).rejects.toThrow('did not arrive whole');
    expect(() => parts.add('', 0, 'a')).toThrow('no id');
    expect(() => parts.add('v', -1, 'a')).toThrow('no place');
    expect(() => parts.add('v', 0, 5)).toThrow('not text');
  });

  it('stops waiting for a text whose parts grew too long meanwhile', async () => {
    const parts = new TextParts(5, 60_000);
    const whole = parts.take('t', 3, 'y');
    parts.add('t', 1, 'x');
    expect(() => parts.add('t', 0, 'abcdef')).toThrow('too much text');
    await expect(whole).rejects.toThrow('did not arrive whole');
  });

  it('keeps the parts of a few pages at once and drops the oldest unfinished one', async () => {
    const parts = new TextParts(100, 60_000);
    const waiting = parts.take('a', 3, '!');
    for (const id of ['a', 'b', 'c', 'd', 'e']) parts.add(id, 0, id);
    // 'a' was dropped for 'e': its request stops waiting at once.
    await expect(waiting).rejects.toThrow('did not arrive whole');
    await expect(parts.take('e', 2, '!')).resolves.toBe('e!');
  });
});
