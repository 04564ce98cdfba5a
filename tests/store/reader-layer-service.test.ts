import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  MAX_READER_ALIASES,
  MAX_READER_DESCRIPTION_LENGTH,
  MAX_READER_ENTITIES,
  MAX_READER_NAME_LENGTH,
  parseReaderLayer,
  type Correction,
  type ReaderEntity,
  type ReaderLayer,
} from '../../lib/core/reader-layer';
import { DistrictLensDatabase } from '../../lib/store/database';
import type { NewCorrection, NewReaderEntity } from '../../lib/store/reader-layer-protocol';
import { ReaderLayerService } from '../../lib/store/reader-layer-service';

const ARTICLE = 'https://news.example.cn/2026/hongqiao.html';

/** A clock that starts on 2026-12-01 08:00 UTC and moves one minute forward on every call. */
function steppingClock(): () => Date {
  let next = Date.UTC(2026, 11, 1, 8, 0, 0);
  return () => {
    const now = new Date(next);
    next += 60_000;
    return now;
  };
}

/** `t(0)` is the clock's first answer, `t(1)` the second… */
const t = (minutes: number) => new Date(Date.UTC(2026, 11, 1, 8, minutes, 0)).toISOString();

function countingIds(): () => string {
  let n = 0;
  return () => `id-${++n}`;
}

const suxu = (overrides: Partial<NewReaderEntity> = {}): NewReaderEntity => ({
  type: 'platform',
  name: '苏宿工业园区',
  aliases: ['苏宿园区'],
  description: '苏州与宿迁合作共建。',
  ...overrides,
});

const notHere: NewCorrection = {
  kind: 'not-here',
  entityId: 'city:469007',
  surface: '东方',
  url: ARTICLE,
  prefix: '航线，',
  suffix: '明珠塔下',
};

let db: DistrictLensDatabase;
let service: ReaderLayerService;
let changes: number;

beforeEach(() => {
  db = new DistrictLensDatabase(`test-${crypto.randomUUID()}`);
  service = new ReaderLayerService(db, steppingClock(), countingIds());
  changes = 0;
  service.onLayerChanged(() => changes++);
});

afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

async function stored(): Promise<{ entities: ReaderEntity[]; corrections: Correction[] }> {
  return { entities: await db.readerEntities.toArray(), corrections: await db.corrections.toArray() };
}

