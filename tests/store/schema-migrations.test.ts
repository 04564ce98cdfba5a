import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { parseReaderLayer, type Correction, type ReaderEntity } from '../../lib/core/reader-layer';
import { DistrictLensDatabase, SCHEMAS } from '../../lib/store/database';
import { ReaderLayerService } from '../../lib/store/reader-layer-service';
import { migrateToCurrent } from '../../lib/store/schema/migrate-to-current';
import type { DatabaseV2 } from '../../lib/store/schema/migrate-v1-to-v2';
import { migrateV2ToV3, type DatabaseV3 } from '../../lib/store/schema/migrate-v2-to-v3';
import { migrateV3ToV4, type DatabaseV4 } from '../../lib/store/schema/migrate-v3-to-v4';
import { migrateV4ToV5 } from '../../lib/store/schema/migrate-v4-to-v5';

interface DatabaseFixture {
  version: number;
  schema: Record<string, string>;
  tables: Record<string, Record<string, unknown>[]>;
}

const fixture = (version: number) =>
  JSON.parse(
    readFileSync(new URL(`../fixtures/databases/v${version}.json`, import.meta.url), 'utf8'),
  ) as DatabaseFixture;

const v2Tables = () => fixture(2).tables as unknown as DatabaseV2;

describe('migrateV2ToV3', () => {
  it('keeps every row of the version 2 tables and adds an empty reader layer', () => {
    const v2 = v2Tables();
    expect(migrateV2ToV3(v2)).toEqual({ ...v2, readerEntities: [], corrections: [] });
  });

  it('does not change its input and answers fresh lists', () => {
    const input = v2Tables();
    const copy = structuredClone(input);
    const output = migrateV2ToV3(input);
    expect(input).toEqual(copy);
    expect(output.notes).not.toBe(input.notes);
    output.notes.pop();
    expect(input).toEqual(copy);
  });

  it('is chained after the version 1 migration: a version 1 database reaches version 3', () => {
    const current = migrateToCurrent(1, fixture(1).tables);
    expect(Object.keys(current).sort()).toEqual(Object.keys(SCHEMAS[5]).sort());
    expect(current.notes).toHaveLength(fixture(1).tables.notes!.length);
    expect(current.readerEntities).toEqual([]);
    expect(current.corrections).toEqual([]);
    expect(migrateToCurrent(3, fixture(3).tables)).toEqual(fixture(3).tables);
    expect(migrateToCurrent(4, fixture(4).tables)).toEqual(fixture(5).tables);
    expect(migrateToCurrent(5, fixture(5).tables)).toEqual(fixture(5).tables);
    expect(() => migrateToCurrent(6, {})).toThrow('Unknown notes database version 6.');
  });
});

