import madge from 'madge';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../..', import.meta.url).pathname;

/** Every file (npm packages included) the entry at `entry` bundles: its imports, type-only ones left out. */
async function filesOf(entry: string): Promise<string[]> {
  const graph = await madge(`${ROOT}${entry}`, {
    baseDir: ROOT,
    fileExtensions: ['ts', 'tsx'],
    tsConfig: `${ROOT}tsconfig.json`,
    includeNpm: true,
    detectiveOptions: { ts: { skipTypeImports: true }, tsx: { skipTypeImports: true } },
  });
  return Object.keys(graph.obj());
}

describe('the content scripts and the map (#16), the UI split (#14)', () => {
  it('draws a picture the background projected, and imports nothing that loads or projects the map', async () => {
    const files = [
      ...(await filesOf('entrypoints/content/index.ts')),
      ...(await filesOf('entrypoints/page-ui.content/index.ts')),
    ];
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

  it('keeps the UI out of the main content script: no component, Preact, floating-ui or messages before the first highlight', async () => {
    const files = await filesOf('entrypoints/content/index.ts');
    expect(files).toEqual(expect.arrayContaining(['lib/dom/page-annotator.ts', 'entrypoints/content/page-ui.ts']));
    expect(
      files.filter((file) => /^components\/|node_modules\/(preact|@floating-ui)|messages\.json|\.tsx$/u.test(file)),
    ).toEqual([]);
  }, 60_000);
});
