import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVENT_KINDS, type StoredEvent } from '../../lib/core/brief';
import { ENTITY_TYPES } from '../../lib/core/entity/entity';
import type { ArticleRecord } from '../../lib/core/notes';
import type { Note } from '../../lib/core/notes/note';
import {
  canonicalArticle,
  createNotesExport,
  EVENT_FIELDS,
  parseNotesImport,
  PARTY_FIELDS,
  previewArticleImport,
  readExportedArticles,
  serializeNotesExport,
  type NotesImportResult,
} from '../../lib/core/notes-format';
import { sampleNote } from '../support/notes';

// Runs per property, as in notes-format-reader-layer-fuzz.test.ts.
const RUNS = 1_000;
const EXPORTED_AT = new Date('2026-11-26T23:30:00.000Z');
const LATER = new Date('2031-01-01T00:00:00.000Z');

const han = fc.constantFrom(...'虹桥商务区管委会宁波市长裘东耀签订合作协议總投資億元'.split(''));
const name = fc.oneof(
  fc.string({ unit: han, minLength: 1, maxLength: 12 }),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }),
);
const day = fc
  .date({ min: new Date('1990-01-01T00:00:00.000Z'), max: new Date('2100-12-31T00:00:00.000Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));
const role = fc.constantFrom(
  'side',
  'visitor',
  'visited',
  'speaker',
  'host',
  'opened',
  'unveiler',
  'appointee',
  'office',
) as fc.Arbitrary<StoredEvent['parties'][number]['role']>;

/** Any event the reading history may hold. */
const validEvent: fc.Arbitrary<StoredEvent> = fc.record(
  {
    kind: fc.constantFrom(...EVENT_KINDS),
    date: day,
    what: name,
    amounts: fc.array(fc.string({ unit: 'grapheme', maxLength: 12 }), { maxLength: 3 }),
    parties: fc.array(
      fc.record({
        entityId: fc.oneof(fc.stringMatching(/^[a-z]+:[0-9a-z-]{1,20}$/), name),
        name,
        type: fc.constantFrom(...ENTITY_TYPES),
        role,
      }),
      { minLength: 1, maxLength: 4 },
    ),
    sentence: fc.string({ unit: 'grapheme', maxLength: 60 }),
  },
  { requiredKeys: ['kind', 'amounts', 'parties', 'sentence'] },
);

/** Any article of the reading history with a brief, as the store keeps it. */
const validArticle: fc.Arbitrary<ArticleRecord> = fc
  .record({
    url: fc.webUrl({ withQueryParameters: true }),
    canonical: fc.option(fc.webUrl(), { nil: undefined }),
    title: fc.string({ unit: 'grapheme', maxLength: 30 }),
    date: fc.option(day, { nil: undefined }),
    events: fc.array(validEvent, { maxLength: 4 }),
  })
  .map(({ url, canonical, title, date, events }) => ({
    url,
    canonicalUrl: canonical ?? url,
    title,
    site: new URL(url).hostname,
    firstSeen: '2026-11-30T08:00:00.000Z',
    lastSeen: '2026-11-30T09:00:00.000Z',
    ...(date === undefined ? {} : { date }),
    events,
  }))
  .filter((article) => article.date !== undefined || article.events.length > 0);

const validArticles = fc.uniqueArray(validArticle, { selector: (article) => article.url, maxLength: 5 });

/** A few notes, so a file has something before the articles. */
const someNotes: fc.Arbitrary<Note[]> = fc
  .uniqueArray(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }), { maxLength: 2 })
  .map((ids) => ids.map((id) => sampleNote({ id })));

/** What every answer must look like: accepted articles are valid, fresh, plain objects in export order. */
function checkAnswer(result: NotesImportResult): void {
  if (!result.ok) {
    expect(typeof result.error).toBe('string');
    expect(result.error).toMatch(/^[A-Z].*\.$/su);
  } else {
    expect(readExportedArticles(result.articles)).toEqual({ ok: true, articles: result.articles });
    for (const article of result.articles) {
      expect(Object.getPrototypeOf(article)).toBe(Object.prototype);
      expect(Object.keys(article)).toEqual(Object.keys(canonicalArticle(article)));
      for (const event of article.events) {
        expect(Object.keys(event)).toEqual(EVENT_FIELDS.filter((field) => Object.hasOwn(event, field)));
        for (const party of event.parties) expect(Object.keys(party)).toEqual([...PARTY_FIELDS]);
      }
    }
  }
  // Nothing reached a prototype, whatever the file said.
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(Object.keys(Array.prototype)).toEqual([]);
}

const replacement = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(
    '',
    ' ',
    'signing',
    'party',
    'side',
    'guest',
    'city',
    'company',
    '2019-06-04',
    '2019-02-30',
    '2019-6-4',
    'javascript:alert(1)',
    'https://a.example/#x',
    'https://www.example.cn/news/hongqiao.html',
    'www.example.cn',
    '\uD800',
    'x'.repeat(700),
    { polluted: true },
    { kind: 'signing', amounts: [], parties: [], sentence: '' },
    2,
    -1,
    null,
    true,
    [],
    {},
  ),
);

