// The event finding reads the mentions of the sentences it looks at from buckets of raw offsets
// instead of sorting them all: what it gives each sentence must be what sorting every mention by
// start (ties in entity and mention order) and taking the sentence's gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Placed } from '../../lib/core/brief/event-parties';
import { mentionWalker } from '../../lib/core/brief/mention-walker';
import type { DetectedEntity, Mention } from '../../lib/core/entity';
import { normalizeForMatching, type NormalizedText } from '../../lib/core/normalize';

/** Pieces of raw text; pinyin after characters and spaces are dropped when normalising. */
const PIECE = fc.constantFrom('宁波', '簽約', '(qiān)', ' ', '。', '甲'.repeat(70), '\n', 'ab');

/** What sorting every mention and taking the sentence's gives (the walker's contract, written plainly). */
function expected(normalized: NormalizedText, entities: readonly DetectedEntity[], sentence: Mention): Placed[] {
  const all = entities.flatMap((entity) => entity.mentions.map((m) => ({ entity, start: m.start, end: m.end })));
  const rawFrom = normalized.toRawStart(sentence.start);
  const rawTo = normalized.toRawStart(sentence.end);
  return all
    .map((p, index) => ({ p, index }))
    .sort((a, b) => a.p.start - b.p.start || a.index - b.index)
    .filter(({ p }) => p.start >= rawFrom && p.start < rawTo)
    .map(({ p }) => {
      const start = normalized.fromRaw(p.start, sentence.start);
      return { entity: p.entity, start, end: normalized.fromRaw(p.end, start) };
    })
    .filter((p) => p.end <= sentence.end);
}

describe('the mentions of the sentences read', () => {
  it('are the sentence’s mentions of all of them sorted by start, for sentences asked in order', () => {
    fc.assert(
      fc.property(
        fc.array(PIECE, { minLength: 1, maxLength: 20 }),
        fc.array(fc.array(fc.tuple(fc.nat(), fc.nat(6)), { maxLength: 8 }), { maxLength: 5 }),
        fc.array(fc.nat(), { maxLength: 12 }),
        (pieces, entityMentions, cuts) => {
          const raw = pieces.join('');
          const normalized = normalizeForMatching(raw);
          const entities: DetectedEntity[] = entityMentions.map((mentions, e) => ({
            id: `e${e}`,
            type: 'city',
            name: `e${e}`,
            roles: [],
            evidence: { kind: 'knowledge-base' },
            mentions: mentions.map(([at, length]) => {
              const start = at % (raw.length + 1);
              return { start, end: Math.min(raw.length, start + length) };
            }),
          }));
          // Disjoint sentences in increasing order, from sorted cut points of the normalised text.
          const n = normalized.text.length;
          const points = [...new Set(cuts.map((c) => c % (n + 1)))].sort((a, b) => a - b);
          const sentences: Mention[] = [];
          for (let i = 0; i + 1 < points.length; i += 2) sentences.push({ start: points[i]!, end: points[i + 1]! });
          const walk = mentionWalker(normalized, entities);
          for (const sentence of sentences) {
            expect(walk(sentence)).toEqual(expected(normalized, entities, sentence));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
