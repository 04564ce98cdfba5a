import { tidyName } from '../../lib/core/reader-layer';

/**
 * The aliases the reader typed in one field: commas (`,` `，`), `、`, semicolons and new lines
 * separate them; each is tidied as the store tidies names, and empty ones are dropped. Repeats
 * are left to the store, which compares them as page text is compared (`寧波` repeats `宁波`).
 * Example: `parseAliasInput('苏宿园区、 苏宿\n，')` → `['苏宿园区', '苏宿']`.
 */
export function parseAliasInput(input: string): string[] {
  return input
    .split(/[,，、;；\n\r]/u)
    .map(tidyName)
    .filter((alias) => alias !== '');
}
