// The map file's text: compact JSON with one point row per line, so a diff shows which places moved.

import type { MapDataFile } from '../../lib/core/map';

/** The file's text: the head and the topology on their own lines, then a line per point row. */
export function serializeMapData(file: MapDataFile): string {
  const { points, ...head } = file;
  const headText = JSON.stringify({ ...head, points: [] });
  const rows = points.map((row) => JSON.stringify(row)).join(',\n');
  return `${headText.slice(0, -3)}[\n${rows}\n]}\n`;
}
