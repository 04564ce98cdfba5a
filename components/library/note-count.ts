import { t } from '../i18n';

/** `1 note` / `3 notes` in the interface language. */
export function noteCount(count: number): string {
  return count === 1 ? t('libraryNoteCountOne') : t('libraryNoteCount', count);
}
