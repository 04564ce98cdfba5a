import { browser } from 'wxt/browser';
import { createDetector, type Detector } from '../../lib/core/detect';
import { parseKnowledgeBase } from '../../lib/core/kb-format';
import type { KnowledgeBase } from '../../lib/core/knowledge-base';

/** Path of the built knowledge base inside the extension (see scripts/build-kb.mjs). */
export const KNOWLEDGE_BASE_PATH = '/kb/knowledge-base.json' as const;

/**
 * Loads the knowledge base shipped with the extension and builds the detector. The data is a
 * separate asset, not part of the content script, so the script stays small and the data is read
 * only on pages that need it. `onLoaded` gets the milliseconds spent fetching, parsing and building.
 */
export async function loadDetector(
  onLoaded?: (fetchMs: number, parseMs: number, buildMs: number) => void,
): Promise<{ kb: KnowledgeBase; detector: Detector }> {
  const start = performance.now();
  const response = await fetch(browser.runtime.getURL(KNOWLEDGE_BASE_PATH));
  if (!response.ok) throw new Error(`District Lens could not load its knowledge base (${response.status})`);
  const text = await response.text();
  const fetched = performance.now();
  const kb = parseKnowledgeBase(JSON.parse(text));
  const parsed = performance.now();
  const detector = createDetector(kb);
  onLoaded?.(fetched - start, parsed - fetched, performance.now() - parsed);
  return { kb, detector };
}
