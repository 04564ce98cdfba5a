import { useEffect, useRef } from 'preact/hooks';
import { t } from '../i18n';

/** Whether a key press belongs to a field the reader is typing in (so `/` is a character there). */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * The library's search field (labelled "Search notes"). `/` anywhere outside a text field focuses
 * it, as on GitHub or YouTube; Escape in it clears the search.
 */
export function SearchBox({ value, onChange }: { value: string; onChange: (text: string) => void }) {
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div class="library-search" role="search">
      <label class="visually-hidden" for="library-search-input">
        {t('librarySearchLabel')}
      </label>
      <input
        ref={input}
        id="library-search-input"
        class="library-search__input"
        type="search"
        autocomplete="off"
        spellcheck={false}
        placeholder={t('librarySearchPlaceholder')}
        aria-keyshortcuts="/"
        value={value}
        onInput={(event) => onChange(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && value !== '') {
            event.preventDefault();
            onChange('');
          }
        }}
      />
    </div>
  );
}