/** One random edit: drop, replace or add a field, copy a list item or a value, or wrap one in a list. */
const mutation = fc.record({
  inArticles: fc.nat(9),
  pick: fc.nat(),
  kind: fc.integer({ min: 0, max: 4 }),
  replacement,
  key: fc.oneof(
    fc.constantFrom(
      '__proto__',
      'constructor',
      'prototype',
      'articles',
      'url',
      'canonicalUrl',
      'site',
      'date',
      'events',
      'kind',
      'what',
      'parties',
      'role',
      'version',
    ),
    fc.string({ maxLength: 6 }),
  ),
});
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

/** Every object and list in a JSON value. */
function containers(value: unknown): (Record<string, unknown> | unknown[])[] {
  const found: (Record<string, unknown> | unknown[])[] = [];
  const visit = (node: unknown) => {
    if (typeof node !== 'object' || node === null) return;
    found.push(node as Record<string, unknown> | unknown[]);
    for (const child of Object.values(node)) visit(child);
  };
  visit(value);
  return found;
}

/** Sets an own, enumerable property, the way JSON.parse would create it (even for `__proto__`). */
function setOwn(target: object, key: string, value: unknown): void {
  if (Array.isArray(target) && !/^\d+$/.test(key)) {
    target.push(value);
    return;
  }
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Applies one edit in place, nine times in ten inside the articles when the file still has them. */
function mutate(file: Record<string, unknown>, edit: Mutation): void {
  const articles = file['articles'];
  const pool =
    edit.inArticles > 0 && typeof articles === 'object' && articles !== null ? containers(articles) : containers(file);
  const target = pool[edit.pick % pool.length]!;
  const keys = Object.keys(target);
  const key = keys.length > 0 ? keys[edit.pick % keys.length]! : edit.key;
  const current = Object.hasOwn(target, key) ? (target as Record<string, unknown>)[key] : null;
  switch (edit.kind) {
    case 0:
      if (Array.isArray(target)) target.splice(Number(key), 1);
      else delete (target as Record<string, unknown>)[key];
      break;
    case 1:
      setOwn(target, key, structuredClone(edit.replacement));
      break;
    case 2:
      setOwn(target, edit.key, structuredClone(edit.replacement));
      break;
    case 3:
      if (Array.isArray(target) && target.length > 0) target.push(structuredClone(target[0]));
      else setOwn(target, key, structuredClone(current));
      break;
    default:
      setOwn(target, key, [current]);
  }
}

/** Dangerous keys dropped, as the import's own parser drops them. */
function withoutDangerousKeys(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value), (key, item: unknown) =>
    key === '__proto__' || key === 'constructor' || key === 'prototype' ? undefined : item,
  );
}

