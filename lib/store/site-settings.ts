import { storage } from 'wxt/utils/storage';

import type { ScanScope } from '../core/settings';
import {
  DEFAULT_SCOPE,
  DISABLED_SITES_KEY,
  SCAN_SCOPE_KEY,
  pageSettingsFrom,
  type PageSettings,
} from './early-page-settings';

/** The reader's settings, kept in `browser.storage.local` (small, synchronous-feeling, per profile). */
export interface ReaderSettings {
  /** Hostnames where the reader switched District Lens off. */
  disabledSites: string[];
  scanScope: ScanScope;
}

// Plain keys, not `storage.defineItem`: a defined item reads its key from storage as soon as it is
// defined, so every page paid for reads at the content script's load that nothing used. The keys are
// the early read's, so the two readers cannot drift apart.
const DISABLED_SITES = `local:${DISABLED_SITES_KEY}` as const;
const SCAN_SCOPE = `local:${SCAN_SCOPE_KEY}` as const;

async function disabledSites(): Promise<string[]> {
  return (await storage.getItem<string[]>(DISABLED_SITES)) ?? [];
}

/**
 * What a page needs before it reads anything: whether District Lens is on for `hostname`, and
 * the scan scope. One storage read for both — the page waits for it before its first highlight.
 */
export async function pageSettings(hostname: string): Promise<PageSettings> {
  const [sites, scope] = await storage.getItems([DISABLED_SITES, SCAN_SCOPE]);
  return pageSettingsFrom(sites?.value, scope?.value, hostname);
}

/** True unless the reader switched District Lens off on `hostname`. */
export async function isSiteEnabled(hostname: string): Promise<boolean> {
  return !(await disabledSites()).includes(hostname);
}

/** Switches District Lens on or off for `hostname`; open tabs of that site follow at once. */
export async function setSiteEnabled(hostname: string, enabled: boolean): Promise<void> {
  const sites = new Set(await disabledSites());
  if (enabled) sites.delete(hostname);
  else sites.add(hostname);
  await storage.setItem(DISABLED_SITES, [...sites].sort());
}

/** Calls `onChange` with the site's new state whenever it changes; returns a function that stops. */
export function watchSiteEnabled(hostname: string, onChange: (enabled: boolean) => void): () => void {
  return storage.watch<string[]>(DISABLED_SITES, (sites) => onChange(!(sites ?? []).includes(hostname)));
}

/** The scan scope the reader chose (article by default). */
export async function getScanScope(): Promise<ScanScope> {
  return (await storage.getItem<ScanScope>(SCAN_SCOPE)) ?? DEFAULT_SCOPE;
}

/** Sets the scan scope for every page. */
export async function setScanScope(scope: ScanScope): Promise<void> {
  await storage.setItem(SCAN_SCOPE, scope);
}

/** Calls `onChange` whenever the scan scope changes; returns a function that stops. */
export function watchScanScope(onChange: (scope: ScanScope) => void): () => void {
  return storage.watch<ScanScope>(SCAN_SCOPE, (scope) => onChange(scope ?? DEFAULT_SCOPE));
}