describe('ReaderLayerService.addEntity', () => {
  it('stores the entity tidied, with a reader id and both times now, and tells the listeners', async () => {
    const entity = await service.addEntity(
      suxu({ name: ' 苏宿工业园区 ', aliases: ['苏宿园区', '蘇宿園區', '  ', ' 苏宿  合作园 ', '苏宿工业园区'] }),
    );
    expect(entity).toEqual({
      id: 'reader:id-1',
      type: 'platform',
      name: '苏宿工业园区',
      aliases: ['苏宿园区', '苏宿 合作园'],
      description: '苏州与宿迁合作共建。',
      createdAt: t(0),
      updatedAt: t(0),
    });
    expect(await stored()).toEqual({ entities: [entity], corrections: [] });
    expect(changes).toBe(1);
  });

  it('is idempotent with a saveId: the same save twice stores one entity and answers it both times', async () => {
    const saveId = '0f8e7d6c-5b4a-4392-8a1b-0c9d8e7f6a5b';
    const first = await service.addEntity(suxu(), saveId);
    expect(first.id).toBe(`reader:${saveId}`);
    const again = await service.addEntity(suxu({ description: 'sent again' }), saveId);
    expect(again).toEqual(first);
    expect((await stored()).entities).toEqual([first]);
    expect(changes).toBe(1);
  });

  it.each([
    ['too short', 'short'],
    ['with spaces', 'has spaces in it'],
    ['a path', '../../etc/passwd'],
    ['too long', 'x'.repeat(65)],
    ['starting with a dash (no reader id)', '-abcdefgh'],
  ])('refuses a saveId %s', async (_label, saveId) => {
    await expect(service.addEntity(suxu(), saveId)).rejects.toThrow('The save id is not valid.');
    expect(await stored()).toEqual({ entities: [], corrections: [] });
  });

  it.each([
    ['an empty name', suxu({ name: '  ' }), 'An entity needs a name.'],
    [
      'a name over the limit',
      suxu({ name: '区'.repeat(MAX_READER_NAME_LENGTH + 1) }),
      `The entity cannot be saved: the name (name) must be at most ${MAX_READER_NAME_LENGTH} characters long; it has ${MAX_READER_NAME_LENGTH + 1}.`,
    ],
    [
      'an alias over the limit',
      suxu({ aliases: ['苏宿', '区'.repeat(MAX_READER_NAME_LENGTH + 1)] }),
      `The entity cannot be saved: item 2 of the alias list (aliases) must be at most ${MAX_READER_NAME_LENGTH} characters long; it has ${MAX_READER_NAME_LENGTH + 1}.`,
    ],
    [
      'too many aliases',
      suxu({ aliases: Array.from({ length: MAX_READER_ALIASES + 1 }, (_, i) => `园区${i}`) }),
      `The entity cannot be saved: the alias list (aliases) must hold at most ${MAX_READER_ALIASES} aliases; it has ${MAX_READER_ALIASES + 1}.`,
    ],
    [
      'a description over the limit',
      suxu({ description: '字'.repeat(MAX_READER_DESCRIPTION_LENGTH + 1) }),
      'The entity cannot be saved: the description (description) must be at most 2,000 characters long; it has 2,001.',
    ],
    [
      'a name that can never appear on a page',
      suxu({ name: '\u200b' }),
      'The entity cannot be saved: the name (name) must hold text that can appear on a page.',
    ],
    [
      'a broken character',
      suxu({ name: '苏宿\ud800' }),
      'The entity cannot be saved: the name (name) must not contain a broken character (an unpaired surrogate).',
    ],
  ])('refuses %s with a sentence and writes nothing', async (_label, draft, error) => {
    await expect(service.addEntity(draft)).rejects.toThrow(error);
    expect(await stored()).toEqual({ entities: [], corrections: [] });
    expect(changes).toBe(0);
  });

  it('refuses a name or alias another entity of the reader already has, naming that entity', async () => {
    const first = await service.addEntity(suxu());
    await expect(service.addEntity(suxu({ name: '苏宿合作园', aliases: ['苏宿园区'] }))).rejects.toThrow(
      '“苏宿园区” is already a name of your entity “苏宿工业园区”.',
    );
    // Traditional and simplified are the same name.
    await expect(service.addEntity(suxu({ name: '蘇宿工業園區', aliases: [] }))).rejects.toThrow(
      '“蘇宿工業園區” is already a name of your entity “苏宿工业园区”.',
    );
    await expect(service.addEntity(suxu({ name: '蘇宿園區', aliases: [] }))).rejects.toThrow(
      '“蘇宿園區” is already a name of your entity “苏宿工业园区”.',
    );
    expect((await stored()).entities).toEqual([first]);
    expect(changes).toBe(1);
  });

  it('refuses a name that is already a same-as alias', async () => {
    await service.addCorrection({ kind: 'same-as', alias: '中新合作区', targetId: 'platform:sip' });
    await expect(service.addEntity(suxu({ name: '中新合作区', aliases: [] }))).rejects.toThrow(
      '“中新合作区” is already marked as the same as “platform:sip”.',
    );
  });

  it('refuses a new entity when the layer holds the most entities it may', async () => {
    await db.readerEntities.bulkAdd(
      Array.from({ length: MAX_READER_ENTITIES }, (_, i) => ({
        id: `reader:bulk-${i}`,
        type: 'platform' as const,
        name: `园区${i}`,
        aliases: [],
        description: '',
        createdAt: t(0),
        updatedAt: t(0),
      })),
    );
    await expect(service.addEntity(suxu())).rejects.toThrow(
      'You already have 10,000 entities of your own, the most District Lens keeps; delete some first.',
    );
    expect(await db.readerEntities.count()).toBe(MAX_READER_ENTITIES);
  });
});

