import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Correction, ReaderEntity } from '../../lib/core/reader-layer';
import { DistrictLensDatabase } from '../../lib/store/database';
import { NotesService } from '../../lib/store/notes-service';
import {
  parseCorrection,
  parseNewCorrection,
  parseNewReaderEntity,
  parseReaderEntity,
  parseReaderEntityChanges,
} from '../../lib/store/reader-layer-messages';
import { READER_LAYER_VERSION_KEY, type NewReaderEntity } from '../../lib/store/reader-layer-protocol';
import { ReaderLayerService } from '../../lib/store/reader-layer-service';
import { readerLayerVersionBumper } from '../../lib/store/reader-layer-version';
import { requestStore } from '../../lib/store/store-client';
import { handleStoreMessage } from '../../lib/store/store-handler';
import { listenForStoreMessages } from '../../lib/store/store-listener';

const ARTICLE = 'https://news.example.cn/2026/hongqiao.html';
const T0 = '2026-12-01T08:00:00.000Z';

function steppingClock(): () => Date {
  let next = Date.UTC(2026, 11, 1, 8, 0, 0);
  return () => {
    const now = new Date(next);
    next += 60_000;
    return now;
  };
}

function countingIds(): () => string {
  let n = 0;
  return () => `id-${++n}`;
}

const suxu: NewReaderEntity = { type: 'platform', name: '苏宿工业园区', aliases: ['苏宿园区'], description: '' };

let db: DistrictLensDatabase;
let notes: NotesService;
let layer: ReaderLayerService;

beforeEach(() => {
  fakeBrowser.reset();
  db = new DistrictLensDatabase(`test-${crypto.randomUUID()}`);
  notes = new NotesService(db);
  layer = new ReaderLayerService(db, steppingClock(), countingIds());
});

afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

/** Sends one message the way the background's listener hands it over. */
const send = (message: unknown) => handleStoreMessage(notes, message, {}, undefined, layer);

async function tableSizes() {
  return { readerEntities: await db.readerEntities.count(), corrections: await db.corrections.count() };
}

