import { t } from '../i18n';

/** The library's two sections: the notes, and the reader's own entities and corrections. */
export type LibraryTab = 'notes' | 'reader-layer';

const TABS: readonly LibraryTab[] = ['notes', 'reader-layer'];

/** The address fragment of a tab, so the page can be opened on it (`notes.html#my-entities`). */
const HASHES: Readonly<Record<LibraryTab, string>> = { notes: '', 'reader-layer': '#my-entities' };

/** The tab the address asks for (the notes unless the fragment names the other tab). */
export function tabFromHash(hash: string): LibraryTab {
  return TABS.find((tab) => HASHES[tab] !== '' && HASHES[tab] === hash) ?? 'notes';
}

/** The address of the page on `tab`, for `history.replaceState`. */
export function hashOfTab(tab: LibraryTab): string {
  return HASHES[tab];
}

/** The id of a tab's panel, which the page renders with `role=tabpanel`. */
export const tabPanelId = (tab: LibraryTab) => `library-panel-${tab}`;

/** The id of a tab, which labels its panel. */
export const tabId = (tab: LibraryTab) => `library-tab-${tab}`;

/**
 * "Notes" and "My entities & corrections" as ARIA tabs: one tab stop, arrow keys (and Home/End)
 * move between the tabs and show the one they land on, as tabs do everywhere.
 */
export function LibraryTabs({ value, onChange }: { value: LibraryTab; onChange: (tab: LibraryTab) => void }) {
  const labels: Readonly<Record<LibraryTab, string>> = {
    notes: t('libraryTabNotes'),
    'reader-layer': t('libraryTabReaderLayer'),
  };

  function onKeyDown(event: KeyboardEvent) {
    const at = TABS.indexOf(value);
    const next = {
      ArrowRight: TABS[(at + 1) % TABS.length],
      ArrowLeft: TABS[(at - 1 + TABS.length) % TABS.length],
      Home: TABS[0],
      End: TABS[TABS.length - 1],
    }[event.key];
    if (!next) return;
    event.preventDefault();
    onChange(next);
    document.getElementById(tabId(next))?.focus();
  }

  return (
    <div class="library-tabs" role="tablist" aria-label={t('libraryTabs')} onKeyDown={onKeyDown}>
      {TABS.map((tab) => (
        <button
          key={tab}
          type="button"
          role="tab"
          id={tabId(tab)}
          class="library-tabs__tab"
          aria-selected={value === tab}
          aria-controls={tabPanelId(tab)}
          tabIndex={value === tab ? 0 : -1}
          onClick={() => onChange(tab)}
        >
          {labels[tab]}
        </button>
      ))}
    </div>
  );
}