describe('ReaderLayerService.updateEntity', () => {
  it('changes the fields given, tidied, and moves updatedAt; id and createdAt stay', async () => {
    const entity = await service.addEntity(suxu());
    const updated = await service.updateEntity(entity.id, { type: 'city', aliases: [' 苏宿 ', '苏宿'] });
    expect(updated).toEqual({ ...entity, type: 'city', aliases: ['苏宿'], updatedAt: t(1) });
    expect((await stored()).entities).toEqual([updated]);
    const renamed = await service.updateEntity(entity.id, { name: '苏宿园区', description: '' });
    // The alias that repeats the new name is dropped.
    expect(renamed).toEqual({ ...updated, name: '苏宿园区', description: '', updatedAt: t(2) });
    expect(changes).toBe(3);
  });

  it('lets an entity keep its own names and take a same-as alias of its own', async () => {
    const entity = await service.addEntity(suxu());
    await service.addCorrection({ kind: 'same-as', alias: '苏宿合作园', targetId: entity.id });
    const updated = await service.updateEntity(entity.id, { aliases: ['苏宿园区', '苏宿合作园'] });
    expect(updated.aliases).toEqual(['苏宿园区', '苏宿合作园']);
  });

  it('refuses another entity’s name, bad fields and an entity that does not exist, changing nothing', async () => {
    const suxuEntity = await service.addEntity(suxu());
    const other = await service.addEntity({ type: 'platform', name: '前滩太古里', aliases: [], description: '' });
    await expect(service.updateEntity(other.id, { aliases: ['苏宿园区'] })).rejects.toThrow(
      '“苏宿园区” is already a name of your entity “苏宿工业园区”.',
    );
    await expect(service.updateEntity(other.id, { name: '' })).rejects.toThrow('An entity needs a name.');
    await expect(service.updateEntity(other.id, { name: '区'.repeat(65) })).rejects.toThrow(
      'The entity cannot be changed: the name (name) must be at most 64 characters long; it has 65.',
    );
    await expect(service.updateEntity('reader:missing', { name: '新名' })).rejects.toThrow(
      'That entity no longer exists; it may have been deleted in another tab.',
    );
    expect(await service.getLayer()).toEqual({ entities: [other, suxuEntity], corrections: [] });
    expect(changes).toBe(2);
  });
});

describe('ReaderLayerService.deleteEntity and restoreEntity', () => {
  it('deletes an entity, keeps the corrections that name it, and restores it exactly', async () => {
    const entity = await service.addEntity(suxu());
    const edited = await service.updateEntity(entity.id, { description: '改过' });
    const alias = await service.addCorrection({ kind: 'same-as', alias: '苏宿合作园', targetId: entity.id });
    expect(await service.deleteEntity(entity.id)).toEqual(edited);
    expect(await stored()).toEqual({ entities: [], corrections: [alias] });
    await expect(service.deleteEntity(entity.id)).rejects.toThrow(/no longer exists/);
    expect(await service.restoreEntity(edited)).toEqual(edited);
    expect(await service.getLayer()).toEqual({ entities: [edited], corrections: [alias] });
    expect(changes).toBe(5);
  });

  it('never overwrites an entity that is already there, nor restores one that breaks the rules', async () => {
    const entity = await service.addEntity(suxu());
    await expect(service.restoreEntity({ ...entity, name: 'forged' })).rejects.toThrow(
      'That entity is already in your entities.',
    );
    await expect(service.restoreEntity({ ...entity, id: 'reader:other', name: ' 未整理 ' })).rejects.toThrow(
      /^The entity cannot be restored: the name \(name\) must not start or end with white space/,
    );
    await expect(service.restoreEntity({ ...entity, id: 'reader:copy' })).rejects.toThrow(
      '“苏宿工业园区” is already a name of your entity “苏宿工业园区”.',
    );
    expect((await stored()).entities).toEqual([entity]);
  });
});

