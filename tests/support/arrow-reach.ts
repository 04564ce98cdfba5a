import { nextMarkerIndex } from '../../lib/core/map';

/**
 * The markers the arrow keys reach from marker `from`, moving from each marker reached in every
 * direction (nextMarkerIndex over drawn positions): all of them when the keyboard reaches every one.
 */
export function reachedByArrows(positions: readonly (readonly [number, number])[], from = 0): Set<number> {
  const reached = new Set([from]);
  const queue = [from];
  while (queue.length > 0) {
    const at = queue.shift()!;
    for (const key of ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'] as const) {
      const to = nextMarkerIndex(positions, at, key);
      if (!reached.has(to)) {
        reached.add(to);
        queue.push(to);
      }
    }
  }
  return reached;
}
