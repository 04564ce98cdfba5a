import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ENTITY_TYPES } from '../lib/core/entity';
import type { PageCommand } from '../lib/store/page-commands';
import type { PageStatus } from '../lib/store/page-status';
import type { ScanScope } from '../lib/core/settings';
import { getScanScope, setScanScope, setSiteEnabled } from '../lib/store/site-settings';
import { entityTypeLabel } from './entity-labels';
import { t } from './i18n';

/** Sends a command to the active tab's content script; undefined when none runs there. */
async function sendToActiveTab<T>(command: PageCommand): Promise<T | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return undefined;
  try {
    return (await browser.tabs.sendMessage(tab.id, command, { frameId: 0 })) as T | undefined;
  } catch {
    return undefined; // no content script here (browser page, non-Chinese page, not yet loaded)
  }
}

/** The toolbar popup: what this tab holds, the switch for this site, the panel and the notes. */
export function Popup() {
  const [status, setStatus] = useState<PageStatus | undefined | 'loading'>('loading');
  const [scope, setScope] = useState<ScanScope>('article');
  useEffect(() => void getScanScope().then(setScope), []);

  const refresh = () =>
    sendToActiveTab<PageStatus>({ type: 'page:counts' }).then(setStatus, () => setStatus(undefined));
  useEffect(() => void refresh(), []);

  async function switchSite(enabled: boolean) {
    if (status === 'loading' || !status) return;
    setStatus({ ...status, enabled });
    await setSiteEnabled(status.site, enabled);
    // The tab follows the stored switch; ask again for its counts once it has.
    setTimeout(() => void refresh(), 300);
  }

  async function openPanel() {
    await sendToActiveTab({ type: 'page:open-entity-panel' });
    window.close();
  }

  async function openNotes() {
    await browser.tabs.create({ url: browser.runtime.getURL('/notes.html') });
    window.close();
  }

  const ready = status !== 'loading' && status !== undefined;
  return (
    <main class="popup">
      <h1 class="popup__title">{t('extName')}</h1>
      {status === 'loading' && <p class="muted">{t('popupReading')}</p>}
      {status === undefined && <p class="muted">{t('popupNothing')}</p>}
      {ready && (
        <label class="popup__switch">
          <input
            type="checkbox"
            role="switch"
            checked={status.enabled}
            onChange={(event) => void switchSite(event.currentTarget.checked)}
          />
          <span>{t('siteSwitchOn')}</span>
          <span class="muted popup__site">{status.site}</span>
        </label>
      )}
      <label class="popup__switch">
        <input
          type="checkbox"
          checked={scope === 'page'}
          onChange={(event) => {
            const next = event.currentTarget.checked ? 'page' : 'article';
            setScope(next);
            void setScanScope(next).then(() => setTimeout(() => void refresh(), 300));
          }}
        />
        <span>{t('scopeWholePage')}</span>
      </label>
      {ready && status.enabled && status.counts && (
        <ul class="popup__counts" aria-label={t('popupHighlighted')}>
          {ENTITY_TYPES.map((type) => (
            <li key={type} class={`count count--${type}`}>
              <span>{entityTypeLabel(type)}</span>
              <strong>{status.counts?.[type] ?? 0}</strong>
            </li>
          ))}
        </ul>
      )}
      <div class="popup__actions">
        {ready && status.enabled && (
          <button type="button" class="button button--secondary" onClick={() => void openPanel()}>
            {t('openPanel')}
          </button>
        )}
        <button type="button" class="button" onClick={() => void openNotes()}>
          {t('openNotes')}
        </button>
      </div>
    </main>
  );
}
