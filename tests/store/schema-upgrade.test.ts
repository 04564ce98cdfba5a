import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, DistrictLensDatabase, SCHEMAS } from '../../lib/store/database';
import { migrateToCurrent } from '../../lib/store/schema/migrate-to-current';

interface DatabaseFixture {
  version: number;
  schema: Record<string, string>;
  tables: Record<string, Record<string, unknown>[]>;
}

const FIXTURE_DIR = new URL('../fixtures/databases/', import.meta.url);
const fixtures = readdirSync(FIXTURE_DIR)
  .filter((name) => /^v\d+\.json$/u.test(name))
  .map((name) => ({ name, ...(JSON.parse(readFileSync(new URL(name, FIXTURE_DIR), 'utf8')) as DatabaseFixture) }));

const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

/** Writes the fixture with exactly the schema of its version, as that release would have. */
async function createReleasedDatabase(name: string, fixture: DatabaseFixture): Promise<void> {
  const old = new Dexie(name);
  old.version(fixture.version).stores(fixture.schema);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(rows);
  });
  old.close();
}

/** Every table's rows, sorted by their JSON so the comparison ignores key order of the store. */
async function dump(db: Dexie): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) {
    out[table.name] = (await table.toArray()).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  }
  return out;
}

describe('database schema upgrades', () => {
  it('has a fixture database for every released schema version', () => {
    const versions = fixtures.map((f) => f.version).sort();
    expect(versions).toEqual(Object.keys(SCHEMAS).map(Number));
    for (const fixture of fixtures) expect(fixture.schema).toEqual(SCHEMAS[fixture.version as keyof typeof SCHEMAS]);
  });

  for (const fixture of fixtures) {
    it(`opens a version ${fixture.version} database (${fixture.name}) and upgrades it without losing anything`, async () => {
      const name = `upgrade-${fixture.name}`;
      await createReleasedDatabase(name, fixture);
      const db = new DistrictLensDatabase(name);
      opened.push(db);
      await db.open();
      expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);

      const expected = migrateToCurrent(fixture.version, fixture.tables);
      const actual = await dump(db);
      const sorted = (rows: unknown[]) => [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
      for (const [table, rows] of Object.entries(expected)) expect(actual[table], table).toEqual(sorted(rows));

      // No field of an old note is lost or changed: every field it had is there with its value.
      const notes = new Map((await db.notes.toArray()).map((n) => [n.id, n as unknown as Record<string, unknown>]));
      for (const old of fixture.tables.notes ?? []) {
        const upgraded = notes.get(old.id as string);
        expect(upgraded, `note ${String(old.id)}`).toBeDefined();
        for (const [key, value] of Object.entries(old))
          expect(upgraded![key], `${String(old.id)}.${key}`).toEqual(value);
      }
    });
  }

  it('upgrades a version 1 database into notes that the library and the card can use', async () => {
    const v1 = fixtures.find((f) => f.version === 1)!;
    await createReleasedDatabase('upgrade-usable', v1);
    const db = new DistrictLensDatabase('upgrade-usable');
    opened.push(db);
    const ningbo = await db.notes.where('entityId').equals('city:330200').toArray();
    expect(ningbo.map((n) => [n.tags, n.anchor])).toEqual([
      [[], null],
      [[], null],
    ]);
    // One article per page without #fragment, titled by its notes; both places where 宁波 was met.
    expect((await db.articles.toArray()).map((a) => [a.url, a.site, a.title]).sort()).toEqual([
      ['http://127.0.0.1:5174/sample-article.html', '127.0.0.1', '上海虹桥商务区与长三角城市启动全面合作'],
      ['https://news.example.hk/zh-hant/2026/11/article.html', 'news.example.hk', '虹橋商務區合作'],
    ]);
    expect(await db.sightings.where('entityId').equals('city:330200').count()).toBe(2);
    expect(await db.notes.where('tags').equals('x').count()).toBe(0);
  });

  it('is not blocked by an old version left open in another tab: the old connection steps aside', async () => {
    const v1 = fixtures.find((f) => f.version === 1)!;
    const name = 'upgrade-while-open-elsewhere';
    await createReleasedDatabase(name, v1);
    // "Another tab" of the previous release, still holding its connection.
    const elsewhere = new Dexie(name);
    elsewhere.version(1).stores(v1.schema);
    await elsewhere.open();
    let blocked = false;
    const db = new DistrictLensDatabase(name);
    db.on('blocked', () => {
      blocked = true;
    });
    opened.push(db);
    await db.open();
    expect(blocked).toBe(false);
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(elsewhere.isOpen()).toBe(false);
    expect(await db.notes.count()).toBe(v1.tables.notes!.length);
  });
});
