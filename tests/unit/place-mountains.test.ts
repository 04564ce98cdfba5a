// Places inside mountain names, and the 陜 variant of 陝 (second held-out batch, 2026-12-07).
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { createDetector } from '../../lib/core/detection/detect';
import { SHIPPED_KNOWLEDGE_BASE } from '../support/knowledge-base';

const detector = createDetector(SHIPPED_KNOWLEDGE_BASE);
const cities = (text: string) =>
  detector
    .detect(text)
    .filter((e) => e.type === 'city')
    .map((e) => e.name);

describe('a mountain is not the place its name holds', () => {
  it.each(['沿祁连山北麓前行', '牧场在贺兰山下', '越过大别山南麓', '太行山西麓的村庄'])('%s', (text) => {
    expect(cities(text)).toEqual([]);
  });

  it('keeps the places themselves', () => {
    expect(cities('祁连县和贺兰县')).toEqual(['祁连县', '贺兰县']);
    expect(cities('山东代表团和山南市代表团')).toEqual(['山东省', '山南市']);
    expect(cities('武夷山市和保山')).toEqual(['武夷山市', '保山市']);
  });
});

describe('陜, a variant of 陝, folds to 陕', () => {
  it('finds 陕西 written 陜西', () => {
    expect(cities('陜西省政府召開會議')).toEqual(['陕西省']);
  });
});