describe('ReaderLayerService.addCorrection', () => {
  it('stores every kind whole: id, creation time and only the fields of its kind, in export order', async () => {
    const a = await service.addCorrection({ ...notHere, extra: 'dropped' } as NewCorrection);
    const b = await service.addCorrection({ kind: 'never', surface: '东方' });
    const c = await service.addCorrection({ kind: 'never', surface: '朝阳', entityId: 'city:110105' });
    const d = await service.addCorrection({ kind: 'change-type', entityId: 'platform:jd', type: 'person' });
    const e = await service.addCorrection({ kind: 'same-as', alias: ' 中新  合作区 ', targetId: 'platform:sip' });
    expect([a, b, c, d, e]).toEqual([
      { id: 'id-1', createdAt: t(0), ...notHere },
      { kind: 'never', id: 'id-2', createdAt: t(1), surface: '东方' },
      { kind: 'never', id: 'id-3', createdAt: t(2), surface: '朝阳', entityId: 'city:110105' },
      { kind: 'change-type', id: 'id-4', createdAt: t(3), entityId: 'platform:jd', type: 'person' },
      { kind: 'same-as', id: 'id-5', createdAt: t(4), alias: '中新 合作区', targetId: 'platform:sip' },
    ]);
    expect(Object.keys(a)).toEqual(['kind', 'id', 'createdAt', 'entityId', 'surface', 'url', 'prefix', 'suffix']);
    expect(a).not.toHaveProperty('extra');
    expect((await service.getLayer()).corrections).toEqual([e, d, c, b, a]);
    expect(changes).toBe(5);
  });

  it.each([
    [
      'a page address with a fragment',
      { ...notHere, url: `${ARTICLE}#p3` },
      'The correction cannot be saved: the page address (url) must be the article’s address without a #fragment.',
    ],
    [
      'a page address that is not a web address',
      { ...notHere, url: 'file:///etc/passwd' },
      'The correction cannot be saved: the page address (url) must be a web address starting with http:// or https://, not the text “file:///etc/passwd”.',
    ],
    [
      'an empty never',
      { kind: 'never', surface: ' ' },
      'The correction cannot be saved: the highlighted text (surface) must not be empty.',
    ],
    [
      'an unknown type',
      { kind: 'change-type', entityId: 'platform:jd', type: 'shop' },
      'The correction cannot be saved: the new type (type) must be one of official, person, city, platform, region, not the text “shop”.',
    ],
    [
      'an empty entity id',
      { kind: 'change-type', entityId: '', type: 'city' },
      'The correction cannot be saved: the entity id (entityId) must not be empty.',
    ],
    [
      'a same-as alias over the limit',
      { kind: 'same-as', alias: '区'.repeat(65), targetId: 'platform:sip' },
      'The correction cannot be saved: the alias (alias) must be at most 64 characters long; it has 65.',
    ],
  ])('refuses %s with a sentence and writes nothing', async (_label, draft, error) => {
    await expect(service.addCorrection(draft as NewCorrection)).rejects.toThrow(error);
    expect(await stored()).toEqual({ entities: [], corrections: [] });
    expect(changes).toBe(0);
  });

  it('refuses a never that is already there, traditional or simplified, for the same entity or none', async () => {
    const everywhere = await service.addCorrection({ kind: 'never', surface: '东方' });
    const forOne = await service.addCorrection({ kind: 'never', surface: '东方', entityId: 'city:469007' });
    await expect(service.addCorrection({ kind: 'never', surface: '東方' })).rejects.toThrow(
      '“東方” is already never highlighted.',
    );
    await expect(service.addCorrection({ kind: 'never', surface: '東方', entityId: 'city:469007' })).rejects.toThrow(
      '“東方” is already never highlighted as this entity.',
    );
    expect((await stored()).corrections).toEqual([everywhere, forOne]);
  });

  it('refuses a same-as alias that already means something, naming what', async () => {
    const entity = await service.addEntity(suxu());
    const alias = await service.addCorrection({ kind: 'same-as', alias: '中新合作区', targetId: 'platform:sip' });
    await expect(
      service.addCorrection({ kind: 'same-as', alias: '中新合作區', targetId: 'platform:other' }),
    ).rejects.toThrow('“中新合作區” is already marked as the same as “platform:sip”.');
    await expect(
      service.addCorrection({ kind: 'same-as', alias: '苏宿园区', targetId: 'platform:sip' }),
    ).rejects.toThrow('“苏宿园区” is already a name of your entity “苏宿工业园区”.');
    expect(await stored()).toEqual({ entities: [entity], corrections: [alias] });
  });

  it('replaces the entity’s earlier change-type in the same transaction', async () => {
    const other = await service.addCorrection({ kind: 'change-type', entityId: 'city:330200', type: 'region' });
    await service.addCorrection({ kind: 'change-type', entityId: 'platform:jd', type: 'person' });
    const latest = await service.addCorrection({ kind: 'change-type', entityId: 'platform:jd', type: 'city' });
    expect((await service.getLayer()).corrections).toEqual([latest, other]);
    expect(changes).toBe(3);
  });

  it('keeps the earlier change-type when saving the new one fails', async () => {
    const earlier = await service.addCorrection({ kind: 'change-type', entityId: 'platform:jd', type: 'person' });
    vi.spyOn(db.corrections, 'add').mockRejectedValue(
      Object.assign(new Error('quota'), { name: 'QuotaExceededError' }),
    );
    await expect(service.addCorrection({ kind: 'change-type', entityId: 'platform:jd', type: 'city' })).rejects.toThrow(
      'quota',
    );
    vi.restoreAllMocks();
    expect((await stored()).corrections).toEqual([earlier]);
    expect(changes).toBe(1);
  });

  it('answers the stored not-here for a mention that already has one, writing nothing', async () => {
    const first = await service.addCorrection(notHere);
    expect(await service.addCorrection({ ...notHere })).toEqual(first);
    const elsewhere = await service.addCorrection({ ...notHere, suffix: '另一处' });
    expect(elsewhere.id).not.toBe(first.id);
    expect((await stored()).corrections).toEqual([first, elsewhere]);
    expect(changes).toBe(2);
  });

  it('is idempotent with a saveId, and refuses a malformed one', async () => {
    const saveId = '1a2b3c4d-0000-4000-8000-000000000001';
    const first = await service.addCorrection({ kind: 'never', surface: '东方' }, saveId);
    expect(first.id).toBe(saveId);
    expect(await service.addCorrection({ kind: 'never', surface: '东方' }, saveId)).toEqual(first);
    await expect(service.addCorrection({ kind: 'never', surface: '西方' }, 'no!')).rejects.toThrow(
      'The save id is not valid.',
    );
    expect((await stored()).corrections).toEqual([first]);
    expect(changes).toBe(1);
  });
});