describe('layout 4 files with article briefs (property)', { timeout: 120_000 }, () => {
  it('export → import → export is byte for byte the same, but for exportedAt', () => {
    fc.assert(
      fc.property(someNotes, validArticles, (notes, articles) => {
        const first = serializeNotesExport(createNotesExport(notes, EXPORTED_AT, undefined, articles));
        const imported = parseNotesImport(first);
        if (!imported.ok) throw new Error(imported.error);
        checkAnswer(imported);
        expect(imported.articles).toHaveLength(articles.length);
        expect(imported.articles).toEqual(createNotesExport([], EXPORTED_AT, undefined, articles).articles);
        const second = serializeNotesExport(
          createNotesExport(imported.notes, LATER, imported.readerLayer, imported.articles),
        );
        expect(
          second.replace(`"exportedAt": "${LATER.toISOString()}"`, `"exportedAt": "${EXPORTED_AT.toISOString()}"`),
        ).toBe(first);
        // Importing the history's own export into it changes nothing.
        const preview = previewArticleImport(articles, imported.articles);
        expect(preview.added.length + preview.briefed.length).toBe(0);
      }),
      { numRuns: RUNS },
    );
  });

  it('writes the same bytes whatever order the articles come in', () => {
    fc.assert(
      fc.property(
        validArticles.chain((articles) =>
          fc.tuple(fc.constant(articles), fc.shuffledSubarray(articles, { minLength: articles.length })),
        ),
        ([articles, shuffled]) => {
          expect(serializeNotesExport(createNotesExport([], EXPORTED_AT, undefined, shuffled))).toBe(
            serializeNotesExport(createNotesExport([], EXPORTED_AT, undefined, articles)),
          );
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('never throws on random edits, answers all or nothing and pollutes no prototype', () => {
    const outcomes = { accepted: 0, rejected: 0 };
    fc.assert(
      fc.property(
        someNotes,
        validArticles,
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        (notes, articles, edits) => {
          const file = JSON.parse(
            serializeNotesExport(createNotesExport(notes, EXPORTED_AT, undefined, articles)),
          ) as Record<string, unknown>;
          for (const edit of edits) mutate(file, edit);
          const result = parseNotesImport(JSON.stringify(file));
          checkAnswer(result);
          outcomes[result.ok ? 'accepted' : 'rejected']++;
          if (!result.ok) return;
          // All or nothing: an accepted file comes back whole, every article as the file has it
          // (less the dangerous keys, and a canonical address that is the url); nothing skipped or repaired.
          const clean = withoutDangerousKeys(file) as { articles?: ArticleRecord[] };
          const expected = (clean.articles ?? []).map((article) => {
            const { canonicalUrl, ...rest } = article;
            return canonicalUrl === undefined || canonicalUrl === article.url ? rest : article;
          });
          expect(result.articles).toEqual(expected);
        },
      ),
      { numRuns: RUNS },
    );
    // Both sides must be exercised, or the edits are too tame (or too wild) to test anything.
    expect(outcomes.accepted).toBeGreaterThan(RUNS / 50);
    expect(outcomes.rejected).toBeGreaterThan(RUNS / 2);
  });

  it('never throws on truncated and spliced layout 4 files', () => {
    fc.assert(
      fc.property(validArticles, fc.nat(), fc.nat(), fc.string({ maxLength: 4 }), (articles, cut, length, insert) => {
        const text = serializeNotesExport(createNotesExport([sampleNote()], EXPORTED_AT, undefined, articles));
        // Cut before the closing brace: only the final newline may go without losing anything.
        const at = cut % text.trimEnd().length;
        const truncated = parseNotesImport(text.slice(0, at));
        checkAnswer(truncated);
        expect(truncated.ok).toBe(false);
        checkAnswer(parseNotesImport(text.slice(0, at) + insert + text.slice(at + (length % 8))));
      }),
      { numRuns: RUNS },
    );
  });

  it('never throws on random values in place of the articles', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const file = JSON.parse(serializeNotesExport(createNotesExport([sampleNote()], EXPORTED_AT))) as Record<
          string,
          unknown
        >;
        file['articles'] = value;
        const result = parseNotesImport(JSON.stringify(file));
        checkAnswer(result);
        if (result.ok) expect(result.articles).toEqual(withoutDangerousKeys(value));
      }),
      { numRuns: RUNS },
    );
  });
});
