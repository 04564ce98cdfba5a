const DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** The characters a day, month or year may be written with: ASCII digits and Chinese numerals. */
export const NUMBER_CHARACTERS = '0-9〇零一二两三四五六七八九十';

/**
 * The value of a small number as dates write it: ASCII digits (`28`), Chinese numerals with 十
 * (`二十八`, `十五`, `三十`), or digit by digit (`二〇一九`). Undefined for anything else.
 * Example: `parseDateNumber('二十八')` → 28; `parseDateNumber('二〇一九')` → 2019; `parseDateNumber('06')` → 6.
 */
export function parseDateNumber(s: string): number | undefined {
  if (s.length === 0) return undefined;
  if (/^[0-9]+$/u.test(s)) return Number(s);
  const ten = s.indexOf('十');
  if (ten === -1) {
    let value = 0;
    for (const c of s) {
      const digit = DIGITS[c];
      if (digit === undefined) return undefined;
      value = value * 10 + digit;
    }
    return value;
  }
  const left = s.slice(0, ten);
  const right = s.slice(ten + 1);
  const tens = left === '' ? 1 : left.length === 1 ? DIGITS[left] : undefined;
  const units = right === '' ? 0 : right.length === 1 ? DIGITS[right] : undefined;
  return tens === undefined || units === undefined ? undefined : tens * 10 + units;
}