describe('ReaderLayerService.deleteCorrection and restoreCorrection', () => {
  it('deletes a correction and restores it exactly', async () => {
    const never = await service.addCorrection({ kind: 'never', surface: '东方' });
    expect(await service.deleteCorrection(never.id)).toEqual(never);
    expect((await stored()).corrections).toEqual([]);
    await expect(service.deleteCorrection(never.id)).rejects.toThrow(
      'That correction no longer exists; it may have been deleted in another tab.',
    );
    expect(await service.restoreCorrection(never)).toEqual(never);
    expect((await stored()).corrections).toEqual([never]);
    expect(changes).toBe(3);
  });

  it('undoes a change of type: the restored one replaces the current one', async () => {
    const person = await service.addCorrection({ kind: 'change-type', entityId: 'platform:jd', type: 'person' });
    const city = await service.addCorrection({ kind: 'change-type', entityId: 'platform:jd', type: 'city' });
    expect(await service.restoreCorrection(person)).toEqual(person);
    expect((await stored()).corrections).toEqual([person]);
    expect(await service.deleteCorrection(person.id)).toEqual(person);
    expect(await service.restoreCorrection(city)).toEqual(city);
    expect((await stored()).corrections).toEqual([city]);
  });

  it('never overwrites a correction that is there, nor restores a malformed or duplicate one', async () => {
    const never = await service.addCorrection({ kind: 'never', surface: '东方' });
    await expect(service.restoreCorrection({ ...never, surface: '西方' } as Correction)).rejects.toThrow(
      'That correction is already in your corrections.',
    );
    await expect(service.restoreCorrection({ ...never, id: 'other', createdAt: 'yesterday' })).rejects.toThrow(
      'The correction cannot be restored: the creation time (createdAt) must be a UTC time such as 2026-01-02T03:04:05.000Z, not the text “yesterday”.',
    );
    await expect(service.restoreCorrection({ ...never, id: 'other' })).rejects.toThrow(
      '“东方” is already never highlighted.',
    );
    expect((await stored()).corrections).toEqual([never]);
  });
});

