import { normalizeForMatching } from './normalize-for-matching';

/**
 * The form in which the reader's names meet the page: the page text's own normalisation
 * (traditional → simplified, inline pinyin and zero-width characters dropped, full width → half
 * width, spaces between Han dropped). So an entry typed or selected as `商務(wù)區` matches
 * `商务区`, and a `never` on `東方` suppresses `东方`.
 * Example: `matchingForm('寧波 杭州灣')` → `'宁波杭州湾'`.
 *
 * Contract: pure; idempotent; empty only for text that can never match anything on a page.
 */
export function matchingForm(text: string): string {
  return normalizeForMatching(text).text;
}
