import { describe, it, expect } from 'vitest';
import {
  matchingUnitTable,
  UNIT_AFTER_HAN_RULE,
  UNIT_HAN,
  UNIT_REWRITTEN,
  UNIT_SPECIAL,
} from '../../lib/core/normalize/matching-unit-table';
import { halfWidthUnit } from '../../lib/core/normalize/half-width';
import { simplifiedUnit } from '../../lib/core/normalize/fold-to-simplified';
import { isHan } from '../../lib/core/normalize/han';
import { isSpace } from '../../lib/core/normalize/spaces';
import { isOpeningBracket } from '../../lib/core/normalize/pinyin-annotations';
import { isZeroWidth } from '../../lib/core/normalize/zero-width';

/** The table's contract, one unit at a time, from the per-character steps themselves. */
function expectedEntry(c: number): number {
  if (isZeroWidth(c) || (c & 0xf800) === 0xd800) return c | UNIT_SPECIAL;
  const unit = simplifiedUnit(halfWidthUnit(c));
  let entry = unit;
  if (isHan(unit)) entry |= UNIT_HAN;
  if (unit !== c) entry |= UNIT_REWRITTEN;
  if (isSpace(unit) || isOpeningBracket(unit)) entry |= UNIT_AFTER_HAN_RULE;
  return entry;
}

describe('matchingUnitTable', () => {
  it('holds, for every code unit, what the per-character steps make of it', () => {
    const table = matchingUnitTable();
    expect(table.length).toBe(0x10000);
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (table[c] !== expectedEntry(c)) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('gives the documented examples', () => {
    const table = matchingUnitTable();
    expect(table[0x5340]).toBe(0x533a | UNIT_HAN | UNIT_REWRITTEN);
    expect(table[0xff08]).toBe(0x28 | UNIT_REWRITTEN | UNIT_AFTER_HAN_RULE);
    expect(table[0x61]).toBe(0x61);
    expect(table[0x200b]).toBe(0x200b | UNIT_SPECIAL);
  });
});
