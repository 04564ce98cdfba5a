// @vitest-environment happy-dom
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Detector } from '../../lib/core/detection/detect';
import type { DetectedEntity, EntityType } from '../../lib/core/entity/entity';
import {
  anchorForMention,
  anchorMention,
  createMentionAnchorer,
  rangeOffsets,
  type AnchoredMention,
} from '../../lib/dom/anchor-mention';
import { annotatePage } from '../../lib/dom/annotate-page';
import { LazyPlacedMention } from '../../lib/dom/lazy-placed-mention';
import type { PlacedMention } from '../../lib/dom/mention-locator';
import { PageAnnotator, type PageAnnotation } from '../../lib/dom/page-annotator';
import { buildTextIndex, type TextIndex } from '../../lib/dom/text-index';
import {
  manualTimers,
  mutationsDelivered,
  parsePage,
  readFixturePage,
  shippedDetector,
  stubHighlightApi,
} from './support/dom-helpers';

// ── a small document with hand-placed mentions ─────────────────────────────────────────────────

const ARTICLE = `
<article id="story">
  <h1>虹桥商务区与长三角城市启动全面合作</h1>
  <p id="signing">5月28日，虹桥商务区管委会与<b>宁波</b>签订合作协议，这是继嘉兴之后又一个节点城市。</p>
  <p id="forum">座谈会上，宁波市长裘东耀指出：对接大虹桥，为宁波经济发展探索新的增长点。常务副主任闵师林表示将共同办好进博会。</p>
  <p id="followup">日前，管委会还专题研究中心推进事宜。闵师林要求运营单位要抓紧项目推进，确保6月底完工。</p>
</article>`;

const ENTITIES: Record<string, [id: string, type: EntityType]> = {
  宁波: ['kb:city:宁波', 'city'],
  宁波市: ['kb:city:宁波', 'city'],
  嘉兴: ['kb:city:嘉兴', 'city'],
  裘东耀: ['official:裘东耀', 'official'],
  闵师林: ['official:闵师林', 'official'],
};

/** Places every occurrence of the names in `names` as a mention, the way the annotator would. */
function placeAll(index: TextIndex, names: readonly string[]): PlacedMention[] {
  const placed: PlacedMention[] = [];
  for (const name of names) {
    const [id, type] = ENTITIES[name]!;
    const entity: DetectedEntity = {
      id,
      type,
      name: name.slice(0, 2),
      roles: [],
      mentions: [],
      evidence: { kind: 'knowledge-base' },
    };
    for (let at = index.text.indexOf(name); at !== -1; at = index.text.indexOf(name, at + 1)) {
      const mention = { start: at, end: at + name.length };
      const range = index.rangeFor(mention);
      if (range) placed.push({ entity, mention, range });
    }
  }
  return placed.sort((a, b) => a.mention.start - b.mention.start);
}

function article(): Element {
  return document.querySelector('#story')!;
}

function paragraphOf(found: AnchoredMention | null): string | undefined {
  return found?.range.startContainer.parentElement?.closest('p, h1')?.id;
}

function read(names: readonly string[] = ['宁波', '嘉兴', '裘东耀', '闵师林']) {
  const index = buildTextIndex(article());
  return { index, placed: placeAll(index, names) };
}