describe('handleStoreMessage: layer: requests', () => {
  it('answers every request of the protocol', async () => {
    const added = await send({ type: 'layer:add-entity', entity: suxu });
    expect(added).toEqual({
      ok: true,
      value: { id: 'reader:id-1', ...suxu, createdAt: T0, updatedAt: T0 },
    });
    const entity = (added as { value: ReaderEntity }).value;
    const updated = await send({ type: 'layer:update-entity', id: entity.id, changes: { description: '共建' } });
    expect(updated).toEqual({
      ok: true,
      value: { ...entity, description: '共建', updatedAt: '2026-12-01T08:01:00.000Z' },
    });
    const current = (updated as { value: ReaderEntity }).value;
    const correction = await send({ type: 'layer:add-correction', correction: { kind: 'never', surface: '东方' } });
    expect(correction).toEqual({
      ok: true,
      value: { kind: 'never', id: 'id-2', createdAt: '2026-12-01T08:02:00.000Z', surface: '东方' },
    });
    const never = (correction as { value: Correction }).value;
    expect(await send({ type: 'layer:get' })).toEqual({
      ok: true,
      value: { entities: [current], corrections: [never] },
    });
    expect(await send({ type: 'layer:delete-entity', id: entity.id })).toEqual({ ok: true, value: current });
    expect(await send({ type: 'layer:restore-entity', entity: current })).toEqual({ ok: true, value: current });
    expect(await send({ type: 'layer:delete-correction', id: never.id })).toEqual({ ok: true, value: never });
    expect(await send({ type: 'layer:restore-correction', correction: never })).toEqual({ ok: true, value: never });
    expect(await layer.getLayer()).toEqual({ entities: [current], corrections: [never] });
  });

  it('stores only the protocol’s fields, not extra ones the sender added', async () => {
    const reply = await send({
      type: 'layer:add-entity',
      entity: { ...suxu, id: 'reader:forged', createdAt: '2000-01-01T00:00:00.000Z', admin: true },
    });
    expect(reply?.ok).toBe(true);
    const [stored] = await db.readerEntities.toArray();
    expect(stored).toEqual({ id: 'reader:id-1', ...suxu, createdAt: T0, updatedAt: T0 });
    await send({
      type: 'layer:add-correction',
      correction: { kind: 'never', surface: '东方', id: 'forged', url: ARTICLE, targetId: 'x' },
    });
    expect(await db.corrections.toArray()).toEqual([
      { kind: 'never', id: 'id-2', createdAt: '2026-12-01T08:01:00.000Z', surface: '东方' },
    ]);
  });

  it('reads a missing alias list as none and a missing description as empty', async () => {
    const reply = await send({ type: 'layer:add-entity', entity: { type: 'city', name: '嘉兴' } });
    expect(reply).toMatchObject({ ok: true, value: { name: '嘉兴', aliases: [], description: '' } });
  });

  it('is idempotent with a saveId and refuses a malformed one', async () => {
    const saveId = '0f8e7d6c-5b4a-4392-8a1b-0c9d8e7f6a5b';
    const first = await send({ type: 'layer:add-entity', entity: suxu, saveId });
    expect(await send({ type: 'layer:add-entity', entity: suxu, saveId })).toEqual(first);
    for (const bad of ['', 'short', 42, 'has spaces in it']) {
      expect(
        await send({ type: 'layer:add-correction', correction: { kind: 'never', surface: '东方' }, saveId: bad }),
      ).toEqual({
        ok: false,
        error: 'The save id is not valid.',
      });
    }
    expect(await tableSizes()).toEqual({ readerEntities: 1, corrections: 0 });
  });

  it.each([
    ['layer:add-entity', {}, 'The entity is missing.'],
    ['layer:add-entity', { entity: 'text' }, 'The entity is missing.'],
    ['layer:add-entity', { entity: [suxu] }, 'The entity is missing.'],
    ['layer:add-entity', { entity: { ...suxu, name: 7 } }, "The entity's name is not text."],
    [
      'layer:add-entity',
      { entity: { ...suxu, type: 'mayor' } },
      "The entity's type must be one of official, person, city, platform, region.",
    ],
    ['layer:add-entity', { entity: { ...suxu, aliases: '苏宿' } }, "The entity's aliases are not a list of texts."],
    [
      'layer:add-entity',
      { entity: { ...suxu, aliases: ['苏宿', 3] } },
      "The entity's aliases are not a list of texts.",
    ],
    [
      'layer:add-entity',
      { entity: { ...suxu, aliases: Array.from({ length: 101 }, (_, i) => `园${i}`) } },
      'An entity can have at most 100 aliases.',
    ],
    ['layer:add-entity', { entity: { ...suxu, description: null } }, "The entity's description is not text."],
    ['layer:add-entity', { entity: { ...suxu, name: ' ' } }, 'An entity needs a name.'],
    ['layer:update-entity', { changes: { name: 'x' } }, 'The entity id is not text.'],
    ['layer:update-entity', { id: '', changes: { name: 'x' } }, 'The entity id is empty.'],
    ['layer:update-entity', { id: 'reader:a' }, 'The changes to the entity are missing.'],
    [
      'layer:update-entity',
      { id: 'reader:a', changes: { type: 'shop' } },
      "The entity's type must be one of official, person, city, platform, region.",
    ],
    [
      'layer:update-entity',
      { id: 'reader:a', changes: { name: '新' } },
      'That entity no longer exists; it may have been deleted in another tab.',
    ],
    ['layer:delete-entity', { id: 42 }, 'The entity id is not text.'],
    ['layer:restore-entity', {}, 'The entity is missing.'],
    ['layer:restore-entity', { entity: suxu }, "The entity's id is not text."],
    [
      'layer:restore-entity',
      { entity: { ...suxu, id: 'city:1', createdAt: T0, updatedAt: T0 } },
      'The entity cannot be restored: the id (id) must be “reader:” followed by up to 100 letters, digits, - or _, not the text “city:1”.',
    ],
    ['layer:add-correction', {}, 'The correction is missing.'],
    [
      'layer:add-correction',
      { correction: { kind: 'forget', surface: '东方' } },
      "The correction's kind must be one of not-here, never, change-type, same-as.",
    ],
    ['layer:add-correction', { correction: { kind: 'never' } }, "The correction's surface is not text."],
    [
      'layer:add-correction',
      { correction: { kind: 'never', surface: '东方', entityId: 3 } },
      "The correction's entityId is not text.",
    ],
    [
      'layer:add-correction',
      { correction: { kind: 'not-here', entityId: 'city:469007', surface: '东方', url: ARTICLE, prefix: '' } },
      "The correction's suffix is not text.",
    ],
    [
      'layer:add-correction',
      { correction: { kind: 'change-type', entityId: 'platform:jd', type: 'shop' } },
      "The correction's type must be one of official, person, city, platform, region.",
    ],
    [
      'layer:add-correction',
      { correction: { kind: 'same-as', alias: '苏宿' } },
      "The correction's targetId is not text.",
    ],
    [
      'layer:add-correction',
      {
        correction: {
          kind: 'not-here',
          entityId: 'city:469007',
          surface: '东方',
          url: 'javascript:alert(1)',
          prefix: '',
          suffix: '',
        },
      },
      'The correction cannot be saved: the page address (url) must be a web address starting with http:// or https://, not the text “javascript:alert(1)”.',
    ],
    ['layer:delete-correction', {}, 'The correction id is not text.'],
    ['layer:delete-correction', { id: '' }, 'The correction id is empty.'],
    [
      'layer:restore-correction',
      { correction: { kind: 'never', surface: '东方' } },
      "The correction's id is not text.",
    ],
    [
      'layer:restore-correction',
      { correction: { kind: 'never', surface: '东方', id: 'c1', createdAt: 'now' } },
      'The correction cannot be restored: the creation time (createdAt) must be a UTC time such as 2026-01-02T03:04:05.000Z, not the text “now”.',
    ],
  ])('%s refuses %j with a sentence and writes nothing', async (type, fields, error) => {
    expect(await send({ type, ...fields })).toEqual({ ok: false, error });
    expect(await tableSizes()).toEqual({ readerEntities: 0, corrections: 0 });
  });

  it('refuses layer: requests when the background has no layer service', async () => {
    expect(await handleStoreMessage(notes, { type: 'layer:get' })).toEqual({
      ok: false,
      error: 'Your own entities and corrections are not available here; reload the page and try again.',
    });
  });

  it('leaves unknown layer: messages to other listeners', async () => {
    expect(await send({ type: 'layer:drop-everything' })).toBeUndefined();
  });

  it('turns a full disk and a blocked database into sentences the reader can act on', async () => {
    vi.spyOn(layer, 'addEntity').mockRejectedValue(Object.assign(new Error('quota'), { name: 'QuotaExceededError' }));
    expect(await send({ type: 'layer:add-entity', entity: suxu })).toEqual({
      ok: false,
      error: 'The browser is out of storage space for District Lens; free some space and try again.',
    });
    vi.spyOn(layer, 'getLayer').mockRejectedValue(Object.assign(new Error('closed'), { name: 'DatabaseClosedError' }));
    const reply = await send({ type: 'layer:get' });
    expect(reply?.ok).toBe(false);
    if (reply?.ok === false) expect(reply.error).toMatch(/blocked by another tab/);
  });
});

