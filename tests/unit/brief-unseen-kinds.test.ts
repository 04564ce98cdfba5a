import { describe, expect, it } from 'vitest';
import { findEvents, type ArticleEvent } from '../../lib/core/brief';
import { createDetector } from '../../lib/core/detection';
import { normalizeForMatching } from '../../lib/core/normalize';
import { SHIPPED_KNOWLEDGE_BASE } from '../support/knowledge-base';

// Kinds of error the first events reading on the real pages (tests/real-pages/events-gold.json)
// showed, each tested on sentences written here, apart from those pages.
const detector = createDetector(SHIPPED_KNOWLEDGE_BASE);

/** The events of `text` as `kind date parties(role)`. */
function brief(text: string, articleDate?: string): string[] {
  return findEvents(normalizeForMatching(text), detector.detect(text), articleDate).map(describeEvent);
}

function describeEvent(e: ArticleEvent): string {
  return `${e.kind} ${e.date ?? '-'} ${e.parties.map((p) => `${p.name}(${p.role})`).join(' ')}`;
}

describe('visits', () => {
  it('reads 考察团 and 调研组 as the group that visits, not as the visit: its going word tells it', () => {
    expect(brief('市政协主席王建国率调研组赴苏州工业园区开展调研。')).toEqual([
      'visit - 王建国(visitor) 苏州工业园区(visited)',
    ]);
    expect(brief('宁波市长汤飞帆会见了台商考察团一行。')).toEqual(['meeting - 汤飞帆(speaker)']);
  });
});

describe('meetings', () => {
  it('reads 会见, 会谈 and 会晤 as people meeting, with no other word of meeting in the sentence', () => {
    expect(brief('宁波市长汤飞帆会见了台商代表。')).toEqual(['meeting - 汤飞帆(speaker)']);
    // 座谈 may be a gathering only listed: it still needs someone acting.
    expect(brief('宁波市长汤飞帆提出多开展座谈和讨论。')).toEqual([]);
  });
});
