import { normalizeForMatching, type NormalizedText } from './normalize-for-matching';

/**
 * The longest text whose normalisation is kept: an article's (the brief reads no longer text, see
 * MAX_BRIEF_TEXT in lib/core/brief). A longer page's is not kept, so its copy is not held on to.
 */
export const MAX_REMEMBERED_TEXT = 400_000;

/** How many texts' normalisations are kept: the page being read and one more. */
const REMEMBERED = 2;

/** The last texts normalised (up to MAX_REMEMBERED_TEXT long), the latest first. */
const recent: { raw: string; normalized: NormalizedText }[] = [];

/**
 * normalizeForMatching(raw), kept for the last few texts: the background normalises an article to
 * detect its entities, then the page asks for its events on the same text (a copy, in another
 * message) — reading it again cost a third of finding the events. Equal texts share one
 * NormalizedText, which is read-only.
 * Example: `normalizeRecent(a) === normalizeRecent(a.slice())` → true.
 */
export function normalizeRecent(raw: string): NormalizedText {
  for (let i = 0; i < recent.length; i++) {
    const kept = recent[i]!;
    if (kept.raw.length === raw.length && kept.raw === raw) {
      if (i > 0) recent.unshift(...recent.splice(i, 1));
      return kept.normalized;
    }
  }
  const normalized = normalizeForMatching(raw);
  if (raw.length <= MAX_REMEMBERED_TEXT) {
    recent.unshift({ raw, normalized });
    if (recent.length > REMEMBERED) recent.length = REMEMBERED;
  }
  return normalized;
}