describe('reader-layer message parsers', () => {
  it('answer fresh objects in export order, with unknown fields dropped', () => {
    const notHere = {
      suffix: '明珠塔下',
      prefix: '航线，',
      url: ARTICLE,
      surface: '东方',
      entityId: 'city:469007',
      createdAt: T0,
      id: 'c1',
      kind: 'not-here',
      extra: true,
    };
    const parsed = parseCorrection(notHere);
    expect(Object.keys(parsed)).toEqual(['kind', 'id', 'createdAt', 'entityId', 'surface', 'url', 'prefix', 'suffix']);
    expect(parseNewCorrection({ kind: 'change-type', entityId: 'x', type: 'city', surface: 's' })).toEqual({
      kind: 'change-type',
      entityId: 'x',
      type: 'city',
    });
    const aliases = ['苏宿园区'];
    const entity = parseNewReaderEntity({ ...suxu, aliases });
    expect(entity.aliases).not.toBe(aliases);
    expect(parseReaderEntityChanges({ name: '新', admin: true })).toEqual({ name: '新' });
    expect(
      Object.keys(parseReaderEntity({ updatedAt: T0, createdAt: T0, ...suxu, id: 'reader:a', admin: true })),
    ).toEqual(['id', 'type', 'name', 'aliases', 'description', 'createdAt', 'updatedAt']);
  });
});

