import { describe, expect, it } from 'vitest';
import { createReaderAwareDetector, readerCardLookups } from '../../../lib/core/reader-layer';
import { BASE_DETECTOR, correction, KB, layerOf, readerEntity } from './layer-builders';

describe('the card of a reader entity', () => {
  const susu = readerEntity({
    id: 'reader:susu',
    name: '苏宿工业园区',
    aliases: ['苏宿园区'],
    description: '苏州工业园区与宿迁合作共建的园区。',
    type: 'platform',
  });
  const layer = layerOf(
    [susu],
    [
      correction({ kind: 'same-as', alias: '苏宿合作园', targetId: 'reader:susu' }),
      correction({ kind: 'same-as', alias: '蘇宿園區', targetId: 'reader:susu' }),
      correction({ kind: 'same-as', alias: '中新合作区', targetId: 'platform:suzhou-industrial-park' }),
      correction({ kind: 'change-type', entityId: 'platform:jd', type: 'person' }),
    ],
  );

  it('shows the name, type, aliases (the reader’s same-as ones too, each once, traditional or not), description and “yours”', () => {
    expect(readerCardLookups(layer).lookup('reader:susu')).toEqual({
      id: 'reader:susu',
      type: 'platform',
      name: '苏宿工业园区',
      aliases: ['苏宿园区', '苏宿合作园'],
      description: '苏州工业园区与宿迁合作共建的园区。',
      yours: true,
    });
  });

  it('answers from the very layer a detector highlighted with', () => {
    const detector = createReaderAwareDetector(BASE_DETECTOR, KB, layer);
    const text = '苏宿合作园今年新增项目十个。';
    const [found] = detector.detect(text);
    expect(found?.id).toBe('reader:susu');
    expect(readerCardLookups(detector.compiled).lookup(found!.id)?.name).toBe('苏宿工业园区');
  });

  it('tells a knowledge-base card the reader’s aliases and type for it, and knows no other id', () => {
    const lookups = readerCardLookups(layer);
    expect(lookups.sameAsAliasesOf('platform:suzhou-industrial-park')).toEqual(['中新合作区']);
    expect(lookups.typeOf('platform:jd')).toBe('person');
    expect(lookups.lookup('platform:jd')).toBeUndefined();
    expect(lookups.lookup('reader:deleted')).toBeUndefined();
  });

  it('shows the type a change-type correction gave the reader’s entity', () => {
    const retyped = layerOf(
      [...layer.entities],
      [...layer.corrections, correction({ kind: 'change-type', entityId: 'reader:susu', type: 'city' })],
    );
    expect(readerCardLookups(retyped).lookup('reader:susu')?.type).toBe('city');
  });
});
