import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { vi } from 'vitest';
import { createDetector, type Detector } from '../../../lib/core/detection/detect';
import { parseKnowledgeBase } from '../../../lib/core/knowledge/kb-format';
import type { Timers } from '../../../lib/dom/hover-intent';

/** A Set-like stand-in for the CSS Custom Highlight API's `Highlight` (happy-dom has none). */
export class FakeHighlight extends Set<Range> {
  priority = 0;
  constructor(...ranges: Range[]) {
    super(ranges);
  }
}

/**
 * Installs `CSS.highlights` (a Map) and `Highlight` (a Set of ranges) as globals, the way the
 * browser has them, and returns the registry. Undo with `vi.unstubAllGlobals()`.
 */
export function stubHighlightApi(): Map<string, FakeHighlight> {
  const registry = new Map<string, FakeHighlight>();
  vi.stubGlobal('Highlight', FakeHighlight);
  vi.stubGlobal('CSS', { highlights: registry });
  return registry;
}

/** The texts of the ranges in the registered highlight `name`, in insertion order. */
export function highlightTexts(registry: Map<string, FakeHighlight>, name: string): string[] {
  return [...(registry.get(name) ?? [])].map((range) => range.toString());
}

/** Timers that run only when told to, so a test decides when the debounce fires. */
export function manualTimers(): Timers & { pending(): number; runAll(): void } {
  const queue = new Map<number, () => void>();
  let next = 1;
  return {
    setTimeout(handler, _ms) {
      const id = next++;
      queue.set(id, handler);
      return id;
    },
    clearTimeout(id) {
      queue.delete(id);
    },
    pending: () => queue.size,
    runAll() {
      for (const [id, handler] of [...queue]) {
        queue.delete(id);
        handler();
      }
    },
  };
}

/** Lets queued MutationObserver callbacks run. */
export async function mutationsDelivered(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
}

/** The sample pages in tests/fixtures/pages, by file name. */
// A path, not a URL: under happy-dom `URL` is happy-dom's, which node:fs does not take.
export const FIXTURE_PAGES_DIR = join(import.meta.dirname, '../../fixtures/pages');

export function fixturePageNames(): string[] {
  return readdirSync(FIXTURE_PAGES_DIR)
    .filter((name) => name.endsWith('.html'))
    .sort();
}

export function readFixturePage(name: string): string {
  return readFileSync(join(FIXTURE_PAGES_DIR, name), 'utf8');
}

/** Parses `html` into a document of its own (scripts do not run). */
export function parsePage(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/**
 * The detector over the shipped knowledge base (public/kb/knowledge-base.json, parsed as
 * tests/support/knowledge-base.ts does). That module cannot be imported under happy-dom: Vite
 * rewrites its `new URL('…', import.meta.url)` against happy-dom's `location`
 * (http://localhost:3000/…), which node:fs refuses. So the same file is read by path here.
 */
export function shippedDetector(): Detector {
  const file = join(import.meta.dirname, '../../../public/kb/knowledge-base.json');
  return createDetector(parseKnowledgeBase(JSON.parse(readFileSync(file, 'utf8'))));
}