describe('the reader’s layer through the browser runtime', () => {
  it('adds, lists, deletes and restores with requestStore, and bumps the version key on every change', async () => {
    layer.onLayerChanged(readerLayerVersionBumper(browser.storage.local));
    const versions: unknown[] = [];
    browser.storage.onChanged.addListener((changes) => versions.push(changes[READER_LAYER_VERSION_KEY]?.newValue));
    listenForStoreMessages(notes, undefined, undefined, layer);

    const entity = await requestStore('layer:add-entity', { entity: suxu });
    expect(entity).toMatchObject({ id: 'reader:id-1', name: '苏宿工业园区' });
    const never = await requestStore('layer:add-correction', { correction: { kind: 'never', surface: '东方' } });
    expect(await requestStore('layer:get', {})).toEqual({ entities: [entity], corrections: [never] });
    expect(await requestStore('layer:delete-entity', { id: entity.id })).toEqual(entity);
    expect(await requestStore('layer:restore-entity', { entity })).toEqual(entity);
    expect(await requestStore('layer:delete-correction', { id: never.id })).toEqual(never);
    await expect(requestStore('layer:delete-correction', { id: never.id }, [])).rejects.toThrow(/no longer exists/);
    await expect(requestStore('layer:add-entity', { entity: { ...suxu, name: '' } }, [])).rejects.toThrow(
      'An entity needs a name.',
    );
    // Five changes, five new versions, each greater than the one before; reads and refusals bump nothing.
    await vi.waitFor(() => expect(versions).toHaveLength(5));
    expect(versions.every((v, i) => typeof v === 'number' && (i === 0 || v > (versions[i - 1] as number)))).toBe(true);
    expect(await browser.storage.local.get(READER_LAYER_VERSION_KEY)).toEqual({
      [READER_LAYER_VERSION_KEY]: versions[4],
    });
  });

  it('still answers notes requests alongside', async () => {
    listenForStoreMessages(notes, undefined, undefined, layer);
    expect(await requestStore('notes:list', {})).toEqual([]);
    expect(await requestStore('layer:get', {})).toEqual({ entities: [], corrections: [] });
  });
});

describe('readerLayerVersionBumper', () => {
  it('writes a number that grows even within one millisecond, and drops a failed write', async () => {
    vi.spyOn(Date, 'now').mockReturnValue(42);
    const writes: unknown[] = [];
    let fail = false;
    const bump = readerLayerVersionBumper({
      set: async (items) => {
        if (fail) throw new Error('storage gone');
        writes.push(items);
      },
    });
    bump();
    bump();
    fail = true;
    expect(() => bump()).not.toThrow();
    await Promise.resolve();
    expect(writes).toEqual([{ [READER_LAYER_VERSION_KEY]: 42 }, { [READER_LAYER_VERSION_KEY]: 43 }]);
  });
});
