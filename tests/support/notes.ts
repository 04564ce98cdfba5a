import { describeQuote, type QuoteAnchor } from '../../lib/core/notes/anchoring';
import type { Note, NoteV1 } from '../../lib/core/notes/note';

/**
 * A note on 宁波市 from the sample article, with `overrides` applied: the format tests' common
 * input. No tags and no anchor unless overridden (a note on the entity itself).
 */
export function sampleNote(overrides: Partial<Note> = {}): Note {
  return {
    id: 'n1',
    entityId: 'city:330200',
    entityType: 'city',
    entityName: '宁波市',
    body: '与虹桥商务区签订合作协议',
    tags: [],
    url: 'https://example.com/news/1',
    pageTitle: '上海虹桥商务区与长三角城市启动全面合作',
    quote: '宁波',
    anchor: null,
    createdAt: '2026-01-02T03:04:05.000Z',
    updatedAt: '2026-01-02T03:04:05.000Z',
    ...overrides,
  };
}

/** The sample note as a JSON layout 1 file held it: no tags, no anchor. */
export function sampleNoteV1(overrides: Partial<NoteV1> = {}): NoteV1 {
  const { tags: _tags, anchor: _anchor, ...v1 } = sampleNote();
  return { ...v1, ...overrides };
}

/** A paragraph of the sample article: 裘东耀 stands at offsets 9–12 of its first sentence. */
export const ANCHOR_TEXT = '座谈会上，宁波市长裘东耀指出，要深化与虹桥商务区的合作。会后双方签署协议。';

/**
 * The anchor of 裘东耀 in {@link ANCHOR_TEXT}, as `describeQuote` makes it when a reader writes a
 * note on that mention: exact `裘东耀`, prefix `座谈会上，宁波市长`, the suffix up to the end of the
 * paragraph, the first sentence, position 9–12.
 */
export function sampleAnchor(): QuoteAnchor {
  return describeQuote(ANCHOR_TEXT, 9, 12);
}

/** A note on the official 裘东耀, anchored to his mention and tagged, with `overrides` applied. */
export function anchoredNote(overrides: Partial<Note> = {}): Note {
  return sampleNote({
    id: 'n-anchored',
    entityId: 'official:裘东耀',
    entityType: 'official',
    entityName: '裘东耀',
    body: '宁波市长谈与虹桥的合作',
    tags: ['招商', '长三角'],
    quote: '裘东耀',
    anchor: sampleAnchor(),
    ...overrides,
  });
}
