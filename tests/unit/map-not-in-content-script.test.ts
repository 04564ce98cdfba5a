import madge from 'madge';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../..', import.meta.url).pathname;

describe('the content script and the map (#16)', () => {
  it('imports nothing of the map: its data and drawing are for the panel and the library only', async () => {
    const graph = await madge(`${ROOT}entrypoints/content/index.ts`, {
      baseDir: ROOT,
      fileExtensions: ['ts', 'tsx'],
      tsConfig: `${ROOT}tsconfig.json`,
    });
    const files = Object.keys(graph.obj());
    expect(files.length).toBeGreaterThan(50); // the graph was read
    expect(files.filter((file) => /lib\/core\/map\/|components\/(MapView|map-export)/u.test(file))).toEqual([]);
  }, 60_000);
});
