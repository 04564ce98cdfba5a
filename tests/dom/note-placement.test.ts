// @vitest-environment happy-dom
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Detector } from '../../lib/core/detection/detect';
import type { Note } from '../../lib/core/notes/note';
import { anchorForMention, createMentionAnchorer } from '../../lib/dom/anchor-mention';
import { annotatePage, type PageAnnotation } from '../../lib/dom/annotate-page';
import { placeNotes } from '../../lib/dom/note-placement';
import { buildTextIndex } from '../../lib/dom/text-index';
import { sampleNote } from '../support/notes';
import { parsePage, readFixturePage, shippedDetector, stubHighlightApi } from './support/dom-helpers';

const PAGE = 'https://news.example.cn/hongqiao.html';

let detector: Detector;
beforeAll(() => {
  detector = shippedDetector();
});
beforeEach(() => {
  stubHighlightApi();
  document.body.innerHTML = parsePage(readFixturePage('hongqiao-yrd-cooperation.zh-Hans.html')).body.innerHTML;
});
afterEach(() => vi.unstubAllGlobals());

/** A note saved on the `nth` mention named `name`, anchored as the card anchors it. */
function noteOn(annotation: PageAnnotation, name: string, nth: number, id: string): Note {
  const placed = annotation.locator.mentions.filter((p) => p.range.toString() === name)[nth]!;
  return sampleNote({
    id,
    entityId: placed.entity.id,
    entityType: placed.entity.type,
    entityName: placed.entity.name,
    url: `${PAGE}#read`,
    quote: name,
    anchor: anchorForMention(buildTextIndex(annotation.root), placed),
  });
}

function place(notes: Note[]) {
  const annotation = annotatePage(document, detector);
  const { mentions } = annotation.locator;
  return {
    annotation,
    placement: placeNotes(createMentionAnchorer(buildTextIndex(annotation.root), mentions), mentions, notes, PAGE),
  };
}

describe('placeNotes', () => {
  it('re-attaches each note of the article to its own mention, and marks only those', () => {
    const first = annotatePage(document, detector);
    const notes = [noteOn(first, '闵师林', 1, 'min-2'), noteOn(first, '裘东耀', 0, 'qiu')];
    const { placement } = place(notes);
    const min = placement.places.get('min-2');
    expect(min?.kind).toBe('attached');
    if (min?.kind !== 'attached') return;
    expect(min.at.range.startContainer.parentElement?.textContent).toContain('要求运营单位');
    expect([...placement.noted].map((p) => p.range.toString()).sort()).toEqual(['裘东耀', '闵师林']);
    expect(placement.orphans).toEqual([]);
  });

  it('keeps a note whose sentence was removed as an orphan, never on another mention', () => {
    const first = annotatePage(document, detector);
    const note = noteOn(first, '闵师林', 1, 'min-2');
    [...document.querySelectorAll('p')].find((p) => p.textContent!.includes('要求运营单位'))!.remove();
    const { annotation, placement } = place([note]);
    expect(annotation.locator.mentions.some((p) => p.entity.id === note.entityId)).toBe(true);
    expect(placement.places.get('min-2')).toEqual({ kind: 'orphan' });
    expect(placement.orphans).toEqual([note]);
    expect(placement.noted.size).toBe(0);
  });

  it('marks every mention of an entity that has a note on the entity itself', () => {
    const first = annotatePage(document, detector);
    const qiu = first.locator.mentions.find((p) => p.range.toString() === '裘东耀')!;
    const entityNote = sampleNote({
      id: 'about',
      entityId: qiu.entity.id,
      url: 'https://elsewhere.cn/1',
      anchor: null,
    });
    const { annotation, placement } = place([entityNote]);
    expect(placement.places.get('about')).toEqual({ kind: 'entity' });
    expect(placement.noted.size).toBe(annotation.locator.mentionsOf(qiu.entity.id).length);
  });

  it('leaves notes anchored on other articles alone', () => {
    const first = annotatePage(document, detector);
    const other = { ...noteOn(first, '闵师林', 0, 'other'), url: 'https://other.example.cn/a' };
    const { placement } = place([other]);
    expect(placement.places.get('other')).toEqual({ kind: 'elsewhere' });
    expect(placement.noted.size).toBe(0);
  });
});
