/** At most this many tags on one note. */
export const MAX_TAGS = 20;

/** A tag is at most this many characters long. */
export const MAX_TAG_LENGTH = 40;

/**
 * The reader's tags as stored: each trimmed with inner whitespace collapsed, empty ones and
 * repeats (compared case-insensitively) dropped, first spelling kept, reader's order kept, at most
 * {@link MAX_TAGS}, each cut to {@link MAX_TAG_LENGTH} characters.
 * Example: `normalizeTags([' 招商 ', 'Hongqiao', '招商', 'hongqiao', ''])` → `['招商', 'Hongqiao']`.
 */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    // Trimmed again after the cut: a cut just after a space would leave a tag ending in one,
    // which a second pass would change (normalising must be idempotent for imports to round-trip).
    const tag = Array.from(raw.replace(/\s+/gu, ' ').trim()).slice(0, MAX_TAG_LENGTH).join('').trimEnd();
    const key = tag.toLowerCase();
    if (tag === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
    if (out.length === MAX_TAGS) break;
  }
  return out;
}

/**
 * Splits what the reader typed in a tag field into tags: commas (`,` `，` `、`) and semicolons
 * separate, then {@link normalizeTags} applies.
 * Example: `parseTagInput('招商，长三角, 招商')` → `['招商', '长三角']`.
 */
export function parseTagInput(input: string): string[] {
  return normalizeTags(input.split(/[,，、;；]/u));
}