describe('ReaderLayerService.getLayer', () => {
  it('answers entities by name and corrections newest first', async () => {
    const b = await service.addEntity({ type: 'city', name: '嘉兴', aliases: [], description: '' });
    const a = await service.addEntity({ type: 'platform', name: '前滩太古里', aliases: [], description: '' });
    const c = await service.addEntity({ type: 'person', name: 'Zhang San', aliases: [], description: '' });
    const first = await service.addCorrection({ kind: 'never', surface: '东方' });
    const second = await service.addCorrection(notHere);
    // Code-point order: Latin before Han, 前 (U+524D) before 嘉 (U+5609).
    expect(await service.getLayer()).toEqual({ entities: [c, a, b], corrections: [second, first] });
  });

  it('answers an empty layer for a fresh database, and reading tells no listener', async () => {
    expect(await service.getLayer()).toEqual({ entities: [], corrections: [] });
    expect(await service.exportLayer()).toEqual({ entities: [], corrections: [] });
    expect(changes).toBe(0);
  });
});

describe('a layer written through the service', () => {
  it('round-trips through parseReaderLayer unchanged, as JSON too', async () => {
    const entity = await service.addEntity(suxu({ aliases: ['苏宿园区', '蘇宿 合作園'] }));
    await service.addEntity({ type: 'official', name: '闵师林', aliases: [], description: '' });
    await service.updateEntity(entity.id, { description: '  苏州与宿迁合作共建。 ' });
    await service.addCorrection(notHere);
    await service.addCorrection({ kind: 'never', surface: '东方' });
    await service.addCorrection({ kind: 'never', surface: '朝阳', entityId: 'city:110105' });
    await service.addCorrection({ kind: 'change-type', entityId: 'platform:jd', type: 'person' });
    await service.addCorrection({ kind: 'same-as', alias: '苏宿合作区', targetId: entity.id });
    for (const layer of [await service.getLayer(), await service.exportLayer()]) {
      expect(parseReaderLayer(layer)).toEqual({ ok: true, layer });
      const json = JSON.stringify(layer);
      const parsed = parseReaderLayer(JSON.parse(json));
      expect(parsed.ok && JSON.stringify(parsed.layer)).toBe(json);
    }
  });
});

