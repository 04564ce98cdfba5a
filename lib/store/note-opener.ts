/** How long a tab opened for a note waits for its page to ask for the note, in milliseconds. */
export const PENDING_FOCUS_MS = 120_000;

/** The tab calls the opener needs (a subset of `browser.tabs`), so tests can pass a fake. */
export interface TabOpener {
  create(properties: { url: string; active?: boolean }): Promise<{ id?: number }>;
}

/**
 * Opens the article of a note in a new tab and remembers, per tab, which note to show there: the
 * tab's content script takes it once annotated (`notes:take-pending-focus`). Lives in the
 * background; a pending note expires after {@link PENDING_FOCUS_MS}.
 */
export class NoteOpener {
  private readonly pending = new Map<number, { noteId: string; until: number }>();

  constructor(
    private readonly tabs: TabOpener,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** Opens `url` in a new, active tab and remembers `noteId` for it. */
  async open(url: string, noteId: string): Promise<void> {
    const tab = await this.tabs.create({ url, active: true });
    if (tab.id !== undefined) this.pending.set(tab.id, { noteId, until: this.now() + PENDING_FOCUS_MS });
  }

  /** The note waiting for `tabId`, removed as it is taken; undefined when none or expired. */
  take(tabId: number | undefined): string | undefined {
    if (tabId === undefined) return undefined;
    const entry = this.pending.get(tabId);
    this.pending.delete(tabId);
    return entry && entry.until >= this.now() ? entry.noteId : undefined;
  }
}