describe('anchor-mention on a small document', () => {
  beforeEach(() => {
    document.body.innerHTML = ARTICLE;
  });

  it('describes the mention a note is saved on, in the text of the whole article', () => {
    const { index, placed } = read();
    const minInForum = placed.find((p) => p.entity.id === 'official:闵师林')!;
    const anchor = anchorForMention(index, minInForum)!;
    expect(anchor.exact).toBe('闵师林');
    expect(anchor.prefix.endsWith('常务副主任')).toBe(true);
    expect(anchor.suffix.startsWith('表示将共同办好进博会。')).toBe(true);
    expect(anchor.sentence).toBe('常务副主任闵师林表示将共同办好进博会。');
    expect(index.text.slice(anchor.position.start, anchor.position.end)).toBe('闵师林');
    // A plain range works too, and gives the same anchor.
    expect(anchorForMention(index, minInForum.range)).toEqual(anchor);
  });

  it('maps a range to text offsets, and gives null for a range outside the index', () => {
    const { index, placed } = read();
    const ningbo = placed[0]!;
    expect(rangeOffsets(index, ningbo.range)).toEqual(ningbo.mention);
    const outside = document.createElement('p');
    outside.textContent = '宁波';
    document.body.append(outside);
    const range = document.createRange();
    range.setStart(outside.firstChild!, 0);
    range.setEnd(outside.firstChild!, 2);
    expect(rangeOffsets(index, range)).toBeNull();
    expect(anchorForMention(index, range)).toBeNull();
  });

  it('re-attaches to the same mention after ads are inserted and paragraphs reordered', () => {
    const before = read();
    const signing = before.placed.find((p) => p.range.startContainer.parentElement?.closest('#signing'))!;
    const followup = before.placed.filter((p) => p.entity.id === 'official:闵师林')[1]!;
    const notes = [anchorForMention(before.index, signing)!, anchorForMention(before.index, followup)!];

    // The page changes: an ad before every paragraph (naming the same people and places), and
    // the follow-up paragraph moves to the top.
    for (const p of article().querySelectorAll('p')) {
      p.insertAdjacentHTML('beforebegin', '<div class="ad">广告：宁波楼盘特惠，闵师林同款办公室出租</div>');
    }
    article().querySelector('h1')!.after(document.querySelector('#followup')!);

    const after = read();
    const anchorer = createMentionAnchorer(after.index, after.placed);
    const ningbo = anchorer.anchor(notes[0]!, { entityId: 'kb:city:宁波' });
    expect(ningbo?.placed?.entity.id).toBe('kb:city:宁波');
    expect(ningbo?.range.toString()).toBe('宁波');
    expect(paragraphOf(ningbo)).toBe('signing');
    const min = anchorer.anchor(notes[1]!, { entityId: 'official:闵师林' });
    expect(min?.placed?.range.toString()).toBe('闵师林');
    expect(paragraphOf(min)).toBe('followup');
    expect(min!.score).toBeGreaterThan(0.6);
  });

  it('leaves the note an orphan when its sentence is gone, though the name is still on the page', () => {
    const before = read();
    const followup = before.placed.filter((p) => p.entity.id === 'official:闵师林')[1]!;
    const anchor = anchorForMention(before.index, followup)!;
    document.querySelector('#followup')!.remove();
    const after = read();
    expect(after.placed.some((p) => p.entity.id === 'official:闵师林')).toBe(true);
    expect(anchorMention(after.index, after.placed, anchor, { entityId: 'official:闵师林' })).toBeNull();
  });

  it('never hands the note to a mention of another entity', () => {
    const { index, placed } = read();
    const forumNingbo = placed.filter((p) => p.entity.id === 'kb:city:宁波')[1]!;
    const anchor = anchorForMention(index, forumNingbo)!;
    // Found, but the only mention there belongs to another entity: no mention, a range still.
    const found = anchorMention(index, placed, anchor, { entityId: 'kb:city:杭州' });
    expect(found?.placed).toBeNull();
    expect(found?.range.toString()).toBe('宁波');
    // Nothing highlighted there at all: the same.
    const bare = anchorMention(index, [], anchor);
    expect(bare?.placed).toBeNull();
    expect(bare?.start).toBe(forumNingbo.mention.start);
  });

  it("accepts a longer mention of the note's own entity over the quote, but only with the entity given", () => {
    const before = read();
    const forumNingbo = before.placed.filter((p) => p.entity.id === 'kb:city:宁波')[1]!; // 宁波市长
    const anchor = anchorForMention(before.index, forumNingbo)!;
    // The detector now marks 宁波市 (same entity) where the note quoted 宁波.
    const after = read(['宁波市', '嘉兴', '裘东耀', '闵师林']);
    const withEntity = anchorMention(after.index, after.placed, anchor, { entityId: 'kb:city:宁波' });
    expect(withEntity?.placed?.range.toString()).toBe('宁波市');
    expect(anchorMention(after.index, after.placed, anchor)?.placed).toBeNull();
  });

  it('re-attaches among mentions placed from the same text index without making their ranges', () => {
    const before = read();
    const anchor = anchorForMention(before.index, before.placed.at(-1)!)!; // the second 闵师林
    const index = buildTextIndex(article());
    // As the annotator places them: a Range only on first use (painting, the card, a note).
    const lazy = placeAll(index, ['宁波', '嘉兴', '裘东耀', '闵师林']).map(
      (p) => new LazyPlacedMention(p.entity, p.mention, index.boundsFor(p.mention)!, index),
    );
    const made = vi.spyOn(LazyPlacedMention.prototype, 'range', 'get');
    const anchorer = createMentionAnchorer(index, lazy);
    expect(made).not.toHaveBeenCalled();
    const found = anchorer.anchor(anchor, { entityId: 'official:闵师林' });
    expect(found?.placed).toBe(lazy.at(-1));
    expect(anchorer.describe(lazy.at(-1)!)).toEqual(anchor);
    expect(made).toHaveBeenCalledTimes(1); // the found mention's range, for the note's marker
    made.mockRestore();
  });

  it('anchors several notes with one anchorer, an orphan among them', () => {
    const before = read();
    const anchors = before.placed.map((p) => anchorForMention(before.index, p)!);
    document.querySelector('#forum')!.remove();
    const after = read();
    const anchorer = createMentionAnchorer(after.index, after.placed);
    const found = anchors.map((a) => anchorer.anchor(a)?.placed?.range.toString() ?? null);
    expect(found).toEqual(
      before.placed.map((p) => (p.range.startContainer.parentElement?.closest('#forum') ? null : p.range.toString())),
    );
    expect(anchorer.describe(after.placed[0]!)).toEqual(anchorForMention(after.index, after.placed[0]!));
  });
});

