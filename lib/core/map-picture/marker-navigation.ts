/** An arrow key a map moves its focus with. */
export type ArrowKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown';

/** Each arrow's unit direction on screen. */
const DIRECTIONS: Record<ArrowKey, readonly [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/**
 * The marker an arrow key moves to from marker `from`, given the markers' drawn positions (screen
 * coordinates: y grows downwards): the nearest marker lying in that direction, within 45° either
 * side of it; distance off the axis counts double, so ArrowRight prefers the marker straight east
 * over a nearer one to the north-east; markers on one spot are a chain in list order. `from`
 * itself when no marker lies that way.
 */
export function nextMarkerIndex(
  positions: readonly (readonly [number, number])[],
  from: number,
  key: ArrowKey,
): number {
  const origin = positions[from];
  if (!origin) return from;
  const [ax, ay] = DIRECTIONS[key];
  let best = from;
  let bestScore = Infinity;
  positions.forEach(([x, y], index) => {
    if (index === from) return;
    const dx = x - origin[0];
    const dy = y - origin[1];
    let along = dx * ax + dy * ay;
    const across = Math.abs(dx * ay - dy * ax);
    // Markers on the same spot (a platform on its city) form a chain in list order: → and ↓ go
    // to the next one, ← and ↑ to the previous, before anything farther.
    if (dx === 0 && dy === 0) {
      const forward = key === 'ArrowRight' || key === 'ArrowDown';
      if (forward !== index > from) return;
      along = Math.abs(index - from) * 1e-9;
    }
    if (along <= 0 || across > along) return;
    const score = along + 2 * across;
    if (score < bestScore) {
      bestScore = score;
      best = index;
    }
  });
  return best;
}
