import { describe, expect, it } from 'vitest';
import { nextMarkerIndex } from '../../lib/core/map';
import { reachedByArrows } from '../support/arrow-reach';

// Screen positions: y grows downwards.
const positions: [number, number][] = [
  [100, 100], // 0: the start
  [160, 102], // 1: straight east
  [130, 70], // 2: north-east, nearer but off the axis
  [100, 40], // 3: north
  [40, 100], // 4: west
  [100, 100], // 5: on the same spot as 0 (a platform on its city)
];

describe('nextMarkerIndex (arrow keys between markers)', () => {
  it('moves to the nearest marker that way, preferring one on the axis', () => {
    const apart = positions.slice(0, 5);
    expect(nextMarkerIndex(apart, 0, 'ArrowRight')).toBe(1);
    expect(nextMarkerIndex(apart, 0, 'ArrowUp')).toBe(3);
    expect(nextMarkerIndex(apart, 0, 'ArrowLeft')).toBe(4);
  });

  it('reaches a marker on the same spot before anything farther, and comes back', () => {
    expect(nextMarkerIndex(positions, 0, 'ArrowDown')).toBe(5);
    expect(nextMarkerIndex(positions, 0, 'ArrowRight')).toBe(5);
    expect(nextMarkerIndex(positions, 5, 'ArrowUp')).toBe(0);
    expect(nextMarkerIndex(positions, 5, 'ArrowRight')).toBe(1);
  });

  it('stays put when nothing lies that way', () => {
    expect(nextMarkerIndex(positions, 1, 'ArrowRight')).toBe(1);
    expect(nextMarkerIndex([[0, 0]], 0, 'ArrowLeft')).toBe(0);
  });

  it('reaches every marker of a grid from the first with arrows alone', () => {
    const grid: [number, number][] = [];
    for (let x = 0; x < 4; x++) for (let y = 0; y < 3; y++) grid.push([x * 10, y * 10]);
    expect(reachedByArrows(grid).size).toBe(grid.length);
  });
});