// ── the sample article, annotated by the real detector ─────────────────────────────────────────

describe('anchor-mention on the sample article', () => {
  let detector: Detector;
  let annotator: PageAnnotator | undefined;

  beforeAll(() => {
    detector = shippedDetector();
  });

  beforeEach(() => {
    stubHighlightApi();
    document.body.innerHTML = '';
  });

  afterEach(() => {
    annotator?.stop();
    annotator = undefined;
    vi.unstubAllGlobals();
  });

  function load(name: string): void {
    document.body.innerHTML = parsePage(readFixturePage(name)).body.innerHTML;
  }

  /** The anchor of the second 闵师林 (…闵师林要求运营单位…), as the card would save it. */
  function saveNoteOnSecondMin(annotation: PageAnnotation) {
    const index = buildTextIndex(annotation.root);
    const placed = annotation.locator.mentions.filter((p) => p.entity.name === '闵师林')[1]!;
    return { anchor: anchorForMention(index, placed)!, entityId: placed.entity.id };
  }

  function reattach(annotation: PageAnnotation, note: ReturnType<typeof saveNoteOnSecondMin>) {
    return anchorMention(buildTextIndex(annotation.root), annotation.locator.mentions, note.anchor, {
      entityId: note.entityId,
    });
  }

  it('re-attaches on a revisit after the page put ads into the article and reordered it', () => {
    load('hongqiao-yrd-cooperation.zh-Hans.html');
    const note = saveNoteOnSecondMin(annotatePage(document, detector));
    expect(note.anchor.sentence).toBe(
      '闵师林要求运营单位要抓紧项目推进,确保6月底完工,9月底正式投入使用,并初步形成示范效应。',
    );

    const story = document.querySelector('#story')!;
    const paragraphs = [...story.querySelectorAll('p')];
    for (const p of paragraphs) p.insertAdjacentHTML('beforebegin', '<div class="ad">推荐：闵师林调研虹桥商务区</div>');
    for (const p of paragraphs.reverse()) story.append(p);

    const found = reattach(annotatePage(document, detector), note);
    expect(found?.placed?.entity.id).toBe(note.entityId);
    expect(found?.range.toString()).toBe('闵师林');
    expect(found?.range.startContainer.parentElement?.textContent).toContain('要求运营单位');
  });

  it('re-attaches in the traditional, pinyin-annotated mirror of the article', () => {
    load('hongqiao-yrd-cooperation.zh-Hans.html');
    const note = saveNoteOnSecondMin(annotatePage(document, detector));
    load('hongqiao-yrd-cooperation.zh-Hant-pinyin.html');
    const found = reattach(annotatePage(document, detector), note);
    expect(found?.placed?.entity.id).toBe(note.entityId);
    expect(found?.range.toString()).toBe('閔師林');
    expect(found?.range.startContainer.parentElement?.textContent).toContain('閔師林要求運(yùn)營單位');
  });

  it('shows the note as an orphan when the quoted paragraph is removed', () => {
    load('hongqiao-yrd-cooperation.zh-Hans.html');
    const note = saveNoteOnSecondMin(annotatePage(document, detector));
    [...document.querySelectorAll('#story p')].find((p) => p.textContent!.includes('要求运营单位'))!.remove();
    const annotation = annotatePage(document, detector);
    expect(annotation.locator.mentions.some((p) => p.entity.id === note.entityId)).toBe(true);
    expect(reattach(annotation, note)).toBeNull();
  });

  it('works with mentions from the chunks a PageAnnotator reads as the page grows', async () => {
    load('hongqiao-yrd-cooperation.zh-Hans.html');
    const timers = manualTimers();
    let annotation: PageAnnotation | undefined;
    annotator = new PageAnnotator(document, detector, { scope: 'article', timers, onChange: (a) => (annotation = a) });
    annotator.start();
    const added = document.createElement('p');
    added.textContent = '另据报道，宁波市长裘东耀当天还前往进博会现场考察。';
    document.querySelector('#story')!.append(added);
    await mutationsDelivered();
    timers.runAll();

    const qiu = annotation!.locator.mentions.filter((p) => p.entity.name === '裘东耀').at(-1)!;
    expect(added.contains(qiu.range.startContainer)).toBe(true);
    const index = buildTextIndex(annotation!.root);
    const anchor = anchorForMention(index, qiu)!;
    expect(anchor.sentence).toBe('另据报道，宁波市长裘东耀当天还前往进博会现场考察。');
    const found = anchorMention(index, annotation!.locator.mentions, anchor, { entityId: qiu.entity.id });
    expect(found?.placed).toBe(qiu);
  });
});
