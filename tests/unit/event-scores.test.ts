import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The article brief's quality on the gold events (tests/fixtures/events/gold.json), scored the way
// `node scripts/score-events.mjs` scores it: no speed or rule change may lose an article's date or
// an event a reader saw right before. The floors are this build's counts (2026-12-06: dates 78/78,
// kind + parties + date 331 of 359 gold events found, 21 found that are wrong), so a change that
// finds more passes and one that finds fewer, or more wrong ones, fails; raise them when it improves.
const root = fileURLToPath(new URL('../..', import.meta.url));

describe('event scores on the gold articles', () => {
  it('keeps every article date and at least the events found today', { timeout: 120_000 }, () => {
    const run = spawnSync(
      process.execPath,
      ['scripts/score-events.mjs', '--min-recall', '0.85', '--min-precision', '0.9'],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    expect(run.status, run.stderr).toBe(0);
    const dates = /article dates right: (\d+)\/(\d+)/u.exec(run.stdout);
    expect(dates).not.toBeNull();
    expect(Number(dates![1])).toBe(Number(dates![2]));
    const full = /kind\+parties\+date\s+recall=[\d.]+ \((\d+)\/(\d+)\) precision=[\d.]+ \((\d+)\/(\d+)\)/u.exec(
      run.stdout,
    );
    expect(full).not.toBeNull();
    const [hit, gold, , found] = full!.slice(1).map(Number) as [number, number, number, number];
    expect(gold).toBeGreaterThanOrEqual(359);
    expect(hit).toBeGreaterThanOrEqual(331);
    expect(found - hit).toBeLessThanOrEqual(21);
  });
});
