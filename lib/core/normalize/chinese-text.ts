import { isHan } from './han';

/**
 * True when a text sample reads as Chinese: at least `minHan` Han characters and Han is at
 * least a fifth of the letters. Example: a Chinese news page → true; an English page quoting
 * 上海 once → false. Lets the content script step aside on pages it has nothing to do with.
 */
export function looksChinese(sample: string, minHan = 20): boolean {
  let han = 0;
  let letters = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (isHan(code)) {
      han++;
      letters++;
    } else if ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) {
      letters++;
    }
  }
  return han >= minHan && han * 5 >= letters;
}
