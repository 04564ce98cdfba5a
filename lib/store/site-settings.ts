import { storage } from 'wxt/utils/storage';

import type { ScanScope } from '../core/settings';

/** The reader's settings, kept in `browser.storage.local` (small, synchronous-feeling, per profile). */
export interface ReaderSettings {
  /** Hostnames where the reader switched District Lens off. */
  disabledSites: string[];
  scanScope: ScanScope;
}

const disabledSites = storage.defineItem<string[]>('local:disabledSites', { fallback: [] });
const scanScope = storage.defineItem<ScanScope>('local:scanScope', { fallback: 'article' });

/** True unless the reader switched District Lens off on `hostname`. */
export async function isSiteEnabled(hostname: string): Promise<boolean> {
  return !(await disabledSites.getValue()).includes(hostname);
}

/** Switches District Lens on or off for `hostname`; open tabs of that site follow at once. */
export async function setSiteEnabled(hostname: string, enabled: boolean): Promise<void> {
  const sites = new Set(await disabledSites.getValue());
  if (enabled) sites.delete(hostname);
  else sites.add(hostname);
  await disabledSites.setValue([...sites].sort());
}

/** Calls `onChange` with the site's new state whenever it changes; returns a function that stops. */
export function watchSiteEnabled(hostname: string, onChange: (enabled: boolean) => void): () => void {
  return disabledSites.watch((sites) => onChange(!(sites ?? []).includes(hostname)));
}

/** The scan scope the reader chose (article by default). */
export function getScanScope(): Promise<ScanScope> {
  return scanScope.getValue();
}

/** Sets the scan scope for every page. */
export async function setScanScope(scope: ScanScope): Promise<void> {
  await scanScope.setValue(scope);
}

/** Calls `onChange` whenever the scan scope changes; returns a function that stops. */
export function watchScanScope(onChange: (scope: ScanScope) => void): () => void {
  return scanScope.watch((scope) => onChange(scope ?? 'article'));
}