describe('ReaderLayerService.importLayer', () => {
  const T = '2026-01-02T03:04:05.000Z';
  const entity = (fields: Partial<ReaderEntity> = {}): ReaderEntity => ({
    id: 'reader:a',
    type: 'platform',
    name: '苏宿工业园区',
    aliases: ['苏宿园区'],
    description: '',
    createdAt: T,
    updatedAt: T,
    ...fields,
  });
  const file: ReaderLayer = {
    entities: [
      entity(),
      entity({ id: 'reader:b', name: '前滩太古里', aliases: [], createdAt: '2026-01-01T00:00:00.000Z' }),
    ],
    corrections: [
      { kind: 'never', id: 'c1', createdAt: T, surface: '东方' },
      { kind: 'change-type', id: 'c2', createdAt: T, entityId: 'platform:jd', type: 'person' },
      { kind: 'same-as', id: 'c3', createdAt: T, alias: '中新合作区', targetId: 'platform:sip' },
      { id: 'c4', createdAt: T, ...notHere } as Correction,
    ],
  };

  it('adds a whole layer in one write and exports it again unchanged', async () => {
    expect(await service.importLayer(file, { dryRun: false })).toEqual({
      entities: { added: 2, duplicates: 0, changed: 0 },
      corrections: { added: 4, duplicates: 0, changed: 0 },
      replaceChanged: false,
    });
    expect(changes).toBe(1);
    const exported = await service.exportLayer();
    expect(exported).toEqual({ entities: [file.entities[1], file.entities[0]], corrections: file.corrections });

    // Into a fresh profile and out again: the same export.
    const fresh = new DistrictLensDatabase(`test-${crypto.randomUUID()}`);
    try {
      const other = new ReaderLayerService(fresh);
      await other.importLayer(exported, { dryRun: false });
      expect(JSON.stringify(await other.exportLayer())).toBe(JSON.stringify(exported));
    } finally {
      await fresh.delete();
    }

    // The same file again: all duplicates, nothing written.
    expect(await service.importLayer(file, { dryRun: false })).toEqual({
      entities: { added: 0, duplicates: 2, changed: 0 },
      corrections: { added: 0, duplicates: 4, changed: 0 },
      replaceChanged: false,
    });
    expect(changes).toBe(1);
  });

  it('previews with dryRun without writing', async () => {
    expect(await service.importLayer(file, { dryRun: true })).toMatchObject({
      entities: { added: 2, duplicates: 0, changed: 0 },
      corrections: { added: 4, duplicates: 0, changed: 0 },
    });
    expect(await stored()).toEqual({ entities: [], corrections: [] });
    expect(changes).toBe(0);
  });

  it('counts a rule already stored under another id as a duplicate, and a changed one as changed', async () => {
    const never = await service.addCorrection({ kind: 'never', surface: '東方' });
    const person = await service.addCorrection({ kind: 'change-type', entityId: 'platform:jd', type: 'city' });
    const edited = await service.addEntity(suxu({ aliases: [] }), 'aaaaaaaa');
    const incoming: ReaderLayer = {
      entities: [entity({ id: edited.id, aliases: ['苏宿园区'] })],
      corrections: file.corrections,
    };
    const keep = await service.importLayer(incoming, { dryRun: false });
    expect(keep).toEqual({
      entities: { added: 0, duplicates: 0, changed: 1 },
      corrections: { added: 2, duplicates: 1, changed: 1 },
      replaceChanged: false,
    });
    const afterKeep = await stored();
    expect(afterKeep.entities).toEqual([edited]);
    expect(afterKeep.corrections.map((c) => c.id).sort()).toEqual(['c3', 'c4', never.id, person.id].sort());

    const replace = await service.importLayer(incoming, { dryRun: false, replaceChanged: true });
    expect(replace).toMatchObject({ entities: { changed: 1 }, corrections: { added: 0, duplicates: 3, changed: 1 } });
    const afterReplace = await stored();
    expect(afterReplace.entities).toEqual([incoming.entities[0]]);
    // The file's change-type replaced the stored one for the same entity; the never stayed.
    expect(afterReplace.corrections.map((c) => c.id).sort()).toEqual(['c2', 'c3', 'c4', never.id].sort());
  });

  it('keeps one change-type per entity when a changed correction, matched by id, takes over another’s rule', async () => {
    await service.addCorrection({ kind: 'never', surface: '西方' }, 'cccccccc');
    await service.addCorrection({ kind: 'change-type', entityId: 'platform:jd', type: 'person' });
    const incoming: Correction = {
      kind: 'change-type',
      id: 'cccccccc',
      createdAt: T,
      entityId: 'platform:jd',
      type: 'city',
    };
    expect(
      await service.importLayer({ entities: [], corrections: [incoming] }, { dryRun: false, replaceChanged: true }),
    ).toMatchObject({ corrections: { added: 0, duplicates: 0, changed: 1 } });
    expect((await stored()).corrections).toEqual([incoming]);
  });

  it('refuses a bad layer with parseReaderLayer’s sentence, writing nothing', async () => {
    const bad = { entities: [entity({ name: '' })], corrections: [] };
    await expect(service.importLayer(bad, { dryRun: false })).rejects.toThrow(
      'Entity 1 (id “reader:a”): the name (name) must not be empty.',
    );
    expect(await stored()).toEqual({ entities: [], corrections: [] });
  });

  it('refuses an import that would take the layer over its caps', async () => {
    await db.readerEntities.bulkAdd(
      Array.from({ length: MAX_READER_ENTITIES - 1 }, (_, i) => entity({ id: `reader:bulk-${i}`, name: `园区${i}` })),
    );
    await expect(service.importLayer(file, { dryRun: true })).rejects.toThrow(
      'Importing would give you 10,001 entities of your own; District Lens keeps at most 10,000.',
    );
    expect(await db.readerEntities.count()).toBe(MAX_READER_ENTITIES - 1);
  });
});

describe('ReaderLayerService.onLayerChanged', () => {
  it('stops calling a listener once it unsubscribes, and a throwing listener does not fail the write', async () => {
    const calls: string[] = [];
    const stop = service.onLayerChanged(() => calls.push('a'));
    service.onLayerChanged(() => {
      throw new Error('listener broke');
    });
    await service.addCorrection({ kind: 'never', surface: '东方' });
    stop();
    await service.addCorrection({ kind: 'never', surface: '西方' });
    expect(calls).toEqual(['a']);
    expect(changes).toBe(2);
  });

  it('is not called for refused writes', async () => {
    await expect(service.deleteEntity('reader:none')).rejects.toThrow();
    await expect(service.deleteCorrection('none')).rejects.toThrow();
    expect(changes).toBe(0);
  });
});
