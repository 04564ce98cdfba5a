import madge from 'madge';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../..', import.meta.url).pathname;

describe('the content script and the map (#16)', () => {
  it('draws a picture the background projected, and imports nothing that loads or projects the map', async () => {
    const graph = await madge(`${ROOT}entrypoints/content/index.ts`, {
      baseDir: ROOT,
      fileExtensions: ['ts', 'tsx'],
      tsConfig: `${ROOT}tsconfig.json`,
      includeNpm: true,
    });
    const files = Object.keys(graph.obj());
    expect(files.length).toBeGreaterThan(50); // the graph was read
    // The drawer's Map view is there: it renders a picture and exports what it drew…
    expect(files).toEqual(
      expect.arrayContaining([
        'components/MapPicture.tsx',
        'components/ArticleMap.tsx',
        'components/MapExportButtons.tsx',
        'components/map-export.ts',
      ]),
    );
    // …but the map data, its parser, the projection, d3 and the full MapView stay out.
    expect(
      files.filter((file) => /lib\/core\/map\/|components\/MapView|node_modules\/(d3-|topojson)|china-map/u.test(file)),
    ).toEqual([]);
  }, 60_000);
});
