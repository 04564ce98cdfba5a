import { browser } from 'wxt/browser';
import { createDetector, type Detector } from '../../lib/core/detect';
import { parseKnowledgeBase } from '../../lib/core/kb-format';
import type { KnowledgeBase } from '../../lib/core/knowledge-base';

/** Path of the built knowledge base inside the extension (see scripts/build-kb.mjs). */
export const KNOWLEDGE_BASE_PATH = '/kb/knowledge-base.json' as const;

/**
 * Loads the knowledge base shipped with the extension and builds the detector. The data is a
 * separate asset, not part of the content script, so the script stays small and the data is read
 * only on pages that need it.
 */
export async function loadDetector(): Promise<{ kb: KnowledgeBase; detector: Detector }> {
  const response = await fetch(browser.runtime.getURL(KNOWLEDGE_BASE_PATH));
  if (!response.ok) throw new Error(`District Lens could not load its knowledge base (${response.status})`);
  const kb = parseKnowledgeBase(await response.json());
  return { kb, detector: createDetector(kb) };
}