describe('the version 3 schema', () => {
  const opened: Dexie[] = [];
  afterEach(async () => {
    for (const db of opened.splice(0)) {
      db.close();
      await Dexie.delete(db.name);
    }
  });

  async function createReleased(name: string, version: number): Promise<DatabaseFixture> {
    const data = fixture(version);
    const old = new Dexie(name);
    old.version(data.version).stores(data.schema);
    await old.open();
    await old.transaction('rw', old.tables, async () => {
      for (const [table, rows] of Object.entries(data.tables)) await old.table(table).bulkAdd(rows);
    });
    old.close();
    return data;
  }

  it('holds a valid reader layer in its fixture, which the service reads back', async () => {
    const data = await createReleased('v3-fixture-layer', 3);
    const layer = {
      entities: data.tables.readerEntities as unknown as ReaderEntity[],
      corrections: data.tables.corrections as unknown as Correction[],
    };
    expect(parseReaderLayer(layer)).toEqual({ ok: true, layer });
    expect(new Set(layer.corrections.map((c) => c.kind))).toEqual(
      new Set(['not-here', 'never', 'change-type', 'same-as']),
    );
    const db = new DistrictLensDatabase('v3-fixture-layer');
    opened.push(db);
    const exported = await new ReaderLayerService(db).exportLayer();
    expect(exported.entities).toEqual(layer.entities);
    expect([...exported.corrections].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      [...layer.corrections].sort((a, b) => a.id.localeCompare(b.id)),
    );
  });

  it('indexes the reader’s entities by alias and the corrections by kind and entity', async () => {
    await createReleased('v3-indexes', 3);
    const db = new DistrictLensDatabase('v3-indexes');
    opened.push(db);
    expect((await db.readerEntities.where('aliases').equals('苏宿园区').toArray()).map((e) => e.name)).toEqual([
      '苏宿工业园区',
    ]);
    expect(await db.corrections.where('kind').equals('never').count()).toBe(2);
    expect(await db.corrections.where('entityId').equals('platform:jd').count()).toBe(1);
  });

  it('upgrades a version 2 database into one where the reader can add entities and corrections at once', async () => {
    const v2 = await createReleased('v2-then-layer', 2);
    const db = new DistrictLensDatabase('v2-then-layer');
    opened.push(db);
    const service = new ReaderLayerService(db);
    expect(await service.getLayer()).toEqual({ entities: [], corrections: [] });
    const entity = await service.addEntity({ type: 'platform', name: '苏宿工业园区', aliases: [], description: '' });
    await service.addCorrection({ kind: 'never', surface: '东方' });
    expect((await service.getLayer()).entities).toEqual([entity]);
    expect(await db.notes.count()).toBe(v2.tables.notes!.length);
  });
});

describe('migrateV3ToV4', () => {
  const v3Tables = () => fixture(3).tables as unknown as DatabaseV3;

  it('keeps every row; articles read before have no date and no events, never a guessed one', () => {
    const v3 = v3Tables();
    const v4 = migrateV3ToV4(v3);
    expect(v4).toEqual(v3);
    expect(v4.articles.every((a) => a.date === undefined && a.events === undefined)).toBe(true);
  });

  it('drops a stray date a version 3 row should not hold, so the date index sees only real dates', () => {
    const v3 = v3Tables();
    const stray = { ...v3.articles[0]!, date: 'yesterday' };
    expect(migrateV3ToV4({ ...v3, articles: [stray] }).articles[0]).toEqual(v3.articles[0]);
  });

  it('does not change its input and answers fresh lists', () => {
    const input = v3Tables();
    const copy = structuredClone(input);
    const output = migrateV3ToV4(input);
    expect(input).toEqual(copy);
    expect(output.articles).not.toBe(input.articles);
  });
});

describe('migrateV4ToV5', () => {
  const v4Tables = () => fixture(4).tables as unknown as DatabaseV4;

  it('lists, on each article with events, the entities taking part in them, each once; nothing else changes', () => {
    const v4 = v4Tables();
    const v5 = migrateV4ToV5(v4);
    expect({ ...v5, articles: v5.articles.map(({ eventEntityIds: _ids, ...a }) => a) }).toEqual(v4);
    expect(v5.articles.map((a) => a.eventEntityIds)).toEqual([['platform:hongqiao-cbd', 'city:330200']]);
    expect(v5).toEqual(fixture(5).tables);
  });

  it('gives an article without events no list, and drops a stale one', () => {
    const [article] = v4Tables().articles;
    const { events: _events, ...bare } = article!;
    const stale = { ...bare, eventEntityIds: ['city:330200'] };
    expect(migrateV4ToV5({ ...v4Tables(), articles: [stale, { ...bare, events: [] }] }).articles).toEqual([
      bare,
      { ...bare, events: [] },
    ]);
  });

  it('does not change its input and answers fresh lists', () => {
    const input = v4Tables();
    const copy = structuredClone(input);
    const output = migrateV4ToV5(input);
    expect(input).toEqual(copy);
    expect(output.articles).not.toBe(input.articles);
  });
});
