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
 * Keeps `normalized` (normalizeForMatching(raw)) for a later {@link normalizeRecent} of the same
 * text, when `raw` is no longer than MAX_REMEMBERED_TEXT. The detector calls it after normalising:
 * it always normalises itself, so detecting a text again costs what the first time did.
 * Example: `rememberNormalized(a, normalizeForMatching(a))`, then `normalizeRecent(a.slice())` is it.
 */
export function rememberNormalized(raw: string, normalized: NormalizedText): void {
  if (raw.length > MAX_REMEMBERED_TEXT) return;
  const at = indexOfKept(raw);
  if (at >= 0) recent.splice(at, 1);
  recent.unshift({ raw, normalized });
  if (recent.length > REMEMBERED) recent.length = REMEMBERED;
}

/**
 * normalizeForMatching(raw), reusing the normalisation kept for the same text: the background
 * normalises an article to detect its entities, then the page asks for its events on the same
 * text (a copy, in another message) — reading it again cost a third of finding the events. Equal
 * texts share one NormalizedText, which is read-only.
 * Example: `normalizeRecent(a) === normalizeRecent(a.slice())` → true.
 */
export function normalizeRecent(raw: string): NormalizedText {
  const at = indexOfKept(raw);
  if (at >= 0) {
    const kept = recent[at]!;
    if (at > 0) recent.unshift(...recent.splice(at, 1));
    return kept.normalized;
  }
  const normalized = normalizeForMatching(raw);
  rememberNormalized(raw, normalized);
  return normalized;
}

/** Where `raw`'s normalisation is in `recent`, or -1. */
function indexOfKept(raw: string): number {
  for (let i = 0; i < recent.length; i++) {
    const kept = recent[i]!.raw;
    if (kept.length === raw.length && kept === raw) return i;
  }
  return -1;
}
