import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ENTITY_TYPES, type EntityType } from '../lib/core/entity';
import { ENTITY_TYPE_LABELS } from './entity-labels';

type Counts = Record<EntityType, number>;

/** Asks the active tab's content script what it highlighted; undefined when it did not run. */
async function countsInActiveTab(): Promise<Counts | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return undefined;
  try {
    return (await browser.tabs.sendMessage(tab.id, { type: 'page:counts' })) as Counts | undefined;
  } catch {
    return undefined; // no content script here (browser page, non-Chinese page, not yet loaded)
  }
}

/** The toolbar popup: what this tab holds, and the way to the notes page. */
export function Popup() {
  const [counts, setCounts] = useState<Counts | undefined | 'loading'>('loading');

  useEffect(() => {
    countsInActiveTab().then(setCounts, () => setCounts(undefined));
  }, []);

  async function openNotes() {
    await browser.tabs.create({ url: browser.runtime.getURL('/notes.html') });
    window.close();
  }

  return (
    <main class="popup">
      <h1 class="popup__title">District Lens</h1>
      {counts === 'loading' && <p class="muted">Reading this page…</p>}
      {counts === undefined && <p class="muted">Nothing highlighted on this page.</p>}
      {counts !== undefined && counts !== 'loading' && (
        <ul class="popup__counts" aria-label="Highlighted on this page">
          {ENTITY_TYPES.map((type) => (
            <li key={type} class={`count count--${type}`}>
              <span>{ENTITY_TYPE_LABELS[type]}</span>
              <strong>{counts[type]}</strong>
            </li>
          ))}
        </ul>
      )}
      <button type="button" class="button" onClick={() => void openNotes()}>
        Open notes
      </button>
    </main>
  );
}
