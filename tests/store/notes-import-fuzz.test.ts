import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Note } from '../../lib/core/notes/note';
import { createNotesExport, serializeNotesExport } from '../../lib/core/notes-format';
import { DistrictLensDatabase } from '../../lib/store/database';
import { NotesService } from '../../lib/store/notes-service';
import { handleStoreMessage } from '../../lib/store/store-handler';

// Hostile files through the whole store path (the message handler, the service, Dexie): whatever
// the file, the importer answers, and the database is either exactly as before (refused) or
// before plus the notes it reported (accepted) — never half a file, never a polluted prototype.

const stored = (n: number): Note => ({
  id: `stored-${n}`,
  entityId: 'official:裘东耀',
  entityType: 'official',
  entityName: '裘东耀',
  body: `已存笔记 ${n}`,
  tags: ['宁波'],
  url: 'http://127.0.0.1/article.html',
  pageTitle: '上海虹桥商务区与长三角城市启动全面合作',
  quote: '裘东耀',
  anchor: null,
  createdAt: '2026-11-20T08:00:00.000Z',
  updatedAt: '2026-11-20T08:00:00.000Z',
});

const incoming = (n: number): Note => ({
  ...stored(n),
  id: `incoming-${n}`,
  body: `导入笔记 ${n}`,
  anchor: {
    exact: '闵师林',
    prefix: '常务副主任',
    suffix: '表示',
    position: { start: 40, end: 43 },
    sentence: '虹桥商务区管委会常务副主任闵师林表示。',
  },
});

const VALID = serializeNotesExport(
  createNotesExport([incoming(1), incoming(2), stored(1)], new Date('2026-11-26T00:00:00.000Z')),
);

/** A path to some value inside the parsed file, chosen by `pick`. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [prefix, ...keys.flatMap((k) => pathsOf((value as Record<string | number, unknown>)[k], [...prefix, k]))];
}

/** The valid export with one value somewhere replaced, removed or given a `__proto__` key. */
const mutatedFile = fc
  .record({
    pick: fc.nat(),
    how: fc.constantFrom('replace', 'remove', 'proto', 'duplicate-id'),
    value: fc.anything({ maxDepth: 2 }),
  })
  .map(({ pick, how, value }) => {
    const data = JSON.parse(VALID) as Record<string, unknown>;
    const paths = pathsOf(data).filter((p) => p.length > 0);
    const path = paths[pick % paths.length]!;
    const parent = path
      .slice(0, -1)
      .reduce<Record<string | number, unknown>>((at, key) => at[key] as Record<string | number, unknown>, data);
    const key = path.at(-1)!;
    if (how === 'replace') parent[key] = value;
    else if (how === 'remove') delete parent[key];
    else if (how === 'duplicate-id') (data.notes as Note[])[1]!.id = (data.notes as Note[])[0]!.id;
    else return JSON.stringify(data).replace('{', '{"__proto__":{"polluted":"yes"},');
    return JSON.stringify(data);
  });

const truncatedFile = fc.nat().map((cut) => VALID.slice(0, cut % VALID.length));
const randomText = fc.oneof(
  fc.string(),
  fc.json(),
  fc.jsonValue().map((v) => JSON.stringify(v)),
);

let db: DistrictLensDatabase;
let service: NotesService;

beforeAll(async () => {
  db = new DistrictLensDatabase(`import-fuzz-${crypto.randomUUID()}`);
  service = new NotesService(db);
});

afterAll(async () => {
  await db.delete();
});

async function snapshot() {
  return {
    notes: await db.notes.toArray(),
    articles: await db.articles.toArray(),
    entities: await db.entities.toArray(),
    sightings: await db.sightings.toArray(),
  };
}

describe('importing hostile files through the store', () => {
  it('answers every file, and writes either nothing or exactly the notes it reports', async () => {
    const outcomes = { accepted: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(fc.oneof(mutatedFile, truncatedFile, randomText), fc.boolean(), async (text, replace) => {
        await db.notes.clear();
        await db.articles.clear();
        await db.entities.clear();
        await db.sightings.clear();
        await service.saveNote(stored(1), 'stored-1');
        const before = await snapshot();

        const reply = await handleStoreMessage(service, {
          type: 'notes:import',
          text,
          replaceChanged: replace,
          dryRun: false,
        });
        if (!reply) throw new Error('the store did not answer an import');
        const after = await snapshot();
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        outcomes[reply.ok ? 'accepted' : 'refused']++;
        if (!reply.ok) {
          expect(reply.error).toMatch(/\S/u);
          expect(after).toEqual(before);
          return;
        }
        const summary = reply.value as { added: number; changed: number };
        const replaced = replace ? summary.changed : 0;
        expect(after.notes.length).toBe(before.notes.length + summary.added);
        for (const note of after.notes) {
          expect(Object.getPrototypeOf(note)).toBe(Object.prototype);
          expect(Object.keys(note)).not.toContain('__proto__');
        }
        const changedNow = after.notes.filter((n) => {
          const old = before.notes.find((b) => b.id === n.id);
          return old !== undefined && JSON.stringify(old) !== JSON.stringify(n);
        });
        expect(changedNow.length).toBe(replaced);
      }),
      { numRuns: 300 },
    );
    // Both outcomes were exercised (mutations that keep the file valid are accepted).
    expect(outcomes.accepted).toBeGreaterThan(10);
    expect(outcomes.refused).toBeGreaterThan(10);
  }, 120_000);

  it('refuses a file that repeats a note id with a sentence, writing nothing', async () => {
    await db.notes.clear();
    const data = JSON.parse(VALID) as { notes: Note[] };
    data.notes[1]!.id = data.notes[0]!.id;
    const reply = await handleStoreMessage(service, {
      type: 'notes:import',
      text: JSON.stringify(data),
      replaceChanged: false,
      dryRun: false,
    });
    expect(reply).toEqual({ ok: false, error: expect.stringContaining('have the same id “incoming-1”') });
    expect(await db.notes.count()).toBe(0);
  });
});
